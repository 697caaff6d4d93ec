"""Hostile inputs for the resource-limit tests, written on demand (nothing large is committed).

    /work/venv/bin/python tests/data/make_hostile_files.py OUT_FOLDER

- ``zip-bomb.docx``: a real DOCX (from corpora/samples) with an extra 64 MB member of zeros
  that deflates to about 64 KB (ratio ~1000:1);
- ``billion-laughs.xlsx``: a real XLSX whose shared-strings part declares nested entities
  (ten levels of ten: 10^10 "lol"s if expanded);
- ``external-entity.docx``: a DOCX whose body declares an external entity (``file:///etc/passwd``);
- ``pages-2000.pdf``: a valid 2,000-page PDF (one short text line per page), ~250 KB;
- ``report\\..\\..\\..\\escape.txt``: a good text file whose name tries to climb out of a folder;
- ``flate-bomb.pdf``: a valid one-page PDF whose FlateDecode content stream inflates to 300 MB of
  zeros (~300 KB on disk);
- ``merge-bomb.xlsx``: a real XLSX whose first sheet holds one cell and ``<mergeCell ref="A1:XFD1048576"/>``;
- ``rows-1048576.xlsx``: a real XLSX whose first sheet has 1,048,576 rows of one cell each (~2 MB);
- ``big-cell.xlsx``: a real XLSX whose first sheet has one cell of 1 MB of text;
- ``big-text.txt``: 45 MB of plain text (sentences of a report, repeated);
- ``control-chars.txt``: a good text document with ``\\x01`` in its goal and an escape sequence in a line;
- ``control-chars.pdf``: a one-page PDF whose text holds ``\\x01``, NUL and an ANSI escape sequence.

Deterministic; each function writes one file and returns its path.
"""
from __future__ import annotations

import sys
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for pdfbytes when run as a script
from pdfbytes import build_pdf, catalog  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[2] / "corpora" / "samples"
DOCX_SAMPLE = SAMPLES / "contract-excerpt.docx"
XLSX_SAMPLE = SAMPLES / "road-elderly-indicators.xlsx"
TRAVERSAL_NAME = "report\\..\\..\\..\\escape.txt"  # backslashes are ordinary characters on Linux
BOMB_BYTES = 64 * 1024 * 1024
FLATE_BOMB_BYTES = 300 * 1024 * 1024
SHEET = "xl/worksheets/sheet1.xml"
SHEET_HEAD = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
REPORT_LINE = "项目绩效目标：完成道路改造12公里，群众满意度≥90%，资金执行率100%。\n"


def _copy_zip(source: Path, target: Path, replace: dict[str, bytes] | None = None, extra: dict[str, bytes] | None = None) -> Path:
    replace = replace or {}
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, replace.get(info.filename, src.read(info.filename)))
        for name, data in (extra or {}).items():
            dst.writestr(name, data)
    return target


def zip_bomb_docx(folder: Path) -> Path:
    target = folder / "zip-bomb.docx"
    with zipfile.ZipFile(DOCX_SAMPLE) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info.filename))
        member = zipfile.ZipInfo("word/media/image1.bin", date_time=(2024, 1, 1, 0, 0, 0))
        member.compress_type = zipfile.ZIP_DEFLATED
        with dst.open(member, "w") as fh:
            zeros = bytes(1024 * 1024)
            for _ in range(BOMB_BYTES // len(zeros)):
                fh.write(zeros)
    return target


def billion_laughs_xlsx(folder: Path) -> Path:
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, 10)
    ]
    payload = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<!DOCTYPE sst [{"".join(entities)}]>\n'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
        "<si><t>&lol9;</t></si></sst>"
    ).encode("utf-8")
    with zipfile.ZipFile(XLSX_SAMPLE) as src:
        names = src.namelist()
    part = "xl/sharedStrings.xml"
    if part in names:
        return _copy_zip(XLSX_SAMPLE, folder / "billion-laughs.xlsx", replace={part: payload})
    return _copy_zip(XLSX_SAMPLE, folder / "billion-laughs.xlsx", extra={part: payload})


def external_entity_docx(folder: Path) -> Path:
    with zipfile.ZipFile(DOCX_SAMPLE) as src:
        body = src.read("word/document.xml").decode("utf-8")
    head, rest = body.split("?>", 1) if body.startswith("<?xml") else ("", body)
    doctype = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    hostile = (head + "?>" if head else "") + doctype + rest.replace("</w:body>", "<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body>", 1)
    return _copy_zip(DOCX_SAMPLE, folder / "external-entity.docx", replace={"word/document.xml": hostile.encode("utf-8")})


def many_pages_pdf(folder: Path, pages: int = 2000) -> Path:
    """A valid PDF with ``pages`` pages sharing one font; page i shows ``第 i 页``-like ASCII text."""
    n_fixed = 3  # catalog, pages, font
    objects: list[bytes] = [b"", b"", b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for i in range(pages):
        page_id = n_fixed + 2 * i + 1
        content_id = page_id + 1
        kids.append(b"%d 0 R" % page_id)
        stream = b"BT /F1 12 Tf 72 720 Td (Page %d of a very long report) Tj ET" % (i + 1)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 3 0 R >> >> >>" % content_id)
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    objects[:2] = catalog(b" ".join(kids), pages)
    data = build_pdf(objects)
    target = folder / f"pages-{pages}.pdf"
    target.write_bytes(data)
    return target


def traversal_named_text(folder: Path) -> Path:
    target = folder / TRAVERSAL_NAME
    target.write_text("项目绩效目标：完成道路改造12公里，群众满意度≥90%。\n", encoding="utf-8")
    return target


def flate_bomb_pdf(folder: Path, inflated: int = FLATE_BOMB_BYTES) -> Path:
    """One page whose content stream is ``inflated`` zero bytes, Flate-compressed (~1000:1)."""
    packer = zlib.compressobj(9)
    zeros = bytes(1 << 20)
    stream = b"".join(packer.compress(zeros) for _ in range(inflated // len(zeros))) + packer.flush()
    objects = [b"", b"", b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R "
                b"/Resources << /Font << /F1 3 0 R >> >> >>"),
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(stream), stream)]
    objects[:2] = catalog(b"4 0 R", 1)
    target = folder / "flate-bomb.pdf"
    target.write_bytes(build_pdf(objects))
    return target


def _xlsx_with_sheet(target: Path, rows: "Iterator[str]", tail: str = "", dimension: str = "A1") -> Path:
    """The sample workbook with its first sheet replaced by ``rows`` (``<row>`` XML), streamed into the ZIP."""
    with zipfile.ZipFile(XLSX_SAMPLE) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != SHEET:
                dst.writestr(info.filename, src.read(info.filename))
        member = zipfile.ZipInfo(SHEET, date_time=(2024, 1, 1, 0, 0, 0))
        member.compress_type = zipfile.ZIP_DEFLATED
        with dst.open(member, "w", force_zip64=True) as fh:
            fh.write(f'{SHEET_HEAD}<dimension ref="{dimension}"/><sheetData>'.encode())
            batch: list[str] = []
            for row in rows:
                batch.append(row)
                if len(batch) >= 10_000:
                    fh.write("".join(batch).encode("utf-8"))
                    batch.clear()
            fh.write(("".join(batch) + "</sheetData>" + tail + "</worksheet>").encode("utf-8"))
    return target


def _text_row(row: int, text: str) -> str:
    return f'<row r="{row}"><c r="A{row}" t="inlineStr"><is><t>{text}</t></is></c></row>'


def merge_bomb_xlsx(folder: Path) -> Path:
    return _xlsx_with_sheet(folder / "merge-bomb.xlsx", iter([_text_row(1, "绩效目标")]),
                            tail='<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>')


def million_rows_xlsx(folder: Path, rows: int = 1_048_576) -> Path:
    cells = (f'<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>' for r in range(1, rows + 1))
    return _xlsx_with_sheet(folder / f"rows-{rows}.xlsx", cells, dimension=f"A1:A{rows}")


def big_cell_xlsx(folder: Path, size: int = 1 << 20) -> Path:
    text = (REPORT_LINE.strip() * (size // len(REPORT_LINE.encode("utf-8")) + 1))
    return _xlsx_with_sheet(folder / "big-cell.xlsx", iter([_text_row(1, text)]))


def big_text(folder: Path, size: int = 45 * 1024 * 1024) -> Path:
    target = folder / "big-text.txt"
    line = REPORT_LINE.encode("utf-8")
    block = line * (1024 * 1024 // len(line))
    with open(target, "wb") as fh:
        for _ in range(size // len(block) + 1):
            fh.write(block)
    return target


def control_chars_text(folder: Path) -> Path:
    """A good text document whose goal holds \\x01 and whose indicator line holds an ANSI escape sequence."""
    target = folder / "control-chars.txt"
    target.write_text("一、总体目标\n完成智慧城管系统\x01建设，验收合格率达到100%。\n"
                      "二、绩效指标\n群众满意度≥90%\x1b[31m，按期完成率100%。\n", encoding="utf-8")
    return target


def control_chars_pdf(folder: Path) -> Path:
    """A one-page PDF whose text holds \\x01, NUL and an ANSI escape sequence (PDFium passes \\x01 and ESC on)."""
    text = b"BT /F1 12 Tf 72 720 Td (Project goal \\001 done \\000 rate 100% \\033[31mred) Tj ET"
    objects = [b"", b"", b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R "
                b"/Resources << /Font << /F1 3 0 R >> >> >>"),
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text)]
    objects[:2] = catalog(b"4 0 R", 1)
    target = folder / "control-chars.pdf"
    target.write_bytes(build_pdf(objects))
    return target


ALL = (zip_bomb_docx, billion_laughs_xlsx, external_entity_docx, many_pages_pdf, traversal_named_text,
       flate_bomb_pdf, merge_bomb_xlsx, million_rows_xlsx, big_cell_xlsx, big_text, control_chars_text,
       control_chars_pdf)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    folder = Path(argv[0])
    folder.mkdir(parents=True, exist_ok=True)
    for make in ALL:
        print(make(folder))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
