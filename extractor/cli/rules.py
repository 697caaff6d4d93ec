"""``jixiao rules [RULE_ID]``: the checker rules with their documentation (the rule docstrings)."""
from __future__ import annotations

import inspect
import re

import click

from ..errors import UsageError
from .output import LIST_FORMATS, echo_rows, format_option


@click.command("rules")
@click.argument("rule_id", required=False)
@click.option("--rules", "rules_file", type=click.Path(dir_okay=False, exists=True), help="YAML file merged over corpora/rules.yaml")
@format_option(*LIST_FORMATS)
def rules_command(rule_id: str | None, rules_file: str | None, fmt: str) -> None:
    """List the checker rules (id, severity, on/off, name), or show one rule's documentation (each of a family's)."""
    from ..checker import all_rules
    from ..checker.rule import rules_named
    from ..checker.runner import resolve_config

    config = resolve_config(rules_file)
    rules = list(all_rules().values()) if rule_id is None else rules_named(rule_id)
    if not rules:
        raise UsageError(f"unknown rule {rule_id!r}; `jixiao rules` lists them")
    rows = [
        {
            "rule": r.id,
            "severity": config.state(r.id).severity or r.severity,
            "enabled": config.state(r.id).enabled,
            "name": r.name,
            "config": list(r.config),
            "doc": plain_doc(r.function.__doc__ or ""),
        }
        for r in rules
    ]
    if fmt != "table":
        echo_rows(rows, fmt, ["rule", "severity", "enabled", "name", "config", "doc"])
    elif rule_id is not None:
        click.echo("\n\n".join(_documentation(row) for row in rows))
    else:
        echo_rows(rows, fmt, ["rule", "severity", "enabled", "name"], title="jixiao check rules")


def _documentation(row: dict) -> str:
    """One rule's documentation: its id, severity and name, its docstring, the settings it reads."""
    lines = [f"{row['rule']}  [{row['severity']}{'' if row['enabled'] else ', off'}]  {row['name']}\n", row["doc"]]
    if row["config"]:
        lines.append(f"\nsettings: {', '.join(row['config'])}")
    return "\n".join(lines)


_ROLE = re.compile(r":(?:func|mod|class|data|attr|meth|obj):`~?([^`]+)`")
_LITERAL = re.compile(r"``([^`]+)``")


def plain_doc(docstring: str) -> str:
    """A rule's docstring as text for people: reST roles and literal quotes taken off (``x`` → x)."""
    text = inspect.cleandoc(docstring)
    return _LITERAL.sub(r"\1", _ROLE.sub(r"\1", text))
