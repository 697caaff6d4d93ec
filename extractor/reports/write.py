"""Write everything a batch leaves in OUT from its per-document results (always rebuilt in full).

Because the combined outputs depend only on the per-document results, a batch that was killed
and re-run writes the same files as an uninterrupted one.
"""
from __future__ import annotations

import sys
from pathlib import Path

REPORT_XLSX = "report.xlsx"
REPORT_HTML = "report.html"


def write_tables(out: Path, results) -> None:
    from ..outputs import atomic_write_bytes
    from .tables import build_tables, csv_bytes, write_table

    tables = build_tables(results)
    for name, frame in tables.named().items():
        write_table(frame, out / name)
    atomic_write_bytes(out / "errors.csv", csv_bytes(tables.errors))


def write_graph(out: Path, results) -> None:
    from dataclasses import fields

    from ..checker.rule import Finding
    from ..extraction import Extraction
    from ..graph.build import build_graph
    from ..graph.store import save_graph

    usable = [r for r in results if r.extraction]
    extractions = [Extraction.from_dict(r.extraction) for r in usable]
    names = {f.name for f in fields(Finding)}
    findings = [[Finding(**{k: v for k, v in f.items() if k in names}) for f in r.findings] for r in usable]
    save_graph(build_graph(extractions, findings=findings), out)


def write_reports(out: Path, results, xlsx: Path | None = None, html: Path | None = None) -> list[Path]:
    from .coverage import build_report
    from .excel import write_excel
    from .html import write_html

    data = build_report(results)
    written = []
    if xlsx is not None:
        written.append(write_excel(data, xlsx))
    if html is not None:
        written.append(write_html(data, html))
    return written


def write_outputs(out: Path, results, graph: bool = True, reports: bool = True) -> list[str]:
    """All combined outputs; a stage that fails is reported (returned and on stderr), the others still run."""
    stages = [("tables", lambda: write_tables(out, results))]
    if graph:
        stages.append(("graph", lambda: write_graph(out, results)))
    if reports:
        stages.append(("report", lambda: write_reports(out, results, out / REPORT_XLSX, out / REPORT_HTML)))
    problems = []
    for name, stage in stages:
        try:
            stage()
        except Exception as exc:  # noqa: BLE001  one broken stage must not hide the others' outputs
            text = f"{name}: {type(exc).__name__}: {exc}"
            problems.append(text)
            print(f"jixiao batch: could not write the {text}", file=sys.stderr)
    return problems
