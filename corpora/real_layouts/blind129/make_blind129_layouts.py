#!/usr/bin/env python3
"""Blind part blind129 of the real-layout corpus.

Writes three documents reproducing the beginnings of stored public web pages
about primary / public health service funding and assessment, their PDFs
(LibreOffice), and one gold JSON per file under annotations/.

The gold below was written by an annotator who has not read the toolkit's code.
Run:  /tmp/venv/bin/python make_blind129_layouts.py
"""
import datetime as _dt
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = _dt.datetime(2025, 1, 1, 0, 0, 0)
ZIP_TIME = (2025, 1, 1, 0, 0, 0)
FONT = "Noto Serif CJK SC"

# ---------------------------------------------------------------------------
# GOLD (written first, before any file is produced or looked at by a tool)
# ---------------------------------------------------------------------------

F_CHENCANG = "shaanxi-chencang-jbgw-buzhuzijin-xiada.docx"
F_LIST = "weizhi-shengji-jbgw-2023mubiao-liebiao.docx"
F_GUANGDE = "anhui-guangde-jbgw-kaohezhibiao-biao.xlsx"

URL_CHENCANG = "http://www.chencang.gov.cn/col8173/col8180/col16406/202412/t20241219_902844.html"
URL_LIST = "https://ewitkey.cn/cms/show-31843.html"
URL_GUANGDE = "https://m.wenke99.com/p-12181670.html"


def ind(name, op, value, unit, target_text, level1=None, level2=None,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": op,
            "value": value, "unit": unit, "target_text": target_text,
            "actual": actual, "weight": weight, "score": score}


GOLD = {}

GOLD[F_CHENCANG] = {
    "source_urls": [URL_CHENCANG],
    "province": "陕西省",
    "doc_kind": "资金下达通知(附资金分配表)",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "2024年基本公共卫生服务等7项中央补助资金", "kind": "sum",
         "total": 465.87, "parts": [334.48, 9.04, 18.5, 40.27, 63.58], "unit": "万元"},
        {"metric": "基本药物制度中央补助资金", "kind": "sum",
         "total": 40.27, "parts": [12.72, 27.55], "unit": "万元"},
        {"metric": "2024年基本公共卫生服务中央补助资金分配表 卫健局 本次下达资金金额", "kind": "sum",
         "total": 334.48, "parts": [257.5, 12.09, 9.1, 2, 20.69, 15.26, 9, 1, 7.84], "unit": "万元"},
    ],
    "findings": [],
    "notes": (
        "Stored page (陈仓区政府网站, 2024-12) begins with the addressee line '区卫健局:' (the page title and the "
        "issuing office are outside the stored text) and stops after the only data row of the 分配表 "
        "(卫健局 ... 334.48). No signature, date or indicator table is in the stored text, so the document has none. "
        "The two body paragraphs are reworded; every document number, fund name, amount and 功能分类科目 code is "
        "kept as written. All three sums check out (465.87; 40.27; 334.48), so no consistency finding: the file is "
        "a negative test for consistency.sum. Judgement calls: (1) the notice speaks of '7项' central funds but names "
        "five (six if the two 基本药物 sub-funds are counted); no §5 rule covers a count of items, so it is left "
        "in notes, not in findings. (2) No goals or indicators, so no goal/target rules apply; the file counts as "
        "one of the two prose-only documents of this part (its only table is a money allocation table, not an "
        "indicator table). (3) Pattern 10 for amounts and sub-amounts given in prose."
    ),
}

_L = [
    ("以乡镇(街道)为单位适龄儿童国家免疫规划疫苗接种率", ">=", 90, "%", "≥90%"),
    ("7岁以下儿童健康服务率", ">=", 90, "%", "≥90%"),
    ("0-6岁儿童眼保健和视力检查覆盖率", ">=", 90, "%", "≥90%"),
    ("孕产妇系统服务率", ">=", 90, "%", "≥90%"),
    ("3岁以下儿童系统服务率", ">=", 90, "%", "≥90%"),
    ("高血压患者管理人数", None, 142, "万人", "142万人"),
    ("2型糖尿病患者管理人数", None, 63, "万人", "63万人"),
    ("肺结核患者管理率", ">=", 90, "%", "≥90%"),
    ("社区在册居家严重精神障碍患者健康管理率", ">=", 95, "%", "≥95%"),
    ("社区在册居家严重精神障碍患者健康体检率", ">=", 60, "%", "≥60%"),
    ("0-36个月儿童中医药健康管理率", ">=", 77, "%", "≥77%"),
    ("65岁及以上老年人中医药健康管理率", ">=", 70, "%", "≥70%"),
    ("卫生监督协管各专业年巡查(访)2次完成率", ">=", 90, "%", "≥90%"),
    ("职业健康检查服务覆盖率", ">=", 100, "%", "≥100%"),
    ("地方病防治工作任务完成率", ">=", 95, "%", "≥95%"),
    ("宫颈癌、乳腺癌筛查目标人群覆盖率", None, None, None, "较上年提高"),
    ("居民规范化电子健康档案覆盖率", ">=", 62, "%", "≥62%"),
    ("高血压患者基层规范管理服务率", ">=", 76, "%", "≥76%"),
    ("2型糖尿病患者基层规范管理服务率", ">=", 76, "%", "≥76%"),
    ("65岁及以上老年人城乡社区规范健康管理服务率", ">=", 62, "%", "≥62%"),
    ("传染病和突发公共卫生事件报告率", ">=", 95, "%", "≥95%"),
    ("职业健康检查机构个案数据报送率", ">=", 90, "%", "≥90%"),
    ("城乡居民公共卫生差距", None, None, None, "不断缩小"),
    ("居民健康素养水平", None, None, None, "不断提高"),
    ("职工对职业病防治社会知晓率", None, None, None, "较上年提高"),
    ("基本公共卫生服务水平", None, None, None, "不断提高"),
    ("基本公共卫生服务对象满意度", None, None, None, "较上年提高"),
    ("尘肺病康复患者满意度", ">=", 85, "%", "≥85%"),
    ("市级职业病防治技术支撑机构满意度", ">=", 90, "%", "≥90%"),
]

GOLD[F_LIST] = {
    "source_urls": [URL_LIST],
    "province": "未注明(省级目标,页面未写省份)",
    "doc_kind": "基本公共卫生服务项目年度绩效目标清单(转载,编号列表)",
    "patterns": [6, 9],
    "indicators": [ind(*row) for row in _L],
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "target.vague_wording", "item": "宫颈癌、乳腺癌筛查目标人群覆盖率",
         "why": "目标只写'较上年提高',没有数值,也没有写上年基数。"},
        {"rule": "target.vague_wording", "item": "城乡居民公共卫生差距",
         "why": "'不断缩小'没有可衡量的数值或口径。"},
        {"rule": "target.vague_wording", "item": "居民健康素养水平",
         "why": "'不断提高'没有目标值(如≥x%)。"},
        {"rule": "target.vague_wording", "item": "职工对职业病防治社会知晓率",
         "why": "率类指标只写'较上年提高',无数值、无基数。"},
        {"rule": "target.vague_wording", "item": "基本公共卫生服务水平",
         "why": "'不断提高'无数值,指标本身也不可计量。"},
        {"rule": "target.vague_wording", "item": "基本公共卫生服务对象满意度",
         "why": "满意度只写'较上年提高',无目标值。"},
        {"rule": "target.impossible_value", "item": "职业健康检查服务覆盖率",
         "why": "≥100%实际上只能等于100%,应写=100%或给出合理目标值。"},
    ],
    "notes": (
        "Stored page (ewitkey.cn / 医微客, reposting 基层医声公社, dated 2023-09-22) has no visible title in the stored "
        "text; it is a numbered list of 29 targets followed by a source line and a copyright notice that stops "
        "mid-sentence ('转载仅作观点'); the document stops there too. The 29 list lines are kept exactly as found, "
        "including the bracketed notes '(2022:90%)', '(2022 :90%)' (odd space kept), '(2022年:61%)', '(新增)'. "
        "The copyright notice is reworded and keeps the cut. Judgement calls: (1) province unknown: the page does not "
        "name one; 142万人/63万人 managed patients and a '市级职业病防治技术支撑机构' line point to one province's "
        "targets, so province is left as 未注明. (2) No table: the file counts as one of the two prose-only documents; "
        "each list line is one indicator row, level1/level2 null (the list gives no levels). (3) name = text before "
        "the operator or value; target_text = operator+value as written without the bracketed previous-year note or "
        "'(新增)'; bracketed 2022 values are last year's targets/values, not 实际完成值, so actual is null. "
        "(4) '高血压患者管理人数142万人' and '2型糖尿病患者管理人数63万人': value written after the name with no "
        "operator -> operator null, value 142/63, unit 万人 (pattern 6, value in the name line). (5) item 13 keeps "
        "'2次' inside the name (it is part of the measure, not its target). (6) Not flagged: satisfaction rows with a "
        "number (≥85%, ≥90%) are fine; no rate formulas are given anywhere (RATE_NO_FORMULA is info-level with no "
        "§5 id, so not listed); target.too_low cannot be judged without actuals."
    ),
}

_G_STD = (
    "有实施方案:有具体工作指标,并结合实际细化服务流程,且符合国家及省的规定;能够实时查看基层机构的信息,"
    "对健康档案和各类重点人群健康管理档案的统计汇总功能、能够实现居民健康档案、各类重点人群档案的录入和更新、"
    "基层机构与下辖村卫生室互联互通,能查看各类服务的完整档案;有内部绩效考核制度或要求、有考核过程资料和各项服务"
    "完成数据、依据考核结果分配项目资金(有资金分配文件、拨款财务凭证)。"
)
_G_SCORE = (
    "实施方案有具体工作指标,有任务清单,并结合实际细化服务流程1分;资金管理制度明确了资金支出范围,且符合国家及省"
    "的规定1分;能够实时查看基层机构的信息1分、能够实现居民健康档案、各类重点人群档案的录入和更新1分、基层机构与"
    "下辖村卫生室互联互通,能查看各类服务的完整档案2分;有内部绩效考核制度或要求1分、有考核过程资料和考核得"
)

GOLD[F_GUANGDE] = {
    "source_urls": [URL_GUANGDE],
    "province": "安徽省",
    "doc_kind": "基本公共卫生服务项目绩效考核指标体系(考核表,附件2)",
    "patterns": [5, 6],
    "indicators": [
        ind("组织管理(制度建设、信息建设和绩效管理)", None, None, None, _G_STD,
            level1="基本公共卫生服务", level2=None, weight=10),
    ],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": (
        "Stored page (m.wenke99.com doc-share copy of 广德县 附件2) begins with the site's banner line "
        "'精选优质文档-倾情为你奉上' (kept as found in row 1) and stops inside the 评分标准 cell of the first "
        "indicator row ('有考核过程资料和考核得'); the workbook stops there too (cut row kept, no further rows). "
        "Header words kept: 考核对象与分值 | 考核内容 | 考核标准 | 评分标准. Cell texts are kept as found (they are "
        "form content, not narrative). Judgement calls: (1) DATE: the title says 2016年, outside the brief's "
        "2020-2025 window; it is included because it was the only unused stored page with an indicator/score table "
        "for this topic that I found (about 60 searches), and this is recorded in SOURCES.md. (2) The 考核对象与分值 "
        "cell '基本公共卫生服务(300分)' gives level1 = 基本公共卫生服务; no level2. Only one data row survives, so "
        "pattern 1 (label merged down a block) is not claimed. (3) The row's points '10分' sit at the end of the "
        "考核内容 cell (no 分值 column): weight 10, name without the numbering '1.' and the points (pattern 6). "
        "(4) target_text = the 考核标准 cell (the only 'target' the row states); no operator/value/unit. "
        "(5) No findings: the visible 评分标准 points (1+1+1+1+2+1 = 7) cannot be checked against 10 because the "
        "cell is cut; the 300-point total cannot be checked against one row, so no consistency.sum fact is given. "
        "This is an assessment (考核) table for institutions, not a budget target table, so target.* rules about "
        "missing values are not applied."
    ),
}

# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------


def _set_font(run, size=None, bold=False):
    run.font.name = FONT
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def _para(doc, text, size=11, bold=False, align=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    _set_font(r, size, bold)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def _fix_docx_props(doc, title):
    cp = doc.core_properties
    cp.author = "blind129"
    cp.last_modified_by = "blind129"
    cp.title = title
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED


def _normalise_zip(path):
    """Rewrite a DOCX/XLSX zip with fixed member times and order."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    fixed = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = []
    for name, data in items:
        if name == "docProps/core.xml":  # openpyxl stamps 'modified' with the save time
            txt = data.decode("utf-8")
            txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + fixed + r"\g<2>", txt)
            txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + fixed + r"\g<2>", txt)
            data = txt.encode("utf-8")
        out.append((name, data))
    items = out
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    os.replace(tmp, path)


def build_chencang(path):
    doc = Document()
    _fix_docx_props(doc, "2024年基本公共卫生服务等7项中央补助资金下达")
    _para(doc, "区卫健局:")
    _para(doc, (
        "根据宝鸡市财政局、宝鸡市卫生健康委员会、宝鸡市中医药管理局《关于下达2024年基本公共卫生服务等7项中央补助"
        "资金预算的通知》(宝市财办社〔2024〕134号)和宝鸡市陈仓区财政局《关于下达财政预算支出指标(直达)的通知》"
        "(宝陈财专社字〔2024〕49号)的要求,现向你局下达2024年基本公共卫生服务等7项中央补助资金465.87万元,其中:"
        "基本公共卫生服务中央补助资金334.48万元、公立医院综合改革中央补助资金9.04万元、卫生健康人才培养中央补助资金"
        "18.5万元、基本药物制度中央补助资金40.27万元(村卫生室实施药物制度补助资金12.72万元、基层医疗卫生机构实施药物"
        "制度补助资金27.55万元)、中央计划生育转移支付资金63.58万元。"
    ))
    _para(doc, (
        "本次下达的补助资金按直达资金管理,直达资金标识在资金分配、拨付、使用各环节全程保留、不作变动。功能分类科目:"
        "基本公共卫生服务中央补助资金334.48万元列入“2100408基本公共卫生服务”,公立医院综合改革中央补助资金9.04万元"
        "列入“2100201综合医院”,卫生健康人才培养中央补助资金18.5万元列入“2100299其它公立医院支出”,基本药物制度中央"
        "补助资金40.27万元列入“2100399其他基层医疗卫生机构支出”,中央计划生育转移支付资金63.58万元列入“2100717计划"
        "生育服务”。请专款专用,充分发挥资金使用效益。"
    ))
    _para(doc, "附件: 2024年基本公共卫生服务中央补助资金分配表")
    _para(doc, "2024年基本公共卫生服务中央补助资金分配表", size=14, bold=True, align="center")
    _para(doc, "单位:万元")
    header = ["项目单位", "12项基本公共卫生服务", "重点地方病防治", "职业病防治", "健康素养", "孕前优生", "两癌",
              "医养结合与失能老人评估", "卫生健康项目预算绩效管理", "完善生育政策", "本次下达资金金额"]
    row = ["卫健局", "257.5", "12.09", "9.1", "2", "20.69", "15.26", "9", "1", "7.84", "334.48"]
    t = doc.add_table(rows=2, cols=len(header))
    t.style = "Table Grid"
    for j, (h, v) in enumerate(zip(header, row)):
        for i, txt in ((0, h), (1, v)):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(txt)
            _set_font(r, 8, bold=(i == 0))
    doc.save(path)
    _normalise_zip(path)


_LIST_LINES = [
    "1.以乡镇(街道)为单位适龄儿童国家免疫规划疫苗接种率≥90%",
    "2.7岁以下儿童健康服务率≥90%",
    "3.0-6岁儿童眼保健和视力检查覆盖率≥90%",
    "4.孕产妇系统服务率≥90%",
    "5.3岁以下儿童系统服务率≥90%",
    "6.高血压患者管理人数142万人",
    "7.2型糖尿病患者管理人数63万人",
    "8.肺结核患者管理率≥90%",
    "9.社区在册居家严重精神障碍患者健康管理率≥95%(2022:90%)",
    "10.社区在册居家严重精神障碍患者健康体检率≥60%(新增)",
    "11.0-36个月儿童中医药健康管理率≥77%",
    "12.65岁及以上老年人中医药健康管理率≥70%",
    "13.卫生监督协管各专业年巡查(访)2次完成率≥90%",
    "14.职业健康检查服务覆盖率≥100%(2022 :90%)",
    "15.地方病防治工作任务完成率≥95%",
    "16.宫颈癌、乳腺癌筛查目标人群覆盖率较上年提高",
    "17.居民规范化电子健康档案覆盖率≥62%(2022年:61%)",
    "18.高血压患者基层规范管理服务率≥76%(2022年:73%)",
    "19.2型糖尿病患者基层规范管理服务率≥76%(2022年:73%)",
    "20.65岁及以上老年人城乡社区规范健康管理服务率≥62%",
    "21.传染病和突发公共卫生事件报告率≥95%",
    "22.职业健康检查机构个案数据报送率≥90%(新增)",
    "23.城乡居民公共卫生差距不断缩小",
    "24.居民健康素养水平不断提高",
    "25.职工对职业病防治社会知晓率较上年提高(新增)",
    "26.基本公共卫生服务水平不断提高",
    "27.基本公共卫生服务对象满意度较上年提高",
    "28.尘肺病康复患者满意度≥85%(新增)",
    "29.市级职业病防治技术支撑机构满意度≥90%(新增)",
]


def build_list(path):
    doc = Document()
    _fix_docx_props(doc, "基本公共卫生服务项目绩效目标(2023)")
    _para(doc, "2023-09-22")
    for line in _LIST_LINES:
        _para(doc, line)
    _para(doc, "百度浏览 来源 : 基层医声公社")
    _para(doc, (
        "版权声明:本网站注明来源“医微客”的文字、图片和音视频资料,版权归医微客所有,未经授权任何媒体、网站或个人"
        "不得转载,经授权转载的须注明来源“医微客”。本网转载的文章是为传递更多信息,并注明来源和作者,转载仅作观点"
    ), size=9)
    doc.save(path)
    _normalise_zip(path)


def build_guangde(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "附件2"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    font = Font(name=FONT, size=10)
    ws["A1"] = "精选优质文档-倾情为你奉上"
    ws["A1"].font = Font(name=FONT, size=8)
    ws["A2"] = "附件2:广德县基本公共卫生服务项目绩效考核指标体系(2016年)"
    ws["A2"].font = Font(name=FONT, size=12, bold=True)
    ws.merge_cells("A2:D2")
    ws["A2"].alignment = Alignment(horizontal="center", vertical="center")
    header = ["考核对象与分值", "考核内容", "考核标准", "评分标准"]
    row = ["基本公共卫生服务(300分)", "1.组织管理(制度建设、信息建设和绩效管理)10分", _G_STD, _G_SCORE]
    for j, txt in enumerate(header, start=1):
        c = ws.cell(row=3, column=j, value=txt)
        c.font = Font(name=FONT, size=10, bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = border
    for j, txt in enumerate(row, start=1):
        c = ws.cell(row=4, column=j, value=txt)
        c.font = font
        # indented cells: keeps a visible gap between neighbouring long cells
        # 评分标准 sits at the bottom of its cell, the others at the top
        c.alignment = Alignment(wrap_text=True, vertical=("bottom" if j == 4 else "top"), indent=2)
        c.border = border
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 26
    ws.column_dimensions["C"].width = 52
    ws.column_dimensions["D"].width = 52
    ws.row_dimensions[4].height = 260
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    p = wb.properties
    p.creator = "blind129"
    p.lastModifiedBy = "blind129"
    p.title = "广德县基本公共卫生服务项目绩效考核指标体系"
    p.created = FIXED
    p.modified = FIXED
    wb.save(path)
    _normalise_zip(path)


def to_pdf(path):
    outdir = os.path.dirname(path)
    prof = tempfile.mkdtemp(prefix="lo_blind129_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless",
                        "--convert-to", "pdf", "--outdir", outdir, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    finally:
        shutil.rmtree(prof, ignore_errors=True)
    return os.path.splitext(path)[0] + ".pdf"


def write_gold(fname, gold):
    rec = {"source": fname}
    rec.update(gold)
    with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as f:
        json.dump(rec, f, ensure_ascii=False, indent=2)
        f.write("\n")


def _norm(s):
    return "".join(s.split())


def check_pdf(pdf, gold):
    txt = _norm(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout)
    missing = []
    for i in gold["indicators"]:
        for k in ("name", "target_text"):
            if i[k] and _norm(i[k]) not in txt:
                missing.append((k, i[k]))
    for g in gold["goals"]:
        if _norm(g["text"]) not in txt:
            missing.append(("goal", g["text"]))
    for f in gold["findings"]:
        if _norm(f["item"]) not in txt:
            missing.append(("finding", f["item"]))
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    builders = {F_CHENCANG: build_chencang, F_LIST: build_list, F_GUANGDE: build_guangde}
    # gold first
    for fname, gold in GOLD.items():
        write_gold(fname, gold)
        write_gold(os.path.splitext(fname)[0] + ".pdf", gold)
    ok = True
    for fname, build in builders.items():
        path = os.path.join(HERE, fname)
        build(path)
        pdf = to_pdf(path)
        miss = check_pdf(pdf, GOLD[fname])
        if miss:
            ok = False
            print("MISSING in", os.path.basename(pdf), miss, file=sys.stderr)
        else:
            print("ok", fname, "+", os.path.basename(pdf))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
