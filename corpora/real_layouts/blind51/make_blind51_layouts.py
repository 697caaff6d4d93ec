#!/usr/bin/env python3
"""Build the blind51 part of the real-layout corpus.

Each entry of DOCS reproduces one stored public page (its layout, facts and defects; longer sentences in our own
words) as an XLSX or DOCX file, exports it to PDF with LibreOffice, and writes the hand-written gold for both files
to annotations/<file>.json.  Written from scratch for this part.

    python make_blind51_layouts.py            # documents + PDFs + gold
    python make_blind51_layouts.py --no-pdf   # skip the LibreOffice export

The XLSX/DOCX bytes are deterministic: core properties are pinned and every zip entry is rewritten with a fixed
date in a fixed order.
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

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0)
FIXED_ZIP = (2025, 1, 1, 0, 0, 0)
FONT = "宋体"


# ----------------------------------------------------------------------------------------------- determinism helpers
def pin_zip(path):
    """Rewrite an OOXML zip with fixed entry dates and pinned dcterms timestamps."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\g<2>" % stamp, text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\g<2>" % stamp, text)
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, data)
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


# ------------------------------------------------------------------------------------------------------ docx helpers
def new_doc(landscape=False):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_height, sec.page_width = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(2.0))
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    cp = d.core_properties
    cp.author = "blind51"
    cp.last_modified_by = "blind51"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    return d


def para(d, text, bold=False, center=False, size=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.font.name = FONT
    r._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def set_cell(cell, text, bold=False, center=False):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.name = FONT
    r.font.size = Pt(9.5)
    r._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def grid_table(d, rows, ncols, merges=(), widths=None, bold_cells=()):
    """rows: list of lists (len ncols, None = empty); merges: (r0, c0, r1, c1) inclusive."""
    t = d.add_table(rows=len(rows), cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ri, row in enumerate(rows):
        for ci in range(ncols):
            val = row[ci] if ci < len(row) else None
            if val is not None:
                set_cell(t.cell(ri, ci), str(val), bold=(ri, ci) in bold_cells)
    for r0, c0, r1, c1 in merges:
        a = t.cell(r0, c0)
        keep = a.text
        m = a.merge(t.cell(r1, c1))
        set_cell(m, keep, bold=(r0, c0) in bold_cells)
    if widths:
        for row in t.rows:
            for ci, w in enumerate(widths):
                row.cells[ci].width = Cm(w)
    return t


# ------------------------------------------------------------------------------------------------------ xlsx helpers
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def new_wb():
    wb = openpyxl.Workbook()
    wb.properties.creator = "blind51"
    wb.properties.lastModifiedBy = "blind51"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    return wb


def fill_sheet(ws, rows, merges=(), widths=(), heights=None, border_from=1, bold_rows=()):
    for ri, row in enumerate(rows, start=1):
        for ci, val in enumerate(row, start=1):
            c = ws.cell(row=ri, column=ci)
            if val is not None:
                c.value = val
            c.font = Font(name=FONT, size=10, bold=ri in bold_rows)
            c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center" if ri in bold_rows else "left")
            if ri >= border_from:
                c.border = BOX
    for m in merges:
        ws.merge_cells(m)
    for ci, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(ci)].width = w
    if heights:
        for ri, h in heights.items():
            ws.row_dimensions[ri].height = h
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


# ===================================================================================================== the documents
def build_honghe(path):
    d = new_doc()
    para(d, "红河州第二人民医院国家基本公共卫生服务项目州级补助资金2023年度绩效自评报告", bold=True, center=True, size=14)
    lines = [
        "一、绩效目标完成情况分析",
        "(一)资金投入情况分析。",
        "1.项目资金到位情况分析。",
        "红财社发〔2023〕128号文件向红河州第二人民医院下达国家基本公共卫生服务项目州级补助资金2.00万元。",
        "财政资金已全部到位。",
        "2.项目资金执行情况分析。",
        "国家基本公共卫生服务项目州级补助资金2.00万元,到2023年12月31日已使用2.00万元,结余0万元,资金执行率100%。",
        "3.项目资金管理情况分析。",
        "医院按下达的额度启动项目工作,结合本地专项资金的安排统筹使用财政资金,把项目各项工作做实做细。",
        "(二)总体绩效目标完成情况分析。",
        "1.为城乡居民免费提供基本公共卫生服务,推动基本公共卫生服务均等化。",
        "2.依照《国家基本公共卫生服务规范(第三版)》为城乡居民建立健康档案,提供健康教育、预防接种等服务,"
        "并把0毛岁儿童、65岁以上老年人、孕产妇、原发性高血压和2型糖尿病患者、严重精神障碍患者、肺结核患者作为重点人群,"
        "给予有针对性的健康管理服务。",
        "(三)绩效指标完成情况分析。",
        "1.产出指标完成情况分析。",
        "(1)数量指标。",
        "开展工作督导: 一个季度开展工作督导一次,共4次。",
        "开展绩效考核:一个季度开展绩效考核一次,共4次。",
        "(2)成本指标。",
        "开展技术指导:一个季度开展技术指导一次,共4次。",
        "开展考核评价:一个季度开展考核评价一次,共4次。",
        "2.效益指标完成情况分析。",
        "社会效益指标。",
        "及时发现隐患和薄弱环节:一个季度报送一次,共4次。",
        "3.满意度指标完成情况分析",
        "服务对象满意度:服务对象满意度≥80%。",
        "宜传",
    ]
    for ln in lines:
        para(d, ln)
    d.save(path)


def build_miluo(path):
    d = new_doc()
    para(d, "附件3")
    para(d, "汨罗市财政支出项目绩效评价自评报告", bold=True, center=True, size=16)
    para(d, "")
    para(d, "评价类型:项目实施过程评□   项目完成结果评价")
    para(d, "项目名称       低票价运营补贴")
    para(d, "项目单位       汨罗市城市公共汽车公司")
    para(d, "主管部门       汨罗市交通运输局")
    para(d, "评价方式:部门(单位)绩效自评")
    para(d, "评价机构:部门(单位)评价组")
    para(d, "报告日期: 2018   8   04")
    para(d, "汨罗市财政局(制)", center=True)
    d.add_page_break()
    para(d, "一、项 目 基 本 概 况", bold=True)
    rows = [
        ["项目负责人", "虞定武", None, None, "联系电话", "137****3567", None, None],
        ["项目地址", "汨罗市城关", None, None, "邮  编", "414400", None, None],
        ["项目起止时间", "2017年    1   月起至      2017    年   12    月止", None, None, None, None, None, None],
        ["计划安排资金\n(万元)", "89", "实际到位资金\n(万元)", "89", "实际支出\n(万元)", "89", "结余(万元)", None],
        ["其中:中央财政", None, "其中:中央财政", None, "其中:中央财政", None, "其中:中央财政", None],
        ["省财政", None, "省财政", None, "省财政", None, "省财政", None],
        ["市财政", None, "市财政", None, "市财政", None, "市财政", None],
        ["县(市)财政", "89", "县(市)财政", "89", "县(市)财政", "89", "县(市)财政", None],
        ["其它", None, "其它", None, "其它", None, "其它", None],
    ]
    grid_table(d, rows, 8, merges=[(0, 1, 0, 3), (0, 5, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7), (2, 1, 2, 7)],
               widths=[2.6, 1.6, 2.6, 1.6, 2.6, 1.6, 2.6, 1.6])
    para(d, "")
    para(d, "二、项目支出明细情况", bold=True)
    rows = [
        ["支出内容", "实际支出数", "会计凭证号", "备注"],
        ["低票价补贴", "488000", "2018年2月0077号", None],
        ["低票价补贴", "27000", "2018年3月0087号", None],
        ["低票价补贴", "16200", "2018年6月102号", None],
        ["低票价补贴", "358800", "2018年11月001号", None],
        ["支出合计", "890000", None, None],
    ]
    grid_table(d, rows, 4, widths=[4.0, 3.5, 5.0, 4.5], bold_cells={(0, 0), (0, 1), (0, 2), (0, 3)})
    para(d, "")
    para(d, "三、项目绩效自评情况", bold=True)
    rows = [
        ["项目绩效定性目标及实施计划完成情况", None],
        ["预  期 目 标", "实际完成"],
        ["低票价运营补贴", "60%"],
        ["项目绩效定量目标(", None],
    ]
    grid_table(d, rows, 2, merges=[(0, 0, 0, 1), (3, 0, 3, 1)], widths=[9.0, 8.0], bold_cells={(0, 0)})
    d.save(path)


def build_huainan(path):
    wb = new_wb()
    ws = wb.active
    ws.title = "项目清单"
    names = [
        "窗口人员月度考核奖",
        "政务服务中心行政及“一费制”经费",
        "标准化建设经费",
        "免费复印、邮政快递费用",
        "网上政务服务平台",
        "淮南智慧城市民生领域建设PPP",
        "省级大数据企业奖补资金",
        "电子政务外网安全监测平台建设",
        "淮南市政务服务大厅综合窗口咨询、接件、办件服务",
        "政务中心网络运行维护外包费及电子政务运行维护费",
        "淮南市电子政务外网租赁服务项目",
        "淮南市电子政务云计算中心租赁服务及政府协同办公系统租用服务项目",
        "淮南市党政专网线路租赁服务项目",
        "淮南市政务中心办公楼互联网租用项目",
    ]
    rows = [["淮南市数据资源管理局2023年部门决算中项目绩效评价报告", None], ["序号", "项目名称"]]
    rows += [[i, n] for i, n in enumerate(names, start=1)]
    fill_sheet(ws, rows, merges=["A1:B1"], widths=[8, 70], border_from=2, bold_rows=(1, 2))

    ws2 = wb.create_sheet("自评表")
    E = None
    goal1 = "目标1:按日考勤、周巡查、月考核、年考评的要求,抓好窗口工作人员的考核管理。"
    rows = [
        ["项目支出绩效自评表", E, E, E, E, E, E, E, E],
        ["(2023年度)", E, E, E, E, E, E, E, E],
        ["项目名称", "窗口人员月度考核奖", E, E, E, E, E, E, E],
        ["主管部门", "淮南市数据资源管理局", E, E, "实施单位", "淮南市数据资源管理局", E, E, E],
        ["项目资金", E, "年初预算数", "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分", E],
        [E, "年度资金总额:", 115.2, 115.2, 115.2, 10, "100%", 10, E],
        [E, "其中:本年财政拨款", 115.2, 115.2, E, "-", E, "-", E],
        [E, "上年结转资金", E, E, E, "-", E, "-", E],
        [E, "其他资金", E, E, E, "-", E, "-", E],
        ["年度总体目标完成情况", "预期目标", E, E, E, "实际完成情况", E, E, E],
        [E, goal1, E, E, E, "完成", E, E, E],
        ["年度绩效指标完成情况", "一级", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [E, "产", "数量指标", "指标1:窗口和工作人员月度绩效考核全覆盖,优秀比例不超过20%", E, "达成预期指标", 15, 15, E],
        [E, E, "质量指标", "指标1:发挥考核奖励的激励作用,进一步", E, E, E, E, E],
    ]
    merges = ["A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "A5:A9", "H5:I5", "H6:I6", "H7:I7", "H8:I8", "H9:I9",
              "A10:A11", "B10:E10", "F10:I10", "B11:E11", "F11:I11", "A12:A14", "B13:B14"]
    fill_sheet(ws2, rows, merges=merges, widths=[12, 16, 12, 34, 13, 13, 10, 8, 20], border_from=3,
               heights={11: 36, 13: 36, 14: 30}, bold_rows=(1, 2))
    for ref in ("C5", "D5", "E5", "F5", "G5", "H5", "B12", "C12", "D12", "E12", "F12", "G12", "H12", "I12"):
        ws2[ref].font = Font(name=FONT, size=10, bold=True)
        ws2[ref].alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    wb.save(path)


def build_luding(path):
    d = new_doc()
    para(d, "绩效运行监控分析报告", bold=True, center=True, size=16)
    para(d, "")
    for ln in [
        "财政机关名称:泸定县财政局",
        "被分析单位名称:泸定县农牧农村和科技局",
        "分析项目:2022年部门整体绩效运行监控分析",
        "受托分析中介机构:四川中磊会计 (略)",
        "公司地址: (略) 青羊区日月大道1501号万和中心1栋905室",
        "电话:(028)*",
        "邮政编码:*",
    ]:
        para(d, ln)
    para(d, "目 录", bold=True, center=True)
    d.add_page_break()
    para(d, "泸定县农牧农村和科技局2022年部门整体", bold=True, center=True, size=14)
    para(d, "绩效运行监控分析报告", bold=True, center=True, size=14)
    para(d, "中磊咨字[2022]第10-30号", center=True)
    para(d, "泸定县财政局:")
    para(d, "受贵局委托,我们对泸定县农牧农村和科技局(以下简称:农牧局)“2022年部门整体绩效运行情况”进行了分析。"
            "农牧局对其提供的绩效分析资料的真实性、合法性和完整性负责;我们的责任是按照《中共中央 (略) 关于全面实施预算绩效管理的意见》"
            "(中发〔2018〕34号)、《 (略) 委 (略) 人民政府关于全面实施预算绩效管理的实施意见》(川委发〔2019〕8号)以及"
            "《泸定县财政局 关于开展2022年预算绩效运行监控工作的通知》(泸财〔2022〕157号)的要求,结合该部门2022年的整体情况"
            "开展绩效监控,并出具本绩效运行监控分析报告。现将有关情况报告如下:")
    para(d, "一、基本情况")
    para(d, "(一)部门基本情况")
    para(d, "机构名称:泸定县农牧农村和科技局(泸定县供销合作社联合社);机构性质:机关;单位负责人:刘洪;统一社会信用代码:*88W。"
            "单位所在地:泸定县泸桥镇瑞金路359号。")
    para(d, "县农牧农村科技局行政编制 12 名。其中:局长 1名,副局长 2 名,县委农办专职副主任 1 名,农艺师 1 名,经济师 1 名,"
            "畜牧师 1 名;股长(室主任)10 名(含食用农产品稽查专员1 名)。机关工勤人员控制数 1 名。")
    para(d, "截至**日,行政在职人数37人(其中行政工勤3人)。事业在职人数年初47人(其中")
    d.save(path)


def build_baoshan(path):
    d = new_doc()
    para(d, "2017年度项目绩效自评报告", bold=True, center=True, size=15)
    para(d, "(电子政务运行维护项目)", center=True)
    for ln in [
        "一、项目基本情况",
        "为保证全市电子政务网络正常运行、电子公文正常流转、各级各部门政府网站运行良好、电子政务数据中心机房和各类信息系统"
        "安全可靠运行,每年都要对电子政务网络、平台、政府网站、机房和信息系统进行维护保障。本年度的目标是顺利完成电子政务网络、"
        "平台、协同办公系统、政府网站集群系统、电子印章系统、数据中心机房的运行维护和安全加固。",
        "二、项目绩效自评工作开展情况",
        "电子政务运行维护经费项目自全市开展电子政务工作以来一直延续,每年都要维护电子政务网络、平台、政府网站、信息系统和机房。"
        "为把维护工作做好,市政府办党政机关电子政务管理科及时向分管领导汇报,与财务科一道梳理了2017年度项目运行情况,"
        "总结了经费的预算、执行和支付,并对项目开展了绩效自评。按照市人民政府办公室党组2017年第8次会议的要求和安排,"
        "办公室组织相关科室报市财政局批准后进行采购,已按招标采购程序完成项目的采购和维护,涉及经费1700000元,"
        "全年实际支出1409205.4元,全部由市级财政承担。",
        "三、项目绩效实现情况",
        "(一)项目资金情况",
        "1.电子政务运行维护经费170万元经年初预算审核通过后,2017年3月到账70万元,6月到账60万元,10月到账20元,11月到账20万元。",
        "2.市政府办公室党政机关电子政务管理科提交项目资料后,由市政府办公室财务科支付资金。",
        "3.为管好项目资金,财务科在项目完成并取得相关资料后报办公室主要领导审核,经市人民政府办公室党组2017年第8次会议"
        "研究同意后及时支付项目款项;办公室对该项目资金单独核算,不挤占、不挪用。",
        "(",
    ]:
        para(d, ln)
    d.save(path)


# ============================================================================================================ gold
def ind(l1, l2, name, op, value, unit, target_text, actual, weight=None, score=None):
    return {"level1": l1, "level2": l2, "name": name, "operator": op, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual, "weight": weight, "score": score}


HONGHE_GOAL1 = "为城乡居民免费提供基本公共卫生服务,推动基本公共卫生服务均等化。"
HONGHE_GOAL2 = ("依照《国家基本公共卫生服务规范(第三版)》为城乡居民建立健康档案,提供健康教育、预防接种等服务,并把0毛岁儿童、"
                "65岁以上老年人、孕产妇、原发性高血压和2型糖尿病患者、严重精神障碍患者、肺结核患者作为重点人群,给予有针对性的健康管理服务。")
HUAINAN_GOAL = "目标1:按日考勤、周巡查、月考核、年考评的要求,抓好窗口工作人员的考核管理。"
BAOSHAN_GOAL = ("本年度的目标是顺利完成电子政务网络、平台、协同办公系统、政府网站集群系统、电子印章系统、数据中心机房的运行维护和安全加固。")

DOCS = [
    {
        "file": "yn-honghe-second-hospital-phs-selfreport",
        "fmt": "docx",
        "build": build_honghe,
        "gold": {
            "source_urls": ["https://www.hh.gov.cn/info/11481/653482.htm"],
            "province": "云南",
            "doc_kind": "自评报告",
            "patterns": [6, 10],
            "indicators": [
                ind("产出指标", "数量指标", "开展工作督导", None, 4, "次", "一个季度开展工作督导一次,共4次", 4),
                ind("产出指标", "数量指标", "开展绩效考核", None, 4, "次", "一个季度开展绩效考核一次,共4次", 4),
                ind("产出指标", "成本指标", "开展技术指导", None, 4, "次", "一个季度开展技术指导一次,共4次", 4),
                ind("产出指标", "成本指标", "开展考核评价", None, 4, "次", "一个季度开展考核评价一次,共4次", 4),
                ind("效益指标", "社会效益指标", "及时发现隐患和薄弱环节", None, 4, "次", "一个季度报送一次,共4次", 4),
                ind("满意度指标", "服务对象满意度指标", "服务对象满意度", ">=", 80, "%", "服务对象满意度≥80%", None),
            ],
            "goals": [
                {"kind": "总体目标", "text": HONGHE_GOAL1},
                {"kind": "总体目标", "text": HONGHE_GOAL2},
            ],
            "facts": [
                {"metric": "国家基本公共卫生服务项目州级补助资金", "kind": "budget", "planned": 2.00, "actual": 2.00,
                 "stated_rate": 100, "unit": "万元"},
            ],
            "findings": [
                {"rule": "goal.unquantified", "item": "为城乡居民免费提供基本公共卫生服务",
                 "why": "总体目标 1 names the service and 均等化 with no number, level or deadline"},
                {"rule": "goal.unquantified", "item": "依照《国家基本公共卫生服务规范(第三版)》为城乡居民建立健康档案",
                 "why": "总体目标 2 lists services and target groups but sets no count, rate or coverage"},
            ],
            "notes": (
                "红河州卫生健康委员会 page (发布 2024-03-20) with the 2023 self-evaluation report of 红河州第二人民医院 for "
                "2.00万元 of 州级 基本公共卫生 money (红财社发〔2023〕128号). The web chrome (索引号, 发布机构) is left out. The stored "
                "page stops after the satisfaction line with the single fragment '宜传' (typo of 宣传, start of the next item); the "
                "document stops there too. Defects kept: '0毛岁儿童' (mirror/OCR damage of 0～6岁), the stray space after "
                "'开展工作督导:', the two 成本指标 lines that hold activity counts (技术指导, 考核评价: misfiled, no rule of the brief, "
                "noted only), '社会效益指标。' as a bare line. Judgement calls: each labelled line states the rule (one per quarter) and "
                "the count (共4次) in one sentence inside the 完成情况 section, so the gold takes 4 次 as the value and 4 as the actual, "
                "operator null (no word for ≥ or =); the satisfaction line gives only the target (≥80%) and no result, so its actual "
                "is null. Money: 2.00 used of 2.00, 结余0, 执行率100% (consistent). All three dimensions are present; no 质量/时效 "
                "rows (not a dimension rule). Longer sentences (资金管理, the two 总体目标) are in our own words with the same facts."
            ),
        },
    },
    {
        "file": "hn-miluo-bus-fare-selfreport",
        "fmt": "docx",
        "build": build_miluo,
        "gold": {
            "source_urls": ["http://miluo.gov.cn/25308/27701/27734/27738/27925/content_1462985.html"],
            "province": "湖南",
            "doc_kind": "自评报告",
            "patterns": [5, 8, 10],
            "indicators": [],
            "goals": [
                {"kind": "目标", "text": "低票价运营补贴"},
            ],
            "facts": [
                {"metric": "低票价运营补贴资金", "kind": "budget", "planned": 89, "actual": 89, "stated_rate": None,
                 "unit": "万元"},
                {"metric": "支出合计", "kind": "sum", "total": 890000, "parts": [488000, 27000, 16200, 358800],
                 "unit": "元"},
            ],
            "findings": [
                {"rule": "goal.unquantified", "item": "低票价运营补贴",
                 "why": "the only 定性目标 is the project name; its 实际完成 '60%' has no target or meaning to measure against"},
            ],
            "notes": (
                "汨罗市城市公共汽车公司 2017 财政支出项目绩效评价自评报告 for the 低票价运营补贴 (湖南 汨罗市财政局 template, 附件3): "
                "cover page, 一、项目基本概况 (money by level: 89万元 planned = 到位 = 支出, all 县(市)财政, 结余 blank), "
                "二、项目支出明细情况 (four vouchers 488000 + 27000 + 16200 + 358800 = 890000 元, consistent, in 元 while the "
                "summary is in 万元), 三、项目绩效自评情况. The stored page stops at the row '项目绩效定量目标(' (the cell is cut): "
                "no quantitative target, no indicator row, no score; being cut before its indicator section, the report gets no "
                "coverage finding. Defects kept: '项目实施过程评□' (missing 价), the spaced '2018   8   04' date, the four-times "
                "repeated 其中/省/市/县(市) labels, the '(' left open. Noted, no rule: the report date 2018-08-04 precedes the voucher "
                "'2018年11月001号'; vouchers of a 2017 project are all dated 2018. The 项目负责人 mobile number is masked as "
                "137****3567 (personal data); the name is kept as published. The 定性目标 row (预期目标 '低票价运营补贴', 实际完成 "
                "'60%') is read as a goal, not an indicator (judgement call)."
            ),
        },
    },
    {
        "file": "ah-huainan-data-bureau-selfeval",
        "fmt": "xlsx",
        "build": build_huainan,
        "gold": {
            "source_urls": ["https://sjzyj.huainan.gov.cn/public/118319865/1260329310.html"],
            "province": "安徽",
            "doc_kind": "自评表",
            "patterns": [1, 2, 5, 6, 10],
            "indicators": [
                ind("产出指标", "数量指标", "指标1:窗口和工作人员月度绩效考核全覆盖,优秀比例不超过20%", None, None, None, None,
                    None, 15, 15),
                ind("产出指标", "质量指标", "指标1:发挥考核奖励的激励作用,进一步", None, None, None, None, None, None, None),
            ],
            "goals": [
                {"kind": "年度目标", "text": HUAINAN_GOAL},
            ],
            "facts": [
                {"metric": "年度资金总额", "kind": "budget", "planned": 115.2, "actual": 115.2, "stated_rate": 100,
                 "unit": "万元"},
            ],
            "findings": [
                {"rule": "target.missing_value", "item": "指标1:窗口和工作人员月度绩效考核全覆盖,优秀比例不超过20%",
                 "why": "the 年度指标值 cell is empty; the only figure (优秀比例不超过20%) sits inside the name, beside a second "
                        "measure (全覆盖)"},
                {"rule": "target.missing_value", "item": "指标1:发挥考核奖励的激励作用,进一步",
                 "why": "the row stops after its (cut) name: no target, actual or points in the file"},
                {"rule": "goal.unquantified", "item": "目标1:按日考勤、周巡查、月考核、年考评的要求",
                 "why": "the annual goal names the routine of checks, no number of staff, rate or level"},
                {"rule": "coverage.missing_dimension", "item": "效益指标",
                 "why": "the form stops in its 质量 row: no 效益 indicator in the file"},
                {"rule": "coverage.missing_dimension", "item": "满意度指标",
                 "why": "the form stops in its 质量 row: no 满意度 indicator in the file"},
            ],
            "notes": (
                "淮南市数据资源管理局 page '2023年部门决算中项目绩效评价报告': a list of 14 projects (sheet 项目清单) followed by the "
                "first of their 项目支出绩效自评表 (sheet 自评表, 窗口人员月度考核奖, 115.2万元, 100%, 执行率 points 10). The stored "
                "page stops inside the first 质量指标 name ('...激励作用,进一步'); the sheet stops there too, so 13 of the 14 forms are "
                "absent. Defects kept: the 一级 label written '产' only (merged over the two rows), the empty 全年执行数 and 执行率 "
                "cells of the 其中:本年财政拨款 row, '-' placeholders, empty 年度指标值 and 偏差 cells, actual '达成预期指标' (text, so "
                "actual null), '指标1' prefixes in names. The 年度总体目标 cell is in our own words with the same content; its "
                "实际完成情况 is '完成'. Judgement calls: the first row's target is in the name (pattern 6), but the value column is "
                "blank, so the gold keeps value/operator null and flags target.missing_value; the cut second row is flagged too "
                "because the file as it stands has a name and nothing else; 15 points for one of the first rows cannot be checked "
                "against a total (no 总分 in the file)."
            ),
        },
    },
    {
        "file": "sc-luding-agri-dept-monitoring-report",
        "fmt": "docx",
        "build": build_luding,
        "gold": {
            "source_urls": ["https://m.bidcenter.com.cn/news-17-204552981.html"],
            "province": "四川",
            "doc_kind": "评价报告",
            "patterns": [7, 10],
            "indicators": [],
            "goals": [],
            "facts": [],
            "findings": [],
            "notes": (
                "Third-party 绩效运行监控分析报告 (中磊咨字[2022]第10-30号, 四川中磊会计…) for the 2022 部门整体 monitoring of "
                "泸定县农牧农村和科技局 (甘孜州), commissioned by 泸定县财政局 under 泸财〔2022〕157号; copy on a tender-notice site "
                "that masks names and numbers. doc_kind '评价报告' is the nearest kind: it is a mid-year monitoring analysis, not a "
                "final evaluation. The stored page holds the cover, the empty '目 录', the commission paragraph (own words, same "
                "document numbers) and the start of 一、基本情况 (unit facts and staffing); it stops at '事业在职人数年初47人(其中' and "
                "the document stops there too. Mirror masks kept as found: '(略)', '*', '*88W', '截至**日', '(028)*'. No goal, "
                "indicator or money figure is reached, so no finding; a report cut before its monitoring results gets no coverage "
                "finding. Noted only: 行政编制 12 名 'of which' 7 leader posts plus 10 股长 posts (17) is not a parts-of-total sum "
                "(posts, not 编制 shares), so no consistency.sum is recorded."
            ),
        },
    },
    {
        "file": "yn-baoshan-egov-selfreport",
        "fmt": "docx",
        "build": build_baoshan,
        "gold": {
            "source_urls": ["https://baoshan.gov.cn/info/6643/4250104.htm"],
            "province": "云南",
            "doc_kind": "自评报告",
            "patterns": [10],
            "indicators": [],
            "goals": [
                {"kind": "年度目标", "text": BAOSHAN_GOAL},
            ],
            "facts": [
                {"metric": "电子政务运行维护经费", "kind": "budget", "planned": 1700000, "actual": 1409205.4,
                 "stated_rate": None, "unit": "元"},
                {"metric": "2017年到账资金", "kind": "sum", "total": 170, "parts": [70, 60, 0.002, 20], "unit": "万元"},
            ],
            "findings": [
                {"rule": "goal.unquantified", "item": "本年度的目标是顺利完成电子政务网络、平台",
                 "why": "the annual goal lists systems to maintain, with no availability, response time or count"},
                {"rule": "goal.process_only", "item": "本年度的目标是顺利完成电子政务网络、平台",
                 "why": "the goal is the maintenance work itself (运行维护和安全加固), not a result of it"},
                {"rule": "consistency.sum", "item": "2017年到账资金",
                 "why": "70万 + 60万 + '20元' + 20万 = 150.002万元 as written, not the 170万元 budget; the October instalment "
                        "reads 20元 where 20万元 is meant"},
            ],
            "notes": (
                "保山市人民政府办公室 2017年度项目绩效自评报告 (电子政务运行维护项目), published on the 保山 government site. Prose; "
                "the stored page stops at the open bracket '(' after item 3 of (一)项目资金情况, and the document stops there too. "
                "Longer sentences are in our own words with the same figures: 1700000元 budget, 1409205.4元 spent (82.89%, no rate "
                "stated), all 市级财政; instalments 3月 70万元, 6月 60万元, 10月 '20元', 11月 20万元. The 到账 sum is recorded as written "
                "(20元 = 0.002万元) and flagged (judgement call: the unit slip is the finding). No indicator section is reached, so no "
                "coverage finding. goal.process_only and goal.unquantified are both given for the one goal (judgement call)."
            ),
        },
    },
]


# ============================================================================================================= main
def export_pdf(path, outdir):
    with tempfile.TemporaryDirectory() as prof:
        cmd = ["soffice", "-env:UserInstallation=file://%s" % prof, "--headless", "--convert-to", "pdf",
               "--outdir", outdir, path]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def write_gold(name, gold):
    data = {"source": name}
    data.update(copy.deepcopy(gold))
    with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true", help="skip the LibreOffice PDF export")
    args = ap.parse_args(argv)
    os.makedirs(ANN, exist_ok=True)
    for doc in DOCS:
        name = "%s.%s" % (doc["file"], doc["fmt"])
        path = os.path.join(HERE, name)
        doc["build"](path)
        pin_zip(path)
        write_gold(name, doc["gold"])
        pdf = doc["file"] + ".pdf"
        write_gold(pdf, doc.get("pdf_gold", doc["gold"]))
        if not args.no_pdf:
            if shutil.which("soffice") is None:
                sys.exit("soffice not found; use --no-pdf")
            export_pdf(path, HERE)
        print("wrote", name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
