"""Plain-text parser: detect the encoding, split paragraphs, find numbered headings.

Encodings: UTF-8 (with or without BOM), UTF-16 (BOM or not), GB18030/GBK and whatever
charset-normalizer recognises. A decoding is accepted only when the text it gives reads as
text (:func:`text_quality`): mostly printable ASCII, common CJK and punctuation, and for
Chinese a plausible share of frequent characters. Otherwise the file is refused with
:class:`~extractor.errors.EncodingUnknown` rather than guessed silently wrong. The encoding
used is recorded in ``Document.metadata["encoding"]``.

Paragraphs: when the text has blank lines, blank lines separate paragraphs (except in a
double-spaced text, a blank line after nearly every line, where only longer blank runs do) and the lines
inside one are wrapped lines of it; without blank lines every line is a paragraph unless it
continues a line that was wrapped at the text's width. A numbered line (一、 （一） 1. 第X条 …)
always starts a paragraph, and a short numbered line is a heading. Wrapped lines are joined
without a space between CJK characters. ``char_span`` is the paragraph's span in the
decoded text.
"""
from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ..document import Block, Document, DocumentBuilder
from ..errors import EmptyDocument, EncodingUnknown, TooLarge
from ..layout.headings import classify, document_levels, match_number
from ..layout.reflow import ends_sentence, is_page_number, join_text, squeeze_cjk_spaces

DEFAULT_MAX_BYTES = 50 * 1024 * 1024

#: frequent simplified-Chinese characters; real Chinese text has many, mis-decoded bytes almost none
COMMON_HANZI = frozenset(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面"
    "而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性"
    "好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第"
    "向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管"
    "特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处"
    "府研目标项绩效评价预算资金支出完成率指标值年度城市务服智慧字平台系统网络信息安全投入万元实施单位项目"
)
MIN_QUALITY = 0.95
MIN_COMMON_SHARE = 0.15
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CN_FAMILY = {"gb2312", "gbk", "gb18030", "hz", "big5", "big5hkscs", "cp950", "cp936",
              "euc_jp", "shift_jis", "cp932", "euc_kr", "cp949", "johab", "iso2022_jp", "iso2022_kr"}


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def parse_text(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, **_settings) -> Document:
    """Parse a text file into a Document (no clauses; see :func:`extractor.parse`)."""
    path = Path(path)
    size = path.stat().st_size
    if size > max_bytes:
        raise TooLarge(f"{path.name} is {size // 1024 // 1024} MB (text limit {max_bytes // 1024 // 1024} MB)",
                       source=str(path))
    decoded = decode_bytes(path.read_bytes(), source=str(path))
    builder = DocumentBuilder(path, "text")
    paragraphs = split_paragraphs(decoded.text)
    numbered = [(p, match_number(p.text)) for p in paragraphs]
    levels = document_levels(n.style for p, n in numbered if n and classify(p.text, n) == "heading")
    for para, numbering in numbered:
        kind = classify(para.text, numbering) if numbering else None
        if kind == "heading":
            builder.add("heading", para.text, level=levels.get(numbering.style, numbering.level),
                        number=numbering.number, char_span=para.span)
        elif kind == "list_item":
            builder.add("list_item", para.text, number=numbering.number, char_span=para.span)
        else:
            builder.add("paragraph", para.text, char_span=para.span)
    doc = builder.build(pages=0, metadata={"parser": "text", "encoding": decoded.encoding})
    require_text(doc, path)
    return doc


# -- encoding -------------------------------------------------------------------
def decode_bytes(data: bytes, source: str | None = None) -> Decoded:
    """Decode ``data`` or raise EncodingUnknown; see the module docstring for the rules."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(_normalise(data.decode(encoding)), encoding.replace("-sig", "") + ("-bom"))
            except UnicodeDecodeError:
                raise EncodingUnknown(f"{_name(source)} starts with a {encoding} byte-order mark but does not decode",
                                      source=source) from None
    if not data.strip():
        return Decoded("", "ascii")
    for encoding in _candidates(data):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if text_quality(text) >= MIN_QUALITY and _plausible_hanzi(text):
            return Decoded(_normalise(text), _encoding_name(data, encoding))
    raise EncodingUnknown(f"cannot tell the text encoding of {_name(source)}", source=source)


def _candidates(data: bytes) -> list[str]:
    """Encodings to try in order: UTF-8, UTF-16 when NULs say so, charset-normalizer's guesses, GB18030."""
    candidates = ["utf-8"]
    zeros_even, zeros_odd = data[0::2].count(0), data[1::2].count(0)
    if zeros_odd > len(data) // 8:
        candidates.append("utf-16-le")
    if zeros_even > len(data) // 8:
        candidates.append("utf-16-be")
    from charset_normalizer import from_bytes

    for match in from_bytes(data[:200_000]):
        name = codecs.lookup(match.encoding).name.replace("-", "_")
        if name in _CN_FAMILY and name not in ("big5", "big5hkscs", "cp950"):
            name = "gb18030"  # GB2312 and GBK text is GB18030 text; decode with the superset
        if name not in candidates:
            candidates.append(name)
    for fallback in ("gb18030", "utf-16-le", "utf-16-be"):
        if fallback not in candidates:
            candidates.append(fallback)
    # Chinese text is far more often GB18030 than Big5 or Japanese/Korean codecs: when several
    # decode, the quality checks pick; put GB18030 before the other CJK multi-byte codecs
    cjk = [c for c in candidates if c in _CN_FAMILY]
    if "gb18030" in cjk and cjk[0] != "gb18030":
        first = candidates.index(cjk[0])
        candidates.remove("gb18030")
        candidates.insert(first, "gb18030")
    return candidates


def _encoding_name(data: bytes, encoding: str) -> str:
    """The name to record: ``gbk`` for GB18030 text that stays within GBK (the usual case)."""
    name = codecs.lookup(encoding).name
    if name == "gb18030":
        try:
            data.decode("gbk")
            return "gbk"
        except UnicodeDecodeError:
            pass
    return name


def text_quality(text: str) -> float:
    """Share of the non-space characters that are plausible in our documents (0..1)."""
    total = good = 0
    for ch in text:
        if ch.isspace():
            continue
        total += 1
        cp = ord(ch)
        if (
            0x20 <= cp < 0x7F
            or 0x4E00 <= cp <= 0x9FFF  # CJK unified ideographs
            or 0x3000 <= cp <= 0x303F  # CJK punctuation
            or 0xFF00 <= cp <= 0xFFEF  # full-width forms
            or 0x2000 <= cp <= 0x206F  # general punctuation “” — …
            or 0x2100 <= cp <= 0x24FF  # letter-like ℃, number forms, arrows, math ≥ ≤, ① enclosed
            or 0x2500 <= cp <= 0x25FF  # box drawing, geometric shapes ■ ○
            or ch in "°±×÷·§¥£€²³¹µ"
        ):
            good += 1
    return good / total if total else 1.0


def _plausible_hanzi(text: str) -> bool:
    hanzi = [ch for ch in text if 0x4E00 <= ord(ch) <= 0x9FFF]
    if len(hanzi) < 20:
        return True
    return sum(ch in COMMON_HANZI for ch in hanzi) / len(hanzi) >= MIN_COMMON_SHARE


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").lstrip("\ufeff")


def _name(source: str | None) -> str:
    return Path(source).name if source else "the text"


# -- paragraphs -----------------------------------------------------------------
@dataclass(frozen=True)
class Paragraph:
    text: str
    span: tuple[int, int]


def split_paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs of ``text`` with their spans; see the module docstring for the rules."""
    lines = _lines(text)
    if not lines:
        return []
    if _double_spaced(lines):  # a blank line after every line (text copied out of a PDF): not breaks
        lines = [line for line in lines if not (isinstance(line, int) and line == 1)]
    has_blank = any(isinstance(line, int) for line in lines)
    width = wrap_width([line[0] for line in lines if not isinstance(line, int)])
    paragraphs: list[Paragraph] = []
    current: list[tuple[str, int, int]] = []

    def flush() -> None:
        if current:
            joined = current[0][0]
            for piece, _, _ in current[1:]:
                joined = join_text(joined, piece)
            paragraphs.append(Paragraph(squeeze_cjk_spaces(joined), (current[0][1], current[-1][2])))
            current.clear()

    for line in lines:
        if isinstance(line, int):
            flush()
            continue
        if current:
            starts_new = match_number(line[0]) is not None or _is_heading_line(current)
            if has_blank:
                continues = not starts_new
            else:
                continues = not starts_new and _is_wrapped(current[-1][0], width)
            if not continues:
                flush()
        current.append(line)
    flush()
    return paragraphs


def _lines(text: str) -> list[tuple[str, int, int] | int]:
    """Non-blank lines as (stripped text, start, end); a run of blank lines as its length.

    Page-number lines (``— 5 —``, ``第5页 共20页``) are dropped with the blank lines after them,
    so a paragraph broken by a page footer joins up again."""
    out: list[tuple[str, int, int] | int] = []
    pos = 0
    after_page_number = False
    for raw in text.split("\n"):
        stripped = raw.strip(" \t\u3000\u00a0")
        if stripped and is_page_number(stripped):
            after_page_number = True  # a page footer left in copied text: drop it and its blank lines
        elif stripped:
            after_page_number = False
            start = pos + raw.index(stripped[0])
            out.append((stripped, start, start + len(stripped)))
        elif after_page_number:
            pass
        elif out and isinstance(out[-1], int):
            out[-1] += 1
        elif out:
            out.append(1)
        pos += len(raw) + 1
    while out and isinstance(out[-1], int):
        out.pop()
    return out


def _double_spaced(lines: list[tuple[str, int, int] | int]) -> bool:
    """True when (nearly) every line is followed by exactly one blank line."""
    gaps = [isinstance(b, int) and b == 1 for a, b in zip(lines, lines[1:]) if not isinstance(a, int)]
    return len(gaps) >= 4 and sum(gaps) >= 0.8 * len(gaps)


def _is_heading_line(current: list[tuple[str, int, int]]) -> bool:
    return len(current) == 1 and classify(current[0][0]) == "heading"


def _is_wrapped(line: str, width: int) -> bool:
    """A line cut by hard wrapping: near the text's full width and not ending a sentence."""
    return width >= 20 and display_width(line) >= 0.85 * width and not ends_sentence(line)


def wrap_width(lines: list[str]) -> int:
    """The width a hard-wrapped text was wrapped at: the upper quartile of line widths, so that a
    few over-long lines (tables, URLs) do not hide the wrapping of the rest."""
    widths = sorted(display_width(line) for line in lines)
    if len(widths) < 8:
        return widths[-1]
    return widths[(3 * len(widths)) // 4]


def display_width(text: str) -> int:
    """Columns ``text`` takes in a fixed-width font (CJK and full-width characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


# -- shared helpers for the other parsers ------------------------------------------
def assign_char_spans(blocks: list[Block]) -> None:
    """Set each block's ``char_span`` to its span in :attr:`Document.text` (blocks joined by newlines)."""
    pos = 0
    for block in blocks:
        if block.rows is not None:
            length = len("\n".join("\t".join(r) for r in block.rows))
        else:
            length = len(block.text)
        block.provenance.char_span = (pos, pos + length)
        pos += length + 1


def require_text(doc: Document, path: Path) -> None:
    """Raise EmptyDocument when no block of ``doc`` holds any text."""
    for block in doc.blocks:
        if block.text.strip() or any(c.strip() for r in (block.rows or []) for c in r):
            return
    raise EmptyDocument(f"{path.name} contains no text", source=str(path))
