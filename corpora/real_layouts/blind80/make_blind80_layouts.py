"""Blind part 80 of the real-layout corpus: documents rebuilt from stored public pages, with hand-written gold.

Written without reading the toolkit's code. Each document reproduces the layout of one stored page (header rows,
merged cells, empty cells, odd wording as found); facts (names, values, units, amounts, dates) as written; longer
sentences in our own words with the same numbers. Each stops where the stored page stops.

Run:  /tmp/venv/bin/python make_blind80_layouts.py [--no-pdf]
Writes the DOCX/XLSX files, their PDFs (LibreOffice) and annotations/<file>.json (gold, written before anything
ran on the files). DOCX/XLSX are deterministic: core properties pinned to 2025-01-01, zip entries rewritten with a
fixed date in a fixed order.
"""
import copy
import json
import os
import re
import subprocess
import sys
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = datetime(2025, 1, 1, 0, 0, 0)


# ---------------------------------------------------------------- helpers
def normalise_zip(path):
    """Rewrite a zip with every entry dated 2025-01-01, [Content_Types].xml first, the rest sorted."""
    with zipfile.ZipFile(path) as z:
        items = {i.filename: z.read(i.filename) for i in z.infolist()}
    if "docProps/core.xml" in items:  # openpyxl stamps the save time into dcterms:modified
        items["docProps/core.xml"] = re.sub(
            rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>2025-01-01T00:00:00Z\g<2>",
            items["docProps/core.xml"])
    names = sorted(items)
    if "[Content_Types].xml" in names:
        names.remove("[Content_Types].xml")
        names.insert(0, "[Content_Types].xml")
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for n in names:
            info = zipfile.ZipInfo(n, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, items[n])
    os.replace(tmp, path)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    cp = doc.core_properties
    cp.author = "blind80"
    cp.last_modified_by = "blind80"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    return doc


def para(doc, text, bold=False, center=False, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def save_docx(doc, name):
    path = os.path.join(HERE, name)
    doc.save(path)
    normalise_zip(path)
    return path


def save_xlsx(wb, name):
    wb.properties.creator = "blind80"
    wb.properties.lastModifiedBy = "blind80"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    path = os.path.join(HERE, name)
    wb.save(path)
    normalise_zip(path)
    return path


THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")


def put(ws, ref, value, merge_to=None, bold=False, center=False):
    ws[ref] = value
    c = ws[ref]
    c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center" if center else None)
    if bold:
        c.font = Font(bold=True)
    if merge_to:
        ws.merge_cells(f"{ref}:{merge_to}")


def box_all(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


# ---------------------------------------------------------------- document 1: 青山区统计局 2020 目标表 (XLSX)
QS_GOAL_MID_1 = ("经济普查:全面摸清本区第二、第三产业的规模、布局与效益,掌握产业组织、产业结构、产业技术和产业形态的现状"
                 "及各生产要素的构成,查明全区法人单位的资产负债状况和新兴产业发展情况。")
QS_GOAL_MID_2 = ("人口普查:查明人口在数量、结构、分布和居住环境等方面的变化,为编制国民经济和社会发展规划、统筹安排群众"
                 "物质文化生活、推进可持续发展提供准确的统计信息。")
QS_GOAL_YEAR_1 = "经济普查:按市经普办统一安排,完成本区第四次经济普查的资料整理归档、数据开发和工作总结等工作。"
QS_GOAL_YEAR_2 = "人口普查:按市人普办统一安排,组建普查机构,完成两员选调与培训、入户普查登记等工作。"


def build_qingshan():
    wb = Workbook()
    ws = wb.active
    ws.title = "项目支出绩效目标表"
    for col, w in zip("ABCDEFG", (12, 14, 22, 12, 14, 22, 12)):
        ws.column_dimensions[col].width = w
    put(ws, "A1", "青山区统计局2020年项目支出绩效目标表", "G1", bold=True, center=True)
    put(ws, "A2", "项目基本信息", "G2", bold=True, center=True)
    put(ws, "A3", "(2020年度)", "G3", center=True)
    put(ws, "A4", "项目名称")
    put(ws, "B4", "大型普查经费(经普和人普)", "G4")
    put(ws, "A5", "主管部门\n及编码")
    put(ws, "B5", "[005005]武汉市青山区统计局", "C5")
    put(ws, "D5", "实施单位")
    put(ws, "E5", "区统计局机关", "G5")
    put(ws, "A6", "项目属性")
    put(ws, "B6", "综合类", "C6")
    put(ws, "D6", "项目起止时间")
    put(ws, "E6", "2020-2020", "G6")
    put(ws, "A7", "项目资金", "A9")
    put(ws, "B7", "资金总额")
    put(ws, "C7", "2800000.0000")
    put(ws, "D7", "当年资金总额:", "E7")
    put(ws, "F7", "2800000.0000", "G7")
    put(ws, "B8", "其中:财政拨款")
    put(ws, "C8", "2800000.00")
    put(ws, "D8", "其中:当年财政拨款", "E8")
    put(ws, "F8", "2800000.00", "G8")
    put(ws, "B9", "其他资金")
    put(ws, "C9", None)
    put(ws, "D9", "当年其他资金", "E9")
    put(ws, "F9", None, "G9")
    put(ws, "A10", "总体目标", "A11")
    put(ws, "B10", "中期目标", "D10", center=True)
    put(ws, "E10", "年度目标", "G10", center=True)
    put(ws, "B11", QS_GOAL_MID_1 + "\n" + QS_GOAL_MID_2, "D11")
    put(ws, "E11", QS_GOAL_YEAR_1 + "\n" + QS_GOAL_YEAR_2, "G11")
    ws.row_dimensions[11].height = 150
    put(ws, "A12", "绩效项目指标表", "G12", bold=True, center=True)
    heads = ["一级指标", "二级指标(长期)", "三级指标(长期)", "指标值(长期)", "二级指标(年度)", "三级指标(年度)", "指标值(年度)"]
    for i, h in enumerate(heads):
        put(ws, f"{'ABCDEFG'[i]}13", h, bold=True, center=True)
    row = ["产出指标", "数量指标", "经济普查资料开发文章", "6篇", "数量指标", "经济普查资料开发文章", "6篇"]
    for i, v in enumerate(row):
        put(ws, f"{'ABCDEFG'[i]}14", v)
    box_all(ws, "A4:G14")
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    return save_xlsx(wb, "hb-qingshan-census-targets.xlsx")


def ind(level1, level2, name, op, value, unit, target, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": op, "value": value, "unit": unit,
            "target_text": target, "actual": actual, "weight": weight, "score": score}


QINGSHAN = {
    "source": "hb-qingshan-census-targets.xlsx",
    "source_urls": ["http://www.qingshan.gov.cn/qzfbm/zfgzbm/tjj/czxx/zjxx/202001/t20200116_1371261.shtml"],
    "province": "湖北",
    "doc_kind": "项目支出绩效目标表 (项目基本信息 + 绩效项目指标表, 长期│年度 两半并列)",
    "patterns": [3, 5, 10],
    "indicators": [
        ind("产出指标", "数量指标", "经济普查资料开发文章", None, 6, "篇", "6篇"),
        ind("产出指标", "数量指标", "经济普查资料开发文章", None, 6, "篇", "6篇"),
    ],
    "goals": [
        {"kind": "总体目标", "text": QS_GOAL_MID_1},
        {"kind": "总体目标", "text": QS_GOAL_MID_2},
        {"kind": "年度目标", "text": QS_GOAL_YEAR_1},
        {"kind": "年度目标", "text": QS_GOAL_YEAR_2},
    ],
    "facts": [
        {"metric": "资金总额", "kind": "sum", "total": 2800000, "parts": [2800000], "unit": None},
        {"metric": "当年资金总额", "kind": "sum", "total": 2800000, "parts": [2800000], "unit": None},
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": QS_GOAL_MID_1,
         "why": "中期目标 (经济普查) only names what the census should find out; no number, scale or date"},
        {"rule": "goal.unquantified", "item": QS_GOAL_MID_2,
         "why": "中期目标 (人口普查) states the purpose of the census with no measurable result"},
        {"rule": "goal.process_only", "item": QS_GOAL_YEAR_1,
         "why": "年度目标 (经济普查) lists work to be done (整理归档, 数据开发, 工作总结) with no result or quantity"},
        {"rule": "goal.process_only", "item": QS_GOAL_YEAR_2,
         "why": "年度目标 (人口普查) lists steps (组建机构, 两员选调和培训, 入户登记) with no count of staff, households or deadline"},
    ],
    "notes": ("武汉市青山区统计局, 2020年项目支出绩效目标表, project 大型普查经费(经普和人普), published 2020-01-16. The "
              "stored page opens with the site's header (索引号 733569413/2020-874393, title) and then the form; the "
              "document keeps the title and the form and drops the web chrome. Amounts as written: 资金总额 "
              "2800000.0000, 其中:财政拨款 2800000.00, 其他资金 empty (no unit is written anywhere, the figures are in "
              "元); same for 当年资金总额. The goal block has 中期目标 and 年度目标 side by side, each cell holding two "
              "paragraphs (经济普查 / 人口普查); one gold goal per paragraph, 中期目标 recorded as kind 总体目标 (it sits "
              "under the 总体目标 label). The indicator table has the 长期 and 年度 halves side by side (header "
              "一级指标 | 二级指标(长期) | 三级指标(长期) | 指标值(长期) | 二级指标(年度) | 三级指标(年度) | 指标值(年度)); "
              "the 一级 label is repeated on each row, not merged. Only one complete row survives: 经济普查资料开发文章 "
              "6篇 in both halves, recorded twice (one entry per half; the halves are separate target cells, the "
              "long-term value is copied into the annual half). The stored page ends inside the next row ('产出指标 | "
              "数量指标 | 人口普查两员业务培'); that truncated row is left out rather than invented or judged. '6篇' has "
              "no operator word, so operator null. Because the table is cut after its first row, no coverage or "
              "too-few-indicator finding is given. Sum facts: 2800000 = 2800000 + (empty) hold."),
}


# ---------------------------------------------------------------- document 2: 广西 预算公开 绩效目标段落 (DOCX)
WZ_IND_TEXT = ("1条数量指标:开通业务月份≥1个月;设 1条质量指标:应急运维系统保障率≥80%;设 1条时效指标:资金支付及时率="
               "100%;设 1条成本指标:项目成本超支率≤0%;设 1条经济效益指标:维护单位日常运转定性有效;设 1条满意度指标:"
               "职工满意度≥90%。")


def build_wuzhou():
    doc = new_doc()
    para(doc, "10", center=True)
    para(doc, WZ_IND_TEXT)
    para(doc, "第三部分:专业名词解释", bold=True)
    para(doc, "1.一般公共预算拨款:指本级财政当年拨付的预算资金,包括经费拨款,以及纳入一般公共预算管理的非税收入、"
              "专项收入、行政事业性收费收入、罚没收入、国有资本经营收入、国有资源(资产)有偿使用收入和其他收入所安排的资金等。")
    para(doc, "2.上年结转:指以前年度尚未完成、按规定结转到本年继续使用的资金。")
    para(doc, "3.基本支出:指为保障机构正常运转、完成日常工作任务而发生的人员经费和日常公用经费。")
    para(doc, "4.项目支出:指在基本支出之外,为完成特定行政任务和事业发展目标所发生的支出。")
    para(doc, "5.“三公”经费:纳入本级财政预决算管理的“三公”经费,是指各单位用财政拨款安排的因公出国(境)费、公务用车"
              "购置及运行费和公务接待费。其中,因公出国(境)费反映单位公职人员公务出国(境)的国际旅费、国外城市间交通费、"
              "住宿费、伙食费、培训费、公杂费等支出;公务用车购置及运行费反映单位公务用车车辆购置支出(含车辆购置税)及燃料费、"
              "维修费、过路过桥费、保险费、安全奖励费")
    return save_docx(doc, "gx-wuzhou-emergency-ops-budget.docx")


WUZHOU = {
    "source": "gx-wuzhou-emergency-ops-budget.docx",
    "source_urls": ["http://117.141.250.58:10060/wzyjsgkpt/uploadFile/upload1384/upload20240325/D8CE46740AFD6AED2FF21F28C9154B53.html"],
    "province": "广西",
    "doc_kind": "部门预算公开说明 (绩效目标设置情况: 指标写在一段正文里, 后接专业名词解释)",
    "patterns": [6],
    "indicators": [
        ind(None, "数量指标", "开通业务月份", ">=", 1, "个月", "≥1个月"),
        ind(None, "质量指标", "应急运维系统保障率", ">=", 80, "%", "≥80%"),
        ind(None, "时效指标", "资金支付及时率", "=", 100, "%", "=100%"),
        ind(None, "成本指标", "项目成本超支率", "<=", 0, "%", "≤0%"),
        ind(None, "经济效益指标", "维护单位日常运转", None, None, None, "定性有效"),
        ind(None, "满意度指标", "职工满意度", ">=", 90, "%", "≥90%"),
    ],
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "target.impossible_value", "item": "开通业务月份",
         "why": "'≥1个月' for a one-year operations budget is a trivial floor (≥1); it says nothing about the service delivered"},
        {"rule": "target.qualitative_no_scale", "item": "维护单位日常运转",
         "why": "target is '定性有效' with no grading scale or measurable definition of 有效"},
    ],
    "notes": ("The stored page is an HTML rendering of a PDF budget-disclosure document; it opens at page 10 in the "
              "middle of the 绩效目标设置情况 sentence (the leading '设' of '设1条数量指标' is on the previous page), "
              "then '第三部分:专业名词解释' with five generic definitions, cut inside definition 5 ('…保险费、安全奖励费'). "
              "The document keeps that shape: the page number '10', the indicator paragraph exactly as written (including "
              "the missing first '设' and the spacing '设 1条'), the definitions reworded, stopped where the page stops. "
              "The unit and project names are not on the stored page. Province 广西 and place 梧州 are inferred from the "
              "address (platform path 'wzyjsgkpt', read as 梧州预决算公开平台, on a Guangxi network address); this is a "
              "judgement call and may be wrong. Indicators: six, one per 二级 (数量/质量/时效/成本/经济效益/满意度), "
              "written 'name + operator + value' inline; level1 is not written (null). '维护单位日常运转定性有效' is "
              "read as name '维护单位日常运转' with target '定性有效'. Findings: '≥1个月' flagged as a trivial value; "
              "'定性有效' flagged as qualitative without scale. '项目成本超支率≤0%' is meaningful (no overrun) and not "
              "flagged. '资金支付及时率' is a process measure under 时效, but that rule is outside this part's list. All "
              "three 一级 dimensions (产出, 效益, 满意度) appear, so no coverage finding."),
}


# ---------------------------------------------------------------- document 3: 保山 政务信息工作经费 自评报告 (DOCX)
BS_P1 = ("市政府办公室信息科主要承担全市政府系统政务信息工作的指导协调,组织业务培训和信息考核,对接省政府办公厅信息处,"
         "做好保山市政务信息的采编上报,完成省里下达的考核任务,开展政府系统政务信息年度考核,为市政府领导及办公室领导提供"
         "信息服务,编发《保山政务信息》《保山政情专报》《一周要情》等刊物。本年度项目经费预算为5万元,全年实际支出数为5万元。")
BS_P2 = ("政务信息工作是全市政府系统每年持续开展的工作。为做好此项工作,市政府办公室信息科对2017年度工作运行情况作了全面"
         "梳理,对经费预算、执行和支付情况进行了回顾总结,并对项目开展情况进行了全面自评。")
BS_F1 = "1.项目资金到位情况:全市政务信息工作经费5万元经年初预算审核通过后,于2017年3月全部到账。"
BS_F2 = "2.项目资金执行情况:具体工作由市政府办公室信息科组织实施,相关费用由经办人填写单据,到市政府办公室财务科支付。"
BS_F3 = ("3.项目资金管理情况:资金实行实报实销,财务室在各项工作完成并取得相关资料后按资金支付规定及时支付;办公室对该项目"
         "资金单独核算,不挤占挪用。")
BS_OUT = ("1.产出指标完成情况:2017年,组织召开全市政府系统政务信息业务培训1次、组织全市政府系统参加全省政府系统信息工作培训"
          "1次、开展信息调研4次、深入考核单位及县(市、区)开展信息培训5次、组织信息科1名信息员到省政府办公厅信息处培训"
          "2个月,上报省政府办公厅信息675篇,累计采用信息63篇,其中,被省")


def build_baoshan():
    doc = new_doc()
    para(doc, "2017年度项目绩效自评报告", bold=True, center=True, size=14)
    para(doc, "(全市政务信息工作经费)", center=True)
    para(doc, "一、项目基本情况", bold=True)
    para(doc, BS_P1)
    para(doc, "二、项目绩效自评工作开展情况", bold=True)
    para(doc, BS_P2)
    para(doc, "三、项目绩效实现情况", bold=True)
    para(doc, "(一)项目资金情况")
    para(doc, BS_F1)
    para(doc, BS_F2)
    para(doc, BS_F3)
    para(doc, "(二)项目绩效指标完成情况")
    para(doc, BS_OUT)
    return save_docx(doc, "yn-baoshan-govinfo-selfreport.docx")


BAOSHAN = {
    "source": "yn-baoshan-govinfo-selfreport.docx",
    "source_urls": ["https://baoshan.gov.cn/info/6643/4250224.htm"],
    "province": "云南",
    "doc_kind": "自评报告 (prose: 资金 5万元, 产出完成情况写成一句活动清单)",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "全市政务信息工作经费", "kind": "budget", "planned": 5, "actual": 5, "stated_rate": None, "unit": "万元"},
    ],
    "findings": [],
    "notes": ("保山市人民政府办公室 (云南), 2017年度项目绩效自评报告 for the 全市政务信息工作经费 (信息科). Prose only; the "
              "stored page is cut inside the 产出 sentence ('…累计采用信息63篇,其中,被省'), and the document stops there. "
              "Facts as written: budget 5万元, actual spending 5万元, funds fully received in 2017年3月; outputs 培训1次, "
              "参加全省培训1次, 调研4次, 下基层培训5次, 1名信息员 trained 2个月, 675篇 reported, 63篇 adopted. No rate is "
              "stated, so the budget fact has stated_rate null (5/5 = 100%). Judgement calls: the 产出 sentence lists "
              "achieved activity counts without any target or indicator name, so no indicator rows are recorded and no "
              "target findings are raised; the report states no goal of its own (the 基本情况 paragraph describes the "
              "office's duties), so no goal findings. Because the report is cut before any 效益/满意度 section, no "
              "coverage finding. One of this part's two prose-only documents."),
}


# ---------------------------------------------------------------- document 4: 沅陵县档案局 2016 项目绩效报告 (DOCX)
YL_P1 = ("(一)项目单位基本情况:沅陵县档案局位于沅陵镇新村,正局级,为县人民政府直属事业单位。实有编制12人,2016年末在职"
         "12人(含2005年撤区并乡3人)、退休14人,共26人。")
YL_P2A = ("(二)项目基本情况简介:项目主要为档案管理(含国重档案)和县档案馆建设两项。1、档案管理,功能科目为一般行政管理事务,"
          "属常年性项目,主要用于县档案馆日常档案管理,以保存和保护国家重点档案为重点,开展修裱加固、装具更换、设备购置、"
          "数字化等工作,重点对象包括:1949年以前中国共产党及其领导的革命组织、革命根据地、革命政权和革命活动家的档案;明清时期"
          "政权机构、社会组织和著名人物的档案;中华人民共和国成立以来的重点档案。")
YL_GOAL = "按计划完成我县新国家综合档案馆工程任务,夯实我县档案事业硬件基础设施"
YL_P2B = ("2、县档案馆建设项目依据湘发改投资〔2009〕554号、怀发改投〔2010 〕92号设立,功能科目为档案馆,属阶段性项目,主要目标是"
          + YL_GOAL + "。")
YL_P3 = ("(一)项目资金安排落实情况:1、档案管理项目资金:2016年县财政安排30万元,当年均按时到位,其中国重档案10万元;"
         "2、县档案馆建设项目资金:2016年县财政拨款427.36万元,于2016年当年全部到位。")
YL_P4 = ("(二)项目资金使用及管理情况:1、档案管理支出30万元,用于县档案馆现存21万余卷册档案的日常管理、国重档案抢救保护等方面,"
         "以修裱、加固、重新整理并更换卷壳为主,减缓档案老化、防止再次破损和粘连,并用于装具更换、设备购置维护、数字化等商品和"
         "服务支出,同时尽量使临时库房达到和符合档案的“九防”标")


def build_yuanling():
    doc = new_doc()
    para(doc, "沅陵县档案局2016年度项目绩效报告", bold=True, center=True, size=14)
    para(doc, "一、项目概况", bold=True)
    para(doc, YL_P1)
    para(doc, YL_P2A)
    para(doc, YL_P2B)
    para(doc, "二、项目资金使用及管理情况", bold=True)
    para(doc, YL_P3)
    para(doc, YL_P4)
    return save_docx(doc, "hn-yuanling-archives-report.docx")


YUANLING = {
    "source": "hn-yuanling-archives-report.docx",
    "source_urls": ["http://www.yuanling.gov.cn/yuanling/c108887/201709/295edff67ef94eb3be9095a136b58129.shtml"],
    "province": "湖南",
    "doc_kind": "项目绩效报告 (prose: 档案管理 30万元 + 县档案馆建设 427.36万元; 人员 12 + 14 = 26)",
    "patterns": [10],
    "indicators": [],
    "goals": [
        {"kind": "目标", "text": YL_GOAL},
    ],
    "facts": [
        {"metric": "在职和退休人数", "kind": "sum", "total": 26, "parts": [12, 14], "unit": "人"},
        {"metric": "档案管理项目资金", "kind": "budget", "planned": 30, "actual": 30, "stated_rate": None, "unit": "万元"},
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": YL_GOAL,
         "why": "the archive-building goal ('按计划完成…工程任务, 夯实…硬件基础设施') gives no floor area, completion date or milestone"},
    ],
    "notes": ("沅陵县档案局 (怀化, 湖南), 2016年度项目绩效报告, published 2017-09-21. Prose only; the stored page is cut inside "
              "the 资金使用 paragraph ('…符合档案的“九防”标'), and the document stops there. Facts as written: 实有编制12人, "
              "2016年末在职12人 (含2005年撤区并乡3人), 退休14人, 共26人 (12 + 14 = 26, holds); 档案管理 30万元 arranged and "
              "received, 其中国重档案10万元, and 档案管理支出30万元; 县档案馆建设 427.36万元 received in 2016 (its spending "
              "is not on the stored part, so no budget fact for it); '正局级' kept as written although the unit is a county "
              "bureau; the document number '怀发改投〔2010 〕92号' keeps its stray space. Goal: only the archive-building "
              "project states a 主要目标, recorded as kind 目标 and flagged as unquantified; the 档案管理 paragraph "
              "describes uses of money, not a goal. The report is cut before any indicator or result section, so no "
              "indicator rows and no coverage finding. One of this part's two prose-only documents."),
}


DOCS = [
    (build_qingshan, QINGSHAN),
    (build_wuzhou, WUZHOU),
    (build_baoshan, BAOSHAN),
    (build_yuanling, YUANLING),
]


def write_gold(gold, name):
    g = copy.deepcopy(gold)
    g["source"] = name
    with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")


def to_pdf(path):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(path)[0] + ".pdf"


def main():
    os.makedirs(ANN, exist_ok=True)
    want_pdf = "--no-pdf" not in sys.argv
    for build, gold in DOCS:
        path = build()
        name = os.path.basename(path)
        assert name == gold["source"], (name, gold["source"])
        write_gold(gold, name)
        if want_pdf:
            pdf = to_pdf(path)
            write_gold(gold, os.path.basename(pdf))
        print("wrote", name)


if __name__ == "__main__":
    main()
