"""The dimension and role classifiers, their corpora, their recorded scores and the pipeline helpers."""
from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import pytest

from extractor.document import DocumentBuilder
from extractor.extraction import LEVEL2, Indicator
from extractor.nlp import classify
from extractor.nlp.classify import (
    ROLES,
    ModelSettings,
    classify_dimension,
    classify_roles,
    fill_missing_levels,
    find_role_sentences,
    misfiled_candidates,
    rule_dimension,
    rule_role,
)
from extractor.nlp.framework import parent_of

ROOT = Path(__file__).resolve().parents[2]
ANNOTATIONS = ROOT / "corpora" / "annotations"
SAMPLES = ROOT / "corpora" / "samples"

RULES_ONLY = ModelSettings(use_models=False)


def _records(name: str) -> list[dict]:
    with (ANNOTATIONS / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


# ---------------------------------------------------------------- corpora


@pytest.mark.parametrize(
    "name, minimum, labels",
    [("dimensions.jsonl", 1500, set(LEVEL2)), ("roles.jsonl", 2000, set(ROLES))],
)
def test_annotation_files_are_large_varied_and_split(name, minimum, labels):
    records = _records(name)
    assert len(records) >= minimum
    assert {r["label"] for r in records} == labels
    assert {r["split"] for r in records} == {"train", "dev", "test"}
    assert len({r["domain"] for r in records}) >= 7
    for r in records:
        assert r["text"].strip() and r["domain"]
    by_split: dict[str, set[str]] = {}
    for r in records:
        by_split.setdefault(r["split"], set()).add(r["text"])
    assert not by_split["train"] & by_split["test"]
    assert not by_split["train"] & by_split["dev"]


def test_dimension_records_carry_canonical_level1_of_their_level2():
    for r in _records("dimensions.jsonl"):
        assert r["level2"] == r["label"]
        assert r["level1"] == parent_of(r["level2"])


def test_test_split_shares_no_text_with_our_sample_documents():
    sample = (SAMPLES / "sample_content.py").read_text(encoding="utf-8")
    leaked = [r["text"] for r in _records("dimensions.jsonl") if r["split"] == "test" and f'"{r["text"]}"' in sample]
    assert leaked == []


def test_test_split_holds_templates_never_seen_in_training():
    records = _records("roles.jsonl")
    train_sources = {r["source"] for r in records if r["split"] == "train" and r["source"] != "hand"}
    test_sources = {r["source"] for r in records if r["split"] == "test" and r["source"] != "hand"}
    assert test_sources and not test_sources & train_sources


# ---------------------------------------------------------------- rules


def test_settings_are_validated():
    with pytest.raises(ValueError):
        ModelSettings(misfiled_min_prob=1.5)
    with pytest.raises(TypeError):
        ModelSettings(use_models="yes")


@pytest.mark.parametrize(
    "name, level2",
    [("路灯维修及时率", "时效指标"), ("游客满意度", "服务对象满意度指标"), ("设备抽检合格率", "质量指标"), ("每吨处理单价", "成本指标")],
)
def test_rule_dimension_reads_measure_words(name, level2):
    assert rule_dimension(name) == level2


@pytest.mark.parametrize(
    "sentence, role",
    [
        ("建议财政部门加强预算评审。", "recommendation"),
        ("部分设备长期闲置，使用率偏低。", "problem"),
        ("资金拨付及时率≥95%", "indicator"),
    ],
)
def test_rule_role_reads_cue_words(sentence, role):
    assert rule_role(sentence) == role


# ---------------------------------------------------------------- models


def test_metrics_json_records_both_models_above_targets_and_baselines():
    metrics = json.loads((ROOT / "models" / "metrics.json").read_text(encoding="utf-8"))
    for name, target in (("dimension", 0.90), ("role", 0.85)):
        entry = metrics[name]
        assert entry["macro_f1"] >= target
        assert entry["macro_f1"] > entry["baseline_macro_f1"]
        assert entry["n_test"] > 300
        assert entry["size_bytes"] < 10_000_000


def test_saved_models_hold_no_absolute_paths():
    for path in (ROOT / "models").rglob("*"):
        if path.is_file() and path.suffix in ("", ".cfg", ".json"):
            assert b"/work/" not in path.read_bytes(), path


def test_model_loads_in_a_fresh_process_without_network(tmp_path):
    code = (
        "import socket\n"
        "def refuse(*a, **k): raise OSError('network used')\n"
        "socket.socket.connect = refuse\n"
        "from extractor.nlp.classify import classify_dimension, classify_roles\n"
        "print(classify_dimension(['校车安全检查合格率'])[0][1], classify_roles(['建议加快项目进度。'])[0][0])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, check=True)
    assert out.stdout.split() == ["质量指标", "recommendation"]


def test_dimension_model_levels_are_canonical_and_mostly_right_on_new_names():
    cases = {
        "校车安全检查合格率": "质量指标",
        "图书采购完成时间": "时效指标",
        "参训教师满意度": "服务对象满意度指标",
        "新建充电桩数量": "数量指标",
        "每户改造补助标准": "成本指标",
        "二氧化碳减排量": "生态效益指标",
        "管护机制长效运行情况": "可持续影响指标",
        "带动村集体经济增收": "经济效益指标",
    }
    results = classify_dimension(list(cases))
    for level1, level2, prob in results:
        assert level2 in LEVEL2 and level1 == parent_of(level2) and 0.0 < prob <= 1.0
    right = sum(1 for (_, level2, _), want in zip(results, cases.values()) if level2 == want)
    assert right >= 7


def test_role_model_probabilities_and_roles():
    results = classify_roles(["力争到2027年实现城乡供水一体化。", "项目资金结余较多，执行率偏低。"])
    assert [r for r, _ in results] == ["goal", "problem"]
    assert all(0.0 < p <= 1.0 for _, p in results)


# ---------------------------------------------------------------- pipeline helpers


def _indicators() -> list[Indicator]:
    return [
        Indicator(id="I1", name="公交站亭新建数量", refs=["b1"]),
        Indicator(id="I2", name="乘客满意度", level1="满意度指标", refs=["b1"]),
        Indicator(id="I3", name="决策", level1_text="决策", refs=["b2"]),
        Indicator(id="I4", name="污水管网建设完成时间", level1="产出指标", level2="时效指标", refs=["b1"]),
    ]


@pytest.mark.parametrize("settings", [ModelSettings(), RULES_ONLY], ids=["models", "rules"])
def test_fill_missing_levels_fills_only_missing_levels_without_mutating(settings):
    if settings.use_models and not classify.model_available("dimension"):
        pytest.skip("models/ not trained")
    before = _indicators()
    snapshot = [asdict(i) for i in before]
    after = fill_missing_levels(before, settings=settings)
    assert [asdict(i) for i in before] == snapshot
    assert (after[0].level1, after[0].level2) == ("产出指标", "数量指标")
    assert (after[1].level1, after[1].level2) == ("满意度指标", "服务对象满意度指标")
    assert after[2].level2 is None  # a score-table row of the evaluation framework is left alone
    assert after[3] == before[3]


def test_fill_missing_levels_keeps_records_below_the_threshold():
    after = fill_missing_levels([Indicator(id="I1", name="公交站亭新建数量")], min_prob=1.01)
    assert after[0].level2 is None


def test_misfiled_candidates_flag_a_confident_contradiction_only():
    declared_wrong = Indicator(id="I1", name="学生家长满意度", level1="产出指标", level2="数量指标")
    declared_right = Indicator(id="I2", name="校舍维修验收合格率", level1="产出指标", level2="质量指标")
    cost_101 = Indicator(id="I3", name="每平方米维修单价", level1="成本指标", level2="经济成本指标")
    found = misfiled_candidates([declared_wrong, declared_right, cost_101])
    assert [(ind.id, level2) for ind, level2, _ in found] == [("I1", "服务对象满意度指标")]
    assert found[0][2] >= 0.9
    assert misfiled_candidates([declared_wrong], settings=RULES_ONLY) == []


def _narrative_document():
    builder = DocumentBuilder("report.txt", "text")
    builder.add("heading", "三、项目实施情况", level=1)
    builder.add("paragraph", "力争到2026年，全县农村学校全部配齐多媒体教学设备。评价组于5月开展了现场核查。", page=1)
    builder.add("paragraph", "部分学校设备安装后长期闲置，培训跟进不到位。", page=2)
    builder.add("paragraph", "建议县教育局建立设备使用考核制度。", page=2)
    return builder.build(pages=2)


@pytest.mark.parametrize("settings", [ModelSettings(), RULES_ONLY], ids=["models", "rules"])
def test_find_role_sentences_finds_goal_and_problem_sentences_of_the_running_text(settings):
    if settings.use_models and not classify.model_available("role"):
        pytest.skip("models/ not trained")
    found = find_role_sentences(_narrative_document(), settings=settings)
    roles = {(s.role, s.text[:4]) for s in found}
    assert ("goal", "力争到2") in roles
    assert ("problem", "部分学校") in roles
    assert all(s.role in ("goal", "problem") for s in found)
    problem = next(s for s in found if s.role == "problem")
    assert problem.page == 2 and problem.refs


def test_find_role_sentences_rejects_unknown_roles():
    with pytest.raises(ValueError):
        find_role_sentences(_narrative_document(), roles=("goal", "wish"))


def test_seed_report_yields_problem_and_recommendation_sentences(seed_text, tmp_path):
    import extractor

    path = tmp_path / "seed.txt"
    path.write_text(seed_text, encoding="utf-8")
    found = find_role_sentences(extractor.parse(path), roles=("problem", "recommendation"))
    roles = {s.role for s in found}
    assert roles == {"problem", "recommendation"}
    assert any("建议" in s.text for s in found if s.role == "recommendation")


# ---------------------------------------------------------------- training


def test_training_is_reproducible_with_a_fixed_seed(tmp_path):
    from extractor.nlp.train import train

    first = train(seed=3, output=tmp_path / "a", models=("role",), log=lambda line: None)[0]
    second = train(seed=3, output=tmp_path / "b", models=("role",), log=lambda line: None)[0]
    assert first.macro_f1 == second.macro_f1 and first.per_label_f1 == second.per_label_f1
    metrics = json.loads((tmp_path / "a" / "metrics.json").read_text(encoding="utf-8"))
    assert set(metrics["role"]) >= {"macro_f1", "baseline_macro_f1", "n_test"}
    assert (tmp_path / "a" / "role" / "config.cfg").is_file()
