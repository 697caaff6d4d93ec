"""jixiao (绩效): read budget-performance documents and turn them into checked, linked knowledge.

Public API (each a plain function; heavy libraries load lazily on first use)::

    doc = extractor.parse("目标表.pdf")           # Document
    ext = extractor.extract(doc)                  # Extraction
    findings = extractor.check(ext)               # list[Finding]
    G = extractor.build_graph([ext, ...])         # networkx.MultiDiGraph
"""
from __future__ import annotations

from pathlib import Path

__version__ = "0.1.0"

__all__ = ["parse", "extract", "check", "build_graph", "__version__"]


def parse(path: str | Path, **settings):
    """Parse a PDF, DOCX, XLSX or text file into a Document with its clause tree."""
    from .layout.clauses import build_clauses
    from .parsers import parse_file

    doc = parse_file(path, **settings)
    doc.clauses = build_clauses(doc)
    return doc


def extract(doc_or_path, **options):
    """Goals, indicators, facts, sub-projects, organisations and contract terms of a document."""
    from .extractors import extract_document

    doc = parse(doc_or_path) if isinstance(doc_or_path, (str, Path)) else doc_or_path
    return extract_document(doc, **options)


def check(extraction, config=None):
    """Findings of the checker rules for one Extraction."""
    from .checker.runner import run_rules

    return run_rules(extraction, config=config)


def build_graph(extractions, findings=None):
    """One MultiDiGraph linking goals, indicators, sub-projects, organisations and evidence."""
    from .graph.build import build_graph as _build

    return _build(extractions, findings=findings)
