#!/usr/bin/env python3
"""Blind part 37 of the real-layout corpus: documents and hand-written gold.

Each entry of DOCS reproduces one stored public page (address in ``urls``):
layout, merges, column order, values and defects as the page has them; longer
sentences (goals, narrative) are re-worded with the same numbers.  The gold of
each document is written by hand in the same entry and saved for the XLSX/DOCX
and for its LibreOffice PDF.

    python make_blind37_layouts.py            # documents, PDFs, gold
    python make_blind37_layouts.py --no-pdf   # skip the LibreOffice export

Document timestamps and zip entry dates are fixed, so the XLSX/DOCX bytes do
not change between runs.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0)
ZIP_DATE = (2025, 1, 1, 0, 0, 0)
FONT = "宋体"

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


# ---------------------------------------------------------------- helpers
def normalize_zip(path: Path) -> None:
    """Rewrite a zip container with fixed entry dates (deterministic bytes)."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    fixed_items = []
    for name, data in items:
        if name == "docProps/core.xml":   # openpyxl stamps 'modified' at save time
            data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                          rb"\g<1>" + stamp + rb"\g<2>", data)
        fixed_items.append((name, data))
    items = fixed_items
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    tmp.replace(path)


class Sheet:
    """Small writer over an openpyxl worksheet: cells, merges, boxes."""

    def __init__(self, ws, widths):
        self.ws = ws
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = w

    def put(self, row, col, value, *, to_col=None, to_row=None, bold=False,
            center=False, size=10, box=True):
        r2 = to_row or row
        c2 = to_col or col
        cell = self.ws.cell(row=row, column=col, value=value)
        cell.font = Font(name=FONT, size=size, bold=bold)
        cell.alignment = Alignment(wrap_text=True, vertical="center",
                                   horizontal="center" if center else "left")
        if box:
            for r in range(row, r2 + 1):
                for c in range(col, c2 + 1):
                    self.ws.cell(row=r, column=c).border = BOX
        if r2 != row or c2 != col:
            self.ws.merge_cells(start_row=row, start_column=col,
                                end_row=r2, end_column=c2)
        return cell

    def height(self, row, h):
        self.ws.row_dimensions[row].height = h


def new_workbook(title: str):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    wb.properties.creator = "blind37"
    wb.properties.lastModifiedBy = "blind37"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    return wb, ws


def save_workbook(wb, path: Path) -> None:
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(path)
    normalize_zip(path)


def new_document(landscape=False):
    d = docx.Document()
    cp = d.core_properties
    cp.author = "blind37"
    cp.last_modified_by = "blind37"
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
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    return d


def para(d, text, *, bold=False, center=False, size=None, indent=False):
    p = d.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent:
        p.paragraph_format.first_line_indent = Pt(21)
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    run.font.name = FONT
    run._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    return p


def cell_text(cell, text, *, bold=False, center=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    run.font.name = FONT
    run._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)


def grid_table(d, rows, cols, widths_cm):
    t = d.add_table(rows=rows, cols=cols)
    t.style = "Table Grid"
    t.autofit = False
    for row in t.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    return t


def merged(t, r1, c1, r2, c2, text, **kw):
    a = t.cell(r1, c1)
    if (r1, c1) != (r2, c2):
        a = a.merge(t.cell(r2, c2))
    cell_text(a, text, **kw)
    return a


def save_document(d, path: Path) -> None:
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    d.save(path)
    normalize_zip(path)


def ind(level1, level2, name, operator, value, unit, target_text,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name,
            "operator": operator, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


def finding(rule, item, why):
    return {"rule": rule, "item": item, "why": why}


# ------------------------------------------------ 1. 临沧 临翔区 自评表 (XLSX)
def build_linxiang(path: Path) -> None:
    wb, ws = new_workbook("自评表")
    s = Sheet(ws, [7, 14, 15, 24, 14, 14, 8, 8, 22])
    s.put(1, 1, "项目支出绩效自评表", to_col=9, bold=True, center=True, size=14, box=False)
    s.put(2, 1, "( 2023年度)", to_col=9, center=True, box=False)
    s.put(3, 1, "项目名称", to_col=2, center=True)
    s.put(3, 3, "2023年马鹿坑国有林场新建野生动物收容所建设项目", to_col=9)
    s.put(4, 1, "主管部门", to_col=2, center=True)
    s.put(4, 3, "临沧市临翔区林业和草原局", to_col=5)
    s.put(4, 6, "实施单位", center=True)
    s.put(4, 7, "临沧市临翔区林业和草原局", to_col=9)
    # money block: label merged down three rows, one blank sub-header cell
    s.put(5, 1, "项目资金\n(万元)", to_row=7, center=True)
    s.put(5, 2, "")
    for col, head in zip(range(3, 8), ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率"]):
        s.put(5, col, head, center=True)
    s.put(5, 8, "得分", to_col=9, center=True)
    for r, label in ((6, "年度资金总额"), (7, "其中：当年财政拨款")):
        s.put(r, 2, label)
        s.put(r, 3, None)                 # 年初预算数 left empty on the page
        s.put(r, 4, 32.4, center=True)
        s.put(r, 5, 31.69, center=True)
        s.put(r, 6, 10, center=True)
        s.put(r, 7, "97.80%", center=True)
        s.put(r, 8, 9, to_col=9, center=True)
    s.put(8, 1, "年度\n总体\n目标", to_row=9, center=True)
    s.put(8, 2, "预期目标", to_col=5, center=True)
    s.put(8, 6, "实际完成情况", to_col=9, center=True)
    s.put(9, 2, "为补齐欠发达国有林场配套基础设施短板，保护管理好马鹿坑国有林场的野生动物资源、"
                "及时救助受伤野生动物，新建临时野生动物收容所1间200平方米、钢结构圈养围栏120米，"
                "建成后可同时收容近百头（只）野生动物。", to_col=5)
    s.put(9, 6, "已建成马鹿坑国有林场临时野生动物收容所1间200平方米和钢结构圈养围栏120米，"
                "可同时收容近百头（只）野生动物。", to_col=9)
    s.height(9, 75)
    s.put(10, 1, "绩效指标", to_row=18, center=True)
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
             "偏差原因分析及改进措施"]
    for col, head in enumerate(heads, start=2):
        s.put(10, col, head, center=True, bold=True)
    rows = [
        ("数量指标", "野生动物收容所", "≥200平方米", "204.46平方米", 10, 10, "无"),
        ("数量指标", "钢结构圈养围栏", "≥120米", "121.5米", 10, 10, "无"),
        ("时效指标", "项目完工时限", "2023年12月", "2023年10月", 15, 15, "无"),
        ("质量指标", "项目竣工验收率", "100%", "100%", 15, 15, "无"),
        ("经济效益指标", "务工人员年人均增收", "≥8400元", "8400元", 10, 10, "无"),
        ("社会效益指标", "提供务工岗位", "≥5个", "5个", 10, 10, "无"),
        ("可持续影响指标", "项目建成后可持续影响年限", "≥15年", "15年", 10, 10, "无"),
    ]
    s.put(11, 2, "产出指标", to_row=14, center=True)
    s.put(15, 2, "效益指标", to_row=17, center=True)
    for i, (l2, name, tv, av, w, sc, why) in enumerate(rows):
        r = 11 + i
        s.put(r, 3, l2)
        s.put(r, 4, name)
        s.put(r, 5, tv, center=True)
        s.put(r, 6, av, center=True)
        s.put(r, 7, w, center=True)
        s.put(r, 8, sc, center=True)
        s.put(r, 9, why, center=True)
    # the stored page stops after the name of the 满意度 row
    s.put(18, 2, "满意度指标", center=True)
    s.put(18, 3, "服务对象满意度指标")
    s.put(18, 4, "受益农户满意度")
    for col in range(5, 10):
        s.put(18, col, None)
    save_workbook(wb, path)


# --------------------------------------------- 2. 临海市 绿化养护经费 (DOCX)
def build_linhai(path: Path) -> None:
    d = new_document()
    t = grid_table(d, 19, 5, [2.9, 2.6, 3.7, 2.2, 5.6])
    merged(t, 0, 0, 0, 0, "项目名称：")
    merged(t, 0, 1, 0, 2, "绿化养护经费")
    merged(t, 0, 3, 0, 3, "项目编号：")
    merged(t, 0, 4, 0, 4, "")
    merged(t, 1, 0, 1, 0, "项目联系人：")
    merged(t, 1, 1, 1, 2, "汤义青")
    merged(t, 1, 3, 1, 3, "联系电话：")
    merged(t, 1, 4, 1, 4, "13867656030")
    merged(t, 2, 0, 2, 0, "对应一级项目")
    merged(t, 2, 1, 2, 2, "城市基础设施配套费")
    merged(t, 2, 3, 2, 3, "项目功能科目")
    merged(t, 2, 4, 2, 4, "其他城市基础设施配套费安排的支出")
    merged(t, 3, 0, 3, 0, "项目类型：")
    merged(t, 3, 1, 3, 4, "其他运转类：□专项运转类□信息化维护类  特定目标类：□重大活动类 □基建类 "
                          "□信息网络购建类 □发展建设类")
    merged(t, 4, 0, 4, 0, "项目属性：")
    merged(t, 4, 1, 4, 2, "新增□  延续□  往年备选□")
    merged(t, 4, 3, 4, 3, "重要程度：")
    merged(t, 4, 4, 4, 4, "重要工作□  一般工作□")
    merged(t, 5, 0, 5, 0, "项目口径：")
    merged(t, 5, 1, 5, 2, "经常性□  阶段性□  一次性□")
    merged(t, 5, 3, 5, 3, "项目期限：")
    merged(t, 5, 4, 5, 4, "全年")
    merged(t, 6, 0, 8, 0, "项目主要内容、立项依据", center=True)
    merged(t, 6, 1, 6, 1, "立项依据")
    merged(t, 6, 2, 6, 4, "根据历年支出情况及养护外包投标情况")
    merged(t, 7, 1, 7, 1, "主要内容")
    merged(t, 7, 2, 7, 4, "市区绿化分成六个标段承包，绿地性质有道路、广场、公园、河道等")
    merged(t, 8, 1, 8, 1, "项目实施计划")
    merged(t, 8, 2, 8, 4, "绿化养护及配套设施设立、维修等")
    merged(t, 9, 0, 17, 0, "项目绩效目标", center=True)
    merged(t, 9, 1, 9, 1, "绩效目标\n总体描述")
    merged(t, 9, 2, 9, 4, "做好全市建成区的绿化养护，改善城市生态环境、提升城市品位和群众满意度，"
                          "保证绿化养护稳定运行，推动园林绿化事业发展。")
    for col, head in enumerate(["指标类型", "指标名称", "指标值", "指标描述"], start=1):
        merged(t, 10, col, 10, col, head, bold=True, center=True)
    merged(t, 11, 1, 13, 1, "产出指标", center=True)
    merged(t, 14, 1, 16, 1, "效益指标", center=True)
    merged(t, 17, 1, 17, 1, "满意度指标", center=True)
    rows = [
        ("数量指标", "375万平方米", "完成全市375万平方米的绿地养护、维护等"),
        ("质量指标", "100%", "达到绿化绿地全覆盖"),
        ("时效指标", "全年", "全年"),
        ("社会效益指标", "是", "满足市民生存环境的需求"),
        ("生态效益指标", "是", "改善城市生态环境，保持生态平衡、保护自然环境"),
        ("可持续性发展影响指标", "是", "保障绿化养护的稳定正常运行，促进城市园林绿化事业的发展，形成绿化系统"),
        ("服务对象或受益者满意度指标", "≥95%", "服务对象对于绿化的养护及配套设施的维护满意率应该在95%以上"),
    ]
    for i, (name, val, desc) in enumerate(rows):
        r = 11 + i
        merged(t, r, 2, r, 2, name)
        merged(t, r, 3, r, 3, val, center=True)
        merged(t, r, 4, r, 4, desc)
    merged(t, 18, 0, 18, 0, "最近年度绩效评价情况")
    merged(t, 18, 1, 18, 2, "优秀□ 良好□ 合格□ 不合格□未评价□")
    # the stored page stops inside this instruction
    merged(t, 18, 3, 18, 4, "附上一年度评价报告列示的主要问题（项目库里直接录")
    save_document(d, path)


# ------------------------------------- 3. 大英县 铁路沿线整治 自评表尾页 (XLSX)
def build_daying(path: Path) -> None:
    wb, ws = new_workbook("自评表")
    s = Sheet(ws, [8, 10, 14, 30, 8, 10, 8, 8, 7, 7, 16])
    # the page starts inside the indicator block: no header row, the 绩效指标
    # label and the first rows' 一级/二级 cells are on the page before
    s.put(1, 1, None, to_row=8)
    rows = [
        (None, None, "安全警示标志设置及时率", "=", 100, "%", 100, 5),
        (None, "成本指标", "安全隐患排查成本预算", "=", 6, "万元", 6, 5),
        (None, None, "警示标志设置成本预算", "=", 5, "万元", 5, 5),
        (None, None, "清理垃圾成本预算", "=", 4, "万元", 4, 5),
        ("效益指标", "社会效益指标", "环境治理亮化美化率", "≥", 90, "%", 93, 10),
        (None, None, "安全隐患排查有效处置率", "≥", 90, "%", 91, 10),
        (None, "可持续影响指标", "铁路沿线环境及安全整治管理机制健全性", "定性", "优良中低差", None, "优", 10),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥", 95, "%", 96, 10),
    ]
    s.put(1, 2, None, to_row=4)          # 一级 cell continued from the page before
    s.put(1, 3, None)                    # 二级 cell continued from the page before
    s.put(2, 3, "成本指标", to_row=4)
    s.put(5, 2, "效益指标", to_row=7, center=True)
    s.put(5, 3, "社会效益指标", to_row=6)
    s.put(7, 3, "可持续影响指标")
    s.put(8, 2, "满意度指标", center=True)
    s.put(8, 3, "服务对象满意度指标")
    for i, (_, _, name, op, val, unit, act, w) in enumerate(rows):
        r = 1 + i
        s.put(r, 4, name)
        s.put(r, 5, op, center=True)
        s.put(r, 6, val, center=True)
        s.put(r, 7, unit, center=True)
        s.put(r, 8, act, center=True)
        s.put(r, 9, w, center=True)
        s.put(r, 10, None)
        s.put(r, 11, None)
    s.put(9, 1, "合计", to_col=8, center=True)
    s.put(9, 9, 100, center=True)
    s.put(9, 10, None, to_col=11)
    s.put(10, 1, "评价结论", center=True)
    s.put(10, 2, "预算编制质量较高，完成预算目标，总体评价良好。", to_col=11)
    s.put(11, 1, "存在问题", center=True)
    s.put(11, 2, None, to_col=11)
    s.put(12, 1, "改进措施", center=True)
    s.put(12, 2, None, to_col=11)
    s.put(13, 1, "项目负责人：", to_col=5, box=False)
    s.put(13, 6, "财务负责人：", to_col=11, box=False)
    save_workbook(wb, path)


# ------------------------------------ 4. 同心县 设施农业技术培训 目标设定 (DOCX)
def build_tongxin(path: Path) -> None:
    d = new_document()
    para(d, "同心县2025年设施农业技术培训项目绩效目标设定", bold=True, center=True, size=15)
    para(d, "县人民政府：")
    para(d, "依据《中共同心县委农村工作领导小组关于印发<同心县2025年巩固拓展脱贫攻坚成果同乡村振兴"
            "有效衔接项目实施方案>的通知》（同党农发〔2025〕2号）和自治区财政厅《关于下达2025年新增"
            "政府债劵资金指标的通知（第一批）》（宁财（债）指标〔2025〕113号），我县2025年设施农业技术"
            "培训安排资金30万元。项目面向县内已有一定规模、从事设施蔬菜种植的300人（户）种植户，采取"
            "线上与线下相结合的方式开展培训，培训标准每人1000元，培训期3天。项目的总体绩效目标是："
            "提升种植人员的蔬菜科学种植技术和管理水平、开阔眼界，带动村集体和种植户增收。"
            "具体绩效目标设定如下：", indent=True)
    lines = [
        ("一、产出指标", True),
        ("（一）数量指标", False),
        ("设施温棚种植人员（县内培训）≧300人；", False),
        ("（二）质量指标", False),
        ("参训人员结业率≥100%；", False),
        ("（三）时效指标", False),
        ("完成时限，2025年10月底前；", False),
        ("（四）成本指标", False),
        ("设施农业种植人员（县内培训）≦1000元/人；", False),
        ("二、效益指标", True),
        ("（一）经济效益指标", False),
        ("带动村集体及种植户增收致富，增加；", False),
        ("（二）社会效益指标", False),
        ("学员素质素养和种植技术水平，提高；", False),
        ("（三）生态效益指标", False),
        ("培训人员绿色种植意识，提高。", False),
        ("（四）可持续影响指标", False),
        ("农民综合素质，持续提高。", False),
        ("三、满意度指标", True),
        ("参训学员满意度≥95%。", False),
    ]
    for text, bold in lines:
        para(d, text, bold=bold, indent=True)
    para(d, "附件：同心县2025年设施农业技术培训项目绩效目标表", indent=True)
    p = para(d, "同心县农业农村局")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = para(d, "2025年4月26日")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    save_document(d, path)


# ----------------------------------------- 5. 腾冲市 林业技术推广站 自评报告 (DOCX)
def build_tengchong(path: Path) -> None:
    d = new_document()
    para(d, "腾冲市林业局林业技术推广站2019年度绩效自评报告", bold=True, center=True, size=15)
    para(d, "（林业技术试验示范推广项目）", center=True)
    para(d, "一、项目基本情况", bold=True)
    para(d, "本项目的主要工作有三项：对宝峰山省级腾冲红花油茶科技推广实验示范基地200亩进行抚育管护、"
            "巩固提升；完成培训50人；调查初果核桃出现的露仁现象。", indent=True)
    para(d, "二、项目绩效自评工作开展情况", bold=True)
    para(d, "收到自评通知后，站领导召集相关人员开会部署，组织学习文件和项目支出绩效目标样表，"
            "参照上年做法指定专人负责，保证自评按时按质完成。", indent=True)
    para(d, "三、项目绩效实现情况", bold=True)
    para(d, "（一）项目资金情况", bold=True)
    para(d, "1.项目资金到位情况。", indent=True)
    para(d, "项目资金实际到位5万元。", indent=True)
    para(d, "2.项目资金执行情况。", indent=True)
    para(d, "年初财政下达资金5万元，截至2019年12月31日实际支出5万元，执行率为100%。", indent=True)
    para(d, "3.项目资金管理情况。", indent=True)
    para(d, "项目计划投资5万元，实际投资5万元。实施中按财务计划和开支范围、标准使用资金，"
            "区分资金渠道、定期公开账务，做到手续齐全、账目清楚，会计凭证、账簿和报表妥善保管。",
         indent=True)
    para(d, "（二）项目绩效指标完成情况", bold=True)
    para(d, "宝峰山省级腾冲红花油茶科技推广实验示范基地200亩得到巩固；结合文化、卫生、科技“三下乡”"
            "和全国科普日活动，在猴桥镇、明光镇、滇滩镇举办林业技术培训4期，共培训280人次；制定新植"
            "核桃品质调查方案，技术员到5个乡镇设置样地5个、样株30株，每株取10个青果检测分析相关性状。"
            "项目发挥了技术示范推广作用。", indent=True)
    # the stored page stops at this heading
    para(d, "1.产出指标", indent=True)
    save_document(d, path)


# ------------------------------------------------------------------- DOCS
DOCS = [
    {
        "base": "yn-linxiang-wildlife-selfeval",
        "ext": "xlsx",
        "build": build_linxiang,
        "gold": {
            "source_urls": ["https://www.ynlx.gov.cn/info/2431/148733.htm"],
            "province": "云南",
            "doc_kind": "自评表",
            "patterns": [1, 2, 5, 6, 10],
            "indicators": [
                ind("产出指标", "数量指标", "野生动物收容所", ">=", 200, "平方米", "≥200平方米", 204.46, 10, 10),
                ind("产出指标", "数量指标", "钢结构圈养围栏", ">=", 120, "米", "≥120米", 121.5, 10, 10),
                ind("产出指标", "时效指标", "项目完工时限", None, None, None, "2023年12月", None, 15, 15),
                ind("产出指标", "质量指标", "项目竣工验收率", None, 100, "%", "100%", 100, 15, 15),
                ind("效益指标", "经济效益指标", "务工人员年人均增收", ">=", 8400, "元", "≥8400元", 8400, 10, 10),
                ind("效益指标", "社会效益指标", "提供务工岗位", ">=", 5, "个", "≥5个", 5, 10, 10),
                ind("效益指标", "可持续影响指标", "项目建成后可持续影响年限", ">=", 15, "年", "≥15年", 15, 10, 10),
                ind("满意度指标", "服务对象满意度指标", "受益农户满意度", None, None, None, None, None, None, None),
            ],
            "goals": [
                {"kind": "年度目标",
                 "text": "为补齐欠发达国有林场配套基础设施短板，保护管理好马鹿坑国有林场的野生动物资源、"
                         "及时救助受伤野生动物，新建临时野生动物收容所1间200平方米、钢结构圈养围栏120米，"
                         "建成后可同时收容近百头（只）野生动物。"},
            ],
            "facts": [
                {"metric": "年度资金总额", "kind": "budget", "planned": 32.4, "actual": 31.69,
                 "stated_rate": 97.8, "unit": "万元"},
                {"metric": "其中：当年财政拨款", "kind": "budget", "planned": 32.4, "actual": 31.69,
                 "stated_rate": 97.8, "unit": "万元"},
            ],
            "findings": [
                finding("target.missing_value", "受益农户满意度",
                        "the stored page stops after the name of the 满意度 row: no target, actual or points"),
                finding("consistency.rate", "年度资金总额",
                        "31.69/32.4 = 97.81%, the form states 97.80% (two decimals written; looks truncated)"),
                finding("consistency.rate", "其中：当年财政拨款",
                        "same row values and the same 97.80% against 97.81% recomputed"),
            ],
            "notes": "临翔区 (临沧, 云南) 林业和草原局 2023 项目支出绩效自评表 for the 马鹿坑国有林场 wildlife "
                     "shelter (32.4万元 budget, 31.69万元 spent). The page heading and its 来源/时间 line are not part "
                     "of the form and are left out. 年初预算数 is empty on the page; the 当年财政拨款 row repeats 分值 10 "
                     "and 得分 9 (kept). The stored page stops after the name '受益农户满意度' of the 满意度 row, so "
                     "the file ends there and that row has no value (missing_value; coverage is not flagged because "
                     "the 满意度 row exists). Defects kept: 数量指标 written in two separate cells instead of a merge, "
                     "时效 row before 质量 row. Judgement calls: 97.80% vs 97.808% is flagged as consistency.rate at "
                     "the two decimals written (it may be truncation); 得分 9 for a 97.8% rate on 10 points is a local "
                     "scoring choice, not flagged; 项目竣工验收率 100% without operator gets operator null; the goal "
                     "carries numbers (200平方米, 120米), so no goal finding. No total score is visible.",
        },
    },
    {
        "base": "zj-linhai-greening-targets",
        "ext": "docx",
        "build": build_linhai,
        "gold": {
            "source_urls": ["https://www.linhai.gov.cn/art/2024/6/7/art_1229304929_3933549.html"],
            "province": "浙江",
            "doc_kind": "申报表",
            "patterns": [1, 4, 5, 8, 10],
            "indicators": [
                ind("产出指标", "数量指标", None, None, 375, "万平方米", "375万平方米"),
                ind("产出指标", "质量指标", None, None, 100, "%", "100%"),
                ind("产出指标", "时效指标", None, None, None, None, "全年"),
                ind("效益指标", "社会效益指标", None, None, None, None, "是"),
                ind("效益指标", "生态效益指标", None, None, None, None, "是"),
                ind("效益指标", "可持续影响指标", None, None, None, None, "是"),
                ind("满意度指标", "服务对象满意度指标", None, ">=", 95, "%", "≥95%"),
            ],
            "goals": [
                {"kind": "总体目标",
                 "text": "做好全市建成区的绿化养护，改善城市生态环境、提升城市品位和群众满意度，"
                         "保证绿化养护稳定运行，推动园林绿化事业发展。"},
            ],
            "facts": [],
            "findings": [
                finding("target.missing_name", "数量指标",
                        "the 指标名称 cell holds only the category 数量指标; what is counted is left to the 指标描述"),
                finding("target.missing_name", "质量指标", "指标名称 is the category 质量指标: the 100% has no named measure"),
                finding("target.missing_name", "时效指标", "指标名称 is the category 时效指标, no indicator name"),
                finding("target.missing_name", "社会效益指标", "指标名称 is the category 社会效益指标, no indicator name"),
                finding("target.missing_name", "生态效益指标", "指标名称 is the category 生态效益指标, no indicator name"),
                finding("target.missing_name", "可持续性发展影响指标",
                        "指标名称 is the category 可持续性发展影响指标, no indicator name"),
                finding("target.missing_name", "服务对象或受益者满意度指标",
                        "指标名称 is the category; the respondent group and survey are only in the description"),
                finding("target.time_no_deadline", "时效指标",
                        "时效 value and description are both 全年: no completion date or rate, and the form states no year"),
                finding("target.qualitative_no_scale", "社会效益指标", "value 是 (yes) with no measure or grading"),
                finding("target.qualitative_no_scale", "生态效益指标", "value 是 with no measure or grading"),
                finding("target.qualitative_no_scale", "可持续性发展影响指标", "value 是 with no measure or grading"),
                finding("goal.unquantified", "做好全市建成区的绿化养护",
                        "the 总体描述 names effects (改善, 提升, 保证, 推动) with no number, area or deadline"),
            ],
            "notes": "临海市 (台州, 浙江) project-library form for 绿化养护经费 (城市基础设施配套费). The stored page "
                     "begins with the form table (no title or year) and stops inside the instruction of the "
                     "最近年度绩效评价情况 row ('…项目库里直接录'); the file stops there too. No amount is visible. "
                     "Labels are shifted one level: 指标类型 holds the 一级 and 指标名称 holds the 二级 category, so "
                     "no row has a 三级 name (gold names null, level2 from the 指标名称 cell; "
                     "可持续性发展影响指标 → 可持续影响指标, 服务对象或受益者满意度指标 → 服务对象满意度指标). "
                     "All checkboxes (□) are unticked on the page; 项目编号 is empty. The goal text is re-worded "
                     "(the page writes '改善了…' in the past tense in a target form). Judgement calls: one "
                     "missing_name per row; 全年 counted as time_no_deadline; 是 as qualitative_no_scale; 375 with "
                     "unit 万平方米 and 100% without operator (operator null).",
        },
    },
    {
        "base": "sc-daying-railway-selfeval-tail",
        "ext": "xlsx",
        "build": build_daying,
        "gold": {
            "source_urls": ["https://dyrmt.com/article-133731-63.html"],
            "province": "四川",
            "doc_kind": "自评表",
            "patterns": [1, 2, 5, 6, 8],
            "indicators": [
                ind(None, None, "安全警示标志设置及时率", "=", 100, "%", "100", 100, 5, None),
                ind(None, "成本指标", "安全隐患排查成本预算", "=", 6, "万元", "6", 6, 5, None),
                ind(None, "成本指标", "警示标志设置成本预算", "=", 5, "万元", "5", 5, 5, None),
                ind(None, "成本指标", "清理垃圾成本预算", "=", 4, "万元", "4", 4, 5, None),
                ind("效益指标", "社会效益指标", "环境治理亮化美化率", ">=", 90, "%", "90", 93, 10, None),
                ind("效益指标", "社会效益指标", "安全隐患排查有效处置率", ">=", 90, "%", "90", 91, 10, None),
                ind("效益指标", "可持续影响指标", "铁路沿线环境及安全整治管理机制健全性", None, None, None,
                    "优良中低差", None, 10, None),
                ind("满意度指标", "服务对象满意度指标", "群众满意度", ">=", 95, "%", "95", 96, 10, None),
            ],
            "goals": [],
            "facts": [],
            "findings": [
                finding("target.missing_value", "铁路沿线环境及安全整治管理机制健全性",
                        "定性 row whose 指标值 cell lists the whole scale 优良中低差: no target level (完成值 优)"),
            ],
            "notes": "Page 63 of a 大英县 (遂宁, 四川) 2023 自评表 collection on the county media mirror dyrmt.com "
                     "(article 133731): the tail of one 部门预算项目支出绩效自评表 (510000 layout: 指标性质 │ 指标值 │ "
                     "度量单位 │ 完成值 │ 权重 │ 得分 │ 未完成原因分析) for a 铁路沿线环境及安全整治 project. The page "
                     "starts inside the indicator block, so there is no header row: the 绩效指标 label column and the "
                     "一级 cell of the first four rows and the 二级 cell of the first row continue from the page before "
                     "(gold levels null there; the cost rows sit under 二级 成本指标). 得分 and 未完成原因分析 are empty "
                     "on every row, 存在问题/改进措施 are empty. 合计 100 is the 权重 total including rows of the page "
                     "before (the visible weights add to 60, not checkable). 评价结论 gives a word judgement (良好) "
                     "with no score (no grade check). The three cost rows equal planned spending amounts (not flagged: "
                     "outside the rules used here). The page ends with the signature line; the file ends there. "
                     "Judgement: no coverage finding, since 效益 and 满意度 rows are present and the first rows belong "
                     "to the 产出 block of the page before.",
        },
    },
    {
        "base": "nx-tongxin-training-targets",
        "ext": "docx",
        "build": build_tongxin,
        "gold": {
            "source_urls": ["https://www.tongxin.gov.cn/zwgk/zfxxgkml/zfwj_54948/202507/t20250707_4954268.html"],
            "province": "宁夏",
            "doc_kind": "申报表",
            "patterns": [6, 10],
            "indicators": [
                ind("产出指标", "数量指标", "设施温棚种植人员（县内培训）", ">=", 300, "人", "≧300人"),
                ind("产出指标", "质量指标", "参训人员结业率", ">=", 100, "%", "≥100%"),
                ind("产出指标", "时效指标", "完成时限", None, None, None, "2025年10月底前"),
                ind("产出指标", "成本指标", "设施农业种植人员（县内培训）", "<=", 1000, "元/人", "≦1000元/人"),
                ind("效益指标", "经济效益指标", "带动村集体及种植户增收致富", None, None, None, "增加"),
                ind("效益指标", "社会效益指标", "学员素质素养和种植技术水平", None, None, None, "提高"),
                ind("效益指标", "生态效益指标", "培训人员绿色种植意识", None, None, None, "提高"),
                ind("效益指标", "可持续影响指标", "农民综合素质", None, None, None, "持续提高"),
                ind("满意度指标", None, "参训学员满意度", ">=", 95, "%", "≥95%"),
            ],
            "goals": [
                {"kind": "总体目标",
                 "text": "提升种植人员的蔬菜科学种植技术和管理水平、开阔眼界，带动村集体和种植户增收。"},
            ],
            "facts": [],
            "findings": [
                finding("target.impossible_value", "参训人员结业率", "≥100% for a rate: effectively =100%"),
                finding("target.vague_wording", "带动村集体及种植户增收致富", "the target is the bare word 增加, no amount or baseline"),
                finding("target.vague_wording", "学员素质素养和种植技术水平", "target 提高 with no number, test or baseline"),
                finding("target.vague_wording", "培训人员绿色种植意识", "target 提高 with no number or baseline"),
                finding("target.vague_wording", "农民综合素质", "target 持续提高 with no number or baseline"),
                finding("goal.unquantified", "提升种植人员的蔬菜科学种植技术",
                        "the 总体绩效目标 names effects (提升, 开阔眼界, 增收) with no number, rate or deadline"),
            ],
            "notes": "同心县 (吴忠, 宁夏) 农业农村局 letter of 2025-04-26 setting the targets of the 2025 设施农业技术培训 "
                     "(30万元 of 2025 new government bond money; 300 growers × 1000元/人 = 30万元, consistent, a "
                     "product, not a stated sum). The page metadata block (索引号, 发布机构 …) is left out. Indicators "
                     "are labelled prose under 一/二/三 and (一)…(四) headings; the letter ends with the name of its "
                     "attached 绩效目标表 (not on the page, not reproduced) and the signature. The page mixes ≧/≦ and "
                     "≥ (kept). The cost row repeats the count row's name (设施农业种植人员（县内培训） with 元/人), "
                     "kept and not flagged. The 满意度 line has no 二级 label (level2 null). The training plan "
                     "(300人, 1000元/人, 3天) is in the project sentence, not in the goal, so the goal itself is "
                     "unquantified (judgement call). 完成时限 2025年10月底前 carries a deadline (no finding).",
        },
    },
    {
        "base": "yn-tengchong-forestry-selfreport",
        "ext": "docx",
        "build": build_tengchong,
        "gold": {
            "source_urls": ["https://tengchong.gov.cn/info/8978/4036283.htm"],
            "province": "云南",
            "doc_kind": "自评报告",
            "patterns": [10],
            "indicators": [],
            "goals": [
                {"kind": "目标",
                 "text": "本项目的主要工作有三项：对宝峰山省级腾冲红花油茶科技推广实验示范基地200亩进行抚育管护、"
                         "巩固提升；完成培训50人；调查初果核桃出现的露仁现象。"},
            ],
            "facts": [
                {"metric": "项目资金", "kind": "budget", "planned": 5, "actual": 5, "stated_rate": 100,
                 "unit": "万元"},
            ],
            "findings": [],
            "notes": "腾冲市 (保山, 云南) 林业局林业技术推广站 2019 自评报告 for the 林业技术试验示范推广项目 (5万元, "
                     "5万元 spent, 100% stated: consistent). Prose only, re-worded with the same figures; the page's "
                     "索引号/发布机构 block is left out. The stored page stops at the heading '1.产出指标' of "
                     "三、(二), before any labelled indicator, so the document stops there and has no indicator row; "
                     "no coverage finding for a report cut before its indicator list. Judgement calls: the 项目基本情况 "
                     "sentence (200亩 base, 50人 training, walnut survey) is taken as the report's goal (quantified, no "
                     "finding); the result of 280人次 against the planned 50人 (different units, far above) is not "
                     "flagged here.",
        },
    },
]


# -------------------------------------------------------------------- main
def export_pdf(src: Path) -> Path:
    profile = Path(tempfile.mkdtemp(prefix="lo_blind37_"))
    try:
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", str(src.parent), str(src)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=180)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return src.with_suffix(".pdf")


def write_gold(name: str, gold: dict) -> None:
    out = {"source": name}
    out.update(gold)
    ANN.mkdir(exist_ok=True)
    with open(ANN / f"{name}.json", "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true", help="skip the LibreOffice PDF export")
    args = ap.parse_args(argv)
    for doc in DOCS:
        path = HERE / f"{doc['base']}.{doc['ext']}"
        doc["build"](path)
        write_gold(path.name, doc["gold"])
        gold_pdf = dict(doc["gold"])
        gold_pdf.update(doc.get("pdf_gold", {}))
        write_gold(f"{doc['base']}.pdf", gold_pdf)
        if not args.no_pdf:
            export_pdf(path)
        print("wrote", path.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
