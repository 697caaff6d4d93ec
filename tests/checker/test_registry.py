"""The registry contract: every rule documented, tested by data, configured in corpora/rules.yaml."""
from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest
import yaml

from extractor.checker.config import RuleState, Settings, load_config
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
    """Each id is a rule, or a family of rules (target.impossible_value.rate_over_100, …)."""
    assert DESIGN_IDS <= {rule.family for rule in all_rules().values()}


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


# --- families: target.impossible_value.* and consistency.score_total.* under their old ids ---------------------

IMPOSSIBLE_VALUE = {f"target.impossible_value.{name}" for name in (
    "rate_over_100", "at_least_100", "zero_lower_bound", "one_lower_bound", "negative", "swapped_range",
    "actual_over_100")}


def _enabled(config) -> set[str]:
    return {rule_id for rule_id in all_rules() if config.state(rule_id).enabled}


def test_a_family_is_its_rules():
    families = {}
    for rule in all_rules().values():
        families.setdefault(rule.family, set()).add(rule.id)
    assert families["target.impossible_value"] == IMPOSSIBLE_VALUE
    assert families["consistency.score_total"] == {"consistency.score_total.scores", "consistency.score_total.weights"}
    assert families["target.vague_wording"] == {"target.vague_wording"}  # a rule of no family is its own


def test_select_and_ignore_a_family_or_one_of_its_rules():
    from extractor.checker.selection import select_rules

    config = load_config()
    assert _enabled(select_rules(config, select=["target.impossible_value"])) == IMPOSSIBLE_VALUE
    dropped = _enabled(select_rules(config, ignore=["target.impossible_value"]))
    assert not dropped & IMPOSSIBLE_VALUE and "target.vague_wording" in dropped
    one_off = _enabled(select_rules(config, select=["target"], ignore=["target.impossible_value.at_least_100"]))
    assert IMPOSSIBLE_VALUE - one_off == {"target.impossible_value.at_least_100"}
    # the more specific selector wins: a rule of the family beats the family, the family beats the group
    assert _enabled(select_rules(config, select=["target.impossible_value.negative"],
                                 ignore=["target.impossible_value"])) == {"target.impossible_value.negative"}
    assert _enabled(select_rules(config, select=["target.impossible_value"], ignore=["target"])) == IMPOSSIBLE_VALUE


def test_a_rules_file_may_name_a_family_and_one_of_its_rules_over_it(tmp_path):
    user = tmp_path / "rules.yaml"
    user.write_text("rules:\n  target.impossible_value.negative: {severity: warning}\n"
                    "  target.impossible_value: {enabled: false, severity: info}\n", encoding="utf-8")
    config = load_config(user)
    assert not _enabled(config) & IMPOSSIBLE_VALUE - {"target.impossible_value.negative"}
    assert config.state("target.impossible_value.negative") == RuleState(enabled=False, severity="warning")
    assert config.state("target.impossible_value.rate_over_100").severity == "info"
    user.write_text("rules:\n  target.impossible_value: false\n  target.impossible_value.negative: true\n",
                    encoding="utf-8")
    assert _enabled(load_config(user)) & IMPOSSIBLE_VALUE == {"target.impossible_value.negative"}


def test_rules_command_shows_each_rule_of_a_family():
    from click.testing import CliRunner

    from extractor.cli import cli

    result = CliRunner().invoke(cli, ["rules", "consistency.score_total", "--format", "table"])
    assert result.exit_code == 0, result.output
    shown = [line.split()[0] for line in result.output.splitlines() if line.startswith("consistency.score_total")]
    assert shown == ["consistency.score_total.scores", "consistency.score_total.weights"]
    assert result.output.count("错误示例") == 2
    missing = CliRunner().invoke(cli, ["rules", "consistency.score", "--format", "table"])
    assert missing.exit_code == 2 and "unknown rule" in missing.output
