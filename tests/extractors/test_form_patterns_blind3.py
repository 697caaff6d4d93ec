"""Layout patterns of issue 14 as the third blind part showed them (after its first run), on files built here."""
from __future__ import annotations

from tests.extractors.test_form_patterns import by_name, indicators, write_docx, write_xlsx


def test_pattern_5_start_and_end_of_year_headers_and_self_scored_points(tmp_path):
    # 广水市 self-evaluation form: 年初指标值 │ 年终完成值 │ 自评分 │ 复核分, levels with their points (产出指标40分)
    rows = [
        ["", "一级指标", "二级指标", "指标名称(三级指标)", "年初指标值", "年终完成值", "自评分", "复核分", "评价标准"],
        ["项目绩效85分", "产出指标40分", "数量指标15分", "乡村道路建设养护里程", "300公里", "296公里", "14", "", "提供佐证资料"],
    ]
    found = indicators(write_docx(tmp_path / "p5.docx", [rows]))
    assert [(i.level1, i.level2, i.name, i.value, i.unit, i.actual, i.score) for i in found] == [
        ("产出指标", "数量指标", "乡村道路建设养护里程", 300, "公里", 296, 14)]


def test_pattern_6_one_value_column_per_village_with_a_single_indicator_row(tmp_path):
    # 安溪县 target form: the village columns carry the values, the page shows one indicator row
    rows = [
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标解释", "西坪镇尧山村", "桃舟乡吾培村"],
        ["绩效指标", "产出指标", "数量指标", "开展小型水利工程建设(个)", "反映工程开展情况", "1", "1"],
    ]
    found = by_name(indicators(write_xlsx(tmp_path / "villages.xlsx", rows)))
    assert list(found) == ["开展小型水利工程建设(个)"]
    assert (found["开展小型水利工程建设(个)"].value, found["开展小型水利工程建设(个)"].level2) == (1, "数量指标")


def test_a_lone_number_column_beside_levels_without_value_header_is_no_value(tmp_path):
    # the other side of the edge: with no number in the unlabelled column there is no sub-unit value
    rows = [
        ["一级指标", "二级指标", "三级指标", "指标解释", "西坪镇尧山村"],
        ["产出指标", "数量指标", "开展小型水利工程建设", "反映工程开展情况", "已完成"],
    ]
    assert indicators(write_xlsx(tmp_path / "words.xlsx", rows)) == []


def test_pattern_6_unit_only_in_every_value_cell_of_a_template_is_a_missing_value(tmp_path):
    # national self-evaluation template: the 指标值 column holds only 个 — units of values not filled in
    rows = [
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值"],
        ["绩效指标", "产出指标", "数量指标", "支持基础研究项目数量", "个", "个"],
        ["绩效指标", "产出指标", "数量指标", "支持科技创新基地项目数量", "个", "个"],
    ]
    found = indicators(write_xlsx(tmp_path / "template.xlsx", rows, merges=("A1:A3",)))
    assert [(i.name, i.value, i.unit) for i in found] == [("支持基础研究项目数量", None, "个"), ("支持科技创新基地项目数量", None, "个")]


def test_pattern_1_goal_label_with_points_merged_down_beside_level_rows(tmp_path):
    # 奉节县 101号 form: 年度绩效目标(90分) merged down the block, 一级 labels with point ranges, empty template rows
    rows = [
        ["年度主要目标和成果", "新建中药材晾晒房1座，占地300平方米", "", "", "", "", ""],
        ["年度绩效目标(90分)", "一级指标", "二级指标", "三级指标", "指标值", "分值", "指标解释"],
        ["年度绩效目标(90分)", "成本指标(0-20)分", "经济成本指标", "项目建设成本", "≤65万元", "10", ""],
        ["年度绩效目标(90分)", "成本指标(0-20)分", "社会成本指标", "", "", "", ""],
        ["年度绩效目标(90分)", "产出指标(40-50)分", "数量指标", "新建晾晒房", "=1座", "10", ""],
    ]
    path = write_xlsx(tmp_path / "fengjie.xlsx", rows, merges=("B1:G1", "A2:A5"))
    found = indicators(path)
    assert [(i.level1, i.level2, i.name, i.operator, i.value, i.unit, i.weight) for i in found] == [
        ("成本指标", "经济成本指标", "项目建设成本", "<=", 65, "万元", 10),
        ("产出指标", "数量指标", "新建晾晒房", "=", 1, "座", 10)]


def test_pattern_6_a_rate_name_with_a_percentage_left_after_it_beside_a_filled_value(tmp_path):
    # 南岳区 target form: "*贫困地区旅游基础设施建设质量达标率100%" │ >=98% — a rate's name holds no number
    rows = [
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "质量指标", "*基础设施建设质量达标率100%", ">=98%"],
        ["产出指标", "数量指标", "新建游步道2公里", "2公里"],
        ["产出指标", "数量指标", "年增长5%目标", "≥5%"],
    ]
    found = [(i.name, i.value) for i in indicators(write_xlsx(tmp_path / "rate.xlsx", rows))]
    assert found == [("*基础设施建设质量达标率", 98), ("新建游步道", 2), ("年增长5%目标", 5)]
