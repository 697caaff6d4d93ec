#!/usr/bin/env python3
"""Blind part blind145 of jixiao's real-layout corpus.

Written by an annotator who has not read the toolkit's code. Each document
reproduces the stored beginning of one public web page (addresses in the gold
and in SOURCES.md). Tables, headings, header words, typos and cut-offs are kept
as found; longer narrative sentences are re-worded, keeping their numbers.

The gold (annotations/*.json) is defined first in this file and written before
any document is produced.

Run:  /tmp/venv/bin/python make_blind145_layouts.py
"""
import copy
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = dt.datetime(2024, 1, 1, 0, 0, 0)
AUTHOR = "blind145 annotator"

# ---------------------------------------------------------------------------
# Shared texts (used by both the gold and the documents, so they stay equal)
# ---------------------------------------------------------------------------
SX_GOAL = "省级补助资金100万元用于开展1个排危除险工"

ZR_OVERVIEW = (
    "依据《中华人民共和国测绘法》《基础测绘条例》《福建省测绘条例》等规定,结合省级工作目标、"
    "重点项目和本县实际,提出我县“十四五”期间测绘地理信息与基础测绘工作的发展目标、主要任务和重点项目,"
    "以重点项目的合理安排推动我县基础测绘事业再上新台阶。项目将梳理“十三五”期间基础测绘取得的成果,"
    "研判“十四五”期间面临的新形势和新问题,把握生态文明建设、乡村振兴、自然资源管理等工作对基础测绘提出的新要求,"
    "最终形成重点项目规划和年度预算。规划坚持目标导向与问题导向相统一、全面规划与重点突破相协调、"
    "战略性与可操作性相结合,注重规划落地实施,使"
)

QJ_GOAL1 = (
    "落实《不动产登记暂行条例》建立不动产统一登记制度的要求,按国家和省的部署,实现曲靖市自然、房管、林业、农业等单位"
    "不动产登记信息共享和业务协同;依据《云南省不动产登记数据整合方案(试行)》《云南省不动产登记数据整合经费测算指导意见》"
    "以及曲靖市现有登记资料和信息化现状,开展曲靖市不动产登记资料移交、不动产登记信息平台应用、数据整合建库,"
    "并向省自然资源厅汇交登记数据。"
)
QJ_GOAL2 = (
    "不动产登记中心是2016年11月24日新成立的为民服务窗口单位,业务涵盖原国土、房管、林业、农业等多个部门的登记发证。"
    "为此需配备基本办公设备设施和办公场所,保证足够的工作人员和基本办公条件,满足中心城区南、西、北片区日常不动产登记工作的需要;另"
)

# ---------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------
def ind(name, level1=None, level2=None, operator=None, value=None, unit=None,
        target_text=None, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text,
            "actual": actual, "weight": weight, "score": score}


GOLD = {
    "fujian-shaxian-dizaifangzhi-mubiaobiao": {
        "source_urls": ["http://fjsx.gov.cn/zwgk/sxzrzy/dzzh/202301/t20230113_1872253.htm"],
        "province": "福建",
        "doc_kind": "资金下达通知及附件绩效目标表(专项资金绩效目标表)",
        "patterns": [8, 10],
        "indicators": [],
        "goals": [{"kind": "年度总体目标", "text": SX_GOAL}],
        "facts": [{"metric": "资金总额", "kind": "sum", "total": 100,
                   "parts": [100], "unit": "万元"}],
        "findings": [],
        "notes": (
            "Stored page stops inside the 年度总体目标 cell of the attached 绩效目标表 (the text ends at "
            "'开展1个排危除险工'); no indicator rows are present in the stored copy, so the document has a "
            "target form without an indicator block. Kept as found: 专项名称 says '2022年度省级对下转移支付…' "
            "while the notice is about 2023 funds; 其他资金 cell empty. The notice paragraphs are re-worded, "
            "numbers, document numbers (明财(资环)指〔2022〕54号), budget codes 2240601 / 50302 and dates kept. "
            "Judgement calls: no coverage/too-few-indicator finding is given, because the missing indicator "
            "block is an artefact of the page copy being cut, not a defect of the form; the goal fragment is "
            "not flagged as goal.budget_text because it names an output (1个排危除险工程) and is cut. "
            "Fact: 资金总额 100 = 财政拨款 100 + 其他资金 (empty), consistent."
        ),
    },
    "fujian-zherong-jichucehui-mubiaobiao": {
        "source_urls": ["https://www.zhongcaigou.com/searchDetail/1768219061397-32229.html?words=%E5%8E%86%E5%8F%B2"],
        "province": "福建",
        "doc_kind": "项目绩效目标表(采购项目,表头及项目概况)",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": (
            "Stored page (an aggregator copy of a 柘荣县人民政府 notice) stops inside the 项目概况 cell, in the "
            "middle of a sentence ('…注重规划落地实施,使'); no goal rows and no indicator rows survive. Kept as "
            "found: masked fields 项目编码 '*********************', 单位编码 '******', 项目类别 '*****其他专项业务费', "
            "联系电话 and 项目开始/结束时间 '****', 发布时间 '********** **:**' (masking by the aggregator). "
            "项目概况 is re-worded (law names kept). Judgement calls: 项目概况 is treated as background, not as a "
            "goal, so goals is empty; the masked cells are not flagged as target.placeholder because they are "
            "header fields masked by the copying site, not indicator values; no coverage finding because the "
            "form is cut by the page copy."
        ),
    },
    "hunan-shengji-kuangchan-dizhihuanjing-pingjiabaogao": {
        "source_urls": ["https://taowenge.com/p-94759682.html"],
        "province": "湖南",
        "doc_kind": "专项资金绩效评价报告(省级,节选)",
        "patterns": [5, 6, 10],
        "indicators": [
            ind("钻探(H1)", value=110763, unit="H1", target_text="110763", actual=31020),
            ind("浅井(m)", value=50, unit="m", target_text="50", actual=50),
            ind("槽探(m3)", value=141800, unit="m3", target_text="141800", actual=80254),
        ],
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "consistency.rate", "item": "专项资金投入率",
             "why": "项目支出5141.25万元 / 实际到位资金23651万元 = 21.74%, but the text states 专项资金投入率23.74%."},
            {"rule": "target.missing_unit", "item": "钻探(H1)",
             "why": "The unit of the drilling row is written 'H1', which is not a unit (the other rows use m and m3); the planned and completed quantities 110763 / 31020 have no usable unit."},
            {"rule": "consistency.deviation_reason_missing", "item": "钻探(H1)",
             "why": "Completion 28.01% (31020 of 110763) and no reason for the shortfall is given; the 注 only explains why only three work types are summarised."},
            {"rule": "consistency.deviation_reason_missing", "item": "槽探(m3)",
             "why": "Completion 56.60% (80254 of 141800) and no reason for the shortfall is given."},
        ],
        "notes": (
            "Source is a document-sharing copy (taowenge) of 湖南省国土资源厅's evaluation report on the 省级矿产资源勘查开发与"
            "地质环境保护专项资金; the copy is machine-garbled (2015 appears as '2023', 资源→'斐源', 保护→'爱护', 灾害→'灾难', "
            "'不行行', '钻探(H1)') and these defects are kept as found, including '截至2016年4月20日' next to '2023年省级价款地质找矿项目'. "
            "The stored page shows the title block and then jumps into the middle of chapter (四)/(五) (it begins mid-word "
            "'理及会计核算制度…'), as the copy does; it stops at '该子项因' (cut). The flattened table "
            "'钻探(H1)1107633102028.01%' was split as 110763 | 31020 | 28.01% (31020/110763 = 28.006%), "
            "'槽探(m3)1418008025456.60%' as 141800 | 80254 | 56.60% (56.597%), '浅井(m)5050100.00%' as 50 | 50 | 100.00%; "
            "these splits are the only ones that reproduce the stated percentages. The garbled header word '单位量' was read "
            "as the unit being part of the 工作手段 name. Judgement call: the three work-quantity rows (planned vs completed "
            "physical workload) are recorded as indicator rows with value = 预算主要实物工作量 and actual = 完成量; they have no "
            "operator, weight or score. Narrative paragraphs re-worded, numbers kept. Stated percentages 28.01/100.00/56.60 "
            "agree with the quantities; 23.74% does not (21.74%)."
        ),
    },
    "yunnan-qujing-budongchandengji-zhenggaibaogao": {
        "source_urls": ["https://www.qj.gov.cn/html/2023/tzgg_0918/111783.html"],
        "province": "云南",
        "doc_kind": "财政重点评价问题整改情况报告(不动产登记项目经费)",
        "patterns": [],
        "indicators": [],
        "goals": [
            {"kind": "绩效目标", "text": QJ_GOAL1},
            {"kind": "绩效目标", "text": QJ_GOAL2},
        ],
        "facts": [],
        "findings": [
            {"rule": "goal.unquantified", "item": QJ_GOAL1,
             "why": "The 项目绩效目标 lists activities (资料移交、平台应用、数据整合建库、汇交数据) with no quantity, rate or deadline."},
            {"rule": "goal.unquantified", "item": QJ_GOAL2,
             "why": "Staffing/office-condition goal ('满足…日常不动产登记工作的需要') without any number; the only number is the founding date."},
        ],
        "notes": (
            "Prose only (no indicator table). Stored page stops in the second paragraph of (二)项目绩效目标, after '另'. "
            "Kept as found: 评价最终分值92.7分, 评价等级为“优” (consistent with 优 ≥ 90, so no consistency.grade finding), "
            "事业编制5名, 2016年11月24日, the empty 索引号/文号 fields. Narrative re-worded; document names kept. Judgement "
            "calls: both paragraphs under (二)项目绩效目标 are recorded as goals; goal.unmeasured is not added because the "
            "report excerpt does not contain (and is not expected to contain) the indicator table."
        ),
    },
    "hunan-chenzhou-budongchandengji-zipingbaogao": {
        "source_urls": ["http://218.76.156.215:8011/infogov/govInfo?id=2740&lib_num=1807&task_year=2018"],
        "province": "湖南",
        "doc_kind": "部门整体支出绩效自评报告",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "2018年度支出合计", "kind": "sum", "total": 3632, "parts": [3193, 439], "unit": "万元"},
            {"metric": "年末在职人员实有数", "kind": "sum", "total": 207, "parts": [96, 1, 110], "unit": "人"},
        ],
        "findings": [],
        "notes": (
            "Prose only (no indicator table). Stored page stops at '2018年度基本支出3193万元,其中:(1)'. Kept as found: the "
            "typos '郴州市不动登记中心' (产 missing), '2018年12月未' and '年未在职人员' (末 written 未), the unclosed bracket "
            "'(郴编办〔2017〕223号文件精神', and the two different numbers for the same 郴州市编制委员会 notice "
            "(郴编〔2016〕4号 in the founding sentence, 郴编〔2016〕8号 under 主要职能). Facts: 3193 + 439 = 3632 and "
            "96 + 1 + 110 = 207 (退休人员22人 is outside the 在职 total) both add up, so no consistency finding; 10 科室 and 4 "
            "分中心 are listed by name and match their counts. The differing document numbers have no rule in design.md §5 and "
            "are left to the notes. No goals are stated in the stored part."
        ),
    },
}

EXT = {
    "fujian-shaxian-dizaifangzhi-mubiaobiao": "docx",
    "fujian-zherong-jichucehui-mubiaobiao": "xlsx",
    "hunan-shengji-kuangchan-dizhihuanjing-pingjiabaogao": "docx",
    "yunnan-qujing-budongchandengji-zhenggaibaogao": "docx",
    "hunan-chenzhou-budongchandengji-zipingbaogao": "docx",
}


def write_gold():
    os.makedirs(ANN, exist_ok=True)
    for stem, g in GOLD.items():
        for ext in (EXT[stem], "pdf"):
            name = f"{stem}.{ext}"
            rec = {"source": name}
            rec.update(copy.deepcopy(g))
            with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as f:
                json.dump(rec, f, ensure_ascii=False, indent=2)
                f.write("\n")


# ---------------------------------------------------------------------------
# Document helpers
# ---------------------------------------------------------------------------
from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.shared import Pt  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
import openpyxl  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, Side  # noqa: E402


def new_doc(title):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    cp = d.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    return d


def para(d, text, bold=False, center=False, right=False, size=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def fill(cell, text, bold=False):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    r.bold = bold


def normalize_zip(path):
    """Rewrite a DOCX/XLSX zip with fixed timestamps and sorted-as-written order."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                # openpyxl stamps dcterms:modified with the current time on save
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2024-01-01T00:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(item.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


# ---------------------------------------------------------------------------
# A. 沙县 地质灾害防治专项资金 下达通知 + 绩效目标表 (DOCX)
# ---------------------------------------------------------------------------
def build_shaxian(path):
    d = new_doc("沙县区地质灾害防治专项资金绩效目标表")
    para(d, "三明市沙县区财政局 三明市沙县区自然资源局关于下达2023年省级地质灾害防治专项资金的通知",
         bold=True, center=True, size=14)
    para(d, "高砂镇财政所:")
    para(d, "依据《三明市财政局 三明市自然资源局关于提前分解下达2023年省级地质灾害防治专项资金(市县第一批)的通知》"
            "(明财(资环)指〔2022〕54号)以及区自然资源局《关于要求下达2023年度省级地质灾害防治专项资金的函》,"
            "现向你单位下达高砂镇地质灾害排危除险工程包100万元,列“2240601地质灾害防治”科目,政府预算支出经济分类科目为"
            "“50302基础设施建设”,指标来源为市财政局。现将有关事项通知如下:")
    para(d, "一、请对照绩效目标和任务加快项目实施与预算执行,确保按期完成年度绩效目标;自1月起每个季度末向区自然资源局报送"
            "项目季度进展和资金使用情况,2024年2月底前将资金年度绩效评价自评表与自评报告报送区自然资源局、区财政局,"
            "报送材料须加盖公章并附电子版。")
    para(d, "二、按照《福建省地质灾害防治专项资金管理办法》等规定加快项目实施和预算执行,加强资金监督与绩效管理,"
            "按项目进度及时更新“福建省地质灾害综合管理”系统中实施阶段的项目数据,确保年度任务如期完成,提高财政资金使用效益。")
    para(d, "附件:沙县区地质灾害防治专项资金绩效目标表")
    para(d, "三明市沙县区财政局", right=True)
    para(d, "三明市沙县区自然资源局", right=True)
    para(d, "2023年1月3日", right=True)
    d.add_page_break()
    para(d, "附件", bold=True)
    para(d, "沙县区地质灾害防治专项资金绩效目标表", bold=True, center=True, size=14)
    t = d.add_table(rows=6, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = t.cell
    fill(c(0, 0), "专项名称")
    c(0, 1).merge(c(0, 4))
    fill(c(0, 1), "2022年度省级对下转移支付地质灾害防治专项资金")
    fill(c(1, 0), "主管部门(单位)名称及部门预算编码")
    c(1, 1).merge(c(1, 2))
    fill(c(1, 1), "福建省自然资源厅")
    fill(c(1, 3), "补助区域")
    fill(c(1, 4), "高砂镇")
    c(2, 0).merge(c(4, 0))
    fill(c(2, 0), "资金情况 (万元)")
    fill(c(2, 1), "资金总额:")
    c(2, 2).merge(c(2, 4))
    fill(c(2, 2), "100")
    fill(c(3, 1), "其中:财政拨款")
    c(3, 2).merge(c(3, 4))
    fill(c(3, 2), "100")
    fill(c(4, 1), "其他资金")
    c(4, 2).merge(c(4, 4))
    fill(c(5, 0), "年度总体目标")
    c(5, 1).merge(c(5, 4))
    fill(c(5, 1), SX_GOAL)
    d.save(path)


# ---------------------------------------------------------------------------
# B. 柘荣 基础测绘“十四五”规划编制 绩效目标表 (XLSX)
# ---------------------------------------------------------------------------
def build_zherong(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    name = "柘荣县测绘地理信息·基础测绘“十四五”规划编制服务采购项目绩效目标表"
    ws["A1"] = name
    ws["A2"] = "福建/宁德 招标采购"
    ws["A3"] = "来源:柘荣县人民政府"
    ws["A4"] = "发布时间: ********** **:**"
    rows = [
        (6, [("A", name, "H")]),
        (7, [("A", "项目编码", None), ("B", "*********************", "D"), ("E", "项目名称", None),
             ("F", "柘荣县测绘地理信息·基础测绘“十四五”规划编制服务采购项目", "H")]),
        (8, [("A", "单位编码", None), ("B", "******", "D"), ("E", "单位名称", None),
             ("F", "柘荣县自然资源局", "H")]),
        (9, [("A", "项目类别", None), ("B", "*****其他专项业务费", "H")]),
        (10, [("A", "存续状态", None), ("B", "阶段性项目", "H")]),
        (11, [("A", "项目负责人", None), ("B", "吴贤生", "D"), ("E", "联系电话", None),
              ("F", "***********", "H")]),
        (12, [("A", "项目开始时间", None), ("B", "****", "D"), ("E", "项目结束时间", None),
              ("F", "****", "H")]),
        (13, [("A", "项目 概况", None), ("B", ZR_OVERVIEW, "H")]),
    ]
    for r, cells in rows:
        for col, text, end in cells:
            ws[f"{col}{r}"] = text
            if end:
                ws.merge_cells(f"{col}{r}:{end}{r}")
        for col in "ABCDEFGH":
            ws[f"{col}{r}"].border = border
            ws[f"{col}{r}"].alignment = wrap
    ws["A6"].font = Font(bold=True, size=13)
    ws["A6"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[6].height = 36
    ws.row_dimensions[13].height = 230
    for col, w in zip("ABCDEFGH", (14, 12, 12, 12, 14, 14, 14, 14)):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    p = wb.properties
    p.creator = AUTHOR
    p.lastModifiedBy = AUTHOR
    p.title = name
    p.created = FIXED
    p.modified = FIXED
    wb.save(path)


# ---------------------------------------------------------------------------
# C. 湖南 省级矿产资源勘查开发与地质环境保护专项资金 绩效评价报告 (DOCX)
# ---------------------------------------------------------------------------
def build_hunan_kc(path):
    d = new_doc("2023年度省级矿产斐源勘查开发与地质环境爱护专项资金绩效评价报告")
    para(d, "2023年度省级矿产斐源勘查开发与地质环境爱护专项资金绩效评价报告", bold=True, center=True, size=15)
    para(d, "湖南省国土资源厅", center=True)
    para(d, "2023年6月", center=True)
    para(d, "理及会计核算制度、专项资金管理方法、专项资金实施方案或项目资金预算,强化对项目资金的管理,规范资金运用,"
            "坚持项目经费专款专用、专账核算。")
    para(d, "5、项目组织实施状况", bold=True)
    para(d, "为加强地质勘查项目和地质环境项目的管理,湖南省国土资源厅制定了湖南省地质勘查项目管理方法和湖南省地质环境项目"
            "管理暂行方法,由厅地质勘查项目管理办公室和地质环境项目管理办公室承担项目的组织实施和日常管理,对项目支出全面监管,"
            "并以地质环境项目管理月报制度定期跟踪项目实施。在绩效评价方面,湖南省国土资源厅主动探索绩效管理方法,"
            "着力提升绩效评价和管理效用。")
    para(d, "(五)项目完成状况", bold=True)
    para(d, "1、截至2016年4月20日,2023年省级价款地质找矿项目部分工作完成状况如下表:")
    t = d.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    data = [
        ("工作手段", "预算主要实物工作量", "主要实物工作量完成", "工作量完成百分比"),
        ("钻探(H1)", "110763", "31020", "28.01%"),
        ("浅井(m)", "50", "50", "100.00%"),
        ("槽探(m3)", "141800", "80254", "56.60%"),
    ]
    for i, row in enumerate(data):
        for j, v in enumerate(row):
            fill(t.cell(i, j), v, bold=(i == 0))
    para(d, "注:因部分工作手段实物工作量完成状况汇总不行行,故只汇总了钻探、浅井及槽探(钻探为主要工作手段)3种工作手段的"
            "实物工作量完成状况。")
    para(d, "2、2023年度地质灾难防治项目完成状况:")
    para(d, "中小型地质灾难治理项目:实际到位资金23651万元,项目支出5141.25万元,专项资金投入率23.74%。该子项因")
    d.save(path)


# ---------------------------------------------------------------------------
# D. 曲靖 不动产登记工作项目经费 评价问题整改情况报告 (DOCX)
# ---------------------------------------------------------------------------
def build_qujing(path):
    title = ("曲靖市自然资源和规划局关于2020-2022年中心城区不动产登记工作项目经费绩效评价报告中反映问题整改情况的报告")
    d = new_doc(title)
    para(d, title, bold=True, center=True, size=14)
    para(d, "发布时间:2023-09-18 09:11:00   索引号:    文号:    来源:曲靖市自然资源和规划局", center=True, size=9)
    para(d, "2023年,曲靖市财政局对曲靖市中心城区不动产登记工作项目经费开展了财政重点绩效评价并进行现场调研查看,"
            "项目评价最终分值92.7分,评价等级为“优”。按照《曲靖市财政局关于2022年度市本级预算支出绩效财政评价情况的通报》"
            "的要求,须对评价报告指出的问题开展自查整改,现将整改完成情况报告如下:")
    para(d, "一、项目概况", bold=True)
    para(d, "(一)项目单位基本情况", bold=True)
    para(d, "曲靖市不动产登记中心隶属曲靖市自然资源和规划局(原曲靖市国土资源局),是正科级公益一类事业单位,经费由财政全额拨款,"
            "事业编制5名,承担曲靖市麒麟区和曲靖经济技术开发区(含马龙区托管范围)的不动产登记业务。")
    para(d, "(二)项目绩效目标", bold=True)
    para(d, QJ_GOAL1)
    para(d, QJ_GOAL2)
    d.save(path)


# ---------------------------------------------------------------------------
# E. 郴州市不动产登记中心2018年部门整体支出绩效自评报告 (DOCX)
# ---------------------------------------------------------------------------
def build_chenzhou(path):
    title = "郴州市不动产登记中心2018年部门整体支出绩效自评报告"
    d = new_doc(title)
    para(d, title, bold=True, center=True, size=14)
    para(d, "一、部门概况", bold=True)
    para(d, "(一)部门基本情况", bold=True)
    para(d, "郴州市不动登记中心依据郴州市编制委员会《关于郴州市区不动产登记职责整合和机构编制调整的通知》(郴编〔2016〕4号)"
            "于2016年2月底成立,是郴州市自然资源和规划局管理的公益一类副处级全额拨款事业单位。")
    para(d, "1、主要职能。根据郴州市编制委员会《关于郴州市区不动产登记职责整合和机构编制调整的通知》(郴编〔2016〕8号)及"
            "《关于市不动产登记中心有关职责和机构编制调整的通知》(郴编办〔2017〕223号文件精神,我中心负责依法统一受理和办理"
            "北湖区、苏仙区行政区域内的不动产权利登记,承担不动产登记权籍调查、统计分析和监测利用,归集管理不动产登记档案,"
            "依法提供不动产登记资料查询和咨询服务,并承担两区行政区域内的房产交易备案服务。")
    para(d, "2、机构设置。我中心内设综合科、财务科、权籍调查科、综合受理科、登记一科、登记二科、登记三科、房产交易备案科、"
            "缮证发证科、档案科(市不动产档案馆)10个科室,城东分中心、城南分中心、城西分中心、城北分中心4个分中心。")
    para(d, "3、人员情况。2018年12月未机构编制管理部门核定编制人数99人。年未在职人员实有数207人,其中在编人员96人,"
            "退伍编外安置1人,临聘人员110人,退休人员22人。")
    para(d, "(二)部门整体支出情况", bold=True)
    para(d, "2018年度支出合计3632万元,其中:基本支出3193万元;项目支出439万元。基本支出主要是人员经费和公用经费;"
            "项目支出主要是聘用人员工资补助、五险及工作经费,城投大厦物业管理及水电费,以及不动产登记交易系统维护费。")
    para(d, "二、部门整体支出管理及使用情况", bold=True)
    para(d, "(一)基本支出", bold=True)
    para(d, "2018年度基本支出3193万元,其中:(1)")
    d.save(path)


BUILDERS = {
    "fujian-shaxian-dizaifangzhi-mubiaobiao": build_shaxian,
    "fujian-zherong-jichucehui-mubiaobiao": build_zherong,
    "hunan-shengji-kuangchan-dizhihuanjing-pingjiabaogao": build_hunan_kc,
    "yunnan-qujing-budongchandengji-zhenggaibaogao": build_qujing,
    "hunan-chenzhou-budongchandengji-zipingbaogao": build_chenzhou,
}


def to_pdf(path):
    outdir = os.path.dirname(path)
    with tempfile.TemporaryDirectory() as prof:
        cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
               "--convert-to", "pdf", "--outdir", outdir, path]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env=dict(os.environ, TZ="UTC", SOURCE_DATE_EPOCH="1704067200"))


def pin_pdf(pdf):
    """Make the LibreOffice PDF byte-stable: same-length replacement of the
    creation date, the trailer /ID and /DocChecksum (xref offsets stay valid)."""
    with open(pdf, "rb") as f:
        b = f.read()
    b = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20240101000000", b)
    b = re.sub(rb"/ModDate\(D:\d{14}", b"/ModDate(D:20240101000000", b)
    b = re.sub(rb"<([0-9A-F]{32})>", lambda m: b"<" + b"0" * 32 + b">", b)
    b = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, b)
    with open(pdf, "wb") as f:
        f.write(b)


def squash(s):
    return re.sub(r"\s+", "", s)


def verify(stem):
    """Every gold string must appear in the PDF text (whitespace ignored)."""
    pdf = os.path.join(HERE, stem + ".pdf")
    txt = squash(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True,
                                check=True).stdout)
    g = GOLD[stem]
    wanted = []
    for i in g["indicators"]:
        wanted += [i["name"], i["target_text"]]
    wanted += [x["text"] for x in g["goals"]]
    wanted += [x["item"] for x in g["findings"]]
    missing = [w for w in wanted if w and squash(w) not in txt]
    return missing


def main():
    write_gold()  # gold first
    ok = True
    for stem, build in BUILDERS.items():
        path = os.path.join(HERE, f"{stem}.{EXT[stem]}")
        build(path)
        normalize_zip(path)
        to_pdf(path)
        pin_pdf(os.path.join(HERE, stem + ".pdf"))
        missing = verify(stem)
        if missing:
            ok = False
            print(f"{stem}: MISSING in PDF text: {missing}", file=sys.stderr)
        else:
            print(f"{stem}: ok")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
