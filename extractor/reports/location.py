"""Where a record or finding sits in its document, in the words a reviewer uses.

The parsers record provenance on every block (page for PDF, sheet and cell range for XLSX, reading
order for DOCX and text); :class:`Locator` turns a block ``ref`` (and a table row) into
``第3页``, ``绩效目标申报表!F17``, ``第2个表格第5行`` or ``第4段``. The machine ``ref`` stays beside it.
"""
from __future__ import annotations

import re

from openpyxl.utils import column_index_from_string, get_column_letter

_CELL_RANGE = re.compile(r"^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$")
_BLOCK_REF = re.compile(r"#/blocks/(\d+)")
TEXT_KINDS = ("heading", "paragraph", "list_item", "footnote")


class Locator:
    """Chinese locations for the blocks of one parsed document (the ``document`` dict of a batch result)."""

    def __init__(self, document: dict | None):
        document = document or {}
        self.format = document.get("format")
        self.blocks = document.get("blocks") or []
        self._table_no: dict[int, int] = {}
        self._para_no: dict[int, int] = {}
        tables = paras = 0
        for i, block in enumerate(self.blocks):
            if block.get("kind") == "table":
                tables += 1
                self._table_no[i] = tables
            elif block.get("kind") in TEXT_KINDS:
                paras += 1
                self._para_no[i] = paras

    def of(self, ref: str | None, row: int | None = None, page: int | None = None, needle: str | None = None) -> str:
        """The location of block ``ref`` (row ``row`` of a table; ``needle``: the cell text to point at)."""
        block, index = self._block(ref)
        if self.format == "pdf":
            page = self.pdf_page(ref, page)
            where = f"第{page}页" if page else ""
            if block is not None and block.get("kind") == "table" and row is not None:
                where += f" 第{self._table_no[index]}个表格第{row + 1}行"
            return where.strip()
        if block is None:
            return f"第{page}页" if page else ""
        if self.format == "xlsx":
            return self._sheet_location(block, row, needle)
        if block.get("kind") == "table":
            return f"第{self._table_no[index]}个表格" + (f"第{row + 1}行" if row is not None else "")
        if block.get("kind") == "field":  # a label/value row of the form table that follows
            table = self._next_table(index)
            return f"第{table}个表格" if table else ""
        return f"第{self._para_no[index]}段" if index in self._para_no else ""

    def pdf_page(self, ref: str | None, page: int | None = None) -> int | None:
        """The page a PDF location points at (``None`` for other formats): the record's own, else its block's."""
        if self.format != "pdf":
            return None
        block, _ = self._block(ref)
        return page or (block or {}).get("page")

    def _block(self, ref: str | None) -> tuple[dict | None, int | None]:
        m = _BLOCK_REF.match(ref or "")
        if not m or int(m.group(1)) >= len(self.blocks):
            return None, None
        return self.blocks[int(m.group(1))], int(m.group(1))

    def _next_table(self, index: int) -> int | None:
        for i in range(index + 1, len(self.blocks)):
            kind = self.blocks[i].get("kind")
            if kind == "table":
                return self._table_no[i]
            if kind != "field":
                return None
        return None

    def _sheet_location(self, block: dict, row: int | None, needle: str | None) -> str:
        prov = block.get("provenance") or {}
        sheet, cells = prov.get("sheet") or "", prov.get("cells") or ""
        m = _CELL_RANGE.match(cells)
        if not m:
            return sheet
        first_col, top = m.group(1), int(m.group(2))
        last_col = m.group(3) or first_col
        if row is None:
            return f"{sheet}!{cells}"
        sheet_row = top + row
        rows = block.get("rows") or []
        width = column_index_from_string(last_col) - column_index_from_string(first_col) + 1
        cells_of_row = rows[row] if row < len(rows) else []
        if needle and len(cells_of_row) == width:  # no column was dropped: table columns are sheet columns
            c = _value_column(cells_of_row, needle.strip())
            if c is not None:
                return f"{sheet}!{get_column_letter(column_index_from_string(first_col) + c)}{sheet_row}"
        return f"{sheet}!{first_col}{sheet_row}:{last_col}{sheet_row}"


def _value_column(cells: list[str], needle: str) -> int | None:
    """The cell holding ``needle``, or the one it starts with (``不低于120`` of ``不低于120平方公里``)."""
    texts = [(c or "").strip() for c in cells]
    for c, text in enumerate(texts):
        if text and text == needle:
            return c
    for c, text in enumerate(texts):
        if len(text) >= 2 and needle.startswith(text):
            return c
    return None


def record_location(locator: Locator, record: dict) -> str:
    """Location of an extracted record (indicator, goal, fact): its first ref, its row, the value cell."""
    refs = record.get("refs") or []
    needle = record.get("target_text") if record.get("row") is not None else None
    return locator.of(refs[0] if refs else None, record.get("row"), record.get("page"), needle)


def finding_location(locator: Locator, finding: dict, records: dict[str, dict]) -> str:
    """Location of a checker finding: the record it names (``item``) when known, else its block ``ref``."""
    record = records.get(finding.get("item") or "")
    if record is not None and (record.get("refs") or [None])[0] == finding.get("ref"):
        return record_location(locator, record)
    return locator.of(finding.get("ref"), page=finding.get("page"))


def records_by_id(extraction: dict | None) -> dict[str, dict]:
    """Goals and indicators of an extraction by their ``id`` (what a finding's ``item`` names)."""
    extraction = extraction or {}
    return {r["id"]: r for kind in ("indicators", "goals") for r in extraction.get(kind) or [] if r.get("id")}
