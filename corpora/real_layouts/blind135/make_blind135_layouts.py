#!/usr/bin/env python3
"""Blind part blind135 of jixiao's real-layout corpus.

Writes four documents reproduced from stored copies of public web pages
(forestry / rural environment / soil + air pollution / air pollution funds,
2022-2025), their PDFs (LibreOffice), and the gold annotations.

The gold below was written by an annotator who never read the toolkit's code.
Run:  /tmp/venv/bin/python make_blind135_layouts.py
"""
import datetime
import io
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
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED_DT = datetime.datetime(2025, 1, 1, 0, 0, 0)
ZIP_DT = (2025, 1, 1, 0, 0, 0)
AUTHOR = "blind135"

# ---------------------------------------------------------------------------
# Gold (written first; the files below are generated from the same facts)
# ---------------------------------------------------------------------------

URL_CQ = "http://wap2hd.com/zwgk_156/zfxxgkml/czzjzdjc/zyzc/202205/t20220506_10684988.html"
URL_HN = "https://mof.hainan.gov.cn/sczt/0503/202309/56f7f7427ffd459ca1d354093836d254.shtml"
URL_NM = "http://sthjj.bynr.gov.cn/html/Information/fdzdgk/czgk/5457.html"
URL_XJ = "https://www.hlw999.com/xc202508/68601e9c22df4cfe803c90ed4496909a.html"

F_CQ = "chongqing-zhongxian-linye-shengtai-baohu-huifu-zijin-xiada-tongzhi.xlsx"
F_HN = "hainan-sheng-nongcun-huanjing-zhengzhi-zijin-xiada-tongzhi.docx"
F_NM = "neimenggu-bayannaoer-turang-daqi-wuran-fangzhi-zijin-zipingbaogao.docx"
F_XJ = "xinjiang-zizhiqu-daqi-wuran-fangzhi-zijin-pingjiabaogao.docx"

GOLD = {
    F_CQ: {
        "source_urls": [URL_CQ],
        "province": "重庆市",
        "doc_kind": "资金下达通知(附预算安排表、区域绩效目标表表头)",
        "patterns": [7, 8],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "2022年中央林业草原生态保护恢复资金预算(合计)", "kind": "sum",
             "total": 3517, "parts": [3454, 63], "unit": "万元"},
            {"metric": "县林业局 合计", "kind": "sum",
             "total": 3454, "parts": [4, 2400, 1050], "unit": "万元"},
        ],
        "findings": [],
        "notes": (
            "Source page is a spam-injected mirror of a 忠县财政局 (Chongqing) notice: the host site replaced "
            "the word 关于 by a gambling-site name in the title and in the cited document title; I restored 关于 "
            "and kept everything else. The stored page stops inside 附件2 (区域绩效目标表) right after "
            "'资金名称 | 林业草原生态保护恢复资金' and the truncated label '中央主'; the document stops there too, so it "
            "has no indicator rows and no goal text. Kept as found: '渝财农〔2021126号' and '忠财预〔20222号' "
            "(closing bracket missing), the date '2022112', the column word '政社性支出' (elsewhere "
            "'政策性社会性支出'). The 安排表 has no 合计 row. Judgement call on column placement: the page "
            "flattens the table and drops empty cells; 县林业局 has three values (4, 2400, 1050) for four "
            "money columns and 县国有林场 one value (63). I placed 县林业局's values in 政社性支出 / 2018年任务 / "
            "2020年任务 (天保社保 empty) and 县国有林场's 63 in 天保工程社会保险补助; both sums hold either way "
            "(3454 = 4 + 2400 + 1050; 3517 = 3454 + 63 as stated in the letter). No findings: nothing that "
            "the checker's rule ids cover is wrong in what survives."),
    },
    F_HN: {
        "source_urls": [URL_HN],
        "province": "海南省",
        "doc_kind": "资金下达通知(附分配表、绩效目标表表头)",
        "patterns": [7, 8],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "2023年农村环境整治资金预算(第二批)", "kind": "sum",
             "total": 484, "parts": [264, 220], "unit": "万元"},
        ],
        "findings": [],
        "notes": (
            "The stored page stops at the first cell '项目名称' of 附件2 农村环境整治资金绩效目标表, so there are "
            "no indicator rows and no goal text. Kept as found: document numbers '财资环〔202333号' and "
            "'财资环〔202143号' (year and bracket run together), the title '关于印发农村环境整治资金管理办法〉的通知' "
            "(opening 《 missing), '现下达2023农村环境整治资金预算' (年 missing), '2023年度)' without the opening "
            "bracket, the 分配表 total 484 standing in the first body row without a 合计 label, and the empty "
            "项目名称 cell of the 临高县 row. The page's metadata line (索引号, 文号 琼财资环〔2023〕813号, dates) "
            "is kept as a small table above the title. 484 = 264 + 220 holds. No findings."),
    },
    F_NM: {
        "source_urls": [URL_NM],
        "province": "内蒙古自治区",
        "doc_kind": "中央转移支付绩效自评报告(土壤污染防治、大气污染防治)",
        "patterns": [10],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "2023年度中央土壤污染防治资金", "kind": "sum",
             "total": 1737, "parts": [1300, 437], "unit": "万元"},
            {"metric": "内财资环〔2022〕1706号 下达土壤污染防治资金(乌拉特前旗两个调查项目)", "kind": "sum",
             "total": 1300, "parts": [723, 577], "unit": "万元"},
            {"metric": "内财资环〔2023〕974号 下达土壤污染防治资金(乌拉特前旗、乌拉特后旗)", "kind": "sum",
             "total": 437, "parts": [272, 165], "unit": "万元"},
            {"metric": "2023年度中央大气污染防治资金", "kind": "sum",
             "total": 24047, "parts": [24000, 47], "unit": "万元"},
        ],
        "findings": [],
        "notes": (
            "Prose only (no indicator table in the stored part). The stored page starts with the sentence "
            "'我市2023年度中央专项资金转移支付涉及两类项目' (no title) and stops inside 二、(一) at "
            "'土壤污染防治类:1.内蒙古乌拉山化肥厂有限公司地块土壤污染状况初步'; the document stops there. "
            "Instalments are in prose (pattern 10). Background sentences rephrased; all dates, document "
            "numbers, project names and amounts as written. The 大气 fact mixes units: the text writes "
            "'2.4亿元' and '47万元' against a total of '24047万元'; I recorded 2.4亿元 as 24000 万元 in parts "
            "(unit normalisation, sum holds). All four sums hold, so no findings. The page gives no goal "
            "sentences (only money flows), so goals is empty."),
    },
    F_XJ: {
        "source_urls": [URL_XJ],
        "province": "新疆维吾尔自治区",
        "doc_kind": "第三方绩效评价报告(封面与基本情况)",
        "patterns": [8],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": (
            "Prose only. The stored page begins with '(2022-2024年度)' (the report's title line above it is "
            "not in the copy) and stops at '3.项目实施情况 近三年来,'; the document stops there. Cover block "
            "kept as found, including the seal/signature marks (公章, 签章) and the evaluator's name and date "
            "(pattern 8). Sections 1 and 2 rephrased, keeping 财资环〔2022〕106号, the 5% cap on capacity "
            "building and the pm2.5/o3 wording in lower case as found. The 5% is a ceiling in a rule, not a "
            "total with parts, so no fact. No goal or indicator is stated in the stored part; no findings."),
    },
}

# ---------------------------------------------------------------------------
# Document content
# ---------------------------------------------------------------------------


def _set_cjk_font(doc):
    st = doc.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(11)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")


def _new_doc(title):
    doc = Document()
    _set_cjk_font(doc)
    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    return doc


def _para(doc, text, bold=False, center=False, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def _table(doc, rows, merges=()):
    ncols = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncols)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is not None:
                t.cell(i, j).text = val
    for (r1, c1, r2, c2) in merges:
        a = t.cell(r1, c1)
        b = t.cell(r2, c2)
        keep = a.text
        m = a.merge(b)
        # merged cells concatenate paragraphs; keep only the first text
        for p in m.paragraphs[1:]:
            p._element.getparent().remove(p._element)
        m.paragraphs[0].text = keep
    return t


def build_hainan(path):
    doc = _new_doc("海南省财政厅关于下达2023年农村环境整治资金预算(第二批)的通知")
    _table(doc, [
        ["索引号:", "00817386-2/2023-84999", "分  类:", ""],
        ["发文机关:", "省财政厅", "成文日期:", "2023-08-30 15:25"],
        ["文  号:", "琼财资环〔2023〕813号", "发布日期:", "2023-08-31 15:25"],
    ])
    _para(doc, "")
    _para(doc, "标题: 海南省财政厅关于下达2023年农村环境整治资金预算(第二批)的通知", bold=True, center=True)
    _para(doc, "澄迈县、临高县财政局")
    _para(doc, "    为改善农村生态环境质量、加快农村环境整治工作,依据《财政部关于下达2023年农村环境整治资金预算"
               "(第二批)的通知》(财资环〔202333号),经审核,现下达2023农村环境整治资金预算(第二批),具体项目、"
               "金额和绩效目标见附件。收入列入2023年政府收支分类科目“1100311-节能环保”,支出列入2023年政府收支"
               "分类科目“2110402-农村环境保护”;市县2023年政府支出经济分类科目据实列支,并按程序拨付使用。")
    _para(doc, "    请严格执行《财政部关于印发农村环境整治资金管理办法〉的通知》(财资环〔202143号)等规定,加强资金"
               "管理,提高资金使用效益,做好绩效管理,在财政预算一体化系统中完善项目绩效目标表,并对照下达的绩效目标"
               "开展绩效监控和绩效评价。安排给脱贫县的资金,按《海南省财政厅等关于继续支持脱贫县统筹整合使用财政"
               "涉农资金工作的通知》(琼财农〔2021〕310号)管理使用。")
    _para(doc, "附件:1.2023年农村环境整治资金预算(第二批)分配表")
    _para(doc, "      2.农村环境整治资金绩效目标表")
    _para(doc, "海南省财政厅")
    _para(doc, "2023年8月30日")
    _para(doc, "附件1", bold=True)
    _para(doc, "2023年农村环境整治资金预算", bold=True, center=True)
    _para(doc, "(第二批)分配表", bold=True, center=True)
    _para(doc, "单位:万元")
    _table(doc, [
        ["序号", "市县", "项目名称", "金额"],
        ["", "", "", "484"],
        ["1", "澄迈县", "澄迈县农村黑臭水体治理项目", "264"],
        ["2", "临高县", "", "220"],
    ])
    _para(doc, "")
    _para(doc, "附件2", bold=True)
    _para(doc, "农村环境整治资金绩效目标表", bold=True, center=True)
    _para(doc, "2023年度)", center=True)
    _table(doc, [["项目名称", ""]])
    doc.save(path)


def build_neimenggu(path):
    doc = _new_doc("巴彦淖尔市2023年度中央专项资金转移支付绩效自评")
    _para(doc, "我市2023年度中央专项资金转移支付涉及两类项目,分别是:土壤污染防治类和大气污染防治类。")
    _para(doc, "一、绩效目标分解下达情况", bold=True)
    _para(doc, "土壤污染防治类:2023年度,中央下达我市土壤污染防治资金共1737万元,我市及时将中央资金下拨至相关旗县。"
               "具体情况如下:")
    _para(doc, "2022年12月23日,自治区财政厅以《关于提前下达2023年中央土壤污染防治专项资金预算的通知》(内财资环"
               "〔2022〕1706号)向我市下达2023年中央土壤污染防治资金1300万元。2023年1月6日,我市以《关于下达2023年"
               "中央土壤污染防治资金的通知》(巴财资环〔2023〕2号)把这笔资金全部拨给乌拉特前旗,用于“内蒙古乌拉山"
               "化肥厂有限公司地块土壤污染状况初步调查项目”(723万元)和“乌拉特前旗蓿亥滩污水暂存池应急工程地块土壤"
               "污染状况初步调查项目”(577万元)。")
    _para(doc, "2023年8月1日,自治区财政厅以《关于下达2023年中央土壤污染防治资金预算的通知》(内财资环〔2023〕974号)"
               "向我市下达2023年中央土壤污染防治资金437万元。2023年8月7日,我市以《关于下达2023年第二批中央土壤污染"
               "防治资金预算的通知》(巴财资环〔2023〕762号)把这笔资金拨给乌拉特前旗和乌拉特后旗,分别用于“巴彦淖尔市"
               "乌拉特前旗污染地块土壤污染状况详细调查”(272万元)和“内蒙古自治区巴彦淖尔市乌拉特后旗受污染耕地安全"
               "利用项目”(165万元)。")
    _para(doc, "大气污染防治类:2023年度,中央下达我市大气污染防治资金共24047万元,我市及时下拨。其中2.4亿元下拨用于"
               "实施清洁取暖,47万元下拨用于实施巴彦淖尔市祥普盛公路机械租赁有限责任公司沥青混凝土材料储存及生产加工"
               "封闭库升级改造项目。")
    _para(doc, "二、绩效情况分析", bold=True)
    _para(doc, "(一)资金投入情况分析", bold=True)
    _para(doc, "土壤污染防治类:1.内蒙古乌拉山化肥厂有限公司地块土壤污染状况初步")
    doc.save(path)


def build_xinjiang(path):
    doc = _new_doc("自治区大气污染防治资金绩效评价报告(2022-2024年度)")
    _para(doc, "(2022-2024年度)", bold=True, center=True, size=14)
    _para(doc, "")
    for line in [
        "项目名称:自治区大气污染防治资金",
        "实施单位(公章):各地州生态环境局、各企事业单位",
        "主管部门(公章):自治区生态环境厅",
        "委托单位:新疆维吾尔自治区财政厅",
        "评价机构:新疆谱诚项目管理咨询有限公司",
        "项目负责人(签章):顾涛",
        "填报时间:2025年8月11日",
    ]:
        _para(doc, line)
    doc.add_page_break()
    _para(doc, "(一)项目概况", bold=True)
    _para(doc, "1.项目背景", bold=True)
    _para(doc, "依据《中共中央国务院关于全面加强生态环境保护坚决打好污染防治攻坚战的意见》和《国务院办公厅关于印发生态"
               "环境领域中央与地方财政事权和支出责任划分改革方案的通知》,中央财政通过一般公共预算设立大气污染防治资金,"
               "专门支持大气污染防治和协同应对气候变化。")
    _para(doc, "根据《财政部关于修改<大气污染防治资金管理办法〉的通知》(财资环〔2022〕106号),资金重点支持:北方地区"
               "冬季清洁取暖项目(含项目改造和农村地区运营补贴);大气环境治理和管理能力建设(此项经费不得超过资金总"
               "规模的5%);细颗粒物(pm2.5)与臭氧(o3)污染协同控制;党中央、国务院交办的其他有关重要事项。各省应按"
               "财政部、生态环境部关于生态环保资金项目储备的要求建好项目储备库,扎实做好项目前期工作;地方各级财政部门"
               "要会同同级生态环境部门加强项目申报和执行管理,尽快形成实物工作量,加快资金执行、提高使用效率。")
    _para(doc, "2.项目主要内容", bold=True)
    _para(doc, "本项资金用于北方地区冬季清洁取暖,大气环境治理和管理能力建设,细颗粒物(pm2.5)与臭氧污染协同控制,以及"
               "党中央、国务院交办的其他有关重要事项。申报入库的项目类型有燃煤污染控制、锅炉综合治理、工业污染治理、"
               "大气环境监测监管能力建设和党中央、国务院交办的其他有关重要事项的项目等。")
    _para(doc, "3.项目实施情况", bold=True)
    _para(doc, "近三年来,")
    doc.save(path)


def build_chongqing(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "下达通知"
    p = wb.properties
    p.creator = AUTHOR
    p.lastModifiedBy = AUTHOR
    p.title = "忠县财政局关于下达2022年中央林业草原生态保护恢复资金预算指标的通知"
    p.created = FIXED_DT
    p.modified = FIXED_DT
    widths = {"A": 8, "B": 14, "C": 10, "D": 16, "E": 16, "F": 18, "G": 18}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    wrap = Alignment(wrap_text=True, vertical="top")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    row = [1]

    def line(text, bold=False, centered=False, height=None):
        r = row[0]
        ws.cell(r, 1, text)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(r, 1)
        c.alignment = center if centered else wrap
        if bold:
            c.font = Font(bold=True)
        if height:
            ws.row_dimensions[r].height = height
        row[0] += 1

    line("忠县财政局关于下达2022年中央林业草原生态保护恢复资金预算指标的通知", bold=True, centered=True, height=30)
    line("县林业局、县国有林场:")
    line("    根据《重庆市财政局关于提前下达2022年中央林业草原生态保护恢复资金预算指标的通知》(渝财农〔2021126号),"
         "现将2022年中央林业草原生态保护恢复资金预算3517万元下达给你单位,该资金纳入年初部门预算(忠财预〔20222号),"
         "并纳入追踪资金管理,主要用于天然林资源保护、新一轮退耕还林现金补助等方面支出。具体金额、科目列报等见附件。",
         height=75)
    line("    该资金属于中央参照直达资金。请按上级有关规定,严格履行资金监管和绩效目标管理主体责任,加强资金使用日常监管,"
         "加快预算执行,确保专款专用,不得挤占挪用。", height=45)
    line("附件:1.下达2022年中央林业草原生态保护恢复资金预算安排表")
    line("      2.下达2022年中央林业草原生态保护恢复资金区域绩效目")
    line("标表")
    line("忠县财政局")
    line("2022112")
    row[0] += 1
    line("附件1", bold=True)
    line("下达2022年中央林业草原生态保护恢复资金预算安排表", bold=True, centered=True)
    line("单位:万元")
    h1 = row[0]
    hdr1 = ["序号", "单位", "合计", "天保工程社会保险补助", "政社性支出", "新一轮退耕还林还草现金补助", None]
    hdr2 = [None, None, None, None, None, "2018年任务第五年补助资金", "2020年任务第三年补助资金"]
    for j, v in enumerate(hdr1, start=1):
        if v is not None:
            ws.cell(h1, j, v)
    for j, v in enumerate(hdr2, start=1):
        if v is not None:
            ws.cell(h1 + 1, j, v)
    for j in range(1, 6):
        ws.merge_cells(start_row=h1, start_column=j, end_row=h1 + 1, end_column=j)
    ws.merge_cells(start_row=h1, start_column=6, end_row=h1, end_column=7)
    body = [
        [1, "县林业局", 3454, None, 4, 2400, 1050],
        [2, "县国有林场", 63, 63, None, None, None],
    ]
    r = h1 + 2
    for b in body:
        for j, v in enumerate(b, start=1):
            if v is not None:
                ws.cell(r, j, v)
        r += 1
    ws.cell(r, 1, "支出功能科目")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    ws.cell(r, 4, "2110502社会保险补助")
    ws.cell(r, 5, "2110503政策性社会性支出补助")
    ws.cell(r, 6, "2110602退耕现金")
    ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=7)
    r += 1
    ws.cell(r, 1, "经济科目")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    ws.cell(r, 4, "对个人和家庭的补助(303)")
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=7)
    for rr in range(h1, r + 1):
        for cc in range(1, 8):
            ws.cell(rr, cc).alignment = center
        ws.row_dimensions[rr].height = 32
    row[0] = r + 2
    line("附件2", bold=True)
    line("下达2022年中央林业草原生态保护恢复资金", bold=True, centered=True)
    line("区域绩效目标表", bold=True, centered=True)
    line("(2022年度)", centered=True)
    r = row[0]
    ws.cell(r, 1, "资金名称")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.cell(r, 3, "林业草原生态保护恢复资金")
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=7)
    ws.cell(r + 1, 1, "中央主")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=2)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(path)


# ---------------------------------------------------------------------------
# Determinism helpers
# ---------------------------------------------------------------------------


def normalise_zip(path):
    """Rewrite an OOXML zip with fixed timestamps and sorted-stable order."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                              rb"\g<1>2025-01-01T00:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def normalise_pdf(path):
    """Fix CreationDate/ModDate and /ID in place (same byte length, offsets unchanged)."""
    with open(path, "rb") as f:
        data = f.read()

    def fix_date(m):
        s = m.group(2)
        fixed = b"20250101000000"
        new = fixed[:len(s)] if len(s) <= len(fixed) else fixed + s[len(fixed):]
        return m.group(1) + new

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)(\d+)", fix_date, data)

    data = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]",
                  lambda m: m.group(0).replace(m.group(1), b"0" * len(m.group(1))).replace(
                      m.group(2), b"0" * len(m.group(2))), data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    # xmp metadata dates
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]+)(<)",
                  lambda m: m.group(1) + (b"2025-01-01T00:00:00" + b" " * 40)[:len(m.group(2))] + m.group(3), data)
    data = re.sub(rb"(uuid:)([0-9a-fA-F-]{36})", lambda m: m.group(1) + b"00000000-0000-0000-0000-000000000000", data)
    with open(path, "wb") as f:
        f.write(data)


def to_pdf(path):
    outdir = os.path.dirname(path)
    # one persistent profile: a freshly created profile renders the first file differently
    prof = os.path.join(tempfile.gettempdir(), "lo_profile_blind135")
    if not os.path.isdir(prof):
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--terminate_after_init"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(path)[0] + ".pdf"
    normalise_pdf(pdf)
    return pdf


def write_gold(name, gold):
    os.makedirs(ANN, exist_ok=True)
    rec = {"source": name}
    rec.update(gold)
    with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(rec, f, ensure_ascii=False, indent=2)
        f.write("\n")


def pdf_text(pdf):
    out = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, check=True).stdout.decode("utf-8")
    return re.sub(r"\s+", "", out)


def check_gold_in_pdf(name, gold, pdf):
    text = pdf_text(pdf)
    missing = []
    for ind in gold["indicators"]:
        for k in ("name", "target_text"):
            if ind.get(k) and re.sub(r"\s+", "", ind[k]) not in text:
                missing.append((k, ind[k]))
    for g in gold["goals"]:
        if re.sub(r"\s+", "", g["text"]) not in text:
            missing.append(("goal", g["text"]))
    for fd in gold["findings"]:
        if re.sub(r"\s+", "", fd["item"]) not in text:
            missing.append(("finding", fd["item"]))
    for fact in gold["facts"]:
        for v in [fact["total"]] + list(fact["parts"]):
            s = str(v)
            if s not in text and not (v == 24000 and "2.4亿元" in text):
                missing.append(("fact number", s))
    return missing


BUILDERS = {
    F_CQ: build_chongqing,
    F_HN: build_hainan,
    F_NM: build_neimenggu,
    F_XJ: build_xinjiang,
}


def main():
    # 1. gold first
    for name, gold in GOLD.items():
        write_gold(name, gold)
        pdf_name = os.path.splitext(name)[0] + ".pdf"
        write_gold(pdf_name, gold)
    # 2. documents and PDFs
    bad = 0
    for name, build in BUILDERS.items():
        path = os.path.join(HERE, name)
        build(path)
        normalise_zip(path)
        pdf = to_pdf(path)
        miss = check_gold_in_pdf(name, GOLD[name], pdf)
        if miss:
            bad += 1
            print("MISSING in", os.path.basename(pdf), miss, file=sys.stderr)
        else:
            print("ok", name, "->", os.path.basename(pdf))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
