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
