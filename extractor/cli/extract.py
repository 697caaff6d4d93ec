"""``jixiao extract FILE``: goals, indicators, facts, sub-projects and organisations (ARCHITECTURE.md, "Data flow")."""
from __future__ import annotations

import click

from .output import echo_csv, echo_json, echo_table, format_option

INDICATOR_COLUMNS = [
    "id", "level1", "level2", "name", "operator", "value", "unit", "target_text",
    "actual", "actual_text", "weight", "score", "page", "origin",
]
GOAL_COLUMNS = ["id", "kind", "text", "quantified", "targets"]
FACT_COLUMNS = ["kind", "metric", "planned", "actual", "stated_rate", "computed_rate", "unit", "parts", "total", "stated_text", "page"]


@click.command("extract")
@click.argument("file", type=click.Path(dir_okay=False, path_type=str))
@format_option("table", "json", "csv")
@click.option("--explain", is_flag=True,
              help="print, per table, the regions, each column's role and why (the form reader's decisions)")
def extract_command(file: str, fmt: str, explain: bool) -> None:
    """Extract goals, indicators, facts, sub-projects and organisations from FILE (csv: the indicator rows)."""
    from .. import parse
    from ..extractors import extract_document

    doc = parse(file)
    if explain:
        from ..extractors.forms.explain import explain_lines
        from ..extractors.indicators import read_tables
        from ..nlp.script import as_originally_written

        simplified, _ = as_originally_written(doc)  # the tables as the extraction reads them (績效 → 绩效)
        for line in explain_lines(read_tables(simplified)) or ["no table"]:
            click.echo(line)
        return
    ext = extract_document(doc)
    if fmt == "json":
        echo_json(ext.to_dict())
    elif fmt == "csv":
        echo_csv([vars(i) for i in ext.indicators], INDICATOR_COLUMNS)
    else:
        click.echo(f"{ext.source}  type={ext.doc_type}  project={ext.project or '-'}")
        for warning in ext.warnings:
            click.echo(f"warning: {warning.code}: {warning.message}")
        goals = [dict(vars(g), targets=[_target_text(t) for t in g.targets]) for g in ext.goals]
        echo_table(goals, GOAL_COLUMNS, title="目标 goals")
        echo_table([vars(i) for i in ext.indicators], INDICATOR_COLUMNS, title="指标 indicators")
        echo_table([vars(f) for f in ext.facts], FACT_COLUMNS, title="数据关系 facts")
        echo_table([{"name": o.name, "aliases": o.aliases, "roles": o.roles} for o in ext.organisations],
                   ["name", "aliases", "roles"], title="单位 organisations")
        echo_table([{"id": s.id, "name": s.name, "aliases": s.aliases} for s in ext.subprojects],
                   ["id", "name", "aliases"], title="子项目 sub-projects")


def _target_text(t) -> str:
    parts = [t.metric or "", t.operator or "", f"{t.value:g}" if t.value is not None else "", t.unit or ""]
    text = " ".join(p for p in parts if p)
    return f"{text} ({t.deadline})" if t.deadline else text
