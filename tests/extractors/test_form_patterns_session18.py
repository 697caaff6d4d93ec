"""Patterns of the eighteenth session, each from a never-seen part's first run (the part named at each test)."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor import check, extract
from extractor.document import DocumentBuilder
from extractor.extractors import extract_document
from extractor.extractors.doctype import classify
from extractor.extractors.facts import extract_facts
from extractor.extractors.goals import extract_goals
from extractor.extractors.labelled_prose import labelled_prose_indicators
from extractor.extractors.results_prose import result_indicators
from tests.extractors.text_docs import block_document, text_document

REAL = Path(__file__).resolve().parents[2] / "corpora" / "real_layouts"


def _table(*rows, title="某县2021年项目绩效目标批复表"):
    b = DocumentBuilder("form.xlsx", "xlsx")
    b.add("paragraph", title, page=1)
    b.add("table", "", page=1, rows=[list(r) for r in rows])
    return b.build(pages=1)


def _rows(ext):
    return [(i.level1, i.level2, i.name, i.operator, i.value, i.unit) for i in ext.indicators]


# blind61, 宁夏 石嘴山 疾控 项目绩效目标批复表: 项目 │ 指标值 │ 绩效金额, then unit, project, 产出指标,
# 成本指标(必填硬性指标), the indicators, each level a row of its own in the one 项目 column
TREE = (("项目", "指标值", "绩效金额"),
        ("某县卫生健康局", "", ""),
        ("  乡村医生培训", "", "500000"),
        ("   产出指标", "", ""),
        ("    数量指标(必填硬性指标)", "", ""),
        ("     培训乡村医生人数", "≥120人", ""),
        ("     培训班期数", "4期", ""),
        ("    成本指标(必填)", "", ""),
        ("     人均培训成本", "≤2000元", ""),
        ("   满意度指标", "", ""),
        ("    服务对象满意度指标(必填)", "", ""),
        ("     参训人员满意度", "≥90%", ""),
        ("   效益指标", "", ""),
        ("    社会效益指标(必填)", "", ""),
        ("     村卫生室服务能力", "明显提升", ""))


def test_pattern_1_a_tree_in_one_column_sets_the_levels_of_the_rows_below_each_level_row():
    assert _rows(extract_document(_table(*TREE))) == [
        ("产出指标", "数量指标", "培训乡村医生人数", ">=", 120, "人"),
        ("产出指标", "数量指标", "培训班期数", "=", 4, "期"),
        ("产出指标", "成本指标", "人均培训成本", "<=", 2000, "元"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", ">=", 90, "%"),
        ("效益指标", "社会效益指标", "村卫生室服务能力", None, None, None),
    ]


def test_pattern_1_a_tree_of_two_projects_reads_no_title_of_the_second_as_an_indicator():
    second = (("  村卫生室建设", "", "800000"), ("   产出指标", "", ""), ("    数量指标", "", ""),
              ("     新建村卫生室", "6个", ""))
    names = [r[2] for r in _rows(extract_document(_table(*TREE, *second)))]
    assert names[-2:] == ["村卫生室服务能力", "新建村卫生室"] and "村卫生室建设" not in names
    # an indicator with no value right before a 一级 row, no amount beside it: an indicator, its value missing
    unfilled = (*TREE[:6], ("     培训合格率", "", ""), *TREE[9:12])
    assert [r[2:5] for r in _rows(extract_document(_table(*unfilled)))][-2:] == [
        ("培训合格率", None, None), ("参训人员满意度", ">=", 90)]


def test_pattern_1_no_tree_without_three_level_rows_or_a_value_column():
    # two level rows only: not a tree (the table stays not understood, said as such)
    ext = extract_document(_table(*TREE[:7]))
    assert ext.indicators == [] and [w.code for w in ext.warnings] == ["table_not_understood"]
    # level rows, but no column of quantities beside the names
    words = [(r[0], "见附件" if r[1] else "", r[2]) for r in TREE]
    assert extract_document(_table(*words)).indicators == []


@pytest.mark.parametrize("suffix", ["xlsx", "pdf"])
def test_pattern_1_the_tree_of_the_real_approval_table(suffix):
    ext = extract(REAL / "blind61" / f"nx-shizuishan-cdc-vaccine-targets.{suffix}")
    assert len(ext.indicators) == 13 and not ext.warnings
    assert {(i.level1, i.level2) for i in ext.indicators} == {
        ("产出指标", "成本指标"), ("产出指标", "时效指标"), ("产出指标", "数量指标"), ("产出指标", "质量指标"),
        ("满意度指标", "服务对象满意度指标"), ("效益指标", "可持续影响指标"), ("效益指标", "社会效益指标")}


# blind60, 宁夏 节水达标 目标分解表: 指标 merged over two columns, the groups left, the names right
def test_pattern_4_a_name_header_over_two_columns_gives_the_left_one_the_groups():
    ext = extract_document(_table(("指标", "指标", "预期值"),
                                  ("综合指标", "再生水回用率", "30%"),
                                  ("", "万元GDP用水量", "≤50立方米"),
                                  ("农业节水", "农田灌溉水有效利用系数", "0.72"),
                                  ("", "节水灌溉工程控制面积比例", "74%")))
    assert [(i.level1_text, i.name, i.value) for i in ext.indicators] == [
        ("综合指标", "再生水回用率", 30), ("综合指标", "万元GDP用水量", 50),
        ("农业节水", "农田灌溉水有效利用系数", 0.72), ("农业节水", "节水灌溉工程控制面积比例", 74)]


def test_pattern_4_two_name_columns_as_distinct_as_each_other_keep_the_first_as_the_name():
    ext = extract_document(_table(("指标", "指标", "预期值"),
                                  ("再生水回用率", "再生水回用率(全区)", "30%"),
                                  ("万元GDP用水量", "万元GDP用水量(全区)", "≤50立方米")))
    assert [(i.level1_text, i.name) for i in ext.indicators] == [(None, "再生水回用率"), (None, "万元GDP用水量")]


# blind61, 内蒙古 锡林郭勒 养老保险 自评报告: 数量指标。养老金领取人数全年平均数年初任务数101974人,全年完成值103119人;…
def test_pattern_10_results_one_a_part_with_their_planned_label_closing_the_name():
    found = result_indicators("养老金领取人数全年平均数年初任务数101974人,全年完成值103119人;"
                              "全年缴费人数年初任务数216786人,全年完成值201201人")
    assert [(f["name"], f["value"], f["unit"], f["actual"]) for f in found] == [
        ("养老金领取人数全年平均数", 101974, "人", 103119), ("缴费人数", 216786, "人", 201201)]
    # one part without its actual: the parts are not read one by one
    assert len(result_indicators("参保人数年初任务数100人,全年完成值98人;另有3人转入外地")) <= 1


def test_pattern_10_a_level_name_closed_by_a_full_stop_labels_the_results_after_it():
    doc = text_document("某盟城乡居民基本养老保险补助资金2022年度绩效自评报告", "(四)绩效指标完成情况分析。", "1.产出指标。",
                        "数量指标。养老金领取人数年初任务数101974人,全年完成值103119人。")
    assert [(i.level1, i.level2, i.name, i.value, i.actual) for i in labelled_prose_indicators(doc)] == [
        ("产出指标", "数量指标", "养老金领取人数", 101974, 103119)]


# blind16 read again: 一是…，年初指标值为不低于85%，全年实际完成值100%: the enumeration is no part of the name
def test_pattern_10_the_enumeration_opening_a_result_is_no_part_of_its_name():
    found = result_indicators("一是有需求的困难残疾人得到基本康复服务的比例，年初指标值为不低于85%，全年实际完成值100%")
    assert [(f["name"], f["operator"], f["value"], f["actual"]) for f in found] == [
        ("有需求的困难残疾人得到基本康复服务的比例", ">=", 85, 100)]


# blind61, 锡林郭勒's PDF: 标题:…绩效自评报告 merged across the first table's row
def test_a_title_merged_across_a_table_row_decides_the_document_type():
    b = DocumentBuilder("report.pdf", "pdf")
    title = "标题:锡林郭勒盟城乡居民基本养老保险补助资金2022年度绩效自评报告"
    b.add("table", "", page=1, rows=[[title, title, title], ["索引号:1", "索引号:1", "发文字号:"]])
    b.add("paragraph", "一、绩效目标分解下达情况", page=1)
    assert classify(b.build(pages=1)) == "self_assessment"


# blind60, 湖南 长沙 城建档案馆: …专项经费指标总额为84万元,其中: then five numbered items, the fifth written 15元
def test_pattern_10_a_total_with_its_parts_listed_as_numbered_items_after_it():
    doc = text_document("某馆2022年绩效运行监控报告", "2022年年初专项经费指标总额为84万元,其中:",
                        "1、档案保护保管专项经费指标为36万元,用于现有档案的安全保护;",
                        "2、档案装具专项指标为12万元,用于纸质档案的整理;",
                        "3、外租库房租赁经费专项指标为15元,用于租用临时库房。",
                        "公用经费指标总额为112.72万元,用于保障正常运转。")
    (fact,) = [f for f in extract_facts(doc) if f.kind == "sum"]
    assert (fact.metric, fact.total, fact.parts, fact.unit) == ("年初专项经费指标总额", 84, [36, 12, 0.0015], "万元")
    assert [f.rule for f in check(extract_document(doc)) if f.rule == "consistency.sum"] == ["consistency.sum"]


def test_pattern_10_a_total_before_its_listed_parts_needs_numbered_items_with_an_amount():
    doc = text_document("某馆2022年绩效运行监控报告", "2022年专项经费总额为84万元,其中:", "档案保护保管经费36万元;",
                        "档案装具经费48万元。")
    assert [f for f in extract_facts(doc) if f.kind == "sum"] == []  # no numbered items
    doc = text_document("某馆2022年绩效运行监控报告", "2022年专项经费总额为84万元,其中:", "1、档案保护保管经费36万元;",
                        "2、档案装具经费48万元。")
    (fact,) = [f for f in extract_facts(doc) if f.kind == "sum"]
    assert fact.parts == [36, 48] and not [f for f in check(extract_document(doc)) if f.rule == "consistency.sum"]


# blind61, 云南 大理 中医医院: the goal under "2.绩效目标" ends at "(二)省内分解下达预算和绩效目标情况。"
def test_pattern_10_a_goal_section_ends_at_an_item_numbered_outside_its_heading():
    doc = block_document(("heading", "一、绩效目标分解下达情况"), ("list_item", "(一)中央下达预算和绩效目标情况。"),
                         ("heading", "2.绩效目标"), ("paragraph", "加强重点中医医院重症学科建设。"),
                         ("list_item", "(二)省内分解下达预算和绩效目标情况。"), ("heading", "1.下达预算"),
                         ("paragraph", "州财政已将200万元全额下达。"))
    assert [g.text for g in extract_goals(doc)] == ["加强重点中医医院重症学科建设。"]


# blind16 read again (镜湖 残联): 4、社会效益指标：…有所提高 gives no row, but the text covers the dimension
def test_a_dimension_the_text_labels_counts_as_covered_though_no_row_is_read_there():
    doc = text_document("某区2023年度残疾人事业发展补助资金绩效自评报告", "（四）绩效指标完成情况分析。",
                        "1、产出数量指标：一是资助接受托养服务人次数，年初指标值为不低于105人，全年实际完成值116人。",
                        "2、社会效益指标：残疾人康复服务水平有所提高。",
                        "3、满意度指标：服务对象满意度年初指标值为不低于90%，全年实际完成值95%。")
    ext = extract_document(doc)
    assert [i.name for i in ext.indicators] == ["资助接受托养服务人次数", "服务对象满意度"]
    assert set(ext.listed_levels) >= {"产出指标", "数量指标", "效益指标", "社会效益指标", "满意度指标"}
    assert [f for f in check(ext) if f.rule == "coverage.missing_dimension"] == []
    # without the 社会效益 line the dimension is missing
    ext = extract_document(text_document("某区2023年度残疾人事业发展补助资金绩效自评报告", "（四）绩效指标完成情况分析。",
                                         "1、产出数量指标：一是资助接受托养服务人次数，年初指标值为不低于105人，全年实际完成值116人。",
                                         "3、满意度指标：服务对象满意度年初指标值为不低于90%，全年实际完成值95%。"))
    assert ["效益指标" in f.message for f in check(ext) if f.rule == "coverage.missing_dimension"] == [True]
