"""The quantity engine's figures as the checker reads them: codes, the unit written after a figure, a cell holding
a unit alone. Each edge is asserted from both sides."""
from __future__ import annotations

import pytest

from extractor.nlp.quantities import (cell_unit, code_spans, figures, figures_with_units, find_quantities, has_clock_time, is_ratio,
                                      money_amounts, parse_operator, unit_alone, value_from_code, written_unit)


@pytest.mark.parametrize("text, spans", [
    ("按SL 176评定", [(1, 7)]),
    ("GB/T 5749-2022", [(0, 14)]),
    ("东府〔2019〕27号", [(2, 11)]),
    ("（2020）10号文", [(0, 9)]),
    ("ＳＬ 176", [(0, 6)]),            # full-width letters fold like the quantity reader folds them
    ("5G基站", []),                     # a letter after the digits is no code
    ("abcSL 176", []),                  # letters glued before the code's capitals
    ("ABCDEF 1", [(0, 8)]),             # up to six capitals
    ("ABCDEFG 1", []),                  # seven are a word, no code
    ("2020年10号", []),
    ("", []),
    (None, []),
])
def test_code_spans(text, spans):
    assert code_spans(text) == spans


@pytest.mark.parametrize("text, values", [
    ("≥95%", [95.0]),
    ("2023年完成96.0%", [96.0]),        # a date is no figure
    ("按SL 176评定，≥3个", [3.0]),     # nor is a code's number
    ("三个以上", []),                    # numerals in words are no figures
    ("***个", []),                       # nor is a placeholder
    ("第3项", []),                       # nor an ordinal
    ("1,200.5万元", [1200.5]),
    ("", []),
])
def test_figures(text, values):
    assert [q.value for q in figures(text)] == values


@pytest.mark.parametrize("text, value, from_code", [
    ("优良（按SL 176评定）", 176.0, True),
    ("≥176（按SL 176评定）", 176.0, False),   # the cell's own figure says it too
    ("≥90（按SL 176评定）", 176.0, True),     # the cell's own figure is another number
    ("≥90（按SL 176评定）", 90.0, False),
    ("按GB/T 5749-2022", 2022.0, True),       # the second number of a code
    ("按SL 176-2007评定", 2007.0, True),      # read as the upper end of a range inside the code
    ("按SL 176-2007评定", 176.0, True),
    ("东府〔2019〕27号", 27.0, True),
    ("≥27个", 27.0, False),                   # no code at all
    ("≥27个", None, False),
    ("按SL 176评定", None, False),
    ("按SL 0评定", 1e-9, False),             # a value 1e-9 off the code's number is another number
    ("按SL 0评定", 0.9e-9, True),            # closer is the same
    ("", 27.0, False),
    (None, 27.0, False),
])
def test_value_from_code(text, value, from_code):
    assert value_from_code(text, value) is from_code


@pytest.mark.parametrize("text, unit", [
    ("≥30支", "支"),
    ("≥30支以上", "支"),                  # an operator written after the unit is no part of it
    ("≥30人左右", "人"),                  # nor an approximation
    ("≥30人及以上", "人"),                # the longest tail first (及以上, not 以上)
    ("≥30以上", ""),                       # the tail alone is no unit
    ("≥120万画幅", "画幅"),               # a multiplier is no part of the unit
    ("≥3.2万人", "人"),
    ("≥95百分比", "百分比"),
    ("≥95％", "％"),                       # as written
    ("≥95‰", "‰"),
    ("3–5 cm", "cm"),                       # after the second figure of a range
    ("5-3 cm", "cm"),
    ("7×24小时", "小时"),                  # after the second figure of a product
    ("7x24小时", "小时"),
    ("≥80M", "M"),
    ("≥300dpi", "dpi"),
    ("≥ 12 m³/s", "m³/s"),
    ("≤2000元/生·年", "元/生·年"),         # the engine's unit: 生 is a word of units.tsv used "per"
    ("≤2000元/生", "元/生"),
    ("5km²", "km²"),                        # the engine reads km2 (NFKC folds ²), the unit is returned as written
    ("≥5 km", "km"),
    ("≥30场次", "场次"),                    # not 场 and a word 次
    ("≥20台件", "台件"),
    ("≥3个小时", "个小时"),                 # not 个
    ("≥2千米", "千米"),                     # a known unit is not cut after its 千 (the word-after reading gave 米)
    ("≥5万元", "万元"),                     # nor a money unit after its 万 (it gave 元); 万人 is a count's 万, left out
    ("≥3亿人次", "人次"),
    ("80—89周岁", "周岁"),
    ("＜1/10万", "/10万"),                 # a rate per population keeps its base
    ("＜1 / 10万人", "/10万人"),
    ("1/3", ""),                            # a plain fraction has no base
    ("2023年完成96.0%", "%"),              # the date's digits are no figure
    ("按SL 176评定", ""),                  # nor a code's
    ("≥30", ""),
    ("≥30，", ""),
    ("", ""),
    (None, ""),
])
def test_written_unit(text, unit):
    assert written_unit(text) == unit


@pytest.mark.parametrize("text, unit", [
    ("≥ 万人次", "人次"),
    ("≥平方米", "平方米"),
    ("≤万元", "元"),
    ("（%）", "%"),
    ("═%", "%"),            # typed for = on forms, folded
    ("≥ ：。、/~～-—.", ""),
    ("", ""),
    (None, ""),
])
def test_unit_alone(text, unit):
    assert unit_alone(text) == unit


@pytest.mark.parametrize("text, amounts", [
    ("总投资5，000万元", [(5000.0, "万元", 3, 10)]),        # a full-width comma between digit groups: thousands
    ("总投资5,000万元", [(5000.0, "万元", 3, 10)]),
    ("分别为100，200个", []),                               # not money: nothing
    ("≥\t300\t万元", [(300.0, "万元", 2, 8)]),              # blanks of any kind between the figure and its unit
    ("投资五百万元", [(5000000.0, "元", 2, 6)]),             # Chinese numerals
    ("人民币叁佰贰拾柒万伍仟陆佰元整", [(3275600.0, "元", 3, 14)]),
    ("补助12万元/年", [(12.0, "万元", 2, 6)]),              # a compound by its first part
    ("(≥**万元)≥80万元", [(80.0, "万元", 8, 12)]),          # a placeholder is no amount
    ("约500万元", [(500.0, "万元", 1, 6)]),                 # the span starts at the figure
    ("5千元", [(5.0, "千元", 0, 3)]),
    ("500人", []),
    ("", []),
    (None, []),
])
def test_money_amounts(text, amounts):
    assert money_amounts(text) == amounts


def test_money_amounts_of_some_units():
    assert money_amounts("5千元，8万元", ("万元", "元")) == [(8.0, "万元", 4, 7)]


@pytest.mark.parametrize("text, unit", [
    ("公里", "公里"),
    ("≧ %", "%"),                 # after an operator symbol
    ("＞=人次", "人次"),
    ("不少于人次", "人次"),       # or word of operator_words.tsv
    ("达到%", "%"),               # (the indicator reader's own list knew no 达到: it gave None)
    ("万亩", "万亩"),             # a count's 万 kept as written
    ("亿人次", "亿人次"),
    ("千亩", None),               # 千 is no count multiplier
    ("万", None),
    ("元/人", "元/人"),           # a compound of two short words
    ("元/平方米", "元/平方米"),
    ("元/平方公里", None),        # four characters are no short word
    ("≥30公里", None),            # a figure: not a unit alone
    ("公里数", None),
    ("百分比", None),             # an alias only when given
    ("", None),
    (None, None),
])
def test_cell_unit(text, unit):
    assert cell_unit(text) == unit


def test_cell_unit_aliases():
    assert cell_unit("≥ 百分比", {"百分比": "%"}) == "%"
    assert cell_unit("≥ 百分数", {"百分比": "%"}) is None


def test_figures_with_units():
    assert figures_with_units("建成3个站点") == [(3.0, "个", 2, 4)]
    assert figures_with_units("3个与5") == [(3.0, "个", 0, 2)]           # a figure with no unit is left out
    assert figures_with_units("3-5个") == [(5.0, "个", 2, 4)]             # a range: the end written with the unit
    assert figures_with_units("80%-90%") == [(80.0, "%", 0, 3), (90.0, "%", 4, 7)]
    assert figures_with_units("3个/年") == [(3.0, "个", 0, 2)]           # a compound by its first part
    assert figures_with_units("完成 12  家") == [(12.0, "家", 3, 8)]      # blanks before the unit
    assert figures_with_units("100多个") == []                            # the unit is not written right after
    assert figures_with_units("第3个") == []                              # an ordinal
    assert figures_with_units(None) == []


def test_a_count_multiplier_joins_a_compound_unit():
    q = find_quantities("3万人/年")[0]
    assert (q.value, q.unit) == (3.0, "万人/年")
    assert written_unit("≥3万人/年") == "人/年"


def test_a_percentage_in_words_keeps_its_unit_over_a_range():
    q = find_quantities("百分之80-90人")[0]
    assert (q.value, q.upper, q.unit, q.end) == (80.0, 90.0, "%", 8)


@pytest.mark.parametrize("text, clock, ratio", [
    ("9:00—21:00", True, False),
    ("21：30前", True, False),
    ("车桩比≤3:1", False, True),
    ("师生比1∶25", False, True),        # 1∶25: a ratio (two digits after the colon and one before is a clock time)
    ("≥95%", False, False),
    ("", False, False),
    (None, False, False),
])
def test_clock_times_and_ratios(text, clock, ratio):
    assert has_clock_time(text) is clock
    assert is_ratio(text) is ratio


@pytest.mark.parametrize("text, operator", [
    ("室内温度", None),          # 内 and 达 only after a number
    ("达标", None),
    ("3天内", "<="),
    ("90分（含）以上", ">="),
])
def test_operator_words_inside_other_words(text, operator):
    assert parse_operator(text) == operator


@pytest.mark.parametrize("text, value, upper, unit, operator, end", [
    ("90分（含）以上", 90.0, None, "分", ">=", 8),     # (含) between the unit and 以上 is skipped
    ("控制在500人内", 500.0, None, "人", "<=", 8),     # 控制在 takes its closing 内 after any unit
    ("控制在500人", 500.0, None, "人", "<=", 7),
    ("80%-90个", 80.0, 90.0, "个", "range", 7),       # the unit written after the upper bound wins
    ("80%-90%", 80.0, 90.0, "%", "range", 7),
])
def test_scan_edges(text, value, upper, unit, operator, end):
    q = find_quantities(text)[0]
    assert (q.value, q.upper, q.unit, q.operator, q.end) == (value, upper, unit, operator, end)


def test_a_number_does_not_swallow_a_date_after_it():
    number, date = find_quantities("1-2023年")
    assert (number.value, number.upper, number.end) == (1.0, None, 1)
    assert date.kind == "date"
