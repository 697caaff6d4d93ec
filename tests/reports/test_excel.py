from __future__ import annotations

import openpyxl

from extractor.reports.coverage import DIMENSIONS, FINDING_COLUMNS
from extractor.reports.excel import SHEETS, excel_text, text_width

from report_readers import CHINESE_LOCATION, sheet_rows

TABLE_SHEETS = ("项目汇总", "问题清单", "提示信息", "缺失与未报告", "维度覆盖", "指标明细", "文件状态")


def test_workbook_opens_and_has_the_sheets(batch_out):
    wb = openpyxl.load_workbook(batch_out / "report.xlsx")
    assert wb.sheetnames == list(SHEETS)


def test_table_sheets_have_frozen_headers_filters_and_readable_widths(batch_out):
    wb = openpyxl.load_workbook(batch_out / "report.xlsx")
    for name in TABLE_SHEETS:
        ws = wb[name]
        assert ws.freeze_panes == "A2", name
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), name
        for col in range(1, ws.max_column + 1):
            letter = openpyxl.utils.get_column_letter(col)
            assert 6 <= ws.column_dimensions[letter].width <= 62, (name, letter)


def test_table_sheets_print_landscape_one_page_wide_with_the_header_on_every_page(batch_out):
    wb = openpyxl.load_workbook(batch_out / "report.xlsx")
    for name in TABLE_SHEETS:
        ws = wb[name]
        assert ws.page_setup.orientation == "landscape", name
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1, name
        assert ws.page_setup.fitToHeight == 0, name  # as many pages down as needed
        assert ws.print_title_rows == "$1:$1", name
        assert "&P" in ws.oddFooter.center.text, name
    findings = wb["问题清单"]
    long_rows = [r for r in range(2, findings.max_row + 1)
                 if len(str(findings.cell(r, FINDING_COLUMNS.index("修改建议") + 1).value or "")) > 40]
    assert long_rows and all(findings.row_dimensions[r].height for r in long_rows)  # wrapped rows are tall enough
    assert all(findings.cell(2, c).alignment.wrap_text for c in (FINDING_COLUMNS.index("问题说明") + 1,))
    # the machine ids (rule id, block ref) stay on screen but off the printed page
    last_printed = openpyxl.utils.get_column_letter(FINDING_COLUMNS.index("规则"))
    assert findings.print_area == f"'问题清单'!$A$1:${last_printed}${findings.max_row}"


def test_findings_have_project_department_and_a_chinese_location(batch_out, results):
    rows = sheet_rows(batch_out / "report.xlsx", "问题清单") + sheet_rows(batch_out / "report.xlsx", "提示信息")
    header = [c.value for c in openpyxl.load_workbook(batch_out / "report.xlsx")["问题清单"][1]]
    assert header == FINDING_COLUMNS
    assert rows
    for row in rows:
        assert row["项目"] and row["位置"], row
        for part in row["位置"].split("；"):
            assert CHINESE_LOCATION.search(part), row["位置"]
    zhcg = [r for r in rows if r["文件"].startswith("zhcg-target-form.xlsx")]
    assert zhcg and {r["主管部门"] for r in zhcg} == {"江州市城市管理局"}  # from the self-assessment of the project
    # every finding is listed: once per file, or once for copies of one submission naming both files
    listed = sum(len(r["文件"].split("、")) for r in rows)
    assert listed == sum(len(r.findings) for r in results)


def test_info_findings_have_their_own_sheet(batch_out):
    main = sheet_rows(batch_out / "report.xlsx", "问题清单")
    info = sheet_rows(batch_out / "report.xlsx", "提示信息")
    assert info and {r["严重程度"] for r in info} == {"提示"}
    assert main and {r["严重程度"] for r in main} <= {"错误", "警告"}
    order = [{"错误": 0, "警告": 1}[r["严重程度"]] for r in main]
    assert order == sorted(order)  # errors first


def test_project_summary_ranks_projects_by_errors_then_warnings(batch_out):
    rows = sheet_rows(batch_out / "report.xlsx", "项目汇总")
    assert [r["排名"] for r in rows] == list(range(1, len(rows) + 1))
    keys = [(-r["错误"], -r["警告"]) for r in rows]
    assert keys == sorted(keys)
    findings = sheet_rows(batch_out / "report.xlsx", "问题清单")
    for row in rows:
        errors = sum(1 for f in findings if f["项目"] == row["项目"] and f["严重程度"] == "错误")
        assert row["错误"] == errors, row["项目"]
    # the two title variants of the declared/reported pair are one project, as in the graph
    health = [r for r in rows if "health-target-form.xlsx" in r["文件"]]
    assert len(health) == 1 and "health-self-assessment.docx" in health[0]["文件"] and health[0]["文件数"] == 2
    zhcg = next(r for r in rows if "zhcg-target-form.xlsx" in r["文件"])
    assert zhcg["未报告的目标值"] >= 1  # the form declares targets the self-assessment never reports


def test_every_declared_target_shows_the_reported_actual(batch_out):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "corpora" / "samples"))
    import sample_content as C

    rows = sheet_rows(batch_out / "report.xlsx", "指标明细")
    declared = [r for r in rows if r["文件"] == "declared-reported/health-target-form.xlsx"]
    assert [r["三级指标"] for r in declared] == [x.name for x in C.HEALTH_ROWS]
    for row, truth in zip(declared, C.HEALTH_ROWS):
        assert row["实际完成值"] == truth.actual_text, row
        assert row["实际值来源"].startswith("declared-reported/health-self-assessment.docx 第2个表格第"), row
    met = [r["达成情况"] for r in declared if r["二级指标"] != "时效指标"]
    assert met and set(met) == {"达成"}
    # the location of the declared value is the cell that holds it
    form = openpyxl.load_workbook(_input(batch_out) / "declared-reported" / "health-target-form.xlsx")
    for row in declared:
        sheet, cell = row["位置"].split("!")
        assert row["指标值（申报）"].startswith(str(form[sheet][cell].value)), row


def _input(batch_out):
    import json
    from pathlib import Path

    return Path(json.loads((batch_out / "run.json").read_text(encoding="utf-8"))["input_dir"])


def test_gaps_are_a_section_of_the_report(batch_out):
    rows = sheet_rows(batch_out / "report.xlsx", "缺失与未报告")
    kinds = {r["类型"] for r in rows}
    assert "申报的指标值未见实际完成情况" in kinds
    never = [r for r in rows if r["类型"] == "申报的指标值未见实际完成情况"]
    assert {r["文件"] for r in never} == {"zhcg-target-form.xlsx"}  # the pair reports every target
    assert all(CHINESE_LOCATION.search(r["位置"]) for r in never)


def test_overview_has_the_header_block(batch_out, batch_in):
    ws = openpyxl.load_workbook(batch_out / "report.xlsx")["概览"]
    labels = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(1, 10)}
    assert str(batch_in.resolve()) == labels["输入目录"]
    assert labels["版本"].startswith("jixiao ") and labels["规则文件"] and labels["生成时间"]


def test_dimension_sheet_counts_indicators_per_dimension(batch_out, results):
    ws = openpyxl.load_workbook(batch_out / "report.xlsx")["维度覆盖"]
    header = [c.value for c in ws[1]]
    assert [h for h in header if h in DIMENSIONS] == list(DIMENSIONS)
    rows = {row[0]: dict(zip(header, row)) for row in ws.iter_rows(min_row=2, values_only=True)}
    form = next(r for r in results if r.file == "zhcg-target-form.xlsx")
    assert rows["zhcg-target-form.xlsx"]["指标数"] == len(form.extraction["indicators"])
    assert sum(rows["zhcg-target-form.xlsx"][d] for d in DIMENSIONS) <= len(form.extraction["indicators"])
    assert "empty.txt" not in rows  # failed files have no extraction


def test_file_status_sheet_says_in_chinese_what_went_wrong(batch_out):
    rows = {r["文件"]: r for r in sheet_rows(batch_out / "report.xlsx", "文件状态")}
    assert rows["empty.txt"]["状态"] == "失败" and rows["empty.txt"]["错误代码"] == "empty_document"
    assert rows["empty.txt"]["说明"] == "文件为空或没有文字"


def test_a_control_character_in_a_document_is_shown_not_fatal(batch_out):
    wb = openpyxl.load_workbook(batch_out / "report.xlsx")
    texts = [c for row in wb["目标指标矩阵"].iter_rows(values_only=True) for c in row if isinstance(c, str)]
    assert any("完成改造\ufffd任务" in t for t in texts)
    assert excel_text("a\x01b\x00c") == "a\ufffdb\ufffdc" and excel_text("换行\n保留") == "换行\n保留"


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
