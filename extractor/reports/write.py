"""Write everything a batch leaves in OUT from its per-document results (always rebuilt in full).

Because the combined outputs depend only on the per-document results, a batch that was killed
and re-run writes the same files as an uninterrupted one.
"""
from __future__ import annotations

import sys
from pathlib import Path

REPORT_XLSX = "report.xlsx"
REPORT_HTML = "report.html"
RECTIFICATION_XLSX = "整改清单.xlsx"


def write_tables(out: Path, results, graph=None) -> None:
    from ..outputs import atomic_write_bytes
    from .tables import build_tables, csv_bytes, write_table

    tables = build_tables(results, graph)
    for name, frame in tables.named().items():
        write_table(frame, out / name)
    atomic_write_bytes(out / "errors.csv", csv_bytes(tables.errors))


def write_graph(out: Path, results):
    """The graph store of a batch; returns the graph (the reports read projects and matches from it)."""
    from dataclasses import fields

    from ..checker.rule import Finding
    from ..extraction import Extraction
    from ..graph.build import build_graph
    from ..graph.store import save_graph

    usable = [r for r in results if r.extraction]
    extractions = [Extraction.from_dict(r.extraction) for r in usable]
    names = {f.name for f in fields(Finding)}
    findings = [[Finding(**{k: v for k, v in f.items() if k in names}) for f in r.findings] for r in usable]
    graph = build_graph(extractions, findings=findings)
    save_graph(graph, out)
    return graph


def write_reports(out: Path, results, xlsx: Path | None = None, html: Path | None = None,
                  rectification: Path | None = None, info=None, graph=None) -> list[Path]:
    """The coverage report (Excel, HTML) and the 整改清单 of a batch output; ``info``: the run's header
    (:class:`~.runinfo.RunInfo`), read from ``out`` when not given; ``graph``: the batch's graph, built here when
    not given."""
    from .coverage import build_report
    from .excel import write_excel
    from .html import write_html
    from .rectification import write_rectification
    from .runinfo import load_run_info

    data = build_report(results, info=info if info is not None else load_run_info(out), graph=graph)
    written = []
    if xlsx is not None:
        written.append(write_excel(data, xlsx))
    if html is not None:
        written.append(write_html(data, html, source_dir=data_source_dir(out, info)))
    if rectification is not None:
        written.append(write_rectification(data, rectification))
    return written


def data_source_dir(out: Path, info=None) -> Path | None:
    """The input folder of the batch (for links from the HTML report to the documents), if known."""
    from .runinfo import load_run_info

    info = info if info is not None else load_run_info(out)
    return Path(info.input_dir) if info.input_dir else None


def write_outputs(out: Path, results, graph: bool = True, reports: bool = True, info=None) -> list[str]:
    """All combined outputs; a stage that fails is reported (returned and on stderr), the others still run.
    ``info``: the run's header (:func:`.runinfo.run_info`), saved to ``OUT/run.json`` for the reports."""
    from .runinfo import save_run_info

    if info is not None:
        save_run_info(out, info)
    built = {}  # the graph, built once for the store, the tables and the reports
    stages = []
    if graph:
        stages.append(("graph", lambda: built.setdefault("graph", write_graph(out, results))))
    stages.append(("tables", lambda: write_tables(out, results, built.get("graph"))))
    if reports:
        stages.append(("report", lambda: write_reports(out, results, out / REPORT_XLSX, out / REPORT_HTML,
                                                       out / RECTIFICATION_XLSX, info, built.get("graph"))))
    problems = []
    for name, stage in stages:
        try:
            stage()
        except Exception as exc:  # noqa: BLE001  one broken stage must not hide the others' outputs
            text = f"{name}: {type(exc).__name__}: {exc}"
            problems.append(text)
            print(f"jixiao batch: could not write the {text}", file=sys.stderr)
    return problems
