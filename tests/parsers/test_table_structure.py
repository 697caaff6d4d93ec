"""Table blocks keep the merged cells (``spans``) and the marked header rows (``header_rows``) the parsers
read from each format, and :meth:`Block.cells` is the one normalised view of their cells."""
from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from extractor import parse
from extractor.document import Block, CellSpan, Document, Provenance, spans_from_owners
from extractor.parsers.docx import parse_docx
from extractor.parsers.pdf import parse_pdf
from extractor.parsers.xlsx import parse_xlsx

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parent.parent / "corpora" / "samples"
REPORT_PDF = HERE.parent / "data" / "pdf" / "report-fodt.pdf"


def _indicator_sheet(ws, title_rows: str | None = None) -> None:
    """A form title, an indicator header and rows with 一级/二级 merged down and a 合计 row merged across."""
    ws["A1"] = "项目支出绩效目标申报表"
    ws.merge_cells("A1:D1")
    ws.append(["一级指标", "二级指标", "三级指标", "指标值"])
    ws.append(["产出指标", "数量指标", "监控点位数", "≥120个"])
    ws.append([None, None, "培训人次", "≥500人次"])
    ws.append([None, "质量指标", "系统可用率", "≥99%"])
    ws.append(["合计", None, None, "100"])
    ws.merge_cells("A3:A5")
    ws.merge_cells("B3:B4")
    ws.merge_cells("A6:C6")
    if title_rows:
        ws.print_title_rows = title_rows


def test_xlsx_merged_ranges_become_spans_in_block_coordinates(tmp_path):
    wb = openpyxl.Workbook()
    _indicator_sheet(wb.active)
    path = tmp_path / "t.xlsx"
    wb.save(str(path))
    table = parse_xlsx(path).tables()[0]
    assert table.provenance.cells == "A2:D6"  # the title row above is a paragraph: row 0 is sheet row 2
    assert table.spans == [CellSpan(1, 0, 3, 1), CellSpan(1, 1, 2, 1), CellSpan(4, 0, 1, 3)]
    assert table.header_rows is None  # nothing marks a header row in this sheet


def test_xlsx_print_title_rows_are_the_header_rows(tmp_path):
    wb = openpyxl.Workbook()
    _indicator_sheet(wb.active, title_rows="2:2")
    path = tmp_path / "t.xlsx"
    wb.save(str(path))
    table = parse_xlsx(path).tables()[0]
    assert table.header_rows == [0]
    assert table.rows[0] == ["一级指标", "二级指标", "三级指标", "指标值"]


def _word_table(tmp_path: Path, header: bool) -> Path:
    d = docx.Document()
    t = d.add_table(rows=4, cols=4)
    for r in range(4):
        for c in range(4):
            t.cell(r, c).text = f"r{r}c{c}"
    t.cell(0, 1).merge(t.cell(0, 3)).text = "跨列"  # gridSpan 3
    t.cell(1, 0).merge(t.cell(3, 0)).text = "产出指标"  # vMerge over 3 rows
    t.cell(2, 2).merge(t.cell(3, 3)).text = "块"  # 2x2
    if header:
        t.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")} w:val="true"/>'))
    path = tmp_path / "t.docx"
    d.save(str(path))
    return path


def test_docx_grid_span_and_vmerge_become_spans(tmp_path):
    table = parse_docx(_word_table(tmp_path, header=False)).tables()[0]
    assert table.spans == [CellSpan(0, 1, 1, 3), CellSpan(1, 0, 3, 1), CellSpan(2, 2, 2, 2)]
    assert table.header_rows is None


def test_docx_repeated_header_row_is_a_header_row(tmp_path):
    table = parse_docx(_word_table(tmp_path, header=True)).tables()[0]
    assert table.header_rows == [0]


def test_pdf_spans_from_cell_geometry_and_header_repeated_after_page_break():
    doc = parse_pdf(REPORT_PDF)
    indicators, scores = doc.tables()
    assert indicators.spans == [CellSpan(1, 0, 3, 1), CellSpan(1, 1, 2, 1), CellSpan(5, 0, 1, 3)]
    assert indicators.header_rows is None
    assert scores.page == 2 and scores.rows[0] == ["序号", "指标名称", "得分"]
    assert scores.header_rows == [0]  # 序号 | 指标名称 | 得分 repeated on the next page, dropped there
    assert sum(1 for r in scores.rows if r[0] == "序号") == 1


@pytest.mark.parametrize("name", ["edu-101-targets", "report-excerpt", "zhcg-self-assessment"])
def test_word_file_and_its_pdf_export_give_the_same_spans_and_header_rows(name):
    """The samples are written once as DOCX and exported to PDF (tables repeated over page breaks): the
    DOCX spans come from gridSpan/vMerge, the PDF ones from ruled cell geometry and stitching."""
    from_word = parse(SAMPLES / f"{name}.docx").tables()
    from_pdf = parse(SAMPLES / f"{name}.pdf").tables()
    assert [t.rows for t in from_word] == [t.rows for t in from_pdf]
    assert [t.spans for t in from_word] == [t.spans for t in from_pdf]
    assert [t.header_rows for t in from_word] == [t.header_rows for t in from_pdf]
    assert any(t.spans for t in from_word)


SAMPLE_TABLE_FILES = sorted(p for p in SAMPLES.rglob("*") if p.suffix in (".pdf", ".docx", ".xlsx"))


@pytest.mark.parametrize("path", SAMPLE_TABLE_FILES, ids=lambda p: p.name)
def test_every_span_lies_in_its_grid_and_is_filled_with_one_text(path):
    for table in parse(path).tables():
        assert table.spans is not None
        for span in table.spans:
            assert span.rowspan * span.colspan > 1
            assert span.row + span.rowspan <= len(table.rows)
            assert all(span.col + span.colspan <= len(table.rows[r]) for r in range(span.row, span.row + span.rowspan))
            texts = {table.rows[r][c] for r in range(span.row, span.row + span.rowspan)
                     for c in range(span.col, span.col + span.colspan)}
            assert len(texts) == 1, (table.ref, span, texts)
        assert all(0 <= i < len(table.rows) for i in table.header_rows or ())


def test_spans_and_header_rows_are_added_to_the_json_and_read_back():
    doc = parse(SAMPLES / "road-elderly-indicators.xlsx")
    data = doc.to_dict()
    table = next(b for b in data["blocks"] if b["kind"] == "table" and b.get("header_rows"))
    assert table["header_rows"] == [0]
    assert table["spans"][0] == {"row": 1, "col": 0, "rowspan": 16, "colspan": 1}
    assert {"ref", "kind", "text", "page", "rows", "provenance"} <= set(table)  # nothing renamed
    assert Document.from_dict(data).to_dict() == data
    for block in data["blocks"]:  # a reader of the old JSON (no spans, no header rows) still loads it
        block.pop("spans", None)
        block.pop("header_rows", None)
    old = Document.from_dict(data)
    assert all(t.spans is None and t.header_rows is None for t in old.tables())
    assert [t.rows for t in old.tables()] == [t.rows for t in doc.tables()]


def test_spans_from_owners_takes_each_cell_once_from_its_top_left_place():
    owners = [["a", "b", "b"],
              ["c", "b", "b"],
              ["c", None, "d"]]
    assert spans_from_owners(owners) == [CellSpan(0, 1, 2, 2), CellSpan(1, 0, 2, 1)]
    assert spans_from_owners([["a", "b"], ["c", "d"]]) == []


# -- the accessor ------------------------------------------------------------------------------------


def _table(rows: list[list[str]]) -> Block:
    return Block(ref="#/blocks/0", kind="table", text="", provenance=Provenance(file="t"), rows=rows)


def test_cells_join_wrapped_lines_and_keep_spaces_between_ascii_words():
    table = _table([["预算\n80,692.06 万元", "Word  2019\u3000版", "  "]])
    assert table.cells() == [["预算80,692.06万元", "Word 2019版", ""]]
    assert table.rows == [["预算\n80,692.06 万元", "Word  2019\u3000版", "  "]]  # the block is not changed


def test_compact_cells_fold_full_width_and_drop_all_whitespace():
    table = _table([["指标值\n（年度）", "２０２３ 年", "≥ ９５％"]])
    assert table.cells(compact=True) == [["指标值(年度)", "2023年", "≥95%"]]


def test_cells_of_a_docx_table_have_merged_cells_filled(tmp_path):
    d = docx.Document()
    t = d.add_table(rows=2, cols=3)
    t.cell(0, 0).merge(t.cell(1, 0)).text = "产出\n指标"
    for c, text in ((1, "三级 指标"), (2, "指标值")):
        t.cell(0, c).text = text
    t.cell(1, 1).text = "接入视频路数"
    t.cell(1, 2).text = "≥ 500 路"
    path = tmp_path / "t.docx"
    d.save(str(path))
    table = parse_docx(path).tables()[0]
    assert table.cells() == [["产出指标", "三级指标", "指标值"], ["产出指标", "接入视频路数", "≥500路"]]  # ≥ is not ASCII
    assert table.spans == [CellSpan(0, 0, 2, 1)]


def test_cells_of_a_block_that_is_not_a_table_is_empty():
    paragraph = Block(ref="#/blocks/0", kind="paragraph", text="正文", provenance=Provenance(file="t"))
    assert paragraph.cells() == [] and paragraph.cells(compact=True) == []
