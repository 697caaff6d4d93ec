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
