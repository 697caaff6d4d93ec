"""``--select`` / ``--ignore``: which rules run, chosen by rule id or group prefix (ruff's convention).

A selector is a rule id (``target.vague_wording``), a family of rules (``target.impossible_value`` for
``target.impossible_value.rate_over_100`` and its siblings) or a group (``target``, ``target.``). For each rule
the most specific selector that matches it decides (an id beats a family, a family beats a group; between
equals, ``--ignore`` wins). Without ``--select`` the rules switched on in the configuration are the starting set; with it,
only the selected rules run. A rule switched off in the configuration runs only when ``--select``
names it by its full id.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ..errors import UsageError
from .config import CheckerConfig, RuleState


def split_selectors(values: Iterable[str]) -> list[str]:
    """``("target,goal", "consistency.rate")`` -> ``["target", "goal", "consistency.rate"]``."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def select_rules(config: CheckerConfig, select: Iterable[str] = (), ignore: Iterable[str] = ()) -> CheckerConfig:
    """``config`` with only the rules chosen by ``select`` and not removed by ``ignore`` switched on."""
    from .rule import all_rules

    select, ignore = split_selectors(select), split_selectors(ignore)
    if not select and not ignore:
        return config
    rule_ids = list(all_rules())
    for selector in (*select, *ignore):
        if not any(_matches(selector, rule_id) for rule_id in rule_ids):
            raise UsageError(f"{selector!r} is neither a rule id nor a rule group",
                             hint="`jixiao rules` lists them; groups: "
                             + ", ".join(sorted({r.split('.')[0] for r in rule_ids})))
    states = dict(config.rules)
    for rule_id in rule_ids:
        current = config.state(rule_id)
        enabled = _decide(rule_id, current.enabled, select, ignore)
        states[rule_id] = replace(current, enabled=enabled) if rule_id in states else RuleState(enabled=enabled)
    return replace(config, rules=states)


def _decide(rule_id: str, enabled: bool, select: list[str], ignore: list[str]) -> bool:
    chosen = max((_specificity(s) for s in select if _matches(s, rule_id)), default=None)
    dropped = max((_specificity(s) for s in ignore if _matches(s, rule_id)), default=None)
    if dropped is not None and (chosen is None or dropped >= chosen):
        return False
    if not select:
        return enabled
    if chosen is None:
        return False
    return enabled or chosen == _specificity(rule_id)  # a switched-off rule runs when named in full


def _matches(selector: str, rule_id: str) -> bool:
    group = selector.rstrip(".")
    return rule_id == selector or rule_id.startswith(group + ".")


def _specificity(selector: str) -> int:
    """1 for a group, 2 for a family or a rule of no family, 3 for a rule of a family."""
    return selector.rstrip(".").count(".") + 1
