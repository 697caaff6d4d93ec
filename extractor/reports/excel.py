"""The coverage report as an Excel workbook: one sheet per view, frozen headers, filters, readable widths."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from .coverage import DIMENSIONS, LINK_MARK, ReportData

SHEETS = ("概览", "维度覆盖", "目标指标矩阵", "问题清单", "指标明细", "文件状态")
MAX_WIDTH = 60
MIN_WIDTH = 6
WRAP_COLUMNS = ("问题说明", "证据", "修改建议", "目标内容", "说明", "偏差原因", "三级指标", "指标名称")
HEADER_FILL = "DDEBF7"
MISSING_FILL = "F8CBAD"
COVERED_FILL = "C6EFCE"
ERROR_FILL = "F8CBAD"
WARNING_FILL = "FFEB9C"


def text_width(value) -> int:
    """Display width in Excel columns: CJK characters count twice."""
    text = "" if value is None else str(value)
    longest = max((line for line in text.split("\n")), key=len, default="")
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in longest)


def write_excel(data: ReportData, path: str | Path) -> Path:
    from openpyxl import Workbook

    from ..outputs import atomic_write

    wb = Workbook()
    wb.remove(wb.active)
    _overview_sheet(wb, data)
    _table_sheet(wb, "维度覆盖", data.dimensions, fills=_dimension_fills)
    _matrix_sheet(wb, data)
    _table_sheet(wb, "问题清单", data.findings, fills=_severity_fills)
    _table_sheet(wb, "指标明细", data.indicators, fills=_achievement_fills)
    _table_sheet(wb, "文件状态", data.files, fills=_status_fills)
    wb.properties.title = data.title
    wb.properties.creator = "jixiao"
    return atomic_write(path, lambda tmp: wb.save(tmp))


def _header_style(cell) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    cell.font = Font(bold=True)
    cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
    cell.alignment = Alignment(vertical="center", wrap_text=True)


def _cell_value(value):
    if value is None:
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    if hasattr(value, "item"):
        return value.item()
    return value


def _write_frame(ws, frame: pd.DataFrame, start_row: int = 1, fills=None) -> int:
    """Header and rows of ``frame`` from ``start_row``; returns the last row written."""
    from openpyxl.styles import Alignment, PatternFill

    for c, name in enumerate(frame.columns, 1):
        _header_style(ws.cell(row=start_row, column=c, value=str(name)))
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    has_wrapped = any(c in WRAP_COLUMNS for c in frame.columns)  # top-align only where rows grow tall
    for r, row in enumerate(frame.itertuples(index=False), start_row + 1):
        for c, value in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=_cell_value(value))
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # a target like "=6个" is text, never a formula
            if has_wrapped:
                cell.alignment = wrap if frame.columns[c - 1] in WRAP_COLUMNS else top
        if fills:
            for c, color in fills(frame.columns, row):
                ws.cell(row=r, column=c).fill = PatternFill("solid", fgColor=color)
    return start_row + len(frame)


def _fit_widths(ws, frames_columns: list[tuple[list, list]]) -> None:
    from openpyxl.utils import get_column_letter

    widths: dict[int, int] = {}
    for columns, rows in frames_columns:
        for c, name in enumerate(columns, 1):
            best = max([text_width(name)] + [text_width(row[c - 1]) for row in rows[:500]])
            widths[c] = max(widths.get(c, 0), best)
    for c, width in widths.items():
        ws.column_dimensions[get_column_letter(c)].width = max(MIN_WIDTH, min(MAX_WIDTH, width + 2))


def _table_sheet(wb, title: str, frame: pd.DataFrame, fills=None) -> None:
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(title)
    last = _write_frame(ws, frame, fills=fills)
    ws.freeze_panes = "A2"
    if len(frame.columns):
        ws.auto_filter.ref = f"A1:{get_column_letter(len(frame.columns))}{max(last, 1)}"
    _fit_widths(ws, [(list(frame.columns), [list(r) for r in frame.itertuples(index=False)])])


def _overview_sheet(wb, data: ReportData) -> None:
    from openpyxl.styles import Font

    ws = wb.create_sheet("概览")
    ws.cell(row=1, column=1, value=data.title).font = Font(bold=True, size=14)
    overview = pd.DataFrame(data.overview, columns=["项目", "数量"])
    row = _write_frame(ws, overview, start_row=3) + 2
    row = _write_frame(ws, data.severity_counts, start_row=row) + 2
    row = _write_frame(ws, data.status_counts, start_row=row) + 2
    _write_frame(ws, data.rule_counts, start_row=row)
    frames = [overview, data.severity_counts, data.status_counts, data.rule_counts]
    _fit_widths(ws, [(list(f.columns), [list(r) for r in f.itertuples(index=False)]) for f in frames])
    ws.column_dimensions["A"].width = max(ws.column_dimensions["A"].width, 24)


def _matrix_sheet(wb, data: ReportData) -> None:
    """All projects one below the other: a title row, the goal legend, then the indicator × goal matrix."""
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet("目标指标矩阵")
    row = 1
    shapes = []
    if not data.matrices:
        ws.cell(row=1, column=1, value="没有识别到目标或指标")
    for pm in data.matrices:
        ws.cell(row=row, column=1, value=f"项目：{pm.project}").font = Font(bold=True, size=12)
        row = _write_frame(ws, pm.goals, start_row=row + 1, fills=_goal_fills) + 2
        last = _write_frame(ws, pm.matrix, start_row=row, fills=_matrix_fills)
        center = Alignment(horizontal="center", vertical="top")
        goal_cols = [c for c, name in enumerate(pm.matrix.columns, 1) if str(name).startswith("目标")]
        for r in range(row + 1, last + 1):
            for c in goal_cols:
                ws.cell(row=r, column=c).alignment = center
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
    ws.sheet_view.zoomScale = 90


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
