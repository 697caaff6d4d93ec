"""Canonical level names for both indicator trees (88号 and 101号) and the evaluation framework."""
from __future__ import annotations

import pytest

from extractor.extraction import LEVEL1, LEVEL2, LEVEL2_COST_101
from extractor.nlp.framework import (
    canonical_level1,
    canonical_level2,
    canonical_levels,
    evaluation_level,
    is_evaluation_framework,
    names_target_level2,
)


@pytest.mark.parametrize("l1, l2, expected", [
    ("产出", "数量", ("产出指标", "数量指标")),
    ("产出指标", "数量指标", ("产出指标", "数量指标")),
    ("产出指标", "成本指标", ("产出指标", "成本指标")),  # 88号: 成本 under 产出
    ("产出", "成本", ("产出指标", "成本指标")),
    ("成本指标", "经济成本", ("成本指标", "经济成本指标")),  # 101号: 成本 as 一级
    ("成本指标", "社会成本指标", ("成本指标", "社会成本指标")),
    ("成本", "生态环境成本", ("成本指标", "生态环境成本指标")),
    ("效益指标", "社会效益", ("效益指标", "社会效益指标")),
    ("效益", "环境效益", ("效益指标", "生态效益指标")),
    ("效益指标", "环境效益指标", ("效益指标", "生态效益指标")),
    ("效益", "可持续影响", ("效益指标", "可持续影响指标")),
    ("满意度", "服务对象满意度", ("满意度指标", "服务对象满意度指标")),
    ("满意度指标", "社会公众满意度", ("满意度指标", "服务对象满意度指标")),
    ("满意度指标", "社会公众或服务对象满意度指标", ("满意度指标", "服务对象满意度指标")),
    ("（一）产出指标（50分）", " 数量指标 ", ("产出指标", "数量指标")),
    ("", "社会效益", ("效益指标", "社会效益指标")),
    ("数量指标", "", ("产出指标", "数量指标")),
    ("决策", "项目立项", (None, None)),
    ("过程", "资金管理", (None, None)),
    ("其他", "其他", (None, None)),
])
def test_canonical_levels(l1, l2, expected):
    assert canonical_levels(l1, l2) == expected


def test_results_are_canonical_names():
    for l1 in ("产出", "效益", "满意度", "成本"):
        assert canonical_level1(l1) in LEVEL1
    for l2 in ("数量", "质量", "时效", "成本", "经济效益", "社会效益", "环境效益", "可持续影响", "满意度"):
        assert canonical_level2(l2) in LEVEL2
    for l2 in ("经济成本", "社会成本", "生态环境成本"):
        assert canonical_level2(l2) in LEVEL2_COST_101


@pytest.mark.parametrize("text, expected", [("决策", "决策"), ("过程", "过程"), ("产出", "产出"), ("效益类", "效益"),
                                            ("产出指标", "产出"), ("满意度", None), ("", None)])
def test_evaluation_level(text, expected):
    assert evaluation_level(text) == expected


def test_is_evaluation_framework():
    assert is_evaluation_framework(["决策", "决策", "过程", "产出", "效益"])
    assert not is_evaluation_framework(["产出指标", "效益指标", "满意度指标"])


def test_a_header_fragment_in_front_of_a_level_cell_is_left_out():
    # 忠县 self-evaluation PDF: the table finder put 指/标 of a vertically written 指标 in front of the level cells
    assert canonical_level1("指产出指标") == "产出指标"
    assert canonical_level2("标数量指标") == "数量指标"
    assert canonical_level1("标效益指标") == "效益指标"


def test_a_name_that_only_starts_with_the_fragment_characters_is_no_level():
    assert canonical_level2("标准指标") is None
    assert canonical_level1("指标") is None
    assert canonical_level2("指标数") is None


def test_a_level_written_as_a_goal_is_that_level():
    # 宁德市 evaluation report's table: 产出目标 │ 数量目标 / 质量目标
    assert canonical_level1("产出目标") == "产出指标" and canonical_level1("效益目标") == "效益指标"
    assert canonical_level2("数量目标") == "数量指标" and canonical_level2("社会效益目标") == "社会效益指标"
    assert canonical_level1("绩效目标") is None and canonical_level2("年度目标") is None  # goal labels stay goal labels


def test_a_level_written_as_a_value_is_that_level():
    # 临邑县 target form (blind20): 产出值 │ 数量值, 效益值 │ 可持续影响值
    assert canonical_levels("产出值", "数量值") == ("产出指标", "数量指标")
    assert canonical_levels("效益值", "可持续影响值") == ("效益指标", "可持续影响指标")
    assert canonical_level1("指标值") is None and canonical_level2("年度值") is None and canonical_level1("值") is None


def test_evaluation_levels_as_forms_write_them():
    # 银川市 self-evaluation form: 项目决策（10分）/ 项目管理（25分）/ 项目产出 / 项目效益
    assert [evaluation_level(t) for t in ("项目决策（10分）", "项目管理（25分）", "项目产出", "项目效益", "管理")] == [
        "决策", "过程", "产出", "效益", "过程"]
    assert evaluation_level("项目立项") is None and evaluation_level("财务管理") is None
    assert is_evaluation_framework(["项目决策（10分）", "项目产出（30分）"])


def test_a_target_level2_is_written_in_full():
    assert names_target_level2("数量指标（10分）") and names_target_level2("社会效益\n指标")
    assert not names_target_level2("产出数量") and not names_target_level2("项目效益") and not names_target_level2("投入管理")


def test_a_row_scores_the_evaluation_when_its_only_levels_are_the_evaluation_frameworks():
    from extractor.extraction import Indicator
    from extractor.nlp.framework import scores_the_evaluation

    assert scores_the_evaluation(Indicator(id="i1", name="完整性", level1_text="项目决策（10分）", level2_text="项目目标"))
    assert not scores_the_evaluation(Indicator(id="i2", name="保障人数", level1="产出指标", level2="数量指标",
                                               level1_text="项目产出（30分）", level2_text="数量指标"))
    assert not scores_the_evaluation(Indicator(id="i3", name="受益人数"))  # no level at all: a target all the same
