"""Patterns found in the eleventh session (blind28–30 after their first run, and the earlier parts' forms that hold
several projects), on files built here and on the parts' own files."""
from __future__ import annotations

from pathlib import Path

from extractor import check, extract
from extractor.extractors.doctype import is_form_title
from extractor.extractors.goals import targets_in

REAL = Path(__file__).resolve().parents[2] / "corpora" / "real_layouts"


# 炉霍县 自评表: "对0-6岁适龄儿童继续开展常规免疫接种" names who is served; the age is no target of the goal
def test_pattern_10_an_age_before_the_people_it_qualifies_is_no_target():
    assert targets_in("对0-6岁适龄儿童继续开展常规免疫接种") == []
    assert targets_in("为辖区35岁以上高血压患者提供规范化管理服务") == []


def test_an_age_that_ends_its_clause_is_a_target():
    (target,) = targets_in("人均预期寿命提高到78.5岁。")
    assert (target.value, target.unit) == (78.5, "岁")


def test_the_real_goal_with_only_an_age_is_unquantified():
    ext = extract(REAL / "blind29" / "sc-luhuo-epidemic-transfer-selfeval.xlsx")
    first = next(g for g in ext.goals if "0-6岁" in g.text)
    assert not first.quantified
    assert any(f.rule == "goal.unquantified" and f.item == first.id for f in check(ext))


# 邵阳市疾控中心: "2021年项目绩效自评报告表" is a form (湖南's title for a 自评表); cut before its indicator rows, it
# lacks every dimension
def test_pattern_8_a_self_evaluation_report_form_title_is_a_form_title():
    assert is_form_title("2021年项目绩效自评报告表")
    assert not is_form_title("2021年项目绩效自评报告")


def test_the_real_report_form_cut_before_its_indicators_lacks_every_dimension():
    ext = extract(REAL / "blind29" / "hn-shaoyang-cdc-selfeval-form.docx")
    assert ext.forms_without_indicators == ["2021年项目绩效自评报告表"]
    dimensions = sorted(f.numbers["dimension"] for f in check(ext) if f.rule == "coverage.missing_dimension")
    assert dimensions == ["产出指标", "效益指标", "满意度指标"]
