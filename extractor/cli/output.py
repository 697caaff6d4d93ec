"""Shared output of every command: the one ``--format`` option, JSON/JSONL/CSV to stdout, tables for people.

Every command that prints results declares its formats with :func:`format_option`; the option is defined
here once, so the default is the same everywhere: ``table`` on a terminal, ``json`` when piped (a command
without a table view falls back to its first format). Lists of records go through :func:`echo_rows`, so a
command gains ``json``, ``jsonl``, ``csv`` and ``table`` by listing them (ARCHITECTURE.md, "Adding an output").
"""
from __future__ import annotations

import csv
import functools
import io
import json
import re
import sys

import click

#: formats of a list of records, in the order shown in ``--help``
LIST_FORMATS = ("table", "json", "jsonl", "csv")

_ESCAPE_SEQUENCE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-_])")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


class FormatOption(click.Option):
    """The ``--format`` option of :func:`format_option` (a test checks that every view uses it)."""


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def default_format(choices: tuple[str, ...] = ("table", "json")) -> str:
    """``table`` on a terminal, ``json`` when piped; a command without one of them gets its first format."""
    wanted = "table" if stdout_is_terminal() else "json"
    return wanted if wanted in choices else choices[0]


def format_option(*choices, default: str | None = None):
    """The ``--format`` option with ``choices``; the command receives ``fmt`` already resolved.

    ``@format_option("table", "json", "csv")`` (a list works too). ``default`` fixes the default instead of
    the terminal/pipe rule (for outputs that are files, not views).
    """
    if len(choices) == 1 and isinstance(choices[0], (list, tuple)):
        choices = tuple(choices[0])
    when = default or ("table on a terminal, json when piped" if {"table", "json"} <= set(choices)
                       else choices[0])

    def decorate(command):
        @functools.wraps(command)
        def resolved(*args, fmt=None, **kwargs):
            return command(*args, fmt=fmt or default or default_format(choices), **kwargs)

        return click.option("--format", "fmt", cls=FormatOption, type=click.Choice(choices), default=None,
                            help=f"output format ({', '.join(choices)}); default: {when}")(resolved)

    return decorate


def echo_rows(rows: list[dict], fmt: str, columns: list[str], title: str | None = None) -> None:
    """A list of records as ``json`` (one array), ``jsonl`` (one object a line), ``csv`` or a ``table``."""
    if fmt == "json":
        echo_json(rows)
    elif fmt == "jsonl":
        echo_jsonl(rows)
    elif fmt == "csv":
        echo_csv(rows, columns)
    else:
        echo_table(rows, columns, title=title)


def echo_json(data) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def echo_jsonl(rows) -> None:
    """Newline-delimited JSON: one compact object a line (for ``jq -c``, ``grep``, streaming readers)."""
    for row in rows:
        click.echo(json.dumps(row, ensure_ascii=False, default=str))


def echo_csv(rows: list[dict], columns: list[str]) -> None:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(row.get(k)) for k in columns})
    click.echo(buf.getvalue(), nl=False)


def echo_table(rows: list[dict], columns: list[str], title: str | None = None) -> None:
    """A table for people; document text is shown as written (no rich markup) and cannot drive the terminal."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table
    from rich.text import Text

    table = Table(title=escape(terminal_text(title)) if title else None, show_lines=False)
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:  # document text: no escape sequences, no rich markup ([bold] stays as written)
        table.add_row(*(Text(terminal_text(_cell(row.get(c)))) for c in columns))
    Console().print(table)


def terminal_text(text: str) -> str:
    """Document text made safe to print on a terminal: escape sequences removed, other control characters
    (and bidi overrides) shown as ``�``; tabs and newlines kept."""
    return _CONTROL.sub("\ufffd", _ESCAPE_SEQUENCE.sub("", text))


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value)
    return str(value)
