"""Write the blind6 part of the real-layout corpus (documents + gold), deterministic.

Each document reproduces the table layout and the facts of one public form (see SOURCES.md); longer sentences
(goals, narrative) are written in our own words with the same meaning and numbers. Written without reading the
toolkit's code, tests or benches; the gold below was set by hand from the same data the documents are built from.

    python corpora/real_layouts/blind6/make_blind6_layouts.py [--no-pdf]

Layout data: every table is a list of rows as the form has them. Two markers describe merged cells:
``L`` = this cell belongs to the merged cell on its left, ``U`` = to the merged cell above. Indicator rows are
(cells, gold) pairs: ``gold`` is the hand-set annotation of that row, ``None`` for template / empty rows.
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
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ANNOTATIONS = HERE / "annotations"
FIXED_TIME = dt.datetime(2025, 3, 1, 9, 0, 0)

L = object()  # merged with the cell on the left
U = object()  # merged with the cell above


# ---------------------------------------------------------------------------------------------------------------
# gold helpers (hand-set fields)
# ---------------------------------------------------------------------------------------------------------------
def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None) -> dict:
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual, "weight": weight, "score": score}


def goal(kind, text) -> dict:
    return {"kind": kind, "text": text}


def budget(metric, planned, actual, stated_rate, unit="万元") -> dict:
    return {"metric": metric, "kind": "budget", "planned": planned, "actual": actual, "stated_rate": stated_rate,
            "unit": unit}


def sum_fact(metric, total, parts, unit="万元") -> dict:
    return {"metric": metric, "kind": "sum", "total": total, "parts": parts, "unit": unit}


def score_total(metric, total, parts) -> dict:
    return {"metric": metric, "kind": "score_total", "total": total, "parts": parts}


def finding(rule, item, why) -> dict:
    return {"rule": rule, "item": item, "why": why}


# ---------------------------------------------------------------------------------------------------------------
# document model
# ---------------------------------------------------------------------------------------------------------------
@dataclass
class Table:
    rows: list                 # list of rows (lists of str | L | U)
    widths: list               # column widths (cm for DOCX, characters for XLSX)
    header_rows: tuple = ()    # rows repeated on each page (DOCX) / print titles (XLSX)


@dataclass
class Doc:
    file: str
    province: str
    doc_kind: str
    patterns: list
    urls: list
    blocks: list               # ("title", text) | ("p", text) | ("table", Table)
    ind_rows: list             # gold of the indicator rows, in document order
    goals: list
    facts: list
    findings: list
    notes: str
    sheet: str = "Sheet1"
    landscape: bool = True


def indicator_rows(rows):
    """Split (cells, gold) pairs into the table rows and the gold list (template rows have gold None)."""
    return [cells for cells, _ in rows], [g for _, g in rows if g is not None]


# ===============================================================================================================
# 1. 四川 广元 昭化区 — 麻风病防治 项目支出绩效目标申报表 (2021)
# ===============================================================================================================
ZH_GOAL = ("围绕“世界麻风病日”和“中国麻风节”开展宣传活动；春节前走访两所敬老院，看望慰问院内休养员、"
           "村外康复者和现症患者，慰问做到全覆盖。")
ZH_P, ZH_B, ZH_S = "产出指标", "效益指标", "满意度指标"
ZH_IND = [
    ([U, "项目完成指标", "数量指标", "每年春节慰问麻风村休养员、村外康复者和现症病人", "32人"],
     ind(ZH_P, "数量指标", "每年春节慰问麻风村休养员、村外康复者和现症病人", None, 32, "人", "32人")),
    ([U, U, U, "宣传教育", "覆盖全区所有人员"],
     ind(ZH_P, "数量指标", "宣传教育", None, None, None, "覆盖全区所有人员")),
    ([U, U, "质量指标", "麻风村休养员、村外康复者和现症病人生活得到改善", "100%"],
     ind(ZH_P, "质量指标", "麻风村休养员、村外康复者和现症病人生活得到改善", None, 100, "%", "100%")),
    ([U, U, U, "广大群众对病风病防治知识知晓率显著提升", "100%"],
     ind(ZH_P, "质量指标", "广大群众对病风病防治知识知晓率显著提升", None, 100, "%", "100%")),
    ([U, U, "时效指标", "项目实施时间", "2021年1月-12月"],
     ind(ZH_P, "时效指标", "项目实施时间", None, None, None, "2021年1月-12月")),
    ([U, U, U, "资金拨付到位情况", "12月底前100%到位"],
     ind(ZH_P, "时效指标", "资金拨付到位情况", None, 100, "%", "12月底前100%到位")),
    ([U, U, "成本指标", "严控成本,严格按照项目资金落实各项工作,不扩大,不增债", "严格按照指标任务落实工作"],
     ind(ZH_P, "成本指标", "严控成本,严格按照项目资金落实各项工作,不扩大,不增债", None, None, None,
         "严格按照指标任务落实工作")),
    ([U, "项目效益指标", "社会效益指标", "政府对麻风村休养员、村外康复者和现症病人的关爱", "明显增加"],
     ind(ZH_B, "社会效益指标", "政府对麻风村休养员、村外康复者和现症病人的关爱", None, None, None, "明显增加")),
    ([U, U, U, "广大群众对病风病防治意识", "明显增强"],
     ind(ZH_B, "社会效益指标", "广大群众对病风病防治意识", None, None, None, "明显增强")),
    ([U, U, "可持续影响指标", "项目实施情况", "良好"],
     ind(ZH_B, "可持续影响指标", "项目实施情况", None, None, None, "良好")),
    ([U, U, U, "服务能力提升", "持续加强"],
     ind(ZH_B, "可持续影响指标", "服务能力提升", None, None, None, "持续加强")),
    ([U, "满意度指标", "满意度指标", "群众幸福感", "明显提升"],
     ind(ZH_S, "服务对象满意度指标", "群众幸福感", None, None, None, "明显提升")),
]
_zh_rows, _zh_gold = indicator_rows(ZH_IND)
ZHAOHUA = Doc(
    file="sc-zhaohua-leprosy-targets.docx", province="四川 (广元 昭化区)", doc_kind="申报表",
    patterns=[1, 5, 6, 10], urls=["http://zhmail.cnzh.gov.cn/News/Detail/20220301121655505.html"],
    blocks=[
        ("title", "项目支出绩效目标申报表"),
        ("p", "（2021年度）"),
        ("table", Table(rows=[
            ["项目名称", "麻风病防治", L, L, L],
            ["预算单位", "区疾控中心", L, L, L],
            ["项目资金(万元)", "年度资金总额", L, L, "金额(万元)"],
            [U, "(一)财政拨款小计", L, L, "4.00"],
            [U, "1、一般公共预算", L, L, "4.00"],
            [U, "2、政府性基金", L, L, "0.00"],
            [U, "3、国有资本经营预算", L, L, "0.00"],
            [U, "(二)自有资金小计", L, L, "0.00"],
            [U, "1、事业收入", L, L, "0.00"],
            [U, "2、经营性收入", L, L, "0.00"],
            [U, "(三)其他收入", L, L, "0.00"],
            ["总体目标", "年度目标", ZH_GOAL, L, L],
            ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值(包含数字及文字描述)"],
        ] + _zh_rows, widths=[2.2, 2.6, 2.8, 7.5, 4.4])),
    ],
    ind_rows=_zh_gold,
    goals=[goal("年度目标", ZH_GOAL)],
    facts=[sum_fact("财政拨款小计", 4.0, [4.0, 0.0, 0.0])],
    findings=[
        finding("target.qualitative_no_scale", "严控成本,严格按照项目资金落实各项工作,不扩大,不增债",
                "成本 row valued by a compliance phrase (严格按照指标任务落实工作), no amount or scale"),
        finding("target.vague_wording", "政府对麻风村休养员、村外康复者和现症病人的关爱",
                "change phrase 明显增加 with no number"),
        finding("target.vague_wording", "广大群众对病风病防治意识", "change phrase 明显增强 with no number"),
        finding("target.qualitative_no_scale", "项目实施情况", "bare level 良好 with no grading scale"),
        finding("target.vague_wording", "服务能力提升", "change phrase 持续加强 with no number"),
        finding("target.vague_wording", "群众幸福感", "change phrase 明显提升 with no number"),
    ],
    notes=("Annual target form of the 昭化区 CDC, one table. The 一级 labels are 项目完成指标 / 项目效益指标 (read as "
           "产出/效益); the satisfaction row repeats 满意度指标 in the 二级 column. 指标值 mixes counts (32人), "
           "percentages, a period (2021年1月-12月), a deadline with a rate (12月底前100%到位) and words. "
           "'宣传教育 │ 覆盖全区所有人员' is judged a coverage statement (all residents) and not flagged; "
           "the two 100% rows whose names hold 改善/显著提升 are backed by a value. The goal names the activities "
           "and a measured result (慰问全覆盖), so no goal finding. Typos of the source kept (病风病)."),
)

# ===============================================================================================================
# 2. 甘肃 嘉峪关 — 博物馆纪念馆市级免费开放补助资金 省级部门预算项目支出绩效目标表 (2023)
# ===============================================================================================================
JY_GOAL = "进一步提高博物馆纪念馆运行效率和免费开放服务水平"
JY_IND = [
    (["产出指标", "数量指标", "免费开放天数", "=300天"],
     ind("产出指标", "数量指标", "免费开放天数", "=", 300, "天", "=300天")),
    ([U, "质量指标", "博物馆绩效考核指标完成率", "=100百分比"],
     ind("产出指标", "质量指标", "博物馆绩效考核指标完成率", "=", 100, "百分比", "=100百分比")),
    ([U, "时效指标", "各项工作完成及时率%", "=99百分比"],
     ind("产出指标", "时效指标", "各项工作完成及时率%", "=", 99, "百分比", "=99百分比")),
    (["成本指标", "经济成本指标", "资金使用效率", "=100百分比"],
     ind("成本指标", "经济成本指标", "资金使用效率", "=", 100, "百分比", "=100百分比")),
    ([U, "社会成本指标", "对当地文物保护、文化传承影响", "长远"],
     ind("成本指标", "社会成本指标", "对当地文物保护、文化传承影响", None, None, None, "长远")),
    ([U, "生态环境成本指标", "提升博物馆绿化水平", "提升"],
     ind("成本指标", "生态环境成本指标", "提升博物馆绿化水平", None, None, None, "提升")),
    (["效益指标", "经济效益指标", "为当地提供就业岗位", "增加岗位"],
     ind("效益指标", "经济效益指标", "为当地提供就业岗位", None, None, None, "增加岗位")),
    ([U, "社会效益指标", "免费开放接待观众人数", "=30000人次"],
     ind("效益指标", "社会效益指标", "免费开放接待观众人数", "=", 30000, "人次", "=30000人次")),
    ([U, "生态效益指标", "历史文化传承环保意识时限", "长远"],
     ind("效益指标", "生态效益指标", "历史文化传承环保意识时限", None, None, None, "长远")),
    (["满意度指标", "服务对象满意度", "服务对象满意度%", "=99百分比"],
     ind("满意度指标", "服务对象满意度指标", "服务对象满意度%", "=", 99, "百分比", "=99百分比")),
]
_jy_rows, _jy_gold = indicator_rows(JY_IND)
JIAYUGUAN = Doc(
    file="gs-jiayuguan-museum-targets.xlsx", province="甘肃 (嘉峪关)", doc_kind="申报表",
    patterns=[5, 6, 10], urls=["http://bigxun.com/view/1667741699571552258"], sheet="绩效目标表",
    blocks=[("table", Table(rows=[
        ["省级部门预算项目支出绩效目标表", L, L, L],
        ["（2023年度）", L, L, L],
        ["一级项目名称", "文化事业发展专项资金", "二级项目名称", "博物馆纪念馆市级免费开放补助资金"],
        ["项目类型", "新增项目", "项目分类", "专项工作经费"],
        ["资金用途", "业务类项目", "主管部门", "嘉峪关市文化和旅游局"],
        ["项目开始日期", "2023-01-01", "项目完成日期", "2023-12-31"],
        ["项目总投资", "20万元", "中央补助安排", "0"],
        ["省级财政安排", "0", "其他资金", "20万元"],
        ["预算申报数", "20万元", "资金性质", "一般公共预算"],
        ["基本情况", "保障博物馆正常运转", L, L],
        ["项目立项必要性", "保障各项业务正常运行", L, L],
        ["保证项目实施的制度措施", "博物馆绩效考核", L, L],
        ["项目实施计划", "", L, L],
        ["组织实施单位", "甘肃省文物局", "监督管理单位", "嘉峪关文旅局"],
        ["项目实施单位", "嘉峪关城市博物馆", "政策依据", "甘财科[2022]78号"],
        ["其他依据", "", "需要说明的其他问题", ""],
        ["年度绩效目标", JY_GOAL, L, L],
        ["一级指标", "二级指标", "三级指标", "指标目标值"],
    ] + _jy_rows, widths=[22, 24, 34, 34]))],
    ind_rows=_jy_gold,
    goals=[goal("年度目标", JY_GOAL)],
    facts=[sum_fact("项目总投资", 20.0, [0.0, 0.0, 20.0])],
    findings=[
        finding("goal.unquantified", JY_GOAL[:15], "进一步提高… with no number, rate or deadline"),
        finding("target.qualitative_no_scale", "对当地文物保护、文化传承影响", "bare judgement 长远, no scale"),
        finding("target.vague_wording", "提升博物馆绿化水平", "value is the change verb 提升 alone"),
        finding("target.vague_wording", "为当地提供就业岗位", "增加岗位: change phrase with no number"),
        finding("target.qualitative_no_scale", "历史文化传承环保意识时限", "bare judgement 长远, no scale"),
    ],
    notes=("First form of a two-form PDF preview (the second form, 博物馆提升改造项目 174.78万元, is cut on the page and "
           "left out). 101号 tree: 成本指标 is a 一级 with 经济/社会/生态环境成本指标 under it. Targets are written "
           "operator+number+unit in one cell, with the percent written as the word 百分比 (=100百分比); the OCR of the "
           "page read one '=' as '二' and it is restored. Two names carry a trailing % (各项工作完成及时率%, "
           "服务对象满意度%), kept. The satisfaction 二级 reads 服务对象满意度 (no 指标)."),
)

# ===============================================================================================================
# 3. 湖北 武汉 新洲区 — 演出设备更新专项经费 项目支出绩效自评表 (2020)
# ===============================================================================================================
XZ_GOAL = "对剧团已经老化、损坏的音响、灯光、道具和服装等设备进行更新，同时添置新剧目演出必需的设备。"
_E = ["", "", "", "", ""]
XZ_IND = [
    ([U, "产出指标", "数量指标", "更新剧团老化、损坏的音响", "50件", "50件", "20", "20", ""],
     ind("产出指标", "数量指标", "更新剧团老化、损坏的音响", None, 50, "件", "50件", 50, 20, 20)),
    ([U, U, U, "添置新剧目必需道具", "100件", "100件", "20", "20", ""],
     ind("产出指标", "数量指标", "添置新剧目必需道具", None, 100, "件", "100件", 100, 20, 20)),
    ([U, U, "质量指标", "音响、灯光、道具、服装质量等", "合格", "合格", "20", "20", ""],
     ind("产出指标", "质量指标", "音响、灯光、道具、服装质量等", None, None, None, "合格", None, 20, 20)),
    ([U, U, U, "指标2："] + _E, None),
    ([U, U, "时效指标", "指标1："] + _E, None),
    ([U, U, U, "指标2："] + _E, None),
    ([U, U, "成本指标", "演出设备成本", "2万元", "2万元", "20", "18", ""],
     ind("产出指标", "成本指标", "演出设备成本", None, 2, "万元", "2万元", 2, 20, 18)),
    ([U, U, U, "指标2："] + _E, None),
    ([U, "效益指标", "经济效益指标", "指标1："] + _E, None),
    ([U, U, U, "指标2："] + _E, None),
    ([U, U, "社会效益指标", "指标1："] + _E, None),
    ([U, U, U, "指标2："] + _E, None),
    ([U, U, U, "指标2："] + _E, None),
    ([U, "满意度指标", "服务对象满意度指标", "演出人员满意度", "100%", "100%", "20", "20", ""],
     ind("满意度指标", "服务对象满意度指标", "演出人员满意度", None, 100, "%", "100%", 100, 20, 20)),
    ([U, U, U, "指标2："] + _E, None),
]
_xz_rows, _xz_gold = indicator_rows(XZ_IND)
XINZHOU = Doc(
    file="hb-xinzhou-opera-selfeval.docx", province="湖北 (武汉 新洲区)", doc_kind="自评表",
    patterns=[1, 2, 6, 8, 9, 10], urls=["https://m.taowenge.com/p-96795578.html"],
    blocks=[
        ("title", "项目支出绩效自评表"),
        ("p", "（2020年度）"),
        ("table", Table(rows=[
            ["项目名称", "演出设备更新专项经费", L, L, L, L, L, L, L],
            ["主管部门", "新洲区楚剧团", L, L, "实施单位", "新洲区文化和旅游局机关", L, L, L],
            ["项目资金\n（万元）", "", L, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            [U, "年度资金总额", L, "30", "30", "", "10", "100%", ""],
            [U, "其中：当年财政拨款", L, "30", "30", "30", "", "100%", ""],
            [U, "上年结转资金", L, "", "", "", "", "", ""],
            [U, "其他资金", L, "", "", "", "", "", ""],
            ["年度总体目标", "预期目标", L, L, L, "实际完成情况", L, L, L],
            [U, XZ_GOAL, L, L, L, "已完成", L, L, L],
            ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
             "偏差原因分析及改进措施"],
        ] + _xz_rows + [
            ["总分", L, L, L, L, L, "100", "98", ""],
        ], widths=[1.6, 2.0, 2.4, 5.0, 2.2, 2.2, 1.4, 1.4, 4.0])),
    ],
    ind_rows=_xz_gold,
    goals=[goal("年度目标", XZ_GOAL)],
    facts=[budget("预算执行率", 30.0, None, 100.0), budget("当年财政拨款", 30.0, 30.0, 100.0),
           score_total("总分", 98.0, [20.0, 20.0, 20.0, 18.0, 20.0])],
    findings=[
        finding("goal.unquantified", XZ_GOAL[:15], "names the equipment to renew and add, but no quantity or date"),
        finding("consistency.score_total", "总分",
                "分值 of the indicators add up to 100 and the 执行率 block adds 10: 110, the 总分 row states 100"),
    ],
    notes=("First form of a multi-project file (the next form, 中青年演员培训经费, is left out). One big table: money "
           "block, goal, then the indicator header with an outer 绩效指标 column. Template rows 指标1：/指标2： are "
           "left empty: no 时效 indicator, and the 经济/社会效益 rows are templates only, so the form has no 效益 "
           "indicator at all (coverage.missing_dimension 效益指标). The 年度资金总额 row has no 全年执行数 and no "
           "执行率 得分 on the page; the 当年财政拨款 row has 30/30/30. The second 数量 name is OCR-garbled on the "
           "page (望新点胸艮必具) and is reconstructed as 添置新剧目必需道具; a fragment '件/件' before the 成本 "
           "value is dropped. The 成本 row met its target (2万元) but scored 18 of 20 without a reason (not a scored "
           "rule). Row scores 20+20+20+18+20 = 98 = 总分; the 分值 column (100 for the indicators + 10 for 执行率) "
           "does not fit the stated 100. 质量 '合格' is a pass/fail result, not flagged."),
)
XINZHOU.findings.append(finding("coverage.missing_dimension", "效益指标",
                                "every 效益 row is an empty template row (指标1：/指标2：); no 效益 indicator"))

# ===============================================================================================================
# 4. 湖北 咸宁 湖北科技学院 — 2021年度本专科生奖助学金项目自评结果 (prose + results table)
# ===============================================================================================================
HB_TABLE = [
    (["产出指标", "质量指标", "奖助政策学生知晓率", "100%", "100%"],
     ind("产出指标", "质量指标", "奖助政策学生知晓率", None, 100, "%", "100%", 100)),
    (["产出指标", "质量指标", "受资助本专科困难学生覆盖率", "99%", "99%"],
     ind("产出指标", "质量指标", "受资助本专科困难学生覆盖率", None, 99, "%", "99%", 99)),
    (["产出指标", "质量指标", "退役士兵考入高校应助学生享受资助比例", "100%", "100%"],
     ind("产出指标", "质量指标", "退役士兵考入高校应助学生享受资助比例", None, 100, "%", "100%", 100)),
    (["产出指标", "质量指标", "高校学生应征入伍应受助学生享受资助比例", "100%", "100%"],
     ind("产出指标", "质量指标", "高校学生应征入伍应受助学生享受资助比例", None, 100, "%", "100%", 100)),
    (["产出指标", "数量指标", "受资助本专科学生人数", "14726", "15935"],
     ind("产出指标", "数量指标", "受资助本专科学生人数", None, 14726, None, "14726", 15935)),
    (["产出指标", "质量指标", "国家奖学金按标准发放率", "100%", "100%"],
     ind("产出指标", "质量指标", "国家奖学金按标准发放率", None, 100, "%", "100%", 100)),
    (["效益指标", "社会效益指标", "评审程序是否客观公正", "是", "是"],
     ind("效益指标", "社会效益指标", "评审程序是否客观公正", None, None, None, "是", None)),
    (["效益指标", "社会效益指标", "家庭经济困难学生完成学业率", "100%", "100%"],
     ind("效益指标", "社会效益指标", "家庭经济困难学生完成学业率", None, 100, "%", "100%", 100)),
    (["效益指标", "服务对象满意度指标", "资助学生满意度", "95%", "95%"],
     ind("效益指标", "服务对象满意度指标", "资助学生满意度", None, 95, "%", "95%", 95)),
]
_hb_rows, _hb_gold = indicator_rows(HB_TABLE)
HBUST = Doc(
    file="hb-hbust-student-aid-selfreport.docx", province="湖北 (咸宁 湖北科技学院)", doc_kind="自评报告",
    patterns=[5, 10], urls=["https://xxgkw.hbust.edu.cn/info/1243/1928.htm"],
    blocks=[
        ("title", "2021年度本专科生奖助学金项目自评结果"),
        ("p", "一、自评结论"),
        ("p", "（一）评价得分情况。"),
        ("p", "自评小组对照本项目2021年度年初设定的绩效目标和项目实际完成情况逐项打分，综合评价得分为99.8分。"),
        ("p", "（二）绩效目标完成情况"),
        ("p", "1、执行率情况。"),
        ("p", "依据《省财政厅 省教育厅关于下达2021年普通高校学生资助补助经费预算的通知》（鄂财教发[2021]40号），"
              "2021年本专科生奖助学金项目实际下达预算2596万元，全年实际总支出2595.6208万元，项目预算执行率99%。"
              "没有执行完的0.3792万元是应征入伍学生国家资助经费，这笔钱不够一名学生4000元的最低资助标准，"
              "将留作我校2022年应征入伍学生国家资助经费使用，因此2021年资助项目资金没有全部执行完。"),
        ("p", "2、完成的绩效目标。"),
        ("p", "经自评，本项目较好地完成了年初设定的各项绩效目标，具体完成情况如下表："),
        ("table", Table(rows=[["一级指标", "二级指标", "指标名称", "目标值", "实际完成值"]] + _hb_rows,
                        widths=[2.6, 3.6, 7.0, 2.2, 2.6], header_rows=(0,))),
        ("p", "（三）存在的问题和原因"),
        ("p", "1、受资助本专科困难学生覆盖率还需要进一步提高。"),
    ],
    ind_rows=_hb_gold,
    goals=[],
    facts=[budget("预算执行率", 2596.0, 2595.6208, 99.0)],
    findings=[
        finding("target.missing_unit", "受资助本专科学生人数", "count target 14726 written with no unit"),
        finding("consistency.rate", "预算执行率",
                "2595.6208 / 2596 = 99.99%, the text states 99% (whole-percent precision, off by about 1 point)"),
    ],
    notes=("Prose self-evaluation result of a university; the page stops in section （三） after the first problem "
           "sentence, so the document stops there. Results table with 一级/二级 repeated on every row (no merges), "
           "rows not in level order (数量 after 质量). The satisfaction row sits under 一级 效益指标 (10号 "
           "evaluation tree), so the form does have a satisfaction indicator (no coverage finding). 评审程序是否客观公正 "
           "│ 是 is a yes/no result, not flagged. The stated execution rate 99% truncates 99.985%; judged a "
           "consistency.rate finding under the decimals-stated tolerance. 综合评价得分99.8 has no parts on the page "
           "(no score fact)."),
    landscape=False,
)

# ===============================================================================================================
# 5. 宁夏 固原 原州区 — 2022年南部水源涵养林建设项目 项目支出绩效目标申报表 (cut at 满意度指标)
# ===============================================================================================================
YZ_GOAL = ("在东马场、东岳山、古树、红庄、马渠、沈河、水沟7个林场和古雁办、官厅镇、黄铎堡镇、开城镇、彭堡镇、炭山乡、"
           "头营镇、寨科乡、张易镇、中河乡、三营镇11个乡镇（街道办事处）实施营造林8万亩，其中新造林3万亩，"
           "未成林抚育提升及退化林改造5万亩；同时修建作业道30公里。")
YZ_IND = [
    ([U, "产出指标", "数量指标\n（必填硬性指标）", "实施营造林总面积（亩）", "80000"],
     ind("产出指标", "数量指标", "实施营造林总面积（亩）", None, 80000, "亩", "80000")),
    ([U, U, U, "其中：实施新造林总面积（亩）", "30000"],
     ind("产出指标", "数量指标", "其中：实施新造林总面积（亩）", None, 30000, "亩", "30000")),
    ([U, U, U, "实施未成林抚育提升及退化林改造总面积（亩）", "50000"],
     ind("产出指标", "数量指标", "实施未成林抚育提升及退化林改造总面积（亩）", None, 50000, "亩", "50000")),
    ([U, U, U, "修建作业道长度（公里）", "30"],
     ind("产出指标", "数量指标", "修建作业道长度（公里）", None, 30, "公里", "30")),
    ([U, U, "质量指标\n（必填）", "苗木成活率（≥**%）", "85"],
     ind("产出指标", "质量指标", "苗木成活率（≥**%）", None, 85, "%", "85")),
    ([U, U, "时效指标\n（必填）", "项目完成时间", "2023年底"],
     ind("产出指标", "时效指标", "项目完成时间", None, None, None, "2023年底")),
    ([U, U, "成本指标\n（必填硬性指标）", "项目总投入（≥**万元）", "6070"],
     ind("产出指标", "成本指标", "项目总投入（≥**万元）", None, 6070, "万元", "6070")),
    ([U, "效益指标", "经济效益指标\n（选填）", "增加就业机会，提高农民收入。", ""],
     ind("效益指标", "经济效益指标", "增加就业机会，提高农民收入。", None, None, None, "")),
    ([U, U, "社会效益指标\n（必填）", "受益人数（人）", "132"],
     ind("效益指标", "社会效益指标", "受益人数（人）", None, 132, "人", "132")),
    ([U, U, "生态效益指标\n（选填）", "提高森林覆盖率，促进生物多样性保护。", ""],
     ind("效益指标", "生态效益指标", "提高森林覆盖率，促进生物多样性保护。", None, None, None, "")),
    ([U, U, "可持续影响指标\n（必填）", "提高森林生态系统服务功能，显著改善项目区及周边地区的生态环境。", ""],
     ind("效益指标", "可持续影响指标", "提高森林生态系统服务功能，显著改善项目区及周边地区的生态环境。",
         None, None, None, "")),
    ([U, "满意度指标", "", "", ""], None),
]
_yz_rows, _yz_gold = indicator_rows(YZ_IND)
YUANZHOU = Doc(
    file="nx-yuanzhou-forest-targets.xlsx", province="宁夏 (固原 原州区)", doc_kind="申报表",
    patterns=[1, 5, 6, 8, 10],
    urls=["http://www.yzh.gov.cn/xxgk_13314/zfxxgkml/zdxzjcygk/zdju/202203/t20220301_3340181.html"],
    sheet="申报表",
    blocks=[("table", Table(rows=[
        ["项目支出绩效目标申报表", L, L, L, L],
        ["（2022年度）", L, L, L, L],
        ["项目名称", "原州区2022年南部水源涵养林建设项目", L, L, L],
        ["主管部门及代码", "固原市原州区自然资源局", L, "实施单位", "固原市原州区自然资源局"],
        ["项目属性", "新建", L, "项目期", "2022年3月-2023年11月"],
        ["项目资金\n（万元）", "年度资金总额：", L, "6070.00", L],
        [U, "其中：财政拨款", L, "6070.00", L],
        [U, "其他资金", L, "", L],
        ["年度总体目标", YZ_GOAL, L, L, L],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
    ] + _yz_rows, widths=[12, 12, 18, 46, 16]))],
    ind_rows=_yz_gold,
    goals=[goal("年度目标", YZ_GOAL)],
    facts=[sum_fact("实施营造林总面积", 80000.0, [30000.0, 50000.0], "亩")],
    findings=[
        finding("target.missing_value", "增加就业机会，提高农民收入。",
                "经济效益 row: a sentence in the 三级 cell and the 指标值 cell left empty"),
        finding("target.missing_value", "提高森林覆盖率，促进生物多样性保护。",
                "生态效益 row: a sentence in the 三级 cell and the 指标值 cell left empty"),
        finding("target.missing_value", "提高森林生态系统服务功能，显著改善项目区及周边地区的生态环境。",
                "可持续影响 row: a sentence in the 三级 cell and the 指标值 cell left empty"),
        finding("coverage.missing_dimension", "满意度指标",
                "the form as it stands ends at the 满意度指标 label with empty cells: no 满意度 indicator "
                "(relabelled, see notes)"),
    ],
    notes=("The stored page stops right after the 满意度指标 label: the label row is reproduced with empty cells and "
           "no satisfaction indicator; no coverage finding is expected for 满意度 (the cut explains it). 二级 labels "
           "carry the template's （必填）/（选填）/（必填硬性指标） notes. Units sit in the 三级 names （亩）（公里）（人）; "
           "two names keep the template's hint (≥**%) / (≥**万元) while the value cell holds a bare number — the "
           "unit is read from the name, no placeholder finding (the value itself is filled). 项目总投入 6070 restates "
           "the budget (unscored). Three 效益 rows hold a sentence where the indicator should be and no value."
           " Relabelled in the eighth session to README's policy (a form judged as the file stands); "
           "first written under the brief's cut convention."),
)

# ===============================================================================================================
# 6. 河北 廊坊 食品工程学校 — 办公宿舍楼、食堂及餐厅暖通改造经费 项目支出绩效自评表 (2019)
# ===============================================================================================================
_T = ["", "", "", "", ""]
LF_IND = [
    (["产出指标", "数量指标", "指标1工程资金金额", "43.2", "37.24", "10", "9",
      "已完工，剩余3%尾款未付，且最高限价低于预算金额。提高预算准确度。"],
     ind("产出指标", "数量指标", "工程资金金额", None, 43.2, None, "43.2", 37.24, 10, 9)),
    ([U, U, "指标2"] + _T, None),
    ([U, U, "……"] + _T, None),
    ([U, "质量指标", "指标1工程完工率", "100", "100", "10", "10", ""],
     ind("产出指标", "质量指标", "工程完工率", None, 100, None, "100", 100, 10, 10)),
    ([U, U, "指标2工程验收合格率", "100", "100", "10", "10", ""],
     ind("产出指标", "质量指标", "工程验收合格率", None, 100, None, "100", 100, 10, 10)),
    ([U, U, "……"] + _T, None),
    ([U, "时效指标", "指标1项目完成及时率", "100", "100", "10", "10", ""],
     ind("产出指标", "时效指标", "项目完成及时率", None, 100, None, "100", 100, 10, 10)),
    ([U, U, "指标2"] + _T, None),
    ([U, U, "……"] + _T, None),
    ([U, "成本指标", "指标1成本控制率", "100", "100", "10", "10", ""],
     ind("产出指标", "成本指标", "成本控制率", None, 100, None, "100", 100, 10, 10)),
    ([U, U, "指标2"] + _T, None),
    ([U, U, "……"] + _T, None),
    (["效益指标", "经济效益\n指标", "指标1安全率", "100", "100", "10", "10", "0"],
     ind("效益指标", "经济效益指标", "安全率", None, 100, None, "100", 100, 10, 10)),
    ([U, U, "指标2"] + _T, None),
    ([U, U, "……"] + _T, None),
    ([U, "社会效益\n指标", "指标1学校发展能力", "100", "100", "10", "10", "0"],
     ind("效益指标", "社会效益指标", "学校发展能力", None, 100, None, "100", 100, 10, 10)),
    ([U, U, "指标2"] + _T, None),
    ([U, U, "……"] + _T, None),
    ([U, "生态效益\n指标", "指标1"] + _T, None),
    ([U, U, "指标2"] + _T, None),
    ([U, U, "……"] + _T, None),
    (["效益指标", "可持续影响\n指标", "指标1长期使用性", "100", "100", "10", "10", ""],
     ind("效益指标", "可持续影响指标", "长期使用性", None, 100, None, "100", 100, 10, 10)),
    ([U, U, "指标2"] + _T, None),
    ([U, U, "……"] + _T, None),
    (["满意度\n指标", "服务对象满意度指标", "指标1学生满意度", "100", "100", "10", "10", "0"],
     ind("满意度指标", "服务对象满意度指标", "学生满意度", None, 100, None, "100", 100, 10, 10)),
    ([U, U, "指标2"] + _T, None),
]
_lf_rows, _lf_gold = indicator_rows(LF_IND)
_LF_UNIT = "rate/score written as a bare 100 with no unit"
LANGFANG = Doc(
    file="he-langfang-school-hvac-selfeval.docx", province="河北 (廊坊 食品工程学校)", doc_kind="自评表",
    patterns=[2, 8, 9, 10], urls=["http://www.lfsp.cn/newsinfo/1158053.html"],
    blocks=[
        ("p", "附件1"),
        ("title", "项目支出绩效自评表"),
        ("p", "（2019年度）"),
        ("table", Table(rows=[
            ["项目名称", "办公宿舍楼、食堂及餐厅暖通改造经费", L, L, L, L, L, L],
            ["主管部门", "廊坊市发改委", L, L, "实施单位", "廊坊市食品工程学校", L, L],
            ["项目资金\n（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            [U, "年度资金总额", "43.2", "43.2", "37.24", "10", "86%", "9"],
            [U, "其中：当年财政拨款", "43.2", "43.2", "37.24", "", "", ""],
            [U, "上年结转资金", "", "", "", "", "", ""],
            [U, "其他资金", "", "", "", "", "", ""],
            ["年度总体目标", "预期目标", L, L, "实际完成情况", L, L, L],
            [U, "43.2", L, L, "37.24", L, L, L],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ] + _lf_rows, widths=[2.0, 2.6, 4.2, 2.0, 2.0, 1.4, 1.4, 5.4])),
    ],
    ind_rows=_lf_gold,
    goals=[goal("年度目标", "43.2")],
    facts=[budget("预算执行率", 43.2, 37.24, 86.0)],
    findings=[finding("goal.budget_text", "43.2", "the 预期目标 cell holds only the budget amount 43.2")]
    + [finding("target.missing_unit", g["name"],
               "amount 43.2 written with no unit" if g["name"] == "工程资金金额" else _LF_UNIT)
       for g in _lf_gold],
    notes=("The page stops after the satisfaction block's 指标2 row (no 总分 row), so no score-total fact. The 预期目标 "
           "and 实际完成情况 cells hold only 43.2 and 37.24. Names carry the template numbering glued on (指标1工程资金"
           "金额); the gold names leave the 指标1/指标2 prefix out. Template rows 指标2 / …… left in every block; the "
           "生态效益 block is template only. The 一级 label 效益指标 is written a second time for the 可持续影响 block "
           "(a new merged run). All targets are bare numbers (100, 43.2) without units; the 偏差原因 column holds a "
           "stray 0 on three rows. 37.24/43.2 = 86.2%, stated 86% (consistent)."),
)

# ===============================================================================================================
# 7. 山西 运城 稷山县 — 建档立卡个人缴费县级配套资金 项目支出绩效自评表 (2020)
# ===============================================================================================================
JS_GOAL = "提升医疗保障水平，推动从根本上解决因病致贫问题。"
JS_DONE = "医疗保障水平有所提升，因病致贫问题得到基本解决。"
JS_IND = [
    ([U, "产出指标\n（50分）", "数量指标", "指标1：全县参合人数", "8755", "8676", "15", "13",
      "建档立卡中有新增死亡人员，导致有偏差"],
     ind("产出指标", "数量指标", "全县参合人数", None, 8755, None, "8755", 8676, 15, 13)),
    ([U, U, "质量指标", "指标1：资金是否全部纳入医保统筹", "100%", "100%", "15", "15", ""],
     ind("产出指标", "质量指标", "资金是否全部纳入医保统筹", None, 100, "%", "100%", 100, 15, 15)),
    ([U, U, "时效指标", "指标1：资金是否全部及时纳入", "100%", "100%", "10", "10", ""],
     ind("产出指标", "时效指标", "资金是否全部及时纳入", None, 100, "%", "100%", 100, 10, 10)),
    ([U, U, "成本指标", "指标1：配套资金每人每年", "75元", "75元", "10", "10", ""],
     ind("产出指标", "成本指标", "配套资金每人每年", None, 75, "元", "75元", 75, 10, 10)),
    ([U, "效益指标\n（30分）", "社会效益", "指标1：是否解决建档立卡人员看病难贵问题", "95%", "95%", "30", "27", ""],
     ind("效益指标", "社会效益指标", "是否解决建档立卡人员看病难贵问题", None, 95, "%", "95%", 95, 30, 27)),
    ([U, "满意度指标\n（10分）", "服务对象满意度指标", "指标1：是否满意", "95%", "95%", "10", "9", ""],
     ind("满意度指标", "服务对象满意度指标", "是否满意", None, 95, "%", "95%", 95, 10, 9)),
]
_js_rows, _js_gold = indicator_rows(JS_IND)
JISHAN = Doc(
    file="sx-jishan-insurance-selfeval.xlsx", province="山西 (运城 稷山县)", doc_kind="自评表",
    patterns=[1, 2, 5, 6, 8, 9, 10], urls=["https://keke.chddh.cn/archives/bqg98jldqdz7y2xm7pe6.html"],
    sheet="自评表",
    blocks=[("table", Table(rows=[
        ["稷山县项目支出绩效自评表", L, L, L, L, L, L, L, L],
        ["（2020年度）", L, L, L, L, L, L, L, L],
        ["项目名称", "建档立卡个人缴费县级配套资金", L, L, L, L, L, L, L],
        ["主管部门", "稷山县医疗保障局", L, L, "实施单位", "稷山县医疗保险服务中心", L, L, L],
        ["项目资金\n（万元）", "", L, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [U, "年度资金总额", L, "", "65.66", "65.07", "10", "99%", "9"],
        [U, "其中：当年财政拨款", L, "", "65.66", "65.07", "—", "99%", "—"],
        [U, "上年结转资金", L, "", "", "", "—", "", "—"],
        [U, "其他资金", L, "", "", "", "—", "", "—"],
        ["年度总体目标", "预期目标", L, L, L, "实际完成情况", L, L, L],
        [U, JS_GOAL, L, L, L, JS_DONE, L, L, L],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
         "偏差原因分析及改进措施"],
    ] + _js_rows + [
        ["总分", L, L, L, L, L, "100", "94", ""],
    ], widths=[8, 12, 14, 34, 11, 11, 7, 7, 28]))],
    ind_rows=_js_gold,
    goals=[goal("年度目标", JS_GOAL)],
    facts=[budget("预算执行率", 65.66, 65.07, 99.0),
           score_total("总分", 94.0, [9.0, 13.0, 15.0, 10.0, 10.0, 27.0, 9.0])],
    findings=[
        finding("goal.unquantified", JS_GOAL[:15], "提升/根本性解决 with no number, rate or deadline"),
        finding("target.missing_unit", "全县参合人数", "count target 8755 (actual 8676) written with no unit"),
        finding("consistency.score_total", "总分",
                "执行率 9 + row scores 13+15+10+10+27+9 = 93, the 总分 row states 94"),
    ],
    notes=("XLSX reconstruction of a county self-evaluation sheet (the stored text lists the cells out of order; "
           "values were matched to rows by the column order of the form). Only two amounts per money row are on "
           "the page: placed as 全年预算数/全年执行数 (99% = 65.07/65.66), 年初预算数 left empty. Names carry the "
           "template numbering 指标1：, left out of the gold names. Headings state points: 产出指标（50分） = 15+15+"
           "10+10, 效益指标（30分） = 30, 满意度指标（10分） = 10, 分值 total 100 with 执行率 10 (consistent). Two rows "
           "met their target and were still marked down (27/30, 9/10) with no reason (not a scored rule). "
           "The 参合人数 shortfall has its reason. Goal and achievement rewritten in our own words."),
)

# ===============================================================================================================
# 8. 湖南 永州 零陵区林业局 — 2021年 部门整体支出绩效自评表 (cut in the 效益 block)
# ===============================================================================================================
LL_GOALS = ["造林1.2万亩", "森林经营16.3万亩", "病虫害防治3.45万亩"]
LL_GOAL_CELL = "目标1：造林1.2万亩，\n目标2森林经营16.3万亩\n目标3：病虫害防治3.45万亩"
_T6 = ["", "", "", "", ""]
LL_IND = [
    (["产出指标\n（50）", "数量指标", "造林面积", "1.2万亩", "1.2万亩", "10", "10", ""],
     ind("产出指标", "数量指标", "造林面积", None, 1.2, "万亩", "1.2万亩", 1.2, 10, 10)),
    ([U, U, "病虫害防治面积", "3.45万亩", "3.45万亩", "7", "7", ""],
     ind("产出指标", "数量指标", "病虫害防治面积", None, 3.45, "万亩", "3.45万亩", 3.45, 7, 7)),
    ([U, U, "森林经营面积", "16.3万亩", "16.3万亩", "7", "7", ""],
     ind("产出指标", "数量指标", "森林经营面积", None, 16.3, "万亩", "16.3万亩", 16.3, 7, 7)),
    ([U, "质量指标", "造林成活率", "85%", "85%", "7", "7", ""],
     ind("产出指标", "质量指标", "造林成活率", None, 85, "%", "85%", 85, 7, 7)),
    ([U, U, "……"] + _T6, None),
    ([U, "时效指标", "当期完成", "90%", "100%", "7", "7", ""],
     ind("产出指标", "时效指标", "当期完成", None, 90, "%", "90%", 100, 7, 7)),
    ([U, U, "……"] + _T6, None),
    ([U, "成本指标", "造林补助", "每亩300", "每亩300", "6", "6", ""],
     ind("产出指标", "成本指标", "造林补助", None, 300, None, "每亩300", 300, 6, 6)),
    ([U, U, "抚育补助", "每亩100", "每亩100", "6", "6", ""],
     ind("产出指标", "成本指标", "抚育补助", None, 100, None, "每亩100", 100, 6, 6)),
    (["效益指标\n（30分）", "经济效益指标", "木材销售收入", "1100万元", "1093万元", "6", "5", ""],
     ind("效益指标", "经济效益指标", "木材销售收入", None, 1100, "万元", "1100万元", 1093, 6, 5)),
    ([U, U, "林产品收入", "2.6亿元", "2.45亿元", "6", "5", ""],
     ind("效益指标", "经济效益指标", "林产品收入", None, 2.6, "亿元", "2.6亿元", 2.45, 6, 5)),
    ([U, "社会效益指标", "提高就业率", "显著", "显著", "6", "6", ""],
     ind("效益指标", "社会效益指标", "提高就业率", None, None, None, "显著", None, 6, 6)),
    ([U, U, "……"] + _T6, None),
]
_ll_rows, _ll_gold = indicator_rows(LL_IND)
LINGLING = Doc(
    file="hn-lingling-forestry-dept-selfeval.docx", province="湖南 (永州 零陵区)", doc_kind="部门整体自评表",
    patterns=[1, 2, 6, 7, 8, 9, 10],
    urls=["http://admin.yzcity.gov.cn:8888/llqlinyj/gknb/202204/cd04d310d5364b2f9983a7843fb6a17d.shtml"],
    blocks=[
        ("title", "部门整体支出绩效自评表"),
        ("p", "（2021年度）"),
        ("table", Table(rows=[
            ["一级预算单位名称", "零陵区林业局", L, L, L, L, L, L],
            ["年度预算申请\n（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            [U, "年度资金总额", "4753.66万元", "4753.66万元", "3824.26万元", "10", "100%", "10"],
            [U, "按收入性质分：", L, L, "按支出性质分：", L, L, L],
            [U, "其中：一般公共预算：1873.66万元", L, L, "其中：基本支出：1768.16万元", L, L, L],
            [U, "政府性基金拨款：", L, L, "项目支出：2985.5万元", L, L, L],
            [U, "纳入专户管理的非税收入拨款：", L, L, "", L, L, L],
            [U, "其他资金：2880万元", L, L, "", L, L, L],
            ["年度总体目标", "预期目标", L, L, "实际完成情况", L, L, L],
            [U, LL_GOAL_CELL, L, L, LL_GOAL_CELL, L, L, L],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ] + _ll_rows, widths=[2.4, 2.6, 3.6, 2.4, 2.4, 1.4, 1.4, 4.8])),
    ],
    ind_rows=_ll_gold,
    goals=[goal("目标", g) for g in LL_GOALS],
    facts=[budget("预算执行率", 4753.66, 3824.26, 100.0),
           sum_fact("年度资金总额（按收入性质）", 4753.66, [1873.66, 2880.0]),
           sum_fact("年度资金总额（按支出性质）", 4753.66, [1768.16, 2985.5])],
    findings=[
        finding("consistency.rate", "预算执行率", "3824.26 / 4753.66 = 80.4%, the form states 100% (and gives 10 of 10)"),
        finding("target.missing_unit", "造林补助", "每亩300: per-mu amount without its money unit"),
        finding("target.missing_unit", "抚育补助", "每亩100: per-mu amount without its money unit"),
        finding("consistency.deviation_reason_missing", "木材销售收入", "1093万元 < 1100万元 target, no reason given"),
        finding("consistency.deviation_reason_missing", "林产品收入", "2.45亿元 < 2.6亿元 target, no reason given"),
        finding("target.qualitative_no_scale", "提高就业率", "bare level 显著 with no grading scale"),
        finding("coverage.missing_dimension", "满意度指标",
                "the form as it stands ends inside the 效益 block: no 满意度 row (relabelled, see notes)"),
        finding("consistency.score_total", "效益指标",
                "the heading 效益指标（30分） states 30 points, the 分值 of its rows in the file add up to 6+6+6 = 18 "
                "(relabelled)"),
    ],
    notes=("Department-wide self-evaluation of a district forestry bureau. The stored page stops inside the 效益 "
           "block (after the 社会效益 …… row, before 生态效益 and 满意度): no coverage or score-total expectation. The "
           "page lost first characters of two cells (级预算单位名称, 陵区林业局, 育补助), restored as 一级预算单位名称, "
           "零陵区林业局, 抚育补助. Money by income (1873.66 + 2880) and by use (1768.16 + 2985.5) both add up to "
           "4753.66; the execution rate is stated 100% for 80.4%. Three goals in one cell, quantified. The 时效 row "
           "'当期完成 │ 90%' is a rate, not flagged."
           " Relabelled in the eighth session to README's policy (a form judged as the file stands); "
           "first written under the brief's cut convention."),
)

# ===============================================================================================================
# 9. 天津 西青区 — 基层医疗卫生机构绩效工资补助 项目支出绩效目标表 (2021), stored page without address
# ===============================================================================================================
XQ_GOAL_CELL = "目标1：提高医疗机构服务能力"
_T2 = [""]
XQ_IND = [
    ([U, "产出指标", "数量指标", "指标1：上年12月底编内人员数", "3人"],
     ind("产出指标", "数量指标", "上年12月底编内人员数", None, 3, "人", "3人")),
    ([U, U, U, "指标2："] + _T2, None),
    ([U, U, U, "……"] + _T2, None),
    ([U, U, "质量指标", "指标1：补助发放率", "100%"],
     ind("产出指标", "质量指标", "补助发放率", None, 100, "%", "100%")),
    ([U, U, U, "指标2："] + _T2, None),
    ([U, U, U, "……"] + _T2, None),
    ([U, U, "时效指标", "指标1：补助资金发放及时率", "100%"],
     ind("产出指标", "时效指标", "补助资金发放及时率", None, 100, "%", "100%")),
    ([U, U, U, "指标2："] + _T2, None),
    ([U, U, U, "……"] + _T2, None),
    ([U, U, "成本指标", "指标1：补助资金成本", "3万元"],
     ind("产出指标", "成本指标", "补助资金成本", None, 3, "万元", "3万元")),
    ([U, U, U, "指标2："] + _T2, None),
    ([U, U, U, "……"] + _T2, None),
    ([U, "效益指标", "经济效益指标", "签约居民就医实际支出金额节约率", "≥5%"],
     ind("效益指标", "经济效益指标", "签约居民就医实际支出金额节约率", ">=", 5, "%", "≥5%")),
    ([U, U, "社会效益指标", "家医签约宣传参加人次", ">3万人次"],
     ind("效益指标", "社会效益指标", "家医签约宣传参加人次", ">", 3, "万人次", ">3万人次")),
    ([U, U, "生态效益指标", "…", ""], None),
    ([U, U, "可持续影响指标", "当年绩效工资可持续率", "100%"],
     ind("效益指标", "可持续影响指标", "当年绩效工资可持续率", None, 100, "%", "100%")),
    ([U, "满意度指标", "服务对象满意度指标", "服务对象满意度", "100%"],
     ind("满意度指标", "服务对象满意度指标", "服务对象满意度", None, 100, "%", "100%")),
]
_xq_rows, _xq_gold = indicator_rows(XQ_IND)
XIQING = Doc(
    file="tj-xiqing-clinic-wage-targets.docx", province="天津 (西青区 赤龙社区卫生服务中心)", doc_kind="申报表",
    patterns=[1, 2, 6, 8, 10], urls=[],
    blocks=[
        ("p", "[预算绩效]基层医疗机构诊疗服务能力提升-基层医疗卫生机构绩效工资补助"),
        ("title", "项目支出绩效目标表"),
        ("p", "（2021年度）"),
        ("table", Table(rows=[
            ["项目名称", "基层医疗机构诊疗服务能力提升-基层医疗卫生机构绩效工资补助", L, L, L],
            ["主管预算部门", "西青区卫健委", L, "项目实施单位", "赤龙社区卫生服务中心"],
            ["项目属性", "（一次性项目/经常性项目）", L, "项目起止时间", "2021.01-2021.12"],
            ["项目资金\n（万元）", "3.0", L, "其中：财政拨款", "3.0"],
            [U, U, U, "其他资金", "0.0"],
            ["绩效目标", XQ_GOAL_CELL, L, L, L],
            ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
        ] + _xq_rows, widths=[2.4, 2.6, 3.2, 7.2, 3.2])),
    ],
    ind_rows=_xq_gold,
    goals=[goal("目标", "提高医疗机构服务能力")],
    facts=[sum_fact("项目资金", 3.0, [3.0, 0.0])],
    findings=[finding("goal.unquantified", "提高医疗机构服务能力", "提高… with no number, rate or deadline")],
    notes=("Source: a stored page with no address (title '[预算绩效]基层医疗机构诊疗服务能力提升-基层医疗卫生机构绩效工资"
           "补助', 西青区卫健委 / 赤龙社区卫生服务中心); the page continues with the matching 自评表, which is cut and "
           "left out. Template text left in: 项目属性 '（一次性项目/经常性项目）', rows 指标2： / …… under every 产出 "
           "二级, and '…' as the 生态效益 row. Names carry 指标1：, left out of the gold names. 补助资金成本 3万元 equals "
           "the whole budget and 编内人员数 is an input (unscored hints)."),
)

DOCS = [ZHAOHUA, JIAYUGUAN, XINZHOU, HBUST, YUANZHOU, LANGFANG, JISHAN, LINGLING, XIQING]


# ---------------------------------------------------------------------------------------------------------------
# layout helpers
# ---------------------------------------------------------------------------------------------------------------
def merges_of(rows):
    """Rectangles (r1, c1, r2, c2) of merged cells, from the L / U markers; anchors carry the text."""
    out = []
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell is L or cell is U:
                continue
            c2 = c
            while c2 + 1 < len(row) and row[c2 + 1] is L:
                c2 += 1
            r2 = r
            while r2 + 1 < len(rows) and c < len(rows[r2 + 1]) and rows[r2 + 1][c] is U:
                r2 += 1
            if (r2, c2) != (r, c):
                out.append((r, c, r2, c2))
    return out


def check_table(t: Table, where: str) -> None:
    n = len(t.widths)
    for i, row in enumerate(t.rows):
        if len(row) != n:
            raise SystemExit(f"{where}: row {i} has {len(row)} cells, table has {n} columns")
    covered = set()
    for r1, c1, r2, c2 in merges_of(t.rows):
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                if (r, c) != (r1, c1):
                    if t.rows[r][c] not in (L, U):
                        raise SystemExit(f"{where}: merged range {(r1, c1, r2, c2)} covers text at {(r, c)}")
                    covered.add((r, c))
    for r, row in enumerate(t.rows):
        for c, cell in enumerate(row):
            if (cell is L or cell is U) and (r, c) not in covered:
                raise SystemExit(f"{where}: marker at {(r, c)} belongs to no merged range")


_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


def write_xlsx(doc: Doc, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = doc.sheet
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    r0 = 1
    for kind, content in doc.blocks:
        if kind != "table":
            ws.cell(r0, 1, content)
            r0 += 1
            continue
        t = content
        check_table(t, doc.file)
        for i, width in enumerate(t.widths):
            ws.column_dimensions[chr(ord("A") + i)].width = width
        for r, row in enumerate(t.rows):
            for c, cell in enumerate(row):
                if cell is L or cell is U:
                    continue
                value = cell
                if isinstance(cell, str) and _NUMBER.match(cell):
                    value = float(cell) if "." in cell else int(cell)
                xc = ws.cell(r0 + r, c + 1, value)
                if isinstance(value, str) and value.startswith("="):
                    xc.data_type = "s"  # a target such as "=300天" is text, not a formula
                if isinstance(value, float) and cell.endswith("0") and "." in cell:
                    xc.number_format = "0." + "0" * len(cell.split(".")[1])
        for r1, c1, r2, c2 in merges_of(t.rows):
            ws.merge_cells(start_row=r0 + r1, start_column=c1 + 1, end_row=r0 + r2, end_column=c2 + 1)
        for r in range(len(t.rows)):
            for c in range(len(t.widths)):
                xc = ws.cell(r0 + r, c + 1)
                xc.border = border
                xc.alignment = Alignment(wrap_text=True, vertical="center",
                                         horizontal="center" if r < 2 and t.rows[r][1] is L else None)
        spans = {(r1, c1): (c2 - c1 + 1, r2 - r1 + 1) for r1, c1, r2, c2 in merges_of(t.rows)}
        for r, row in enumerate(t.rows):  # row heights, so that wrapped text stays inside its cell in the PDF
            lines = 1
            for c, cell in enumerate(row):
                if not isinstance(cell, str) or not cell:
                    continue
                ncols, nrows = spans.get((r, c), (1, 1))
                width = sum(t.widths[c:c + ncols])
                need = sum(-(-len(part) * 2 // max(int(width) - 2, 4)) or 1 for part in cell.split("\n"))
                lines = max(lines, -(-need // nrows))
            ws.row_dimensions[r0 + r].height = 15 * lines
        title = t.rows[0]
        if len(title) > 1 and title[1] is L and all(x is L for x in title[1:]):
            ws.cell(r0, 1).font = Font(bold=True, size=14)
            ws.cell(r0, 1).border = Border()
        if t.header_rows:
            first, last = r0 + min(t.header_rows), r0 + max(t.header_rows)
            ws.print_title_rows = f"{first}:{last}"
        r0 += len(t.rows) + 1
    ws.page_setup.orientation = "landscape" if doc.landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    wb.properties.creator = "jixiao blind6"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(_normalise_zip(buf.getvalue()))


def write_docx(doc: Doc, path: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = Document()
    style = d.styles["Normal"]
    style.font.size = Pt(10)
    style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")
    section = d.sections[0]
    if doc.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    else:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(1.8))
    for kind, content in doc.blocks:
        if kind == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(content)
            run.bold = True
            run.font.size = Pt(15)
        elif kind == "p":
            p = d.add_paragraph(content)
            if content.startswith("（") and content.endswith("年度）"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            t = content
            check_table(t, doc.file)
            table = d.add_table(rows=len(t.rows), cols=len(t.widths))
            table.style = "Table Grid"
            table.autofit = False
            for r, row in enumerate(t.rows):
                for c, _cell in enumerate(row):
                    table.cell(r, c).width = Cm(t.widths[c])
            for r1, c1, r2, c2 in merges_of(t.rows):
                table.cell(r1, c1).merge(table.cell(r2, c2))
            for r, row in enumerate(t.rows):
                for c, cell in enumerate(row):
                    if cell is L or cell is U:
                        continue
                    table.cell(r, c).text = cell
            for r in t.header_rows:
                tr_pr = table.rows[r]._tr.get_or_add_trPr()
                el = OxmlElement("w:tblHeader")
                el.set(qn("w:val"), "true")
                tr_pr.append(el)
    d.core_properties.author = "jixiao blind6"
    d.core_properties.last_modified_by = "jixiao blind6"
    d.core_properties.created = FIXED_TIME
    d.core_properties.modified = FIXED_TIME
    buf = io.BytesIO()
    d.save(buf)
    path.write_bytes(_normalise_zip(buf.getvalue()))


def _normalise_zip(data: bytes) -> bytes:
    """Same entries with fixed timestamps (and fixed dates in docProps/core.xml), so reruns give equal bytes."""
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", lambda m: m.group(1) + stamp.encode(),
                              body)
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


def gold_for(doc: Doc, source: str) -> dict:
    return {
        "source": source,
        "source_urls": doc.urls,
        "province": doc.province.split(" ")[0],  # the province; the place in brackets goes to SOURCES.md
        "doc_kind": doc.doc_kind,
        "patterns": doc.patterns,
        "indicators": doc.ind_rows,
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
    for doc in DOCS:
        path = HERE / doc.file
        (write_xlsx if path.suffix == ".xlsx" else write_docx)(doc, path)
        write_gold(gold_for(doc, doc.file))
        made = [doc.file]
        if not args.no_pdf:
            pdf = to_pdf(path)
            write_gold(gold_for(doc, pdf.name))
            made.append(pdf.name)
        print(f"{', '.join(made)}: {len(doc.ind_rows)} indicators, {len(doc.goals)} goals, {len(doc.facts)} facts, "
              f"{len(doc.findings)} findings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
