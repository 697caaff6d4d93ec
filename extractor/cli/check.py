"""``jixiao check PATH...``: findings of the checker rules for each file (design §3, §5)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..errors import ExtractorError, UnsupportedFormat
from .output import default_format, echo_csv, echo_json, echo_table, format_option

COLUMNS = ["rule", "severity", "message", "suggestion", "source", "page", "ref", "evidence", "numbers"]
TABLE_COLUMNS = ["source", "page", "severity", "rule", "message", "suggestion"]
FAIL_LEVELS = {"error": 2, "warning": 1, "never": 99}


def supported_files(directory: Path) -> list[Path]:
    """Every file under ``directory`` whose suffix a parser reads (hidden files and folders skipped)."""
    from ..parsers import SUFFIXES

    return sorted(
        p for p in directory.rglob("*")
        if p.is_file() and p.suffix.lower() in SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(directory).parts)
    )


def expand_paths(paths: tuple[str, ...]) -> list[Path]:
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        files.extend(supported_files(path) if path.is_dir() else [path])
    return files


def load_extraction(path: Path):
    """An Extraction from a document (parse + extract) or from a saved extraction JSON."""
    from ..extraction import Extraction

    if path.suffix.lower() == ".json" and path.is_file():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise UnsupportedFormat(f"{path.name} is not an extraction JSON: {exc}", source=str(path)) from None
        if not isinstance(data, dict) or "source" not in data:
            raise UnsupportedFormat(f"{path.name} is JSON but not an extraction (no 'source')", source=str(path))
        return Extraction.from_dict(data)
    from .. import extract, parse

    return extract(parse(path))


def check_file(path: Path, config):
    from ..checker import run_rules

    return run_rules(load_extraction(path), config=config)


@click.command("check")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@format_option(["table", "json", "csv"])
@click.option("--fail-on", type=click.Choice(["error", "warning", "never"]), default="error", show_default=True,
              help="exit 1 when a finding at or above this severity is found")
@click.option("--rules", "rules_file", type=click.Path(dir_okay=False, path_type=str), default=None,
              help="YAML file merged over corpora/rules.yaml (enable, disable, tune rules)")
def check_command(paths: tuple[str, ...], fmt: str | None, fail_on: str, rules_file: str | None) -> None:
    """Check goals, indicators and figures in PATH... (files or folders) and list the findings.

    Exit status: 0 no findings at the --fail-on level, 1 findings at or above it,
    2 when a file could not be read (the other files are still checked).
    """
    from ..checker.config import load_config
    from ..checker.rule import SEVERITY_RANK

    config = load_config(rules_file)  # a bad rules file is a usage error for the whole run
    fmt = fmt or default_format()
    findings, failed = [], 0
    files = expand_paths(paths)
    if not files:
        click.echo(f"Error: empty_document: no supported files in {', '.join(paths)}", err=True)
        sys.exit(2)
    for path in files:
        try:
            findings.extend(check_file(path, config))
        except ExtractorError as exc:
            failed += 1
            click.echo(f"Error: {exc.one_line()}", err=True)
    rows = [f.to_dict() for f in findings]
    if fmt == "json":
        echo_json(rows)
    elif fmt == "csv":
        echo_csv([{**r, "numbers": json.dumps(r["numbers"], ensure_ascii=False)} for r in rows], COLUMNS)
    else:  # for people: errors first, file names without their folders
        people = sorted(rows, key=lambda r: (r["source"], -SEVERITY_RANK[r["severity"]]))
        people = [{**r, "source": Path(r["source"]).name} for r in people]
        echo_table(people, TABLE_COLUMNS, title=f"jixiao check: {len(files)} file(s)")
    counts = {s: sum(1 for f in findings if f.severity == s) for s in ("error", "warning", "info")}
    click.echo(f"{len(files)} file(s), {len(findings)} finding(s): "
               + ", ".join(f"{n} {s}" for s, n in counts.items()) + (f"; {failed} file(s) failed" if failed else ""),
               err=True)
    if failed:
        sys.exit(2)
    if any(SEVERITY_RANK[f.severity] >= FAIL_LEVELS[fail_on] for f in findings):
        sys.exit(1)
