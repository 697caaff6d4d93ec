"""PDF parser on real PDFs: our fixtures (tests/data/pdf, made by make_pdf_fixtures.py with LibreOffice)
and the committed samples (corpora/samples/*.pdf against corpora/annotations/<name>.json)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from pdfbytes import blank_pdf, encrypted_pdf

from extractor.errors import (
    DamagedFile,
    EmptyDocument,
    NoTextLayer,
    PasswordProtected,
    UsageError,
)
from extractor.parsers.pdf import parse_pdf

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parent / "data" / "pdf"
ROOT = HERE.parent.parent
SAMPLES = ROOT / "corpora" / "samples"

HAN_SPACE_HAN = re.compile(r"[\u4e00-\u9fff]\s+[\u4e00-\u9fff]")


def _gold(pdf: Path) -> dict:
    return json.loads((pdf.parent / f"{pdf.name}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def report():
    return parse_pdf(FIXTURES / "report-fodt.pdf")


@pytest.fixture(scope="module")
def contract():
    return parse_pdf(FIXTURES / "contract-fodt.pdf")


def _flow(doc) -> list[str]:
    return [b.text for b in doc.blocks if b.kind in ("heading", "paragraph", "list_item")]


# -- text flow ------------------------------------------------------------------------------


def test_paragraphs_match_fixture_gold(report, contract):
    assert _flow(report) == _gold(FIXTURES / "report-fodt.pdf")["paragraphs"]
    assert _flow(contract) == _gold(FIXTURES / "contract-fodt.pdf")["paragraphs"]


def test_no_space_between_han_characters(report, contract):
    for doc in (report, contract):
        for block in doc.blocks:
            texts = [block.text] if block.rows is None else [c for r in block.rows for c in r]
            for text in texts:
                assert not HAN_SPACE_HAN.search(text.split(" ", 1)[-1] if block.number else text), text


def test_paragraph_joined_across_page_break(report):
    crossing = [b for b in report.blocks if b.kind == "paragraph" and b.text.startswith("第2点")]
    assert len(crossing) == 1
    assert crossing[0].text.endswith("完成率95.83%。")
    assert crossing[0].page == 1


def test_page_number_footer_removed(report, contract):
    for doc in (report, contract):
        for block in doc.blocks:
            assert not re.fullmatch(r"[—\-\s]*\d+[—\-\s]*|第\d+页\s*共\d+页", block.text), block.text
            assert "第1页" not in block.text and "— 1 —" not in block.text


def test_running_header_removed(report):
    assert not any(b.text == "智慧城管二期项目绩效评价报告" for b in report.blocks)


def test_space_after_article_number_kept(contract):
    assert "第一条 合同金额" in _flow(contract)


# -- headings -------------------------------------------------------------------------------


def test_headings_and_levels_match_fixture_gold(report, contract):
    for doc, name in ((report, "report-fodt.pdf"), (contract, "contract-fodt.pdf")):
        headings = [{"text": b.text, "level": b.level} for b in doc.blocks if b.kind == "heading"]
        assert headings == _gold(FIXTURES / name)["headings"]


def test_heading_number_recorded(report):
    numbers = [b.number for b in report.blocks if b.kind == "heading"]
    assert numbers[:3] == ["一、", "（一）", "（二）"]


# -- tables ---------------------------------------------------------------------------------


def test_merged_cells_filled_down_and_across(report):
    table = report.tables()[0]
    assert table.rows == _gold(FIXTURES / "report-fodt.pdf")["tables"][0]
    assert table.rows[2][:2] == ["产出指标", "数量指标"]  # filled down
    assert table.rows[-1][:3] == ["合计", "合计", "合计"]  # filled across


def test_cross_page_table_stitched_once(report):
    tables = report.tables()
    assert len(tables) == 2
    score = tables[1]
    assert score.rows == _gold(FIXTURES / "report-fodt.pdf")["tables"][1]
    assert sum(1 for r in score.rows if r[0] == "序号") == 1


def test_table_text_not_in_paragraph_flow(report):
    assert not any("监控点位数" in t or "指标第3项" in t for t in _flow(report))


# -- footnotes ------------------------------------------------------------------------------


def test_footnote_kept_as_block_with_marker(report):
    notes = [b for b in report.blocks if b.kind == "footnote"]
    assert [(b.marker, b.text) for b in notes] == [("1", "说明：预算资金含上年结转资金200.00万元。")]
    citing = [b for b in report.blocks if b.kind == "paragraph" and b.marker == "1"]
    assert len(citing) == 1 and "1,200.00万元，" in citing[0].text  # the raised 1 is not glued onto 万元
    assert not any("说明：预算资金含上年结转" in t for t in _flow(report))


def test_footnote_on_text_only_page_split_off(contract):
    notes = [(b.marker, b.text) for b in contract.blocks if b.kind == "footnote"]
    assert notes == [(n["marker"], n["text"]) for n in _gold(FIXTURES / "contract-fodt.pdf")["footnotes"]]


# -- engines (issue 9) ----------------------------------------------------------------------

BENCH = ROOT / "bench" / "data"
ENGINE_FILES = [FIXTURES / "report-fodt.pdf", FIXTURES / "contract-fodt.pdf", *sorted(SAMPLES.glob("*.pdf"))]
BENCH_FILES = [BENCH / "report-30p.pdf", BENCH / "forms-tables.pdf"]


def _content(doc):
    return [(b.kind, b.text, b.level, b.number, b.marker, b.rows, b.spans, b.header_rows, b.page) for b in doc.blocks]


@pytest.mark.parametrize("path", ENGINE_FILES, ids=lambda p: p.name)
def test_pdfium_and_pdfplumber_engines_give_same_document(path):
    assert _content(parse_pdf(path, engine="pdfium")) == _content(parse_pdf(path, engine="pdfplumber"))


@pytest.mark.parametrize("path", BENCH_FILES, ids=lambda p: p.name)
def test_auto_and_pdfplumber_engines_give_same_document_on_bench_pdfs(path):
    auto, plumber = parse_pdf(path, engine="auto"), parse_pdf(path, engine="pdfplumber")
    assert _content(auto) == _content(plumber)
    written = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert auto.pages == written["pages"]
    assert len(auto.tables()) == written["written"]["tables"]  # cross-page parts stitched, none lost
    if path.name == "report-30p.pdf":
        assert sum(b.kind == "heading" for b in auto.blocks) == written["written"]["headings"]
    assert sum(b.kind == "footnote" for b in auto.blocks) == written["written"]["footnotes"]
    # a table is found by the same finder over the same ruling lines: same cells, same box
    assert [t.provenance.bbox for t in auto.tables()] == [t.provenance.bbox for t in plumber.tables()]


def _classify(path: Path, index: int, **settings):
    import pypdfium2 as pdfium

    from extractor.parsers.pdf import PdfSettings, classify_page

    doc = pdfium.PdfDocument(str(path))
    try:
        page = doc[index]
        try:
            return classify_page(page, PdfSettings(**settings))
        finally:
            page.close()
    finally:
        doc.close()


def _page_of(doc, text: str) -> int:
    return next(b.page for b in doc.blocks if text in b.text)


def test_page_classifier_sends_text_pages_to_pdfium_and_table_pages_to_the_table_finder():
    from extractor.parsers.pdf import PDFPLUMBER_PAGE, TABLE_PAGE, TEXT_PAGE

    doc = parse_pdf(BENCH / "report-30p.pdf", engine="pdfplumber")
    table_pages = {t.page for t in doc.tables()}
    footnote_pages = {b.page for b in doc.blocks if b.kind == "footnote"}
    text_page = next(n for n in range(2, doc.pages) if n not in table_pages | footnote_pages)
    assert len(table_pages) == 2
    for n in table_pages:
        geometry = _classify(BENCH / "report-30p.pdf", n - 1)
        assert geometry.route == TABLE_PAGE
        assert {e["orientation"] for e in geometry.edges} == {"h", "v"}
    text = _classify(BENCH / "report-30p.pdf", text_page - 1)
    assert text.route == TEXT_PAGE and text.edges == []
    # the short rule above a footnote is no table: the page stays a text page, the rule is kept
    note_page = min(footnote_pages - table_pages)
    note = _classify(BENCH / "report-30p.pdf", note_page - 1)
    assert note.route == TEXT_PAGE and len(note.edges) == 1
    # with tables switched off, a page with rulings is read by pdfplumber as before
    assert _classify(BENCH / "report-30p.pdf", min(table_pages) - 1, tables=False).route == PDFPLUMBER_PAGE


def test_every_page_of_the_forms_is_a_table_page():
    from extractor.parsers.pdf import TABLE_PAGE

    pages = json.loads((BENCH / "forms-tables.json").read_text(encoding="utf-8"))["pages"]
    assert [_classify(BENCH / "forms-tables.pdf", i).route for i in range(pages)] == [TABLE_PAGE] * pages


def test_table_continued_over_pages_is_stitched_on_the_pdfium_path():
    doc = parse_pdf(BENCH / "forms-tables.pdf", engine="auto")
    indicator_tables = [t for t in doc.tables() if t.rows[0][0] == "一级指标"]
    assert len(indicator_tables) == 4
    for table in indicator_tables:
        assert sum(1 for r in table.rows if r[0] == "一级指标") == 1  # repeated header row dropped
        assert all(r[0] and r[1] for r in table.rows)  # merged 一级/二级 cells filled, also across the break


# -- provenance -----------------------------------------------------------------------------


def test_every_block_has_page_and_bbox(report, contract):
    assert report.pages == 4
    for doc in (report, contract):
        for block in doc.blocks:
            assert 1 <= block.page <= doc.pages
            x0, top, x1, bottom = block.provenance.bbox
            assert x0 < x1 and top < bottom


def test_document_json_round_trip(report):
    from extractor.document import Document

    again = Document.from_json(report.to_json())
    assert [b.text for b in again.blocks] == [b.text for b in report.blocks]


# -- errors ---------------------------------------------------------------------------------


def test_encrypted_pdf_is_password_protected(tmp_path):
    path = tmp_path / "locked.pdf"
    path.write_bytes(encrypted_pdf())
    with pytest.raises(PasswordProtected):
        parse_pdf(path)


def test_truncated_pdf_is_damaged(tmp_path):
    data = (FIXTURES / "report-fodt.pdf").read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(DamagedFile):
        parse_pdf(path)


def test_garbage_after_pdf_header_is_damaged(tmp_path):
    path = tmp_path / "garbage.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20)
    with pytest.raises(DamagedFile):
        parse_pdf(path)


def test_blank_page_is_empty_document(tmp_path):
    path = tmp_path / "blank.pdf"
    path.write_bytes(blank_pdf())
    with pytest.raises(EmptyDocument):
        parse_pdf(path)


def test_image_only_pdf_is_no_text_layer(tmp_path):
    Image = pytest.importorskip("PIL.Image")
    path = tmp_path / "scan.pdf"
    Image.new("RGB", (300, 400), "white").save(path)
    with pytest.raises(NoTextLayer) as info:
        parse_pdf(path)
    assert "ocr" in info.value.one_line()


def test_page_limit_is_too_large():
    from extractor.errors import TooLarge

    with pytest.raises(TooLarge):
        parse_pdf(FIXTURES / "contract-fodt.pdf", max_pages=2)


def test_document_title_is_paragraph_and_metadata(contract):
    assert contract.blocks[0].kind == "paragraph"
    assert contract.metadata["title"] == "信息系统集成合同"


def test_unknown_setting_is_usage_error():
    with pytest.raises(UsageError):
        parse_pdf(FIXTURES / "contract-fodt.pdf", colour="blue")
    with pytest.raises(UsageError):
        parse_pdf(FIXTURES / "contract-fodt.pdf", engine="acrobat")


# -- held-out blind evaluation faults (corpora/heldout, made by make_heldout.py) ------------------

HELDOUT = ROOT / "corpora" / "heldout"


def _indicator_rows(doc) -> list[list[str]]:
    return max(doc.tables(), key=lambda t: len(t.rows)).rows


def test_libreoffice_stroked_borders_make_a_table_page():
    # LibreOffice strokes cell borders 0.75 pt wide: PDFium's bounds of a vertical border are
    # 1.5 pt wide with the stroke, and the page was taken for a text page without tables
    from extractor.parsers.pdf import TABLE_PAGE

    assert _classify(HELDOUT / "hd-water-supply-form.pdf", 0).route == TABLE_PAGE


@pytest.mark.parametrize("engine", ["auto", "pdfplumber"])
def test_xlsx_export_table_found_and_stitched_with_the_merged_cell_cut_by_the_page_break(engine):
    import extractor

    pdf = parse_pdf(HELDOUT / "hd-water-supply-form.pdf", engine=engine)
    assert len(pdf.tables()) == 1
    assert not [b for b in pdf.blocks if b.kind == "paragraph" and b.text == "效益指标"]
    xlsx = extractor.parse(HELDOUT / "hd-water-supply-form.xlsx")
    source = _indicator_rows(xlsx)  # the sheet the PDF was exported from
    assert pdf.tables()[0].rows[-len(source):] == source


@pytest.mark.parametrize("name", ["hd-clinic-self-eval", "hd-library-core-targets"])
def test_row_split_across_pages_merged_into_previous_row(name):
    import extractor

    pdf = parse_pdf(HELDOUT / f"{name}.pdf", engine="auto")
    docx = extractor.parse(HELDOUT / f"{name}.docx")  # the document the PDF was exported from
    assert [t.rows for t in pdf.tables()] == [t.rows for t in docx.tables()]


@pytest.mark.parametrize("name", ["hd-clinic-self-eval", "hd-library-core-targets", "hd-water-supply-form"])
def test_auto_and_pdfplumber_engines_give_same_document_on_heldout_tables(name):
    path = HELDOUT / f"{name}.pdf"
    assert _content(parse_pdf(path, engine="auto")) == _content(parse_pdf(path, engine="pdfplumber"))
