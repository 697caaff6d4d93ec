"""Born-digital PDF parser (Word/WPS/LibreOffice exports) built on pdfplumber.

``parse_pdf(path, **settings) -> Document``:

1. per page: characters (fake-bold duplicates dropped) outside ruled tables → lines
   (:func:`extractor.layout.reflow.build_lines`); ruled tables (only on pages that have
   ruling lines) → rows with merged cells filled down and across from the cell geometry (the
   merged cells kept as the block's ``spans``);
2. running headers, footers and page numbers removed (margin zones + repetition);
3. footnote bodies (marker + smaller font, or below a short rule) split off as ``footnote`` blocks;
4. lines re-joined into paragraphs across line and page breaks, never across a table,
   a heading or a list number; a table continued on the next page is stitched into one (a header
   row it repeats is dropped and its first row marked in ``header_rows``);
5. numbered/bold/centred short paragraphs become ``heading`` blocks, numbered sentences
   ``list_item`` blocks, with levels from :mod:`extractor.layout.headings`.

Engines (issue 9): ``pdfplumber`` reads every page with pdfplumber. ``auto`` (and ``pdfium``, the
same) first asks :func:`classify_page`, from PDFium's page objects: a page without vertical rules
or boxes is a *text page* (characters from PDFium's text page); a page with them is a *table page*
(characters from PDFium, its path objects turned into the ruling edges pdfplumber would see, and
pdfplumber's own table finder run over those edges); rotated pages, pages with Form XObjects,
curves or slanted lines among table rulings, and pages PDFium finds no characters on are read by
pdfplumber. Steps 1-5 are the same code on every path, so the Document is the same.

Pages with no text layer (scans) or an unusable one (``(cid:NN)`` glyphs, private-use code
points) are read by the OCR fallback (:mod:`extractor.parsers.ocr`, setting ``ocr="auto"``, when
``jixiao[ocr]`` is installed); their lines then go through steps 2-5 like any other page.

pdfminer/pdfplumber exceptions never escape: they become :mod:`extractor.errors` codes.
"""
from __future__ import annotations

import bisect
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, Iterator

from ..document import Document, DocumentBuilder, spans_from_owners
from ..errors import DamagedFile, EmptyDocument, ExtractorError, NoTextLayer, PasswordProtected, TooLarge, UsageError
from ..layout.headings import classify, document_levels, match_number
from .ocr import (DEFAULT_DPI, EMPTY_HINT, OCR_MODES, OcrFallback, OcrPage, OcrSettings, mark_block, missing_ocr_hint,
                  unusable_text)
from .pdfstreams import DEFAULT_MAX_STREAM_BYTES, check_streams
from ..layout.reflow import (
    Footnote,
    Frame,
    Line,
    Paragraph,
    ReflowContext,
    build_lines,
    ends_sentence,
    is_centred,
    is_heading_styled,
    join_text,
    page_frame,
    reflow,
    remove_running_lines,
    split_footnotes,
    typical_line_gap,
    uses_first_line_indent,
)

log = logging.getLogger(__name__)

ENGINES = ("auto", "pdfplumber", "pdfium")
DEFAULT_MAX_PAGES = 2000
#: horizontal/vertical ruling edges a page needs before we look for tables on it
MIN_TABLE_EDGES = 2
#: column x-positions of two table parts must agree within this many points to be stitched
STITCH_TOLERANCE = 4.0


@dataclass
class PdfSettings:
    """Settings of :func:`parse_pdf` (unknown keys are refused with ``usage_error``)."""

    engine: str = "auto"  # auto/pdfium: pages read through PDFium (see classify_page); pdfplumber: all pages
    password: str | None = None
    max_pages: int = DEFAULT_MAX_PAGES
    tables: bool = True
    footnotes: bool = True
    ocr: str = "auto"  # auto: OCR scanned/unusable pages when jixiao[ocr] is installed; off: never
    ocr_dpi: int = DEFAULT_DPI
    max_stream_bytes: int = DEFAULT_MAX_STREAM_BYTES  # a Flate stream inflating further is too_large

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise UsageError(f"engine must be one of {', '.join(ENGINES)}, not {self.engine!r}")
        if self.ocr not in OCR_MODES:
            raise UsageError(f"ocr must be one of {', '.join(OCR_MODES)}, not {self.ocr!r}")
        OcrSettings(dpi=self.ocr_dpi)  # validates the resolution
        if self.max_pages < 1:
            raise UsageError("max_pages must be >= 1")


# -- page content -----------------------------------------------------------------------------


@dataclass
class TableGrid:
    """A ruled table on one page: rows of cell strings (merged cells filled) and geometry."""

    page: int
    bbox: tuple[float, float, float, float]
    rows: list[list[str]]
    col_edges: list[float]
    row_spans: list[list[int]] = field(default_factory=list)  # rows each cell's merged cell covers
    owners: list[list[tuple[int, int] | None]] = field(default_factory=list)  # (page, ruled cell) covering each place
    header_rows: list[int] = field(default_factory=list)  # rows repeated on top of a continuation page
    end_page: int = 0  # last page of a table stitched across pages
    end_bbox: tuple[float, float, float, float] | None = None
    #: characters just outside ``bbox`` read into a cell left open at the page break (not lines)
    overflow: list[dict] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self.end_page = self.end_page or self.page
        self.end_bbox = self.end_bbox or self.bbox

    @property
    def ncols(self) -> int:
        return len(self.col_edges) - 1


@dataclass
class PageContent:
    number: int
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)
    tables: list[TableGrid] = field(default_factory=list)
    rule_top: float | None = None  # top of a short horizontal footnote rule
    has_images: bool = False
    ocr: OcrPage | None = None  # set when the lines were recovered by OCR
    unreadable: bool = False  # a scan or an unusable text layer that OCR did not recover


def parse_pdf(path: Path, **settings: Any) -> Document:
    """Parse a born-digital PDF into a :class:`Document` (see module docstring)."""
    try:
        opts = PdfSettings(**settings)
    except TypeError as exc:
        raise UsageError(f"unknown PDF setting: {exc}") from None
    path = Path(path)
    check_streams(path, opts.max_stream_bytes)  # decompression bombs, before any library inflates a stream
    pages = list(_read_pages(path, opts))
    return assemble(path, pages, opts)


def _open(path: Path, opts: PdfSettings):
    import pdfplumber
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        return pdfplumber.open(path, password=opts.password)
    except PdfminerException as exc:
        raise _translate(exc.args[0] if exc.args else exc, path) from None
    except ExtractorError:
        raise
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many unrelated types on broken input
        raise _translate(exc, path) from None


def _translate(exc: BaseException, path: Path) -> ExtractorError:
    name = type(exc).__name__
    text = str(exc)
    if name in ("PDFPasswordIncorrect", "PDFEncryptionError", "PDFEncryptionWarning") or "password" in text.lower() or "encrypt" in name.lower():
        return PasswordProtected(f"{path.name} is encrypted", source=str(path))
    detail = f"{name}: {text[:120]}" if text else name
    return DamagedFile(f"{path.name} cannot be read as PDF ({detail})", source=str(path))


def _read_pages(path: Path, opts: PdfSettings) -> Iterator[PageContent]:
    pdf = _open(path, opts)
    try:
        try:
            pages = pdf.pages
        except Exception as exc:  # noqa: BLE001
            raise _translate(exc, path) from None
        if len(pages) > opts.max_pages:
            raise TooLarge(f"{path.name} has {len(pages)} pages (limit {opts.max_pages})", source=str(path))
        pdfium_doc = _open_pdfium(path, opts) if opts.engine in ("auto", "pdfium") else None
        fallback = OcrFallback(path, opts.password, opts.ocr, OcrSettings(dpi=opts.ocr_dpi), pdfium_doc=pdfium_doc)
        try:
            for index, page in enumerate(pages):
                try:
                    content = _read_pdfium_page(pdfium_doc, index, opts) if pdfium_doc is not None else None
                    content = content if content is not None else _read_page(page, opts)
                    content = _apply_ocr(content, fallback, index)
                except ExtractorError:
                    raise
                except Exception as exc:  # noqa: BLE001
                    raise _translate(exc, path) from None
                finally:
                    page.close()
                yield content
        finally:
            fallback.close()
            if pdfium_doc is not None:
                pdfium_doc.close()
    finally:
        try:
            pdf.close()
        except Exception:  # noqa: BLE001 - pdfplumber re-reads a broken page tree on close (fuzz find)
            log.debug("pdfplumber could not close %s", path, exc_info=True)


def _apply_ocr(content: PageContent, fallback: OcrFallback, index: int) -> PageContent:
    """Replace a scanned page's or an unusable text layer's lines by OCR'd lines when possible."""
    cells = (cell for table in content.tables for row in table.rows for cell in row)
    unusable = bool(content.lines or content.tables) and unusable_text([*(l.text for l in content.lines), *cells])
    scanned = not content.lines and not content.tables and content.has_images
    if not (unusable or scanned):
        return content
    content.lines, content.tables, content.rule_top, content.has_images = [], [], None, True
    ocr_page = fallback.read(index)
    if ocr_page is not None:
        content.ocr = ocr_page
        content.lines = build_lines(ocr_page.chars(), content.number)
    content.unreadable = not content.lines
    return content


def _open_pdfium(path: Path, opts: PdfSettings):
    try:
        import pypdfium2 as pdfium

        return pdfium.PdfDocument(str(path), password=opts.password)
    except Exception:  # noqa: BLE001 - fall back to pdfplumber text
        log.info("PDFium could not open %s; using pdfplumber", path)
        return None


def _read_page(page, opts: PdfSettings) -> PageContent:
    edges = page.edges if opts.tables or opts.footnotes else []
    content = _page_content(page.page_number, float(page.width), float(page.height), page.chars, edges, page.find_tables, opts)
    if not content.lines and not content.tables:
        content.has_images = bool(page.images)
    return content


def _page_content(number: int, width: float, height: float, chars: list[dict], edges: list[dict], find_tables, opts: PdfSettings) -> PageContent:
    """Lines, ruled tables and the footnote rule of one page from its characters and ruling edges
    (pdfplumber's records, or the same records built from PDFium); ``find_tables()`` runs
    pdfplumber's table finder over those edges."""
    content = PageContent(number=number, width=width, height=height)
    horizontal = [e for e in edges if e["orientation"] == "h"]
    vertical = [e for e in edges if e["orientation"] == "v"]
    table_boxes: list[tuple[float, float, float, float]] = []
    if opts.tables and len(horizontal) >= MIN_TABLE_EDGES and len(vertical) >= MIN_TABLE_EDGES:
        for table in find_tables():
            grid = _table_grid(table, chars, number)
            if grid is not None:
                content.tables.append(grid)
                table_boxes.append(grid.bbox)
    if table_boxes:
        claimed = {id(c) for grid in content.tables for c in grid.overflow}
        chars = [c for c in chars if id(c) not in claimed and not _inside_any(c, table_boxes)]
    content.lines = build_lines(chars, number)
    if opts.footnotes:
        content.rule_top = _footnote_rule(horizontal, content, table_boxes)
    return content


def _inside_any(c: dict, boxes) -> bool:
    xm = (c["x0"] + c["x1"]) / 2
    ym = (c["top"] + c["bottom"]) / 2
    return any(x0 <= xm <= x1 and top <= ym <= bottom for x0, top, x1, bottom in boxes)


def _footnote_rule(horizontal: list[dict], content: PageContent, table_boxes) -> float | None:
    """Top of a short horizontal rule in the lower half of the page (Word's footnote separator)."""
    best = None
    for e in horizontal:
        width = e["x1"] - e["x0"]
        if not (20 <= width <= content.width * 0.45) or e["top"] < content.height * 0.5:
            continue
        if any(x0 - 1 <= e["x0"] <= x1 + 1 and top - 1 <= e["top"] <= bottom + 1 for x0, top, x1, bottom in table_boxes):
            continue
        if any(0 <= e["top"] - l.bottom <= 4 and l.x0 < e["x1"] and e["x0"] < l.x1 for l in content.lines):
            continue  # an underline right below text, not a separator
        if best is None or e["top"] < best:
            best = e["top"]
    return best


# -- tables -----------------------------------------------------------------------------------


def _table_grid(table, chars: list[dict], page: int) -> TableGrid | None:
    """Rows of a pdfplumber table with spanned cells filled from the spanning cell's text, in named steps:
    grid edges → which ruled cell owns each grid place (open cells at a page break added) → characters
    given to cells → cell texts and row spans → empty rows and sliver columns dropped."""
    cells = table.cells
    if len(cells) < 2:
        return None
    xs, ys = _grid_edges(cells)
    ncols, nrows = len(xs) - 1, len(ys) - 1
    if ncols < 1 or nrows < 1:
        return None
    owner = _cell_owners(cells, xs, ys)
    open_cells = _open_cells(owner, len(cells))
    cell_chars, overflow = _chars_by_cell(chars, table.bbox, xs, ys, owner, open_cells)
    texts = {idx: _cell_text(chs, page) for idx, chs in cell_chars.items()}
    rows = [[texts.get(owner[r][c], "") if owner[r][c] is not None else "" for c in range(ncols)] for r in range(nrows)]
    spans = [[0 if owner[r][c] is None else sum(1 for rr in range(nrows) if owner[rr][c] == owner[r][c]) for c in range(ncols)] for r in range(nrows)]
    kept_rows, keep = _kept_rows_and_columns(rows, xs)
    if not keep or (len(keep) == 1 and len(kept_rows) == 1):
        return None  # a framed paragraph, not a table
    edges = [xs[c] for c in keep] + [xs[keep[-1] + 1]]
    pick = partial(_kept_places, kept_rows=kept_rows, keep=keep)
    return TableGrid(
        page=page,
        bbox=tuple(table.bbox),
        rows=pick(rows),
        col_edges=edges,
        row_spans=pick(spans),
        owners=pick([[None if o is None else (page, o) for o in row] for row in owner]),
        overflow=overflow,
    )


def _kept_places(grid: list[list], kept_rows: list[int], keep: list[int]) -> list[list]:
    """The places of ``grid`` in the kept rows and columns."""
    return [[grid[r][c] for c in keep] for r in kept_rows]


def _grid_edges(cells) -> tuple[list[float], list[float]]:
    """The column and row edges of the ruled cells (edges closer than 1.5 pt are one edge)."""
    xs = sorted({round(v, 1) for c in cells for v in (c[0], c[2])})
    ys = sorted({round(v, 1) for c in cells for v in (c[1], c[3])})
    return _merge_close(xs), _merge_close(ys)


def _cell_owners(cells, xs: list[float], ys: list[float]) -> list[list[int | None]]:
    """For each grid place (row, column), the index of the ruled cell covering it, or None."""
    owner: list[list[int | None]] = [[None] * (len(xs) - 1) for _ in range(len(ys) - 1)]
    for idx, (x0, top, x1, bottom) in enumerate(cells):
        c0, c1 = _span(xs, x0, x1)
        r0, r1 = _span(ys, top, bottom)
        for r in range(r0, r1):
            for c in range(c0, c1):
                owner[r][c] = idx
    return owner


def _chars_by_cell(chars: list[dict], bbox, xs: list[float], ys: list[float], owner: list[list[int | None]],
                   open_cells: set[int]) -> tuple[dict[int, list[dict]], list[dict]]:
    """The characters of each cell, and those drawn just outside the table that continue an open cell."""
    cell_chars: dict[int, list[dict]] = {}
    overflow: list[dict] = []
    for ch in chars:
        cell, outside = _cell_of_char(ch, bbox, xs, ys, owner, open_cells)
        if cell is None:
            continue
        cell_chars.setdefault(cell, []).append(ch)
        if outside:
            overflow.append(ch)
    return cell_chars, overflow


def _cell_of_char(ch: dict, bbox, xs: list[float], ys: list[float], owner: list[list[int | None]],
                  open_cells: set[int]) -> tuple[int | None, bool]:
    """``(cell index or None, drawn outside the table)`` of one character, by its centre."""
    ncols, nrows = len(xs) - 1, len(ys) - 1
    xm = (ch["x0"] + ch["x1"]) / 2
    ym = (ch["top"] + ch["bottom"]) / 2
    if not (bbox[0] <= xm <= bbox[2]):
        return None, False
    reach = 1.5 * (ch["bottom"] - ch["top"])
    c = bisect.bisect_right(xs, xm) - 1
    if bbox[1] - reach <= ym < bbox[1] or bbox[3] < ym <= bbox[3] + reach:
        # text of a cell continued over the page break, drawn just outside the table
        r = 0 if ym < bbox[1] else nrows - 1
        if 0 <= c < ncols and owner[r][c] is not None and owner[r][c] in open_cells:
            return owner[r][c], True
        return None, False
    if not bbox[1] <= ym <= bbox[3]:
        return None, False
    r = bisect.bisect_right(ys, ym) - 1
    if 0 <= r < nrows and 0 <= c < ncols and owner[r][c] is not None:
        return owner[r][c], False
    return None, False


def _kept_rows_and_columns(rows: list[list[str]], xs: list[float]) -> tuple[list[int], list[int]]:
    """Rows with text (all rows when none has any), and columns with text in a kept row or wider than a
    character (columns that exist only as geometry slivers are dropped)."""
    nrows, ncols = len(rows), len(xs) - 1
    kept_rows = [r for r in range(nrows) if any(rows[r])] or list(range(nrows))
    keep = [c for c in range(ncols) if any(rows[r][c] for r in kept_rows) or xs[c + 1] - xs[c] > 6]
    return kept_rows, keep


def _open_cells(owner: list[list[int | None]], first_id: int) -> set[int]:
    """Give a cell to each run of grid places no ruled cell covers that touches the table's top or
    bottom: a merged cell cut by the page break, left without its bottom (or top) border by
    LibreOffice. Returns the ids given to them."""
    opened: set[int] = set()
    nrows = len(owner)
    next_id = first_id
    for c in range(len(owner[0]) if owner else 0):
        for rows in (range(nrows), range(nrows - 1, -1, -1)):
            run = []
            for r in rows:
                if owner[r][c] is not None:
                    break
                run.append(r)
            if run and len(run) < nrows:
                for r in run:
                    owner[r][c] = next_id
                opened.add(next_id)
                next_id += 1
    return opened


def _merge_close(values: list[float], tol: float = 1.5) -> list[float]:
    out: list[float] = []
    for v in values:
        if out and v - out[-1] <= tol:
            continue
        out.append(v)
    return out


def _span(edges: list[float], lo: float, hi: float) -> tuple[int, int]:
    start = bisect.bisect_left(edges, lo - 1.5)
    end = bisect.bisect_right(edges, hi + 1.5) - 1
    return start, max(end, start + 1)


def _cell_text(chars: list[dict], page: int) -> str:
    text = ""
    for line in build_lines(chars, page):
        text = join_text(text, line.text) if text else line.text
    return text


def _same_columns(a: TableGrid, b: TableGrid) -> bool:
    return _column_map(a, b) is not None


def _column_map(a: TableGrid, b: TableGrid) -> list[int] | None:
    """For each column of ``a``, the column of ``b`` covering it, when ``b``'s column edges are
    ``a``'s or a subset of them with the same outer edges (a column split only in ``a``'s header
    rows, e.g. 实施单位 | name over one 偏差原因 column); None when the columns differ."""
    near = lambda x, y: abs(x - y) <= STITCH_TOLERANCE  # noqa: E731
    if not (near(a.col_edges[0], b.col_edges[0]) and near(a.col_edges[-1], b.col_edges[-1])):
        return None
    if not all(any(near(x, y) for y in a.col_edges) for x in b.col_edges):
        return None
    mapping = []
    for c in range(a.ncols):
        mid = (a.col_edges[c] + a.col_edges[c + 1]) / 2
        mapping.append(bisect.bisect_right(b.col_edges, mid) - 1)
    return mapping


# -- PDFium text path (issue 9) ----------------------------------------------------------------


def _read_pdfium_page(doc, index: int, opts: PdfSettings) -> PageContent | None:
    """A page read through PDFium, or None when pdfplumber must read it (see :func:`classify_page`)."""
    try:
        return _pdfium_page_content(doc, index, opts)
    except Exception:  # noqa: BLE001 - any PDFium trouble: let pdfplumber read the page
        log.debug("PDFium failed on page %d; using pdfplumber", index + 1, exc_info=True)
        return None


#: what :func:`classify_page` decides for one page
TEXT_PAGE = "text"  # no ruling that could frame a table: PDFium characters only
TABLE_PAGE = "tables"  # vertical rules or boxes: tables found by pdfplumber's finder over PDFium's paths
PDFPLUMBER_PAGE = "pdfplumber"  # anything PDFium's records cannot stand in for: pdfplumber reads the page


@dataclass
class PageGeometry:
    """PDFium's view of one page: what :func:`classify_page` decided and the ruling edges it found
    (pdfplumber edge records: ``x0 x1 top bottom width height orientation``, top-left origin)."""

    route: str
    edges: list[dict] = field(default_factory=list)


def classify_page(page, opts: PdfSettings | None = None) -> PageGeometry:
    """Decide from a PDFium page's objects how to read it: a text page (no vertical rule, no box),
    a table page (its paths turned into the edges pdfplumber would see), or a page for pdfplumber
    (rotation, Form XObjects, curves or slanted lines on a table page, tables switched off)."""
    import ctypes

    from pypdfium2 import raw

    opts = opts or PdfSettings()
    if page.get_rotation() % 360:
        return PageGeometry(PDFPLUMBER_PAGE)
    _, height = page.get_size()
    left, bottom, _, _ = page.get_bbox()
    l, b, r, t = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    refs = (ctypes.byref(l), ctypes.byref(b), ctypes.byref(r), ctypes.byref(t))
    paths, rules, framed, forms = [], [], False, False
    handle = page.raw
    for i in range(raw.FPDFPage_CountObjects(handle)):
        obj = raw.FPDFPage_GetObject(handle, i)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_FORM:
            forms = True
            continue
        if kind != raw.FPDF_PAGEOBJ_PATH or not raw.FPDFPageObj_GetBounds(obj, *refs):
            continue
        paths.append(obj)
        w, h = r.value - l.value, t.value - b.value
        thin = 1.5 + 2 * _stroke_width(obj)  # PDFium's bounds include the stroke (LibreOffice: 0.75 pt)
        if (w < thin and h > 3) or (w > 3 and h > 3):
            framed = True  # a vertical ruling line or a box: a table may be here
        elif h <= thin and w > 3:
            rules.append({"x0": l.value - left, "x1": r.value - left, "top": height - (t.value - bottom), "orientation": "h"})
    if not framed:
        return PageGeometry(TEXT_PAGE, rules)
    if forms or not opts.tables:
        return PageGeometry(PDFPLUMBER_PAGE)
    edges = []
    for obj in paths:
        obj_edges = _path_edges(obj, height, left, bottom)
        if obj_edges is None:
            return PageGeometry(PDFPLUMBER_PAGE)
        edges.extend(obj_edges)
    return PageGeometry(TABLE_PAGE, edges)


def _stroke_width(obj) -> float:
    """The line width of a stroked path object (0 for a path that is only filled)."""
    import ctypes

    from pypdfium2 import raw

    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if not raw.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke)) or not stroke.value:
        return 0.0
    width = ctypes.c_float()
    return max(width.value, 0.0) if raw.FPDFPageObj_GetStrokeWidth(obj, ctypes.byref(width)) else 0.0


def _path_edges(obj, height: float, left: float, bottom: float) -> list[dict] | None:
    """The edges pdfminer/pdfplumber make of one path object (per subpath: a line ``ml`` is one edge,
    anything longer an edge between each pair of consecutive points, the closing point included);
    None for shapes whose edges would not match (Bézier curves, a slanted single line)."""
    import ctypes

    from pypdfium2 import raw

    matrix = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(matrix)):
        return None
    a, b_, c, d, e, f = matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f
    x, y = ctypes.c_float(), ctypes.c_float()
    subpaths: list[list[tuple[float, float]]] = []
    for i in range(raw.FPDFPath_CountSegments(obj)):
        seg = raw.FPDFPath_GetPathSegment(obj, i)
        kind = raw.FPDFPathSegment_GetType(seg)
        if kind == raw.FPDF_SEGMENT_BEZIERTO:
            return None
        raw.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y))
        px, py = a * x.value + c * y.value + e, b_ * x.value + d * y.value + f
        point = (px - left, height - (py - bottom))
        if kind == raw.FPDF_SEGMENT_MOVETO or not subpaths:
            subpaths.append([point])
        else:
            subpaths[-1].append(point)
        if raw.FPDFPathSegment_GetClose(seg):
            subpaths[-1].append(subpaths[-1][0])
    edges = []
    for pts in subpaths:
        if len(pts) > 3 and pts[-1] == pts[0] and pts[-2] == pts[0]:
            pts = pts[:-1]  # a redundant lineto back to the start before closing
        if len(pts) == 2 or (len(pts) == 3 and pts[2] == pts[0]):
            (x0, y0), (x1, y1) = pts[0], pts[1]
            if x0 != x1 and y0 != y1:
                return None  # pdfplumber files a slanted line as vertical
        for (x0, y0), (x1, y1) in zip(pts, pts[1:] if len(pts) != 3 or pts[2] != pts[0] else pts[1:2]):
            orientation = "v" if x0 == x1 else "h" if y0 == y1 else None
            if orientation is None:
                continue
            edges.append({
                "x0": min(x0, x1), "x1": max(x0, x1), "top": min(y0, y1), "bottom": max(y0, y1),
                "width": abs(x1 - x0), "height": abs(y1 - y0), "orientation": orientation, "object_type": "path_edge",
            })
    return edges


class _GeometryPage:
    """The little of a pdfplumber page that its table finder reads (``edges`` and ``bbox``)."""

    def __init__(self, edges: list[dict], width: float, height: float, chars: list[dict]):
        self.edges = edges
        self.bbox = (0.0, 0.0, width, height)
        self.chars = chars


def _find_tables(page: _GeometryPage) -> list:
    from pdfplumber.table import TableFinder, TableSettings

    return TableFinder(page, TableSettings.resolve(None)).tables


def _pdfium_page_content(doc, index: int, opts: PdfSettings) -> PageContent | None:
    page = doc[index]
    try:
        geometry = classify_page(page, opts)
        if geometry.route == PDFPLUMBER_PAGE:
            return None
        width, height = page.get_size()
        left, bottom, _, _ = page.get_bbox()
        chars = _pdfium_chars(page, height, left, bottom)
        if not chars:
            return None  # a scan, or an empty page: pdfplumber looks for images
        number = index + 1
        if geometry.route == TEXT_PAGE:
            content = PageContent(number=number, width=width, height=height)
            content.lines = build_lines(chars, number)
            if opts.footnotes:
                content.rule_top = _footnote_rule(geometry.edges, content, [])
            return content
        shim = _GeometryPage(geometry.edges, width, height, chars)
        return _page_content(number, width, height, chars, geometry.edges, lambda: _find_tables(shim), opts)
    finally:
        page.close()


#: PDFium text-page codes that are no characters of the text (NUL, STX, line breaks, non-characters)
_SKIPPED_CODES = frozenset((0, 0xFFFE, 0xFFFF, 2, 10, 13))


#: the characters PDFium may generate (``FPDFText_IsGenerated``): spaces and line breaks
_SPACE_CODES = frozenset((0x20, 0x0A, 0x0D, 0xA0, 0x3000))


def _text_codes(handle, n: int) -> list[int] | None:
    """The code points of a text page's ``n`` characters in one call, or None when the page has
    characters outside the BMP (two UTF-16 units: the indices would no longer match)."""
    import ctypes

    from pypdfium2 import raw

    buffer = (ctypes.c_ushort * (n + 1))()
    written = raw.FPDFText_GetText(handle, 0, n, buffer)
    units = list(buffer[: max(written - 1, 0)])
    if len(units) != n or any(0xD800 <= u <= 0xDFFF for u in units):
        return None
    return units


def _pdfium_chars(page, height: float, left: float, bottom: float) -> list[dict]:
    """Character records with the keys :func:`build_lines` reads (pdfplumber's top-left coordinates)."""
    import ctypes

    from pypdfium2 import raw

    textpage = page.get_textpage()
    try:
        handle = textpage.raw  # the bare handle: no ctypes parameter conversion on every call
        get_unicode, is_generated = raw.FPDFText_GetUnicode, raw.FPDFText_IsGenerated
        get_box, get_size, get_weight = raw.FPDFText_GetLooseCharBox, raw.FPDFText_GetFontSize, raw.FPDFText_GetFontWeight
        rect = raw.FS_RECTF()
        rect_ref = ctypes.byref(rect)
        n = raw.FPDFText_CountChars(handle)
        codes = _text_codes(handle, n) or [get_unicode(handle, i) for i in range(n)]
        out = []
        for i, code in enumerate(codes):
            if code in _SKIPPED_CODES or code in _SPACE_CODES and is_generated(handle, i) == 1 or not get_box(handle, i, rect_ref):
                continue  # PDFium generates only spaces and line breaks: only those are asked about
            out.append(
                {
                    "text": chr(code),
                    "x0": rect.left - left,
                    "x1": rect.right - left,
                    "top": height - (rect.top - bottom),
                    "bottom": height - (rect.bottom - bottom),
                    "size": get_size(handle, i),
                    "fontname": "Bold" if get_weight(handle, i) >= 600 else "",
                }
            )
        return out
    finally:
        textpage.close()


# -- assembling the document ----------------------------------------------------------------------


@dataclass
class _Item:
    """A table or a run of text in reading order across pages."""

    page: int
    top: float
    table: TableGrid | None = None
    line: Line | None = None


def assemble(path: Path, pages: list[PageContent], opts: PdfSettings | None = None) -> Document:
    """The pages read from one PDF as one Document, in named steps: check there is text, remove running
    headers/footers and split off footnotes, measure the body text, join lines into paragraphs and stitch
    tables continued across pages (reading order), decide heading levels, then add the blocks."""
    opts = opts or PdfSettings()
    _require_text(path, pages, opts)
    ocr_pages = {p.number: p.ocr for p in pages if p.ocr is not None}
    body_size, footnotes = _separate_running_lines_and_footnotes(pages, opts)
    ctx = _reflow_context(pages, body_size)
    emitted = _paragraphs_and_tables(pages, ctx)
    levels = _heading_levels(emitted)
    builder = DocumentBuilder(path, "pdf")
    builder.warnings.extend(
        f"page {p.number}: no usable text layer ({_no_text_hint([p], opts)})" for p in pages if p.unreadable and p.ocr is None
    )
    title_lines = _add_blocks(builder, emitted, ctx, levels, sorted(footnotes.items()), ocr_pages)
    metadata = {"engine": opts.engine}
    if ocr_pages:
        metadata["ocr_pages"] = ",".join(str(n) for n in sorted(ocr_pages))
    if title_lines:
        metadata["title"] = title_lines[0]
    return builder.build(pages=len(pages), metadata=metadata)


def _require_text(path: Path, pages: list[PageContent], opts: PdfSettings) -> None:
    """No pages, or no text on any page: ``empty_document``, or ``no_text_layer`` when the pages are images."""
    if not pages:
        raise EmptyDocument(f"{path.name} has no pages", source=str(path))
    if not any(p.lines or p.tables for p in pages):
        if any(p.has_images for p in pages):
            raise NoTextLayer(f"{path.name} has no usable text layer (scanned pages)", source=str(path),
                              hint=_no_text_hint(pages, opts))
        raise EmptyDocument(f"{path.name} contains no text", source=str(path))


def _separate_running_lines_and_footnotes(pages: list[PageContent],
                                          opts: PdfSettings) -> tuple[float, dict[int, list[Footnote]]]:
    """Running headers/footers removed from each page's lines and footnotes split off (``page.lines`` keeps the
    body); returns the body font size (the size of most characters) and the footnotes by page."""
    cleaned = remove_running_lines([p.lines for p in pages], [p.height for p in pages])
    sizes: Counter[float] = Counter()
    for lines in cleaned:
        for line in lines:
            sizes[round(line.size, 1)] += len(line.text)
    body_size = sizes.most_common(1)[0][0] if sizes else 10.5
    footnotes: dict[int, list[Footnote]] = {}
    for page, lines in zip(pages, cleaned):
        if opts.footnotes:
            body, notes = split_footnotes(lines, body_size, page.rule_top)
            footnotes[page.number] = notes
            page.lines = body
        else:
            page.lines = lines
    return body_size, footnotes


def _reflow_context(pages: list[PageContent], body_size: float) -> ReflowContext:
    """Text frames per page, first-line indentation and the usual line gap, for joining lines into paragraphs."""
    all_frames = [page_frame(p.lines) for p in pages if p.lines]
    default = Frame(min(f.left for f in all_frames), max(f.right for f in all_frames)) if all_frames else Frame(0.0, 1.0)
    frames = {p.number: page_frame(p.lines, default) for p in pages}
    ctx = ReflowContext(frames=frames, body_size=body_size)
    all_lines = [l for p in pages for l in p.lines]
    ctx.first_line_indent = uses_first_line_indent(all_lines, ctx)
    ctx.line_gap = typical_line_gap(all_lines)
    return ctx


def _paragraphs_and_tables(pages: list[PageContent], ctx: ReflowContext) -> list[tuple[str, Paragraph | TableGrid]]:
    """Paragraphs (lines between tables, reflowed) and tables in reading order; a table continued on the next
    page with the same columns is stitched to the one before it."""
    emitted: list[tuple[str, Paragraph | TableGrid]] = []
    run: list[Line] = []
    for item in _reading_order(pages):
        if item.line is not None:
            run.append(item.line)
            continue
        emitted.extend(("para", p) for p in reflow(run, ctx))
        run = []
        assert item.table is not None
        if emitted and emitted[-1][0] == "table" and _continues_table(emitted[-1][1], item.table, pages):
            _stitch(emitted[-1][1], item.table)
        else:
            emitted.append(("table", item.table))
    emitted.extend(("para", p) for p in reflow(run, ctx))
    return emitted


def _heading_levels(emitted: list[tuple[str, Paragraph | TableGrid]]):
    """Levels of the numbering styles the document uses for headings (一、 above （一） above 1. …)."""
    styles = []
    for kind, obj in emitted:
        if kind == "para":
            numbering = match_number(obj.text)
            if numbering is not None and classify(obj.text, numbering) is not None:
                styles.append(numbering.style)
    return document_levels(styles)


def _add_blocks(builder: DocumentBuilder, emitted: list[tuple[str, Paragraph | TableGrid]], ctx: ReflowContext,
                levels, pending_notes: list[tuple[int, list[Footnote]]], ocr_pages: dict[int, OcrPage]) -> list[str]:
    """Blocks in order, each page's footnotes before the first block of a later page; returns the title lines
    (styled paragraphs opening page 1, before any heading or table)."""
    title_block = True  # styled lines opening page 1 are the document's title, not section headings
    title_lines: list[str] = []
    for kind, obj in emitted:
        while pending_notes and pending_notes[0][0] < obj.page:
            _add_footnotes(builder, pending_notes.pop(0)[1], ocr_pages)
        if kind == "table":
            title_block = False
            builder.add("table", "\n".join("\t".join(r) for r in obj.rows), page=obj.page, bbox=_round_bbox(obj.bbox),
                        rows=obj.rows, spans=spans_from_owners(obj.owners), header_rows=obj.header_rows or None)
            continue
        block = _add_paragraph(builder, obj, ctx, levels, title_block=title_block)
        mark_block(block, obj.lines, ocr_pages)
        if title_block and block.kind == "paragraph" and _is_styled_title(obj, ctx):
            title_lines.append(block.text)
        else:
            title_block = False
    while pending_notes:
        _add_footnotes(builder, pending_notes.pop(0)[1], ocr_pages)
    return title_lines


def _reading_order(pages: list[PageContent]) -> list[_Item]:
    items: list[_Item] = []
    for p in pages:
        page_items = [_Item(p.number, l.top, line=l) for l in p.lines] + [_Item(p.number, t.bbox[1], table=t) for t in p.tables]
        page_items.sort(key=lambda it: it.top)
        items.extend(page_items)
    return items


def _continues_table(prev: TableGrid, nxt: TableGrid, pages: list[PageContent]) -> bool:
    """``nxt`` is the first thing on the page after ``prev``'s page and has the same columns."""
    if nxt.page != prev.end_page + 1:
        return False
    if not _same_columns(prev, nxt):
        return False
    page = pages[nxt.page - 1]
    before = [l for l in page.lines if l.bottom <= nxt.bbox[1] + 1]
    prev_page = pages[prev.end_page - 1]
    after = [l for l in prev_page.lines if l.top >= prev.end_bbox[3] - 1]
    return not before and not after


def _stitch(prev: TableGrid, nxt: TableGrid) -> None:
    """Append ``nxt`` to ``prev``: drop a repeated header row, join a row split by the page break, and fill
    a merged cell that continues over the break (empty at the top of ``nxt``) from ``prev``'s last row."""
    rows, spans, owners = _continuation_rows(prev, nxt)
    if rows and prev.rows:
        last = prev.rows[-1]
        last_spans = prev.row_spans[-1] if prev.row_spans else [1] * len(last)
        rows, spans, owners = _join_split_row(last, last_spans, rows, spans, owners)
        if rows:
            _fill_continued_cells(last, last_spans, rows, spans, prev.owners[-1], owners)
    prev.rows.extend(rows)
    prev.owners.extend(owners)
    if prev.row_spans:
        prev.row_spans.extend(spans)
    prev.end_page = nxt.page
    prev.end_bbox = nxt.bbox


def _continuation_rows(prev: TableGrid, nxt: TableGrid) -> tuple[list[list[str]], list[list[int]], list[list]]:
    """``nxt``'s rows, row spans and cell owners in ``prev``'s column order, without a header row repeated
    from ``prev`` (``prev``'s first row is then marked as a header row)."""
    mapping = _column_map(prev, nxt) or list(range(nxt.ncols))
    rows = [[r[m] for m in mapping] for r in nxt.rows]
    spans = [[s[m] for m in mapping] for s in nxt.row_spans] or [[1] * len(r) for r in rows]
    owners = [[o[m] for m in mapping] for o in nxt.owners]
    if rows and prev.rows and rows[0] == prev.rows[0]:
        rows, spans, owners = rows[1:], spans[1:], owners[1:]
        prev.header_rows = prev.header_rows or [0]
    return rows, spans, owners


def _join_split_row(last: list[str], last_spans: list[int], rows: list[list[str]], spans: list[list[int]],
                    owners: list[list]) -> tuple[list[list[str]], list[list[int]], list[list]]:
    """When the first continued row is the rest of ``last`` (:func:`_is_split_row`), its text is joined to
    ``last`` and it is dropped; the merged cells it began then start one row later."""
    if not _is_split_row(rows[0], spans[0], last, last_spans):
        return rows, spans, owners
    for c, text in enumerate(rows[0]):
        if text and c < len(last):
            last[c] = join_text(last[c], text)
    if len(rows) > 1:
        spans[1] = [max(s1 - 1, 1) if s0 > 1 else s1 for s0, s1 in zip(spans[0], spans[1])]
    return rows[1:], spans[1:], owners[1:]


def _fill_continued_cells(last: list[str], last_spans: list[int], rows: list[list[str]], spans: list[list[int]],
                          last_owners: list, owners: list[list]) -> None:
    """Empty cells at the top of the continuation take ``last``'s text where a merged cell spans the break,
    or where the cell to their left was such a cell (a one-row 二级 under a continued 一级); they then
    belong to ``last``'s cell (one merged cell over the break)."""
    continued_left = False  # the column to the left was a merged cell carried over the break
    for c in range(min(len(last), len(rows[0]))):
        if last_spans[c] > 1 and _is_figure(rows[0][c]) and _is_figure(last[c]) and rows[0][c] != last[c]:
            return  # a merged cell's figure is printed once: another figure begins a row of its own ("总分 │ 100")
        if rows[0][c] or not last[c]:
            continued_left = False
            continue
        if spans[0][c] > 1 or last_spans[c] > 1 or continued_left:
            for r in range(spans[0][c] or 1):
                if r < len(rows) and not rows[r][c]:
                    rows[r][c] = last[c]
                    owners[r][c] = last_owners[c]
            continued_left = True
        else:
            continued_left = False


def _is_split_row(first: list[str], first_spans: list[int], last: list[str], last_spans: list[int]) -> bool:
    """``first`` (the top row of a table's continuation) is the rest of ``last``, a row whose
    cells Word/LibreOffice split over the page break: text only in cells where ``last`` has
    text, few of them, and at least one one-row cell (a 三级指标 name, a value) left empty."""
    filled = [c for c, text in enumerate(first) if text]
    last_filled = [c for c, text in enumerate(last) if text]
    if not filled or any(c >= len(last) or not last[c] for c in filled):
        return False
    if any(_is_figure(first[c]) and _is_figure(last[c]) for c in filled):
        return False  # a figure does not wrap: "总分 │ 100 │ 得分" under "… │ 25 │ …" is a row of its own
    if len(filled) * 3 > len(last_filled):
        return False
    return any(
        not first[c] and last[c] and last_spans[c] <= 1 and first_spans[c] <= 1
        for c in range(min(len(first), len(last)))
    )


_FIGURE = re.compile(r"[-+]?\d[\d,.]*%?")


def _is_figure(text: str) -> bool:
    return bool(_FIGURE.fullmatch(text.strip()))


def _no_text_hint(pages: list[PageContent], opts: PdfSettings) -> str:
    if any(p.ocr is not None for p in pages):
        return EMPTY_HINT
    if opts.ocr == "off":
        return "OCR is switched off (ocr='off'); turn it on to read scanned pages"
    return missing_ocr_hint()


def _add_footnotes(builder: DocumentBuilder, notes: list[Footnote], ocr_pages: dict[int, OcrPage] | None = None) -> None:
    for note in notes:
        first = note.lines[0]
        bbox = (
            min(l.x0 for l in note.lines),
            min(l.top for l in note.lines),
            max(l.x1 for l in note.lines),
            max(l.bottom for l in note.lines),
        )
        block = builder.add("footnote", note.text, page=first.page, bbox=_round_bbox(bbox), marker=note.marker)
        mark_block(block, note.lines, ocr_pages or {})


def _is_styled_title(para: Paragraph, ctx: ReflowContext) -> bool:
    first = para.lines[0]
    return (
        para.page == 1
        and len(para.lines) <= 2
        and len(para.text) <= 60
        and match_number(para.text) is None
        and (is_centred(first, ctx) or first.size > ctx.body_size * 1.12)
    )


def _add_paragraph(builder: DocumentBuilder, para: Paragraph, ctx: ReflowContext, levels: dict[str, int], *, title_block: bool = False):
    """Add one reflowed paragraph as heading, list_item or paragraph; returns the block.

    Citing paragraphs carry the footnote numbers they cite in ``marker`` (comma-separated),
    matching the ``marker`` of the footnote blocks.
    """
    text = para.text
    refs = {"marker": ",".join(para.refs)} if para.refs else {}
    bbox = _round_bbox(para.bbox)
    numbering = match_number(text)
    kind = classify(text, numbering) if numbering is not None else None
    if kind is not None and numbering is not None:
        level = levels.get(numbering.style, numbering.level)
        if kind == "heading" and len(para.lines) > 2:
            kind = "list_item"
        return builder.add(kind, text, page=para.page, bbox=bbox, level=level, number=numbering.number, **refs)
    first = para.lines[0]
    if title_block and _is_styled_title(para, ctx):
        return builder.add("paragraph", text, page=para.page, bbox=bbox, **refs)
    if len(para.lines) <= 2 and len(text) <= 40 and is_heading_styled(first, ctx) and not ends_sentence(text):
        level = 1 if (first.size > ctx.body_size * 1.12 or is_centred(first, ctx)) else max(levels.values(), default=0) + 1
        return builder.add("heading", text, page=para.page, bbox=bbox, level=level, **refs)
    return builder.add("paragraph", text, page=para.page, bbox=bbox, **refs)


def _round_bbox(bbox) -> tuple[float, float, float, float]:
    return tuple(round(float(v), 2) for v in bbox)
