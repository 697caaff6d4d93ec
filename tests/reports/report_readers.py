"""Reading the written reports back the way a reviewer's tools would: openpyxl for the workbooks, an HTML parser
for report.html (tables by id, with each cell's text and links)."""
from __future__ import annotations

import re
from html.parser import HTMLParser

import openpyxl

# a Chinese location: PDF page, XLSX sheet!cell, DOCX table row or paragraph, or the whole document
CHINESE_LOCATION = re.compile(r"第\d+页|第\d+个表格|第\d+段|^[^!]+![A-Z]{1,3}\d+(?::[A-Z]{1,3}\d+)?$|^全文$")


def sheet_rows(path, sheet: str, header_row: int = 1) -> list[dict]:
    ws = openpyxl.load_workbook(path)[sheet]
    header = [c.value for c in ws[header_row]]
    return [dict(zip(header, row)) for row in ws.iter_rows(min_row=header_row + 1, values_only=True)
            if any(v is not None for v in row)]


class _Tables(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tables: dict[str, dict] = {}
        self._table = self._row = self._cell = None
        self._in_details = 0
        self.in_details: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "details":
            self._in_details += 1
        elif tag == "table" and attrs.get("id"):
            self._table = self.tables.setdefault(attrs["id"], {"head": [], "rows": [], "links": []})
            if self._in_details:
                self.in_details.add(attrs["id"])
        elif self._table is not None and tag == "tr":
            self._row = []
        elif self._table is not None and tag in ("td", "th"):
            self._cell = {"text": "", "links": [], "tag": tag}
        elif self._cell is not None and tag == "a":
            self._cell["links"].append(attrs.get("href"))

    def handle_endtag(self, tag):
        if tag == "details":
            self._in_details -= 1
        elif tag == "table":
            self._table = None
        elif tag in ("td", "th") and self._cell is not None:
            self._row.append(self._cell)
            self._cell = None
        elif tag == "tr" and self._row is not None and self._table is not None:
            if self._row and self._row[0]["tag"] == "th":
                self._table["head"] = [c["text"] for c in self._row]
            else:
                self._table["rows"].append({h: c["text"] for h, c in zip(self._table["head"], self._row)})
                self._table["links"].append({h: c["links"] for h, c in zip(self._table["head"], self._row)})
            self._row = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell["text"] += data


def html_tables(text: str) -> _Tables:
    parser = _Tables()
    parser.feed(text)
    return parser
