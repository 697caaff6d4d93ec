"""How far the Flate streams of a PDF inflate, measured before PDFium or pdfminer decode them.

A PDF of a few megabytes can hold a FlateDecode stream that inflates to gigabytes (zeros compress
about 1000:1); both PDFium and pdfminer inflate a content stream completely into memory when they
read a page. :func:`check_streams` finds every ``stream … endstream`` body in the raw file (no PDF
parsing, so a damaged cross-reference table does not hide one), and inflates each that starts with
a zlib header in bounded steps, discarding the output: a stream whose inflated size passes
``max_stream_bytes`` raises :class:`~extractor.errors.TooLarge` at that point, after at most that
many bytes of work. Streams that are not zlib data (images in DCT/JPX, encrypted streams) are left
alone; the address-space limit of the batch child is the backstop for what this does not see.
"""
from __future__ import annotations

import mmap
import re
import zlib
from pathlib import Path

from ..errors import TooLarge

MB = 1024 * 1024
DEFAULT_MAX_STREAM_BYTES = 256 * MB  # a 600 dpi A4 page as an RGB image is ~100 MB

_STREAM = re.compile(rb"(?<!end)stream(?:\r\n|\n|\r)")
_END = b"endstream"
_STEP = 4 * MB  # inflated bytes produced per call


def check_streams(path: str | Path, max_stream_bytes: int = DEFAULT_MAX_STREAM_BYTES) -> None:
    """Raise TooLarge when a Flate stream of the PDF at ``path`` inflates beyond ``max_stream_bytes``."""
    path = Path(path)
    with open(path, "rb") as fh:
        try:
            data = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        except ValueError:  # an empty file: nothing to check
            return
        with data:
            for match in _STREAM.finditer(data):
                start = match.end()
                end = data.find(_END, start)
                end = len(data) if end < 0 else end
                if _looks_like_zlib(data[start:start + 2]):
                    inflated = _inflated_size(data, start, end, max_stream_bytes)
                    if inflated > max_stream_bytes:
                        raise TooLarge(f"{path.name}: a compressed stream at byte {start} inflates to more than "
                                       f"{max_stream_bytes // MB} MB (possible decompression bomb)", source=str(path))


def _looks_like_zlib(head: bytes) -> bool:
    return len(head) == 2 and head[0] & 0x0F == 8 and head[0] >> 4 <= 7 and (head[0] << 8 | head[1]) % 31 == 0


def _inflated_size(data, start: int, end: int, limit: int) -> int:
    """Bytes the zlib stream in ``data[start:end]`` inflates to, counting stops just past ``limit``."""
    inflater = zlib.decompressobj()
    total = 0
    position = start
    pending = b""
    try:
        while total <= limit:
            if not pending:
                if position >= end:
                    break
                pending = data[position:min(end, position + _STEP)]
                position += len(pending)
            out = inflater.decompress(pending, _STEP)
            total += len(out)
            pending = inflater.unconsumed_tail
            if inflater.eof:
                break
            if not out and not pending and position >= end:
                break
    except zlib.error:
        pass  # damaged or not Flate after all: the parser decides what it is
    return total
