"""Text units the extractors read: normalised block text, sentences and table rows.

PDF text arrives with line breaks and spaces inside sentences ("2019-2021 年",
"预算\\n80,692.06 万元"). :func:`normalise` (:func:`extractor.document.join_wrapped`) removes whitespace next to any
non-ASCII character and keeps one space between ASCII words and numbers, so
regexes can match Chinese text as if it had been typed in one line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

from ..document import Block, Document, join_wrapped
from ..nlp.script import HAN, HAN_CHAR  # noqa: F401 (the extractors import them from here)

_SENTENCE = re.compile(r"[^。；;！!？?\n]+[。；;！!？?]?")
_FOOTNOTE_REF = re.compile(r"\[\d{1,2}\]")



normalise = join_wrapped


def strip_footnote_refs(text: str) -> str:
    """``等级为“中”[1]`` -> ``等级为“中”``."""
    return _FOOTNOTE_REF.sub("", text)


def sentences(text: str) -> list[str]:
    """Split normalised text into sentences at 。；！？ (the end mark stays with its sentence)."""
    return [s.strip() for s in _SENTENCE.findall(text) if s.strip()]


def to_float(text: str) -> float | None:
    """``"80,692.06"`` -> 80692.06; None when it is not a number."""
    try:
        return float(text.replace(",", "").replace("，", ""))
    except ValueError:
        return None


def decimals_of(text: str) -> int:
    """Decimals as written: ``"96.00"`` -> 2, ``"100"`` -> 0."""
    return len(text.split(".", 1)[1]) if "." in text else 0


@dataclass
class TextUnit:
    """A piece of running text with the block it came from (paragraph, cell row, field)."""

    text: str  # normalised
    block: Block
    row: int | None = None
    refs: list[str] = field(default_factory=list)

    @property
    def page(self) -> int | None:
        return self.block.page


TEXT_KINDS = ("heading", "paragraph", "list_item", "field")


_PARAGRAPH_END = ("。", "！", "？", "!", "?", "：", ":", "；", ";")


def text_units(doc: Document, *, tables: bool = True) -> Iterator[TextUnit]:
    """Every paragraph-like block, then (optionally) every table row joined with ``，``.

    Consecutive ``paragraph`` blocks are joined while the previous one does not end a sentence,
    so a parser that keeps one PDF line per block still yields whole sentences.
    """
    pending: list[Block] = []

    def flush() -> Iterator[TextUnit]:
        if pending:
            text = normalise(strip_footnote_refs("\n".join(b.text for b in pending)))
            if text:
                yield TextUnit(text, pending[0], refs=[b.ref for b in pending])
            pending.clear()

    for block in doc.blocks:
        if block.kind == "paragraph":
            pending.append(block)
            if block.text.rstrip().endswith(_PARAGRAPH_END):
                yield from flush()
            continue
        yield from flush()
        if block.kind in TEXT_KINDS:
            raw = block.text
            if block.kind == "field" and block.label and block.value and block.label not in raw:
                raw = f"{block.label}：{block.value}"
            text = normalise(strip_footnote_refs(raw))
            if text:
                yield TextUnit(text, block, refs=[block.ref])
        elif block.kind == "table" and tables and block.rows:
            for i, row in enumerate(block.cells()):
                cells = _dedupe_adjacent([c for c in row if c])
                if cells:
                    yield TextUnit("，".join(cells), block, row=i, refs=[block.ref])
    yield from flush()  # paragraphs at the very end that do not end a sentence


def _dedupe_adjacent(cells: list[str]) -> list[str]:
    """Merged cells are filled across; keep one copy of each run."""
    out: list[str] = []
    for c in cells:
        if not out or out[-1] != c:
            out.append(c)
    return out


def first_pages_text(doc: Document, limit: int = 40) -> str:
    """Normalised text of the first ``limit`` blocks (titles, form headers); a cell merged across a row is written
    once (标题:…绩效自评报告 over the whole width of a PDF's first table)."""
    parts = []
    for block in doc.blocks[:limit]:
        if block.rows:
            parts.extend("，".join(dict.fromkeys(c for c in row if c)) for row in block.cells()[:30])
        else:
            parts.append(normalise(block.text))
    return "\n".join(parts)
