"""OCR fallback accuracy: a page of our sample report, rendered to an image-only PDF, read back.

    python bench/bench_ocr.py [--pdf corpora/samples/report-excerpt.pdf] [--pages 1,2] [--dpi 200] [--scan-dpi 200]

For each chosen page it writes, in a temporary folder,

- ``text-N.pdf``: the page alone, copied from the sample with its text layer (PDFium import);
- ``scan-N.pdf``: the same page rendered to pixels at ``--scan-dpi`` with PDFium and saved by
  Pillow as an image-only PDF (no text layer at all, like a scanner's output),

parses both with :func:`extractor.parsers.pdf.parse_pdf` (the OCR fallback reads the scan) and
prints the character error rate (Levenshtein distance / reference length, whitespace removed)
of the OCR'd document against the text-layer document. Baselines measured in the same run:
the raw recogniser output (no punctuation normalisation, no reflow or header/footer removal)
against the page's raw text layer, and the time of the text-layer parse (ratio OCR / text).
Goal of issue 7: CER <= 5 %. Needs ``pip install 'jixiao[ocr]'``; no assertions.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PDF = ROOT / "corpora" / "samples" / "report-excerpt.pdf"
GOAL = 0.05


def write_page_pdfs(source: Path, index: int, folder: Path, scan_dpi: int) -> tuple[Path, Path]:
    """The page with its text layer, and the page as an image-only PDF."""
    import pypdfium2 as pdfium

    src = pdfium.PdfDocument(str(source))
    try:
        text_pdf = folder / f"text-{index + 1}.pdf"
        single = pdfium.PdfDocument.new()
        single.import_pages(src, [index])
        single.save(str(text_pdf))
        single.close()
        page = src[index]
        image = page.render(scale=scan_dpi / 72, grayscale=True).to_pil()
        page.close()
    finally:
        src.close()
    scan_pdf = folder / f"scan-{index + 1}.pdf"
    image.save(scan_pdf, format="PDF", resolution=float(scan_dpi))
    return text_pdf, scan_pdf


def document_text(doc) -> str:
    return "\n".join("\n".join("".join(r) for r in b.rows) if b.rows else b.text for b in doc.blocks)


def raw_baseline(text_pdf: Path, scan_pdf: Path, dpi: int) -> float:
    """Recogniser text straight from RapidOCR against PDFium's raw text of the page."""
    import pypdfium2 as pdfium

    from extractor.parsers.ocr import OcrSettings, character_error_rate, get_engine, render_page

    doc = pdfium.PdfDocument(str(text_pdf))
    page = doc[0]
    textpage = page.get_textpage()
    reference = textpage.get_text_range()
    textpage.close()
    page.close()
    doc.close()
    scan = pdfium.PdfDocument(str(scan_pdf))
    image, _, _ = render_page(scan, 0, OcrSettings(dpi=dpi))
    scan.close()
    raw, _ = get_engine()(image)
    return character_error_rate("".join(r[1] for r in raw or []), reference)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pdf", type=Path, default=DEFAULT_PDF)
    parser.add_argument("--pages", default="1,2", help="1-based page numbers, comma-separated")
    parser.add_argument("--dpi", type=int, default=200, help="OCR render resolution")
    parser.add_argument("--scan-dpi", type=int, default=200, help="resolution of the simulated scan")
    args = parser.parse_args(argv)

    from extractor.parsers.ocr import levenshtein, ocr_available
    from extractor.parsers import ocr as ocr_module
    from extractor.parsers.pdf import parse_pdf

    if not ocr_available():
        print("OCR extra not installed: pip install 'jixiao[ocr]'", file=sys.stderr)
        return 2
    if not args.pdf.is_file():
        print(f"no such file: {args.pdf}", file=sys.stderr)
        return 2
    ocr_module.get_engine()  # model loading is not part of the per-page time

    pages = [int(p) for p in args.pages.split(",") if p.strip()]
    print(f"{args.pdf.name}: scan {args.scan_dpi} dpi, OCR render {args.dpi} dpi")
    print(f"{'page':>4} {'ref chars':>9} {'CER':>7} {'raw CER':>8} {'text s':>7} {'OCR s':>7} {'ratio':>6} {'conf':>5}")
    total_errors = total_chars = 0
    with tempfile.TemporaryDirectory() as tmp:
        for number in pages:
            text_pdf, scan_pdf = write_page_pdfs(args.pdf, number - 1, Path(tmp), args.scan_dpi)
            started = time.perf_counter()
            reference_doc = parse_pdf(text_pdf, ocr="off")
            text_seconds = time.perf_counter() - started
            started = time.perf_counter()
            ocr_doc = parse_pdf(scan_pdf, ocr_dpi=args.dpi)
            ocr_seconds = time.perf_counter() - started
            reference, hypothesis = document_text(reference_doc), document_text(ocr_doc)
            ref = "".join(reference.split())
            errors = levenshtein("".join(hypothesis.split()), ref)
            total_errors += errors
            total_chars += len(ref)
            confidences = [b.confidence for b in ocr_doc.blocks if b.confidence is not None]
            mean_conf = sum(confidences) / len(confidences) if confidences else 0.0
            raw = raw_baseline(text_pdf, scan_pdf, args.dpi)
            print(f"{number:>4} {len(ref):>9} {errors / max(len(ref), 1):>7.2%} {raw:>8.2%} {text_seconds:>7.2f} "
                  f"{ocr_seconds:>7.2f} {ocr_seconds / max(text_seconds, 1e-6):>5.0f}x {mean_conf:>5.3f}")
    overall = total_errors / max(total_chars, 1)
    print(f"overall CER {overall:.2%} over {total_chars} characters (goal <= {GOAL:.0%}): {'met' if overall <= GOAL else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
