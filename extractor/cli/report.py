"""``jixiao report OUT [-o FILE.xlsx|FILE.html]``: rebuild the coverage report from a batch output."""
from __future__ import annotations

from pathlib import Path

import click


@click.command("report")
@click.argument("out", type=click.Path(file_okay=False, path_type=str))
@click.option("-o", "--output", "target", type=click.Path(dir_okay=False, path_type=str), default=None,
              help="FILE.xlsx or FILE.html (default: both, as OUT/report.xlsx and OUT/report.html)")
def report_command(out: str, target: str | None) -> None:
    """Coverage report (Chinese labels) from the batch output folder OUT."""
    from ..batch import DOCUMENTS_DIR, load_documents
    from ..errors import UsageError
    from ..reports.write import REPORT_HTML, REPORT_XLSX, write_reports

    out_dir = Path(out)
    if not (out_dir / DOCUMENTS_DIR).is_dir():
        raise UsageError(f"{out} is not a batch output folder (no {DOCUMENTS_DIR}/)", hint="run: jixiao batch DIR -o OUT")
    if target is None:
        xlsx, html = out_dir / REPORT_XLSX, out_dir / REPORT_HTML
    else:
        suffix = Path(target).suffix.lower()
        if suffix not in (".xlsx", ".html", ".htm"):
            raise UsageError(f"report file must end in .xlsx or .html, not {suffix or '(none)'}")
        xlsx, html = (Path(target), None) if suffix == ".xlsx" else (None, Path(target))
    for path in write_reports(out_dir, load_documents(out_dir), xlsx, html):
        click.echo(str(path))
