"""``jixiao parse FILE``: the Document as JSON, Markdown or plain text."""
from __future__ import annotations

import click

from .output import echo_json


@click.command("parse")
@click.argument("file", type=click.Path(dir_okay=False, path_type=str))
@click.option("--format", "fmt", type=click.Choice(["json", "markdown", "text"]), default="json", show_default=True)
@click.option("--pdf-engine", type=click.Choice(["auto", "pdfplumber", "pdfium"]), default=None, help="PDF text engine")
def parse_command(file: str, fmt: str, pdf_engine: str | None) -> None:
    """Parse FILE (PDF, DOCX, XLSX, TXT) into blocks, tables and numbered clauses."""
    from .. import parse
    from ..render import to_markdown, to_text

    settings = {"engine": pdf_engine} if pdf_engine else {}
    doc = parse(file, **settings)
    if fmt == "json":
        echo_json(doc.to_dict())
    elif fmt == "markdown":
        click.echo(to_markdown(doc))
    else:
        click.echo(to_text(doc))
