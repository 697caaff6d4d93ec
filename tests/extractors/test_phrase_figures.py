"""The phrase patterns of facts, contracts and goals take their figure, unit and value from the quantity engine
(issue 17, item 2): the layout (其中, 占比分别为, 违约金每日…) stays in the extractor, the figure is the engine's.

Two behaviour changes are named here: a contract amount after ¥ in 亿元 keeps its unit (the old pattern knew 万元 and
元 only and read "¥1.2亿元" as 1.2 元), and a share list's total written with an approximation (合计约为100%) is no
stated total (the old pattern took 为 and read it as exact).
"""
from __future__ import annotations

import pytest

from extractor.extractors.contracts import _longest_duration, amount_in, terms_of
from extractor.extractors.facts import facts_from_text
from extractor.extractors.goals import targets_in
from extractor.nlp.quantities import amount_in_capitals, figure_value, quantity_at, unit_pattern

SHARES = "资金占比分别为30%、40%、30%，"


# -- the engine's helpers --------------------------------------------------------------------------

@pytest.mark.parametrize("written, value", [("80,692.06", 80692.06), ("95", 95.0), ("0.5", 0.5), ("1,200", 1200.0)])
def test_figure_value_reads_a_figure(written, value):
    assert figure_value(written) == value


@pytest.mark.parametrize("written", ["", None, "80%", "约5", "五", "1.2.3", "5万"])
def test_figure_value_is_none_for_anything_else(written):
    assert figure_value(written) is None


def test_unit_pattern_is_the_lexicon_use_longest_first():
    assert unit_pattern("percent_sign") == "(?:%|％)"
    assert unit_pattern("budget").index("万元") < unit_pattern("budget").index("|元")
    period = unit_pattern("contract_period")
    assert period.index("个日历天") < period.index("日历天") < period.index("|天")


def test_quantity_at_reads_the_words_around_the_figure():
    assert quantity_at("合计达100%", 3).operator == ">="
    assert quantity_at("合计100%", 2).operator is None
    assert quantity_at("约为100%", 2).approximate
    assert quantity_at("合计100%", 0) is None  # no figure starts there
    assert quantity_at("2024年12月底前", 0) is None  # a date is no quantity of a phrase


def test_amount_in_capitals():
    m, value = amount_in_capitals("合同金额人民币贰拾万元整（小写）")
    assert (m.group(), value) == ("贰拾万元整", 200000.0)
    assert amount_in_capitals("合同金额二十元") is None  # lower-case numerals are no amount in capitals
    assert amount_in_capitals(None) is None


# -- contracts --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("合同金额：小写¥1.2亿元", (1.2, "亿元")),  # changed: was (1.2, "元")
    ("合同金额：小写¥35.6万元", (35.6, "万元")),
    ("合同金额：¥982.00", (982.0, "元")),
    ("合同金额150000元", (150000.0, "元")),
    ("合同总价为人民币贰拾万元整", (200000.0, "元")),
    ("合同金额以结算为准", (None, None)),
])
def test_contract_amount(text, expected):
    assert amount_in(text) == expected


def test_payment_instalment_takes_percent_amount_and_trigger():
    (term,) = terms_of("付款", "合同签订后支付合同总价的30%，即¥6万元。")
    assert (term.percent, term.amount, term.unit, term.trigger) == (30.0, 6.0, "万元", "合同签订")
    (term,) = terms_of("付款", "初验合格后支付合同总价的40%，计80000元。")
    assert (term.percent, term.amount, term.unit, term.trigger) == (40.0, 80000.0, "元", "初验合格")
    (term,) = terms_of("付款", "终验合格后支付合同总价的30%。")
    assert (term.percent, term.amount, term.unit, term.trigger) == (30.0, None, None, "终验合格")


def test_payment_clause_without_a_percentage_keeps_its_text():
    (term,) = terms_of("付款", "按进度支付。")
    assert (term.percent, term.text) == (None, "按进度支付。")


@pytest.mark.parametrize("text, expected", [
    ("工期为90日历天，质保期2年。", (2.0, "年")),
    ("服务期三个月，响应时间2天。", (3.0, "月")),
    ("工期45个日历天。", (45.0, "日历天")),
    ("10个工作日内完成，工期3天。", (3.0, "天")),
])
def test_longest_duration(text, expected):
    assert _longest_duration(text)[:2] == expected


def test_period_clause_without_a_duration():
    (term,) = terms_of("验收", "由采购人组织验收。")
    assert (term.duration, term.trigger) == (None, "验收")
    (term,) = terms_of("工期", "按采购人要求完成验收。")
    assert (term.duration, term.trigger) == (None, None)


def test_penalty_per_day_and_cap():
    (term,) = terms_of("违约", "每逾期一日，按合同总价的0.5‰支付违约金，累计不超过合同总价的10%。")
    assert (term.amount, term.unit, term.cap, term.percent) == (0.5, "‰/日", 10.0, 10.0)
    (term,) = terms_of("违约", "每逾期一天支付违约金500元。")
    assert (term.amount, term.unit, term.cap) == (500.0, "元/日", None)
    (term,) = terms_of("违约", "每迟延1日按3％计。")
    assert (term.amount, term.unit) == (3.0, "%/日")


# -- facts ------------------------------------------------------------------------------------------

def _share(sentence: str):
    (fact,) = [f for f in facts_from_text(sentence) if f.kind == "share"]
    return fact


@pytest.mark.parametrize("tail, total", [
    ("合计为100%。", 100.0), ("合计100%。", 100.0), ("总计是100%。", 100.0),
    ("合计达100%。", None), ("合计超过100%。", None), ("合计近100%。", None),
    ("合计约为100%。", None),  # changed: 约为 is an approximation (was read as 为, an exact total)
])
def test_share_total_is_exact_only_without_operator_or_approximation(tail, total):
    fact = _share(SHARES + tail)
    assert fact.parts == [30.0, 40.0, 30.0]
    assert fact.total == total
    assert fact.stated_text == tail.rstrip("。")


def test_amount_in_words_against_figures():
    (fact,) = facts_from_text("合同金额贰拾万元整（小写：¥20万元）。")
    assert (fact.kind, fact.planned, fact.actual, fact.stated_text) == ("amount_words", 200000.0, 200000.0, "贰拾万元整")
    # changed: ¥…亿元 is in 亿元 (was read as 1.2 元 and reported as a mismatch)
    (fact,) = facts_from_text("合同金额壹亿贰仟万元整（小写：¥1.2亿元）。")
    assert (fact.planned, fact.actual) == (120000000.0, 120000000.0)
    assert facts_from_text("合同金额贰拾万元整。") == []


def test_rate_clause_after_plan_and_actual():
    (fact,) = [f for f in facts_from_text("计划培训500人次，实际完成培训450人次，完成率90%。") if f.kind == "completion"]
    assert (fact.planned, fact.actual, fact.stated_rate, fact.computed_rate) == (500.0, 450.0, 90.0, 90.0)


# -- goals ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, metric", [
    ("参保率保持在95%", "参保率"),
    ("故障率降至5%以下", "故障率"),
    ("参保人数保持3000人", "参保人数"),
    ("设备完好率为98%", "设备完好率"),
    ("群众满意度力争达到95%", "群众满意度"),
])
def test_goal_metric_leaves_out_the_words_before_the_figure(text, metric):
    (target,) = targets_in(text)
    assert target.metric == metric


def test_shares_of_a_breakdown_make_up_100():
    fact = _share("项目资金100万元，其中设备、培训、运维，占比分别为50%、30%、20%。")
    assert fact.total == 100.0
    assert _share(SHARES + "用于三类支出。").total is None  # no 其中 before the list: no total


@pytest.mark.parametrize("done, kept", [("3033", True), ("3184", True), ("3185", False)])
def test_ratio_fact_needs_the_part_within_its_total(done, kept):
    facts = [f for f in facts_from_text(f"政务服务事项共3184项，可网办事项{done}项，可网办率95.26%。") if f.kind == "completion"]
    assert bool(facts) is kept
    if kept:
        assert (facts[0].planned, facts[0].actual, facts[0].stated_rate) == (3184.0, float(done), 95.26)
