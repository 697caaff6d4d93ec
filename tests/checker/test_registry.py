"""The registry contract: every rule documented, tested by data, configured in corpora/rules.yaml."""
from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest
import yaml

from extractor.checker.config import Settings, load_config
from extractor.checker.rule import SEVERITIES, all_rules
from extractor.errors import UsageError

ROOT = Path(__file__).resolve().parents[2]
CASES = Path(__file__).resolve().parent / "cases"
DESIGN_IDS = {
    "target.missing_name", "target.missing_value", "target.missing_unit", "target.unit_mismatch",
    "target.vague_wording", "target.qualitative_no_scale", "target.input_or_process", "target.misfiled_dimension",
    "target.cost_restates_budget", "target.time_no_deadline", "target.impossible_value", "target.too_low",
    "target.duplicate", "target.placeholder", "goal.process_only", "goal.budget_text", "goal.unquantified",
    "goal.unmeasured", "coverage.missing_dimension", "coverage.missing_output_dimension", "coverage.too_few_indicators", "consistency.rate",
    "consistency.sum", "consistency.score_exceeds_weight", "consistency.score_total", "consistency.grade",
    "consistency.percent_sum", "consistency.amount_words", "consistency.deviation_reason_missing",
}


def test_every_design_rule_id_is_registered():
    assert DESIGN_IDS <= set(all_rules())


def test_info_rules_of_our_naming_exist():
    rules = all_rules()
    for rule_id in ("target.satisfaction_weak", "target.rate_no_formula", "target.no_value_basis"):
        assert rules[rule_id].severity == "info"


@pytest.mark.parametrize("rule_id", sorted(all_rules()))
def test_rule_has_docs_and_cases(rule_id):
    rule = all_rules()[rule_id]
    assert rule.name and rule.severity in SEVERITIES
    assert "错误示例" in rule.doc and "正确示例" in rule.doc, f"{rule_id} docstring needs a bad and a good example"
    case_file = CASES / f"{rule_id}.yaml"
    assert case_file.exists(), f"no cases for {rule_id}"
    data = yaml.safe_load(case_file.read_text(encoding="utf-8"))
    assert data.get("fail") and data.get("pass"), f"{rule_id} needs failing and passing cases"


def test_config_keys_are_settings_and_every_setting_is_used():
    setting_names = {f.name for f in fields(Settings)}
    declared = {key for rule in all_rules().values() for key in rule.config}
    assert declared <= setting_names, declared - setting_names
    in_yaml = set(yaml.safe_load((ROOT / "corpora" / "rules.yaml").read_text(encoding="utf-8"))["settings"])
    assert in_yaml == declared, in_yaml ^ declared
    assert in_yaml <= setting_names


def test_user_rules_file_disables_and_tunes(tmp_path):
    user = tmp_path / "rules.yaml"
    user.write_text(
        "rules:\n  target.vague_wording: {enabled: false}\n  target.too_low: {severity: error}\n"
        "settings:\n  too_low_ratio: 3\n  vague_words: {effort_words: [争创]}\n", encoding="utf-8")
    config = load_config(user)
    assert not config.state("target.vague_wording").enabled
    assert config.state("target.too_low").severity == "error"
    assert config.settings.too_low_ratio == 3
    assert "争创" in config.settings.all_vague_words and "提高" in config.settings.all_vague_words


@pytest.mark.parametrize("text,fragment", [
    ("rules:\n  target.no_such_rule: {enabled: false}\n", "unknown rule id"),
    ("settings:\n  no_such_setting: 1\n", "unknown checker setting"),
    ("settings:\n  too_low_ratio: 0.5\n", "too_low_ratio"),
    ("rules: [1, 2\n", "not valid YAML"),
])
def test_bad_user_rules_file_is_a_usage_error(tmp_path, text, fragment):
    user = tmp_path / "rules.yaml"
    user.write_text(text, encoding="utf-8")
    with pytest.raises(UsageError) as info:
        load_config(user)
    assert fragment in info.value.message and info.value.code == "usage_error"
