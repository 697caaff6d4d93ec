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
