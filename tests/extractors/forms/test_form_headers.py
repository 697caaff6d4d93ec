"""Header words of indicator tables (forms/headers.py): the role of a header cell, when a row is a header, one
name column, two-row headers, headers whose labels moved one level, and one value column per town."""
from __future__ import annotations

import pytest

from extractor.extractors.forms.headers import (
    cell_role,
    classify_header,
    classify_two_row_header,
    clean_header_cell,
    first_roles,
    header_at,
    header_period,
    resolve_name,
    roles_by_column,
)


@pytest.mark.parametrize("text, cleaned", [
    (" 指标 值（年度）：", "指标值"),
    ("（年度）", "(年度)"),  # brackets only: kept (normalised)
    ("*指标名称:", "指标名称"),
    (None, ""),
])
def test_clean_header_cell(text, cleaned):
    assert clean_header_cell(text) == cleaned


@pytest.mark.parametrize("text, role", [
    ("得分率", "rate"), ("偏差原因分析及改进措施", "deviation"), ("全年实际完成值", "actual"), ("指标类别", "level1"),
    ("二级指标", "level2"), ("三级指标", "level3"), ("计量单位", "unit"), ("运算符号", "operator"), ("指标性质", "nature"),
    ("指标内容", "content"), ("指标解释", "explanation"), ("评分标准", "standard"), ("数据来源", "source"),
    ("自评得分", "score"), ("权重", "weight"), ("年度绩效目标", "goal"), ("年度指标值", "value"),
    ("上年度实际水平", "baseline"), ("指标名称", "name"), ("序号", "index"),
    ("偏差" + "甲" * 14, "deviation"),  # 16 characters: still a header cell
    ("偏差" + "甲" * 15, None),  # 17: a sentence, not a header
    ("", None), ("项目名称", None),
])
def test_cell_role(text, role):
    assert cell_role(text) == role


@pytest.mark.parametrize("text, period", [
    ("指标值（年度）", "年度"), ("当年指标值", "年度"), ("长期绩效指标", "长期"), ("中期指标值", "长期"),
    ("实施期目标", "长期"), ("指标值", None), (None, None),
])
def test_header_period(text, period):
    assert header_period(text) == period


def test_roles_by_column_keeps_repeats_and_skips_other_cells():
    assert roles_by_column(["三级指标", None, "指标值", "备忘", "指标值"]) == {0: "level3", 2: "value", 4: "value"}
    assert first_roles({4: "value", 0: "level3", 2: "value"}) == {"level3": 0, "value": 2}


@pytest.mark.parametrize("roles, resolved", [
    ({"level3": 2, "name": 1}, {"name": 2}),
    ({"name": 1}, {"name": 1}),
    ({"content": 3}, {"name": 3}),
    ({"level3": 2, "content": 3}, {"name": 2, "explanation": 3}),
    ({"name": 2, "content": 3, "explanation": 5}, {"name": 2, "explanation": 5}),
    ({"value": 4}, {"value": 4}),
])
def test_resolve_name(roles, resolved):
    given = dict(roles)
    assert resolve_name(roles) == resolved
    assert roles == given  # the caller's roles are left as they were


@pytest.mark.parametrize("row, accepted", [
    (["一级指标", "指标名称", "指标值"], True),
    (("一级指标", "指标名称", "指标值"), True),  # a tuple is a row too
    (["指标名称", "计量单位", "分值"], True),  # a unit frames it
    (["指标名称", "年度目标", "指标类别"], True),  # a goal is the measure
    (["指标名称", "实际完成值", "二级指标"], True),
    (["指标名称", "得分"], False),  # no frame (level, value or unit)
    (["一级指标", "指标值"], False),  # no name
    (["一级指标", "指标名称", "计量单位"], False),  # no measure
    ([], False), ("一级指标", False), (None, False), ({"一级指标", "指标名称", "指标值"}, False),  # a set is no row
])
def test_classify_header_needs_a_name_a_measure_and_a_frame(row, accepted):
    assert (classify_header(row) is not None) == accepted


def test_two_row_header_names_the_parts_of_a_merged_cell():
    top = ["一级指标", "三级指标", "指标值", "指标值", "指标值"]
    bottom = ["一级指标", "三级指标", "运算符", "数值", "单位"]
    assert classify_two_row_header(top, bottom) == {"level1": 0, "name": 1, "operator": 2, "value": 3, "unit": 4}
    # a bottom cell with no role keeps the top one; a longer bottom row adds columns
    assert classify_two_row_header(["三级指标", "指标值"], ["", "", "分值"]) == {"name": 0, "value": 1, "weight": 2}
    assert classify_two_row_header([], bottom) is None and classify_two_row_header(top, []) is None
    assert classify_two_row_header(["项目", "名称"], ["甲", "乙"]) is None


def test_header_at_one_row():
    rows = [["一级指标", "三级指标", "指标值"], ["产出指标", "养护里程", "≥12公里"]]
    header = header_at(rows, 0)
    assert (header.row, header.rows, header.cells, header.by_column) == \
        (0, 1, ("一级指标", "三级指标", "指标值"), {0: "level1", 1: "level3", 2: "value"})
    assert header_at(rows, 1) is None


def test_header_at_two_rows():
    rows = [["一级指标", "三级指标", "指标值", "指标值", "指标值"],
            ["", "", "运算符", "数值", "单位"],
            ["产出指标", "养护里程", "≥", "12", "公里"]]
    header = header_at(rows, 0)
    assert header.rows == 2
    assert header.cells == ("一级指标", "三级指标", "指标值/运算符", "指标值/数值", "指标值/单位")
    assert header.by_column == {0: "level1", 1: "level3", 2: "operator", 3: "value", 4: "unit"}


def test_header_at_two_rows_when_the_second_repeats_the_level_headers_merged_down_both():
    # 成安县 form: 一级指标/三级指标 merged down two rows, 指标值 split into 运算符 │ 数值 │ 单位 below
    rows = [["一级指标", "三级指标", "指标值", "指标值", "指标值"],
            ["一级指标", "三级指标", "运算符", "数值", "单位"],
            ["产出指标", "养护里程", "≥", "12", "公里"]]
    header = header_at(rows, 0)
    assert header.rows == 2
    assert header.by_column == {0: "level1", 1: "level3", 2: "operator", 3: "value", 4: "unit"}
    rows[1][0] = "指标类别"  # one cell repeated is no merge down: the second row is a header of its own
    assert header_at(rows, 0).rows == 1


@pytest.mark.parametrize("second", [
    ["产出指标", "养护里程", "≥", "12", "公里"],  # a body row, with a number
    ["产出指标", "养护里程", "指标值", "指标值", "指标值"],  # the same words: nothing named below
    ["指标类别", "指标名称", "运算符", "数值", "单位"],  # a header of its own (no cell merged down from above)
    ["", "", "甲", "乙", "丙"],  # words with no role
])
def test_header_at_keeps_one_row_when_the_next_names_nothing_new(second):
    rows = [["一级指标", "三级指标", "指标值", "指标值", "指标值"], second]
    header = header_at(rows, 0)
    assert header.rows == 1 and header.cells == tuple(rows[0])


def test_two_row_header_only_when_it_names_more_columns():
    # the second row names a part, but no more roles than the first row alone
    rows = [["一级指标", "三级指标", "指标值", "单位"], ["", "", "数值", ""]]
    assert header_at(rows, 0).rows == 1
    # a header row last in the table
    assert header_at([["一级指标", "三级指标", "指标值"]], 0).rows == 1


def test_number_cells_mark_a_body_row():
    rows = [["一级指标", "三级指标", "指标值", "指标值"], ["", "", "运算符", " 1,200.5 %"]]
    assert header_at(rows, 0).rows == 1
    rows[1][3] = "数值"
    assert header_at(rows, 0).rows == 2


def _shifted(level1_cells):
    return [["一级指标", "二级指标", "指标值"]] + [[c, f"指标{k}", "≥1个"] for k, c in enumerate(level1_cells)]


@pytest.mark.parametrize("level1_cells, is_header", [
    (["数量指标", "质量指标"], True),
    (["数量指标", "质量指标", "时效指标", "甲", "乙"], True),  # 60 % 二级 names
    (["数量指标", "质量指标", "甲", "乙"], False),  # 50 %
    (["数量指标"], False),  # one cell is too few
    (["满意度指标", "成本指标"], False),  # names of both levels are no shifted labels
    (["产出指标", "效益指标"], False),
    (["甲"] * 11 + ["数量指标", "质量指标"], False),  # only the 11 rows under the header are read
    (["数量指标"] * 7 + ["甲"] * 5, True),  # 7 of those 11 (the twelfth row is not read)
    (["数量指标", "", "质量指标", ""], True),  # a level merged down: its empty cells are not counted
])
def test_header_with_labels_moved_one_level_left(level1_cells, is_header):
    assert (header_at(_shifted(level1_cells), 0) is not None) == is_header


def test_moved_labels_header_needs_both_levels_and_a_measure():
    rows = _shifted(["数量指标", "质量指标"])
    rows[0] = ["一级指标", "二级指标", "备注"]
    assert header_at(rows, 0) is None
    rows[0] = ["一级指标", "甲", "指标值"]
    assert header_at(rows, 0) is None
    rows[0] = ["一级指标", "二级指标", "分值"]
    assert header_at(rows, 0).by_column == {0: "level1", 1: "level2", 2: "weight"}


def _towns(first, second, header=("一级指标", "三级指标", "笏石街道", "埭头镇")):
    return [list(header)] + [["产出指标", f"指标{k}", a, b] for k, (a, b) in enumerate(zip(first, second))]


@pytest.mark.parametrize("first, second, value_column", [
    (["12个", "30%"], ["8个", "25%"], 2),
    (["12个", "甲"], ["乙", "丙"], 2),  # half the cells hold numbers
    (["甲", "乙", "12个"], ["8个", "9个", "丙"], 3),  # a third is too few
    (["12345678901234567890个", "1234567890123456789012"], ["8个", "9个"], 3),  # longer than 20: no value cells
    (["12个", ""], ["", ""], 2),  # one filled cell is enough (a one-row table)
    (["", ""], ["", ""], None),  # empty columns are no towns
    (["1234567890123456789个", "甲"], ["乙", "丙"], 2),  # 20 characters: a value cell
])
def test_header_with_one_value_column_per_town(first, second, value_column):
    header = header_at(_towns(first, second), 0)
    if value_column is None:
        assert header is None
    else:
        assert header.by_column == {0: "level1", 1: "level3", value_column: "value"}


def test_value_column_per_town_needs_levels_names_and_no_measure_word():
    assert header_at(_towns(["1个", "2个"], ["3个", "4个"], ("甲", "三级指标", "笏石街道", "埭头镇")), 0) is None
    assert header_at(_towns(["1个", "2个"], ["3个", "4个"], ("一级指标", "乙", "笏石街道", "埭头镇")), 0) is None
    # columns with an empty header or left of every header role are no towns
    rows = [["笏石街道", "一级指标", "三级指标", ""]] + [["1个", "产出指标", f"指标{k}", "2个"] for k in range(3)]
    assert header_at(rows, 0) is None
    # with a measure word it is an ordinary header (the measure column is the value)
    header = header_at(_towns(["1个", "2个"], ["3个", "4个"], ("一级指标", "三级指标", "分值", "埭头镇")), 0)
    assert header.by_column == {0: "level1", 1: "level3", 2: "weight"}
    # a town column between two header roles
    rows = [["一级指标", "三级指标", "笏石街道", "备注"]] + [["产出指标", f"指标{k}", f"{k}个", ""] for k in range(3)]
    assert header_at(rows, 0).by_column == {0: "level1", 1: "level3", 2: "value", 3: "explanation"}
    # short body rows
    rows = _towns(["1个", "2个", "3个"], ["4个", "5个", "6个"])
    rows.insert(2, ["产出指标", "指标", "7个"])
    rows.insert(3, [])
    assert header_at(rows, 0).by_column == {0: "level1", 1: "level3", 2: "value"}
    # only the 12 rows under the header are read
    rows = _towns(["甲"] * 12 + ["1个", "2个", "3个"], ["乙"] * 12 + ["1个", "2个", "3个"])
    assert header_at(rows, 0) is None


def test_two_row_header_with_rows_of_different_lengths():
    # the second row longer: its last cell names a column the first row does not reach
    header = header_at([["一级指标", "三级指标", "指标值"], ["", "", "", "分值"], ["产出指标", "里程", "12", "10"]], 0)
    assert (header.rows, header.by_column) == (2, {0: "level1", 1: "level3", 2: "value", 3: "weight"})
    assert header.cells == ("一级指标", "三级指标", "指标值", "分值")
    # shorter, every cell of it naming a part
    header = header_at([["指标值", "指标值", "三级指标"], ["数值", "单位"]], 0)
    assert (header.rows, header.by_column) == (2, {0: "value", 1: "unit", 2: "level3"})
    assert header.cells == ("指标值/数值", "指标值/单位", "三级指标")


def test_moved_labels_header_with_short_body_rows():
    rows = [["一级指标", "二级指标", "指标值"], [], ["数量指标", "里程", "≥1个"], ["质量指标", "优良率", "≥90%"]]
    assert header_at(rows, 0).by_column == {0: "level1", 1: "level2", 2: "value"}
