"""A mirror site's copy of a document is read as the original was written.

Copies kept by mirror sites say what the original says in another dress: traditional characters (績效指標 │ 產出指標),
pinyin glosses after the characters (产(chǎn)出指标(biāo)) and marks scattered through the words against copying
(目标预期实现进度★◆■(3分)). The lexicon, the indicator framework and the rules are
written in simplified characters without glosses. :func:`as_originally_written` gives such a document with every text
in simplified characters (OpenCC's ``t2s`` tables, word by word) and without glosses, and names what it changed; the
extraction lists those changes (``Extraction.script_changes``). A document written as the lexicon is comes back as it
is: a few characters that convert in it (a name such as 乾隆, a quotation) do not make it traditional.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from ..document import Block, Document

HAN = r"\u4e00-\u9fff"  # the Chinese characters (CJK Unified Ideographs) every pattern means by 汉字
HAN_CHAR = re.compile(f"[{HAN}]")  # one Chinese character (count them with findall)

TRADITIONAL, PINYIN, DECORATION = "traditional_to_simplified", "pinyin_glosses_removed", "decoration_marks_removed"
#: the share of a document's Chinese characters that must be traditional-only for it to be converted, and at least
#: this many of them
MIN_SHARE = 0.02
MIN_CHARACTERS = 5
#: a gloss: a bracket right after a Chinese character holding one pinyin syllable with its tone mark
_GLOSS = re.compile(rf"(?<=[{HAN}])[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]")
MIN_GLOSSES = 3
#: marks a mirror site scatters through the text against copying (目标预期实现进度★◆■, 扣1★◆.0分), counted where they
#: stand inside a word: between two Chinese characters or figures, or right after one
_DECORATION = re.compile(r"[★◆■▲●]+")
_DECORATION_INSIDE = re.compile(rf"(?<=[{HAN}\d])[★◆■▲●]+(?=[{HAN}\d、，,。.])")
MIN_DECORATIONS = 5


@lru_cache(maxsize=1)
def _converter():
    import opencc  # a dependency; imported when a document is read, not with the package

    return opencc.OpenCC("t2s")


def to_simplified(text: str | None) -> str | None:
    return _converter().convert(text) if text else text


def without_glosses(text: str | None) -> str | None:
    return _GLOSS.sub("", text) if text else text


def is_traditional(text: str) -> bool:
    """The text's Chinese characters are traditional ones in a share of at least :data:`MIN_SHARE`.

    The characters outside GB 2312 (the simplified set) are counted first: a text with too few of them is simplified,
    and OpenCC is not loaded for it."""
    counts = Counter(HAN_CHAR.findall(text))
    if not counts or not _enough(sum(counts[ch] for ch in counts if not _in_gb2312(ch)), counts):
        return False
    characters = "".join(counts)
    converted = _converter().convert(characters)
    if len(converted) != len(characters):  # the character tables map one to one; be safe all the same
        converted = "".join(_converter().convert(ch) for ch in characters)
    return _enough(sum(counts[ch] for ch, simple in zip(characters, converted) if ch != simple), counts)


def _enough(traditional: int, counts: Counter) -> bool:
    return traditional >= MIN_CHARACTERS and traditional >= MIN_SHARE * sum(counts.values())


def _in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def changes_needed(text: str) -> list[str]:
    """What a copy needs to read as the original was written: :data:`DECORATION`, :data:`PINYIN`, :data:`TRADITIONAL`
    (in that order)."""
    changes = [DECORATION] if len(_DECORATION_INSIDE.findall(text)) >= MIN_DECORATIONS else []
    changes += [PINYIN] if len(_GLOSS.findall(text)) >= MIN_GLOSSES else []
    return changes + ([TRADITIONAL] if is_traditional(text) else [])


def without_decoration(text: str | None) -> str | None:
    return _DECORATION.sub("", text) if text else text


_REWRITES = {DECORATION: without_decoration, PINYIN: without_glosses, TRADITIONAL: to_simplified}


def rewrite(text: str | None, changes: list[str]) -> str | None:
    """``text`` with ``changes`` made, in order."""
    for change in changes:
        text = _REWRITES[change](text)
    return text


def as_originally_written(doc: Document) -> tuple[Document, list[str]]:
    """``doc`` in simplified characters, without pinyin glosses and decoration marks, and the changes made (none:
    ``doc`` itself)."""
    changes = changes_needed(doc.text)
    if not changes:
        return doc, []
    return replace(doc, blocks=[_rewritten_block(b, changes) for b in doc.blocks],
                   clauses=[_rewritten_clause(c, changes) for c in doc.clauses]), changes


def _rewritten_block(block: Block, changes: list[str]) -> Block:
    rows = [[rewrite(cell, changes) for cell in row] for row in block.rows] if block.rows is not None else None
    return replace(block, text=rewrite(block.text, changes), rows=rows, label=rewrite(block.label, changes),
                   value=rewrite(block.value, changes), number=rewrite(block.number, changes))


def _rewritten_clause(clause, changes: list[str]):
    return replace(clause, number=rewrite(clause.number, changes), title=rewrite(clause.title, changes),
                   children=[_rewritten_clause(c, changes) for c in clause.children])
