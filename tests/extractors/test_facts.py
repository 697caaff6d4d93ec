"""Facts from prose and tables: planned/actual/rate, budget, shares, sums, grades, 大写 amounts."""
from __future__ import annotations

import pytest

from extractor.document import DocumentBuilder
from extractor.extractors import extract_document
from extractor.extractors.facts import (
    extract_facts,
    facts_from_text,
    prose_cells,
    table_score_rows,
)
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


def test_counts_per_level_of_the_indicator_tree_are_no_sum():
    # blind corpus (西平县 self-evaluation report): 3 + 9 + 12 is not meant to make 12
    text = "本项目共设绩效指标12个，其中一级指标3个、二级指标9个、三级指标12个。"
    assert not [f for f in facts_from_text(text) if f.kind == "sum"]
    assert [f.parts for f in facts_from_text("共建成站点40个，其中城区17个、乡镇23个。") if f.kind == "sum"] == [[17, 23]]


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


def test_money_row_with_an_empty_rate_cell_is_a_budget_fact_with_no_stated_rate():
    # 天长市 self-evaluation form: 执行率 left empty; a "—" in the rate column is still no budget fact
    b = DocumentBuilder("form.docx", "docx")
    b.add("table", "", page=1, rows=[
        ["项目资金（万元）", "年初预算数", "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分"],
        ["年度资金总额", "880", "880", "860", "10", "", "10"],
        ["其中:本年财政拨款", "880", "880", "860", "-", "—", "-"],
    ])
    budget = [f for f in extract_facts(b.build(pages=1)) if f.kind == "budget"]
    assert [(f.planned, f.actual, f.stated_rate) for f in budget] == [(880, 860, None)]


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


# -- real score tables, weight sums and sentences inside cells ------------------------------------

SCORE_HEADER = ["一级指标", "二级指标", "三级指标", "权重", "得分", "得分率", "扣分原因"]
SCORE_ROWS = [
    ["决策", "项目立项", "立项依据充分性", "20", "18.00", "90.00%", ""],
    ["过程", "资金管理", "预算执行率", "30", "24.00", "80.00%", "预算执行率80%，按比例扣分"],
    ["产出", "产出数量", "子项目完成率", "50", "40.50", "81.00%", "计划12个，实际完成11个"],
    ["合计", "合计", "合计", "100", "82.50", "82.50%", ""],
]


def score_table_doc(rows=SCORE_ROWS, header=SCORE_HEADER, before=()):
    b = DocumentBuilder("report.pdf", "pdf")
    b.add("paragraph", "附表：绩效评价指标得分表", page=4)
    for table in before:
        b.add("table", "", page=4, rows=table)
    b.add("table", "", page=4, rows=[header, *rows])
    return b.build(pages=4)


def rate_facts(facts):
    return {f.metric: f for f in facts if f.metric and f.metric.endswith("得分率")}


def test_score_table_rates_from_a_real_table():
    doc = score_table_doc()
    table = doc.tables()[0]
    rates = rate_facts(extract_facts(doc))
    assert set(rates) == {"立项依据充分性得分率", "预算执行率得分率", "子项目完成率得分率", "合计得分率"}
    f = rates["子项目完成率得分率"]
    assert (f.kind, f.planned, f.actual, f.stated_rate, f.unit, f.decimals) == ("completion", 50, 40.5, 81.0, "分", 2)
    assert f.computed_rate == pytest.approx(81.0)
    assert (f.page, f.refs) == (4, [table.ref])
    assert "40.50" in f.text  # the score as written, so the checker sees its decimals
    assert (rates["合计得分率"].planned, rates["合计得分率"].actual) == (100, 82.5)


def test_real_and_flattened_score_tables_give_the_same_rate_facts():
    b = DocumentBuilder("r.pdf", "pdf")
    for line in ["一级指标 指标分值 评价得分 得分率", "决策 20 18.00 90.00%", "过程 30 24.00 80.00%", "产出 50 40.50 81.00%",
                 "合计 100 82.50 82.50%", "（二）下一节"]:
        b.add("paragraph", line, page=3)
    flat = rate_facts(extract_facts(b.build(pages=3)))
    table_rows = [["决策", "20", "18.00", "90.00%"], ["过程", "30", "24.00", "80.00%"], ["产出", "50", "40.50", "81.00%"],
                  ["合计", "100", "82.50", "82.50%"]]
    real = rate_facts(extract_facts(score_table_doc(table_rows, ["一级指标", "指标分值", "评价得分", "得分率"])))
    fields = ("kind", "planned", "actual", "stated_rate", "computed_rate", "unit", "decimals")
    assert sorted(real) == sorted(flat)
    for metric, f in flat.items():
        assert [getattr(real[metric], k) for k in fields] == [getattr(f, k) for k in fields]


def test_score_table_without_a_rate_column_gives_no_rate_facts():
    rows = [r[:5] for r in SCORE_ROWS]
    facts = extract_facts(score_table_doc(rows, SCORE_HEADER[:5]))
    assert not rate_facts(facts)
    assert not [f for f in facts if f.kind == "completion"]


def test_table_score_rows_skip_rows_without_numbers():
    rows = [["决策", "项目立项", "立项依据充分性", "20", "—", "—", "未评分"], *SCORE_ROWS[1:]]
    names = [r.name for r in table_score_rows(score_table_doc(rows).tables()[0])]
    assert names == ["预算执行率", "子项目完成率", "合计"]


def sums_by_metric(facts):
    return {f.metric: f for f in facts if f.kind == "sum"}


def test_real_score_table_weight_sum_beside_the_score_sum():
    ext = extract_document(score_table_doc())
    sums = sums_by_metric(ext.facts)
    assert (sums["总分（分值）"].total, sums["总分（分值）"].parts) == (100, [20, 30, 50])
    assert (sums["总分"].total, sums["总分"].parts) == (82.5, [18, 24, 40.5])
    assert sums["总分（分值）"].refs == [ext.indicators[0].refs[0]]


def test_weight_sum_counts_the_money_block_points():
    money = [
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["项目资金（万元）", "年度资金总额", "100.00", "100.00", "90.00", "10", "90.00%", "9.00"],
        ["项目资金（万元）", "其中：当年财政拨款", "100.00", "100.00", "90.00", "—", "—", "—"],
        ["项目资金（万元）", "其他资金", "0.00", "0.00", "0.00", "—", "—", "—"],
    ]
    header = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    rows = [
        ["产出指标", "数量指标", "培训人次", "≥500人次", "536人次", "40", "40", ""],
        ["效益指标", "社会效益指标", "问题发现率", "≥95%", "96.3%", "40", "38", ""],
        ["满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", "91.6%", "10", "10", ""],
        ["总分", "总分", "总分", "总分", "总分", "100", "97.00", ""],
    ]
    sums = sums_by_metric(extract_document(score_table_doc(rows, header, before=[money])).facts)
    assert (sums["总分（分值）"].total, sums["总分（分值）"].parts) == (100, [40, 40, 10, 10])
    assert (sums["总分"].total, sums["总分"].parts) == (97, [40, 38, 10, 9])


def test_sentences_in_goal_and_reason_cells():
    b = DocumentBuilder("form.xlsx", "xlsx")
    b.add("table", "", page=2, rows=[
        ["项目名称", "乡村道路", "乡村道路"],
        ["年度目标", "申请资金800万元，其中600万元用于路面改造，150万元用于安全防护，50万元用于日常养护。",
         "申请资金800万元，其中600万元用于路面改造，150万元用于安全防护，50万元用于日常养护。"],
    ])
    doc = b.build(pages=2)
    sums = [f for f in extract_facts(doc) if f.kind == "sum"]
    assert [(f.total, f.parts, f.unit) for f in sums] == [(800, [600, 150, 50], "万元")]  # the merged copy once
    assert (sums[0].page, sums[0].refs) == (2, ["#/blocks/0"])
    done = [f for f in extract_facts(score_table_doc()) if f.kind == "completion" and f.stated_rate is None]
    assert [(f.metric, f.planned, f.actual, f.unit) for f in done] == [("子项目完成率", 12, 11, "个")]
    assert done[0].computed_rate == pytest.approx(91.67)  # no stated rate: two decimals


SCORING_RULE = "计划完成12个得满分，实际每少完成1个扣0.5分。"


def test_scoring_rules_and_indicator_values_in_cells_are_not_facts():
    assert facts_from_text(SCORING_RULE)  # as prose the pattern would read 12 → 0.5
    header = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "评分标准"]
    rows = [["产出指标", "数量指标", "子项目数量", "计划12个，实际完成11个", "计划12个，实际11个", "5", "4.58", SCORING_RULE]]
    assert extract_facts(score_table_doc(rows, header)) == []
    # a scoring-rule column is skipped in a table that is not an indicator table too
    b = DocumentBuilder("rules.docx", "docx")
    b.add("table", "", rows=[["指标", "分值", "评分标准"], ["子项目数量", "5", SCORING_RULE]])
    assert extract_facts(b.build(pages=1)) == []


def test_prose_cells_reads_only_sentence_cells():
    b = DocumentBuilder("r.docx", "docx")
    b.add("table", "", rows=[["单位", "职责"], ["市财政局", "负责预算审核和资金拨付，监督资金使用。"], ["监理单位", "质量控制"]])
    assert [(i, j) for i, j, _ in prose_cells(b.build(pages=1).tables()[0])] == [(1, 1)]


def test_score_table_checked_by_the_consistency_rules():
    """A wrong 得分率 and weights that miss 100 in a real table are findings; the consistent table has none."""
    from extractor.checker import run_rules

    def arithmetic(rows):
        return sorted(p.rule for p in run_rules(extract_document(score_table_doc(rows)))
                      if p.rule.startswith("consistency."))

    assert arithmetic(SCORE_ROWS) == []
    wrong_rate = [SCORE_ROWS[0], ["过程", "资金管理", "预算执行率", "30", "24.00", "85.00%", ""], *SCORE_ROWS[2:]]
    assert arithmetic(wrong_rate) == ["consistency.rate"]
    wrong_weights = [SCORE_ROWS[0], ["过程", "资金管理", "预算执行率", "25", "20.00", "80.00%", ""], SCORE_ROWS[2],
                     ["合计", "合计", "合计", "100", "78.50", "82.50%", ""]]
    assert "consistency.score_total.weights" in arithmetic(wrong_weights)  # the 分值 add up to 95, not 100


def test_a_reason_that_mentions_a_rule_word_is_not_a_header():
    rows = [["过程", "组织实施", "管理制度健全性", "4", "3.50", "87.50%", "考核办法未细化"], *SCORE_ROWS]
    done = [f for f in extract_facts(score_table_doc(rows)) if f.kind == "completion" and f.stated_rate is None]
    assert [(f.planned, f.actual) for f in done] == [(12, 11)]


def test_completion_in_chinese_numerals_with_arrival():
    f = one("计划采购小型养护机械三十台套，实际到货二十八台套。", "completion")
    assert (f.planned, f.actual, f.stated_rate, f.unit) == (30, 28, None, "台套")
    assert f.computed_rate == pytest.approx(93.33)


@pytest.mark.parametrize("row, total, parts", [
    (["年度资金总额（万元）", "586.4", "其中：财政拨款", "500", "其他资金", "86.4"], 586.4, [500, 86.4]),
    (["资金总额（万元）", "资金总额（万元）", "420", "其中：中央补助", "150", "市级财政", "270", "", ""], 420, [150, 270]),
])
def test_sum_laid_out_on_one_row(row, total, parts):
    from extractor.extractors.facts import facts_from_table

    b = DocumentBuilder("form.docx", "docx")
    b.add("table", "", rows=[["项目名称", "公共图书馆免费开放"] + [""] * (len(row) - 2), row])
    doc = b.build(pages=1)
    sums = [f for f in facts_from_table(doc.blocks[0]) if f.kind == "sum"]
    assert [(f.total, f.parts, f.unit) for f in sums] == [(total, parts, "万元")]
    assert sums[0].metric in ("年度资金总额", "资金总额")


def test_one_row_without_a_parts_label_is_not_a_sum():
    from extractor.extractors.facts import facts_from_table

    b = DocumentBuilder("form.docx", "docx")
    b.add("table", "", rows=[["资金总额（万元）", "586.4", "实施单位", "12", "联系人", "3"]])
    assert not [f for f in facts_from_table(b.build(pages=1).blocks[0]) if f.kind == "sum"]


def test_a_money_total_in_running_text_is_named_by_the_words_before_it():
    # 麻埠镇 self-evaluation report: the sum is reported under what it is a total of
    from extractor.extractors.facts import _sum_facts
    sentence = "2023年度收到下达的上级转移支付资金755.19万元，其中：中央级资金124.23万元，省级资金370.83万元，市级资金260.3万元"
    (fact,) = _sum_facts(sentence)
    assert (fact.metric, fact.total, fact.parts) == ("上级转移支付资金", 755.19, [124.23, 370.83, 260.3])
    (total,) = _sum_facts("项目总投资157万元，其中：县级财政衔接资金39.3万元，其他资金117.7万元")
    assert total.metric == "项目总投资"


def test_an_item_of_a_money_list_may_hold_other_numbers_than_its_amount():
    # blind18 扬子洲镇 and 泉州市: a count in the item (15个村) or a reference after it (见附件1) says what the amount is
    # for; the item's one amount in the list's unit is its part
    from extractor.extractors.facts import _sum_facts
    (flood,) = _sum_facts("110.56万元，其中：中心渠道清杂经费29.96万元，上房村、熊万村应急抢险经费3万元，排涝站维修费和电费31.6万元，"
                          "镇本级和15个村防汛工作经费46万元，专款专用")
    assert (flood.total, flood.parts) == (110.56, [29.96, 3, 31.6, 46])
    (farm,) = _sum_facts("下达资金115万元，其中农产品展示展销项目35万元、丰收节项目30万元、畜禽遗传资源项目50万元（见附件1）")
    assert farm.parts == [35, 30, 50]
    # two amounts in the unit in one item: which is the part is unknown, the list stops before it; an amount in a
    # bracket after the item's own explains it (thirty-second session: 陈仓's 基本药物…40.27万元(村卫生室…12.72万元、…))
    (cut,) = _sum_facts("下达资金115万元，其中展销项目35万元、丰收节项目30万元、畜禽项目50万元含结余5万元")
    assert cut.parts == [35, 30]
    (explained,) = _sum_facts("下达资金115万元，其中展销项目35万元、丰收节项目30万元、畜禽项目50万元（含结余5万元）")
    assert explained.parts == [35, 30, 50]


def test_a_sentence_opening_with_its_list_sums_the_amount_the_sentence_before_ends_with():
    # blind18 清水河县: "…下达中央水利发展资金2263万元。其中：…" - the parts add up to 2253, and the sum is found
    from extractor.extractors.facts import facts_from_text
    text = "下达2023年中央水利发展资金2263万元。其中：中小河流治理工程1435万元，小型水库维修养护25万元，小流域综合治理793万元。"
    (fact,) = [f for f in facts_from_text(text) if f.kind == "sum"]
    assert (fact.metric, fact.total, fact.parts) == ("中央水利发展资金", 2263, [1435, 25, 793])
    # after a ；the 其中 may be of an earlier clause: no sum of 29 from 4 + 8 + 16
    assert not [f for f in facts_from_text("实有人员32名，离退休人员29名；其中正高级4名、副高级8名、中级16名。") if f.kind == "sum"]
    # a list found in one sentence is not found again with the next
    once = facts_from_text("下达资金10万元，其中中央6万元、省级4万元。其中中央资金用于建设。")
    assert len([f for f in once if f.kind == "sum"]) == 1


def test_a_count_total_keeps_no_name_from_the_words_before_it():
    # the other side: 共完成40个子项目 counts what follows its unit; the verb before it is no name
    from extractor.extractors.facts import _sum_facts
    assert [f.metric for f in _sum_facts("共完成40个子项目（包括17个初验、23个终验）")] == [None]
    assert [f.metric for f in _sum_facts("资金共计150万元，其中：中央80万元，省级70万元")] == ["资金"]


# -- the numbers of a clause come from the quantity engine --------------------------------------------------------

def test_a_period_is_no_planned_or_actual_amount():
    # 15个工作日 is a period (the old pattern read "15个"), a list item's number is no figure
    assert facts_from_text("计划15个工作日内完成，实际完成3个。") == []
    f = one("1.计划建设站点30个，实际建成27个。", "completion")
    assert (f.planned, f.actual, f.unit) == (30, 27, "个")


def test_an_ordinal_is_no_planned_or_actual_amount():
    assert facts_from_text("计划排名第3名，实际排名第5名。") == []
    f = one("计划开展培训12场，实际完成第一批11场。", "completion")
    assert (f.planned, f.actual) == (12, 11)


def test_a_bare_wan_scales_the_number_as_the_engine_reads_it():
    # behaviour change named here: "1000万" is 10,000,000 with no unit (it was 1000 with the unit 万); the rate is the same
    f = one("计划注册1000万，实际注册1293万，完成率129.30%。", "completion")
    assert (f.planned, f.actual, f.unit, f.computed_rate) == (10_000_000, 12_930_000, None, 129.3)
    f = one("计划受益3.2万人，实际受益3.5万人。", "completion")
    assert (f.planned, f.actual, f.unit, f.metric) == (3.2, 3.5, "万人", "受益")  # the metric ends where the figure starts


def test_a_range_gives_its_upper_end_and_a_compound_unit_its_first_part():
    f = one("计划安排资金80万元，实际支出70-72万元，支出率90.00%。", "budget")
    assert (f.planned, f.actual, f.unit) == (80, 72, "万元")
    f = one("计划补助100元/人，实际补助90元/人，执行率90.00%。", "budget")
    assert (f.planned, f.actual, f.unit) == (100, 90, "元")


def test_chinese_numerals_count_only_with_a_unit_of_the_facts():
    f = one("计划采购三十台套，实际到位二十八台套。", "completion")
    assert (f.planned, f.actual, f.unit) == (30, 28, "台套")
    assert facts_from_text("计划实施三年行动，实际完成二期。") == []


def test_parts_of_a_sum_are_read_by_the_engine():
    f = one("共建成40个子项目（包括17个初验、23个终验）。", "sum")
    assert (f.total, f.parts) == (40, [17, 23])
    assert [f for f in facts_from_text("共建成40个子项目（包括17个初验、23项终验）。") if f.kind == "sum"] == []


def test_the_rate_of_each_part_row_of_a_money_block_is_named_after_the_part():
    # 甘其毛都口岸分局 self-evaluation: 其他资金 states 执行率 0 with 1.8 of 1.8 spent; its finding must say which row
    b = DocumentBuilder("form.xlsx", "xlsx")
    b.add("table", "", page=1, rows=[
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率（%）", "得分"],
        ["项目资金（万元）", "年度资金总额", "0", "2.38", "2.38", "10", "100", "10"],
        ["项目资金（万元）", "其中：财政拨款", "0", "0.58", "0.58", "——", "100", "——"],
        ["项目资金（万元）", "其他资金", "0", "1.8", "1.8", "——", "0", "——"],
        ["项目资金（万元）", "上年结余", "0", "0", "0", "——", "", "——"],
    ])
    budget = [(f.metric, f.stated_rate) for f in extract_facts(b.build(pages=1)) if f.kind == "budget"]
    assert budget == [("预算执行率", 100), ("财政拨款执行率", 100), ("其他资金执行率", 0), ("预算执行率", None)]


def test_the_points_and_rate_columns_of_a_money_block_are_no_sums():
    # 六安市 self-evaluation: the total row scores 9 and its part 8; the amounts still add up column by column
    b = DocumentBuilder("form.docx", "docx")
    b.add("table", "", page=1, rows=[
        ["项目资金", "（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["项目资金", "年度资金总额", "200", "200", "179.43", "10", "89.7%", "9"],
        ["项目资金", "其中：当年财政拨款", "200", "200", "179.43", "10", "89.7%", "8"],
        ["项目资金", "其他资金", "0", "0", "0", "", "", ""],
    ])
    sums = [(f.metric, f.total, f.parts) for f in extract_facts(b.build(pages=1)) if f.kind == "sum"]
    assert sums == [("年度资金总额（年初预算数）", 200, [200, 0]), ("年度资金总额（全年预算数）", 200, [200, 0]),
                    ("年度资金总额（全年执行数）", 179.43, [179.43, 0])]


def test_the_total_said_again_after_the_parts_closes_the_list():
    # 旌德县 report: 其中 A, B, then the whole again for the year — a list of two parts that adds up
    text = "项目批复总投资61.8万元，其中中央财政资金30.9万元，县财政配套资金30.9万元，2021年度中央下达资金61.8万元。"
    sums = [(f.total, f.parts) for f in facts_from_text(text) if f.kind == "sum"]
    assert sums == [(61.8, [30.9, 30.9])]
    short = "资金总额100万元，其中财政拨款60万元，其他资金30万元。"  # parts that fall short stay parts
    assert [(f.total, f.parts) for f in facts_from_text(short) if f.kind == "sum"] == [(100.0, [60.0, 30.0])]


def test_a_total_row_right_of_group_labels_adds_the_rows_of_its_group_only():
    # 广水市 教育局 department form: 收入构成 and 支出构成 each end with their own 合计 row, one column a year
    u = "部门总体资金情况"
    rows = [[u, "", "", "当年金额", "2021年", "2022年"],  # the money word of the year columns is in the label only
            [u, "收入构成", "财政拨款", "108292.73", "90147", "98577.39"],
            [u, "收入构成", "其他资金", "14348.77", "5819", "10597.65"],
            [u, "收入构成", "合计", "122641.5", "95966", "109175.04"],
            [u, "支出构成", "基本支出", "93199.91", "81781", "99611.05"],
            [u, "支出构成", "项目支出", "29441.59", "14185", "9564.46"],
            [u, "支出构成", "合计", "122641.5", "95966", "109175.04"]]
    b = DocumentBuilder("dept.docx", "docx")
    b.add("table", "", page=1, rows=rows)
    sums = {f.metric: (f.total, f.parts) for f in extract_facts(b.build(pages=1)) if f.kind == "sum"}
    assert sums["2022年支出构成"] == (109175.04, [99611.05, 9564.46])  # adds to 109175.51: a finding
    assert sums["2022年收入构成"] == (109175.04, [98577.39, 10597.65])
    assert sums["当年金额支出构成"] == (122641.5, [93199.91, 29441.59])
    assert len(sums) == 6


def test_a_group_whose_item_cell_also_names_the_group_ends_at_the_total_above():
    # 广水市 政府办公室: 收入构成：财政拨款 in one cell; the 支出 合计 does not reach up over the 收入 合计
    u = "部门总体资金情况（单位：万元）"
    rows = [[u, "", "当年金额"], [u, "收入构成：财政拨款", "968.1918"], [u, "其他资金", ""], [u, "合计", "968.1918"],
            [u, "支出构成：基本支出", "724.2318"], [u, "项目支出", "243.96"], [u, "合计", "968.1918"]]
    b = DocumentBuilder("dept.docx", "docx")
    b.add("table", "", page=1, rows=rows)
    sums = [(f.total, f.parts) for f in extract_facts(b.build(pages=1)) if f.kind == "sum"]
    assert (968.1918, [724.2318, 243.96]) in sums
    assert not [s for s in sums if len(s[1]) > 2]


def test_a_total_row_right_under_the_header_adds_the_rows_below_it():
    # 海南 allocation table: 合计 │ │ 78,400 first, then the projects; the rows shown reach 34,200 (the page is cut)
    rows = [["市县/单位名称", "项目名称", "金额", "支出功能分类科目"],
            ["合计", "", "78,400", ""],
            ["海南省大数据管理局", "反走私综合执法站信息化配套项目", "8000", "2299999-其他支出"],
            ["海南省公安厅", "反走私视频图像前端补点（一期）项目", "20500", "2299999-其他支出"],
            ["海南省公安厅", "反走私视频图像综合应用系统项目", "5700", "2299999-其他支出"]]
    b = DocumentBuilder("notice.xlsx", "xlsx")
    b.add("table", "", page=1, rows=rows)
    sums = [(f.metric, f.total, f.parts) for f in extract_facts(b.build(pages=1)) if f.kind == "sum"]
    assert sums == [("金额", 78400.0, [8000.0, 20500.0, 5700.0])]
    b = DocumentBuilder("notice.xlsx", "xlsx")
    b.add("table", "", page=1, rows=[rows[0], rows[2], rows[1]])  # a total under one item row is no sum
    assert [f for f in extract_facts(b.build(pages=1)) if f.kind == "sum"] == []


def test_a_part_whose_name_lists_two_things_is_one_part():
    # 棠溪镇 goal: 村民组长、党小组长基本报酬252000元 is one item of the 其中 list (the parts fall short of the total)
    text = ("本项目共申请预算资金2026400元，其中村级组织运转400000元，村民组长、党小组长基本报酬252000元，"
            "村民监督委员会工资28000元，村级事务补助960000元，村级工作目标奖励100000元。")
    sums = [(f.total, f.parts) for f in facts_from_text(text) if f.kind == "sum"]
    assert sums == [(2026400.0, [400000.0, 252000.0, 28000.0, 960000.0, 100000.0])]
    loose = "资金100万元，其中设备、安装等其他费用。"  # no part has a number: no sum
    assert [f for f in facts_from_text(loose) if f.kind == "sum"] == []


def test_group_totals_need_a_header_row_above_their_groups():
    rows = [["收入资金", "财政拨款", "60"], ["收入资金", "其他资金", "40"], ["收入资金", "合计", "100"],
            ["支出构成", "基本支出", "70"], ["支出构成", "项目支出", "30"], ["支出构成", "合计", "100"]]
    b = DocumentBuilder("dept.docx", "docx")
    b.add("table", "", page=1, rows=rows)
    assert [f for f in extract_facts(b.build(pages=1)) if f.kind == "sum"] == []  # no column named: no sum


def test_label_and_amount_pairs_sum_the_sources_of_funds_below_them():
    # 南湖新区民政局 自评报告 (blind23): each of 计划安排/实际到位/实际支出 is the sum of the sources under it
    from extractor.extractors.facts import facts_from_table

    b = DocumentBuilder("report.docx", "docx")
    b.add("table", "", rows=[
        ["计划安排资金\n(万元)", "170", "实际到位资金\n(万元)", "170", "实际支出\n(万元)", "179.6", "结余(万元)", "0"],
        ["其中:中央财政", "", "其中:中央财政", "", "其中:中央财政", "", "其中:中央财政", ""],
        ["省财政", "170", "省财政", "170", "省财政", "170", "省财政", ""],
        ["其它", "", "其它", "9.6", "其它", "9.6", "其它", ""],
        ["项目负责人", "张三", "联系电话", "123", "", "", "", ""]])
    sums = [(f.metric, f.total, f.parts, f.unit) for f in facts_from_table(b.build(pages=1).blocks[0]) if f.kind == "sum"]
    assert sums == [("计划安排资金", 170, [170], "万元"), ("实际到位资金", 170, [170, 9.6], "万元"),
                    ("实际支出", 179.6, [170, 9.6], "万元")]


def test_label_and_amount_pairs_without_source_rows_are_no_sum():
    from extractor.extractors.facts import facts_from_table

    b = DocumentBuilder("form.docx", "docx")
    b.add("table", "", rows=[["预算资金", "170", "实际支出", "160"], ["项目负责人", "张三", "联系电话", "123"]])
    assert not [f for f in facts_from_table(b.build(pages=1).blocks[0]) if f.kind == "sum"]


def test_a_named_subtotal_and_rate_columns_make_no_column_sum():
    # 宁德市地震局 部门整体自评表 (blind24): 合计 = 财政资金小计 (① 项目支出 + ② 基本支出) + 单位其它收入; the
    # 支出实现率 column is no amount
    from extractor.extractors.facts import facts_from_table

    b = DocumentBuilder("form.xlsx", "xlsx")
    b.add("table", "", rows=[
        ["资金(万元)", "资金结构", "年初预算①", "年中调整②", "支出实现率(%)⑤=④/③"],
        ["资金(万元)", "财政资金小计", "130.54", "58.07", "99.92"],
        ["资金(万元)", "① 项目支出", "30", "0", "100"],
        ["资金(万元)", "② 基本支出", "100.54", "58.07", "99.9"],
        ["资金(万元)", "2.单位其它收入", "0", "0", "0"],
        ["资金(万元)", "合 计", "130.54", "58.07", "99.92"]])
    assert not [f for f in facts_from_table(b.build(pages=1).blocks[0]) if f.kind == "sum"]


def test_a_spending_total_row_sums_the_item_rows_above_it():
    # 淳安县 评价报告 (blind24): 支出内容 │ 计划支出数 │ 实际支出数, closed by 支出合计
    from extractor.extractors.facts import facts_from_table

    b = DocumentBuilder("report.docx", "docx")
    b.add("table", "", rows=[["支出内容(经济科目)", "计划支出数(万元)", "实际支出数(万元)"],
                             ["送书下乡经费", "87.40", "87.40"], ["编外用工人员经费", "24", "23"],
                             ["支出合计", "111.40", "110.40"]])
    sums = [(f.total, f.parts) for f in facts_from_table(b.build(pages=1).blocks[0]) if f.kind == "sum"]
    assert sums == [(111.4, [87.4, 24.0]), (110.4, [87.4, 23.0])]
