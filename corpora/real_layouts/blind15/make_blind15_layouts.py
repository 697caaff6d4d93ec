"""Write the fifteenth BLIND part of the real-layout corpus (issue 14): documents and their gold annotations.

Written by an annotator who did not read the toolkit's code (extractor/, tests/, bench/) and did not run jixiao or any
bench script on these files. Every document reproduces the layout (header rows, merged cells, column order, empty
cells) and the facts (indicator names, values, units, amounts, scores, defects) of one public page whose address is
listed in SOURCES.md and in the gold's ``source_urls``; longer sentences (goals, narrative) are written in our own words
with the same meaning and numbers. The stored copy of each page ends part-way (the store keeps the beginning of a
page); only what is there is reproduced, and the document as written is what the gold judges (the ``notes`` say where
each page stops).

The gold is written by hand from the same DATA the writers use (never from a program's output). DOCX/XLSX files are
byte-for-byte deterministic (fixed core-property dates and zip timestamps, the technique of
corpora/heldout/make_heldout.py); PDFs are exported with LibreOffice (``--no-pdf`` skips them).

    python corpora/real_layouts/blind15/make_blind15_layouts.py [--no-pdf]
"""
from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ANNOTATIONS = HERE / "annotations"
FIXED_TIME = dt.datetime(2025, 3, 1, 9, 0, 0)


# ---------------------------------------------------------------------------------------------------------------
# gold helpers
# ---------------------------------------------------------------------------------------------------------------
def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None) -> dict:
    """One gold indicator row (canonical level names, the target as written)."""
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual, "weight": weight, "score": score}


def goal(kind, text) -> dict:
    return {"kind": kind, "text": text}


def budget(metric, planned, actual, stated_rate, unit="万元") -> dict:
    return {"metric": metric, "kind": "budget", "planned": planned, "actual": actual, "stated_rate": stated_rate,
            "unit": unit}


def sum_fact(metric, total, parts, unit="万元") -> dict:
    return {"metric": metric, "kind": "sum", "total": total, "parts": parts, "unit": unit}


def finding(rule, item, why) -> dict:
    return {"rule": rule, "item": item, "why": why}


@dataclass
class Table:
    """A table as the page had it: rows of cell texts (merged cells repeat nothing: the first cell holds the text,
    the others are ""), and merges as (first_row, first_col, last_row, last_col), 0-based."""

    rows: list
    merges: list = field(default_factory=list)
    widths: tuple = ()


# ---------------------------------------------------------------------------------------------------------------
# 1. 云南 保山 昌宁县 — 2022年度项目支出绩效自评表 (县直专项, 生猪养殖场建设), cut inside the 数量指标 rows
# ---------------------------------------------------------------------------------------------------------------
CN_UNIT = "昌宁县供销合作社联合社"
CN_PROJECT = "昌宁县昌龙鸿运牧业专业合作社生猪养殖场建设项目"
# (三级指标 as written, 年初目标值(A), 实际完成值(B), 得分, unit stated in the name's hint)
CN_ROWS = [
    ("公猪舍(≥**平方米)", "22.8", "22.8", "1", "平方米"),
    ("母猪、保育猪舍(≥**平方米)", "180", "180", "3", "平方米"),
    ("育肥猪舍(≥**平方米)", "180", "180", "3", "平方米"),
    ("周转猪舍(≥**平方米)", "180", "180", "3", "平方米"),
    ("隔离舍(≥**平方米)", "54", "54", "2", "平方米"),
    ("仓库(≥**平方米)", "104", "104", "2", "平方米"),
    ("管理用房及消通道(≥**平方米)", "76.44", "76.44", "2", "平方米"),
    ("化粪池(≥**立方米)", "63", "63", "1", "立方米"),
    ("堆粪房(≥**平方米)", "29.6", "29.6", "1", "平方米"),
    ("消毒池(≥**平方米)", "14", "14", "1", "平方米"),
    ("排污沟(≥米)", "50", "50", "1", "米"),
    ("场地硬化(≥**平方米)", "230", "230", "2", "平方米"),
    ("粉碎拌合机(11kw)(≥台)", "1", "1", "1", "台"),
    ("产床(全复合双体产床)(≥套)", "2", "2", "1", "套"),
    ("保育栏(≥套)", "4", "4", "1", "套"),
    ("消毒机(≥台)", "1", "1", "1", "台"),
    ("冲洗机(≥台)", "1", "1", "1", "台"),
    ("种公猪(≥头)", "2", "2", "2", "头"),
    ("种母猪(≥头)", "20", "20", "", "头"),  # the stored page stops before this row's 得分
]


def _num(text):
    if text == "":
        return None
    v = float(text)
    return int(v) if v.is_integer() else v


def cn_table() -> Table:
    rows = [
        ["项目名称", CN_PROJECT, "", "", "", "", ""],
        ["主管部门", CN_UNIT, "", "", "项目实施单位", "昌宁县昌龙鸿运牧业专业合作社", ""],
        ["项目类别", "1、部门预算项目 □ 2、县直专项 ☑ 3、省市对下转移支付项目 □", "", "", "", "", ""],
        ["项目属性", "1、持续性项目 ☑ 2、新增性项目 □", "", "", "", "", ""],
        ["预算执行情况（万元）（20分）", "", "", "预算数（A）", "执行数（B）", "执行率（B/A）", "得分（20分*执行率）"],
        ["", "年度财政资金总额", "", "50", "10", "20", "4"],
        ["年度绩效目标（80分）", "一级指标", "二级指标", "三级指标", "年初目标值（A）", "实际完成值（B）", "得分"],
    ]
    first = len(rows)
    for name, target, actual, score, _unit in CN_ROWS:
        rows.append(["", "", "", name, target, actual, score])
    last = len(rows) - 1
    merges = [
        (0, 1, 0, 6), (1, 1, 1, 3), (1, 5, 1, 6), (2, 1, 2, 6), (3, 1, 3, 6),
        (4, 0, 5, 0), (4, 1, 4, 2), (5, 1, 5, 2),
        (6, 0, last, 0),                      # 年度绩效目标（80分） down the whole indicator block
        (first, 1, last, 1), (first, 2, last, 2),  # 产出指标（40分） │ 数量指标
    ]
    rows[first][1] = "产出指标（40分）"
    rows[first][2] = "数量指标"
    return Table(rows, merges, (16, 14, 10, 30, 14, 14, 14))


CN_INDICATORS = [
    ind("产出指标", "数量指标", name, None, _num(target), unit, target, _num(actual), None, _num(score))
    for name, target, actual, score, unit in CN_ROWS
]
CN_FACTS = [budget("年度财政资金总额", 50, 10, 20)]
CN_FINDINGS = [
    finding("coverage.missing_dimension", "效益指标",
            "the indicator table stops inside the 产出/数量 rows: no 效益 indicator in the document"),
    finding("coverage.missing_dimension", "满意度指标",
            "the indicator table stops inside the 产出/数量 rows: no 满意度 indicator in the document"),
]
CN_NOTES = ("Reproduces https://yncn.gov.cn/info/5102/8340150.htm (昌宁县供销社, 附件3). The stored page stops after the "
            "年初目标值/实际完成值 of 种母猪(≥头); its 得分 cell and everything below (other 二级/一级 rows, totals, "
            "signatures) are absent, so the document lacks 效益 and 满意度. Defects kept: every 三级 name still carries the "
            "template hint '(≥**平方米)' with the unit while the value cells hold bare numbers (operator read as none, "
            "unit taken from the hint; the '**' is in the name, not in a value cell, so no placeholder finding); the "
            "money row states 执行率 '20' without %, 10/50 = 20% and 得分 4 = 20 × 20% agree; there is no 分值 column "
            "(weights null) and no 偏差原因 column.")


def make_cn(path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "自评表"
    top = [["附件3：", "", "", "", "", "", ""],
           ["2022年度项目支出绩效自评表", "", "", "", "", "", ""],
           ["单位名称：" + CN_UNIT, "", "", "", "填报日期：2023年4月15日", "", ""]]
    _xlsx_grid(ws, top, [(1, 0, 1, 6), (2, 0, 2, 3), (2, 4, 2, 6)], 0, bold_rows=(1,))
    _xlsx_grid(ws, cn_table().rows, cn_table().merges, 3, widths=cn_table().widths, border=True)
    _fit_landscape(ws)
    _save_xlsx(wb, path)


# ---------------------------------------------------------------------------------------------------------------
# 2. 海南 省商务厅 — 社会服务与管理项目 绩效评价 (prose), cut inside 三、项目组织实施情况
# ---------------------------------------------------------------------------------------------------------------
HI_GOAL = ("项目当年度目标：服务驻点人员在岗天数大于250天，推动建立1个县域商业审核机制，完成调研课题至少7个，"
           "完成评估、考核、审计等报告不少于7篇，协助起草、修改和审查合同、章程等法律文书及文件制度，"
           "举办培训班（会议）不少于7次，评估、考核等建议采纳率大于80%，商务合同、协议、办法等条款修改采纳率大于80%，"
           "研究成果被采纳或引用次数大于5次，满意度大于90%等。")
HI_PARAGRAPHS = [
    ("h", "一、项目概括"),
    ("h2", "（一）项目基本情况"),
    ("p", "社会服务与管理项目是省商务厅本级的经常性项目，资金用于保障厅内各处室履行职能、商务工作正常运转，"
          "主要支撑国内外贸易、国际经济合作、利用外资、招商引资、会展业发展、口岸管理和服务贸易创新发展等政策落地，"
          "开支内容包括业务会议、培训、督导检查、市场监管、考察调研、审计、课题规划、宣传、法律服务和外资工作等工作经费。"),
    ("h2", "（二）项目绩效目标"),
    ("p", HI_GOAL),
    ("h", "二、项目资金使用及管理情况"),
    ("h2", "（一）项目资金到位情况"),
    ("p", "年初预算1086.95万元，资金到位率100%，全部为财政资金。"),
    ("h2", "（二）项目资金使用情况分析"),
    ("p", "截至2023年12月31日，项目实际使用资金1076.47万元，资金使用率99%。"),
    ("h2", "（三）项目资金管理情况分析"),
    ("p", "项目资金按照省里有关会议、培训、差旅的标准以及《海南省商务厅财务统一管理试行办法》《海南省商务厅机关经费"
          "支出管理暂行规定》等内控制度管理，账务由省财政国库支付局会计核算站集中核算。各处室按工作进度报送用款计划，"
          "经财务部门审核、领导审签和核算站审核后支付，做到专款专用；本次绩效评价中未发现截留、挤占或挪用项目资金的情况。"),
    ("h", "三、项目组织实施情况"),
    ("h2", "（一）项目组织情况分析"),
    ("p", "社会服"),  # the stored page stops mid-word here
]
HI_GOALS = [goal("年度目标", HI_GOAL)]
HI_FACTS = [budget("资金使用率", 1086.95, 1076.47, 99)]
HI_FINDINGS: list = []
HI_NOTES = ("Reproduces https://dofcom.hainan.gov.cn/dofcom/0702/202407/6072da00ab4d425c94dc4820d4b20c59.shtml (海南省"
            "商务厅, page title field empty, so the document has no title line). Prose only, no indicator table; the "
            "stored page stops at '社会服' inside 三、（一）, kept as written. The year target is quantified (250天, 1个, "
            "7个, 7篇, 7次, 80%, 5次, 90%); 1076.47/1086.95 = 99.04%, stated 99% (no decimals) agrees. 资金到位率100% is "
            "stated without the amount received, so it is not a fact.")


def make_hi(path: Path) -> None:
    from docx import Document

    doc = Document()
    _prose(doc, HI_PARAGRAPHS)
    _save_docx(doc, path)


# ---------------------------------------------------------------------------------------------------------------
# 3. 贵州 遵义 绥阳县太白镇 — 部门整体支出绩效自评表 (2021), cut right after the indicator header row
# ---------------------------------------------------------------------------------------------------------------
SY_GOAL = ("（1）制定并组织实施本镇经济、科技和社会发展计划，组织指导各业生产、搞好商品流通，协调好本镇与外地的"
           "经济交流与合作，抓好招商引资、人才引进和项目开发，培育市场体系，组织经济运行，促进经济发展。"
           "（2）制定并组织实施村镇建设规划，部署重点工程、地方道路及公共设施建设和水利设施管理，保护土地、林木、水等"
           "自然资源和生态环境，做好护林防火工作。（3）按计划组织本级财政收入和地方税征收，完成国家财政计划，培植税源，"
           "管好财政资金，增强财政实力。（4）完成上级政府交办的其他事项。")
SY_DONE = ("（1）积极履职、强化管理，较好完成本年工作任务。（2）加强预算收支管理，健全内部管理制度，部门整体支出管理"
           "水平得到提升。（3）组织实施村镇建设规划，保护土地、林木、水等自然资源和生态环境，做好护林防火工作。"
           "（4）按计划组织本级财政收入和地方税征收，管好财政资金，增强财政实力。（5）完成上级政府交办的其他事项。")


def sy_table() -> Table:
    rows = [
        ["部门（单位）名称", "绥阳县太白镇人民政府", "", "", "", "", "", ""],
        ["部门（单位）总体资金（万元）", "资金来源", "", "年初预算数（A）", "全年执行数（B）", "分值（10分）", "得分",
         "得分计算方法"],
        ["", "年度资金总额：", "", "1172.55", "1268.72", "10", "10", "执行率*该指标分值，最高不得超过分值上限。"],
        ["", "基本支出", "", "985.19", "914.97", "10", "10", ""],
        ["", "项目支出", "", "187.36", "353.75", "10", "10", ""],
        ["", "其他", "", "", "", "", "", ""],
        ["年度总体目标", "年初设定目标", "", "", "年度总体目标完成情况", "", "", ""],
        ["", SY_GOAL, "", "", SY_DONE, "", "", ""],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值（A）", "全年实际值（B）", "分值", "得分计算方法"],
    ]
    merges = [(0, 1, 0, 7), (1, 0, 5, 0), (1, 1, 1, 2), (2, 1, 2, 2), (3, 1, 3, 2), (4, 1, 4, 2), (5, 1, 5, 2),
              (2, 7, 5, 7), (6, 0, 7, 0), (6, 1, 6, 3), (6, 4, 6, 7), (7, 1, 7, 3), (7, 4, 7, 7)]
    return Table(rows, merges)


SY_GOALS = [goal("年度目标", SY_GOAL)]
SY_FACTS = [
    budget("年度资金总额", 1172.55, 1268.72, None),
    budget("基本支出", 985.19, 914.97, None),
    budget("项目支出", 187.36, 353.75, None),
    sum_fact("年初预算数", 1172.55, [985.19, 187.36]),
    sum_fact("全年执行数", 1268.72, [914.97, 353.75]),
]
SY_FINDINGS = [
    finding("goal.unquantified", SY_GOAL[:15],
            "the year target restates the town's duties and names effects (促进经济发展, 增强财政实力) with no number, "
            "rate, deadline or checkable result"),
    finding("coverage.missing_dimension", "产出指标", "the indicator table has its header row only: no 产出 indicator"),
    finding("coverage.missing_dimension", "效益指标", "the indicator table has its header row only: no 效益 indicator"),
    finding("coverage.missing_dimension", "满意度指标", "the indicator table has its header row only: no 满意度 indicator"),
]
SY_NOTES = ("Reproduces https://www.suiyang.gov.cn/xzjd_5682378/tbz_5682388/zfxxgk_5682340/fdzdgknr_5682343/"
            "czyjs_5865203/202208/t20220824_76240024.html. The stored page stops right after the indicator header "
            "(一级 │ 二级 │ 三级 │ 年度指标值（A） │ 全年实际值（B） │ 分值 │ 得分计算…): no indicator row is in the document, "
            "so all three dimensions are absent (a header-only table, not a table the reader cannot understand). "
            "Kept as on the page: 全年执行数 1268.72 exceeds 年初预算数 1172.55 (108%), 基本支出 executed 914.97 of 985.19 "
            "(92.9%) yet scores the full 10, each money row carries its own 分值 10; no 执行率 is written, so the budget "
            "facts have no stated rate; 985.19+187.36 = 1172.55 and 914.97+353.75 = 1268.72 agree. The 年度总体目标完成情况 "
            "column is a result, not a goal.")


def make_sy(path: Path) -> None:
    from docx import Document

    doc = Document()
    _landscape(doc)
    _para(doc, "部门整体支出绩效自评表", bold=True, center=True, size=16)
    _docx_table(doc, Table([["单位（盖章）：绥阳县太白镇人民政府", "填报日期：2022年2月3日"]]), border=False)
    _docx_table(doc, sy_table())
    _save_docx(doc, path)


# ---------------------------------------------------------------------------------------------------------------
# 4. 湖北 随州 广水市教育局 — 部门整体支出绩效目标申报表 (2023), cut inside 部门职能概述
# ---------------------------------------------------------------------------------------------------------------
GS_DUTIES = ("（一）贯彻执行党和国家有关教育改革发展的方针、政策和法律法规。（二）研究拟订全市教育发展规划并组织实施，"
             "统筹规划、指导协调全市教育和教学改革。（三）统筹管理本部门教育经费：会同市财政部门编制全市教育系统经费"
             "预决算，参与拟订筹措教育经费、教育拨款和教育基建投资的办法与方案，监督全市教育经费的筹措和使用，组织指导"
             "资助家庭困难学生，按规定管理教育援助和教育贷款工作。（四）推进义务教育均衡发展、促进教育公平，负责义务教育"
             "的宏观指导与协调，指导普通高中、幼儿和特殊教育，全面实施素质教育，检查各类中小学校办学标准、教学基本要求"
             "和教学基本文件的落实。（五）综合管理全市基础教育、职业技术教育、成人教育、幼儿教育和特殊教育，指导协调各镇、"
             "各部门的教育工作，负责社会力量办学的申报、审批和管理。（六）指导全市中小学校思想政治、德育、体育、艺术和"
             "国防教育，指导所属学校的综合治理和档案保密工作。（七）主管全市教师工作，组织实施各级各类学校教")


def gs_table() -> Table:
    rows = [
        ["部门（单位）名称", "广水市教育局", "", "填报人", "何永华", "联系电话", "07226233407"],
        ["部门总体资金情况", "单位：万元", "", "当年金额", "占比", "近两年收支金额", ""],
        ["", "", "", "", "", "2021年", "2022年"],
        ["", "收入构成", "财政拨款", "108292.73", "88.3%", "90147", "98577.39"],
        ["", "", "其他资金", "14348.77", "11.7%", "5819", "10597.65"],
        ["", "", "合计", "122641.5", "100%", "95966", "109175.04"],
        ["", "支出构成", "基本支出", "93199.91", "75.99%", "81781", "99611.05"],
        ["", "", "项目支出", "29441.59", "24.01%", "14185", "9564.46"],
        ["", "", "合计", "122641.5", "100%", "95966", "109175.04"],
        ["部门职能概述", GS_DUTIES, "", "", "", "", ""],
    ]
    merges = [(1, 0, 8, 0), (1, 1, 2, 2), (1, 3, 2, 3), (1, 4, 2, 4), (1, 5, 1, 6), (3, 1, 5, 1), (6, 1, 8, 1),
              (9, 1, 9, 6)]
    return Table(rows, merges)


GS_FACTS = [
    sum_fact("当年收入合计", 122641.5, [108292.73, 14348.77]),
    sum_fact("当年支出合计", 122641.5, [93199.91, 29441.59]),
    sum_fact("2021年收入合计", 95966, [90147, 5819]),
    sum_fact("2021年支出合计", 95966, [81781, 14185]),
    sum_fact("2022年收入合计", 109175.04, [98577.39, 10597.65]),
    sum_fact("2022年支出合计", 109175.04, [99611.05, 9564.46]),
]
GS_FINDINGS = [
    finding("consistency.sum", "2022年支出合计",
            "2022年 基本支出 99611.05 + 项目支出 9564.46 = 109175.51, the 合计 row states 109175.04"),
    finding("coverage.missing_dimension", "产出指标", "the form stops before any performance indicator: no 产出 indicator"),
    finding("coverage.missing_dimension", "效益指标", "the form stops before any performance indicator: no 效益 indicator"),
    finding("coverage.missing_dimension", "满意度指标", "the form stops before any performance indicator: no 满意度 indicator"),
]
GS_NOTES = ("Reproduces https://pdf.chddh.cn/archives/r9pk6xl4g06wbldjgq3y.html (广水市教育局2023年整体绩效目标申报.pdf, "
            "附件2, 填报日期 2022年12月18日). The stored page stops inside 部门职能概述 (item 七), before the year goals "
            "and the indicator table, so the document has no goal and no indicator. Money block as on the page: "
            "the 2022年 支出 column does not add up (99611.05 + 9564.46 = 109175.51 against 合计 109175.04, while the "
            "2022年 收入 column 98577.39 + 10597.65 = 109175.04 does); the other five columns add up; the 占比 column "
            "matches the 当年金额 (88.3% / 11.7%, 75.99% / 24.01%).")


def make_gs(path: Path) -> None:
    from docx import Document

    doc = Document()
    _landscape(doc)
    _para(doc, "附件2：")
    _para(doc, "部门整体支出绩效目标申报表", bold=True, center=True, size=16)
    _para(doc, "填报日期：2022年12月18日")
    _docx_table(doc, gs_table())
    _save_docx(doc, path)


# ---------------------------------------------------------------------------------------------------------------
# 5. 重庆 奉节县应急管理局 — 财政项目支出绩效目标审批表 (101号 tree, 成本指标 first), cut in the 数量指标 rows
# ---------------------------------------------------------------------------------------------------------------
FJ_GOAL = "全力以赴做好安全生产、防灾减灾救灾工作，保障工作顺利开展。"
FJ_OVERVIEW = ("为深入贯彻落实习近平总书记关于安全生产和防灾减灾救灾的重要论述及党的二十大精神，及时发现并排除重大事故"
               "隐患，制止和惩处违法行为，鼓励群众举报重大事故隐患和安全生产违法行为，提高安全生产群防群治能力。")


def fj_table() -> Table:
    rows = [
        ["预算单位：", "奉节县应急管理局", "", "", "", "金额单位：万元", ""],
        ["项目名称", "12350安全生产举报奖及安全生产专项督查等工作经费", "", "", "项目分类", "运转类--日常管理类", ""],
        ["建设周期", "2025年1月1日-2025年12月31日", "", "", "业务主管部门", "奉节县应急管理局", ""],
        ["实施单位", "奉节县应急管理局", "", "项目负责人", "余贵来", "联系电话", "023-56557278"],
        ["项目审批", "奉节安委办发〔2021〕69号、奉节委办〔2022〕21号", "", "", "", "", ""],
        ["项目总体概况", FJ_OVERVIEW, "", "", "", "", ""],
        ["年度主要目标和成果", FJ_GOAL, "", "", "", "", ""],
        ["项目资金预算执行10分", "项目总预算", "100", "", "财政资金预算分类", "一般公共预算", ""],
        ["", "当年年度预算", "100", "", "", "", ""],
        ["", "其中：财政资金", "100", "", "财政资金科目代码", "2240109-应急管理", ""],
        ["", "其中：其它资金", "0", "", "", "", ""],
        ["", "年度预算执行率", "100%", "", "分值", "10分", ""],
        ["年度绩效目标（90分）", "一级指标", "二级指标", "三级指标", "指标值", "分值", "指标解释"],
        ["", "成本指标（0-20）分", "经济成本指标", "0", "0.00%", "0", "反映实施相关项目所产生的直接经济成本"],
        ["", "", "社会成本指标", "0", "0.00%", "0", "反映实施相关项目对社会发展、公共福利等方面可能造成的负面影响"],
        ["", "", "生态环境成本指标", "0", "0.00%", "0", "反映实施相关项目对自然生态环境可能造成的负面影响"],
        ["", "产出指标（40-50）分", "数量指标", "12350安全生产举报奖励次数", "≥5次", "10", "0"],
        ["", "", "", "制作防灾减灾日宣传资料份数", "≥500份", "", ""],
    ]
    merges = [(0, 1, 0, 4), (0, 5, 0, 6), (1, 1, 1, 3), (1, 5, 1, 6), (2, 1, 2, 3), (2, 5, 2, 6), (4, 1, 4, 6),
              (5, 1, 5, 6), (6, 1, 6, 6), (7, 0, 11, 0), (7, 2, 7, 3), (7, 5, 7, 6), (8, 2, 8, 6), (9, 2, 9, 3),
              (9, 5, 9, 6), (10, 2, 10, 6), (11, 2, 11, 3), (11, 5, 11, 6), (12, 0, 17, 0), (13, 1, 15, 1),
              (16, 1, 17, 1), (16, 2, 17, 2)]
    return Table(rows, merges, (16, 16, 14, 28, 12, 10, 30))


FJ_INDICATORS = [
    ind("产出指标", "数量指标", "12350安全生产举报奖励次数", ">=", 5, "次", "≥5次", weight=10),
    ind("产出指标", "数量指标", "制作防灾减灾日宣传资料份数", ">=", 500, "份", "≥500份"),
]
FJ_GOALS = [goal("年度目标", FJ_GOAL)]
FJ_FACTS = [sum_fact("当年年度预算", 100, [100, 0])]
FJ_FINDINGS = [
    finding("goal.process_only", FJ_GOAL[:15],
            "the year target only says the work will be done (做好…工作, 保障工作顺利开展): no output or effect"),
    finding("coverage.missing_dimension", "效益指标",
            "the table stops inside the 产出/数量 rows: no 效益 indicator in the document"),
    finding("coverage.missing_dimension", "满意度指标",
            "the table stops inside the 产出/数量 rows: no 满意度 indicator in the document"),
]
FJ_NOTES = ("Reproduces http://www.cqfj.gov.cn/bm_168/yjglj/zwgk_61787/zfxxgkml/jczwgk/aqscly_304286/zdlyxxgk/czzj/"
            "202509/t20250915_15008761.html (附件3, 101号 tree with 成本指标 as 一级 listed first). The stored page stops "
            "after the 指标值 '≥500份' of the second 数量 row (its 分值 and 指标解释 and every later row are absent), so "
            "效益 and 满意度 are missing. Kept as on the page: the title says 2023年度 while 建设周期 is 2025; the three "
            "成本指标 rows are system-filled zeros (三级 '0', 指标值 '0.00%', 分值 0) — treated as unused template rows, not "
            "indicators; the first 数量 row's 指标解释 is '0'. 项目总体概况 is a description, the goal is 年度主要目标和成果.")


def make_fj(path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "审批表"
    top = [["附件3", "", "", "", "", "", ""], ["财政项目支出绩效目标审批表", "", "", "", "", "", ""],
           ["（ 2023年度）", "", "", "", "", "", ""]]
    _xlsx_grid(ws, top, [(1, 0, 1, 6), (2, 0, 2, 6)], 0, bold_rows=(1,), center_rows=(1, 2))
    t = fj_table()
    _xlsx_grid(ws, t.rows[:1], [(0, 1, 0, 4), (0, 5, 0, 6)], 3)
    _xlsx_grid(ws, t.rows[1:], [(a - 1, b, c - 1, d) for a, b, c, d in t.merges if a > 0], 4, widths=t.widths,
               border=True)
    _fit_landscape(ws)
    _save_xlsx(wb, path)


# ---------------------------------------------------------------------------------------------------------------
# 6. 湖南 省级文化和旅游专项资金 — 绩效自评报告 as the page holds it (fragments under the report's headings)
# ---------------------------------------------------------------------------------------------------------------
HN_PARAGRAPHS = [
    ("h", "一、绩效目标分解下达情况"),
    ("p", "湖南省文化旅游厅、湖南省财政厅（湘财文指〔2022〕30号）下达2022年湖南省文化和旅游专项资金20万元，"),
    ("h", "二、绩效目标完成情况分析"),
    ("h2", "（一）资金投入情况分析"),
    ("p", "1.项目资金到位情况，其中专项资金20万元于202年1月11日全部到位，"),
    ("p", "2.项目资金执行情况分析，专项资金20万元，"),
    ("p", "3.项目资金管理分析，"),
    ("h2", "（二）总体绩效目标完成情况分析"),
    ("p", "该项目专项资金根据全年总体绩效目标正在进行中（该项目的实施期限为2022年6月--2023年6月），"),
    ("h2", "（三）绩效指标完成情况分析"),
    ("p", "剧本创作费5万元，音乐创作费2万元，"),
    ("p", "2.效益指标完成情况分析（1）经济效益，该项目以全免费送戏下乡及周末剧场惠民演出，"),
    ("p", "3.满意度指标完成情况分析，该项目实施过程中，"),
    ("h", "四、绩效自评结果拟应用和公开情况"),
    ("p", "本次绩效自评结果根据财政支出管理、资金使用绩效管理水平、提高资金使用效益为宗旨。"),
]
HN_NOTES = ("Reproduces https://www.chacewang.com/newsdetail/news275746.html: the aggregator keeps only sentence "
            "fragments of a 2022 湖南 文化和旅游专项资金 self-evaluation report (the unit is not named), joined by commas "
            "under the report's headings; they are laid out here under those headings, short fragments kept verbatim "
            "(incl. the date typo '202年1月11日' and the missing 三 heading). No goal, no indicator table, no rate and no "
            "stated total: nothing for the checker to find (only 到位 20万元 and two cost items of 5 and 2 万元 that are "
            "not said to add up to anything).")


def make_hn(path: Path) -> None:
    from docx import Document

    doc = Document()
    _para(doc, "2022年湖南省文化和旅游专项资金项目绩效自评报告", bold=True, center=True, size=15)
    _prose(doc, HN_PARAGRAPHS)
    _save_docx(doc, path)


# ---------------------------------------------------------------------------------------------------------------
# 7. 云南 昆明 寻甸县人大常委会 — 2024年部门整体支出绩效自评报告 (prose), cut inside 一、（二）部门职能
# ---------------------------------------------------------------------------------------------------------------
XD_TITLE = "寻甸回族彝族自治县人民代表大会常务委员会2024年部门整体支出绩效自评报告"
XD_TOC = ["一、部门概况", "（一）部门机构设置、编制", "（二）部门职能", "（三）部门工作完成情况", "（四）部门管理制度",
          "（五）部门资金来源及使用情况", "（六）政府采购情况", "（七）固定资产情况", "二、绩效目标", "三、评价思路和过程",
          "（一）评价思路", "（二）评价目的", "（三）评价依据", "（四）评价对象及评价时段", "四、评价结论和绩效分析",
          "（一）评价结论", "（二）具体绩效分析", "五、主要经验做法", "六、存在的问题", "七、改进措施及建议",
          "附件1 成本费用分析报告", "附件2 部门职能分解及2024年工作完成情况表", "附件3评价指标体系", "附件4问卷调查报告",
          "附件5工作底稿", "附件6 2024年收入支出决算总表（单位：元）"]
XD_PARAGRAPHS = [
    ("h", "一、部门概况"),
    ("h2", "（一）部门机构设置、编制"),
    ("p", "寻甸县人大常委会是承办县人民代表大会及其常委会日常工作的办事机构，为县人民代表大会、县人大常委会和主任会议"
          "依法行使职权提供服务，属县级财政一级预算单位。寻甸县人大常委会内设人大机构8个：县人大监察和法制委员会、"
          "县人大财政经济委员会、县人大城乡建设环境保护委员会、县人大社会建设环境保护委员会、县人大社会建设与教育科学"
          "文化卫生委员会、县人大农业与农村委员会、县人大民族宗教华侨委员会、县人大人事代表工作委员会和县人大办公室。"),
    ("p", "寻甸县人大常委会核定编制38人，其中行政编制38人（含行政工勤编制7人）。2024年末在职在编实有行政人员48人"
          "（含机关工勤人员7人），比上年减少2人，原因是本年退休3人、调入2人、调出1人，总数减少2人。"),
    ("p", "离退休人员40人，其中退休40人，离休0人。"),
    ("h2", "（二）部门职能"),
    ("p", "1.对全国、省、市人大下发的法律、法规草案，组织征"),  # the stored page stops mid-sentence here
]
XD_FACTS = [sum_fact("离退休人员", 40, [40, 0], unit="人")]
XD_NOTES = ("Reproduces http://www.kmxd.gov.cn/c/2025-06-11/7017651.shtml (云南 昆明 寻甸县人大常委会, page title "
            "'…2024年部门整体支出绩效自评报告', inner title '…2024年度部门整体支出绩效评价报告' kept as on the page, with its "
            "table of contents). The stored page stops inside 一、（二）部门职能 item 1, before the goals, the evaluation "
            "conclusion and any table. Kept as on the page: '内设人大机构8个' is followed by nine names (the ninth is 县人大办公室), "
            "a count no scored rule covers; 48 实有 against 38 编制 is stated as is; −3 退休 + 2 调入 − 1 调出 = −2 agrees. "
            "No goal, no indicator, no money figure: nothing scored to find.")


def make_xd(path: Path) -> None:
    from docx import Document

    doc = Document()
    _para(doc, XD_TITLE, bold=True, center=True, size=15)
    _para(doc, "目录", bold=True, center=True)
    for line in XD_TOC:
        _para(doc, line)
    _para(doc, "寻甸回族彝族自治县人民代表大会常务委员会", bold=True, center=True, size=14)
    _para(doc, "2024年度部门整体支出绩效评价报告", bold=True, center=True, size=14)
    _prose(doc, XD_PARAGRAPHS)
    _save_docx(doc, path)


# ---------------------------------------------------------------------------------------------------------------
# 8. 云南 红河 弥勒市住房和城乡建设局 — 2023年度农村危房改造等补助资金支出绩效自评报告 (prose), cut inside 二、（二）
# ---------------------------------------------------------------------------------------------------------------
ML_TASK = "2023年省、州下达我市农村危房及农房抗震改造建设任务594户，其中农村危房改造17户，农房抗震改造577户。"
ML_PARAGRAPHS = [
    ("h", "一、基本情况"),
    ("p", "依据《中共云南省委云南省人民政府关于加快推进全省农村危房改造和抗震安居工程建设的意见》（云发〔2015〕17号）、"
          "《云南省农村危房改造和抗震安居工程建设规划（2015--2019年）》（云建村〔2015〕527号）、《云南省人民政府办公厅"
          "关于国家开发银行专项低息贷款支持云南省农村危房改造和抗震安居工程建设实施方案的通知》（云政办发〔2015〕85号）"
          "以及红河州省级规划示范村寨基础设施建设项目合作实施协议，本年度支付了2016年省级示范村西一镇油榨地村委会"
          "油榨地村的贷款本息138587元，兑付2023年度农村危房改造和抗震安居工程建设资金892.7万元。"),
    ("h", "二、绩效评价工作开展情况"),
    ("h2", "（一）省州下达农村危房改造和绩效目标情况"),
    ("p", ML_TASK),
    ("h2", "（二）市级分解下达预算和绩效目标情况"),
    ("p", "2023年，我市按照上级要求和“安全为本、因地制宜、农户主体、提升质量”的原则，相继印发了《弥勒市巩固拓展脱贫"
          "攻坚成果同乡村振兴有效衔接住房安全保障实施方案》《关于切实做好2023年度农村危房和农房抗震改造保障对象"),
]
ML_GOALS = [goal("目标", ML_TASK)]
ML_FACTS = [sum_fact("建设任务", 594, [17, 577], unit="户")]
ML_NOTES = ("Reproduces http://www.hhml.gov.cn/zfxxgk_15889/fdzdgknr/zdlyxxgk/czxxgk/jxgl/202404/t20240412_685766.html "
            "(page title '弥勒市住房和城乡建设局2023年度项目支出绩效单位自评报告', inner title kept). The stored page stops "
            "inside 二、（二） in the middle of a document title, before any indicator, result or score. The page's first "
            "paragraph is garbled ('完成2022年度完成…贷款本息还款率支付138587元'); written here in plain words with the same "
            "amounts (138587元 and 892.7万元, two different units, not said to add up to anything). The task sentence under "
            "'绩效目标情况' is the only target: 594户 = 17 + 577 agrees; it is quantified, so no goal finding.")


def make_ml(path: Path) -> None:
    from docx import Document

    doc = Document()
    _para(doc, "弥勒市住房和城乡建设局2023年度项目支出绩效单位自评报告", bold=True, center=True, size=15)
    _para(doc, "弥勒市住房和城乡建设局2023年度农村危房改造补助资金及省级统贷项目省级规划示范村本息补助支出绩效自评报告",
          bold=True, center=True)
    _prose(doc, ML_PARAGRAPHS)
    _save_docx(doc, path)


# ---------------------------------------------------------------------------------------------------------------
# 9. 广西 生态环境厅 — 2021年中央农村环境整治资金 绩效自评报告 (区域, prose), cut inside the year target
# ---------------------------------------------------------------------------------------------------------------
GE_GOAL = "完成8个以上建制村的农村环境综合整治，建设农村污水处理设施≥25套，治理完成2个农村黑臭水体，"
GE_PARAGRAPHS = [
    ("h", "一、绩效目标分解下达情况"),
    ("h2", "（一）中央下达农村环境整治资金预算情况。"),
    ("p", "财政部《关于下达2021年农村环境整治资金预算的通知》（财资环〔2021〕54号）下达广西壮族自治区2021年中央"
          "农村环境整治专项资金共计5404万元。"),
    ("h2", "（二）自治区分配下达资金预算情况。"),
    ("p", "财政部资金下达后，由自治区生态环境厅牵头提出分配方案，会同自治区财政厅报自治区人民政府审定，再分配下达到"
          "有关市县。"),
    ("p", "2021年8月，依据自治区财政厅《广西壮族自治区财政厅关于下达2021年中央农村环境整治资金的通知》（桂整合〔2021〕"
          "23号），共下达5404万元中央资金用于农村环境综合整治项目建设，其中南宁市良庆区900万元、柳州市鹿寨县900万元、"
          "桂林市灵川县904万元、桂林市资源县650万元、梧州市龙圩区650万元、百色市凌云县750万元、来宾市忻城县650万元。"
          "整体绩效目标与各项目资金、绩效目标同时下达，要求各市县按绩效目标开展项目建设。资金执行率偏低，原因有二：一是"
          "部分县区项目业主没有实施过农村生活污水治理项目，前期方案不够扎实，资金下达后对工艺反复考察、比选和论证，"
          "拖慢了工程进度；二是2021年底至2022年初广西新冠肺炎疫情较为严峻，防城港、百色、柳州先后出现病例，相关部门"
          "主要精力投入抗疫，项目推进迟缓。两方面原因使项目进度缓慢，未形成可支付的工程量，资金执行率因此偏低。"),
    ("p", "结合2021年中央资金补助情况，为更好完成农村环境整治目标任务，县区财政安排配套资金775.39万元。"),
    ("h2", "（三）下达绩效目标情况"),
    ("p", "2021年度中央农村环境整治专项项目资金5404万元。项目年度总体目标为：" + GE_GOAL),  # the stored page stops here
]
GE_GOALS = [goal("年度目标", GE_GOAL)]
GE_FACTS = [sum_fact("中央农村环境整治资金", 5404, [900, 900, 904, 650, 650, 750, 650])]
GE_NOTES = ("Reproduces http://sthjt.gxzf.gov.cn/zfxxgk/zfxxgkgl/fdzdgknr/czgk/zxzjxm/t15575354.shtml (广西壮族自治区"
            "生态环境厅, region-level self-evaluation of the 2021 central 农村环境整治资金). The stored page stops inside "
            "the year target, after '治理完成2个农村黑臭水体，'; the target is kept as far as it goes and is quantified "
            "(8个以上, ≥25套, 2个). The seven county amounts add up to the 5404万元 stated (900+900+904+650+650+750+650); "
            "the 配套资金 775.39万元 is separate. 资金执行率 is called low but no rate or amount spent is written.")


def make_ge(path: Path) -> None:
    from docx import Document

    doc = Document()
    _para(doc, "2021年中央农村环境整治资金绩效自评报告", bold=True, center=True, size=15)
    _prose(doc, GE_PARAGRAPHS)
    _save_docx(doc, path)


# ---------------------------------------------------------------------------------------------------------------
# 10. 广西 (自治区) — 2021年农业生产发展资金 绩效自评报告 (prose, a mirror of the region's report), cut at 附件
# ---------------------------------------------------------------------------------------------------------------
GA_GOAL = "按照相关规划或实施方案，根据任务清单并结合地方实际支持农业生产发展。"
GA_PARAGRAPHS = [
    ("h", "一、绩效目标分解下达情况"),
    ("h2", "（一）中央下达预算和绩效目标情况。"),
    ("p", "2020年10月30日，中央以《财政部关于提前下达2021年农业相关转移支付资金预算的通知》（财农〔2020〕90号）下达我区"
          "农业生产发展专项转移支付预算463142万元；2021年4月21日，以《财政部关于下达2021年农业生产发展资金预算的通知》"
          "（财农〔2021〕28号）下达163455万元；2021年6月29日，以《财政部关于下达实际种粮农民一次性补贴资金预算的通知》"
          "（财农〔2021〕61号）下达实际种粮农民一次性补贴资金44440万元（列入农业生产发展资金耕地地力保护补贴支出）。"
          "2021年农业生产发展资金合计671037万元。"),
    ("p", "其中，耕地地力保护补贴、农机购置补贴、农业信贷担保业务奖补、有机肥替代化肥、优势特色产业集群、国家现代农业"
          "产业园、农业产业强镇、良种良法技术推广8项约束性任务资金合计575218万元，指导性任务资金合计95819万元。以上任务中，"
          "农业信贷担保业务奖补资金9779万元由自治区财政厅管理实施，糖料蔗良种良法技术推广补助资金（糖料蔗良种推广）"
          "76850万元、糖料蔗绿色高质高效行动资金600万元由自治区糖业发展办公室管理实施，其余583808万元由自治区农业农村厅"
          "分配实施。"),
    ("p", "中央下达2021年农业生产发展专项资金时同步下达了绩效目标，年度目标为：" + GA_GOAL
          + "年度目标下设33个三级绩效指标，包括23个数量指标、2个质量指标、1个时效指标、1个成本指标、1个经济效益指标、"
            "1个社会效益指标、1个生态效益指标、1个可持续影响指标、2个服务对象满意度指标。绩效指标详情见附件"),
]
GA_GOALS = [goal("年度目标", GA_GOAL)]
GA_FACTS = [
    sum_fact("2021年农业生产发展资金合计", 671037, [463142, 163455, 44440]),
    sum_fact("约束性和指导性任务资金", 671037, [575218, 95819]),
    sum_fact("分部门管理实施资金", 671037, [9779, 76850, 600, 583808]),
    sum_fact("三级绩效指标", 33, [23, 2, 1, 1, 1, 1, 1, 1, 2], unit="个"),
]
GA_FINDINGS = [
    finding("goal.unquantified", GA_GOAL[:15],
            "the year target only says agricultural production will be supported: no number, rate, deadline or result"),
]
GA_NOTES = ("Reproduces http://lsfz.org.cn/show-34161.html, a mirror of the 2021 农业生产发展资金 region-level "
            "self-evaluation report; the region is not named on the stored page, it is 广西 by its own words (我区, "
            "糖料蔗 funds managed by 自治区糖业发展办公室). The stored page stops at '绩效指标详情见附件' (no table). All four "
            "stated totals add up (463142+163455+44440 = 671037; 575218+95819 = 671037; 9779+76850+600+583808 = 671037; "
            "33 indicators = 23+2+1+1+1+1+1+1+2). The year target names no measure (goal.unquantified).")


def make_ga(path: Path) -> None:
    from docx import Document

    doc = Document()
    _para(doc, "2021年农业生产发展资金绩效自评报告", bold=True, center=True, size=15)
    _prose(doc, GA_PARAGRAPHS)
    _save_docx(doc, path)


# ---------------------------------------------------------------------------------------------------------------
# 11. 海南 海口 秀英区水务局 — 2022年衔接资金项目绩效自评报告 (prose), cut inside 效益指标完成情况
# ---------------------------------------------------------------------------------------------------------------
XY_GOAL = "做好西秀镇龙头田洋产业农业灌溉用水的工作"
XY_PARAGRAPHS = [
    ("h", "一、绩效目标分解下达情况"),
    ("p", "（一）海口市秀英区水务局2022年衔接资金共下达105万元，用于实施西秀镇龙头村蔬菜园产业项目。"),
    ("p", "（二）海口市秀英区水务局2022年衔接资金项目绩效目标为" + XY_GOAL + "。"),
    ("h", "二、绩效自评工作开展情况"),
    ("p", "项目实施中严格执行财政资金使用管理办法，专款专用，保证财政资金正常合理使用。自评范围为西秀镇，重点核查是否"
          "按建设内容施工、是否按期竣工，并对受益乡镇满意度开展了调查，掌握了村庄实际情况，为准确填报绩效目标自评情况"
          "打下基础。"),
    ("h", "三、绩效目标自评完成情况分析"),
    ("h2", "（一）资金投入情况分析。"),
    ("p", "1.项目资金到位情况分析：海口市秀英区水务局2022年衔接资金105万元已全部到位。"),
    ("p", "2.项目资金执行情况分析：实施西秀镇龙头村蔬菜园产业项目，该专项资金已按合同约定完成项目进度款支付。"),
    ("p", "3.项目资金管理情况分析：该专项资金已拨入秀英区水务局，严格管理，专款专用。"),
    ("h2", "（二）项目绩效指标完成情况分析。"),
    ("p", "1.产出指标完成情况分析。"),
    ("p", "（1）项目完成数量：完成年度建设项目1个，主要建设内容为新建300米深机井1座，新建20米100吨水塔1座，设备房1间"
          "（3.0m×3.0m），潜水泵2台，配套Ф160PVC干管1100m、Ф110PVC分干管1100m及其他配套设施，新增低压电线50m等。"),
    ("p", "（2）项目完成质量：已通过竣工验收。"),
    ("p", "（3）项目实施进度：西秀镇龙头村蔬菜园产业项目已完成竣工验收，完成率100%。"),
    ("p", "（4）项目成本节约情况：项目按中标单价实施，最终以结算审计为准。"),
    ("p", "2.效益指标完成情况分析。"),
    ("p", "（1）项目实施的社会效"),  # the stored page stops mid-word here
]
XY_GOALS = [goal("目标", XY_GOAL)]
XY_FINDINGS = [
    finding("goal.process_only", XY_GOAL[:15],
            "the project target only says the irrigation work will be done (做好…工作): no output or effect"),
]
XY_NOTES = ("Reproduces https://m.bidcenter.com.cn/newsrili-1-238076203.html (a mirror of the 海口市秀英区水务局 2022 "
            "衔接资金 self-evaluation report). The stored page stops at '（1）项目实施的社会效', inside 效益指标. The only "
            "target is '做好…灌溉用水的工作' (process only); the outputs are reported in prose with their own numbers (1个 "
            "project, 300米 well, 100吨 tower, 2 pumps, 1100m pipes, 完成率100%) but no target values to compare them with; "
            "105万元 is stated as received, with no amount spent, so there is no budget fact.")


def make_xy(path: Path) -> None:
    from docx import Document

    doc = Document()
    _para(doc, "海口市秀英区水务局2022年衔接资金项目绩效自评报告", bold=True, center=True, size=15)
    _prose(doc, XY_PARAGRAPHS)
    _save_docx(doc, path)


# ---------------------------------------------------------------------------------------------------------------
# writers
# ---------------------------------------------------------------------------------------------------------------
def _xlsx_grid(ws, rows, merges, row0, widths=(), border=False, bold_rows=(), center_rows=()):
    """Write rows starting at 0-based sheet row row0; merges are relative to rows."""
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for i, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = w
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = ws.cell(row0 + r + 1, c + 1)
            if text != "":
                # a plain number (no leading zero) is stored as a number, the way the spreadsheet held it
                if re.fullmatch(r"(0|[1-9]\d*)(\.\d+)?", text):
                    cell.value = float(text) if "." in text else int(text)
                else:
                    cell.value = text
                    if text.startswith("="):
                        cell.data_type = "s"
            cell.alignment = Alignment(wrap_text=True, vertical="center",
                                       horizontal="center" if r in center_rows else None)
            if border:
                cell.border = box
            if r in bold_rows:
                cell.font = Font(bold=True, size=14)
                cell.alignment = Alignment(horizontal="center", vertical="center")
    for a, b, c, d in merges:
        ws.merge_cells(start_row=row0 + a + 1, start_column=b + 1, end_row=row0 + c + 1, end_column=d + 1)
    if widths:  # rows tall enough for their wrapped text (LibreOffice does not grow them when exporting)
        span = {(a, b): sum(widths[b:d + 1]) for a, b, c, d in merges if a == c}
        for r, row in enumerate(rows):
            lines = max([-(-len(text) * 2 // max(int(span.get((r, c), widths[c]) - 2), 4))
                         for c, text in enumerate(row) if text and c < len(widths)] or [1])
            if lines > 1:
                ws.row_dimensions[row0 + r + 1].height = 15 * lines


def _fit_landscape(ws):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


def _landscape(doc):
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(1.8))


def _para(doc, text, bold=False, center=False, size=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def _prose(doc, paragraphs):
    for kind, text in paragraphs:
        if kind == "h":
            _para(doc, text, bold=True)
        elif kind == "h2":
            _para(doc, text, bold=True)
        else:
            _para(doc, text)


def _docx_table(doc, table: Table, border=True):
    ncols = max(len(r) for r in table.rows)
    t = doc.add_table(rows=len(table.rows), cols=ncols)
    if border:
        t.style = "Table Grid"
    covered = set()
    for a, b, c, d in table.merges:
        merged = t.cell(a, b).merge(t.cell(c, d))
        merged.text = table.rows[a][b]
        for r in range(a, c + 1):
            for col in range(b, d + 1):
                covered.add((r, col))
    for r, row in enumerate(table.rows):
        for c, text in enumerate(row):
            if (r, c) not in covered and text:
                t.cell(r, c).text = text
    return t


def _save_docx(doc, path: Path) -> None:
    doc.core_properties.author = "jixiao blind15"
    doc.core_properties.created = FIXED_TIME
    doc.core_properties.modified = FIXED_TIME
    doc.core_properties.last_modified_by = "jixiao blind15"
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_normalise_zip(buf.getvalue()))


def _save_xlsx(wb, path: Path) -> None:
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(_normalise_zip(buf.getvalue()))


def _normalise_zip(data: bytes) -> bytes:
    """Same entries with fixed timestamps (and fixed dates in docProps/core.xml), so reruns give equal bytes."""
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", lambda m: m.group(1) + stamp.encode(), body)
            dst.writestr(zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6]), body,
                         compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def to_pdf(path: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("soffice not found; run with --no-pdf")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(path.parent), str(path)], check=True, capture_output=True, timeout=180)
    pdf = path.with_suffix(".pdf")
    if not pdf.exists():
        raise SystemExit(f"LibreOffice made no PDF for {path.name}")
    return pdf


# ---------------------------------------------------------------------------------------------------------------
# documents and gold
# ---------------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Doc:
    file: str
    make: object
    url: str
    province: str
    kind: str
    patterns: tuple
    indicators: list
    goals: list
    facts: list
    findings: list
    notes: str


DOCUMENTS = [
    Doc("yn-changning-pigfarm-selfeval.xlsx", make_cn, "https://yncn.gov.cn/info/5102/8340150.htm", "云南",
        "自评表", (1, 2, 5, 6, 8, 9), CN_INDICATORS, [], CN_FACTS, CN_FINDINGS, CN_NOTES),
    Doc("hi-commerce-service-evalreport.docx", make_hi,
        "https://dofcom.hainan.gov.cn/dofcom/0702/202407/6072da00ab4d425c94dc4820d4b20c59.shtml", "海南",
        "评价报告", (10,), [], HI_GOALS, HI_FACTS, HI_FINDINGS, HI_NOTES),
    Doc("gz-suiyang-taibai-dept-selfeval.docx", make_sy,
        "https://www.suiyang.gov.cn/xzjd_5682378/tbz_5682388/zfxxgk_5682340/fdzdgknr_5682343/czyjs_5865203/202208/"
        "t20220824_76240024.html", "贵州", "部门整体自评表", (1, 2, 7, 9, 10), [], SY_GOALS, SY_FACTS, SY_FINDINGS,
        SY_NOTES),
    Doc("hb-guangshui-edu-dept-targets.docx", make_gs, "https://pdf.chddh.cn/archives/r9pk6xl4g06wbldjgq3y.html",
        "湖北", "部门整体目标表", (1, 7, 9), [], [], GS_FACTS, GS_FINDINGS, GS_NOTES),
    Doc("cq-fengjie-emergency-targets.xlsx", make_fj,
        "http://www.cqfj.gov.cn/bm_168/yjglj/zwgk_61787/zfxxgkml/jczwgk/aqscly_304286/zdlyxxgk/czzj/202509/"
        "t20250915_15008761.html", "重庆", "申报表", (1, 2, 4, 5, 6, 8, 9, 10), FJ_INDICATORS, FJ_GOALS, FJ_FACTS,
        FJ_FINDINGS, FJ_NOTES),
    Doc("yn-xundian-npc-dept-selfreport.docx", make_xd, "http://www.kmxd.gov.cn/c/2025-06-11/7017651.shtml", "云南",
        "自评报告", (8, 10), [], [], XD_FACTS, [], XD_NOTES),
    Doc("yn-mile-housing-selfreport.docx", make_ml,
        "http://www.hhml.gov.cn/zfxxgk_15889/fdzdgknr/zdlyxxgk/czxxgk/jxgl/202404/t20240412_685766.html", "云南",
        "自评报告", (10,), [], ML_GOALS, ML_FACTS, [], ML_NOTES),
    Doc("gx-rural-env-fund-selfreport.docx", make_ge,
        "http://sthjt.gxzf.gov.cn/zfxxgk/zfxxgkgl/fdzdgknr/czgk/zxzjxm/t15575354.shtml", "广西", "自评报告", (10,), [],
        GE_GOALS, GE_FACTS, [], GE_NOTES),
    Doc("gx-agri-dev-fund-selfreport.docx", make_ga, "http://lsfz.org.cn/show-34161.html", "广西", "自评报告", (10,),
        [], GA_GOALS, GA_FACTS, GA_FINDINGS, GA_NOTES),
    Doc("hi-xiuying-water-selfreport.docx", make_xy, "https://m.bidcenter.com.cn/newsrili-1-238076203.html", "海南",
        "自评报告", (10,), [], XY_GOALS, [], XY_FINDINGS, XY_NOTES),
    Doc("hn-culture-fund-selfreport.docx", make_hn, "https://www.chacewang.com/newsdetail/news275746.html", "湖南",
        "自评报告", (10,), [], [], [], [], HN_NOTES),
]


def gold_for(doc: Doc, source: str) -> dict:
    return {
        "source": source,
        "source_urls": [doc.url],
        "province": doc.province,
        "doc_kind": doc.kind,
        "patterns": list(doc.patterns),
        "indicators": doc.indicators,
        "goals": doc.goals,
        "facts": doc.facts,
        "findings": doc.findings,
        "notes": doc.notes,
    }


def write_gold(gold: dict) -> None:
    ANNOTATIONS.mkdir(exist_ok=True)
    text = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
    (ANNOTATIONS / f"{gold['source']}.json").write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true", help="write DOCX/XLSX and gold only")
    args = ap.parse_args(argv)
    for doc in DOCUMENTS:
        path = HERE / doc.file
        doc.make(path)
        write_gold(gold_for(doc, doc.file))
        made = [doc.file]
        if not args.no_pdf:
            pdf = to_pdf(path)
            write_gold(gold_for(doc, pdf.name))
            made.append(pdf.name)
        print(f"{', '.join(made)}: {len(doc.indicators)} indicators, {len(doc.goals)} goals, {len(doc.facts)} facts, "
              f"{len(doc.findings)} findings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
