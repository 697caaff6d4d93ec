"""Write the broken and awkward input files in tests/data/bad/ (each < 100 KB).

    /work/venv/bin/python tests/data/make_bad_files.py

Deterministic (fixed seeds). ``expected.json`` beside the files names the error code
(ARCHITECTURE.md, "Errors") the parser should report for each one. Needs Pillow (image files) and
python-docx (empty.docx); truncated.pdf is cut from corpora/samples/contract-excerpt.pdf.
The encrypted PDF is written by hand with the PDF standard security handler
(RC4, 40-bit, revision 2; user password "jixiao") so no encryption tool is needed.
"""
from __future__ import annotations

import hashlib
import io
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BAD = HERE / "bad"
SAMPLES = HERE.parent.parent / "corpora" / "samples"
CJK_FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")

EXPECTED = {
    "image-only.pdf": "no_text_layer",
    "truncated.pdf": "damaged_file",
    "encrypted.pdf": "password_protected",
    "empty.docx": "empty_document",
    "zero.pdf": "empty_document",
    "garbage.docx": "damaged_file",
    "png-named.pdf": "unsupported_format",
    "legacy.doc": "unsupported_format",
    "gbk-unknown.txt": "encoding_unknown",
}
ENCRYPTED_PASSWORD = "jixiao"


# --------------------------------------------------------------------------- images


def _page_image():
    """A grey 'scanned' A4 page at 60 dpi with a few lines of Chinese drawn as pixels."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (496, 702), 250)
    draw = ImageDraw.Draw(image)
    try:
        title = ImageFont.truetype(str(CJK_FONT), 20)
        body = ImageFont.truetype(str(CJK_FONT), 12)
    except OSError:
        title = body = ImageFont.load_default()
    draw.text((150, 60), "项目支出绩效自评表", fill=20, font=title)
    lines = ["项目名称：智慧城管二期", "主管部门：江州市城市管理局", "年度资金总额：500.00万元",
             "全年执行数：486.25万元", "执行率：97.25%"]
    for i, line in enumerate(lines):
        draw.text((60, 130 + 26 * i), line, fill=30, font=body)
    for y in range(290, 620, 22):  # a ruled table
        draw.line((60, y, 436, y), fill=60)
    for x in (60, 160, 260, 360, 436):
        draw.line((x, 290, x, 608), fill=60)
    return image


def image_only_pdf() -> bytes:
    buf = io.BytesIO()
    _page_image().save(buf, format="PDF", resolution=60.0, quality=60)
    return buf.getvalue()


def png_bytes() -> bytes:
    buf = io.BytesIO()
    _page_image().resize((248, 351)).save(buf, format="PNG", optimize=True)
    return buf.getvalue()


# --------------------------------------------------------------------------- encrypted PDF

_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out, i, j = bytearray(), 0, 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def encrypted_pdf(user_password: str = ENCRYPTED_PASSWORD, owner_password: str = "jixiao-owner") -> bytes:
    """One-page PDF with text, encrypted with RC4-40 (Standard handler, V1 R2)."""
    file_id = hashlib.md5(b"jixiao-encrypted-sample").digest()
    permissions = -44  # print/copy allowed bits as usual; value only matters for the key
    padded_user = (user_password.encode("latin-1") + _PAD)[:32]
    padded_owner = (owner_password.encode("latin-1") + _PAD)[:32]
    owner_key = hashlib.md5(padded_owner).digest()[:5]
    o_entry = _rc4(owner_key, padded_user)
    key = hashlib.md5(padded_user + o_entry + permissions.to_bytes(4, "little", signed=True) + file_id).digest()[:5]
    u_entry = _rc4(key, _PAD)

    def obj_key(num: int) -> bytes:
        return hashlib.md5(key + num.to_bytes(3, "little") + (0).to_bytes(2, "little")).digest()[:10]

    content = b"BT /F1 18 Tf 72 720 Td (Encrypted sample: password required) Tj ET"
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        4: None,  # stream, filled below
        5: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        6: b"<< /Filter /Standard /V 1 /R 2 /O <" + o_entry.hex().encode() + b"> /U <" + u_entry.hex().encode()
           + b"> /P " + str(permissions).encode() + b" >>",
    }
    stream = _rc4(obj_key(4), content)
    objects[4] = b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num in sorted(objects):
        offsets[num] = len(out)
        out += f"{num} 0 obj\n".encode() + objects[num] + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n".encode() + b"0000000000 65535 f \n"
    for num in sorted(objects):
        out += f"{offsets[num]:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Encrypt 6 0 R /ID [<{file_id.hex()}> <{file_id.hex()}>] >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


# --------------------------------------------------------------------------- other files


def empty_docx() -> bytes:
    from docx import Document

    doc = Document()
    for paragraph in list(doc.paragraphs):
        paragraph._element.getparent().remove(paragraph._element)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def garbage_docx() -> bytes:
    """A ZIP signature followed by noise: what a docx cut off in transfer looks like."""
    rng = random.Random(20240318)
    return b"PK\x03\x04" + bytes(rng.randrange(256) for _ in range(4096))


def legacy_doc() -> bytes:
    """The 512-byte header of an OLE compound file (Word 97-2003 .doc), zero padded."""
    header = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(16) + bytes.fromhex("3E000300FEFF0900")
    return header + bytes(512 - len(header)) + b"\xff" * 512


def unknown_encoding_text() -> bytes:
    """High bytes that are valid neither as UTF-8 nor as GBK/GB18030 (0x80 and 0xFF never are),
    with spaces and newlines so the file does not look binary."""
    rng = random.Random(7)
    out = bytearray()
    for i in range(1200):
        out.append(rng.choice((0x80, 0xFF, 0x80, 0xFF, rng.randrange(0xA1, 0xFF))))
        if i % 9 == 8:
            out += b" "
        if i % 60 == 59:
            out += b"\r\n"
    return bytes(out)


def truncated_pdf() -> bytes:
    data = (SAMPLES / "contract-excerpt.pdf").read_bytes()
    return data[: len(data) // 2]


def main() -> int:
    BAD.mkdir(parents=True, exist_ok=True)
    files = {
        "image-only.pdf": image_only_pdf(),
        "truncated.pdf": truncated_pdf(),
        "encrypted.pdf": encrypted_pdf(),
        "empty.docx": empty_docx(),
        "zero.pdf": b"",
        "garbage.docx": garbage_docx(),
        "png-named.pdf": png_bytes(),
        "legacy.doc": legacy_doc(),
        "gbk-unknown.txt": unknown_encoding_text(),
    }
    assert set(files) == set(EXPECTED)
    for name, data in files.items():
        assert len(data) < 100_000, (name, len(data))
        (BAD / name).write_bytes(data)
    (BAD / "expected.json").write_text(
        json.dumps({"password": {"encrypted.pdf": ENCRYPTED_PASSWORD}, "errors": EXPECTED}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8")
    for name in sorted(files):
        print(f"{name:18} {len(files[name]):7d} bytes -> {EXPECTED[name]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
