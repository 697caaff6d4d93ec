"""XLSX parser: each sheet becomes table blocks (split at empty rows) and form ``field`` blocks.

openpyxl is used in its normal (not ``read_only``) mode: read-only worksheets do not expose
``merged_cells``, and filling merged ranges down and across is the point of this parser. The
memory this costs is bounded because :func:`~extractor.parsers.safezip.check_office_zip`
refuses containers inflating beyond 200 MB before openpyxl opens the file, and
:func:`~extractor.parsers.sheetlimits.check_sheet_sizes` refuses sheets with more than ``max_cells``
cells (present, merged or declared) or 100,000 rows with ``too_large``, reading the XML before openpyxl
expands anything. ``data_only=True`` gives the
values cached by the last program that calculated the formulas.

Cells are rendered as the spreadsheet shows them (:func:`format_cell`): ``0.95`` with format
``0%`` is ``95%``, ``1234.5`` with ``#,##0.00`` is ``1,234.50``, dates as ``2023-06-30``.

Form headers (``项目名称 | 智慧城管二期 | 主管部门 | 市城管局``) become ``field`` blocks with
``label``/``value`` (:func:`find_field_pairs`, shared with the DOCX parser); the other rows
stay in the tables too. One-cell rows above or below a table (form title, 填报单位, notes)
become paragraphs.
Table blocks carry the merged ranges as ``spans`` and the sheet's print-title rows (the header rows
repeated on every printed page) as ``header_rows``.
Provenance: ``sheet`` and ``cells`` (an A1 range).
"""
from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
import zlib
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import partial
from pathlib import Path

from ..document import Document, DocumentBuilder, spans_from_owners, upright_text
from ..errors import DamagedFile, TooLarge
from .safezip import READ_ERRORS, ZipLimits, check_office_zip
from .sheetlimits import DEFAULT_MAX_CELLS, SheetLimits, check_sheet_sizes


def parse_xlsx(path: Path, *, zip_limits: ZipLimits | None = None, max_cells: int = DEFAULT_MAX_CELLS,
               **_settings) -> Document:
    """Parse an XLSX workbook into a Document (no clauses; see :func:`extractor.parse`)."""
    from .text import require_text

    path = Path(path)
    check_office_zip(path, zip_limits)
    try:
        check_sheet_sizes(path, SheetLimits(max_cells=max_cells))  # merged ranges, dimension, rows: before expanding
    except READ_ERRORS as exc:
        raise DamagedFile(f"{path.name} is a damaged ZIP/Office file: {exc}", source=str(path)) from None
    wb = _open(path, data_only=True)
    formulas_wb = _open(path, data_only=False) if _has_formulas(path) else None
    builder = DocumentBuilder(path, "xlsx")
    sheets = 0
    for ws in wb.worksheets:
        sheets += 1
        if ws.max_row * ws.max_column > max_cells:
            raise TooLarge(f"{path.name}: sheet {ws.title!r} has {ws.max_row}×{ws.max_column} cells "
                           f"(limit {max_cells})", source=str(path))
        formulas = formulas_wb[ws.title] if formulas_wb is not None else None
        grid = _SheetGrid.read(ws, formulas)
        title_rows = print_title_rows(ws)
        if grid.uncached:
            builder.warnings.append(f"sheet {ws.title!r}: {grid.uncached} formula cell(s) have no cached value; "
                                    "their formula text is shown")
        for segment in grid.segments():
            add_table_with_fields(builder, [grid.texts(r, segment.cols) for r in segment.rows],
                                  [grid.distinct(r, segment.cols) for r in segment.rows],
                                  sheet=ws.title, row_numbers=segment.rows, first_col=segment.cols[0],
                                  last_col=segment.cols[-1],
                                  owners=[grid.owners(r, segment.cols) for r in segment.rows],
                                  header_rows=[i for i, r in enumerate(segment.rows) if r in title_rows],
                                  drawn=[grid.boxed(r, segment.cols) for r in segment.rows])
    doc = builder.build(pages=sheets, metadata={"parser": "xlsx", "sheets": str(sheets)})
    require_text(doc, path)
    return doc


def print_title_rows(ws) -> set[int]:
    """Sheet rows printed on top of every page (``$5:$5``, ``1:2``): the header rows the author marked."""
    match = re.fullmatch(r"\$?(\d+):\$?(\d+)", (ws.print_title_rows or "").strip())
    return set(range(int(match.group(1)), int(match.group(2)) + 1)) if match else set()


def _has_formulas(path: Path) -> bool:
    """True when a worksheet part holds a formula element (then formula texts are read too)."""
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                data = zf.read(name)
                if b"<f>" in data or b"<f " in data or b":f>" in data or b":f " in data:
                    return True
    return False


#: the workbook's document properties (author, dates): no content, and LibreOffice and Excel open a workbook whose
#: properties part is broken (a generator writing xsi:type without its namespace)
_PROPERTIES_PART = "docProps/core.xml"


def _open(path: Path, data_only: bool):
    """The workbook; one whose only unreadable part is its document properties is read without them."""
    try:
        return _load(str(path), path, data_only)
    except DamagedFile as damaged:
        without = _without_properties(path)
        if without is None:
            raise
        try:
            return _load(without, path, data_only)
        except DamagedFile:
            raise damaged from None


def _load(source, path: Path, data_only: bool):
    import openpyxl

    try:
        return openpyxl.load_workbook(source, read_only=False, data_only=data_only)
    except (KeyError, ValueError, TypeError, IndexError, AttributeError, EOFError, OSError, zlib.error,
            zipfile.BadZipFile) as exc:
        raise DamagedFile(f"{path.name} is not a readable XLSX file: {exc}", source=str(path)) from None
    except Exception as exc:
        if type(exc).__module__.startswith(("lxml", "xml", "openpyxl", "zipfile")):
            raise DamagedFile(f"{path.name} is not a readable XLSX file: {exc}", source=str(path)) from None
        raise


def _without_properties(path: Path) -> io.BytesIO | None:
    """The workbook's ZIP in memory without its document properties part; None when it has none."""
    with zipfile.ZipFile(path) as zf:
        if _PROPERTIES_PART not in zf.namelist():
            return None
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
            for info in zf.infolist():
                if info.filename != _PROPERTIES_PART:
                    copy.writestr(info, zf.read(info.filename))
    out.seek(0)
    return out


@dataclass
class _Segment:
    rows: list[int]  # 1-based sheet row numbers
    cols: list[int]  # 1-based sheet column numbers kept (non-empty somewhere in the segment)


class _SheetGrid:
    """Rendered cell texts of one sheet with merged ranges filled, and where the merges are."""

    def __init__(self) -> None:
        self._texts: dict[tuple[int, int], str] = {}
        self._continued: set[tuple[int, int]] = set()  # first column of a range continued from a row above
        self._wide_rows: set[int] = set()  # rows crossed by a range spanning several columns
        self._anchors: dict[tuple[int, int], tuple[int, int]] = {}  # place in a merged range -> its top-left
        self._boxed: set[tuple[int, int]] = set()  # places with a drawn border
        self.uncached = 0  # formula cells without a cached value (their formula text is shown)

    @classmethod
    def read(cls, ws, formulas=None) -> "_SheetGrid":
        grid = cls()
        for row in ws.iter_rows():
            for cell in row:
                if _has_border(cell):
                    grid._boxed.add((cell.row, cell.column))
                value = cell.value
                if value is None and formulas is not None:
                    formula = formulas.cell(cell.row, cell.column).value
                    if isinstance(formula, str) and formula.startswith("="):
                        value = formula
                        grid.uncached += 1
                if value is not None:
                    text = format_cell(value, cell.number_format)
                    if text:
                        grid._texts[(cell.row, cell.column)] = text
        for rng in ws.merged_cells.ranges:
            top_left = (rng.min_row, rng.min_col)
            anchor = grid._texts.get(top_left, "")
            for r in range(rng.min_row, rng.max_row + 1):
                if rng.max_col > rng.min_col:
                    grid._wide_rows.add(r)
                if r > rng.min_row:
                    grid._continued.add((r, rng.min_col))
                for c in range(rng.min_col, rng.max_col + 1):
                    grid._anchors[(r, c)] = top_left
                    if anchor:
                        grid._texts[(r, c)] = anchor
                    else:
                        grid._texts.pop((r, c), None)
        return grid

    def segments(self) -> list[_Segment]:
        """Runs of rows separated by fully empty rows or by a new grid, each with its non-empty columns.

        A new grid starts at a header-like row (every column its own short text without digits)
        right after a row crossed by a wide merged cell: a form header on top of an indicator grid.
        """
        filled_rows = sorted({r for r, _ in self._texts})
        runs: list[list[int]] = []
        for r in filled_rows:
            if runs and r == runs[-1][-1] + 1 and not self._starts_grid(r):
                runs[-1].append(r)
            else:
                runs.append([r])
        out = []
        for rows in runs:
            wanted = set(rows)
            cols = sorted({c for r, c in self._texts if r in wanted})
            out.append(_Segment(rows, cols))
        return out

    def _starts_grid(self, row: int) -> bool:
        if row in self._wide_rows or row - 1 not in self._wide_rows:
            return False
        cells = [(c, t) for (r, c), t in self._texts.items() if r == row]
        if len(cells) < 3 or any(self._covered((row, c)) for c, _ in cells):
            return False
        return all(len(t) <= 12 and not re.search(r"\d", t) for _, t in cells)

    def texts(self, row: int, cols: list[int]) -> list[str]:
        return [self._texts.get((row, c), "") for c in cols]

    def _covered(self, place: tuple[int, int]) -> bool:
        """Inside a merged range, not its top-left anchor."""
        return self._anchors.get(place, place) != place

    def owners(self, row: int, cols: list[int]) -> list[tuple[int, int]]:
        """For each place of the row, the cell covering it: a merged range's top-left, else the place itself."""
        return [self._anchors.get((row, c), (row, c)) for c in cols]

    def boxed(self, row: int, cols: list[int]) -> bool:
        """Every place of the row has a drawn border: a row of the drawn grid, even with one filled cell."""
        return all((row, c) in self._boxed for c in cols)

    def distinct(self, row: int, cols: list[int]) -> list[str | None]:
        """The row's non-empty cells, each merged range once: its text at its anchor, None where it
        continues from a row above (such rows are not form fields)."""
        out: list[str | None] = []
        for c in cols:
            if (row, c) in self._continued:
                out.append(None)
            elif not self._covered((row, c)) and self._texts.get((row, c)):
                out.append(self._texts[(row, c)])
        return out


def _has_border(cell) -> bool:
    border = cell.border
    return border is not None and any(side is not None and side.style for side in
                                      (border.left, border.right, border.top, border.bottom))


# -- cell rendering ----------------------------------------------------------------
_BRACKETS = re.compile(r"\[[^\]]*\]")
_QUOTED = re.compile(r'"([^"]*)"|\\(.)')
_PADDING = re.compile(r"[_*].?")  # _x: a space as wide as x; *x: fill with x
_NUMBER_PART = re.compile(r"[#0?,]*[0#?](?:\.[0#?]+)?|\.[0#?]+")


def format_cell(value, number_format: str | None = "General") -> str:
    """The text a spreadsheet shows for ``value`` under ``number_format`` (common formats)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes" if value.second == 0 else "seconds")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    if isinstance(value, (int, float)):
        return format_number(float(value), number_format or "General")
    return _clean_text(str(value))


def format_number(value: float, number_format: str) -> str:
    fmt = number_format.strip()
    sections = _split_sections(fmt)
    if value < 0 and len(sections) > 1:
        section, value, sign = sections[1], -value, ""
    elif value == 0 and len(sections) > 2:
        section, sign = sections[2], ""
    else:
        section, sign = sections[0], "-" if value < 0 else ""
        value = abs(value)
    section = _BRACKETS.sub("", section)
    if section.lower() in ("general", "") or section == "@":
        return sign + _general(value)
    match = _NUMBER_PART.search(_QUOTED.sub(lambda m: "\x00" * len(m.group(0)), section))
    if match is None:  # a format of only literal text
        return _literal(section)
    pattern = match.group(0)
    percent = "%" in section
    shown = value * 100 if percent else value
    decimals = len(pattern.split(".", 1)[1]) if "." in pattern else 0
    rounded = _round_half_up(shown, decimals)
    body = f"{rounded:,.{decimals}f}" if "," in pattern else f"{rounded:.{decimals}f}"
    if decimals and "#" in pattern.split(".", 1)[1]:  # optional decimals: 0.## drops trailing zeros
        body = body.rstrip("0").rstrip(".") if "0" not in pattern.split(".", 1)[1] else body
    prefix = _literal(section[: match.start()])
    suffix = _literal(section[match.end():])
    return sign + prefix + body + suffix


def _split_sections(fmt: str) -> list[str]:
    sections, current, quoted = [], [], False
    for ch in fmt:
        if ch == '"':
            quoted = not quoted
        if ch == ";" and not quoted:
            sections.append("".join(current))
            current = []
        else:
            current.append(ch)
    sections.append("".join(current))
    return sections


def _literal(part: str) -> str:
    part = _QUOTED.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), part)
    return _PADDING.sub("", part).strip() if part else ""


def _round_half_up(value: float, decimals: int):
    """Round as spreadsheets do (half away from zero on the decimal digits shown), not banker's rounding."""
    return Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def _general(value: float) -> str:
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    text = f"{value:.10g}"
    return text


def _clean_text(text: str) -> str:
    lines = [line.strip(" \t\u3000\u00a0") for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return upright_text("\n".join(line for line in lines if line))


# -- form fields ---------------------------------------------------------------------
#: a cell ending with one of these (or with a colon) reads as the label of a form field
_LABEL = re.compile(
    r"(名称|部门|单位|代码|编码|编号|负责人|联系人|联系电话|电话|手机|邮箱|地址|年度|金额|资金|总额|总计|合计|预算数|执行数|"
    r"预算|期限|工期|周期|类型|类别|性质|属性|级次|区划|日期|时间|方式|来源|账户|账号|开户行|法人|姓名|职务|用途|"
    r"依据|规模|面积|地点|分值|得分|总分|评分|等级|执行率|项目期|实施期|建设期|执行期)[（(][^（）()]{0,8}[）)]$"
    r"|(名称|部门|单位|代码|编码|编号|负责人|联系人|联系电话|电话|手机|邮箱|地址|年度|金额|资金|总额|总计|合计|预算数|执行数|"
    r"预算|期限|工期|周期|类型|类别|性质|属性|级次|区划|日期|时间|方式|来源|账户|账号|开户行|法人|姓名|职务|用途|"
    r"依据|规模|面积|地点|分值|得分|总分|评分|等级|执行率|项目期|实施期|建设期|执行期)$"
    r"|[:：]$"
)
MAX_LABEL_CHARS = 16


@dataclass(frozen=True)
class FieldPair:
    label: str
    value: str
    column: int  # index of the label among the row's distinct cells


def is_label(text: str) -> bool:
    """True when a cell reads as a form label (``项目名称``, ``主管部门``, ``项目资金（万元）``, ``备注：``)."""
    text = text.strip()
    return 0 < len(text) <= MAX_LABEL_CHARS and "\n" not in text and not re.search(r"\d", text) \
        and bool(_LABEL.search(text))


def find_field_pairs(cells: list[str | None]) -> list[FieldPair]:
    """Label/value pairs of one form row (distinct cells, merges collapsed), or [] if it is not one.

    Cells are paired (label, value) from the start, or from the second cell when the first is
    a group label spanning several rows (``项目资金（万元） | 年度资金总额 | 1000``). Every
    label must read as one, no value may read as a label, and one value must be non-empty.
    A row continuing a merged cell from the row above (``None`` in ``cells``) is not a form row.
    """
    if any(c is None for c in cells):
        return []
    for offset in (0, 1):
        rest = cells[offset:]
        if len(rest) < 2 or len(rest) % 2:
            continue
        pairs = [FieldPair(rest[i].strip().rstrip(":："), rest[i + 1].strip(), offset + i)
                 for i in range(0, len(rest), 2)]
        if all(is_label(rest[i]) and not is_label(rest[i + 1]) for i in range(0, len(rest), 2)):
            return pairs
    return []


def add_table_with_fields(builder: DocumentBuilder, rows: list[list[str]], distinct_rows: list[list[str]], *,
                          sheet: str | None = None, row_numbers: list[int] | None = None,
                          first_col: int = 1, last_col: int | None = None,
                          owners: list[list[object]] | None = None, header_rows: list[int] | None = None,
                          drawn: list[bool] | None = None) -> None:
    """Add one table region: one-cell rows above and below it as paragraphs, then its form fields, then the table.

    ``rows`` are the filled rows, ``distinct_rows`` the same rows with merged cells counted once
    (for field and title detection). Field rows stay in the table too (a form is one grid);
    the ``field`` blocks come just before it. ``row_numbers``/``first_col``/``last_col`` give
    spreadsheet provenance. ``owners`` names, for each place of ``rows``, the source cell covering it
    (the table's ``spans`` come from it); ``header_rows`` are indexes in ``rows`` of rows marked as headers.
    ``drawn`` says which rows are drawn as grid rows (a spreadsheet's bordered places; None: every row, as in
    a Word table): a drawn row of several cells stays in the table at its foot even when one cell is filled
    (a town's name in a row whose targets are empty).
    """
    top, bottom = _table_rows(rows, distinct_rows, _grid_rows(owners, drawn, len(rows)))
    provenance = partial(_cells, row_numbers, first_col=first_col, last_col=last_col)
    for i in range(top):
        _add_line(builder, distinct_rows[i], sheet, provenance(i, i))
    if top < bottom:
        for i in range(top, bottom):
            for pair in find_field_pairs(distinct_rows[i]):
                builder.add("field", f"{pair.label}：{pair.value}", label=pair.label, value=pair.value, sheet=sheet,
                            cells=provenance(i, i))
        _add_table(builder, rows[top:bottom], None if owners is None else owners[top:bottom],
                   [i - top for i in header_rows or () if top <= i < bottom], sheet=sheet,
                   cells=provenance(top, bottom - 1))
    for i in range(bottom, len(rows)):
        _add_line(builder, distinct_rows[i], sheet, provenance(i, i))


def _table_rows(rows: list[list[str]], distinct_rows: list[list[str | None]],
                grid_rows: list[bool]) -> tuple[int, int]:
    """``(top, bottom)``: the table's rows, without the one-cell rows above and below it (a grid row of
    several cells at the foot stays)."""
    width = max((len(r) for r in rows), default=0)
    top, bottom = 0, len(rows)
    if width > 1:
        while top < bottom and _is_line(distinct_rows[top]):
            top += 1
        while bottom > top and _is_line(distinct_rows[bottom - 1]) and not grid_rows[bottom - 1]:
            bottom -= 1
    return top, bottom


def _grid_rows(owners: list[list[object]] | None, drawn: list[bool] | None, count: int) -> list[bool]:
    """Rows of several cells (not one merged across) that are drawn as grid rows."""
    if owners is None:
        return [False] * count
    return [len(set(row)) > 1 and (drawn is None or drawn[i]) for i, row in enumerate(owners)]


def _add_table(builder: DocumentBuilder, table: list[list[str]], owners: list[list[object]] | None,
               header_rows: list[int], **provenance) -> None:
    """The table block, without the columns empty in every row; its spans and header rows in its own rows."""
    width = max(len(r) for r in table)
    keep = [c for c in range(width) if any(r[c] for r in table)]
    table = [[r[c] for c in keep] for r in table]
    spans = None if owners is None else spans_from_owners([[r[c] for c in keep] for r in owners])
    builder.add("table", "\n".join("\t".join(r) for r in table), rows=table, spans=spans,
                header_rows=header_rows or None, **provenance)


def _is_line(cells: list[str | None]) -> bool:
    return len(cells) <= 1 and None not in cells


def _add_line(builder: DocumentBuilder, cells: list[str], sheet: str | None, provenance_cells: str | None) -> None:
    """A one-cell row outside a table (form title, 填报单位, notes) as a paragraph."""
    if cells and cells[0].strip():
        builder.add("paragraph", cells[0].strip(), sheet=sheet, cells=provenance_cells)


def _cells(row_numbers: list[int] | None, first: int, last: int, first_col: int, last_col: int | None) -> str | None:
    if row_numbers is None or last_col is None:
        return None
    from openpyxl.utils import get_column_letter

    return f"{get_column_letter(first_col)}{row_numbers[first]}:{get_column_letter(last_col)}{row_numbers[last]}"
