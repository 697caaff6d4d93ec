#!/usr/bin/env python3
"""Blind part 89 of the real-layout corpus: five stored public pages (schools, teacher training,
student aid, nutrition programme) rebuilt as DOCX/XLSX (+ PDF via LibreOffice), with hand-written gold.

Written code-blind: the gold below was written from the stored pages before anything ran on the files.
Facts (names, numbers, units, document numbers) are as the pages give them; longer sentences are
reworded with the same numbers.  Each document stops where the stored page stops.

Usage: /tmp/venv/bin/python make_blind89_layouts.py [--no-pdf]
"""
import datetime
import io
import json
import os
import re
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
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
def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.title = ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    return doc


def para(doc, text, bold=False, center=False, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def table(doc, rows, merges=(), widths=None):
    """rows: list of lists of strings (None = part of a merge, written empty).
    merges: (r1, c1, r2, c2) inclusive."""
    nrows, ncols = len(rows), max(len(r) for r in rows)
    t = doc.add_table(rows=nrows, cols=ncols)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j in range(ncols):
            val = row[j] if j < len(row) else ""
            t.cell(i, j).text = "" if val is None else val
    for (r1, c1, r2, c2) in merges:
        keep = t.cell(r1, c1).text
        m = t.cell(r1, c1).merge(t.cell(r2, c2))
        m.text = keep
    return t


def fix_zip(path):
    """Rewrite a DOCX/XLSX with fixed entry dates, fixed order and pinned core dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    order = sorted(items, key=lambda kv: (kv[0] != "[Content_Types].xml", kv[0]))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in order:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                             r"\g<1>2025-01-01T00:00:00Z\3", txt)
                txt = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)",
                             r"\g<1>2025-01-01T00:00:00Z\2", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def sheet_write(ws, rows, merges=(), widths=None, height=None):
    for i, row in enumerate(rows, start=1):
        for j, val in enumerate(row, start=1):
            c = ws.cell(row=i, column=j)
            if val is not None and val != "":
                c.value = val
            c.alignment = Alignment(wrap_text=True, vertical="center")
            c.border = BOX
            c.font = Font(name="SimSun", size=10)
    for (r1, c1, r2, c2) in merges:
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
    if widths:
        for col, w in widths.items():
            ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def new_wb():
    wb = Workbook()
    wb.properties.creator = ""
    wb.properties.lastModifiedBy = ""
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    return wb


# ----------------------------------------------------------------------------------------------
# 1. 海南 文昌市教师进修学校 2015 教师培训专项经费 财政支出项目绩效评价报告 (bwwdw aggregator)
# ----------------------------------------------------------------------------------------------
def build_wenchang(path):
    doc = new_doc()
    para(doc, "(进修学校)2015年度财政支出项目绩效评价报告、")
    para(doc, "财政支出项目绩效评价报告", bold=True, center=True, size=16)
    para(doc, "评价类型:□实施过程评价 □完成结果评价")
    para(doc, "项目名称: 教师培训专项经费")
    para(doc, "项目单位: 文昌市教师进修学校    主管部门: 文昌市教育局    评价时间: 2016年4月20日至 2016年4月26")
    para(doc, "组织方式:□财政部门 □主管部门 √项目单位    评价机构:□中介机构 □专家组 √项目单位评价组")
    para(doc, "评价单位(盖章):                上报时间:2016年5月20日")
    para(doc, "1", center=True)
    page_break(doc)
    para(doc, "项目基本信息", bold=True, center=True, size=14)
    para(doc, "一、项目基本情况", bold=True)
    rows = [
        ["项目实施单位", "文昌市教师进修学校", None, "项目负责人", "石栋", None],
        ["主管部门", "文昌市教育局", None, "联系电话", "", None],
        ["地址", "海南省文昌市文城镇教育路148号", None, "邮编", "571300", None],
        ["项目类型", "经常性项目( √ )    一次性项目( )", None, None, None, None],
        ["", "合计", "中央财政", "省财政", "市县财政", "其他"],
        ["计划投资额(万元)", "60.00", "", "", "60.00", ""],
        ["实际到位资金(万元)", "60.00", "", "", "60.00", ""],
        ["实际使用情况(万元)", "60.00", "", "", "60.00", ""],
    ]
    table(doc, rows, merges=[(0, 1, 0, 2), (0, 4, 0, 5), (1, 1, 1, 2), (1, 4, 1, 5),
                             (2, 1, 2, 2), (2, 4, 2, 5), (3, 1, 3, 5)])
    para(doc, "")
    para(doc, "二、绩效评价指标评分", bold=True)
    hdr = ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分"]
    body = [
        ["项目决策", "20", "项目目标", "4", "目标内容", "4", "4"],
        [None, None, "决策过程", "8", "决策依据", "3", "3"],
        [None, None, None, None, "决策程序", "5", "5"],
        [None, None, "资金分配", "8", "分配办法", "2", "2"],
        [None, None, None, None, "分配结果", "6", "6"],
        ["项目管理", "25", "资金到位", "5", "到位率", "3", "3"],
        [None, None, None, None, "到位时效", "2", "2"],
        [None, None, "资金管理", "10", "资金使用", "7", "7"],
        [None, None, None, None, "财务管理", "3", "3"],
        [None, None, "组织实施", "10", "组织机构", "1", "1"],
        [None, None, None, None, "管理制度", "9", "8"],
        ["项目绩效", "55", "项目产出", "15", "产出数量", "", ""],
        [None, None, None, None, "产出质量", "", ""],
        [None, None, None, None, "产出时效", "", ""],
        [None, None, None, None, "产出成本", "", ""],
        [None, None, "项目效益", "40", "经济效益", "", ""],
        [None, None, None, None, "社会效益", "", ""],
        [None, None, None, None, "环境效益", "", ""],
        [None, None, None, None, "可持续影响", "", ""],
        [None, None, None, None, "服务对象满意度", "", ""],
        ["总分", "100", None, None, None, None, ""],
        ["评价等次", "", None, None, None, None, None],
    ]
    rows = [hdr] + body
    # row index in table = body index + 1 (row 0 is the header)
    merges = [
        (1, 0, 5, 0), (1, 1, 5, 1),            # 项目决策 / 20
        (2, 2, 3, 2), (2, 3, 3, 3),            # 决策过程 / 8
        (4, 2, 5, 2), (4, 3, 5, 3),            # 资金分配 / 8
        (6, 0, 11, 0), (6, 1, 11, 1),          # 项目管理 / 25
        (6, 2, 7, 2), (6, 3, 7, 3),            # 资金到位 / 5
        (8, 2, 9, 2), (8, 3, 9, 3),            # 资金管理 / 10
        (10, 2, 11, 2), (10, 3, 11, 3),        # 组织实施 / 10
        (12, 0, 20, 0), (12, 1, 20, 1),        # 项目绩效 / 55
        (12, 2, 15, 2), (12, 3, 15, 3),        # 项目产出 / 15
        (16, 2, 20, 2), (16, 3, 20, 3),        # 项目效益 / 40
        (21, 1, 21, 5),                        # 总分 100
        (22, 1, 22, 6),                        # 评价等次 (blank)
    ]
    table(doc, rows, merges=merges)
    para(doc, "2", center=True)
    para(doc, "三、评价人员", bold=True)
    table(doc, [["姓 名", "石栋", "黄岩", "符萍", "蒋日光", "莫挺花", "曹玉山"],
                ["职", "", "", "", "", "", ""]])
    doc.save(path)


WENCHANG_ROWS = [
    ("项目决策", "项目目标", "目标内容", 4, 4),
    ("项目决策", "决策过程", "决策依据", 3, 3),
    ("项目决策", "决策过程", "决策程序", 5, 5),
    ("项目决策", "资金分配", "分配办法", 2, 2),
    ("项目决策", "资金分配", "分配结果", 6, 6),
    ("项目管理", "资金到位", "到位率", 3, 3),
    ("项目管理", "资金到位", "到位时效", 2, 2),
    ("项目管理", "资金管理", "资金使用", 7, 7),
    ("项目管理", "资金管理", "财务管理", 3, 3),
    ("项目管理", "组织实施", "组织机构", 1, 1),
    ("项目管理", "组织实施", "管理制度", 9, 8),
    ("项目绩效", "项目产出", "产出数量", None, None),
    ("项目绩效", "项目产出", "产出质量", None, None),
    ("项目绩效", "项目产出", "产出时效", None, None),
    ("项目绩效", "项目产出", "产出成本", None, None),
    ("项目绩效", "项目效益", "经济效益", None, None),
    ("项目绩效", "项目效益", "社会效益", None, None),
    ("项目绩效", "项目效益", "环境效益", None, None),
    ("项目绩效", "项目效益", "可持续影响", None, None),
    ("项目绩效", "项目效益", "服务对象满意度", None, None),
]


def ind(level1, level2, name, operator=None, value=None, unit=None, target_text=None,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


WENCHANG_GOLD = {
    "source_urls": ["https://bwwdw.com/article/hp5.html"],
    "province": "海南",
    "doc_kind": "评价报告 (财政支出项目绩效评价报告, 单位自评组; 封面 + 项目基本信息 + 绩效评价指标评分表)",
    "patterns": [1, 8],
    "indicators": [ind(a, b, c, weight=w, score=s) for (a, b, c, w, s) in WENCHANG_ROWS],
    "goals": [],
    "facts": [
        {"metric": "教师培训专项经费", "kind": "budget", "planned": 60.00, "actual": 60.00,
         "stated_rate": None, "unit": "万元"},
        {"metric": "项目决策 分值", "kind": "sum", "total": 20, "parts": [4, 8, 8], "unit": "分"},
        {"metric": "项目管理 分值", "kind": "sum", "total": 25, "parts": [5, 10, 10], "unit": "分"},
        {"metric": "项目绩效 分值", "kind": "sum", "total": 55, "parts": [15, 40], "unit": "分"},
        {"metric": "总分 分值", "kind": "sum", "total": 100, "parts": [20, 25, 55], "unit": "分"},
        {"metric": "决策过程 分值", "kind": "sum", "total": 8, "parts": [3, 5], "unit": "分"},
        {"metric": "资金分配 分值", "kind": "sum", "total": 8, "parts": [2, 6], "unit": "分"},
        {"metric": "资金到位 分值", "kind": "sum", "total": 5, "parts": [3, 2], "unit": "分"},
        {"metric": "资金管理 分值", "kind": "sum", "total": 10, "parts": [7, 3], "unit": "分"},
        {"metric": "组织实施 分值", "kind": "sum", "total": 10, "parts": [1, 9], "unit": "分"},
    ],
    "findings": [
        {"rule": "target.missing_value", "item": n,
         "why": "三级 row of the 55-point 项目绩效 block with neither 分值 nor 得分 (the 二级 weights 15/40 are "
                "given, the 三级 cells are empty), so the row cannot be scored or checked"}
        for (_, _, n, w, _) in WENCHANG_ROWS if w is None
    ],
    "notes": (
        "文昌市教师进修学校 (海南) 2015 教师培训专项经费 财政支出项目绩效评价报告 (evaluation 2016-04-20 to "
        "'2016年4月26' without 日, reported 2016-05-20), stored on the bwwdw.com aggregator. The stored page ends "
        "inside the 评价人员 table ('姓 名 石栋 … 曹玉山 职'); the document stops there (a 职 row with empty "
        "cells). Aggregator chrome (更新时间/阅读量/说明 lines) is left out; its title line '(进修学校)2015年度财政"
        "支出项目绩效评价报告、' with the stray '、' is kept. The page text is a linearised PDF, so the table "
        "layout is reconstructed: the 项目基本情况 block gives '其中:中央财政 省财政 市县财政 其他 60.00 60.00' "
        "for 计划投资额 and the same pair for 到位/使用; the second 60.00 is put under 市县财政 (judgement call: "
        "a city teacher-training fund; the page does not say which column). The project lead's mobile number "
        "is left blank on purpose (personal data). The score table: 一级/二级 labels and weights merged down; "
        "11 scored rows sum correctly at every level (20=4+8+8, 25=5+10+10, 55=15+40, 100=20+25+55); the only "
        "deduction is 管理制度 9 -> 8, with no reason on the stored page (not flagged: the reasons would follow "
        "in the report text after the stored part). The 9 三级 rows under 项目产出 (15) and 项目效益 (40) have "
        "no 分值 and no 得分, no total 得分 is written next to 总分 100, and 评价等次 is blank: flagged as "
        "target.missing_value per row; no score_total/grade finding because neither a score total nor a "
        "grade is stated. No goals on the stored page. Evaluation rows carry no targets, so operator/value/"
        "unit/target_text are null for every row; weights and scores only."
    ),
}


# ----------------------------------------------------------------------------------------------
# 2. 新疆 昌吉州第四中学 2019 普通高中国家助学金 公告公示 (traditional-character mirror, olshare)
# ----------------------------------------------------------------------------------------------
CHANGJI_GOAL = ("辦好高中學歷教育,推動基礎教育發展,把學生培養成品德好、思想正的人;本資金專門資助在校的普通高中"
                "家庭經濟困難學生,主要用於學生雜費,保障其學習所需。")


def build_changji(path):
    doc = new_doc()
    para(doc, "昌吉州第四中學", bold=True, center=True, size=14)
    para(doc, "普通高中國家助學金計劃公告公示", bold=True, center=True, size=14)
    para(doc, "按照昌州財教[2019]3號、19號、42號、73號文,2019年自治區普通高中國家助學金補助資金已經下達,並在"
              "財政扶貧資金動態監控平臺上標注為扶貧項目,資金共160.77萬元。項目情況公示如下:")
    para(doc, "一、實施地點")
    para(doc, "昌吉州第四中學。")
    para(doc, "二、建設內容")
    para(doc, "2019年全年,昌吉州第四中學用普通高中國家助學金資助家庭經濟困難學生1606人次,資助資金160.77萬元;"
              "其中春季資助801人,資助資金85.5萬元,秋季資助805人,資助資金75.3萬元。")
    para(doc, "三、資助標準")
    para(doc, "昌吉州普通高中國家助學金每學年申請評審一次、每學期發放一次,標準分每生每年3000元、2000元、1000元3個"
              "檔次,折合每生每學期1500元、1000元、500元。")
    para(doc, "四、資金來源及規模")
    para(doc, "財政資金160.77萬元。")
    para(doc, "五、實施期限")
    para(doc, "2019.1.1-2019.12.31.")
    para(doc, "六、實施單位及責任人")
    para(doc, "昌吉州第四中學 方紅軍")
    para(doc, "七、績效目標")
    para(doc, "總體目標:" + CHANGJI_GOAL)
    para(doc, "(一)、產出指標")
    para(doc, "1、數量指標:全年資助普通高中家庭經濟困難學生1606人次,資助金額160.77萬元。")
    para(doc, "2、質量指標:資助標準100%達標。")
    para(doc, "3、時效指標:資助人數覆蓋率100%,資助經費到位率100%達標。")
    para(doc, "4、成本指標:資助標準為每生每年3000元、2000元、1000元3個檔次。")
    para(doc, "(二)、效")
    doc.save(path)


CHANGJI_GOLD = {
    "source_urls": ["http://www.olshare.net/p118/2019nfpzjgk/20200526/185626.html"],
    "province": "新疆",
    "doc_kind": "公告公示 (普通高中国家助学金 项目公示, 绩效目标 as a numbered prose list, traditional characters)",
    "patterns": [6, 10],
    "indicators": [
        ind("產出指標", "數量指標", "全年資助普通高中家庭經濟困難學生", None, 1606, "人次",
            "全年資助普通高中家庭經濟困難學生1606人次"),
        ind("產出指標", "數量指標", "資助金額", None, 160.77, "萬元", "資助金額160.77萬元"),
        ind("產出指標", "質量指標", "資助標準", None, 100, "%", "資助標準100%達標"),
        ind("產出指標", "時效指標", "資助人數覆蓋率", None, 100, "%", "資助人數覆蓋率100%"),
        ind("產出指標", "時效指標", "資助經費到位率", None, 100, "%", "資助經費到位率100%達標"),
        ind("產出指標", "成本指標", "資助標準", None, None, "元",
            "資助標準為每生每年3000元、2000元、1000元3個檔次"),
    ],
    "goals": [{"kind": "总体目标", "text": CHANGJI_GOAL}],
    "facts": [
        {"metric": "資助資金", "kind": "sum", "total": 160.77, "parts": [85.5, 75.3], "unit": "萬元"},
        {"metric": "資助人次", "kind": "sum", "total": 1606, "parts": [801, 805], "unit": "人次"},
    ],
    "findings": [
        {"rule": "consistency.sum", "item": "資助資金",
         "why": "160.77萬元 is given as the year's total, but spring 85.5萬元 + autumn 75.3萬元 = 160.8萬元 "
                "(0.03萬元 apart; the halves are rounded to one decimal or one is mistyped)"},
        {"rule": "goal.unquantified", "item": CHANGJI_GOAL,
         "why": "the 總體目標 names purposes (develop basic education, support needy students' study) with no "
                "number, scale or measurable result; the numbers appear only in the indicator lines"},
    ],
    "notes": (
        "昌吉州第四中學 (昌吉州, 新疆) 2019 普通高中國家助學金 公告公示, stored on a traditional-character "
        "spam mirror (olshare.net) that also inserts pinyin glosses after many characters (學(xué), 標(biāo) …). "
        "Judgement call: the document keeps the mirror's traditional characters but drops the pinyin glosses "
        "(an obfuscation of the mirror, not part of the notice); indicator names are written without them. "
        "The stored page ends at '(二)、效' (the 效益 heading cut after one character); the document ends there "
        "too. Indicators are a numbered prose list, two per line in 數量 and 時效, with the value inside the "
        "sentence and no operator word (operator null everywhere; '100%達標' read as value 100 %). The 成本 "
        "line gives three tiers (3000/2000/1000元 per student per year): value null, unit 元. 資助標準 appears "
        "twice (質量 and 成本), kept as found. 資助金額160.77萬元 as a 數量 output restates the budget (no "
        "allowed rule id for input-as-output; not flagged). 時效 holds two rates (覆蓋率, 到位率) rather than "
        "deadlines; not flagged as time_no_deadline because each has a rate. Sums: 801 + 805 = 1606 ✓ (人 vs "
        "人次 wording differs), 85.5 + 75.3 = 160.8 ≠ 160.77 → consistency.sum. No coverage finding: the "
        "indicator section is cut by the store right after the 效益 heading starts, so it is not a complete "
        "section."
    ),
}


# ----------------------------------------------------------------------------------------------
# 3. 安徽 萧县 农村义务教育学生营养改善计划 绩效评价指标 (evaluation framework table)
# ----------------------------------------------------------------------------------------------
XX_C1 = ("(1)项目市、县政府已将营养改善计划写入国民经济和社会发展“十三五”规划;(2)项目市、县已制定营养改善计划"
         "实施意见(或办法);(3)该实施意见(或办法)已报经同级政府或上级主管部门批准;(4)实施方案与安徽省《贫困地区"
         "农村义务教育学生营养改善计划实施办法》的要求一致。每满足1项计1分;未制定实施意见(或办法)的,第(2)-(4)项"
         "均不计分。")
XX_C2 = ("(1)是否设立由教育、发改、财政等部门组成的营养改善计划领导小组并建立工作机制,各职能部门是否履职到位、"
         "监管是否规范;(2)教育主管部门是否设专门机构、配专人负责日常工作,并具备办公条件和工作经费。每符合1项计2分,"
         "不符合不计分。")
XX_C3 = ("年度营养改善计划实施方案是否设定绩效目标;目标是否符合安徽省《贫困地区农村义务教育学生营养改善计划实施办法》"
         "分解下达的要求;是否符合经济社会发展和实际情况;是否细化、量化、可衡量。每符合1项计1分,不符合不计分。")
XX_NOTE = ("依据国务院办公厅《关于实施农村义务教育学生营养改善计划的意见》、教育部等三部委《关于进一步扩大学生营养改善"
           "计划地方试点范围实现国家扶贫开发重点县全覆盖的意见》以及本地实施意见(或办法),对照国家法律法规和本省政策"
           "分析评价。")


def build_xiaoxian(path):
    wb = new_wb()
    ws = wb.active
    ws.title = "评价指标"
    rows = [
        ["评价指标", None, None, "分值", "评价内容及评分标准", "备注"],
        ["一级指标", "二级指标", "三级指标", None, None, None],
        ["投入(20分)", "项目立项(12分)", "方案制定与审批", 4, XX_C1, XX_NOTE],
        [None, None, "机制建立与执行", 4, XX_C2, None],
        [None, None, "绩效目标情况", 4, XX_C3, None],
        [None, "资金落实(8分)", "资金到位率", 4, None, None],
    ]
    sheet_write(ws, rows,
                merges=[(1, 1, 1, 3), (1, 4, 2, 4), (1, 5, 2, 5), (1, 6, 2, 6),
                        (3, 1, 6, 1), (3, 2, 5, 2), (3, 6, 5, 6)],
                widths={"A": 12, "B": 14, "C": 16, "D": 7, "E": 70, "F": 40})
    for r in range(3, 6):
        ws.row_dimensions[r].height = 90
    wb.save(path)


XIAOXIAN_GOLD = {
    "source_urls": ["https://www.ahxx.gov.cn/grassroots/255/155835351.html"],
    "province": "安徽",
    "doc_kind": "绩效评价指标体系 (营养改善计划 评价指标 评分表: 一级/二级/三级, 分值, 评价内容及评分标准, 备注)",
    "patterns": [1, 5, 8],
    "indicators": [
        ind("投入", "项目立项", "方案制定与审批", weight=4),
        ind("投入", "项目立项", "机制建立与执行", weight=4),
        ind("投入", "项目立项", "绩效目标情况", weight=4),
        ind("投入", "资金落实", "资金到位率", weight=4),
    ],
    "goals": [],
    "facts": [
        {"metric": "项目立项 分值", "kind": "sum", "total": 12, "parts": [4, 4, 4], "unit": "分"},
        {"metric": "投入 分值", "kind": "sum", "total": 20, "parts": [12, 8], "unit": "分"},
    ],
    "findings": [],
    "notes": (
        "Evaluation indicator table for the 农村义务教育学生营养改善计划 published on www.ahxx.gov.cn (萧县, "
        "宿州, 安徽; the county is read from the host, the stored text names no county: judgement call). The "
        "stored page opens with the table itself and ends after '资金落实(8分) | 资金到位率 | 4 |', so the last "
        "row has no scoring text; the sheet stops there. Two-row header (评价指标 spanning 一级/二级/三级), "
        "一级 and 二级 merged down, 备注 merged over the 项目立项 rows. Weights are written inside the label "
        "cells ('投入(20分)', '项目立项(12分)', '资金落实(8分)'); gold level1/level2 keep the label without the "
        "'(N分)' suffix. This is a scoring framework, not a filled form: no targets, no scores, so operator/"
        "value/unit/target_text/actual/score are null and only weights are recorded. Sums hold (12 = 4+4+4; "
        "20 = 12 + 8, the 8 only as a label). No findings: the scoring rules are explicit point rules; the "
        "missing 资金到位率 criteria are a cut of the store, not a defect of the table. Scoring texts and the "
        "备注 are reworded; the document titles cited in them are kept."
    ),
}


# ----------------------------------------------------------------------------------------------
# 4. 云南 昌宁县第一示范小学 2023 “万人计划”教学名师培养专项资金 自评报告 (prose)
# ----------------------------------------------------------------------------------------------
CN_GOAL = ("在省教育厅指导下开展万人计划教学名师专项工作;牵头负责万人计划“教学名师”的遴选与培养,牵头组织云南省"
           "高层次人才研修访学,通过实施万人计划“教")


def build_changning(path):
    doc = new_doc()
    table(doc, [["索引号", "01526405-X/20240326-00050", "发布机构", "昌宁县教育体育局"],
                ["公开目录", "绩效自评报告", "发布日期", "2024-03-26"],
                ["文号", "", "浏览量", ""],
                ["主题词", "", None, None]], merges=[(3, 1, 3, 3)])
    para(doc, "昌宁县第一示范小学2023年度项目支出绩效自评报告(“万人计划”教学名师培养专项资金)", bold=True)
    para(doc, "昌宁县第一示范小学2023年度项目支出绩效自评报告", bold=True, center=True, size=14)
    para(doc, "(“万人计划”教学名师培养专项资金)", bold=True, center=True)
    para(doc, "一、自评结论", bold=True)
    para(doc, "(一)自评得分")
    para(doc, "经项目绩效自评小组全面评价,我校2023年“万人计划”教学名师培养项目自评得分82分,自评结果为“良”。")
    para(doc, "(二)绩效目标完成情况")
    para(doc, "我校2023年“万人计划”教学名师培养专项资金预算12.51万元,全部为省级资金;已执行2.51万元,执行率为20.06%。")
    para(doc, "(1)数量指标完成情况。")
    para(doc, "2023年,名师工作室组织培训期数2次,完成绩效目标。")
    para(doc, "(2)质量指标完成情况。")
    para(doc, "参与培训学院均取得结业证书与合格证书,合格率达100%。")
    para(doc, "(3)时效指标完成情况。")
    para(doc, "2023年度,我校“万人计划”教学名师培养专项资金全部到位。")
    para(doc, "(4)社会效益指标完成情况。")
    para(doc, "我校教学科研水平显著提升。")
    para(doc, "(5)服务对象满意度指标完成情况。")
    para(doc, "教学水平提高后带动了学校人才队伍建设,培养出一批高素质专业化教师,学生及家长满意度较高。")
    para(doc, "(三)存在的问题和原因分析")
    para(doc, "财政资金调度困难,资金到位存在滞后。")
    para(doc, "(四)下一步拟改进措施及有关建议")
    para(doc, "学校将继续配合财政部门,尽快兑付尚未兑付的资金,并按文件要求加强专项资金监管,做到专款专用,提高资金"
              "使用率。")
    para(doc, "二、佐证材料", bold=True)
    para(doc, "(一)项目基本情况")
    para(doc, "1. 项目立项目的和年度绩效目标。")
    para(doc, CN_GOAL)
    doc.save(path)


CHANGNING_GOLD = {
    "source_urls": ["https://yncn.gov.cn/info/4112/9026330.htm"],
    "province": "云南",
    "doc_kind": "自评报告 (项目支出绩效自评报告, prose; indicator results as labelled paragraphs)",
    "patterns": [10],
    "indicators": [
        ind(None, "数量指标", "名师工作室组织培训期数", unit="次", actual=2),
        ind(None, "质量指标", "合格率", unit="%", actual=100),
        ind(None, "时效指标", "专项资金全部到位"),
        ind(None, "社会效益指标", "教学科研水平"),
        ind(None, "服务对象满意度指标", "学生及家长满意度"),
    ],
    "goals": [{"kind": "年度目标", "text": CN_GOAL}],
    "facts": [
        {"metric": "“万人计划”教学名师培养专项资金", "kind": "budget", "planned": 12.51, "actual": 2.51,
         "stated_rate": 20.06, "unit": "万元"},
        {"metric": "自评", "kind": "grade", "score": 82, "grade": "良"},
    ],
    "findings": [
        {"rule": "target.vague_wording", "item": "教学科研水平",
         "why": "the 社会效益 result is only '显著提升', with no number, baseline or scale"},
        {"rule": "target.qualitative_no_scale", "item": "学生及家长满意度",
         "why": "satisfaction reported as '较高' with no survey figure, sample or grading scale"},
        {"rule": "goal.process_only", "item": CN_GOAL,
         "why": "the 年度绩效目标 describes work to organise and lead (开展/牵头负责/牵头组织), not a result"},
        {"rule": "goal.unquantified", "item": CN_GOAL,
         "why": "no number or measurable statement in the goal as it stands (the stored page cuts it mid-word)"},
    ],
    "notes": (
        "昌宁县第一示范小学 (保山, 云南) 2023 项目支出绩效自评报告 for the “万人计划”教学名师培养专项资金, "
        "published by 昌宁县教育体育局 2024-03-26. The stored page ends inside the 年度绩效目标 paragraph "
        "('通过实施万人计划“教'); the document stops at the same place. Site chrome (无障碍浏览 …) left out; "
        "the metadata block is kept as a small table. Narrative reworded; facts kept, including the slip "
        "'参与培训学院' (学员 meant). Rate 2.51/12.51 = 20.064% → 20.06% ✓; grade 82 → 良 ✓; no consistency "
        "finding. The shortfall in execution has a stated reason (资金调度困难, 滞后), so no "
        "deviation_reason_missing. The 时效 paragraph says the fund arrived in full while the problem section "
        "speaks of delayed funds and unpaid amounts: an internal tension, but no allowed rule fits; noted only. "
        "Indicators are results only (no targets are stated): 5 labelled paragraphs, level1 not written "
        "(null), actual 2 (次) and 100 (%) where numeric; 完成绩效目标 for 培训期数 is not a target value. "
        "Both goal.process_only and goal.unquantified are given for the one goal paragraph (distinct defects)."
    ),
}


# ----------------------------------------------------------------------------------------------
# 5. 云南 禄丰县仁兴镇小学 2013 营养改善计划 财政支出绩效评价报告 (renrendoc aggregator, prose)
# ----------------------------------------------------------------------------------------------
LF_GOAL = ("依照国务院办公厅关于实施农村义务教育学生营养改善计划的意见(国办发201154号)和云南省教育厅 云南省财政厅"
           "关于上报农村义务教育学生营养改善计划实施方案的通知(云教财【2011】145号)的精神,为做好我县农村义务教育学生"
           "营养改善计划试点工作,把省州县对农村义务教育学生每天3元营养餐补助的惠民政策")


def build_lufeng(path):
    doc = new_doc()
    para(doc, "仁兴镇小学2013年农村义务教育学生营养改善计划专项资金财政支出绩效评价报 告", bold=True, center=True,
         size=14)
    para(doc, "农村义务教育营养改善计划关系民生,也关系国家长远发展。为落实好这项工程、改善农村学生营养和健康状况,"
              "我校高度重视,按上级部署结合本校实际统一组织实施。现将我校20122013年实施学生营养餐改善计划补助资金项目"
              "绩效评价情况报告如下:")
    para(doc, "一、项目基本情况", bold=True)
    para(doc, "(一)项目概况。禄丰县仁兴镇小学下设十二个完小学,全镇现有在校学生2906人,教师179人。2013年度我校学生"
              "共食用“营养餐”200天,每天标准人均3元,2906名学生全部纳入农村义务教育学生营养改善计划省级财政资金的"
              "补助对象。2013年度我校“营养餐”未出现任何安全事故。")
    para(doc, "(二)项目绩效目标")
    para(doc, "1、项目绩效总目标。" + LF_GOAL)
    doc.save(path)


LUFENG_GOLD = {
    "source_urls": ["http://www.renrendoc.com/p-17932999.html"],
    "province": "云南",
    "doc_kind": "评价报告 (营养改善计划 财政支出绩效评价报告, prose, aggregator copy)",
    "patterns": [10],
    "indicators": [],
    "goals": [{"kind": "总体目标", "text": LF_GOAL}],
    "facts": [],
    "findings": [
        {"rule": "goal.process_only", "item": LF_GOAL,
         "why": "the 项目绩效总目标 as it stands only cites the policy documents and says the pilot work is to be "
                "done well; the only number (每天3元) is the subsidy standard, an input, not a result"},
    ],
    "notes": (
        "仁兴镇小学 (禄丰县, 楚雄州, 云南) 2013 农村义务教育学生营养改善计划专项资金 财政支出绩效评价报告, "
        "stored on renrendoc (aggregator chrome: page thumbnails, 已阅读5页, 版权说明 — left out). The stored "
        "page ends inside the 项目绩效总目标 sentence ('…每天3元营养餐补助的惠民政策'); the document stops there. "
        "Kept as found: the split title '…绩效评价报 告', the run-together years '20122013年', the document "
        "number '国办发201154号' without brackets, '十二个完小学'. No indicator rows and no stated totals (2906 "
        "students × 200 days × 3元 is implied but no amount is written, so no fact). Only the goal paragraph is "
        "judged: goal.process_only (judgement call: the sentence is cut, but what stands names no result); "
        "goal.unquantified is not added because the text contains a number (3元), even if it is an input. "
        "Prose-only document (one of the two allowed)."
    ),
}


DOCS = [
    ("hi-wenchang-teacher-training-eval.docx", build_wenchang, WENCHANG_GOLD),
    ("xj-changji-highschool-grant-notice.docx", build_changji, CHANGJI_GOLD),
    ("ah-xiaoxian-nutrition-evalframe.xlsx", build_xiaoxian, XIAOXIAN_GOLD),
    ("yn-changning-mingshi-selfreport.docx", build_changning, CHANGNING_GOLD),
    ("yn-lufeng-nutrition-eval.docx", build_lufeng, LUFENG_GOLD),
]


def write_gold(name, gold):
    rec = {"source": name}
    rec.update(gold)
    with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(rec, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    no_pdf = "--no-pdf" in sys.argv
    os.makedirs(ANN, exist_ok=True)
    for name, build, gold in DOCS:
        path = os.path.join(HERE, name)
        build(path)
        fix_zip(path)
        write_gold(name, gold)
        pdf = os.path.splitext(name)[0] + ".pdf"
        write_gold(pdf, gold)
        if not no_pdf:
            subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_blind89", "--headless",
                            "--convert-to", "pdf", "--outdir", HERE, path],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print("wrote", len(DOCS), "documents")


if __name__ == "__main__":
    main()
