# -*- coding: utf-8 -*-
"""blind161: layouts of self-assessment tables published with department final accounts
(部门决算公开 / 单位决算公开 and their 绩效自评表), rebuilt from stored public pages.

Gold first (Python data), then builders (python-docx / openpyxl), PDF export with LibreOffice,
annotations/<file>.json for the source file and its PDF, and a pdftotext check.
Run with /tmp/venv/bin/python.
"""
import copy
import io
import json
import os
import re
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PART = "blind161"
FIXED_DT = (2024, 1, 1, 0, 0, 0)
FIXED_ISO = "2024-01-01T00:00:00Z"

# ---------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------

def ind(level1, level2, name, weight=None, score=None, operator=None, value=None, unit=None,
        target_text=None, actual=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


# 1 寿县 2023年度部门整体支出绩效评价自评表 (Anhui) -------------------------------------------
SHOUXIAN_ROWS = [
    # (序号, 一级, 二级, 三级 cell, 三级 name, 分值, 指标解释 (own words), 评分标准 (own words), 自评得分)
    ("1", "规划\n(15分)", "基础信息\n(3分)", "基础信息\n完整性", "基础信息完整性", 3,
     "看部门及所属二级单位的预算基础信息是否合规、真实、完整,衡量基础信息对预算编制数据的支撑程度(以年初预算基础信息表为准考核)。",
     "1、基础数据信息真实(1分);\n2、基础数据信息完整(1分);\n3、基础数据信息准确(1分)。", "3"),
    ("2", None, "工作计划\n(6分)", "年度工作\n计划完整性", "年度工作计划完整性", 3,
     "部门及所属二级单位制定的年度工作计划是否完整、可行。",
     "年度工作计划完整可行(3分)", "3"),
    ("3", None, None, "年度工作\n计划明确性", "年度工作计划明确性", 3,
     "部门及所属二级单位制定的年度工作计划是否明确、可操作。",
     "年度工作计划明确可操作(3分)", "3"),
    ("4", None, "绩效目标\n(6分)", "年度绩效\n目标合理性", "年度绩效目标合理性", 4,
     "单位有没有设置年度绩效目标,目标是否贴合单位实际、是否合理。",
     "1、设置了年度绩效目标(2分,单位整体绩效目标与项目绩效目标各1分,单位没有项目的得2分)\n"
     "2、目标设置依据充分(1分)\n3、目标合理、符合实际、可操作(1分)\n4、没有设置绩效目标的,本栏不得分", "4"),
    ("5", None, None, "年度绩效\n目标明确性", "年度绩效目标明确性", 2,
     "绩效目标是否明确、细化、量化。",
     "目标明确并且细化、量化(2分);", "2"),
    ("6", "执行\n(35分)", "预算执行\n(18分)", "预算执行率", "预算执行率", 5,
     "反映部门及所属二级单位本年度预算执行数占预算数的比例,考核预算执行程度。预算执行率=(预算执行数/预算数)×100%。\n"
     "预算执行数:部门(单位)本年度实际执行的预算数。\n预算数:财政部门批复的本年度部门(单位)预算数。",
     "1、除上级政策性因素影响外,年度无预算追加(1", None),
]

GOLD_SHOUXIAN = {
    "source": "anhui-shouxian-bumenzhengti-zipingbiao.xlsx",
    "source_urls": ["https://www.shouxian.gov.cn/public/118322758/1259995520.html"],
    "province": "安徽省",
    "doc_kind": "部门整体支出绩效评价自评表",
    "patterns": [1, 5],
    "indicators": [
        ind("规划(15分)", "基础信息(3分)", "基础信息完整性", 3, 3),
        ind("规划(15分)", "工作计划(6分)", "年度工作计划完整性", 3, 3),
        ind("规划(15分)", "工作计划(6分)", "年度工作计划明确性", 3, 3),
        ind("规划(15分)", "绩效目标(6分)", "年度绩效目标合理性", 4, 4),
        ind("规划(15分)", "绩效目标(6分)", "年度绩效目标明确性", 2, 2),
        ind("执行(35分)", "预算执行(18分)", "预算执行率", 5, None),
    ],
    "goals": [],
    "facts": [
        {"metric": "规划(15分)", "kind": "sum", "total": 15, "parts": [3, 6, 6], "unit": "分"},
        {"metric": "工作计划(6分)", "kind": "sum", "total": 6, "parts": [3, 3], "unit": "分"},
        {"metric": "绩效目标(6分)", "kind": "sum", "total": 6, "parts": [4, 2], "unit": "分"},
    ],
    "findings": [],
    "notes": ("部门整体支出绩效评价自评表 of a 寿县 unit (the 单位 cell is empty on the page), 2023年度. "
              "The rows are the evaluation framework itself (规划/执行 with points), listed as rows, so they are "
              "indicators with weight=指标分值 and score=自评得分; no target or actual columns exist. "
              "The stored page stops inside row 6 (预算执行率): its 评分标准 cell is cut after '年度无预算追加(1' and "
              "its 自评得分 is missing, so score=null. Line breaks inside name cells are layout only; names given "
              "without them. 指标解释 and 评分标准 texts rewritten in my own words keeping every number. "
              "Subtotals in the labels agree with the row points (15=3+6+6, 6=3+3, 6=4+2). No findings: the table "
              "carries no targets, and missing dimensions are only the page cut."),
}

# 2 南县民政局 2022年项目支出绩效自评指标计分表 (Hunan) -------------------------------------------
NANXIAN_ROWS = [
    # 一级, 二级, 三级 cell, 自评分, 具体指标 (lightly reworded), 评价标准
    ("项目\n决策\n(20分)", "项目\n目标\n(4分)", "目标\n内容\n(4分)", "4",
     "设立了项目绩效目标;目标明确;目标细化;目标量化",
     "设有目标(1分) 目标明确(1分) 目标细化(1分) 目标量化(1分)"),
    (None, "决策\n过程\n(8分)", "决策\n依据\n(4分)", "4",
     "有法律法规的明确规定;有某项经济社会发展规划;有部门年度工作计划;针对某一实际问题和需求",
     "符合法律法规(1分)符合经济社会发展规划(1分) 部门年度工作计划(1分) 针对某一实际问题和需求(1分)"),
    (None, None, "决策\n程序\n(4分)", "4",
     "项目符合申报条件;申报、批复程序符合相关管理办法;项目调整已履行相应手续",
     "符合申报条件(2分)项目申报、批复程序符合管理办法(1分) 项目调整履行了相应手续(1分)"),
    (None, "资金\n分配\n(8分)", "分配\n办法\n(3分)", "3",
     "按需要制定了资金管理办法;办法中写明资金分配办法;分配因素全面、合理",
     "有相应的资金管理办法(1分) 办法健全、规范(1分) 因素全面合理(1分)"),
    (None, None, "分配\n结果\n(5分)", "5",
     "资金分配符合管理办法;分配结果公平合理",
     "符合分配办法(2分) 分配公平合理(3分)"),
    ("项目\n管理\n(25分)", "资金\n到位\n(5分)", "到位率\n(3分)", "", "", ""),
]

GOLD_NANXIAN = {
    "source": "hunan-nanxian-minzheng-zipingjifenbiao.docx",
    "source_urls": ["http://nxjw.nanxian.gov.cn/14890/36191/36261/36265/content_1760532.html"],
    "province": "湖南省",
    "doc_kind": "项目支出绩效自评指标计分表",
    "patterns": [1, 5, 6],
    "indicators": [
        ind("项目决策(20分)", "项目目标(4分)", "目标内容", 4, 4),
        ind("项目决策(20分)", "决策过程(8分)", "决策依据", 4, 4),
        ind("项目决策(20分)", "决策过程(8分)", "决策程序", 4, 4),
        ind("项目决策(20分)", "资金分配(8分)", "分配办法", 3, 3),
        ind("项目决策(20分)", "资金分配(8分)", "分配结果", 5, 5),
        ind("项目管理(25分)", "资金到位(5分)", "到位率", 3, None),
    ],
    "goals": [],
    "facts": [
        {"metric": "项目决策(20分)", "kind": "sum", "total": 20, "parts": [4, 8, 8], "unit": "分"},
        {"metric": "决策过程(8分)", "kind": "sum", "total": 8, "parts": [4, 4], "unit": "分"},
        {"metric": "资金分配(8分)", "kind": "sum", "total": 8, "parts": [3, 5], "unit": "分"},
    ],
    "findings": [],
    "notes": ("南县民政局 2022 self-evaluation score table (附件2), published on the 南县 site. Score-table rows "
              "(项目决策/项目管理 with points) are the indicators; the weight of each 三级 row is written inside its "
              "name cell ('目标内容(4分)'), so name is given without the '(N分)' and weight taken from it; "
              "score = 自评分. The stored page stops at the 三级 cell '到位率(3分)' of 项目管理/资金到位: that row has "
              "no 自评分 (score=null) and its other cells are empty. 具体指标 texts lightly reworded; 评价标准 kept. "
              "Subtotals agree (20=4+8+8, 8=4+4, 8=3+5). No findings: no targets in this table."),
}

# 3 南充市林业局 部门预算项目支出绩效自评表(2023年度) (Sichuan) ----------------------------------
NANCHONG_GOAL = ("实施新一轮退耕还林,做好规划设计、组织管理和检查验收,督促兑付退耕还林补助资金;"
                 "协助国家林业局完成对我市2018年度新一轮退耕还林的检查验收;以会代训开展退耕还林业务培训,培训新从业人员等。")
NANCHONG_DONE = ("实施新一轮退耕还林,做好规划设计、组织管理和检查验收,督促兑付退耕还林补助资金;"
                 "以会代训开展退耕还林业务培训,培训新从业人员等。")

GOLD_NANCHONG = {
    "source": "sichuan-nanchong-linye-zipingbiao.xlsx",
    "source_urls": ["https://m.bidcenter.com.cn/newsrili-1-317588907.html"],
    "province": "四川省",
    "doc_kind": "部门预算项目支出绩效自评表",
    "patterns": [1, 2, 6, 10],
    "indicators": [
        ind("产出指标", "数量指标", "会议培训举办次数(次)", None, None, ">=", 1, "次", "≥1次", 1),
    ],
    "goals": [{"kind": "年度目标", "text": NANCHONG_GOAL}],
    "facts": [
        {"metric": "预算执行数", "kind": "sum", "total": 5.00, "parts": [5.00, 0.00, 0.00], "unit": "万元"},
        {"metric": "预算执行率", "kind": "rate", "planned": 5.00, "actual": 5.00, "stated_rate": 100.00,
         "unit": "%"},
    ],
    "findings": [
        {"rule": "target.impossible_value", "item": "会议培训举办次数(次)",
         "why": "≥1次 is a trivial target (any single meeting meets it)."},
        {"rule": "goal.unquantified", "item": NANCHONG_GOAL,
         "why": "The annual goal lists tasks (规划设计、检查验收、培训) without any quantity, rate or deadline."},
    ],
    "notes": ("Sichuan 部门预算项目支出绩效自评表 of 南充市林业局 (2023年度), reposted as image-recognised text on "
              "bidcenter; the reposting site's OCR disclaimer line is left out. '主管部门 南充市林业' kept as written "
              "(truncated name). The 项目年度目标 and 完成情况 cells rewritten in my own words keeping 2018年度; the "
              "完成情况 drops the 2018 inspection clause as the page does. 项目实施内容及过程概述 repeats the goal on the "
              "page (rebuilt with the same words as the goal cell). Funds: 年初预算 5.00 / 调整后 5.00 / 执行 5.00, "
              "执行率 100.00%, 权重 10, 得分 empty. The stored page stops in the first indicator row after 完成值 '1': "
              "权重/得分/未完成原因 of that row and all later rows are missing (weight, score null). Operator, value and "
              "unit are in separate cells (≥ │ 1 │ 次); target_text joined as '≥1次'. No coverage findings because the "
              "single row is a page cut, not the document's design."),
}

# 4 楚雄州委宣传部 2023年度部门决算公开 (Yunnan) prose / TOC ---------------------------------------
CHUXIONG_META = [
    ("索引号", "1153230001516741X8-/2024-0923019"),
    ("公开目录", "州级部门决算和三公经费公开"),
    ("发布机构", "楚雄州财政局"),
    ("标题", "中国共产党楚雄彝族自治州委员会宣传部2023年度部门决算公开"),
    ("发文日期", "2024年09月23日"),
    ("文号", ""),
    ("主题词", ""),
]
CHUXIONG_TOC = [
    ("第一部分 部门概况", ["一、主要职能", "二、部门基本情况"]),
    ("第二部分 2023年度部门决算表", [
        "一、收入支出决算表", "二、收入决算表", "三、支出决算表", "四、财政拨款收入支出决算总表",
        "五、一般公共预算财政拨款收入支出决算表", "六、一般公共预算财政拨款基本支出决算表",
        "七、一般公共预算财政拨款项目支出决算表", "八、政府性基金预算财政拨款收入支出决算表",
        "九、国有资本经营预算财政拨款收入支出决算表", "十、财政拨款“三公”经费、行政参公单位机关运行经费情况表",
        "十一、一般公共预算财政拨款“三公”经费情况表"]),
    ("第三部分 2023年度部门决算情况说明", [
        "一、收入决算情况说明", "二、支出决算情况说明", "三、一般公共预算财政拨款支出决算情况说明",
        "四、财政拨款“三公”经费支出决算情况说明"]),
    ("第四部分 其他重要事项及相关口径情况说明", [
        "一、机关运行经费支出情况", "二、国有资产占用情况", "三、政府采购支出情况", "四、部门绩效自评情况",
        "(一)部门整体支出绩效自评情况", "(二)部门整体支出绩效自评表", "(三)项目支出绩效自评表",
        "五、其他重要事项情况说明", "六、相关口径说明"]),
    ("第五部分 名词解释", []),
]

GOLD_CHUXIONG = {
    "source": "yunnan-chuxiong-xuanchuanbu-juesuan.docx",
    "source_urls": ["http://czj.cxz.gov.cn/info/egovinfo/1001/overt_centent/1153230001516741X8-/2024-0923019.htm"],
    "province": "云南省",
    "doc_kind": "部门决算公开",
    "patterns": [8],
    "indicators": [],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": ("Prose only. The 2023 部门决算 of 中共楚雄州委宣传部 as published by 楚雄州财政局: the information-"
              "disclosure header, the 监督索引号, and the table of contents, whose 第四部分 announces the 部门整体支出"
              "绩效自评情况, 部门整体支出绩效自评表 and 项目支出绩效自评表. The stored page stops in the first body "
              "sentence ('中国共产党楚雄彝族自治州委员…'), before any self-evaluation table, so the document has no "
              "indicator rows and no goals; the heading '一部分 部门概况' keeps the page's missing '第'. Tests that a "
              "tool does not invent indicators from table-of-contents lines that name 绩效自评表."),
}

# 5 云南日报报业集团 部门整体支出绩效自评报告 (Yunnan) prose --------------------------------------
YUNBAO_GOAL = "一是紧紧围绕深入贯彻落实习近平总书记考察云南重要讲话精神的生动实践,紧紧围绕"
YUNBAO_P1 = ("云南日报创刊于1950年3月4日,是中共云南省委机关报。云南日报报业集团经中央宣传部、国家新闻出版总署批准,"
             "于2001年9月13日成立。集团现以《云南日报》为龙头,旗下有云南网、“云南发布”、“云报”党政新闻客户端、"
             "“开屏”新闻客户端、《春城晚报》《民族时报》《云南经济日报》《云南老年报》《云南法制报》《社会主义论坛》"
             "《影响力》等,报、刊、网、端、微一体传播。")
YUNBAO_P2 = ("2009年12月,集团依照中央和省委推进文化体制改革、把事业与企业、新闻采编与经营业务“两分开”的要求,"
             "将经营性资产和业务剥离出来,组建云南报业传媒(集团)有限责任公司;公司以“新闻信息服务业”为核心主业,"
             "同时布局多元产业,是省属重点文化骨干企业之一。")
YUNBAO_P3 = ("按照省委、省政府对集团发展的要求,集团坚持马克思主义在意识形态领域的指导地位和党对新闻舆论工作的领导,"
             "坚持党报姓党和正确舆论导向,履行新闻舆论工作职责;坚持守正创新,遵循新闻传播规律,创新传播方式,"
             "建设全媒体传播格局,巩固主流舆论阵地的传播力、引导力、影响力、公信力;围绕中央大政方针和省委省政府"
             "中心工作发挥主流媒体的舆论引领作用。为推动集团全面协调可持续发展,设立了部门绩效目标:")

GOLD_YUNBAO = {
    "source": "yunnan-yunbao-bumenzhengti-zipingbaogao.docx",
    "source_urls": ["http://m.qwdsda.cn/html/2021/xinxigongkai_0429/118980.html"],
    "province": "云南省",
    "doc_kind": "部门整体支出绩效自评报告",
    "patterns": [10],
    "indicators": [],
    "goals": [{"kind": "绩效目标", "text": YUNBAO_GOAL}],
    "facts": [],
    "findings": [
        {"rule": "goal.unquantified", "item": YUNBAO_GOAL,
         "why": "The stated department goal is a policy phrase with no quantity, rate or deadline."},
    ],
    "notes": ("Prose only. 部门整体支出绩效自评报告 of 云南日报报业集团 (published 2021-04-29 in a Yunnan information-"
              "disclosure channel; the stored copy is a mirror that renders the text in traditional characters; "
              "rebuilt in simplified characters). Sections 一、部门基本情况 (一)部门概况 and (二)部门绩效目标的设立情况; "
              "paragraphs rewritten in my own words keeping every date and name. The stored page stops inside the "
              "first goal ('一是紧紧围绕…,紧紧围绕'), which is kept verbatim as the only goal; the lead-in paragraph "
              "describes the group's line, not a goal. No indicator rows."),
}

GOLDS = [GOLD_SHOUXIAN, GOLD_NANXIAN, GOLD_NANCHONG, GOLD_CHUXIONG, GOLD_YUNBAO]

# ---------------------------------------------------------------------------
# BUILDERS
# ---------------------------------------------------------------------------
from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt, Cm  # noqa: E402
import openpyxl  # noqa: E402
from openpyxl.styles import Alignment, Border, Side, Font  # noqa: E402
import datetime  # noqa: E402

THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center", horizontal="center")
WRAPL = Alignment(wrap_text=True, vertical="center", horizontal="left")


def new_wb():
    wb = openpyxl.Workbook()
    p = wb.properties
    p.creator = PART
    p.lastModifiedBy = PART
    p.created = datetime.datetime(2024, 1, 1)
    p.modified = datetime.datetime(2024, 1, 1)
    return wb


def put(ws, cell, value, align=WRAP, bold=False, size=10):
    c = ws[cell]
    c.value = value
    c.alignment = align
    c.font = Font(name="SimSun", bold=bold, size=size)
    return c


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BORDER


def setup_page(ws, landscape=True):
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def build_shouxian(path):
    wb = new_wb()
    ws = wb.active
    ws.title = "自评表"
    widths = {"A": 6, "B": 10, "C": 11, "D": 13, "E": 8, "F": 46, "G": 40, "H": 9}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.merge_cells("A1:H1")
    put(ws, "A1", "2023年度部门整体支出绩效评价自评表", bold=True, size=14)
    put(ws, "A2", "单位", align=WRAPL)
    ws.merge_cells("B2:H2")
    heads = ["序号", "一级\n指标", "二级\n指标", "三级\n指标", "指标分值", "指标解释", "指标说明及评分标准", "自评得分"]
    for i, h in enumerate(heads):
        put(ws, f"{chr(65 + i)}3", h, bold=True)
    r = 4
    for (no, l1, l2, l3cell, _name, pts, expl, std, got) in SHOUXIAN_ROWS:
        put(ws, f"A{r}", no)
        if l1:
            put(ws, f"B{r}", l1)
        if l2:
            put(ws, f"C{r}", l2)
        put(ws, f"D{r}", l3cell)
        put(ws, f"E{r}", pts)
        put(ws, f"F{r}", expl, align=WRAPL)
        put(ws, f"G{r}", std, align=WRAPL)
        if got is not None:
            put(ws, f"H{r}", int(got))
        ws.row_dimensions[r].height = 80
        r += 1
    # merges as on the page: 规划 over rows 4-8; 工作计划 rows 5-6; 绩效目标 rows 7-8
    ws.merge_cells("B4:B8")
    ws.merge_cells("C5:C6")
    ws.merge_cells("C7:C8")
    box(ws, f"A2:H{r - 1}")
    setup_page(ws)
    wb.save(path)


def set_cell(cell, text, bold=False, size=9, align="center"):
    cell.text = ""
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        run.font.name = "SimSun"
        run._element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if align == "center" else WD_ALIGN_PARAGRAPH.LEFT


def new_doc():
    d = Document()
    cp = d.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.created = datetime.datetime(2024, 1, 1)
    cp.modified = datetime.datetime(2024, 1, 1)
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    return d


def para(d, text, bold=False, size=10.5, center=False):
    p = d.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    run.font.name = "SimSun"
    run._element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def build_nanxian(path):
    d = new_doc()
    para(d, "南县民政局2022年项目支出绩效自评指标计分表", bold=True, size=14, center=True)
    para(d, "附件2")
    para(d, "2022年项目支出绩效自评指标计分表", bold=True, size=12, center=True)
    rows = len(NANXIAN_ROWS) + 1
    t = d.add_table(rows=rows, cols=6)
    t.style = "Table Grid"
    heads = ["一级\n指标", "二级\n指标", "三级\n指标", "自评分", "具体指标", "评价标准"]
    for i, h in enumerate(heads):
        set_cell(t.cell(0, i), h, bold=True)
    for r, (l1, l2, l3, sc, spec, std) in enumerate(NANXIAN_ROWS, start=1):
        if l1:
            set_cell(t.cell(r, 0), l1)
        if l2:
            set_cell(t.cell(r, 1), l2)
        set_cell(t.cell(r, 2), l3)
        set_cell(t.cell(r, 3), sc)
        set_cell(t.cell(r, 4), spec, align="left")
        set_cell(t.cell(r, 5), std, align="left")
    # merges: 项目决策 rows 1-5; 决策过程 rows 2-3; 资金分配 rows 4-5
    a = t.cell(1, 0).merge(t.cell(5, 0))
    set_cell(a, NANXIAN_ROWS[0][0])
    b = t.cell(2, 1).merge(t.cell(3, 1))
    set_cell(b, NANXIAN_ROWS[1][1])
    c = t.cell(4, 1).merge(t.cell(5, 1))
    set_cell(c, NANXIAN_ROWS[3][1])
    widths = [Cm(1.6), Cm(1.6), Cm(1.8), Cm(1.3), Cm(6.0), Cm(5.5)]
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = w
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.save(path)


def build_nanchong(path):
    wb = new_wb()
    ws = wb.active
    ws.title = "自评表"
    for col, w in zip("ABCDEFGHIJK", [12, 24, 12, 16, 9, 8, 8, 9, 10, 7, 22]):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:K1")
    put(ws, "A1", "部门预算项目支出绩效自评表(2023年度)", bold=True, size=14)
    ws.merge_cells("A2:B2"); put(ws, "A2", "项目名称")
    ws.merge_cells("C2:K2"); put(ws, "C2", "51130021T000000229367-退耕还林工程建设专项工作经费", align=WRAPL)
    ws.merge_cells("A3:B3"); put(ws, "A3", "主管部门")
    ws.merge_cells("C3:G3"); put(ws, "C3", "南充市林业", align=WRAPL)
    put(ws, "H3", "实施单位(盖章)")
    ws.merge_cells("I3:K3"); put(ws, "I3", "南充市林业局", align=WRAPL)
    ws.merge_cells("A4:A6"); put(ws, "A4", "项目基本情况")
    ws.merge_cells("B4:B5"); put(ws, "B4", "1.项目年度目标完成情况")
    ws.merge_cells("C4:G4"); put(ws, "C4", "项目年度目标")
    ws.merge_cells("H4:K4"); put(ws, "H4", "年度目标完成情况")
    ws.merge_cells("C5:G5"); put(ws, "C5", NANCHONG_GOAL, align=WRAPL)
    ws.merge_cells("H5:K5"); put(ws, "H5", NANCHONG_DONE, align=WRAPL)
    ws.row_dimensions[5].height = 75
    put(ws, "B6", "2.项目实施内容及过程概述")
    ws.merge_cells("C6:K6"); put(ws, "C6", NANCHONG_GOAL, align=WRAPL)
    ws.row_dimensions[6].height = 60
    # funds block (rows 7-12)
    ws.merge_cells("A7:A12"); put(ws, "A7", "预算执行情况(10分)")
    put(ws, "B7", "年度预算数(万元)")
    put(ws, "C7", "年初预算"); put(ws, "D7", "调整后预算数")
    ws.merge_cells("E7:G7"); put(ws, "E7", "预算执行数")
    put(ws, "H7", "预算执行率"); put(ws, "I7", "权重"); put(ws, "J7", "得分"); put(ws, "K7", "原因")
    funds = [("总额", "5.00", "5.00", "5.00", "100.00%", "10", ""),
             ("其中:财政资金", "5.00", "5.00", "5.00", "100.00%", "/", "/"),
             ("财政专户管理资金", "0.00", "0.00", "0.00", "0.00%", "/", "/"),
             ("单位资金", "0.00", "0.00", "0.00", "0.00%", "/", "/"),
             ("其他资金", "", "", "", "", "/", "/")]
    for i, (lab, a, b, c, rate, w, s) in enumerate(funds):
        r = 8 + i
        put(ws, f"B{r}", lab); put(ws, f"C{r}", a); put(ws, f"D{r}", b)
        ws.merge_cells(f"E{r}:G{r}"); put(ws, f"E{r}", c)
        put(ws, f"H{r}", rate); put(ws, f"I{r}", w); put(ws, f"J{r}", s)
    ws.merge_cells("K8:K12")
    put(ws, "K8", "1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);"
                  "2.年中发生预算调整的(追加或调减),应单独说明理由;3.其他资金包括:社会投入资金、银行贷款.",
        align=WRAPL, size=8)
    # indicator block: header in the middle of the form
    ws.merge_cells("A13:A14"); put(ws, "A13", "绩效指标(90分)")
    for col, h in zip("BCDEFGHIJK", ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位",
                                     "完成值", "权重", "得分", "未完成原因分析"]):
        put(ws, f"{col}13", h, bold=True)
    put(ws, "B14", "产出指标"); put(ws, "C14", "数量指标"); put(ws, "D14", "会议培训举办次数(次)")
    put(ws, "E14", "≥"); put(ws, "F14", "1"); put(ws, "G14", "次"); put(ws, "H14", "1")
    box(ws, "A2:K14")
    setup_page(ws)
    wb.save(path)


def build_chuxiong(path):
    d = new_doc()
    para(d, "首页 >> 公开信息内容", size=9)
    para(d, "中国共产党楚雄彝族自治州委员会宣传部2023年度部门决算公开", bold=True, size=14, center=True)
    t = d.add_table(rows=len(CHUXIONG_META), cols=2)
    for i, (k, v) in enumerate(CHUXIONG_META):
        set_cell(t.cell(i, 0), "• " + k + ":", align="left", size=10)
        set_cell(t.cell(i, 1), v, align="left", size=10)
    para(d, "")
    para(d, "监督索引号53230000274901000")
    para(d, "中国共产党楚雄彝族自治州委员会宣传部2023年度部门决算目录", bold=True, size=12, center=True)
    for part, items in CHUXIONG_TOC:
        para(d, part, bold=True)
        for it in items:
            para(d, it)
    para(d, "一部分 部门概况", bold=True, size=12)
    para(d, "一、主要职能", bold=True)
    para(d, "(一)主要职能")
    para(d, "中国共产党楚雄彝族自治州委员")
    d.save(path)


def build_yunbao(path):
    d = new_doc()
    para(d, "一、部门基本情况", bold=True, size=12)
    para(d, "(一)部门概况", bold=True)
    para(d, YUNBAO_P1)
    para(d, YUNBAO_P2)
    para(d, "(二)部门绩效目标的设立情况", bold=True)
    para(d, YUNBAO_P3 + YUNBAO_GOAL)
    d.save(path)


BUILDERS = [
    (GOLD_SHOUXIAN, build_shouxian),
    (GOLD_NANXIAN, build_nanxian),
    (GOLD_NANCHONG, build_nanchong),
    (GOLD_CHUXIONG, build_chuxiong),
    (GOLD_YUNBAO, build_yunbao),
]

# ---------------------------------------------------------------------------
# DETERMINISM, PDF, ANNOTATIONS, CHECK
# ---------------------------------------------------------------------------

def normalise_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + FIXED_ISO + r"\g<2>", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + FIXED_ISO + r"\g<2>", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def export_pdf(path):
    subprocess.run(["soffice", f"-env:UserInstallation=file:///tmp/lo_{PART}", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(path)[0] + ".pdf"


def squash(s):
    return re.sub(r"\s+", "", s or "")


def check(gold, pdf):
    text = squash(subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout)
    text2 = squash(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout)
    missing = []
    items = []
    for i in gold["indicators"]:
        items.append(i["name"])
        if i["target_text"]:
            items.append(i["target_text"])
    items += [g["text"] for g in gold["goals"]]
    items += [f["item"] for f in gold["findings"]]
    for it in items:
        s = squash(it)
        if s not in text and s not in text2:
            missing.append(it)
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    for gold, build in BUILDERS:
        src = os.path.join(HERE, gold["source"])
        build(src)
        normalise_zip(src)
        pdf = export_pdf(src)
        for fname in (gold["source"], os.path.basename(pdf)):
            g = copy.deepcopy(gold)
            g["source"] = fname
            with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as f:
                json.dump(g, f, ensure_ascii=False, indent=1)
        miss = check(gold, pdf)
        print(gold["source"], "rows", len(gold["indicators"]), "goals", len(gold["goals"]),
              "findings", len(gold["findings"]), "facts", len(gold["facts"]), "MISSING" if miss else "ok", miss)
        bad += bool(miss)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
