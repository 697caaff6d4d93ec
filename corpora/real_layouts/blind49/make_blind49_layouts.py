#!/usr/bin/env python3
"""Build the blind49 part of the real-layout corpus.

Each entry of DOCS reproduces one stored public page (address in its gold) as the
document its department would have exchanged (XLSX or DOCX), writes the hand-made
gold for the file and for its PDF export, and (unless --no-pdf) exports the PDF
with LibreOffice.  Facts (names, values, units, amounts, scores) are as the page
has them; longer sentences are reworded with the same numbers.

Deterministic bytes: core properties pinned, every zip entry rewritten with a
fixed date in a fixed order.
"""
import argparse
import copy
import datetime as dt
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0)
ZIP_DATE = (2025, 1, 1, 0, 0, 0)
FONT = "Droid Sans Fallback"


# ---------------------------------------------------------------- helpers

def normalize_zip(path):
    """Rewrite a zip (xlsx/docx) with fixed entry dates, sorted-but-content-types-first order
    and a pinned dcterms:created/modified, so the bytes do not change between runs."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    stamp = b"2025-01-01T00:00:00Z"
    fixed = []
    for name, data in items:
        if name == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rb"\g<1>" + stamp + rb"\g<2>", data)
            data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>" + stamp + rb"\g<2>", data)
        fixed.append((name, data))
    order = {"[Content_Types].xml": 0, "_rels/.rels": 1}
    fixed.sort(key=lambda kv: (order.get(kv[0], 2), kv[0]))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in fixed:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def xl_sheet(title, widths, landscape=True):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5
    wb.properties.creator = "blind49"
    wb.properties.lastModifiedBy = "blind49"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    return wb, ws


def xl_put(ws, rows, merges, ncols, heights=None, bold_rows=()):
    """rows: list of lists (None = empty cell); merges: list of 'A1:B2'."""
    for r, row in enumerate(rows, 1):
        for c in range(1, ncols + 1):
            v = row[c - 1] if c - 1 < len(row) else None
            cell = ws.cell(row=r, column=c)
            if v is not None:
                cell.value = v
            cell.font = Font(name=FONT, size=10, bold=(r in bold_rows))
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
            cell.border = BORDER
        if heights and r in heights:
            ws.row_dimensions[r].height = heights[r]
    for m in merges:
        ws.merge_cells(m)


def xl_left(ws, refs):
    for ref in refs:
        ws[ref].alignment = Alignment(wrap_text=True, vertical="center", horizontal="left")


def new_doc(landscape=False):
    d = docx.Document()
    cp = d.core_properties
    cp.author = "blind49"
    cp.last_modified_by = "blind49"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    return d


def para(d, text, bold=False, center=False, size=None, indent=False):
    p = d.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    run.font.name = FONT
    run._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    if size:
        run.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent:
        p.paragraph_format.first_line_indent = Pt(21)
    return p


def doc_table(d, grid, merges, widths_cm, font_size=9):
    """grid: list of rows (lists of str or None); merges: (r1, c1, r2, c2) inclusive, 0-based.
    Text of a merged block is taken from its top-left cell."""
    nrows, ncols = len(grid), len(widths_cm)
    t = d.add_table(rows=nrows, cols=ncols)
    t.style = "Table Grid"
    t.autofit = False
    for c in range(ncols):
        t.columns[c].width = Cm(widths_cm[c])
    for r in range(nrows):
        for c in range(ncols):
            t.cell(r, c).width = Cm(widths_cm[c])
    covered = set()
    for (r1, c1, r2, c2) in merges:
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                if (r, c) != (r1, c1):
                    covered.add((r, c))
    for r in range(nrows):
        for c in range(ncols):
            if (r, c) in covered:
                continue
            v = grid[r][c] if c < len(grid[r]) else None
            if v:
                cell = t.cell(r, c)
                cell.text = ""
                run = cell.paragraphs[0].add_run(v)
                run.font.size = Pt(font_size)
                run.font.name = FONT
                run._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    for (r1, c1, r2, c2) in merges:
        t.cell(r1, c1).merge(t.cell(r2, c2))
    return t


def ind(l1, l2, name, op, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": l1, "level2": l2, "name": name, "operator": op, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual, "weight": weight, "score": score}


# ---------------------------------------------------------------- 1 濮阳 档案馆 (DOCX)

PUYANG_GOAL = "对市档案馆5个标准档案库房的消防设备进行升级改造和安装，提升消防救援能力，确保馆库及档案实体安全。"


def build_puyang(path):
    d = new_doc()
    para(d, "濮财效批复〔2021〕88号", center=True)
    para(d, "濮阳市财政局", bold=True, center=True, size=14)
    para(d, "关于“库房消防设备改造安装工程”", bold=True, center=True, size=14)
    para(d, "项目绩效目标的批复", bold=True, center=True, size=14)
    para(d, "濮阳市档案馆：")
    para(d, "根据预算绩效管理的要求，你单位报来的“库房消防设备改造安装工程”项目绩效目标经审核得95分，"
            "可以进入预算安排程序。现将绩效目标批复如下：", indent=True)
    para(d, "一、请以本批复的绩效目标为导向，结合工作实际，依托绩效监控和评价改进预算管理，在提升公共服务、"
            "控制节约成本的同时提高财政资金使用效益。", indent=True)
    para(d, "二、预算年度结束后，请按濮财效〔2020〕8号文件的要求按时报送“项目支出绩效自评表”和"
            "“部门项目支出绩效自评总结报告”，并配合做好部门评价或财政绩效评价。", indent=True)
    para(d, "三、请在收到本批复后15个工作日内，除涉密事项外，在本单位网站或市财政局网站公开该绩效目标，"
            "接受社会监督。", indent=True)
    E = None
    grid = [
        ["市级部门预算项目绩效目标表", E, E, E, E, E],
        ["（2021年度）", E, E, E, E, E],
        ["项目名称", "濮阳市档案馆库房消防设备改造安装工程", E, E, E, E],
        ["部门名称", "濮阳市档案馆", E, E, E, E],
        ["单位名称", "濮阳市档案馆", E, E, E, E],
        ["项目资金\n（万元）", "年度资金总额", E, "24.998", E, E],
        [E, "其中：财政拨款", E, "24.998", E, E],
        [E, "其他资金", E, "", E, E],
        ["年度目标", PUYANG_GOAL, E, E, E, E],
        ["绩\n效\n指\n标", "一级指标", "二级指标", "三级指标", "指标值", "指标说明"],
        [E, "产出指标", "数量指标", "七氟丙烷式灭火装置及药剂", "10套", ""],
        [E, E, E, "烟感、温感控制设备", "160个", ""],
        [E, E, E, "声光报警、紧急按钮、指示灯", "30只", ""],
        [E, E, E, "气体灭火控制器及报警主机", "4台", ""],
        [E, E, E, "施工材料", "1批", ""],
        [E, E, "质量指标", "资金使用合规性", "100%", ""],
        [E, E, E, "项目（工程）验收合格率", "100%", ""],
        [E, E, "时效指标", "项目完工时间", "2021年12月31日", ""],
        [E, E, "成本指标", "气", "", ""],
    ]
    merges = [(0, 0, 0, 5), (1, 0, 1, 5), (2, 1, 2, 5), (3, 1, 3, 5), (4, 1, 4, 5),
              (5, 0, 7, 0), (5, 1, 5, 2), (5, 3, 5, 5), (6, 1, 6, 2), (6, 3, 6, 5), (7, 1, 7, 2), (7, 3, 7, 5),
              (8, 1, 8, 5), (9, 0, 18, 0), (10, 1, 18, 1), (10, 2, 14, 2), (15, 2, 16, 2)]
    doc_table(d, grid, merges, [1.6, 2.0, 2.2, 5.6, 3.2, 2.8])
    d.save(path)


PUYANG_GOLD = {
    "source_urls": ["https://caizheng.puyang.gov.cn/pc/fwzx.asp?a=newsview-5868"],
    "province": "河南",
    "doc_kind": "申报表",
    "patterns": [1, 2, 5, 8, 10],
    "indicators": [
        ind("产出指标", "数量指标", "七氟丙烷式灭火装置及药剂", None, 10, "套", "10套"),
        ind("产出指标", "数量指标", "烟感、温感控制设备", None, 160, "个", "160个"),
        ind("产出指标", "数量指标", "声光报警、紧急按钮、指示灯", None, 30, "只", "30只"),
        ind("产出指标", "数量指标", "气体灭火控制器及报警主机", None, 4, "台", "4台"),
        ind("产出指标", "数量指标", "施工材料", None, 1, "批", "1批"),
        ind("产出指标", "质量指标", "资金使用合规性", None, 100, "%", "100%"),
        ind("产出指标", "质量指标", "项目（工程）验收合格率", None, 100, "%", "100%"),
        ind("产出指标", "时效指标", "项目完工时间", None, None, None, "2021年12月31日"),
        ind("产出指标", "成本指标", "气", None, None, None, ""),
    ],
    "goals": [{"kind": "年度目标", "text": PUYANG_GOAL}],
    "facts": [
        {"metric": "年度资金总额", "kind": "sum", "total": 24.998, "parts": [24.998], "unit": "万元"},
    ],
    "findings": [
        {"rule": "target.missing_value", "item": "气",
         "why": "the last row (成本指标) holds only the fragment '气' as its name and no value: the stored page stops there"},
        {"rule": "coverage.missing_dimension", "item": "效益指标",
         "why": "the table as it stands ends in the 成本 row: no 效益 indicator"},
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "no 满意度 indicator in the table as it stands"},
    ],
    "notes": ("濮阳市财政局 批复 letter 濮财效批复〔2021〕88号 to 濮阳市档案馆 (河南) with the attached 市级部门预算项目绩效目标表 "
              "(2021年度) for the 库房消防设备改造安装工程, 24.998万元 all 财政拨款. The letter's three instructions are reworded "
              "with the same figures (审核得分95分, 濮财效〔2020〕8号, 15个工作日); the 审核得分 is a review score, not a form total, "
              "and no fact is taken from it. The 年度目标 is reworded with the same figure (5个标准档案库房); it is quantified. "
              "The stored page stops in the first 成本指标 row after the single character '气' (probably the start of a "
              "gas-extinguishing cost item); the file stops there too: the fragment is kept as a row with an empty value and "
              "flagged as missing value (judgement call: it could also be read as no indicator at all). The 指标说明 column is "
              "empty throughout (kept). 资金使用合规性 100% under 质量指标 is a process/compliance measure rather than an output "
              "(described here, not flagged: the brief's rule list has no id for it). 项目完工时间 gives a date, so no "
              "time_no_deadline finding. 施工材料 '1批' is a count with unit 批 (no finding). 其他资金 is empty, so the sum fact "
              "is 24.998 = 24.998.")
}


# ---------------------------------------------------------------- 2 大英县 交警大队 (DOCX)

def build_daying(path):
    d = new_doc()
    E = None
    hdr = ["绩效指标完成情况", "一级指标", "二级指标", "三级指标",
           "预期指标值(包含数字及文字描述)", "实际完成指标值(包含数字及文字描述)"]
    g1 = [
        ["预算执行情况(万元)", "预算数:", "312", "执行数:", "312", ""],
        [E, "其中-财政拨款:", "312", "其中-财政拨款:", "312", ""],
        [E, "其它资金:", "", "其它资金:", "", ""],
        ["年度目标完成情况", "预期目标", E, "实际完成目标", E, E],
        [E, "保障道路交通执法工作顺利开展", E, "道路交通执法工作顺利开展", E, E],
        hdr,
        [E, "项目完成指标", "数量指标", "查处各类交通违法行为", "7万起", "7.07万起"],
        [E, E, "质量指标", "查处国省道6类重点违法行为", "3000起", "3530起"],
        [E, E, "时效指标", "规定时间内完成目标任务百分比", "100%", "100%"],
        [E, E, "成本指标", "道路交通执法经费", "312万元以内", "312万元"],
        [E, "效益指标", "社会效益指标",
         "保障人民生命财产安全、促进道路交通平安畅通、降低交通事故发生率、维护社会和谐与稳定", "100%", "100%"],
        [E, "满意度指标", "服务对象满意度指标", "保证交通参与者投诉渠道申通,投诉率比上年下降", "100%", "100%"],
    ]
    m1 = [(0, 0, 2, 0), (3, 0, 4, 0), (3, 1, 3, 2), (3, 3, 3, 5), (4, 1, 4, 2), (4, 3, 4, 5),
          (5, 0, 11, 0), (6, 1, 9, 1)]
    widths = [2.4, 2.2, 2.4, 5.0, 2.8, 2.8]
    doc_table(d, g1, m1, widths)
    d.add_paragraph()
    g2 = [
        ["项目绩效目标完成情况表 (2019 年度)", E, E, E, E, E],
        ["项目名称", "公务用车运行维护项目", E, E, E, E],
        ["预算单位", "大英县公安局交通警察大队", E, E, E, E],
        ["预算执行情况(万元)", "预算数:", "40", "执行数:", "40", ""],
        [E, "其中-财政拨款:", "40", "其中-财政拨款:", "40", ""],
        [E, "其它资金:", "", "其它资金:", "", ""],
        ["年度目标完成情况", "预期目标", E, "实际完成目标", E, E],
        [E, "保障公务用车正常运行", E, "公务用车正常运行", E, E],
        hdr,
        [E, "项目完成指标", "数量指标", "保障公务用车数量", "8辆", "8辆"],
        [E, E, "质量指标", "实现车辆制度化、规范化管理,提高车辆使用效率,保证行车安全,预防事故发生",
         "全年0事故", "全年0事故"],
        [E, E, "时", "", "", ""],
    ]
    m2 = [(0, 0, 0, 5), (1, 1, 1, 5), (2, 1, 2, 5), (3, 0, 5, 0), (6, 0, 7, 0), (6, 1, 6, 2), (6, 3, 6, 5),
          (7, 1, 7, 2), (7, 3, 7, 5), (8, 0, 11, 0), (9, 1, 11, 1)]
    doc_table(d, g2, m2, widths)
    d.save(path)


DAYING_GOLD = {
    "source_urls": ["https://dyrmt.com/article-118971-3.html"],
    "province": "四川",
    "doc_kind": "自评表",
    "patterns": [1, 2, 5, 6, 9, 10],
    "indicators": [
        ind("产出指标", "数量指标", "查处各类交通违法行为", None, 7, "万起", "7万起", 7.07),
        ind("产出指标", "质量指标", "查处国省道6类重点违法行为", None, 3000, "起", "3000起", 3530),
        ind("产出指标", "时效指标", "规定时间内完成目标任务百分比", None, 100, "%", "100%", 100),
        ind("产出指标", "成本指标", "道路交通执法经费", "<=", 312, "万元", "312万元以内", 312),
        ind("效益指标", "社会效益指标",
            "保障人民生命财产安全、促进道路交通平安畅通、降低交通事故发生率、维护社会和谐与稳定", None, 100, "%", "100%", 100),
        ind("满意度指标", "服务对象满意度指标", "保证交通参与者投诉渠道申通,投诉率比上年下降", None, 100, "%", "100%", 100),
        ind("产出指标", "数量指标", "保障公务用车数量", None, 8, "辆", "8辆", 8),
        ind("产出指标", "质量指标", "实现车辆制度化、规范化管理,提高车辆使用效率,保证行车安全,预防事故发生",
            None, 0, None, "全年0事故", 0),
    ],
    "goals": [
        {"kind": "年度目标", "text": "保障道路交通执法工作顺利开展"},
        {"kind": "年度目标", "text": "保障公务用车正常运行"},
    ],
    "facts": [
        {"metric": "预算执行情况（第一张表，项目名称在上一页）", "kind": "budget", "planned": 312, "actual": 312,
         "stated_rate": None, "unit": "万元"},
        {"metric": "公务用车运行维护项目 预算执行情况", "kind": "budget", "planned": 40, "actual": 40,
         "stated_rate": None, "unit": "万元"},
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": "保障道路交通执法工作顺利开展",
         "why": "the 预期目标 states no quantity, date or rate"},
        {"rule": "goal.unquantified", "item": "保障公务用车正常运行",
         "why": "the 预期目标 of the second form states no quantity, date or rate"},
        {"rule": "target.vague_wording",
         "item": "保障人民生命财产安全、促进道路交通平安畅通、降低交通事故发生率、维护社会和谐与稳定",
         "why": "the 社会效益 row is a string of aims (促进/降低 …) without a baseline; the target '100%' does not say 100% of what"},
        {"rule": "target.vague_wording", "item": "保证交通参与者投诉渠道申通,投诉率比上年下降",
         "why": "'投诉率比上年下降' gives no baseline or size of the fall, and the 100% in the 满意度 slot is not a satisfaction rate"},
        {"rule": "coverage.missing_dimension", "item": "效益指标",
         "why": "the second form (公务用车运行维护项目) is cut in its 时效 row: it has no 效益 indicator"},
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "the second form (公务用车运行维护项目) has no 满意度 indicator as it stands"},
    ],
    "notes": ("Page 3 of the 大英县 county-media article 118971 (大英县公安局交通警察大队 2019 部门决算, 四川 遂宁; province inferred "
              "from the county). The stored page begins inside the first 项目绩效目标完成情况表 (its title, 项目名称 and 预算单位 are on "
              "the previous page, so the project is unnamed here; its 成本 row names it 道路交通执法经费, 312万元) and stops in the "
              "second form (公务用车运行维护项目, 40万元) at the 二级 cell '时' of its 时效 row; the file stops there too and the "
              "fragment is not an indicator. The page lays the 绩效指标完成情况 label out as a column merged down the block, "
              "reproduced as a real merge; '项目完成指标' stands for 产出指标. Kept as written: '申通' (for 畅通), value+unit in one "
              "cell ('7万起', '312万元以内' read as <= 312 万元), the budget rows inside the form, and long sentences used as "
              "indicator names. '全年0事故' is read as value 0 with no unit (a zero-accident target, measurable; not flagged). "
              "道路交通执法经费 '312万元以内' equals the budget 312 (a cost row restating the budget; described, not flagged). "
              "No 分值/得分 columns, so no score facts. The first form has all three dimensions; only the cut second form gets "
              "coverage findings.")
}


# ---------------------------------------------------------------- 3 青阳县 医保 (XLSX)

QINGYANG_GOAL = ("按照《关于印发<青阳县医疗保障局2022年度医保基金监管工作计划>的通知》(青医保监【2022】2号)，依据"
                 "《中华人民共和国保险法》《安徽省基本医疗基金监管暂行办法》等法律法规规章，对定点医药机构、医保经办机构及其"
                 "工作人员、参保人员等使用医疗保障基金的行为开展国家和省医疗保障局组织的不预先告知的监督检查，规范基金监管，"
                 "打击欺诈骗保，保障基金安全运行。")


def build_qingyang(path):
    wb, ws = xl_sheet("目标表", [11, 15, 11, 30, 15, 11, 30, 11])
    E = None
    rows = [
        ["项目名称", "基金监管工作全覆盖检查", E, E, E, E, E, E],
        ["实施单位", "青阳县医疗保障局", E, E, E, E, E, E],
        ["项目属性", "单位自行申报事项", E, E, E, E, E, E],
        ["项目资金\n（万元）", "中期资金总额", "", E, "年度资金总额", 15, E, E],
        [E, "其中：财政拨款", "", E, "其中：财政拨款", 15, E, E],
        [E, "其他资金", "", E, "其他资金", "", E, E],
        ["总\n体\n目\n标", "中期目标（2022年-2023年）", E, E, "年度目标", E, E, E],
        [E, "", E, E, QINGYANG_GOAL, E, E, E],
        ["绩效指标", "一\n级\n指\n标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"],
        [E, "产\n出\n指\n标", "数量指标", "县内定点医疗机构", "≥151家", "数量指标", "县内定点医疗机构", "≥151家"],
        [E, E, "数量指标", "县内村医诊所", "≥131家", "数量指标", "县内村医诊所", "≥131家"],
        [E, E, "数量指标", "全覆盖检查次数", "≥1次/年", "数量指标", "全覆盖检查次数", "≥1次/年"],
        [E, E, "数量指标", "被省市医保局抽调进行飞行交叉互查天数", "≥30天", "数量指标",
         "被省市医保局抽调进行飞行交叉互查天数", "≥30天"],
        [E, E, "数量指标", "被省市医保局抽调进行飞行交叉互查", "≥2人", "数量指标",
         "被省市医保局抽调进行飞行交叉互查", "≥2人"],
    ]
    merges = ["B1:H1", "B2:H2", "B3:H3", "A4:A6", "C4:D4", "F4:H4", "C5:D5", "F5:H5", "C6:D6", "F6:H6",
              "A7:A8", "B7:D7", "E7:H7", "B8:D8", "E8:H8", "A9:A14", "B10:B14"]
    xl_put(ws, rows, merges, 8, heights={4: 24, 5: 24, 6: 24, 7: 22, 8: 80, 9: 56, 10: 48}, bold_rows=(9,))
    xl_left(ws, ["E8"])
    wb.save(path)


def _qy(half):
    return [
        ind("产出指标", "数量指标", "县内定点医疗机构", ">=", 151, "家", "≥151家"),
        ind("产出指标", "数量指标", "县内村医诊所", ">=", 131, "家", "≥131家"),
        ind("产出指标", "数量指标", "全覆盖检查次数", ">=", 1, "次/年", "≥1次/年"),
        ind("产出指标", "数量指标", "被省市医保局抽调进行飞行交叉互查天数", ">=", 30, "天", "≥30天"),
        ind("产出指标", "数量指标", "被省市医保局抽调进行飞行交叉互查", ">=", 2, "人", "≥2人"),
    ]


QINGYANG_GOLD = {
    "source_urls": ["http://m.hqbet7263.com/OpennessContent/show/1284542.html"],
    "province": "安徽",
    "doc_kind": "申报表",
    "patterns": [1, 2, 3, 6, 10],
    "indicators": _qy("中期") + _qy("年度"),
    "goals": [{"kind": "年度目标", "text": QINGYANG_GOAL}],
    "facts": [
        {"metric": "年度资金总额", "kind": "sum", "total": 15, "parts": [15], "unit": "万元"},
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": QINGYANG_GOAL[:30],
         "why": "the 年度目标 gives the basis and purpose of the inspections but no quantity, date or rate"},
        {"rule": "coverage.missing_dimension", "item": "效益指标",
         "why": "the table as it stands ends after five 数量 rows: no 效益 indicator"},
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "no 满意度 indicator in the table as it stands"},
    ],
    "notes": ("青阳县医疗保障局 (池州, 安徽) 2022 project target table for 基金监管工作全覆盖检查 (15万元 年度 财政拨款; the 中期 "
              "money cells are empty), from a mirror (m.hqbet7263.com, a spam-named copy of the county's OpennessContent page) that "
              "serves the page in traditional characters; written back as simplified. The page begins at 项目名称 (no title) and "
              "stops after the fifth 数量指标 row; the file stops there too. Layout kept: 中期 | 年度 halves side by side "
              "(each row repeats 二级/三级/指标值 on both halves), '数量指标' repeated in every row instead of merged, 中期目标 "
              "cell empty. The indicators are listed twice in the gold, first the 中期 half then the 年度 half (ten entries "
              "for five rows): both halves are target cells of the form (judgement call). The 年度目标 is reworded with the same "
              "document numbers; it quotes 《中华人民共和国保险法》 as written. '≥1次/年' for 全覆盖检查次数 is a real minimum "
              "(one full inspection a year), not flagged as trivial. The last name '被省市医保局抽调进行飞行交叉互查' has no "
              "measure word but its unit 人 makes it a count (no finding). 中期 = 年度 copied verbatim is described, not flagged.")
}


# ---------------------------------------------------------------- 4 罗湖 南湖街道 瓶改管 (XLSX)

LUOHU_CONTENT = ("2022年，本街道按“应改尽改、能改全改”和“成熟一个、进场一个、完工一个、验收一个、接驳一个、供气一个”的原则，"
                 "为辖区11个住宅小区、1个城中村共1806户住户实施燃气管道改造。")
LUOHU_GOAL1 = ("目标1：2022年12月30日前工程完工，消除瓶装液化气安全隐患，实现管道天然气全覆盖，保障老旧住宅区和城中村用气安全。")
LUOHU_GOAL2 = ("目标2：罗湖区全面实施瓶改管工程（南湖街道）于2022年6月开工，为南湖街道符合条件的12个住宅小区以及城中村完成"
               "天然气管道改造。")
LUOHU_DONE = ("瓶改管工程在2022年12月14日前完工，南湖街道符合条件的12个住宅小区以及城中村的天然气管道改造全部完成，消除了"
              "瓶装液化气安全隐患，实现管道天然气全覆盖，老旧住宅区和城中村用气安全得到保障。")


def build_luohu(path):
    wb, ws = xl_sheet("自评表", [11, 15, 24, 26, 11, 11, 8, 8, 16])
    E = None
    rows = [
        ["项目名称", "罗湖区全面实施“瓶改管”工程 (南湖街道)", E, E, E, "投向领域", "老旧小区改造领域15500", E, E],
        ["项目主管部门", "罗湖区住房和建设局", E, E, E, "项目单位", "罗湖区南湖街道办事处", E, E],
        ["项目实施内容", LUOHU_CONTENT, E, E, E, E, E, E, E],
        ["年度\n绩效目标", "预期目标", E, E, E, "全年实际完成情况", E, E, E],
        [E, LUOHU_GOAL1 + " " + LUOHU_GOAL2, E, E, E, LUOHU_DONE, E, E, E],
        ["当年绩效指标", "债券资金管理指标（10分）", "总体支出进度\n（当年实际支出金额/项目当年下达额度）",
         "实际支出\n金额", "下达\n额度", "实际\n完成值", "分值", "得分", "偏差原因分析\n及改进措施"],
        [E, E, E, "1,437", "1,437", "1,437", 10, 10, ""],
        [E, "一级指标", "二级指标", "三级指标", "目标值", "实际\n完成值", "分值", "得分", "偏差原因分析\n及改进措施"],
        [E, "产出指标\n（50分）", "数量指标", "城中村、住宅区任务完成量", "12个", "12个", 10, 10, ""],
        [E, E, E, "城中村、住宅区任务完成套数", "1785套", "1806套", 5, 5, ""],
        [E, E, E, "实现\"清瓶\"城中村、住宅区数", "12个", "12个", 5, 5, ""],
        [E, E, "质量指标", "管道天然气年度改造任务完成率", "100%", "100%", 5, 5, ""],
        [E, E, E, "工程竣工验收合格率", "1", E, E, E, E],
    ]
    merges = ["B1:E1", "G1:I1", "B2:E2", "G2:I2", "B3:I3", "A4:A5", "B4:E4", "F4:I4", "B5:E5", "F5:I5",
              "A6:A13", "B6:B7", "C6:C7", "B9:B13", "C9:C11", "C12:C13"]
    xl_put(ws, rows, merges, 9, heights={3: 36, 5: 96, 6: 44, 8: 30}, bold_rows=(6, 8))
    xl_left(ws, ["B3", "B5", "F5"])
    wb.save(path)


LUOHU_GOLD = {
    "source_urls": ["http://www.szlh.gov.cn/lhnhjdbsc/gkmlpt/content/10/10667/post_10667539.html?jump=true"],
    "province": "广东",
    "doc_kind": "自评表",
    "patterns": [1, 2, 5, 9, 10],
    "indicators": [
        ind("产出指标", "数量指标", "城中村、住宅区任务完成量", None, 12, "个", "12个", 12, 10, 10),
        ind("产出指标", "数量指标", "城中村、住宅区任务完成套数", None, 1785, "套", "1785套", 1806, 5, 5),
        ind("产出指标", "数量指标", "实现\"清瓶\"城中村、住宅区数", None, 12, "个", "12个", 12, 5, 5),
        ind("产出指标", "质量指标", "管道天然气年度改造任务完成率", None, 100, "%", "100%", 100, 5, 5),
        ind("产出指标", "质量指标", "工程竣工验收合格率", None, 1, None, "1"),
    ],
    "goals": [
        {"kind": "年度目标", "text": LUOHU_GOAL1},
        {"kind": "年度目标", "text": LUOHU_GOAL2},
    ],
    "facts": [
        {"metric": "总体支出进度（当年实际支出金额/项目当年下达额度）", "kind": "budget", "planned": 1437, "actual": 1437,
         "stated_rate": None, "unit": None},
    ],
    "findings": [
        {"rule": "target.missing_unit", "item": "工程竣工验收合格率",
         "why": "the target cell holds a bare '1' with no unit for a rate (the stored page stops right after it)"},
        {"rule": "coverage.missing_dimension", "item": "效益指标",
         "why": "the form as it stands ends in the 质量 rows: no 效益 indicator"},
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "no 满意度 indicator in the form as it stands"},
    ],
    "notes": ("深圳 罗湖区南湖街道办事处 2022 self-evaluation form of a special-bond project (罗湖区全面实施“瓶改管”工程, 投向领域 "
              "老旧小区改造领域15500), 主管部门 罗湖区住房和建设局. Layout kept: one big table whose 当年绩效指标 label is merged down "
              "the block; a 债券资金管理指标（10分） money row (实际支出金额 1,437 | 下达额度 1,437 | 实际完成值 1,437 | 分值 10 | 得分 10) "
              "sits inside the indicator block above the 一级/二级/三级 header. That row is taken as a budget fact, not an indicator; "
              "its 实际完成值 repeats the amount instead of giving a percentage (kept; no stated rate, so no rate check); the "
              "amounts carry no unit on the page (presumably 万元). The stored page stops in the fifth indicator row after the "
              "target '1' of 工程竣工验收合格率 (probably the start of 100%); the file stops there and the row is judged as it "
              "stands (missing unit; judgement call). '产出指标（50分）' cannot be checked against its rows because the block is "
              "cut (visible weights 10+5+5+5 = 25). 项目实施内容 (reworded, same numbers) says 11个住宅小区、1个城中村 and 1806户, "
              "the goals say 12个住宅小区以及城中村 and the 套数 target is 1785套 with 1806套 done: kept as written, no rule. "
              "The two 年度目标 and the completion text are reworded with the same dates and counts; both goals are quantified.")
}


# ---------------------------------------------------------------- 5 广西 保障性安居工程 (DOCX report)

def build_guangxi(path):
    d = new_doc()
    for text, kw in [
        ("按照财政部《关于开展2024年度中央对地方转移支付预算执行情况绩效自评工作的通知》（财监〔2025〕1号）和财政部、"
         "住房城乡建设部《关于印发<中央财政城镇保障性安居工程补助资金管理办法>的通知》（财综〔2024〕15号）的规定，"
         "自治区住房和城乡建设厅、财政厅组织完成了2024年度中央财政城镇保障性安居工程补助资金的绩效自评，情况如下：",
         {"indent": True}),
        ("一、住房保障绩效自评", {"bold": True}),
        ("（一）绩效目标分解下达情况。", {"bold": True}),
        ("1. 中央下达住房保障资金预算和区域绩效目标情况：2024年财政部向广西下达城镇保障性安居工程住房保障财政补助资金"
         "40957万元，同时下达2024年度广西住房保障总体区域绩效目标：一是筹集配售型保障性住房5440套；筹集配租型保障性住房"
         "40422套(间)；二是发放租赁补贴22492户。我区另从奖励资金31714万元中安排20977.80万元支持住房保障。", {"indent": True}),
        ("2. 自治区分解下达预算和绩效目标情况：收到财政部资金和区域绩效目标后，自治区财政厅于2023年12月11日、2024年5月17日"
         "分别印发《广西壮族自治区财政厅关于提前下达2024年部分中央财政城镇保障性安居工程补助资金的通知》和《广西壮族自治区"
         "财政厅关于预下达2024年中央财政城镇保障性安居工程补助资金的通知》，把提前下达的3.86亿元和正式下达的2.33亿元分配到"
         "有关市、县，并将14个设区市对应的资金绩效目标一并分解下达。", {"indent": True}),
        ("（二）绩效指标完成情况分析。", {"bold": True}),
        ("1. 资金管理方面自评。", {"bold": False}),
        ("（1）资金筹集：2024年我区以政府一般债券方式安排自治区财政补助资金3.30亿元支持住房保障，其中：安排5440万元支持"
         "配售型保障性住房项目；安排252万元支持新筹集公租房；安排27285.3万元支持筹集保障性租赁住房。", {"indent": True}),
        ("（2）资金分配：2024年7月，我区修订出台《广西壮族自治区城镇保障性安居", {"indent": True}),
    ]:
        para(d, text, **kw)
    d.save(path)


GUANGXI_GOAL = "一是筹集配售型保障性住房5440套；筹集配租型保障性住房40422套(间)；二是发放租赁补贴22492户"

GUANGXI_GOLD = {
    "source_urls": ["http://zjt.gxzf.gov.cn/zfxxgk/fdzdgknr/wjtz/t21154650.shtml"],
    "province": "广西",
    "doc_kind": "自评报告",
    "patterns": [6, 10],
    "indicators": [
        ind(None, None, "筹集配售型保障性住房", None, 5440, "套", "5440套"),
        ind(None, None, "筹集配租型保障性住房", None, 40422, "套(间)", "40422套(间)"),
        ind(None, None, "发放租赁补贴", None, 22492, "户", "22492户"),
    ],
    "goals": [{"kind": "年度目标", "text": GUANGXI_GOAL}],
    "facts": [
        {"metric": "自治区财政补助资金（政府一般债券）", "kind": "sum", "total": 33000, "parts": [5440, 252, 27285.3],
         "unit": "万元"},
    ],
    "findings": [],
    "notes": ("广西 住房和城乡建设厅 / 财政厅 self-evaluation of the 2024 中央财政城镇保障性安居工程补助资金 (住房保障 part). "
              "Prose reworded with the same figures, document numbers and dates. The stored page stops inside the title of the "
              "regulation cited under （2）资金分配 ('《广西壮族自治区城镇保障性安居'); the document stops there too. The three "
              "区域绩效目标 figures (5440套, 40422套(间), 22492户) are taken as indicators without levels (targets given as labelled "
              "prose, no actuals before the cut) and the same run as one quantified 年度目标. Sum fact: the total is written "
              "3.30亿元 (= 33000万元) and the parts in 万元: 5440 + 252 + 27285.3 = 32977.3万元 = 3.30亿元 at the two decimals "
              "stated, so no finding. 3.86亿元 + 2.33亿元 (= 6.19亿元) have no stated total and 20977.80 of 31714万元 is a share, "
              "not a sum: no facts taken. 5440 occurs both as a housing count (套) and as an amount (万元): kept as written. The "
              "report is cut before its indicator analysis, so it gets no coverage finding (only output-type regional targets are "
              "named).")
}


# ---------------------------------------------------------------- 6 芷江 危房改造 (DOCX report)

def build_zhijiang(path):
    d = new_doc()
    para(d, "芷江县2017年度农村危房改造资金绩效评价报告", bold=True, center=True, size=14)
    para(d, "一、项目概况", bold=True)
    para(d, "为落实中央和省委省政府打赢脱贫攻坚战、全面建成小康社会、建设富饶美丽幸福新湖南的部署，我县坚持科学规划、"
            "整体推进、重点帮扶、精准危改，与精准扶贫对接，优先解决特困农户的基本住房安全问题，体现湖湘民居特色，改善农村"
            "人居环境，建设美丽宜居村庄。2017年省住建厅下达我县农村危房改造任务603户，中央、省级财政计划投入资金1476万元"
            "（其中中央补助资金982万元、省级补助资金494万元），实际到账1444万元，省级补助资金32万元纳入2018年预算。2017年"
            "全县对建档立卡贫困户、低保户、分散供养特困人员、贫困残疾人家庭四类重点对象共实施危房改造897户，发放补助资金"
            "2734.6万元（县级整合、配套资金1290.6万元）。", indent=True)
    para(d, "二、项目资金到位情况", bold=True)
    para(d, "第一批补助资金844万元于2016年12月20日下达，第二批补助资金600万元于2017年7月28日下达（不含需在2018年结算的"
            "32万元）。", indent=True)
    para(d, "三、项目资金使用管理严格", bold=True)
    d.save(path)


ZHIJIANG_GOLD = {
    "source_urls": ["http://rishikeshbazar.com/p-25781918.html"],
    "province": "湖南",
    "doc_kind": "评价报告",
    "patterns": [6, 10],
    "indicators": [
        ind(None, None, "农村危房改造任务", None, 603, "户", "603户", 897),
    ],
    "goals": [],
    "facts": [
        {"metric": "中央、省级财政计划投入资金", "kind": "sum", "total": 1476, "parts": [982, 494], "unit": "万元"},
        {"metric": "补助资金到位（两批）", "kind": "sum", "total": 1444, "parts": [844, 600], "unit": "万元"},
        {"metric": "中央、省级补助资金到位", "kind": "budget", "planned": 1476, "actual": 1444, "stated_rate": None,
         "unit": "万元"},
    ],
    "findings": [],
    "notes": ("芷江县 (怀化, 湖南) 2017 农村危房改造资金 绩效评价报告, from a document-sharing mirror (rishikeshbazar.com copy of a "
              "天天文库 preview, traditional characters written back as simplified). Prose reworded with the same figures and "
              "dates. The stored page stops right after the heading '三、项目资金使用管理严格'; the document stops there. The "
              "provincial task 603户 against 897户 done is taken as one target given in prose (no level; 897/603 = 149%). Sums "
              "check: 982 + 494 = 1476 and 844 + 600 = 1444; 1476 − 1444 = 32 is the 省级 money moved to 2018 (stated, consistent). "
              "2734.6万元 paid includes 1290.6万元 of county money (2734.6 − 1290.6 = 1444, consistent; implicit, no fact). "
              "The budget fact records planned 1476 vs 到账 1444 (arrival, not spending; no stated rate). The report states no "
              "goal of its own and is cut before any indicator analysis: no coverage finding.")
}


# ---------------------------------------------------------------- table

DOCS = [
    {"file": "ha-puyang-archives-fire-targets.docx", "build": build_puyang, "gold": PUYANG_GOLD},
    {"file": "sc-daying-traffic-police-selfeval-tail.docx", "build": build_daying, "gold": DAYING_GOLD},
    {"file": "ah-qingyang-medins-fund-targets.xlsx", "build": build_qingyang, "gold": QINGYANG_GOLD},
    {"file": "gd-luohu-nanhu-gas-bond-selfeval.xlsx", "build": build_luohu, "gold": LUOHU_GOLD},
    {"file": "gx-housing-security-selfreport.docx", "build": build_guangxi, "gold": GUANGXI_GOLD},
    {"file": "hn-zhijiang-housing-evalreport.docx", "build": build_zhijiang, "gold": ZHIJIANG_GOLD},
]


def write_gold(name, gold):
    out = {"source": name}
    out.update(copy.deepcopy(gold))
    keys = ["source", "source_urls", "province", "doc_kind", "patterns", "indicators", "goals", "facts",
            "findings", "notes"]
    out = {k: out[k] for k in keys}
    with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def export_pdf(paths):
    with tempfile.TemporaryDirectory() as tmp:
        prof = "file://" + os.path.join(tmp, "profile")
        cmd = ["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", "pdf", "--outdir", HERE] + paths
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--no-pdf", action="store_true", help="skip the LibreOffice PDF export")
    args = ap.parse_args(argv)
    os.makedirs(ANN, exist_ok=True)
    built = []
    for doc in DOCS:
        path = os.path.join(HERE, doc["file"])
        doc["build"](path)
        normalize_zip(path)
        built.append(path)
        write_gold(doc["file"], doc["gold"])
        pdf = os.path.splitext(doc["file"])[0] + ".pdf"
        write_gold(pdf, doc["gold"])
    if not args.no_pdf:
        export_pdf(built)
    return 0


if __name__ == "__main__":
    sys.exit(main())
