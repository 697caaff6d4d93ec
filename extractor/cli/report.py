"""``jixiao report OUT [-o FILE.xlsx|FILE.html] [--rectification FILE.xlsx]``: rebuild the reports of a batch."""
from __future__ import annotations

from pathlib import Path

import click


@click.command("report")
@click.argument("out", type=click.Path(file_okay=False, path_type=str))
@click.option("-o", "--output", "target", type=click.Path(dir_okay=False, path_type=str), default=None,
              help="FILE.xlsx or FILE.html (default: OUT/report.xlsx, OUT/report.html and OUT/整改清单.xlsx)")
@click.option("--rectification", type=click.Path(dir_okay=False, path_type=str), default=None,
              help="write the 整改清单 (errors and warnings per department) to FILE.xlsx")
def report_command(out: str, target: str | None, rectification: str | None) -> None:
    """Coverage report (Chinese labels) and 整改清单 from the batch output folder OUT."""
    from ..batch import DOCUMENTS_DIR, load_documents
    from ..errors import UsageError
    from ..reports.write import RECTIFICATION_XLSX, REPORT_HTML, REPORT_XLSX, write_reports

    out_dir = Path(out)
    if not (out_dir / DOCUMENTS_DIR).is_dir():
        raise UsageError(f"{out} is not a batch output folder (no {DOCUMENTS_DIR}/)",
                         hint="run: jixiao batch DIR -o OUT")
    xlsx = html = fix = None
    if target is None and rectification is None:
        xlsx, html, fix = out_dir / REPORT_XLSX, out_dir / REPORT_HTML, out_dir / RECTIFICATION_XLSX
    if target is not None:
        suffix = Path(target).suffix.lower()
        if suffix not in (".xlsx", ".html", ".htm"):
            raise UsageError(f"report file must end in .xlsx or .html, not {suffix or '(none)'}")
        xlsx, html = (Path(target), None) if suffix == ".xlsx" else (None, Path(target))
    if rectification is not None:
        if Path(rectification).suffix.lower() != ".xlsx":
            raise UsageError(f"--rectification file must end in .xlsx, not {Path(rectification).suffix or '(none)'}")
        fix = Path(rectification)
    for path in write_reports(out_dir, load_documents(out_dir), xlsx, html, fix):
        click.echo(str(path))
