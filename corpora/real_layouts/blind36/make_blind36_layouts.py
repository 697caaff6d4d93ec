#!/usr/bin/env python3
"""Build blind part 36 of the real-layout corpus (documents + hand-written gold).

Every document comes from one entry of DOCS below. Forms of the 吉林 检验检疫
绩效考核 system are laid out as one grid (cells + real merges) that is written
either as XLSX or as DOCX; the 上海 决算 excerpt is a DOCX with prose and one
table. Gold JSON goes to annotations/<file>.json (one per XLSX/DOCX and one per
PDF). XLSX/DOCX bytes are deterministic (fixed core-property times, fixed zip
entry times). `--no-pdf` skips the LibreOffice export.

Usage: python make_blind36_layouts.py [--no-pdf]
"""
import argparse
import copy
import datetime as dt
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
from docx.oxml.ns import qn
from docx.shared import Pt, Mm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = dt.datetime(2024, 1, 1, 0, 0, 0)
ZIP_TIME = (2024, 1, 1, 0, 0, 0)

MEETING = ("https://github.com/hktianyi/Meeting/blob/fb3c2f20879343e88f86e10f1de8821309750e44/"
           "admin/src/main/webapp/WEB-INF/views/task/kpi/")
GBC = ("https://github.com/zxj6827111-blip/GovBudgetChecker/blob/99aa692fd039201e5baa0bb930d9e97ec87bbaf2/"
       "tests/fixtures/cross_san_gong_truth_page_data.json")

# --------------------------------------------------------------------------
# The 检验检疫 evaluation forms: one shape, three contents.
# Part A rows: (三级指标, 计量单位, 目标值(标准), 分值, 数据项2 is '/') or None (blank row)
# Part B rows: (三级指标, 计量单位, 目标值(标准), [分值 per example line]) or ("", n) blank
# --------------------------------------------------------------------------

BUDGET_BLOCK = {
    "part": "A", "l1": "预算绩效", "w1": "50",
    "l2s": [
        {"l2": "预算管理", "w2": "75", "rows": [
            ("预算执行进度(7月)", "%", "40%", "7", False),
            ("预算执行进度（11月）", "%", "80.21%", "8", False),
            ("预算调整次数（实际调整数）", "次", "0", "5", True),
            ("项目预算资金是否被核减", "是/否", "否", "25", True),
            ("结转结余资金率", "%", "-0%", "25", False),
            ("是否开展预算编报考评", "是/否", "是", "5", True),
        ]},
        {"l2": "财务管理", "w2": "25", "rows": [
            ("用款计划差错率", "%", "-0%", "7", False),
            ("是否存在违规行为", "是/否", "否", "13", True),
            ("是否开展会计决算报表考评", "是/否", "是", "5", True),
        ]},
    ],
}

FORM_WSJDF = {
    "title": "外事接待费专项经费绩效评价表",
    "blocks": [
        BUDGET_BLOCK,
        {"part": "A", "l1": "项目产出", "w1": "25", "l2s": [
            {"l2": "产出数量", "w2": "30", "rows": [
                ("外事接待任务完成率", "%", "100%", "15", False),
                ("是否促进国际合作项目增长", "是/否", "是", "15", True)]},
            {"l2": "产出质量", "w2": "30", "rows": [
                ("外事接待任务是否达到预期目的", "是/否", "是", "15", True),
                ("是否保障了外事工作的开展", "是/否", "是", "15", True)]},
            {"l2": "产出时效", "w2": "20", "rows": [
                ("是否保障国外代表团正常工作", "是/否", "是", "20", True)]},
            {"l2": "产出成本", "w2": "20", "rows": [
                ("外事接待是否超出标准", "是/否", "否", "20", True)]},
        ]},
        {"part": "B", "l1": "项目效果", "w1": "25", "l2s": [
            {"l2": "经济效益", "w2": "30", "rows": [
                ("是否促进地方经济项目推广和外拓", "是/否", "是", ["5", "5"]),
                ("是否保证了检验检疫业务的顺利开展", "是/否", "是", ["5", "5"]),
                ("是否提高了国际技术交流效果", "是/否", "是", ["5", "5"])]},
            {"l2": "社会效益", "w2": "30", "rows": [
                ("促进外向型经济发展，维护出口产品质量的声誉", "是/否", "是", ["5", "5"]),
                ("是否提高了检验检疫的影响力", "是/否", "是", ["5", "5"]),
                ("是否提高国际交流合作效果，促进交流与合作科研 ", "是/否", "是", ["5", "5"])]},
            {"l2": "环境效益", "w2": "10", "rows": [
                ("是否促进外贸企业建立良好的对外沟通渠道，优化对外贸易环境", "是/否", "是", ["5", "5"])]},
            {"l2": "可持续影响", "w2": "20", "rows": [
                ("是否增加国际合作交流机会 ", "是/否", "是", ["5", "5"]),
                ("是否有助于检验检疫对外政策宣传 ", "是/否", "是", ["5", "5"])]},
            {"l2": "服务对象满意度", "w2": "10", "rows": [
                ("来访外宾是否满意", "是/否", "是", ["5", "5"])]},
        ]},
    ],
}

FORM_YQSB = {
    "title": "仪器设备购置专项经费支出绩效评价表",
    "blocks": [
        BUDGET_BLOCK,
        {"part": "A", "l1": "项目产出", "w1": "25", "l2s": [
            {"l2": "产出数量", "w2": "30", "rows": [
                ("实验室大型仪器设备使用率", "%", "100%", "5", False),
                ("实验室大型仪器设备平均利用率", "%", "100%", "25", False)]},
            {"l2": "产出质量", "w2": "40", "rows": [
                ("进出口商品实验室法检任务完成率", "%", "100%", "10", False),
                ("进出境动植物实验室法检任务完成率", "%", "100%", "10", False),
                ("传染病实验室法检任务完成率", "%", "100%", "10", False),
                ("是否发生重大检测质量事故", "是/否", "否", "10", True)]},
            {"l2": "产出时效", "w2": "30", "rows": [
                ("年度设备采购安装到位率", "%", "100%", "30", False)]},
            {"l2": "产出成本", "w2": "", "rows": [None, None]},
        ]},
        {"part": "B", "l1": "项目效果", "w1": "25", "l2s": [
            {"l2": "经济效益", "w2": "", "rows": [("", 2)]},
            {"l2": "社会效益", "w2": "45", "rows": [
                ("实验室是否向社会提供技术服务", "是/否", "是", ["5", "5", "5"]),
                ("是否提高检验检疫技术保障能力", "是/否", "是", ["5", "5", "5"]),
                ("是否促进外向型经济发展", "是/否", "是", ["5", "5", "5"])]},
            {"l2": "环境效益", "w2": "15", "rows": [
                ("是否有利于生态环境保护", "是/否", "是", ["5", "5", "5"])]},
            {"l2": "可持续影响", "w2": "40", "rows": [
                ("是否有利于提高检验检疫执法能力", "是/否", "是", ["5", "5", "5"]),
                ("是否有利于节省人力资源和提高工作效率", "是/否", "是", ["5", "5", "5"]),
                ("是否有利于促进人民身体健康水平提高", "是/否", "是", ["5", "5"])]},
            {"l2": "服务对象满意度", "w2": "", "rows": [("", 2)]},
        ]},
    ],
}

BUDGET_BLOCK_ZX = copy.deepcopy(BUDGET_BLOCK)
BUDGET_BLOCK_ZX["l2s"][1]["l2"] = "财务管理  "   # trailing blanks as found
BUDGET_BLOCK_ZX["l2s"][1]["w2"] = "25  "

FORM_ZXJTF = {
    "title": "专项交通费绩效评价表",
    "blocks": [
        BUDGET_BLOCK_ZX,
        {"part": "A", "l1": "项目产出", "w1": "30", "l2s": [
            {"l2": "产出数量", "w2": "60", "rows": [
                ("执法执勤用车平均里程数（公里）", "万公里", "3.3", "30", False),
                ("新购执法执勤车辆到位率", "%", "100%", "30", False)]},
            {"l2": "产出质量", "w2": "20", "rows": [
                ("执法执勤用车车辆使用率", "%", "100%", "20", False)]},
            {"l2": "产出时效", "w2": "", "rows": [None, None]},
            {"l2": "产出成本", "w2": "20", "rows": [
                ("项目支出是否完成专项交通费控制目标", "是/否", "是", "20", True)]},
        ]},
        {"part": "B", "l1": "项目效果", "w1": "20", "l2s": [
            {"l2": "经济效益", "w2": "", "rows": [("", 2)]},
            {"l2": "社会效益", "w2": "50", "rows": [
                ("是否提高检验检疫技术保障能力", "是/否", "是", ["10"] * 5)]},
            {"l2": "环境效益", "w2": "", "rows": [("", 2)]},
            {"l2": "可持续影响", "w2": "50", "rows": [
                ("是否有利于提高检验检疫执法保障能力", "是/否", "是", ["10"] * 5)]},
            {"l2": "服务对象满意度", "w2": "", "rows": [("", 2)]},
        ]},
    ],
}

# fill-in notes of the form, in our own words
FORM_NOTES = [
    "填表说明:",
    "1、所填数据的真实、准确和完整由填报单位负责。",
    "2、不得改动表格的行、列和公式等格式。",
    "3、采集数据项中的量化指标只填数字，不写中文或英文字符。",
    "4、采集数据项一律按计量单位一栏的单位填写。",
    "5、项目效果判为“是”的，须在理由栏举出真实、恰当的实例；实例不全或不合要求的，扣减相应分值。",
    "6、表格须加盖公章并签字，手续齐全。",
]
SIGN_LINE = "填报单位（公章）：                                  单位负责人："

NCOL = 11
CIRCLED = "①②③④⑤⑥"


class Grid:
    def __init__(self, ncol):
        self.ncol = ncol
        self.cells = {}      # (r, c) -> text
        self.merges = []     # (r1, c1, r2, c2)
        self.bold_rows = set()
        self.nrows = 0

    def put(self, r, c, text, r2=None, c2=None):
        self.cells[(r, c)] = text
        r2 = r if r2 is None else r2
        c2 = c if c2 is None else c2
        if (r2, c2) != (r, c):
            self.merges.append((r, c, r2, c2))
        self.nrows = max(self.nrows, r2 + 1)


def header_rows(g, r, part, first):
    tv = "目标值(标准)" if first else "目标值\n(标准)"
    for c, t in enumerate(["一级指标", "权重", "二级指标", "分值", "三级指标", "计量单位", tv, "分值"]):
        g.put(r, c, t, r + 1, c)
    if part == "A":
        g.put(r, 8, "采集数据项", r, 9)
        g.put(r, 10, "指标值", r + 1, 10)
        g.put(r + 1, 8, "数据项1")
        g.put(r + 1, 9, "数据项2")
    else:
        g.put(r, 8, "采集数据项", r, 10)
        g.put(r + 1, 8, "数据项1")
        g.put(r + 1, 9, "理由", r + 1, 10)
    g.bold_rows.update({r, r + 1})
    return r + 2


def block_height(blk):
    n = 0
    for l2 in blk["l2s"]:
        for row in l2["rows"]:
            if blk["part"] == "A":
                n += 1
            else:
                n += row[1] if row[0] == "" else len(row[3])
    return n


def form_grid(form):
    g = Grid(NCOL)
    g.put(0, 0, form["title"], 0, NCOL - 1)
    g.bold_rows.add(0)
    r = 1
    first = True
    for blk in form["blocks"]:
        r = header_rows(g, r, blk["part"], first)
        first = False
        h = block_height(blk)
        g.put(r, 0, blk["l1"], r + h - 1, 0)
        g.put(r, 1, blk["w1"], r + h - 1, 1)
        for l2 in blk["l2s"]:
            if blk["part"] == "A":
                hh = len(l2["rows"])
            else:
                hh = sum(x[1] if x[0] == "" else len(x[3]) for x in l2["rows"])
            g.put(r, 2, l2["l2"], r + hh - 1, 2)
            g.put(r, 3, l2["w2"], r + hh - 1, 3)
            for row in l2["rows"]:
                if blk["part"] == "A":
                    if row is None:
                        for c in range(4, 11):
                            g.put(r, c, "")
                    else:
                        name, unit, tv, w, slash = row
                        g.put(r, 4, name)
                        g.put(r, 5, unit)
                        g.put(r, 6, tv)
                        g.put(r, 7, w)
                        g.put(r, 8, "")
                        g.put(r, 9, "/" if slash else "")
                        g.put(r, 10, "")
                    r += 1
                else:
                    if row[0] == "":
                        for _ in range(row[1]):
                            for c in range(4, 9):
                                g.put(r, c, "")
                            g.put(r, 9, "", r, 10)
                            r += 1
                    else:
                        name, unit, tv, ws = row
                        k = len(ws)
                        g.put(r, 4, name, r + k - 1, 4)
                        g.put(r, 5, unit, r + k - 1, 5)
                        g.put(r, 6, tv, r + k - 1, 6)
                        g.put(r, 8, "", r + k - 1, 8)
                        for i, w in enumerate(ws):
                            g.put(r + i, 7, w)
                            g.put(r + i, 9, CIRCLED[i], r + i, 10)
                        r += k
    g.put(r, 0, "总分")
    g.put(r, 1, "100")
    g.put(r, 2, "得分")
    g.put(r, 3, "")
    g.put(r, 4, "", r, 10)
    g.bold_rows.add(r)
    return g


# --------------------------------------------------------------------------
# writers
# --------------------------------------------------------------------------

def normalise_zip(path):
    """Rewrite a zip container with fixed entry times and sorted-as-found order."""
    with open(path, "rb") as f:
        data = f.read()
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                # openpyxl stamps the save time into dcterms:modified; pin both times
                text = body.decode("utf-8")
                for tag in ("created", "modified"):
                    text = re.sub(r"(<dcterms:%s[^>]*>)[^<]*(</dcterms:%s>)" % (tag, tag),
                                  r"\g<1>2024-01-01T00:00:00Z\g<2>", text)
                body = text.encode("utf-8")
            dst.writestr(zi, body)
    with open(path, "wb") as f:
        f.write(out.getvalue())


THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def write_form_xlsx(path, g, sheet, widths, tail):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    covered = set()
    for (r1, c1, r2, c2) in g.merges:
        for rr in range(r1, r2 + 1):
            for cc in range(c1, c2 + 1):
                if (rr, cc) != (r1, c1):
                    covered.add((rr, cc))
    for r in range(g.nrows):
        for c in range(g.ncol):
            cell = ws.cell(row=r + 1, column=c + 1)
            if r > 0:
                cell.border = BORDER
            if (r, c) in covered:
                continue
            t = g.cells.get((r, c))
            if t:
                cell.value = t
            left = c == 4 and r not in g.bold_rows
            cell.alignment = Alignment(horizontal="left" if left else "center",
                                       vertical="center", wrap_text=True)
            cell.font = Font(name="宋体", size=14 if r == 0 else 9, bold=r in g.bold_rows)
    for (r1, c1, r2, c2) in g.merges:
        ws.merge_cells(start_row=r1 + 1, start_column=c1 + 1, end_row=r2 + 1, end_column=c2 + 1)
    r = g.nrows + 1
    for line in tail:
        ws.cell(row=r + 1, column=1, value=line).font = Font(name="宋体", size=9, bold=line == tail[0])
        ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=g.ncol)
        ws.cell(row=r + 1, column=1).alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
        r += 1
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    wb.properties.creator = "blind36"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "blind36"
    wb.save(path)
    normalise_zip(path)


def new_docx(landscape):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Mm(15))
    sec.top_margin = sec.bottom_margin = Mm(15)
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    cp = doc.core_properties
    cp.author = "blind36"
    cp.last_modified_by = "blind36"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    return doc


def para(doc, text, bold=False, size=None, center=False):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def fill_docx_table(doc, g, first_row, size, bold_rows=(), widths=None):
    rows = g.nrows - first_row
    t = doc.add_table(rows=rows, cols=g.ncol)
    t.style = "Table Grid"
    if widths:
        t.autofit = False
        for i, col in enumerate(t.columns):
            col.width = Mm(widths[i])
            for cell in col.cells:
                cell.width = Mm(widths[i])
    for (r, c), text in g.cells.items():
        if r < first_row or not text:
            continue
        cell = t.cell(r - first_row, c)
        lines = text.split("\n")
        p = cell.paragraphs[0]
        for i, ln in enumerate(lines):
            if i:
                p = cell.add_paragraph()
            run = p.add_run(ln)
            run.font.size = Pt(size)
            run.bold = r in bold_rows
    for (r1, c1, r2, c2) in g.merges:
        if r1 < first_row:
            continue
        t.cell(r1 - first_row, c1).merge(t.cell(r2 - first_row, c2))
    return t


def write_form_docx(path, g, tail):
    doc = new_docx(landscape=True)
    para(doc, g.cells[(0, 0)], bold=True, size=14, center=True)
    fill_docx_table(doc, g, 1, 8, g.bold_rows, DOCX_WIDTHS)
    for i, line in enumerate(tail):
        para(doc, line, bold=(i == 0), size=9)
    doc.save(path)
    normalise_zip(path)


# --------------------------------------------------------------------------
# 上海 普陀 宜川路街道 2025 决算 excerpt (prose in our own words + the 三公 table)
# --------------------------------------------------------------------------

YICHUAN_TITLE = "上海市普陀区人民政府宜川路街道办事处2025年度部门决算情况说明（节选）"
YICHUAN_BEFORE = [
    ("h", "五、一般公共预算财政拨款支出决算情况说明"),
    ("h", "（三）一般公共预算财政拨款支出决算具体情况"),
    ("p", "本年一般公共预算财政拨款支出年初预算20707.11万元，决算20218.21万元，为年初预算的98%。"
          "决算少于预算，主要是部分项目按实际工作量调减了经费。"),
    ("h", "七、财政拨款“三公”经费支出决算情况说明"),
    ("h", "（一）“三公”经费财政拨款支出决算总体情况说明。"),
    ("p", "“三公”经费财政拨款支出年初预算31.47万元，决算19.86万元，完成预算的63.11%。其中，因公出国（境）费决算"
          "0.00万元；公务用车购置及运行维护费决算19.56万元，完成预算的63.76%；公务接待费决算0.3万元，完成预算的37.5%。"
          "决算低于预算，原因是从严控制“三公”经费、加强公车管理、节约用车。"),
    ("p", "与2024年度相比，2025年度“三公”经费财政拨款支出决算减少3.59万元，下降15.31%。其中，公务用车购置及运行维护费"
          "减少3.59万元，下降15.31%，原因是公车管理从严、用车更加合理；公务接待费增加0.3万元，增长100%，原因是本年发生了公务接待。"),
    ("h", "（二）“三公”经费财政拨款支出决算具体情况说明。"),
    ("p", "“三公”经费财政拨款支出决算中，公务用车购置及运行维护费19.56万元，占98.49%；公务接待费0.3万元，占1.51%。"),
    ("p", "1、因公出国（境）费支出0.00万元。"),
    ("p", "2、公务用车购置及运行维护费支出19.56万元，全部为公务用车运行维护支出，用于公车的油费、保险、维修及其他相关费用。"
          "2025年本部门各预算单位用财政拨款开支的公务用车保有量为9辆。"),
    ("p", "3、公务接待费支出0.3万元，全部为国内公务接待，用于接待昆明市东川区党政代表团：接待1批次、15人次，陪同5人。"),
]
YICHUAN_AFTER = [
    ("h", "十、预算绩效管理情况"),
    ("p", "本部门2025年度预算绩效管理工作情况如下。制度方面，制定了《上海市普陀区人民政府宜川路街道办事处预算绩效管理实施办法》，"
          "建立了本部门的预算绩效管理工作机制。全过程绩效管理方面：编报绩效目标的2025年度项目53个，涉及预算金额7352.06万元；"
          "开展绩效跟踪评价的2025年度项目53个，涉及预算金额7352.06万元；开展绩效自评的2025年度项目53个，涉及预算金额6993.22万元，"
          "平均得分95.55分，其中绩效评级为“优”的项目50个。"),
]


def sangong_grid():
    g = Grid(12)
    r = 0
    g.put(r, 0, "财政拨款“三公”经费", r, 11)
    g.put(1, 0, "合计", 2, 1)
    g.put(1, 2, "因公出国\n（境）费", 2, 3)
    g.put(1, 4, "公务用车购置及运行维护费", 1, 9)
    g.put(1, 10, "公务接待费", 2, 11)
    g.put(2, 4, "小计", 2, 5)
    g.put(2, 6, "公务用车\n购置费", 2, 7)
    g.put(2, 8, "公务用车\n运行维护费", 2, 9)
    for c in range(12):
        g.put(3, c, "预算数" if c % 2 == 0 else "决算数")
    vals = ["31.47", "19.86", "", "", "30.67", "19.56", "", "", "30.67", "19.56", "0.80", "0.30"]
    for c, v in enumerate(vals):
        g.put(4, c, v)
    g.bold_rows.update({0, 1, 2, 3})
    return g


def write_yichuan_docx(path):
    doc = new_docx(landscape=False)
    para(doc, YICHUAN_TITLE, bold=True, size=14, center=True)
    for kind, text in YICHUAN_BEFORE:
        para(doc, text, bold=(kind == "h"))
    para(doc, "财政拨款“三公”经费支出决算表", bold=True, size=12, center=True)
    para(doc, "单位：万元")
    fill_docx_table(doc, sangong_grid(), 0, 8, {0, 1, 2, 3})
    para(doc, "注：本表反映部门本年度“三公”经费支出预决算情况。", size=9)
    for kind, text in YICHUAN_AFTER:
        para(doc, text, bold=(kind == "h"))
    doc.save(path)
    normalise_zip(path)


# --------------------------------------------------------------------------
# gold helpers
# --------------------------------------------------------------------------

def ind(l1, l2, name, unit, tv, w, operator=None, value="auto"):
    if value == "auto":
        s = tv.rstrip("%")
        try:
            value = float(s)
            if value == int(value):
                value = int(value)
            if value == 0:
                value = 0
        except ValueError:
            value = None
    return {"level1": l1, "level2": l2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": tv, "actual": None, "weight": w, "score": None}


L1MAP = {"项目产出": "产出指标", "项目效果": "效益指标"}
L2MAP = {"产出数量": "数量指标", "产出质量": "质量指标", "产出时效": "时效指标", "产出成本": "成本指标",
         "经济效益": "经济效益指标", "社会效益": "社会效益指标", "环境效益": "生态效益指标",
         "可持续影响": "可持续影响指标", "服务对象满意度": "服务对象满意度指标"}


def form_indicators(form):
    out = []
    for blk in form["blocks"]:
        l1 = L1MAP.get(blk["l1"], blk["l1"])
        for l2b in blk["l2s"]:
            l2 = L2MAP.get(l2b["l2"].strip(), l2b["l2"].strip())
            for row in l2b["rows"]:
                if row is None or row[0] == "":
                    continue
                if blk["part"] == "A":
                    name, unit, tv, w, _ = row
                    w = int(w)
                else:
                    name, unit, tv, ws = row
                    w = sum(int(x) for x in ws)
                out.append(ind(l1, l2, name.strip(), unit, tv, w))
    return out


def weight_sum_facts(form):
    facts = [{"metric": "一级指标权重合计（总分）", "kind": "sum", "total": 100,
              "parts": [int(b["w1"]) for b in form["blocks"]], "unit": None}]
    for blk in form["blocks"]:
        parts = [int(x["w2"]) for x in blk["l2s"] if x["w2"].strip()]
        facts.append({"metric": blk["l1"] + " 二级指标分值合计", "kind": "sum", "total": 100,
                      "parts": parts, "unit": None})
    return facts


def vague(name, why):
    return {"rule": "target.vague_wording", "item": name, "why": why}


COMMON_NOTES = (
    "A 绩效评价表 page (JSP) of the 检验检疫 绩效考核 system in the public repository hktianyi/Meeting (judged 吉林 "
    "检验检疫 from the sibling forms: 长吉图发展战略 etc.). The breadcrumb and toolbar of the web page are not part of the form "
    "and are left out; the form title, the table and the signature/fill-in block are kept. The page's input boxes "
    "(数据项1, 数据项2, 指标值, 理由 ①②…, 得分, 填报单位, 单位负责人) are empty cells, as found: no actual values and no "
    "scores. The indicator header (一级指标…采集数据项) is repeated before each 一级 block; from the second repetition the "
    "target header is written '目标值/(标准)' on two lines, and in the 项目效果 block the data columns become 数据项1 | 理由. "
    "weight = the row's 分值 (for 项目效果 rows, the sum of the 分值 of its example lines ①②…). level1/level2 of the "
    "预算绩效 block (预算管理/财务管理) have no canonical name and are kept as written; 项目产出→产出指标, 项目效果→效益指标, "
    "环境效益→生态效益指标; 服务对象满意度 sits under 项目效果 in this form and is given level1 效益指标, level2 "
    "服务对象满意度指标. '-0%' targets (结转结余资金率, 用款计划差错率) are kept as written, value 0, operator null, not "
    "flagged (the sign is odd but the target means zero). '是/否' is the 计量单位 cell: unit '是/否', value null. "
    "Yes/no rows whose names carry 提高/促进/优化 are flagged target.vague_wording; other yes/no rows are pass/fail and not "
    "flagged. The 预算绩效 rows (budget execution progress etc.) are a process block of this evaluation form and are not "
    "flagged target.input_or_process (that rule concerns 产出/效益 rows).")


def gold_wsjdf():
    form = FORM_WSJDF
    inds = form_indicators(form)
    findings = [
        vague("是否促进国际合作项目增长", "产出数量 row: 促进 … 增长 with no number, target just 是"),
        {"rule": "target.time_no_deadline", "item": "是否保障国外代表团正常工作",
         "why": "the only 产出时效 row: yes/no, no date, period or rate"},
        vague("是否促进地方经济项目推广和外拓", "促进 with no number or baseline, target 是"),
        vague("是否提高了国际技术交流效果", "提高 with no number or baseline, target 是"),
        vague("促进外向型经济发展，维护出口产品质量的声誉", "促进 with no number or baseline, target 是"),
        vague("是否提高了检验检疫的影响力", "提高 with no number or baseline, target 是"),
        vague("是否提高国际交流合作效果，促进交流与合作科研", "提高/促进 with no number or baseline, target 是"),
        vague("是否促进外贸企业建立良好的对外沟通渠道，优化对外贸易环境", "促进/优化 with no number or baseline, target 是"),
    ]
    notes = COMMON_NOTES + (
        " 外事接待费专项经费绩效评价表 (tablename 12): every block filled; 25 indicator rows (9 预算绩效, 6 产出, 10 效果). Trailing blanks in the names "
        "'是否提高国际交流合作效果，促进交流与合作科研 ', '是否增加国际合作交流机会 ', '是否有助于检验检疫对外政策宣传 ' are "
        "kept in the file and stripped in the gold. Weight sums all add up (50+25+25; 75+25; 30+30+20+20; 30+30+10+20+10). "
        "Judgement calls: 外事接待任务是否达到预期目的 (is the 预期目的 defined?) and 来访外宾是否满意 (a yes/no satisfaction "
        "with no respondent group) are left unflagged; 是否保证了检验检疫业务的顺利开展 under 经济效益 is arguably misfiled "
        "but not flagged.")
    return inds, weight_sum_facts(form), findings, notes


def gold_yqsb():
    form = FORM_YQSB
    inds = form_indicators(form)
    findings = [
        vague("是否提高检验检疫技术保障能力", "提高 with no number or baseline, target 是"),
        vague("是否促进外向型经济发展", "促进 with no number or baseline, target 是"),
        vague("是否有利于提高检验检疫执法能力", "提高 with no number or baseline, target 是"),
        vague("是否有利于节省人力资源和提高工作效率", "提高 with no number or baseline, target 是"),
        vague("是否有利于促进人民身体健康水平提高", "促进/提高 with no number or baseline, target 是"),
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "the 服务对象满意度 rows of the form are blank: no satisfaction indicator"},
    ]
    notes = COMMON_NOTES + (
        " 仪器设备购置专项经费支出绩效评价表 (tablename 13): the 产出成本 block (2 rows), 经济效益 (2 rows) and 服务对象满意度 "
        "(2 rows) are blank template rows with an empty 分值 cell; they are kept blank and are not indicators. 23 indicator "
        "rows (9 预算绩效, 8 产出, 6 效果). Weight sums add up (50+25+25; 75+25; 30+40+30 with 产出成本 blank; 45+15+40 with 经济效益 and 满意度 blank). "
        "Judgement calls: the blank 产出成本 and 经济效益 blocks are not flagged (the coverage rule counts 产出/效益/满意度, and "
        "both dimensions have rows); 实验室大型仪器设备平均利用率 = 100% is an ambitious target but not '≥100%', not flagged; "
        "是否有利于生态环境保护 (有利于, yes/no) is not flagged vague.")
    return inds, weight_sum_facts(form), findings, notes


def gold_zxjtf():
    form = FORM_ZXJTF
    inds = form_indicators(form)
    for i in inds:
        if i["name"] == "执法执勤用车平均里程数（公里）":
            i["value"] = 3.3
    findings = [
        {"rule": "target.unit_mismatch", "item": "执法执勤用车平均里程数（公里）",
         "why": "the name says 公里, the 计量单位 cell says 万公里 (target 3.3): the two units disagree by 10,000×"},
        {"rule": "target.cost_restates_budget", "item": "项目支出是否完成专项交通费控制目标",
         "why": "the only 产出成本 row just asks whether spending stayed within the fund's control target (是), no unit cost"},
        vague("是否提高检验检疫技术保障能力", "提高 with no number or baseline, target 是 (50 points on one yes/no)"),
        vague("是否有利于提高检验检疫执法保障能力", "提高 with no number or baseline, target 是 (50 points on one yes/no)"),
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "the 服务对象满意度 rows of the form are blank: no satisfaction indicator"},
    ]
    notes = COMMON_NOTES + (
        " 专项交通费绩效评价表 (tablename 17): 产出时效 (2 rows), 经济效益, 环境效益 and 服务对象满意度 (2 rows each) are blank "
        "template rows with an empty 分值 cell, kept blank, not indicators. The 财务管理 label and its weight 25 carry trailing "
        "blanks in the page ('财务管理  ', '25  '), kept. 15 indicator rows (9 预算绩效, 4 产出, 2 效果). 执法执勤用车平均里程数（公里） has unit 万公里 and "
        "target 3.3 (value 3.3, unit as the 计量单位 cell writes it). The two 项目效果 rows each carry five 10-point example "
        "lines ①–⑤ (weight 50 each). Weight sums add up (50+30+20; 75+25; 60+20+20 with 产出时效 blank; 50+50). Judgement "
        "calls: no time row at all is not a coverage finding (时效 is a 二级 of 产出, which has rows); unit_mismatch for "
        "公里 vs 万公里 is our reading of a magnitude clash, not the 率-vs-count case.")
    return inds, weight_sum_facts(form), findings, notes


def gold_yichuan():
    facts = [
        {"metric": "一般公共预算财政拨款支出", "kind": "budget", "planned": 20707.11, "actual": 20218.21,
         "stated_rate": 98, "unit": "万元"},
        {"metric": "“三公”经费财政拨款支出", "kind": "budget", "planned": 31.47, "actual": 19.86,
         "stated_rate": 63.11, "unit": "万元"},
        {"metric": "公务用车购置及运行维护费", "kind": "budget", "planned": 30.67, "actual": 19.56,
         "stated_rate": 63.76, "unit": "万元"},
        {"metric": "公务接待费", "kind": "budget", "planned": 0.80, "actual": 0.3,
         "stated_rate": 37.5, "unit": "万元"},
        {"metric": "“三公”经费决算数", "kind": "sum", "total": 19.86, "parts": [0.00, 19.56, 0.3], "unit": "万元"},
        {"metric": "“三公”经费预算数", "kind": "sum", "total": 31.47, "parts": [30.67, 0.80], "unit": "万元"},
        {"metric": "“三公”经费决算比2024年度增减", "kind": "sum", "total": -3.59, "parts": [-3.59, 0.3], "unit": "万元"},
    ]
    findings = [
        {"rule": "consistency.rate", "item": "公务用车购置及运行维护费",
         "why": "19.56 / 30.67 = 63.78%, the text says 63.76%"},
        {"rule": "consistency.sum", "item": "“三公”经费决算比2024年度增减",
         "why": "total change −3.59 万元 but parts are 公务用车 −3.59 and 公务接待 +0.3 (sum −3.29)"},
    ]
    notes = (
        "Excerpt of the published 2025 部门决算 of 上海市普陀区人民政府宜川路街道办事处, kept as page texts in a test fixture "
        "of zxj6827111-blip/GovBudgetChecker (source_pdf_sha256 f809eef2…, 41 pages). Reproduced: 五(三) first paragraph, "
        "七 (the “三公” narrative) with the 财政拨款“三公”经费支出决算表 (page 22 of the PDF), and 十 预算绩效管理情况; the "
        "other chapters (tables, 科目 by 科目 explanations, 名词解释) are left out. Prose in our own words with the same "
        "numbers. The 三公 table's data row on the page lists 8 numbers for 12 columns; we place the empties under "
        "因公出国（境）费 and 公务用车购置费 (both 0 in the narrative). No indicator table and no goals: a 决算 说明 is not a form "
        "that should carry indicators, so no coverage finding. Rates: 20218.21/20707.11 = 97.64% stated '98%' (integer "
        "precision, consistent); 19.86/31.47 = 63.11% ok; 0.3/0.8 = 37.5% ok; 19.56/30.67 = 63.78% vs stated 63.76% → "
        "consistency.rate. Shares 98.49% + 1.51% = 100% ok. Year-on-year: the text gives −3.59 万元 (−15.31%) for the "
        "total AND for 公务用车, while 公务接待 rose by 0.3 → consistency.sum (judgement call: we encode the changes as a sum "
        "fact). 十: 53 projects with targets and tracking (7352.06万元), 53 self-evaluated (6993.22万元), average score "
        "95.55, 50 rated 优; no grade is stated for the average, so no grade fact. Judged as a prose-only source.")
    return [], facts, findings, notes


DOCX_WIDTHS = [17, 10, 19, 10, 72, 16, 20, 10, 29, 29, 23]
XLSX_WIDTHS = [8, 5, 9, 5, 30, 7, 9, 5, 10, 10, 9]

DOCS = [
    {"base": "jl-ciq-reception-fee-eval", "fmt": "xlsx", "form": FORM_WSJDF, "sheet": "外事接待费",
     "gold": gold_wsjdf, "province": "吉林", "doc_kind": "绩效评价表", "patterns": [1, 2, 5, 6, 8],
     "urls": [MEETING + "wsjdf.jsp"]},
    {"base": "jl-ciq-instrument-purchase-eval", "fmt": "docx", "form": FORM_YQSB,
     "gold": gold_yqsb, "province": "吉林", "doc_kind": "绩效评价表", "patterns": [1, 2, 5, 6, 8],
     "urls": [MEETING + "yqsb.jsp"]},
    {"base": "jl-ciq-transport-fee-eval", "fmt": "xlsx", "form": FORM_ZXJTF, "sheet": "专项交通费",
     "gold": gold_zxjtf, "province": "吉林", "doc_kind": "绩效评价表", "patterns": [1, 2, 5, 6, 8],
     "urls": [MEETING + "zxjtf.jsp"]},
    {"base": "sh-putuo-yichuan-final-perf", "fmt": "docx", "form": None,
     "gold": gold_yichuan, "province": "上海", "doc_kind": "部门决算情况说明 (节选: 三公 + 预算绩效管理情况)",
     "patterns": [10], "urls": [GBC]},
]


def build(doc):
    path = os.path.join(HERE, doc["base"] + "." + doc["fmt"])
    tail = [SIGN_LINE] + FORM_NOTES
    if doc["form"] is not None:
        g = form_grid(doc["form"])
        if doc["fmt"] == "xlsx":
            write_form_xlsx(path, g, doc["sheet"], XLSX_WIDTHS, tail)
        else:
            write_form_docx(path, g, tail)
    else:
        write_yichuan_docx(path)
    return path


def write_gold(doc, fname):
    inds, facts, findings, notes = doc["gold"]()
    gold = {"source": fname, "source_urls": doc["urls"], "province": doc["province"],
            "doc_kind": doc["doc_kind"], "patterns": doc["patterns"], "indicators": inds,
            "goals": [], "facts": facts, "findings": findings, "notes": notes}
    with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true", help="skip the LibreOffice PDF export")
    args = ap.parse_args(argv)
    os.makedirs(ANN, exist_ok=True)
    for doc in DOCS:
        path = build(doc)
        fname = os.path.basename(path)
        write_gold(doc, fname)
        write_gold(doc, doc["base"] + ".pdf")
        if not args.no_pdf:
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        print("wrote", fname)
    return 0


if __name__ == "__main__":
    sys.exit(main())
