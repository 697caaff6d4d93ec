"""Blind part 18 of the real-layout corpus: documents and hand-written gold.

Each document reproduces the beginning of one public page (the stored copy holds only the beginning) with
its table layout, names, amounts and defects; longer sentences are re-worded with the same meaning and
numbers. The gold of each document is written by hand below (GOLD) and saved once per file (the XLSX/DOCX
and the PDF printed from it).

    python make_blind18_layouts.py            # write XLSX/DOCX, PDF and gold
    python make_blind18_layouts.py --no-pdf   # skip the LibreOffice export
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
STAMP = dt.datetime(2026, 1, 2, 8, 0, 0)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


# ----------------------------------------------------------------------------------------------- zip stamps


def fix_zip_times(path):
    """Rewrite an OOXML package with every member stamped STAMP, so two runs give the same bytes."""
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    iso = STAMP.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    for k, (name, data) in enumerate(members):
        if name == "docProps/core.xml":  # openpyxl stamps the save time over the workbook's own
            data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>" + iso + rb"\g<2>", data)
            members[k] = (name, data)
    tmp = str(path) + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=STAMP.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    os.replace(tmp, path)


# ----------------------------------------------------------------------------------------------- XLSX helpers


class Sheet:
    """A worksheet written row by row; merged ranges given as (row, col, rowspan, colspan), 1-based."""

    def __init__(self, ws, widths):
        self.ws = ws
        self.row = 0
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(ord("A") + i)].width = w

    def title(self, text, ncols, size=14, bold=True):
        self.row += 1
        c = self.ws.cell(self.row, 1, text)
        c.font = Font(bold=bold, size=size)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if ncols > 1:
            self.ws.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=ncols)

    def line(self, text, ncols, align="left"):
        self.row += 1
        c = self.ws.cell(self.row, 1, text)
        c.alignment = Alignment(horizontal=align, vertical="top", wrap_text=True)
        if ncols > 1:
            self.ws.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=ncols)
        width = sum(self.ws.column_dimensions[chr(ord("A") + i)].width or 10 for i in range(ncols))
        per_line = max(10, int(width / 2.1))
        lines = sum(-(-len(part) // per_line) or 1 for part in text.split("\n"))
        if lines > 1:
            self.ws.row_dimensions[self.row].height = 15 * lines + 2

    def blank(self):
        self.row += 1

    def table(self, rows, merges=(), bold_rows=()):
        """rows: list of lists (None = empty cell); merges relative to the first table row."""
        top = self.row + 1
        for r, values in enumerate(rows):
            for c, v in enumerate(values):
                cell = self.ws.cell(top + r, c + 1)
                if v is not None:
                    cell.value = v
                cell.border = BOX
                cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
                if r in bold_rows:
                    cell.font = Font(bold=True)
        for r, c, rs, cs in merges:
            self.ws.merge_cells(start_row=top + r, start_column=c + 1, end_row=top + r + rs - 1,
                                end_column=c + cs)
        self.row = top + len(rows) - 1


def new_workbook():
    wb = Workbook()
    wb.remove(wb.active)
    return wb


def save_workbook(wb, path):
    wb.properties.creator = "blind18"
    wb.properties.lastModifiedBy = "blind18"
    wb.properties.created = STAMP
    wb.properties.modified = STAMP
    for ws in wb.worksheets:
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(path)
    fix_zip_times(path)


# ----------------------------------------------------------------------------------------------- DOCX helpers


def new_document():
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "SimSun"
    style.font.size = Pt(11)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    return doc


def para(doc, text, bold=False, center=False, size=None, indent=True):
    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent:
        p.paragraph_format.first_line_indent = Pt(22)
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    return p


def right(doc, text):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run(text)


def _vmerge(cell, start):
    tcpr = cell._tc.get_or_add_tcPr()
    vm = OxmlElement("w:vMerge")
    if start:
        vm.set(qn("w:val"), "restart")
    tcpr.append(vm)


def doc_table(doc, rows, merges=()):
    """rows: list of lists of text; merges: (row, col, rowspan, colspan) 0-based, written as real merges."""
    ncols = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncols)
    t.style = "Table Grid"
    covered = set()
    for r, c, rs, cs in merges:
        for rr in range(r, r + rs):
            for cc in range(c, c + cs):
                if (rr, cc) != (r, c):
                    covered.add((rr, cc))
    for r, values in enumerate(rows):
        for c in range(ncols):
            v = values[c] if c < len(values) else None
            if v is not None and (r, c) not in covered:
                t.cell(r, c).text = str(v)
    for r, c, rs, cs in merges:
        a = t.cell(r, c)
        b = t.cell(r + rs - 1, c + cs - 1)
        a.merge(b)
    return t


def save_document(doc, path):
    cp = doc.core_properties
    cp.author = "blind18"
    cp.last_modified_by = "blind18"
    cp.created = STAMP
    cp.modified = STAMP
    cp.revision = 1
    doc.save(path)
    fix_zip_times(path)


# ----------------------------------------------------------------------------------------------- documents


def fj_dehua(path):
    """德化县 特色现代农业发展资金（第一批）: notice, 分配表, 绩效目标表 cut after its second row."""
    wb = new_workbook()
    ws = Sheet(wb.create_sheet("通知"), [90])
    ws.title("德化县财政局 德化县农业农村局关于下达2025年特色现代农业发展资金（第一批）的通知", 1)
    ws.line("德财指标〔2025〕454号", 1, "center")
    ws.line("各乡镇人民政府、相关建设单位：", 1)
    ws.line("依据《泉州市财政局 泉州市农业农村局关于下达2025年特色现代农业发展资金（第三批）的通知》"
            "（泉财农指〔2025〕70号），现将2025年特色现代农业发展资金（第一批）65.5万元下达给你们"
            "（分配见附件1），绩效目标随文一并下达（见附件2-6）。资金的使用和管理请遵照《泉州市财政局 "
            "泉州市农业农村局关于印发<泉州市市级特色现代农业发展专项资金管理规定>等3个专项资金管理规定的通知》"
            "（泉财规〔2024〕7号）执行，做好绩效跟踪，专款专用。", 1)
    ws.line("附件：1.2025年特色现代农业发展资金（第一批）分配表", 1)
    ws.line("2.2025年农作物新品种展示示范专项资金绩效目标表", 1)
    ws.line("3.2025年特色现代农业发展资金（耕地质量保护与提升项目）绩效目标表", 1)
    ws.line("4.2025年特色现代农业发展资金（乡镇动物防疫员）任务清单及绩效目标表", 1)
    ws.line("5.2025年特色现代农业发展资金（农作物重大病虫害监测预警与防控）绩效目标表", 1)
    ws.line("6.2025年特色现代农业发展资金（农药使用量零增长减量化行动）绩效目标表", 1)
    ws.blank()
    ws.line("德化县财政局　　德化县农业农村局", 1, "right")
    ws.line("2025年12月10日", 1, "right")
    ws.line("（此件主动公开）", 1)

    s = Sheet(wb.create_sheet("附件1"), [14, 12, 12, 12, 14, 12, 14, 10])
    s.line("附件1", 8)
    s.title("2025年特色现代农业发展资金（第一批）分配表", 8)
    s.line("单位：万元", 8, "right")
    towns = [("龙浔镇", 1.0), ("浔中镇", 1.3), ("三班镇", 1.2), ("盖德镇", 1.7), ("龙门滩镇", 1.4),
             ("雷峰镇", 1.7), ("南埕镇", 1.4), ("水口镇", 1.9), ("美湖镇", 0.9), ("国宝乡", 0.9),
             ("赤水镇", 1.8), ("上涌镇", 2.0), ("桂阳乡", 1.0), ("汤头乡", 0.9), ("葛坑镇", 1.4),
             ("杨梅乡", 0.8), ("大铭乡", 0.8), ("春美乡", 0.9)]
    rows = [
        ["项目\n单位 乡镇", "2130122-农业生产发展", None, None, "2130108-病虫害控制", None, None, "合计"],
        [None, "农作物新品种展示示范项目", "耕地质量保护与提升项目", "乡镇动物防疫员补助",
         "农作物病虫害绿色防控示范片项目", "专业化统防统治项目", "农药包装废弃物回收处理项目", None],
        ["农业农村局", 10, 18.5, None, 5, 5, 4, 42.5],
    ]
    for name, v in towns:
        rows.append([name, None, None, "%.1f" % v, None, None, None, "%.1f" % v])
    rows.append(["合计", 10, 18.5, "23.0", 5, 5, 4, 65.5])
    s.table(rows, merges=[(0, 0, 2, 1), (0, 1, 1, 3), (0, 4, 1, 3), (0, 7, 2, 1)], bold_rows=(0, 1))

    g = Sheet(wb.create_sheet("附件2"), [30, 60])
    g.line("附件2", 2)
    g.title("2025年农作物新品种展示示范专项资金绩效目标表", 2)
    g.line("（2025年度）", 2, "center")
    g.table([
        ["项目名称", "2025年特色现代农业发展专项资金（农作物新品种展示示范）"],
        ["主管部门（单位）名称及部门预算编码", "422001-泉州市农业"],
    ])
    save_workbook(wb, path)


def fj_huian_laoqu(path):
    """惠安县 中央财政衔接推进老区乡村振兴补助资金: notice, 分配表, 绩效目标表 cut in its first cell."""
    doc = new_document()
    para(doc, "关于下达2024年中央财政衔接推进老区乡村振兴补助资金的通知", bold=True, center=True, size=15)
    para(doc, "时间：2024-01-10 11:53", center=True)
    para(doc, "东岭镇人民政府：", indent=False)
    para(doc, "按照《福建省财政厅 福建省民政厅关于提前下达2024年中央衔接推进老区乡村振兴补助资金的通知》"
              "（闽财社指〔2023〕99号）的要求，为巩固拓展脱贫攻坚成果、衔接推进乡村振兴，在实地查看项目之后，"
              "经研究，确定东岭镇彭城村道路改造项目为2023年中央财政衔接推进老区乡村振兴补助项目，"
              "现下达补助资金10万元。资金请严格按照《中央财政衔接推进乡村振兴补助资金管理办法》（财农〔2021〕19号）"
              "和《福建省省级财政衔接推进乡村振兴补助资金管理办法》（闽财农〔2021〕15号）规定的范围使用，"
              "不得擅自改变用途；请做好绩效管理，落实项目建设和资金管理责任，提高资金使用效益，"
              "并确保项目在11月前完成建设。")
    para(doc, "附件：1.2024年中央财政衔接推进老区乡村振兴补助项目资金分配表", indent=False)
    para(doc, "2.中央财政衔接推进老区乡村振兴补助资金绩效目标表", indent=True)
    right(doc, "惠安县民政局　　　　惠安县财政局")
    right(doc, "2024年1月9日")
    para(doc, "附件1", indent=False)
    para(doc, "2024年中央财政衔接推进老区乡村振兴补助项目资金分配表", bold=True, center=True)
    doc_table(doc, [
        ["序号", "镇、村", "项目名称", "项目内容", "资金投入（万元）", "补助金额（万元）"],
        ["1", "东岭镇彭城村", "道路改造建设", "全长约550米，宽2.40米，两侧安装路沿石，路中心铺设透水砖。",
         "40", "10"],
        ["合计", "", "", "", "", "10"],
    ], merges=[(2, 0, 1, 5)])
    para(doc, "附件2", indent=False)
    para(doc, "中央财政衔接推进老区乡村振兴补助资金绩效目标表", bold=True, center=True)
    doc_table(doc, [["项目名称", "中央财政衔接推进老区乡村振"]])
    save_document(doc, path)


def fj_huian_relief(path):
    """惠安县 应急救助: notice, 分配表及任务清单, 绩效目标表 (one column per indicator) cut in its header."""
    wb = new_workbook()
    ws = Sheet(wb.create_sheet("通知"), [90])
    ws.title("惠安县农业农村局关于下达2025年市级财政衔接推进乡村振兴补助（第二批应急救助）资金的通知", 1)
    ws.line("有关镇人民政府：", 1)
    ws.line("依据《泉州市财政局 泉州市农业农村局关于下达2025年市级财政衔接推进乡村振兴补助（第二批应急救助）"
            "资金的通知》（泉财农指〔2025〕109号），结合各镇报送的应急救助项目，现将2025年市级财政衔接推进"
            "乡村振兴补助（第二批应急救助）资金23.8万元连同任务清单和绩效目标一并下达（见附件1、2）。"
            "本资金只用于低收入农户应急救助，请按《泉州市财政局 泉州市农业农村局关于印发<泉州市市级特色现代农业"
            "发展专项资金管理规定>等3个专项资金管理规定的通知》（泉财规〔2024〕7号）加强监管、专款专用，"
            "做好绩效跟踪。各镇须在收到资金后15天内通过“一卡通”发放到符合条件的补助对象，并按规定公告公示。", 1)
    ws.line("附件：1.2025年市级财政衔接推进乡村振兴补助（第二批应急救助）资金分配表及任务清单", 1)
    ws.line("2.2025年市级财政衔接推进乡村振兴补助（第二批应急救助）资金绩效目标表", 1)
    ws.blank()
    ws.line("惠安县农业农村局", 1, "right")
    ws.line("2025年11月19日", 1, "right")

    s = Sheet(wb.create_sheet("附件1"), [14, 18, 60])
    s.line("附件1", 3)
    s.title("2025年市级财政衔接推进乡村振兴补助（第二批应急救助）资金分配表及任务清单", 3)
    s.table([
        ["镇", "补助资金\n（万元）", "约束性任务"],
        ["崇武镇", 2.95, "扶持对象2个以上，对象自付金额3.69万元以上。"],
        ["东岭镇", 16.1, "扶持对象4个以上，对象自付金额21万元以上。"],
        ["东桥镇", 1.5, "扶持对象3个以上，对象自付金额1.88万元以上。"],
        ["小岞镇", 3.25, "扶持对象5个以上，对象自付金额4.1万元以上。"],
        ["合计", 23.8, None],
    ], bold_rows=(0,))

    g = Sheet(wb.create_sheet("附件2"), [12, 24, 20, 16, 20, 20])
    g.line("附件2", 6)
    g.title("2025年市级财政衔接推进乡村振兴补助（第二批应急救助）资金绩效目标表", 6)
    g.table([
        ["镇", "产出指标", None, None, "效益指标", "满意度指标"],
        [None, "质量指标", "数量指标", "时效指标", "社会效益指标", "服务对象满意度指标"],
        [None, "扶持对象返贫致贫标准是否消除", "帮扶", None, None, None],
    ], merges=[(0, 0, 3, 1), (0, 1, 1, 3)], bold_rows=(0, 1))
    save_workbook(wb, path)


def fj_quanzhou_agri8(path):
    """泉州市 特色现代农业发展资金（第八批）: notice, 分配表, 任务清单 cut in its header."""
    wb = new_workbook()
    ws = Sheet(wb.create_sheet("通知"), [90])
    ws.title("泉州市财政局 泉州市农业农村局关于下达2023年特色现代农业发展资金（第八批）的通知", 1)
    ws.line("2023-09-06 11:05", 1, "center")
    ws.line("有关县（市）财政局、农业农村主管部门：", 1)
    ws.line("按年初预算安排，现下达2023年特色现代农业发展资金第八批115万元，其中农产品展示展销项目35万元、"
            "中国农民丰收节主会场项目30万元、地方畜禽遗传资源保护和开发利用项目50万元（见附件1），"
            "列“2130124-农村合作经济”科目；任务清单和绩效目标同时下达（见附件2、3）。请遵照《泉州市财政局 "
            "泉州市农业农村局关于印发<泉州市市级特色现代农业发展资金管理规定><泉州市市级财政乡村振兴专项资金"
            "管理暂行规定>的通知》（泉财农〔2021〕84号）管好用好资金，专款专用。", 1)
    ws.line("附件：1.2023年特色现代农业发展资金（第八批）分配表", 1)
    ws.line("2.2023年特色现代农业发展资金（第八批）任务清单1—2", 1)
    ws.line("3.2023年特色现代农业发展资金（第八批）绩效目标表", 1)
    ws.blank()
    ws.line("泉州市财政局　　泉州市农业农村局", 1, "right")
    ws.line("2023年9月5日", 1, "right")
    ws.line("（此件主动公开）", 1)

    s = Sheet(wb.create_sheet("附件1"), [12, 12, 18, 20, 24])
    s.line("附件1", 5)
    s.title("2023年特色现代农业发展资金（第八批）分配表", 5)
    s.line("单位：万元", 5, "right")
    s.table([
        ["县（市）", "资金合计", "农产品展示展销项目", "中国农民丰收节\n主会场活动经费", "地方畜禽遗传资源保护和开发利用项目"],
        ["石狮市", 21, 21, None, None],
        ["晋江市", 10, None, None, 10],
        ["南安市", 12, 5, None, 7],
        ["安溪县", 30, None, 30, None],
        ["永春县", 12, 5, None, 7],
        ["德化县", 30, 4, None, 26],
        ["合计", 115, 35, 30, 50],
    ], bold_rows=(0,))

    t = Sheet(wb.create_sheet("附件2-1"), [8, 14, 30])
    t.line("附件2-1", 3)
    t.title("2023年农产品展示展销和丰收节主会场项目任务清单", 3)
    t.table([["序号", "县（市）", "补助项"]], bold_rows=(0,))
    save_workbook(wb, path)


def fj_quanzhou_town(path):
    """泉州市 乡村振兴专项资金（整镇推进创建乡镇奖补）: notice and 分配表 cut in the 南安市 row."""
    wb = new_workbook()
    ws = Sheet(wb.create_sheet("通知"), [90])
    ws.title("泉州市财政局 泉州市农业农村局关于下达2024年市级财政乡村振兴专项资金（第一批整镇推进创建乡镇奖补）的通知", 1)
    ws.line("泉财农指〔2024〕108号", 1, "center")
    ws.line("相关县（市、区）财政局、农业农村主管部门，泉州台商投资区管理委员会财政金融与国资局、"
            "农林水与生态环境局：", 1)
    ws.line("为加快整镇推进创建工作，现下达2024年市级财政乡村振兴专项资金（第一批整镇推进创建乡镇奖补）"
            "1200万元（见附件1），列“2120804-农村基础设施建设支出”科目，任务清单和绩效目标同时下达"
            "（见附件2、3）。请按《泉州市财政局 泉州市农业农村局关于印发〈泉州市市级特色现代农业发展资金管理规定〉"
            "〈泉州市市级财政乡村振兴专项资金管理暂行规定〉的通知》（泉财农〔2021〕84号）管理，按规定的用途和范围"
            "使用，专款专用，不得截留、挤占或挪用；资金支付执行国库管理制度，并做好绩效跟踪。", 1)
    ws.line("附件：1.2024年市级乡村振兴专项资金（第一批整镇推进创建乡镇奖补）分配表", 1)
    ws.line("2.2024年市级乡村振兴专项资金（第一批整镇推进创建乡镇奖补）分配方案及任务清单", 1)
    ws.line("3.2024年市级乡村振兴专项资金（第一批整镇推进创建乡镇奖补）绩效目标表", 1)
    ws.blank()
    ws.line("泉州市财政局　泉州市农业农村局", 1, "right")
    ws.line("2024年10月22日", 1, "right")
    ws.line("（此件主动公开）", 1)

    s = Sheet(wb.create_sheet("附件1"), [14, 10, 14, 14, 16])
    s.line("附件1", 5)
    s.title("2024年市级乡村振兴专项资金\n（第一批整镇推进创建乡镇奖补）分配表", 5)
    s.table([
        ["县（市、区）", "合计", "第一批整镇推进创建乡镇奖补", None, None],
        [None, None, "镇（乡）", "乡镇类型", "补助资金（万元）"],
        ["泉港区", 100, "前黄镇", "工贸带动型", 50],
        [None, None, "峰尾镇", "城乡融合型", 50],
        ["惠安县", 200, "辋川镇", "农业生态型", 50],
        [None, None, "山霞镇", "工贸带动型", 50],
        [None, None, "紫山镇", "城乡融合型", 50],
        [None, None, "小岞镇", "农业生态型", 50],
        ["石狮市", 50, "锦尚镇", "工贸带动型", 50],
        ["晋江市", 100, "内坑镇", "工贸带动型", 50],
        [None, None, "西滨镇", "城乡融合型", 50],
        ["南安市", 200, "九都", None, None],
    ], merges=[(0, 0, 2, 1), (0, 1, 2, 1), (0, 2, 1, 3), (2, 0, 2, 1), (2, 1, 2, 1), (4, 0, 4, 1),
               (4, 1, 4, 1), (9, 0, 2, 1), (9, 1, 2, 1)], bold_rows=(0, 1))
    save_workbook(wb, path)


def nm_qingshuihe(path):
    """**河县 2023年度中央水利发展资金绩效自评报告 (names masked by the mirror), cut in (三)1."""
    doc = new_document()
    para(doc, "**河县2023年度中央水利发展资金\n绩效自评报告", bold=True, center=True, size=15)
    para(doc, "****财政局以呼财农指【2023】10号文件《关于下达2023年中央水利发展资金预算的通知》向**河县下达"
              "2023年中央水利发展资金2263万元；以呼财农指【2023】19号文件《关于下达2023年乡村**衔接资金（配套中央"
              "水利发展资金项目）的通知》下达**河县2023年资金791万元；以呼财农指【2023】41号文件《关于下达2023年"
              "自治区水利发展资金预算的通知》下达**河县2023年资金5万元。")
    para(doc, "****水务局、****财政局呼财农指【2023】10号文件《关于下达2023年中央水利发展资金预算的通知》下达**河县"
              "2023年中央水利发展资金2263万元。其中：中小河流治理工程1435万元，小型水库工程维修养护25万元，"
              "农村饮水工程维修养护55万元，小流域综合治理700万元，山洪灾害防治设施维养6万元，水**管理14万元，"
              "农业水价改革18万元。中央资金已全部到位。")
    para(doc, "****财政局呼财农指【2023】19号文件《关于下达2023年乡村**衔接资金（配套中央水利发展资金项目）的通知》"
              "下达**河县2023年资金791万元。其中：中小河流治理工程491万元，小流域综合治理300万元。")
    para(doc, "****财政局呼财农指【2023】41号文件《关于下达2023年自治区水利发展资金预算的通知》下达**河县2023年"
              "山洪灾害防治设施维养6万元。")
    para(doc, "（三）实施项目情况", bold=True, indent=False)
    para(doc, "**河县2023年度中央水利发展资金项目的主体工程已基本全部完工。")
    para(doc, "1、中小河流治理工程治理河道总长为3.75km，其中**河干流长3.133km，王三窑沟汇入口段0.617km；"
              "**干流堤防工程1段，长0.23km；**护岸工程共4段，长3.47km：右岸1段，长0.98km，左岸3段，长2.49km"
              "（含支沟连接段）；王三窑沟汇入口处**堤防工程1.04km：右岸0.51km，左岸0.53km；拆除重建跌水1座，"
              "**桥梁下游河底防护工程2处；干流河道疏浚1.05km，支沟河道疏浚0.4km")
    save_document(doc, path)


def jx_yangzizhou(path):
    """东湖区扬子洲镇 2017年防汛工作经费 评价报告 (site copy), cut in 三、（二）."""
    doc = new_document()
    doc_table(doc, [
        ["索引号：", "A25010-7133-9834-8825-5610-9466", "主题分类：", ""],
        ["发布机构：", "东湖区扬子洲镇", "生成日期：", "2018-07-11 14:44"],
        ["文件编号：", "", "有效性：", "有效"],
        ["公开范围：", "面向全社会", "公开方式：", "主动公开"],
    ])
    para(doc, "一、项目概况", bold=True, indent=False)
    para(doc, "为贯彻省、市防总对防汛抗旱工作的重大部署，落实区防总的决策，全力打赢防汛抗旱硬仗，保障人民群众"
              "生命财产安全，区政府向我镇拨付防汛相关工作经费110.56万元。")
    para(doc, "（一）项目实施依据", bold=True, indent=False)
    para(doc, "南昌市东湖区人民政府办公室抄告单（东府办抄字﹝2017﹞234号）载明：经区政府研究，同意向扬子洲镇拨付"
              "2017年防汛工作相关经费110.56万元，其中：中心渠道清杂经费29.96万元，上房村、熊万村应急抢险经费3万元，"
              "排涝站维修费和电费31.6万元，镇本级和15个村防汛工作经费46万元，专款专用。")
    para(doc, "（二）项目基本性质、用途、主要内容、涉及范围等", bold=True, indent=False)
    para(doc, "资金主要用于渠道清杂、应急抢险、电排站维修和电费支付，以及镇、村两级的防汛工作经费。")
    para(doc, "二、项目预期目标", bold=True, indent=False)
    para(doc, "（一）项目预期总目标", bold=True, indent=False)
    para(doc, "扬子洲镇2017年度防汛工作有序开展，保障全镇安全度汛。")
    para(doc, "（二）项目预期阶段性目标", bold=True, indent=False)
    para(doc, "年度防汛工作，无阶段性目标。")
    para(doc, "（三）项目预期目标完成情况（包括目标完成、项目完成、资金进度的对比情况）", bold=True, indent=False)
    para(doc, "2017年度我镇防汛工作有序开展，全镇安全度汛；中心渠道清杂，上房村、熊万村泡泉应急处置，三联村、"
              "联民村电排站维修以及前洲村、上房村、莘洲村电排站电费支付等目标均已完成，镇、村两级防汛工作顺利推进。")
    para(doc, "三、绩效评价工作情况", bold=True, indent=False)
    para(doc, "（一）绩效评价目的", bold=True, indent=False)
    para(doc, "评价旨在加强专项资金绩效管理，强化支出责任和效率，提高财政资金使用效益；总结经验，找出资金项目管理中"
              "的问题，探索专项资金绩效管理办法，进一步提高专项资金的使用效益。")
    para(doc, "（二）绩效评价原则和依据、评价指", bold=True, indent=False)
    save_document(doc, path)


def hl_fuyuan(path):
    """抚远市 农村饮水维修养护项目 县级自评报告: target list in prose, cut in 二、."""
    doc = new_document()
    para(doc, "依据《黑龙江省财政厅等五部门关于转发〈财政专项扶贫资金绩效管理操作指南（试行）〉的通知》"
              "（黑财农〔2019〕211号）的要求，我单位已及时对基础设施配套工程路边沟建设项目进行自评，"
              "现将县级自评情况报告如下：")
    para(doc, "一、绩效目标分解下达情况", bold=True, indent=False)
    para(doc, "（一）、财政衔接推进乡村振兴补助资金下达预算及项目情况", bold=True, indent=False)
    para(doc, "依据《抚远市人民政府关于抚远市2022年度涉农资金统筹整合使用实施（调整）计划安排的批复》，下达预算资金"
              "201.48万元，用于基础设施工程农村饮水维修养护项目：石头卧子村新建水房1座、铺设输水管线3800m；"
              "八盖村改建铺设输水管线3300m，以改善项目区的饮水条件。")
    para(doc, "（二）、项目绩效目标设定情况", bold=True, indent=False)
    para(doc, "总体目标：目标1：石头卧子村新建水房1座、铺设输水管线；目标2：八盖村改建铺设输水管线")
    para(doc, "1、产出指标数量指标：")
    para(doc, "石头卧子村新建水房1座、铺设输水管线；八盖村改建铺设输水管线。")
    para(doc, "质量指标：项目（工程）验收合格率100%")
    para(doc, "时效指标：项目（工程）完成及时率100%")
    para(doc, "成本指标：计划资金201.48万元")
    para(doc, "2、效益指标")
    para(doc, "社会效益指标：解决贫困人口饮水安全问题人数≥27人；贫困地区农村集中供水率≥≥98%；"
              "受益建档立卡贫困人口数≥24人。")
    para(doc, "可持续影响指标：工程设计使用年限≥15年")
    para(doc, "3、满意度指标")
    para(doc, "服务对象满意度指标：受益贫困人口满意度≥100%")
    para(doc, "二、绩效自评工作开展情况", bold=True, indent=False)
    para(doc, "按黑龙江省财政厅等五部门《关于转发〈财政专项扶贫资金绩效管理操作指南（试行）〉的通知》（黑财农〔2019〕"
              "211号）的要求，为加强项目资金的全过程绩效管理、提高资金使用效益，年度结束后，我们对上述批复中的"
              "基础设施工程农村饮水维修改造项目开展了绩效自评，全面梳理项目实施情况，对年度设定绩效目标的")
    save_document(doc, path)


# ----------------------------------------------------------------------------------------------- gold


def ind(l1, l2, name, op, value, unit, text, actual=None, weight=None, score=None):
    return {"level1": l1, "level2": l2, "name": name, "operator": op, "value": value, "unit": unit,
            "target_text": text, "actual": actual, "weight": weight, "score": score}


def missing_all(why):
    return [{"rule": "coverage.missing_dimension", "item": d, "why": why}
            for d in ("产出指标", "效益指标", "满意度指标")]


DEHUA_TOWNS = [1.0, 1.3, 1.2, 1.7, 1.4, 1.7, 1.4, 1.9, 0.9, 0.9, 1.8, 2.0, 1.0, 0.9, 1.4, 0.8, 0.8, 0.9]

DOCS = [
    {
        "file": "fj-dehua-agri-targets.xlsx", "make": fj_dehua,
        "source_urls": ["https://www.chacewang.com/newsdetail/news920065.html",
                        "http://www.dehua.gov.cn/zwgk/zfxxgkzl/bmzfxxgk/czj/fdzdgknr/202601/t20260106_3250409.htm"],
        "province": "福建", "doc_kind": "申报表", "patterns": [5, 8, 9],
        "indicators": [], "goals": [],
        "facts": [
            {"metric": "合计", "kind": "sum", "total": 65.5, "parts": [10, 18.5, 23.0, 5, 5, 4], "unit": "万元"},
            {"metric": "乡镇动物防疫员补助", "kind": "sum", "total": 23.0, "parts": DEHUA_TOWNS, "unit": "万元"},
            {"metric": "农业农村局", "kind": "sum", "total": 42.5, "parts": [10, 18.5, 5, 5, 4], "unit": "万元"},
        ],
        "findings": missing_all("the 绩效目标表 (附件2) stops after 项目名称 and 主管部门 rows: the form as it stands "
                                "holds no indicator"),
        "notes": "德化县财政局/农业农村局 notice (德财指标〔2025〕454号) passing on 65.5万元 of 特色现代农业发展资金, "
                 "its 分配表 (two header rows: 科目 2130122-农业生产发展 over three columns and 2130108-病虫害控制 over "
                 "three, the 乡镇动物防疫员补助 column filled for 18 towns with one decimal as written) and the start "
                 "of 附件2 绩效目标表. The chacewang copy (the fuller of the two stored copies; the county site's copy "
                 "stops inside the 分配表) ends in the 主管部门 cell '422001-泉州市农业', so the file ends there. All "
                 "totals agree (65.5 = 10+18.5+23.0+5+5+4 = 42.5+23.0; the 18 towns sum to 23.0). As the file stands "
                 "a 绩效目标表 titled over a table has no indicator row: the three 一级 are missing.",
    },
    {
        "file": "fj-huian-laoqu-targets.docx", "make": fj_huian_laoqu,
        "source_urls": ["http://huian.gov.cn/zwgk/xwzx/gggs/tzgg/202401/t20240111_2993056.htm"],
        "province": "福建", "doc_kind": "申报表", "patterns": [8, 9],
        "indicators": [], "goals": [],
        "facts": [{"metric": "补助金额", "kind": "sum", "total": 10, "parts": [10], "unit": "万元"}],
        "findings": missing_all("the 绩效目标表 (附件2) stops inside its first cell (项目名称): no indicator row"),
        "notes": "惠安县民政局/财政局 notice giving 东岭镇 10万元 of 中央财政衔接推进老区乡村振兴补助资金 for the "
                 "彭城村 road (the notice calls it a 2023年 project in a 2024 notice: kept as written), its 分配表 "
                 "(资金投入 40 / 补助金额 10, the 合计 row fills only 补助金额) and the start of 附件2. The stored page "
                 "stops inside the 项目名称 value of the 绩效目标表 ('中央财政衔接推进老区乡村振'). The notice asks for "
                 "completion 'in 11月前' but that is an instruction, not a goal of a form: no goal recorded. As the "
                 "file stands the 绩效目标表 holds no indicator.",
    },
    {
        "file": "fj-huian-relief-targets.xlsx", "make": fj_huian_relief,
        "source_urls": ["http://www.xunbal.com/zwgk/zdxxgk/tpgj/gjzj/202511/t20251121_3233049.htm"],
        "province": "福建", "doc_kind": "申报表", "patterns": [5, 8, 9],
        "indicators": [], "goals": [],
        "facts": [{"metric": "补助资金", "kind": "sum", "total": 23.8, "parts": [2.95, 16.1, 1.5, 3.25],
                   "unit": "万元"}],
        "findings": missing_all("the 绩效目标表 ends in its header rows (一级 │ 二级 │ indicator names across the "
                                "columns, one row per 镇 expected below): no indicator value as the file stands"),
        "notes": "惠安县农业农村局 notice (mirror of the county site, traditional characters converted) passing on "
                 "23.8万元 of 应急救助 money, its 分配表及任务清单 (约束性任务 as sentences: 扶持对象N个以上, 自付金额…以上) "
                 "and the 绩效目标表, laid out transposed: 镇 in the first column, 一级 (产出/效益/满意度) and 二级 "
                 "(质量/数量/时效/社会效益/服务对象满意度) across two header rows, the indicator names in a third header "
                 "row, one row of values per town below. The stored page stops after the first indicator name and "
                 "the first word of the second ('帮扶'), before any town row: the table ends at its header, no "
                 "indicator has a value. Judgement: the names in the header row are not counted as indicators "
                 "(they carry no target; the targets would be in the town rows). 23.8 = 2.95+16.1+1.5+3.25.",
    },
    {
        "file": "fj-quanzhou-agri8-alloc.xlsx", "make": fj_quanzhou_agri8,
        "source_urls": ["https://www.quanzhou.gov.cn/zfb/xxgk/ztxxgk/fp/fpgh/202309/t20230928_2945496.htm"],
        "province": "福建", "doc_kind": "下达通知（分配表）", "patterns": [8, 9],
        "indicators": [], "goals": [],
        "facts": [
            {"metric": "合计", "kind": "sum", "total": 115, "parts": [35, 30, 50], "unit": "万元"},
            {"metric": "资金合计", "kind": "sum", "total": 115, "parts": [21, 10, 12, 30, 12, 30], "unit": "万元"},
            {"metric": "农产品展示展销项目", "kind": "sum", "total": 35, "parts": [21, 5, 5, 4], "unit": "万元"},
            {"metric": "地方畜禽遗传资源保护和开发利用项目", "kind": "sum", "total": 50, "parts": [10, 7, 7, 26],
             "unit": "万元"},
            {"metric": "特色现代农业发展资金第八批", "kind": "sum", "total": 115, "parts": [35, 30, 50],
             "unit": "万元"},
        ],
        "findings": [],
        "notes": "泉州市财政局/农业农村局 notice (2023年9月5日) passing on 115万元 in three items, its 分配表 by county "
                 "(资金合计 then one column per item, empty cells where a county has no share) and the header of "
                 "附件2-1 任务清单 ('补助项' is where the stored page stops). The 绩效目标表 is only named in the "
                 "notice's attachment list (附件3), it never appears in the file: no coverage finding. Every total "
                 "agrees (row sums 21, 10, 12=5+7, 30, 12=5+7, 30=4+26; column sums 115, 35, 30, 50; the notice's "
                 "115 = 35+30+50).",
    },
    {
        "file": "fj-quanzhou-town-alloc.xlsx", "make": fj_quanzhou_town,
        "source_urls": ["https://nyncj.quanzhou.gov.cn/xxgk/czzj/zjfpgk/202410/t20241028_3098478.htm"],
        "province": "福建", "doc_kind": "下达通知（分配表）", "patterns": [1, 8, 9],
        "indicators": [], "goals": [],
        "facts": [
            {"metric": "泉港区", "kind": "sum", "total": 100, "parts": [50, 50], "unit": "万元"},
            {"metric": "惠安县", "kind": "sum", "total": 200, "parts": [50, 50, 50, 50], "unit": "万元"},
            {"metric": "石狮市", "kind": "sum", "total": 50, "parts": [50], "unit": "万元"},
            {"metric": "晋江市", "kind": "sum", "total": 100, "parts": [50, 50], "unit": "万元"},
            {"metric": "南安市", "kind": "sum", "total": 200, "parts": [], "unit": "万元"},
            {"metric": "第一批整镇推进创建乡镇奖补", "kind": "sum", "total": 1200, "parts": [100, 200, 50, 100, 200],
             "unit": "万元"},
        ],
        "findings": [
            {"rule": "consistency.sum", "item": "南安市",
             "why": "南安市 states 合计 200 but the file stops at its first town '九都' with no amount: its rows "
                    "do not reach 200"},
            {"rule": "consistency.sum", "item": "第一批整镇推进创建乡镇奖补",
             "why": "the notice states 1200万元 (详见附件1) but the 分配表 as it stands lists counties totalling 650"},
        ],
        "notes": "泉州市 notice 泉财农指〔2024〕108号 passing on 1200万元 of 整镇推进创建乡镇奖补 and its 分配表: county "
                 "and county 合计 merged down over the town rows (镇（乡） │ 乡镇类型 │ 补助资金 under one merged header). "
                 "The stored page stops in the 南安市 group after the town name '九都'; the rest of the table "
                 "(and 附件2/3, only named in the notice) is absent. Judged as the file stands: the complete county "
                 "groups agree, 南安市's 200 has no amount under it and the notice's 1200 is reached by no row "
                 "(100+200+50+100+200 = 650 visible). No 绩效目标表 in the file itself: no coverage finding.",
    },
    {
        "file": "nm-qingshuihe-water-selfreport.docx", "make": nm_qingshuihe,
        "source_urls": ["https://wap.qianlima.com/zb/detail/20240701_430694551.html"],
        "province": "内蒙古", "doc_kind": "自评报告", "patterns": [10],
        "indicators": [], "goals": [],
        "facts": [
            {"metric": "中央水利发展资金", "kind": "sum", "total": 2263, "parts": [1435, 25, 55, 700, 6, 14, 18],
             "unit": "万元"},
            {"metric": "乡村**衔接资金", "kind": "sum", "total": 791, "parts": [491, 300], "unit": "万元"},
            {"metric": "治理河道总长", "kind": "sum", "total": 3.75, "parts": [3.133, 0.617], "unit": "km"},
            {"metric": "**护岸工程", "kind": "sum", "total": 3.47, "parts": [0.98, 2.49], "unit": "km"},
            {"metric": "王三窑沟汇入口处**堤防工程", "kind": "sum", "total": 1.04, "parts": [0.51, 0.53], "unit": "km"},
        ],
        "findings": [
            {"rule": "consistency.sum", "item": "中央水利发展资金",
             "why": "2263万元 stated, its seven parts (1435+25+55+700+6+14+18) add up to 2253"},
        ],
        "notes": "Self-assessment report on 2023 中央水利发展资金 of a county under 呼和浩特 (呼财农指), copied by a "
                 "tender-notice site that masks names with * (**河县, ****财政局); the masks are kept. The stored copy "
                 "starts without the report's first headings (the text runs into '（三）实施项目情况') and stops inside "
                 "item 1 of the project list. Defects kept: the 2263 total does not match its parts (2253); the 41号 "
                 "money is 5万元 in the first paragraph and 6万元 in the fourth (no sum rule covers it, left to notes). "
                 "Lengths add up (3.75 = 3.133+0.617, 3.47 = 0.98+2.49, 1.04 = 0.51+0.53). No goal or indicator "
                 "in the part that is there; a report without an indicator table gets no coverage finding.",
    },
    {
        "file": "jx-yangzizhou-flood-evalreport.docx", "make": jx_yangzizhou,
        "source_urls": ["https://saintpaulhem.com/dhq/dhqrmzf/bmczyjs31/201807/c129918334f74404ba07bc40ab69db72.shtml"],
        "province": "江西", "doc_kind": "评价报告", "patterns": [10],
        "indicators": [],
        "goals": [{"kind": "总体目标", "text": "扬子洲镇2017年度防汛工作有序开展，保障全镇安全度汛。"}],
        "facts": [{"metric": "2017年防汛工作相关经费", "kind": "sum", "total": 110.56,
                   "parts": [29.96, 3, 31.6, 46], "unit": "万元"}],
        "findings": [
            {"rule": "goal.unquantified", "item": "扬子洲镇2017年度防汛工作",
             "why": "the overall goal says only that flood work proceeds in order and the town passes the flood "
                    "season safely: no number, rate or defined result"},
        ],
        "notes": "Mirror of 南昌市东湖区 扬子洲镇's disclosure page (2018-07-11): the site's metadata table, then the "
                 "evaluation report on the 110.56万元 of 2017 flood-control money (no title on the page). The stored "
                 "copy stops at the heading '（二）绩效评价原则和依据、评价指'. 110.56 = 29.96+3+31.6+46. The 阶段性目标 "
                 "line says there is none ('无阶段性目标') and is not a goal; 二、（三） reports results. Judgement "
                 "call: '保障全镇安全度汛' could be read as a pass/fail result; I count the goal as unquantified "
                 "because 安全度汛 is not defined (no loss, casualty or dike figure) and 有序开展 is process wording.",
    },
    {
        "file": "hl-fuyuan-water-selfreport.docx", "make": hl_fuyuan,
        "source_urls": ["http://hljfy.gov.cn/govinfo/contents/1186/20346.html"],
        "province": "黑龙江", "doc_kind": "自评报告", "patterns": [6, 10],
        "indicators": [
            ind("产出指标", "数量指标", "石头卧子村新建水房1座、铺设输水管线", None, 1, "座",
                "石头卧子村新建水房1座、铺设输水管线"),
            ind("产出指标", "数量指标", "八盖村改建铺设输水管线", None, None, None, None),
            ind("产出指标", "质量指标", "项目（工程）验收合格率", None, 100, "%", "100%"),
            ind("产出指标", "时效指标", "项目（工程）完成及时率", None, 100, "%", "100%"),
            ind("产出指标", "成本指标", "计划资金", None, 201.48, "万元", "201.48万元"),
            ind("效益指标", "社会效益指标", "解决贫困人口饮水安全问题人数", ">=", 27, "人", "≥27人"),
            ind("效益指标", "社会效益指标", "贫困地区农村集中供水率", ">=", 98, "%", "≥≥98%"),
            ind("效益指标", "社会效益指标", "受益建档立卡贫困人口数", ">=", 24, "人", "≥24人"),
            ind("效益指标", "可持续影响指标", "工程设计使用年限", ">=", 15, "年", "≥15年"),
            ind("满意度指标", "服务对象满意度指标", "受益贫困人口满意度", ">=", 100, "%", "≥100%"),
        ],
        "goals": [
            {"kind": "总体目标", "text": "石头卧子村新建水房1座、铺设输水管线"},
            {"kind": "总体目标", "text": "八盖村改建铺设输水管线"},
        ],
        "facts": [],
        "findings": [
            {"rule": "target.missing_value", "item": "八盖村改建铺设输水管线",
             "why": "the 数量 target names the pipeline work with no length (the 3300m of 一、 is not in the target)"},
            {"rule": "target.impossible_value", "item": "受益贫困人口满意度",
             "why": "≥100% leaves no room above the target: at least 100 % satisfaction"},
            {"rule": "target.cost_restates_budget", "item": "计划资金",
             "why": "the 成本 target is the project's budget (201.48万元) restated, not a unit or control cost"},
            {"rule": "goal.unquantified", "item": "八盖村改建铺设输水管线",
             "why": "names the output (pipeline) with no length, number or deadline"},
        ],
        "notes": "抚远市 county self-assessment report (黑财农〔2019〕211号) of a 衔接资金 rural drinking-water project "
                 "(its first sentence names a 路边沟 project, the rest a 农村饮水维修养护 project: kept as written). "
                 "The targets are a list in prose, one line per 二级 ('质量指标：项目（工程）验收合格率100%'), values "
                 "glued to the names; the 数量 line holds two targets separated by '；' (the first with 1座 in it, "
                 "the second with no number). Kept defects: '≥≥98%' (read as ≥98), '≥100%' satisfaction, the 成本 "
                 "target equal to the budget. The stored page stops inside 二、 (自评工作开展情况). Goal 1 has a number "
                 "(1座) and is taken as quantified; goal 2 has none.",
    },
]


def gold_for(entry, source):
    g = {k: copy.deepcopy(entry[k]) for k in ("source_urls", "province", "doc_kind", "patterns", "indicators",
                                               "goals", "facts", "findings", "notes")}
    out = {"source": source}
    out.update(g)
    return out


def export_pdf(paths, outdir):
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(int(STAMP.replace(tzinfo=dt.timezone.utc).timestamp())))
    with tempfile.TemporaryDirectory() as profile:
        cmd = ["soffice", "-env:UserInstallation=file://" + profile, "--headless", "--convert-to", "pdf",
               "--outdir", str(outdir)] + [str(p) for p in paths]
        subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true", help="skip the LibreOffice export")
    args = ap.parse_args(argv)
    ANN.mkdir(exist_ok=True)
    written = []
    for entry in DOCS:
        path = HERE / entry["file"]
        entry["make"](path)
        written.append(path)
        with open(ANN / (entry["file"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold_for(entry, entry["file"]), f, ensure_ascii=False, indent=1)
            f.write("\n")
        if not args.no_pdf:
            pdf = path.with_suffix(".pdf").name
            with open(ANN / (pdf + ".json"), "w", encoding="utf-8") as f:
                json.dump(gold_for(entry, pdf), f, ensure_ascii=False, indent=1)
                f.write("\n")
    if not args.no_pdf:
        if not shutil.which("soffice"):
            sys.exit("soffice not found (use --no-pdf)")
        export_pdf(written, HERE)
    print("wrote %d documents" % len(written))


if __name__ == "__main__":
    main()
