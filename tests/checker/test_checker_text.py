"""The checker's text helpers read numbers through the quantity reader (nlp/quantities), not with patterns of their own."""
from __future__ import annotations

import pytest

from extractor.nlp.quantities import section_points
from extractor.checker.text import decimals_of, defined_levels, half_unit, has_clock_time, is_ratio, matches_any, stated_decimals, unit_only


@pytest.mark.parametrize("text,value,decimals", [
    ("完成率96.00%", 96, 2),                       # trailing zeros are decimals as written
    ("完成率96%", 96, 0),
    ("预算1,234.50万元", 1234.5, 2),                # thousands separator
    ("培训2.5万人次", 2.5, 1),                      # the figure before a multiplier
    ("2023年完成96.0%", 96, 1),                     # a year is a date, not the 96
    ("计划100个，实际96个，完成率96.00%", 96, 0),     # the first figure with that value
    ("得分3.50分", 3.5, 2),
    ("完成三个", 3, None),                          # Chinese numerals show no decimals
    ("完成率96.00%", 97, None),                     # no figure with that value
    ("", 96, None),
    ("完成率96.00%", None, None),
])
def test_stated_decimals(text, value, decimals):
    assert stated_decimals(text, value) == decimals


@pytest.mark.parametrize("decimals", range(5))
def test_stated_decimals_round_trip(decimals):
    for value in (0.5, 7.25, 96.125, 1234.5):
        written = f"支出率{value:.{decimals}f}%"
        assert stated_decimals(written, float(f"{value:.{decimals}f}")) == decimals, written


# has_deadline reads deadlines with nlp.quantities.find_deadlines (one deadline reader); these are the texts of
# the corpora (extractions, rule cases, evaluation sets) whose answer changed when its own pattern was dropped.
@pytest.mark.parametrize("text,deadline", [
    ("每月15日前", True),                          # a day of each month was no deadline for the old pattern
    ("次月5日前", True),
    ("月底前完成监控设备安装调试", True),
    ("≥1290.3平方米", False),                      # 1290.3 was read as a year and a month
    ("1500.00", False),
    ("预算执行率 4 3.89 97.25%", False),            # blanks dropped, 3.8997.25 was read as a date
    ("符合《GB/T 7588.1-2020》", False),
])
def test_deadlines_read_by_the_quantity_reader(text, deadline):
    from extractor.nlp.measures import has_deadline

    assert has_deadline(text) is deadline


@pytest.mark.parametrize("text,deadline", [
    ("2025年11月30日前", True), ("2025年底前", True), ("年内", True), ("第三季度", True), ("汛前", True),
    ("当日办结", True), ("次日反馈", True), ("2025年", False), ("2024-2026年", False), ("2025年度", False),
    ("东府〔2019〕27号", False), ("≥95%", False), ("", False), (None, False),
])
def test_deadlines_as_before(text, deadline):
    from extractor.nlp.measures import has_deadline

    assert has_deadline(text) is deadline


@pytest.mark.parametrize("text, clock, ratio", [
    ("9:00—21:00", True, False),      # a clock time is no ratio
    ("9：30", True, False),
    ("≤3:1", False, True),             # one digit after the colon: a ratio
    ("1∶25", False, True),
    ("≥95%", False, False),
    (None, False, False),
])
def test_clock_time_and_ratio(text, clock, ratio):
    assert has_clock_time(text) is clock
    assert is_ratio(text) is ratio


@pytest.mark.parametrize("text, patterns, found", [
    ("达到二级服务标准", (r"[一二三]级",), "二级"),
    ("达到二级服务标准", (r"星级", r"[一二三]级"), "二级"),   # the first pattern that matches
    ("达到标准", (r"[一二三]级",), None),
    (None, (r"[一二三]级",), None),
])
def test_matches_any(text, patterns, found):
    assert matches_any(text, patterns) == found


@pytest.mark.parametrize("text, unit_only_", [
    ("≥平方米", True),
    ("人次", True),                     # a unit of the settings
    ("个工作日", True),                 # a time unit
    ("≥ %", True),                      # a percent unit of the quantity reader
    ("≥30人次", False),                 # a number is a value
    ("平方米明显增加", False),
    ("≥", False),                       # nothing left
    (None, False),
])
def test_unit_only(text, unit_only_):
    assert unit_only(text, ("人次", "平方米")) is unit_only_


@pytest.mark.parametrize("value, decimals", [
    (79420.32, 2), (96.0, 0), (100, 0), (0.5, 1), (12.345, 3),
    (1e-7, 7),                          # written in exponent form by repr
    (1.5e-5, 6),
    (1e20, 0),
    (None, 0), (float("inf"), 0), (float("nan"), 0),
])
def test_decimals_of(value, decimals):
    assert decimals_of(value) == decimals


@pytest.mark.parametrize("decimals, tolerance", [(0, 0.5), (1, 0.05), (2, 0.005)])
def test_half_unit(decimals, tolerance):
    assert half_unit(decimals) == pytest.approx(tolerance)


@pytest.mark.parametrize("heading, points", [
    ("产出指标（50分）", 50.0),
    ("产出指标( 50.5 分 )", 50.5),
    ("产出指标（三十分）", 30.0),        # Chinese numerals, as the quantity engine reads them (the old pattern: None)
    ("产出指标（说明）（30分）", 30.0),  # the first bracket holding only a score
    ("产出指标（≥50分）", None),         # an operator, a range or an approximation is no statement of points
    ("产出指标（40-50分）", None),
    ("产出指标（约50分）", None),
    ("产出指标（50）", None),            # no 分
    ("产出指标（50分，共3项）", None),   # more than the points
    ("产出指标50分", None),              # not in brackets
    ("", None),
    (None, None),
])
def test_section_points(heading, points):
    assert section_points(heading) == points


@pytest.mark.parametrize("text, levels", [
    ("90分以上为优秀，75–89分为良好，60–74分为一般", {"优秀", "良好", "一般"}),
    ("优≥90分、良80–89分、中60–79分、差<60分", {"优", "良", "中", "差"}),
    ("90分（含）以上为优秀、75-89分为良好、60-74分为合格", {"优秀", "良好", "合格"}),   # (含) before 以上
    ("得分90分及以上的为“优”，80-89分为“良”，60-79分为“中”", {"优", "良", "中"}),
    ("优不低于90分，良80-89分，中60-79分", {"优", "良", "中"}),   # the operator is the band's, not the level's
    ("九十分以上为优秀，七十五至八十九分为良好，六十分以下为差", {"优秀", "良好", "差"}),  # numerals, as the engine reads them
    ("90分以上为优秀，75–89分为良好", set()),                     # two levels are no scale
    ("90%以上为优秀，80%以上为良好，60%以上为合格", set()),       # a percentage is no score band
    ("投资估算67,289.03万元，到位资金16,760.00万元，项目资金15,645.41万元", set()),  # amounts of money are none either
    ("分为优秀、良好、合格、不合格四档", {"优秀", "良好", "合格", "不合格"}),      # an enumeration
    ("", set()),
    (None, set()),
])
def test_defined_levels(text, levels):
    assert defined_levels(text) == levels


def test_levels_named_before_their_band_after_a_colon():
    assert defined_levels("优：≥90分、良：80-89分、中：60-79分") == {"优", "良", "中"}


def test_an_enumeration_of_three_levels_is_a_scale():
    assert defined_levels("分为优秀、良好、合格三档") == {"优秀", "良好", "合格"}


def test_ends_with_the_longest_suffix():
    from extractor.checker.text import ends_with_any

    assert ends_with_any("群众满意度", ["度", "满意度"]) == "满意度"
    assert ends_with_any("群众满意度", ["率"]) is None


@pytest.mark.parametrize("value, shown", [(None, ""), (96.0, "96"), (96.5, "96.5"), (1050000.5, "1050000.5"),
                                          (999999.5, "999999.5"), (109175.04, "109175.04"), (99611.05 + 9564.46, "109175.51"),
                                          (0.1 + 0.2, "0.3"), (-2.25, "-2.25")])
def test_fmt(value, shown):
    from extractor.checker.text import fmt

    assert fmt(value) == shown


@pytest.mark.parametrize("value, levels, named", [
    ("良", {"良好"}, True),           # one character names the longer word
    ("良好", {"良"}, True),
    ("优秀", {"良"}, False),
    ("良好", {"良好以上"}, False),    # a longer value is no prefix match
    ("良好", set(), False),
    ("", {"良好"}, False),
])
def test_is_level_of(value, levels, named):
    from extractor.checker.text import is_level_of

    assert is_level_of(value, levels) is named


@pytest.mark.parametrize("text, cites", [
    ("按GB/T 33469《耕地质量等级》评定", True),
    ("按GB/T 33469执行", False),          # no grading word
    ("按有关规定评定等级", False),        # no standard
])
def test_cites_grading_standard(text, cites):
    from extractor.checker.text import cites_grading_standard

    assert cites_grading_standard(text) is cites


@pytest.mark.parametrize("value, explanation, defined", [
    ("优良", "优良率≥85%为优良", True),
    ("优良", "", False),
    ("", "优良率≥85%为优良", False),
    ("优良", "按规定评定为优良", False),   # no figure near it
])
def test_defines_value(value, explanation, defined):
    from extractor.checker.text import defines_value

    assert defines_value(value, explanation) is defined
