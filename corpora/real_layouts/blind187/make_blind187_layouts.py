# -*- coding: utf-8 -*-
"""Part blind187: real-layout documents (science, higher education, vocational education).

Gold first (plain Python data), then the builders (python-docx / openpyxl), the PDF export
with LibreOffice (own profile), the annotation files and a pdftotext presence check.
Run with /tmp/venv/bin/python.
"""
import copy
import datetime
import io
import json
import os
import re
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PART = "blind187"

# ---------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------


def ind(level1, level2, name, weight=None, unit=None, operator=None, value=None,
        target_text=None, actual=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


# ---- Doc A: 河南省协同创新中心绩效考评指标及计分表 (fwyzx.huel.edu.cn) ----------------
A_L1 = "建设目标完成率及建设成效"
A_ROWS = [
    # (level2, code, name, weight, bands[(standard, points)])
    ("科学研究", "A1.1 ", "科技平台", 3, [("按期完成目标,建设成效显著,层次高;", "3"),
                                     ("按期完成目标,建设成效明显", "2"),
                                     ("没能按期完成目标,建设成效不明显", "1")]),
    ("科学研究", "A1.2", "工艺产品 标准", 2, [("按期完成目标,建设成效显著,层次高;", "2"),
                                      ("没能按期完成目标,建设成效不明显", "1")]),
    ("科学研究", "A1.3", "专利", 2, [("按期完成目标,专利层次高;", "2"),
                                ("按期完成目标,专利层次较高;", "1")]),
    ("科学研究", "A1.4", "奖励", 2, [("按期完成目标,奖励层次高;", "2"),
                                ("按期完成目标,奖励层次较高;", "1")]),
    ("科学研究", "A1.5", "论文、专著", 2, [("按期完成目标,论文、专著水平高;", "2"),
                                   ("按期完成目标,论文、专著水平较高;", "1")]),
    ("科学研究", "A1.6", "项目", 3, [("按期完成目标,项目获资助力度大;", "3"),
                                ("按期完成目标,项目获资助力度较大;", "2"),
                                ("没能按期完成目标,项目获资助力度小;", "1")]),
    ("学科发展", "A2.1", "省级重点学科", 2, [("按期完成目标,学科建设层次高;", "2"),
                                    ("没能按期完成目标,学科建设层次低;", "1")]),
    ("学科发展", "A2.2", "新兴交叉学科", 2, [("按期完成目标,学科建设层次高;", "2"),
                                    ("没能按期完成目标,学科建设层次低;", "1")]),
    ("学科发展", "A2.3", "学位授予点", 2, [("按期完成目标,学科建设层次高;", "2"),
                                   ("没能按期完成目标,学科建设层次低;", "1")]),
    ("队伍建设", "A3.1", "团队建设", 2, [("按期", "")]),  # the stored page stops here
]
A_L2_LABEL = {"科学研究": "A1科学研究\n(14分)", "学科发展": "A2学科发展\n(6分)",
              "队伍建设": "A3队伍建设\n(4分)"}

DOC_A = {
    "file": "henan-zhengzhou-xietongchuangxin-jixiao-kaoping-jifenbiao",
    "fmt": "docx",
    "source_urls": ["http://fwyzx.huel.edu.cn/info/1058/1350.htm"],
    "province": "河南省",
    "doc_kind": "绩效考评指标及计分表",
    "patterns": [1, 5, 6],
    "indicators": [ind(A_L1, l2, name, weight=w) for (l2, code, name, w, bands) in A_ROWS],
    "goals": [],
    "facts": [
        {"metric": "A1科学研究 分值", "kind": "sum", "total": 14, "parts": [3, 2, 2, 2, 2, 3], "unit": "分"},
        {"metric": "A2学科发展 分值", "kind": "sum", "total": 6, "parts": [2, 2, 2], "unit": "分"},
    ],
    "findings": [
        {"rule": "target.qualitative_no_scale", "item": name,
         "why": "评价标准只有“层次高/较高、成效显著/明显、力度大/较大”等定性档次，没有数量或判定口径"}
        for (l2, code, name, w, bands) in A_ROWS[:9]
    ],
    "notes": ("Score table of a university collaborative-innovation centre (河南工程学院 site). Rows are the 三级 "
              "indicators; each has 2-3 band rows (评价标准 + 计分) with the 三级 cell, 高校自评 and 统一评价 merged "
              "down over the bands. Names are given without their codes (A1.1 …) and without the weight in "
              "brackets that shares the name cell, e.g. 'A1.1 科技平台 / (3分)' -> name 科技平台, weight 3; level1/"
              "level2 likewise without code and points. 高校自评/统一评价 are empty, so score is null. No targets. "
              "The stored page stops inside A3.1 团队建设 (only '按期' of its first band), so A3 (4分) and any later "
              "sections (B…) are missing; A3.1 keeps its weight 2 from the name cell. A1.1 keeps the odd space "
              "after the code and A1.2 the space in '工艺产品 标准' as on the page."),
}

# ---- Doc B: 江苏省企业类工程技术研究中心绩效评估标准及说明 (31ppt.com) ----------------------
DOC_B = {
    "file": "jiangsu-sheng-gongcheng-jishu-yanjiu-zhongxin-jixiao-pinggu-biaozhun",
    "fmt": "docx",
    "source_urls": ["https://31ppt.com/d-2367096.html"],
    "province": "江苏省",
    "doc_kind": "绩效评估标准",
    "patterns": [1, 5],
    "indicators": [
        ind("研发条件与能力", None, "工程中心定位", weight=5, unit=None),
        ind("研发条件与能力", None, "依托单位研发", weight=None),
    ],
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "target.qualitative_no_scale", "item": "工程中心定位",
         "why": "指标说明只写“符合国家产业政策、引领产业高端发展、符合功能定位”，没有评分档次或量化口径"},
        {"rule": "target.missing_value", "item": "依托单位研发",
         "why": "该行只有指标名称（页面在此截断），没有指标说明和权重"},
    ],
    "notes": ("Attachment 3 of a Jiangsu provincial notice (DOCX preview on a document-sharing site). Two-level "
              "table 一级指标|权重|二级指标|指标说明|权重; the 二级 rows are the indicator rows, so level2 is null and "
              "the weight is the row's own 权重 (5%, written '5%' in the cell; weight stored as 5). Cells carry "
              "numbering prefixes ('一研发条件与能力', '1工程中心定位', '2依托单位研发') which are left out of the gold "
              "names. The stored page stops after '2依托单位研发' (probably 依托单位研发投入…), so the second row has "
              "no 说明 and no 权重 and the 一级 weight 20% cannot be checked against its parts."),
}

# ---- Doc C: 国家示范性高等职业院校建设 data table, page 3 of a doc-sharing copy ----------------
C_ROWS = [
    # (cat_no, cat_name, seq, name, unit, value_cells)
    ("", "", "", "费、培训等收入)", "元", ["", "", ""]),
    ("二", "实习实训场地", "8", "校内实训基地数量", "个", ["", "", ""]),
    ("二", "实习实训场地", "9", "校内实训室数量", "个", ["", "", ""]),
    ("二", "实习实训场地", "10", "校内生产性实训(学时)比例", "%", ["", "", ""]),
    ("二", "实习实训场地", "11", "校外实习基地数量", "个", ["", "", ""]),
    ("三", "学生实习就业", "12", "半年以上顶岗实习学生占应届毕业生比例", "%", ["", "", ""]),
    ("三", "学生实习就业", "13", "毕业生一次就业率", "%", ["", "", ""]),
    ("三", "学生实习就业", "14", "“双证书”获取率", "%", ["", "", ""]),
    ("四", "人才培养模式", "15", "有合作协议的企业数", "个", ["", "", ""]),
    ("四", "人才培养模式", "16", "合作企业参与教学的专业比例数", "%", ["", "", ""]),
    ("四", "人才培养模式", "17", "签订校企合作协议的专业比例数", "%", ["", "", ""]),
    ("四", "人才培养模式", "18", "合作企业接收实习实训学生", "人月", ["", "", ""]),
    # page break ("9 / 14") here; the category cell continues on the next page
    ("四", "人才培养模式", "19", "合作企业接收就业学生数", "人", ["", "", ""]),
    ("四", "人才培养模式", "20", "合作企业对学校投入的设备价值", "万元", ["", "", ""]),
    ("四", "人才培养模式", "21", "为合作企业科技开发与技术服务经费数", "万元", ["", "", ""]),
    ("五", "对口支援情况", "22", "对口支援地区数", "个", ["", "", ""]),
    ("五", "对口支援情况", "23", "对口支援院校数", "个", ["", "", ""]),
    ("五", "对口支援情况", "24", "培训培养教师总数", "人次", ["", "", ""]),
    ("五", "对口支援情况", "25", "联合培养学生总数", "人", ["", "", ""]),
    ("六", "立项当年招生情况", "26", "本省录取批次", "第几批", ["", "", ""]),
    ("六", "立项当年招生情况", "27", "本省录取批次", "共几批", ["", "", ""]),
    ("六", "立项当年招生情况", "28", "录取分数高于三本分数线的学生比例", "%", ["", "", ""]),
    ("六", "立项当年招生情况", "29", "跨省招生比例", "%", ["", "", ""]),
    ("六", "立项当年招生情况", "30", "对西部招生比例", "%", ["", "", ""]),
    ("六", "立项当年招生情况", "31", "单独招生试点专业数", "个", ["-", "--", "-"]),
]
C_BREAK_AFTER = 12  # index of the first row of the second table (row 19)
C_NOTE_1 = ("况下,可改用更能真实体现建设进度的“合理估算数”;所谓“较大影响”,是指差异达到或超过“会计报表数”或"
            "“实际发生数”的10%。“合理估算数”须以合同、协议等法定文本为依据,所依据的法定文本一般不超过5个);")
C_NOTE_3 = ("③“变化情况”=(“目前水平”-“原有基础”)/“原有基础”(以百分比表示,保留两位小数,增加记为正数,"
            "减少记为负数)")

DOC_C = {
    "file": "quanguo-guojia-shifanxing-gaozhi-yuanxiao-jianshe-qingkuang-shujubiao",
    "fmt": "docx",
    "source_urls": ["https://www.yuntihai.com/ythd_0a3y19wmqg5v45r56fo51lh1d7s0s50098x_3.html"],
    "province": "全国",
    "doc_kind": "建设情况数据表",
    "patterns": [1, 2, 5, 8],
    "indicators": [ind(cat or None, None, name, unit=unit) for (no, cat, seq, name, unit, vals) in C_ROWS],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": ("Page 3 of a doc-sharing copy of the 教育部办公厅、财政部办公厅 notice on the 国家示范性高等职业院校建设计划 "
              "(title cut on the page). The stored text starts inside the data table (pages 9-10 of 14), so the "
              "header row (probably 原有基础/目前水平/变化情况, named only in note ③) is not on the page: both table "
              "parts are built without a header and with three empty value columns, and the category cell of "
              "四 人才培养模式 is left empty after the page break '9 / 14' (rows 19-21; gold keeps 人才培养模式). "
              "The first row is a fragment of a row whose name began on the previous page (level1 null). Rows "
              "26/27 share the merged name 本省录取批次 with units 第几批/共几批. Row 31 has '-', '--', '-' in the "
              "value cells as on the page. The far right column holds fill-in notes (① cut at its start, ③ "
              "formula), reworded. Order of rows 12/15/16 was garbled in the page text; rebuilt by their numbers. "
              "It is a blank statistics form (no targets, no values by design), so no row findings are given."),
}

# ---- Doc D: 上海市财政支出项目绩效目标申报表 (2018) 上海市科学学研究所 (download.cucdc.com) ----------
D_GAIKUANG = ("组织编撰并出版《上海科普年鉴201》,全面反映2017年上海科普工作的总体面貌,记录全市重大科普活动的新亮点,"
              "汇总科普设施、科普传媒和科普人才方面的新成果以及科普管理的新做法,为社会各界了解上海科普发展提供权威、"
              "全面的参考")
D_YIJU = ("为落实习近平总书记在全国“科技三会”上关于科普工作的重要指示精神,需要深化对科普工作的研究。本所的科普研究"
          "兼顾理论与实践,长期为上海市科委的科普工作提供支撑;依托多年的科技政策研究、技术预见和《世界科学》杂志等工作"
          "基础,在科普场馆建设、科普效果评估、中小学科学课程改革、公民科学素质基准等方面开展了理论和实证研究,多次参与"
          "起草科普工作相关文件,翻译出版了一批国外优秀科普著作,已形成一支实力较强的科普研究队伍。")
D_BIYAO = ("科学普及是上海实施创新驱动发展战略、建设具有全球影响力的科技创新中心城市的基础性工程。习近平总书记指出,"
           "“科技创新、科学普及是实现创新发展的两翼,要把科学普及放在与科技创新同等重要的位置”。目前上海市科委每年组织"
           "编撰《上海科技年鉴》和《上海科技进步报告》,系统记录当年度上海科技创新发展情况,但在科学普及方面,尚缺乏一本权威")

DOC_D = {
    "file": "shanghai-kexuexue-yanjiusuo-kepu-nianjian-jixiao-mubiao-shenbaobiao",
    "fmt": "xlsx",
    "source_urls": ["http://download.cucdc.com/wenku/a5b7f364dfc348b9ae697ade99099ce3.html"],
    "province": "上海市",
    "doc_kind": "绩效目标申报表",
    "patterns": [8],
    "indicators": [],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": ("Header part of a Shanghai 2018 财政支出项目绩效目标申报表 (上海市科学学研究所, 《科普年鉴》编撰工作). The stored "
              "page stops inside 项目设立的必要性 ('…尚缺乏一本权威'), before the 年度绩效目标 and the indicator part, so "
              "the document has no indicator rows and no goal cell (项目概况 describes the work and is not labelled "
              "as a goal, so it is not counted as one). Check boxes are written '口' (a CJK character, not □) and "
              "the ticked ones '√', as on the page; the year typo '《上海科普年鉴201》' is kept. 项目类型 and 资金用途 "
              "labels are merged over two option rows each. Long texts reworded, the quotation kept."),
}

# ---- Doc E: 中央高校基本科研业务费项目绩效评价报告 (财政部预算评审中心) ------------------------
E_GOAL = ("支持中央高校青年教师和品学兼优、科研潜质较强的在校学生自主选题开展科学研究,加强科技基础性工作,推动中央高校培养"
          "优秀科研人才和团队;对中央高校自主开展的科学研究给予稳定支持,促进学科建设,进一步提升中央高校服务国家发展战略、"
          "自主创新和培养高层次人才的能力。")
DOC_E = {
    "file": "quanguo-zhongyang-gaoxiao-jiben-keyan-yewufei-jixiao-pingjia-baogao",
    "fmt": "docx",
    "source_urls": ["http://corrdata.whxxzg.com:8008/news/industry/2020-07-24/177515.html"],
    "province": "全国",
    "doc_kind": "绩效评价报告",
    "patterns": [],
    "indicators": [],
    "goals": [{"kind": "项目目标", "text": E_GOAL}],
    "facts": [],
    "findings": [
        {"rule": "goal.unquantified", "item": E_GOAL,
         "why": "项目目标只写“加强、促进、进一步提升”等方向,没有任何数量、比例或完成时间"},
    ],
    "notes": ("Third-party evaluation report organised by 财政部预算评审中心 on 中央高校基本科研业务费 (reposted on an "
              "industry news site, 2020-07-24). The stored page stops inside 一(三) 主要内容及中央财政资金投入情况 "
              "('…加强科技基'), before any amounts, the indicator system, the score table or the conclusion, so the "
              "document holds only background, the project goal and the uses. All prose reworded; numbers kept "
              "(2006-2020年, 2008年, 14所, 2009年, 92所, 2015年, 六大专项, 40周岁)."),
}

DOCS = [DOC_A, DOC_B, DOC_C, DOC_D, DOC_E]

# ---------------------------------------------------------------------------
# BUILDERS
# ---------------------------------------------------------------------------
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (2024, 1, 1, 0, 0, 0)


def _docx_base(landscape=False):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt
    from docx.oxml.ns import qn
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    sec = d.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(1.8))
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    cp = d.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.title = ""
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    return d


def _para(d, text, bold=False, size=None, center=False):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def _table(d, nrows, ncols, widths_cm):
    from docx.shared import Cm
    t = d.add_table(rows=nrows, cols=ncols)
    t.style = "Table Grid"
    t.autofit = False
    for row in t.rows:
        for i, c in enumerate(row.cells):
            c.width = Cm(widths_cm[i])
    from docx.oxml.ns import qn
    for i, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(Cm(widths_cm[i]).twips)))
    return t


def _set(t, r, c, text):
    cell = t.cell(r, c)
    cell.text = text
    return cell


def _merge(t, r1, c1, r2, c2, text=None):
    a = t.cell(r1, c1)
    b = t.cell(r2, c2)
    m = a.merge(b)
    if text is not None:
        m.text = text
    return m


def build_doc_a(path):
    d = _docx_base()
    _para(d, "当前位置: 中心首页>>规章制度>>规章制度>>正文")
    _para(d, "河南省协同创新中心绩效考评指标及计分表", bold=True, size=14, center=True)
    _para(d, "2019-08-14 19:48  ")
    nband = sum(len(r[4]) for r in A_ROWS)
    t = _table(d, 1 + nband, 7, [2.2, 2.4, 2.8, 5.6, 1.2, 1.6, 1.6])
    for i, h in enumerate(["一级指标", "二级指标", "三级指标", "评价标准", "计分", "高校自评", "统一评价"]):
        _set(t, 0, i, h)
    r = 1
    l2_start = {}
    for (l2, code, name, w, bands) in A_ROWS:
        start = r
        for (std, pts) in bands:
            _set(t, r, 3, std)
            _set(t, r, 4, pts)
            r += 1
        end = r - 1
        label = "%s%s\n(%d分)" % (code, name, w)
        if end > start:
            _merge(t, start, 2, end, 2, label)
            _merge(t, start, 5, end, 5, "")
            _merge(t, start, 6, end, 6, "")
        else:
            _set(t, start, 2, label)
        l2_start.setdefault(l2, [start, end])[1] = end
    for l2, (s, e) in l2_start.items():
        _merge(t, s, 1, e, 1, A_L2_LABEL[l2])
    _merge(t, 1, 0, nband, 0, "A建设目标完成率及建设成效\n(40分)")
    d.save(path)


def build_doc_b(path):
    d = _docx_base()
    _para(d, "附件3")
    _para(d, "江苏省企业类工程技术研究中心绩效评估标准及说明", bold=True, size=14, center=True)
    t = _table(d, 3, 5, [3.2, 1.6, 3.6, 7.6, 1.4])
    for i, h in enumerate(["一级指标", "权重", "二级指标", "指标说明", "权重"]):
        _set(t, 0, i, h)
    _merge(t, 1, 0, 2, 0, "一研发条件与能力")
    _merge(t, 1, 1, 2, 1, "20%")
    _set(t, 1, 2, "1工程中心定位")
    _set(t, 1, 3, "符合国家产业政策,引领产业高端发展,符合工程中心的功能定位")
    _set(t, 1, 4, "5%")
    _set(t, 2, 2, "2依托单位研发")
    d.save(path)


def build_doc_c(path):
    d = _docx_base(landscape=True)
    _para(d, "当前位置:首页 > 教育部办公厅、财政部办公厅关于做好“国家示范性高等职业院校建")
    widths = [0.9, 1.6, 0.9, 7.4, 1.4, 1.8, 1.8, 1.8, 8.0]
    parts = [C_ROWS[:C_BREAK_AFTER], C_ROWS[C_BREAK_AFTER:]]
    for pi, rows in enumerate(parts):
        t = _table(d, len(rows), 9, widths)
        spans = {}
        for i, (no, cat, seq, name, unit, vals) in enumerate(rows):
            _set(t, i, 2, seq)
            _set(t, i, 4, unit)
            for k, v in enumerate(vals):
                _set(t, i, 5 + k, v)
            key = (no, cat)
            if pi == 1 and cat == "人才培养模式":
                key = ("", "")  # continuation of a merged cell after the page break: empty
            spans.setdefault(key, [i, i])[1] = i
        # names: 26/27 share one merged name cell
        i = 0
        while i < len(rows):
            j = i
            while j + 1 < len(rows) and rows[j + 1][3] == rows[i][3]:
                j += 1
            if j > i:
                _merge(t, i, 3, j, 3, rows[i][3])
            else:
                _set(t, i, 3, rows[i][3])
            i = j + 1
        for (no, cat), (s, e) in spans.items():
            if e > s:
                _merge(t, s, 0, e, 0, no)
                _merge(t, s, 1, e, 1, cat)
            else:
                _set(t, s, 0, no)
                _set(t, s, 1, cat)
        note = C_NOTE_1 if pi == 0 else C_NOTE_3
        _merge(t, 0, 8, len(rows) - 1, 8, note)
        _para(d, "9 / 14" if pi == 0 else "10 / 14", center=True)
        if pi == 0:
            from docx.enum.text import WD_BREAK
            d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    d.save(path)


def build_doc_d(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    wb = Workbook()
    ws = wb.active
    ws.title = "申报表"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    for col, w in zip("ABCDE", [16, 30, 14, 18, 18]):
        ws.column_dimensions[col].width = w

    def put(cell, text, merge=None, bold=False, center=False):
        ws[cell] = text
        ws[cell].alignment = Alignment(wrap_text=True, vertical="center",
                                       horizontal="center" if center else None)
        if bold:
            ws[cell].font = Font(bold=True, size=14)
        if merge:
            ws.merge_cells(merge)

    put("A1", "上海市财政支出项目绩效目标申报表", "A1:E1", bold=True, center=True)
    put("A2", "(2018年)", "A2:E2", center=True)
    put("A3", "申报单位名称:上海市科学学研究所", "A3:E3")
    put("A4", "项目名称")
    put("B4", "《科普年鉴》编撰工作", "B4:E4")
    put("A5", "项目类型", "A5:A6")
    put("B5", "市委市政府已确定的新增项目口  结转项目口  其他一次性项目√", "B5:E5")
    put("B6", "经常性专项业务费口  其他经常性项目口", "B6:E6")
    put("A7", "资金用途", "A7:A8")
    put("B7", "基本建设工程类口  信息化建设类口  政策补贴类口", "B7:E7")
    put("B8", "政府购买服务口  资产购置类口  其他事业专业类√", "B8:E8")
    put("A9", "开始时间")
    put("B9", "2018年1月")
    put("C9", "结束时间")
    put("D9", "2018年12月", "D9:E9")
    put("A10", "项目概况")
    put("B10", D_GAIKUANG, "B10:E10")
    put("A11", "立项依据")
    put("B11", D_YIJU, "B11:E11")
    put("A12", "项目设立的必要性")
    put("B12", D_BIYAO, "B12:E12")
    for r, h in zip(range(4, 13), [22, 22, 22, 22, 22, 22, 70, 120, 95]):
        ws.row_dimensions[r].height = h
    for row in ws.iter_rows(min_row=4, max_row=12, min_col=1, max_col=5):
        for c in row:
            c.border = box
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = PART
    wb.properties.lastModifiedBy = PART
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.save(path)


def build_doc_e(path):
    d = _docx_base()
    _para(d, "中央高校基本科研业务费项目绩效评价报告", bold=True, size=14, center=True)
    _para(d, "为强化财政资金绩效管理、提高资金使用效益,依据《中华人民共和国预算法》《中共中央国务院关于全面实施预算绩效管理"
             "的意见》和《关于人大预算审查监督重点向支出预算和政策拓展的指导意见》等文件,财政部预算评审中心组织第三方机构和"
             "专家组成绩效评价工作组,对中央高校基本科研业务费开展了绩效评价。现将有关情况报告如下。")
    _para(d, "一、项目基本情况", bold=True)
    _para(d, "(一)项目背景。为落实《国家中长期科学和技术发展规划纲要(2006-2020年)》,增强高校服务国家发展战略、自主创新"
             "和培养高层次人才的能力,财政部、教育部自2008年起设立“中央高校基本科研业务费专项资金”,用于高校自主选题开展科学"
             "研究,当年在北京大学、清华大学等14所高校先行试点。2009年试点范围扩大到92所中央高校。2015年中央高校预算拨款制度"
             "改革后,该资金作为中央高校项目支出体系六大专项之一继续实施,成为稳定支持中央高校基本科研活动的专项资金。")
    _para(d, "(二)项目目标。" + E_GOAL)
    _para(d, "(三)主要内容及中央财政资金投入情况。该项目主要支持中央高校开展自主选题研究,使用方向包括:重点支持40周岁以下"
             "青年教师提升基本科研能力;支持在校优秀学生提升科研创新能力;支持优秀创新团队建设;开展多学科交叉的基础性、支撑性"
             "和战略性研究;加强科技基")
    d.save(path)


BUILDERS = {"henan": build_doc_a, "jiangsu": build_doc_b, "quanguo-guojia": build_doc_c,
            "shanghai": build_doc_d, "quanguo-zhongyang": build_doc_e}


def builder_for(doc):
    for k, f in BUILDERS.items():
        if doc["file"].startswith(k):
            return f
    raise KeyError(doc["file"])


# ---------------------------------------------------------------------------
# determinism, export, annotations, checks
# ---------------------------------------------------------------------------
DATE_RE = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def normalise_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in items:
            if name == "docProps/core.xml":
                data = DATE_RE.sub(rb"\g<1>2024-01-01T00:00:00Z\g<3>", data)
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def export_pdf(path):
    prof = "file:///tmp/lo_%s" % PART
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=240)
    pdf = os.path.splitext(path)[0] + ".pdf"
    if not os.path.exists(pdf):
        raise SystemExit("no pdf for " + path)
    return pdf


def squash(s):
    return re.sub(r"\s+", "", s or "")


def check_pdf(doc, pdf):
    txt = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True,
                         check=True).stdout.decode("utf-8")
    flat = squash(txt)
    missing = []
    for i in doc["indicators"]:
        for key in ("name", "target_text"):
            if i.get(key) and squash(i[key]) not in flat:
                missing.append((key, i[key]))
    for g in doc["goals"]:
        if squash(g["text"]) not in flat:
            missing.append(("goal", g["text"][:30]))
    for f in doc["findings"]:
        if squash(f["item"]) not in flat:
            missing.append(("finding", f["item"][:30]))
    return missing


def gold_json(doc, source):
    return {
        "source": source,
        "source_urls": doc["source_urls"],
        "province": doc["province"],
        "doc_kind": doc["doc_kind"],
        "patterns": doc["patterns"],
        "indicators": doc["indicators"],
        "goals": doc["goals"],
        "facts": doc["facts"],
        "findings": doc["findings"],
        "notes": doc["notes"],
    }


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    totals = {"docs": 0, "indicators": 0, "goals": 0, "findings": 0, "facts": 0}
    for doc in DOCS:
        src = os.path.join(HERE, doc["file"] + "." + doc["fmt"])
        builder_for(doc)(src)
        normalise_zip(src)
        pdf = export_pdf(src)
        for name in (os.path.basename(src), os.path.basename(pdf)):
            with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as f:
                json.dump(gold_json(doc, name), f, ensure_ascii=False, indent=1)
                f.write("\n")
        miss = check_pdf(doc, pdf)
        status = "ok" if not miss else "MISSING %r" % miss
        bad += bool(miss)
        print("%-80s rows=%d goals=%d findings=%d facts=%d %s" % (
            os.path.basename(src), len(doc["indicators"]), len(doc["goals"]), len(doc["findings"]),
            len(doc["facts"]), status))
        totals["docs"] += 1
        for k in ("indicators", "goals", "findings", "facts"):
            totals[k] += len(doc[k])
    print("totals", totals)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
