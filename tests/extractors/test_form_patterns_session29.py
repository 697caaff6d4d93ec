"""Patterns of the twenty-ninth session, each from a code-blind part's real layout (the part named at each test)."""
from __future__ import annotations

from extractor import check
from extractor.extractors import extract_document
from tests.extractors.text_docs import mixed_document as _document


# blind145, 湖南省 省级价款地质找矿项目 绩效评价报告 (a progress table of the work done): the kinds of work, their budgeted
# and completed physical workload, the unit in the name's brackets, and a percentage with no role
WORKLOAD = (
    ("工作手段", "预算主要实物工作量", "主要实物工作量完成", "工作量完成百分比"),
    ("钻探(H1)", "110763", "31020", "28.01%"),
    ("浅井(m)", "50", "50", "100.00%"),
    ("槽探(m3)", "141800", "80254", "56.60%"),
)


def test_pattern_5_a_workload_table_of_a_survey_project_is_read():
    ext = extract_document(_document("评价报告.docx", "docx", "(五)项目完成状况", WORKLOAD))
    assert [(i.name, i.value, i.actual, i.unit) for i in ext.indicators] == [
        ("钻探(H1)", 110763, 31020, None), ("浅井(m)", 50, 50, "m"), ("槽探(m3)", 141800, 80254, "m3")]
    names = {i.id: i.name for i in ext.indicators}
    findings = {(f.rule, names.get(f.item, f.item)) for f in check(ext)}
    assert ("target.missing_unit", "钻探(H1)") in findings  # H1 is no unit
    assert not [r for r, _ in findings if r == "coverage.table_not_understood"]
