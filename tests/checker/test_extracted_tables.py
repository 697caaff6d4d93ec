"""Checker rules fed by the real table extractor (not by hand-built records)."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor import check, extract
from extractor.document import DocumentBuilder

REAL_LAYOUTS = Path(__file__).resolve().parents[2] / "corpora" / "real_layouts"

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


# 泸县 / 衡山县 / 滁州市 forms as published (blind13): the stored page stops before the indicator table begins
def _missing_dimensions(ext) -> list[str]:
    return sorted(f.numbers["dimension"] for f in check(ext) if f.rule == "coverage.missing_dimension")


def _document(*blocks):
    b = DocumentBuilder("目标表.docx", "docx")
    for kind, text, rows in blocks:
        b.add(kind, text, page=1, rows=rows)
    return extract(b.build(pages=1))


LUXIAN_MONEY = [["部门（单位）名称", "泸县文化广播电视和旅游局", "", ""],
                ["年度预算申请", "资金总额", "基本支出", "项目支出"],
                ["年度预算申请", "1695.55", "1478.75", "216.80"]]


def test_a_form_cut_before_its_indicator_table_lacks_every_dimension():
    ext = _document(("heading", "2024年县级部门整体支出绩效目标申报表", None), ("table", "", LUXIAN_MONEY))
    assert ext.forms_without_indicators == ["2024年县级部门整体支出绩效目标申报表"]
    assert _missing_dimensions(ext) == ["产出指标", "效益指标", "满意度指标"]
    evidence = {f.evidence for f in check(ext) if f.rule == "coverage.missing_dimension"}
    assert evidence == {"“2024年县级部门整体支出绩效目标申报表”中没有绩效指标"}


def test_a_form_title_merged_over_the_table_counts_as_its_title():
    ext = _document(("table", "", [["项目支出绩效自评表（2022年度）"] * 4, *LUXIAN_MONEY]))
    assert ext.forms_without_indicators == ["项目支出绩效自评表（2022年度）"]
    assert _missing_dimensions(ext) == ["产出指标", "效益指标", "满意度指标"]


def test_a_notice_listing_its_attached_forms_is_no_form():
    ext = _document(("paragraph", "现将资金分配方案和绩效目标下达给你们，请抓紧组织实施。", None),
                    ("paragraph", "附件：1.资金分配表", None), ("paragraph", "2.绩效目标表", None))
    assert ext.forms_without_indicators == []
    assert _missing_dimensions(ext) == []


def test_a_report_is_no_form_and_a_form_with_indicators_is_judged_on_them():
    report = _document(("heading", "2023年度项目支出绩效自评报告", None), ("table", "", LUXIAN_MONEY))
    assert report.forms_without_indicators == [] and _missing_dimensions(report) == []
    form = _document(("heading", "项目支出绩效目标表", None),
                     ("table", "", [["一级指标", "二级指标", "三级指标", "指标值"],
                                    ["产出指标", "数量指标", "培训人次", "≥500人次"],
                                    ["效益指标", "社会效益指标", "就业率", "≥60%"]]))
    assert form.forms_without_indicators == []
    assert _missing_dimensions(form) == ["满意度指标"]


def test_an_unfilled_template_or_a_table_not_understood_is_no_missing_dimension():
    template = _document(("heading", "项目支出绩效目标申报表", None),
                         ("table", "", [["一级指标", "二级指标", "三级指标", "指标值"],
                                        ["产出指标", "数量指标", "", ""], ["效益指标", "社会效益指标", "", ""]]))
    assert template.forms_without_indicators == [] and _missing_dimensions(template) == []
    not_read = _document(("heading", "项目绩效目标表", None),
                         ("table", "", [["一级指标", "二级指标", "指标值", "备注"],
                                        ["产出指标", "数量指标", "88", "100"], ["效益指标", "社会效益指标", "68", "100"]]))
    assert [w.code for w in not_read.warnings] == ["table_not_understood"]
    assert not_read.forms_without_indicators == [] and _missing_dimensions(not_read) == []


@pytest.mark.parametrize("name, missing", [
    ("blind13/sc-luxian-culture-dept-targets.docx", ["产出指标", "效益指标", "满意度指标"]),
    ("blind13/hn-hengshan-guantang-dept-selfeval.pdf", ["产出指标", "效益指标", "满意度指标"]),
    ("hl-daqing-blank-targets.docx", []),  # an unfilled template
    ("blind5/hi-central-capex-allocation-notice.xlsx", []),  # a notice naming its attached forms
    ("blind5/tj-dongli-guanghui-road-selfreport.docx", []),  # a report whose results are statuses (…491米，已完成)
])
def test_real_files_with_no_indicator(name, missing):
    ext = extract(REAL_LAYOUTS / name)
    assert ext.indicators == []
    assert _missing_dimensions(ext) == missing
