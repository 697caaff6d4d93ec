from __future__ import annotations

import openpyxl
import pytest
from click.testing import CliRunner

from extractor.reports.rectification import COLUMNS, FEW_DEPARTMENTS, sheet_names

from report_readers import CHINESE_LOCATION, sheet_rows

HEADER_ROW = 4


def _items(path) -> list[dict]:
    """Every item of a 整改清单 (department heading rows left out), with the sheet it is on."""
    wb = openpyxl.load_workbook(path)
    items = []
    for ws in wb.worksheets:
        assert [c.value for c in ws[HEADER_ROW]] == COLUMNS, ws.title
        for row in ws.iter_rows(min_row=HEADER_ROW + 1, values_only=True):
            if isinstance(row[0], int):
                items.append({**dict(zip(COLUMNS, row)), "sheet": ws.title})
    return items


def test_rectification_list_has_the_errors_and_warnings_with_locations(batch_out):
    items = _items(batch_out / "整改清单.xlsx")
    findings = sheet_rows(batch_out / "report.xlsx", "问题清单")
    assert len(items) == len(findings) > 0
    for item in items:
        assert item["问题"].startswith(("【错误】", "【警告】")), item
        assert item["项目"] and item["文件"] and item["整改要求"], item
        assert all(CHINESE_LOCATION.search(part) for part in item["位置"].split("；")), item["位置"]
        assert item["整改时限"] is None and item["整改情况"] is None  # left for the department
    assert not any("【提示】" in i["问题"] for i in items)


def test_rectification_list_is_grouped_by_department_and_print_ready(batch_out):
    wb = openpyxl.load_workbook(batch_out / "整改清单.xlsx")
    findings = sheet_rows(batch_out / "report.xlsx", "问题清单")
    departments = {f["主管部门"] or f["实施单位"] or "（未识别主管部门）" for f in findings}
    if len(departments) <= FEW_DEPARTMENTS:
        assert len(wb.worksheets) == 1
        headings = [c for c in wb.worksheets[0]["A"] if isinstance(c.value, str) and c.value.startswith("主管部门：")]
        assert {h.value.split("：", 1)[1].rsplit("（", 1)[0] for h in headings} == departments
    else:
        assert len(wb.worksheets) == len(departments)
    for ws in wb.worksheets:
        assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
        assert ws.freeze_panes == f"A{HEADER_ROW + 1}"
        numbered = [r for r in range(HEADER_ROW + 1, ws.max_row + 1) if isinstance(ws.cell(r, 1).value, int)]
        assert all(ws.cell(r, COLUMNS.index("整改要求") + 1).alignment.wrap_text for r in numbered)
        assert all(ws.cell(r, COLUMNS.index("整改情况") + 1).border.left.style for r in numbered)  # a box to fill in


def test_one_sheet_per_department_when_there_are_many(tmp_path, results):
    from extractor.reports.coverage import build_report
    from extractor.reports.rectification import write_rectification

    data = build_report(results)
    names = [f"部门{k}" for k in range(FEW_DEPARTMENTS + 1)]
    data.findings = data.findings.assign(主管部门=[names[i % len(names)] for i in range(len(data.findings))])
    assert len(data.findings) > FEW_DEPARTMENTS
    write_rectification(data, tmp_path / "x.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "x.xlsx")
    assert wb.sheetnames == names
    assert sum(len(_items_of(ws)) for ws in wb.worksheets) == len(data.findings)


def _items_of(ws):
    return [r for r in ws.iter_rows(min_row=HEADER_ROW + 1, values_only=True) if isinstance(r[0], int)]


@pytest.mark.parametrize(
    "departments, expected",
    [
        (["江州市[城管]局:一/二"], ["江州市_城管_局_一_二"]),
        (["甲" * 40, "甲" * 40], ["甲" * 31, "甲" * 29 + "~2"]),
    ],
)
def test_sheet_names_are_valid_and_unique(departments, expected):
    assert sheet_names(departments) == expected


def test_report_command_writes_the_rectification_list(batch_out, tmp_path):
    from extractor.cli import cli

    target = tmp_path / "清单.xlsx"
    result = CliRunner().invoke(cli, ["report", str(batch_out), "--rectification", str(target)])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == str(target)
    assert len(_items(target)) == len(_items(batch_out / "整改清单.xlsx"))
    bad = CliRunner().invoke(cli, ["report", str(batch_out), "--rectification", str(tmp_path / "x.csv")])
    assert bad.exit_code == 2 and "usage_error" in bad.output
