#!/usr/bin/env python
"""Blind part 91 of the real-layout corpus (code-blind annotation).

Each document reproduces the stored beginning of one public page (see SOURCES.md):
layout, merged cells, empty cells and defects as the page has them; facts (names,
numbers, units, document numbers, dates) as written; longer sentences (notice text,
goals, narrative) rewritten in our own words with the same numbers.  Every document
stops where the stored page stops.  The gold (DOCS[...]["gold"]) was written by hand
from the pages before anything ran on the files.

Usage: make_blind91_layouts.py [--no-pdf]
DOCX/XLSX are deterministic: core properties pinned to 2025-01-01, every zip entry
rewritten with a fixed date in sorted order.
"""
import copy
import datetime as dt
import json
import re
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, Cm
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0)
ZIP_DATE = (2025, 1, 1, 0, 0, 0)


# ----------------------------------------------------------------- helpers
def freeze_zip(path):
    """Rewrite a zip (docx/xlsx) with fixed timestamps and sorted entry order."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    # openpyxl stamps dcterms:modified with the wall clock on save: pin it
    items = [(n, re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                        rb"\g<1>2025-01-01T00:00:00Z\g<2>", d) if n == "docProps/core.xml" else d)
             for n, d in items]
    # [Content_Types].xml first, then the rest sorted
    items.sort(key=lambda kv: (kv[0] != "[Content_Types].xml", kv[0]))
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


def pin_docx_props(doc):
    cp = doc.core_properties
    cp.author = "blind91"
    cp.last_modified_by = "blind91"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1


def set_cjk_font(doc, name="宋体", size=11):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), name)


def para(doc, text, bold=False, center=False, size=None, right=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def cell_text(cell, text, bold=False, center=False):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(10)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def xl_put(ws, ref, value, bold=False, center=False, wrap=True, border=True):
    c = ws[ref]
    c.value = value
    c.font = Font(name="宋体", size=10, bold=bold)
    c.alignment = Alignment(horizontal="center" if center else "left",
                            vertical="center", wrap_text=wrap)
    if border:
        c.border = BOX
    return c


def xl_box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


# ------------------------------------------------------ 1. 龙岩 基础教育 (XLSX)
def build_longyan(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "通知"
    ws.column_dimensions["A"].width = 100
    lines = [
        ("龙财教〔2023〕24号", False),
        ("市属有关单位(学校):", False),
        ("依据《福建省财政厅福建省教育厅关于下达2023年基础教育质量提升专项资金的通知》"
         "(闽财教指〔2023〕32号)，现将2023年省级基础教育质量提升专项经费拨付你们(见附件1)，"
         "列“2050299其他普通教育支出”科目。请按《福建省基础教育质量提升专项资金管理办法》"
         "规范使用资金，依照专项资金使用规划加快项目实施和支出进度，并以专项转移支付绩效目标表"
         "(附件2)为依据开展绩效监控与评价。", False),
        ("附件:1.2023年省级基础教育质量提升专项资金安排表", False),
        ("2.基础教育质量提升专项资金绩效目标表", False),
        ("龙岩市财政局 龙岩市教育局", False),
        ("2023年7月7日", False),
    ]
    for i, (t, b) in enumerate(lines, start=1):
        xl_put(ws, f"A{i}", t, bold=b, border=False)
        ws.row_dimensions[i].height = 64 if len(t) > 60 else 18

    # 附件1 安排表
    a1 = wb.create_sheet("附件1")
    for col, w in zip("ABCDE", (26, 10, 22, 14, 14)):
        a1.column_dimensions[col].width = w
    xl_put(a1, "A1", "附件1", border=False)
    a1.merge_cells("A2:E2")
    xl_put(a1, "A2", "2023年省级基础教育质量提升专项资金安排表", bold=True, center=True, border=False)
    a1.merge_cells("A3:E3")
    c = xl_put(a1, "A3", "单位:万元", border=False)
    c.alignment = Alignment(horizontal="right")
    hdr = ["单 位 名 称", "合计", "国家级、省级\n示范区、实验区建设奖补", "基础教育\n教学成果奖", "民族教育补助"]
    for col, t in zip("ABCDE", hdr):
        xl_put(a1, f"{col}4", t, bold=True, center=True)
    a1.row_dimensions[4].height = 34
    rows = [
        ("龙岩市本级合计", 112, 50, 12, 50),
        ("龙岩市教育局", 50, 50, None, None),
        ("龙岩市教育科学研究院", 6, None, 6, None),
        ("龙岩市第一中学锦山学校", 3, None, 3, None),
        ("龙岩市松涛小学", 3, None, 3, None),
        ("龙岩一中", 50, None, None, 50),
    ]
    for r, vals in enumerate(rows, start=5):
        for col, v in zip("ABCDE", vals):
            xl_put(a1, f"{col}{r}", v, center=(col != "A"))

    # 附件2 绩效目标表
    a2 = wb.create_sheet("附件2")
    for col, w in zip("ABCDEF", (12, 14, 14, 22, 22, 14)):
        a2.column_dimensions[col].width = w
    xl_put(a2, "A1", "附件2", border=False)
    a2.merge_cells("A2:F2")
    xl_put(a2, "A2", "基础教育质量提升专项资金绩效目标表", bold=True, center=True, border=False)
    a2.merge_cells("A3:F3")
    xl_put(a2, "A3", "(2023年度)", center=True, border=False)
    a2.merge_cells("A4:B4"); a2.merge_cells("C4:F4")
    xl_put(a2, "A4", "项目名称", center=True)
    xl_put(a2, "C4", "基础教育质量提升")
    a2.merge_cells("A5:B5")
    xl_put(a2, "A5", "主管部门(单位)名称及\n部门预算编码", center=True)
    xl_put(a2, "C5", None)
    xl_put(a2, "D5", "补助\n区域", center=True)
    a2.merge_cells("E5:F5")
    xl_put(a2, "E5", "市本级")
    a2.row_dimensions[5].height = 30
    a2.merge_cells("A6:A8")
    xl_put(a2, "A6", "资金情况(万元)", center=True)
    xl_put(a2, "B6", "资金总额:")
    a2.merge_cells("C6:F6"); xl_put(a2, "C6", "112万元")
    xl_put(a2, "B7", "其中:财政资金")
    a2.merge_cells("C7:F7"); xl_put(a2, "C7", "112万元")
    xl_put(a2, "B8", "其他资金")
    a2.merge_cells("C8:F8"); xl_put(a2, "C8", None)
    a2.merge_cells("A9:B9"); a2.merge_cells("C9:F9")
    xl_put(a2, "A9", "总体目标", center=True)
    xl_put(a2, "C9", GOAL_LONGYAN)
    a2.row_dimensions[9].height = 48
    a2.merge_cells("A10:A12")
    xl_put(a2, "A10", "绩效目标", center=True)
    for col, t in zip("BCDEF", ("一级指标", "二级指标", "三级指标", "指标解释", "区域目标质")):
        xl_put(a2, f"{col}10", t, bold=True, center=True)
    a2.merge_cells("B11:B12"); a2.merge_cells("C11:C12")
    xl_put(a2, "B11", "产出指标", center=True)
    xl_put(a2, "C11", "数量指标", center=True)
    xl_put(a2, "D11", "支持民族中小学数量")
    xl_put(a2, "E11", "支持民族中小学数量")
    xl_put(a2, "F11", "1所", center=True)
    xl_put(a2, "D12", "支持国家基础")
    xl_put(a2, "E12", None); xl_put(a2, "F12", None)
    xl_box(a2, "A4:F12"); xl_box(a1, "A4:E10")
    for s in (ws, a1, a2):
        s.page_setup.orientation = "landscape"
        s.page_setup.fitToWidth = 1
        s.sheet_properties.pageSetUpPr.fitToPage = True
        s.page_setup.fitToHeight = 0
    wb.properties.creator = "blind91"
    wb.properties.lastModifiedBy = "blind91"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(path)


GOAL_LONGYAN = ("推动国家基础教育综合改革实验区与普通高中新课程新教材国家级示范区建设，"
                "深化教学改革，扶持内地班学校发展，提升基础教育质量。")


# --------------------------------------------- 2. 海南 种子总站 评价报告 (DOCX)
def build_hainan(path):
    doc = Document()
    set_cjk_font(doc)
    para(doc, "附件4-1")
    para(doc, "财政支出项目绩效评价报告", bold=True, center=True, size=18)
    para(doc, "")
    for t in ("评价类型:实施过程评价      完成结果评价",
              "项目名称:    2020年农业技术创新与推广项目  ",
              "项目单位:        海南省种子总站            ",
              "主管部门:        海南省农业农村厅          ",
              "评价时间:   2021年 5月15 日至 2021 年 5月25日",
              "组织方式:财政部门     主管部门     项目单位",
              "评价机构:中介机构     专家组   项目单位评价组"):
        para(doc, "     " + t)
    para(doc, "")
    para(doc, "评价单位(盖章):")
    para(doc, "上报时间:2021年5月25日")
    page_break(doc)
    para(doc, "4-2")
    para(doc, "项目绩效目标表", bold=True, center=True, size=14)
    para(doc, "项目名称:2020年农业技术创新与推广项目")
    page_break(doc)
    para(doc, "附件4-3")
    para(doc, "项目基本信息表", bold=True, center=True, size=14)
    page_break(doc)
    para(doc, "附件4-4")
    para(doc, "财政支出项目绩效评价报告", bold=True, center=True, size=16)
    para(doc, "为加强财政支出管理、提升资金使用效益，我站依据《海南省农业农村厅办公室关于开展2020年"
              "预算绩效管理工作的通知》求，认真组织开展了自评。现将《2020年农业技术创新与推广项目》"
              "的绩效评价情况报告如下:")
    para(doc, "一、项目概况", bold=True)
    para(doc, "(一)项目单位基本情况", bold=True)
    para(doc, "海南省种子总站为海南省农业农村厅所属正处级公益一类事业单位，承担的主要任务有:制定并组织"
              "实施种业推广服务计划，推动种子服务体系建设;开展农作物新品种试验、示范和推广;负责农作物"
              "种子质量监督检测及种子质量纠纷的田间现场鉴定;负责救灾备荒种子的储备和调度协调，并承办"
              "上级主管部门交办的其他事项。站内设综合科、品种管理科(省农作物种子质量监督检测中心)、种业")
    pin_docx_props(doc)
    doc.save(path)


# --------------------------------------- 3. 莆田 公共文化 下达通知 (DOCX)
GOAL_PUTIAN = ("为把全国智慧图书馆体系建设项目和公共文化云建设项目做实做好、用足补助资金效益，"
               "各相关设区市图书馆以其自有版权的地方特色文献、古籍、公开课、专题片等资源为对象，"
               "开展内容细颗粒度标引。由福建省艺术馆协助")


def build_putian(path):
    doc = Document()
    set_cjk_font(doc)
    para(doc, "为健全公共文化服务体系、提升公共文化服务水平，依据《福建省财政厅 福建省文化和旅游厅关于"
              "提前下达2022年中央支持地方公共文化服务体系建设补助资金的通知》(闽财教指〔2021〕134号)"
              "及《文化和旅游部公共服务司、财务司关于做好2022年全国智慧图书馆体系建设项目、公共文化云"
              "建设项目实施工作的通知》(公共函〔2021〕16号)的要求，现下达2022年中央支持地方公共文化服务"
              "体系建设补助资金 万元(详见附件)，列“2079999-其他文化旅游体育与传媒支出”科目。")
    para(doc, "请加强对专项资金的监管，抓好绩效跟踪管理，做到专款专用，切实提升财政资金使用效益。")
    para(doc, "附件: 1.2022年度中央支持地方公共文化服务体系建设补助资金分配表")
    para(doc, "2.公共数字文化建设专项转移支付绩效目标表")
    para(doc, "莆田市财政局 莆田市文化和旅游局", right=True)
    para(doc, "2022年1月26日", right=True)
    para(doc, "(此件主动公开)")
    page_break(doc)
    para(doc, "附件1")
    para(doc, "2022年度中央支持地方公共文化服务体系建设补助资金分配表", bold=True, center=True, size=13)
    para(doc, "单位:万元", right=True)
    t = doc.add_table(rows=3, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    rows = [("序号", "项目单位", "补助项目", "补助金额", "备注"),
            ("1", "莆田市图书馆", "全国智慧图书馆体系建设", "15",
             "莆田市图书馆知识资源细颗粒度建设和标签标引1万条"),
            ("", "合计", "", "15", "")]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v, bold=(i == 0), center=(j != 4))
    para(doc, "政府预算分类科目:50502商品和服务支出")
    page_break(doc)
    para(doc, "附件2")
    para(doc, "公共数字文化建设专项转移支付绩效目标表", bold=True, center=True, size=13)
    t2 = doc.add_table(rows=6, cols=3)
    t2.style = "Table Grid"
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    m = t2.cell(0, 1).merge(t2.cell(0, 2)); cell_text(t2.cell(0, 0), "项目名称", center=True)
    cell_text(m, "全国智慧图书馆体系建设、公共文化云建设")
    m = t2.cell(1, 1).merge(t2.cell(1, 2)); cell_text(t2.cell(1, 0), "主管部门(单位)名称及预算编码", center=True)
    cell_text(m, "福建省文化和旅游厅335301302")
    m = t2.cell(2, 0).merge(t2.cell(4, 0)); cell_text(m, "资金情况", center=True)
    cell_text(t2.cell(2, 1), "年度金额:"); cell_text(t2.cell(2, 2), "15", center=True)
    cell_text(t2.cell(3, 1), "其中:中央补助"); cell_text(t2.cell(3, 2), "15", center=True)
    cell_text(t2.cell(4, 1), "地方资金"); cell_text(t2.cell(4, 2), "")
    m = t2.cell(5, 1).merge(t2.cell(5, 2)); cell_text(t2.cell(5, 0), "总体目标", center=True)
    cell_text(m, GOAL_PUTIAN)
    pin_docx_props(doc)
    doc.save(path)


# ----------------------------------------------------------------- the gold
def ind(l1, l2, name, op, val, unit, tt, actual=None, weight=None, score=None):
    return {"level1": l1, "level2": l2, "name": name, "operator": op, "value": val,
            "unit": unit, "target_text": tt, "actual": actual, "weight": weight, "score": score}


DOCS = [
    {
        "file": "fj-longyan-basic-edu-targets.xlsx",
        "build": build_longyan,
        "gold": {
            "source_urls": ["http://www.longyan.gov.cn/fw/ztfw/jy/zcwj/202310/t20231019_2065096.htm"],
            "province": "福建",
            "doc_kind": "下达通知 + 资金安排表 + 专项转移支付绩效目标表 (cut in the 产出 rows)",
            "patterns": [1, 5, 6],
            "indicators": [
                ind("产出指标", "数量指标", "支持民族中小学数量", None, 1, "所", "1所"),
                ind("产出指标", "数量指标", "支持国家基础", None, None, None, ""),
            ],
            "goals": [{"kind": "总体目标", "text": GOAL_LONGYAN}],
            "facts": [
                {"metric": "龙岩市本级合计", "kind": "sum", "total": 112, "parts": [50, 12, 50], "unit": "万元"},
                {"metric": "龙岩市本级合计(按单位)", "kind": "sum", "total": 112, "parts": [50, 6, 3, 3, 50], "unit": "万元"},
                {"metric": "基础教育教学成果奖", "kind": "sum", "total": 12, "parts": [6, 3, 3], "unit": "万元"},
                {"metric": "资金总额", "kind": "sum", "total": 112, "parts": [112], "unit": "万元"},
            ],
            "findings": [
                {"rule": "goal.unquantified", "item": GOAL_LONGYAN,
                 "why": "the 总体目标 cell names reforms to push and quality to raise but gives no number, count or "
                        "measurable end state (the 112万元 and the single supported school appear only in the tables)"},
                {"rule": "target.missing_value", "item": "支持国家基础",
                 "why": "as the document stands the second 数量指标 row has only a (truncated) name, no 指标解释 and no "
                        "区域目标值; the stored page stops inside this name"},
                {"rule": "coverage.missing_dimension", "item": "效益指标",
                 "why": "judged as it stands: the indicator block has 产出指标 rows only; the page is cut before any "
                        "效益 row"},
                {"rule": "coverage.missing_dimension", "item": "满意度指标",
                 "why": "judged as it stands: no 满意度 row in the indicator block (page cut inside 产出指标)"},
            ],
            "notes": (
                "龙岩市财政局/龙岩市教育局 notice 龙财教〔2023〕24号 of 2023-07-07 passing on the 2023 省级基础教育质量提升 "
                "专项经费 (闽财教指〔2023〕32号). Reproduced as one workbook: sheet 通知 (notice text, reworded), 附件1 "
                "(安排表) and 附件2 (绩效目标表). The stored page stops inside the second 产出/数量指标 row, after the "
                "words '支持国家基础'; the document stops there (the row keeps the truncated name and empty cells). "
                "Kept as found: the header '区域目标质' (typo for 区域目标值), the empty 主管部门(单位)名称及部门预算编码 "
                "cell, 补助区域 '市本级', the empty 其他资金 cell, 指标解释 that repeats the indicator name, value and "
                "unit in one cell ('1所', no operator -> operator null). Judgement call: the page flattens 附件1 so that "
                "the amounts of the unit rows lose their columns; they were placed by meaning (教育局 50 -> 示范区/实验区, "
                "教科院 6 + 锦山 3 + 松涛 3 -> 教学成果奖 = 12, 龙岩一中 50 -> 民族教育补助), which makes both the column "
                "total 112 = 50 + 12 + 50 and the row total 112 = 50 + 6 + 3 + 3 + 50 hold, so no consistency finding. "
                "The truncated row is kept as an indicator with no value and flagged missing_value as it stands; the "
                "missing 效益/满意度 dimensions are flagged as it stands (the convention of earlier blind parts for "
                "tables cut inside their indicator rows)."),
        },
    },
    {
        "file": "hi-seed-station-tech-eval.docx",
        "build": build_hainan,
        "gold": {
            "source_urls": ["http://agri.hainan.gov.cn/hnsnyt/xxgk/czgk/yjsgk/202105/t20210531_2986401.html"],
            "province": "海南",
            "doc_kind": "评价报告 (海南 财政支出项目绩效评价报告 template: cover, empty 项目绩效目标表 and 项目基本信息表, "
                        "report cut in 项目概况)",
            "patterns": [8],
            "indicators": [],
            "goals": [],
            "facts": [],
            "findings": [
                {"rule": "coverage.missing_dimension", "item": "产出指标",
                 "why": "the 项目绩效目标表 (4-2) is complete in the document (the page goes on to 4-3 and 4-4) but holds "
                        "only its title and the project name: no indicator row of any dimension"},
                {"rule": "coverage.missing_dimension", "item": "效益指标",
                 "why": "same empty 项目绩效目标表: no 效益/成效 row either"},
            ],
            "notes": (
                "海南省种子总站 self-run 财政支出项目绩效评价报告 on the 2020年农业技术创新与推广项目 (主管部门 海南省农业农村厅), "
                "published 2021-05-31 under 预决算公开; the Hainan template (附件4-1 cover, 4-2 项目绩效目标表, 4-3 项目基本信息表, "
                "4-4 report). On the stored page the two tables are empty (title and 项目名称 line only, probably images on "
                "the original), and the report text stops in 一、(一)项目单位基本情况 in the middle of the list of sections "
                "('…品种管理科(省农作物种子质量监督检测中心)、种业'); the document stops there. Kept as found: both options "
                "of 评价类型/组织方式/评价机构 listed without a mark, the blank 评价单位(盖章), '4-2' without '附件', and the "
                "slip '通知》求' (a missing 要). No number of the project (budget, score, grade) is reached, so no facts and no "
                "goals. Judgement call: the empty target table is flagged as missing 产出 and 效益 dimensions because the "
                "section is not cut by the page; a reader could also see it as an export loss. This is one of the two "
                "prose documents of the part."),
        },
    },
    {
        "file": "fj-putian-public-culture-alloc.docx",
        "build": build_putian,
        "gold": {
            "source_urls": ["https://www.putian.gov.cn/zwgk/zdlyxxgk/shgysyjsly/ggwhtyly/ggwhtyxmjsgl/202202/t20220207_1703836.htm"],
            "province": "福建",
            "doc_kind": "下达通知 + 分配表 + 专项转移支付绩效目标表 (cut in the 总体目标 cell)",
            "patterns": [8, 10],
            "indicators": [],
            "goals": [{"kind": "总体目标", "text": GOAL_PUTIAN}],
            "facts": [
                {"metric": "补助金额合计", "kind": "sum", "total": 15, "parts": [15], "unit": "万元"},
                {"metric": "年度金额", "kind": "sum", "total": 15, "parts": [15], "unit": "万元"},
            ],
            "findings": [
                {"rule": "goal.unquantified", "item": GOAL_PUTIAN,
                 "why": "as far as it goes the 总体目标 describes what the libraries should tag but gives no quantity or "
                        "deadline; the '1万条' appears only in the 备注 of 附件1"},
            ],
            "notes": (
                "莆田市财政局/莆田市文化和旅游局 notice of 2022-01-26 passing on 2022 中央支持地方公共文化服务体系建设补助资金 "
                "(闽财教指〔2021〕134号, 公共函〔2021〕16号). The stored page starts with the first sentence of the notice (no "
                "title, no addressee) and stops inside the 总体目标 cell of 附件2 at '由福建省艺术馆协助'; the document has the "
                "same start and end. Kept as found: the amount left blank in the notice ('补助资金 万元', 15 in both tables), "
                "the 合计 row with empty 序号, the line '政府预算分类科目:50502商品和服务支出' under the table, the 预算编码 "
                "written straight after the department name ('福建省文化和旅游厅335301302'), the empty 地方资金 cell. "
                "The notice's blank amount has no rule id of its own (no stated total to compare), so it is only noted. "
                "Sums are trivially consistent (15 = 15). The page is cut before the indicator rows, so no indicators and "
                "no coverage finding; the truncated goal is judged as it stands (goal.unquantified)."),
        },
    },
]


def export_pdf(src, outdir):
    prof = tempfile.mkdtemp(prefix="lo_blind91_")
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", outdir, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


def main():
    no_pdf = "--no-pdf" in sys.argv
    os.makedirs(ANN, exist_ok=True)
    for d in DOCS:
        path = os.path.join(HERE, d["file"])
        d["build"](path)
        freeze_zip(path)
        gold = {"source": d["file"]}
        gold.update(copy.deepcopy(d["gold"]))
        with open(os.path.join(ANN, d["file"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        pdf = os.path.splitext(d["file"])[0] + ".pdf"
        if not no_pdf:
            export_pdf(path, HERE)
        gold_pdf = dict(gold)
        gold_pdf["source"] = pdf
        with open(os.path.join(ANN, pdf + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold_pdf, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("wrote", d["file"], "and", pdf)


if __name__ == "__main__":
    main()
