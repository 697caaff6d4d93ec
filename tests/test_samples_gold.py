"""Every bundled sample parses to its gold annotation, and every bad file to its error code.

Gold (corpora/annotations/<sample>.json) is written by corpora/samples/make_samples.py from the
content it put into the documents, never from parser output. Which views are compared depends on
what the format carries: form fields come from DOCX/XLSX cells, footnotes from DOCX/PDF.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import extractor
from extractor.errors import ExtractorError

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "corpora" / "samples"
ANNOTATIONS = ROOT / "corpora" / "annotations"
BAD = Path(__file__).resolve().parent / "data" / "bad"

VIEWS_BY_FORMAT = {
    ".pdf": ("paragraphs", "headings", "tables", "footnotes", "clauses"),
    ".docx": ("paragraphs", "headings", "tables", "footnotes", "fields", "clauses"),
    ".xlsx": ("paragraphs", "headings", "tables", "fields"),
    ".txt": ("paragraphs", "headings", "clauses"),
}


def gold(sample: Path) -> dict:
    return json.loads((ANNOTATIONS / f"{sample.name}.json").read_text(encoding="utf-8"))


def views(doc) -> dict:
    """The parts of a Document that gold annotations describe."""
    return {
        "paragraphs": [b.text for b in doc.blocks if b.kind in ("heading", "paragraph", "list_item")],
        "headings": [{"text": b.text, "level": b.level} for b in doc.blocks if b.kind == "heading"],
        "tables": [b.rows for b in doc.tables()],
        "footnotes": [{"marker": b.marker, "text": b.text} for b in doc.blocks if b.kind == "footnote"],
        "fields": {b.label: b.value for b in doc.blocks if b.kind == "field"},
        "clauses": [{"number": c.number, "level": c.level, "title": c.title} for c in doc.iter_clauses()],
    }


SAMPLE_FILES = sorted(p for p in SAMPLES.iterdir() if p.suffix in VIEWS_BY_FORMAT)
CASES = [(p, view) for p in SAMPLE_FILES for view in VIEWS_BY_FORMAT[p.suffix] if view in gold(p)]


@pytest.fixture(scope="module")
def parsed():
    cache: dict[Path, dict] = {}

    def get(path: Path) -> dict:
        if path not in cache:
            cache[path] = views(extractor.parse(path))
        return cache[path]

    return get


def test_every_sample_has_gold_and_is_compared():
    assert len(SAMPLE_FILES) >= 12
    assert {p.suffix for p in SAMPLE_FILES} == set(VIEWS_BY_FORMAT)
    compared = {p for p, _ in CASES}
    assert compared == set(SAMPLE_FILES)


@pytest.mark.parametrize("sample,view", CASES, ids=lambda x: x.name if isinstance(x, Path) else x)
def test_sample_matches_gold(parsed, sample, view):
    assert parsed(sample)[view] == gold(sample)[view]


EXPECTED_ERRORS = json.loads((BAD / "expected.json").read_text(encoding="utf-8"))["errors"]


@pytest.mark.parametrize("name,code", sorted(EXPECTED_ERRORS.items()))
def test_bad_file_gives_its_error_code(name, code):
    """OCR is off, so that the image-only page stays a no_text_layer case even where the extra is installed."""
    with pytest.raises(ExtractorError) as info:
        extractor.parse(BAD / name, ocr="off")
    assert info.value.code == code
