"""Write the BLIND part of the real-layout corpus (corpora/real_layouts/blind/) and its gold (blind/annotations/).

Each document reproduces, cell for cell, the layout of a form published on a public government web page (the
addresses are in SOURCES.md and in each gold file): header rows, merged cells, column order, indicator names,
values, units, operators, template text and defects as found. Longer sentences (goals, narrative) are written
in our own words with the same meaning and numbers. Personal phone numbers are masked.

The gold of every document is written by hand below, next to the data it describes, and never from a program's
output; it was written without reading the extractor or checker code. DOCX/XLSX files are byte-for-byte
deterministic (fixed core-property dates and zip timestamps); PDFs are exported with LibreOffice.

    python corpora/real_layouts/blind/make_blind_layouts.py [--no-pdf]

Table data notation: every table is a list of rows of cell texts, as wide as the form; a cell "<" is merged with
the cell on its left, a cell "^" with the cell above (so merged ranges are read off the data itself).

The plan documents for the sub-project work (issue 15) are written by plans/make_blind_plans.py.
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
LEFT, UP = "<", "^"


# ---------------------------------------------------------------------------------------------------------------
# gold helpers
# ---------------------------------------------------------------------------------------------------------------
def ind(level1, level2, name, operator, value, unit, target_text, *, actual=None, actual_text=None, weight=None,
        score=None) -> dict:
    """One gold indicator row (canonical level names, the 三级 name as written, the target split in fields)."""
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual, "actual_text": actual_text, "weight": weight,
            "score": score}


def goal(kind, text) -> dict:
    return {"kind": kind, "text": text}


def budget(metric, planned, actual, stated_rate, unit="万元") -> dict:
    return {"metric": metric, "kind": "budget", "planned": planned, "actual": actual, "stated_rate": stated_rate,
            "unit": unit}


def total(metric, total_value, parts, unit="万元") -> dict:
    return {"metric": metric, "kind": "sum", "planned": None, "actual": None, "stated_rate": None, "unit": unit,
            "total": total_value, "parts": parts}


def finding(rule, item, why) -> dict:
    return {"rule": rule, "item": item, "why": why}


@dataclass
class Document:
    file: str                 # file name of the DOCX/XLSX (the PDF gets the same stem)
    province: str
    doc_kind: str
    patterns: list
    source_urls: list
    blocks: list              # [("p", text) | ("table", rows) | ("sheet", name)] in document order
    indicators: list
    goals: list
    facts: list
    findings: list
    notes: str
    pdf: bool = True
    landscape: bool = True
    widths: list = field(default_factory=list)   # column widths (xlsx characters) of the main table, optional


# ---------------------------------------------------------------------------------------------------------------
# 1. 宁夏 · 自治区本级 · 宁夏长庆初级中学 · 项目支出预算绩效目标表 (2019)
#    Sentences as indicator values; the 绩效指标 label merged down the indicator block; header mid-table.
# ---------------------------------------------------------------------------------------------------------------
NX_SPORTS_GOAL = ("加快完善公共体育服务体系，提高公共体育设施的利用率，健全公共体育服务的长效机制，促进区域体育资源"
                  "均衡布局和配置，着力改善全区全民健身条件，满足群众多样化的健身需求，切实增强青少年体质，"
                  "有效提升全民健康水平。")
NX_SPORTS = Document(
    file="nx-changqing-school-sports-open-targets.xlsx",
    province="宁夏", doc_kind="申报表", patterns=[1, 2, 6, 10],
    source_urls=["http://nxcqcz.com/readnews.asp?newsid=1189"],
    blocks=[("sheet", "项目绩效目标表"), ("table", [
        ["自治区本级部门2019年项目支出预算绩效目标表", LEFT, LEFT, LEFT, LEFT],
        ["项目名称", "学校体育设施向社会免费开放", LEFT, LEFT, LEFT],
        ["主管部门", "[812]自治区教育厅", "实施单位", "【812033】宁夏长庆初级中学", LEFT],
        ["项目属性", "上年延续性项目", "项目期", "2019-2021", LEFT],
        ["项目资金（万元）", "年度资金总额", "5", LEFT, LEFT],
        [UP, "其中：财政拨款", "5", LEFT, LEFT],
        [UP, "其他资金", "", LEFT, LEFT],
        ["绩效目标", NX_SPORTS_GOAL, LEFT, LEFT, LEFT],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
        [UP, "产出指标", "成本指标", "成本控制", "按照资金测算控制各项成本。"],
        [UP, UP, "时效指标", "完成时限", "2021年12月底完成项目规划相关工作。"],
        [UP, UP, "数量指标", "补贴数量", "对学校2400平米体育场馆补贴5万元。"],
        [UP, UP, "质量指标", "开放质量", "全面落实学校体育设施向社会开放工作。"],
        [UP, "满意度指标", "服务对象满意度指标", "学生及群众的满意率", "95%以上。"],
        [UP, "效益指标", "可持续影响指标", "提升全民健康水平", "促进人民群众健康水平不断提高。"],
        [UP, UP, "社会效益指标", "发展全民健身运动", "通过本项目实施，有效提高全面健康水平。"],
    ])],
    widths=[14, 16, 20, 22, 40],
    indicators=[
        ind("产出指标", "成本指标", "成本控制", None, None, None, "按照资金测算控制各项成本。"),
        ind("产出指标", "时效指标", "完成时限", "<=", None, None, "2021年12月底完成项目规划相关工作。"),
        ind("产出指标", "数量指标", "补贴数量", None, 2400, "平米", "对学校2400平米体育场馆补贴5万元。"),
        ind("产出指标", "质量指标", "开放质量", None, None, None, "全面落实学校体育设施向社会开放工作。"),
        ind("满意度指标", "服务对象满意度指标", "学生及群众的满意率", ">=", 95, "%", "95%以上。"),
        ind("效益指标", "可持续影响指标", "提升全民健康水平", None, None, None, "促进人民群众健康水平不断提高。"),
        ind("效益指标", "社会效益指标", "发展全民健身运动", None, None, None, "通过本项目实施，有效提高全面健康水平。"),
    ],
    goals=[goal("目标", NX_SPORTS_GOAL)],
    facts=[total("年度资金总额", 5, [5])],
    findings=[
        finding("target.vague_wording", "提升全民健康水平", "不断提高: a change phrase with no number"),
        finding("target.vague_wording", "发展全民健身运动", "有效提高: a change phrase with no number"),
        finding("goal.unquantified", NX_SPORTS_GOAL[:15], "names effects (利用率, 健康水平) but no number, rate or deadline"),
    ],
    notes=("Values are whole sentences as on the source form. 补贴数量 holds two numbers (2400平米 of halls, 5万元 of "
           "subsidy): gold takes the area as the value (the count subsidised), the 5万元 equals the whole budget. "
           "成本控制 (按照资金测算控制各项成本) and 开放质量 (全面落实…工作) state no measurable target but match none of "
           "the scored wording rules cleanly; left without an expected finding (see report)."),
)


# ---------------------------------------------------------------------------------------------------------------
# 2. 内蒙古 · 呼和浩特市武川县民族事务委员会 · 绩效目标申报表 (2021)
#    Rows whose 一级/二级 cells are empty on the page; unit costs next to quantities written in the name.
# ---------------------------------------------------------------------------------------------------------------
NM_GOAL = ("大青山乡沙湾子少数民族聚居村养殖场基础设施建设项目（约50万）：沙湾子村为少数民族聚居村，户籍人口76户174人，"
           "常住26户56人，其中户籍少数民族12户27人。项目新建占地约6500平米的养殖场，建设棚圈一栋约360平米、"
           "人工配种室和防疫室84平米、饲料库120平米，并打井、配电，修建围墙约300米；建成后受益人口76户174人，"
           "其中户籍少数民族12户27人。")
NM_WUCHUAN = Document(
    file="nm-wuchuan-minority-village-livestock-targets.docx",
    province="内蒙古", doc_kind="申报表", patterns=[1, 2, 6, 10],
    source_urls=["http://www.wuchuan.gov.cn/zfxxgknew_27916/fdzdgknr/zfwjnew/202112/t20211220_1104864.html"],
    blocks=[("p", "绩效目标申报表"), ("p", "（2021年度）"), ("table", [
        ["项目名称", "大青山乡沙湾子少数民族聚居村养殖场基础设施建设项目", LEFT, "项目负责人及电话", "达布 159****1885"],
        ["主管部门", "武川县民族事务委员会", LEFT, "实施单位", "武川县民族事务委员会"],
        ["资金情况（万元）", "年度资金总额：50万", LEFT, "中央衔接推进乡村振兴补助资金（少数民族发展任务）50", LEFT],
        [UP, "其中：财政拨款", LEFT, "中央衔接推进乡村振兴补助资金（少数民族发展任务）50", LEFT],
        [UP, "其他资金", LEFT, "", LEFT],
        ["总体目标", "年度目标", LEFT, LEFT, LEFT],
        [UP, NM_GOAL, LEFT, LEFT, LEFT],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
        [UP, "", "", "贫困地区新增特色产业数量", "≥1个"],
        [UP, "", "", "贫困地区建设少数民族聚居村养殖场", "≥1个"],
        [UP, "", "", "养殖动物成活率（目标）", "≥95%"],
        [UP, "", "", "项目（工程）验收合格率", "100%"],
        [UP, "", "时效指标", "开工时限", "2021年7月"],
        [UP, "", UP, "竣工时限", "2021年9月"],
        [UP, "", "成本指标", "打井、配电", "50000元"],
        [UP, "", UP, "饲料库120平米", "490元/平米"],
        [UP, "", UP, "围墙300米", "300元/米"],
        [UP, "", UP, "标准化棚圈360平米", "550元/平米"],
        [UP, "", UP, "防疫室84平米", "≥1050元"],
    ])],
    indicators=[
        ind(None, None, "贫困地区新增特色产业数量", ">=", 1, "个", "≥1个"),
        ind(None, None, "贫困地区建设少数民族聚居村养殖场", ">=", 1, "个", "≥1个"),
        ind(None, None, "养殖动物成活率（目标）", ">=", 95, "%", "≥95%"),
        ind(None, None, "项目（工程）验收合格率", None, 100, "%", "100%"),
        ind("产出指标", "时效指标", "开工时限", None, None, None, "2021年7月"),
        ind("产出指标", "时效指标", "竣工时限", None, None, None, "2021年9月"),
        ind("产出指标", "成本指标", "打井、配电", None, 50000, "元", "50000元"),
        ind("产出指标", "成本指标", "饲料库120平米", None, 490, "元/平米", "490元/平米"),
        ind("产出指标", "成本指标", "围墙300米", None, 300, "元/米", "300元/米"),
        ind("产出指标", "成本指标", "标准化棚圈360平米", None, 550, "元/平米", "550元/平米"),
        ind("产出指标", "成本指标", "防疫室84平米", ">=", 1050, "元", "≥1050元"),
    ],
    goals=[goal("年度目标", NM_GOAL)],
    facts=[],
    findings=[
        finding("coverage.missing_dimension", "效益指标", "the table as reproduced has no 效益 rows"),
        finding("coverage.missing_dimension", "满意度指标", "the table as reproduced has no 满意度 rows"),
    ],
    notes=("On the source page the first four indicator rows carry no 一级/二级 text (their cells are empty) and the "
           "一级 column is empty for every row: gold keeps level1/level2 null where the form gives none, and puts "
           "产出指标 above 时效/成本 (the framework places them there). The page text ends after 防疫室84平米; no "
           "效益/满意度 rows are shown, so the document has none and the gold expects the two coverage findings. "
           "Names such as 饲料库120平米 hold a quantity that is not the target (the target is the unit cost); "
           "they are kept as written. Phone number masked."),
)


# ---------------------------------------------------------------------------------------------------------------
# 3. 海南 · 海南省规划展览馆 · 项目绩效目标表 with 绩效标准 优/良/中/差 columns (2018) + opening of its 自评报告
# ---------------------------------------------------------------------------------------------------------------
HI_REPORT = ("省规划展览馆成立于2010年7月7日，原为省住房和城乡建设厅所属正处级事业单位，2017年6月整体划归省规划委员会管理，"
             "馆址在海口市国兴大道9号省政府办公区会展楼西侧附楼。展览馆的主要职能是展示全省规划建设成就和发展图景，"
             "宣传城乡规划方面的法律、法规和政策。")
HI_EXPO = Document(
    file="hi-planning-exhibition-hall-targets.docx",
    province="海南", doc_kind="申报表", patterns=[5, 8],
    source_urls=["http://www.chengjqd.cn/news/2019/0815/911.html"],
    blocks=[("table", [
        ["项目绩效目标表", LEFT, LEFT, LEFT, LEFT, LEFT, LEFT],
        ["项目名称：海南省规划展览馆运行维护项目", LEFT, LEFT, LEFT, LEFT, LEFT, LEFT],
        ["指标类型", "绩效指标", "绩效目标", "绩效标准", LEFT, LEFT, LEFT],
        [UP, UP, UP, "优", "良", "中", "差"],
        ["产出指标", "指标1：物业管理面积", "6500平方米", "6500平方米以上", "5500平方米-6500平方米", "4500平方米-5500平方米", "4500平方米以下"],
        [UP, "指标2：用电量", "60万度", "60万度以上", "50万度-60万度", "40万度-50万度", "40万度以下"],
        [UP, "指标3：日常电子设备的维修（护）率", "20%以上", "20%以上", "15%-20%", "10%-15%", "10%以下"],
        ["成效指标", "指标1：日常参观展示设备的使用率", "80%以上", "80%以上", "70%-80%", "60%-70%", "60%以下"],
        [UP, "指标2：项目成本控制", "不超预算", "不超预算", "超过预算的5%", "超过预算的10%", "超过预算的15%"],
        [UP, "指标3：保证设备正常运转天数", "200", "200天以上", "170天-200天", "140天-170天", "140天以下"],
        ["注：以预算批复的绩效目标为准填列。", LEFT, LEFT, LEFT, LEFT, LEFT, LEFT],
    ]),
        ("p", "2018年财政支出项目绩效自评报告"), ("p", "一、项目概况"), ("p", "（一）项目单位基本情况"), ("p", HI_REPORT)],
    indicators=[
        ind("产出指标", None, "物业管理面积", None, 6500, "平方米", "6500平方米"),
        ind("产出指标", None, "用电量", None, 60, "万度", "60万度"),
        ind("产出指标", None, "日常电子设备的维修（护）率", ">=", 20, "%", "20%以上"),
        ind("效益指标", None, "日常参观展示设备的使用率", ">=", 80, "%", "80%以上"),
        ind("效益指标", None, "项目成本控制", "<=", None, None, "不超预算"),
        ind("效益指标", None, "保证设备正常运转天数", None, 200, None, "200"),
    ],
    goals=[],
    facts=[],
    findings=[
        finding("target.missing_unit", "保证设备正常运转天数", "bare 200 with no unit"),
        finding("coverage.missing_dimension", "满意度指标", "no satisfaction indicator at all"),
    ],
    notes=("The value column is headed 绩效目标; the four 绩效标准 columns (优/良/中/差) are grading bands, not targets. "
           "'指标1：' prefixes are template numbering, not part of the names. 成效指标 is read as 效益指标 (outcome); "
           "the form has no 二级 level. 不超预算 is taken as '<=' the budget with no number (no scored rule applies). "
           "The report part reproduces only the opening section shown on the page (own words)."),
)


# ---------------------------------------------------------------------------------------------------------------
# 4. 福建 · 莆田市秀屿区 · 省级第七批水利专项资金绩效目标表 (2025): one value column per town, 指标解释, 指标方向
# ---------------------------------------------------------------------------------------------------------------
FJ_XIUYU = Document(
    file="fj-xiuyu-flood-repair-fund-targets.xlsx",
    province="福建", doc_kind="申报表", patterns=[1, 2, 5, 6],
    source_urls=["https://www.chacewang.com/newsdetail/news886214.html"],
    blocks=[("sheet", "绩效目标表"), ("table", [
        ["秀屿区2025年省级第七批水利专项资金绩效目标表", LEFT, LEFT, LEFT, LEFT, LEFT, LEFT, LEFT],
        ["项目名称", "省级第七批水利专项资金", LEFT, LEFT, "主管部门（单位）名称", "秀屿区水利局", LEFT, LEFT],
        ["资金情况（万元）", "资金总额", LEFT, "35", LEFT, LEFT, LEFT, LEFT],
        [UP, "其中：财政拨款", LEFT, "35", LEFT, LEFT, LEFT, LEFT],
        [UP, "其他资金", LEFT, "0", LEFT, LEFT, LEFT, LEFT],
        ["总体目标", "开展2个防洪水利设施水毁修复", LEFT, LEFT, LEFT, LEFT, LEFT, LEFT],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标解释", "指标方向", "笏石街道办", "埭头镇"],
        [UP, "成本指标", "经济成本指标", "省级财政专项资金投入成本控制率（%）", "反映省级财政专项资金投入成本控制情况", "≤", "100%", "100%"],
        [UP, "产出指标", "数量指标", "开展修复工程（个）", "反映防洪水利设施水毁修复项目开展情况", "≥", "1", "1"],
        [UP, UP, "质量指标", "已建工程是否存在质量问题", "当年已完工项目是否在检查中发现质量问题", "是/否", "否", "否"],
        [UP, UP, "时效指标", "截至2026年12月底，项目开展率（%）", "反映修复开展情况", "≥", "100%", "100%"],
    ])],
    widths=[12, 12, 14, 34, 36, 10, 12, 12],
    indicators=[
        ind("成本指标", "经济成本指标", "省级财政专项资金投入成本控制率（%）", "<=", 100, "%", "≤100%"),
        ind("产出指标", "数量指标", "开展修复工程（个）", ">=", 1, "个", "≥1"),
        ind("产出指标", "质量指标", "已建工程是否存在质量问题", None, None, None, "否"),
        ind("产出指标", "时效指标", "截至2026年12月底，项目开展率（%）", ">=", 100, "%", "≥100%"),
    ],
    goals=[goal("总体目标", "开展2个防洪水利设施水毁修复")],
    facts=[total("资金总额", 35, [35, 0])],
    findings=[
        finding("target.impossible_value", "截至2026年12月底，项目开展率（%）", "≥100% for a rate"),
        finding("coverage.missing_dimension", "效益指标", "the table as reproduced has no 效益 rows"),
        finding("coverage.missing_dimension", "满意度指标", "the table as reproduced has no 满意度 rows"),
    ],
    notes=("One value column per town (笏石街道办, 埭头镇) with the same value in both; the operator in its own "
           "'指标方向' column; units written in the name '(%)', '(个)' and missing from the value cell ('1'). Gold "
           "target_text joins operator and the first town's value. Names kept as written, with the bracketed unit. "
           "The page text stops inside the 效益指标 row; the rows before it are reproduced, so the document has no "
           "效益/满意度 rows."),
)


# ---------------------------------------------------------------------------------------------------------------
# 5. 四川 · 乐山市井研县马踏镇 · 部门预算项目绩效目标申报表 (2023): one row per project, 年度目标 column,
#    operator in the 指标性质 column, values/units/weights in own columns, amounts in 元
# ---------------------------------------------------------------------------------------------------------------
SC_MATA_GOAL2 = ("用于村（社区）办公所需的办公用品、水电、报刊等费用，以及基层党组织开展组织活动、党员干部教育培训、"
                 "群团活动和组织活动场所维护等支出。")
SC_MATA_HEAD = ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
                "度量单位", "权重", "指标方向性"]
SC_MATA = Document(
    file="sc-jingyan-mata-town-project-targets.xlsx",
    province="四川", doc_kind="部门整体目标表", patterns=[6, 7, 9],
    source_urls=["https://m.qbidia.com/jyx/zjgk/202412/baa621fd1ec74c86bf45aa16dfd0603d.shtml"],
    blocks=[("sheet", "项目绩效目标"), ("table", [
        ["部门预算项目绩效目标申报表（2023年度）"] + [LEFT] * 11,
        ["金额单位：元"] + [LEFT] * 11,
        SC_MATA_HEAD,
        ["820-马踏镇部门", LEFT, "8,827,620.53"] + [""] * 9,
        ["820001-井研县马踏镇人民政府", "村组干部报酬", "3,309,840.00", "按时发放村组干部报酬", "效益指标", "社会效益指标", "维护社会稳定", "≥", "95", "%", "10", "正向指标"],
        [UP, UP, UP, UP, "产出指标", "时效指标", "维持时效", "≥", "1", "年", "20", "正向指标"],
        [UP, UP, UP, UP, "产出指标", "质量指标", "按时发放", "≥", "1", "人/年", "10", "正向指标"],
        [UP, UP, UP, UP, "效益指标", "经济效益指标", "促进村集体经济发展", "≥", "95", "%", "10", "正向指标"],
        [UP, UP, UP, UP, "产出指标", "数量指标", "村组干部230人", "≥", "230", "个", "10", "正向指标"],
        [UP, UP, UP, UP, "效益指标", "生态效益指标", "保护生态环境卫生", "≥", "95", "%", "10", "正向指标"],
        [UP, UP, UP, UP, "效益指标", "可持续影响指标", "项目维持时效", "≥", "95", "%", "10", "正向指标"],
        [UP, UP, UP, UP, "满意度指标", "服务对象满意度指标", "人民群众满意度", "≥", "95", "%", "10", "正向指标"],
        [UP, "基层组织活动经费", "660,000.00", SC_MATA_GOAL2, "满意度指标", "服务对象满意度指标", "辖区内群众满意度", "≥", "95", "%", "10", "正向指标"],
        [UP, UP, UP, UP, "效益指标", "经济效益指标", "促进农村集体经济发展", "≥", "95", "%", "10", "正向指标"],
        [UP, UP, UP, UP, "效益指标", "可持续影响指标", "经济、环境等方面可持续发展", "≥", "95", "%", "10", "正向指标"],
        [UP, UP, UP, UP, "产出指标", "质量指标", "保障村社区正常运转", "≥", "95", "%", "20", "正向指标"],
        [UP, UP, UP, UP, "产出指标", "数量指标", "行政村数量", "=", "11", "个", "10", "正向指标"],
    ])],
    widths=[22, 16, 14, 36, 12, 18, 24, 9, 8, 9, 7, 11],
    indicators=[
        ind("效益指标", "社会效益指标", "维护社会稳定", ">=", 95, "%", "≥95%", weight=10),
        ind("产出指标", "时效指标", "维持时效", ">=", 1, "年", "≥1年", weight=20),
        ind("产出指标", "质量指标", "按时发放", ">=", 1, "人/年", "≥1人/年", weight=10),
        ind("效益指标", "经济效益指标", "促进村集体经济发展", ">=", 95, "%", "≥95%", weight=10),
        ind("产出指标", "数量指标", "村组干部", ">=", 230, "个", "≥230个", weight=10),
        ind("效益指标", "生态效益指标", "保护生态环境卫生", ">=", 95, "%", "≥95%", weight=10),
        ind("效益指标", "可持续影响指标", "项目维持时效", ">=", 95, "%", "≥95%", weight=10),
        ind("满意度指标", "服务对象满意度指标", "人民群众满意度", ">=", 95, "%", "≥95%", weight=10),
        ind("满意度指标", "服务对象满意度指标", "辖区内群众满意度", ">=", 95, "%", "≥95%", weight=10),
        ind("效益指标", "经济效益指标", "促进农村集体经济发展", ">=", 95, "%", "≥95%", weight=10),
        ind("效益指标", "可持续影响指标", "经济、环境等方面可持续发展", ">=", 95, "%", "≥95%", weight=10),
        ind("产出指标", "质量指标", "保障村社区正常运转", ">=", 95, "%", "≥95%", weight=20),
        ind("产出指标", "数量指标", "行政村数量", "=", 11, "个", "=11个", weight=10),
    ],
    goals=[goal("年度目标", "按时发放村组干部报酬"), goal("年度目标", SC_MATA_GOAL2)],
    facts=[],
    findings=[
        finding("goal.process_only", "按时发放村组干部报酬", "only a payment step, no output or effect"),
        finding("goal.process_only", SC_MATA_GOAL2[:15], "lists what the money pays for, no output or effect"),
    ],
    notes=("Department-wide table: one block per project with its own 预算数 (元) and 年度目标 cells merged down its "
           "rows; the 年度目标 column holds goals, not values. The column headed 指标性质 holds the operator. "
           "'村组干部230人' has its value glued to the name: gold name 村组干部 (the 230 is also in the value column, "
           "unit 个 there). The page text stops after 行政村数量; the department total 8,827,620.53 covers more "
           "projects than the two shown, so no sum is expected. '≥1年', '≥1人/年' are trivial targets but no "
           "expectation is set for them (see report)."),
)


# ---------------------------------------------------------------------------------------------------------------
# 6. 四川 · 德阳市中江县水利局 · 绩效目标自评表 (2022): one table, 分值 before the values, actuals written with ≥,
#    level-1 headings carrying points, a '……' template row, points that add up to 110 against a 总分 of 100
# ---------------------------------------------------------------------------------------------------------------
ZJ_GOAL = "改进农村地区供水计量设施设备，实现项目区农业用水计量，为项目区农业生产打牢基础。"
ZJ_DONE = "已完成项目区农业用水计量设施改进，为项目区农业生产打牢基础。"
ZJ_NOTE = ("注：1.一级指标分值统一设置为：产出指标50分、效益指标30分、满意度指标10分、预算资金执行率10分，各部门根据各项指标"
           "重要程度确定三级指标的分值，得分不能超过该指标分值上限，按完成程度分别在100-80%（含80%）、80-60%（含60%）、"
           "60-0%区间内合理确定得分。")
ZJ_ROWS = [
    # 一级 (as written), 二级, 三级, 分值, 年度指标值, 全年实际值, 得分
    ("产出指标（70分）", "数量指标", "安装坡面水标尺", "10", "≥266米", "≥266米", "10"),
    (UP, UP, "水标尺宽度", "10", "≥50厘米", "≥50厘米", "10"),
    (UP, "质量指标", "项目（工程）验收合格率", "20", "100%", "100%", "20"),
    (UP, "时效指标", "及时（按期）开工率", "10", "≥90%", "≥90%", "10"),
    (UP, UP, "及时（按期）完工率", "10", "≥90%", "≥90%", "10"),
    (UP, "成本指标", "项目计划总投资", "10", "20万元", "20万元", "10"),
    ("效益指标（20分）", "经济效益指标", "", "", "", "", ""),
    (UP, "社会效益指标", "受益脱贫（含监测对象）户人口数", "10", "≥1000人", "≥1000人", "10"),
    (UP, UP, "群众生产生活条件改善状况", "10", "显著提升", "显著提升", "10"),
    ("满意度指标（10分）", "服务对象满意度指标", "受益脱贫（含监测对象）户满意度", "10", "≥95%", "≥95%", "10"),
    ("……", "", "", "", "", "", ""),
]
SC_ZHONGJIANG = Document(
    file="sc-zhongjiang-water-gauge-self-eval.docx",
    province="四川", doc_kind="自评表", patterns=[1, 2, 5, 6, 8, 9],
    source_urls=["https://chacewang.com/newsdetail/news242266.html"],
    blocks=[("p", "绩效目标自评表"), ("p", "（2022年度）"), ("table", [
        ["项目名称", "中江县农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装", LEFT, LEFT, LEFT, LEFT, LEFT, LEFT, LEFT],
        ["项目负责人及电话", "谢凯 139****0322（办公）", LEFT, LEFT, LEFT, LEFT, LEFT, LEFT, LEFT],
        ["主管部门", "中江县水利局", LEFT, LEFT, "实施单位", "中江县水利局", LEFT, LEFT, LEFT],
        ["资金情况（万元）", "", LEFT, LEFT, "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分"],
        [UP, "年度资金总额：", LEFT, LEFT, "20", "20", "10", "100.00%", "10"],
        [UP, "其中：本年财政拨款", LEFT, LEFT, "20", "20", "", "", ""],
        [UP, "其他资金", LEFT, LEFT, "", "", "", "", ""],
        ["年度总体目标", "年初设定目标", LEFT, LEFT, "年度总体目标完成情况综述", LEFT, LEFT, LEFT, LEFT],
        [UP, ZJ_GOAL, LEFT, LEFT, ZJ_DONE, LEFT, LEFT, LEFT, LEFT],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "未完成原因及拟采取的改进措施"],
    ] + [[UP, *row, ""] for row in ZJ_ROWS] + [
        ["总分", LEFT, LEFT, LEFT, "100", "", "", "100", ""],
    ]), ("p", ZJ_NOTE)],
    indicators=[
        ind("产出指标", "数量指标", "安装坡面水标尺", ">=", 266, "米", "≥266米", actual=266, actual_text="≥266米", weight=10, score=10),
        ind("产出指标", "数量指标", "水标尺宽度", ">=", 50, "厘米", "≥50厘米", actual=50, actual_text="≥50厘米", weight=10, score=10),
        ind("产出指标", "质量指标", "项目（工程）验收合格率", None, 100, "%", "100%", actual=100, actual_text="100%", weight=20, score=20),
        ind("产出指标", "时效指标", "及时（按期）开工率", ">=", 90, "%", "≥90%", actual=90, actual_text="≥90%", weight=10, score=10),
        ind("产出指标", "时效指标", "及时（按期）完工率", ">=", 90, "%", "≥90%", actual=90, actual_text="≥90%", weight=10, score=10),
        ind("产出指标", "成本指标", "项目计划总投资", None, 20, "万元", "20万元", actual=20, actual_text="20万元", weight=10, score=10),
        ind("效益指标", "社会效益指标", "受益脱贫（含监测对象）户人口数", ">=", 1000, "人", "≥1000人", actual=1000, actual_text="≥1000人", weight=10, score=10),
        ind("效益指标", "社会效益指标", "群众生产生活条件改善状况", None, None, None, "显著提升", actual=None, actual_text="显著提升", weight=10, score=10),
        ind("满意度指标", "服务对象满意度指标", "受益脱贫（含监测对象）户满意度", ">=", 95, "%", "≥95%", actual=95, actual_text="≥95%", weight=10, score=10),
    ],
    goals=[goal("年度目标", ZJ_GOAL)],
    facts=[
        budget("预算执行率", 20, 20, 100.0),
        total("总分", 100, [10, 10, 20, 10, 10, 10, 10, 10, 10, 10], unit="分"),
    ],
    findings=[
        finding("target.vague_wording", "群众生产生活条件改善状况", "显著提升: a change phrase with no number"),
        finding("consistency.score_total", "总分", "indicator points 100 plus 执行率 10 make 110, the form states 100"),
        finding("goal.unquantified", ZJ_GOAL[:15], "names outputs but no number, rate or deadline"),
    ],
    notes=("One big table: header fields, the funds block (分值 10, 执行率, 得分 10), goal cells, then the indicator "
           "header mid-table. 分值 stands before 年度指标值; 全年实际值 repeats the target with its operator ('≥266米'): "
           "gold actual is the number. The empty 经济效益指标 row and the '……' row are template rows, not indicators. "
           "Level-1 headings carry points (产出指标（70分）) which match their rows; the whole form adds to 110 while "
           "总分 says 100 (the form kept 70/20/10 plus the 10 执行率 points). Phone number masked."),
)


# ---------------------------------------------------------------------------------------------------------------
# 7. 四川 · 眉山市青神县发展和改革局 · 部门预算项目支出绩效自评表 (2023): template instructions left in, the operator in
#    the 指标性质 column, 完成值/得分 left empty, signature line
# ---------------------------------------------------------------------------------------------------------------
QS_GOAL = "严格执行相关政策，确保工资及时足额发放、社保及时足额缴纳，预算编制科学合理，压减结余资金。"
QS_BUDGET_NOTE = ("1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因（100字以内）；2.年中发生预算调整的"
                  "（追加或调减），应单独说明理由；3.其他资金包括：社会投入资金、银行贷款。")
SC_QINGSHEN = Document(
    file="sc-qingshen-wage-self-eval.xlsx",
    province="四川", doc_kind="自评表", patterns=[2, 5, 6, 8, 9],
    source_urls=["https://www.scqs.gov.cn/info/13206/211004.htm"],
    blocks=[("sheet", "自评表"), ("table", [
        ["报表编号：510000_0013zp"] + [LEFT] * 10,
        ["部门预算项目支出绩效自评表（2023年度）"] + [LEFT] * 10,
        ["项目名称", "51000021R000000019951-工资性支出"] + [LEFT] * 9,
        ["主管部门", "青神县发展和改革局本级"] + [LEFT] * 9,
        ["实施单位（盖章）", "青神县发展和改革局"] + [LEFT] * 9,
        ["项目基本情况", "1.项目年度目标完成情况"] + [LEFT] * 9,
        [UP, "项目年度目标", LEFT, LEFT, LEFT, LEFT, "年度目标完成情况", LEFT, LEFT, LEFT, LEFT],
        [UP, QS_GOAL, LEFT, LEFT, LEFT, LEFT, "对照年度目标，说明相关任务目标的完成情况（100字以内）", LEFT, LEFT, LEFT, LEFT],
        [UP, "2.项目实施内容及过程概述"] + [LEFT] * 9,
        [UP, ""] + [LEFT] * 9,
        ["预算执行情况（10分）", "年度预算数（万元）", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因", LEFT, LEFT],
        [UP, "总额", "238.93", "251.89", "251.89", "100.00%", "10", "", QS_BUDGET_NOTE, LEFT, LEFT],
        [UP, "其中：财政资金", "238.93", "251.89", "251.89", "100.00%", "/", "/", UP, UP, UP],
        [UP, "财政专户管理资金", "0.00", "0.00", "0.00", "0.00%", "/", "/", UP, UP, UP],
        [UP, "单位资金", "0.00", "0.00", "0.00", "0.00%", "/", "/", UP, UP, UP],
        [UP, "其他资金", "", "", "", "", "/", "/", UP, UP, UP],
        ["绩效指标（90分）", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"],
        [UP, "产出指标", "数量指标", "发放（缴纳）覆盖率", "=", "100", "%", "", "60", "", ""],
        [UP, "效益指标", "社会效益指标", "足额保障率（参保率）", "=", "100", "%", "", "30", "", ""],
        ["合计", LEFT, LEFT, LEFT, LEFT, LEFT, LEFT, LEFT, "100", "", ""],
        ["评价结论", "结合自评情况，说明项目自评总分，说明项目实施取得的成效或成果。（200字以内）"] + [LEFT] * 9,
        ["存在问题", "结合自评情况，分析存在的问题及原因。（200字以内）"] + [LEFT] * 9,
        ["改进措施", "针对项目自评中发现的问题，提出下一步改进完善的意见及有关政策性建议。（200字以内）"] + [LEFT] * 9,
        ["项目负责人：", "", LEFT, LEFT, LEFT, "财务负责人：", "", LEFT, LEFT, LEFT, LEFT],
    ])],
    widths=[18, 20, 12, 20, 10, 11, 10, 10, 8, 8, 14],
    indicators=[
        ind("产出指标", "数量指标", "发放（缴纳）覆盖率", "=", 100, "%", "=100%", weight=60),
        ind("效益指标", "社会效益指标", "足额保障率（参保率）", "=", 100, "%", "=100%", weight=30),
    ],
    goals=[goal("年度目标", QS_GOAL)],
    facts=[
        budget("预算执行率", 251.89, 251.89, 100.0),
        total("年初预算", 238.93, [238.93, 0.0, 0.0]),
        total("调整后预算数", 251.89, [251.89, 0.0, 0.0]),
        total("预算执行数", 251.89, [251.89, 0.0, 0.0]),
    ],
    findings=[
        finding("goal.process_only", QS_GOAL[:15], "only steps and management (执行政策, 发放, 缴纳, 编制预算)"),
        finding("coverage.missing_dimension", "满意度指标", "no satisfaction indicator at all"),
    ],
    notes=("Funds block rows (238.93 │ 251.89 │ 251.89 │ 100.00% │ 10) come before the indicator header; the column "
           "headed 指标性质 holds '='; 完成值 and 得分 are empty on the published form. Instruction texts "
           "'（100字以内）', '（200字以内）' and the signature line are template text, not goals."),
)


# ---------------------------------------------------------------------------------------------------------------
# 8. 陕西 · 宝鸡市陈仓区 · 省级财政水利发展资金绩效目标表 (2020): template rows '指标1：' with a unit only, '≧ %'
# ---------------------------------------------------------------------------------------------------------------
SN_GOAL = "完成省级水利发展农村饮水项目投资500，改善提升9200人饮水条件。"
SN_CHENCANG = Document(
    file="sn-chencang-rural-water-fund-targets.docx",
    province="陕西", doc_kind="申报表", patterns=[1, 2, 6, 8],
    source_urls=["http://www.chencang.gov.cn/col8173/col8180/col8789/col9203/202005/t20200529_126007.html"],
    blocks=[("p", "2020年省级财政水利发展资金绩效目标表"), ("p", "（2020）年度"), ("table", [
        ["专项（项目）名称", "农村饮水安全巩固提升工程专项", LEFT, LEFT, LEFT],
        ["市级财政部门", "宝鸡市财政局", LEFT, "市级主管部门", "宝鸡市水利局"],
        ["区级财政部门", "陈仓区财政局", LEFT, "区级主管部门", "陈仓区水利局"],
        ["资金情况（万元）", "资金来源", LEFT, "资金总额", LEFT],
        [UP, "其中：财政拨款", LEFT, "500", LEFT],
        [UP, "其他资金", LEFT, "", LEFT],
        ["总体目标", SN_GOAL, LEFT, LEFT, LEFT],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
        [UP, "产出指标", "数量指标", "指标1：新建堤防、护岸长度", "公里"],
        [UP, UP, UP, "指标2：灌区节水改造面积", "万亩"],
        [UP, UP, UP, "指标3：农村饮水工程覆盖服务人口数", "万人"],
        [UP, UP, UP, "指标4：中小河流治理问道长度", "公里"],
        [UP, UP, "质量指标", "指标1：工程验收合格率", "≧ %"],
    ])],
    landscape=False,
    indicators=[
        ind("产出指标", "数量指标", "新建堤防、护岸长度", None, None, "公里", "公里"),
        ind("产出指标", "数量指标", "灌区节水改造面积", None, None, "万亩", "万亩"),
        ind("产出指标", "数量指标", "农村饮水工程覆盖服务人口数", None, None, "万人", "万人"),
        ind("产出指标", "数量指标", "中小河流治理问道长度", None, None, "公里", "公里"),
        ind("产出指标", "质量指标", "工程验收合格率", ">=", None, "%", "≧ %"),
    ],
    goals=[goal("总体目标", SN_GOAL)],
    facts=[],
    findings=[
        finding("target.missing_value", "新建堤防、护岸长度", "unit only"),
        finding("target.missing_value", "灌区节水改造面积", "unit only"),
        finding("target.missing_value", "农村饮水工程覆盖服务人口数", "unit only"),
        finding("target.missing_value", "中小河流治理问道长度", "unit only"),
        finding("target.missing_value", "工程验收合格率", "operator and unit only"),
        finding("coverage.missing_dimension", "效益指标", "the table as reproduced has no 效益 rows"),
        finding("coverage.missing_dimension", "满意度指标", "the table as reproduced has no 满意度 rows"),
    ],
    notes=("The indicator rows are the province's template rows left unfilled: numbered '指标1：…' names (numbering "
           "is template text), the value cell holds only the unit ('公里', '万亩', '万人') or '≧ %'. The page text "
           "stops after 质量指标 指标1; later rows are not reproduced. 资金总额 stands as a column label with no "
           "amount; only 财政拨款 500 is given."),
)


# ---------------------------------------------------------------------------------------------------------------
# 9. 湖南 · 长沙市宁乡市坝塘镇 · 项目绩效目标表 (2021): long-term and annual goal cells side by side, a long-term and
#    an annual indicator half in the same form; the 指标内容/指标值 cells hold bare numbers (88 │ 100)
# ---------------------------------------------------------------------------------------------------------------
BT_LONG = "改善镇域基础设施，振兴乡村经济"
BT_YEAR = "全面完成集镇立面改造及机关、学校、乡村振兴等项目，做好提质改造"
BT_BLOCK_ROWS = [
    ("产出指标", "数量指标", "88", "100"), (UP, "质量指标", "88", "100"), (UP, "时效指标", "88", "100"),
    (UP, "成本指标", "88", "100"), (UP, "…", "", ""),
    ("效益指标", "经济效益指标", "88", "100"), (UP, "社会效益指标", "68", "100"), (UP, "生态效益指标", "20", "100"),
    (UP, "可持续影响指标", "20", "100"),
    ("社会公众或服务对象满意度指标", LEFT, "88", "100"),
]


def _bt_block(title):
    rows = [[title, "一级指标", "二级指标", "指标内容", "指标值", "备注"]]
    rows += [[UP, a, b, c, d, ""] for a, b, c, d in BT_BLOCK_ROWS]
    return rows


def _bt_gold():
    levels = {"数量指标": "产出指标", "质量指标": "产出指标", "时效指标": "产出指标", "成本指标": "产出指标",
              "经济效益指标": "效益指标", "社会效益指标": "效益指标", "生态效益指标": "效益指标", "可持续影响指标": "效益指标"}
    rows = []
    for _a, b, c, d in BT_BLOCK_ROWS:
        if not c:
            continue
        if b == LEFT:
            rows.append(ind("满意度指标", "服务对象满意度指标", None, None, 100, None, d))
        else:
            rows.append(ind(levels[b], b, None, None, 100, None, d))
    return rows


HN_BATANG = Document(
    file="hn-batang-town-infrastructure-targets.docx",
    province="湖南", doc_kind="申报表", patterns=[3, 8, 9],
    source_urls=["https://renrendoc.com/paper/307484460.html"],
    blocks=[("p", "项目绩效目标表"), ("p", "（2021年度）"), ("p", "填报单位（盖章）：宁乡市坝塘镇人民政府"), ("table", [
        ["项目名称", "镇域内基础设施建设", LEFT, "项目属性", "新增项目□ 延续项目√", LEFT],
        ["主管部门", "坝塘镇", LEFT, "主管部门编码", "", LEFT],
        ["项目单位", "坝塘镇", "项目负责人", "蒋建华", "联系电话", ""],
        ["项目起止时间", "2021年度", LEFT, LEFT, LEFT, LEFT],
        ["资金总额及构成", "总额10606.7522万元", LEFT, LEFT, LEFT, LEFT],
        [UP, "一、财政拨款：6923.3552万元（其中：上级财政资金：6923.3552万元；本级财政：0万元）", LEFT, LEFT, LEFT, LEFT],
        [UP, "二、自有资金：0万元", LEFT, LEFT, LEFT, LEFT],
        [UP, "三、其他：3683.3970万元", LEFT, LEFT, LEFT, LEFT],
        ["项目概况", "镇域内水利、道路、机关、学校及乡村振兴等基础设施建设", LEFT, LEFT, LEFT, LEFT],
        ["项目立项情况", "项目立项的依据", LEFT, "机关、学校、乡村振兴按发改立项", LEFT, LEFT],
        [UP, "项目申报的可行性", LEFT, "已申报项目可行性评估", LEFT, LEFT],
        [UP, "项目申报的必要性", LEFT, "为改善镇域内基础设施、振兴乡村", LEFT, LEFT],
        ["项目实施进度计划", "项目实施内容", LEFT, LEFT, "开始时间", "完成时间"],
        [UP, "1、总体概念规划", LEFT, LEFT, "2016", "2020"],
        [UP, "2、核心区规划", LEFT, LEFT, "2021", "2021"],
        ["项目绩效目标", "长期目标", LEFT, "年度目标", LEFT, LEFT],
        [UP, BT_LONG, LEFT, BT_YEAR, LEFT, LEFT],
    ] + _bt_block("长期绩效指标") + _bt_block("年度绩效指标"))],
    indicators=_bt_gold() + _bt_gold(),
    goals=[goal("中期目标", BT_LONG), goal("年度目标", BT_YEAR)],
    facts=[total("资金总额", 10606.7522, [6923.3552, 0, 3683.3970])],
    findings=(
        [finding("target.missing_name", b if b != LEFT else "社会公众或服务对象满意度指标",
                 "the 指标内容 cell holds a bare number, no indicator name")
         for _a, b, c, _d in BT_BLOCK_ROWS if c] * 2
        + [finding("goal.unquantified", BT_LONG[:15], "names effects, no number"),
           finding("goal.unquantified", BT_YEAR[:15], "names outputs, no number or deadline")]),
    notes=("Long-term (长期) and annual (年度) goals stand side by side in one row; the indicator part has a long-term "
           "half and an annual half, one after the other, with identical content. In both halves the 指标内容 column "
           "holds bare numbers (88, 68, 20) and 指标值 holds 100 — rows shaped 'number │ number' inside an indicator "
           "block, not a funds block. Gold records each row with its level, no name (null) and value 100, and "
           "expects target.missing_name for each (item = the 二级 label). Whether '100' also lacks a unit is left "
           "out (it may be a score). The '…' row is a template row. Side-by-side indicator halves were not found on "
           "a searchable page; this is the sequential variant of pattern 3."),
)


# ---------------------------------------------------------------------------------------------------------------
# 10. 湖南 · 岳阳市岳阳楼区价格认证鉴定中心 · 整体绩效目标表 (2023): 指标值类型/指标解释/评(扣)分标准 columns,
#     '*' marks, a 二级 name in the 三级 position, a row with only scoring text
# ---------------------------------------------------------------------------------------------------------------
YY_GOAL = "做好涉案、价格认定工作。"
YY_SCORE = "未达指标值酌情扣分"
HN_YUEYANGLOU = Document(
    file="hn-yueyanglou-price-centre-dept-targets.xlsx",
    province="湖南", doc_kind="部门整体目标表", patterns=[4, 5, 8],
    source_urls=["http://monopolymediamarketing.com/21487/21535/21748/21750/21907/content_2062100.html"],
    blocks=[("sheet", "整体绩效目标表"), ("table", [
        ["岳阳楼区价格认证鉴定中心2023年度整体绩效目标表"] + [LEFT] * 8,
        ["部门（单位）名称", "岳阳楼区价格认证鉴定中心"] + [LEFT] * 7,
        ["*部门（单位）职责", "负责价格认定工作"] + [LEFT] * 7,
        ["*年度总体绩效目标", YY_GOAL] + [LEFT] * 7,
        ["绩效指标"] + [LEFT] * 8,
        ["一级指标", "二级指标", "三级指标", "指标值类型", "*指标值", "计量单位", "*指标解释", "*评（扣）分标准", "备注"],
        ["产出指标", "数量指标", "业务工作支出安排金额", "定量", "28.8万元", "%", "该指标主要考察业务工作支出安排情况", YY_SCORE, ""],
        [UP, "质量指标", "业务工作支出到位率", "定量", "100", "%", "该指标主要考察业务工作支出安排到位情况", YY_SCORE, ""],
        [UP, "时效指标", "工作安排时间", "定量", "按月安排", "", "该指标主要考察业务工作支出安排时间", YY_SCORE, ""],
        [UP, "成本指标", "社会成本指标", "定量", "100", "%", "该指标主要考察总成本控制情况", YY_SCORE, ""],
        ["效益指标", "经济效益指标", "", "", "", "", "", YY_SCORE, ""],
        [UP, "社会效益指标", "保证单位正常运转", "定性", "应保尽保", "%", "该指标主要考察单位运转需要保障范围应保尽保", YY_SCORE, ""],
    ])],
    widths=[12, 14, 22, 11, 10, 9, 40, 20, 6],
    indicators=[
        ind("产出指标", "数量指标", "业务工作支出安排金额", None, 28.8, "万元", "28.8万元"),
        ind("产出指标", "质量指标", "业务工作支出到位率", None, 100, "%", "100%"),
        ind("产出指标", "时效指标", "工作安排时间", None, None, None, "按月安排"),
        ind("产出指标", "成本指标", "社会成本指标", None, 100, "%", "100%"),
        ind("效益指标", "社会效益指标", "保证单位正常运转", None, None, "%", "应保尽保"),
    ],
    goals=[goal("年度目标", YY_GOAL)],
    facts=[],
    findings=[
        finding("goal.process_only", YY_GOAL, "only work to be done, no output or effect"),
        finding("coverage.missing_dimension", "满意度指标", "the table as reproduced has no 满意度 rows"),
    ],
    notes=("Columns that are not values: 指标值类型 (定量/定性), 指标解释, 评（扣）分标准 (the same scoring sentence on every "
           "row), 备注. The 经济效益指标 row holds only the scoring sentence: a template row, not an indicator. In the "
           "成本指标 row the 三级 cell holds a 二级 name (社会成本指标). 业务工作支出安排金额: value cell '28.8万元' "
           "but unit column '%' — gold unit 万元 from the value cell, no expectation set. '应保尽保' with unit '%' has "
           "no number; no scored rule fits cleanly, none expected. The page text stops in the 生态效益 row."),
)


# ---------------------------------------------------------------------------------------------------------------
# 11. 天津 · 东疆 · 直达资金项目 绩效自评报告 (2020), prose: goals, a split of the money, indicator values in prose
# ---------------------------------------------------------------------------------------------------------------
TJ_GOAL = ("总体绩效目标：一是完成东疆东部沿海岸线基础设施环境提升生态修复及配套设施建设，项目总投资3.8亿元，建成占地面积约"
           "20万平方米、可供市民游览的海滨公园一座，配套设施面积2012平方米，满足东部岸线区域人员疏散和游览需求；二是工程施工"
           "质量符合验收要求，按时投入使用。")
TJ_PARAS = [
    "东疆东部沿海岸线基础设施环境提升项目2020年度绩效自评报告",
    "一、绩效目标完成情况分析",
    "（一）资金投入情况分析。",
    ("2020年本项目获下达直达资金2300万元，全部用于项目建设，其中一类费2156.7899万元、二类费143.2101万元，"
     "均已于2020年内支付到位。"),
    "（二）总体绩效目标完成情况分析。",
    TJ_GOAL,
    ("项目预计于2021年5月30日竣工，2020年尚在建设工期内，总体绩效目标当年未能全部实现，下一步将按工期合理安排进度，"
     "加快推进建设。"),
    "（三）绩效指标完成情况分析。",
    "建设占地面积：指标值为“约12000平方米”，全年实际完成约20000平方米；",
    "建设三座服务中心等配套设施面积：指标值为“约120平方米”，全年实际完成约1737平方米；",
    "项目竣工验收合格率：指标值为“100%”，全年实际完成值为0，项目尚在工期内，未到竣工验收环节；",
    "设施质量合格率：指标值为“100%”，以直达资金采购的各类设施及物料均为合格产品，完成值为100%；",
    "安装工程验收合格率：指标值为“100%”，以直达资金实施的安装工程验收均合格，完成值为100%；",
    "完工日期：指标值为“2021年4月15日”，全年实际完成值为0，项目尚在工期内，未到完工日期；",
    "项目按计划开工率：指标值为“100%”，项目按计划时间如期开工，完成值为100%；",
    "项目计划完工率：指标值为“100%”，全年实际完成值为0，项目尚在工期内，未到竣工验收环节。",
]
TJ_DONGJIANG = Document(
    file="tj-dongjiang-coastline-park-self-eval-report.docx",
    province="天津", doc_kind="自评报告", patterns=[10],
    source_urls=["https://www.dongjiang.gov.cn/contents/24/15313.html"],
    blocks=[("p", text) for text in TJ_PARAS],
    landscape=False,
    indicators=[],
    goals=[goal("总体目标", TJ_GOAL)],
    facts=[total("直达资金", 2300, [2156.7899, 143.2101])],
    findings=[],
    notes=("Narrative self-evaluation: no indicator table (indicator values appear in prose only, so gold lists no "
           "indicator rows). The money split 2156.7899 + 143.2101 = 2300 is consistent. The prose gives 完工日期 "
           "2021年4月15日 as target while the expected completion is 2021年5月30日 (not a scored rule). The page "
           "text stops after 超概算项目比例, which is not reproduced."),
)


# ---------------------------------------------------------------------------------------------------------------
# 12. 云南 · 楚雄州南华县农业农村局 · 项目支出绩效自评表 (野生菌加工车间, 续建): the 10号 layout with spaced label
#     '绩 效 指 标', numbered goals '目标1：…', values glued to names, a 经济效益 row inside the 产出 block,
#     decimal points (10.3, 9.3, 10.8), a target of 550 against an actual of 20 with full points
# ---------------------------------------------------------------------------------------------------------------
YN_GOALS = [
    "目标1：建设冷库仓储1290.3平方米，购置安装配套生产设备和配套电力设施，冷库仓储按每平方米3100元计，投资400万元",
    "目标2：购置安装配套烘干杀菌设备及包装设备550万元",
    "目标3：配套1250KVA变压器3台，完成高压线接入及土建安装，投资150万元",
]
YN_GOAL = "；".join(YN_GOALS) + "。"
YN_NANHUA = Document(
    file="yn-nanhua-wild-mushroom-plant-self-eval.docx",
    province="云南", doc_kind="自评表", patterns=[1, 2, 6, 9, 10],
    source_urls=["https://www.ynnh.gov.cn/info/17693/347777.htm"],
    blocks=[("table", [
        ["项目名称", "南华县乡村振兴示范园罗家屯社区野生菌加工车间建设项目（续建）"] + [LEFT] * 7,
        ["主管部门", "南华县农业农村局", LEFT, LEFT, "实施单位", "南华县国有资本管理有限公司", LEFT, LEFT, LEFT],
        ["项目资金（万元）", "", LEFT, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [UP, "年度资金总额", LEFT, "1100", "1100", "1100", "10", "100%", "10"],
        [UP, "其中：当年财政拨款", LEFT, "1100", "1100", "1100", "—", "100%", "—"],
        [UP, "上年结转资金", LEFT, "", "", "", "—", "", "—"],
        [UP, "其他资金", LEFT, "", "", "", "—", "", "—"],
        ["年度总体目标", "预期目标", LEFT, LEFT, LEFT, "实际完成情况", LEFT, LEFT, LEFT],
        [UP, YN_GOAL, LEFT, LEFT, LEFT, YN_GOAL, LEFT, LEFT, LEFT],
        ["绩 效 指 标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [UP, "产出指标（50分）", "数量指标", "1290.3平方米冷库仓储建设及配套生产设备、配套电力设施购置安装", "≥1290.3平方米", "1290.3平方米", "10.3", "10.3", ""],
        [UP, UP, UP, "配套烘干杀菌设备及包装设备购置及安装", "550", "20", "9.3", "9.3", ""],
        [UP, UP, UP, "配套电力设施1250KVA变压器3台", "3", "", "9.3", "9.3", ""],
        [UP, UP, "经济效益 指标", "奖补资金兑付率（%）", "≥100%", "≥100%", "10.8", "10.8", ""],
        [UP, UP, "时效指标", "任务完成时限（月）", "10", "10", "10.3", "10.3", ""],
        [UP, UP, "成本指标", "", "", "", "", "", ""],
    ])],
    indicators=[
        ind("产出指标", "数量指标", "冷库仓储建设及配套生产设备、配套电力设施购置安装", ">=", 1290.3, "平方米", "≥1290.3平方米",
            actual=1290.3, actual_text="1290.3平方米", weight=10.3, score=10.3),
        ind("产出指标", "数量指标", "配套烘干杀菌设备及包装设备购置及安装", None, 550, None, "550",
            actual=20, actual_text="20", weight=9.3, score=9.3),
        ind("产出指标", "数量指标", "配套电力设施1250KVA变压器", None, 3, "台", "3", weight=9.3, score=9.3),
        ind("效益指标", "经济效益指标", "奖补资金兑付率（%）", ">=", 100, "%", "≥100%",
            actual=100, actual_text="≥100%", weight=10.8, score=10.8),
        ind("产出指标", "时效指标", "任务完成时限（月）", None, 10, "月", "10", actual=10, actual_text="10", weight=10.3, score=10.3),
    ],
    goals=[goal("年度目标", text) for text in YN_GOALS],
    facts=[budget("预算执行率", 1100, 1100, 100.0)],
    findings=[
        finding("target.missing_unit", "配套烘干杀菌设备及包装设备购置及安装", "bare 550, no unit"),
        finding("consistency.deviation_reason_missing", "配套烘干杀菌设备及包装设备购置及安装",
                "actual 20 against a target of 550 and no deviation reason"),
        finding("target.impossible_value", "奖补资金兑付率（%）", "≥100% for a rate"),
        finding("coverage.missing_dimension", "满意度指标", "the table as reproduced has no 满意度 rows"),
        finding("goal.budget_text", YN_GOALS[1][:15], "its only number is money (550万元)"),
    ],
    notes=("The 预期目标 cell holds three numbered goals 目标1/2/3 (gold: three goals, text as written with the "
           "numbering). Values glued to names: '1290.3平方米冷库仓储…' (the same number is the target: gold name without it) and "
           "'…变压器3台' (value cell '3', unit only in the name: gold unit 台, name without '3台'). Units in brackets "
           "in names ('（%）', '（月）') are kept in the name. The 经济效益 row sits inside the 产出 block on the form "
           "(merged 一级 cell); gold gives the canonical level of its 二级 (效益指标 / 经济效益指标), so the form has "
           "产出 and 效益 rows and lacks only 满意度 (as reproduced). 配套电力设施 row has "
           "no 实际完成值. The empty 成本指标 row is a template row. On the page a second part starts with the label "
           "'绩 效 指 标' again (after a page break) followed by 效益 rows the page text does not show; not reproduced. "
           "Goal and completion cells hold the same text, written here in our own words with the same numbers."),
)


# ---------------------------------------------------------------------------------------------------------------
# 13. 湖南 · 益阳市南县政协 · 部门整体支出绩效评价报告 (2021), prose: income/expense facts with rates, a goal paragraph
# ---------------------------------------------------------------------------------------------------------------
HN_ZX_GOAL = ("县政协围绕县委“工业强、农业优、三产活、项目兴、生态好”的工作方针和“一县、一海、一地”的发展定位，聚焦重点、"
              "持续发力，力求思想上精心、工作上精细、成果上精品，为全县发展建言出力；发挥政协纽带作用，做好联谊交流和协调关系"
              "工作，转变作风、夯实基础，加强自身建设，解放思想、开拓创新，着力提升履职能力和水平。")
HN_NANXIAN = Document(
    file="hn-nanxian-cppcc-dept-evaluation-report.docx",
    province="湖南", doc_kind="评价报告", patterns=[10],
    source_urls=["http://www.hnnxzx.com/a/webbase/div-css/2022/0415/1230.html"],
    blocks=[("p", t) for t in [
        "部门整体支出绩效评价报告",
        "一、基本情况",
        "（一）部门整体支出概况。",
        "2021年部门决算收支完成情况。",
        "1、收入：792.22万元，比上年增加189.25万元，增长31.39%。其中：财政拨款收入792.22万元，比上年增加209.28万元，增长35.9%。",
        "2、支出：799.12万元。其中：人员经费支出434.89万元，公用经费支出77.4万元，项目支出286.83万元。",
        "（二）部门整体支出绩效目标。",
        HN_ZX_GOAL,
        ("县政协紧扣团结和民主两大主题，履行政治协商、民主监督、参政议政三项职能，在协调关系、汇集力量、建言献策、"
         "服务大局等方面做了大量工作，为全县经济社会发展作出了贡献。"),
        "（三）部门整体支出或项目实施情况分析。",
        ("本部门支出由基本支出和项目支出两部分组成。基本支出主要为人员经费和日常公用经费；项目支出包括委员活动经费36.3万元、"
         "扫黑除恶工作经费1万元、信息网络运行经费5万元、老干部活动经费10.5万元、派出纪检监察组专项经费5万元等。"),
    ]],
    landscape=False,
    indicators=[],
    goals=[goal("年度目标", HN_ZX_GOAL)],
    facts=[total("支出", 799.12, [434.89, 77.4, 286.83])],
    findings=[finding("goal.unquantified", HN_ZX_GOAL[:15], "names aims (履职能力和水平) but no number, rate or deadline")],
    notes=("Narrative department-wide evaluation report, opening part only (the page text stops in the list of project "
           "items, so the list ends with 等 and is not a complete breakdown of 286.83). Growth rates check: "
           "189.25/602.97 = 31.39%, 209.28/582.94 = 35.90%. The paragraph after the goal reports what was done; it is "
           "not a goal. No indicator table."),
)


# ---------------------------------------------------------------------------------------------------------------
# 14. 四川 · 资阳 · 亚洲开发银行贷款绿色转型和发展项目 绩效评价结果 (2024): weighted criteria table of the foreign-loan
#     framework (相关性/效率/效果/可持续性), a total of 82.68 and a grade in words outside the 优/良/中/差 bands
# ---------------------------------------------------------------------------------------------------------------
ZY_INTRO = ("按照财政部《国际金融组织和外国政府贷款赠款项目绩效评价管理办法》（财国合〔2019〕18号）的要求，省财政厅于2024年"
            "3月至5月委托四川省财政投资评审中心，对亚洲开发银行贷款四川资阳绿色转型和发展项目开展绩效评价，现公开评价结果如下。")
SC_ZIYANG = Document(
    file="sc-ziyang-adb-loan-evaluation-result.docx",
    province="四川", doc_kind="评价报告", patterns=[9, 10],
    source_urls=["https://0477ly.com/newsdetail/news587336.html"],
    blocks=[("p", "亚洲开发银行贷款四川资阳绿色转型和发展项目绩效评价结果"), ("p", ZY_INTRO), ("table", [
        ["评价准则", "权重（%）", "评价分值（百分制）", "加权平均得分", "绩效等级"],
        ["相关性", "20%", "100.00", "20.00", "高度相关"],
        ["效率", "50%", "77.39", "38.70", "效率一般"],
        ["效果", "20%", "73.90", "14.78", "比较满意"],
        ["可持续性", "10%", "92.00", "9.20", "高度可持续"],
        ["项目绩效", "100%", "/", "82.68", "实施比较顺利"],
    ])],
    landscape=False,
    indicators=[],
    goals=[],
    facts=[total("项目绩效", 82.68, [20.00, 38.70, 14.78, 9.20], unit="分"),
           {"metric": "项目绩效", "kind": "grade", "planned": None, "actual": 82.68, "stated_rate": None, "unit": "分",
            "stated_text": "实施比较顺利"}],
    findings=[],
    notes=("Rows 'criterion │ weight │ score │ weighted score' are an evaluation score table, not indicator targets "
           "and not a funds block. The weighted scores add up (20.00+38.70+14.78+9.20 = 82.68) and each equals weight × "
           "score rounded to 2 decimals. The grade uses the foreign-loan wording (实施比较顺利), not the 优/良/中/差 "
           "bands of 财预〔2020〕10号, so no grade finding is expected. Intro written in our own words."),
)


DOCUMENTS = [NX_SPORTS, NM_WUCHUAN, HI_EXPO, FJ_XIUYU, SC_MATA, SC_ZHONGJIANG, SC_QINGSHEN, SN_CHENCANG, HN_BATANG,
             HN_YUEYANGLOU, TJ_DONGJIANG, YN_NANHUA, HN_NANXIAN, SC_ZIYANG]


# ---------------------------------------------------------------------------------------------------------------
# merged ranges read off the table data
# ---------------------------------------------------------------------------------------------------------------
def regions(rows):
    """Yield (r1, c1, r2, c2, text) for every cell region: '<' extends the region to the right, '^' downwards."""
    height, width = len(rows), max(len(r) for r in rows)
    grid = [list(r) + [""] * (width - len(r)) for r in rows]
    taken = [[False] * width for _ in range(height)]
    for r in range(height):
        for c in range(width):
            if taken[r][c] or grid[r][c] in (LEFT, UP):
                continue
            c2 = c
            while c2 + 1 < width and grid[r][c2 + 1] == LEFT and not taken[r][c2 + 1]:
                c2 += 1
            r2 = r
            while r2 + 1 < height and grid[r2 + 1][c] == UP and not taken[r2 + 1][c]:
                r2 += 1
            for rr in range(r, r2 + 1):
                for cc in range(c, c2 + 1):
                    taken[rr][cc] = True
            yield r, c, r2, c2, grid[r][c]


def _as_cell_value(text):
    """Numbers typed into a spreadsheet are numbers; everything else stays text as written."""
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    if re.fullmatch(r"-?\d+\.\d+", text):
        return float(text)
    return text


# ---------------------------------------------------------------------------------------------------------------
# writers
# ---------------------------------------------------------------------------------------------------------------
def write_xlsx(doc: Document, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    row_at = 1
    first_sheet = True
    for block in doc.blocks:
        kind = block[0]
        if kind == "sheet":
            if not first_sheet:
                ws = wb.create_sheet()
                row_at = 1
            ws.title = block[1]
            first_sheet = False
        elif kind == "p":
            ws.cell(row_at, 1, block[1])
            row_at += 1
        elif kind == "table":
            rows = block[1]
            for r1, c1, r2, c2, text in regions(rows):
                cell = ws.cell(row_at + r1, c1 + 1, _as_cell_value(text) if text else None)
                if isinstance(text, str) and text.startswith("="):
                    cell.data_type = "s"
                decimals = re.fullmatch(r"-?\d+\.(\d+)", text or "")
                if decimals:
                    cell.number_format = "0." + "0" * len(decimals.group(1))   # 0.00 stays 0.00 as typed
                cell.alignment = Alignment(wrap_text=True, vertical="center")
                cell.font = Font(size=9)
                for rr in range(r1, r2 + 1):
                    for cc in range(c1, c2 + 1):
                        ws.cell(row_at + rr, cc + 1).border = border
                if (r1, c1) != (r2, c2):
                    ws.merge_cells(start_row=row_at + r1, start_column=c1 + 1, end_row=row_at + r2, end_column=c2 + 1)
            row_at += len(rows) + 1
    for i, w in enumerate(doc.widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    for sheet in wb.worksheets:
        sheet.page_setup.orientation = "landscape" if doc.landscape else "portrait"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
    wb.properties.creator = "jixiao blind corpus"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(_normalise_zip(buf.getvalue()))


def write_docx(doc: Document, path: Path) -> None:
    from docx import Document as Docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    out = Docx()
    style = out.styles["Normal"]
    style.font.size = Pt(9)
    if doc.landscape:
        section = out.sections[0]
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
        for side in ("left_margin", "right_margin"):
            setattr(section, side, Cm(1.8))
    for block in doc.blocks:
        if block[0] == "p":
            out.add_paragraph(block[1])
        elif block[0] == "table":
            rows = block[1]
            width = max(len(r) for r in rows)
            table = out.add_table(rows=len(rows), cols=width)
            table.style = "Table Grid"
            for r1, c1, r2, c2, text in regions(rows):
                cell = table.cell(r1, c1)
                if (r1, c1) != (r2, c2):
                    cell = cell.merge(table.cell(r2, c2))
                cell.text = text
    out.core_properties.author = "jixiao blind corpus"
    out.core_properties.last_modified_by = "jixiao blind corpus"
    out.core_properties.created = FIXED_TIME
    out.core_properties.modified = FIXED_TIME
    buf = io.BytesIO()
    out.save(buf)
    path.write_bytes(_normalise_zip(buf.getvalue()))


def _normalise_zip(data: bytes) -> bytes:
    """Same entries in a fixed order with fixed timestamps (and fixed core dates), so reruns give equal bytes."""
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
                        "--outdir", str(path.parent), str(path)], check=True, capture_output=True, timeout=300)
    pdf = path.with_suffix(".pdf")
    if not pdf.exists():
        raise SystemExit(f"LibreOffice made no PDF for {path.name}")
    return pdf


# ---------------------------------------------------------------------------------------------------------------
# gold
# ---------------------------------------------------------------------------------------------------------------
def gold_for(doc: Document, source: str) -> dict:
    return {"source": source, "source_urls": doc.source_urls, "province": doc.province, "doc_kind": doc.doc_kind,
            "patterns": doc.patterns, "indicators": doc.indicators, "goals": doc.goals, "facts": doc.facts,
            "findings": doc.findings, "notes": doc.notes}


def write_gold(gold: dict, folder: Path = ANNOTATIONS) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    text = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
    (folder / f"{gold['source']}.json").write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true", help="write DOCX/XLSX and gold only")
    args = ap.parse_args(argv)
    for doc in DOCUMENTS:
        path = HERE / doc.file
        (write_xlsx if doc.file.endswith(".xlsx") else write_docx)(doc, path)
        write_gold(gold_for(doc, doc.file))
        made = [doc.file]
        if doc.pdf and not args.no_pdf:
            pdf = to_pdf(path)
            write_gold(gold_for(doc, pdf.name))
            made.append(pdf.name)
        print(f"{', '.join(made)}: {len(doc.indicators)} indicators, {len(doc.goals)} goals, "
              f"{len(doc.findings)} expected findings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
