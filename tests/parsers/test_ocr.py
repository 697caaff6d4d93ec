"""OCR fallback: scanned pages and unusable text layers (issue 7.1).

Tests that run the recogniser skip when the ``ocr`` extra (rapidocr-onnxruntime) is absent;
the others check the decisions around it with the extra switched off or faked.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.errors import NoTextLayer, UsageError
from extractor.layout.reflow import build_lines
from extractor.parsers import ocr as ocr_module
from extractor.parsers.ocr import (
    OcrBox,
    OcrFallback,
    OcrPage,
    OcrSettings,
    block_confidence,
    box_chars,
    character_error_rate,
    normalise_ocr_text,
    ocr_available,
    unusable_text,
)
from extractor.parsers.pdf import PageContent, PdfSettings, _apply_ocr, parse_pdf

ROOT = Path(__file__).resolve().parents[2]
REPORT = ROOT / "corpora" / "samples" / "report-excerpt.pdf"
needs_ocr = pytest.mark.skipif(not ocr_available(), reason="OCR extra not installed: pip install 'jixiao[ocr]'")


def _page_pdfs(tmp_path: Path, index: int = 0, dpi: int = 150) -> tuple[Path, Path]:
    """Page ``index`` of the sample report alone with its text layer, and as an image-only PDF."""
    pdfium = pytest.importorskip("pypdfium2")
    src = pdfium.PdfDocument(str(REPORT))
    text_pdf, scan_pdf = tmp_path / "text.pdf", tmp_path / "scan.pdf"
    single = pdfium.PdfDocument.new()
    single.import_pages(src, [index])
    single.save(str(text_pdf))
    single.close()
    page = src[index]
    image = page.render(scale=dpi / 72, grayscale=True).to_pil()
    page.close()
    src.close()
    image.save(scan_pdf, format="PDF", resolution=float(dpi))
    return text_pdf, scan_pdf


# -- unusable text layers ------------------------------------------------------------------------


def test_cid_glyphs_make_a_text_layer_unusable():
    assert unusable_text(["(cid:12)(cid:40)(cid:7)", "(cid:3)项"])


def test_private_use_code_points_make_a_text_layer_unusable():
    assert unusable_text(["\ue001\ue002\ue003目标"])


def test_ordinary_text_with_one_stray_glyph_is_usable():
    assert not unusable_text(["项目支出绩效自评表 (cid:3) 执行率97.25%"])
    assert not unusable_text([])


# -- recogniser output to lines ------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("城市运行监测丶智能发现", "城市运行监测、智能发现"),
        ("治理能力现代化’江州市", "治理能力现代化，江州市"),
        ("项目前期工作·项目以", "项目前期工作。项目以"),
        ("承担系统集成建设任务·", "承担系统集成建设任务。"),
        ('以"一网统管"为目标', "以“一网统管”为目标"),
        ("(1)子项目建设", "（1）子项目建设"),
        ("金额1,000.5万元", "金额1,000.5万元"),  # a thousands separator stays
        ("Smart City 2.0", "Smart City 2.0"),
    ],
)
def test_recogniser_punctuation_is_normalised_for_chinese(raw, expected):
    assert normalise_ocr_text(raw) == expected


def test_a_box_becomes_one_line_in_points():
    box = OcrBox("一、项目基本情况 ok", x0=100.0, top=200.0, x1=260.0, bottom=216.0, confidence=0.9)
    chars = box_chars(box)
    lines = build_lines(chars, page=3)
    assert [l.text for l in lines] == ["一、项目基本情况 ok"]
    line = lines[0]
    assert line.page == 3 and line.x0 == pytest.approx(100.0) and line.x1 == pytest.approx(260.0)
    assert 200.0 < line.top < line.bottom < 216.0


def test_block_confidence_is_the_character_weighted_mean_of_its_boxes():
    boxes = [OcrBox("甲乙丙丁", 0, 0, 40, 10, 0.9), OcrBox("戊", 50, 0, 60, 10, 0.4), OcrBox("远处", 0, 500, 20, 510, 0.1)]
    page = OcrPage(number=1, width=600, height=800, boxes=boxes)
    lines = build_lines(page.chars()[:5], page=1)  # the first row only
    assert block_confidence(lines, {1: page}) == pytest.approx((4 * 0.9 + 0.4) / 5, abs=1e-3)
    assert block_confidence(lines, {}) is None


def test_settings_are_validated():
    with pytest.raises(UsageError):
        PdfSettings(ocr="always")
    with pytest.raises(UsageError):
        OcrSettings(dpi=20)


# -- the PDF parser's decisions --------------------------------------------------------------------


class _FakeFallback:
    def __init__(self, page: OcrPage | None):
        self.page = page
        self.calls: list[int] = []

    def read(self, index: int) -> OcrPage | None:
        self.calls.append(index)
        return self.page


def _cid_page() -> PageContent:
    chars = box_chars(OcrBox("(cid:5)" * 3, 50, 50, 200, 62, 1.0))
    chars = [dict(c, text="(cid:5)") for c in chars[:6]]
    return PageContent(number=1, width=595, height=842, lines=build_lines(chars, 1))


def test_unusable_text_layer_is_replaced_by_ocr_lines():
    content = _cid_page()
    assert "(cid:5)" in content.lines[0].text
    recovered = OcrPage(1, 595, 842, [OcrBox("项目绩效目标", 72, 100, 200, 116, 0.95)])
    fallback = _FakeFallback(recovered)
    result = _apply_ocr(content, fallback, 0)
    assert fallback.calls == [0]
    assert [l.text for l in result.lines] == ["项目绩效目标"]
    assert result.ocr is recovered and not result.unreadable


def test_a_page_with_good_text_never_calls_ocr():
    content = PageContent(number=1, width=595, height=842,
                          lines=build_lines(box_chars(OcrBox("项目绩效目标", 72, 100, 200, 116, 1.0)), 1))
    fallback = _FakeFallback(None)
    assert _apply_ocr(content, fallback, 0).lines and fallback.calls == []


def _blank_scan(tmp_path: Path) -> Path:
    Image = pytest.importorskip("PIL.Image")
    path = tmp_path / "scan.pdf"
    Image.new("L", (300, 400), 255).save(path)
    return path


def test_scan_without_the_ocr_extra_is_no_text_layer_with_install_hint(tmp_path, monkeypatch):
    monkeypatch.setattr(ocr_module, "ocr_available", lambda: False)
    with pytest.raises(NoTextLayer) as info:
        parse_pdf(_blank_scan(tmp_path))
    assert info.value.code == "no_text_layer"
    assert "jixiao[ocr]" in info.value.one_line()


def test_scan_with_ocr_off_says_so(tmp_path):
    with pytest.raises(NoTextLayer) as info:
        parse_pdf(_blank_scan(tmp_path), ocr="off")
    assert "ocr='off'" in info.value.one_line()


def test_fallback_reports_why_it_cannot_read(monkeypatch, tmp_path):
    monkeypatch.setattr(ocr_module, "ocr_available", lambda: False)
    assert OcrFallback(tmp_path / "x.pdf", None, "auto").read(0) is None
    assert OcrFallback(tmp_path / "x.pdf", None, "off").status == "off"


# -- with the recogniser -----------------------------------------------------------------------------


@needs_ocr
def test_blank_scan_with_ocr_is_still_no_text_layer(tmp_path):
    with pytest.raises(NoTextLayer) as info:
        parse_pdf(_blank_scan(tmp_path))
    assert "found no text" in info.value.one_line()


@needs_ocr
def test_scanned_report_page_reads_like_its_text_layer(tmp_path):
    """Page 1 of the sample report as a 150-dpi image-only PDF: same block structure, CER <= 5%."""
    text_pdf, scan_pdf = _page_pdfs(tmp_path, index=0, dpi=150)
    reference = parse_pdf(text_pdf, ocr="off")
    scanned = parse_pdf(scan_pdf)
    assert scanned.metadata.get("ocr_pages") == "1"
    assert [(b.kind, b.level) for b in scanned.blocks] == [(b.kind, b.level) for b in reference.blocks]
    assert all(b.ocr and 0.5 <= b.confidence <= 1.0 for b in scanned.blocks)
    assert not any(b.ocr for b in reference.blocks)
    reference_text = "".join(b.text for b in reference.blocks)
    assert character_error_rate("".join(b.text for b in scanned.blocks), reference_text) <= 0.05
    assert not any("— 1 —" in b.text or b.text.strip("-— ") == "1" for b in scanned.blocks)  # page number removed


def test_an_ocr_extra_that_cannot_load_is_reported_with_its_cause(tmp_path, monkeypatch):
    """rapidocr present but its opencv cannot load (no libGL): no_text_layer with the hint, not damaged_file."""
    def broken():
        raise ImportError("libGL.so.1: cannot open shared object file")

    monkeypatch.setattr(ocr_module, "ocr_available", lambda: True)
    monkeypatch.setattr(ocr_module, "get_engine", broken)
    with pytest.raises(NoTextLayer) as info:
        parse_pdf(_blank_scan(tmp_path))
    assert "jixiao[ocr]" in info.value.one_line()
