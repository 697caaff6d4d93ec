"""Run the registered rules over one Extraction: ``run_rules(extraction, config=None) -> list[Finding]``."""
from __future__ import annotations

from pathlib import Path

from ..nlp.framework import scores_the_evaluation
from .config import CheckerConfig, default_config, load_config
from .rule import Finding, Problem, Rule, RuleContext, all_rules


def _targets(ext) -> list:
    """The indicators a target rule judges: not the rows of an evaluation score table (决策/过程/产出/效益 with no
    level of the target tree), which score the evaluation and are no targets (README, "JSON contracts")."""
    return [i for i in ext.indicators if not scores_the_evaluation(i)]


_SCOPE_RECORDS = {
    "goal": lambda ext: ext.goals,
    "indicator": _targets,
    "fact": lambda ext: ext.facts,
    "subproject": lambda ext: ext.subprojects,
    "document": lambda ext: [ext],
}
_SCOPE_ORDER = ("goal", "indicator", "fact", "subproject", "document")


def resolve_config(config: CheckerConfig | str | Path | dict | None) -> CheckerConfig:
    """A ready config from ``None`` (defaults), a rules YAML path, a mapping, or a CheckerConfig."""
    if config is None:
        return default_config()
    if isinstance(config, CheckerConfig):
        return config
    return load_config(config)


def active_rules(config: CheckerConfig) -> list[Rule]:
    return [rule for rule in all_rules().values() if config.state(rule.id).enabled]


def run_rules(extraction, config: CheckerConfig | str | Path | dict | None = None) -> list[Finding]:
    """Every finding of the enabled rules, in document order (goals, indicators, facts, sub-projects, then
    whole-document rules)."""
    config = resolve_config(config)
    context = RuleContext(extraction=extraction, settings=config.settings)
    rules = active_rules(config)
    findings: list[Finding] = []
    for scope in _SCOPE_ORDER:
        scoped = [r for r in rules if r.scope == scope]
        for record in _SCOPE_RECORDS[scope](extraction):
            for rule in scoped:
                for problem in rule.function(record, context) or ():
                    findings.append(_finding(rule, problem, record, extraction, config))
    return findings


def _finding(rule: Rule, problem: Problem, record, extraction, config: CheckerConfig) -> Finding:
    located = problem.record if problem.record is not None else record
    refs = getattr(located, "refs", None) or []
    severity = config.state(rule.id).severity or problem.severity or rule.severity
    return Finding(
        rule=rule.id,
        severity=severity,
        message=problem.message,
        suggestion=problem.suggestion,
        source=extraction.source,
        page=getattr(located, "page", None),
        ref=refs[0] if refs else None,
        evidence=problem.evidence if problem.evidence is not None else getattr(located, "text", "") or "",
        numbers=dict(problem.numbers),
        item=getattr(located, "id", None) or getattr(located, "metric", None),
    )
