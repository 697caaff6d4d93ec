"""Numbered clauses of a document as a tree (第X章 > 第X节 > 第X条; 一、 > （一） > 1. > （1） > ①).

Every heading, paragraph or list item whose text starts with a number recognised by
:func:`extractor.layout.headings.match_number` opens a clause. A clause closes at the next
number of the same or an outer style (:attr:`Numbering.rank`), so a document may start at
a deeper style or skip one (一、 followed directly by 1.) and still nest correctly. ``附件N``
is outermost: the numbering after it nests inside the attachment.

``level`` is the document level of the numbering style (:func:`document_levels`: the styles
present, renumbered 1..n in rank order), plus one inside an attachment. ``title`` is the
text after the number; for a numbered sentence (``第三条 付款方式：合同签订后…``) it is the
head before the first comma, colon or sentence break (``付款方式``). ``block_refs`` lists every
block inside the clause after its opening block, nested clauses' blocks included.
Table-of-contents lines (``一、项目概况……3``) open no clause.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Block, Clause, Document
from .headings import Numbering, classify, document_levels, match_number

#: block kinds whose text can open a clause
OPENING_KINDS = ("heading", "paragraph", "list_item")

_TOC_LINE = re.compile(r"(?:\.{3,}|…{2,}|·{3,}|-{3,}|\s{2,})\s*\d{1,4}\s*$")
_HEAD_END = re.compile(r"[。，,：:；;！？!?]")


@dataclass
class _Open:
    clause: Clause
    rank: int


def build_clauses(doc: Document) -> list[Clause]:
    """The clause tree of ``doc`` (top-level clauses, each with ``children``)."""
    numbered = {b.index: n for b in doc.blocks if (n := _numbering(b)) is not None}
    levels = document_levels(n.style for n in numbered.values())
    roots: list[Clause] = []
    stack: list[_Open] = []
    for block in doc.blocks:
        numbering = numbered.get(block.index)
        if numbering is None:
            for open_ in stack:
                open_.clause.block_refs.append(block.ref)
            continue
        while stack and stack[-1].rank >= numbering.rank:
            stack.pop()
        for open_ in stack:
            open_.clause.block_refs.append(block.ref)
        in_attachment = bool(stack) and stack[0].clause.number.startswith("附件") and numbering.style != "attachment"
        clause = Clause(
            ref=block.ref,
            number=numbering.number,
            title=clause_title(block.text, numbering),
            level=levels.get(numbering.style, numbering.level) + (1 if in_attachment else 0),
        )
        (stack[-1].clause.children if stack else roots).append(clause)
        stack.append(_Open(clause, numbering.rank))
    return roots


def _numbering(block: Block) -> Numbering | None:
    if block.kind not in OPENING_KINDS or not block.text.strip():
        return None
    first_line = block.text.strip().split("\n", 1)[0]
    if _TOC_LINE.search(first_line):
        return None
    return match_number(block.text)


def clause_title(text: str, numbering: Numbering | None = None) -> str:
    """The clause title: the text after the number, or the head of a numbered sentence."""
    numbering = numbering or match_number(text)
    rest = (numbering.title if numbering else text).strip()
    if numbering is not None and classify(text, numbering) == "heading":
        return rest.rstrip("：:").strip()
    head = _HEAD_END.search(rest)
    return rest[: head.start()].strip() if head else rest
