"""Copies of one submission in two formats (a DOCX and the PDF printed from it): found by their content.

Two documents are copies when they say the same thing: equal project, document type, goals, indicators
(name, target, actual) and contract terms, compared as normalised text (so line breaks and page furniture
of the PDF do not count); documents without any record must have equal normalised text. The reports then list a finding both copies share once, naming both files.
"""
from __future__ import annotations

import hashlib
import json


def content_fingerprint(result) -> str | None:
    """A hash of what ``result``'s document says (``None`` when it has no text at all)."""
    from ..graph.link import normalise

    ext = result.extraction or {}
    records = [
        sorted(normalise(g.get("text")) for g in ext.get("goals") or []),
        sorted([normalise(i.get("name")), normalise(i.get("target_text")), normalise(i.get("actual_text"))]
               for i in ext.get("indicators") or []),
        sorted(normalise(t.get("text")) for t in ext.get("contract_terms") or []),
    ]
    if any(records):
        content = [normalise(ext.get("project")), ext.get("doc_type"), records]
    else:
        text = normalise("".join(b.get("text") or "" for b in (result.document or {}).get("blocks") or []))
        if not text:
            return None
        content = ["text", text]
    return hashlib.sha256(json.dumps(content, ensure_ascii=False).encode("utf-8")).hexdigest()


def copy_groups(results) -> dict[str, tuple[str, ...]]:
    """``{file: (all copies of its submission, sorted)}`` for every file that has one.

    Copies say the same thing, sit in one folder and differ in format (``申报表.docx`` and ``申报表（盖章）.pdf``);
    same-format files of equal content are copies only when they share their name stem too, so a folder of
    identical test documents is not one submission."""
    from pathlib import PurePosixPath

    by_print: dict[tuple, list[str]] = {}
    for r in results:
        if r.status in ("success", "partial"):
            fp = content_fingerprint(r)
            if fp:
                by_print.setdefault((fp, str(PurePosixPath(r.file).parent)), []).append(r.file)
    groups = []
    for files in by_print.values():
        suffixes = [PurePosixPath(f).suffix.lower() for f in files]
        if len(set(suffixes)) == len(files):
            groups.append(files)
            continue
        by_stem: dict[str, list[str]] = {}
        for f in files:
            by_stem.setdefault(PurePosixPath(f).stem, []).append(f)
        groups.extend(by_stem.values())
    return {f: tuple(sorted(files)) for files in groups if len(files) > 1 for f in files}
