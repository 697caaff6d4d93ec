#!/usr/bin/env python3
"""Build the blind22 part of the real-layout corpus: documents (XLSX/DOCX + LibreOffice PDF) and hand-written gold.

Written from scratch by a code-blind annotator. Every document reproduces one stored public page (see SOURCES.md):
layout, merged cells, facts and defects as the page has them; long sentences in our own words with the same numbers.
Usage: python make_blind22_layouts.py [--no-pdf]
"""
import datetime
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side
from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = datetime.datetime(2024, 1, 1, 0, 0, 0)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def ind(level1, level2, name, operator, value, unit, target_text, actual, weight, score):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual, "weight": weight, "score": score}


def cov(dim, why):
    return {"rule": "coverage.missing_dimension", "item": dim, "why": why}


# ---------------------------------------------------------------------------------------------------------------
# 1. 宣城市地震局 2021 防震减灾 项目支出绩效自评表 (XLSX), page cut in the first 成本指标 row.
XC_GOAL_1 = "在省政府对市政府的防震减灾目标管理绩效考核中排名第一。"
XC_GOAL_2 = "获评全省市级防震减灾综合考核先进单位。"
XC_ROWS = [  # 二级, 三级, 年度指标值, 实际完成值, 分值, 得分
    ("数量指标", "指标1:接受业务培训人数", "200", "200余人", 10, 10),
    ("数量指标", "指标2:科普馆参观人数", "500", "600余人", 10, 10),
    ("质量指标", "指标1:台站正常运行", "100%", "100%", 10, 10),
    ("质量指标", "指标2:台网运行率", "≥95%", "99.12%", 10, 10),
    ("时效指标", "指标1:业务培训时限", "11月底前", "10月", 5, 5),
    ("时效指标", "指标2:科普宣传时限", "11月底前", "10月", 5, 5),
]


def build_xuancheng(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    put = _putter(ws)
    put("A1", "附件1", box=False)
    put("A2:I2", "防震减灾项目支出绩效自评表", bold=True, size=14, box=False)
    put("A3:I3", "(2021年度)", box=False)
    put("A4:B4", "项目名称"); put("C4:I4", "防震减灾综合保障")
    put("A5:B5", "主管部门"); put("C5:E5", "宣城市地震局"); put("F5", "实施单位"); put("G5:I5", "宣城市地震局")
    put("A6:B10", "项目资金\n(万元)")
    for col, text in zip("CDEFGHI", ["", "年初预算数", "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分"]):
        put(col + "6", text)
    money = [("年度资金总额:", 55, 55, 55, 10, "100%", 10),
             ("其中:本年财政拨款", 55, 55, 55, "-", "100%", "-"),
             ("上年结转资金", 0, 0, 0, "-", "", "-"),
             ("其他资金", 0, 0, 0, "-", "", "-")]
    for r, row in enumerate(money, start=7):
        for col, v in zip("CDEFGHI", row):
            put(f"{col}{r}", v)
    put("A11:B12", "年度总体目标完成情况"); put("C11:E11", "预期目标"); put("F11:I11", "实际完成情况")
    put("C12:E12", "目标1:" + XC_GOAL_1 + "\n目标2:" + XC_GOAL_2)
    put("F12:I12", "1." + XC_GOAL_1 + "\n2." + XC_GOAL_2)
    ws.row_dimensions[12].height = 42
    put("A13:A20", "年度绩效指标完成情况")
    for col, text in zip("BCDEFGHI", ["一级\n指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                      "偏差原因分析及改进措施"]):
        put(f"{col}13", text)
    put("B14:B20", "(50分)")
    r = 14
    for i, (l2, name, target, actual, w, s) in enumerate(XC_ROWS):
        if i % 2 == 0:
            put(f"C{r}:C{r + 1}", l2)
        put(f"D{r}", name); put(f"E{r}", target); put(f"F{r}", actual); put(f"G{r}", w); put(f"H{r}", s); put(f"I{r}", "")
        r += 1
    put("C20", "成本指标"); put("D20", "指")  # the stored page stops here
    for col, width in zip("ABCDEFGHI", [8, 8, 11, 26, 12, 12, 7, 7, 16]):
        ws.column_dimensions[col].width = width
    _page(ws)
    _save_wb(wb, path)


XC_GOLD = {
    "province": "安徽", "doc_kind": "自评表", "patterns": [1, 2, 5, 8, 9, 10],
    "source_urls": ["https://www.xuancheng.gov.cn/OpennessContent/show/2594005.html"],
    "indicators": [
        ind("产出指标", "数量指标", "接受业务培训人数", None, 200, None, "200", 200, 10, 10),
        ind("产出指标", "数量指标", "科普馆参观人数", None, 500, None, "500", 600, 10, 10),
        ind("产出指标", "质量指标", "台站正常运行", None, 100, "%", "100%", 100, 10, 10),
        ind("产出指标", "质量指标", "台网运行率", ">=", 95, "%", "≥95%", 99.12, 10, 10),
        ind("产出指标", "时效指标", "业务培训时限", None, None, None, "11月底前", None, 5, 5),
        ind("产出指标", "时效指标", "科普宣传时限", None, None, None, "11月底前", None, 5, 5),
    ],
    "goals": [{"kind": "年度目标", "text": XC_GOAL_1}, {"kind": "年度目标", "text": XC_GOAL_2}],
    "facts": [{"metric": "年度资金总额", "kind": "budget", "planned": 55, "actual": 55, "stated_rate": 100,
               "unit": "万元"}],
    "findings": [
        {"rule": "target.missing_unit", "item": "接受业务培训人数",
         "why": "target is a bare 200 with no unit (the actual cell says 200余人)"},
        {"rule": "target.missing_unit", "item": "科普馆参观人数",
         "why": "target is a bare 500 with no unit (the actual cell says 600余人)"},
        cov("效益指标", "the stored page stops in the first 成本指标 row: no 效益 indicator in the file"),
        cov("满意度指标", "the stored page stops in the first 成本指标 row: no 满意度 indicator in the file"),
    ],
    "notes": ("宣城市地震局 2021 防震减灾综合保障 自评表 on the city's disclosure site. The stored page stops in the first "
              "成本指标 row after its first character (三级 cell '指'); that stub is kept in the file but is not an "
              "indicator row. The 一级 cell of the indicator block reads only '(50分)' (the word 产出指标 is missing on "
              "the page, kept); level1 产出指标 is given from the 二级 names. Actual values '200余人'/'600余人' are "
              "read as 200/600; time rows ('11月底前' → '10月') have a deadline, so no time finding and no numeric "
              "value. Goal sentences are short facts, lightly reworded. 上年结转/其他资金 rows hold 0 and '-' as on "
              "the page."),
}

# ---------------------------------------------------------------------------------------------------------------
# 2. 上饶市司法局 2021 司法业务经费 项目支出绩效自评表 (XLSX), page cut inside the third goal.
SR_GOALS = [
    "1.深入宣传习近平法治思想,抓好重点法律的普及并使普法服务全市中心工作;突出重点对象学法,提高市民的法治素养,"
    "加强城乡法治创建,为市域社会治理现代化出力。",
    "2.通过督查、巡查和走访,防止社区矫正对象脱管;举办全市社区矫正社会工作者培训和业务培训,提高社区矫正工作人员的业务能力。",
    "3.继续加强公共法律服务体系建设并加大宣传,从维护群众合法权益出发,以扶助弱势群体为重点,为困难群众提供法律援助,"
    "为维护社会稳定、构建",
]


def build_shangrao(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    put = _putter(ws)
    put("A1", "附件1", box=False)
    put("A2:H2", "项目支出绩效自评表", bold=True, size=14, box=False)
    put("A3:H3", "( 2021 年度)", box=False)
    put("A4", "项目名称"); put("B4:H4", "司法业务经费")
    put("A5", "主管部门"); put("B5:D5", "上饶市司法局"); put("E5", "实施单位"); put("F5:H5", "上饶市司法局")
    put("A6:A10", "项目资金\n(万元)")
    for col, text in zip("BCDEFGH", ["", "年初预算数", "全年预算数", "全年执行数", "分值",
                                     "执行率(全年\n执行数/全年\n预算数)", "得分"]):
        put(f"{col}6", text)
    rows = [("年度资金总额:", "620.82万元", "620.82万元", "620.82万元", 100, "100%", 10),
            ("其中:当年财政\n拨款", "620.82万元", "620.82万元", "620.82万元", 100, "100%", 10),
            ("上年结转资金", "", "", "", "", "", ""),
            ("其他资金", "", "", "", "", "", "")]
    for r, row in enumerate(rows, start=7):
        for col, v in zip("BCDEFGH", row):
            put(f"{col}{r}", v)
    put("A11:A12", "年度总体\n目标"); put("B11:E11", "预期目标"); put("F11:H11", "实际完成情况")
    text = "\n".join(SR_GOALS)
    put("B12:E12", text); put("F12:H12", text)
    ws.row_dimensions[12].height = 230
    for col, width in zip("ABCDEFGH", [12, 14, 12, 12, 12, 8, 12, 8]):
        ws.column_dimensions[col].width = width
    _page(ws)
    _save_wb(wb, path)


SR_GOLD = {
    "province": "江西", "doc_kind": "自评表", "patterns": [5, 6, 8, 9, 10],
    "source_urls": ["https://keke.chddh.cn/archives/x687rvl9wx4pjo4jd93q.html"],
    "indicators": [],
    "goals": [{"kind": "年度目标", "text": g} for g in SR_GOALS],
    "facts": [{"metric": "年度资金总额", "kind": "budget", "planned": 620.82, "actual": 620.82, "stated_rate": 100,
               "unit": "万元"}],
    "findings": [
        {"rule": "goal.unquantified", "item": SR_GOALS[0][:20],
         "why": "law-popularisation goal with change verbs (宣传/提高/加强) and no number"},
        {"rule": "goal.unquantified", "item": SR_GOALS[1][:20],
         "why": "community-correction goal names activities and trainings but no count, rate or date"},
        {"rule": "goal.unquantified", "item": SR_GOALS[2][:20],
         "why": "legal-aid goal (cut) has no number"},
        cov("产出指标", "the stored page stops inside the goals, before the indicator table: no indicator in the file"),
        cov("效益指标", "the stored page stops inside the goals, before the indicator table: no indicator in the file"),
        cov("满意度指标", "the stored page stops inside the goals, before the indicator table: no indicator in the file"),
    ],
    "notes": ("Aggregator copy (keke.chddh.cn) of the .xls '2021年司法业务经费绩效自评表' of 上饶市司法局; the stored text "
              "stops inside the third goal ('…构建和谐社'), so both goal cells stop at the same point and the indicator "
              "table is not reached. The 预期目标 and 实际完成情况 cells hold the same text on the page (kept, in our "
              "words). Defects kept: amounts written with 万元 inside the cells; the 分值 cell of the money block reads "
              "100 (not 10) while 得分 is 10; the 其中:当年财政拨款 row repeats 100 / 100% / 10 where forms usually "
              "have '—'. Judgement call: 100 in 分值 is kept as written and not flagged (no contract rule fits)."),
}

# ---------------------------------------------------------------------------------------------------------------
# 3. 金寨县司法局 2024 部门预算 (项目说明 + 项目支出绩效目标申报表) (DOCX), page cut in the 中期目标 cell.
JZ_GOAL_1 = ("1.认真学习贯彻习近平法治思想,围绕党委政府中心工作开展法治宣传教育,推动“谁执法准普法”落实,"
             "深入开展基层依法治理,全面提高法治宣传教育水平。")
JZ_GOAL_2 = ("2.组织全县行政机关行政应诉业务培训,聘请县政府法律顾问并督促其工作,依法办理行政复议案件,按省市局要求落实"
             "行政复议改革,依法办理行政应诉案件。")
JZ_MID = JZ_GOAL_1 + " 2.组织全县行政机关行政应诉业务培训,请县政府法律"


def build_jinzhai(path):
    doc = _doc()
    for t in ["1.“法治宣传经费、法治建设经费”项目。",
              "(1)项目概述。组织全县行政应诉业务培训,支付县政府年度法律顾问费用,办理行政复议案件,落实行政复议改革配套工作,"
              "办理行政诉讼案件。",
              "(2)立项依据。《六安市全面依法治市督察考核办法》(3)实施主体。金寨县司法局。",
              "(4)起止时间。2024年1月1日-2024年12月31日。(5)项目内容。组织全县行政机关应诉业务培训,聘请县政府法律顾问"
              "病督促工作,依法办理行政复议案件,按省市局要求落实行政复议改革,依法办理行政应诉案件",
              "(6)年度预算安排:财政预算内拨款安排50.00万元。",
              "(7)绩效目标:" + JZ_GOAL_1 + JZ_GOAL_2]:
        doc.add_paragraph(t)
    t = doc.add_table(rows=11, cols=5)
    t.style = "Table Grid"
    cell = _cellsetter(t)
    cell(0, 0, "项目支出绩效目标申报表", span=(0, 4), bold=True)
    cell(1, 0, "( 2024 年度)", span=(1, 4))
    cell(2, 0, "项目责任人(签字):", span=(2, 1)); cell(2, 2, "单位(盖章):", span=(2, 4))
    cell(3, 0, "项目名称"); cell(3, 1, "法治宣传经费、法治建设经费", span=(3, 4))
    cell(4, 0, "主管部门及代码"); cell(4, 1, "[017]金寨县司法局"); cell(4, 2, "实施单位"); cell(4, 3, "金寨县司法局", span=(4, 4))
    cell(5, 0, "项目属性"); cell(5, 1, "一次性项目"); cell(5, 2, "项目期"); cell(5, 3, "1年", span=(5, 4))
    cell(6, 0, "项目资金 (万元)", vspan=8)
    for r, (a, b) in enumerate([("中期资金总额:", "50.00"), ("其中:财政拨款", "50.00"), ("其他资金", "0.00")], start=6):
        cell(r, 1, a); cell(r, 2, b)
    for r, (a, b) in enumerate([("年度资金总额:", "50.00"), ("其中:财政拨款", "50.00"), ("其他资金", "0.00")], start=6):
        cell(r, 3, a); cell(r, 4, b)
    cell(9, 0, "总 体 目 标", vspan=10)
    cell(9, 1, "中期目标(2024年—2024年)", span=(9, 2)); cell(9, 3, "年度目标", span=(9, 4))
    cell(10, 1, JZ_MID, span=(10, 2)); cell(10, 3, "", span=(10, 4))
    _save_doc(doc, path)


JZ_GOLD = {
    "province": "安徽", "doc_kind": "申报表", "patterns": [3, 5, 8, 9, 10],
    "source_urls": ["https://www.ahjinzhai.gov.cn/public/6596381/37144942.html"],
    "indicators": [],
    "goals": [{"kind": "目标", "text": JZ_GOAL_1}, {"kind": "目标", "text": JZ_GOAL_2},
              {"kind": "中期目标", "text": JZ_MID}],
    "facts": [{"metric": "年度资金总额", "kind": "sum", "total": 50, "parts": [50, 0], "unit": "万元"},
              {"metric": "中期资金总额", "kind": "sum", "total": 50, "parts": [50, 0], "unit": "万元"}],
    "findings": [
        {"rule": "goal.unquantified", "item": JZ_GOAL_1[:20],
         "why": "publicity goal made of change verbs (推动/深入/全面提高) with no number"},
        {"rule": "goal.process_only", "item": JZ_GOAL_2[:20],
         "why": "lists the work to do (training, adviser, cases) with no result or number"},
        {"rule": "goal.unquantified", "item": JZ_MID[:20],
         "why": "the 中期目标 cell repeats the unquantified goal text"},
        cov("产出指标", "the stored page stops in the 总体目标 row: no indicator in the file"),
        cov("效益指标", "the stored page stops in the 总体目标 row: no indicator in the file"),
        cov("满意度指标", "the stored page stops in the 总体目标 row: no indicator in the file"),
    ],
    "notes": ("金寨县司法局 2024 部门预算 page: project description (1)–(7) in prose, then its 项目支出绩效目标申报表. The "
              "stored page stops inside the 中期目标 cell ('…请县政府法律'); the 年度目标 cell and the indicator table are "
              "not reached (年度目标 cell left empty). Prose in our own words; the page's typos '谁执法准普法' and "
              "'病督促工作' are kept as written. Odd values kept: 项目期 1年 with 中期目标(2024年—2024年), "
              "中期 = 年度 = 50.00. Money sums are consistent (50.00 = 50.00 + 0.00)."),
}

# ---------------------------------------------------------------------------------------------------------------
# 4. 黄山区统计局 2023 第五次全国经济普查 项目支出绩效评价报告 (DOCX, prose), page cut in 一、(一)2.
HS_PARAS = [
    ("title", "黄山区统计局2023年度第五次全国经济普查项目支出绩效评价报告"),
    ("p", "按照《黄山区财政局关于开展2024年预算支出绩效单位自评和部门评价工作的通知》(黄财监〔2024〕38号)的要求,"
          "依照《黄山区项目支出绩效财政评价和部门评价操作规程》(黄财监〔2021〕53号),我局结合经济普查工作实际,对第五次"
          "全国经济普查经费的项目支出开展了绩效评价。综合自评,2023年度第五次全国经济普查经费项目绩效自评得分94.9分,"
          "具体情况报告如下:"),
    ("h", "一、项目基本情况"),
    ("h", "(一)项目概况。"),
    ("p", "1.项目背景:第五次全国经济普查是党的二十大之后开展的一次重大国情国力调查,首次统筹开展投入产出调查,要全面摸清"
          "我区第二、三产业的规模、布局和效益及各类单位的基本情况,掌握行业之间的经济联系,为区里制定中长期发展规划、"
          "建设高水平国际旅游目的地提供准确的统计信息。"),
    ("p", "2.主要内容:普查对象的基本情况、组织结构、人员工资、生产能力、财务状况、生产经营、能源生产和消费、研发活动、"
          "信息化和电子商务交易情况,以及投入结构、产品去向和固定资产投资构成等。2023年是普查准备阶段,主要任务是组建"
          "普查机构、制定实施方案、落实经费和物资、开展普查宣传,"),
]


def build_prose(paras, path):
    doc = _doc()
    for kind, text in paras:
        p = doc.add_paragraph()
        run = p.add_run(text)
        if kind in ("title", "h"):
            run.bold = True
        if kind == "title":
            run.font.size = Pt(15)
    _save_doc(doc, path)


HS_GOLD = {
    "province": "安徽", "doc_kind": "评价报告", "patterns": [10],
    "source_urls": ["https://www.hsq.gov.cn/zwgk/public/6616100/11563788.html"],
    "indicators": [], "goals": [], "facts": [], "findings": [],
    "notes": ("黄山区统计局 (黄山市) 2023 经普经费 项目支出绩效评价报告 (self-evaluation, score 94.9分 stated, no grade and "
              "no score table in the stored text). The stored page stops in 一、(一)2.主要内容 ('…开展普查宣传,'), before "
              "the 绩效目标 and indicator parts; all text in our own words. A prose report: no coverage finding; the "
              "background sentences describe the census, not targets, so no goal is recorded."),
}

# ---------------------------------------------------------------------------------------------------------------
# 5. 周口市城乡一体化示范区 2023 财政衔接推进乡村振兴补助资金 项目实施计划 (DOCX, prose), cut in the 2nd project.
ZK_GOAL = ("产权归村集体所有;带动周边群众务工增收,预计带动脱贫劳动力务工100人以上,每人每年务工收入可达2万元以上;"
           "脱贫群众也可个人承包大棚,每棚每年收入可达2万元以上。")
ZK_PARAS = [
    ("title", "周口市城乡一体化示范区2023年度财政衔接推进乡村振兴补助资金项目实施计划"),
    ("p", "周口市财政局、周口市乡村振兴局:"),
    ("p", "依据《河南省财政衔接推进乡村振兴补助资金管理办法》和河南省乡村振兴局关于衔接项目库建设的指导意见,为做好我区"
          "巩固拓展脱贫攻坚成果同乡村振兴有效衔接,结合项目库调整情况,经区脱贫衔接领导小组研究同意,示范区2023年"
          "财政衔接推进乡村振兴补助资金计划实施3大类项目26个,资金规模7359万元。其中产业发展类项目10个,资金规模"
          "6172.241508万元;农村乡村建设行动14个,资金规模1082.631485万元;其他类项目2个,资金规模104.127007万元。"
          "现报告如下:"),
    ("h", "一、产业发展类(10个、资金规模6172.241508万元)"),
    ("h", "(一)示范区农产品种植产业园项目"),
    ("p", "项目名称:示范区农产品种植产业园项目"),
    ("p", "项目类型:产业发展类"),
    ("p", "建设性质:新建"),
    ("p", "实施地点:示范区"),
    ("p", "时间进度:2023年1月至2023年12月"),
    ("p", "责任单位:示范区脱贫衔接办"),
    ("p", "建设任务:新建标准化大棚11座,及周边辅助配套设施。"),
    ("p", "资金规模和筹措方式:财政衔接推进乡村振兴补助资金575.038908万元。"),
    ("p", "受益对象:项目实施区域内群众"),
    ("p", "绩效目标:" + ZK_GOAL),
    ("h", "(二)示范区小型农田水利配套设施桥梁建设项目(祝桥自然村;黎楼自然村)"),
    ("p", "项目名称:示范区小型农田水利配套设施桥梁建设项目(祝桥自然村;黎楼自然村)"),
    ("p", "项目类型:产业发展类"),
    ("p", "建设性质:新建"),
    ("p", "实施地点:示范区"),
    ("p", "时间进度:2023年1月至2023年12月"),
    ("p", "责任单位:示范区脱"),
]

ZK_GOLD = {
    "province": "河南", "doc_kind": "实施计划 (衔接资金项目, prose)", "patterns": [9, 10],
    "source_urls": ["http://zksfq.gov.cn/sitesources/cxytsfq/page_pc/zwgk/fdzdgknr/gggs/"
                    "article396796e5a301483bb57eaa85d39d5a61.html"],
    "indicators": [],
    "goals": [{"kind": "目标", "text": ZK_GOAL}],
    "facts": [{"metric": "2023年财政衔接推进乡村振兴补助资金", "kind": "sum", "total": 7359,
               "parts": [6172.241508, 1082.631485, 104.127007], "unit": "万元"},
              {"metric": "项目个数", "kind": "sum", "total": 26, "parts": [10, 14, 2], "unit": "个"}],
    "findings": [],
    "notes": ("周口市城乡一体化示范区 (河南) 2023 衔接资金项目实施计划, addressed to the city's 财政局 and 乡村振兴局. The "
              "stored page stops in the second project's 责任单位 line ('示范区脱'). Labelled-prose project entries are "
              "kept as lines; the opening and the 绩效目标 sentence are in our own words with the page's numbers. Sums "
              "are consistent (6172.241508 + 1082.631485 + 104.127007 = 7359; 10 + 14 + 2 = 26). The 绩效目标 of the "
              "first project is quantified (≥100 people, ≥2万元/人·年, ≥2万元/棚·年) and is recorded as a goal, not as "
              "indicator rows (no indicator form). A plan in prose: no coverage finding."),
}

DOCS = [
    ("ah-xuancheng-quake-selfeval.xlsx", build_xuancheng, XC_GOLD),
    ("jx-shangrao-justice-selfeval.xlsx", build_shangrao, SR_GOLD),
    ("ah-jinzhai-justice-targets.docx", build_jinzhai, JZ_GOLD),
    ("ah-huangshan-census-evalreport.docx", lambda p: build_prose(HS_PARAS, p), HS_GOLD),
    ("ha-zhoukou-link-fund-plan.docx", lambda p: build_prose(ZK_PARAS, p), ZK_GOLD),
]


# ---------------------------------------------------------------------------------------------------------------
def _putter(ws):
    def put(ref, value, bold=False, size=10, box=True):
        first = ref.split(":")[0]
        if ":" in ref:
            ws.merge_cells(ref)
        c = ws[first]
        c.value = value
        c.font = Font(name="SimSun", bold=bold, size=size)
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center" if box is False and size > 10
                                else "left" if isinstance(value, str) and len(value) > 20 else "center")
        if box:
            for row in ws[ref] if ":" in ref else [[c]]:
                for cc in row:
                    cc.border = BOX
    return put


def _page(ws):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _save_wb(wb, path):
    wb.properties.creator = "blind22"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    _write_fixed_zip(buf.getvalue(), path)


def _doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(10.5)
    return doc


def _cellsetter(table):
    def cell(r, c, text, span=None, vspan=None, bold=False):
        target = table.cell(r, c)
        if span:
            target = target.merge(table.cell(*span))
        if vspan is not None:
            target = target.merge(table.cell(vspan, c))
        target.text = text
        if bold:
            for p in target.paragraphs:
                for run in p.runs:
                    run.bold = True
    return cell


def _save_doc(doc, path):
    cp = doc.core_properties
    cp.author = "blind22"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    _write_fixed_zip(buf.getvalue(), path)


def _write_fixed_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps 'modified' with the clock: pin it
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>2024-01-01T00:00:00Z\g<2>",
                              body)
            out.writestr(zi, body)


def _gold(name, gold):
    d = {"source": name}
    d.update({k: gold[k] for k in ("source_urls", "province", "doc_kind", "patterns", "indicators", "goals", "facts",
                                   "findings", "notes")})
    with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main(argv):
    os.makedirs(ANN, exist_ok=True)
    pdf = "--no-pdf" not in argv
    for name, build, gold in DOCS:
        path = os.path.join(HERE, name)
        build(path)
        _gold(name, gold)
        pdf_name = os.path.splitext(name)[0] + ".pdf"
        _gold(pdf_name, gold)
        if pdf:
            with tempfile.TemporaryDirectory() as tmp:
                subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                                "--convert-to", "pdf", "--outdir", HERE, path], check=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        print("wrote", name)


if __name__ == "__main__":
    main(sys.argv[1:])
