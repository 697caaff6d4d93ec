"""Fuzzing the clause segmenter (numbering → clause tree, sentence split): any list of blocks gives a
well-formed tree, never an exception. Fast mode a few hundred documents; ``--slow`` 10,000 (issue 7.3)."""
from __future__ import annotations

import pytest
from fuzzing import FUZZ_DERANDOMIZE
from hypothesis import HealthCheck, given, settings, strategies as st

from extractor.document import DocumentBuilder
from extractor.extractors.sentences import sentences
from extractor.layout.clauses import build_clauses, clause_title
from extractor.layout.headings import match_number
from extractor.limits import time_limit

FAST, SLOW = 300, 10_000
PER_EXAMPLE_SECONDS = 5.0

NUMBERS = ["一、", "二、", "十一、", "（一）", "(二)", "1.", "2．", "1.2", "1.2.3", "（1）", "(3)", "①", "⑩", "第一条", "第十二条",
           "第一章", "第二节", "附件1", "附件：", "A.", "a)", "Ⅰ.", "", "", "一", "1", "（", "第", "条"]
BODIES = ["项目概况", "绩效目标：", "完成道路改造12公里。", "资金到位率100%；", "……………… 3", "目录", "\n", " ", "。", ""]
KINDS = ["heading", "paragraph", "list_item", "table", "footnote", "field"]

blocks = st.lists(
    st.tuples(
        st.sampled_from(KINDS),
        st.one_of(st.tuples(st.sampled_from(NUMBERS), st.sampled_from(BODIES)).map("".join), st.text(max_size=30)),
    ),
    max_size=25,
)


def _one(items: list[tuple[str, str]]) -> None:
    builder = DocumentBuilder("fuzz.txt", "text")
    for kind, text in items:
        if kind == "table":
            builder.add(kind, text, rows=[[text, text[:3]]])
        else:
            builder.add(kind, text)
    doc = builder.build(pages=1)
    with time_limit(PER_EXAMPLE_SECONDS, "clauses"):
        roots = build_clauses(doc)
        refs = {b.ref for b in doc.blocks}
        seen = []
        for root in roots:
            for clause in root.walk():
                assert clause.ref in refs and set(clause.block_refs) <= refs
                assert isinstance(clause.level, int) and clause.level >= 0
                assert all(child.level >= clause.level for child in clause.children)
                seen.append(clause.ref)
        assert len(seen) == len(set(seen))  # every block opens at most one clause
        for _, text in items:
            numbering = match_number(text)
            assert isinstance(clause_title(text, numbering), str)
            assert all(isinstance(s, str) for s in sentences(text))


def _fuzz(examples: int) -> int:
    calls = 0

    @settings(max_examples=examples, deadline=None, database=None, derandomize=FUZZ_DERANDOMIZE,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(blocks)
    def run(items):
        nonlocal calls
        calls += 1
        _one(items)

    run()
    return calls


def test_clause_segmenter_never_raises():
    assert _fuzz(FAST) >= FAST


@pytest.mark.slow
def test_clause_segmenter_never_raises_10000():
    assert _fuzz(SLOW) >= SLOW
