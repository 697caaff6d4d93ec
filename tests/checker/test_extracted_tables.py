"""Checker rules fed by the real table extractor (not by hand-built records)."""
from __future__ import annotations

from extractor import check, extract
from extractor.document import DocumentBuilder

HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]


def _self_assessment(rows):
    b = DocumentBuilder("自评表.docx", "docx")
    b.add("heading", "项目支出绩效自评表", page=1)
    b.add("table", "", page=1, rows=[HEADER, *rows])
    return extract(b.build(pages=1))


def _section_findings(ext):
    return [f for f in check(ext) if f.rule == "consistency.score_total.weights"]


def test_heading_points_checked_against_the_rows_under_it():
    ext = _self_assessment([
        ["产出指标（50分）", "数量指标", "培训人次", "≥500人次", "520人次", "20", "20"],
        ["产出指标（50分）", "质量指标", "考核合格率", "≥85%", "88%", "20", "20"],
        ["产出指标（50分）", "时效指标", "完成时间", "2025年11月底前", "11月20日", "15", "15"],
        ["效益指标（40分）", "社会效益指标", "持证上岗率", "≥80%", "82%", "20", "20"],
        ["效益指标（40分）", "社会效益指标", "就业率", "≥60%", "65%", "15", "15"],
        ["满意度指标（10分）", "服务对象满意度指标", "学员满意度", "≥90%", "93%", "10", "10"],
    ])
    findings = _section_findings(ext)
    assert {(f.numbers["section_points"], f.numbers["weight_sum"]) for f in findings} == {(50, 55), (40, 35)}
    assert all("分值合计" in f.message for f in findings)


def test_headings_that_add_up_give_no_finding():
    ext = _self_assessment([
        ["产出指标(50分)", "数量指标", "培训人次", "≥500人次", "520人次", "30", "30"],
        ["产出指标(50分)", "质量指标", "考核合格率", "≥85%", "88%", "20", "20"],
        ["效益指标(40分)", "社会效益指标", "就业率", "≥60%", "65%", "40", "40"],
        ["满意度指标(10分)", "服务对象满意度指标", "学员满意度", "≥90%", "93%", "10", "10"],
    ])
    assert _section_findings(ext) == []


# 天长市 / 潘集区 forms as published: the indicator table ends at its header row
def _form_ending_at(rows, kind="项目支出绩效自评表"):
    b = DocumentBuilder("自评表.docx", "docx")
    b.add("heading", kind, page=1)
    b.add("table", "", page=1, rows=[["项目名称", "就业补助资金", "", "", "", ""], *rows])
    return extract(b.build(pages=1))


def test_a_form_whose_indicator_table_ends_at_its_header_lacks_every_dimension():
    ext = _form_ending_at([["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值"]])
    assert ext.header_only_tables == ["#/blocks/1"]
    missing = sorted(f.numbers["dimension"] for f in check(ext) if f.rule == "coverage.missing_dimension")
    assert missing == ["产出指标", "效益指标", "满意度指标"]


def test_an_unfilled_template_with_its_level_labels_printed_is_not_judged():
    ext = _form_ending_at([["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值"],
                           ["绩效指标", "产出指标", "数量指标", "", "", ""],
                           ["绩效指标", "效益指标", "社会效益指标", "", "", ""]])
    assert ext.header_only_tables == []
    assert not [f for f in check(ext) if f.rule == "coverage.missing_dimension"]
