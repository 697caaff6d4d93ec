"""The format is decided by content, not by the file name (extractor/parsers/__init__.py)."""
from __future__ import annotations

import pytest

from extractor import parse
from extractor.errors import EmptyDocument, UnsupportedFormat
from extractor.parsers import detect_format

import docx  # noqa: E402
import openpyxl  # noqa: E402

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89" + bytes(64)
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)


def _minimal_pdf() -> bytes:
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def test_pdf_renamed_docx_is_read_as_pdf(tmp_path):
    path = tmp_path / "report.docx"
    path.write_bytes(_minimal_pdf())
    assert detect_format(path) == "pdf"


def test_docx_renamed_pdf_is_read_as_docx(tmp_path):
    d = docx.Document()
    d.add_paragraph("一、项目概况")
    path = tmp_path / "renamed.pdf"
    d.save(str(path))
    assert detect_format(path) == "docx"
    doc = parse(path)
    assert doc.format == "docx" and doc.blocks[0].text == "一、项目概况"


def test_xlsx_renamed_txt_is_read_as_xlsx(tmp_path):
    wb = openpyxl.Workbook()
    wb.active["A1"] = "指标"
    path = tmp_path / "table.txt"
    wb.save(str(path))
    assert detect_format(path) == "xlsx"


def test_text_with_any_suffix_is_text(tmp_path):
    path = tmp_path / "plan.dat"
    path.write_bytes("一、总体目标\n".encode("gbk"))
    assert detect_format(path) == "text"
    u16 = tmp_path / "u16.bin"
    u16.write_bytes("一、总体目标 target 2023\n".encode("utf-16-le"))
    assert detect_format(u16) == "text"


def test_png_renamed_pdf_is_unsupported(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(PNG)
    with pytest.raises(UnsupportedFormat):
        parse(path)


def test_zero_bytes_is_empty_document(tmp_path):
    path = tmp_path / "empty.docx"
    path.write_bytes(b"")
    with pytest.raises(EmptyDocument):
        parse(path)


def test_legacy_doc_is_unsupported_with_a_hint(tmp_path):
    path = tmp_path / "old.doc"
    path.write_bytes(OLE)
    with pytest.raises(UnsupportedFormat) as info:
        parse(path)
    assert "legacy" in info.value.message and ".docx" in info.value.hint


def test_zip_that_is_not_office_is_unsupported(tmp_path):
    import zipfile

    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("readme.txt", "hello")
    with pytest.raises(UnsupportedFormat):
        parse(path)


def test_zip_asking_for_an_unknown_zip_version_is_damaged(tmp_path):
    # found by the slow fuzz run: zipfile raises NotImplementedError for a central directory entry whose
    # "version needed to extract" is above what Python reads (here 8.4)
    import struct
    import zipfile

    from extractor.errors import DamagedFile

    path = tmp_path / "form.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    data = bytearray(path.read_bytes())
    entry = data.index(b"PK\x01\x02")
    data[entry + 6:entry + 8] = struct.pack("<H", 84)
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedFile):
        parse(path)


def test_missing_file_is_a_typed_error(tmp_path):
    from extractor.errors import FileNotFound

    with pytest.raises(FileNotFound) as caught:
        parse(tmp_path / "nope.pdf")
    assert caught.value.code == "file_not_found"
