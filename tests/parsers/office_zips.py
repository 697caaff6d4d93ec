"""Office files rebuilt part by part for the parser tests: a copy of a DOCX/XLSX with one ZIP member replaced or
filled with zeros."""
from __future__ import annotations

import zipfile
from pathlib import Path

from extractor.parsers.safezip import MB


def with_member(src: Path, dst: Path, name: str, *, data: bytes | None = None, zeros: int = 0) -> Path:
    """``dst``: a copy of ``src`` whose member ``name`` holds ``data``, or ``zeros`` zero bytes when ``data`` is None."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zout:
        for item in zin.infolist():
            if item.filename != name:
                zout.writestr(item, zin.read(item.filename))
        if data is not None:
            zout.writestr(name, data)
        else:
            chunk = b"\0" * MB
            with zout.open(name, "w", force_zip64=True) as fh:
                for _ in range(zeros // MB):
                    fh.write(chunk)
    return dst
