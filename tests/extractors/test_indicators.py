"""Indicators from tables: header recognition, level carry-down, value splitting, score tables, samples."""
from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.document import DocumentBuilder
from extractor.extractors.indicators import as_written, classify_header, indicators_from_tables, split_value


def _doc(*tables, page=3):
    b = DocumentBuilder("t.docx", "docx")
    b.add("heading", "项目支出绩效目标表", page=1)
    for rows in tables:
        b.add("table", "", page=page, rows=rows)
    return b.build(pages=page)


@pytest.mark.parametrize("row, expected", [
    (["一级指标", "二级指标", "三级指标", "指标值"], {"level1": 0, "level2": 1, "name": 2, "value": 3}),
    (["指标值", "三级指标", "二级指标", "一级指标"], {"value": 0, "name": 1, "level2": 2, "level1": 3}),
    (["一级指标", "二级指标", "指标名称", "指标性质", "指标值", "度量单位", "权重", "指标解释"],
     {"level1": 0, "level2": 1, "name": 2, "nature": 3, "value": 4, "unit": 5, "weight": 6, "explanation": 7}),
    (["一级指标", "二级指标", "三级指标", "指标内容", "目标值", "计量单位", "分值"],
     {"level1": 0, "level2": 1, "name": 2, "explanation": 3, "value": 4, "unit": 5, "weight": 6}),
    (["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
     {"level1": 0, "level2": 1, "name": 2, "value": 3, "actual": 4, "weight": 5, "score": 6, "deviation": 7}),
    (["一级", "二级", "三级", "权重", "得分", "得分率"],
     {"level1": 0, "level2": 1, "name": 2, "weight": 3, "score": 4, "rate": 5}),
    (["指标类别", "指标子类", "指标名称", "年度指标值", "度量单位"],
     {"level1": 0, "level2": 1, "name": 2, "value": 3, "unit": 4}),
    (["序号", "指标内容", "预期指标值", "计量 单位", "评（扣）分标准", "数据来源"],
     {"index": 0, "name": 1, "value": 2, "unit": 3, "standard": 4, "source": 5}),
    ([" 一级\n指标 ", "二级指标", "三级指标", "全年实际值", "指标值（目标值）"],
     {"level1": 0, "level2": 1, "name": 2, "actual": 3, "value": 4}),
])
def test_classify_header(row, expected):
    assert classify_header(row) == expected


@pytest.mark.parametrize("row", [
    [], ["项目名称", "智慧城管二期"], ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["年度总体目标", "预期目标", "实际完成情况"], ["一级指标", "二级指标"], ["建设子项目数量", "=12", "个"],
])
def test_classify_header_rejects(row):
    assert classify_header(row) is None


@settings(max_examples=2000, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.one_of(st.text(max_size=12), st.sampled_from(
    ["一级指标", "二级指标", "三级指标", "指标值", "计量单位", "分值", "得分", "权重", "指标名称", ""])), max_size=12))
def test_classify_header_never_raises(row):
    roles = classify_header(row)
    if roles is not None:
        assert all(0 <= i < len(row) for i in roles.values())
        assert "name" in roles


@pytest.mark.parametrize("value, unit, operator, expected", [
    ("≥95", "%", "", (">=", 95.0, "%")),
    ("≥95%", "", "", (">=", 95.0, "%")),
    ("100", "%", "", ("=", 100.0, "%")),
    ("95", "", "≥", (">=", 95.0, None)),
    ("≥", "平方米", "", (">=", None, "平方米")),
    ("控制在预算内", "", "", ("<=", None, None)),
    ("优良", "", "", (None, None, None)),
    ("2024年8月31日前", "", "", (None, None, None)),  # the 前 stays in the deadline (thirty-second session)
    ("≤2024年8月31日", "", "", ("<=", None, None)),  # a written comparison is the operator
    ("≥3.2", "万人", "", (">=", 3.2, "万人")),
    ("20个以内", "", "", ("<=", 20.0, "个")),
    ("95", "百分比", "", ("=", 95.0, "%")),
    ("约95", "%", "", (None, 95.0, "%")),
])
def test_split_value(value, unit, operator, expected):
    s = split_value(value, unit, operator)
    assert (s.operator, s.value, s.unit) == expected


def test_merged_levels_are_carried_down_and_total_rows_skipped():
    doc = _doc([
        ["一级指标", "二级指标", "三级指标", "指标值", "计量单位", "分值"],
        ["产出指标", "数量指标", "培训人次", "≥500", "人次", "10"],
        ["", "", "覆盖学校", "=42", "所", "10"],
        ["", "质量指标", "验收合格率", "=100", "%", "10"],
        ["效益指标", "", "受益人数", "≥3.2", "万人", "10"],
        ["总分", "总分", "总分", "", "", "40"],
    ])
    found = indicators_from_tables(doc)
    assert [(i.name, i.level1, i.level2) for i in found] == [
        ("培训人次", "产出指标", "数量指标"),
        ("覆盖学校", "产出指标", "数量指标"),
        ("验收合格率", "产出指标", "质量指标"),
        ("受益人数", "效益指标", None),  # 二级 not carried across a new 一级
    ]
    assert [i.weight for i in found] == [10.0] * 4
    assert found[0].page == 3 and found[0].refs == ["#/blocks/1"] and found[0].row == 1


def test_two_row_header():
    doc = _doc([
        ["一级指标", "二级指标", "三级指标", "指标值", "指标值", "指标值"],
        ["一级指标", "二级指标", "三级指标", "运算符", "数值", "单位"],
        ["产出", "时效", "平均响应时间", "≤", "2", "小时"],
        ["满意度", "服务对象满意度", "群众满意度", "≥", "90", "%"],
    ])
    found = indicators_from_tables(doc)
    assert [(i.level1, i.level2, i.name, i.operator, i.value, i.unit) for i in found] == [
        ("产出指标", "时效指标", "平均响应时间", "<=", 2.0, "小时"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", ">=", 90.0, "%"),
    ]


def test_header_in_the_middle_of_a_form_and_notes_merged_across():
    doc = _doc([
        ["项目名称", "智慧城管二期", "智慧城管二期", "智慧城管二期"],
        ["年度目标", "完成子项目12个", "完成子项目12个", "完成子项目12个"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "建设子项目数量", "=12个"],
        ["填报说明：本表金额单位为万元。"] * 4,
    ])
    found = indicators_from_tables(doc)
    assert [(i.name, i.operator, i.value, i.unit) for i in found] == [("建设子项目数量", "=", 12.0, "个")]


def test_table_split_across_blocks_continues_with_previous_header():
    doc = _doc(
        [["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "建设子项目数量", "=12个"]],
        [["产出指标", "时效指标", "案件平均处置时长", "≤48小时"], ["效益指标", "社会效益指标", "投诉办结率", "不低于95%"]],
    )
    found = indicators_from_tables(doc)
    assert [(i.name, i.level2, i.value) for i in found] == [
        ("建设子项目数量", "数量指标", 12.0), ("案件平均处置时长", "时效指标", 48.0), ("投诉办结率", "社会效益指标", 95.0)]
    assert found[1].refs == ["#/blocks/2"]


def test_repeated_header_after_page_break_is_skipped():
    header = ["一级指标", "二级指标", "三级指标", "指标值"]
    doc = _doc([header, ["产出指标", "数量指标", "A", "≥1个"], header, ["产出指标", "数量指标", "B", "≥2个"]])
    assert [i.name for i in indicators_from_tables(doc)] == ["A", "B"]


def test_101_cost_tree_kept():
    doc = _doc([
        ["一级指标", "二级指标", "指标名称", "指标值", "度量单位"],
        ["成本指标", "经济成本指标", "单位面积成本", "≤1800", "元/平方米"],
        ["成本指标", "社会成本指标", "影响教学天数", "≤3", "天"],
        ["产出指标", "成本指标", "项目总成本", "≤800", "万元"],
    ])
    found = indicators_from_tables(doc)
    assert [(i.level1, i.level2) for i in found] == [
        ("成本指标", "经济成本指标"), ("成本指标", "社会成本指标"), ("产出指标", "成本指标")]
    assert found[0].unit == "元/平方米"


def test_score_table_of_evaluation_report():
    doc = _doc([
        ["一级指标", "二级指标", "三级指标", "权重", "得分", "得分率"],
        ["决策", "项目立项", "立项依据充分性", "3", "3.00", "100.00%"],
        ["过程", "资金管理", "预算执行率", "4", "3.89", "97.25%"],
        ["产出", "产出数量", "子项目完成率", "8", "7.33", "91.63%"],
        ["合计", "合计", "合计", "100", "86.50", "86.50%"],
    ])
    found = indicators_from_tables(doc)
    assert [(i.name, i.weight, i.score) for i in found] == [
        ("立项依据充分性", 3.0, 3.0), ("预算执行率", 4.0, 3.89), ("子项目完成率", 8.0, 7.33)]
    assert all(i.level1 is None and i.level2 is None for i in found)
    assert [i.level1_text for i in found] == ["决策", "过程", "产出"]


def test_placeholder_row_with_level_only_is_no_indicator():
    # issue 14, pattern 8: an empty template row left under its level labels is never an indicator
    doc = _doc([
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "培训人次", "≥500人次"],
        ["效益指标", "生态效益指标", "", ""],
    ])
    found = indicators_from_tables(doc)
    assert [i.name for i in found] == ["培训人次"]


def test_non_indicator_tables_give_nothing():
    doc = _doc([["年初预算数", "全年预算数", "全年执行数"], ["500.00", "500.00", "486.25"]], [["甲方", "乙方"]])
    assert indicators_from_tables(doc) == []


# -- the bundled samples against their gold (written from the generator's own data) --------------

def _gold(annotations, name):
    path = annotations / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8"))["indicators"]


@pytest.mark.parametrize("name", ["edu-101-targets.docx", "zhcg-self-assessment.docx"])
def test_docx_samples_match_gold(samples, name):
    import extractor

    path = samples / name
    gold = _gold(samples.parent / "annotations", name)
    found = indicators_from_tables(extractor.parse(path))
    assert len(found) == len(gold)
    for g, p in zip(gold, found):
        assert (p.name, p.level1, p.level2, p.operator, p.value, p.unit) == (
            g["name"] or None, g["level1"], g["level2"], g["operator"], g["value"], g["unit"]), g["name"]
        assert (p.actual, p.weight, p.score) == (g["actual"], g["weight"], g["score"])


def test_chinese_numeral_alone_in_the_value_cell_with_an_operator_column():
    split = split_value("二十", "人", "不少于")
    assert (split.operator, split.value, split.unit) == (">=", 20.0, "人")
    assert split_value("二十").operator == "=" and split_value("二十").value == 20.0
    assert split_value("一体化").value is None  # a word with numeral characters is not a number


@pytest.mark.parametrize("operator, value, unit, written", [
    ("达到", "100", "%", "达到100%"),
    ("≥", "≥95", "%", "≥95%"),
    ("—", "良好", "—", "良好"),
    ("", "", "人次", "人次"),
    ("不少于", "300人次", "人次", "不少于300人次"),
])
def test_target_text_as_written_from_separate_columns(operator, value, unit, written):
    assert as_written(operator, value, unit) == written


# -- the numbers of names and value cells come from the quantity engine -------------------------------------------

@pytest.mark.parametrize("cell, expected", [
    ("150万", (150.0, "万", "=")), ("≥150万", (150.0, "万", ">=")), ("1,500万", (1500.0, "万", "=")),
    ("不少于150万", (150.0, "万", ">=")),  # an operator word before it as well (the old pattern took symbols only)
    ("150万人", (150.0, "万人", "=")), ("150", (150.0, None, "=")), ("约150万", (1_500_000.0, None, None)),
    ("一百五十万", (1_500_000.0, None, "=")),
])
def test_a_value_in_wan_keeps_the_number_as_written(cell, expected):
    s = split_value(cell)
    assert (s.value, s.unit, s.operator) == expected


@pytest.mark.parametrize("name, value, unit, expected", [
    ("村组干部230人", 230, "个", ("村组干部", "人")), ("变压器3台", 3, None, ("变压器", "台")),
    ("覆盖村组1,200户", 1200, None, ("覆盖村组", "户")), ("人口150万", 150, None, ("人口", "万")),
    ("村组干部230人", 231, None, ("村组干部230人", None)), ("村组干部230平方米", 230, None, ("村组干部230平方米", None)),
    ("干部230-240人", 240, None, ("干部230-240人", None)),
    ("≥230人", 230, None, ("≥230人", "人")),  # only the target: no name (the checker's missing_name), its unit kept
    ("1290.3平方米冷库仓储建设", 1290.3, "平方米", ("冷库仓储建设", "平方米")), ("3个以上村庄建设", 3, None, ("村庄建设", "个")),
    ("1290.3平方米冷库仓储建设", 1290, None, ("1290.3平方米冷库仓储建设", None)),
    ("约95%的成活率", 95, "%", ("约95%的成活率", None)), ("3元/人补助发放", 3, None, ("3元/人补助发放", None)),
    ("3个", 3, None, ("3个", "个")), ("3个", 4, None, ("3个", None)),
    ("质量达标率100%", 98, "%", ("质量达标率", None)), ("质量达标率≥100%", 98, "%", ("质量达标率", None)),
    ("达标率不低于95%", 95, "%", ("达标率", None)), ("质量达标率100%", None, "%", ("质量达标率100%", None)),
    ("达率5%", 5, "%", ("达率", "%")), ("质量达标率约100%", 100, "%", ("质量达标率约", "%")),
    ("质量达标率80-90%", 90, "%", ("质量达标率80-90%", None)), ("质量达标100%", 100, "%", ("质量达标", "%")),
    ("围墙300米", 300, "元/米", ("围墙300米", None)),
    ("分数80-90段干部230人", 230, None, ("分数80-90段干部", "人")),  # the last figure is the echo, the range before it not
    ("干部：230人", 230, None, ("干部：230人", None)),             # after a colon: no name before the echo
    ("3个、村庄建设", 3, None, ("3个、村庄建设", None)),             # the name must start right after the unit
])
def test_name_without_its_echoed_target(name, value, unit, expected):
    from extractor.extractors.indicators import _name_without_echoed_target

    assert _name_without_echoed_target(name, value, unit) == expected


@pytest.mark.parametrize("cell, expected", [("150万", 150.0), ("≥150万", 150.0), ("13.1公里", 13.1), ("2023年12月", None),
                                            ("", None), ("一百", None), ("约3万人", 3.0)])
def test_actual_value(cell, expected):
    from extractor.extractors.indicators import actual_value

    assert actual_value(cell) == expected
