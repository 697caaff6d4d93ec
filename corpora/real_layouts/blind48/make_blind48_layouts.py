#!/usr/bin/env python3
"""Build blind part 48 of the real-layout corpus: documents + hand-written gold.

Every document reproduces one stored public page (address in DOCS[...]["url"]).  Facts
(indicator names, values, units, amounts, scores, defects) are as the page has them; longer
sentences (reasons, narrative) are our own words with the same numbers.  Each document stops
where the stored page stops.

Usage:  python make_blind48_layouts.py [--no-pdf]

Writes <file>.xlsx / <file>.docx, their PDF export (LibreOffice) and
annotations/<file>.json for every document.  Core properties and zip entry dates are pinned,
so the XLSX/DOCX bytes do not change between runs.
"""
import argparse
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0)
ZIP_DATE = (2025, 1, 1, 0, 0, 0)

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center", horizontal="center")
WRAP_L = Alignment(wrap_text=True, vertical="center", horizontal="left")


# --------------------------------------------------------------------------- helpers
def normalise_zip(path):
    """Rewrite a zip (xlsx/docx) with fixed entry dates and a fixed order."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    # openpyxl stamps dcterms:modified with the clock at save time: pin it
    items = [(n, re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                        rb"\g<1>2025-01-01T00:00:00Z\g<2>", d) if n == "docProps/core.xml" else d)
             for n, d in items]
    first = [x for x in items if x[0] == "[Content_Types].xml"]
    rest = sorted([x for x in items if x[0] != "[Content_Types].xml"], key=lambda x: x[0])
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in first + rest:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


class Sheet:
    """Small writer for a bordered form sheet."""

    def __init__(self, ws, ncols, widths):
        self.ws = ws
        self.ncols = ncols
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = w

    def cell(self, row, col, value, fmt=None, left=False, bold=False, border=True):
        c = self.ws.cell(row=row, column=col, value=value)
        c.alignment = WRAP_L if left else WRAP
        c.font = Font(name="宋体", size=10, bold=bold)
        if border:
            c.border = BOX
        if fmt:
            c.number_format = fmt
        return c

    def merge(self, r1, c1, r2, c2, value=None, fmt=None, left=False, bold=False, border=True):
        self.cell(r1, c1, value, fmt=fmt, left=left, bold=bold, border=border)
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                if (r, c) != (r1, c1) and border:
                    self.ws.cell(row=r, column=c).border = BOX
        if (r1, c1) != (r2, c2):
            self.ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)

    def title(self, row, text, size=14):
        self.merge(row, 1, row, self.ncols, text, border=False)
        self.ws.cell(row=row, column=1).font = Font(name="宋体", size=size, bold=True)
        self.ws.row_dimensions[row].height = 24


def new_workbook(title):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    wb.properties.creator = "blind48"
    wb.properties.lastModifiedBy = "blind48"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.4
    return wb, ws


def save_workbook(wb, path):
    wb.save(path)
    normalise_zip(path)


def new_document():
    d = docx.Document()
    cp = d.core_properties
    cp.author = "blind48"
    cp.last_modified_by = "blind48"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(11)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(docx.oxml.ns.qn("w:rFonts"))
    if rfonts is None:
        rfonts = docx.oxml.OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(docx.oxml.ns.qn("w:eastAsia"), "宋体")
    return d


def para(d, text, bold=False, center=False, size=None, indent=True):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent:
        p.paragraph_format.first_line_indent = Pt(22)
    return p


def save_document(d, path):
    d.save(path)
    normalise_zip(path)


# --------------------------------------------------------------------------- builders
def build_longyang(path):
    """隆阳区 2021年中央化肥减量增效示范县项目补助资金 — 2022年度项目支出绩效自评表 (cut)."""
    wb, ws = new_workbook("自评表")
    s = Sheet(ws, 7, [12, 11, 14, 30, 14, 14, 12])
    s.title(1, "2022年度项目支出绩效自评表")
    s.merge(2, 1, 2, 4, "单位名称：隆阳区土壤肥料工作站", left=True, border=False)
    s.merge(2, 5, 2, 7, "填报日期：2023年3月20日", left=True, border=False)
    s.merge(3, 1, 3, 2, "项目名称")
    s.merge(3, 3, 3, 7, "隆阳区2021年中央化肥减量增效示范县项目补助资金", left=True)
    s.merge(4, 1, 4, 2, "主管部门")
    s.merge(4, 3, 4, 4, "隆阳区农业农村局")
    s.cell(4, 5, "项目实施单位")
    s.merge(4, 6, 4, 7, "隆阳区土壤肥料工作站")
    s.merge(5, 1, 5, 2, "项目类别")
    s.merge(5, 3, 5, 7, "1、部门预算项目 £ 2、区直专项 £ 3、上级转移支付项目 R", left=True)
    s.merge(6, 1, 6, 2, "项目属性")
    s.merge(6, 3, 6, 7, "1、持续性项目 £ 2、新增性项目 R", left=True)
    s.merge(7, 1, 7, 3, "预算执行情况（万元）\n（20分）")
    s.cell(7, 4, "预算数(A)")
    s.cell(7, 5, "执行数(B)")
    s.cell(7, 6, "执行率(B/A)")
    s.cell(7, 7, "得分\n（20分*执行率）")
    s.merge(8, 1, 8, 3, "年度财政资金总额")
    s.cell(8, 4, 278.4449, fmt="0.0000")
    s.cell(8, 5, 30.00, fmt="0.00")
    s.cell(8, 6, "10.77%")
    s.cell(8, 7, 2.16, fmt="0.00")
    hdr = ["一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"]
    for i, h in enumerate(hdr, start=2):
        s.cell(9, i, h, bold=True)
    rows = [
        ("一、示范区建立", "≧20000亩", "20000亩", 15.0),
        ("1、水稻侧深施肥+缓控释肥", "≧500亩", "500亩", 5.0),
        ("2、玉米种肥同播+缓控释肥", "≧1000亩", "1000亩", 5.0),
        ("3、施用配方肥", "≧18500亩", "18500亩", 5.0),
        ("二、化肥减量增效田间试验", "≧15组", "15组", 15.0),
        ("1、肥料利用率", "≧5组", "5组", 5.0),
        ("2、化肥减量增效", "≧5组", "5组", 5.0),
        ("3、其他试验(水稻)", "≧3组", "3组", 3.0),
        ("4、其他试验(玉米)", "≧2组", "2组", 2.0),
        ("三、土样植株化验", "≧60个", "105个", 5.0),
        ("四、农户施肥情况调查(户)", "≧300户", "300户", 5.0),
    ]
    r = 10
    for name, tgt, act, sc in rows:
        s.cell(r, 4, name, left=True)
        s.cell(r, 5, tgt)
        s.cell(r, 6, act)
        s.cell(r, 7, sc, fmt="0.0")
        r += 1
    s.merge(10, 3, 20, 3, "数量指标")
    s.cell(21, 3, "质量指标")
    s.cell(21, 4, "示范区配方肥到位率", left=True)
    s.cell(21, 5, "≧80%")
    s.cell(21, 6, "85.6%")
    s.cell(21, 7, 10.0, fmt="0.0")
    s.cell(22, 3, "时效指标")
    s.cell(22, 4, "项目按时完成率", left=True)
    s.cell(22, 5, "100%")
    s.cell(22, 6, "100%")
    s.cell(22, 7, 10.0, fmt="0.0")
    s.merge(10, 2, 22, 2, "产出指标")
    s.cell(23, 3, "社会效益效益指标")
    s.cell(23, 4, "受益农户数", left=True)
    s.cell(23, 5, "5000户")
    s.cell(23, 6, "5000户")
    s.cell(23, 7, 5.0, fmt="0.0")
    s.cell(24, 3, "生态")  # the stored page stops here
    for c in (4, 5, 6, 7):
        s.cell(24, c, None)
    s.merge(23, 2, 24, 2, "效益指标")
    s.merge(9, 1, 24, 1, "年度绩效目标\n（80分）")
    save_workbook(wb, path)


def build_shidian_entity(path):
    """施甸县农业农村局 2019年新型农业经营主体扶持项目 — 项目支出绩效自评表."""
    wb, ws = new_workbook("自评表")
    s = Sheet(ws, 7, [12, 11, 14, 30, 14, 14, 12])
    s.title(1, "项目支出绩效自评表")
    s.merge(2, 1, 2, 4, "单位名称：施甸县农业农村局", left=True, border=False)
    s.merge(2, 5, 2, 7, "填报日期：2022年7月5日", left=True, border=False)
    s.merge(3, 1, 3, 2, "项目名称")
    s.merge(3, 3, 3, 7, "2019年新型农业经营主体扶持项目", left=True)
    s.merge(4, 1, 4, 2, "主管部门")
    s.merge(4, 3, 4, 4, "施甸县人民政府")
    s.cell(4, 5, "项目实施单位")
    s.merge(4, 6, 4, 7, "施甸县农业农村局")
    s.merge(5, 1, 5, 2, "项目类别")
    s.merge(5, 3, 5, 7, "1、部门预算项目 □ 2、上级专项 þ", left=True)
    s.merge(6, 1, 6, 2, "项目属性")
    s.merge(6, 3, 6, 7, "1、持续性项目 □ 2、新增性项目þ", left=True)
    s.merge(7, 1, 7, 3, "预算执行情况（万元）（20分）")
    s.cell(7, 4, "预算数(A)")
    s.cell(7, 5, "执行数(B)")
    s.cell(7, 6, "执行率(B/A)")
    s.cell(7, 7, "得分\n（20分*执行率）")
    s.merge(8, 1, 8, 3, "年度财政资金总额")
    s.cell(8, 4, 650)
    s.cell(8, 5, 94)
    s.cell(8, 6, 0.1, fmt="0.0")
    s.cell(8, 7, 2.9, fmt="0.0")
    hdr = ["一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"]
    for i, h in enumerate(hdr, start=2):
        s.cell(9, i, h, bold=True)
    rows = [
        ("数量指标", "扶持发展新型农业经营主体 (个)", 15, 6, 8.0),
        ("数量指标", "带动贫困户(人)", 11442, 4164, 7.3),
        ("经济效益指标", "新型经营主体实现产值(%)", 8000, 12767.36, 31.9),
        ("经济效益指标", "新型经营主体助农增收 (元)", 1980, 2074, 10.5),
        ("服务对象满意度指标", "满意度(%)", 90, 100, 11.1),
    ]
    r = 10
    for l2, name, tgt, act, sc in rows:
        s.cell(r, 3, l2)
        s.cell(r, 4, name, left=True)
        s.cell(r, 5, tgt)
        s.cell(r, 6, act, fmt="General")
        s.cell(r, 7, sc, fmt="0.0")
        r += 1
    s.merge(10, 2, 11, 2, "产出指标")
    s.merge(12, 2, 13, 2, "效益指标")
    s.cell(14, 2, "满意度指标")
    s.merge(9, 1, 14, 1, "年度绩效目标1\n（80分）")
    s.merge(15, 1, 15, 6, "总分")
    s.cell(15, 7, 71.7, fmt="0.0")
    s.merge(16, 1, 16, 2, "偏差大或\n目标未完成\n原因分析")
    s.merge(16, 3, 16, 7,
            "一是台账不够健全，部分新型农业经营主体带动建档立卡户发展的佐证材料不足，与扶持奖补的要求和标准"
            "存在差距；二是部分新型农业经营主体自身经营状况不佳，带动建档立卡户发展的能力有限；三是项目实行"
            "先建后补，有的经营主体未带动建档立卡户，或建设内容与扶持奖补不相符，不具备奖补条件，经现场核实、"
            "综合评价后按实际补助，资金出现结余，未能100%执行完毕。", left=True)
    ws.row_dimensions[16].height = 90
    s.merge(17, 1, 17, 2, "改进措施及\n结果应用方案")
    s.merge(17, 3, 17, 7, "一是加强对新型农业经营主体的管理和指导，增强其管理意识，健全内部管理制度，规范业务管",
            left=True)
    ws.row_dimensions[17].height = 40
    save_workbook(wb, path)


def build_shidian_pig(path):
    """施甸县农业农村局 保山猪保种场建设项目 — 2021年度项目支出绩效自评表 (cut)."""
    wb, ws = new_workbook("自评表")
    s = Sheet(ws, 7, [12, 10, 14, 30, 14, 14, 10])
    s.title(1, "保山猪保种场建设项目支出绩效自评表")
    s.title(2, "2021年度项目支出绩效自评表", size=12)
    s.merge(3, 1, 3, 4, "单位名称: 施甸县农业农村局", left=True, border=False)
    s.merge(3, 5, 3, 7, "填报日期: 2022年7月16日", left=True, border=False)
    s.merge(4, 1, 4, 2, "项目名称")
    s.merge(4, 3, 4, 7, "保山猪保种场建设项目", left=True)
    s.merge(5, 1, 5, 2, "主管部门")
    s.merge(5, 3, 5, 4, "施甸县人民政府")
    s.cell(5, 5, "实施单位")
    s.merge(5, 6, 5, 7, "施甸县农业农村局")
    s.merge(6, 1, 6, 2, "项目类别")
    s.merge(6, 3, 6, 7, "1、部门预算项目      2、市直专项     3、市对下转移支付项目 □", left=True)
    s.merge(7, 1, 7, 2, "项目属性")
    s.merge(7, 3, 7, 7, "1、持续性项目        2、新增性项目 □", left=True)
    s.merge(8, 1, 8, 3, "预算执行情况（万元）\n（20分）")
    s.cell(8, 4, "预算数(A)")
    s.cell(8, 5, "执行数(B)")
    s.cell(8, 6, "执行率(B/A)")
    s.cell(8, 7, None)
    s.merge(9, 1, 9, 3, "年度财政资金总额")
    s.cell(9, 4, 1500)
    s.cell(9, 5, 0, fmt="0.00")
    s.cell(9, 6, 0, fmt="0.0000")
    s.cell(9, 7, None)
    hdr = ["一级\n指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"]
    for i, h in enumerate(hdr, start=2):
        s.cell(10, i, h, bold=True)
    rows = [
        (None, "标准化圈舍面积(平方米)", 5000),
        (None, "办公用房面积(平方米)", 500),
        (None, "饲料加工用房面积(平方米)", 300),
        (None, "保种数量(头)", 300),
        (None, "年提供种猪数量(头)", 2000),
        ("质量指标", "工程合格率(%)", 95),
        ("时效指标", "项目竣工时间", "2023.12"),
        ("成本指标", "投入资金(≥万元)", 1500),
        ("", "年新增畜牧产值 (万元)", 500),
        ("", "辐射带动养殖保山猪户数(户)", 300),
        ("服务对象满意度指标", "项目业主满意度(%)", 95),
    ]
    r = 11
    for l2, name, tgt in rows:
        if l2 is not None:
            s.cell(r, 3, l2 or None)
        s.cell(r, 4, name, left=True)
        s.cell(r, 5, tgt)
        s.cell(r, 6, None)
        s.cell(r, 7, None)
        r += 1
    s.merge(11, 3, 15, 3, "数量指标")
    s.merge(11, 2, 18, 2, "产出指标")
    s.merge(19, 2, 20, 2, "效益指标")
    s.cell(21, 2, "满意度指标")
    s.merge(10, 1, 21, 1, "年度绩效目标\n（80分）")
    s.merge(22, 1, 22, 6, "总分")
    s.cell(22, 7, None)
    s.merge(23, 1, 23, 2, "偏差大或\n目标未完成\n原因分析")
    s.merge(23, 3, 23, 7,
            "受国土空间规划尚未全部完成的影响，项目建设用地手续没有全部办妥，到目前仍未形成实质性工程量，"
            "项目建设资金也未发生支付。", left=True)
    ws.row_dimensions[23].height = 48
    s.merge(24, 1, 24, 2, "改进措施及\n结果应用方案")
    s.merge(24, 3, 24, 7,
            "1.进一步提高认识，压实责任。为加快项目建设，市、县两级成立了项目专班，加强组织领导，"
            "全面负责项目整改推进工作。\n2.多措并举，加快推进项目。一是多方协调沟通，及时完成",
            left=True)
    ws.row_dimensions[24].height = 60
    save_workbook(wb, path)


def build_zalantun(path):
    """扎兰屯市国家现代农业产业园项目 2022年度绩效自评报告 (mirror in traditional characters; cut)."""
    d = new_document()
    para(d, "扎兰屯市国家现代农业产业园项目2022年度绩效自评报告", bold=True, center=True, size=15)
    para(d, "来源：高新院 achie.org  日期：2023-03-06  点击：次", center=True, size=9)
    para(d, "一、绩效目标分解下达情况", bold=True, indent=False)
    para(d, "（一）中央下达扎兰屯市国家现代农业产业园转移支付预算和绩效目标情况。2022年中央财政下达专项资金"
            "3000万元，计划实施8个项目，用于推动国家现代农业产业园（大豆）落实招商引资计划，有序推进园区的规划、"
            "建设和发展。实际支付2700万元，全部用于设备采购和软件开发，其中：园区综合管理服务中心建设项目200万元、"
            "专家工作站建设项目270万元、大数据中心建设项目513万元、高素质职业农民培训及创业基地建设项目90万元、"
            "大豆区域公共品牌及农产品建设项目261万元、大豆新品种培育研发示范项目805万元、大豆种植社会化服务组织"
            "推广项目391万元、生态肥料基地改造提升项目170万元。")
    para(d, "（二）盟市分解下达预算和绩效目标情况。无。")
    para(d, "二、绩效目标完成情况分析", bold=True, indent=False)
    para(d, "（一）资金投入情况分析。")
    para(d, "中央财政下达专项资金3000万元，实际支付2700万元，使用率90%，均用于项目设备采购和软件开发。"
            "资金全部经政府采购招标程序使用，实行财政专款专户管理。")
    para(d, "（二）总体绩效目标完成情况分析。")
    para(d, "2022年产业园到位中央财政奖补资金3000万元，已制定《内蒙古自治区扎兰屯市国家现代农业产业园（大豆）"
            "财政奖补资金使用方案》，实际完成2700万元，完成率90%。奖补资金全部投向创建方案确定的重点工程项目，"
            "总体进度与预期相符。")
    para(d, "（三）绩效指标完成情况分析。")
    para(d, "对照年初设定的各项绩效指标，我市已全部完成预期指标任务。")
    para(d, "数量指标：建设产业园综合管理服务中心、产业园专家工作站、大数据中心等8个项目，年度指标值3000万元，"
            "实际支出2700万元，完成率90%。")
    para(d, "质量指标：补助标准达标率年度指标10")
    save_document(d, path)


def build_yongxing(path):
    """永兴县农业保险保费补贴 2020年度绩效自评报告 (cut in 一、(一) 6)."""
    d = new_document()
    para(d, "永兴县农业保险保费补贴", bold=True, center=True, size=15)
    para(d, "2020年度绩效自评报告", bold=True, center=True, size=15)
    para(d, "2020年度，在上级部门的指导和县委、县政府的领导下，经各相关单位大力支持，我县农业保险工作又上了"
            "一个台阶，取得新突破，全年各险种总保费达4435.53万元。本年度农业保险保费补贴工作更加规范，开展了财政"
            "“专项资金检查”和“绩效评价检查”，巩固了前几年的农险项目。现将我县2020年度农险保费补贴绩效评价情况"
            "报告如下。")
    para(d, "一、2020年度绩效目标分解下达情况", bold=True, indent=False)
    para(d, "（一）省级下达预算和绩效目标情况")
    para(d, "1、水稻大灾保险：全县2020年种植水稻57.54万亩，受省财政规模控制，计划和实际承保面积为42.59万元亩，"
            "承保率为74.02%，总保费1293.45万元，中央财政补贴47.5%为614.39万元，省级财政补贴32.5%为420.37元。")
    para(d, "2、油菜保险：全县2020年种植油菜20万亩，计划和实际承保面积8.22万亩，承保率为41.1%，总保费74万元，"
            "中央财政补贴40%为29.6万元，省级财政补贴25%为18.5万元，县级财政补贴10%为7.4万元。")
    para(d, "3、能繁母猪：全县2020年计划和实际投保38112头，总保险为343万元，中央财政补贴50%为171.5万元，"
            "省级财政补贴30%为102.9万元。")
    para(d, "4、育肥猪保险：全县2020年计划和实际投保33.05万头，总保费1586.63万元，中央财政补贴50%为793.32万元，"
            "省级财政补贴15%为237.99万元，县级财政补贴15%为237.99万元。")
    para(d, "5、公益林保险：全县2020年计划和实际投保66.81万元亩，总保费100.21万元，中央财政补贴50%为50.1万元，"
            "省级财政补贴30%为30.06万元，县级财政补贴20%为20.04万元。")
    para(d, "6、水稻制种保险：全县2020年计划和实际投保0.31万亩，总保费47万元，中央财政补贴40%为18.8万元，"
            "省级财政补贴30%为14.1万元")
    save_document(d, path)


# --------------------------------------------------------------------------- gold
def ind(l1, l2, name, op, value, unit, text, actual=None, weight=None, score=None):
    return {"level1": l1, "level2": l2, "name": name, "operator": op, "value": value, "unit": unit,
            "target_text": text, "actual": actual, "weight": weight, "score": score}


P, B, S = "产出指标", "效益指标", "满意度指标"
QN, QL, TM, CO = "数量指标", "质量指标", "时效指标", "成本指标"

DOCS = [
    {
        "file": "yn-longyang-fertilizer-selfeval", "ext": "xlsx", "build": build_longyang,
        "url": "https://longyang.gov.cn/info/5311/13352539.htm",
        "province": "云南", "doc_kind": "自评表", "patterns": [1, 2, 5, 6, 8],
        "indicators": [
            ind(P, QN, "示范区建立", ">=", 20000, "亩", "≧20000亩", 20000, None, 15.0),
            ind(P, QN, "水稻侧深施肥+缓控释肥", ">=", 500, "亩", "≧500亩", 500, None, 5.0),
            ind(P, QN, "玉米种肥同播+缓控释肥", ">=", 1000, "亩", "≧1000亩", 1000, None, 5.0),
            ind(P, QN, "施用配方肥", ">=", 18500, "亩", "≧18500亩", 18500, None, 5.0),
            ind(P, QN, "化肥减量增效田间试验", ">=", 15, "组", "≧15组", 15, None, 15.0),
            ind(P, QN, "肥料利用率", ">=", 5, "组", "≧5组", 5, None, 5.0),
            ind(P, QN, "化肥减量增效", ">=", 5, "组", "≧5组", 5, None, 5.0),
            ind(P, QN, "其他试验(水稻)", ">=", 3, "组", "≧3组", 3, None, 3.0),
            ind(P, QN, "其他试验(玉米)", ">=", 2, "组", "≧2组", 2, None, 2.0),
            ind(P, QN, "土样植株化验", ">=", 60, "个", "≧60个", 105, None, 5.0),
            ind(P, QN, "农户施肥情况调查", ">=", 300, "户", "≧300户", 300, None, 5.0),
            ind(P, QL, "示范区配方肥到位率", ">=", 80, "%", "≧80%", 85.6, None, 10.0),
            ind(P, TM, "项目按时完成率", None, 100, "%", "100%", 100, None, 10.0),
            ind(B, "社会效益指标", "受益农户数", None, 5000, "户", "5000户", 5000, None, 5.0),
        ],
        "goals": [],
        "facts": [
            {"metric": "年度财政资金总额", "kind": "budget", "planned": 278.4449, "actual": 30.00,
             "stated_rate": 10.77, "unit": "万元"},
            {"metric": "示范区建立", "kind": "sum", "total": 20000, "parts": [500, 1000, 18500], "unit": "亩"},
            {"metric": "化肥减量增效田间试验", "kind": "sum", "total": 15, "parts": [5, 5, 3, 2], "unit": "组"},
            {"metric": "示范区建立 得分", "kind": "sum", "total": 15.0, "parts": [5.0, 5.0, 5.0], "unit": "分"},
            {"metric": "化肥减量增效田间试验 得分", "kind": "sum", "total": 15.0, "parts": [5.0, 5.0, 3.0, 2.0],
             "unit": "分"},
        ],
        "findings": [
            {"rule": "coverage.missing_dimension", "item": "满意度指标",
             "why": "the stored page stops at the first 生态 row: the form as it stands has no 满意度 indicator"},
            {"rule": "target.unit_mismatch", "item": "肥料利用率",
             "why": "a 率 name with a count target (≧5组): the row counts trials, the name reads as a rate"},
        ],
        "notes": (
            "隆阳区 (保山, 云南) 2022年度项目支出绩效自评表 for the 2021 中央化肥减量增效示范县项目补助资金, filled by "
            "隆阳区土壤肥料工作站 on 2023-03-20 (page published by 隆阳区农业农村局 2023-05-29 under the title "
            "'隆阳区2021年中央化肥减量增效示范县项目补助资金绩效自评'; the page title and index metadata are web "
            "chrome and left out). 保山 20/80 layout: 预算执行情况 (20分) row with 得分(20分*执行率), then 年度绩效目标 "
            "(80分) with 年初目标值(A)/实际完成值(B)/得分 and no 分值 column (weight null). Checkbox glyphs came through as "
            "'£' (empty) and 'R' (ticked) and are kept. Budget 278.4449万元, spent 30.00, stated 10.77% "
            "(30/278.4449 = 10.774%, consistent); the execution score 2.16 is 0.01 above 20 × 10.77% = 2.154 (rounding, "
            "not flagged). The 数量 block is a two-level list: '一、示范区建立 ≧20000亩' with sub-rows 1–3 "
            "(500 + 1000 + 18500 = 20000 亩) and '二、化肥减量增效田间试验 ≧15组' with sub-rows 1–4 (5+5+3+2 = 15 组); "
            "parents and children each carry a score (15.0 = 5+5+5, 15.0 = 5+5+3+2), so the row scores double-count; "
            "every row is an indicator row in the gold, numbering prefixes (一、/1、) left out of the gold names; "
            "'(户)' in '四、农户施肥情况调查(户)' is a unit in the name (unit 户). Operators are the full-width '≧'. "
            "The 二级 label is written '社会效益效益指标' (doubled word, kept). '三、土样植株化验' actual 105个 against "
            "≧60个 (175%, target set low; no rule of this part) and every target is met while only 10.77% of the "
            "money was spent (no deviation text is required when targets are met; described, not flagged). "
            "The stored page stops after the 二级 word '生态' of the next row; the file ends there (that row has no "
            "name and is not an indicator), so no 满意度 row and no 总分. Judgement call: 肥料利用率 ≧5组 flagged as "
            "unit_mismatch (name reads as a rate, target is a count of trials)."
        ),
    },
    {
        "file": "yn-shidian-agri-entity-selfeval", "ext": "xlsx", "build": build_shidian_entity,
        "url": "https://shidian.gov.cn/info/4312/182383.htm",
        "province": "云南", "doc_kind": "自评表", "patterns": [1, 2, 5, 6, 8],
        "indicators": [
            ind(P, QN, "扶持发展新型农业经营主体", None, 15, "个", "15", 6, None, 8.0),
            ind(P, QN, "带动贫困户", None, 11442, "人", "11442", 4164, None, 7.3),
            ind(B, "经济效益指标", "新型经营主体实现产值", None, 8000, "%", "8000", 12767.36, None, 31.9),
            ind(B, "经济效益指标", "新型经营主体助农增收", None, 1980, "元", "1980", 2074, None, 10.5),
            ind(S, "服务对象满意度指标", "满意度", None, 90, "%", "90", 100, None, 11.1),
        ],
        "goals": [],
        "facts": [
            {"metric": "年度财政资金总额", "kind": "budget", "planned": 650, "actual": 94, "stated_rate": 0.1,
             "unit": "万元"},
            {"metric": "总分", "kind": "score_total", "total": 71.7, "parts": [2.9, 8.0, 7.3, 31.9, 10.5, 11.1]},
        ],
        "findings": [
            {"rule": "target.unit_mismatch", "item": "新型经营主体实现产值",
             "why": "an output value (产值) given the unit % in its name, with values 8000 and 12767.36"},
        ],
        "notes": (
            "施甸县农业农村局 (保山, 云南) 项目支出绩效自评表 for the 2019年新型农业经营主体扶持项目 (上级专项, 650万元), "
            "filled 2022-07-05, published 2022-08-03. Whole form as the stored page shows it, except the 改进措施 cell, "
            "which the page cuts inside a word ('规范业务管'); the file cuts there too. Units sit in the names in "
            "brackets ('(个)', '(人)', '(%)', '(元)', some with a space before the bracket) and the target/actual cells "
            "hold bare numbers: gold names leave the bracket out and take it as the unit. '年度绩效目标1' (stray 1) "
            "and the checkbox glyphs '□'/'þ' are kept; '数量指标' and '经济效益指标' are written again on the second "
            "row of each pair (not merged), as on the page. 执行率 is written as the decimal 0.1: 94/650 = 0.1446, "
            "which is 0.1 at the one decimal written (gold stated_rate 0.1 as written, = 14.46% unrounded; not "
            "flagged); its score 2.9 = 20 × 0.1446. Row scores follow actual/target × an unwritten weight and are not "
            "capped (31.9 = 1.596 × 20, 10.5, 11.1 above 10): no 分值 column exists, so no score-over-weight finding "
            "can be stated from the form; 总分 71.7 = 2.9 + 8.0 + 7.3 + 31.9 + 10.5 + 11.1 (consistent). Two 产出 "
            "targets are missed (6/15 个, 4164/11442 人) and the 偏差 cell gives reasons (no deviation finding). The "
            "form has no 年度总体目标 row (goals empty). Judgement call: only 5 indicator rows, taken because the form "
            "is complete and carries a unit defect and uncapped scores."
        ),
    },
    {
        "file": "yn-shidian-pig-breeding-selfeval", "ext": "xlsx", "build": build_shidian_pig,
        "url": "https://shidian.gov.cn/info/4312/182363.htm",
        "province": "云南", "doc_kind": "自评表", "patterns": [1, 2, 5, 6, 8],
        "indicators": [
            ind(P, QN, "标准化圈舍面积", None, 5000, "平方米", "5000"),
            ind(P, QN, "办公用房面积", None, 500, "平方米", "500"),
            ind(P, QN, "饲料加工用房面积", None, 300, "平方米", "300"),
            ind(P, QN, "保种数量", None, 300, "头", "300"),
            ind(P, QN, "年提供种猪数量", None, 2000, "头", "2000"),
            ind(P, QL, "工程合格率", None, 95, "%", "95"),
            ind(P, TM, "项目竣工时间", None, None, None, "2023.12"),
            ind(P, CO, "投入资金", ">=", 1500, "万元", "1500"),
            ind(B, None, "年新增畜牧产值", None, 500, "万元", "500"),
            ind(B, None, "辐射带动养殖保山猪户数", None, 300, "户", "300"),
            ind(S, "服务对象满意度指标", "项目业主满意度", None, 95, "%", "95"),
        ],
        "goals": [],
        "facts": [
            {"metric": "年度财政资金总额", "kind": "budget", "planned": 1500, "actual": 0, "stated_rate": 0,
             "unit": "万元"},
        ],
        "findings": [],
        "notes": (
            "施甸县农业农村局 (保山, 云南) 2021年度项目支出绩效自评表 for the 保山猪保种场建设项目 (1500万元), filled "
            "2022-07-16, published 2022-07-18 under the heading '保山猪保种场建设项目支出绩效自评表' (kept as the first "
            "title line). Nothing was built or paid: 执行数 0.00, 执行率 0.0000 (consistent), every 实际完成值 and 得分 "
            "cell is empty and 总分 is empty; the 偏差 cell explains why (land-use procedures held up by the 国土空间规划), "
            "so no deviation finding. The 预算执行情况 header has no 得分 column on this page (the cell is left empty). "
            "Checkbox glyphs are lost in 项目类别/项目属性 except the last '□' (kept as on the page). Units in the names "
            "in brackets, bare numbers in the target cells (gold names without the bracket); '投入资金(≥万元)' carries "
            "the operator inside the name's bracket (gold operator >=, unit 万元); the 成本 target 1500万元 equals the "
            "budget (restates it; not a rule of this part). 时效 '项目竣工时间 2023.12' is a date two years after the "
            "form's year (value null, not flagged). The two 效益 rows have an empty 二级 cell (level2 null). The stored "
            "page stops inside the 改进措施 text ('一是多方协调沟通,及时完成'); the file stops there. No 年度总体目标 row "
            "(goals empty). No finding: all three dimensions are present, every row has a value and a unit."
        ),
    },
    {
        "file": "nm-zalantun-agri-park-selfreport", "ext": "docx", "build": build_zalantun,
        "url": "http://m.cdsnjd.com/zt/xdncy/dt/2023/0306/18745.html",
        "province": "内蒙古", "doc_kind": "自评报告", "patterns": [6, 10],
        "indicators": [
            ind(P, QN, "建设产业园综合管理服务中心、产业园专家工作站、大数据中心等8个项目", None, 3000, "万元",
                "3000万元", 2700),
            ind(P, QL, "补助标准达标率", None, 10, None, "10"),
        ],
        "goals": [
            {"kind": "目标",
             "text": "2022年中央财政下达专项资金3000万元，计划实施8个项目，用于推动国家现代农业产业园（大豆）落实"
                     "招商引资计划，有序推进园区的规划、建设和发展。"},
        ],
        "facts": [
            {"metric": "中央财政专项资金", "kind": "budget", "planned": 3000, "actual": 2700, "stated_rate": 90,
             "unit": "万元"},
            {"metric": "实际支付", "kind": "sum", "total": 2700,
             "parts": [200, 270, 513, 90, 261, 805, 391, 170], "unit": "万元"},
        ],
        "findings": [
            {"rule": "coverage.missing_dimension", "item": "效益指标",
             "why": "the indicator section is cut in its 质量 line: the report as it stands gives no 效益 indicator"},
            {"rule": "coverage.missing_dimension", "item": "满意度指标",
             "why": "no 满意度 indicator in the report as it stands"},
            {"rule": "target.missing_unit", "item": "补助标准达标率",
             "why": "the target reads '年度指标10' with no unit (the stored page stops there)"},
        ],
        "notes": (
            "扎兰屯市 (呼伦贝尔, 内蒙古) 国家现代农业产业园（大豆）项目 2022年度绩效自评报告, on a mirror page (m.cdsnjd.com, "
            "'来源：高新院 achie.org 日期：2023-03-06', kept as the line under the title) in traditional characters, written "
            "back as simplified. Narrative in our own words with the same figures. Central money 3000万元, paid 2700万元, "
            "'使用率90%' and '完成率90%' (2700/3000 = 90%, consistent); the 8 project amounts add up to the 2700万元 paid "
            "(200+270+513+90+261+805+391+170 = 2700). The 数量 indicator is labelled prose whose target is money "
            "('年度指标值3000万元, 实际支出2700万元, 完成率90%': an input, not an output; not a rule of this part), and "
            "the report says all indicators were met although the only figure given is 90% (described, not flagged). "
            "The stored page stops at '质量指标：补助标准达标率年度指标10' (the value is probably cut from 100%); the "
            "file ends there, and the gold judges the text as it stands (value 10 with no unit; no 效益 or 满意度 "
            "indicator). The goal is the (一) sentence on what the money was set to do (8 projects; not flagged). "
            "Judgement calls: the two coverage findings and the missing unit follow only from the cut."
        ),
    },
    {
        "file": "hn-yongxing-crop-insurance-selfreport", "ext": "docx", "build": build_yongxing,
        "url": "http://yxx.gov.cn/gzdt/rdzt/53916/53921/57439/57454/57462/content_3357447.html",
        "province": "湖南", "doc_kind": "自评报告", "patterns": [6, 10],
        "indicators": [
            ind(None, None, "水稻大灾保险承保面积", None, 42.59, "万元亩", "42.59万元亩", 42.59),
            ind(None, None, "油菜保险承保面积", None, 8.22, "万亩", "8.22万亩", 8.22),
            ind(None, None, "能繁母猪投保数量", None, 38112, "头", "38112头", 38112),
            ind(None, None, "育肥猪保险投保数量", None, 33.05, "万头", "33.05万头", 33.05),
            ind(None, None, "公益林保险投保面积", None, 66.81, "万元亩", "66.81万元亩", 66.81),
            ind(None, None, "水稻制种保险投保面积", None, 0.31, "万亩", "0.31万亩", 0.31),
        ],
        "goals": [],
        "facts": [
            {"metric": "水稻大灾保险承保率", "kind": "completion", "planned": 57.54, "actual": 42.59,
             "stated_rate": 74.02, "unit": "万亩"},
            {"metric": "油菜保险承保率", "kind": "completion", "planned": 20, "actual": 8.22,
             "stated_rate": 41.1, "unit": "万亩"},
        ],
        "findings": [
            {"rule": "target.unit_mismatch", "item": "水稻大灾保险承保面积",
             "why": "an area target written '42.59万元亩': a money unit glued to 亩"},
            {"rule": "target.unit_mismatch", "item": "公益林保险投保面积",
             "why": "an area target written '66.81万元亩': a money unit glued to 亩"},
        ],
        "notes": (
            "永兴县 (郴州, 湖南) 农业保险保费补贴 2020年度绩效自评报告, published by 县财政局 2021-10-26 (publication line "
            "is web chrome, left out). Opening paragraph in our own words with the same figures (all products' premiums "
            "4435.53万元). Section 一(一) lists, per product, the planned = actual insured quantity (the targets handed "
            "down) with premium and subsidy shares: these six planned quantities are the gold indicators (labelled "
            "prose, no 一级/二级 level, actual = the same figure as the text says '计划和实际'). Defects kept: '万元亩' "
            "twice for an area (flagged), '省级财政补贴32.5%为420.37元' (元 for 万元: 1293.45 × 32.5% = 420.37万元; a unit "
            "slip in an amount, not a target, not flagged), '总保险' for 总保费. Checks that hold: 42.59/57.54 = 74.02%, "
            "8.22/20 = 41.1%, and every subsidy amount equals premium × its share (614.39, 29.6, 18.5, 7.4, 171.5, 102.9, "
            "793.32, 237.99, 50.1 ≈ 50.105, 30.06, 20.04, 18.8, 14.1). The six premiums listed add to 3444.29万元, not "
            "4435.53, but the list is cut, so no sum is claimed. The stored page stops after item 6 "
            "('…省级财政补贴30%为14.1万元'), before section 二 (完成情况): the report never reaches its indicator-results "
            "section, so no coverage finding. No goal sentence of its own (goals empty)."
        ),
    },
]


# --------------------------------------------------------------------------- main
def export_pdf(path):
    outdir = os.path.dirname(path)
    with tempfile.TemporaryDirectory() as prof:
        cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
               "--outdir", outdir, path]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def write_gold(doc, source):
    gold = {
        "source": source,
        "source_urls": [doc["url"]],
        "province": doc["province"],
        "doc_kind": doc["doc_kind"],
        "patterns": doc["patterns"],
        "indicators": doc["indicators"],
        "goals": doc["goals"],
        "facts": doc["facts"],
        "findings": doc["findings"],
        "notes": doc["notes"],
    }
    with open(os.path.join(ANN, source + ".json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true", help="skip the LibreOffice PDF export")
    args = ap.parse_args(argv)
    os.makedirs(ANN, exist_ok=True)
    for doc in DOCS:
        name = f"{doc['file']}.{doc['ext']}"
        path = os.path.join(HERE, name)
        doc["build"](path)
        write_gold(doc, name)
        pdf = f"{doc['file']}.pdf"
        if not args.no_pdf:
            if shutil.which("soffice") is None:
                sys.exit("soffice not found (use --no-pdf)")
            export_pdf(path)
        write_gold(doc, pdf)
        print("wrote", name, "and", pdf)


if __name__ == "__main__":
    main()
