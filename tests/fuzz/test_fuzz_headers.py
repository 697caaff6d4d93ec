"""Fuzzing the indicator-table header recogniser: any rows give None or column roles that index
into the row, and indicator extraction from such a table never raises. Fast mode a few hundred
tables; ``--slow`` 10,000 (issue 7.3)."""
from __future__ import annotations

import pytest
from fuzzing import FUZZ_DERANDOMIZE
from hypothesis import HealthCheck, given, settings, strategies as st

from extractor.document import DocumentBuilder
from extractor.extractors.indicators import classify_header, classify_two_row_header, indicators_from_tables
from extractor.limits import time_limit

FAST, SLOW = 300, 10_000
PER_EXAMPLE_SECONDS = 5.0

CELLS = ["一级指标", "二级指标", "三级指标", "指标名称", "指标内容", "指标值", "年度指标值", "目标值", "实际完成值", "完成值",
         "权重", "分值", "得分", "单位", "计量单位", "运算符", "偏差原因", "评分标准", "数据来源", "指标性质", "序号",
         "产出指标", "数量指标", "效益指标", "满意度指标", "≥90%", "100", "万元", "12公里", "是", "", " ", "\n", "合计"]
cells = st.one_of(st.sampled_from(CELLS), st.text(max_size=8))
rows = st.lists(cells, min_size=0, max_size=12)
tables = st.lists(rows, min_size=0, max_size=8)


def _check_roles(roles, width: int) -> None:
    if roles is None:
        return
    assert isinstance(roles, dict)
    for role, index in roles.items():
        assert isinstance(role, str)
        assert isinstance(index, int) and 0 <= index < max(width, 1)


def _one(table: list[list[str]]) -> None:
    with time_limit(PER_EXAMPLE_SECONDS, "headers"):
        for row in table:
            _check_roles(classify_header(row), len(row))
        for top, bottom in zip(table, table[1:]):
            _check_roles(classify_two_row_header(top, bottom), max(len(top), len(bottom)))
        builder = DocumentBuilder("fuzz.xlsx", "xlsx")
        width = max((len(r) for r in table), default=0)
        builder.add("table", "\n".join("\t".join(r) for r in table), rows=[r + [""] * (width - len(r)) for r in table])
        for indicator in indicators_from_tables(builder.build(pages=1)):
            assert indicator.operator in (None, ">=", "<=", "=", ">", "<", "range")


def _fuzz(examples: int) -> int:
    calls = 0

    @settings(max_examples=examples, deadline=None, database=None, derandomize=FUZZ_DERANDOMIZE,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(tables)
    def run(table):
        nonlocal calls
        calls += 1
        _one(table)

    run()
    return calls


def test_header_recogniser_never_raises():
    assert _fuzz(FAST) >= FAST


@pytest.mark.slow
def test_header_recogniser_never_raises_10000():
    assert _fuzz(SLOW) >= SLOW
