"""Checker configuration: which rules run, at which severity, with which lexicons and thresholds.

Defaults live in ``corpora/rules.yaml``; a user file (``--rules FILE``) is merged over them:
lists replace, mappings merge key by key, per-rule entries merge field by field.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path

from ..errors import UsageError
from ..extraction import FULL_SCORE
from ..nlp.lexicon import lexicon_list, units_for
from .rule import SEVERITIES

DEFAULT_TOO_LOW_RATIO = 1.5
DEFAULT_MIN_INDICATORS = 3
DEFAULT_WEIGHT_TOTAL = FULL_SCORE
DEFAULT_EXECUTION_RATE_WEIGHT = 10.0
DEFAULT_MODEL_MIN_PROB = 0.97


@dataclass(frozen=True)
class MisfileRule:
    """Indicator names with one of ``keywords`` (and none of ``exclude``) belong under ``allowed`` 二级."""

    category: str
    keywords: tuple[str, ...]
    allowed: tuple[str, ...]
    exclude: tuple[str, ...] = ()


@dataclass(frozen=True)
class Settings:
    vague_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    binary_values: tuple[str, ...] = ()
    pass_fail_patterns: tuple[str, ...] = ()
    scale_markers: tuple[str, ...] = ()
    graded_level_patterns: tuple[str, ...] = ()
    time_vague_values: tuple[str, ...] = ()
    rate_name_suffixes: tuple[str, ...] = ("率",)
    rate_name_exceptions: tuple[str, ...] = ()
    dimensionless_name_suffixes: tuple[str, ...] = ()
    count_name_suffixes: tuple[str, ...] = ()
    cost_name_suffixes: tuple[str, ...] = ()
    count_units: tuple[str, ...] = ()
    template_units: tuple[str, ...] = ()
    money_units: tuple[str, ...] = field(default_factory=lambda: units_for("checker_money"))
    nonstandard_units: dict[str, str] = field(default_factory=dict)
    growth_words: tuple[str, ...] = ()
    rise_words: tuple[str, ...] = ()
    reach_words: tuple[str, ...] = ()
    single_item_units: tuple[str, ...] = ()
    input_process_names: tuple[str, ...] = ()
    misfiled: tuple[MisfileRule, ...] = ()
    satisfaction_words: tuple[str, ...] = ("满意",)
    satisfaction_generic_names: tuple[str, ...] = ()
    survey_markers: tuple[str, ...] = ()
    budget_phrases: tuple[str, ...] = ()
    total_cost_names: tuple[str, ...] = ()
    unit_cost_markers: tuple[str, ...] = ()
    placeholder_patterns: tuple[str, ...] = ()
    unspecified_values: tuple[str, ...] = ()
    deferred_value_patterns: tuple[str, ...] = ()
    unchosen_scales: tuple[str, ...] = ()
    process_words: tuple[str, ...] = ()
    outcome_words: tuple[str, ...] = ()
    process_objects: tuple[str, ...] = ()
    institution_words: tuple[str, ...] = ()
    payment_manner_words: tuple[str, ...] = ()
    purpose_openers: tuple[str, ...] = ()
    budget_goal_words: tuple[str, ...] = ()
    allocation_markers: tuple[str, ...] = ()
    allocation_verbs: tuple[str, ...] = ()
    wage_words: tuple[str, ...] = ()
    too_low_ratio: float = DEFAULT_TOO_LOW_RATIO
    min_indicators: int = DEFAULT_MIN_INDICATORS
    required_output_dimensions: tuple[str, ...] = ()
    require_output: bool = True
    require_benefit: bool = True
    require_satisfaction: bool = True
    grade_bands: dict[str, float] = field(default_factory=lambda: {"优": 90, "良": 80, "中": 60, "差": 0})
    weight_total: float = DEFAULT_WEIGHT_TOTAL
    execution_rate_weight: float = DEFAULT_EXECUTION_RATE_WEIGHT
    deviation_fillers: tuple[str, ...] = ()
    unfinished_actuals: tuple[str, ...] = ()
    execution_rate_names: tuple[str, ...] = ()
    use_models: bool = False  # target.misfiled_dimension may ask the dimension classifier (off: see rules.yaml)
    model_min_prob: float = DEFAULT_MODEL_MIN_PROB

    def __post_init__(self) -> None:
        if self.too_low_ratio <= 1:
            raise UsageError(f"too_low_ratio must be above 1, got {self.too_low_ratio}")
        if self.min_indicators < 1:
            raise UsageError(f"min_indicators must be at least 1, got {self.min_indicators}")
        if self.weight_total <= 0:
            raise UsageError(f"weight_total must be positive, got {self.weight_total}")
        if not 0 <= self.execution_rate_weight < self.weight_total:
            raise UsageError(f"execution_rate_weight must be in [0, weight_total), got {self.execution_rate_weight}")
        if not 0 < self.model_min_prob <= 1:
            raise UsageError(f"model_min_prob must be in (0, 1], got {self.model_min_prob}")
        for pattern in (*self.placeholder_patterns, *self.graded_level_patterns, *self.pass_fail_patterns,
                        *self.deferred_value_patterns):
            try:
                re.compile(pattern)
            except re.error as exc:
                raise UsageError(f"bad regular expression {pattern!r} in rules settings: {exc}") from None

    @property
    def all_vague_words(self) -> tuple[str, ...]:
        return tuple(w for words in self.vague_words.values() for w in words)

    @property
    def level_adverbs(self) -> tuple[str, ...]:
        """Degree adverbs (显著, 明显, 有效…): a level when they stand alone or close the value."""
        return tuple(self.vague_words.get("degree_adverbs", ()))

    @property
    def change_words(self) -> tuple[str, ...]:
        """Every vague word that makes a change phrase wherever it stands (提高, 进一步, 力争…)."""
        return tuple(w for category, words in self.vague_words.items() if category != "degree_adverbs" for w in words)

    @classmethod
    def from_mapping(cls, data: dict) -> "Settings":
        known = {f.name: f for f in fields(cls)}
        unknown = sorted(set(data) - set(known))
        if unknown:
            raise UsageError(f"unknown checker setting(s): {', '.join(unknown)}", hint=f"known: {', '.join(known)}")
        values = {}
        for name, value in data.items():
            values[name] = _coerce(name, value)
        return cls(**values)


def _coerce(name: str, value):
    if isinstance(value, str) and value.startswith("lexicon:"):
        return _lexicon_list(name, value)
    if name == "misfiled":
        return tuple(
            MisfileRule(
                category=str(item["category"]),
                keywords=tuple(item.get("keywords", ())),
                allowed=tuple(item.get("allowed", ())),
                exclude=tuple(item.get("exclude", ())),
            )
            for item in value or ()
        )
    if name == "vague_words":
        return {str(k): _lexicon_list(name, v) if isinstance(v, str) else tuple(str(w) for w in (v or ()))
                for k, v in (value or {}).items()}
    if name in ("nonstandard_units",):
        return {str(k): str(v) for k, v in (value or {}).items()}
    if name == "grade_bands":
        return {str(k): float(v) for k, v in (value or {}).items()}
    if name in ("too_low_ratio", "weight_total", "execution_rate_weight", "model_min_prob"):
        return float(value)
    if name == "min_indicators":
        return int(value)
    if name in ("require_output", "require_benefit", "require_satisfaction", "use_models"):
        return bool(value)
    if isinstance(value, (list, tuple)):
        return tuple(str(v) for v in value)
    raise UsageError(f"checker setting {name} has an unexpected value: {value!r}")


def _lexicon_list(name: str, reference: str) -> tuple[str, ...]:
    """A setting given as ``lexicon:<file>/<use>`` (rules.yaml: ``count_units: lexicon:units/checker_count``)."""
    try:
        return lexicon_list(reference)
    except KeyError:
        raise UsageError(f"checker setting {name} names an unknown lexicon list: {reference!r}",
                         hint="see the header of the files in corpora/lexicons/") from None


@dataclass(frozen=True)
class RuleState:
    enabled: bool = True
    severity: str | None = None  # None: the rule's own severity

    def __post_init__(self) -> None:
        if self.severity is not None and self.severity not in SEVERITIES:
            raise UsageError(f"severity {self.severity!r} is not one of {', '.join(SEVERITIES)}")


@dataclass(frozen=True)
class CheckerConfig:
    rules: dict[str, RuleState] = field(default_factory=dict)
    settings: Settings = field(default_factory=Settings)

    def state(self, rule_id: str) -> RuleState:
        return self.rules.get(rule_id, RuleState())


def merge_mappings(base: dict, override: dict) -> dict:
    """``override`` over ``base``: nested mappings merge key by key, everything else replaces."""
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = merge_mappings(merged[key], value)
        else:
            merged[key] = value
    return merged


def read_rules_file(path: str | Path) -> dict:
    import yaml

    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        raise UsageError(f"rules file not found: {path}", source=str(path)) from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise UsageError(f"rules file {path.name} is not valid YAML: {exc}", source=str(path)) from None
    if not isinstance(data, dict) or set(data) - {"rules", "settings"}:
        raise UsageError(f"rules file {path.name} must be a mapping with keys 'rules' and/or 'settings'", source=str(path))
    return data


@lru_cache(maxsize=1)
def _default_data() -> dict:
    from ..resources import corpora_path

    return read_rules_file(corpora_path("rules.yaml"))


def build_config(data: dict) -> CheckerConfig:
    entries = rule_entries(data.get("rules") or {})
    states = {rule_id: RuleState(enabled=bool(entry.get("enabled", True)), severity=entry.get("severity"))
              for rule_id, entry in entries.items()}
    return CheckerConfig(rules=states, settings=Settings.from_mapping(data.get("settings") or {}))


def rule_entries(rules: dict) -> dict[str, dict]:
    """Each rule id's entry of the ``rules:`` mapping. An entry for a family (``target.impossible_value``) is the
    entry of each of its rules; a rule's own entry is merged over it, field by field."""
    from .rule import all_rules, rules_named

    known = all_rules()
    entries: dict[str, dict] = {}
    # families first, so that the entries of single rules are merged over theirs
    for name, entry in sorted(rules.items(), key=lambda item: item[0] in known):
        members = rules_named(name)
        if not members:
            raise UsageError(f"unknown rule id {name!r} in rules file", hint="`jixiao rules` lists the rule ids")
        if isinstance(entry, bool):  # `rule: false` switches it off (before `or {}`, which would read it as {})
            entry = {"enabled": entry}
        entry = entry or {}
        for rule in members:
            entries[rule.id] = {**entries.get(rule.id, {}), **entry}
    return entries


def load_config(user_rules: str | Path | dict | None = None) -> CheckerConfig:
    """The default configuration, with ``user_rules`` (a YAML path or a mapping) merged over it."""
    data = _default_data()
    if user_rules is not None:
        override = user_rules if isinstance(user_rules, dict) else read_rules_file(user_rules)
        data = merge_mappings(data, override)
    return build_config(data)


@lru_cache(maxsize=1)
def default_config() -> CheckerConfig:
    return load_config()
