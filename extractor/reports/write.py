"""Write everything a batch leaves in OUT from its per-document results (always rebuilt in full).

Because the combined outputs depend only on the per-document results, a batch that was killed
and re-run writes the same files as an uninterrupted one.

Each stage (graph, graph store, tables, report) shows its progress through :mod:`extractor.progress`; a stage
that fails becomes one coded problem line (``disk_full: ...``, ``output_not_writable: ...``,
``output_failed: ...``) and makes the batch exit 2, the other stages still run, and no temporary
file of the failed stage stays behind.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

REPORT_XLSX = "report.xlsx"
REPORT_HTML = "report.html"
RECTIFICATION_XLSX = "整改清单.xlsx"


def write_tables(out: Path, results, graph=None, stage=None) -> None:
    from ..outputs import atomic_write_bytes
    from .tables import build_tables, csv_bytes, write_table

    tables = build_tables(results, graph)
    named = tables.named()
    if stage is not None:
        stage.update(0, len(named) + 1)
    for name, frame in named.items():
        write_table(frame, out / name)
        _advance(stage)
    atomic_write_bytes(out / "errors.csv", csv_bytes(tables.errors))
    _advance(stage)


def build_batch_graph(results, on_progress=None):
    """The linked graph of the batch's results; ``on_progress(done, total)`` as documents are added and linked."""
    from dataclasses import fields

    from ..checker.rule import Finding
    from ..extraction import Extraction
    from ..graph.build import build_graph

    usable = [r for r in results if r.extraction]
    extractions = [Extraction.from_dict(r.extraction) for r in usable]
    names = {f.name for f in fields(Finding)}
    findings = [[Finding(**{k: v for k, v in f.items() if k in names}) for f in r.findings] for r in usable]
    return build_graph(extractions, findings=findings, on_progress=on_progress)


def write_graph(out: Path, results):
    """The graph store of a batch; returns the graph (the reports read projects and matches from it)."""
    from ..graph.store import save_graph

    graph = build_batch_graph(results)
    save_graph(graph, out)
    return graph


def write_reports(out: Path, results, xlsx: Path | None = None, html: Path | None = None,
                  rectification: Path | None = None, info=None, graph=None, stage=None) -> list[Path]:
    """The coverage report (Excel, HTML) and the 整改清单 of a batch output; ``info``: the run's header
    (:class:`~.runinfo.RunInfo`), read from ``out`` when not given; ``graph``: the batch's graph, built here when
    not given. One file that cannot be written does not cost the others (its error is raised after them)."""
    from .coverage import build_report
    from .excel import write_excel
    from .rectification import write_rectification
    from .runinfo import load_run_info

    info = info if info is not None else load_run_info(out)
    steps = [(write, path) for write, path in ((write_excel, xlsx), (_html_writer(out, info), html),
                                               (write_rectification, rectification)) if path is not None]
    if stage is not None:
        stage.update(0, 1 + len(steps))
    data = build_report(results, info=info, graph=graph)
    _advance(stage)
    written, failed = [], []
    for write, path in steps:
        try:
            written.append(write(data, path))
        except Exception as exc:  # noqa: BLE001  raised below, after the other files
            failed.append(exc)
        _advance(stage)
    if failed:
        raise failed[0]
    return written


def _html_writer(out: Path, info):
    from .html import write_html

    return lambda data, path: write_html(data, path, source_dir=data_source_dir(out, info))


def data_source_dir(out: Path, info=None) -> Path | None:
    """The input folder of the batch (for links from the HTML report to the documents), if known."""
    from .runinfo import load_run_info

    info = info if info is not None else load_run_info(out)
    return Path(info.input_dir) if info.input_dir else None


def _advance(stage) -> None:
    if stage is not None:
        stage.advance()


def write_outputs(out: Path, results, graph: bool = True, reports: bool = True, info=None, progress=None) -> list[str]:
    """All combined outputs; returns one coded line per stage that failed (the others still run).
    ``info``: the run's header (:func:`.runinfo.run_info`), saved to ``OUT/run.json`` for the reports."""
    from ..outputs import remove_temp_files
    from ..progress import Progress
    from .runinfo import save_run_info

    progress = progress or Progress()
    if info is not None:
        save_run_info(out, info)
    from ..graph.store import save_graph

    built = {}  # the graph, built once for the store, the tables and the reports
    stages = []
    if graph:
        stages.append(("graph", lambda stage: built.setdefault("graph", build_batch_graph(results, stage.update))))
        stages.append(("graph store", lambda stage: "graph" in built and save_graph(built["graph"], out, stage.update)))
    stages.append(("tables", lambda stage: write_tables(out, results, built.get("graph"), stage)))
    if reports:
        stages.append(("report", lambda stage: write_reports(out, results, out / REPORT_XLSX, out / REPORT_HTML,
                                                             out / RECTIFICATION_XLSX, info, built.get("graph"),
                                                             stage)))
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

    cause = exc.__cause__ or exc.__context__
    if getattr(exc, "code", "") == OutputError.code and isinstance(cause, (OSError, sqlite3.Error)):
        return stage_error(name, cause)  # an output error without its reason (the store's): coded by the system's
    if isinstance(exc, ExtractorError):
        exc.message = f"the {name}: {exc.message}"
        return exc
    if isinstance(exc, OSError):
        return output_error(exc, f"the {name}")
    if isinstance(exc, sqlite3.Error) and "full" in str(exc).lower():
        return DiskFull(f"no space left while writing the {name} ({exc})")
    return OutputError(f"could not write the {name}: {type(exc).__name__}: {exc}")
