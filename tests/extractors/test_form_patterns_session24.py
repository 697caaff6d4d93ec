"""Patterns of the twenty-fourth session, each from a never-seen part's first run (the part named at each test)."""
from __future__ import annotations

from extractor import check
from extractor.extractors import extract_document
from extractor.extractors.facts import facts_from_text
from tests.extractors.text_docs import mixed_document as _document


def _sums(text):
    return [(f.total, f.parts, f.unit) for f in facts_from_text(text) if f.kind == "sum"]


# blind97, 新疆兵团 第十四师 农机购置补贴 自评报告: a part of a 万元 total written "60万", its 元 left out
BUDGET = ("第十四师2019年度农机购置补贴资金预算数60万元,其中包括兵团补贴农机购置补贴资金60万, "
          "2018年度农机购置补贴结余资金12.664万元。")


def test_pattern_10_a_part_written_without_yuan_is_in_the_totals_unit():
    assert _sums(BUDGET) == [(60, [60, 12.664], "万元")]
    ext = extract_document(_document("自评报告.docx", "docx", "农机购置补贴支出绩效自评报告", BUDGET))
    assert [f.rule for f in check(ext) if f.rule == "consistency.sum"] == ["consistency.sum"]


def test_pattern_10_a_bare_multiplier_is_read_so_only_against_a_money_total():
    # 60万 beside a 人 total is no 60 人; 60万 beside a 元 total is no 60 元 (the multiplier is not the total's)
    assert _sums("服务人数80万人，其中城镇60万、农村20万人。") == []
    assert _sums("资金80000元，其中设备60万、其他20000元。") == []


# blind97, 湖南 某市 农村公路 自评报告: the completion rate of a length stated three clauses after what was undertaken
ROADS = ("其中实施农村公路提质改造工程200.031公里,完成总投资24187万元,(包含县乡道升级改造、自然村通硬化路和联网路项目),"
         "截止9月底,完成200.031公里建设任务,完工率为100%;深化农村公路管理养护体制改革,实施农村公路养护工程380公里,"
         "完成总投资5964万元,(包含大中修养护、一般性养护),截止9月底,完成200.031公里建设任务,完工率为100%。")


def test_pattern_10_a_completion_rate_is_read_against_what_was_undertaken_clauses_before():
    facts = [(f.metric, f.planned, f.actual, f.stated_rate, f.computed_rate)
             for f in facts_from_text(ROADS) if f.kind == "completion"]
    assert facts == [("农村公路提质改造工程", 200.031, 200.031, 100, 100),
                     ("农村公路养护工程", 380, 200.031, 100, 52.64)]
    ext = extract_document(_document("自评报告.docx", "docx", "农村公路建设自评报告", ROADS))
    assert [f.rule for f in check(ext) if f.rule == "consistency.rate"] == ["consistency.rate"]


def test_pattern_10_a_cumulative_total_is_no_plan():
    # the earlier length is what was built over the years, not what this year undertook: no plan, no rate checked
    text = "累计建成农村公路50公里,今年完成10公里建设任务,完成率100%。"
    assert [f for f in facts_from_text(text) if f.kind == "completion"] == []


def test_pattern_10_a_plan_right_before_its_completion_is_read_once():
    facts = [(f.planned, f.actual, f.stated_rate) for f in facts_from_text("计划建设子项目12个，实际完成11个，完成率91.67%。")
             if f.kind == "completion"]
    assert facts == [(12, 11, 91.67)]
