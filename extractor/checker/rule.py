"""The rule registry: one small function per rule, with an id, a readable name, a severity and config keys.

A rule function receives one record (an :class:`~extractor.extraction.Indicator`, a
:class:`~extractor.extraction.Goal`, a :class:`~extractor.extraction.Fact`, a
:class:`~extractor.extraction.SubProject`, or the whole
:class:`~extractor.extraction.Extraction` for ``scope="document"``) and a :class:`RuleContext`,
and yields :class:`Problem` objects. The runner turns each problem into a :class:`Finding`
with the rule id, severity, source, page and ref filled in. The function's docstring is the
rule's user documentation and must contain a 错误示例 and a 正确示例 (sqlfluff habit).
"""
from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

SEVERITIES = ("error", "warning", "info")
SCOPES = ("indicator", "goal", "fact", "subproject", "document")
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


@dataclass
class Finding:
    """One problem found by one rule (JSON contract: ARCHITECTURE.md, "Records and JSON contracts")."""

    rule: str
    severity: str
    message: str
    suggestion: str = ""
    source: str = ""
    page: int | None = None
    ref: str | None = None
    evidence: str = ""
    numbers: dict[str, Any] = field(default_factory=dict)
    item: str | None = None  # id of the goal/indicator, or the fact's metric

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Problem:
    """What a rule function yields; the runner adds rule id, severity and location."""

    message: str
    suggestion: str = ""
    evidence: str | None = None
    numbers: dict[str, Any] = field(default_factory=dict)
    record: Any = None  # record that locates the problem (defaults to the checked record)
    severity: str | None = None  # a milder variant of the rule may lower its severity


@dataclass
class RuleContext:
    """What every rule may read besides its record: the whole extraction and the settings."""

    extraction: Any
    settings: Any
    _computed: dict = field(default_factory=dict, repr=False)

    def once(self, key: str, compute: Callable[[], Any]) -> Any:
        """What ``compute()`` returns, computed once a run: a summary of the whole extraction that the rule reads for
        each of its records (which tables score their rows), so a rule stays linear in the records."""
        if key not in self._computed:
            self._computed[key] = compute()
        return self._computed[key]


RuleFunction = Callable[[Any, RuleContext], Iterable[Problem]]


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    severity: str
    scope: str
    function: RuleFunction
    config: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise ValueError(f"rule {self.id}: severity {self.severity!r} not in {SEVERITIES}")
        if self.scope not in SCOPES:
            raise ValueError(f"rule {self.id}: scope {self.scope!r} not in {SCOPES}")
        if "." not in self.id:
            raise ValueError(f"rule id {self.id!r} must look like group.name")

    @property
    def doc(self) -> str:
        return inspect.cleandoc(self.function.__doc__ or "")

    @property
    def group(self) -> str:
        return self.id.split(".", 1)[0]

    @property
    def family(self) -> str:
        return family_of(self.id)


def family_of(rule_id: str) -> str:
    """The id a rule is named under: ``target.impossible_value`` for ``target.impossible_value.rate_over_100``, a
    rule's own id when it has no family (the first two parts of the id). Selectors, rules files and the evaluation
    gold may name a family for all its rules."""
    return ".".join(rule_id.split(".")[:2])


REGISTRY: dict[str, Rule] = {}


def register(rule_id: str, name: str, *, severity: str, scope: str, config: tuple[str, ...] = ()):
    """Decorator: add the function to :data:`REGISTRY` as rule ``rule_id``."""

    def decorate(function: RuleFunction) -> RuleFunction:
        if rule_id in REGISTRY and REGISTRY[rule_id].function is not function:
            raise ValueError(f"rule {rule_id} registered twice")
        REGISTRY[rule_id] = Rule(rule_id, name, severity, scope, function, tuple(config))
        return function

    return decorate


def all_rules() -> dict[str, Rule]:
    """Every registered rule (imports the rule modules on first use)."""
    from . import rules  # noqa: F401  (registers on import)

    return dict(REGISTRY)


def rules_named(rule_or_family: str) -> list[Rule]:
    """The rule with this id, or every rule of this family (``target.impossible_value``); [] for neither."""
    rules = all_rules()
    if rule_or_family in rules:
        return [rules[rule_or_family]]
    return [rule for rule in rules.values() if rule.family == rule_or_family]
