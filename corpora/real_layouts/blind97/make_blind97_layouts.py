#!/usr/bin/env python3
"""Blind part 97 of the real-layout corpus: documents reproduced from stored public pages.

Written without reading the toolkit's code.  Each document reproduces the beginning of one stored
page (the store keeps about 2,000 characters of each page); facts (names, amounts, units, dates) are
as written on the page, longer sentences are paraphrased with the same numbers.  Pages shown in
traditional characters with pinyin annotations in brackets are written back in simplified
characters without the annotations.

The gold for each file is written by hand in DOCS below and saved to annotations/<file>.json
(one for the DOCX/XLSX, one for its PDF, identical except `source`).

Run:  /tmp/venv/bin/python make_blind97_layouts.py [--no-pdf]
"""
import copy
import datetime
import io
import json
import os
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
FIXED = datetime.datetime(2025, 1, 1, 0, 0, 0)
ZIP_DATE = (2025, 1, 1, 0, 0, 0)


# ----------------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------------

def _font(run, size=None, bold=False):
    run.font.name = "SimSun"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "SimSun")
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def new_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    return doc


def para(doc, text, size=None, bold=False, center=False, indent=False):
    p = doc.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(22)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    _font(r, size, bold)
    return p


def pin_core(props):
    props.author = "blind97"
    props.last_modified_by = "blind97"
    props.created = FIXED
    props.modified = FIXED
    props.last_printed = FIXED
    props.revision = 1
    props.title = ""
    props.subject = ""
    props.keywords = ""
    props.comments = ""


def rezip(path):
    """Rewrite the zip with every entry dated 2025-01-01, [Content_Types].xml first, rest sorted."""
    with zipfile.ZipFile(path) as zin:
        items = {i.filename: zin.read(i.filename) for i in zin.infolist()}
    names = sorted(items)
    if "[Content_Types].xml" in names:
        names.remove("[Content_Types].xml")
        names.insert(0, "[Content_Types].xml")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for n in names:
            zi = zipfile.ZipInfo(n, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, items[n])
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def save_docx(doc, name):
    pin_core(doc.core_properties)
    path = os.path.join(HERE, name)
    doc.save(path)
    rezip(path)
    return path


def save_xlsx(wb, name):
    pin_core(wb.properties)
    path = os.path.join(HERE, name)
    wb.save(path)
    rezip(path)
    return path


# ----------------------------------------------------------------------------------------------
# document 1: 兵团第十四师 农机购置补贴支出绩效自评报告 (范文 collection, traditional script on the page)
# ----------------------------------------------------------------------------------------------

def build_bt14_farm_machinery():
    doc = new_docx()
    para(doc, "农机购置补贴支出绩效自评报告", 15, bold=True, center=True)
    para(doc, "时间:2022-12-19 11:37:15 报告 我要投稿", 9)
    para(doc, "农机购置补贴支出绩效自评报告(通用5篇)", 13, bold=True, center=True)
    para(doc, "报告写得越来越多,不同的事由要写不同的报告。动笔之前不妨先看看范文;下面整理了"
              "农机购置补贴支出绩效自评报告(通用5篇),供大家参考。", indent=True)
    para(doc, "农机购置补贴支出绩效自评报告(通用5篇)", 12, bold=True, center=True)
    para(doc, "农机购置补贴支出绩效自评报告1", 12, bold=True)
    para(doc, "一、绩效目标分解下达情况", bold=True)
    para(doc, "(一)中央下达兵团农机购置补贴资金转移支付预算和绩效目标情况。", bold=True)
    para(doc, "补贴第十四师农业农村局农机购置补贴2019年度预算:兵团农机补贴资金60万元。", indent=True)
    para(doc, "(二)兵团内部资金安排、分解下达预算和绩效目标情况。", bold=True)
    para(doc, "第十四师农机购置补贴2019年度预算:第十四师师市补贴资金60万元。", indent=True)
    para(doc, "二、绩效目标完成情况分析", bold=True)
    para(doc, "(一)资金投入情况分析。", bold=True)
    para(doc, "1.项目资金到位情况分析。", bold=True)
    para(doc, "第十四师2019年度农机购置补贴资金预算数60万元,其中包括兵团补贴农机购置补贴资金60万,"
              " 2018年度农机购置补贴结余资金12.664万元。2019年度的农机购置补贴资金指标在2019年9月25日"
              "已全部到位。", indent=True)
    para(doc, "2.项目资金执行情况分析。", bold=True)
    para(doc, "第十四师2019年度实际", indent=True)
    return save_docx(doc, "xj-bingtuan14-farm-machinery-selfreport.docx")


BT14_GOAL_1 = "补贴第十四师农业农村局农机购置补贴2019年度预算:兵团农机补贴资金60万元。"
BT14_GOAL_2 = "第十四师农机购置补贴2019年度预算:第十四师师市补贴资金60万元。"

BT14_GOLD = {
    "source": "xj-bingtuan14-farm-machinery-selfreport.docx",
    "source_urls": ["http://crossfitfinalpush.com/baogao/6594694.html"],
    "province": "新疆",
    "doc_kind": "自评报告 (范文合集里的第1篇, 农机购置补贴支出绩效自评报告, 新疆生产建设兵团第十四师, 2019年度)",
    "patterns": [8, 10],
    "indicators": [],
    "goals": [
        {"kind": "目标", "text": BT14_GOAL_1},
        {"kind": "目标", "text": BT14_GOAL_2},
    ],
    "facts": [
        {"metric": "第十四师2019年度农机购置补贴资金预算数", "kind": "sum", "total": 60,
         "parts": [60, 12.664], "unit": "万元"},
    ],
    "findings": [
        {"rule": "consistency.sum", "item": "第十四师2019年度农机购置补贴资金预算数",
         "why": "the budget is stated as 60万元 'including' 兵团补贴 60万 and 2018年度结余资金 12.664万元; "
                "60 + 12.664 = 72.664 ≠ 60"},
        {"rule": "goal.budget_text", "item": BT14_GOAL_1,
         "why": "the only content of the section headed '…预算和绩效目标情况' is the budget amount (60万元); "
                "no output or effect is stated as the goal"},
        {"rule": "goal.budget_text", "item": BT14_GOAL_2,
         "why": "the section headed '…分解下达预算和绩效目标情况' again only restates the 60万元 budget; "
                "no target is set"},
    ],
    "notes": (
        "Source: a 范文 collection page ('农机购置补贴支出绩效自评报告(通用5篇)') shown in traditional characters "
        "with pinyin annotations in brackets after many characters (e.g. 農(nóng)機(jī)); written back in simplified "
        "characters without the annotations. The sub-heading markers (一)(二) are mojibake on the page "
        "('。ㄒ唬', '。ǘ'); restored as (一)(二). The site's opening sentences (why reports matter, 'read 范文 "
        "first') are paraphrased and kept as boilerplate (pattern 8); the page date line '时间:2022-12-19 "
        "11:37:15 报告 我要投稿' kept as written. The stored page ends in section 二(一)2 at '第十四师2019年度实际' "
        "(mid-sentence); the document stops there, so no execution figures, indicators or results exist and no "
        "coverage finding is given. Judgement calls: the two paragraphs under the headings '…预算和绩效目标情况' "
        "are taken as the document's goal statements (kind 目标) because the headings present them as such; "
        "each only restates a budget, hence goal.budget_text (a reader could instead say the report has no goals "
        "at all). The 60万元 total 'including' 60万 + 12.664万元 is recorded as a sum fact and flagged; the second "
        "part is written '60万' with no 元 on the page (kept). Whether the 60万元 is 兵团 money or 师市 money is "
        "ambiguous (the two headings call the same 60万元 by different names); not a rule of the list, not flagged. "
        "Province: 第十四师 is a division of the 新疆生产建设兵团 (stated on the page only as 兵团/第十四师)."
    ),
}


# ----------------------------------------------------------------------------------------------
# document 2: 市交通运输局 2021年度“四好农村路”绩效自评 (范文 collection, traditional script on the page)
# ----------------------------------------------------------------------------------------------

def build_rural_road():
    doc = new_docx()
    para(doc, "农村公路绩效评价报告", 15, bold=True, center=True)
    para(doc, "时间:2022-12-20 11:27:21 报告 我要投稿", 9)
    para(doc, "农村公路绩效评价报告(通用6篇)", 13, bold=True, center=True)
    para(doc, "人的素质在提高,报告也用得越来越多,各类报告各有各的用处。不知道报告怎么下笔?下面收集了"
              "农村公路绩效评价报告(通用6篇),希望对大家有用。", indent=True)
    para(doc, "农村公路绩效评价报告(通用6篇)", 12, bold=True, center=True)
    para(doc, "农村公路绩效评价报告1", 12, bold=True)
    para(doc, "依照“四好农村路”建设绩效评价办法,为使“四好农村路”建设规范有序,按市民生办的工作安排,"
              "市交通运输局对2021年度“四好农村路”建设的实施情况开展了绩效自查自评,自评情况报告如下:",
         indent=True)
    para(doc, "一、基本情况", bold=True)
    para(doc, "(一)项目总体情况", bold=True)
    para(doc, "为持续提高农村地区的交通服务水平、加快乡村全面振兴,我局2021年度深入推进“四好农村路”建设,"
              "其中实施农村公路提质改造工程200.031公里,完成总投资24187万元,(包含县乡道升级改造、"
              "自然村通硬化路和联网路项目),截止9月底,完成200.031公里建设任务,完工率为100%;"
              "深化农村公路管理养护体制改革,实施农村公路养护工程380公里,完成总投资5964万元,"
              "(包含大中修养护、一般性养护),截止9月底,完成200.031公里建设任务,完工率为100%。",
         indent=True)
    para(doc, "(二)资金安排、使用和结存情况", bold=True)
    para(doc, "2021年市交通预算安排的补助资金已全部拨付到位,地方自筹资金已经落实,按合同约定的进度付款。",
         indent=True)
    para(doc, "(三)绩效目标", bold=True)
    para(doc, RR_GOAL, indent=True)
    return save_docx(doc, "xx-shi-rural-road-selfeval-report.docx")


RR_GOAL = "2021年农村公路建设全部依照省里的计划实施,经济和社会效应良好,绩效目标实现情况良好。"

RR_GOLD = {
    "source": "xx-shi-rural-road-selfeval-report.docx",
    "source_urls": ["http://www.hzxilan.com/baogao/6605182.html"],
    "province": None,
    "doc_kind": "自评报告 (范文合集里的第1篇, 市交通运输局 2021年度“四好农村路”建设绩效自查自评, 标题为绩效评价报告)",
    "patterns": [8, 10],
    "indicators": [],
    "goals": [
        {"kind": "目标", "text": RR_GOAL},
    ],
    "facts": [
        {"metric": "农村公路提质改造工程", "kind": "budget", "planned": 200.031, "actual": 200.031,
         "stated_rate": 100, "unit": "公里"},
        {"metric": "农村公路养护工程", "kind": "budget", "planned": 380, "actual": 200.031,
         "stated_rate": 100, "unit": "公里"},
    ],
    "findings": [
        {"rule": "consistency.rate", "item": "农村公路养护工程",
         "why": "养护工程 is 380公里 but the sentence reports '完成200.031公里建设任务,完工率为100%'; "
                "200.031 / 380 = 52.64%, not 100% (the clause looks copied from the 提质改造 sentence)"},
        {"rule": "goal.unquantified", "item": RR_GOAL,
         "why": "the (三)绩效目标 section only says construction followed the provincial plan and effects/targets "
                "were 'good'; no number, length, rate or deadline"},
    ],
    "notes": (
        "Source: a 范文 collection page ('农村公路绩效评价报告(通用6篇)') in traditional characters with pinyin "
        "annotations in brackets; written back in simplified characters without the annotations; sub-heading "
        "markers (一)(二)(三) partly mojibake on the page ('。ㄒ唬', '。ǘ', '。ㄈ'), restored. The page's "
        "spam header line before the title (site junk) is left out. The report names no place: only "
        "'市民生办' and '市交通运输局' (民生办 offices are typical of 安徽, but the page does not say so), so "
        "province is null and the file is named xx-shi-… . Title says 绩效评价报告, body is a 自查自评. The site "
        "opening sentences and the report's introduction are paraphrased; the two project sentences keep every "
        "figure and the odd parenthesised clauses as written. The stored page ends after (三)绩效目标 (the next "
        "section is not shown); the document stops there; no indicator table exists, no coverage finding. "
        "Judgement calls: the completion sentences are recorded as rate facts in kind 'budget' (planned = task "
        "length, actual = completed length, stated_rate = 完工率) with unit 公里; the 养护 sentence repeats "
        "'完成200.031公里建设任务,完工率为100%' against 380公里 and is flagged consistency.rate (a reader may "
        "prefer to call it a copy slip; either way the stated rate does not follow from the numbers). "
        "24187万元 and 5964万元 are '完成总投资' with no budget to compare, so no budget fact. '截止9月底' with 100% "
        "completion of a 2021 annual task is not flagged. Section (二) states funds '全部拨付到位' with no amounts; "
        "not flagged."
    ),
}


DOCS = [
    (build_bt14_farm_machinery, BT14_GOLD),
    (build_rural_road, RR_GOLD),
]


def write_gold(gold, name):
    g = copy.deepcopy(gold)
    g["source"] = name
    with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")


def to_pdf(path):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(path)[0] + ".pdf"


def main():
    no_pdf = "--no-pdf" in sys.argv
    os.makedirs(ANN, exist_ok=True)
    for build, gold in DOCS:
        path = build()
        name = os.path.basename(path)
        assert name == gold["source"], (name, gold["source"])
        write_gold(gold, name)
        if not no_pdf:
            pdf = to_pdf(path)
            write_gold(gold, os.path.basename(pdf))
        print("wrote", name)


if __name__ == "__main__":
    main()
