"""Facts from prose and tables: planned/actual/rate, budget, shares, sums, grades, 大写 amounts."""
from __future__ import annotations

import pytest

from extractor.document import DocumentBuilder
from extractor.extractors.facts import extract_facts, facts_from_text
from extractor.extractors.sentences import normalise


def one(text, kind):
    found = [f for f in facts_from_text(text) if f.kind == kind]
    assert len(found) == 1, found
    return found[0]


def test_normalise_joins_wrapped_pdf_lines():
    assert normalise("2019-2021 年期间，累计安排预算\n80,692.06 万元") == "2019-2021年期间，累计安排预算80,692.06万元"
    assert normalise("IOC 实体化 运行 A B") == "IOC实体化运行A B"


def test_completion_with_rate_and_decimals():
    f = one("计划开展培训 12 场，实际完成\n11 场，完成率为 91.67%。", "completion")
    assert (f.planned, f.actual, f.stated_rate, f.unit, f.decimals) == (12, 11, 91.67, "场", 2)
    assert f.computed_rate == pytest.approx(91.6667)
    assert f.metric == "开展培训"


def test_completion_without_rate_still_recorded():
    f = one("计划新建站点30个，实际建成27个。", "completion")
    assert (f.planned, f.actual, f.stated_rate) == (30, 27, None)
    assert f.computed_rate == 90.0


def test_year_is_not_the_planned_number():
    assert not [f for f in facts_from_text("2023年计划启动，实际2024年启动。") if f.kind == "completion"]


def test_budget_with_thousands_separators():
    f = one("年度预算资金1,250.50万元，实际支出1,100.00万元，预算执行率为87.96%。", "budget")
    assert (f.planned, f.actual, f.stated_rate, f.unit) == (1250.5, 1100.0, 87.96, "万元")
    assert f.metric == "预算执行率"


def test_budget_without_rate_is_not_a_fact():
    assert not [f for f in facts_from_text("申请预算16.3亿元，实际安排预算7.08亿元。") if f.kind == "budget"]


def test_arrival_rate():
    f = one("应到位资金200万元，实际到位180万元，资金到位率90%。", "budget")
    assert (f.planned, f.actual, f.stated_rate) == (200, 180, 90)


def test_share_parts_and_bounded_total():
    f = one("认为十分满意、较为满意的占比分别为 51.20%、40.30%，总体满意度超过90%。", "share")
    assert f.parts == [51.2, 40.3]
    assert f.total is None and "超过90%" in f.stated_text


def test_sum_in_brackets_and_of_which():
    f = one("共验收 30 个子项目（包括 12 个初验、18 个终验）。", "sum")
    assert (f.total, f.parts, f.unit) == (30, [12, 18], "个")
    g = one("全年共举办活动15场，其中线上6场、线下9场。", "sum")
    assert (g.total, g.parts) == (15, [6, 9])


def test_nested_total_is_not_a_sum():
    assert not [f for f in facts_from_text("事项共500项，其中依申请事项共420项，可网办事项400项。") if f.kind == "sum"]


def test_count_rate_uses_the_earlier_total():
    f = one("评价总数2000条，其中好评1900条，好评率95.00%。", "completion")
    assert (f.planned, f.actual, f.stated_rate, f.metric) == (2000, 1900, 95.0, "好评率")


def test_grade_with_quotes():
    f = one("综合评定项目绩效得分为：85.5 分，等级为“良”。", "grade")
    assert (f.actual, f.stated_text, f.decimals) == (85.5, "良", 1)


def test_amount_in_words_and_figures():
    f = one("合同总价为人民币贰佰伍拾万元整（¥2,500,000.00元）。", "amount_words")
    assert f.actual == 2500000.0
    assert f.planned == 2500000.0
    assert f.stated_text == "贰佰伍拾万元整"


def money_block_doc():
    b = DocumentBuilder("form.docx", "docx")
    b.add("table", "", page=1, rows=[
        ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", "100", "120", "96", "10", "80%", "8"],
        ["其中：当年财政拨款", "80", "100", "80", "-", "80%", "-"],
        ["其他资金", "20", "20", "16", "-", "80%", "-"],
    ])
    return b.build(pages=1)


def test_money_block_budget_and_total_facts():
    facts = extract_facts(money_block_doc())
    budget = [f for f in facts if f.kind == "budget"]
    assert [(f.planned, f.actual, f.stated_rate) for f in budget] == [(120, 96, 80), (100, 80, 80), (20, 16, 80)]
    assert budget[0].unit == "万元" and budget[0].refs == ["#/blocks/0"]
    sums = [f for f in facts if f.kind == "sum"]
    assert [(f.total, f.parts) for f in sums] == [(100, [80, 20]), (120, [100, 20]), (96, [80, 16])]


def test_money_sums_per_column_once_when_cells_are_merged_across():
    """A 中期/年度 money block whose cells were merged across two grid columns (filled in the rows):
    one sum per money column; equal numbers under different headers are still two sums."""
    b = DocumentBuilder("form.xlsx", "xlsx")
    b.add("table", "", page=1, rows=[
        ["项目资金（万元）", "项目资金（万元）", "", "", "中期资金总额", "中期资金总额", "年度资金总额", "年度资金总额", "执行数"],
        ["项目资金（万元）", "项目资金（万元）", "资金总额", "资金总额", "1500.00", "1500.00", "500.00", "500.00", "500.00"],
        ["项目资金（万元）", "项目资金（万元）", "其中：财政拨款", "其中：财政拨款", "1500.00", "1500.00", "500.00", "500.00", "500.00"],
        ["项目资金（万元）", "项目资金（万元）", "其他资金", "其他资金", "0.00", "0.00", "0.00", "0.00", "0.00"],
    ])
    sums = [f for f in extract_facts(b.build(pages=1)) if f.kind == "sum"]
    assert [(f.total, f.parts) for f in sums] == [(1500, [1500, 0]), (500, [500, 0]), (500, [500, 0])]


def test_flattened_score_table_rows():
    b = DocumentBuilder("r.pdf", "pdf")
    for line in ["评价得分总表", "一级指标 指标分值 评价得分 得分率", "决策 20 18.00 90.00%", "过程 30 24.00 80.00%", "产出 50 40.50 81.00%", "合计 100 82.50 82.50%", "（二）下一节"]:
        b.add("paragraph", line, page=3)
    facts = extract_facts(b.build(pages=3))
    rates = {f.metric: (f.planned, f.actual, f.stated_rate) for f in facts if f.metric and f.metric.endswith("得分率")}
    assert rates["过程得分率"] == (30, 24, 80)
    total = next(f for f in facts if f.kind == "sum" and f.metric == "评价得分")
    assert total.total == 82.5 and total.parts == [18, 24, 40.5]
