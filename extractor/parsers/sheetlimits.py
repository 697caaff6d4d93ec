"""Sizes of an XLSX workbook's sheets read from the XML before openpyxl expands anything.

openpyxl (normal mode) materialises every cell of every merged range and keeps every cell of a
sheet in memory, so a 2 KB workbook with ``<mergeCell ref="A1:XFD1048576"/>`` or a sheet of a
million rows costs gigabytes before the parser sees a single value. :func:`check_sheet_sizes`
streams each worksheet part (chunks of the inflated XML, never the whole part) and counts rows,
cells and merged-range areas, and reads the declared ``<dimension>``; any of them over its limit
raises :class:`~extractor.errors.TooLarge` right away (the scan stops at the first one).
"""
from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import TooLarge

DEFAULT_MAX_CELLS = 2_000_000
DEFAULT_MAX_ROWS = 100_000

_CHUNK = 1 << 20
_MAX_CARRY = 1 << 16  # an unfinished tag longer than this is text, not markup worth carrying over
_PREFIX = rb"(?:[A-Za-z_][\w.-]*:)?"
_ROW = re.compile(rb"<" + _PREFIX + rb"row[\s>/]")
_CELL = re.compile(rb"<" + _PREFIX + rb"c[\s>/]")
_REF = rb"""\sref\s*=\s*["']([A-Za-z]{1,4}[0-9]{1,8}(?::[A-Za-z]{1,4}[0-9]{1,8})?)["']"""
_MERGE = re.compile(rb"<" + _PREFIX + rb"mergeCell\b[^>]*?" + _REF)
_DIMENSION = re.compile(rb"<" + _PREFIX + rb"dimension\b[^>]*?" + _REF)
_CELL_REF = re.compile(r"([A-Za-z]{1,4})([0-9]{1,8})")


@dataclass(frozen=True)
class SheetLimits:
    max_cells: int = DEFAULT_MAX_CELLS  # cells present, merged-range area, and declared dimension area
    max_rows: int = DEFAULT_MAX_ROWS


@dataclass
class _Counts:
    rows: int = 0
    cells: int = 0
    merged: int = 0


def check_sheet_sizes(path: str | Path, limits: SheetLimits | None = None) -> None:
    """Raise TooLarge when a worksheet of ``path`` exceeds ``limits`` (the ZIP was checked before)."""
    limits = limits or SheetLimits()
    path = Path(path)
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
                with zf.open(info) as fh:
                    _scan(fh, f"{path.name}: {info.filename}", limits)


def _scan(fh, label: str, limits: SheetLimits) -> None:
    counts = _Counts()
    carry = b""
    while True:
        chunk = fh.read(_CHUNK)
        data = carry + chunk
        cut = len(data) if not chunk else data.rfind(b">") + 1
        _count(data[:cut], counts, label, limits)
        carry = data[cut:]
        if len(carry) > _MAX_CARRY:
            carry = carry[-256:]
        if not chunk:
            return


def _count(data: bytes, counts: _Counts, label: str, limits: SheetLimits) -> None:
    for match in _DIMENSION.finditer(data):
        area = range_area(match.group(1).decode("ascii"))
        if area > limits.max_cells:
            raise TooLarge(f"{label} declares a {match.group(1).decode('ascii')} sheet ({area} cells, "
                           f"limit {limits.max_cells})")
    for match in _MERGE.finditer(data):
        counts.merged += range_area(match.group(1).decode("ascii"))
        if counts.merged > limits.max_cells:
            raise TooLarge(f"{label} has merged ranges over more than {limits.max_cells} cells "
                           f"(up to {match.group(1).decode('ascii')})")
    counts.rows += len(_ROW.findall(data))
    if counts.rows > limits.max_rows:
        raise TooLarge(f"{label} has more than {limits.max_rows} rows")
    counts.cells += len(_CELL.findall(data))
    if counts.cells > limits.max_cells:
        raise TooLarge(f"{label} has more than {limits.max_cells} cells")


def range_area(ref: str) -> int:
    """Cells in an A1 reference (``B2`` → 1, ``A1:XFD1048576`` → 17,179,869,184)."""
    ends = [_position(part) for part in ref.split(":")]
    (c1, r1), (c2, r2) = ends[0], ends[-1]
    return (abs(c2 - c1) + 1) * (abs(r2 - r1) + 1)


def _position(cell: str) -> tuple[int, int]:
    match = _CELL_REF.fullmatch(cell)
    if match is None:
        return 1, 1
    column = 0
    for letter in match.group(1).upper():
        column = column * 26 + ord(letter) - ord("A") + 1
    return column, int(match.group(2))
