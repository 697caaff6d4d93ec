#!/usr/bin/env python3
"""Make the blind124 part of the real-layout corpus.

Four documents rebuilt from stored copies of public web pages (project-plan /
project announcements of 衔接推进乡村振兴补助资金 and similar), written as DOCX or
XLSX and exported to PDF with LibreOffice.  The gold annotations are written
first, by an annotator who has not read the toolkit's code.

Usage:  /tmp/venv/bin/python make_blind124_layouts.py [--no-pdf]
"""
import datetime as _dt
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = _dt.datetime(2024, 1, 1, 0, 0, 0)
ZIP_DATE = (2024, 1, 1, 0, 0, 0)

F1 = "jiangxi-xunyang-xianjiezijin-xiangmuanpaijihua.xlsx"
F2 = "xinjiang-yizhou-xianjiezijin-xiangmugongshi.docx"
F3 = "qinghai-geermu-bangfuchejian-yanshougonggao.docx"
F4 = "guangdong-zhongshan-chanyeyuanbuzhu-xiadatongzhi.docx"

URL1 = "http://www.xunyang.gov.cn/zwgk/zfxxgkzl/zfxxgkml/czxx/zxzj/202511/t20251127_7094601.html"
URL2 = "https://ixbang.com/bid/detail/DC7CBB037229AE64E9CBFA6309C75217.html"
URL3 = "https://www.geermu.gov.cn/details?id=ff80808198cc03d701990931831a030b"
URL4 = "http://nync.zs.gov.cn/nync/nysc/content/post_2335921.html"

# ---------------------------------------------------------------------------
# Texts shared by the builders and the gold (so the gold quotes what is written)
# ---------------------------------------------------------------------------
# doc 2 (伊州区): the 绩效目标 paragraphs as they stand in the document
YZ_GOAL1 = ("1.项目受益灌溉面积2950亩,覆盖农户338户889人(其中:脱贫户21户46人)。"
            "2.吸纳本地群众就近就地就业。"
            "3.借助项目实施,有序推进沁城乡小堡村、芨芨台村土地整合流转和适度规模经营,"
            "流转面积不少于项目区的30%,推广优质饲草料基地建设。"
            "4.项目建成后产权归沁城乡小堡村、芨芨台村所有,由村集体负责运行管护,"
            "沁城乡人民政府监督管理。")
YZ_GOAL2 = ("1.项目覆盖农户615户1941人(其中:脱贫户99户262人)。"
            "2.吸纳本地群众就近就地就业。3.项")
# doc 3 (格尔木): results paragraph as it stands
GEM_GOAL = ("补助帮扶车间2家≤70万元, 竣工验收合格率100%,补助资金兑付及时率≥98%,"
            "成本控制≤70万,惠及受益人数≥20人,直接带动脱贫户就业≥5人,收益对象满意度≥95%。")
# doc 4 (中山): goal cell as it stands
ZS_GOAL = ("强化主导产业一产的标准化建设,着重发展主导产业中的二三产业,"
           "引导实施主体同农民建立紧密的利益联结机制。")


def ind(level1, level2, name, operator, value, unit, target_text,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text,
            "actual": actual, "weight": weight, "score": score}


GOLD = {
    F1: {
        "source_urls": [URL1], "province": "江西", "doc_kind": "衔接资金项目安排计划(批复及附表)",
        "patterns": [7, 8, 10],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "市级财政衔接资金", "kind": "sum", "total": 81, "parts": [40, 41], "unit": "万元"},
        ],
        "findings": [
            {"rule": "target.missing_value", "item": "白水湖村渔业养殖业科技养殖项目",
             "why": "附表设有“绩效目标”列,但唯一一行项目(白水湖村渔业养殖业科技养殖项目)的绩效目标单元格为空;"
                    "文件中该项目没有任何绩效目标。"},
        ],
        "notes": ("Stored page stops inside the first data row of the attached plan table, in the 项目类别 cell "
                  "(\"渔业生\"); the cells after it, including 绩效目标, are left empty, and the second project "
                  "(大塘村, 41万元) never appears in the table. Kept as found: the date line \"2024124\" under the "
                  "signatures (no 年/月/日), the attachment title \"市级第批\" (the 一 is missing, while the 附件 line "
                  "in the notice reads 第一批), the header words 项目覆盖脱贫困户数 / 项目覆盖脱贫困人口数 (sic), the "
                  "signature block with 代章. The notice is on sheet 批复, the table on sheet 附件. Judgement calls: "
                  "the only gold fact is the prose sum 40+41=81 万元 (stated as 共计81万元 and as 81万元 in the first "
                  "paragraph); the empty 绩效目标 cell is flagged as target.missing_value although it is empty "
                  "because the stored page stops there — the document as it stands states no target for the "
                  "project. No indicator rows and no goals are stated. Pattern 10 is given for the goals-in-cells "
                  "column layout even though the visible cell is empty."),
    },
    F2: {
        "source_urls": [URL2], "province": "新疆", "doc_kind": "衔接资金项目公示(逐项目文字)",
        "patterns": [10],
        "indicators": [],
        "goals": [
            {"kind": "绩效目标", "text": YZ_GOAL1},
            {"kind": "绩效目标", "text": YZ_GOAL2},
        ],
        "facts": [],
        "findings": [
            {"rule": "goal.unquantified", "item": "吸纳本地群众就近就地就业",
             "why": "两个项目的绩效目标第2条都只写“吸纳本地群众就近就地就业”,没有人数或岗位数。"},
            {"rule": "goal.process_only",
             "item": "项目建成后产权归沁城乡小堡村、芨芨台村所有,由村集体负责运行管护,沁城乡人民政府监督管理",
             "why": "第1个项目绩效目标第4条只讲产权归属和管护分工,是管理安排,不是产出或效果。"},
        ],
        "notes": ("Source is a reprint on a tender-aggregator site; it masks every amount as \"*元\" and cuts "
                  "some text as \"(略)\"; both kept as found (so no money facts can be checked). The stored page "
                  "stops inside item 3 of the second project's 绩效目标 (\"3.项\"); the page announces 13 projects "
                  "but only 2 appear. Prose only: no indicator table, so indicators are left empty and each "
                  "project's 绩效目标 paragraph is one goal (the numbered items are not split). Counts such as "
                  "覆盖农户338户889人(其中:脱贫户21户46人) are sub-sets, not parts of a sum, so no sum facts. "
                  "Long sentences (intro, item 3 and 4 of project 1) are reworded; names, numbers, places and "
                  "units as written. Not flagged: missing quality/time/satisfaction targets (prose announcement, "
                  "not an indicator table)."),
    },
    F3: {
        "source_urls": [URL3], "province": "青海", "doc_kind": "衔接资金项目竣工验收公告(文字)",
        "patterns": [6, 10],
        "indicators": [
            ind(None, None, "补助帮扶车间", None, 2, "家", "2家≤70万元"),
            ind(None, None, "竣工验收合格率", None, 100, "%", "100%"),
            ind(None, None, "补助资金兑付及时率", ">=", 98, "%", "≥98%"),
            ind(None, None, "成本控制", "<=", 70, "万", "≤70万"),
            ind(None, None, "惠及受益人数", ">=", 20, "人", "≥20人"),
            ind(None, None, "直接带动脱贫户就业", ">=", 5, "人", "≥5人"),
            ind(None, None, "收益对象满意度", ">=", 95, "%", "≥95%"),
        ],
        "goals": [
            {"kind": "绩效目标", "text": GEM_GOAL},
        ],
        "facts": [
            {"metric": "项目补助资金", "kind": "sum", "total": 70, "parts": [35, 35], "unit": "万元"},
        ],
        "findings": [
            {"rule": "target.cost_restates_budget", "item": "成本控制",
             "why": "成本指标“成本控制≤70万”就是项目总投资70万元,只是把预算重写一遍,没有单位成本含义。"},
            {"rule": "target.missing_unit", "item": "成本控制",
             "why": "“≤70万”只写了“万”,缺货币单位(同一公告别处写作“70万元”)。"},
        ],
        "notes": ("The stored page begins with the field \"项目批复文号\" (no title) and ends with the signature "
                  "and date; the whole stored page is reproduced. Kept as found: 收益对象满意度 (for 受益), the "
                  "space after the first comma in the results line, \"≤70万\" without 元, the merged target "
                  "\"补助帮扶车间2家≤70万元\". Judgement calls: the 项目绩效目标实现情况 line lists targets with "
                  "operators rather than achieved values, so its items are gold indicators with no level and no "
                  "actual; the line is also recorded as one goal. \"补助帮扶车间2家≤70万元\": name 补助帮扶车间, "
                  "value 2 家 with no operator; the trailing ≤70万元 is kept in target_text only. The fact 总支出70万元 "
                  "/ 支出率100% is a rate (consistent) and is not a sum fact. Not flagged: a results section that "
                  "restates targets instead of reporting actual values (no rule id fits), the satisfaction row "
                  "without respondent group or method (info-level only). The 建设内容 sentence is reworded; the "
                  "two company names, amounts and dates are as written. Phone numbers kept as written."),
    },
    F4: {
        "source_urls": [URL4], "province": "广东", "doc_kind": "补助资金下达通知及安排表(绩效目标列)",
        "patterns": [7, 8, 10],
        "indicators": [],
        "goals": [
            {"kind": "绩效目标", "text": ZS_GOAL},
        ],
        "facts": [
            {"metric": "下拨金额", "kind": "sum", "total": 723.74, "parts": [723.74], "unit": "万元"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": ZS_GOAL,
             "why": "安排表里唯一的绩效目标只用“强化/着重发展/引导”等说法,没有任何数量、比率或时限。"},
            {"rule": "goal.unmeasured", "item": ZS_GOAL,
             "why": "文件中没有任何指标支撑这一目标:附件2《2023年现代农业产业园绩效目标表》只在附件清单中列名,正文未附。"},
        ],
        "notes": ("Stored page stops right after the only data row of 附件1; 附件2 (绩效目标表) is named in the "
                  "attachment list but not present, so no indicator rows. Layout kept: two header rows, with "
                  "功能类科目 over the sub-header 转移性支出功能类科目 and the other header cells merged down; header "
                  "words broken over lines as on the page (下拨/金额/(万元), 项目/名称, 功能类/科目). Kept as found: "
                  "the double hyphen in 农业产业发展--现代农业产业园 in the title and the single hyphen in the table "
                  "row. The notice paragraphs and the goal cell are reworded; amounts, codes (2130122), names and "
                  "dates as written. Fact: 本次下达的资金共723.74万元 with the single table row 723.74 (no 合计 row). "
                  "goal.unmeasured is flagged on the document as it stands (the indicator attachment is absent)."),
    },
}


def write_gold():
    os.makedirs(ANN, exist_ok=True)
    for fname, g in GOLD.items():
        for name in (fname, os.path.splitext(fname)[0] + ".pdf"):
            rec = {"source": name}
            rec.update(g)
            with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as fh:
                json.dump(rec, fh, ensure_ascii=False, indent=2)
                fh.write("\n")


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
def normalize_zip(path):
    """Rewrite an OOXML zip with fixed timestamps and sorted-as-written entries."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                              rb"\g<1>2024-01-01T00:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(item.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


def new_doc(landscape=False):
    doc = Document()
    cp = doc.core_properties
    cp.author = "blind124"
    cp.last_modified_by = "blind124"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    cp.title = ""
    st = doc.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(2.0))
    return doc


def para(doc, text, bold=False, center=False, size=None, right=False, indent=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent:
        p.paragraph_format.first_line_indent = Pt(22)
    return p


def set_cell(cell, text, bold=False, size=9, center=True):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


# ---------------------------------------------------------------------------
# doc 1: 江西 浔阳区 — XLSX, notice sheet + wide plan table cut in row 1
# ---------------------------------------------------------------------------
def build_f1(path):
    wb = Workbook()
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center", horizontal="center")
    lefttop = Alignment(wrap_text=True, vertical="top", horizontal="left")

    ws = wb.active
    ws.title = "批复"
    ws.column_dimensions["A"].width = 60
    lines = [
        ("信息类别: 财政专项资金 公开方式: 主动公开 生成日期:2024-01-24 公开时限: 常年公开 "
         "公开范围: 面向全社会 信息索取号:000014349/2024-01143", False, 36),
        ("关于2024年市级第一批财政衔接推进乡村振兴补助资金安排项目的批复", True, 40),
        ("发布日期:2024-01-24 17:15浔阳区委区政府门户网站字号【", False, 18),
        ("白水湖街道办事处、金鸡坡街道办事处:", False, 18),
        ("    依据《关于提前下达2024年市级第一批财政衔接推进乡村振兴补助资金的通知》(九财乡振指〔2023〕17号),"
         "浔阳区获下达市级财政衔接资金81万元。按照中央、省、市财政衔接推进乡村振兴补助资金管理办法,"
         "在管好用好资金、充分发挥资金使用效益的前提下,现安排如下:", False, 90),
        ("    按文件要求,本批衔接资金重点用于市级重点村建设、重点县村级集体经济配套等。经研究,资金分别用于"
         "市级乡村振兴示范村白水湖街道白水湖村和市级乡村振兴重点村金鸡坡街道大塘村。"
         "市级乡村振兴示范村白水湖村安排1个项目40万元,市级乡村振兴重点村大塘村安排1个项目41万元,"
         "2个项目共计81万元。", False, 124),
        ("附件:浔阳区2024年度市级第一批财政专项衔接资金项目安排计划", False, 18),
        ("浔阳乡村振兴局        浔阳区财政局", False, 18),
        ("浔阳区农业农村水利局代章", False, 18),
        ("2024124", False, 18),
    ]
    for i, (text, bold, h) in enumerate(lines, start=1):
        c = ws.cell(row=i, column=1, value=text)
        c.font = Font(name="Noto Serif CJK SC", size=14 if bold else 11, bold=bold)
        c.alignment = Alignment(wrap_text=True, vertical="top",
                                horizontal="center" if bold else ("right" if i >= 8 else "left"))
        ws.row_dimensions[i].height = h
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_margins.left = ws.page_margins.right = 0.6

    wt = wb.create_sheet("附件")
    headers = ["序号", "县名", "乡镇", "行政村及责任单位", "组名", "单位属性",
               "建设\n性质\n(新建、扩建、重建)", "项目名称", "项目\n类别", "建设内容", "建设规模", "单位",
               "项目总投资\n(万元)", "财政衔接资金(万元)", "其他\n资金\n(万元)", "项目覆盖户数",
               "项目覆盖脱贫困户数", "项目覆盖人数", "项目覆盖脱贫困人口数", "绩效目标", "备注"]
    widths = [5, 7, 10, 10, 16, 8, 11, 30, 8, 16, 8, 6, 10, 10, 7, 8, 10, 8, 10, 22, 6]
    ncol = len(headers)
    wt.cell(row=1, column=1, value="附件").font = Font(name="Noto Serif CJK SC", size=11)
    wt.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    t = wt.cell(row=2, column=1, value="浔阳区2024年度市级第批财政专项衔接资金项目安排计划")
    t.font = Font(name="Noto Serif CJK SC", size=14, bold=True)
    t.alignment = Alignment(horizontal="center", vertical="center")
    wt.row_dimensions[2].height = 28
    for j, (h, w) in enumerate(zip(headers, widths), start=1):
        c = wt.cell(row=3, column=j, value=h)
        c.font = Font(name="Noto Serif CJK SC", size=9, bold=True)
        c.alignment = wrap
        c.border = box
        wt.column_dimensions[c.column_letter].width = w
    wt.row_dimensions[3].height = 64
    row = ["1", "浔阳区", "白水湖街道", "白水湖村", "养殖组、白水港组", "村集体", "新建",
           "白水湖村渔业养殖业科技养殖项目", "渔业生"] + [None] * (ncol - 9)
    for j, v in enumerate(row, start=1):
        c = wt.cell(row=4, column=j, value=v)
        c.font = Font(name="Noto Serif CJK SC", size=9)
        c.alignment = wrap
        c.border = box
    wt.row_dimensions[4].height = 30
    wt.page_setup.orientation = "landscape"
    wt.page_setup.paperSize = wt.PAPERSIZE_A4
    wt.page_setup.fitToWidth = 1
    wt.page_setup.fitToHeight = 0
    wt.sheet_properties.pageSetUpPr.fitToPage = True

    wb.properties.creator = "blind124"
    wb.properties.lastModifiedBy = "blind124"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(path)


# ---------------------------------------------------------------------------
# doc 2: 新疆 伊州区 — DOCX, prose announcement, one numbered block per project
# ---------------------------------------------------------------------------
def build_f2(path):
    doc = new_doc()
    para(doc, "伊州区2022年度中央财政衔接推进乡村振兴补助资金项目, (略) 经伊州区委农村工作领导小组暨乡村振兴"
              "领导小组审核同意实施,2022年下达中央财政衔接推进乡村振兴补助资金*元,安排项目13个。为保障群众的"
              "知情权、参与权和监督权,更好发挥群众监督作用,现将伊州区2022年度中央财政衔接推进乡村振兴补助资金"
              "项目公示如下:", indent=True)
    para(doc, "一、沁城乡脱贫退出村小堡村、芨芨台村小型农田水利设施补短板建设项目", bold=True)
    para(doc, "1.项目实施地点:沁城乡小堡村、芨芨台村")
    para(doc, "2.项目建设内容:新建渠首一座;新修渠道24.5公里,维修3.1公里及配套附属建筑物等。")
    para(doc, "3.资金规模及来源:项目总投资*元,其中:中央财政衔接推进乡村振兴补助资金*元,地县配套资金*元。")
    para(doc, "4.项目建设期限:2022年")
    para(doc, "5.项目实施单位及责任人:伊州区水利局,刘文玲")
    para(doc, "6.绩效目标:" + YZ_GOAL1)
    para(doc, "二、伊州区乌拉台乡二宫村休闲渔业项目", bold=True)
    para(doc, "1.项目实施地点:乌拉台乡二宫村")
    para(doc, "2.项目建设内容:1、新建木栈道750米、宽3.5米,木围栏750米、高度1.2米;2、拆除鱼塘围栏750米,"
              "扩建重修810米;3、设立钓鱼台100座;4、周边铺 (略) 等。")
    para(doc, "3.资金规模及来源:项目总投资*元,其中:中央财政衔接推进乡村振兴补助资金*元,地县配套资金*元。")
    para(doc, "4.项目建设期限:2022年")
    para(doc, "5.项目实施单位及责任人:乌拉台乡,库里满·恰里甫")
    para(doc, "6.绩效目标:" + YZ_GOAL2)
    doc.save(path)


# ---------------------------------------------------------------------------
# doc 3: 青海 格尔木 — DOCX, label: value lines, results line with operators
# ---------------------------------------------------------------------------
def build_f3(path):
    doc = new_doc()
    para(doc, "项目批复文号:格农组〔2025〕1号")
    para(doc, "项目资金来源:衔接资金")
    para(doc, "项目建设地点:格尔木市郭勒木德镇文化站、小岛村")
    para(doc, "项目建设内容及规模:对格尔木市已认定的农牧区2家帮扶车间给予奖补,每家帮扶车间(工坊)奖补资金"
              "原则上不超过50万元,按档分级落实,用于扩大再生产。")
    para(doc, "项目施工期限:2025年4月-2025年9月")
    para(doc, "项目验收结果:已验收合格")
    para(doc, "资金使用明细:项目总投资70万元,总支出70万元,支出率100%。青海锝都乐文化旅游产业有限公司帮扶车间"
              "资金使用项目补助资金35万元,青海大江精酿啤酒酿造有限公司帮扶车间资金使用项目补助资金35万元。")
    para(doc, "项目绩效目标实现情况:" + GEM_GOAL)
    para(doc, "公告时间:2025年9月1日-9月10日")
    para(doc, "通讯地址:格尔木市金峰中路75号")
    para(doc, "监督电话:0979-5990509(郭勒木德镇监督电话)")
    para(doc, "0979-8460668 (市农牧局监督电话 )")
    para(doc, "12317 (监督电话)")
    para(doc, "格尔木市农牧局", right=True)
    para(doc, "2025年9月1日", right=True)
    doc.save(path)


# ---------------------------------------------------------------------------
# doc 4: 广东 中山 — DOCX, notice + 附件1 table with a 绩效目标 column
# ---------------------------------------------------------------------------
def build_f4(path):
    doc = new_doc()
    para(doc, "中山市农业农村局关于下达2023年度农业产业发展--现代农业产业园建设补助资金(第二批)的通知",
         bold=True, center=True, size=14)
    para(doc, "信息来源:中山市农业农村局发布日期:2023-10-26 分享:", center=True, size=9)
    para(doc, "小榄镇农业农村局:")
    para(doc, "为加快推进我市现代农业产业园建设,现将2023年度农业产业发展--现代农业产业园建设补助资金(第二批)"
              "下达你镇,有关事项通知如下:", indent=True)
    para(doc, "一、本次共下达资金723.74万元,专门用于小榄镇东升脆肉鲩产业园项目建设支出。市财政局将按本通知的"
              "分配方案,协助把相关资金的支出方向调整为转移支付,并依国库集中支付规定程序下达。", indent=True)
    para(doc, "二、请按本次下达的资金规模和已备案的《中山市小榄镇东升脆肉鲩产业园建设项目资金使用方案》,加快项目"
              "建设,保质保量完成建设任务和绩效目标;切实加强资金管理和公开公示,按支出计划于年底前完成资金拨付,"
              "严格执行相关管理办法,确保专款专用。", indent=True)
    para(doc, "三、本批资金请列入附表所列功能类科目,经济科目按支出性质和实际用途列支,年终编报支出决算。",
         indent=True)
    para(doc, "附件:1.2023年度农业产业发展--现代农业产业园建设补助资金(第二批)安排表", indent=True)
    para(doc, "2.2023年现代农业产业园绩效目标表", indent=True)
    para(doc, "中山市农业农村局", right=True)
    para(doc, "2023年10月26日", right=True)
    doc.add_page_break()
    para(doc, "附件1")
    para(doc, "2023年度农业产业发展--现代农业产业园建设补助资金(第二批)安排表", bold=True, center=True, size=13)
    tbl = doc.add_table(rows=3, cols=6)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.2), Cm(1.8), Cm(2.0), Cm(3.6), Cm(3.4), Cm(5.0)]
    tbl.autofit = False
    for gc, w in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for r in tbl.rows:
        for c, w in zip(r.cells, widths):
            c.width = w
    # header rows: everything merged down except 功能类科目 over its sub-header
    heads = ["序号", "镇街", "下拨\n金额\n(万元)", "项目\n名称", "功能类\n科目", "绩效目标"]
    for j, h in enumerate(heads):
        if j == 4:
            set_cell(tbl.cell(0, j), h, bold=True)
            set_cell(tbl.cell(1, j), "转移性支出功能类科目", bold=True)
        else:
            merged = tbl.cell(0, j).merge(tbl.cell(1, j))
            set_cell(merged, h, bold=True)
    data = ["1", "小榄镇", "723.74", "农业产业发展-现代农业产业园建设补助资金", "2130122-农业生产发展", ZS_GOAL]
    for j, v in enumerate(data):
        set_cell(tbl.cell(2, j), v, center=(j != 5))
    doc.save(path)


BUILDERS = {F1: build_f1, F2: build_f2, F3: build_f3, F4: build_f4}


def to_pdf(path):
    outdir = os.path.dirname(path)
    with tempfile.TemporaryDirectory() as prof:
        env = dict(os.environ, SOURCE_DATE_EPOCH="1704067200")
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless",
                        "--convert-to", "pdf", "--outdir", outdir, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)


def main():
    write_gold()  # gold first, before any file exists
    for fname, build in BUILDERS.items():
        path = os.path.join(HERE, fname)
        build(path)
        normalize_zip(path)
        if "--no-pdf" not in sys.argv:
            to_pdf(path)
    print("wrote", len(BUILDERS), "documents and", 2 * len(BUILDERS), "annotations")


if __name__ == "__main__":
    main()
