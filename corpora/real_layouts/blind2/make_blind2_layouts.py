"""Build the second BLIND part of the real-layout corpus (documents + gold), deterministically.

Each document reproduces, cell for cell, the layout of one public budget-performance form or report found on a
stored public web page (addresses in SOURCES.md and in each gold file). Facts (names, values, units, amounts,
merged cells, defects) are kept as found; longer sentences (goals, narrative) are written in our own words.
The gold is hand-set next to the data below; it was written without running jixiao on the files.

    python make_blind2_layouts.py            # DOCX/XLSX + PDF (needs LibreOffice) + gold
    python make_blind2_layouts.py --no-pdf   # DOCX/XLSX + gold only
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
FIXED_TIME = dt.datetime(2025, 6, 1, 9, 0, 0)
_ = None  # an empty cell, or a cell covered by a merge


# ---------------------------------------------------------------------------------------------------------------
# gold helpers
# ---------------------------------------------------------------------------------------------------------------
def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None) -> dict:
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual, "weight": weight, "score": score}


def goal(kind, text) -> dict:
    return {"kind": kind, "text": text}


def finding(rule, item, why) -> dict:
    return {"rule": rule, "item": item, "why": why}


def budget(metric, planned, actual, stated_rate, unit="万元") -> dict:
    computed = round(actual / planned * 100, 2) if planned else None
    return {"metric": metric, "kind": "budget", "planned": planned, "actual": actual, "stated_rate": stated_rate,
            "unit": unit, "computed_rate": computed}


def completion(metric, planned, actual, unit) -> dict:
    return {"metric": metric, "kind": "completion", "planned": planned, "actual": actual, "stated_rate": None,
            "unit": unit}


def total(metric, parts, stated_total, unit) -> dict:
    return {"metric": metric, "kind": "sum", "planned": None, "actual": None, "stated_rate": None, "unit": unit,
            "parts": parts, "total": stated_total}


P, B, S = "产出指标", "效益指标", "满意度指标"
QTY, QUA, TIME, COST = "数量指标", "质量指标", "时效指标", "成本指标"
ECO, SOC, ENV, SUS, SAT = "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标"


@dataclass
class Form:
    """One table as the page showed it: rows of cells (None = empty or covered by a merge), merged ranges
    (first_row, first_col, last_row, last_col; 0-based, inclusive), text lines before and after it."""
    rows: list
    merges: list = field(default_factory=list)
    before: list = field(default_factory=list)
    after: list = field(default_factory=list)
    widths: list = field(default_factory=list)


@dataclass
class Document:
    file: str               # name of the DOCX/XLSX written
    province: str
    doc_kind: str
    patterns: list
    source_urls: list
    form: Form | None       # the table (None for a prose report)
    paragraphs: list        # prose paragraphs (reports), ("h", text) for a heading
    indicators: list
    goals: list
    facts: list
    findings: list
    notes: str
    sheet: str = "Sheet1"


# ---------------------------------------------------------------------------------------------------------------
# 1. 武汉市青山区教育局 项目支出绩效目标表 (2020): two halves 长期 | 年度 side by side, the 长期 half left empty
# ---------------------------------------------------------------------------------------------------------------
QS_MID_GOAL = "优化全区教育布局，深化教育领域综合改革，全面提升育人质量，推动基础教育持续发展"
QS_YEAR_GOAL = "按年度工作计划完成教育局重点建设项目的经费预算安排"
QS_ROWS = [
    ["项目名称", "教育系统基础设施建设和设备购置", _, _, _, _, _],
    ["主管部门及编码", "[015001]武汉市青山区教育局", _, "实施单位", "武汉市青山区教育局", _, _],
    ["项目属性", "基础建设、修缮类", _, "项目起止时间", "202001-202012", _, _],
    ["项目资金", "资金总额", "10000万元", "当年资金总额:", "10000万元", _, _],
    [_, "其中:财政拨款", "10000万元", "其中:当年财政拨款", "10000万元", _, _],
    [_, "其他资金", _, "当年其他资金", _, _, _],
    ["总体目标", "中期目标", _, _, "年度目标", _, _],
    [_, QS_MID_GOAL, _, _, QS_YEAR_GOAL, _, _],
    ["绩效项目指标表", _, _, _, _, _, _],
    ["一级指标", "二级指标(长期)", "三级指标(长期)", "指标值(长期)", "二级指标(年度)", "三级指标(年度)", "指标值(年度)"],
    ["产出指标", "数量指标", _, _, "数量指标", "重点建设工程安排数量", "2"],
    ["产出指标", "质量指标", _, _, "质量指标", "重点建设工程验收合格率", "100%"],
    ["产出指标", "成本指标", _, _, "成本指标", "建设项目成本", "参照政府采购成本控制"],
    ["产出指标", "时效指标", _, _, "时效指标", "重点建设工程按期完成率", "100%"],
    ["效益指标", "可持续影响指标", _, _, "可持续影响指标", "基础教育巩固提高情况", "巩固提高"],
    ["效益指标", "社会效益指标", _, _, "社会效益指标", "基础教育学校办学条件", "持续改善"],
    ["满意度指标", "服务对象满意度指标", _, _, "服务对象满意度指标", "学生、家长、社会满意度", "≥90%"],
]
QS_MERGES = [(0, 1, 0, 6), (1, 1, 1, 2), (1, 4, 1, 6), (2, 1, 2, 2), (2, 4, 2, 6), (3, 0, 5, 0), (3, 4, 3, 6),
             (4, 4, 4, 6), (5, 4, 5, 6), (6, 0, 7, 0), (6, 1, 6, 3), (6, 4, 6, 6), (7, 1, 7, 3), (7, 4, 7, 6),
             (8, 0, 8, 6)]
QINGSHAN = Document(
    file="bl2-qingshan-edu-infra-targets.docx", province="湖北", doc_kind="申报表", patterns=[3, 10],
    source_urls=["http://www.qingshan.gov.cn/qzfbm/zfgzbm/jyj/czxx/zjxx/202001/t20200120_1016313.shtml"],
    form=Form(QS_ROWS, QS_MERGES, before=["项目支出绩效目标表", "（2020年度）"], after=["附件:"],
              widths=[2.2, 2.6, 2.6, 2.0, 2.6, 3.8, 3.0]),
    paragraphs=[],
    indicators=[
        ind(P, QTY, "重点建设工程安排数量", None, 2, None, "2"),
        ind(P, QUA, "重点建设工程验收合格率", None, 100, "%", "100%"),
        ind(P, COST, "建设项目成本", None, None, None, "参照政府采购成本控制"),
        ind(P, TIME, "重点建设工程按期完成率", None, 100, "%", "100%"),
        ind(B, SUS, "基础教育巩固提高情况", None, None, None, "巩固提高"),
        ind(B, SOC, "基础教育学校办学条件", None, None, None, "持续改善"),
        ind(S, SAT, "学生、家长、社会满意度", ">=", 90, "%", "≥90%"),
    ],
    goals=[goal("中期目标", QS_MID_GOAL), goal("年度目标", QS_YEAR_GOAL)],
    facts=[],
    findings=[
        finding("target.missing_unit", "重点建设工程安排数量", "a count of 2 with no unit"),
        finding("target.qualitative_no_scale", "建设项目成本", "'参照政府采购成本控制' names no figure and no scale"),
        finding("target.vague_wording", "基础教育巩固提高情况", "'巩固提高' is a change phrase with no number"),
        finding("target.vague_wording", "基础教育学校办学条件", "'持续改善' is a change phrase with no number"),
        finding("goal.unquantified", QS_MID_GOAL[:15], "names effects (布局, 育人质量) with no number or date"),
        finding("goal.process_only", QS_YEAR_GOAL[:15], "only says the budget arrangement will be completed"),
    ],
    notes="Form table 3 of the 青山区教育局 2020 publication. The 长期 half repeats the 二级 names but its 三级 and "
          "指标值 cells are empty on every row; every row repeats its 一级 name (no merge), as on the page. "
          "The year header reads '2020年度)' on the page (opening bracket missing); written here as （2020年度）.",
)

# ---------------------------------------------------------------------------------------------------------------
# 2. 鄂州市 2022年市直部门预算项目支出绩效目标表: the column headed 一级指标 holds 数量/质量/成本指标, the one
#    headed 二级指标 holds the indicator names; 绩效标准 holds explanations; value and unit in one cell
# ---------------------------------------------------------------------------------------------------------------
EZ_GOAL = "以办公大楼服务对象满意为目标，着力把机关办成文明、整洁的办公场所"
EZ_ROWS = [
    ["项目名称", "滨湖大道办公大楼运行保障", _, "项目类别", "本级支出项目"],
    ["项目性质", "持续性项目", _, "立项依据", "市机关事务服务中心三定方案"],
    ["项目预算成本构成", "金额", "测算(公式)依据", "2020年实际执行数", "2021年实际执行数"],
    ["保安服务费", "191", "依据招标文件", "191", "191"],
    ["保洁服务费", "99", "依据招标文件", "99", "99"],
    ["水电气、维修维护费", "524", "根据三定方案,各项费用据实结算", "372.88", "504.55"],
    ["合计", "814", _, "662.98", "794.55"],
    ["绩效目标", EZ_GOAL, _, _, _],
    ["绩效指标", _, _, _, "保障绩效目标实现措施"],
    ["一级指标", "二级指标", "绩效标准", "当年预期实现值", _],
    ["数量指标", "办公大楼日常维修维护次数", "反映办公大楼全年维修维护情况", "2280次", _],
    [_, "大楼安检巡察次数", "反映大楼保卫巡检情况", "200次", _],
    ["质量指标", "办公大楼日常维修维护验收合格率", "反映办公大楼全年维修维护质量情况", ">92%", _],
    [_, "经常性大型设备更新验收合格率", "反映办公大楼大型设备更新验收情况", "≥92%", _],
    [_, "重要设备维修维保验收合格率", "反映设备设施维保质量情况", "95%", _],
    ["成本指标", "成本控制率", _, "不超预算", _],
]
EZ_MERGES = [(0, 1, 0, 2), (1, 1, 1, 2), (7, 1, 7, 4), (8, 0, 8, 3), (8, 4, 9, 4), (10, 0, 11, 0), (12, 0, 14, 0),
             (10, 4, 15, 4)]
EZHOU = Document(
    file="bl2-ezhou-office-building-targets.xlsx", province="湖北", doc_kind="申报表", patterns=[4, 5, 6],
    source_urls=["https://desk33.com/d-245426.html"],
    form=Form(EZ_ROWS, EZ_MERGES, before=["鄂州市2022年市直部门预算项目支出绩效目标表"],
              after=["主管部门审核意见", "单位公章:      年   月   日"], widths=[16, 30, 30, 16, 16]),
    paragraphs=[],
    indicators=[
        ind(P, QTY, "办公大楼日常维修维护次数", None, 2280, "次", "2280次"),
        ind(P, QTY, "大楼安检巡察次数", None, 200, "次", "200次"),
        ind(P, QUA, "办公大楼日常维修维护验收合格率", ">", 92, "%", ">92%"),
        ind(P, QUA, "经常性大型设备更新验收合格率", ">=", 92, "%", "≥92%"),
        ind(P, QUA, "重要设备维修维保验收合格率", None, 95, "%", "95%"),
        ind(P, COST, "成本控制率", "<=", None, None, "不超预算"),
    ],
    goals=[goal("目标", EZ_GOAL)],
    facts=[
        total("项目预算成本构成（金额）", [191, 99, 524], 814, "万元"),
        total("项目预算成本构成（2020年实际执行数）", [191, 99, 372.88], 662.98, "万元"),
        total("项目预算成本构成（2021年实际执行数）", [191, 99, 504.55], 794.55, "万元"),
    ],
    findings=[
        finding("consistency.sum", "项目预算成本构成（2020年实际执行数）",
                "191 + 99 + 372.88 = 662.88, the 合计 row states 662.98"),
        finding("coverage.missing_dimension", "效益指标", "the reproduced table has no 效益 rows"),
        finding("coverage.missing_dimension", "满意度指标", "the reproduced table has no 满意度 rows"),
        finding("goal.unquantified", EZ_GOAL[:15], "names an effect (satisfaction) with no number"),
    ],
    notes="Reproduced from the text preview of a DOCX on a document-sharing site; the preview stops inside the "
          "成本指标 block (next row '水电气消耗下降率 | 反映水电气消耗比上年下降情况 | >…' is cut), so the table here ends "
          "at the last complete row and has no 效益/满意度 rows: the coverage findings are about THIS document. "
          "Money unit not stated on the page (amounts look like 万元). Preview OCR artefacts cleaned: '滨湖大胆' read "
          "as 滨湖大道, '292%' as ≥92%, '重.要' as 重要. The 662.98 total is kept as found. Level1 in the gold is "
          "implied by the 88号 tree (the form names no 一级 level at all).",
)

# ---------------------------------------------------------------------------------------------------------------
# 3. 井研县马踏镇 部门预算项目绩效目标申报表(2023年度): one row per project with its own 年度目标, operator in the
#    column headed 指标性质, value written into the name (村组干部230人)
# ---------------------------------------------------------------------------------------------------------------
JY_GOAL1 = "按时发放村组干部报酬"
JY_GOAL2 = "用于村（社区）办公用品、水电、报刊等日常办公开支，以及基层党组织活动、党员干部教育培训、群团活动和活动场所维护等"
JY_HEAD = ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
           "度量单位", "权重", "指标方向性"]
JY_ROWS = [
    ["金额单位:元", _, _, _, _, _, _, _, _, _, _, _],
    JY_HEAD,
    ["820-马踏镇部门", _, "8,827,620.53", _, _, _, _, _, _, _, _, _],
    ["820001-井研县马踏镇人民政府", "村组干部报酬", "3,309,840.00", JY_GOAL1, "效益指标", "社会效益指标", "维护社会稳定", "≥", "95", "%", "10", "正向指标"],
    [_, _, _, _, "产出指标", "时效指标", "维持时效", "≥", "1", "年", "20", "正向指标"],
    [_, _, _, _, "产出指标", "质量指标", "按时发放", "≥", "1", "人/年", "10", "正向指标"],
    [_, _, _, _, "效益指标", "经济效益指标", "促进村集体经济发展", "≥", "95", "%", "10", "正向指标"],
    [_, _, _, _, "产出指标", "数量指标", "村组干部230人", "≥", "230", "个", "10", "正向指标"],
    [_, _, _, _, "效益指标", "生态效益指标", "保护生态环境卫生", "≥", "95", "%", "10", "正向指标"],
    [_, _, _, _, "效益指标", "可持续影响指标", "项目维持时效", "≥", "95", "%", "10", "正向指标"],
    [_, _, _, _, "满意度指标", "服务对象满意度指标", "人民群众满意度", "≥", "95", "%", "10", "正向指标"],
    [_, "基层组织活动经费", "660,000.00", JY_GOAL2, "满意度指标", "服务对象满意度指标", "辖区内群众满意度", "≥", "95", "%", "10", "正向指标"],
    [_, _, _, _, "效益指标", "经济效益指标", "促进农村集体经济发展", "≥", "95", "%", "10", "正向指标"],
    [_, _, _, _, "效益指标", "可持续影响指标", "经济、环境等方面可持续发展", "≥", "95", "%", "10", "正向指标"],
    [_, _, _, _, "产出指标", "质量指标", "保障村社区正常运转", "≥", "95", "%", "20", "正向指标"],
    [_, _, _, _, "产出指标", "数量指标", "行政村数量", "=", "11", "个", "10", "正向指标"],
]
JY_MERGES = [(0, 0, 0, 11), (2, 0, 2, 1), (3, 0, 15, 0), (3, 1, 10, 1), (3, 2, 10, 2), (3, 3, 10, 3),
             (11, 1, 15, 1), (11, 2, 15, 2), (11, 3, 15, 3)]
JINGYAN = Document(
    file="bl2-jingyan-mata-dept-targets.xlsx", province="四川", doc_kind="部门整体目标表", patterns=[6, 7],
    source_urls=["https://m.qbidia.com/jyx/zjgk/202412/baa621fd1ec74c86bf45aa16dfd0603d.shtml"],
    form=Form(JY_ROWS, JY_MERGES, before=["部门预算项目绩效目标申报表(2023年度)"],
              widths=[26, 16, 14, 34, 11, 18, 24, 9, 8, 9, 6, 11]),
    paragraphs=[], sheet="绩效目标",
    indicators=[
        ind(B, SOC, "维护社会稳定", ">=", 95, "%", "≥95%", weight=10),
        ind(P, TIME, "维持时效", ">=", 1, "年", "≥1年", weight=20),
        ind(P, QUA, "按时发放", ">=", 1, "人/年", "≥1人/年", weight=10),
        ind(B, ECO, "促进村集体经济发展", ">=", 95, "%", "≥95%", weight=10),
        ind(P, QTY, "村组干部", ">=", 230, "个", "≥230个", weight=10),
        ind(B, ENV, "保护生态环境卫生", ">=", 95, "%", "≥95%", weight=10),
        ind(B, SUS, "项目维持时效", ">=", 95, "%", "≥95%", weight=10),
        ind(S, SAT, "人民群众满意度", ">=", 95, "%", "≥95%", weight=10),
        ind(S, SAT, "辖区内群众满意度", ">=", 95, "%", "≥95%", weight=10),
        ind(B, ECO, "促进农村集体经济发展", ">=", 95, "%", "≥95%", weight=10),
        ind(B, SUS, "经济、环境等方面可持续发展", ">=", 95, "%", "≥95%", weight=10),
        ind(P, QUA, "保障村社区正常运转", ">=", 95, "%", "≥95%", weight=20),
        ind(P, QTY, "行政村数量", "=", 11, "个", "=11个", weight=10),
    ],
    goals=[goal("年度目标", JY_GOAL1), goal("年度目标", JY_GOAL2)],
    facts=[],
    findings=[
        finding("goal.process_only", JY_GOAL1[:15], "paying salaries on time is a step, no output or effect"),
        finding("goal.process_only", JY_GOAL2[:15], "lists what the money pays for, no output or effect"),
    ],
    notes="Department-wide table (one block per project, project/budget/年度目标 cells merged down its rows). "
          "The operator sits in the column headed 指标性质; the 数量 row glues the value into the name "
          "('村组干部230人', value column 230, unit 个). The stored page is cut after the second project's "
          "'行政村数量 = 11 个 10' row (its 指标方向性 cell is cut too, written 正向指标 like all others); the "
          "department total 8,827,620.53 therefore covers projects not reproduced here: no sum is expected. "
          "The second 年度目标 is rewritten in our own words.",
)

# ---------------------------------------------------------------------------------------------------------------
# 4. 中江县水利局 绩效目标自评表(2022年度): value and unit in one cell (≥266米, ≥50厘米, 20万元), 全年实际值,
#    1st-level points in the label cell, 总分 that leaves out the 执行率 points
# ---------------------------------------------------------------------------------------------------------------
ZJ_GOAL = "改进农村地区供水计量设施设备，对项目区农业用水进行计量，为项目区农业生产打好基础"
ZJ_DONE = "已对项目区农业用水实现计量，为项目区农业生产打好基础"
ZJ_ROWS = [
    ["项目名称", "中江县农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装", _, _, _, _, _, _],
    ["项目负责人及电话", "谢凯（电话略）", _, _, _, _, _, _],
    ["主管部门", "中江县水利局", _, _, "实施单位", "中江县水利局", _, _],
    ["资金情况（万元）", _, "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分", _],
    [_, "年度资金总额:", "20", "20", "10", "100.00%", "10", _],
    [_, "其中:本年财政拨款", "20", "20", _, _, _, _],
    [_, "其他资金", _, _, _, _, _, _],
    ["年度总体目标", "年初设定目标", _, _, "年度总体目标完成情况综述", _, _, _],
    [_, ZJ_GOAL, _, _, ZJ_DONE, _, _, _],
    ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "未完成原因及拟采取的改进措施"],
    ["产出指标(70分)", "数量指标", "安装坡面水标尺", "10", "≥266米", "≥266米", "10", _],
    [_, _, "水标尺宽度", "10", "≥50厘米", "≥50厘米", "10", _],
    [_, "质量指标", "项目(工程)验收合格率", "20", "100%", "100%", "20", _],
    [_, "时效指标", "及时(按期)开工率", "10", "≥90%", "≥90%", "10", _],
    [_, _, "及时(按期)完工率", "10", "≥90%", "≥90%", "10", _],
    [_, "成本指标", "项目计划总投资", "10", "20万元", "20万元", "10", _],
    ["效益指标(20分)", "经济效益指标", _, _, _, _, _, _],
    [_, "社会效益指标", "受益脱贫(含监测对象)户人口数", "10", "≥1000人", "≥1000人", "10", _],
    [_, _, "群众生产生活条件改善状况", "10", "显著提升", "显著提升", "10", _],
    ["满意度指标(10分)", "服务对象满意度指标", "受益脱贫(含监测对象)户满意度", "10", "≥95%", "≥95%", "10", _],
    [_, _, "……", _, _, _, _, _],
    ["总分", _, _, "100", _, _, "100", _],
]
ZJ_MERGES = [(0, 1, 0, 7), (1, 1, 1, 7), (2, 1, 2, 3), (2, 5, 2, 7), (3, 0, 6, 0), (7, 0, 8, 0), (7, 1, 7, 3),
             (7, 4, 7, 7), (8, 1, 8, 3), (8, 4, 8, 7), (10, 0, 15, 0), (10, 1, 11, 1), (13, 1, 14, 1),
             (16, 0, 18, 0), (17, 1, 18, 1), (19, 0, 20, 0), (19, 1, 20, 1), (21, 0, 21, 2)]
ZJ_SCORES = [10, 10, 20, 10, 10, 10, 10, 10, 10]
ZHONGJIANG = Document(
    file="bl2-zhongjiang-water-gauge-selfeval.xlsx", province="四川", doc_kind="自评表", patterns=[5, 6],
    source_urls=["https://chacewang.com/newsdetail/news242266.html"],
    form=Form(ZJ_ROWS, ZJ_MERGES, before=["绩效目标自评表", "（2022年度）"],
              after=["注:1.一级指标分值统一设置为:产出指标50分、效益指标30分、满意度指标10分、预算资金执行率10分。"],
              widths=[16, 18, 30, 8, 12, 12, 8, 22]),
    paragraphs=[], sheet="自评表",
    indicators=[
        ind(P, QTY, "安装坡面水标尺", ">=", 266, "米", "≥266米", actual=266, weight=10, score=10),
        ind(P, QTY, "水标尺宽度", ">=", 50, "厘米", "≥50厘米", actual=50, weight=10, score=10),
        ind(P, QUA, "项目(工程)验收合格率", None, 100, "%", "100%", actual=100, weight=20, score=20),
        ind(P, TIME, "及时(按期)开工率", ">=", 90, "%", "≥90%", actual=90, weight=10, score=10),
        ind(P, TIME, "及时(按期)完工率", ">=", 90, "%", "≥90%", actual=90, weight=10, score=10),
        ind(P, COST, "项目计划总投资", None, 20, "万元", "20万元", actual=20, weight=10, score=10),
        ind(B, SOC, "受益脱贫(含监测对象)户人口数", ">=", 1000, "人", "≥1000人", actual=1000, weight=10, score=10),
        ind(B, SOC, "群众生产生活条件改善状况", None, None, None, "显著提升", actual=None, weight=10, score=10),
        ind(S, SAT, "受益脱贫(含监测对象)户满意度", ">=", 95, "%", "≥95%", actual=95, weight=10, score=10),
    ],
    goals=[goal("年度目标", ZJ_GOAL)],
    facts=[
        budget("预算执行率", 20, 20, 100.0),
        total("总分", ZJ_SCORES + [10], 100, "分"),
        total("分值合计", ZJ_SCORES + [10], 100, "分"),
    ],
    findings=[
        finding("target.vague_wording", "群众生产生活条件改善状况", "'显著提升' is a change phrase with no number"),
        finding("consistency.score_total", "总分",
                "indicator scores 90 + 执行率 score 10 = 110 (points 100 + 10 = 110), 总分 states 100"),
        finding("goal.unquantified", ZJ_GOAL[:15], "names outputs with no number or date"),
    ],
    notes="Actual values are written with the operator as in the target ('≥266米'); gold actual is the number. "
          "Indicator points add to 70/20/10 as the headings say, but with the 10 points of the money block the "
          "form adds to 110 while 总分 says 100 (the form's own note sets 产出50/效益30). The 经济效益指标 row is "
          "empty (no points) and the '……' row is template text: neither is an indicator. The contact phone "
          "number of the page is left out. Goal sentences rewritten in our own words.",
)

# ---------------------------------------------------------------------------------------------------------------
# 5. 天长市水利局 项目支出绩效自评表(2022年度): '指标1:' template prefixes, empty 指标2/…… rows, value written
#    in the name (年度资金支付完成率100%), rows with points but no target
# ---------------------------------------------------------------------------------------------------------------
TC_GOAL = "完成本年度防汛任务，建成中型灌区节水改造项目和农业综合水价改革项目。"
TC_HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]


def _tc_block(level1, level2, first, rest_empty=True):
    rows = [[level1, level2] + first]
    if rest_empty:
        rows += [[_, _, "指标2:", _, _, _, _, _], [_, _, "……", _, _, _, _, _]]
    return rows


TC_INDICATOR_ROWS = (
    _tc_block("产出指标（50分）", "数量指标", ["指标1:完成中型灌区节水改造项目数量", "1", "1", "10", "10", _], False)
    + [[_, _, "指标2:完成农业综合水价改革项目", "1", "1", "10", "10", _], [_, _, "……", _, _, _, _, _]]
    + _tc_block(_, "质量指标", ["指标1:工程质量合格", _, _, "10", "10", _])
    + _tc_block(_, "时效指标", ["指标1:年度资金支付完成率100%", _, _, "10", "10", _])
    + _tc_block(_, "成本指标", ["指标1:资金执行在预算范围内", _, _, "10", "10", _])
    + _tc_block("效益指标（30分）", "经济效益指标", ["指标1:全市安全度汛", _, _, "10", "10", _])
    + _tc_block(_, "社会效益指标", ["指标1:保护全市人口财产不受损失", _, _, "10", "10", _])
    + _tc_block(_, "生态效益指标", ["指标1:/", "/", "/", _, _, _])
    + _tc_block(_, "可持续影响指标", ["指标1:已建工程良性运行", _, _, "10", "10", _])
    + _tc_block("满意度指标（10分）", "服务对象满意度指标", ["指标1:服务对象满意度", "90%", "100%", "10", "10", _])
)
TC_TOP = [
    ["项目名称", _, "水旱灾害防御经费", _, _, _, _, _, _],
    ["主管部门", _, _, _, _, "实施单位", "天长市水利局", _, _],
    ["项目资金（万元）", _, "年初预算数", "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分", _],
    [_, "年度资金总额:", "880", "880", "880", "10", _, "10", _],
    [_, "其中:本年财政拨款", "880", "880", "880", "-", _, "-", _],
    [_, "上年结转资金", _, _, _, "-", _, "-", _],
    [_, "其他资金", _, _, _, "-", _, "-", _],
    ["年度总体目标完成情况", "预期目标", _, _, _, "实际完成情况", _, _, _],
    [_, TC_GOAL, _, _, _, "完成年度目标。", _, _, _],
    ["年度绩效指标完成情况"] + TC_HEAD,
]
TC_ROWS = TC_TOP + [[_] + r for r in TC_INDICATOR_ROWS] + [["总分", _, _, _, _, _, "100", "100", _]]


def _tc_merges():
    merges = [(0, 0, 0, 1), (0, 2, 0, 8), (1, 0, 1, 1), (1, 2, 1, 4), (1, 6, 1, 8), (2, 0, 6, 0), (2, 8, 6, 8),
              (7, 0, 8, 0), (7, 1, 7, 4), (7, 5, 7, 8), (8, 1, 8, 4), (8, 5, 8, 8)]
    first = len(TC_TOP)
    last = first + len(TC_INDICATOR_ROWS) - 1
    merges.append((first - 1, 0, last, 0))  # 年度绩效指标完成情况 label down the whole block
    runs = {1: [], 2: []}  # merge runs in the 一级 (col 1) and 二级 (col 2) columns
    for col in runs:
        start = None
        for i, row in enumerate(TC_INDICATOR_ROWS):
            if row[col - 1] is not None:
                if start is not None:
                    runs[col].append((start, i - 1))
                start = i
        runs[col].append((start, len(TC_INDICATOR_ROWS) - 1))
        merges += [(first + a, col, first + b, col) for a, b in runs[col] if b > a]
    merges.append((last + 1, 0, last + 1, 5))
    return merges


TIANCHANG = Document(
    file="bl2-tianchang-flood-selfeval.docx", province="安徽", doc_kind="自评表", patterns=[1, 6, 8],
    source_urls=[],
    form=Form(TC_ROWS, _tc_merges(), before=["项目支出绩效自评表", "（2022年度）"],
              after=["注:1.一级指标分值统一设置为:产出指标50分、效益指标30分、服务对象满意度指标10分、预算资金执行率10分。"],
              widths=[1.6, 2.2, 2.2, 4.6, 1.6, 1.6, 1.2, 1.2, 2.4]),
    paragraphs=[],
    indicators=[
        ind(P, QTY, "完成中型灌区节水改造项目数量", None, 1, None, "1", actual=1, weight=10, score=10),
        ind(P, QTY, "完成农业综合水价改革项目", None, 1, None, "1", actual=1, weight=10, score=10),
        ind(P, QUA, "工程质量合格", None, None, None, None, weight=10, score=10),
        ind(P, TIME, "年度资金支付完成率", None, 100, "%", "100%", weight=10, score=10),
        ind(P, COST, "资金执行在预算范围内", None, None, None, None, weight=10, score=10),
        ind(B, ECO, "全市安全度汛", None, None, None, None, weight=10, score=10),
        ind(B, SOC, "保护全市人口财产不受损失", None, None, None, None, weight=10, score=10),
        ind(B, SUS, "已建工程良性运行", None, None, None, None, weight=10, score=10),
        ind(S, SAT, "服务对象满意度", None, 90, "%", "90%", actual=100, weight=10, score=10),
    ],
    goals=[goal("年度目标", TC_GOAL)],
    facts=[
        budget("预算执行率", 880, 880, None),
        total("总分", [10] * 9 + [10], 100, "分"),
    ],
    findings=[
        finding("target.missing_unit", "完成中型灌区节水改造项目数量", "a count of 1 with no unit"),
        finding("target.missing_unit", "完成农业综合水价改革项目", "a count of 1 with no unit"),
        finding("target.missing_value", "工程质量合格", "no target although the row has 10 points"),
        finding("target.missing_value", "资金执行在预算范围内", "no target although the row has 10 points"),
        finding("target.missing_value", "全市安全度汛", "no target although the row has 10 points"),
        finding("target.missing_value", "保护全市人口财产不受损失", "no target although the row has 10 points"),
        finding("target.missing_value", "已建工程良性运行", "no target although the row has 10 points"),
        finding("goal.unquantified", TC_GOAL[:15], "names outputs with no number or date"),
    ],
    notes="The stored copy of this page (title '天长市水利局水旱灾害防御股项目支出绩效自评', published 2023-12-05) "
          "carries no address, so source_urls is empty. The 一级 label cells show only '(50分)'/'(30分)' in the "
          "text copy (vertical text lost); written 产出指标（50分）/效益指标（30分）. Names keep their '指标1:'/"
          "'指标2:' prefixes on the form; gold names drop the prefix. The 生态效益 row '指标1:/ | / | /' has no "
          "points and is not an indicator. 执行率 cell of the money block is empty on the form.",
)

# ---------------------------------------------------------------------------------------------------------------
# 6. 宁晋县 2019年度高中助学金项目绩效评价指标表: the column headed 指标名称 holds 数量/质量/时效指标 and the
#    one headed 指标说明 holds the indicator names; 目标值; one row with points but no target
# ---------------------------------------------------------------------------------------------------------------
NJ_ROWS = [
    ["评价指标", "评价内容", "指标名称", "指标说明", "目标值", "分值", "备注"],
    ["项目年度绩效目标(定量指标)", _, "制度指标", "规章制度建立与否", _, "20", _],
    [_, "产出", "数量指标", "享受资助人数达到预计值", "2100", "10", _],
    [_, _, _, "资金支出率达到目标值", "95%", "10", _],
    [_, _, "质量指标", "建档立卡学生全面覆盖", "100%", "10", _],
    [_, _, _, "资助对象满意度达到目标值", "95%以上", "10", _],
    [_, _, "时效指标", "及时发放率达到目标值", "100%", "20", _],
    [_, _, "成本指标", "资助标准达标率", "100%", "20", _],
    ["总分", _, _, _, _, "100", _],
]
NJ_MERGES = [(1, 0, 7, 0), (2, 1, 7, 1), (2, 2, 3, 2), (4, 2, 5, 2), (8, 0, 8, 4)]
NINGJIN = Document(
    file="bl2-ningjin-grant-eval-indicators.xlsx", province="河北", doc_kind="申报表", patterns=[4, 5],
    source_urls=["https://www.ningjin.gov.cn/content/26279.html"],
    form=Form(NJ_ROWS, NJ_MERGES, before=["2019年度宁晋县高中助学金项目绩效评价指标表"],
              widths=[24, 10, 12, 28, 10, 8, 8]),
    paragraphs=[], sheet="评价指标表",
    indicators=[
        ind(None, None, "规章制度建立与否", None, None, None, None, weight=20),
        ind(P, QTY, "享受资助人数达到预计值", None, 2100, None, "2100", weight=10),
        ind(P, QTY, "资金支出率达到目标值", None, 95, "%", "95%", weight=10),
        ind(P, QUA, "建档立卡学生全面覆盖", None, 100, "%", "100%", weight=10),
        ind(P, QUA, "资助对象满意度达到目标值", ">=", 95, "%", "95%以上", weight=10),
        ind(P, TIME, "及时发放率达到目标值", None, 100, "%", "100%", weight=20),
        ind(P, COST, "资助标准达标率", None, 100, "%", "100%", weight=20),
    ],
    goals=[],
    facts=[total("分值合计", [20, 10, 10, 10, 10, 20, 20], 100, "分")],
    findings=[
        finding("target.missing_value", "规章制度建立与否", "no target although the row has 20 points"),
        finding("target.missing_unit", "享受资助人数达到预计值", "2100 with no unit (人 implied)"),
        finding("coverage.missing_dimension", "效益指标", "no 效益 rows at all"),
        finding("coverage.missing_dimension", "满意度指标",
                "no 满意度 level: the satisfaction row is filed under 质量指标"),
    ],
    notes="Published as an XLSX attachment on the county page; layout taken from the page's text copy. "
          "评价内容 holds the 一级 word (产出) and 指标名称 holds the 二级 level, so names sit in the column headed "
          "指标说明. The first row (制度指标) has no 评价内容 and no target. Satisfaction is filed under 质量指标 "
          "(level2 kept as the form says). No 年度目标 text on the form.",
)

# ---------------------------------------------------------------------------------------------------------------
# 7. 西平县交通运输局 2022年财政衔接资金项目绩效自评总结报告 (prose; facts only)
# ---------------------------------------------------------------------------------------------------------------
XP_GOAL = "2022年农村公路通村道路建设项目计划投资2179万元，新建村内道路和连通道路32.63公里"
XIPING = Document(
    file="bl2-xiping-road-selfeval-report.docx", province="河南", doc_kind="自评报告", patterns=[10],
    source_urls=["http://xiping.gov.cn/portal/zwgk/zdgk/hjbh/tpgj/webinfo/2022/12/phone1711893935395357.htm"],
    form=None,
    paragraphs=[
        ("h", "2022年西平县交通运输局财政衔接推进乡村振兴资金项目绩效自评总结报告"),
        "按照河南省扶贫项目资金绩效管理办法（豫财农〔2018〕130号）的要求，现将本局2022年财政衔接推进乡村振兴资金项目的绩效自评情况报告如下。",
        ("h", "一、绩效目标分解下达情况"),
        f"（一）资金下达及项目情况。{XP_GOAL}。",
        "（二）绩效目标设定情况。本项目共设绩效指标12个，其中一级指标3个、二级指标9个、三级指标12个。",
        ("h", "二、绩效自评工作开展情况"),
        "本局对照资金使用的绩效目标开展自评，于2022年12月6日至8日逐项核查了各项绩效指标的完成情况。",
        ("h", "三、绩效目标自评完成情况分析"),
        "（一）资金投入情况。衔接资金2179万元已全部安排到相关项目。截至2022年12月8日，已完成拨付2113.63万元，执行率97%。"
        "资金报账按《河南省衔接推进乡村振兴补助资金管理办法》办理，专款专用。",
        "（二）产出情况。年内完成建设工程32.63公里，经本局组织技术人员验收，质量鉴定为合格。",
        "（三）效益情况。项目建成后，解决了全县15个乡镇（街道办事处）33个行政村26113户97401人的出行难问题。",
    ],
    indicators=[],
    goals=[goal("目标", XP_GOAL)],
    facts=[
        budget("预算执行率", 2179, 2113.63, 97.0),
        completion("新建村内道路和连通道路", 32.63, 32.63, "公里"),
    ],
    findings=[],
    notes="Prose report: no indicator table. 2113.63/2179 = 97.00%, stated 97%: consistent. Narrative written "
          "in our own words; figures as found.",
)

# ---------------------------------------------------------------------------------------------------------------
# 8. 临城县交通运输局 2021年财政衔接资金道路建设项目自评报告 (prose: three batches summed)
# ---------------------------------------------------------------------------------------------------------------
LC_GOAL = "实施巩固拓展脱贫攻坚成果同乡村振兴有效衔接的道路建设，改善项目村群众出行条件"
LINCHENG = Document(
    file="bl2-lincheng-road-batches-report.docx", province="河北", doc_kind="自评报告", patterns=[10],
    source_urls=["https://or2.xixipi.tk/baogao/6505890.html"],
    form=None,
    paragraphs=[
        ("h", "临城县2021年度财政衔接资金统筹整合使用道路建设项目绩效自评报告"),
        ("h", "一、县级批复资金情况"),
        "本局承担临城县2021年度财政衔接资金统筹整合使用道路建设项目，项目分三批实施：一批县级批复总投资3374.3万元"
        "（其中建筑工程3292万元），二批县级批复总投资2069.51万元（其中建筑工程1975.775万元），三批县级批复投资778.59万元"
        "（其中建筑工程757.44万元），合计批复总投资6222.4万元（其中建筑工程6025.215万元）。",
        ("h", "二、项目安排情况"),
        f"项目目标：{LC_GOAL}。",
        "一批项目涉及临城镇等八个乡镇49个村，建设道路311520平方米、小桥2座、道路配套1处；二批项目道路工程覆盖25个村庄，"
        "路灯工程覆盖7个乡镇58个村庄，建设道路141330平方米、路缘石6200米、边沟1200米，修缮小桥2座，安装路灯1510盏；"
        "三批项目涉及5个乡镇11个村，建设道路71634平方米、道路护栏1250米、铺设花砖3300平方米。",
    ],
    indicators=[],
    goals=[goal("目标", LC_GOAL)],
    facts=[
        total("县级批复总投资", [3374.3, 2069.51, 778.59], 6222.4, "万元"),
        total("其中建筑工程", [3292, 1975.775, 757.44], 6025.215, "万元"),
    ],
    findings=[
        finding("goal.unquantified", LC_GOAL[:15], "names an effect (出行条件) with no number"),
    ],
    notes="Found on an essay-collection page that reprints the county report ('建设项目绩效自评报告1'); the "
          "three batch sums are as found and add up (3374.3+2069.51+778.59 = 6222.4; 3292+1975.775+757.44 = "
          "6025.215). The goal sentence is ours, paraphrasing the report's own description of the project; the "
          "narrative is rewritten in our own words.",
)

# ---------------------------------------------------------------------------------------------------------------
# 9. 南华县 野生菌加工车间建设项目 绩效自评表: label '绩 效 指 标' merged down the block, rows shaped
#    number | number | 9.3 | 9.3 inside the indicator block, value glued to the name (…变压器3台), units in the name
# ---------------------------------------------------------------------------------------------------------------
NH_GOAL = ("目标1：建设冷库仓储1290.3平方米，购置安装配套生产设备和电力设施，冷库仓储按每平方米3100元计，投资400万元；"
           "目标2：购置安装配套烘干杀菌设备和包装设备，投资550万元；"
           "目标3：配套1250KVA变压器3台，完成高压线接入和土建安装，投资150万元。")
NH_ROWS = [
    ["项目名称", "南华县乡村振兴示范园罗家屯社区野生菌加工车间建设项目(续建)", _, _, _, _, _, _, _],
    ["主管部门", "南华县农业农村局", _, _, "实施单位", "南华县国有资本管理有限公司", _, _, _],
    ["项目资金 (万元)", _, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", _],
    [_, "年度资金总额", "1100", "1100", "1100", "10", "100%", "10", _],
    [_, "其中:当年财政拨款", "1100", "1100", "1100", "—", "100%", "—", _],
    [_, "上年结转资金", _, _, _, "—", _, "—", _],
    [_, "其他资金", _, _, _, "—", _, "—", _],
    ["年度总体目标", "预期目标", _, _, _, "实际完成情况", _, _, _],
    [_, NH_GOAL, _, _, _, NH_GOAL, _, _, _],
    ["绩 效 指 标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    [_, "产出指标(50分)", "数量指标", "1290.3平方米冷库仓储建设及配套生产设备、配套电力设施购置安装", "≥1290.3平方米", "1290.3平方米", "10.3", "10.3", _],
    [_, _, _, "配套烘干杀菌设备及包装设备购置及安装", "550", "20", "9.3", "9.3", _],
    [_, _, _, "配套电力设施1250KVA变压器3台", "3", _, "9.3", "9.3", _],
    [_, _, "经济效益指标", "奖补资金兑付率(%)", "≥100%", "≥100%", "10.8", "10.8", _],
    [_, _, "时效指标", "任务完成时限(月)", "10", "10", "10.3", "10.3", _],
    [_, _, "成本指标", _, _, _, _, _, _],
]
NH_MERGES = [(0, 1, 0, 8), (1, 1, 1, 3), (1, 5, 1, 8), (2, 0, 6, 0), (2, 8, 6, 8), (7, 0, 8, 0), (7, 1, 7, 4),
             (7, 5, 7, 8), (8, 1, 8, 4), (8, 5, 8, 8), (9, 0, 15, 0), (10, 1, 15, 1), (10, 2, 12, 2)]
NANHUA = Document(
    file="bl2-nanhua-mushroom-plant-selfeval.docx", province="云南", doc_kind="自评表", patterns=[1, 6, 9],
    source_urls=["https://www.ynnh.gov.cn/info/17693/347777.htm"],
    form=Form(NH_ROWS, NH_MERGES, before=["项目支出绩效自评表"],
              widths=[1.4, 2.4, 2.2, 5.6, 2.6, 2.4, 1.4, 1.4, 3.0]),
    paragraphs=[],
    indicators=[
        ind(P, QTY, "1290.3平方米冷库仓储建设及配套生产设备、配套电力设施购置安装", ">=", 1290.3, "平方米",
            "≥1290.3平方米", actual=1290.3, weight=10.3, score=10.3),
        ind(P, QTY, "配套烘干杀菌设备及包装设备购置及安装", None, 550, None, "550", actual=20, weight=9.3, score=9.3),
        ind(P, QTY, "配套电力设施1250KVA变压器", None, 3, "台", "3", actual=None, weight=9.3, score=9.3),
        ind(B, ECO, "奖补资金兑付率(%)", ">=", 100, "%", "≥100%", actual=100, weight=10.8, score=10.8),
        ind(P, TIME, "任务完成时限(月)", None, 10, "月", "10", actual=10, weight=10.3, score=10.3),
    ],
    goals=[goal("年度目标", NH_GOAL)],
    facts=[
        budget("预算执行率", 1100, 1100, 100.0),
        total("产出指标(50分)", [10.3, 9.3, 9.3, 10.8, 10.3], 50, "分"),
    ],
    findings=[
        finding("target.missing_unit", "配套烘干杀菌设备及包装设备购置及安装", "550 with no unit (万元 in the goal)"),
        finding("consistency.deviation_reason_missing", "配套烘干杀菌设备及包装设备购置及安装",
                "actual 20 against a target of 550 and no deviation reason"),
        finding("target.impossible_value", "奖补资金兑付率(%)", "≥100% for a rate is effectively =100%"),
        finding("coverage.missing_dimension", "满意度指标", "the reproduced table has no 满意度 rows"),
    ],
    notes="The stored page shows the first page of the form only: after the empty 成本指标 row the header "
          "'绩 效 指 标 | 效益…' repeats (page break) and the copy is cut, so this document ends at the 成本指标 row "
          "and has no 满意度 rows (the coverage finding is about THIS document). The 经济效益指标 row sits inside "
          "the 产出指标(50分) block on the form; gold level1 follows the canonical tree (效益指标). Row points add "
          "to 50 as the heading says. The '配套电力设施…变压器3台' row has no actual value; 3台 is read as the value "
          "written in the name. The 实际完成情况 cell repeats the 预期目标 text word for word on the form (kept). "
          "Goal text rewritten in our own words with the same figures.",
)

DOCUMENTS = [QINGSHAN, EZHOU, JINGYAN, ZHONGJIANG, TIANCHANG, NINGJIN, NANHUA, XIPING, LINCHENG]


# ---------------------------------------------------------------------------------------------------------------
# writers
# ---------------------------------------------------------------------------------------------------------------
def _covered(form: Form) -> set:
    """Cells hidden under a merge (all but the top-left one)."""
    hidden = set()
    for r1, c1, r2, c2 in form.merges:
        hidden |= {(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)} - {(r1, c1)}
    return hidden


def write_xlsx(doc: Document, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    form = doc.form
    width = len(form.rows[0])
    wb = Workbook()
    ws = wb.active
    ws.title = doc.sheet
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    top = len(form.before)
    for i, line in enumerate(form.before, start=1):
        ws.cell(i, 1, line).font = Font(bold=(i == 1), size=14 if i == 1 else 11)
        ws.cell(i, 1).alignment = Alignment(horizontal="center")
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=width)
    hidden = _covered(form)
    for r, row in enumerate(form.rows):
        for c, text in enumerate(row):
            cell = ws.cell(top + r + 1, c + 1)
            cell.border = box
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            if text is not None and (r, c) not in hidden:
                cell.value = text
    for r1, c1, r2, c2 in form.merges:
        ws.merge_cells(start_row=top + r1 + 1, start_column=c1 + 1, end_row=top + r2 + 1, end_column=c2 + 1)
    below = top + len(form.rows) + 1
    for i, line in enumerate(form.after):
        ws.cell(below + i, 1, line)
    for c, w in enumerate(form.widths or [14] * width, start=1):
        ws.column_dimensions[get_column_letter(c)].width = w
    _fit_row_heights(ws, form, top)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    _save_xlsx(wb, path)


def _fit_row_heights(ws, form: Form, top: int) -> None:
    """LibreOffice does not grow rows for wrapped text: give each row the height its longest cell needs
    (a CJK character is about two width units; cells merged down several rows are left alone)."""
    widths = form.widths or [14] * len(form.rows[0])
    span = {(r1, c1): (r2 - r1 + 1, sum(widths[c1:c2 + 1])) for r1, c1, r2, c2 in form.merges}
    for r, row in enumerate(form.rows):
        lines = 1
        for c, text in enumerate(row):
            if not text:
                continue
            height_rows, width = span.get((r, c), (1, widths[c]))
            if height_rows == 1:
                lines = max(lines, -(-len(text) * 2 // max(int(width) - 1, 1)))
        ws.row_dimensions[top + r + 1].height = 15 * lines


def write_docx(doc: Document, path: Path) -> None:
    from docx import Document as Docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    out = Docx()
    section = out.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for margin in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, margin, Cm(1.8))
    if doc.form is None:
        for item in doc.paragraphs:
            if isinstance(item, tuple):
                out.add_heading(item[1], level=1 if item is doc.paragraphs[0] else 2)
            else:
                out.add_paragraph(item)
        _save_docx(out, path)
        return
    form = doc.form
    for i, line in enumerate(form.before):
        p = out.add_paragraph()
        run = p.add_run(line)
        run.bold = i == 0
        run.font.size = Pt(16 if i == 0 else 11)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    table = out.add_table(rows=len(form.rows), cols=len(form.rows[0]))
    table.style = "Table Grid"
    hidden = _covered(form)
    for r, row in enumerate(form.rows):
        for c, text in enumerate(row):
            if text is not None and (r, c) not in hidden:
                table.cell(r, c).text = text
    for r1, c1, r2, c2 in form.merges:
        table.cell(r1, c1).merge(table.cell(r2, c2))
    table.autofit = False
    grid = table._tbl.tblGrid.findall(qn("w:gridCol"))
    for c, w in enumerate(form.widths):
        grid[c].set(qn("w:w"), str(int(Cm(w).twips)))
        for cell in table.columns[c].cells:
            cell.width = Cm(w)
    for line in form.after:
        out.add_paragraph(line)
    _save_docx(out, path)


# ---------------------------------------------------------------------------------------------------------------
# determinism, PDFs, gold
# ---------------------------------------------------------------------------------------------------------------
def _save_docx(doc, path: Path) -> None:
    doc.core_properties.author = "jixiao blind2"
    doc.core_properties.last_modified_by = "jixiao blind2"
    doc.core_properties.created = FIXED_TIME
    doc.core_properties.modified = FIXED_TIME
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_normalise_zip(buf.getvalue()))


def _save_xlsx(wb, path: Path) -> None:
    wb.properties.creator = "jixiao blind2"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(_normalise_zip(buf.getvalue()))


def _normalise_zip(data: bytes) -> bytes:
    """Same entries in a fixed order with fixed timestamps (and fixed dates in docProps/core.xml)."""
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", lambda m: m.group(1) + stamp, body)
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


def gold_for(doc: Document, source: str) -> dict:
    return {"source": source, "source_urls": doc.source_urls, "province": doc.province, "doc_kind": doc.doc_kind,
            "patterns": doc.patterns, "indicators": doc.indicators, "goals": doc.goals, "facts": doc.facts,
            "findings": doc.findings, "notes": doc.notes}


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
        (write_xlsx if path.suffix == ".xlsx" else write_docx)(doc, path)
        write_gold(gold_for(doc, doc.file))
        made = [doc.file]
        if not args.no_pdf:
            pdf = to_pdf(path)
            write_gold(gold_for(doc, pdf.name))
            made.append(pdf.name)
        print(f"{', '.join(made)}: {len(doc.indicators)} indicators, {len(doc.goals)} goals, "
              f"{len(doc.facts)} facts, {len(doc.findings)} findings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
