# -*- coding: utf-8 -*-
"""blind190: real-layout documents (department-wide spending / evaluation score tables).

Gold first (Python data), then builders (python-docx / openpyxl), LibreOffice PDF export,
annotations/<file>.json for source and PDF, and a pdftotext presence check.
Run with /tmp/venv/bin/python.
"""
import datetime
import io
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
PART = "blind190"
ANN = os.path.join(HERE, "annotations")
FIXED_DT = datetime.datetime(2025, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------

GZBLY_URL = "http://www.gzbly.net/html/text/lar/172081/17208128_4.html"
TAODOCS_URL = "https://m.taodocs.com/p-534480183.html"
DONGSHI_URL = "https://m.51dongshi.net/eedfrcvdvdcgg.html"
PUTIAN_URL = "https://www.putian.gov.cn/zwgk/zdlyxxgk/czzj/zxgzzj/202504/t20250421_1991203.htm"
NCDAG_URL = "https://www.ncdag.com/article/BDi3Hff2Rt"


def ind(level1, level2, name, operator=None, value=None, unit=None, target_text=None,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


# --- 1. gzbly: facility-agriculture construction project, evaluation score table (page 4 of a doc)
G1_L1A = "执行情况评价(80分)"
G1_L1B = "技术服务(10分)"
GOLD_GZBLY = {
    "file": "weizhi-buxiang-sheshinongye-pingfenbiao.docx",
    "source_urls": [GZBLY_URL],
    "province": None,
    "doc_kind": "绩效评价评分表",
    "patterns": [1, 5, 6],
    "indicators": [
        ind(G1_L1A, None, "年度建设任务完成率", weight=20),
        ind(G1_L1A, None, "建设质量合格率", weight=20),
        ind(G1_L1A, None, "种植率", weight=30),
        ind(G1_L1A, None, "水、电、路等公共基础设施建设完成率", weight=10),
        ind(G1_L1B, None, "培训覆盖率", weight=4),
        ind(G1_L1B, None, "技术入户率", weight=4),
        ind(G1_L1B, None, "标准化生产", weight=2),
    ],
    "goals": [],
    "facts": [
        {"metric": "执行情况评价分值", "kind": "sum", "total": 80, "parts": [20, 20, 30, 10], "unit": "分"},
        {"metric": "技术服务分值", "kind": "sum", "total": 10, "parts": [4, 4, 2], "unit": "分"},
    ],
    "findings": [],
    "notes": ("Stored page is page 4 (_4) of a longer text document: it starts with the header row of a "
              "scoring table and stops at the '分项小计' row, so the title, the project name, the province "
              "and any rows after 技术服务 are not on the page. province=null (not stated on the page). "
              "Header row rebuilt as written: 项目|内容|评分指标|评价得分|评分标准|评价得分|评分标准|评价得分|"
              "评分标准|评价得分 (four grade bands, the first band headed '评分指标' as on the page; the band "
              "names above them are not on the page). For the four 执行情况评价 rows the formula text "
              "'得分值=…' sits in one cell, merged here across the eight band columns. Weights are written "
              "inside the name cell '(20分)' (pattern 6); name = the indicator name before the bracketed "
              "formula. The band points are not row scores: score=null (评价得分 left empty on the page). "
              "The 培训覆盖率 bands give 2 points both for 60-79% and for <60% (kept as written; possibly a "
              "typo, no rule id fits, so not a finding). No targets: operator/value/target_text null."),
}

# --- 2. taodocs: 部门整体支出绩效评价指标体系表 (.doc)
G2_L1 = "投入(15)"
GOLD_TAODOCS = {
    "file": "weizhi-buxiang-bumenzhengti-zhibiaotixibiao.docx",
    "source_urls": [TAODOCS_URL],
    "province": None,
    "doc_kind": "部门整体支出绩效评价指标体系表",
    "patterns": [1, 5, 6],
    "indicators": [
        ind(G2_L1, "目标设定(5)", "绩效目标合理性", weight=2),
        ind(G2_L1, "目标设定(5)", "绩效指标明确性", weight=3),
        ind(G2_L1, "预算配置(10)", "在职人员控制率", weight=3),
        ind(G2_L1, "预算配置(10)", "“三公经费”变动率", weight=3),
        ind(G2_L1, "预算配置(10)", "重点支出安排率", weight=4),
    ],
    "goals": [],
    "facts": [
        {"metric": "投入分值", "kind": "sum", "total": 15, "parts": [5, 10], "unit": "分"},
        {"metric": "目标设定分值", "kind": "sum", "total": 5, "parts": [2, 3], "unit": "分"},
        {"metric": "预算配置分值", "kind": "sum", "total": 10, "parts": [3, 3, 4], "unit": "分"},
    ],
    "findings": [],
    "notes": ("Document-site preview of 绩效评价指标体系.doc (uploaded 2021/9/27). Site chrome (file size, "
              "upload line) dropped; the document starts at its title. Columns: 一级指标|二级指标|三级指标|"
              "指标解释|指标说明|得分. Weights are written in brackets in the label cells (投 入(15), "
              "目标设定(5), 绩效目标合理性(2) …), recorded as weight. The stored page stops inside the 指标说明 "
              "of the second row ('…可衡量的指标值予以'), so the 指标说明 cells of the three 预算配置 rows are "
              "empty here and every 得分 cell is empty. The 指标解释 texts are long sentences and were "
              "re-worded (numbers kept). No province named on the page."),
}

# --- 3. 51dongshi: 附件1 部门整体支出绩效评价指标表 (scored)
G3_STD1 = "以100%为标准。在职人员控制率≦100%,计5分;每超过一个百分点扣0.5分,扣完为止。"
G3_STD2 = "“三公经费”变动率≦0,计8分;“三公经费”>0,每超过一个百分点扣0.8分,扣完为止。"
GOLD_DONGSHI = {
    "file": "weizhi-shengji-bumenzhengti-pingjiazhibiaobiao.xlsx",
    "source_urls": [DONGSHI_URL],
    "province": None,
    "doc_kind": "部门整体支出绩效评价指标表",
    "patterns": [1, 5],
    "indicators": [
        ind("投入", "预算配置", "在职人员控制率", "<=", 100, "%", G3_STD1, None, 5, 5),
        ind("投入", "预算配置", "“三公经费”变动率", "<=", 0, None, G3_STD2, None, 8, 8),
    ],
    "goals": [],
    "facts": [
        {"metric": "投入分值", "kind": "sum", "total": 13, "parts": [5, 8], "unit": "分"},
        {"metric": "预算配置分值", "kind": "sum", "total": 13, "parts": [5, 8], "unit": "分"},
        {"metric": "投入得分", "kind": "sum", "total": 13, "parts": [5, 8], "unit": "分"},
    ],
    "findings": [],
    "notes": ("Stored page (dated 2025-09-24 on the site) holds 附件1 部门整体支出绩效评价指标表 with two scored "
              "rows and then only the first character '过' of the next 一级 label (过程): the row is kept as "
              "a cut row with that one character; it is not an indicator. Columns 一级指标|分值|二级指标|分值|"
              "三级指标|分值|评价标准|指标说明|得分. Source format not known (a table attachment): built as "
              "XLSX. The target is read from the 评价标准 cell (≦100% / ≦0), target_text = the whole cell. "
              "Typos kept: '“在公经费”变动率' in the formula, '“三公经费”>0' (missing 变动率), the symbol ≦. "
              "'以财政厅确定的部门决算编制口径' shows a provincial framework but the province is not named: "
              "province=null. The 三公经费变动率 has no unit on the page (unit=null)."),
}

# --- 4. putian (福建): fund-allocation notice, prose; the attached 绩效目标表 is beyond the stored page
GOLD_PUTIAN = {
    "file": "fujian-putian-haiyangyuye-zijinxiada-tongzhi.docx",
    "source_urls": [PUTIAN_URL],
    "province": "福建省",
    "doc_kind": "资金下达通知",
    "patterns": [8],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "2025年海洋与渔业综合服务专项资金", "kind": "amount", "total": 274.30, "parts": [],
         "unit": "万元"},
    ],
    "findings": [],
    "notes": ("Notice of 莆田市财政局 and 莆田市海洋与渔业局 dated 2025年4月11日 allocating 274.30万元. It lists "
              "附件2 '2025年省级海洋与渔业综合服务专项资金绩效目标表' but the stored page stops after the signature "
              "and date, before both attachments: no indicator rows, no goals. Body sentences re-worded "
              "(document numbers, amounts, subject code kept). Prose-only document."),
}

# --- 5. ncdag (江西 南昌): 整体支出绩效自评报告, prose, stops in the duty list
GOLD_NCDAG = {
    "file": "jiangxi-nanchang-danganguan-zhengtizhichu-zipingbaogao.docx",
    "source_urls": [NCDAG_URL],
    "province": "江西省",
    "doc_kind": "整体支出绩效自评报告",
    "patterns": [],
    "indicators": [],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": ("南昌市档案馆2022年整体支出绩效自评报告 (published 2023-03-10). The stored page holds the title "
              "and section 一、单位概况 (一) 1. 单位主要职责职能, duties (1)-(7), and stops inside duty (7) "
              "('…加强馆际合作和业务'). Duties re-worded; no goals, indicators or amounts on the stored page. "
              "Prose-only document; gold is empty on purpose (nothing should be extracted)."),
}

GOLDS = [GOLD_GZBLY, GOLD_TAODOCS, GOLD_DONGSHI, GOLD_PUTIAN, GOLD_NCDAG]

# ---------------------------------------------------------------------------
# BUILD HELPERS
# ---------------------------------------------------------------------------

from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt, Cm  # noqa: E402
import openpyxl  # noqa: E402
from openpyxl.styles import Alignment, Font, Border, Side  # noqa: E402
from openpyxl.utils import get_column_letter  # noqa: E402

FONT = "Noto Sans CJK SC"


def new_doc(landscape=False):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(10)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    sec = d.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.6))
    cp = d.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.title = ""
    cp.comments = ""
    cp.revision = 1
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    return d


def para(d, text, bold=False, size=None, center=False):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


def table_from_grid(d, grid, merges, widths=None, header_rows=1, size=9):
    """grid: list of rows (lists of str); merges: list of (r0, c0, r1, c1) inclusive."""
    nrows, ncols = len(grid), len(grid[0])
    t = d.add_table(rows=nrows, cols=ncols)
    t.style = "Table Grid"
    t.autofit = False
    covered = {}
    for (r0, c0, r1, c1) in merges:
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    covered[(r, c)] = True
    for r in range(nrows):
        for c in range(ncols):
            if (r, c) in covered:
                continue
            set_cell(t.cell(r, c), grid[r][c], bold=(r < header_rows), size=size)
    for (r0, c0, r1, c1) in merges:
        t.cell(r0, c0).merge(t.cell(r1, c1))
    if widths:
        for c, w in enumerate(widths):
            t.columns[c].width = Cm(w)
        for row in t.rows:
            for c, w in enumerate(widths):
                row.cells[c].width = Cm(w)
    return t


def normalise_zip(path):
    """Rewrite a zip with fixed timestamps and sorted members (byte-deterministic)."""
    with zipfile.ZipFile(path) as z:
        items = [(n, z.read(n)) for n in z.namelist()]
    # openpyxl stamps dcterms:modified with the save time: pin it
    items = [(n, re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                        rb"\g<1>2025-01-01T00:00:00Z\g<2>", data) if n == "docProps/core.xml" else data)
             for n, data in items]
    first = [i for i in items if i[0] == "[Content_Types].xml"]
    rest = sorted([i for i in items if i[0] != "[Content_Types].xml"])
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in first + rest:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def save_docx(d, name):
    path = os.path.join(HERE, name)
    d.save(path)
    normalise_zip(path)
    return path


# ---------------------------------------------------------------------------
# DOCUMENT 1: gzbly score table
# ---------------------------------------------------------------------------

def build_gzbly():
    d = new_doc(landscape=True)
    hdr = ["项目", "内容", "评分指标", "评价得分", "评分标准", "评价得分", "评分标准", "评价得分", "评分标准", "评价得分"]
    rows = [hdr]
    rows.append([G1_L1A, "年度建设任务完成率\n(计算方法:年度建设任务完成面积/计划面积×100)(20分)",
                 "得分值=年度建设任务完成率(超过100%以100%计算)×20"] + [""] * 7)
    rows.append([G1_L1A, "建设质量合格率\n(计算方法:年度建设任务完成率×质量抽检合格率)(20分)",
                 "得分值=建设质量合格率×20"] + [""] * 7)
    rows.append([G1_L1A, "种植率(计算方法:设施当年种植面积/设施总面积×100)(30分)",
                 "得分值=种植率×30"] + [""] * 7)
    rows.append([G1_L1A, "水、电、路等公共基础设施建设完成率(10分)",
                 "得分值=水、电、路等公共基础设施建设完成率×10"] + [""] * 7)
    rows.append([G1_L1B, "培训覆盖率(计算方法:实际培训人数/计划培训人数×100)(4分)",
                 "技术培训人次完成率100%,培训资料全面,培训层次全面。", "4",
                 "技术培训人次完成率80-99%,培训资料全面,培训层次较全面", "3",
                 "技术培训人次完成率60-79%,培训资料较全面", "2",
                 "技术培训人次完成率<60%,培训资料不全面", "2"])
    rows.append([G1_L1B, "技术入户率(4分)",
                 "技术人员入户指导率100%,平均每年每名技术人员入户指导20次以上", "4",
                 "技术人员入户指导率80-99%,平均每年入户指导15次以上", "3",
                 "技术人员入户指导率60-79%,平均每年入户指导10次以上", "2",
                 "技术人员入户指导率<60%,平均每年入户指导9次以下", "1"])
    rows.append([G1_L1B, "标准化生产(2分)",
                 "有可依照的无公害生产技术规程,并按规程组织生产,农户对规程主要指标知晓,申报取得无公害认证", "2",
                 "有可依照的无公害生产技术规程,并按规程组织生产,农户对规程主要指标知晓,没有取得无公害认证", "1.5",
                 "有可依照的,没有大规模按规程组织生产,农户对规程主要指标不清楚", "1",
                 "没有无公害生产技术规程,没有组织进行标准化生产", "0"])
    rows.append(["分项小计", "", "小计", "", "小计", "", "小计", "", "小计", ""])
    merges = [(1, 0, 4, 0), (5, 0, 7, 0), (8, 0, 8, 1)]
    for r in range(1, 5):
        merges.append((r, 2, r, 9))
    widths = [2.2, 4.6, 3.9, 1.3, 3.9, 1.3, 3.9, 1.3, 3.9, 1.3]
    table_from_grid(d, rows, merges, widths, size=8)
    return save_docx(d, GOLD_GZBLY["file"])


# ---------------------------------------------------------------------------
# DOCUMENT 2: taodocs 部门整体支出绩效评价指标体系表
# ---------------------------------------------------------------------------

def build_taodocs():
    d = new_doc(landscape=False)
    para(d, "部门整体支出绩效评价指标体系表", bold=True, size=14, center=True)
    hdr = ["一级\n指标", "二级\n指标", "三级指标", "指标解释", "指标说明", "得分"]
    rows = [hdr,
            ["投 入\n(15)", "目标设定\n(5)", "绩效目标\n合理性\n(2)",
             "衡量部门(单位)确定的整体绩效目标是否依据充分、是否切合实际,反映整体绩效目标与部门履职及年度工作任务是否相符。",
             "评价要点:\n①是否符合国家法律法规、国民经济和社会发展总体规划;②是否符合部门“三定”方案确定的职责;\n③是否符合部门制定的中长期实施规划。",
             ""],
            ["投 入\n(15)", "目标设定\n(5)", "绩效指标\n明确性\n(3)",
             "衡量部门(单位)按整体绩效目标设置的绩效指标是否清晰、细化、可衡量,反映整体绩效目标的细化程度。",
             "评价要点:\n①是否将部门整体的绩效目标细化分解为具体的工作任务;\n②是否通过清晰、可衡量的指标值予以",
             ""],
            ["投 入\n(15)", "预算配置\n(10)", "在职人员\n控制率\n(3)",
             "部门(单位)本年度实际在职人员数与编制数之比,反映部门(单位)对人员成本的控制程度。",
             "", ""],
            ["投 入\n(15)", "预算配置\n(10)", "“三公经\n费”变动\n率(3)",
             "部门(单位)本年度“三公经费”预算数相对上年度“三公经费”预算数的变动比率,反映部门(单位)控制重点行政成本的努力程度。",
             "", ""],
            ["投 入\n(15)", "预算配置\n(10)", "重点支出\n安排率\n(4)",
             "部门(单位)本年度预算安排的重点项目支出占部门项目总支出的比率,反映部门(单位)对履行主要职责、完成重点任务的保障程度。",
             "", ""],
            ]
    merges = [(1, 0, 5, 0), (1, 1, 2, 1), (3, 1, 5, 1)]
    widths = [1.6, 1.9, 2.2, 5.6, 5.6, 1.3]
    table_from_grid(d, rows, merges, widths, size=9)
    return save_docx(d, GOLD_TAODOCS["file"])


# ---------------------------------------------------------------------------
# DOCUMENT 3: 51dongshi 附件1 部门整体支出绩效评价指标表 (XLSX)
# ---------------------------------------------------------------------------

def build_dongshi():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center", horizontal="center")
    wrap_left = Alignment(wrap_text=True, vertical="center", horizontal="left")
    ws["A1"] = "附件1"
    ws["A1"].font = Font(name=FONT, size=10)
    ws["A2"] = "部门整体支出绩效评价指标表"
    ws["A2"].font = Font(name=FONT, size=14, bold=True)
    ws["A2"].alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells("A2:I2")
    hdr = ["一级指标", "分值", "二级指标", "分值", "三级\n指标", "分值", "评价标准", "指标说明", "得分"]
    for c, v in enumerate(hdr, 1):
        cell = ws.cell(row=3, column=c, value=v)
        cell.font = Font(name=FONT, size=10, bold=True)
        cell.alignment = wrap
        cell.border = border
    data = [
        ["投入", 13, "预算配置", 13, "在职人员控制率", 5, G3_STD1,
         "在职人员控制率=(在职人员数/编制数)×100%,在职人员数:部门(单位)实际在职人数,以财政厅确定的部门决算编制口径为准。\n编制数:机构编制部门核定批复的部门(单位)的人员编制数。",
         5],
        [None, None, None, None, "“三公经费”变动率", 8, G3_STD2,
         "“在公经费”变动率=[(本年度“三公经费”预算数-上年度“三公经费”预算数)/上年度“三公经费”预算数]×100%",
         8],
        ["过", None, None, None, None, None, None, None, None],
    ]
    for r, row in enumerate(data, 4):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.font = Font(name=FONT, size=9)
            cell.alignment = wrap_left if c in (7, 8) else wrap
            cell.border = border
    ws.merge_cells("A4:A5")
    ws.merge_cells("B4:B5")
    ws.merge_cells("C4:C5")
    ws.merge_cells("D4:D5")
    widths = [8, 6, 9, 6, 12, 6, 62, 42, 6]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.row_dimensions[4].height = 110
    ws.row_dimensions[5].height = 80
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = PART
    wb.properties.lastModifiedBy = PART
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    path = os.path.join(HERE, GOLD_DONGSHI["file"])
    wb.save(path)
    normalise_zip(path)
    return path


# ---------------------------------------------------------------------------
# DOCUMENT 4: putian notice (prose)
# ---------------------------------------------------------------------------

def build_putian():
    d = new_doc()
    para(d, "莆田市财政局莆田市海洋与渔业局关于下达2025年省级海洋与渔业综合服务专项资金的通知",
         bold=True, size=14, center=True)
    para(d, "来源:市海渔局 时间:2025-04-11 10:18", center=True)
    para(d, "莆田市海洋与渔业局、市海洋与渔业执法支队、市水产技术推广站、市海洋与渔业环境监测站、"
            "市后海围垦管理局、有关县(区、管委会)财政局、海洋与渔业行政主管部门:")
    para(d, "按照《福建省财政厅 福建省海洋与渔业局关于下达2025年海洋与渔业综合服务专项资金的通知》"
            "(闽财农指〔2025〕7号)和省海洋与渔业局《2025年海洋与渔业综合服务专项资金细化安排方案》的要求,"
            "现将2025年海洋与渔业综合服务专项资金274.30万元下达给你们(详见附件1:2025年省级海洋与渔业综合服务"
            "专项资金分配表)。该资金列“2130148-渔业发展”科目。请依照资金管理办法等规定规范使用专项资金,"
            "加快支出进度,对照绩效目标做好绩效跟踪管理,提高财政资金使用效益。")
    para(d, "附件:1.2025年省级海洋与渔业综合服务专项资金分配表")
    para(d, "      2.2025年省级海洋与渔业综合服务专项资金绩效目标表")
    p = para(d, "莆田市财政局       莆田市海洋与渔业局")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = para(d, "2025年4月11日")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return save_docx(d, GOLD_PUTIAN["file"])


# ---------------------------------------------------------------------------
# DOCUMENT 5: ncdag 整体支出绩效自评报告 (prose)
# ---------------------------------------------------------------------------

def build_ncdag():
    d = new_doc()
    para(d, "南昌市档案馆", bold=True, size=16, center=True)
    para(d, "2022年整体支出绩效自评报告", bold=True, size=16, center=True)
    para(d, "一、 单位概况", bold=True)
    para(d, "(一) 单位主要职责职能、组织架构、人员及资产基本情况", bold=True)
    para(d, "1. 单位主要职责职能")
    duties = [
        "(1)落实党和国家以及省、市关于档案管理的法律、法规、规章和有关规定,制定并实施本馆的档案管理制度、"
        "业务标准、技术规范、年度工作计划和档案建设项目,保障档案完整与安全。",
        "(2)依法接收应由市档案馆接收的市级机关、团体、企事业单位和其他组织的档案并给予指导;调查、征集散存"
        "或散失在社会上、反映我市各历史时期、具有保存和研究价值的档案资料,以及著名人物在南昌活动中形成的各种"
        "载体、门类的档案资料。",
        "(3)保守党和国家秘密,对市级机关、团体、企事业单位和其他组织按规定移交进馆的档案资料实行科学管理和"
        "安全保管;做好馆藏档案资料的整理、鉴定、保护、修复、复制和统计等基础业务。",
        "(4)开展档案资料利用服务,向社会提供档案资料查阅利用;负责收集、整理市直单位已公开的现行文件并提供利用。",
        "(5)推动档案宣传和档案文化建设,举办档案陈列展览,建设档案教育示范基地,研究、编纂、出版档案史料,"
        "为党委和政府决策提供参考,满足社会对档案文化的需求。",
        "(6)推进本馆档案信息化建设,负责市级重要政务数据和电子档案的管理、长久保存及异地备份,运用先进技术"
        "管理档案和资料,保障数字档案资源安全并有效利用;推进档案信息网络建设,发挥档案信息资源作用,服务经济"
        "建设和社会事业发展。",
        "(7)开展档案理论和科学技术研究,加强馆际合作和业务",
    ]
    for t in duties:
        para(d, t)
    return save_docx(d, GOLD_NCDAG["file"])


# ---------------------------------------------------------------------------
# PDF export, annotations, checks
# ---------------------------------------------------------------------------

def to_pdf(path):
    outdir = HERE
    cmd = ["soffice", "-env:UserInstallation=file:///tmp/lo_%s" % PART, "--headless",
           "--convert-to", "pdf", "--outdir", outdir, path]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    pdf = os.path.splitext(path)[0] + ".pdf"
    if not os.path.exists(pdf):
        raise SystemExit("PDF not produced for %s" % path)
    return pdf


def pdf_text(pdf):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], check=True,
                         stdout=subprocess.PIPE).stdout.decode("utf-8")
    return re.sub(r"\s+", "", out)


def norm(s):
    return re.sub(r"\s+", "", s)


def write_ann(gold, fname):
    ann = {
        "source": fname,
        "source_urls": gold["source_urls"],
        "province": gold["province"],
        "doc_kind": gold["doc_kind"],
        "patterns": gold["patterns"],
        "indicators": gold["indicators"],
        "goals": gold["goals"],
        "facts": gold["facts"],
        "findings": gold["findings"],
        "notes": gold["notes"],
    }
    with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as f:
        json.dump(ann, f, ensure_ascii=False, indent=1)
        f.write("\n")


def check(gold, pdf):
    text = pdf_text(pdf)
    missing = []
    items = []
    for i in gold["indicators"]:
        items.append(("name", i["name"]))
        if i["target_text"]:
            items.append(("target_text", i["target_text"]))
    for g in gold["goals"]:
        items.append(("goal", g["text"]))
    for f in gold["findings"]:
        items.append(("finding", f["item"]))
    for kind, s in items:
        if norm(s) not in text:
            missing.append((kind, s))
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    builders = [(GOLD_GZBLY, build_gzbly), (GOLD_TAODOCS, build_taodocs), (GOLD_DONGSHI, build_dongshi),
                (GOLD_PUTIAN, build_putian), (GOLD_NCDAG, build_ncdag)]
    bad = 0
    for gold, builder in builders:
        src = builder()
        pdf = to_pdf(src)
        write_ann(gold, os.path.basename(src))
        write_ann(gold, os.path.basename(pdf))
        miss = check(gold, pdf)
        status = "ok" if not miss else "MISSING %r" % miss
        if miss:
            bad += 1
        print("%-62s rows=%d goals=%d facts=%d findings=%d %s" % (
            os.path.basename(src), len(gold["indicators"]), len(gold["goals"]), len(gold["facts"]),
            len(gold["findings"]), status))
    tot = lambda k: sum(len(g[k]) for g in GOLDS)  # noqa: E731
    print("TOTAL docs=%d rows=%d goals=%d facts=%d findings=%d" % (
        len(GOLDS), tot("indicators"), tot("goals"), tot("facts"), tot("findings")))
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
