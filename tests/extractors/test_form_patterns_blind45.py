"""Patterns the fourth and fifth blind parts showed (after their first runs), on files and documents built here."""
from __future__ import annotations

from extractor.document import DocumentBuilder
from extractor.extractors.goals import extract_goals, goals_in_table, split_items
from tests.extractors.test_form_patterns import write_xlsx

import extractor


def _goal_texts(*paragraphs: str) -> list[str]:
    b = DocumentBuilder("report.txt", "text")
    for text in paragraphs:
        b.add("paragraph", text)
    return [g.text for g in extract_goals(b.build(pages=1))]


def test_pattern_10_goal_list_announced_inside_a_sentence():
    # 东丽区 self-evaluation report: "…设定项目绩效目标如下：1.…；2.…；3.…。"
    texts = _goal_texts("依据工程方案，设定项目绩效目标如下：1.保质保量完成道路建设；2.工程施工质量符合验收相关要求，"
                        "按时投入使用；3.改善周边居民出行需求。总体绩效目标基本完成。")
    assert texts == ["保质保量完成道路建设", "工程施工质量符合验收相关要求，按时投入使用", "改善周边居民出行需求"]


def test_a_goal_word_without_announcing_a_list_is_no_goal():
    # the other side: 绩效目标 named in passing, with no 如下/为 and colon after it
    assert _goal_texts("总体绩效目标基本完成，偏离绩效目标的原因见下文。") == []


def test_pattern_10_goal_items_separated_only_by_wide_spaces():
    # 清涧县 target form: "1、…2公里  2、建设…  3、使…" in one cell, the items parted by two spaces only
    cell = "1、完善基础设施，建设果园路2公里  2、建设水泥硬化路面、边沟和交通安全设施  3、使群众生产生活条件得到极大改善"
    rows = [["总体目标", "年度目标"], ["总体目标", cell]]
    assert [item for _, text, _ in goals_in_table(rows) for item in split_items(text)] == [
        "完善基础设施，建设果园路2公里", "建设水泥硬化路面、边沟和交通安全设施", "使群众生产生活条件得到极大改善"]


def test_a_single_space_before_a_number_is_no_item_break():
    rows = [["总体目标", "年度目标"], ["总体目标", "建设果园路 2、3号路段共4公里"]]
    assert [item for _, text, _ in goals_in_table(rows) for item in split_items(text)] == ["建设果园路2、3号路段共4公里"]


def test_pattern_6_a_breakdown_under_a_row_with_points_keeps_every_row(tmp_path):
    # 萧县杨楼镇 self-evaluation form: ★ rows carry the points, the rows under them the targets
    rows = [
        ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分"],
        ["产出指标", "数量指标", "★补助各类粮食作物种植面积", "10", "", "", "10"],
        ["产出指标", "数量指标", "红薯种植面积", "", "5.5亩", "5.5亩", ""],
        ["产出指标", "数量指标", "玉米种植面积", "", "12亩", "12亩", ""],
    ]
    path = write_xlsx(tmp_path / "breakdown.xlsx", rows)
    ext = extractor.extract(extractor.parse(path))
    findings = [f.rule for f in extractor.check(ext)]
    assert [(i.name, i.value, i.weight) for i in ext.indicators] == [
        ("补助各类粮食作物种植面积", None, 10), ("红薯种植面积", 5.5, None), ("玉米种植面积", 12, None)]
    assert "target.missing_value" not in findings


def test_pattern_10_goal_items_run_together_in_a_pdf_cell_are_counted_apart():
    # 清涧县 form as its PDF reads: the spaces between the items are gone ("…2公里2、建设…3、使…")
    assert split_items("1、完善基础设施，建设果园路2公里2、建设水泥硬化路面3、使群众生产生活条件得到极大改善") == [
        "完善基础设施，建设果园路2公里", "建设水泥硬化路面", "使群众生产生活条件得到极大改善"]


def test_numbers_inside_one_goal_are_no_items():
    # the other side: no text opening with 1、, or a 2、 that lists road numbers (2、3号), is not split
    assert split_items("建设果园路2公里2、建设水泥硬化路面") == ["建设果园路2公里2、建设水泥硬化路面"]
    assert split_items("1、建设2、3号路段，共4公里") == ["建设2、3号路段，共4公里"]


def test_pattern_8_template_numbering_without_its_colon_is_no_part_of_the_name(tmp_path):
    # 廊坊 self-evaluation form: 指标1工程完工率, 指标2工程验收合格率 — the template's numbers, colon left out
    from tests.extractors.test_form_patterns import indicators
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "质量指标", "指标1工程完工率", "100", "100", "10", "10"],
            ["产出指标", "质量指标", "指标2工程验收合格率", "100", "100", "10", "10"],
            ["效益指标", "社会效益指标", "指标一致性", "100%", "100%", "10", "10"]]
    found = [i.name for i in indicators(write_xlsx(tmp_path / "numbered.xlsx", rows))]
    assert found == ["工程完工率", "工程验收合格率", "指标一致性"]  # 指标一… is a word, not a number


def test_pattern_8_the_next_rows_template_label_glued_on_by_a_pdf_is_no_part_of_the_name(tmp_path):
    # 廊坊 form as a PDF: the rule between 指标1安全率 and the empty template row 指标2 is not drawn, one cell holds both
    from tests.extractors.test_form_patterns import indicators
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["效益指标", "经济效益指标", "指标1安全率指标2", "100", "100", "10", "10"],
            ["效益指标", "社会效益指标", "达标指标2", "100", "100", "10", "10"]]
    found = [i.name for i in indicators(write_xlsx(tmp_path / "glued.xlsx", rows))]
    assert found == ["安全率", "达标指标2"]  # without the template number in front, 指标2 may be the name's own


def test_pattern_8_a_template_hint_in_the_name_gives_the_unit_of_a_bare_value(tmp_path):
    # 原州区 target form: 苗木成活率（≥**%） │ 95, 项目总投入（≥**万元） │ 120
    from tests.extractors.test_form_patterns import indicators
    rows = [["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "质量指标", "苗木成活率（≥**%）", "95"],
            ["产出指标", "成本指标", "项目总投入（≥**万元）", "120"],
            ["产出指标", "数量指标", "新植苗木数量", "1200"]]
    found = [(i.value, i.unit) for i in indicators(write_xlsx(tmp_path / "hints.xlsx", rows))]
    assert found == [(95, "%"), (120, "万元"), (1200, None)]
