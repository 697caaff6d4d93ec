"""Column roles of an indicator block (forms/columns.py): each content threshold on both sides of its edge, each
role decision of a column with and without a header role, and the corrections across columns (a second copy of a
level, levels shifted left or right), on small blocks built here."""
from __future__ import annotations

from itertools import zip_longest

import pytest

from extractor.extractors.forms.columns import assign_roles, profile, roles_map
from extractor.extractors.forms.headers import roles_by_column

# a goal sentence: 25 characters with a comma (the shortest a sentence can be)
SENTENCE = "完成全县农村公路养护工程，提升群众出行条件和道路安全水平"[:25]
SHORT = SENTENCE[:24]  # one character short of a sentence


def block(header: list[str], *columns: list[str]):
    """The decided columns of a block with ``header`` over ``columns`` (body cells, one list per column)."""
    body = [list(r) for r in zip_longest(*columns, fillvalue="")]
    return assign_roles(tuple(header), roles_by_column(header), body)


def roles(header: list[str], *columns: list[str]) -> list[str | None]:
    return [c.role for c in block(header, *columns)]


def test_sentence_edge_is_25_characters_with_a_mark():
    assert len(SENTENCE) == 25 and "，" in SENTENCE
    assert profile([SENTENCE]).sentence_share == 1.0
    assert profile([SHORT]).sentence_share == 0.0
    assert profile([SENTENCE.replace("，", "")]).sentence_share == 0.0


@pytest.mark.parametrize("cell, is_quantity", [
    ("12345678901234567890个", False),  # 21 characters: too long for a value cell
    ("1234567890123456789个", True),  # 20 characters
    ("≥95%", True),
    ("2024年底前", True),  # a date is a quantity
    ("≥XX%", False),  # a template placeholder is no value
    ("优良", False),
    ("是", False),
])
def test_quantity_cells_are_short_numbers_or_dates(cell, is_quantity):
    assert profile([cell, "甲"]).quantity_share == (0.5 if is_quantity else 0.0)


def test_shares_count_filled_cells_only_and_cleaned():
    p = profile(["产出 指标", "", None, "数量指标", "≥", "个"])
    assert p.filled == ("产出指标", "数量指标", "≥", "个")
    assert (p.level1_share, p.level2_share, p.operator_share, p.unit_share) == (0.25, 0.25, 0.25, 0.25)
    assert profile([]).filled == () and profile([]).quantity_share == 0.0


@pytest.mark.parametrize("cell, is_unit", [
    ("个", True), ("％", True), ("百分比", True), ("万元/公里", True), ("人次/年", True),
    ("万元每公里", False), ("四个字的/单位名", False), ("优良", False),
])
def test_unit_cells(cell, is_unit):
    assert profile([cell]).unit_share == (1.0 if is_unit else 0.0)


@pytest.mark.parametrize("cell, is_operator", [
    ("≥", True), ("＞", True), ("≦", True), ("不少于", True), ("大于或等于", True), ("以上", True),
    ("≥90", False), ("≥ %", False), ("个", False), ("保持", False),
])
def test_operator_cells_are_the_operator_words_of_the_lexicon(cell, is_operator):
    assert profile([cell]).operator_share == (1.0 if is_operator else 0.0)


# (header, body cells of the one column, role decided): each threshold on both sides of its edge
ONE_COLUMN = [
    # 一级 names: half the cells is enough, and 一级 wins a tie with 二级 (满意度指标 is both)
    ("", ["产出指标", "甲"], "level1"),
    ("", ["产出指标", "甲", "乙"], None),
    ("", ["满意度指标", "甲"], "level1"),
    ("", ["满意度指标", "数量指标"], "level2"),
    ("", ["满意度指标", "产出指标"], "level1"),
    # 二级 names
    ("", ["数量指标", "甲"], "level2"),
    ("", ["数量指标", "甲", "乙"], None),
    ("三级指标", ["数量指标", "质量指标"], "level2"),
    # one label repeated in every row has no role, unless it is a quantity or the column is no label column
    ("绩效指标", ["绩效指标", "绩效指标"], None),
    ("绩效指标", ["绩效指标"], None),  # the header's own label merged down over one row
    ("指标名称", ["绩效指标"], "name"),  # one cell that is not the header's: a single row is no repetition
    ("绩效指标", ["养护里程", "绿化面积"], "name"),
    ("指标值", ["≥90%", "≥90%"], "value"),
    ("计量单位", ["个", "个"], "unit"),
    ("指标性质", ["定量", "定量"], "nature"),
    # a 年度目标 column: goals when half its cells are sentences, the value when half are quantities
    ("年度目标", [SENTENCE, "12个"], "goal"),
    ("年度目标", [SENTENCE, "甲", "乙"], "goal"),
    ("年度目标", ["12个", "甲"], "value"),
    ("年度目标", ["12个", "甲", "乙"], "goal"),
    ("年度目标", ["优", "良"], "goal"),
    # a 绩效目标 column of short phrases beside the names: each row's target (海南 公益林 目标表, blind86)
    ("绩效目标", ["98-100%", "管护责任落实到位", "不发生大规模的火灾"], "value"),
    ("绩效目标", ["管护责任落实到位", SENTENCE], "goal"),
    ("绩效目标", ["管护责任全部落实到位并建立台账"], "goal"),  # longer than a target's phrase
    # long sentences in a value column or one with no header: an explanation (60 % sentences, under 30 % quantities)
    ("", [SENTENCE + "一", SENTENCE + "二", SENTENCE + "三", "甲", "乙"], "explanation"),
    ("", [SENTENCE + "一", SENTENCE + "二", "甲", "乙"], None),
    ("指标值", [SENTENCE + str(k) for k in range(7)] + ["1个", "2个", "甲"], "explanation"),
    ("指标值", [SENTENCE + str(k) for k in range(7)] + ["1个", "2个", "3个"], "value"),
    ("指标名称", [SENTENCE + "一", SENTENCE + "二", SENTENCE + "三"], "name"),
    # operators only: 60 % of the cells
    ("", ["≥", "≤", "≥", "甲", "乙"], "operator"),
    ("", ["≥", "≤", "甲", "乙"], None),
    ("指标值", ["≥", "≤", "不低于"], "operator"),
    ("指标性质", ["≥", "≤", "不低于"], "operator"),
    ("计量单位", ["≥", "≤", "不低于"], "unit"),
    # units only: 60 % of the cells
    ("", ["个", "%", "公里", "甲", "乙"], "unit"),
    ("", ["个", "%", "甲", "乙"], None),
    ("指标值", ["个", "%", "公里"], "unit"),
    ("指标性质", ["个", "%", "公里"], "nature"),
    # nothing in the content: the header decides
    ("", ["优", "良"], None),
    ("指标值", ["优", "良"], "value"),
    ("指标值", ["", ""], "value"),
    ("", ["", ""], None),
]


@pytest.mark.parametrize("header, cells, role", ONE_COLUMN)
def test_one_column_role_from_header_and_content(header, cells, role):
    assert roles([header], cells) == [role]


@pytest.mark.parametrize("header, cells, words", [
    ("指标值", ["", ""], "header “指标值”; empty column"),
    ("", ["产出指标", "效益指标", "满意度指标", "成本指标"], "no header; holds 一级 names (产出指标、效益指标、满意度指标)"),
    ("年度目标", [SENTENCE, "甲"], "goals, not values"),
    ("年度目标", ["12个", "甲"], "holds quantities: the value"),
    ("指标值", ["12个", "甲"], "header “指标值”; mostly quantities"),
    ("指标值", ["12个", "甲", "乙"], "header “指标值”"),
    ("", ["甲", "乙"], "no header; no role"),
    ("绩效指标", ["绩效指标", "绩效指标"], "one repeated label “绩效指标” in every row"),
])
def test_each_decision_says_why(header, cells, words):
    (column,) = block([header], cells)
    assert words in column.why
    if words.endswith("“指标值”"):
        assert column.why == words


def test_columns_beyond_the_header_and_short_rows():
    columns = block(["指标名称", "指标值"], ["养护里程", "绿化面积"], ["≥12公里", "≥3公顷"], ["个", "公顷"])
    assert [c.role for c in columns] == ["name", "value", "unit"]
    assert columns[2].header == ""
    short = assign_roles(("指标名称",), {0: "name"}, [["养护里程", "≥12公里"], ["绿化面积"]])
    assert [c.role for c in short] == ["name", None]
    assert assign_roles((), {}, []) == []


def test_the_other_periods_half_has_no_role():
    header = ["三级指标", "指标值", "三级指标", "指标值"]
    body = [["养护里程", "≥12公里", "里程", "≥3公里"]]
    columns = assign_roles(tuple(header), roles_by_column(header), body, other_half=frozenset({2, 3}))
    assert [c.role for c in columns] == ["level3", "value", None, None]
    assert columns[3].why == "the other period's half"


def test_a_second_column_of_the_same_level_names_has_no_role():
    columns = block(["", "", "指标名称", "指标值"],
                    ["产出指标", "效益指标"], ["产出指标", "效益指标"], ["养护里程", "受益人数"], ["≥12公里", "≥300人"])
    assert [c.role for c in columns] == ["level1", None, "name", "value"]
    assert "a second copy of that level" in columns[1].why
    # a level column decided by its header alone is no second copy
    assert roles(["一级指标", "二级指标", "指标名称"], ["", ""], ["", ""], ["里程", "人数"]) == ["level1", "level2", "name"]


def test_a_column_headed_as_a_level_loses_it_when_another_holds_those_names():
    columns = block(["", "一级指标", "指标名称", "指标值"],
                    ["产出指标", "效益指标"], ["甲", "乙"], ["养护里程", "受益人数"], ["≥12公里", "≥300人"])
    assert [c.role for c in columns] == ["level1", None, "name", "value"]
    assert "another column holds the level1 names" in columns[1].why


def test_labels_shifted_left_the_column_headed_as_a_level_holds_the_names():
    columns = block(["一级指标", "二级指标", "指标值"],
                    ["数量指标", "质量指标"], ["养护里程", "优良率"], ["≥12公里", "≥85%"])
    assert [c.role for c in columns] == ["level2", "name", "value"]
    assert "the level names moved left" in columns[1].why
    # only the first such column
    assert roles(["二级指标", "二级指标", "二级指标", "指标值"], ["数量指标", "质量指标"], ["甲", "乙"], ["丙", "丁"],
                 ["≥1个", "≥2个"]) == ["level2", "name", None, "value"]
    # a column holding a repeated label is not the moved name column
    assert roles(["二级指标", "二级指标", "指标值"], ["数量指标", "质量指标"], ["同一", "同一"], ["≥1个", "≥2个"]) == \
        ["level2", None, "value"]
    # when a column holds the names already, nothing moves
    assert roles(["二级指标", "二级指标", "指标名称", "指标值"], ["数量指标", "质量指标"], ["甲", "乙"], ["丙", "丁"],
                 ["≥1个", "≥2个"]) == ["level2", None, "name", "value"]


@pytest.mark.parametrize("next_header, next_cells, next_role", [
    ("指标说明", ["养护里程", "优良率"], "name"),
    ("", ["养护里程", "优良率"], "name"),
    ("", ["", ""], None),  # an empty column holds no names
    ("", ["同一", "同一"], None),  # nor does a repeated label
    ("指标值", ["≥12公里", "≥85%"], "value"),
])
def test_labels_shifted_right_the_column_after_the_name_header_holds_the_names(next_header, next_cells, next_role):
    decided = roles(["一级指标", "指标名称", next_header, "分值"],
                    ["产出指标", "产出指标"], ["数量指标", "质量指标"], next_cells, ["10", "10"])
    assert decided == ["level1", "level2", next_role, "weight"]


def test_labels_shifted_right_needs_the_name_header_and_level_names():
    # a level column headed 一级 (no name header): nothing moves
    assert roles(["一级指标", "二级指标", "", "分值"], ["产出指标", "产出指标"], ["数量指标", "质量指标"],
                 ["养护里程", "优良率"], ["10", "10"]) == ["level1", "level2", None, "weight"]
    # the last column has no next one
    assert roles(["一级指标", "指标名称"], ["产出指标", "效益指标"], ["数量指标", "质量指标"]) == ["level1", "level2"]


def test_roles_map_keeps_the_first_column_of_a_role_and_one_name():
    columns = block(["三级指标", "指标内容", "指标值", "指标值"],
                    ["养护里程", "优良率"], ["里程说明", "优良率说明"], ["≥12公里", "≥85%"], ["≥13公里", "≥86%"])
    assert roles_map(columns) == {"name": 0, "explanation": 1, "value": 2}


def test_a_block_with_no_header_cells_or_no_body():
    assert [c.role for c in assign_roles((), {}, [["产出指标", "养护里程"], ["效益指标", "受益人数"]])] == ["level1", None]
    assert [(c.index, c.role) for c in assign_roles(("指标名称", "指标值"), {0: "name", 1: "value"}, [])] == \
        [(0, "name"), (1, "value")]


def test_labels_shifted_right_only_the_first_column_after_a_name_header_moves():
    assert roles(["指标名称", "", "指标名称", ""], ["产出指标", "效益指标"], ["甲", "乙"], ["数量指标", "社会效益指标"],
                 ["丙", "丁"]) == ["level1", "name", "level2", None]


def test_the_only_headed_column_of_quantities_is_the_value_when_no_header_says_value():
    # 金寨县 self-evaluation PDF: the header 年度/指标值 was cut in two, leaving 年度 over the targets
    header = ["三级指标", "年度", "实际"]
    body = [["开展精品示范村建设数量", "指标值≤4", "完成值4"], ["新建省级中心村数量", "≥10", "10"],
            ["验收通过率", "≥95%", "100%"]]
    columns = assign_roles(tuple(header), roles_by_column(header), body)
    assert [c.role for c in columns] == ["level3", "value", "actual"]
    assert columns[1].why.endswith("the only column of quantities, so the value")


def test_two_headed_columns_of_quantities_without_a_value_header_stay_without_a_role():
    # the other side: one column per town (sub-units) is no single value column
    header = ["三级指标", "西坪镇", "桃舟乡"]
    body = [["新建水利工程", "1", "2"], ["受益人口", "300人", "250人"]]
    columns = assign_roles(tuple(header), roles_by_column(header), body)
    assert [c.role for c in columns] == ["level3", None, None]


def test_a_headed_column_of_words_is_no_value():
    header = ["三级指标", "年度"]
    body = [["新建水利工程", "按计划推进"], ["受益人口", "明显增加"]]
    assert [c.role for c in assign_roles(tuple(header), roles_by_column(header), body)] == ["level3", None]


def test_half_quantities_in_the_only_headed_column_without_a_role_make_it_the_value():
    # the edge: 2 of 4 filled cells are quantities (share 0.5) — still mostly quantities
    header = ["三级指标", "年度"]
    body = [["养护里程", "≥12公里"], ["绿化面积", "按计划"], ["受益人数", "300人"], ["满意度", "较好"]]
    assert [c.role for c in assign_roles(tuple(header), roles_by_column(header), body)] == ["level3", "value"]
    below = [["养护里程", "≥12公里"], ["绿化面积", "按计划"], ["受益人数", "待定"], ["满意度", "较好"]]
    assert [c.role for c in assign_roles(tuple(header), roles_by_column(header), below)] == ["level3", None]


def test_a_headed_column_of_quantities_beside_a_value_column_stays_without_a_role():
    header = ["三级指标", "指标值", "年度"]
    body = [["养护里程", "≥12公里", "10公里"], ["绿化面积", "≥3公顷", "2公顷"]]
    assert [c.role for c in assign_roles(tuple(header), roles_by_column(header), body)] == ["level3", "value", None]
