"""``Goal.quantified`` in the extraction and the ``goal.unquantified`` finding come from one decision
(:func:`extractor.nlp.measures.goal_is_quantified`): on every goal of the checker sets they agree."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import extractor
from extractor.checker.runner import run_rules
from extractor.nlp.measures import goal_is_quantified, without_money

ROOT = Path(__file__).resolve().parents[2]
SETS = sorted((ROOT / "corpora" / "annotations").glob("checker_*.yaml"))
# a goal that is not quantified is reported by exactly one of these (README "One problem, one rule")
_GOAL_LABELS = {"goal.unquantified", "goal.budget_text", "goal.process_only"}


def _goal_texts(path: Path) -> list[str]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [text for project in data["projects"] for text, _ in project.get("goals") or []]


@pytest.mark.parametrize("path", SETS, ids=[p.stem for p in SETS])
def test_quantified_agrees_with_the_unquantified_finding(path, tmp_path):
    texts = _goal_texts(path)
    assert texts, f"{path.name} has no goals"
    document = tmp_path / f"{path.stem}.txt"
    paragraphs = (f"年度目标：{text.rstrip('。')}。" for text in texts)  # a closing 。 keeps the paragraphs apart
    document.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    extraction = extractor.extract(str(document))
    assert len(extraction.goals) >= len(texts) * 0.9  # the goals were read, not lost
    labels: dict[str, set[str]] = {}
    for finding in run_rules(extraction):
        if finding.rule in _GOAL_LABELS:
            labels.setdefault(finding.item, set()).add(finding.rule)
    quantified = [g for g in extraction.goals if g.quantified]
    unquantified = [g for g in extraction.goals if not g.quantified]
    assert quantified and unquantified  # both kinds occur, so the comparison means something
    for goal in quantified:
        assert "goal.unquantified" not in labels.get(goal.id, set()), goal.text
    for goal in unquantified:
        assert labels.get(goal.id), f"not quantified in the extraction but no goal finding: {goal.text}"


def test_amounts_in_words_are_read_by_the_extractors_reader(tmp_path):
    """consistency.amount_words reads 大写 amounts with :func:`extractor.nlp.quantities.parse_amount_words`, as the
    fact extractor does: a fact read from a file and the same fact without its reading give the same finding, and
    words with no amount in them ("人民币万元整", a blank form) give none."""
    from extractor.extraction import Extraction, Fact

    document = tmp_path / "contract.txt"
    document.write_text("合同金额：¥1,250,000.00（大写：人民币壹佰贰拾万元整）。\n", encoding="utf-8")
    extracted = extractor.extract(str(document))
    facts = [f for f in extracted.facts if f.kind == "amount_words"]
    assert facts and facts[0].planned == 1_200_000
    from_file = [f.rule for f in run_rules(extracted) if f.rule == "consistency.amount_words"]
    rebuilt = Fact(metric="合同金额", kind="amount_words", actual=facts[0].actual, unit=facts[0].unit,
                   stated_text=facts[0].stated_text, text=facts[0].text)
    assert rebuilt.planned is None
    from_record = [f.rule for f in run_rules(Extraction(source="x", doc_type="contract", facts=[rebuilt]))
                   if f.rule == "consistency.amount_words"]
    assert from_file == from_record == ["consistency.amount_words"]
    blank = Fact(metric="合同金额", kind="amount_words", actual=5000.0, unit="元", stated_text="人民币万元整", text="人民币万元整")
    assert not [f for f in run_rules(Extraction(source="x", doc_type="contract", facts=[blank]))
                if f.rule == "consistency.amount_words"]


@pytest.mark.parametrize("text, without", [
    ("投入90万元，建成12个站点", "投入，建成12个站点"),
    ("投入90万元、1.5亿元和3000元", "投入、和"),
    ("投入 90 万元", "投入 "),                        # blanks before the unit
    ("投入资金五百万元", "投入资金"),                  # numerals: an amount too (the old pattern kept it, a measure)
    ("支付¥982,680.00", "支付¥"),                     # after a currency sign: the span starts at the figure
    ("补助12万元/年", "补助/年"),                     # a compound by its money part
    ("培训500人次", "培训500人次"),                  # no money
    ("", ""),
    (None, ""),
])
def test_without_money(text, without):
    assert without_money(text) == without


def test_a_goal_whose_only_number_is_money_in_numerals_is_not_quantified():
    assert not goal_is_quantified("申请资金五百万元，用于设备购置")
    assert goal_is_quantified("申请资金五百万元，购置设备五台")


def test_spending_lines_need_process_words():
    from types import SimpleNamespace

    from extractor.checker.rules.goals import without_spending_lines

    assert without_spending_lines("设备采购30万元，建成3个站点", SimpleNamespace(process_words=())) == "设备采购30万元，建成3个站点"
    assert without_spending_lines("设备采购30万元，建成3个站点", SimpleNamespace(process_words=("采购",))) == "设备，建成3个站点"
    assert without_spending_lines("采购设备共计30万元", SimpleNamespace(process_words=("采购",))) == ""  # 4 characters between
    assert without_spending_lines("采购各类办公设备一批共计30万元", SimpleNamespace(process_words=("采购",))) == (
        "采购各类办公设备一批共计30万元")  # 10 between: more than 8
