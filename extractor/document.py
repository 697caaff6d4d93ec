"""The one document model passed from the parsers to every later stage.

A :class:`Document` is a flat list of :class:`Block` objects in reading order.
Each block has a stable ``ref`` (``#/blocks/12``) and a :class:`Provenance`
saying where it came from (file, page or sheet, bbox or cell range).
Tables keep their cells as rows of strings with merged cells filled.
Numbered clauses (一、（一）1.（1）①, 第X条 …) form a tree of :class:`Clause`.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
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


@dataclass
class Block:
    """One piece of a document in reading order.

    ``kind`` is one of :data:`BLOCK_KINDS`. ``rows`` holds table cells (merged cells filled),
    ``level`` the heading level (1 = top), ``number`` the list or clause number as written
    (``一、``, ``（二）``, ``第三条``), ``label``/``value`` the two halves of a form ``field``,
    ``marker`` the footnote marker (``[1]``) that links a footnote to its reference.
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

    def __post_init__(self) -> None:
        if self.kind not in BLOCK_KINDS:
            raise ValueError(f"unknown block kind {self.kind!r}")

    @property
    def page(self) -> int | None:
        return self.provenance.page

    @property
    def index(self) -> int:
        return int(self.ref.rsplit("/", 1)[1])

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
