#!/usr/bin/env python3
"""blind162: real layouts of third-party / finance-bureau evaluation and score sheets.

Gold first (Python data), then the builders (python-docx), the PDF export with
LibreOffice, the annotation files and a pdftotext check.
Run: /tmp/venv/bin/python make_blind162_layouts.py
"""
import io
import json
import os
import re
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PART = "blind162"

# ---------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------

F1 = "guojia-minzheng-xinxihua-lixiangpingshenbiao"
F2 = "weizhi-shiji-yumifengchanfang-kaopingzhibiao"
F3 = "weizhi-shuitubaochi-mubiaozeren-kaohebiao"
F4 = "hainan-shengji-senlinshengtaibuchang-pingjiabaogao"
F5 = "hunan-xiangtan-wushuichulifei-pingjiabaogao"


def ind(l1, l2, name, weight, target_text=None, score=None):
    return {"level1": l1, "level2": l2, "name": name, "operator": None, "value": None,
            "unit": None, "target_text": target_text, "actual": None,
            "weight": weight, "score": score}


GOLD = {}

# 1 ------------------------------------------------------------------------
R1_L1A = "必要性(40 分)"
R1_L2A = "立项依据的必要性(40分)"
R1_L1B = "可行性(30 分)"
GOLD[F1] = {
    "source_urls": ["https://www.jinchutou.com/shtml/daec7ec548e4574bb3b09ccc2a50b9c6.html"],
    "province": None,
    "doc_kind": "立项评审指标体系(评分表)",
    "patterns": [1, 2, 5],
    "indicators": [
        ind(R1_L1A, R1_L2A, "建设原则", 15),
        ind(R1_L1A, R1_L2A, "宏观政策", 10),
        ind(R1_L1A, R1_L2A, "项目需求", 10),
        ind(R1_L1A, R1_L2A, "预期价值", 5),
        ind(R1_L1B, "过往项目绩效评价情况(8分)", "过往项目绩效评价情况", 8),
        ind(R1_L1B, "建设目标(7分)", "目标合理性评价", 3),
        ind(R1_L1B, "建设目标(7分)", "是否量化、可考核", 4),
        ind(R1_L1B, "技术可行性分析(10分)", "需求合理性", 4),
        ind(R1_L1B, "技术可行性分析(10分)", "系统功能设计", 3),
    ],
    "goals": [],
    "facts": [
        {"metric": "必要性(40 分)", "kind": "sum", "total": 40, "parts": [15, 10, 10, 5], "unit": "分"},
        {"metric": "建设目标(7分)", "kind": "sum", "total": 7, "parts": [3, 4], "unit": "分"},
    ],
    "findings": [],
    "notes": ("民政 information-system project review sheet (立项评审), a scoring sheet used by reviewers/third "
              "parties; no province named (national ministry context), so province is null. The stored page stops "
              "inside the last row (系统功能设计 (3分) … 标准 '不够合理-合理' cut); 可行性(30 分) and "
              "技术可行性分析(10分) therefore cannot be summed. The page repeats the 一级 label '可行性(30 分)' in a "
              "second block (page-break repetition), rebuilt as two merged blocks. The 二级 '过往项目绩效评价情况(8分)' "
              "has no 三级: merged horizontally over the 三级 column; gold name = the cell text without its '(8分)'. "
              "Names are the 三级 cell texts with the '(N分)' suffix removed; weight = that N. The 评价标准(量表) "
              "column is a scoring scale, not a target: target_text null. OCR oddities kept as found: '—级指标', "
              "'\'’一 盘棋”', the stray 'i' and '毗', '新増', and the spaces left by line breaks. No findings: a review "
              "sheet, its rows are criteria not targets."),
}

# 2 ------------------------------------------------------------------------
T3 = [("計劃任務完成情況", 10), ("項目核驗情況", 30), ("項目驗收合格情況", 10), ("項目區規劃", 4),
      ("管理制度保障", 6), ("技術服務及宣傳", 2), ("作業任務落實情況", 6), ("項目監督、檢查", 10),
      ("項目檔案管理", 2), ("項目工作總結", 2), ("工作經費到位情況", 5), ("項目資金兌付", 10),
      ("項目資金支出合規", 5)]
GOLD[F2] = {
    "source_urls": ["http://changxiangtd.cn/46-182796-2.html"],
    "province": None,
    "doc_kind": "绩效考评工作方案(评价指标体系)",
    "patterns": [10],
    "indicators": [ind(None, None, n, w) for n, w in T3],
    "goals": [],
    "facts": [
        {"metric": "一級指標分值", "kind": "sum", "total": 100, "parts": [80, 20], "unit": "分"},
        {"metric": "二級指標分值", "kind": "sum", "total": 100, "parts": [50, 30, 5, 15], "unit": "分"},
        {"metric": "三級指標分值", "kind": "sum", "total": 100, "parts": [w for _, w in T3], "unit": "分"},
    ],
    "findings": [
        {"rule": "consistency.sum", "item": "13個三級指標",
         "why": "總分值100分, but the 13 三級 points add up to 102 (10+30+10+4+6+2+6+10+2+2+5+10+5); read with the "
                "二級 split, 組織管理情況 (30分) gets 4+6+2+6+10+2+2 = 32."},
    ],
    "notes": ("Evaluation (績效考評) scheme for the 2014 中央現代農業玉米豐產方機收秸稈還田項目: the indicator system is "
              "given in prose, names and points listed in sentences. The province is not named on the stored page "
              "(市/縣 level, 省級抽查), so province is null. The stored page is a traditional-character copy that "
              "inserts pinyin glosses after some characters (指標(biāo)); the glosses are site noise and were dropped, "
              "the traditional characters kept; the mojibake heading '?。ㄈ┰u價指標體系' was read as '(三)評價指標體系'. "
              "The two scoring explanations (項目區規劃, 管理制度保障) are reworded, numbers kept. Page stops in "
              "'(一)績效考評方法' after '實地考察'. level1/level2 of the 13 三級 are null because the text never pairs "
              "them with 一級/二級. Also odd but not a rule: 項目區規劃 has 4分 while the rule only awards 2 or 0; "
              "'兩類類' typo kept. Only 三級 points are indicators; 一級/二級 points are recorded as facts."),
}

# 3 ------------------------------------------------------------------------
GOLD[F3] = {
    "source_urls": ["http://www.hzldzy.com/detail-3849.html"],
    "province": None,
    "doc_kind": "目标责任考核评分表",
    "patterns": [1, 5],
    "indicators": [
        ind("组织领导", None, "水土保持工作 领导机制", 10),
        ind("组织领导", None, "水土保持目标 责任制", 10),
        ind("综合治理", None, "水土流失治理 任务", 30),
        ind("综合治理", None, "水土流失治理 资金", 10),
        ind("预防监督", None, "生产建设项目水土保持方案编报", 20),
        ind("预防监督", None, "生产建设项目 事中事后监管", 20),
    ],
    "goals": [],
    "facts": [{"metric": "合计", "kind": "sum", "total": 100, "parts": [10, 10, 30, 10, 20, 20], "unit": "分"}],
    "findings": [],
    "notes": ("Score sheet (考核项目/序号/考核指标/分值/考核内容) of a 水土保持目标责任 assessment; the stored page is the "
              "table only (no title, no place), so province is null; the whole table is on the page (合计 100). "
              "Names keep the line-break spaces of the page ('水土保持工作 领导机制'); the 考核内容 column is a "
              "description, not a target (target_text null). 考核项目 merged down two rows each. Off the strict "
              "budget-performance angle (a departmental responsibility assessment), kept as a score-sheet layout."),
}

# 4 ------------------------------------------------------------------------
GOLD[F4] = {
    "source_urls": ["https://360docs.net/doc/b95081728.html"],
    "province": "海南省",
    "doc_kind": "财政支出项目绩效评价报告",
    "patterns": [8, 10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "计划投资额", "kind": "sum", "total": 18821.06, "parts": [4676, 14145.06, 0, 0], "unit": "万元"},
        {"metric": "实际到位资金", "kind": "sum", "total": 18821.06, "parts": [4676, 14145.06, 0, 0], "unit": "万元"},
        {"metric": "实际使用情况", "kind": "sum", "total": 18821.06, "parts": [4676, 14145.06, 0, 0], "unit": "万元"},
    ],
    "findings": [
        {"rule": "table_not_understood", "item": "二、绩效评价指标评分",
         "why": "the score table has its header (一级指标 分值 二级指标 分值 三级指标 分值 得分) and one cut row "
                "'项目决策 20 项': no indicator row can be read."},
        {"rule": "coverage.missing_dimension", "item": "产出指标",
         "why": "附件4-2 项目绩效目标表 carries only its title, 项目名称 and the 注: no indicator rows at all."},
        {"rule": "coverage.missing_dimension", "item": "效益指标",
         "why": "same empty 项目绩效目标表: no effect indicators."},
    ],
    "notes": ("Hainan 2014 report form (附件4-1 cover, 附件4-2 项目绩效目标表, 附件4-3 项目基本信息): the cover "
              "checkboxes lost their ticks on the page ('□实施过程评价 完成结果评价'): kept as found. 组织方式/评价机构 "
              "say 项目单位/项目单位评价组, i.e. the unit filled the finance-department report form. The 其中 rows "
              "repeat the split in three columns (计划/到位/使用). Page stops in the first row of the score table "
              "('项目决策20 项'): rebuilt as that cut row. No indicators, no goals on the stored page."),
}

# 5 ------------------------------------------------------------------------
GOLD[F5] = {
    "source_urls": ["https://6364888.com/2440/content_1200468.html"],
    "province": "湖南省",
    "doc_kind": "绩效评价报告(第三方,摘要表)",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "项目金额", "kind": "equal", "values": [25674.55, 25674.55], "unit": "万元",
         "text": "项目金额 25,674.55万元 = 2021年预算支出合计25,674.55万元"},
    ],
    "findings": [],
    "notes": ("Third-party (湖南诚悦达会计师事务所) evaluation of 湘潭市2021年污水处理费项目, published as a two-column "
              "summary table. The background cell is reworded (all names and numbers kept). The page stops inside "
              "'项目主要绩效' after '处理处置污泥量52,830' (unit cut): the cut is kept. No indicator rows, no score, "
              "no goals on the stored page; the 主要绩效 item is an outcome statement, not a goal."),
}

# ---------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------


def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    cp = d.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.title = ""
    cp.revision = 1
    import datetime
    fixed = datetime.datetime(2024, 1, 1, 0, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    return d


def para(d, text, bold=False, center=False, size=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def table(d, rows, ncols, merges=()):
    t = d.add_table(rows=len(rows), cols=ncols)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is not None and val != "":
                t.cell(i, j).text = val
    for (r0, c0, r1, c1) in merges:
        a = t.cell(r0, c0)
        b = t.cell(r1, c1)
        keep = a.text
        m = a.merge(b)
        # python-docx concatenates texts on merge; keep the top-left text only
        for p in m.paragraphs[1:]:
            p._element.getparent().remove(p._element)
        m.paragraphs[0].text = keep
    return t


def build1(path):
    d = new_doc()
    para(d, "信息化建设类项目立项评审指标体系", bold=True, center=True, size=14)
    hdr = ["—级指标", "二级指标", "三级指标", "指标解释", "评价标准(量表)"]
    rows = [
        hdr,
        [R1_L1A, R1_L2A, "建设原则(15分)",
         "项目与民政信息化建设“集约整合、全面互 联、共享协同、安全可信”的建设原则和'’一 盘棋”的指导思想等的匹配度",
         "不完全匹配-完全匹配(0-15分)"],
        ["", "", "宏观政策(10分)", "项目与国家及民政部门相关法律、发展规划等 的匹配度", "不完全匹配-完全匹配(0-10分)"],
        ["", "", "项目需求(10分)", "项目的服务需求是否真实存在、清晰迫切", "需求不够真实清晰-真实清晰(0-10分)"],
        ["", "", "预期价值(5分)", "项目成果产生的经济和社会价值,突出在对社 会福利事业和相关公益事业的促进上",
         "价值较小-极具价值(0-5分)"],
        [R1_L1B, "过往项目绩效评 价情况(8分)", "", "i过往的主管部门和第三方绩效评价结果",
         "评价较差-评价优秀(0-8分)毗指标针对的是延续性项目新増项目此项均得 8 分"],
        [R1_L1B, "建设目标(7分)", "目标合理性评价(3分)", "项目中期(二年支出计划)目标和年度目标合 理性、清晰性、衔接性",
         "不够合理-合理(0-3分)"],
        ["", "", "是否量化、可考核(4分)", "项目建设目标的可量化、可考核", "难以量化考核-可量化可考核(0-4分)"],
        ["", "技术可行性分析(10分)", "需求合理性(4分)", "需求分析是否全面、信息量测算是否准确", "不够合理-合理(0-4分)"],
        ["", "", "系统功能设计 (3分)", "系统功能设计是否合理、准确,业务流程是否 清晰", "不够合理-合理"],
    ]
    merges = [(1, 0, 4, 0), (1, 1, 4, 1), (5, 1, 5, 2), (6, 0, 9, 0), (6, 1, 7, 1), (8, 1, 9, 1)]
    table(d, rows, 5, merges)
    d.save(path)


def build2(path):
    d = new_doc()
    ps = [
        "(三)評價指標體系",
        "本年度的績效考評指標體系分為基本指標、具體指標兩類類,總分值100分。",
        "1.在基本指標中設立2個一級指標,分別是業務考評占分值80分,財務考核占分值20分。設立4個二級指標,分別是任務完成情況"
        "占分值50分,組織管理情況占分值30分,工作經費落實情況占分值5分,補貼資金支出情況占分值15分。",
        "2.在具體指標中設立13個三級指標,分別是" + ",".join("%s占分值%d分" % (n, w) for n, w in T3) + "。",
        "三級指標“項目區規劃”:核對《登記表》所列實施地點與縣級《實施方案》規劃區域,相符的計“2”分;項目區未經市農機部門"
        "批準即調整變更的,按與實施方案規劃不符處理,計“0”分。",
        "三級指標“管理制度保障”:以縣級報市級的項目動態表報為據,項目縣每週向市站報送項目動態表的計2分,否則計0分。",
        "3.賦分依據及標準見附表“2014年中央現代農業玉米豐產方機收秸稈還田項目績效評價打分表”。",
        "四、績效考評方法與結果運用",
        "(一)績效考評方法",
        "項目績效考評工作程序為縣級自查、市級考核、省級抽查。考評採取查看資料、聽取匯報、互動交流、實地考察",
    ]
    for i, t in enumerate(ps):
        para(d, t, bold=(i in (0, 7, 8)))
    d.save(path)


def build3(path):
    d = new_doc()
    rows = [
        ["考核项目", "序号", "考核指标", "分值", "考 核 内 容"],
        ["组织领导", "1", "水土保持工作 领导机制", "10", "加强对水土保持工作的统一领导,建立健全水土保持工作机制"],
        ["", "2", "水土保持目标 责任制", "10", "建立并实施政府水土保持目标责任制和考核奖惩制度"],
        ["综合治理", "3", "水土流失治理 任务", "30", "省、市下达的年度水土流失治理任务完成情况"],
        ["", "4", "水土流失治理 资金", "10", "水土流失治理项目资金落实和使用情况"],
        ["预防监督", "5", "生产建设项目水土保持方案编报", "20", "生产建设项目水土保持方案编报情况"],
        ["", "6", "生产建设项目 事中事后监管", "20", "生产建设项目事中事后监管情况"],
        ["合计", "", "", "100", ""],
    ]
    table(d, rows, 5, [(1, 0, 2, 0), (3, 0, 4, 0), (5, 0, 6, 0)])
    d.save(path)


def build4(path):
    d = new_doc()
    para(d, "附件4-1")
    para(d, "财政支出项目绩效评价报告", bold=True, center=True, size=16)
    for t in ["评价类型:□实施过程评价 完成结果评价",
              "项目名称:海南省森林生态效益补偿基金",
              "项目单位:海南省林业厅生态公益林管理中心",
              "主管部门:海南省林业厅",
              "评价时间:2014 年5 月15 日",
              "组织方式:□财政部门□主管部门 项目单位",
              "评价机构:□中介机构□专家组 项目单位评价组",
              "评价单位(盖章):海南省生态公益林管理中心",
              "上报时间:2014年5月15日"]:
        para(d, t)
    d.add_page_break()
    para(d, "附件4-2")
    para(d, "项目绩效目标表", bold=True, center=True, size=14)
    para(d, "项目名称:海南省森林生态效益补偿基金")
    para(d, "注:预算批复的绩效目标如有调整的,需在报告中加以说明。新增(包括需要调整)目标的项目可参照2014年预算编制中"
            "我厅已审核同类型项目目标重新设置或调整填报。")
    d.add_page_break()
    para(d, "附件4-3")
    para(d, "项目基本信息", bold=True, center=True, size=14)
    para(d, "一、项目基本情况", bold=True)
    rows = [
        ["项目实施单位", "海南林业厅生态中心", "主管部门", "海南省林业厅", "", ""],
        ["项目负责人", "李大江", "联系电话", "65367801", "", ""],
        ["地址", "海南省林业厅", "邮编", "572600", "", ""],
        ["项目类型", "经常性项目(√)一次性项目()", "", "", "", ""],
        ["计划投资额\n(万元)", "18821.06", "实际到位资金\n(万元)", "18821.06", "实际使用情况\n(万元)", "18821.06"],
        ["其中:中央财政4676", "", "其中:中央财政4676", "", "其中:中央财政4676", ""],
        ["省财政14145.06", "", "省财政14145.06", "", "省财政14145.06", ""],
        ["市县财政0", "", "市县财政0", "", "市县财政0", ""],
        ["其他0", "", "其他0", "", "其他0", ""],
    ]
    merges = [(0, 3, 0, 5), (1, 3, 1, 5), (2, 3, 2, 5), (3, 1, 3, 5)]
    for r in range(5, 9):
        merges += [(r, 0, r, 1), (r, 2, r, 3), (r, 4, r, 5)]
    table(d, rows, 6, merges)
    para(d, "二、绩效评价指标评分", bold=True)
    table(d, [["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分"],
              ["项目决策", "20", "项", "", "", "", ""]], 7)
    d.save(path)


def build5(path):
    d = new_doc()
    para(d, "湘潭市2021年污水处理费项目绩效评价报告", bold=True, center=True, size=14)
    rows = [
        ["项目名称", "湘潭市2021年污水处理费项目"],
        ["项目金额", "25,674.55万元"],
        ["主管部门", "湘潭市住房和城乡建设局"],
        ["项目实施单位", "湘潭中环污水有限公司 湘潭市污水处理有限责任公司 湘潭产投第二污水处理有限公司 "
                   "湘潭产投第三污水处理有限公司 湘潭鹤岭污水处理有限公司 湘潭楠竹山污水处理有限公司"],
        ["评价单位", "湖南诚悦达会计师事务所(普通合伙)"],
        ["项目基本情况",
         "项目背景: 污水处理关系千家万户,与经济社会发展紧密相连。为做好湘潭市水污染防治,加强城乡生活污水收集处理、"
         "治理城市黑臭水体、保护饮用水源安全,经湘潭市人民政府、湘潭市发展和改革委员会同意,采用政府与社会资本合作的"
         "bot模式投资建设污水处理厂。市政府授权湘潭市水务局(后期授权湘潭市住房和城乡建设局)与湘潭产投第二污水处理"
         "有限公司、湘潭市污水处理有限责任公司等企业签订特许经营合同:特许经营期内企业自担运营费用、责任和风险,负责"
         "设施运营与维护,湘潭市财政局定期与污水处理厂结算并支付污水处理服务费。 2021年湘潭市财政安排污水处理费项目"
         "预算支出合计25,674.55万元,资金主要用于支付湘潭市污水处理有限责任公司、湘潭鹤岭污水处理有限公司等单位的"
         "污水处理服务费及污泥处理服务费。"],
        ["项目主要绩效",
         "1、圆满完成年初的生产经营目标。2021年度,各污水处理厂在湘潭市相关部门的指导和监督下组织运营,及时处理了"
         "城市污水污泥,污水处理量共计17,324.14万吨,处理处置污泥量52,830"],
    ]
    t = table(d, rows, 2)
    for row in t.rows:
        row.cells[0].width = Pt(80)
    d.save(path)


BUILDERS = {F1: build1, F2: build2, F3: build3, F4: build4, F5: build5}

# ---------------------------------------------------------------------------
# determinism, export, annotations, check
# ---------------------------------------------------------------------------


def fix_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_%s" % PART, "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(path)[0] + ".pdf"


def norm(s):
    return re.sub(r"\s+", "", s or "")


def check(stem, pdf):
    txt = "".join(norm(subprocess.run(["pdftotext"] + mode + [pdf, "-"], capture_output=True, text=True).stdout)
                  for mode in ([], ["-layout"]))
    g = GOLD[stem]
    want = []
    for i in g["indicators"]:
        want += [i["name"], i["target_text"]]
    want += [x["text"] for x in g["goals"]]
    want += [f["item"] for f in g["findings"] if f["rule"] != "coverage.missing_dimension"]
    bad = [w for w in want if w and norm(w) not in txt]
    return bad


def main():
    os.makedirs(ANN, exist_ok=True)
    failures = 0
    for stem, build in BUILDERS.items():
        src = os.path.join(HERE, stem + ".docx")
        build(src)
        fix_zip(src)
        pdf = to_pdf(src)
        for fn in (os.path.basename(src), os.path.basename(pdf)):
            gold = {"source": fn}
            gold.update(GOLD[stem])
            with open(os.path.join(ANN, fn + ".json"), "w", encoding="utf-8") as f:
                json.dump(gold, f, ensure_ascii=False, indent=1)
        bad = check(stem, pdf)
        print("%-55s rows=%d goals=%d findings=%d facts=%d %s" % (
            stem, len(GOLD[stem]["indicators"]), len(GOLD[stem]["goals"]), len(GOLD[stem]["findings"]),
            len(GOLD[stem]["facts"]), "OK" if not bad else "MISSING %r" % bad))
        failures += bool(bad)
    tot = {k: sum(len(g[k]) for g in GOLD.values()) for k in ("indicators", "goals", "findings", "facts")}
    print("totals", tot)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
