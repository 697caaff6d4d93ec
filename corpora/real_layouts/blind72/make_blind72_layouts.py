#!/usr/bin/env python3
"""Blind part 72 of the real-layout corpus.

Written by an annotator who did not read the toolkit's code, tests, bench, lexicons, rules or other parts'
generators, and who ran nothing of the toolkit.  Each document reproduces the beginning of one stored public
page (layout, labels, values, defects as found; longer sentences in our own words with the same numbers) and
stops where the stored page stops.  The gold (``DOCS[...]['gold']``) was written by hand from the documents
before anything else looked at them.

Run:  /tmp/venv/bin/python make_blind72_layouts.py [--no-pdf]
Writes the DOCX/XLSX files, their PDFs (LibreOffice) and annotations/<file>.json (one per file).
DOCX/XLSX are deterministic: core properties pinned to 2025-01-01, zip entries re-dated to 2025-01-01 in a
fixed order.
"""
import copy
import datetime
import io
import json
import os
import re
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = datetime.datetime(2025, 1, 1, 0, 0, 0)
FONT = "SimSun"


# ----------------------------------------------------------------------------- helpers

def _set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    run.font.name = FONT
    run._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)


def _para(doc, text, bold=False, size=10.5, center=False):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    run.font.name = FONT
    run._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def _new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    cp = doc.core_properties
    cp.author = "blind72"
    cp.last_modified_by = "blind72"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    return doc


def _landscape(doc):
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))


def _widths(table, cms):
    from docx.shared import Cm
    table.autofit = False
    grid = table._tbl.tblGrid
    for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if j < len(cms):
            gc.set(qn("w:w"), str(int(Cm(cms[j]).twips)))
    for row in table.rows:
        for j, cell in enumerate(row.cells):
            if j < len(cms):
                cell.width = Cm(cms[j])


def _grid(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tblPr.append(borders)


def _fix_zip(path):
    """Re-date every zip entry to 2025-01-01 and pin docProps/core.xml dates; keep the entry order."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                             r"\g<1>2025-01-01T00:00:00Z\g<2>", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                             r"\g<1>2025-01-01T00:00:00Z\g<2>", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def _ind(l1, l2, name, op, val, unit, tt, actual=None, weight=None, score=None):
    return {"level1": l1, "level2": l2, "name": name, "operator": op, "value": val, "unit": unit,
            "target_text": tt, "actual": actual, "weight": weight, "score": score}


# ----------------------------------------------------------------------------- 1. 宁晋 消防 (XLSX)

NINGJIN = "he-ningjin-firefighting-selfeval.xlsx"


def build_ningjin(path):
    wb = Workbook()
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    f = Font(name=FONT, size=10)
    fb = Font(name=FONT, size=12, bold=True)

    ws = wb.active
    ws.title = "报告封面"
    rows = [
        ["附件1"],
        ["宁晋县部门工作活动(项目)"],
        ["绩效评价自评报告"],
        ["(2019年度)"],
        ["工作活动(项目)名称:", "民政事业服务中心消防提升改造项目"],
        ["工作活动(项目)承担单位:", "宁晋县民政事业服务中心", "", "", "", "(公章)"],
        ["工作活动(项目)主管部门:", "宁晋县民政局", "", "", "", "(公章)"],
        ["组织方式:□财政部门 □主管部门 √实施单位"],
        ["评价机构:□中介机构 □专家组 √项目单位评价组"],
        ["评价类型:□预算申报前评价 □实施过程评价 √完成结果评价"],
        ["2020 年 3 月 27 日"],
    ]
    for r in rows:
        ws.append(r)
    for rr in (2, 3, 4):
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=7)
        ws.cell(rr, 1).font = fb
        ws.cell(rr, 1).alignment = Alignment(horizontal="center")
    ws.merge_cells(start_row=5, start_column=2, end_row=5, end_column=6)
    for rr in (6, 7):
        ws.merge_cells(start_row=rr, start_column=2, end_row=rr, end_column=5)
    for rr in (8, 9, 10, 11):
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=7)
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 34
    for row in ws.iter_rows():
        for c in row:
            if c.font != fb:
                c.font = f

    ws2 = wb.create_sheet("自评表")
    grid = [
        ["工作活动(项目)负责人", "曹建峰", "", "联系电话", "5804476", ""],
        ["财务负责人", "康宝山", "", "联系电话", "5804476", ""],
        ["单位地址", "宁晋县尧台三村", "", "", "", ""],
        ["工作活动(项目)起止时间", "计划开始: 2019年1月", "", "计划完成: 2019年1月", "", ""],
        ["", "实际开始: 2019年1月", "", "实际完成: 2019年1月", "", ""],
        ["一、项目资金情况", "", "", "", "", ""],
        ["", "以前年度资金(万元)", "本年度资金(评价项目的资金使用年度)", "", "", ""],
        ["", "", "预算安排 (万元)", "实际到位金额 (到达项目单位)", "实际支出金额 (项目单位支出)", "结余金额 (万元)"],
        ["合计", "", "", "", "", ""],
        ["中央财政资金", "", "", "", "", ""],
        ["省财政资金", "", 300, 300, 151.56, 148.44],
        ["县财政资金", "", 254, 254, 254, ""],
        ["其他财政资金", "", "", "", "", ""],
        ["二、工作活动(项目)绩效目标情况", "", "", "", "", ""],
        ["绩效目标", "", "", "完成绩效目标情况及未完成的原因", "", ""],
        ["绩效目标", "总目标", "更换消火栓系统", "", "", ""],
    ]
    for r in grid:
        ws2.append(r)
    merges = ["B1:C1", "E1:F1", "B2:C2", "E2:F2", "B3:F3", "A4:A5", "B4:C4", "D4:F4", "B5:C5", "D5:F5",
              "A6:F6", "A7:A8", "B7:B8", "C7:F7", "A14:F14", "A15:C15", "D15:F15", "C16:F16"]
    for m in merges:
        ws2.merge_cells(m)
    widths = {"A": 22, "B": 18, "C": 16, "D": 20, "E": 20, "F": 14}
    for k, v in widths.items():
        ws2.column_dimensions[k].width = v
    for row in ws2.iter_rows(min_row=1, max_row=len(grid), max_col=6):
        for c in row:
            c.font = f
            c.border = box
            c.alignment = Alignment(wrap_text=True, vertical="center")
    for sh in (ws, ws2):
        sh.page_setup.orientation = "landscape"
        sh.page_setup.paperSize = 9
        sh.sheet_properties.pageSetUpPr.fitToPage = True
        sh.page_setup.fitToWidth = 1
        sh.page_setup.fitToHeight = 0
    wb.properties.creator = "blind72"
    wb.properties.lastModifiedBy = "blind72"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(path)


NINGJIN_GOLD = {
    "province": "河北",
    "doc_kind": "自评报告 (部门工作活动(项目)绩效评价自评报告, Excel 工作表: 报告封面 + 自评表 资金块)",
    "patterns": [8, 10],
    "indicators": [],
    "goals": [{"kind": "总体目标", "text": "更换消火栓系统"}],
    "facts": [
        {"metric": "省财政资金 预算安排 = 实际支出金额 + 结余金额", "kind": "sum", "total": 300,
         "parts": [151.56, 148.44], "unit": "万元"},
        {"metric": "省财政资金 (预算安排 / 实际支出金额)", "kind": "budget", "planned": 300, "actual": 151.56,
         "stated_rate": None, "unit": "万元"},
        {"metric": "县财政资金 (预算安排 / 实际支出金额)", "kind": "budget", "planned": 254, "actual": 254,
         "stated_rate": None, "unit": "万元"},
    ],
    "findings": [],
    "notes": (
        "宁晋县 (邢台, 河北) 民政局 page of 2020-05-21, '民政事业服务中心消防提升改造项目绩效自评': the page is an "
        "HTML export of an Excel workbook (its navigation lists the sheets 报告封面 / 自评表 / 评价活动共性指标 / "
        "自评表(续); the stored text shows '工作表 1: 报告封面' and '工作表 2: 自评表'), so the document is an XLSX with "
        "the two sheets the stored text reaches; the web chrome (发布时间, 发布机构, 索引号, sheet navigation) is left "
        "out and the two later sheets are not invented. The stored page stops inside the goal block right after "
        "'总目标 | 更换消火栓系统', so the goal cell holds only those words and no indicator rows exist: indicators "
        "are empty and no coverage finding is made (the table is cut before any indicator). Kept as found: the 合计 "
        "row is empty, the 以前年度资金 column is empty, 县财政资金 has no 结余 entry, planned start and finish are "
        "both 2019年1月, both phones 5804476. Facts: 300 = 151.56 + 148.44 (checks), 省 spent 151.56 of 300 with no "
        "stated rate, 县 254/254. Judgement calls: the 省 under-spend (about 50.5%) is not flagged for a missing "
        "deviation reason because the column that would hold it (完成绩效目标情况及未完成的原因) is cut by the page; "
        "the cut goal '更换消火栓系统' is recorded as 总体目标 (label 总目标) and not judged (it is cut mid-cell)."
    ),
}


# ----------------------------------------------------------------------------- 2. 东莞 公务用车 批复表 (DOCX)

DONGGUAN = "gd-dongguan-police-cars-approval.docx"

# left half: (一级, 二级, 三级, 指标值); right half: (二级, 三级, 计划指标值)
DG_ROWS = [
    ("预期产出指标", "数量指标(或建筑规模指标)", "新采购的车辆数量", "60", "数量指标(或建筑规模指标)", "旧车报废数量", "20辆"),
    ("预期产出指标", "数量指标(或建筑规模指标)", "旧车报废数量", "60", "数量指标(或建筑规模指标)", "新车采购数量", "20辆"),
    ("预期产出指标", "质量指标", "购置车辆质量合格率", "100%", "质量指标", "购置车辆质量合格率", "100%"),
    ("预期产出指标", "质量指标", "采购程序规范性", "100%", "质量指标", "采购程序规范性", "100%"),
    ("预期产出指标", "质量指标", "设备到位率", "100%", "质量指标", "设备到位率", "100%"),
    ("预期产出指标", "时效指标(工期指标)", "购置完成时间", "2020年12月前", "时效指标(工期指标)", "完成报废时间", "2020年12月前"),
    ("预期产出指标", "时效指标(工期指标)", "完成报废时间", "2020年12月前", "时效指标(工期指标)", "购置完成时间", "2020年12月前"),
    ("预期产出指标", "时效指标(工期指标)", "采购及时率", "100%", "", "", ""),
    ("预期产出指标", "预算(或投资规模)控制指标", "预算执行率", "≥95%", "预算(或投资规模)控制指标", "预算执行率", "≥95%"),
    ("效果指标", "社会、经济、生态效益指标", "车辆维护费用减少率", "≥5%", "社会、经济、生态效益指标", "百公里维修费支出", ""),
    ("效果指标", "社会、经济、生态效益指标", "百公里维修费支出", "≤500元/100km", "社会、经济、生态效益指标", "车辆维护费用减少率", ""),
    ("效果指标", "可持续影响指标", "确保公务车辆正常运转", "", "", "", ""),
]


DG_WIDTHS = [1.5, 2.2, 3.9, 4.6, 2.9, 3.9, 4.6, 3.1]


def _merge_run(table, col, r0, r1):
    if r1 > r0:
        a = table.cell(r0, col)
        b = table.cell(r1, col)
        txt = a.text
        m = a.merge(b)
        _set_cell(m, txt)


def build_dongguan(path):
    doc = _new_doc()
    _landscape(doc)
    _para(doc, "政府购买公交服务项目管理服务费用项目支出绩效目标批复表", bold=True, size=12, center=True)
    _para(doc, "合集下载", size=9)
    _para(doc, "东莞市公安局_公务用车购置项目支出绩效目标批复表", bold=True, size=11, center=True)
    _para(doc, "东莞市公安局_公务用车购置项目支出绩效目标批复表", size=10, center=True)

    # goal row + header + indicator rows, 8 columns: 绩效指标 | 一级 | 二级 | 三级 | 指标值 | 二级 | 三级 | 计划指标值
    n = 2 + len(DG_ROWS)
    t = doc.add_table(rows=n, cols=8)
    _grid(t)
    _set_cell(t.cell(0, 0), "绩效目标", bold=True)
    _set_cell(t.cell(0, 1), "件精神,我局机关对60台符合相关条件的车辆进行报废更新")
    _set_cell(t.cell(0, 5), "精神,我局机关对20台符合相关条件的车辆进行报废更新")
    g1 = t.cell(0, 1).merge(t.cell(0, 4))
    _set_cell(g1, "件精神,我局机关对60台符合相关条件的车辆进行报废更新")
    g2 = t.cell(0, 5).merge(t.cell(0, 7))
    _set_cell(g2, "精神,我局机关对20台符合相关条件的车辆进行报废更新")
    heads = ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值(或计划水平)", "二级指标", "三级指标", "计划指标值(或计划水平)"]
    for j, h in enumerate(heads):
        _set_cell(t.cell(1, j), h, bold=True)
    for i, row in enumerate(DG_ROWS):
        r = i + 2
        _set_cell(t.cell(r, 0), "绩效指标")
        for j, v in enumerate(row):
            _set_cell(t.cell(r, j + 1), v)
    _widths(t, DG_WIDTHS)
    # merge the label columns down their runs (pattern 1)
    _merge_run(t, 0, 1, n - 1)
    for col in (1, 2, 5):
        vals = [row[col - 1] for row in DG_ROWS]
        i = 0
        while i < len(vals):
            j = i
            while j + 1 < len(vals) and vals[j + 1] == vals[i] and vals[i]:
                j += 1
            _merge_run(t, col, i + 2, j + 2)
            i = j + 1

    _para(doc, "")
    _para(doc, "东莞市看守所_公务用车购置项目支出绩效目标批复表", bold=True, size=11, center=True)
    _para(doc, "东莞市看守所_公务用车购置项目支出绩效目标批复表", size=10, center=True)
    t2 = doc.add_table(rows=5, cols=8)
    _grid(t2)
    heads2 = ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值(或计划水平)", "二级指标", "三级指标", "计划指标值(或计划水平)"]
    for j, h in enumerate(heads2):
        _set_cell(t2.cell(0, j), h, bold=True)
    rows2 = [
        ("绩效指标", "预期产出指标", "数量指标(或建筑规模指标)", "公务用车购置数量", "1", "数量指标(或建筑规模指标)", "公务用车购置数量", "1"),
        ("绩效指标", "预期产出指标", "质量指标", "车辆合格率", "", "", "", ""),
        ("绩效指标", "预期产出指标", "时效指标(工期指标)", "", "", "", "", ""),
        ("绩效指标", "预期产出指标", "预算(或投资规模", "", "", "", "", ""),
    ]
    for i, row in enumerate(rows2):
        for j, v in enumerate(row):
            _set_cell(t2.cell(i + 1, j), v)
    _widths(t2, DG_WIDTHS)
    _merge_run(t2, 0, 1, 4)
    _merge_run(t2, 1, 1, 4)
    doc.save(path)


def _dg_indicators():
    out = []

    def parse(tt):
        if not tt:
            return None, None, None
        m = re.match(r"^(≥|≤)?\s*([0-9.]+)\s*(.*)$", tt)
        if not m:
            return None, None, None
        op = {"≥": ">=", "≤": "<="}.get(m.group(1)) if m.group(1) else None
        val = float(m.group(2))
        val = int(val) if val.is_integer() else val
        unit = m.group(3) or None
        return op, val, unit

    for l1, l2, name, tt, r2, rname, rtt in DG_ROWS:
        op, val, unit = parse(tt) if "年" not in tt else (None, None, None)
        out.append(_ind(l1, l2, name, op, val, unit, tt if tt else None))
    for l1, l2, name, tt, r2, rname, rtt in DG_ROWS:
        if not rname:
            continue
        op, val, unit = parse(rtt) if "年" not in rtt else (None, None, None)
        out.append(_ind(l1, r2, rname, op, val, unit, rtt if rtt else None))
    out.append(_ind("预期产出指标", "数量指标(或建筑规模指标)", "公务用车购置数量", None, 1, None, "1"))
    out.append(_ind("预期产出指标", "数量指标(或建筑规模指标)", "公务用车购置数量", None, 1, None, "1"))
    out.append(_ind("预期产出指标", "质量指标", "车辆合格率", None, None, None, None))
    return out


DONGGUAN_GOLD = {
    "province": "广东",
    "doc_kind": "绩效目标批复表 (项目支出绩效目标批复表 合集, 两半并排: 指标值 │ 计划指标值)",
    "patterns": [1, 3, 5],
    "indicators": None,  # filled by _dg_indicators()
    "goals": [
        {"kind": "目标", "text": "件精神,我局机关对60台符合相关条件的车辆进行报废更新"},
        {"kind": "目标", "text": "精神,我局机关对20台符合相关条件的车辆进行报废更新"},
    ],
    "facts": [],
    "findings": [
        {"rule": "target.missing_unit", "item": "新采购的车辆数量",
         "why": "left half: bare '60' for a vehicle count, no 辆/台 (the right half writes '20辆')"},
        {"rule": "target.missing_unit", "item": "旧车报废数量",
         "why": "left half: bare '60' for a count of scrapped vehicles, no unit"},
        {"rule": "target.missing_value", "item": "百公里维修费支出",
         "why": "right half (计划指标值): the row has a name but an empty value cell"},
        {"rule": "target.missing_value", "item": "车辆维护费用减少率",
         "why": "right half (计划指标值): the row has a name but an empty value cell (the left half has ≥5%)"},
        {"rule": "target.missing_value", "item": "确保公务车辆正常运转",
         "why": "the 可持续影响指标 row carries only this wording and no value; the 公安局 table ends there"},
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "the 公安局 table is complete (it ends before the 看守所 table starts) and has 预期产出指标 and "
                "效果指标 rows only, no service-object satisfaction row"},
        {"rule": "target.missing_unit", "item": "公务用车购置数量",
         "why": "看守所 table: bare '1' in both halves for a vehicle count, no unit"},
    ],
    "notes": (
        "360docs '合集' page whose title names a 东莞 政府购买公交服务 approval form but whose stored text shows two "
        "other forms of the collection: 东莞市公安局_公务用车购置项目支出绩效目标批复表 (complete) and the start of "
        "东莞市看守所_公务用车购置项目支出绩效目标批复表 (cut at '预算(或投资规模'). The page is a PDF text dump of a "
        "side-by-side table (left: 一级/二级/三级/指标值(或计划水平); right: 二级/三级/计划指标值(或计划水平)); the "
        "stored text gives no 中期/年度 labels for the halves, so none are added. Reconstruction (judgement): the "
        "goal cells start mid-sentence ('件精神…60台…报废更新' left, '精神…20台…报废更新' right) and are kept as "
        "fragments as the page has them (no ellipsis added); the interleaved cells were assigned half by half in reading order: left "
        "新采购的车辆数量 60 / 旧车报废数量 60, right 旧车报废数量 20辆 / 新车采购数量 20辆 (the right cell reads "
        "'旧车报废数' in the dump, taken as 旧车报废数量); 质量 rows 100% in both halves; 时效 rows 2020年12月前 in "
        "both halves; '采购及时率 100%' appears once and is put in the left half; 预算执行率 ≥95% in both halves; "
        "of the 效果 rows only two values appear (≥5% and ≤500元/100km), given to the left half's "
        "车辆维护费用减少率 and 百公里维修费支出, so the right half's two rows have empty values; the last row "
        "'可持续影响指标 │ 确保公务车辆正常运转' has no value (it could also be read as a value with the name "
        "missing; taken as a name). Gold values: '100%' and '60'/'20辆' are bare numbers, so operator null; dates "
        "'2020年12月前' get operator and value null; the 一级 of the right half is read from the merged 一级 column of the "
        "same rows. The 看守所 table: 公务用车购置数量 1 in both halves, 车辆合格率 with its value not in the "
        "stored text (page ends a few cells later, so no missing-value finding), then the bare labels "
        "时效指标(工期指标) and '预算(或投资规模' where the page stops. The 看守所 table is cut, so no coverage finding "
        "for it. Not flagged: 预算执行率 and 采购程序规范性 as output rows (no rule id for that)."
    ),
}


# ----------------------------------------------------------------------------- 3. 阳泉 新能源公交车 (DOCX, prose)

YANGQUAN = "sx-yangquan-ebus-eval.docx"


def build_yangquan(path):
    doc = _new_doc()
    _para(doc, "2020年度新能源公交车购置项目绩效评价报告", bold=True, size=14, center=True)
    _para(doc, "时间:2021-09-18 10:00:00", size=9, center=True)
    _para(doc, "2020年度新能源公交车购置项目绩效评价报告", bold=True, size=12, center=True)
    _para(doc, "依照《中华人民共和国预算法》，并按《中共中央国务院关于全面实施预算绩效管理的意见》(中发〔2018〕34号)"
               "和《财政部关于印发〈项目支出绩效评价管理办法〉的通知》(财预〔2020〕10号)的要求，我们对公交公司新能源"
               "公交车购置资金项目作了绩效评价，现将情况报告如下。")
    _para(doc, "一、基本情况", bold=True)
    _para(doc, "(一)项目背景", bold=True)
    _para(doc, "城乡经济不断发展、城市化进程加快，尤其是2017年起我市实行65岁老年任免费乘车的新政策，加上对环保的重视和"
               "社会车辆常态化限行，公交客流量年年增长，现有车辆和线路已满足不了群众日常出行。《阳泉市打赢蓝天保卫战三年"
               "攻坚行动方案(2018-2020)》要求“城市公交汽车2019年底前全部改用新能源汽车”，同时新能源公交车购置补贴逐步"
               "退坡。6月8日，阳泉市人民政府国有资产监督管理委员会向市政府报送《关于购置新能源公交车有关情况的请示》，"
               "拟以分期付款方式更新公交公司现有的93辆柴油车，并更新截止到2020年报废的186辆燃气公交车，共购置279台"
               "新能源公交车辆，全部车辆合同价款价款合计15202.3万元，分五年付清，每年由财政拨付3040.46万元。")
    _para(doc, "(二)项目执行情况", bold=True)
    _para(doc, "1、预算执行情况", bold=True)
    _para(doc, "本项目年度总预算3040.46万元，财政于2020年11月拨款3040.46万元；我单位与12月10日分别向郑州宇通、中通"
               "支付2210.46万元和830万元，共计3040.46万元，预算执行率为100%，没有资金结余。")
    _para(doc, "2、效益", bold=True)
    doc.save(path)


YANGQUAN_GOLD = {
    "province": "山西",
    "doc_kind": "评价报告 (新能源公交车购置项目绩效评价报告, 散文)",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "新能源公交车购置 年度总预算 / 实际支付", "kind": "budget", "planned": 3040.46, "actual": 3040.46,
         "stated_rate": 100, "unit": "万元"},
        {"metric": "支付 郑州宇通 + 中通 = 共计", "kind": "sum", "total": 3040.46, "parts": [2210.46, 830],
         "unit": "万元"},
        {"metric": "购置新能源公交车 = 更新柴油车 + 更新燃气公交车", "kind": "sum", "total": 279, "parts": [93, 186],
         "unit": "辆"},
        {"metric": "合同价款 = 五年每年财政拨付", "kind": "sum", "total": 15202.3,
         "parts": [3040.46, 3040.46, 3040.46, 3040.46, 3040.46], "unit": "万元"},
    ],
    "findings": [],
    "notes": (
        "Page on hgbhcs.com, a mirror that carries the 阳泉市工业和信息化局 site header ('预决算公开'); the report is "
        "the 2020 新能源公交车购置 evaluation of the 阳泉 bus company, dated 2021-09-18. The mirror replaced some place "
        "words with a casino brand ('《肆客足球打赢蓝天保卫战三年攻坚行动方案(2018-2020)》', '肆客足球城市公交汽车…', "
        "'国家和肆客足球有关…补贴'); the document restores them as 阳泉市 / drops them (judgement: injected spam, not "
        "a defect of the report; the plan may be the province's rather than the city's). The dump also lost digits "
        "around 年 and 〔〕 ('202011月', '1210日', '68日', '〔201834号', '〔202010号'), read as 2020年11月, 12月10日, "
        "6月8日, 〔2018〕34号, 〔2020〕10号. Kept as found: '65岁老年任' (for 老年人), '合同价款价款', '我单位与12月10日' "
        "(for 于), 93辆 + 186辆 = 279台 (辆 vs 台). The stored page stops at the heading '2、效益', so the document "
        "ends there: no goals, no indicators. Facts all check: 2210.46 + 830 = 3040.46, 3040.46/3040.46 = 100%, "
        "93 + 186 = 279, 5 x 3040.46 = 15202.3. No findings: nothing in the reached text breaks a rule."
    ),
}


# ----------------------------------------------------------------------------- 4. 永兴 九山河 (DOCX, prose)

YONGXING = "hn-yongxing-river-eval.docx"


def build_yongxing(path):
    doc = _new_doc()
    _para(doc, "永兴县水利局2019年度九山河耒水治理工程青苗费监理费专项资金绩效评价报告", bold=True, size=13, center=True)
    _para(doc, "发布时间:2020-11-04 09:47  来源:永兴县水利局", size=9, center=True)
    _para(doc, "一、专项资金基本情况", bold=True)
    _para(doc, "(一)专项资金概况。", bold=True)
    _para(doc, "本次评价的2019年度专项资金共85.98万元：九山河一期治理工程监理费22万元、建设用地测绘费4.98万元、青苗补偿费"
               "16.11万元；耒水河永兴县河段治理工程(塘门口)监理费12.66万元、建设用地测绘费2.68万元、青苗补偿费27.55万元。")
    _para(doc, "(二)专项资金预期目标完成程度。", bold=True)
    _para(doc, "2019年九山河一期治理工程完成河道治理8.43公里，耒水永兴县河段治理工程(塘门口)完成河道综合治理2.09公里；"
               "两个工程的建设质量均为合格；两条河道的防洪标准都达到10年一遇，河道运行安全有了保障；群众满意度在95%以上。")
    _para(doc, "(三)专项资金使用管理情况。", bold=True)
    _para(doc, "资金管理按县级财政专项资金管理办法执行；拨付审批手续规范、资料齐全，实行国库集中支付；两个项目集中设专账核算；"
               "未发现资金管理问题。")
    _para(doc, "二、绩效评价工作情况", bold=True)
    _para(doc, "局领导召集主管人员和项目执行单位开专题会，布置任务、统一自评口径并制定工作方案；项目单位据此整理评价资料，到项目区"
               "做民意测评和现场评价，汇总意见后形成自评报告；自评报告、绩效自评表、项目实施情况统计表和汇总表均如实反映了项目的"
               "经济、社会和生态效益。")
    _para(doc, "三、专项资金主要绩效(附专项资金绩效目标自评表)", bold=True)
    _para(doc, "四、存在的问题", bold=True)
    _para(doc, "无。")
    _para(doc, "五、有关建议", bold=True)
    _para(doc, "无。")
    _para(doc, "六、其他需要说明的问题", bold=True)
    _para(doc, "无。")
    _para(doc, "附件:永兴县水利局2019年度九山河耒水治理工程青苗")
    doc.save(path)


YONGXING_GOLD = {
    "province": "湖南",
    "doc_kind": "评价报告 (专项资金绩效评价报告, 散文)",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "2019年度专项资金 = 九山河(监理 + 测绘 + 青苗) + 耒水塘门口(监理 + 测绘 + 青苗)", "kind": "sum",
         "total": 85.98, "parts": [22, 4.98, 16.11, 12.66, 2.68, 27.55], "unit": "万元"},
    ],
    "findings": [],
    "notes": (
        "永兴县 (郴州, 湖南) 水利局 report of 2020-11-04 on the 2019 青苗费/监理费 special fund of two river works "
        "(九山河一期治理, 耒水河永兴县河段治理(塘门口)). Prose throughout; the section '三、专项资金主要绩效' consists of "
        "its heading only (it points to an attached 自评表 that is not in the page), and the stored page stops in the "
        "attachment line '附件:永兴县水利局2019年度九山河耒水治理工程青苗', where the document stops too. The results in "
        "(二) (8.43公里, 2.09公里, 合格, 10年一遇, 满意度超过95%) are stated achievements with no target values, so they "
        "are not recorded as indicator rows and no goals are recorded (the page states none). Fact: 22 + 4.98 + 16.11 + "
        "12.66 + 2.68 + 27.55 = 85.98 (checks; the two works' subtotals 43.09 and 42.89 are not stated). No findings: "
        "the 存在的问题/建议 sections say '无', which no rule id covers."
    ),
}


# ----------------------------------------------------------------------------- registry

DOCS = [
    {"file": NINGJIN, "build": build_ningjin, "url": "http://wxnuopeng.com/content/21620.html", "gold": NINGJIN_GOLD},
    {"file": DONGGUAN, "build": build_dongguan, "url": "https://360docs.net/doc/3e18456328.html", "gold": DONGGUAN_GOLD},
    {"file": YANGQUAN, "build": build_yangquan, "url": "http://hgbhcs.com/gyqyxxgk/202109/t20210916_1217698.html",
     "gold": YANGQUAN_GOLD},
    {"file": YONGXING, "build": build_yongxing,
     "url": "http://yxx.gov.cn/gzdt/rdzt/53916/53921/57439/57454/57468/content_3194996.html", "gold": YONGXING_GOLD},
]


def gold_for(d, source):
    g = copy.deepcopy(d["gold"])
    if g.get("indicators") is None:
        g["indicators"] = _dg_indicators()
    out = {"source": source, "source_urls": [d["url"]]}
    for k in ("province", "doc_kind", "patterns", "indicators", "goals", "facts", "findings", "notes"):
        out[k] = g[k]
    return out


def main():
    no_pdf = "--no-pdf" in sys.argv
    os.makedirs(ANN, exist_ok=True)
    for d in DOCS:
        path = os.path.join(HERE, d["file"])
        d["build"](path)
        _fix_zip(path)
        names = [d["file"]]
        if not no_pdf:
            for attempt in range(3):
                r = subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_blind72", "--headless",
                                    "--convert-to", "pdf", "--outdir", HERE, path],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                if r.returncode == 0:
                    break
            else:
                raise SystemExit("soffice failed on " + path)
            names.append(os.path.splitext(d["file"])[0] + ".pdf")
        for name in names:
            with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as f:
                json.dump(gold_for(d, name), f, ensure_ascii=False, indent=1)
                f.write("\n")
        print("wrote", ", ".join(names))


if __name__ == "__main__":
    main()
