# -*- coding: utf-8 -*-
"""blind194: real-layout documents (general administration: 信访, 档案, 统计, 党校).

Gold first (as Python data), then builders (python-docx / openpyxl), PDF export with
LibreOffice, annotations/<file>.json, and a pdftotext check.
Run with /tmp/venv/bin/python.
"""
import io
import json
import os
import re
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PART = "blind194"
FIXED_DT = (2024, 1, 1, 0, 0, 0)
FIXED_ISO = "2024-01-01T00:00:00Z"

# ---------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------

# Doc 1: 滁州市 2008 劳动保障信访工作考核自评表(二) (安徽)
D1_ROWS = [
    # (项目, 分值, 考核内容, 扣分标准)
    ("信访事项处\n理", "30 分",
     "1、市局、省厅转办、交办的信访案件按期结案率达95%以上的,年终结案率达 100%(10 分)",
     "不达标的扣 10 分"),
    (None, None,
     "2、市局、省厅转办、交办的初信办结率达 90%以上的,重信按期办结率 95%以上,年终结案率 100%(10分)",
     "不达标的扣 10 分"),
    (None, None,
     "3、非正常上访和信访老户年终结案率 100%,息访率80%以上(10 分)",
     "不达标的扣 10 分"),
    ("信访基础建\n设", "20 分",
     "1、挂有信访工作机构牌子,有 2 名以上专兼职接待人员(4 分)",
     "缺一项扣 2 分"),
    (None, None, "2、接待场所面积达标,配有设备,环境整洁(4 分)", "缺一项扣 2 分"),
    (None, None, "3、制度健全,台帐完整(4 分)", "缺一项扣 2 分"),
    (None, None, "4、报表、信息、材料报送及时(5 分)", "延误一次扣 2 分"),
    (None, None, "5、信访工作经费列入部门预算(3 分)", "未列入不得分"),
]


def _d1_ind(i, l1, op, val, unit, w):
    txt = D1_ROWS[i][2]
    return {"level1": l1, "level2": None, "name": txt, "operator": op, "value": val,
            "unit": unit, "target_text": txt, "actual": None, "weight": w, "score": None}


D1_INDICATORS = [
    _d1_ind(0, "信访事项处理", ">=", 95, "%", 10),
    _d1_ind(1, "信访事项处理", ">=", 90, "%", 10),
    _d1_ind(2, "信访事项处理", "=", 100, "%", 10),
    _d1_ind(3, "信访基础建设", ">=", 2, "名", 4),
    _d1_ind(4, "信访基础建设", None, None, None, 4),
    _d1_ind(5, "信访基础建设", None, None, None, 4),
    _d1_ind(6, "信访基础建设", None, None, None, 5),
    _d1_ind(7, "信访基础建设", None, None, None, 3),
]

DOC1 = {
    "file": "anhui-chuzhou-laodongbaozhang-xinfang-kaohe-zipingbiao.xlsx",
    "source_urls": ["http://huhawan.com/minzhushenghuohui/387230.html"],
    "province": "安徽省",
    "doc_kind": "绩效自评表",
    "patterns": [1, 5, 6],
    "indicators": D1_INDICATORS,
    "goals": [],
    "facts": [
        {"metric": "信访事项处理 分值", "kind": "sum", "total": 30, "parts": [10, 10, 10], "unit": "分"},
        {"metric": "信访基础建设 分值", "kind": "sum", "total": 20, "parts": [4, 4, 4, 5, 3], "unit": "分"},
    ],
    "findings": [
        {"rule": "target.time_no_deadline", "item": D1_ROWS[6][2],
         "why": "报送“及时”没有期限或及时率,只靠扣分标准“延误一次扣2分”判断"},
        {"rule": "target.input_or_process", "item": D1_ROWS[7][2],
         "why": "把经费列入预算(投入)当作考核目标"},
        {"rule": "target.input_or_process", "item": D1_ROWS[5][2],
         "why": "制度健全、台帐完整是管理过程,不是结果"},
    ],
    "notes": ("考核自评表(二),中间一张表;“市 滁州市”为页面所写(原表应为“____市”填空)。"
              "项目与分值两列合并贯穿各自的行块;考核内容与扣分标准表头为竖排单字。"
              "指标名与目标值同在“考核内容”一格(如“按期结案率达95%以上”),target_text 取同一格;"
              "第1、2行一格里有两三个目标,operator/value 只记第一个。实得分、备注两列全空(页面如此)。"
              "存储页在第5项“信访工作经费列入部门预算”后结束(其后为网站的“热点文章阅读”)。"),
}

# Doc 2: 鹤壁市档案局 数字档案馆系统测试指标表 (河南)
D2_SUB = [
    ("1.1.1 主机房选址应远离强电磁场、强振动源、强噪声源、粉尘、油烟、易燃、易爆等场所和区域",
     "0.4分。远离强电磁场、强振动源、强噪声源、粉尘、油烟等场所和区域每项得0.04分;远离易燃、易爆等场所和区域每项得0.1"),
    ("1.1.2 主机房供电系统应采用双路供电并配备不间断电源",
     "0.4分。具备双路供电得0.2分;具备不间断电源且供电时间不低于2小时得0.2"),
    ("1.1.3 主机房安全防范系统应配备门禁设施和视频监控设施",
     "0.4分。有门禁设施(如指纹、虹膜、身份卡等识读设备)得0.2分;有视频监控设施得0.2"),
    ("1.1.4 主机房消防系统可配置高压细水雾灭火系统、洁净气体灭火系统",
     "0.4分。配备消防设施(如水喷淋、气体灭火系统)得0.4"),
    ("1.1.5 主机房温湿度应控制在开机温度18-28℃,湿度35%-75%;关机温度5-35℃,湿度20%-80%范围内;应配备专用空调设施",
     "0.4分。有机房专用空调设施得0.2分;温湿度控制在开机温度18-28℃、湿度35%-75%范围内,得0.1分;关机温度5-35℃、湿度20%-80%范围内,得0.1"),
]
D2_11_REQ = "基本要求:符合《电子信息系统机房设计规范》GB50174-2008规定的B级要求"
D2_11_RULE = "主机房达到B级得2分。未达到的对照以下要求逐项评分"
D2_11_WAY = "依据机房建设验收报告或相关证明材料,与实地查看相结合"
D2_SUB_WAY = "查看报告、记录;实地查看、测量"
D2_12_REQ = "基本要求:布局合理,可扩展,安全可"

D2_INDICATORS = [
    {"level1": "1基础设施", "level2": None, "name": "1.1主机房", "operator": None, "value": None,
     "unit": None, "target_text": D2_11_REQ, "actual": None, "weight": 2, "score": None},
] + [
    {"level1": "1基础设施", "level2": "1.1主机房", "name": req, "operator": None, "value": None,
     "unit": None, "target_text": req, "actual": None, "weight": 0.4, "score": None}
    for req, _ in D2_SUB
] + [
    {"level1": "1基础设施", "level2": None, "name": "1.2网络平台", "operator": None, "value": None,
     "unit": None, "target_text": D2_12_REQ, "actual": None, "weight": 2, "score": None},
]

DOC2 = {
    "file": "henan-hebi-dangan-shuzidanganguan-ceshizhibiao.docx",
    "source_urls": ["http://daj.hebi.gov.cn/sdaj/2055878/2243615/index.html"],
    "province": "河南省",
    "doc_kind": "评价指标体系(评分标准)",
    "patterns": [1, 4, 5, 6],
    "indicators": D2_INDICATORS,
    "goals": [],
    "facts": [
        {"metric": "1.1主机房 分值", "kind": "sum", "total": 2, "parts": [0.4, 0.4, 0.4, 0.4, 0.4], "unit": "分"},
        {"metric": "1.1.1 评分细则", "kind": "sum", "total": 0.4,
         "parts": [0.04, 0.04, 0.04, 0.04, 0.04, 0.1, 0.1], "unit": "分"},
        {"metric": "1.1.2 评分细则", "kind": "sum", "total": 0.4, "parts": [0.2, 0.2], "unit": "分"},
        {"metric": "1.1.3 评分细则", "kind": "sum", "total": 0.4, "parts": [0.2, 0.2], "unit": "分"},
        {"metric": "1.1.5 评分细则", "kind": "sum", "total": 0.4, "parts": [0.2, 0.1, 0.1], "unit": "分"},
    ],
    "findings": [
        {"rule": "target.qualitative_no_scale", "item": "1.2网络平台",
         "why": "基本要求“布局合理,可扩展,安全可…”是定性描述,页面在评分细则之前中断,看不到分级规则"},
    ],
    "notes": ("评分标准,不是支出文件(本轮找不到未用过的档案类支出表)。一级指标与二级指标各占两列(名称+分值),"
              "表头跨两列合并;1.1.x 子项没有分值列,0.4分写在评分细则格开头(标签下移一级),"
              "其评估方式一格合并贯穿1.1.1-1.1.5;1.1.5 之后有一行空格(页面如此)。1基础设施 12 分只是标签,不记为指标行。"
              "1.1.1-1.1.5 的指标名与要求同在一格,target_text 取同一格。存储页在“1.2网络平台 2 基本要求:布局合理,可扩展,安全可”处中断。"),
}

# Doc 3: 芦山县统计局 2018 统计基础工作(含四经普)考核细则 (四川)
D3_ITEMS = [
    ("1.有机构。(5分)", "1.有机构。",
     ["县级部门:成立统计办公室,负责本单位统计工作",
      "乡镇(街道):成立乡镇(街道)统计站,负责本乡镇(街",
      ")统计工作。"], 5, None, None, None),
    ("2.有人员。(10分)", "2.有人员。",
     ["县级部门:指定一名专、兼职统计员,负责本部门统计工作",
      "乡镇(街道):至少指派一名专职统计员,负责本乡镇(街",
      ")统计工作"], 10, "=", 1, "名"),
    ("3.有制度、有台账、有经费、有网络。(10分)", "3.有制度、有台账、有经费、有网络。",
     ["县级部门:有统计制度(存档)、有统计合帐、有办公经费",
      "(单位办公室管理),办公网络畅通。",
      "乡镇(街道)有统计制度(上墙)、有统计台账、有办公经",
      "(用于统计专项工作),办公网络及统计专网畅通。"], 10, None, None, None),
    ("4.工作时间有保障。(5分)", "4.工作时间有保障。",
     ["县级部门:报表期内确"], 5, None, None, None),
]
D3_INDICATORS = [
    {"level1": "一、统计基础建设(30分)", "level2": None, "name": name, "operator": op, "value": val,
     "unit": unit, "target_text": lines[0], "actual": None, "weight": w, "score": None}
    for _, name, lines, w, op, val, unit in D3_ITEMS
]
DOC3 = {
    "file": "sichuan-lushan-tongji-jichugongzuo-kaohexize.docx",
    "source_urls": ["http://m.fqjz1.com/gongkai/show/20181009084800-260620-00-000.html"],
    "province": "四川省",
    "doc_kind": "考核细则(评分标准)",
    "patterns": [6, 8, 10],
    "indicators": D3_INDICATORS,
    "goals": [],
    "facts": [
        {"metric": "统计基础建设 分值", "kind": "sum", "total": 30, "parts": [5, 10, 10, 5], "unit": "分"},
    ],
    "findings": [
        {"rule": "target.input_or_process", "item": "2.有人员。",
         "why": "配备统计员是人力投入,不是工作结果"},
        {"rule": "target.input_or_process", "item": "3.有制度、有台账、有经费、有网络。",
         "why": "制度、台账、经费、网络都是投入或管理条件"},
    ],
    "notes": ("存储页是芦山县统计局页面在一个被劫持域名上的镜像,页面标题前有博彩广告字样,未复制。"
              "标题原文即“考核细”(少“则”字);“乡镇(街”与“)统计工作”断成两段、“办公经”少“费”字、“统计合帐”为原文。"
              "每项指标按县级部门与乡镇(街道)分别写要求(值按子单位给出),target_text 取县级部门一行;"
              "“指定一名”记作 = 1 名。考核分值、得分低于80分的处理写在正文里。"
              "存储页在“4.工作时间有保障。(5分) 县级部门:报表期内确”处中断。"),
}

# Doc 4: 中共沅江市委党校 2023 专项支出绩效评价报告 (湖南) - prose
DOC4 = {
    "file": "hunan-yuanjiang-dangxiao-zhuanxiang-pingjiabaogao.docx",
    "source_urls": ["http://jw.yuanjiang.gov.cn/21144/21155/content_1958859.html"],
    "province": "湖南省",
    "doc_kind": "绩效评价报告",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "年末实有人数", "kind": "sum", "total": 48, "parts": [26, 22], "unit": "人"},
    ],
    "findings": [],
    "notes": ("只有叙述,没有指标表;存储页在“十三届湖南省社科联征”处中断,评分、结论、问题都不在存储页里。"
              "长句用自己的话改写,数字(92.4万元、149人、2400人、20%、50%、10堂、课题与论文数)照录。"
              "报告没有写出绩效目标,故 goals 为空。"),
}

# Doc 5: 石家庄市桥西区统计局 2019 重点项目(城乡一体化住户调查)绩效评价报告 (河北) - prose
D5_GOAL = ("全面、准确、及时掌握本区城乡居民的收入、消费和其他生活状况,客观监测居民收入分配格局"
           "以及不同收入层次居民的生活质量,为城乡统筹政策、民生政策、国民经济核算和居民消费价格指数权重提供基础数据。")
DOC5 = {
    "file": "hebei-shijiazhuang-qiaoxi-tongji-zhuhudiaocha-pingjiabaogao.docx",
    "source_urls": ["http://www.sjzqx.gov.cn/columns/d7a1ef0c-c2a7-45d1-9406-58bb631a7be1/202008/27/d19ca683-e584-4716-8918-1c45536e69e7.html"],
    "province": "河北省",
    "doc_kind": "绩效评价报告",
    "patterns": [10],
    "indicators": [],
    "goals": [{"kind": "总体目标", "text": D5_GOAL}],
    "facts": [
        {"metric": "调查样本户数", "kind": "sum", "total": 70, "parts": [70], "unit": "户"},
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": D5_GOAL,
         "why": "“全面、准确、及时”“客观监测”没有数量、时限或质量标准"},
    ],
    "notes": ("只有叙述;存储页在“(三)项”处中断,之后的绩效目标表、评分都不在存储页里。"
              "项目目的一句原文较长,改写为 goals 的一句;样本“共计70户,其中城镇样本70户”照录(城乡一体化调查却全为城镇样本)。"),
}

DOCS = [DOC1, DOC2, DOC3, DOC4, DOC5]

# ---------------------------------------------------------------------------
# BUILDERS
# ---------------------------------------------------------------------------


def _normalize_zip(path):
    """Rewrite an OOXML zip with fixed timestamps and fixed core properties."""
    with open(path, "rb") as f:
        data = f.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for info in zin.infolist():
        content = zin.read(info.filename)
        if info.filename == "docProps/core.xml":
            txt = content.decode("utf-8")
            txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\g<2>" % FIXED_ISO, txt)
            txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\g<2>" % FIXED_ISO, txt)
            content = txt.encode("utf-8")
        zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DT)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zout.writestr(zi, content)
    zout.close()
    with open(path, "wb") as f:
        f.write(out.getvalue())


def _docx_base():
    import datetime
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    cp = doc.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.created = datetime.datetime(2024, 1, 1)
    cp.modified = datetime.datetime(2024, 1, 1)
    cp.revision = 1
    return doc


def _para(doc, text, bold=False, center=False, size=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def build_doc1(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    wb = Workbook()
    ws = wb.active
    ws.title = "自评表(二)"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    center = Alignment(wrap_text=True, vertical="center", horizontal="center")
    ws.merge_cells("A1:F1")
    ws["A1"] = "市 滁州市 2008 年度 劳动保障信访工作考核 自评 表 (二)"
    ws["A1"].font = Font(name="Noto Serif CJK SC", bold=True, size=13)
    ws["A1"].alignment = center
    heads = ["项 目", "分值", "考\n核\n内\n容", "扣\n分\n标\n准", "实得分", "备注"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=2, column=j, value=h)
        c.alignment = center
        c.border = border
        c.font = Font(name="Noto Serif CJK SC", bold=True)
    r = 3
    block_start = None
    for item, pts, content, rule in D1_ROWS:
        if item is not None:
            block_start = r
            ws.cell(row=r, column=1, value=item)
            ws.cell(row=r, column=2, value=pts)
        ws.cell(row=r, column=3, value=content)
        ws.cell(row=r, column=4, value=rule)
        for j in range(1, 7):
            c = ws.cell(row=r, column=j)
            c.border = border
            c.alignment = center if j in (1, 2, 5, 6) else wrap
            c.font = Font(name="Noto Serif CJK SC")
        ws.row_dimensions[r].height = 48
        r += 1
    ws.merge_cells("A3:A5")
    ws.merge_cells("B3:B5")
    ws.merge_cells("A6:A10")
    ws.merge_cells("B6:B10")
    ws.row_dimensions[2].height = 70
    for col, w in zip("ABCDEF", (11, 8, 96, 18, 8, 8)):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    import datetime
    wb.properties.creator = PART
    wb.properties.created = datetime.datetime(2024, 1, 1)
    wb.properties.modified = datetime.datetime(2024, 1, 1)
    wb.save(path)


def build_doc2(path):
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm
    doc = _docx_base()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(1.8))
    _para(doc, "鹤壁市档案局")
    _para(doc, "数字档案馆系统测试指标表")
    _para(doc, "发布时间: 2018年08月09日")
    _para(doc, "附件1")
    _para(doc, "数字档案馆系统测试指标表", bold=True, center=True, size=14)
    rows = 1 + 1 + len(D2_SUB) + 1 + 1  # header, 1.1, subs, empty, 1.2
    t = doc.add_table(rows=rows, cols=7)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].merge(hdr[1]).text = "一级\n指标"
    hdr[2].merge(hdr[3]).text = "二级\n指标"
    hdr[4].text = "指标要求"
    hdr[5].text = "评分细则"
    hdr[6].text = "评估方式"
    r1 = t.rows[1].cells
    r1[0].text = "1基础设施"
    r1[1].text = "12"
    r1[2].text = "1.1主机房"
    r1[3].text = "2"
    r1[4].text = D2_11_REQ
    r1[5].text = D2_11_RULE
    r1[6].text = D2_11_WAY
    for k, (req, rule) in enumerate(D2_SUB):
        rc = t.rows[2 + k].cells
        rc[4].text = req
        rc[5].text = rule
        if k == 0:
            rc[6].text = D2_SUB_WAY
    last_sub = 1 + len(D2_SUB)
    empty_row = last_sub + 1
    r12 = t.rows[empty_row + 1].cells
    r12[2].text = "1.2网络平台"
    r12[3].text = "2"
    r12[4].text = D2_12_REQ
    # merges: 一级 label and points down the whole block
    t.cell(1, 0).merge(t.cell(empty_row + 1, 0))
    t.cell(1, 1).merge(t.cell(empty_row + 1, 1))
    # 二级 1.1 label and points down 1.1 block (incl. the empty row)
    t.cell(1, 2).merge(t.cell(empty_row, 2))
    t.cell(1, 3).merge(t.cell(empty_row, 3))
    # 评估方式 of the sub-items merged
    t.cell(2, 6).merge(t.cell(last_sub, 6))
    widths = (Cm(1.6), Cm(1.0), Cm(1.8), Cm(1.0), Cm(9.6), Cm(8.4), Cm(2.6))
    t.autofit = False
    for col, w in zip(t.columns, widths):
        col.width = w
    from docx.shared import Pt
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
            for p in c.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(9)
    doc.save(path)


def build_doc3(path):
    doc = _docx_base()
    _para(doc, "政府信息公开")
    _para(doc, "发布单位:统计局 发布时间: 2018-10-22 09:31")
    _para(doc, "芦山2018年统计基础工作含第四次经济普查考核细", bold=True, center=True, size=14)
    _para(doc, "一、组织领导", bold=True)
    _para(doc, "考核由县委、县政府统一领导,县统计局负责具体组织实施,县绩效委给予指导")
    _para(doc, "二、考核对象", bold=True)
    _para(doc, "各乡镇、街道办事处、县级各部门")
    _para(doc, "三、考核内容", bold=True)
    _para(doc, "具体内容附后")
    _para(doc, "四、考核方式", bold=True)
    _para(doc, "(一)分值设置。")
    _para(doc, "统计基础工作(含第四次全国经济普查)满分为100分,考核统计基础建设、统计基础工作、"
               "统计业务学习和经济普查等方面,折算后计入全县综合目标考核。")
    _para(doc, "(二)考核程序。")
    _para(doc, "1.县统计局依据年度工作完成情况并结合平时掌握的情况打分,评分意见经县绩效委审定汇总后,"
               "报县绩效领导小组审定")
    _para(doc, "2.扣分项需附扣分说明")
    _para(doc, "五、结果运用", bold=True)
    _para(doc, "(一)统计基础工作(含第四次全国经济普查)考核结果折算后计入全县综合目标考核。")
    _para(doc, "(二)考核得分低于80分的单位,由其党政领导班子作出书面检查并限期整改。")
    _para(doc, "六、考核内容", bold=True)
    _para(doc, "一、统计基础建设(30分)", bold=True)
    for head, _name, lines, *_ in D3_ITEMS:
        _para(doc, head)
        for ln in lines:
            _para(doc, ln)
    doc.save(path)


def build_doc4(path):
    doc = _docx_base()
    _para(doc, "中共沅江市委党校2023年度专项支出绩效评价报告", bold=True, center=True, size=14)
    _para(doc, "发布时间:2024-06-26 15:11 信息来源:中共沅江市委党校 作者: 浏览量:")
    _para(doc, "一、项目基本概况", bold=True)
    _para(doc, "(一)机构设置情况")
    _para(doc, "本单位下设5个内设机构:办公室、行政室、教研室、教务室、图书管理室。")
    _para(doc, "(二)人员情况。")
    _para(doc, "年末实有人数48人,其中在职26人、离退休22人。")
    _para(doc, "(三)主要职责。")
    _para(doc, "1.负责全市党员及领导干部的培训教育;")
    _para(doc, "2.承办部门联合办班;")
    _para(doc, "3.开展马克思主义中国化最新成果的理论宣传,党的路线方针政策宣传;")
    _para(doc, "4.发挥资政、智库作用。")
    _para(doc, "二、绩效评价指标分析情况", bold=True)
    _para(doc, "(一)项目资金情况分析")
    _para(doc, "1、项目资金到位情况分析")
    _para(doc, "2023年主体班教育培训项目等专项资金共92.4万元,已全额拨付到位。")
    _para(doc, "2.项目资金管理情况")
    _para(doc, "本单位财务制度健全、管理规范,账务处理及时,会计核算规范;专项资金按国家有关法律法规和项目资金规定使用,"
               "做到专款专用。")
    _para(doc, "(二)项目专项组织实施情况")
    _para(doc, "2023年办班方面:全年举办主体班三期,即上半年的科干班、中青班和下半年的新提科干班,共培训学员149人;"
               "承办、联合各单位开班的规模比往年扩大,总培训人数超过2400人;落实领导干部上讲台制度,市委书记带头到党校为"
               "主体班学员授课,领导授课率达到20%;主体班课程设置注重更新,课程更新率保持在50%以上。"
               "围绕习近平新时代中国特色社会主义思想、党的二十大精神等打磨精品课程10堂,并参加党校系统教学比武。")
    _para(doc, "课题方面:省党校系统社科规划课题结项2个、立项2个,益阳社科联课题结项7个、立项4个,"
               "益阳党校课题结项3个、立项2个;论文方面:在省级以上刊物发表论文16篇;获益阳市社科联理论征文二等奖1个、"
               "三等奖1个,益阳市委党校理论征文一等奖1个、三等奖2个,十三届湖南省社科联征")
    doc.save(path)


def build_doc5(path):
    doc = _docx_base()
    _para(doc, "2019年重点项目绩效评价报告")
    _para(doc, "桥西区统计局")
    _para(doc, "2019年重点项目绩效评价报告", bold=True, center=True, size=14)
    _para(doc, "依照《石家庄市财政支出绩效评价办法》(石财绩[2013]2号),按“科学性、规范性、客观性和公正性”原则,"
               "本局对“城乡一体化住户调查”项目开展了财政支出绩效自评价,形成本报告。")
    _para(doc, "一、项目基本情况", bold=True)
    _para(doc, "(一)项目概况")
    _para(doc, "城乡一体化居民收支与生活状况调查(简称住户调查)按国家统计局制定的《住户收支与生活状况调查方案》开展:"
               "国家统计局统一领导,负责制定方案、组织实施、监督调查过程并审核、处理、汇总数据;石家庄市调查队负责分市县"
               "住户调查,以市、县为总体抽样,审核、评估并发布分市县主要数据。")
    _para(doc, "项目目的:")
    _para(doc, D5_GOAL)
    _para(doc, "依照《中华人民共和国统计法》,开展住户收支与生活状况调查(以下简称住户调查)。目前我区调查样本共计70户,"
               "其中城镇样本70户。按《方案》规定,调查数据实行季报:区统计局搜集、审核并汇总所辖区数据报石家庄市调查队,"
               "市队对我区数据评估核定后按季发布分市县数据。")
    _para(doc, "(二)项目立项情况")
    _para(doc, "住户收支与生活状况调查(简称城乡住户收支调查)以居民家庭及其成员为调查对象,主要反映城乡居民家庭的收入和"
               "支出状况,自2012年12月1日起在全国正式实施。")
    _para(doc, "城乡一体化住户收支调查是一项重要的民生调查,被列为深化收入分配制度改革的重要工作之一。")
    _para(doc, "(三)项")
    doc.save(path)


BUILDERS = {
    DOC1["file"]: build_doc1,
    DOC2["file"]: build_doc2,
    DOC3["file"]: build_doc3,
    DOC4["file"]: build_doc4,
    DOC5["file"]: build_doc5,
}

# ---------------------------------------------------------------------------
# PDF, annotations, check
# ---------------------------------------------------------------------------


def to_pdf(path):
    prof = "file:///tmp/lo_%s" % PART
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(path)[0] + ".pdf"


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


def squash(s):
    return re.sub(r"\s+", "", s or "")


def check(doc, pdf):
    txt = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
    flat = squash(txt)
    missing = []
    for ind in doc["indicators"]:
        for key in ("name", "target_text"):
            if ind[key] and squash(ind[key]) not in flat:
                missing.append((key, ind[key]))
    for g in doc["goals"]:
        if squash(g["text"]) not in flat:
            missing.append(("goal", g["text"]))
    for f in doc["findings"]:
        if squash(f["item"]) not in flat:
            missing.append(("finding", f["item"]))
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    for doc in DOCS:
        src = os.path.join(HERE, doc["file"])
        BUILDERS[doc["file"]](src)
        _normalize_zip(src)
        pdf = to_pdf(src)
        for name in (doc["file"], os.path.basename(pdf)):
            with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as f:
                json.dump(gold_json(doc, name), f, ensure_ascii=False, indent=1)
        miss = check(doc, pdf)
        print(doc["file"], "indicators=%d goals=%d findings=%d facts=%d" % (
            len(doc["indicators"]), len(doc["goals"]), len(doc["findings"]), len(doc["facts"])),
            "OK" if not miss else "MISSING %d" % len(miss))
        for m in miss:
            print("   ", m)
        bad += len(miss)
    print("totals: rows=%d goals=%d findings=%d facts=%d" % (
        sum(len(d["indicators"]) for d in DOCS), sum(len(d["goals"]) for d in DOCS),
        sum(len(d["findings"]) for d in DOCS), sum(len(d["facts"]) for d in DOCS)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
