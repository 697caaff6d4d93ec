"""Patterns of the twenty-ninth session, each from a code-blind part's real layout (the part named at each test)."""
from __future__ import annotations

from extractor import check
from extractor.extractors import extract_document
from tests.extractors.text_docs import mixed_document as _document


# blind145, 湖南省 省级价款地质找矿项目 绩效评价报告 (a progress table of the work done): the kinds of work, their budgeted
# and completed physical workload, the unit in the name's brackets, and a percentage with no role
WORKLOAD = (
    ("工作手段", "预算主要实物工作量", "主要实物工作量完成", "工作量完成百分比"),
    ("钻探(H1)", "110763", "31020", "28.01%"),
    ("浅井(m)", "50", "50", "100.00%"),
    ("槽探(m3)", "141800", "80254", "56.60%"),
)


def test_pattern_5_a_workload_table_of_a_survey_project_is_read():
    ext = extract_document(_document("评价报告.docx", "docx", "(五)项目完成状况", WORKLOAD))
    assert [(i.name, i.value, i.actual, i.unit) for i in ext.indicators] == [
        ("钻探(H1)", 110763, 31020, None), ("浅井(m)", 50, 50, "m"), ("槽探(m3)", 141800, 80254, "m3")]
    names = {i.id: i.name for i in ext.indicators}
    findings = {(f.rule, names.get(f.item, f.item)) for f in check(ext)}
    assert ("target.missing_unit", "钻探(H1)") in findings  # H1 is no unit
    assert not [r for r, _ in findings if r == "coverage.table_not_understood"]


# blind148, a fish-restocking evaluation report (渔业增殖放流): a count in 万 of a unit the number reader had not taken
def test_pattern_6_a_count_in_ten_thousands_keeps_its_unit():
    ext = extract_document(_document("评价报告.docx", "docx", "项目绩效目标", (
        ("一级指标", "二级指标", "三级指标", "指标值"), ("产出指标", "数量指标", "渔业增殖放流规模", "150万尾"))))
    assert [(i.value, i.unit) for i in ext.indicators] == [(150, "万尾")]


# blind150, 铜陵 郊区 农村公益事业财政奖补 自评表: one indicator merged down over two scoring rules, each with its own 分值
# and 评分; the level labels state their points as bare numbers and the page stops inside 过程
SCORED_RULES = (
    ("序号", "一级指标", "二级指标", "三级指标", "指标说明", "分值", "评分"),
    ("1", "决策(10)", "项目立项", "民主议事", "民主议事记录完整,得2分", "2", "2"),
    ("2", "决策(10)", "资金投入", "预算安排", "县级财政按标准安排奖补资金,得8分", "8", "8"),
    ("3", "过程(30)", "资金管理", "账务管理", "项目资金纳入所在乡镇账户管理,得2分", "2", "2"),
    ("3", "过程(30)", "资金管理", "账务管理", "财政奖补资金实行专账核算,得1分", "1", "1"),
    ("4", "过程(30)", "组织实施", "项目实施", "施工合同规范,资料齐全,得2分;合同不规范、资料", "", ""),
)


def _scored_rules(rows=SCORED_RULES):
    return extract_document(_document("自评表.xlsx", "xlsx", "2021年度农村公益事业财政奖补项目绩效评价自评表", rows))


def test_pattern_10_an_indicator_over_two_scoring_rules_keeps_the_points_of_both():
    ext = _scored_rules()
    assert [(i.name, i.weight, i.score) for i in ext.indicators if i.weight is not None] == [
        ("民主议事", 2, 2), ("预算安排", 8, 8), ("账务管理", 3, 3)]


def test_pattern_10_level_labels_with_bare_points_show_where_the_table_was_cut():
    assert not [f for f in check(_scored_rules()) if f.rule.startswith("consistency.score_total")]
    short = list(SCORED_RULES[:2]) + [("2", "决策(10)", "资金投入", "预算安排", "按标准安排,得6分", "6", "6"),
                                      ("3", "过程(90)", "资金管理", "账务管理", "专账核算,得90分", "90", "90")]
    sections = [f.numbers for f in check(_scored_rules(short)) if f.rule == "consistency.score_total.weights"]
    assert {"section_points": 10.0, "weight_sum": 8.0} in sections


# blind148, a 长江禁捕 self-evaluation form rebuilt from an OCR preview: the 二级 cell holds the level's label and its own
# words on two lines (满意度指标 / 服务对象满意度), which the PDF runs together
def test_pattern_4_a_level_cell_naming_its_level_twice_is_that_level():
    for level2 in ("满意度指标\n服务对象满意度", "满意度指标服务对象满意度"):
        ext = extract_document(_document("自评表.xlsx", "xlsx", "2020年度长江禁捕项目自评表", (
            ("一级指标", "二级指标", "三级指标", "年初目标值（A）", "实际完成值（B）", "得分"),
            ("产出指标", "数量指标", "补贴渔船数", "6", "6", "20"),
            ("效益指标", level2, "退捕渔民抽样调查满意度", "90%", "≥90%", "40"))))
        assert [(i.level1, i.level2) for i in ext.indicators] == [
            ("产出指标", "数量指标"), ("满意度指标", "服务对象满意度指标")]
        missing = {f.numbers["dimension"] for f in check(ext) if f.rule == "coverage.missing_dimension"}
        assert missing == {"效益指标"}  # satisfaction is there; no result stands under 效益


# blind152, 旌德县 农村电商提质增效工程 绩效评价自评报告, and blind141, 永定区图书馆 自评报告: the scores told item by item in
# the text, under the evaluation's headings (pattern 10: evaluation results in prose)
def test_pattern_10_scores_told_item_by_item_in_the_text_are_score_rows():
    ext = extract_document(_document(
        "自评报告.docx", "docx", "旌德县2020年农村电商提质增效工程绩效评价自评报告",
        ("heading", "一、项目投入"), ("heading", "(一)、项目申报管理"),
        ("list_item", "(1)项目申报符合性:1、出台实施办法,得2分;2、申报项目满足既定的申报材料要求,得2分。"),
        ("list_item", "(2)奖补资金到位及时率得2分。"),
        ("heading", "二、项目过程"),
        "(一)、项目管理。(1)管理制度健全性:1、成立领导小组,得2分;2、建立监督管理制度,得2分。(2)制度执行有效性:1、督查,得1分",
        ("heading", "三、项目概况"), ("list_item", "(1)项目背景:全县共有电商站点120个。")))
    assert [(i.level1_text, i.level2_text, i.name, i.score) for i in ext.indicators] == [
        ("项目投入", "项目申报管理", "项目申报符合性", 4), ("项目投入", "项目申报管理", "奖补资金到位及时率", 2),
        ("项目过程", "项目管理", "管理制度健全性", 4), ("项目过程", "项目管理", "制度执行有效性", 1)]
    assert not [f for f in check(ext) if f.rule == "target.missing_value"]


def test_pattern_10_a_heading_giving_points_keeps_its_cut_item():
    ext = extract_document(_document(
        "自评报告.docx", "docx", "永定区图书馆图书、报刊购置项目绩效自评报告", ("heading", "1. 投入(得30分)"),
        "(1)时效情况:项目实际实施月份等于计划月份。(得5分)", "(2)项目立项:绩效目标合理、项目立项规范。(得11分)",
        ("heading", "2. 过程(得26分)"), "(1)业务管理:管理制度健全、"))
    assert [(i.level1_text, i.name, i.score) for i in ext.indicators] == [
        ("投入", "时效情况", 5), ("投入", "项目立项", 11), ("过程", "业务管理", None)]


# blind153, 峰峰矿区人民法院 2021年度预算项目绩效自评表 (河北 template): 自评得分 over 单项指标得分 (out of 100) │ 权重占比(%) │
# 单项指标折算得分, and a target written in words where the unit stands, its operator cell saying so (文字描述)
def test_pattern_5_the_converted_score_is_the_rows_score_and_a_words_target_is_the_target():
    header = (("一级指标", "二级指标", "三级指标", "指标分值", "预期指标值", "预期指标值", "预期指标值", "单项指标实际完成值",
               "自评得分", "自评得分", "自评得分"),
              ("一级指标", "二级指标", "三级指标", "指标分值", "符号", "", "单位(文字描述)", "单项指标实际完成值",
               "单项指标得分", "权重占比(%)", "单项指标折算得分"))
    rows = (("产出指标", "数量指标", "办理案件数量", "10", ">=", "5000", "", "6418件", "100", "10", "10"),
            ("产出指标", "时效指标", "任务完成时限", "10", "文字描述", "", "2021年12月31日前完成", "2021年12月31日前完成",
             "100", "10", "10"),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "10", ">=", "80", "%", "85%", "90", "10", "9"))
    ext = extract_document(_document("自评表.xlsx", "xlsx", "2021年度预算项目绩效自评表", header + rows))
    assert [(i.name, i.target_text, i.weight, i.score) for i in ext.indicators] == [
        ("办理案件数量", ">=5000", 10, 10), ("任务完成时限", "2021年12月31日前完成", 10, 10), ("群众满意度", ">=80%", 10, 9)]
    assert not [f for f in check(ext) if f.rule == "consistency.score_exceeds_weight"]


# blind151, 岳峰镇 2024年度福利彩票公益金分配使用情况公示: each labelled line states the target and what the year did
def test_pattern_10_a_target_and_its_result_in_one_labelled_line_are_one_indicator():
    ext = extract_document(_document(
        "公示.docx", "docx", "2024年度中央、省级、市级下达福利彩票公益金分配使用情况公示", "(2)主要绩效目标及完成情况:",
        "数量指标:慰问人数=9人,当年实际完成9人。", "质量指标:慰问对象年龄均≥100岁。",
        "社会效益指标:政策群众知晓率≥90%,当年实际完成100%。", "服务对象满意度指标:慰问对象满意度完成90%。"))
    assert [(i.name, i.operator, i.value, i.unit, i.actual) for i in ext.indicators] == [
        ("慰问人数", "=", 9, "人", 9), ("慰问对象年龄", ">=", 100, "岁", None), ("政策群众知晓率", ">=", 90, "%", 100),
        ("慰问对象满意度", None, None, "%", 90)]


# blind152, 江永县供销合作联社 2024年度整体支出绩效自评报告 (湖南 template): a heading listing the kinds of goals the section
# states, the filler's choice (单位) left in the first, the goals numbered under it (pattern 10: goals under a heading)
def test_pattern_10_goals_under_a_heading_listing_several_kinds_of_goals():
    ext = extract_document(_document(
        "自评报告.docx", "docx", "2024年度江永县供销合作联社整体支出绩效自评报告",
        ("heading", "(二)部门(单位)年度整体支出绩效目标,省级专项资金绩效目标、其他项目支出(除省级专项资金以外)绩效目标"),
        ("list_item", "1、保障单位正常运转。精心安排好财政支出,保障单位人员工资、办公经费。"),
        ("list_item", "2、全力服务乡村振兴。加强供销网点建设,新建网点5个。"),
        ("heading", "二、一般公共预算支出情况")))
    assert [(g.kind, g.text[:8]) for g in ext.goals] == [("年度目标", "保障单位正常运转"), ("年度目标", "全力服务乡村振兴")]
