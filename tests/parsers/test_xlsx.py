"""XLSX parser: merged ranges filled, displayed number formats, cached formula values, fields, splitting."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import openpyxl  # noqa: E402

from extractor.errors import EmptyDocument  # noqa: E402
from extractor.parsers.xlsx import find_field_pairs, format_cell, parse_xlsx  # noqa: E402
from tests.parsers.office_zips import with_member  # noqa: E402


def _save(wb, tmp_path: Path, name: str = "t.xlsx") -> Path:
    path = tmp_path / name
    wb.save(str(path))
    return path


def _form(tmp_path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "申报表"
    ws["A1"] = "项目支出绩效目标申报表"
    ws.merge_cells("A1:F1")
    ws.append(["项目名称", "智慧城管二期", None, "主管部门", "市城管局", None])
    ws.merge_cells("B2:C2")
    ws.merge_cells("E2:F2")
    ws.append([])
    ws.append(["一级指标", "二级指标", "三级指标", "指标值", "权重", "完成率"])
    ws.append(["产出指标", "数量指标", "接入视频路数", "≥500路", 10, 0.95])
    ws.append([None, None, "新增应用系统", "≥3个", 10, 1])
    ws.append([None, "质量指标", "系统可用率", "≥99%", 20, 0.9912])
    ws.merge_cells("A5:A7")
    ws.merge_cells("B5:B6")
    for row in (5, 6, 7):
        ws.cell(row, 6).number_format = "0%" if row != 7 else "0.00%"
    return _save(wb, tmp_path)


def test_merged_ranges_are_filled_down_and_across(tmp_path):
    doc = parse_xlsx(_form(tmp_path))
    table = doc.tables()[-1]
    assert table.rows[1][:3] == ["产出指标", "数量指标", "接入视频路数"]
    assert table.rows[2][:2] == ["产出指标", "数量指标"]
    assert table.rows[3][:2] == ["产出指标", "质量指标"]
    assert table.provenance.sheet == "申报表"
    assert table.provenance.cells == "A4:F7"


def test_percent_formats_render_as_shown(tmp_path):
    doc = parse_xlsx(_form(tmp_path))
    assert [r[5] for r in doc.tables()[-1].rows[1:]] == ["95%", "100%", "99.12%"]
    assert [r[4] for r in doc.tables()[-1].rows[1:]] == ["10", "10", "20"]


def test_form_header_becomes_fields_and_title_a_paragraph(tmp_path):
    doc = parse_xlsx(_form(tmp_path))
    assert (doc.blocks[0].kind, doc.blocks[0].text) == ("paragraph", "项目支出绩效目标申报表")
    fields = [(b.label, b.value, b.provenance.cells) for b in doc.blocks if b.kind == "field"]
    assert fields == [("项目名称", "智慧城管二期", "A2:F2"), ("主管部门", "市城管局", "A2:F2")]
    # the form row stays in its grid too; the fields come just before it
    assert [b.kind for b in doc.blocks] == ["paragraph", "field", "field", "table", "table"]
    assert doc.tables()[0].rows == [["项目名称", "智慧城管二期", "智慧城管二期", "主管部门", "市城管局", "市城管局"]]


def test_sheet_splits_into_tables_at_empty_rows_and_each_sheet_is_read(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["指标", "值"])
    ws.append(["甲", 1])
    ws.append([])
    ws.append([])
    ws.append(["指标", "目标值"])
    ws.append(["乙", 2])
    ws2 = wb.create_sheet("第二页")
    ws2["C3"] = "丙"
    ws2["D3"] = "丁"
    doc = parse_xlsx(_save(wb, tmp_path))
    assert [t.rows for t in doc.tables()] == [[["指标", "值"], ["甲", "1"]], [["指标", "目标值"], ["乙", "2"]],
                                               [["丙", "丁"]]]
    assert [t.provenance.cells for t in doc.tables()] == ["A1:B2", "A5:B6", "C3:D3"]
    assert doc.tables()[2].provenance.sheet == "第二页"
    assert doc.pages == 2


def test_formulas_give_cached_values_not_formula_text(tmp_path):
    # openpyxl cannot calculate, so write the cached value into the XML the way Excel does
    import zipfile

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["预算数", "执行数", "执行率"])
    ws.append([100, 96, "=B2/A2"])
    path = _save(wb, tmp_path, "formula.xlsx")
    with zipfile.ZipFile(path) as zin:
        parts = {n: zin.read(n) for n in zin.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    assert "<f>B2/A2</f><v></v>" in sheet or "<f>B2/A2</f><v />" in sheet
    sheet = sheet.replace("<f>B2/A2</f><v></v>", "<f>B2/A2</f><v>0.96</v>").replace("<f>B2/A2</f><v />", "<f>B2/A2</f><v>0.96</v>")
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w") as zout:
        for name, data in parts.items():
            zout.writestr(name, data)
    doc = parse_xlsx(path)
    assert doc.tables()[0].rows[1] == ["100", "96", "0.96"]


@pytest.mark.parametrize(
    "value, fmt, shown",
    [
        (0.95, "0%", "95%"),
        (0.9567, "0.0%", "95.7%"),
        (1234.5, "#,##0.00", "1,234.50"),
        (1234.5, "0", "1235"),
        (-3.5, "0.00;(0.00)", "(3.50)"),
        (12.5, '"¥"#,##0.00', "¥12.50"),
        (3.0, "General", "3"),
        (0.1 + 0.2, "General", "0.3"),
        (2.5, "0.00_ ", "2.50"),
        (dt.datetime(2023, 6, 30), "yyyy-mm-dd", "2023-06-30"),
        ("  多行\n 文本 ", "General", "多行\n文本"),
        (True, "General", "TRUE"),
    ],
)
def test_format_cell(value, fmt, shown):
    assert format_cell(value, fmt) == shown


def test_field_pairs_need_labels_and_values():
    assert [(p.label, p.value) for p in find_field_pairs(["项目名称", "智慧城管二期", "主管部门", "市城管局"])] == [
        ("项目名称", "智慧城管二期"), ("主管部门", "市城管局")]
    assert find_field_pairs(["一级指标", "二级指标", "三级指标", "指标值"]) == []
    assert find_field_pairs(["项目名称", "主管部门"]) == []  # two labels, no value
    assert [(p.label, p.value) for p in find_field_pairs(["项目资金（万元）", "年度资金总额", "1000"])] == [
        ("年度资金总额", "1000")]


def test_workbook_without_values_is_empty_document(tmp_path):
    with pytest.raises(EmptyDocument):
        parse_xlsx(_save(openpyxl.Workbook(), tmp_path))


# -- committed samples against their gold annotations -----------------------------------
ROOT = Path(__file__).resolve().parents[2]
XLSX_SAMPLES = sorted(p.name for p in (ROOT / "corpora" / "samples").glob("*.xlsx"))


def _gold(name: str) -> dict:
    import json

    return json.loads((ROOT / "corpora" / "annotations" / f"{name}.json").read_text(encoding="utf-8"))


def test_xlsx_sample_tables_sit_on_their_gold_sheets():
    gold = _gold("road-elderly-indicators.xlsx")
    doc = parse_xlsx(ROOT / "corpora" / "samples" / "road-elderly-indicators.xlsx")
    sheets = {}
    for i, table in enumerate(doc.tables()):
        sheets.setdefault(table.provenance.sheet, []).append(i)
    assert sheets == gold["sheets"]


def test_formula_without_cached_value_shows_its_text_with_a_warning(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["指标", "指标值"])
    wb.active.append(["合格率", "=100"])  # openpyxl stores this as a formula with no cached value
    doc = parse_xlsx(_save(wb, tmp_path))
    assert doc.tables()[0].rows[1] == ["合格率", "=100"]
    assert any("no cached value" in w for w in doc.warnings)


def test_form_header_above_a_plain_grid_is_its_own_table(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["项目名称", "乡村道路", None, "主管部门", "交通局"])
    ws.merge_cells("B1:C1")
    ws.append(["一级指标", "二级指标", "三级指标", "指标值", "单位"])
    ws.append(["产出指标", "数量指标", "改造里程", "≥45", "公里"])
    doc = parse_xlsx(_save(wb, tmp_path))
    assert [len(t.rows) for t in doc.tables()] == [1, 2]


def _town_table(tmp_path: Path, *, boxed: bool) -> Path:
    """德化's target table laid out across (blind106): the last row holds only the town's name, its targets empty."""
    from openpyxl.styles import Border, Side

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["绩效目标表"])
    ws.append(["项目单位", "质量指标", "数量指标"])
    ws.append([None, "资金投向合规率", "扶持村数"])
    ws.append(["龙门", None, None])
    ws.append(["填表人"])
    if boxed:
        thin = Side(style="thin")
        for row in ws.iter_rows(min_row=2, max_row=4, max_col=3):
            for cell in row:
                cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    return _save(wb, tmp_path)


def test_a_drawn_row_with_one_filled_cell_stays_in_its_table(tmp_path):
    doc = parse_xlsx(_town_table(tmp_path, boxed=True))
    assert doc.tables()[0].rows[-1] == ["龙门", "", ""]
    assert [b.text for b in doc.blocks if b.kind == "paragraph"] == ["绩效目标表", "填表人"]


def test_an_undrawn_one_cell_row_below_a_table_is_a_line(tmp_path):
    doc = parse_xlsx(_town_table(tmp_path, boxed=False))
    assert doc.tables()[0].rows[-1] == ["", "资金投向合规率", "扶持村数"]
    assert [b.text for b in doc.blocks if b.kind == "paragraph"] == ["绩效目标表", "龙门", "填表人"]


# blind216, 天星镇中心卫生院 收入支出决算总表: a generator wrote the document properties with xsi:type and no namespace
# for it; LibreOffice opens the workbook, and its cells are read here too
_BROKEN_PROPERTIES = (b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties">'
                      b'<dcterms:created xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:created>'
                      b'</cp:coreProperties>')


def test_a_workbook_with_broken_document_properties_is_read_without_them(tmp_path):
    path = with_member(_form(tmp_path), tmp_path / "broken.xlsx", "docProps/core.xml", data=_BROKEN_PROPERTIES)
    doc = parse_xlsx(path)
    assert doc.tables()[0].rows == parse_xlsx(_form(tmp_path)).tables()[0].rows


def test_a_workbook_with_a_broken_sheet_stays_damaged(tmp_path):
    from extractor.errors import DamagedFile

    path = with_member(_form(tmp_path), tmp_path / "broken.xlsx", "xl/worksheets/sheet1.xml",
                       data=b"<worksheet><sheetData><row>")
    with pytest.raises(DamagedFile, match="not a readable XLSX file"):
        parse_xlsx(path)
