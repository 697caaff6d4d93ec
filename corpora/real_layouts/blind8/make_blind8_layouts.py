"""Write the blind8 part of the real-layout corpus (documents + gold) into this folder.

Written by an annotator who did not read the toolkit's code and did not run it. Each document reproduces the table
layout and the facts of one public page (see SOURCES.md); long sentences are in our own words. The gold of each
document is hand-set below from the same data the writer functions put into the files.

    python make_blind8_layouts.py [--no-pdf]

Grids: every table is a list of rows of equal length; a cell "<" is merged into the cell on its left, a cell "^"
into the cell above (a block merge has "^" in every cell of the rows below its first row).
DOCX/XLSX are byte-deterministic (fixed core-property dates and zip timestamps); PDFs come from LibreOffice.
"""
from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ANNOTATIONS = HERE / "annotations"
FIXED_TIME = dt.datetime(2026, 12, 3, 9, 0, 0)
L, U = "<", "^"


# ---------------------------------------------------------------------------------------------------------------
# gold helpers
# ---------------------------------------------------------------------------------------------------------------
def ind(level1, level2, name, target_text, operator, value, unit, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual, "weight": weight, "score": score}


def goal(kind, text):
    return {"kind": kind, "text": text}


def find(rule, item, why):
    return {"rule": rule, "item": item, "why": why}


def budget(metric, planned, actual, stated_rate, unit="万元"):
    return {"metric": metric, "kind": "budget", "planned": planned, "actual": actual, "stated_rate": stated_rate,
            "unit": unit}


def completion(metric, planned, actual, stated_rate, unit):
    return {"metric": metric, "kind": "completion", "planned": planned, "actual": actual, "stated_rate": stated_rate,
            "unit": unit}


def sum_fact(metric, total, parts, unit="万元"):
    return {"metric": metric, "kind": "sum", "total": total, "parts": parts, "unit": unit}


def score_fact(total, parts):
    return {"metric": "总分", "kind": "score_total", "total": total, "parts": parts}


# ---------------------------------------------------------------------------------------------------------------
# 1. 安徽 六安 霍邱县科学技术局 — 项目支出绩效自评表 2022 (科技特派员创业行动经费), XLSX
# ---------------------------------------------------------------------------------------------------------------
HUOQIU_GRID = [
    ["项目支出绩效自评表", L, L, L, L, L, L, L, L],
    ["（2022年度）", L, L, L, L, L, L, L, L],
    ["项目名称", "科技特派员创业行动经费", L, L, L, L, L, L, L],
    ["主管部门", "031-霍邱县科学技术局", L, L, "实施单位", "031001-霍邱县科学技术局", L, L, L],
    ["项目资金\n（万元）", "", L, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [U, "年度资金总额：", L, "25", "25", "25", "10", "100.00%", "10.00"],
    [U, "其中：本年财政拨款", L, "25", "25", "25", "", "", ""],
    [U, "上年结转资金", L, "0", "0", "0", "", "", ""],
    [U, "其他资金", L, "0", "0", "0", "", "", ""],
    ["年度总体目标", "预期目标", L, L, L, "实际完成情况", L, L, L],
    [U, "发挥科技特派员创业带头人作用。", L, L, L, "", L, L, L],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    [U, "产出指标（50分）", "数量指标", "开展县域结对交流活动", "≥3次", "3", "10", "10", ""],
    [U, U, "质量指标", "科技特派员创业能力提升", "创业能力提升", "达成预期指标", "20", "20", ""],
    [U, U, "时效指标", "2022年底之前", "2022年底之前", "达成预期指标", "10", "10", ""],
    [U, U, "成本指标", "科技特派员业务培训开展", "≥5万元", "5", "10", "10", ""],
    [U, "效益指标（30分）", "经济效益指标", "带动农民增收", "农民增收", "达成预期指标", "10", "10", ""],
    [U, U, "社会效益指标", "巩固拓展脱贫攻坚成果", "巩固拓展脱贫攻坚成果", "达成预期指标", "10", "10", ""],
    [U, U, "可持续影响指标", "科技特派员创业行动能力持续提升", "能力持续提升", "达成预期指标", "10", "10", ""],
    [U, U, "生态效益指标", "", "", "", "", "0", ""],
    [U, "满意度指标（10分）", "满意度指标", "群众创业热情高涨", "创业热情高涨", "达成预期指标", "10", "10", ""],
    ["总分", L, L, L, L, L, "100", "100.00", ""],
]
HUOQIU = {
    "file": "ah-huoqiu-kjj-tepaiyuan-selfeval.xlsx",
    "sheet": "项目支出绩效自评表",
    "blocks": [("table", HUOQIU_GRID)],
    "source_urls": ["https://www.wjbhcs.com/public/6600241/36762723.html"],
    "province": "安徽", "doc_kind": "自评表", "patterns": [1, 2, 5, 8, 9, 10],
    "indicators": [
        ind("产出指标", "数量指标", "开展县域结对交流活动", "≥3次", ">=", 3, "次", 3, 10, 10),
        ind("产出指标", "质量指标", "科技特派员创业能力提升", "创业能力提升", None, None, None, None, 20, 20),
        ind("产出指标", "时效指标", "2022年底之前", "2022年底之前", None, None, None, None, 10, 10),
        ind("产出指标", "成本指标", "科技特派员业务培训开展", "≥5万元", ">=", 5, "万元", 5, 10, 10),
        ind("效益指标", "经济效益指标", "带动农民增收", "农民增收", None, None, None, None, 10, 10),
        ind("效益指标", "社会效益指标", "巩固拓展脱贫攻坚成果", "巩固拓展脱贫攻坚成果", None, None, None, None, 10, 10),
        ind("效益指标", "可持续影响指标", "科技特派员创业行动能力持续提升", "能力持续提升", None, None, None, None, 10, 10),
        ind("满意度指标", "服务对象满意度指标", "群众创业热情高涨", "创业热情高涨", None, None, None, None, 10, 10),
    ],
    "goals": [goal("年度目标", "发挥科技特派员创业带头人作用。")],
    "facts": [budget("年度资金总额", 25, 25, 100.0),
              score_fact(100, [10, 10, 20, 10, 10, 10, 10, 10, 10])],
    "findings": [
        find("target.vague_wording", "科技特派员创业能力提升", "value 创业能力提升 is a change word with no number"),
        find("target.vague_wording", "带动农民增收", "value 农民增收 is a change phrase with no amount"),
        find("target.vague_wording", "巩固拓展脱贫攻坚成果", "value 巩固拓展… restates the aim, a change phrase with no number"),
        find("target.vague_wording", "科技特派员创业行动能力持续提升", "value 能力持续提升: 持续/提升 with no number"),
        find("target.qualitative_no_scale", "群众创业热情高涨", "value 创业热情高涨 is a judgement with no scale or rate"),
        find("goal.unquantified", "发挥科技特派员创业带头人作用。", "names an effect but no number, rate or deadline"),
    ],
    "notes": ("First of several forms on the page (the next one, 地震经费, is not reproduced). Whole form down to 总分. "
              "The 时效 row has the deadline 2022年底之前 in the 三级 name cell as well as in the value cell. The empty "
              "生态效益指标 row (得分 0) is a template row, not an indicator. 实际完成情况 of the goal is empty on the page. "
              "Scores: 10 (执行率) + 90 (rows) = 100 = 总分; each heading's points (50/30/10) equal its rows' 分值."),
}

# ---------------------------------------------------------------------------------------------------------------
# 2. 山西 吕梁 — 吕梁山护工培训 2021: target/actual table + subsidy table (OCR of an attachment image), DOCX
# ---------------------------------------------------------------------------------------------------------------
LVLIANG_GRID = [
    ["一级指标", "二级指标", "指标名称", "目标值", "完成值"],
    ["产出指标", "产出数量", "完成2021年吕梁山护工培训任务", "12500名", "12166名"],
    [U, U, "完成2021年吕梁山护工培训就业质量考核及验收", "11所", "11所"],
    [U, "产出质量", "培训对象符合吕梁山护工培训招生计划规定", "18—54周岁", "存在18岁以下、54周岁以上"],
    [U, U, "参训学员结业考核通过率", "100%", "98.79%"],
    [U, U, "培训机构考核验收达标", "100%", "100%"],
    [U, "产出时效", "培训任务完成及时", "2021.1.1-12.31", "2021.1.1-12.31"],
    [U, U, "考核任务完成及时", "1-6期培训结束后及时考核", "1-2期未能及时培训"],
    [U, "产出成本", "吕梁山护工培训补贴标准达标", "3000元/人", "2600元/人"],
    ["效益指标", "经济效益", "减轻参训人员经济负担", "有效减轻", "有效减轻"],
    [U, "社会效益", "参训学员就业率", "60%及以上", "53.53%"],
    [U, U, "提高参训学员技术水平", "基本提高", "基本提高"],
    [U, "可持续影响", "巩固脱贫攻坚成果", "有效巩固", "有效巩固"],
    [U, "满意度", "参培学员满意度", "95%及以上", "88.32%及以上"],
]
LVLIANG_GRID2 = [
    ["序号", "学校性质", "培训机构", "培训补助标准（元/人）", "就业奖补标准（元/人）", "2021年培训人数", "合格人数",
     "补助资金", "备注"],
    ["①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧=④*⑦", ""],
    ["1", "民办", "吕梁市远航职业培训学校", "2600", "400", "842", "842", "218.92",
     "在2020年度吕梁山护工培训第五期给汾阳学院、汾"],
    ["2", "民办", "吕梁精准职业培训学校", "2600", "400", "900", "900", "234", ""],
    ["3", "民办", "吕梁市富康职业培训学校", "2600", "400", "941", "941", "244.66", ""],
    ["4", "民办", "吕梁市离石区贝亲职业培训学校", "2600", "400", "942", "918", "238.68", ""],
    ["5", "民办", "吕梁市离石区好大姐职业培训学校", "2600", "400", "968", "968", "251.68", ""],
]
LVLIANG = {
    "file": "sx-lvliang-nursing-training-results.docx",
    "blocks": [("table", LVLIANG_GRID), ("para", ""), ("table", LVLIANG_GRID2)],
    "source_urls": ["https://m.bidcenter.com.cn/newsrili-1-299854354.html"],
    "province": "山西", "doc_kind": "自评表", "patterns": [1, 5, 6],
    "indicators": [
        ind("产出指标", "数量指标", "完成2021年吕梁山护工培训任务", "12500名", None, 12500, "名", 12166),
        ind("产出指标", "数量指标", "完成2021年吕梁山护工培训就业质量考核及验收", "11所", None, 11, "所", 11),
        ind("产出指标", "质量指标", "培训对象符合吕梁山护工培训招生计划规定", "18—54周岁", "range", 18, "周岁", None),
        ind("产出指标", "质量指标", "参训学员结业考核通过率", "100%", None, 100, "%", 98.79),
        ind("产出指标", "质量指标", "培训机构考核验收达标", "100%", None, 100, "%", 100),
        ind("产出指标", "时效指标", "培训任务完成及时", "2021.1.1-12.31", None, None, None, None),
        ind("产出指标", "时效指标", "考核任务完成及时", "1-6期培训结束后及时考核", None, None, None, None),
        ind("产出指标", "成本指标", "吕梁山护工培训补贴标准达标", "3000元/人", None, 3000, "元/人", 2600),
        ind("效益指标", "经济效益指标", "减轻参训人员经济负担", "有效减轻", None, None, None, None),
        ind("效益指标", "社会效益指标", "参训学员就业率", "60%及以上", ">=", 60, "%", 53.53),
        ind("效益指标", "社会效益指标", "提高参训学员技术水平", "基本提高", None, None, None, None),
        ind("效益指标", "可持续影响指标", "巩固脱贫攻坚成果", "有效巩固", None, None, None, None),
        ind("满意度指标", "服务对象满意度指标", "参培学员满意度", "95%及以上", ">=", 95, "%", 88.32),
    ],
    "goals": [],
    "facts": [],
    "findings": [
        find("target.time_no_deadline", "考核任务完成及时", "时效 row: 培训结束后及时考核 gives no date or number of days"),
        find("target.vague_wording", "减轻参训人员经济负担", "value 有效减轻: a change phrase with no number"),
        find("target.vague_wording", "提高参训学员技术水平", "value 基本提高: a change verb with no number"),
        find("target.vague_wording", "巩固脱贫攻坚成果", "value 有效巩固: a change phrase with no number"),
    ],
    "notes": ("The page (a bidding-information mirror) gives the OCR text of an attachment image: a target/actual "
              "table with no scores and no deviation-reason column, then a per-school subsidy table (⑧=④*⑦, amounts "
              "without a written unit, 万元 by the arithmetic; every row agrees). The page stops inside a repeated "
              "header of the second table; the repeat is left out and the first 备注 cell stops mid-word as on the page. "
              "The 满意度 row is filed under 效益指标 (二级 满意度) on the form; gold gives it the canonical "
              "满意度指标/服务对象满意度指标. Five targets are missed (12166 of 12500, 98.79%, 2600元/人 of 3000, 53.53% "
              "of 60%, 88.32% of 95%) and the document gives no reasons; no deviation_reason_missing is expected "
              "because the form has no reason field. 18—54周岁 is a range (value = lower bound)."),
}

# ---------------------------------------------------------------------------------------------------------------
# 3. 湖北 黄冈 — 2020年度水土保持监测项目绩效自评表 (two goal blocks), XLSX
# ---------------------------------------------------------------------------------------------------------------
HUANGGANG_GRID = [
    ["2020年度水土保持监测项目绩效自评表", L, L, L, L, L, L],
    ["单位名称：黄冈市水土保持与农田水利科研所", L, L, L, "填报日期：2021年3月10日", L, L],
    ["项目名称", "水土保持监测", L, "主管部门", "黄冈市水利和湖泊局", "项目实施单位", "本单位"],
    ["项目类别", "1、上级专项 2、本级专项", L, L, L, L, L],
    ["项目属性", "1、持续性项目 2、新增性项目", L, L, L, L, L],
    ["项目类型", "1、常年性项目 2、延续性项目 3、一次性项目", L, L, L, L, L],
    ["预算执行情况（万元）（20分）", L, L, "预算数（A）", "执行数（B）", "执行率（B/A）", "得分（20分*执行率）"],
    ["年度财政资金总额", L, L, "10", "10", "100%", "20"],
    ["年度绩效目标1（40分）", "一级指标", "二级指标", "三级指标", "年初目标值（A）", "实际完成值（B）", "得分"],
    [U, "产出指标", "质量指标", "监测数据必须合格", "100%", "100%", "10"],
    [U, U, "进度指标", "取得2018-2022监测资料", "100%", "100%", "10"],
    [U, "效益指标", "", "", "", "", ""],
    [U, "满意度指标", "服务对象满意度指标", "整编资料审核", "98%", "98%", "19.6"],
    ["年度绩效目标2（40分）", "一级指标", "二级指标", "三级指标", "年初目标值（A）", "实际完成值（B）", "得分"],
    [U, "产出指标", "质量指标", "监测数据资料整编", "100%", "100%", "20"],
    [U, U, "进度指标", "完成年度资料上报", "100%", "100%", "20"],
    [U, "效益指标", "社会效益指标", "", "", "", ""],
    [U, "满意度指标", "服务对象满意度指标", "", "", "", ""],
    ["总分", L, L, L, L, L, "99.6"],
    ["偏差大或目标未完成原因分析", L, L, "", L, L, L],
    ["改进措施及结果应用方案", L, L, "", L, L, L],
    ["备注：1.预算执行情况口径：预算数为调整后财政资金", L, L, L, L, L, L],
]
HUANGGANG = {
    "file": "hb-huanggang-soil-monitor-selfeval.xlsx",
    "sheet": "自评表",
    "blocks": [("table", HUANGGANG_GRID)],
    "source_urls": [],
    "province": "湖北", "doc_kind": "自评表", "patterns": [1, 2, 4, 5, 8, 9],
    "indicators": [
        ind("产出指标", "质量指标", "监测数据必须合格", "100%", None, 100, "%", 100, None, 10),
        ind("产出指标", "时效指标", "取得2018-2022监测资料", "100%", None, 100, "%", 100, None, 10),
        ind("满意度指标", "服务对象满意度指标", "整编资料审核", "98%", None, 98, "%", 98, None, 19.6),
        ind("产出指标", "质量指标", "监测数据资料整编", "100%", None, 100, "%", 100, None, 20),
        ind("产出指标", "时效指标", "完成年度资料上报", "100%", None, 100, "%", 100, None, 20),
    ],
    "goals": [],
    "facts": [budget("年度财政资金总额", 10, 10, 100.0),
              score_fact(99.6, [20, 10, 10, 19.6, 20, 20])],
    "findings": [
        find("coverage.missing_dimension", "效益指标", "both goal blocks leave their 效益指标 rows empty"),
    ],
    "notes": ("Stored page without address (a document-sharing preview in traditional characters, found with the "
              "query 黄冈市 水土保持监测项目绩效自评表 年初目标值 实际完成值); whole form down to the 备注, which stops "
              "mid-sentence. Two goal blocks (年度绩效目标1/2, 40 points each) with their own header rows; 时效 is called "
              "进度指标. The only 满意度 row measures 整编资料审核 (a misfiled output, 98%→98% scored 19.6). No 分值 column: "
              "the block points are in the labels. 20 + 39.6 + 40 = 99.6 = 总分. The deviation-reason fields are empty and "
              "no target is missed."),
}

# ---------------------------------------------------------------------------------------------------------------
# 4. 福建 宁德 — 中共宁德市委党史和地方志研究室 部门整体支出绩效目标表 2019 (cut at 成本指标), XLSX
# ---------------------------------------------------------------------------------------------------------------
NINGDE_DFZ_GOAL = ("目标1：确保本室各人员工资及福利的发放；\n目标2：对合作社区、退休人员及遗孀、困难群众进行一定程度的补助；\n"
                   "目标3：确保本室日常办公所需经费正常运行；\n目标4：保障志鉴地情相关工作开展所需资金，确保完成2019年度任务。")
NINGDE_DFZ_GOALS = ["确保本室各人员工资及福利的发放", "对合作社区、退休人员及遗孀、困难群众进行一定程度的补助",
                    "确保本室日常办公所需经费正常运行", "保障志鉴地情相关工作开展所需资金，确保完成2019年度任务"]
NINGDE_DFZ_GRID = [
    ["部门整体支出绩效目标表", L, L, L, L],
    ["（2019年度）", L, L, L, L],
    ["部门（单位）名称", "中共宁德市委党史和地方志研究室", L, "部门预算编码", "901001033"],
    ["年度\n预算\n安排\n（万元）", "资金总额", L, L, "171.41"],
    [U, "项目支出", L, L, "60.8"],
    [U, "基本支出", L, L, "110.61"],
    ["年度\n总体\n目标", NINGDE_DFZ_GOAL, L, L, L],
    ["年度\n履职\n目标", "部门职能", "年度目标任务", "支出项目名称", "预算金额（万元）"],
    [U, "组织、指导、编纂、督促和检查地方志、年鉴、地情工作", "保障志鉴地情相关工作开展所需资金，确保完成2019年度任务",
     "地情、市志编纂与年鉴出版经费", "49.8"],
    [U, "确保本室各人员工资及福利的发放", "按时发放2019年人员福利", "地情、市志编纂与年鉴出版经费", "11"],
    [U, "确保日常工作正常运行", "按时发放2019年人员工资待遇", "基本支出", "171.41"],
    ["", "", "", "", ""],
    ["一级指标", "二级指标", "三级指标", "指标解释", "目标值"],
    ["产出指标", "数量指标", "志鉴地情相关工作开展所需资金的供应时效", "100%（历史标准）", "100%"],
    [U, U, "确保日常工作正常运行", "100%", "100%"],
    [U, U, "按年度发放绩效奖、文明奖、综治平安奖、应休未休补贴", "60%", "≥60%"],
    [U, "质量指标", "调研、督促、指导志、鉴、地情编纂的县（市、区）的覆盖率", "90%（计划标准）", "1"],
    [U, U, "各类书籍审稿率", "100%（计划标准）", "1"],
    [U, "时效指标", "项目完成时间", "2019年12月（计划标准）", "100%"],
    [U, "成本指标", "基本支出", "", ""],
]
NINGDE_DFZ = {
    "file": "fj-ningde-dfz-dept-targets.xlsx",
    "sheet": "附件4",
    "blocks": [("table", NINGDE_DFZ_GRID)],
    "source_urls": ["http://ndfzw.com/ggl/2019-12-31/7211.html"],
    "province": "福建", "doc_kind": "部门整体目标表", "patterns": [1, 5, 7, 9, 10],
    "indicators": [
        ind("产出指标", "数量指标", "志鉴地情相关工作开展所需资金的供应时效", "100%", None, 100, "%"),
        ind("产出指标", "数量指标", "确保日常工作正常运行", "100%", None, 100, "%"),
        ind("产出指标", "数量指标", "按年度发放绩效奖、文明奖、综治平安奖、应休未休补贴", "≥60%", ">=", 60, "%"),
        ind("产出指标", "质量指标", "调研、督促、指导志、鉴、地情编纂的县（市、区）的覆盖率", "1", None, 1, None),
        ind("产出指标", "质量指标", "各类书籍审稿率", "1", None, 1, None),
        ind("产出指标", "时效指标", "项目完成时间", "100%", None, 100, "%"),
        ind("产出指标", "成本指标", "基本支出", "", None, None, None),
    ],
    "goals": [goal("年度目标", text) for text in NINGDE_DFZ_GOALS],
    "facts": [sum_fact("资金总额", 171.41, [60.8, 110.61]),
              sum_fact("履职目标预算金额", 171.41, [49.8, 11, 171.41])],
    "findings": [
        find("target.missing_unit", "调研、督促、指导志、鉴、地情编纂的县（市、区）的覆盖率",
             "a rate written as the bare number 1 (the 指标解释 says 90%)"),
        find("target.missing_unit", "各类书籍审稿率", "a rate written as the bare number 1"),
        find("target.missing_value", "基本支出", "成本指标 row with a name and no value"),
        find("coverage.missing_dimension", "效益指标", "the table as reproduced has no 效益指标 row"),
        find("coverage.missing_dimension", "满意度指标", "the table as reproduced has no 满意度指标 row"),
        find("goal.process_only", NINGDE_DFZ_GOALS[0][:15], "paying wages is upkeep, no output or effect"),
        find("goal.process_only", NINGDE_DFZ_GOALS[1][:15], "handing out subsidies 一定程度, no output or effect"),
        find("goal.process_only", NINGDE_DFZ_GOALS[2][:15], "keeping office funding running, no output"),
        find("goal.process_only", NINGDE_DFZ_GOALS[3][:15], "funding the work; 完成年度任务 names no measurable output"),
        find("consistency.sum", "履职目标预算金额",
             "the 履职目标 amounts 49.8 + 11 + 171.41 = 232.21 exceed 资金总额 171.41 (基本支出 is 110.61 above)"),
    ],
    "notes": ("Page text stops at the 成本指标 row (三级 基本支出, nothing after it): the row is kept with empty cells and "
              "the document lacks 效益 and 满意度. Odd columns as found: 指标解释 holds values with their basis "
              "(100%（历史标准）), 目标值 holds 1 for two rates. The 履职目标 table gives 基本支出 171.41 (the whole "
              "budget) where the budget block says 110.61. A blank row separates the 履职 table from the indicators."),
}

# ---------------------------------------------------------------------------------------------------------------
# 5. (place masked: 太**) — 城管执法车辆维修燃油费 项目支出绩效目标申报表 2023, two indicator halves, DOCX
# ---------------------------------------------------------------------------------------------------------------
VEHICLE_GOAL = "保障城管执法巡查车辆、抑尘作业车辆的维修及燃油费用，完成**日常执法及拆违拆旧的出勤任务"
VEHICLE_PARAS = [
    "1.“太**城管执法执勤车辆燃油维修费”项目。",
    "（1）项目概述：****城管局执法车及雾炮车等工程车辆燃油定点采购、执法车辆故障定点维修费",
    "（2）立项依据：中标通知书THXCG****0059-1Z",
    "（3）实施主体：****",
    "（4）起止时间：2023年1月1日至2023年12月31日",
    "（5）项目内容：保障城管执法巡查车辆、抑尘作业车辆的维修及燃油费用，完成**日常执法及拆违拆旧的出勤任务",
    "（6）年度预算安排：340.00万元",
    "（7）绩效目标。",
]
VEHICLE_GRID = [
    ["项目支出绩效目标申报表", L, L, L, L, L, L, L],
    ["（ 2023 年度）", L, L, L, L, L, L, L],
    ["项目责任人（签字）：韩朝印", L, L, L, "单位（盖章）：", L, L, L],
    ["项目名称", "城管执法车辆维修燃油费", L, L, L, L, L, L],
    ["主管部门及代码", "[055]****", L, L, "实施单位", "****", L, L],
    ["项目属性", "常年项目", L, L, "项目期", "1年", L, L],
    ["项目资金\n（万元）", "中期资金总额：", L, "170.00", "年度资金总额：", L, "340.00", L],
    [U, "其中：财政拨款", L, "170.00", "其中：财政拨款", L, "340.00", L],
    [U, "其他资金", L, "0.00", "其他资金", L, "0.00", L],
    ["总\n体\n目\n标", "中期目标（2023年—2023年）", L, L, "年度目标", L, L, L],
    [U, VEHICLE_GOAL, L, L, "", L, L, L],
    ["绩\n效\n指\n标", "一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"],
    [U, "产出指标", "数量指标", "完成修理养护的设施数量", "≥90辆", "数量指标", "", ""],
    [U, U, "质量指标", "经费支出合规性", "较高", "质量指标", "", ""],
    [U, U, U, "项目验收合格率", "≥100百分比", U, "", ""],
    [U, U, U, "养护维修质量合格率", "≥100百分比", U, "", ""],
    [U, U, "时效指标", "项目完成及时性", "程度较高", "时效指标", "", ""],
    [U, U, U, "经费支出时效性", "及时支出", U, "", ""],
    [U, U, "成本指标", "项目总成本", "≤****000元", "成本指标", "", ""],
    [U, "效益指标", "经济效益指标", "对减少财政投资成本的改善程度", "程度较高", "经济效益指标", "", ""],
    [U, U, "社会效益指标", "对单位履职、促进事业发展", "", "社会效益指标", "", ""],
]
VEHICLE = {
    "file": "xx-chengguan-vehicle-fuel-targets.docx",
    "blocks": [("para", p) for p in VEHICLE_PARAS] + [("table", VEHICLE_GRID)],
    "source_urls": ["https://wap.qianlima.com/zb/detail/20240808_439315077.html"],
    "province": None, "doc_kind": "申报表", "patterns": [1, 2, 3, 5, 8, 10],
    "indicators": [
        ind("产出指标", "数量指标", "完成修理养护的设施数量", "≥90辆", ">=", 90, "辆"),
        ind("产出指标", "质量指标", "经费支出合规性", "较高", None, None, None),
        ind("产出指标", "质量指标", "项目验收合格率", "≥100百分比", ">=", 100, "百分比"),
        ind("产出指标", "质量指标", "养护维修质量合格率", "≥100百分比", ">=", 100, "百分比"),
        ind("产出指标", "时效指标", "项目完成及时性", "程度较高", None, None, None),
        ind("产出指标", "时效指标", "经费支出时效性", "及时支出", None, None, None),
        ind("产出指标", "成本指标", "项目总成本", "≤****000元", "<=", None, "元"),
        ind("效益指标", "经济效益指标", "对减少财政投资成本的改善程度", "程度较高", None, None, None),
        ind("效益指标", "社会效益指标", "对单位履职、促进事业发展", "", None, None, None),
    ],
    "goals": [goal("中期目标", VEHICLE_GOAL)],
    "facts": [sum_fact("中期资金总额", 170.0, [170.0, 0.0]), sum_fact("年度资金总额", 340.0, [340.0, 0.0])],
    "findings": [
        find("target.qualitative_no_scale", "经费支出合规性", "value 较高 is a bare level"),
        find("target.impossible_value", "项目验收合格率", "≥100%: a rate cannot exceed 100%"),
        find("target.impossible_value", "养护维修质量合格率", "≥100%: a rate cannot exceed 100%"),
        find("target.qualitative_no_scale", "项目完成及时性", "value 程度较高 is a bare level, no date"),
        find("target.time_no_deadline", "经费支出时效性", "时效 row: 及时支出 with no date or days"),
        find("target.placeholder", "项目总成本", "≤****000元: the amount is masked with ****"),
        find("target.qualitative_no_scale", "对减少财政投资成本的改善程度", "value 程度较高 is a bare level"),
        find("target.missing_value", "对单位履职、促进事业发展", "the last row has a name and no value"),
        find("coverage.missing_dimension", "满意度指标", "the table as reproduced has no 满意度指标 row"),
        find("goal.process_only", VEHICLE_GOAL[:15], "funding repairs and fuel and doing duty trips: steps, no output"),
    ],
    "notes": ("Page on a bidding-information mirror that masks place and unit names with ** (the county is 太**; "
              "province not stated, left null). Prose items (1)–(7) then the form. The indicator block has two "
              "halves side by side with no period label in the header (一级 │ 二级 │ 三级 │ 指标值 │ 二级 │ 三级 │ 指标值): "
              "only the first half is filled, the second has its 二级 labels only; the goals row says 中期目标 │ 年度目标 "
              "and only the 中期 cell is filled. 中期资金总额 170.00 is half the 年度资金总额 340.00 for a one-year project. "
              "Page text stops in the 社会效益 row (name cut, no value): no 满意度 rows in the document."),
}

# ---------------------------------------------------------------------------------------------------------------
# 6. 福建 宁德 — 人才驿站补助资金 绩效评价报告 (system-generated, cut at both ends), DOCX
# ---------------------------------------------------------------------------------------------------------------
TALENT_GRID = [
    ["评价内容", L, "绩效内容", "绩效目标值", "实际完成值", "累计完成率"],
    ["产出目标", "数量目标", "当年获得宁德市级以上确认的人才驿站数量", ">=2个", "0个", "0%"],
    [U, U, "当年人才驿站组织活动数量", ">=28次", "40次", "143%"],
    [U, U, "每年人才驿站服务人次", ">=500人", "1700人", "340%"],
    [U, "质量目标", "各类人才对我市人才政策的知晓率", ">=95%", "98%", "103%"],
    [U, U, "人才驿站补助资金到位率", ">=100%", "100%", "100%"],
]
TALENT_BLOCKS = [
    ("para", "人才驿站补助资金到位率的绩效目标值为100%。本项目年度定量目标及其完成情况见下表："),
    ("para", "项目年度绩效目标（定量目标）"),
    ("table", TALENT_GRID),
    ("para", "（二）项目财务管理状况"),
    ("para", "本项目累计安排资金10万元。按评价指标体系打分：项目立项6分，绩效目标5分，资金投入4分，资金管理9分，"
             "组织实施6分，时效目标10分，成本目标0分，数量目标10分，质量目标10分，社会效益目标15分，服务对象满意度15分，"
             "总得分90分。"),
    ("para", "（二）项目绩效目标完成情况"),
    ("para", "1.产出目标完成情况"),
    ("para", "（1）时效目标：人才驿站补助资金到位时间的目标值为2023年12月前，实际在2023年12月前到位，目标完成率100%。"),
    ("para", "（2）成本目标：项目资金投入的目标值为10万元，实际投入0万元，目标完成率0%。"),
    ("para", "（3）数量目标：当年获得宁德市级以上确认的人才驿站数量目标2个，实际0个，完成率0%；当年人才驿站组织活动"
             "数量目标28次，实际40次，完成率143%；人才驿站补助资金到位率目标100%，实际100%，完成率100%。"),
    ("para", "绩效目标合理性：满分3分，得3分。理由：绩效目标设置合理。"),
    ("para", "绩效指标明确性：满分2分，得2分。理由：绩效指标设置明确。"),
    ("para", "资金到位率：满分3分，得3分。理由：到位及时率大于90%的得满分。"),
    ("para", "预算执行率：满分3分，得3分。理由：资金使用率大于95%的得满分。"),
    ("para", "完成项目资金投入：满分10分，得0分。扣分原因：项目资金投入绩效目标值大于10万元。"),
    ("para", "每年人才驿站服务人次：满分10分，得10分。"),
]
TALENT = {
    "file": "fj-ningde-talent-station-evalreport.docx",
    "blocks": TALENT_BLOCKS,
    "source_urls": ["https://0477ly.com/newsdetail/news661681.html"],
    "province": "福建", "doc_kind": "评价报告", "patterns": [1, 5, 6, 10],
    "indicators": [
        ind("产出指标", "数量指标", "当年获得宁德市级以上确认的人才驿站数量", ">=2个", ">=", 2, "个", 0),
        ind("产出指标", "数量指标", "当年人才驿站组织活动数量", ">=28次", ">=", 28, "次", 40),
        ind("产出指标", "数量指标", "每年人才驿站服务人次", ">=500人", ">=", 500, "人", 1700),
        ind("产出指标", "质量指标", "各类人才对我市人才政策的知晓率", ">=95%", ">=", 95, "%", 98),
        ind("产出指标", "质量指标", "人才驿站补助资金到位率", ">=100%", ">=", 100, "%", 100),
    ],
    "goals": [],
    "facts": [
        completion("当年获得宁德市级以上确认的人才驿站数量", 2, 0, 0.0, "个"),
        completion("当年人才驿站组织活动数量", 28, 40, 143.0, "次"),
        completion("每年人才驿站服务人次", 500, 1700, 340.0, "人"),
        completion("各类人才对我市人才政策的知晓率", 95, 98, 103.0, "%"),
        completion("人才驿站补助资金到位率", 100, 100, 100.0, "%"),
        completion("项目资金投入", 10, 0, 0.0, "万元"),
        score_fact(90, [6, 5, 4, 9, 6, 10, 0, 10, 10, 15, 15]),
    ],
    "findings": [
        find("target.impossible_value", "人才驿站补助资金到位率", ">=100%: a rate cannot exceed 100%"),
        find("coverage.missing_dimension", "效益指标", "the target table has only 产出 rows (数量/质量)"),
        find("coverage.missing_dimension", "满意度指标", "the target table has only 产出 rows (数量/质量)"),
    ],
    "notes": ("A system-generated evaluation report on a mirror site, in traditional characters; the stored text "
              "starts after the report's opening (mid-section) and stops inside the scoring reasons, so the document "
              "begins with the 到位率 sentence and ends with the 服务人次 score. Two sections are both numbered （二） as "
              "on the page. All stated completion rates agree with target/actual (143% for 40/28, 340% for 1700/500, "
              "103% for 98/95) and the eleven scores add up to 90. Defects kept: 0 of 2 人才驿站 and 0万元 of 10万元 "
              "invested, yet 数量目标 scores 10/10 and 预算执行率 full marks (资金使用率>95%); targets far below the actuals "
              "(340%). The 时效 and 成本 targets exist only in prose. No grade is stated."),
}

# ---------------------------------------------------------------------------------------------------------------
# 7. 湖北 黄石 — 中共黄石市委党校 主体班 项目支出绩效目标批复表 2022 (no 效益 rows), XLSX
# ---------------------------------------------------------------------------------------------------------------
HUANGSHI_GOAL = ("主体班培训280人次；邀请校外名师、领导授课25人次；情景教学或外训批次6批次；开设课程数量220门；"
                 "高质量完成干部教育培训工作。")
HUANGSHI_ROWS = [
    ("数量指标", "主体班培训人次", "280人次"),
    ("数量指标", "邀请校外名师、领导授课人次", "25人次"),
    ("数量指标", "情景教学或外训批次", "6次"),
    ("数量指标", "理论教育和党性教育课时比例", "70%"),
    ("数量指标", "开设课程数量", "220"),
    ("质量指标", "培训完成率", "100%"),
    ("质量指标", "邀请校外名师、领导授课完成率", "100%"),
    ("质量指标", "情景教学或外训完成率", "100%"),
    ("质量指标", "理论教育和党性教育课时比例完成率", "100%"),
    ("质量指标", "课程数量达标率", "100%"),
    ("时效指标", "及时完成率", "100%"),
    ("成本指标", "成本控制率", "100%"),
]


def _huangshi_grid():
    grid = [
        ["项目支出绩效目标批复表", L, L, L, L, L, L],
        ["（2022年度）", L, L, L, L, L, L],
        ["项目名称", "主体班", L, L, "项目负责人", "", L],
        ["项目金额", "164万元", L, L, "其中：当年市级财政资金", "132万元", L],
        ["项目主管部门", "", L, L, "实施单位", "中共黄石市委党校", L],
        ["项目属性", "持续性项目■ 新增性项目口", L, L, "项目期", "2022年", L],
        ["年度绩效目标（文字）", HUANGSHI_GOAL, L, L, L, L, L],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", L, "指标标准或依据"],
        [U, U, U, U, "2021年实际实现值", "预期2022年实现值", U],
    ]
    prev = None
    for i, (level2, name, value) in enumerate(HUANGSHI_ROWS):
        grid.append([U, "产出指标" if i == 0 else U, level2 if level2 != prev else U, name, value, L, ""])
        prev = level2
    grid.append([U, "满意度指标", "服务对象满意度指标", "培训学员对培训效果满意度", "≥95%", L, ""])
    grid.append(["财政资金管理科室（盖章）          年    月    日", L, L, L,
                 "财政绩效管理科室（盖章）          年    月    日", L, L])
    return grid


def _pct_or_count(value):
    m = re.fullmatch(r"(≥)?([\d.]+)(.*)", value)
    op = ">=" if m.group(1) else None
    num = float(m.group(2))
    num = int(num) if num.is_integer() else num
    return op, num, (m.group(3) or None)


HUANGSHI = {
    "file": "hb-huangshi-party-school-targets.xlsx",
    "sheet": "批复表",
    "blocks": [("table", _huangshi_grid())],
    "source_urls": ["http://czj.huangshi.gov.cn/2020xxgkzn/2020gknr/2020czzj/2020zxzj/202201/t20220125_875008.html"],
    "province": "湖北", "doc_kind": "申报表", "patterns": [1, 2, 5, 8, 10],
    "indicators": [
        ind("产出指标", level2, name, value, *_pct_or_count(value)) for level2, name, value in HUANGSHI_ROWS
    ] + [ind("满意度指标", "服务对象满意度指标", "培训学员对培训效果满意度", "≥95%", ">=", 95, "%")],
    "goals": [goal("年度目标", HUANGSHI_GOAL)],
    "facts": [],
    "findings": [
        find("target.missing_unit", "开设课程数量", "bare number 220 (the goal text says 220门)"),
        find("coverage.missing_dimension", "效益指标", "the approved table has no 效益指标 rows at all"),
    ],
    "notes": ("Whole form as published (an approval form, 批复表). The 指标值 header has two sub-columns, 2021年实际实现值 "
              "and 预期2022年实现值, but each row of the page carries one value; it is written as one cell spanning both "
              "sub-columns (the values are the 2022 targets named in the goal text). 指标标准或依据 is empty throughout; "
              "项目负责人 and 项目主管部门 are empty. 产出指标 is one label merged down twelve rows. 情景教学或外训批次 is "
              "6次 in the table and 6批次 in the goal. 164万元 with 其中 132万元 of city money (the rest not named)."),
}

# ---------------------------------------------------------------------------------------------------------------
# 8. 重庆 荣昌区林业局 — 古昌镇大青冈村乡村振兴绿化美化项目 项目绩效目标表 2022 (unit and operator columns; cut), DOCX
# ---------------------------------------------------------------------------------------------------------------
RONGCHANG_LIST = [
    "古昌镇大青冈村乡村振兴绿化美化项目100万元", "双河", "仁义", "国有岚峰林场森林防火交通工具20万元",
    "防火隔离带建设50万元", "义务植树及林地改造项目40万元", "竹资源提质增效46万元", "森林资源专项调查200万",
    "2022年度林业中介服务项目50万元", "2021年森林督查“一张图”年度更新技术19万元", "林业资源小班督查服务费40万元",
    "荣昌区林地保护利用规划（2021-2035年）8.5万元", "中介机构火灾风险普查工作26万元", "石漠化调查8.9万元",
    "“十四五”林业规划编制经费7.2万元", "荣昌区2021年松材线虫病除治监理和质量检查验收项目10万元",
    "森林督查及林业执法执勤设备设施费20万元",
]
RONGCHANG_TOTAL_GOAL = "对古昌镇大青杠村约3500米公路沿线进行绿化美化。"
RONGCHANG_YEAR_GOAL = ("在古昌镇大青杠村约3500米公路沿线，通过地面清表、苗木采购和栽植、区域造景、管护等措施进行绿化美化，"
                       "同时向周边沿线村民发放李子苗。")
RONGCHANG_GRID = [
    ["项目绩效目标表", L, L, L, L, L, L],
    ["（2022年度）", L, L, L, L, L, L],
    ["申报单位", "区林业局", L, "项目（专项）名称", "古昌镇大青冈村乡村振兴绿化美化项目", L, L],
    ["具体实施单位", "区林业局", L, "项目属性", "延续", L, L],
    ["项目负责人", "胡正君", L, "联系电话", "199****9736", L, L],
    ["资金情况（万元）", "年度资金总额：", L, "153.5184", L, L, L],
    [U, "其中：1.中央资金", L, "", L, L, L],
    [U, "2.市级资金", L, "153.5184", L, L, L],
    [U, "3.区级资金", L, "", L, L, L],
    [U, "4.其他资金", L, "", L, L, L],
    ["项目概况及立项依据", "在古昌镇大青杠村事实乡村公路绿化；对周边沿线村民发放李子苗", L, L, L, L, L],
    ["项目总体目标", RONGCHANG_TOTAL_GOAL, L, L, L, L, L],
    ["项目年度目标", RONGCHANG_YEAR_GOAL, L, L, L, L, L],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "计量单位", "指标性质", "指标值"],
    [U, "产出指标", "数量指标", "绿化美化公路", "米", "=", "3500"],
    [U, U, U, "购买发放李子苗", "株", "=", "15000"],
    [U, U, "质量指标", "树木成活率", "%", "≥", "85"],
    [U, U, U, "", "", "", ""],
    [U, U, "时效指标", "", "", "", ""],
]
RONGCHANG = {
    "file": "cq-rongchang-greening-targets.docx",
    "blocks": [("para", p) for p in RONGCHANG_LIST] + [("para", "附件2-1"), ("table", RONGCHANG_GRID)],
    "source_urls": ["http://www.rongchang.gov.cn/bm/qlyj/zwgk_70831/fdzdgknr_70834/ysjs/ysgk/202209/t20220907_11085882.html"],
    "province": "重庆", "doc_kind": "申报表", "patterns": [1, 2, 5, 6, 8, 9, 10],
    "indicators": [
        ind("产出指标", "数量指标", "绿化美化公路", "=3500米", "=", 3500, "米"),
        ind("产出指标", "数量指标", "购买发放李子苗", "=15000株", "=", 15000, "株"),
        ind("产出指标", "质量指标", "树木成活率", "≥85%", ">=", 85, "%"),
    ],
    "goals": [goal("总体目标", RONGCHANG_TOTAL_GOAL), goal("年度目标", RONGCHANG_YEAR_GOAL)],
    "facts": [sum_fact("年度资金总额", 153.5184, [153.5184])],
    "findings": [
        find("coverage.missing_dimension", "效益指标", "the table as reproduced stops at an empty 时效 row"),
        find("coverage.missing_dimension", "满意度指标", "the table as reproduced stops at an empty 时效 row"),
    ],
    "notes": ("The page opens with a list of the bureau's projects and amounts (two lone village names are image "
              "captions), then 附件2-1. The list gives this project 100万元 while the form says 153.5184万元 (all 市级). "
              "Column order 三级 │ 计量单位 │ 指标性质 │ 指标值, with the operator in the 指标性质 column. The page text stops "
              "after a blank 质量 row and an empty 时效指标 row, so the document has no 效益 or 满意度 rows. The project "
              "name says 大青冈村, the goals 大青杠村; 事实 for 实施 as on the page. Phone number masked."),
}

# ---------------------------------------------------------------------------------------------------------------
# 9. 宁夏 银川 — 银川市本级部门项目支出绩效自评表 2021 (初中公用经费, evaluation-style rows; cut in 满意度), XLSX
# ---------------------------------------------------------------------------------------------------------------
YINCHUAN_GRID = [
    ["银川市本级部门项目支出绩效自评表（2021年）", L, L, L, L, L, L, L],
    ["项目名称", "初中公用经费", L, "主管部门", "银川市教育局", "自评得分", "98", ""],
    ["实施单位", "银川市第六中学", L, "", "", "财政审核评分", "", ""],
    ["项目资金（万元）", "", L, "年初预算数", "调整预算数（A）", "全年执行数（B）", "执行率（B/A）", ""],
    [U, "年度资金总额", L, "64.8", "64.8", "64.8", "100%", ""],
    ["年度总体目标", "年初设定目标", L, "保障学校正常工作运行", L, L, L, L],
    [U, "年度总体目标完成情况", L, "", L, L, L, L],
    ["一级指标", "二级指标", "三级指标", "参考分值", "指标值（A）", "全年实际值（B）", "得分", "未完成原因分析及改进措施"],
    ["项目决策（10分）", "项目目标", "完整性", "4", "—", "目标明确、内容细化、目标量化", "4", ""],
    [U, "项目立项", "相关性", "2", "—", "按照学校管理标准对学校进行管理", "2", ""],
    [U, U, "可行性", "2", "—", "实际工作需求", "2", ""],
    [U, U, "适当性", "2", "—", "有资金测算标准", "2", ""],
    ["项目管理（25分）", "投入管理", "预算执行率", "10", "—", "100%", "9", ""],
    [U, "财务管理", "财务管理制度有效性", "7", "—", "财务制度健全，严格执行制度，会计核算规范", "7", ""],
    [U, "项目实施", "绩效监控有效性", "2", "—", "持续有效", "2", ""],
    [U, U, "管理制度有效性", "6", "—", "严格执行相关管理制度", "6", ""],
    ["项目产出（30分）", "数量指标（10分）", "保障人数", "10", "2370人", "2370人", "10", ""],
    [U, U, "指标2：", "", "", "", "", ""],
    [U, "质量指标（5分）", "公用经费标准", "5", "符合相关文件要求", "符合相关文件要求", "5", ""],
    [U, U, "指标2：", "", "", "", "", ""],
    [U, "时效指标（5分）", "公用经费完成时间", "5", "2021年12月完成", "2021年12月完成", "4", ""],
    [U, U, "指标2：", "", "", "", "", ""],
    [U, "成本指标（10分）", "办公所需成本", "4", "15万元", "15万元", "4", ""],
    [U, U, "维修（维护）所需成本", "3", "35万元", "35万元", "3", ""],
    [U, U, "绿化、水电费等成本", "3", "14.8万元", "14.8万元", "3", ""],
    ["项目效益（35分）", "经济效益指标", "指标1：", "", "", "", "", ""],
    [U, U, "指标2：", "", "", "", "", ""],
    [U, "社会效益指标", "效果显著", "15", "改善学校的办学条件", "改善学校的办学条件", "13", ""],
    [U, U, "指标2：", "", "", "", "", ""],
    [U, "生态效益指标", "指标1：", "", "", "", "", ""],
    [U, U, "指标2：", "", "", "", "", ""],
    [U, "可持续影响指标", "使学生和老师有个更好的学习和工作环境，做到", "10", "社会认可的办学环境。", "社会认可的办学环境。",
     "8", ""],
    [U, U, "指标2：", "", "", "", "", ""],
    [U, "服务对象满意度指标（10分）", "学生和老", "", "", "", "", ""],
]
YINCHUAN = {
    "file": "nx-yinchuan-school-public-fund-selfeval.xlsx",
    "sheet": "自评表",
    "blocks": [("table", YINCHUAN_GRID)],
    "source_urls": ["https://m.yzwku.com/doc/476505.html"],
    "province": "宁夏", "doc_kind": "自评表", "patterns": [1, 4, 5, 8, 9, 10],
    "indicators": [
        ind("产出指标", "数量指标", "保障人数", "2370人", None, 2370, "人", 2370, 10, 10),
        ind("产出指标", "质量指标", "公用经费标准", "符合相关文件要求", None, None, None, None, 5, 5),
        ind("产出指标", "时效指标", "公用经费完成时间", "2021年12月完成", None, None, None, None, 5, 4),
        ind("产出指标", "成本指标", "办公所需成本", "15万元", None, 15, "万元", 15, 4, 4),
        ind("产出指标", "成本指标", "维修（维护）所需成本", "35万元", None, 35, "万元", 35, 3, 3),
        ind("产出指标", "成本指标", "绿化、水电费等成本", "14.8万元", None, 14.8, "万元", 14.8, 3, 3),
        ind("效益指标", "社会效益指标", "效果显著", "改善学校的办学条件", None, None, None, None, 15, 13),
        ind("效益指标", "可持续影响指标", "使学生和老师有个更好的学习和工作环境，做到", "社会认可的办学环境。", None, None, None,
            None, 10, 8),
        ind("满意度指标", "服务对象满意度指标", "学生和老", "", None, None, None, None, None, None),
    ],
    "goals": [goal("年度目标", "保障学校正常工作运行")],
    "facts": [budget("年度资金总额", 64.8, 64.8, 100.0),
              score_fact(98, [4, 2, 2, 2, 9, 7, 2, 6, 10, 5, 4, 4, 3, 3, 13, 8])],
    "findings": [
        find("target.qualitative_no_scale", "公用经费标准", "value 符合相关文件要求 is a judgement with no scale"),
        find("target.vague_wording", "效果显著", "value 改善学校的办学条件: a change verb with no number"),
        find("target.qualitative_no_scale", "使学生和老师有个更好的学习和工作环境，做到", "value 社会认可的办学环境 is a judgement"),
        find("target.missing_value", "学生和老", "the last row (name cut) has no value"),
        find("consistency.score_total", "总分",
             "自评得分 98 but the row scores add to 84 (at most 94 even with a full 满意度 score)"),
        find("goal.process_only", "保障学校正常工作运行", "keeping the school running: upkeep, no output or effect"),
    ],
    "notes": ("OCR text of a DOCX preview (document-sharing site): 考值参分 read as 参考分值, 3M.8 as 14.8, 行 as 有; "
              "页 markers dropped. A 2021 form of 银川市本级 that mixes evaluation rows (项目决策, 项目管理: 指标值 —, "
              "criteria as 实际值) with target rows (项目产出, 项目效益). Gold lists only the target rows (产出/效益/满意度) "
              "as indicators; the 决策/管理 rows score the evaluation. The page stops in the 满意度 row (name cut to 学生和老), "
              "kept with empty cells. Template rows 指标1：/指标2： are left as found. Heading points add up (10/25/30/35) "
              "but the row scores add to 84 against the stated 自评得分 98. 年度总体目标完成情况 is illegible on the page "
              "and left empty; 预算执行率 100% scored 9 of 10."),
}

# ---------------------------------------------------------------------------------------------------------------
# 10. 河北 邯郸 成安县民政局 — 2020年度预算项目绩效自评表 (19名百岁老人高龄津贴; 符号/值/单位 and 得分/权重/折算), XLSX
# ---------------------------------------------------------------------------------------------------------------
CHENGAN_GOALS = ["为我县百岁高龄老年人发放补贴，使老年人得到更好的照顾。", "为全县共享改革开放成果，促进社会稳定文明和谐"]
CHENGAN_ROWS = [
    # 一级, 二级, 三级, explanation (under 指标分值), value (operator >=, unit %), score = weight, converted score
    ("产出指标", "质量指标", "符合条件申报对象覆盖率", "享受补贴政策人数占符合条件申报对象总数的比例", 98, "25.00", "6.25"),
    ("产出指标", "时效指标", "完成率", "按照要求每月及时完成符合条件对象审批的比例（百分比）", 99, "25.00", "6.25"),
    ("效果指标", "社会效益指标", "补贴发放率", "高龄补贴发放完成率", 75, "30.00", "9.00"),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", "享受高龄津贴的对象对老龄工作的满意程度", 95, "10.00", "1.00"),
]


def _chengan_grid():
    width = 13
    grid = [
        ["成安县民政局2020年度预算项目绩效自评表"] + [L] * (width - 1),
        ["一、基本情况", "项目名称：", "19名百岁老人高龄津贴", L, L, "是否为专项资金：", L, "", "实施（主管）单位",
         "314002-成安县民政局机关", L, "金额单位：万元", L],
        ["二、预算执行情况", "预算安排情况（调整后）", L, L, "资金到位情况", L, L, "资金执行情况", L, L, "预算执行进度（%）", L, L],
        [U, "预算数", L, "6.84", "到位数", L, "6.84", "执行数", L, "6.84", "100.00", L, L],
        [U, "其中：财政资金", L, "6.84", "其中：财政资金", L, "6.84", "其中：财政资金", L, "6.84", U, U, U],
        [U, "其他", L, "0.00", "其他", L, "0.00", "其他", L, "0.00", U, U, U],
        ["三、目标完成情况", "年度预期目标", L, L, L, L, "具体完成情况", L, L, L, L, "总体完成率（%）", L],
        [U, CHENGAN_GOALS[0], L, L, L, L, CHENGAN_GOALS[0], L, L, L, L, "100.00", L],
        [U, CHENGAN_GOALS[1], L, L, L, L, CHENGAN_GOALS[1], L, L, L, L, U, U],
        ["四、年度绩效指标完成情况", "一级指标", "二级指标", "三级指标", "指标分值", "预期指标值", L, L, "单项指标实际完成值",
         "单项指标完成情况", "自评得分", L, L],
        [U, U, U, U, U, "符号", "", "单位（文字描述）", U, U, "单项指标得分", "权重占比（%）", "单项指标折算得分"],
    ]
    prev = None
    for level1, level2, name, expl, value, score, conv in CHENGAN_ROWS:
        grid.append([U, level1 if level1 != prev else U, level2, name, expl, ">=", str(value), "%（百分比）", "100%", "完成",
                     score, score, conv])
        prev = level1
    grid.append([U, "预算执行率", "预算执行率", "", "", "", "", "", "", "", "", "", ""])
    return grid


CHENGAN = {
    "file": "he-chengan-centenarian-allowance-selfeval.xlsx",
    "sheet": "自评表",
    "blocks": [("table", _chengan_grid())],
    "source_urls": ["http://cycms.chengan.gov.cn/zfxxgk/bmView.jsp?id=15437&websiteid=905&xxfl=0404"],
    "province": "河北", "doc_kind": "自评表", "patterns": [1, 2, 5, 6, 8, 9, 10],
    "indicators": [
        ind("产出指标", "质量指标", "符合条件申报对象覆盖率", ">=98%（百分比）", ">=", 98, "%", 100, 25, 25),
        ind("产出指标", "时效指标", "完成率", ">=99%（百分比）", ">=", 99, "%", 100, 25, 25),
        ind("效益指标", "社会效益指标", "补贴发放率", ">=75%（百分比）", ">=", 75, "%", 100, 30, 30),
        ind("满意度指标", "服务对象满意度指标", "服务对象满意度", ">=95%（百分比）", ">=", 95, "%", 100, 10, 10),
    ],
    "goals": [goal("年度目标", text) for text in CHENGAN_GOALS],
    "facts": [budget("预算数", 6.84, 6.84, 100.0)],
    "findings": [
        find("goal.unquantified", CHENGAN_GOALS[0][:15], "names an effect (得到更好的照顾) with no number; the 19 名 is only in the project name"),
        find("goal.unquantified", CHENGAN_GOALS[1][:15], "促进社会稳定文明和谐: a change verb with no number"),
    ],
    "notes": ("Published as an HTML table; the stored text stops in the 预算执行率 row (kept with empty cells; it is the "
              "budget line, not an indicator). The header says 指标分值 where the rows hold an explanation of the "
              "indicator; 预期指标值 has three sub-columns (符号 │ value │ 单位（文字描述）). 自评得分 is split into "
              "单项指标得分 │ 权重占比（%） │ 单项指标折算得分, and the converted score applies the weight twice (25 × 25% = "
              "6.25; the four rows convert to 22.5). Weights of the four rows add to 90; the 预算执行率 weight is blank, "
              "so no total is stated and no score_total finding is expected. 效果指标 is the old name of 效益指标. The "
              "具体完成情况 cells repeat the goals word for word."),
}

# ---------------------------------------------------------------------------------------------------------------
# 11. 安徽 淮北 濉溪县民政局 — 临时救助 绩效目标自评表 2019 (★ marks and ≥** hints in names; cut in 满意度), XLSX
# ---------------------------------------------------------------------------------------------------------------
SUIXI_ROWS = [
    # level2 as written, name, weight, target, actual, score, reason
    ("数量指标", "★★★农村低保发放人数（按月平均）（≥**人）", 5, ">=21933人", "21980人", 5, ""),
    ("数量指标", "★★★其中：农村低保对象中建档立卡贫困人口数量（按月平均）（≥**人）", 5, ">=9431人", "9453人", 5, ""),
    ("数量指标", "★★★建档立卡贫困人口中接受临时救助的人次数（≥**人次）", 5, ">=59人次", "87人次", 5, ""),
    ("数量指标", "★★★特困人员救助供养人数（按月平均）（≥**人）", 5, ">=4754人", "4604人", 5, "特困人员实行动态管理"),
    ("数量指标", "扶贫临时救助人数（按月平均）（≥**人）", 10, ">=7人", "7人", 10, ""),
    ("质量指标", "★农村低保标准（≥**元/人·月）", 5, ">=530元/人*月", "583元/人*月", 5, ""),
    ("质量指标", "农村特困人员救助供养基本生活标准（≥**元/人·月）", 5, ">=570元/人*月", "758元/人*月", 5, ""),
    ("质量指标", "扶贫临时救助标准（<**元/户·年）——一户年最高5300元", 10, "<=5300元/户", "5830元/户", 10, ""),
]
SUIXI_GOAL = "为建档立卡扶贫户解决临时性的困难"
SUIXI_DONE = "全年共对建档立卡扶贫户实施临时救助87人次，使用救助资金30万元，完成目标任务。"


def _suixi_grid():
    grid = [
        ["绩效目标自评表", L, L, L, L, L, L, L, L],
        ["（2019年度）", L, L, L, L, L, L, L, L],
        ["项目名称", "临时救助", L, L, L, L, L, L, L],
        ["主管部门", "[155]濉溪县民政局", L, L, L, L, L, L, L],
        ["资金情况（万元）", "", L, "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分", ""],
        [U, "年度资金总额：", L, "30", "30", "10", "100%", "10", ""],
        [U, "其中：本年财政拨款", L, "30", "30", "10", "100%", "10", ""],
        [U, "其他资金", L, "", "", "", "", "", ""],
        ["年度总体目标", "年初设定目标", L, L, L, "年度总体目标完成情况综述", L, L, L],
        [U, SUIXI_GOAL, L, L, L, SUIXI_DONE, L, L, L],
        ["", "一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "未完成原因及拟采取的改进措施"],
    ]
    prev = None
    for i, (level2, name, weight, target, actual, score, reason) in enumerate(SUIXI_ROWS):
        grid.append([U, "产出指标（50分）" if i == 0 else U, level2 if level2 != prev else U, name, str(weight), target,
                     actual, str(score), reason])
        prev = level2
    grid.append([U, "效益指标（30分）", "社会效益指标", "★★★受益建档立卡贫困人口数≥**人", "30", ">=80人", "87人", "30", ""])
    grid.append([U, "满意度指标（10分）", "服务对象满意度指标", "★受助对象满意度（≥**%）", "10", ">=9", "", "", ""])
    return grid


def _suixi_indicator(level2, name, weight, target, actual, score):
    m = re.fullmatch(r"(>=|<=)([\d.]+)(.*)", target)
    value = float(m.group(2))
    value = int(value) if value.is_integer() else value
    act = re.match(r"[\d.]+", actual)
    act_value = None
    if act:
        act_value = float(act.group(0))
        act_value = int(act_value) if act_value.is_integer() else act_value
    level1 = {"数量指标": "产出指标", "质量指标": "产出指标", "社会效益指标": "效益指标", "服务对象满意度指标": "满意度指标"}[level2]
    return ind(level1, level2, name, target, m.group(1), value, m.group(3) or None, act_value, weight, score)


SUIXI = {
    "file": "ah-suixi-temporary-relief-selfeval.xlsx",
    "sheet": "自评表",
    "blocks": [("table", _suixi_grid())],
    "source_urls": ["https://www.sxx.gov.cn/zwgk/public/811/56426371.html"],
    "province": "安徽", "doc_kind": "自评表", "patterns": [1, 2, 5, 8, 9, 10],
    "indicators": [_suixi_indicator(l2, n, w, t, a, s) for l2, n, w, t, a, s, _r in SUIXI_ROWS] + [
        _suixi_indicator("社会效益指标", "★★★受益建档立卡贫困人口数≥**人", 30, ">=80人", "87人", 30),
        ind("满意度指标", "服务对象满意度指标", "★受助对象满意度（≥**%）", ">=9", ">=", 9, None, None, 10, None),
    ],
    "goals": [goal("年度目标", SUIXI_GOAL)],
    "facts": [budget("年度资金总额", 30, 30, 100.0), budget("本年财政拨款", 30, 30, 100.0)],
    "findings": [
        find("consistency.deviation_reason_missing", "扶贫临时救助标准（<**元/户·年）——一户年最高5300元",
             "actual 5830元/户 above the ceiling ≤5300 and the reason cell is empty"),
        find("target.missing_unit", "★受助对象满意度（≥**%）", "the value as it stands is >=9 with no unit"),
        find("goal.unquantified", SUIXI_GOAL[:15], "names an effect (解决临时性的困难) with no number"),
    ],
    "notes": ("Page text stops inside the 满意度 row: its value reads >=9 (the page goes on, the document does not), "
              "no actual, no score and no 总分 row. Names carry the template hints (≥**人) and the ★ core-indicator "
              "marks as found; values are in their own cells with >= / <= typed as ASCII. Two missed targets: 特困人员 "
              "4604 of ≥4754 (scored 5/5, reason 特困人员实行动态管理) and the reverse indicator 扶贫临时救助标准 5830 "
              "against ≤5300 (scored 10/10, no reason). The first column of the indicator block is an empty merged "
              "label column as on the page. 分值: 50 + 30 + 10 + 执行率 10 = 100."),
}

# ---------------------------------------------------------------------------------------------------------------
# 12. 四川 广元 昭化区卫生健康局 — 特困家庭再扶助 项目支出绩效目标申报表 2021 (项目完成指标/项目效益指标), DOCX
# ---------------------------------------------------------------------------------------------------------------
ZHAOHUA_GOAL = ("对区域内按计划生育政策、法规生育且独生子女伤残或死亡的适龄家庭实行政策特别扶助，实现“老有所依，老有所养”；"
                "增强服务意识，稳定特扶家庭情绪")
ZHAOHUA_GRID = [
    ["项目支出绩效目标申报表", L, L, L, L],
    ["（2021年度）", L, L, L, L],
    ["项目名称", "特困家庭再扶助（独生子女死亡再扶助）", L, L, L],
    ["预算单位", "区卫生健康局", L, L, L],
    ["项目资金（万元）", "年度资金总额", L, L, "金额（万元）"],
    [U, "（一）财政拨款小计", L, L, "6.30"],
    [U, "1、一般公共预算", L, L, "6.30"],
    [U, "2、政府性基金", L, L, "0.00"],
    [U, "3、国有资本经营预算", L, L, "0.00"],
    [U, "（二）自有资金小计", L, L, "0.00"],
    [U, "1、事业收入", L, L, "0.00"],
    [U, "2、经营性收入", L, L, "0.00"],
    [U, "（三）其他收入", L, L, "0.00"],
    ["总体目标", "年度目标", L, L, L],
    [U, ZHAOHUA_GOAL, L, L, L],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值（包含数字及文字描述）"],
    ["绩效指标", "项目完成指标", "数量指标", "对符合政策法规的独生子伤残、死亡家庭进行扶助", "63人"],
    [U, U, "质量指标", "按政策、法律、法规乡镇申报、初审确认对象资格，县级按要求复审", "100%"],
    [U, U, "时效指标", "项目实施时间", "2021年1月-12月"],
    [U, U, U, "资金拨付", "12月底到位"],
    [U, U, "成本指标", "成本控制", "严格按照预算标准1000元/人给补助对象兑付补助"],
    [U, "项目效益指标", "社会效益指标", "促进人口与经济、社会、资源、环境协调和可持续发展", "100%"],
    [U, U, "可持续影响指标", "实现社会稳定和谐发展", "长期"],
    [U, "满意度指标", "满意度指标", "受益群众满意度", "≥90%"],
    [U, U, U, "社会满意度", "100%"],
]
ZHAOHUA = {
    "file": "sc-zhaohua-special-family-aid-targets.docx",
    "blocks": [("table", ZHAOHUA_GRID)],
    "source_urls": ["http://zhmail.cnzh.gov.cn/News/Detail/20220301121626208.html"],
    "province": "四川", "doc_kind": "申报表", "patterns": [1, 2, 5, 9, 10],
    "indicators": [
        ind("产出指标", "数量指标", "对符合政策法规的独生子伤残、死亡家庭进行扶助", "63人", None, 63, "人"),
        ind("产出指标", "质量指标", "按政策、法律、法规乡镇申报、初审确认对象资格，县级按要求复审", "100%", None, 100, "%"),
        ind("产出指标", "时效指标", "项目实施时间", "2021年1月-12月", None, None, None),
        ind("产出指标", "时效指标", "资金拨付", "12月底到位", None, None, None),
        ind("产出指标", "成本指标", "成本控制", "严格按照预算标准1000元/人给补助对象兑付补助", None, 1000, "元/人"),
        ind("效益指标", "社会效益指标", "促进人口与经济、社会、资源、环境协调和可持续发展", "100%", None, 100, "%"),
        ind("效益指标", "可持续影响指标", "实现社会稳定和谐发展", "长期", None, None, None),
        ind("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", ">=", 90, "%"),
        ind("满意度指标", "服务对象满意度指标", "社会满意度", "100%", None, 100, "%"),
    ],
    "goals": [goal("年度目标", ZHAOHUA_GOAL)],
    "facts": [sum_fact("财政拨款小计", 6.30, [6.30, 0.00, 0.00])],
    "findings": [
        find("target.qualitative_no_scale", "实现社会稳定和谐发展", "value 长期 is a bare level with no scale or date"),
        find("goal.unquantified", ZHAOHUA_GOAL[:15], "no number: the 63 families are only in the indicator table"),
    ],
    "notes": ("Whole form as published (HTML table on the 昭化区 portal; a different page of the same site as a blind6 "
              "source). 一级 names are 项目完成指标 and 项目效益指标; the 满意度 二级 is just 满意度指标. The label 绩效指标 "
              "heads both the column-header row and, separately, the merged body block. The 年度资金总额 row carries the "
              "column header 金额（万元） instead of an amount; subtotals follow (6.30 = 6.30 + 0 + 0). The 成本 value is a "
              "sentence holding the standard 1000元/人 (63人 × 1000元 = 6.3万元)."),
}

# ---------------------------------------------------------------------------------------------------------------
# 13. 湖南 衡阳 南岳区民族宗教事务局 — 2020年忠烈祠免费开放经费 部门整体支出绩效自评表 (cut at 成本指标), XLSX
# ---------------------------------------------------------------------------------------------------------------
NANYUE_GOAL = "认真完成年度各项工作任务，做好日常运转经费及临聘人员工资的发放"
NANYUE_DONE = ("通过文物保护专项经费支出保护文化遗产，带动当地旅游业发展和经济结构调整；借文物承载的传统文化教育、影响群众；"
               "营造文化氛围，提升社区文化环境；通过保护文化景观和传统建筑取得可持续的效益")
NANYUE_GRID = [
    ["2020年忠烈祠免费开放经费236.25万元部门整体支出绩效自评表", L, L, L, L, L, L],
    ["单位名称", "南岳区民族宗教事务局", L, L, "单位负责人及电话", "郭刚毅139****5091", L],
    ["主管部门", "南岳区民族宗教事务局", L, L, "实施单位", "南岳区民族宗教事务局", L],
    ["资金情况（万元）", "", L, "年初预算资金总额：", "实际投入资金额", "产生差异的原因", L],
    [U, "合计", L, "236", "236", "", L],
    [U, "其中：财政拨款", L, "236", "236", "", L],
    [U, "其他资金", L, "", "", "", L],
    ["总体目标", "年度目标", L, L, "年度总体目标完成情况", L, L],
    [U, NANYUE_GOAL, L, L, NANYUE_DONE, L, L],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "产生差异的原因及改进措施"],
    [U, "产出指标", "数量指标", "管理忠烈祠面积", "=230亩", "=230亩", ""],
    [U, U, U, "忠烈祠免费开放", "=365天", "=365天", ""],
    [U, U, U, "聘用讲解员、综治队员以及物业管理人员", "32人", "32人", ""],
    [U, U, "质量指标", "忠烈祠保护合格率", "=100%", "=100%", ""],
    [U, U, "时效指标", "2020年12月完成", "=95%", "=95%", ""],
    [U, U, "成本指标", "忠烈祠、博物馆、大庙运转经", "", "", ""],
]
NANYUE = {
    "file": "hn-nanyue-martyrs-shrine-dept-selfeval.xlsx",
    "sheet": "整体支出绩效自评表",
    "blocks": [("table", NANYUE_GRID)],
    "source_urls": ["https://fyfantasy.com/nyczj/czysgk/2019njyhndyjs/xcg/mzzjswj/20210203/i2295863.html"],
    "province": "湖南", "doc_kind": "部门整体自评表", "patterns": [1, 2, 5, 7, 9, 10],
    "indicators": [
        ind("产出指标", "数量指标", "管理忠烈祠面积", "=230亩", "=", 230, "亩", 230),
        ind("产出指标", "数量指标", "忠烈祠免费开放", "=365天", "=", 365, "天", 365),
        ind("产出指标", "数量指标", "聘用讲解员、综治队员以及物业管理人员", "32人", None, 32, "人", 32),
        ind("产出指标", "质量指标", "忠烈祠保护合格率", "=100%", "=", 100, "%", 100),
        ind("产出指标", "时效指标", "2020年12月完成", "=95%", "=", 95, "%", 95),
        ind("产出指标", "成本指标", "忠烈祠、博物馆、大庙运转经", "", None, None, None),
    ],
    "goals": [goal("年度目标", NANYUE_GOAL)],
    "facts": [budget("合计", 236, 236, None), budget("其中：财政拨款", 236, 236, None)],
    "findings": [
        find("target.missing_value", "忠烈祠、博物馆、大庙运转经", "the 成本 row (name cut) has no value"),
        find("coverage.missing_dimension", "效益指标", "the table as reproduced stops in the 成本 row"),
        find("coverage.missing_dimension", "满意度指标", "the table as reproduced stops in the 成本 row"),
        find("goal.process_only", NANYUE_GOAL[:15], "finishing the year's tasks and paying running costs and wages: steps only"),
    ],
    "notes": ("Mirror of the 南岳区财政局 page (traditional characters; doubled commas of the mirror dropped). The page "
              "text stops in the 成本指标 row, whose name is cut (运转经…) and whose cells are empty; no 效益 or 满意度 rows. "
              "The title says 236.25万元, the money block 236. The 时效 row has the deadline 2020年12月完成 as its name and "
              "=95% as value. Values carry = signs in the actual column too. The goal cell lists duties; the "
              "completion cell describes effects of the heritage spending (our own words). Phone number masked."),
}

DOCUMENTS = [HUOQIU, LVLIANG, HUANGGANG, NINGDE_DFZ, VEHICLE, TALENT, HUANGSHI, RONGCHANG, YINCHUAN, CHENGAN, SUIXI,
             ZHAOHUA, NANYUE]


# ---------------------------------------------------------------------------------------------------------------
# grid → merges
# ---------------------------------------------------------------------------------------------------------------
def spans(grid):
    """Yield (row, col, rowspan, colspan, text) for every anchor cell of the grid."""
    width = len(grid[0])
    for r, row in enumerate(grid):
        assert len(row) == width, (r, row)
    for r, row in enumerate(grid):
        for c, text in enumerate(row):
            if text in (L, U):
                continue
            colspan = 1
            while c + colspan < width and row[c + colspan] == L:
                colspan += 1
            rowspan = 1
            while r + rowspan < len(grid) and all(grid[r + rowspan][c + k] == U for k in range(colspan)):
                rowspan += 1
            yield r, c, rowspan, colspan, text


# ---------------------------------------------------------------------------------------------------------------
# writers
# ---------------------------------------------------------------------------------------------------------------
def _display_len(text: str) -> float:
    """Width in Excel units: a CJK character is about two '0' widths."""
    return sum(2.0 if ord(ch) > 0x2E80 else 1.1 for ch in text)


def write_xlsx(doc, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = doc.get("sheet", "Sheet1")
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    tables = [g for k, g in doc["blocks"] if k == "table"]
    width = max(len(g[0]) for g in tables)
    widths = [8.0] * width
    for grid in tables:
        for _r, c, _rs, cs, text in spans(grid):
            if cs == 1 and text:
                widths[c] = min(24.0, max(widths[c], max(_display_len(part) for part in text.split("\n")) + 1))
    for c in range(width):
        ws.column_dimensions[get_column_letter(c + 1)].width = widths[c]
    row0 = 1
    for kind, content in doc["blocks"]:
        if kind == "para":
            ws.cell(row0, 1, content)
            row0 += 1
            continue
        grid = content
        lines = [1] * len(grid)
        for r, c, rs, cs, text in spans(grid):
            cell = ws.cell(row0 + r, c + 1, _typed(text))
            if isinstance(text, str) and text.startswith("="):
                cell.data_type = "s"  # "=230亩" is a written target, not a formula
            cell.alignment = Alignment(wrap_text=True, vertical="center",
                                       horizontal="center" if _display_len(text) < 20 else "left")
            if rs > 1 or cs > 1:
                ws.merge_cells(start_row=row0 + r, start_column=c + 1, end_row=row0 + r + rs - 1, end_column=c + cs)
            span_width = sum(widths[c:c + cs])
            need = sum(max(1, -(-int(_display_len(part)) // max(1, int(span_width - 1)))) for part in text.split("\n"))
            per_row = -(-need // rs)
            for k in range(rs):
                lines[r + k] = max(lines[r + k], per_row)
        for r in range(len(grid)):
            ws.row_dimensions[row0 + r].height = 15 * lines[r] + 2
            for c in range(len(grid[0])):
                ws.cell(row0 + r, c + 1).border = border
        ws.cell(row0, 1).font = Font(bold=True, size=14)
        row0 += len(grid) + 1
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    _save_xlsx(wb, path)


def _typed(text):
    """Numbers as numbers (the way a spreadsheet holds them), everything else as text."""
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    if re.fullmatch(r"-?\d+\.\d+", text) and not text.endswith("0"):
        return float(text)
    return text


def write_docx(doc, path: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    d = Document()
    section = d.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.6))
    style = d.styles["Normal"]
    style.font.size = Pt(10)
    for kind, content in doc["blocks"]:
        if kind == "para":
            d.add_paragraph(content)
            continue
        grid = content
        table = d.add_table(rows=len(grid), cols=len(grid[0]))
        table.style = "Table Grid"
        for r, c, rs, cs, text in spans(grid):
            cell = table.cell(r, c)
            if rs > 1 or cs > 1:
                cell = cell.merge(table.cell(r + rs - 1, c + cs - 1))
            cell.text = text
    _save_docx(d, path)


def _save_docx(d, path: Path) -> None:
    d.core_properties.author = "jixiao blind8"
    d.core_properties.last_modified_by = "jixiao blind8"
    d.core_properties.created = FIXED_TIME
    d.core_properties.modified = FIXED_TIME
    buf = io.BytesIO()
    d.save(buf)
    path.write_bytes(_normalise_zip(buf.getvalue()))


def _save_xlsx(wb, path: Path) -> None:
    wb.properties.creator = "jixiao blind8"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(_normalise_zip(buf.getvalue()))


def _normalise_zip(data: bytes) -> bytes:
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
                        "--outdir", str(path.parent), str(path)], check=True, capture_output=True, timeout=240)
    pdf = path.with_suffix(".pdf")
    if not pdf.exists():
        raise SystemExit(f"LibreOffice made no PDF for {path.name}")
    return pdf


GOLD_FIELDS = ("source_urls", "province", "doc_kind", "patterns", "indicators", "goals", "facts", "findings", "notes")


def write_gold(doc, source: str) -> None:
    gold = {"source": source}
    gold.update({k: doc[k] for k in GOLD_FIELDS})
    ANNOTATIONS.mkdir(exist_ok=True)
    text = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
    (ANNOTATIONS / f"{source}.json").write_text(text, encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true", help="write DOCX/XLSX and gold only")
    args = ap.parse_args(argv)
    for doc in DOCUMENTS:
        path = HERE / doc["file"]
        (write_xlsx if path.suffix == ".xlsx" else write_docx)(doc, path)
        write_gold(doc, path.name)
        if not args.no_pdf:
            pdf = to_pdf(path)
            write_gold(doc, pdf.name)
        print(path.name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
