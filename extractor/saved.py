"""The one loader of saved extractions, with one set of errors (ARCHITECTURE.md, "Saved extractions").

A saved extraction is either the JSON of ``jixiao extract --format json`` (an object with ``source``) or a
per-document record of a batch, ``OUT/documents/<file>.json`` (an object with ``extraction``). Errors:

- ``file_not_found``: no such file;
- ``damaged_file``: not UTF-8 or not valid JSON (e.g. truncated);
- ``unsupported_format``: valid JSON, but neither kind of record;
- a batch record of a file that failed in the batch raises that file's own error code.
"""
from __future__ import annotations

import json
from pathlib import Path

from . import errors
from .errors import DamagedFile, ExtractorError, FileNotFound, UnsupportedFormat

SAVED_SUFFIXES = (".json",)


def is_saved_extraction(path: str | Path) -> bool:
    """True for a path that names saved-extraction JSON rather than a document to parse."""
    return Path(path).suffix.lower() in SAVED_SUFFIXES


def load_saved_extraction(path: str | Path):
    """The :class:`~extractor.extraction.Extraction` saved in ``path`` (see the module docstring)."""
    return load_saved_record(path)[0]


def load_saved_record(path: str | Path):
    """``(Extraction, document dict or None)`` saved in ``path``: a batch record also holds its parsed Document."""
    from .extraction import Extraction

    path = Path(path)
    data = _read_json(path)
    document = None
    if isinstance(data, dict) and "extraction" in data and "source" not in data:
        document = data.get("document") if isinstance(data.get("document"), dict) else None
        data = _extraction_of_batch_record(data, path)
    if not isinstance(data, dict) or "source" not in data:
        raise UnsupportedFormat(f"{path.name} is JSON but not an extraction (no 'source' or 'extraction')",
                                source=str(path), hint="give a document, `jixiao extract --format json` output or OUT/documents/*.json")
    try:
        return Extraction.from_dict(data), document
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise DamagedFile(f"{path.name} is not a valid extraction: {type(exc).__name__}: {exc}", source=str(path)) from None


def load_extraction(path: str | Path):
    """An Extraction of any input: saved JSON through :func:`load_saved_extraction`, else parse + extract."""
    if is_saved_extraction(path):
        return load_saved_extraction(path)
    from . import extract, parse

    return extract(parse(path))


def _read_json(path: Path):
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FileNotFound(f"no such file: {path}", source=str(path)) from None
    except IsADirectoryError:
        raise UnsupportedFormat(f"{path} is a directory", source=str(path), hint="") from None
    except UnicodeDecodeError as exc:
        raise DamagedFile(f"{path.name} is not UTF-8 JSON: {exc}", source=str(path)) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise DamagedFile(f"{path.name} is not valid JSON: {exc}", source=str(path)) from None


def _extraction_of_batch_record(record: dict, path: Path) -> dict:
    extraction = record.get("extraction")
    if isinstance(extraction, dict):
        return extraction
    code, message = record.get("code") or "", record.get("message") or "no extraction was made"
    raise _error_class(code)(f"{record.get('file') or path.name} has no extraction in the batch "
                             f"(status {record.get('status')}): {message}", source=str(path), hint="")


def _error_class(code: str) -> type[ExtractorError]:
    """The error class of a stable code, so a batch failure keeps its code; damaged_file when unknown."""
    for value in vars(errors).values():
        if isinstance(value, type) and issubclass(value, ExtractorError) and value.code == code:
            return value
    return DamagedFile
