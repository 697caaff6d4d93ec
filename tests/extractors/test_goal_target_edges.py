"""Edges of the goal targets the mutation run found unbounded (bench/mutation.py extractor/extractors/goals.py):
each test states what is read on one side of an edge and what is not on the other."""
from __future__ import annotations

import pytest

from extractor.extractors.goals import _item_number, targets_in


def _read(text):
    return [(t.metric, t.value, t.unit) for t in targets_in(text)]


def test_an_amount_of_the_budget_is_no_target():
    assert _read("申请资金800万元，其中600万元用于设备购置") == []
    assert _read("完成投资800万元") == [("完成投资", 800.0, "万元")]  # no budget word: a target
    assert _read("申请资金购置设备10台") == [("申请资金购置设备", 10.0, "台")]  # a count is no amount of the budget


def test_a_bare_year_is_no_target():
    assert _read("2024通过采购雾炮车5台") == [("2024通过采购雾炮车", 5.0, "台")]
    assert _read("采购雾炮车2024台") == [("采购雾炮车", 2024.0, "台")]  # with a unit it is a count


@pytest.mark.parametrize("text, metric", [
    ("设备完好率达到95%以上水平", "设备完好率"),  # the words before the figure name it
    ("建成10个站点", "建成站点"),               # a lead verb alone: the noun after the figure completes it
    ("建成10个", "建成"),
    ("10个", None),
])
def test_metric_of_a_target(text, metric):
    (target,) = targets_in(text)
    assert target.metric == metric


@pytest.mark.parametrize("token, number", [("目标一：", "一"), ("1.", "1"), ("（三）", "（三）"), ("一是", "一"), ("二、", "二")])
def test_item_number_as_written(token, number):
    assert _item_number(token) == number


@pytest.mark.parametrize("year, bare", [("1989", False), ("1990", True), ("2099", True), ("2100", False)])
def test_a_bare_year_lies_between_1990_and_2099(year, bare):
    from extractor.extractors.goals import _is_bare_year
    from extractor.nlp.quantities import find_quantities

    assert _is_bare_year(find_quantities(year)[0]) is bare


def test_items_counted_on_from_1_without_separators():
    from extractor.extractors.goals import numbered_items

    assert numbered_items("1、新建站点10个2、培训500人次") == [("1", "新建站点10个"), ("2", "培训500人次")]
    assert numbered_items("新建站点10个2、培训500人次") == [(None, "新建站点10个2、培训500人次")]


def test_words_before_the_first_item_are_an_item_when_longer_than_8_characters():
    from extractor.extractors.goals import numbered_items

    items = "1、新建站点10个；2、培训500人次"
    assert [n for n, _ in numbered_items("本年度计划完成。" + items)] == ["1", "2"]  # 8 characters: a lead-in
    assert [n for n, _ in numbered_items("本年度计划完成两。" + items)] == [None, "1", "2"]  # 9 characters


def test_row_kind_is_the_first_goal_kind_other_than_a_plain_goal():
    from extractor.extractors.goals import _row_kind

    assert _row_kind(["", "绩效目标", "年度目标"]) == "年度目标"
    assert _row_kind(["长期目标", "说明"]) == "中期目标"
    assert _row_kind(["绩效目标", "说明"]) is None


def test_a_header_cell_starts_with_its_name_and_adds_at_most_6_characters():
    from extractor.extractors.goals import _col

    assert _col(["指标", "目标值一二三四五六"], ("目标值",)) == 1
    assert _col(["指标", "目标值一二三四五六七"], ("目标值",)) is None
    assert _col(["指标", "目标值（万元）"], ("目标值",), exact=True) is None
    assert _col(["指标", "目标值"], ("目标值",), exact=True) == 1


EXPECTED_ACTUAL = ["预期目标", "实际完成情况"]


def test_expected_and_actual_reads_up_to_three_rows_below_its_header():
    from extractor.extractors.goals import goals_in_table

    rows = [["新建站点10个并投入使用", "已建成10个站点"], ["培训基层人员500人次", "培训520人次"],
            ["群众满意度达到90%以上", "满意度93%"], ["道路养护里程20公里", "养护21公里"]]
    assert goals_in_table([EXPECTED_ACTUAL, *rows[:3]]) == [("年度目标", text, actual) for text, actual in rows[:3]]
    assert goals_in_table([EXPECTED_ACTUAL, *rows]) == [("年度目标", text, actual) for text, actual in rows[:3]]


def test_expected_and_actual_without_an_actual_cell_or_with_a_merged_one():
    from extractor.extractors.goals import goals_in_table

    assert goals_in_table([EXPECTED_ACTUAL, ["新建站点10个并投入使用"]]) == [("年度目标", "新建站点10个并投入使用", None)]
    merged = ["新建站点10个并投入使用", "新建站点10个并投入使用"]
    assert goals_in_table([EXPECTED_ACTUAL, merged]) == [("年度目标", "新建站点10个并投入使用", None)]


def test_the_expected_header_is_named_exactly():
    from extractor.extractors.goals import goals_in_table

    assert goals_in_table([["目标值", "实际完成情况"], ["新建站点10个并投入使用", "已建成10个站点"]]) == []


def test_a_plain_goal_label_counts_only_when_alone():
    from extractor.extractors.goals import _label_columns

    assert _label_columns(["绩效目标", "年度目标"], False) == [(1, "年度目标")]
    assert _label_columns(["绩效目标", "说明"], False) == [(0, "目标")]
    assert _label_columns(["绩效目标", "说明"], True) == []  # below an indicator header 绩效目标 is a 二级 name


def test_texts_below_a_header_of_several_goal_kinds():
    from extractor.extractors.goals import _texts_below, _texts_below_kinds, goals_in_table

    assert _texts_below_kinds([["年度目标", "说明"], ["新建站点10个并投入使用", "x"]], 0, [(0, "年度目标")]) == []
    kinds = [(0, "中期目标"), (1, "年度目标")]
    assert _texts_below_kinds([["中期目标", "年度目标"]], 0, kinds) == []  # the last row: nothing below
    assert _texts_below([["中期目标", "年度目标"]], 0, kinds) == []
    rows = [["项目绩效目标表（2024年度）", ""], ["中期目标", "年度目标"], ["三年内新建站点30个", "本年新建站点10个"]]
    assert goals_in_table(rows) == [("中期目标", "三年内新建站点30个", None), ("年度目标", "本年新建站点10个", None)]


def test_goal_column_reads_the_rows_below_its_header_only():
    from extractor.extractors.goals import _goal_column

    rows = [["新建站点旧表格内容说明", "x"], ["年度目标", "指标"], ["本年新建站点10个", "站点数"]]
    assert _goal_column(rows, 1, 0, "年度目标") == [("年度目标", "本年新建站点10个", None)]
