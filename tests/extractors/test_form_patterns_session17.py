"""Patterns of the seventeenth session, each from a never-seen part's first run (the part named at each test)."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor import check, extract
from extractor.extractors.facts import facts_from_text
from extractor.extractors.goals import targets_in
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


def test_pattern_10_labelled_figures_without_points_and_a_name_opening_with_its_area():
    doc = _report("(一) 产出指标", "1、数量指标",
                  "1)全县获得补助企业数量(家),目标值17,完成值16。",
                  "2)2024年度标准文本宣传和解读(份),年度目标值300,实际完成值350。")
    assert [(r[2], r[3], r[4], r[5], r[6], r[7]) for r in _rows(doc)] == [
        ("获得补助企业数量(家)", 17, "家", 16, None, None), ("标准文本宣传和解读(份)", 300, "份", 350, None, None)]


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


# blind59, 广西 水污染防治资金 自评报告: 1.数量指标6个:集中式饮用水水源地整治数量6个、新增污染负荷COD削减量1659吨/年、…
def test_pattern_10_a_level_label_with_its_count_lists_the_targets_after_it():
    doc = _report("上述目标细化为二级指标5个、三级指标14个:",
                  "1.数量指标6个:集中式饮用水水源地整治数量6个、新增污染负荷COD削减量1659吨/年、新增湿地恢复面积30.4平方公里。",
                  "2.质量指标1个:项目验收合格率100%。")
    assert [(r[1], r[2], r[3], r[4]) for r in _rows(doc)] == [
        ("数量指标", "集中式饮用水水源地整治数量", 6, "个"),
        ("数量指标", "新增污染负荷COD削减量", 1659, "吨/年"),
        ("数量指标", "新增湿地恢复面积", 30.4, "平方公里"),
        ("质量指标", "项目验收合格率", 100, "%"),
    ]


# blind59, 广西: 4.生态效益指标4个:A、B、C、D4项指标达到国家下达的年度目标值。
def test_pattern_10_names_counted_before_the_target_they_share_are_one_indicator_each_with_no_value():
    doc = _report("4.生态效益指标4个:地表水水质优良(达到或优于Ⅲ类)比例、地表水劣V类水体降低比例、"
                  "地级及以上城市集中式饮用水水源水质达到或优于Ⅲ类比例、地下水国控点位V类水比例4项指标达到国家下达的年度目标值。",
                  "5.服务对象满意度指标1个:群众满意度≥90%。")
    rows = labelled_prose_indicators(doc)[:4]
    assert [(i.level2, i.name, i.value, i.target_text) for i in rows] == [
        ("生态效益指标", name, None, "达到国家下达的年度目标值")
        for name in ("地表水水质优良(达到或优于Ⅲ类)比例", "地表水劣V类水体降低比例",
                     "地级及以上城市集中式饮用水水源水质达到或优于Ⅲ类比例", "地下水国控点位V类水比例")]
    ext = extract(doc)
    names = {i.id: i.name for i in ext.indicators}
    missing = [names[f.item] for f in check(ext) if f.rule == "target.missing_value"]
    assert len(missing) == 4 and missing[1] == "地表水劣V类水体降低比例"


@pytest.mark.parametrize("names", ["地表水水质优良比例、地下水国控点位V类水比例3项",  # three counted, two named
                                   "、地下水国控点位V类水比例2项"])  # one name empty
def test_pattern_10_names_whose_count_is_not_that_of_the_target_stay_one_statement(names):
    doc = _report(f"4.生态效益指标:{names}指标达到国家下达的年度目标值。", "5.服务对象满意度指标1个:群众满意度≥90%。")
    rows = labelled_prose_indicators(doc)
    assert len(rows) == 2 and rows[0].value is not None  # the count read as the line's figure, no names split out


# blind59, 广西 桂林 海绵城市: 中心城区内涝防治标准基本达到50年一遇(283.8mm/24h)
def test_pattern_6_a_return_period_is_the_unit_and_the_figure_in_brackets_after_it_no_target():
    doc = _report("②质量指标:中心城区内涝防治标准基本达到50年一遇(283.8mm/24h),雁山城区内涝防治标准基本达到20年一遇"
                  "(242.5mm/24h);内涝积水区段消除比例达到40%。")
    assert [(r[2], r[3], r[4]) for r in _rows(doc)] == [
        ("中心城区内涝防治标准", 50, "年一遇"), ("雁山城区内涝防治标准", 20, "年一遇"), ("内涝积水区段消除比例", 40, "%")]


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_the_sponge_city_report_reads_its_wrapped_list_items(suffix):
    doc = extract(REAL / "blind59" / f"gx-guilin-sponge-selfreport.{suffix}")
    by_name = {i.name: i for i in doc.indicators}
    assert (by_name["中心城区防洪标准"].value, by_name["中心城区防洪标准"].unit) == (100, "年一遇")
    assert by_name["内涝积水区段消除比例"].value == 40
    assert any(name.startswith("拟开展的海绵城市建设培训、宣传次数") for name in by_name)


# blind59, 江西 南昌 水污染防治 自评报告: 17347万元，其中第一批资金9910万元,分别用于A3000万元、B3357.17万元、C3552.83万元
def test_pattern_10_a_part_broken_down_in_its_turn_lends_its_parts_to_no_outer_total():
    text = ("2023年度中央水污染防治专项资金17347万元，其中第一批资金9910万元,分别用于南塘湖项目3000万元、"
            "外青岚湖项目3357.17万元、扬子洲项目3552.83万元;第二批资金7437万元。")
    assert not [f for f in facts_from_text(text) if f.kind == "sum" and f.total == 17347]
    ext = extract(_report(text))
    assert not [f for f in check(ext) if f.rule == "consistency.sum"]


def test_pattern_10_a_plain_breakdown_is_still_a_sum():
    facts = facts_from_text("共下达资金150万元，其中中央资金100万元、省级资金60万元。")
    assert [(f.total, f.parts) for f in facts if f.kind == "sum"] == [(150, [100, 60])]


@pytest.mark.parametrize("text, value", [("5年一遇(99.5mm/24h)", 5), ("防洪标准达到100年一遇(283.8mm/24h)", 100)])
def test_pattern_6_a_figure_in_brackets_after_a_figure_restates_it(text, value):
    assert [(t.value, t.unit) for t in targets_in(text, indicator_list=True)] == [(value, "年一遇")]


def test_pattern_6_a_figure_in_brackets_after_words_is_a_target():
    assert [(t.value, t.unit) for t in targets_in("完成培训(不少于300人次)", indicator_list=True)] == [(300, "人次")]
