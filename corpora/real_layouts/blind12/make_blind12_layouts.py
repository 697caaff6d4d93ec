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
        for i, row in enumerate(table.rows):
            lines = max([t.count("\n") + 1 for t in row.values()] + [1])
            if lines > 1:
                ws.row_dimensions[r0 + i].height = 14 * lines
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
DOCUMENTS = [
    # (file, maker, gold, pdf)
    ("yn-lijiang-satellite-selfeval.xlsx", make_lijiang, LIJIANG_GOLD, True),
    ("sn-hanyin-finance-targets.docx", make_hanyin, HANYIN_GOLD, True),
    ("sn-chencang-forestry-targets.xlsx", make_chencang, CHENCANG_GOLD, True),
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
