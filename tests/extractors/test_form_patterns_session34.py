"""Patterns of the thirty-fourth session, each from a code-blind part's real layout (the part named at each test), on
documents written here."""
from __future__ import annotations

from extractor.extractors import extract_document
from tests.extractors.text_docs import mixed_document as _document
from tests.extractors.text_docs import plan_extraction
from tests.extractors.text_docs import target_rows as _rows


def _plan(*paragraphs: str):
    return plan_extraction("乡村建设行动实施方案", *paragraphs)


# blind167, 河南 乡村建设行动实施方案 (a news report of it): a paragraph the plan's own words open (方案要求,) states a
# count to reach with no operator, and shares written before what they are shares of
def test_pattern_10_a_plans_count_to_reach_with_no_operator_is_a_target():
    ext = _plan("方案要求,2025年年底前,累计新改造农村卫生厕所550万户、厕所粪污基本得到处理;"
                "农村生活污水治理率达到45%以上;30%以上的行政村达到“四美乡村”建设标准。")
    assert _rows(ext) == [("累计新改造农村卫生厕所", "=", 550, "万户"), ("农村生活污水治理率", ">=", 45, "%"),
                          ("行政村达到“四美乡村”建设标准", ">=", 30, "%")]


def test_pattern_10_a_count_the_verb_closes_the_words_before_is_named_by_what_it_counts():
    # blind123, 郑州 乡村建设行动实施方案 (news): 集中力量打造50个美丽乡村精品村
    ext = _plan("方案提出,到2025年,集中力量打造50个美丽乡村精品村,农村自来水普及率达到90%以上,"
                "新增乡镇运输服务站15个以上。")
    assert _rows(ext) == [("美丽乡村精品村", "=", 50, "个"), ("农村自来水普及率", ">=", 90, "%"),
                          ("新增乡镇运输服务站", ">=", 15, "个")]


# blind123, 郑州: a figure inside a name (20户以上具备条件的自然村…, 最多一次换乘…) is no target of its own; the deadline
# opening a clause is no part of the name
def test_pattern_10_a_figure_qualifying_the_next_name_and_a_deadline_before_it_are_no_part_of_the_target():
    ext = _plan("其中在交通方面,2021年年底前保持全市20户以上具备条件的自然村通硬化路率达到100%,"
                "行政村最多一次换乘到达县城比例达到100%,2021年年底前行政村快递物流通达率达到80%以上。")
    assert [(name, value) for name, _, value, _ in _rows(ext)] == [
        ("保持全市20户以上具备条件的自然村通硬化路率", 100), ("行政村最多一次换乘到达县城比例", 100),
        ("行政村快递物流通达率", 80)]


# blind167, 西安 乡村振兴 行动方案: 2019年任务:一是…;二是…: the enumeration word is no part of the name
def test_pattern_10_an_enumeration_word_opening_a_plans_clause_is_no_part_of_the_name():
    ext = _plan("2019年任务:一是完成村庄分类工作;二是村庄规划评估率达到50%;三是完成新编制村庄规划144个,行政村规划编制率达到100%。")
    assert [name for name, *_ in _rows(ext)] == ["村庄规划评估率", "完成新编制村庄规划", "行政村规划编制率"]


def test_figures_of_a_plan_with_no_counting_verb_or_outside_a_plans_targets_are_no_targets():
    # a count the plan states as a fact (no verb setting it) is no target
    ext = _plan("到2025年,全县现有行政村120个,农村自来水普及率达到90%以上,农村生活污水治理率达到45%以上。")
    assert [name for name, *_ in _rows(ext)] == ["农村自来水普及率", "农村生活污水治理率"]
    # a report's sentence on what was built is no plan's target
    report = extract_document(_document("自评报告.docx", "docx", "2023年度项目支出绩效自评报告",
                                        "项目完成情况:新建村组道路5公里,改造农村卫生厕所300户,群众满意。"))
    assert not [i for i in report.indicators if i.value in (5, 300)]


# blind142, 江阴 专项债 自评报告: (二)绩效目标 │ 1、总体目标:建成… │ 2、阶段性目标:计划…: each item's own label
def test_pattern_10_items_under_a_goal_heading_with_labels_of_their_own_are_goals_of_those_kinds():
    from tests.extractors.text_docs import block_document

    doc = block_document(("heading", "(二)绩效目标"), ("list_item", "1、总体目标:建成标准厂房12万平方米及配套道路管网。"),
                         ("list_item", "2、阶段性目标:计划主体结构封顶,室外工程准备进场施工。"), ("heading", "二、评价情况"))
    ext = extract_document(doc)
    assert [(g.kind, g.text) for g in ext.goals] == [("总体目标", "建成标准厂房12万平方米及配套道路管网。"),
                                                     ("目标", "计划主体结构封顶,室外工程准备进场施工。")]
    # an item with no label of its own keeps the heading's kind and its whole text
    plain = extract_document(block_document(("heading", "(二)绩效目标"), ("list_item", "1、完成道路硬化5公里。")))
    assert [(g.kind, g.text) for g in plain.goals] == [("目标", "完成道路硬化5公里。")]


# blind105, 巫溪 危房改造 目标表 (危房改造户数 │ 应改尽改) and blind41, 大英 孤儿助学 (孤儿助学人数 │ 应助尽助): a count whose
# target is a slogan has no value; a level word and a change phrase keep their own rules
def test_pattern_6_a_count_whose_target_states_no_figure_has_a_missing_value(tmp_path):
    from extractor import check, extract, parse
    from tests.extractors.test_form_patterns import write_xlsx

    path = write_xlsx(tmp_path / "form.xlsx", [
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "重点对象危房改造户数", "应改尽改"],
        ["产出指标", "数量指标", "孤儿助学人数", "应助尽助"],
        ["产出指标", "数量指标", "新增违建发生数", "降低"],
        ["产出指标", "质量指标", "服务质量", "良好"],
        ["效益指标", "社会效益指标", "城市环境美化指数", "稳定"]])
    found = {(f.rule, f.numbers.get("name") or f.evidence.split("│")[0].strip()) for f in check(extract(parse(path)))
             if f.rule.startswith("target.")}
    rules_of = {name: sorted(r for r, n in found if name in n) for name in
                ("重点对象危房改造户数", "孤儿助学人数", "新增违建发生数", "服务质量", "城市环境美化指数")}
    assert rules_of == {"重点对象危房改造户数": ["target.missing_value"], "孤儿助学人数": ["target.missing_value"],
                        "新增违建发生数": ["target.vague_wording"], "服务质量": ["target.qualitative_no_scale"],
                        "城市环境美化指数": ["target.qualitative_no_scale"]}
