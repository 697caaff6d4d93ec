"""Write the third BLIND part of the real-layout corpus (corpora/real_layouts/blind3/) and its gold annotations.

Written by an annotator who did not read the toolkit's code and did not run it on these files. Each document
reproduces the layout (header rows, merged cells, column order, empty cells, template text, defects) and the facts
(indicator names, values, units, amounts, scores) of one public page listed in SOURCES.md; longer sentences (goals,
narrative) are in our own words with the same meaning and numbers. Phone numbers are masked. Where the stored page
text stops inside a table, only the rows shown are reproduced and the gold describes the document as built.

Every document is built from the DATA below, and its gold is written by hand from the same data (hand-set fields),
never from a program's output. DOCX/XLSX are byte-deterministic (fixed core-property dates and zip timestamps);
PDFs are exported with LibreOffice (``--no-pdf`` skips them).

    python corpora/real_layouts/blind3/make_blind3_layouts.py [--no-pdf]
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


# ---------------------------------------------------------------------------------------------------------------
# document model: a document is a list of blocks (paragraph text or a table with merged ranges)
# ---------------------------------------------------------------------------------------------------------------
@dataclass
class Table:
    rows: list            # list of rows; each row a list of cell texts, None where a merged range covers the cell
    merges: list = field(default_factory=list)   # (first_row, first_col, last_row, last_col), 0-based, inclusive

    @property
    def width(self) -> int:
        return max(len(r) for r in self.rows)


@dataclass
class Document:
    stem: str
    fmt: str              # "xlsx" or "docx"
    sheets: list          # [(sheet name, [blocks])]; a docx has one unnamed "sheet"
    gold: dict


def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None) -> dict:
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual, "weight": weight, "score": score}


def finding(rule, item, why) -> dict:
    return {"rule": rule, "item": item, "why": why}


def goal(kind, text) -> dict:
    return {"kind": kind, "text": text}


def budget(planned, actual, stated_rate, unit="万元", metric="预算执行率") -> dict:
    return {"metric": metric, "kind": "budget", "planned": planned, "actual": actual, "stated_rate": stated_rate,
            "unit": unit}


def total_of(kind, metric, total, parts, unit) -> dict:
    return {"metric": metric, "kind": kind, "planned": None, "actual": None, "stated_rate": None, "unit": unit,
            "total": total, "parts": parts}


def missing_dimension(level, why) -> dict:
    return finding("coverage.missing_dimension", level, why)


def gold(urls, province, kind, patterns, indicators, goals, facts, findings, notes) -> dict:
    return {"source_urls": urls, "province": province, "doc_kind": kind, "patterns": patterns,
            "indicators": indicators, "goals": goals, "facts": facts, "findings": findings, "notes": notes}


# ===============================================================================================================
# DATA
# ===============================================================================================================

# --- 1. 湖南 衡阳 南岳区: 2018年市级专项扶贫资金基础设施(人大代表扶贫基地) 绩效目标申报表 ---------------------------
NANYUE_URL = "http://www.nanyue.gov.cn/nyczj/czysgk/2018njyqnddbmyjs/xcj/nyqnyzzf/20200211/i951217.html"
NANYUE_GOAL = "带动水濂村接待观光游客不少于6万人，村集体收入达到6万元。"
NANYUE_ROWS = [  # (一级, 二级, 三级 as written, 指标值 as written)
    ("产出指标", "数量指标", "贫困地区旅游基础设施建设工程", ">=20平方米"),
    ("产出指标", "数量指标", "贫困地区旅游景点开发数量( ≥**个 )", ">=4个"),
    ("产出指标", "数量指标", "流转土地", ">=60亩"),
    ("产出指标", "质量指标", "*贫困地区旅游基础设施建设质量达标率100%", ">=98%"),
    ("产出指标", "时效指标", "贫困地区基础设施建设按期完成率(≥**%)", ">=95%"),
    ("产出指标", "成本指标", "流转土地补助标准", "<=475元/亩"),
    ("产出指标", "成本指标", "景观建设成本", "<=2875元/个"),
    ("产出指标", "成本指标", "贫困地区旅游基础设施建设工程建设成本", "<=3000元/平方米"),
    ("效益指标", "经济效益指标", "乡村旅游带动增加贫困村收入(≥**万元)", ">=6万元"),
    ("效益指标", "经济效益指标", "乡村旅游带动增加贫困人口收入(≥**万元)", ">=2.61万元"),
    ("效益指标", "社会效益指标", "贫困地区乡村旅游开发景点接待游客数量(≥**人)", ">=60000人"),
    ("效益指标", "社会效益指标", "受益建档立卡贫困人口数≥**人", ">=29人"),
    ("满意度指标", "服务对象满意度指标", "旅游行业经营主体满意度(≥**%)", ">=90%"),
    ("满意度指标", "服务对象满意度指标", "参与旅游扶贫项目贫困群众满意度(≥**%)", ">=90%"),
    ("满意度指标", "服务对象满意度指标", "旅游区居民满意度(≥**%)", ">=90%"),
    ("满意度指标", "服务对象满意度指标", "游客满意度(≥**%)", ">=90%"),
]


def nanyue_table() -> Table:
    rows = [
        ["项目名称", "2018年市级专项扶贫资金基础设施(人大代表扶贫基地)", None, "项目负责人及电话", "郭铁梅189****6863", None],
        ["主管部门", "南岳镇政府", None, "实施单位", "[610001]湖南省润山润水生态农业发展有限公司", None],
        ["资金情况(万元)", "年度资金总额:", None, "10", None, None],
        [None, "其中:财政拨款", None, "10", None, None],
        [None, "其他资金", None, "0", None, None],
        ["总体目标", "年度目标", None, None, "年度总体目标完成情况", None],
        [None, NANYUE_GOAL, None, None, "", None],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "备注"],
    ]
    merges = [(0, 1, 0, 2), (0, 4, 0, 5), (1, 1, 1, 2), (1, 4, 1, 5), (2, 0, 4, 0), (2, 1, 2, 2), (2, 3, 2, 5),
              (3, 1, 3, 2), (3, 3, 3, 5), (4, 1, 4, 2), (4, 3, 4, 5), (5, 0, 6, 0), (5, 1, 5, 3), (5, 4, 5, 5),
              (6, 1, 6, 3), (6, 4, 6, 5)]
    first = len(rows)
    rows += [[None, l1, l2, name, value, ""] for l1, l2, name, value in NANYUE_ROWS]
    merges.append((first - 1, 0, len(rows) - 1, 0))
    merges += label_runs(rows, first, 1) + label_runs(rows, first, 2)
    for office in ("财政部门支出股室初审意见", "财政部门绩效评价股审核意见", "区扶贫办审核意见"):
        r = len(rows)
        rows.append([office, None, "(盖章)", None, None, None])
        merges += [(r, 0, r, 1), (r, 2, r, 5)]
    return Table(rows, merges)


def label_runs(rows, first, col) -> list:
    """Write a level label once per run of equal labels (merged down), as the forms do; returns the merges."""
    merges, start = [], first
    for r in range(first, len(rows) + 1):
        if r == len(rows) or rows[r][col] != rows[start][col]:
            if r - 1 > start:
                merges.append((start, col, r - 1, col))
                for k in range(start + 1, r):
                    rows[k][col] = None
            start = r
    return merges


NANYUE = Document(
    "hn-nanyue-tourism-base-targets", "xlsx",
    [("绩效目标申报表", ["绩效目标申报表", nanyue_table()])],
    gold([NANYUE_URL], "湖南", "申报表", [1, 5, 6, 8], [
        ind("产出指标", "数量指标", "贫困地区旅游基础设施建设工程", ">=", 20, "平方米", ">=20平方米"),
        ind("产出指标", "数量指标", "贫困地区旅游景点开发数量( ≥**个 )", ">=", 4, "个", ">=4个"),
        ind("产出指标", "数量指标", "流转土地", ">=", 60, "亩", ">=60亩"),
        ind("产出指标", "质量指标", "*贫困地区旅游基础设施建设质量达标率", ">=", 98, "%", ">=98%"),
        ind("产出指标", "时效指标", "贫困地区基础设施建设按期完成率(≥**%)", ">=", 95, "%", ">=95%"),
        ind("产出指标", "成本指标", "流转土地补助标准", "<=", 475, "元/亩", "<=475元/亩"),
        ind("产出指标", "成本指标", "景观建设成本", "<=", 2875, "元/个", "<=2875元/个"),
        ind("产出指标", "成本指标", "贫困地区旅游基础设施建设工程建设成本", "<=", 3000, "元/平方米", "<=3000元/平方米"),
        ind("效益指标", "经济效益指标", "乡村旅游带动增加贫困村收入(≥**万元)", ">=", 6, "万元", ">=6万元"),
        ind("效益指标", "经济效益指标", "乡村旅游带动增加贫困人口收入(≥**万元)", ">=", 2.61, "万元", ">=2.61万元"),
        ind("效益指标", "社会效益指标", "贫困地区乡村旅游开发景点接待游客数量(≥**人)", ">=", 60000, "人", ">=60000人"),
        ind("效益指标", "社会效益指标", "受益建档立卡贫困人口数≥**人", ">=", 29, "人", ">=29人"),
        ind("满意度指标", "服务对象满意度指标", "旅游行业经营主体满意度(≥**%)", ">=", 90, "%", ">=90%"),
        ind("满意度指标", "服务对象满意度指标", "参与旅游扶贫项目贫困群众满意度(≥**%)", ">=", 90, "%", ">=90%"),
        ind("满意度指标", "服务对象满意度指标", "旅游区居民满意度(≥**%)", ">=", 90, "%", ">=90%"),
        ind("满意度指标", "服务对象满意度指标", "游客满意度(≥**%)", ">=", 90, "%", ">=90%"),
    ], [goal("年度目标", NANYUE_GOAL)],
        [total_of("sum", "年度资金总额", 10, [10, 0], "万元")],
        [],
        "Indicator names keep the template hints of the national list as the form wrote them ('( ≥**个 )', "
        "'(≥**%)', '≥**人'); the value cells are filled ('>=4个'), so no placeholder is expected. The quality row's "
        "name carries '100%' glued to it while its value cell says '>=98%': the gold name drops the glued '100%' and "
        "takes the value cell. The leading '*' marks a core indicator. 年度总体目标完成情况 is an empty column of a "
        "申报表. The three approval rows at the bottom are signature rows. The 绩效指标 label is merged down the "
        "header and all indicator rows. Phone number masked."),
)

# --- 2. 宁夏 吴忠 同心县下马关镇: 黄金蜜(葡萄)种植项目绩效目标设定的公示 (targets in prose) ----------------------------
TONGXIN_URL = "https://www.tongxin.gov.cn/zwgk/zfxxgkml/zdxm/zdxm_54945/202309/t20230919_4273316.html"
TONGXIN_GOAL = "特色产业产值增加80万元，带动脱贫户、监测户10户受益，使脱贫户、监测户增收80万元"
TONGXIN_BLOCKS = [
    "关于下马关镇设施农业黄金蜜(葡萄)种植项目绩效目标设定的公示",
    "依据同心县《关于下达2023年中央财政衔接推进乡村振兴资金预算指标的通知》(同财农(农)指标〔2023〕2-1号)，"
    "使用自治区财政厅提前下达的2023年第一批中央财政衔接推进乡村振兴补助资金(宁财(农)指标[2022]605号)50万元，"
    "实施同心县下马关镇设施农业黄金蜜(葡萄)种植项目，项目负责人金秀梧。建设内容为在10栋设施温棚内按每栋1760株"
    f"的标准种植黄金蜜(葡萄)。项目总体绩效目标：{TONGXIN_GOAL}。绩效目标设定如下：",
    "一、 产出指标",
    "数量指标：★补助各类瓜果蔬菜种植数量，黄金蜜(葡萄)种植数量(≥**株)>=17600株；种植作物成活率(≥**%)>=85；"
    "时效指标：完成及时率(≥**%)>=100%。成本指标：作物种植补助标准，黄金蜜(葡萄)补助成本(≤**元/株)≤28.40/株。",
    "二、 效益指标",
    "效益指标：经济效益指标：脱贫地区特色产业产值(≥**万元)≥80万元，促使脱贫户、监测户增加收入(≥**万元)≥80万元；"
    "社会效益目标：★★★受益脱贫户、监测户人口数(≥**户)≥10户。生态效益指标：生态修复功能提高。可持续影响指标，持续发展。",
    "三、 满意度指标",
    "服务对象满意度指标，受益脱贫户满意度(≥**%)≥95%。",
    "附件：下马关镇设施农业黄金蜜(葡萄)种植项目绩效目标设定表.xlsx",
    "同心县下马关镇人民政府",
    "2023年3月27日",
]
TONGXIN = Document(
    "nx-tongxin-grape-targets-notice", "docx", [("", TONGXIN_BLOCKS)],
    gold([TONGXIN_URL], "宁夏", "申报表", [6, 8, 10], [
        ind("产出指标", "数量指标", "黄金蜜(葡萄)种植数量", ">=", 17600, "株", ">=17600株"),
        ind("产出指标", "数量指标", "种植作物成活率", ">=", 85, None, ">=85"),
        ind("产出指标", "时效指标", "完成及时率", ">=", 100, "%", ">=100%"),
        ind("产出指标", "成本指标", "黄金蜜(葡萄)补助成本", "<=", 28.40, "/株", "≤28.40/株"),
        ind("效益指标", "经济效益指标", "脱贫地区特色产业产值", ">=", 80, "万元", "≥80万元"),
        ind("效益指标", "经济效益指标", "促使脱贫户、监测户增加收入", ">=", 80, "万元", "≥80万元"),
        ind("效益指标", "社会效益指标", "受益脱贫户、监测户人口数", ">=", 10, "户", "≥10户"),
        ind("效益指标", "生态效益指标", "生态修复功能", None, None, None, "提高"),
        ind("效益指标", "可持续影响指标", "持续发展", None, None, None, "持续发展"),
        ind("满意度指标", "服务对象满意度指标", "受益脱贫户满意度", ">=", 95, "%", "≥95%"),
    ], [goal("总体目标", TONGXIN_GOAL)], [],
        [finding("target.missing_unit", "种植作物成活率", "a survival rate written '>=85' with no %"),
         finding("target.vague_wording", "生态修复功能", "'提高' is a change verb with no number"),
         finding("target.vague_wording", "持续发展", "'持续发展' is a change phrase with no number or scale")],
        "A notice that states every target in running text, with the national template hints left in front of the "
        "values ('(≥**株)>=17600株'): the hints are not values, the number after them is. '★补助各类瓜果蔬菜种植数量' is "
        "the core-indicator title and 黄金蜜(葡萄)种植数量 the indicator it is measured by. 种植作物成活率 is listed under "
        "数量指标 in the text (gold keeps the level as written). The cost target '≤28.40/株' lacks 元 (unit kept as "
        "written, no scored finding expected). 社会效益目标 is the form's wording for 社会效益指标. The 可持续影响 entry "
        "gives only '持续发展'. The attached XLSX is not reproduced (the stored page has only its name)."),
)

# --- 3. 福建 泉州 安溪县: 2022年省级第七批水利专项资金 安排表 + 绩效目标表 (one value column per village) -------------
ANXI_URL = "http://fjax.gov.cn/zwgk/zdgkxx/sl/slgcjs/202403/t20240304_3010568.htm"
ANXI_PROJECTS = [("西坪镇", "尧山村排洪排水工程建设", 20), ("桃舟乡", "吾培村前村洋头水圳修复", 15),
                 ("芦田镇", "三洋村坝头溪河道治理", 20), ("蓬莱镇", "植洋村墩后角落溪流河堤修复", 10),
                 ("魁斗镇", "奇观村河道护岸修复", 10), ("龙涓乡", "长塔村水利设施修复", 10),
                 ("尚卿乡", "尤俊村堤岸修复", 15)]
ANXI_VILLAGES = ["西坪镇尧山村", "桃舟乡吾培村", "芦田镇三洋村", "蓬莱镇植洋村", "魁斗镇奇观村", "龙涓乡长塔村", "尚卿乡尤俊村"]
ANXI_GOAL = "完成7个小型水利工程的建设"


def anxi_allocation() -> Table:
    rows = [["序号", "乡镇名称", "项 目 名 称", "金额", "备注"]]
    rows += [[str(i), town, name, str(amount), ""] for i, (town, name, amount) in enumerate(ANXI_PROJECTS, 1)]
    rows.append(["合计", None, None, "100", ""])
    return Table(rows, [(len(rows) - 1, 0, len(rows) - 1, 2)])


def anxi_targets() -> Table:
    width = 5 + len(ANXI_VILLAGES)
    def pad(cells):
        return cells + [None] * (width - len(cells))

    rows = [
        pad(["项目名称", "省级第七批水利专项资金", None, None, None, "主管部门(单位)名称", None, "安溪县水利局"]),
        pad(["资金情况(万元)", "资金总额", "100", "其中:财政拨款", "100", "其他资金", ""]),
        pad(["总 体 目 标", ANXI_GOAL]),
        ["绩效 指标", "一级指标", "二级指标", "三级指标", "指 标 解 释"] + ANXI_VILLAGES,
        [None, "产出 指标", "数量指标", "开展小型水利工程建设(个)", "反映小型水利工程建设项目开展情况"] + ["1"] * 7,
    ]
    merges = [(0, 1, 0, 4), (0, 5, 0, 6), (0, 7, 0, width - 1), (1, 6, 1, width - 1), (2, 1, 2, width - 1),
              (3, 0, 4, 0)]
    return Table(rows, merges)


ANXI = Document(
    "fj-anxi-small-water-works-targets", "xlsx",
    [("附件1", ["附件1", "2022年省级第七批水利专项资金安排表", "单位：万元", anxi_allocation()]),
     ("附件2", ["附件2", "2022年省级第七批水利专项资金绩效目标表", anxi_targets()])],
    gold([ANXI_URL], "福建", "申报表", [5, 6, 9], [
        ind("产出指标", "数量指标", "开展小型水利工程建设(个)", None, 1, "个", "1"),
    ], [goal("总体目标", ANXI_GOAL)],
        [total_of("sum", "合计", 100, [a for _, _, a in ANXI_PROJECTS], "万元")],
        [missing_dimension("效益指标", "the table as built has only the 产出/数量 row"),
         missing_dimension("满意度指标", "the table as built has only the 产出/数量 row")],
        "One value column per village (7 columns after 指标解释), each 1: the target of each sub-unit, not seven "
        "indicators (gold holds one indicator, value 1 per village). The unit is written in the name '(个)'. The "
        "allocation sheet (附件1) is money rows, not indicators; its 合计 100 equals the seven amounts. The stored "
        "page text stops at the next row ('时效指标 截…'), so the document ends after the 数量指标 row and the coverage "
        "findings describe the document as built."),
)

# --- 4. 重庆 奉节县云雾土家族乡: 加工园配套设施建设项目支出绩效目标审批表 (101号 tree, 成本指标 first) -------------
FENGJIE_URL = ("http://cqfj.gov.cn/index/xz_168/ywtjzx/zwxx_61303/gsgg_107031/202402/"
               "t20240201_12892054.html")
FENGJIE_OVERVIEW = ("在加工园新建中药材晾晒房1座，占地300平方米，并做场坪整治与硬化：室外晒坝硬化420平方米，室内场坪1800平方米，"
                    "采用C25混凝土、厚15cm；新建厕所1个(长4.5米、宽3米，占地13.5平方米)，配套4.5立方米三格式化粪池。"
                    "经济效益：建成后带动当地20名群众务工，每人每年增收5000元；社会效益：推动当地中药材产业发展，受益总人口200人，"
                    "其中脱贫人口和监测对象41人；群众满意度达到95%以上。")
FENGJIE_GOAL = ("新建中药材晾晒房1座，占地300平方米；完成场坪整治与硬化，其中室外晒坝硬化420平方米、室内场坪1800平方米"
                "(C25混凝土，厚15cm)；新建厕所1个(长4.5米、宽3米，占地13.5平方米)，配套4.5立方米三格式化粪池。")


def fengjie_table() -> Table:
    rows = [
        ["项目名称", "2023年云雾土家族乡加工园配套设施建设项目", None, None, "项目分类", "资产资源类--房屋类", None],
        ["建设周期", "2023年4月-2024年2月", None, None, "业务主管部门", "县民宗委", None],
        ["实施单位", "云雾土家族乡", "项目负责人", "徐德迁", "联系电话", "134****9655", None],
        ["项目审批", "奉节县民族宗教事务委员会《关于下达2023年度少数民族发展资金项目计划的通知》(奉节民宗委发〔2022〕3号)",
         None, None, None, None, None],
        ["项目总体概况", FENGJIE_OVERVIEW, None, None, None, None, None],
        ["年度主要目标和成果", FENGJIE_GOAL, None, None, None, None, None],
        ["项目资金\n预算执行\n10分", "项目总预算", "65", "财政资金预算分类", "一般公共预算", None, None],
        [None, "当年年度预算", "65", "", None, None, None],
        [None, "其中:财政资金", "65", "财政资金科目代码", "21305", None, None],
        [None, "其中:其它资金", "0", "", None, None, None],
        [None, "年度预算执行率", "100%", "分值", "10分", None, None],
        ["年度绩效目标(90分)", "一级指标", "二级指标", "三级指标", "指标值", "分值", "指标解释"],
        [None, "成本指标(0-20)分", "经济成本指标", "项目建设成本", "≤65万元", "10", ""],
        [None, None, "社会成本指标", "", "", "", ""],
        [None, None, "生态环境成本指标", "", "", "", ""],
        [None, "产出指标\n(40-50)分", "数量指标", "", "", "", ""],
    ]
    merges = [(0, 1, 0, 3), (0, 5, 0, 6), (1, 1, 1, 3), (1, 5, 1, 6), (2, 5, 2, 6), (3, 1, 3, 6), (4, 1, 4, 6),
              (5, 1, 5, 6), (6, 0, 10, 0), (6, 4, 6, 6), (7, 3, 7, 6), (8, 4, 8, 6), (9, 3, 9, 6), (10, 4, 10, 6),
              (11, 0, 15, 0), (12, 1, 14, 1)]
    return Table(rows, merges)


FENGJIE = Document(
    "cq-fengjie-drying-house-targets", "docx",
    [("", ["2023年云雾土家族乡加工园配套设施建设项目支出绩效目标审批表", "(   2023年度)",
           "预算单位: 奉节县云雾土家族乡人民政府                    金额单位:万元", fengjie_table()])],
    gold([FENGJIE_URL], "重庆", "申报表", [1, 4, 5, 8, 10], [
        ind("成本指标", "经济成本指标", "项目建设成本", "<=", 65, "万元", "≤65万元", weight=10),
    ], [goal("年度目标", FENGJIE_GOAL)],
        [total_of("sum", "当年年度预算", 65, [65, 0], "万元")],
        [missing_dimension("产出指标", "no 产出 row has an indicator in the document as built (only the 数量指标 label)"),
         missing_dimension("效益指标", "no 效益 indicator in the document as built"),
         missing_dimension("满意度指标", "no 满意度 indicator in the document as built")],
        "101号 layout: 成本指标 is the first 一级 block (经济/社会/生态环境成本指标), each 一级 label carries its point range "
        "('成本指标(0-20)分'), a 分值 column and an 指标解释 column; the money block has its own 10 points. 社会成本指标 and "
        "生态环境成本指标 are empty rows under their labels (no indicators). The stored page text stops at '产出指标 "
        "(40-50)分 数量指' — the document ends with that empty 数量指标 row, so the coverage findings describe the "
        "document as built (no separate 数量 finding: the whole 产出 dimension is absent). 项目总体概况 is a description, "
        "not a goal; 年度主要目标和成果 is the goal. Phone number masked; sentences in our own words."),
)

# --- 5. 湖北 随州 广水市交通运输局: 2021年度乡村道路项目 绩效目标自评表 ----------------------------------------------
GUANGSHUI_URL = "https://pdf.wenkuvip.com/archives/bqg98jldqkx8g2xm7pe6.html"
GUANGSHUI_GOAL = "完成乡村道路建设养护里程300公里"


def guangshui_tables() -> list:
    info = Table([
        ["项目名称", "乡村道路建设养护项目", None, None, "项目主管单位", "广水市交通运输局", None, "自评总分：95", None],
        ["项目实施单位", "广水市交通运输局", None, None, "项目负责人", "孙章勇", None, "单位领导审签：", None],
        ["项目属性", "1、常年性  2、延续性□  3、一次性□  4、新增性□", None, None, None, None, None, None, None],
        ["项目资金", "来源", "中央(万元)", "省、地(万元)", "本级(万元)", "其他(万元)", "合计(万元)", "执行数(万元)", "执行率"],
        [None, "", "", "", "309", "", "309", "309", "100%"],
        ["项目年度目标", f"1.{GUANGSHUI_GOAL}；\n2.\n3.", None, None, None, None, None, None, None],
    ], [(0, 1, 0, 3), (0, 5, 0, 6), (0, 7, 0, 8), (1, 1, 1, 3), (1, 5, 1, 6), (1, 7, 1, 8), (2, 1, 2, 8),
        (3, 0, 4, 0), (5, 1, 5, 8)])
    scoring = Table([
        ["项目权重", "评价内容", "分值", "自评分", "复核分", "评价标准及依据"],
        ["项目决策2分", "决策依据", "2", "2", "", "有项目年度工作计划或有上级文件或审批报告计2分，没有不得分。"],
        ["项目管理13分", "财务制度", "3", "3", "", "1、单位财务管理制度1分；2、项目管理制度1分；3、有制度执行佐证资料1分。没有不得分。"],
        [None, "组织机构", "2", "2", "", "有明确的绩效管理机构或专人负责2分。没有不得分"],
        [None, "运行监管", "4", "4", "", "1、运行监管记录3分；2、填报《项目支出绩效监控表》1分。没有不得分。"],
        [None, "目标申报", "4", "4", "", "1、项目绩效目标全申报的1分，缺一项扣0.5分，扣完为止；2、绩效目标规范1分，不规范扣0.5分；"
                                       "3、按时申报绩效目标计2分，逾期扣1分。"],
    ], [(2, 0, 5, 0)])
    indicators = Table([
        ["", "一级指标", "二级指标", "指标名称(三级指标)", "年初指标值", "年终完成值", "自评分", "复核分", "评价标准"],
        ["项目绩效85分", "产出指标40分", "数量指标15分", "乡村道路建设养护里程", "300公里", "300公里", "15", "",
         "1、提供三级指标完成程度的佐证资料；2、三级指标分值按三级指标个数平均确定(15分÷三级指标个数)，四舍五入保留整数。"],
    ])
    return [info, scoring, "项目年度目标1：乡村道路建设养护项目", indicators]


GUANGSHUI = Document(
    "hb-guangshui-rural-road-selfeval", "docx",
    [("", ["广水市财政预算支出项目绩效目标自评表", "填报日期：2022年8月10日"] + guangshui_tables())],
    gold([GUANGSHUI_URL], "湖北", "自评表", [2, 4, 5, 8, 9, 10], [
        ind("产出指标", "数量指标", "乡村道路建设养护里程", None, 300, "公里", "300公里", actual=300, weight=15, score=15),
    ], [goal("年度目标", GUANGSHUI_GOAL)],
        [budget(309, 309, 100.0),
         total_of("score_total", "自评总分", 95, [2, 3, 2, 4, 4, 15], "分")],
        [missing_dimension("效益指标", "the indicator table as built has only the 产出/数量 row"),
         missing_dimension("满意度指标", "the indicator table as built has only the 产出/数量 row"),
         finding("consistency.score_total", "自评总分",
                 "the rows of the document as built score 2+3+2+4+4+15 = 30, 自评总分 states 95")],
        "A county form (not the 10号 template): a scoring block (项目决策/项目管理 with 分值/自评分/复核分/评价标准) comes "
        "before the indicator table; its rows score the evaluation and are not indicators. In the indicator table a "
        "first column (项目绩效85分) sits before 一级指标, and every level label carries its points (产出指标40分, "
        "数量指标15分). The page text does not show which source column holds 309; it is placed under 本级. 项目年度目标 "
        "keeps the empty template items '2.' and '3.'. The stored page text stops after the 数量 row (the 质量 rows "
        "农村公路建设/养护验收合格率 have no values in the text), so the document ends there and the coverage and score "
        "findings describe the document as built (自评总分 95 against the 30 points shown)."),
)

# --- 6. 北京 海淀区学院路街道: 2016年度 项目支出绩效自评表 (自管道路清扫保洁外包) --------------------------------------
HAIDIAN_URL = "https://www.wenku365.com/s-60761775.html"
HAIDIAN_GOAL = ("规范自管道路清扫保洁外包专项经费的使用，明确资金用途、实行科学管理，使资金在自管小区、小广告清理、三级以下道路、"
                "无主垃圾渣土清运和重大活动环境卫生保障中发挥作用，把自管道路保洁交由外包单位承担，更好地服务地区各项事业发展")
HAIDIAN_DONE = ("已按年初目标，通过公开招投标把辖区20条城市道路和4处居民生活区小广场的清扫保洁业务外包；项目实施后地区环境卫生"
                "和社区环境更加整洁，为创建全国文明城区和建设美丽学院路作出贡献")


def haidian_table() -> Table:
    rows = [
        ["项目名称", "【体制】自管道路清扫保洁外包工作经费", None, None, None, None, None, None, None, None],
        ["主管部门及代码", "北京市海淀区人民政府学院路街道办事处", None, None, None, "实施单位：",
         "北京市海淀区学院路街道城市运行服务中心", None, None, None],
        ["项目资金(万元)", "", None, "年初预算数(A)", "全年执行数(B)", "分值(10分)", "执行率(B/A)", "得分", "得分计算方法", None],
        [None, "年度资金总额:", None, "310.2", "154.74", "10", "50%", "5", "执行率*该指标分值，最高不得超过分值上限。", None],
        [None, "其中：本年一般公共预算拨款", None, "310.2", "154.74", "", "", "", None, None],
        [None, "其他资金", None, "", "", "", "", "", None, None],
        ["年度总体目标", HAIDIAN_GOAL, None, None, None, HAIDIAN_DONE, None, None, None, None],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "分值", "年度指标值(A)", "全年实际值(B)", "得分计算方法", "得分", "未完成原因分析"],
        [None, "产出指标(50分)", "数量指标", "是否完成绩效目标申报表中申报的数量", "12.5", "12.5", "12.5",
         "完成值达到指标值，记满分；未达到指标值，按B/A或A/B*该指标分值记分。", "12.5", ""],
    ]
    merges = [(0, 1, 0, 9), (1, 1, 1, 4), (1, 6, 1, 9), (2, 0, 5, 0), (2, 1, 2, 2), (2, 8, 2, 9), (3, 1, 3, 2),
              (3, 8, 5, 9), (4, 1, 4, 2), (5, 1, 5, 2), (6, 1, 6, 4), (6, 5, 6, 9), (7, 0, 8, 0)]
    return Table(rows, merges)


HAIDIAN = Document(
    "bj-haidian-road-cleaning-selfeval", "xlsx",
    [("自评表", ["项目支出绩效自评表", "(2016年度)", haidian_table()])],
    gold([HAIDIAN_URL], "北京", "自评表", [5, 8, 9, 10], [
        ind("产出指标", "数量指标", "是否完成绩效目标申报表中申报的数量", None, 12.5, None, "12.5",
            actual=12.5, weight=12.5, score=12.5),
    ], [goal("年度目标", HAIDIAN_GOAL)],
        [budget(310.2, 154.74, 50.0)],
        [finding("goal.process_only", HAIDIAN_GOAL[:15],
                 "lists management steps (规范使用, 明确用途, 科学管理, 外包) and no measurable output or effect"),
         finding("target.missing_unit", "是否完成绩效目标申报表中申报的数量",
                 "the target and actual are the bare number 12.5 (the row's points copied), no unit"),
         missing_dimension("效益指标", "the indicator table as built has only the 产出/数量 row"),
         missing_dimension("满意度指标", "the indicator table as built has only the 产出/数量 row")],
        "Money block with 分值/执行率/得分 and a 得分计算方法 column; 154.74/310.2 = 49.88% stated as 50% (whole "
        "percent, no consistency finding; 执行率 points 5 = 50% × 10). The only indicator row shown writes its points "
        "12.5 into 年度指标值(A) and 全年实际值(B) as well (reproduced). 年度总体目标 has the planned goal and the "
        "actual result side by side (the actual is not a goal). The stored page text stops at the next row "
        "('质量指标 是否达到国…'), so the document ends after the 数量 row; the coverage findings describe the "
        "document as built."),
)

# --- 7. 云南 红河州数据发展中心: 2024年度项目支出绩效单位自评报告 (opening, prose) --------------------------------------
HONGHE_URL = "https://www.hh.gov.cn/info/11481/1179592.htm"
HONGHE_BLOCKS = [
    "红河州数据发展中心2024年度项目支出绩效单位自评报告",
    "一、基本情况",
    "2024年，红河州数据发展中心(简称州数据发展中心)共实施项目15个，其中5个是2023年转列暂付性款项的项目。年初批复预算的"
    "项目有8个，金额985万元(包括1个年初结转结余项目50万元)；预算调整后项目预算为861.46万元。年中又增加项目8个(其中5个是"
    "2023年转列暂付性款项的项目)，实际到位资金334.67万元。",
    "(一)项目概况",
    "1.项目立项背景",
    "(1)“数说红河”展厅运维经费。展厅设在蒙自市红河文化广场红河展览馆一楼，总建筑面积约1000㎡，层高约4.3m，由序厅、"
    "民族团结进步示范州平台、农业资源大数据、数字小镇、云上红河等28个展区组成，配有174台拼接屏、30台主机工作站、4台工程级"
    "高清投影仪、18台网络数据通讯设备、25.29㎡的P1.5 LED显示屏及外设控制辅助设备和机房。经费用于维持各展陈模块正常运转，"
    "向政府和公众展示红河数字化建设的成果。",
    "(2)红河州一中心一平台六大库N应用经费。按照《数字中国整体布局规划》和《数字政府建设的指导意见》，各地要在2025年完成"
    "数字底座建设，加强数据汇聚融合、共享开放和开发利用，形成标准统一、布局合理、管理协同、安全可靠的一体化政务大数据体系。",
]
HONGHE = Document(
    "yn-honghe-data-centre-selfreport", "docx", [("", HONGHE_BLOCKS)],
    gold([HONGHE_URL], "云南", "自评报告", [10], [], [], [], [],
         "Opening of a self-evaluation report in prose: project counts and money (985万元, 50万元, 861.46万元, "
         "334.67万元) and equipment counts, none of them a target, a goal or an execution rate (到位资金 is not "
         "spending against the adjusted budget). The counts do not add up in the source (15 projects stated, 8 at the "
         "start plus 8 added during the year); counts are not a scored money sum, so no finding is expected. The "
         "policy sentence about 2025 describes a national requirement, not this unit's goal. The stored page text "
         "stops here; the report's later sections and tables are not reproduced. Sentences in our own words."),
)

# --- 8. 湖南 岳阳市城市管理监督指挥中心: 2018年度部门整体支出绩效评价自评报告 (cover + basic-facts table) -----------------
YUEYANG_URL = "http://www.yueyang.gov.cn/cgj/9886/9901/content_1560779.html"


def yueyang_table() -> Table:
    rows = [
        ["联系人", "吴俊", "联络电话", "869****"],
        ["人员编制", "21", "实有人数", "21"],
        ["职能职责概述", "承担全市数字化城市管理的监督、指挥、调度和协调，负责数字化城市管理系统市级平台的日常运行维护，收集、分析和"
                    "整理各类城市管理信息，考核考评数字城管各终端单位，受理数字化城市管理方面的投诉和举报，并对各县市区的数字化城市"
                    "管理工作进行业务指导。", None, None],
        ["年度主要\n工作内容", "1.完成数字化城市管理的监督、指挥、调度和协调工作。2.做好全市数字化城市管理系统市级平台的日常维护和管理。"
                       "3.收集、分析和整理各类城市管理信息。4.完成对数字城管各终端单位的考核考评。4.处理受理的数字化城市管理投诉、"
                       "举报等事项。5.对各县市区数字化城市管理工作进行业务指导。", None, None],
        ["年度部门(单位)总体运行情况及取得的成绩", "中心承担的数字城管二期建设项目是市新增长极建设项目，已在2018年通过验收并投入运行。"
                                    "按照国家卫生城市复查迎检标准按时报送资料，及时监督发现并指挥处置各类城市管理问题；对城市管理中的"
                                    "重大疑难问题，按要求主动与有关单位和部门沟通协调。", None, None],
    ]
    return Table(rows, [(2, 1, 2, 3), (3, 1, 3, 3), (4, 1, 4, 3)])


YUEYANG = Document(
    "hn-yueyang-citymgmt-dept-selfreport", "docx",
    [("", ["岳阳市2018年度部门整体支出", "绩效评价自评报告", "部门(单位)名称：岳阳市城市管理监督指挥中心",
           "预 算 编 码：906017", "评价方式：部门(单位)绩效自评", "评价机构：部门(单位)评价组", "报告日期：2019年06月18日",
           "岳阳市财政局(制)", "一、部门(单位)基本概况", yueyang_table()])],
    gold([YUEYANG_URL], "湖南", "自评报告", [7, 8, 10], [], [], [], [],
         "Cover page and the basic-facts table of a department-wide self-evaluation report: contact, staffing "
         "(编制 21, 实有 21), duties, the year's main work items and a summary of results. The work items are a "
         "numbered list of duties (the source numbers '4.' twice, reproduced), not stated goals; there is no indicator "
         "table in the part shown. The stored page text stops at '二、部门(单位'; the rest of the report and its score "
         "table are not reproduced. Phone number masked; sentences in our own words."),
)

# --- 9. 中央引导地方科技发展资金 区域绩效目标自评表 (blank 2022 template, unit-only value cells) -----------------------
KEJI_URL = "http://m.cornels-photography.com/paper/263603984.html"
KEJI_ROWS = ["支持自由探索类基础研究项目数量", "支持建设科技创新基地项目数量", "支持省部共建国家重点实验室项目数量",
             "支持国家临床医学研究中心项目数量"]


def keji_table() -> Table:
    rows = [
        ["专项名称", "□自由探索类基础研究 口科技创新基地建设 口科技成果转移转化 口区域创新体系建设", None, None, None, None, None],
        ["项目名称", "", None, None, None, None, None],
        ["归口管理部门", "", None, None, None, None, None],
        ["资金情况(万元)", "", None, "全年预算数(A)", "全年执行数(B)", "预算执行率(B/A)", None],
        [None, "年度资金总额:", None, "", "", "", None],
        [None, "其中：中央财政资金", None, "", "", "", None],
        [None, "地方资金", None, "", "", "", None],
        [None, "其他资金", None, "", "", "", None],
        ["总体目标完成情况", "总体目标", None, None, "全年实际完成情况", None, None],
        [None, "", None, None, "", None, None],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因和改进措施"],
    ]
    merges = [(0, 1, 0, 6), (1, 1, 1, 6), (2, 1, 2, 6)]
    merges += [(r, 1, r, 2) for r in range(3, 8)] + [(r, 5, r, 6) for r in range(3, 8)] + [(3, 0, 7, 0)]
    merges += [(8, 0, 9, 0), (8, 1, 8, 3), (8, 4, 8, 6), (9, 1, 9, 3), (9, 4, 9, 6)]
    first = len(rows)
    rows += [[None, "产出指标", "数量指标", name, "个", "个", ""] for name in KEJI_ROWS]
    merges += [(first - 1, 0, len(rows) - 1, 0)] + label_runs(rows, first, 1) + label_runs(rows, first, 2)
    return Table(rows, merges)


KEJI = Document(
    "cn-sci-tech-guide-fund-region-selfeval-template", "xlsx",
    [("区域绩效目标自评表", ["2022年度中央引导地方科技发展资金区域绩效目标自评表",
                          "填写日期：        项目承担单位：(盖章)        填写日期：", keji_table()])],
    gold([KEJI_URL], None, "自评表", [1, 5, 8], [
        ind("产出指标", "数量指标", name, None, None, "个", "个") for name in KEJI_ROWS
    ], [], [],
        [finding("target.missing_value", name, "the value cell holds only the unit '个'") for name in KEJI_ROWS]
        + [missing_dimension("效益指标", "the table as built has only 产出/数量 rows"),
           missing_dimension("满意度指标", "the table as built has only 产出/数量 rows")],
        "A blank national template as re-posted on a document site (no province): every value and actual cell "
        "holds only the unit '个'. The checkboxes mix '□' and the character '口' as in the source. The source text "
        "shows OCR debris in two header cells ('一级l.KX-', '全年实际完.IK/-4-'); the headers are written clean here. "
        "The stored page text stops inside the fifth 数量 row ('支持新型研发机构项目数('), so the document ends after "
        "four rows; the coverage findings describe the document as built."),
)

# --- 10. 湖南 衡阳市城市管理和综合执法局: 数字城管信息采集服务项目绩效评价报告 (opening, prose) -------------------------
HENGYANG_URL = ("https://www.hengyang.gov.cn/czj/ztxx/czysjsgk/cxzyhyjsgk/gzdt/20211026/i2520549.html")
HENGYANG_BLOCKS = [
    "衡阳市城市管理和综合执法局",
    "数字城管信息采集服务项目",
    "绩效评价报告",
    "为加强财政资金管理、提高资金使用效益，依据《中共中央国务院关于全面实施预算绩效管理的意见》(中发〔2018〕34号)、"
    "《项目支出绩效评价管理办法》(财预〔2020〕10号)、《中共湖南省委办公厅湖南省人民政府办公厅关于全面实施预算绩效管理的实施意见》"
    "(湘办发〔2019〕10号)、《湖南省预算支出绩效评价管理办法》(湘财绩〔2020〕7号)和《衡阳市财政局关于做好2020年市级预算资金"
    "财政重点绩效评价工作的通知》(衡财绩〔2021〕108号)等要求，衡阳市财政局委托大华会计师事务所(特殊普通合伙)湖南分所，"
    "对衡阳市城市管理和综合执法局(简称市城管执法局)的数字城管信息采集项目进行了绩效评价，报告如下：",
    "一、项目支出基本情况",
    "(一)项目支出概况",
    "1.项目支出决策背景。中共中央国务院和住房城乡建设部、省委省政府都明确要求建设数字城管。中发〔2015〕37号、湘发〔2016〕30号"
    "以及住房城乡建设部建督〔2017〕93号等文件都把建设数字城管列为城市执法体制改革的重点任务。2018年湖南省住房和城乡建设厅"
    "印发《全省数字化城市管理平台建设工作方案》(湘建〔2018〕112号)，提倡按管理区域范围、人口密度、管理对象数量和难易程度，"
    "采用政府购买服务的方式开展信息采集。",
]
HENGYANG = Document(
    "hn-hengyang-digital-citymgmt-eval-report", "docx", [("", HENGYANG_BLOCKS)],
    gold([HENGYANG_URL], "湖南", "评价报告", [10], [], [], [], [],
         "Opening of an evaluation report commissioned from an accounting firm: many document numbers and years "
         "(〔2018〕34号, 2020年, 112号), none of them a target, an amount or a score. The stored page text stops in "
         "the decision background; the report's later sections (money, indicators, score, grade) are not reproduced. "
         "Sentences in our own words."),
)


# --- 11. 宁夏 吴忠 同心县下马关镇: 上垣、下垣村人居环境综合整治示范村项目资金绩效目标设定的公示 (prose) ---------------
SHANGYUAN_URL = "https://tongxin.gov.cn/zwgk/zfxxgkml/zdxm/zdxm_54945/202212/t20221215_3889848.html"
SHANGYUAN_GOAL = "通过项目实施，切实改善人居环境质量，让村容村貌焕然一新、群众生活更加便利，形成人居环境全面提升的良好局面"
SHANGYUAN_BLOCKS = [
    "关于解决同心县2022年下马关镇上垣、下垣村乡村振兴人居环境综合整治示范村项目资金绩效目标设定的公示",
    "依据同心县人民政府办公室《同心县2022年巩固拓展脱贫攻坚成果同乡村振兴有效衔接实施方案》(同政办发〔2022〕12号)，"
    "使用自治区财政厅提前下达的2022年中央财政衔接推进乡村振兴资金(宁财(农)指标[2021]558号)，实施同心县2022年下马关镇"
    "上垣、下垣村乡村振兴人居环境综合整治示范村项目，资金总额500万元，项目负责人金秀梧，属脱贫攻坚非到户统筹整合项目。",
    "建设内容：商业段外立面平屋面檐口改为假坡并粘接屋面瓦，拆除182.2㎡，新做假坡屋面297.94㎡；商业段外立面瓷砖墙身重新喷涂"
    "铁锈红真石漆520.75㎡，砖墙墙身重新喷涂2021.26㎡，门窗刷漆525.22㎡；拆除农宅段原有土围墙，新砌砖围墙并喷涂真石漆310.8㎡"
    "(砌筑高度1.8m)；商业段原有砖围墙只喷涂真石漆，粉刷312.45㎡；农宅东西段外墙重新粉刷6169.2㎡；同红公路商业段两侧人行道"
    "铺装1455㎡，面包砖铺装1164㎡，混凝土道牙花池1244m，农宅道路硬化300㎡；农宅段道路两侧绿化，休闲步道铺装3571.2㎡，"
    "木质廊架17.6m，景石1座，小石桥5座。",
    f"总体绩效目标：{SHANGYUAN_GOAL}。现将绩效目标设定公示如下：",
    "一、产出指标",
    "数量指标：商业段外立面改造(≥**平方米)大于等于10157.6平方米，环",
]
SHANGYUAN = Document(
    "nx-tongxin-village-environment-targets-notice", "docx", [("", SHANGYUAN_BLOCKS)],
    gold([SHANGYUAN_URL], "宁夏", "申报表", [6, 8, 10], [
        ind("产出指标", "数量指标", "商业段外立面改造", ">=", 10157.6, "平方米", "大于等于10157.6平方米"),
    ], [goal("总体目标", SHANGYUAN_GOAL)], [],
        [finding("goal.unquantified", SHANGYUAN_GOAL[:15], "names effects (人居环境, 村容村貌) with no number, rate or date"),
         missing_dimension("效益指标", "the document as built stops after the first 数量 target"),
         missing_dimension("满意度指标", "the document as built stops after the first 数量 target")],
        "A notice in prose: the construction content is a long list of quantities (㎡, m, 座) that are work items, not "
        "targets; the only target stated before the stored text stops is written with the word operator '大于等于' after "
        "the template hint '(≥**平方米)'. The text breaks off mid-word ('环'), reproduced as found, so the coverage "
        "findings describe the document as built. Sentences in our own words with the same numbers."),
)

DOCUMENTS = [NANYUE, TONGXIN, ANXI, FENGJIE, GUANGSHUI, HAIDIAN, HONGHE, YUEYANG, KEJI, HENGYANG, SHANGYUAN]


# ===============================================================================================================
# writers
# ===============================================================================================================
def write_xlsx(doc: Document, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin")
    wb = Workbook()
    wb.remove(wb.active)
    for name, blocks in doc.sheets:
        ws = wb.create_sheet(name)
        width = max((b.width for b in blocks if isinstance(b, Table)), default=1)
        row = 1
        for block in blocks:
            if isinstance(block, str):
                ws.cell(row, 1, block)
                ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
                row += 1
                continue
            for r, cells in enumerate(block.rows):
                for c, text in enumerate(cells):
                    cell = ws.cell(row + r, c + 1)
                    cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
                    cell.alignment = Alignment(wrap_text=True, vertical="center")
                    if text is not None:
                        cell.value = text
            for r1, c1, r2, c2 in block.merges:
                ws.merge_cells(start_row=row + r1, start_column=c1 + 1, end_row=row + r2, end_column=c2 + 1)
            for r, lines in enumerate(row_lines(block)):
                ws.row_dimensions[row + r].height = 15 * lines
            row += len(block.rows)
        for c in range(1, width + 1):
            ws.column_dimensions[get_column_letter(c)].width = COLUMN_WIDTH
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(normalise_zip(buf.getvalue()))


COLUMN_WIDTH = 16   # characters; a CJK character takes two


def row_lines(table: Table) -> list:
    """Text lines each table row needs at COLUMN_WIDTH, so that LibreOffice shows wrapped cells whole in the PDF."""
    span = {(r1, c1): (r2 - r1 + 1, c2 - c1 + 1) for r1, c1, r2, c2 in table.merges}
    needed = []
    for r, cells in enumerate(table.rows):
        lines = 1
        for c, text in enumerate(cells):
            height, width = span.get((r, c), (1, 1))
            if not text or height > 1:
                continue
            per_line = COLUMN_WIDTH * width - 1
            for part in text.split("\n"):
                size = sum(2 if ord(ch) > 0x2E7F else 1 for ch in part)
                lines_here = max(1, -(-size // per_line))
                lines = max(lines, lines_here + text.count("\n"))
        needed.append(lines)
    return needed


def write_docx(doc: Document, path: Path) -> None:
    from docx import Document as DocxDocument
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    out = DocxDocument()
    section = out.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(1.5)
    for _, blocks in doc.sheets:
        for block in blocks:
            if isinstance(block, str):
                out.add_paragraph(block)
                continue
            table = out.add_table(rows=len(block.rows), cols=block.width)
            table.style = "Table Grid"
            for r1, c1, r2, c2 in block.merges:
                table.cell(r1, c1).merge(table.cell(r2, c2))
            for r, cells in enumerate(block.rows):
                for c, text in enumerate(cells):
                    if text is not None:
                        table.cell(r, c).text = text
    out.core_properties.author = "jixiao blind3"
    out.core_properties.last_modified_by = "jixiao blind3"
    out.core_properties.created = FIXED_TIME
    out.core_properties.modified = FIXED_TIME
    buf = io.BytesIO()
    out.save(buf)
    path.write_bytes(normalise_zip(buf.getvalue()))


def normalise_zip(data: bytes) -> bytes:
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
                        "--outdir", str(path.parent), str(path)], check=True, capture_output=True, timeout=300)
    pdf = path.with_suffix(".pdf")
    if not pdf.exists():
        raise SystemExit(f"LibreOffice made no PDF for {path.name}")
    return pdf


def write_gold(doc: Document, source: str) -> None:
    ANNOTATIONS.mkdir(exist_ok=True)
    body = {"source": source, **doc.gold}
    (ANNOTATIONS / f"{source}.json").write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true", help="write DOCX/XLSX and gold only")
    args = ap.parse_args(argv)
    for doc in DOCUMENTS:
        path = HERE / f"{doc.stem}.{doc.fmt}"
        (write_xlsx if doc.fmt == "xlsx" else write_docx)(doc, path)
        write_gold(doc, path.name)
        made = [path.name]
        if not args.no_pdf:
            write_gold(doc, to_pdf(path).name)
            made.append(path.with_suffix(".pdf").name)
        g = doc.gold
        print(f"{', '.join(made)}: {len(g['indicators'])} indicators, {len(g['goals'])} goals, "
              f"{len(g['facts'])} facts, {len(g['findings'])} findings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
