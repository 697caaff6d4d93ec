"""Patterns the eleventh and twelfth blind parts showed (after their first run), on files and rows built here."""
from __future__ import annotations

from extractor.nlp.framework import names_target_levels
from tests.extractors.test_form_patterns import indicators, write_xlsx


# 湖北工程学院 self-evaluation: the target tree with one 过程指标 row under it, which makes the 一级 column look like
# the evaluation framework; the 二级 is written short (数量)
def test_pattern_4_target_rows_with_a_short_level2_on_a_form_with_a_process_row(tmp_path):
    rows = [["一级指标", "二级指标", "三级指标", "年初目标值", "实际完成值", "得分"],
            ["产出指标", "数量", "国家奖学金人数", "", "", ""],
            ["产出指标", "成本指标", "国家助学金人均资助", "", "", ""],
            ["效益指标（分）", "社会效益指标", "资金发放率", "100%", "100%", "10"],
            ["过程指标", "过程指标", "评审程序是否公正", "是", "是", ""]]
    found = [(i.name, i.level1, i.level2) for i in indicators(write_xlsx(tmp_path / "short.xlsx", rows))]
    assert found == [("国家奖学金人数", "产出指标", "数量指标"), ("国家助学金人均资助", "产出指标", "成本指标"),
                     ("资金发放率", "效益指标", "社会效益指标"), ("评审程序是否公正", None, None)]


def test_an_evaluation_score_row_keeps_no_target_level():
    assert names_target_levels("产出指标", "数量")
    assert names_target_levels("项目产出", "数量指标")
    assert not names_target_levels("产出指标", "产出数量")  # the evaluation's 二级
    assert not names_target_levels("产出", "数量")  # the evaluation's 一级 written short
    assert not names_target_levels("过程指标", "过程指标")
    assert not names_target_levels("产出指标", "")


# 陈仓区 target form: each row's unit only in brackets in its name, the value cells left empty
def test_pattern_6_a_unit_in_brackets_in_the_name_of_a_row_whose_value_was_left_empty(tmp_path):
    rows = [["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "草原有害生物防治面积（万亩）", ""],
            ["产出指标", "数量指标", "天保工程实施单位保险参保人数（人）", ""],
            ["产出指标", "数量指标", "退耕还林补助面积（万亩）", "1.2"],
            ["产出指标", "质量指标", "检查验收合格率（达标）", ""]]
    found = [(i.name, i.value, i.unit) for i in indicators(write_xlsx(tmp_path / "bracket.xlsx", rows))]
    assert found == [("草原有害生物防治面积（万亩）", None, "万亩"), ("天保工程实施单位保险参保人数（人）", None, "人"),
                     ("退耕还林补助面积（万亩）", 1.2, "万亩"), ("检查验收合格率（达标）", None, None)]


# 肇庆市 target form: the indicator header right under the goal rows, its value column headed 当年度指标值 (the page
# stops at the first indicator, its value not given: the header words alone must name the column)
def test_pattern_5_a_value_header_for_the_current_year_written_with_du(tmp_path):
    rows = [["总体绩效目标", "当年度目标", "为特殊困难老人提供助餐服务。", "为特殊困难老人提供助餐服务。", "为特殊困难老人提供助餐服务。"],
            ["绩效指标", "一级指标", "二级指标", "三级指标", "当年度指标值"],
            ["绩效指标", "产出指标", "数量指标", "满足开展", ""]]
    found = [(i.name, i.level2, i.value) for i in indicators(write_xlsx(tmp_path / "dangniandu.xlsx", rows))]
    assert found == [("满足开展", "数量指标", None)]


# 稷山县 self-evaluation as a PDF: the header repeated after the page break, the merged 产出指标 │ 数量指标 cells left
# above it with their text run into the repeated header cells ("产一出级指标指标"), the level cells below empty
_JISHAN_HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]


def test_pattern_2_a_repeated_header_whose_level_columns_were_left_above_carries_the_levels(tmp_path):
    rows = [_JISHAN_HEADER,
            ["产出指标", "数量指标", "老年人体检数", "≥3000人", "3100人", "5", "5"],
            ["产一出级指标指标", "数量指标二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["", "", "高血压规范管理数", "≥1500人", "1520人", "5", "5"]]
    found = [(i.name, i.level1, i.level2) for i in indicators(write_xlsx(tmp_path / "repeated.xlsx", rows))]
    assert found == [("老年人体检数", "产出指标", "数量指标"), ("高血压规范管理数", "产出指标", "数量指标")]


def test_pattern_2_a_second_header_of_another_layout_does_not_carry_the_levels(tmp_path):
    rows = [_JISHAN_HEADER,
            ["产出指标", "数量指标", "老年人体检数", "≥3000人", "3100人", "5", "5"],
            ["说明", "备注", "三级指标", "指标值", "分值", "", ""],
            ["", "", "高血压规范管理数", "≥1500人", "5", "", ""]]
    found = [(i.name, i.level1, i.level2) for i in indicators(write_xlsx(tmp_path / "other.xlsx", rows))]
    assert found == [("老年人体检数", "产出指标", "数量指标"), ("高血压规范管理数", None, None)]


# 大英县 司法局 self-evaluation: 指标性质 holds the operator; the 合计 row under the one indicator row is no content of
# the columns (its words would outvote the one operator)
def test_pattern_6_a_total_row_does_not_decide_what_a_column_holds(tmp_path):
    rows = [["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分"],
            ["产出指标", "经济成本指标", "成本控制数", "≤", "30", "万元", "完成", "90", "90"],
            ["合计", "合计", "合计", "合计", "合计", "合计", "合计", "90", "90"]]
    found = [(i.name, i.operator, i.value, i.unit) for i in indicators(write_xlsx(tmp_path / "total.xlsx", rows))]
    assert found == [("成本控制数", "<=", 30, "万元")]


# 大英县 民政局 final-accounts explanation: the page starts inside the results table — no header row; the 满意度 row
# is shifted one column right
_FRAGMENT = [
    ["项目完成指标", "质量指标", "改善养老服务基础条件", "改善条件", "明显改善", ""],
    ["项目完成指标", "时效指标", "完成时间", "2020年", "2020年", ""],
    ["项目完成指标", "成本指标", "建设成本", "100万", "100万", ""],
    ["效益指标", "社会效益指标", "老年人养老服务需求", "有所提升", "养老服务提升", ""],
    ["", "满意度指标", "服务对象满意度指标", "养老服务对象满意度", "≥90%", "98%"],
]


def test_pattern_2_a_table_fragment_without_its_header_row_is_read_by_its_level_column(tmp_path):
    found = [(i.level1, i.level2, i.name, i.operator, i.value, i.unit, i.deadline, i.actual)
             for i in indicators(write_xlsx(tmp_path / "fragment.xlsx", _FRAGMENT))]
    assert found == [
        ("产出指标", "质量指标", "改善养老服务基础条件", None, None, None, None, None),
        ("产出指标", "时效指标", "完成时间", None, None, None, "2020年", None),
        ("产出指标", "成本指标", "建设成本", "=", 100, "万", None, 100),
        ("效益指标", "社会效益指标", "老年人养老服务需求", None, None, None, None, None),
        ("满意度指标", "服务对象满意度指标", "养老服务对象满意度", ">=", 90, "%", None, 98),  # put back in its columns
    ]


def test_pattern_2_two_rows_of_level_names_are_no_fragment_to_read(tmp_path):
    rows = [r for r in _FRAGMENT[:2]] + [["说明", "本表数据来自年度决算", "", "", "", ""]]
    assert indicators(write_xlsx(tmp_path / "two.xlsx", rows)) == []


def test_pattern_6_a_percentage_target_glued_to_the_name_is_read_by_the_quantity_engine(tmp_path):
    rows = [["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "质量指标", "资金到位率不低于98.5%", ""],
            ["产出指标", "质量指标", "培训合格率 ≥ 95%", ""],
            ["满意度指标", "服务对象满意度指标", "群众满意度95%以上", ""],  # the engine reads 以上 with the figure
            ["产出指标", "数量指标", "培训人次500人次", ""],  # a count stays in the name: no glued percentage
            ["产出指标", "质量指标", "达标率90%-95%", ""],  # a range is no glued target
            ["产出指标", "质量指标", "验收合格率100%", "≥98%"]]  # the value cell decides (a rate's name holds no number)
    found = [(i.name, i.operator, i.value, i.unit) for i in indicators(write_xlsx(tmp_path / "glued.xlsx", rows))]
    assert found == [("资金到位率", ">=", 98.5, "%"), ("培训合格率", ">=", 95, "%"), ("群众满意度", ">=", 95, "%"),
                     ("培训人次500人次", None, None, None), ("达标率90%-95%", None, None, None),
                     ("验收合格率", ">=", 98, "%")]
