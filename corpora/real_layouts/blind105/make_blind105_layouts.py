#!/usr/bin/env python3
"""Build the blind105 part of jixiao's real-layout corpus.

Written by an annotator who has not read the toolkit's code.  Each document
reproduces the layout of one stored public web page (address in the gold
JSON and in SOURCES.md): tables, merged cells, headings, header words, odd
wording and defects as found, stopping where the stored page copy stops.
Long narrative sentences are restated in my own words with their numbers
kept.

Run:  /tmp/venv/bin/python make_blind105_layouts.py
Writes <name>.docx, <name>.pdf (LibreOffice export) and
annotations/<name>.docx.json / <name>.pdf.json (gold, identical except
"source").  The gold is written in this script, before any tool looks at
the files.  Output is deterministic: fixed core properties, fixed zip entry
dates and fixed PDF dates / ids.
"""
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

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0)
FONT = "Noto Serif CJK SC"


# --------------------------------------------------------------- helpers
def new_doc(title):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    cp = d.core_properties
    cp.author = "blind105"
    cp.last_modified_by = "blind105"
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    return d


def para(d, text, bold=False, center=False, size=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    r.font.name = FONT
    r._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def table(d, nrows, ncols):
    t = d.add_table(rows=nrows, cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    return t


def widths(t, cms):
    """Fix column widths (cm) so long names stay on one line in the PDF."""
    t.autofit = False
    for c, w in enumerate(cms):
        t.columns[c].width = Cm(w)
    for row in t.rows:
        for c, w in enumerate(cms):
            row.cells[c].width = Cm(w)


def put(t, r, c, text, bold=False):
    cell = t.cell(r, c)
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold
    run.font.size = Pt(9)
    run.font.name = FONT
    run._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    return cell


def merge(t, r1, c1, r2, c2, text=None, bold=False):
    a = t.cell(r1, c1)
    m = a.merge(t.cell(r2, c2))
    if text is not None:
        m.text = ""
        run = m.paragraphs[0].add_run(text)
        run.bold = bold
        run.font.size = Pt(9)
        run.font.name = FONT
        run._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    return m


def save_docx(d, path):
    """Save with fixed zip entry dates so the bytes do not depend on the clock."""
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


def to_pdf(src):
    """Export with LibreOffice, then pin the PDF's dates and ids (same length, so offsets hold)."""
    out = os.path.splitext(src)[0] + ".pdf"
    with tempfile.TemporaryDirectory() as tmp:
        prof = os.path.join(tmp, "profile")
        cmd = ["soffice", "-env:UserInstallation=file://" + prof, "--headless",
               "--convert-to", "pdf", "--outdir", tmp, src]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(os.path.join(tmp, os.path.basename(out)), out)
    with open(out, "rb") as f:
        b = f.read()
    b = re.sub(rb"D:\d{14}([+\-Z][0-9']*)?",
               lambda m: (b"D:20250101000000" + b"+00'00'")[:len(m.group(0))].ljust(len(m.group(0)), b"0"), b)
    b = re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + b"0" * 32 + b">", b)
    b = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + b"0" * 32, b)
    with open(out, "wb") as f:
        f.write(b)
    return out


def write_gold(name, gold):
    os.makedirs(ANN, exist_ok=True)
    for ext in (".docx", ".pdf"):
        g = {"source": name + ext, **{k: v for k, v in gold.items() if k != "source"}}
        with open(os.path.join(ANN, name + ext + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2)
            f.write("\n")


def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


# ======================================================================
# 1. 重庆 巫溪县 2025年农村危房改造补助资金绩效目标表 (函 + 附件表)
# ======================================================================
WUXI = "chongqing-wuxi-weifanggaizao-target"
WUXI_URL = ("http://cqwx.gov.cn/bm/xzfcxjw/zwgk_68174/zfxxgkml/jczwgk/ncwfgzly/bzzjgl_ncwf/"
            "bzzjysjs/202501/t20250116_14171946.html")
WUXI_GOAL = "支持农村低收入群体等重点对象实施危房改造和危房抗震改造,保障其基本住房安全。"

WUXI_GOLD = {
    "source": WUXI,
    "source_urls": [WUXI_URL],
    "province": "重庆市",
    "doc_kind": "绩效目标表(转移支付资金下达函附件)",
    "patterns": [2, 8, 10],
    "indicators": [
        ind("产出指标", "数量指标", "农村低收入群体等重点对象危房改造户数", None, None, None, "应改尽改"),
        ind("产出指标", "数量指标", "7度以上抗震设防地区", None, None, None, None),
    ],
    "goals": [{"kind": "年度目标", "text": WUXI_GOAL}],
    "facts": [],
    "findings": [
        {"rule": "target.missing_value", "item": "农村低收入群体等重点对象危房改造户数",
         "why": "a count indicator (户数) whose target is only the slogan 应改尽改: no number, no unit"},
        {"rule": "target.missing_value", "item": "7度以上抗震设防地区",
         "why": "the last indicator row has a (cut) name and no value; the document ends there"},
        {"rule": "goal.unquantified", "item": WUXI_GOAL,
         "why": "the goal names the aim (危房改造, 抗震改造, 基本住房安全) with no number of households, rate or date"},
        {"rule": "coverage.missing_dimension", "item": "2025年农村危房改造补助资金绩效目标表",
         "why": "as the document stands it has only 产出/数量 rows: no 质量, 时效, 效益 or 满意度 indicator"},
        {"rule": "coverage.too_few_indicators", "item": "2025年农村危房改造补助资金绩效目标表",
         "why": "only two 三级 rows, one of them without a value"},
    ],
    "notes": (
        "Stored page stops inside the indicator table, right after the words 7度以上抗震设防地区 in the "
        "三级指标 column of the second row; the document stops there too (the second row keeps its 一级/二级 "
        "cells merged from above and has an empty 指标值). Kept as found: the stray line 202444 under the date "
        "line; the broken reference 《重庆市财政局关于…的通知》(渝财建〔2024246 (missing 》, 〕 and 号); the missing "
        "closing quote after 2210105—农村危房改造; the lost numeral of item 三 (line starts with 、); the date "
        "2024122日; the space inside 补助 资金 in the title; the empty 下达资金总额 and 地方资金 cells although the "
        "letter names 484.45万元; 中央财政补助 = 参见附件1具体金额, which points at 附件1, i.e. this table itself. "
        "The goal row's label cell is empty in the stored copy (only blank lines precede the text); I left it "
        "empty and gave the goal kind 年度目标 by judgement. The letter's prose sentences are restated in my own "
        "words with all numbers and document numbers kept. No fact with parts is stated (the 484.45万元 total has "
        "no breakdown), so facts is empty. Judgement: the cut second row is one indicator (name as found) and is "
        "flagged as missing its value because the document as it stands shows none; coverage findings are also "
        "consequences of the cut, recorded because the document as it stands supports them. 应改尽改 flagged as "
        "target.missing_value rather than target.vague_wording."
    ),
}


def build_wuxi():
    d = new_doc("巫溪县财政局关于提前转下达2025年农村危房改造补助资金预算的函")
    para(d, "您当前的位置:首页>部门>县住房城乡建委>政务公开>政府信息公开目录>基层政务公开>农村危房改造领域>补助资金管理>补助资金预算决算", size=8)
    para(d, "巫溪县财政局关于提前转下达2025年农村危房改造补助 资金预算的函", bold=True, center=True, size=14)
    para(d, "日期:2025-01-16", center=True, size=9)
    para(d, "202444", center=True)
    para(d, "巫溪县住房和城乡建设委员会:")
    para(d, "根据重庆市财政局关于提前下达2025年农村危房改造补助资金预算的通知》(渝财建〔2024246要求,"
            "2025年农村危房改造项目资金预算484.45万元提前下达给你们。具体有关要求如下。")
    para(d, "一、政府收支分类科目列报:功能科目列“2210105—农村危房改造")
    para(d, "二、管好用好资金,保证财政资金安全有效。紧扣保障农村低收入群体等重点对象住房安全这一政策目标,"
            "加强动态监测,做到发现一户、改造一户,在全国农村危房改造信息系统中录入改造信息,及时拨付补助资金,"
            "加快预算执行进度。")
    para(d, "、按全面实施预算绩效管理的要求,完善绩效目标管理,做好绩效运行监控和绩效评价,确保年度绩效目标实现,"
            "并接受有关部门的监督检查。")
    para(d, "附件:1.2025年农村危房改造补助资金绩效目标表")
    p = para(d, "巫溪县财政局")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = para(d, "2024122日")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_page_break()
    para(d, "附件1")
    para(d, "2025年农村危房改造补助资金绩效目标表", bold=True, center=True, size=13)
    # rows: 0 项目名称, 1 中央主管部门, 2 省级财政部门, 3 省级主管部门,
    #       4-6 资金情况 (3 rows), 7 年度目标, 8 header, 9 row1, 10 row2 (cut)
    t = table(d, 11, 4)
    put(t, 0, 0, "项目名称"); merge(t, 0, 1, 0, 3, "农村危房改造补助资金")
    put(t, 1, 0, "中央主管部门"); merge(t, 1, 1, 1, 3, "[120]住房城乡建设部")
    put(t, 2, 0, "省级财政部门"); merge(t, 2, 1, 2, 3, "重庆市财政局")
    put(t, 3, 0, "省级主管部门"); merge(t, 3, 1, 3, 3, "重庆市住房城乡建委")
    merge(t, 4, 0, 6, 0, "资金情况(万元)")
    merge(t, 4, 1, 4, 2, "下达资金总额"); put(t, 4, 3, "")
    merge(t, 5, 1, 5, 2, "其中:中央财政补助"); put(t, 5, 3, "参见附件1具体金额")
    merge(t, 6, 1, 6, 2, "地方资金"); put(t, 6, 3, "")
    put(t, 7, 0, ""); merge(t, 7, 1, 7, 3, WUXI_GOAL)
    for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值"]):
        put(t, 8, c, h, bold=True)
    merge(t, 9, 0, 10, 0, "产出指标")
    merge(t, 9, 1, 10, 1, "数量指标")
    put(t, 9, 2, "农村低收入群体等重点对象危房改造户数"); put(t, 9, 3, "应改尽改")
    put(t, 10, 2, "7度以上抗震设防地区"); put(t, 10, 3, "")
    widths(t, [2.6, 2.6, 7.4, 3.4])
    path = os.path.join(HERE, WUXI + ".docx")
    save_docx(d, path)
    return path


# ======================================================================
# 2. 湖南 岳阳县 森林防火专项 财政支出项目绩效评价自评报告 (2021年度)
# ======================================================================
YY = "hunan-yueyangxian-senlinfanghuo-selfeval"
YY_URL = "http://cnzheou.com/37584/38146/38298/content_1968741.html"
YY_DETAIL = [
    ("春节防火宣传]", 45300, "1月11号"),
    ("大云山森林防火", 50000, "5月7号"),
    ("防火宣传", 22146, "5月8号"),
    ("节假日防扑火补助", 45300, "5月21号"),
    ("风力灭火机5台", 29000, "7月27号"),
    ("防火油料", 2015, "7月29号"),
    ("防火服装", 16900, "7月28号"),
    ("森林防火演练", 16200, "7月31号"),
    ("森林防火演练", 40080, "7月31号"),
    ("防火带规划设计", 283059, "9月8号"),
]

YY_GOLD = {
    "source": YY,
    "source_urls": [YY_URL],
    "province": "湖南省",
    "doc_kind": "财政支出项目绩效评价自评报告(表式,封面+基本概况+支出明细)",
    "patterns": [3, 8],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "支出合计", "kind": "sum", "total": 550000,
         "parts": [r[1] for r in YY_DETAIL], "unit": "元"},
        {"metric": "计划安排资金", "kind": "sum", "total": 55,
         "parts": [55], "unit": "万元"},
        {"metric": "实际到位资金", "kind": "sum", "total": 55,
         "parts": [55], "unit": "万元"},
        {"metric": "实际支出", "kind": "sum", "total": 55,
         "parts": [55], "unit": "万元"},
    ],
    "findings": [],
    "notes": (
        "The stored page is a mirror copy (cnzheou.com, same path as the 岳阳县 government site) whose text was "
        "machine-converted to traditional characters with pinyin glosses in brackets (財(cái)政); I rebuilt the "
        "document in simplified characters without the glosses, judging the conversion an artifact of the mirror "
        "and not of the document. Page chrome (来源:县林业局 2022-07-14 09:53, 浏览量) left out. The stored page "
        "stops at the heading fragment 三、项( after the 支出合计 row; the document stops with the fragment 三、项 "
        "(section three, presumably 项目绩效自评情况, is cut). Kept as found: 评价类型 with both □ and □√ on the "
        "second option; the stray ] in 春节防火宣传]; the 会计凭证号 column filled with dates (1月11号…) instead "
        "of voucher numbers; the two 森林防火演练 rows with the same date; the expenditure detail given in 元 with "
        "no unit in its header while the 基本概况 table is in 万元. The funding block is four label/value pairs "
        "side by side (计划安排/实际到位/实际支出/结余), each with its own 其中:中央财政/省财政/市财政/县市区财政/其它 "
        "rows. The responsible person's mobile number is masked (139****0178). Facts: the ten detail rows add up "
        "exactly to 550000 (checked); each funding column is wholly 县市区财政 (55 = 55); 实际支出 55万元 equals "
        "the 550000元 detail total and 结余 0 = 55 - 55, so no consistency finding. No indicator table and no goal "
        "text in the stored part, so indicators/goals are empty and no finding is recorded (a clean negative)."
    ),
}


def build_yy():
    d = new_doc("岳阳县财政支出项目绩效评价自评报告(森林防火专项)")
    para(d, "岳阳县财政支出项目绩效评价自评报告", bold=True, center=True, size=16)
    para(d, "")
    para(d, "评价类型:项目实施过程评价□   项目完成结果评价□√")
    para(d, "")
    para(d, "项目名称    森林防火专项")
    para(d, "项目单位    岳阳县林业局")
    para(d, "主管部门   岳阳县林业局")
    para(d, "评价方式:部门(单位)绩效自评")
    para(d, "评价机构:部门(单位)评价组")
    para(d, "报告日期:  2022 年  7 月  8 日")
    para(d, "")
    para(d, "岳阳县财政局(制)", center=True)
    d.add_page_break()
    para(d, "一、项 目 基 本 概 况", bold=True)
    t = table(d, 9, 8)
    put(t, 0, 0, "项目负责人"); merge(t, 0, 1, 0, 3, "易滔")
    put(t, 0, 4, "联系电话"); merge(t, 0, 5, 0, 7, "139****0178")
    put(t, 1, 0, "项目地址"); merge(t, 1, 1, 1, 3, "岳阳县")
    put(t, 1, 4, "邮  编"); merge(t, 1, 5, 1, 7, "414100")
    put(t, 2, 0, "项目起止时间")
    merge(t, 2, 1, 2, 7, "2021年   1    月起至     2021    年    12   月止")
    heads = [("计划安排资金\n(万元)", "55"), ("实际到位资金\n(万元)", "55"),
             ("实际支出\n(万元)", "55"), ("结余(万元)", "0")]
    for i, (h, v) in enumerate(heads):
        put(t, 3, 2 * i, h); put(t, 3, 2 * i + 1, v)
    subs = ["其中:中央财政", "省财政", "市财政", "县市区财政", "其它"]
    vals = {"县市区财政": ["55", "55", "55", "0"]}
    for r, s in enumerate(subs):
        for i in range(4):
            put(t, 4 + r, 2 * i, s)
            put(t, 4 + r, 2 * i + 1, vals.get(s, ["", "", "", ""])[i])
    para(d, "")
    para(d, "二、项目支出明细情况", bold=True)
    t2 = table(d, len(YY_DETAIL) + 2, 4)
    for c, h in enumerate(["支出内容", "实际支出数", "会计凭证号", "备注"]):
        put(t2, 0, c, h, bold=True)
    for r, (what, amt, when) in enumerate(YY_DETAIL, start=1):
        put(t2, r, 0, what); put(t2, r, 1, str(amt)); put(t2, r, 2, when); put(t2, r, 3, "")
    last = len(YY_DETAIL) + 1
    put(t2, last, 0, "支出合计"); put(t2, last, 1, "550000"); put(t2, last, 2, ""); put(t2, last, 3, "")
    para(d, "")
    para(d, "三、项", bold=True)
    path = os.path.join(HERE, YY + ".docx")
    save_docx(d, path)
    return path


# ======================================================================
# 3. 甘肃 临夏市 2023年1-4级残疾军人护理费项目支出绩效自评的报告
# ======================================================================
LX = "gansu-linxiashi-canjijunren-selfeval"
LX_URL = ("https://www.lxs.gov.cn/lxs/zwgk/zjdbmxx/bm/lxstyjrswj/fdzdgknr/BMWJ/art/2024/"
          "art_43bc4b615e824c3c9fd65da527c1d0a9.html")
LX_FACT = ("2023年省级下拨1-4级分散供养残疾军人护理费3.89万元;市级下拨1-4级分散供养残疾军人护理费3.89万元;"
           "全年应执行数为7.79万元,实际执行率为100%。")

LX_GOLD = {
    "source": LX,
    "source_urls": [LX_URL],
    "province": "甘肃省",
    "doc_kind": "项目支出绩效自评报告(上报文)",
    "patterns": [8, 10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "全年应执行数", "kind": "sum", "total": 7.79, "parts": [3.89, 3.89], "unit": "万元"},
    ],
    "findings": [
        {"rule": "consistency.sum", "item": "全年应执行数",
         "why": "省级下拨3.89万元 + 市级下拨3.89万元 = 7.78万元, but the report states 全年应执行数 7.79万元"},
    ],
    "notes": (
        "The stored page (临夏市 is a county-level city) stops inside item 3 of section 三, after the words "
        "资金在转移支付管理办法规定的方向范围、标准; the document stops there. Kept as found: the metadata block "
        "(索引号, 主题分类, 发文字号/制发机构/有效期限/有效性 left empty, 成文日期, 发布日期, 标题); the document "
        "number 临市退军发[2024]6号 with square brackets; the addressee line 临夏州退役军人事务局 without a colon; "
        "the doubled 《…的通知》通知; 2023转移支付资金 without 年; section 二 opening with a clause that has no "
        "subject. Page chrome (发布时间, 来源, 浏览次数, 字号, 收藏) left out. Narrative sentences (what 伤残抚恤 "
        "covers, the self-evaluation principles, items 1-3 of section 三) restated in my own words; the money "
        "sentence kept as written. Judgement: the report states no goal text with a target (二、绩效目标开展情况 "
        "describes how the self-evaluation was done), so goals is empty; there is no indicator table. The only "
        "finding is the 0.01万元 gap between 3.89+3.89 and 7.79 (possibly rounding of unrounded instalments, "
        "but as written the parts do not add up). 实际执行率100% has no stated executed amount to recompute, so "
        "no consistency.rate finding."
    ),
}


def build_lx():
    d = new_doc("关于上报2023年1-4级残疾军人护理费项目支出绩效自评的报告")
    t = table(d, 5, 4)
    put(t, 0, 0, "索  引  号"); put(t, 0, 1, "11622901013956984P/2024-00009")
    put(t, 0, 2, "主题分类"); put(t, 0, 3, "部门文件")
    put(t, 1, 0, "发文字号"); put(t, 1, 1, ""); put(t, 1, 2, "制发机构"); put(t, 1, 3, "")
    put(t, 2, 0, "有效期限"); put(t, 2, 1, ""); put(t, 2, 2, "有效性"); put(t, 2, 3, "")
    put(t, 3, 0, "成文日期"); put(t, 3, 1, "2024-03-27"); put(t, 3, 2, "发布日期"); put(t, 3, 3, "2024-03-27")
    put(t, 4, 0, "标        题")
    merge(t, 4, 1, 4, 3, "关于上报2023年1-4级残疾军人护理费项目支出绩效自评的报告")
    para(d, "")
    para(d, "临市退军发[2024]6号", center=True)
    para(d, "关于上报2023年1-4级残疾军人护理费项目", bold=True, center=True, size=15)
    para(d, "支出绩效自评的报告", bold=True, center=True, size=15)
    para(d, "")
    para(d, "临夏州退役军人事务局")
    para(d, "根据《甘肃省退役军人事务厅关于开展2023年度中央对地方转移支付绩效自评工作(优抚)的通知》通知,"
            "临夏市对2023转移支付资金进行了绩效自评,现将自评报告如下:")
    para(d, "一、基本概况", bold=True)
    para(d, "项目概况:伤残抚恤面向残疾军人、伤残人民警察、伤残国家机关工作人员、伤残民兵民工等伤残人员,"
            "为其发放抚恤优待;其中1-4级残疾军人护理费列入市级财政预算。伤残抚恤属于国家长期、延续性的优抚政策。"
            + LX_FACT +
            "残疾军人护理费发放任务完成较好,取得了应有的社会效益,对象的基本生活得到保障。")
    para(d, "二、绩效目标开展情况", bold=True)
    para(d, "2023年部门整体绩效目标完成情况进行自评。自评中坚持强化绩效目标意识、提高整体资金使用效率和"
            "绩效管理水平,保质保量地把1-4级残疾军人护理费资金落实到位。")
    para(d, "三、绩效评价指标自评分析", bold=True)
    para(d, "1.我局依照上级部门有关文件要求,对发放对象逐一严格审核身份,对资金发放全过程开展监督检查和绩效评价。")
    para(d, "2.资金按规定时间发放到优抚对象个人账户。")
    para(d, "3.资金在转移支付管理办法规定的方向范围、标准")
    path = os.path.join(HERE, LX + ".docx")
    save_docx(d, path)
    return path


# ---------------------------------------------------------------- checks
def norm(s):
    return re.sub(r"\s+", "", s or "")


def check_pdf(pdf, gold):
    txt = norm(subprocess.run(["pdftotext", pdf, "-"], check=True, capture_output=True,
                              text=True).stdout)
    need = []
    for i in gold["indicators"]:
        need += [i["name"], i["target_text"]]
    need += [g["text"] for g in gold["goals"]]
    need += [f["item"] for f in gold["findings"]]
    missing = [s for s in need if s and norm(s) not in txt]
    return missing


def main():
    builds = [(build_wuxi, WUXI, WUXI_GOLD), (build_yy, YY, YY_GOLD), (build_lx, LX, LX_GOLD)]
    # gold first: written before anything else looks at the files
    for _, name, gold in builds:
        write_gold(name, gold)
    bad = False
    for fn, name, gold in builds:
        path = fn()
        pdf = to_pdf(path)
        miss = check_pdf(pdf, gold)
        print(f"{name}: {len(gold['indicators'])} indicators, {len(gold['findings'])} findings, "
              f"missing in PDF text: {miss}")
        bad |= bool(miss)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
