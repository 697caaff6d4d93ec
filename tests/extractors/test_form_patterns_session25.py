"""Patterns of the twenty-fifth session, each from a never-seen part's first run (the part named at each test)."""
from __future__ import annotations

import docx

from extractor import check, parse
from extractor.extractors import extract_document
from tests.extractors.text_docs import mixed_document as _document


def _docx(path, *paragraphs):
    """The extraction of a DOCX of plain paragraphs, parsed as a submitted file is (numbered titles found by the parser)."""
    d = docx.Document()
    for text in paragraphs:
        d.add_paragraph(text)
    d.save(path)
    return extract_document(parse(path))


def _rows(ext):
    return [(i.name, i.operator, i.value, i.unit) for i in ext.indicators]


# blind107, 湖南 绥宁 人均预期寿命提升行动计划 主要目标责任清单: a plan's table of targets by year beside a 单位 column, its
# header repeated before the last row; the earliest year is the base level, the next the target, the last the outlook
PLAN_TABLE = (
    ("序号", "指标名称", "单位", "2022年", "2025年", "2027年", "牵头单位", "责任单位"),
    ("1", "人均预期寿命", "岁", "78.2(2021年)", "≥79.2", "≥80", "县卫健局", "各乡镇人民政府"),
    ("2", "居民健康素养水平", "%", "21.6", "≥31.5", "≥33", "县卫健局", "县疾控中心"),
    ("3", "30-70岁重大慢性病过早死亡率", "%", "0.17", "≤12.7", "≤12.5", "县卫健局", "县疾控中心"),
    ("4", "孕产妇死亡率", "/10万", "0", "持续改善", "持续改善", "县卫健局", "县妇计中心"),
    ("序号", "指标名称", "单位", "2022年", "2025年", "2027年", "牵头单位", "责任单位"),
    ("8", "5岁以下儿童死亡率", "‰", "6.07", "≤5", "≤4.8", "县卫健局", "县妇计中心"),
)


def test_pattern_5_a_plans_year_columns_give_the_target_after_the_base_year():
    ext = extract_document(_document("目标责任清单.xlsx", "xlsx", "人均预期寿命提升行动计划主要目标责任清单", PLAN_TABLE))
    assert _rows(ext) == [
        ("人均预期寿命", ">=", 79.2, "岁"),
        ("居民健康素养水平", ">=", 31.5, "%"),
        ("30-70岁重大慢性病过早死亡率", "<=", 12.7, "%"),
        ("孕产妇死亡率", None, None, "/10万"),
        ("5岁以下儿童死亡率", "<=", 5, "‰"),
    ]
    assert not any(f.rule == "table_not_understood" for f in check(ext))


# blind60, 宁夏 节水达标建设目标分解表: years under a 预期值 label and no 单位 column are all targets, the first one read
TARGET_YEARS = (
    ("指标", "指标", "预期值", "预期值", "预期值"),
    ("指标", "指标", "2016年", "2017年", "2018年"),
    ("综合指标", "再生水回用率", "30%", "40%", "55%"),
    ("综合指标", "工业用水重复利用率", "55%", "65%", "75%"),
)


def test_pattern_5_years_under_a_target_label_are_all_targets():
    ext = extract_document(_document("目标分解表.xlsx", "xlsx", "节水达标建设目标分解表", TARGET_YEARS))
    assert _rows(ext) == [("再生水回用率", "=", 30, "%"), ("工业用水重复利用率", "=", 55, "%")]


# blind107, 辽宁 立山区 重点工作任务分解和责任分工方案: the plan's heading over numbered targets, each followed by the units
# that lead and share the work
PLAN = (
    ("heading", "一、经济社会发展的主要预期目标"),
    ("list_item", "1.努力实现地区生产总值增长6.2%左右。"),
    "牵头单位:区发改局",
    "责任单位:立山经济开发区,全区经济运行各专班",
    ("list_item", "2.固定资产投资增长15%左右。"),
    "牵头单位:区发改局",
    ("list_item", "3.其他主要经济指标不低于全市平均水平。"),
    "牵头单位:区发改局",
    ("heading", "二、重点工作任务"),
    "围绕项目建设开展专项行动，全年谋划项目100个。",
)


def _plan():
    return extract_document(_document("分工方案.docx", "docx", "立山区政府2023年重点工作任务分解和责任分工方案", *PLAN))


def test_pattern_10_a_plans_numbered_targets_are_its_goals():
    assert [g.text for g in _plan().goals] == [
        "努力实现地区生产总值增长6.2%左右。", "固定资产投资增长15%左右。", "其他主要经济指标不低于全市平均水平。"]


def test_pattern_10_a_plans_numbered_targets_state_its_indicators():
    # the change the figure states (增长6.2%) is no part of the name since the forty-fourth session: blind107's writer
    # kept it, but the writers of eight later parts (32 rows) drop it
    assert _rows(_plan()) == [
        ("地区生产总值", None, 6.2, "%"),
        ("固定资产投资", None, 15, "%"),
        ("其他主要经济指标", ">=", None, None),
    ]


def test_pattern_3_a_target_compared_with_an_average_in_words_has_no_value():
    judged = ("target.missing_value", "target.qualitative_no_scale", "target.vague_wording", "coverage.missing_dimension")
    found = [(f.rule, f.item) for f in check(_plan()) if f.rule in judged]
    names = {i.id: i.name for i in _plan().indicators}
    assert [(rule, names.get(item, item)) for rule, item in found] == [("target.missing_value", "其他主要经济指标")]


def test_pattern_10_numbered_lines_under_another_heading_are_no_plan_targets():
    # the same lines under a heading of tasks: no goal list of a plan's targets, no indicator rows
    ext = extract_document(_document("分工方案.docx", "docx", "分工方案", ("heading", "一、重点工作安排"),
                                     *PLAN[1:4]))
    assert ext.indicators == []


def test_pattern_6_a_bound_opening_a_name_is_no_target_repeated():
    # 5岁以下儿童死亡率 │ ≤5: the 5 of the name bounds the age group, the name keeps it (the rows above: PLAN_TABLE)
    ext = extract_document(_document("目标责任清单.xlsx", "xlsx", "主要目标责任清单", PLAN_TABLE[:1] + PLAN_TABLE[-1:]))
    assert _rows(ext) == [("5岁以下儿童死亡率", "<=", 5, "‰")]


# blind108, 新疆 博乐 抗疫特别国债 自评报告: 2.绩效目标设定情况 over items numbered ㈠ ㈡ … (one character each), each a
# project's title then its goal
BOND = (
    "关于抗疫特别国债执行情况绩效自评报告",
    "一、绩效目标分解下达情况",
    "2.绩效目标设定情况",
    "㈠博乐市南城区中水调节池工程项目。安排资金7000万元,主要用于新建调节池总容积766万m³及泵房管网等配套设施。",
    "㈡博乐市排涝管渠建设项目。安排资金5000万元,主要用于建设地下排水管网29公里、580个雨水口。",
    "二、绩效目标完成情况",
    "项目均已完工。",
)


def test_pattern_10_goals_numbered_with_one_character_brackets_under_their_setting(tmp_path):
    ext = _docx(tmp_path / "自评报告.docx", *BOND)
    assert [g.text for g in ext.goals] == [
        "博乐市南城区中水调节池工程项目。安排资金7000万元,主要用于新建调节池总容积766万m³及泵房管网等配套设施。",
        "博乐市排涝管渠建设项目。安排资金5000万元,主要用于建设地下排水管网29公里、580个雨水口。",
    ]


# blind106, 青海 泽库 衔接资金 分配计划 公告: six numbered items with their investment add up to the stated total; the last
# one, a management fee, has no project word in its name
ALLOCATION = (
    "关于泽库县衔接资金分配计划的公告",
    "按资金下达规模,共安排了3个项目,项目总投资为744万元,其中:基础设施建设项目2项,总资金730万元;项目管理1项,投资14万元。",
    "1.西卜沙乡三个村游牧民定居点人饮巩固提升工程",
    "投资:500万元 实施单位:泽库县农牧水利和科技局",
    "2.泽库县和日镇司玛村人畜饮水安全工程",
    "投资:230万元 实施单位:泽库县农牧水利和科技局",
    "3.中央第二批资金项目管理费(泽库县2个村发展新型农村集体经济项目管理费)",
    "投资:14万元 实施单位:泽库县农牧水利和科技局",
)


def test_pattern_10_an_item_funded_like_its_siblings_is_a_sub_project_and_the_sum_holds(tmp_path):
    ext = _docx(tmp_path / "公告.docx", *ALLOCATION)
    assert [(s.name, s.investment) for s in ext.subprojects][-1] == (
        "中央第二批资金项目管理费(泽库县2个村发展新型农村集体经济项目管理费)", 14)
    assert [f for f in check(ext) if f.rule == "consistency.sum"] == []


def test_pattern_10_a_funded_section_after_a_group_of_sub_projects_is_none(tmp_path):
    # 五、资金安排 after 四、重点建设项目 (two sub-projects under it): the sub-projects are not its siblings
    ext = _docx(tmp_path / "方案.docx", "建设方案", "四、重点建设项目", *ALLOCATION[2:6], "五、资金安排", "投资:730万元。")
    assert [s.name for s in ext.subprojects] == ["西卜沙乡三个村游牧民定居点人饮巩固提升工程", "泽库县和日镇司玛村人畜饮水安全工程"]


def test_pattern_10_a_one_character_bracket_number_is_a_bracket_number():
    from extractor.layout.headings import match_number

    one, three = match_number("㈢博乐市供热管网连通工程项目。"), match_number("（三）博乐市供热管网连通工程项目。")
    assert (one.style, one.level, one.value, one.title) == (three.style, three.level, three.value, three.title)
    assert one.number == "㈢"


# blind108, 浙江 天台 平桥镇 专项债券 绩效评价情况表: one row a project with its score and its grade, the grade left empty
RESULTS = (
    ("序号", "主管部门", "项目单位", "项目名称", "发行金额(亿元)", "评价得分", "评价结果", "备注"),
    ("1", "平桥镇人民政府", "天台易城环境工程有限公司", "天台县花前工业园区四期核心区", "0.7", "92", "", "项目单位自评"),
    ("2", "平桥镇人民政府", "天台县新时代城镇建设开发有限公司", "平桥镇蓝天科创产业园工程", "0.1", "83", "良", ""),
    ("3", "平桥镇人民政府", "天台县新时代城镇建设开发有限公司", "平桥镇污水管网工程", "0.2", "75", "良", ""),
)


def test_pattern_10_a_results_tables_grades_are_checked_against_their_scores():
    ext = extract_document(_document("评价结果.xlsx", "xlsx", "专项债券项目资金绩效评价结果公示", RESULTS))
    found = [(f.item, f.numbers.get("expected_grade")) for f in check(ext) if f.rule == "consistency.grade"]
    assert found == [("天台县花前工业园区四期核心区", "优"), ("平桥镇污水管网工程", "中")]


# blind106, 福建 德化 扶贫资金 绩效目标表: laid out across — the levels and the names as columns, one row a township
ACROSS = (
    ("项目单位", "产 出 指 标", "产 出 指 标", "产 出 指 标", "效 益 指 标"),
    ("项目单位", "质量指标", "数量指标", "时效指标", "社会效益指标"),
    ("项目单位", "资金投向合规率", "扶持村数", "资金使用率", "指标1:改善村人居环境、改善基础设施"),
    ("龙门滩镇", "100%", "2个", "≥95%", ""),
    ("葛坑镇", "100%", "1个", "≥95%", ""),
)


def test_pattern_4_an_indicator_table_laid_out_across_gives_one_indicator_a_column():
    ext = extract_document(_document("绩效目标表.xlsx", "xlsx", "扶贫资金绩效目标表", ACROSS))
    assert [(i.level1, i.level2, i.name, i.operator, i.value, i.unit) for i in ext.indicators] == [
        ("产出指标", "质量指标", "资金投向合规率", "=", 100, "%"),
        ("产出指标", "数量指标", "扶持村数", "=", 2, "个"),
        ("产出指标", "时效指标", "资金使用率", ">=", 95, "%"),
        ("效益指标", "社会效益指标", "改善村人居环境、改善基础设施", None, None, None),
    ]
    assert [f.item for f in check(ext) if f.rule == "target.missing_value"] == [ext.indicators[-1].id]


def test_pattern_4_levels_across_with_no_names_below_stay_a_table_cut_at_its_header():
    # no row of names under the levels: no indicator is made up
    ext = extract_document(_document("绩效目标表.xlsx", "xlsx", "绩效目标表", ACROSS[:2] + (("龙门滩镇", "", "", "", ""),)))
    assert ext.indicators == []
    assert not any(f.rule == "table_not_understood" for f in check(ext))


def test_pattern_4_names_across_cut_before_any_sub_unit_are_a_header():
    # blind18, 惠安县 应急救助 绩效目标表: cut after its names row (指标1:… in it), before the first town's row
    ext = extract_document(_document("绩效目标表.xlsx", "xlsx", "绩效目标表", ACROSS[:3]))
    assert ext.indicators == []
    assert not any(f.rule == "table_not_understood" for f in check(ext))


# blind109, a county's 十四五 education plan: 指标 │ 2020年 │ 2025年 │ 属性, no 单位 column; a name cell stacking its 其中
# parts, one value a line
EDUCATION = (
    ("指  标", "2020年", "2025年", "属性"),
    ("一、发展水平", "", "", ""),
    ("1.学前教育毛入园率(%)", "99%", "99%以上", "约束性"),
    ("4.义务教育标准班额比例(%)\n其中:小学\n初中", "34.52%\n77.34%", "80%以上\n85%以上", "预期性"),
    ("1.幼儿教师专科及以上学历比例(%)\n其中:本科及以上学历比例(%)", "97.74%\n49.85%", "100%\n50%", "预期性"),
)


def test_pattern_5_a_plans_year_columns_beside_its_nature_column_and_stacked_parts():
    ext = extract_document(_document("规划.docx", "docx", "“十四五”教育事业发展主要指标表", EDUCATION))
    assert [(i.name, i.operator, i.value) for i in ext.indicators] == [
        ("学前教育毛入园率(%)", ">=", 99), ("小学", ">=", 80), ("初中", ">=", 85),
        ("幼儿教师专科及以上学历比例(%)", "=", 100), ("本科及以上学历比例(%)", "=", 50)]


# blind110, 广东 农村生活垃圾治理 评估指标和权重表: a numbered title of the block's first part merged across the table
WEIGHTS = (
    ("编号", "一级指标", "权重", "二级指标", "权重", "三级指标", "权重"),
    ("一、农村生活垃圾治理工作现状评估指标",) * 7,
    ("1", "农村生活垃圾管理工作", "46", "环卫规划", "2", "规划文件的完整性、科学性", "2"),
    ("2", "农村生活垃圾管理工作", "46", "资金保障", "14", "设施建设、运营资金保障", "6"),
    ("二、农村生活垃圾治理成效主观评估指标",) * 7,
    ("3", "群众满意度", "18", "村民满意度", "18", "村民对保洁的满意度", "18"),
)


def test_pattern_2_a_numbered_part_title_merged_across_does_not_end_the_block():
    ext = extract_document(_document("评估.xlsx", "xlsx", "评估指标和权重表", WEIGHTS))
    assert [(i.level1_text, i.name, i.weight) for i in ext.indicators] == [
        ("农村生活垃圾管理工作", "规划文件的完整性、科学性", 2), ("农村生活垃圾管理工作", "设施建设、运营资金保障", 6),
        ("群众满意度", "村民对保洁的满意度", 18)]


# blind109, 湖南 益阳 乡村振兴 主要指标: laid out sideways in blocks of three rows, labels in the first column
SIDEWAYS = (
    ("主 要 指 标", "粮食综合生产能力", "农产品加工产值与农业产值比", "具备条件的建制村通硬化公路的比例"),
    ("2022 年 目 标 值", ">6亿吨", "2.5", ">100%"),
    ("属 性", "约束性", "预期性", "约束性"),
    ("主 要 指 标", "城乡居民收入比", "", ""),
    ("2022 年 目 标 值", "2.67", "", ""),
)


def test_pattern_4_a_table_laid_out_sideways_in_blocks_of_rows():
    ext = extract_document(_document("主要指标.docx", "docx", "乡村振兴主要指标", SIDEWAYS))
    assert _rows(ext) == [("粮食综合生产能力", ">", 6, "亿吨"), ("农产品加工产值与农业产值比", "=", 2.5, None),
                          ("具备条件的建制村通硬化公路的比例", ">", 100, "%"), ("城乡居民收入比", "=", 2.67, None)]
    names = {i.id: i.name for i in ext.indicators}
    found = [(f.rule, names[f.item]) for f in check(ext) if f.rule.startswith(("target.impossible", "target.missing_unit"))]
    assert found == [("target.impossible_value.rate_over_100", "具备条件的建制村通硬化公路的比例")]


# blind109, 浙江 嵊泗 2021年乡村振兴任务清单: 考核项目 │ 序号 │ 考核指标 │ 考核内容 │ 单位 │ 年度目标; a figure another body settles
TASKS = (
    ("考核项目", "序号", "考核指标", "考核内容", "单位", "年度目标", "责任部门"),
    ("农业高质高效", "1", "确保粮食和重要农产品有效供给", "农林牧渔业增加值增幅", "%", "≥2%", "县农业农村局"),
    ("农业高质高效", "2", "确保粮食和重要农产品有效供给", "农业劳动生产率及增幅", "万元/人", "全市统筹", "县农业农村局"),
    ("农业高质高效", "3", "确保粮食和重要农产品有效供给", "粮食播种面积", "万亩", "0.07", "县农业农村局"),
    ("农业高质高效", "4", "确保粮食和重要农产品有效供给", "水产品产量", "万吨", "42", "县农业农村局"),
    ("科技强农", "5", "推广农业新品种", "推广农业新品种面积", "万亩", "由市科技局统筹安排", "县科技局"),
)


def test_pattern_5_an_assessments_contents_name_its_rows_under_its_indicators():
    ext = extract_document(_document("任务清单.xlsx", "xlsx", "2021年嵊泗县乡村振兴任务清单", TASKS))
    assert [(i.level1_text, i.level2_text, i.name, i.value) for i in ext.indicators] == [
        ("农业高质高效", "确保粮食和重要农产品有效供给", "农林牧渔业增加值增幅", 2),
        ("农业高质高效", "确保粮食和重要农产品有效供给", "农业劳动生产率及增幅", None),
        ("农业高质高效", "确保粮食和重要农产品有效供给", "粮食播种面积", 0.07),
        ("农业高质高效", "确保粮食和重要农产品有效供给", "水产品产量", 42),
        ("科技强农", "推广农业新品种", "推广农业新品种面积", None)]
    names = {i.id: i.name for i in ext.indicators}
    found = [(f.rule, names[f.item]) for f in check(ext) if f.rule in ("target.missing_value", "target.qualitative_no_scale")]
    assert found == [("target.missing_value", "农业劳动生产率及增幅"), ("target.missing_value", "推广农业新品种面积")]


# blind112, 江苏 南通 卫生健康 十三五 指标完成情况: header words after the year they are for
RESULTS_BY_YEAR = (
    ("类别", "序号", "指标", "单位", "2020年\n完成情况", "2020年\n规划目标"),
    ("健康水平", "1", "人均期望寿命", "岁", "83.16\n(市级测算)", "≥80"),
    ("健康水平", "2", "孕产妇死亡率", "1/10万", "2.65", "≤5"),
)


def test_pattern_5_header_words_after_their_year():
    ext = extract_document(_document("指标完成情况.xlsx", "xlsx", "卫生健康事业发展主要指标完成情况", RESULTS_BY_YEAR))
    assert [(i.name, i.operator, i.value, i.actual) for i in ext.indicators] == [
        ("人均期望寿命", ">=", 80, 83.16), ("孕产妇死亡率", "<=", 5, 2.65)]


# blind112, 健康中国行动 主要指标: the explanation of a row merged across beside the groups' cells does not end the block
EXPLAINED = (
    ("领域", "领域", "序号", "指标", "基期水平", "2022年目标值", "2030年目标值", "指标性质"),
    ("(一)健康知识普及行动", "结果性指标", "1", "居民健康素养水平(%)", "14.18", "≥22", "≥30", "预期性"),
    ("(一)健康知识普及行动",) + ("说明:健康素养水平即具备健康素养的人在监测总人群中的占比。",) * 7,
    ("(一)健康知识普及行动", "政府工作指标", "2", "中医医院设置治未病科室比例(%)", "", "90", "100", "预期性"),
)


def test_pattern_8_an_explanation_row_inside_the_block_is_no_end_of_it():
    ext = extract_document(_document("主要指标.docx", "docx", "健康中国行动主要指标", EXPLAINED))
    assert [(i.name, i.value) for i in ext.indicators] == [("居民健康素养水平(%)", 22), ("中医医院设置治未病科室比例(%)", 90)]


# blind113, 浙江 萧山 专项债券 自评情况: 自评分数 │ 自评等级, the grade left empty
def test_pattern_10_a_self_evaluations_score_and_empty_grade():
    table = (("序号", "项目名称", "债券性质", "债券规模", "自评分数", "自评等级"),
             ("", "城厢街道湖头陈社区城中村改造安置房三期、四期项目", "棚改专项债券", "2.62", "97", ""))
    ext = extract_document(_document("自评.xlsx", "xlsx", "专项债券项目绩效自评情况", table))
    assert [f.numbers.get("expected_grade") for f in check(ext) if f.rule == "consistency.grade"] == ["优"]


# blind112, 湖南 旅游业高质量发展行动方案 (a news report of it): a paragraph opening with the year of its targets
YEAR_TARGETS = ("《方案》指出,到2023年,全省接待旅游总人数9.6亿人次以上,实现旅游总收入1.15万亿元以上;"
                "国内旅游人均消费达到1200元以上;4A级以上景区达到180家以上。")


def test_pattern_10_a_plans_paragraph_of_targets_for_a_year_states_its_indicators():
    ext = extract_document(_document("行动方案.docx", "docx", "推进旅游业高质量发展行动方案", YEAR_TARGETS,
                                     "到2025年,建成国内外著名旅游目的地。"))
    rows = [(i.operator, i.value, i.unit) for i in ext.indicators]
    assert rows[:2] == [(">=", 9.6, "亿人次"), (">=", 11500, "亿元")] and (">=", 1200, "元") in rows
    assert ext.indicators[0].name == "全省接待旅游总人数"
    assert not any(f.rule == "coverage.missing_dimension" for f in check(ext))  # a plan's targets: no form's dimensions


def test_pattern_5_an_actual_of_the_year_before_the_target_is_its_base():
    # blind8, 黄石 党校 目标批复表: 指标值 over 2021年实际实现值 │ 预期2022年实现值 — last year's result, not this year's
    table = (("一级指标", "二级指标", "三级指标", "指标值", "指标值"),
             ("一级指标", "二级指标", "三级指标", "2021年实际实现值", "预期2022年实现值"),
             ("产出指标", "数量指标", "主体班培训人次", "280", "≥300"))
    ext = extract_document(_document("批复表.pdf", "pdf", "项目支出绩效目标批复表", table))
    assert [(i.name, i.value, i.actual) for i in ext.indicators] == [("主体班培训人次", 300, None)]


# blind116, 陕西 咸阳 2023年国民经济和社会发展计划: the plan's 主要预期目标是… as a list of its indicators
def test_pattern_10_a_plans_main_targets_in_one_sentence():
    text = ("主要预期目标是:生产总值增长6%左右,规模以上工业增加值增长7%左右,社会消费品零售总额增长9%左右;"
            "粮食产量保持在180万吨以上。")
    ext = extract_document(_document("计划.docx", "docx", "咸阳市2023年国民经济和社会发展计划", text))
    assert [(i.value, i.unit) for i in ext.indicators] == [(6, "%"), (7, "%"), (9, "%"), (180, "万吨")]
    assert ext.indicators[-1].name == "粮食产量"  # the lexicon's target verb (保持在) is no part of the name

