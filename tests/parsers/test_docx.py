"""DOCX parser: body order, heading levels, merged cells, nested tables, footnotes, headers excluded."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

import docx  # noqa: E402

from extractor import parse  # noqa: E402
from extractor.errors import DamagedFile, EmptyDocument  # noqa: E402
from extractor.parsers.docx import parse_docx  # noqa: E402


def _save(document, tmp_path: Path, name: str = "t.docx") -> Path:
    path = tmp_path / name
    document.save(str(path))
    return path


def test_paragraphs_and_tables_come_in_body_order(tmp_path):
    d = docx.Document()
    d.add_paragraph("表前段落。")
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "甲", "乙"
    d.add_paragraph("表后段落。")
    doc = parse_docx(_save(d, tmp_path))
    assert [b.kind for b in doc.blocks] == ["paragraph", "table", "paragraph"]
    assert doc.blocks[1].rows == [["甲", "乙"]]
    assert doc.blocks[0].page is None


def test_heading_levels_from_styles_and_from_numbering(tmp_path):
    d = docx.Document()
    d.add_heading("项目概况", level=1)
    d.add_heading("建设内容", level=2)
    d.add_paragraph("一、总体目标")
    d.add_paragraph("（一）年度目标")
    d.add_paragraph("1.完成平台建设，上线运行不少于3个应用系统，覆盖全市所有街道办事处和社区居委会。")
    doc = parse_docx(_save(d, tmp_path))
    kinds = [(b.kind, b.level, b.number) for b in doc.blocks]
    assert kinds[0] == ("heading", 1, None)
    assert kinds[1] == ("heading", 2, None)
    assert kinds[2] == ("heading", 1, "一、")
    assert kinds[3] == ("heading", 2, "（一）")
    assert kinds[4] == ("list_item", None, "1.")


def test_chinese_heading_style_name_and_outline_level(tmp_path):
    d = docx.Document()
    p = d.add_paragraph("绩效分析")
    p.style = d.styles["Heading 3"]
    d.styles["Heading 3"].element.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}name"
    ).set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val", "标题 3")
    q = d.add_paragraph("带大纲级别的段落")
    ppr = q._p.get_or_add_pPr()
    from docx.oxml import parse_xml

    ppr.append(parse_xml('<w:outlineLvl xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:val="1"/>'))
    doc = parse_docx(_save(d, tmp_path))
    assert [(b.kind, b.level) for b in doc.blocks] == [("heading", 3), ("heading", 2)]


def test_grid_span_fills_across_and_vmerge_fills_down(tmp_path):
    d = docx.Document()
    t = d.add_table(rows=4, cols=4)
    for r in range(4):
        for c in range(4):
            t.cell(r, c).text = f"r{r}c{c}"
    a = t.cell(0, 1).merge(t.cell(0, 3))  # gridSpan 3
    a.text = "跨列"
    b = t.cell(1, 0).merge(t.cell(3, 0))  # vMerge over 3 rows
    b.text = "产出指标"
    c = t.cell(2, 2).merge(t.cell(3, 3))  # 2x2 block
    c.text = "块"
    doc = parse_docx(_save(d, tmp_path))
    rows = doc.tables()[0].rows
    assert rows[0] == ["r0c0", "跨列", "跨列", "跨列"]
    assert [r[0] for r in rows[1:]] == ["产出指标"] * 3
    assert rows[2][2:] == ["块", "块"] and rows[3][2:] == ["块", "块"]
    assert rows[1] == ["产出指标", "r1c1", "r1c2", "r1c3"]


def test_nested_table_becomes_lines_of_its_cell(tmp_path):
    d = docx.Document()
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "外层"
    inner = t.cell(0, 1).add_table(rows=2, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "指标", "值"
    inner.cell(1, 0).text, inner.cell(1, 1).text = "完成率", "95%"
    doc = parse_docx(_save(d, tmp_path))
    assert len(doc.tables()) == 1
    assert doc.tables()[0].rows == [["外层", "指标 值\n完成率 95%"]]


def test_header_and_footer_are_not_in_the_flow(tmp_path):
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "某某市财政局绩效评价报告"
    d.sections[0].footer.paragraphs[0].text = "— 1 —"
    d.add_paragraph("正文内容。")
    doc = parse_docx(_save(d, tmp_path))
    assert doc.text == "正文内容。"


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _add_footnote(path: Path, out: Path, paragraph_text: str, note_text: str) -> None:
    """Rewrite ``path`` adding a real footnote referenced at the end of ``paragraph_text``."""
    with zipfile.ZipFile(path) as zin:
        parts = {n: zin.read(n) for n in zin.namelist()}
    body = parts["word/document.xml"].decode()
    ref = '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
    body = body.replace(f"<w:t>{paragraph_text}</w:t></w:r>", f"<w:t>{paragraph_text}</w:t></w:r>{ref}", 1)
    parts["word/document.xml"] = body.encode()
    parts["word/footnotes.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:footnotes xmlns:w="{W}">'
        f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        f'<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {note_text}</w:t></w:r></w:p></w:footnote>'
        f"</w:footnotes>"
    ).encode()
    rels = parts["word/_rels/document.xml.rels"].decode()
    rels = rels.replace(
        "</Relationships>",
        '<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" '
        'Target="footnotes.xml"/></Relationships>',
    )
    parts["word/_rels/document.xml.rels"] = rels.encode()
    ct = parts["[Content_Types].xml"].decode()
    ct = ct.replace(
        "</Types>",
        '<Override PartName="/word/footnotes.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>',
    )
    parts["[Content_Types].xml"] = ct.encode()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in parts.items():
            zout.writestr(name, data)


def test_footnote_becomes_block_linked_by_marker(tmp_path):
    d = docx.Document()
    d.add_paragraph("项目完成率为96%")
    d.add_paragraph("下一段。")
    plain = _save(d, tmp_path, "plain.docx")
    with_note = tmp_path / "note.docx"
    _add_footnote(plain, with_note, "项目完成率为96%", "说明：完成率按验收数计算。")
    doc = parse_docx(with_note)
    assert [b.kind for b in doc.blocks] == ["paragraph", "footnote", "paragraph"]
    para, note = doc.blocks[0], doc.blocks[1]
    assert note.marker == "1"
    assert note.text == "说明：完成率按验收数计算。"
    assert para.text == "项目完成率为96%"  # no mark glued onto the number


def test_char_spans_point_into_document_text(tmp_path):
    d = docx.Document()
    d.add_paragraph("第一段。")
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "甲", "乙"
    d.add_paragraph("第二段。")
    doc = parse_docx(_save(d, tmp_path))
    for block in doc.text_blocks():
        start, end = block.provenance.char_span
        assert doc.text[start:end] == block.text


def test_form_rows_in_a_table_become_fields(tmp_path):
    d = docx.Document()
    t = d.add_table(rows=3, cols=4)
    t.cell(0, 0).text = "项目名称"
    t.cell(0, 1).merge(t.cell(0, 3)).text = "智慧城管二期"
    for c, text in enumerate(["主管部门", "市城管局", "实施单位", "市数字城管中心"]):
        t.cell(1, c).text = text
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "指标值"]):
        t.cell(2, c).text = text
    doc = parse_docx(_save(d, tmp_path))
    fields = {b.label: b.value for b in doc.blocks if b.kind == "field"}
    assert fields == {"项目名称": "智慧城管二期", "主管部门": "市城管局", "实施单位": "市数字城管中心"}
    assert doc.tables()[0].rows[2] == ["一级指标", "二级指标", "三级指标", "指标值"]
    assert [b.kind for b in doc.blocks] == ["field", "field", "field", "table"]


def test_empty_docx_is_empty_document(tmp_path):
    with pytest.raises(EmptyDocument):
        parse_docx(_save(docx.Document(), tmp_path))


def test_truncated_docx_is_damaged(tmp_path):
    d = docx.Document()
    d.add_paragraph("内容")
    good = _save(d, tmp_path)
    bad = tmp_path / "bad.docx"
    bad.write_bytes(good.read_bytes()[:300])
    with pytest.raises(DamagedFile):
        parse(bad)


def test_word_automatic_numbering_is_rendered_into_the_text(tmp_path):
    from docx.oxml import parse_xml

    d = docx.Document()
    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="90">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%3"/></w:lvl>'
        "</w:abstractNum>"))
    numbering.append(parse_xml(f'<w:num xmlns:w="{W}" w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for ilvl, text in [(0, "总体目标"), (1, "年度目标"), (2, "完成平台建设"), (1, "中期目标"), (0, "保障措施"),
                       (1, "组织保障")]:
        p = d.add_paragraph(text)
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{ilvl}"/><w:numId w:val="90"/></w:numPr>'))
    doc = parse_docx(_save(d, tmp_path))
    assert [b.text for b in doc.blocks] == ["一、总体目标", "（一）年度目标", "①完成平台建设", "（二）中期目标",
                                           "二、保障措施", "（一）组织保障"]
    assert {b.kind for b in doc.blocks} == {"list_item"}
    roots = parse(_save(d, tmp_path, "again.docx")).clauses
    assert [(c.number, [k.number for k in c.children]) for c in roots] == [("一、", ["（一）", "（二）"]),
                                                                          ("二、", ["（一）"])]




def test_well_formed_xml_in_the_wrong_shape_is_damaged_file(tmp_path):
    """Found by fuzzing: a byte flip in the root tag name left python-docx with no document body."""
    import zipfile

    source = Path(__file__).resolve().parents[2] / "corpora" / "samples" / "contract-excerpt.docx"
    target = tmp_path / "odd.docx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                data = data.replace(b"<w:document ", b"<w:documenx ").replace(b"</w:document>", b"</w:documenx>")
            dst.writestr(info.filename, data)
    with pytest.raises(DamagedFile):
        parse(target)


def test_a_table_row_with_one_filled_cell_stays_in_the_table(tmp_path):
    """A Word table's last row with only its first cell filled (a town whose targets are empty) is a row of the
    table; a last row merged across (a note) is a line below it."""
    d = docx.Document()
    t = d.add_table(rows=4, cols=3)
    for r, cells in enumerate((("项目单位", "质量指标", "数量指标"), ("", "资金投向合规率", "扶持村数"), ("龙门", "", ""))):
        for c, text in enumerate(cells):
            t.cell(r, c).text = text
    note = t.cell(3, 0).merge(t.cell(3, 2))
    note.text = "注:目标值由乡镇填报"
    doc = parse_docx(_save(d, tmp_path))
    assert doc.tables()[0].rows[-1] == ["龙门", "", ""]
    assert [b.text for b in doc.blocks if b.kind == "paragraph"] == ["注:目标值由乡镇填报"]
