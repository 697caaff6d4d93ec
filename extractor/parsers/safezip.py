"""Check an Office (DOCX/XLSX) ZIP container before python-docx or openpyxl opens it.

Office files are ZIP archives of XML parts, so a hostile file can be a ZIP bomb
(a tiny file that inflates to gigabytes) or an XML bomb (entity declarations that
expand exponentially, "billion laughs", or external entities). :func:`check_office_zip`
refuses both with :class:`~extractor.errors.UnsafeContent` using only the ZIP
directory and a streaming byte scan of the parts, never a full decompression into memory:

- more members than :attr:`ZipLimits.max_members`;
- a total declared uncompressed size above :attr:`ZipLimits.max_total_bytes`;
- a member larger than :attr:`ZipLimits.ratio_min_bytes` whose compression ratio exceeds
  :attr:`ZipLimits.max_ratio`;
- ``<!ENTITY`` or ``<!DOCTYPE`` anywhere in an XML part (Office never writes either).

Python's :mod:`zipfile` never inflates a member past its declared size, so checking the
declared sizes bounds what the parsers can be made to read. A file that is not a readable
ZIP raises :class:`~extractor.errors.DamagedFile`.
"""
from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from ..errors import DamagedFile, PasswordProtected, UnsafeContent

MB = 1024 * 1024

DEFAULT_MAX_TOTAL_BYTES = 200 * MB
DEFAULT_MAX_RATIO = 100.0
DEFAULT_RATIO_MIN_BYTES = 1 * MB
DEFAULT_MAX_MEMBERS = 10_000

_SCAN_CHUNK = 1 * MB
#: byte patterns that must not appear in an Office XML part (UTF-8 and UTF-16 spellings)
_FORBIDDEN: tuple[tuple[str, bytes], ...] = tuple(
    (name, marker.encode(encoding))
    for name, marker in (("an entity", "<!ENTITY"), ("a DOCTYPE", "<!DOCTYPE"))
    for encoding in ("utf-8", "utf-16-le", "utf-16-be")
)
_OVERLAP = max(len(p) for _, p in _FORBIDDEN)


@dataclass(frozen=True)
class ZipLimits:
    """Limits for one Office container; all must be positive."""

    max_total_bytes: int = DEFAULT_MAX_TOTAL_BYTES
    max_ratio: float = DEFAULT_MAX_RATIO
    ratio_min_bytes: int = DEFAULT_RATIO_MIN_BYTES
    max_members: int = DEFAULT_MAX_MEMBERS

    def __post_init__(self) -> None:
        for name in ("max_total_bytes", "max_ratio", "ratio_min_bytes", "max_members"):
            if getattr(self, name) <= 0:
                raise ValueError(f"ZipLimits.{name} must be positive, got {getattr(self, name)!r}")


# what zipfile raises on a damaged archive: truncated data, a bad compression stream, a compression method
# or ZIP version it does not know (NotImplementedError), beside BadZipFile itself
READ_ERRORS = (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, zlib.error)


def check_office_zip(path: str | Path, limits: ZipLimits | None = None) -> None:
    """Raise UnsafeContent / DamagedFile / PasswordProtected if ``path`` must not be parsed."""
    limits = limits or ZipLimits()
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            _check_directory(path, infos, limits)
            for info in infos:
                _scan_member(path, zf, info)
    except READ_ERRORS as exc:
        raise DamagedFile(f"{path.name} is a damaged ZIP/Office file: {exc}", source=str(path)) from None


def _check_directory(path: Path, infos: list[zipfile.ZipInfo], limits: ZipLimits) -> None:
    if len(infos) > limits.max_members:
        raise UnsafeContent(
            f"{path.name} has {len(infos)} ZIP members (limit {limits.max_members})", source=str(path)
        )
    total = sum(i.file_size for i in infos)
    if total > limits.max_total_bytes:
        raise UnsafeContent(
            f"{path.name} inflates to {total // MB} MB (limit {limits.max_total_bytes // MB} MB): possible ZIP bomb",
            source=str(path),
        )
    for info in infos:
        if not info.filename:  # a damaged central directory: zipfile itself fails on it (ZipInfo.is_dir)
            raise DamagedFile(f"{path.name} is a damaged ZIP/Office file: a member has no name", source=str(path))
        if info.flag_bits & 0x1:
            raise PasswordProtected(f"{path.name}: member {info.filename} is encrypted", source=str(path))
        if info.file_size > limits.ratio_min_bytes:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > limits.max_ratio:
                raise UnsafeContent(
                    f"{path.name}: member {info.filename} has compression ratio {ratio:.0f}:1 "
                    f"(limit {limits.max_ratio:.0f}:1): possible ZIP bomb",
                    source=str(path),
                )


def _scan_member(path: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Stream one member; refuse entity or DOCTYPE declarations in XML parts."""
    if info.is_dir():
        return
    with zf.open(info) as fh:
        head = fh.read(_SCAN_CHUNK)
        if not _looks_like_xml(head):
            return
        tail = b""
        chunk = head
        while chunk:
            window = tail + chunk
            for kind, pattern in _FORBIDDEN:
                if pattern in window:
                    raise UnsafeContent(
                        f"{path.name}: XML part {info.filename} declares {kind} (XML bomb / external entity risk)",
                        source=str(path),
                    )
            tail = window[-_OVERLAP:]
            chunk = fh.read(_SCAN_CHUNK)


def _looks_like_xml(head: bytes) -> bool:
    body = head.lstrip(b"\xef\xbb\xbf\xff\xfe\r\n\t ")
    body = body.replace(b"\x00", b"")[:16]
    return body.startswith(b"<")
