"""Patterns of the thirty-first session, each from a code-blind part's real layout (the part named at each test)."""
from __future__ import annotations

from extractor.extractors import extract_document
from tests.extractors.text_docs import text_document


# blind59, 广西 生态环境厅 水污染防治资金 自评: the indicators listed in prose under 二级 labels alone (数量指标：…), no 一级
# written; the framework gives them their 一级, ``level1_text`` keeps what the document wrote: nothing
def test_level1_text_is_empty_under_a_level2_label_alone():
    ext = extract_document(text_document(
        "水污染防治资金绩效自评报告", "（一）绩效指标完成情况",
        "数量指标：集中式饮用水水源地整治数量6个，新增湿地恢复面积1659亩。",
        "满意度指标：群众满意度≥90%。"))
    assert [(i.level1, i.level1_text, i.level2_text) for i in ext.indicators] == [
        ("产出指标", None, "数量指标"), ("产出指标", None, "数量指标"),
        ("满意度指标", None, "服务对象满意度指标")]  # among 二级 labels, 满意度指标 is one of them (blind80, blind151)


def test_level1_text_is_kept_where_a_level1_label_heads_the_level2_labels():
    ext = extract_document(text_document(
        "水污染防治资金绩效自评报告", "一、产出指标", "数量指标：集中式饮用水水源地整治数量6个。",
        "二、效益指标", "生态效益指标：地表水水质优良比例≥90%。"))
    assert [(i.level1_text, i.level2_text) for i in ext.indicators] == [
        ("产出指标", "数量指标"), ("效益指标", "生态效益指标")]
