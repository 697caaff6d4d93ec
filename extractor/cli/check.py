"""``jixiao check PATH...``: findings of the checker rules for each file (ARCHITECTURE.md, "The checker")."""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import click

from ..errors import ExtractorError
from .output import LIST_FORMATS, echo_rows, format_option

COLUMNS = ["rule", "severity", "message", "suggestion", "source", "page", "location", "ref", "evidence", "numbers"]
TABLE_COLUMNS = ["source", "location", "severity", "rule", "message", "suggestion"]
STATISTICS_COLUMNS = ["count", "rule", "severity", "name"]
FAIL_LEVELS = {"error": 2, "warning": 1, "never": 99}


def check_file(path: Path, config) -> list[dict]:
    """The findings of one file as rows, each with its ``location`` for people (第3页, 申报表!C7, 第2个表格第5行)
    when the parsed document is at hand (a document, or a batch's OUT/documents/*.json)."""
    from ..checker import run_rules
    from ..reports.location import Locator, finding_location, records_by_id

    extraction, document = _extraction_and_document(path)
    locator, records = Locator(document), records_by_id(extraction.to_dict())
    rows = []
    for finding in run_rules(extraction, config=config):
        row = finding.to_dict()
        row["location"] = finding_location(locator, row, records) if document else ""
        rows.append(row)
    return rows


def _extraction_and_document(path: Path):
    from ..saved import is_saved_extraction, load_saved_record

    if is_saved_extraction(path):
        return load_saved_record(path)
    from .. import extract, parse

    doc = parse(path)
    return extract(doc), doc.to_dict()


def concise_location(row: dict) -> str:
    """Where a finding is, for people: its ``location`` (第3页, 申报表!C7, 第2个表格第5行) when known, else its ref."""
    if row.get("location"):
        return str(row["location"])
    if row.get("page"):
        return f"第{row['page']}页"
    return row.get("ref") or "-"


def concise_line(row: dict) -> str:
    """``file:location: rule message`` (one finding a line, like a compiler)."""
    message = " ".join(str(row["message"]).split())
    return f"{row['source']}:{concise_location(row)}: {row['rule']} {message}"


@click.command("check")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@format_option(*LIST_FORMATS, "concise")
@click.option("--fail-on", type=click.Choice(["error", "warning", "never"]), default="error", show_default=True,
              help="exit 1 when a finding at or above this severity is found")
@click.option("--rules", "rules_file", type=click.Path(dir_okay=False, path_type=str), default=None,
              help="YAML file merged over corpora/rules.yaml (enable, disable, tune rules)")
@click.option("--select", multiple=True, metavar="RULE_OR_PREFIX",
              help="run only these rules: ids or groups (target, goal., consistency.rate); repeatable or comma-separated")
@click.option("--ignore", multiple=True, metavar="RULE_OR_PREFIX",
              help="do not run these rules (ids or groups); the more specific of --select/--ignore wins")
@click.option("--statistics", is_flag=True, help="print the number of findings per rule instead of the findings")
def check_command(paths: tuple[str, ...], fmt: str, fail_on: str, rules_file: str | None,
                  select: tuple[str, ...], ignore: tuple[str, ...], statistics: bool) -> None:
    """Check goals, indicators and figures in PATH... (documents, saved extraction JSON, folders, or a batch
    output folder OUT, whose OUT/documents/*.json are read) and list the findings.

    Exit status: 0 no findings at the --fail-on level, 1 findings at or above it,
    2 when a file could not be read (the other files are still checked).
    """
    from ..checker.config import load_config
    from ..checker.rule import SEVERITY_RANK
    from ..checker.selection import select_rules
    from ..discovery import expand_paths
    from ..parsers import SUFFIXES

    config = select_rules(load_config(rules_file), select, ignore)  # bad rules or selectors: usage error
    found = expand_paths(paths, suffixes=SUFFIXES)
    _echo_skipped(found.skipped)
    if not found.files:
        click.echo(f"Error: empty_document: no supported files in {', '.join(paths)}", err=True)
        sys.exit(2)
    rows, failed = [], 0
    for file in found.files:
        try:
            rows.extend(check_file(file.path, config))
        except ExtractorError as exc:
            failed += 1
            click.echo(f"Error: {exc.one_line()}", err=True)
    if statistics:
        _echo_statistics(rows, fmt)
    else:
        _echo_findings(rows, fmt, len(found.files))
    counts = {s: sum(1 for r in rows if r["severity"] == s) for s in ("error", "warning", "info")}
    click.echo(f"{len(found.files)} file(s), {len(rows)} finding(s): "
               + ", ".join(f"{n} {s}" for s, n in counts.items()) + (f"; {failed} file(s) failed" if failed else ""),
               err=True)
    if failed:
        sys.exit(2)
    if any(SEVERITY_RANK[r["severity"]] >= FAIL_LEVELS[fail_on] for r in rows):
        sys.exit(1)


def _echo_skipped(skipped: list) -> None:
    """Paths not read, on stderr: each one that may surprise (links, special files, OUT folders), counts of the rest."""
    quiet = Counter(s.reason for s in skipped if s.reason in ("unsupported", "hidden"))
    for path in skipped:
        if path.reason not in quiet:
            click.echo(path.describe(), err=True)
    if quiet:
        click.echo("skipped: " + ", ".join(f"{n} {reason}" for reason, n in sorted(quiet.items())), err=True)


def _echo_findings(rows: list[dict], fmt: str, files: int) -> None:
    from ..checker.rule import SEVERITY_RANK

    if fmt == "concise":
        for row in rows:
            click.echo(concise_line(row))
    elif fmt == "csv":
        echo_rows([{**r, "numbers": json.dumps(r["numbers"], ensure_ascii=False)} for r in rows], fmt, COLUMNS)
    elif fmt == "table":  # for people: errors first, file names without their folders
        people = sorted(rows, key=lambda r: (r["source"], -SEVERITY_RANK[r["severity"]]))
        people = [{**r, "source": Path(r["source"]).name} for r in people]
        echo_rows(people, fmt, TABLE_COLUMNS, title=f"jixiao check: {files} file(s)")
    else:
        echo_rows(rows, fmt, COLUMNS)


def _echo_statistics(rows: list[dict], fmt: str) -> None:
    """Findings per rule, most frequent first (ruff's ``--statistics``)."""
    from ..checker import all_rules

    rules = all_rules()
    counts = Counter((r["rule"], r["severity"]) for r in rows)
    table = [{"count": n, "rule": rule, "severity": severity, "name": rules[rule].name if rule in rules else ""}
             for (rule, severity), n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]
    if fmt == "concise":
        for row in table:
            click.echo(f"{row['count']:>5}  {row['rule']}  [{row['severity']}]  {row['name']}")
    else:
        echo_rows(table, fmt, STATISTICS_COLUMNS, title="findings per rule")
