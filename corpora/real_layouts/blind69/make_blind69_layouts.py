#!/usr/bin/env python3
"""Blind part 69 of the real-layout corpus.

Each document reproduces one stored public page (layout, merged cells, empty cells, odd wording and defects as
found; facts as written; longer sentences in our own words with the same numbers). The gold in DOCS was written
by hand from the pages before anything was run on the files. Usage:

    /tmp/venv/bin/python make_blind69_layouts.py [--no-pdf]

DOCX/XLSX files are deterministic: core properties pinned to 2025-01-01 and every zip entry rewritten with a
fixed date in a fixed (sorted) order.
"""
import copy
import datetime as dt
import io
import json
import os
import re
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0)


# ----------------------------------------------------------------------------------------------------------
# determinism helpers
# ----------------------------------------------------------------------------------------------------------
def _normalise_zip(path):
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in sorted(items, key=lambda x: x[0]):
            if name == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z?", b"2025-01-01T00:00:00Z", data)
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, data)
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def _pin_docx(doc):
    cp = doc.core_properties
    cp.author = "blind69"
    cp.last_modified_by = "blind69"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.title = ""
    cp.comments = ""


def _pin_xlsx(wb):
    wb.properties.creator = "blind69"
    wb.properties.lastModifiedBy = "blind69"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


# ----------------------------------------------------------------------------------------------------------
# docx helpers
# ----------------------------------------------------------------------------------------------------------
def _font(run, size=10.5, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "SimSun"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "SimSun")


def _para(doc, text, size=10.5, bold=False, center=False):
    p = doc.add_paragraph()
    _font(p.add_run(text), size, bold)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def _cell(cell, text, size=9, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    _font(p.add_run(text), size, bold)


def _table(doc, rows, merges=(), widths=None, size=9, bold_rows=()):
    ncol = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncol)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j in range(ncol):
            _cell(t.cell(i, j), r[j] if j < len(r) else "", size, i in bold_rows)
    for (r0, c0, r1, c1) in merges:
        keep = t.cell(r0, c0).text
        m = t.cell(r0, c0).merge(t.cell(r1, c1))
        _cell(m, keep, size, r0 in bold_rows)
    return t


def _new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "SimSun"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Pt(60)
    return doc


def _meta_table(doc, rows):
    # the gov-site header block: [ 索引号 ] … [ 发文字号 ] …
    t = _table(doc, rows, merges=[(2, 1, 2, 3)], size=9)
    return t


# ----------------------------------------------------------------------------------------------------------
# document 1: 重庆市水利局 2018 水利发展资金 绩效评价结果的说明 (prose)
# ----------------------------------------------------------------------------------------------------------
def build_cq_water(path):
    doc = _new_doc()
    _meta_table(doc, [
        ["[ 索引号 ]", "11500000009276433Y/2019-00751", "[ 发文字号 ]", ""],
        ["[ 主题分类 ]", "财政", "[ 体裁分类 ]", "财政预算、决算"],
        ["[ 发布机构 ]", "市水利局", "", ""],
        ["[ 成文日期 ]", "2019-12-25", "[ 发布日期 ]", "2019-12-25"],
    ])
    _para(doc, "")
    _para(doc, "重庆市2018年度水利发展资金绩效评价结果的说明", size=15, bold=True, center=True)
    _para(doc, "　　根据《重庆市财政局重庆市水利局关于印发〈重庆市水利发展资金绩效管理实施细则〉的通知》"
               "(渝财农〔2017〕106号)和《重庆市财政局重庆市水利局关于开展2018年度水利发展资金绩效评价工作的通知》"
               "(渝财农〔2019〕48号)的要求，为管好用好水利发展资金、提升财政资金效益，市财政局与市水利局委托第三方机构，"
               "对国家级贫困县以外的26个区县(含万盛经开区、两江新区，下称各区县)2018年度水利发展资金的使用效益开展了"
               "绩效评价。现将评价结果公开如下：")
    _para(doc, "　　一、资金使用总体情况", bold=True)
    _para(doc, "　　2018年，市财政局下达市级及以上水利发展资金共289403万元，包括中央财政资金202377万元和市级财政资金"
               "87026万元；纳入本次评价范围的市级及以上资金为151640万元。从整体看，各区县对水利发展资金绩效管理较为重视，"
               "2018年度市级以上水利发展资金的使用管理情况较好：多数区县前期准备扎实、组织保障到位、过程管理有效，"
               "任务清单和绩效目标所列任务大部分已经完成，已完工工程运行总体良好，当地水利基础设施条件得到切实改善，"
               "部分项目开始显现经济、生态和社会效益，受益群众对项目绩效的满意程度较高，资金效益得到较好发挥。")
    _para(doc, "　　二、绩效评价结果", bold=True)
    _para(doc, "　　荣昌区、梁平区、万盛经开区、北碚区、渝北区、沙坪坝区、垫江县、大足区、江津区、綦江区、南川区、涪陵区、"
               "渝中区、铜梁区、江北区、长寿区等16个")
    _pin_docx(doc)
    doc.save(path)


# ----------------------------------------------------------------------------------------------------------
# document 2: 南川区农业农村委 2019 重点绩效评价结果 (prose)
# ----------------------------------------------------------------------------------------------------------
def build_cq_nanchuan(path):
    doc = _new_doc()
    _meta_table(doc, [
        ["[ 索引号 ]", "11500384736573856B/2020-00186", "[ 发文字号 ]", ""],
        ["[ 主题分类 ]", "财政、金融、审计", "[ 体裁分类 ]", "财政预算、决算"],
        ["[ 发布机构 ]", "南川区农业农村委", "", ""],
        ["[ 成文日期 ]", "2020-11-30", "[ 发布日期 ]", "2020-11-30"],
    ])
    _para(doc, "")
    _para(doc, "重庆市南川区农业农村委员会2019年度项目资金重点绩效评价结果", size=15, bold=True, center=True)
    _para(doc, "　　按照全面实施预算绩效管理、推动财政资金聚力增效的有关要求，重庆市南川区财政局委托第三方机构，"
               "对由我委负责的南川区2019年市级农业综合开发补助资金项目开展了重点绩效评价。绩效评价报告(摘要)如下：")
    _para(doc, "　　一、基本情况", bold=True)
    _para(doc, "　　为改善农田基础设施条件、提升耕地质量、增强粮食综合生产能力，区农业农村委依据《重庆市农业农村委员会"
               "关于南川区2019年度河图镇高标准农田建设项目实施计划的批复》(渝农〔201928号)，在河图镇长坪村、中图村和"
               "上河村三个村实施高标准农田建设工程，建设高标准农田4777.45亩，工程总投资1860万元。建设内容如下：长坪村片区"
               "修建各类机耕路7.00km，各类耕作道0.19km，人行便道2.08km，各类排水沟0.99km；修建蓄水池7口，维修山坪塘2座，"
               "泵房1座，囤水田1处，田坎705m，各类涵管168m，水毁砂石栏杆150m，公示牌1座，工号牌58个；中图村、上河村片区"
               "修建各类机耕路6.98km，各类耕作道2.90km，维修蓄水池4口，修建泵房1座，安装110PE1.03km，各类涵管138m，"
               "公示牌1座，工号牌22个。")
    _para(doc, "　　河图镇高标准农田建设项目的资金来自重庆市财政局下达的2019年市级农业综合开发补助资金，分两批下达："
               "20181130日提前下达1800万元，2019614日下达60万元。截至20191231日，项目实际支出1388.3万元。")
    _para(doc, "　　二、评价结论", bold=True)
    _para(doc, "　　2019年市级农业综合开发补助资金项目绩效评价得分90.5分，评价等级为优。(根据《财政部关于印发<项目支出绩效评价")
    _pin_docx(doc)
    doc.save(path)


# ----------------------------------------------------------------------------------------------------------
# document 3: 部门整体支出绩效评价 基础数据表 + 指标表 (XLSX, aggregator copy, unit unnamed)
# ----------------------------------------------------------------------------------------------------------
def build_dept_whole(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "附件3"
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    f = Font(name="宋体", size=10)
    fb = Font(name="宋体", size=10, bold=True)

    def put(r, c, v, fmt=None, bold=False, border=True):
        cell = ws.cell(row=r, column=c, value=v)
        cell.font = fb if bold else f
        cell.alignment = wrap
        if border:
            cell.border = box
        if fmt:
            cell.number_format = fmt
        return cell

    put(1, 1, "附件3:", border=False)
    put(2, 1, "部门整体支出绩效评价基础数据表", bold=True, border=False)
    ws.merge_cells("A2:D2")
    ws.cell(row=2, column=1).alignment = Alignment(horizontal="center")
    put(3, 1, "填报单位:", border=False)
    put(3, 4, "单位:万元", border=False)
    base = [
        ["财政供养人员情况", "编制数", "2018年实际在职人数", "控制率"],
        [None, (143, "0"), (136, "0"), "95.10%"],
        ["经费控制情况", "2017年决算数", "2018年预算数", "2018年决算数"],
        ["三公经费", (29.08, "0.00"), (63.46, "0.00"), (44.29, "0.00")],
        ["1、公务用车购置和维护经费", (11.86, "0.00"), (41.46, "0.00"), (39.30, "0.00")],
        ["其中:公车购置", None, (29.46, "0.00"), (29.46, "0.00")],
        ["公车运行维护", (11.86, "0.00"), (12, "0"), (9.84, "0.00")],
        ["2、出国经费", None, None, None],
        ["3、公务接待", (17.22, "0.00"), (22, "0"), (4.99, "0.00")],
        ["项目支出:", None, None, None],
        ["1、业务工作专项", (938.8, "0.0"), (320, "0"), (689.16, "0.00")],
        ["2、运行维护专项", None, None, None],
        ["公用经费", None, None, None],
        ["其中:办公经费", (14.44, "0.00"), (10, "0"), (0.68, "0.00")],
        ["水费、电费、差旅费", (17.92, "0.00"), "7.50.", (25.36, "0.00")],
        ["会议费、培训费", (0, "0"), (0.8, "0.0"), (0, "0")],
        ["政府采购金额", (16.14, "0.00"), (30.66, "0.00"), (30.66, "0.00")],
        ["部门整体支出预算调整", (1922.76, "0.00"), (2690.62, "0.00"), None],
    ]
    r = 4
    for row in base:
        for c, v in enumerate(row, start=1):
            if isinstance(v, tuple):
                put(r, c, v[0], fmt=v[1])
            else:
                put(r, c, v, bold=(r in (4, 6)))
        r += 1
    ws.merge_cells("A4:A5")
    # indicator table
    r += 1
    top = r
    put(r, 1, "部门整体支出绩效评价指标表", bold=True, border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(row=r, column=1).alignment = Alignment(horizontal="center")
    r += 1
    head = ["一级指标", "得分", "二级指标", "得分", "三级指标", "得分", "评价标准", "指标说明", "得分"]
    for c, v in enumerate(head, start=1):
        put(r, c, v, bold=True)
    r += 1
    rows = [
        ["投入", 16, "预算配置", 16, "在职人员控制率", 8,
         "以100%为标准.在职人员控制率Q100%,计8分;每超过一个百分点扣0.5分,扣完为止.",
         "2018年年末本单位实有在职人员136人，编委核定落实的编制数为143人，二者之比为95.10%.", 8],
        [None, None, None, None, "三公经费 变动率", 8,
         "三公经费 变动率Q0,计8分;三公经费 >0,每超过一个百分点扣0.8分,扣完为止.",
         "本单位2018年度预算安排的三公经费 总额63.46万元，2017年度预算安排的三公经费 总额32万元.三公经费 变动率"
         "=(本年度 三公经费 预算数-上年度 三公经费 预算数)÷上年度=(63.46-32)÷32=98.31%", 0],
        ["过程", 58, "预算执行", 16, "预算完成率", 8,
         "100%计满分,每低于5%扣2分,扣完为止.",
         "年初结余未19.8万元;年初预算1922.76万元，年内追加预算767.86万元;年未结余数19.8万元.据此算得本单位预算完成率99.27%.", 8],
        [None, None, None, None, "预算控制率", 8,
         "预算控制率=0,计8分;0-10%(含),计6分;10-20%(含),计4分;20-30%(含),计2分;大于30%不得分",
         "本年预算追加数为767.86万元,年初预算为1922.76", None],
    ]
    first = r
    chars = {7: 15, 8: 20}  # CJK characters per line in columns G and H at the widths below
    for row in rows:
        lines = 1
        for c, v in enumerate(row, start=1):
            put(r, c, v)
            if isinstance(v, str) and c in chars:
                lines = max(lines, -(-len(v) // chars[c]))
        ws.row_dimensions[r].height = 14 * lines + 6
        r += 1
    for col in (1, 2, 3, 4):
        ws.merge_cells(start_row=first, start_column=col, end_row=first + 1, end_column=col)
        ws.merge_cells(start_row=first + 2, start_column=col, end_row=first + 3, end_column=col)
    widths = {"A": 22, "B": 13, "C": 17, "D": 13, "E": 14, "F": 6, "G": 30, "H": 40, "I": 6}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    _pin_xlsx(wb)
    wb.save(path)


# ----------------------------------------------------------------------------------------------------------
# document 4: 2022年重点项目绩效评价情况通报 (results table; mirror copy with the city name replaced)
# ----------------------------------------------------------------------------------------------------------
def build_zj_results(path):
    doc = _new_doc()
    _para(doc, "　　为落实市委、市政府《关于全面推进预算绩效管理的实施意见》的精神，继续深化预算绩效管理改革，提升财政资源"
               "配置效率和资金使用效益、推动高质量发展，我局按照年度工作计划组织开展了2022年重点项目绩效评价，现将评价"
               "情况通报如下：")
    _para(doc, "　　2022年共评价重点项目9个，其中项目支出评价4个、政策评价3个、部门整体评价2个，涉及部门单位7个，资金"
               "17815.56万元。评价结果总体良好：评价结论为“良”的8个，“中”的1个，没有等级为“优”和“差”的项目。"
               "各项目评价结果如下：")
    rows = [
        ["序号", "主管部门(单位)", "项目名称", "资金量 (万元)", "评价等级"],
        ["1", "中共××市委直属机关工作委员会", "红色物业联盟工作专项经费", "2059", "良"],
        ["2", "××市体育局", "世界围棋圣地专项", "1424.74", "良"],
        ["3", "××市体育局", "体育产业扶持项目资金", "1180", "良"],
        ["4", "××市信安湖管理中心", "信安湖堤防、码头、安全等设施维护,白蚂蚁防治及堤防绿化养护项目(2021年度)", "318", "良"],
        ["5", "××市应急管理局", "安全生产和环境污染综合责任保险补助", "240", "良"],
        ["6", "××市文化广电旅游局", "民宿产业政策配套(2019年为“乡旅游工作经费”)", "1600", "中"],
        ["7", "××市应急管理局", "应急救援资金", "140", "良"],
        ["8", "××市科学技术局", "××市科技局整体支出", "7134.06", "良"],
        ["9", "××市退役军人事务局", "××市", "", ""],
    ]
    _table(doc, rows, size=9, bold_rows=(0,))
    _pin_docx(doc)
    doc.save(path)


# ----------------------------------------------------------------------------------------------------------
# gold
# ----------------------------------------------------------------------------------------------------------
U_WATER = "https://slj.cq.gov.cn/zwgk_250/fdzdgknr/czyjs/jx/201912/t20191225_6071373.html"
U_NANCHUAN = "http://www.cqnc.gov.cn/qzfbm_197/nyncw/zwgk_53897/fdzdgknr_53899/ysjs_53905/202011/t20201130_8512128.html"
U_WANGLU = "https://wanglu.net/thread/t4-462766-0.html"
U_DPYCXX = "https://dpycxx.com/art/2022/12/27/art_1524593_58923905"


def ind(l1, l2, name, op, val, unit, text, actual, weight, score):
    return {"level1": l1, "level2": l2, "name": name, "operator": op, "value": val, "unit": unit,
            "target_text": text, "actual": actual, "weight": weight, "score": score}


DOCS = [
    {
        "file": "cq-chongqing-waterfund-evalresult.docx",
        "build": build_cq_water,
        "gold": {
            "source_urls": [U_WATER],
            "province": "重庆",
            "doc_kind": "评价结果公开 (市水利局 2018 水利发展资金 第三方绩效评价结果的说明, prose)",
            "patterns": [10],
            "indicators": [],
            "goals": [],
            "facts": [
                {"metric": "2018年市级及以上水利发展资金", "kind": "sum", "total": 289403,
                 "parts": [202377, 87026], "unit": "万元"},
            ],
            "findings": [],
            "notes": (
                "重庆市水利局 page of 2019-12-25 explaining the third-party evaluation (commissioned by 市财政局 and "
                "市水利局) of 2018 水利发展资金 in 26 区县 (not the 国家级贫困县; 万盛经开区 and 两江新区 included). The "
                "site navigation above the header block is left out; the header block ([ 索引号 ] … [ 发布日期 ]) is kept "
                "as a table. Facts as written: 渝财农〔2017〕106号, 渝财农〔2019〕48号, 289403 = 202377 + 87026 万元 "
                "(checks), 151640 万元 in the evaluation scope (a subset, no sum). The stored page ends in 二、绩效评价结果 "
                "right after '…长寿区等16个' (16 names listed, the grade they share is cut off), so the document stops "
                "there. Prose-only: no indicators, goals or scores, and no finding (the narrative praise such as "
                "'满意度较高' is a conclusion, not a target). No coverage finding: the report is cut before any results "
                "table.")
        },
    },
    {
        "file": "cq-nanchuan-farmland-keyeval.docx",
        "build": build_cq_nanchuan,
        "gold": {
            "source_urls": [U_NANCHUAN],
            "province": "重庆",
            "doc_kind": "重点绩效评价结果 (第三方评价报告摘要, 区农业农村委 2019 市级农业综合开发补助资金, prose)",
            "patterns": [10],
            "indicators": [],
            "goals": [],
            "facts": [
                {"metric": "2019年市级农业综合开发补助资金(两批下达)", "kind": "sum", "total": 1860,
                 "parts": [1800, 60], "unit": "万元"},
                {"metric": "项目资金支出", "kind": "budget", "planned": 1860, "actual": 1388.3,
                 "stated_rate": None, "unit": "万元"},
                {"metric": "绩效评价得分", "kind": "grade", "score": 90.5, "grade": "优"},
            ],
            "findings": [],
            "notes": (
                "南川区农业农村委 page of 2020-11-30 publishing the abstract of a third-party 重点绩效评价 of the 2019 "
                "市级农业综合开发补助资金项目 (河图镇高标准农田, 4777.45亩, 总投资1860万元). Site breadcrumb left out; "
                "header block kept as a table. Defects kept as found: the approval number is written '渝农〔201928号' "
                "(closing bracket lost) and the dates lose 年/月 ('20181130日', '2019614日', '20191231日'); '110PE1.03km' "
                "kept as written. Checks: 1800 + 60 = 1860 (sum fact); 90.5分 with 等级 优 agrees with the bands (grade "
                "fact, no finding). 1388.3 of 1860 万元 spent by 2019-12-31 (74.6%) is recorded as a budget fact with no "
                "stated rate; it is NOT flagged as a missing deviation reason because the stored page ends inside the "
                "评价结论 sentence ('(根据《财政部关于印发<项目支出绩效评价'), before any analysis section where a reason "
                "could come. The document stops where the page stops. Prose-only: no indicators or goals (the purpose "
                "clause '为改善农田基础设施…' is background, not a goal cell).")
        },
    },
    {
        "file": "xx-unknown-dept-whole-eval.xlsx",
        "build": build_dept_whole,
        "gold": {
            "source_urls": [U_WANGLU],
            "province": "不详",
            "doc_kind": "部门整体支出绩效评价 (附件3 基础数据表 + 指标表 with 评价标准/指标说明 and scores)",
            "patterns": [1, 5, 8],
            "indicators": [
                ind("投入", "预算配置", "在职人员控制率", "<=", 100, "%",
                    "以100%为标准.在职人员控制率Q100%,计8分;每超过一个百分点扣0.5分,扣完为止.", 95.10, 8, 8),
                ind("投入", "预算配置", "三公经费 变动率", "<=", 0, None,
                    "三公经费 变动率Q0,计8分;三公经费 >0,每超过一个百分点扣0.8分,扣完为止.", 98.31, 8, 0),
                ind("过程", "预算执行", "预算完成率", None, 100, "%",
                    "100%计满分,每低于5%扣2分,扣完为止.", 99.27, 8, 8),
                ind("过程", "预算执行", "预算控制率", "=", 0, None,
                    "预算控制率=0,计8分;0-10%(含),计6分;10-20%(含),计4分;20-30%(含),计2分;大于30%不得分",
                    None, 8, None),
            ],
            "goals": [],
            "facts": [
                {"metric": "在职人员控制率", "kind": "budget", "planned": 143, "actual": 136,
                 "stated_rate": 95.10, "unit": "人"},
                {"metric": "三公经费(2017年决算数)", "kind": "sum", "total": 29.08, "parts": [11.86, 17.22],
                 "unit": "万元"},
                {"metric": "三公经费(2018年预算数)", "kind": "sum", "total": 63.46, "parts": [41.46, 22],
                 "unit": "万元"},
                {"metric": "三公经费(2018年决算数)", "kind": "sum", "total": 44.29, "parts": [39.30, 4.99],
                 "unit": "万元"},
                {"metric": "公务用车购置和维护经费(2018年预算数)", "kind": "sum", "total": 41.46,
                 "parts": [29.46, 12], "unit": "万元"},
                {"metric": "公务用车购置和维护经费(2018年决算数)", "kind": "sum", "total": 39.30,
                 "parts": [29.46, 9.84], "unit": "万元"},
            ],
            "findings": [
                {"rule": "consistency.deviation_reason_missing", "item": "三公经费 变动率",
                 "why": "standard is a change rate of 0 or less; the unit's rate is 98.31% (63.46 vs 32 万元) and the "
                        "row scores 0 of 8, but the 指标说明 only shows the arithmetic and gives no reason for the rise"},
            ],
            "notes": (
                "Aggregator copy (wanglu.net, posted 2019-07-07) of a department's 2018 部门整体支出绩效评价 attachment: "
                "'附件3: 部门整体支出绩效评价基础数据表' with '填报单位:' left blank, then the 指标表. The page never names the "
                "department or place, so province is '不详' and the file name uses 'xx-unknown'. Layout as found: the "
                "indicator header reads '一级指标 得分 二级指标 得分 三级指标 得分 评价标准 指标说明 得分' although the "
                "first three '得分' columns hold the 分值 (16/16/8); gold weight = those 分值, score = the last column. "
                "Defects kept: the ≤ sign is rendered 'Q' in the 评价标准 ('控制率Q100%', '变动率Q0'; read as ≤, so "
                "operator '<='), the curly quotes around 三公经费 are lost ('三公经费 变动率'), '年初结余未'/'年未结余数' "
                "(未 for 为/末), '7.50.' in the base table, and the base table's control rate printed '95.10%' (the mirror "
                "breaks it over a line; written whole here). '部门整体支出预算调整 1922.76 2690.62' is placed in the first two "
                "value cells as the text runs. 预算完成率 has a bare '100%计满分' (operator null). Checks that pass: "
                "136/143 = 95.10%; (63.46-32)/32 = 98.31%; (19.8+1922.76+767.86-19.8)/(19.8+1922.76+767.86) = 99.27% "
                "(not recorded as a fact: the denominator 2710.42 is never written); 三公 and 公车 sums (facts). Judgement "
                "calls: 三公经费 变动率 is flagged for a missing reason (score 0, no explanation); 预算控制率 "
                "(767.86/1922.76 = 39.9%, which would score 0) is not flagged because the stored page ends inside its "
                "指标说明 ('年初预算为1922.76') before its score. No coverage finding: the 指标表 is cut after the second "
                "过程 row (过程 carries 58 points but only 预算执行 16 is visible); 投入 16 = 8 + 8 is a weight sum, "
                "not a score total.")
        },
    },
    {
        "file": "zj-quzhou-keyeval-results.docx",
        "build": build_zj_results,
        "gold": {
            "source_urls": [U_DPYCXX],
            "province": "浙江",
            "doc_kind": "评价结果公开 (财政局 2022年重点项目绩效评价情况通报, table of projects with 资金量 and 评价等级)",
            "patterns": [10],
            "indicators": [],
            "goals": [],
            "facts": [
                {"metric": "2022年重点评价项目数(按类型)", "kind": "sum", "total": 9, "parts": [4, 3, 2],
                 "unit": "个"},
                {"metric": "2022年重点评价项目数(按评价结论)", "kind": "sum", "total": 9, "parts": [8, 1],
                 "unit": "个"},
            ],
            "findings": [],
            "notes": (
                "Mirror copy (dpycxx.com, dated 2022-12-27) of a city finance bureau's notice on its 2022 重点项目绩效评价 "
                "(9 items: 4 项目支出, 3 政策, 2 部门整体; 7 units; 17815.56 万元; 8 良, 1 中, no 优/差). The mirror "
                "replaced every occurrence of the city name with unrelated advertising text; it is written '××市' here "
                "(the projects 世界围棋圣地专项 and 信安湖 point to 衢州, 浙江, hence province 浙江 - an inference, the "
                "page never names the city). The stored page starts with the first sentence (no title) and ends inside "
                "row 9 ('××市退役军人事务局 | ××市…'), so row 9's project name, amount and grade are left empty. Checks: "
                "4 + 3 + 2 = 9 and 8 + 1 = 9 (facts); rows 1-8 hold 7 良 and 1 中, consistent with 8 良 once row 9 is "
                "良; the 7 units named match '涉及部门单位7个'. Rows 1-8 sum to 14095.80 万元, so row 9 would carry "
                "3719.76 of the 17815.56 万元 - not checkable, no sum fact. Grades are given without scores, so no grade "
                "fact and no finding. Outside this part's province share (the share's provinces gave no unused page of "
                "this kind); kept because it is exactly the 评价结果公开 layout asked for.")
        },
    },
]


def main():
    no_pdf = "--no-pdf" in sys.argv
    os.makedirs(ANN, exist_ok=True)
    for d in DOCS:
        path = os.path.join(HERE, d["file"])
        d["build"](path)
        _normalise_zip(path)
        pdf = os.path.splitext(d["file"])[0] + ".pdf"
        for src in (d["file"], pdf):
            g = {"source": src}
            g.update(copy.deepcopy(d["gold"]))
            with open(os.path.join(ANN, src + ".json"), "w", encoding="utf-8") as fh:
                json.dump(g, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        if not no_pdf:
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


if __name__ == "__main__":
    main()
