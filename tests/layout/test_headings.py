import pytest

from extractor.layout.headings import (
    STYLE_LEVELS,
    STYLE_ORDER,
    classify,
    cn_to_int,
    document_levels,
    heading_level,
    match_number,
)


@pytest.mark.parametrize(
    "text, number, style, value, title",
    [
        ("一、项目概况", "一、", "cn_comma", 1, "项目概况"),
        ("（二）资金使用情况", "（二）", "cn_paren", 2, "资金使用情况"),
        ("(十一)其他", "(十一)", "cn_paren", 11, "其他"),
        ("1．项目立项", "1．", "arabic_dot", 1, "项目立项"),
        ("3. 产出指标", "3.", "arabic_dot", 3, "产出指标"),
        ("2、资金到位", "2、", "arabic_dot", 2, "资金到位"),
        ("1.2 项目背景", "1.2", "arabic_dot2", 2, "项目背景"),
        ("2.3.1 数据", "2.3.1", "arabic_dot3", 1, "数据"),
        ("（3）完成率", "（3）", "arabic_paren", 3, "完成率"),
        ("2)主导制修订行业标准项目数量", "2)", "arabic_paren", 2, "主导制修订行业标准项目数量"),  # blind56 莆田 自评报告
        ("12） 其他", "12）", "arabic_paren", 12, "其他"),
        ("②培训", "②", "circled", 2, "培训"),
        ("第十二章 附则", "第十二章", "chapter", 12, "附则"),
        ("第二节 目标", "第二节", "section", 2, "目标"),
        ("第一百零五条 违约责任", "第一百零五条", "article", 105, "违约责任"),
        ("第一部分 基本情况", "第一部分", "part", 1, "基本情况"),
        ("附件2 评分表", "附件2", "attachment", 2, "评分表"),
        ("　一、缩进的标题", "一、", "cn_comma", 1, "缩进的标题"),
        ("１．全角数字", "１．", "arabic_dot", 1, "全角数字"),
    ],
)
def test_numbering_styles_recognised(text, number, style, value, title):
    m = match_number(text)
    assert m is not None
    assert (m.number, m.style, m.value, m.title) == (number, style, value, title)
    assert m.level == STYLE_LEVELS[style]


@pytest.mark.parametrize(
    "text",
    ["1.5万元用于运维", "2023年完成", "十分重要、必要", "附件说明了情况", "95%以上", "项目概况", "", "（注）说明",
     "2023)年度", "(1说明"],
)
def test_numbers_inside_quantities_are_not_headings(text):
    assert match_number(text) is None


def test_gongwen_hierarchy_levels_are_fixed():
    assert [match_number(t).level for t in ("一、甲", "（一）乙", "1．丙", "（1）丁", "①戊")] == [1, 2, 3, 4, 5]


def test_numbered_sentence_is_list_item_not_heading():
    assert classify("1、完成了系统建设，覆盖率达到95%。") == "list_item"
    assert heading_level("1、完成了系统建设，覆盖率达到95%。") is None
    assert classify("（一）项目决策情况") == "heading"
    assert classify("普通段落") is None


def test_long_numbered_title_is_list_item():
    assert classify("一、" + "很长的标题" * 10) == "list_item"


def test_chapter_is_heading_even_with_long_title():
    assert classify("第一章 " + "总则" * 30) == "heading"


def test_document_levels_start_at_one_for_contract_articles():
    assert document_levels(["article", "cn_paren", "article"]) == {"article": 1, "cn_paren": 2}
    assert document_levels(["arabic_paren", "cn_comma", "arabic_dot"]) == {"cn_comma": 1, "arabic_dot": 2, "arabic_paren": 3}


def test_every_style_has_a_level():
    assert set(STYLE_ORDER) == set(STYLE_LEVELS)


@pytest.mark.parametrize("text, value", [("十", 10), ("十二", 12), ("二十", 20), ("二十三", 23), ("一百零五", 105), ("一〇五", 105), ("７", 7), ("两", 2)])
def test_cn_to_int(text, value):
    assert cn_to_int(text) == value
