#!/usr/bin/env python3
"""Blind part 63 of the real-layout corpus (code-blind annotation).

Each document reproduces the stored beginning of one public page (address in SOURCES.md and in the gold):
layout, merged cells, empty cells and defects as found; facts (names, values, units, amounts, dates,
document numbers) as written; longer sentences re-worded with the same numbers.  The gold for each file
is written by hand below (DOCS), before anything looked at the files.

Run:  /tmp/venv/bin/python make_blind63_layouts.py [--no-pdf]
Writes <file>.docx|.xlsx, <file>.pdf (LibreOffice) and annotations/<file>.json (one per DOCX/XLSX and
one per PDF, identical except "source").  DOCX/XLSX are deterministic: core properties pinned to
2025-01-01 and every zip entry rewritten with a fixed date in a fixed order.
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
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = datetime.datetime(2025, 1, 1, 0, 0, 0)
FONT = "Droid Sans Fallback"


# ----------------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------------
def _cjk(run, size=None, bold=False):
    run.font.name = FONT
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), FONT)
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def para(doc, text, size=10.5, bold=False, center=False):
    p = doc.add_paragraph()
    if center:
        p.alignment = 1
    _cjk(p.add_run(text), size, bold)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def _borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def table(doc, rows, merges=(), size=8):
    """rows: list of lists of str (None = empty). merges: (r0, c0, r1, c1) inclusive."""
    ncol = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncol)
    _borders(t)
    for i, r in enumerate(rows):
        for j in range(ncol):
            v = r[j] if j < len(r) else None
            cell = t.cell(i, j)
            cell.text = ""
            if v:
                _cjk(cell.paragraphs[0].add_run(v), size)
    for row in t.rows:
        trPr = row._tr.get_or_add_trPr()
        cs = OxmlElement("w:cantSplit")
        trPr.append(cs)
    for (r0, c0, r1, c1) in merges:
        a = t.cell(r0, c0)
        keep = a.text
        m = a.merge(t.cell(r1, c1))
        # merged cells concatenate paragraphs; keep only the top-left text
        for p in list(m.paragraphs)[1:]:
            p._element.getparent().remove(p._element)
        if not keep:
            for p in m.paragraphs:
                for r in p.runs:
                    r.text = ""
    return t


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    st.font.size = Pt(10.5)
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.title = ""
    cp.revision = 1
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    return doc


def _normalize_zip(path):
    with zipfile.ZipFile(path) as z:
        items = {n: z.read(n) for n in z.namelist()}
    for n in list(items):
        if n == "docProps/core.xml":
            s = items[n].decode("utf-8")
            s = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                       r"\g<1>2025-01-01T00:00:00Z\g<3>", s)
            s = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)", r"\g<1>2025-01-01T00:00:00Z\g<2>", s)
            items[n] = s.encode("utf-8")
    order = sorted(items, key=lambda n: (n != "[Content_Types].xml", n))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n in order:
            zi = zipfile.ZipInfo(n, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, items[n])
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def save_doc(doc, name):
    path = os.path.join(HERE, name)
    doc.save(path)
    _normalize_zip(path)
    return path


THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def new_wb():
    wb = Workbook()
    wb.properties.creator = ""
    wb.properties.lastModifiedBy = ""
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    return wb


def put(ws, r, c, v, bold=False, box=True):
    cell = ws.cell(row=r, column=c, value=v)
    cell.font = Font(name=FONT, size=9, bold=bold)
    cell.alignment = Alignment(wrap_text=True, vertical="center")
    if box:
        cell.border = BOX
    return cell


def save_wb(wb, name):
    for ws in wb.worksheets:
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    path = os.path.join(HERE, name)
    wb.save(path)
    _normalize_zip(path)
    return path


def ind(l1, l2, name, unit=None, weight=None, target_text=None, operator=None, value=None,
        actual=None, score=None):
    return {"level1": l1, "level2": l2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight,
            "score": score}


# ----------------------------------------------------------------------------------------------
# A  国土综合整治项目绩效评价指标表 (blank evaluation template, header repeated after page breaks)
# ----------------------------------------------------------------------------------------------
A_FILE = "cn-guotu-zhengzhi-eval-indicators.docx"
A_HDR = ["评价内容", "评价类别", "评价指标", "单位", "分值", "评分标准", "完成量", "目标值（年度/终期）",
         "得分", "指标类型"]
A_L1a, A_L2a = "项目预算执行情况（20分）", "资金投入水平（20分）"
A_L1b, A_L2b = "目标完成情况（50分，附加分5分）", "生产空间优化（10分）"
A_ROWS1 = [
    ("资金投入情况", "万元", "5",
     "按财政资金、社会资本等实际拨付到位的金额占经批准实施方案所定资金的比例计分（得分=资金到位率×本项分值）。",
     "/"),
    ("资金实际支出情况", None, "5", "得分=已支出使用的资金占到位资金的比例×本项分值", None),
    ("社会资本投资到位率", None, "10",
     "项目实施前资金一次到位，或按年度投资计划分期到位的，计满分；到位进度落后于年度投资计划的，每晚一年扣2分，扣完为止。",
     None),
]
A_RULE2 = ("1.各项指标依经批准的实施方案所定的完成程度计分，即得分=实际完成量/目标任务×本项分值。"
           "2.实施方案未安排该项建设任务的，不扣分。")
A_ROWS2 = [
    ("新增耕地面积", "公顷", "2"),
    ("耕地质量平均等别", "等", "2"),
    ("零星耕地（5亩以下）图斑减少数量", "个", "1"),
    ("耕地集中连片增加数量（平原100亩以上、山区50亩以上）", "片", "2"),
]
A_ROWS3 = [
    ("永久基本农田增加面积", "公顷", "2"),
    ("永久基本农田储备区增加面积", "公顷", "1"),
]


def landscape(doc):
    from docx.enum.section import WD_ORIENT
    sec = doc.sections[0]
    w, h = sec.page_width, sec.page_height
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = h, w


def build_a():
    doc = new_doc()
    landscape(doc)
    para(doc, "国土综合整治项目绩效评价指标表", 14, True, True)
    para(doc, "项目名称：                    评价单位：                    填报日期：")
    rows = [A_HDR]
    for i, (n, u, w, rule, done) in enumerate(A_ROWS1):
        rows.append([A_L1a if i == 0 else None, A_L2a if i == 0 else None, n, u, w, rule, done, None,
                     None, "共性指标"])
    table(doc, rows, merges=[(1, 0, 3, 0), (1, 1, 3, 1)])
    page_break(doc)
    rows = [A_HDR]
    for i, (n, u, w) in enumerate(A_ROWS2):
        rows.append([A_L1b if i == 0 else None, A_L2b if i == 0 else None, n, u, w,
                     A_RULE2 if i == 0 else None, None, None, None, "共性指标"])
    table(doc, rows, merges=[(1, 0, 4, 0), (1, 1, 4, 1), (1, 5, 4, 5)])
    page_break(doc)
    rows = [A_HDR]
    for n, u, w in A_ROWS3:
        rows.append([None, None, n, u, w, None, None, None, None, "共性指标"])
    table(doc, rows)
    return save_doc(doc, A_FILE)


def gold_a():
    inds = []
    for n, u, w, _r, _d in A_ROWS1:
        inds.append(ind(A_L1a, A_L2a, n, u, float(w)))
    for n, u, w in A_ROWS2 + A_ROWS3:
        inds.append(ind(A_L1b, A_L2b, n, u, float(w)))
    findings = [{"rule": "target.missing_value", "item": i["name"],
                 "why": "评价指标表的“目标值（年度/终期）”栏空白（完成量、得分也未填），该指标没有可比对的目标值。"}
                for i in inds]
    return {
        "source_urls": ["https://1wenmi.com/doc/1001044.html"],
        "province": "不详",
        "doc_kind": "绩效评价指标表（空白模板，国土综合整治项目）",
        "patterns": [1, 2, 5, 6, 8],
        "indicators": inds,
        "goals": [],
        "facts": [
            {"metric": "资金投入水平分值", "kind": "sum", "total": 20, "parts": [5, 5, 10], "unit": "分"},
            {"metric": "生产空间优化分值", "kind": "sum", "total": 10, "parts": [2, 2, 1, 2, 2, 1], "unit": "分"},
        ],
        "findings": findings,
        "notes": (
            "Stored page (第壹文秘 preview of 国土综合整治项目绩效评价指标表.docx) holds the first ~2.5 preview pages; "
            "it ends inside the next row (评价类别 “生活空…”, 指标 建设用地减少, 分值 2), which is left out because it is cut. "
            "The preview repeats the header row at each page break; reproduced as three tables each with the header "
            "(pattern 2). In the page the 耕地集中连片 row is split across a page break (name continues as "
            "“增加数量（平原100亩以上、山区50亩以上）” below the repeated header); kept whole here so the name reads as one. "
            "The two 永久基本农田 rows have no 评价类别 cell on their page; judged to continue 生产空间优化（10分） because "
            "its weights then add up to 10 (2+2+1+2+2+1). “/” stands in the 完成量/目标值 area of the first row; put in 完成量. "
            "level1/level2 keep the points in brackets as written. The whole 完成量 / 目标值 / 得分 block is blank "
            "(a template), so every row gets target.missing_value; no coverage finding because the table is an "
            "evaluation frame (预算执行/目标完成) and is cut. Province not stated (national-style template)."),
    }


# ----------------------------------------------------------------------------------------------
# B  农村综合改革标准化试点项目目标考核表 (XLSX)
# ----------------------------------------------------------------------------------------------
B_FILE = "cn-nonggai-biaozhunhua-assess.xlsx"
B_L1a = "一、标准化试点基础工作（20分）"
B_L1b = "二、标准化试点的实施（50分）"
B_ROWS = [
    (B_L1a, "1.试点目标和规划", "试点目标和规划", "围绕各自的试点实施方案，确定试点建设目标并制定具体工作规划。", "5",
     "1.目标明确、分阶段落实有效，2分；2.规划合理，符合以人为本、因地制宜、量力而行、持续推进原则，示范村村庄规划经村民大会审定通过，3分。"),
    (B_L1a, "2.组织机构建设", "组织机构建设", "设立标准化试点的领导机构和工作机构。", "4",
     "1.机构设立与运行的制度文件齐全，2分；2.机构分工有序、人员职责明确，2分。"),
    (B_L1a, "3.组织管理工作", "组织管理工作", "制定并执行实施方案，加强监督管理及各方面的协调配合。", "4",
     "1.实施方案清楚，写明试点内容、要求和工作步骤，2分；2.试点单位内部各部门组织有序、分工配合，1分；3.建立明确的监督检查制度，1分。"),
    (B_L1a, "4.保障措施", "保障措施", "试点政策制度健全，资金有保障。", "7",
     "1.试点工作纳入本地区总体规划或政府工作重点，3分；2.试点地区出台相关政策，支持力度大、作用显著，2分；"
     "3.试点工作经费列入本地区财政预算，提供必要经费保障，2分。"),
    (B_L1b, "1.试点的标准体系", "试点的标准体系", "建立完善的标准体系，内容清晰、重点突出，体现试点特色。", "15",
     "1.构建标准体系结构图，3分；2.制定标准明细表及编制说明，6分；3.标准体系体现试点"),
]


def build_b():
    wb = new_wb()
    ws = wb.active
    ws.title = "附件3"
    put(ws, 1, 1, "附件3", box=False)
    ws.merge_cells("A2:G2")
    put(ws, 2, 1, "农村综合改革标准化试点项目目标考核表", bold=True, box=False)
    for j, h in enumerate(["项目", "考核点", "内容要求", "分值", "评分标准", "得分", "备注"], 1):
        put(ws, 3, j, h, bold=True)
    r = 4
    for (l1, shown, _n, req, w, rule) in B_ROWS:
        put(ws, r, 1, l1)
        put(ws, r, 2, shown)
        put(ws, r, 3, req)
        put(ws, r, 4, int(w))
        put(ws, r, 5, rule)
        put(ws, r, 6, None)
        put(ws, r, 7, None)
        r += 1
    # 项目 column merged down each section (values cleared below the first row)
    for rr in range(5, 8):
        ws.cell(row=rr, column=1).value = None
    ws.merge_cells("A4:A7")
    for col, wdt in zip("ABCDEFG", (16, 14, 34, 6, 48, 6, 6)):
        ws.column_dimensions[col].width = wdt
    return save_wb(wb, B_FILE)


def gold_b():
    inds = [ind(l1, None, n, None, float(w), target_text=req) for (l1, _s, n, req, w, _r) in B_ROWS]
    return {
        "source_urls": ["https://360docs.net/doc/ce13026582.html"],
        "province": "不详",
        "doc_kind": "考核表（农村综合改革标准化试点项目目标考核表，附件3）",
        "patterns": [1, 5, 8],
        "indicators": inds,
        "goals": [],
        "facts": [{"metric": "标准化试点基础工作分值", "kind": "sum", "total": 20, "parts": [5, 4, 4, 7], "unit": "分"}],
        "findings": [],
        "notes": (
            "Stored page (360docs preview; page title 国家农村人居环境改善标准化试点项目考核评价指标体系表, document heading "
            "附件3 农村综合改革标准化试点项目目标考核表) ends inside the 评分标准 of 二、1.试点的标准体系 (“3.标准体系体现试点”); "
            "the document stops there. Columns 项目/考核点/内容要求/分值/评分标准/得分/备注; 得分 and 备注 are blank (template). "
            "The 考核点 cells carry list numbers (1.…4.); gold names drop the number. target_text = 内容要求 (a qualitative "
            "requirement); no operator/value/unit. No qualitative_no_scale finding: every row has a points-based 评分标准. "
            "Section 一 weights add up to its stated 20分; section 二 (50分) is cut after its first row, so no check there. "
            "Province not stated (national pilot template); XLSX chosen for the table-only attachment."),
    }


# ----------------------------------------------------------------------------------------------
# C  高标准农田建设评价指标 (XLSX; header 评价指标|分值|… but weights written inside the name cells)
# ----------------------------------------------------------------------------------------------
C_FILE = "xx-gaobiaozhun-nongtian-criteria.xlsx"
C_BASIS1 = "全国农田建设综合监测监管平台数据，省农业农村厅日常监测调度情况。"
C_ROWS = [
    ("前期工作", "任务分解", "2", "年度任务已按要求分解落实到项目区的，得2分；未完成的不得分。", C_BASIS1),
    ("前期工作", "审批备案", "2",
     "按时完成项目初步设计审批、编制年度实施计划并报省农业农村厅、填报农田建设综合监测监管系统的，得2分；未按时完成的不得分。",
     None),
    ("前期工作", "项目储备", "2", "依据有关规划和要求明确目标任务与建设时序布局、建立项目储备库的，得2分，否则不得分。",
     "自评报告及佐证材料，省农业农村厅日常监测调度情况。"),
    ("建设面积与质量", "建成面积贡献率", "5",
     "以高标准农田年度上图入库面积占全省当年总任务的比例计算贡献率，满分5分：排名前5名得满分，第6—10名扣0.5分，第11名以后扣1分，比例为0的不得分。",
     C_BASIS1),
    ("建设面积与质量", "完成进度和工程质量", "15",
     "建成面积（含结转，含高效节水灌溉）完成年度任务且质量达到设计要求的，得15分；建成面积每低于年度任务1%，扣1分。"
     "土地平整、土壤改良、灌溉与排水、田间道路、农田防护与生态环境保持、农田输配电等工程，每发现一项质量未达到设计要求扣1分，最多扣6分。",
     "全国农田建设综合监测监管平台数据，省农业农村厅日常监测调度情况，竣工验收情况和实地评价数据。"),
    ("建设面积与质量", "项目开工率", "4",
     "已立项且开工建设（含建成）的高标准农田面积达到年度任务90%及以上的，得4分；不足90%的，每减少5%扣1分，扣完为止。",
     C_BASIS1),
]


def build_c():
    wb = new_wb()
    ws = wb.active
    ws.title = "Sheet1"
    for j, h in enumerate(["评价指标", "分值", "评价标准", "评价依据"], 1):
        put(ws, 1, j, h, bold=True)
    r = 2
    for (g, n, w, std, basis) in C_ROWS:
        put(ws, r, 1, "建设面积\n与质量" if g == "建设面积与质量" else g)
        put(ws, r, 2, "%s\n（%s分）" % (n, w))
        put(ws, r, 3, std)
        put(ws, r, 4, basis)
        r += 1
    put(ws, r, 1, "建设面积\n与质量")
    for j in (2, 3, 4):
        put(ws, r, j, None)
    for rr in (3, 4, 6, 7):
        ws.cell(row=rr, column=1).value = None
    ws.merge_cells("A2:A4")
    ws.merge_cells("A5:A7")
    ws.merge_cells("D2:D3")
    for col, wdt in zip("ABCD", (12, 16, 60, 34)):
        ws.column_dimensions[col].width = wdt
    return save_wb(wb, C_FILE)


def gold_c():
    inds = [ind(g, None, n, None, float(w)) for (g, n, w, _s, _b) in C_ROWS]
    return {
        "source_urls": ["https://www.hnqianrun.com/news/hyxw/752.html"],
        "province": "不详",
        "doc_kind": "绩效评价指标及评分标准表（高标准农田建设，省级对县评价）",
        "patterns": [1, 4, 5, 6],
        "indicators": inds,
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": (
            "Stored page (company news page reposting a 高标准农田建设 evaluation table) starts with the table and ends at "
            "the label of the next block (a second “建设面积与质量” cell); that last row is kept as a bare label, not an "
            "indicator. Layout defect as found: the header reads 评价指标 | 分值 | 评价标准 | 评价依据 but each row holds the "
            "group (前期工作 / 建设面积与质量) in the first column and the indicator name with its points in brackets in the "
            "“分值” column (e.g. 任务分解（2分）) — labels shifted one column, weight written in the name cell. "
            "评价依据 of 任务分解 and 审批备案 is one merged cell. Gold weights are read from the brackets; names without them. "
            "No targets are expected in a scoring-rule table, so no target.* findings; no amounts or totals to check. "
            "Province not written in the stored part (only “省农业农村厅”, “全省”)."),
    }


# ----------------------------------------------------------------------------------------------
# D  2020年度重点项目绩效评价结果 — 农村公路养护 (DOCX; one row per project with its use/goal text)
# ----------------------------------------------------------------------------------------------
D_FILE = "xx-gonglu-yanghu-evalresult.docx"
D_G1 = ("推动由以建为主转向建管养运协调发展、由适应发展转向引领发展）、实现“四个提升”（路网结构和质安水平、养护能力和路况水平、"
        "保护能力和路域环境、服务质量和群众满意度），达成农村公路“建好、管好、护好、运营好”的总目标。")
D_G2 = "进一步提高农村公路管理养护水平，进一步增强道路通行能力，进一步巩固建设成果，为美丽乡村建设和基本实现现代化提供支撑。"


def build_d():
    doc = new_doc()
    landscape(doc)
    para(doc, "—3—", 9, center=True)
    para(doc, "2020年度重点项目绩效评价结果", 14, True, True)
    para(doc, "一、项目支出基本情况", 11, True)
    para(doc, "（一）项目支出资金概况", 11, True)
    para(doc, "2020年我单位局农村公路养护项目支出预算合计602.6167万元，共含项目24个；实际支出503.8232万元"
              "（其中业务工作经费29.1465万元、专项经费474.6767万元、政府专项经费万元），涉及项目24个。具体如下：")
    para(doc, "金额单位：万元")
    rows = [
        ["项目名称", "项目类型", "资金用途、使用方向", "预算金额", None, "支出金额", None],
        [None, None, None, "指标总额", "其中：区级资金", "支出总额", "其中：区级资金"],
        ["农村公路养护项目", "养护", D_G1, "572.6167", "147.4467", "474.6767", "147.4467"],
        ["农村公路养护工作经费", "工作经费", D_G2, "30", "30", "29.1465", "29.1465"],
        ["合计", None, None, None, None, None, None],
    ]
    table(doc, rows, merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 0, 6)])
    return save_doc(doc, D_FILE)


def gold_d():
    return {
        "source_urls": ["http://m.cornels-photography.com/paper/308754155.html"],
        "province": "不详",
        "doc_kind": "重点项目绩效评价结果（区级交通部门农村公路养护项目，含项目资金表）",
        "patterns": [7, 10],
        "indicators": [],
        "goals": [{"kind": "目标", "text": D_G1}, {"kind": "目标", "text": D_G2}],
        "facts": [
            {"metric": "农村公路养护项目支出", "kind": "budget", "planned": 602.6167, "actual": 503.8232,
             "stated_rate": None, "unit": "万元"},
            {"metric": "实际支出", "kind": "sum", "total": 503.8232, "parts": [29.1465, 474.6767], "unit": "万元"},
            {"metric": "预算指标总额", "kind": "sum", "total": 602.6167, "parts": [572.6167, 30], "unit": "万元"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": D_G1,
             "why": "项目的资金用途/目标只写方向性转变和“四个提升”“建好管好护好运营好”，没有里程、路况等级等任何可衡量数值。"},
            {"rule": "goal.unquantified", "item": D_G2,
             "why": "只有三处“进一步提高/增强/巩固”，没有数量、比例或基线，无法判断是否实现。"},
        ],
        "notes": (
            "Stored page is a document-sharing preview (traditional-character mirror of a simplified original; "
            "reproduced in simplified characters). It opens with a page marker (—PAGE3—, kept as “—3—”), the title "
            "2020年度重点项目绩效评价结果 and the 资金概况 paragraph, then a 项目 table with two header rows "
            "(预算金额: 指标总额/其中区级资金; 支出金额: 支出总额/其中区级资金). It ends at the 合计 row right after the "
            "first digits “60”; the 合计 amounts are left blank rather than guess. Defects kept: “我单位局”, "
            "“政府专项经费万元” with no number, and the first 资金用途 text starting mid-sentence with an unmatched “）”. "
            "The paragraph says 24 projects while the table lists 2 lines — not a rule in the brief, not flagged. "
            "Parts check: 29.1465+474.6767=503.8232 and 572.6167+30=602.6167 (both consistent); the paragraph gives no "
            "execution rate, so the budget fact has stated_rate null. No indicator table in the stored part, so no "
            "coverage finding. Province and district not named in the stored part (amounts say 区级资金)."),
    }


# ----------------------------------------------------------------------------------------------
# E  屏边县乡村振兴局2021年度项目支出绩效自评报告 (prose)
# ----------------------------------------------------------------------------------------------
E_FILE = "yn-pingbian-xiaoe-selfreport.docx"


def build_e():
    doc = new_doc()
    for line in ("索引号：pbxxczxj/2024-00000", "发布机构：屏边县乡村振兴局", "文号：",
                 "发布日期：2022-06-17", "时效性：有效"):
        para(doc, line, 9)
    para(doc, "屏边县乡村振兴局2021年度项目支出绩效自评报告", 14, True, True)
    para(doc, "为管好用好财政资金、提高使用效益，依照《屏边县财政局关于开展2022年绩效评价工作的通知》，我局对县乡村振兴局"
              "（扶贫办）小额信贷贴息项目和巩固脱贫攻坚工作经费开展了自评，现报告如下：")
    para(doc, "一、基本情况", 11, True)
    para(doc, "（一）项目概况", 11, True)
    para(doc, "1.脱贫人口小额信贷贴息项目1127.353372万元。")
    para(doc, "依据《屏边县扶贫开发领导小组关于对屏边县2021年度第一批整合财政涉农资金项目实施方案的批复》和《屏边县扶贫开发领导小组"
              "关于屏边县2021年度第三批（第一次）整合财政涉农资金和2019年收回重新分配资金、2020年整合财政涉农资金和补短板净结余"
              "资金重新安排项目实施方案的批复》，县乡村振兴局（扶贫办）按所报实施方案组织实施。共批准农业生产发展项目3个，总投资"
              "1127.353372万元，其中整合财政涉农资金1046.32万元、收回重新分配资金81.033372万元；实际使用1068.989516万元，"
              "结余58.363856万元已收回。")
    para(doc, "2021年新增脱贫人口小额信贷3505.2万元，受益脱贫户和边缘易致贫户719户；办理续贷108户519.3万元，展期608户2963.10万元。")
    para(doc, "2.巩固脱贫攻坚工作经费15万元。")
    para(doc, "该经费保障部门开展调研、督查检查和会议培训，支持部门正常履职，围绕县委扶贫开发决策部署，借助红河日报、红河电视台等"
              "主流媒体对屏边脱贫攻坚作深度宣传报道，并加大“1")
    return save_doc(doc, E_FILE)


def gold_e():
    return {
        "source_urls": ["https://www.hhpb.gov.cn/info/5751/306071.htm"],
        "province": "云南",
        "doc_kind": "自评报告（县乡村振兴局项目支出绩效自评，散文）",
        "patterns": [10],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "小额信贷贴息项目总投资", "kind": "sum", "total": 1127.353372, "parts": [1046.32, 81.033372],
             "unit": "万元"},
            {"metric": "小额信贷贴息项目资金", "kind": "budget", "planned": 1127.353372, "actual": 1068.989516,
             "stated_rate": None, "unit": "万元"},
            {"metric": "总投资=实际使用+结余", "kind": "sum", "total": 1127.353372, "parts": [1068.989516, 58.363856],
             "unit": "万元"},
        ],
        "findings": [],
        "notes": (
            "Stored page ends in section 一(一)2 on “加大“1” (a quoted slogan cut off); the document stops there with the "
            "same cut. Prose only (one of two prose documents of this part). All amounts add up: 1046.32+81.033372="
            "1127.353372 and 1068.989516+58.363856=1127.353372. 719 beneficiary households vs 续贷108户 and 展期608户: these "
            "are different counts (new loans vs renewals/extensions), not parts of one total, so no sum fact. No execution "
            "rate is written, so none is checked. No goals or indicators in the stored part; no findings."),
    }


# ----------------------------------------------------------------------------------------------
# F  （儋州）镇衔接资金项目绩效自评报告 (prose, years left as 20xx on the repost)
# ----------------------------------------------------------------------------------------------
F_FILE = "hi-danzhou-xianjie-selfreport.docx"
F_GOAL = ("结合本镇落地项目并参照项目参考指标，20xx年度衔接资金项目绩效目标从农户收益、企业带贫减贫能力、项目建设实际情况、"
          "群众感知等方面设定。")


def build_f():
    doc = new_doc()
    para(doc, "农村项目绩效自评报告", 14, True, True)
    para(doc, "为规范财政专项衔接资金绩效管理、压实部门责任、提高资金使用效益，现将我镇20xx年度衔接资金项目绩效自评情况公开如下：")
    para(doc, "一、绩效目标分解下达情况", 11, True)
    para(doc, "（一）财政专项衔接资金下达预算及项目情况", 11, True)
    para(doc, "20xx年我镇共获财政衔接资金1077.56万元，其中中央专项衔接资金630.2万元、省级专项衔接资金429.36万元、市级资金18万元；"
              "另有预拨资金53.15万元。")
    para(doc, "按照本镇衔接工作建设需要，确定实施村集体经济产业项目、危房改造项目、脱贫户和监测对象发展产业奖励项目、基础设施道路建设项目。")
    para(doc, "（二）财政专项衔接资金项目绩效目标设定情况", 11, True)
    para(doc, F_GOAL)
    para(doc, "二、绩效自评工作开展情况", 11, True)
    para(doc, "20xx年项目实施完毕后，我镇自20xx年12月30日起组织镇财务、振兴办、项目办人员下村入户核实项目指标，经研究讨论完成自评调研。")
    para(doc, "三、绩效目标自评完成情况分析", 11, True)
    para(doc, "（一）资金投入情况分析", 11, True)
    para(doc, "1.项目资金到位情况分析。20xx年我镇项目资金到位合计1130.71万元，其中财政衔接资金1077.56万元、预拨资金53.15万元。"
              "各项目到位情况如下：儋州大皇岭休闲农庄建设项目到位资金629.5万元；20xx热带水果榴莲蜜种")
    return save_doc(doc, F_FILE)


def gold_f():
    return {
        "source_urls": ["https://www.pincai.com/article/3413228.htm"],
        "province": "海南",
        "doc_kind": "自评报告（镇级财政衔接资金项目绩效自评，散文）",
        "patterns": [10],
        "indicators": [],
        "goals": [{"kind": "目标", "text": F_GOAL}],
        "facts": [
            {"metric": "财政衔接资金", "kind": "sum", "total": 1077.56, "parts": [630.2, 429.36, 18], "unit": "万元"},
            {"metric": "项目资金到位", "kind": "sum", "total": 1130.71, "parts": [1077.56, 53.15], "unit": "万元"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": F_GOAL,
             "why": "绩效目标只列出设定方向（农户收益、带贫能力、建设情况、群众感知），没有任何数量、比例或完成标准。"},
        ],
        "notes": (
            "Stored page is an essay-collection repost (范文 site) of a 儋州 town's 衔接资金 self-evaluation report; the site "
            "wrapper text before the report and the “1” after its title (the site's numbering) are left out. Years are "
            "written “20xx” on the page and kept. The stored page ends inside the list of per-project arrivals "
            "(“20xx热带水果榴莲蜜种…”); the document stops there. Prose only (second prose document of this part). "
            "Sums check: 630.2+429.36+18=1077.56 and 1077.56+53.15=1130.71 (both consistent). The only goal statement "
            "names target dimensions without numbers -> goal.unquantified. The town itself is not named in the stored part; "
            "儋州 from the project name 儋州大皇岭休闲农庄建设项目."),
    }


DOCS = [
    (A_FILE, build_a, gold_a),
    (B_FILE, build_b, gold_b),
    (C_FILE, build_c, gold_c),
    (D_FILE, build_d, gold_d),
    (E_FILE, build_e, gold_e),
    (F_FILE, build_f, gold_f),
]


def write_gold(fname, gold):
    os.makedirs(ANN, exist_ok=True)
    for src in (fname, os.path.splitext(fname)[0] + ".pdf"):
        g = {"source": src}
        g.update(copy.deepcopy(gold))
        with open(os.path.join(ANN, src + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")


def main():
    no_pdf = "--no-pdf" in sys.argv
    for fname, build, gold in DOCS:
        path = build()
        write_gold(fname, gold())
        if not no_pdf:
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        print("wrote", fname)


if __name__ == "__main__":
    main()
