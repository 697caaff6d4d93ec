"""Acceptance on the real seed report (../shared/seed): arithmetic findings are exactly the real mismatches.

I read the report as a reviewer and recomputed every stated percentage that has its own counts,
every total with its parts, the score table and the grade. Only one does not match:
五星好评率 stated 99.99 %, while 35,793,910 / 35,806,422 = 99.965 % (99.97 % to two decimals).
Everything else is consistent (e.g. 96/100 = 96.00 %, 25/27 = 92.59 %, 59/66 = 89.39 %,
3033/3184 = 95.26 %, 1738/35,806,422 = 0.005 %, 14 + 15.92 + 23.88 + 23.40 = 77.20 → 中).

The first test builds the facts itself from the seed text with patterns written for each sentence
(so only the checker is under test); the second feeds the facts of the real extractor.
"""
from __future__ import annotations

import re

import pytest

from extractor.checker import run_rules
from extractor.extraction import Extraction, Fact

pytestmark = pytest.mark.seed

EXPECTED_RATE_MISMATCHES = {"五星好评率"}  # from the hand computation above

# (metric, pattern over the whitespace-free text: planned, actual, rate)
COMPLETION_SENTENCES = [
    ("启动", r"计划启动子项目(\d+)个，实际启动(\d+)个，如期完成率([\d.]+)%"),
    ("可研", r"计划完成子项目可研报告编制工作(\d+)个，实际完成(\d+)个，如期完成率([\d.]+)%"),
    ("初设", r"计划完成子项目初步设计文档编制工作(\d+)个，实际完成(\d+)个，如期完成率([\d.]+)%"),
    ("立项", r"计划正式立项子项目(\d+)个，实际完成(\d+)个，如期完成率([\d.]+)%"),
    ("入场", r"计划子项目集成实施单位可入场实施(\d+)个，实际完成(\d+)个，如期完成率([\d.]+)%"),
    ("初验", r"计划子项目完成初验(\d+)个，实际完成(\d+)个，如期完成率为([\d.]+)%"),
    ("终验", r"计划子项目完成终验(\d+)个，实际完成(\d+)个，如期完成率([\d.]+)%"),
]


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _decimals(number: str) -> int:
    return len(number.split(".", 1)[1]) if "." in number else 0


def _rate_fact(metric, planned, actual, rate, text, kind="completion", unit=None) -> Fact:
    return Fact(metric=metric, kind=kind, planned=float(planned.replace(",", "")), actual=float(actual.replace(",", "")),
                stated_rate=float(rate), decimals=_decimals(rate), unit=unit, text=text)


def _search(pattern: str, text: str) -> re.Match:
    match = re.search(pattern, text)
    assert match, f"seed sentence not found: {pattern}"
    return match


def hand_read_facts(seed: str) -> list[Fact]:
    flat = _flat(seed)
    facts = []
    for metric, pattern in COMPLETION_SENTENCES:
        m = _search(pattern, flat)
        facts.append(_rate_fact(metric, m.group(1), m.group(2), m.group(3), m.group(0)))
    m = _search(r"累计安排预算([\d,.]+)万元，实际支出([\d,.]+)万元，支出率为([\d.]+)%", flat)
    facts.append(_rate_fact("支出率", m.group(1), m.group(2), m.group(3), m.group(0), kind="budget", unit="万元"))
    m = _search(r"事项共(\d+)项，可网办事项(\d+)项，可网办率([\d.]+)%；可全程网办事项(\d+)项，可全程网办率([\d.]+)%", flat)
    facts.append(_rate_fact("可网办率", m.group(1), m.group(2), m.group(3), m.group(0)))
    facts.append(_rate_fact("可全程网办率", m.group(1), m.group(4), m.group(5), m.group(0)))
    m = _search(r"总评价数(\d+)条，其中五星好评(\d+)条，五星好评率([\d.]+)%，差评(\d+)条（含1星及2星评价数），差评率([\d.]+)%", flat)
    facts.append(_rate_fact("五星好评率", m.group(1), m.group(2), m.group(3), m.group(0)))
    facts.append(_rate_fact("差评率", m.group(1), m.group(4), m.group(5), m.group(0)))
    rows = re.findall(r"(决策|过程|产出|效益|合计)\s+(\d+)\s+([\d.]+)\s+([\d.]+)%", seed)
    assert [r[0] for r in rows] == ["决策", "过程", "产出", "效益", "合计"], rows
    for name, weight, score, rate in rows:
        facts.append(_rate_fact(f"{name}得分率", weight, score, rate, f"{name} {weight} {score} {rate}%"))
    *parts, total = rows
    facts.append(Fact(metric="评价得分合计", kind="sum", parts=[float(r[2]) for r in parts], total=float(total[2])))
    facts.append(Fact(metric="指标分值合计", kind="sum", parts=[float(r[1]) for r in parts], total=float(total[1])))
    m = _search(r"(\d+)个子项目中，支出率达到100%的(\d+)个，90%-100%（含下限不含上限，下同）的(\d+)个，80%-90%的(\d+)个，60%-80%的(\d+)个，低于60%的(\d+)个", flat)
    facts.append(Fact(metric="按支出率分档的子项目数", kind="sum", unit="个", parts=[float(g) for g in m.groups()[1:]], total=float(m.group(1))))
    m = _search(r"有(\d+)个子项目（包括(\d+)个初验、(\d+)个终验）", flat)
    facts.append(Fact(metric="完成验收子项目数", kind="sum", unit="个", parts=[float(m.group(2)), float(m.group(3))], total=float(m.group(1))))
    m = _search(r"工作专班(\d+)人（市政数局(\d+)人、抽调市直部门业务骨干(\d+)人）", flat)
    facts.append(Fact(metric="工作专班人数", kind="sum", unit="人", parts=[float(m.group(2)), float(m.group(3))], total=float(m.group(1))))
    m = _search(r"申报资金约([\d.]+)亿元.*?资金需求约为([\d.]+)亿元，总体核减金额约([\d.]+)亿元", flat)
    facts.append(Fact(metric="申报资金", kind="sum", unit="亿元", parts=[float(m.group(2)), float(m.group(3))], total=float(m.group(1)), text=m.group(0)))
    for m in re.finditer(r"绩效得分(?:为：)?([\d.]+)分，等级为“(.)”", flat):
        facts.append(Fact(metric="绩效得分", kind="grade", actual=float(m.group(1)), stated_text=m.group(2), text=m.group(0)))
    return facts


def _arithmetic(findings):
    return [f for f in findings if f.rule.startswith("consistency.")]


def test_hand_read_facts_report_exactly_the_real_mismatches(seed_text):
    facts = hand_read_facts(seed_text)
    assert len(facts) >= 25
    findings = _arithmetic(run_rules(Extraction(source="seed", doc_type="evaluation_report", facts=facts)))
    assert {f.item for f in findings if f.rule == "consistency.rate"} == EXPECTED_RATE_MISMATCHES
    assert [f.rule for f in findings] == ["consistency.rate"], [f.message for f in findings]
    (finding,) = findings
    assert finding.numbers["stated_rate"] == 99.99
    assert round(finding.numbers["computed_rate"], 2) == 99.97
    assert "99.97%" in finding.message and "99.97%" in finding.suggestion


def test_planted_change_to_a_seed_figure_is_caught(seed_text):
    """Guard against a checker that never fires: corrupt one consistent rate and the score total."""
    facts = hand_read_facts(seed_text)
    for fact in facts:
        if fact.metric == "可研":
            fact.stated_rate = 92.95  # digits swapped
        if fact.metric == "评价得分合计":
            fact.total = 77.02
    rules = {(f.rule, f.item) for f in _arithmetic(run_rules(Extraction(source="seed", facts=facts)))}
    assert ("consistency.rate", "可研") in rules and ("consistency.score_total.scores", "评价得分合计") in rules


def test_real_extractor_on_the_seed(seed_path):
    """End to end: extractor.extract on the seed Document, then the checker."""
    import extractor
    from extractor.document import Document

    doc = extractor.parse(seed_path)
    assert isinstance(doc, Document)
    ext = extractor.extract(doc)
    rate_facts = [f for f in ext.facts if f.kind in ("completion", "budget") and f.stated_rate is not None]
    assert len(rate_facts) >= 10, "the extractor should find the stated rates with their counts"
    findings = _arithmetic(run_rules(ext))
    assert findings, "the 五星好评率 mismatch must be reported"
    assert all(f.rule == "consistency.rate" and "好评" in (f.item or "") for f in findings), [f.message for f in findings]
    assert round(findings[0].numbers["computed_rate"], 2) == 99.97
