"""Patterns the eighth blind part showed (after its first run), on files and rows built here."""
from __future__ import annotations

from extractor.extractors.goals import goals_in_table
from tests.extractors.test_form_patterns import indicators, write_xlsx

# 成安县 self-evaluation form: the indicator header spans two rows; 一级/二级/三级 are merged down both, 预期指标值
# splits into 符号 │ (no header) │ 单位（文字描述）, 自评得分 into 单项指标得分 │ 权重占比（%） │ 单项指标折算得分, and the
# column headed 指标分值 holds what the indicator means
_TWO_ROW_HEADER = [
    ["一级指标", "二级指标", "三级指标", "指标分值", "预期指标值", "预期指标值", "预期指标值", "单项指标实际完成值",
     "自评得分", "自评得分", "自评得分"],
    ["一级指标", "二级指标", "三级指标", "指标分值", "符号", "", "单位（文字描述）", "单项指标实际完成值",
     "单项指标得分", "权重占比（%）", "单项指标折算得分"],
]


def test_pattern_2_a_second_header_row_repeating_the_merged_level_headers_names_the_parts(tmp_path):
    rows = [*_TWO_ROW_HEADER,
            ["产出指标", "时效指标", "完成率", "按照要求每月及时完成符合条件对象审批的比例", ">=", "99", "%（百分比）", "100%",
             "25.00", "25.00", "6.25"],
            ["满意度指标", "服务对象满意度指标", "服务对象满意度", "享受高龄津贴的对象对老龄工作的满意程度", ">=", "95",
             "%（百分比）", "100%", "10.00", "10.00", "1.00"]]
    found = [(i.name, i.operator, i.value, i.unit, i.actual, i.weight, i.score, i.explanation)
             for i in indicators(write_xlsx(tmp_path / "two-rows.xlsx", rows))]
    assert found == [
        ("完成率", ">=", 99, "%", 100, 25, 25, "按照要求每月及时完成符合条件对象审批的比例"),
        ("服务对象满意度", ">=", 95, "%", 100, 10, 10, "享受高龄津贴的对象对老龄工作的满意程度"),
    ]


def test_pattern_5_a_points_column_holding_texts_is_an_explanation_and_points_are_found_elsewhere(tmp_path):
    rows = [["一级指标", "二级指标", "三级指标", "指标分值", "指标值", "权重占比（%）"],
            ["产出指标", "数量指标", "补贴人数", "享受补贴政策的百岁老人人数", "19人", "30"],
            ["产出指标", "质量指标", "补贴发放率", "补贴按标准足额发放到人的比例", "100%", "20"]]
    found = [(i.weight, i.explanation) for i in indicators(write_xlsx(tmp_path / "texts.xlsx", rows))]
    assert found == [(30, "享受补贴政策的百岁老人人数"), (20, "补贴按标准足额发放到人的比例")]
    rows[1][3], rows[2][3] = "10", "10"  # points after all: the column keeps its role
    assert [i.weight for i in indicators(write_xlsx(tmp_path / "points.xlsx", rows))] == [10, 10]


def test_pattern_6_a_unit_cell_with_a_word_for_the_unit_in_brackets_gives_the_unit(tmp_path):
    rows = [["一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
            ["产出指标", "质量指标", "审批完成率", "99", "%（百分比）"],
            ["产出指标", "数量指标", "补贴人数", "19", "人（百岁老人）"],
            ["产出指标", "数量指标", "养护面积", "12", "（待定）"]]
    found = [i.unit for i in indicators(write_xlsx(tmp_path / "units.xlsx", rows))]
    assert found == ["%", "人", "(待定)"]  # a bracket alone is no unit word: kept as written (brackets normalised)


def test_pattern_10_goals_under_an_annual_expected_goal_header_beside_the_actual_completion():
    rows = [["三、目标完成情况", "年度预期目标", "年度预期目标", "具体完成情况", "具体完成情况", "总体完成率（%）"],
            ["三、目标完成情况", "为百岁高龄老年人发放补贴，使老年人得到更好的照顾。", "为百岁高龄老年人发放补贴，使老年人得到更好的照顾。",
             "补贴已按月发放到位。", "补贴已按月发放到位。", "100.00"]]
    assert goals_in_table(rows) == [("年度目标", "为百岁高龄老年人发放补贴，使老年人得到更好的照顾。", "补贴已按月发放到位。")]


def test_pattern_5_a_report_table_with_levels_written_as_goals_and_a_content_column(tmp_path):
    # 宁德市 evaluation report: 评价内容 (merged over two columns) │ 绩效内容 │ 绩效目标值 │ 实际完成值 │ 累计完成率,
    # levels written 产出目标 / 数量目标 / 质量目标
    rows = [["评价内容", "评价内容", "绩效内容", "绩效目标值", "实际完成值", "累计完成率"],
            ["产出目标", "数量目标", "当年人才驿站组织活动数量", ">=28次", "40次", "143%"],
            ["产出目标", "质量目标", "人才驿站补助资金到位率", ">=100%", "100%", "100%"]]
    found = [(i.level1, i.level2, i.name, i.operator, i.value, i.unit, i.actual)
             for i in indicators(write_xlsx(tmp_path / "report-table.xlsx", rows))]
    assert found == [("产出指标", "数量指标", "当年人才驿站组织活动数量", ">=", 28, "次", 40),
                     ("产出指标", "质量指标", "人才驿站补助资金到位率", ">=", 100, "%", 100)]


def test_pattern_4_target_rows_of_a_form_that_also_scores_the_evaluation_keep_their_levels(tmp_path):
    # 银川市 / 大英县 forms: 项目决策 and 项目管理 rows score the evaluation; rows with a target-tree 二级 are indicators
    rows = [["一级指标", "二级指标", "三级指标", "参考分值", "指标值（A）", "全年实际值（B）", "得分"],
            ["项目决策（10分）", "项目立项", "相关性", "2", "—", "按照学校管理标准对学校进行管理", "2"],
            ["项目管理（25分）", "投入管理", "预算执行率", "10", "—", "100%", "9"],
            ["项目产出（30分）", "数量指标（10分）", "保障人数", "10", "2370人", "2370人", "10"],
            ["项目效益（35分）", "社会效益指标", "效果显著", "15", "改善学校的办学条件", "改善学校的办学条件", "13"]]
    found = {i.name: (i.level1, i.level2, i.weight) for i in indicators(write_xlsx(tmp_path / "mixed.xlsx", rows))}
    assert found["保障人数"] == ("产出指标", "数量指标", 10) and found["效果显著"] == ("效益指标", "社会效益指标", 15)
    assert found["相关性"] == (None, None, 2)  # an evaluation row: no level of the target tree


def test_pattern_8_a_target_repeating_its_name_with_points_is_an_indicator_and_zero_points_alone_are_a_template(tmp_path):
    # 霍邱县 self-evaluation form: the 三级 cell and the target cell hold the same words; an empty 生态效益 row scores 0;
    # 永德县 form: 无 │ 无 in a template row
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["效益指标", "社会效益指标", "巩固拓展脱贫攻坚成果", "巩固拓展脱贫攻坚成果", "达成预期指标", "10", "10"],
            ["效益指标", "生态效益指标", "", "", "", "", "0"],
            ["效益指标", "可持续影响指标", "无", "无", "", "", "0"],
            ["效益指标", "生态效益指标", "本项目不适用此指标", "无", "", "", ""],  # 金安区 form
            ["效益指标", "社会效益指标", "带动就业的人数说明见附件", "带动就业的人数说明见附件", "", "", ""]]
    found = [(i.name, i.weight, i.score) for i in indicators(write_xlsx(tmp_path / "repeated.xlsx", rows))]
    assert found == [("巩固拓展脱贫攻坚成果", 10, 10)]  # the last row, with no points, is a note merged across


def test_pattern_9_the_points_of_a_money_block_headed_with_their_formula_count_in_the_total(tmp_path):
    # 黄冈市 self-evaluation form: 得分（20分*执行率） │ 20, then two goal blocks scoring 79.6; 总分 99.6
    import extractor
    from extractor.checker import run_rules
    from extractor.extractors import extract_document

    rows = [["预算执行情况（20分）", "预算数（A）", "执行数（B）", "执行率（B/A）", "得分（20分*执行率）"],
            ["年度财政资金总额", "10", "10", "100%", "20"],
            ["一级指标", "二级指标", "三级指标", "年初目标值（A）", "实际完成值（B）", "得分"],
            ["产出指标", "质量指标", "监测数据必须合格", "100%", "100%", "40"],
            ["满意度指标", "服务对象满意度指标", "整编资料审核", "98%", "98%", "39.6"],
            ["总分", "总分", "总分", "总分", "总分", "99.6"]]
    ext = extract_document(extractor.parse(write_xlsx(tmp_path / "money-points.xlsx", rows)), use_models=False)
    totals = [f for f in run_rules(ext) if f.rule == "consistency.score_total.scores"]
    assert totals == []  # 20 + 40 + 39.6 = 99.6
    rows[-1][-1] = "89.6"
    ext = extract_document(extractor.parse(write_xlsx(tmp_path / "money-points-off.xlsx", rows)), use_models=False)
    assert [f.rule for f in run_rules(ext) if f.rule == "consistency.score_total.scores"] == ["consistency.score_total.scores"]


def test_pattern_2_a_page_that_left_the_merged_level1_column_behind_continues_the_block_and_ids_stay_unique(tmp_path):
    # 宁德市 department form as a PDF: 产出指标 merged down the block stays on page 1; page 2's table starts with the
    # 二级 names (质量指标 │ 各类书籍审稿率 │ …)
    from extractor.extractors.forms.reader import read_table
    from extractor.extractors.indicators import indicators_from_readings

    first, carry = read_table([["一级指标", "二级指标", "三级指标", "指标解释", "目标值"],
                               ["产出指标", "数量指标", "确保日常工作正常运行", "100%", "100%"],
                               ["产出指标", "数量指标", "按年度发放绩效奖", "60%", "≥60%"]], ref="t1")
    second, _ = read_table([["质量指标", "各类书籍审稿率", "100%（计划标准）", "1"],
                            ["时效指标", "项目完成时间", "2019年12月（计划标准）", "100%"]], ref="t2", previous=carry)
    found = indicators_from_readings([first, second])
    assert [(i.id, i.level1, i.level2, i.name) for i in found] == [
        ("ind1", "产出指标", "数量指标", "确保日常工作正常运行"), ("ind2", "产出指标", "数量指标", "按年度发放绩效奖"),
        ("ind3", "产出指标", "质量指标", "各类书籍审稿率"), ("ind4", "产出指标", "时效指标", "项目完成时间")]
    other, _ = read_table([["甲方", "各类书籍审稿率", "100%", "1"]], ref="t3", previous=carry)
    assert not other.continued  # a first column without 二级 names: no continuation


def test_pattern_10_a_goal_label_then_a_sub_label_then_the_goal_text():
    # 银川市 form: 年度总体目标 │ 年初设定目标 │ text; 中江县 form: a header 年初设定目标 │ 年度总体目标完成情况综述, texts below
    beside = [["年度总体目标", "年初设定目标", "年初设定目标", "保障学校正常工作运行", "保障学校正常工作运行"]]
    assert [text for _, text, _ in goals_in_table(beside)] == ["保障学校正常工作运行"]
    header = [["年度总体目标", "年初设定目标", "年度总体目标完成情况综述"],
              ["年度总体目标", "改进农村地区供水计量设施设备，对农业用水进行计量。", "已完成农业用水计量设施改造。"]]
    assert [text for _, text, _ in goals_in_table(header)] == ["改进农村地区供水计量设施设备，对农业用水进行计量。"]


def test_pattern_5_a_graded_scale_under_its_header_gives_the_excellent_grade_as_the_target(tmp_path):
    # 邯郸市 target form: 绩效指标分类 │ 绩效指标 │ 绩效指标描述 │ 绩效指标评价标准 (优 │ 良 │ 中 │ 差) │ 评价标准确定依据
    rows = [["绩效指标分类", "绩效指标", "绩效指标描述", "绩效指标评价标准", "绩效指标评价标准", "绩效指标评价标准",
             "绩效指标评价标准", "评价标准确定依据"],
            ["绩效指标分类", "绩效指标", "绩效指标描述", "优", "良", "中", "差", "评价标准确定依据"],
            ["产出指标", "救助覆盖率", "困难群众基本生活救助是否应救尽救", "100%", "90%", "85%", "85%", "按临时救助标准评价"]]
    found = [(i.level1, i.name, i.value, i.unit, i.explanation) for i in indicators(write_xlsx(tmp_path / "graded.xlsx", rows))]
    assert found == [("产出指标", "救助覆盖率", 100, "%", "困难群众基本生活救助是否应救尽救")]


def test_pattern_5_completed_value_header_and_a_score_block_under_the_table(tmp_path):
    # 南开大学 results table: 预算设定指标值 │ 项目完成指标值, then 预算绩效评价结果 rows of names and points
    rows = [["一级指标", "二级指标", "三级指标", "预算设定指标值", "项目完成指标值"],
            ["产出指标", "数量指标", "改造实验室", "2间", "2间"],
            ["预算绩效评价结果", "考核节点进度完成率", "10分", "项目采购节约率", "10分"],
            ["产出指标", "数量指标", "88", "≥90%", "10"]]  # a bare number under level names: a row with no name
    found = [(i.name, i.value, i.actual) for i in indicators(write_xlsx(tmp_path / "completed.xlsx", rows))]
    assert found == [("改造实验室", 2, 2), (None, 90, 10)]


def test_pattern_10_an_empty_expected_goal_leaves_the_actual_completion_no_goal():
    # 普陀区 self-evaluation form: 预期目标 empty, only 实际完成情况 filled
    rows = [["年度总体目标", "预期目标", "预期目标", "实际完成情况", "实际完成情况"],
            ["年度总体目标", "", "", "已完成普陀体育中心与委托运营方费用结算。", "已完成普陀体育中心与委托运营方费用结算。"]]
    assert goals_in_table(rows) == []
    rows[1][1] = rows[1][2] = "完成普陀体育中心与委托运营方费用结算。"
    assert goals_in_table(rows) == [("年度目标", "完成普陀体育中心与委托运营方费用结算。", "已完成普陀体育中心与委托运营方费用结算。")]


def test_pattern_9_an_allocation_table_with_subtotals_adds_the_subtotals_to_its_total(tmp_path):
    # 龙岩市 allocation table: items of each county, a 小计 per county, then 合计 70
    import extractor
    from extractor.checker import run_rules
    from extractor.extractors import extract_document

    rows = [["序号", "单位", "项目", "金额"],
            ["1", "上杭县", "南阳镇双溪村人饮工程二期项目", "8"], ["1", "上杭县", "下都镇吉安村光伏发电项目", "42"],
            ["1", "上杭县", "小计", "50"],
            ["2", "漳平市", "双洋镇中村村茶山道路硬化项目", "5"], ["2", "漳平市", "象湖镇科山村畲族文化展览厅项目", "15"],
            ["2", "漳平市", "小计", "20"],
            ["合计", "合计", "合计", "70"]]
    ext = extract_document(extractor.parse(write_xlsx(tmp_path / "allocation.xlsx", rows)), use_models=False)
    sums = [(f.metric, f.total, f.parts) for f in ext.facts if f.kind == "sum"]
    assert ("金额", 70, [50, 20]) in sums and not [s for s in sums if s[1] == 50]  # a 小计 is no stated total
    assert [f for f in run_rules(ext) if f.rule == "consistency.sum"] == []
    rows[-1][-1] = "80"
    ext = extract_document(extractor.parse(write_xlsx(tmp_path / "allocation-off.xlsx", rows)), use_models=False)
    assert {f.numbers["stated_total"] for f in run_rules(ext) if f.rule == "consistency.sum"} == {80}  # (the column
    # and the sub-projects' investments both miss it)


def test_pattern_8_template_numbering_with_a_full_stop_and_an_actual_headed_as_completed_value(tmp_path):
    # 遂宁市 self-evaluation form: 指标1.药品抽验品种; 安居区 form: 实际完成指标值
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成指标值"],
            ["产出指标", "数量指标", "指标1.药品抽验品种", "≥3", "4"],
            ["产出指标", "质量指标", "指标2：违法案件查办率", "100%", "100%"]]
    found = [(i.name, i.actual) for i in indicators(write_xlsx(tmp_path / "numbered-stop.xlsx", rows))]
    assert found == [("药品抽验品种", 4), ("违法案件查办率", 100)]
