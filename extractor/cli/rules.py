"""``jixiao rules [RULE_ID]``: the checker rules with their documentation (the rule docstrings)."""
from __future__ import annotations

import inspect

import click

from ..errors import UsageError
from .output import LIST_FORMATS, echo_rows, format_option


@click.command("rules")
@click.argument("rule_id", required=False)
@click.option("--rules", "rules_file", type=click.Path(dir_okay=False, exists=True), help="YAML file merged over corpora/rules.yaml")
@format_option(*LIST_FORMATS)
def rules_command(rule_id: str | None, rules_file: str | None, fmt: str) -> None:
    """List the checker rules (id, severity, on/off, name), or show one rule's documentation."""
    from ..checker import all_rules
    from ..checker.runner import resolve_config

    config = resolve_config(rules_file)
    rules = all_rules()
    if rule_id is not None and rule_id not in rules:
        raise UsageError(f"unknown rule {rule_id!r}; `jixiao rules` lists them")
    rows = [
        {
            "rule": r.id,
            "severity": config.state(r.id).severity or r.severity,
            "enabled": config.state(r.id).enabled,
            "name": r.name,
            "config": list(r.config),
            "doc": inspect.cleandoc(r.function.__doc__ or ""),
        }
        for r in rules.values()
        if rule_id in (None, r.id)
    ]
    if fmt != "table":
        echo_rows(rows, fmt, ["rule", "severity", "enabled", "name", "config", "doc"])
    elif rule_id is not None:
        row = rows[0]
        click.echo(f"{row['rule']}  [{row['severity']}{'' if row['enabled'] else ', off'}]  {row['name']}\n")
        click.echo(row["doc"])
        if row["config"]:
            click.echo(f"\nsettings: {', '.join(row['config'])}")
    else:
        echo_rows(rows, fmt, ["rule", "severity", "enabled", "name"], title="jixiao check rules")
