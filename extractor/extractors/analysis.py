"""One pipeline pass per document: every text unit with its spaCy Doc.

:func:`analyse` builds the text units of a Document once (:func:`~.sentences.text_units`:
joined paragraphs, headings, fields, table rows) and runs them through
:func:`extractor.nlp.pipeline.get_nlp` in one ``nlp.pipe`` call, so each unit has its tokens
(jieba with our dictionary, ``Token.tag_``), its quantities (``Doc._.quantities``) and its vague
flag (these two are computed on first read, only for the units an extractor asks about). Every
extractor reads this :class:`Analysis` instead of segmenting or scanning for numbers
again; called alone (in tests), an extractor builds one itself.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterator

from ..document import Document
from ..nlp.quantities import Quantity
from .sentences import TextUnit, text_units

BATCH_SIZE = 256


@dataclass
class AnalysedUnit:
    """A text unit and its pipeline Doc (``doc.text == unit.text``)."""

    unit: TextUnit
    doc: object  # spacy.tokens.Doc (spaCy is imported lazily)

    @property
    def text(self) -> str:
        return self.unit.text

    @property
    def refs(self) -> list[str]:
        return self.unit.refs

    @property
    def page(self) -> int | None:
        return self.unit.page

    @property
    def in_table(self) -> bool:
        return self.unit.row is not None


@dataclass
class Analysis:
    units: list[AnalysedUnit]

    def running(self) -> Iterator[AnalysedUnit]:
        """Units outside tables (what ``text_units(doc, tables=False)`` yields)."""
        return (u for u in self.units if not u.in_table)

    def quantities_in(self, text: str) -> list[Quantity]:
        """Quantities of ``text`` (offsets into ``text``), read from the first unit that contains it.

        A goal item is a piece of a unit (a table cell of a row, an item of a paragraph); only a text
        found in no unit goes through the pipeline on its own.
        """
        for unit in self.units:
            start = unit.text.find(text)
            if start < 0:
                continue
            end = start + len(text)
            return [
                replace(q, start=q.start - start, end=q.end - start)
                for q in _quantities(unit.doc)
                if start <= q.start and q.end <= end
            ]
        return quantities_of_text(text)


def _quantities(doc) -> list[Quantity]:
    from ..nlp.pipeline import quantities

    return quantities(doc)


def quantities_of_text(text: str) -> list[Quantity]:
    """Quantities of a text that is not part of an analysed document (one pipeline call)."""
    from ..nlp.pipeline import get_nlp

    return _quantities(get_nlp()(text))


def analyse(doc: Document) -> Analysis:
    """Text units of ``doc`` with their Docs, from one batched pipeline pass."""
    from ..nlp.pipeline import get_nlp

    units = list(text_units(doc))
    docs = get_nlp().pipe([u.text for u in units], batch_size=BATCH_SIZE)
    return Analysis([AnalysedUnit(unit, d) for unit, d in zip(units, docs)])
