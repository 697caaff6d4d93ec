"""The checker's text helpers read numbers through the quantity reader (nlp/quantities), not with patterns of their own."""
from __future__ import annotations

import pytest

from extractor.checker.text import stated_decimals


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
