"""Tiny hand-written PDFs for tests: the object table and xref written once, here."""
from __future__ import annotations

PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"


def build_pdf(objects: list[bytes], trailer: bytes = b"") -> bytes:
    """A PDF whose object 1 is the catalog; ``trailer`` adds entries such as ``/Encrypt 4 0 R``."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer, xref)
    return bytes(out)


def catalog(kids: bytes = b"3 0 R", count: int = 1) -> list[bytes]:
    return [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count)]


def blank_pdf() -> bytes:
    """One page with no content at all."""
    return build_pdf([*catalog(), PAGE])


def encrypted_pdf() -> bytes:
    """One page behind a standard security handler that rejects the empty user password."""
    handler = b"<< /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32 + b"> /P -4 >>"
    return build_pdf([*catalog(), PAGE, handler], trailer=b"/Encrypt 4 0 R /ID [<%s> <%s>] " % (b"ab" * 16, b"ab" * 16))
