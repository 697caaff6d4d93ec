"""Edges of the facts extractor the mutation run found unbounded (bench/mutation.py extractor/extractors/facts.py):
each test states what is read on one side of an edge and what is not on the other."""
from __future__ import annotations

from extractor.document import DocumentBuilder
from extractor.extractors.facts import extract_facts, facts_from_text


def _table_facts(rows, kind):
    b = DocumentBuilder("form.docx", "docx")
    b.add("table", "", page=1, rows=rows)
    return [f for f in extract_facts(b.build(pages=1)) if f.kind == kind]


def _kinds(text):
    return [f.kind for f in facts_from_text(text)]


# -- prose --------------------------------------------------------------------------------------------

def test_a_completion_is_not_read_again_as_a_ratio_of_the_same_words():
    text = "计划培训共500人次，实际培训450人次，培训率90%。"
    assert _kinds(text) == ["completion"]
    (fact,) = facts_from_text(text)
    assert (fact.planned, fact.actual, fact.stated_rate) == (500.0, 450.0, 90.0)


def test_plan_and_actual_in_different_units_are_no_completion():
    assert "completion" not in _kinds("计划采购10台，实际采购8套，完成率80%。")
    assert "completion" in _kinds("计划采购10台，实际采购8台，完成率80%。")


def test_a_ratio_names_the_same_thing_as_its_count():
    # 网上办 is shared by the count's label and the rate's name, though not as the rate name's last two characters
    fact = [f for f in facts_from_text("政务服务事项共3184项，网上办理事项3033项，网上办结率95.26%。") if f.kind == "completion"]
    assert [(f.planned, f.actual, f.stated_rate) for f in fact] == [(3184.0, 3033.0, 95.26)]
    assert "completion" not in _kinds("政务服务事项共3184项，窗口受理3033项，网上办结率95.26%。")


# -- money blocks -------------------------------------------------------------------------------------

def test_budget_fact_is_labelled_by_the_text_cell_left_of_the_planned_amount():
    facts = _table_facts([
        ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率"],
        ["年度资金总额", "100", "120", "96", "80%"],
        ["其中：当年财政拨款", "80", "100", "80", "80%"],
    ], "budget")
    assert [f.stated_text for f in facts] == ["年度资金总额", "其中：当年财政拨款"]


def test_money_block_without_a_rate_column_states_no_rate():
    facts = _table_facts([
        ["项目资金（万元）", "全年预算数", "全年执行数"],
        ["年度资金总额", "120", "96"],
    ], "budget")
    assert [(f.planned, f.actual, f.stated_rate, f.metric) for f in facts] == [(120.0, 96.0, None, "预算执行率")]


def test_a_header_naming_a_source_of_funds_is_no_part_row():
    sums = _table_facts([
        ["项目", "财政资金预算", "执行数"],
        ["资金总额", "100", "90"],
        ["财政拨款", "80", "70"],
        ["其他资金", "20", "20"],
    ], "sum")
    assert [(f.total, f.parts) for f in sums] == [(100.0, [80.0, 20.0]), (90.0, [70.0, 20.0])]


def test_a_total_with_one_part_row_is_no_sum():
    assert _table_facts([
        ["项目", "预算数", "执行数"],
        ["资金总额", "100", "90"],
        ["财政拨款", "100", "90"],
        ["项目负责人", "张三", ""],
    ], "sum") == []


def test_a_column_with_a_part_that_is_no_number_is_no_sum():
    sums = _table_facts([
        ["项目", "预算数", "执行数"],
        ["资金总额", "100", "90"],
        ["财政拨款", "80", "待定"],
        ["其他资金", "20", "20"],
    ], "sum")
    assert [(f.total, f.parts) for f in sums] == [(100.0, [80.0, 20.0])]


# -- cost breakdowns and one-row sums -----------------------------------------------------------------

def test_cost_breakdown_adds_up_to_its_total_row():
    sums = _table_facts([
        ["项目", "金额（万元）"],
        ["保安服务费", "191"],
        ["保洁服务费", "99"],
        ["合计", "290"],
    ], "sum")
    assert [(f.total, f.parts, f.metric, f.unit) for f in sums] == [(290.0, [191.0, 99.0], "金额（万元）", "万元")]


def test_cost_breakdown_with_subtotals_adds_the_subtotals():
    sums = _table_facts([
        ["项目", "金额（万元）"],
        ["保安服务费", "10"],
        ["保洁服务费", "20"],
        ["小计", "30"],
        ["水费", "5"],
        ["电费", "5"],
        ["小计", "10"],
        ["合计", "40"],
    ], "sum")
    assert [(f.total, f.parts) for f in sums] == [(40.0, [30.0, 10.0])]


def test_every_table_total_word_of_the_lexicon_closes_a_cost_breakdown():
    """共计 (total_words.tsv, table_total) closes a breakdown as 合计 and 总计 do; 合 计 written spaced too."""
    from extractor.nlp.lexicon import total_words

    for word in (*total_words("table_total"), "合 计"):
        sums = _table_facts([["项目", "金额（万元）"], ["保安服务费", "191"], ["保洁服务费", "99"], [word, "290"]], "sum")
        assert [(f.total, f.parts) for f in sums] == [(290.0, [191.0, 99.0])], word


def test_one_row_sum_stops_at_a_pair_without_an_amount():
    (fact,) = _table_facts([
        ["资金情况（单位：万元）"],
        ["资金总额", "100.50", "其中：财政拨款", "60", "其他资金", "40.50", "资金来源说明", "详见附件"],
    ], "sum")
    assert (fact.total, fact.parts, fact.unit, fact.decimals, fact.metric) == (100.5, [60.0, 40.5], "万元", 2, "资金总额")


def test_one_row_sum_needs_a_part_label_right_after_the_total():
    row = ["资金总额", "100", "建设内容", "60", "设备", "40"]
    assert _table_facts([["资金情况"], row], "sum") == []
    row = ["资金总额", "100", "财政资金", "60", "自筹", "40"]
    assert [(f.total, f.parts) for f in _table_facts([["资金情况"], row], "sum")] == [(100.0, [60.0, 40.0])]
    row = ["项目资金", "100", "财政资金", "60", "自筹", "40"]  # no total label before the amount: no sum
    assert _table_facts([["资金情况"], row], "sum") == []


def test_cost_breakdown_needs_a_header_row_above_its_items():
    rows = [["保安服务费用", "191"], ["保洁服务费用", "99"], ["绿化服务费用", "50"], ["合计", "340"]]
    assert _table_facts(rows, "sum") == []
    sums = _table_facts([["项目", "费用（万元）"], *rows], "sum")
    assert [(f.total, f.parts) for f in sums] == [(340.0, [191.0, 99.0, 50.0])]


def _prose(rows):
    from extractor.extractors.facts import prose_cells

    b = DocumentBuilder("t.docx", "docx")
    b.add("table", "", page=1, rows=rows)
    return [(i, j) for i, j, _ in prose_cells(b.build(pages=1).tables()[0])]


RULE = "完成率达到95%以上，得满分；每降低1%扣1分。"


def test_a_two_cell_header_naming_a_scoring_rule_hides_its_column():
    assert _prose([["项目", "评分标准"], ["产出", RULE]]) == []
    assert _prose([["评分标准"], [RULE]]) == [(1, 0)]  # one cell is no header row


def test_an_indicator_header_with_a_year_still_reads_its_deviation_column():
    header = ["三级指标", "年度指标值（2024年）", "实际完成值", "偏差原因分析"]
    assert _prose([header, ["新建站点数", "10个", "8个", "受疫情影响，两个站点推迟到明年建成。"]]) == [(1, 3)]


# -- score tables ---------------------------------------------------------------------------------------

def test_flattened_score_rows_joined_into_the_header_block_are_read():
    b = DocumentBuilder("r.pdf", "pdf")
    b.add("paragraph", "一级指标 指标分值 评价得分 得分率 决策 20 18.00 90.00% 过程 30 24.00 80.00% 合计 50 42.00 84.00%", page=3)
    facts = extract_facts(b.build(pages=3))
    rates = {f.metric: (f.planned, f.actual, f.stated_rate) for f in facts if f.metric and f.metric.endswith("得分率")}
    assert rates["决策得分率"] == (20, 18, 90) and rates["过程得分率"] == (30, 24, 80)
    (total,) = [f for f in facts if f.kind == "sum" and f.metric == "评价得分"]
    assert (total.total, total.parts) == (42.0, [18.0, 24.0])


def _score_row_names(*rows):
    from extractor.extractors.facts import table_score_rows

    b = DocumentBuilder("t.docx", "docx")
    b.add("table", "", page=1, rows=[["一级指标", "二级指标", "三级指标", "权重", "得分", "得分率"], *rows])
    return [r.name for r in table_score_rows(b.build(pages=1).tables()[0])]


def test_every_score_total_word_of_the_lexicon_names_a_score_tables_total_row():
    """A row labelled 综合得分 or 分总 (total_words.tsv, score_total) is the table's total, no scored row: the scores
    of the rows above add up to it."""
    from extractor.extractors.facts import score_sum_facts, table_score_rows

    for word in ("综合得分", "分总", "共计"):
        b = DocumentBuilder("t.docx", "docx")
        b.add("table", "", page=1, rows=[["一级指标", "二级指标", "三级指标", "权重", "得分", "得分率"],
                                         ["决策", "项目立项", "立项依据充分性", "20", "18", "90%"],
                                         ["产出", "产出数量", "完成率", "30", "24", "80%"], [word, "", "", "50", "40", "80%"]])
        rows = table_score_rows(b.build(pages=1).tables()[0])
        sums = {f.metric: (f.total, f.parts) for f in score_sum_facts(rows)}
        assert sums == {"评价得分": (40.0, [18.0, 24.0]), "指标分值": (50.0, [20.0, 30.0])}, word


def test_a_score_table_total_row_keeps_a_total_name_and_calls_others_the_total():
    row = ["决策", "项目立项", "立项依据充分性", "20", "18", "90%"]
    assert _score_row_names(row, ["得分合计", "", "", "50", "42", "84%"]) == ["立项依据充分性", "合计"]
    assert _score_row_names(row, ["总分", "", "", "50", "42", "84%"]) == ["立项依据充分性", "总分"]
