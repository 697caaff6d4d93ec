"""Coverage of indicator tables with no level column (blind109, blind112, blind131, blind60, blind63, blind99 against
blind21, blind25): the 满意度 dimension is asked of a performance form's table, not of a plan's index list, a
monitoring or progress table, or an evaluation frame."""
from __future__ import annotations

from extractor import check, extract
from extractor.document import DocumentBuilder

LEVELLESS = [["指标名称", "计量单位", "指标值"],
             ["学前教育毛入园率", "%", "≥95"],
             ["义务教育巩固率", "%", "≥99"],
             ["高中阶段教育毛入学率", "%", "≥97"]]


def _missing_dimensions(title: str) -> list[str]:
    b = DocumentBuilder("表.docx", "docx")
    b.add("heading", title, page=1)
    b.add("table", "", page=1, rows=LEVELLESS)
    ext = extract(b.build(pages=1))
    return [f.numbers["dimension"] for f in check(ext) if f.rule == "coverage.missing_dimension"]


def test_a_performance_forms_table_without_levels_still_needs_a_satisfaction_indicator():
    assert _missing_dimensions("2024年度部门整体支出绩效自评表") == ["满意度指标"]


def test_an_index_list_without_levels_outside_a_performance_form_is_not_judged_by_dimension():
    assert _missing_dimensions("某县教育事业发展主要指标") == []
