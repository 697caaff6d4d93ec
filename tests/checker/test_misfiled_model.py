"""target.misfiled_dimension with the dimension classifier switched on (settings use_models/model_min_prob)."""
from __future__ import annotations

import pytest

from extractor.checker import run_rules
from extractor.checker.config import load_config
from extractor.extraction import Extraction, Indicator
from extractor.nlp.classify import model_available

RULE = "target.misfiled_dimension"
pytestmark = pytest.mark.skipif(not model_available("dimension"), reason="models/dimension is not trained")


def _findings(name: str, level2: str, **settings) -> list:
    ind = Indicator(id="i1", name=name, level1="产出指标", level2=level2, operator=">=", value=100, unit="吨")
    config = {"rules": {RULE: {"enabled": True}}, "settings": settings}
    return [f for f in run_rules(Extraction(source="t", indicators=[ind]), config=config) if f.rule == RULE]


def test_models_are_off_by_default():
    assert load_config().settings.use_models is False
    assert _findings("化学需氧量减排量", "数量指标") == []


def test_confident_model_flags_a_name_no_keyword_rule_knows():
    found = _findings("化学需氧量减排量", "数量指标", use_models=True)
    assert len(found) == 1
    assert found[0].numbers["predicted"] == "生态效益指标"
    assert "模型判断" in found[0].message


def test_the_finding_carries_the_model_probability_to_three_decimals():
    from extractor.nlp.classify import misfiled_candidates

    ind = Indicator(id="i1", name="化学需氧量减排量", level1="产出指标", level2="数量指标", operator=">=", value=100,
                    unit="吨")
    (_, predicted, prob), = misfiled_candidates([ind], min_prob=0.97)
    (finding,) = _findings("化学需氧量减排量", "数量指标", use_models=True)
    assert finding.numbers == {"predicted": predicted, "prob": round(prob, 3)}
    assert f"置信度{prob:.2f}" in finding.message


def test_threshold_keeps_unsure_predictions_out():
    assert _findings("化学需氧量减排量", "数量指标", use_models=True, model_min_prob=0.999) == []
    assert _findings("道路新建长度", "质量指标", use_models=True) == []  # the model is ~0.5 sure


def test_keyword_rules_decide_first():
    # 合格率 is a keyword of the 质量 rule and allowed under 质量指标: the model is not asked
    assert _findings("验收合格率", "质量指标", use_models=True) == []


def test_bad_threshold_is_a_usage_error():
    from extractor.errors import UsageError

    with pytest.raises(UsageError):
        load_config({"settings": {"model_min_prob": 1.5}})
