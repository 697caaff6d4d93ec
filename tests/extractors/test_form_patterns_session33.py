"""Patterns of the thirty-third session, each from a code-blind part's real layout (the part named at each test), on
files written here."""
from __future__ import annotations

from tests.extractors.test_form_patterns import indicators, write_docx, write_xlsx

# blind187, 河南 协同创新中心 绩效考评指标及计分表: levels and names coded as the framework's outline (A > A1 > A1.1), the
# points in the label cells, each indicator merged down over two or three scoring bands (a standard and its points)
_CODED_HEADER = ["一级指标", "二级指标", "三级指标", "评价标准", "计分", "高校自评", "统一评价"]
_LEVEL1, _LEVEL2 = "A建设目标完成率及建设成效\n(40分)", "A1科学研究\n(14分)"
_CODED_ROWS = [
    [_LEVEL1, _LEVEL2, "A1.1 科技平台\n(3分)", "按期完成目标,建设成效显著,层次高;", 3],
    [_LEVEL1, _LEVEL2, "A1.1 科技平台\n(3分)", "按期完成目标,建设成效明显", 2],
    [_LEVEL1, _LEVEL2, "A1.1 科技平台\n(3分)", "没能按期完成目标,建设成效不明显", 1],
    [_LEVEL1, _LEVEL2, "A1.2工艺产品标准\n(2分)", "按期完成目标,建设成效显著,层次高;", 2],
    [_LEVEL1, _LEVEL2, "A1.2工艺产品标准\n(2分)", "没能按期完成目标,建设成效不明显", 1],
]


def test_pattern_5_a_framework_coded_as_an_outline_gives_names_and_levels_without_their_codes(tmp_path):
    path = write_xlsx(tmp_path / "coded.xlsx", [_CODED_HEADER, *_CODED_ROWS])
    found = [(i.name, i.level1_text.split("\n")[0], i.level2_text.split("\n")[0]) for i in indicators(path)]
    assert found == [("科技平台", "建设目标完成率及建设成效", "科学研究"), ("工艺产品标准", "建设目标完成率及建设成效", "科学研究")]


def test_pattern_5_the_scoring_bands_of_one_indicator_are_one_row_with_its_points_and_no_target(tmp_path):
    path = write_xlsx(tmp_path / "bands.xlsx", [_CODED_HEADER, *_CODED_ROWS])
    assert [(i.name, i.weight, i.value, i.target_text) for i in indicators(path)] == [
        ("科技平台", 3.0, None, None), ("工艺产品标准", 2.0, None, None)]


def test_rows_of_one_name_are_no_bands_without_points_of_their_own_or_above_them(tmp_path):
    # no points in the label: two targets of one indicator stay two rows
    plain = write_xlsx(tmp_path / "plain.xlsx", [_CODED_HEADER, ["产出指标", "数量指标", "培训人次", "按计划完成", 3],
                                                 ["产出指标", "数量指标", "培训人次", "超额完成", 2]])
    assert [i.value for i in indicators(plain)] == [3.0, 2.0]
    # a figure above the label's points is no band of it
    above = write_xlsx(tmp_path / "above.xlsx", [_CODED_HEADER, ["产出指标", "数量指标", "培训人次(3分)", "按计划完成", 3],
                                                 ["产出指标", "数量指标", "培训人次(3分)", "超额完成", 5]])
    assert [i.value for i in indicators(above)] == [3.0, 5.0]


def test_codes_that_do_not_continue_their_level_stay_in_the_name(tmp_path):
    path = write_xlsx(tmp_path / "codes.xlsx", [["一级指标", "二级指标", "三级指标", "指标值"],
                                                ["产出指标", "质量指标", "A4纸采购合格率", "100%"],
                                                ["B产出", "数量指标", "A1.1平台数", "3个"]])
    assert [i.name for i in indicators(path)] == ["A4纸采购合格率", "A1.1平台数"]


# blind187, 江苏 工程技术研究中心 绩效评估标准及说明: two levels, each weighed, the 二级 rows numbered 1, 2 with no mark
_TWO_LEVELS = ["一级指标", "权重", "二级指标", "指标说明", "权重"]


def test_a_framework_of_two_levels_weighing_its_level2_rows_is_read_by_them(tmp_path):
    path = write_docx(tmp_path / "two.docx", [[
        _TWO_LEVELS,
        ["一研发条件与能力", "20%", "1工程中心定位", "符合国家产业政策,引领产业高端发展,符合工程中心的功能定位", "5%"],
        ["一研发条件与能力", "20%", "2依托单位研发", "依托单位研发投入占销售收入比例", "5%"]]])
    assert [(i.name, i.weight) for i in indicators(path)] == [("工程中心定位", 5.0), ("依托单位研发", 5.0)]


def test_numbered_counters_stay_in_the_names_of_a_two_level_framework(tmp_path):
    path = write_docx(tmp_path / "pumps.docx", [[
        _TWO_LEVELS,
        ["设施运行", "20", "1号泵站运行", "泵站全年正常运行", "10"],
        ["设施运行", "20", "2号泵站运行", "泵站全年正常运行", "10"]]])
    assert [i.name for i in indicators(path)] == ["1号泵站运行", "2号泵站运行"]


# blind190, 部门整体支出绩效评价指标体系表: every label closes with its points as a bare number on a line of its own
def test_pattern_5_points_as_bare_numbers_in_the_labels_of_every_level(tmp_path):
    path = write_docx(tmp_path / "bare.docx", [[
        ["一级\n指标", "二级\n指标", "三级指标", "指标解释", "指标说明", "得分"],
        ["投 入\n(15)", "目标设定\n(5)", "绩效目标\n合理性\n(2)", "衡量部门(单位)确定的整体绩效目标是否依据充分", "", ""],
        ["投 入\n(15)", "预算配置\n(10)", "重点支出\n安排率\n(4)", "部门(单位)本年度预算安排的重点项目支出占比", "", ""]]])
    assert [(i.name, i.weight) for i in indicators(path)] == [("绩效目标合理性", 2.0), ("重点支出安排率", 4.0)]


def test_a_bare_number_closing_a_name_is_no_points_where_the_levels_state_none(tmp_path):
    path = write_docx(tmp_path / "plain.docx", [[
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "新建公厕(座)(2)", "2座"]]])
    assert [(i.name, i.weight) for i in indicators(path)] == [("新建公厕(座)(2)", None)]


# blind190, 部门整体支出绩效评价指标表: a table cut after the first rows of its first group, its 二级 column holding the
# one 二级 of those rows (its points beside it joined to it, as for every level)
def test_pattern_1_a_level2_merged_down_a_cut_table_between_its_level1_and_level3_columns(tmp_path):
    path = write_xlsx(tmp_path / "cut.xlsx", [
        ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "评价标准", "得分"],
        ["投入", 13, "预算配置", 13, "在职人员控制率", 5, "以100%为标准。在职人员控制率≦100%,计5分", 5],
        ["投入", 13, "预算配置", 13, "“三公经费”变动率", 8, "“三公经费”变动率≦0,计8分", 8]])
    assert [(i.name, i.level2_text, i.weight) for i in indicators(path)] == [
        ("在职人员控制率", "预算配置(13分)", 5.0), ("“三公经费”变动率", "预算配置(13分)", 8.0)]
