#!/usr/bin/env python3
"""Build the blind29 part of the real-layout corpus (documents + hand-written gold).

Written from scratch by a code-blind annotator. Every document reproduces the
beginning of one stored public web page (see SOURCES.md); long sentences are
re-worded, facts (names, amounts, dates, rates, document numbers) are kept as
written, and each document stops where the stored page stops.

Usage: python make_blind29_layouts.py [--no-pdf]
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
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = dt.datetime(2024, 1, 1, 0, 0, 0)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# --------------------------------------------------------------------------
# Document contents
# --------------------------------------------------------------------------

LUHUO_GOALS = [
    "目标1:对0-6岁适龄儿童继续开展常规免疫接种。",
    "目标2:遏制艾滋病新发感染、降低艾滋病病列率,使疫情保持在低流行水平;进一步压低结核感染、发病和死亡,减轻结核病负担,增进群众健康。",
    "目标3:全面推进包虫病综合防治,使包虫病流行得到基本控制。",
    "目标4:开展重大慢性病早期筛查和干预,落实慢性病及其危险因素监测;加强严重精神障碍患者的筛查、登记报告和随访服务。",
    "目标5:分别完成以新冠肺炎为主的病毒性传染病监测和依托国家致病性识别网的细菌性传染病监测。",
]
LUHUO_GOAL_CELL = "".join(LUHUO_GOALS)

# XLSX layout: list of (cell, value) plus merges
LUHUO_CELLS = [
    ("A1", "(2021年度)"),
    ("A2", "转移支付(项目)名称"), ("B2", "重大传染病防治项目"),
    ("A3", "中央主管部门"), ("B3", "国家卫生健康委"),
    ("A4", "地方主管部门"), ("B4", "甘孜州卫生健康委"), ("E4", "资金使用单位"), ("F4", "炉霍县卫生健康局"),
    ("A5", "项目资金\n(万元)"), ("D5", "全年预算数(A)"), ("E5", "全年执行数(B)"), ("F5", "预算执行率(B/A)"),
    ("B6", "年度资金总额:"), ("D6", 811.54), ("E6", 811.54), ("F6", "100%"),
    ("B7", "其中:中央财政资金"), ("D7", 730.4), ("E7", 730.4), ("F7", "100.00%"),
    ("B8", "地方资金"), ("D8", 81.14), ("E8", 81.14), ("F8", "100%"),
    ("B9", "其他资金"),
    ("A10", "总体目标完成情况"), ("B10", "总体目标"), ("E10", "全年实际完成情况"),
    ("B11", LUHUO_GOAL_CELL), ("E11", LUHUO_GOAL_CELL),
    ("A12", "绩效指标"), ("B12", "一级\n指标"), ("C12", "二级指标"), ("D12", "三级指标"),
    ("E12", "指标值"), ("F12", "全年实际完成值"), ("G12", "未完成原"),
]
LUHUO_MERGES = ["A1:H1", "B2:H2", "B3:H3", "B4:D4", "F4:H4", "A5:A9", "B5:C5", "F5:H5",
                "B6:C6", "F6:H6", "B7:C7", "F7:H7", "B8:C8", "F8:H8", "B9:C9", "F9:H9",
                "A10:A11", "B10:D10", "E10:H10", "B11:D11", "E11:H11", "G12:H12"]
LUHUO_WIDTHS = {"A": 14, "B": 16, "C": 12, "D": 14, "E": 14, "F": 14, "G": 10, "H": 10}

SHAOYANG_TITLE = ["2021年项目绩效自评报告表", "(实施单位用)"]
SHAOYANG_HEAD = "填报单位:邵阳市疾病预防控制中心        填报日期:2022年9月18日"
# rows of 5 cells: section | label | value | label2 | value2 ; None = merged into the left cell
SHAOYANG_ROWS = [
    ["基本情况", "项目名称", "重大公共卫生服务及重大传染病防治项目", None, None],
    ["基本情况", "主要内容", "防控新冠、鼠疫、二号病、艾滋病、结核病等传染病;保证全市免费疫苗冷链运输和接种工作正常运行,压低疫苗针对性传染病发病率;保证水和食品风险监测、职业病防治、疫情网络直报等工作正常开展。", None, None],
    ["基本情况", "项目单位", "市疾病预防控制中心", "主管部门", "市卫生与健康委员会"],
    ["基本情况", "单位负责人", "朱鹏程", "项目负责人", "朱鹏程"],
    ["基本情况", "项目属性", "√经常性□一次性□新增□延续", None, None],
    ["基本情况", "资金总额及构成", "总额1002.6万元,其中:中央726.7万元;省级财政23.9万元;市级财政252万元;其他万元。万元", None, None],
    ["基本情况", "项目起止时间", "2021年1月起至2021年12月止", None, None],
    ["实施情况", "项目立项依据", "《传染病防治法》《疫苗流通与预防接种管理条例》《突发公共卫生事件应急条例》《中华人民共和国职业病防治法》《中华人民共和国食品安全法》", None, None],
    ["实施情况", "可行性研究报告结论", "无可行性研究报告。", None, None],
    ["实施情况", "专家评审论证结论", "无专家评审论证结论及其内容。", None, None],
    ["实施情况", "是否实施政府采购及金额", "√是□否", "应采购金额650.31万元", "实际采购金额650.31万元"],
    ["实施情况", "是否实行招投标", "□是√否", None, None],
    ["实施情况", "是否实行国库集中支付", "□是√否", None, None],
    ["实施情况", "是否实行工程代理和投资评审制", "□是√否", None, None],
    ["实施情况", "是否实行合同管理制", "□是√否", None, None],
    ["实施情况", "是否实行财政双控账户管理", "管", None, None],
]

HUBEI_TITLE = "湖北省残疾人事业发展补助资金(省对下转移支付)项目2018年度绩效自评报告"
HUBEI_PARAS = [
    ("p", "依照《预算法》、财政部《财政支出绩效评价管理暂行办法》(财预〔2011〕285号)、湖北省财政厅《湖北省省级财政项目资金绩效评价实施暂行办法》(鄂财绩发〔2012〕5号)以及《省财政厅关于开展2018年度省级财政支出绩效自评工作的通知》(鄂财函[2019]118号),湖北省残疾人联合会(下称“省残联”)组建了绩效自评专班,对省对下转移支付的残疾人事业发展补助资金开展自评;我公司受托进入专班,协助完成这项自评。"),
    ("h", "一、项目基本情况"),
    ("h", "(一)项目立项目的和年度绩效目标情况"),
    ("h", "1.项目提出的理由"),
    ("p", "残疾人是困难群体里更弱势的一部分,生产生活状况同经济社会发展水平之间仍有不小差距。省残联推进这一补助资金项目,目的在于维护残疾人合法权益、营造助残的社会氛围、加快残疾人事业科学发展,让残疾人平等参与、共享成果,为全面建成小康社会补上短板。"),
    ("h", "2.项目提出的过程"),
    ("p", "党的十九大报告要求大力发展残疾人事业、加强残疾康复服务。为落实《国务院关于加快推进残疾人小康进程的意见》(国发[2015]7号)和全省残联系统“十三五”规划,进一步支持残疾人事业,省残联按照国家和全省的统一安排,组织实施了省对下转移支付的残疾人事业发展补助资金项目。"),
    ("p", "根据《财政部 中国残联关于印发<中央财政残疾人事业发展补助资金管理办法>的通知》(财社[2016]114号)、《省财政厅关于提前下达2018年省级残疾人事业发展补助资金预算指标的通知》(鄂财社"),
]

GUSHI_PARAS = [
    ("p", "固始县巩固拓展脱贫攻坚成果与乡村振兴有效衔接指挥部:"),
    ("p", "按照《国务院办公厅关于转发财政部、国务院扶贫办、国家发展改革委扶贫项目资金绩效管理办法的通知》国办文[2018]35号的要求,为提高财政扶贫项目资金的使用效益、压实资金监管责任,现将2024年固始县祖师庙镇仰天洼社区产业设施配套项目的绩效目标自评情况报告如下:"),
    ("h", "一、绩效目标分解下达情况"),
    ("p", "仰天洼社区排水设施薄弱,山洪冲毁力强。我镇计划在该社区建设排水沟:新建C25砼排水沟1300m(规格:0.6*0.6),采用砼和浆砌石,全面夯实山洪防御基础,进而推动经济社会高质量发展。项目安排资金56万元。"),
    ("h", "二、绩效目标自评工作开展情况"),
    ("p", "对2024年固始县祖师庙镇仰天洼社区产业设施配套项目进行了自评,内容包括:建设内容是否按计划完成、项目质量是否达标、培训内容是否按计划完成、培训质量是否达标、资金是否发放到位等。"),
    ("h", "三、绩效目标自评完成情况分析"),
    ("h", "(一)资金投入情况分析"),
    ("p", "下达的建设资金56万元,全部用在仰天洼社区排水沟建设上。"),
    ("h", "(二)绩效目标完成情况分析"),
    ("p", "计划资金56万元已全部到位,项目已经验收并完成结算。项目的数量和质量都达到了预期;建成后能解决群众出行和农产品运输的问题,基础设施改善后还能带动相关产业发展,社会效益均较显著,受益群众满意度100%。"),
    ("h", "四、绩效自评结果拟应用和公开情况"),
    ("p", "本次自评结果将作为下一次资金分配的数据参考,并在系统内部公开。"),
    ("p", "附件:2024年固始县祖师庙镇仰天洼社区产业设施配套项目自评表[点击下载]"),
    ("r", "固始县祖师庙镇人民政府"),
    ("r", "2025年12月30日"),
]

# --------------------------------------------------------------------------
# Gold (hand-written, from the pages and the rules; not from any tool)
# --------------------------------------------------------------------------

def cov(why):
    return [{"rule": "coverage.missing_dimension", "item": d, "why": why}
            for d in ("产出指标", "效益指标", "满意度指标")]

LUHUO_GOLD = {
    "source_urls": ["http://www.cecfb.org/ganzi/c105203/202208/7c4bdd8f71aa4f119d9f59eca6022d80.shtml"],
    "province": "四川",
    "doc_kind": "自评表",
    "patterns": [2, 5, 8, 10],
    "indicators": [],
    "goals": [{"kind": "总体目标", "text": g} for g in LUHUO_GOALS],
    "facts": [
        {"metric": "年度资金总额", "kind": "budget", "planned": 811.54, "actual": 811.54, "stated_rate": 100, "unit": "万元"},
        {"metric": "中央财政资金", "kind": "budget", "planned": 730.4, "actual": 730.4, "stated_rate": 100.00, "unit": "万元"},
        {"metric": "地方资金", "kind": "budget", "planned": 81.14, "actual": 81.14, "stated_rate": 100, "unit": "万元"},
        {"metric": "年度资金总额", "kind": "sum", "total": 811.54, "parts": [730.4, 81.14]},
    ],
    "findings": cov("the 转移支付自评表 stops in the header of its indicator table ('未完成原'): no indicator in the file") + [
        {"rule": "goal.unquantified", "item": "目标1:对0-6岁适龄儿童继续开展常规免疫接种", "why": "0-6岁 is an age band; no number of children, no coverage rate"},
        {"rule": "goal.unquantified", "item": "目标2:遏制艾滋病新发感染", "why": "reduce / keep low / lower burden with no number, rate or baseline"},
        {"rule": "goal.unquantified", "item": "目标3:全面推进包虫病综合防治", "why": "'基本控制' with no prevalence figure or threshold"},
        {"rule": "goal.unquantified", "item": "目标4:开展重大慢性病早期筛查和干预", "why": "no number screened, followed up or monitored"},
        {"rule": "goal.process_only", "item": "目标4:开展重大慢性病早期筛查和干预", "why": "lists activities (筛查, 监测, 随访) only, no output level or effect"},
        {"rule": "goal.unquantified", "item": "目标5:分别完成以新冠肺炎为主的病毒性传染病监测", "why": "no number of monitoring points, samples or reports"},
        {"rule": "goal.process_only", "item": "目标5:分别完成以新冠肺炎为主的病毒性传染病监测", "why": "states the monitoring work to be done, not a result"},
    ],
    "notes": ("炉霍县卫生健康局 2021 中央转移支付 重大传染病防治项目 self-evaluation form (甘孜州 mirror site). The stored page "
              "starts at '(2021年度)' (the form title above it is not in the page, so not in the file) and stops in the indicator "
              "header at '未完成原' (kept cut). Money: 811.54 = 730.4 + 81.14, rates 100% / 100.00% / 100% all right (no finding). "
              "The 总体目标 cell holds 目标1-目标5 in one cell; recorded as five goals (judgement call: one goal per numbered 目标). "
              "The 全年实际完成情况 cell repeats the goal text word for word (kept; no rule id for it). Defects kept: '病列率' "
              "(for 病死率), '国家致病性识别网'. Amounts are numbers in 万元, rates as the page writes them."),
}

SHAOYANG_GOLD = {
    "source_urls": ["http://bubsandbeans.com/paper/277288931.html"],
    "province": "湖南",
    "doc_kind": "自评报告表",
    "patterns": [5, 8],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "资金总额", "kind": "sum", "total": 1002.6, "parts": [726.7, 23.9, 252]},
        {"metric": "政府采购金额", "kind": "budget", "planned": 650.31, "actual": 650.31, "stated_rate": None, "unit": "万元"},
    ],
    "findings": cov("the 自评报告表 stops in its 实施情况 block ('财政双控账户管理 管'), before any 绩效目标/指标 part: no indicator in the file"),
    "notes": ("邵阳市疾病预防控制中心 2021年项目绩效自评报告表(实施单位用), 湖南 form, aggregator copy in traditional characters "
              "(written back in simplified). 1002.6 = 726.7 + 23.9 + 252 (right; '其他万元。万元' kept as on the page, an empty "
              "amount). 应采购 650.31 = 实际采购 650.31. '主要内容' describes the work (prevent diseases, keep cold chain, monitoring) "
              "and is not recorded as a goal (judgement call: the form's goal rows come later and are cut). The stored page stops "
              "after '是否实行财政双控账户管理' at '管' (kept). The checkbox answers (□是√否 for 国库集中支付 etc.) are as on the "
              "page. A 自评报告表 of this template holds an indicator table further on, so all three dimensions are missing as the "
              "file stands."),
}

HUBEI_GOLD = {
    "source_urls": ["http://wuhan.baogaosu.com/xinwen/%E6%AE%8B%E7%96%BE%E4%BA%BA%E4%BA%8B%E4%B8%9A%E5%8F%91%E5%B1%95%E8%A1%A5%E5%8A%A9%E8%B5%84%E9%87%91%E7%9C%81%E5%AF%B9%E4%B8%8B/80531093/"],
    "province": "湖北",
    "doc_kind": "自评报告",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": ("湖北省残疾人事业发展补助资金(省对下转移支付)2018 self-evaluation report, written with a commissioned firm "
              "(news-aggregator copy dated 02.01.2020). Prose only: the basis, the reasons and the process of the project. The stored "
              "page stops inside the list of funding documents at '(鄂财社' (kept cut), before the year goals, money and results: "
              "no goal, no amount, no indicator. A prose report cut before its content gets no coverage finding (as for prose "
              "reports in earlier parts). Document numbers kept as written (国发[2015]7号, 财社[2016]114号, 鄂财函[2019]118号)."),
}

GUSHI_GOLD = {
    "source_urls": ["https://www.gushi.gov.cn/2026/01-03/765939.html"],
    "province": "河南",
    "doc_kind": "自评报告",
    "patterns": [10],
    "indicators": [],
    "goals": [{"kind": "目标", "text": "仰天洼社区排水设施薄弱,山洪冲毁力强。我镇计划在该社区建设排水沟:新建C25砼排水沟1300m(规格:0.6*0.6),采用砼和浆砌石,全面夯实山洪防御基础,进而推动经济社会高质量发展。"}],
    "facts": [
        {"metric": "项目资金", "kind": "budget", "planned": 56, "actual": 56, "stated_rate": None, "unit": "万元"},
    ],
    "findings": [],
    "notes": ("固始县祖师庙镇 2024 仰天洼社区产业设施配套项目 绩效目标自评报告 (河南 信阳), full page (short). The target is the "
              "paragraph under 一、: 1300m of C25 drainage ditch, 0.6*0.6, 56万元 (quantified: no goal finding). Results are prose "
              "('数量、质量达到预期', '社会效益均较显著', 满意度100%) without an indicator table; the 自评表 is only named as an "
              "attachment link, so no coverage finding. Defects kept: '国办文[2018]35号' (for 国办发), and the self-evaluation "
              "scope mentions 培训内容/培训质量 although the project has no training. Planned 56 = actual 56 (no stated rate)."),
}

DOCS = [
    {"file": "sc-luhuo-epidemic-transfer-selfeval.xlsx", "kind": "xlsx", "build": "luhuo", "gold": LUHUO_GOLD},
    {"file": "hn-shaoyang-cdc-selfeval-form.docx", "kind": "docx", "build": "shaoyang", "gold": SHAOYANG_GOLD},
    {"file": "hb-disabled-fund-2018-selfreport.docx", "kind": "docx", "build": "hubei", "gold": HUBEI_GOLD},
    {"file": "ha-gushi-drainage-2024-selfreport.docx", "kind": "docx", "build": "gushi", "gold": GUSHI_GOLD},
]

# --------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------

def normalize_zip(path):
    """Rewrite a zip container with fixed timestamps and order (deterministic bytes)."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    fixed = b"2024-01-01T00:00:00Z"
    items = [(n, re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>" + fixed + rb"\g<2>", d))
             if n == "docProps/core.xml" else (n, d) for n, d in items]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    os.replace(tmp, path)


def build_luhuo(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "自评表"
    for ref, val in LUHUO_CELLS:
        ws[ref] = val
    for rng in LUHUO_MERGES:
        ws.merge_cells(rng)
    for row in ws.iter_rows(min_row=1, max_row=12, min_col=1, max_col=8):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
            c.border = BOX
            c.font = Font(name="SimSun", size=10)
    for ref in ("B11", "E11"):
        ws[ref].alignment = Alignment(wrap_text=True, vertical="top", horizontal="left")
    ws["A1"].font = Font(name="SimSun", size=12, bold=True)
    for col, w in LUHUO_WIDTHS.items():
        ws.column_dimensions[col].width = w
    ws.row_dimensions[11].height = 190
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    wb.properties.creator = "blind29"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "blind29"
    wb.save(path)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(10.5)
    cp = doc.core_properties
    cp.author = "blind29"
    cp.last_modified_by = "blind29"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    return doc


def add_prose(doc, paras):
    for kind, text in paras:
        p = doc.add_paragraph()
        run = p.add_run(text)
        if kind == "h":
            run.bold = True
        elif kind == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "t":
            run.bold = True
            run.font.size = Pt(15)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def build_shaoyang(path):
    doc = new_doc()
    for i, line in enumerate(SHAOYANG_TITLE):
        p = doc.add_paragraph()
        r = p.add_run(line)
        r.bold = i == 0
        r.font.size = Pt(15 if i == 0 else 11)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(SHAOYANG_HEAD)
    rows = SHAOYANG_ROWS
    t = doc.add_table(rows=len(rows), cols=5)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is not None and j != 0:
                t.cell(i, j).text = val
    # merge value cells to the right where the row has None
    for i, row in enumerate(rows):
        j = 1
        while j < 5:
            if row[j] is not None:
                k = j
                while k + 1 < 5 and row[k + 1] is None:
                    k += 1
                if k > j:
                    t.cell(i, j).merge(t.cell(i, k))
                j = k + 1
            else:
                j += 1
    # section column merged down
    start = 0
    for i in range(1, len(rows) + 1):
        if i == len(rows) or rows[i][0] != rows[start][0]:
            c = t.cell(start, 0).merge(t.cell(i - 1, 0)) if i - 1 > start else t.cell(start, 0)
            c.text = rows[start][0]
            start = i
    doc.save(path)


def build_hubei(path):
    doc = new_doc()
    add_prose(doc, [("t", HUBEI_TITLE)] + HUBEI_PARAS)
    doc.save(path)


def build_gushi(path):
    doc = new_doc()
    add_prose(doc, GUSHI_PARAS)
    doc.save(path)


BUILDERS = {"luhuo": build_luhuo, "shaoyang": build_shaoyang, "hubei": build_hubei, "gushi": build_gushi}


def export_pdf(path):
    outdir = tempfile.mkdtemp(prefix="b29pdf_")
    try:
        profile = "file://" + os.path.join(tempfile.gettempdir(), "blind29_lo_profile")
        cmd = ["soffice", "-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf",
               "--outdir", outdir, path]
        for attempt in range(3):
            res = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
            if res.returncode == 0:
                break
        res.check_returncode()
        name = os.path.splitext(os.path.basename(path))[0] + ".pdf"
        shutil.move(os.path.join(outdir, name), os.path.join(HERE, name))
    finally:
        shutil.rmtree(outdir, ignore_errors=True)


def write_gold(fname, gold):
    rec = {"source": fname}
    rec.update(gold)
    with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as fh:
        json.dump(rec, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true", help="skip the LibreOffice PDF export")
    args = ap.parse_args(argv)
    os.makedirs(ANN, exist_ok=True)
    for d in DOCS:
        path = os.path.join(HERE, d["file"])
        BUILDERS[d["build"]](path)
        normalize_zip(path)
        write_gold(d["file"], d["gold"])
        pdf = os.path.splitext(d["file"])[0] + ".pdf"
        write_gold(pdf, d["gold"])
        if not args.no_pdf:
            export_pdf(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
