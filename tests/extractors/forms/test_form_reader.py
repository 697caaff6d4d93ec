"""Reading one form table (forms/reader.py): which rows are indicator rows, the levels carried down, two-period
halves, tables continued from the previous page, and what a table that gives no row is, on tables built here."""
from __future__ import annotations

import pytest

from extractor.extractors.forms.reader import Carry, is_template_text, read_row, read_table, row_levels

HEADER = ["一级指标", "二级指标", "三级指标", "指标值", "分值"]
ROLES = {"level1": 0, "level2": 1, "name": 2, "value": 3, "weight": 4}


def names(rows):
    reading, _ = read_table(rows)
    return [r.cells["name"] for r in reading.rows]


@pytest.mark.parametrize("raw, name", [
    (["产出指标", "数量指标", "养护里程", "≥12公里", "10"], "养护里程"),
    (["", "", "", "", ""], None),  # empty
    (["说明", "说明", "说明", "说明", "说明"], None),  # a note merged across the width
    (["", "", "养护里程", "", ""], "养护里程"),  # one filled cell is no merged note
    (["", "", "", "合计", "100"], None),  # a total row (its word in the first four cells)
    (["产出指标", "数量指标", "养护里程", "≥12公里", "合计"], "养护里程"),  # the fifth cell is beyond that
    (["得分合计", "", "", "", "90"], None),
    (["填表人：张三", "", "", "", ""], None),  # a signature row
    (["", "", "≥12公里", "≥12公里", "10"], None),  # a note merged across the name and the value
    (["", "", "（200字以内）", "", ""], None),  # an instruction to fill in
    (["", "", "1.养护里程★", "≥12公里", "10"], "养护里程"),  # numbering and core mark taken off
    (["", "", "（2）养护 里程", "≥12公里", "10"], "养护里程"),
    (["", "", "指标1：", "≥12公里", "10"], ""),  # a template name with a measure: a row with no name
    (["", "", "具体指标", "…", "10"], None),  # a template name and no number
    (["", "", "88", "≥90%", "10"], ""),  # a bare number is no name
    (["", "", "……", "", "10"], None),
    (["", "", "", "", "10"], ""),  # only a weight
    (["", "数量指标", "", "", ""], ""),  # only a level label
    (["产出指标", "", "", "", ""], None),  # only the 一级 label: nothing to read
])
def test_read_row(raw, name):
    row = read_row(raw, ROLES, None)
    assert (row["name"] if row is not None else None) == name
    if row is not None:
        assert row["value"] == raw[3].strip()


def test_the_header_repeated_is_no_row():
    rows = [HEADER, ["产出指标", "数量指标", "养护里程", "≥12公里", "10"], HEADER, ["", "", "绿化面积", "≥3公顷", "10"]]
    reading, _ = read_table(rows)
    header = reading.blocks[0].header
    assert read_row(HEADER, ROLES, header) is None
    assert read_row(HEADER, ROLES, None) is not None
    assert names(rows) == ["养护里程", "绿化面积"]


def test_read_row_two_cells_alike_and_short_rows():
    roles = {"name": 0, "weight": 1}
    assert read_row(["养护里程", "养护里程"], roles, None) == {"name": "养护里程", "weight": "养护里程"}
    assert read_row(["养护里程", "养护里程", "养护里程"], roles, None) is None
    assert read_row(["养护里程"], {"name": 0, "value": 3}, None) == {"name": "养护里程", "value": ""}
    assert read_row(["养护里程", None], {"name": 0, "value": 1}, None) == {"name": "养护里程", "value": ""}


@pytest.mark.parametrize("text, is_template", [
    ("指标1：", True), ("指 标 二", True), ("……", True), ("请填写指标名称", True), ("//", True), ("200字以内", True),
    ("（200字以内", True), ("对照年度目标，说明相关任务目标的完成情况（100字以内）", True),
    ("应根据项目行业发展规划、实施方案等对项目预期实现的产出、效益等内容进行描述。", True),
    ("养护里程", False), ("", False), (None, False), ("完成改造100户", False),
])
def test_template_text(text, is_template):
    assert is_template_text(text) == is_template


def test_levels_are_carried_down_and_a_new_level1_clears_the_level2():
    rows = [HEADER,
            ["产出指标", "数量指标", "养护里程", "≥12公里", "10"],
            ["", "", "绿化面积", "≥3公顷", "10"],
            ["效益指标", "", "受益人数", "≥300人", "10"],
            ["", "社会效益指标", "出行时间", "缩短", "10"]]
    reading, carry = read_table(rows)
    assert [(r.index, r.level1_text, r.level2_text) for r in reading.rows] == [
        (1, "产出指标", "数量指标"), (2, "产出指标", "数量指标"), (3, "效益指标", ""), (4, "效益指标", "社会效益指标")]
    assert row_levels(reading.rows[3]) == ("效益指标", "社会效益指标")
    assert (carry.level1_text, carry.level2_text, carry.width) == ("效益指标", "社会效益指标", 5)
    assert not reading.rows[0].evaluation and reading.rows[0].period is None


def test_the_same_level1_again_keeps_the_level2():
    rows = [HEADER, ["产出指标", "数量指标", "养护里程", "≥12公里", "10"], ["产出指标", "", "绿化面积", "≥3公顷", "10"]]
    reading, _ = read_table(rows)
    assert reading.rows[1].level2_text == "数量指标"


def test_section_rows_repeating_a_level_are_no_indicators():
    rows = [HEADER,
            ["产出指标", "数量指标", "数量指标", "", ""],  # a section row
            ["", "", "养护里程", "≥12公里", "10"],
            ["", "质量指标", "质量指标", "≥90%", ""],  # a level with a value is an indicator
            ["", "时效指标", "时效指标", "", "10"],  # and with a weight
            ["（一）效益指标", "", "效益指标", "", ""]]  # the level as written, numbering and all
    assert names(rows) == ["养护里程", "质量指标", "时效指标"]


def test_evaluation_framework_rows_have_no_levels():
    rows = [["一级指标", "二级指标", "三级指标", "分值", "得分"],
            ["决策", "项目立项", "立项依据充分性", "3", "3"],
            ["产出", "产出数量", "实际完成率", "10", "9"]]
    reading, _ = read_table(rows)
    assert [r.evaluation for r in reading.rows] == [True, True]
    assert row_levels(reading.rows[1]) == (None, None)


def test_template_rows_with_only_levels_are_left_out_and_a_block_with_no_name_is_dropped():
    rows = [HEADER, ["产出指标", "数量指标", "", "", ""], ["", "", "养护里程", "≥12公里", "10"]]
    assert names(rows) == ["养护里程"]
    nameless = [HEADER, ["产出指标", "数量指标", "", "≥12公里", "10"], ["", "质量指标", "", "≥90%", "10"]]
    reading, _ = read_table(nameless)
    assert reading.rows == [] and reading.blocks[0].rows == [] and not reading.blocks[0].kept
    assert reading.blocks[0].why_dropped == "no indicator name in any row: levels and numbers only"
    assert reading.not_understood and not reading.blank_template


def test_a_blank_template_is_understood():
    rows = [HEADER, ["产出指标", "数量指标", "指标1：", "", ""], ["", "质量指标", "指标2：", "", ""]]
    reading, _ = read_table(rows)
    assert reading.rows == [] and reading.blank_template and not reading.not_understood
    assert reading.looks_like_indicators
    filled = [HEADER, ["产出指标", "数量指标", "养护里程", "≥12公里", ""]]
    reading, _ = read_table(filled)
    assert not reading.blank_template and not reading.not_understood
    assert read_table([HEADER, ["产出指标", "数量指标", "养护里程", "", "10"]])[0].blocks[0].has_numbers


@pytest.mark.parametrize("rows, looks", [
    ([["产出指标", "数量指标", "质量指标"], ["甲", "乙", "丙"]], True),  # three taxonomy names
    ([["产出指标", "数量指标", "数量指标"], ["甲", "乙", "丙"]], False),  # two distinct
    ([["项目", "三级指标"], ["甲", "乙"]], True),  # an indicator header word
    ([["项目", "三级指标名称及其解释与说明"], ["甲", "乙"]], False),  # 13 characters: a sentence, not a header
    ([["项目", "三级指标名称及其解释说明"], ["甲", "乙"]], True),  # 12
    ([["决策", "三级指标"], ["过程", "乙"]], False),  # an evaluation score table
    ([["项目名称", "乡村道路"]], False),
])
def test_tables_that_look_like_indicator_tables(rows, looks):
    reading, _ = read_table(rows)
    assert reading.blocks == [] and reading.looks_like_indicators == looks
    assert reading.not_understood == looks


TWO_PERIODS = ["一级指标", "三级指标", "指标值", "三级指标", "指标值"]


@pytest.mark.parametrize("above, annual_names", [
    (["", "长期绩效指标", "长期绩效指标", "年度绩效指标", "年度绩效指标"], ["年度里程"]),
    (["", "年度绩效指标", "年度绩效指标", "长期绩效指标", "长期绩效指标"], ["累计里程"]),
    (["", "", "", "", ""], ["年度里程"]),  # nothing says: the 年度 half is the second
])
def test_two_period_halves_the_annual_one_is_read(above, annual_names):
    rows = [above, TWO_PERIODS, ["产出指标", "累计里程", "≥300公里", "年度里程", "≥100公里"]]
    reading, _ = read_table(rows)
    assert [b.period for b in reading.blocks] == ["年度", "长期"]
    assert [b.kept for b in reading.blocks] == [True, False]
    assert reading.blocks[1].why_dropped == "长期 half: the 年度 half gives the annual targets"
    assert [r.cells["name"] for r in reading.rows] == annual_names
    assert [r.period for r in reading.rows] == ["年度"]
    assert reading.rows[0].level1_text == "产出指标"


def test_two_period_halves_written_in_the_header_cells():
    rows = [["一级指标", "三级指标（年度）", "指标值（年度）", "三级指标（长期）", "指标值（长期）"],
            ["产出指标", "年度里程", "≥100公里", "累计里程", "≥300公里"]]
    assert names(rows) == ["年度里程"]


def test_an_empty_annual_half_keeps_the_long_term_half():
    rows = [TWO_PERIODS, ["产出指标", "累计里程", "≥300公里", "", ""]]
    reading, _ = read_table(rows)
    assert [r.cells["name"] for r in reading.rows] == ["累计里程"]
    annual = next(b for b in reading.blocks if b.period == "年度")
    assert not annual.kept and annual.why_dropped == "年度 half is empty"


def test_one_name_column_with_two_period_values():
    rows = [["一级指标", "三级指标", "中期指标值", "年度指标值"], ["产出指标", "养护里程", "≥300公里", "≥100公里"]]
    reading, _ = read_table(rows)
    assert [(b.period, b.kept) for b in reading.blocks] == [("年度", True), ("长期", False)]
    assert [r.cells["value"] for r in reading.rows] == ["≥100公里"]


@pytest.mark.parametrize("header", [
    ["一级指标", "三级指标", "指标值", "指标值"],  # a 指标值 cell merged over two columns: one block
    ["一级指标", "三级指标", "指标值", "分值"],
])
def test_one_block_when_nothing_names_two_periods(header):
    reading, _ = read_table([header, ["产出指标", "养护里程", "≥", "100"]])
    assert [b.period for b in reading.blocks] == [None]
    assert len(reading.rows) == 1
    # a header in the first row has no row above it: period words in the table's last row say nothing of it
    reading, _ = read_table([header, ["产出指标", "养护里程", "≥", "100"], ["备注", "", "长期", "年度"]])
    assert [b.period for b in reading.blocks] == [None]


def test_two_name_columns_without_periods_one_block_per_half_by_position():
    rows = [["三级指标", "指标值", "三级指标", "指标值"], ["累计里程", "≥300公里", "年度里程", "≥100公里"]]
    reading, _ = read_table(rows)
    assert names(rows) == ["年度里程"]
    assert {b.period for b in reading.blocks} == {"年度", "长期"}


def _first_page():
    rows = [["绩效指标", "一级指标", "三级指标", "指标值"],
            ["绩效指标", "产出指标", "养护里程", "≥12公里"],
            ["绩效指标", "", "绿化面积", "≥3公顷"]]
    reading, carry = read_table(rows, ref="t1")
    assert [c.role for c in reading.blocks[0].columns] == [None, "level1", "level3", "value"]
    return carry


@pytest.mark.parametrize("next_rows, continued_names", [
    ([["绩效指标", "", "受益人数", "≥300人"]], ["受益人数"]),  # as wide
    ([["", "受益人数", "≥300人"]], ["受益人数"]),  # the label column left behind
    ([["受益人数", "≥300人"]], ["受益人数"]),  # the label and the 一级 column left behind, names first (昌宁县)
    ([["效益指标", "≥300人"]], None),  # two columns fewer and a level name first: not the name column
    ([["绩效指标", "", "受益人数", "≥300人", "甲"]], None),  # wider
    ([["一级指标", "三级指标", "指标值"], ["效益指标", "受益人数", "≥300人"]], None),  # a header of its own
])
def test_a_table_continues_the_previous_block(next_rows, continued_names):
    reading, carry = read_table(next_rows, ref="t2", previous=_first_page())
    if continued_names is None:
        assert not reading.continued
        assert all(r.level1_text != "产出指标" for r in reading.rows)
    else:
        assert reading.continued and reading.blocks[0].continued
        assert [r.cells["name"] for r in reading.rows] == continued_names
        assert [r.level1_text for r in reading.rows] == ["产出指标"]
        assert carry.width == len(next_rows[0])


def test_continued_columns_shift_left():
    reading, _ = read_table([["", "受益人数", "≥300人"]], previous=_first_page())
    columns = reading.blocks[0].columns
    assert [(c.index, c.role) for c in columns] == [(0, "level1"), (1, "level3"), (2, "value")]
    assert all("1 column(s) to the left on this page" in c.why for c in columns)


def test_no_continuation_without_a_previous_block():
    rows = [["产出指标", "受益人数", "≥300人"]]
    assert not read_table(rows, previous=Carry())[0].continued
    assert not read_table(rows, previous=None)[0].continued
    assert not read_table([], previous=_first_page())[0].continued


def test_three_leading_columns_missing_is_no_continuation():
    rows = [["甲", "乙", "丙", "一级指标", "三级指标", "指标值"],
            ["甲", "乙", "丙", "产出指标", "养护里程", "≥12公里"],
            ["甲", "乙", "丙", "产出指标", "绿化面积", "≥3公顷"]]
    _, carry = read_table(rows)
    assert [c.role for c in carry.block.columns][:3] == [None, None, None]
    assert not read_table([["产出指标", "受益人数", "≥300人"]], previous=carry)[0].continued


def test_a_repeated_header_starts_a_block_with_no_levels_carried():
    rows = [HEADER, ["产出指标", "数量指标", "养护里程", "≥12公里", "10"],
            HEADER, ["", "", "受益人数", "≥300人", "10"]]
    reading, _ = read_table(rows)
    assert [b.continued for b in reading.blocks] == [False, False]
    assert [(r.level1_text, r.level2_text) for r in reading.rows] == [("产出指标", "数量指标"), ("", "")]


def test_rows_after_the_indicator_block_are_no_indicators():
    goal = "完成全县农村公路养护工程一百公里"
    rows = [HEADER, ["产出指标", "数量指标", "养护里程", "≥12公里", "10"],
            ["年度目标", goal, goal, goal, ""],  # a goal row of the form ends the block
            ["总体评价", "结合自评情况对项目进行总体评价并说明", "结合自评情况对项目进行总体评价并说明", "", ""]]
    reading, _ = read_table(rows)
    assert [r.kind for r in reading.regions] == ["indicators", "goals", "notes"]
    assert [r.cells["name"] for r in reading.rows] == ["养护里程"]
    assert len(reading.blocks) == 1


@pytest.mark.parametrize("above, annual_value", [
    (["", "", "中期", "年度"], "≥100公里"),
    (["", "", "年度", "中期"], "≥300公里"),
    (["", "", "中期"], None),  # only one period written (the row above is shorter): one block
    (["", "", "", ""], None),
])
def test_one_name_column_with_the_periods_written_in_the_row_above(above, annual_value):
    rows = [above, ["一级指标", "三级指标", "指标值", "指标值"], ["产出指标", "养护里程", "≥300公里", "≥100公里"]]
    reading, _ = read_table(rows)
    if annual_value is None:
        assert [b.period for b in reading.blocks] == [None]
    else:
        assert [(b.period, b.kept) for b in reading.blocks] == [("年度", True), ("长期", False)]
        assert [r.cells["value"] for r in reading.rows] == [annual_value]


def test_a_pdf_row_holding_the_wrapped_ends_of_the_previous_row_joins_it():
    # 青山区 target form as its PDF reads: "服务对象满意度指 │ 学生、家长、社会 │ ≥90%" then "标 │ 满意度 │ (empty)"
    rows = [HEADER,
            ["产出指标", "数量指标", "养护里程", "≥12公里", "10"],
            ["满意度指标", "服务对象满意度指", "学生、家长、社会", "≥90%", "10"],
            ["", "标", "满意度", "", ""]]
    reading, carry = read_table(rows)
    assert [(r.cells["name"], r.level2_text) for r in reading.rows] == [
        ("养护里程", "数量指标"), ("学生、家长、社会满意度", "服务对象满意度指标")]
    assert row_levels(reading.rows[1]) == ("满意度指标", "服务对象满意度指标")
    assert carry.level2_text == "服务对象满意度指标"


@pytest.mark.parametrize("last", [
    ["", "其他", "满意度", "", ""],  # a level cell that completes no level name
    ["", "标", "满意度", "≥95%", "10"],  # a number of its own: a row of its own
    ["", "", "满意度", "", ""],  # no level fragment: an indicator whose value is missing
    ["", "质量指标", "满意度", "", ""],  # a whole level name: a new 二级
])
def test_rows_that_are_no_wrapped_ends_stay_rows(last):
    rows = [HEADER, ["满意度指标", "服务对象满意度指", "学生、家长、社会", "≥90%", "10"], last]
    assert names(rows) == ["学生、家长、社会", "满意度"]


def test_one_block_with_numbers_makes_a_table_no_blank_template():
    rows = [HEADER, ["产出指标", "数量指标", "养护里程", "≥12公里", "10"],
            HEADER, ["效益指标", "社会效益指标", "", "", ""]]
    reading, _ = read_table(rows)
    assert len(reading.blocks) == 2 and not reading.blank_template


def test_the_width_carried_on_is_the_longest_row():
    _, carry = read_table([HEADER, ["产出指标", "数量指标", "养护里程"]])
    assert carry.width == 5
