"""Patterns the eighteenth to twenty-first blind parts showed (after their first run), on files built here and on the
parts' own files."""
from __future__ import annotations

from pathlib import Path

from extractor import check, extract
from tests.extractors.test_form_patterns import indicators, write_xlsx

BLIND19 = Path(__file__).resolve().parents[2] / "corpora" / "real_layouts" / "blind19"
HEADER = ["绩效指标", "一级指标", "二级指标", "三级指标", "分值", "指标值（A）", "全年实际值（B）", "得分"]


# 原州区 self-evaluation: the 成本 row's name cell holds only the amount, 38.75万元 │ 38.75 (its number is no
# numbering "38." to strip, its unit is the row's unit, and the row has no name)
def test_pattern_6_a_name_cell_holding_only_the_target(tmp_path):
    rows = [HEADER,
            ["绩效指标", "产出指标（40分）", "成本指标", "38.75万元", 10, 38.75, 36.2, 9.34],
            ["绩效指标", "产出指标（40分）", "数量指标", "1.发放边销茶人数", 20, "3875人", 3620, 18]]
    found = [(i.name, i.value, i.unit) for i in indicators(write_xlsx(tmp_path / "cost.xlsx", rows))]
    assert found == [("38.75万元", 38.75, "万元"), ("发放边销茶人数", 3875.0, "人")]


def test_the_real_form_reports_the_nameless_cost_row():
    ext = extract(BLIND19 / "nx-yuanzhou-tea-selfeval.xlsx")
    cost = next(i for i in ext.indicators if i.level2 == "成本指标")
    assert (cost.name, cost.value, cost.unit) == ("38.75万元", 38.75, "万元")
    rules = {f.rule for f in check(ext) if f.item == cost.id}
    assert "target.missing_name" in rules and "target.missing_unit" not in rules


# 惠安县 notice: the 绩效目标表 laid out across (镇 in the first column, 一级 and 二级 names across two header rows, the
# indicator names in a third), cut before the first town's row: the table ends at its header, the form holds no
# indicator (coverage reports the three dimensions), no "table not understood"
ACROSS = [["镇", "产出指标", "产出指标", "产出指标", "效益指标", "满意度指标"],
          ["镇", "质量指标", "数量指标", "时效指标", "社会效益指标", "服务对象满意度指标"],
          ["镇", "扶持对象返贫致贫标准是否消除", "帮扶", "", "", ""]]


def _across(rows):
    from extractor.document import DocumentBuilder

    b = DocumentBuilder("目标表.docx", "docx")
    b.add("heading", "2025年衔接资金绩效目标表", page=1)
    b.add("table", "", page=1, rows=rows)
    return extract(b.build(pages=1))


def test_pattern_3_a_table_laid_out_across_and_cut_in_its_header():
    ext = _across(ACROSS)
    assert ext.header_only_tables and not ext.warnings and not ext.indicators
    assert sum(f.rule == "coverage.missing_dimension" for f in check(ext)) == 3


def test_the_same_table_with_a_row_of_values_is_not_taken_for_a_cut_header():
    ext = _across(ACROSS + [["崇武镇", "是", "2个", "2025年底", "≥2户", "≥90%"]])
    assert not ext.header_only_tables and not ext.warnings
    # read across since the twenty-fifth session (blind106, 德化): one indicator a named column, the first town's target
    assert [(i.level2, i.name, i.target_text) for i in ext.indicators] == [
        ("质量指标", "扶持对象返贫致贫标准是否消除", "是"), ("数量指标", "帮扶", "2个")]


# 重庆 department self-evaluations (梁平区, 忠县): 指标得分(分) is the score column; the money block gives 年初预算数 │
# 全年(调整)预算数 │ 全年执行数 │ 执行率 and breaks 财政拨款 down into 一般公共预算 on the row under it
def test_pattern_5_indicator_score_header():
    from extractor.extractors.forms.headers import cell_role

    assert [cell_role(h) for h in ("指标得分(分)", "指标得分", "指标权重(分)", "指标得分说明")] == ["score", "score", "weight", None]


MONEY = [["", "年初预算数", "全年(调整)预算数", "全年执行数", "执行率", "执行率权重", "执行率得分"],
         ["年度总金额", "3,724,055.00", "4,764,453.11", "4,614,453.11", "", "", ""],
         ["其中:财政拨款", "3,724,055.00", "4,764,453.11", "4,614,453.11", "96.85", "10", "9.68"],
         ["一般公共预算", "3,724,055.00", "4,764,453.11", "4,614,453.11", "96.85", "", ""]]


def _money_facts(rows):
    from extractor.document import DocumentBuilder
    from extractor.extractors.facts import facts_from_table

    b = DocumentBuilder("自评表.xlsx", "xlsx")
    b.add("table", "", page=1, rows=rows)
    return facts_from_table(b.build(pages=1).blocks[0])


def test_pattern_9_the_rate_is_against_the_adjusted_budget_and_a_breakdown_is_no_second_part():
    facts = _money_facts(MONEY)
    rates = [f for f in facts if f.kind == "budget"]
    assert len(rates) == 3 and all(f.planned == 4764453.11 and round(f.computed_rate, 2) == 96.85 for f in rates)
    assert not [f for f in facts if f.kind == "sum"]  # 财政拨款 is the whole; 一般公共预算 is inside it
    siblings = MONEY[:3] + [["其他资金", "100", "100", "100", "", "", ""]]
    siblings[1] = ["年度总金额", "3,724,155.00", "4,764,553.11", "4,614,553.11", "", "", ""]
    assert [len(f.parts) for f in _money_facts(siblings) if f.kind == "sum"] == [2, 2, 2]  # 财政拨款 + 其他资金


# 福建省台联 2017 target form: 绩效目标 │ 评价指标 │ 评价指标 │ 绩效内容 │ 绩效标准 │ 全年绩效目标 under a 总体绩效目标 row;
# 全年绩效目标 beside 绩效内容 holds each row's target
def test_pattern_5_the_years_target_beside_the_content_column():
    from extractor.extractors.forms.headers import cell_role

    assert cell_role("全年绩效目标") == "value" and cell_role("年度绩效目标") == "goal"
    ext = extract(Path(__file__).resolve().parents[2] / "corpora" / "real_layouts" / "blind20"
                  / "fj-taiwan-compatriot-targets.docx")
    rows = [(i.level2, i.name, i.value, i.unit) for i in ext.indicators]
    assert ("数量指标", "困难台胞、高龄台胞困难补助受益", 432, "人") in rows and len(rows) == 5
    assert not ext.warnings


# 休宁县 self-evaluation: 300㎡, 一次性通过省文物局验收 (一次性 counts nothing), a template label without its number
# (指标：项目总下达资金)
def test_pattern_6_and_8_square_metres_a_one_off_pass_and_a_bare_template_label(tmp_path):
    rows = [["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值"],
            ["绩效指标", "产出指标", "数量指标", "布展面积", "300㎡", "0"],
            ["绩效指标", "产出指标", "质量指标", "指标1：工程实施总体质量", "一次性通过省文物局验收", "一次性"],
            ["绩效指标", "产出指标", "成本指标", "指标：项目总下达资金", "≤120万元", ""],
            ["绩效指标", "产出指标", "数量指标", "验收次数", "1次", "1次"]]
    found = [(i.name, i.value, i.unit, i.actual) for i in indicators(write_xlsx(tmp_path / "xiuning.xlsx", rows))]
    assert found == [("布展面积", 300.0, "㎡", 0.0), ("工程实施总体质量", None, None, None), ("项目总下达资金", 120.0, "万元", None),
                     ("验收次数", 1.0, "次", 1.0)]


# 龙岩市 专项转移支付绩效目标表: 区域目标值 merged over one column per county, the counties named on a second header row
# that repeats 一级指标 │ 二级指标 │ 三级指标; cut in its first row (a name, no value)
def test_pattern_6_regional_target_columns_under_a_repeated_header_row():
    from extractor.extractors.forms.reader import read_table

    rows = [["绩效指标", "一级指标", "二级指标", "三级指标", "指标解释", "区域目标值", "区域目标值", "区域目标值"],
            ["绩效指标", "一级指标", "二级指标", "三级指标", "指标解释", "新罗区", "上杭县", "漳平市"],
            ["绩效指标", "产出指标", "数量目标", "基础设施建设、民族文化", "", "", "", ""]]
    reading, _ = read_table(rows)
    assert [r.cells.get("name") for r in reading.rows] == ["基础设施建设、民族文化"]
    assert not reading.not_understood


# 武夷山市 target form: the indicator rows follow the 总体目标 row with no header row of their own (产出指标 │ 数量指标 │
# name │ the name again │ ≥3个), cut after the first; rows that open with level names only where they end the table
def test_pattern_2_indicator_rows_without_their_header_after_the_goal_row():
    from extractor.extractors.forms.reader import read_table

    goal = ["总体目标", "邀请不少于3名国际友人到武夷星开展茶知识实习实训", "邀请不少于3名国际友人到武夷星开展茶知识实习实训", "", "15万元", ""]
    row = ["产出指标", "数量指标", "邀请国际友人实习实训涉及国家数量", "邀请国际友人实习实训涉及国家数量", "≥3个", ""]
    reading, _ = read_table([["主管部门", "武夷山市委宣传部", "", "", "", ""], goal, row])
    assert [(r.cells.get("name"), r.cells.get("value")) for r in reading.rows] == [("邀请国际友人实习实训涉及国家数量", "≥3个")]
    reading, _ = read_table([["主管部门", "武夷山市委宣传部", "", "", "", ""], row, goal])
    assert not reading.rows  # not at the end: no such block


# 黄冈市档案馆 self-evaluation, cut inside its indicator header row (年度绩效指标 │ 一级指标 │ 二级指标 │ 三级指): the form ends
# at its header (three missing dimensions), it is no table the reader failed on; one level word is not enough
def test_pattern_8_a_table_cut_inside_its_indicator_header_row():
    money = [["预算执行情况(万元)(20分)", "", "预算数(A)", "执行数(B)", "执行率(B/A)", "得分(20分*执行率)"],
             ["预算执行情况(万元)(20分)", "年度财政资金总额", "10万", "10万", "100%", "20"]]
    ext = _across(money + [["年度绩效指标", "一级指标", "二级指标", "三级指", "", ""]])
    assert ext.header_only_tables and not ext.warnings
    assert sum(f.rule == "coverage.missing_dimension" for f in check(ext)) == 3
    ext = _across(money + [["年度绩效指标", "一级指标", "", "", "", ""]])
    assert not ext.header_only_tables


# 休宁县 PDF: a name cell taller than its row spilled its end into the next row's name cell
def test_pattern_2_words_spilled_into_the_next_row_go_back_up_to_their_bracket():
    from extractor.extractors.forms.reader import read_table

    header = ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值"]
    spilled = [header, ["绩效指标", "产出指标", "时效指标", "指标1：招投标程序需要的时间（不含多次流标", "1个月", "1个月"],
               ["绩效指标", "产出指标", "时效指标", "情况）指标2：项目完成周期", "4个月", "4个月"]]
    reading, _ = read_table(spilled)
    assert [r.cells["name"] for r in reading.rows] == ["招投标程序需要的时间（不含多次流标情况）", "项目完成周期"]
    closed = [header, ["绩效指标", "产出指标", "时效指标", "项目完成时间（月）", "4", "4"],
              ["绩效指标", "产出指标", "时效指标", "验收）合格率", "100%", "100%"]]
    reading, _ = read_table(closed)
    assert [r.cells["name"] for r in reading.rows] == ["项目完成时间（月）", "验收）合格率"]  # nothing open above
