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
