#!/usr/bin/env python3
"""Blind part 52 of the real-layout corpus: build the documents and their gold.

Every document reproduces one stored public page (see SOURCES.md).  Facts (names,
values, units, amounts, dates) are kept as the page writes them; longer sentences
are rewritten in our own words with the same numbers.  Each document stops where
the stored page stops.

Usage:  python make_blind52_layouts.py [--no-pdf]

Writes <file>.xlsx / <file>.docx, the PDF export of each (LibreOffice), and
annotations/<file>.json for every document, all from the DOCS table below.
The XLSX/DOCX bytes are fixed between runs (core-property dates pinned and
every zip entry rewritten with one date).
"""
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

import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0)
FIXED_ISO = "2025-01-01T00:00:00Z"
ZIP_DATE = (2025, 1, 1, 0, 0, 0)
CN_FONT = "SimSun"


# ----------------------------------------------------------------- helpers
def pin_zip(path):
    """Rewrite an OOXML zip: fixed core dates, fixed entry dates, same order."""
    with open(path, "rb") as fh:
        data = fh.read()
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    dst = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for info in src.infolist():
        body = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            text = body.decode("utf-8")
            text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                          r"\g<1>" + FIXED_ISO + r"\g<2>", text)
            text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                          r"\g<1>" + FIXED_ISO + r"\g<2>", text)
            text = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)",
                          r"\g<1>" + FIXED_ISO + r"\g<2>", text)
            body = text.encode("utf-8")
        zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        dst.writestr(zi, body)
    dst.close()
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def xl_put(ws, ref, value, bold=False, size=10, align="center"):
    cell = ws[ref]
    cell.value = value
    cell.font = Font(name=CN_FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
    return cell


def xl_box(ws, top, left, bottom, right):
    for r in range(top, bottom + 1):
        for c in range(left, right + 1):
            ws.cell(row=r, column=c).border = BOX


def new_doc():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = CN_FONT
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), CN_FONT)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    cp = d.core_properties
    cp.author = "blind52"
    cp.last_modified_by = "blind52"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.title = ""
    return d


def para(d, text, bold=False, size=None, center=False):
    p = d.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    run.font.name = CN_FONT
    run._element.rPr.rFonts.set(qn("w:eastAsia"), CN_FONT)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def table(d, rows, merges=(), widths=None, size=9):
    """rows: list of lists of strings (None = empty); merges: (r1,c1,r2,c2)."""
    ncols = max(len(r) for r in rows)
    t = d.add_table(rows=len(rows), cols=ncols)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j in range(ncols):
            val = row[j] if j < len(row) else None
            if val is None:
                continue
            cell = t.cell(i, j)
            cell.text = ""
            run = cell.paragraphs[0].add_run(str(val))
            run.font.size = Pt(size)
            run.font.name = CN_FONT
            run._element.rPr.rFonts.set(qn("w:eastAsia"), CN_FONT)
    for (r1, c1, r2, c2) in merges:
        a = t.cell(r1, c1)
        b = t.cell(r2, c2)
        a.merge(b)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                if j < len(row.cells):
                    row.cells[j].width = Cm(w)
    return t


# ------------------------------------------------------------ the documents
def build_caidian(path):
    """蔡甸区园林和林业局 2021 区级森林防火专项经费 项目绩效自评表 (XLSX)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    widths = [14, 12, 26, 14, 14, 20]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    xl_put(ws, "A1", "2021年度区级森林防火专项经费项目绩效自评表", bold=True, size=14)
    ws.merge_cells("A1:F1")
    xl_put(ws, "A2", "单位名称：蔡甸区园林和林业局", align="left")
    ws.merge_cells("A2:C2")
    xl_put(ws, "D2", "填报日期：2022年3月22日", align="left")
    ws.merge_cells("D2:F2")
    xl_put(ws, "A3", "项目名称")
    xl_put(ws, "B3", "区级森林防火专项经费")
    ws.merge_cells("B3:F3")
    xl_put(ws, "A4", "主管部门")
    xl_put(ws, "B4", "区园林和林业局")
    ws.merge_cells("B4:C4")
    xl_put(ws, "D4", "项目实施单位")
    xl_put(ws, "E4", "区园林和林业局")
    ws.merge_cells("E4:F4")
    xl_put(ws, "A5", "预算执行情况（万元）")
    ws.merge_cells("A5:A7")
    xl_put(ws, "B5", "资金来源")
    xl_put(ws, "C5", "预算数（A）")
    xl_put(ws, "D5", "执行数（B）")
    xl_put(ws, "E5", "执行率（B/A）")
    ws.merge_cells("E5:F5")
    xl_put(ws, "B6", "一般预算内拨款")
    xl_put(ws, "C6", 63)
    xl_put(ws, "D6", 63)
    xl_put(ws, "E6", "100%")
    ws.merge_cells("E6:F6")
    xl_put(ws, "B7", "合计")
    xl_put(ws, "C7", 63)
    xl_put(ws, "D7", 63)
    xl_put(ws, "E7", "100%")
    ws.merge_cells("E7:F7")
    xl_put(ws, "A8", "年度绩效目标完成情况", bold=True)
    ws.merge_cells("A8:F8")
    for col, head in zip("ABCDEF", ["一级指标", "二级指标", "三级指标", "年初目标值",
                                     "实际完成值", "未完成原因及改进措施"]):
        xl_put(ws, col + "9", head, bold=True)
    body = [
        # row, 一级, 二级, 三级, 目标, 实际, 原因
        (10, "产出指标", "产出数量", "灭火设备配备率", "100%", "1000件", "达成预期指标"),
        (11, None, None, "监控系统维护率", "100%", "5个", "达成预期指标"),
        (12, None, "产出质量", "森林火灾火因查明率", "不低于95%", None, "达成预期指标"),
        (13, None, None, "森林火灾案件查处率", "不低于90%", None, "达成预期指标"),
        (14, None, "产出时效", "森林火灾6小时内扑灭率", "不低于95%", None, "达成预期指标"),
        (15, None, "产出成本", "成本控制数（万元）", 63, None, "达成预期指标"),
        (16, "效益指标", "社会效益", "重大森林火灾", "0起", None, "达成预期指标"),
        (17, None, None, "公众知晓度是否明显提高", "是", None, "达成预期指标"),
        (18, None, "生态效益", "森林火灾受害面积", "小于0.9‰", None, "达成预期指标"),
        (19, None, "经济效益", "人员伤亡事故", "0人次", None, "达成预期指标"),
        (20, None, "可持续影响", "森林防火监控设备的有效率", "90%", None, "达成预期指标"),
        (21, "满意度指标", "社会公众", None, None, None, None),
    ]
    for (r, a, b, c, d_, e, f) in body:
        for col, val in zip("ABCDEF", (a, b, c, d_, e, f)):
            if val is not None:
                xl_put(ws, f"{col}{r}", val, align="left" if col in "CF" else "center")
    ws.merge_cells("A10:A15")
    ws.merge_cells("B10:B11")
    ws.merge_cells("B12:B13")
    ws.merge_cells("A16:A20")
    ws.merge_cells("B16:B17")
    xl_box(ws, 3, 1, 21, 6)
    for r in range(1, 22):
        ws.row_dimensions[r].height = 24 if r > 1 else 30
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = "blind52"
    wb.properties.lastModifiedBy = "blind52"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(path)


def build_wenchang(path):
    """文昌市林业局 2017 退耕还林苗圃建设市级配套项目 评价报告 (DOCX)."""
    d = new_doc()
    para(d, "2017年退耕还林苗圃建设市级配套项目财政支出绩效评价报告", bold=True, size=16,
         center=True)
    for line in [
        "评价类型：□实施过程评价  ☑完成结果评价",
        "项目名称：2017年退耕还林苗圃建设市级配套项目",
        "项目单位：文昌市林业局",
        "主管部门：文昌市人民政府",
        "评价时间：2018年6月15日至2018年6月25日",
        "组织方式：□财政部门  □主管部门  ☑项目单位",
        "评价机构：□中介机构  □专家组  ☑项目单位评价组",
        "评价单位（盖章）：文昌市林业局",
        "上报时间：2018年6月30日",
    ]:
        para(d, line, size=12)
    para(d, "-15-", center=True)
    page_break(d)
    para(d, "项目绩效目标表", bold=True, size=13, center=True)
    para(d, "项目名称：2017年度退耕还林苗圃建设市级配套项目")
    rows = [
        ["项目指标类型", "绩效指标", "绩效目标", "绩效标准", None, None, None],
        [None, None, None, "优", "良", "中", "差"],
        ["产出指标", "年育苗数量", "600万株", "600万", "500万", "300万", "200万"],
        ["成效指标", "对经济和社会的影响", "对经济和社会的影响较好", "较好", "好", "一般", "差"],
        [None, "群众满意度", "群众满意度较好", "较好", "好", "一般", "差"],
        ["效率指标", "资金按时到位", "资金按时到位率为100%", "100%", "80%-100%", "60%-80%", "<50%"],
        [None, "按时完成既定目标", "2017年12月31日前完成", "按时完成", "延期15天以内",
         "延期15-30天", "延期30天以上"],
    ]
    table(d, rows, merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6),
                           (3, 0, 4, 0), (5, 0, 6, 0)],
          widths=[2.4, 3.2, 3.8, 2.0, 2.2, 2.2, 2.2])
    para(d, "-15-", center=True)
    page_break(d)
    para(d, "项目基本信息", bold=True, size=13, center=True)
    para(d, "一、项目基本情况", bold=True)
    rows = [
        ["项目实施单位", "文昌市林业局", None, "主管部门", "文昌市人民政府", None],
        ["项目负责人", "洪忠师", None, "联系电话", "63222166", None],
        ["地址", "文昌市文城镇文建街84号", None, "邮编", "571300", None],
        ["项目类型", "经常性项目（√）　一次性项目（　）", None, None, None, None],
        ["计划投资额（万元）", "110.00", "实际到位资金（万元）", "84.74", "实际使用情况（万元）", "84.74"],
        ["其中：中央财政", None, "其中：中央财政", None, "其中：中央财政", None],
        ["省财政预算", None, "省财政预算", None, "省财政预算", None],
        ["市县财政预算", "110.00", "市县财政预算", "84.74", "市县财政预算", "84.74"],
        ["地方债券资金", None, "地方债券资金", None, "地方债券资金", None],
    ]
    table(d, rows, merges=[(0, 1, 0, 2), (0, 4, 0, 5), (1, 1, 1, 2), (1, 4, 1, 5),
                           (2, 1, 2, 2), (2, 4, 2, 5), (3, 1, 3, 5)],
          widths=[3.0, 2.6, 3.0, 2.6, 3.0, 2.6])
    para(d, "二、绩效评价指标评分", bold=True)
    rows = [
        ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分"],
        ["项目决策", "20", "项目目标", "4", "目", None, None],
    ]
    table(d, rows, widths=[2.6, 1.6, 2.6, 1.6, 4.0, 1.6, 1.6])
    d.save(path)


def build_chengan(path):
    """成安县水利局 2019 城区保障性住房配套供水管网改造一期工程 项目支出绩效评价报告 (DOCX)."""
    d = new_doc()
    para(d, "2019年度城区保障性住房配套供水管网改造一期工程", bold=True, size=15, center=True)
    para(d, "项目支出绩效评价报告", bold=True, size=15, center=True)
    para(d, "")
    para(d, "为落实预算绩效管理要求、提高本县财政资源配置效率和项目资金使用效益，现将城区保障性住房"
            "配套供水管网改造一期工程项目支出的绩效自评情况报告如下：")
    para(d, "一、专项资金基本情况", bold=True)
    para(d, "（一）项目概况：")
    para(d, "为支持全县供水事业、保障县城居民饮水安全，2019年下达我县城区保障性住房配套供水管网"
            "改造一期工程项目资金153.550567万元。")
    para(d, "（二）项目资金投入使用情况")
    para(d, "（1）资金到位情况")
    para(d, "1、项目预算安排情况。本项目预算安排总额153.550567万元。")
    para(d, "2、财政拨款总额153.550567万元。")
    para(d, "3、资金到位率100%")
    para(d, "（2）资金使用情况")
    para(d, "1、项目实际支出总额153.550567万元。")
    para(d, "2、资金使用率100%。")
    para(d, "（三）项目绩效目标")
    para(d, "总体目标：完成县城部分供水管网的改造，包括管件安装、土方回填和便道砖恢复等内容。")
    para(d, "二、绩效评价工作开展情况", bold=True)
    para(d, "本次评价从财政支出的经济性、效率性、效益性和公平性几方面综合进行，以2019年度项目库为依据，"
            "对2019年度预算安排的城区保障性住房配套供水管网改造一期工程项目全面开展绩效自评。评价指标"
            "体系：自评指标包括项目的产出数量、质量，以及社会效益、服务对象满意度等。指标权重统一设置为："
            "产出指标50%、效益指标30%、服务对象满意度指标10%。")
    para(d, "评价方法及评价标准：自评采用定量与定性相结合")
    d.save(path)


JX_UNITS = [
    ("2", "省田游运动管理中心", "319.65", "134.02", "41.93%"),
    ("3", "省水上运动管理中心", "350", "350.00", "100.00%"),
    ("4", "省射击运动管理中心", "120", "111.40", "92.83%"),
    ("5", "省体操运动管理中心", "180", "40.80", "22.67%"),
    ("6", "省武术运动管理中心", "70", "20.00", "28.57%"),
    ("7", "省球类运动管理中心", "176.55", "27.38", "15.51%"),
    ("8", "省网球运动管理中心", "30", "30.00", "100.00%"),
    ("9", "省少儿体校", "6.55", "6.55", "100.00%"),
    ("10", "省体校", "13.1", "13.10", "100.00%"),
]
JX_CITIES_A = [
    ("11", "南昌市", "84.7", "84.70", "100.00%"),
    ("12", "九江市", "842.72", "842.72", "100.00%"),
    ("13", "赣州市", "1376.06", "1268.36", "92.17%"),
    ("14", "上饶市", "684.7", "568.38", "83.01%"),
    ("15", "吉安市", "1245.34", "1245.34", "100.00%"),
    ("16", "景德镇市", "49.32", "49.32", "100.00%"),
    ("17", "萍乡市", "573.51", "573.51", "100.00%"),
    ("18", "新余市", "52.39", "39.44", "75.28%"),
    ("19", "鹰潭市", "69.42", "66.94", "96.43%"),
]
JX_CITIES_B = [
    ("20", "宜春市", "105.81", "105.81", "100.00%"),
    ("21", "抚州市", "170.18", "170.18", "100.00%"),
]


def build_jiangxi(path):
    """江西省体育局 2021 省级公共文化专项资金和省级体彩公益金 专项转移支付 自评报告 (DOCX)."""
    d = new_doc()
    para(d, "江西省省级公共文化专项资金和省级体彩公益金专项转移支付2021年度绩效自评报",
         bold=True, size=16, center=True)
    para(d, "")
    para(d, "江西省体育局", size=14, center=True)
    para(d, "二O二二年三月", size=14, center=True)
    page_break(d)
    head = ["序号", "各设区市名称", "全年预算数", "全年执行数", "预算执行率"]
    rows = [head]
    rows += [list(r) for r in JX_UNITS]
    sub1 = len(rows)
    rows.append(["省直部门及所属单位小计", None, "1545.85", "1013.25", "65.55%"])
    rows += [list(r) for r in JX_CITIES_A]
    rows.append(list(head))
    rows += [list(r) for r in JX_CITIES_B]
    sub2 = len(rows)
    rows.append(["地市小计", None, "5254.15", "5014.70", "95.44%"])
    tot = len(rows)
    rows.append(["合计", None, "6800", "6027.95", "88.65%"])
    table(d, rows, merges=[(sub1, 0, sub1, 1), (sub2, 0, sub2, 1), (tot, 0, tot, 1)],
          widths=[1.4, 5.0, 3.0, 3.0, 3.0], size=10)
    para(d, "")
    para(d, "从上表看，项目资金总体执行较好。省直单位中，省田游运动管理中心、省体操运动管理中心、"
            "省武术运动管理中心和省球类运动管理中心执行偏低，其余单位执行良好；设区市中除新余市外"
            "执行良好。执行偏慢主要是受疫情影响，各项训练和赛事推后举办，资金支出进度没有达到预期（")
    d.save(path)


# ------------------------------------------------------------------- gold
def ind(l1, l2, name, op, value, unit, text, actual=None, weight=None, score=None):
    return {"level1": l1, "level2": l2, "name": name, "operator": op, "value": value,
            "unit": unit, "target_text": text, "actual": actual, "weight": weight,
            "score": score}


def budget(metric, planned, actual, rate, unit):
    return {"metric": metric, "kind": "budget", "planned": planned, "actual": actual,
            "stated_rate": rate, "unit": unit}


def jx_facts():
    out = []
    for (_, name, a, b, r) in JX_UNITS + JX_CITIES_A + JX_CITIES_B:
        out.append(budget(name, float(a), float(b), float(r.rstrip("%")), None))
    out.append(budget("省直部门及所属单位小计", 1545.85, 1013.25, 65.55, None))
    out.append(budget("地市小计", 5254.15, 5014.70, 95.44, None))
    out.append(budget("合计", 6800.0, 6027.95, 88.65, None))
    out.append({"metric": "省直部门及所属单位小计（全年预算数）", "kind": "sum", "total": 1545.85,
                "parts": [float(r[2]) for r in JX_UNITS], "unit": None})
    out.append({"metric": "省直部门及所属单位小计（全年执行数）", "kind": "sum", "total": 1013.25,
                "parts": [float(r[3]) for r in JX_UNITS], "unit": None})
    out.append({"metric": "地市小计（全年预算数）", "kind": "sum", "total": 5254.15,
                "parts": [float(r[2]) for r in JX_CITIES_A + JX_CITIES_B], "unit": None})
    out.append({"metric": "地市小计（全年执行数）", "kind": "sum", "total": 5014.70,
                "parts": [float(r[3]) for r in JX_CITIES_A + JX_CITIES_B], "unit": None})
    out.append({"metric": "合计（全年预算数）", "kind": "sum", "total": 6800.0,
                "parts": [1545.85, 5254.15], "unit": None})
    out.append({"metric": "合计（全年执行数）", "kind": "sum", "total": 6027.95,
                "parts": [1013.25, 5014.70], "unit": None})
    return out



DOCS = [
    {
        "file": "hb-caidian-firefund-selfeval.xlsx",
        "build": build_caidian,
        "gold": {
            "source_urls": [],
            "province": "湖北",
            "doc_kind": "自评表",
            "patterns": [1, 2, 5, 6],
            "indicators": [
                ind("产出指标", "数量指标", "灭火设备配备率", None, 100, "%", "100%", actual=1000),
                ind("产出指标", "数量指标", "监控系统维护率", None, 100, "%", "100%", actual=5),
                ind("产出指标", "质量指标", "森林火灾火因查明率", ">=", 95, "%", "不低于95%"),
                ind("产出指标", "质量指标", "森林火灾案件查处率", ">=", 90, "%", "不低于90%"),
                ind("产出指标", "时效指标", "森林火灾6小时内扑灭率", ">=", 95, "%", "不低于95%"),
                ind("产出指标", "成本指标", "成本控制数（万元）", None, 63, "万元", "63"),
                ind("效益指标", "社会效益指标", "重大森林火灾", None, 0, "起", "0起"),
                ind("效益指标", "社会效益指标", "公众知晓度是否明显提高", None, None, None, "是"),
                ind("效益指标", "生态效益指标", "森林火灾受害面积", "<", 0.9, "‰", "小于0.9‰"),
                ind("效益指标", "经济效益指标", "人员伤亡事故", None, 0, "人次", "0人次"),
                ind("效益指标", "可持续影响指标", "森林防火监控设备的有效率", None, 90, "%", "90%"),
            ],
            "goals": [],
            "facts": [
                budget("预算执行情况（合计）", 63, 63, 100, "万元"),
                {"metric": "预算数（A）合计", "kind": "sum", "total": 63, "parts": [63],
                 "unit": "万元"},
            ],
            "findings": [
                {"rule": "target.unit_mismatch", "item": "灭火设备配备率",
                 "why": "a rate set at 100% is reported as a count (实际完成值 1000件)"},
                {"rule": "target.unit_mismatch", "item": "监控系统维护率",
                 "why": "a rate set at 100% is reported as a count (实际完成值 5个)"},
                {"rule": "target.unit_mismatch", "item": "森林火灾受害面积",
                 "why": "the name is an area but the target is a per-mille rate (小于0.9‰)"},
                {"rule": "target.vague_wording", "item": "公众知晓度是否明显提高",
                 "why": "'明显提高' with no baseline or number; the target is only '是'"},
                {"rule": "coverage.missing_dimension", "item": "满意度指标",
                 "why": "the page stops in the 满意度 block's second-level cell '社会公众': "
                        "the form as it stands holds no satisfaction indicator"},
            ],
            "notes": (
                "蔡甸区园林和林业局 (武汉, 湖北) 2021 区级森林防火专项经费 项目绩效自评表, "
                "filled 2022-03-22. The stored page (a document-site copy in traditional "
                "characters, written back as simplified) carries no address, so source_urls is "
                "empty; it opens '下载本文档 … 文档简介 2021年度区级森林防火专项经费项目绩效自评表'. "
                "Funds 63万元 budget = 63 executed, 100% (consistent). The text copy runs cells "
                "together: rows with two values are read as 年初目标值 | 实际完成值 (100% | 1000件, "
                "100% | 5个); rows with one value are read as a target with an empty 实际完成值; "
                "'达成预期指标' is put in the last column (未完成原因及改进措施) on every row "
                "(judgement call on column placement). The 二级 labels are the local words "
                "产出数量/产出质量/产出时效/产出成本 and 社会效益/生态效益/经济效益/可持续影响, "
                "mapped to the canonical names. '人员伤亡事故 0人次' sits under 经济效益 "
                "(misfiled, described here, no rule); '成本控制数（万元） 63' restates the budget "
                "(described, no rule); 重大森林火灾 0起 and 人员伤亡事故 0人次 are zero-event "
                "targets, not flagged. The page stops after '满意度指标 社会公众', kept as a "
                "half-filled last row with no 三级 name, which is not an indicator. No goal text "
                "on the form; no 分值/得分 columns.")
        },
    },
    {
        "file": "hi-wenchang-nursery-evalreport.docx",
        "build": build_wenchang,
        "gold": {
            "source_urls": ["https://m.wenku365.com/p-18528595.html"],
            "province": "海南",
            "doc_kind": "评价报告",
            "patterns": [5, 8],
            "indicators": [
                ind("产出指标", None, "年育苗数量", None, 600, "万株", "600万株"),
                ind("效益指标", None, "对经济和社会的影响", None, None, None, "对经济和社会的影响较好"),
                ind("效益指标", None, "群众满意度", None, None, None, "群众满意度较好"),
                ind("产出指标", None, "资金按时到位", "=", 100, "%", "资金按时到位率为100%"),
                ind("产出指标", None, "按时完成既定目标", None, None, None, "2017年12月31日前完成"),
            ],
            "goals": [],
            "facts": [
                budget("项目资金（计划投资额 / 实际到位资金）", 110.0, 84.74, None, "万元"),
            ],
            "findings": [
                {"rule": "target.vague_wording", "item": "对经济和社会的影响",
                 "why": "target '对经济和社会的影响较好' is a word grade with no measure behind it"},
                {"rule": "target.vague_wording", "item": "群众满意度",
                 "why": "satisfaction target '较好' gives no rate or survey basis"},
            ],
            "notes": (
                "文昌市林业局 (海南) 2017年退耕还林苗圃建设市级配套项目 财政支出绩效评价报告 "
                "(完成结果评价, self-evaluation by the project unit, reported 2018-06-30), document "
                "mirror copy. Kept: cover lines with their check boxes, the page footer '-15-' "
                "that the mirror prints twice, the 项目绩效目标表 with its 优/良/中/差 standard "
                "columns (the 优 column of two rows says 较好 and the 良 column 好; the 差 band "
                "of 资金按时到位 is '<50%', leaving 50–60% uncovered: kept, no rule), the basic-"
                "information grid (计划投资额 110.00万元, 实际到位 84.74, 实际使用 84.74, all 市县"
                "财政预算; office phone kept) and the head of the scoring table. The stored page "
                "stops in the first scoring row at '目', so the file stops there; that row (项目"
                "决策 20 / 项目目标 4) is evaluation framework, not an indicator. Judgement calls: "
                "the cell boundaries of the run-together text (绩效目标 '对经济和社会的影响较好' "
                "and '群众满意度较好'); 成效指标 read as merged over its two rows and 效率指标 over "
                "its two rows; 成效 mapped to 效益指标, 效率 (money on time, finish on time) to "
                "产出指标 with no 二级 (the form has one level only). 群众满意度 sits in the 成效 "
                "block, so the form does have a satisfaction indicator: no coverage finding. "
                "Money arrived 84.74 of 110万元 planned (77%, not stated on the page, no rule). "
                "'资金按时到位' measures money, not output (described, no rule). No goal text.")
        },
    },
    {
        "file": "he-chengan-watermain-evalreport.docx",
        "build": build_chengan,
        "gold": {
            "source_urls": [
                "http://cycms.chengan.gov.cn/zfxxgk/bmView.jsp?id=15408&websiteid=921&xxfl=0404"],
            "province": "河北",
            "doc_kind": "评价报告",
            "patterns": [10],
            "indicators": [],
            "goals": [
                {"kind": "总体目标",
                 "text": "完成县城部分供水管网的改造，包括管件安装、土方回填和便道砖恢复等内容。"},
            ],
            "facts": [
                budget("项目资金（预算安排总额 / 实际支出总额）", 153.550567, 153.550567, 100, "万元"),
            ],
            "findings": [
                {"rule": "goal.unquantified", "item": "完成县城部分供水管网的改造",
                 "why": "the overall goal names work items but no length, number or deadline"},
            ],
            "notes": (
                "成安县水利局 (邯郸, 河北) 2019年度 城区保障性住房配套供水管网改造一期工程 项目支出"
                "绩效评价报告 (a self-evaluation, published 2020-06-26 on the county site). Prose "
                "in our own words with the same figures; the site's index block (索引号, 发布机构, "
                "主题词) is left out. Money: 153.550567万元 budgeted = 财政拨款 = spent, 资金到位率 "
                "100% and 资金使用率 100% (consistent). The weights named in 二、 (产出50% + 效益30% "
                "+ 满意度10% = 90%) leave the other 10% to budget execution as in the usual scheme: "
                "not a score total, no finding. The stored page stops in 二、 at '评价方法及评价标准："
                "自评采用定量与定性相结合', so the file stops there, before any indicator result: no "
                "indicator and no coverage finding. The one goal is an 总体目标 listing work items "
                "(管件安装、土方回填、便道砖恢复) with no quantity: goal.unquantified.")
        },
    },
    {
        "file": "jx-sports-lottery-selfreport.docx",
        "build": build_jiangxi,
        "gold": {
            "source_urls": ["https://taowenge.com/p-86518874.html"],
            "province": "江西",
            "doc_kind": "自评报告",
            "patterns": [5, 9, 10],
            "indicators": [],
            "goals": [],
            "facts": jx_facts(),
            "findings": [
                {"rule": "consistency.sum", "item": "省直部门及所属单位小计（全年预算数）",
                 "why": "the nine 省直 rows shown add up to 1265.85, the subtotal says 1545.85"},
                {"rule": "consistency.sum", "item": "省直部门及所属单位小计（全年执行数）",
                 "why": "the nine 省直 rows shown add up to 733.25, the subtotal says 1013.25"},
            ],
            "notes": (
                "江西省体育局 2021年度 绩效自评报告 for the 省级公共文化专项资金 and 省级体彩公益金 "
                "专项转移支付, dated 二O二二年三月; document-site copy (淘文阁). The title line "
                "on the page reads '…2021年度绩效自评报' (the '告' is missing in the text copy, "
                "kept). The copy goes from the cover straight into the execution table, which "
                "starts at 序号 2: row 1 is absent from the stored text. Every row rate agrees "
                "with 执行数/预算数 at two decimals, and 地市小计 and 合计 add up (5254.15 / "
                "5014.70; 1545.85 + 5254.15 = 6800, 1013.25 + 5014.70 = 6027.95); only the 省直 "
                "subtotal is 280 / 280 more than its nine visible rows, which is the missing row "
                "1. The document is judged as it stands (both 省直 sums flagged; judgement call: "
                "the gap comes from the copy, not necessarily from the original). No unit is "
                "written in the table (presumably 万元), so fact units are null. The header "
                "'各设区市名称' also heads the provincial units, and it is repeated inside the "
                "table before row 20 (page break in the original), kept. The closing paragraph "
                "(own words) says all cities but 新余 executed well although 上饶 is at 83.01% "
                "(no rule). The stored page stops at '（' after that paragraph; no indicator or "
                "goal is reached, so no coverage finding.")
        },
    },
]


# ------------------------------------------------------------------- driver
def export_pdf(path):
    outdir = tempfile.mkdtemp(prefix="b52pdf")
    try:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=180)
        name = os.path.splitext(os.path.basename(path))[0] + ".pdf"
        shutil.move(os.path.join(outdir, name), os.path.join(HERE, name))
    finally:
        shutil.rmtree(outdir, ignore_errors=True)


def write_gold(name, gold):
    os.makedirs(ANN, exist_ok=True)
    data = {"source": name}
    data.update(copy.deepcopy(gold))
    with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def main(argv):
    no_pdf = "--no-pdf" in argv
    for doc in DOCS:
        path = os.path.join(HERE, doc["file"])
        doc["build"](path)
        pin_zip(path)
        write_gold(doc["file"], doc["gold"])
        pdf = os.path.splitext(doc["file"])[0] + ".pdf"
        write_gold(pdf, doc["gold"])
        if not no_pdf:
            export_pdf(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
