"""The coverage report as an Excel workbook: one sheet per view, frozen headers, filters, readable widths,
and print-ready pages (landscape, one page wide, header row repeated, wrapped text with row heights).

Two runs over the same input give byte-identical files: the workbook's dates are the run's time taken from
the input (:mod:`.runinfo`) and the ZIP entries carry that time too. Characters Excel cannot store (control
characters from a document) are shown as ``�`` instead of failing the whole workbook.
"""
from __future__ import annotations

import math
import re
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from .coverage import DIMENSIONS, LINK_MARK, ReportData

SHEETS = ("概览", "项目汇总", "问题清单", "提示信息", "缺失与未报告", "维度覆盖", "目标指标矩阵", "指标明细", "文件状态")
MAX_WIDTH = 60
MAX_WRAPPED_WIDTH = 40  # wide text columns wrap at this width so a findings row fits a landscape page
MAX_PLAIN_WIDTH = 26
MIN_WIDTH = 6
LINE_HEIGHT = 16.5  # points per wrapped line of 11-point CJK text
CJK_SPREAD = 1.15  # CJK glyphs are a little wider than two digits in Excel and LibreOffice
WRAP_COLUMNS = ("问题说明", "原文", "修改建议", "目标内容", "说明", "偏差原因", "三级指标", "指标名称", "整改要求", "问题",
                "实际值来源", "位置", "文件", "技术细节", "名称", "项目", "主管部门", "实施单位", "指标值（申报）",
                "实际完成值", "类型", "缺失维度")
# widest a column gets, so that a table sheet printed one page wide stays readable (about 180 characters across)
COLUMN_MAX_WIDTHS = {"项目": 14, "主管部门": 12, "实施单位": 12, "文件": 20, "位置": 18, "严重程度": 6, "问题": 14,
                     "问题说明": 30, "原文": 24, "修改建议": 30, "实际值来源": 24, "三级指标": 16, "名称": 20,
                     "说明": 24, "技术细节": 30, "指标值（申报）": 12, "实际完成值": 12, "偏差原因": 24, "类型": 14,
                     "单位": 10, "一级指标": 10, "二级指标": 14, "维度": 6, "缺失维度": 16}
WIDE_FILE_LISTS = {"文件": 48}  # 项目汇总 lists all files of a project
SCREEN_ONLY_COLUMNS = ("规则", "引用")  # machine ids: on screen, left out of the printed page when they come last
HEADER_FILL = "DDEBF7"
MISSING_FILL = "F8CBAD"
COVERED_FILL = "C6EFCE"
ERROR_FILL = "F8CBAD"
WARNING_FILL = "FFEB9C"
REPLACEMENT = "\ufffd"
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
FIXED_EPOCH = datetime(1980, 1, 1, tzinfo=timezone.utc)


def text_width(value) -> int:
    """Display width in Excel columns: CJK characters count twice."""
    text = "" if value is None else str(value)
    longest = max((line for line in text.split("\n")), key=len, default="")
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in longest)


def excel_text(value):
    """A value Excel can store: control characters (``\\x01``, NUL) from documents become ``�``."""
    if isinstance(value, str) and _ILLEGAL.search(value):
        return _ILLEGAL.sub(REPLACEMENT, value)
    return value


def visible(frame: pd.DataFrame) -> pd.DataFrame:
    """The columns people see (hidden helper columns start with ``_``)."""
    return frame[[c for c in frame.columns if not str(c).startswith("_")]]


def write_excel(data: ReportData, path: str | Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    _overview_sheet(wb, data)
    _table_sheet(wb, "项目汇总", data.projects, max_widths=WIDE_FILE_LISTS)
    _table_sheet(wb, "问题清单", data.findings, fills=_severity_fills)
    _table_sheet(wb, "提示信息", data.info_findings, fills=_severity_fills)
    _table_sheet(wb, "缺失与未报告", data.gaps)
    _table_sheet(wb, "维度覆盖", data.dimensions, fills=_dimension_fills)
    _matrix_sheet(wb, data)
    _table_sheet(wb, "指标明细", data.indicators, fills=_achievement_fills)
    _table_sheet(wb, "文件状态", data.files, fills=_status_fills)
    wb.properties.title = data.title
    return save_workbook(wb, path, data.made_at)


def save_workbook(wb, path: str | Path, made_at: datetime | None) -> Path:
    """Save ``wb`` atomically with fixed dates, so the same content gives the same bytes."""
    from ..outputs import atomic_write

    when = (made_at or FIXED_EPOCH).astimezone(timezone.utc)
    wb.properties.creator = "jixiao"
    wb.properties.created = wb.properties.modified = when.replace(tzinfo=None)

    def write(tmp: Path) -> None:
        wb.save(tmp)
        _stamp_zip(tmp, when)

    return atomic_write(path, write)


_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def _stamp_zip(path: Path, when: datetime) -> None:
    """Rewrite the ZIP with every entry dated ``when``: openpyxl dates the entries, and the workbook's
    ``modified`` property, with the clock at saving time."""
    stamp = max(when, FIXED_EPOCH).timetuple()[:6]
    iso = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(path) as src:
        entries = [(info, src.read(info)) for info in src.infolist()]
    entries = [(info, _MODIFIED.sub(rb"\g<1>" + iso + rb"\g<2>", payload) if info.filename == "docProps/core.xml"
                else payload) for info, payload in entries]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info, payload in entries:
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, payload)


def _header_style(cell) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    cell.font = Font(bold=True)
    cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
    cell.alignment = Alignment(vertical="center", wrap_text=True)


def _cell_value(value):
    if value is None:
        return None
    if isinstance(value, (list, tuple, dict)):
        return excel_text(str(value))
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    if hasattr(value, "item"):
        return value.item()
    return excel_text(value)


class CellStyles:
    """Cell formats (border, alignment, fill) applied by copying a prepared style: setting openpyxl style
    objects cell by cell costs a hash of every object each time, about 0.2 s per document at scale."""

    def __init__(self) -> None:
        from openpyxl.styles import Border, Side

        thin = Side(style="thin", color="A6A6A6")
        self.box = Border(left=thin, right=thin, top=thin, bottom=thin)  # printed tables need their grid
        self._cache: dict[tuple, object] = {}

    def apply(self, cell, wrap: bool | None, fill: str | None = None, center: bool = False) -> None:
        """``wrap``: True wraps, False aligns to the top, None leaves the alignment; ``fill``: a colour;
        ``center``: centred at the top (the marks of a matrix)."""
        from copy import copy

        from openpyxl.styles import Alignment, PatternFill

        key = (wrap, fill, center)
        if key in self._cache:
            cell._style = copy(self._cache[key])
            return
        cell.border = self.box
        if center:
            cell.alignment = Alignment(horizontal="center", vertical="top")
        elif wrap is not None:
            cell.alignment = Alignment(wrap_text=True, vertical="top") if wrap else Alignment(vertical="top")
        if fill:
            cell.fill = PatternFill("solid", fgColor=fill)
        self._cache[key] = copy(cell._style)


def _write_frame(ws, frame: pd.DataFrame, start_row: int = 1, fills=None, center=lambda name: False) -> int:
    """Header and rows of ``frame`` (visible columns) from ``start_row``; returns the last row written.
    ``center(column)``: whether a column's cells are centred."""
    frame = visible(frame)
    styles = CellStyles()
    for c, name in enumerate(frame.columns, 1):
        _header_style(ws.cell(row=start_row, column=c, value=str(name)))
        ws.cell(row=start_row, column=c).border = styles.box
    has_wrapped = any(c in WRAP_COLUMNS for c in frame.columns)  # top-align only where rows grow tall
    wraps = [(name in WRAP_COLUMNS) if has_wrapped else None for name in frame.columns]
    centred = [center(name) for name in frame.columns]
    for r, row in enumerate(frame.itertuples(index=False), start_row + 1):
        colours = dict(fills(frame.columns, row)) if fills else {}
        for c, value in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=_cell_value(value))
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # a target like "=6个" is text, never a formula
            styles.apply(cell, wraps[c - 1], colours.get(c), centred[c - 1])
    return start_row + len(frame)


def _fit_widths(ws, frames_columns: list[tuple[list, list]], max_widths: dict | None = None) -> dict[int, float]:
    from openpyxl.utils import get_column_letter

    widths: dict[int, int] = {}
    limits: dict[int, int] = {}
    for columns, rows in frames_columns:
        for c, name in enumerate(columns, 1):
            best = max([text_width(name)] + [text_width(row[c - 1]) for row in rows[:500]])
            widths[c] = max(widths.get(c, 0), best)
            limit = ({**COLUMN_MAX_WIDTHS, **(max_widths or {})}.get(name)
                     or (MAX_WRAPPED_WIDTH if name in WRAP_COLUMNS else MAX_PLAIN_WIDTH))
            limits[c] = max(limits.get(c, 0), limit)
    out = {}
    for c, width in widths.items():
        out[c] = max(MIN_WIDTH, min(limits[c], MAX_WIDTH, width + 2))
        ws.column_dimensions[get_column_letter(c)].width = out[c]
    return out


def _row_heights(ws, frame: pd.DataFrame, widths: dict[int, float], start_row: int = 1) -> None:
    """Rows as tall as their wrapped text (Excel does not grow rows written by a program)."""
    frame = visible(frame)
    if not any(name in WRAP_COLUMNS for name in frame.columns):
        return
    for r, row in enumerate(frame.itertuples(index=False), start_row + 1):
        height = row_height(list(frame.columns), list(row), widths)
        if height:
            ws.row_dimensions[r].height = height


def row_height(columns: list[str], values: list, widths: dict[int, float]) -> float | None:
    """The height (points) that shows every wrapped cell of a row in full; ``None`` for one line."""
    lines = 1
    for c, (name, value) in enumerate(zip(columns, values), 1):
        if name not in WRAP_COLUMNS or value is None:
            continue
        usable = max(1.0, widths.get(c, MAX_WRAPPED_WIDTH) - 1.5)
        parts = str(value).split("\n")
        lines = max(lines, sum(max(1, math.ceil(text_width(part) * CJK_SPREAD / usable)) for part in parts))
    return min(409, lines * LINE_HEIGHT + 3) if lines > 1 else None


def print_setup(ws, title: str, repeat_rows: str | None = "1:1") -> None:
    """Landscape A4, one page wide, header row on every page, page numbers in the footer."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    if repeat_rows:
        ws.print_title_rows = repeat_rows
    ws.print_options.gridLines = False
    ws.oddHeader.center.text = excel_text(title)
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"


def _table_sheet(wb, title: str, frame: pd.DataFrame, fills=None, max_widths: dict | None = None) -> None:
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(title)
    shown = visible(frame)
    last = _write_frame(ws, shown, fills=fills)
    ws.freeze_panes = "A2"
    if len(shown.columns):
        ws.auto_filter.ref = f"A1:{get_column_letter(len(shown.columns))}{max(last, 1)}"
    widths = _fit_widths(ws, [(list(shown.columns), [list(r) for r in shown.itertuples(index=False)])], max_widths)
    _row_heights(ws, shown, widths)
    header = max([1] + [math.ceil(text_width(c) / max(1.0, widths.get(n, 10) - 1))
                        for n, c in enumerate(shown.columns, 1)])
    if header > 1:
        ws.row_dimensions[1].height = header * LINE_HEIGHT + 3
    if shown.empty:
        ws.cell(row=2, column=1, value="（无）")
    print_setup(ws, title)
    printed = list(shown.columns)
    while printed and printed[-1] in SCREEN_ONLY_COLUMNS:
        printed.pop()
    if printed and len(printed) < len(shown.columns):
        ws.print_area = f"A1:{get_column_letter(len(printed))}{max(last, 1)}"


def _overview_sheet(wb, data: ReportData) -> None:
    from openpyxl.styles import Font

    ws = wb.create_sheet("概览")
    ws.cell(row=1, column=1, value=data.title).font = Font(bold=True, size=14)
    row = 3
    for label, value in data.header:
        ws.cell(row=row, column=1, value=label).font = Font(bold=True)
        ws.cell(row=row, column=2, value=excel_text(value))
        row += 1
    overview = pd.DataFrame(data.overview, columns=["项目", "数量"])
    row = _write_frame(ws, overview, start_row=row + 1) + 2
    row = _write_frame(ws, data.severity_counts, start_row=row) + 2
    row = _write_frame(ws, data.status_counts, start_row=row) + 2
    _write_frame(ws, data.rule_counts, start_row=row)
    frames = [overview, data.severity_counts, data.status_counts, data.rule_counts]
    _fit_widths(ws, [(list(f.columns), [list(r) for r in f.itertuples(index=False)]) for f in frames])
    ws.column_dimensions["A"].width = max(ws.column_dimensions["A"].width, 24)
    ws.column_dimensions["B"].width = max(ws.column_dimensions["B"].width, 16)
    print_setup(ws, data.title, repeat_rows=None)
    ws.page_setup.orientation = "portrait"


def _matrix_sheet(wb, data: ReportData) -> None:
    """All projects one below the other: a title row, the goal legend, then the indicator × goal matrix."""
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet("目标指标矩阵")
    row = 1
    shapes = []
    if not data.matrices:
        ws.cell(row=1, column=1, value="没有识别到目标或指标")
    legends = []
    for pm in data.matrices:
        ws.cell(row=row, column=1, value=excel_text(f"项目：{pm.project}")).font = Font(bold=True, size=12)
        legends.append((pm.goals, row + 1))
        row = _write_frame(ws, pm.goals, start_row=row + 1, fills=_goal_fills) + 2
        last = _write_frame(ws, pm.matrix, start_row=row, fills=_matrix_fills,
                            center=lambda name: str(name).startswith("目标"))
        goal_cols = [c for c, name in enumerate(pm.matrix.columns, 1) if str(name).startswith("目标")]
        for c in goal_cols:
            ws.cell(row=row, column=c).alignment = Alignment(horizontal="center", vertical="center")
        row = last + 3
        shapes.append((list(pm.matrix.columns), [list(x) for x in pm.matrix.itertuples(index=False)]))
    ws.freeze_panes = "E1"  # keep file and indicator names visible while scrolling across goals
    _fit_widths(ws, shapes)
    for pm in data.matrices:  # the legend's text column shares column D with 指标名称: keep it readable
        for c, name in enumerate(pm.matrix.columns, 1):
            if str(name).startswith("目标"):
                ws.column_dimensions[get_column_letter(c)].width = 8
    ws.column_dimensions["D"].width = max(ws.column_dimensions["D"].width or 0, 40)
    widths = {c: ws.column_dimensions[get_column_letter(c)].width for c in range(1, 6)}
    for goals, start in legends:  # goal texts wrap in column D: rows as tall as their text
        _row_heights(ws, goals, widths, start_row=start)
    ws.sheet_view.zoomScale = 90
    print_setup(ws, "目标指标矩阵", repeat_rows=None)


def _dimension_fills(columns, row):
    if not any(row[c] for c, name in enumerate(columns) if name in DIMENSIONS):
        return  # no indicator with a dimension (a contract, a score-table-only report): no colour
    for c, name in enumerate(columns, 1):
        if name in DIMENSIONS:
            yield c, COVERED_FILL if row[c - 1] else MISSING_FILL


def _severity_fills(columns, row):
    c = list(columns).index("严重程度") + 1
    color = {"错误": ERROR_FILL, "警告": WARNING_FILL}.get(row[c - 1])
    if color:
        yield c, color


def _achievement_fills(columns, row):
    c = list(columns).index("达成情况") + 1
    color = {"达成": COVERED_FILL, "未达成": MISSING_FILL}.get(row[c - 1])
    if color:
        yield c, color


def _status_fills(columns, row):
    c = list(columns).index("状态") + 1
    color = {"失败": ERROR_FILL, "部分成功": WARNING_FILL, "成功": COVERED_FILL}.get(row[c - 1])
    if color:
        yield c, color


def _goal_fills(columns, row):
    c = list(columns).index("关联指标数") + 1
    if not row[c - 1]:
        yield c, MISSING_FILL


def _matrix_fills(columns, row):
    for c, name in enumerate(columns, 1):
        if str(name).startswith("目标") and row[c - 1] == LINK_MARK:
            yield c, COVERED_FILL
    c = list(columns).index("关联目标数") + 1
    if not row[c - 1]:
        yield c, MISSING_FILL
