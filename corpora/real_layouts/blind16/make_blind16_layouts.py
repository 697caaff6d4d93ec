"""Write blind part 16 of the real-layout corpus (documents + gold) into corpora/real_layouts/blind16/.

Each document reproduces the layout and the facts of one public page (see SOURCES.md): header rows, merged cells,
column order, empty cells and defects as the page has them; longer sentences (goals, narrative) in our own words
with the same numbers. Where the stored page stops, the document stops (gold ``notes`` say so).

The gold of every document is written by hand from the same data this script puts into the document (the
``gold`` fields below), never from a program's output. DOCX/XLSX are byte-for-byte deterministic (fixed core
property dates and zip timestamps); PDFs are exported with LibreOffice.

    python corpora/real_layouts/blind16/make_blind16_layouts.py [--no-pdf]
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


# ---------------------------------------------------------------------------------------------------------------
# gold helpers
# ---------------------------------------------------------------------------------------------------------------
def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None):
    """One gold indicator (canonical level names)."""
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual, "weight": weight, "score": score}


def goal(kind, text):
    return {"kind": kind, "text": text}


def budget(metric, planned, actual, stated_rate, unit="万元"):
    return {"metric": metric, "kind": "budget", "planned": planned, "actual": actual, "stated_rate": stated_rate,
            "unit": unit}


def completion(metric, planned, actual, stated_rate, unit):
    return {"metric": metric, "kind": "completion", "planned": planned, "actual": actual,
            "stated_rate": stated_rate, "unit": unit}


def sum_fact(metric, total, parts, unit="万元"):
    return {"metric": metric, "kind": "sum", "total": total, "parts": parts, "unit": unit}


def score_total(metric, total, parts):
    return {"metric": metric, "kind": "score_total", "total": total, "parts": parts, "unit": "分"}


def finding(rule, item, why):
    return {"rule": rule, "item": item, "why": why}


# ---------------------------------------------------------------------------------------------------------------
# writers
# ---------------------------------------------------------------------------------------------------------------
def _xlsx_sheet(title):
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = title
    return wb, ws


def xlsx_grid(ws, rows, merges, widths=None, first_row=1):
    """Write rows (lists of cell values, None = empty) and merged ranges ((r1, c1, r2, c2), 1-based rows of
    ``rows``)."""
    from openpyxl.styles import Alignment, Border, Side
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    for r, row in enumerate(rows, start=first_row):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(r, c)
            if value is not None:
                cell.value = value
                if isinstance(value, str) and value.startswith("="):
                    cell.data_type = "s"
            cell.alignment = wrap
            cell.border = border
    for r1, c1, r2, c2 in merges:
        ws.merge_cells(start_row=r1 + first_row - 1, start_column=c1, end_row=r2 + first_row - 1, end_column=c2)
    for i, w in enumerate(widths or [], start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    if widths:  # rough row heights so LibreOffice prints wrapped text whole
        spans = {}
        for r1, c1, r2, c2 in merges:
            spans[(r1, c1)] = (r2 - r1 + 1, sum(widths[c - 1] for c in range(c1, c2 + 1) if c - 1 < len(widths)))
        for r, row in enumerate(rows, start=1):
            lines = 1
            for c, value in enumerate(row, start=1):
                if value is None or c - 1 >= len(widths):
                    continue
                nrows, width = spans.get((r, c), (1, widths[c - 1]))
                chars = max(1.0, width / 2.1)
                need = sum(-(-len(part) // int(chars)) or 1 for part in str(value).split("\n"))
                lines = max(lines, -(-need // nrows))
            ws.row_dimensions[r + first_row - 1].height = 15 * lines + 3
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


def _new_docx(landscape=False):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt
    doc = Document()
    style = doc.styles["Normal"]
    style.font.size = Pt(10.5)
    if landscape:
        section = doc.sections[0]
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
        for side in ("left_margin", "right_margin"):
            setattr(section, side, Cm(1.8))
    return doc


def docx_table(doc, rows, merges):
    """A table of len(rows) x max(len) cells; merges ((r1, c1, r2, c2), 0-based) keep the text of the first cell
    (or of the only non-empty cell in the range)."""
    ncols = max(len(r) for r in rows)
    table = doc.add_table(rows=len(rows), cols=ncols)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c in range(ncols):
            value = row[c] if c < len(row) else None
            if value is not None:
                table.cell(r, c).text = str(value)
    for r1, c1, r2, c2 in merges:
        texts = [rows[r][c] for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)
                 if c < len(rows[r]) and rows[r][c] not in (None, "")]
        keep = texts[0] if texts else ""
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                table.cell(r, c).text = ""
        cell = table.cell(r1, c1).merge(table.cell(r2, c2))
        cell.text = str(keep)
    return table


def _save_docx(doc, path: Path) -> None:
    doc.core_properties.author = "jixiao blind16"
    doc.core_properties.created = FIXED_TIME
    doc.core_properties.modified = FIXED_TIME
    doc.core_properties.last_modified_by = "jixiao blind16"
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_normalise_zip(buf.getvalue()))


def _save_xlsx(wb, path: Path) -> None:
    wb.properties.creator = "jixiao blind16"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(_normalise_zip(buf.getvalue()))


def _normalise_zip(data: bytes) -> bytes:
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


def paragraphs(doc, lines):
    """Lines of prose; a line starting with '# ' is a centred bold title, '## ' a bold heading."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    for line in lines:
        if line.startswith("# "):
            p = doc.add_paragraph()
            run = p.add_run(line[2:])
            run.bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif line.startswith("## "):
            p = doc.add_paragraph()
            p.add_run(line[3:]).bold = True
        else:
            doc.add_paragraph(line)


# ===============================================================================================================
# 1. 浙江 慈溪市 2023 重大政策和项目绩效目标 (3岁以下婴幼儿照护服务项目): prose goal + 4-column target table
# ===============================================================================================================
CIXI_FILE = "zj-cixi-childcare-targets.docx"
CIXI_URL = "http://www.cixi.gov.cn/art/2023/3/7/art_1229041725_4196529.html"
CIXI_GOAL = ("坚持政府引导、家庭为主、多方参与、规范管理，构建以家庭为基础、社区为依托、机构为补充的婴幼儿照护服务"
             "体系，健全管理体制和运行机制，推动婴幼儿照护服务健康有序发展，更好满足群众的照护需求。到2025年，"
             "婴幼儿照护服务的政策、标准规范和覆盖城乡的服务体系基本健全，每千人口拥有3岁以下婴幼儿托位数4.5个。")
CIXI_GOAL2 = "优化城乡居民体检制度，缩小城乡之间基本卫生健康服务的差距，提高群众的参检率、获得感和满意度"
CIXI_TABLE = [
    ["一级指标", "二级指标", "指标名称", "指标值"],
    ["产出指标", "数量指标", "每千人托位", "4.5"],
    [None, "质量指标", "应补尽补率", "100%"],
    [None, None, "审核准确性", "100%"],
    [None, None, "补助发放准确率", "100%"],
    [None, "时效指标", "补助发放及时性", "及时发放"],
    [None, "社会效益", "社区婴幼儿照护服务机构覆盖率", "提高"],
    [None, None, "婴幼儿健康管理率", "95%"],
    [None, None, "婴幼儿家长科学育儿知识普及率", "90%"],
    [None, None, "婴幼儿照护服务机构从业人员持证率", "80%"],
    ["满意度指标", "满意度指标", "受益单位满意度", "95%"],
    [None, None, "社会公众满意度", "≥90%"],
]
# 产出指标 merged over the 产出 rows; the 一级 cell of the 社会效益 rows is empty on the page (merged, blank)
CIXI_MERGES = [(1, 0, 5, 0), (2, 1, 4, 1), (6, 0, 9, 0), (6, 1, 9, 1), (10, 0, 11, 0), (10, 1, 11, 1)]


def make_cixi(path: Path) -> None:
    doc = _new_docx()
    paragraphs(doc, [
        "索引号：113302820029771064/2023-173222　发布机构：市财政局　发布日期：2023-03-07",
        "# 2023年慈溪市重大政策和项目绩效目标情况",
        "## 3岁以下婴幼儿照护服务项目项目绩效目标",
        "（一）中长期绩效目标",
        CIXI_GOAL,
        "（二）中长期绩效指标",
        "项目单位按项目实施内容设置了11个指标，包含数量类、时效类、质量类、效果类指标。指标如下：",
        "项目具体目标表",
    ])
    docx_table(doc, CIXI_TABLE, CIXI_MERGES)
    paragraphs(doc, [
        "## 参保城乡居民健康体检经费项目项目绩效目标",
        "（一）中长期绩效目标",
        CIXI_GOAL2,
    ])
    _save_docx(doc, path)


CIXI_GOLD = {
    "province": "浙江", "doc_kind": "申报表", "patterns": [1, 10],
    "indicators": [
        ind("产出指标", "数量指标", "每千人托位", None, 4.5, None, "4.5"),
        ind("产出指标", "质量指标", "应补尽补率", None, 100, "%", "100%"),
        ind("产出指标", "质量指标", "审核准确性", None, 100, "%", "100%"),
        ind("产出指标", "质量指标", "补助发放准确率", None, 100, "%", "100%"),
        ind("产出指标", "时效指标", "补助发放及时性", None, None, None, "及时发放"),
        ind("效益指标", "社会效益指标", "社区婴幼儿照护服务机构覆盖率", None, None, None, "提高"),
        ind("效益指标", "社会效益指标", "婴幼儿健康管理率", None, 95, "%", "95%"),
        ind("效益指标", "社会效益指标", "婴幼儿家长科学育儿知识普及率", None, 90, "%", "90%"),
        ind("效益指标", "社会效益指标", "婴幼儿照护服务机构从业人员持证率", None, 80, "%", "80%"),
        ind("满意度指标", "服务对象满意度指标", "受益单位满意度", None, 95, "%", "95%"),
        ind("满意度指标", "服务对象满意度指标", "社会公众满意度", ">=", 90, "%", "≥90%"),
    ],
    "goals": [goal("中期目标", CIXI_GOAL), goal("中期目标", CIXI_GOAL2)],
    "facts": [],
    "findings": [
        finding("target.missing_unit", "每千人托位", "bare 4.5 with no unit (个)"),
        finding("target.time_no_deadline", "补助发放及时性", "时效 row says 及时发放 with no date or rate"),
        finding("target.vague_wording", "社区婴幼儿照护服务机构覆盖率", "target is only 提高, no number"),
        finding("goal.unquantified", CIXI_GOAL2[:15], "second project's goal names effects (提高参检率…) with no number"),
    ],
    "notes": ("Page (慈溪市财政局, 2023-03-07) lists the targets of several projects; the stored copy ends in the goal "
              "of the second project (参保城乡居民健康体检经费), so the document stops there: the second project has a "
              "goal and no indicator table. The 一级 cell of the four 社会效益 rows is blank on the page (no 效益指标 "
              "label), kept blank; gold level1 效益指标 follows from the 二级. First goal is quantified (4.5 托位 by "
              "2025). 满意度 rows sit under a 二级 also written 满意度指标."),
}


# ===============================================================================================================
# 2. 安徽 池州 贵池区棠溪镇 2022 村级补助及运转经费 自评表 (XLSX; page stops at the 可持续影响 label)
# ===============================================================================================================
TANGXI_FILE = "ah-tangxi-village-selfeval.xlsx"
TANGXI_URL = "http://www.anthempetcare.com/upload_cz/download?id=502367&siteId=2"
TANGXI_GOAL = ("本项目共申请预算资金2026400元，其中村级组织运转400000元，村民组长、党小组长基本报酬252000元，"
               "村民监督委员会工资28000元，村级事务补助960000元，村级工作目标奖励100000元。")
TANGXI_DONE = ("本项目共完成预算资金1329120.67元，其中村级组织运转439120.67元，村民组长、党小组长基本报酬152000元，"
               "村民监督委员会工资28000元，村级事务补助660000元，村级工作目标奖励50000元。")
TANGXI_ROWS = [
    ["附件："] + [None] * 8,
    ["项目支出绩效自评表"] + [None] * 8,
    ["（2022年度）"] + [None] * 8,
    ["项目名称", None, "村级补助及运转经费"] + [None] * 6,
    ["主管部门", None, "219-池州市贵池区棠溪镇人民政府", None, None, "实施单位", "219001-池州市贵池区棠溪镇人民政府", None, None],
    ["项目资金\n（万元）", None, None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [None, "年度资金总额：", None, 0, 0, 0, 10, 0, 0],
    [None, "其中：本年财政拨款", None, 202.64, 132.912, 132.912, None, None, None],
    [None, "上年结转资金", None, None, None, None, None, None, None],
    [None, "其他资金", None, None, None, None, None, None, None],
    ["年度总体目标", "预期目标", None, None, None, "实际完成情况", None, None, None],
    [None, TANGXI_GOAL, None, None, None, TANGXI_DONE, None, None, None],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    [None, "产出指标（50分）", "数量指标", "补助村（社区）数量", "=8个", "8", 8, 8, None],
    [None, None, None, "保障村干部人数", "=42个", "42", 8, 8, None],
    [None, None, "质量指标", "补助资格合规性", "合规", "达成预期指标", 8, 8, None],
    [None, None, None, "经费审批流程规范性", "严格执行相关制度规定", "达成预期指标", 8, 8, None],
    [None, None, "时效指标", "补助经费到位及时性", "及时", "达成预期指标", 8, 8, None],
    [None, None, "成本指标", "项目总成本", "≤202.6万元", "132.9", 10, 10, None],
    [None, "效益指标（30分）", "经济效益指标", "对保障村（社区）两委机构正常运行的影响程度", "效果明显", "达成预期指标", 10, 10, None],
    [None, None, "社会效益指标", "提高村（社区）干部工作积极性的影响程度", "效果明显", "达成预期指标", 10, 10, None],
    [None, None, "可持续影响指标", None, None, None, None, None, None],
]
TANGXI_MERGES = [
    (1, 1, 1, 9), (2, 1, 2, 9), (3, 1, 3, 9), (4, 1, 4, 2), (4, 3, 4, 9), (5, 1, 5, 2), (5, 3, 5, 5), (5, 7, 5, 9),
    (6, 1, 10, 1), (6, 2, 6, 3), (7, 2, 7, 3), (8, 2, 8, 3), (9, 2, 9, 3), (10, 2, 10, 3),
    (11, 1, 12, 1), (11, 2, 11, 5), (11, 6, 11, 9), (12, 2, 12, 5), (12, 6, 12, 9),
    (13, 1, 22, 1), (14, 2, 19, 2), (14, 3, 15, 3), (16, 3, 17, 3), (20, 2, 22, 2),
]


def make_tangxi(path: Path) -> None:
    wb, ws = _xlsx_sheet("Sheet1")
    xlsx_grid(ws, TANGXI_ROWS, TANGXI_MERGES, widths=[8, 14, 14, 26, 16, 16, 8, 8, 18])
    _save_xlsx(wb, path)


TANGXI_GOLD = {
    "province": "安徽", "doc_kind": "自评表", "patterns": [1, 2, 6, 8, 9, 10],
    "indicators": [
        ind("产出指标", "数量指标", "补助村（社区）数量", "=", 8, "个", "=8个", actual=8, weight=8, score=8),
        ind("产出指标", "数量指标", "保障村干部人数", "=", 42, "个", "=42个", actual=42, weight=8, score=8),
        ind("产出指标", "质量指标", "补助资格合规性", None, None, None, "合规", weight=8, score=8),
        ind("产出指标", "质量指标", "经费审批流程规范性", None, None, None, "严格执行相关制度规定", weight=8, score=8),
        ind("产出指标", "时效指标", "补助经费到位及时性", None, None, None, "及时", weight=8, score=8),
        ind("产出指标", "成本指标", "项目总成本", "<=", 202.6, "万元", "≤202.6万元", actual=132.9, weight=10, score=10),
        ind("效益指标", "经济效益指标", "对保障村（社区）两委机构正常运行的影响程度", None, None, None, "效果明显",
            weight=10, score=10),
        ind("效益指标", "社会效益指标", "提高村（社区）干部工作积极性的影响程度", None, None, None, "效果明显",
            weight=10, score=10),
    ],
    "goals": [goal("年度目标", TANGXI_GOAL)],
    "facts": [
        budget("预算执行率", 0, 0, 0),
        sum_fact("年度资金总额", 0, [132.912]),
        sum_fact("申请预算资金", 2026400, [400000, 252000, 28000, 960000, 100000], unit="元"),
        sum_fact("完成预算资金", 1329120.67, [439120.67, 152000, 28000, 660000, 50000], unit="元"),
        score_total("效益指标（30分）", 30, [10, 10]),
    ],
    "findings": [
        finding("target.qualitative_no_scale", "补助资格合规性", "bare 合规, no standard or scale"),
        finding("target.qualitative_no_scale", "经费审批流程规范性", "严格执行相关制度规定 is a judgement, no scale"),
        finding("target.time_no_deadline", "补助经费到位及时性", "时效 row says 及时 with no date or rate"),
        finding("target.qualitative_no_scale", "对保障村（社区）两委机构正常运行的影响程度", "效果明显 with no scale"),
        finding("target.qualitative_no_scale", "提高村（社区）干部工作积极性的影响程度", "效果明显 with no scale"),
        finding("goal.budget_text", TANGXI_GOAL[:15], "goal only splits the money"),
        finding("consistency.sum", "申请预算资金", "parts add to 1740000 元, stated 2026400 元"),
        finding("consistency.sum", "年度资金总额", "年度资金总额 0 while its 其中 本年财政拨款 is 132.912"),
        finding("consistency.score_total", "效益指标", "heading 效益指标（30分） but its rows give 20"),
        finding("coverage.missing_dimension", "满意度指标", "no 满意度 indicator in the document"),
    ],
    "notes": ("XLSX download of a county (贵池区棠溪镇) self-evaluation; the stored text stops at the 可持续影响 label "
              "of the 效益 block, so the document ends with that empty label row: no 满意度 rows, no 总分. Defects kept: "
              "年度资金总额 row all zeros (0/0/0, 执行率 0, 得分 0) above a 其中 row of 202.64/132.912/132.912; goal "
              "parts (400000+252000+28000+960000+100000=1740000) short of the stated 2026400 元; actual 132.9 "
              "without unit; 保障村干部人数 in 个. 效益指标（30分） has 10+10 in the document."),
}


# ===============================================================================================================
# 3. 安徽 芜湖 镜湖区残联 2023 中央转移支付(残疾人事业发展补助资金) 绩效自评报告 (prose, cut in 满意度)
# ===============================================================================================================
JINGHU_FILE = "ah-jinghu-disabled-selfreport.docx"
JINGHU_URL = "https://www.whjhq.gov.cn/zwzt/czzjzt/jhqcl/bmyjs/18422355.html"
JINGHU_GOAL = ("2023年下达镜湖区中央转移支付资金（残疾人事业发展补助资金）29.6万元，用于残疾人基本康复、残疾人"
               "机动轮椅车燃油补贴以及智力、精神和重度残疾人托养服务。")
JINGHU_LINES = [
    "# 镜湖区残联中央转移支付2023年度绩效自评报告（残疾人事业发展补助资金）",
    "## 一、绩效目标分解下达情况",
    JINGHU_GOAL,
    "## 二、绩效情况分析",
    "（一）资金投入情况分析。",
    "投入中央直达资金29.6万元，执行数29.6万元，执行率100%。",
    "（二）资金管理情况分析。",
    ("资金的分配、下达、拨付和使用均按规定办理，执行准确；按照芜湖市贯彻落实全面实施预算绩效管理的通知开展"
     "绩效管理，各科室履行各自的支出责任。"),
    "（三）总体绩效目标完成情况分析。",
    ("对照总体绩效目标，资金项目已按计划完成，完成质量较好，达到预期效果。基本康复、燃油补贴和托养服务各项"
     "工作稳步推进，均按标准发放。"),
    "（四）绩效指标完成情况分析。",
    ("1、产出数量指标：一是有需求的困难残疾人得到基本康复服务的比例，年初指标值为不低于85%，全年实际完成值"
     "100%；二是资助接受托养服务人次数，年初指标值为不低于105人，全年实际完成值116人；三是发放残疾人机动轮椅车"
     "燃油补贴人次数，年初指标值为不低于180人，全年实际完成值164人。"),
    "2、产出时效指标：项目完成时间年初指标值为2023年12月底，实际在规定时间内完成。",
    "3、产出成本指标：残疾人机动轮椅车燃油补贴年均补助标准年初指标值为260元/辆，实际按该标准发放。",
    ("4、社会效益指标：残疾人康复服务水平有所提高；残疾人机动轮椅车车主出行便利程度有所提高；关心、理解、"
     "支持残疾人的社会氛围有所改善。"),
    "5、满意度指",
]


def make_jinghu(path: Path) -> None:
    doc = _new_docx()
    paragraphs(doc, JINGHU_LINES)
    _save_docx(doc, path)


JINGHU_GOLD = {
    "province": "安徽", "doc_kind": "自评报告", "patterns": [10],
    "indicators": [],
    "goals": [goal("目标", JINGHU_GOAL)],
    "facts": [
        budget("预算执行率", 29.6, 29.6, 100),
        completion("基本康复服务比例", 85, 100, None, "%"),
        completion("资助接受托养服务人次数", 105, 116, None, "人"),
        completion("发放残疾人机动轮椅车燃油补贴人次数", 180, 164, None, "人"),
    ],
    "findings": [
        finding("goal.budget_text", JINGHU_GOAL[:15], "the target section only says how much money and what for"),
    ],
    "notes": ("Prose self-evaluation report of a district federation of the disabled; the stored page stops at "
              "'5、满意度指', so does the document. Results in prose, no table: indicators empty. The report calls the "
              "target met overall although 燃油补贴人次数 is 164 against ≥180 (no reason given; prose has no 偏差原因 "
              "column, so no deviation finding is expected). 社会效益 results are 有所提高/有所改善 in prose."),
}


# ===============================================================================================================
# 4. 内蒙古 巴彦淖尔 临河区 2023 中央农业防灾减灾资金 绩效自评报告 (prose, cut in 二、(四))
# ===============================================================================================================
LINHE_DIS_FILE = "nm-linhe-disaster-selfreport.docx"
LINHE_DIS_URL = "http://www.qudouyin365.cn/html/59/24554.html"
LINHE_DIS_GOAL = ("2023年中央农业防灾减灾资金重点支持雪灾救灾，主要用于灾后恢复生产，减少因灾损失；资金用于设施农业"
                  "防灾减灾相关支出的比例要达到100%，受灾地区的生产能力基本恢复。")
LINHE_DIS_LINES = [
    "# 临河区2023年中央农业防灾减灾资金绩效自评报告",
    "为做好2023年临河区中央农业防灾减灾资金的发放，我局对该项资金开展了绩效自评，现将情况报告如下：",
    "## 一、项目基本情况",
    "（一）项目基本情况简介",
    ("2023年临河区设施农业先后遭受大风沙尘、冰雹、大雨洪涝和大雪灾害，温室（大棚）作物因大雪和气温骤降受到"
     "低温冻害，棚膜、钢架也有不同程度的损毁。为帮助受灾地区恢复生产、修复重建受损设施，增强农业防灾抗灾能力，"
     "对区域性重大农业自然灾害给予适当补助。"),
    "（二）绩效目标设定及指标完成情况",
    LINHE_DIS_GOAL,
    ("上级下达补助资金总额118万元，用于补助临河区设施农业受灾情况，其中：白脑包镇10万元、城关镇2万元、八一乡"
     "20万元、狼山镇12万元、临河农场35万元、双河镇1万元、乌兰图克镇25万元、干召庙镇13万元。"),
    "## 二、绩效自评工作情况",
    "（一）绩效自评目的",
    "更好完成中央农业防灾减灾资金的发放，保证补助资金合理使用，严格资金支出范围，使资金发挥最大效果。",
    "（二）项目资金投入情况",
    ("上级下达中央农业防灾减灾资金总额118万元，主要用于受灾温室（大棚）钢架、棚膜、墙体的整修或重建，并对"
     "设施农业瓜果蔬菜作物的灾害损失给予补助。"),
    "（三）项目资金产出情况",
    "完全按照方案要求分配使用资金，资金已全部支付到位。",
    "（四）项目资金管理情况",
    "项目补助资金要严格按照《内",
]


def make_linhe_disaster(path: Path) -> None:
    doc = _new_docx()
    paragraphs(doc, LINHE_DIS_LINES)
    _save_docx(doc, path)


LINHE_DIS_GOLD = {
    "province": "内蒙古", "doc_kind": "自评报告", "patterns": [10],
    "indicators": [],
    "goals": [goal("目标", LINHE_DIS_GOAL)],
    "facts": [sum_fact("补助资金总额", 118, [10, 2, 20, 12, 35, 1, 25, 13])],
    "findings": [],
    "notes": ("Prose self-evaluation report of 临河区 (巴彦淖尔) on the 2023 central agricultural disaster fund; the stored "
              "copy (a mirror of the county site, same path /html/59/24554.html) stops inside 二、（四） at '《内', so does "
              "the document. The goal paragraph states a measurable share (100%); the town amounts add up to the 118万元 "
              "total. No indicator table; no finding expected."),
}


# ===============================================================================================================
# 5. 内蒙古 巴彦淖尔 临河区 2023 耕地地力保护补贴 项目支出绩效自评报告 (prose, cut in 一、(二))
# ===============================================================================================================
LINHE_FARM_FILE = "nm-linhe-farmland-selfreport.docx"
LINHE_FARM_URL = ("stored page without address: 临河区农牧和科技局 公告公示 2024-06-05, "
                  "'临河区2023年耕地地力保护补贴项目支出绩效自评报告'")
LINHE_FARM_GOAL = ("2023年中央财政耕地地力保护补贴资金（巴财农〔2023〕444号）下达资金8887万元，《关于下达2023年中央"
                   "耕地建设与利用资金（耕")
LINHE_FARM_LINES = [
    "当前位置：首页>公告公示　日期：2024-06-05　来源：临河区农牧和科技局",
    "# 临河区2023年耕地地力保护补贴项目支出绩效自评报告",
    "## 一、项目基本情况",
    "（一）项目基本情况简介",
    ("推动农业“三项补贴”由激励性补贴转向功能性补贴、由覆盖性补贴转向环节性补贴，使补贴政策更有指向性、精准性"
     "和实效性。结合当地资源条件，加强政策扶持和科技支撑，把耕地地力保护补贴与农民保护耕地的责任挂钩，引导农民"
     "秸秆还田、深松整地、增施有机肥、减施化肥农药，保护农业生态资源，改善耕地地力，巩固粮食生产基础，促进农业"
     "高质量发展。"),
    ("2023年上级财政下达我区耕地地力保护补贴资金9765万元，其中：核减后的计税耕地面积1016576.88亩，补贴标准"
     "89.34/亩；防致贫返贫监测户面积9729.77亩，补贴标准95.15/亩；小麦散种面积63881.96亩，补贴标准89.34/亩；"
     "100亩以上小麦单种集中连片面积1288.91亩，补贴标准150/亩。临河区财政局已通过“一卡通”将上级下达的资金全部"
     "发放到农户手中，发放资金9765万元。"),
    "（二）绩效目标设定及指标完成情况",
    LINHE_FARM_GOAL,
]


def make_linhe_farmland(path: Path) -> None:
    doc = _new_docx()
    paragraphs(doc, LINHE_FARM_LINES)
    _save_docx(doc, path)


LINHE_FARM_GOLD = {
    "province": "内蒙古", "doc_kind": "自评报告", "patterns": [10],
    "indicators": [],
    "goals": [goal("目标", LINHE_FARM_GOAL)],
    "facts": [budget("耕地地力保护补贴资金发放", 9765, 9765, None)],
    "findings": [
        finding("goal.budget_text", LINHE_FARM_GOAL[:15],
                "the 绩效目标设定 section states only the money handed down (the page stops there)"),
    ],
    "notes": ("Stored page has no address (title, date and publisher kept in SOURCES.md). It stops in 一、（二） inside "
              "a document name ('（耕'); the document stops there too, so the 绩效目标设定 section holds only a money "
              "sentence. Per-mu standards are written without 元 (89.34/亩). Areas × standards give about 9764.7万元 "
              "for the stated 9765万元 (rounding; parts are not stated as amounts, so no sum fact)."),
}


# ===============================================================================================================
# 6. 安徽 宿州 埇桥区 2021 省级旅游发展资金 绩效自评报告 (prose, cut at 三)绩效指标完成情况)
# ===============================================================================================================
YONGQIAO_FILE = "ah-yongqiao-tourism-selfreport.docx"
YONGQIAO_URL = "https://www.szyq.gov.cn/public/6623439/157155211.html"
YONGQIAO_GOAL = ("根据《安徽省财政厅关于提前下达2021省级文化文物及旅游发展补助资金预算的通知》（皖财教〔2020〕1535号），"
                 "下达我区2021年省级旅游发展资金87万元。")
YONGQIAO_LINES = [
    "发布机构：宿州市埇桥区文化和旅游局　成文日期：2022-08-10　名称：埇桥区2021年省级旅游发展资金绩效自评报告",
    "# 埇桥区2021年省级旅游发展资金绩效自评报告",
    "附件2",
    "# 埇桥区2021年度绩效自评报告",
    "## 一、绩效目标情况",
    YONGQIAO_GOAL,
    "绩效目标完成情况分析",
    "一）资金投入情况分析。",
    "1项目资金到位情况分析。",
    "资金下达文件收到后及时申请拨付，项目资金到位率100%。",
    "2项目资金执行情况分析。",
    "资金支出执行率100%，2021年12月支出完毕。",
    "3项目资金管理情况分析。",
    ("（一）2021年省级旅游发展资金结合埇桥区旅游发展实际使用：从制定发展规划，到提升旅游基础设施、改善旅游环境、"
     "开展旅游周和采摘节等活动，挖掘全区旅游资源，打造旅游品牌，吸引外来投资。"),
    ("二）绩效目标完成情况分析。按照中央和省、市文件精神，重点做好全区旅游产业发展，结合脱贫攻坚成果，发挥"
     "文化在乡村振兴中的作用。"),
    "三）绩效指标完成情况",
]


def make_yongqiao(path: Path) -> None:
    doc = _new_docx()
    paragraphs(doc, YONGQIAO_LINES)
    _save_docx(doc, path)


YONGQIAO_GOLD = {
    "province": "安徽", "doc_kind": "自评报告", "patterns": [8, 10],
    "indicators": [],
    "goals": [goal("目标", YONGQIAO_GOAL)],
    "facts": [budget("预算执行率", 87, None, 100)],
    "findings": [
        finding("goal.budget_text", YONGQIAO_GOAL[:15], "the 绩效目标情况 section only names the 87万元 handed down"),
    ],
    "notes": ("District tourism bureau report (宿州 埇桥区, 2021 provincial tourism fund 87万元). The stored page stops at "
              "the heading '三）绩效指标完成情况', so does the document: no indicator values. Headings are numbered "
              "inconsistently on the page (一）/1/（一）/二）), kept. 到位率 and 执行率 are stated as 100% with no spent "
              "amount."),
}


# ===============================================================================================================
# 7. 浙江 金华 东阳市文化和广电旅游体育局 2020年度绩效评价 (short evaluation summary, whole page)
# ===============================================================================================================
DONGYANG_FILE = "zj-dongyang-culture-evalsummary.docx"
DONGYANG_URL = "http://www.dongyang.gov.cn/art/2021/10/12/art_1229468402_59490055.html"
DONGYANG_LINES = [
    "发布日期：2021-10-12　来源：市文化和广电旅游体育局",
    "# 2020年度绩效评价",
    "项目全年预算数为1050万元，执行数为1050万元，完成预算的100%。",
    ("项目绩效目标完成情况：一是2020年东阳市文化和广电旅游体育局及下属单位、各乡镇（街道）综合文化站组织了"
     "多种公共文化服务活动，全年送书和流通图书下乡116559册次，送戏下乡197场，开展各类文化队伍培训214期，举办"
     "讲座和展览173次，参与群众超过20万人次。二是新建文化礼堂67家，新建金华市文化示范村4个，创建基层综合性文化"
     "服务中心20个。三是全面做好三馆一站免费开放，较好完成了各项公共文化建设任务。"),
]


def make_dongyang(path: Path) -> None:
    doc = _new_docx()
    paragraphs(doc, DONGYANG_LINES)
    _save_docx(doc, path)


DONGYANG_GOLD = {
    "province": "浙江", "doc_kind": "评价报告", "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [budget("预算执行率", 1050, 1050, 100)],
    "findings": [],
    "notes": ("Whole page: a short evaluation summary of the 东阳 culture bureau's 2020 public-culture spending. It "
              "reports results only (no goal, no table, no target values to compare with); 1050/1050 = 100% is right. "
              "No finding expected."),
}


# ===============================================================================================================
# registry and main
# ===============================================================================================================
DOCUMENTS = [
    (CIXI_FILE, make_cixi, [CIXI_URL], CIXI_GOLD),
    (TANGXI_FILE, make_tangxi, [TANGXI_URL], TANGXI_GOLD),
    (JINGHU_FILE, make_jinghu, [JINGHU_URL], JINGHU_GOLD),
    (LINHE_DIS_FILE, make_linhe_disaster, [LINHE_DIS_URL], LINHE_DIS_GOLD),
    (LINHE_FARM_FILE, make_linhe_farmland, [LINHE_FARM_URL], LINHE_FARM_GOLD),
    (YONGQIAO_FILE, make_yongqiao, [YONGQIAO_URL], YONGQIAO_GOLD),
    (DONGYANG_FILE, make_dongyang, [DONGYANG_URL], DONGYANG_GOLD),
]


def gold_for(source: str, urls: list, gold: dict) -> dict:
    out = {"source": source, "source_urls": urls}
    for key in ("province", "doc_kind", "patterns", "indicators", "goals", "facts", "findings", "notes"):
        out[key] = gold[key]
    return out


def write_gold(gold: dict) -> None:
    ANNOTATIONS.mkdir(exist_ok=True)
    text = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
    (ANNOTATIONS / f"{gold['source']}.json").write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true", help="write DOCX/XLSX and gold only")
    ap.add_argument("--only", help="build only the document whose file name contains this text")
    args = ap.parse_args(argv)
    for file, make, urls, gold in DOCUMENTS:
        if args.only and args.only not in file:
            continue
        path = HERE / file
        make(path)
        write_gold(gold_for(file, urls, gold))
        made = [file]
        if not args.no_pdf:
            pdf = to_pdf(path)
            write_gold(gold_for(pdf.name, urls, gold))
            made.append(pdf.name)
        print(f"{', '.join(made)}: {len(gold['indicators'])} indicators, {len(gold['goals'])} goals, "
              f"{len(gold['facts'])} facts, {len(gold['findings'])} findings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
