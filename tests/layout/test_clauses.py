"""Clause tree from numbering, for any format (built from Document blocks)."""
from __future__ import annotations

from extractor.document import DocumentBuilder
from extractor.layout.clauses import build_clauses, clause_title


def _doc(*items):
    """items: text (a paragraph) or (kind, text)."""
    b = DocumentBuilder("x.txt", "text")
    for item in items:
        kind, text = item if isinstance(item, tuple) else ("paragraph", item)
        if kind == "table":
            b.add("table", text, rows=[[text]])
        else:
            b.add(kind, text)
    return b.build(pages=0)


def _flat(clauses):
    out = []
    for c in clauses:
        for x in c.walk():
            out.append((x.number, x.level, x.title))
    return out


def test_report_numbering_nests_four_levels():
    doc = _doc(
        ("heading", "一、项目概况"),
        ("heading", "（一）项目背景"),
        "本项目于2022年立项。",
        ("heading", "1.建设内容"),
        "（1）平台建设，包括数据中台和指挥中心。",
        "（2）系统集成。",
        ("heading", "2.资金安排"),
        ("heading", "（二）绩效目标"),
        ("heading", "二、评价结论"),
    )
    roots = build_clauses(doc)
    assert [c.number for c in roots] == ["一、", "二、"]
    assert _flat(roots) == [
        ("一、", 1, "项目概况"),
        ("（一）", 2, "项目背景"),
        ("1.", 3, "建设内容"),
        ("（1）", 4, "平台建设"),
        ("（2）", 4, "系统集成"),
        ("2.", 3, "资金安排"),
        ("（二）", 2, "绩效目标"),
        ("二、", 1, "评价结论"),
    ]
    first = roots[0]
    assert first.ref == "#/blocks/0"
    assert first.block_refs == [f"#/blocks/{i}" for i in range(1, 8)]
    assert first.children[0].children[0].block_refs == ["#/blocks/4", "#/blocks/5"]


def test_contract_articles_take_the_head_as_title():
    doc = _doc(
        "第一条 项目名称：智慧城管二期系统集成项目。",
        "第二条 合同金额",
        "合同总价为人民币贰佰万元整（¥2,000,000.00）。",
        "第三条 付款方式：合同签订后10个工作日内支付30%，初验合格后支付60%，终验合格后支付10%。",
        ("table", "付款表"),
    )
    roots = build_clauses(doc)
    assert _flat(roots) == [("第一条", 1, "项目名称"), ("第二条", 1, "合同金额"), ("第三条", 1, "付款方式")]
    assert roots[1].block_refs == ["#/blocks/2"]
    assert roots[2].block_refs == ["#/blocks/4"]


def test_chapters_sections_articles():
    doc = _doc(("heading", "第一章 总则"), ("heading", "第一节 目的"), "第一条 为规范管理，制定本办法。",
               "第二条 本办法适用于市级部门。", ("heading", "第二章 目标管理"), "第三条 目标应当量化。")
    roots = build_clauses(doc)
    assert [(n, lvl) for n, lvl, _ in _flat(roots)] == [
        ("第一章", 1), ("第一节", 2), ("第一条", 3), ("第二条", 3), ("第二章", 1), ("第三条", 3)]
    assert [c.number for c in roots[1].children] == ["第三条"]  # an article may sit directly in a chapter


def test_document_that_starts_at_a_deeper_level():
    doc = _doc("（一）加快平台建设，年内上线。", "1.完成数据中台。", "（二）提升服务水平。")
    roots = build_clauses(doc)
    assert [(c.number, c.level) for c in roots] == [("（一）", 1), ("（二）", 1)]
    assert roots[0].children[0].number == "1." and roots[0].children[0].level == 2
    assert roots[0].title == "加快平台建设"


def test_skipped_level_nests_under_the_nearest_outer_number():
    doc = _doc(("heading", "一、目标"), "1.年度目标", ("heading", "二、措施"), ("heading", "（一）组织保障"),
               "1.成立领导小组。")
    roots = build_clauses(doc)
    assert [c.number for c in roots[0].children] == ["1."]
    assert roots[0].children[0].level == 3  # 1. is level 3 in a document that also uses （一）
    assert [c.number for c in roots[1].children[0].children] == ["1."]


def test_attachments_are_outermost():
    doc = _doc(("heading", "一、正文"), "正文内容。", ("heading", "附件1：绩效目标表"), ("heading", "一、总体目标"),
               ("heading", "附件2"), "附表内容。")
    roots = build_clauses(doc)
    assert [(c.number, c.level) for c in roots] == [("一、", 1), ("附件1：", 1), ("附件2", 1)]
    assert [(c.number, c.level) for c in roots[1].children] == [("一、", 2)]
    assert roots[2].block_refs == ["#/blocks/5"]


def test_toc_lines_tables_and_unnumbered_text_open_no_clause():
    doc = _doc(("heading", "目  录"), "一、项目概况……………………3", "二、评价结论..........8", ("table", "1.指标"),
               "2023年度项目完成情况良好。", ("heading", "一、项目概况"))
    roots = build_clauses(doc)
    assert [(c.number, c.ref) for c in roots] == [("一、", "#/blocks/5")]


def test_clause_title_rules():
    assert clause_title("第三条 付款方式：合同签订后支付30%。") == "付款方式"
    assert clause_title("1.项目背景") == "项目背景"
    assert clause_title("（一）加快推进数字政府建设，提升政务服务效能，推动治理能力现代化建设全面升级。") == "加快推进数字政府建设"
    assert clause_title("二、评价结论：") == "评价结论"
