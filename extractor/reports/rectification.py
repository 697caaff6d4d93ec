"""整改清单: the rectification list sent back to departments — errors and warnings only, what to fix and where.

One sheet per 主管部门, or, with few departments, one sheet grouped by department. The columns
整改时限 and 整改情况 are left empty for the department to fill in. Print-ready like the report.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from .coverage import ReportData
from .projects import UNKNOWN_DEPARTMENT

COLUMNS = ["序号", "项目", "文件", "位置", "问题", "原文", "整改要求", "整改时限", "整改情况"]
WIDTHS = {"序号": 6, "项目": 18, "文件": 18, "位置": 18, "问题": 36, "原文": 30, "整改要求": 40, "整改时限": 12,
          "整改情况": 24}
FEW_DEPARTMENTS = 3  # up to this many departments share one sheet, grouped
TITLE = "绩效目标整改清单"
MAX_SHEET_NAME = 31
GROUP_FILL = "F2F2F2"
_SHEET_FORBIDDEN = str.maketrans({c: "_" for c in "[]:*?/\\"})


def rectification_rows(data: ReportData) -> dict[str, pd.DataFrame]:
    """``{department: rows}`` of the errors and warnings, departments in name order (unknown last)."""
    findings = data.findings
    groups: dict[str, list[dict]] = {}
    for _, f in findings.iterrows():
        department = f["主管部门"] or f["实施单位"] or UNKNOWN_DEPARTMENT
        groups.setdefault(department, []).append({
            "项目": f["项目"],
            "文件": f["文件"],
            "位置": f["位置"],
            "问题": f"【{f['严重程度']}】{f['问题说明']}",
            "原文": f["原文"],
            "整改要求": f["修改建议"],
            "整改时限": "",
            "整改情况": "",
        })
    out = {}
    for department in sorted(groups, key=lambda d: (d == UNKNOWN_DEPARTMENT, d)):
        frame = pd.DataFrame(groups[department], columns=COLUMNS[1:])
        frame.insert(0, "序号", range(1, len(frame) + 1))
        out[department] = frame
    return out


def write_rectification(data: ReportData, path: str | Path) -> Path:
    from openpyxl import Workbook

    from .excel import save_workbook

    wb = Workbook()
    wb.remove(wb.active)
    groups = rectification_rows(data)
    if not groups:
        _sheet(wb, TITLE, data, [("", pd.DataFrame(columns=COLUMNS))])
    elif len(groups) <= FEW_DEPARTMENTS:
        _sheet(wb, TITLE, data, list(groups.items()))
    else:
        for name, (department, rows) in zip(sheet_names(list(groups)), groups.items()):
            _sheet(wb, name, data, [(department, rows)])
    wb.properties.title = TITLE
    return save_workbook(wb, path, data.made_at)


def sheet_names(departments: list[str]) -> list[str]:
    """Valid, unique Excel sheet names (31 characters, none of ``[]:*?/\\``)."""
    names, seen = [], set()
    for department in departments:
        base = department.translate(_SHEET_FORBIDDEN).strip("'") or "未识别"
        name, n = base[:MAX_SHEET_NAME], 2
        while name in seen:
            suffix = f"~{n}"
            name, n = base[: MAX_SHEET_NAME - len(suffix)] + suffix, n + 1
        seen.add(name)
        names.append(name)
    return names


def _sheet(wb, name: str, data: ReportData, groups: list[tuple[str, pd.DataFrame]]) -> None:
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    from .excel import CellStyles, _cell_value, _header_style, excel_text, print_setup, row_height

    ws = wb.create_sheet(name)
    ws.cell(row=1, column=1, value=TITLE).font = Font(bold=True, size=14)
    stamp = "；".join(f"{label}：{value}" for label, value in data.header[:2])
    ws.cell(row=2, column=1, value=excel_text(stamp)).font = Font(size=9, color="555555")
    header_row = 4
    for c, column in enumerate(COLUMNS, 1):
        _header_style(ws.cell(row=header_row, column=c, value=column))
        ws.column_dimensions[get_column_letter(c)].width = WIDTHS[column]
    widths = {c: WIDTHS[column] for c, column in enumerate(COLUMNS, 1)}
    styles = CellStyles()
    for c in range(1, len(COLUMNS) + 1):
        ws.cell(row=header_row, column=c).border = styles.box
    row = header_row
    for department, rows in groups:
        if department:
            row += 1
            cell = ws.cell(row=row, column=1, value=excel_text(f"主管部门：{department}（共 {len(rows)} 项）"))
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor=GROUP_FILL)
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(COLUMNS))
        for values in rows.itertuples(index=False):
            row += 1
            for c, value in enumerate(values, 1):
                cell = ws.cell(row=row, column=c, value=_cell_value(value))
                styles.apply(cell, wrap=True)
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"
            height = row_height(COLUMNS, list(values), widths)
            if height:
                ws.row_dimensions[row].height = height
    ws.freeze_panes = f"A{header_row + 1}"
    print_setup(ws, TITLE, repeat_rows=f"{header_row}:{header_row}")
