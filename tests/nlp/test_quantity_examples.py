"""find_quantities asserted directly, field by field, on example tables (parse_quantity's fallbacks re-fill operator,
approximation and deadline, so a mistake in find_quantities would go unseen through parse_quantity alone)."""
from __future__ import annotations

import pytest

from extractor.nlp.quantities import (
    find_deadlines,
    find_quantities,
    in_base_unit,
    parse_amount_words,
    parse_deadline,
    parse_number,
    parse_operator,
    parse_quantity,
    to_yuan,
)

FIELDS = ("value", "unit", "operator", "upper", "approximate", "kind", "decimals", "text", "deadline")


def _numbers(text: str):
    return [q for q in find_quantities(text) if q.kind != "date"]


def _fields(q) -> tuple:
    return tuple(getattr(q, name) for name in FIELDS)


# text → (value, unit, operator, upper, approximate, kind, decimals, text of the span, deadline) of the one number in it
ONE_QUANTITY = [
    ("100人左右", (100.0, "人", None, None, True, "count", 0, "100人左右", None)),
    ("100人上下", (100.0, "人", None, None, True, "count", 0, "100人上下", None)),
    ("100人及以上", (100.0, "人", ">=", None, False, "count", 0, "100人及以上", None)),
    ("100人以下", (100.0, "人", "<=", None, False, "count", 0, "100人以下", None)),
    ("100多个", (100.0, "个", None, None, True, "count", 0, "100多个", None)),
    ("100余家", (100.0, "家", None, None, True, "count", 0, "100余家", None)),
    ("约100人", (100.0, "人", None, None, True, "count", 0, "约100人", None)),
    ("逾200人", (200.0, "人", None, None, True, "count", 0, "逾200人", None)),
    ("近95%", (95.0, "%", None, None, True, "percent", 0, "近95%", None)),
    # 近 before a period is "the last three years", not an approximation
    ("近三年", (3.0, "年", None, None, False, "count", None, "三年", None)),
    ("近3个月", (3.0, "个月", None, None, False, "count", 0, "3个月", None)),
    ("不少于500人次", (500.0, "人次", ">=", None, False, "count", 0, "不少于500人次", None)),
    ("不超过 5 个", (5.0, "个", "<=", None, False, "count", 0, "不超过 5 个", None)),
    ("不少于三", (3.0, None, ">=", None, False, "number", None, "不少于三", None)),
    ("≥96.00%", (96.0, "%", ">=", None, False, "percent", 2, "≥96.00%", None)),
    ("＜5‰", (5.0, "‰", "<", None, False, "permille", 0, "＜5‰", None)),
    ("百分之九十五", (95.0, "%", None, None, False, "percent", None, "百分之九十五", None)),
    ("控制在100万元以内", (100.0, "万元", "<=", None, False, "money", 0, "控制在100万元以内", None)),
    ("¥1,100", (1100.0, "元", None, None, False, "money", 0, "¥1,100", None)),
    ("1,234.50元", (1234.5, "元", None, None, False, "money", 2, "1,234.50元", None)),
    ("5天内", (5.0, "天", "<=", None, False, "count", 0, "5天内", None)),
    ("3个工作日内", (3.0, "个工作日", "<=", None, False, "count", 0, "3个工作日内", None)),
    ("200万元内", (200.0, "万元", "<=", None, False, "money", 0, "200万元内", None)),
    # 内 after a count is part of a word (50人内部), not "within"
    ("50人内", (50.0, "人", None, None, False, "count", 0, "50人", None)),
    ("60%-80%", (60.0, "%", "range", 80.0, False, "range", 0, "60%-80%", None)),
    ("80-90分", (80.0, "分", "range", 90.0, False, "range", 0, "80-90分", None)),
    ("3至5个", (3.0, "个", "range", 5.0, False, "range", 0, "3至5个", None)),
    ("90(含)-100", (90.0, None, "range", 100.0, False, "range", 0, "90(含)-100", None)),
    ("≥**%", (None, "%", ">=", None, False, "percent", None, "≥**%", None)),
    ("15 / 10万人", (15.0, "/10万人", None, None, False, "rate", 0, "15 / 10万人", None)),
    ("≥90分", (90.0, "分", ">=", None, False, "score", 0, "≥90分", None)),
]


@pytest.mark.parametrize("text, expected", ONE_QUANTITY)
def test_find_quantities_fields(text, expected):
    found = _numbers(text)
    assert len(found) == 1, found
    assert dict(zip(FIELDS, _fields(found[0]))) == dict(zip(FIELDS, expected))
    assert text[found[0].start:found[0].end] == found[0].text


# multipliers: a bare 万/亿/千/百万 scales the number (its decimals as written no longer apply); a unit that starts
# with the multiplier (万元, 千米, 百万元) is a unit; 万/亿 before a count keep the number as written (3.2 万人)
MULTIPLIED = [
    ("250万", 2_500_000.0, None, "number"),
    ("2百万", 2_000_000.0, None, "number"),
    ("3千", 3000.0, None, "number"),
    ("1.5亿", 150_000_000.0, None, "number"),
    ("2千人", 2000.0, "人", "count"),
    ("2万分", 20000.0, "分", "score"),
    ("2百万元", 2.0, "百万元", "money"),
    ("5千元", 5.0, "千元", "money"),
    ("3千米", 3.0, "千米", "count"),
    ("89.5万元", 89.5, "万元", "money"),
    ("3.2万人", 3.2, "万人", "count"),
    ("2.5万人次", 2.5, "万人次", "count"),
    ("1.2亿人次", 1.2, "亿人次", "count"),
]


@pytest.mark.parametrize("text, value, unit, kind", MULTIPLIED)
def test_multipliers(text, value, unit, kind):
    [q] = _numbers(text)
    assert (q.value, q.unit, q.kind, q.text) == (pytest.approx(value), unit, kind, text)
    if unit is None or unit.startswith(("人", "分")):
        assert q.decimals is None  # the decimals written belong to the unscaled number


@pytest.mark.parametrize("value, unit, expected", [
    (2.5, "万人次", (25000.0, "人次")), (3.2, "万人", (32000.0, "人")), (1.2, "亿人次", (120_000_000.0, "人次")),
    (7, "人次", (7, "人次")), (5, "万", (5, "万")), (3, "千米", (3, "千米")), (2, "%", (2, "%")),
])
def test_in_base_unit(value, unit, expected):
    got = in_base_unit(value, unit)
    assert (pytest.approx(got[0]), got[1]) == expected


@pytest.mark.parametrize("text", ["2.5万人次", "3.2万人", "1.2亿人次", "85万人次"])
def test_counts_with_wan_come_back_to_their_base_unit(text):
    q = parse_quantity(text)
    value, unit = in_base_unit(q.value, q.unit)
    written = float(text.rstrip("人次").rstrip("万亿"))
    scale = 1e8 if "亿" in text else 1e4
    assert (value, unit) == (pytest.approx(written * scale), q.unit[1:])


def test_deadline_before_a_number_in_the_same_phrase():
    found = find_quantities("2023年底前，100人")
    assert [(q.kind, q.text) for q in found] == [("date", "2023年底前"), ("count", "100人")]
    assert found[0].operator == "<=" and found[0].deadline == "2023年底前"
    assert found[1].deadline == "2023年底前" and found[1].operator is None


def test_deadline_separated_by_words_is_not_the_numbers():
    found = find_quantities("2023年12月31日前完成3个")
    assert [(q.kind, q.deadline) for q in found] == [("date", "2023年12月31日前"), ("count", None)]


def test_a_date_without_before_means_no_operator():
    [date] = find_quantities("2024年10月31日")
    assert (date.kind, date.operator, date.value) == ("date", None, None)


@pytest.mark.parametrize("text", ["第三十条", "第1期", "第十二批", "第3条第2款"])
def test_ordinals_give_no_quantity_not_even_their_tail(text):
    assert find_quantities(text) == []  # 第三十条 must not read 十条 = 10 条


@pytest.mark.parametrize("text", ["三", "一体化", "十四五规划", "统一"])
def test_chinese_numerals_without_unit_or_operator_are_no_quantities(text):
    assert _numbers(text) == []


def test_descending_pair_is_two_numbers_not_a_range():
    found = _numbers("90-80分")
    assert [q.operator for q in found] == [None, None]
    assert [q.upper for q in found] == [None, None]
    assert [q.value for q in found] == [90.0, 80.0]


def test_several_quantities_in_order_with_offsets():
    text = "培训不少于500人次，合格率≥95%，资金控制在30万元以内，约20个班"
    found = find_quantities(text)
    assert [(q.value, q.unit, q.operator, q.approximate) for q in found] == [
        (500.0, "人次", ">=", False), (95.0, "%", ">=", False), (30.0, "万元", "<=", False), (20.0, "个", None, True)]
    assert [q.start for q in found] == sorted(q.start for q in found)
    for q in found:
        assert text[q.start:q.end] == q.text


def test_number_inside_a_date_is_not_counted_twice():
    found = find_quantities("2023年12月完成")
    assert [q.kind for q in found] == ["date"]


@pytest.mark.parametrize("text, expected", [
    ("5千", 5000.0), ("2百万", 2_000_000.0), ("3亿", 300_000_000.0), ("1,234万", 12_340_000.0), ("+5", 5.0),
    (" 1 2 ", 12.0), ("12.5千", 12500.0), ("二点五", 2.5), ("0", 0.0), ("0.50", 0.5), ("１．５万", 15000.0),
])
def test_parse_number_with_multipliers(text, expected):
    assert parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["1.2.3万", "..万", "1.2.3", "1e5", "万", "1,2,3", "5万元", "1_000", "nan", "inf"])
def test_parse_number_malformed_gives_none(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("text, expected", [
    ("5天内完成", "<="), ("3个工作日内", "<="), ("80%-90%", "range"), ("=>90", ">="), ("=<5", "<="), ("大于等于90", ">="),
    ("等于100", "="), ("内部管理", None), ("达成", None),
])
def test_parse_operator_more(text, expected):
    assert parse_operator(text) == expected


@pytest.mark.parametrize("value, unit, expected", [(2, "百万元", 2_000_000.0), ("1.5", "万元", 15000.0)])
def test_to_yuan_more(value, unit, expected):
    assert to_yuan(value, unit) == pytest.approx(expected)


@pytest.mark.parametrize("value, unit", [("abc", "元"), (1e308, "亿元"), (5, 5)])
def test_to_yuan_bad_input_gives_none(value, unit):
    assert to_yuan(value, unit) is None


@pytest.mark.parametrize("text, expected", [
    ("人民币贰仟元零伍分", 2000.05), ("壹佰元零角伍分", 100.05), ("叁仟元整", 3000.0), ("壹万元叁角", 10000.3),
    ("壹佰元零玖分", 100.09), ("壹元玖角玖分", 1.99),
])
def test_parse_amount_words_jiao_and_fen(text, expected):
    assert parse_amount_words(text) == pytest.approx(expected)


def test_find_deadlines_spans_and_a_number_before_them():
    text = "于2024年6月底前完成，12023年不是年份"
    spans = find_deadlines(text)
    assert [(text[s:e], d) for s, e, d in spans] == [("2024年6月底前", "2024年6月底前")]


def test_quantities_are_immutable_values():
    q = parse_quantity("≥95%")
    assert hash(q) == hash(parse_quantity("≥95%")) and q == parse_quantity("≥95%")
    with pytest.raises(AttributeError):
        q.value = 96.0


@pytest.mark.parametrize("dash", ["-", "－", "‐", "‑", "―", "—", "～", "~"])
def test_ranges_with_any_dash(dash):
    q = parse_quantity(f"80{dash}90分")
    assert (q.operator, q.value, q.upper, q.unit) == ("range", 80.0, 90.0, "分")


@pytest.mark.parametrize("text", ["−3", "－3", "‑3"])
def test_minus_sign_variants(text):
    assert parse_number(text) == -3.0


def test_a_run_of_numerals_longer_than_any_number_is_not_read():
    assert parse_number("一" * 41) is None
    assert parse_number("一" * 8) == 11111111.0  # read digit by digit, as cn2an does


def test_one_numeral_character_reads_as_cn2an_reads_it():
    """A numeral alone is read without loading cn2an; every such character gives cn2an's own answer."""
    import cn2an

    from extractor.nlp.quantities import _CN_NUMERAL_CHARS, parse_number

    for char in _CN_NUMERAL_CHARS:
        try:
            expected = float(cn2an.cn2an(char, "normal"))
        except ValueError:
            expected = None
        assert parse_number(char) == expected, char


@pytest.mark.parametrize("text, expected", [(".5万", 5000.0), ("1.万", 10000.0), ("0.5千", 500.0)])
def test_loose_decimals_before_a_multiplier(text, expected):
    assert parse_number(text) == pytest.approx(expected)


def test_the_fraction_of_a_decimal_number_is_no_year():
    assert parse_deadline("系数1.2025年") is None
    [q] = find_quantities("系数1.2025年")
    assert (q.value, q.decimals, q.text) == (1.2025, 4, "1.2025年")


def test_a_trailing_ordinal_mark_does_not_hide_a_number():
    [q] = find_quantities("3个，位列全省第")
    assert (q.value, q.unit, q.text) == (3.0, "个", "3个")


def test_dates_and_numbers_in_text_order():
    found = find_quantities("完成3个，2025年底前")
    assert [(q.kind, q.text) for q in found] == [("count", "3个"), ("date", "2025年底前")]
    assert found[0].deadline is None  # the deadline follows the number: only parse_quantity carries it over
    assert parse_quantity("完成3个，2025年底前").deadline == "2025年底前"


def test_parse_quantity_fills_an_operator_written_apart_from_the_number():
    [found] = find_quantities("不低于上年水平的95%")
    assert found.operator is None
    q = parse_quantity("不低于上年水平的95%")
    assert (q.operator, q.value, q.unit) == (">=", 95.0, "%")


def test_a_range_elsewhere_in_the_cell_is_not_the_first_numbers_operator():
    q = parse_quantity("完成3个，得分80-90分")
    assert (q.value, q.unit, q.operator, q.upper) == (3.0, "个", None, None)


def test_parse_quantity_marks_a_vague_cell_approximate():
    assert parse_quantity("力争若干个，其中3个").approximate
    assert not parse_quantity("其中3个").approximate


def test_redundant_percent_sign_after_words():
    [q] = find_quantities("百分之九十%")
    assert (q.value, q.unit, q.text) == (90.0, "%", "百分之九十%")


@pytest.mark.parametrize("bad", [None, 12, b"1.5", ["壹元"]])
def test_non_string_input_gives_nothing_everywhere(bad):
    assert parse_amount_words(bad) is None and find_deadlines(bad) == [] and parse_number(bad) is None
    assert to_yuan(5, bad) is None


@pytest.mark.parametrize("text, operator", [
    ("不少于      500人", ">="), ("不超过        5天", "<="), ("不低于\u3000\u3000\u3000\u3000\u3000\u300095%", ">="),
    ("不少于 500人", ">="), ("大于或等于      90分", ">="),
])
def test_blanks_between_an_operator_word_and_its_number(text, operator):
    [q] = find_quantities(text)  # a window cut by the blanks once read 不少于 as 少于 (<)
    assert (q.operator, q.text) == (operator, text)
