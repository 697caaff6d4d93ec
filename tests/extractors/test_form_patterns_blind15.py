"""Patterns the fourteenth to seventeenth blind parts showed (after their first run), on files and rows built here."""
from __future__ import annotations

from pathlib import Path

from extractor.document import DocumentBuilder
from extractor.extractors.indicators import indicators_from_tables
from tests.extractors.test_form_patterns import indicators, write_xlsx

REAL_LAYOUTS = Path(__file__).resolve().parents[2] / "corpora" / "real_layouts"
HEADER = ["年度绩效目标（80分）", "一级指标", "二级指标", "三级指标", "年初目标值（A）", "实际完成值（B）", "得分"]
FIRST_PAGE = [[HEADER[0], "产出指标（40分）", "数量指标", name, value, value, points]
              for name, value, points in (("公猪舍(≥**平方米)", "22.8", "1"), ("化粪池(≥**立方米)", "63", "1"), ("排污沟(≥米)", "50", "1"))]


# 昌宁县 self-evaluation: the template's hint left in the name holds the unit, with or without its ** (消毒机(≥台) │ 1)
def test_pattern_6_a_unit_in_the_template_hint_of_the_name(tmp_path):
    rows = [HEADER,
            ["年度绩效目标（80分）", "产出指标（40分）", "数量指标", "公猪舍(≥**平方米)", 22.8, 22.8, 1],
            ["年度绩效目标（80分）", "产出指标（40分）", "数量指标", "消毒机(≥台)", 1, 1, 1],
            ["年度绩效目标（80分）", "产出指标（40分）", "数量指标", "粉碎拌合机(11kw)(≥台)", 1, 1, 1],
            ["年度绩效目标（80分）", "产出指标（40分）", "数量指标", "种公猪(≥头)", "2头", 2, 2]]
    found = [(i.name, i.value, i.unit) for i in indicators(write_xlsx(tmp_path / "hint.xlsx", rows))]
    assert found == [("公猪舍(≥**平方米)", 22.8, "平方米"), ("消毒机(≥台)", 1.0, "台"),
                     ("粉碎拌合机(11kw)(≥台)", 1.0, "台"), ("种公猪(≥头)", 2.0, "头")]


# 昌宁县 PDF: on the second page the label, 一级 and 二级 columns merged down the block are left out of the table
# (their text printed above it); the rows go on under the levels read last
def test_pattern_2_a_continued_table_without_its_three_level_columns():
    b = DocumentBuilder("form.pdf", "pdf")
    b.add("table", "", page=1, rows=[HEADER, *FIRST_PAGE])
    b.add("paragraph", "产出指标（40分）数量指标", page=2)
    b.add("table", "", page=2, rows=[["保育栏(≥套)", "4", "4", "1"], ["种母猪(≥头)", "20", "20", ""]])
    found = [(i.name, i.level1, i.level2, i.value, i.actual, i.score) for i in indicators_from_tables(b.build(pages=2))]
    assert found[2:] == [("排污沟(≥米)", "产出指标", "数量指标", 50.0, 50.0, 1.0),
                         ("保育栏(≥套)", "产出指标", "数量指标", 4.0, 4.0, 1.0),
                         ("种母猪(≥头)", "产出指标", "数量指标", 20.0, 20.0, None)]


def test_a_narrower_table_of_level_names_is_no_continuation_without_its_name_column():
    b = DocumentBuilder("form.pdf", "pdf")
    b.add("table", "", page=1, rows=[HEADER, *FIRST_PAGE])
    b.add("table", "", page=2, rows=[["质量指标", "4", "4", "1"], ["时效指标", "20", "20", "1"]])  # 二级 names
    assert [i.name for i in indicators_from_tables(b.build(pages=2))] == ["公猪舍(≥**平方米)", "化粪池(≥**立方米)", "排污沟(≥米)"]


def test_the_real_pdf_reads_every_row_of_both_pages():
    found = indicators(REAL_LAYOUTS / "blind15" / "yn-changning-pigfarm-selfeval.pdf")
    assert len(found) == 19 and {(i.level1, i.level2) for i in found} == {("产出指标", "数量指标")}
    assert found[-1].name == "种母猪(≥头)" and found[-1].unit == "头"


# 奉节县 approval form (101号 tree): 成本指标 rows the system filled with zeros and no name are template rows
def test_pattern_8_nameless_rows_of_system_filled_zeros_are_no_indicators(tmp_path):
    rows = [["一级指标", "二级指标", "三级指标", "指标值", "分值", "指标解释"],
            ["成本指标（0-20）分", "经济成本指标", 0, "0.00%", 0, "反映实施相关项目所产生的直接经济成本"],
            ["成本指标（0-20）分", "社会成本指标", 0, "0.00%", 0, "反映实施相关项目对社会发展的负面影响"],
            ["产出指标（40-50）分", "数量指标", "12350安全生产举报奖励次数", "≥5次", 10, 0],
            ["产出指标（40-50）分", "质量指标", "", "0%", 10, ""]]  # points on it: a row that lost its name
    found = [(i.name, i.level2, i.target_text) for i in indicators(write_xlsx(tmp_path / "zeros.xlsx", rows))]
    assert found == [("12350安全生产举报奖励次数", "数量指标", "≥5次"), (None, "质量指标", "0%")]


def test_pattern_1_a_label_merged_down_over_a_single_row_has_no_role():
    # the label column of a one-row block repeats its header cell (年度绩效目标（80分）): its 80 is no target
    b = DocumentBuilder("form.pdf", "pdf")
    b.add("table", "", page=1, rows=[HEADER, FIRST_PAGE[-1]])
    found = [(i.name, i.value, i.unit, i.score) for i in indicators_from_tables(b.build(pages=1))]
    assert found == [("排污沟(≥米)", 50.0, "米", 1.0)]


# 四川 form tail (blind17): the page starts inside the indicator rows, no header; right of the name an operator
# column, the number, a unit column, an empty 完成值, the 权重 a 合计 row sums to 100, then notes merged across
def test_pattern_2_a_headerless_fragment_reads_its_columns_by_content(tmp_path):
    rows = [["产出指标", "数量指标", "足额保障率", "=", 100, "%", "", 22.5, "", ""],
            ["产出指标", "数量指标", "科目调整次数", "≤", 10, "次", "", 22.5, "", ""],
            ["产出指标", "时效指标", "按时发放率", "=", 100, "%", "", 22.5, "", ""],
            ["效益指标", "经济效益指标", "结余率", "≤", 5, "%", "", 22.5, "", ""],
            ["合计", "合计", "合计", "合计", "合计", "合计", "合计", 100, "", ""],
            ["评价结论", *["及时、足额缴纳。"] * 9],
            ["存在问题", *["暂无"] * 9]]
    found = [(i.level2, i.name, i.operator, i.value, i.unit, i.actual, i.weight)
             for i in indicators(write_xlsx(tmp_path / "tail.xlsx", rows))]
    assert found == [("数量指标", "足额保障率", "=", 100.0, "%", None, 22.5),
                     ("数量指标", "科目调整次数", "<=", 10.0, "次", None, 22.5),
                     ("时效指标", "按时发放率", "=", 100.0, "%", None, 22.5),
                     ("经济效益指标", "结余率", "<=", 5.0, "%", None, 22.5)]


# 海南 商务厅 score sheet (blind17): a 分值 after each level; the row's own points are the last 分值
def test_a_score_sheet_with_points_after_each_level_reads_the_row_points(tmp_path):
    rows = [["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分"],
            ["项目决策", 20, "项目目标", 4, "目标内容", 4, 4],
            ["项目决策", 20, "决策过程", 8, "决策依据", 3, 3],
            ["项目决策", 20, "决策过程", 8, "决策程序", 5, 5]]
    found = [(i.name, i.weight, i.score) for i in indicators(write_xlsx(tmp_path / "sheet.xlsx", rows))]
    assert found == [("目标内容", 4.0, 4.0), ("决策依据", 3.0, 3.0), ("决策程序", 5.0, 5.0)]
