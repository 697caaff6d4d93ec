"""Invariants of the quantity parser: what is written comes back (format → parse), and no input makes it raise.

Under CI (CI=true) Hypothesis replays the same generated inputs every run; the ``@example`` cases are run
every time, everywhere: malformed numbers that once could make a parser raise stay in the replayed set.
"""
from __future__ import annotations

import math

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from extractor.nlp.quantities import (
    find_quantities,
    in_base_unit,
    is_vague,
    parse_amount_words,
    parse_deadline,
    parse_number,
    parse_operator,
    parse_quantity,
    to_yuan,
)

SYMBOLS = {"≥": ">=", "≤": "<=", ">": ">", "<": "<", "=": "=", "不少于": ">=", "不超过": "<=", "不低于": ">=",
           "超过": ">", "低于": "<", "": None}
UNITS = {"个": "count", "人次": "count", "台套": "count", "公里": "count", "天": "count", "%": "percent",
         "‰": "permille", "元": "money", "万元": "money", "亿元": "money", "分": "score"}

decimals = st.integers(min_value=0, max_value=4)
magnitudes = st.integers(min_value=0, max_value=10**9)


def _written(units: int, places: int) -> tuple[str, float]:
    """A number with ``places`` decimals as a document writes it, and its value."""
    value = units / 10**places
    return f"{value:.{places}f}", value


@settings(max_examples=300, deadline=None)
@given(magnitudes, decimals, st.booleans())
def test_number_round_trip(units, places, grouped):
    text, value = _written(units, places)
    if grouped:
        text = f"{value:,.{places}f}"
    assert parse_number(text) == pytest.approx(value, rel=1e-12)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**6), decimals, st.sampled_from([("万", 1e4), ("亿", 1e8), ("千", 1e3),
                                                                              ("百万", 1e6)]))
@example(units=205501, places=2, multiplier=("万", 1e4))  # 2055.01万 once read as the date 2055.01
@example(units=202312, places=2, multiplier=("百万", 1e6))
def test_number_with_multiplier_round_trip(units, places, multiplier):
    text, value = _written(units, places)
    word, factor = multiplier
    assert parse_number(text + word) == pytest.approx(value * factor, rel=1e-12)
    [q] = [q for q in find_quantities(f"共{text}{word}。") if q.kind != "date"]
    assert (q.value, q.unit, q.text) == (pytest.approx(value * factor, rel=1e-12), None, text + word)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(sorted(SYMBOLS)), st.integers(min_value=1, max_value=10**7), decimals, st.sampled_from(sorted(UNITS)))
@example(symbol="", units=191901, places=2, unit="%")  # 1919.01% once read as the date 1919.01
@example(symbol="", units=1958010, places=3, unit="%")  # 1958.010%: the date 1958.01 followed by a digit
@example(symbol="", units=202305, places=1, unit="公里")
def test_quantity_round_trip(symbol, units, places, unit):
    number, value = _written(units, places)
    written = f"{symbol}{number}{unit}"
    q = parse_quantity(written)
    assert (q.operator, q.value, q.unit, q.kind, q.decimals) == (SYMBOLS[symbol], pytest.approx(value), unit,
                                                                 UNITS[unit], places)
    # the same quantity inside a sentence: found alone, its span exactly what was written
    sentence = f"年度目标：{written}。"
    found = [q for q in find_quantities(sentence) if q.kind != "date"]
    assert [(f.text, f.operator, f.value, f.unit) for f in found] == [(written, SYMBOLS[symbol], pytest.approx(value),
                                                                      unit)]
    assert sentence[found[0].start:found[0].end] == written


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**5), st.integers(min_value=0, max_value=10**5),
       st.sampled_from(["-", "~", "至", "～"]), st.sampled_from(["分", "个", "%", ""]))
def test_range_round_trip(low, high, separator, unit):
    low, high = min(low, high), max(low, high)
    q = parse_quantity(f"{low}{separator}{high}{unit}")
    assert (q.operator, q.value, q.upper, q.kind) == ("range", low, high, "range")
    assert q.unit == (unit or None)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=10**6), decimals, st.sampled_from(["人次", "人", "户", "册", "个"]),
       st.sampled_from([("万", 1e4), ("亿", 1e8)]))
def test_counts_in_wan_back_to_base_unit(units, places, unit, multiplier):
    text, value = _written(units, places)
    word, factor = multiplier
    q = parse_quantity(f"受益{text}{word}{unit}")
    assert (q.value, q.unit) == (pytest.approx(value), word + unit)
    assert in_base_unit(q.value, q.unit) == (pytest.approx(value * factor), unit)


@settings(max_examples=100, deadline=None)
@given(st.floats(min_value=0, max_value=1e9, allow_nan=False), st.sampled_from(["元", "千元", "万元", "百万元", "亿元"]))
def test_to_yuan_scales_by_the_unit(value, unit):
    factor = {"元": 1, "千元": 1e3, "万元": 1e4, "百万元": 1e6, "亿元": 1e8}[unit]
    assert to_yuan(value, unit) == pytest.approx(value * factor)


@settings(max_examples=100, deadline=None)
@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False), st.sampled_from(sorted(UNITS) + ["千米", "万"]))
def test_in_base_unit_keeps_units_without_wan(value, unit):
    if unit in ("万元", "亿元"):
        assert in_base_unit(value, unit) == (pytest.approx(value * (1e4 if unit[0] == "万" else 1e8)), "元")
    else:
        assert in_base_unit(value, unit) == (value, unit)


MALFORMED = ["1.2.3万", "1.2.3", "..万", ".万", "万", "亿亿", "1,,000", "1,000,00", "1e309", "9" * 400, "9" * 400 + "万",
             "1_000", "nan", "inf", "-", "+", "点五", "五点", "十点五五五", "壹仟仟", "百万万", "0.0.0亿", "٣.٥万", "²³",
             "１．２．３万", "≥1.2.3万人次", "1.2.3-4.5.6分", "100¥", "5$", "¥.", "百分之", "百分之.", "第", "约", "近。", "2023年13月45日前"]


def _never_raises(text: str) -> None:
    number = parse_number(text)
    assert number is None or (isinstance(number, float) and math.isfinite(number))
    for q in find_quantities(text):
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start:q.end] == q.text
        assert q.value is None or math.isfinite(q.value)
    parse_quantity(text)
    parse_operator(text)
    parse_deadline(text)
    parse_amount_words(text)
    is_vague(text)


_PIECES = ["1", "2", ".", ",", "万", "亿", "千", "百万", "元", "%", "≥", "-", "至", "第", "约", "多", "左右", "以上", "内",
           "年", "月", "日", "前", "底", "百分之", "三", "十", "点", "壹", "拾", "分", "角", "*", "/", "人次"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
@example("1.2.3万")
@example("..万")
@example("9" * 400 + "万")
@example("1e309")
@example("百分之.")
@example("壹仟仟")
@example("1.2.3-4.5.6分")
@example("100¥")
@example("２０２３年１３月４５日前")
def test_malformed_numbers_never_raise(text):
    _never_raises(text)


@pytest.mark.parametrize("text", MALFORMED)
def test_malformed_examples_never_raise(text):
    _never_raises(text)
