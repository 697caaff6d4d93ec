"""Patterns of the twenty-third session, each from a never-seen part's first run (the part named at each test)."""
from __future__ import annotations

from extractor import check
from extractor.extractors import extract_document
from tests.extractors.text_docs import mixed_document as _document


def _rules(ext, item=None):
    return sorted(f.rule for f in check(ext) if item is None or f.item == item)


def _findings(ext, rule):
    by_id = {i.id: i.name for i in ext.indicators}
    return sorted(by_id.get(f.item, f.item) for f in check(ext) if f.rule == rule)


# blind94, 贵州 赤水 城维费 监控报告: the overview lists the project's main indicators in one sentence, no level named
MAIN = ("为改善居民生活环境质量，按要求实施城维费项目，主要指标是城市道路装灯率100%，亮灯率99%，免费开放符合条件的社会公厕34座，"
        "日城区环境卫生保洁面积238万平方米，城乡垃圾无害化处理率达91%以上。")


def test_pattern_10_a_sentence_listing_the_main_indicators_gives_each_of_them():
    ext = extract_document(_document("监控报告.docx", "docx", "项目绩效运行监控报告", "一、项目基本情况", "（一）项目概况", MAIN))
    assert [(i.name, i.operator, i.value, i.unit) for i in ext.indicators] == [
        ("城市道路装灯率", "=", 100, "%"),
        ("亮灯率", "=", 99, "%"),
        ("免费开放符合条件的社会公厕", "=", 34, "座"),
        ("日城区环境卫生保洁面积", "=", 238, "万平方米"),
        ("城乡垃圾无害化处理率", ">=", 91, "%"),
    ]
    # the main ones are no whole indicator set: no dimension is missing from them
    assert not [r for r in _rules(ext) if r.startswith("coverage.")]


def test_pattern_10_a_list_needs_the_announcing_words_and_two_figures():
    ext = extract_document(_document("报告.docx", "docx", "项目绩效自评报告",
                                     "该项目主要指标是群众满意度，总体较好。", "项目指标是装灯率100%，亮灯率99%。"))
    assert ext.indicators == []


# blind96, 湖南 雨花区 部门整体支出评价指标表: "“三公经费”变动率≤0" and "预算控制率=0" need no unit; a rate "≥0" (a
# template slip) is still asked for one
ZERO = (
    ("一级指标", "二级指标", "三级指标", "指标值", "分值"),
    ("产出指标", "数量指标", "“三公经费”变动率", "≤0", "8"),
    ("产出指标", "数量指标", "安全责任事故", "=0", "4"),
    ("产出指标", "质量指标", "矫正对象脱管率", "≥0", "4"),
    ("产出指标", "数量指标", "法治宣传活动场次", "≥50", "4"),
)


def test_pattern_6_a_zero_at_most_needs_no_unit():
    ext = extract_document(_document("目标表.xlsx", "xlsx", "绩效目标表", ZERO))
    assert _findings(ext, "target.missing_unit") == ["法治宣传活动场次", "矫正对象脱管率"]


# blind87, blind27, blind45, blind61 (self-evaluation reports in prose): a result short of its target with no reason
# in its text is a missing deviation reason, as an empty 偏差原因 cell is; a reason given, a result met or a cost spent
# below its figure is none
def test_pattern_10_a_result_in_prose_short_of_its_target_needs_its_reason():
    ext = extract_document(_document(
        "自评报告.docx", "docx", "2020年度项目支出绩效自评报告", "（三）绩效指标完成情况",
        "数量指标:租机数量8架,实际租机7架,未完成指标。",
        "质量指标:飞机飞行时长≥928小时，实际飞行时长909.93小时；布防飞机数量≥6架，实际布防6架。",
        "时效指标:绩效目标完成率100%，实际完成98.99%，未完成目标的原因是预算执行率未完成预计目标。",
        "成本指标:项目投资56万元，实际决算金额54.6万元。"))
    assert _findings(ext, "consistency.deviation_reason_missing") == ["租机数量", "飞机飞行时长"]


def test_pattern_10_a_form_row_without_a_reason_column_is_not_asked_for_one():
    table = (("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"),
             ("产出指标", "数量指标", "培训人次", "≥500人次", "420人次"))
    ext = extract_document(_document("自评表.xlsx", "xlsx", "项目支出绩效自评表", table))
    assert _findings(ext, "consistency.deviation_reason_missing") == []
