"""Patterns of the thirty-ninth session, each from a code-blind part's real layout (the part named at each test), on
documents written here."""
from __future__ import annotations

import extractor
from extractor.extractors import extract_document
from extractor.nlp.quantities import find_quantities
from tests.extractors.text_docs import mixed_document, target_rows


def _report(title: str, *blocks):
    return extract_document(mixed_document("自评报告.docx", "docx", title, *blocks))


# blind236, 海南 学生资助 自评报告: the overall goal states its purpose, then after a semicolon its indicators with their
# figures, two of them after 达 and a colon (社会满意度达:98%)
def test_pattern_10_a_goal_lists_its_indicators_after_its_purpose():
    ext = _report("2016年度学生资助项目绩效自评报告",
                  ("heading", "一、项目概况"),
                  ("heading", "（二）项目绩效目标"),
                  ("list_item", "1. 项目绩效总目标:为全校困难学生发放助学金;发放率100%,覆盖率100%,"
                                "家长满意度达:95%,学生满意度达：92%。"),
                  ("heading", "二、项目资金使用及管理情况"))
    assert target_rows(ext) == [("发放率", "=", 100.0, "%"), ("覆盖率", "=", 100.0, "%"),
                                ("家长满意度", ">=", 95.0, "%"), ("学生满意度", ">=", 92.0, "%")]
    # a purpose with no list after it stays a goal only
    plain = _report("2016年度学生资助项目绩效自评报告", ("heading", "（二）项目绩效目标"),
                    ("list_item", "1. 项目绩效总目标:为全校困难学生发放助学金,保障学生安心就学。"))
    assert plain.indicators == []


def test_a_reach_word_before_a_colon_is_the_figures_operator():
    [quantity] = find_quantities("满意度达：95%")
    assert (quantity.operator, quantity.value, quantity.unit) == (">=", 95.0, "%")
    [plain] = find_quantities("满意度：95%")
    assert plain.operator != ">="


# blind237, 桃源 路灯管理站 整体支出自评报告: the quantity label opens a paragraph whose lines count the objects the work is
# done to before naming them (对城区…盏路灯及其配套设施(…千米供电线路、…台变压器)进行维护维修)
def test_pattern_6_counted_objects_of_the_work_are_named_after_their_count():
    ext = _report("某县路灯管理站2022年度部门整体支出绩效自评报告",
                  ("heading", "（四）部门绩效目标"),
                  ("list_item", "（1）数量指标。对城区5210盏路灯及其配套设施(140千米供电线路、16台专用变压器)进行维护维修。"
                                "对城区64处812.5KW的景观照明(滨江风光带、桥梁亮化)进行维护维修。"
                                "确保路灯每天运行时长10小时以上。"))
    assert target_rows(ext) == [("路灯及其配套设施", "=", 5210.0, "盏"), ("景观照明", "=", 64.0, "处"),
                                ("路灯每天运行时长", ">=", 10.0, "小时")]


# blind237, 桃源: a goal that keeps facilities running and says what that brings people (便利市民出行, 美化夜景) is no
# process-only goal; it has no figure, so it is unquantified
def test_a_goal_that_says_what_the_upkeep_brings_is_no_process_only_goal(tmp_path):
    document = tmp_path / "report.txt"
    document.write_text("年度目标：保障城区道路照明设施正常运行，便利市民夜间出行，美化城市夜景。\n", encoding="utf-8")
    ext = extractor.extract(str(document))
    rules = {f.rule for f in extractor.check(ext)}
    assert "goal.unquantified" in rules and "goal.process_only" not in rules


def _form(*rows):
    header = ("一级指标", "二级指标", "三级指标", "指标值")
    return extract_document(mixed_document("目标表.xlsx", "xlsx", "项目支出绩效目标表", (header, *rows)))


def _rules_of(ext, name: str) -> set[str]:
    [indicator] = [i for i in ext.indicators if i.name == name]
    return {f.rule for f in extractor.check(ext) if f.item == indicator.id}


# blind239, 银川 小学 绩效目标表: a count written after its name with no unit, the name opening with 当年 (当年在校学生数4953),
# and a target that does this year's work (按要求完成当年的教育教学工作): 当年 sets no deadline in either
def test_pattern_6_this_years_words_set_no_deadline_in_a_form_cell():
    ext = _form(("产出指标", "数量指标", "当年在校学生数", "当年在校学生数3120"),
                ("产出指标", "质量指标", "学校正常运转", "按要求完成当年的教育教学工作"),
                ("产出指标", "时效指标", "材料报送", "当年办结"))
    assert "target.missing_unit" in _rules_of(ext, "当年在校学生数")
    assert "target.qualitative_no_scale" in _rules_of(ext, "学校正常运转")
    assert not _rules_of(ext, "材料报送") & {"target.qualitative_no_scale", "target.time_no_deadline"}


# blind241, 临沂 创模 考核表: a number of years the target holds over (连续三年名列前列, 近三年逐年下降) is no target value;
# of two years' results (2006年完成情况 │ 2007年完成情况) the later is the result
def test_pattern_5_spans_of_years_are_no_values_and_the_latest_years_result_is_the_actual():
    from extractor.nlp.quantities import parse_quantity

    assert parse_quantity("连续三年名列本省前列") is None
    assert parse_quantity("< 全国平均水平,且近三年逐年下降") is None
    kept = parse_quantity("近5年平均增长10%")
    assert (kept.value, kept.unit) == (10.0, "%")
    table = (("指标类别", "指标名称", "考核要求", "2006年完成情况", "2007年完成情况"),
             ("基本条件", "环境保护投资指数", ">1.7%", "2.06%", "2.07%"),
             ("基本条件", "城市环境综合整治定量考核", "连续三年名列本省前列", "第一名", "第一名"))
    ext = extract_document(mixed_document("考核表.xlsx", "xlsx", "创建模范城市考核指标完成情况", table))
    rows = {i.name: (i.value, i.actual) for i in ext.indicators}
    assert rows["环境保护投资指数"] == (1.7, 2.07)
    assert rows["城市环境综合整治定量考核"][0] is None


# blind240, 北关区 扶贫资金分配表: a road's size written length × width × depth (270米×4米×0.2米) is one work, its width
# and depth no targets of their own
def test_pattern_9_the_sizes_after_a_length_are_no_targets():
    table = (("序号", "项目名称", "建设地点", "建设内容", "投资规模", "责任单位"),
             ("1", "某村饮水工程项目", "某村", "新建主管道1800米,闸阀6个。", "15万元", "某办事处"),
             ("2", "某村道路建设项目", "某村", "310米×4米×0.2米, 980米×5米×0.2米,标号C25。", "40万元", "某镇"))
    ext = extract_document(mixed_document("分配表.xlsx", "xlsx", "专项扶贫资金分配表", table))
    assert not [i for i in ext.indicators if i.value in (4.0, 5.0, 0.2) or "×" in (i.name or "")]
    assert ("闸阀", 6.0, "个") in [(i.name, i.value, i.unit) for i in ext.indicators]
