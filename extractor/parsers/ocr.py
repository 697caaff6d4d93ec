"""OCR fallback for PDF pages without a usable text layer (optional extra ``jixiao[ocr]``).

A page goes through OCR when it has no characters but has images (a scan), or when its
text layer is unusable: most glyphs are ``(cid:NN)`` (fonts without a Unicode map), private-use
code points or U+FFFD (:func:`unusable_text`). The page is rendered with PDFium at
:attr:`OcrSettings.dpi` in grey, read by RapidOCR (``rapidocr-onnxruntime``; its wheel carries the
Chinese PP-OCR detection and recognition models, so nothing is downloaded at run time), and
every recognised text box becomes character records in PDF points (top-left origin), the same
records :func:`extractor.layout.reflow.build_lines` builds lines from. So OCR'd pages get the
same line building, running header/footer and page-number removal, paragraph reflow, footnote
and heading detection as born-digital pages. Ruled tables are not rebuilt from pixels: a
scanned table comes out as lines of text.

Recognised text is normalised for Chinese documents (:func:`normalise_ocr_text`): ASCII
punctuation between CJK characters becomes full width, ``丶`` becomes ``、``, a middle dot or
a right quote that stands where Chinese text has ``。`` or ``，`` becomes that mark. Blocks built
from OCR'd lines carry ``ocr=True`` and ``confidence`` (recogniser score, mean over the block's
characters, 0–1).

RapidOCR and onnxruntime are imported lazily, once per process (:func:`get_engine`). Without
them, :func:`ocr_available` is False and the PDF parser reports ``no_text_layer`` with a hint to
install the extra.
"""
from __future__ import annotations

import importlib.util
import logging
import os
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from ..errors import UsageError
from ..layout.reflow import Line, is_cjk

log = logging.getLogger(__name__)

OCR_MODES = ("auto", "off")
OCR_PACKAGE = "rapidocr_onnxruntime"
INSTALL_HINT = "the pages are images or their text has no Unicode mapping; install the OCR extra: pip install 'jixiao[ocr]'"
EMPTY_HINT = "the OCR fallback (rapidocr) found no text on the page images; check the scan quality"

DEFAULT_DPI = 200
#: recognised boxes scoring below this are dropped (RapidOCR's own default)
DEFAULT_MIN_CONFIDENCE = 0.5
#: renders larger than this many pixels are scaled down (a huge page must not exhaust memory)
MAX_PIXELS = 40_000_000
#: a text layer is unusable when at least this share of its glyphs has no real Unicode value
UNUSABLE_SHARE = 0.3
#: OCR boxes are padded around the ink; the font size is about this share of the box height
BOX_TO_FONT = 0.78

_CID = re.compile(r"\(cid:\d+\)")


@dataclass(frozen=True)
class OcrSettings:
    """How pages are rendered and read; all values must be positive."""

    dpi: int = DEFAULT_DPI
    min_confidence: float = DEFAULT_MIN_CONFIDENCE
    max_pixels: int = MAX_PIXELS

    def __post_init__(self) -> None:
        if not 50 <= self.dpi <= 600:
            raise UsageError(f"OCR dpi must be between 50 and 600, got {self.dpi}")
        if not 0 <= self.min_confidence < 1:
            raise UsageError(f"OCR min_confidence must be in [0, 1), got {self.min_confidence}")
        if self.max_pixels < 1_000_000:
            raise UsageError(f"OCR max_pixels must be at least 1000000, got {self.max_pixels}")


@dataclass(frozen=True)
class OcrBox:
    """One recognised text box, in PDF points with a top-left origin."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    confidence: float

    @property
    def centre(self) -> tuple[float, float]:
        return ((self.x0 + self.x1) / 2, (self.top + self.bottom) / 2)


@dataclass
class OcrPage:
    """The OCR result of one page (``number`` is 1-based)."""

    number: int
    width: float
    height: float
    boxes: list[OcrBox] = field(default_factory=list)

    def chars(self) -> list[dict]:
        """Character records for :func:`~extractor.layout.reflow.build_lines`."""
        return [c for box in self.boxes for c in box_chars(box)]


# -- availability and the engine -------------------------------------------------------------------


def ocr_available() -> bool:
    """True when the OCR extra (``rapidocr-onnxruntime``) is installed."""
    try:
        return importlib.util.find_spec(OCR_PACKAGE) is not None
    except (ImportError, ValueError):
        return False


_engine = None
_engine_pid: int | None = None
_load_error: str | None = None  # why the installed OCR extra could not load in this process
_left_behind: list = []  # engines inherited through fork: their threads are gone, never use or free them


def get_engine():
    """The RapidOCR engine, created once per process (loads the ONNX models, ~0.5 s).

    onnxruntime runs on a thread pool that ``fork`` does not copy, so a child process (see
    :mod:`extractor.limits`) makes its own engine instead of using the parent's.
    """
    global _engine, _engine_pid
    if _engine is None or _engine_pid != os.getpid():
        if _engine is not None:
            _left_behind.append(_engine)
        from rapidocr_onnxruntime import RapidOCR

        logging.getLogger("RapidOCR").setLevel(logging.WARNING)
        # pages are rendered upright, so the 180° text-direction classifier is not needed
        _engine, _engine_pid = RapidOCR(use_cls=False, print_verbose=False), os.getpid()
    return _engine


def missing_ocr_hint() -> str:
    """Why scanned pages were not read: the extra is absent (how to install it) or installed and broken (why)."""
    if _load_error and ocr_available():
        return (f"the pages are images; the OCR extra is installed but cannot load ({_load_error}); "
                "reinstall it: pip install --force-reinstall 'jixiao[ocr]'")
    return INSTALL_HINT


# -- unusable text layers --------------------------------------------------------------------------


def _is_junk(ch: str) -> bool:
    o = ord(ch)
    return 0xE000 <= o <= 0xF8FF or o >= 0xF0000 or o == 0xFFFD or (o < 32 and ch not in "\t\n\r")


def unusable_text(texts: Iterable[str], share: float = UNUSABLE_SHARE) -> bool:
    """True when at least ``share`` of the glyphs are ``(cid:NN)``, private-use or U+FFFD."""
    glyphs = junk = 0
    for text in texts:
        cids = len(_CID.findall(text))
        rest = _CID.sub("", text)
        visible = [ch for ch in rest if not ch.isspace()]
        glyphs += cids + len(visible)
        junk += cids + sum(1 for ch in visible if _is_junk(ch))
    return glyphs > 0 and junk >= share * glyphs


def unusable_lines(lines: Sequence[Line]) -> bool:
    return unusable_text(line.text for line in lines)


# -- rendering and recognition ---------------------------------------------------------------------


def render_page(pdfium_doc, index: int, settings: OcrSettings):
    """The page as a grey numpy array, and the points-per-pixel factor."""
    page = pdfium_doc[index]
    try:
        width, height = page.get_size()
        scale = settings.dpi / 72.0
        pixels = width * height * scale * scale
        if pixels > settings.max_pixels:
            scale *= (settings.max_pixels / pixels) ** 0.5
        bitmap = page.render(scale=scale, grayscale=True)
        try:
            image = bitmap.to_numpy().copy()
        finally:
            bitmap.close()
        return image, 1.0 / scale, (float(width), float(height))
    finally:
        page.close()


def ocr_pdf_page(pdfium_doc, index: int, settings: OcrSettings | None = None) -> OcrPage:
    """Render page ``index`` (0-based) of an open ``pypdfium2.PdfDocument`` and read it."""
    settings = settings or OcrSettings()
    image, unit, (width, height) = render_page(pdfium_doc, index, settings)
    if image.ndim == 3 and image.shape[2] == 1:
        image = image[:, :, 0]
    raw, _ = get_engine()(image)
    return OcrPage(number=index + 1, width=width, height=height, boxes=boxes_from_rapidocr(raw or [], unit, settings))


def boxes_from_rapidocr(raw: Iterable, unit: float, settings: OcrSettings) -> list[OcrBox]:
    """``[[corner points (px)], text, score], …`` → :class:`OcrBox` in points (``unit`` pt/px)."""
    boxes = []
    for points, text, score in raw:
        text = normalise_ocr_text(str(text))
        score = float(score)
        if not text.strip() or score < settings.min_confidence:
            continue
        xs = [float(p[0]) for p in points]
        ys = [float(p[1]) for p in points]
        boxes.append(OcrBox(text, min(xs) * unit, min(ys) * unit, max(xs) * unit, max(ys) * unit, score))
    return boxes


def box_chars(box: OcrBox) -> list[dict]:
    """Split a box into per-character records: full-width characters get one em, others half."""
    text = box.text.strip()
    weights = [1.0 if is_cjk(ch) or unicodedata.east_asian_width(ch) in "WF" else 0.5 for ch in text]
    total = sum(weights) or 1.0
    width = max(box.x1 - box.x0, 0.1)
    height = max(box.bottom - box.top, 0.1)
    size = round(height * BOX_TO_FONT, 1)
    pad = (height - size) / 2
    chars = []
    x = box.x0
    for ch, w in zip(text, weights):
        step = width * w / total
        chars.append({"text": ch, "x0": x, "x1": x + step, "top": box.top + pad, "bottom": box.bottom - pad,
                      "size": size, "fontname": "", "ocr_confidence": box.confidence})
        x += step
    return chars


# -- text normalisation ----------------------------------------------------------------------------

_FULL_WIDTH = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}


def normalise_ocr_text(text: str) -> str:
    """Chinese punctuation where the recogniser read its half-width look-alike (see module doc)."""
    text = text.replace("丶", "、")
    chars = list(text)
    n = len(chars)

    def cjk_at(i: int) -> bool:
        return 0 <= i < n and is_cjk(chars[i]) and chars[i] not in "“”‘’"

    quote_open = True
    for i, ch in enumerate(chars):
        before, after = cjk_at(i - 1), cjk_at(i + 1)
        if ch in _FULL_WIDTH and (before or after):
            if ch in ",;:?!" and not before:
                continue  # a comma or colon is full width only after Chinese text (1,000 stays)
            chars[i] = _FULL_WIDTH[ch]
        elif ch in "·•" and before and (after or i == n - 1):
            chars[i] = "。"
        elif ch in "’'" and before and after:
            chars[i] = "，"
        elif ch == '"' and (before or after):
            chars[i] = "“" if quote_open else "”"
            quote_open = not quote_open
        elif ch in "“”":
            quote_open = ch == "”"
    _match_bracket_widths(chars)
    return "".join(chars)


def _match_bracket_widths(chars: list[str]) -> None:
    """A bracket pair with one full-width half gets two: ``(1）`` → ``（1）``."""
    stack: list[int] = []
    for i, ch in enumerate(chars):
        if ch in "(（":
            stack.append(i)
        elif ch in ")）" and stack:
            j = stack.pop()
            if "（" == chars[j] or "）" == ch:
                chars[j], chars[i] = "（", "）"


# -- blocks made from OCR'd lines ------------------------------------------------------------------


def block_confidence(lines: Iterable[Line], ocr_pages: dict[int, OcrPage]) -> float | None:
    """Mean recogniser score (weighted by characters) of the OCR boxes inside ``lines``; None if not OCR'd."""
    total = weight = 0.0
    for line in lines:
        page = ocr_pages.get(line.page)
        if page is None:
            continue
        for box in page.boxes:
            cx, cy = box.centre
            if line.x0 - 1 <= cx <= line.x1 + 1 and line.top - 2 <= cy <= line.bottom + 2:
                n = len(box.text)
                total += box.confidence * n
                weight += n
    if weight == 0:
        return None
    return round(total / weight, 3)


def mark_block(block, lines: Iterable[Line], ocr_pages: dict[int, OcrPage]) -> None:
    """Set ``ocr``/``confidence`` on a block built from ``lines`` when any of them was OCR'd."""
    if not ocr_pages:
        return
    confidence = block_confidence(lines, ocr_pages)
    if confidence is not None:
        block.ocr = True
        block.confidence = confidence


# -- the per-file fallback the PDF parser calls ----------------------------------------------------


class OcrFallback:
    """OCR for the pages of one PDF that need it; opens PDFium lazily when the parser has not.

    ``read(index)`` returns None when OCR is off or not installed (``status`` says which), so the
    parser can report ``no_text_layer`` with the right hint.
    """

    def __init__(self, path, password: str | None, mode: str = "auto", settings: OcrSettings | None = None,
                 pdfium_doc=None) -> None:
        if mode not in OCR_MODES:
            raise UsageError(f"ocr must be one of {', '.join(OCR_MODES)}, not {mode!r}")
        self.path = path
        self.password = password
        self.mode = mode
        self.settings = settings or OcrSettings()
        self._doc = pdfium_doc
        self._own_doc = False
        self.status = "off" if mode == "off" else ("ready" if ocr_available() else "unavailable")
        self.pages_read = 0

    def read(self, index: int) -> OcrPage | None:
        if self.status not in ("ready", "used"):
            return None
        global _load_error
        try:
            get_engine()
        except (ImportError, OSError) as exc:  # e.g. opencv-python without libGL.so.1 on a slim image
            _load_error = " ".join(f"{type(exc).__name__}: {exc}".split())[:300]
            log.warning("OCR extra installed but cannot load: %s", _load_error)
            self.status = "broken"
            return None
        _load_error = None
        if self._doc is None:
            import pypdfium2 as pdfium

            self._doc = pdfium.PdfDocument(str(self.path), password=self.password)
            self._own_doc = True
        page = ocr_pdf_page(self._doc, index, self.settings)
        self.status = "used"
        self.pages_read += 1
        return page

    def close(self) -> None:
        if self._own_doc and self._doc is not None:
            self._doc.close()
        self._doc = None


# -- quality ----------------------------------------------------------------------------------------


def levenshtein(a: str, b: str) -> int:
    """Edit distance between two strings (insertions, deletions, substitutions)."""
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def character_error_rate(hypothesis: str, reference: str) -> float:
    """Edit distance over reference length, whitespace ignored: how OCR'd text is scored against a text layer."""
    hyp, ref = "".join(hypothesis.split()), "".join(reference.split())
    return levenshtein(hyp, ref) / max(len(ref), 1)
