"""Write the real-layout corpus, development part (corpora/real_layouts/ and corpora/real_layouts/annotations/).

Every document reproduces the layout of a form or report that a government body published on a public web page
(addresses in SOURCES.md and in each gold file): header rows, merged cells, column order, indicator names, values,
units and amounts as found, defects included (empty template rows, instruction text, signature lines, values glued
to units). Longer sentences (goals, narrative) are written in our own words with the same meaning and numbers.
Where the stored page gave only part of a form, only that part is reproduced (see each document's ``notes``).

The gold of each document is written by hand from the same data below (never from a program's output): indicator
rows with canonical levels, goals, facts and the checker findings expected by the README policy ("The checker",
"One problem, one rule"). DOCX/XLSX files are byte-for-byte deterministic; PDFs are exported with LibreOffice.

    python corpora/real_layouts/make_real_layouts.py [--no-pdf]
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from layout_writer import Para, Sheet, Table, to_pdf, write_docx, write_xlsx  # noqa: E402

HERE = Path(__file__).resolve().parent
ANNOTATIONS = HERE / "annotations"
L, U = "<", "^"          # merged with the cell on the left / above


# ---------------------------------------------------------------------------------------------------------------
# gold helpers
# ---------------------------------------------------------------------------------------------------------------
def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None) -> dict:
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual, "weight": weight, "score": score}


def goal(kind, text) -> dict:
    return {"kind": kind, "text": text}


def budget(metric, planned, actual, stated_rate, unit="万元") -> dict:
    return {"metric": metric, "kind": "budget", "planned": planned, "actual": actual, "stated_rate": stated_rate,
            "unit": unit}


def completion(metric, planned, actual, stated_rate, unit) -> dict:
    return {"metric": metric, "kind": "completion", "planned": planned, "actual": actual, "stated_rate": stated_rate,
            "unit": unit}


def total(metric, parts, unit="万元") -> dict:
    """A stated total and the parts the document adds up to it (kind sum)."""
    return {"metric": metric, "kind": "sum", "total": parts[0], "parts": parts[1], "unit": unit}


def score_total(metric, stated, parts=None) -> dict:
    """A stated total score; ``parts`` are the row scores it should add up to (money-block points included)."""
    return {"metric": metric, "kind": "score_total", "total": stated, "parts": parts}


def grade(metric, score, level) -> dict:
    return {"metric": metric, "kind": "grade", "score": score, "grade": level}


def finding(rule, item, why) -> dict:
    return {"rule": rule, "item": item, "why": why}


def goal_item(text: str) -> str:
    return text[:15]


# ---------------------------------------------------------------------------------------------------------------
# the document record
# ---------------------------------------------------------------------------------------------------------------
@dataclass
class Doc:
    file: str
    province: str
    doc_kind: str
    patterns: list
    source_urls: list
    blocks: list                       # DOCX: list of Para/Table; XLSX: list of Sheet
    indicators: list = field(default_factory=list)
    goals: list = field(default_factory=list)
    facts: list = field(default_factory=list)
    findings: list = field(default_factory=list)
    notes: str = ""
    pdf: bool = True
    landscape: bool = True

    def write(self, path: Path) -> None:
        if self.file.endswith(".xlsx"):
            write_xlsx(path, self.blocks)
        else:
            write_docx(path, self.blocks, landscape=self.landscape)

    def gold(self, source: str) -> dict:
        return {"source": source, "source_urls": self.source_urls, "province": self.province,
                "doc_kind": self.doc_kind, "patterns": self.patterns, "indicators": self.indicators,
                "goals": self.goals, "facts": self.facts, "findings": self.findings, "notes": self.notes}


DOCS: list = []

# =================================================================================================================
# 1. 安徽 池州市贵池区棠溪镇 委托业务项目 项目支出绩效自评表（2022年度） — one big table, money block with a zero
#    total row, 一级 labels carrying their points, budget-split goal, qualitative values, empty 经济效益 row.
# =================================================================================================================
CHIZHOU_GOAL = "项目申请预算资金90万元，按基建工程项目预算编制、审计以及设计规划测绘三项各安排30万元。"
CHIZHOU_DONE = "项目完成支出89.97万元，其中预算编制30万元、审计30万元、设计规划测绘29.99万元。"
CHIZHOU_TABLE = Table([
    ["项目名称", L, "委托业务项目", L, L, L, L, L, L],
    ["主管部门", L, "219-池州市贵池区棠溪镇人民政府", L, L, "实施单位", "219001-池州市贵池区棠溪镇人民政府", L, L],
    ["项目资金\n（万元）", L, "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [U, U, "年度资金总额：", 0, 0, 0, 10, 0, 0],
    [U, U, "其中：本年财政拨款", 90, 89.974, 89.974, "", "", ""],
    [U, U, "上年结转资金", "", "", "", "", "", ""],
    [U, U, "其他资金", "", "", "", "", "", ""],
    ["年度总体目标", L, "预期目标", L, L, L, "实际完成情况", L, L],
    [U, U, CHIZHOU_GOAL, L, L, L, CHIZHOU_DONE, L, L],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    [U, "产出指标（50分）", "数量指标", "基建工程委托业务项目数量", "≥50个", 50, 8, 8, ""],
    [U, U, "质量指标", "委托业务报告合格率", "≥100百分比", 100, 8, 8, ""],
    [U, U, U, "经费支出合规性", "严格执行相关制度规定", "达成预期指标", 8, 8, ""],
    [U, U, "时效指标", "提交报告及时性", "在项目计划完成时间内完成", "达成预期指标", 8, 8, ""],
    [U, U, "成本指标", "项目总成本", "≤90万元", 90, 8, 8, ""],
    [U, U, U, "单项业务成本", "符合相关规定", "达成预期指标", 10, 10, ""],
    [U, "效益指标（30分）", "社会效益指标", "对维护基建市场公平的影响程度", "效果明显", "达成预期指标", 10, 10, ""],
    [U, U, "生态效益指标", "对控制基建项目成本影响程度", "效果明显", "达成预期指标", 10, 10, ""],
    [U, U, "可持续影响指标", "对推动基建项目“四项制度”健全和落实的持续性影响", "效果明显", "达成预期指标", 10, 10, ""],
    [U, U, "经济效益指标", "", "", "", "", "", ""],
], widths=(8, 10, 14, 30, 22, 14, 8, 8, 24))
DOCS.append(Doc(
    file="ah-chizhou-weituo-selfeval.xlsx", province="安徽", doc_kind="自评表", patterns=[1, 2, 6, 8, 9, 10],
    source_urls=["http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2"],
    blocks=[Sheet("自评表", [Para("附件："), Para("项目支出绩效自评表", "title"), Para("（2022年度）", "title"),
                             CHIZHOU_TABLE])],
    indicators=[
        ind("产出指标", "数量指标", "基建工程委托业务项目数量", ">=", 50, "个", "≥50个", 50, 8, 8),
        ind("产出指标", "质量指标", "委托业务报告合格率", ">=", 100, "百分比", "≥100百分比", 100, 8, 8),
        ind("产出指标", "质量指标", "经费支出合规性", None, None, None, "严格执行相关制度规定", None, 8, 8),
        ind("产出指标", "时效指标", "提交报告及时性", None, None, None, "在项目计划完成时间内完成", None, 8, 8),
        ind("产出指标", "成本指标", "项目总成本", "<=", 90, "万元", "≤90万元", 90, 8, 8),
        ind("产出指标", "成本指标", "单项业务成本", None, None, None, "符合相关规定", None, 10, 10),
        ind("效益指标", "社会效益指标", "对维护基建市场公平的影响程度", None, None, None, "效果明显", None, 10, 10),
        ind("效益指标", "生态效益指标", "对控制基建项目成本影响程度", None, None, None, "效果明显", None, 10, 10),
        ind("效益指标", "可持续影响指标", "对推动基建项目“四项制度”健全和落实的持续性影响", None, None, None, "效果明显",
            None, 10, 10),
    ],
    goals=[goal("年度目标", CHIZHOU_GOAL)],
    facts=[
        budget("年度资金总额", 0, 0, 0.0),
        total("年初预算数", (0, [90])),
        total("全年预算数", (0, [89.974])),
        total("全年执行数", (0, [89.974])),
        total("预算资金", (90, [30, 30, 30])),
        total("完成预算资金", (89.97, [30, 30, 29.99])),
    ],
    findings=[
        finding("target.impossible_value", "委托业务报告合格率", "≥100%: a rate cannot exceed 100%, the target is =100%"),
        finding("target.qualitative_no_scale", "经费支出合规性", "严格执行相关制度规定 is a judgement with no scale"),
        finding("target.time_no_deadline", "提交报告及时性", "在项目计划完成时间内完成 gives no date or rate"),
        finding("target.qualitative_no_scale", "单项业务成本", "符合相关规定 is a judgement with no scale"),
        finding("target.qualitative_no_scale", "对维护基建市场公平的影响程度", "效果明显 has no grading scale"),
        finding("target.qualitative_no_scale", "对控制基建项目成本影响程度", "效果明显 has no grading scale"),
        finding("target.qualitative_no_scale", "对推动基建项目“四项制度”健全和落实的持续性影响", "效果明显 has no grading scale"),
        finding("goal.budget_text", goal_item(CHIZHOU_GOAL), "the goal only says how the 90万元 are split"),
        finding("consistency.sum", "年初预算数", "年度资金总额 0 but 本年财政拨款 90"),
        finding("consistency.sum", "全年预算数", "年度资金总额 0 but 本年财政拨款 89.974"),
        finding("consistency.sum", "全年执行数", "年度资金总额 0 but 本年财政拨款 89.974"),
        finding("coverage.missing_dimension", "满意度指标", "the reproduced form has no 满意度指标 row"),
    ],
    notes="Money block as published: the 年度资金总额 row is all zeros while 本年财政拨款 holds 90 / 89.974 / 89.974 "
          "(reproduced). The stored page ends inside the 满意度指标（10分） row ('公众满…'), so the form is reproduced up to "
          "the empty 经济效益指标 row; the document therefore has no satisfaction indicator. '≥100百分比' kept as written "
          "(percent in words); no 总分 row in the reproduced part.",
))

# =================================================================================================================
# 2. 四川 青神县发展和改革局 工资性支出 部门预算项目支出绩效自评表（2023年度） — 四川 一体化 layout: operator in its
#    own 指标性质 column, 指标值 and 度量单位 split, 完成值/权重/得分, instruction text in 原因 and conclusion cells.
# =================================================================================================================
QINGSHEN_GOAL = "严格执行相关政策，确保工资按时足额发放、社保按时足额缴纳，科学合理编制预算，压减结余资金。"
QINGSHEN_NOTE = ("1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因（100字以内）；2.年中发生预算调整的"
                 "（追加或调减），应单独说明理由；3.其他资金包括：社会投入资金、银行贷款。")
QINGSHEN_TABLE = Table([
    ["项目名称", "51000021R000000019951-工资性支出", L, L, L, L, L, L, L, L, L],
    ["主管部门", "青神县发展和改革局本级", L, L, L, "实施单位\n（盖章）", "青神县发展和改革局", L, L, L, L],
    ["项目基本情况", "1.项目年度目标完成情况", L, "项目年度目标", L, L, L, "年度目标完成情况", L, L, L],
    [U, U, U, QINGSHEN_GOAL, L, L, L, "对照年度目标，说明相关任务目标的完成情况（100字以内）", L, L, L],
    [U, "2.项目实施内容及过程概述", L, "", L, L, L, L, L, L, L],
    ["预算执行情况\n（10分）", "年度预算数（万元）", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分",
     "原因", L, L],
    [U, "总额", "238.93", "251.89", "251.89", "100.00%", "10", "", QINGSHEN_NOTE, L, L],
    [U, "其中：财政资金", "238.93", "251.89", "251.89", "100.00%", "/", "/", U, U, U],
    [U, "财政专户管理资金", "0.00", "0.00", "0.00", "0.00%", "/", "/", U, U, U],
    [U, "单位资金", "0.00", "0.00", "0.00", "0.00%", "/", "/", U, U, U],
    [U, "其他资金", "", "", "", "", "/", "/", U, U, U],
    ["绩效指标\n（90分）", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分",
     "未完成原因分析"],
    [U, "产出指标", "数量指标", "发放（缴纳）覆盖率", "=", "100", "%", "", "60", "", ""],
    [U, "效益指标", "社会效益指标", "足额保障率（参保率）", "=", "100", "%", "", "30", "", ""],
    ["合计", L, L, L, L, L, L, L, "100", "", ""],
    ["评价结论", "结合自评情况，说明项目自评总分，说明项目实施取得的成效或成果。（200字以内）", L, L, L, L, L, L, L, L, L],
    ["存在问题", "结合自评情况，分析存在的问题及原因。（200字以内）", L, L, L, L, L, L, L, L, L],
    ["改进措施", "针对项目自评中发现的问题，提出下一步改进完善的意见及有关政策性建议。（200字以内）", L, L, L, L, L, L, L, L, L],
    ["项目负责人：", L, L, L, L, "财务负责人：", L, L, L, L, L],
], widths=(12, 14, 12, 20, 8, 8, 8, 8, 8, 8, 18))
DOCS.append(Doc(
    file="sc-qingshen-wage-selfeval.xlsx", province="四川", doc_kind="自评表", patterns=[1, 2, 5, 6, 8, 9, 10],
    source_urls=["https://www.scqs.gov.cn/info/13206/211004.htm"],
    blocks=[Sheet("510000_0013zp", [Para("报表编号：510000_0013zp"), Para("部门预算项目支出绩效自评表（2023年度）", "title"),
                                    QINGSHEN_TABLE])],
    indicators=[
        ind("产出指标", "数量指标", "发放（缴纳）覆盖率", "=", 100, "%", "=100%", None, 60, None),
        ind("效益指标", "社会效益指标", "足额保障率（参保率）", "=", 100, "%", "=100%", None, 30, None),
    ],
    goals=[goal("年度目标", QINGSHEN_GOAL)],
    facts=[
        budget("总额", 251.89, 251.89, 100.0),
        budget("财政资金", 251.89, 251.89, 100.0),
        total("调整后预算数", (251.89, [251.89, 0.0, 0.0])),
    ],
    findings=[
        finding("goal.process_only", goal_item(QINGSHEN_GOAL),
                "only management work (执行政策, 按时发放, 编制预算, 压减结余), no output or effect"),
        finding("coverage.missing_dimension", "满意度指标", "the form has no 满意度指标 row"),
    ],
    notes="Complete form as published (2 indicators only, 完成值 and 得分 left empty, every narrative cell still holds "
          "its (100字以内)/(200字以内) instruction). Amounts kept as text with two decimals as shown.",
))

# =================================================================================================================
# 3. 湖北 鄂州市行政审批局 市民中心运行维护费 项目支出绩效自评表（2021年度） — 10号 layout with empty template rows
#    left in every block, amounts written '150万', 预算执行率 as an indicator, 100 points on the money row.
# =================================================================================================================
EZHOU_SP_GOAL = ("用于行政服务大厅窗口建设及全市行政服务工作的组织协调、业务指导和督办检查，以及市政务服务大厅和周边设施的"
                 "日常维修、升级改造。")
EZHOU_SP_DONE = "本年度财政拨款150万元，实际执行125.25万元，完成预算的83.50%。"
_E = ["", "", "", "", "", ""]
EZHOU_SP_TABLE = Table([
    ["项目名称", L, "市民中心运行维护费", L, L, L, L, L, L],
    ["主管部门", L, "", L, L, "实施单位", "", L, L],
    ["项目资金\n（万元）", L, "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [U, U, "年度资金总额", "150万", "150万", "125.25万", "100", "83.5%", "98"],
    [U, U, "其中：当年财政拨款", "150万", "150万", "125.25万", "—", "", "—"],
    [U, U, "上年结转资金", "0", "0", "0", "—", "", "—"],
    [U, U, "其他资金", "0", "0", "0", "—", "", "—"],
    ["年度总体目标", L, "预期目标", L, L, L, "实际完成情况", L, L],
    [U, U, EZHOU_SP_GOAL, L, L, L, EZHOU_SP_DONE, L, L],
    ["绩\n效\n指\n标", "一级指标", "二级指标", "三级指标", "年度\n指标值", "实际\n完成值", "分值", "得分", "偏差原因分析及改进措施"],
    [U, "产出指标", "数量指标", "预算执行率", "100%", "83.5%", "20", "18", ""],
    [U, U, U, "预算资金拨款率", "100%", "100%", "10", "10", ""],
    [U, U, U] + _E,
    [U, U, "质量指标", "政务服务工作办结率", "100%", "100%", "10", "10", ""],
    [U, U, U, "大厅业务日常考核结果", "100%", "100%", "10", "10", ""],
    [U, U, U] + _E,
    [U, U, "时效指标"] + _E,
    [U, U, U] + _E,
    [U, U, U] + _E,
    [U, U, "成本指标", "市民中心运行维护费", "150万", "150万", "10", "10", ""],
    [U, U, U] + _E,
    [U, U, U] + _E,
    [U, "效益指标", "经济效益\n指标", "大厅运行正常率", "100%", "100%", "10", "10", ""],
    [U, U, U] + _E,
    [U, U, U] + _E,
], widths=())
DOCS.append(Doc(
    file="hb-ezhou-shenpi-selfeval.docx", province="湖北", doc_kind="自评表", patterns=[1, 2, 5, 6, 8, 9, 10],
    source_urls=["https://zwfwzx.ezhou.gov.cn/zwgk/fdzdgknr/sgjfxx/202211/t20221108_506320.html"],
    blocks=[Para("项目支出绩效自评表", "title"), Para("（ 2021 年度）", "title"), EZHOU_SP_TABLE],
    indicators=[
        ind("产出指标", "数量指标", "预算执行率", None, 100, "%", "100%", 83.5, 20, 18),
        ind("产出指标", "数量指标", "预算资金拨款率", None, 100, "%", "100%", 100, 10, 10),
        ind("产出指标", "质量指标", "政务服务工作办结率", None, 100, "%", "100%", 100, 10, 10),
        ind("产出指标", "质量指标", "大厅业务日常考核结果", None, 100, "%", "100%", 100, 10, 10),
        ind("产出指标", "成本指标", "市民中心运行维护费", None, 150, "万", "150万", 150, 10, 10),
        ind("效益指标", "经济效益指标", "大厅运行正常率", None, 100, "%", "100%", 100, 10, 10),
    ],
    goals=[goal("年度目标", EZHOU_SP_GOAL)],
    facts=[
        budget("年度资金总额", 150, 125.25, 83.5),
        budget("当年财政拨款", 150, 125.25, None),
        budget("本年度财政拨款", 150, 125.25, 83.50),
    ],
    findings=[
        finding("goal.process_only", goal_item(EZHOU_SP_GOAL), "only the work the money pays for, no output or effect"),
        finding("consistency.deviation_reason_missing", "预算执行率", "83.5% against 100% and no deviation reason"),
        finding("coverage.missing_dimension", "满意度指标", "the reproduced form has no 满意度指标 row"),
    ],
    notes="Published with the 主管部门/实施单位 cells empty, empty template rows left under every 二级 label (three under "
          "时效指标, which has no indicator at all), and 分值 100 / 得分 98 on the money row (reproduced). The stored page "
          "ends at the 社会效益指标 label ('岗…'), so the form is reproduced up to the rows after 大厅运行正常率; the "
          "document has no satisfaction indicator. '150万' kept as written (unit 万).",
))

# =================================================================================================================
# 4. 湖北 鄂州市2022年市直部门预算项目支出绩效目标表 — levels shifted one column (the column headed 一级指标 holds
#    数量/质量/成本指标, the one headed 二级指标 holds the names), a 绩效标准 column of explanations, values under
#    当年预期实现值, a budget-composition block with its own numbers, a signature line before the title.
# =================================================================================================================
BINHU_GOAL = "以办公大楼服务对象满意为目标，着力把机关建成文明型机关、卫生Z口机关。"
BINHU_TABLE = Table([
    ["项目名称", "滨湖大胆办公大楼运行保障", L, L, L],
    ["项目类别", "本级支出项目", "项目性质", "持续性项目", L],
    ["立项依据", "市机关事务服务中心三定方案", L, L, L],
    ["项目预算成本构成", "金额", "测算（公式）依据", "2020年实际执行数", "2021年实际执行数"],
    ["保安服务费", 191, "依据招标文件", 191, 191],
    ["保洁服务费", 99, "依据招标文件", 99, 99],
    ["水电气、维修维护费", 524, "根据三定方案，各项费用据实结算", 372.88, 504.55],
    ["合计", 814, "", 662.98, 794.55],
    ["绩效目标", BINHU_GOAL, L, L, L],
    ["绩效指标", L, L, L, "保障绩效目标实现措施"],
    ["一级指标", "二级指标", "绩效标准", "当年预期实现值", U],
    ["数量指标", "办公大楼日常维修维护次数", "反映办公大楼全年维修维护情况", "≥280次", ""],
    [U, "大楼安检巡察次数", "反映大楼保卫巡检情况", "200次", U],
    ["质量指标", "办公大楼日常维修维护验收合格率", "反映办公大楼全年维修维护质量情况", ">92%", U],
    [U, "经常性大型设备更新验收合格率", "反映办公大楼大型设备更新验收情况", "≥92%", U],
    [U, "重要设备维修维保验收合格率", "反映设备设施维保质量情况", "95%", U],
    ["成本指标", "成本控制率", "", "不超预算", U],
], widths=(18, 30, 30, 16, 18))
DOCS.append(Doc(
    file="hb-ezhou-binhu-targets.docx", province="湖北", doc_kind="申报表", patterns=[4, 5, 8, 9, 10],
    source_urls=["https://desk33.com/d-245426.html"],
    blocks=[Table([["主管部门审核意见", "单位公章：\n年  月  日"]]),
            Para("鄂州市2022年市直部门预算项目支出绩效目标表", "title"), BINHU_TABLE],
    indicators=[
        ind("产出指标", "数量指标", "办公大楼日常维修维护次数", ">=", 280, "次", "≥280次"),
        ind("产出指标", "数量指标", "大楼安检巡察次数", None, 200, "次", "200次"),
        ind("产出指标", "质量指标", "办公大楼日常维修维护验收合格率", ">", 92, "%", ">92%"),
        ind("产出指标", "质量指标", "经常性大型设备更新验收合格率", ">=", 92, "%", "≥92%"),
        ind("产出指标", "质量指标", "重要设备维修维保验收合格率", None, 95, "%", "95%"),
        ind("产出指标", "成本指标", "成本控制率", None, None, None, "不超预算"),
    ],
    goals=[goal("目标", BINHU_GOAL)],
    facts=[
        total("金额", (814, [191, 99, 524])),
        total("2020年实际执行数", (662.98, [191, 99, 372.88])),
        total("2021年实际执行数", (794.55, [191, 99, 504.55])),
    ],
    findings=[
        finding("goal.unquantified", goal_item(BINHU_GOAL), "names an effect (满意, 文明型机关) but no number or deadline"),
        finding("consistency.sum", "2020年实际执行数", "191+99+372.88 = 662.88, the form says 662.98"),
        finding("coverage.missing_dimension", "效益指标", "the reproduced form has no 效益指标 row"),
        finding("coverage.missing_dimension", "满意度指标", "the reproduced form has no 满意度指标 row"),
    ],
    notes="Reproduced from a stored copy of the published DOCX whose text layer lost some glyphs: '滨湖大胆' and "
          "'卫生Z口机关' kept as found; '2280次' and '292%' in that copy are read as '≥280次' and '≥92%' (the copy renders ≥ as "
          "'2', cf. 292% for a 合格率). The stored text ends inside the next row (水电气消耗下降率 | 反映… | '>'), so the "
          "table is reproduced up to 成本控制率 and has no 效益/满意度 rows. Level columns are shifted on the form: the "
          "column headed 一级指标 holds the 二级 names; gold level1 is the canonical parent (产出指标). '不超预算' points at "
          "the budget and is not labelled (cost_restates_budget is not scored). The 保障绩效目标实现措施 column is empty.",
))

# =================================================================================================================
# 5. 湖南 宁乡市坝塘镇 项目绩效目标表（2021年度） — the whole form as one table; 长期/年度 indicator blocks whose
#    rows carry only a 二级 label and two bare numbers (88 | 100): no indicator can be read from them.
# =================================================================================================================
BATANG_LONG = "完善镇域基础设施，振兴乡村经济。"
BATANG_YEAR = "完成集镇立面改造以及机关、学校、乡村振兴等建设项目，做好提质改造。"


def _batang_block(label: str, with_satisfaction: bool) -> list:
    rows = [[label, "一级指标", "二级指标", "指标内容", "指标值", "备注"],
            [U, "产出指标", "数量指标", "", 88, 100],
            [U, U, "质量指标", "", 88, 100],
            [U, U, "时效指标", "", 88, 100],
            [U, U, "成本指标", "", 88, 100],
            [U, U, "…", "", "", ""],
            [U, "效益指标", "经济效益指标", "", 88, 100],
            [U, U, "社会效益指标", "", 68, 100],
            [U, U, "生态效益指标", "", 20, 100],
            [U, U, "可持续影响指标", "", 20, 100]]
    if with_satisfaction:
        rows.append([U, U, "社会公众或服务对象满意度指标", "", 88, 100])
    return rows


BATANG_TABLE = Table([
    ["项目名称", "镇域内基础设施建设", L, "项目属性", "新增项目□延续项目√", L],
    ["主管部门", "坝塘镇", L, "主管部门编码", "", L],
    ["项目单位", "坝塘镇", "项目负责人", "蒋建华", "联系电话", ""],
    ["项目起止时间", "2021年度", L, L, L, L],
    ["资金总额及构成", "总额10606.7522万元", L, L, L, L],
    [U, "财政拨款：6923.3552万元（其中：上级财政资金：6923.3552万元；本级财政：0万元）", L, L, L, L],
    [U, "二、自有资金：0万元", L, L, L, L],
    [U, "三、其他：3683.3970万元", L, L, L, L],
    ["项目概况", "镇域内水利、道路、机关、学校及乡村振兴等基础设施建设", L, L, L, L],
    ["项目立项情况", "项目立项的依据", "机关、学校、乡村振兴按发改立项", L, L, L],
    [U, "项目申报的可行性", "已申报项目可行性评估", L, L, L],
    [U, "项目申报的必要性", "为改善镇域内基础设施、振兴乡村", L, L, L],
    ["项目实施进度计划", "项目实施内容", L, "开始时间", "完成时间", L],
    [U, "1 总体概念规划", L, 2016, 2020, L],
    [U, "2、核心区规划", L, 2021, 2021, L],
    ["项目绩效目标", "长期目标", L, "年度目标", L, L],
    [U, BATANG_LONG, L, BATANG_YEAR, L, L],
] + _batang_block("长期绩效指标", True) + _batang_block("年度绩效指标", False), widths=(14, 14, 22, 14, 10, 10))
DOCS.append(Doc(
    file="hn-ningxiang-batang-targets.xlsx", province="湖南", doc_kind="申报表", patterns=[2, 8, 9, 10],
    source_urls=["https://renrendoc.com/paper/307484460.html"],
    blocks=[Sheet("项目绩效目标表", [Para("项目绩效目标表", "title"), Para("（2021年度）", "title"),
                                     Para("填报单位（盖章）：宁乡市坝塘镇人民政府"), BATANG_TABLE])],
    indicators=[],
    goals=[goal("中期目标", BATANG_LONG), goal("年度目标", BATANG_YEAR)],
    facts=[
        total("总额", (10606.7522, [6923.3552, 0, 3683.3970])),
        total("财政拨款", (6923.3552, [6923.3552, 0])),
    ],
    findings=[
        finding("table_not_understood", "项目绩效目标表",
                "indicator blocks with 一级/二级 labels but no indicator names: rows hold only '88 | 100'"),
        finding("goal.unquantified", goal_item(BATANG_LONG), "names an effect but no number or deadline"),
        finding("goal.unquantified", goal_item(BATANG_YEAR), "names outputs but no number or deadline"),
    ],
    notes="As published: both indicator blocks list only the 二级 labels with two bare numbers (指标值 88/68/20, 备注 100) "
          "and an empty '…' row; there is no indicator name, so gold has no indicator rows and expects "
          "table_not_understood (and no coverage finding from the empty reading). The stored text ends inside the last "
          "row of the 年度 block (满意度), which is therefore left out. 长期目标 is recorded as kind 中期目标.",
))

# =================================================================================================================
# 6. 湖南 岳阳县 2022年高标准农田建设 绩效目标申报表（基础设施建设类） — 衔接资金 template: split sums in the money
#    cell, 年度目标 under 总体目标, 绩效指标 label merged down, line breaks inside 二级 labels, an instruction note.
# =================================================================================================================
YYX_MONEY = "854万（高标准农田建设400万元，示范建设295万元，畅通工程159万元）"
YYX_TABLE = Table([
    ["项目名称", "岳阳县2022年高标准农田建设项目", L, L, L],
    ["项目负责人及电话", "彭兵", L, L, L],
    ["主管部门", "岳阳县农业农村局", "实施单位", "农田建设服务中心", L],
    ["资金情况\n（万元）", "年度资金总额：", YYX_MONEY, L, L],
    [U, "其中：财政拨款", "854万" + YYX_MONEY, L, L],
    [U, "其他资金", "", L, L],
    ["总体目标", "年度目标", L, L, L],
    [U, "完成项目主体工程70%", L, L, L],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
    [U, "产出指标", "数量指标", "脱贫村村内道路硬化里程", "≥100公里"],
    [U, U, U, "脱贫户供水设施数量", "≥20座"],
    [U, U, "质量指标", "项目（工程）验收合格率", "100%"],
    [U, U, "时效指标", "项目（工程）完成及时率", "≥100%"],
    [U, U, "成本指标", "财政资金补助", "1600元/亩"],
    [U, "效益指标", "经济效益\n指标", "年增粮食", "3500公斤"],
    [U, U, "社会效益\n指标", "受益脱贫（监测）人口数", "≥500人"],
    [U, U, U, "解决脱贫（监测）饮水安全问题人数", "≥1000人"],
    [U, U, "生态效益\n指标", "新增和改善灌溉达标面积", "≥500亩"],
    [U, U, U, "新增和改善排水达标面积", "≥200亩"],
    [U, U, "可持续影响\n指标", "工程设计使用年限", "≥20年"],
    [U, "满意度指标", "服务对象满意度指标", "受益脱贫（监测）户满意度", "≥95%"],
])
DOCS.append(Doc(
    file="hn-yueyangxian-farmland-targets.docx", province="湖南", doc_kind="申报表", patterns=[1, 2, 6, 8, 10],
    source_urls=["http://www.yyx.gov.cn/37584/38137/content_2016103.html"],
    blocks=[Para("绩效目标申报表（基础设施建设类）", "title"), Para("（2022年度）", "title"), YYX_TABLE,
            Para("注：各地请根据实际情况，从上述绩效指标中选择适合的填报（其中三颗星为必填的核心绩效指标，可结合已下达的"
                 "中央对地方专项转移支付绩效指标），也可自行增加或适当调整。")],
    landscape=False,
    indicators=[
        ind("产出指标", "数量指标", "脱贫村村内道路硬化里程", ">=", 100, "公里", "≥100公里"),
        ind("产出指标", "数量指标", "脱贫户供水设施数量", ">=", 20, "座", "≥20座"),
        ind("产出指标", "质量指标", "项目（工程）验收合格率", None, 100, "%", "100%"),
        ind("产出指标", "时效指标", "项目（工程）完成及时率", ">=", 100, "%", "≥100%"),
        ind("产出指标", "成本指标", "财政资金补助", None, 1600, "元/亩", "1600元/亩"),
        ind("效益指标", "经济效益指标", "年增粮食", None, 3500, "公斤", "3500公斤"),
        ind("效益指标", "社会效益指标", "受益脱贫（监测）人口数", ">=", 500, "人", "≥500人"),
        ind("效益指标", "社会效益指标", "解决脱贫（监测）饮水安全问题人数", ">=", 1000, "人", "≥1000人"),
        ind("效益指标", "生态效益指标", "新增和改善灌溉达标面积", ">=", 500, "亩", "≥500亩"),
        ind("效益指标", "生态效益指标", "新增和改善排水达标面积", ">=", 200, "亩", "≥200亩"),
        ind("效益指标", "可持续影响指标", "工程设计使用年限", ">=", 20, "年", "≥20年"),
        ind("满意度指标", "服务对象满意度指标", "受益脱贫（监测）户满意度", ">=", 95, "%", "≥95%"),
    ],
    goals=[goal("年度目标", "完成项目主体工程70%")],
    facts=[total("年度资金总额", (854, [400, 295, 159]))],
    findings=[
        finding("target.impossible_value", "项目（工程）完成及时率", "≥100%: a rate cannot exceed 100%"),
    ],
    notes="Complete form as published. The 财政拨款 cell repeats the amount ('854万854万（…）'), reproduced. The 年度目标 is a "
          "single progress figure under 总体目标 (no 总体目标 text).",
))

# =================================================================================================================
# 7. 湖南 衡山县 县级储备粮 2020年度县级专项资金绩效目标自评表 — 年度指标值 / 全年完成值 columns, an actual '无' with its
#    reason, a qualitative '高', the 绩效指标/效益指标 labels repeated after the page break, satisfaction block holding an
#    incident count.
# =================================================================================================================
HENGSHAN_GOAL = "保持地方粮食储备机制稳定运行。"
HENGSHAN_TABLE = Table([
    ["专项资金名称", "县级储备粮", L, L, "负责人及电话", "旷建成、向建军", L],
    ["县级主管部门", "衡山县商务和粮食局", L, L, "实施单位", "粮食调控储备与产业发展股", L],
    ["项目资金\n（万元）", "", L, L, "全年预算数（A）", "全年执行数（B）", "执行率（B/A）"],
    [U, "年度资金总额", L, L, 194.9, 194.9, "100%"],
    [U, "其中：中央、省、市补助县级资金", L, L, 194.9, 194.9, "100%"],
    [U, "其他资金", L, L, "", "", ""],
    ["年度\n总体\n目标", "年初设定目标", L, L, "全年实际完成情况", L, L],
    [U, HENGSHAN_GOAL, L, L, "地方储备粮食规模达标", L, L],
    ["绩\n效\n指\n标", "一级\n指标", "二级\n指标", "三级指标", "年度指标\n值", "全年\n完成值", "未完成原因和\n改进措施"],
    [U, "产\n出\n指\n标", "数量\n指标", "5000吨稻谷、500吨成品粮储备到位率", "100%", "100%", ""],
    [U, U, U, "库存数量真实率", "100%", "100%", ""],
    [U, U, "质量\n指标", "县级储备粮管理制度严格执行率", "100%", "100%", ""],
    [U, U, U, "储备粮管理专户管理率", "100%", "100%", ""],
    [U, U, U, "县级储备粮库存粮食明显变质比例", "0", "0", ""],
    [U, U, "时效\n指标", "县级储备粮贷款付息及时率", "100%", "100%", ""],
    [U, U, U, "县级储备粮应急保障率", "100%", "100%", ""],
    [U, U, "成本\n指标", "国家政策性粮收购价格执行率", "100%", "100%", ""],
    [U, U, U, "县级储备粮库存成本核算率", "100%", "100%", ""],
    [U, "效益\n指标", "经济\n效益\n指标", "利息费用保障率", "100%", "100%", ""],
    [U, U, U, "政策性挂账利息补贴保障率", "100%", "无", "没有轮换、动用库存"],
    ["绩效\n指标", "效\n益\n指\n标", "生态\n效益\n指标", "低温、低氧、低剂量科学保粮率", "100%", "100%", ""],
    [U, U, U, "食品安全指标达标率", "100%", "100%", ""],
    [U, U, "可持\n续影\n响指标", "粮食储备设备维护及安全性", "高", "高", ""],
    [U, "满意\n度指\n标", "服务\n对象\n满意\n度指\n标", "因粮食市场波动引起的粮食安全事件发生数", "0起", "0起", ""],
    [U, U, U, "市民满意度调查", "≥90%", "100%", ""],
    ["说明", "无", L, L, L, L, L],
], widths=(6, 6, 8, 34, 12, 12, 20))
DOCS.append(Doc(
    file="hn-hengshan-grain-selfeval.xlsx", province="湖南", doc_kind="自评表", patterns=[1, 2, 5, 6, 8, 10],
    source_urls=["https://taowenge.com/p-72820237.html"],
    blocks=[Sheet("自评表", [Para("2020年度县级专项资金绩效目标自评表", "title"), HENGSHAN_TABLE,
                             Para("注：1、其他资金包括和中央、省、市补助、地方财政资金共同投入到同一项目的自……")])],
    indicators=[
        ind("产出指标", "数量指标", "5000吨稻谷、500吨成品粮储备到位率", None, 100, "%", "100%", 100),
        ind("产出指标", "数量指标", "库存数量真实率", None, 100, "%", "100%", 100),
        ind("产出指标", "质量指标", "县级储备粮管理制度严格执行率", None, 100, "%", "100%", 100),
        ind("产出指标", "质量指标", "储备粮管理专户管理率", None, 100, "%", "100%", 100),
        ind("产出指标", "质量指标", "县级储备粮库存粮食明显变质比例", None, 0, None, "0", 0),
        ind("产出指标", "时效指标", "县级储备粮贷款付息及时率", None, 100, "%", "100%", 100),
        ind("产出指标", "时效指标", "县级储备粮应急保障率", None, 100, "%", "100%", 100),
        ind("产出指标", "成本指标", "国家政策性粮收购价格执行率", None, 100, "%", "100%", 100),
        ind("产出指标", "成本指标", "县级储备粮库存成本核算率", None, 100, "%", "100%", 100),
        ind("效益指标", "经济效益指标", "利息费用保障率", None, 100, "%", "100%", 100),
        ind("效益指标", "经济效益指标", "政策性挂账利息补贴保障率", None, 100, "%", "100%", None),
        ind("效益指标", "生态效益指标", "低温、低氧、低剂量科学保粮率", None, 100, "%", "100%", 100),
        ind("效益指标", "生态效益指标", "食品安全指标达标率", None, 100, "%", "100%", 100),
        ind("效益指标", "可持续影响指标", "粮食储备设备维护及安全性", None, None, None, "高", None),
        ind("满意度指标", "服务对象满意度指标", "因粮食市场波动引起的粮食安全事件发生数", None, 0, "起", "0起", 0),
        ind("满意度指标", "服务对象满意度指标", "市民满意度调查", ">=", 90, "%", "≥90%", 100),
    ],
    goals=[goal("年度目标", HENGSHAN_GOAL)],
    facts=[
        budget("年度资金总额", 194.9, 194.9, 100.0),
        budget("中央、省、市补助县级资金", 194.9, 194.9, 100.0),
    ],
    findings=[
        finding("target.qualitative_no_scale", "粮食储备设备维护及安全性", "'高' is a level with no grading scale"),
        finding("goal.unquantified", goal_item(HENGSHAN_GOAL), "names an effect but no number or deadline"),
    ],
    notes="Complete form as published. The copy renders ≥ as '2' ('290%' for 市民满意度调查 is read '≥90%'). The "
          "变质比例 target '0' needs no unit (zero in any unit), so no missing_unit. After the "
          "page break the 绩效指标 and 效益指标 labels start again (reproduced as new merged labels). The 满意度 block "
          "holds an incident count (misfiled, not scored). 政策性挂账利息补贴保障率 has actual '无' with its reason filled, "
          "so no deviation finding. The final note is cut in the stored copy ('自……').",
))

# =================================================================================================================
# 8. 四川 中江县水利局 小型水库水标尺制作安装 绩效目标自评表（2022年度） — 分值 column BEFORE 年度指标值, 全年实际值
#    written with the operator, 厘米/米 units, '……' and an empty 经济效益 row, 总分 that leaves out the 执行率 points.
# =================================================================================================================
ZJ_GOAL = "改进农村地区供水计量设施设备，对项目区农业用水进行计量，为项目区农业生产打好基础。"
ZJ_DONE = "已完成项目区农业用水计量设施改造，为项目区农业生产打下基础。"
ZJ_TABLE = Table([
    ["项目名称", L, "中江县农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装", L, L, L, L, L, L],
    ["项目负责人及电话", L, "谢凯（办公）", L, L, L, L, L, L],
    ["主管部门", L, "中江县水利局", L, L, "实施单位", "中江县水利局", L, L],
    ["资金情况\n（万元）", L, "", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分", L],
    [U, U, "年度资金总额：", 20, 20, 10, "100.00%", 10, L],
    [U, U, "其中：本年财政拨款", 20, 20, "", "", "", L],
    [U, U, "其他资金", "", "", "", "", "", L],
    ["年度总体目标", L, "年初设定目标", L, L, "年度总体目标完成情况综述", L, L, L],
    [U, U, ZJ_GOAL, L, L, ZJ_DONE, L, L, L],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "未完成原因及拟采取的改进措施"],
    [U, "产出指标（70分）", "数量指标", "安装坡面水标尺", 10, "≥266米", "≥266米", 10, ""],
    [U, U, U, "水标尺宽度", 10, "≥50厘米", "≥50厘米", 10, ""],
    [U, U, "质量指标", "项目（工程）验收合格率", 20, "100%", "100%", 20, ""],
    [U, U, "时效指标", "及时（按期）开工率", 10, "≥90%", "≥90%", 10, ""],
    [U, U, U, "及时（按期）完工率", 10, "≥90%", "≥90%", 10, ""],
    [U, U, "成本指标", "项目计划总投资", 10, "20万元", "20万元", 10, ""],
    [U, "效益指标（20分）", "经济效益指标", "", "", "", "", "", ""],
    [U, U, "社会效益指标", "受益脱贫（含监测对象）户人口数", 10, "≥1000人", "≥1000人", 10, ""],
    [U, U, U, "群众生产生活条件改善状况", 10, "显著提升", "显著提升", 10, ""],
    [U, "满意度指标（10分）", "服务对象满意度指标", "受益脱贫（含监测对象）户满意度", 10, "≥95%", "≥95%", 10, ""],
    [U, U, "……", "", "", "", "", "", ""],
    ["总分", L, L, L, 100, "", "", 100, ""],
], widths=(8, 12, 14, 28, 6, 12, 12, 6, 22))
DOCS.append(Doc(
    file="sc-zhongjiang-gauge-selfeval.docx", province="四川", doc_kind="自评表", patterns=[1, 2, 5, 6, 8, 9, 10],
    source_urls=["https://chacewang.com/newsdetail/news242266.html"],
    blocks=[Para("绩效目标自评表", "title"), Para("（2022年度）", "title"), ZJ_TABLE,
            Para("注：1.一级指标分值统一设置为：产出指标50分、效益指标30分、满意度指标10分、预算资金执行率10分，各部门根据各项"
                 "指标重要程度确定三级指标的分值，得分最高不能超过该指标分值上限……")],
    indicators=[
        ind("产出指标", "数量指标", "安装坡面水标尺", ">=", 266, "米", "≥266米", 266, 10, 10),
        ind("产出指标", "数量指标", "水标尺宽度", ">=", 50, "厘米", "≥50厘米", 50, 10, 10),
        ind("产出指标", "质量指标", "项目（工程）验收合格率", None, 100, "%", "100%", 100, 20, 20),
        ind("产出指标", "时效指标", "及时（按期）开工率", ">=", 90, "%", "≥90%", 90, 10, 10),
        ind("产出指标", "时效指标", "及时（按期）完工率", ">=", 90, "%", "≥90%", 90, 10, 10),
        ind("产出指标", "成本指标", "项目计划总投资", None, 20, "万元", "20万元", 20, 10, 10),
        ind("效益指标", "社会效益指标", "受益脱贫（含监测对象）户人口数", ">=", 1000, "人", "≥1000人", 1000, 10, 10),
        ind("效益指标", "社会效益指标", "群众生产生活条件改善状况", None, None, None, "显著提升", None, 10, 10),
        ind("满意度指标", "服务对象满意度指标", "受益脱贫（含监测对象）户满意度", ">=", 95, "%", "≥95%", 95, 10, 10),
    ],
    goals=[goal("年度目标", ZJ_GOAL)],
    facts=[
        budget("年度资金总额", 20, 20, 100.0),
        score_total("总分", 100, [10, 10, 10, 20, 10, 10, 10, 10, 10, 10]),
    ],
    findings=[
        finding("target.vague_wording", "群众生产生活条件改善状况", "显著提升 is a change phrase with no number"),
        finding("goal.unquantified", goal_item(ZJ_GOAL), "names outputs but no number or deadline"),
        finding("consistency.score_total", "总分", "row scores 100 plus 10 for 执行率 make 110, the form says 100"),
    ],
    notes="Complete form as published (phone number left out). Headings state their points (产出70/效益20/满意度10) and "
          "match their rows; the form's own note says 50/30/10/10. The indicator points already add up to 100, so with the "
          "money block's 10 points the stated 总分 100 does not add up.",
))

# =================================================================================================================
# 9. 湖北 武汉市青山区教育局 农村义务教育薄弱学校改造补助资金 绩效目标表（2020年度） — 88号 (2015) tree with the
#    satisfaction 二级 under 效益指标, 指标内容 column, process indicator 预算资金当年下达率.
# =================================================================================================================
QS_GOAL = "全面改善农村义务教育薄弱学校办学条件，扩大基础教育资源，进一步提高义务教育均衡发展水平。"
QS_TABLE = Table([
    ["项目名称", "农村义务教育薄弱学校改造补助资金", L, L, L],
    ["项目主管部门", "青山区教育局", "项目执行单位", "化工区学校", L],
    ["资金情况\n（万元）", "年度资金总额：16", L, L, L],
    [U, "其中：上级资金16", L, L, L],
    ["总体目标", "年度目标", L, L, L],
    [U, QS_GOAL, L, L, L],
    ["绩效指标", "一级指标", "二级指标", "指标内容", "指标值"],
    [U, "产出指标", "数量指标", "农村义务教育学校改造覆盖率", "100%"],
    [U, U, "质量指标", "校舍维修改造质量合格率", "100%"],
    [U, U, U, "购置设施设备质量合格率", "100%"],
    [U, U, "时效指标", "预算资金当年下达率", "100%"],
    [U, U, U, "项目按计划完成率", "100%"],
    [U, U, "成本指标", "建设项目成本控制率", "100%"],
    [U, "效益指标", "可持续影响指标", "义务教育优质均衡发展情况", "稳步提高"],
    [U, U, "社会公众或服务对象满意度指标", "学生家长满意度", "≥90%"],
    [U, U, U, "学校满意度", "≥90%"],
], widths=(12, 12, 20, 30, 12))
DOCS.append(Doc(
    file="hb-qingshan-school-targets.xlsx", province="湖北", doc_kind="申报表", patterns=[1, 2, 5, 10],
    source_urls=["https://www.qingshan.gov.cn/qzfbm/zfgzbm/jyj/czxx/zxzj/ywjygz/202101/t20210105_1589009.shtml"],
    blocks=[Sheet("绩效目标表", [Para("绩效目标表", "title"), Para("（2020年度）", "title"), QS_TABLE])],
    indicators=[
        ind("产出指标", "数量指标", "农村义务教育学校改造覆盖率", None, 100, "%", "100%"),
        ind("产出指标", "质量指标", "校舍维修改造质量合格率", None, 100, "%", "100%"),
        ind("产出指标", "质量指标", "购置设施设备质量合格率", None, 100, "%", "100%"),
        ind("产出指标", "时效指标", "预算资金当年下达率", None, 100, "%", "100%"),
        ind("产出指标", "时效指标", "项目按计划完成率", None, 100, "%", "100%"),
        ind("产出指标", "成本指标", "建设项目成本控制率", None, 100, "%", "100%"),
        ind("效益指标", "可持续影响指标", "义务教育优质均衡发展情况", None, None, None, "稳步提高"),
        ind("满意度指标", "服务对象满意度指标", "学生家长满意度", ">=", 90, "%", "≥90%"),
        ind("满意度指标", "服务对象满意度指标", "学校满意度", ">=", 90, "%", "≥90%"),
    ],
    goals=[goal("年度目标", QS_GOAL)],
    facts=[],
    findings=[
        finding("target.vague_wording", "义务教育优质均衡发展情况", "稳步提高 is a change phrase with no number"),
        finding("goal.unquantified", goal_item(QS_GOAL), "names effects (改善, 提高) but no number or deadline"),
    ],
    notes="Complete form as published. The 1-level cell 效益指标 spans the satisfaction rows (社会公众或服务对象满意度指标, "
          "the 2015 88号 tree); gold uses the canonical 满意度指标 / 服务对象满意度指标, so all three dimensions are present "
          "and no coverage finding is expected. 预算资金当年下达率 is a process step (input_or_process is not scored).",
))

# =================================================================================================================
# 10. 新疆生产建设兵团 第一师六团 气调保鲜库建设项目 兵团本级财政衔接推进乡村振兴补助资金绩效目标申报表 —
#     '指标1：' numbering glued to the names, values with units in one cell, spaced-out merged labels.
# =================================================================================================================
LT_TOTAL = "建成保鲜库1座（3550平方米）和消防水池1座（419平方米）。"
LT_YEAR = "2021年完成保鲜库钢构主体安装和封顶，完成消防水池土建工程。"
LT_TABLE = Table([
    ["项目名称", "第一师六团巩固脱贫攻坚与乡村振兴有效衔接特色产业基地气调保鲜库建设项目", L, L, L, L],
    ["主管部门", "农业农村局", "实施单位", "新疆生产建设兵团第一师阿拉尔市六团农业发展服务中心", L, L],
    ["项目属性", "兵团推进乡村振兴补助资金", "项目期", "1年", L, L],
    ["资金情况\n（万元）", "项目资金总额：", 1500, "年度资金申请总额", 1500, L],
    [U, "其中：财政资金", 1500, "其中：当年财政拨款", 1500, L],
    [U, "", "", "上年结转资金", "", L],
    [U, "其他资金", "", "其他资金", "", L],
    ["项目绩效目标", "项目总目标", L, "年度总体目标", L, L],
    [U, LT_TOTAL, L, LT_YEAR, L, L],
    ["绩\n效\n指\n标", "一级\n指标", "二级指标", "三级指标", "年度指标值", L],
    [U, "产\n出\n指\n标", "数量指标", "指标1：新建保鲜库数量", "1座", L],
    [U, U, U, "指标2：新建保鲜库面积", "3550平方米", L],
    [U, U, U, "指标3：新建消防水池数量", "1座", L],
], widths=(10, 12, 14, 30, 12, 6))
DOCS.append(Doc(
    file="xj-bingtuan-coldstore-targets.xlsx", province="新疆", doc_kind="申报表", patterns=[1, 2, 6, 8, 10],
    source_urls=["http://www.nys.gov.cn/xwzx/tzgg/content_88212"],
    blocks=[Sheet("附件", [Para("附件："), Para("兵团本级财政衔接推进乡村振兴补助资金绩效目标申报表", "title"), LT_TABLE])],
    indicators=[
        ind("产出指标", "数量指标", "新建保鲜库数量", None, 1, "座", "1座"),
        ind("产出指标", "数量指标", "新建保鲜库面积", None, 3550, "平方米", "3550平方米"),
        ind("产出指标", "数量指标", "新建消防水池数量", None, 1, "座", "1座"),
    ],
    goals=[goal("总体目标", LT_TOTAL), goal("年度目标", LT_YEAR)],
    facts=[],
    findings=[
        finding("coverage.missing_dimension", "效益指标", "the reproduced form has no 效益指标 row"),
        finding("coverage.missing_dimension", "满意度指标", "the reproduced form has no 满意度指标 row"),
    ],
    notes="The stored page shows the form up to the third 数量指标 row ('指标3：新建消防水池数量 | 1座'); only that part is "
          "reproduced, so the document lacks 效益/满意度 rows (and has fewer than 3 kinds of indicators). Names keep "
          "their '指标N：' numbering on the form; gold names drop it. The 年度目标 names works with the year 2021 as "
          "deadline (not labelled).",
))


# =================================================================================================================
# 11. 四川 大英县 双心及文明城市创建专项资金项目 自评报告 — prose report with an indicator table whose 一级 column
#     holds 项目决策/项目效益, a 实施进度 column instead of actual values, a value inside a sentence, a period as value.
# =================================================================================================================
DAYING_TABLE = Table([
    ["绩效\n指标", "一级指标", "二级指标", "三级指标", "指标值", "实施进度"],
    [U, "项目决策", "数量指标", "宣传次数", "至少全年完成2次宣传", "已完成100%"],
    [U, U, "质量指标", "创建质量", "按质按量完成", "已完成100%"],
    [U, U, "时效指标", "全年", "1-12月", "已完成100%"],
    [U, U, "成本指标", "成本", "10万元", "已完成100%"],
    [U, "项目效益", "社会效益\n指标", "提升全县消费者维权意识", "不断提升", "已完成100%"],
    [U, "满意度指标", "满意度指标", "群众满意度", "90%", "已完成100%"],
])
DOCS.append(Doc(
    file="sc-daying-consumer-selfreport.docx", province="四川", doc_kind="自评报告", patterns=[1, 5, 6, 8],
    source_urls=["https://dyxrmt.cn/article-147197-19.html"],
    blocks=[
        Para("双心及文明城市创建专项资金项目支出绩效自评报告", "title"),
        Para("2.项目绩效目标"),
        DAYING_TABLE,
        Para("3.分析评价申报内容是否与实际相符，申报目标是否合理可行"),
        Para("经评价，申报内容与实际情况相符，申报目标合理可行。"),
        Para("（三）项目自评步骤及方法", "heading"),
        Para("围绕绩效目标，从项目开展和取得成效等方面设定评价指标体系，采用公众评判、结果比较等方法开展评价。"),
        Para("二、项目资金申报及使用情况", "heading"),
        Para("（一）项目资金申报及批复情况。", "heading"),
        Para("双心及文明城市创建专项资金项目于2020年初向财政局申报资金，经依据《关于大英县创建放心舒心消费城市工作方案的"
             "通知》（大府办函〔2017〕75号）、《关于印发大英县创建全国县级文明城市测评体系任务分解表的通知》"
             "（大创文指办发〔2020〕1号）等文件审议，批复下达预算资金10万元。"),
        Para("（二）资金计划、到位及使用情况（可用表格形式反映）。", "heading"),
        Para("1.资金到位"),
        Table([["项目名称", "中央、省、市（州）、县级财政资金", "资金计划", "资金到位情况"]]),
    ],
    landscape=False,
    indicators=[
        ind("产出指标", "数量指标", "宣传次数", ">=", 2, "次", "至少全年完成2次宣传"),
        ind("产出指标", "质量指标", "创建质量", None, None, None, "按质按量完成"),
        ind("产出指标", "时效指标", "全年", None, None, None, "1-12月"),
        ind("产出指标", "成本指标", "成本", None, 10, "万元", "10万元"),
        ind("效益指标", "社会效益指标", "提升全县消费者维权意识", None, None, None, "不断提升"),
        ind("满意度指标", "服务对象满意度指标", "群众满意度", None, 90, "%", "90%"),
    ],
    goals=[],
    facts=[],
    findings=[
        finding("target.qualitative_no_scale", "创建质量", "按质按量完成 is a judgement with no scale"),
        finding("target.vague_wording", "提升全县消费者维权意识", "不断提升 is a change phrase with no number"),
    ],
    notes="Reproduces the part of the published report shown on the stored page: the indicator table (its 一级 column "
          "says 项目决策/项目效益; gold uses the canonical parents of the 二级 labels), the following paragraphs and the "
          "header of the 资金到位 table (its rows are cut off). The report title is inferred from the text. The 实施进度 "
          "column ('已完成100%') is progress, not an actual value: gold actual is null. The time row (name '全年', value "
          "'1-12月') states a period: no value/operator in gold and no finding.",
))

# =================================================================================================================
# 12. 云南 昆明市五华区住建局 排水管网清污分流及综合管廊配套工程 重点绩效评价报告 — results in prose (score, grade,
#     funds in place, used, rate).
# =================================================================================================================
DOCS.append(Doc(
    file="yn-wuhua-drainage-report.docx", province="云南", doc_kind="评价报告", patterns=[10],
    source_urls=["http://www.kmwh.gov.cn/c/2024-10-15/6914341.shtml"],
    blocks=[
        Para("昆明市五华区住房和城乡建设局2023年排水管网清污分流及综合管廊配套工程项目重点绩效评价报告", "title"),
        Para("一、基本情况", "heading"),
        Para("为解决城市雨污混流问题、加强排水管网设施体系化建设，统筹推进滇池源头治污和城市内涝治理，昆明市印发了"
             "《昆明城区雨污分流改造提升三年行动方案（2022-2024年）》。"),
        Para("项目建设（勘察、设计和施工）分三个标段，覆盖9个街道办事处辖区内的126条道路：80条道路新建排水管网33.28km，"
             "46条道路改造合流管网52.52km。五华区住建局为项目责任主体，负责市政排水管网建设的组织实施。"),
        Para("项目投资估算67,289.03万元，实际到位资金16,760.00万元，使用项目资金15,645.41万元，资金使用率93.35%。"),
        Para("二、重点绩效评价结论", "heading"),
        Para("五华区住建局2023年排水管网清污分流及综合管廊配套工程项目重点绩效评价得分81.22分，评价等级为“良”。"),
        Para("项目立项依据充分、程序规范，绩效目标基本合理，预算编制基本科学合理；积极争取并恰当分配项目资金，资金使用合规、"
             "会计核算规范，管理制度执行基本有效；但预算执行和项目绩效管理仍有待提高。"),
        Para("项目覆盖9个街道办事处辖区的126条道路，完成了排水管网混错接点改造和架空线入地道路建设，点位督导巡查和工程进度"
             "统计报送及时；但部分工程进度未达到计划，项目监督执行不到位，实施进度滞后，整体工程未能在规定时限内完成。"),
    ],
    landscape=False,
    facts=[
        budget("资金使用率", 16760.00, 15645.41, 93.35),
        score_total("重点绩效评价得分", 81.22),
        grade("评价等级", 81.22, "良"),
        total("道路", (126, [80, 46]), unit="条"),
    ],
    findings=[],
    notes="Narrative in our own words with the published numbers; only the opening sections shown on the stored page "
          "(基本情况, 评价结论). 93.35% = 15,645.41/16,760.00 (funds used over funds in place, not over the estimate); "
          "81.22 is 良. No indicator table: gold has no indicators.",
))

# =================================================================================================================
# 13. 浙江 三门县住建局 2024年度专项债券项目资金绩效评价情况表 — one row per project with score and grade.
# =================================================================================================================
SANMEN_ROWS = [
    (1, "三门县城镇污水处理设施建设工程", 0.4, 87, "良", "财政部门重点评价"),
    (2, "三门县石羊溪水质提升工程", 1.36, 91, "优", "项目单位自评"),
    (3, "三门县老旧小区改造项目", 0.1, 94, "优", "项目单位自评"),
    (4, "三门县社区智慧化改造及配套基础设施提升工程", 0.2, 91, "优", "项目单位自评"),
    (5, "三门县农村生活污水处理设施建设工程（2021-2025）", 0.3, 90, "优", "项目单位自评"),
]
DOCS.append(Doc(
    file="zj-sanmen-bond-eval.xlsx", province="浙江", doc_kind="评价报告", patterns=[10],
    source_urls=["http://www.sanmen.gov.cn/art/2025/6/26/art_1229320395_4042158.html"],
    blocks=[Sheet("评价情况表", [
        Para("按照浙财债〔2022〕24号、浙财债〔2025〕4号和三财发[2025]8号文件要求，公示三门县住房和城乡建设局2024年度"
             "专项债券项目资金绩效评价情况如下："),
        Para("三门县住房和城乡建设局2024年度专项债券项目资金绩效评价情况表", "title"),
        Table([["序号", "主管部门", "项目单位", "项目名称", "发行金额（亿元）", "评价得分", "评价结果", "备注"]]
              + [[n, "三门县住房和城乡建设局", "三门县市政公用工程建设事务中心", name, amount, score, level, note]
                 for n, name, amount, score, level, note in SANMEN_ROWS],
              widths=(6, 22, 28, 40, 12, 10, 10, 18)),
    ])],
    facts=[grade(name, score, level) for _n, name, _a, score, level, _note in SANMEN_ROWS],
    findings=[],
    notes="Complete table as published. Every grade agrees with its score (90 is 优). No indicators.",
))

# =================================================================================================================
# 14. 湖南 汨罗市人民政府办公室 2017年度部门（单位）整体支出绩效评价自评报告 — department-wide form: 任务1…任务5 in
#     one cell, income and spending blocks with empty template rows per sub-unit.
# =================================================================================================================
MILUO_TASKS = ("任务1：立足本位抓好优质服务。 任务2：强化创新抓好科学参谋。 任务3：围绕重点抓好高效落实。 "
               "任务4：把握全局抓好统筹协调。 任务5：突出主题抓好党建工作。")
DOCS.append(Doc(
    file="hn-miluo-office-selfreport.docx", province="湖南", doc_kind="部门整体自评表", patterns=[7, 8, 9, 10],
    source_urls=["http://miluo.gov.cn/25221/25222/26735/26745/27281/content_1462926.html"],
    blocks=[
        Para("附件2"),
        Para("汨罗市2017年度部门（单位）整体支出", "title"),
        Para("绩效评价自评报告", "title"),
        Para("部门（单位）名称  汨罗市人民政府办公室"),
        Para("预算编码  103001"),
        Para("评价方式：部门（单位）绩效自评"),
        Para("评价机构：部门（单位）评价组"),
        Para("报告日期：2018年8月06日"),
        Para("汨罗市财政局（制）"),
        Para("", "pagebreak"),
        Table([
            ["一、部门（单位）基本概况", L, L, L],
            ["联系人", "朱海霞", "联络电话", ""],
            ["人员编制", 72, "实有人数", 72],
            ["职能职责概述", "政府办公室是市政府的综合办事机构，主要负责上传下达、协助各方工作、联系各项事务、解决群众反映的问题，"
                          "围绕经济建设中心工作，在促进全市经济发展和社会和谐稳定中发挥作用。", L, L],
            ["年度主要工作内容", MILUO_TASKS, L, L],
            ["年度部门（单位）总体运行情况及取得的成绩", "圆满完成各项工作目标。", L, L],
        ]),
        Table([
            ["二、部门（单位）收支情况", L, L, L, L, L, L],
            ["年度收入情况（万元）", L, L, L, L, L, L],
            ["机构名称", "收入合计", "其中：", L, L, L, L],
            [U, U, "上年结转", "公共财政拨款", "政府基金拨款", "纳入专户管理的非税收入拨款", "其他收入"],
            ["局机关及二级机构汇总", 1265.5, "", 1265.5, "", "", ""],
            ["1、局机关", "", "", "", "", "", ""],
            ["2、二级机构1", "", "", "", "", "", ""],
            ["3、二级机构2", "", "", "", "", "", ""],
            ["部门（单位）年度支出和结余情况（万元）", L, L, L, L, L, L],
            ["机构名称", "支出合计", "其中：", L, L, L, "结余"],
            [U, U, "基本支出", "其中：", L, "项目支出", U],
            [U, U, U, "人员支出", "公用支出", U, U],
            ["局机关及二级机构汇总", 1265.5, "", 664.4, 601.1, "", ""],
            ["1、局机关", "", "", "", "", "", ""],
        ]),
    ],
    goals=[goal("年度目标", MILUO_TASKS)],
    facts=[
        total("收入合计", (1265.5, [1265.5])),
        total("支出合计", (1265.5, [664.4, 601.1])),
    ],
    findings=[
        finding("goal.process_only", goal_item(MILUO_TASKS), "five management tasks (抓好服务/参谋/落实/协调/党建), no output"),
    ],
    notes="Cover page and the first two tables as shown on the stored page (phone number left out); the spending table "
          "is cut after '1、局机关'. The sub-unit rows (局机关, 二级机构1/2) are empty template rows. 基本支出 is left "
          "blank while 人员支出 + 公用支出 = 支出合计 (reproduced). The 年度主要工作内容 cell is taken as the annual goal "
          "of the department.",
))

# =================================================================================================================
# 15. 河南 渑池县 美丽乡村示范点及自然村财政奖励资金绩效评价报告 — cover with tick boxes, budget parts in prose,
#     goals written as 产业/时效/成本 lines.
# =================================================================================================================
MC_G1 = "全县23个美丽乡村建设示范村按实施方案全部建成，受益农户9840户、涉及31500人。"
MC_G2 = "项目实施期为2019年1月至2019年12月。"
MC_G3 = "项目需县级财政安排资金8144万元，其中县级安排877万元。"
DOCS.append(Doc(
    file="ha-mianchi-village-report.docx", province="河南", doc_kind="评价报告", patterns=[8, 10],
    source_urls=["https://mianchi.gov.cn/pageView/subArticle.html?lmid=23332&rlmid=23385&wzid=1418771"],
    blocks=[
        Para("美丽乡村示范点及自然村财政奖励资金绩效", "title"),
        Para("评价报告", "title"),
        Table([["项目名称", "美丽乡村示范点及自然村财政奖励"],
               ["项目单位", "渑池县农业农村局"],
               ["主管部门", "渑池县农业农村局"]]),
        Para("评价类型：事前评价☑ 事中评价□ 事后评价□"),
        Para("评价方式：部门（单位）绩效自评☑ 财政部门组织评价□"),
        Para("评价机构：中介机构□ 部门（单位）评价组☑ 财政评价组□"),
        Para("2019年 1月 10 日"),
        Para("渑池县财政局（制）"),
        Para("", "pagebreak"),
        Para("美丽乡村示范点及自然村财政奖励资金绩效评价报告", "title"),
        Para("一、项目概况", "heading"),
        Para("（一）项目基本情况", "heading"),
        Para("按照《美丽乡村示范点建设试点实施方案》（豫财农〔2017〕8号）的要求，我县实施美丽乡村示范点及自然村试点建设，"
             "共有美丽乡村示范村23个及若干自然村，共需资金8144万元，年初预算安排877万元。"),
        Para("（二）项目实施的主要内容", "heading"),
        Para("一是编制美丽乡村建设实施方案和规划；二是开展美丽乡村建设；三是对县村自然村实施奖励；四是组织项目建设实施。"),
        Para("（三）项目预算投入", "heading"),
        Para("一是美丽乡村建设实施方案、规划编制，需资金277万元；二是美丽乡村建设600万元；三是美丽乡村自然村奖励5039万元"
             "（按实施方案要求）；四是美丽乡村建设实施2228万元。"),
        Para("（四）绩效目标", "heading"),
        Para("产业指标："), Para(MC_G1),
        Para("时效指标："), Para(MC_G2),
        Para("成本指标："), Para(MC_G3),
        Para("二、项目绩效状况分析", "heading"),
        Para("23个美丽乡村示范村建成后，直接受益农户9840户、受益群众31500人，间接受益农户7万余户；项目村人居环境明显改善，"
             "乡村环境得到治理并保持良好势头……"),
    ],
    landscape=False,
    goals=[goal("目标", MC_G1), goal("目标", MC_G2), goal("目标", MC_G3)],
    facts=[
        total("共需资金", (8144, [277, 600, 5039, 2228])),
        total("年初预算安排", (877, [277, 600])),
    ],
    findings=[
        finding("goal.budget_text", goal_item(MC_G3), "the 成本 goal only restates the money"),
    ],
    notes="Cover and sections 一 and the start of 二 as shown on the stored page (cut inside the satisfaction sentence). "
          "The tick boxes show as 'R' in the page's text layer (a Wingdings glyph) and are written ☑. The budget parts add "
          "up (277+600+5039+2228 = 8144; 277+600 = 877). The three lines under (四)绩效目标 are taken as goals; the "
          "time line states a period (no finding).",
))

# =================================================================================================================
# 16. 江苏 西部智动新城水质净化中心 政府专项债券项目绩效自评价报告 — goals as progress percentages, land areas that
#     add up, masked names ('******') in the published text.
# =================================================================================================================
XB_TOTAL = "项目总体目标：完成工程建设进度95%。"
XB_STAGE = "阶段性目标：完成工程建设进度35%。"
DOCS.append(Doc(
    file="js-xibu-bond-selfreport.docx", province="江苏", doc_kind="自评报告", patterns=[8, 10],
    source_urls=["https://jzs.chinamae.com/news/19e2ac49c465b83d61c02745c0aa9e7d.html"],
    blocks=[
        Para("江苏省政府专项债券项目绩效自评价报告（西部智动新城水质净化中心）", "title"),
        Para("一、项目情况", "heading"),
        Para("（一）项目概况。", "heading"),
        Para("项目位于光伏科技产业园（东区）东侧，总占地335亩（不含污水管网），包括污水处理中心、配套管网新建和修复工程、"
             "尾水湿地改造及九岛环湖生态修复工程三部分。污水处理中心位于运河路南侧、九岛环湖北侧、海优威东侧，占地35亩；"
             "配套管网新建和修复主要涉及世纪大道、姚家路、龙园路、九岛环形路等道路下的污水管网；尾水湿地改造及九岛环湖生态"
             "修复工程西至姚家河、东至张马河、南至河北路、北至北环路，占地300亩（水域约165亩，陆域约135亩）。"),
        Para("（二）绩效目标。", "heading"),
        Para(XB_TOTAL),
        Para(XB_STAGE),
        Para("二、评价情况", "heading"),
        Para("（一）项目特点分析。", "heading"),
        Para("******居民安全健康生活的重要保障。项目以修复城市水生态环境、整治黑臭水体、缓解水资源紧缺为导向，优化污水收集"
             "与处理设施布局，提高城镇污水处理和再生利用水平，加快再生水利用工程建设，必要且可行，对园区市政设施区域化服务"
             "和区域可持续发展意义重大。"),
        Para("（二）评价思路方法。", "heading"),
        Para("依据《财政部关于印发〈地方政府专项债券项目资金绩效管理办法〉的通知》（财预〔2021〕61号）等文件，对专项债券"
             "资金的使用管理要求设置细化指标，开展管理和考核。"),
        Para("******人民政府对本项目下达的年度指标进行分解细化……"),
    ],
    landscape=False,
    goals=[goal("总体目标", XB_TOTAL), goal("目标", XB_STAGE)],
    facts=[
        total("总占地", (335, [35, 300]), unit="亩"),
        total("尾水湿地改造及九岛环湖生态修复工程占地", (300, [165, 135]), unit="亩"),
    ],
    findings=[],
    notes="Opening sections as shown on the stored page (a tender-site copy of the published report, names masked with "
          "'******' there, kept). 阶段性目标 is recorded as kind 目标. Both goals are progress percentages (no finding).",
))

# =================================================================================================================
# 17. 湖北 广水市人民政府办公室 部门整体支出绩效目标申报表 — the department-wide form's money block (income and spending
#     composition with shares) and duties; amounts split by the PDF text layer restored.
# =================================================================================================================
GUANGSHUI_DUTIES = ("（一）负责全市人民防空工作。（二）围绕市政府重点工作和领导指示组织专题调研，及时反映情况、提出建议。"
                    "（三）负责起草《政府工作报告》和市政府领导讲话，围绕中心工作和重大、热点难点问题开展调研，为决策提供参谋。"
                    "（四）负责全市金融与地方发展的协调工作。（五）督促检查各部门和各镇、办事处、工业基地贯彻落实上级和市政府"
                    "决定事项的情况。（六）组织办理人大建议和政协提案。（七）负责国防动员综合协调。（八）负责市政府值班工作。"
                    "（九）协助起草或审核以市政府、市政府办公室名义发布的公文。（十）负责市政府会议的准备和组织协调。"
                    "（十一）研究、审核各部门和各镇、办事处、工业基地请示市政府的事项。（十二）统筹安排市政府领导的公务活动……")
DOCS.append(Doc(
    file="hb-guangshui-office-dept-targets.docx", province="湖北", doc_kind="部门整体目标表", patterns=[7, 9],
    source_urls=["https://pdf.chddh.cn/archives/m536dx2vr743xlkg7098.html"],
    blocks=[
        Para("附件2："),
        Para("部门整体支出绩效目标申报表", "title"),
        Para("填报日期：2021年1月28日"),
        Table([
            ["部门（单位）名称", "广水市人民政府办公室", L, "填报人", "南春锋", L],
            ["联系电话", "", L, L, L, L],
            ["部门总体资金情况\n（单位：万元）", "", "当年金额", "近两年收支金额", L, "占比"],
            [U, "", "", "年", "年", ""],
            [U, "收入构成：财政拨款", "968.1918", "", "", ""],
            [U, "其他资金", "", "", "", ""],
            [U, "合计", "968.1918", "", "", "100%"],
            [U, "支出构成：基本支出", "724.2318", "", "", "74.8%"],
            [U, "项目支出", "243.96", "", "", "25.2%"],
            [U, "合计", "968.1918", "", "", "100%"],
            ["部门职能概述", GUANGSHUI_DUTIES, L, L, L, L],
        ]),
    ],
    landscape=False,
    facts=[
        total("支出合计", (968.1918, [724.2318, 243.96])),
        total("支出占比", (100, [74.8, 25.2]), unit="%"),
    ],
    findings=[
        finding("coverage.missing_dimension", "产出指标", "the form as it stands holds no indicator (relabelled, see notes)"),
        finding("coverage.missing_dimension", "效益指标", "the form as it stands holds no indicator (relabelled, see notes)"),
        finding("coverage.missing_dimension", "满意度指标", "the form as it stands holds no indicator (relabelled, see notes)"),
    ],
    notes="The stored page is the text layer of the published PDF and shows only page 1 (money block and duties; the "
          "phone number is left out). That layer splits '968.191 8' and drops the point of '724.2318' (written as "
          "'7242318'); both are restored. The form's goal and indicator pages are not in the stored copy, so the document "
          "has no indicator table. Relabelled in the eighth session to README's policy (a form judged as the file stands): "
          "a form holding no indicator lacks every 一级 dimension; first written with no finding.",
))

# =================================================================================================================
# 18. 广东 茂名市发展和改革局 2021年部门整体支出绩效自评报告 — prose; the goal paragraph is cut in the stored copy.
# =================================================================================================================
MM_GOAL = "我局部门整体支出绩效目标：一是做好稳投资促增长工作；二是……"
DOCS.append(Doc(
    file="gd-maoming-fgj-selfreport.docx", province="广东", doc_kind="自评报告", patterns=[10],
    source_urls=["https://www.kunmingchi.com/archives/vzpngm2097m5n2ywqbkd.html"],
    blocks=[
        Para("2021年茂名市发展和改革局整体支出绩效自评报告", "title"),
        Para("按照《关于开展2022年市级财政资金绩效自评工作的通知》（茂财绩函〔2022〕2号）的要求，我局布置自评任务、明确人员"
             "分工、落实主体责任，核查有关账务和项目执行情况，填写自评表格并形成本报告。"),
        Para("一、部门基本情况", "heading"),
        Para("（一）部门职能", "heading"),
        Para("我局负责拟订和组织实施全市国民经济和社会发展战略、中长期规划、年度计划和重点项目计划，负责全市固定资产投资"
             "项目的审批、核准、备案及监督检查，指导协调项目招投标，推进经济体制改革，组织价格调控监管，保障粮食和物资储备"
             "安全等。"),
        Para("（二）设置机构及人员情况", "heading"),
        Para("我局成立于1958年，为国家行政单位，设17个内设机构，实有编制63人，2021年末在职57人、离退休94人。"),
        Para("（三）年度总体工作和重点工作任务", "heading"),
        Para("1、强化经济综合管理，发挥党委政府参谋助手作用。2、抓住重点项目，促进固定资产投资增量提质。3、聚焦优势、新兴和"
             "特色产业，加快建设现代产业体系。4、推动更深层次改革开放，激发市场活力。5、实施乡村振兴战略，推动城乡区域协调"
             "发展。6、践行绿色发展理念，加强生态文明建设。7、补齐社会民生短板，推动发展成果共享。8、做好粮食能源保障、电力、"
             "成品油及安全生产工作。9、推进系统党的建设和干部队伍建设。"),
        Para("（四）部门整体支出绩效目标", "heading"),
        Para(MM_GOAL),
    ],
    landscape=False,
    goals=[goal("年度目标", MM_GOAL)],
    findings=[
        finding("goal.unquantified", goal_item(MM_GOAL), "names an effect (稳投资促增长) but no number or deadline"),
    ],
    notes="Opening of the published PDF as shown on the stored page; it ends inside the goal paragraph ('二是'), kept "
          "with '……'. The nine 重点工作任务 are tasks, not goals.",
))

# =================================================================================================================
# 19. 福建 安溪县农业农村局 市级乡村振兴专项资金（整镇推进创建乡镇奖补）分配表和任务清单 — one row per town; the
#     绩效目标表 that follows is cut after its first cell.
# =================================================================================================================
ANXI_TASK = "用于整镇推进项目建设补助，项目预算总投资不低于100万元"
DOCS.append(Doc(
    file="fj-anxi-village-alloc.xlsx", province="福建", doc_kind="申报表", patterns=[9],
    source_urls=["http://www.tst57ck.com/zwgk/zfxxgkzl/bmzfxxgk/nyycgj/zfxxgkml/202506/t20250603_3176055.htm"],
    blocks=[Sheet("附件", [
        Para("根据泉财农指〔2025〕24号文，下达2025年市级财政乡村振兴专项资金（第一批整镇推进创建乡镇奖补）100万元，列"
             "“2120804-农村基础设施建设支出”科目，用于2025年度入选整镇推进创建乡镇的项目建设补助；任务清单和绩效目标见附件1、2。"),
        Para("附件1"),
        Para("2025年市级财政乡村振兴专项资金（第一批整镇推进创建乡镇奖补）分配表和任务清单", "title"),
        Table([["序号", "乡镇名单", "乡镇类型", "补助资金（万元）", "任务清单"],
               [1, "龙涓镇", "农业生态型", 50, ANXI_TASK],
               [2, "桃舟乡", "农业生态型", 50, ANXI_TASK],
               ["合计", L, L, 100, ""]], widths=(8, 14, 14, 16, 50)),
        Para("附件2"),
        Para("2025年市级财政乡村振兴专项资金（第一批整镇推进创建乡镇奖补）绩效目标表", "title"),
        Table([["项目名称", "2025年市级财政乡村振兴专项资金（第一批整镇推进创建乡镇奖补）", L, L, L]]),
    ])],
    facts=[total("补助资金", (100, [50, 50]))],
    findings=[
        finding("coverage.missing_dimension", "产出指标", "the 绩效目标表 as it stands holds no indicator (relabelled, see notes)"),
        finding("coverage.missing_dimension", "效益指标", "the 绩效目标表 as it stands holds no indicator (relabelled, see notes)"),
        finding("coverage.missing_dimension", "满意度指标", "the 绩效目标表 as it stands holds no indicator (relabelled, see notes)"),
    ],
    notes="The stored page (a mirror of the county's notice, in traditional characters) shows the allocation table in full "
          "and the 绩效目标表 only up to its first cell; only that is reproduced, so there are no indicators. Relabelled in the "
          "eighth session to README's policy (a form judged as the file stands): the 绩效目标表 lacks every 一级 dimension; "
          "first written with no finding.",
))

# =================================================================================================================
# 20. 陕西 佳县财政支出项目绩效目标申报表 — the blank county template: 长期 and 年度 indicator blocks listing only the
#     category labels, '…'/'具体指标'/'……' placeholders, signature line. Nothing in it is an indicator.
# =================================================================================================================
def _jiaxian_block(label: str) -> list:
    return [[label, "一级指标", "二级指标", "指标内容", "指标值", "备注"],
            [U, "产出指标", "数量指标", "", "", ""],
            [U, U, "质量指标", "", "", ""],
            [U, U, "时效指标", "", "", ""],
            [U, U, "成本指标", "", "", ""],
            [U, U, "…", "", "", ""],
            [U, "效益指标", "经济效益指标", "", "", ""],
            [U, U, "社会效益指标", "", "", ""],
            [U, U, "环境效益指标", "", "", ""],
            [U, U, "可持续影响指标", "", "", ""],
            [U, U, "…", "", "", ""],
            [U, "满意度指标", "服务对象满意度指标", "具体指标", "", ""],
            [U, U, "……", "", "", ""]]


JIAXIAN_TITLE = Para("佳县财政支出项目绩效目标申报表", "title")
DOCS.append(Doc(
    file="sn-jiaxian-blank-targets.docx", province="陕西", doc_kind="申报表", patterns=[1, 8],
    source_urls=["https://docx.baby/p/20793843881926.html"],
    blocks=[
        JIAXIAN_TITLE, Para("（      年度）", "title"), Para("填报单位（盖章）"),
        Table([
            ["项目名称", "", "项目属性", "新增项目 □  延续项目 □"],
            ["主管部门", "", "主管部门编码", ""],
            ["项目实施单位", "", "项目负责人", ""],
            ["联系电话", "", "项目起止时间", ""],
            ["项目资金申请\n（万元）", "资金总额：", "财政拨款：", "自有资金："],
            [U, "事业收入：", "经营性收入：", "其他："],
            ["单位职能概述", "", L, L],
        ]),
        Para("", "pagebreak"), JIAXIAN_TITLE,
        Table([
            ["项目概况", "", L, L],
            ["项目立项情况", "项目立项的依据", "", L],
            [U, "项目申报的可行性", "", L],
            [U, "项目申报的必要性", "", L],
            ["项目实施进度计划", "项目实施内容", "开始时间", "完成时间"],
            [U, "1、", "", ""],
            [U, "2、", "", ""],
            [U, "3、", "", ""],
            [U, "……", "……", ""],
            ["项目绩效目标", "长期目标", "年度目标", L],
            [U, "", "", L],
        ]),
        Para("", "pagebreak"), JIAXIAN_TITLE, Table(_jiaxian_block("长期绩效指标")),
        Para("", "pagebreak"), JIAXIAN_TITLE,
        Table(_jiaxian_block("年度绩效指标") + [["其他说明的问题", "", L, L, L, L]]),
        Para("填报人：            单位负责人：            填报日期："),
    ],
    landscape=False,
    findings=[],
    notes="The county's blank template as published (no project filled in). Both indicator blocks are well formed but "
          "empty: no indicator, goal or fact, and no finding (not table_not_understood, not coverage). '具体指标' and the "
          "'…'/'……' rows are template placeholders.",
))


# =================================================================================================================
# 21. 安徽 萧县张庄寨镇 河西村特色种养补贴到户项目 绩效目标自评表（2023年度） — 分值 before the values, ★ core
#     marks, '其中…' breakdown rows without points under each ★ row, empty 二级 rows and '……' rows, the money block's
#     其中 row repeating the points.
# =================================================================================================================
HEXI_GOAL = "落实39户特色种养业奖补政策，增加脱贫户家庭收入。"
_H = ["", "", "", "", "", ""]
HEXI_TABLE = Table([
    ["项目名称", L, "河西村特色种养补贴到户项目", L, L, "项目负责人及电话", "李宁", L, L],
    ["主管部门", L, "县农业农村局", L, L, "实施单位", "张庄寨镇人民政府", L, L],
    ["资金情况\n（万元）", L, "", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分", L],
    [U, U, "年度资金总额：", 9.48, 9.48, 10, "100%", 10, L],
    [U, U, "其中：本年财政拨款", 9.48, 9.48, 10, "100%", 10, L],
    [U, U, "其他资金", "-", "-", "", "", "", L],
    ["年度总体目标", L, "年初设定目标", L, L, "年度总体目标完成情况综述", L, L, L],
    [U, U, HEXI_GOAL, L, L, HEXI_GOAL, L, L, L],
    ["绩效指标", "一级\n指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "未完成原因及拟采取的改进措施"],
    [U, "产\n出\n指\n标\n（50分）", "数量指标", "★补助各类瓜果蔬菜种植面积", 20, "29.5亩", "29.5亩", 20, ""],
    [U, U, U, "其中桃树种植面积", "", "1.5亩", "1.5亩", "", ""],
    [U, U, U, "其中苹果树种植面积", "", "5亩", "5亩", "", ""],
    [U, U, U, "其中露天蔬菜", "", "20亩", "20亩", "", ""],
    [U, U, U, "其中大棚蔬菜", "", "3亩", "3亩", "", ""],
    [U, U, U, "★补助鱼塘面积", 10, "3亩", "3亩", 10, ""],
    [U, U, U, "其中鱼塘养殖面积", "", "3亩", "3亩", "", ""],
    [U, U, U, "★补助家畜家禽养殖数量", 10, "192只", "192只", 10, ""],
    [U, U, U, "其中羊养殖数量", "", "180只", "180只", "", ""],
    [U, U, U, "其中猪养殖数量", "", "12头", "12头", "", ""],
    [U, U, "质量指标"] + _H,
    [U, U, U, "种植作物成活率", 5, "95%", "95%", 5, ""],
    [U, U, U, "养殖家畜家禽成活率", 5, "95%", "100%", 5, ""],
    [U, U, U, "……", "", "", "", "", ""],
    [U, "效\n益\n指\n标\n（30分）", "经济效益\n指标"] + _H,
    [U, U, U, "特色产业带动增加受益农户收入（总收入）", 20, "≥11.376万元", "12万元", 20, ""],
    [U, U, "社会效益\n指标", "受益人口数量", 10, "90人", "90人", 10, ""],
    [U, U, "生态效益\n指标"] + _H,
    [U, U, "可持续影响指标"] + _H,
    [U, U, "……"] + _H,
], widths=(6, 8, 12, 30, 6, 12, 12, 6, 20))
DOCS.append(Doc(
    file="ah-xiaoxian-hexi-selfeval.xlsx", province="安徽", doc_kind="自评表", patterns=[1, 2, 5, 6, 8, 9, 10],
    source_urls=["https://www.ahxx.gov.cn/grassroots/279/158998981.html"],
    blocks=[Sheet("自评表", [Para("绩效目标自评表", "title"), Para("（2023年度）", "title"), HEXI_TABLE])],
    indicators=[
        ind("产出指标", "数量指标", "补助各类瓜果蔬菜种植面积", None, 29.5, "亩", "29.5亩", 29.5, 20, 20),
        ind("产出指标", "数量指标", "其中桃树种植面积", None, 1.5, "亩", "1.5亩", 1.5),
        ind("产出指标", "数量指标", "其中苹果树种植面积", None, 5, "亩", "5亩", 5),
        ind("产出指标", "数量指标", "其中露天蔬菜", None, 20, "亩", "20亩", 20),
        ind("产出指标", "数量指标", "其中大棚蔬菜", None, 3, "亩", "3亩", 3),
        ind("产出指标", "数量指标", "补助鱼塘面积", None, 3, "亩", "3亩", 3, 10, 10),
        ind("产出指标", "数量指标", "其中鱼塘养殖面积", None, 3, "亩", "3亩", 3),
        ind("产出指标", "数量指标", "补助家畜家禽养殖数量", None, 192, "只", "192只", 192, 10, 10),
        ind("产出指标", "数量指标", "其中羊养殖数量", None, 180, "只", "180只", 180),
        ind("产出指标", "数量指标", "其中猪养殖数量", None, 12, "头", "12头", 12),
        ind("产出指标", "质量指标", "种植作物成活率", None, 95, "%", "95%", 95, 5, 5),
        ind("产出指标", "质量指标", "养殖家畜家禽成活率", None, 95, "%", "95%", 100, 5, 5),
        ind("效益指标", "经济效益指标", "特色产业带动增加受益农户收入（总收入）", ">=", 11.376, "万元", "≥11.376万元", 12, 20,
            20),
        ind("效益指标", "社会效益指标", "受益人口数量", None, 90, "人", "90人", 90, 10, 10),
    ],
    goals=[goal("年度目标", HEXI_GOAL)],
    facts=[
        budget("年度资金总额", 9.48, 9.48, 100.0),
        budget("本年财政拨款", 9.48, 9.48, 100.0),
        total("补助各类瓜果蔬菜种植面积", (29.5, [1.5, 5, 20, 3]), unit="亩"),
    ],
    findings=[
        finding("coverage.missing_dimension", "满意度指标", "the reproduced form has no 满意度指标 row"),
    ],
    notes="Reproduced up to the '……' row closing the 效益 block; the stored page ends at the 满意度 label ('满意…'), so "
          "the document has no satisfaction indicator. The breakdown rows '其中…' (no points) are indicator rows of their "
          "own; the ★ core-indicator mark is dropped from gold names. 192只 = 180只 + 12头 mixes units (no sum fact). "
          "The 其中 money row repeats 10 / 100% / 10 (reproduced). The goal counts the households (39户), so no goal "
          "finding. Headings state their points (50/30) and match their rows. Phone number left out.",
))

# =================================================================================================================
# 22. 黑龙江 大庆市部门预算项目支出绩效目标申报表 — the blank city template: '*' and '——' placeholders in the money
#     tables, numbered empty lines, an indicator block whose columns are 上年度实际水平 / 本年度计划水平 / 指标内容.
# =================================================================================================================
DAQING_CATEGORIES = ("1.重大课题（规划）□ 2.网络运行维护□ 3.考核奖励□ 4.大型培训□ 5.重大宣传活动□ 6.执法办案□ 7.大宗印刷□ "
                     "8.奖学助学□ 9.庆典、节会、论坛、商业演出□ 10.房租□ 11.设备购置□ 12.交通工具购置□ 13.专用材料购置□ "
                     "14.房屋建筑物购建□ 15.大型修缮□ 16.信息网络购建□ 17.物资储备□ 18.转移支付□ 19.其他□")
DOCS.append(Doc(
    file="hl-daqing-blank-targets.docx", province="黑龙江", doc_kind="申报表", patterns=[5, 8, 9],
    source_urls=["https://m.zixin.com.cn/doc/3995614.html"],
    blocks=[
        Para("附1："),
        Para("大庆市部门预算项目支出绩效目标申报表", "title"),
        Para("（      年度）", "title"),
        Para("编制单位（盖章）："),
        Table([
            ["项目基本情况", "项目名称", "", "项目负责人", ""],
            [U, "联系电话", "", "项目类别", DAQING_CATEGORIES],
            [U, "项目属性", "新增项目□ 延续项目□", "项目计划实施时间", "年  月  日 至  年  月  日"],
            [U, "项目申请原因（包括设立依据、可行性及必要性）", "", L, L],
            [U, "以前年度项目绩效情况", "", L, L],
            ["项目资金情况", "资金来源（万元）", "上年度预算安排", "上年度实际执行", "本年度申请金额"],
            [U, "合计", "*", "*", "*"],
            [U, "财政拨款", "——", "——", ""],
            [U, "政府性基金拨款", "-—", "——", ""],
            [U, "财政专户拨款", "——", "—-", ""],
            [U, "其他资金", "-—", "——", ""],
            [U, "上年结转", "——", "—-", ""],
            [U, "事业基金弥补差额", "—-", "—-", ""],
            ["项目支出内容及明细预算（万元）", "项目", "上年度预算安排", "上年度实际执行", "本年度申请金额"],
            [U, "合计", "*", "*", "*"],
            [U, "1.", "", "", ""],
            [U, "2.", "", "", ""],
            [U, "3.", "", "", ""],
            [U, "……", "", "", ""],
            ["绩效目标情况", "预期目标", "内容", "部门（单位）申报", L],
            [U, U, "预期提供的公共产品和服务的数量", "", L],
            [U, U, "预期效果", "", L],
            [U, "保障绩效目标实现的措施", "组织机构：", "", L],
            [U, U, "管理制度：", "", L],
            [U, U, "质量控制：", "", L],
            [U, U, "……", "", L],
        ]),
        Table([
            ["绩效指标", "指标名称", L, "上年度实际水平", "本年度计划水平", "指标内容/计算公式"],
            [U, "二级指标", "三级指标", U, U, U],
            [U, "目标完成程度", "1.", "", "", ""],
            [U, U, "2.", "", "", ""],
            [U, U, "3.", "", "", ""],
            [U, U, "……", "", "", ""],
            [U, "项目实施效益", "1.", "", "", ""],
            [U, U, "2.", "", "", ""],
            [U, U, "3.", "", "", ""],
            [U, U, "……", "", "", ""],
        ]),
    ],
    landscape=False,
    findings=[],
    notes="The city's blank template as shown on the stored page (cut at the 财政主管业务科 review line, left out). Every "
          "value cell is empty or a placeholder ('*', '——', '1.', '……'): no indicator, goal or fact, and no finding. "
          "The 指标名称 header spans two sub-columns (二级指标 | 三级指标) whose rows hold only '1.'/'2.'/'3.'/'……'.",
))


# =================================================================================================================
# 23. 湖北 武汉市青山区教育局 项目支出绩效目标表3（2020年度） — long-term and annual halves side by side, the long-term
#     half empty; 中期目标 / 年度目标 goals; levels repeated on every row.
# =================================================================================================================
QS3_MID = "优化教育布局，推进教育领域综合改革，全面提升育人质量，实现基础教育持续发展。"
QS3_YEAR = "按工作计划完成教育局重点项目建设经费的预算安排。"
QS3_HALVES = [
    ("产出指标", "数量指标", "重点建设工程安排数量", "2"),
    ("产出指标", "质量指标", "重点建设工程验收合格率", "100%"),
    ("产出指标", "成本指标", "建设项目成本", "参照政府采购成本控制"),
    ("产出指标", "时效指标", "重点建设工程按期完成率", "100%"),
    ("效益指标", "可持续影响指标", "基础教育巩固提高情况", "巩固提高"),
    ("效益指标", "社会效益指标", "基础教育学校办学条件", "持续改善"),
    ("满意度指标", "服务对象满意度指标", "学生、家长、社会满意度", "≥90%"),
]
DOCS.append(Doc(
    file="hb-qingshan-infra-targets.docx", province="湖北", doc_kind="申报表", patterns=[3, 5, 10],
    source_urls=["http://www.qingshan.gov.cn/qzfbm/zfgzbm/jyj/czxx/zjxx/202001/t20200120_1016313.shtml"],
    blocks=[
        Para("项目支出绩效目标表", "title"), Para("（2020年度）", "title"),
        Table([
            ["项目名称", "教育系统基础设施建设和设备购置", L, L, L, L, L],
            ["主管部门\n及编码", "[015001]武汉市青山区教育局", L, L, "实施单位", "武汉市青山区教育局", L],
            ["项目属性", "基础建设、修缮类", L, L, "项目起止时间", "202001-202012", L],
            ["项目资金", "资金总额", "10000万元", L, "当年资金总额：", "10000万元", L],
            [U, "其中：财政拨款", "10000万元", L, "其中：当年财政拨款", "10000万元", L],
            [U, "其他资金", "", L, "当年其他资金", "", L],
            ["总体目标", "中期目标", L, L, "年度目标", L, L],
            [U, QS3_MID, L, L, QS3_YEAR, L, L],
        ]),
        Para("绩效项目指标表", "heading"),
        Table([["一级指标", "二级指标（长期）", "三级指标（长期）", "指标值（长期）", "二级指标（年度）", "三级指标（年度）",
                "指标值（年度）"]]
              + [[l1, l2, "", "", l2, name, value] for l1, l2, name, value in QS3_HALVES]),
    ],
    indicators=[
        ind("产出指标", "数量指标", "重点建设工程安排数量", None, 2, None, "2"),
        ind("产出指标", "质量指标", "重点建设工程验收合格率", None, 100, "%", "100%"),
        ind("产出指标", "成本指标", "建设项目成本", None, None, None, "参照政府采购成本控制"),
        ind("产出指标", "时效指标", "重点建设工程按期完成率", None, 100, "%", "100%"),
        ind("效益指标", "可持续影响指标", "基础教育巩固提高情况", None, None, None, "巩固提高"),
        ind("效益指标", "社会效益指标", "基础教育学校办学条件", None, None, None, "持续改善"),
        ind("满意度指标", "服务对象满意度指标", "学生、家长、社会满意度", ">=", 90, "%", "≥90%"),
    ],
    goals=[goal("中期目标", QS3_MID), goal("年度目标", QS3_YEAR)],
    facts=[],
    findings=[
        finding("target.missing_unit", "重点建设工程安排数量", "a count '2' with no unit"),
        finding("target.qualitative_no_scale", "建设项目成本", "参照政府采购成本控制 names no figure or scale"),
        finding("target.vague_wording", "基础教育巩固提高情况", "巩固提高 is a change phrase with no number"),
        finding("target.vague_wording", "基础教育学校办学条件", "持续改善 is a change phrase with no number"),
        finding("goal.unquantified", goal_item(QS3_MID), "names effects but no number or deadline"),
        finding("goal.process_only", goal_item(QS3_YEAR), "only a budgeting step, no output or effect"),
    ],
    notes="Complete form as published. The indicator table has a long-term half (二级/三级/指标值（长期）) next to the "
          "annual half; the long-term 三级/值 columns are empty on every row and its 二级 column repeats the annual one. "
          "Gold lists the annual indicators once. '参照政府采购成本控制' points at a practice, not a published figure "
          "(labelled qualitative_no_scale).",
))

# =================================================================================================================
# 24. 云南 临沧市永德县明朗中学 义务教育营养改善计划专项资金 2022年度项目支出绩效自评表（公开14表） — 年度指标值
#     spanning 指标性质 | 指标值 | 度量单位 with operators typed as ≧ and ═, amounts in 元, 总分 with the grade.
# =================================================================================================================
YD_GOAL = "确保每个学生都享受到国家政策福利，改善学生体质。"
YD_ROWS = [
    # 一级, 二级, 三级, 性质, 值, 单位, 实际, 分值, 得分
    ("产出指标", "数量指标", "学生受资助人数", "≧", "735", "人次", "735", 10, 10),
    (U, "质量指标", "营养改善计划覆盖率", "≧", "100", "%", "100%", 10, 10),
    (U, "时效指标", "资金到位及时率", "≧", "100", "%", "100%", 10, 7),
    (U, "成本指标", "生均补助标准达标率", "═", "100", "%", "100%", 10, 10),
    ("效益指标", "经济效益\n指标", "减轻贫困学生家庭经济负担", "", "有效", "", "有效", 10, 10),
    (U, "社会效益\n指标", "政策知晓率", "═", "100", "%", "98%", 10, 9),
    (U, "生态效益\n指标", "", "", "", "", "", "", ""),
    (U, "可持续影响\n指标", "促进学校教育事业健康发展", "≧", "100", "%", "100%", 10, 10),
    ("满意度指标", "服务对象满意度指标等", "学生满意度", "≧", "95", "%", "100%", 10, 10),
    (U, U, "家长满意度", "≧", "95", "%", "100%", 10, 10),
]
DOCS.append(Doc(
    file="yn-yongde-nutrition-selfeval.xlsx", province="云南", doc_kind="自评表", patterns=[2, 5, 6, 8, 9, 10],
    source_urls=["https://www.yongde.gov.cn/info/3003/116104.htm"],
    blocks=[Sheet("公开14表", [
        Para("公开14表"),
        Para("2022年度项目支出绩效自评表", "title"),
        Para("部门：临沧市永德县明朗中学"),
        Table([
            ["项目名称", "义务教育营养改善计划专项资金", L, L, L, L, L, L, L, L],
            ["主管部门", "永德县教育体育局", L, L, L, "实施单位", "永德县明朗中学", L, L, L],
            ["项目资金\n（元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", L, L],
            [U, "年度资金总额", "", 387664.62, 387664.62, 10, "100%", 10, L, L],
            [U, "其中：当年财政拨款", "", 387664.62, 387664.62, "—", "", "—", L, L],
            [U, "上年结转资金", "", "", "", "—", "", "—", L, L],
            [U, "其他资金", "—", "—", "—", "—", "", "—", L, L],
            ["年度\n总体\n目标", "预期目标", L, L, L, "实际完成情况", L, L, L, L],
            [U, YD_GOAL, L, L, L, YD_GOAL, L, L, L, L],
            ["绩效指标", L, L, "年度指标值", L, L, "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
            ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", U, U, U, U],
        ] + [list(r) + [""] for r in YD_ROWS] + [
            ["其他需要说明事项", "无", L, L, L, L, L, L, L, L],
            ["总分", L, L, L, L, L, L, 100, 96, "优"],
        ], widths=(12, 14, 26, 8, 8, 8, 10, 8, 8, 18)),
    ])],
    indicators=[
        ind("产出指标", "数量指标", "学生受资助人数", ">=", 735, "人次", "≧735人次", 735, 10, 10),
        ind("产出指标", "质量指标", "营养改善计划覆盖率", ">=", 100, "%", "≧100%", 100, 10, 10),
        ind("产出指标", "时效指标", "资金到位及时率", ">=", 100, "%", "≧100%", 100, 10, 7),
        ind("产出指标", "成本指标", "生均补助标准达标率", "=", 100, "%", "═100%", 100, 10, 10),
        ind("效益指标", "经济效益指标", "减轻贫困学生家庭经济负担", None, None, None, "有效", None, 10, 10),
        ind("效益指标", "社会效益指标", "政策知晓率", "=", 100, "%", "═100%", 98, 10, 9),
        ind("效益指标", "可持续影响指标", "促进学校教育事业健康发展", ">=", 100, "%", "≧100%", 100, 10, 10),
        ind("满意度指标", "服务对象满意度指标", "学生满意度", ">=", 95, "%", "≧95%", 100, 10, 10),
        ind("满意度指标", "服务对象满意度指标", "家长满意度", ">=", 95, "%", "≧95%", 100, 10, 10),
    ],
    goals=[goal("年度目标", YD_GOAL)],
    facts=[
        budget("年度资金总额", 387664.62, 387664.62, 100.0, unit="元"),
        score_total("总分", 96, [10, 10, 10, 7, 10, 10, 9, 10, 10, 10]),
        grade("总分", 96, "优"),
    ],
    findings=[
        finding("target.impossible_value", "营养改善计划覆盖率", "≧100%: a rate cannot exceed 100%"),
        finding("target.impossible_value", "资金到位及时率", "≧100%: a rate cannot exceed 100%"),
        finding("target.impossible_value", "促进学校教育事业健康发展", "≧100%: a rate cannot exceed 100%"),
        finding("target.qualitative_no_scale", "减轻贫困学生家庭经济负担", "'有效' is a level with no grading scale"),
        finding("consistency.deviation_reason_missing", "政策知晓率", "98% against =100% and no deviation reason"),
        finding("goal.unquantified", goal_item(YD_GOAL), "names effects but no number or deadline"),
    ],
    notes="Complete form as published: operators typed as '≧' and '═' (box-drawing double line used for '='), an empty "
          "生态效益 row, '服务对象满意度指标等' as the 二级 label, amounts in 元, 年初预算数 left empty. 资金到位及时率 "
          "met its target but scores 7 of 10 (reproduced; no scored rule). 总分 96 = 10 (执行率) + 86, grade 优.",
))

# =================================================================================================================
# 25. 湖南 湘西州民族特殊教育学校 2023年项目支出绩效目标表（部门公开） — one row per unit and per project with its own
#     资金总额 and 实施期绩效目标 columns, 101号 tree (成本指标 as 一级), 指标值内容 / 评（扣分标准）/ 指标值类型 columns,
#     empty category rows marked only '-' and 定性.
# =================================================================================================================
XX_HEAD = ["单位代码", "单位（专项）名称", "资金总额", "实施期绩效目标", "一级指标", "二级指标", "三级指标", "指标值",
           "指标值内容", "评（扣分标准）", "度量单位", "指标值类型", "备注"]
XX_ROWS = [
    ("成本指标", "经济成本指标", "学生补助标准", "17元/人.每天", "反映学生每天用餐标准", "按标准发放得10分，每少1元扣1分", "定量"),
    (U, "生态环境成本指标", "", "", "", "", "定性"),
    (U, "社会成本指标", "", "", "", "", "定性"),
    ("满意度指标", "服务对象满意度指标", "学生对学校伙食得满意度", "95%以上", "学生对学校伙食满意程度",
     "95%以上得10分，每降低1%扣1分", "定性"),
    ("产出指标", "数量指标", "补助学生数量", "168", "反映补助学生人数", "发放到位得10分，每减少1%，扣1分", "定量"),
    (U, "质量指标", "伙食补助发放率", "90%以上", "实际发放伙食补助金额/应发放伙食补助金额", "9%0得10分，每减少1%扣1分", "定量"),
    (U, U, "伙食补助资金到位率", "90%以上", "实际收到伙食补助金额/2023年伙食补助预算", "90%得10分，每减少1%扣1分", "定量"),
    (U, U, "伙食补助覆盖率", "90%以上", "实际领取伙食补助人数/应发放伙食补助人数", "90%得10分，每减少1%扣1分", "定量"),
    (U, "时效指标", "任务完成时间", "2023年12月31日", "反映该项目完成时间", "按期完成得10分，每超出10天扣1分", "定量"),
    ("效益指标", "经济效益指标", "", "", "", "", "定性"),
    (U, "社会效益指标", "残疾学生入学率", "大于90%", "适龄学生入学情况", "90%得10分，每减少1%扣1分", "定量"),
    (U, U, "残疾学生家庭负担率", "有所减轻", "对家庭负担减轻情况", "较大得10分，一般得6分", "定性"),
    (U, U, "残疾学生生活质量", "有所提升", "残疾学生生活质量", "良好得10分，一般得8分，差得0分", "定性"),
    (U, "生态效益指标", "", "", "", "", "定性"),
    (U, "可持续影响指标", "", "", "", "", "定性"),
]
XX_TABLE = Table(
    [XX_HEAD[:4] + ["绩效指标", L, L, L, L, L, L, L, L],
     [U, U, U, U] + XX_HEAD[4:],
     ["505006", "州民族特殊教育学校", "30.00", "", "", "", "", "", "", "", "", "", ""]]
    + [[("  505006" if i == 0 else U), ("  学生伙食费" if i == 0 else U), ("30.00" if i == 0 else U), ("" if i == 0 else U),
        l1, l2, name, value, content, rule, "-", kind, ""]
       for i, (l1, l2, name, value, content, rule, kind) in enumerate(XX_ROWS)],
    widths=(9, 16, 8, 12, 10, 14, 20, 12, 24, 26, 6, 8, 6))
DOCS.append(Doc(
    file="hn-xiangxi-school-targets.xlsx", province="湖南", doc_kind="部门整体目标表", patterns=[5, 6, 7, 8],
    source_urls=["http://www.xxztx.com/tzgg/1064.html"],
    blocks=[Sheet("项目支出绩效目标表", [Para("2023年项目支出绩效目标表公开", "title"),
                                       Para("部门：505_湘西州教育和体育局          金额单位：万元"), XX_TABLE])],
    indicators=[
        ind("成本指标", "经济成本指标", "学生补助标准", None, 17, "元/人.每天", "17元/人.每天"),
        ind("满意度指标", "服务对象满意度指标", "学生对学校伙食得满意度", ">=", 95, "%", "95%以上"),
        ind("产出指标", "数量指标", "补助学生数量", None, 168, None, "168"),
        ind("产出指标", "质量指标", "伙食补助发放率", ">=", 90, "%", "90%以上"),
        ind("产出指标", "质量指标", "伙食补助资金到位率", ">=", 90, "%", "90%以上"),
        ind("产出指标", "质量指标", "伙食补助覆盖率", ">=", 90, "%", "90%以上"),
        ind("产出指标", "时效指标", "任务完成时间", None, None, None, "2023年12月31日"),
        ind("效益指标", "社会效益指标", "残疾学生入学率", ">", 90, "%", "大于90%"),
        ind("效益指标", "社会效益指标", "残疾学生家庭负担率", None, None, None, "有所减轻"),
        ind("效益指标", "社会效益指标", "残疾学生生活质量", None, None, None, "有所提升"),
    ],
    goals=[],
    facts=[total("资金总额", (30.00, [30.00]))],
    findings=[
        finding("target.missing_unit", "补助学生数量", "a count '168' with no unit (the unit column holds '-')"),
        finding("target.vague_wording", "残疾学生家庭负担率", "有所减轻 is a change phrase with no number"),
        finding("target.vague_wording", "残疾学生生活质量", "有所提升 is a change phrase with no number"),
    ],
    notes="Complete table as published on the school's page. The 实施期绩效目标 column is empty (no goal). Every 度量单位 "
          "cell holds '-'; units sit in the values. Empty category rows (生态环境/社会成本, 经济/生态效益, 可持续影响) "
          "carry only '-' and 定性. '9%0得10分' is kept as published. The 评（扣分标准）column grades 有所减轻/有所提升 by "
          "words only (较大/一般, 良好/一般/差), which gives no number, so they stay vague.",
))

# =================================================================================================================
# 26. 河北 宁晋县 2019年度高中助学金项目绩效评价指标表 — 指标说明 words between name and 目标值, a combined
#     '产出数量指标' label, a row with points but no target, a satisfaction row filed under 质量指标.
# =================================================================================================================
DOCS.append(Doc(
    file="he-ningjin-grant-indicators.xlsx", province="河北", doc_kind="评价报告", patterns=[5, 6],
    source_urls=["https://www.ningjin.gov.cn/content/26279.html"],
    blocks=[Sheet("指标表", [
        Para("2019年度宁晋县高中助学金项目绩效评价指标表", "title"),
        Table([
            ["评价指标", "评价内容", "指标名称", "指标说明", "目标值", "分值", "备注"],
            ["项目年度绩效目标（定量指标）", "制度指标", "规章制度建立与否", "", "", 20, ""],
            [U, "产出数量指标", "享受资助人数", "达到预计值", 2100, 10, ""],
            [U, U, "资金支出率", "达到目标值", "95%", 10, ""],
            [U, "质量指标", "建档立卡学生全面覆盖", "", "100%", 10, ""],
            [U, U, "资助对象满意度", "达到目标值", "95%以上", 10, ""],
            [U, "时效指标", "及时发放率", "达到目标值", "100%", 20, ""],
            [U, "成本指标", "资助标准达标率", "", "100%", 20, ""],
            ["总分", L, L, L, L, 100, ""],
        ], widths=(16, 14, 20, 12, 10, 8, 8)),
    ])],
    indicators=[
        ind(None, None, "规章制度建立与否", None, None, None, "", None, 20, None),
        ind("产出指标", "数量指标", "享受资助人数", None, 2100, None, "2100", None, 10, None),
        ind("产出指标", "数量指标", "资金支出率", None, 95, "%", "95%", None, 10, None),
        ind("产出指标", "质量指标", "建档立卡学生全面覆盖", None, 100, "%", "100%", None, 10, None),
        ind("产出指标", "质量指标", "资助对象满意度", ">=", 95, "%", "95%以上", None, 10, None),
        ind("产出指标", "时效指标", "及时发放率", None, 100, "%", "100%", None, 20, None),
        ind("产出指标", "成本指标", "资助标准达标率", None, 100, "%", "100%", None, 20, None),
    ],
    findings=[
        finding("target.missing_value", "规章制度建立与否", "a row with 20 points and no target"),
        finding("target.missing_unit", "享受资助人数", "a count '2100' with no unit"),
        finding("coverage.missing_dimension", "效益指标", "the table has no 效益指标 row"),
    ],
    notes="Complete table as published (the page also links the .xlsx). The 指标说明 column holds words ('达到预计值', "
          "'达到目标值'), not values. '制度指标' is no framework level (gold levels null). The satisfaction row sits under "
          "质量指标 (misfiled_dimension, not scored); because a satisfaction indicator exists, no coverage finding is "
          "expected for 满意度指标, only for 效益指标. 分值 add up to the stated 总分 100.",
))

# =================================================================================================================
# 27. 广东 乐昌市 2018年中职学校国家助学金和免学费补助资金 安排表 + 绩效目标表 — amounts in 元 with 小计/提前下达/本次
#     下达, '目标1：…目标2：…' in one cell, '一级目标' header, 已实施/未实施 labels, counts given in %.
# =================================================================================================================
LC_GOALS = ["中等职业教育各项国家资助政策按规定得到落实", "教育公平显著提升，满足家庭经济困难学生基本学习生活需求",
            "提升中职教育吸引力"]
DOCS.append(Doc(
    file="gd-lechang-vocational-targets.xlsx", province="广东", doc_kind="申报表", patterns=[5, 8, 9, 10],
    source_urls=["http://blackcurrantstudio.com/zdlyxxgk/dzjg/lcsczj/czysjshsgjfgk/czzxxx/content/post_2231307.html"],
    blocks=[Sheet("附件", [
        Para("附件1"),
        Para("2018年中职学校国家助学金和免学费补助资金安排表", "title"),
        Para("单位：元"),
        Table([
            ["单  位", "全年中央补助资金", "其中：免学费补助", L, L, "其中：国家助学金", L, L],
            [U, U, "小计", "提前下达", "本次下达", "小计", "提前下达", "本次下达"],
            ["乐昌市中等职业技术学校", "7,548,150", "7,074,550", "6,728,925", "345,625", "473,600", "414,400", "59,200"],
        ], widths=(24, 16, 12, 12, 12, 12, 12, 12)),
        Para("附件2"),
        Para("中等职业学校国家助学金和免学费补助资金绩效目标表", "title"),
        Para("（2018年度）", "title"),
        Table([
            ["专项名称", "学生资助补助经费（中等职业学校国家助学金和免学费补助资金）", L, L, L, L, L],
            ["中央主管部门", "财政部、教育部、人力资源社会保障部", L, L, L, L, L],
            ["省级财政部门", "广东省财政厅", L, "省级主管部门", "广东省教育厅、广东省人力资源和社会保障厅", L, L],
            ["市级财政部门", "韶关市财政局", L, "市级主管部门", "韶关市教育局", L, L],
            ["县级财政部门", "县（市、区）财政部门", L, "县级主管部门", "县（市、区）教育部门", L, L],
            ["资金情况\n（万元）", "年度金额", "", L, L, L, L],
            [U, "其中：中央资金", "", L, L, L, L],
            [U, "地方资金", "市：", L, "县：", L, L],
            ["总体目标", "目标1：" + LC_GOALS[0] + "；\n目标2：" + LC_GOALS[1] + "；\n目标3：" + LC_GOALS[2], L, L,
             "已实施情况：", L, L],
            [U, U, U, U, "未实施情况及原因：", L, L],
            ["绩效指标", "一级目标", "二级指标", "三级指标", "指标值", "实际完成值", "未达到指标值原因"],
            [U, "产出指标", "数量指标", "中等职业学校国家助学金应受助学生数", "100%", "", ""],
            [U, U, U, "中职免学费应受助学生数", "100%", "", ""],
        ], widths=(12, 12, 12, 30, 10, 12, 16)),
    ])],
    indicators=[
        ind("产出指标", "数量指标", "中等职业学校国家助学金应受助学生数", None, 100, "%", "100%"),
        ind("产出指标", "数量指标", "中职免学费应受助学生数", None, 100, "%", "100%"),
    ],
    goals=[goal("总体目标", g) for g in LC_GOALS],
    facts=[
        total("全年中央补助资金", (7548150, [7074550, 473600]), unit="元"),
        total("免学费补助", (7074550, [6728925, 345625]), unit="元"),
        total("国家助学金", (473600, [414400, 59200]), unit="元"),
    ],
    findings=[
        finding("target.unit_mismatch", "中等职业学校国家助学金应受助学生数", "a number of students given in %"),
        finding("target.unit_mismatch", "中职免学费应受助学生数", "a number of students given in %"),
        finding("goal.process_only", goal_item(LC_GOALS[0]), "only says policies are carried out, no output or effect"),
        finding("goal.unquantified", goal_item(LC_GOALS[1]), "names effects but no number or deadline"),
        finding("goal.unquantified", goal_item(LC_GOALS[2]), "names an effect but no number or deadline"),
        finding("coverage.missing_dimension", "效益指标", "the reproduced form has no 效益指标 row"),
        finding("coverage.missing_dimension", "满意度指标", "the reproduced form has no 满意度指标 row"),
    ],
    notes="The stored page (a copy of the city's page, traditional characters) shows the allocation table in full and the "
          "target form up to its second indicator row; only that is reproduced, so 效益/满意度 rows are missing. The "
          "three numbered goals share one cell ('目标1：…；目标2：…；目标3：…'); gold keeps them as three goals without "
          "the numbering. Amounts add up (7,548,150 = 7,074,550 + 473,600, and each 小计 = 提前下达 + 本次下达).",
))


# =================================================================================================================
# 28. 湖南 南县政协 部门整体支出绩效评价报告（2021年度） — prose: income and spending with year-on-year changes,
#     spending parts that add up, a goal paragraph of intentions.
# =================================================================================================================
NXZX_GOAL = ("县政协按照县委“工业强、农业优、三产活、项目兴、生态好”十五字方针和“一县、一海、一地”发展定位，确保“十四五”"
             "开好局、起好步，努力做到思想上求精心、工作上求精细、成果上求精品，发挥政协纽带作用，做好联谊交流和协调关系"
             "工作，转变作风、夯实基础，不断加强自身建设，提升履职能力和水平。")
DOCS.append(Doc(
    file="hn-nanxian-cppcc-report.docx", province="湖南", doc_kind="评价报告", patterns=[10],
    source_urls=["http://www.hnnxzx.com/a/webbase/div-css/2022/0415/1230.html"],
    blocks=[
        Para("部门整体支出绩效评价报告", "title"),
        Para("一、基本情况", "heading"),
        Para("（一）部门整体支出概况。", "heading"),
        Para("2021年部门决算收支完成情况。"),
        Para("1、收入：792.22万元，比上年增加189.25万元，增长31.39%。其中：财政拨款收入792.22万元，比上年增加209.28万元，"
             "增长35.9%。"),
        Para("2、支出：799.12万元。其中：人员经费支出434.89万元，公用经费支出77.4万元，项目支出286.83万元。"),
        Para("（二）部门整体支出绩效目标。", "heading"),
        Para(NXZX_GOAL),
        Para("一年来，县政协围绕团结和民主两大主题，履行政治协商、民主监督、参政议政三大职能，在协调关系、汇集力量、"
             "建言献策、服务大局等方面做了大量工作，为全县经济社会发展作出了贡献。"),
        Para("（三）部门整体支出或项目实施情况分析。", "heading"),
        Para("部门支出由基本支出和项目支出两部分构成。基本支出主要是人员经费和日常公用经费；项目支出包括委员活动经费"
             "36.3万元、扫黑除恶工作经费1万元、信息网络运行经费5万元、老干部活动经费10.5万元、派出纪检监察组专项经费"
             "5万元、调研协商……"),
    ],
    landscape=False,
    goals=[goal("年度目标", NXZX_GOAL)],
    facts=[total("支出", (799.12, [434.89, 77.4, 286.83]))],
    findings=[
        finding("goal.unquantified", goal_item(NXZX_GOAL), "intentions and an effect (提升履职能力) with no number or deadline"),
    ],
    notes="Opening of the published report as shown on the stored page (cut inside the list of project spending). The "
          "year-on-year increases are consistent (189.25 on 602.97 is 31.39%, 209.28 on 582.94 is 35.90%). The second "
          "paragraph under (二) reports what was done, so it is not taken as a goal.",
))

# =================================================================================================================
# 29. 湖南 南县财政局 2020年度机关整体支出绩效评价报告 — the score stated first (综合评分为97分, no grade word), staff
#     numbers that add up.
# =================================================================================================================
DOCS.append(Doc(
    file="hn-nanxian-finance-report.docx", province="湖南", doc_kind="自评报告", patterns=[10],
    source_urls=["http://nxjw.nanxian.gov.cn/14890/36191/36192/36209/content_1639681.html"],
    blocks=[
        Para("南县财政局2020年度机关整体支出绩效评价报告", "title"),
        Para("一、自评得分情况", "heading"),
        Para("按照《中共中央 国务院关于全面实施预算绩效管理的意见》（中发〔2018〕34号）、《关于全面实施预算绩效管理的实施"
             "意见》（湘办发〔2019〕10号）等文件要求，依据部门整体支出绩效评价指标体系，对南县财政局2020年度机关整体支出"
             "开展了绩效评价，综合评分为97分。"),
        Para("二、单位基本概况", "heading"),
        Para("（一）机构设置情况", "heading"),
        Para("内设副科级事业单位2个（财政事务中心、南县国库集中支付中心），下设办公室、预算股、人事教育股、国库股、科教文化股、"
             "乡镇财政等16个股室，另有县国库集中支付中心、县财政信息中心、县工资统发中心、县财政投资评审中心等直属事业单位。"),
        Para("（二）人员编制情况", "heading"),
        Para("现有编制人员205人，其中局机关在职113人、离休2人、退休75人，财政事务中心10人，国库集中支付中心5人。"),
        Para("（三）部门预算单位构成", "heading"),
        Para("2020年纳入南县财政局部门预算编制范围的单位有3个：南县财政局机关本级、南县财政事务中心和南县国库集中支付中心。"),
    ],
    landscape=False,
    facts=[score_total("综合评分", 97), total("编制人员", (205, [113, 2, 75, 10, 5]), unit="人")],
    findings=[],
    notes="Opening sections of the published report as shown on the stored page. The score is stated without a grade word "
          "(no grade fact). The page counts 10 直属事业单位 but lists 9 names; the count is not reproduced.",
))


# =================================================================================================================
# 30. 广东 东莞市交通运输局 财政项目支出绩效目标批复表（镇际联网路升级改造工程一期，2019年度） — 中期 | 年度 halves
#     side by side and both filled (the annual half repeats the mid-term one), level names of the city's own template
#     (预期产出指标, 效果指标, 数量指标（或建筑规模指标）, 预算（或投资规模）控制指标), a money-only annual goal.
# =================================================================================================================
DG_MID = "新建或改造道路共29个项目，规划里程169公里。"
DG_YEAR = "督促勘察设计、咨询单位完成勘察设计费和审查咨询费结算532万元，并由茶山、常平镇街完成3个项目补助尾款结算387万元。"
DG_ROWS = [
    ("预期产出指标", "数量指标（或建筑规模指标）", "镇街补助款完成结算项目数", "3", "数量指标（或建筑规模指标）"),
    (U, "质量指标", "补助款结算误差率", "±3%以内", "质量指标"),
    (U, "时效指标（工期指标）", "结算款支付及时性", "及时", "时效指标（工期指标、形象进度指标）"),
    (U, "预算（或投资规模）控制指标", "年度预算执行率", "≥90%", "预算（或投资规模）控制指标"),
    ("效果指标", "社会、经济、生态效益\n指标", "补助款结算争议率", "0%", "社会、经济、生态效益\n指标"),
]
DOCS.append(Doc(
    file="gd-dongguan-road-targets.xlsx", province="广东", doc_kind="申报表", patterns=[3, 4, 5, 6, 10],
    source_urls=["https://gdyinping.com/wwwgdyinpingcom/007329896/0801/201904/fdb5a052be7e4616a3536a4af16269b8.htm"],
    blocks=[Sheet("批复表", [
        Para("东莞市财政项目支出绩效目标批复表", "title"), Para("（ 2019 年度）", "title"),
        Para("预算单位：东莞市交通运输局"),
        Table([
            ["项目\n名称", "镇际联网路升级改造工程一期", L, L, "中期市财政预算（万元）", "284500.00", "本年度申请市财政预算资金（万元）", "919.00"],
            ["总体目标", "中期滚动目标（2019年--2021年）", L, L, L, "年度目标", L, L],
            [U, DG_MID, L, L, L, DG_YEAR, L, L],
            ["绩效指标", "一级\n指标", "二级\n指标", "三级\n指标", "指标值（或计划水平）", "二级\n指标", "三级\n指标", "计划指标值（或计划水平）"],
        ] + [[U, l1, l2, name, value, l2y, name, value] for l1, l2, name, value, l2y in DG_ROWS],
            widths=(8, 10, 18, 22, 14, 18, 22, 14)),
    ])],
    indicators=[
        ind("产出指标", "数量指标", "镇街补助款完成结算项目数", None, 3, None, "3"),
        ind("产出指标", "质量指标", "补助款结算误差率", "<=", 3, "%", "±3%以内"),
        ind("产出指标", "时效指标", "结算款支付及时性", None, None, None, "及时"),
        ind("产出指标", "成本指标", "年度预算执行率", ">=", 90, "%", "≥90%"),
        ind("效益指标", None, "补助款结算争议率", None, 0, "%", "0%"),
    ],
    goals=[goal("中期目标", DG_MID), goal("年度目标", DG_YEAR)],
    facts=[total("本年度申请市财政预算资金", (919, [532, 387]))],
    findings=[
        finding("target.missing_unit", "镇街补助款完成结算项目数", "a count '3' with no unit"),
        finding("target.time_no_deadline", "结算款支付及时性", "'及时' gives no date or rate"),
        finding("goal.budget_text", goal_item(DG_YEAR), "the annual goal's only numbers are the amounts to settle"),
        finding("coverage.missing_dimension", "满意度指标", "the reproduced form has no 满意度指标 row"),
    ],
    notes="The stored page shows the form up to the 可持续影响指标 row, whose values are cut; it is left out, so the "
          "document has no satisfaction row. Both halves are filled and identical; gold lists each indicator once (from the "
          "annual half). Level names are the city's own: 预期产出指标 → 产出指标, 效果指标 → 效益指标, 预算（或投资规模）"
          "控制指标 → 成本指标; the combined '社会、经济、生态效益指标' has no single canonical 二级 (null). '±3%以内' is "
          "read as ≤3%. 532 + 387 = 919, the year's request.",
))

# =================================================================================================================
# 31. 山西 阳泉市公路服务中心 “四好农村路”“三个一号旅游路”工作经费 项目支出绩效目标申报表（2021年） — long text
#     fields copied twice, a spending plan in prose adding to 50万元 against a 25万元 annual budget, step-only goals.
# =================================================================================================================
YQ_WORK = ("“四好农村路”“三大板块旅游路”项目开工前的勘察设计审批，进度督导检查、工程质量监督检查、工程安全运营检查，"
           "财务审计和工程竣工验收。")
YQ_BASIS = "山西省人民政府晋政办发[2018]96号文件、阳泉市人民政府阳政办发[2017]103号文件、阳泉市人民政府办公厅会议专题纪要[2018]54号"
YQ_MID = ("完成“四好农村路”“三大板块旅游路”项目开工前期勘察设计审批，开展进度督导、工程质量监督和安全运营检查，"
          "做好专项资金财务跟踪检查、财务审计和工程竣工验收。")
YQ_YEAR = "完成工程前期施工图设计批复81个，开展建设里程巡查、质量……"
DOCS.append(Doc(
    file="sx-yangquan-road-targets.docx", province="山西", doc_kind="申报表", patterns=[8, 10],
    source_urls=["http://jtysj.yq.gov.cn/yjsgk/202104/t20210422_1152890.html"],
    blocks=[
        Para("山西省阳泉市市级预算部门（单位）项目支出绩效目标申报表", "title"), Para("2021年", "title"),
        Table([
            ["项目名称", "“四好农村路”、“三个一号旅游路”工作经费", L, L, L],
            ["主管部门及代码", "经济建设科", "实施单位", "阳泉市公路服务中心", L],
            ["项目属性", "延续性项目（阶段开展）", "项目期限", "3年", L],
            ["项目预算资金（万元）", "中期预算资金总额", "", "年度预算资金总额", 25],
            ["项目概况", YQ_WORK, L, L, L],
            ["立项依据", YQ_BASIS, L, L, L],
            ["项目设立必要性", YQ_WORK, L, L, L],
            ["保证项目实施的制度、措施", YQ_BASIS, L, L, L],
            ["项目实施计划", "项目开工前期勘察设计审批需20万元；进度督导检查、工程质量监督检查、工程安全运营检查需20万元；"
                          "财务审计、工程竣工验收需10万元，合计50万元。", L, L, L],
            ["总体目标", "中期目标", L, "年度目标", L],
            [U, YQ_MID, L, YQ_YEAR, L],
        ]),
    ],
    landscape=False,
    goals=[goal("中期目标", YQ_MID), goal("年度目标", YQ_YEAR)],
    facts=[total("项目实施计划", (50, [20, 20, 10]))],
    findings=[
        finding("goal.process_only", goal_item(YQ_MID), "only steps (审批, 检查, 审计, 验收), no output or effect"),
        finding("goal.process_only", goal_item(YQ_YEAR), "design approvals and inspections are steps, even with a number"),
        finding("coverage.missing_dimension", "产出指标", "the form as it stands holds no indicator (relabelled, see notes)"),
        finding("coverage.missing_dimension", "效益指标", "the form as it stands holds no indicator (relabelled, see notes)"),
        finding("coverage.missing_dimension", "满意度指标", "the form as it stands holds no indicator (relabelled, see notes)"),
    ],
    notes="The stored page ends inside the 年度目标 cell ('…建设里程巡查、质量'), kept with '……'; the indicator table is "
          "not reached, so there are no indicators. As published, 项目概况 = 项目设立必要性 and 立项依据 = 保证措施 "
          "(copied text, reproduced). The plan adds up to 50万元 while the annual budget is 25万元 (not a scored rule). "
          "Relabelled in the eighth session to README's policy (a form judged as the file stands): the form holds no "
          "indicator, so every 一级 dimension is missing; first written without these findings.",
))


# ---------------------------------------------------------------------------------------------------------------
# writing
# ---------------------------------------------------------------------------------------------------------------
LEVEL1 = {"产出指标", "效益指标", "满意度指标", "成本指标", None}
LEVEL2 = {"数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标", "社会效益指标", "生态效益指标",
          "可持续影响指标", "服务对象满意度指标", "经济成本指标", "社会成本指标", "生态环境成本指标", None}
OPERATORS = {">=", "<=", "=", ">", "<", "range", None}
RULES = {"target.vague_wording", "target.qualitative_no_scale", "target.missing_value", "target.missing_name",
         "target.missing_unit", "target.placeholder", "target.time_no_deadline", "target.impossible_value",
         "target.unit_mismatch", "goal.unquantified", "goal.process_only", "goal.budget_text",
         "coverage.missing_dimension", "consistency.rate", "consistency.sum", "consistency.score_exceeds_weight",
         "consistency.score_total", "consistency.grade", "consistency.deviation_reason_missing", "table_not_understood"}


def check_gold(doc: Doc) -> None:
    """Catch slips in the hand-written gold: canonical levels, known rules, items that name something real."""
    names = {i["name"] for i in doc.indicators}
    goal_items = {goal_item(g["text"]) for g in doc.goals}
    metrics = {f["metric"] for f in doc.facts}
    for i in doc.indicators:
        assert i["level1"] in LEVEL1 and i["level2"] in LEVEL2, (doc.file, i)
        assert i["operator"] in OPERATORS, (doc.file, i)
        if i["value"] is not None:
            assert i["target_text"] and str(i["value"]).rstrip("0").rstrip(".") in i["target_text"].replace(",", ""), \
                (doc.file, i)
    for f in doc.findings:
        assert f["rule"] in RULES, (doc.file, f)
        known = names | goal_items | metrics | {"效益指标", "满意度指标", "产出指标", "总分"}
        assert f["rule"] == "table_not_understood" or f["item"] in known, (doc.file, f)


def write_gold(gold: dict) -> None:
    ANNOTATIONS.mkdir(exist_ok=True)
    text = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
    (ANNOTATIONS / f"{gold['source']}.json").write_text(text, encoding="utf-8")


def main(argv: list | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true", help="write DOCX/XLSX and gold only")
    ap.add_argument("--only", help="write only the documents whose file name contains this text")
    args = ap.parse_args(argv)
    for doc in DOCS:
        if args.only and args.only not in doc.file:
            continue
        check_gold(doc)
        path = HERE / doc.file
        doc.write(path)
        write_gold(doc.gold(doc.file))
        made = [doc.file]
        if doc.pdf and not args.no_pdf:
            pdf = to_pdf(path)
            write_gold(doc.gold(pdf.name))
            made.append(pdf.name)
        print(f"{', '.join(made)}: {len(doc.indicators)} indicators, {len(doc.goals)} goals, {len(doc.facts)} facts, "
              f"{len(doc.findings)} findings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
