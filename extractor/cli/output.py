"""Shared output helpers: format choice, JSON to stdout, tables for people, CSV rows."""
from __future__ import annotations

import csv
import io
import json
import re
import sys

import click


_ESCAPE_SEQUENCE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-_])")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal_text(text: str) -> str:
    """Document text made safe to print on a terminal: escape sequences removed, other control characters
    (and bidi overrides) shown as ``�``; tabs and newlines kept."""
    return _CONTROL.sub("\ufffd", _ESCAPE_SEQUENCE.sub("", text))


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
    from rich.markup import escape
    from rich.table import Table

    table = Table(title=escape(terminal_text(title)) if title else None, show_lines=False)
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:  # document text: no escape sequences, no rich markup ([bold] stays as written)
        table.add_row(*(escape(terminal_text(_cell(row.get(c)))) for c in columns))
    Console().print(table)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value)
    return str(value)
