"""Deterministic DOCX/XLSX writers for the real-layout corpus (shared by make_real_layouts.py).

A document is a list of blocks: ``Para`` (a line of text; ``style`` title/heading/body) and ``Table`` (rows of
cells exactly as the real form had them). Merged cells are written in the data the way they look on paper:
``"<"`` means "merged with the cell on the left", ``"^"`` means "merged with the cell above". ``merge_ranges``
turns these marks into rectangles; the writers put the text only into the top-left cell of each rectangle.

Numbers given as int/float are written as numbers in XLSX (as Excel forms hold them) and as plain text in DOCX.
Files are byte-for-byte deterministic: fixed core-property dates and fixed zip timestamps.
"""
from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

FIXED_TIME = dt.datetime(2025, 6, 1, 9, 0, 0)
LEFT, UP = "<", "^"


@dataclass(frozen=True)
class Para:
    text: str
    style: str = "body"          # title | heading | body


@dataclass(frozen=True)
class Table:
    rows: list
    widths: tuple = ()           # column widths in characters (XLSX) / relative (DOCX); optional


@dataclass
class Sheet:
    name: str
    blocks: list = field(default_factory=list)


# ---------------------------------------------------------------------------------------------------------------
# merged cells
# ---------------------------------------------------------------------------------------------------------------
def width_of(table: Table) -> int:
    return max(len(r) for r in table.rows)


def padded(table: Table) -> list:
    n = width_of(table)
    return [list(r) + [""] * (n - len(r)) for r in table.rows]


def merge_ranges(rows: list) -> list:
    """Rectangles (r1, c1, r2, c2), 0-based inclusive, for every anchor cell that the marks extend."""
    out = []
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value in (LEFT, UP):
                continue
            w = 1
            while c + w < len(row) and row[c + w] == LEFT:
                w += 1
            h = 1
            while r + h < len(rows) and rows[r + h][c] == UP:
                h += 1
            if w > 1 or h > 1:
                for rr in range(r, r + h):
                    for cc in range(c, c + w):
                        if (rr, cc) != (r, c) and rows[rr][cc] not in (LEFT, UP):
                            raise ValueError(f"cell {rr},{cc} inside the merge of {r},{c} holds {rows[rr][cc]!r}")
                out.append((r, c, r + h - 1, c + w - 1))
    return out


def cell_text(value) -> str:
    if value in (None, LEFT, UP):
        return ""
    if isinstance(value, float):
        return repr(value).rstrip("0").rstrip(".") if "." in repr(value) else repr(value)
    return str(value)


# ---------------------------------------------------------------------------------------------------------------
# XLSX
# ---------------------------------------------------------------------------------------------------------------
def write_xlsx(path: Path, sheets: list) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    for sheet in sheets:
        ws = wb.create_sheet(sheet.name)
        span = max([width_of(b) for b in sheet.blocks if isinstance(b, Table)] or [1])
        r0 = 1
        for block in sheet.blocks:
            if isinstance(block, Para) and block.style == "pagebreak":
                continue
            if isinstance(block, Para):
                cell = ws.cell(r0, 1, block.text)
                if block.style in ("title", "heading"):
                    cell.font = Font(bold=True, size=14 if block.style == "title" else 11)
                if span > 1:
                    ws.merge_cells(start_row=r0, start_column=1, end_row=r0, end_column=span)
                cell.alignment = Alignment(horizontal="center" if block.style == "title" else "left",
                                           wrap_text=True)
                r0 += 1
                continue
            rows = padded(block)
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    cell = ws.cell(r0 + r, c + 1)
                    if value not in (None, "", LEFT, UP):
                        cell.value = value
                        if isinstance(value, str) and value.startswith("="):
                            cell.data_type = "s"      # "=" as typed on the form, not a formula
                    cell.border = box
                    cell.alignment = wrap
            for r1, c1, r2, c2 in merge_ranges(rows):
                ws.merge_cells(start_row=r0 + r1, start_column=c1 + 1, end_row=r0 + r2, end_column=c2 + 1)
            for i, w in enumerate(block.widths):
                ws.column_dimensions[chr(ord("A") + i)].width = w
            fit_row_heights(ws, r0, rows, block.widths)
            r0 += len(rows) + 1
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    wb.properties.creator = "jixiao real_layouts"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(normalise_zip(buf.getvalue()))


def fit_row_heights(ws, first_row: int, rows: list, widths: tuple) -> None:
    """Row heights for wrapped text: LibreOffice does not grow a row for text in a merged cell, so PDFs would overlap."""
    col_width = [widths[i] if i < len(widths) else 8.43 for i in range(len(rows[0]))]
    need = [1.0] * len(rows)
    spans = {(r1, c1): (r2, c2) for r1, c1, r2, c2 in merge_ranges(rows)}
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            text = cell_text(value)
            if not text or value in (LEFT, UP):
                continue
            r2, c2 = spans.get((r, c), (r, c))
            room = max(sum(col_width[c:c2 + 1]) - 1, 2)
            lines = sum(max(1, -(-sum(2 if ord(ch) > 0x2E7F else 1 for ch in part) // int(room)))
                        for part in text.split("\n"))
            per_row = lines / (r2 - r + 1)
            for rr in range(r, r2 + 1):
                need[rr] = max(need[rr], per_row)
    for r, lines in enumerate(need):
        if lines > 1:
            ws.row_dimensions[first_row + r].height = round(15 * lines, 1)


# ---------------------------------------------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------------------------------------------
def write_docx(path: Path, blocks: list, landscape: bool = False) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    if landscape:
        section = doc.sections[0]
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(doc.sections[0], side, Cm(1.8))
    for block in blocks:
        if isinstance(block, Para):
            if block.style == "title":
                p = doc.add_paragraph()
                run = p.add_run(block.text)
                run.bold = True
                run.font.size = Pt(16)
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif block.style == "heading":
                p = doc.add_paragraph()
                p.add_run(block.text).bold = True
            elif block.style == "pagebreak":
                doc.add_page_break()
            else:
                doc.add_paragraph(block.text)
            continue
        rows = padded(block)
        table = doc.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value not in (LEFT, UP):
                    table.cell(r, c).text = cell_text(value)
        for r1, c1, r2, c2 in merge_ranges(rows):
            keep = table.cell(r1, c1).text
            merged = table.cell(r1, c1).merge(table.cell(r2, c2))
            merged.text = keep
        doc.add_paragraph("")
    doc.core_properties.author = "jixiao real_layouts"
    doc.core_properties.last_modified_by = "jixiao real_layouts"
    doc.core_properties.created = FIXED_TIME
    doc.core_properties.modified = FIXED_TIME
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(normalise_zip(buf.getvalue()))


# ---------------------------------------------------------------------------------------------------------------
# determinism and PDF export
# ---------------------------------------------------------------------------------------------------------------
def normalise_zip(data: bytes) -> bytes:
    """Same entries in a fixed order with fixed timestamps (and fixed dates in docProps/core.xml)."""
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", lambda m: m.group(1) + stamp, body)
            dst.writestr(zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6]), body,
                         compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def to_pdf(path: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("soffice not found; run with --no-pdf")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(path.parent), str(path)], check=True, capture_output=True, timeout=240)
    pdf = path.with_suffix(".pdf")
    if not pdf.exists():
        raise SystemExit(f"LibreOffice made no PDF for {path.name}")
    pdf.write_bytes(fixed_pdf_stamps(pdf.read_bytes()))
    return pdf


def fixed_pdf_stamps(data: bytes) -> bytes:
    """Same-length replacement of the export time, checksum and file ID, so reruns give the same PDF bytes."""
    stamp = FIXED_TIME.strftime("%Y%m%d%H%M%S").encode()
    data = re.sub(rb"(/(?:CreationDate|ModDate)\(D:)\d{14}", lambda m: m.group(1) + stamp, data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", lambda m: b"/DocChecksum /" + b"0" * 32, data)
    return re.sub(rb"<[0-9A-F]{32}>", lambda m: b"<" + b"0" * 32 + b">", data)
