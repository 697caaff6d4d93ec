#!/usr/bin/env python3
"""Blind part 81 of the real-layout corpus: mass organisations and courts.

Each document reproduces the stored beginning of one public page (address in the gold and in SOURCES.md):
layout, merged cells, empty cells, odd wording and defects as found; facts (names, values, units, amounts,
dates) as written; longer sentences in our own words with the same numbers. The gold (DOCS[...]["gold"])
was written by hand from the pages before anything ran on these files.

Run:  /tmp/venv/bin/python make_blind81_layouts.py [--no-pdf]
Writes the DOCX/XLSX files, their PDFs (LibreOffice) and annotations/<file>.json (one per DOCX/XLSX and one
per PDF, identical except "source"). DOCX/XLSX are deterministic: core properties pinned to 2025-01-01 and
every zip entry rewritten with that date in a fixed order.
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
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = datetime.datetime(2025, 1, 1, 0, 0, 0)
FONT = "SimSun"


# ----------------------------------------------------------------------------------------------
# determinism helpers
# ----------------------------------------------------------------------------------------------
def _rewrite_zip(path):
    with zipfile.ZipFile(path) as zin:
        items = [(n, zin.read(n)) for n in zin.namelist()]
    fixed = []
    for name, data in items:
        if name == "docProps/core.xml":
            txt = data.decode("utf-8")
            txt = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                         r"\g<1>2025-01-01T00:00:00Z\g<2>", txt)
            data = txt.encode("utf-8")
        fixed.append((name, data))
    items = fixed
    first = [x for x in items if x[0] == "[Content_Types].xml"]
    rest = sorted([x for x in items if x[0] != "[Content_Types].xml"], key=lambda x: x[0])
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in first + rest:
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def save_docx(doc, path):
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    doc.save(path)
    _rewrite_zip(path)


def save_xlsx(wb, path):
    wb.properties.creator = ""
    wb.properties.lastModifiedBy = ""
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(path)
    _rewrite_zip(path)


# ----------------------------------------------------------------------------------------------
# docx helpers
# ----------------------------------------------------------------------------------------------
def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Pt(54)
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


def cell_text(cell, text, bold=False, center=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        if i < len(lines) - 1:
            r.add_break()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


# ----------------------------------------------------------------------------------------------
# 1. 南宁市残疾人事业“十二五”规划执行评估指标体系 (广西) -- DOCX, vertical category column merged down
# ----------------------------------------------------------------------------------------------
NN_ROWS = [
    # (block label, row text as numbered in the page, unit, weight, target)
    ("社\n会\n保\n障", "1.贫困残疾人生活补助比例", "%", "4", "≥50"),
    ("", "2.重度残疾人护理补贴比例", "%", "4", "≥30"),
    ("", "3.城镇残疾人参加基本养老保险比例", "%", "6", "≥80"),
    ("", "4.城镇残疾人参加基本医疗保险比例", "%", "6", "≥90"),
    ("", "5.农村残疾人参加新型农村合作医疗比例", "%", "6", "≥98"),
    ("", "6.农村残疾人参加新型农村养老保险比例", "%", "6", "≥85"),
    ("", "7.农村残疾人生活补助和扶贫开发人数", "万人", "4", "≥2.5"),
    ("公\n共\n服\n务", "1.重点康复工程服务人数", "万人", "5", "≥2.5"),
    ("", "2.康复服务比例", "%", "4", "≥80"),
    ("", "3.学龄残疾儿童少年接受义务教育比例", "%", "5", "≥90"),
    ("", "4.城镇新增残疾人就业人数", "万人", "5", "≥0.1"),
    ("", "5.农村残疾人实用技术培训人数", "万人", "5", "≥0.5"),
    ("", "6.残疾人接受托养服务人数", "万人次", "4", "≥1"),
    ("", "7.社区服务比例", "%", "4", "≥70"),
    ("", "8.社区活动参与率", "%", "4", "≥65"),
    ("生\n活\n水\n平", "1.城镇残疾人家庭人均可支配收入", "元", "7", "≥13700"),
    ("", "2.农村残疾人家庭人均纯收入", "元", "7", "≥6900"),
    ("", "3.城镇残疾人家庭恩格尔系数", "%", "5", "≤42"),
    ("", "4.农村残疾人家庭恩格尔系数", "%", "5", "≤44"),
    ("", "5.百户残疾人家庭彩色电视机拥有量", "台", "4", "≥90"),
]
NN_BLOCKS = {"社\n会\n保\n障": "社会保障", "公\n共\n服\n务": "公共服务", "生\n活\n水\n平": "生活水平"}


def build_nanning(path):
    doc = new_doc()
    para(doc, "附件 1:")
    para(doc, "南宁市残疾人事业十二五规划", bold=True, center=True, size=14)
    para(doc, "执行评估指标体系", bold=True, center=True, size=14)
    t = doc.add_table(rows=1 + len(NN_ROWS), cols=5)
    t.style = "Table Grid"
    for j, h in enumerate(["", "监测指标", "单位", "权重", "目标值"]):
        cell_text(t.cell(0, j), h, bold=True, center=True)
    start = None
    for i, (blk, name, unit, w, tv) in enumerate(NN_ROWS, start=1):
        if blk:
            if start is not None:
                t.cell(start, 0).merge(t.cell(i - 1, 0))
            start = i
            cell_text(t.cell(i, 0), blk, center=True)
        cell_text(t.cell(i, 1), name)
        cell_text(t.cell(i, 2), unit, center=True)
        cell_text(t.cell(i, 3), w, center=True)
        cell_text(t.cell(i, 4), tv, center=True)
    t.cell(start, 0).merge(t.cell(len(NN_ROWS), 0))
    # keep only the block label text in the merged cells (merge concatenates paragraphs)
    for i, (blk, *_r) in enumerate(NN_ROWS, start=1):
        if blk:
            c = t.cell(i, 0)
            for p in c.paragraphs[1:]:
                p._element.getparent().remove(p._element)
    widths = [Cm(1.2), Cm(9.0), Cm(1.8), Cm(1.5), Cm(2.2)]
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = w
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w
    para(doc, "- 5 -          - 6 -", center=True, size=9)
    save_docx(doc, path)


def nanning_gold():
    inds = []
    cur = None
    for blk, name, unit, w, tv in NN_ROWS:
        if blk:
            cur = NN_BLOCKS[blk]
        op = ">=" if tv.startswith("≥") else "<="
        val = float(tv[1:])
        val = int(val) if val.is_integer() else val
        inds.append({"level1": cur, "level2": None, "name": name.split(".", 1)[1], "operator": op,
                     "value": val, "unit": unit, "target_text": tv, "actual": None,
                     "weight": int(w), "score": None})
    return {
        "province": "广西",
        "doc_kind": "规划执行评估指标体系 (监测指标/单位/权重/目标值, 南宁市残疾人事业“十二五”规划附件1)",
        "patterns": [1, 5, 6],
        "indicators": inds,
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "coverage.missing_dimension", "item": "满意度指标",
             "why": "the complete 20-row indicator system (社会保障 7, 公共服务 8, 生活水平 5) measures coverage, "
                    "services and household income but has no satisfaction measure of disabled people or "
                    "their families"},
        ],
        "notes": (
            "Source: an aggregator copy (keke.chddh.cn) of the Word attachment '南宁市残疾人事业十二五规划执行评估"
            "指标体系.doc' (附件 1 of 南宁's 残疾人事业“十二五”规划). The stored text is the whole table: it ends "
            "with the page footers '- 5 - - 6 -' (the table sits on pages 5-6 of the original), kept as a closing "
            "line. Layout as found: a first column with no header that holds the block labels written one "
            "character per line (社/会/保/障, 公/共/服/务, 生/活/水/平) merged down its rows, then 监测指标 | 单位 | "
            "权重 | 目标值; the numbering restarts at 1. in each block; operators ≥/≤ sit inside the target cell, "
            "units in their own column. Gold: level1 = the block label (社会保障/公共服务/生活水平), level2 null "
            "(no second level), name = the monitoring indicator without its list number, weight = 权重. Weights "
            "add up to 36 + 36 + 28 = 100, but the table states no total, so no fact is recorded. No actual "
            "values or scores (a target table). Judgement calls: the block labels are not the 产出/效益 tree; "
            "社会保障 and 公共服务 rows read as outputs and 生活水平 rows as effects, so only the missing "
            "satisfaction dimension is flagged. '残疾人接受托养服务人数' with unit 万人次 (a 人数 counted in "
            "person-times) and '百户…彩色电视机拥有量' in 台 (per 100 households) are kept as written and not "
            "flagged. The targets carry no base year or deadline beyond the plan period, not flagged either."
        ),
    }


# ----------------------------------------------------------------------------------------------
# 2. 共青团岳阳楼区委员会 2021 部门整体支出绩效评价自评报告 (湖南 岳阳) -- XLSX form, cut in the 支出 header
# ----------------------------------------------------------------------------------------------
YYL_TASKS = ("任务1:完成区委区政府下达的绩效考核个性指标任务 任务2:完成上级团委下达的主要考核任务 "
             "任务3:以问题为导向稳步推进共青团改革,抓好典型选树,加强对青少年的思想政治引领,丰富宣传教育形式,"
             "围绕发展大局服务青年,发挥党联系青年的桥梁纽带作用,从严治团,树立团干部良好形象。")


def build_yueyanglou(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "整体支出自评"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    center = Alignment(wrap_text=True, vertical="center", horizontal="center")
    widths = [14, 14, 12, 12, 12, 14, 12, 12]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    def put(r, c, v, merge_to=None, bold=False, align=wrap, border=True):
        cell = ws.cell(row=r, column=c, value=v)
        cell.alignment = align
        cell.font = Font(name=FONT, bold=bold, size=10)
        if merge_to:
            ws.merge_cells(start_row=r, start_column=c, end_row=merge_to[0], end_column=merge_to[1])
        if border:
            r2, c2 = merge_to if merge_to else (r, c)
            for rr in range(r, r2 + 1):
                for cc in range(c, c2 + 1):
                    ws.cell(row=rr, column=cc).border = box

    # cover block (no borders)
    put(1, 1, "岳阳楼区2021年度部门(单位)整体支出", (1, 8), bold=True, align=center, border=False)
    put(2, 1, "绩效评价自评报告", (2, 8), bold=True, align=center, border=False)
    put(3, 1, "部门(单位)名称: 共青团岳阳楼区委员会", (3, 8), border=False)
    put(4, 1, "预 算 编 码: 106006", (4, 8), border=False)
    put(5, 1, "评价方式:部门(单位)绩效自评", (5, 8), border=False)
    put(6, 1, "评价机构:部门(单位)评价组", (6, 8), border=False)
    put(7, 1, "报告日期:2022年5月18日", (7, 8), border=False)
    put(8, 1, "岳阳楼区财政局(制)", (8, 8), align=center, border=False)
    # section one
    put(10, 1, "一、部门(单位)基本概况", (10, 8), bold=True)
    put(11, 1, "联系人", (11, 2), align=center)
    put(11, 3, "田雨薇", (11, 4), align=center)
    put(11, 5, "联络电话", (11, 6), align=center)
    put(11, 7, "138****6052", (11, 8), align=center)
    put(12, 1, "人员编制", (12, 2), align=center)
    put(12, 3, 5, (12, 4), align=center)
    put(12, 5, "实有人数", (12, 6), align=center)
    put(12, 7, 5, (12, 8), align=center)
    put(13, 1, "职能职责概述", (13, 2), align=center)
    put(13, 3, "受中共岳阳楼区委委托,领导全区共青团和少先队工作,并对全区青年社团组织进行指导和管理。", (13, 8))
    put(14, 1, "年度主要 工作内容", (14, 2), align=center)
    put(14, 3, YYL_TASKS, (14, 8))
    ws.row_dimensions[14].height = 75
    put(15, 1, "年度部门(单位)总体运行情况及取得的成绩", (15, 2), align=center)
    put(15, 3, "2021年度团区委运行总体良好:以服务核心引领区建设为中心、以共青团改革为主线,带领全区团员青年"
               "开拓创新、互助奉献,团的建设和各项工作均有一定成效。", (15, 8))
    ws.row_dimensions[15].height = 45
    # section two: income
    put(17, 1, "二、部门(单位)收支情况", (17, 8), bold=True)
    put(18, 1, "年度收入情况(万元)", (18, 8), bold=True)
    put(19, 1, "机构名称", (20, 1), align=center)
    put(19, 2, "收入合计", (20, 2), align=center)
    put(19, 3, "其中:", (19, 7), align=center)
    for j, h in enumerate(["上年结转", "公共财 政拨款", "政府基金拨款", "纳入专户管理的非税收入拨款", "其他 收入"]):
        put(20, 3 + j, h, align=center)
    ws.row_dimensions[20].height = 42
    for j, v in enumerate(["团区委", 70.183715, 0, 68.683715, 0, 0, 1.5]):
        put(21, 1 + j, v, align=center)
    # section two: spending header only (the stored page stops here)
    put(23, 1, "部门(单位)年度支出和结余情况(万元)", (23, 8), bold=True)
    put(24, 1, "机构名称", (26, 1), align=center)
    put(24, 2, "支出合计", (26, 2), align=center)
    put(24, 3, "其中:", (24, 6), align=center)
    put(24, 7, "结余", (24, 8), align=center)
    put(25, 3, "基本支出", (26, 3), align=center)
    put(25, 4, "其中:", (25, 5), align=center)
    put(25, 6, "项目支出", (26, 6), align=center)
    put(25, 7, "当年结余", (26, 7), align=center)
    put(25, 8, "累计结余", (26, 8), align=center)
    put(26, 4, "人员支出", align=center)
    put(26, 5, "公用支出", align=center)
    for c in range(1, 9):
        ws.cell(row=27, column=c).border = box
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    save_xlsx(wb, path)


def yueyanglou_gold():
    return {
        "province": "湖南",
        "doc_kind": "部门整体支出绩效评价自评报告 (岳阳楼区财政局制表式, 封面+基本概况+收入表, 截于支出表表头)",
        "patterns": [8, 10],
        "indicators": [],
        "goals": [{"kind": "目标", "text": YYL_TASKS}],
        "facts": [
            {"metric": "团区委年度收入", "kind": "sum", "total": 70.183715,
             "parts": [0, 68.683715, 0, 0, 1.5], "unit": "万元"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": YYL_TASKS,
             "why": "the only goal cell (年度主要工作内容) lists three tasks with no number, scale or deadline: "
                    "the assessment targets it refers to are not stated"},
            {"rule": "goal.process_only", "item": YYL_TASKS,
             "why": "every task describes work to be done (complete assigned tasks, push reform, guide youth) "
                    "and none names a result for young people"},
        ],
        "notes": (
            "Source: a mirror (honglinkj.com) of the 岳阳楼区 government page carrying 共青团岳阳楼区委员会's "
            "2021 部门整体支出绩效评价自评报告 on the 岳阳 template (cover block '岳阳楼区财政局(制)', "
            "一、基本概况 as a label/value grid, 二、收支情况 as two tables). The stored page stops inside the "
            "header of the second table (年度支出和结余情况: 支出合计 / 基本支出 / 其中: 人员支出 公用支出 / "
            "项目支出 / 当年结余 累计结余); the sheet keeps that header and an empty data row and stops there. "
            "Kept as found: the split labels '年度主要 工作内容', '公共财 政拨款', '其他 收入', '预 算 编 码', the "
            "six-decimal amounts 70.183715 and 68.683715 万元, 人员编制 5 / 实有人数 5. The contact's mobile "
            "number is masked (138****6052) in the file on purpose; it is no part of the gold. Prose cells "
            "(职能职责概述, 年度主要工作内容, 总体运行情况) are reworded with the same task numbering. Facts: "
            "收入合计 70.183715 = 0 + 68.683715 + 0 + 0 + 1.5 (consistent, no finding). The 年度主要工作内容 cell "
            "is taken as the document's only goal text (one cell, one goal entry) and flagged as unquantified "
            "and process-only. No indicator table is reached, so no coverage finding and no indicator rows."
        ),
    }


# ----------------------------------------------------------------------------------------------
# 3. 南县妇女联合会 2021 项目支出绩效评价报告 (湖南 益阳) -- DOCX prose, traditional-character mirror
# ----------------------------------------------------------------------------------------------
NX_GOAL = "資金及時撥付到位,各項任務圓滿完成。"


def build_nanxian(path):
    doc = new_doc()
    para(doc, "南縣婦女聯(lián)合會2021年度項目支出績效評價報告", bold=True, center=True, size=14)
    para(doc, "一、項目基本情況", bold=True)
    para(doc, "(一)項目基本情況簡介")
    para(doc, "2021年的項目支出都屬於部門預算項目,包括:婦女兒童事業發展專項經費34.5萬元;婚姻調解工作經費5.8萬元。")
    para(doc, "(二)績效目標設(shè)定及指標完成情況")
    para(doc, NX_GOAL)
    para(doc, "二、績效評價工作情況", bold=True)
    para(doc, "(一)績效評價目的")
    para(doc, "通過本次評價,全面分析本會財政預算資金的使用與管理,為提高財政資金使用效益、壓實預算支出責任提供依據。")
    para(doc, "(二)項目資金")
    para(doc, "2021年部門預算共計100.46萬元,其中兩項項目資金為:婦女兒童事業發展專項經費34.5萬元,占部門預算數的34.34%;"
              "婚姻調解工作經費5.8萬元,占部門預算數的5.77%。")
    para(doc, "上述資金均已撥付到本會,並全部用於項目。")
    para(doc, "(三)項目組織情況分析")
    para(doc, "部門整體支出嚴格依照年初預算執行,支出中遵守各項規章制度;專項經費執行專項資金財務管理辦法,"
              "專款專用,沒有截留、挪用。")
    para(doc, "三、項目績效情況", bold=True)
    para(doc, "(一)婦女兒童事業發展專項經費34.5萬元")
    para(doc, "一是把“巾幗大宣講”做實做新,開展“百千萬巾幗大宣講”活動20場次,受益群眾達20000人。二是發揮典型示範作用,"
              "深入開展“平安家庭”創建和“最美家庭”“文明家庭”尋找活動,共評出全國巾幗文明崗1個、最美家庭1個,省級三八紅旗手1個、"
              "文明家庭1個,市縣級三八紅旗手(集體)和各類家庭共65個。三是深化群眾性普法,全年舉辦或參與普法維權宣傳活動6場次,"
              "發放宣傳資料15000余份。四是服")
    save_docx(doc, path)


def nanxian_gold():
    return {
        "province": "湖南",
        "doc_kind": "项目支出绩效评价报告 (妇联, 叙述式, 繁体镜像页)",
        "patterns": [10],
        "indicators": [],
        "goals": [{"kind": "目标", "text": NX_GOAL}],
        "facts": [
            {"metric": "婦女兒童事業發展專項經費占部門預算數比例", "kind": "budget", "planned": 100.46,
             "actual": 34.5, "stated_rate": 34.34, "unit": "萬元"},
            {"metric": "婚姻調解工作經費占部門預算數比例", "kind": "budget", "planned": 100.46,
             "actual": 5.8, "stated_rate": 5.77, "unit": "萬元"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": NX_GOAL,
             "why": "the only text under 績效目標設定及指標完成情況 says the money arrived and the tasks were "
                    "completed; it sets no target, number or measurable result"},
        ],
        "notes": (
            "Source: a traditional-character mirror (gdntc.cn) of 南县妇女联合会's 2021 项目支出绩效评价报告 "
            "(南县, 益阳, 湖南). The mirror converts to traditional characters and in places inserts a "
            "reading in brackets after a character ('聯(lián)合會', '設(shè)定'); the title and the heading "
            "'績效目標設(shè)定及指標完成情況' keep those insertions as found, the reworded prose is in traditional "
            "characters without them. The stored page stops inside the fourth item of 三、項目績效情況 ('四是服'); "
            "the document stops at the same words. The goal section holds only '資金及時撥付到位,各項任務圓滿完成。' "
            "(kept verbatim, short), flagged goal.unquantified. Facts: the two project amounts are stated as "
            "shares of the 100.46萬元 部門預算: 34.5/100.46 = 34.34% and 5.8/100.46 = 5.77%, both consistent; "
            "they are recorded as budget-kind facts (planned = 部門預算總計, actual = the project amount, "
            "stated_rate = the share) because that is the arithmetic a reviewer redoes; no finding. The two "
            "projects add to 40.3萬元 but no total is stated, so no sum fact. The results (20場次, 20000人, "
            "1+1+1+1 honours and 65 市縣級, 6場次, 15000余份) have no targets, so no indicator rows; the result "
            "section is an activity list, not a dimension-by-dimension indicator analysis, so no coverage "
            "finding."
        ),
    }


# ----------------------------------------------------------------------------------------------
# 4. 岳阳县妇女联合会 2023 年度整体支出绩效自评报告 (湖南 岳阳) -- DOCX prose
# ----------------------------------------------------------------------------------------------
def build_yueyangxian(path):
    doc = new_doc()
    para(doc, "岳阳县妇女联合会2023年度整体支出绩效自评报告", bold=True, center=True, size=14)
    para(doc, "一、部门(单位)基本情况", bold=True)
    para(doc, "1、机构设置")
    para(doc, "本单位现有人数7人,在职7人。内设4个股室:(主席室、副主席室、办公室、财务室)。本单位没有所属二级机构。")
    para(doc, "2、主要职责")
    para(doc, "岳阳县妇女联合会按照《中华全国妇女联合会章程》以及妇女代表大会的决定、决议,指导全县各级妇联开展妇女儿童工作,"
              "维护妇女儿童合法权益,推动妇女儿童事业全面发展。")
    para(doc, "二、一般公共预算支出情况", bold=True)
    para(doc, "(一)基本支出情况")
    para(doc, "2023年度基本支出134.47万元,其中:人员经费76.81万元,用于基本工资、津贴补贴、奖金、伙食补助费、职业年金缴费、"
              "职工基本医疗保险缴费、公务员医疗补助缴费、其他社会保障缴费和住房公积金;公用经费57.66万元,用于手续费、电费、"
              "邮电费、差旅费、维修费、会议费、培训费、公务接待费、工会经费、其他交通费用及其他商品和服务支出。")
    para(doc, "(二)项目支出情况")
    para(doc, "2023年财政安排我单位实施贫困妇女两癌救助38.00万元、婚调中心9.65万元。我单位实际发生项目支出47.65万元。")
    para(doc, "1、项目资金实际使用情况分析")
    para(doc, "(1)、服务妇女儿童。落实《岳阳县妇女儿童发展规划(2021-2025年)》,保障妇女儿童在卫生健康、文化教育、劳动就业等方面"
              "的平等权利。1月12日,我会与民政局等单位联合开展“把爱带回家 温暖伴成长”迎新春暨“湘妹能量家园”公益捐赠活动,"
              "走访慰问农村困境儿童、留守儿童、“两癌”困境结亲及困难家庭,为他们送去关爱帮扶。5月26日,县妇联与县人民法院、"
              "长沙市岳阳县商会党支部、长沙市岳阳县商会女创会一起到月田镇立新小学校开展“筑爱巴陵 守护成长”捐赠暨庆祝"
              "“六一儿童节”活动,让孩子们提前感受到儿童")
    save_docx(doc, path)


def yueyangxian_gold():
    return {
        "province": "湖南",
        "doc_kind": "部门整体支出绩效自评报告 (妇联, 叙述式, 截于项目资金使用分析)",
        "patterns": [10],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "2023年度基本支出", "kind": "sum", "total": 134.47, "parts": [76.81, 57.66], "unit": "万元"},
            {"metric": "2023年项目支出", "kind": "sum", "total": 47.65, "parts": [38.00, 9.65], "unit": "万元"},
        ],
        "findings": [],
        "notes": (
            "Source: 岳阳县 government page (yyx.gov.cn) with 岳阳县妇女联合会's 2023年度整体支出绩效自评报告 "
            "(湖南). The stored page stops in the middle of the first item of '1、项目资金实际使用情况分析' "
            "('让孩子们提前感受到儿童'); the document stops at the same words. Kept as found: '内设4个股室:(主席室、"
            "副主席室、办公室、财务室)' with the colon before the bracket, '(1)、', the event dates 1月12日 and "
            "5月26日, the partner list, '“两癌”困境结亲'. Facts: 基本支出 134.47 = 人员经费 76.81 + 公用经费 "
            "57.66 and 项目支出 47.65 = 两癌救助 38.00 + 婚调中心 9.65, both consistent. The project money "
            "arranged (38.00 + 9.65) equals the 47.65 actually spent, but no rate is stated, so no budget fact. "
            "No goal section, no indicator table and no score are reached in the stored text: no goals, no "
            "indicators, no coverage finding (the report is cut before any indicator results), no findings."
        ),
    }


DOCS = [
    {"file": "gx-nanning-disabled-plan-indicators.docx", "build": build_nanning, "gold": nanning_gold,
     "url": "https://keke.chddh.cn/archives/9dz347o8nedprobw65ex.html"},
    {"file": "hn-yueyanglou-youth-dept-selfeval.xlsx", "build": build_yueyanglou, "gold": yueyanglou_gold,
     "url": "http://honglinkj.com/yylq/21487/21498/21516/42803/69145/69154/69257/69259/69264/content_2113442.html"},
    {"file": "hn-nanxian-women-project-eval.docx", "build": build_nanxian, "gold": nanxian_gold,
     "url": "https://gdntc.cn/14890/36191/36192/36202/content_1639943.html"},
    {"file": "hn-yueyangxian-women-dept-selfreport.docx", "build": build_yueyangxian, "gold": yueyangxian_gold,
     "url": "https://yyx.gov.cn/37584/38146/38341/content_2215562.html"},
]


def write_gold(source, url, g):
    out = {"source": source, "source_urls": [url]}
    out.update({k: g[k] for k in ["province", "doc_kind", "patterns", "indicators", "goals", "facts",
                                  "findings", "notes"]})
    with open(os.path.join(ANN, source + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    no_pdf = "--no-pdf" in sys.argv
    os.makedirs(ANN, exist_ok=True)
    for d in DOCS:
        path = os.path.join(HERE, d["file"])
        d["build"](path)
        g = d["gold"]()
        write_gold(d["file"], d["url"], g)
        pdf = os.path.splitext(d["file"])[0] + ".pdf"
        write_gold(pdf, d["url"], g)
        if not no_pdf:
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        print("wrote", d["file"])


if __name__ == "__main__":
    main()
