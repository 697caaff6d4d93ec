"""Quantities: numbers, operators, units, money, ranges, deadlines, vagueness."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.nlp import quantities as Q
from extractor.nlp.quantities import (
    find_quantities,
    is_vague,
    parse_amount_words,
    parse_deadline,
    parse_number,
    parse_operator,
    parse_quantity,
    to_yuan,
)


@pytest.mark.parametrize("text, expected", [
    ("1,234.5", 1234.5), ("１２３", 123.0), ("96.00", 96.0), ("三百", 300.0), ("一千二百", 1200.0),
    ("贰亿伍仟万", 250000000.0), ("5万", 50000.0), ("1.5亿", 150000000.0), (" 42 ", 42.0), ("-3", -3.0),
    ("十二", 12.0), ("两千", 2000.0), ("零点五", 0.5),
])
def test_parse_number(text, expected):
    assert parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["", "abc", "95%", "优", "1.2.3", "≥", "一体化"])
def test_parse_number_rejects_non_numbers(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("text, expected", [
    ("≥", ">="), ("＞=", ">="), (">=", ">="), ("≧", ">="), ("≤", "<="), ("≦", "<="), ("＜", "<"), ("＞", ">"),
    ("=", "="), ("＝", "="), ("不低于", ">="), ("不少于", ">="), ("达到", ">="), ("以上", ">="), ("至少", ">="),
    ("不超过", "<="), ("不高于", "<="), ("以内", "<="), ("以下", "<="), ("控制在预算内", "<="),
    ("不超预算", "<="),  # 海口/鄂州 forms: 成本控制 │ 不超预算
    ("超过", ">"), ("低于", "<"), ("80-90", "range"), ("90(含)-100", "range"),
])
def test_parse_operator(text, expected):
    assert parse_operator(text) == expected


@pytest.mark.parametrize("text", ["", "优良", "每日更新", "达成预期指标", "质量达标", "有效促进"])
def test_parse_operator_none(text):
    assert parse_operator(text) is None


@pytest.mark.parametrize("text, op, value, unit, kind", [
    ("≥95%", ">=", 95.0, "%", "percent"),
    ("＞＝９０％", ">=", 90.0, "%", "percent"),
    ("≥ 96.00%", ">=", 96.0, "%", "percent"),
    ("=100%", "=", 100.0, "%", "percent"),
    ("＜100%", "<", 100.0, "%", "percent"),
    ("5‰", None, 5.0, "‰", "permille"),
    ("百分之九十", None, 90.0, "%", "percent"),
    ("不少于500人次", ">=", 500.0, "人次", "count"),
    ("≤ 1,100 元/车·日", "<=", 1100.0, "元/车·日", "money"),
    ("≤300元/人·月", "<=", 300.0, "元/人·月", "money"),
    (">=530元/人*月", ">=", 530.0, "元/人*月", "money"),  # 濉溪县 form: the per-month typed with *
    ("780元/生/年", None, 780.0, "元/生/年", "money"),  # 临邑县 form (blind20): the per-year typed with a second /
    ("780元/生/", None, 780.0, "元/生", "money"),  # a / with nothing after it is no part of the unit
    ("3元/人*", None, 3.0, "元/人", "money"),  # a * with nothing after it is no part of the unit
    ("≤5元/人・餐", "<=", 5.0, "元/人·餐", "money"),
    ("≤1.2万元/路", "<=", 1.2, "万元/路", "money"),
    ("控制在100万元以内", "<=", 100.0, "万元", "money"),
    ("1.5亿元", None, 1.5, "亿元", "money"),
    ("¥1,100", None, 1100.0, "元", "money"),
    ("3个以上", ">=", 3.0, "个", "count"),
    ("三个以上", ">=", 3.0, "个", "count"),
    ("≥180台套", ">=", 180.0, "台套", "count"),
    ("不超过30个工作日", "<=", 30.0, "个工作日", "count"),
    ("≤48小时", "<=", 48.0, "小时", "count"),
    ("30日内", "<=", 30.0, "日", "count"),
    ("≥120平方公里", ">=", 120.0, "平方公里", "count"),
    ("≥90分", ">=", 90.0, "分", "score"),
    ("≥80M", ">=", 80.0, "M", "count"),
    ("524m", None, 524.0, "m", "count"),  # 忠县 self-evaluation form: metres in Latin letters
    ("≥20cm", ">=", 20.0, "cm", "count"),
    ("5min", None, 5.0, None, "number"),  # m is no unit inside a longer Latin word
    ("95", None, 95.0, None, "number"),
    ("250万", None, 2500000.0, None, "number"),
    ("≤620万/月", "<=", 620.0, "万/月", "count"),  # 天津 sanitation form: an amount per month, kept as written
    ("1.2万/平方米", None, 12000.0, None, "number"),  # a longer word after the slash is not taken as a per-word
    ("5万人次", None, 5.0, "万人次", "count"),
    ("20个以内", "<=", 20.0, "个", "count"),
    ("达到300个", ">=", 300.0, "个", "count"),
])
def test_parse_quantity(text, op, value, unit, kind):
    q = parse_quantity(text)
    assert q is not None
    assert (q.operator, q.value, q.unit, q.kind) == (op, pytest.approx(value), unit, kind)


@pytest.mark.parametrize("text, value, upper, unit", [
    ("80-90分", 80.0, 90.0, "分"),
    ("90(含)-100", 90.0, 100.0, None),
    ("90（含）-100分", 90.0, 100.0, "分"),
    ("60%-80%", 60.0, 80.0, "%"),
    ("60%～80%", 60.0, 80.0, "%"),
    ("3至5个", 3.0, 5.0, "个"),
])
def test_ranges(text, value, upper, unit):
    q = parse_quantity(text)
    assert (q.operator, q.value, q.upper, q.unit, q.kind) == ("range", value, upper, unit, "range")


@pytest.mark.parametrize("text, op, value, unit, kind", [
    ("＜1/10万", "<", 1.0, "/10万", "rate"),
    ("≤ 20 / 10万人", "<=", 20.0, "/10万人", "rate"),
    ("≥2.5/百万", ">=", 2.5, "/百万", "rate"),
    ("0.8/千人", None, 0.8, "/千人", "rate"),
    ("不超过3/万人", "<=", 3.0, "/万人", "rate"),
    ("≥3.5张/千人口", ">=", 3.5, "张/千人口", "count"),
    ("2名/万人", None, 2.0, "名/万人", "count"),
])
def test_rates_per_population(text, op, value, unit, kind):
    q = parse_quantity(text)
    assert (q.operator, q.value, q.unit, q.kind) == (op, pytest.approx(value), unit, kind)


@pytest.mark.parametrize("text, unit", [("2/3", None), ("≤1.2万元/千米", "万元/千米"), ("1000/人", None)])
def test_fractions_and_per_units_are_not_population_rates(text, unit):
    assert parse_quantity(text).unit == unit


@pytest.mark.parametrize("text, value, op, unit", [
    ("90(不含)以下", 90.0, "<", None), ("90分(不含)以下", 90.0, "<", "分"), ("90（不含）以上", 90.0, ">", None),
    ("90分（不含）以上", 90.0, ">", "分"), ("3天（不含）以内", 3.0, "<", "天"),
    ("90(含)以下", 90.0, "<=", None), ("90分（含）以上", 90.0, ">=", "分"), ("90（含）以上", 90.0, ">=", None),
    ("60分以下", 60.0, "<=", "分"),
])
def test_excluded_bound_is_strict_included_bound_is_not(text, value, op, unit):
    q = find_quantities(text)[0]
    assert (q.value, q.unit, q.operator, q.text) == (value, unit, op, text)


def test_descending_pair_is_not_a_range():
    q = parse_quantity("100-90")
    assert q.operator != "range" and q.upper is None


@pytest.mark.parametrize("text, expected", [
    ("2023年12月31日前", "2023年12月31日前"), ("年底前", "年底前"), ("第三季度", "第三季度"),
    ("12月底前完成", "12月底前"), ("2023.07-2024.01", "2023.07-2024.01"), ("2021.1.1-12.31", "2021.1.1-12.31"), ("2025年", "2025年"),
    ("到2025年底建成", "2025年底"), ("2019-2021年", "2019-2021年"), ("二〇二三年十二月底前", "二〇二三年十二月底前"),
    ("2024年第三季度", "2024年第三季度"), ("每季度首月15日前", "15日前"), ("上半年", "上半年"),
    ("节前完成", "节前"), ("端午节前发放", "端午节前"), ("八一前走访", "八一前"), ("汛期前完成清淤", "汛期前"),
    ("秋季开学前配齐", "开学前"), ("学期末考核", "学期末"), ("采暖季前检修", "采暖季前"), ("每季度末报送", "季度末"),
])
def test_parse_deadline(text, expected):
    assert parse_deadline(text) == expected


def test_a_period_written_with_its_year_once_is_a_date_not_a_number():
    # 吕梁市 results table: 培训任务完成及时 │ 2021.1.1-12.31
    q = parse_quantity("2021.1.1-12.31")
    assert q.kind == "date" and q.value is None
    assert parse_quantity("2021.1.1-12.31%").value == 12.31  # a percentage after it is a figure, not a day


@pytest.mark.parametrize("text", ["", "95%", "建成3个中心", "第3条", "GB/T 22239", "各环节前置审核", "调节前后对比",
                                  "节日期间", "二十一前"])
def test_no_deadline(text):
    assert parse_deadline(text) is None


def test_deadline_cell_is_a_date_quantity_meaning_no_later_than():
    q = parse_quantity("2024年10月31日前")
    assert (q.kind, q.value, q.operator, q.deadline) == ("date", None, "<=", "2024年10月31日前")
    assert parse_quantity("2024年10月31日").operator is None


def test_quantity_carries_deadline_of_same_phrase():
    q = parse_quantity("到2025年建成3个以上中心")
    assert (q.value, q.unit, q.operator, q.deadline) == (3.0, "个", ">=", "2025年")


@pytest.mark.parametrize("text, expected", [
    ("人民币贰亿伍仟万元整", 250000000.0), ("壹拾万零伍佰元", 100500.0), ("人民币叁万肆仟伍佰陆拾柒元伍角", 34567.5),
    ("（大写）壹佰万元整", 1000000.0), ("壹拾万零伍佰元叁角伍分", 100500.35),
])
def test_parse_amount_words(text, expected):
    assert parse_amount_words(text) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["", "100万元", "元", "人民币"])
def test_parse_amount_words_none(text):
    assert parse_amount_words(text) is None


@pytest.mark.parametrize("value, unit, expected", [
    (89.974, "万元", 899740.0), (1.5, "亿元", 150000000.0), (215457.6, "元", 215457.6), (3, "千元", 3000.0),
])
def test_to_yuan(value, unit, expected):
    assert to_yuan(value, unit) == pytest.approx(expected)


@pytest.mark.parametrize("value, unit", [(5, "%"), (5, "个"), (5, None), (None, "元"), (float("inf"), "元")])
def test_to_yuan_non_money(value, unit):
    assert to_yuan(value, unit) is None


@pytest.mark.parametrize("text", ["约100人", "100人左右", "若干", "100余家", "300多个", "近95%", "建设多个平台"])
def test_vague(text):
    assert is_vague(text)


@pytest.mark.parametrize("text", ["100人", "≥95%", "多元化", "一体化政务服务平台", ""])
def test_not_vague(text):
    assert not is_vague(text)


def test_approximate_flag():
    assert parse_quantity("约100人").approximate
    assert parse_quantity("100余家").approximate
    assert not parse_quantity("100家").approximate


def test_decimals_as_written():
    assert parse_quantity("96.00%").decimals == 2
    assert parse_quantity("96.3%").decimals == 1
    assert parse_quantity("96%").decimals == 0


def test_placeholder_value_is_none():
    q = parse_quantity("≥**%")
    assert (q.operator, q.value, q.unit) == (">=", None, "%")


def test_find_quantities_in_running_text_with_offsets():
    text = "截至2021年底，项目预算执行率为96.00%，完成子项目22个，资金到位率１００％，共投入约1.2亿元。"
    found = find_quantities(text)
    assert [q.kind for q in found] == ["date", "percent", "count", "percent", "money"]
    for q in found:
        assert text[q.start:q.end] == q.text
    assert found[3].value == 100.0 and found[3].text == "１００％"
    assert found[4].approximate and found[4].unit == "亿元"


def test_chinese_numerals_inside_words_are_not_quantities():
    assert [q for q in find_quantities("推进一体化建设，落实十四五规划，统一标准") if q.kind != "date"] == []


def test_ordinals_are_not_quantities():
    assert find_quantities("第三条 第1期") == []


def test_units_lexicon_matches_code():
    from extractor.nlp.lexicon import units

    assert units() == Q.UNITS


def test_operator_lexicon_matches_code():
    from extractor.nlp.lexicon import operator_words

    words = operator_words()
    for word, op in {**Q._SYMBOL_OPERATORS, **Q._PREFIX_WORDS, **Q._SUFFIX_WORDS}.items():
        assert words[word][0] == op


_ALPHABET = list("0123456789.,%‰-~至到()（）含≥≤><=≧≦＞＜＝万亿元个项人次年月日前底第季度约多余左右以上以下以内"
                 "不低于超过控制在百分之一二三四五六七八九十百千零〇壹贰叁拾佰仟 *xX/·１２３％:\n")
_TEXT = st.one_of(st.text(max_size=60), st.text(alphabet=st.sampled_from(_ALPHABET), max_size=40))


def _never_raises(text: str) -> None:
    for q in find_quantities(text):
        assert 0 <= q.start <= q.end <= len(text)
        assert q.text == text[q.start:q.end]
        assert q.operator in (None, ">=", "<=", "=", ">", "<", "range")
    parse_quantity(text)
    parse_number(text)
    parse_operator(text)
    parse_deadline(text)
    parse_amount_words(text)
    is_vague(text)


@settings(max_examples=2000, deadline=None, suppress_health_check=list(HealthCheck))
@given(_TEXT)
def test_nothing_raises_on_arbitrary_text(text):
    _never_raises(text)


@pytest.mark.slow
@settings(max_examples=10000, deadline=None, suppress_health_check=list(HealthCheck))
@given(_TEXT)
def test_nothing_raises_on_arbitrary_text_long(text):
    _never_raises(text)


@pytest.mark.parametrize("bad", [None, 12, b"95%", ["≥95%"]])
def test_non_string_input_gives_nothing(bad):
    assert parse_quantity(bad) is None and find_quantities(bad) == [] and parse_number(bad) is None
    assert parse_operator(bad) is None and parse_deadline(bad) is None and not is_vague(bad)


@pytest.mark.parametrize("text", ["提高到98.5%", "提高至98.5%", "提升到98.5%", "提升至98.5%", "增加到98.5%"])
def test_raised_to_is_at_least(text):
    q = parse_quantity(text)
    assert (q.operator, q.value, q.unit) == (">=", 98.5, "%")


@pytest.mark.parametrize("text, value, unit", [
    ("3.2万人", 3.2, "万人"), ("85万人次", 85.0, "万人次"), ("1.5万册", 1.5, "万册"), ("受益2万户", 2.0, "万户"),
])
def test_counts_with_wan_keep_the_number_as_written(text, value, unit):
    q = parse_quantity(text)
    assert (q.value, q.unit, q.kind) == (value, unit, "count")


def test_bare_wan_and_money_still_scale_or_keep_their_unit():
    assert parse_quantity("250万").value == 2500000.0
    assert (parse_quantity("89.5万元").value, parse_quantity("89.5万元").unit) == (89.5, "万元")


@pytest.mark.parametrize("text, expected", [
    ("100", 100.0), ("95.5", 95.5), ("１２", 12.0), ("1,200", 1200.0), ("0", 0.0),
    ("100分", None), ("≥90", None), ("5万", None), ("三十", None), ("80-90", None), (" 100", None), ("", None),
    (None, None), ("1.2.3", None),
])
def test_figure_alone(text, expected):
    assert Q.figure_alone(text) == expected


def test_value_as_written():
    assert Q.value_as_written("≥150万", parse_quantity("≥150万")) == 150.0
    assert Q.value_as_written("一百五十万人", parse_quantity("一百五十万人")) is None
    assert Q.value_as_written("80-90分", parse_quantity("80-90分")) == 80.0


@pytest.mark.parametrize("text, ranges, years", [
    ("2019-2021年度绩效", "绩效", "绩效"), ("2019 至 2021 年", "", ""), ("2019~2021", "", ""), ("2019到2021年度", "", ""),
    ("2025年新建3个", "2025年新建3个", "新建3个"), ("2025 年度", "2025 年度", ""), ("运行3000年", "运行3000年", "运行"),
    ("运行300年", "运行300年", "运行300年"), ("2019—2021年建成2个", "建成2个", "建成2个"), ("新建3个", "新建3个", "新建3个"),
    ("2019/2021年", "2019/2021年", "2019/"),
])
def test_without_years(text, ranges, years):
    assert Q.without_year_ranges(text) == ranges
    assert Q.without_years(text) == years


@pytest.mark.parametrize("text, expected", [
    ("2025年", True), ("2025年度", True), ("2025", True), ("1998年", True), ("2025年底", False), ("2025年12月", False),
    ("2125年", False), ("1899年", False), ("二〇二五年", False), ("年底前", False), ("202年", False),
])
def test_is_year(text, expected):
    assert Q.is_year(text) is expected


def test_up_to_two_blanks_before_a_unit():
    assert [q.unit for q in find_quantities("1,100  元")] == ["元"]
    assert [(q.value, q.unit) for q in find_quantities("1,100   元")] == [(1100.0, None)]


@pytest.mark.parametrize("text, op, unit", [
    ("90（含）", None, None), ("90(不含)", None, None), ("90(含)分以上", ">=", "分"), ("90(不含)分以上", ">", "分"),
])
def test_an_inclusive_mark_belongs_to_its_number(text, op, unit):
    q = find_quantities(text)[0]
    assert (q.text, q.operator, q.unit) == (text, op, unit)


@pytest.mark.parametrize("text, found", [
    ("人感染H7N9流感等新老传染病", []),  # digits of a name (a virus)
    ("COVID-19疫情防控", []),
    ("水质符合GB5749标准", []),
    ("PM2.5浓度不高于35", [35.0]),  # the name's digits are no quantity, the value after it is
    ("新建5G基站10个", [5.0, 10.0]),  # digits before a letter are read as before
])
def test_digits_glued_after_a_latin_letter_belong_to_a_code(text, found):
    assert [q.value for q in find_quantities(text)] == found
