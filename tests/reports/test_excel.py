from __future__ import annotations

import openpyxl

from extractor.reports.coverage import DIMENSIONS
from extractor.reports.excel import SHEETS, text_width


def test_workbook_opens_and_has_the_sheets(batch_out):
    wb = openpyxl.load_workbook(batch_out / "report.xlsx")
    assert wb.sheetnames == list(SHEETS)


def test_table_sheets_have_frozen_headers_filters_and_readable_widths(batch_out):
    wb = openpyxl.load_workbook(batch_out / "report.xlsx")
    for name in ("维度覆盖", "问题清单", "指标明细", "文件状态"):
        ws = wb[name]
        assert ws.freeze_panes == "A2", name
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), name
        for col in range(1, ws.max_column + 1):
            letter = openpyxl.utils.get_column_letter(col)
            assert 6 <= ws.column_dimensions[letter].width <= 62, (name, letter)


def test_findings_sheet_rows_match_the_findings(batch_out, results):
    ws = openpyxl.load_workbook(batch_out / "report.xlsx")["问题清单"]
    header = [c.value for c in ws[1]]
    assert header[:4] == ["文件", "页码", "严重程度", "规则"] and "修改建议" in header and "证据" in header
    assert ws.max_row - 1 == sum(len(r.findings) for r in results)
    severities = {row[2] for row in ws.iter_rows(min_row=2, values_only=True)}
    assert severities <= {"错误", "警告", "提示"}


def test_dimension_sheet_counts_indicators_per_dimension(batch_out, results):
    ws = openpyxl.load_workbook(batch_out / "report.xlsx")["维度覆盖"]
    header = [c.value for c in ws[1]]
    assert [h for h in header if h in DIMENSIONS] == list(DIMENSIONS)
    rows = {row[0]: dict(zip(header, row)) for row in ws.iter_rows(min_row=2, values_only=True)}
    form = next(r for r in results if r.file == "zhcg-target-form.xlsx")
    assert rows["zhcg-target-form.xlsx"]["指标数"] == len(form.extraction["indicators"])
    assert sum(rows["zhcg-target-form.xlsx"][d] for d in DIMENSIONS) <= len(form.extraction["indicators"])
    assert "empty.txt" not in rows  # failed files have no extraction


def test_file_status_sheet_lists_the_failed_file(batch_out):
    ws = openpyxl.load_workbook(batch_out / "report.xlsx")["文件状态"]
    rows = {row[0]: row for row in ws.iter_rows(min_row=2, values_only=True)}
    assert rows["empty.txt"][1:3] == ("失败", "empty_document")


def test_cjk_characters_count_double_for_widths():
    assert text_width("指标") == 4 and text_width("ab") == 2 and text_width(None) == 0


def test_target_text_starting_with_equals_is_text_not_a_formula(tmp_path):
    import pandas as pd

    from extractor.reports.excel import _write_frame

    wb = openpyxl.Workbook()
    _write_frame(wb.active, pd.DataFrame([{"指标值（申报）": "=6个"}]))
    wb.save(tmp_path / "x.xlsx")
    cell = openpyxl.load_workbook(tmp_path / "x.xlsx").active["A2"]
    assert cell.value == "=6个" and cell.data_type == "s"
