"""Patterns the seventh blind part showed (after its first run), on files built here."""
from __future__ import annotations

from extractor.extractors.goals import goal_kind, split_items
from extractor.nlp.quantities import find_quantities
from tests.extractors.test_form_patterns import indicators, write_xlsx


def test_pattern_10_numbered_goal_labels_run_together_are_items():
    # 乌海 target form: "…实现以下目标：目标1：聘用人员1人，出差8人目标2：…" (the spaces between items gone)
    text = "实现以下目标：目标1：聘用人员1人，出差8人目标2：聘用人员在岗率100%目标3：2021年12月31日前完成"
    assert split_items(text) == ["聘用人员1人，出差8人", "聘用人员在岗率100%", "2021年12月31日前完成"]
    assert split_items("完成年度目标2：是关键") == ["完成年度目标2：是关键"]  # one label alone is no list


def test_pattern_10_department_goal_label():
    # 桃源县 department form: 整体绩效目标 heads the department's goals
    assert goal_kind("整体绩效目标") == "年度目标"


def test_pattern_6_a_number_in_the_unit_column_is_no_unit(tmp_path):
    # 乌海 target form: 目标值 and 计量单位 both hold the spreadsheet date serial 44,561
    rows = [["一级指标", "二级指标", "三级指标", "指标方向", "目标值", "计量单位"],
            ["产出指标", "时效指标", "项目财政资金到位时间", "=", "44,561", "44,561"],
            ["产出指标", "数量指标", "出差人次", "=", "24", "人/次"]]
    found = [(i.name, i.value, i.unit) for i in indicators(write_xlsx(tmp_path / "serial.xlsx", rows))]
    assert found == [("项目财政资金到位时间", 44561, None), ("出差人次", 24, "人/次")]


def test_a_count_in_ten_thousands_of_grains_keeps_its_unit():
    # 原州区 self-evaluation form: 免费发放原原种 │ 550万粒
    assert [(q.value, q.unit) for q in find_quantities("550万粒")] == [(550, "万粒")]


def test_a_year_written_without_its_character_is_no_goal_target():
    # 湘潭 target form: "2024通过采购雾炮车抑尘降尘服务，持续改善我市空气质量"
    from extractor.extractors.goals import targets_in
    assert targets_in("2024通过采购雾炮车抑尘降尘服务，持续改善我市空气质量") == []
    assert [t.value for t in targets_in("采购雾炮车2台，作业面积2024平方米")] == [2, 2024]  # with a unit it counts


def test_a_section_title_after_a_goal_heading_is_no_goal():
    # 浮梁县 department form: the title 部门整体绩效目标, then the section 基本信息
    from extractor.document import DocumentBuilder
    from extractor.extractors.goals import extract_goals
    b = DocumentBuilder("form.txt", "text")
    b.add("heading", "部门整体绩效目标", level=1)
    b.add("paragraph", "基本信息")
    assert extract_goals(b.build(pages=1)) == []
