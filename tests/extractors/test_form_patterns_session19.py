"""Patterns of the nineteenth session, each from a never-seen part's first run (the part named at each test)."""
from __future__ import annotations

from extractor import check
from extractor.extractors import extract_document
from extractor.extractors.facts import extract_facts
from extractor.extractors.goals import extract_goals
from tests.extractors.text_docs import block_document


# blind64, 广东 茂名 交通专项资金 自评报告: (二)绩效目标情况 over one unnumbered paragraph of measured targets
def test_pattern_10_one_measured_paragraph_under_a_goal_situation_heading_is_the_goal():
    goal = "按计划完成年度建设任务，其中：完成超限车辆电子抓拍监控设施点7个、支持普通国省道升级改造11.94公里、桥涵标维护5座。"
    doc = block_document(("heading", "(一)资金情况"), ("paragraph", "本次纳入绩效自评的资金共计7505万元。"),
                         ("heading", "(二)绩效目标情况"), ("paragraph", goal), ("heading", "二、自评情况"),
                         ("paragraph", "自评得分为89.03分。"))
    assert [g.text for g in extract_goals(doc)] == [goal]


def test_a_paragraph_of_amounts_under_a_goal_situation_heading_is_the_budget_no_goal():
    doc = block_document(("heading", "一、绩效目标情况"),
                         ("paragraph", "2023年下达项目资金共计150万元，其中中央资金100万元、省级资金50万元。"),
                         ("heading", "二、绩效目标完成情况"), ("paragraph", "全年完成培训1200人次。"))
    assert extract_goals(doc) == []


# blind64, 茂名: …资金520万元，其中：…补助资金520万元，已支出388.16万元 — what was spent is no part of the total
def test_an_amount_already_spent_closes_a_breakdown_list():
    doc = block_document(("paragraph", "收到省交通事业发展保障支出520万元，其中：超限车辆电子抓拍监控设施建设补助资金520万元，"
                                       "已支出388.16万元，资金支付率74.65%。"),
                         ("paragraph", "下达资金100万元，其中：中央资金60万元，省级资金40万元，已支出80万元。"))
    sums = [(f.total, f.parts) for f in extract_facts(doc) if f.kind == "sum"]
    assert sums == [(100.0, [60.0, 40.0])]
    assert [f for f in check(extract_document(doc)) if f.rule == "consistency.sum"] == []
