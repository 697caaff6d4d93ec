"""The one document model passed from the parsers to every later stage.

A :class:`Document` is a flat list of :class:`Block` objects in reading order.
Each block has a stable ``ref`` (``#/blocks/12``) and a :class:`Provenance`
saying where it came from (file, page or sheet, bbox or cell range).
Tables keep their cells as rows of strings with merged cells filled, the merged cells themselves
(:class:`CellSpan`) and the header rows the parser knows; :meth:`Block.cells` gives the normalised grid.
Numbered clauses (一、（一）1.（1）①, 第X条 …) form a tree of :class:`Clause`.
"""
from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field, fields
from functools import lru_cache
from pathlib import Path
from typing import Iterator

BLOCK_KINDS = ("heading", "paragraph", "table", "footnote", "list_item", "field")


@dataclass
class Provenance:
    """Where a block came from. ``page`` is 1-based; ``sheet`` and ``cells`` are for spreadsheets."""

    file: str
    page: int | None = None
    sheet: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    cells: str | None = None  # e.g. "A1:H20"
    char_span: tuple[int, int] | None = None


@dataclass(frozen=True)
class CellSpan:
    """A merged cell of a table block: its top-left place (0-based, in ``rows``) and how far it reaches."""

    row: int
    col: int
    rowspan: int = 1
    colspan: int = 1


def spans_from_owners(owners: list[list[object]]) -> list[CellSpan]:
    """The merged cells of a grid whose places name the source cell covering them (None: no cell).

    A source cell covering more than one place is a span from its top-left place to its bottom-right one.
    """
    reach: dict[object, list[int]] = {}  # owner -> [first row, first col, last row, last col]
    for r, row in enumerate(owners):
        for c, owner in enumerate(row):
            if owner is None:
                continue
            box = reach.setdefault(owner, [r, c, r, c])
            box[0], box[1], box[2], box[3] = min(box[0], r), min(box[1], c), max(box[2], r), max(box[3], c)
    spans = [CellSpan(r0, c0, r1 - r0 + 1, c1 - c0 + 1) for r0, c0, r1, c1 in reach.values()]
    return sorted((s for s in spans if s.rowspan > 1 or s.colspan > 1), key=lambda s: (s.row, s.col))


@dataclass
class Block:
    """One piece of a document in reading order.

    ``kind`` is one of :data:`BLOCK_KINDS`. ``rows`` holds table cells (merged cells filled),
    ``level`` the heading level (1 = top), ``number`` the list or clause number as written
    (``一、``, ``（二）``, ``第三条``), ``label``/``value`` the two halves of a form ``field``,
    ``marker`` the footnote marker (``[1]``) that links a footnote to its reference.
    Table blocks also carry ``spans``, the merged cells as the file declares them (None when the parser
    cannot know), and ``header_rows``, the indexes of rows the file marks as headers (Word's repeated
    header rows, a sheet's print titles, a header row a PDF table repeats after a page break).
    """

    ref: str
    kind: str
    text: str
    provenance: Provenance
    level: int | None = None
    number: str | None = None
    rows: list[list[str]] | None = None
    label: str | None = None
    value: str | None = None
    marker: str | None = None
    ocr: bool = False
    confidence: float | None = None
    spans: list[CellSpan] | None = None
    header_rows: list[int] | None = None

    def __post_init__(self) -> None:
        if self.kind not in BLOCK_KINDS:
            raise ValueError(f"unknown block kind {self.kind!r}")
        if self.spans is not None:
            self.spans = [s if isinstance(s, CellSpan) else CellSpan(**s) for s in self.spans]

    @property
    def page(self) -> int | None:
        return self.provenance.page

    @property
    def index(self) -> int:
        return int(self.ref.rsplit("/", 1)[1])

    def cells(self, compact: bool = False) -> list[list[str]]:
        """The table's grid (merged cells filled) with each cell's text normalised, the one cleaning of cells
        the extractors share: whitespace of wrapped lines joined (:func:`join_wrapped`); ``compact`` instead
        folds full-width characters (``２０２３``, ``％``) and drops all whitespace, for matching header
        words. Empty for a block that is not a table."""
        if compact:
            return [[compact_cell(cell or "") for cell in row] for row in self.rows or []]
        return [[join_wrapped(cell or "") for cell in row] for row in self.rows or []]

    def to_dataframe(self):
        """A table block as a pandas DataFrame (first row as header when it looks like one)."""
        import pandas as pd

        if self.rows is None:
            raise ValueError(f"{self.ref} is a {self.kind}, not a table")
        if not self.rows:
            return pd.DataFrame()
        header, *body = self.rows
        columns = _unique_columns(header)
        return pd.DataFrame(body, columns=columns)


# whitespace touching a non-ASCII character (Han, full-width punctuation) is a line-wrap artefact
_WRAP_SPACE = re.compile(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])")
_WHITESPACE = re.compile(r"\s+")
_CACHED_UP_TO = 2_000  # characters: longer texts are joined each time (a cache would keep them alive)


def upright_text(text: str) -> str:
    """A cell written top to bottom, one Chinese character a line, its last line free (班\n子\n和\n…\n(20分), a label
    merged down its rows): as one line, 班子和…(20分); any other text as it is (most cells: fewer than three lines,
    not split)."""
    if text.count("\n") < 2:
        return text
    lines = text.split("\n")
    if all(_one_letter(line.strip()) for line in lines[:-1]):
        return "".join(line.strip() for line in lines)
    return text


def _one_letter(text: str) -> bool:
    """One letter of a script other than Latin (a Chinese character), not a digit nor a mark."""
    return len(text) == 1 and text.isalpha() and not text.isascii()


def join_wrapped(text: str) -> str:
    """Join wrapped PDF text: no whitespace beside Han characters, single spaces elsewhere.

    The extractors join the same block and cell texts again and again (about 2,300 calls on a few hundred
    texts for the seed report), so a short text is joined once and kept."""
    return _join_kept(text) if len(text) <= _CACHED_UP_TO else _join(text)


def _join(text: str) -> str:
    if not _WHITESPACE.search(text):
        return text
    text = text.replace("\u3000", " ").replace("\xa0", " ")
    text = _WRAP_SPACE.sub("", text)
    return _WHITESPACE.sub(" ", text).strip()


_join_kept = lru_cache(maxsize=8192)(_join)


def compact_cell(text: str) -> str:
    """A cell as header words are matched: full-width characters folded (``２０２３`` → ``2023``,
    ``％`` → ``%``) and no whitespace at all."""
    return _WHITESPACE.sub("", _fold_width()(text))


@lru_cache(maxsize=1)
def _fold_width():
    """:func:`extractor.nlp.quantities.normalise`, imported on first use (parsing never loads the NLP stage)."""
    from .nlp.quantities import normalise

    return normalise


def _unique_columns(header: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for i, name in enumerate(header):
        name = name or f"col{i + 1}"
        if name in seen:
            seen[name] += 1
            name = f"{name}.{seen[name]}"
        else:
            seen[name] = 0
        out.append(name)
    return out


@dataclass
class Clause:
    """A numbered section or article: ``number`` as written, ``level`` from the numbering style."""

    ref: str  # the heading/list block that opens it
    number: str
    title: str
    level: int
    block_refs: list[str] = field(default_factory=list)
    children: list["Clause"] = field(default_factory=list)

    def walk(self) -> Iterator["Clause"]:
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class Document:
    """A parsed file: blocks in reading order, the clause tree and parser warnings."""

    source: str
    format: str  # pdf | docx | xlsx | text
    pages: int
    blocks: list[Block] = field(default_factory=list)
    clauses: list[Clause] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)

    # -- access -------------------------------------------------------------
    def block(self, ref: str) -> Block:
        return self.blocks[int(ref.rsplit("/", 1)[1])]

    def tables(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "table"]

    def text_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.kind != "table"]

    def iter_clauses(self) -> Iterator[Clause]:
        for clause in self.clauses:
            yield from clause.walk()

    @property
    def text(self) -> str:
        """All text in reading order, one block a line (table rows joined by tabs)."""
        lines = []
        for b in self.blocks:
            if b.rows is not None:
                lines.extend("\t".join(r) for r in b.rows)
            else:
                lines.append(b.text)
        return "\n".join(lines)

    # -- serialisation ------------------------------------------------------
    def to_dict(self) -> dict:
        blocks = []
        for b in self.blocks:
            d = {"ref": b.ref, "kind": b.kind, "text": b.text, "page": b.page}
            for name in ("level", "number", "rows", "label", "value", "marker", "confidence"):
                value = getattr(b, name)
                if value is not None:
                    d[name] = value
            if b.spans is not None:
                d["spans"] = [asdict(s) for s in b.spans]
            if b.header_rows:
                d["header_rows"] = list(b.header_rows)
            if b.ocr:
                d["ocr"] = True
            d["provenance"] = {k: v for k, v in asdict(b.provenance).items() if v is not None}
            blocks.append(d)
        return {
            "source": self.source,
            "format": self.format,
            "pages": self.pages,
            "blocks": blocks,
            "clauses": [_clause_to_dict(c) for c in self.clauses],
            "warnings": list(self.warnings),
            "metadata": dict(self.metadata),
        }

    def to_json(self, **kwargs) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, **kwargs)

    @classmethod
    def from_dict(cls, data: dict) -> "Document":
        blocks = []
        block_fields = {f.name for f in fields(Block)}
        for d in data["blocks"]:
            prov = dict(d.get("provenance") or {"file": data["source"], "page": d.get("page")})
            for key in ("bbox", "char_span"):
                if prov.get(key) is not None:
                    prov[key] = tuple(prov[key])
            kwargs = {k: v for k, v in d.items() if k in block_fields and k != "provenance"}
            blocks.append(Block(provenance=Provenance(**prov), **kwargs))
        return cls(
            source=data["source"],
            format=data["format"],
            pages=data["pages"],
            blocks=blocks,
            clauses=[_clause_from_dict(c) for c in data.get("clauses", [])],
            warnings=list(data.get("warnings", [])),
            metadata=dict(data.get("metadata", {})),
        )

    @classmethod
    def from_json(cls, text: str) -> "Document":
        return cls.from_dict(json.loads(text))


def _clause_to_dict(c: Clause) -> dict:
    return {
        "ref": c.ref,
        "number": c.number,
        "title": c.title,
        "level": c.level,
        "block_refs": list(c.block_refs),
        "children": [_clause_to_dict(x) for x in c.children],
    }


def _clause_from_dict(d: dict) -> Clause:
    return Clause(
        ref=d["ref"],
        number=d["number"],
        title=d["title"],
        level=d["level"],
        block_refs=list(d.get("block_refs", [])),
        children=[_clause_from_dict(x) for x in d.get("children", [])],
    )


class DocumentBuilder:
    """Appends blocks with consecutive refs; parsers use it so refs are always ``#/blocks/<i>``."""

    def __init__(self, source: str | Path, format: str):
        self.source = str(source)
        self.format = format
        self.blocks: list[Block] = []
        self.warnings: list[str] = []

    def add(self, kind: str, text: str, *, page: int | None = None, **kwargs) -> Block:
        prov_keys = {"sheet", "bbox", "cells", "char_span"}
        prov = Provenance(file=self.source, page=page, **{k: kwargs.pop(k) for k in list(kwargs) if k in prov_keys})
        block = Block(ref=f"#/blocks/{len(self.blocks)}", kind=kind, text=text, provenance=prov, **kwargs)
        self.blocks.append(block)
        return block

    def build(self, pages: int, metadata: dict | None = None) -> Document:
        return Document(
            source=self.source,
            format=self.format,
            pages=pages,
            blocks=self.blocks,
            warnings=self.warnings,
            metadata=metadata or {},
        )
