"""Edges of the score totals the mutation run found unbounded (bench/mutation.py extractor/extractors/scores.py):
each test states what is read on one side of an edge and what is not on the other."""
from __future__ import annotations

from extractor.document import DocumentBuilder
from extractor.extractors import extract_document
from extractor.extractors.scores import MoneyBlockPoints, _money_block_points

HEADER = ["一级指标", "二级指标", "三级指标", "分值", "得分"]
ROWS = [["产出指标", "数量指标", "新建站点数", "50", "48"], ["效益指标", "社会效益指标", "服务人次", "40", "37"]]
MONEY = [["项目资金（万元）", "全年预算数", "全年执行数", "分值", "执行率", "得分"], ["年度资金总额", "100", "90", "10", "90%", "9"]]


def _doc(*, text="自评等级：优", rows=ROWS, total=("合计", "", "", "90", "85"), money=MONEY):
    b = DocumentBuilder("f.docx", "docx")
    if text:
        b.add("paragraph", text, page=1)
    if money:
        b.add("table", "", page=1, rows=[list(r) for r in money])
    b.add("table", "", page=1, rows=[HEADER, *[list(r) for r in rows], *([list(total)] if total else [])])
    return b.build(pages=1)


def _totals(doc):
    return [(f.metric, f.kind, f.total, f.parts, f.actual) for f in extract_document(doc).facts if f.metric.startswith("总分")]


def test_scores_and_weights_add_up_to_the_total_row_with_the_money_block():
    assert _totals(_doc()) == [("总分", "grade", None, [], 85.0), ("总分", "sum", 85.0, [48.0, 37.0, 9.0], None),
                               ("总分（分值）", "sum", 90.0, [50.0, 40.0, 10.0], None)]


def test_the_grade_beside_the_total_is_the_one_written_outside_the_tables():
    (grade,) = [f for f in extract_document(_doc()).facts if f.kind == "grade"]
    assert (grade.actual, grade.stated_text, grade.text) == (85.0, "优", "自评等级：优")
    assert [f.kind for f in extract_document(_doc(text="")).facts if f.kind == "grade"] == []
    # a grade stated with its score is the document's grade: no second one from the table
    grades = [(f.metric, f.actual) for f in extract_document(_doc(text="综合得分85分，等级为“良”。")).facts if f.kind == "grade"]
    assert grades == [("综合得分", 85.0)]


def test_the_grade_beside_the_total_reads_the_one_grade_vocabulary():
    """等次 names a grade as 等级 does, and the grade words are those of the grade facts (中等, 合格 …): one vocabulary,
    extraction.GRADE_LABEL and GRADE_NAMES."""
    for text, stated in (("评价等次：良好", "良好"), ("自评等级为中等", "中等"), ("评价等次为“合格”", "合格")):
        (grade,) = [f for f in extract_document(_doc(text=text)).facts if f.kind == "grade"]
        assert (grade.actual, grade.stated_text) == (85.0, stated)
    assert [f for f in extract_document(_doc(text="评价等第：良")).facts if f.kind == "grade"] == []


def test_a_table_with_one_scored_indicator_has_no_total_facts():
    assert _totals(_doc(rows=ROWS[:1], total=("合计", "", "", "50", "48"))) == []


def test_an_indicator_without_a_score_is_no_part():
    rows = [*ROWS, ["满意度指标", "服务对象满意度", "满意度", "10", ""]]
    sums = [(f.metric, f.parts) for f in extract_document(_doc(rows=rows, total=("合计", "", "", "100", "85"))).facts
            if f.kind == "sum" and f.metric == "总分"]
    assert sums == [("总分", [48.0, 37.0, 9.0])]


def test_a_table_without_a_total_row_has_no_total_facts():
    assert [f for f in _totals(_doc(total=None)) if f[1] == "sum"] == []


def test_no_weight_sum_without_the_total_weight_or_a_weight():
    assert [f[0] for f in _totals(_doc(total=("合计", "", "", "", "85")))] == ["总分", "总分"]
    rows = [ROWS[0], ["效益指标", "社会效益指标", "服务人次", "", "37"]]
    assert [f[0] for f in _totals(_doc(rows=rows))] == ["总分", "总分"]


def _money(*rows):
    b = DocumentBuilder("f.docx", "docx")
    b.add("table", "", page=1, rows=[list(r) for r in rows])
    return _money_block_points(b.build(pages=1))


def test_money_block_points_are_read_below_a_header_with_execution():
    assert _money(*MONEY) == MoneyBlockPoints(weight=10.0, score=9.0)
    assert _money(["项目资金", "全年预算数", "分值", "得分"], ["年度资金总额", "100", "10", "9"]) is None  # no 执行数


def test_money_block_points_are_in_the_two_rows_below_the_header():
    header = ["资金总额（万元）", "全年预算数", "全年执行数", "分值", "得分"]
    assert _money(header, ["年度资金总额", "100", "90", "10", "9"]) == MoneyBlockPoints(weight=10.0, score=9.0)
    assert _money(header, ["说明", "", "", "", ""], ["年度资金总额", "100", "90", "10", "9"]) == MoneyBlockPoints(10.0, 9.0)
    assert _money(header, ["说明", "", "", "", ""], ["其中", "", "", "", ""], ["年度资金总额", "100", "90", "10", "9"]) is None


def test_money_block_points_of_a_short_row_or_without_weights():
    assert _money(["项目资金", "全年执行数", "分值", "得分"], ["年度资金总额", "90", "10"]) is None
    assert _money(["项目资金", "全年执行数", "得分"], ["年度资金总额", "90", "9"]) == MoneyBlockPoints(weight=None, score=9.0)


def test_the_total_row_of_a_funds_block_above_the_indicators_is_no_score_total():
    # 宁德市地震局 自评表 (blind24, PDF): 合计 │ 130.54 │ … │ 99.92 │ 0.16 │ 0.08 closes the funds block; the indicator
    # rows under it are cut before their own 合计
    from extractor.document import DocumentBuilder
    from extractor.extraction import Extraction, Indicator
    from extractor.extractors.scores import table_total_facts

    b = DocumentBuilder("form.pdf", "pdf")
    b.add("table", "", page=1, rows=[
        ["资金结构", "年初预算", "支出实现率(%)", "资金结余率(%)"],
        ["合计", "130.54", "99.92", "0.08"],
        ["三级指标", "指标分值", "自评得分", ""],
        ["抽查台站个数", "6", "6", ""],
        ["宣传活动场数", "6", "6", ""]])
    doc = b.build(pages=1)
    ref = doc.blocks[0].ref
    scored = [Indicator(id=f"i{k}", name=n, weight=6, score=6, refs=[ref], row=r)
              for k, (n, r) in enumerate((("抽查台站个数", 3), ("宣传活动场数", 4)))]
    assert table_total_facts(doc, Extraction(source="form.pdf", indicators=scored), []) == []
