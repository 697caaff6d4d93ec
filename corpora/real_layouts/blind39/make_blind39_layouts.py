#!/usr/bin/env python3
"""Blind part 39 of the real-layout corpus.

Writes six documents (one XLSX, five DOCX), their LibreOffice PDFs and the hand-written
gold files (annotations/<file>.json, one per document) from the DOCS table below.

Each document reproduces one stored public page (address in DOCS[...]["gold"]["source_urls"]):
layout, facts and defects as the page has them, longer sentences in our own words with the
same numbers. Every stored page holds only the beginning of its document; each file stops
where the page stops (see the gold "notes").

Usage: python make_blind39_layouts.py [--no-pdf]
"""
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED_DT = datetime(2024, 1, 1, 0, 0, 0)
FIXED_ISO = "2024-01-01T00:00:00Z"
ZIP_DATE = (2024, 1, 1, 0, 0, 0)


# ----------------------------------------------------------------------------------------
# helpers: gold records
# ----------------------------------------------------------------------------------------
def ind(l1, l2, name, op, val, unit, tt, actual=None, weight=None, score=None):
    return {"level1": l1, "level2": l2, "name": name, "operator": op, "value": val,
            "unit": unit, "target_text": tt, "actual": actual, "weight": weight, "score": score}


def goal(kind, text):
    return {"kind": kind, "text": text}


def find(rule, item, why):
    return {"rule": rule, "item": item, "why": why}


# ----------------------------------------------------------------------------------------
# helpers: deterministic zip (fixed core-property timestamps and entry dates)
# ----------------------------------------------------------------------------------------
def normalise_ooxml(path):
    with open(path, "rb") as fh:
        raw = fh.read()
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                              r"\g<1>" + FIXED_ISO + r"\g<2>", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              r"\g<1>" + FIXED_ISO + r"\g<2>", text)
                data = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


# ----------------------------------------------------------------------------------------
# helpers: XLSX
# ----------------------------------------------------------------------------------------
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")
WRAP_C = Alignment(wrap_text=True, vertical="center", horizontal="center")


def xput(ws, ref, value, merge_to=None, center=False, bold=False, border=True, size=10):
    cell = ws[ref]
    cell.value = value
    cell.alignment = WRAP_C if center else WRAP
    cell.font = Font(name="宋体", size=size, bold=bold)
    if merge_to:
        ws.merge_cells(ref + ":" + merge_to)
    if border:
        rng = ws[ref:(merge_to or ref)]
        for row in rng:
            for c in row:
                c.border = BOX


def new_sheet(title, widths):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = "blind39"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    return wb, ws


# ----------------------------------------------------------------------------------------
# helpers: DOCX
# ----------------------------------------------------------------------------------------
def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "blind39"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_modified_by = "blind39"
    cp.revision = 1
    return doc


def title(doc, text, size=15):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    return p


def para(doc, text, bold=False, center=False):
    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.bold = bold
    return p


def dtable(doc, rows, merges=(), widths=None):
    """rows: list of lists of strings (same length); merges: ((r1,c1,r2,c2), ...)."""
    ncol = len(rows[0])
    t = doc.add_table(rows=len(rows), cols=ncol)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is not None:
                t.cell(i, j).text = val
    if widths:
        t.autofit = False
        for j, w in enumerate(widths):
            t.columns[j].width = Cm(w)
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    for r1, c1, r2, c2 in merges:
        keep = t.cell(r1, c1).text
        m = t.cell(r1, c1).merge(t.cell(r2, c2))
        m.text = keep
    return t


# ----------------------------------------------------------------------------------------
# 1. 湖南 衡阳 南岳区青少年校外活动中心 专项资金预算绩效目标申报表 (2020), XLSX
# ----------------------------------------------------------------------------------------
def build_nanyue(path):
    wb, ws = new_sheet("申报表", {"A": 12, "B": 16, "C": 12, "D": 12, "E": 14, "F": 12,
                                  "G": 10, "H": 12})
    xput(ws, "A1", "附件2", border=False)
    xput(ws, "A2", "专项资金预算绩效目标申报表", "H2", center=True, bold=True, border=False, size=14)
    xput(ws, "A3", "(2020年度)", "H3", center=True, border=False)
    xput(ws, "A4", "填报单位(盖章):南岳区青少年校外活动中心 单位负责人:陈丽华", "H4", border=False)
    # 专项基本情况
    xput(ws, "A5", "专项基本情况", "A10", center=True)
    xput(ws, "B5", "专项名称")
    xput(ws, "C5", "南岳区青少年学生校外活动教学相关补助费", "H5")
    xput(ws, "B6", "专项属性")
    xput(ws, "C6", "新增项目 延续项目√", "H6")
    xput(ws, "B7", "主管部门")
    xput(ws, "C7", "南岳区教育局", "D7")
    xput(ws, "E7", "专项起止时间")
    xput(ws, "F7", "2020.1-12", "H7")
    xput(ws, "B8", "专项负责人")
    xput(ws, "C8", "赵晓青", "D8")
    xput(ws, "E8", "联系人及电话")
    xput(ws, "F8", "189****8258", "H8")
    xput(ws, "B9", "专项概况")
    xput(ws, "C9", "面向南岳区青少年开展教育辅导、心理咨询和特长培训等服务，组织各类公益活动，"
                   "充实青少年课余生活，本专项用于相关教学补助。", "H9")
    xput(ws, "B10", "专项立项")
    xput(ws, "C10", "各级相关文件要求及部门职责等。", "H10")
    # 专项资金情况
    xput(ws, "A11", "专项资金情况", "A13", center=True)
    xput(ws, "B11", "本年度预计投入(万元)", "B12", center=True)
    xput(ws, "C11", "财政资金(万元)", "F11", center=True)
    xput(ws, "G11", "其他", "H12", center=True)
    xput(ws, "C12", "中央", center=True)
    xput(ws, "D12", "省级", center=True)
    xput(ws, "E12", "市级资金", center=True)
    xput(ws, "F12", "本级", center=True)
    xput(ws, "B13", 25, center=True)
    xput(ws, "C13", None)
    xput(ws, "D13", None)
    xput(ws, "E13", None)
    xput(ws, "F13", 25, center=True)
    xput(ws, "G13", None, "H13")
    xput(ws, "A14", "单位已有的保证专项实施的制度、措施", "B14")
    xput(ws, "C14", "一是设立专项经费监管小组，保证专款专用；二是建立专项活动计划、验收和评比等方案制度。", "H14")
    xput(ws, "A15", "中长期绩效目标", "B15")
    xput(ws, "C15", "1.为全区青少年提供活动阵地;", "H15")
    xput(ws, "A16", "本年度绩效目标", "B16")
    xput(ws, "C16", "完善场馆基础设施和各功能室，新建功能室一个；向青少年开放跆拳道、舞蹈、绘画、小主持、"
                    "羽毛球馆、心理咨询室等功能室并开设特长班；举办“加油吧，少年！”等公益活动，"
                    "充实全区青少年的课余生活。", "H16")
    # 专项年度绩效指标
    xput(ws, "A17", "专项年度绩效指标", "A25", center=True)
    xput(ws, "B17", "一级指标", center=True)
    xput(ws, "C17", "二级指标", center=True)
    xput(ws, "D17", "三级指标内容", "F17", center=True)
    xput(ws, "G17", "指标值", "H17", center=True)
    xput(ws, "B18", "产出", "B25", center=True)
    xput(ws, "C18", "数量指标", "C21", center=True)
    xput(ws, "C22", "质量指标", "C23", center=True)
    xput(ws, "C24", "时效指标", "C25", center=True)
    rows = [("开放功能室", "≥80次"), ("培训班教师人数", "≥14人"), ("送课下乡", "≥4次"),
            ("参加培训班学生数", "≥930人"), ("全区覆盖率", "≥95%"), ("活动参与率", "≥95%"),
            ("工作完成及时率", "≥100%"), ("资金到位率", None)]
    for i, (name, val) in enumerate(rows):
        r = 18 + i
        xput(ws, "D%d" % r, name, "F%d" % r)
        xput(ws, "G%d" % r, val, "H%d" % r)
    for r in range(5, 26):
        ws.row_dimensions[r].height = 30
    for r in (9, 14, 16):
        ws.row_dimensions[r].height = 48
    wb.save(path)


NANYUE_GOLD = {
    "source_urls": ["https://www.nanyue.gov.cn/nyczj/czysgk/2019njyhndyjs/xcg/qsnxwhdzx/20200723/i2101195.html"],
    "province": "湖南",
    "doc_kind": "申报表",
    "patterns": [1, 5, 6, 8, 10],
    "indicators": [
        ind("产出指标", "数量指标", "开放功能室", ">=", 80, "次", "≥80次"),
        ind("产出指标", "数量指标", "培训班教师人数", ">=", 14, "人", "≥14人"),
        ind("产出指标", "数量指标", "送课下乡", ">=", 4, "次", "≥4次"),
        ind("产出指标", "数量指标", "参加培训班学生数", ">=", 930, "人", "≥930人"),
        ind("产出指标", "质量指标", "全区覆盖率", ">=", 95, "%", "≥95%"),
        ind("产出指标", "质量指标", "活动参与率", ">=", 95, "%", "≥95%"),
        ind("产出指标", "时效指标", "工作完成及时率", ">=", 100, "%", "≥100%"),
        ind("产出指标", "时效指标", "资金到位率", None, None, None, ""),
    ],
    "goals": [
        goal("中期目标", "1.为全区青少年提供活动阵地;"),
        goal("年度目标", "完善场馆基础设施和各功能室，新建功能室一个；向青少年开放跆拳道、舞蹈、绘画、小主持、"
                        "羽毛球馆、心理咨询室等功能室并开设特长班；举办“加油吧，少年！”等公益活动，"
                        "充实全区青少年的课余生活。"),
    ],
    "facts": [
        {"metric": "本年度预计投入", "kind": "sum", "total": 25, "parts": [25], "unit": "万元"},
    ],
    "findings": [
        find("coverage.missing_dimension", "效益指标",
             "the stored page stops in the 时效 rows: the form as it stands has no 效益 indicator"),
        find("coverage.missing_dimension", "满意度指标", "no 满意度 indicator in the form as it stands"),
        find("target.missing_value", "资金到位率", "the last row ends after its name (page cut): no value"),
        find("target.impossible_value", "工作完成及时率", "≥100% can only mean =100%"),
        find("target.input_or_process", "资金到位率",
             "measures the arrival of the money (an input/process), not an output, yet sits under 产出/时效"),
        find("goal.unquantified", "1.为全区青少年提供活动阵地;",
             "中长期 goal names a purpose (provide a venue) with no number, level or deadline"),
    ],
    "notes": ("南岳区财政局 disclosure page of the 2020 专项资金预算绩效目标申报表 of 南岳区青少年校外活动中心 "
              "(附件2, 25万元 本级, 新增/延续 checkboxes written as '新增项目 延续项目√'). Layout as on the page: "
              "section labels 专项基本情况 / 专项资金情况 / 专项年度绩效指标 merged down column A, the 一级 label "
              "written '产出' (not 产出指标) merged down the whole indicator block, header '三级指标内容', operator "
              "and unit inside the 指标值 cell. 专项概况, the 制度措施 cell and the 本年度绩效目标 are in our own "
              "words with the same content; the short cells ('各级相关文件要求及部门职责等。', '1.为全区青少年提供"
              "活动阵地;' with its lone '1.') are kept as written. The contact phone is partly masked by us. "
              "Money block: 本年度预计投入 25 = 本级 25 (中央/省级/市级/其他 empty): consistent. The stored page "
              "stops after the name of the second 时效 row '资金到位率', so the file ends there with an empty "
              "value; no 效益 or 满意度 row and no signature block exist in the file. Judgement calls: "
              "'资金到位率' is flagged both as missing its value (cut) and as an input measure; the annual goal is "
              "partly quantified (one new 功能室) and is not flagged; '全区覆盖率' without a stated base is "
              "left unflagged."),
}


# ----------------------------------------------------------------------------------------
# 2. 云南 保山市图书馆 2022 自评报告 (中央支持地方公共文化服务体系建设补助资金), DOCX
# ----------------------------------------------------------------------------------------
def build_baoshan_library(path):
    doc = new_doc()
    dtable(doc, [["索引号", "79518791-2-/2023-0427027"],
                 ["发布机构", "保山市文化和旅游局"],
                 ["公开目录", "自评报告"],
                 ["发布日期", "2023-04-27"]])
    title(doc, "保山市图书馆2022年度项目支出绩效自评报告(2022年中央支持地方公共文化服务体系建设补助资金")
    para(doc, "一、自评结论", bold=True)
    para(doc, "(一)自评得分")
    para(doc, "100分。")
    para(doc, "(二)绩效目标完成情况")
    para(doc, "1.产出指标完成情况")
    para(doc, "数量指标：平均每个农家书屋开展阅读活动数量4次，指标完成率100%，数字资源补充50000册，指标完成率100%。")
    para(doc, "质量指标：公共数字文化服务参与率逐年提升，指标完成率100%。")
    para(doc, "2.效益指标完成情况")
    para(doc, "国民综合阅读率80%，指标完成率100%；基本公共文化服务水平稳步提升，指标完成率100%。")
    para(doc, "3.满意度指标完成情况")
    para(doc, "服务读者满意度90%，指标完成率100%。")
    para(doc, "(三)存在的问题和原因分析")
    para(doc, "资金保障偏紧：按现有经费规模，难以为群众提供更多、更好的服务。")
    para(doc, "(四)下一步拟改进措施及有关建议")
    para(doc, "1.措施：加强对各科室项目申报的指导，使项目编报更贴合绩效评价的要求。")
    para(doc, "2.建议：无。")
    para(doc, "二、佐证材料", bold=True)
    para(doc, "(一)项目基本情况")
    para(doc, "本馆使用2022年中央补助地方公共文化服务体系建设专项资金，完成了以下工作：实现图书馆大数据的查询、"
              "统计和维护；开展图书盘点、顺架、上架、倒架和剔旧；借助现有工作站和门禁系统实现部分图书防盗；"
              "购置图书装具，解决部分旧书下架后的存放问题；建成资源整合展示平台，并在馆内设置数字阅读区。")
    para(doc, "(二)自评工作开展情况")
    para(doc, "按照保山市财政局文件(保财绩〔2023〕2号)的要求，为增强责任意识、落实绩效理念、规范资金管理、"
              "提高资金使用绩效，本单位指定专人负责该项目经费的绩效评价工作。")
    para(doc, "(三)绩效评价指标分析")
    para(doc, "1.预算执行情况分析(包括完成情况和偏差原因等)")
    doc.save(path)


BAOSHAN_LIB_GOLD = {
    "source_urls": ["https://baoshan.gov.cn/info/5746/9450674.htm"],
    "province": "云南",
    "doc_kind": "自评报告",
    "patterns": [6, 10],
    "indicators": [
        ind("产出指标", "数量指标", "平均每个农家书屋开展阅读活动数量", None, 4, "次", "4次", actual=4),
        ind("产出指标", "数量指标", "数字资源补充", None, 50000, "册", "50000册", actual=50000),
        ind("产出指标", "质量指标", "公共数字文化服务参与率", None, None, None, "逐年提升"),
        ind("效益指标", None, "国民综合阅读率", None, 80, "%", "80%", actual=80),
        ind("效益指标", None, "基本公共文化服务水平", None, None, None, "稳步提升"),
        ind("满意度指标", None, "服务读者满意度", None, 90, "%", "90%", actual=90),
    ],
    "goals": [],
    "facts": [],
    "findings": [
        find("target.vague_wording", "公共数字文化服务参与率",
             "a 率 indicator judged 100% complete on '逐年提升' with no number or baseline"),
        find("target.vague_wording", "基本公共文化服务水平",
             "'稳步提升' with no number, baseline or scale"),
    ],
    "notes": ("保山市图书馆 2022 自评报告 for the 中央支持地方公共文化服务体系建设补助资金, on the 保山 city portal "
              "(a sibling of the used page 9450644, which is the library's 免费开放 report). The title's closing "
              "bracket is missing on the page and in the file. Indicators are labelled prose under 1.产出/2.效益/"
              "3.满意度指标完成情况; only the 产出 part writes 二级 words (数量指标/质量指标), so 效益 and 满意度 "
              "rows have level2 null. Judgement call: each sentence gives one figure followed by '指标完成率100%'; "
              "the figure is taken as the indicator value (target_text) and, because the report says 100% "
              "completion, also as the actual; the two '提升' rows have neither. No operator is written anywhere. "
              "Sections (三)(四) and 二(一)(二) are in our own words with the same content. The stored page stops "
              "at the heading '1.预算执行情况分析(包括完成情况和偏差原因等)' and the file stops there: no budget "
              "figure, no goal text (二(一) describes what was done) and no rate. 自评得分 100分 has no parts or "
              "grade to check."),
}


# ----------------------------------------------------------------------------------------
# 3. 湖南 益阳 南县就业服务中心 2023 项目支出绩效自评报告, DOCX
# ----------------------------------------------------------------------------------------
def build_nanxian_jobs(path):
    doc = new_doc()
    title(doc, "南县就业服务中心2023年项目支出绩效自评报告")
    para(doc, "按照《南县财政局关于做好2023年度预算绩效自评工作的通知》(南财函〔2024〕5号)的要求，为规范项目支出"
              "管理、强化预算绩效理念、提高资金使用效益，本中心对2023年度项目支出资金的使用情况开展了绩效自评，"
              "并形成本报告。")
    para(doc, "一、项目基本情况", bold=True)
    para(doc, "(一)项目基本情况简介")
    para(doc, "南县就业服务中心2023年纳入绩效评价的项目共4个，项目支出609.74万元。其中：财政拨款项目支出15万元，"
              "其他项目支出594.74万元。具体如下：")
    para(doc, "1、档案整理费5万元，用于档案整理工作；")
    para(doc, "2、失业保险政策宣传5万元，用于失业保险政策的宣传；")
    para(doc, "3、城乡就业工作经费5万元，用于开展城乡就业工作；")
    para(doc, "4、就业专项资金594.74万元，用于专项培训的相关费用。")
    para(doc, "(二)绩效目标设定及指标完成情况")
    para(doc, "1、数量指标")
    para(doc, "(1)失业保险工作方面。2023年度失业保险参保总人数为21347人，完成市目标任务21347人的100%。")
    para(doc, "(2)城乡就业工作方面。2023年度全县城镇登记月平均失业率为2.42%，控制在4.5%以内；就业失业网上登记申报"
              "1398条，完成率100%；城镇“311”公共就业服务覆盖人数为4691人；向南县创意职业技术学校、南县人民医院"
              "符合见习补贴条件的44名高校毕业生及青年发放了就业见习补贴。")
    para(doc, "(3)培训服务工作方面。2023年度已开展职业技能培训49期，培训2399人，完成市目标任务数2000人的120%；"
              "已获得创业培训合格证书的学员774人(共24期)，完成市级下达任务人数645人的120%。")
    para(doc, "2、质量指标")
    para(doc, "(1)2023年失业保险征缴费率继续按1%执行至2024年12月31日，其中单位费率0.7%，个人费率0.3%。截至2023年"
              "12月31日，按大型企业30%、中小微企业60%的比例开展稳岗返还，经多系统数据比对，采用“免审即享”方式，"
              "已向95家企业发放稳岗返")
    doc.save(path)


NANXIAN_GOLD = {
    "source_urls": ["http://nxjw.nanxian.gov.cn/14890/36191/36261/38624/content_1920511.html"],
    "province": "湖南",
    "doc_kind": "自评报告",
    "patterns": [6, 9, 10],
    "indicators": [
        ind("产出指标", "数量指标", "失业保险参保总人数", None, 21347, "人", "21347人", actual=21347),
        ind("产出指标", "数量指标", "城镇登记月平均失业率", "<=", 4.5, "%", "控制在4.5%以内", actual=2.42),
        ind("产出指标", "数量指标", "就业失业网上登记申报", None, 1398, "条", "1398条", actual=1398),
        ind("产出指标", "数量指标", "城镇“311”公共就业服务覆盖人数", None, None, None, "", actual=4691),
        ind("产出指标", "数量指标", "发放就业见习补贴", None, None, None, "", actual=44),
        ind("产出指标", "数量指标", "职业技能培训", None, 2000, "人", "2000人", actual=2399),
        ind("产出指标", "数量指标", "获得创业培训合格证书学员", None, 645, "人", "645人", actual=774),
        ind("产出指标", "质量指标", "失业保险征缴费率", None, 1, "%", "1%"),
    ],
    "goals": [],
    "facts": [
        {"metric": "项目支出", "kind": "sum", "total": 609.74, "parts": [15, 594.74], "unit": "万元"},
        {"metric": "财政拨款项目支出", "kind": "sum", "total": 15, "parts": [5, 5, 5], "unit": "万元"},
        {"metric": "失业保险征缴费率", "kind": "sum", "total": 1, "parts": [0.7, 0.3], "unit": "%"},
        {"metric": "失业保险参保总人数", "kind": "completion", "planned": 21347, "actual": 21347,
         "stated_rate": 100, "unit": "人"},
        {"metric": "职业技能培训", "kind": "completion", "planned": 2000, "actual": 2399,
         "stated_rate": 120, "unit": "人"},
        {"metric": "获得创业培训合格证书学员", "kind": "completion", "planned": 645, "actual": 774,
         "stated_rate": 120, "unit": "人"},
    ],
    "findings": [
        find("coverage.missing_dimension", "效益指标",
             "the stored page stops inside the first 质量指标 item: no 效益 indicator in the file"),
        find("coverage.missing_dimension", "满意度指标", "no 满意度 indicator in the file"),
        find("target.missing_value", "城镇“311”公共就业服务覆盖人数",
             "a result (4691人) is reported with no target or completion rate to judge it against"),
        find("target.missing_value", "发放就业见习补贴",
             "44名 reported with no target or completion rate"),
    ],
    "notes": ("南县就业服务中心 2023 自评报告 on the county 纪委/监委 site (host already used for other pages; this "
              "page id is new). Intro and (一) in our own words with the same figures; the indicator sentences keep "
              "their figures and wording. Money: 609.74 = 15 + 594.74 and 15 = 5+5+5 (both consistent). "
              "Indicators are labelled prose under '1、数量指标' and '2、质量指标'; no 一级 word is written, "
              "level1 产出指标 is our reading (数量/质量 only exist under 产出). Completion: 21347/21347 = 100%, "
              "2399/2000 = 119.95% stated 120%, 774/645 = 120% (all consistent at the stated precision; 120% is "
              "below the 150% too-low line). '就业失业网上登记申报1398条，完成率100%' is read as value = actual = "
              "1398 (judgement call). The 49期 and 24期 counts are kept in the text but not taken as separate "
              "indicators; the 稳岗返还 ratios (30%/60%) describe a policy, not a target. 失业保险征缴费率 1% = "
              "0.7% + 0.3% is recorded as a sum. The stored page stops in the middle of the word '稳岗返[还]' "
              "after '已向95家企业发放', so the file stops there; no 效益/满意度 part, no goal text."),
}


# ----------------------------------------------------------------------------------------
# 4. 安徽 六安 妇女儿童健康水平提升民生工程 2021 绩效自评报告 + 评价指标表, DOCX
# ----------------------------------------------------------------------------------------
def build_luan_mch(path):
    doc = new_doc()
    title(doc, "2021年妇女儿童健康水平提升民生工程")
    title(doc, "绩效自评报告")
    para(doc, "一、目标任务", bold=True)
    para(doc, "2021年六安市妇女儿童健康水平提升民生工程的年度目标任务：一是到2021年底，全市婚检率稳定在85%左右，"
              "保证婚检质量，全市婚检疾病检出率达到8%以上；二是实施婚前医学检查门诊规范化建设，80%以上的县区级"
              "妇幼健康机构婚检门诊达到规范化建设要求。")
    para(doc, "二、实施方案", bold=True)
    para(doc, "市卫生健康委与市财政局联合印发2021年卫生健康民生工程实施办法(六卫健〔2021〕37号)，对总体目标、"
              "保障对象、主要内容、资金保障、管理要求和保障措施作了规定。")
    para(doc, "三、完成情况", bold=True)
    para(doc, "2021年全市共免费婚检61486人，完成任务的180.84%，婚检率为94.99%。各婚检机构在抓任务进度的同时，"
              "严格执行技术操作规程、加强质量管理，婚检质量和群众满意度都有提升，全市疾病检出率达11.25%；"
              "全市7个县区的婚前保健门诊规范化建设均通过省级验收。")
    para(doc, "自评得分99.5分。")
    para(doc, "附表1:")
    header = ["序号", "一级指标", "二级指标", "三级指标", "指标分值", "指标解释说明", "评分标准", "备注", "自评"]
    rows = [
        ["六安市妇女儿童健康水平提升民生工程绩效评价指标表"] + [""] * 8,
        header,
        ["1", "投入", "项目立项(10分)", "项目立项依据", "2",
         "考核项目立项是否符合国家和本省的法规政策文件要求。",
         "1、项目立项符合《安徽省人民政府关于2021年实施33项民生工程的通知》的规定,得1分;", "", "2"],
        ["2", "", "", "绩效目标编制", "4",
         "考核是否制定中长期目标和年度绩效目标，以及绩效目标是否符合“指向明确、细化量化、合理可行、相应匹配”"
         "的要求。",
         "制定了中长期绩效目标得1分，制定年度绩效目标且符合十六字方针四项要求得3分，每一项不符合要求扣0.75分，"
         "扣完为", "", ""],
    ]
    dtable(doc, rows, merges=((0, 0, 0, 8), (2, 1, 3, 1), (2, 2, 3, 2)),
           widths=(0.9, 1.2, 1.6, 1.6, 1.1, 3.6, 4.2, 0.9, 0.9))
    doc.save(path)


LUAN_GOLD = {
    "source_urls": ["http://wjw.luan.gov.cn/zwzx/gsgg/4953646.html"],
    "province": "安徽",
    "doc_kind": "自评报告",
    "patterns": [1, 5, 8, 10],
    "indicators": [
        ind("投入", "项目立项", "项目立项依据", None, None, None, "", weight=2, score=2),
        ind("投入", "项目立项", "绩效目标编制", None, None, None, "", weight=4, score=None),
    ],
    "goals": [
        goal("年度目标", "一是到2021年底，全市婚检率稳定在85%左右，保证婚检质量，全市婚检疾病检出率达到8%以上"),
        goal("年度目标", "二是实施婚前医学检查门诊规范化建设，80%以上的县区级妇幼健康机构婚检门诊达到规范化建设要求"),
    ],
    "facts": [
        {"metric": "免费婚检", "kind": "completion", "planned": None, "actual": 61486,
         "stated_rate": 180.84, "unit": "人"},
    ],
    "findings": [
        find("target.too_low", "免费婚检",
             "61486人 is 180.84% of the task: the task was set far below what was done"),
        find("coverage.missing_dimension", "产出指标",
             "the 评价指标表 stops in its 投入 rows: no 产出 row in the file"),
        find("coverage.missing_dimension", "效益指标", "no 效益/效果 row in the evaluation table as it stands"),
        find("coverage.missing_dimension", "满意度指标", "no 满意度 row in the evaluation table as it stands"),
    ],
    "notes": ("六安市卫生健康委 page: 2021 自评报告 of the 妇女儿童健康水平提升民生工程 (婚检) with 附表1, the "
              "民生工程 evaluation indicator table (投入/项目立项 framework, columns 指标分值/指标解释说明/评分标准/备注/"
              "自评). Sections 二 and 三 and the 指标解释说明 cells are in our own words with the same figures. "
              "The two goals are the 一是/二是 task sentences of section 一 (both quantified; '85%左右' has no "
              "direction but is not flagged). Results: 61486人 = 180.84% of a task number that the report does "
              "not state (completion fact with planned null), 婚检率 94.99% vs 85%左右, 检出率 11.25% vs ≥8%, 7 "
              "县区 all accepted. 自评得分 99.5 has no grade word and no parts. Table: 投入 and 项目立项(10分) "
              "merged over the two rows, as on the page; row 1's 评分标准 lists only its item '1、…得1分;' while "
              "the row is worth 2 and self-scored 2 (kept). The stored page stops inside row 2's 评分标准 at "
              "'扣完为', so row 2 has no 自评 score and the table ends there. Judgement calls: the evaluation "
              "rows are taken as indicators with weight/score (level1/level2 as written: 投入/项目立项, not "
              "canonical names); the cut table is judged as it stands (no 产出/效益/满意度 row), and the "
              "180.84% task is flagged as too low although the task row itself is not in the file."),
}


# ----------------------------------------------------------------------------------------
# 5. 安徽 淮南 寿县融媒体中心 中央对地方专项转移支付 2019 绩效自评报告, DOCX (prose)
# ----------------------------------------------------------------------------------------
def build_shouxian(path):
    doc = new_doc()
    title(doc, "寿县融媒体中心中央对地方专项转移支付2019年度绩效自评报告")
    para(doc, "发布时间:2020-04-14 09:49  信息来源:寿县融媒体中心", center=True)
    para(doc, "按照省广电局转发的《关于开展2019年度中央对地方转移支付预算执行情况绩效自评的通知》"
              "(皖广明电﹝2020﹞36号)要求，现将自评情况报告如下：")
    para(doc, "一、绩效目标分解下达情况", bold=True)
    para(doc, "(一)中央转移支付预算")
    para(doc, "2019年中央补助地方公共文化服务体系建设专项资金共计1586万元，其中：中央广播电视节目无线覆盖(模拟与数字)"
              "运行维护43.8万元；县级融媒体中心建设43万元；寿县应急广播系统建设1500万元。")
    para(doc, "(二)绩效目标情况")
    para(doc, "1. 中央广播电视节目无线覆盖(模拟与数字)运行维护：确保中央广播电视节目无线覆盖到位、节目正常播出；")
    para(doc, "2.县级融媒体中心建设：完善各类媒介的融合衔接，提高宣传软件运行的流畅度，建立以新媒体生产和传播为核心的"
              "策采编发网络及流程；")
    para(doc, "3.寿县应急广播系统建设：确保应急广播系统正常运行。")
    para(doc, "二、绩效目标完成情况分析", bold=True)
    para(doc, "(一)资金投入情况分析")
    para(doc, "1.项目资金到位情况分析")
    para(doc, "各项目资金均于2019年12月31日前按时足额到位。")
    para(doc, "2.项目资金执行情况分析")
    para(doc, "(1)中央广播电视节目无线覆盖(模拟与数字)运行维护：2019年12月31日前已完成项目建设，资金已支付完毕。")
    para(doc, "(2)县级融媒体中心建设：2019年12月31日前已完成项目建设，资金已支付完毕。")
    para(doc, "(3)寿县应急广播系统建设：乡村终端仍在施工，工程尚未验收，资金未支付。")
    para(doc, "3.项目资金管理情况分析")
    para(doc, "寿县融媒体中心在资金管理上强化责任意识，健全管理制度，落实配套资金，严格按专项资金规定管理和使用，"
              "保障财政资金使用安全。")
    para(doc, "(二)总体绩效目标完成情况分析")
    para(doc, "除应急广播系统仍在施工建设外，其余两个项目都基本达成预期目")
    doc.save(path)


SHOUXIAN_GOLD = {
    "source_urls": ["https://www.shouxian.gov.cn/public/118322746/1258193705.html"],
    "province": "安徽",
    "doc_kind": "自评报告",
    "patterns": [10],
    "indicators": [],
    "goals": [
        goal("目标", "中央广播电视节目无线覆盖(模拟与数字)运行维护：确保中央广播电视节目无线覆盖到位、节目正常播出"),
        goal("目标", "县级融媒体中心建设：完善各类媒介的融合衔接，提高宣传软件运行的流畅度，建立以新媒体生产和传播为核心的"
                    "策采编发网络及流程"),
        goal("目标", "寿县应急广播系统建设：确保应急广播系统正常运行"),
    ],
    "facts": [
        {"metric": "中央补助地方公共文化服务体系建设专项资金", "kind": "sum", "total": 1586,
         "parts": [43.8, 43, 1500], "unit": "万元"},
    ],
    "findings": [
        find("consistency.sum", "中央补助地方公共文化服务体系建设专项资金",
             "stated 1586万元 but 43.8 + 43 + 1500 = 1586.8万元"),
        find("goal.unquantified", "中央广播电视节目无线覆盖(模拟与数字)运行维护",
             "goal (coverage in place, normal broadcast) has no number, rate or deadline"),
        find("goal.unquantified", "县级融媒体中心建设：完善各类媒介的融合衔接",
             "完善/提高/建立 with no number, baseline or deadline"),
        find("goal.unquantified", "寿县应急广播系统建设：确保应急广播系统正常运行",
             "no number (e.g. terminals, coverage, uptime) or deadline"),
    ],
    "notes": ("寿县融媒体中心 2019 自评报告 for the 中央补助地方公共文化服务体系建设专项资金, on the 寿县 portal. Prose "
              "only, in our own words with the same figures and dates. The three amounts add to 1586.8万元 while the "
              "total is written 1586万元 (defect kept: consistency.sum). The 应急广播 part (1500万元) was not paid "
              "at year end; no execution amount or rate is written, so no budget fact is taken. The three (二) "
              "targets are goals without numbers. The stored page stops at '基本达成预期目' (mid-word) and the file "
              "stops there. No indicator rows; a prose report gets no coverage finding."),
}


# ----------------------------------------------------------------------------------------
# 6. 云南 保山市广播电视台 2017 电视专题节目制作经费 项目绩效自评报告, DOCX (prose)
# ----------------------------------------------------------------------------------------
def build_baoshan_tv(path):
    doc = new_doc()
    title(doc, "保山市广播电视台电视专题节目制作经费项目绩效自评报告")
    para(doc, "2018-06-19 10:40:38", center=True)
    title(doc, "2017年度项目绩效自评报告", size=13)
    para(doc, "(电视专题节目制作经费项目)", center=True)
    para(doc, "一、项目基本情况", bold=True)
    para(doc, "2017年，我台在市委、市政府领导下，围绕中心、服务大局，配合全市各级各部门拍摄制作各类宣传片、专题片、"
              "汇报片和工作音视频资料，全面推介我市社会、经济、文化和城市建设的发展，丰富了受众的文化生活，"
              "取得了较好的社会效益；同时提升了我台广播电视节目的内容和质量，电视节目的收视率和关注度有所提高。")
    para(doc, "二、项目绩效自评工作开展情况", bold=True)
    para(doc, "1.准备阶段(2017年3月10日——30日)")
    para(doc, "学习财政支出绩效自评的有关规定，明确评价范围和对象，以及评价的目的、内容、任务、依据、时间和要求。")
    para(doc, "2.实施阶段(2017年4月1日——11月30日)")
    para(doc, "下发自评通知、安排自评工作、制定评价指标体系；组织项目单位自评并上报自评报告，在汇总二级自评的基础上"
              "对一级项目自评，报保山市财政局审核。")
    para(doc, "3.总结阶段(2017年12月1日——31日)")
    para(doc, "总结评价经验，进一步完善自评指标体系，装订归档自评资料，并在单位门户网站公示自评报告，接受监督。")
    para(doc, "三、项目绩效实现情况", bold=True)
    para(doc, "(一)项目资金情况")
    para(doc, "1.项目资金到位情况")
    para(doc, "2017年电视专题节目制作经费项目50万元，实际到位50万元，到位率100%。")
    para(doc, "2.项目资金执行情况")
    para(doc, "2017年电视专题节目制作经费项目50万元，其中：其中：商品和服务支出39.98万元(其中：办公费2.25万元，"
              "邮电费2.40万，差旅费11.45万元，维护费2.16万元，租赁费12.10万元，会议费6.00万，劳务费3.62万)，"
              "占总支出的79.96%；其他资本性支出10.02万元(其中：办公设备购置5.55万元、专用设备购置4.47万)，")
    doc.save(path)


BAOSHAN_TV_GOLD = {
    "source_urls": ["http://www.bsrtv.cn/gxwm/bsrtvgkgsl/55291489.shtml"],
    "province": "云南",
    "doc_kind": "自评报告",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "资金到位率", "kind": "budget", "planned": 50, "actual": 50, "stated_rate": 100, "unit": "万元"},
        {"metric": "商品和服务支出", "kind": "sum", "total": 39.98,
         "parts": [2.25, 2.40, 11.45, 2.16, 12.10, 6.00, 3.62], "unit": "万元"},
        {"metric": "其他资本性支出", "kind": "sum", "total": 10.02, "parts": [5.55, 4.47], "unit": "万元"},
        {"metric": "电视专题节目制作经费", "kind": "sum", "total": 50, "parts": [39.98, 10.02], "unit": "万元"},
        {"metric": "商品和服务支出占总支出", "kind": "budget", "planned": 50, "actual": 39.98,
         "stated_rate": 79.96, "unit": "万元"},
    ],
    "findings": [],
    "notes": ("保山市广播电视台 2017 自评报告 for its 电视专题节目制作经费 (50万元), on the station's own site. Prose "
              "only, in our own words; figures, dates and the doubled '其中：其中：' as on the page, as are the mixed "
              "'万元'/'万' units. Checks: 2.25+2.40+11.45+2.16+12.10+6.00+3.62 = 39.98, 5.55+4.47 = 10.02, "
              "39.98+10.02 = 50, 39.98/50 = 79.96%, 到位 50/50 = 100%: all consistent, so no finding. Section 一 "
              "describes what was done (no goal sentence, no target), so no goal is taken. The stored page stops "
              "after '专用设备购置4.47万)，' and the file stops there; no indicator part. A prose report gets no "
              "coverage finding."),
}


# ----------------------------------------------------------------------------------------
DOCS = [
    {"file": "hn-nanyue-youth-center-targets.xlsx", "build": build_nanyue, "gold": NANYUE_GOLD},
    {"file": "yn-baoshan-library-selfreport.docx", "build": build_baoshan_library, "gold": BAOSHAN_LIB_GOLD},
    {"file": "hn-nanxian-employment-selfreport.docx", "build": build_nanxian_jobs, "gold": NANXIAN_GOLD},
    {"file": "ah-luan-premarital-selfreport.docx", "build": build_luan_mch, "gold": LUAN_GOLD},
    {"file": "ah-shouxian-media-selfreport.docx", "build": build_shouxian, "gold": SHOUXIAN_GOLD},
    {"file": "yn-baoshan-tv-selfreport.docx", "build": build_baoshan_tv, "gold": BAOSHAN_TV_GOLD},
]


def write_gold(name, gold):
    rec = {"source": name}
    rec.update(gold)
    with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as fh:
        json.dump(rec, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def export_pdf(path):
    with tempfile.TemporaryDirectory() as prof:
        cmd = ["soffice", "-env:UserInstallation=file://" + prof, "--headless",
               "--convert-to", "pdf", "--outdir", HERE, path]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    no_pdf = "--no-pdf" in sys.argv[1:]
    os.makedirs(ANN, exist_ok=True)
    for d in DOCS:
        path = os.path.join(HERE, d["file"])
        d["build"](path)
        normalise_ooxml(path)
        write_gold(d["file"], d["gold"])
        pdf_name = os.path.splitext(d["file"])[0] + ".pdf"
        write_gold(pdf_name, d["gold"])
        if not no_pdf:
            export_pdf(path)
    print("wrote %d documents" % len(DOCS))


if __name__ == "__main__":
    main()
