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
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

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
# 4. Shared builder for prose documents (paragraph list of (kind, text)).
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

# ---------------------------------------------------------------------------------------------------------------
# 6. 亳州市气象局 2023 人工增雨飞机作业 项目支出绩效目标表 (DOCX), 中期 | 年度 halves, cut in the 年度 质量 value.
BZ_MID = "在亳州建成较完善的飞机人工增雨作业体系,形成统一协调、区域联防的人影运行新机制,使生态建设和大气污染防治水平明显提高。"
BZ_Y1 = ("目标1:飞机增雨作业能力:租用作业飞机1架,作业能力大幅提高;增雨作业可覆盖面积由现在的1000平方公里扩大到接近"
         "全市的8522平方公里,作业期由季节性扩展为常年,作业对象由以单一冷云为主扩展到除不宜飞行外的多种冷暖云,联合作业"
         "方式由分区作业发展为分区、分层、梯次等多种方式。")
BZ_Y2 = ("目标2:人影业务协调指挥能力:建立市级人影业务技术体系,增强省、市、县三级指挥系统,形成统一协调、区域联防的人影"
         "业务能力和运行机制,显著提高人影业务保障和区域联合作业能力。")
BZ_HOURS = "暂定量按15次作业且总航时不少于30小时测算"
BZ_QNAME = "围绕农业生产、生态环境修复、改善空气质量等需求"
BZ_QVAL = "解决旱情,保障粮食安全,服务农业生产,保持水土涵养,改善空气质量"


def build_bozhou(path):
    doc = _doc()
    t = doc.add_table(rows=13, cols=8)
    t.style = "Table Grid"
    cell = _cellsetter(t)
    cell(0, 0, "项目支出绩效目标表", span=(0, 7), bold=True)
    cell(1, 0, "(2023年度)", span=(1, 7))
    cell(2, 0, "项目名称", span=(2, 1)); cell(2, 2, "亳州市人工增雨飞机作业项目", span=(2, 7))
    cell(3, 0, "主管部门及代码", span=(3, 1)); cell(3, 2, "亳州市气象局", span=(3, 3))
    cell(3, 4, "实施单位", span=(3, 5)); cell(3, 6, "亳州市气象局", span=(3, 7))
    cell(4, 0, "项目属性", span=(4, 1)); cell(4, 2, "常规项目", span=(4, 3))
    cell(4, 4, "项目期", span=(4, 5)); cell(4, 6, "1年", span=(4, 7))
    cell(5, 0, "项目资金\n(万元)", span=(7, 1))
    for r, (a, b, c, d) in enumerate([("中期资金总额:", "449.8万", "年度资金总额:", "189.8万"),
                                      ("其中:财政拨款", "449.8万", "其中:财政拨款", "189.8万"),
                                      ("其他资金", "", "其他资金", "")], start=5):
        cell(r, 2, a, span=(r, 3)); cell(r, 4, b); cell(r, 5, c); cell(r, 6, d, span=(r, 7))
    cell(8, 0, "总\n体\n目\n标", vspan=9)
    cell(8, 1, "中期目标(2023年—2025年)", span=(8, 3)); cell(8, 4, "年度目标", span=(8, 7))
    cell(9, 1, "目标:" + BZ_MID, span=(9, 3)); cell(9, 4, BZ_Y1 + "\n" + BZ_Y2, span=(9, 7))
    cell(10, 0, "绩\n效\n指\n标", vspan=12)
    for c, h in enumerate(["一级\n指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"], start=1):
        cell(10, c, h)
    cell(11, 1, "产\n出\n指\n标", vspan=12)
    cell(11, 2, "数量指标"); cell(11, 3, "飞机增雨作业航时"); cell(11, 4, BZ_HOURS)
    cell(11, 5, "数量指标"); cell(11, 6, "飞机增雨作业航时"); cell(11, 7, BZ_HOURS)
    cell(12, 2, "质量指标"); cell(12, 3, BZ_QNAME); cell(12, 4, BZ_QVAL)
    cell(12, 5, "质量指标"); cell(12, 6, BZ_QNAME); cell(12, 7, "解")  # the stored page stops here
    _save_doc(doc, path)


BZ_GOLD = {
    "province": "安徽", "doc_kind": "申报表", "patterns": [1, 2, 3, 6, 9, 10],
    "source_urls": ["http://567hw.com/OpennessContent/show/2241786.html"],
    "indicators": [
        ind("产出指标", "数量指标", "飞机增雨作业航时", ">=", 30, "小时", BZ_HOURS, None, None, None),
        ind("产出指标", "质量指标", BZ_QNAME, None, None, None, BZ_QVAL, None, None, None),
        ind("产出指标", "数量指标", "飞机增雨作业航时", ">=", 30, "小时", BZ_HOURS, None, None, None),
        ind("产出指标", "质量指标", BZ_QNAME, None, None, None, "解", None, None, None),
    ],
    "goals": [{"kind": "中期目标", "text": BZ_MID}, {"kind": "年度目标", "text": BZ_Y1},
              {"kind": "年度目标", "text": BZ_Y2}],
    "facts": [{"metric": "中期资金总额", "kind": "sum", "total": 449.8, "parts": [449.8], "unit": "万元"},
              {"metric": "年度资金总额", "kind": "sum", "total": 189.8, "parts": [189.8], "unit": "万元"}],
    "findings": [
        {"rule": "target.qualitative_no_scale", "item": BZ_QNAME,
         "why": "中期 quality value is a list of aims (解决旱情…改善空气质量) with no measure or grading"},
        {"rule": "target.vague_wording", "item": BZ_QNAME,
         "why": "the indicator 'name' is a sentence of aims (围绕…需求, 改善空气质量), not a measurable quantity"},
        {"rule": "goal.unquantified", "item": BZ_MID[:20], "why": "中期目标: 明显提高 with no number or baseline"},
        {"rule": "goal.unquantified", "item": BZ_Y2[:20], "why": "目标2: 增强/显著提高 with no number"},
        cov("效益指标", "the stored page stops in the 质量指标 row: no 效益 indicator in the file"),
        cov("满意度指标", "the stored page stops in the 质量指标 row: no 满意度 indicator in the file"),
    ],
    "notes": ("亳州市气象局 2023 人工增雨飞机作业 项目支出绩效目标表, on a mirror (567hw.com) of the city's disclosure site "
              "(OpennessContent path). Long-term | annual halves side by side (二级/三级/指标值 twice). The stored page stops "
              "in the annual-half value of the 质量指标 row after one character ('解'); that row is kept with target "
              "'解' and no finding (a cut artefact). The 航时 target sits in a sentence (15次作业, 总航时不少于30小时): "
              "value read as ≥30 小时. Each half's rows are separate indicators (4 rows). Odd but kept: 项目期 1年 with "
              "中期目标(2023年—2025年) and 中期资金 449.8万 ≠ 年度 189.8万; 其他资金 cells empty. Goal 目标1 is "
              "quantified (1架, 1000→8522平方公里), not flagged. Money written as '449.8万'."),
}

# ---------------------------------------------------------------------------------------------------------------
# 7. 霍山县医疗保障局 2024 医疗救助补助资金 转移支付项目绩效目标自评表 (XLSX), cut in the 质量指标 row.
HS2_GOAL = ("通过实施医疗救助改善困难群众的就医待遇,推动建立健全防范和化解因病致贫返贫的长效机制;项目完成后强化基本医保、"
            "大病保险和医疗救助的综合保障,使困难群众不因患重特大疾病影响基本生活。")
HS2_DONE = ("2024年度医疗救助惠及11万人次,达到预期目标,基本医保、大病保险、医疗救助的综合保障得到加强,困难群众不因患"
            "重特大疾病影响基本生活。")


def build_huoshan(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    put = _putter(ws)
    put("A1:G1", "医疗救助补助资金转移支付项目绩效目标自评表", bold=True, size=14, box=False)
    put("A2:G2", "(2024年度)", box=False)
    put("A3:B3", "转移支付(项目)名称"); put("C3:G3", "医疗救助补助资金")
    put("A4:B4", "中央主管部门"); put("C4:G4", "医疗保障局")
    put("A5:B5", "地方主管部门"); put("C5", "医疗保障局"); put("D5", "资金使用单位"); put("E5:G5", "医疗保障局")
    put("A6:B11", "资金投入情况(万元)")
    put("C6", ""); put("D6", "全年预算数(A)"); put("E6", "全年执行数(B)"); put("F6:G6", "预算执行率(B/A×100%)")
    money = [("年度资金总额:", "3359.62万", "3359.62万", "100%"), ("其中:中央财政资金", "829.3万", "829.3万", "100%"),
             ("彩票公益金用于医疗救助", 0, 0, "100%"), ("地方资金", "2530.32万", "2530.32万", "100%"),
             ("其他资金", "", "", "")]
    for r, (a, b, c, d) in enumerate(money, start=7):
        put(f"C{r}", a); put(f"D{r}", b); put(f"E{r}", c); put(f"F{r}:G{r}", d)
    put("A12:B19", "资金管理情况"); put("C12:D12", "情况说明"); put("E12:G12", "存在问题和改进措施")
    mgmt = [("分配科学性", "资金分配科学"), ("下达及时性", "资金下达及时"), ("拨付合规性", "资金拨付合规"),
            ("使用规范性", "资金使用规范"), ("执行准确性", "资金执行准确"), ("预算绩效管理情况", "资金预算绩效管理科学"),
            ("支出责任履行情况", "资金支出责任履行到位")]
    for r, (a, b) in enumerate(mgmt, start=13):
        put(f"C{r}", a); put(f"D{r}", b); put(f"E{r}:G{r}", "暂无")
    put("A20:B21", "总体目标完成情况"); put("C20:D20", "总体目标"); put("E20:G20", "全年实际完成情况")
    put("C21:D21", HS2_GOAL); put("E21:G21", HS2_DONE)
    ws.row_dimensions[21].height = 80
    put("A22:A24", "绩效指标")
    for col, h in zip("BCDEFG", ["一级\n指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因和改进措施"]):
        put(f"{col}22", h)
    put("B23:B24", "产\n出\n指\n标")
    put("C23", "数量指标"); put("D23", "享受医疗救助人次"); put("E23", "≥50000人次"); put("F23", 110406); put("G23", "")
    put("C24", "质量指标"); put("D24", "医疗救助合规率"); put("E24", "100")  # the stored page stops here
    for col, width in zip("ABCDEFG", [9, 9, 20, 20, 16, 16, 20]):
        ws.column_dimensions[col].width = width
    _page(ws)
    _save_wb(wb, path)


HS2_GOLD = {
    "province": "安徽", "doc_kind": "自评表", "patterns": [1, 2, 5, 6, 9, 10],
    "source_urls": ["https://www.ahhuoshan.gov.cn/public/6596221/37950404.html"],
    "indicators": [
        ind("产出指标", "数量指标", "享受医疗救助人次", ">=", 50000, "人次", "≥50000人次", 110406, None, None),
        ind("产出指标", "质量指标", "医疗救助合规率", None, 100, None, "100", None, None, None),
    ],
    "goals": [{"kind": "总体目标", "text": HS2_GOAL}],
    "facts": [{"metric": "年度资金总额", "kind": "budget", "planned": 3359.62, "actual": 3359.62, "stated_rate": 100,
               "unit": "万元"},
              {"metric": "年度资金总额", "kind": "sum", "total": 3359.62, "parts": [829.3, 0, 2530.32], "unit": "万元"}],
    "findings": [
        {"rule": "goal.unquantified", "item": HS2_GOAL[:20],
         "why": "总体目标: 改善/推动/强化 with no count, rate or amount"},
        {"rule": "target.missing_unit", "item": "医疗救助合规率",
         "why": "the target cell as it stands is a bare 100 (the stored page stops right after it)"},
        cov("效益指标", "the stored page stops in the 质量指标 row: no 效益 indicator in the file"),
        cov("满意度指标", "the stored page stops in the 质量指标 row: no 满意度 indicator in the file"),
    ],
    "notes": ("霍山县 (六安) 医疗保障局 2024 医疗救助补助资金 转移支付项目绩效目标自评表 on the county site. The stored page "
              "stops in the 质量指标 row after '100' (a % sign may follow on the original; judged as the file stands). "
              "Amounts written with 万 in the cells. 彩票公益金 row: 0 / 0 with a stated 100% (kept; 0/0 is not checked). "
              "Money parts add up (829.3 + 0 + 2530.32 = 3359.62). 享受医疗救助人次 actual 110406 is 2.2× the ≥50000 "
              "target (a too-low target; no finding since target.too_low is outside this part's rule list). The "
              "资金管理情况 block (情况说明 / 暂无) is not an indicator table. Result text in our own words."),
}

# ---------------------------------------------------------------------------------------------------------------
# 8. 宣城市农业农村局 2024 动物防疫 绩效目标自评表 (DOCX): disclosure metadata with a run-together 内容概述,
#    then the form, cut in its 资金使用单位 cell. Page in traditional characters, written back as simplified.
XA_SUMMARY = ("中央财政农业防灾减灾(动物防疫项目)绩效目标自评表(2024年度)转移支付(项目)名称2024年农业防灾减灾(动物防疫补助)"
              "中央主管部门农业农村部地方主管部门省农业农村厅资金使用单位市农业农村局-市畜牧兽医服务中心资金投入情况(万元)"
              "全年预算数(A)全年执行数(B)预算执行率(B/A×100%)年度资金总额:390390100%其中:中央财政资金390390100%地方资金"
              "其他资金资金管理情况情况说明存在问题和改进措施分配科学性科学合理分配资金无下达及时性项目资金在规定时间内及时下达"
              "无拨付合规性资金拨付严格遵守“三重一大”等制度无使用规范性按照项目实施方")


def build_xc_agri(path):
    doc = _doc()
    meta = doc.add_table(rows=5, cols=4)
    meta.style = "Table Grid"
    cell = _cellsetter(meta)
    rows = [("索引号", "11341700003244895T/202504-00006", "组配分类", "部门项目"),
            ("发布机构", "宣城市农业农村局", "发文日期", "2025-04-15 11:58"),
            ("发布文号", "无", "关键词", "部门项目"),
            ("信息来源", "宣城市农业农村局", "主题导航", "农业、林业、水利 / 三农"),
            ("信息名称", "中央财政农业防灾减灾(动物防疫项目)绩效目标自评表 (2024年度)", "内容概述", XA_SUMMARY)]
    for r, vals in enumerate(rows):
        for c, v in enumerate(vals):
            cell(r, c, v)
    doc.add_paragraph("")
    t = doc.add_table(rows=5, cols=4)
    t.style = "Table Grid"
    cell = _cellsetter(t)
    cell(0, 0, "中央财政农业防灾减灾(动物防疫项目)绩效目标自评表", span=(0, 3), bold=True)
    cell(1, 0, "(2024年度)", span=(1, 3))
    cell(2, 0, "转移支付(项目)名称"); cell(2, 1, "2024年农业防灾减灾(动物防疫补助)", span=(2, 3))
    cell(3, 0, "中央主管部门"); cell(3, 1, "农业农村部", span=(3, 3))
    cell(4, 0, "地方主管部门"); cell(4, 1, "省农业农村厅"); cell(4, 2, "资金使用单位"); cell(4, 3, "市农")
    _save_doc(doc, path)


XA_GOLD = {
    "province": "安徽", "doc_kind": "自评表", "patterns": [5, 8, 9],
    "source_urls": ["http://996630.com/OpennessContent/download/3513858.html"],
    "indicators": [], "goals": [],
    "facts": [{"metric": "年度资金总额", "kind": "budget", "planned": 390, "actual": 390, "stated_rate": 100,
               "unit": "万元"},
              {"metric": "中央财政资金", "kind": "budget", "planned": 390, "actual": 390, "stated_rate": 100,
               "unit": "万元"}],
    "findings": [
        cov("产出指标", "the form stops in its 资金使用单位 cell and the summary before any indicator: no indicator in the file"),
        cov("效益指标", "the form stops in its 资金使用单位 cell and the summary before any indicator: no indicator in the file"),
        cov("满意度指标", "the form stops in its 资金使用单位 cell and the summary before any indicator: no indicator in the file"),
    ],
    "notes": ("宣城市农业农村局 2024 动物防疫补助 转移支付 绩效目标自评表, on a mirror (996630.com) of the city's disclosure "
              "site, stored in traditional characters (written back as simplified). The page's metadata table carries a "
              "内容概述 that runs the form's first cells together with no separators ('年度资金总额:390390100%' = 预算 "
              "390, 执行 390, 100%), kept as on the page; it stops in '使用规范性 按照项目实施方'. The form itself stops in "
              "the 资金使用单位 cell ('市农'). Money facts are read from the run-together summary. The form would hold "
              "indicators, so its three dimensions are missing as the file stands."),
}

# ---------------------------------------------------------------------------------------------------------------
# 9. 宣州区 (宣城) 2023 农村危房改造 转移支付 绩效自评报告 (DOCX, prose), cut in 二、(二). Traditional → simplified.
XZ_GOAL = "帮助困难农户解决最基本的住房安全问题,集中支持6类重点对象,完成2023年度53户的计划任务。"
XZ_PARAS = [
    ("h", "一、绩效目标分解下达情况"),
    ("h", "(一)下达农村危房改造转移支付预算和绩效目标情况。"),
    ("p", "2023年共下达补助资金246.2万元(其中:下达中央补助资金226.7万元,下达省级补助资金19.5万元)。绩效目标为:" + XZ_GOAL),
    ("h", "(二)资金安排、分解下达预算和绩效目标情况。"),
    ("p", "2022年12月省财政厅、住建厅下达补助资金57.5万元(其中:下达中央补助资金38万元,下达省级补助资金19.5万元),"
          "2023年8月省财政厅、住建厅下达补助资金188.7万元。完成农村低收入群体危房改造计划任务53户。"),
    ("h", "二、绩效目标完成情况分析"),
    ("h", "(一)项目资金投入情况分析。"),
    ("p", "1、项目资金到位情况分析。2023年共下达我区补助资金246.2万元(其中:中央补助资金226.7万元,省级补助资金19.5万元)。"),
    ("p", "2、项目资金执行情况分析。2023年全区共完成发放补助资金141.8万元。"),
    ("p", "3、项目资金管理情况分析。截止2023年11月30日,全区共完成农村危房改造129户,完工率243%。区财政局按国库集中支付"
          "制度分2批次,把141.8万补助资金通过农户一卡通全部发放到位。为管好这笔专项资金、防止挤占挪用和虚报冒领,我局"
          "制定印发了《宣州区农村危房改造专项资金管理办法》,并于2023年11月对补助资金的使用管理开展了专项检查。"),
    ("h", "(二)总体绩效目标完成情况分析。"),
    ("p", "2023年省住建厅下达我区农"),
]

XZ_GOLD = {
    "province": "安徽", "doc_kind": "自评报告", "patterns": [10],
    "source_urls": ["http://m.6lm99.com/OpennessContent/show/3073299.html"],
    "indicators": [],
    "goals": [{"kind": "目标", "text": XZ_GOAL}],
    "facts": [{"metric": "2023年补助资金", "kind": "sum", "total": 246.2, "parts": [226.7, 19.5], "unit": "万元"},
              {"metric": "2022年12月下达补助资金", "kind": "sum", "total": 57.5, "parts": [38, 19.5], "unit": "万元"},
              {"metric": "2023年补助资金(两批下达)", "kind": "sum", "total": 246.2, "parts": [57.5, 188.7], "unit": "万元"},
              {"metric": "农村危房改造完工率", "kind": "completion", "planned": 53, "actual": 129, "stated_rate": 243,
               "unit": "户"}],
    "findings": [],
    "notes": ("宣城市宣州区 2023 农村危房改造 转移支付 绩效自评报告 on a mirror (6lm99.com, OpennessContent path of the 宣城 "
              "disclosure sites) stored in traditional characters (written back as simplified); the reporting body is "
              "'我局' (the district housing bureau, inferred from the 住建厅 chain). The stored page stops in 二、(二) "
              "('…下达我区农'). Numbers are consistent: 226.7 + 19.5 = 246.2; 38 + 19.5 = 57.5; 57.5 + 188.7 = 246.2; "
              "完工率 129/53 = 243.4% stated as 243%. Only 141.8 of 246.2万元 was paid out (no rate stated). The 53户 "
              "plan against 129 completed shows a very low target (no rule in this part's list). Prose in our own words."),
}

# ---------------------------------------------------------------------------------------------------------------
# 10. 山东省财政厅 2021 中央林业改革发展资金 下达通知 on the 沂源县 site (DOCX): notice + 分配表 with a two-row header,
#     cut in the fourth data row; the 区域绩效目标总表 (附件3) is not reached.
YY_LEAVES = ["林木\n良种\n培育", "造林", "贷款\n贴息", "森林\n抚育", "森林\n防火", "林业有\n害生物\n防治", "国家级\n自然保\n护区\n支出",
             "国家重\n点野生\n动植物\n保护", "林业科\n技推广\n示范"]
YY_ROWS = [("合计", 9746, 573, 844, 2302, 447, 560, 258, 3687, 835, 240),
           ("一、省本级小计", 677, 200, "", "", "", "", 258, 65, "", 154),
           ("(一)省自然资源厅小计", 654, 200, "", "", "", "", 258, 65, "", 131),
           ("山东省国有林场管理", "", "", "", "", "", "", "", "", "", "")]


def build_yiyuan(path):
    doc = _doc()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    meta = doc.add_table(rows=3, cols=4)
    meta.style = "Table Grid"
    cell = _cellsetter(meta)
    cell(0, 0, "标题:"); cell(0, 1, "山东省财政厅关于下达2021年中央林业改革发展资金预算指标的通知", span=(0, 3))
    cell(1, 0, "索引号:"); cell(1, 1, "11370323MB28565589/2021-5200744"); cell(1, 2, "文号:"); cell(1, 3, "")
    cell(2, 0, "发文日期:"); cell(2, 1, "2021-10-15"); cell(2, 2, "发布机构:"); cell(2, 3, "沂源县自然资源局")
    for t in ["省自然资源厅、省教育厅,各市财政局,有关省财政直接管理县(市)财政局:",
              "按照《财政部关于下达2021年林业改革发展资金预算的通知》(财资环〔2021〕82号)的要求,现下达2021年中央林业"
              "改革发展资金预算指标,主要用于国土绿化、自然保护区、湿地等生态保护支出。对下转移支付资金列2021年“1100252农林水"
              "共同财政事权转移支付收入”收入科目和“213农林水支出”支出功能分类科目,资金编码为“Z175070050002”;各支出方向、"
              "金额和省本级资金的列支科目见附件。",
              "请各市、县(市)按照资金管理办法及时把资金分解下达到县级财政部门或落实到具体项目,加强资金管理,确保资金使用"
              "安全规范。资金分配方案于2021年10月30日前报省自然资源厅、省财政厅备案。",
              "附件:1. 2021年中央林业改革发展资金分配表",
              "2. 2021年中央林业改革发展资金省本级分配明细表",
              "3. 2021年中央林业改革发展资金区域绩效目标总表",
              "山东省财政厅",
              "2021年9月30日",
              "附件1",
              "2021年中央财政林业改革发展资金分配表",
              "单位:万元"]:
        doc.add_paragraph(t)
    t = doc.add_table(rows=2 + len(YY_ROWS), cols=11)
    t.style = "Table Grid"
    cell = _cellsetter(t)
    cell(0, 0, "单位", vspan=1); cell(0, 1, "小计", vspan=1)
    cell(0, 2, "国土绿化支出", span=(0, 7)); cell(0, 8, YY_LEAVES[6], vspan=1)
    cell(0, 9, "湿地等生态保护支出", span=(0, 10))
    for i, leaf in enumerate(YY_LEAVES[:6]):
        cell(1, 2 + i, leaf)
    cell(1, 9, YY_LEAVES[7]); cell(1, 10, YY_LEAVES[8])
    for r, row in enumerate(YY_ROWS, start=2):
        for c, v in enumerate(row):
            cell(r, c, str(v))
    t.autofit = False
    for i, col in enumerate(t.columns):
        col.width = Cm(3.5) if i == 0 else Cm(2.0)
    for row in t.rows:
        row.cells[0].width = Cm(3.5)
        for c in row.cells[1:]:
            c.width = Cm(2.0)
    _save_doc(doc, path)


YY_GOLD = {
    "province": "山东", "doc_kind": "下达通知", "patterns": [5, 9],
    "source_urls": ["http://www.yiyuan.gov.cn/gongkai/site_yyxzrzyj/channel_c_5f9f6caf744146b464b6e887_n_1605852419.1442/"
                    "doc_61a882df37a0ebd4422fe808.html"],
    "indicators": [], "goals": [],
    "facts": [{"metric": "合计", "kind": "sum", "total": 9746,
               "parts": [573, 844, 2302, 447, 560, 258, 3687, 835, 240], "unit": "万元"},
              {"metric": "一、省本级小计", "kind": "sum", "total": 677, "parts": [200, 258, 65, 154], "unit": "万元"},
              {"metric": "(一)省自然资源厅小计", "kind": "sum", "total": 654, "parts": [200, 258, 65, 131],
               "unit": "万元"}],
    "findings": [],
    "notes": ("山东省财政厅 notice (2021-09-30) on the 2021 中央林业改革发展资金, republished by 沂源县自然资源局 (淄博) on the "
              "county site; notice text in our own words. Its 附件1 分配表 has a two-row header (国土绿化支出 over six leaf "
              "columns, 湿地等生态保护支出 over two, 国家级自然保护区支出 spanning both rows; the leaf placement under the "
              "group headers is our reading of the flattened page). The stored page stops in the fourth data row, whose "
              "unit name is cut ('山东省国有林场管理', no numbers). Sums are consistent: 9746 = the nine leaf amounts; 677 "
              "= 200+258+65+154; 654 = 200+258+65+131. 附件3 (区域绩效目标总表) is only named: a notice, so no coverage "
              "finding."),
}

DOCS = [
    ("ah-xuancheng-quake-selfeval.xlsx", build_xuancheng, XC_GOLD),
    ("jx-shangrao-justice-selfeval.xlsx", build_shangrao, SR_GOLD),
    ("ah-jinzhai-justice-targets.docx", build_jinzhai, JZ_GOLD),
    ("ha-zhoukou-link-fund-plan.docx", lambda p: build_prose(ZK_PARAS, p), ZK_GOLD),
    ("ah-bozhou-rainmaking-targets.docx", build_bozhou, BZ_GOLD),
    ("ah-huoshan-medical-aid-selfeval.xlsx", build_huoshan, HS2_GOLD),
    ("ah-xuancheng-animal-epidemic-selfeval.docx", build_xc_agri, XA_GOLD),
    ("ah-xuanzhou-dilapidated-housing-selfreport.docx", lambda p: build_prose(XZ_PARAS, p), XZ_GOLD),
    ("sd-yiyuan-forestry-fund-notice.docx", build_yiyuan, YY_GOLD),
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
