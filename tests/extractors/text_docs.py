"""Documents of running text built for the prose readers' tests: a title line, then one paragraph a line; or
blocks of given kinds (headings, paragraphs, list items) in order."""
from __future__ import annotations

from extractor.document import DocumentBuilder


def text_document(title: str, *lines: str, name: str = "report.txt"):
    """A one-page text document: ``title`` as its first paragraph, then each of ``lines``."""
    b = DocumentBuilder(name, "text")
    for text in (title, *lines):
        b.add("paragraph", text)
    return b.build(pages=1)


def block_document(*blocks: tuple[str, str], name: str = "report.docx"):
    """A one-page document of ``blocks``, each a (kind, text) pair: ("heading", "(二)绩效目标情况")."""
    b = DocumentBuilder(name, "docx")
    for kind, text in blocks:
        b.add(kind, text, page=1)
    return b.build(pages=1)


def mixed_document(name: str, kind: str, title: str, *blocks):
    """A one-page document: ``title`` as its first paragraph, then each block: a string is a paragraph, a
    ("heading" | "list_item", text) pair a block of that kind, any other tuple a table of those rows."""
    b = DocumentBuilder(name, kind)
    b.add("paragraph", title, page=1)
    for block in blocks:
        if isinstance(block, str):
            b.add("paragraph", block, page=1)
        elif block[0] in ("heading", "list_item"):
            b.add(block[0], block[1], page=1, **({"level": 1} if block[0] == "heading" else {}))
        else:
            b.add("table", "", page=1, rows=[list(r) for r in block])
    return b.build(pages=1)


def plan_extraction(title: str, *paragraphs: str):
    """The extraction of a plan's DOCX: ``title`` as its first paragraph, then ``paragraphs``."""
    from extractor.extractors import extract_document

    return extract_document(mixed_document("实施方案.docx", "docx", title, *paragraphs))


def target_rows(ext) -> list[tuple]:
    """(name, operator, value, unit) of each indicator an extraction read, in order."""
    return [(i.name, i.operator, i.value, i.unit) for i in ext.indicators]
