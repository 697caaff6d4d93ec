"""Write the bundled sample documents and their gold annotations.

    /work/venv/bin/python corpora/samples/make_samples.py [--no-pdf]

Deterministic: no randomness; DOCX/XLSX core properties get a fixed date.
Content comes from sample_content.py; the gold JSON in corpora/annotations/ is
written from the same data (never from a parser's output). PDFs are made with
LibreOffice (``soffice --headless --convert-to pdf``); when soffice is absent the
PDF step is skipped with a message. After conversion the script checks with
pdfplumber that the PDFs really show what the gold claims (cross-page tables and
paragraphs, "— N —" footers) and records those facts under ``pdf_layout``.
"""
from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import sample_content as C  # noqa: E402

ANNOTATIONS = HERE.parent / "annotations"
FIXED_DATE = dt.datetime(2025, 3, 15, 9, 0, 0)

# --------------------------------------------------------------------------- grids (tables)


@dataclass
class Grid:
    """A table as rows of cell strings with merged cells already filled (= the gold),
    plus the merged regions ``(r0, c0, r1, c1)`` (inclusive) the writers apply."""

    rows: list[list[str]]
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    repeat_header: bool = False
    col_widths: list[float] | None = None  # cm (docx) or character widths (xlsx)

    def __post_init__(self) -> None:
        width = len(self.rows[0])
        assert all(len(r) == width for r in self.rows), "ragged grid"
        for r0, c0, r1, c1 in self.merges:
            top = self.rows[r0][c0]
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    assert self.rows[r][c] == top, (r, c, self.rows[r][c], top)

    @property
    def ncols(self) -> int:
        return len(self.rows[0])

    def owner(self) -> dict[tuple[int, int], tuple[int, int]]:
        """Map every covered cell to the top-left cell of its merge."""
        out = {}
        for r0, c0, r1, c1 in self.merges:
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    out[(r, c)] = (r0, c0)
        return out


def vertical_runs(rows: list[list[str]], col: int, start: int, key_cols: tuple[int, ...]) -> list[tuple[int, int, int, int]]:
    """Vertical merges for runs of equal values in ``col`` (rows from ``start``), where the
    values of ``key_cols`` are equal too (a 二级 run never crosses its 一级)."""
    merges = []
    r = start
    while r < len(rows):
        end = r
        key = tuple(rows[r][k] for k in key_cols)
        while end + 1 < len(rows) and tuple(rows[end + 1][k] for k in key_cols) == key and rows[r][col]:
            end += 1
        if end > r:
            merges.append((r, col, end, col))
        r = end + 1
    return merges


# --------------------------------------------------------------------------- gold helpers


def indicator_gold(row: C.Row) -> dict:
    return {
        "level1": C.CANONICAL_LEVEL1[row.level1],
        "level2": C.CANONICAL_LEVEL2[row.level2],
        "level1_text": row.level1,
        "level2_text": row.level2,
        "name": row.name or None,
        "operator": row.operator,
        "value": None if row.value is None else float(row.value),
        "unit": row.unit,
        "target_text": row.target_text,
        "deadline": row.deadline,
        "actual": None if row.actual is None else float(row.actual),
        "actual_text": row.actual_text or None,
        "weight": None if row.weight is None else float(row.weight),
        "score": None if row.score is None else float(row.score),
        "deviation_reason": row.deviation or None,
    }


def goal_gold(goal: C.Goal) -> dict:
    out = {
        "kind": goal.kind,
        "text": goal.text,
        "quantified": goal.quantified,
        "targets": [
            {"metric": t.metric, "operator": t.operator, "value": t.value, "unit": t.unit, "deadline": t.deadline}
            for t in goal.targets
        ],
    }
    if goal.actual_text:
        out["actual_text"] = goal.actual_text
    return out


def fact_gold(fact: C.Fact) -> dict:
    out = {"metric": fact.metric, "kind": fact.kind, "planned": fact.planned, "actual": fact.actual,
           "stated_rate": fact.stated_rate, "unit": fact.unit}
    if fact.kind == "completion" or fact.kind == "budget":
        out["computed_rate"] = round(fact.actual / fact.planned * 100, 2)
    if fact.parts:
        out["parts"] = list(fact.parts)
        out["total"] = fact.total
    if fact.stated_text:
        out["stated_text"] = fact.stated_text
    return out


def term_gold(term: C.Term) -> dict:
    return {k: getattr(term, k) for k in ("kind", "percent", "amount", "unit", "duration", "duration_unit", "trigger")}


def write_gold(name: str, gold: dict) -> None:
    ANNOTATIONS.mkdir(parents=True, exist_ok=True)
    gold = {"source": name, **gold}
    path = ANNOTATIONS / f"{name}.json"
    if name.endswith(".pdf") and path.exists():  # keep the verified layout when the PDF step is skipped
        old = json.loads(path.read_text(encoding="utf-8"))
        if "pdf_layout" in old:
            gold["pdf_layout"] = old["pdf_layout"]
    (ANNOTATIONS / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def clause_title(rest: str) -> str:
    """Title of a numbered line: the text after the number up to the first 。，：；"""
    for i, ch in enumerate(rest):
        if ch in "。，：；":
            return rest[:i]
    return rest


def clause_gold(paras) -> list[dict]:
    return [{"number": p.number, "level": p.clause_level, "title": p.title} for p in paras if p.number]


# --------------------------------------------------------------------------- DOCX writer


def _docx():
    """python-docx names for the writer, imported lazily (returned through ``locals()``: keep the imports)."""
    from docx import Document  # noqa: F401
    from docx.enum.section import WD_ORIENT  # noqa: F401
    from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: F401
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING  # noqa: F401
    from docx.opc.packuri import PackURI  # noqa: F401
    from docx.opc.part import Part  # noqa: F401
    from docx.oxml import parse_xml  # noqa: F401
    from docx.oxml.ns import nsdecls, qn  # noqa: F401
    from docx.shared import Cm, Pt, RGBColor  # noqa: F401

    return locals()


class DocxWriter:
    """Government-style DOCX: 仿宋 body, 黑体/楷体 headings, running header, "— N —" footer,
    real Word footnotes (auto-numbered, so the marker is a superscript number)."""

    BODY_PT = 16  # 三号
    TABLE_PT = 9  # 小五

    def __init__(self, header_text: str | None = None, landscape: bool = False):
        self.m = _docx()
        m = self.m
        self.doc = m["Document"]()
        self.footnotes: list[str] = []
        self._setup_styles()
        section = self.doc.sections[0]
        section.page_height, section.page_width = m["Cm"](29.7), m["Cm"](21.0)
        if landscape:
            section.orientation = m["WD_ORIENT"].LANDSCAPE
            section.page_height, section.page_width = section.page_width, section.page_height
        section.top_margin, section.bottom_margin = m["Cm"](3.7), m["Cm"](3.5)
        section.left_margin, section.right_margin = m["Cm"](2.8), m["Cm"](2.6)
        section.header_distance, section.footer_distance = m["Cm"](2.0), m["Cm"](2.5)
        if header_text:
            hp = section.header.paragraphs[0]
            hp.alignment = m["WD_ALIGN_PARAGRAPH"].CENTER
            run = hp.add_run(header_text)
            self._font(run, "宋体", 10.5)
        self._page_footer(section.footer.paragraphs[0])
        props = self.doc.core_properties
        props.author, props.last_modified_by = "江州市城市管理局", "江州市城市管理局"
        props.created = props.modified = FIXED_DATE
        props.revision = 1

    # ----- styles and runs
    def _font(self, run, east_asia: str, size: float, bold: bool = False) -> None:
        m = self.m
        run.font.size = m["Pt"](size)
        run.font.bold = bold
        run.font.name = "Times New Roman"
        rpr = run._element.get_or_add_rPr()
        rfonts = rpr.find(m["qn"]("w:rFonts"))
        if rfonts is None:
            rfonts = rpr.makeelement(m["qn"]("w:rFonts"), {})
            rpr.append(rfonts)
        rfonts.set(m["qn"]("w:eastAsia"), east_asia)

    def _style_font(self, style, east_asia: str, size: float, bold: bool) -> None:
        m = self.m
        style.font.size = m["Pt"](size)
        style.font.bold = bold
        style.font.name = "Times New Roman"
        style.font.color.rgb = m["RGBColor"](0, 0, 0)
        rpr = style.element.get_or_add_rPr()
        rfonts = rpr.find(m["qn"]("w:rFonts"))
        if rfonts is None:
            rfonts = rpr.makeelement(m["qn"]("w:rFonts"), {})
            rpr.append(rfonts)
        for attr in ("w:ascii", "w:hAnsi"):
            rfonts.set(m["qn"](attr), "Times New Roman")
        rfonts.set(m["qn"]("w:eastAsia"), east_asia)
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            rfonts.attrib.pop(m["qn"](attr), None)

    def _setup_styles(self) -> None:
        m = self.m
        styles = self.doc.styles
        self._style_font(styles["Normal"], "仿宋", self.BODY_PT, False)
        pf = styles["Normal"].paragraph_format
        pf.line_spacing_rule = m["WD_LINE_SPACING"].EXACTLY
        pf.line_spacing = m["Pt"](28)
        pf.space_before = pf.space_after = m["Pt"](0)
        for name, font, bold in (("Heading 1", "黑体", False), ("Heading 2", "楷体", True), ("Heading 3", "仿宋", True)):
            self._style_font(styles[name], font, self.BODY_PT, bold)
            styles[name].font.italic = False
            hpf = styles[name].paragraph_format
            hpf.space_before = hpf.space_after = m["Pt"](0)
            hpf.line_spacing_rule = m["WD_LINE_SPACING"].EXACTLY
            hpf.line_spacing = m["Pt"](28)
            hpf.first_line_indent = m["Pt"](32)

    def _page_footer(self, paragraph) -> None:
        m = self.m
        paragraph.alignment = m["WD_ALIGN_PARAGRAPH"].CENTER
        self._font(paragraph.add_run("— "), "宋体", 14)
        for xml in (
            f'<w:fldChar {m["nsdecls"]("w")} w:fldCharType="begin"/>',
            f'<w:instrText {m["nsdecls"]("w")} xml:space="preserve"> PAGE </w:instrText>',
            f'<w:fldChar {m["nsdecls"]("w")} w:fldCharType="separate"/>',
        ):
            run = paragraph.add_run()
            self._font(run, "宋体", 14)
            run._r.append(m["parse_xml"](xml))
        self._font(paragraph.add_run("1"), "宋体", 14)
        run = paragraph.add_run()
        run._r.append(m["parse_xml"](f'<w:fldChar {m["nsdecls"]("w")} w:fldCharType="end"/>'))
        self._font(paragraph.add_run(" —"), "宋体", 14)

    # ----- content
    def title(self, text: str, size: float = 22) -> None:
        m = self.m
        p = self.doc.add_paragraph()
        p.alignment = m["WD_ALIGN_PARAGRAPH"].CENTER
        p.paragraph_format.line_spacing = m["Pt"](size + 12)
        self._font(p.add_run(text), "方正小标宋简体", size, bold=True)

    def centered(self, text: str, size: float = 14) -> None:
        m = self.m
        p = self.doc.add_paragraph()
        p.alignment = m["WD_ALIGN_PARAGRAPH"].CENTER
        self._font(p.add_run(text), "楷体", size)

    def plain(self, text: str, size: float | None = None, indent: bool = False) -> None:
        m = self.m
        p = self.doc.add_paragraph()
        if indent:
            p.paragraph_format.first_line_indent = m["Pt"](2 * (size or self.BODY_PT))
        self._font(p.add_run(text), "仿宋", size or self.BODY_PT)

    def para(self, para: C.Para) -> None:
        m = self.m
        if para.center:
            self.title(para.text, 20)
            return
        if para.styled:
            p = self.doc.add_paragraph(style=f"Heading {para.heading}")
            p.add_run(para.text)
        else:
            p = self.doc.add_paragraph()
            p.paragraph_format.first_line_indent = m["Pt"](2 * self.BODY_PT)
            self._font(p.add_run(para.text), "仿宋", self.BODY_PT, bold=para.bold)
        if para.footnote:
            self._footnote_ref(p, para.footnote)

    def _footnote_ref(self, paragraph, text: str) -> None:
        m = self.m
        self.footnotes.append(text)
        fid = len(self.footnotes)
        run = paragraph.add_run()
        run._r.append(m["parse_xml"](
            f'<w:rPr {m["nsdecls"]("w")}><w:vertAlign w:val="superscript"/></w:rPr>'))
        run._r.append(m["parse_xml"](f'<w:footnoteReference {m["nsdecls"]("w")} w:id="{fid}"/>'))

    def _footnotes_part(self) -> None:
        if not self.footnotes:
            return
        m = self.m
        body = []
        for fid, text in enumerate(self.footnotes, start=1):
            body.append(
                f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:line="280" w:lineRule="exact"/></w:pPr>'
                f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="21"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:rPr><w:rFonts w:eastAsia="宋体"/><w:sz w:val="21"/></w:rPr><w:t xml:space="preserve"> {text}</w:t></w:r>'
                f'</w:p></w:footnote>')
        xml = (
            f'<w:footnotes {m["nsdecls"]("w")}>'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
            + "".join(body) + "</w:footnotes>")
        part = m["Part"](m["PackURI"]("/word/footnotes.xml"),
                         "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                         xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes")

    def table(self, grid: Grid, bold_rows: tuple[int, ...] = (0,)) -> None:
        m = self.m
        table = self.doc.add_table(rows=len(grid.rows), cols=grid.ncols)
        table.style = self.doc.styles["Table Grid"]
        table.alignment = m["WD_TABLE_ALIGNMENT"].CENTER
        owner = grid.owner()
        for r0, c0, r1, c1 in grid.merges:
            table.cell(r0, c0).merge(table.cell(r1, c1))
        for r, row in enumerate(grid.rows):
            for c, text in enumerate(row):
                if owner.get((r, c), (r, c)) != (r, c):
                    continue
                cell = table.cell(r, c)
                p = cell.paragraphs[0]
                p.paragraph_format.first_line_indent = m["Pt"](0)
                p.paragraph_format.line_spacing_rule = m["WD_LINE_SPACING"].SINGLE
                if len(text) <= 12:
                    p.alignment = m["WD_ALIGN_PARAGRAPH"].CENTER
                self._font(p.add_run(text), "仿宋", self.TABLE_PT, bold=r in bold_rows)
        if grid.col_widths:
            table.autofit = False
            for col, width in zip(table._tbl.tblGrid.gridCol_lst, grid.col_widths):
                col.w = m["Cm"](width)
            for r in range(len(grid.rows)):
                for c, width in enumerate(grid.col_widths):
                    table.rows[r].cells[c].width = m["Cm"](width)
        if grid.repeat_header:
            trpr = table.rows[0]._tr.get_or_add_trPr()
            trpr.append(m["parse_xml"](f'<w:tblHeader {m["nsdecls"]("w")} w:val="true"/>'))
        self.doc.add_paragraph().paragraph_format.line_spacing = m["Pt"](8)  # gap after the table (empty)

    def save(self, path: Path) -> None:
        self._footnotes_part()
        self.doc.save(path)


# --------------------------------------------------------------------------- XLSX writer


class SheetWriter:
    """Writes title lines, bordered grids and notes into one worksheet, top to bottom."""

    def __init__(self, ws, widths: list[float]):
        from openpyxl.styles import Alignment, Border, Font, Side
        from openpyxl.utils import get_column_letter

        self.ws, self.row, self.ncols, self.widths = ws, 1, len(widths), widths
        self.Alignment, self.Font, self.letter = Alignment, Font, get_column_letter
        thin = Side(style="thin", color="000000")
        self.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        for i, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = width

    def line(self, text: str, size: float = 11, bold: bool = False, center: bool = True, height: float | None = None) -> None:
        ws = self.ws
        ws.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=self.ncols)
        cell = ws.cell(self.row, 1, text)
        cell.font = self.Font(name="宋体", size=size, bold=bold)
        cell.alignment = self.Alignment(horizontal="center" if center else "left", vertical="center", wrap_text=True)
        if height:
            ws.row_dimensions[self.row].height = height
        self.row += 1

    def grid(self, grid: Grid, bold_rows: tuple[int, ...] = (), heights: dict[int, float] | None = None) -> int:
        ws, top = self.ws, self.row
        owner = grid.owner()
        for r, row in enumerate(grid.rows):
            for c, text in enumerate(row):
                cell = ws.cell(top + r, 1 + c)
                cell.border = self.border
                cell.alignment = self.Alignment(
                    horizontal="center" if len(text) <= 12 else "left", vertical="center", wrap_text=True)
                cell.font = self.Font(name="宋体", size=10, bold=r in bold_rows)
                if owner.get((r, c), (r, c)) == (r, c):
                    cell.value = text
                    if text.startswith("="):  # "=12" is a target value as written, not a formula
                        cell.data_type = "s"
        for r0, c0, r1, c1 in grid.merges:
            ws.merge_cells(start_row=top + r0, start_column=1 + c0, end_row=top + r1, end_column=1 + c1)
        spans = {(r0, c0): (c1, r1) for r0, c0, r1, c1 in grid.merges}
        owner = grid.owner()
        for r, row in enumerate(grid.rows):
            cells = []
            for c, text in enumerate(row):
                c1, r1 = spans.get((r, c), (c, r))
                if owner.get((r, c), (r, c)) == (r, c) and r1 == r:
                    cells.append((text, sum(self.widths[c:c1 + 1])))
            ws.row_dimensions[top + r].height = (heights or {}).get(r, _row_height(cells))
        self.row += len(grid.rows)
        return top

    def page_setup(self, landscape: bool = False, title_rows: str | None = None) -> None:
        ws = self.ws
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.orientation = "landscape" if landscape else "portrait"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.horizontalCentered = True
        ws.page_margins.left = ws.page_margins.right = 0.5
        ws.page_margins.top = ws.page_margins.bottom = 0.7
        ws.print_area = f"A1:{self.letter(self.ncols)}{self.row - 1}"
        if title_rows:
            ws.print_title_rows = title_rows
        ws.oddFooter.center.text = "第 &P 页，共 &N 页"


def _row_height(texts_and_widths: list[tuple[str, float]], line_pt: float = 13) -> float:
    """Row height (pt) for wrapped CJK text; a CJK char at 10pt takes ~2 Excel width units."""
    lines = 1
    for text, width in texts_and_widths:
        per_line = max(1, int((width - 1) / 2))
        lines = max(lines, -(-len(text) // per_line))
    return max(18, lines * line_pt + 5)


def _save_workbook(wb, path: Path) -> None:
    wb.properties.creator = wb.properties.lastModifiedBy = "江州市财政局"
    wb.properties.created = wb.properties.modified = FIXED_DATE
    wb.save(path)


# --------------------------------------------------------------------------- 1. target form (XLSX)


def target_form_grid() -> tuple[Grid, dict[int, float]]:
    f = C.ZHCG_FIELDS
    rows, merges = [], []

    def add(cells, *spans):
        rows.append(cells)
        r = len(rows) - 1
        for c0, c1 in spans:
            merges.append((r, c0, r, c1))

    add(["项目名称"] * 2 + [f["项目名称"]] * 6, (0, 1), (2, 7))
    add(["主管部门及代码"] * 2 + [f["主管部门及代码"]] * 3 + ["实施单位"] + [f["实施单位"]] * 2, (0, 1), (2, 4), (6, 7))
    add(["项目属性"] * 2 + [f["项目属性"]] * 3 + ["项目期"] + [f["项目期"]] * 2, (0, 1), (2, 4), (6, 7))
    money_top = len(rows)
    add(["项目资金（万元）"] * 2 + [""] * 2 + ["中期资金总额"] * 2 + ["年度资金总额"] * 2, (2, 3), (4, 5), (6, 7))
    for label, mid, year in C.ZHCG_MONEY:
        add(["项目资金（万元）"] * 2 + [label] * 2 + [mid] * 2 + [year] * 2, (2, 3), (4, 5), (6, 7))
    merges.append((money_top, 0, len(rows) - 1, 1))
    goal_top = len(rows)
    add(["总体目标"] * 2 + ["中期目标（2024年—2026年）"] * 3 + ["年度目标（2024年）"] * 3, (2, 4), (5, 7))
    add(["总体目标"] * 2 + [C.ZHCG_GOAL_MID.text] * 3 + [C.ZHCG_GOAL_YEAR.text] * 3, (2, 4), (5, 7))
    merges.append((goal_top, 0, goal_top + 1, 1))
    ind_top = len(rows)
    add(["绩效指标", "一级指标", "二级指标", "三级指标", "三级指标", "指标值", "计量单位", "指标解释"], (3, 4))
    for row in C.ZHCG_TARGET_ROWS:
        add(["绩效指标", row.level1, row.level2, row.name, row.name, row.value_text, row.unit_text, row.explanation], (3, 4))
    merges.append((ind_top, 0, len(rows) - 1, 0))
    merges += vertical_runs(rows, 1, ind_top + 1, (1,))
    merges += vertical_runs(rows, 2, ind_top + 1, (1, 2))
    heights = {goal_top + 1: 96}
    return Grid(rows, merges), heights


def make_target_form(out: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标申报表"
    sw = SheetWriter(ws, [9, 10, 14, 14, 10, 16, 10, 26])
    paragraphs = ["项目支出绩效目标申报表", "（2024年度）", "填报单位（盖章）：江州市城市管理局"]
    sw.line(paragraphs[0], 18, bold=True, height=32)
    sw.line(paragraphs[1], 12)
    sw.line(paragraphs[2], 11, center=False)
    grid, heights = target_form_grid()
    sw.grid(grid, heights=heights)
    sw.line(C.ZHCG_TARGET_NOTE, 10, center=False, height=30)
    paragraphs.append(C.ZHCG_TARGET_NOTE)
    sw.page_setup()
    _save_workbook(wb, out / "zhcg-target-form.xlsx")
    gold = {
        "paragraphs": paragraphs,
        "headings": [],
        "tables": [grid.rows],
        "fields": dict(C.ZHCG_FIELDS),
        "indicators": [indicator_gold(r) for r in C.ZHCG_TARGET_ROWS],
        "goals": [goal_gold(C.ZHCG_GOAL_MID), goal_gold(C.ZHCG_GOAL_YEAR)],
        "facts": [fact_gold(f) for f in C.ZHCG_TARGET_FACTS],
        "subprojects": [{"name": "智能视频分析平台"}, {"name": "渣土车辆监管系统"}],
    }
    for name in ("zhcg-target-form.xlsx", "zhcg-target-form.pdf"):
        write_gold(name, gold)


# --------------------------------------------------------------------------- 2. self-assessment (DOCX)


def self_info_grid() -> Grid:
    f = C.ZHCG_SELF_FIELDS
    rows, merges = [], []

    def add(cells, *spans):
        rows.append(cells)
        r = len(rows) - 1
        merges.extend((r, c0, r, c1) for c0, c1 in spans)

    add(["项目名称"] * 2 + [f["项目名称"]] * 6, (0, 1), (2, 7))
    add(["主管部门"] * 2 + [f["主管部门"]] * 3 + ["实施单位"] + [f["实施单位"]] * 2, (0, 1), (2, 4), (6, 7))
    money_top = len(rows)
    add(["项目资金（万元）", ""] + C.ZHCG_SELF_MONEY_HEADER)
    for row in C.ZHCG_SELF_MONEY:
        add(["项目资金（万元）"] + list(row))
    merges.append((money_top, 0, len(rows) - 1, 0))
    goal_top = len(rows)
    add(["年度总体目标"] + ["预期目标"] * 4 + ["实际完成情况"] * 3, (1, 4), (5, 7))
    add(["年度总体目标"] + [C.ZHCG_SELF_GOAL.text] * 4 + [C.ZHCG_SELF_GOAL.actual_text] * 3, (1, 4), (5, 7))
    merges.append((goal_top, 0, goal_top + 1, 0))
    return Grid(rows, merges, col_widths=[2.4, 2.4, 1.9, 1.9, 1.8, 1.7, 1.8, 1.7])


SELF_HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]


def _num(x: float) -> str:
    return f"{x:g}" if float(x).is_integer() else f"{x:.2f}"


def self_indicator_grid() -> Grid:
    rows = [list(SELF_HEADER)]
    for r in C.ZHCG_SELF_ROWS:
        rows.append([r.level1, r.level2, r.name, r.value_text, r.actual_text, _num(r.weight), _num(r.score), r.deviation])
    merges = vertical_runs(rows, 0, 1, (0,)) + vertical_runs(rows, 1, 1, (0, 1))
    total = ["总分"] * 5 + [_num(C.SCORE_FULL), f"{C.ZHCG_SELF_TOTAL:.2f}", ""]
    rows.append(total)
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    return Grid(rows, merges, repeat_header=True, col_widths=[1.7, 2.1, 3.0, 2.0, 2.0, 1.0, 1.2, 2.6])


def make_self_assessment(out: Path) -> None:
    w = DocxWriter()
    paragraphs = ["项目支出绩效自评表", "（2024年度）", "填报单位（盖章）：江州市城市管理局"]
    w.title(paragraphs[0])
    w.centered(paragraphs[1])
    w.plain(paragraphs[2], size=12)
    info, indicators = self_info_grid(), self_indicator_grid()
    w.table(info, bold_rows=())
    w.table(indicators)
    for text in C.ZHCG_SELF_AFTER:
        w.plain(text, size=12)
    paragraphs += C.ZHCG_SELF_AFTER
    w.save(out / "zhcg-self-assessment.docx")
    gold = {
        "paragraphs": paragraphs,
        "headings": [],
        "tables": [info.rows, indicators.rows],
        "fields": dict(C.ZHCG_SELF_FIELDS),
        "indicators": [indicator_gold(r) for r in C.ZHCG_SELF_ROWS],
        "goals": [goal_gold(C.ZHCG_SELF_GOAL)],
        "facts": [fact_gold(f) for f in C.ZHCG_SELF_FACTS],
        "score_total": C.ZHCG_SELF_TOTAL,
    }
    for name in ("zhcg-self-assessment.docx", "zhcg-self-assessment.pdf"):
        write_gold(name, gold)


# --------------------------------------------------------------------------- 3. report excerpt (DOCX)


def score_grid() -> Grid:
    header = ["一级指标", "二级指标", "三级指标", "权重", "得分", "得分率", "扣分原因"]
    rows = [header]
    for l1, l2, l3, weight, score, reason in C.REPORT_SCORE_ROWS:
        rows.append([l1, l2, l3, _num(weight), f"{score:.2f}", _pct(score / weight * 100), reason])
    merges = vertical_runs(rows, 0, 1, (0,)) + vertical_runs(rows, 1, 1, (0, 1))
    rows.append(["合计"] * 3 + [_num(C.SCORE_FULL), f"{C.REPORT_SCORE_TOTAL:.2f}",
                               _pct(C.REPORT_SCORE_TOTAL / C.SCORE_FULL * 100), ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
    return Grid(rows, merges, repeat_header=False, col_widths=[1.8, 2.0, 3.0, 1.2, 1.3, 1.8, 4.5])


_pct = C.percent_text  # the gold 得分率 facts are read with the same rounding


def responsibility_grid() -> Grid:
    return Grid([list(r) for r in C.REPORT_RESPONSIBILITY], [], col_widths=[4.2, 11.4])


def make_report(out: Path) -> None:
    w = DocxWriter(header_text=C.REPORT_HEADER)
    resp, score = responsibility_grid(), score_grid()
    parts = [C.REPORT_BODY_1, resp, C.REPORT_BODY_2, score, C.REPORT_BODY_3]
    paras = []
    for part in parts:
        if isinstance(part, Grid):
            w.table(part)
        else:
            for p in part:
                w.para(p)
                paras.append(p)
    w.save(out / "report-excerpt.docx")
    footnotes = [{"marker": str(i), "text": t} for i, t in enumerate(w.footnotes, start=1)]
    gold = {
        "paragraphs": [p.text for p in paras],
        "headings": [{"text": p.text, "level": p.heading} for p in paras if p.heading],
        "tables": [resp.rows, score.rows],
        "footnotes": footnotes,
        "clauses": clause_gold(paras),
        "facts": [fact_gold(f) for f in C.REPORT_FACTS],
        "organisations": [{"name": o.name, "aliases": list(o.aliases)} for o in C.REPORT_ORGS],
        "subprojects": [{"name": n} for n in C.SUBPROJECTS],
        "score_total": C.REPORT_SCORE_TOTAL,
        "grade": C.REPORT_SCORE_GRADE,
        "running_header": C.REPORT_HEADER,
    }
    for name in ("report-excerpt.docx", "report-excerpt.pdf"):
        write_gold(name, gold)


# --------------------------------------------------------------------------- 4. contract excerpt (DOCX)


def make_contract(out: Path) -> None:
    w = DocxWriter()
    paragraphs, headings, clauses = [C.CONTRACT_TITLE], [], []
    w.title(C.CONTRACT_TITLE, 20)
    for line in C.CONTRACT_PARTIES:
        w.plain(line)
        paragraphs.append(line)
    for number, title, items in C.CONTRACT_CLAUSES:
        head = C.Para(f"{number} {title}", heading=1, styled=True)
        w.para(head)
        paragraphs.append(head.text)
        headings.append({"text": head.text, "level": 1})
        clauses.append({"number": number, "level": 1, "title": title})
        for item in items:
            w.plain(item, indent=True)
            paragraphs.append(item)
            num, rest = item.split(".", 1)
            clauses.append({"number": f"{num}.", "level": 2, "title": clause_title(rest)})
    for line in C.CONTRACT_SIGN:
        w.plain(line)
        paragraphs.append(line)
    w.save(out / "contract-excerpt.docx")
    gold = {
        "paragraphs": paragraphs,
        "headings": headings,
        "tables": [],
        "clauses": clauses,
        "contract_terms": [term_gold(t) for t in C.CONTRACT_TERMS],
        "amount_words": {"figures": C.CONTRACT_AMOUNT, "words": C.CONTRACT_AMOUNT_WORDS},
        "facts": [fact_gold(f) for f in C.CONTRACT_FACTS],
        "organisations": [{"name": o.name, "aliases": list(o.aliases)} for o in C.CONTRACT_ORGS],
    }
    for name in ("contract-excerpt.docx", "contract-excerpt.pdf"):
        write_gold(name, gold)


# --------------------------------------------------------------------------- 5. plan (GBK text)


def make_plan(out: Path) -> None:
    text = "\r\n".join(line for line, *_ in C.PLAN_LINES) + "\r\n"
    (out / "plan-gbk.txt").write_bytes(text.encode("gbk"))
    headings = [{"text": line, "level": level} for line, number, level, title in C.PLAN_LINES if title and level <= 2]
    clauses = []
    for line, number, level, title in C.PLAN_LINES:
        if number:
            rest = line[len(number):]
            clauses.append({"number": number, "level": level, "title": title or clause_title(rest)})
    write_gold("plan-gbk.txt", {
        "encoding": "gbk",
        "paragraphs": [line for line, *_ in C.PLAN_LINES],
        "headings": headings,
        "clauses": clauses,
        "goals": [goal_gold(g) for g in C.PLAN_GOALS],
        "facts": [fact_gold(f) for f in C.PLAN_FACTS],
        "organisations": [{"name": "江州市城市管理局", "aliases": ["市城管局"]}],
    })


# --------------------------------------------------------------------------- 6. 义务教育 101号 (DOCX + PDF)


def edu_grid() -> Grid:
    rows = [list(C.EDU_HEADER)]
    for r in C.EDU_ROWS:
        rows.append([r.level1, r.level2, r.name, r.nature, r.value_text, r.unit_text, _num(r.weight), r.explanation])
    merges = vertical_runs(rows, 0, 1, (0,)) + vertical_runs(rows, 1, 1, (0, 1))
    return Grid(rows, merges, repeat_header=True, col_widths=[1.7, 2.1, 3.2, 1.2, 2.2, 1.6, 1.0, 2.6])


def edu_info_grid() -> Grid:
    f = C.EDU_FIELDS
    rows = [
        ["项目名称", f["项目名称"], f["项目名称"], f["项目名称"]],
        ["主管部门", f["主管部门"], "资金总额（万元）", f["资金总额（万元）"]],
        ["年度目标", C.EDU_GOAL.text, C.EDU_GOAL.text, C.EDU_GOAL.text],
    ]
    return Grid(rows, [(0, 1, 0, 3), (2, 1, 2, 3)], col_widths=[2.6, 5.4, 3.4, 4.2])


def make_edu(out: Path) -> None:
    w = DocxWriter()
    w.title(C.EDU_TITLE, 18)
    info, grid = edu_info_grid(), edu_grid()
    w.table(info, bold_rows=())
    w.table(grid)
    w.plain(C.EDU_NOTE, size=12)
    w.save(out / "edu-101-targets.docx")
    gold = {
        "paragraphs": [C.EDU_TITLE, C.EDU_NOTE],
        "headings": [],
        "tables": [info.rows, grid.rows],
        "fields": dict(C.EDU_FIELDS),
        "indicators": [indicator_gold(r) for r in C.EDU_ROWS],
        "goals": [goal_gold(C.EDU_GOAL)],
        "facts": [],  # no sum, share, rate, grade or 大写 amount is written in it
        "tree": "101号",
    }
    for name in ("edu-101-targets.docx", "edu-101-targets.pdf"):
        write_gold(name, gold)


# --------------------------------------------------------------------------- 7. 乡村道路 + 社区养老 (XLSX)


def road_grids() -> tuple[Grid, Grid]:
    f = C.ROAD_FIELDS
    head = Grid([
        ["项目名称", f["项目名称"], f["项目名称"], "主管部门", f["主管部门"], f["主管部门"], f["主管部门"]],
        ["实施单位", f["实施单位"], f["实施单位"], "年度资金总额（万元）", f["年度资金总额（万元）"],
         f["年度资金总额（万元）"], f["年度资金总额（万元）"]],
        ["年度目标"] + [C.ROAD_GOAL.text] * 6,
    ], [(0, 1, 0, 2), (0, 4, 0, 6), (1, 1, 1, 2), (1, 4, 1, 6), (2, 1, 2, 6)])
    rows = [list(C.ROAD_HEADER)]
    for r in C.ROAD_ROWS:
        rows.append([r.level1, r.level2, r.name, r.explanation, r.value_text, r.unit_text, _num(r.weight)])
    merges = vertical_runs(rows, 0, 1, (0,)) + vertical_runs(rows, 1, 1, (0, 1))
    return head, Grid(rows, merges)


def elder_grid() -> Grid:
    rows = [list(C.ELDER_HEADER)]
    for r in C.ELDER_ROWS:
        rows.append([r.level1, r.level2, r.name, r.value_text, r.unit_text])
    merges = vertical_runs(rows, 0, 1, (0,)) + vertical_runs(rows, 1, 1, (0, 1))
    return Grid(rows, merges)


def make_road_elderly(out: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "乡村道路"
    sw = SheetWriter(ws, [8, 10, 18, 26, 14, 10, 8])
    sw.line(C.ROAD_TITLE, 16, bold=True, height=28)
    head, road = road_grids()
    sw.grid(head, heights={2: 34})
    top = sw.grid(road, bold_rows=(0,))
    sw.page_setup(title_rows=f"{top}:{top}")
    ws2 = wb.create_sheet("社区养老")
    sw2 = SheetWriter(ws2, [12, 18, 24, 18, 12])
    sw2.line(C.ELDER_TITLE, 16, bold=True, height=28)
    elder = elder_grid()
    sw2.grid(elder, bold_rows=(0,))
    sw2.page_setup()
    _save_workbook(wb, out / "road-elderly-indicators.xlsx")
    write_gold("road-elderly-indicators.xlsx", {
        "paragraphs": [C.ROAD_TITLE, C.ELDER_TITLE],
        "headings": [],
        "tables": [head.rows, road.rows, elder.rows],
        "sheets": {"乡村道路": [0, 1], "社区养老": [2]},
        "fields": dict(C.ROAD_FIELDS),
        "indicators": [indicator_gold(r) for r in C.ROAD_ROWS + C.ELDER_ROWS],
        "goals": [goal_gold(C.ROAD_GOAL)],
        "facts": [fact_gold(f) for f in C.ROAD_FACTS],
    })


# --------------------------------------------------------------------------- PDF conversion and checks


def convert_to_pdf(files: list[Path], out: Path) -> bool:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("soffice not found: PDF conversion skipped (the committed PDFs stay as they are)", file=sys.stderr)
        return False
    with tempfile.TemporaryDirectory(prefix="jixiao-lo-") as profile:
        cmd = [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
               "--outdir", str(out)] + [str(f) for f in files]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    return True


def _squash(text: str) -> str:
    return "".join(text.split())


def page_texts(pdf_path: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(pdf_path) as pdf:
        return [_squash(page.extract_text() or "") for page in pdf.pages]


def _find_page(pages: list[str], needle: str, start: int = 0) -> int | None:
    needle = _squash(needle)
    for i in range(start, len(pages)):
        if needle in pages[i]:
            return i
    return None


def _row_keys(rows: list[list[str]], index: int) -> list[str]:
    """Short pieces of one row that are unique in the table and survive line wrapping."""
    elsewhere = {c for i, r in enumerate(rows) if i != index for c in r}
    cells = [c for c in dict.fromkeys(rows[index]) if c and c not in elsewhere]
    short = [c for c in cells if len(c) <= 5]
    return short or [c[:3] for c in cells]


def _find_row_page(pages: list[str], rows: list[list[str]], index: int, start: int = 0) -> int | None:
    keys = [_squash(k) for k in _row_keys(rows, index)]
    for i in range(start, len(pages)):
        if keys and all(k in pages[i] for k in keys):
            return i
    return None


def table_span(pages: list[str], grid_rows: list[list[str]]) -> list[int]:
    """1-based pages where the table's first data row and its last row appear."""
    first = _find_row_page(pages, grid_rows, 1)
    last = _find_row_page(pages, grid_rows, len(grid_rows) - 1, first or 0)
    if first is None or last is None:
        raise AssertionError(f"table rows not found in the PDF: {_row_keys(grid_rows, 1)} / {_row_keys(grid_rows, -1)}")
    return [first + 1, last + 1]


def paragraph_span(pages: list[str], text: str) -> list[int]:
    head, tail = text[:14], text[-14:]
    first = _find_page(pages, head)
    last = _find_page(pages, tail, first or 0)
    if first is None or last is None:
        raise AssertionError(f"paragraph not found in the PDF: {head}…{tail}")
    return [first + 1, last + 1]


def check_pdf(name: str, out: Path, *, footer: bool, cross_tables: tuple[int, ...] = (),
              no_cross_tables: tuple[int, ...] = (), want_cross_paragraph: bool = False) -> None:
    """Verify the layout claims for one PDF and store them in its gold under ``pdf_layout``."""
    gold_path = ANNOTATIONS / f"{name}.json"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    pages = page_texts(out / name)
    layout: dict = {"pages": len(pages), "tables": []}
    for index, rows in enumerate(gold["tables"]):
        if len(rows) < 2:
            continue
        span = table_span(pages, rows)
        layout["tables"].append({"table": index, "pages": span})
        if index in cross_tables and span[0] == span[1]:
            raise AssertionError(f"{name}: table {index} should cross a page but sits on page {span[0]}")
    layout["cross_page_tables"] = [t["table"] for t in layout["tables"] if t["pages"][0] != t["pages"][1]]
    if footer:
        for i, text in enumerate(pages, start=1):
            if f"—{i}—" not in text:
                raise AssertionError(f"{name}: page {i} has no footer — {i} —")
        layout["footer"] = "— N —"
    crossing = []
    for index, text in enumerate(gold["paragraphs"]):
        if len(text) > 40:
            span = paragraph_span(pages, text)
            if span[0] != span[1]:
                crossing.append({"paragraph": index, "pages": span})
    layout["cross_page_paragraphs"] = crossing
    if want_cross_paragraph and not crossing:
        raise AssertionError(f"{name}: no paragraph crosses a page break")
    gold["pdf_layout"] = layout
    gold_path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{name}: {layout['pages']} pages, tables {layout['tables']}, cross-page paragraphs {crossing}")


# --------------------------------------------------------------------------- 8. declared meets reported (pair)

PAIR_DIR = "declared-reported"


def make_declared_reported(out: Path) -> None:
    """A target form (XLSX) and the self-assessment (DOCX) of one project whose every declared target is reported."""
    from openpyxl import Workbook

    folder = out / PAIR_DIR
    folder.mkdir(exist_ok=True)
    f = C.HEALTH_FORM_FIELDS
    rows = [
        ["项目名称"] * 2 + [f["项目名称"]] * 5,
        ["主管部门及代码"] * 2 + [f["主管部门及代码"]] * 2 + ["实施单位"] + [f["实施单位"]] * 2,
        ["项目期"] * 2 + [f["项目期"]] * 5,
        ["年度目标"] * 2 + [C.HEALTH_GOAL_YEAR] * 5,
        ["一级指标", "二级指标", "三级指标", "三级指标", "指标值", "计量单位", "指标解释"],
    ]
    merges = [(0, 0, 0, 1), (0, 2, 0, 6), (1, 0, 1, 1), (1, 2, 1, 3), (1, 5, 1, 6), (2, 0, 2, 1), (2, 2, 2, 6),
              (3, 0, 3, 1), (3, 2, 3, 6), (4, 2, 4, 3)]
    for r in C.HEALTH_ROWS:
        rows.append([r.level1, r.level2, r.name, r.name, r.value_text, r.unit_text, ""])
        merges.append((len(rows) - 1, 2, len(rows) - 1, 3))
    merges += vertical_runs(rows, 0, 5, (0,)) + vertical_runs(rows, 1, 5, (0, 1))
    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标申报表"
    sw = SheetWriter(ws, [10, 14, 14, 12, 14, 10, 16])
    sw.line("项目支出绩效目标申报表", 18, bold=True, height=32)
    sw.line("（2024年度）", 12)
    sw.grid(Grid(rows, merges), heights={3: 60})
    sw.page_setup()
    _save_workbook(wb, folder / "health-target-form.xlsx")

    s = C.HEALTH_SELF_FIELDS
    info = Grid([["项目名称"] * 2 + [s["项目名称"]] * 4,
                 ["主管部门", s["主管部门"], s["主管部门"], "实施单位", s["实施单位"], s["实施单位"]],
                 ["年度总体目标"] + ["预期目标"] * 3 + ["实际完成情况"] * 2,
                 ["年度总体目标"] + [C.HEALTH_GOAL_YEAR] * 3 + [C.HEALTH_GOAL_ACTUAL] * 2],
                [(0, 0, 0, 1), (0, 2, 0, 5), (1, 1, 1, 2), (1, 4, 1, 5), (2, 1, 2, 3), (2, 4, 2, 5), (3, 1, 3, 3),
                 (3, 4, 3, 5), (2, 0, 3, 0)],
                col_widths=[2.6, 2.6, 2.4, 2.2, 2.6, 2.6])
    table = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]]
    for r in C.HEALTH_ROWS:
        table.append([r.level1, r.level2, r.name, r.value_text + r.unit_text, r.actual_text, _num(r.weight),
                      _num(r.weight)])
    indicators = Grid(table, vertical_runs(table, 0, 1, (0,)) + vertical_runs(table, 1, 1, (0, 1)),
                      repeat_header=True, col_widths=[2.0, 2.4, 3.6, 2.4, 2.4, 1.2, 1.2])
    w = DocxWriter()
    w.title("项目支出绩效自评表")
    w.centered("（2024年度）")
    w.table(info, bold_rows=())
    w.table(indicators)
    w.save(folder / "health-self-assessment.docx")


def main(argv: list[str]) -> int:
    out = HERE
    make_declared_reported(out)
    make_target_form(out)
    make_self_assessment(out)
    make_report(out)
    make_contract(out)
    make_plan(out)
    make_edu(out)
    make_road_elderly(out)
    if "--no-pdf" in argv:
        return 0
    sources = [out / n for n in ("zhcg-target-form.xlsx", "zhcg-self-assessment.docx", "report-excerpt.docx",
                                 "contract-excerpt.docx", "edu-101-targets.docx")]
    if not convert_to_pdf(sources, out):
        return 0
    check_pdf("zhcg-target-form.pdf", out, footer=False)
    check_pdf("zhcg-self-assessment.pdf", out, footer=True, cross_tables=(1,))
    check_pdf("report-excerpt.pdf", out, footer=True, cross_tables=(1,), want_cross_paragraph=True)
    check_pdf("contract-excerpt.pdf", out, footer=True)
    check_pdf("edu-101-targets.pdf", out, footer=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
