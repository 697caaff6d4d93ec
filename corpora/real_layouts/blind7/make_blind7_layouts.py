"""Blind part 7 of the real-layout corpus (issue 14): documents that reproduce public forms, with hand-set gold.

Written by an annotator who did not read the toolkit's code and did not run it. Every document reproduces the
layout of one stored public page (header rows, merged cells, column order, empty cells, defects, indicator names,
values, units, amounts, scores); goals and narrative are reworded. Where the stored page text stops in the middle
of a table, only the rows shown are reproduced, and the gold does not expect findings that the cut explains.

Deterministic DOCX/XLSX (fixed core-property dates and zip timestamps); PDFs are exported with LibreOffice
(``--no-pdf`` skips them). The gold below is written by hand from the same data, never from running anything.

Grid notation used by the writers: a row is a list of cells; "<" merges the cell into the one on its left,
"^" merges it into the one above; None or "" is an empty cell.
"""
from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ANNOTATIONS = HERE / "annotations"
FIXED_TIME = dt.datetime(2025, 3, 1, 9, 0, 0)
L, U = "<", "^"


# ---------------------------------------------------------------------------------------------------------------
# gold helpers
# ---------------------------------------------------------------------------------------------------------------
def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual, "weight": weight, "score": score}


def goal(kind, text):
    return {"kind": kind, "text": text}


def finding(rule, item, why):
    return {"rule": rule, "item": item, "why": why}


def budget_fact(metric, planned, actual, stated_rate, unit="万元"):
    return {"metric": metric, "kind": "budget", "planned": planned, "actual": actual, "stated_rate": stated_rate,
            "unit": unit}


def sum_fact(metric, total, parts, unit="万元"):
    return {"metric": metric, "kind": "sum", "total": total, "parts": parts, "unit": unit}


def first15(text):
    return text[:15]


P_IO, P_O, P_Q, P_T, P_C = "产出指标", "数量指标", "质量指标", "时效指标", "成本指标"
E_IO, E_ECO, E_SOC, E_ENV, E_SUS = "效益指标", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"
S_IO, S_2 = "满意度指标", "服务对象满意度指标"


# ---------------------------------------------------------------------------------------------------------------
# grid → merged ranges
# ---------------------------------------------------------------------------------------------------------------
def grid_merges(grid):
    """Anchors and their (rows, cols) extent from the "<" / "^" markers (0-based)."""
    spans = []
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            if cell in (L, U):
                continue
            w = 1
            while c + w < len(row) and row[c + w] == L:
                w += 1
            h = 1
            while r + h < len(grid) and c < len(grid[r + h]) and grid[r + h][c] == U:
                h += 1
            if w > 1 or h > 1:
                spans.append((r, c, r + h - 1, c + w - 1))
    return spans


def width_of(grid):
    return max(len(row) for row in grid)


# ---------------------------------------------------------------------------------------------------------------
# writers
# ---------------------------------------------------------------------------------------------------------------
def write_xlsx(path, sheet_name, grid, widths, number_formats=None, title_rows=0):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = sheet_name
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    number_formats = number_formats or {}
    ncol = width_of(grid)
    for r, row in enumerate(grid, start=1):
        for c in range(1, ncol + 1):
            value = row[c - 1] if c - 1 < len(row) else None
            cell = ws.cell(r, c)
            if value not in (L, U, None, ""):
                cell.value = value
                if isinstance(value, str) and value.startswith("="):
                    cell.data_type = "s"  # typed text, not a formula
            if (r, c) in number_formats:
                cell.number_format = number_formats[(r, c)]
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center" if r <= title_rows else None)
            if r > title_rows:
                cell.border = border
            if r == 1:
                cell.font = Font(bold=True, size=14)
    for r1, c1, r2, c2 in grid_merges(grid):
        ws.merge_cells(start_row=r1 + 1, start_column=c1 + 1, end_row=r2 + 1, end_column=c2 + 1)
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    _fit_row_heights(ws, grid, widths)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    wb.properties.creator = "jixiao blind7"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(_normalise_zip(buf.getvalue()))


def _fit_row_heights(ws, grid, widths):
    """Row heights from the text length (LibreOffice does not grow rows that hold merged wrapped text)."""
    import math

    heights = {}
    merged = grid_merges(grid)
    anchors = {(r1, c1) for r1, c1, _r2, _c2 in merged}
    singles = [(r, c, r, c) for r, row in enumerate(grid) for c in range(len(row)) if (r, c) not in anchors]
    for r1, c1, r2, c2 in merged + singles:
        value = grid[r1][c1]
        if not isinstance(value, str) or value in (L, U):
            continue
        width = sum(widths[c] for c in range(c1, c2 + 1) if c < len(widths)) or 10
        units = sum(2 if ord(ch) > 0x2000 else 1 for ch in value)
        lines = sum(max(1, math.ceil(sum(2 if ord(ch) > 0x2000 else 1 for ch in part) / max(width - 1, 1)))
                    for part in value.split("\n")) if units else 1
        per_row = lines * 15.0 / (r2 - r1 + 1)
        for r in range(r1, r2 + 1):
            heights[r] = max(heights.get(r, 15.0), per_row)
    for r, h in heights.items():
        if h > 15.0:
            ws.row_dimensions[r + 1].height = h


def write_docx(path, blocks, landscape=True):
    """blocks: ("title", text) | ("p", text) | ("table", grid)."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    section = doc.sections[0]
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(1.8))
    for kind, *rest in blocks:
        if kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(rest[0])
            run.bold = True
            run.font.size = Pt(15)
        elif kind == "heading":
            p = doc.add_paragraph()
            run = p.add_run(rest[0])
            run.bold = True
        elif kind == "p":
            doc.add_paragraph(rest[0])
        elif kind == "table":
            grid = rest[0]
            ncol = width_of(grid)
            table = doc.add_table(rows=len(grid), cols=ncol)
            table.style = "Table Grid"
            for r1, c1, r2, c2 in grid_merges(grid):
                table.cell(r1, c1).merge(table.cell(r2, c2))
            for r, row in enumerate(grid):
                for c, value in enumerate(row):
                    if value in (L, U, None, ""):
                        continue
                    table.cell(r, c).text = str(value)
    doc.core_properties.author = "jixiao blind7"
    doc.core_properties.last_modified_by = "jixiao blind7"
    doc.core_properties.created = FIXED_TIME
    doc.core_properties.modified = FIXED_TIME
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_normalise_zip(buf.getvalue()))


def _normalise_zip(data: bytes) -> bytes:
    """Same entries with fixed timestamps (and fixed dates in docProps/core.xml), so reruns give equal bytes."""
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", lambda m: m.group(1) + stamp.encode(), body)
            dst.writestr(zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6]), body,
                         compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def to_pdf(path: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("soffice not found; run with --no-pdf")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(path.parent), str(path)], check=True, capture_output=True, timeout=180)
    pdf = path.with_suffix(".pdf")
    if not pdf.exists():
        raise SystemExit(f"LibreOffice made no PDF for {path.name}")
    return pdf


DOCUMENTS = []  # (file, make(path), gold without "source")


def document(file, gold):
    def register(make):
        DOCUMENTS.append((file, make, gold))
        return make
    return register


# ---------------------------------------------------------------------------------------------------------------
# 1. 湖南 湘潭市环境卫生管理处 2023 雾炮车降尘抑尘服务 项目支出绩效目标申报表 (whole form on the page)
# ---------------------------------------------------------------------------------------------------------------
XT23_GOAL = "采购雾炮车降尘抑尘服务，服务周期为2023.07-2024.01，使全市空气质量达到优良"
XT23_GRID = [
    ["2023年项目支出绩效目标申报表", L, L, L, L, L],
    ["填报单位：（盖章）                                                单位：万元", L, L, L, L, L],
    ["项目支出名称", "雾炮车降尘抑尘服务", L, "预算部门", "湘潭市环境卫生管理处", L],
    ["年度本级\n预算金额", "250万", L, "该项目支出上级资金", "0", L],
    ["项目支出实施期", "2023.07-2024.01", L, L, L, L],
    ["实施期绩效目标", XT23_GOAL, L, L, L, L],
    ["本年度绩效目标", XT23_GOAL, L, L, L, L],
    ["本年度\n绩效指标", "一级指标", "二级指标", "三级指标", "指标值及单位", "绩效标准"],
    [U, "产出指标", "数量指标", "雾炮车降尘抑尘服务配备车辆数", "10辆", "计划标准"],
    [U, U, U, "雾炮车风炮射程", "≥80M", "计划标准"],
    [U, U, "质量指标", "服务周期内空气质量", "优良", "计划标准"],
    [U, U, "时效指标", "服务周期", "2023.07-2024.01", "计划标准"],
    [U, U, "成本指标", "控制在预算成本内", "250万", "计划标准"],
    [U, "效益指标", "经济效益指标", "", "", ""],
    [U, U, "社会效益指标", "服务周期内，市民对空气质量改善的满意程度", "≥85%", "计划标准"],
    [U, U, "生态效益指标", "", "", ""],
    [U, U, "可持续影响指标", "", "", ""],
    [U, U, "社会公众或服务对象满意度指标", "市民满意度", "≥90%", "计划标准"],
    ["财政部门审核意见", "", L, L, L, L],
    ["填表人：宋云花    联系电话：1660732****    填报日期：        单位负责人签字：", L, L, L, L, L],
]


@document("hn-xiangtan-fogcannon-2023-targets.xlsx", {
    "source_urls": ["http://xtcg.xiangtan.gov.cn/15068/15075/26693/content_1250928.html"],
    "province": "湖南", "doc_kind": "申报表", "patterns": [1, 2, 6, 8, 10],
    "indicators": [
        ind(P_IO, P_O, "雾炮车降尘抑尘服务配备车辆数", None, 10, "辆", "10辆"),
        ind(P_IO, P_O, "雾炮车风炮射程", ">=", 80, "M", "≥80M"),
        ind(P_IO, P_Q, "服务周期内空气质量", None, None, None, "优良"),
        ind(P_IO, P_T, "服务周期", None, None, None, "2023.07-2024.01"),
        ind(P_IO, P_C, "控制在预算成本内", None, 250, "万", "250万"),
        ind(E_IO, E_SOC, "服务周期内，市民对空气质量改善的满意程度", ">=", 85, "%", "≥85%"),
        ind(S_IO, S_2, "市民满意度", ">=", 90, "%", "≥90%"),
    ],
    "goals": [goal("实施期目标", XT23_GOAL), goal("年度目标", XT23_GOAL)],
    "facts": [],
    "findings": [
        finding("target.missing_unit", "雾炮车风炮射程", "unit written as a bare Latin M (米?) — not a standard unit"),
        finding("target.qualitative_no_scale", "服务周期内空气质量", "bare level 优良 with no scale (no 优良天数比例 or AQI bound)"),
    ],
    "notes": "Whole form on the page. The 一级 cell 效益指标 covers the satisfaction row too (the page gives that row "
             "only 二级/三级/值/标准 cells, like the other 效益 rows); its 二级 is 社会公众或服务对象满意度指标, so the gold "
             "files it as 满意度指标. Empty 经济/生态/可持续 rows are template rows. The goal cells repeat one sentence; it "
             "states a service period, so no goal finding. 250万 under 成本 restates the budget (unscored). Phone masked.",
})
def make_xt23(path):
    write_xlsx(path, "申报表", XT23_GRID, [12, 12, 22, 34, 18, 12], title_rows=2)


# ---------------------------------------------------------------------------------------------------------------
# 2. 湖南 湘潭 2024 雾炮车抑尘降尘服务 项目绩效目标表 (indicator table whole; the page stops at 其他需说明的问题)
# ---------------------------------------------------------------------------------------------------------------
XT24_LONG = "持续改善我市空气质量"
XT24_YEAR = "2024通过采购雾炮车抑尘降尘服务，持续改善我市空气质量"
XT24_GRID = [
    ["项目名称", "雾炮车抑尘降尘服务", L, "项目起止时间", "20246-202516", L],
    ["主管部门及其编码", "湘潭市城市管理和综合执法局 308001", L, "项目实施单位", "湘潭市环境卫生管理处", L],
    ["项目负责人", "吴华章", L, "联系电话", "1397320****", L],
    ["项目资金申请\n（万元）", "资金总额：250\n一、预算资金：250\n二、自有资金：0\n三、其他：0", L, L, L, L],
    ["项目概况", "2024年市财政局向市城管执法局拨付250万元，继续采购10台雾炮车在特殊时段开展环卫作业，服务周180，"
                 "以持续改善全市空气质量；采购工作由市环卫处具体负责。", L, L, L, L],
    ["项目实施进度计划", "项目实施内容", L, L, "开始时间", "完成时间"],
    [U, "通过采购雾炮车抑尘降尘服务，使市空气质量达到优良", L, L, "20246", "20251"],
    ["项目绩效目标", "长期目标", L, "年度目标", L, L],
    [U, XT24_LONG, L, XT24_YEAR, L, L],
    ["年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "绩效标准"],
    [U, "产出指标", "数量指标", "雾炮车抑尘降尘服务配备车辆数", "10", "计划标准"],
    [U, U, U, "雾炮车风炮射程", "80M", "计划标准"],
    [U, U, "质量指标", "服务周期内空气质量", "优良", "计划标准"],
    [U, U, "时效指标", "服务周期", "180", "计划标准"],
    [U, U, "成本指标", "控制在预算成本内", "控制在预算内", "计划标准"],
    [U, "效益指标", "经济效益指标", "", "", ""],
    [U, U, "社会效益指标", "服务周期内，市民对空气质量改善的满意程度", "85%", "计划标准"],
    [U, U, "生态效益指标", "", "", ""],
    [U, U, "可持续影响指标", "", "", ""],
    [U, U, "服务对象满意度指标", "满意度", "90%", "计划标准"],
    ["其他需说明的问题", "", L, L, L, L],
]


@document("hn-xiangtan-fogcannon-2024-targets.docx", {
    "source_urls": ["http://xtcg.xiangtan.gov.cn/15068/15075/26693/content_1349210.html"],
    "province": "湖南", "doc_kind": "申报表", "patterns": [1, 2, 6, 8, 10],
    "indicators": [
        ind(P_IO, P_O, "雾炮车抑尘降尘服务配备车辆数", None, 10, None, "10"),
        ind(P_IO, P_O, "雾炮车风炮射程", None, 80, "M", "80M"),
        ind(P_IO, P_Q, "服务周期内空气质量", None, None, None, "优良"),
        ind(P_IO, P_T, "服务周期", None, 180, None, "180"),
        ind(P_IO, P_C, "控制在预算成本内", None, None, None, "控制在预算内"),
        ind(E_IO, E_SOC, "服务周期内，市民对空气质量改善的满意程度", None, 85, "%", "85%"),
        ind(S_IO, S_2, "满意度", None, 90, "%", "90%"),
    ],
    "goals": [goal("中期目标", XT24_LONG), goal("年度目标", XT24_YEAR)],
    "facts": [],
    "findings": [
        finding("target.missing_unit", "雾炮车抑尘降尘服务配备车辆数", "bare number 10 with no unit (辆)"),
        finding("target.missing_unit", "雾炮车风炮射程", "unit written as a bare Latin M"),
        finding("target.qualitative_no_scale", "服务周期内空气质量", "bare level 优良 with no scale"),
        finding("target.missing_unit", "服务周期", "bare number 180 with no unit (天?)"),
        finding("target.qualitative_no_scale", "控制在预算成本内", "value 控制在预算内 is a compliance judgement with no number"),
        finding("goal.unquantified", first15(XT24_LONG), "change phrase 持续改善 with no number or deadline"),
        finding("goal.unquantified", first15(XT24_YEAR), "change phrase 持续改善 with no number; 2024 is only the year"),
    ],
    "notes": "Same project as the 2023 form, next year's layout: 长期目标 │ 年度目标 goals side by side (the indicator "
             "table has the 年度 half only). Dates are written as on the page (项目起止时间 20246-202516, 开始 20246, 完成 "
             "20251: the separators were lost on the page). Values lost their units and operators compared with 2023. "
             "The page stops after 其他需说明的问题 (signature/审核 rows not reproduced); the indicator table is whole. "
             "The satisfaction row sits under the merged 效益指标 cell, as in 2023; gold files it as 满意度指标. "
             "Project overview reworded. Phone masked.",
})
def make_xt24(path):
    write_docx(path, [("title", "2024年项目绩效目标表"), ("p", "填报单位（盖章）："), ("table", XT24_GRID)])


# ---------------------------------------------------------------------------------------------------------------
# 3. 宁夏 固原 原州区 马铃薯种薯繁育示范推广项目 绩效目标自评表 2022 (page text stops inside the 满意度 block)
# ---------------------------------------------------------------------------------------------------------------
YZ_GOAL = ("一是以政府招标采购方式购入马铃薯原原种425万粒，免费发放给全区农户、种植大户、合作社和企业，完成原种繁育田"
           "850亩；二是由企业自行采购原原种200万粒，建成原种基地400亩；两项合计建成原种繁育基地1250亩，原种平均亩产"
           "2500公斤。")
YZ_GRID = [
    ["马铃薯种薯繁育示范推广项目绩效目标自评表", L, L, L, L, L, L, L, L],
    ["（2022年度）", L, L, L, L, L, L, L, L],
    ["项目总得分", L, "99分", L, L, L, L, L, L],
    ["项目名称", "马铃薯种薯繁育示范推广项目", L, L, L, "实施单位/项目负责人", L, "原州区农技中心/杨勃兴", L],
    ["自治区主管部门", "农业农村厅", L, L, L, "专项实施期", L, "2022年3月-2022年11月", L],
    ["市县财政部门", "原州区财政局", L, L, L, "市县主管部门", L, "原州区农业农村局", L],
    ["资金情况\n（万元）", "年度资金总额", L, "全年预算数（A）", L, "全年执行数（B）", L, "执行率（B/A）", L],
    [U, "其中：中央补助", L, "", L, "", L, "", L],
    [U, "自治区补助", L, "300万元", L, "259.45万元", L, "86.5%", L],
    [U, "市县资金", L, "", L, "", L, "", L],
    ["年度总体目标", YZ_GOAL, L, L, L, L, L, L, L],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "未完成原因及改进措施"],
    [U, "产出指标（40分）", "数量指标", "指标1：免费发放原原种", "8", "550万粒", "550万粒", "8", ""],
    [U, U, U, "指标2：企业自行采购", "8", "200万粒", "200万粒", "8", ""],
    [U, U, U, "指标3：一级种薯繁育基地", "", "8000亩", "8535.5亩", "", ""],
    [U, U, "质量指标", "指标1：采购的原原种合格率", "8", "采购的原原种合格率≥90%", "≥90%", "8", ""],
    [U, U, "时效指标", "指标1：2021年11月30日前完成资金支付", "8", "11月底完成100%", "100%", "8", ""],
    [U, U, "成本指标", "指标1：种薯采购价格不高于市场价", "8", "是", "是", "8", ""],
    [U, "效益指标（40分）", "经济效益指标", "指标1：种薯亩均收入较鲜薯亩均收入", "8", "≥5%", "≥5%", "8", ""],
    [U, U, "社会效益指标", "指标1：一级种薯推广面积占总面积比例", "8", "80%", "≥80%", "8", ""],
    [U, U, U, "指标2：群众对脱毒种薯和主食化专用品种的认知度", "8", "≥50%", "≥50%", "8", ""],
    [U, U, "生态效益", "指标1：病害减少，防治病虫害使用的化学农药量较上年减少", "8", "2%", "2%", "8", ""],
    [U, U, "可持续影响指标", "持续完善马铃薯种薯繁育体系，保障脱毒马铃薯种薯供应，促进主食化产业衔接", "8", "是",
     "基本达到", "7", "加强技术指导，加大宣传力度；加大项目支持力度"],
]


@document("nx-yuanzhou-seed-potato-selfeval.docx", {
    "source_urls": ["https://www.bigxun.com/view/1651813082920488962"],
    "province": "宁夏", "doc_kind": "自评表", "patterns": [1, 2, 5, 6, 9, 10],
    "indicators": [
        ind(P_IO, P_O, "免费发放原原种", None, 550, "万粒", "550万粒", actual=550, weight=8, score=8),
        ind(P_IO, P_O, "企业自行采购", None, 200, "万粒", "200万粒", actual=200, weight=8, score=8),
        ind(P_IO, P_O, "一级种薯繁育基地", None, 8000, "亩", "8000亩", actual=8535.5),
        ind(P_IO, P_Q, "采购的原原种合格率", ">=", 90, "%", "采购的原原种合格率≥90%", actual=90, weight=8, score=8),
        ind(P_IO, P_T, "2021年11月30日前完成资金支付", None, 100, "%", "11月底完成100%", actual=100, weight=8, score=8),
        ind(P_IO, P_C, "种薯采购价格不高于市场价", None, None, None, "是", weight=8, score=8),
        ind(E_IO, E_ECO, "种薯亩均收入较鲜薯亩均收入", ">=", 5, "%", "≥5%", actual=5, weight=8, score=8),
        ind(E_IO, E_SOC, "一级种薯推广面积占总面积比例", None, 80, "%", "80%", actual=80, weight=8, score=8),
        ind(E_IO, E_SOC, "群众对脱毒种薯和主食化专用品种的认知度", ">=", 50, "%", "≥50%", actual=50, weight=8, score=8),
        ind(E_IO, E_ENV, "病害减少，防治病虫害使用的化学农药量较上年减少", None, 2, "%", "2%", actual=2, weight=8, score=8),
        ind(E_IO, E_SUS, "持续完善马铃薯种薯繁育体系，保障脱毒马铃薯种薯供应，促进主食化产业衔接", None, None, None, "是",
            weight=8, score=7),
    ],
    "goals": [goal("年度目标", YZ_GOAL)],
    "facts": [budget_fact("自治区补助", 300, 259.45, 86.5)],
    "findings": [
        finding("coverage.missing_dimension", "满意度指标",
                "the form as it stands ends at the 可持续影响 row: no 满意度 row (relabelled, see notes)"),
        finding("consistency.score_total", "项目总得分",
                "项目总得分 states 99, the 得分 of the rows in the file add up to 8+8+8+8+8+8+8+8+8+7 = 79 "
                "(relabelled)"),
    ],
    "notes": "Source is the text layer of a scanned PDF (OCR): the project name (冲薯→种薯), ≥ signs read as 2/$/^/工 and the "
             "cell order were restored by the annotator; the ≥ of the 经济效益 row is the least certain. The page text "
             "stops inside the 满意度指标（20分） block, so the 满意度 rows are not reproduced: the stated 项目总得分 99 "
             "(= 40 + 39 + the cut 20) therefore does not match the rows kept — a cut, not a defect, so no score_total "
             "or coverage finding is expected. Defects kept: 指标3 has no 分值/得分; the 时效 name says 2021年 in a "
             "2022 form; a value repeats the indicator name (采购的原原种合格率≥90%); actuals written with ≥; the "
             "money block puts the amounts on the 自治区补助 row only (300 → 259.45, 86.5%, correct). Goal reworded."
             " Relabelled in the eighth session to README's policy (a form judged as the file stands); "
             "first written under the brief's cut convention.",
})
def make_yz(path):
    write_docx(path, [("table", YZ_GRID)])


# ---------------------------------------------------------------------------------------------------------------
# 4. 内蒙古 乌海市供销合作社联合社 再生资源回收市场管理经费 项目绩效目标表 2021 (page stops after the 产出 rows)
# ---------------------------------------------------------------------------------------------------------------
WH_INTRO = "按照建设节约型社会、发展循环经济的要求，在规范整合、用好现有再生资源回收渠道的基础上合理布局、规范建设，实现以下目标："
WH_GOALS = ["聘用人员1人，出差8人", "聘用人员在岗率100%", "2021年12月31日前完成", "年度预算总金额3万元",
            "促进资源循环和高效利用，改善城乡生态环境。"]
WH_GOAL_CELL = WH_INTRO + " " + " ".join(f"目标{i}：{g}" for i, g in enumerate(WH_GOALS, start=1))
WH_ROWS = [  # 二级, 三级, 指标性质, 指标方向, 目标值, 计量单位, 分值
    ("数量指标", "出差人数", "正向", "=", 8, None, 4),
    ("数量指标", "出差人次", "正向", "=", 24, "人/次", 4),
    ("质量指标", "工作任务完成率", "正向", "=", 100, "%", 4),
    ("时效指标", "项目财政资金到位时间", "正向", "=", 44561, 44561, 10),
    ("时效指标", "财政资金到位及时支付率", "正向", "=", 100, "%", 4),
    ("时效指标", "工作计划按时完成时间", "正向", "=", 44561, 44561, 4),
    ("成本指标", "出差单位成本", "反向", "=", 0, "万元/人", 4),
    ("成本指标", "出差总成本", "反向", "=", 1, "万元", 4),
    ("成本指标", "劳务人员总成本", "反向", "=", 2, "万元", 4),
    ("成本指标", "办公费总成本", "反向", "=", 0, "万元", 4),
    ("成本指标", "年度预算总成本", "反向", "=", 3, "万元", 4),
]
WH_HEAD = [
    ["再生资源回收市场管理经费项目绩效目标表", L, L, L, L, L, L, L, L],
    ["（2021年）", L, L, L, L, L, L, L, L],
    ["项目名称", "再生资源回收市场管理经费", L, L, L, L, L, L, L],
    ["项目类别", "（31）部门预算项目", L, L, L, L, L, L, L],
    ["归口科室", "（08）经济贸易科", L, L, L, L, L, L, L],
    ["主管部门", "（433）乌海市供销合作社联合社（部门）", L, L, L, L, L, L, L],
    ["实施单位", "（433001）乌海市供销合作社联合社", L, L, L, L, L, L, L],
    ["投入目标\n（万元）", "资金来源", L, L, "年初安排金额（万元）", L, L, L, L],
    [U, "资金总额", L, L, 3, L, L, L, L],
    [U, "其中：财政拨款数", L, L, 3, L, L, L, L],
    [U, "其他资金", L, L, 0, L, L, L, L],
    ["年度目标", WH_GOAL_CELL, L, L, L, L, L, L, L],
    ["绩效指标（权重分值90分，其中产出指标权重分值50分，效益指标权重分值30分，满意度指标权重分值10分）", L, L, L, L, L, L, L, L],
    ["一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "目标值", "计量单位", "分值", "备注"],
]
WH_GRID = WH_HEAD + [["产出指标", l2, name, nature, op, value, unit, weight, None]
                     for l2, name, nature, op, value, unit, weight in WH_ROWS]
WH_FORMATS = {(len(WH_HEAD) + 1 + i, col): "#,##0" for i, row in enumerate(WH_ROWS) if row[4] == 44561 for col in (6, 7)}


def _wh_text(op, value, unit):
    shown = f"{value:,}" if isinstance(value, int) and value >= 1000 else str(value)
    shown_unit = f"{unit:,}" if isinstance(unit, int) else (unit or "")
    return f"{op}{shown}{shown_unit}"


@document("nm-wuhai-recycling-market-targets.xlsx", {
    "source_urls": ["http://gxs.wuhai.gov.cn/whsgxshzslhs/1096934/sjtj/1341823/index.html"],
    "province": "内蒙古", "doc_kind": "申报表", "patterns": [5, 6, 10],
    "indicators": [
        ind(P_IO, l2, name, op, value, f"{unit:,}" if isinstance(unit, int) else unit, _wh_text(op, value, unit),
            weight=weight)
        for l2, name, nature, op, value, unit, weight in WH_ROWS
    ],
    "goals": [goal("年度目标", g) for g in WH_GOALS],
    "facts": [],
    "findings": [
        finding("target.missing_unit", "出差人数", "=8 with an empty 计量单位 cell"),
        finding("target.missing_unit", "项目财政资金到位时间",
                "目标值 and 计量单位 both hold 44,561 (a spreadsheet date serial): no readable date, the unit cell is a number"),
        finding("target.missing_unit", "工作计划按时完成时间", "same spreadsheet date serial 44,561 in 目标值 and 计量单位"),
        finding("target.impossible_value", "出差单位成本", "a cost target of =0 万元/人 cannot be met by any real trip"),
        finding("target.impossible_value", "办公费总成本", "a cost target of =0 万元"),
        finding("goal.process_only", first15(WH_GOALS[0]), "inputs only (staff hired, trips made), no output or effect"),
        finding("goal.budget_text", first15(WH_GOALS[3]), "only restates the budget amount"),
        finding("goal.unquantified", first15(WH_GOALS[4]), "effect named (促进…改善…) with no number"),
        finding("coverage.missing_dimension", "效益指标",
                "the form as it stands holds 产出 rows only: no 效益 row (relabelled, see notes)"),
        finding("coverage.missing_dimension", "满意度指标",
                "the form as it stands holds 产出 rows only: no 满意度 row (relabelled, see notes)"),
    ],
    "notes": "The page text stops at the first character of the 效益指标 rows: only the 产出 rows (whose 分值 add up to "
             "the stated 50) are reproduced, so no coverage finding is expected for the cut 效益/满意度 rows. Every row "
             "repeats 产出指标 and its 二级 (no merged cells). Column headers as on the page: 指标性质 holds 正向/反向 and "
             "指标方向 holds the operator. The two date rows show the spreadsheet serial 44,561 (= 2021-12-31) in both "
             "目标值 and 计量单位, kept as numbers formatted #,##0. 人/次 kept as written. The 年度目标 cell (intro "
             "reworded) lists 目标1–目标5; gold lists them one by one."
             " Relabelled in the eighth session to README's policy (a form judged as the file stands); "
             "first written under the brief's cut convention.",
})
def make_wh(path):
    write_xlsx(path, "绩效目标表", WH_GRID, [12, 12, 24, 10, 10, 10, 10, 8, 10], number_formats=WH_FORMATS, title_rows=2)


# ---------------------------------------------------------------------------------------------------------------
# 5. 安徽 宣城市科学技术局 文明创建、乡村振兴等项目支出 2023 (prose + 目标表 with 中期 │ 年度 halves side by side;
#    the page stops after the fifth indicator row)
# ---------------------------------------------------------------------------------------------------------------
XC_PROSE_GOAL = "完成年度招商引资、文明创建、联点共建、乡村振兴、防汛抗灾等各项工作任务。"
XC_GOAL = "目标1：组织开展各类招商引资活动，承担境内外客商投资的接待、洽谈、考察等组织工作；"
XC_GRID = [
    ["项目名称", "文明创建、乡村振兴等项目支出", L, L, L, L, L, L, L, L],
    ["实施单位", "宣城市科学技术局（市外国专家局）", L, L, L, L, L, L, L, L],
    ["项目属性", "常年项目", L, L, L, L, L, L, L, L],
    ["项目资金", "中期资金总额：", L, "15.00", L, "年度资金总额：", L, "5.00", L, L],
    [U, "其中：财政拨款", L, "15.00", L, "其中：财政拨款", L, "5.00", L, L],
    [U, "其他资金", L, "", L, "其他资金", L, "", L, L],
    ["总体目标", "中期目标（2023年—2025年）", L, L, L, L, "年度目标", L, L, L],
    [U, XC_GOAL, L, L, L, L, XC_GOAL, L, L, L],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "绩效标准", "二级指标", "三级指标", "指标值", "绩效标准"],
    [U, "产出指标", "数量指标", "报送招商信息线索", "≥60条", "", "数量指标", "开展招商活动", "≥5次", ""],
    [U, U, U, "牵头外出招商", "≥15次", "", U, "防汛应急圩段", "≥1个", ""],
    [U, U, U, "参加文明创建、联点共建、乡村振兴美丽乡村及防汛抗灾活动", "≥1500人次", "", U, "报送招商信息线索", "≥20条", ""],
    [U, U, U, "签约落地项目", "≥9项", "", U, "文明创建路段", "≥1个", ""],
    [U, U, U, "招引到位资金", "≥9000万元", "", U, "定点帮扶村", "≥1个", ""],
]


@document("ah-xuancheng-kjj-investment-targets.docx", {
    "source_urls": ["https://kjj.xuancheng.gov.cn/News/show/1529685.html"],
    "province": "安徽", "doc_kind": "申报表", "patterns": [1, 3, 6, 10],
    "indicators": [
        ind(P_IO, P_O, "开展招商活动", ">=", 5, "次", "≥5次"),
        ind(P_IO, P_O, "防汛应急圩段", ">=", 1, "个", "≥1个"),
        ind(P_IO, P_O, "报送招商信息线索", ">=", 20, "条", "≥20条"),
        ind(P_IO, P_O, "文明创建路段", ">=", 1, "个", "≥1个"),
        ind(P_IO, P_O, "定点帮扶村", ">=", 1, "个", "≥1个"),
    ],
    "goals": [goal("目标", XC_PROSE_GOAL), goal("中期目标", XC_GOAL), goal("年度目标", XC_GOAL)],
    "facts": [],
    "findings": [
        finding("target.impossible_value", "防汛应急圩段", "≥1个 of a single item: any effort meets it"),
        finding("target.impossible_value", "文明创建路段", "≥1个 of a single item"),
        finding("target.impossible_value", "定点帮扶村", "≥1个 of a single item"),
        finding("goal.process_only", first15(XC_PROSE_GOAL), "lists work tasks to complete, no output or effect"),
        finding("goal.process_only", first15(XC_GOAL), "organising activities and receptions only (中期)"),
        finding("goal.process_only", first15(XC_GOAL), "organising activities and receptions only (年度)"),
        finding("coverage.missing_dimension", "效益指标",
                "the form as it stands ends in the 数量指标 rows: no 效益 row (relabelled, see notes)"),
        finding("coverage.missing_dimension", "满意度指标",
                "the form as it stands ends in the 数量指标 rows: no 满意度 row (relabelled, see notes)"),
    ],
    "notes": "Pattern 3 with the two indicator halves side by side in one row (中期 2023—2025 │ 年度). Gold lists the 年度 "
             "half only (the 中期 half: 报送招商信息线索 ≥60条, 牵头外出招商 ≥15次, 参加…活动 ≥1500人次, 签约落地项目 ≥9项, "
             "招引到位资金 ≥9000万元). The page text stops after the fifth row (the next row, 年度 half only, begins "
             "联点共建… and is cut): no 质量/时效/成本/效益/满意度 rows are reproduced and no coverage finding is "
             "expected. The prose above the table is reworded; its (7)绩效目标 is a third goal. Label cells 总/绩/产 "
             "on the page are the vertical words 总体目标/绩效指标/产出指标."
             " Relabelled in the eighth session to README's policy (a form judged as the file stands); "
             "first written under the brief's cut convention.",
})
def make_xc(path):
    write_docx(path, [
        ("p", "1.“文明创建、乡村振兴等项目支出”项目。"),
        ("p", "（1）项目概述。落实市委、市政府关于文明创建、乡村振兴等方面的工作部署。"),
        ("p", "（2）立项依据。市委、市政府下达的工作任务。"),
        ("p", "（3）实施主体。宣城市科技局（市外专局）。"),
        ("p", "（4）起止时间。长期。"),
        ("p", "（5）项目内容。组织招商引资活动，承担境内外投资的接待、洽谈和考察组织；落实年度文明创建、联点共建、"
              "乡村振兴、防汛抗灾等工作要求。"),
        ("p", "（6）年度预算安排。5万元。"),
        ("p", "（7）绩效目标。" + XC_PROSE_GOAL),
        ("title", "项目支出绩效目标表"),
        ("p", "（2023 年度）"),
        ("table", XC_GRID),
    ])


# ---------------------------------------------------------------------------------------------------------------
# 6. 湖南 常德 桃源县科学技术局 部门整体支出绩效目标申报表 (published as 2021, form says 2020年度; page stops in
#    the 数量指标 rows)
# ---------------------------------------------------------------------------------------------------------------
TY_GOALS = ["培育高新技术企业15家，新增6家", "达成产学研合同20个、技术交易合同50个，全县技术交易额达2个亿",
            "推动创新创业平台建设", "开展科学普及工作", "选派科技特派员21名，上报问题解决及时率100%。服务企业满意度达95%。"]
TY_GOAL_CELL = "；".join(f"{i}、{g}" for i, g in enumerate(TY_GOALS[:4], start=1)) + "；5、" + TY_GOALS[4]
TY_ROWS = [  # 三级指标, 指标内容, 指标值
    ("培育指导高新技术企业数量", "全年培育指导高新技术企业数量", "15家以上"),
    ("新认定高新技术企业数量", "新认定高新技术企业数量", "6家以上"),
    ("产学研合作项目数量", "全年开展产学研合作项目数量", "20项以上"),
    ("技术交易额", "全年全县完成技术交易数量", "2个亿以上"),
    ("科技活动周举办次数", "科技活动周举办次数", "1次"),
    ("科普宣传活动次数", "科普宣传活动次数", "3次"),
    ("组建科技特派员团队数量", "组建科技特派员团队数量", "1个"),
]
TY_GRID = [
    ["部门整体支出绩效目标申报表", L, L, L, L, L, L, L],
    ["（2020年度）", L, L, L, L, L, L, L],
    ["填报单位（盖章）：桃源县科学技术局", L, L, L, L, L, L, L],
    ["部门名称", "桃源县科学技术局", L, L, L, L, L, L],
    ["年度预算申请\n（万元）", "资金总额", "按收入性质分", L, L, L, "按支出性质分", L],
    [U, U, "公共财政拨款", "政府性\n基金拨款", "纳入专户的非税收入拨款", "其他资金", "基本支出", "项目支出"],
    [U, 211.62, 211.62, None, None, None, 161.62, 50.00],
    ["部门职能职责描述", "落实国家和省市科技发展战略及科技促进经济社会发展的方针政策和法律法规；研究全县科技促进经济"
                         "社会发展的重大问题，确定全县科技发展的重点布局和优先领域；推进全县科技创新体系建设，增强全县"
                         "科技创新能力。", L, L, L, L, L, L],
    ["整体绩效目标", TY_GOAL_CELL, L, L, L, L, L, L],
    ["部门整体\n支出年度\n绩效目标", "一级指标", "二级指标", "三级指标", "指标内容", "指标值", "备注", L],
] + [[U, "产出指标" if i == 0 else U, "数量指标" if i == 0 else U, name, content, value, "", L]
     for i, (name, content, value) in enumerate(TY_ROWS)]
TY_FORMATS = {(7, c): "0.00" for c in (2, 3, 7, 8)}


@document("hn-taoyuan-kjj-dept-targets.xlsx", {
    "source_urls": ["https://taoyuan.gov.cn/zwdt/szzl/dqzt/bjyjs/bmczxx/bmysjxglgk/content_121551"],
    "province": "湖南", "doc_kind": "部门整体目标表", "patterns": [1, 5, 6, 7, 10],
    "indicators": [
        ind(P_IO, P_O, "培育指导高新技术企业数量", ">=", 15, "家", "15家以上"),
        ind(P_IO, P_O, "新认定高新技术企业数量", ">=", 6, "家", "6家以上"),
        ind(P_IO, P_O, "产学研合作项目数量", ">=", 20, "项", "20项以上"),
        ind(P_IO, P_O, "技术交易额", ">=", 2, "个亿", "2个亿以上"),
        ind(P_IO, P_O, "科技活动周举办次数", None, 1, "次", "1次"),
        ind(P_IO, P_O, "科普宣传活动次数", None, 3, "次", "3次"),
        ind(P_IO, P_O, "组建科技特派员团队数量", None, 1, "个", "1个"),
    ],
    "goals": [goal("总体目标", g) for g in TY_GOALS],
    "facts": [sum_fact("资金总额", 211.62, [161.62, 50.00])],
    "findings": [
        finding("target.missing_unit", "技术交易额", "money written as 2个亿 — 个亿 is not a unit (亿元 meant)"),
        finding("goal.unquantified", first15(TY_GOALS[2]), "推动…建设 with no number or deadline"),
        finding("goal.process_only", first15(TY_GOALS[3]), "开展…工作: an activity, no output or effect"),
        finding("coverage.missing_dimension", "效益指标",
                "the form as it stands ends in the 数量指标 rows: no 效益 row (relabelled, see notes)"),
        finding("coverage.missing_dimension", "满意度指标",
                "the form as it stands ends in the 数量指标 rows: no 满意度 row (relabelled, see notes)"),
    ],
    "notes": "Page published as the 2021 form, the form itself says （2020年度） (kept). The money row gives 资金总额 = "
             "公共财政拨款 211.62 = 基本支出 161.62 + 项目支出 50.00 (adds up). The page text stops inside the 数量指标 "
             "rows (next row begins 选派…): no coverage finding is expected for the cut 质量/效益/满意度 rows. 指标内容 is "
             "a column of its own (for 技术交易额 it says 技术交易数量, kept). 职能职责描述 reworded; the 整体绩效目标 "
             "cell keeps its numbered items 1、–5、, listed one by one in the gold."
             " Relabelled in the eighth session to README's policy (a form judged as the file stands); "
             "first written under the brief's cut convention.",
})
def make_ty(path):
    write_xlsx(path, "部门整体支出绩效目标申报表", TY_GRID, [12, 12, 14, 16, 22, 12, 12, 12], number_formats=TY_FORMATS,
               title_rows=3)


# ---------------------------------------------------------------------------------------------------------------
# 7. 安徽 六安 金安区残疾人联合会 残疾人精准康复 项目支出绩效目标表 2023 (page stops at the first 质量指标 value)
# ---------------------------------------------------------------------------------------------------------------
JA_GOAL = ("围绕残疾人的康复需求，夯实基本康复保障，开展精准康复服务，增强残疾人的生存和发展能力；建立与经济社会发展"
           "相协调、与康复需求相适应的多元康复服务体系和多层次康复保障制度；为经济困难的残疾人提供基本康复服务并适配"
           "辅助器具，提高受助残疾人的生活自理能力和社会参与能力。")
JA_GRID = [
    ["项目名称", "残疾人精准康复", L, L],
    ["主管部门及代码", "[103]六安市金安区残疾人联合会", "实施单位", "六安市金安区残疾人联合会"],
    ["项目来源", "本级申报项目", "项目期", "3年"],
    ["项目资金\n（万元）", "年度资金总额：", "80", L],
    [U, "其中：财政拨款", "80", L],
    [U, "其他资金", "0.00", L],
    ["立项依据", "依据《安徽省人民政府办公厅关于印发安徽省残疾人精准康复服务行动实施方案的通知》（皖政办秘〔2016〕190号），"
                 "以需求为导向精准服务，针对各类残疾人的个性化康复需求，重点保障残疾儿童和持证残疾人，做到需求评估、"
                 "康复服务、资金使用和信息管理四个精准。", L, L],
    ["年度目标", JA_GOAL, L, L],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "签约康复人数", "≥18000人"],
    [U, U, "涉及乡镇街数量", "=22个"],
    [U, U, "发放辅助器具人数", "≥4000人"],
]


@document("ah-jinan-disability-rehab-targets.docx", {
    "source_urls": ["https://www.ja.gov.cn/public/6601951/24840870.html"],
    "province": "安徽", "doc_kind": "申报表", "patterns": [6, 10],
    "indicators": [
        ind(P_IO, P_O, "签约康复人数", ">=", 18000, "人", "≥18000人"),
        ind(P_IO, P_O, "涉及乡镇街数量", "=", 22, "个", "=22个"),
        ind(P_IO, P_O, "发放辅助器具人数", ">=", 4000, "人", "≥4000人"),
    ],
    "goals": [goal("年度目标", JA_GOAL)],
    "facts": [],
    "findings": [
        finding("goal.unquantified", first15(JA_GOAL), "effects named (提高…能力) with no number, rate or deadline"),
        finding("coverage.missing_dimension", "效益指标",
                "the form as it stands ends in the 数量指标 rows: no 效益 row (relabelled, see notes)"),
        finding("coverage.missing_dimension", "满意度指标",
                "the form as it stands ends in the 数量指标 rows: no 满意度 row (relabelled, see notes)"),
    ],
    "notes": "The page text stops at the value of the first 质量指标 row (验收合格率 │ 1…): that row and everything after "
             "it are not reproduced, and no coverage finding is expected for the cut dimensions. 立项依据 and the 年度目标 "
             "are reworded (the goal has no number on the page either)."
             " Relabelled in the eighth session to README's policy (a form judged as the file stands); "
             "first written under the brief's cut convention.",
})
def make_ja(path):
    write_docx(path, [("title", "项目支出绩效目标表"), ("p", "（2023年度）"),
                      ("p", "项目责任人：邹光辉                    单位（盖章）："), ("table", JA_GRID)], landscape=False)


# ---------------------------------------------------------------------------------------------------------------
# 8. 江西 景德镇 浮梁县林业局 部门整体绩效目标 (101号-style columns 计算符号/目标值/度量单位/指标值说明;
#    page stops after the first 质量指标 row)
# ---------------------------------------------------------------------------------------------------------------
FL_GOAL = "保证林业局职能实现，保障人员经费。"
FL_ROWS = [  # 二级, 三级, 计算符号, 目标值, 度量单位
    ("数量指标", "保障在职职工人数(人)", "=", 116, "人"),
    ("数量指标", "保障退休职工人数(人)", "=", 81, "人"),
    ("数量指标", "保障遗属人数(人)", "=", 13, "人"),
    ("数量指标", "林木采伐监管(万立方米)", "=", 6, "万立方米"),
    ("数量指标", "野生动植物保护、防火面积(万亩)", "=", 320, "万亩"),
    ("数量指标", "湿地保有量(公顷)", "=", 4900, "公顷"),
    ("数量指标", "林业产业(万亩)", "=", 0.5, "万亩"),
    ("数量指标", "签订野生动物致害保险(单)", "=", 1, "单"),
    ("数量指标", "向各类新闻媒体完成林业新闻信息投稿数(篇)", "=", 30, "篇"),
    ("数量指标", "林业微信公众号完成新闻宣传(篇)", "=", 50, "篇"),
    ("数量指标", "制作宣传横幅、公益宣传牌等(年)", "=", 1, "年"),
    ("数量指标", "自然保护区负氧离子监测点(个)", "=", 4, "个"),
    ("质量指标", "工资发放准确性(%)", "≥", 95, "%"),
]
FL_GRID = [
    ["部门整体绩效目标", L, L, L, L, L, L],
    ["基本信息", L, L, L, L, L, L],
    ["部门编码：", "316", "部门名称：", "浮梁县林业局", "*联系人：", "王媛", ""],
    ["联系电话：", "1387982****", L, L, L, L, L],
    ["*部门职能职责概述", FL_GOAL, L, L, L, L, L],
    ["年度绩效目标", L, L, L, L, L, L],
    ["*年度绩效总目标", FL_GOAL, L, L, L, L, L],
    ["一级指标", "二级指标", "三级指标", "计算符号", "目标值", "度量单位", "指标值说明"],
] + [["产出指标" if i == 0 else U, l2 if i in (0, 12) else U, name, op, value, unit, "该指标值数据合理"]
     for i, (l2, name, op, value, unit) in enumerate(FL_ROWS)]


@document("jx-fuliang-forestry-dept-targets.xlsx", {
    "source_urls": ["https://fuliang.gov.cn/xzf/czxx/bmczyjs/t1081473.shtml"],
    "province": "江西", "doc_kind": "部门整体目标表", "patterns": [1, 5, 6, 7],
    "indicators": [
        ind(P_IO, {"数量指标": P_O, "质量指标": P_Q}[l2], name, {"=": "=", "≥": ">="}[op], value, unit, f"{op}{value}{unit}")
        for l2, name, op, value, unit in FL_ROWS
    ],
    "goals": [goal("年度目标", FL_GOAL)],
    "facts": [],
    "findings": [
        finding("target.unit_mismatch", "制作宣传横幅、公益宣传牌等(年)", "a count of banners and signs measured in 年"),
        finding("goal.process_only", first15(FL_GOAL), "keeps the bureau running and pays staff: no output or effect"),
        finding("coverage.missing_dimension", "效益指标",
                "the form as it stands ends at the first 质量指标 row: no 效益 row (relabelled, see notes)"),
        finding("coverage.missing_dimension", "满意度指标",
                "the form as it stands ends at the first 质量指标 row: no 满意度 row (relabelled, see notes)"),
    ],
    "notes": "First sheet of a workbook page (the page lists further sheets: 林长制工作经费, 义务植树 … not reproduced). "
             "Operator, value and unit each have a cell; every 三级 name also carries its unit in brackets. The page "
             "text stops after the first 质量指标 row: no coverage finding is expected for the cut 效益/满意度 rows. "
             "The same sentence serves as 职能职责概述 and 年度绩效总目标 (kept). Phone masked."
             " Relabelled in the eighth session to README's policy (a form judged as the file stands); "
             "first written under the brief's cut convention.",
})
def make_fl(path):
    write_xlsx(path, "部门整体支出绩效目标表", FL_GRID, [14, 12, 40, 10, 10, 12, 18], title_rows=2)


# ---------------------------------------------------------------------------------------------------------------
# 9. 安徽 亳州 蒙城县卫健委 国家基本公共卫生服务项目 2024 (prose items, then 申报表; page stops in the 数量指标 rows)
# ---------------------------------------------------------------------------------------------------------------
MC_PROSE_GOAL = "发挥绩效评价“指挥棒”作用，强化评价结果运用，把评价结果与补助经费挂钩，提高项目资金使用效益。"
MC_GOAL = ("针对城乡居民当前面临的主要健康问题，以儿童、孕产妇、老年人和慢性病患者为重点人群，向全体居民免费提供最基本的"
           "公共卫生服务，推动基本公共卫生服务均等化。")
MC_GRID = [
    ["项目名称", "国家基本公共卫生服务项目", L, L, L],
    ["主管部门及代码", "", "实施单位", "卫健委", L],
    ["项目属性", "滚动项目", "项目期", "长期", L],
    ["项目金额（万元）", "年度资金总额", L, "2279.048 万元", L],
    [U, "其中：财政投款", L, "2279.048 万元", L],
    [U, "其他资金", L, "", L],
    ["总体目标", MC_GOAL, L, L, L],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
    [U, "产出指标", "数量指标", "适龄儿童国家免疫规划疫苗接种率", "≧90%"],
    [U, U, U, "7 岁以下儿童健康管理率", "≧85%"],
]


@document("ah-mengcheng-public-health-targets.docx", {
    "source_urls": ["https://www.mengcheng.gov.cn/XxgkContent/show/2601075.html"],
    "province": "安徽", "doc_kind": "申报表", "patterns": [1, 6, 10],
    "indicators": [
        ind(P_IO, P_O, "适龄儿童国家免疫规划疫苗接种率", ">=", 90, "%", "≧90%"),
        ind(P_IO, P_O, "7 岁以下儿童健康管理率", ">=", 85, "%", "≧85%"),
    ],
    "goals": [goal("目标", MC_PROSE_GOAL), goal("总体目标", MC_GOAL)],
    "facts": [],
    "findings": [
        finding("goal.process_only", first15(MC_PROSE_GOAL), "management of the evaluation (强化运用, 挂钩) only, no output or effect"),
        finding("goal.unquantified", first15(MC_GOAL), "effect named (推动…均等化) with no number, rate or deadline"),
        finding("coverage.missing_dimension", "效益指标",
                "the form as it stands ends in the 数量指标 rows: no 效益 row (relabelled, see notes)"),
        finding("coverage.missing_dimension", "满意度指标",
                "the form as it stands ends in the 数量指标 rows: no 满意度 row (relabelled, see notes)"),
    ],
    "notes": "The stored page begins at item （2） of the project description (item （1） is not on the page) and stops "
             "at the third 数量指标 row (0-6岁儿童眼保健和视力检查覆盖率 │ ≧…, value cut): that row and the rest of the "
             "table are not reproduced, and no coverage finding is expected. Kept as on the page: the full-width ≧ "
             "sign, the typo 财政投款 (财政拨款), the empty 主管部门及代码, rates filed under 数量指标, the space in "
             "'7 岁'. Prose items and the 总体目标 are reworded."
             " Relabelled in the eighth session to README's policy (a form judged as the file stands); "
             "first written under the brief's cut convention.",
})
def make_mc(path):
    write_docx(path, [
        ("p", "（2）项目立项依据：省财政厅、省卫健委、省医保局《安徽省公共卫生服务补助资金管理实施办法》（皖财社〔2020〕455 号）"
              "第二章将基本公共卫生服务列为中央、省级与市县共同财政事权，国家补助基础标准部分由中央、省、市县财政按 6:2:2 "
              "分担；省卫健委《关于确定基本公共卫生服务两卡制第二批试点县名单的通知》（卫基层秘〔2018〕410 号）将蒙城县"
              "列为第二批试点县，《关于规范基本公共卫生服务“两卡制”工作的通知》（皖卫基层秘〔2020〕119 号）要求妇幼健康"
              "系统与基本公共卫生信息系统对接。"),
        ("p", "（3）实施主体：蒙城县卫生健康委员会。"),
        ("p", "（4）起止时间：2024 年 1 月 1 日-2024 年 12 月 31 日。"),
        ("p", "（5）项目内容：基本公共卫生服务项目县级配套经费。"),
        ("p", "（6）年度预算安排：2279.048 万元。"),
        ("p", "（7）绩效目标：" + MC_PROSE_GOAL),
        ("title", "项目支出绩效目标申报表"),
        ("p", "（2024 年度）"),
        ("table", MC_GRID),
    ], landscape=False)


# ---------------------------------------------------------------------------------------------------------------
# 10. 江西 赣州 上犹县寺下镇 2019年度高其坑通组道路工程绩效评价报告 (prose, whole page up to 附件2)
# ---------------------------------------------------------------------------------------------------------------
SX_GOAL = ("道路硬化≥0.565km；项目（工程）验收合格率≥100%；受益贫困人口满意度≥96%；受益建档立卡贫困人口数≥23人；"
           "改善村基础设施，促进经济发展。")


@document("jx-shangyou-sixia-road-evalreport.docx", {
    "source_urls": ["http://www.hyht-hotel.com/syxxxgk/czyjsqgnch/202103/64af8e5bd6ae4bdc92eef82d3e3f7a98.shtml"],
    "province": "江西", "doc_kind": "评价报告", "patterns": [10],
    "indicators": [],
    "goals": [goal("目标", SX_GOAL)],
    "facts": [],
    "findings": [],
    "notes": "Prose report, whole page (it ends at the heading 附件2, whose attachment is not on the page). The page is a "
             "mirror of a county 信息公开 site (path syxxxgk = 上犹县信息公开, 乡镇 寺下镇); the attribution to 上犹县 rests "
             "on that path and on 寺下镇 being a town of 上犹县. The goal paragraph is kept as on the page (it is a list of "
             "targets); it holds numbers, so no goal finding; its ≥100% is inside a goal, not an indicator row. The rest "
             "is reworded. No results table on the page.",
})
def make_sx(path):
    write_docx(path, [
        ("title", "关于2019年度高其坑通组道路工程绩效评价报告"),
        ("heading", "一、项目基本情况"),
        ("p", "（一）项目概况：为补齐珍珠村的基础设施短板、改善村民生产生活条件，2019年以统筹整合财政涉农资金立项，"
              "实施高其坑通组道路工程，项目总投资19万元，资金由统筹整合的财政涉农资金据实拨付。"),
        ("p", "（二）绩效目标：" + SX_GOAL),
        ("heading", "二、绩效评价情况"),
        ("p", "评价从资金使用、产出、效益和满意度四类指标入手，对资金支出过程及其效果进行综合评判，考察资金使用是否科学、"
              "合理、有效，查找存在的问题，提出完善资金和项目管理制度、优化财政资金配置、提高资金使用效益的建议。"),
        ("heading", "三、评价结论和绩效分析"),
        ("p", "（一）评价结论：项目基本按照年初确定的实施目标推进，各项绩效指标均较好完成，改善了村民出行条件，带动了"
              "当地经济发展。"),
        ("p", "（二）绩效分析：项目由村民提出申请，经民主评议后申报实施，是村民迫切期盼的项目；珍珠村村民委员会作为业主"
              "负责日常管理，村民理事会负责监督，保证了工程质量。"),
        ("p", "附件2"),
    ], landscape=False)


# ---------------------------------------------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------------------------------------------
def write_gold(source, gold):
    ANNOTATIONS.mkdir(exist_ok=True)
    data = {"source": source, "source_urls": gold["source_urls"], "province": gold["province"],
            "doc_kind": gold["doc_kind"], "patterns": gold["patterns"], "indicators": gold["indicators"],
            "goals": gold["goals"], "facts": gold["facts"], "findings": gold["findings"], "notes": gold["notes"]}
    (ANNOTATIONS / f"{source}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true", help="write DOCX/XLSX and gold only")
    args = ap.parse_args(argv)
    for file, make, gold in DOCUMENTS:
        path = HERE / file
        make(path)
        write_gold(file, gold)
        made = [file]
        if not args.no_pdf:
            pdf = to_pdf(path)
            write_gold(pdf.name, gold)
            made.append(pdf.name)
        print(f"{', '.join(made)}: {len(gold['indicators'])} indicators, {len(gold['goals'])} goals, "
              f"{len(gold['findings'])} findings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
