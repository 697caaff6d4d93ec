"""Patterns of the seventeenth session, each from a never-seen part's first run (the part named at each test)."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor import check, extract
from extractor.extractors.facts import facts_from_text
from extractor.extractors.labelled_prose import labelled_prose_indicators
from extractor.nlp.quantities import find_quantities
from tests.extractors.text_docs import text_document

REAL = Path(__file__).resolve().parents[2] / "corpora" / "real_layouts"


def _report(*lines: str):
    return text_document("某局2024年度市级预算项目绩效自评报告", *lines)


def _rows(doc):
    return [(i.level1, i.level2, i.name, i.value, i.unit, i.actual, i.weight, i.score)
            for i in labelled_prose_indicators(doc)]


# blind56, 福建 莆田 标准化 自评报告: 1)主导制修订国家标准的项目数量(项),目标值2,完成值2,分值6,得分6。
def test_pattern_10_results_written_as_labelled_figures_are_indicators_with_their_points():
    doc = _report("二、绩效分析",
                  "(二) 成本指标",
                  "1、经济成本指标",
                  "1)获得补助企事业单位获得补助金额(万元),目标值200,完成值200,分值10,得分10。",
                  "(一) 产出指标",
                  "1、数量指标",
                  "1)主导制修订国家标准的项目数量(项),目标值2,完成值2,分值6,得分6。",
                  "2)主导制修订行业标准项目数量(项),目标值5,完成值4,分值6,得分4.8。",
                  "3、时效指标",
                  "1)项目完成及时率(%),目标值90,完成值100,分值8,得分8。")
    assert _rows(doc) == [
        ("成本指标", "经济成本指标", "获得补助企事业单位获得补助金额(万元)", 200, "万元", 200, 10, 10),
        ("产出指标", "数量指标", "主导制修订国家标准的项目数量(项)", 2, "项", 2, 6, 6),
        ("产出指标", "数量指标", "主导制修订行业标准项目数量(项)", 5, "项", 4, 6, 4.8),
        ("产出指标", "时效指标", "项目完成及时率(%)", 90, "%", 100, 8, 8),
    ]


@pytest.mark.parametrize("line", [
    "1)项目完成及时率(%),目标值90,分值8,得分8。",  # no actual: a target and its points, no result read here
    "1)项目完成及时率(%),目标值90,完成值100,完成值98。",  # one label twice: not a row of labelled figures
    "1)目标值90,完成值100,分值8,得分8。",  # no name
])
def test_pattern_10_a_line_of_labelled_figures_needs_a_name_a_target_and_one_actual(line):
    rows = _rows(_report("(一) 产出指标", "3、时效指标", line, "(二) 效益指标", "1、社会效益指标",
                         "1)标准文本宣传和解读(份),目标值300,完成值350,分值10,得分10。"))
    assert [r[2] for r in rows] == ["标准文本宣传和解读(份)"]


def test_pattern_10_labelled_figures_name_no_completion_fact_after_their_label():
    facts = facts_from_text("1)获得补助企事业单位获得补助金额(万元),目标值200,完成值200,分值10,得分10。")
    assert "值" not in [f.metric for f in facts]


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_the_standardisation_report_reads_its_ten_numbered_results(suffix):
    doc = extract(REAL / "blind56" / f"fj-putian-standardization-selfreport.{suffix}")
    rows = {i.name.split("(")[0]: i for i in doc.indicators}
    assert len(rows) == 10
    assert all(i.weight is not None and i.score is not None for i in rows.values())
    spread = rows["奖励制修订标准项目"]
    assert (spread.level1, spread.level2, spread.value, spread.unit, spread.actual) == ("效益指标", "社会效益指标", 4, "项", 24)
    missing = {f.numbers.get("dimension") for f in check(doc) if f.rule == "coverage.missing_dimension"}
    assert missing == {"满意度指标"}


# blind56, 宁夏 福彩 自评表: 拓展彩票销售渠道 │ 同比2022年销量显著提高
@pytest.mark.parametrize("text", ["同比2022年销量显著提高", "较2021年增长5%", "与2020年相比下降10%", "比2022年提高"])
def test_a_year_that_is_compared_with_is_a_date_but_no_deadline(text):
    dates = [q for q in find_quantities(text) if q.kind == "date"]
    assert len(dates) == 1 and dates[0].deadline is None
    assert all(q.unit != "年" for q in find_quantities(text))  # nor a count of years


@pytest.mark.parametrize("text, deadline", [("2025年底前完成", "2025年底前"), ("12月", "12月"),
                                            ("2023年12月31日前", "2023年12月31日前")])
def test_a_year_that_is_compared_with_is_no_deadline_guard(text, deadline):
    assert [q.deadline for q in find_quantities(text)] == [deadline]


@pytest.mark.parametrize("suffix", ["xlsx", "pdf"])
def test_the_lottery_form_flags_its_targets_compared_with_a_year_as_vague(suffix):
    doc = extract(REAL / "blind56" / f"nx-fucai-app-upgrade-selfeval.{suffix}")
    names = {i.id: i.name for i in doc.indicators}
    vague = {names[f.item] for f in check(doc) if f.rule == "target.vague_wording"}
    assert {"彩票系统信息化建设程度", "提升彩票销量,筹集更多彩票公益金"} <= {v.replace("，", ",") for v in vague}


# blind57, 安徽 池州 老旧小区改造 评价: 绩效评价整体得分85.81分,评价等次优秀
def test_pattern_10_a_grade_written_as_dengci_is_checked_against_its_score():
    doc = extract(_report("二、评价结果。评价认为,项目设计合理,绩效评价整体得分85.81分,评价等次优秀。"))
    grades = [f for f in doc.facts if f.kind == "grade"]
    assert [(g.metric, g.actual, g.stated_text) for g in grades] == [("绩效评价整体得分", 85.81, "优秀")]
    assert [f.rule for f in check(doc) if f.rule == "consistency.grade"] == ["consistency.grade"]


def test_pattern_10_a_grade_written_as_dengci_that_fits_its_score_is_no_finding():
    doc = extract(_report("绩效评价整体得分91.75分,评价等次优秀。"))
    assert [g.actual for g in doc.facts if g.kind == "grade"] == [91.75]
    assert not [f for f in check(doc) if f.rule == "consistency.grade"]
