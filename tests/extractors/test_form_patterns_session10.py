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


def _indicators(rows, tmp_path, name="form.xlsx"):
    from tests.extractors.test_form_patterns import indicators, write_xlsx

    return indicators(write_xlsx(tmp_path / name, rows))


# 大英县 医保局: a page that starts inside one form's indicator rows (no header) and goes on into the next form's
# header fields and funds block: the rows before the first header are read by their content
TAIL = [["", "", "城乡居民医保参保工作经费发放及时率", "=", "100", "%", "", "5", "", ""],
        ["", "成本指标", "城乡居民参保网络宣传成本预算", "≤", "101400", "元", "", "5", "", ""],
        ["效益指标", "社会效益指标", "城乡居民参保网络宣传群众知晓率", "=", "100", "%", "", "15", "", ""],
        ["效益指标", "可持续影响指标", "城乡居民医保参保机制健全性", "定性", "优良中低差", "", "", "10", "", ""],
        ["满意度指标", "服务对象满意度指标", "城乡居民参保人员满意度", "≥", "90", "%", "", "10", "", ""],
        ["合计"] * 7 + ["100", "", ""],
        ["部门预算项目支出绩效自评表(2023年度)"] * 10,
        ["预算执行情况(10分)", "年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因", "原因"]]


def test_pattern_2_indicator_rows_before_the_next_forms_header_are_read(tmp_path):
    found = [(i.name, i.operator, i.value, i.unit, i.weight) for i in _indicators(TAIL, tmp_path)]
    assert found[0] == ("城乡居民医保参保工作经费发放及时率", "=", 100.0, "%", 5.0)
    assert found[1] == ("城乡居民参保网络宣传成本预算", "<=", 101400.0, "元", 5.0)
    assert [n for n, *_ in found][2:] == ["城乡居民参保网络宣传群众知晓率", "城乡居民医保参保机制健全性", "城乡居民参保人员满意度"]


# the 指标性质 cell of a qualitative row in an operator column says 定性: the row's nature, no part of its target, so
# a scale listed whole (优良中低差) is read as no level chosen
def test_pattern_6_a_nature_word_in_the_operator_column_is_no_part_of_the_target(tmp_path):
    row = next(i for i in _indicators(TAIL, tmp_path) if i.name == "城乡居民医保参保机制健全性")
    assert (row.operator, row.value, row.target_text, row.nature) == (None, None, "优良中低差", "定性")
    assert "target.missing_value" in {f.rule for f in check_rows([row])}


def check_rows(rows):
    from extractor.extraction import Extraction

    return check(Extraction(source="t.xlsx", indicators=rows))


# 南县疾控 申报表: 指标值类型 is the operator column (≤ │ 70 │ 万元, 定性 │ 减少)
def test_pattern_5_the_value_type_header_is_the_operator_column(tmp_path):
    rows = [["一级指标", "二级指标", "三级指标", "指标值类型", "目标值", "度量单位", "指标值内容"],
            ["成本指标", "经济成本指标", "疾病预防控制中心经费", "≤", "70", "万元", "反映经费。"],
            ["成本指标", "社会成本指标", "实施项目对社会产生的不利影响", "定性", "减少", "", "反映影响。"]]
    found = [(i.operator, i.value, i.unit, i.target_text) for i in _indicators(rows, tmp_path)]
    assert found == [("<=", 70.0, "万元", "≤70万元"), (None, None, None, "减少")]


# 亳州市气象局 申报表: a value cell that is a sentence with two figures, one of them with a comparison written
def test_pattern_6_the_compared_figure_of_a_value_sentence_is_the_target(tmp_path):
    rows = [["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "飞机增雨作业航时", "暂定量按15次作业且总航时不少于30小时测算"],
            ["产出指标", "数量指标", "作业次数", "15次作业"]]
    found = [(i.operator, i.value, i.unit) for i in _indicators(rows, tmp_path)]
    assert found == [(">=", 30.0, "小时"), ("=", 15.0, "次")]
