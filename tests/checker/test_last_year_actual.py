"""Last year's actual value: the words before it are a label pattern, the value is the quantity engine's."""
from types import SimpleNamespace

import pytest

from extractor.checker.rules.targets import last_year_actual


@pytest.mark.parametrize("basis, actual", [
    ("历史标准：2024年实际86%", (86.0, "%")),
    ("上年实际260人次", (260.0, "人次")),
    ("上年度实际完成值为 260 人次", (260.0, "人次")),
    ("上年完成≥86％", (86.0, "%")),
    ("上年完成情况：上年实际260人次", (260.0, "人次")),   # the first label a figure follows
    ("上年完成情况良好，上年实际260人次", (260.0, "人次")),
    ("2025年完成500人次", None),                            # a year needs 实际: a plan
    ("上年实际完成情况良好", None),                          # no figure after the label
    ("上年实际约260人次", (260.0, "人次")),                 # an approximation opens a quantity too (the old lookahead: None)
    ("上年实际2024年底完成", None),                          # a date is no figure
    ("", None),
    (None, None),
])
def test_last_year_actual(basis, actual):
    assert last_year_actual(SimpleNamespace(basis=basis, explanation=None, target_text=None)) == actual


def test_last_year_actual_reads_the_explanation_and_the_value_cell():
    ind = SimpleNamespace(basis="见说明", explanation="上年实际90%", target_text="≥95%（上年实际80%）")
    assert last_year_actual(ind) == (90.0, "%")
    assert last_year_actual(SimpleNamespace(basis=None, explanation=None, target_text="≥95%（上年实际80%）")) == (80.0, "%")
