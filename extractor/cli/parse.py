"""``jixiao parse FILE``: the Document as a table of blocks, JSON, Markdown or plain text."""
from __future__ import annotations

import click

from .output import echo_json, echo_rows, format_option

BLOCK_COLUMNS = ["ref", "kind", "page", "where", "text"]
TABLE_TEXT_CHARS = 120  # the table view shows the start of long blocks; json/markdown/text show everything


@click.command("parse")
@click.argument("file", type=click.Path(dir_okay=False, path_type=str))
@format_option("table", "json", "markdown", "text")
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
    elif fmt == "text":
        click.echo(to_text(doc))
    else:
        click.echo(f"{doc.source}  format={doc.format}  pages={doc.pages}  blocks={len(doc.blocks)}")
        echo_rows([_block_row(b) for b in doc.blocks], fmt, BLOCK_COLUMNS)
        for warning in doc.warnings:
            click.echo(f"warning: {warning}", err=True)


def _block_row(block) -> dict:
    text = " | ".join(" ".join(row) for row in block.rows) if block.kind == "table" and block.rows else block.text
    text = " ".join(text.split())
    where = block.provenance.sheet if block.provenance and block.provenance.sheet else ""
    if block.provenance and block.provenance.cells:
        where = f"{where}!{block.provenance.cells}" if where else block.provenance.cells
    return {"ref": block.ref, "kind": block.kind, "page": block.page, "where": where,
            "text": text if len(text) <= TABLE_TEXT_CHARS else text[:TABLE_TEXT_CHARS] + "…"}
