"""Office containers are checked before python-docx/openpyxl open them: ZIP bombs, XML bombs, damage."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

import docx  # noqa: E402
import openpyxl  # noqa: E402

from extractor import parse  # noqa: E402
from extractor.errors import DamagedFile, UnsafeContent  # noqa: E402
from extractor.parsers.safezip import MB, ZipLimits, check_office_zip  # noqa: E402
from tests.parsers.office_zips import with_member  # noqa: E402

BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">' for i in range(1, 10))
    + ']>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
    "<si><t>&lol9;</t></si></sst>"
)


def _docx(tmp_path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("正文。")
    path = tmp_path / "ok.docx"
    d.save(str(path))
    return path


def _xlsx(tmp_path: Path) -> Path:
    wb = openpyxl.Workbook()
    wb.active["A1"] = "指标"
    path = tmp_path / "ok.xlsx"
    wb.save(str(path))
    return path


def test_plain_docx_and_xlsx_pass(tmp_path):
    check_office_zip(_docx(tmp_path))
    check_office_zip(_xlsx(tmp_path))


def test_zip_bomb_total_size_is_unsafe(tmp_path):
    bomb = with_member(_docx(tmp_path), tmp_path / "bomb.docx", "word/media/image1.png", zeros=300 * MB)
    assert bomb.stat().st_size < 3 * MB
    with pytest.raises(UnsafeContent, match="ZIP bomb"):
        parse(bomb)


def test_member_with_extreme_compression_ratio_is_unsafe(tmp_path):
    bomb = with_member(_xlsx(tmp_path), tmp_path / "ratio.xlsx", "xl/media/blob.bin", zeros=8 * MB)
    with pytest.raises(UnsafeContent, match="compression ratio"):
        parse(bomb)


def test_small_highly_compressible_member_is_fine(tmp_path):
    path = with_member(_docx(tmp_path), tmp_path / "small.docx", "word/media/pad.bin", data=b"\0" * 500_000)
    check_office_zip(path)


def test_billion_laughs_in_an_xlsx_part_is_unsafe(tmp_path):
    bomb = with_member(_xlsx(tmp_path), tmp_path / "lol.xlsx", "xl/sharedStrings.xml", data=BILLION_LAUGHS.encode())
    with pytest.raises(UnsafeContent, match="entity"):
        parse(bomb)


def test_external_entity_in_docx_is_unsafe(tmp_path):
    src = _docx(tmp_path)
    with zipfile.ZipFile(src) as z:
        body = z.read("word/document.xml").decode()
    decl_end = body.index("?>") + 2
    body = body[:decl_end] + '<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>' + body[decl_end:]
    body = body.replace("正文。", "&x;")
    bad = with_member(src, tmp_path / "xxe.docx", "word/document.xml", data=body.encode())
    with pytest.raises(UnsafeContent):
        parse(bad)


def test_too_many_members_is_unsafe(tmp_path):
    with pytest.raises(UnsafeContent, match="members"):
        check_office_zip(_docx(tmp_path), ZipLimits(max_members=3))


def test_corrupt_member_data_is_damaged(tmp_path):
    src = _docx(tmp_path)
    raw = bytearray(src.read_bytes())
    with zipfile.ZipFile(src) as z:
        info = z.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(start + 10, start + 40):
        raw[i] ^= 0xFF
    bad = tmp_path / "corrupt.docx"
    bad.write_bytes(bytes(raw))
    with pytest.raises(DamagedFile):
        parse(bad)


def test_limits_must_be_positive():
    with pytest.raises(ValueError):
        ZipLimits(max_ratio=0)


def test_unknown_compression_method_is_damaged_file(tmp_path):
    """Found by fuzzing: a byte flip in the method field made zipfile raise NotImplementedError."""
    import zipfile

    from extractor.errors import DamagedFile
    from extractor.parsers.safezip import check_office_zip

    path = tmp_path / "odd.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
    data = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):  # local and central headers
        at = data.index(signature) + offset
        data[at:at + 2] = (99).to_bytes(2, "little")
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedFile):
        check_office_zip(path)


def test_member_with_no_name_is_damaged(tmp_path):
    # found by the parser fuzzer: a flipped byte of the central directory leaves a member without a name, on which
    # zipfile's own ZipInfo.is_dir raises IndexError
    path = tmp_path / "no-name.xlsx"
    book = openpyxl.Workbook()
    book.active["A1"] = "绩效目标表"
    book.save(path)
    with zipfile.ZipFile(path, "a") as zf:
        member = zipfile.ZipInfo("x")
        member.filename = ""
        zf.writestr(member, "abc")
    with pytest.raises(DamagedFile, match="no name"):
        check_office_zip(path)
    with pytest.raises(DamagedFile):
        parse(path)
