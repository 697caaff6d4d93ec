"""One parser per format behind one interface: ``parse_file(path) -> Document``.

The format is decided by content (magic bytes), not only by the suffix, so a PDF
renamed ``.docx`` is still read as PDF and a JPEG renamed ``.pdf`` is refused
with ``unsupported_format``. :data:`FORMATS` is the one registry of formats: for each,
its suffixes, how its content is recognised, its parser and the settings that parser takes
(ARCHITECTURE.md, "Adding a parser").
"""
from __future__ import annotations

import importlib
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..document import Document
from ..errors import DamagedFile, EmptyDocument, FileNotFound, UnsupportedFormat
from . import safezip


@dataclass(frozen=True)
class Format:
    """One readable format: ``parser`` is ``module:function`` below this package, imported on first use."""

    name: str
    suffixes: tuple[str, ...]
    recognised_by: str  # how detect_format knows it from the first bytes (documentation)
    parser: str
    settings: tuple[str, ...] = ()  # keyword settings the parser accepts (others are ignored or refused)

    def load_parser(self):
        module, function = self.parser.split(":")
        return getattr(importlib.import_module(f"{__name__}.{module}"), function)


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("pdf", (".pdf",), "%PDF- in the first 1024 bytes", "pdf:parse_pdf",
               ("engine", "password", "max_pages", "tables", "footnotes", "ocr", "ocr_dpi")),
        Format("docx", (".docx",), "a ZIP holding word/document.xml", "docx:parse_docx", ("zip_limits",)),
        Format("xlsx", (".xlsx", ".xlsm"), "a ZIP holding xl/workbook.xml", "xlsx:parse_xlsx",
               ("zip_limits", "max_cells")),
        Format("text", (".txt", ".text", ".csv", ".md"), "anything else that is not binary (UTF-8/16, GB18030)",
               "text:parse_text", ("max_bytes",)),
    )
}

#: suffix -> format name of every file a folder search picks up (the content still decides the parser)
SUFFIXES = {suffix: f.name for f in FORMATS.values() for suffix in f.suffixes}


#: common non-document files, refused by name rather than by the generic binary test
_BINARY_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x1f\x8b", "gzip archive"),
)


def detect_format(path: str | Path) -> str:
    """Return ``pdf``, ``docx``, ``xlsx`` or ``text`` from the file's first bytes."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(8192)
    except FileNotFoundError:
        raise FileNotFound(f"no such file: {path}", source=str(path)) from None
    except IsADirectoryError:
        raise UnsupportedFormat(f"{path} is a directory", source=str(path), hint="") from None
    if not head:
        raise EmptyDocument(f"{path.name} is empty (0 bytes)", source=str(path))
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _office_kind(path)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnsupportedFormat(
            f"{path.name} is a legacy Office (.doc/.xls) or encrypted Office file",
            source=str(path),
            hint="save it as .docx/.xlsx; if it has a password, remove it",
        )
    for magic, kind in _BINARY_MAGIC:
        if head.startswith(magic):
            raise UnsupportedFormat(f"{path.name} is a {kind} file, not a PDF, DOCX, XLSX or text file",
                                    source=str(path))
    if _looks_binary(head):
        raise UnsupportedFormat(f"{path.name} is not a PDF, DOCX, XLSX or text file", source=str(path))
    return "text"


def _office_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
    except safezip.READ_ERRORS as exc:  # e.g. a ZIP version Python cannot read (found by fuzzing)
        raise DamagedFile(f"{path.name} is a damaged ZIP/Office file: {exc}", source=str(path)) from None
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    raise UnsupportedFormat(f"{path.name} is a ZIP archive but not a DOCX or XLSX file", source=str(path))


def _looks_binary(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return False  # text with a byte-order mark (UTF-16/UTF-8)
    if b"\x00" in head:
        # UTF-16 without BOM has a NUL every other byte; anything else with NULs is binary
        # (in one byte parity only: zeros in both parities mean binary data)
        even, odd = head[0::2].count(0), head[1::2].count(0)
        more, less = max(even, odd), min(even, odd)
        return not (more > len(head) // 4 and less < more // 4)
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control > len(head) // 20


def parse_file(path: str | Path, **settings) -> Document:
    """Parse one file into a :class:`Document` (blocks only; clauses are added by :func:`extractor.parse`)."""
    parser = FORMATS[detect_format(path)].load_parser()
    return parser(Path(path), **settings)
