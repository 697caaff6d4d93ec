"""Does a text state a measure? ``has_measure`` reads the quantities of the engine (nlp/quantities): percentages,
a number after a measure operator, a number with a unit, a deadline."""
from __future__ import annotations

import pytest

from extractor.nlp.measures import goal_is_quantified, has_deadline, has_measure

COUNT = ("个", "人次", "台套", "平方米", "批", "条", "项", "吨", "元", "万元")


@pytest.mark.parametrize("text, measured", [
    ("满意度≥95%", True),                      # a percentage
    ("满意度95％", True),
    ("漏损率3‰", True),
    ("百分之九十五", False),                    # in words: not a measure of this reader (as before)
    (">=100", True),                            # a measure operator right before a number (its = is one)
    ("≥ 100", True),
    ("＞100", True),
    ("不少于100", True),
    ("超过100", False),                         # 超过 is no measure operator of operator_words.tsv
    ("100以上", False),                         # nor a suffix
    ("培训500人次", True),                      # a unit of ``units`` after the number
    ("培训500", False),
    ("服务3个月", True),                        # a time unit
    ("改造2.5万", True),                        # 万/亿 after a figure
    ("5G基站", False),                          # digits without a unit
    ("12345热线", False),
    ("带宽100Mbps", True),                      # a Latin unit
    ("带宽100Mbpsx", False),
    ("购置设备五台套", True),                   # numerals with a unit
    ("一批设备", False),                        # a numeral word is no count
    ("一年一次", False),                        # 一年 is no count either
    ("三年行动", True),
    ("第七批资金", False),                      # an ordinal is no measure (the digit pattern read 七批 as a count)
    ("对应具体目标第3项", False),               # (the old pattern read 3项)
    ("千吨万人水厂", False),                    # 千 alone is no number (the old pattern read 千吨)
    ("人民币叁佰贰拾柒万元", True),             # financial capitals are numerals (the old pattern knew none)
    ("(≥**万元)", False),                       # a placeholder and a lone 万 are no number
    ("2025年", False),                          # a year alone
    ("运行3000年", False),                      # any four digits before 年 are read as a year
    ("运行300年", True),                        # three are a number of years
    ("2019-2021年", False),
    ("东府〔2019〕27号", False),               # a document number
    ("2025年11月30日前", True),                # a deadline
    ("一季度完成招标", True),                   # a quarter without 第 is a period of the deadline reader too
    ("“15分钟生活圈”", False),                 # a quoted name
    ("", False),
    (None, False),
])
def test_has_measure(text, measured):
    assert has_measure(text, COUNT) is measured


def test_units_are_the_callers():
    assert has_measure("培训500人次", ("人次",))
    assert not has_measure("培训500人次")           # only time units and 万/亿 without units
    assert has_measure("服务3天")


@pytest.mark.parametrize("text, deadline", [
    ("2025年一季度实施", True),
    ("十一季度", False),
    ("2025年", False),
])
def test_has_deadline(text, deadline):
    assert has_deadline(text) is deadline


def test_goal_is_quantified_leaves_money_out():
    assert not goal_is_quantified("申请资金90万元")
    assert goal_is_quantified("申请资金90万元，培训500人次")
    assert goal_is_quantified("提升效率", [type("T", (), {"value": 3, "deadline": None})()])
