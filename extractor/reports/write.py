"""Write everything a batch leaves in OUT from its per-document results (always rebuilt in full).

Because the combined outputs depend only on the per-document results, a batch that was killed
and re-run writes the same files as an uninterrupted one.

Each stage (tables, graph, report) shows its progress through :mod:`extractor.progress`; a stage
that fails becomes one coded problem line (``disk_full: ...``, ``output_not_writable: ...``,
``output_failed: ...``) and makes the batch exit 2, the other stages still run, and no temporary
file of the failed stage stays behind.
"""
from __future__ import annotations

import inspect
import sqlite3
from pathlib import Path

REPORT_XLSX = "report.xlsx"
REPORT_HTML = "report.html"


def write_tables(out: Path, results, stage=None) -> None:
    from ..outputs import atomic_write_bytes
    from .tables import build_tables, csv_bytes, write_table

    tables = build_tables(results)
    named = tables.named()
    if stage is not None:
        stage.update(0, len(named) + 1)
    for name, frame in named.items():
        write_table(frame, out / name)
        _advance(stage)
    atomic_write_bytes(out / "errors.csv", csv_bytes(tables.errors))
    _advance(stage)


def write_graph(out: Path, results, stage=None) -> None:
    from dataclasses import fields

    from ..checker.rule import Finding
    from ..extraction import Extraction
    from ..graph.build import build_graph
    from ..graph.store import save_graph

    usable = [r for r in results if r.extraction]
    extractions = [Extraction.from_dict(r.extraction) for r in usable]
    names = {f.name for f in fields(Finding)}
    findings = [[Finding(**{k: v for k, v in f.items() if k in names}) for f in r.findings] for r in usable]
    extra = {}
    if stage is not None:
        stage.update(0, len(extractions))
        if "on_progress" in inspect.signature(build_graph).parameters:
            extra["on_progress"] = stage.update
    graph = build_graph(extractions, findings=findings, **extra)
    save_graph(graph, out)


def write_reports(out: Path, results, xlsx: Path | None = None, html: Path | None = None, stage=None) -> list[Path]:
    from .coverage import build_report
    from .excel import write_excel
    from .html import write_html

    steps = [(write, path) for write, path in ((write_excel, xlsx), (write_html, html)) if path is not None]
    if stage is not None:
        stage.update(0, 1 + len(steps))
    data = build_report(results)
    _advance(stage)
    written, failed = [], []
    for write, path in steps:  # one report that cannot be written must not cost the other
        try:
            written.append(write(data, path))
        except Exception as exc:  # noqa: BLE001  raised below, after the other report
            failed.append(exc)
        _advance(stage)
    if failed:
        raise failed[0]
    return written


def _advance(stage) -> None:
    if stage is not None:
        stage.advance()


def write_outputs(out: Path, results, graph: bool = True, reports: bool = True, progress=None) -> list[str]:
    """All combined outputs; returns one coded line per stage that failed (the others still run)."""
    from ..outputs import remove_temp_files
    from ..progress import Progress

    progress = progress or Progress()
    stages = [("tables", lambda stage: write_tables(out, results, stage))]
    if graph:
        stages.append(("graph", lambda stage: write_graph(out, results, stage)))
    if reports:
        stages.append(("report", lambda stage: write_reports(out, results, out / REPORT_XLSX, out / REPORT_HTML, stage)))
    problems = []
    for name, write in stages:
        try:
            with progress.stage(name) as stage:
                write(stage)
        except Exception as exc:  # noqa: BLE001  one broken stage must not hide the others' outputs
            problems.append(stage_error(name, exc).one_line())
        finally:
            remove_temp_files(out)
    return problems


def stage_error(name: str, exc: BaseException):
    """The coded error of an output stage that raised ``exc``."""
    from ..errors import DiskFull, ExtractorError, OutputError
    from ..outputs import output_error

    if isinstance(exc, ExtractorError):
        exc.message = f"the {name}: {exc.message}"
        return exc
    if isinstance(exc, OSError):
        return output_error(exc, f"the {name}")
    if isinstance(exc, sqlite3.Error) and "full" in str(exc).lower():
        return DiskFull(f"no space left while writing the {name} ({exc})")
    return OutputError(f"could not write the {name}: {type(exc).__name__}: {exc}")
