"""Patterns of the sixteenth session, each from a never-seen part's first run (the part named at each test)."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor import check, extract
from extractor.document import DocumentBuilder
from extractor.extractors.labelled_prose import labelled_prose_indicators
from tests.extractors.text_docs import text_document

REAL = Path(__file__).resolve().parents[2] / "corpora" / "real_layouts"


def _report(*lines: str):
    return text_document("某局2022年项目支出绩效自评报告", *lines)


def _rows(doc):
    return [(i.level2, i.name, i.operator, i.value, i.unit, i.target_text, i.deadline)
            for i in labelled_prose_indicators(doc)]


# blind47, 云南 弥勒 矿山修复 自评报告: 社会效益指标-实施区域矿山地质灾害隐患下降、实施区域群众生命财产安全保障提升
def test_pattern_10_statements_listed_with_a_pause_mark_each_closed_by_a_change_are_separate_indicators():
    doc = _report("2.阶段性目标:数量指标-修复历史遗留矿山面积大于等于610亩;"
                  "社会效益指标-实施区域矿山地质灾害隐患下降、实施区域群众生命财产安全保障提升;"
                  "生态效益指标-生态修复、植被恢复和扬尘下降。")
    assert _rows(doc) == [
        ("数量指标", "修复历史遗留矿山面积", ">=", 610, "亩", "大于等于610亩", None),
        ("社会效益指标", "实施区域矿山地质灾害隐患", None, None, None, "下降", None),
        ("社会效益指标", "实施区域群众生命财产安全保障", None, None, None, "提升", None),
        # one part closes with no change of its own: the item stays whole
        ("生态效益指标", "生态修复、植被恢复和扬尘", None, None, None, "下降", None),
    ]


# blind47, 弥勒: 时效指标-2022年完成《…实施方案》编制工作
def test_pattern_10_a_statement_opening_with_its_deadline_is_a_time_target_not_a_missing_value():
    doc = _report("时效指标-2022年完成《2022年重点生态区历史遗留矿山修复治理项目实施方案》编制工作;"
                  "数量指标-修复历史遗留矿山面积大于等于610亩。")
    first = _rows(doc)[0]
    assert first == ("时效指标", "《2022年重点生态区历史遗留矿山修复治理项目实施方案》编制工作", None, None, None,
                     "2022年完成", "2022年")
    ext = extract(doc)
    names = {i.id: i.name for i in ext.indicators}
    assert not [f.rule for f in check(ext) if names.get(f.item, "").endswith("编制工作")]


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_the_mine_restoration_report_reads_each_vague_statement_apart(suffix):
    doc = extract(REAL / "blind47" / f"yn-mile-mine-restoration-selfreport.{suffix}")
    names = [i.name for i in doc.indicators]
    assert "实施区域群众生命财产安全保障" in names and "实施区域矿山露天矿山扬尘" in names
    ids = {i.id: i.name for i in doc.indicators}
    vague = {ids[f.item] for f in check(doc) if f.rule == "target.vague_wording"}
    assert {"实施区域群众生命财产安全保障", "实施区域矿山露天矿山扬尘"} <= vague


# blind48, 云南 隆阳 自评表: 一、示范区建立 │ ≧20000亩 … 二、化肥减量增效田间试验 │ ≧15组 │ 15组
@pytest.mark.parametrize("suffix", ["xlsx", "pdf"])
def test_pattern_6_a_chinese_numeral_numbering_is_no_part_of_a_name_and_groups_are_a_unit(suffix):
    ext = extract(REAL / "blind48" / f"yn-longyang-fertilizer-selfeval.{suffix}")
    by_name = {i.name: i for i in ext.indicators}
    assert {"示范区建立", "化肥减量增效田间试验", "土样植株化验"} <= set(by_name)
    assert not [name for name in by_name if name.startswith(("一、", "二、", "三、", "四、"))]
    trials = by_name["化肥减量增效田间试验"]
    assert (trials.operator, trials.value, trials.unit, trials.actual) == (">=", 15, "组", 15)


# blind48, 云南 施甸 自评表: 执行率 written as the fraction 0.1 for 94/650 (14.46 %): right at the one decimal written
@pytest.mark.parametrize("suffix", ["xlsx", "pdf"])
def test_pattern_5_a_fraction_rate_is_checked_at_the_precision_it_is_written(suffix):
    ext = extract(REAL / "blind48" / f"yn-shidian-agri-entity-selfeval.{suffix}")
    rates = [f for f in ext.facts if f.kind == "budget" and f.stated_rate is not None]
    assert [(f.planned, f.actual, f.stated_rate, f.decimals) for f in rates] == [(650, 94, 10, -1)]
    assert not [f for f in check(ext) if f.rule == "consistency.rate"]


def test_a_fraction_rate_still_fails_when_its_rounding_cannot_reach_the_amounts():
    from extractor.extractors.facts import _rate_as_percent
    assert _rate_as_percent("0.1", False, 100, 30) == (10, -1)  # 30 % is outside 10 % give or take 5
    assert _rate_as_percent("1", False, 100, 60) == (100, 0)  # a whole 1 is exactly 100 %, not 100 give or take 50
    assert _rate_as_percent("0.958", False, 29, 27.8) == (95.8, 1)


# blind51, 云南 红河 第二人民医院 公卫 自评报告: (1)数量指标。 │ 开展工作督导：一个季度开展工作督导一次，共4次。
def test_pattern_10_a_result_named_by_its_label_and_closed_by_its_total():
    doc = _report("(三)绩效指标完成情况分析。", "1.产出指标完成情况分析。", "(1)数量指标。",
                  "开展工作督导：一个季度开展工作督导一次，共4次。", "开展绩效考核：一个季度开展绩效考核一次，共4次。",
                  "2.效益指标完成情况分析。", "社会效益指标。", "及时发现隐患和薄弱环节：一个季度报送一次，共4次。",
                  "项目管理：按季度开展督导，共计完成。")
    found = [(i.level1, i.level2, i.name, i.value, i.unit, i.actual) for i in labelled_prose_indicators(doc)]
    assert found == [
        ("产出指标", "数量指标", "开展工作督导", None, "次", 4),
        ("产出指标", "数量指标", "开展绩效考核", None, "次", 4),
        ("效益指标", "社会效益指标", "及时发现隐患和薄弱环节", None, "次", 4),
    ]  # a label whose text closes with no figure (共计完成) states no result


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_the_hospital_report_has_its_output_and_benefit_rows_and_no_missing_dimension(suffix):
    ext = extract(REAL / "blind51" / f"yn-honghe-second-hospital-phs-selfreport.{suffix}")
    assert len(ext.indicators) == 6
    assert not [f for f in check(ext) if f.rule == "coverage.missing_dimension"]


# blind51, 安徽 淮南 数据资源局: a 决算 page titled 项目绩效评价报告 that holds a project list and its 自评表
@pytest.mark.parametrize("suffix", ["xlsx", "pdf"])
def test_a_report_by_its_title_that_holds_only_self_evaluation_forms_is_a_self_assessment(suffix):
    ext = extract(REAL / "blind51" / f"ah-huainan-data-bureau-selfeval.{suffix}")
    assert ext.doc_type == "self_assessment"
    missing = {f.numbers.get("dimension") for f in check(ext) if f.rule == "coverage.missing_dimension"}
    assert missing == {"效益指标", "满意度指标"}  # the form stops in its 质量 row


def test_an_evaluation_report_with_an_evaluations_words_stays_one():
    from extractor.extractors.doctype import classify
    b = DocumentBuilder("report.txt", "text")
    for line in ("某县2023年项目绩效评价报告", "评价组按照评价指标体系打分，评价结论为良。", "项目名称：某项目",
                 "实际完成值 偏差原因 全年执行数 执行率 得分 预期目标", "存在问题：部分指标未完成。"):
        b.add("paragraph", line)
    assert classify(b.build(pages=1)) == "evaluation_report"


# blind46, 南安 服务贸易 自评表: 单位主要负责人签批意见 │ 签名：年月日 … after the 总分 row; 服务外包离岸（万美元）
@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_pattern_8_a_signing_row_is_no_indicator_and_dollars_are_a_unit(suffix):
    ext = extract(REAL / "blind46" / f"na-district-service-trade-selfeval.{suffix}")
    names = [i.name for i in ext.indicators]
    assert not [n for n in names if "签名" in (n or "")]
    units = {i.name: i.unit for i in ext.indicators}
    assert units["服务外包离岸（万美元）"] == units["服务外包在岸（万美元）"] == "万美元"
    ids = {i.id: i.name for i in ext.indicators}
    missing_unit = {ids[f.item] for f in check(ext) if f.rule == "target.missing_unit"}
    assert missing_unit == {"支持服务贸易、服务外包企业数量"}  # 3 with no unit; the dollar rows have theirs


@pytest.mark.parametrize("row", [["单位主要负责人签批意见", "签名：  年  月  日"], ["签名：", "年 月 日"],
                                 ["负责人签批：", ""]])
def test_signing_rows_end_an_indicator_block(row):
    from extractor.extractors.forms.regions import is_signature_row
    assert is_signature_row(row)


def test_a_row_naming_a_signature_inside_an_indicator_is_not_a_signing_row():
    from extractor.extractors.forms.regions import is_signature_row
    assert not is_signature_row(["产出指标", "数量指标", "签约项目数", "≥5个"])


# blind45, 南安 校园维修 自评报告: B效益指标 │ 经济效益 │ 年初目标值提高教育质量与上年相比显著提高，实际完成值显著提高。
def test_pattern_10_a_target_and_result_in_words_are_a_row_and_a_missing_name_is_said():
    doc = _report("2.完成的绩效目标。", "A产出指标", "（2）时效指标", "项目完成及时率，年初目标值100%，实际完成值100%。",
                  "B效益指标", "经济效益", "年初目标值提高教育质量与上年相比显著提高，实际完成值显著提高。",
                  "（2）社会效益", "教学质量，年初目标值稳步提升，实际完成值稳步提升。")
    found = [(i.level2, i.name, i.target_text, i.actual_text) for i in labelled_prose_indicators(doc)]
    assert found == [("时效指标", "项目完成及时率", "100%", "100%"),
                     ("经济效益指标", None, "提高教育质量与上年相比显著提高", "显著提高"),
                     ("社会效益指标", "教学质量", "稳步提升", "稳步提升")]
    ext = extract(doc)
    rules = {(f.rule, f.item) for f in check(ext)}
    first = next(i.id for i in ext.indicators if i.name is None)
    assert ("target.missing_name", first) in rules and ("target.vague_wording", first) in rules


def test_a_result_written_only_as_done_states_no_target_in_words():
    from extractor.extractors.results_prose import result_indicators
    assert result_indicators("年初目标值，实际完成值已完成") == []  # no target written after its label
    assert result_indicators("完成情况良好，实际完成值显著提高") == []  # no target label


# blind52, 海南 文昌 苗圃 评价报告: 项目绩效目标表 (绩效指标 │ 绩效目标 │ 优 │ 良 │ 中 │ 差), then 一、项目基本情况 and its table
@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_pattern_2_a_numbered_section_between_two_tables_ends_the_indicator_block(suffix):
    ext = extract(REAL / "blind52" / f"hi-wenchang-nursery-evalreport.{suffix}")
    names = [i.name for i in ext.indicators]
    assert names[:5] == ["年育苗数量", "对经济和社会的影响", "群众满意度", "资金按时到位", "按时完成既定目标"]
    assert "项目实施单位" not in names


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_pattern_7_a_target_column_right_of_the_names_holds_no_goals(suffix):
    ext = extract(REAL / "blind52" / f"hi-wenchang-nursery-evalreport.{suffix}")
    assert not [g.text for g in ext.goals if "较好" in g.text or "资金按时到位率" in g.text]


def test_a_department_tables_goal_column_left_of_its_indicators_still_holds_goals():
    from extractor.extractors.goals import goals_in_table
    rows = [["项目名称", "年度目标", "一级指标", "二级指标", "三级指标", "指标值"],
            ["道路养护", "完成全县农村公路日常养护，保障道路安全畅通", "产出指标", "数量指标", "养护里程", "≥300公里"]]
    assert [text for _, text, _ in goals_in_table(rows)] == ["完成全县农村公路日常养护，保障道路安全畅通"]


# blind49, 安徽 青阳 医保基金 目标表: 年度目标 按照《关于印发<…2022年度医保基金监管工作计划>的通知》(青医保监【2022】2号)，…
def test_a_document_number_and_a_cited_titles_year_quantify_no_goal():
    from extractor.extractors.goals import targets_in
    text = ("按照《关于印发<青阳县医疗保障局2022年度医保基金监管工作计划>的通知》(青医保监【2022】2号)，对定点医药机构开展"
            "监督检查，规范基金监管，保障基金安全运行。")
    assert targets_in(text) == []
    assert [t.value for t in targets_in("依据《2022年度工作计划》，全年检查定点医药机构151家。")] == [151]


@pytest.mark.parametrize("suffix", ["xlsx", "pdf"])
def test_the_medical_insurance_goal_is_unquantified(suffix):
    ext = extract(REAL / "blind49" / f"ah-qingyang-medins-fund-targets.{suffix}")
    goal = next(g for g in ext.goals if g.text.startswith("按照《关于印发"))
    assert not goal.quantified
    assert ("goal.unquantified", goal.id) in {(f.rule, f.item) for f in check(ext)}


# blind55, 海南 医保局 疫苗 自评报告: 2.绩效指标设定情况 │ (1)各年龄段人群接种率≥90%; (2)全省已完成2剂次…人群数≥116万人; …
def test_pattern_10_numbered_targets_under_a_reports_indicator_title_are_indicators_with_no_level():
    doc = _report("(二)项目年度预算绩效目标和绩效指标设定情况", "1.年度总体绩效目标:做好疫苗和接种费用的保障。",
                  "2.绩效指标设定情况", "(1)各年龄段人群接种率≥90%;", "(2)全省已完成2剂次灭活疫苗接种的人群数≥116万人;",
                  "(3)全省接种点数量≥400个。", "二、项目决策及资金使用管理情况", "(一)项目资金", "年初预算数7183万元，执行率0.00%。")
    assert _rows(doc) == [
        (None, "各年龄段人群接种率", ">=", 90, "%", "≥90%", None),
        (None, "全省已完成2剂次灭活疫苗接种的人群数", ">=", 116, "万人", "≥116万人", None),
        (None, "全省接种点数量", ">=", 400, "个", "≥400个", None),
    ]  # the money of the next section is no target


# blind47, 安徽 九华山 大气监测 自评报告: (二)项目绩效指标 │ …全年有效监测数据获取率应大于或等于90%，确保…优良率达到90%以上…
def test_pattern_10_targets_in_running_text_under_an_indicator_title_and_nothing_else_of_it():
    doc = _report("(二)项目绩效指标", "做好站点的日常运行维护，持续发布空气质量日报。全年有效监测数据获取率应大于或等于90%，"
                  "确保风景区空气质量优良率达到90%以上，为生态环境管理提供技术支撑。", "二、绩效评价工作开展情况",
                  "共抽查站点3个。")
    assert [(name, op, value) for _, name, op, value, *_ in _rows(doc)] == [
        ("有效监测数据获取率", ">=", 90), ("风景区空气质量优良率", ">=", 90)]  # the period and the intent are no names


# blind54, 云南 昌宁 更戛乡 动物防疫 自评报告: (二)绩效目标完成情况 │ 1.重大动物强制免疫病种群体免疫密度,年初目标值≥90%,实际完成值≥90%,自评得分20分;
def test_pattern_10_numbered_results_with_their_target_actual_and_points_and_no_level():
    doc = _report("(二)绩效目标完成情况", "1.重大动物强制免疫病种群体免疫密度,年初目标值≥90%,实际完成值≥90%,自评得分20分;",
                  "4.大规模随意抛弃病死猪事件,年初目标值=0件,实际完成值=0件,自评得分20分;",
                  "5.补助对象对项目满意率,初目标值≥90%,实际完成值≥90%,自评得分20分;", "6.完成了全年的防疫任务。")
    found = [(i.level1, i.name, i.operator, i.value, i.unit, i.actual, i.score) for i in labelled_prose_indicators(doc)]
    assert found == [
        (None, "重大动物强制免疫病种群体免疫密度", ">=", 90, "%", 90, 20),
        (None, "大规模随意抛弃病死猪事件", "=", 0, "件", 0, 20),
        (None, "补助对象对项目满意率", ">=", 90, "%", 90, 20),  # 初目标值: 年初 with 年 dropped
    ]  # a line that only tells what was done stays none


# blind54, 湖南 岳阳县 畜牧 部门整体: one cell 任务1:发展标准化规模养殖…创建畜禽标准化示范场2家。任务2:提升动物疫病防控水平…
def test_pattern_10_tasks_numbered_in_one_cell_are_goals_apart_and_their_numbers_no_targets():
    from extractor.extractors.goals import split_items, targets_in
    cell = "任务1:发展标准化规模养殖，创建畜禽标准化示范场2家。任务2:提升动物疫病防控水平，突出抓好重大动物疫病防控"
    items = split_items(cell)
    assert items == ["发展标准化规模养殖，创建畜禽标准化示范场2家", "提升动物疫病防控水平，突出抓好重大动物疫病防控"]
    assert [t.value for t in targets_in(items[0])] == [2]


# -- tests written for the survivors of the mutation run of labelled_prose (bench/mutation.py) -----------------------

def test_a_cost_label_takes_the_level1_its_level_line_opened():
    doc = _report("（一）产出指标", "成本指标：项目总成本≤50万元。", "（二）效益指标", "社会效益指标：受益群众≥2000人。")
    found = [(i.level1, i.level2, i.name) for i in labelled_prose_indicators(doc)]
    assert found == [("产出指标", "成本指标", "项目总成本"), ("效益指标", "社会效益指标", "受益群众")]


def test_a_level1_label_alone_opens_its_level_and_a_level2_label_closing_a_line_takes_the_next():
    doc = _report("产出指标：数量指标：培训人数≥500人。", "1、产出指标质量指标：", "培训合格率≥95%。",
                  "（一）数量指标", "质量指标：", "工程验收合格率持续提高")
    found = [(i.level1, i.level2, i.name, i.target_text) for i in labelled_prose_indicators(doc)]
    assert found == [("产出指标", "数量指标", "培训人数", "≥500人"), ("产出指标", "质量指标", "培训合格率", "≥95%"),
                     ("产出指标", "质量指标", "工程验收合格率", "持续提高")]  # a label with a colon: its next line whole


def test_a_change_after_the_names_comma_is_its_target():
    doc = _report("效益指标：社会效益指标：农民综合素质，持续提高；收入≥5%。")
    assert [(i.name, i.target_text) for i in labelled_prose_indicators(doc)] == [
        ("农民综合素质", "持续提高"), ("收入", "≥5%")]


def test_each_label_of_a_results_line_closes_at_the_next():
    doc = _report("（三）绩效指标完成情况", "数量指标：开展活动4次，指标完成率100%；质量指标：验收合格率100%，指标完成率100%；"
                  "时效指标：按时完成率100%，指标完成率100%。")
    found = [(i.level2, i.name, i.actual) for i in labelled_prose_indicators(doc)]
    assert found == [("数量指标", "开展活动", 4), ("质量指标", "验收合格率", 100), ("时效指标", "按时完成率", 100)]


def test_an_indicator_section_ends_at_the_next_title_and_lines_before_any_title_state_none():
    doc = _report("全县接种率≥90%。", "2.绩效指标设定情况", "(1)各年龄段人群接种率≥90%;", "(2)设备使用年限≥5年;",
                  "二、项目决策及资金使用管理情况", "全年培训人数≥500人。")
    assert [(name, value, unit) for _, name, _, value, unit, *_ in _rows(doc)] == [
        ("各年龄段人群接种率", 90, "%"), ("设备使用年限", 5, "年")]  # a duration is a target of an indicator list


def test_a_level2_label_closing_a_long_line_takes_the_next_line_even_after_a_level_line():
    doc = _report("（一）数量指标", "根据年度工作计划设定，质量指标：", "工程质量良好", "根据年度工作计划设定，时效指标：",
                  "按期完工率≥95%。")
    found = [(i.level1, i.level2, i.name, i.target_text) for i in labelled_prose_indicators(doc)]
    assert found == [("产出指标", "质量指标", "工程质量良好", "工程质量良好"), ("产出指标", "时效指标", "按期完工率", "≥95%")]


def test_two_targets_run_together_in_one_line_of_an_indicator_section_each_keep_their_own_name():
    doc = _report("2.绩效指标设定情况", "(1)各年龄段人群接种率≥90%接种点数量≥400个;")
    assert [name for _, name, *_ in _rows(doc)] == ["各年龄段人群接种率", "接种点数量"]
