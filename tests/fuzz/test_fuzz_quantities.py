"""Fuzzing the quantity parser (extractor.nlp.quantities): any text gives Quantity records or None, never an exception.

Fast mode runs a few hundred generated texts; ``--slow`` runs 10,000 (issue 7.3).
"""
from __future__ import annotations

import math

import pytest
from fuzzing import FUZZ_DERANDOMIZE
from hypothesis import HealthCheck, given, settings, strategies as st

from extractor.limits import time_limit
from extractor.nlp import quantities as q

FAST, SLOW = 300, 10_000
PER_EXAMPLE_SECONDS = 5.0

#: pieces that exercise the grammar: digits, Chinese numerals, units, operators, dates, ranges, noise
PIECES = [
    "0", "1", "9", "12", "3.5", "96.00", "1,234.5", "1e999", "０", "１２", "一", "二", "十", "百", "千", "万", "亿", "零",
    "两", "壹", "贰", "拾", "佰", "仟", "圆", "整", "角", "分", "%", "％", "‰", "元", "万元", "亿元", "个", "项", "人次",
    "台套", "天", "年", "月", "日", "前", "底", "以内", "≥", ">=", "≤", "<=", "＞", "<", "=", "不低于", "不少于", "达到",
    "约", "左右", "多", "余", "若干", "近", "-", "—", "～", "~", "至", "到", "(", "）", "。", "，", " ", "\n", "第",
    "季度", "2023", "2024年12月31日前", "满意度", "执行率", "公里", "平方米", "m²", ".", "..", "%%", "\x00", "\u3000",
]
texts = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=30).map("".join),
    st.text(max_size=60),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=20).map("".join),
)


def _check_quantity(text: str, item: q.Quantity) -> None:
    assert isinstance(item, q.Quantity)
    assert item.value is None or isinstance(item.value, float | int)
    assert item.operator in (None, ">=", "<=", "=", ">", "<", "range")
    assert 0 <= item.start <= item.end <= len(text)
    if item.value is not None and math.isfinite(item.value) and item.upper is not None and math.isfinite(item.upper):
        assert item.kind is not None


def _one(text: str) -> None:
    with time_limit(PER_EXAMPLE_SECONDS, "quantities"):
        for item in q.find_quantities(text):
            _check_quantity(text, item)
        single = q.parse_quantity(text)
        if single is not None:
            _check_quantity(text, single)
        number = q.parse_number(text)
        assert number is None or isinstance(number, float | int)
        assert q.parse_operator(text) in (None, ">=", "<=", "=", ">", "<", "range")
        q.parse_deadline(text)
        q.parse_amount_words(text)
        q.is_vague(text)
        assert isinstance(q.normalise(text), str)


def _fuzz(examples: int) -> int:
    calls = 0

    @settings(max_examples=examples, deadline=None, database=None, derandomize=FUZZ_DERANDOMIZE,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
    @given(texts)
    def run(text):
        nonlocal calls
        calls += 1
        _one(text)

    run()
    return calls


def test_quantity_parser_never_raises():
    assert _fuzz(FAST) >= FAST


@pytest.mark.slow
def test_quantity_parser_never_raises_10000():
    assert _fuzz(SLOW) >= SLOW
