"""Patterns found in the eleventh session (blind28–30 after their first run, and the earlier parts' forms that hold
several projects), on files built here and on the parts' own files."""
from __future__ import annotations

import json
from pathlib import Path

from extractor import check, extract
from extractor.extractors.doctype import is_form_title
from extractor.extractors.goals import targets_in

REAL = Path(__file__).resolve().parents[2] / "corpora" / "real_layouts"


# 炉霍县 自评表: "对0-6岁适龄儿童继续开展常规免疫接种" names who is served; the age is no target of the goal
def test_pattern_10_an_age_before_the_people_it_qualifies_is_no_target():
    assert targets_in("对0-6岁适龄儿童继续开展常规免疫接种") == []
    assert targets_in("为辖区35岁以上高血压患者提供规范化管理服务") == []


def test_an_age_that_ends_its_clause_is_a_target():
    (target,) = targets_in("人均预期寿命提高到78.5岁。")
    assert (target.value, target.unit) == (78.5, "岁")


def test_the_real_goal_with_only_an_age_is_unquantified():
    ext = extract(REAL / "blind29" / "sc-luhuo-epidemic-transfer-selfeval.xlsx")
    first = next(g for g in ext.goals if "0-6岁" in g.text)
    assert not first.quantified
    assert any(f.rule == "goal.unquantified" and f.item == first.id for f in check(ext))


# 邵阳市疾控中心: "2021年项目绩效自评报告表" is a form (湖南's title for a 自评表); cut before its indicator rows, it
# lacks every dimension
def test_pattern_8_a_self_evaluation_report_form_title_is_a_form_title():
    assert is_form_title("2021年项目绩效自评报告表")
    assert not is_form_title("2021年项目绩效自评报告")


def test_the_real_report_form_cut_before_its_indicators_lacks_every_dimension():
    ext = extract(REAL / "blind29" / "hn-shaoyang-cdc-selfeval-form.docx")
    assert ext.forms_without_indicators == ["2021年项目绩效自评报告表"]
    dimensions = sorted(f.numbers["dimension"] for f in check(ext) if f.rule == "coverage.missing_dimension")
    assert dimensions == ["产出指标", "效益指标", "满意度指标"]


# 潼南区五桂镇 (blind25), 天津市河北区人民法院 (blind27), 大英县 (blind23, blind26): one file, the forms of several
# projects; coverage is judged form by form
def _two_projects(second_rows: list[list]) -> list[list]:
    header = ["一级指标", "二级指标", "三级指标", "指标值"]
    return [["项目名称", "办公楼维修", "办公楼维修", "办公楼维修"], header,
            ["产出指标", "数量指标", "维修面积", "≥400平方米"],
            ["效益指标", "社会效益指标", "安全隐患排除率", "100%"],
            ["满意度指标", "服务对象满意度指标", "干警满意度", "≥95%"],
            ["项目名称", "陪审员补助", "陪审员补助", "陪审员补助"], *second_rows]


def _dimensions(path) -> list[str]:
    return sorted(f.numbers["dimension"] for f in check(extract(path)) if f.rule == "coverage.missing_dimension")


def test_pattern_2_a_second_projects_form_without_satisfaction_lacks_it_though_the_first_has_it(tmp_path):
    from tests.extractors.test_form_patterns import write_xlsx

    second = [["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "参审案件数量", "≥900件"],
              ["效益指标", "社会效益指标", "案件调解率", "≥90%"]]
    path = write_xlsx(tmp_path / "two.xlsx", _two_projects(second))
    ext = extract(path)
    assert [(p.project, len(p.indicators)) for p in ext.form_parts] == [("办公楼维修", 3), ("陪审员补助", 2)]
    assert _dimensions(path) == ["满意度指标"]


def test_the_last_projects_form_cut_before_its_indicators_lacks_every_dimension(tmp_path):
    from tests.extractors.test_form_patterns import write_xlsx

    rows = _two_projects([["预算数", "24.00", "", ""]])
    rows.insert(5, ["项目支出绩效目标表"] * 4)  # the next form's title, then its 项目名称, then the file stops
    path = write_xlsx(tmp_path / "cut.xlsx", rows)
    assert _dimensions(path) == ["产出指标", "效益指标", "满意度指标"]


def test_a_funds_table_headed_project_name_opens_no_form():
    # 大英县 自评报告: 项目名称 │ 中央、省、市（州）、县级财政资金 │ 资金计划 │ 资金到位情况 heads a funds table
    path = REAL / "sc-daying-consumer-selfreport.docx"
    assert extract(path).form_parts == [] and _dimensions(path) == []


def test_rows_before_the_first_project_name_are_not_judged_as_a_form():
    ext = extract(REAL / "blind12" / "sc-daying-justice-selfeval.xlsx")
    assert [p.project is None for p in ext.form_parts] == [True, False]
    assert _dimensions(REAL / "blind12" / "sc-daying-justice-selfeval.xlsx") == ["效益指标", "满意度指标"]


def test_one_project_named_again_on_the_next_page_is_one_form(tmp_path):
    from tests.extractors.test_form_patterns import write_xlsx

    rows = _two_projects([["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"]])
    rows[5] = ["项目名称", "办公楼维修", "办公楼维修", "办公楼维修"]
    ext = extract(write_xlsx(tmp_path / "repeated.xlsx", rows))
    assert ext.form_parts == [] and _dimensions(tmp_path / "repeated.xlsx") == []


def test_the_real_three_forms_on_one_sheet_are_judged_each():
    for name in ("cq-tongnan-wugui-targets.xlsx", "cq-tongnan-wugui-targets.pdf"):
        ext = extract(REAL / "blind25" / name)
        assert [len(p.indicators) for p in ext.form_parts] == [5, 5, 0]  # no 表十二 row from the third form's title
        assert _dimensions(REAL / "blind25" / name) == ["产出指标", "效益指标", "满意度指标", "满意度指标"]


def test_a_saved_extraction_keeps_its_forms_and_their_findings():
    from extractor.extraction import Extraction

    ext = extract(REAL / "blind25" / "cq-tongnan-wugui-targets.xlsx")
    saved = Extraction.from_dict(json.loads(ext.to_json()))
    assert saved.form_parts == ext.form_parts
    assert [(f.rule, f.evidence) for f in check(saved)] == [(f.rule, f.evidence) for f in check(ext)]
