"""Patterns found in the tenth session (the first blind part's 坝塘镇 form, then blind22 and blind23 after their
first run), on files built here and on the parts' own files."""
from __future__ import annotations

from pathlib import Path

from extractor import check, extract
from extractor.extractors.forms.reader import read_table

REAL = Path(__file__).resolve().parents[2] / "corpora" / "real_layouts"
LEVELS = ["一级指标", "二级指标", "指标内容", "指标值", "备注"]


# 坝塘镇 申报表: the 指标内容 column holds bare numbers (88, 68, 20) beside 指标值 100: the form lost its names, each row
# is an indicator without one, not a table the reader failed on
def test_pattern_9_a_name_column_holding_only_numbers_is_rows_without_names():
    rows = [LEVELS, ["产出指标", "数量指标", "88", "100", ""], ["产出指标", "质量指标", "68", "100", ""]]
    reading, _ = read_table(rows)
    assert [(r.cells.get("name"), r.cells.get("value")) for r in reading.rows] == [("", "100"), ("", "100")]
    assert not reading.not_understood


def test_the_same_rows_with_empty_name_cells_stay_not_understood():
    rows = [LEVELS, ["产出指标", "数量指标", "", "100", ""], ["产出指标", "质量指标", "", "100", ""]]
    reading, _ = read_table(rows)
    assert reading.rows == [] and reading.not_understood


def test_the_real_form_reports_each_missing_name_and_no_unit_it_cannot_judge():
    ext = extract(REAL / "blind" / "hn-batang-town-infrastructure-targets.docx")
    assert len(ext.indicators) == 18 and all(not i.name and i.value == 100 for i in ext.indicators)
    rules = [f.rule for f in check(ext)]
    assert rules.count("target.missing_name") == 18
    assert "target.missing_unit" not in rules and "coverage.table_not_understood" not in rules
