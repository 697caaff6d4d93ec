"""Blind part 57 of the real-layout corpus: writes the documents, their PDFs and their gold.

Written by a code-blind annotator: every document reproduces one stored public page (see SOURCES.md);
facts (names, operators, values, units, amounts, dates, document numbers) are as the page writes them,
longer sentences (goals, narrative, scoring rules) are reworded with the same numbers, and each
document stops where the stored page stops.

Run:  /tmp/venv/bin/python make_blind57_layouts.py [--no-pdf]
"""
import datetime
import io
import json
import os
import re
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = datetime.datetime(2025, 1, 1, 0, 0, 0)
FIXED_ZIP = (2025, 1, 1, 0, 0, 0)


# ----------------------------------------------------------------------------- helpers

def make_deterministic(path):
    """Rewrite a DOCX/XLSX zip with fixed dates (entries and core properties) in a fixed order."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    first = [it for it in items if it[0] == "[Content_Types].xml"]
    rest = sorted([it for it in items if it[0] != "[Content_Types].xml"], key=lambda it: it[0])
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in first + rest:
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                              r"\g<1>2025-01-01T00:00:00Z\g<2>", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              r"\g<1>2025-01-01T00:00:00Z\g<2>", text)
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(name, FIXED_ZIP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def new_doc(landscape=False):
    doc = Document()
    cp = doc.core_properties
    cp.author = "blind57"
    cp.last_modified_by = "blind57"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(1.6))
    sec.top_margin = Cm(1.6)
    sec.bottom_margin = Cm(1.6)
    style = doc.styles["Normal"]
    style.font.size = Pt(10)
    style.font.name = "SimSun"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    return doc


def para(doc, text, bold=False, center=False, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def set_cell(cell, text, bold=False, center=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def grid(table):
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


def docx_table(doc, rows, ncols, merges=(), widths=None, bold_rows=()):
    """rows: list of lists (None = part of a merge / empty). merges: (r1, c1, r2, c2)."""
    t = doc.add_table(rows=len(rows), cols=ncols)
    grid(t)
    for (r1, c1, r2, c2) in merges:
        t.cell(r1, c1).merge(t.cell(r2, c2))
    done = set()
    for (r1, c1, r2, c2) in merges:
        text = rows[r1][c1]
        set_cell(t.cell(r1, c1), text or "", bold=r1 in bold_rows)
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                done.add((r, c))
    for r, row in enumerate(rows):
        for c in range(ncols):
            if (r, c) in done:
                continue
            v = row[c] if c < len(row) else None
            set_cell(t.cell(r, c), v or "", bold=r in bold_rows)
    if widths:
        t.autofit = False
        for c, w in enumerate(widths):
            t.columns[c].width = Cm(w)
        for r in range(len(rows)):
            for c, w in enumerate(widths):
                t.cell(r, c).width = Cm(w)
    return t


THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def new_wb():
    wb = Workbook()
    wb.properties.creator = "blind57"
    wb.properties.lastModifiedBy = "blind57"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    return wb


def sheet_fill(ws, rows, merges=(), widths=None, boxed_from=0, boxed_to=None, bold_rows=(), landscape=True):
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row, start=1):
            if v is None or v == "":
                continue
            cell = ws.cell(row=r, column=c, value=v)
    for (r1, c1, r2, c2) in merges:
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
    last = boxed_to if boxed_to is not None else len(rows)
    ncols = max(len(r) for r in rows)
    for r in range(1, len(rows) + 1):
        for c in range(1, ncols + 1):
            cell = ws.cell(row=r, column=c)
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            cell.font = Font(name="SimSun", size=9, bold=(r in bold_rows))
            if boxed_from <= r <= last and boxed_from > 0:
                cell.border = BOX
    if widths:
        from openpyxl.utils import get_column_letter
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = w
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


# ----------------------------------------------------------------------------- 1 桃源 (湖南)

TY_LONG = "落实再就业援助对象的岗位补贴发放工作,以此维护社会的和谐稳定,并增强群众参军入伍的意愿。"
TY_YEAR = "实施本专项后,依照规定按时发放再就业援助对象岗位补贴,使援助对象的各项待遇得到保障,社会保持稳定。"


def build_taoyuan(path):
    doc = new_doc()
    para(doc, "2021年再就业援助对象岗位补贴财政补差资金目标申报表", bold=True, center=True, size=13)
    para(doc, "来源:社会保障股 发布时间:2021-02-10 10:35")
    para(doc, "专项资金绩效目标表", bold=True, center=True, size=12)
    para(doc, "(2021年)", center=True)
    para(doc, "填报单位:桃源县财政局")
    # 7 columns: label | 一级 | 二级 | 三级 | 指标内容 | 指标值 | 绩效标准
    rows = [
        ["专项名称", "再就业援助对象岗位补贴财政补差资金", None, None, "专项属性", "延续专项√     新增专项□", None],
        ["部门名称", "桃源县财政局", None, None, "资金总额\n(万元)", "380", None],
        ["专项立项\n依据", "桃源县处理信访突出问题及群体性事件联席会议退役士兵工作组 《关于提高退役士兵就业援助工资标准的通知》", None, None, None, None, None],
        ["专项实施进度计划", "专项实施内容", None, None, "计划开始时间", "计划完成时间", None],
        [None, "再就业援助对象岗位补贴(按月发放,分两次与县财政结账)", None, None, "2021.01.01", "2021.12.31", None],
        ["专项长期绩效目标", TY_LONG, None, None, None, None, None],
        ["专项年度绩效目标", TY_YEAR, None, None, None, None, None],
        ["专项\n年度\n绩效\n指标", "一级指标", "二级指标", "三级指标", "指标内容", "指标值", "绩效标准"],
        [None, "产出指标", "数量指标", "补助人数", "实际发放解困工资人数", "250人", "计划标准"],
        [None, None, "质量指标", "补贴覆盖率", "对符合条件的对象发放解困工资的覆盖率", "100%", "历史标准"],
        [None, None, None, "对象合规率", "补贴对象合规率", "100%", "计划标准"],
        [None, None, None, "补贴准确率", "补贴发放准确率", "100%", "计划标准"],
        [None, None, "时效指标", "完成及时率", "各项工作按计划进度及时完成", "100%", "计划标准"],
        [None, None, "成本指标", "补贴标准", "解困工资发放标准", "1130元/月/人", "计划标准"],
        [None, None, None, "提标补差标准", "解困工资提标补差标准", "143元/月/人", "计划标准"],
        [None, None, None, "预算成本", "项目预算成本,预算成本明细详见项目构成分解", "≦380万", "计划标准"],
        [None, "效益指标", "社会效益", "社会稳定", "项目实施对维护社会稳定产生影响", None, None],
    ]
    merges = [
        (0, 1, 0, 3), (0, 5, 0, 6), (1, 1, 1, 3), (1, 5, 1, 6), (2, 1, 2, 6),
        (3, 0, 4, 0), (3, 1, 3, 3), (3, 5, 3, 6), (4, 1, 4, 3), (4, 5, 4, 6),
        (5, 1, 5, 6), (6, 1, 6, 6),
        (7, 0, 16, 0), (8, 1, 15, 1), (9, 2, 11, 2), (13, 2, 15, 2),
    ]
    # the merged 实施进度 row: keep 计划完成时间 value in col 5 (merged 5-6)
    rows[3][5] = "计划完成时间"
    rows[3][4] = "计划开始时间"
    rows[4][4] = "2021.01.01"
    rows[4][5] = "2021.12.31"
    docx_table(doc, rows, 7, merges, widths=[1.8, 1.8, 1.8, 2.4, 4.6, 2.2, 1.8], bold_rows=(7,))
    doc.save(path)


TY_GOLD = {
    "province": "湖南",
    "source_urls": ["https://taoyuan.gov.cn/zwdt/szzl/dqzt/bjyjs/bmczxx/bmysjxglgk/content_123020"],
    "doc_kind": "专项资金绩效目标表 (申报)",
    "patterns": [1, 2, 5, 10],
    "indicators": [
        ind("产出指标", "数量指标", "补助人数", None, 250, "人", "250人"),
        ind("产出指标", "质量指标", "补贴覆盖率", None, 100, "%", "100%"),
        ind("产出指标", "质量指标", "对象合规率", None, 100, "%", "100%"),
        ind("产出指标", "质量指标", "补贴准确率", None, 100, "%", "100%"),
        ind("产出指标", "时效指标", "完成及时率", None, 100, "%", "100%"),
        ind("产出指标", "成本指标", "补贴标准", None, 1130, "元/月/人", "1130元/月/人"),
        ind("产出指标", "成本指标", "提标补差标准", None, 143, "元/月/人", "143元/月/人"),
        ind("产出指标", "成本指标", "预算成本", "<=", 380, "万", "≦380万"),
        ind("效益指标", "社会效益", "社会稳定", None, None, None, ""),
    ],
    "goals": [
        {"kind": "总体目标", "text": TY_LONG},
        {"kind": "年度目标", "text": TY_YEAR},
    ],
    "facts": [],
    "findings": [
        {"rule": "goal.unquantified", "item": TY_LONG,
         "why": "专项长期绩效目标 names the subsidy work, social stability and the wish to enlist, with no number, scale or date"},
        {"rule": "goal.unquantified", "item": TY_YEAR,
         "why": "专项年度绩效目标 says the subsidy is paid on time and stability kept, but gives no count (the table has 250人), amount or deadline"},
        {"rule": "target.missing_value", "item": "社会稳定",
         "why": "the 社会稳定 row has a name and an 指标内容 but its 指标值 (and 绩效标准) cell is empty in the document as it stands"},
    ],
    "notes": (
        "桃源县 (常德, 湖南) 财政局 2021 专项资金绩效目标表 for 再就业援助对象岗位补贴财政补差资金, published 2021-02-10 by "
        "社会保障股 under the page title '2021年再就业援助对象岗位补贴财政补差资金目标申报表'. The stored page stops in the first "
        "效益指标 row, right after the 指标内容 cell '项目实施对维护社会稳定产生影响'; the document stops there and leaves the "
        "row's 指标值 and 绩效标准 cells empty; no 满意度 rows, no signatures. Layout kept: the header fields, the 实施进度计划 "
        "block, the two goal cells, then the indicator header row inside the same big table (一级/二级/三级/指标内容/指标值/"
        "绩效标准), with '专项年度绩效指标' merged down the indicator block and 一级/二级 merged. Values as written: bare "
        "numbers with units in one cell ('250人', '100%', '1130元/月/人') get operator null; '≦380万' (U+2266) is <= with "
        "unit '万' as written. 资金总额 380万元 has no execution figure, so no fact. Judgement calls: 社会稳定 is counted as a "
        "row and flagged target.missing_value because its value cell is empty as the document stands (the page is cut "
        "there, so a reader cannot know what followed); no coverage.missing_dimension finding for 满意度指标 because the "
        "table is cut and not complete; the 预算成本 row (≦380万 = the whole 资金总额) restates the budget but that rule is "
        "not in this part's list; 完成及时率 has a rate (100%) so it is not flagged as a timeliness row without a period. "
        "The two goal texts are reworded; the 指标内容 cells, the 立项依据 and the 实施内容 are short facts kept as written."
    ),
}


# ----------------------------------------------------------------------------- 2 四川 普惠金融 (aggregator)

PH_GOAL = ("目标1:助力农村金融组织体系建设,让农村金融服务覆盖到更多地方,目标2:帮助重点群体及符合条件的小微企业获得融资、"
           "实现发展,目标3:鼓励各地结合实际建设有自身特色的普惠金融发展示范区,提升金融服务的普惠程度,促进普惠金融高质量发展,")
PH_DONE = ("1:助力农村金融组织体系建设,让农村金融服务覆盖到更多地方,2:帮助重点群体及符合条件的小微企业获得融资、实现发展,"
           "3:鼓励各地结合实际建设有自身特色的普惠金融发展示范区,提升金融服务的普惠程度,促进普惠金融高质量发展,")


def build_puhui(path):
    wb = new_wb()
    ws = wb.active
    ws.title = "自评表"
    rows = [
        ["专项名称", "普惠金融发展专项资金", None, None, "省级主管部门", "四川省财政厅", None, None],
        ["资金情况(万元)", "年度金额(提前下达):208万元", None, None, "资金使用情况(万元)", "合计:109.8万元", None, None],
        [None, "中央财政165万元", None, None, None, "中央财政84.5万元", None, None],
        [None, "省级财政43万元", None, None, None, "省级财政25.3万元", None, None],
        ["年度总体目标", PH_GOAL, None, None, "完成情况", PH_DONE, None, None],
        ["绩效目标完成情况", "一级指标", "二级指标", "三级指标", "指标值", "完成值", "权重", "得分"],
        [None, "产出指标", "数量指标", "创业担保贷款发放额增长率", "≥10%", "115.25%", "20%", 20],
        [None, None, "质量指标", "创业担保贷款回收率", "≥90%", "98.70%", "20%", 20],
        [None, None, None, "资金足额拨付率", "100%", "100%", "10%", 10],
        [None, None, None, "地方配套到位率", "100%", "100%", "10%", 10],
        [None, "效益指标", "经济效益指标", "创业担保基金放大倍数", "≥2倍", "10倍", "10%", 10],
        [None, None, "社会效益指标", "金融机构网点覆盖率", "≥60%", "85%", "10%", 10],
        [None, "满意度指标", "服务对象满意度指标", "申请定向费用补贴金融机构满意度", "≥80%", "≥80%", "10%", 10],
        [None, None, None, "申报创业担保贷款贴息个人满意度", "≥80%", "100%", "5%", 5],
        [None, None, None, "申报创业担保贷款贴息小微企业的满意度", "≥80%", "100%", "5%", 5],
        ["得分合计", None, None, None, None, None, None, 100],
    ]
    merges = [
        (1, 2, 1, 4), (1, 6, 1, 8), (2, 1, 4, 1), (2, 5, 4, 5), (2, 2, 2, 4), (2, 6, 2, 8), (3, 2, 3, 4), (3, 6, 3, 8),
        (4, 2, 4, 4), (4, 6, 4, 8), (5, 2, 5, 4), (5, 6, 5, 8),
        (6, 1, 15, 1), (7, 2, 10, 2), (8, 3, 10, 3), (11, 2, 12, 2), (13, 2, 15, 2), (13, 3, 15, 3),
        (16, 1, 16, 7),
    ]
    sheet_fill(ws, rows, merges, widths=[12, 12, 14, 30, 12, 12, 8, 8], boxed_from=1, bold_rows=(6,))
    ws.row_dimensions[5].height = 135
    wb.save(path)


PH_GOLD = {
    "province": "四川",
    "source_urls": ["https://www.chacewang.com/newsdetail/news368066.html"],
    "doc_kind": "自评表 (普惠金融发展专项资金 绩效目标完成情况, aggregator copy)",
    "patterns": [1, 2, 6, 10],
    "indicators": [
        ind("产出指标", "数量指标", "创业担保贷款发放额增长率", ">=", 10, "%", "≥10%", 115.25, 20, 20),
        ind("产出指标", "质量指标", "创业担保贷款回收率", ">=", 90, "%", "≥90%", 98.7, 20, 20),
        ind("产出指标", "质量指标", "资金足额拨付率", None, 100, "%", "100%", 100, 10, 10),
        ind("产出指标", "质量指标", "地方配套到位率", None, 100, "%", "100%", 100, 10, 10),
        ind("效益指标", "经济效益指标", "创业担保基金放大倍数", ">=", 2, "倍", "≥2倍", 10, 10, 10),
        ind("效益指标", "社会效益指标", "金融机构网点覆盖率", ">=", 60, "%", "≥60%", 85, 10, 10),
        ind("满意度指标", "服务对象满意度指标", "申请定向费用补贴金融机构满意度", ">=", 80, "%", "≥80%", 80, 10, 10),
        ind("满意度指标", "服务对象满意度指标", "申报创业担保贷款贴息个人满意度", ">=", 80, "%", "≥80%", 100, 5, 5),
        ind("满意度指标", "服务对象满意度指标", "申报创业担保贷款贴息小微企业的满意度", ">=", 80, "%", "≥80%", 100, 5, 5),
    ],
    "goals": [{"kind": "年度目标", "text": PH_GOAL}],
    "facts": [
        {"metric": "普惠金融发展专项资金", "kind": "budget", "planned": 208, "actual": 109.8, "stated_rate": None,
         "unit": "万元"},
        {"metric": "年度金额(提前下达)", "kind": "sum", "total": 208, "parts": [165, 43], "unit": "万元"},
        {"metric": "资金使用情况 合计", "kind": "sum", "total": 109.8, "parts": [84.5, 25.3], "unit": "万元"},
        {"metric": "得分合计", "kind": "score_total", "total": 100, "parts": [20, 20, 10, 10, 10, 10, 10, 5, 5]},
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": PH_GOAL,
         "why": "the three 年度总体目标 (rural finance coverage, financing for key groups and small firms, demonstration "
                "zones) carry no number, amount or date; the completion cell only repeats them"},
    ],
    "notes": (
        "chacewang aggregator copy of a 四川 county-level 普惠金融发展专项资金 绩效目标完成情况 table (省级主管部门 四川省财政厅); "
        "the stored text names neither the county nor the year, runs every cell together with commas and ends with "
        "'得分合计100。'; the document keeps that: no title, no county, no year. Cells were re-split into the usual form: "
        "专项名称/主管部门, 资金情况 (年度金额(提前下达) 208万元 = 中央财政165 + 省级财政43) next to 资金使用情况 (合计 109.8 = "
        "84.5 + 25.3), 年度总体目标 next to 完成情况, then the indicator header (一级/二级/三级/指标值/完成值/权重/得分) inside "
        "the same table, 9 rows, 得分合计 100. Weights are written as percentages ('20%') and given as numbers 20/10/5; "
        "scores are the same numbers. Kept as found: the completion cell repeats the goals word for word (reworded here "
        "the same way), '完成值' of the first satisfaction row is '≥80%' (gold actual 80, a judgement call: the cell holds "
        "a number with an operator), 发放额增长率 115.25% against ≥10% (target far too low, but that rule is not in this "
        "part's list), 资金足额拨付率/地方配套到位率 under 质量指标 (input/process measures, rule not in the list). All checks "
        "pass: both sums, the score total (20+20+10+10+10+10+10+5+5 = 100), every score ≤ its weight, every target met "
        "(no deviation reason needed). 109.8 of 208万元 spent (52.8%) with no stated rate, so no rate fact is checked. "
        "Goal and completion texts reworded; indicator names, values and amounts as written."
    ),
}


# ----------------------------------------------------------------------------- 3 南县 住房保障服务中心 (湖南)

def build_nanxian(path):
    wb = new_wb()
    ws = wb.active
    ws.title = "2024项目绩效"
    rows = [
        ["南县住房保障服务中心2024年度项目绩效及2025年度整体绩效目标申报"],
        ["发布时间:2025-03-19 10:51    信息来源:南县住房保障服务中心"],
        ["项目绩效年度表 (2024年度)"],
        ["一级项目名称", None, "二级项目名称", "国有资产出租收入应交税费", None, None, None, None],
        ["项目分类", None, "申报属性", None, None, None, None, None],
        ["资金用途", None, "主管部门", None, None, None, None, None],
        ["项目开始日期", None, "项目完成日期", None, None, None, None, None],
        ["基本情况", None, None, None, None, None, None, None],
        ["项目立项必要性", None, None, None, None, None, None, None],
        ["保障项目实施的制度措施", None, None, None, None, None, None, None],
        ["项目实施计划", None, None, None, None, None, None, None],
        ["组织实施单位", None, None, None, None, None, None, None],
        ["监督管理单位", None, None, None, None, None, None, None],
        ["项目实施单位", None, None, None, None, None, None, None],
        ["政策依据", None, None, None, None, None, None, None],
        ["其他依据", None, None, None, None, None, None, None],
        ["需要说明的其他情况", None, None, None, None, None, None, None],
        ["年度绩效目标", "收取国有资产出租收入55万元", None, None, None, None, None, None],
        ["一级指标", "二级指标", "三级指标", "指标值类型", "目标值", "度量单位", "指标值内容", "备注"],
        ["成本指标", "经济成本指标", "国有资产出租应交税费经费", "≤", "9.9", "万元", "考察国有资产出租税费缴纳", None],
        ["产出指标", "数量指标", "门面数量", "=", "9", "间数", "考察国有资产出租收入任务完成数", None],
        [None, "质量指标", "以合理的市场价出租", "定性", "保障", "无", "考察国有资产出租的可利用价值", None],
        [None, "时效指标", "按时交纳税费", "=", "1", "年", "交纳房产税及其他相关税金", None],
        ["效益指标", "经济效益指标", "出租闲置房屋,减少国有资产闲置率", "=", "100", "%", "考察国有资产出租房屋数", None],
        [None, "社会效益指标", "保障承租人租金合理、门面闲置率低", "定性", "保障", "无", "考察国有资产出租的满意度", None],
        ["满意度指标", "服务对象满意度指标", "税务局对我单位税费缴纳及时、足额的满意度", "=", "100", "%", "考察税费缴纳的及时、足额", None],
    ]
    merges = [(1, 1, 1, 8), (2, 1, 2, 8), (3, 1, 3, 8), (4, 4, 4, 8), (5, 4, 5, 8), (6, 4, 6, 8), (7, 4, 7, 8),
              (8, 1, 8, 8)] + [(r, 2, r, 8) for r in range(9, 18)] + [(18, 2, 18, 8), (21, 1, 23, 1),
                                                                      (24, 1, 25, 1)]
    sheet_fill(ws, rows, merges, widths=[20, 14, 30, 10, 8, 8, 26, 8], boxed_from=4, bold_rows=(19,))
    ws2 = wb.create_sheet("2025整体绩效")
    rows2 = [
        ["部门(单位)整体绩效目标申报表"],
        ["(2025年度)"],
        ["蓝色,黄色,绿色的行为表头行请不要修改,灰色数据如果不为空不"],
    ]
    sheet_fill(ws2, rows2, [(1, 1, 1, 10), (2, 1, 2, 10), (3, 1, 3, 10)], widths=[12] * 10)
    wb.save(path)


NX_GOAL = "收取国有资产出租收入55万元"
NX_GOLD = {
    "province": "湖南",
    "source_urls": ["http://nxjw.nanxian.gov.cn/14890/36191/36239/36244/content_2047301.html"],
    "doc_kind": "项目绩效年度表 (目标申报) + 部门整体绩效目标申报表 (cut at its instruction line)",
    "patterns": [1, 5, 6, 8, 10],
    "indicators": [
        ind("成本指标", "经济成本指标", "国有资产出租应交税费经费", "<=", 9.9, "万元", "9.9"),
        ind("产出指标", "数量指标", "门面数量", "=", 9, "间数", "9"),
        ind("产出指标", "质量指标", "以合理的市场价出租", None, None, None, "保障"),
        ind("产出指标", "时效指标", "按时交纳税费", "=", 1, "年", "1"),
        ind("效益指标", "经济效益指标", "出租闲置房屋,减少国有资产闲置率", "=", 100, "%", "100"),
        ind("效益指标", "社会效益指标", "保障承租人租金合理、门面闲置率低", None, None, None, "保障"),
        ind("满意度指标", "服务对象满意度指标", "税务局对我单位税费缴纳及时、足额的满意度", "=", 100, "%", "100"),
    ],
    "goals": [{"kind": "年度目标", "text": NX_GOAL}],
    "facts": [],
    "findings": [
        {"rule": "target.qualitative_no_scale", "item": "以合理的市场价出租",
         "why": "指标值类型 '定性', 目标值 '保障', unit '无': a qualitative target with no grading scale or price benchmark"},
        {"rule": "target.qualitative_no_scale", "item": "保障承租人租金合理、门面闲置率低",
         "why": "定性 target '保障' with no scale; 'rent reasonable, idle rate low' is not measurable as written"},
    ],
    "notes": (
        "南县住房保障服务中心 (益阳, 湖南) page of 2025-03-19 publishing its 2024 项目绩效年度表 for the single project "
        "'国有资产出租收入应交税费' and the start of its 2025 部门(单位)整体绩效目标申报表. The stored page stops inside the "
        "2025 form's instruction line ('蓝色,黄色,绿色的行为表头行请不要修改,灰色数据如果不为空不'); the document puts the 2025 "
        "form on a second sheet with only its title, year and the cut instruction. Kept as found: every header and 基本情况 "
        "field of the 2024 table is empty (一级项目名称, 项目分类, 申报属性, 资金用途, 主管部门, dates, 立项必要性 … 需要说明的其他"
        "情况), the 101号 column order (成本指标 first), the operator in its own column '指标值类型' (≤, =, 定性), unit in "
        "'度量单位' ('间数', '无'), the '指标值内容' and empty '备注' columns. target_text is the 目标值 cell as written (the "
        "operator sits in its own column). Judgement calls: '定性/保障/无' rows get operator, value and unit null and are "
        "flagged target.qualitative_no_scale; '按时交纳税费 = 1 年' states a one-year period, so it is not flagged as a "
        "timeliness row without a period (a demanding reviewer might still ask for a due date); the 经济效益 row names a "
        "reduction of the idle rate but sets '= 100 %' (it reads as a letting rate; no listed rule fits, so only noted); "
        "the 税务局 satisfaction '= 100 %' is not above 100 and is not flagged; '间数' is an odd unit for a count but not a "
        "missing one. The table has 成本, 产出, 效益 and 满意度 rows, so no coverage finding. The goal cell is a short "
        "quantified fact (55万元) kept as written; no indicator measures that income, but that rule is not in the list."
    ),
}


# ----------------------------------------------------------------------------- 4 萧县 棚户区改造 评分表 (安徽)

XX_ROWS = [
    ("1", "投入(20分)", "项目立项(10分)", "目标任务制定", "2",
     "评价要点:立足本地经济社会发展实际,科学确定棚户区改造目标任务并按时上报。",
     "1.年度目标任务在规定时间内报送得1分,逾期报送扣1分。 2.上报数据准确得1分,存在统计差错等情况扣1分。", "2"),
    ("2", None, None, "具体项目落实", "6",
     "评价要点:把目标任务及时、准确地分解到具体项目,并提早做好项目前期准备。",
     "1.目标任务及时分解到具体项目、上报项目均符合棚户区界定标准的得2分;每有1个项目不符合标准扣1分,扣完为止。 "
     "2.提早办理项目立项等前期手续的得2分,按时开展融资贷款工作的得2分,相关工作未开展的酌情扣分。", "6"),
    ("3", None, None, "改造方式确定", "2",
     "评价要点:充分听取棚户区居民意愿,结合实际确定棚改安置方式。",
     "结合本地商品住房库存合理确定棚改安置方式的得2分;安置方式不合理,致使居民未能及时安置或引发群体性信访投诉、"
     "造成恶劣影响的,扣2分。", "2"),
    ("4", None, "资金落实(10分)", "资金申请", "3",
     "评价要点:按时、准确报送中央和省级专项资金的申请材料。",
     "1.相关部门在规定时间内报送中央和省级专项资金申请材料的得1分,逾期报送不得分。 2.报送的基础数据资料完整、真实、"
     "准确的得2分;资料不完整或不准确的,每查实1项扣0.5分,最多扣2分。", "3"),
    ("5", None, None, "资金使用", "3",
     "评价要点:中央和省级专项资金按时拨付。",
     "1.专项补助资金依照中央和省的规定拨付使用的得3分。 2.未及时拨付使用的,每迟拨1天扣1分,最多扣3分。 "
     "3.专项资金未按国库管理制度拨付核算的不得分。", "3"),
    ("6", None, None, "县级安排", "2", "评价要点:", None, None),
]


def build_xiaoxian(path):
    doc = new_doc(landscape=True)
    rows = [["序号", "一级\n指标", "二级\n指标", "三级\n指标", "分值", "指标解释说明", "评分标准", "自评得分"]]
    rows += [list(r) for r in XX_ROWS]
    merges = [(1, 1, 6, 1), (1, 2, 3, 2), (4, 2, 6, 2)]
    docx_table(doc, rows, 8, merges, widths=[1.1, 1.8, 2.2, 2.6, 1.2, 6.5, 9.0, 1.6], bold_rows=(0,))
    doc.save(path)


XX_GOLD = {
    "province": "安徽",
    "source_urls": ["https://www.ahxx.gov.cn/grassroots/6/151896251.html"],
    "doc_kind": "评价评分表 (棚户区改造 绩效评价 自评得分)",
    "patterns": [1, 5],
    "indicators": [
        ind("投入", "项目立项", "目标任务制定", None, None, None, None, None, 2, 2),
        ind("投入", "项目立项", "具体项目落实", None, None, None, None, None, 6, 6),
        ind("投入", "项目立项", "改造方式确定", None, None, None, None, None, 2, 2),
        ind("投入", "资金落实", "资金申请", None, None, None, None, None, 3, 3),
        ind("投入", "资金落实", "资金使用", None, None, None, None, None, 3, 3),
        ind("投入", "资金落实", "县级安排", None, None, None, None, None, 2, None),
    ],
    "goals": [],
    "facts": [
        {"metric": "投入(20分)", "kind": "sum", "total": 20, "parts": [10, 10], "unit": "分"},
        {"metric": "项目立项(10分)", "kind": "sum", "total": 10, "parts": [2, 6, 2], "unit": "分"},
    ],
    "findings": [],
    "notes": (
        "萧县 (宿州, 安徽; host ahxx.gov.cn, 基层政务公开 column) page holding a 棚户区改造 绩效评价 scoring table. The stored "
        "text starts with the table itself (no title, no year, no unit name) and stops in row 6, right after '评价要点:' of "
        "县级安排; the document is the table alone, with row 6 holding only 序号, name, 分值 2 and the cut '评价要点:'. Columns "
        "as found: 序号 | 一级指标 | 二级指标 | 三级指标 | 分值 | 指标解释说明 | 评分标准 | 自评得分, 一级 '投入(20分)' merged down, "
        "二级 '项目立项(10分)' and '资金落实(10分)' merged. level1/level2 are given without the '(20分)' point labels. These are "
        "evaluation items, not targets: target fields are null, weight = 分值, score = 自评得分 (null for the cut row). "
        "The 评价要点 and 评分标准 texts are reworded with the same points (得1分, 扣1分, 每延迟1天扣1分, 最多扣3分, 每项扣0.5分 …). "
        "Checks: every score equals its weight; 投入 20 = 10 + 10 and 项目立项 10 = 2 + 6 + 2 hold. 资金落实(10分) shows only "
        "3 + 3 + 2 = 8 before the cut, but the page stops inside that block, so no sum fact is recorded for it. No coverage "
        "finding: the table is cut after its first 一级 section and is not complete. No total score or grade is visible."
    ),
}


# ----------------------------------------------------------------------------- 5 六安 地表水断面生态补偿 (安徽)

def build_luan(path):
    wb = new_wb()
    ws = wb.active
    ws.title = "附件1"
    rows = [
        ["附件1"],
        ["六安市2021年度地表水断面生态补偿资金分配表"],
        ["单位:万元"],
        ["序号", "辖 区", "本次下达数", None, None, "备注"],
        [None, None, "省级", "市级", "小 计", None],
        [1, "市本级", 140, "-", 140, None],
        [2, "霍邱县", 430, "-", 430, None],
        [3, "金寨县", 175, 50, 225, None],
        [4, "霍山县", -100, 150, 50, None],
        [5, "舒城县", 300, "-", 300, None],
        [6, "金安区", 75, "-", 75, None],
        [7, "裕安区", 145, "-", 145, None],
        ["合 计", None, 1165, 200, 1365, None],
    ]
    merges = [(2, 1, 2, 6), (3, 1, 3, 6), (4, 3, 4, 5), (4, 1, 5, 1), (4, 2, 5, 2), (4, 6, 5, 6), (13, 1, 13, 2)]
    sheet_fill(ws, rows, merges, widths=[8, 12, 10, 10, 10, 10], boxed_from=4, bold_rows=(4, 5), landscape=False)
    ws2 = wb.create_sheet("附件2")
    rows2 = [
        ["附件2:"],
        ["六安市2021年度地表水断面生态补偿资金项目分配表"],
        ["2021.08"],
        ["序号", "辖区", "项目\n类型", "项目\n名称", "承担\n单位", "建设\n地点", "项目建设内容与规模", "项目绩效", None, None,
         "项目估算\n总投资(万元)", "补助资金(万元)", None, None, "申报\n分类", "备注"],
        [None, None, None, None, None, None, None, "治理水体及所属流域控制单元", "污染负荷消减量\n(吨/年)", "生态改善目标",
         None, "合计", "其中:", None, None, None],
        [None, None, None, None, None, None, None, None, None, None, None, None, "省级", "市级", None, None],
        ["合 计", None, None, None, None, None, None, None, None, None, 2417.5, 1365, 1165, 200, None, None],
        [1, "霍邱县", "环境保护能力建设", "霍邱县县级集中式饮用水水源地水质自动监测站建设项目", "六安市霍邱县生态环境分局", "城东湖",
         "建设湖库型固定式水质自动站(11参数)一座;河流型固定式水质自动站(9参数)三座;", "城东湖-二水厂取水口;淮河", None,
         "提升水源地水质监管能力", 580, 430, 430, "-", "非工程类", None],
        [2, "金寨县", "环境保护能力建设", "金寨县县级饮用水源自动监测站建设项目", "六安市金寨县环境环境分局", "梅山水库、响洪甸水库",
         "建设湖库型固定式水质自动站(11参数)三座;", "梅山水库、响洪甸水库", None, "提升水源地水质监管能力", 452.5, 225, 175,
         50, "非工程类", None],
        [3, "霍山县", "环境保护能力建设", "霍山县集中式饮用水水源地水质自动监测能力建设项目", "霍山县环境监测站", "佛子岭水库、前进水库",
         "建设湖库型固定式水质自动站(11", None, None, None, None, None, None, None, None, None],
    ]
    merges2 = [(2, 1, 2, 16), (3, 1, 3, 16)] + [(4, c, 6, c) for c in (1, 2, 3, 4, 5, 6, 7, 11, 15, 16)] + [
        (4, 8, 4, 10), (4, 12, 4, 14), (5, 8, 6, 8), (5, 9, 6, 9), (5, 10, 6, 10), (5, 12, 6, 12), (5, 13, 5, 14),
        (7, 1, 7, 10)]
    sheet_fill(ws2, rows2, merges2, widths=[6, 8, 10, 20, 14, 12, 24, 14, 10, 14, 10, 8, 8, 8, 8, 6], boxed_from=4,
               bold_rows=(4, 5, 6))
    for r, h in ((4, 20), (5, 30), (6, 20), (7, 18), (8, 60), (9, 45), (10, 45)):
        ws2.row_dimensions[r].height = h
    wb.save(path)


LA_GOAL = "提升水源地水质监管能力"
LA_GOLD = {
    "province": "安徽",
    "source_urls": ["https://www.ahjinzhai.gov.cn/public/6596491/35402417.html"],
    "doc_kind": "资金分配表 (地表水断面生态补偿, 项目分配表 with 项目绩效 columns)",
    "patterns": [7, 9],
    "indicators": [],
    "goals": [
        {"kind": "目标", "text": LA_GOAL},
        {"kind": "目标", "text": LA_GOAL},
    ],
    "facts": [
        {"metric": "本次下达数 省级 合计", "kind": "sum", "total": 1165, "parts": [140, 430, 175, -100, 300, 75, 145],
         "unit": "万元"},
        {"metric": "本次下达数 市级 合计", "kind": "sum", "total": 200, "parts": [50, 150], "unit": "万元"},
        {"metric": "本次下达数 小计 合计", "kind": "sum", "total": 1365, "parts": [140, 430, 225, 50, 300, 75, 145],
         "unit": "万元"},
        {"metric": "金寨县 小计", "kind": "sum", "total": 225, "parts": [175, 50], "unit": "万元"},
        {"metric": "霍山县 小计", "kind": "sum", "total": 50, "parts": [-100, 150], "unit": "万元"},
        {"metric": "补助资金 合计", "kind": "sum", "total": 1365, "parts": [1165, 200], "unit": "万元"},
        {"metric": "金寨县县级饮用水源自动监测站建设项目 补助资金", "kind": "sum", "total": 225, "parts": [175, 50],
         "unit": "万元"},
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": LA_GOAL,
         "why": "生态改善目标 of the 霍邱县 project: 'raise the capacity to supervise source-water quality' with no number, "
                "water class or station count"},
        {"rule": "goal.unquantified", "item": LA_GOAL,
         "why": "the 金寨县 project carries the same unquantified 生态改善目标, word for word"},
    ],
    "notes": (
        "Attachments of a 六安市 (安徽) notice on the 2021 地表水断面生态补偿资金, stored on the 金寨县 government site; the "
        "stored text begins with '附件1' (the notice text is not in it) and stops inside row 3 of 附件2, in the 建设内容 "
        "cell of the 霍山县 project ('建设湖库型固定式水质自动站(11'); the document stops there. 附件1: allocation by 辖区 "
        "with 省级/市级/小计 under '本次下达数', '-' for no money and a negative 省级 amount for 霍山县 (-100, an offset; "
        "kept as written), 合计 1165 + 200 = 1365. 附件2 (dated 2021.08): one row per project with three '项目绩效' columns "
        "(治理水体及所属流域控制单元, 污染负荷消减量(吨/年), 生态改善目标), 估算总投资, 补助资金 合计/省级/市级, 申报分类, and a 合计 "
        "row above the projects (2417.5 / 1365 / 1165 / 200). Judgement calls: the stored row text gives two values for the "
        "three 项目绩效 columns; they are read as 治理水体 and 生态改善目标, leaving 污染负荷消减量 empty for these 非工程类 "
        "monitoring-station projects; the 生态改善目标 cells are taken as goals (kind '目标'), not as indicator rows, so the "
        "gold has no indicator rows. The '六安市金寨县环境环境分局' slip is kept. All sums hold, including the one with the "
        "negative part; the 2417.5 investment total cannot be checked because the project list is cut (580 + 452.5 shown)."
    ),
}


# ----------------------------------------------------------------------------- 6 大足区 商务委 (重庆)

DZ_GOAL = ("1、:社会消费品零售总额同比增长9.5%。2、外贸进出口总额达到17.5亿元。3、新增限上商贸企业23家、个体79户。"
           "4、网络零售额13.39亿元,同比增长17.95%。")
DZ_DONE = ("1、:社会消费品零售总额同比增长25.6%。2、外贸进出口总额达到28.6亿元。3、新增限上商贸企业33家、个体79户。"
           "4、网络零售额23.59亿元,同比增长35.65%。")


def build_dazu(path):
    wb = new_wb()
    ws = wb.active
    ws.title = "表1"
    rows = [
        ["重庆市大足区商务委员会2021年度预算资金绩效自评公开"],
        ["表1:"],
        ["2021年部门整体绩效目标自评表"],
        ["单位名称", "大足区商务委员会", None, "单位负责人及电话", "李荣燕 13908352363", None],
        ["主管部门", "商务委财务科", None, "实施单位", None, None],
        ["资金情况(万元)", "年初预算资金总额(万元)", None, "实际投入资金额(万元)", "产生差异的原因", None],
        ["合计", "1304.23", None, "2951.55", "项目经费增加", None],
        ["其中:财政拨款", "1304.23", None, "2951.55", None, None],
        ["其他资金", None, None, None, None, None],
        ["年度目标(年初)", None, None, "年度总体目标完成情况", None, None],
        [DZ_GOAL, None, None, DZ_DONE, None, None],
        ["三级指标", "指标权重", "计量单位", "指标值", "全年实际完成值", "产生差异的原因及改进措施"],
        ["消费品零售额", 25, "%", 9.5, 25.6, None],
        ["外贸进出口总额", 25, "亿人民币", 17.5, 28.6, None],
        ["新增限上商贸企业(法人)", 13, None, 23, 33, None],
    ]
    merges = [(1, 1, 1, 6), (2, 1, 2, 6), (3, 1, 3, 6), (4, 2, 4, 3), (4, 5, 4, 6), (5, 2, 5, 3), (5, 5, 5, 6),
              (6, 2, 6, 3), (6, 5, 6, 6), (7, 2, 7, 3), (7, 5, 7, 6), (8, 2, 8, 3), (8, 5, 8, 6), (9, 2, 9, 3),
              (9, 5, 9, 6), (10, 1, 10, 3), (10, 4, 10, 6), (11, 1, 11, 3), (11, 4, 11, 6)]
    sheet_fill(ws, rows, merges, widths=[24, 14, 12, 20, 18, 24], boxed_from=4, bold_rows=(12,))
    ws.row_dimensions[11].height = 75
    wb.save(path)


DZ_GOLD = {
    "province": "重庆",
    "source_urls": ["http://www.dazu.gov.cn/zwgk_175/fdzdgknr/czyjs/qzfzcbm/qsww_68879/js/202204/t20220413_10612470.html"],
    "doc_kind": "部门整体绩效目标自评表",
    "patterns": [5, 6, 7, 10],
    "indicators": [
        ind(None, None, "消费品零售额", None, 9.5, "%", "9.5", 25.6, 25, None),
        ind(None, None, "外贸进出口总额", None, 17.5, "亿人民币", "17.5", 28.6, 25, None),
        ind(None, None, "新增限上商贸企业(法人)", None, 23, None, "23", 33, 13, None),
    ],
    "goals": [{"kind": "年度目标", "text": DZ_GOAL}],
    "facts": [
        {"metric": "资金情况 合计", "kind": "budget", "planned": 1304.23, "actual": 2951.55, "stated_rate": None,
         "unit": "万元"},
    ],
    "findings": [
        {"rule": "target.unit_mismatch", "item": "消费品零售额",
         "why": "the name is an amount (零售额) but the unit is '%'; the goal shows the 9.5 is a growth rate (同比增长9.5%)"},
        {"rule": "target.missing_unit", "item": "新增限上商贸企业(法人)",
         "why": "计量单位 cell empty for a count of 23 (the goal text says 家)"},
    ],
    "notes": (
        "重庆市大足区商务委员会 page of 2022-04-13 '2021年度预算资金绩效自评公开', 表1 2021年部门整体绩效目标自评表. The stored page "
        "stops after the third indicator row ('新增限上商贸企业(法人) 13 23 33'); the document stops there. Layout as found: "
        "单位/负责人 (name and telephone as published), 资金情况 with 年初预算资金总额 1304.23 vs 实际投入资金额 2951.55 and the "
        "reason '项目经费增加', the 年初 goal next to its completion, then an indicator table with only 三级指标 | 指标权重 | "
        "计量单位 | 指标值 | 全年实际完成值 | 产生差异的原因及改进措施 (no 一级/二级 columns, no score column), so level1/level2 "
        "and score are null and weight is the 指标权重 number. Values are bare numbers (operator null). The goal and "
        "completion cells are four numbered facts each, lightly reworded with every number kept, the odd '1、:' kept. "
        "Judgement calls: 消费品零售额 with '%' is a unit that does not fit the name (unit_mismatch); the empty unit of the "
        "企业 count is missing_unit; every actual is above its target, so no deviation reason is needed (the targets look "
        "set far too low, a rule not in this part's list); the actual spend is 226% of the budget, no rate is stated, so the "
        "budget fact has no stated_rate; no coverage finding because the table is cut after three rows."
    ),
}


# ----------------------------------------------------------------------------- 7 宁国 水环境生态补偿 自评报告 (安徽)

NG_PARAS = [
    ("宁国市2020年度水环境生态补偿民生工程工作绩效评价自评报告", "title"),
    ("发布时间:2021-02-15 15:29 信息来源:生态环境分局", "meta"),
    ("对照绩效评价办法及相关要求,现就我市2020年水环境生态补偿民生工程开展情况进行绩效自评,结果报告如下:", None),
    ("一、效益指标", "h"),
    ("1、水质状况", "h2"),
    ("宣城市水环境生态补偿范围内,我市的国控汪溪断面和市控钟鼓潭断面水质目标为类水。2020年,这两个断面都达到了生态补偿标准。", None),
    ("2、机制建设", "h2"),
    ("补偿机制", "h3"),
    ("我市绩宁交界柏山断面、旌宁交界滑渡断面、宁宣交界钟鼓潭断面三个跨县界断面以及国考汪溪断面,全部纳入宣城市水环境生态补偿"
     "机制。制定印发《宁国市水环境生态补偿实施方案》,在全市乡镇地表水河流上布设跨界监测断面并定期监测,监测结果计入目标管理考核。", None),
    ("协调机制", "h3"),
    ("水阳江上游方面,与绩溪签订《水阳江上游水体跨界环境污染纠纷宁国-绩溪联防联控工作方案》,与旌德签订《水阳江上游水体跨界"
     "污染防治工作方案》。柏山、滑渡、钟鼓潭三个跨县界断面分别同绩溪、旌德和宣州区联合采样监测。", None),
    ("长效工作机制", "h3"),
    ("设立水环境生态补偿民生工程领导小组,主要抓制度建设和工作落实,每月调度一次工作进展。", None),
    ("二、决策指标", "h"),
    ("1补偿资金结算", "h2"),
    ("依照宣城市统一部署缴纳水环境生态补偿保证金,并办理资金结算。", None),
    ("2资金管理及投入", "h2"),
    ("出台《宁国市水环境生态补偿专项资金管理规定》,规范补偿资金使用,补偿资金均按规定使用。2020年全市投入资金40000万余元,"
     "用于城北污水处理厂建设、星河治理项目以及柏山水质自动站建设等。", None),
    ("三、满意度指标", "h"),
    ("服务对象满意度指标:全市4个地表水考核断面水质达标率100%2", None),
]


def build_ningguo(path):
    doc = new_doc()
    for text, kind in NG_PARAS:
        if kind == "title":
            para(doc, text, bold=True, center=True, size=14)
        elif kind == "meta":
            para(doc, text, center=True, size=9)
        elif kind in ("h", "h2", "h3"):
            para(doc, text, bold=(kind != "h3"))
        else:
            p = para(doc, text)
            p.paragraph_format.first_line_indent = Pt(20)
    doc.save(path)


NG_GOLD = {
    "province": "安徽",
    "source_urls": ["https://www.ningguo.gov.cn/News/show/1312573.html"],
    "doc_kind": "自评报告 (水环境生态补偿民生工程, prose)",
    "patterns": [10],
    "indicators": [
        ind("效益指标", None, "水质状况", None, None, None, "类水"),
        ind("满意度指标", "服务对象满意度指标", "地表水考核断面水质达标率", None, None, "%", None, 100),
    ],
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "target.missing_value", "item": "水质状况",
         "why": "the water-quality target of the 汪溪 and 钟鼓潭 sections reads '水质目标为类水': the class (Ⅱ/Ⅲ …) is missing, "
                "so the target has no value"},
    ],
    "notes": (
        "宁国市 (宣城, 安徽) 生态环境分局 self-evaluation of the 2020 水环境生态补偿民生工程, published 2021-02-15. Prose in three "
        "parts headed by indicator categories (一、效益指标, 二、决策指标, 三、满意度指标). The stored page stops in the 满意度 "
        "sentence right after '100%', followed by a stray '2' (probably the start of the next number); the document ends "
        "with that '100%2'. Kept as found: '水质目标为类水' with the class numeral missing, '1补偿资金结算' / '2资金管理及投入' "
        "without the usual '、', the 40000万余元 investment, and a 满意度 section that reports a water-quality compliance "
        "rate (4 sections, 100%) instead of any satisfaction survey (misfiled dimension, a rule not in this part's list). "
        "Indicator rows: only the two items that carry a target or a result (水质状况 under 效益指标; the 100% 达标率 under "
        "服务对象满意度指标, as an actual with no target); the mechanism items (补偿机制, 协调机制, 长效工作机制) and the 决策 "
        "items describe work and carry no values, so they are not counted. Prose reworded with all names, document titles "
        "and numbers kept. No goal section, no budget figure with an execution amount, no score or grade."
    ),
}


# ----------------------------------------------------------------------------- 8 池州 三县一区 老旧小区改造 评价报告 (安徽)

QY_HEAD = [
    ("索引号:", "113418230032914729/202102-00028", "组配分类:", "上级评价表彰情况"),
    ("发布机构:", "青阳县住房和城乡建设局", "主题分类:", "城乡建设、环境保护"),
    ("名称:", "池州市三县一区2020年度城市老旧小区改造民生工程绩效评价报告", "文号:", ""),
    ("成文日期:", "", "发布日期:", "2021-02-23"),
    ("废止日期:", "", "", ""),
]
QY_PARAS = [
    ("池州市三县一区2020年度城市老旧小区\n改造民生工程绩效评价报告", "title"),
    ("评价机构名称:安徽成文会计师事务所(普通合伙)", "meta"),
    ("绩效报告编号:皖成文咨字[2021]第4013号", "meta"),
    ("评价报告时间:2021年2月4日", "meta"),
    ("摘要", "h"),
    ("为落实党中央、国务院和省委省政府的决策部署,加快全市城市老旧小区改造,2020年池州市继续选取建成年代早、设施破损严重、"
     "市政配套不完善、使用功能不全、居住环境差且居民改造意愿强烈的住宅小区(含单栋住宅楼),实施小区基础设施、公共设施、"
     "消防安防、房屋整修等基础类整治改造,以及建筑节能、适老化等提升类改造。", None),
    ("一、项目概况。池州市青阳县、石台县、东至县及贵池区(下称三县一区)2020年度城市老旧小区改造民生工程的任务是:计划投资"
     "17,558.00万元,改造老旧小区57个、住户21028户、面积228.76万平方米、楼栋938栋。当年安排资金22,141.47万元,其中中央"
     "财政补助资金20,221.00万元,省财政补助资金1,617.00万元,社会筹集资金303.47万元。已拨付给项目施工单位资金2,487.59万元,"
     "其中中央财政补助资金2,184.12万元,社会筹集资金303.47万元。项目由三县一区住房和城乡建设局负责实施。", None),
    ("二、评价结果。评价认为,三县一区城市老旧小区改造项目政策设计科学合理、切实可行,实际运行与发展趋势相符,绩效评价整体得分"
     "85.81分,评价等次优秀。按得分排序:东至县91.75分,评价等次优秀;青阳县90分,评价等次优秀;贵池区81分,评价等次良好;"
     "石台县80.5分,评价", None),
]


def build_qingyang(path):
    doc = new_doc()
    docx_table(doc, [list(r) for r in QY_HEAD], 4, merges=(), widths=[2.4, 7.0, 2.4, 5.6])
    for text, kind in QY_PARAS:
        if kind == "title":
            para(doc, text, bold=True, center=True, size=14)
        elif kind == "meta":
            para(doc, text, center=True)
        elif kind == "h":
            para(doc, text, bold=True, center=True)
        else:
            p = para(doc, text)
            p.paragraph_format.first_line_indent = Pt(20)
    doc.save(path)


QY_GOLD = {
    "province": "安徽",
    "source_urls": ["https://www.ahqy.gov.cn/OpennessContent/show/1074651.html"],
    "doc_kind": "评价报告 (第三方, 老旧小区改造民生工程, prose)",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "年度资金安排", "kind": "sum", "total": 22141.47, "parts": [20221.00, 1617.00, 303.47], "unit": "万元"},
        {"metric": "拨付项目施工单位资金", "kind": "sum", "total": 2487.59, "parts": [2184.12, 303.47], "unit": "万元"},
        {"metric": "年度资金安排 拨付", "kind": "budget", "planned": 22141.47, "actual": 2487.59, "stated_rate": None,
         "unit": "万元"},
        {"metric": "三县一区 绩效评价整体得分", "kind": "grade", "score": 85.81, "grade": "优秀"},
        {"metric": "东至县", "kind": "grade", "score": 91.75, "grade": "优秀"},
        {"metric": "青阳县", "kind": "grade", "score": 90, "grade": "优秀"},
        {"metric": "贵池区", "kind": "grade", "score": 81, "grade": "良好"},
    ],
    "findings": [
        {"rule": "consistency.grade", "item": "三县一区 绩效评价整体得分",
         "why": "85.81分 is graded 优秀, but on the 优≥90 / 良80–90 scale it is 良; the same report grades 贵池区 81分 良好 and "
                "青阳县 90分 优秀, so its own bands put 85.81 in 良"},
    ],
    "notes": (
        "青阳县住房和城乡建设局 page (2021-02-23) publishing the third-party evaluation (安徽成文会计师事务所, 皖成文咨字[2021]第"
        "4013号, 2021-02-04) of the 2020 城市老旧小区改造民生工程 in 池州's 青阳县、石台县、东至县 and 贵池区. The stored page "
        "holds the information-disclosure header, the title block, the 摘要 and the start of its 二、评价结果; it stops in the "
        "石台县 sentence after '80.5分,评价'; the document stops there (so 石台县 gets no grade fact). Prose reworded with every "
        "number kept: 计划投资 17,558.00万元 (the 57 小区 / 21028户 / 228.76万平方米 / 938栋 tasks), 年度资金 22,141.47 = 20,221.00 "
        "+ 1,617.00 + 303.47 (holds), 拨付 2,487.59 = 2,184.12 + 303.47 (holds; 11% of the money paid out, no rate stated). "
        "Judgement calls: the overall 85.81 '优秀' is flagged consistency.grade against the 优≥90 band (a 民生工程 scheme in "
        "安徽 may use its own bands, but the report itself calls 81 良好 and 90 优秀, so 85.81 优秀 is inconsistent with it as "
        "well); 85.81 is the plain mean of the four county scores ((91.75 + 90 + 81 + 80.5) / 4 = 85.8125), which the report "
        "does not state, so no score_total fact; the task figures are written as 任务 in the 概况 and are not counted as "
        "indicator rows; no goal section."
    ),
}

# ----------------------------------------------------------------------------- run

DOCS = [
    ("hn-taoyuan-reemployment-subsidy-targets.docx", build_taoyuan, TY_GOLD),
    ("sc-unnamed-startup-loan-selfeval.xlsx", build_puhui, PH_GOLD),
    ("hn-nanxian-housing-rental-tax-targets.xlsx", build_nanxian, NX_GOLD),
    ("ah-xiaoxian-shantytown-eval-scores.docx", build_xiaoxian, XX_GOLD),
    ("ah-luan-water-ecocomp-alloc.xlsx", build_luan, LA_GOLD),
    ("cq-dazu-commerce-dept-selfeval.xlsx", build_dazu, DZ_GOLD),
    ("ah-ningguo-water-ecocomp-selfreport.docx", build_ningguo, NG_GOLD),
    ("ah-qingyang-old-housing-eval.docx", build_qingyang, QY_GOLD),
]

KEY_ORDER = ["source", "source_urls", "province", "doc_kind", "patterns", "indicators", "goals", "facts", "findings",
             "notes"]


def write_gold(name, gold):
    rec = dict(gold)
    rec["source"] = name
    rec = {k: rec[k] for k in KEY_ORDER}
    with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(rec, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    no_pdf = "--no-pdf" in sys.argv
    os.makedirs(ANN, exist_ok=True)
    for name, build, gold in DOCS:
        path = os.path.join(HERE, name)
        build(path)
        make_deterministic(path)
        write_gold(name, gold)
        pdf = os.path.splitext(name)[0] + ".pdf"
        write_gold(pdf, gold)
        if not no_pdf:
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        print("wrote", name)


if __name__ == "__main__":
    main()
