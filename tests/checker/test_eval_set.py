"""The hand-labelled evaluation sets: the in-house set (checker_eval.yaml: size, valid labels, the goals of issue 4 —
vague/missing group P and R >= 0.95, planted arithmetic recall 1.0) and the blind sets after their one official run
(checker_heldout*.yaml: no disagreement beyond the accepted ones)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
import yaml

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
    bench = _bench()
    known = bench.rule_families()  # the labels name a family for all its rules (target.impossible_value)
    for index, project in enumerate(projects, 1):
        _, labels = bench.build(project, index)
        for rule_ids in labels.values():
            assert set(rule_ids) <= known, rule_ids


def test_checker_meets_the_issue_goals_on_the_eval_set():
    bench = _bench()
    expected, found, *_ = bench.score([EVAL])
    group = set(bench.VAGUE_GROUP)
    _, _, _, precision, recall = bench.prf({p for p in expected if p[1] in group}, {p for p in found if p[1] in group})
    assert precision >= 0.95 and recall >= 0.95, (precision, recall)
    arithmetic = {p for p in expected if p[1].startswith("consistency.")}
    assert len(arithmetic) >= 10
    assert arithmetic <= found, arithmetic - found


# The blind sets were each measured once (their first-run figures are in their headers and the README); the errors
# they showed were then fixed by general rules. From then on they guard against regressions: any disagreement with
# their labels other than the ones accepted below fails.
ACCEPTED_DISAGREEMENTS = {
    "checker_heldout.yaml": set(),
    "checker_heldout2.yaml": set(),
    "checker_heldout3.yaml": set(),
    "checker_heldout5.yaml": set(),
    "checker_heldout6.yaml": set(),
    "checker_heldout7.yaml": set(),
    "checker_heldout8.yaml": {
        # "松林生态系统 │ 得到有效保护": by "One problem, one rule" a degree adverb followed by a verb (有效保护) is a
        # change phrase (vague_wording); the reviewer read it as a level (qualitative_no_scale)
        ("P6.r13", "target.vague_wording"),
        ("P6.r13", "target.qualitative_no_scale"),
        # "对2座焚烧发电厂按72元/吨标准给予垃圾处理补贴，全年安排补贴资金4320万元": paying 2 plants reads as a result
        # (like "为1200名老人发放补贴"); the reviewer read the plants as recipients of an allocation
        ("P4.g1", "goal.budget_text"),
    },
    "checker_heldout4.yaml": {
        # "举办年度学员成果展 ≥1场": the reviewer was unsure; a lower bound of 1 is trivial only for a single item
        # (一个平台, 一套系统), an event held at least once is a real if low target
        ("P3.r4", "target.impossible_value"),
        # "安装保护界桩及标识牌 ≥95%": the name has no count suffix (…数, …数量), so the checker cannot tell it is a count
        ("P7.r5", "target.unit_mismatch"),
    },
}


@pytest.mark.parametrize("name", sorted(ACCEPTED_DISAGREEMENTS))
def test_blind_sets_stay_in_agreement_after_their_first_run(name):
    bench = _bench()
    expected, found, *_ = bench.score([ROOT / "corpora" / "annotations" / name])
    assert expected ^ found <= ACCEPTED_DISAGREEMENTS[name], sorted(expected ^ found - ACCEPTED_DISAGREEMENTS[name])
