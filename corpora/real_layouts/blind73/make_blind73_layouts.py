#!/usr/bin/env python3
"""Blind part 73 of the real-layout corpus: three documents rebuilt from stored public pages.

Written without reading the toolkit's code, tests, bench, lexicons, rules or other parts' generators.
Each document reproduces the beginning of one stored page (layout, labels, numbers, defects as found);
longer sentences are rewritten in our own words with the same numbers, and every document stops where
the stored page stops.  The gold (annotations/<file>.json) is written here by hand, before anything ran
on the files.

Usage:  /tmp/venv/bin/python make_blind73_layouts.py [--no-pdf]
"""
import datetime
import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, Border, Side
from openpyxl.worksheet.pagebreak import Break

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
FIXED = datetime.datetime(2025, 1, 1, 0, 0, 0)
FIXED_ZIP = (2025, 1, 1, 0, 0, 0)
FIXED_ISO = "2025-01-01T00:00:00Z"


# ----------------------------------------------------------------------------------------------
# determinism helpers
# ----------------------------------------------------------------------------------------------
def _pin_core(xml: bytes) -> bytes:
    s = xml.decode("utf-8")
    s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + FIXED_ISO + r"\2", s)
    s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + FIXED_ISO + r"\2", s)
    return s.encode("utf-8")


def rewrite_zip(path: Path) -> None:
    """Rewrite an OOXML package with fixed entry dates in a fixed order."""
    with zipfile.ZipFile(path) as zin:
        entries = {i.filename: zin.read(i.filename) for i in zin.infolist()}
    names = sorted(entries)
    if "[Content_Types].xml" in names:
        names.remove("[Content_Types].xml")
        names.insert(0, "[Content_Types].xml")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for n in names:
            data = entries[n]
            if n == "docProps/core.xml":
                data = _pin_core(data)
            info = zipfile.ZipInfo(n, date_time=FIXED_ZIP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, data)
    path.write_bytes(buf.getvalue())


def pin_docx_props(doc: Document, title: str) -> None:
    cp = doc.core_properties
    cp.author = "blind73"
    cp.last_modified_by = "blind73"
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1


def set_cjk_font(doc: Document, name: str = "SimSun", size: float = 10.5) -> None:
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)


def para(doc, text, bold=False, size=None, center=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = 1
    return p


# ----------------------------------------------------------------------------------------------
# document 1: 长沙 市城管局 2022 项目支出绩效监控报告 (prose, aggregator copy)
# ----------------------------------------------------------------------------------------------
CS_DEPT_PROJECTS = ("市城管委工作经费、小城镇管理经费、西中心办公用房租赁及运行费、临聘企业军转干部经费、"
                    "生活垃圾分类展示馆运行维护费、派驻纪检监察组办公经费、文明创建、餐厨垃圾处理展示馆运行费")
CS_PUBLIC_PROJECTS = ("“四精五有”城管项目建设专项；桥隧维护管理专项；路灯电费管理维护支出；交通隔离设施维护维修；"
                      "城管综合整治专项；信息采集员经费；五一大道(火车站-袁家岭)两厢摆花及维护管理经费；"
                      "五区环卫、市政(道路)、园林维护费；生活垃圾分类减量奖补经费；生活垃圾、污泥处理服务费；"
                      "渗沥液(污水)处理厂运行服务费；生活中转服务费；餐厨垃圾收运补贴；垃圾场周边维稳和补助经费；"
                      "灯饰亮化维护经费；城管应急经费；一线环卫工人伤亡救助资金；城管协管员经费。")


def build_changsha(out: Path) -> None:
    doc = Document()
    set_cjk_font(doc)
    pin_docx_props(doc, "项目支出绩效监控报告")
    para(doc, "我要投稿 投诉建议", size=9)
    para(doc, "项目支出绩效监控报告", bold=True, size=16, center=True)
    para(doc, "时间:2023-07-19 15:46:18 其他报告 我要投稿", size=9)
    para(doc, "项目支出绩效监控报告20篇", bold=True, size=14)
    para(doc, "报告在日常工作里用得越来越多，动笔前不妨先看看别人的写法。下面整理了若干篇项目支出绩效监控报告，供大家参考。")
    para(doc, "项目支出绩效监控报告20篇", bold=True)
    para(doc, "项目支出绩效监控报告1", bold=True, size=12)
    para(doc, "一、项目支出基本情况", bold=True)
    para(doc, "2022年度，我局纳入项目支出绩效运行监控范围的项目共27个，年初安排预算合计257111.4万元。其中：公用经费224.48万元；"
              "部门项目支出632万元；公共项目支出256254.92万元。")
    para(doc, "部门项目共8个，即：" + CS_DEPT_PROJECTS + "。")
    para(doc, "公共项目共18个，即：" + CS_PUBLIC_PROJECTS)
    para(doc, "二、绩效运行监控工作开展情况", bold=True)
    para(doc, "1、收集分析绩效信息。由各业务处室和局属单位依照市财政局批复的预算及绩效目标，重点围绕目标完成情况收集监控信息，"
              "分析偏离目标的原因，预测全年目标能否完成，并就存在的问题、原因及拟采")
    doc.save(out)
    rewrite_zip(out)


CHANGSHA_GOLD = {
    "source_urls": ["https://cnrencai.com/baogaofanwen/2365600.html"],
    "province": "湖南",
    "doc_kind": "绩效运行监控报告 (prose; first article of an aggregator collection)",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "年初预算安排(纳入监控项目)", "kind": "sum", "total": 257111.4,
         "parts": [224.48, 632, 256254.92], "unit": "万元"},
        {"metric": "纳入项目支出绩效运行监控范围的项目", "kind": "sum", "total": 27, "parts": [8, 18], "unit": "个"},
    ],
    "findings": [
        {"rule": "consistency.sum", "item": "纳入项目支出绩效运行监控范围的项目",
         "why": "the report says 27 projects are monitored, but it names 8 部门项目 and 18 公共项目 = 26; "
                "公用经费 224.48万元 is an amount, not a listed project"},
    ],
    "notes": ("Aggregator page (cnrencai 'tougao' collection '项目支出绩效监控报告20篇'), article 1: a 2022 绩效运行监控 "
              "report of a Changsha city-management bureau (项目 names: 市城管委工作经费, 五一大道(火车站-袁家岭)两厢摆花, "
              "五区环卫 …; the page itself never names the bureau, so no name is invented). The stored page ends inside "
              "section 二 at '…问题、原因及拟采'; the document stops there, mid-word. Site chrome ('我要投稿 投诉建议', time "
              "line, collection title) is kept as short lines; the site's one-line intro and all narrative sentences are "
              "rewritten; the project names (facts) are kept verbatim, including the full-width semicolons of the "
              "公共项目 list. Money: 224.48 + 632 + 256254.92 = 257111.40 ✓ (no finding). Count: 27 stated vs 8 + 18 "
              "= 26 named, flagged as consistency.sum (judgement call: 公用经费 could have been counted as a 27th "
              "'project', but the page lists only 26 names and gives 部门 8 / 公共 18). The page is cut before any "
              "indicator or target, so no indicators, goals or coverage finding.")
}


# ----------------------------------------------------------------------------------------------
# document 2: 青海 同德县司法局 事前绩效评估 (traditional-character aggregator copy, prose)
# ----------------------------------------------------------------------------------------------
TONGDE_GOAL = ("農村法律顧問一方面擔任農村基層組織的法律顧問，另一方面為村民提供法律諮詢和法律援助，其職責被概括為"
               "“五大員”：法律事務指導員、法律知識宣傳員、矛盾調解協理員、法律")


def build_tongde(out: Path) -> None:
    doc = Document()
    set_cjk_font(doc)
    pin_docx_props(doc, "項目預算績效報告")
    para(doc, "報告", size=9)
    para(doc, "項目預算績效報告", bold=True, size=16, center=True)
    para(doc, "時間:2024-11-11 16:44:13 報告 我要投稿", size=9)
    para(doc, "項目預算績效報告合集(14篇)", bold=True, size=14)
    para(doc, "各類事務越來越多地要用到報告，寫的時候要顧及報告的基本要素。下面整理了若干篇項目預算績效報告，供參考借鑒。")
    para(doc, "項目預算績效報告合集(14篇)", bold=True)
    para(doc, "項目預算績效報告 篇1", bold=True, size=12)
    para(doc, "一、評估對象", bold=True)
    para(doc, "項目(政策)名稱:同德縣司法局“一村(社區)一法律顧問”工作經費")
    para(doc, "項目(政策)概況:")
    para(doc, "(一)服務為民原則。秉持以民為本，安排法律專業人員深入農村，就群眾切身關心的現實問題提供法律諮詢、宣講法律知識，"
              "並開展法律援助與法律服務。")
    para(doc, "(二)公益為主原則。引導律師和法律專業人員強化公德意識與社會責任感，以公益服務為主，不斷提高服務質量。")
    para(doc, "主管部門(項目實施單位):同德縣司法局")
    para(doc, "項目(政策)屬性(新增/延續):延續")
    para(doc, "項目(政策)績效目標:" + TONGDE_GOAL)
    doc.save(out)
    rewrite_zip(out)


TONGDE_GOLD = {
    "source_urls": ["http://www.dlqt.com.cn/baogao/4729922.html"],
    "province": "青海",
    "doc_kind": "事前绩效评估报告 (评估对象 section; traditional-character aggregator copy)",
    "patterns": [10],
    "indicators": [],
    "goals": [{"kind": "目标", "text": TONGDE_GOAL}],
    "facts": [],
    "findings": [
        {"rule": "goal.unquantified", "item": TONGDE_GOAL,
         "why": "the 績效目標 field only describes what the village legal advisers do (the 五大員 roles); no number, "
                "coverage rate, caseload or deadline appears before the page is cut"},
        {"rule": "goal.process_only", "item": TONGDE_GOAL,
         "why": "the goal lists duties (serve as adviser to village organisations, give villagers advice and legal aid) "
                "and states no result or effect to be achieved"},
    ],
    "notes": ("Traditional-character mirror (dlqt.com.cn, '項目預算績效報告合集(14篇)') of a 事前绩效评估 report of "
              "同德县司法局 (海南州, 青海) on the 延续 project 'a legal adviser for every village (community)'. The mirror "
              "inserts pinyin glosses after many characters ('報(bào)告') and shows mojibake for '(一)服務'; the "
              "document keeps the traditional script and the field labels (項目(政策)名稱/概況/主管部門(項目實施單位)/"
              "屬性(新增/延續)/績效目標) but drops the glosses and the mojibake (judgement call: they are encoding debris "
              "of the mirror, not part of the report). Narrative (the two 原則 and the goal) is rewritten in our own "
              "words in traditional script; the 五大員 role names are kept. The stored page ends inside the goal at "
              "'…協理員、法律'; the document stops there, so the goal text ends mid-phrase. No amounts, indicators or "
              "scores appear before the cut, so no facts, indicators or coverage finding. Both goal findings are "
              "judged on the goal as it stands (the cut tail could not have added a number to the listed roles).")
}


# ----------------------------------------------------------------------------------------------
# document 3: 湖北 鄂州市财政局 2019年度项目支出绩效自评表 (two forms on one page)
# ----------------------------------------------------------------------------------------------
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center", horizontal="center")
LEFT = Alignment(wrap_text=True, vertical="center", horizontal="left")


def _cell(ws, ref, value, bold=False, align=WRAP, border=True):
    c = ws[ref]
    c.value = value
    c.alignment = align
    if bold:
        c.font = Font(bold=True)
    if border:
        c.border = BOX
    return c


def _merge(ws, rng, value, bold=False, align=WRAP, border=True):
    ws.merge_cells(rng)
    first = rng.split(":")[0]
    c = _cell(ws, first, value, bold=bold, align=align, border=border)
    if border:
        for row in ws[rng]:
            for cc in row:
                cc.border = BOX
    return c


def _form(ws, r, name, money, goal, rows, total=None, cut_row=None):
    """Write one 项目支出绩效自评表 starting at row r; return the next free row."""
    _merge(ws, f"A{r}:H{r}", "项目支出绩效自评表", bold=True, border=False); r += 1
    _merge(ws, f"A{r}:H{r}", "2019年度)", border=False); r += 1
    _cell(ws, f"A{r}", "项目名称"); _merge(ws, f"B{r}:H{r}", name, align=LEFT); r += 1
    _cell(ws, f"A{r}", "主管部门"); _merge(ws, f"B{r}:C{r}", "市财政局")
    _cell(ws, f"D{r}", "实施单位"); _merge(ws, f"E{r}:H{r}", "市财政局"); r += 1
    top = r
    _cell(ws, f"B{r}", "")
    for col, h in zip("CDEFGH", ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
        _cell(ws, f"{col}{r}", h)
    r += 1
    plan, full, done, rate, score = money
    _cell(ws, f"B{r}", "年度资金总额", align=LEFT)
    for col, v in zip("CDEFGH", [plan, full, done, 10, rate, score]):
        _cell(ws, f"{col}{r}", v)
    r += 1
    _cell(ws, f"B{r}", "其中:当年财政拨款", align=LEFT)
    for col, v in zip("CDEFGH", [plan, full, done, None, None, None]):
        _cell(ws, f"{col}{r}", v)
    r += 1
    _cell(ws, f"B{r}", "上年结转资金", align=LEFT)
    for col in "CDEFGH":
        _cell(ws, f"{col}{r}", None)
    r += 1
    _cell(ws, f"B{r}", "其他资金", align=LEFT)
    for col in "CDEFGH":
        _cell(ws, f"{col}{r}", None)
    _merge(ws, f"A{top}:A{r}", "项目资金\n(万元)")
    r += 1
    _merge(ws, f"A{r}:A{r + 1}", "年度总体目标")
    _merge(ws, f"B{r}:E{r}", "预期目标"); _merge(ws, f"F{r}:H{r}", "实际完成情况"); r += 1
    _merge(ws, f"B{r}:E{r}", goal[0], align=LEFT); _merge(ws, f"F{r}:H{r}", goal[1], align=LEFT); r += 1
    # two-line indicator header, then two empty rows, as on the page
    for col, h in zip("ABC", ["一级指标", "二级指标", "三级指标"]):
        _merge(ws, f"{col}{r}:{col}{r + 1}", h)
    _cell(ws, f"D{r}", "年度"); _cell(ws, f"E{r}", "实际")
    _cell(ws, f"D{r + 1}", "指标值"); _cell(ws, f"E{r + 1}", "完成值")
    for col, h in zip("FGH", ["分值", "得分", "偏差原因分析及改进措施"]):
        _merge(ws, f"{col}{r}:{col}{r + 1}", h)
    r += 2
    for _ in range(2):
        for col in "ABCDEFGH":
            _cell(ws, f"{col}{r}", None)
        r += 1
    # indicator rows: (level1 label or None, level1 span, level2, name, target, actual, weight, score, reason)
    for lv1, span, lv2, nm, tgt, act, w, s, why in rows:
        if lv1 is not None:
            if span > 1:
                _merge(ws, f"A{r}:A{r + span - 1}", lv1)
            else:
                _cell(ws, f"A{r}", lv1)
        for col, v in zip("BCDEFGH", [lv2, nm, tgt, act, w, s, why]):
            _cell(ws, f"{col}{r}", v, align=LEFT if col in "CH" else WRAP)
        r += 1
    if total is not None:
        _merge(ws, f"A{r}:E{r}", "总分")
        _cell(ws, f"F{r}", total[0]); _cell(ws, f"G{r}", total[1]); _cell(ws, f"H{r}", None)
        r += 1
    if cut_row is not None:
        _cell(ws, f"A{r}", cut_row)
        r += 1
    return r


def build_ezhou(out: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for col, w in zip("ABCDEFGH", [12, 16, 20, 11, 11, 8, 8, 22]):
        ws.column_dimensions[col].width = w
    ws["A1"] = "今天是"
    _merge(ws, "A2:H2", "市财政局2019年度项目支出绩效自评表", bold=True, border=False)
    ws["A3"] = "日期:2020-08-25"
    r = 5
    rows1 = [
        ("产出指标", 4, "数量指标", "服务对象人数", "100人次", "100人次", 15, 15, None),
        (None, 0, "质量指标", "服务达标率", "80%", "80%", 20, 20, None),
        (None, 0, "时效指标", "完成时限", "2019年", "2019年", 15, 15, None),
        (None, 0, "成本指标", "计划完成率", "90%", "60%", 20, 10, "部分项目延续至下年"),
        ("", 1, "社会效益指标", "财政工作运行效率", "≥80%", "≥80%", 15, 15, None),
        ("满意度指标", 1, "服务对象满意度指标", "受益群体满意度", "90%", "90%", 15, 15, None),
    ]
    r = _form(ws, r, "购买第三方服务", (287, 287, 171, "60%", 6), ("287", "171"), rows1, total=(100, 90))
    ws.row_breaks.append(Break(id=r))  # second form starts on a new printed page
    r += 1
    rows2 = [
        ("产出指标", 3, "质量指标", "项目合格率", "90%", "60%", 20, 10, "部分项目延续至下年"),
        (None, 0, "时效指标", "完成时限", "2019年", "2020年", 20, 10, "部分项目延续至下年"),
        (None, 0, "成本指标", "成本控制率", "90%", "90%", 20, 20, None),
        ("效益指标", 1, "社会效益指标", "财政工作运行效率", "≥80%", "≥80%", 20, 20, None),
    ]
    _form(ws, r, "财政政务管理", (202, 202, 100, "50%", 5), ("202", "100"), rows2, cut_row="满")
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = "blind73"
    wb.properties.lastModifiedBy = "blind73"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(out)
    rewrite_zip(out)


def _ind(l1, l2, name, op, val, unit, tt, act, w, s):
    return {"level1": l1, "level2": l2, "name": name, "operator": op, "value": val, "unit": unit,
            "target_text": tt, "actual": act, "weight": w, "score": s}


EZHOU_GOLD = {
    "source_urls": ["https://czj.ezhou.gov.cn/ztzl/czyjsgk/202008/t20200825_350895.html"],
    "province": "湖北",
    "doc_kind": "项目支出绩效自评表 ×2 (市财政局 2019; second form cut)",
    "patterns": [1, 2, 5, 10],
    "indicators": [
        _ind("产出指标", "数量指标", "服务对象人数", None, 100, "人次", "100人次", 100, 15, 15),
        _ind("产出指标", "质量指标", "服务达标率", None, 80, "%", "80%", 80, 20, 20),
        _ind("产出指标", "时效指标", "完成时限", None, 2019, "年", "2019年", 2019, 15, 15),
        _ind("产出指标", "成本指标", "计划完成率", None, 90, "%", "90%", 60, 20, 10),
        _ind("效益指标", "社会效益指标", "财政工作运行效率", ">=", 80, "%", "≥80%", 80, 15, 15),
        _ind("满意度指标", "服务对象满意度指标", "受益群体满意度", None, 90, "%", "90%", 90, 15, 15),
        _ind("产出指标", "质量指标", "项目合格率", None, 90, "%", "90%", 60, 20, 10),
        _ind("产出指标", "时效指标", "完成时限", None, 2019, "年", "2019年", 2020, 20, 10),
        _ind("产出指标", "成本指标", "成本控制率", None, 90, "%", "90%", 90, 20, 20),
        _ind("效益指标", "社会效益指标", "财政工作运行效率", ">=", 80, "%", "≥80%", 80, 20, 20),
    ],
    "goals": [
        {"kind": "年度目标", "text": "287"},
        {"kind": "年度目标", "text": "202"},
    ],
    "facts": [
        {"metric": "购买第三方服务 年度资金总额", "kind": "budget", "planned": 287, "actual": 171,
         "stated_rate": 60, "unit": "万元"},
        {"metric": "购买第三方服务 当年财政拨款", "kind": "budget", "planned": 287, "actual": 171,
         "stated_rate": None, "unit": "万元"},
        {"metric": "财政政务管理 年度资金总额", "kind": "budget", "planned": 202, "actual": 100,
         "stated_rate": 50, "unit": "万元"},
        {"metric": "财政政务管理 当年财政拨款", "kind": "budget", "planned": 202, "actual": 100,
         "stated_rate": None, "unit": "万元"},
        {"metric": "购买第三方服务 总分", "kind": "score_total", "total": 90,
         "parts": [6, 15, 20, 15, 10, 15, 15]},
    ],
    "findings": [
        {"rule": "goal.budget_text", "item": "287",
         "why": "the 年度总体目标 / 预期目标 cell of 购买第三方服务 holds only '287', the 年度资金总额 in 万元 "
                "(实际完成情况: '171', the amount spent); no output or effect is stated"},
        {"rule": "goal.budget_text", "item": "202",
         "why": "the 预期目标 cell of 财政政务管理 holds only '202', its budget in 万元 (实际: '100')"},
        {"rule": "consistency.score_total", "item": "总分",
         "why": "购买第三方服务: the form scores 预算执行 (分值10, 执行率60%, 得分6) and six indicators "
                "(15+20+15+10+15+15 = 90), so the scores add up to 96, yet 总分 reads 90; the 分值 column likewise "
                "adds to 110 (10 + 100) against a stated 100 — the total leaves the execution-rate points out"},
    ],
    "notes": ("鄂州市财政局 page of 2020-08-25 publishing its 2019 项目支出绩效自评表: two forms one after the other "
              "(购买第三方服务; 财政政务管理). Reproduced as one XLSX sheet (a manual page break puts the second form on PDF page 2) with the page chrome '今天是', the page title "
              "and date, then the two forms in the common 自评表 layout: money block (年初预算数/全年预算数/全年执行数/"
              "分值/执行率/得分) with the label '项目资金(万元)' merged down, 年度总体目标 (预期目标 | 实际完成情况) holding "
              "only the numbers 287/171 and 202/100, a two-line indicator header (年度/指标值, 实际/完成值) followed by "
              "two empty rows as on the page, 产出指标 merged down its rows. Kept as found: the title line '2019年度)' "
              "with its missing opening bracket; in the first form the 社会效益指标 row has an EMPTY 一级 cell (no "
              "效益指标 label; gold level1 '效益指标' is read from the 二级 label — judgement call), and its actual is "
              "written '≥80%' (actual recorded as 80); '完成时限' targets are the year '2019年' (value 2019, unit 年; "
              "actual 2020 in the second form). Rates: 171/287 = 59.6% → '60%' ✓; 100/202 = 49.5% → '50%' ✓ (no "
              "consistency.rate). Every shortfall row (计划完成率 60/90, 项目合格率 60/90, 完成时限 2020 vs 2019) "
              "carries the reason '部分项目延续至下年', so no deviation finding. Judgement call on the total: the "
              "score_total fact includes the 6 execution points (parts 6+90 = 96 vs stated 90); a reader who takes "
              "总分 as 'indicators only' would see 90 = 90, but then the weights (100 + 10) still exceed the 100 "
              "written. Odd but not in the rule list (not flagged): 计划完成率 and 成本控制率 under 成本指标 (not "
              "costs), 财政工作运行效率 as the only 效益 row. The stored page ends in the second form right after "
              "the 效益 row, at the single character '满' of the next 一级 label (满意度指标); the sheet ends with a "
              "row holding just '满'. So the second form has no satisfaction row and no 总分; no coverage finding "
              "because the 满意度 section visibly starts where the page is cut. Off-share: this is a 自评表, taken "
              "because no unused 监控表/批复表/下达表 page opening with its form could be found (see SOURCES.md).")
}


DOCS = [
    ("hn-changsha-cgj-monitor-report.docx", build_changsha, CHANGSHA_GOLD),
    ("qh-tongde-sifa-prior-eval.docx", build_tongde, TONGDE_GOLD),
    ("hb-ezhou-finance-selfeval.xlsx", build_ezhou, EZHOU_GOLD),
]


def main() -> None:
    make_pdf = "--no-pdf" not in sys.argv
    ANN.mkdir(exist_ok=True)
    for fname, builder, gold in DOCS:
        out = HERE / fname
        builder(out)
        pdf = out.with_suffix(".pdf")
        if make_pdf:
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(HERE), str(out)],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for src in (fname, pdf.name):
            g = {"source": src}
            g.update(gold)
            (ANN / (src + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("wrote", fname)


if __name__ == "__main__":
    main()
