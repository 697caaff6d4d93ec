"""Patterns of the twenty-second session, each from a never-seen part's first run (the part named at each test)."""
from __future__ import annotations

from extractor import check
from extractor.extractors import extract_document
from tests.extractors.text_docs import mixed_document as _document
from extractor.nlp.quantities import find_quantities


def _rules(ext, item=None):
    return sorted(f.rule for f in check(ext) if item is None or f.item == item)


# blind87, 云南 森林航空消防 自评报告: each result sentence puts a modal word between the name and its target, and a
# fire rate is counted per 10万公顷
RESULTS = ("生态效益指标:年森林火灾发生率需控制在6.5次/10万公顷,实际森林火灾发生率为0.2次/10万公顷;"
           "森林火灾受害率需控制在1‰以内,实际森林火灾受害率为0.038‰。")


def test_pattern_10_a_modal_word_before_the_target_is_no_part_of_the_name():
    ext = extract_document(_document("自评报告.docx", "docx", "2020年度中央自然灾害救灾资金绩效自评报告",
                                     "3.绩效指标完成情况", RESULTS,
                                     "满意度指标:基层群众对航空消防项目的满意度需达到80%以上,实际满意度为90%。"))
    assert [(i.name, i.operator, i.value, i.unit, i.actual) for i in ext.indicators] == [
        ("年森林火灾发生率", "<=", 6.5, "次/10万公顷", 0.2),
        ("森林火灾受害率", "<=", 1, "‰", 0.038),
        ("基层群众对航空消防项目的满意度", ">=", 80, "%", 90),
    ]


def test_pattern_6_a_rate_per_area_keeps_its_base():
    assert [(q.value, q.unit) for q in find_quantities("控制在6.5次/10万公顷以下")] == [(6.5, "次/10万公顷")]
    assert [(q.value, q.unit) for q in find_quantities("1起/万平方公里")] == [(1, "起/万平方公里")]
    assert [(q.value, q.unit) for q in find_quantities("孕产妇死亡率≤12/10万")] == [(12, "/10万")]  # as before
    assert [(q.value, q.unit) for q in find_quantities("造林1000公顷")] == [(1000, "公顷")]  # an area alone is no base


# blind86, 海南 公益林 评价报告: its 项目绩效目标表 writes each row's target under 绩效目标 (short phrases) and grades it
# under 绩效标准 in four columns 优 │ 良 │ 中 │ 差; the table has 产出 and 成效 rows, no 满意度
GRADED = (
    ("指标类型", "指标名称", "绩效目标", "绩效标准", "绩效标准", "绩效标准", "绩效标准"),
    ("指标类型", "指标名称", "绩效目标", "优", "良", "中", "差"),
    ("产出指标", "保障管护人员劳务费", "98-100%", "保障98%以上", "保障95-98%", "保障90-95%", "保障90%以下"),
    ("产出指标", "管护人员培训", "每年1次", "培训1次", "", "", "未培训"),
    ("成效指标", "森林资源管护", "管护责任落实到位", "完全到位", "绝大多数完全到位", "基本到位", "不到位"),
    ("成效指标", "森林火灾", "不发生大规模的火灾", "不发生大规模的火灾", "一起", "二起以上", ""),
)


def test_pattern_5_short_targets_under_a_goal_header_and_a_scale_one_grade_a_column():
    ext = extract_document(_document("评价报告.docx", "docx", "财政支出项目绩效评价报告", "项目绩效目标表", GRADED))
    rows = {i.name: i for i in ext.indicators}
    assert [i.target_text for i in ext.indicators] == ["98-100%", "每年1次", "管护责任落实到位", "不发生大规模的火灾"]
    assert not ext.goals
    assert rows["森林资源管护"].basis == "优：完全到位；良：绝大多数完全到位；中：基本到位；差：不到位"
    assert rows["管护人员培训"].basis == "优：培训1次；差：未培训"  # an empty grade is left out
    findings = check(ext)
    # each qualitative target is graded by its row's scale
    assert not [f for f in findings if f.rule.startswith("target.qualitative_no_scale")]
    # the target table an evaluation report reproduces is judged for its dimensions; its score table would not be
    assert [(f.rule, f.item) for f in findings if f.rule == "coverage.missing_dimension"] == [
        ("coverage.missing_dimension", None)] and "满意度指标" in next(
        f.message for f in findings if f.rule == "coverage.missing_dimension")


# blind88 and blind89, 海南 财政支出项目绩效评价报告: a 分值 column after each level; 组织实施 is given 2 points while
# its four rows weigh 10
SCORE_SHEET = (
    ("一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分"),
    ("项目决策", "20", "项目目标", "4", "目标内容", "4", "4"),
    ("项目决策", "20", "决策过程", "8", "决策依据", "3", "3"),
    ("项目决策", "20", "决策过程", "8", "决策程序", "5", "5"),
    ("项目决策", "20", "资金分配", "8", "分配办法", "2", "2"),
    ("项目决策", "20", "资金分配", "8", "分配结果", "6", "6"),
    ("项目管理", "25", "资金到位", "5", "到位时效", "5", "5"),
    ("项目管理", "25", "资金管理", "10", "资金使用", "7", "7"),
    ("项目管理", "25", "资金管理", "10", "财务管理", "3", "3"),
    ("项目管理", "25", "组织实施", "2", "组织机构", "2", "0"),
    ("项目管理", "25", "组织实施", "2", "管理制度", "3", "0"),
    ("项目管理", "25", "组织实施", "2", "合同评价", "3", "3"),
    ("项目管理", "25", "组织实施", "2", "招标评价", "2", "0"),
)


def test_pattern_9_level_points_in_columns_of_their_own_are_summed_against_their_rows():
    ext = extract_document(_document("评价报告.docx", "docx", "财政支出项目绩效评价报告", "二、绩效评价指标评分", SCORE_SHEET))
    assert [(i.name, i.level1_text, i.level2_text, i.weight, i.score) for i in ext.indicators[:2]] == [
        ("目标内容", "项目决策(20分)", "项目目标(4分)", 4, 4), ("决策依据", "项目决策(20分)", "决策过程(8分)", 3, 3)]
    sections = [f for f in check(ext) if "section_points" in f.numbers]
    assert [(f.rule, f.numbers) for f in sections] == [
        ("consistency.score_total.weights", {"section_points": 2, "weight_sum": 10})]
    assert "组织实施" in sections[0].message


def _sheet_of_45_points_and(outputs):
    """SCORE_SHEET with 组织实施's points mended (10 over 5 + 5: 决策 20 and 管理 25 add up), then ``outputs``."""
    rows = [SCORE_SHEET[0], *[r for r in SCORE_SHEET[1:] if r[2] != "组织实施"],
            ("项目管理", "25", "组织实施", "10", "组织机构", "5", "5"), ("项目管理", "25", "组织实施", "10", "管理制度", "5", "5"),
            *outputs]
    return extract_document(_document("评价报告.docx", "docx", "财政支出项目绩效评价报告", "二、绩效评价指标评分", rows))


def test_a_total_short_by_what_a_heading_lacks_is_reported_once_on_the_heading():
    """blind17's 海南 商务 评价 sheet: 项目效益 is given 40 points over a row with no 分值, so the sheet's 分值 come to 60 of
    100; the heading says it, the sheet's total says nothing more."""
    outputs = (("项目绩效", "55", "项目产出", "15", "产出数量", "10", "10"),
               ("项目绩效", "55", "项目产出", "15", "产出质量", "5", "4"),
               ("项目绩效", "55", "项目效益", "40", "经济", "", ""))
    ext = _sheet_of_45_points_and(outputs)
    assert sum(i.weight or 0 for i in ext.indicators) == 60
    weights = [f for f in check(ext) if f.rule == "consistency.score_total.weights"]
    assert [f.numbers for f in weights] == [{"section_points": 40, "weight_sum": 0}]
    assert "项目效益" in weights[0].message


def test_an_empty_block_under_a_level_is_reported_once_on_its_outer_heading():
    """blind89's 文昌 教师培训 sheet leaves the whole 项目绩效(55分) block without 分值: said once, on 项目绩效, not again on
    项目产出 and 项目效益 under it."""
    outputs = (("项目绩效", "55", "项目产出", "15", "产出数量", "", ""),
               ("项目绩效", "55", "项目产出", "15", "产出质量", "", ""),
               ("项目绩效", "55", "项目效益", "40", "社会效益", "", ""))
    ext = _sheet_of_45_points_and(outputs)
    weights = [f for f in check(ext) if f.rule == "consistency.score_total.weights"]
    assert [f.numbers for f in weights] == [{"section_points": 55, "weight_sum": 0}]
    assert "项目绩效" in weights[0].message


def test_pattern_10_goals_labelled_in_another_word_order_and_announced_as_so_many_aspects():
    """blind87's 云南 report labels its goal 绩效年度目标; blind88's 广西 福彩 report announces its numbered goals with
    …下达了年度绩效目标,主要有以下四个方面:."""
    ext = extract_document(_document("自评报告.docx", "docx", "自评报告", "(一)绩效目标分解下达情况",
                                     "绩效年度目标:森林火灾发生率控制在6.5次/10万公顷以下。"))
    assert [g.text for g in ext.goals] == ["森林火灾发生率控制在6.5次/10万公顷以下。"]
    ext = extract_document(_document("自评报告.docx", "docx", "自评报告", "2.区域绩效目标情况",
                                     "中央在下达资金的同时下达了年度绩效目标,主要有以下两个方面:",
                                     "(1)支持养老服务设施的维修改造和设备配置。", "(2)支持精神卫生社会福利机构配置设施设备。",
                                     "二、绩效目标完成情况"))
    assert [g.text for g in ext.goals] == ["支持养老服务设施的维修改造和设备配置。", "支持精神卫生社会福利机构配置设施设备。"]


def test_a_total_row_that_leaves_its_score_empty_states_no_total_score():
    """blind89's 文昌 sheet: 总分 │ 100 │ … │ 100 │ (得分 empty): the 100 is the 分值's; no score total to sum against."""
    rows = [*SCORE_SHEET, ("总分", "100", "100", "100", "100", "100", "")]
    ext = extract_document(_document("评价报告.docx", "docx", "财政支出项目绩效评价报告", "二、绩效评价指标评分", rows,
                                     "评价等级：优"))
    assert [f.metric for f in ext.facts if f.kind == "sum"] == ["总分（分值）"]
    assert not [f for f in ext.facts if f.kind == "grade" and f.actual == 100]  # no score of 100 graded 优
    scored = [*SCORE_SHEET, ("总分", "100", "100", "100", "100", "100", "38")]
    ext = extract_document(_document("评价报告.docx", "docx", "财政支出项目绩效评价报告", "二、绩效评价指标评分", scored))
    assert [(f.metric, f.total) for f in ext.facts if f.kind == "sum"] == [("总分", 38), ("总分（分值）", 100)]


def test_pattern_4_a_level_of_the_forms_own_merged_down_its_column_is_kept_as_written():
    """blind93's 湖南 攸县 自评表 writes 实施效果指标 down the 一级 column of its two rows: a 一级 of its own, not a
    label of the block (本年度绩效指标 merged down would be)."""
    own = (("一级指标", "二级指标", "三级指标", "绩效指标值", "实现情况"),
           ("实施效果指标", "数量指标", "支持项目数量(个)", "12", "12"),
           ("实施效果指标", "数量指标", "支持居民避险搬迁户数(户)", "300", "296"))
    ext = extract_document(_document("自评表.docx", "docx", "绩效自评表", own))
    assert [(i.level1_text, i.level1, i.level2) for i in ext.indicators] == [("实施效果指标", "产出指标", "数量指标")] * 2
    block = ((own[0]), *((("本年度绩效指标",) + r[1:]) for r in own[1:]))
    ext = extract_document(_document("自评表.docx", "docx", "绩效自评表", block))
    assert [i.level1_text for i in ext.indicators] == [None, None]


def test_pattern_10_goals_under_a_current_year_label_of_a_key_project_form():
    """blind90's 重庆 江津 重点项目绩效目标表: 项目中期规划绩效目标 │ (empty) over 项目当年绩效目标 │ text merged across."""
    goal = "年内维护老集镇1个,清扫保洁面积1712486㎡,运行维护公厕34座。"
    rows = (("项目名称", "市政日常维护经费", "市政日常维护经费", "市政日常维护经费"),
            ("项目中期规划绩效目标", "项目中期规划绩效目标", "", ""),
            ("项目当年绩效目标", "项目当年绩效目标", goal, goal))
    ext = extract_document(_document("目标表.xlsx", "xlsx", "2021年重点项目绩效目标表", rows))
    assert [(g.kind, g.text) for g in ext.goals] == [("年度目标", goal)]


def test_pattern_6_a_standard_set_in_tiers_is_one_indicator_without_a_single_value():
    """blind89's 昌吉 助学金 公示: 成本指标 资助标准为每生每年3000元、2000元、1000元3个档次 - one standard of three tiers."""
    ext = extract_document(_document("公示.docx", "docx", "普通高中国家助学金公示", "绩效指标",
                                     "(一)、产出指标", "1.数量指标:全年资助家庭经济困难学生1606人次。",
                                     "2.成本指标:资助标准为每生每年3000元、2000元、1000元3个档次。"))
    assert [(i.level2, i.name, i.value, i.unit) for i in ext.indicators] == [
        ("数量指标", "全年资助家庭经济困难学生", 1606, "人次"), ("成本指标", "资助标准", None, "元")]
    assert ext.indicators[1].target_text == "资助标准为每生每年3000元、2000元、1000元3个档次"


def test_pattern_10_results_under_titles_naming_a_second_level():
    """blind89's 昌宁 名师 自评报告: (1)数量指标完成情况。 over 2023年,名师工作室组织培训期数2次,完成绩效目标。 - the count is
    the result (the clause saying the target was met, and the year, are no part of it), filed under the title's 二级."""
    ext = extract_document(_document("自评报告.docx", "docx", "2023年教学名师培养项目绩效自评报告", "(二)绩效目标完成情况",
                                     "(1)数量指标完成情况。", "2023年,名师工作室组织培训期数2次,完成绩效目标。",
                                     "(2)时效指标完成情况。", "专项资金于2023年6月全部拨付到位。"))
    assert [(i.level1, i.level2, i.name, i.actual, i.unit, i.value) for i in ext.indicators][:1] == [
        ("产出指标", "数量指标", "名师工作室组织培训期数", 2, "次", None)]
