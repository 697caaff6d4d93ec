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


# blind194, 滁州 劳动保障信访工作考核自评表: the 分值 column merged down each block (30 分), each item stating its own
# points in its text ((10 分)) that add up to it
_CHUZHOU = [["项 目", "分值", "考\n核\n内\n容", "扣\n分\n标\n准", "实得分", "备注"],
            ["信访事项处\n理", "30 分", "1、市局、省厅转办、交办的信访案件按期结案率达95%以上的,年终结案率达 100%(10 分)", "不达标的扣 10 分"],
            ["信访事项处\n理", "30 分", "2、市局、省厅转办、交办的初信办结率达 90%以上的,重信按期办结率 95%以上,年终结案率 100%(10分)", "不达标的扣 10 分"],
            ["信访事项处\n理", "30 分", "3、非正常上访和信访老户年终结案率 100%,息访率80%以上(10 分)", "不达标的扣 10 分"],
            ["信访基础建\n设", "20 分", "1、挂有信访工作机构牌子,有 2 名以上专兼职接待人员(4 分)", "缺一项扣 2 分"],
            ["信访基础建\n设", "20 分", "2、接待场所面积达标,配有设备,环境整洁(16 分)", "缺一项扣 2 分"]]


def test_pattern_5_items_weigh_their_own_points_under_a_group_weight_they_add_up_to(tmp_path):
    path = write_xlsx(tmp_path / "group.xlsx", _CHUZHOU)
    assert [i.weight for i in indicators(path)] == [10.0, 10.0, 10.0, 4.0, 16.0]


def test_items_keep_their_group_weight_where_their_own_points_do_not_add_up_to_it(tmp_path):
    rows = [_CHUZHOU[0], [*_CHUZHOU[4][:2], "1、挂有信访工作机构牌子(4 分)", ""], [*_CHUZHOU[5][:2], "2、环境整洁(5 分)", ""]]
    assert [i.weight for i in indicators(write_xlsx(tmp_path / "group.xlsx", rows))] == [20.0, 20.0]


# blind191, 旺苍 基本药物制度 自评表 (and 忠州福利院, 保障学校正常运转 of earlier parts): keeping an institution running is
# an effect the goal names without measuring it, not a step of the work (6 of the 7 gold findings on such goals)
def test_a_goal_of_keeping_an_institution_running_is_unquantified_not_process_only():
    from extractor import check
    from extractor.extractors import extract_document
    from tests.extractors.text_docs import mixed_document

    ext = extract_document(mixed_document(
        "form.xlsx", "xlsx", "项目支出绩效自评表", (("年度总体目标", "保证忠州福利院正常运转。"),
                                             ("一级指标", "二级指标", "三级指标", "年度指标值"),
                                             ("产出指标", "数量指标", "供养人数", "≥120人"))))
    assert [g.text for g in ext.goals] == ["保证忠州福利院正常运转。"]
    assert [f.rule for f in check(ext) if f.rule.startswith("goal.")] == ["goal.unquantified"]


# blind198, 山东 土地出让金业务费 评价报告: the PDF's text layer reads 指 as 挃 in the header, and the header's second row
# writes the frame's totals under 指标分值 and 评价得分 (一级 │ 二级 │ 三级 │ 100 │ 85)
_MISREAD_HEADER = [["评价挃标", "评价挃标", "评价挃标", "挃标分值", "评价得分"], ["一级", "二级", "三级", "100", "85"]]
_SCORED_ROWS = [["项目前期工作", "项目前期工作", "1.项目库建设( 1 分)", "1", "1"],
                ["项目前期工作", "项目前期工作", "2.项目可行性研究报告( 2分)", "2", "2"],
                ["项目组织", "项目组织", "4.制度建设( 6 分)", "6", "5"]]


def test_pattern_5_a_header_read_with_a_misread_glyph_and_totals_under_its_points_labels(tmp_path):
    path = write_docx(tmp_path / "misread.docx", [[*_MISREAD_HEADER, *_SCORED_ROWS]])
    assert [(i.name, i.weight, i.score, i.value) for i in indicators(path)] == [
        ("项目库建设(1分)", 1.0, 1.0, None), ("项目可行性研究报告(2分)", 2.0, 2.0, None), ("制度建设(6分)", 6.0, 5.0, None)]


def test_a_score_table_cut_in_its_last_row_is_not_summed(tmp_path):
    from extractor import check, extract, parse

    cut = [*_SCORED_ROWS, ["实施效果", "实施效果", "17.社会效益 ( 1", "", ""]]
    ext = extract(parse(write_docx(tmp_path / "cut.docx", [[*_MISREAD_HEADER, *cut]])))
    assert not [f for f in check(ext) if f.rule.startswith("consistency.score_total")]
    whole = extract(parse(write_docx(tmp_path / "whole.docx", [[*_MISREAD_HEADER, *_SCORED_ROWS]])))
    assert [f.rule for f in check(whole) if f.rule.startswith("consistency.score_total")] == [
        "consistency.score_total.weights"]  # 1 + 2 + 6 is no 100


def _sums(text: str) -> list[tuple[str | None, float, list[float]]]:
    from extractor.extractors.facts import facts_from_text

    return [(f.metric, f.total, f.parts) for f in facts_from_text(text) if f.kind == "sum"]


# blind199, 万灵镇 2025 预算说明: one amount of a list written without its unit (文化旅游体育与传媒支出6.75), the list going on
def test_a_list_with_one_amount_left_without_its_unit_is_no_sum_of_the_parts_before_it():
    text = ("(二)支出预算:2025年支出合计2817.75万元,其中:一般公共服务支出772.04万元,公共安全支出14.49万元,教育支出3.96万元,"
            "文化旅游体育与传媒支出6.75,社会保障和就业支出187.44万元,卫生健康支出59.79万元。")
    assert _sums(text) == []
    assert _sums("支出合计100万元,其中:甲50万元,乙30万元,丙20万元。") == [("支出", 100.0, [50.0, 30.0, 20.0])]


# blind201, 龙集镇 2024 部门预算情况说明: the income total in a sentence of its own, its two sources in the next one
_LONGJI = ("(一)收入预算:2024年收入合计2389.85万元。本年收入2054.84万元,由一般公共预算拨款2045.07万元、政府性基金预算拨款"
           "9.77万元和国有资本经营预算收入0万元构成;上年结转收入531.96万元,其中一般公共预算拨款531.96万元。")


def test_an_income_total_is_the_sum_of_this_years_income_and_the_carry_over():
    assert ("收入合计", 2389.85, [2054.84, 531.96]) in _sums(_LONGJI)
    from extractor import check
    from extractor.extractors import extract_document
    from tests.extractors.text_docs import text_document

    findings = check(extract_document(text_document("龙集镇2024年部门预算情况说明", _LONGJI)))
    assert [f.rule for f in findings if f.rule == "consistency.sum"] == ["consistency.sum"]


def test_an_income_total_its_sources_add_up_to_is_no_finding():
    text = _LONGJI.replace("2389.85", "2586.80")
    assert ("收入合计", 2586.8, [2054.84, 531.96]) in _sums(text)
    from extractor import check
    from extractor.extractors import extract_document
    from tests.extractors.text_docs import text_document

    assert not [f for f in check(extract_document(text_document("预算情况说明", text))) if f.rule == "consistency.sum"]


# blind200, 森林防火专项资金 自评报告: the goal's label opens a later sentence of a paragraph, the project and year before it
def test_pattern_10_a_goal_label_after_what_it_is_of_inside_a_paragraph():
    from extractor.extractors import extract_document
    from tests.extractors.text_docs import block_document

    ext = extract_document(block_document(
        ("paragraph", "2018年森林防火专项资金绩效自评报告"),
        ("list_item", "1、项目概况:我局在2018年部门预算中申报森林防火专项资金48万元。2018年森林防火的总目标：切实做好森林"
                      "火灾的预防，确保不发生重特大森林火灾。")))
    assert [(g.kind, g.text) for g in ext.goals] == [("总体目标", "切实做好森林火灾的预防，确保不发生重特大森林火灾")]


# blind196, 项目绩效评价指标评分表: 评价内容 │ 评价指标(分值) │ 指标说明 │ 评分标准, the points in the labels, no 分值 column;
# an item alone in its group states none of its own: it weighs the group's
_FRAME_HEADER = ["评价\n内容", "评价指标\n(分值)", "指标说明", "评分标准"]
_FRAME_ROWS = [["(一)\n项\n目\n前\n期\n工\n作\n(7分)", "1.可行性研究报告(项目申报书)", "按规定编制项目可行性研究报告的情况。",
                "编制符合要求的得7分,不符合要求的视具体情况扣分。"],
               ["(二)\n项\n目\n组\n织\n(8分)", "2.组织管理\n(6分)", "项目单位对项目的管理情况。", "组织管理到位的得6分。"],
               ["(二)\n项\n目\n组\n织\n(8分)", "3.项目档案\n(2分)", "项目单位建立项目档案的情况。", "项目档案资料齐全的得2分。"]]


def test_pattern_5_a_scoring_frame_whose_item_header_says_the_labels_carry_the_points(tmp_path):
    path = write_docx(tmp_path / "frame.docx", [[_FRAME_HEADER, *_FRAME_ROWS]])
    assert [(i.name, i.weight) for i in indicators(path)] == [
        ("可行性研究报告(项目申报书)", 7.0), ("组织管理", 6.0), ("项目档案", 2.0)]


def test_an_item_alone_in_a_group_keeps_no_weight_where_the_table_has_a_points_column(tmp_path):
    path = write_docx(tmp_path / "weights.docx", [[
        ["一级指标", "二级指标", "三级指标", "指标值", "分值"],
        ["产出指标(40分)", "数量指标", "培训人次", "≥500人次", ""],
        ["效益指标(30分)", "社会效益指标", "群众知晓率", "≥90%", "30"]]])
    assert [(i.name, i.weight) for i in indicators(path)] == [("培训人次", None), ("群众知晓率", 30.0)]
