"""Build the blind286 documents (layouts of public template/文库 pages), their PDFs and the gold.

The gold (GOLD below) is written before any file is built or read.
Run:  /tmp/wvenv/bin/python make_blind286_layouts.py
"""

import copy
import datetime
import hashlib
import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
LO_PROFILE = "file:///tmp/lo_blind286"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_TS = (2024, 1, 1, 0, 0, 0)

URL_A = "https://pdf.chddh.cn/archives/8304dj25bb4en2xg9e6z.html"
URL_B = "http://www.boteman.cn/paper/97320058.html"
URL_C = "https://pincai.com/article/4821570.htm"
URL_D = "https://renrendoc.com/p-79401991.html"

FILE_A = "blind286_guangshui_zhengti_gongxing_ziping.xlsx"
FILE_B = "blind286_fanben_xiangmu_mubiao_shenbaobiao.docx"
FILE_C = "blind286_bangonglou_weixiu_pingjia_baogao.docx"
FILE_D = "blind286_mubiao_shenbaobiao_tianbao_shuoming.docx"

# ---------------------------------------------------------------------------
# Texts that both the gold and the builders use (the longer sentences are in my own words).
# ---------------------------------------------------------------------------
A_DESC = [
    "考察部门(单位)设定的整体绩效目标是否依据充分、贴合实际,用来衡量整体绩效目标同部门履职及年度工作任务是否相符。",
    "考察部门(单位)按整体绩效目标设置的绩效指标是否清楚、细致、能够衡量,用来衡量整体绩效目标的细化程度。",
    "部门(单位)本年度实有在职人数同编制数之比,用来衡量部门(单位)控制人员成本的情况。",
    "部门(单位)本年度“三公经费”预算数较上年度“三公经费”预算数的变动比例,用来衡量部门(单位)压缩重点行政成本所作的努力。",
    "部门(单位)本年度公用经费实际支出总额同预算安排总额之比,用来衡量部门(单位)对机构运转成本的实际控制。",
    "部门(单位)本年度“三公经费”实际支出数同预算安排数之比,用来衡量部门(单位)对“三公经费”的实际控制。",
    "部门(单位)本年度政府采购实际金额同年初政府采购预算之比,用以",
]
# (level1 cell, level2 cell, name, 分值, 自评得分)
A_ROWS = [
    ("投入", "目标设定", "绩效目标合理性", 1, 1),
    ("投入", "目标设定", "绩效指标明确性", 1, 1),
    ("投入", "预算配置", "在职人员控制率", 1, None),
    ("投入", "预算配置", "“三公经费”变动率", 2, None),
    ("过程", "预算执行", "公用经费控制率", 3, None),
    ("过程", "预算执行", "“三公经费”控制率", 3, None),
    ("过程", "预算执行", "政府采购执行率", 3, None),
]

C_GOAL = "对办公大楼开展日常维修维护,使大楼保持良好状况,为工作人员营造安全舒适的工作环境。"
C_OUT = "1、产出指标:维修维护办公楼数量≥5次;维修合格率≥100%;办公大楼维护完成及时率≥90%"
C_EFF = ("2、效益指标:受益人数≥300人;保障工作人员的正常工作=优良中低差,"
         "3满意度指标:满意度≥100%。预期总目标:" + C_GOAL)


def ind(level1, level2, name, operator=None, value=None, unit=None, target_text=None,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


GOLD = {
    FILE_A: {
        "source_urls": [URL_A],
        "province": "湖北省",
        "doc_kind": "部门整体支出绩效评价共性指标自评表(PDF文库转载)",
        "patterns": [1, 5, 8],
        "indicators": [ind(r[0], r[1], r[2], weight=r[3], score=r[4]) for r in A_ROWS],
        "goals": [],
        "facts": [
            {"metric": "投入分值", "kind": "sum", "total": 5, "parts": [2, 3], "unit": "分"},
            {"metric": "目标设定分值", "kind": "sum", "total": 2, "parts": [1, 1], "unit": "分"},
            {"metric": "预算配置分值", "kind": "sum", "total": 3, "parts": [1, 2], "unit": "分"},
            {"metric": "预算执行分值", "kind": "sum", "total": 9, "parts": [3, 3, 3], "unit": "分"},
        ],
        "findings": [],
        "notes": (
            "Stored page (pdf.chddh.cn 'PDF文库', file 2019年度绩效自评表.pdf, 3 pages) shows the text layer of a "
            "广水市 common-indicator self-evaluation form of 三潭风景区管理处, with words of merged cells broken "
            "apart ('绩效目 标合理 性', '( 2 分'). Reading order: 一级 投入(5分) > 二级 目标设定(2分) > 三级 绩效目标合理性, "
            "绩效指标明确性; 二级 预算配置(3分) > 在职人员控制率, “三公经费”变动率; 一级 过程(25分) > 二级 预算执行(9分) > "
            "公用经费控制率, “三公经费”控制率, 政府采购执行率. The header words are scrambled ('自评 复核 值 分 得分'); "
            "I read them as 分值 | 自评得分 | 复核得分 and the explanation column as 四级指标. The first two rows show "
            "two numbers (1 and 1: 分值 and 自评得分); the later rows show only one number, taken as 分值 with the score "
            "cells left empty. The page stops inside the explanation of 政府采购执行率 ('…的比率,用以'); the sheet "
            "stops there. It is an evaluation framework (no targets, no operators, no units): weights and the two "
            "visible scores are the only numbers. The 二级 subtotals written in the level cells agree with their rows "
            "(2=1+1, 3=1+2, 9=3+3+3, 投入 5=2+3), so no consistency finding; the 91-point total cannot be checked "
            "because the page stops after 7 of the rows. 投入/过程 rows are normal in this 部门整体 framework, so they "
            "are not flagged as input targets. Explanations paraphrased; names, points, unit name and total kept."
        ),
    },
    FILE_B: {
        "source_urls": [URL_B],
        "province": None,
        "doc_kind": "财政支出项目绩效目标申报表(范本)空白模板及填写说明(繁体转码文库页)",
        "patterns": [1, 2, 5, 8],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "target.placeholder", "item": "目標1",
             "why": "every target slot of the 年度績效目標 block is the placeholder 目標1/目標2/目標3 with no name or value"},
            {"rule": "target.input_or_process", "item": "其他資源投入目標",
             "why": "the template asks for input targets (投入: 時效/成本/其他資源投入目標); inputs are not performance targets"},
        ],
        "notes": (
            "Stored page (boteman.cn, a 文库 mirror that converts to traditional characters) holds 附件1 "
            "財政支出項目績效目標申報表(范本): an empty form, then 填寫說明 which stops at '(二)項目名稱:按規範的項目名稱內容填報,"
            "應確保與部'. Reproduced in traditional characters as stored ('范本', '聯系電話', duplicated '其他: 其他:' kept). "
            "The indicator block is one big form table: label 項目年度績效目標(定量目標) merged down, header 評價內容 | 績效內容 | "
            "參考標準 | 績效目標值 in the middle of the form, 一級 投入/產出/效益 merged down, each 二級 with three slots "
            "目標1-目標3, and 服務對象滿意度目標 without an 一級 label. There are no real indicators, goals or figures: gold "
            "indicators and goals are empty on purpose (a reader should not turn 目標1 slots into indicators). "
            "Instructions paraphrased; form labels kept."
        ),
    },
    FILE_C: {
        "source_urls": [URL_C],
        "province": None,
        "doc_kind": "项目绩效评价报告范文(范文站,目标在正文中)",
        "patterns": [],
        "indicators": [
            ind("产出指标", None, "维修维护办公楼数量", ">=", 5, "次", "≥5次"),
            ind("产出指标", None, "维修合格率", ">=", 100, "%", "≥100%"),
            ind("产出指标", None, "办公大楼维护完成及时率", ">=", 90, "%", "≥90%"),
            ind("效益指标", None, "受益人数", ">=", 300, "人", "≥300人"),
            ind("效益指标", None, "保障工作人员的正常工作", None, None, None, "=优良中低差"),
            ind("满意度指标", None, "满意度", ">=", 100, "%", "≥100%"),
        ],
        "goals": [{"kind": "总体目标", "text": C_GOAL}],
        "facts": [
            {"metric": "项目经费", "kind": "sum", "total": 3000000, "parts": [3000000], "unit": "元"},
            {"metric": "资金到位率", "kind": "rate", "total": 100, "parts": [], "unit": "%"},
        ],
        "findings": [
            {"rule": "target.impossible_value", "item": "维修合格率",
             "why": "≥100% can only mean =100%; a rate cannot exceed 100%"},
            {"rule": "target.impossible_value", "item": "满意度",
             "why": "satisfaction ≥100% is not a reachable threshold (effectively =100%)"},
            {"rule": "target.placeholder", "item": "保障工作人员的正常工作",
             "why": "target '=优良中低差' is the unchosen list of grade options, not a level"},
            {"rule": "goal.unquantified", "item": C_GOAL[:20],
             "why": "预期总目标 names no quantity, rate or deadline"},
        ],
        "notes": (
            "Stored page (pincai.com, a 范文 site) reproduces '办公楼维修项目绩效评价报告1' of a county-funded office "
            "building maintenance project; unit and county are not named, so province is null. Targets stand only in "
            "running text under (二)项目绩效目标: 产出 and 效益 lists with ≥ operators, a '3满意度指标' with its list "
            "separator missing, and '=优良中低差'. The page stops in 二、(三)项目资金管理情况分析 after '项目经费严格按照单位的"
            "财务制度'; the document stops there. Money: 3000000元 budget, all from county finance, 到位率 100% (no "
            "到位 amount given, so the rate fact has no parts), 1922538.41元 spent; no 执行率 is stated, so none is "
            "recomputed or flagged. 维修维护办公楼数量 counts times (次), which is odd for a count of buildings but not "
            "flagged. '=优良中低差' could also be read as target.qualitative_no_scale; placeholder chosen because no "
            "level is picked. Typos kept: 截止报告期末, 修维维护. Narrative and the goal are in my own words."
        ),
    },
    FILE_D: {
        "source_urls": [URL_D],
        "province": None,
        "doc_kind": "财政支出绩效目标申报表填报说明(附件1-2,文库转载)",
        "patterns": [8],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": (
            "Stored page (renrendoc.com 文档简介) holds only 附件1-2 财政支出绩效目标申报表填报说明: scope and field-by-field "
            "instructions, no form values. It stops inside item 13 ('分别描述项目立项的依据、项目申报的可行性、项目申报的必'); "
            "the document stops there. Included as an instruction-only document: nothing in it is a target, goal or "
            "fund figure (the years 2011/2012 are examples of how to fill the 年度 field), so the gold is empty on "
            "purpose. The lost check-box symbols in '在选项“”中划“”' and the item numbers without separators "
            "('1填报单位') are kept. Sentences paraphrased."
        ),
    },
}

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------


def normalise_zip(path, core_patch=True):
    """Rewrite an OOXML zip with sorted entries, fixed timestamps and fixed core dates."""
    with zipfile.ZipFile(path) as zin:
        items = {n: zin.read(n) for n in zin.namelist()}
    if core_patch and "docProps/core.xml" in items:
        xml = items["docProps/core.xml"].decode("utf-8")
        stamp = "2024-01-01T00:00:00Z"
        xml = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + stamp + r"\g<2>", xml)
        xml = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + stamp + r"\g<2>", xml)
        items["docProps/core.xml"] = xml.encode("utf-8")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(items):
            info = zipfile.ZipInfo(name, date_time=ZIP_TS)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, items[name])
    path.write_bytes(buf.getvalue())


def fix_core_docx(doc):
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.title = ""
    cp.comments = ""


def set_cjk_font(doc, name="Noto Serif CJK SC", size=10.5):
    style = doc.styles["Normal"]
    style.font.name = name
    style.font.size = Pt(size)
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), name)


def set_borders(table):
    tbl = table._tbl
    tblpr = tbl.tblPr
    borders = tblpr.makeelement(qn("w:tblBorders"), {})
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = borders.makeelement(qn("w:" + edge), {qn("w:val"): "single", qn("w:sz"): "4",
                                                   qn("w:space"): "0", qn("w:color"): "000000"})
        borders.append(el)
    tblpr.append(borders)


def cell_text(cell, text, bold=False, center=False, size=None):
    cell.text = ""
    par = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = par.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()
    if center:
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER


def merge(a, b):
    """Merge two cells and drop the empty paragraphs python-docx carries over."""
    m = a.merge(b)
    pars = m.paragraphs
    keep = pars[0]
    for p in pars[1:]:
        if not p.text:
            p._element.getparent().remove(p._element)
        elif not keep.text:
            keep._element.getparent().remove(keep._element)
            keep = p
    return m


def para(doc, text, bold=False, center=False, size=None, indent=False):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent:
        p.paragraph_format.first_line_indent = Pt(21)
    return p


def new_doc(landscape=False):
    doc = Document()
    set_cjk_font(doc)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(2.0))
    fix_core_docx(doc)
    return doc


# ---------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------


def build_a(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "表1"
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap_c = Alignment(wrap_text=True, horizontal="center", vertical="center")
    wrap_l = Alignment(wrap_text=True, horizontal="left", vertical="center")
    font = Font(name="Noto Sans CJK SC", size=10)

    ws.merge_cells("A1:G1")
    ws["A1"] = "广水市部门整体支出绩效评价共性指标自评表(表 1)"
    ws["A1"].font = Font(name="Noto Sans CJK SC", size=14, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells("A2:D2")
    ws["A2"] = "单位(公章):三潭风景区管理处"
    ws.merge_cells("E2:G2")
    ws["E2"] = "自评总分:91 分"
    for ref in ("A2", "E2"):
        ws[ref].font = font
        ws[ref].alignment = Alignment(horizontal="left", vertical="center")

    header = ["一级指标", "二级指标", "三级指标", "四级指标", "分值", "自评得分", "复核得分"]
    for col, text in enumerate(header, start=1):
        c = ws.cell(row=3, column=col, value=text)
        c.font = Font(name="Noto Sans CJK SC", size=10, bold=True)
        c.alignment = wrap_c
        c.border = border

    level1_cells = {"投入": "投入\n(5分)", "过程": "过程\n(25分)"}
    level2_cells = {"目标设定": "目标设定\n(2分)", "预算配置": "预算配置\n(3分)", "预算执行": "预算执行\n(9分)"}
    first = 4
    for i, (l1, l2, name, pts, score) in enumerate(A_ROWS):
        r = first + i
        ws.cell(row=r, column=1, value=level1_cells[l1])
        ws.cell(row=r, column=2, value=level2_cells[l2])
        ws.cell(row=r, column=3, value=name)
        ws.cell(row=r, column=4, value=A_DESC[i])
        ws.cell(row=r, column=5, value=pts)
        if score is not None:
            ws.cell(row=r, column=6, value=score)
        for col in range(1, 8):
            c = ws.cell(row=r, column=col)
            c.font = font
            c.border = border
            c.alignment = wrap_l if col == 4 else wrap_c
    # merged label columns (values stay in the top cell only)
    for rng in ("A4:A7", "A8:A10", "B4:B5", "B6:B7", "B8:B10"):
        ws.merge_cells(rng)
    widths = {"A": 9, "B": 11, "C": 18, "D": 62, "E": 7, "F": 9, "G": 9}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws.row_dimensions[1].height = 28
    for r in range(4, 11):
        ws.row_dimensions[r].height = 48
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = ""
    wb.properties.lastModifiedBy = ""
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.save(path)
    normalise_zip(path)


def build_b(path):
    doc = new_doc()
    para(doc, "附件1:")
    para(doc, "財政支出項目績效目標申報表(范本)", bold=True, center=True, size=15)
    ncol = 6
    t = doc.add_table(rows=0, cols=ncol)
    set_borders(t)

    def row(cells, merges=()):
        r = t.add_row()
        for i, text in enumerate(cells):
            if text is not None:
                cell_text(r.cells[i], text, size=9)
        for a, b in merges:
            merge(r.cells[a], r.cells[b])
        return r

    row(["填報單位(蓋章)", "", "單位代碼", "", "單位名稱", ""])
    row(["項目名稱", "", "是否新增", "是  否", "上年度預算安排資金(萬元)", ""])
    row(["項目類型", "社會發展性項目  部門發展性項目", "", "", "", ""], merges=[(1, 5)])
    row(["功能科目編碼", "", "功能科目名稱", "", "", ""], merges=[(3, 5)])
    row(["項目實施單位", "", "項目負責人", "", "聯系電話", ""])
    row(["項目起止時間", "", "", "", "", ""], merges=[(1, 5)])
    r1 = row(["項目資金申請(萬元)", "資金總額:", "財政撥款:", "自有資金:", "事業收入:", "經營性收入:"])
    r2 = row(["", "其他:", "其他:", "", "", ""], merges=[(2, 5)])
    merge(r1.cells[0], r2.cells[0])
    row(["單位職能概述", "", "", "", "", ""], merges=[(1, 5)])
    row(["項目概況", "", "", "", "", ""], merges=[(1, 5)])
    s1 = row(["項目立項情況", "項目立項的依據", "", "", "", ""], merges=[(2, 5)])
    row(["", "項目申報的可行性", "", "", "", ""], merges=[(2, 5)])
    s3 = row(["", "項目申報的必要性", "", "", "", ""], merges=[(2, 5)])
    merge(s1.cells[0], s3.cells[0])
    row(["項目總體績效目標\n(長期目標)", "", "", "", "", ""], merges=[(1, 5)])

    block = [
        ("投入", ["時效目標", "成本目標", "其他資源投入目標"]),
        ("產出", ["數量目標", "質量目標"]),
        ("效益", ["經濟效益目標", "社會效益目標", "環境效益目標", "可持續影響目標"]),
        (None, ["服務對象滿意度目標"]),
    ]
    head = row(["項目年度績效目標\n(定量目標)", "評價內容", "", "績效內容", "參考標準", "績效目標值"],
               merges=[(1, 2)])
    last = head
    for l1, l2s in block:
        l1_first = None
        for l2 in l2s:
            l2_first = None
            for k in range(1, 4):
                r = row(["", l1 if (l1 and l1_first is None) else "", l2 if l2_first is None else "",
                         f"目標{k}", "", ""])
                if l1 is None:
                    merge(r.cells[1], r.cells[2])
                    if l2_first is None:
                        cell_text(r.cells[1], l2, size=9)
                if l1_first is None:
                    l1_first = r
                if l2_first is None:
                    l2_first = r
                last = r
            if l1 is not None:
                merge(l2_first.cells[2], last.cells[2])
            else:
                merge(l2_first.cells[1], last.cells[1])
        if l1 is not None:
            merge(l1_first.cells[1], last.cells[1])
    merge(head.cells[0], last.cells[0])
    row(["單位已有的(或擬訂的)保證項目實施的制度、措施", "", "", "", "", ""], merges=[(1, 5)])
    widths = [Cm(2.8), Cm(1.4), Cm(3.9), Cm(2.4), Cm(3.1), Cm(3.4)]
    t.autofit = False
    for i, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i].twips)))
    for r in t.rows:
        for i, w in enumerate(widths):
            r.cells[i].width = w
    para(doc, "填報人:            單位負責人:            填報日期:")
    para(doc, "填寫說明", bold=True, center=True, size=12)
    para(doc, "一、項目基本情況")
    para(doc, "(一) 填報單位(蓋章):須蓋上實際填報單位的公章。", indent=True)
    para(doc, "(二)項目名稱:依照規範的項目名稱填寫,須保證與部", indent=True)
    doc.save(path)
    normalise_zip(path)


def build_c(path):
    doc = new_doc()
    para(doc, "办公楼维修项目绩效评价报告", bold=True, center=True, size=16)
    para(doc, "时间:2024-06-12 13:38:30 办公/印刷/造纸 我要投稿")
    para(doc, "相关推荐")
    para(doc, "办公楼维修项目绩效评价报告", bold=True, center=True, size=13)
    para(doc, "社会不断发展,报告的用处越来越大,一份报告通常由标题、正文和结尾组成。怎样才能把报告写好?"
              "下面是小编整理的办公楼维修项目绩效评价报告,供大家阅读和收藏。", indent=True)
    para(doc, "办公楼维修项目绩效评价报告1", bold=True, center=True)
    para(doc, "一、基本情况", bold=True)
    para(doc, "(一)项目概况。", indent=True)
    para(doc, "项目基本性质:经常性项目;项目用途:保证本中心所管办公大楼的管理工作正常开展,让办公人员拥有安全、舒适、"
              "良好的办公环境;项目主要内容:办公楼内外墙、办公桌椅、门窗的维修维护,人民会堂桌椅维修维护,办公楼卫生维护和"
              "卫生管道疏通,办公设备、会议设备、监控设备的维修更换,以及办公区域的日常管理等。", indent=True)
    para(doc, "(二)项目绩效目标。包括总体目标和阶段性目标。", indent=True)
    para(doc, "项目绩效目标:", indent=True)
    para(doc, C_OUT, indent=True)
    para(doc, C_EFF, indent=True)
    para(doc, "二、项目资金使用及管理情况", bold=True)
    para(doc, "(一)项目资金到位情况分析", indent=True)
    para(doc, "本项目安排经费3000000元,资金全部由县财政安排。资金到位率100%。", indent=True)
    para(doc, "(二)项目资金使用情况分析", indent=True)
    para(doc, "截止报告期末,项目累计支出经费1922538.41元,主要用于政府综合办公楼修维维护、农业综合办公楼维修维护以及"
              "办公区域日常管理等。资金用途与项目内容高度一致。", indent=True)
    para(doc, "(三)项目资金管理情况分析", indent=True)
    para(doc, "项目经费严格依照单位的财务制度", indent=True)
    doc.save(path)
    normalise_zip(path)


def build_d(path):
    doc = new_doc()
    para(doc, "附件1-2:")
    para(doc, "财政支出绩效目标申报表填报说明", bold=True, center=True, size=15)
    para(doc, "一、适用范围", bold=True)
    lines = [
        "(一)本表供预算部门申请项目支出预算时填写,是审核项目绩效目标、确定预算资金和开展绩效评价的主要依据。",
        ("(二)预算部门项目支出,指预算部门为完成特定行政工作任务或事业发展目标而列入部门预算编制范围的年度项目支出计划。"
         "每年需要填报《财政支出绩效目标申报表》的项目具体范围,由各级财政部门结合本地经济社会发展需要、财政支出政策和"
         "政府工作重点自行确定。"),
    ]
    for line in lines:
        para(doc, line, indent=True)
    para(doc, "二、填报说明", bold=True)
    items = [
        ("(一)年度:填部门预算所属年份,或申请使用专项资金的年份。例如2011年编报2012年部门预算,填写“2012年”;"
         "2011年申请当年使用专项资金,则填写“2011年”。"),
        "(二)项目基本情况。",
        "1填报单位(盖章):由具体填报单位加盖公章。",
        "2项目名称:按规范名称填写,与部门预算中的项目名称保持一致。",
        "3项目属性:分新增项目和延续项目两类,在选项“”中划“”。",
        "4主管部门:填项目主管部门(一级单位)的全称。",
        "5主管部门编码:按各级财政部门规定的预算编码填写。",
        "6项目实施单位:填项目用款单位。",
        "7项目负责人:填项目用款单位的负责人。",
        "8联系电话:填项目用款单位负责人的联系电话。",
        "9项目起止时间:填项目整体实施计划的开始时间和完成时间。",
        "10项目资金申请:填项目资金总额,并按财政拨款、自有资金、其他等不同来源分别填写。",
        "11单位职能概述:简要说明项目实施单位的职能。",
        "12项目概况:简要说明项目的内容、目的、范围、期限等基本情况。",
        "13项目立项情况:分别说明项目立项的依据、项目申报的可行性、项目申报的必",
    ]
    for line in items:
        para(doc, line, indent=True)
    doc.save(path)
    normalise_zip(path)


# ---------------------------------------------------------------------------
# PDF export, determinism, checks
# ---------------------------------------------------------------------------


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", "pdf",
                    "--outdir", str(HERE), str(path)], check=True, capture_output=True)
    pdf = path.with_suffix(".pdf")
    data = pdf.read_bytes()

    def fix_date(m):
        s = m.group(0)
        return s[:len(b"/CreationDate(D:")] + b"20240101000000" + s[len(b"/CreationDate(D:") + 14:]

    def fix_mod(m):
        s = m.group(0)
        return s[:len(b"/ModDate(D:")] + b"20240101000000" + s[len(b"/ModDate(D:") + 14:]

    def fix_id(m):
        return re.sub(rb"<[0-9A-Fa-f]+>", lambda h: b"<" + b"0" * (len(h.group(0)) - 2) + b">", m.group(0))

    def fix_sum(m):
        return b"/DocChecksum /" + b"0" * (len(m.group(0)) - len(b"/DocChecksum /"))

    data = re.sub(rb"/CreationDate\(D:\d{14}[^)]*\)", fix_date, data)
    data = re.sub(rb"/ModDate\(D:\d{14}[^)]*\)", fix_mod, data)
    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]", fix_id, data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]+", fix_sum, data)
    pdf.write_bytes(data)
    return pdf


def squash(text):
    return re.sub(r"\s+", "", text)


def check_pdf(pdf, gold):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True,
                         capture_output=True).stdout.decode("utf-8")
    text = squash(out)
    wanted = []
    for row in gold["indicators"]:
        wanted.append(row["name"])
        if row["target_text"]:
            wanted.append(row["target_text"])
    wanted += [g["text"] for g in gold["goals"]]
    wanted += [f["item"] for f in gold["findings"]]
    missing = [w for w in wanted if squash(w) not in text]
    return missing


def write_annotations(name, gold):
    ANN.mkdir(exist_ok=True)
    for fname in (name, str(Path(name).with_suffix(".pdf"))):
        rec = {"source": fname}
        rec.update(copy.deepcopy(gold))
        (ANN / (fname + ".json")).write_text(json.dumps(rec, ensure_ascii=False, indent=2) + "\n",
                                              encoding="utf-8")


def main():
    builders = {FILE_A: build_a, FILE_B: build_b, FILE_C: build_c, FILE_D: build_d}
    # gold first: annotations are written before any document is built or read
    for name in builders:
        write_annotations(name, GOLD[name])
    problems = 0
    for name, build in builders.items():
        path = HERE / name
        build(path)
        pdf = to_pdf(path)
        missing = check_pdf(pdf, GOLD[name])
        if missing:
            problems += 1
            print("MISSING in", pdf.name, missing)
    for name in builders:
        for p in (HERE / name, (HERE / name).with_suffix(".pdf")):
            print(hashlib.md5(p.read_bytes()).hexdigest(), p.name)
    n_rows = sum(len(GOLD[n]["indicators"]) for n in builders)
    print("files:", 2 * len(builders), "indicator rows (per source doc):", n_rows)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
