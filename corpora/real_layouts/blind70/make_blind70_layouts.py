"""Blind part 70 of the real-layout corpus: documents and their gold.

Each document reproduces one stored public page (address in its gold's
``source_urls``): layout, merged cells, empty cells, odd wording and defects as
the page has them; facts (names, operators, values, units, amounts, scores,
dates) as written; longer sentences in our own words with the same numbers.
Each page is stored from its beginning only, so every document stops where the
stored page stops.

The gold (``annotations/<file>.json``) was written by hand from the pages,
before anything ran on the files.  Run with::

    /tmp/venv/bin/python make_blind70_layouts.py [--no-pdf]

DOCX/XLSX files are deterministic: core properties pinned to 2025-01-01 and
every zip entry rewritten with a fixed date in a fixed (sorted) order.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
FIXED = _dt.datetime(2025, 1, 1, 0, 0, 0)
ZIP_DATE = (2025, 1, 1, 0, 0, 0)


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

def _normalise_zip(path: Path) -> None:
    """Rewrite a zip container with fixed dates and a fixed entry order."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    # openpyxl stamps dcterms:modified with the wall clock at save time
    fixed = []
    for name, data in items:
        if name == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:(?:modified|created)[^>]*>)[^<]*(<)",
                          rb"\g<1>2025-01-01T00:00:00Z\g<2>", data)
        fixed.append((name, data))
    items = fixed
    # [Content_Types].xml first (Office expects it), the rest sorted
    items.sort(key=lambda kv: (kv[0] != "[Content_Types].xml", kv[0]))
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, data)
    tmp.replace(path)


def _pin_docx(doc: Document) -> None:
    cp = doc.core_properties
    cp.author = "blind70"
    cp.last_modified_by = "blind70"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1


def _pin_xlsx(wb: Workbook) -> None:
    wb.properties.creator = "blind70"
    wb.properties.lastModifiedBy = "blind70"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")


class Sheet:
    """Small writer for a form laid out on a grid (1-based rows/cols)."""

    def __init__(self, ws, ncols: int, widths: list[float]):
        self.ws = ws
        self.ncols = ncols
        ws.page_setup.orientation = "portrait"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[chr(64 + i)].width = w

    def put(self, r: int, c: int, value, *, r2: int | None = None,
            c2: int | None = None, center: bool = False, bold: bool = False,
            border: bool = True) -> None:
        cell = self.ws.cell(row=r, column=c)
        if value is not None and value != "":
            cell.value = value
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"  # literal text such as '=2 个', not a formula
        cell.alignment = CENTER if center else WRAP
        if bold:
            cell.font = Font(bold=True)
        r2 = r2 or r
        c2 = c2 or c
        if (r2, c2) != (r, c):
            self.ws.merge_cells(start_row=r, start_column=c,
                                end_row=r2, end_column=c2)
        if border:
            for rr in range(r, r2 + 1):
                for cc in range(c, c2 + 1):
                    self.ws.cell(row=rr, column=cc).border = BOX

    def row(self, r: int, values: list, start: int = 1, **kw) -> None:
        for i, v in enumerate(values):
            self.put(r, start + i, v, **kw)


def _docx_table(doc: Document, rows: int, cols: int):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = "Table Grid"
    return t


def _cell(t, r: int, c: int, text: str, *, r2: int | None = None,
          c2: int | None = None, bold: bool = False, center: bool = False):
    cell = t.cell(r, c)
    if r2 is not None or c2 is not None:
        cell = cell.merge(t.cell(r2 if r2 is not None else r,
                                 c2 if c2 is not None else c))
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.font.size = Pt(9)
    run.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return cell


def _para(doc: Document, text: str, *, bold: bool = False, size: float = 10.5,
          center: bool = False):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def ind(level1, level2, name, operator, value, unit, target_text, actual,
        weight, score):
    return {"level1": level1, "level2": level2, "name": name,
            "operator": operator, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual, "weight": weight,
            "score": score}


# --------------------------------------------------------------------------
# 1. 江苏 苏州市财政局 2021 市财政灾备中心建设 自评表 (PDF text on a
#    document-sharing site; the table is reproduced as an XLSX)
# --------------------------------------------------------------------------

SZ_FILE = "js-suzhou-backup-centre-selfeval.xlsx"
SZ_URL = "https://keke.chddh.cn/archives/y769xb3leggymomzpngj.html"

# (类别, 指标名称, 目标值, 权重, 实际完成值, 自评分)
SZ_ROWS = [
    ("投入目标", "配套设施到位率", "100%", 1, "100%", 1),
    ("投入目标", "资金节约率", "15%及其以下", 1, "15%及其以下", 1),
    ("投入目标", "可行性研究充分性", "充分", 1, "100%", 1),
    ("投入目标", "财务制度健全性", "健全", 1, "100%", 1),
    ("投入目标", "资金使用合规性", "合规", 3, "100%", 3),
    ("投入目标", "工程管理规范性", "规范", 5, "100%", 5),
    ("投入目标", "专款专用率", "100%", 3, "100%", 3),
    ("投入目标", "政府采购规范性", "规范", 2, "100%", 2),
    ("投入目标", "业务运维体系健全性", "健全", 1, "100%", 1),
    ("投入目标", "预算执行率", "100%", 6, "94%", 4.2),
    ("产出目标", "项目计划完成率", "=70%", 3.71, "70%", 3.71),
    ("产出目标", "项目验收合格率", "=100%", 3.71, "100%", 3.71),
    ("产出目标", "购置灾备云系统、备份与恢复系统", "=2 个", 3.71, "2个", 3.71),
    ("产出目标", "核心系统数据纳入灾备云", "=4 个", 3.71, "4个", 3.71),
    ("产出目标", "建设灾备云节点(8个)", "=8 个", 3.74, "8个", 3.74),
    ("产出目标", "开展项目建设监理", "=4 项", 3.71, "4项", 3.71),
    ("产出目标", "建设灾备云网络节点(2个)", "=2 个", 3.71, "2个", 3.71),
    ("结果目标", "灾备恢复速度", "2 小时", 3.14, "2 小时", 3.14),
    ("结果目标", "灾备切换速度", "5 分钟", 3.14, "5 分钟", 3.14),
    ("结果目标", "勒索病毒导致系统中断", "0次", 3.16, "0次", 3.16),
    ("结果目标", "灾备存储空间", "80TB", 3.14, "120TB", 3.14),
]


def build_suzhou(out: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "自评表"
    s = Sheet(ws, 7, [16, 12, 32, 14, 10, 14, 10])
    s.put(1, 1, "苏州市级财政支出项目绩效自评价报告", c2=7, center=True,
          bold=True, border=False)
    s.put(2, 1, "苏州市级财政支出项目绩效自评表", c2=7, center=True, bold=True,
          border=False)
    s.put(3, 1, "项目名称")
    s.put(3, 2, "市财政灾备中心建设", c2=4)
    s.put(3, 5, "项目年份")
    s.put(3, 6, "2021", c2=7)
    s.put(4, 1, "项目主管部门(单位)")
    s.put(4, 2, "苏州市财政局", c2=7)
    # 市级预算执行情况
    s.put(5, 1, "市级预算执行情况(万元)", r2=6)
    s.put(5, 2, "年初预算数", c2=3)
    s.put(5, 4, "当年使用上年结余、结转及当年调整预算数", c2=7)
    s.put(6, 2, 210, c2=3)
    s.put(6, 4, 0, c2=7)
    # 市级财政资金使用情况
    s.put(7, 1, "市级财政资金使用情况(万元)", r2=9)
    s.put(7, 2, "财政拨款数", r2=8)
    s.put(7, 3, "指标结余数", r2=8)
    s.put(7, 4, "实际支付数", r2=8)
    s.put(7, 5, "资金结余、结转数", r2=8)
    s.put(7, 6, "其中:", c2=7)
    s.put(8, 6, "结转数")
    s.put(8, 7, "财政收回数")
    s.row(9, [210, 0, 197.33, 12.67, None, 12.67], start=2)
    # 项目资金构成
    s.put(10, 1, "项目资金构成(详细列出各子项目名称和金额)", r2=13)
    s.put(10, 2, "子项名称", c2=3)
    s.put(10, 4, "预算数(万元)", c2=5)
    s.put(10, 6, "实际数(万元)", c2=7)
    comp = [("市财政灾备中心建设", 203, 197.33), ("监理服务", 7, 5.638),
            ("合计", 210, 210)]
    for i, (n, b, a) in enumerate(comp):
        r = 11 + i
        s.put(r, 2, n, c2=3)
        s.put(r, 4, b, c2=5)
        s.put(r, 6, a, c2=7)
    # indicator block
    h = 14
    s.row(h, ["项目绩效实现情况(80分)", "项目类别", "指标名称", "目标值", "权重",
              "实际完成值", "自评分"], center=True, bold=True)
    first = h + 1
    last = h + len(SZ_ROWS)
    s.put(first, 1, "项目绩效实现情况(80分)", r2=last, center=True)
    # category merges
    r = first
    cats = []
    for cat, *_ in SZ_ROWS:
        if cats and cats[-1][0] == cat:
            cats[-1][2] = r
        else:
            cats.append([cat, r, r])
        r += 1
    for cat, r1, r2 in cats:
        s.put(r1, 2, cat, r2=r2, center=True)
    for i, (_, name, tgt, w, act, sc) in enumerate(SZ_ROWS):
        rr = first + i
        s.row(rr, [name, tgt, w, act, sc], start=3)
    _pin_xlsx(wb)
    wb.save(out)


SZ_GOLD = {
    "source": SZ_FILE,
    "source_urls": [SZ_URL],
    "province": "江苏",
    "doc_kind": "自评表 (苏州市级财政支出项目绩效自评表, 投入/产出/结果目标)",
    "patterns": [1, 5, 6],
    "indicators": [],  # filled below
    "goals": [],
    "facts": [
        {"metric": "市级财政资金 实际支付数/财政拨款数 (预算执行率)",
         "kind": "budget", "planned": 210, "actual": 197.33,
         "stated_rate": 94, "unit": "万元"},
        {"metric": "项目资金构成 预算数 合计", "kind": "sum", "total": 210,
         "parts": [203, 7], "unit": "万元"},
        {"metric": "项目资金构成 实际数 合计", "kind": "sum", "total": 210,
         "parts": [197.33, 5.638], "unit": "万元"},
        {"metric": "财政拨款数 = 实际支付数 + 资金结余、结转数", "kind": "sum",
         "total": 210, "parts": [197.33, 12.67], "unit": "万元"},
    ],
    "findings": [
        {"rule": "consistency.sum", "item": "项目资金构成 实际数 合计",
         "why": "the 实际数 column lists 197.33 (市财政灾备中心建设) and 5.638 "
                "(监理服务) = 202.968万元, but its 合计 says 210 (the budget); the "
                "sheet's own 实际支付数 is 197.33, so the 合计 matches neither"},
        {"rule": "target.qualitative_no_scale", "item": "可行性研究充分性",
         "why": "target is the word 充分 with no grading scale, yet the actual is "
                "given as 100%"},
        {"rule": "target.qualitative_no_scale", "item": "财务制度健全性",
         "why": "target 健全 only, no scale or criterion; actual written as 100%"},
        {"rule": "target.qualitative_no_scale", "item": "资金使用合规性",
         "why": "target 合规 only, no scale or criterion; actual written as 100%"},
        {"rule": "target.qualitative_no_scale", "item": "工程管理规范性",
         "why": "target 规范 only, no scale or criterion; actual written as 100%"},
        {"rule": "target.qualitative_no_scale", "item": "政府采购规范性",
         "why": "target 规范 only, no scale or criterion; actual written as 100%"},
        {"rule": "target.qualitative_no_scale", "item": "业务运维体系健全性",
         "why": "target 健全 only, no scale or criterion; actual written as 100%"},
        {"rule": "consistency.deviation_reason_missing", "item": "预算执行率",
         "why": "target 100%, actual 94% (197.33 of 210万元 paid, 12.67 returned) "
                "and the row is marked down to 4.2 of 6, but the form has no reason "
                "column and gives no reason for the shortfall"},
    ],
    "notes": (
        "Stored page: a document-sharing site (keke.chddh.cn) holding the text "
        "layer of '市财政灾备中心建设_自评报告.pdf', the 2021 苏州市级财政支出项目"
        "绩效自评表 of 苏州市财政局's own disaster-recovery centre. The text layer "
        "runs the table's columns together; the grid was rebuilt from it: header "
        "(项目名称, 主管部门, 项目年份 2021), 市级预算执行情况 (年初预算数 210, "
        "调整 0), 市级财政资金使用情况 (财政拨款数 210, 指标结余数 0, 实际支付数 "
        "197.33, 资金结余、结转数 12.67; the single 12.67 under '其中: 结转数 / "
        "财政收回数' is put under 财政收回数, a judgement call), 项目资金构成 "
        "(203/197.33, 监理服务 7/5.638, 合计 210/210) and the indicator block "
        "项目绩效实现情况(80分) with 类别 投入目标/产出目标/结果目标 merged down "
        "and columns 指标名称/目标值/权重/实际完成值/自评分. Values and weights are "
        "kept exactly as the text gives them ('=2 个', '15%及其以下', 3.71/3.74/"
        "3.14/3.16, 预算执行率 94% scored 4.2 of 6). The block assignment follows "
        "where the merged labels sit in the text layer (投入 = the first ten rows "
        "incl. 预算执行率; 产出 = 项目计划完成率 … 建设灾备云网络节点; 结果 from "
        "灾备恢复速度). The page ends inside 结果目标: after 灾备存储空间 the text "
        "layer gives four more value rows (2次, 100%, =1份, 100%/2.66) but the "
        "names beside them are cut and jumbled ('灾备自主', '灾备演练', '设备有效"
        "使用率', '出具 1 份监…') so they cannot be paired with confidence; the "
        "document stops after 灾备存储空间 (21 rows). level1 is the 类别 as "
        "written (投入目标/产出目标/结果目标); the form has no 二级, so level2 is "
        "null. Operators: bare '100%'/'2 小时'/'80TB' → null; '=…' → '='; "
        "'15%及其以下' → '<='. Qualitative targets (充分/健全/合规/规范) have value "
        "null while their actual is written 100% (actual 100). '15%及其以下' in the "
        "actual column is a bound, not a measured value, so actual is null. Not "
        "flagged (no listed rule): 灾备存储空间 actual 120TB vs target 80TB (150%, "
        "target set low); 资金节约率 capped from above. No coverage finding: the "
        "framework is 投入/产出/结果 and the page is cut inside its last block. "
        "No goals and no totals are on the stored page."),
}


def _sz_indicators():
    out = []
    for cat, name, tgt, w, act, sc in SZ_ROWS:
        op, val, unit = None, None, None
        t = tgt.replace(" ", "")
        if t.startswith("="):
            op = "="
            t = t[1:]
        if t.endswith("及其以下"):
            op = "<="
            t = t[: -len("及其以下")]
        m = re.match(r"^(\d+(?:\.\d+)?)(.*)$", t)
        if m:
            val = float(m.group(1))
            val = int(val) if val.is_integer() else val
            unit = m.group(2) or None
        a = act.replace(" ", "")
        am = re.match(r"^(\d+(?:\.\d+)?)", a)
        actual = None
        if am and "及其以下" not in a:
            actual = float(am.group(1))
            actual = int(actual) if actual.is_integer() else actual
        out.append(ind(cat, None, name, op, val, unit, tgt, actual, w, sc))
    return out


SZ_GOLD["indicators"] = _sz_indicators()


# --------------------------------------------------------------------------
# 2. 湖北 省残疾人联合会 2017 残疾人事业宣传文化经费项目 绩效自评报告
#    (third-party-assisted self-evaluation report with a numbered target list)
# --------------------------------------------------------------------------

HB_FILE = "hb-dpf-publicity-culture-selfreport.docx"
HB_URL = "http://www.hbdpf.org.cn/xwzx/hzgw/166877.htm"

# (序号, 三级指标, 年度指标值)
HB_ROWS = [
    ("1", "全国助残日活动次数", "1次"),
    ("2", "报纸杂志专版专栏", "1个"),
    ("3", "电视专栏节目", "24期"),
    ("4", "广播专题节目", "104期"),
    ("5", "网络宣传平台", "1个"),
    ("6", "内部刊物", "12期"),
    ("7", "开展残疾人文化活动", "1"),
    ("8", "残疾人文化活动参与人数", "60人"),
    ("9", "举办宣文干部培训班次", "1次"),
    ("10", "全省残联宣文干部培训班参训人数", "60人"),
    ("11", "宣传覆盖面", "拓宽"),
    ("12", "残疾人文化活动参与率", "推动全省提高"),
    ("13", "全省残联宣文干部培训班培训合格率", "100%"),
    ("14", "全省残联宣文干部培训班参训学员工作积极性", "稳步提高"),
]


def build_hbdpf(out: Path) -> None:
    doc = Document()
    _para(doc, "湖北省残疾人事业宣传文化经费项目2017年度绩效自评报告",
          bold=True, size=14, center=True)
    _para(doc, "湖北省残疾人事业宣传文化经费项目", center=True)
    _para(doc, "2017年度绩效自评报告", center=True)
    _para(doc, "项目单位:湖北省残疾人联合会", center=True)
    _para(doc, "评价机构:湖北衡平楚天会计师事务有限公司", center=True)
    _para(doc, "2018年6月", center=True)
    _para(doc, "目  录", bold=True, center=True)
    _para(doc, "附件:残疾人事业宣传文化经费项目绩效目标自评表........................22")
    _para(doc, "一、基本情况", bold=True)
    _para(doc, "(一)预算情况", bold=True)
    _para(doc, "依据《关于2017年直属单位预算的批复》(鄂财预发[2017]3号),湖北省残疾人"
               "联合会(下称“省残联”)的“湖北省残疾人事业宣传文化工作经费项目”获批预算"
               "资金100万元,全部来自省级一般公共预算财政拨款。2017年的预算资金安排在三"
               "个方面:残疾人事业宣传74万元、残疾人文化建设14万元、全省残联宣文干部培训"
               "8万元,三者在当年预算资金中所占比重依次为74%、14%、8%。")
    _para(doc, "图1:湖北省残疾人事业宣传文化工作经费项目2017年度预算明细")
    _para(doc, "单位:万元")
    _para(doc, "(二)绩效目标情况", bold=True)
    _para(doc, "结合工作实际,省残联为本项目设定了绩效目标和指标,各项指标见下表。")
    _para(doc, "表1:湖北省残疾人事业宣传文化工作经费项目绩效目标", center=True)
    t = _docx_table(doc, 1 + len(HB_ROWS), 3)
    _cell(t, 0, 0, "序号", bold=True, center=True)
    _cell(t, 0, 1, "三级指标", bold=True, center=True)
    _cell(t, 0, 2, "年度指标值", bold=True, center=True)
    for i, (no, name, val) in enumerate(HB_ROWS, start=1):
        _cell(t, i, 0, no, center=True)
        _cell(t, i, 1, name)
        _cell(t, i, 2, val)
    _pin_docx(doc)
    doc.save(out)


def _hb_indicators():
    out = []
    for _, name, val in HB_ROWS:
        m = re.match(r"^(\d+(?:\.\d+)?)(.*)$", val)
        if m:
            v = float(m.group(1))
            v = int(v) if v.is_integer() else v
            out.append(ind(None, None, name, None, v, m.group(2) or None, val,
                           None, None, None))
        else:
            out.append(ind(None, None, name, None, None, None, val, None, None,
                           None))
    return out


HB_GOLD = {
    "source": HB_FILE,
    "source_urls": [HB_URL],
    "province": "湖北",
    "doc_kind": "自评报告 (省直项目, 会计师事务所协助; 绩效目标列表 序号/三级指标/年度指标值)",
    "patterns": [5, 6, 10],
    "indicators": _hb_indicators(),
    "goals": [],
    "facts": [
        {"metric": "项目预算资金 = 宣传 + 文化建设 + 宣文干部培训", "kind": "sum",
         "total": 100, "parts": [74, 14, 8], "unit": "万元"},
        {"metric": "预算资金比重", "kind": "sum", "total": 100,
         "parts": [74, 14, 8], "unit": "%"},
    ],
    "findings": [
        {"rule": "consistency.sum", "item": "项目预算资金 = 宣传 + 文化建设 + 宣文干部培训",
         "why": "the report gives a 100万元 budget split into 74 + 14 + 8 = 96万元; "
                "4万元 are not accounted for"},
        {"rule": "consistency.sum", "item": "预算资金比重",
         "why": "the stated shares 74% + 14% + 8% add up to 96%, not 100%"},
        {"rule": "target.missing_unit", "item": "开展残疾人文化活动",
         "why": "target is the bare number 1 with no unit (次/场/项), while every "
                "other count in the list carries one"},
        {"rule": "target.vague_wording", "item": "宣传覆盖面",
         "why": "target is the word 拓宽 with no number, baseline or scale"},
        {"rule": "target.vague_wording", "item": "残疾人文化活动参与率",
         "why": "a rate whose target is 推动全省提高: no percentage, no baseline"},
        {"rule": "target.vague_wording", "item": "全省残联宣文干部培训班参训学员工作积极性",
         "why": "target 稳步提高, no measure or scale"},
    ],
    "notes": (
        "Stored page: 湖北省残疾人联合会 site (计财处, 2018-09-25), the 2017 "
        "self-evaluation report of the 残疾人事业宣传文化经费 project written with "
        "湖北衡平楚天会计师事务有限公司. The page gives the cover block, one line of "
        "the table of contents (the attached 绩效目标自评表 on p.22), 一、基本情况 "
        "(一)预算情况 in prose (100万元 from 鄂财预发[2017]3号; 74/14/8万元 = 74%/"
        "14%/8%), the caption of 图1 (the chart itself is not on the page, so only "
        "the caption and '单位:万元' are kept) and 表1, a numbered list 序号/三级指标/"
        "年度指标值. The page ends at row 15 ('残疾人事业社会关…', name cut, no "
        "value); the document stops after row 14, so the table is cut and no "
        "coverage finding is made (the list has no 一级/二级 labels; 满意度 rows "
        "may follow the cut). level1/level2 are null: the list gives only 三级 names "
        "and mixes outputs and effects. Operators are null: values are bare "
        "('1次', '24期', '100%'). Judgement calls: 74+14+8 ≠ 100 is flagged twice "
        "(money and shares) because the report states both; '1' for 开展残疾人文化"
        "活动 is flagged for its missing unit; 拓宽/推动全省提高/稳步提高 as vague "
        "wording (they could also be read as qualitative_no_scale). Prose is "
        "reworded; names, amounts, document number and dates are as on the page."),
}


# --------------------------------------------------------------------------
# 3. 湖南 郴州 永兴县 银城公交 2022 老年人免费乘车补贴专项资金 绩效评价报告
#    (prose only)
# --------------------------------------------------------------------------

YX_FILE = "hn-yongxing-bus-fare-subsidy-report.docx"
YX_URL = ("http://yxx.gov.cn/gzdt/rdzt/53916/53921/57439/57501/57512/"
          "content_3658837.html")

YX_GOAL_TOTAL = ("让城区特殊群体人员(65周岁以上老年人、退伍享受优抚待遇人员、伤残军人、"
                 "一级残疾人、小学生)切实享受到我县的惠民政策,同时保障我司公交事业正常"
                 "发展。")
YX_GOAL_STAGE = ("按照永兴县人民政府和本公司的相关规定,65岁以上老年人持老年优待证、"
                 "残疾人持残疾证、退伍享受优抚待遇人员持优抚证,到政务中心本公司窗口即可"
                 "免费办理公交IC卡,乘车免费且不限次数;小学生持学生卡乘车享受5折优惠。")


def build_yongxing(out: Path) -> None:
    doc = Document()
    _para(doc, "2022年度银城公交老年人免费乘车补贴专项资金绩效评价报告", bold=True,
          size=14, center=True)
    _para(doc, "按照《永兴县财政局关于做好2022年度财政支出绩效评价工作的通知》"
               "(永财绩函〔2023〕7号)的要求,我司对2022年城市公交补贴专项资金开展了"
               "绩效评价,有关情况报告如下:")
    _para(doc, "一、公司基本情况", bold=True)
    _para(doc, "我司成立于2014年11月,由郴汽集团兼并原永兴县运输公司后组建,主业为"
               "道路运输。公司经营永兴城区(便江街道)以及金龟、黄泥、乌泥铺、湘阴渡等"
               "方向的城市公交客运,现有纯电动公交营运车辆56台、公交线路8条。公司一贯以"
               "“为更多旅客、游客提供更优质的服务”为理念,持续提高公交客运服务水平,为"
               "城区市民安全出行和城乡区域经济发展出力。")
    _para(doc, "二、专项资金概况", bold=True)
    _para(doc, "(一)资金来源:依据永兴县人民政府会议纪要,我司每年获得老年人免费乘车"
               "补贴专项资金280万元,由县财政统一拨付。")
    _para(doc, "(二)专项资金预期目标完成情况")
    _para(doc, "1.项目绩效总目标:" + YX_GOAL_TOTAL)
    _para(doc, "2.项目绩效阶段性目标:" + YX_GOAL_STAGE)
    _para(doc, "3.预期各项效益指标")
    _para(doc, "经济效益:城区学生出行成本节约110.37万元,免费乘车老年人出行成本节约"
               "248.85万元,优抚人员出行成本节约7.62万元,特殊群体出行成本合计节约"
               "366.84万元。")
    _pin_docx(doc)
    doc.save(out)


YX_GOLD = {
    "source": YX_FILE,
    "source_urls": [YX_URL],
    "province": "湖南",
    "doc_kind": "评价报告 (公交企业对专项补贴资金的绩效评价报告, 纯文字)",
    "patterns": [10],
    "indicators": [],
    "goals": [
        {"kind": "总体目标", "text": YX_GOAL_TOTAL},
        {"kind": "目标", "text": YX_GOAL_STAGE},
    ],
    "facts": [
        {"metric": "特殊群体出行成本节约合计", "kind": "sum", "total": 366.84,
         "parts": [110.37, 248.85, 7.62], "unit": "万元"},
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": YX_GOAL_TOTAL,
         "why": "the overall goal names the groups but sets no number: no riders, "
                "trips, coverage or subsidy standard"},
        {"rule": "goal.process_only", "item": YX_GOAL_STAGE,
         "why": "the 'stage goal' only restates how cards are issued and who rides "
                "free or at half fare; it sets no result to reach"},
    ],
    "notes": (
        "Stored page: 永兴县 (郴州, 湖南) government site, 县道路运输服务中心, "
        "published 2023-11-03: the 2022 performance-evaluation report written by "
        "the bus company (银城公交) on its 老年人免费乘车补贴 special fund (280万元 a "
        "year by county meeting minutes). Prose only, no indicator table on the "
        "stored page, which ends after '3.预期各项效益指标 … 经济效益' (366.84万元); the "
        "document stops there. Sentences reworded; names, places, 56 buses, 8 "
        "routes, 2014-11, 永财绩函〔2023〕7号, 280, 110.37, 248.85, 7.62 and 366.84万元 "
        "as on the page. The three savings add up (110.37 + 248.85 + 7.62 = 366.84), "
        "so the sum fact is consistent. The title speaks of elderly free rides "
        "while the evaluation covers all 城市公交补贴 and pupils ride at half fare; "
        "not a listed rule, not flagged. No coverage finding: there is no indicator "
        "table. Only one of this part's prose documents."),
}


# --------------------------------------------------------------------------
# 4. 安徽 六安 金安区农业农村局 2023 土地确权服务器托管及数据维护
#    项目支出绩效目标表 (a tender-notice aggregator's copy; its title says
#    绩效自评表)
# --------------------------------------------------------------------------

JA_FILE = "ah-jinan-land-rights-server-targets.xlsx"
JA_URL = "https://m.bidcenter.com.cn/news-6-216464175.html"

JA_GOAL = ("依据《金安区土地确权三级业务系统服务器托管协议》、《金安区农村土地确权变更"
           "数据维护服务合同》和《 (略) 农业农村厅关 (略) 农村土地承包数据互联互通试点"
           "工作方案的通知》(皖农政改函〔2022〕929号)等:2台服务器托管服务费10320元/年,"
           "2023年须一并支付2022年的费用;土地确权系统建设、数据维护、变更业务和地块补充"
           "测绘费用9.5万元/年;以上全部列入年度预算。")

# (一级, 二级, 三级, 指标值); None = cell left empty on the page
JA_ROWS = [
    ("产出指标", "数量指标", "提供服务器托管服务台数", "2台"),
    ("产出指标", "数量指标", "数据维护次数", "≥20次"),
    ("产出指标", "质量指标", "托管服务器正常运转率", "≥95%"),
    ("产出指标", "质量指标", "土地确权数据维护率", "≥95%"),
    ("产出指标", "质量指标", "土地确权变更业务完成率", "≥95%"),
    ("产出指标", "时效指标", "土地确权变更业务办理时间", "年底前"),
    ("产出指标", "时效指标", "土地确权数据维护时间", "故障发生后一周内"),
    ("产出指标", "成本指标", "托管服务器服务成本", "10320/年"),
    ("产出指标", "成本指标", "土地确权数据维护与汇交试点成本", "70000元/年"),
    ("产出指标", "成本指标", "地块补充调查测绘成本", "25000元/年"),
    ("产出指标", "成本指标", "…", None),
    ("效益指标", "经济效益指标", "该指标不适用本项目", "不涉及"),
]


def build_jinan(out: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    s = Sheet(ws, 5, [10, 12, 16, 34, 22])
    s.put(1, 1, "2023年金安区土地确权三级业务系统服务器托管服务和确权数据变更及维护"
                "项目绩效自评表", c2=5, bold=True, border=False)
    s.put(2, 1, "项目支出绩效目标表", c2=5, center=True, bold=True, border=False)
    s.put(3, 1, "(2023年度)", c2=5, center=True, border=False)
    s.put(4, 1, "项目名称")
    s.put(4, 2, "金安区土地确权三级业务系统服务器托管服务和确权数据变更及维护", c2=5)
    s.put(5, 1, "主管部门 及代码")
    s.put(5, 2, "[201] (略) 金安区农业农村局", c2=3)
    s.put(5, 4, "实施单位")
    s.put(5, 5, "金安区农业农村局")
    s.put(6, 1, "项目来源")
    s.put(6, 2, "本级申报项目", c2=3)
    s.put(6, 4, "项目期")
    s.put(6, 5, "1年")
    s.put(7, 1, "项目资金 (万元)", r2=10)
    for i, (lab, val) in enumerate([("年度资金总额:", 11.564),
                                    ("其中:财政拨款", 11.564),
                                    ("上年结转", None), ("其他资金", None)]):
        s.put(7 + i, 2, lab, c2=3)
        s.put(7 + i, 4, val, c2=5)
    s.put(11, 1, "年度 目标")
    s.put(11, 2, JA_GOAL, c2=5)
    ws.row_dimensions[11].height = 90
    h = 12
    last = h + len(JA_ROWS)
    s.put(h, 1, "绩 效 指 标", r2=last, center=True)
    s.row(h, ["一级 指标", "二级指标", "三级指标", "指标值"], start=2, center=True,
          bold=True)
    first = h + 1
    # merge 一级 and 二级 labels down their runs
    for col, key in ((2, 0), (3, 1)):
        r = first
        runs = []
        for row in JA_ROWS:
            lab = row[key] if key == 0 else (row[0], row[1])
            if runs and runs[-1][0] == lab:
                runs[-1][2] = r
            else:
                runs.append([lab, r, r])
            r += 1
        for lab, r1, r2 in runs:
            text = lab if key == 0 else lab[1]
            s.put(r1, col, text, r2=r2, center=True)
    for i, (_, _, name, val) in enumerate(JA_ROWS):
        rr = first + i
        s.put(rr, 4, name)
        s.put(rr, 5, val)
    _pin_xlsx(wb)
    wb.save(out)


def _ja_indicators():
    spec = {
        "提供服务器托管服务台数": (None, 2, "台"),
        "数据维护次数": (">=", 20, "次"),
        "托管服务器正常运转率": (">=", 95, "%"),
        "土地确权数据维护率": (">=", 95, "%"),
        "土地确权变更业务完成率": (">=", 95, "%"),
        "土地确权变更业务办理时间": (None, None, None),
        "土地确权数据维护时间": ("<=", 1, "周"),
        "托管服务器服务成本": (None, 10320, "/年"),
        "土地确权数据维护与汇交试点成本": (None, 70000, "元/年"),
        "地块补充调查测绘成本": (None, 25000, "元/年"),
    }
    out = []
    for l1, l2, name, val in JA_ROWS:
        if name not in spec:
            continue  # '…' placeholder row and the 不适用 row are not indicators
        op, v, u = spec[name]
        out.append(ind(l1, l2, name, op, v, u, val, None, None, None))
    return out


JA_GOLD = {
    "source": JA_FILE,
    "source_urls": [JA_URL],
    "province": "安徽",
    "doc_kind": "绩效目标表 (项目支出绩效目标表, 标题写作绩效自评表)",
    "patterns": [1, 6, 8, 10],
    "indicators": _ja_indicators(),
    "goals": [{"kind": "年度目标", "text": JA_GOAL}],
    "facts": [
        {"metric": "年度资金总额 = 2台服务器托管(2022、2023两年) + 确权维护测绘",
         "kind": "sum", "total": 11.564, "parts": [1.032, 1.032, 9.5],
         "unit": "万元"},
        {"metric": "确权维护测绘费用 9.5万元/年 = 维护与汇交试点 + 补充调查测绘",
         "kind": "sum", "total": 95000, "parts": [70000, 25000], "unit": "元"},
    ],
    "findings": [
        {"rule": "goal.budget_text", "item": JA_GOAL,
         "why": "the only 年度目标 lists contracts and what each fee costs "
                "(10320元/年, 9.5万元/年) and that all are budgeted; it states no "
                "output or effect"},
        {"rule": "target.missing_unit", "item": "托管服务器服务成本",
         "why": "value '10320/年' has no currency unit, unlike the two cost rows "
                "below it (元/年)"},
        {"rule": "target.placeholder", "item": "…",
         "why": "a template row '…' is left in the 成本指标 block with no name or "
                "value"},
    ],
    "notes": (
        "Stored page: bidcenter (招标采购导航网) copy of a 金安区 (六安, 安徽) notice; "
        "its title calls it a 2023 绩效自评表 but the table is the 项目支出绩效目标表 "
        "(2023年度) with targets only, no actual values or scores; the document "
        "keeps both titles. The aggregator hides some words as '(略)' (in the "
        "主管部门 cell and in the name of the provincial notice inside the 年度目标); "
        "these are kept as found. The 年度目标 is reworded with the same contract "
        "names, document number and amounts. The page ends at the 社会效益指标 "
        "row whose name is cut after '提'; the document stops after the 经济效益指标 "
        "row ('该指标不适用本项目 / 不涉及'), which is kept in the sheet but not "
        "counted as an indicator, like the '…' template row of 成本指标 (flagged "
        "as placeholder). No coverage finding: the table is cut inside 效益指标 and "
        "满意度 would follow. Operators: '2台' bare → null; '≥' → '>='; '故障发生后"
        "一周内' → '<=' 1 周 (以内 reading); '年底前' is a deadline with no number "
        "(value null; not flagged as time_no_deadline since year-end of the 2023 "
        "form is a deadline). Money facts are consistent: 2 × 10320 + 95000 = "
        "115640元 = 11.564万元 (the goal says the 2022 fee is paid in 2023 as well) "
        "and 70000 + 25000 = 95000元 = the 9.5万元/年 of the goal. Units kept as "
        "written ('10320/年' → unit '/年')."),
}


# --------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------

DOCS = [
    (SZ_FILE, build_suzhou, SZ_GOLD),
    (HB_FILE, build_hbdpf, HB_GOLD),
    (YX_FILE, build_yongxing, YX_GOLD),
    (JA_FILE, build_jinan, JA_GOLD),
]


def _export_pdf(src: Path) -> Path:
    with tempfile.TemporaryDirectory() as td:
        prof = Path(td) / "profile"
        cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
               "--convert-to", "pdf", "--outdir", str(src.parent), str(src)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=240)
    return src.with_suffix(".pdf")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--no-pdf", action="store_true")
    ap.add_argument("--only", default=None)
    args = ap.parse_args(argv)
    ANN.mkdir(exist_ok=True)
    for fname, builder, gold in DOCS:
        if args.only and args.only not in fname:
            continue
        out = HERE / fname
        builder(out)
        _normalise_zip(out)
        (ANN / f"{fname}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
            encoding="utf-8")
        if not args.no_pdf:
            pdf = _export_pdf(out)
            g2 = dict(gold)
            g2["source"] = pdf.name
            (ANN / f"{pdf.name}.json").write_text(
                json.dumps(g2, ensure_ascii=False, indent=1) + "\n",
                encoding="utf-8")
        print("wrote", fname)
    return 0


if __name__ == "__main__":
    sys.exit(main())
