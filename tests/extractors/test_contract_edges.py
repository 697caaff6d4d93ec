"""Edges of the contract reader the mutation run found unbounded (bench/mutation.py extractor/extractors/contracts.py):
each test states what is read on one side of an edge and what is not on the other."""
from __future__ import annotations

import pytest

from extractor.document import DocumentBuilder
from extractor.extractors.contracts import (_longest_duration, clause_kind, contract_parties, extract_contract_terms,
                                            terms_of)

LONG = "本条款约定的事项由双方协商确定，" * 20  # 320 characters


@pytest.mark.parametrize("kind, text", [
    ("付款", "按进度支付。" + LONG), ("金额", "合同金额以结算为准。" + LONG), ("工期", "工期90日历天。" + LONG),
    ("违约", "每逾期一天支付违约金500元。" + LONG), ("知识产权", "著作权归甲方所有。" + LONG),
])
def test_a_term_keeps_the_first_200_characters_of_its_clause(kind, text):
    (term,) = terms_of(kind, text)
    assert term.text == text[:200]


def test_a_week_is_shorter_than_a_month_whatever_comes_first():
    assert _longest_duration("每2周巡检一次，服务期3个月。")[:2] == (3.0, "月")
    assert _longest_duration("服务期3个月，每2周巡检一次。")[:2] == (3.0, "月")
    assert _longest_duration("每2周巡检一次，响应时间2天。")[:2] == (2.0, "周")


def test_a_numeral_that_is_no_number_is_no_duration():
    assert _longest_duration("十十天内完成。") is None
    assert _longest_duration("十天内完成。")[:2] == (10.0, "天")


def test_a_payment_trigger_before_the_percentage_wins():
    (term,) = terms_of("付款", "初验合格后支付合同总价的30%，终验合格后支付余款。")
    assert term.trigger == "初验合格"
    (term,) = terms_of("付款", "支付合同总价的30%（合同签订后）。")
    assert term.trigger == "合同签订"


def test_clause_kind_reads_a_keyword_wrapped_across_lines():
    assert clause_kind("", "本项目合同价\n款为人民币100万元") == "金额"
    assert clause_kind("", "本项目由双方共同实施") is None


def _paragraph_doc(*texts):
    b = DocumentBuilder("c.docx", "docx")
    for text in texts:
        b.add("paragraph", text)
    return b.build(pages=1)


def test_paragraphs_without_a_clause_tree_give_terms_of_typed_paragraphs_only():
    terms = extract_contract_terms(_paragraph_doc("第一条 合同金额 合同总价为100万元。", "第二条 其他 本合同一式两份。",
                                                  "第三条 工期 乙方应在90日历天内完成。"))
    assert [(t.kind, t.amount, t.duration) for t in terms] == [("金额", 100.0, None), ("工期", None, 90.0)]
    assert terms[0].refs == ["#/blocks/0"]


def test_tables_are_no_paragraph_terms():
    b = DocumentBuilder("c.docx", "docx")
    b.add("table", "合同金额 100万元", rows=[["合同金额", "100万元"]])
    assert extract_contract_terms(b.build(pages=1)) == []


def test_parties_are_read_in_the_first_80_blocks():
    filler = ["本页无正文。"] * 79
    assert contract_parties(_paragraph_doc(*filler, "甲方：佛山市教育局")) == ["甲方:佛山市教育局"]
    assert contract_parties(_paragraph_doc(*filler, "本页无正文。", "甲方：佛山市教育局")) == []


def test_a_party_field_is_read_from_its_label_and_value():
    b = DocumentBuilder("c.docx", "docx")
    b.add("field", "", label="甲方", value="佛山市教育局")
    assert contract_parties(b.build(pages=1)) == ["甲方:佛山市教育局"]
