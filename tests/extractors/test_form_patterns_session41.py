"""Patterns of the forty-first session, each from a code-blind part's real layout (the part named at each test), on
documents written here."""
from __future__ import annotations

from click.testing import CliRunner

from extractor import check, extract
from extractor.cli.extract import extract_command
from extractor.extractors import extract_document
from tests.extractors.test_form_patterns import write_xlsx
from tests.extractors.test_form_patterns_session40 import _boxed_xlsx
from tests.extractors.text_docs import mixed_document, target_rows


# blind248, 咸阳 河长制 考核评分细则 (a mirror copy in traditional characters): --explain shows the columns the extraction
# reads, so it reads the tables in simplified characters as the extraction does
def test_explain_reads_a_traditional_form_as_the_extraction_does(tmp_path):
    rows = [["績效指標", "一級指標", "二級指標", "三級指標", "指標值"],
            ["績效指標", "產出指標", "數量指標", "養護農村公路裏程", "≥120公里"],
            ["績效指標", "產出指標", "質量指標", "路面優良率", "≥85%"]]
    out = CliRunner().invoke(extract_command, [str(write_xlsx(tmp_path / "t.xlsx", rows)), "--explain"]).output
    assert "2 indicator rows" in out and "header “三级指标”" in out


# blind248, 咸阳: 考核项目 │ 考核要求 │ 分值 │ 评分细则, the 考核项目 cell 基础工作(50分) merged down its items, each row's
# requirement a sentence of its own
def test_pattern_1_a_scoring_items_column_merged_down_holds_the_groups(tmp_path):
    rows = [["考核项目", "考核要求", "分值", "评分细则"],
            ["基础工作(50分)", "县、镇级河长公示牌设立规范,干净整洁,联系方式有效。", 3, "不规范的,每个扣0.5分。"],
            ["基础工作(50分)", "河湖库渠治理工程按期完成计划任务,质量高,效果明显。", 10, "未达到进度要求的扣2分。"],
            ["基础工作(50分)", "各县每周向市河长制办公室报送一次工作动态。", 6, "每缺一次扣0.5分。"],
            ["日常管理(50分)", "河道保洁到位,无垃圾漂浮物。", 20, "发现一处扣1分。"],
            ["日常管理(50分)", "涉河违法行为及时制止并查处。", 30, "未查处的每起扣2分。"]]
    ext = extract(write_xlsx(tmp_path / "sheet.xlsx", rows, merges=("A2:A4", "A5:A6")))
    assert [(i.level1_text, i.name[:6], i.weight) for i in ext.indicators] == [
        ("基础工作(50分)", "县、镇级河长", 3.0), ("基础工作(50分)", "河湖库渠治理", 10.0), ("基础工作(50分)", "各县每周向市", 6.0),
        ("日常管理(50分)", "河道保洁到位", 20.0), ("日常管理(50分)", "涉河违法行为", 30.0)]
    # items that differ row by row stay the names, the sentences right of them their explanations
    items = [["考核项目", "考核要求", "分值"], ["河长公示牌", "设立规范,干净整洁,联系方式有效。", 3],
             ["河道保洁", "河道保洁到位,无垃圾漂浮物。", 20]]
    assert [i.name for i in extract(write_xlsx(tmp_path / "items.xlsx", items)).indicators] == ["河长公示牌", "河道保洁"]


# blind248, 江西 2019年河湖长制工作考核项目: 序号 │ 考核项目 │ 各项分值 │ 负责考核单位, its groups numbered 一, 二 in the
# index column over items numbered 1, 2…, and a page cut before the names of the last group's items
def test_pattern_9_groups_numbered_in_the_index_column_and_points_alone_are_no_rows(tmp_path):
    rows = [["序号", "考核项目", "各项分值", "负责考核单位"],
            [None, "总分", 100, None],
            ["一", "河湖长制基础工作", 4, None],
            [1, "完善组织体系", 1, "市河长办"],
            [2, "强化督察督办", 3, "市河长办"],
            ["二", "鄱阳湖生态环境专项整治", 8, None],
            [3, "持续推进城乡垃圾治理", 4, "市综合行政执法局"],
            [4, "开展工业污染集中整治", 4, "市生态环境局"],
            [None, None, 4, "市水利局"]]
    ext = extract(_boxed_xlsx(tmp_path / "kaohe.xlsx", rows))
    assert [(i.level1_text, i.name, i.weight) for i in ext.indicators] == [
        ("河湖长制基础工作(4分)", "完善组织体系", 1.0), ("河湖长制基础工作(4分)", "强化督察督办", 3.0),
        ("鄱阳湖生态环境专项整治(8分)", "持续推进城乡垃圾治理", 4.0), ("鄱阳湖生态环境专项整治(8分)", "开展工业污染集中整治", 4.0)]


# blind248, 环保目标考核表: 考核目标 merged over 2005年 │ 2006年 │ 2007年, each row's target merged across the years, and a
# target written as a numbered list of measures
def test_pattern_6_target_columns_one_a_year_under_one_header(tmp_path):
    rows = [["序号", "考核项目", "考核目标", "考核目标", "考核目标", "分值", "计分办法"],
            ["序号", "考核项目", "2005年", "2006年", "2007年", "分值", "计分办法"],
            [1, "城区空气质量优良天数", "340天", "345天", "350天", 7, "每低于目标值1天,扣0.2分"],
            [2, "交接断面水质达标率", "100%", "100%", "100%", 7, "低于90%为0分"],
            [3, "环保政策措施制定落实情况", "1、开征城市污水处理费;2、开征生活垃圾处理费", None, None, 6, "每项1.5分"]]
    ext = extract(write_xlsx(tmp_path / "mubiao.xlsx", rows, merges=("C1:E1", "A1:A2", "B1:B2", "F1:F2", "G1:G2", "C5:E5")))
    assert [(i.name, i.value, i.unit, i.weight) for i in ext.indicators] == [
        ("城区空气质量优良天数", 340.0, "天", 7.0), ("交接断面水质达标率", 100.0, "%", 7.0),
        ("环保政策措施制定落实情况", None, None, 6.0)]  # 1、 numbers the measures: no value of 1


# blind249, 临河 优抚对象医疗补助 自评报告: 享受医疗待遇优抚对象人数指标为大于等于728人,实际完成值为728人 names the
# measure before its 指标
def test_pattern_10_a_result_line_names_its_measure_without_the_word_indicator():
    ext = extract_document(mixed_document(
        "自评报告.docx", "docx", "优抚对象医疗补助经费2023年度绩效自评报告", ("heading", "（三）绩效指标完成情况分析"),
        ("list_item", "1. 产出指标完成情况分析。"),
        ("list_item", "1)数量指标。享受医疗待遇优抚对象人数指标为大于等于728人,实际完成值为728人。")))
    assert [(i.name, i.operator, i.value, i.unit, i.actual) for i in ext.indicators] == [
        ("享受医疗待遇优抚对象人数", ">=", 728.0, "人", 728.0)]
    assert target_rows(ext) and not [f for f in check(ext) if f.rule == "target.missing_value"]


# blind250, 安徽 广电局 项目支出绩效评价表: 年度总体目标完成情况 │ 年初设定目标 (merged over three columns) │ 年度总体目标完成情况综述
def test_pattern_10_the_goal_set_at_the_start_of_the_year_beside_its_summary(tmp_path):
    goal = "健全全省广播电视精品的奖励扶持政策,激励和引导行业创作优秀作品"
    done = "全年共扶持精品节目8个,带动行业创作水平提升"
    rows = [["年度总体目标完成情况", "年初设定目标", "年初设定目标", "年度总体目标完成情况综述"],
            ["年度总体目标完成情况", goal, goal, done]]
    ext = extract(write_xlsx(tmp_path / "pjb.xlsx", rows, merges=("A1:A2", "B1:C1", "B2:C2")))
    assert [(g.kind, g.text) for g in ext.goals] == [("年度目标", goal)]


# blind248, 相山区 防汛抗旱 评价报告: 1.绩效目标分析。项目绩效目标为…财产损失,目标明确;开展…: the evaluator's verdict and
# what follows it are no part of the goal
def test_pattern_10_an_evaluators_verdict_closes_the_goal_it_judges():
    ext = extract_document(mixed_document(
        "评价报告.docx", "docx", "防汛抗旱项目支出绩效评价报告",
        ("list_item", "1.绩效目标分析。项目绩效目标为保障防汛指挥系统高效运转、防汛物料充足,避免或减少洪涝灾害损失,"
                      "目标明确;开展防汛队伍培训演练,目标较为细化。")))
    assert [g.text for g in ext.goals] == ["保障防汛指挥系统高效运转、防汛物料充足,避免或减少洪涝灾害损失"]


# blind251, 重庆 市容环境 考核评分标准: 序号 │ 考评项目 │ 考评内容 │ 分值 │ 评分标准 │ 得分, each 考评内容 a sentence closed by
# 。, one of them with its target (主、次干道和背街小巷路灯装灯率≥99%。): the value written in the name is read past the stop
def test_pattern_6_a_value_written_in_a_name_closed_by_a_full_stop(tmp_path):
    rows = [["序号", "考评项目", "考评内容", "分值", "评分标准", "得分"],
            [1, "城市照明设施建设管理", "城市道路照明设施设置规范,满足功能需要。", "3分", "不符合要求一处扣0.3分", None],
            [2, "城市照明设施建设管理", "主、次干道和背街小巷路灯装灯率≥99%。", "3分", "每下降1%扣0.3分", None]]
    ext = extract(_boxed_xlsx(tmp_path / "zhaoming.xlsx", rows))
    assert [(i.name, i.operator, i.value, i.unit) for i in ext.indicators] == [
        ("城市道路照明设施设置规范,满足功能需要。", None, None, None), ("主、次干道和背街小巷路灯装灯率", ">=", 99.0, "%")]



# blind252, 广水 林业局: 2.完成植树造林0.74万亩,其中村庄绿化0.12万亩;完成封山育林1.1万亩 (here under a plan's 主要预期目标):
# each target names what is measured, without the 完成 or 其中 opening its clause
def test_pattern_10_a_plans_target_is_named_without_the_verb_opening_its_clause():
    ext = extract_document(mixed_document(
        "林业局.docx", "docx", "林业局2022年度工作要点", ("heading", "一、主要预期目标"),
        ("list_item", "1.森林覆盖率增速0.15%,全面落实林长制。"),
        ("list_item", "2.完成植树造林0.74万亩,其中村庄绿化0.12万亩;完成封山育林1.1万亩。")))
    assert [(name, value, unit) for name, _, value, unit in target_rows(ext)] == [
        ("森林覆盖率增速", 0.15, "%"), ("植树造林", 0.74, "万亩"), ("村庄绿化", 0.12, "万亩"), ("封山育林", 1.1, "万亩")]
