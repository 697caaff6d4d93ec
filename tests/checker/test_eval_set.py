"""The hand-labelled evaluation set (corpora/annotations/checker_eval.yaml): size, valid labels, and a
regression guard on the goals of issue 4 (vague/missing group P and R >= 0.95, planted arithmetic recall 1.0)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import yaml

from extractor.checker import all_rules

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT / "corpora" / "annotations" / "checker_eval.yaml"


def _bench():
    spec = importlib.util.spec_from_file_location("eval_checker", ROOT / "bench" / "eval_checker.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_eval_set_size_and_labels():
    data = yaml.safe_load(EVAL.read_text(encoding="utf-8"))
    projects = data["projects"]
    assert sum(len(p["rows"]) for p in projects) >= 300
    assert sum(len(p["goals"]) for p in projects) >= 40
    assert len({p["domain"] for p in projects}) >= 7
    known = set(all_rules())
    bench = _bench()
    for index, project in enumerate(projects, 1):
        _, labels = bench.build(project, index)
        for rule_ids in labels.values():
            assert set(rule_ids) <= known, rule_ids


def test_checker_meets_the_issue_goals_on_the_eval_set():
    bench = _bench()
    data = yaml.safe_load(EVAL.read_text(encoding="utf-8"))
    scored = set(all_rules()) - set(data["not_scored"])
    expected, found = set(), set()
    for index, project in enumerate(data["projects"], 1):
        ext, labels = bench.build(project, index)
        tag = f"P{index}"
        for item, rule_ids in labels.items():
            expected |= {(f"{tag}:doc" if item == "doc" else item, r) for r in rule_ids}
        found |= bench.found_pairs(ext, tag, scored)
    group = set(bench.VAGUE_GROUP)
    _, _, _, precision, recall = bench.prf({p for p in expected if p[1] in group}, {p for p in found if p[1] in group})
    assert precision >= 0.95 and recall >= 0.95, (precision, recall)
    arithmetic = {p for p in expected if p[1].startswith("consistency.")}
    assert len(arithmetic) >= 10
    assert arithmetic <= found, arithmetic - found


HELDOUT = ROOT / "corpora" / "annotations" / "checker_heldout.yaml"
# Disagreements with the first blind set that stay by choice (item, rule, why). Any other disagreement is a regression.
ACCEPTED_HELDOUT_DISAGREEMENTS = {
    # the two sets differ on a vague "improved state" used as the value: checker_eval.yaml labels it
    # vague_wording only (持续改善, 显著改善), checker_heldout.yaml labels it both; the checker follows checker_eval.yaml
    ("P1.r11", "target.qualitative_no_scale"),   # 明显改善
    ("P12.r12", "target.qualitative_no_scale"),  # 持续改善
    # either reading defensible (reviewer's note): 显著 as vague rather than qualitative, 待定 as placeholder,
    # "≥1个" for a single platform (a lower bound of 1 is not reported as trivial)
    ("P2.r8", "target.qualitative_no_scale"),
    ("P2.r8", "target.vague_wording"),
    ("P4.r7", "target.missing_value"),
    ("P4.r7", "target.placeholder"),
    ("P5.r4", "target.impossible_value"),
}


def test_first_blind_set_disagreements_are_only_the_accepted_ones():
    bench = _bench()
    data = yaml.safe_load(HELDOUT.read_text(encoding="utf-8"))
    scored = set(all_rules()) - set(data["not_scored"])
    expected, found = set(), set()
    for index, project in enumerate(data["projects"], 1):
        ext, labels = bench.build(project, index)
        for item, rule_ids in labels.items():
            expected |= {(f"P{index}:doc" if item == "doc" else item, r) for r in rule_ids}
        found |= bench.found_pairs(ext, f"P{index}", scored)
    group = set(bench.VAGUE_GROUP) | {"goal.process_only", "goal.budget_text", "target.impossible_value"}
    disagreements = {p for p in expected ^ found if p[1] in group}
    assert disagreements <= ACCEPTED_HELDOUT_DISAGREEMENTS, sorted(disagreements - ACCEPTED_HELDOUT_DISAGREEMENTS)


HELDOUT2 = ROOT / "corpora" / "annotations" / "checker_heldout2.yaml"
# Rows of the second blind set the checker got wrong on its one official run and that were then fixed by general
# rules (rates per population as units, 达到100%, written-out scales, festival deadlines, …度 rates, 批次). They must
# stay in agreement with the labels. The set's official figures remain those of the first run.
FIXED_HELDOUT2_ITEMS = {"P1.r7", "P4.r6", "P5.r8", "P7.r12", "P8.r14", "P9.r7", "P9.r10", "P14.r7"}


def test_second_blind_set_rows_fixed_after_the_official_run_stay_fixed():
    bench = _bench()
    data = yaml.safe_load(HELDOUT2.read_text(encoding="utf-8"))
    scored = set(all_rules()) - set(data["not_scored"])
    expected, found = set(), set()
    for index, project in enumerate(data["projects"], 1):
        ext, labels = bench.build(project, index)
        for item, rule_ids in labels.items():
            expected |= {(item, r) for r in rule_ids if item in FIXED_HELDOUT2_ITEMS}
        found |= {p for p in bench.found_pairs(ext, f"P{index}", scored) if p[0] in FIXED_HELDOUT2_ITEMS}
    assert expected ^ found == set(), sorted(expected ^ found)
