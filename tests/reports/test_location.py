"""Chinese locations checked against the documents themselves: the cell, table row, paragraph or page they name
holds what the record says."""
from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest

import extractor
from extractor.reports.location import Locator, record_location

SAMPLES = Path(__file__).resolve().parents[2] / "corpora" / "samples"


def _located(name: str):
    doc = extractor.parse(SAMPLES / name)
    ext = extractor.extract(doc)
    locator = Locator(doc.to_dict())
    return ext, [(i, record_location(locator, i.__dict__)) for i in ext.indicators]


def test_xlsx_location_is_the_cell_of_the_declared_value():
    ext, located = _located("zhcg-target-form.xlsx")
    wb = openpyxl.load_workbook(SAMPLES / "zhcg-target-form.xlsx")
    checked = 0
    for ind, where in located:
        sheet, cell = where.split("!")
        if ":" in cell:  # a row range when the value cell cannot be told
            continue
        value = str(wb[sheet][cell].value)
        assert ind.target_text.startswith(value), (ind.name, where, value)
        row = [str(c.value) for c in wb[sheet][re.sub(r"\D", "", cell)]]
        assert ind.name in row, (ind.name, where)
        checked += 1
    assert checked == len(located) > 20


def test_docx_location_is_the_table_row_that_holds_the_indicator():
    import docx

    ext, located = _located("zhcg-self-assessment.docx")
    tables = docx.Document(str(SAMPLES / "zhcg-self-assessment.docx")).tables
    for ind, where in located:
        m = re.fullmatch(r"第(\d+)个表格第(\d+)行", where)
        assert m, where
        row = tables[int(m.group(1)) - 1].rows[int(m.group(2)) - 1]
        assert ind.name in [c.text for c in row.cells], (ind.name, where)
    assert located


def test_pdf_location_is_the_page_that_shows_the_indicator():
    import pdfplumber

    ext, located = _located("zhcg-self-assessment.pdf")
    with pdfplumber.open(SAMPLES / "zhcg-self-assessment.pdf") as pdf:
        pages = ["".join((p.extract_text() or "").split()) for p in pdf.pages]
    for ind, where in located:
        m = re.match(r"第(\d+)页", where)
        assert m, where
        # a row of a table that runs over a page break may sit on the next page; a name wrapped inside its cell
        # is read interleaved with its neighbours, so its first line (four characters) is what the page shows
        near = "".join(pages[int(m.group(1)) - 1:int(m.group(1)) + 1])
        assert ind.name[:4] in near, (ind.name, where)
    assert located


def test_text_location_is_the_paragraph_number():
    doc = extractor.parse(SAMPLES / "plan-gbk.txt")
    locator = Locator(doc.to_dict())
    paragraphs = [b for b in doc.blocks if b.kind in ("heading", "paragraph", "list_item", "footnote")]
    for n, block in enumerate(paragraphs, 1):
        assert locator.of(block.ref) == f"第{n}段"


@pytest.mark.parametrize("ref", [None, "", "#/blocks/999999", "garbage"])
def test_unknown_refs_give_no_location_instead_of_failing(ref):
    doc = extractor.parse(SAMPLES / "zhcg-target-form.xlsx")
    assert Locator(doc.to_dict()).of(ref) == ""
    assert Locator(None).of(ref, page=3) == "第3页"
