"""CJK-aware reflow: characters → lines → paragraphs, and running header/footer removal.

Works on plain character records (``text, x0, x1, top, bottom, size, fontname``) so the
pdfplumber and the PDFium paths share it. Rules:

- never a space between two CJK characters (Han, CJK punctuation, full-width forms);
  a space is kept or added only between two non-CJK characters (``English words``);
- duplicated characters (fake bold: the same glyph drawn twice, ≤ ``DEDUPE_TOLERANCE`` apart)
  are dropped and mark the line as bold;
- raised small digits after text (footnote references ¹) are taken out of the text into
  ``Line.refs`` so they do not glue onto numbers (``万元¹`` → ``万元``, refs ``["1"]``); at the start of
  a line they are its ``lead_marker`` (a footnote body); after a Latin letter they stay (``m²`` → ``m2``);
- a line continues on the next one unless it ends a sentence (。；！？： and closing quotes after
  them), is short (a paragraph's last line), or the next line is numbered, indented (further than the line
  before it; as far in, it wraps a paragraph indented as a whole unless a sentence ended before it, a full
  line's closing ； aside), or styled as a heading; a document with first-line indents lets a full line ending
  in 。 continue too, and a full line ending in a colon always continues (the colon fell at the margin);
- running headers/footers are lines in the top/bottom margin that repeat (digits ignored)
  at the same height on at least 40% of the pages, and page numbers (``— 5 —``, ``-5-``, ``第5页 共20页``, ``5/20``, ``5``).
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from .headings import classify, match_number

#: characters closer than this (points) with the same text are one character drawn twice
DEDUPE_TOLERANCE = 1.0
#: a gap wider than this share of the font size between two non-CJK characters is a space
SPACE_GAP = 0.22
#: margin zones (share of page height) where running headers/footers and page numbers live
HEADER_ZONE = 0.12
FOOTER_ZONE = 0.12
#: a repeated margin line is running when it appears on at least this share of the pages
RUNNING_SHARE = 0.4

SENTENCE_END = "。；;！!？?：:"
CLOSING = "”’」』）)】\"'"

_CJK_RANGES = (
    (0x2E80, 0x2FDF),  # radicals
    (0x3000, 0x303F),  # CJK punctuation
    (0x3040, 0x30FF),  # kana
    (0x3100, 0x312F),
    (0x3200, 0x33FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0xFE30, 0xFE4F),
    (0xFF00, 0xFFEF),  # full-width forms
    (0x20000, 0x2FA1F),
)
_EXTRA_CJK = set("“”‘’—…·")

_PAGE_NUMBER = re.compile(
    r"^(?:"
    r"[-—–－_·\s]*\d{1,4}[-—–－_·\s]*"  # 5  -5-  — 5 —
    r"|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"  # 第5页 共20页
    r"|共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页"
    r"|\d{1,4}\s*/\s*\d{1,4}"  # 5/20
    r"|(?:page|p\.)\s*\d{1,4}(?:\s*of\s*\d{1,4})?"
    r"|[ivxlcIVXLC]{1,6}"  # roman page numbers of front matter
    r")$",
    re.IGNORECASE,
)


def is_cjk(ch: str) -> bool:
    if ch in _EXTRA_CJK:
        return True
    o = ord(ch)
    if o < 0x2E80:
        return False
    return any(lo <= o <= hi for lo, hi in _CJK_RANGES)


_CJK_SPACE = re.compile(r"(?<=[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef“”‘’—…·])[ \t\u3000]+(?=[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef“”‘’—…·])")


def squeeze_cjk_spaces(text: str) -> str:
    """Remove spaces between two CJK characters (``摘  要`` → ``摘要``)."""
    return _CJK_SPACE.sub("", text)


def join_text(left: str, right: str) -> str:
    """Join two wrapped line texts: no space at a CJK boundary, one space between Latin words."""
    left, right = left.rstrip(), right.lstrip()
    if not left or not right:
        return left + right
    if is_cjk(left[-1]) or is_cjk(right[0]) or left[-1] == "-":
        return left + right
    return left + " " + right


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends with 。；！？： (closing quotes/brackets after them allowed)."""
    body = text.rstrip().rstrip(CLOSING)
    return bool(body) and body[-1] in SENTENCE_END


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER.match(text.strip()))


# -- characters → lines ---------------------------------------------------------------------


@dataclass
class Line:
    """One visual line of text on one page (coordinates in points, top-left origin)."""

    text: str
    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    bold: bool = False
    refs: list[str] = field(default_factory=list)  # footnote references cited on this line
    lead_marker: str | None = None  # raised number opening the line (footnote body)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (self.x0, self.top, self.x1, self.bottom)


def median(values) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2]


def _normalise_char(text: str) -> str:
    if len(text) == 1 and 0x2E80 <= ord(text) <= 0x2FDF:  # Kangxi radicals some fonts map 一 to
        return unicodedata.normalize("NFKC", text)
    return text


@functools.lru_cache(maxsize=512)
def _is_bold_font(fontname: str) -> bool:
    name = fontname.lower()
    return any(k in name for k in ("bold", "heavy", "black", "semibold", "demibold", "simhei", "黑体", "hei-", "heiti"))


def build_lines(chars: Iterable[dict], page: int) -> list[Line]:
    """Group character records into lines in reading order (top to bottom, left to right)."""
    ordered = sorted(
        (c for c in chars if c.get("upright", True) and c["text"]), key=lambda c: (c["top"], c["x0"])
    )
    groups: list[list[dict]] = []
    line_bottom = -1e9
    line_top = -1e9
    for c in ordered:
        h = c["bottom"] - c["top"]
        if groups and c["top"] < line_bottom - 0.5 * min(h, line_bottom - line_top):
            groups[-1].append(c)
            line_bottom = max(line_bottom, c["bottom"])
        else:
            groups.append([c])
            line_top, line_bottom = c["top"], c["bottom"]
    lines = []
    for group in groups:
        line = _make_line(group, page)
        if line is not None:
            lines.append(line)
    return lines


def _is_duplicate(c: dict, kept: list[dict]) -> bool:
    """``c`` is one of the last three kept characters drawn again (fake bold)."""
    text, x0, top = c["text"], c["x0"], c["top"]
    for k in kept[-3:]:
        if k["text"] == text and abs(k["x0"] - x0) <= DEDUPE_TOLERANCE and abs(k["top"] - top) <= DEDUPE_TOLERANCE:
            return True
    return False


def _make_line(group: list[dict], page: int) -> Line | None:
    group.sort(key=lambda c: c["x0"])
    kept, duplicates = _without_duplicates(group)
    visible = [c for c in kept if not c["text"].isspace()]
    if not visible:
        return None
    body_size = median(c["size"] for c in visible)
    builder = _LineText(body_size, median(c["bottom"] for c in visible))
    for c in kept:
        builder.add(c)
    builder.flush_raised()
    refs, lead = builder.refs, builder.lead
    joined = "".join(builder.parts)
    raw = re.sub(r"[ \t]+", " ", joined.replace("\x00", "")).strip()
    probe = re.sub(r"[ \t]+", " ", joined.replace("\x00", " ")).strip()
    text = _keep_space_after_number(probe, squeeze_cjk_spaces(raw))
    if not text:
        return None
    bold_chars = sum(1 for c in visible if _is_bold_font(c.get("fontname", "")))
    bold = duplicates >= len(visible) * 0.5 or bold_chars >= len(visible) * 0.6
    return Line(
        text=text,
        page=page,
        x0=min(c["x0"] for c in visible),
        top=min(c["top"] for c in visible),
        x1=max(c["x1"] for c in visible),
        bottom=max(c["bottom"] for c in visible),
        size=round(body_size, 2),
        bold=bold,
        refs=refs,
        lead_marker=lead[0] if lead else None,
    )


def _without_duplicates(group: list[dict]) -> tuple[list[dict], int]:
    """The characters left to right without the overprinted copies (fake bold), and how many copies there were."""
    kept: list[dict] = []
    duplicates = 0
    for c in group:
        if _is_duplicate(c, kept):
            duplicates += 1
            continue
        kept.append(c)
    return kept, duplicates


class _LineText:
    """The text of one line, character by character: a space where the gap is wide, raised digits as a note
    reference, an exponent or the line's lead marker."""

    def __init__(self, body_size: float, body_bottom: float) -> None:
        self.body_size, self.body_bottom = body_size, body_bottom
        self.parts: list[str] = []
        self.raised: list[str] = []
        self.refs: list[str] = []
        self.lead: list[str] = []
        self.prev: dict | None = None

    def add(self, c: dict) -> None:
        text = _normalise_char(c["text"])
        if text.isspace():
            if self.parts and not self.raised:
                self.parts.append(" ")
            self.prev = None
            return
        if c["size"] < 0.8 * self.body_size and c["bottom"] < self.body_bottom - 0.2 * self.body_size:
            self.raised.append(text)
            self.prev = c
            return
        self.flush_raised()
        self._add_gap(c, text)
        self.parts.append(text)
        self.prev = c

    def _add_gap(self, c: dict, text: str) -> None:
        prev = self.prev
        if prev is not None and self.parts and self.parts[-1] != " ":
            gap = c["x0"] - prev["x1"]
            if gap > SPACE_GAP * c["size"]:
                # a space between Latin characters; at a CJK boundary only a mark (\x00) that
                # survives as a space after a leading clause number (第一条 合同金额) and nowhere else
                self.parts.append(" " if not is_cjk(prev["text"][-1]) and not is_cjk(text[0]) else "\x00")

    def flush_raised(self) -> None:
        if not self.raised:
            return
        token = "".join(self.raised)
        self.raised.clear()
        before = "".join(self.parts).rstrip()
        if not token.isdigit():
            self.parts.append(token)
        elif not before:
            self.lead.append(token)
        elif before[-1].isascii() and before[-1].isalpha():
            self.parts.append(token)  # an exponent: m², x²
        else:
            self.refs.append(token)


def _keep_space_after_number(raw: str, text: str) -> str:
    """``第一条 合同金额`` keeps the space written after a leading clause number."""
    if " " not in raw[:12]:
        return text
    numbering = match_number(raw)
    if numbering is None:
        return text
    n = len(numbering.number)
    if raw[n:n + 1] == " " and text.startswith(numbering.number) and text[n:n + 1] != " ":
        return text[:n] + " " + text[n:]
    return text


# -- running headers and footers --------------------------------------------------------------


def _running_key(line: Line) -> tuple[str, int]:
    """Text with digits masked, and the line's position in 4-point steps (running lines stay put)."""
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", line.text)), round(line.top / 4)


def remove_running_lines(pages: Sequence[list[Line]], heights: Sequence[float]) -> list[list[Line]]:
    """Drop page numbers and repeated headers/footers found in the top/bottom margin zones."""
    def in_zone(line: Line, height: float) -> bool:
        return line.bottom < height * HEADER_ZONE or line.top > height * (1 - FOOTER_ZONE)

    counts: Counter[str] = Counter()
    for lines, height in zip(pages, heights):
        keys = {_running_key(l) for l in lines if in_zone(l, height)}
        counts.update(keys | {(text, pos + d) for text, pos in keys for d in (-1, 1)})
    needed = max(2, int(len(pages) * RUNNING_SHARE + 0.5))
    running = {key for key, n in counts.items() if n >= needed}
    out = []
    for lines, height in zip(pages, heights):
        kept = []
        for i, line in enumerate(lines):
            if in_zone(line, height) and (_running_key(line) in running or (
                is_page_number(line.text) and _is_margin_edge(lines, i, height)
            )):
                continue
            kept.append(line)
        out.append(kept)
    return out


def _is_margin_edge(lines: list[Line], i: int, height: float) -> bool:
    """A page-number line is the first or last line(s) of its page (nothing but margin beyond it)."""
    line = lines[i]
    if line.top > height / 2:
        return all(other.top >= line.top - 1 or other.bottom < height * (1 - FOOTER_ZONE) for other in lines[i + 1:]) or i >= len(lines) - 2
    return i <= 1


# -- footnotes --------------------------------------------------------------------------------

_FOOTNOTE_MARKER = re.compile(r"^(\[\d{1,3}\]|[①-⑳]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|注\s*\d{1,3}\s*[:：])\s*")
_BARE_NUMBER = re.compile(r"^(\d{1,3})(?![\d.,，、%])\s*")


@dataclass
class Footnote:
    marker: str
    text: str
    lines: list[Line] = field(default_factory=list)


def footnote_marker(text: str) -> str | None:
    m = _FOOTNOTE_MARKER.match(text)
    return m.group(1).strip() if m else None


def split_footnotes(lines: list[Line], body_size: float, rule_top: float | None = None) -> tuple[list[Line], list[Footnote]]:
    """Separate footnote bodies from the body text of one page.

    A footnote starts with a marker (``[1]``, ①, ¹) in a font smaller than the body,
    or anywhere below a short footnote rule at ``rule_top``; lines after it in the same
    small font (or below the rule) continue it.
    """
    body: list[Line] = []
    notes: list[Footnote] = []
    for line in lines:
        small = line.size < body_size * 0.92
        below_rule = rule_top is not None and (line.top + line.bottom) / 2 >= rule_top
        marker = footnote_marker(line.text)
        bare = _BARE_NUMBER.match(line.text) if below_rule and not marker else None
        if line.lead_marker and (small or below_rule):  # Word footnote: raised number, then the text
            notes.append(Footnote(marker=line.lead_marker, text=line.text, lines=[line]))
        elif bare:  # a footnote number that was not raised: "1说明：…" below the rule
            notes.append(Footnote(marker=bare.group(1), text=line.text[bare.end():].lstrip(), lines=[line]))
        elif marker and (small or below_rule):
            text = line.text[len(marker):].lstrip()
            notes.append(Footnote(marker=marker, text=text, lines=[line]))
        elif notes and (below_rule or small) and notes[-1].lines[-1].size == line.size and line.top - notes[-1].lines[-1].bottom < line.size:
            notes[-1].text = join_text(notes[-1].text, line.text)
            notes[-1].lines.append(line)
        else:
            body.append(line)
    return body, notes


# -- lines → paragraphs -----------------------------------------------------------------------


@dataclass
class Frame:
    """Text column of a page: left and right edges of full lines."""

    left: float
    right: float

    @property
    def width(self) -> float:
        return self.right - self.left


def page_frame(lines: Sequence[Line], default: Frame | None = None) -> Frame:
    full = [l for l in lines if len(l.text) >= 8]
    if len(full) < 2:
        if default is not None:
            return default
        full = list(lines)
    if not full:
        return Frame(0.0, 1.0)
    return Frame(min(l.x0 for l in full), max(l.x1 for l in full))


@dataclass
class Paragraph:
    lines: list[Line]
    text: str

    @property
    def refs(self) -> list[str]:
        """Footnote numbers cited in the paragraph (raised digits taken out of the text)."""
        return [r for line in self.lines for r in line.refs]

    @property
    def page(self) -> int:
        return self.lines[0].page

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        first = [l for l in self.lines if l.page == self.page]
        return (min(l.x0 for l in first), min(l.top for l in first), max(l.x1 for l in first), max(l.bottom for l in first))


@dataclass
class ReflowContext:
    """What the joining rules need to know about the document."""

    frames: dict[int, Frame]
    body_size: float
    first_line_indent: bool = False
    line_gap: float = 0.0  # typical blank space between two lines of one paragraph

    def frame(self, page: int) -> Frame:
        return self.frames.get(page) or next(iter(self.frames.values()), Frame(0.0, 1.0))


def is_heading_styled(line: Line, ctx: ReflowContext) -> bool:
    """Bold, larger than body text, or centred and clearly short."""
    if len(line.text) > 40 or ends_sentence(line.text) and not line.text.endswith(("：", ":")) and line.text[-1] != "）":
        return False
    if line.bold or line.size > ctx.body_size * 1.12:
        return True
    return is_centred(line, ctx)


def is_centred(line: Line, ctx: ReflowContext) -> bool:
    frame = ctx.frame(line.page)
    indent = line.x0 - frame.left
    slack = frame.right - line.x1
    return indent > 2.5 * line.size and slack > 2.5 * line.size and abs(indent - slack) < 1.5 * line.size


def _is_indented(line: Line, ctx: ReflowContext) -> bool:
    return line.x0 - ctx.frame(line.page).left > 1.2 * line.size


def _is_full(line: Line, ctx: ReflowContext) -> bool:
    frame = ctx.frame(line.page)
    return frame.right - line.x1 < 1.6 * line.size


def _is_nearly_full(line: Line, ctx: ReflowContext) -> bool:
    frame = ctx.frame(line.page)
    return frame.right - line.x1 < max(6 * line.size, 0.25 * frame.width)


def continues(prev: Line, nxt: Line, ctx: ReflowContext) -> bool:
    """True when ``nxt`` continues the paragraph whose last line is ``prev``."""
    if abs(prev.size - nxt.size) > 0.15 * max(prev.size, nxt.size):
        return False
    if prev.page == nxt.page and nxt.top - prev.bottom > max(1.2 * max(prev.size, nxt.size), 1.6 * ctx.line_gap):
        return False  # blank space between paragraphs
    if classify(nxt.text) is not None or _next_item(prev.text, nxt.text):
        return False
    if is_heading_styled(prev, ctx) != is_heading_styled(nxt, ctx):
        return False
    if is_centred(prev, ctx) or is_centred(nxt, ctx):
        return is_heading_styled(prev, ctx) and is_centred(nxt, ctx) and not ends_sentence(prev.text)
    if _is_indented(nxt, ctx):
        if not _as_far_in(prev, nxt):
            return False  # a new paragraph's first-line indent
        if ends_sentence(prev.text):  # a paragraph indented as a whole (a list item): wrapped unless a sentence ended
            return prev.text.endswith(("；", ";")) and _is_full(prev, ctx)
    if ends_sentence(prev.text):  # a full line closed by a colon is a wrap (…项目的总体绩效目标是： │ 提升…)
        return (ctx.first_line_indent or prev.text.endswith(("：", ":"))) and _is_full(prev, ctx)
    if classify(prev.text) == "heading" and not _is_full(prev, ctx) and not _wrapped_word(prev, nxt, ctx):
        return False
    return _is_nearly_full(prev, ctx)


def _next_item(prev: str, nxt: str) -> bool:
    """``nxt`` opens with the number after ``prev``'s (1.…≥90% │ 2.7岁以下儿童…: item 2, though 2.7 reads as a decimal)."""
    m = _ITEM_NUMBER.match(prev)
    return m is not None and re.match(rf"{int(m.group(1)) + 1}[.．]", nxt) is not None


_ITEM_NUMBER = re.compile(r"(\d{1,2})[.．]")


def _as_far_in(prev: Line, nxt: Line) -> bool:
    """``nxt`` starts where ``prev`` started: both lines of a paragraph indented as a whole (a list item's left
    indent: ``①数量指标：…拟开展的海绵城`` │ ``市建设培训…``), not a new paragraph's first-line indent."""
    return abs(nxt.x0 - prev.x0) < 0.5 * nxt.size


_LEADING_WORD = re.compile(r"^[0-9A-Za-z.,%]+")


def _wrapped_word(prev: Line, nxt: Line, ctx: ReflowContext) -> bool:
    """``prev`` stops short only because the number or Latin word starting ``nxt`` did not fit after it
    (``（三）完成培训不少于`` / ``3000 人次。``): a wrapped line, not a heading."""
    word = _LEADING_WORD.match(nxt.text)
    if not word:
        return False
    return ctx.frame(prev.page).right - prev.x1 < (0.6 * len(word.group()) + 1.6) * prev.size


def uses_first_line_indent(lines: Sequence[Line], ctx: ReflowContext) -> bool:
    """Paragraphs start with a two-character indent: several long lines start about 2 chars in."""
    indented = 0
    for line in lines:
        if line.size <= 0:
            continue  # a zero font size (``0 Tf``: invisible text, or a damaged file) has no indent
        frame = ctx.frame(line.page)
        indent = (line.x0 - frame.left) / line.size
        if 1.5 <= indent <= 2.7 and frame.right - line.x1 < 2 * line.size:
            indented += 1
    return indented >= 2


def typical_line_gap(lines: Sequence[Line]) -> float:
    """Median blank space between consecutive lines of the same size on the same page."""
    gaps = sorted(
        b.top - a.bottom
        for a, b in zip(lines, lines[1:])
        if a.page == b.page and a.size == b.size and 0 <= b.top - a.bottom < 3 * a.size
    )
    return gaps[len(gaps) // 2] if gaps else 0.0


def reflow(lines: Sequence[Line], ctx: ReflowContext) -> list[Paragraph]:
    """Join consecutive lines into paragraphs (one run of lines without tables between)."""
    paragraphs: list[Paragraph] = []
    for line in lines:
        if paragraphs and continues(paragraphs[-1].lines[-1], line, ctx):
            para = paragraphs[-1]
            para.lines.append(line)
            para.text = join_text(para.text, line.text)
        else:
            paragraphs.append(Paragraph(lines=[line], text=line.text))
    return paragraphs
