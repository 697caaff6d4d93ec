"""Blind part 12 of the real-layout corpus: documents and gold, written without reading the toolkit's code.

Each document reproduces the layout and the facts of one public page (addresses in SOURCES.md and in the gold):
header rows, merged cells, column order, empty cells and defects as found; longer sentences (goals, narrative)
are in our own words with the same meaning and numbers. Where the stored page stops inside a table, only what is
there is reproduced. The gold (annotations/<file>.json) is hand-set below from the same data.

Deterministic: fixed core-property dates and zip timestamps (technique of corpora/heldout/make_heldout.py).
PDFs are exported with LibreOffice; ``--no-pdf`` skips them.
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
# small data helpers
# ---------------------------------------------------------------------------------------------------------------
def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None):
    """One gold indicator row (canonical levels, as the form means them)."""
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual, "weight": weight, "score": score}


def finding(rule, item, why):
    return {"rule": rule, "item": item, "why": why}


def budget(metric, planned, actual, stated_rate, unit="万元"):
    return {"metric": metric, "kind": "budget", "planned": planned, "actual": actual, "stated_rate": stated_rate,
            "unit": unit}


def sum_fact(metric, total, parts, unit="万元"):
    return {"metric": metric, "kind": "sum", "total": total, "parts": parts, "unit": unit}


# A table is a list of rows; every row lists (col, text) cells and merges are (r1, c1, r2, c2), 0-based inclusive.
class Table:
    def __init__(self, ncols: int):
        self.ncols = ncols
        self.rows: list[dict[int, str]] = []
        self.merges: list[tuple[int, int, int, int]] = []

    def row(self, *cells, merge: list[tuple[int, int]] | None = None) -> int:
        """Add a row; ``cells`` are texts for columns 0.. (None = empty); ``merge`` lists (c1, c2) spans."""
        r = len(self.rows)
        self.rows.append({c: t for c, t in enumerate(cells) if t not in (None, "")})
        for c1, c2 in merge or []:
            self.merges.append((r, c1, r, c2))
        return r

    def vmerge(self, r1: int, c1: int, r2: int, c2: int | None = None) -> None:
        self.merges.append((r1, c1, r2, c1 if c2 is None else c2))


# ---------------------------------------------------------------------------------------------------------------
# writers
# ---------------------------------------------------------------------------------------------------------------
def write_xlsx(path: Path, sheet: str, blocks: list, widths: list[int]) -> None:
    """``blocks``: ("title", text, ncols) or ("para", text, ncols) or ("table", Table)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    r0 = 1
    for block in blocks:
        kind = block[0]
        if kind in ("title", "para"):
            _, text, ncols = block
            cell = ws.cell(r0, 1, text)
            cell.alignment = Alignment(horizontal="center" if kind == "title" else "left", vertical="center",
                                       wrap_text=True)
            if kind == "title":
                cell.font = Font(bold=True, size=14)
            if ncols > 1:
                ws.merge_cells(start_row=r0, start_column=1, end_row=r0, end_column=ncols)
            r0 += 1
            continue
        table: Table = block[1]
        for i, row in enumerate(table.rows):
            for c in range(table.ncols):
                cell = ws.cell(r0 + i, c + 1, row.get(c))
                cell.border = box
                cell.alignment = wrap
        for a, b, c, d in table.merges:
            ws.merge_cells(start_row=r0 + a, start_column=b + 1, end_row=r0 + c, end_column=d + 1)
        span = {(a, b): (c, d) for a, b, c, d in table.merges}
        heights = [15.0] * len(table.rows)
        for i, row in enumerate(table.rows):
            for c, text in row.items():
                r2, c2 = span.get((i, c), (i, c))
                width = sum(widths[c:c2 + 1]) if widths else 10
                lines = sum(-(-max(len(part), 1) * 2 // max(int(width), 1)) for part in text.split("\n"))
                per_row = 14.0 * lines / (r2 - i + 1)
                for k in range(i, r2 + 1):
                    heights[k] = max(heights[k], per_row)
        for i, h in enumerate(heights):
            if h > 15.0:
                ws.row_dimensions[r0 + i].height = h
        r0 += len(table.rows)
    for i, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(_normalise_zip(buf.getvalue()))


def write_docx(path: Path, blocks: list, landscape: bool = True) -> None:
    """``blocks``: ("title", text) ("heading", text) ("para", text) ("table", Table)."""
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
    for block in blocks:
        kind = block[0]
        if kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(block[1])
            run.bold = True
            run.font.size = Pt(15)
        elif kind == "heading":
            p = doc.add_paragraph()
            run = p.add_run(block[1])
            run.bold = True
        elif kind == "para":
            doc.add_paragraph(block[1])
        else:
            table: Table = block[1]
            t = doc.add_table(rows=len(table.rows), cols=table.ncols)
            t.style = "Table Grid"
            for r, row in enumerate(table.rows):
                for c, text in row.items():
                    t.cell(r, c).text = text
            for a, b, c, d in table.merges:
                t.cell(a, b).merge(t.cell(c, d))
            doc.add_paragraph("")
    doc.core_properties.author = "jixiao blind12"
    doc.core_properties.last_modified_by = "jixiao blind12"
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
                        "--outdir", str(path.parent), str(path)], check=True, capture_output=True, timeout=180)
    pdf = path.with_suffix(".pdf")
    if not pdf.exists():
        raise SystemExit(f"LibreOffice made no PDF for {path.name}")
    return pdf


# ===============================================================================================================
# 1. 云南 丽江 古城区 — 2020 省级自然资源卫片执法补助经费 项目支出绩效自评表 (stored page stops in the 满意度 row)
# ===============================================================================================================
LIJIANG_URL = "http://m.jjiadianqingjie.com.cn/changyong/13241.html"


def lijiang_table() -> Table:
    t = Table(10)
    t.row("项目名称", "2020年省级自然资源卫片执法补助经费支出绩效自评表", merge=[(1, 9)])
    t.row("主管部门", "丽江市自然资源和规划局", None, None, "实施单位", "丽江市古城区自然资源局", merge=[(1, 3), (5, 9)])
    r = t.row("项目资金\n（万元）", None, None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
              merge=[(1, 2), (8, 9)])
    t.row(None, "年度资金总额", None, "7.29", "7.29", "7.29", "10.00", "100%", "10.00", merge=[(1, 2), (8, 9)])
    t.row(None, "其中：当年财政拨款", None, "7.29", "7.29", "7.29", None, "100%", None, merge=[(1, 2), (8, 9)])
    t.row(None, "上年结转资金", None, merge=[(1, 2), (8, 9)])
    t.row(None, "其他资金", None, merge=[(1, 2), (8, 9)])
    t.vmerge(r, 0, r + 4)
    r = t.row("年度\n总体\n目标", "预期目标", None, None, None, None, "实际完成情况", merge=[(1, 5), (6, 9)])
    t.row(None, "自然资源卫片执法补助经费", None, None, None, None, "自然资源卫片执法补助经费", merge=[(1, 5), (6, 9)])
    t.vmerge(r, 0, r + 1)
    h = t.row("绩效指标", None, None, "年度指标值", None, None, "实际完成值", "分值", "得分", "偏差原因分析及改进措施",
              merge=[(0, 2), (3, 5)])
    t.row("一级\n指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位")
    for c in (6, 7, 8, 9):
        t.vmerge(h, c, h + 1)
    r = t.row("产出指标", "数量指标", "卫片执法补助经费", "﹦", "72890", "元", "72890", "10.00", "9.00")
    t.row(None, "质量指标", "项目验收合格率", "﹦", "100", "%", "100", "20", "19")
    t.row(None, "时效指标", "项目完成及时率", "﹦", "100", "%", "100", "20.00", "19.00")
    t.vmerge(r, 0, r + 2)
    t.row("效益指标", "社会效益指标", "违法行为责停率", "≥", "95", "%", "95", "30.00", "27.00")
    t.row("满意度指标", "服务对象满意度指标", "满意度", "≥", "95", "%", "95", "10.00")
    return t


def make_lijiang(path: Path) -> None:
    write_xlsx(path, "自评表", [("title", "2020年度项目支出绩效自评表", 10), ("table", lijiang_table())],
               [12, 16, 18, 9, 10, 9, 11, 8, 8, 18])


LIJIANG_GOLD = {
    "source_urls": [LIJIANG_URL], "province": "云南", "doc_kind": "自评表", "patterns": [1, 2, 5, 6],
    "indicators": [
        ind("产出指标", "数量指标", "卫片执法补助经费", "=", 72890, "元", "﹦72890元", 72890, 10, 9),
        ind("产出指标", "质量指标", "项目验收合格率", "=", 100, "%", "﹦100%", 100, 20, 19),
        ind("产出指标", "时效指标", "项目完成及时率", "=", 100, "%", "﹦100%", 100, 20, 19),
        ind("效益指标", "社会效益指标", "违法行为责停率", ">=", 95, "%", "≥95%", 95, 30, 27),
        ind("满意度指标", "服务对象满意度指标", "满意度", ">=", 95, "%", "≥95%", 95, 10, None),
    ],
    "goals": [{"kind": "年度目标", "text": "自然资源卫片执法补助经费"}],
    "facts": [budget("预算执行率", 7.29, 7.29, 100.0)],
    "findings": [
        finding("goal.unquantified", "自然资源卫片执法补助经费",
                "the annual goal only repeats the fund's name: no output, number or result to check"),
    ],
    "notes": "Yunnan 2020 self-evaluation form (丽江市古城区自然资源局). Two header rows: 绩效指标 over 一级/二级/三级 and "
             "年度指标值 over 指标性质/指标值/度量单位; the operator is the small form sign ﹦ (U+FE66) in its own column. "
             "The 预期目标 and 实际完成情况 cells only repeat the fund name. Rows are marked down (9 of 10, 19 of 20, "
             "27 of 30) although every 实际完成值 equals its target and no 偏差原因 is given (no scored rule for a met "
             "target marked down). The stored page stops after the 满意度 row's 分值 (10.00): its 得分 cell, any "
             "总分 row and signatures are not on the page and are left out, so no score total is stated. 分值 sum to "
             "90 + 10 for 执行率 = 100.",
}


# ===============================================================================================================
# 2. 陕西 安康 汉阴县 — 2022年第二批中、省普惠金融发展专项资金绩效目标表 (notice with the target table)
# ===============================================================================================================
HANYIN_URL = "https://www.hanyin.gov.cn/Content-2392921.html"

HANYIN_GOAL_1 = "目标1：支持农村金融组织体系建设，扩大农村金融服务的覆盖面。"
HANYIN_GOAL_2 = "目标2：扶持劳动者自主创业、自谋职业，缓解特殊困难群体的结构性就业矛盾。"


def hanyin_table() -> Table:
    t = Table(5)
    t.row("专项名称", "普惠金融发展专项资金", merge=[(1, 4)])
    t.row("市级主管部门", "市人力资源和社会保障局", "县级财政部门", "汉阴县财政局", merge=[(3, 4)])
    t.row("县级主管部门", "汉阴县人力资源和社会保障局", merge=[(1, 4)])
    r = t.row("资金情况\n（万元）", "年度金额", "112", merge=[(2, 4)])
    t.row(None, "其中：中央补助", "40", merge=[(2, 4)])
    t.row(None, "地方资金", "72", merge=[(2, 4)])
    t.vmerge(r, 0, r + 2)
    t.row("年度总体目标", HANYIN_GOAL_1 + "\n" + HANYIN_GOAL_2, merge=[(1, 4)])
    h = t.row("绩 效 指 标", "一级\n指标", "二级指标", "三级指标", "指标值")
    r = t.row(None, "产\n出\n指\n标", "数量指标", "本年度创业担保贷款发放额", "4000万元")
    q = t.row(None, None, "质量指标", "创业担保贷款回收率", "≥90%")
    t.row(None, None, None, "资金足额拨付率", "100%")
    t.row(None, None, None, "地方配套资金到位率", "100%")
    t.vmerge(r, 1, r + 3)
    t.vmerge(q, 2, q + 2)
    e = t.row(None, "效益\n指标", "经济效益指标", "创业担保基金放大倍数", "≥2倍")
    t.row(None, None, "社会效益指标", "金融机构网点覆盖率", "≥60%")
    t.vmerge(e, 1, e + 1)
    last = t.row(None, "满意度指标", "服务对象\n满意度\n指标", "申报定向费用补贴金融机构满意度", "≥80%")
    t.vmerge(h, 0, last)
    return t


def make_hanyin(path: Path) -> None:
    write_docx(path, [
        ("title", "汉阴县财政局关于下达2022年第二批中、省普惠金融发展专项资金的通知"),
        ("para", "汉财社字〔2022〕33号"),
        ("para", "县人力资源和社会保障局："),
        ("para", "本次下达的资金属中央直达资金，标识“01中央直达资金”在资金分配、拨付和使用的各个环节保持不变。"
                 "请按照陕财办〔2019〕69号文件的规定管好用好专项资金，及时拨付到有关单位，专款专用，不得挤占挪用；"
                 "执行中请对照区域绩效目标做好绩效管理，确保年度绩效目标按期实现，提高贴息资金的使用效益。"),
        ("para", "附件：2022年第二批中、省普惠金融发展专项资金绩效目标表"),
        ("para", "2022年4月1日"),
        ("title", "2022年第二批中、省普惠金融发展专项资金绩效目标表"),
        ("para", "（2022年度）"),
        ("para", "单位：元"),
        ("table", hanyin_table()),
    ], landscape=False)


HANYIN_GOLD = {
    "source_urls": [HANYIN_URL], "province": "陕西", "doc_kind": "申报表", "patterns": [1, 2, 6],
    "indicators": [
        ind("产出指标", "数量指标", "本年度创业担保贷款发放额", None, 4000, "万元", "4000万元"),
        ind("产出指标", "质量指标", "创业担保贷款回收率", ">=", 90, "%", "≥90%"),
        ind("产出指标", "质量指标", "资金足额拨付率", None, 100, "%", "100%"),
        ind("产出指标", "质量指标", "地方配套资金到位率", None, 100, "%", "100%"),
        ind("效益指标", "经济效益指标", "创业担保基金放大倍数", ">=", 2, "倍", "≥2倍"),
        ind("效益指标", "社会效益指标", "金融机构网点覆盖率", ">=", 60, "%", "≥60%"),
        ind("满意度指标", "服务对象满意度指标", "申报定向费用补贴金融机构满意度", ">=", 80, "%", "≥80%"),
    ],
    "goals": [{"kind": "年度目标", "text": HANYIN_GOAL_1}, {"kind": "年度目标", "text": HANYIN_GOAL_2}],
    "facts": [sum_fact("年度金额", 112.0, [40.0, 72.0])],
    "findings": [
        finding("goal.unquantified", HANYIN_GOAL_1[:15], "扩大覆盖面: an effect with no number or rate"),
        finding("goal.unquantified", HANYIN_GOAL_2[:15], "缓解就业矛盾: an effect with no number or rate"),
    ],
    "notes": "County regional target table of a central/provincial inclusive-finance fund, attached to a short notice "
             "(notice text in our own words). The caption says 单位：元 while the table's money block says （万元） "
             "and its amounts are in 万元 (112 = 40 + 72). 绩效指标 is one label merged down the whole indicator "
             "block to the left of 一级指标; 产出指标 is written one character a line. Two of the 质量 rows measure "
             "money handling (资金足额拨付率, 地方配套资金到位率) — an input/process matter, not a scored rule here. "
             "Two numbered goals in one cell; both name effects without any number.",
}


# ===============================================================================================================
# 3. 陕西 宝鸡 陈仓区 — 2021年林业生态保护恢复资金区域绩效目标申报表 (values left empty; page stops in 数量指标)
# ===============================================================================================================
CHENCANG_URL = "http://www.chencang.gov.cn/col8173/col8180/col16406/202106/t20210623_130060.html"

CHENCANG_GOAL = ("目标：完成退耕还林政策任务，做好退耕还林政策兑现，持续发挥林业生态建设的保护作用，"
                 "提高职工社会参保率和职工收入水平。")

CHENCANG_ROWS = [
    "天保工程实施单位保险参保人数（人）",
    "上一轮退耕还林补助面积（万亩）",
    "新一轮退耕还林（草）第二次补助面积（万亩）",
    "新一轮退耕还林（草）第三次补助面积（万亩）",
    "草原有害生物防治面积（万亩）",
]


def chencang_table() -> Table:
    t = Table(5)
    t.row("专项名称金", "林业草原生态保护恢复资金", merge=[(1, 4)])
    t.row("区级财政部门", "宝鸡市陈仓区财政局", merge=[(1, 4)])
    t.row("区级林业主管部门", "宝鸡市陈仓区林业局", merge=[(1, 4)])
    t.row("年度金额（万元）", "189.42", merge=[(1, 4)])
    t.row("年度总体目标", CHENCANG_GOAL, merge=[(1, 4)])
    h = t.row("绩效指标", "一级指标", "二级指标", "三级指标", "指标值")
    first = len(t.rows)
    for i, name in enumerate(CHENCANG_ROWS):
        t.row(None, "产出指标" if i == 0 else None, "数量指标" if i == 0 else None, name, None)
    last = len(t.rows) - 1
    t.vmerge(h, 0, last)
    t.vmerge(first, 1, last)
    t.vmerge(first, 2, last)
    return t


def make_chencang(path: Path) -> None:
    write_xlsx(path, "区域绩效目标表", [
        ("para", "陈仓区林业局：", 5),
        ("para", "根据宝鸡市财政局（宝市财办资环〔2021〕13号）和市林业局、市财政局（宝市林发〔2021〕18号）的文件精神，"
                 "现下达2021年中央财政林业生态保护恢复专项资金189.42万元，年终列入相关政府收支分类科目。", 5),
        ("para", "一、天然林保护工程社会劳动保险补助171.62万元，参保人数163人，列“2110502社会支出补助”科目。", 5),
        ("para", "二、完善退耕还林政策兑现补助资金17.80万元，计划兑现面积1980亩，其中粮食折现补贴13.84万元、"
                 "现金补贴3.96万元，列“2110602退耕现金”科目。", 5),
        ("para", "三、请继续做好退耕还林工作，严格执行政策制度，做好绩效监控，确保年度绩效目标按期完成，"
                 "加强资金管理，专款专用。", 5),
        ("para", "附件：2021年林业生态保护恢复资金区域绩效目标申报表", 5),
        ("title", "2021年林业生态保护恢复资金区域绩效目标申报表", 5),
        ("table", chencang_table()),
    ], [16, 12, 12, 40, 14])


CHENCANG_GOLD = {
    "source_urls": [CHENCANG_URL], "province": "陕西", "doc_kind": "申报表", "patterns": [1, 2, 6],
    "indicators": [ind("产出指标", "数量指标", name, None, None, "人" if name.endswith("（人）") else "万亩", "")
                   for name in CHENCANG_ROWS],
    "goals": [{"kind": "年度目标", "text": CHENCANG_GOAL}],
    "facts": [sum_fact("林业生态保护恢复资金", 189.42, [171.62, 17.80]),
              sum_fact("退耕还林政策兑现补助资金", 17.80, [13.84, 3.96])],
    "findings": (
        [finding("target.missing_value", name, "指标值 cell left empty") for name in CHENCANG_ROWS]
        + [finding("coverage.missing_dimension", "效益指标", "the table as written ends inside 数量指标: no 效益 row"),
           finding("coverage.missing_dimension", "满意度指标", "the table as written ends inside 数量指标: no 满意度 row"),
           finding("goal.unquantified", CHENCANG_GOAL[:15],
                   "tasks and effects (持续发挥, 提高参保率和收入) with no number, rate or deadline")]),
    "notes": "District regional target table for a central forestry fund, after a notice (in our own words; its "
             "amounts add up: 171.62 + 17.80 = 189.42, 13.84 + 3.96 = 17.80). The first label reads 专项名称金 as on "
             "the page. The five 数量 rows carry their unit in the name, in brackets, and their 指标值 cells are "
             "empty on the page. The stored page stops after 草原有害生物防治面积（万亩）, so the document has no 质量, "
             "效益 or 满意度 rows. Gold units are the bracketed units of the names.",
}


# ===============================================================================================================
# 4. 四川 雅安 芦山县 — 水利发展资金（西川河小流域水土流失综合治理）绩效自评报告, prose (page stops in 三、)
# ===============================================================================================================
LUSHAN_URL = "https://m.azee.cn/wenku/ahhg/zJ2ZzZvGJ9"

LUSHAN_GOAL = ("本项目总体绩效目标为治理水土流失面积1429.39hm，其中坡改梯25.26hm，封育治理958.81hm，"
               "保土耕作412.83hm，经果林32.49hm。")


def make_lushan(path: Path) -> None:
    write_docx(path, [
        ("heading", "一、绩效目标分解下达情况"),
        ("para", "（一）中央下达水利发展资金转移支付预算和绩效目标情况。"),
        ("para", "四川省财政厅、四川省水利厅以《关于提前下达20xx年中央和省级水利发展资金预算的通知》"
                 "（川财农〔20xx〕167号）向我县下达中央水利发展资金500万元。"),
        ("para", "（二）省内资金安排、分解下达预算和绩效目标情况。"),
        ("para", "中央和省级财政发展资金水土保持工程（芦山县）西川河小流域水土流失综合治理项目经批复立项，"
                 "批复资金525.39万元，其中中央水利发展资金500万元，其余由地方自筹。"),
        ("heading", "二、绩效目标完成情况分析"),
        ("para", "（一）资金投入情况分析。"),
        ("para", "项目业主单位芦山县水务投资有限公司按合同进度已支付资金139.433578万元。资金的支出和管理依照"
                 "《四川省水利发展资金管理办法》执行，支出合理，管理规范，未发现违规问题。"),
        ("para", "（二）总体绩效目标完成情况分析。"),
        ("para", LUSHAN_GOAL + "20xx年实际已基本完成。"),
        ("para", "（三）绩效指标完成情况分析。"),
        ("para", "1.产出指标完成情况分析。"),
        ("para", "（1）数量指标。治理水土流失面积1429.39hm已基本完成，其中坡改梯25.26hm，封育治理958.81hm，"
                 "保土耕作412.83hm，经果林32.49hmm。"),
        ("para", "（2）质量指标。项目暂未完工。"),
        ("para", "（3）时效指标。项目暂未完工。"),
        ("para", "2.效益指标完成情况分析。"),
        ("para", "（1）经济效益。人均增产粮食290kg/人。"),
        ("para", "（2）社会效益。农业人口人均增加基本农田0.05亩；新增农田25.26hm。"),
        ("para", "（3）生态效益。项目区综合治理后年保土量3.51万t，保土率59.79%。"),
        ("para", "3.满意度指标完成情况分析。群众满意度100%。"),
        ("heading", "三、偏离绩效目标的原因和下一步改进措施"),
        ("para", "由于项目暂未完工，下一步将继续加快工程建设进度。"),
    ], landscape=False)


LUSHAN_GOLD = {
    "source_urls": [LUSHAN_URL], "province": "四川", "doc_kind": "自评报告", "patterns": [10],
    "indicators": [],
    "goals": [{"kind": "总体目标", "text": LUSHAN_GOAL}],
    "facts": [budget("资金支付", 525.39, 139.433578, None),
              sum_fact("治理水土流失面积", 1429.39, [25.26, 958.81, 412.83, 32.49], unit="hm")],
    "findings": [],
    "notes": "Prose self-evaluation report of a central water-development grant (水土保持, 芦山县 西川河小流域), "
             "in our own words with the page's numbers. Years are written 20xx on the page and kept so. The area "
             "unit is written hm (hm² meant) and once hmm, as on the page. The four parts add up to 1429.39. "
             "No indicator table; results are given in prose by 产出/效益/满意度. The report says the overall goal "
             "was basically met while 质量 and 时效 say the project is not finished (no scored rule). The stored "
             "page stops inside section 三 (its sentence is ended here); no 综合得分 or grade is stated.",
}


# ===============================================================================================================
# 5. 湖北 孝感 湖北工程学院 — 学生资助项目绩效目标自评表 (template page: years and numbers not on the page)
# ===============================================================================================================
HBEU_URL = "https://m.777doc.com/doc-4336759.html"

HBEU_QTY = ["国家奖学金人数", "国家励志奖学金人数", "国家助学金人数", "应征入伍人数"]
HBEU_COST = ["国家奖学金人均资助", "国家励志奖学金人均资助", "国家助学金人均资助"]
HBEU_SOC = ["资金发放率", "困难生完成学业率"]


def hbeu_table() -> Table:
    t = Table(6)
    t.row("项目名称", "湖北工程学院年学生资助项目", merge=[(1, 5)])
    t.row("主管部门", "湖北省教育厅", None, "项目实施单位", "湖北工程学院", merge=[(1, 2), (4, 5)])
    t.row("项目类别", "、部门预算项目☑、省直专项□、省对下转移支付项目□", merge=[(1, 5)])
    t.row("项目属性", "、持续性项目□、新增性项目☑", merge=[(1, 5)])
    t.row("项目类型", "、常年性项目☑、延续性项目□、一次性项目□", merge=[(1, 5)])
    t.row("预算执行情况（万元）（分）", "预算数（）", "执行数（）", "执行率（）", "得分（分*执行率）", merge=[(4, 5)])
    t.row("年度财政资金总额", None, None, None, "分", merge=[(4, 5)])
    t.row("一级指标", "二级指标", "三级指标", "年初目标值（）", "实际完成值（）", "得分")
    first = len(t.rows)
    for i, name in enumerate(HBEU_QTY):
        t.row("产出指标" if i == 0 else None, "数量" if i == 0 else None, name, None, None,
              "分（因全校总人数减少，总指标数减少，但奖励、资助比例没减少）" if i == 0 else None)
    t.vmerge(first, 1, first + 3)
    t.vmerge(first, 5, first + 3)
    c = len(t.rows)
    for i, name in enumerate(HBEU_COST):
        t.row(None, "成本指标" if i == 0 else None, name)
    t.vmerge(c, 1, c + 2)
    t.vmerge(first, 0, c + 2)
    e = len(t.rows)
    for i, name in enumerate(HBEU_SOC):
        t.row("效益指标（分）" if i == 0 else None, "社会效益指标" if i == 0 else None, name, None, None,
              "分" if i == 0 else None)
    t.vmerge(e, 1, e + 1)
    t.vmerge(e, 5, e + 1)
    t.row(None, "服务对象满意度指标")
    t.vmerge(e, 0, e + 2)
    t.row("过程指标", None, "评审程序是否公正", "是", "是", merge=[(0, 1)])
    return t


def make_hbeu(path: Path) -> None:
    write_xlsx(path, "自评表", [
        ("para", "1/1", 6),
        ("title", "年学生资助项目绩效目标自评表", 6),
        ("para", "填报日期：                                        总分：    分", 6),
        ("table", hbeu_table()),
    ], [20, 16, 22, 14, 14, 30])


HBEU_GOLD = {
    "source_urls": [HBEU_URL], "province": "湖北", "doc_kind": "自评表", "patterns": [2, 5, 8],
    "indicators": ([ind("产出指标", "数量指标", n, None, None, None, "") for n in HBEU_QTY]
                   + [ind("产出指标", "成本指标", n, None, None, None, "") for n in HBEU_COST]
                   + [ind("效益指标", "社会效益指标", n, None, None, None, "") for n in HBEU_SOC]
                   + [ind(None, None, "评审程序是否公正", None, None, None, "是")]),
    "goals": [],
    "facts": [],
    "findings": ([finding("target.missing_value", n, "年初目标值 cell left empty")
                  for n in HBEU_QTY + HBEU_COST + HBEU_SOC]
                 + [finding("coverage.missing_dimension", "满意度指标",
                            "the 服务对象满意度指标 row has no indicator under it")]),
    "notes": "University self-evaluation form as the page gives it: every year, number and point value is missing "
             "(\u201c年学生资助项目\u201d, \u201c预算数（）\u201d, \u201c（分）\u201d, \u201c总分：分\u201d), so the target, actual "
             "and score cells are empty. The check-box lines start with a bare \u201c、\u201d where the item numbers "
             "were. A remark sits in the 得分 column of the 数量 block (分（因全校总人数减少……）). "
             "The 服务对象满意度指标 row is an empty label row (no 三级 indicator), so the document has no "
             "satisfaction indicator. A last row 过程指标 │ 评审程序是否公正 │ 是 │ 是 is a yes/no process check with "
             "no framework level.",
}


# ===============================================================================================================
# 6. 四川 遂宁 大英县民政局 — 2020年度部门决算, page from inside the project results table (no header on the page)
# ===============================================================================================================
DAYING_MZ_URL = "https://dyxrmt.cn/article-128100-12.html"


def daying_mz_table() -> Table:
    t = Table(6)
    t.row("项目完成指标", "质量指标", "改善养老服务基础条件", "改善条件", "明显改善")
    t.row("项目完成指标", "时效指标", "2020年", "2020年", "2020年")
    t.row("项目完成指标", "成本指标", "100万", "100万", "100万")
    t.row("效益指标", "社会效益指标", "老年人日益增加的养老服务需求", "有所提升", "养老服务提升")
    t.row(None, "满意度指标", "服务对象满意度指标", "养老服务对象对养老机构服务质量满意度", "≥90%", "98%")
    return t


def make_daying_mz(path: Path) -> None:
    write_docx(path, [
        ("table", daying_mz_table()),
        ("para", "2.部门绩效评价结果。"),
        ("para", "本部门按要求对2020年部门整体支出绩效评价情况开展了自评，《大英县民政局2020年部门整体支出绩效评价报告》"
                 "见附件（附件1）。"),
        ("para", "本部门自行组织对养老服务体系建设、高龄津贴、困难群众生活救助、三四级精神和智力残疾人护理补贴、"
                 "困难残疾人生活补贴、重度残疾人护理补贴等项目开展了绩效评价，《大英县民政局2020年项目支出绩效评价报告》"
                 "见附件（附件2）。"),
        ("heading", "第三部分 名词解释"),
        ("para", "1.财政拨款收入：指单位从同级财政部门取得的财政预算资金。"),
        ("para", "2.事业收入：指事业单位开展专业业务活动及辅助活动取得的收入。"),
        ("para", "3.年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。"),
        ("para", "4.结余分配：指事业单位按照事业单位会计制度的规定，从非财政补助结余中分配的事业基金和职工福利基金等。"),
        ("para", "5.年末结转和结余：指单位按有关规定结转到下年或以后年度继续使用的资金。"),
    ], landscape=False)


DAYING_MZ_GOLD = {
    "source_urls": [DAYING_MZ_URL], "province": "四川", "doc_kind": "自评报告", "patterns": [4, 10],
    "indicators": [
        ind("产出指标", "质量指标", "改善养老服务基础条件", None, None, None, "改善条件"),
        ind("产出指标", "时效指标", "2020年", None, None, None, "2020年"),
        ind("产出指标", "成本指标", "100万", None, 100, "万", "100万"),
        ind("效益指标", "社会效益指标", "老年人日益增加的养老服务需求", None, None, None, "有所提升"),
        ind("满意度指标", "服务对象满意度指标", "养老服务对象对养老机构服务质量满意度", ">=", 90, "%", "≥90%", 98),
    ],
    "goals": [],
    "facts": [],
    "findings": [
        finding("target.vague_wording", "改善养老服务基础条件", "改善条件: a change phrase with no number"),
        finding("target.missing_name", "2020年", "the name cell holds the year, not an indicator name"),
        finding("target.missing_name", "100万", "the name cell holds the amount, not an indicator name"),
        finding("target.vague_wording", "老年人日益增加的养老服务需求", "有所提升: a change phrase with no number"),
    ],
    "notes": "Section of a county civil-affairs department's 2020 final-accounts explanation (部门决算). The stored page "
             "starts inside a project results table: no header row and no 数量 rows are on the page, so the table "
             "opens with data rows (columns read 一级 │ 二级 │ 三级 │ 年度指标值 │ 实际完成值). 项目完成指标 is the "
             "产出 label of this form family. The 时效 and 成本 rows repeat one value in the name, target and actual "
             "cells. The 满意度 row is shifted one column right (一级 empty, 满意度指标 in 二级, 服务对象满意度指标 "
             "in 三级, the name in the target column, target ≥90% and actual 98% in the next two). Prose after the "
             "table (results and 名词解释) in our own words; the page stops in 名词解释 item 6.",
}


# ===============================================================================================================
# 7. 湖南 郴州 永兴县 — 2017 专项资金绩效目标表 (重大动物疫病防控); the stored page stops in the 质量 row
# ===============================================================================================================
YONGXING_URL = "https://360docs.net/doc/a712262401.html"

YONGXING_LONG = "通过项目实施，到2020年前将生猪、羊、牛、家禽的死亡率分别控制在4%、3%、2%、8%以下。"
YONGXING_YEAR = ("强化动物免疫接种、检疫、扑杀等措施，有效控制疫病的发生和流行，使猪、牛、羊、家禽死亡率在现有基础上"
                 "分别下降0.5、0.1、0.5和0.1个百分点。")


def yongxing_table() -> Table:
    t = Table(6)
    t.row("专项名称", "重大动物疫病防控", None, "专项属性", "延续专项√  新增专项□", merge=[(1, 2), (4, 5)])
    t.row("部门名称", "县动物卫生监督所", None, "资金总额（万元）", "50", merge=[(1, 2), (4, 5)])
    t.row("部门相应职能职责概述", "重大动物防控工作、强制扑杀和免疫副反应补助、疫苗和防疫物质储备、监测、检测经费及监督执法等。",
          merge=[(1, 5)])
    t.row("专项立项依据", "《中华人民共和国动物防疫法》、《重大动物疫情应急条例》、《郴州市重大动物疫病防控工作目标管理责任状》",
          merge=[(1, 5)])
    r = t.row("专项实施进度计划", "专项实施内容", None, None, "计划开始时间", "计划完成时间", merge=[(1, 3)])
    for text, a, b in [("1、应急物质储备及防疫物质采购", "2017.01", "2017.03"),
                       ("2、流行病调查监测", "2017.01", "2017.12"),
                       ("3、免疫抗体效果评估", "2017.03", "2017.05"),
                       ("4、动物卫生监督执法", "2017.03", "2017.05"),
                       ("5、强制扑杀和免疫副反应补助", "2017.11", "2017.12")]:
        t.row(None, text, None, None, a, b, merge=[(1, 3)])
    t.vmerge(r, 0, r + 5)
    t.row("专项长期绩效目标", YONGXING_LONG, merge=[(1, 5)])
    t.row("专项年度绩效目标", YONGXING_YEAR, merge=[(1, 5)])
    h = t.row("专项年度绩效指标", "一级指标", "二级指标", "指标内容", "指标值", "备注")
    t.row(None, "产出指标", "数量指标", "各种强制免率、屠宰率及检疫率", "100%")
    t.row(None, None, "质量指标", "免疫效果好；检疫符合", "提高成活率；让肉产品质量得到保")
    t.vmerge(h + 1, 1, h + 2)
    t.vmerge(h, 0, h + 2)
    return t


def make_yongxing(path: Path) -> None:
    write_docx(path, [
        ("title", "专项资金绩效目标表"),
        ("para", "（2017年度）"),
        ("para", "填报单位（盖章）：永兴县畜牧兽医水产局"),
        ("table", yongxing_table()),
    ], landscape=False)


YONGXING_GOLD = {
    "source_urls": [YONGXING_URL], "province": "湖南", "doc_kind": "申报表", "patterns": [1, 2, 5],
    "indicators": [
        ind("产出指标", "数量指标", "各种强制免率、屠宰率及检疫率", None, 100, "%", "100%"),
        ind("产出指标", "质量指标", "免疫效果好；检疫符合", None, None, None, "提高成活率；让肉产品质量得到保"),
    ],
    "goals": [{"kind": "中期目标", "text": YONGXING_LONG}, {"kind": "年度目标", "text": YONGXING_YEAR}],
    "facts": [],
    "findings": [
        finding("target.vague_wording", "免疫效果好；检疫符合", "提高成活率: a change phrase with no number"),
        finding("coverage.missing_dimension", "效益指标", "the table as written ends in the 质量 row: no 效益 row"),
        finding("coverage.missing_dimension", "满意度指标", "the table as written ends in the 质量 row: no 满意度 row"),
    ],
    "notes": "County special-fund target table (2017, 重大动物疫病防控) from a document-sharing page whose text is "
             "flattened and partly garbled; the cells are read in the page's order. 专项长期 and 专项年度 goals are "
             "separate rows (in our own words, numbers kept). The 数量 row's name reads 强制免率 (sic) and bundles "
             "three rates under one 100%. The stored page stops inside the 质量 row: its name and value are cut "
             "(…检疫符合 / …得到保) and are reproduced cut; no 效益 or 满意度 rows follow. Item 2 of the plan is "
             "garbled on the page (流行病不 [ 这调查监测) and is written 流行病调查监测.",
}


# ===============================================================================================================
# 8. 四川 遂宁 大英县司法局 — 部门预算项目支出绩效自评表 (2023): tail of one form, then the next form, cut
# ===============================================================================================================
DAYING_SF_URL = "https://dyxrmt.cn/article-157795-21.html"

DAYING_SF_GOAL = "根据要求购买安可设备，并完成项目资金支付。"
DAYING_SF_NOTE = ("1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因（100字以内）；2.年中发生预算调整的"
                  "（追加或调减），应单独说明理由；3.其他资金包括：社会投入资金、银行贷款。")
HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析")


def daying_sf_tail() -> Table:
    t = Table(11)
    t.row("绩效指标（90分）", *HEAD)
    t.row(None, "产出指标", "经济成本指标", "成本控制数", "≤", "30", "万元", "完成", "90", "90")
    t.vmerge(0, 0, 1)
    t.row("合计", None, None, None, None, None, None, None, "100", merge=[(0, 7)])
    t.row("评价结论", "根据财政局资金下达的管理办法，将资金支付给项目施工方。", merge=[(1, 10)])
    t.row("存在问题", "无", merge=[(1, 10)])
    t.row("改进措施", "无", merge=[(1, 10)])
    t.row("项目负责人：查小兵", None, None, None, None, "财务负责人：唐勇", merge=[(0, 4), (5, 10)])
    return t


def daying_sf_form() -> Table:
    t = Table(11)
    t.row("项目名称", "51092324T000010263357-2023年全县安可替代补助资金项目", merge=[(1, 10)])
    t.row("主管部门", "大英县司法局部门", None, None, None, "实施单位", "大英县司法局", merge=[(1, 4), (6, 10)])
    r = t.row("项目基本情况", "1.项目年度目标完成情况", merge=[(1, 10)])
    t.row(None, "项目年度目标", None, None, None, None, "年度目标完成情况", merge=[(1, 5), (6, 10)])
    t.row(None, DAYING_SF_GOAL, None, None, None, None, "完成", merge=[(1, 5), (6, 10)])
    t.row(None, "2.项目实施内容及过程概述", None, None, "2023年购买13台安可电脑，并于12月前完成资金支付。",
          merge=[(1, 3), (4, 10)])
    t.vmerge(r, 0, r + 3)
    b = t.row("预算执行情况（10分）", "年度预算数（万元）", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重",
              "得分", "原因", merge=[(8, 10)])
    t.row(None, "总额", "0.00", "3.36", "3.36", "100.00%", "10", "10", DAYING_SF_NOTE)
    t.row(None, "其中：财政资金", "0.00", "3.36", "3.36", "100.00%", "/", "/")
    t.row(None, "财政专户管理资金", "0.00", "0.00", "0.00", "0.00%", "/", "/")
    t.row(None, "单位资金", "0.00", "0.00", "0.00", "0.00%", "/", "/")
    t.row(None, "其他资金", None, None, None, None, "/", "/")
    t.vmerge(b, 0, b + 5)
    t.vmerge(b + 1, 8, b + 5, 10)
    h = t.row("绩效指标（90分）", *HEAD)
    t.row(None, "产出指标", "质量指标", "完成安可产品购买并按要求支付资金", "=", "100")
    t.vmerge(h, 0, h + 1)
    return t


def make_daying_sf(path: Path) -> None:
    write_xlsx(path, "自评表", [
        ("table", daying_sf_tail()),
        ("title", "部门预算项目支出绩效自评表（2023年度）", 11),
        ("table", daying_sf_form()),
    ], [16, 14, 14, 22, 8, 8, 9, 9, 8, 8, 16])


DAYING_SF_GOLD = {
    "source_urls": [DAYING_SF_URL], "province": "四川", "doc_kind": "自评表", "patterns": [2, 6, 8, 9],
    "indicators": [
        ind("产出指标", "经济成本指标", "成本控制数", "<=", 30, "万元", "≤30万元", None, 90, 90),
        ind("产出指标", "质量指标", "完成安可产品购买并按要求支付资金", "=", 100, None, "=100"),
    ],
    "goals": [{"kind": "年度目标", "text": DAYING_SF_GOAL}],
    "facts": [budget("预算执行率", 3.36, 3.36, 100.0)],
    "findings": [
        finding("goal.process_only", DAYING_SF_GOAL[:15], "only steps (购买设备, 支付资金), no output or effect"),
        finding("target.missing_unit", "完成安可产品购买并按要求支付资金", "value 100 with an empty 度量单位 cell"),
        finding("coverage.missing_dimension", "效益指标", "no 效益 indicator in either form on the page"),
        finding("coverage.missing_dimension", "满意度指标", "no 满意度 indicator in either form on the page"),
    ],
    "notes": "Sichuan 2023 部门预算项目支出绩效自评表 (大英县司法局). The stored page starts inside an earlier form: "
             "its single indicator row (产出指标 │ 经济成本指标 │ 成本控制数 │ ≤ 30 万元 │ 完成 │ 90 │ 90), its 合计 "
             "100, 评价结论/存在问题/改进措施 and signature line are kept as they stand, then the next form follows "
             "(title, header block, money block with its instruction note, indicator header) and the page stops "
             "after the 指标值 of its first indicator (度量单位, 完成值, 权重, 得分 not on the page). 经济成本指标 is "
             "a 101号 cost level written under 产出指标. The 完成值 完成 of the cost row is a word for a number "
             "target (no scored rule). The earlier form's 合计 100 is its 绩效指标（90分） plus the 10 points of its "
             "money block, which is not on the page; no score-total finding is expected for it.",
}


# ===============================================================================================================
# 9. 广东 肇庆 — 2024年 “助老颐养” 公益项目资金分配明细表、绩效目标表 (page stops at the first indicator)
# ===============================================================================================================
ZHAOQING_URL = "https://m.bidcenter.com.cn/newsrili-1-317622543.html"

ZHAOQING_GOAL = ("激发热心企业、社会组织等社会力量参与助老颐养的活力，按公益项目的助老扶老优势和社会效益评判，申请福彩公益金"
                 "50万元资助开展“助老颐养”公益项目，持续提升老年人的安全感、幸福感和获得感。")


def zhaoqing_alloc() -> Table:
    t = Table(4)
    t.row("序号", "县（市、区）", "资助项目内容", "金额")
    t.row("1", "肇庆市民政局", "肇庆市民政局开展“福彩杯”公益创投活动", "15")
    t.row("2", "肇庆高新区", "肇庆高新区养老服务体系建设项目（获省民政厅的长者饭堂优秀案例、全国智慧健康养老试点街道项目）",
          "35")
    t.row("合计", None, None, "50", merge=[(0, 2)])
    return t


def zhaoqing_targets() -> Table:
    t = Table(5)
    t.row("项目名称", "2024年开展“助老颐养”公益项目资金", merge=[(1, 4)])
    t.row("项目类型", "其他事业发展性支出", merge=[(1, 4)])
    t.row("项目等级", "二级项目", merge=[(1, 4)])
    t.row("主管部门", "肇庆市民政局", merge=[(1, 4)])
    t.row("用款单位", "肇庆市民政局、肇庆高新区社会工作局", merge=[(1, 4)])
    r = t.row("实施期限", "起始年度", "2024", merge=[(2, 4)])
    t.row(None, "到期年度", "2024", merge=[(2, 4)])
    t.vmerge(r, 0, r + 1)
    r = t.row("预算金额", "总金额", "50万元", merge=[(2, 4)])
    t.row(None, "当年度金额", "50万元", merge=[(2, 4)])
    t.vmerge(r, 0, r + 1)
    t.row("项目概述", "依据中共中央办公厅、国务院办公厅《关于推进基本养老服务体系建设的意见》和《民政部彩票公益金使用管理办法》，"
                      "为推动全社会共同参与助老扶老，探索由热心企业、社会组织承接政府转移职能和购买服务的新途径，激发社会力量"
                      "参与养老的活力，申请福彩公益金50万元资助开展“助老颐养”公益项目，用于长者饭堂送餐助餐、智慧养老、"
                      "居家养老和特殊困难老年人关爱等。", merge=[(1, 4)])
    t.row("总体绩效目标", "当年度目标", ZHAOQING_GOAL, merge=[(2, 4)])
    h = t.row("绩效指标", "一级指标", "二级指标", "三级指标", "当年度指标值")
    t.row(None, "产出指标", "数量指标", "满足开展")
    t.vmerge(h, 0, h + 1)
    return t


def make_zhaoqing(path: Path) -> None:
    write_docx(path, [
        ("title", "2024年市级福利彩票公益金补助资金开展“助老颐养”公益项目资金分配明细表、绩效目标表"),
        ("para", "肇财社〔2024〕116号"),
        ("heading", "分配明细表"),
        ("para", "单位：万元"),
        ("table", zhaoqing_alloc()),
        ("heading", "绩效目标表"),
        ("table", zhaoqing_targets()),
    ], landscape=False)


ZHAOQING_GOLD = {
    "source_urls": [ZHAOQING_URL], "province": "广东", "doc_kind": "申报表", "patterns": [2, 9],
    "indicators": [ind("产出指标", "数量指标", "满足开展", None, None, None, "")],
    "goals": [{"kind": "年度目标", "text": ZHAOQING_GOAL}],
    "facts": [sum_fact("分配明细合计", 50.0, [15.0, 35.0])],
    "findings": [
        finding("goal.budget_text", ZHAOQING_GOAL[:15],
                "the only number is the money (50万元); the purpose (持续提升…) is not measured"),
        finding("target.missing_value", "满足开展", "指标值 cell empty"),
        finding("coverage.missing_dimension", "效益指标", "the table as written ends in the first 数量 row"),
        finding("coverage.missing_dimension", "满意度指标", "the table as written ends in the first 数量 row"),
    ],
    "notes": "City welfare-lottery grant: an allocation table (15 + 35 = 合计 50 万元) and the project target table. "
             "The page lists the target table's labels and values one after the other; each label/value pair is "
             "laid out as its own row. 项目概述 and 当年度目标 are in our own words with the same amounts. The stored "
             "page stops at the first indicator, whose name is cut (满足开展…) and whose value is not on the page; "
             "no 效益 or 满意度 rows follow.",
}


# ===============================================================================================================
DOCUMENTS = [
    # (file, maker, gold, pdf)
    ("yn-lijiang-satellite-selfeval.xlsx", make_lijiang, LIJIANG_GOLD, True),
    ("sn-hanyin-finance-targets.docx", make_hanyin, HANYIN_GOLD, True),
    ("sn-chencang-forestry-targets.xlsx", make_chencang, CHENCANG_GOLD, True),
    ("sc-lushan-soil-selfreport.docx", make_lushan, LUSHAN_GOLD, True),
    ("hb-hbeu-student-aid-selfeval.xlsx", make_hbeu, HBEU_GOLD, True),
    ("sc-daying-civil-affairs-results.docx", make_daying_mz, DAYING_MZ_GOLD, True),
    ("hn-yongxing-epidemic-targets.docx", make_yongxing, YONGXING_GOLD, True),
    ("sc-daying-justice-selfeval.xlsx", make_daying_sf, DAYING_SF_GOLD, True),
    ("gd-zhaoqing-elderly-targets.docx", make_zhaoqing, ZHAOQING_GOLD, True),
]


def gold_for(gold: dict, source: str) -> dict:
    out = {"source": source}
    for key in ("source_urls", "province", "doc_kind", "patterns", "indicators", "goals", "facts", "findings",
                "notes"):
        out[key] = gold[key]
    return out


def write_gold(gold: dict) -> None:
    ANNOTATIONS.mkdir(exist_ok=True)
    text = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
    (ANNOTATIONS / f"{gold['source']}.json").write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true", help="write DOCX/XLSX and gold only")
    args = ap.parse_args(argv)
    for file, make, gold, pdf in DOCUMENTS:
        path = HERE / file
        make(path)
        write_gold(gold_for(gold, file))
        made = [file]
        if pdf and not args.no_pdf:
            out = to_pdf(path)
            write_gold(gold_for(gold, out.name))
            made.append(out.name)
        print(f"{', '.join(made)}: {len(gold['indicators'])} indicators, {len(gold['findings'])} findings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
