"""A form table as regions (forms/regions.py): each region kind, what opens and ends an indicator block, note
rows and goal rows on both sides of their edges, on whole-form tables built here."""
from __future__ import annotations

import pytest

from extractor.extractors.forms.regions import cells_of, is_funds_header, is_signature_row, split_regions

HEADER = ["一级指标", "三级指标", "指标值", "分值"]


def kinds(rows, continued=False):
    return [(r.kind, r.start, r.end) for r in split_regions(rows, continued=continued)]


def test_a_whole_form_table_in_regions():
    rows = [
        ["项目名称", "乡村道路养护", "", ""],
        ["项目负责人", "张三", "", ""],  # among the header fields: no signature
        ["资金情况", "预算数", "执行数", "执行率"],
        ["", "100", "90", "90%"],
        ["年度目标", "完成乡村道路养护一百二十公里", "完成乡村道路养护一百二十公里", "完成乡村道路养护一百二十公里"],
        HEADER,
        ["产出指标", "养护里程", "≥120公里", "10"],
        ["年度目标", "路面优良率", "≥85%", "10"],  # a goal label merged down beside indicator cells
        ["填表人：李四", "", "", ""],
    ]
    regions = split_regions(rows)
    assert [(r.kind, r.start, r.end) for r in regions] == [
        ("fields", 0, 2), ("funds", 2, 4), ("goals", 4, 5), ("indicators", 5, 8), ("signatures", 8, 9)]
    assert [r.why for r in regions] == [
        "rows before any header", "funds header (预算数/执行数)", "goal label “年度目标”",
        "indicator header words: 一级指标 | 三级指标 | 指标值 | 分值", "signature or filler row “填表人:李四”"]
    assert regions[3].header.by_column == {0: "level1", 1: "level3", 2: "value", 3: "weight"}
    assert all(r.header is None for r in regions if r.kind != "indicators")


def test_a_continued_table_starts_in_an_indicator_block():
    rows = [["产出指标", "养护里程", "≥120公里", "10"], ["填表人", "", "", ""]]
    regions = split_regions(rows, continued=True)
    assert [(r.kind, r.start, r.end) for r in regions] == [("indicators", 0, 1), ("signatures", 1, 2)]
    assert regions[0].why == "continues the indicator block of the previous table" and regions[0].header is None
    assert kinds(rows) == [("fields", 0, 2)]  # a signature word among the header fields
    assert kinds([]) == []


def test_a_repeated_header_starts_a_new_block_and_a_two_row_header_is_skipped_whole():
    rows = [HEADER, ["产出指标", "养护里程", "≥120公里", "10"],
            ["一级指标", "三级指标", "指标值", "指标值"], ["", "", "数值", "单位"], ["效益指标", "受益人数", "300", "人"]]
    regions = split_regions(rows)
    assert [(r.kind, r.start, r.end) for r in regions] == [("indicators", 0, 2), ("indicators", 2, 5)]
    assert regions[1].header.rows == 2


@pytest.mark.parametrize("goal_row, ends", [
    (["年度目标", "完成养护工程一百公里", "", ""], True),  # the label and one text of 10 characters
    (["年度目标", "完成养护工程一百公", "", ""], False),  # 9 characters: a cell beside a merged label
    (["年度目标", "甲", "完成养护工程一百公里", ""], True),  # three distinct cells
    (["年度目标", "路面优良率", "≥85%", "10"], False),  # four: a row of indicator cells
    (["年度目标", "农村公路路面优良率达到要求", "≥85%", "10"], False),  # four, even with a long one
    (["年度目标", "", "", ""], False),  # the label alone
    (["年度目标", "成本指标(0-20)分", "社会成本指标", ""], False),  # level names beside it: an (empty) indicator row
    (["年度目标", "完成养护工程一百公里", "社会成本指标", ""], False),  # one level name among them is enough
    (["年度目标", "社会成本指标", "完成养护工程一百公里", ""], False),  # wherever it stands after the label
])
def test_a_goal_label_ends_an_indicator_block_only_on_a_form_row(goal_row, ends):
    rows = [HEADER, ["产出指标", "养护里程", "≥120公里", "10"], goal_row]
    expected = [("indicators", 0, 2), ("goals", 2, 3)] if ends else [("indicators", 0, 3)]
    assert kinds(rows) == expected


def test_a_goal_row_needs_a_goal_label_first():
    assert kinds([["项目名称", "甲"], ["年度目标", "完成"]]) == [("fields", 0, 1), ("goals", 1, 2)]
    assert kinds([["项目名称", "甲"], ["", "年度目标", "完成"]]) == [("fields", 0, 1), ("goals", 1, 2)]
    assert kinds([["项目名称", "甲"], ["绩效目标", "完成"]]) == [("fields", 0, 2)]  # no kind of goal
    assert kinds([["项目名称", "甲"], ["甲", "年度目标"]]) == [("fields", 0, 2)]


TEXT = "结合自评情况对项目进行总体评价并说明"[:15]


@pytest.mark.parametrize("row, is_note", [
    (["总体评价", TEXT, TEXT, TEXT], True),
    ([TEXT, TEXT, TEXT, TEXT], True),  # the text alone
    (["总体评价", TEXT[:14], TEXT[:14], TEXT[:14]], False),  # 14 characters: too short
    (["总体评价", TEXT, "", ""], False),  # two filled cells of four
    (["总体评价", TEXT, TEXT, ""], True),  # three
    (["说明", TEXT, TEXT, TEXT, "", "", "", ""], False),  # the text in 3 of 8 cells
    (["说明", TEXT, TEXT, TEXT, TEXT, "", "", ""], True),  # in 4 of 8
    (["说明", "甲", TEXT, TEXT], False),  # three distinct cells
    ([TEXT, TEXT, TEXT, "", "", "", ""], True),  # in 3 of 7 cells (half the row, rounded down)
    (["", "", "", ""], False),  # an empty row
    (["", "", TEXT, TEXT], False),  # the text alone in two cells: fewer than three filled cells is never a note
])
def test_note_rows_a_text_merged_across_the_row(row, is_note):
    width = len(row)
    rows = [HEADER + [""] * (width - 4), ["产出指标", "养护里程", "≥120公里", "10"] + [""] * (width - 4), row]
    expected = [("indicators", 0, 2), ("notes", 2, 3)] if is_note else [("indicators", 0, 3)]
    assert kinds(rows) == expected


def test_signature_rows():
    assert is_signature_row(["", "单位负责人：", "王五"])
    assert is_signature_row(["甲", "乙", "（盖章）"])
    assert not is_signature_row(["甲", "乙", "丙", "填表人"])  # only the first three filled cells
    assert not is_signature_row(["", "", ""]) and not is_signature_row([])
    rows = [HEADER, ["产出指标", "养护里程", "≥120公里", "10"], ["", "", "", "联系电话：123"]]
    assert kinds(rows) == [("indicators", 0, 2), ("signatures", 2, 3)]


def test_funds_header_needs_planned_and_actual_words():
    assert is_funds_header(["", "年初预算", "实际支出"])
    assert not is_funds_header(["", "年初预算", "全年预算"])
    assert not is_funds_header(["", "执行数", "执行率"])


def test_cells_of_normalises_and_blanks():
    assert cells_of([" 一级\n指标 ", None, 3, "指标值"]) == ["一级指标", "", "", "指标值"]
