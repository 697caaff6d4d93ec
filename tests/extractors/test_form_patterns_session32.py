"""Patterns of the thirty-second session, each from a code-blind part's real layout (the part named at each test)."""
from __future__ import annotations

from extractor.extractors import extract_document
from tests.extractors.text_docs import mixed_document as _document

# blind173, 蜀山 市场监管 项目绩效表: a goal cell listing its indicators by label, cut by the stored page right after the
# first item's bracketed target, leaving the opening of the next label (指 of 指标2:)
_CUT_GOAL_CELL = ("【总体目标】\n2021年度预算申请400万元财政资金,目标1:继续保持打击高压态势。\n【产出-数量指标】\n"
                  "指标1:做好有效宣传(≥200次)\n指")


def test_the_opening_of_a_label_cut_after_a_bracketed_target_is_no_part_of_the_name():
    ext = extract_document(_document(
        "form.xlsx", "xlsx", "2021年部门项目绩效表",
        (("单位名称", "支出项目名称", "年度预算安排", "绩效目标"),
         ("区市场监督管理局机关", "打击传销专项经费", "400", _CUT_GOAL_CELL))))
    assert [(i.name, i.operator, i.value, i.unit) for i in ext.indicators] == [("做好有效宣传", ">=", 200, "次")]


# blind178, 宣城旅游学校 转移支付 自评报告 (and 镜湖 残联, 扎兰屯, 宣州 抗旱 of earlier parts): the report's first section,
# 绩效目标分解下达情况, states the money handed down and what it is for: the goal the report is assessed against
_ALLOCATED = "2024年中央资金下达278.4万元中等职业学校奖补资金,用于改善学校教育学校办学条件。该款项全部拨付给宣城旅游学校使用。"


def test_pattern_10_the_allocation_section_of_a_transfer_report_states_its_goal():
    ext = extract_document(_document(
        "report.docx", "docx", "宣城旅游学校2024年度现代职业教育质量提升计划资金转移支付绩效自评报告",
        ("heading", "一、绩效目标分解下达情况"), _ALLOCATED, ("heading", "二、绩效情况分析")))
    assert [g.text for g in ext.goals] == [_ALLOCATED]


def test_pattern_10_a_sub_item_title_of_the_allocation_section_is_no_part_of_its_goal():
    ext = extract_document(_document(
        "report.docx", "docx", "扎兰屯市国家现代农业产业园项目2022年度绩效自评报告",
        ("heading", "一、绩效目标分解下达情况"),
        ("list_item", "(一)中央下达扎兰屯市国家现代农业产业园转移支付预算和绩效目标情况。2022年中央财政下达专项资金3000万元,"
                      "计划实施8个项目,用于推动产业园落实招商引资计划。")))
    assert [g.text for g in ext.goals] == ["2022年中央财政下达专项资金3000万元,计划实施8个项目,用于推动产业园落实招商引资计划。"]


def test_an_allocation_section_telling_amounts_only_or_labelling_its_goals_gives_no_goal_of_its_own():
    amounts = extract_document(_document(
        "report.docx", "docx", "2023年度绩效自评报告", ("heading", "一、绩效目标分解下达情况"),
        "2023年我市获得下达的省级非物质文化遗产保护专项资金为2.1万元。"))
    assert amounts.goals == []
    labelled = extract_document(_document(
        "report.docx", "docx", "2022年度绩效自评报告", ("heading", "一、绩效目标分解下达情况"),
        "中央下达我区的转移支付区域(项目)绩效总体目标是确保符合条件的城乡参保居民基础养老金按时足额发放。"))
    assert [g.text for g in labelled.goals] == ["确保符合条件的城乡参保居民基础养老金按时足额发放"]
