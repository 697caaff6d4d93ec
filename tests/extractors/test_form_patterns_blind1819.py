"""Patterns the eighteenth and nineteenth blind parts showed (after their first run), on files built here and on the
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
    assert not ext.header_only_tables
    assert [w.code for w in ext.warnings] == ["table_not_understood"]  # read across: not yet, and said so
