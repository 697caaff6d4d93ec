"""The bundled sample set itself: files, gold annotations and the layout claims of the PDFs.

The gold is written by corpora/samples/make_samples.py from its own source data; these
tests check that the committed files really contain what the gold says.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

from extractor.extraction import LEVEL1, LEVEL2, LEVEL2_COST_101

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "corpora" / "samples"
ANNOTATIONS = ROOT / "corpora" / "annotations"
BAD = ROOT / "tests" / "data" / "bad"

PLANNED = [
    "zhcg-target-form.xlsx", "zhcg-target-form.pdf",
    "zhcg-self-assessment.docx", "zhcg-self-assessment.pdf",
    "report-excerpt.docx", "report-excerpt.pdf",
    "contract-excerpt.docx", "contract-excerpt.pdf",
    "plan-gbk.txt",
    "edu-101-targets.docx", "edu-101-targets.pdf",
    "road-elderly-indicators.xlsx",
]
PDFS = [name for name in PLANNED if name.endswith(".pdf")]
DOCX = [name for name in PLANNED if name.endswith(".docx")]


@lru_cache(maxsize=None)
def gold(name: str) -> dict:
    return json.loads((ANNOTATIONS / f"{name}.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def pdf_pages(name: str) -> tuple[str, ...]:
    import pdfplumber

    with pdfplumber.open(SAMPLES / name) as pdf:
        return tuple("".join((page.extract_text() or "").split()) for page in pdf.pages)


def squash(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("name", PLANNED)
def test_sample_and_gold_exist(name):
    assert (SAMPLES / name).stat().st_size > 0
    data = gold(name)
    assert data["source"] == name
    for key in ("paragraphs", "headings"):
        assert isinstance(data[key], list)
    assert data["paragraphs"], "every sample has some running text"
    for heading in data["headings"]:
        assert heading["text"] in data["paragraphs"] and heading["level"] >= 1
    for table in data.get("tables", []):
        width = len(table[0])
        assert all(len(row) == width for row in table), "merged cells must be filled: rows are rectangular"


def test_enough_indicator_rows_across_distinct_sources():
    # a .pdf made from a .docx/.xlsx repeats its rows; count each document once
    stems = {}
    for name in PLANNED:
        stems.setdefault(Path(name).stem, len(gold(name).get("indicators", [])))
    assert sum(stems.values()) >= 150


@pytest.mark.parametrize("name", PLANNED)
def test_indicator_levels_are_canonical(name):
    for row in gold(name).get("indicators", []):
        assert row["level1"] in LEVEL1, row
        assert row["level2"] in LEVEL2 + LEVEL2_COST_101, row
        if row["level1"] == "成本指标":
            assert row["level2"] in LEVEL2_COST_101 + ("成本指标",)
        assert row["operator"] in (None, ">=", "<=", "=", ">", "<", "range")


def test_both_indicator_trees_and_varied_level_spellings():
    rows = [r for name in PLANNED for r in gold(name).get("indicators", [])]
    assert any(r["level1"] == "成本指标" for r in rows), "101号 tree (成本指标 as 一级)"
    assert any(r["level1"] == "产出指标" and r["level2"] == "成本指标" for r in rows), "88号 tree"
    assert any(r["level1_text"] != r["level1"] for r in rows)
    assert any(r["level2_text"] == "环境效益" and r["level2"] == "生态效益指标" for r in rows)


def test_weak_rows_for_the_checker_are_present():
    rows = [r for name in PLANNED for r in gold(name).get("indicators", [])]
    assert any(r["name"] and r["operator"] and r["value"] is None and "**" not in r["target_text"] for r in rows)
    assert any("**" in r["target_text"] for r in rows), "placeholder"
    assert any(r["name"].endswith("率") and r["unit"] == "个" for r in rows if r["name"]), "unit clash"
    assert any("进一步" in r["target_text"] for r in rows), "vague wording"
    assert any(r["level2"] == "时效指标" and r["target_text"] in ("及时", "按时完成") for r in rows)
    assert any(r["value"] is not None and r["unit"] is None for r in rows), "missing unit"
    assert any(r["name"] is None for r in rows), "blank template row"
    units = {r["unit"] for r in rows}
    assert {"%", "个", "人次", "万元", "天", "台套", "元/人·月"} <= units


def test_self_assessment_matches_its_target_form():
    targets = {r["name"] for r in gold("zhcg-target-form.xlsx")["indicators"]}
    actuals = gold("zhcg-self-assessment.docx")["indicators"]
    shared = [r for r in actuals if r["name"] in targets]
    assert len(shared) >= len(actuals) - 3 and len(shared) < len(actuals), "same names, a couple renamed"
    missed = [r for r in actuals if r["operator"] in (">=", "=") and r["actual"] is not None and r["actual"] < r["value"]]
    assert any(r["deviation_reason"] for r in missed) and any(not r["deviation_reason"] for r in missed)
    total = gold("zhcg-self-assessment.docx")["score_total"]
    assert total == pytest.approx(9.73 + sum(r["score"] for r in actuals), abs=0.005)
    assert all(r["score"] <= r["weight"] for r in actuals)
    assert sum(r["weight"] for r in actuals) == 90


def test_report_facts_have_exactly_one_wrong_rate():
    facts = gold("report-excerpt.docx")["facts"]
    rated = [f for f in facts if f["stated_rate"] is not None]
    wrong = [f for f in rated if abs(f["actual"] / f["planned"] * 100 - f["stated_rate"]) > 0.006]
    assert len(rated) >= 3 and [f["metric"] for f in wrong] == ["培训业务人员"]
    share = next(f for f in facts if f["kind"] == "share")
    assert sum(share["parts"]) == pytest.approx(100.0)


def test_contract_payments_add_up():
    terms = gold("contract-excerpt.docx")["contract_terms"]
    payments = [t for t in terms if t["kind"] == "付款"]
    total = next(t["amount"] for t in terms if t["kind"] == "金额")
    assert sum(t["percent"] for t in payments) == 100
    assert sum(t["amount"] for t in payments) == pytest.approx(total)


@pytest.mark.parametrize("name", DOCX)
def test_docx_text_equals_gold_paragraphs(name):
    import docx

    document = docx.Document(SAMPLES / name)
    texts = [p.text for p in document.paragraphs if p.text.strip()]
    assert texts == gold(name)["paragraphs"]
    tables = [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables]
    assert tables == gold(name)["tables"]


def test_docx_has_running_header_footer_field_and_real_footnotes():
    import zipfile

    with zipfile.ZipFile(SAMPLES / "report-excerpt.docx") as zf:
        names = set(zf.namelist())
        document = zf.read("word/document.xml").decode("utf-8")
        footer = "".join(zf.read(n).decode("utf-8") for n in names if n.startswith("word/footer"))
        footnotes = zf.read("word/footnotes.xml").decode("utf-8")
    assert "PAGE" in footer and "— " in footer
    assert document.count("w:footnoteReference") == len(gold("report-excerpt.docx")["footnotes"]) == 2
    assert all(f["text"] in footnotes for f in gold("report-excerpt.docx")["footnotes"])
    assert "w:tblHeader" not in document, "the report's cross-page table does not repeat its header"
    with zipfile.ZipFile(SAMPLES / "zhcg-self-assessment.docx") as zf:
        assert "w:tblHeader" in zf.read("word/document.xml").decode("utf-8")


def test_xlsx_cells_hold_the_gold_tables():
    import openpyxl

    for name in ("zhcg-target-form.xlsx", "road-elderly-indicators.xlsx"):
        workbook = openpyxl.load_workbook(SAMPLES / name)
        values = {str(c.value) for ws in workbook for row in ws.iter_rows() for c in row if c.value is not None}
        for table in gold(name)["tables"]:
            assert {cell for row in table for cell in row if cell} <= values
        merged = sum(len(ws.merged_cells.ranges) for ws in workbook)
        assert merged > 10
    sheet = openpyxl.load_workbook(SAMPLES / "zhcg-target-form.xlsx").active
    assert sheet.print_area and sheet.page_setup.fitToWidth == 1
    assert all(c.data_type == "s" for row in sheet.iter_rows() for c in row if isinstance(c.value, str))


def test_plan_is_gbk_and_matches_gold():
    data = (SAMPLES / "plan-gbk.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    lines = [line for line in data.decode("gbk").splitlines() if line]
    assert lines == gold("plan-gbk.txt")["paragraphs"]
    goals = gold("plan-gbk.txt")["goals"]
    assert any(t["deadline"] for g in goals for t in g["targets"])
    assert any(not g["quantified"] for g in goals)


@pytest.mark.parametrize("name", PDFS)
def test_pdf_page_count_and_footer(name):
    pages = pdf_pages(name)
    layout = gold(name)["pdf_layout"]
    assert len(pages) == layout["pages"]
    if layout.get("footer"):
        for number, text in enumerate(pages, start=1):
            assert f"—{number}—" in text


@pytest.mark.parametrize("name", ["zhcg-self-assessment.pdf", "report-excerpt.pdf"])
def test_cross_page_table_really_crosses(name):
    pages = pdf_pages(name)
    layout = gold(name)["pdf_layout"]
    assert layout["cross_page_tables"], "the gold claims a table that crosses a page"
    for index in layout["cross_page_tables"]:
        table = gold(name)["tables"][index]
        first, last = next(t["pages"] for t in layout["tables"] if t["table"] == index)
        assert first < last <= len(pages)
        header = squash("".join(c for c in dict.fromkeys(table[0]) if len(c) <= 4))
        assert all(squash(c) in pages[first - 1] for c in table[0] if len(c) <= 4), header
        last_name = next(c for c in table[-1] if c)
        assert squash(last_name) in pages[last - 1] and squash(last_name) not in pages[first - 1]


def test_report_pdf_paragraph_crosses_a_page_and_footnotes_are_at_the_bottom():
    pages = pdf_pages("report-excerpt.pdf")
    data = gold("report-excerpt.pdf")
    crossing = data["pdf_layout"]["cross_page_paragraphs"]
    assert crossing
    for claim in crossing:
        text = data["paragraphs"][claim["paragraph"]]
        first, last = claim["pages"]
        assert squash(text[:14]) in pages[first - 1] and squash(text[-14:]) in pages[last - 1]
    for footnote in data["footnotes"]:
        assert any(squash(footnote["text"]) in page for page in pages)
    assert all(squash(data["running_header"]) in page for page in pages)


def test_bad_files_are_small_and_listed():
    expected = json.loads((BAD / "expected.json").read_text(encoding="utf-8"))["errors"]
    assert len(expected) >= 9
    for name in expected:
        path = BAD / name
        assert path.exists() and path.stat().st_size < 100_000
    assert (BAD / "zero.pdf").stat().st_size == 0


def test_encrypted_pdf_needs_its_password():
    import pdfplumber

    with pytest.raises(Exception):  # noqa: B017  pdfminer's password errors differ between versions
        with pdfplumber.open(BAD / "encrypted.pdf") as pdf:
            pdf.pages[0].extract_text()
    with pdfplumber.open(BAD / "encrypted.pdf", password="jixiao") as pdf:
        assert "password" in pdf.pages[0].extract_text()


def test_unknown_encoding_file_is_neither_utf8_nor_gb18030():
    data = (BAD / "gbk-unknown.txt").read_bytes()
    for encoding in ("utf-8", "gb18030"):
        with pytest.raises(UnicodeDecodeError):
            data.decode(encoding)
