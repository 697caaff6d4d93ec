#!/usr/bin/env python3
"""Build the blind100 part of jixiao's real-layout corpus.

Written by an annotator who has not read the toolkit's code.  Each document
reproduces the layout of one stored public web page (see SOURCES.md); the gold
answers are written to annotations/ FIRST, before any document exists.

Run:  /tmp/venv/bin/python make_blind100_layouts.py
"""
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = datetime.datetime(2024, 1, 1, 8, 0, 0)
ZIP_DATE = (2024, 1, 1, 8, 0, 0)
AUTHOR = "blind100 annotator"

# --------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------
URL_JIADING = "http://wenlv.jiading.cn/publicity/fdzdgknr/czzj/czxx/jxpj/127388"
URL_WENCHENG = "https://www.wencheng.gov.cn/art/2024/12/11/art_1229265061_59046431.html"
URL_CHANGSHA = "https://pipechina.dnezb.com/detail/16311407"
URL_PREEVAL = "https://docx.baby/p/20791027535051.html"

F_JIADING = "shanghai-jiading-evaluator-scoresheet"
F_WENCHENG = "zhejiang-wencheng-evalresults-notice"
F_CHANGSHA = "hunan-changsha-pumpstation-contract"
F_PREEVAL = "unknown-unknown-preeval-scoresheet"


def ind(level1, level2, name, weight=None, score=None, operator=None, value=None,
        unit=None, target_text=None, actual=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


# --------------------------------------------------------------------------
# GOLD (written before any document is built)
# --------------------------------------------------------------------------
GOLD = {}

# 1. Shanghai Jiading: score sheet of the third-party evaluator's work ------
_J1 = "评价前期工作组情况"
_J2 = "评价过程中工作组情况"
_J3 = "评价后期工作组情况"
GOLD[F_JIADING] = {
    "ext": ["xlsx", "pdf"],
    "source_urls": [URL_JIADING],
    "province": "上海市",
    "doc_kind": "第三方评价机构工作考核评分表",
    "patterns": [5, 8, 9],
    "indicators": [
        ind(_J1, None, "评价工作组人员专业能力", weight=15, score=14),
        ind(_J1, None, "评价工作组人员稳定", weight=15, score=15),
        ind(_J2, None, "在评价过程中沟通情况", weight=20, score=19),
        ind(_J3, None, "撰写的报告数据详实、情况清晰符合项目实际情况", weight=25, score=23),
        ind(_J3, None, "出具的报告结论清晰,问题建议明确且有利于实际整改", weight=25, score=23),
    ],
    "goals": [],
    "facts": [
        {"metric": "合计分数", "kind": "sum", "total": 94, "parts": [29, 19, 46], "unit": "分"},
        {"metric": "评价前期工作组情况 分数", "kind": "sum", "total": 29, "parts": [14, 15], "unit": "分"},
        {"metric": "评价过程中工作组情况 分数", "kind": "sum", "total": 19, "parts": [19], "unit": "分"},
        {"metric": "评价后期工作组情况 分数", "kind": "sum", "total": 46, "parts": [23, 23], "unit": "分"},
        {"metric": "评价前期工作组情况 分值", "kind": "sum", "total": 30, "parts": [15, 15], "unit": "分"},
        {"metric": "评价过程中工作组情况 分值", "kind": "sum", "total": 20, "parts": [20], "unit": "分"},
        {"metric": "评价后期工作组情况 分值", "kind": "sum", "total": 50, "parts": [25, 25], "unit": "分"},
    ],
    "findings": [],
    "notes": (
        "The stored page holds the whole form: it starts at 填表单位 and ends with the 填表说明 line; no title "
        "above 填表单位 is stored, so none was added. Kept as found: the ASCII commas/colons of the stored "
        "text, the numbering 一、/1、 in the 考核内容 column, the empty 计分标准 and 备注 cells of the three "
        "category rows (which carry 分值 30/20/50 and 分数 29/19/46), the 合计 row with empty 分值 (100 is "
        "never written) and 分数 94, and the overlapping bands in the first 计分标准 (得10-15分 / 得5-10分 / "
        "得0-5分 share 10 and 5). Judgement calls: the form scores the evaluator's work, not a project, so "
        "its rows are recorded as indicators with level1 = the category (numbering and points removed), "
        "level2 null, name without its '1、' numbering, target_text null (the 计分标准 is a scoring rule, "
        "not a target), weight = 分值, score = 分数. All sums hold (14+15=29, 19, 23+23=46, 29+19+46=94; "
        "15+15=30, 20, 25+25=50; 30+20+50=100 though no weight total is written); no score exceeds its "
        "weight; no grade is stated; so no finding. The overlapping score bands have no rule id in "
        "design.md §5 and are only noted here. Dimension rules (coverage.*) were not applied because the "
        "form is not a project indicator table."
    ),
}

# 2. Zhejiang Wencheng: finance-bureau notice of evaluation results ---------
GOLD[F_WENCHENG] = {
    "ext": ["docx", "pdf"],
    "source_urls": [URL_WENCHENG],
    "province": "浙江省",
    "doc_kind": "财政绩效评价结果通报",
    "patterns": [7],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "单位自评项目数", "kind": "sum", "total": 2630, "parts": [1812, 171, 536, 111], "unit": "个"},
        {"metric": "复核评价项目数", "kind": "sum", "total": 50, "parts": [5, 23, 22], "unit": "个"},
    ],
    "findings": [],
    "notes": (
        "The stored page stops inside row 4 of the 复核评价 project table ('4 | 文成县投资促进服务'); the "
        "document stops there too: row 4 keeps the cut unit name and empty 项目/评价档次 cells. The long "
        "opening paragraph is re-worded; every number, document number (文财〔2024〕2号, 文财〔2024〕37号), "
        "count and amount (340915.5112万元, 13818.8634万元, 15091.58万元, 2895万元, 5643万元) is kept. "
        "Kept as found: the breadcrumb line, the 发布日期 line, the grade words 优秀/良好/中/差 in the self-"
        "evaluation sentence and 优秀/良好/中(一般) in the 复核 sentence and table (not 优/良/中/差). "
        "Checks: 1812+171+536+111 = 2630; 5+23+22 = 50; 5/50 = 10%, 23/50 = 46%, 22/50 = 44%, together 100%. "
        "All hold, so no consistency finding. A reviewer might remark that 69% of self-evaluations are 优秀 "
        "while only 10% of the re-checked projects are, but no rule id covers that; not a finding. No "
        "indicator table, goal or score; the table is one row per project (pattern 7). Amounts of the four "
        "evaluation kinds are separate totals, not parts of the 340915.5112万元, so no sum fact for them."
    ),
}

# 3. Hunan Changsha: government procurement service contract ---------------
GOLD[F_CHANGSHA] = {
    "ext": ["docx", "pdf"],
    "source_urls": [URL_CHANGSHA],
    "province": "湖南省",
    "doc_kind": "政府采购服务合同",
    "patterns": [8],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "合计金额", "kind": "sum", "total": 3993100, "parts": [3993100], "unit": "元"},
    ],
    "findings": [],
    "notes": (
        "The stored page stops inside the 备注 cell of the 合同标的及金额明细 table, in the list of pump "
        "stations ('…桂花祠泵站、老糠'); the document stops there, so no performance, payment or penalty "
        "clauses are present. Kept as found: '(3)采购计划编号: CSCG-2023071100132.合同标的及金额' where the "
        "plan number runs into the next clause heading '2.合同标的及金额' (no line break on the page); the "
        "doubled label '合同标的及金额明细:合同标的及金额明细'; the 备注 that starts with '1、' and is cut. "
        "The boilerplate opening sentence is re-worded. Checks: 7300 班 × 547 元 = 3,993,100 元 = 总价 in both "
        "tables; 大写 叁佰玖拾玖万叁仟壹佰元整 = 3,993,100; all agree, so no finding. The 44 泵站 named in the "
        "备注 cannot be counted because the list is cut (31 complete names before the cut). Pattern 8 for "
        "the contract template text (合同协议书, 甲方/乙方 fields)."
    ),
}

# 4. Pre-evaluation (事前绩效评估) review score sheet, province not stated --
_P1, _P2, _P3 = "立项必要性", "投入经济性", "绩效目标合理性"
GOLD[F_PREEVAL] = {
    "ext": ["docx", "pdf"],
    "source_urls": [URL_PREEVAL],
    "province": None,
    "doc_kind": "事前绩效评估审核评分表",
    "patterns": [1, 5, 8, 9],
    "indicators": [
        ind(_P1, "明确相关性", "项目实施目的明确,内容具体", weight=5),
        ind(_P1, "明确相关性", "项目符合国家、市、区相关规划、政府决策、社会发展要求,与项目实施单位或委托单位职责密切相关", weight=5),
        ind(_P1, "必要可行", "项目的唯一性,与其他项目不存在重复交叉", weight=5),
        ind(_P1, "必要可行", "事前经过必要的可行性研究、专家论证、风险评估、集体决策等", weight=None),
        ind(_P2, "预算科学性", "预算支出内容与部门职责相匹配", weight=5),
        ind(_P2, "预算科学性", "预算明细清晰明确", weight=5),
        ind(_P2, "经济合理性", "预算遵循勤俭办事、量力而为的原则", weight=5),
        ind(_P2, "经济合理性", "预算测算依据充分,符合定额等支出标准", weight=5),
        ind(_P3, "完整性", "绩效目标填报格式规范、填报内容完整、准确、详实,无缺项、错项", weight=5),
        ind(_P3, "完整性", "绩效目标明确,内容具体,能够反映项目的主", weight=5),
    ],
    "goals": [],
    "facts": [
        {"metric": "立项必要性 权重", "kind": "sum", "total": 20, "parts": [10, 10], "unit": "分"},
        {"metric": "明确相关性 分值", "kind": "sum", "total": 10, "parts": [5, 5], "unit": "分"},
        {"metric": "必要可行 分值", "kind": "sum", "total": 10, "parts": [5], "unit": "分"},
        {"metric": "投入经济性 权重", "kind": "sum", "total": 20, "parts": [10, 10], "unit": "分"},
        {"metric": "预算科学性 分值", "kind": "sum", "total": 10, "parts": [5, 5], "unit": "分"},
        {"metric": "经济合理性 分值", "kind": "sum", "total": 10, "parts": [5, 5], "unit": "分"},
    ],
    "findings": [
        {"rule": "consistency.sum", "item": "必要可行",
         "why": "必要可行 has 权重 10分 but its two 审核要点 rows carry 5分 and a bare '分' with no number "
                "(row '事前经过必要的可行性研究、专家论证、风险评估、集体决策等'): the stated parts give 5, not 10."},
    ],
    "notes": (
        "The stored page is a text copy of a PDF ('事前绩效评价的几种评价方案比较.pdf') whose table came out "
        "as broken lines; the table was rebuilt from it: header 审核内容 (具体内容 | 权重) | 审核要点 (具体内容 | "
        "分值) | 审核意见, labels split across lines joined again (明确相+关性 → 明确相关性, 必要可+行 → "
        "必要可行, 预算科+学性 → 预算科学性, 经济合+理性 → 经济合理性) with their '10分'. The page starts "
        "mid-sentence ('划、项目申报理由等内容…', kept cut and re-worded) and stops inside the second 审核要点 "
        "of 三、绩效目标合理性 ('…能够反映项目的主'); the document stops there. Province: the page names "
        "none; '国家、市、区相关规划' suggests a city with districts, but no province is claimed (province "
        "null). Kept as found: the checkbox strings exactly as the page gives them, including '口' for '□' "
        "(优口良口中□差□), the first row's '优口良口中□差' without its last box and '中口差□' in row 预算支出…; "
        "the bare '分' (number missing) in the 分值 of '事前经过必要的可行性研究…' and in the 权重 of 完整性; "
        "得分小计 rows after 明确相关性, 预算科学性 and 经济合理性 but none after 必要可行; the cut last row. "
        "Judgement calls: a stray 'R' after '内容具体' on the page was dropped as a PDF-extraction artefact "
        "(probably the missing last box of the first 审核意见); the 三级 label of 三 appears on the page as "
        "'整性分' with its first character and number lost and is written 完整性 with 权重 '分'. Indicators "
        "are the 审核要点 rows: level1 = the 一/二/三 section without numbering and points, level2 = the "
        "审核内容 label, weight = 分值 (null where only '分' is written), score null (the form has only "
        "优/良/中/差 boxes and empty 得分小计), target_text null (no target column). Sums: 10+10 = 20 for "
        "立项必要性 and 投入经济性; 5+5 = 10 for 明确相关性, 预算科学性, 经济合理性; 必要可行 gives 5 + blank ≠ 10 "
        "(finding). 绩效目标合理性(20分) cannot be checked because its 权重 is blank and the page is cut. "
        "The 优/良/中/差 boxes carry no points per grade; not flagged (target.qualitative_no_scale is "
        "about target values, and this is a review form)."
    ),
}


def write_gold():
    os.makedirs(ANN, exist_ok=True)
    for stem, g in GOLD.items():
        for ext in g["ext"]:
            name = f"{stem}.{ext}"
            rec = {"source": name}
            for k in ("source_urls", "province", "doc_kind", "patterns", "indicators",
                      "goals", "facts", "findings", "notes"):
                rec[k] = g[k]
            with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as fh:
                json.dump(rec, fh, ensure_ascii=False, indent=2)
                fh.write("\n")


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------
def normalise_zip(path):
    """Rewrite a DOCX/XLSX zip with fixed timestamps and sorted-by-original order."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                # openpyxl stamps the save time into dcterms:modified; pin it
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                              rb"\g<1>2024-01-01T08:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


def fix_docx_props(doc, title):
    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def set_cell(cell, text, bold=False, size=9, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    run.font.name = "SimSun"
    run._element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    if align is not None:
        p.alignment = align


def para(doc, text, bold=False, size=10.5, align=None):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    run.font.name = "SimSun"
    run._element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    if align is not None:
        p.alignment = align
    return p


def table_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tblPr.append(borders)


def col_widths(table, widths_cm):
    """Fixed layout: grid columns, cell widths and table width (LibreOffice reads w:gridCol)."""
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    tblPr = tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblPr.append(layout)
    for r_i, row in enumerate(table.rows):
        for c_i, tc in enumerate(row._tr.tc_lst):
            # a merged (gridSpan) cell gets the sum of the columns it spans
            start = sum(t.grid_span for t in row._tr.tc_lst[:c_i])
            span = tc.grid_span
            tc.width = Cm(sum(widths_cm[start:start + span]))


# --------------------------------------------------------------------------
# 1. Shanghai Jiading (XLSX)
# --------------------------------------------------------------------------
def build_jiading(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "考核表"
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    center = Alignment(wrap_text=True, vertical="center", horizontal="center")
    font = Font(name="SimSun", size=10)
    bold = Font(name="SimSun", size=10, bold=True)

    rows = [
        ("填表单位: 上海市嘉定区文化和旅游局",),
        ("评价机构名称:上海立丰税务师事务所有限公司",),
        ("评价项目名称:2018年上海保利大剧院演出、管理运行及能源费补贴项目",),
        ("考核内容", "分值", "计分标准", "分数", "备注"),
        ("一、评价前期工作组情况", 30, "", 29, ""),
        ("1、评价工作组人员专业能力", 15,
         "评价工作小组按照项目性质配备工作组开展绩效评价工作,专业能力较强,得10-15分;专业能力一般,得5-10分;专业能力较差,得0-5分。",
         14, ""),
        ("2、评价工作组人员稳定", 15,
         "在评价过程中保持工作组成员稳定,得15分;不能保持组员稳定并随意更换组员,不得分。", 15, ""),
        ("二、评价过程中工作组情况", 20, "", 19, ""),
        ("1、在评价过程中沟通情况", 20,
         "在评价过程中态度认真,工作尽责,能够主动沟通了解项目情况,得13-20分;态度一般、工作马虎,得7-12分;态度恶劣、工作拖拉、消极怠工,得0-6分。",
         19, ""),
        ("三、评价后期工作组情况", 50, "", 46, ""),
        ("1、撰写的报告数据详实、情况清晰符合项目实际情况", 25,
         "撰写的报告数据详实、情况交代清晰,符合项目实际情况得16-25分;撰写的报告数据及情况清晰度有待完善,得6-15分;报告偏离实际情况,得0-5分。",
         23, ""),
        ("2、出具的报告结论清晰,问题建议明确且有利于实际整改", 25,
         "出具的报告结论清晰,问题建议明确,执行度高,得16-25分;报告结论较为清晰,建议执行度一般,得6-15分;结论以偏概全,建议执行度低,得0-5分。",
         23, ""),
        ("合计", "", "", 94, ""),
        ("填表说明:请预算单位认真填写表格,如有其他需要补充的问题,请在备注中加以说明。",),
    ]
    for r, row in enumerate(rows, start=1):
        if len(row) == 1:
            ws.cell(row=r, column=1, value=row[0]).font = font
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
            ws.cell(row=r, column=1).alignment = Alignment(wrap_text=True, vertical="center")
            ws.row_dimensions[r].height = 20
            continue
        for c, v in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=(v if v != "" else None))
            cell.border = box
            cell.font = bold if (r == 4 or row[0].startswith(("一、", "二、", "三、", "合计"))) else font
            cell.alignment = center if c in (2, 4) or r == 4 else wrap
        ws.row_dimensions[r].height = 44 if row[2] else 20
    # page-level fields (rows 1-3) have box borders on the page: keep a frame around the table only
    for c in range(1, 6):
        ws.cell(row=14, column=c).border = Border()
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 7
    ws.column_dimensions["C"].width = 62
    ws.column_dimensions["D"].width = 7
    ws.column_dimensions["E"].width = 8
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    wb.properties.creator = AUTHOR
    wb.properties.lastModifiedBy = AUTHOR
    wb.properties.title = "评价机构工作考核表"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(path)


# --------------------------------------------------------------------------
# 2. Zhejiang Wencheng (DOCX)
# --------------------------------------------------------------------------
def build_wencheng(path):
    doc = Document()
    fix_docx_props(doc, "文成县财政局关于2024年财政支出绩效评价结果的通报")
    para(doc, "您现在的位置:首页 > 基本信息公开 > 工作信息 > 其他业务信息", size=9)
    para(doc, "文成县财政局关于2024年财政支出绩效评价结果的通报", bold=True, size=15,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "发布日期:2024-12-11 15:28:00 来源:文成县财政局", size=9,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "各有关单位:")
    para(doc,
         "按照省、市、县关于全面实施预算绩效管理的部署，依据《文成县财政局关于做好2024年部门(单位)绩效评价工作的通知》"
         "(文财〔2024〕2号)和《文成县财政局关于开展2024年财政支出绩效评价的通知》(文财〔2024〕37号)，各预算部门(单位)"
         "已就2023年度由财政资金安排的各类项目支出完成绩效自评，共报送项目自评2630个，涉及金额340915.5112万元；"
         "自评结果为“优秀”的1812个、“良好”的171个、“中”的536个、“差”的111个。文成县财政局在自评基础上抽取"
         "50个专项资金项目，委托中介机构对自评结果进行复核，重点核查绩效目标的填报与完成情况并指导纠偏，涉及金额"
         "13818.8634万元；另选取11个预算金额较大、社会影响较广、与民生保障和经济社会发展关系密切的重点政策和项目"
         "开展重点绩效评价，涉及金额15091.58万元；选取1个单位开展整体支出绩效评价，涉及金额2895万元；选取1个乡镇"
         "人民政府开展下级政府综合运行评价，涉及金额5643万元。现将评价结果通报如下:")
    para(doc, "(一)复核评价情况", bold=True)
    para(doc, "复核评价的50个项目,复核等次为“优秀”的5个,占比10%,“良好”的23个,占比46%,“中(一般)”的22个,"
              "占比44%。具体项目情况如下:")
    rows = [
        ("序号", "单位", "项目", "评价档次"),
        ("1", "浙江文成经济开发区管理委员会", "公权力大数据运行平台建设", "良好"),
        ("2", "浙江文成经济开发区管理委员会", "浙江文成经济开发区综合配套工程", "中(一般)"),
        ("3", "文成县投资促进服务中心", "在外驻点招商引智专项资金", "中(一般)"),
        ("4", "文成县投资促进服务", "", ""),
    ]
    t = doc.add_table(rows=len(rows), cols=4)
    table_borders(t)
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            set_cell(t.cell(r, c), v, bold=(r == 0), size=10,
                     align=WD_ALIGN_PARAGRAPH.CENTER if c in (0, 3) or r == 0 else None)
    col_widths(t, [1.4, 5.6, 6.4, 2.6])
    doc.save(path)


# --------------------------------------------------------------------------
# 3. Hunan Changsha contract (DOCX)
# --------------------------------------------------------------------------
STATIONS = ("翻身垸泵站、长善垸泵站、三角塘泵站、南湖港泵站、灵官渡(老)泵站、灵官渡(新)泵站、新开铺泵站、小西门泵站、"
            "小西门提升泵站及调蓄池、交警泵站、徐家湖泵站、岳北泵站、岳华泵站、财经提升泵站、麓山垸提升泵站、咸嘉湖泵站、"
            "橘子洲泵站、阜埠河泵站、赵洲港泵站、凤嘴泵站、田心港泵站、陈家渡提升泵站、金霞提升泵站、金霞排渍泵站、"
            "筒车坝提升泵站、墙板厂提升泵站、洪山桥提升泵站、朝正垸提升泵站、浏正码头泵站、北站路泵站、桂花祠泵站、老糠")


def build_changsha(path):
    doc = Document()
    fix_docx_props(doc, "服务类项目政府采购合同协议书")
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    para(doc, "服务类项目政府采购合同协议书", bold=True, size=15, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "政府采购合同编号: CSCG-GK-202307110013-1")
    para(doc, "采购人(全称): 长沙市城区排水事务中心 (甲方)")
    para(doc, "中标(成交)供应商(全称): 湖南惟公人力资源服务有限公司 (乙方)")
    para(doc, "为维护甲乙双方的合法权益，依照《中华人民共和国民法典》《中华人民共和国政府采购法》及其他相关法律、"
              "法规和规章，双方订立本合同协议书。采购人与中标(成交)供应商应按合同约定依法履行各自义务。本政府采购合同"
              "的履行、违约责任及争议解决方式，适用《中华人民共和国民法典》。")
    para(doc, "1.项目管理信息 (1)采购方式: 公开招标 (2)项目名称: 2023年泵站巡查和操作服务外包项目 "
              "(3)采购计划编号: CSCG-2023071100132.合同标的及金额")
    rows = [
        ("序号", "标的名称", "政府采购品目", "型号规格", "数量单位", "数量", "总价(元)"),
        ("1", "2023年泵站巡查和操作服务外包项目", "其他公共设施管理服务", "详见招标文件", "项", "1", "3993100"),
    ]
    t = doc.add_table(rows=3, cols=7)
    table_borders(t)
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            set_cell(t.cell(r, c), v, bold=(r == 0), size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
    m = t.cell(2, 0).merge(t.cell(2, 6))
    set_cell(m, "合计金额小写: 3993100 元 合计金额大写: 叁佰玖拾玖万叁仟壹佰元整", size=9)
    col_widths(t, [1.2, 6.0, 4.2, 3.0, 2.0, 1.4, 3.0])
    para(doc, "")
    para(doc, "合同标的及金额明细:合同标的及金额明细")
    t2 = doc.add_table(rows=2, cols=5)
    table_borders(t2)
    hdr = ("序号", "需求班数", "每班综合单价(元)", "总价(元)", "备注")
    for c, v in enumerate(hdr):
        set_cell(t2.cell(0, c), v, bold=True, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
    vals = ("1", "7300", "547", "3993100",
            "1、该需求班数是包含了44个泵站中大部分泵站的服务需求(" + STATIONS)
    for c, v in enumerate(vals):
        set_cell(t2.cell(1, c), v, size=9, align=WD_ALIGN_PARAGRAPH.CENTER if c < 4 else None)
    col_widths(t2, [1.2, 2.2, 3.0, 2.6, 12.0])
    doc.save(path)


# --------------------------------------------------------------------------
# 4. Pre-evaluation review score sheet (DOCX)
# --------------------------------------------------------------------------
def build_preeval(path):
    doc = Document()
    fix_docx_props(doc, "事前绩效评价的几种评价方案比较")
    para(doc, "事前绩效评价的几种评价方案比较.pdf", bold=True, size=12)
    para(doc, "……划、项目申报理由等内容，采取委托第三方的方式，运用科学合理的评估方法，就项目实施的必要性与可行性、"
              "绩效目标设置是否科学、财政支持方式以及项目预算是否合理等方面作出客观公正的评估。")
    BOX = "优口良口中□差□"
    # (kind, ...) rows; 'sec' = section row, 'item' = (label, weight, point, points, opinion), 'sub' = 得分小计
    body = [
        ("sec", "一、立项必要性(20分)"),
        ("item", "明确相关性", "10分", "项目实施目的明确,内容具体", "5分", "优口良口中□差"),
        ("item", None, None, "项目符合国家、市、区相关规划、政府决策、社会发展要求,与项目实施单位或委托单位职责密切相关", "5分", BOX),
        ("sub",),
        ("item", "必要可行", "10分", "项目的唯一性,与其他项目不存在重复交叉", "5分", BOX),
        ("item", None, None, "事前经过必要的可行性研究、专家论证、风险评估、集体决策等", "分", BOX),
        ("sec", "二、投入经济性(20分)"),
        ("item", "预算科学性", "10分", "预算支出内容与部门职责相匹配", "5分", "优口良口中口差□"),
        ("item", None, None, "预算明细清晰明确", "5分", BOX),
        ("sub",),
        ("item", "经济合理性", "10分", "预算遵循勤俭办事、量力而为的原则", "5分", BOX),
        ("item", None, None, "预算测算依据充分,符合定额等支出标准", "5分", BOX),
        ("sub",),
        ("sec", "三、绩效目标合理性(20分)"),
        ("item", "完整性", "分", "绩效目标填报格式规范、填报内容完整、准确、详实,无缺项、错项", "5分", BOX),
        ("item", None, None, "绩效目标明确,内容具体,能够反映项目的主", "5分", BOX),
    ]
    n = 2 + len(body)
    t = doc.add_table(rows=n, cols=5)
    table_borders(t)
    C = WD_ALIGN_PARAGRAPH.CENTER
    # two header rows
    a = t.cell(0, 0).merge(t.cell(0, 1)); set_cell(a, "审核内容", bold=True, align=C)
    b = t.cell(0, 2).merge(t.cell(0, 3)); set_cell(b, "审核要点", bold=True, align=C)
    o = t.cell(0, 4).merge(t.cell(1, 4)); set_cell(o, "审核意见", bold=True, align=C)
    for c, v in enumerate(("具体内容", "权重", "具体内容", "分值")):
        set_cell(t.cell(1, c), v, bold=True, align=C)
    # body; label/weight cells merge down over following item rows and 得分小计 rows of the block
    block_start = None
    r = 2
    blocks = []
    for row in body:
        if row[0] == "sec":
            if block_start is not None:
                blocks.append((block_start, r - 1)); block_start = None
            m = t.cell(r, 0).merge(t.cell(r, 4)); set_cell(m, row[1], bold=True)
        elif row[0] == "item":
            label, weight, point, pts, op = row[1:]
            if label is not None:
                if block_start is not None:
                    blocks.append((block_start, r - 1))
                block_start = r
                set_cell(t.cell(r, 0), label, align=C)
                set_cell(t.cell(r, 1), weight, align=C)
            set_cell(t.cell(r, 2), point)
            set_cell(t.cell(r, 3), pts, align=C)
            set_cell(t.cell(r, 4), op, align=C)
        else:  # 得分小计
            m = t.cell(r, 2).merge(t.cell(r, 3)); set_cell(m, "得分小计", align=C)
            set_cell(t.cell(r, 4), "")
        r += 1
    if block_start is not None:
        blocks.append((block_start, r - 1))
    for s, e in blocks:
        if e > s:
            lab = t.cell(s, 0).text
            w = t.cell(s, 1).text
            m0 = t.cell(s, 0).merge(t.cell(e, 0)); set_cell(m0, lab, align=C)
            m1 = t.cell(s, 1).merge(t.cell(e, 1)); set_cell(m1, w, align=C)
    col_widths(t, [2.4, 1.4, 7.6, 1.4, 3.4])
    doc.save(path)


# --------------------------------------------------------------------------
def to_pdf(path):
    outdir = os.path.dirname(path)
    profile = tempfile.mkdtemp(prefix="lo_blind100_")
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", outdir, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def main():
    write_gold()  # gold first
    builders = {F_JIADING: build_jiading, F_WENCHENG: build_wencheng,
                F_CHANGSHA: build_changsha, F_PREEVAL: build_preeval}
    for stem, fn in builders.items():
        ext = GOLD[stem]["ext"][0]
        path = os.path.join(HERE, f"{stem}.{ext}")
        fn(path)
        normalise_zip(path)
        if "--no-pdf" not in sys.argv:
            to_pdf(path)
        print("built", path)


if __name__ == "__main__":
    main()
