"""Patterns of the forty-fourth session, each from a code-blind part's real layout (the part named at each test), on
documents written here."""
from __future__ import annotations

from extractor import check, parse
from extractor.extractors import extract_document
from extractor.extractors.goals import targets_in
from extractor.nlp.framework import clean_level
from extractor.nlp.quantities import find_quantities
from tests.extractors.test_form_patterns import write_xlsx
from tests.extractors.text_docs import mixed_document


# blind277, 河北/榆林 衔接资金: 占比不低于总规模50% — the total a share is of stands between the bound and the figure
def test_pattern_6_a_bound_over_the_total_a_share_is_taken_of():
    assert [(q.operator, q.value, q.unit) for q in find_quantities("资金规模占比不低于总规模50%")] == [(">=", 50.0, "%")]
    assert [(q.operator, q.value) for q in find_quantities("不得低于到市县衔接资金总规模的55%")] == [(">=", 55.0)]
    assert [(q.operator, q.value) for q in find_quantities("用于基层的资金不少于资金总额的30%")] == [(">=", 30.0)]
    # a reach word keeps its own reading, and a bound with its figure right after it is unchanged
    assert [(q.operator, q.value) for q in find_quantities("不低于50%")] == [(">=", 50.0)]
    assert [q.operator for q in find_quantities("总规模的55%")] == [None]


# blind277, 河北 衔接资金: …中央衔接资金规模占比,原则上不得低于…的55% — the hedge is no name, the share before it is
def test_pattern_6_a_hedge_before_the_bound_leaves_the_share_its_name():
    text = "用于产业发展的中央衔接资金规模占比,原则上不得低于到市县衔接资金总规模的55%,同时不得低于上年的资金占比。"
    assert [(t.metric, t.operator, t.value) for t in targets_in(text)] == [
        ("用于产业发展的中央衔接资金规模占比", ">=", 55.0)]
    assert [t.metric for t in targets_in("用于产业发展的资金规模占比原则上不低于总规模50%。")] == ["用于产业发展的资金规模占比"]


# blind276, 山西 十四五: 山西“十四五”时期经济社会发展主要目标:… — a goal label opening the paragraph after the plan's name
def test_pattern_10_a_goal_label_after_the_plans_name_opening_a_paragraph():
    ext = extract_document(mixed_document(
        "news.docx", "docx", "“十四五”发展目标明确",
        "会议审议通过了关于制定国民经济和社会发展第十四个五年规划的建议。",
        "全省“十四五”时期经济社会发展主要目标:到2025年,经济总量大幅提升;居民人均可支配收入力争达到全国平均水平。",
        "【推荐理由】这一时期正处在转型发展的关键期。"))
    assert [g.text[:9] for g in ext.goals] == ["到2025年,经济"]
    # a sentence naming the label later in a paragraph, with no colon after it, stays prose
    plain = extract_document(mixed_document(
        "news.docx", "docx", "新闻", "会议明确了全省经济社会发展主要目标和重点任务。"))
    assert plain.goals == []


# blind276, 十三五 生态环境保护 主要指标: 1。空气质量 — an ideographic full stop after a group's number
def test_pattern_4_a_level_numbered_with_an_ideographic_full_stop():
    assert clean_level("1。空气质量") == "空气质量"
    assert clean_level("（二）产出指标（50分）") == "产出指标"


# blind276, 十三五 生态环境保护 主要指标: 指标 merged over 生态环境质量 │ 1。空气质量 │ the names, a page cut inside
# its first 一级: the one label left of the groups is their 一级
def test_pattern_1_one_label_left_of_the_groups_under_their_header_is_their_level1(tmp_path):
    rows = [["指标", None, None, "2015年", "2020年", "属性"],
            ["生态环境质量", "1。空气质量", "地级及以上城市空气质量优良天数比率(%)", "76.7", ">80", "约束性"],
            ["生态环境质量", "1。空气质量", "细颗粒物未达标城市浓度下降(%)", "-", "18", "约束性"],
            ["生态环境质量", "2。水环境质量", "地表水质量劣Ⅴ类水体比例(%)", "9.7", "<5", "约束性"]]
    ext = extract_document(parse(write_xlsx(tmp_path / "plan.xlsx", rows, merges=("A1:C1", "A2:A4", "B2:B3"))))
    assert [(i.level1_text, clean_level(i.level2_text), i.operator, i.value) for i in ext.indicators] == [
        ("生态环境质量", "空气质量", ">", 80.0), ("生态环境质量", "空气质量", "=", 18.0),
        ("生态环境质量", "水环境质量", "<", 5.0)]
    # a block's label merged down (绩效指标) stays no level
    block = [["指标", None, None, "指标值"],
             ["绩效指标", "数量指标", "培训人次", "≥500人次"],
             ["绩效指标", "质量指标", "考核合格率", "≥90%"],
             ["绩效指标", "质量指标", "持证上岗率", "≥80%"]]
    ext = extract_document(parse(write_xlsx(tmp_path / "form.xlsx", block, merges=("A1:C1", "A2:A4", "B3:B4"))))
    assert {i.level1_text for i in ext.indicators} != {"绩效指标"}


# blind275, 韶关 绿化 评比赋分细则: 二、绿地率(20分) │ 绿化用地面积占…的25%(含25%)以上的给满分 — a titled item's rules
# give its target
def test_pattern_5_a_scoring_items_rules_under_its_title_give_its_target():
    ext = extract_document(mixed_document(
        "rules.docx", "docx", "绿化先进单位评比赋分细则",
        ("heading", "一、绿地率(20分)"), "绿化用地面积占单位用地总面积的25%(含25%)以上的给满分(20分),未达到的不给分。",
        ("heading", "二、绿化率(20分)"), "绿化率90%(含90%)以上的给满分(20分),未达到的不给分。",
        ("heading", "三、绿化管理(10分)"), "绿化管护责任落实的给满分(10分),不落实的不给分。",
        # blind287, 湖南 计生 考评计分办法: a formula defining the rate is no bound, nor are the points taken off
        ("heading", "四、违法生育多孩率(7分)"), "违法生育多孩率=100%—符合政策生育率。每高0.1个百分点扣0.3分。"))
    assert [(i.name, i.operator, i.value, i.unit, i.weight) for i in ext.indicators] == [
        ("绿地率", ">=", 25.0, "%", 20.0), ("绿化率", ">=", 90.0, "%", 20.0), ("绿化管理", None, None, None, 10.0),
        ("违法生育多孩率", None, None, None, 7.0)]


# blind281, 怀安 政府工作报告 (and blind116, 235, 246, 266): 地区生产总值增长6.5%以上 — the change the figure states is part
# of the target, not of the name; a yearly change and a change before an operator stay in the name
def test_pattern_6_the_change_a_figure_states_is_no_part_of_the_name():
    text = "主要预期目标为:地区生产总值增长6.5%以上;单位地区生产总值能耗降低17%;过夜游客年均增长7%以上;带动农户增收1000元。"
    assert [(t.metric, t.operator, t.value, t.text) for t in targets_in(text)] == [
        ("地区生产总值", ">=", 6.5, "增长6.5%以上"), ("单位地区生产总值能耗", "=", 17.0, "降低17%"),
        ("过夜游客年均增长", ">=", 7.0, "7%以上"), ("带动农户增收", "=", 1000.0, "1000元")]
    ext = extract_document(mixed_document(
        "report.docx", "docx", "项目绩效目标",
        ("list_item", "1、产出指标:社会消费品零售总额增长10%以上;亩产提高≥10%。")))
    assert [(i.name, i.operator, i.value, i.target_text) for i in ext.indicators] == [
        ("社会消费品零售总额", ">=", 10.0, "增长10%以上"), ("亩产提高", ">=", 10.0, "≥10%")]
    # the change kept with the target, an amount's growth in % is no unit mismatch
    assert "target.unit_mismatch" not in {f.rule for f in check(ext)}


# blind286, 办公楼维修 评价报告: (二)项目绩效目标。包括总体目标和阶段性目标。 — the report outline's words are no goal, and
# 预期总目标: after the indicator list is no indicator
def test_pattern_8_the_outlines_words_and_a_goal_after_a_list_are_no_goal_or_indicator():
    ext = extract_document(mixed_document(
        "report.docx", "docx", "办公楼维修项目绩效评价报告",
        ("heading", "一、基本情况"),
        ("list_item", "(二)项目绩效目标。包括总体目标和阶段性目标。"),
        "项目绩效目标:",
        ("list_item", "1、产出指标:维修维护办公楼数量≥5次;维修合格率≥95%"),
        ("list_item", "2、满意度指标:满意度≥90%。预期总目标:对办公大楼开展日常维修维护,使大楼保持良好状况。")))
    assert not any(g.text.startswith("包括") for g in ext.goals)
    assert [i.name for i in ext.indicators] == ["维修维护办公楼数量", "维修合格率", "满意度"]
