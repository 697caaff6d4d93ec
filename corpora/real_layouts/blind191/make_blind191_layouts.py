# -*- coding: utf-8 -*-
"""blind191: health-sector layouts (基本药物 / 慢性病防治 / 计划生育 / 妇幼两癌) rebuilt from stored public pages.

Gold first (as Python data), then builders for DOCX/XLSX, PDF export with LibreOffice,
annotations/<file>.json for source file and PDF, and a pdftotext presence check.
Run: /tmp/venv/bin/python make_blind191_layouts.py
"""
import copy
import json
import os
import re
import subprocess
import sys
import zipfile
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PART = "blind191"
FIXED_DT = datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (2024, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------

# A. 旺苍县 基本药物制度补助资金 转移支付 绩效目标自评表 (2021年度), XLSX
WC_GOAL = ("按专款专用原则统筹使用财政安排的补助资金，推行基本药物制度，"
           "保证基层医疗机构和村卫生室正常运转，使国家基本药物制度顺利实施。")
WC_ACTUAL = ("全年完成基层医疗卫生机构基本药物制度补助2300.67万元（中央补助442.43万元、"
             "地方财政补助1858.24万元）；其中村卫生室基本药物制度补助完成471.23元，"
             "含中央补助189.63万元、地方财政补助281.6万元")
GOLD_WC = {
    "source": "sichuan-wangcang-jibenyaowu-zipingbiao.xlsx",
    "source_urls": ["https://scgw.gov.cn/Detail.aspx?id=20220601112823798"],
    "province": "四川省",
    "doc_kind": "绩效自评表",
    "patterns": [1, 6, 10],
    "indicators": [
        {"level1": None, "level2": "数量指标",
         "name": "指标1:政府办基层医疗卫生机构实施国家基本药物制度覆盖率",
         "operator": None, "value": 37, "unit": "个",
         "target_text": "实施乡镇社区基层医疗机构37个。", "actual": 37, "weight": None, "score": None},
        {"level1": None, "level2": "数量指标",
         "name": "指标2:村卫生室实施国家基本药物制度",
         "operator": None, "value": 352, "unit": "个",
         "target_text": "实施基本药物制度补助村卫生室352个。", "actual": 352, "weight": None, "score": None},
        {"level1": None, "level2": "质量指标",
         "name": "指标1:基层医疗卫生机构实施基本药物制度补助。",
         "operator": None, "value": 37, "unit": "个",
         "target_text": "37个基层医疗机构", "actual": 100, "weight": None, "score": None},
        {"level1": None, "level2": "质量指标",
         "name": "指标2:村卫生",
         "operator": None, "value": None, "unit": None,
         "target_text": "", "actual": None, "weight": None, "score": None},
    ],
    "goals": [{"kind": "总体目标", "text": WC_GOAL}],
    "facts": [
        {"metric": "年度资金总额(全年预算数)", "kind": "sum", "total": 2300.67, "parts": [442.43, 1858.24], "unit": "万元"},
        {"metric": "年度资金总额(全年执行数)", "kind": "sum", "total": 2300.67, "parts": [442.43, 1858.24], "unit": "万元"},
        {"metric": "年度资金总额执行率", "kind": "rate", "planned": 2300.67, "actual": 2300.67, "stated_rate": 100, "unit": "%"},
        {"metric": "中央补助执行率", "kind": "rate", "planned": 442.43, "actual": 442.43, "stated_rate": 100, "unit": "%"},
        {"metric": "地方资金执行率", "kind": "rate", "planned": 1858.24, "actual": 1858.24, "stated_rate": 100, "unit": "%"},
        {"metric": "村卫生室实施基本药物制度补助", "kind": "sum", "total": 471.23, "parts": [189.63, 281.6], "unit": "万元",
         "note": "total written '471.23元' in the document, parts in 万元"},
    ],
    "findings": [
        {"rule": "target.unit_mismatch", "item": "指标1:政府办基层医疗卫生机构实施国家基本药物制度覆盖率",
         "why": "name is a 覆盖率 (rate) but the target is a count, 37个"},
        {"rule": "target.misfiled_dimension", "item": "指标1:基层医疗卫生机构实施基本药物制度补助。",
         "why": "质量指标 row whose target is a count of institutions (37个基层医疗机构), a quantity restating 数量 row 1; actual given as 100%"},
        {"rule": "target.missing_value", "item": "指标2:村卫生",
         "why": "row has a (cut) name and no target or actual value: the stored page stops inside this row"},
        {"rule": "goal.unquantified", "item": WC_GOAL,
         "why": "goal names no number, coverage rate or date"},
        {"rule": "consistency.sum", "item": "村卫生室实施基本药物制度补助",
         "why": "total written as 471.23元 while its parts are 189.63万元 + 281.6万元 (unit typo; 万元 intended)"},
        {"rule": "coverage.missing_dimension", "item": "效益指标",
         "why": "the table as stored holds only 数量/质量 rows; no 效益 rows"},
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "no 满意度 rows in the table as stored"},
    ],
    "notes": ("Stored page (scgw.gov.cn 旺苍县政府网, 2022-06-01) is an HTML rendering of the form; it stops inside "
              "the second 质量指标 row ('指标2:村卫生'), which is reproduced as a cut row. The 一级指标 column is empty "
              "on the page (no 产出指标 label), kept empty and merged. Amounts and the '471.23元' typo kept as written. "
              "Goal and actual-completion cells reworded keeping every number. 中央主管部门 left empty as on the page. "
              "Row 3 actual is '100%' against a count target; actual recorded as 100."),
}

# B. 梓潼县 2024年县级配套慢性病防治专项经费 绩效自评报告, DOCX (prose with indicator list)
ZT_GOAL = "用于慢性病防治培训、宣传和综合督导检查等。"
ZT_QTY = ("1、数量指标:2024年上级下达死因监测粗死亡率大于650/10万,实际完成850.1/10恶性肿瘤报告发病大于200/10万"
          "实际完成316.95/10恶性肿瘤报告死亡率大于150/10万实际完成205.38/10万心血管疾病早期筛查与综合干预初筛调查完成率100%,"
          "实际完成107%;心血管疾病早期筛查与综合干预高危干预率95%,实际完成172%;心血管疾病早期筛查与综合干预长期随访干预完成率80%,"
          "实际完成187%;儿童窝沟封闭颗数2000颗,实际完成2021颗,局部用氟500人,实际完成509人;疟疾血检150人,实际完成152人。")
ZT_QUAL = ("2、质量指标: 死因编码错误率小于5%,实际0.5%;身份证号填写完整率98%,实际100%;肿瘤死亡发病比0.6-0.8,实际0.67;"
           "肿瘤发病病理诊断率大于66%,实际72.85%;窝沟封闭完好率(存留率)85%,实际89.84%。")
ZT_TIME = "3、时效指标:死因迟审率小于1"


def _zi(l2, name, op, val, unit, tt, act):
    return {"level1": None, "level2": l2, "name": name, "operator": op, "value": val, "unit": unit,
            "target_text": tt, "actual": act, "weight": None, "score": None}


GOLD_ZT = {
    "source": "sichuan-zitong-manxingbing-zipingbaogao.docx",
    "source_urls": ["http://www.zitong.gov.cn/zwgk/zdgk/ysjx/xmjxbg/44424227.html"],
    "province": "四川省",
    "doc_kind": "绩效自评报告",
    "patterns": [6, 10],
    "indicators": [
        _zi("数量指标", "死因监测粗死亡率", ">", 650, "/10万", "大于650/10万", 850.1),
        _zi("数量指标", "恶性肿瘤报告发病", ">", 200, "/10万", "大于200/10万", 316.95),
        _zi("数量指标", "恶性肿瘤报告死亡率", ">", 150, "/10万", "大于150/10万", 205.38),
        _zi("数量指标", "心血管疾病早期筛查与综合干预初筛调查完成率", None, 100, "%", "100%", 107),
        _zi("数量指标", "心血管疾病早期筛查与综合干预高危干预率", None, 95, "%", "95%", 172),
        _zi("数量指标", "心血管疾病早期筛查与综合干预长期随访干预完成率", None, 80, "%", "80%", 187),
        _zi("数量指标", "儿童窝沟封闭颗数", None, 2000, "颗", "2000颗", 2021),
        _zi("数量指标", "局部用氟", None, 500, "人", "500人", 509),
        _zi("数量指标", "疟疾血检", None, 150, "人", "150人", 152),
        _zi("质量指标", "死因编码错误率", "<", 5, "%", "小于5%", 0.5),
        _zi("质量指标", "身份证号填写完整率", None, 98, "%", "98%", 100),
        _zi("质量指标", "肿瘤死亡发病比", None, None, None, "0.6-0.8", 0.67),
        _zi("质量指标", "肿瘤发病病理诊断率", ">", 66, "%", "大于66%", 72.85),
        _zi("质量指标", "窝沟封闭完好率(存留率)", None, 85, "%", "85%", 89.84),
        _zi("时效指标", "死因迟审率", "<", 1, None, "小于1", None),
    ],
    "goals": [{"kind": "绩效目标", "text": ZT_GOAL}],
    "facts": [
        {"metric": "县级配套慢性病防治专项经费执行率", "kind": "rate", "planned": 2.0, "actual": 2.0, "stated_rate": 100,
         "unit": "万元", "note": "budget written '合计2.0' without unit; 实际使用2.0万元; 资金到位率100%"},
    ],
    "findings": [
        {"rule": "target.too_low", "item": "心血管疾病早期筛查与综合干预高危干预率",
         "why": "target 95%, actual 172% (181% of target)"},
        {"rule": "target.too_low", "item": "心血管疾病早期筛查与综合干预长期随访干预完成率",
         "why": "target 80%, actual 187% (234% of target)"},
        {"rule": "target.too_low", "item": "恶性肿瘤报告发病",
         "why": "target >200/10万, actual 316.95 (158% of target)"},
        {"rule": "target.too_low", "item": "死因编码错误率",
         "why": "ceiling <5% while actual is 0.5%: the limit is ten times looser than achieved"},
        {"rule": "target.missing_unit", "item": "死因迟审率",
         "why": "target '小于1' has no unit (the stored page stops there)"},
        {"rule": "goal.process_only", "item": ZT_GOAL,
         "why": "the goal lists activities the money pays for (培训、宣传、督导检查), no result"},
        {"rule": "goal.unquantified", "item": ZT_GOAL, "why": "no number in the goal"},
        {"rule": "coverage.missing_dimension", "item": "效益指标",
         "why": "the indicator analysis as stored covers 数量/质量/时效 only"},
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "no satisfaction indicator in the document as stored"},
    ],
    "notes": ("Stored page (梓潼县政府网, 2025-09-17) stops at '死因迟审率小于1'. The indicator list is kept near "
              "verbatim, including the missing separators and the '/10' typos ('850.1/10', '316.95/10' for /10万). "
              "The (二)总体绩效目标完成情况 paragraph is reworded. '合计2.0' keeps its missing unit. "
              "肿瘤死亡发病比 0.6-0.8 is a range: operator and value left null."),
}

# C. 计划生育优质服务 评价指标 (framework; page gives no issuing body), DOCX
JS_GOAL = "实现计划生育“两个转变”稳定低生育水平满足群众需求推进综合改革,制定和完善各项政策、措施,建立新的工作机制。"
JS_M1 = "同党政领导座谈,听取汇报,查阅有关文档、制度、规范;查阅计算机信息或报表;加权综合本表中带*的指标"
JS_M2 = "育龄群众座谈、入户访谈;查阅服务记录、档案;查阅村民自治章程、协议书;查阅相关制度、工作计划、群众需求分析报告、信访资料;问卷调查;"
JS_M3 = "五普资料及统计表;"
JS_M4 = "实地观察,入户访谈;育龄群众座谈,服务人员座谈;查阅服务文书、档案和门诊记录、随访记录、问卷调查;"
JS_L2A = "公民合法权益得到维护和尊重"
JS_L2B = "出生性别结构适宜"
JS_L2C = "公民获得规范的避孕节育服务和基本的生殖保健服务"
JS_ROWS = [  # (level1, level2, name, op, value, unit, target_text)
    ("目标", None, "近三年符合政策生育率达95%以上。", ">=", 95, "%", "达95%以上"),
    ("目标", None, "群众满意率达85%以上。", ">=", 85, "%", "达85%以上"),
    ("效果", JS_L2A, "*4、群众享受法律、法规、政策规定的各项计划生育奖励奖励优惠政策的落实率达90%", ">=", 90, "%", "达90%"),
    ("效果", JS_L2A, "*5、已婚育龄夫妇免费享有基本项目的计划生育技术服务,落实率达100%。", ">=", 100, "%", "达100%"),
    ("效果", JS_L2A, "*6、开展规范的避孕方法知情选择的村达90%以上,计划生育手术全面做到规范的知情同意。", ">=", 90, "%", "达90%以上"),
    ("效果", JS_L2A, "*7、实行计划生育村(居)民自治村达90%。", ">=", 90, "%", "达90%"),
    ("效果", JS_L2A, "*8、建立科学的决策程序,将群众需求纳入决策的重要依据。", None, None, None, ""),
    ("效果", JS_L2A, "*9、群众对计划生育管理程序、工作态度满意程度逐步提高。", None, None, None, "逐步提高"),
    ("效果", JS_L2B, "*10、近三年平均出生性别比低于110。", "<", 110, None, "低于110"),
    ("效果", JS_L2C, "*11、县级服务站达到“环境优美、技术优良、服务优质、管理科学、群众满意”“先进服务站”的要求。", None, None, None,
     "达到“环境优美、技术优良、服务优质、管理科学、群众满意”“先进服务站”的要求"),
    ("效果", JS_L2C, "12、已婚育龄妇女综合避孕率85%以上;。", ">=", 85, "%", "85%以上"),
    ("效果", JS_L2C, "13、提供规范的咨询服务,规范的术后随访率和药具随访服务率达95%。近三年无计划生育技术服务事故发生,手术并发症发生率控制在1‰以下。",
     ">=", 95, "%", "达95%"),
    ("效果", JS_L2C, "14、育龄妇女接受规范的基本生殖健康服务率达80%,男性参与生殖健康活动和服务人数占接受服务人群的20%以上。",
     ">=", 80, "%", "达80%"),
]
GOLD_JS = {
    "source": "quanguo-xianji-jihuashengyu-pingjiazhibiao.docx",
    "source_urls": ["https://m.daumloan.com/p-319150027.html"],
    "province": "全国",
    "doc_kind": "评价指标体系",
    "patterns": [1, 5, 6],
    "indicators": [
        {"level1": r[0], "level2": r[1], "name": r[2], "operator": r[3], "value": r[4], "unit": r[5],
         "target_text": r[6], "actual": None, "weight": None, "score": None} for r in JS_ROWS
    ],
    "goals": [{"kind": "目标", "text": JS_GOAL}],
    "facts": [],
    "findings": [
        {"rule": "target.impossible_value", "item": JS_ROWS[3][2],
         "why": "'落实率达100%' reads as >=100%, which can only mean =100%"},
        {"rule": "target.qualitative_no_scale", "item": JS_ROWS[6][2],
         "why": "requirement with no value and no grading rule"},
        {"rule": "target.vague_wording", "item": JS_ROWS[7][2],
         "why": "'逐步提高' with no baseline or number"},
        {"rule": "goal.unquantified", "item": JS_GOAL,
         "why": "target statement of the 目标 row names no number"},
    ],
    "notes": ("Scoring framework (county 计划生育优质服务 assessment: 项目 / 客观评价指标 / 评价方法), used because "
              "no further spending form in the health angle was left unused. The stored page gives no issuing body or "
              "province ('五普资料' dates it to the 2000s); province set to 全国 as a judgement call. The page starts with "
              "the 目标 block (items 1-3 are not numbered) and stops after the 评价方法 text of the last block. "
              "The grouping of rows under 项目 labels and of 评价方法 cells is my reading of the flat page text. "
              "The 目标 sentence sits in the second 项目 column; it is recorded as a goal and level2 is null for the two "
              "目标 rows. Items 13 and 14 each hold two measures in one cell (95% + 1‰; 80% + 20%): one indicator each, "
              "first value recorded. Typos kept ('奖励奖励', '85%以上;。')."),
}

# D. 泸西县 白水镇 2020年村级计划生育宣传员生活补助资金 绩效评价自评报告, DOCX (prose)
LX_GOAL = "按时发放计生宣传员生活补助,计划生育宣传员按年度目标管理工作任务完成计生政策宣传,生殖健康服务,人口信息报送工作。"
GOLD_LX = {
    "source": "yunnan-luxi-jishengxuanchuanyuan-zipingbaogao.docx",
    "source_urls": ["https://www.hhlx.gov.cn/info/3041/290921.htm"],
    "province": "云南省",
    "doc_kind": "绩效自评报告",
    "patterns": [10],
    "indicators": [],
    "goals": [{"kind": "项目绩效目标", "text": LX_GOAL}],
    "facts": [
        {"metric": "村级计划生育宣传员生活补助资金", "kind": "sum", "total": 46080, "parts": [17280, 28800], "unit": "元"},
        {"metric": "补助资金发放", "kind": "sum", "total": 46080, "parts": [28800, 17280], "unit": "元",
         "note": "州级28800元 2020-11-10 发放, 省级17280元 2020-12-18 发放; 共计46080元全部发放完毕"},
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": LX_GOAL,
         "why": "no number of 宣传员, no amount, no deadline ('按时')"},
        {"rule": "goal.unmeasured", "item": LX_GOAL,
         "why": "the report as stored states no indicator that backs the goal"},
    ],
    "notes": ("Stored page (泸西县财政局, 2021-08-05) stops at '2. 项目完成质量 白水镇'. Prose reworded keeping every "
              "amount and date; the goal sentence is short and kept verbatim. No indicator table in the stored part."),
}

# E. 湘西州 出生缺陷三级防控和农村适龄妇女“两癌”免费检查 项目绩效自评报告 (2020), DOCX (prose)
GOLD_XX = {
    "source": "hunan-xiangxi-chushengquexian-liangai-zipingbaogao.docx",
    "source_urls": ["https://wsjkwyh.xxz.gov.cn/slhzq/xwdt/tzgg1/202108/t20210801_1811979.html"],
    "province": "湖南省",
    "doc_kind": "绩效自评报告",
    "patterns": [8, 10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "出生缺陷三级防控和农村适龄妇女“两癌”免费检查项目资金", "kind": "amount", "total": 834, "parts": [], "unit": "万元"},
    ],
    "findings": [],
    "notes": ("Stored page (湘西州卫健委, 2021-08-01) holds the report cover block and the two opening paragraphs; it "
              "stops mid-sentence at '并依据拟定的评价指标体系及评'. Cover block kept as written (fields, 8 实施单位, "
              "支出科目编码 2100409, 报告时间 2021 年 6 月); opening paragraphs reworded keeping document numbers and "
              "834万元. No goal, indicator or finding in the stored part."),
}

GOLDS = [GOLD_WC, GOLD_ZT, GOLD_JS, GOLD_LX, GOLD_XX]

# ---------------------------------------------------------------------------
# BUILDERS
# ---------------------------------------------------------------------------
from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt, Cm  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, Side  # noqa: E402

CJK = "Noto Serif CJK SC"


def new_doc(landscape=False):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = CJK
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), CJK)
    sec = d.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(2.0))
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    cp = d.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.title = ""
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


def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold


def fix_zip(path):
    """Rewrite an OOXML zip with fixed timestamps and fixed core-property dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, data in items:
        if name == "docProps/core.xml":
            s = data.decode("utf-8")
            s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2024-01-01T00:00:00Z\2", s)
            s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2024-01-01T00:00:00Z\2", s)
            data = s.encode("utf-8")
        out.append((name, data))
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in out:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    os.replace(tmp, path)


# ---- A: 旺苍 XLSX ----------------------------------------------------------
def build_wangcang(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "自评表"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    center = Alignment(wrap_text=True, vertical="center", horizontal="center")
    widths = {"A": 17, "B": 12, "C": 44, "D": 30, "E": 36, "F": 22}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    def put(ref, val, al=wrap, bold=False):
        c = ws[ref]
        c.value = val
        c.alignment = al
        if bold:
            c.font = Font(bold=True)
        return c

    ws.merge_cells("A1:F1")
    put("A1", "旺苍县卫生健康局基本药物制度补助资金转移支付区域(项目)绩效目标自评表", center, True)
    ws.merge_cells("A2:F2")
    put("A2", "(2021年度)", center)
    put("A3", "转移(项目)名称")
    ws.merge_cells("B3:F3")
    put("B3", "基本药物制度补助资金")
    put("A4", "中央主管部门")
    ws.merge_cells("B4:F4")
    put("A5", "地方主管部门")
    ws.merge_cells("B5:C5")
    put("B5", "旺苍县卫生健康局")
    put("D5", "资金使用单位")
    ws.merge_cells("E5:F5")
    put("E5", "旺苍县卫生健康局")
    ws.merge_cells("A6:A10")
    put("A6", "项目资金(万元)", center)
    for r in range(6, 11):
        ws.merge_cells(f"B{r}:C{r}")
    put("D6", "全年预算数(A)", center)
    put("E6", "全年执行数(B)", center)
    put("F6", "执行率(B/A)", center)
    money = [("年度资金总额:", 2300.67, 2300.67, "100%"),
             (" 其中:中央补助", 442.43, 442.43, "100%"),
             ("       地方资金", 1858.24, 1858.24, "100%"),
             ("       其他资金", None, None, None)]
    for i, (lab, a, b, rate) in enumerate(money):
        r = 7 + i
        put(f"B{r}", lab)
        for col, v in (("D", a), ("E", b)):
            c = put(f"{col}{r}", v, center)
            c.number_format = "0.00"
        put(f"F{r}", rate, center)
    ws.merge_cells("A11:A12")
    put("A11", "总体目标完成情况", center)
    ws.merge_cells("B11:C11")
    put("B11", "总体目标", center)
    ws.merge_cells("D11:F11")
    put("D11", "全年实际完成情况", center)
    ws.merge_cells("B12:C12")
    put("B12", WC_GOAL, Alignment(wrap_text=True, vertical="top"))
    ws.merge_cells("D12:F12")
    put("D12", WC_ACTUAL, Alignment(wrap_text=True, vertical="bottom"))
    for col, h in zip("ABCDEF", ["一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "未完成原因和改进措施"]):
        put(f"{col}13", h, center, True)
    ws.merge_cells("A14:A17")
    ws.merge_cells("B14:B15")
    put("B14", "数量指标", center)
    ws.merge_cells("B16:B17")
    put("B16", "质量指标", center)
    rows = [
        ("指标1:政府办基层医疗卫生机构实施国家基本药物制度覆盖率", "实施乡镇社区基层医疗机构37个。",
         "本年度已完成37个基层医疗机构基药补助制度实施。"),
        ("指标2:村卫生室实施国家基本药物制度", "实施基本药物制度补助村卫生室352个。",
         "本年度已完成352个村卫生室基药补助的实施。"),
        ("指标1:基层医疗卫生机构实施基本药物制度补助。", "37个基层医疗机构", "100%"),
        ("指标2:村卫生", None, None),
    ]
    for i, (n, t, a) in enumerate(rows):
        r = 14 + i
        put(f"C{r}", n)
        put(f"D{r}", t)
        put(f"E{r}", a)
    for row in ws.iter_rows(min_row=3, max_row=17, min_col=1, max_col=6):
        for c in row:
            c.border = border
    ws.row_dimensions[12].height = 96
    for r in (14, 15):
        ws.row_dimensions[r].height = 30
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = PART
    wb.properties.lastModifiedBy = PART
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.save(path)


# ---- B: 梓潼 DOCX ----------------------------------------------------------
def build_zitong(path):
    d = new_doc()
    para(d, "梓潼县2024年县级配套慢性病防治专项经费绩效自评报告", bold=True, center=True, size=15)
    para(d, "2025-09-17 17:49 作者:梓潼县卫生健康局  来源:梓潼县卫生健康局", center=True, size=9)
    para(d, "一、项目基本情况", bold=True)
    para(d, "(一)绩效目标情况。" + ZT_GOAL)
    para(d, "(二)资金安排情况。依据梓潼县财政局下达2024年部门年初预算的通知,2024县级配套慢性病防治专项经费合计2.0")
    para(d, "二、绩效目标完成情况分析", bold=True)
    para(d, "(一)预算执行进度情况。2024县级配套慢性病防治专项经费合计2.0资金到位率100%,实际使用2.0万元,项目执行率100%")
    para(d, "(二)总体绩效目标完成情况分析")
    para(d, "全年集中开展了全民健康生活方式、“健走天府.万步有约”、世界肿瘤防治宣传周等宣传活动;按要求完成死因监测、"
            "肿瘤监测、心血管事件监测、儿童口腔疾病综合干预、心脑血管疾病早期筛查干预以及巩固省级慢性病示范区成果等工作,"
            "各项业务工作指标的完成率都达到省、市要求。")
    para(d, "(三)绩效指标完成情况分析")
    para(d, ZT_QTY)
    para(d, ZT_QUAL)
    para(d, ZT_TIME)
    d.save(path)


# ---- C: 计划生育评价指标 DOCX ----------------------------------------------
def build_jisheng(path):
    d = new_doc(landscape=True)
    n = 1 + len(JS_ROWS)
    t = d.add_table(rows=n, cols=4)
    t.style = "Table Grid"
    widths = [Cm(2.0), Cm(6.0), Cm(11.5), Cm(6.2)]
    t.autofit = False
    grid = t._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i].twips)))
    for row in t.rows:
        trpr = row._tr.get_or_add_trPr()
        cs = trpr.makeelement(qn("w:cantSplit"), {})
        trpr.append(cs)
        for i, c in enumerate(row.cells):
            c.width = widths[i]
    hdr = t.cell(0, 0).merge(t.cell(0, 1))
    set_cell(hdr, "项目", bold=True)
    set_cell(t.cell(0, 2), "客观评价指标", bold=True)
    set_cell(t.cell(0, 3), "评价方法", bold=True)
    # body rows 1..13 follow JS_ROWS
    for i, r in enumerate(JS_ROWS):
        set_cell(t.cell(1 + i, 2), r[2])
    # column 0 labels
    set_cell(t.cell(1, 0).merge(t.cell(2, 0)), "目标")
    set_cell(t.cell(3, 0).merge(t.cell(n - 1, 0)), "效果")
    # column 1 labels
    set_cell(t.cell(1, 1).merge(t.cell(2, 1)), JS_GOAL)
    set_cell(t.cell(3, 1).merge(t.cell(8, 1)), JS_L2A)
    set_cell(t.cell(9, 1), JS_L2B)
    set_cell(t.cell(10, 1).merge(t.cell(n - 1, 1)), JS_L2C)
    # column 3 methods
    set_cell(t.cell(1, 3).merge(t.cell(2, 3)), JS_M1)
    set_cell(t.cell(3, 3).merge(t.cell(8, 3)), JS_M2)
    set_cell(t.cell(9, 3), JS_M3)
    set_cell(t.cell(10, 3).merge(t.cell(n - 1, 3)), JS_M4)
    d.save(path)


# ---- D: 泸西 DOCX ----------------------------------------------------------
def build_luxi(path):
    d = new_doc()
    para(d, "2020年村级计划生育宣传员生活补助资金项目绩效评价自评报告", bold=True, center=True, size=15)
    para(d, "发布机构:泸西县财政局    发布日期:2021-08-05    时效性:有效", center=True, size=9)
    para(d, "一、项目基本情况", bold=True)
    para(d, "(一)项目概况")
    para(d, "本项资金由2020年村级计划生育宣传员生活补助的省级配套补助资金17280元和州级补助资金28800元组成,两项合计46080元。")
    para(d, "(二)项目绩效目标")
    para(d, LX_GOAL)
    para(d, "二、绩效评价指标分析情况", bold=True)
    para(d, "(一)项目资金收支管理分析")
    para(d, "1.项目资金到位情况")
    para(d, "州级补助资金28800元于2020年11月9日拨付到账,省级补助资金17280元于2020年12月15日拨付到账。")
    para(d, "2.项目资金使用情况分析")
    para(d, "州级补助资金28800元已于2020年11月10日发放,省级补助资金17280元已于2020年12月18日发放。")
    para(d, "3.项目资金管理情况分析")
    para(d, "资金单独设账核算,专款专用并由专人管理,按发放标准准确兑付。白水镇财政所负责审核报账资料和会计核算:"
            "报账文件、资料或凭证不符合要求的一律不予报账;各项收支均核算到具体项目,账务清楚,并接受各级部门和项目领导小组的管理与监督。")
    para(d, "(二)项目管理情况分析")
    para(d, "补助款由白水镇社会保障服务中心依据镇内计生宣传员的实际情况造册,经相关主要领导审核签字后,由财政所发放至宣传员个人账户。")
    para(d, "(三)项目绩效情况分析")
    para(d, "1.项目成本(预算)控制情况")
    para(d, "补助款按下达的资金额度、严格依照补助标准发放,合计46080元已全部发放完毕。")
    para(d, "2. 项目完成质量")
    para(d, "白水镇")
    d.save(path)


# ---- E: 湘西 DOCX ----------------------------------------------------------
def build_xiangxi(path):
    d = new_doc()
    cover = [
        "项目名称:湘西自治州卫健委2020年度“出生缺陷三级防控和农村适龄妇女‘两癌’免费检查”",
        "支出科目编码:2100409",
        "项目实施单位:吉首市卫健局、泸溪县卫健局、凤凰县卫健局、 古丈县卫健局、花垣县卫健局、保靖县卫健局、永顺县卫健局、龙山县卫健局",
        "主管部门:湘西自治州卫健委",
        "评价方式:湘西州卫健委绩效自评",
        "评价机构:湘西州卫健委评价组",
        "单位名称(盖章):湘西自治州卫健委",
        "报告时间: 2021 年 6 月",
    ]
    for line in cover:
        para(d, line)
    d.add_page_break()
    para(d, "湘西自治州卫健委2020年“出生缺陷三级防控和农村适龄妇女‘两癌’免费检查”项目绩效自评报告",
         bold=True, center=True, size=14)
    para(d, "为全面了解“出生缺陷三级防控和农村适龄妇女‘两癌’免费检查”项目的资金使用和绩效情况,规范财政专项资金管理,"
            "提升预算精细化和科学化管理水平,按照《中共湖南省委办公厅 湖南省人民政府办公厅关于全面实施预算绩效管理的实施意见》"
            "(湘办发〔2019〕10号)、《湘西自治州州级预算部门项目支出绩效自评操作规程》(州财绩〔2021〕7号)和"
            "《湘西自治州财政局关于开展2020年度州直预算部门(单位)项目支出绩效自评工作的通知》(州财绩〔2021〕9号)的要求,"
            "湘西自治州卫健委绩效评价组对2020年度州本级该项目资金834万元开展了绩效评价。")
    para(d, "评价中,湘西自治州卫健委对所提供评价资料的真实性、合法性和完整性负责;评价组结合实际,检查了内部规章制度,"
            "抽查了会计凭证,开展了问卷调查,并抽查核实项目投入、产出、时效、效益等情况,实施了我们认为必要的评价程序,"
            "并依据拟定的评价指标体系及评")
    d.save(path)


BUILDERS = {
    GOLD_WC["source"]: build_wangcang,
    GOLD_ZT["source"]: build_zitong,
    GOLD_JS["source"]: build_jisheng,
    GOLD_LX["source"]: build_luxi,
    GOLD_XX["source"]: build_xiangxi,
}


def to_pdf(path):
    subprocess.run(["soffice", f"-env:UserInstallation=file:///tmp/lo_{PART}", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(path)[0] + ".pdf"


def norm(s):
    return re.sub(r"\s+", "", s or "")


def check_pdf(pdf, gold):
    txt = norm(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout)
    need = []
    for ind in gold["indicators"]:
        need.append(("indicator", ind["name"]))
        if ind["target_text"]:
            need.append(("target", ind["target_text"]))
    for g in gold["goals"]:
        need.append(("goal", g["text"]))
    for f in gold["findings"]:
        if f["rule"] == "coverage.missing_dimension":
            continue  # the item names what is absent
        if f["rule"].startswith("consistency."):
            continue  # metric names are labels of facts, checked below by their numbers
        need.append(("finding", f["item"]))
    missing = [(k, v) for k, v in need if norm(v) not in txt]
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    for gold in GOLDS:
        src = os.path.join(HERE, gold["source"])
        BUILDERS[gold["source"]](src)
        fix_zip(src)
        pdf = to_pdf(src)
        for fn in (os.path.basename(src), os.path.basename(pdf)):
            g = copy.deepcopy(gold)
            g["source"] = fn
            with open(os.path.join(ANN, fn + ".json"), "w", encoding="utf-8") as fh:
                json.dump(g, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        missing = check_pdf(pdf, gold)
        status = "ok" if not missing else f"MISSING {missing}"
        if missing:
            bad += 1
        print(f"{gold['source']}: {len(gold['indicators'])} ind, {len(gold['goals'])} goals, "
              f"{len(gold['findings'])} findings, {len(gold['facts'])} facts -> {status}")
    tot = {k: sum(len(g[k]) for g in GOLDS) for k in ("indicators", "goals", "findings", "facts")}
    print("totals", tot)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
