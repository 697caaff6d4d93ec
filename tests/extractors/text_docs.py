"""Documents of running text built for the prose readers' tests: a title line, then one paragraph a line."""
from __future__ import annotations

from extractor.document import DocumentBuilder


def text_document(title: str, *lines: str, name: str = "report.txt"):
    """A one-page text document: ``title`` as its first paragraph, then each of ``lines``."""
    b = DocumentBuilder(name, "text")
    for text in (title, *lines):
        b.add("paragraph", text)
    return b.build(pages=1)
