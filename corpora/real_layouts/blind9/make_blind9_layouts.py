"""Write blind part 9 of the real-layout corpus (documents + gold) into corpora/real_layouts/blind9/.

Each document reproduces the table layout and the facts of one public web page (address in SOURCES.md and in the
gold); longer sentences (goals, narrative) are rewritten in our own words with the same meaning and numbers.
Phone numbers are masked. The gold of every document is hand-set below from the SAME data the writer functions put
into the file, and was written before anything was run on the files (the toolkit was neither read nor run).

    python corpora/real_layouts/blind9/make_blind9_layouts.py [--no-pdf]

DOCX/XLSX are byte-deterministic (fixed core-property dates and zip timestamps, technique of
corpora/heldout/make_heldout.py); PDFs are exported with LibreOffice.
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
FIXED_TIME = dt.datetime(2026, 12, 3, 9, 0, 0)


# ---------------------------------------------------------------------------------------------------------------
# gold helpers
# ---------------------------------------------------------------------------------------------------------------
def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None) -> dict:
    """One indicator row of the gold (canonical level names)."""
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual, "weight": weight, "score": score}


def goal(kind, text) -> dict:
    return {"kind": kind, "text": text}


def finding(rule, item, why) -> dict:
    return {"rule": rule, "item": item, "why": why}


def rate_fact(kind, metric, planned, actual, stated_rate, unit) -> dict:
    return {"metric": metric, "kind": kind, "planned": planned, "actual": actual, "stated_rate": stated_rate,
            "unit": unit}


def sum_fact(metric, total, parts, unit="万元") -> dict:
    return {"metric": metric, "kind": "sum", "total": total, "parts": parts, "unit": unit}


def score_fact(metric, stated_total, unit="分") -> dict:
    return {"metric": metric, "kind": "score_total", "planned": None, "actual": stated_total, "stated_rate": None,
            "unit": unit}


# ---------------------------------------------------------------------------------------------------------------
# generic writers: a table is a list of rows (lists of cell texts, None = empty) and merged ranges
# (first_row, first_col, last_row, last_col), 0-based and inclusive; text sits in the top-left cell only.
# ---------------------------------------------------------------------------------------------------------------
def write_xlsx(path: Path, sheet: str, rows: list, merges: list, widths: list) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Side

    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    thin = Side(style="thin")
    ncols = max(len(r) for r in rows)
    for r, row in enumerate(rows, start=1):
        for c in range(1, ncols + 1):
            text = row[c - 1] if c - 1 < len(row) else None
            cell = ws.cell(r, c)
            if text not in (None, ""):
                cell.value = text
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for r1, c1, r2, c2 in merges:
        ws.merge_cells(start_row=r1 + 1, start_column=c1 + 1, end_row=r2 + 1, end_column=c2 + 1)
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    # row heights: LibreOffice does not grow rows for wrapped text in merged cells, so estimate them here
    span = {(r1, c1): (r2, c2) for r1, c1, r2, c2 in merges}
    heights = {}
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text in (None, ""):
                continue
            r2, c2 = span.get((r, c), (r, c))
            width = sum(widths[k] if k < len(widths) else 10 for k in range(c, c2 + 1)) - 1
            lines = 0
            for part in str(text).split("\n"):
                units = sum(2 if ord(ch) > 0x2E7F else 1 for ch in part)
                lines += max(1, -(-units // max(1, int(width))))
            need = lines * 14.5 / (r2 - r + 1)
            for k in range(r, r2 + 1):
                heights[k] = max(heights.get(k, 15), need)
    for r, h in heights.items():
        ws.row_dimensions[r + 1].height = round(h, 1)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = "jixiao blind9"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(_normalise_zip(buf.getvalue()))


def write_docx(path: Path, blocks: list, landscape: bool = False) -> None:
    """blocks: ("title", text) | ("p", text) | ("table", rows, merges)."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.8))
    style = doc.styles["Normal"]
    style.font.size = Pt(10.5)
    for block in blocks:
        kind = block[0]
        if kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(block[1])
            run.bold = True
            run.font.size = Pt(14)
        elif kind == "p":
            doc.add_paragraph(block[1])
        elif kind == "table":
            rows, merges = block[1], block[2]
            ncols = max(len(r) for r in rows)
            table = doc.add_table(rows=len(rows), cols=ncols)
            table.style = "Table Grid"
            covered = set()
            for r1, c1, r2, c2 in merges:
                for r in range(r1, r2 + 1):
                    for c in range(c1, c2 + 1):
                        if (r, c) != (r1, c1):
                            covered.add((r, c))
            for r, row in enumerate(rows):
                for c in range(ncols):
                    text = row[c] if c < len(row) else None
                    if (r, c) in covered or text in (None, ""):
                        continue
                    table.cell(r, c).text = str(text)
            for r1, c1, r2, c2 in merges:
                table.cell(r1, c1).merge(table.cell(r2, c2))
                # merging concatenates paragraphs of the merged cells; keep the top-left text only
                cell = table.cell(r1, c1)
                keep = rows[r1][c1] if c1 < len(rows[r1]) else None
                for p in list(cell.paragraphs)[1:]:
                    p._element.getparent().remove(p._element)
                cell.paragraphs[0].text = "" if keep in (None, "") else str(keep)
            doc.add_paragraph("")
    doc.core_properties.author = "jixiao blind9"
    doc.core_properties.last_modified_by = "jixiao blind9"
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
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", lambda m: m.group(1) + stamp.encode(),
                              body)
            dst.writestr(zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6]), body,
                         compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def to_pdf(path: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("soffice not found; run with --no-pdf")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(path.parent), str(path)], check=True, capture_output=True, timeout=240)
    pdf = path.with_suffix(".pdf")
    if not pdf.exists():
        raise SystemExit(f"LibreOffice made no PDF for {path.name}")
    return pdf


DOCUMENTS: list[dict] = []


def document(**kw):
    DOCUMENTS.append(kw)


P, E, S, M = "产出指标", "效益指标", "满意度指标", "服务对象满意度指标"


# ---------------------------------------------------------------------------------------------------------------
# 1. 上海 普陀区 体育事业管理中心: 财政项目支出绩效自评表 2022 (first form of the page), XLSX
# ---------------------------------------------------------------------------------------------------------------
PUTUO_ROWS = [
    ["财政项目支出绩效自评表"],
    ["(2022年度)"],
    ["项目名称", "普陀体育中心与委托运营方结算费用"],
    ["主管部门", "上海市普陀区体育局", None, None, "实施单位", "上海市普陀区体育事业管理中心"],
    ["项目资金\n(元)", None, None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [None, "年度资金总额", None, "250000.00", "250000.00", "215,457.6", "10", "86.19%", "8.62"],
    [None, "其中:当年财政拨款", None, "250000.00", "250000.00", "215457.6", "—", None, "—"],
    [None, "上年结转资金", None, "0", "0", None, "—", None, "—"],
    [None, "其他资金", None, "0", "0", None, "—", None, "—"],
    ["年度\n总体\n目标", "预期目标", None, None, None, "实际完成情况"],
    [None, None, None, None, None, "已完成普陀体育中心与委托运营方费用结算。"],
    ["绩效\n指标", "一级指标", "二级指标", "三级指标", "年度\n指标值", "实际\n完成值", "分值", "得分", "偏差原因分析及\n改进措施"],
    [None, "产出指标", "数量指标", "与委托运营方结算完成率", "=100%", "100%", 10, 10, None],
    [None, None, "质量指标", "合同结算条款完成率", "=100%", "100%", 20, 20, None],
    [None, None, "时效指标", "费用结算及时性", "及时", "及时", 20, 20, None],
    [None, "效益指标", "社会效益指标", "与委托运营方合同完成率", "=100%", "100%", 30, 30, None],
    [None, "满意度指标", "服务对象满意度指标", "场馆开放满意度", ">=90%", "100%", 10, 10, None],
    ["总分", None, None, None, None, None, 100, 98.62, None],
]
PUTUO_MERGES = [
    (0, 0, 0, 8), (1, 0, 1, 8), (2, 1, 2, 8), (3, 1, 3, 3), (3, 5, 3, 8),
    (4, 0, 8, 0), (4, 1, 4, 2), (5, 1, 5, 2), (6, 1, 6, 2), (7, 1, 7, 2), (8, 1, 8, 2),
    (9, 0, 10, 0), (9, 1, 9, 4), (9, 5, 9, 8), (10, 1, 10, 4), (10, 5, 10, 8),
    (11, 0, 16, 0), (12, 1, 14, 1), (17, 0, 17, 5),
]

document(
    file="sh-putuo-sports-settlement-selfeval.xlsx",
    make=lambda p: write_xlsx(p, "自评表", PUTUO_ROWS, PUTUO_MERGES, [8, 14, 14, 24, 12, 12, 8, 9, 16]),
    province="上海", doc_kind="自评表", patterns=[1, 2, 5, 6, 9, 10],
    source_urls=["https://pdf.chddh.cn/archives/48n5zg2zkkjxn27q6rjv.html"],
    indicators=[
        ind(P, "数量指标", "与委托运营方结算完成率", "=", 100, "%", "=100%", 100, 10, 10),
        ind(P, "质量指标", "合同结算条款完成率", "=", 100, "%", "=100%", 100, 20, 20),
        ind(P, "时效指标", "费用结算及时性", None, None, None, "及时", None, 20, 20),
        ind(E, "社会效益指标", "与委托运营方合同完成率", "=", 100, "%", "=100%", 100, 30, 30),
        ind(S, M, "场馆开放满意度", ">=", 90, "%", ">=90%", 100, 10, 10),
    ],
    goals=[],
    facts=[
        rate_fact("budget", "预算执行率", 250000.0, 215457.6, 86.19, "元"),
        score_fact("总分", 98.62),
    ],
    findings=[
        finding("target.time_no_deadline", "费用结算及时性", "时效 row valued 及时 with no date, duration or rate"),
        finding("consistency.rate", "预算执行率",
                "215457.6/250000 = 86.18%, the form states 86.19% (its 8.62 points follow 86.18%)"),
    ],
    notes="Stored text is the flattened text of a PDF that holds several forms of the 普陀区体育事业管理中心; the first "
          "form (委托运营方结算费用) is reproduced whole. Its 预期目标 cell is empty in the source (only 实际完成情况 is "
          "filled), so the document has no goal. Scores: 10+20+20+30+10 = 90 plus 8.62 budget points = 98.62 as "
          "stated; 分值 90 + 10 = 100.",
)


# ---------------------------------------------------------------------------------------------------------------
# 2. 天津 南开大学 生物国家级实验教学示范中心: 预算绩效评价结果公示 2018 (设定值 │ 完成值 + score block), DOCX
# ---------------------------------------------------------------------------------------------------------------
NANKAI_ROWS = [
    ["一级指标", "二级指标", "三级指标", "预算设定指标值", "项目完成指标值"],
    ["产出指标", "数量指标", "购置仪器设备(不计低值小零件和定制产品)", "31", "42"],
    [None, None, "改造实验室", "2间", "2间"],
    [None, "质量指标", "设备验收合格率", "100%", "100%"],
    [None, "时效指标", "项目年末完成率", "≥95%", "≥95%"],
    [None, None, "项目完成时间", "2018年10月底", "2018年11月底"],
    [None, None, "项目验收时间,相关手续是否完备", "是", "是"],
    [None, "成本指标", None, None, None],
    ["效益指标", "经济效益指标", None, None, None],
    [None, "社会效益指标", "是否保证实验教学水平,提高教学质量", "是", "是"],
    [None, "可持续影响指标", None, None, None],
    ["满意度指标", "服务对象满意度指标", "师生对仪器购置的满意度", "≥95%", "≥95%"],
    [None, None, "师生对实验室改造满意度", "≥95%", "≥95%"],
    ["预算绩效评价结果", "考核节点进度完成率", "10分", "项目采购节约率", "10分"],
    [None, "预算编制准确度", "9分", "绩效评价结果", "29分"],
]
NANKAI_MERGES = [(1, 0, 7, 0), (1, 1, 2, 1), (4, 1, 6, 1), (8, 0, 10, 0), (11, 0, 12, 0), (11, 1, 12, 1),
                 (13, 0, 14, 0)]
NANKAI_BLOCKS = [
    ("title", "关于“2018生物实验教学中心建设项目”预算绩效评价结果的公示"),
    ("p", "“2018生物实验教学中心建设项目”的经费来自南开大学2018年度实验室设备处归口的发展经费。"
          "该项目的预算绩效评价已经完成，结果公示如下："),
    ("table", NANKAI_ROWS, NANKAI_MERGES),
    ("p", "公示期：自即日起3天。"),
    ("p", "联系地址：南开大学综合实验楼D702　　电话：2350****"),
    ("p", "生物国家级实验教学示范中心（南开大学）"),
    ("p", "2018.12.3"),
]

document(
    file="tj-nankai-biolab-results.docx",
    make=lambda p: write_docx(p, NANKAI_BLOCKS),
    province="天津", doc_kind="自评表", patterns=[5, 6, 8],
    source_urls=["https://swsyzx.nankai.edu.cn/2018/1203/c33136a517692/page.htm"],
    indicators=[
        ind(P, "数量指标", "购置仪器设备(不计低值小零件和定制产品)", None, 31, None, "31", 42),
        ind(P, "数量指标", "改造实验室", None, 2, "间", "2间", 2),
        ind(P, "质量指标", "设备验收合格率", None, 100, "%", "100%", 100),
        ind(P, "时效指标", "项目年末完成率", ">=", 95, "%", "≥95%", 95),
        ind(P, "时效指标", "项目完成时间", None, None, None, "2018年10月底", None),
        ind(P, "时效指标", "项目验收时间,相关手续是否完备", None, None, None, "是", None),
        ind(E, "社会效益指标", "是否保证实验教学水平,提高教学质量", None, None, None, "是", None),
        ind(S, M, "师生对仪器购置的满意度", ">=", 95, "%", "≥95%", 95),
        ind(S, M, "师生对实验室改造满意度", ">=", 95, "%", "≥95%", 95),
    ],
    goals=[],
    facts=[sum_fact("绩效评价结果", 29, [10, 10, 9], "分")],
    findings=[
        finding("target.missing_unit", "购置仪器设备(不计低值小零件和定制产品)",
                "target 31 (and actual 42) written with no unit (台/件/台套?)"),
    ],
    notes="Whole page reproduced. 成本指标, 经济效益指标 and 可持续影响指标 rows are empty under their labels (no "
          "indicators). The score block under the table (考核节点进度完成率 10分, 项目采购节约率 10分, 预算编制准确度 "
          "9分, 绩效评价结果 29分) scores the evaluation, it holds no targets; 10+10+9 = 29 as stated. The completion "
          "date (2018年11月底) is later than the target (2018年10月底), but the form has no 偏差原因 column, so no "
          "reason is asked for. 是 values are pass/fail results. Phone number masked.",
)


# ---------------------------------------------------------------------------------------------------------------
# 3. 湖南 衡阳 南岳区 南岳镇: 2018年南岳镇资产收益扶贫项目 绩效目标申报表, DOCX
# ---------------------------------------------------------------------------------------------------------------
NANYUE_GOAL = ("由10个合作社向入股的贫困户返还本金并分红：本金第一年返还投资额的20%，第二年、第三年各返还25%，"
               "第四年、第五年各返还15%；分红第一年按总额计，第二年起按返本后余额的8%计，剩下的小部分用于企业发展。")
NANYUE_ROWS = [
    ["项目名称", "2018年南岳镇资产收益扶贫项目", None, "项目负责人及电话", None, None],
    ["主管部门", "南岳镇人民政府", None, "实施单位", "[607001]衡阳市南岳区南岳镇人民政府", None],
    ["资金情况(万元)", "年度资金总额:", None, "214.06", None, None],
    [None, "其中:财政拨款", None, "214.06", None, None],
    [None, "其他资金", None, "0", None, None],
    ["总体目标", "年度目标", None, "年度总体目标完成情况", None, None],
    [None, NANYUE_GOAL, None, None, None, None],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "备注"],
    [None, "产出指标", "数量指标", "*贫困地区贫困人口加入合作社、村集体经济组织人数(≥**人)", ">=1102人", None],
    [None, None, None, "资产入股贫困人口总数(≥**人)", ">=1102人", None],
    [None, None, None, "入股合作社个数", "=10个", None],
    [None, None, "质量指标", "返本分红比例", "第一年按总投资额返本20%,分红按8%分红", None],
    [None, None, "时效指标", "每年返本分红时间", "每年12月底前", None],
    [None, None, None, "返本分红分几年", "=5年", None],
    [None, None, "成本指标", "补助合作社平均标准", "=23万元/个", None],
    [None, "效益指标", "经济效益指标", "*资产股权年收益率( ≥**% )", ">=8%", None],
    [None, None, None, "贫困户全年返本分红总额", "=46.16万元", None],
    [None, None, "社会效益指标", "受益建档立卡贫困人口数(≥**人)", ">=1102人", None],
    [None, "满意度指标", "服务对象满意度指标", "*资产入股贫困人口满意度( ≥**% )", ">=95%", None],
    ["财政部门支出股室初审意见", "(盖章)", None, None, None, None],
    ["财政部门绩效评价股审核意见", "(盖章)", None, None, None, None],
    ["区扶贫办审核意见", "(盖章)", None, None, None, None],
]
NANYUE_MERGES = [
    (0, 1, 0, 2), (0, 4, 0, 5), (1, 1, 1, 2), (1, 4, 1, 5),
    (2, 0, 4, 0), (2, 1, 2, 2), (2, 3, 2, 5), (3, 1, 3, 2), (3, 3, 3, 5), (4, 1, 4, 2), (4, 3, 4, 5),
    (5, 0, 6, 0), (5, 1, 5, 2), (5, 3, 5, 5), (6, 1, 6, 2), (6, 3, 6, 5),
    (7, 0, 18, 0), (8, 1, 14, 1), (8, 2, 10, 2), (12, 2, 13, 2), (15, 1, 17, 1), (15, 2, 16, 2),
    (19, 1, 19, 5), (20, 1, 20, 5), (21, 1, 21, 5),
]

document(
    file="hn-nanyue-asset-income-targets.docx",
    make=lambda p: write_docx(p, [("title", "绩效目标申报表"), ("table", NANYUE_ROWS, NANYUE_MERGES)]),
    province="湖南", doc_kind="申报表", patterns=[1, 2, 6, 8, 10],
    source_urls=["http://www.nanyue.gov.cn/nyczj/czysgk/2018njyqnddbmyjs/xcj/nyqnyzzf/20200211/i951215.html"],
    indicators=[
        ind(P, "数量指标", "*贫困地区贫困人口加入合作社、村集体经济组织人数(≥**人)", ">=", 1102, "人", ">=1102人"),
        ind(P, "数量指标", "资产入股贫困人口总数(≥**人)", ">=", 1102, "人", ">=1102人"),
        ind(P, "数量指标", "入股合作社个数", "=", 10, "个", "=10个"),
        ind(P, "质量指标", "返本分红比例", None, 20, "%", "第一年按总投资额返本20%,分红按8%分红"),
        ind(P, "时效指标", "每年返本分红时间", None, None, None, "每年12月底前"),
        ind(P, "时效指标", "返本分红分几年", "=", 5, "年", "=5年"),
        ind(P, "成本指标", "补助合作社平均标准", "=", 23, "万元/个", "=23万元/个"),
        ind(E, "经济效益指标", "*资产股权年收益率( ≥**% )", ">=", 8, "%", ">=8%"),
        ind(E, "经济效益指标", "贫困户全年返本分红总额", "=", 46.16, "万元", "=46.16万元"),
        ind(E, "社会效益指标", "受益建档立卡贫困人口数(≥**人)", ">=", 1102, "人", ">=1102人"),
        ind(S, M, "*资产入股贫困人口满意度( ≥**% )", ">=", 95, "%", ">=95%"),
    ],
    goals=[goal("年度目标", NANYUE_GOAL)],
    facts=[sum_fact("年度资金总额", 214.06, [214.06, 0])],
    findings=[],
    notes="Whole form reproduced (page of 南岳区财政局, 2018). Indicator names keep the template hints written in them "
          "(*, (≥**人), ( ≥**% )); the value cells are filled, so these are no placeholder targets. 返本分红比例 is a "
          "rule with two numbers (20% of capital, 8% dividend); the gold keeps the first. The source goal has a garbled "
          "figure for the first-year dividend (按总客%); our wording says 按总额计 without a rate. The three signature "
          "rows at the foot are no indicators. 项目负责人及电话 is empty in the source.",
)


# ---------------------------------------------------------------------------------------------------------------
# 4. 湖北 随州 广水市 纪委监委: 2019年度办公局域网维护费 项目绩效目标自评表 (score block + indicator block, cut), DOCX
# ---------------------------------------------------------------------------------------------------------------
GS_GOAL = "对机关局域网络改造升级,提高信息化办公速度。"
GS_ROWS = [
    ["项目名称", "办公局域网维护费", None, None, "项目实施单位", None, "广水市城投公司", None, None],
    ["项目主管单位", "广水市纪委监委", None, None, "项目负责人", None, "彭炜", None, None],
    ["项目属性", "1、常年性 √　　2、延续性□　　3、一次性□　　4、新增性□", None, None, None, None, None, None, None],
    ["项目资金\n来源", "中央\n(万元)", "省、地\n(万元)", "本级\n(万元)", "其他\n(万元)", "合计\n(万元)", "执行数\n(万元)",
     "执行率", None],
    [None, None, None, "5.5", None, "5.5", "5.5", "100%", None],
    ["项目年度目标", "1. " + GS_GOAL, None, None, None, None, None, None, None],
    ["项目权重", "评价内容", None, "分值", "自评分", "复核分", "评价标准及依据", None, None],
    ["项目决策\n2分", "决策依据", None, "2", "2", None, "有项目年度工作计划或有上级文件或审批报告计2分，没有不得分。", None,
     None],
    ["项目管理\n13分", "财务制度", None, "3", "3", None,
     "1、单位财务管理制度1分；2、项目管理制度1分；3、有制度执行佐证资料1分。没有不得分。", None, None],
    [None, "组织机构", None, "2", "2", None, "有明确的绩效管理机构或专人负责2分。没有不得分", None, None],
    [None, "运行监管", None, "4", "3", None, "1、运行监管记录3分；2、填报《项目支出绩效监控表》1分。没有不得分。", None,
     None],
    [None, "目标申报", None, "4", "4", None,
     "1、项目绩效目标全申报的1分，缺一项扣0.5分，扣完为止；2、绩效目标规范1分，不规范扣0.5分；3、按时申报绩效目标计2分，"
     "逾期扣1分。", None, None],
    ["项目绩效\n85分", "项目年度目标1：" + GS_GOAL, None, None, None, None, None, None, None],
    [None, "一级指标", "二级指标", "指标名称\n(三级指标)", "年初指标值", "年终完成值", "自评分", "复核分", "评价标准及依据"],
    [None, "产出指标\n40分", "数量指标\n15分", "采购设备", "10台套", "10台套", "15", None,
     "1、提供三级指标完成程度的佐证资料；2、三级指标分按三级指标个数平均确定（15分÷三级指标个数），四舍五入保留整"],
    [None, None, "质量指标\n12分", "改善运行状况", "便于信息化应用", "便捷、快速运用", None, None, None],
    [None, None, "时效指标\n6分", None, None, None, None, None, None],
    [None, None, "成本指标\n7分", None, None, None, None, None, None],
]
GS_MERGES = [
    (0, 1, 0, 3), (0, 4, 0, 5), (0, 6, 0, 8), (1, 1, 1, 3), (1, 4, 1, 5), (1, 6, 1, 8), (2, 1, 2, 8),
    (3, 0, 4, 0), (3, 7, 3, 8), (4, 7, 4, 8), (5, 1, 5, 8),
    (6, 1, 6, 2), (6, 6, 6, 8), (7, 1, 7, 2), (7, 6, 7, 8),
    (8, 0, 11, 0), (8, 1, 8, 2), (8, 6, 8, 8), (9, 1, 9, 2), (9, 6, 9, 8), (10, 1, 10, 2), (10, 6, 10, 8),
    (11, 1, 11, 2), (11, 6, 11, 8),
    (12, 0, 17, 0), (12, 1, 12, 8), (14, 1, 17, 1),
]
GS_BLOCKS = [
    ("title", "广水市财政预算支出项目绩效目标自评表"),
    ("p", "填报日期：2020年2月18日　　　　自评总分：69　　　　单位领导审签："),
    ("table", GS_ROWS, GS_MERGES),
]

document(
    file="hb-guangshui-jiwei-lan-selfeval.docx",
    make=lambda p: write_docx(p, GS_BLOCKS, landscape=True),
    province="湖北", doc_kind="自评表", patterns=[2, 5, 6, 10],
    source_urls=["https://pdf.chddh.cn/archives/48n5zg2zkkb6327q6rjv.html"],
    indicators=[
        ind(P, "数量指标", "采购设备", None, 10, "台套", "10台套", 10, None, 15),
        ind(P, "质量指标", "改善运行状况", None, None, None, "便于信息化应用", None, None, None),
    ],
    goals=[goal("年度目标", GS_GOAL)],
    facts=[
        rate_fact("budget", "预算执行率", 5.5, 5.5, 100.0, "万元"),
        score_fact("自评总分", 69),
    ],
    findings=[
        finding("target.qualitative_no_scale", "改善运行状况", "target 便于信息化应用 is a bare judgement with no scale"),
        finding("goal.unquantified", GS_GOAL[:15], "upgrade and faster office work named, no number, date or result"),
        finding("coverage.missing_dimension", "效益指标", "the document ends inside 产出指标: no 效益 indicator"),
        finding("coverage.missing_dimension", "满意度指标", "the document ends inside 产出指标: no 满意度 indicator"),
        finding("consistency.score_total", "自评总分",
                "stated 69, the 自评分 in the document add up to 2+3+2+3+4+15 = 29"),
    ],
    notes="Stored text is flattened PDF text that stops inside the 产出指标 block (after the 时效/成本 labels, whose rows "
          "are empty here), so the document is cut there; coverage and score-total findings describe the document as "
          "built. The 项目决策/项目管理 rows score the evaluation and are no targets. The self-score 15 sits in the "
          "数量 row (its 评价标准 says 15分 ÷ number of 三级 indicators); the 质量 row shows no score. The goal "
          "appears twice (项目年度目标 field and 项目年度目标1 line); one goal in the gold.",
)


# ---------------------------------------------------------------------------------------------------------------
# 5. 内蒙古 巴彦淖尔 临河区: 2022年度就业补助资金绩效目标自评表 (cut after the first indicator row), XLSX
# ---------------------------------------------------------------------------------------------------------------
LH_GOALS = [
    "资金按规定用于职业培训、职业技能鉴定、社会保险、公益性岗位、创业、就业见习、求职创业等补贴，以及就业创业服务补助、"
    "高技能人才培养补助和经省级人民政府批准的其他支出项目。",
    "确保完成年度城镇新增就业目标任务。",
    "确保年末城镇调查失业率保持在目标范围内。",
]
LH_DONE = ("2022年，全区城镇新增就业2989人（全年目标任务1686人）；再就业2468人，完成全年目标任务2468人的100%。"
           "城镇登记失业率控")
LH_ROWS = [
    ["附件1"],
    ["就业补助资金绩效目标自评表"],
    ["(2022年度)"],
    ["转移支付(项目)名称", "就业补助资金"],
    ["中央主管部门", "人力资源社会保障部"],
    ["地方主管部门", "巴彦淖尔市临河区财政局", None, "地方财政部门", "巴彦淖尔市临河"],
    ["资金投入情况\n(万元)", None, "全年预算数(A)", "全年执行数(B)"],
    [None, "年度资金总额", "7165.32", "6992.95"],
    [None, "其中:中央财政资金", "3144.00", "3144.00"],
    [None, "自治区财政资金", "570.17", "570.17"],
    [None, "盟市财政资金", "433.00", "432.10"],
    [None, "旗县财政资金", "1426.90", "1294.84"],
    [None, "其他资金(包括以前年度结转资金)", "1591.22", "1551.84"],
    ["资金管理情况", None, "情况说明"],
    [None, "分配科学性", "根据业务情况进行合理的分配"],
    [None, "下达及时性", "要求在资金下达时及时、快速地传达至相关业务股室"],
    [None, "拨付合规性", "按照规定程序和标准进行资金拨付"],
    [None, "使用规范性", "要求对资金使用过程进行合理规范、确保合法合规"],
    [None, "执行准确性", "要求严格执行就业补助资金规章制度及政策，确保资金管理准确有"],
    [None, "预算绩效管理情况", "款项从指标录入开始做绩效事前事中事后三次"],
    [None, "支出责任履行情况", "按支出、时限、范围支出"],
    ["总体目标完成情况", "总体目标", None, "全年实际完成情况"],
    [None, "\n".join(f"目标{i}：{t}" for i, t in enumerate(LH_GOALS, 1)), None, LH_DONE],
    ["一级指标", "二级指标", "三级指标", "年度目标指标值"],
    [None, "数量指标", "享受社会保险补贴人员数量", "4443"],
    [None, None, "享受公益性岗位补贴人员", None],
]
LH_MERGES = [
    (1, 0, 1, 5), (2, 0, 2, 5), (3, 1, 3, 5), (4, 1, 4, 5), (5, 1, 5, 2), (5, 4, 5, 5),
    (6, 0, 12, 0), (13, 0, 20, 0), (13, 2, 13, 5), (14, 2, 14, 5), (15, 2, 15, 5), (16, 2, 16, 5), (17, 2, 17, 5),
    (18, 2, 18, 5), (19, 2, 19, 5), (20, 2, 20, 5),
    (21, 0, 22, 0), (21, 1, 21, 2), (21, 3, 21, 5), (22, 1, 22, 2), (22, 3, 22, 5),
    (24, 1, 25, 1),
]

document(
    file="nm-linhe-employment-selfeval.xlsx",
    make=lambda p: write_xlsx(p, "就业补助资金", LH_ROWS, LH_MERGES, [16, 26, 30, 18, 22, 22]),
    province="内蒙古", doc_kind="自评表", patterns=[2, 5, 10],
    source_urls=[],
    indicators=[
        ind(None, "数量指标", "享受社会保险补贴人员数量", None, 4443, None, "4443"),
        ind(None, "数量指标", "享受公益性岗位补贴人员", None, None, None, ""),
    ],
    goals=[goal("总体目标", t) for t in LH_GOALS],
    facts=[
        sum_fact("年度资金总额(全年预算数)", 7165.32, [3144.00, 570.17, 433.00, 1426.90, 1591.22]),
        sum_fact("年度资金总额(全年执行数)", 6992.95, [3144.00, 570.17, 432.10, 1294.84, 1551.84]),
    ],
    findings=[
        finding("target.missing_unit", "享受社会保险补贴人员数量", "count 4443 written with no unit"),
        finding("target.missing_value", "享受公益性岗位补贴人员", "row with a name and no target (the page stops here)"),
        finding("coverage.missing_dimension", "效益指标", "the document ends after two 数量 rows: no 效益 indicator"),
        finding("coverage.missing_dimension", "满意度指标", "the document ends after two 数量 rows: no 满意度 indicator"),
        finding("consistency.sum", "年度资金总额(全年预算数)",
                "parts 3144.00+570.17+433.00+1426.90+1591.22 = 7165.29, stated 7165.32"),
        finding("goal.process_only", LH_GOALS[0][:15], "only says how the money is to be used (补贴 items), no result"),
        finding("goal.unquantified", LH_GOALS[1][:15], "new urban jobs named without the number of the task"),
        finding("goal.unquantified", LH_GOALS[2][:15], "unemployment rate kept 'within the target range', no figure"),
    ],
    notes="Stored page without address: the flattened text of an XLSX attachment '2022年度就业补助资金绩效目标自评表.xlsx' "
          "(query: 就业补助资金 绩效目标表 城镇新增就业人数 职业技能培训人次 满意度). The text stops in the second indicator "
          "row (享受公益性岗位补贴人员…), so the document ends there; the 一级 cell of the indicator block is not in the "
          "text and is left empty; only the 年度目标指标值 column header is visible. The completion cell is rewritten "
          "from the interleaved text with the figures it shows (2989, 1686, 2468, 100%) and stops where the page "
          "stops. Cells cut by the page (地方财政部门 巴彦淖尔市临河, …准确有) are kept as shown.",
)


# ---------------------------------------------------------------------------------------------------------------
# 6. 湖南 衡阳 南岳区 乡村振兴局: 2023年雨露计划就学补助项目 绩效目标申报表 (cut in 成本指标), XLSX
# ---------------------------------------------------------------------------------------------------------------
YL_MID = [
    "扶持对象为在中等职业学校（含普通中专、职业中专、成人中专、职业高中、技工院校）、高职高专院校、技师学院注册普通全日制"
    "正式学籍的本省脱贫家庭子女（含监测帮扶对象家庭）；学生在校期间（含顶岗实习）其家庭均可享受助学补助，辍学、休学和"
    "保留学籍的学生不在扶持范围内。",
    "补助标准：在享受国家职业教育资助政策的基础上叠加发放助学补助，全省统一标准为每生1500元/学期。",
]
YL_YEAR = ["对提供就读学籍证明的学生了放就学补助；", "补助标准为：每生1500元/学期。"]
YL_ROWS = [
    ["雨露计划绩效目标申报表"],
    ["(2023年度)"],
    ["填报单位(盖章):　　　　　　　　单位负责人:谭呈祥"],
    ["专项基本情况", "专项名称", "2023年雨露计划就学补助项目"],
    [None, "专项属性", "新增项目□　延续项目R"],
    [None, "主管部门", "南岳区乡村振兴局", None, "专项起止时间", "2023年1月至12月"],
    [None, "专项负责人", "欧阳光", None, "联系人及电话", "1807342****"],
    [None, "专项概况", "对就读职业技术学校的脱贫户或监测户子女发放就学补助"],
    [None, "专项立项\n依据", None],
    ["专项资金情况", "本年度预计投入(万元)", "财政资金(万元)", None, None, None, "其他"],
    [None, None, "中央", "省级", "市级资金", "本级", None],
    [None, "7", "0", "7", "0", "0", "0"],
    ["单位已有的保证专项实施的制度、措施", None, "对就读职业技术学校的脱贫户或监测户子女发放就学补助"],
    ["中长期绩效\n目标", None, "1." + YL_MID[0]],
    [None, None, "2." + YL_MID[1]],
    ["本年度绩效\n目标", None, "1." + YL_YEAR[0]],
    [None, None, "2." + YL_YEAR[1]],
    ["专项年度绩效指标", "一级指标", "二级指标", "三级指标内容", None, "指标值及单位", None],
    [None, "产出\n指标", "数量指标", "年度申请就学补助户数", None, ">=101人/次", None],
    [None, None, "质量指标", "逾期发放率", None, ">=100%", None],
    [None, None, "时效指标", "就学补助及时发放率", None, ">=100%", None],
    [None, None, "成本指标", "补助标准", None, "15", None],
]
YL_MERGES = [
    (0, 0, 0, 6), (1, 0, 1, 6), (2, 0, 2, 6),
    (3, 0, 8, 0), (3, 2, 3, 6), (4, 2, 4, 6), (5, 2, 5, 3), (5, 5, 5, 6), (6, 2, 6, 3), (6, 5, 6, 6),
    (7, 2, 7, 6), (8, 2, 8, 6),
    (9, 0, 11, 0), (9, 1, 10, 1), (9, 2, 9, 5), (9, 6, 10, 6),
    (12, 0, 12, 1), (12, 2, 12, 6), (13, 0, 14, 1), (13, 2, 13, 6), (14, 2, 14, 6),
    (15, 0, 16, 1), (15, 2, 15, 6), (16, 2, 16, 6),
    (17, 0, 21, 0), (17, 3, 17, 4), (17, 5, 17, 6), (18, 1, 21, 1),
    (18, 3, 18, 4), (18, 5, 18, 6), (19, 3, 19, 4), (19, 5, 19, 6), (20, 3, 20, 4), (20, 5, 20, 6),
    (21, 3, 21, 4), (21, 5, 21, 6),
]

document(
    file="hn-nanyue-yulu-targets.xlsx",
    make=lambda p: write_xlsx(p, "雨露计划", YL_ROWS, YL_MERGES, [14, 16, 16, 14, 14, 14, 12]),
    province="湖南", doc_kind="申报表", patterns=[1, 2, 5, 6, 8, 10],
    source_urls=["https://www.nanyue.gov.cn/nyczj/czysgk/2019njyhndyjs/nyqyg/nyncj/20231227/i3224710.html"],
    indicators=[
        ind(P, "数量指标", "年度申请就学补助户数", ">=", 101, "人/次", ">=101人/次"),
        ind(P, "质量指标", "逾期发放率", ">=", 100, "%", ">=100%"),
        ind(P, "时效指标", "就学补助及时发放率", ">=", 100, "%", ">=100%"),
        ind(P, "成本指标", "补助标准", None, 15, None, "15"),
    ],
    goals=[goal("中期目标", YL_MID[0]), goal("中期目标", YL_MID[1]),
           goal("年度目标", YL_YEAR[0]), goal("年度目标", YL_YEAR[1])],
    facts=[sum_fact("本年度预计投入", 7, [0, 7, 0, 0, 0])],
    findings=[
        finding("target.impossible_value", "逾期发放率", "≥100% for a rate (and for a late-payment rate at that)"),
        finding("target.impossible_value", "就学补助及时发放率", "≥100%: a rate cannot exceed 100%, the target is =100%"),
        finding("target.missing_unit", "补助标准", "value 15 with no unit (the page stops inside this cell)"),
        finding("coverage.missing_dimension", "效益指标", "the document ends inside 产出指标: no 效益 indicator"),
        finding("coverage.missing_dimension", "满意度指标", "the document ends inside 产出指标: no 满意度 indicator"),
        finding("goal.unquantified", YL_MID[0][:15], "states who is eligible for the subsidy, no number or result"),
        finding("goal.budget_text", YL_MID[1][:15], "only number is the money standard per student"),
        finding("goal.process_only", YL_YEAR[0][:15], "only the step of paying out the subsidy"),
        finding("goal.budget_text", YL_YEAR[1][:15], "only number is the money standard per student"),
    ],
    notes="The stored page stops inside the 成本指标 value (补助标准 │ 15…), so the document ends there: no 效益 or "
          "满意度 rows. 年度申请就学补助户数 counts households but is written in 人/次 (kept). 了放 (for 发放) is the "
          "source's typo. 专项立项依据 is empty in the source. Phone number masked.",
)


# ---------------------------------------------------------------------------------------------------------------
# 7. 河北 邯郸: 2019年预算项目绩效目标 (困难群众救助 target table with 优/良/中/差 bands; second table cut), DOCX
# ---------------------------------------------------------------------------------------------------------------
HD_GOAL = "保障农村低保金的发放,保障农村低保户的基本生活。"
HD_ROWS = [
    ["绩效目标", HD_GOAL, None, None, None, None, None, None],
    ["绩效指标分类", "绩效指标", "绩效指标描述", "绩效指标评价标准", None, None, None, "评价标准确定依据"],
    [None, None, None, "优", "良", "中", "差", None],
    ["产出指标", "救助覆盖率", "困难群众基本生活救助是否应救尽救", "100%", "90%", "85%", "85%", "按临时救助标准评价"],
    [None, "农村低保救助资金按标准发放的比率", "救助标准与经济社会发展水平相适应,救助资金按标准发放的比率",
     "90%", "80%", "70%", "70%", "按临时救助标准评价"],
    ["效果指标", "救助对象对救助工作满意度(%)", "问卷调查中,满意和较满意的救助对象数量占调研对象总数的比率",
     "85%", "80%", "70%", "70%", "按服务对象满意度评价"],
]
HD_MERGES = [(0, 1, 0, 7), (1, 0, 2, 0), (1, 1, 2, 1), (1, 2, 2, 2), (1, 3, 1, 6), (1, 7, 2, 7), (3, 0, 4, 0)]
HD_BLOCKS = [
    ("title", "2019年预算项目绩效目标"),
    ("p", "1、邯财社2018126号提前下达2019年中央财政困难群众救助补助预算指标绩效目标表"),
    ("table", HD_ROWS, HD_MERGES),
    ("p", "2、邯财社2018126号提前下达2019年中央财政困难群众救助补"),
]

document(
    file="he-handan-relief-band-targets.docx",
    make=lambda p: write_docx(p, HD_BLOCKS, landscape=True),
    province="河北", doc_kind="申报表", patterns=[5, 10],
    source_urls=["http://www.boteman.cn/paper/219141832.html"],
    indicators=[
        ind(P, None, "救助覆盖率", None, 100, "%", "100%"),
        ind(P, None, "农村低保救助资金按标准发放的比率", None, 90, "%", "90%"),
        ind(E, None, "救助对象对救助工作满意度(%)", None, 85, "%", "85%"),
    ],
    goals=[goal("目标", HD_GOAL)],
    facts=[],
    findings=[
        finding("goal.unquantified", HD_GOAL[:15], "payment of 低保 and basic living of recipients, no number"),
    ],
    notes="Mirror of a 58-page compilation '2019年预算项目绩效目标' (邯郸, issuing unit not named in the stored text); the "
          "first target table is whole, the stored text stops in the heading of the second. No 二级 level; each "
          "indicator carries a graded scale 优/良/中/差 (the gold takes the 优 threshold as the target) plus a "
          "description and a basis column, which are not values. The satisfaction indicator is filed under 效果指标 "
          "(→ 效益指标); since the form does measure satisfaction, no missing-dimension finding is expected. 中 and 差 "
          "share the same threshold in both 产出 rows (as in the source).",
)


# ---------------------------------------------------------------------------------------------------------------
# 8. 西藏 昌都 卡若区: 2022年度社会福利机构运行及人员经费项目 绩效评价报告 (prose, cut in 项目组织管理), DOCX
# ---------------------------------------------------------------------------------------------------------------
KR_BLOCKS = [
    ("title", "昌都市卡若区2022年度社会福利机构运行及人员经费项目绩效评价报告"),
    ("p", "委托单位：昌都市卡若区财政局"),
    ("p", "项目主管部门：昌都市卡若区民政局"),
    ("p", "评价机构：山东鲁瑞会计师事务所（普通合伙）"),
    ("p", "2023年2月28日"),
    ("p", "一、项目基本情况"),
    ("p", "（一）项目立项背景"),
    ("p", "依据《社会救助暂行办法》（国务院令649号）、《国务院关于进一步健全特困人员救助供养制度的意见》（国发〔2016〕14号）、"
          "《特困人员认定办法》（民发〔2016〕178号）、《西藏自治区特困人员救助供养办法（试行）》（藏政发〔2017〕42号）以及"
          "藏民函〔2021〕17号征求意见函的精神，财政部门会同民政局承担本行政区域内特困人员的救助供养工作。"),
    ("p", "（二）项目预算"),
    ("p", "昌都市卡若区2022年度社会福利机构运行及人员经费（孤儿、城市三无人员集中供养）项目预算合计423.38万元，"
          "其中自治区资金169.35万元，市级资金254.03万元。"),
    ("p", "（三）项目计划实施内容"),
    ("p", "卡若区民政局在调研的基础上，按照应救尽救、应养尽养，分类救助、差异服务，属地管理、分级负责，城乡统筹、适度保障，"
          "政府主导、社会参与的原则，对本项目（孤儿、城市三无人员集中供养）作了测算。"),
    ("p", "（四）项目组织管理"),
    ("p", "根据《西藏自治区人民政府关于印发〈西藏自治区特困人员救助供养办法（试行）〉的通知》（藏政发〔2017〕42号），"
          "昌都市卡若区2022年度社会"),
]

document(
    file="xz-karuo-welfare-evalreport.docx",
    make=lambda p: write_docx(p, KR_BLOCKS),
    province="西藏", doc_kind="评价报告", patterns=[10],
    source_urls=["http://karuo.changdu.gov.cn/krqrmzf/c101753/202305/8768041fad5d40d8b132bdb8ac0da3f1.shtml"],
    indicators=[],
    goals=[],
    facts=[sum_fact("项目预算", 423.38, [169.35, 254.03])],
    findings=[],
    notes="Prose evaluation report by a third-party firm; the stored page stops inside 一、（四）项目组织管理, before any "
          "indicator table, score or grade, so the document ends there (last sentence cut as on the page). The "
          "planning principles under （三） are no goals. The report date is garbled in the source (2023228日); written "
          "2023年2月28日. Budget split 169.35 + 254.03 = 423.38.",
)


# ---------------------------------------------------------------------------------------------------------------
# 9. 湖南 (city masked by the mirror): 2024年度公共就业服务能力提升示范项目 绩效自评报告 (prose, cut), DOCX
# ---------------------------------------------------------------------------------------------------------------
JY_BLOCKS = [
    ("title", "公共就业服务能力提升示范项目绩效自评报告"),
    ("p", "按照《中共中央 国务院关于全面实施预算绩效管理的意见》（中发〔2018〕34号）和财政部《项目支出绩效评价管理办法》"
          "（财预〔2020〕10号）的要求，我局依据《**市公共就业服务能力提升示范项目预算绩效管理工作方案》，对2024年度公共就业"
          "服务能力提升示范项目（以下简称“示范项目”）开展了绩效自评，现将评价情况报告如下。"),
    ("p", "一、项目资金使用及管理情况"),
    ("p", "（一）项目资**排结构、总投入等情况"),
    ("p", "示范项目总预算36,620万元，调整后的资金来源为：中央财政补助10,000万元，省级财政补助5,000万元，地市财政补助"
          "15920万元，其他资金渠道5700万元。"),
    ("p", "截至2024年末，示范项目资金到位36,982.43万元，其中中央财政补助资金10,000万元，地方财政配套补助资金21,106.24万元，"
          "其他资金渠道5,876.19万元。"),
    ("p", "（二）项目资金实际使用情况"),
    ("p", "截至2024年末，示范项目资金已使用36,948.11万元，其中中央财政补助资金9,965.68万元（含零障碍信息化建设项目待支付的"
          "合同进度款1436.8万元），地方财政配套补助资金21,106.24万元，其他资金渠道5,876.19万元。资金主要用于就业创业服务"
          "活动、就业创业服务信息平台建设以及对各类建设项目的奖补。"),
    ("p", "（三）项目资金管理情况"),
    ("p", "为加强示范项目资金管理、规范专项资金使用，**市依据《****财政厅 ******保障厅关于印发〈**省就业专项资金管理办法〉"
          "的通知》（湘财社〔2018〕25号）的要求，结合示"),
]

document(
    file="hn-employment-demo-selfreport.docx",
    make=lambda p: write_docx(p, JY_BLOCKS),
    province="湖南", doc_kind="自评报告", patterns=[10],
    source_urls=["https://www.qianlima.com/bid-498991234.html"],
    indicators=[],
    goals=[],
    facts=[
        sum_fact("示范项目总预算", 36620, [10000, 5000, 15920, 5700]),
        sum_fact("资金到位", 36982.43, [10000, 21106.24, 5876.19]),
        sum_fact("资金已使用", 36948.11, [9965.68, 21106.24, 5876.19]),
    ],
    findings=[],
    notes="Mirror (千里马) of a 2025-04-14 self-evaluation report whose city and department names are masked (**); the "
          "province is 湖南 (湘财社〔2018〕25号). The stored page stops inside 一、（三）, before any indicator or score "
          "section; the last sentence is cut as on the page and the masked heading （一）项目资**排结构 is kept. All three "
          "sums agree; 到位 (36,982.43) exceeds the budget (36,620) as in the source (not a checker rule).",
)


# ---------------------------------------------------------------------------------------------------------------
# 10. 福建 龙岩: 民族发展专项资金 notice + 分配表 + 专项转移支付绩效目标表 (one value column per county; cut), DOCX
# ---------------------------------------------------------------------------------------------------------------
LY_GOAL = "为推进宗教活动场所规范化管理,提升我市宗教工作管理水平,"
LY_COUNTIES = ["新罗区", "永定区", "上杭县", "武平县", "长汀县", "连城县", "漳平市"]
LY_ALLOC = [
    ["序号", "单位", "项目", "金额"],
    ["1", "上杭县", "龙岩市畲族文化研究会《闽西畲族志》编纂出版项目", "10"],
    [None, None, "南阳镇双溪村人饮工程二期项目", "8"],
    [None, None, "下都镇吉安村屋顶安装分布式光伏发电项目", "8"],
    [None, None, "湖洋镇文光村少数民族文化长廊项目", "8"],
    [None, None, "南阳镇涂坑村畲族文化交流及文化产业服务基地建设", "8"],
    [None, None, "中都镇古坊村五驳桥段道路拓宽硬化及沟渠建设项目(百香果产业)", "8"],
    [None, None, "小计", "50"],
    ["2", "漳平市", "双洋镇中村村茶山道路硬化项目", "5"],
    [None, None, "双洋镇坑源村村口村标及绿化项目", "6"],
    [None, None, "象湖镇科山村畲族文化展览厅项目", "6"],
    [None, None, "漳平市民族与宗教事务局民族团结进步创建项目", "3"],
    [None, None, "小计", "20"],
    ["合计", None, None, "70"],
]
LY_ALLOC_MERGES = [(1, 0, 7, 0), (1, 1, 7, 1), (8, 0, 12, 0), (8, 1, 12, 1), (13, 0, 13, 2)]
LY_TARGETS = [
    ["部门(单位)名称", "龙岩市民族与宗教事务局", None, None, None, "部门预算编码", None, "230001", None, None, None],
    ["项目名称", "宗教管理经费补助", None, None, None, "区域", None, "、".join(LY_COUNTIES), None, None, None],
    ["资金情况(万元)", "资金总额:", None, "30", None, None, None, None, None, None, None],
    [None, "其中:财政拨款", None, "30", None, None, None, None, None, None, None],
    [None, "其他资金", None, None, None, None, None, None, None, None, None],
    ["总体目标", LY_GOAL, None, None, None, None, None, None, None, None, None],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标解释", "区域目标值", None, None, None, None, None],
    [None, None, None, None, None] + LY_COUNTIES,
    [None, "产出指标", "数量指标", "宗教管理经费补助县(市、区)数量", "反映宗教管理经费补助县(市、区)数量情况",
     "2", "3", "1", "2", "2", "2", "2"],
    [None, None, "质量指标", "项目资金使用合规性", "反映项目资金使用合规情况"] + [">=95%"] * 7,
    [None, None, None, "项目完成率", "反映", None, None, None, None, None, None, None],
]
LY_TARGET_MERGES = [
    (0, 1, 0, 4), (0, 5, 0, 6), (0, 7, 0, 11), (1, 1, 1, 4), (1, 5, 1, 6), (1, 7, 1, 11),
    (2, 0, 4, 0), (2, 1, 2, 2), (2, 3, 2, 11), (3, 1, 3, 2), (3, 3, 3, 11), (4, 1, 4, 2), (4, 3, 4, 11),
    (5, 1, 5, 11), (6, 0, 10, 0), (6, 1, 7, 1), (6, 2, 7, 2), (6, 3, 7, 3), (6, 4, 7, 4), (6, 5, 6, 11),
    (8, 1, 10, 1), (9, 2, 10, 2),
]
for _row in LY_TARGETS:
    _row += [None] * (12 - len(_row))
LY_BLOCKS = [
    ("p", "相关县（市、区）财政局、民族与宗教事务局："),
    ("p", "为促进少数民族地区经济社会事业发展，经研究，现下达民族发展专项资金70万元（详见附表），款列“2012399-其他民族事务"
          "支出”，上下级对账时列市对县补助支出。请加强专项资金管理，并反馈资金使用情况。"),
    ("p", "附件：1.2023年龙岩市民族发展专项资金分配表"),
    ("p", "2.专项转移支付绩效目标表"),
    ("p", "龙岩市财政局　　龙岩市民族与宗教事务局"),
    ("p", "2023年3月13日"),
    ("p", "附件1"),
    ("title", "2023年龙岩市民族发展专项资金分配表"),
    ("p", "单位：万元"),
    ("table", LY_ALLOC, LY_ALLOC_MERGES),
    ("p", "附件2"),
    ("title", "专项转移支付绩效目标表"),
    ("p", "（2023年度）"),
    ("table", LY_TARGETS, LY_TARGET_MERGES),
]

document(
    file="fj-longyan-religion-county-targets.docx",
    make=lambda p: write_docx(p, LY_BLOCKS, landscape=True),
    province="福建", doc_kind="申报表", patterns=[2, 5, 6, 10],
    source_urls=["https://www.chacewang.com/newsdetail/news284125.html"],
    indicators=[
        ind(P, "数量指标", "宗教管理经费补助县(市、区)数量", None, None, None, "2 │ 3 │ 1 │ 2 │ 2 │ 2 │ 2"),
        ind(P, "质量指标", "项目资金使用合规性", ">=", 95, "%", ">=95%"),
        ind(P, "质量指标", "项目完成率", None, None, None, ""),
    ],
    goals=[goal("总体目标", LY_GOAL)],
    facts=[
        sum_fact("上杭县小计", 50, [10, 8, 8, 8, 8, 8]),
        sum_fact("漳平市小计", 20, [5, 6, 6, 3]),
        sum_fact("合计", 70, [50, 20]),
        sum_fact("资金总额", 30, [30]),
    ],
    findings=[
        finding("target.missing_unit", "宗教管理经费补助县(市、区)数量", "per-county counts 2, 3, 1 … written with no unit"),
        finding("target.missing_value", "项目完成率", "row with a name and no target values (the page stops here)"),
        finding("coverage.missing_dimension", "效益指标", "the document ends inside 产出指标: no 效益 indicator"),
        finding("coverage.missing_dimension", "满意度指标", "the document ends inside 产出指标: no 满意度 indicator"),
        finding("goal.process_only", LY_GOAL[:15], "only management work (规范化管理, 管理水平), no output or effect"),
    ],
    notes="Mirror (查策网) of a 龙岩市财政局/民宗局 notice of 2023-03-13: notice text (rewritten), 附件1 allocation table "
          "(sums agree: 50 + 20 = 70) and 附件2 target table, which belongs to another fund (宗教管理经费补助, 30万元) "
          "than the notice (民族发展专项资金, 70万元) — as on the page. The target table has one value column per county "
          "(区域目标值: 新罗区 … 漳平市); the gold keeps one indicator per row: equal values give the target (>=95%), "
          "the differing counts 2/3/1/2/2/2/2 give no single target (value null, target_text joins them). The page "
          "stops in the 项目完成率 row (指标解释 '反映…'); its value cells are empty in the document. The goal sentence "
          "ends with a comma in the source (kept).",
)


# ---------------------------------------------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------------------------------------------
def gold_for(d: dict, source: str) -> dict:
    return {
        "source": source, "source_urls": d["source_urls"], "province": d["province"], "doc_kind": d["doc_kind"],
        "patterns": d["patterns"], "indicators": d["indicators"], "goals": d["goals"], "facts": d["facts"],
        "findings": d["findings"], "notes": d["notes"],
    }


def write_gold(gold: dict) -> None:
    ANNOTATIONS.mkdir(exist_ok=True)
    text = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
    (ANNOTATIONS / f"{gold['source']}.json").write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true", help="write DOCX/XLSX and gold only")
    args = ap.parse_args(argv)
    for d in DOCUMENTS:
        path = HERE / d["file"]
        d["make"](path)
        write_gold(gold_for(d, d["file"]))
        made = [d["file"]]
        if not args.no_pdf:
            pdf = to_pdf(path)
            write_gold(gold_for(d, pdf.name))
            made.append(pdf.name)
        print(f"{', '.join(made)}: {len(d['indicators'])} indicators, {len(d['goals'])} goals, "
              f"{len(d['facts'])} facts, {len(d['findings'])} findings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
