"""Patterns the tenth blind part showed (after its first run), on files and rows built here."""
from __future__ import annotations

from tests.extractors.test_form_patterns import indicators, write_xlsx

# 宜兴市 score table: each goal (目标名称 │ 目标值 │ 目标完成值) beside the indicator that scores it (评价指标 │ 标准值 │
# 评价指标值), grouped by numbered headings across the table, no level columns
_SCORED_PAIR_HEADER = ["目标名称", "目标值", "评价指标", "标准值", "目标完成值", "评价指标值", "权重分值", "评分规则", "得分"]


def _score_table_rows() -> list[list[str]]:
    return [
        ["绩效目标设置情况"] * 4 + ["绩效目标完成情况"] * 5,
        _SCORED_PAIR_HEADER,
        ["一、投入目标", "", "", "", "", "", "", "", ""],
        ["1.预算投入资金", "6475", "预算完成率", "100%", "6475", "100%", "1", "预算完成率超出正负10%不得分", "1"],
        ["二、管理目标", "", "", "", "", "", "", "", ""],
        ["1.资金管理情况", "专账核算", "项目资金管理要求", "", "专账核算", "项目资金管理要求", "2", "查阅资料", "2"],
        ["三、产出目标", "", "", "", "", "", "", "", ""],
        ["1.数量目标", "", "", "", "", "", "", "", ""],
        ["0-6岁儿童健康管理数", "56950人", "儿童健康管理率=年度辖区内接受1次及以上随访的0-6岁儿童数/年度辖区内应管理的0-6岁儿童数*100%",
         "≥90%", "68890", "99.83%", "5", "查阅资料", "5"],
        ["2.质量目标", "", "", "", "", "", "", "", ""],
        ["高血压患者规范管理人数", "11000人", "高血压患者规范管理率", "≥60%", "12000", "71%", "5", "查阅资料", "4"],
    ]


def test_pattern_5_a_score_table_whose_scored_indicator_stands_beside_each_goal(tmp_path):
    found = [(i.name, i.operator, i.value, i.unit, i.actual, i.weight, i.score)
             for i in indicators(write_xlsx(tmp_path / "scored-pairs.xlsx", _score_table_rows()))]
    assert found == [
        ("预算完成率", "=", 100, "%", 100, 1, 1),
        ("项目资金管理要求", None, None, None, None, 2, 2),  # its 标准值 left empty; the actual repeats the name
        ("儿童健康管理率", ">=", 90, "%", 99.83, 5, 5),  # the formula after "=" is no part of the name
        ("高血压患者规范管理率", ">=", 60, "%", 71, 5, 4),
    ]


def test_pattern_5_numbered_group_headings_give_the_levels_and_an_evaluation_group_clears_them(tmp_path):
    found = [(i.name, i.level1, i.level2)
             for i in indicators(write_xlsx(tmp_path / "headings.xlsx", _score_table_rows()))]
    assert found == [("预算完成率", None, None), ("项目资金管理要求", None, None),
                     ("儿童健康管理率", "产出指标", "数量指标"), ("高血压患者规范管理率", "产出指标", "质量指标")]


def test_pattern_5_without_the_goal_name_column_the_target_value_keeps_its_role(tmp_path):
    # 评价指标 heads a level column on other forms (评价指标 │ 评价内容 │ 指标名称 │ 指标说明 │ 目标值 │ 分值)
    rows = [["评价指标", "评价内容", "指标名称", "指标说明", "目标值", "分值"],
            ["产出指标", "数量指标", "培训人次", "参训的人次", "≥500人次", "10"]]
    found = [(i.name, i.level1, i.value, i.weight) for i in indicators(write_xlsx(tmp_path / "plain.xlsx", rows))]
    assert found == [("培训人次", "产出指标", 500, 10)]


def test_pattern_5_a_name_with_an_equals_sign_but_no_formula_keeps_it(tmp_path):
    rows = [["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "质量指标", "收支差额=0的单位占比", "100%"],
            ["产出指标", "质量指标", "达标率=达标数/总数", "≥95%"]]
    assert [i.name for i in indicators(write_xlsx(tmp_path / "equals.xlsx", rows))] == ["收支差额=0的单位占比", "达标率"]


# 安居区 self-evaluation: a 自评得分 column runs down the whole form; on the indicator header row its cell holds the
# block's points (50) instead of a header word
def test_pattern_5_a_number_in_the_header_row_under_a_score_label_heads_the_score_column(tmp_path):
    rows = [["专项名称", "食品监管补助资金", "食品监管补助资金", "食品监管补助资金", "食品监管补助资金", "食品监管补助资金", "食品监管补助资金"],
            ["中央主管部门", "市场监管总局", "市场监管总局", "市场监管总局", "市场监管总局", "市场监管总局", "自评得分"],
            ["省级财政部门", "四川省财政厅", "四川省财政厅", "省级主管部门", "四川省市场监管局", "四川省市场监管局", "100"],
            ["年度绩效指标完成情况", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成指标值", "50"],
            ["年度绩效指标完成情况", "产出指标", "质量指标", "指标2：违法案件查办率", "100%", "100%", "4"],
            ["年度绩效指标完成情况", "产出指标", "时效指标", "指标1：专项工作完成时间", "2021年12月31日", "2021年12月31日", "5"]]
    found = [(i.name, i.score) for i in indicators(write_xlsx(tmp_path / "score-label.xlsx", rows))]
    assert found == [("违法案件查办率", 4), ("专项工作完成时间", 5)]
    rows[1][6] = "备注"  # no score label above: the number heads no column
    assert [i.score for i in indicators(write_xlsx(tmp_path / "no-label.xlsx", rows))] == [None, None]
