"""Contract terms from 第X条 clauses."""
from __future__ import annotations

import pytest

from extractor.document import Clause, DocumentBuilder
from extractor.extractors.contracts import clause_kind, extract_contract_terms, trigger_of


def contract():
    b = DocumentBuilder("c.docx", "docx")
    b.add("paragraph", "甲方：佛山市教育局")
    b.add("paragraph", "乙方：广州明德科技有限公司")
    texts = [
        ("第一条", "合同金额", "本合同总价为人民币贰佰伍拾万元整（¥2,500,000.00元），含税。"),
        ("第二条", "付款方式", "合同签订后10个工作日内，甲方支付合同总价的30%；系统初验合格后支付40%；终验合格后支付25%；质保期满后支付5%。"),
        ("第三条", "工期", "乙方应在合同签订之日起180日历天内完成系统建设。"),
        ("第四条", "违约责任", "乙方每逾期一天，按合同总价的0.5‰支付违约金，违约金累计不超过合同总价的10%。"),
        ("第五条", "维保服务", "免费维保期为3年，自终验合格之日起计算。"),
        ("第六条", "知识产权", "本项目开发的软件著作权归甲方所有。"),
    ]
    clauses = []
    for number, title, body in texts:
        head = b.add("heading", f"{number} {title}", level=1, number=number)
        para = b.add("paragraph", body)
        clauses.append(Clause(ref=head.ref, number=number, title=title, level=1, block_refs=[head.ref, para.ref]))
    d = b.build(pages=1)
    d.clauses = clauses
    return d


def test_clause_kinds_and_triggers():
    assert clause_kind("付款方式") == "付款"
    assert clause_kind("", "质保期内乙方免费维护") == "维保"
    assert trigger_of("质保期满后支付5%") == "质保期满"
    assert trigger_of("系统初验合格后支付40%") == "初验合格"
    assert trigger_of("合同签署后支付") == "合同签订"


def test_contract_terms():
    terms = extract_contract_terms(contract())
    pay = [(t.percent, t.trigger) for t in terms if t.kind == "付款"]
    assert pay == [(30, "合同签订"), (40, "初验合格"), (25, "终验合格"), (5, "质保期满")]
    amount = next(t for t in terms if t.kind == "金额")
    assert (amount.amount, amount.unit) == (2500000.0, "元")
    period = next(t for t in terms if t.kind == "工期")
    assert (period.duration, period.duration_unit) == (180, "日历天")
    penalty = next(t for t in terms if t.kind == "违约")
    assert (penalty.amount, penalty.unit) == (0.5, "‰/日")
    assert penalty.cap == 10 and penalty.percent == 10
    warranty = next(t for t in terms if t.kind == "维保")
    assert (warranty.duration, warranty.duration_unit, warranty.trigger) == (3, "年", "终验合格")
    assert any(t.kind == "知识产权" for t in terms)
    assert "甲方:佛山市教育局" in amount.parties and "乙方:广州明德科技有限公司" in amount.parties


@pytest.mark.parametrize("text, expected", [
    ("违约金累计不超过合同总价的10%。", 10.0), ("以合同金额的5％为限", 5.0), ("上限为15%", 15.0),
    ("最高不超过合同价款的 20 %", 20.0), ("违约金总额不得超过合同总价的5%-10%", 5.0),
    ("不超过合同总价款的百分之十", None),                 # a percentage in figures only
    ("不超过合同总价款（含税价）的百分比为10%", None),      # more than twelve characters between
    ("不超过合同总价。违约金10%", None), ("不超过2023年合同总价的10%", None),
    ("不超过10万元，另付5%", None), ("每日按合同价的0.5‰计", None),
    ("不超过3个百分点", None), ("违约金为合同总价的10%", None),
])
def test_cap_percent(text, expected):
    from extractor.extractors.contracts import _cap_percent

    assert _cap_percent(text) == expected
