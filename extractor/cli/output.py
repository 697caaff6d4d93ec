"""Shared output helpers: format choice, JSON to stdout, tables for people, CSV rows."""
from __future__ import annotations

import csv
import io
import json
import sys

import click


def default_format() -> str:
    """``table`` on a terminal, ``json`` when piped."""
    return "table" if sys.stdout.isatty() else "json"


def format_option(choices: list[str], default: str | None = None):
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(choices),
        default=default,
        help=f"output format ({', '.join(choices)}); default: "
        + (default or "table on a terminal, json when piped"),
    )


def echo_json(data) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def echo_csv(rows: list[dict], columns: list[str]) -> None:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(row.get(k)) for k in columns})
    click.echo(buf.getvalue(), nl=False)


def echo_table(rows: list[dict], columns: list[str], title: str | None = None) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(row.get(c)) for c in columns))
    Console().print(table)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value)
    return str(value)
