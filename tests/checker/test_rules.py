"""Every rule's pass/fail cases, read from tests/checker/cases/<rule id>.yaml (sqlfluff habit: rule tests as data).

A fail case may assert what the finding carries: ``count``, ``message_contains``, ``suggestion_contains``,
``severity``, ``numbers`` (each value found in some finding), ``evidence`` (exact), ``item`` and ``page`` (where
the first finding points). A case may give ``settings`` merged over corpora/rules.yaml (as a user's rules file).
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from extractor.checker import run_rules
from extractor.checker.rule import family_of
from extractor.extraction import (ContractTerm, Extraction, ExtractionWarning, Fact, Goal, GoalLink, Indicator,
                                  SubProject, Target, TemplateRow)

CASES = Path(__file__).resolve().parent / "cases"


def load_case_files() -> dict[str, dict]:
    return {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(CASES.glob("*.yaml"))}


def _items(case: dict, one: str, many: str) -> list[dict]:
    items = list(case.get(many) or [])
    if case.get(one) is not None:
        items.insert(0, case[one])
    return items


def build_extraction(case: dict) -> Extraction:
    """Records straight from the case: ``indicator(s)``, ``goal(s)``, ``fact(s)``, ``subproject(s)``, ``contract_terms``."""
    indicators = [Indicator(**{"id": f"i{n}", **item}) for n, item in enumerate(_items(case, "indicator", "indicators"), 1)]
    goals = []
    for n, item in enumerate(_items(case, "goal", "goals"), 1):
        item = dict(item)
        targets = [Target(**{"metric": None, "operator": None, "value": None, "unit": None, **t}) for t in item.pop("targets", [])]
        goals.append(Goal(**{"id": f"g{n}", "quantified": False, "targets": targets, **item}))
    facts = [Fact(**{"metric": None, **item}) for item in _items(case, "fact", "facts")]
    terms = [ContractTerm(**item) for item in case.get("contract_terms") or []]
    subprojects = []
    for n, item in enumerate(_items(case, "subproject", "subprojects"), 1):
        item = dict(item)
        links = [GoalLink(**link) for link in item.pop("goal_links", [])]
        subprojects.append(SubProject(**{"id": f"s{n}", "goal_links": links, **item}))
    warnings = [ExtractionWarning(**item) for item in case.get("warnings") or []]
    template_rows = [TemplateRow(**item) for item in case.get("template_rows") or []]
    return Extraction(source="case.yaml", doc_type=case.get("doc_type"), fields=case.get("fields") or {},
                      goals=goals, indicators=indicators, facts=facts, subprojects=subprojects, contract_terms=terms,
                      warnings=warnings, template_rows=template_rows)


def _params():
    for rule_id, data in load_case_files().items():
        for outcome in ("fail", "pass"):
            for case in data.get(outcome) or []:
                yield pytest.param(rule_id, outcome, case, id=f"{rule_id}:{outcome}:{case['name']}")


@pytest.mark.parametrize("rule_id,outcome,case", list(_params()))
def test_rule_case(rule_id, outcome, case):
    # each rule is tested switched on, whatever its default in corpora/rules.yaml; the cases of a family
    # (target.impossible_value) are checked against all its rules
    config = {"rules": {rule_id: {"enabled": True}}, "settings": case.get("settings") or {}}
    findings = [f for f in run_rules(build_extraction(case), config=config) if rule_id in (f.rule, family_of(f.rule))]
    if outcome == "pass":
        assert findings == [], [f.message for f in findings]
        return
    assert findings, f"{rule_id} did not fire on: {case['name']}"
    if "count" in case:
        assert len(findings) == case["count"], [f.message for f in findings]
    first = findings[0]
    if "message_contains" in case:
        assert case["message_contains"] in first.message
    if "suggestion_contains" in case:
        assert case["suggestion_contains"] in first.suggestion
    if "severity" in case:
        assert first.severity == case["severity"]
    if "evidence" in case:
        assert first.evidence == case["evidence"], first.evidence
    for key in ("item", "page"):  # where the finding points: the record's id (or metric) and page
        if key in case:
            assert getattr(first, key) == case[key], getattr(first, key)
    for key, value in (case.get("numbers") or {}).items():
        matching = [f.numbers.get(key) for f in findings]
        assert any(_same(v, value) for v in matching), (key, matching)
    assert first.message and first.suggestion and first.source == "case.yaml"


def _same(got, want) -> bool:
    if isinstance(want, (int, float)) and isinstance(got, (int, float)):
        return abs(got - want) < 1e-6
    return got == want


def test_case_file_names_are_rule_ids():
    data = load_case_files()
    assert data, "no case files"
    for stem, content in data.items():
        assert content["rule"] == stem
