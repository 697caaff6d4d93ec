#!/usr/bin/env python3
"""blind173: real-layout documents of regulatory / economic agencies (物价局, 市场监督管理局,
统计局, 粮食和物资储备局), rebuilt from the stored beginnings of public pages.

The gold comes first (plain Python data, written from the pages before any file is built).
Then the DOCX/XLSX are built with python-docx / openpyxl, made byte-deterministic, exported
to PDF with LibreOffice (own profile), annotations are written, and every indicator name,
target text, goal text and finding item is looked up in the pdftotext output of each PDF.

Run:  /tmp/venv/bin/python make_blind173_layouts.py
"""
import copy
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PART = "blind173"
FIXED_DT = datetime(2024, 1, 1, 0, 0, 0)
FIXED_ISO = "2024-01-01T00:00:00Z"

# ---------------------------------------------------------------------------------------------
# GOLD (written from the stored pages)
# ---------------------------------------------------------------------------------------------

GOLD = {}

# 1. 湖北 随州 曾都区物价局 2016 部门整体支出绩效评价报告 (third-party report, score table)
GOLD["hubei-suizhou-zengduqu-wujiaju-pingjiabaogao.docx"] = {
    "source_urls": ["https://pdf.chddh.cn/archives/rd73wboyn7kkblmzxy8v.html"],
    "province": "湖北省",
    "doc_kind": "绩效评价报告",
    "patterns": [10],
    "indicators": [
        {"level1": None, "level2": None, "name": "投入", "operator": None, "value": None, "unit": None,
         "target_text": None, "actual": None, "weight": 16, "score": 12},
        {"level1": None, "level2": None, "name": "过程", "operator": None, "value": None, "unit": None,
         "target_text": None, "actual": None, "weight": 28, "score": 25},
        {"level1": None, "level2": None, "name": "产出", "operator": None, "value": None, "unit": None,
         "target_text": None, "actual": None, "weight": 36, "score": 36},
        {"level1": None, "level2": None, "name": "效果", "operator": None, "value": None, "unit": None,
         "target_text": None, "actual": None, "weight": 20, "score": 19},
    ],
    "goals": [],
    "facts": [
        {"metric": "标准分值合计", "kind": "sum", "total": 100, "parts": [16, 28, 36, 20], "unit": "分"},
        {"metric": "评价得分合计(总分)", "kind": "sum", "total": 92, "parts": [12, 25, 36, 19], "unit": "分"},
        {"metric": "评价总分与结果级别", "kind": "grade", "total": 92, "grade": "优", "unit": "分"},
    ],
    "findings": [],
    "notes": ("Score table 评价内容/标准分值/评价得分 inside the 摘要 of a third-party report (older 投入/过程/产出/效果 "
              "frame). The four rows are the evaluation's own score rows; the 总分 row is a total, not an indicator. "
              "All sums and the grade (92 → 优) agree, so no finding. The stray page number 'II' that follows the "
              "table in the stored text is kept as a line. The stored page stops in (二)评价结论, in the middle of the "
              "document number '(鄂政发〔2013〕9'. Sentences of 概述 rewritten; document numbers, dates, names kept."),
}

# 2. 安徽 合肥 蜀山区市场监督管理局 2021年部门项目绩效表 (表十二, one row per project)
_SHUSHAN_GOALS = [
    "继续保持打击高压态势,巩固打击传销成果",
    "保证实现全区无传销化的零星态势,有效遏制传销的发展及蔓延",
    "针对网络传销的兴起,建立有效的机制,寻求有效的方法,配合公安经侦,进行有效的打击",
    "加强宣传教育,形成群防群治良好社会氛围",
    "达到维护市场正常经济秩序,社会稳定发展的效果",
]
GOLD["anhui-hefei-shushanqu-shichangjianguan-xiangmujixiaobiao.xlsx"] = {
    "source_urls": ["http://www.hfss.gov.cn/public/19041/106975883.html"],
    "province": "安徽省",
    "doc_kind": "部门项目绩效目标表",
    "patterns": [5, 6, 7, 10],
    "indicators": [
        {"level1": "产出", "level2": "数量指标", "name": "做好有效宣传", "operator": ">=", "value": 200,
         "unit": "次", "target_text": "≥200次", "actual": None, "weight": None, "score": None},
    ],
    "goals": [
        {"kind": "总体目标", "text": _SHUSHAN_GOALS[0]},
        {"kind": "总体目标", "text": _SHUSHAN_GOALS[1]},
        {"kind": "总体目标", "text": _SHUSHAN_GOALS[2]},
        {"kind": "总体目标", "text": _SHUSHAN_GOALS[3]},
        {"kind": "总体目标", "text": _SHUSHAN_GOALS[4]},
    ],
    "facts": [
        {"metric": "打击传销专项经费测算", "kind": "sum", "total": 400, "parts": [380, 10, 10], "unit": "万元"},
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": _SHUSHAN_GOALS[0],
         "why": "目标1只有“继续保持/巩固”,没有任何数量、比例或期限"},
        {"rule": "goal.unquantified", "item": _SHUSHAN_GOALS[1],
         "why": "“零星态势”“有效遏制”无可衡量的值(如传销案件数、举报办结率)"},
        {"rule": "goal.unquantified", "item": _SHUSHAN_GOALS[2],
         "why": "三处“有效”均无数值,机制与打击成果不可衡量"},
        {"rule": "goal.unquantified", "item": _SHUSHAN_GOALS[4],
         "why": "效果表述笼统,无指标或基线"},
    ],
    "notes": ("One sheet, reproduced as the page shows it: title 表十二, unit line, header 单位名称/支出项目名称/年度预算安排/"
              "项目情况/绩效目标, rows 合计 1,895.17 and 政府 1,895.17, then the one project row (打击传销专项经费 400.00) "
              "whose 项目情况 and 绩效目标 are long bracketed texts in single cells. Where the page's flat text splits the two "
              "cells is a judgement call: 【项目概述】…【起止时间】 went to 项目情况, 【总体目标】 onward to 绩效目标. "
              "The stored page stops right after the first indicator line, at the character '指' of the next one "
              "(kept as a cut line). 合计 1,895.17 covers the other projects of the table that the stored page does not "
              "hold, so it is not checked against 400.00. The 380万 is written without 元 in the source and is kept so. "
              "目标4 is not flagged: the one surviving indicator (宣传 ≥200次) quantifies it. Goal texts are recorded "
              "without their '目标n:' labels. 项目概述 rewritten; 立项依据, amounts and goal sentences kept."),
}

# 3. 湖南 长沙 雨花区统计局 2019年度部门整体支出绩效评价自评报告 (cover + indicator table, cut in row 1)
GOLD["hunan-changsha-yuhuaqu-tongjiju-zipingbaogao.docx"] = {
    "source_urls": ["https://m.yzwku.com/doc/855425.html"],
    "province": "湖南省",
    "doc_kind": "部门整体支出绩效自评报告",
    "patterns": [5, 8],
    "indicators": [
        {"level1": "投入", "level2": "预算配置", "name": "在职人员控制率", "operator": None, "value": None,
         "unit": None, "target_text": None, "actual": None, "weight": 5, "score": None},
    ],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": ("Cover (部门(单位)名称, 预算编码, an unfilled 报告日期:年月日 line, 雨花区财政局(制)) and the head of the "
              "部门整体支出绩效评价指标表 with the columns 级指标/分值/二级指标/分值/三级指标/分值/评价标准/指标说明/得分. "
              "The first header cell reads '级指标' in the stored text (the leading 一 is missing) and is kept so. "
              "Only one indicator row survives: 投入 13 | 预算配置 13 | 在职人员控制率 5 | a scoring standard cut after "
              "'每超过一个'; 指标说明 and 得分 are empty because the stored page stops there. 评价标准 is a scoring rule, not "
              "a target, so target_text is null. Nothing to flag on what survives."),
}

# 4. 上海 闵行区市场监督管理局 2019年度市场主体监督管理专项 绩效评价报告 (prose)
_MH_GOALS = [
    "配合市局完成辖区企业抽查,通过专项抽查和复核企业公示信息,增强企业公示意识、推动企业诚信自律、引导市场主体承担社会责任,强化对市场主体行为的监督和信用约束,提升政府监管效能",
    "规范公示信息,提高其及时性、真实性和有效性,营造透明、安全、稳定的市场环境",
]
GOLD["shanghai-minhangqu-shichangjianguan-pingjiabaogao.docx"] = {
    "source_urls": ["https://zwgk.shmh.gov.cn/mh-xxgk-cms/website/mh_xxgk/xxgk_scjdgl_czxx_ysjxgl/content/"
                    "BFDE27CB-3697-11ED-8E72-BB2CFC477FBE.htm"],
    "province": "上海市",
    "doc_kind": "绩效评价报告",
    "patterns": [10],
    "indicators": [],
    "goals": [
        {"kind": "项目目标", "text": _MH_GOALS[0]},
        {"kind": "项目目标", "text": _MH_GOALS[1]},
    ],
    "facts": [
        {"metric": "2019年预算执行率", "kind": "rate", "stated": 100, "numerator": 901.5, "denominator": 901.5,
         "unit": "%"},
        {"metric": "2017年预算执行", "kind": "pair", "planned": 990, "actual": 990, "unit": "万元"},
        {"metric": "2018年预算执行", "kind": "pair", "planned": 990, "actual": 990, "unit": "万元"},
        {"metric": "2019年预算调整", "kind": "pair", "planned": 1500, "actual": 901.5, "unit": "万元"},
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": _MH_GOALS[0],
         "why": "增强意识、推动自律、提升效能均无数值;抽查比例、户数等可量化内容没有写进目标"},
        {"rule": "goal.unquantified", "item": _MH_GOALS[1],
         "why": "“及时性、真实性、有效性”未给出任何比率或标准"},
    ],
    "notes": ("Prose only (cover block + 摘要 'l 项目概述'; the 'l' is the Wingdings bullet as it shows in the stored "
              "text and is kept). The project aim sentence is recorded as two goals. The 2019 rate 901.5/901.5 = 100% "
              "agrees with the stated 100%. The stored page stops mid-sentence in the reason for the budget cut "
              "('…不低于5%调整为不'). All long sentences rewritten; amounts, years, organisations kept."),
}

# 5. 云南 红河州粮食和物资储备局 2023年度项目支出绩效单位自评报告 (prose with a money breakdown)
_HH_GOAL = "冻猪肉入库轮换期间,除紧急动用外,任何时间节点的收储库存量不得低于总规模的70%"
GOLD["yunnan-honghezhou-liangshichubei-zipingbaogao.docx"] = {
    "source_urls": ["https://www.hh.gov.cn/info/11481/654722.htm"],
    "province": "云南省",
    "doc_kind": "绩效自评报告",
    "patterns": [10],
    "indicators": [],
    "goals": [
        {"kind": "项目目标", "text": _HH_GOAL},
    ],
    "facts": [
        {"metric": "2023年项目支出预算", "kind": "sum", "total": 2814.76, "parts": [2531.96, 282.80], "unit": "万元"},
        {"metric": "红河州粮食风险基金", "kind": "sum", "total": 2531.96, "parts": [2258.96, 23.00, 24.00, 226.00],
         "unit": "万元"},
        {"metric": "本局粮食专项业务经费", "kind": "sum", "total": 282.80,
         "parts": [10.00, 15.00, 70.00, 100.00, 5.00, 82.80], "unit": "万元"},
    ],
    "findings": [],
    "notes": ("Prose only: the page's information block (索引号, 发布机构 …) kept as short lines, then 一、基本情况 with the "
              "budget split in prose; all three sums agree. The one quantified requirement (库存量不低于总规模的70%) is "
              "recorded as a goal. The odd '< 红河州冻猪肉储备方案>' spacing and the missing separator between two cited "
              "documents are kept. The stored page stops inside 立项背景 (2), in an open parenthesis after the second "
              "cited document. Background sentences rewritten; amounts, document numbers and names kept."),
}

# ---------------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------------


def normalise_zip(path):
    """Rewrite an OOXML zip with fixed timestamps and fixed core-property dates."""
    with zipfile.ZipFile(path) as zin:
        items = [(info.filename, zin.read(info.filename)) for info in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\2" % FIXED_ISO, text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\2" % FIXED_ISO, text)
                data = text.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


def docx_new(landscape=False):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    cp = doc.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.title = ""
    cp.revision = 1
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    return doc


def para(doc, text, bold=False, size=None, center=False, indent=False):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent:
        p.paragraph_format.first_line_indent = Pt(22)
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p


def table(doc, rows, widths_cm=None, bold_rows=(0,), size=10):
    from docx.shared import Pt, Cm

    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    if widths_cm:
        t.autofit = False
        for j, w in enumerate(widths_cm):
            t.columns[j].width = Cm(w)
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            run = cell.paragraphs[0].add_run("" if val is None else str(val))
            run.font.size = Pt(size)
            if i in bold_rows:
                run.bold = True
            if widths_cm:
                cell.width = Cm(widths_cm[j])
    return t


# ---------------------------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------------------------


def build_zengdu(path):
    doc = docx_new()
    para(doc, "曾都区财政项目支出绩效评价报告", bold=True, size=18, center=True)
    for line in ["项目名称:曾都区物价局2016年度部门整体支出绩效评价项目",
                 "项目单位:曾都区物价局",
                 "主管部门:随州市物价局、曾都区人民政府",
                 "评价机构:湖北永业行资产评估咨询有限公司"]:
        para(doc, line, size=12)
    para(doc, "2017年12月", size=12, center=True)
    para(doc, "摘  要", bold=True, size=14, center=True)
    para(doc, "一、概述", bold=True)
    para(doc, ("为落实新《预算法》以及中央、省、市推进预算绩效管理的部署,完成2016年度绩效管理评价任务,依照《省人民政府"
               "关于推进预算绩效管理工作暂行办法》(鄂政发〔2013〕9号)、《湖北省第三方机构参与预算绩效管理工作暂行办法》"
               "(鄂财绩规〔2014〕3号)和《市财政局关于开展2016年度市本级财政支出绩效评价工作的通知》(随财发〔2016〕21号)"
               "的要求,湖北永业行资产评估咨询有限公司接受曾都区财政局委托,于2017年10月至12月对曾都区物价局2016年度"
               "部门整体支出开展了绩效评价,目的在于规范该局财政资金管理、压实支出责任、提升资金使用效益。"), indent=True)
    para(doc, ("评价遵循“科学规范、公正公开、分类管理、绩效相关”的原则,围绕评价目标选用相应的评价指标、评价标准和评价方法,"
               "对该局2016年度部门整体支出的绩效作出客观评判。"), indent=True)
    para(doc, "二、评价结论和绩效分析", bold=True)
    para(doc, "(一)评分结果", bold=True)
    para(doc, ("曾都区物价局2016年度部门整体支出绩效评价总分为92分,评价结果类型为A+,绩效评价结果级别为优。"
               "各部分评价得分具体情况如下:"), indent=True)
    table(doc, [["评价内容", "标准分值", "评价得分"],
                ["投入", "16", "12"],
                ["过程", "28", "25"],
                ["产出", "36", "36"],
                ["效果", "20", "19"],
                ["总分", "100", "92"]], widths_cm=[5, 4, 4], bold_rows=(0,), size=11)
    para(doc, "II", center=True)
    para(doc, "(二)评价结论", bold=True)
    para(doc, ("本次对曾都区物价局2016年度部门整体支出开展的绩效评价,依据的是《省人民政府关于推进预算绩效管理工作暂行办法》"
               "(鄂政发〔2013〕9"), indent=True)
    doc.save(path)


def build_shushan(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "表十二"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    f10 = Font(name="宋体", size=10)
    fb = Font(name="宋体", size=10, bold=True)

    ws["A1"] = "表十二、2021年部门项目绩效表"
    ws["A1"].font = Font(name="宋体", size=14, bold=True)
    ws["A1"].alignment = center
    ws.merge_cells("A1:E1")
    ws["A2"] = "蜀山区市监局"
    ws["A2"].font = f10
    ws.merge_cells("A2:C2")
    ws["E2"] = "单位:万元"
    ws["E2"].font = f10
    ws["E2"].alignment = Alignment(horizontal="right")

    header = ["单位名称", "支出项目名称", "年度预算安排", "项目情况", "绩效目标"]
    for j, h in enumerate(header, start=1):
        c = ws.cell(row=3, column=j, value=h)
        c.font, c.alignment, c.border = fb, center, box

    project_info = (
        "【项目概述】:本专项资金用于全区打击传销的防控固守、专项打击与综合治理。"
        "1、支付天鹅湖景区及各镇街打传专业队伍的劳务费用。"
        "2、在重点区域和传销易发地点开展宣传教育。"
        "3、奖励举报传销违法犯罪行为。"
        "4、协助公安经侦侦破、查处传销案件。"
        "5、与传销人员来源地建立异地联防联控。"
        "6、支付打击传销业务租用执法车辆等费用。"
        "7、用于其它。\n"
        "【立项依据】:国务院颁布的《禁止传销条例》、合肥市人民政府相关文件\n"
        "【项目资金申报测算标准】:按合同约定的资金明细测算,固定打传队员66人(含天鹅湖周边地区固定打传队员),"
        "测算全年380万。租用执法用车10万元。办公费10万元。\n"
        "【项目实施单位】:\n"
        "【起止时间】:2021年-2021年"
    )
    goals_cell = (
        "【总体目标】\n"
        "2021年度预算申请400万元财政资金,目标1:" + _SHUSHAN_GOALS[0] + ";目标2:" + _SHUSHAN_GOALS[1]
        + ";目标3:" + _SHUSHAN_GOALS[2] + ";目标4:" + _SHUSHAN_GOALS[3] + "。" + _SHUSHAN_GOALS[4] + "。\n"
        "【产出-数量指标】\n"
        "指标1:做好有效宣传(≥200次)\n"
        "指"
    )
    rows = [
        ["合计", None, 1895.17, None, None],
        ["政府", None, 1895.17, None, None],
        ["区市场监督管理局机关", "打击传销专项经费", 400.00, project_info, goals_cell],
    ]
    for i, row in enumerate(rows, start=4):
        for j, v in enumerate(row, start=1):
            c = ws.cell(row=i, column=j, value=v)
            c.font, c.border = f10, box
            c.alignment = wrap
            if j == 3 and v is not None:
                c.number_format = "#,##0.00"
                c.alignment = Alignment(horizontal="right", vertical="top")
    for col, w in zip("ABCDE", [21, 12, 11, 46, 46]):
        ws.column_dimensions[col].width = w
    ws.row_dimensions[1].height = 24
    ws.row_dimensions[3].height = 20
    ws.row_dimensions[6].height = 250
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_area = "A1:E6"
    wb.properties.creator = PART
    wb.properties.lastModifiedBy = PART
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.save(path)


def build_yuhua(path):
    from docx.shared import Pt

    doc = docx_new(landscape=True)
    para(doc, "雨花区统计局2019年度部门整体支出绩效评价自评报告", bold=True, size=18, center=True)
    para(doc, "部门(单位)名称  长沙市雨花区统计局", size=12, center=True)
    para(doc, "预算编码  014001", size=12, center=True)
    para(doc, "报告日期:    年    月    日", size=12, center=True)
    para(doc, "雨花区财政局(制)", size=12, center=True)
    para(doc, "部门整体支出绩效评价指标表", bold=True, size=14, center=True)
    table(doc, [["级指标", "分值", "二级指标", "分值", "三级指标", "分值", "评价标准", "指标说明", "得分"],
                ["投入", "13", "预算配置", "13", "在职人员控制率", "5",
                 "以100%为标准。在职人员控制率100%,计5分;每超过一个", "", ""]],
          widths_cm=[2.2, 1.5, 2.6, 1.5, 3.2, 1.5, 7.0, 4.0, 1.8], bold_rows=(0,), size=10)
    doc.save(path)


def build_minhang(path):
    doc = docx_new()
    para(doc, "财政项目支出绩效评价报告", bold=True, size=18, center=True)
    for line in ["项目名称:2019年度市场主体监督管理专项",
                 "项目单位:上海市闵行区市场监督管理局",
                 "主管部门:上海市闵行区市场监督管理局",
                 "委托单位:上海市闵行区财政局",
                 "评价机构:上海立丰税务师事务所有限公司"]:
        para(doc, line, size=12)
    para(doc, "2020年9月27日", size=12, center=True)
    para(doc, "摘  要", bold=True, size=14, center=True)
    para(doc, "l 项目概述", bold=True)
    para(doc, ("为贯彻国家政策,上海市市场监督管理局自2015年起在全市组织对注册企业公示信息的抽查。抽查对象、检查内容和"
               "工作要求每年由市局统一规划,各区县市场监督管理局具体落实。2015年的预算资金由市局统一安排;自2016年起,"
               "市局把相关权限下放到各区县,由各区县市场监督管理局申请区级财政预算资金并组织实施。"), indent=True)
    para(doc, ("据此,闵行区市场监督管理局按照工商总局和市局的要求,把市场主体监督管理专项作为经常性项目逐年立项,以公开"
               "招标、政府购买审计服务的方式实施:中标的审计单位(会计师事务所)审计被抽查企业的年报信息,复核企业的即时"
               "信息,并出具规范的审计报告。"), indent=True)
    para(doc, "本项目的目的,一是" + _MH_GOALS[0] + ";二是" + _MH_GOALS[1] + "。", indent=True)
    para(doc, ("市场主体监督管理专项近三年预算执行情况:2017年项目预算安排990万元,执行990万元。2018年项目预算安排990万元,"
               "执行990万元。2019年项目预算安排1500万元,调整后预算901.5万元,执行901.5万元,预算执行率100%。"
               "预算调整主要是因为市局下达了新的抽查计划,项目计划抽查比例由年初的不低于5%调整为不"), indent=True)
    doc.save(path)


def build_honghe(path):
    doc = docx_new()
    para(doc, "预算绩效管理", bold=True)
    for line in ["- 索引号: 20240913-201332-315", "- 发布机构: 红河州粮食和物资储备局", "- 文号:",
                 "- 发布日期: 2024-03-14", "- 时效性: 有效"]:
        para(doc, line, size=10)
    para(doc, "红河州粮食和物资储备局2023年度项目支出绩效单位自评报告", bold=True, size=16, center=True)
    para(doc, "一、基本情况", bold=True)
    para(doc, "(一)项目概况", bold=True)
    para(doc, ("2023年,红河州粮食和物资储备局一般公共预算财政拨款收入安排项目支出预算2,814.76万元。其中:一是红河州粮食"
               "风险基金2,531.96万元,包括州级粮食风险基金专项资金2,258.96万元、州级成品粮调控储备专项资金23.00万元、"
               "州食用植物油储备专项资金24.00万元、县市级储备粮食风险基金专项资金226.00万元;二是本局粮食专项业务经费"
               "282.80万元,包括社会粮食流通统计及价格监测经费10.00万元、粮食流通监督检查经费15.00万元、粮油质量安全"
               "监测经费70.00万元、救灾物资采购专项资金100.00万元、救灾物资储备管理经费5.00万元、冻猪肉储备费用补助及"
               "第三方监管经费82.80万元。"), indent=True)
    para(doc, "1.立项背景", bold=True)
    para(doc, ("(1)红河州冻猪肉储备费用补助及第三方监管经费:依据《云南省发改委、财政厅、农业农村厅、商务厅、市场监管局"
               "关于完善州(市)级政府冻猪肉储备调解机制的通知》(云发改价格〔2021〕775号)、《关于给予批准< 红河州冻猪肉"
               "储备方案>的请示》(红粮联〔2022〕15号)《红河州发展和改革委员会 红河州粮食和物资储备局关于给予安排2022年"
               "冻猪肉收储经费及第三方监管经费的函》(红粮联〔2022〕16号)等文件,本项目须完成州级储备目标任务并监管好"
               "猪肉储备:" + _HH_GOAL + ",所收储冻猪肉的质量等须符合标准。"), indent=True)
    para(doc, ("(2)红河州粮食流通监督检查经费:依据《粮食流通管理条例》《云南省人民政府转发国务院关于完善粮食流通体制改革"
               "政府措施文件的通知》("), indent=True)
    doc.save(path)


BUILDERS = {
    "hubei-suizhou-zengduqu-wujiaju-pingjiabaogao.docx": build_zengdu,
    "anhui-hefei-shushanqu-shichangjianguan-xiangmujixiaobiao.xlsx": build_shushan,
    "hunan-changsha-yuhuaqu-tongjiju-zipingbaogao.docx": build_yuhua,
    "shanghai-minhangqu-shichangjianguan-pingjiabaogao.docx": build_minhang,
    "yunnan-honghezhou-liangshichubei-zipingbaogao.docx": build_honghe,
}

# ---------------------------------------------------------------------------------------------
# export, annotate, check
# ---------------------------------------------------------------------------------------------


def to_pdf(src):
    profile = "file:///tmp/lo_%s" % PART
    subprocess.run(["soffice", "-env:UserInstallation=%s" % profile, "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(src)[0] + ".pdf"
    if not os.path.exists(pdf):
        raise SystemExit("PDF export failed for %s" % src)
    return pdf


def squash(s):
    return re.sub(r"\s+", "", s)


def pdf_text(pdf, raw=False):
    cmd = ["pdftotext"] + (["-raw"] if raw else []) + [pdf, "-"]
    out = subprocess.run(cmd, check=True, capture_output=True).stdout.decode("utf-8")
    return squash(out)


def check(name, gold, text, raw_text):
    """Every item must appear in the default pdftotext output or, failing that, in the -raw output
    (side-by-side wrapped cells interleave line by line in the default reading order)."""
    missing = []
    via_raw = []
    items = []
    for ind in gold["indicators"]:
        items.append(("indicator", ind["name"]))
        if ind.get("target_text"):
            items.append(("target", ind["target_text"]))
    for g in gold["goals"]:
        items.append(("goal", g["text"]))
    for f in gold["findings"]:
        items.append(("finding", f["item"]))
    for kind, s in items:
        if squash(s) in text:
            continue
        if squash(s) in raw_text:
            via_raw.append((kind, s))
            continue
        missing.append((kind, s))
    return missing, via_raw, len(items)


def main():
    os.makedirs(ANN, exist_ok=True)
    problems = []
    totals = {"files": 0, "indicators": 0, "goals": 0, "findings": 0, "facts": 0}
    for name, builder in BUILDERS.items():
        path = os.path.join(HERE, name)
        builder(path)
        normalise_zip(path)
        pdf = to_pdf(path)
        text = pdf_text(pdf)
        raw_text = pdf_text(pdf, raw=True)
        gold = GOLD[name]
        missing, via_raw, n = check(name, gold, text, raw_text)
        if missing:
            problems.append((name, missing))
        for fname in (name, os.path.basename(pdf)):
            rec = {"source": fname}
            rec.update(copy.deepcopy(gold))
            with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as fh:
                json.dump(rec, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        totals["files"] += 1
        for k in ("indicators", "goals", "findings", "facts"):
            totals[k] += len(gold[k])
        print("%-62s items checked: %2d  found only with -raw: %d  missing: %d"
              % (name, n, len(via_raw), len(missing)))
    print("totals:", json.dumps(totals, ensure_ascii=False))
    if problems:
        for name, missing in problems:
            for kind, s in missing:
                print("MISSING in %s: %s %r" % (name, kind, s))
        sys.exit(1)


if __name__ == "__main__":
    main()
