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


def test_a_department_subtotal_row_naming_no_project_opens_no_form():
    # 井研县马踏镇: 820-马踏镇部门 │ 820-马踏镇部门 │ 8,827,620.53 above the projects' rows
    path = REAL / "blind" / "sc-jingyan-mata-town-project-targets.xlsx"
    assert [p.project for p in extract(path).form_parts] == ["村组干部报酬", "基层组织活动经费"]
    assert _dimensions(path) == []


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


# 扎赉特旗人民检察院 (blind27): a department's table, 项目名称 │ … │ 一级指标 │ 二级指标 │ 三级指标 …, one row per
# indicator with each project's name merged down its rows
def test_pattern_7_a_project_name_column_splits_a_department_table_into_forms():
    path = REAL / "blind27" / "nm-zhalaite-procuratorate-targets.xlsx"
    ext = extract(path)
    assert [(p.project, len(p.indicators)) for p in ext.form_parts] == [("业务装备经费", 11), ("办案(业务)经费", 5)]
    findings = check(ext)
    assert _dimensions(path) == ["效益指标", "满意度指标"]  # the second project's block is cut after its 产出 rows
    # 产出指标(50分) is summed per project: the first project's rows add up to it
    assert not [f for f in findings if f.rule == "consistency.score_total.weights"]


# 历城区文化馆 (blind28), 宣城市公安局 (blind27): the page stops in a row of the last heading, before its 分值; the
# heading's other rows are not in the file, so its stated points are not checked against the rows that are
def test_the_heading_the_file_stops_under_is_not_summed():
    for path in (REAL / "blind28" / "sd-licheng-culturalcenter-selfeval.xlsx",
                 REAL / "blind27" / "ah-xuancheng-police-drug-selfeval.xlsx"):
        ext = extract(path)
        assert ext.indicators[-1].weight is None
        assert not [f for f in check(ext) if f.rule == "consistency.score_total.weights"]


def test_a_heading_short_of_its_points_before_the_last_row_is_still_reported():
    from extractor.extraction import Extraction, Indicator

    rows = [Indicator(id="i1", name="培训人次", level1="产出指标", level1_text="产出指标（50分）", weight=20),
            Indicator(id="i2", name="考核合格率", level1="产出指标", level1_text="产出指标（50分）", weight=20),
            Indicator(id="i3", name="持证上岗率", level1="效益指标", level1_text="效益指标（40分）")]
    findings = [f for f in check(Extraction(source="t", indicators=rows)) if f.rule == "consistency.score_total.weights"]
    # 产出 is short of its 50 points; 效益's only row is empty (原州区, blind19): none of its 40 points
    assert [f.numbers["section_points"] for f in findings] == [50.0, 40.0]


def test_rows_without_points_under_a_scored_group_are_no_cut():
    # 萧县杨楼镇 (blind4): 羊养殖数量 closes the file under 补助家畜家禽养殖数量 (the group row holds the 分值)
    ext = extract(REAL / "blind4" / "ah-xiaoxian-yanglou-selfeval.docx")
    assert ext.indicators[-1].weight is None
    assert [f.numbers["section_points"] for f in check(ext) if f.rule == "consistency.score_total.weights"] == [50.0]


# 紫金县司法局 (blind28): "3.绩效目标" holds the reviewer's judgement (绩效目标设置合理), the goal is under (2)目标设置
def test_pattern_10_a_judgement_of_the_goals_is_no_goal_and_the_goal_setting_section_is_one():
    ext = extract(REAL / "blind28" / "gd-zijin-legal-adviser-selfreport.docx")
    assert [g.text[:6] for g in ext.goals] == ["组织律师进村"]  # the section ends at (3)保障措施
    assert [f.rule for f in check(ext) if f.rule.startswith("goal.")] == ["goal.unquantified"]


# 重庆 科学城融媒体中心 (blind21, PDF): the header "指标权重(分)" wrapped by the export, "指标权重(分" above ") 2"
def test_pattern_5_a_header_whose_bracket_the_line_wrap_left_open_keeps_its_role():
    from extractor.extractors.forms.headers import cell_role

    assert (cell_role("指标权重(分"), cell_role("指标得分(分")) == ("weight", "score")


def test_the_real_pdf_reads_the_weights_and_scores_under_wrapped_headers():
    ext = extract(REAL / "blind21" / "cq-kxc-media-dept-selfeval.pdf")
    first = ext.indicators[0]
    assert (first.name, first.weight, first.score) == ("财政供养人员控制率", 2, 2)  # its cells read ") 2"
    assert sum(i.weight for i in ext.indicators if i.weight is not None) == 70


# 重庆 department self-evaluations (blind21), 原州区 马铃薯 (blind7): the form states 自评总分 97.6 at its head and the
# file stops after rows worth 70 points; the rows cannot reach the total, which is what a reviewer reads first
def _scored(weights_and_scores, fields):
    from extractor.extraction import Extraction, Indicator

    levels = [("产出指标", "数量指标"), ("效益指标", "社会效益指标"), ("满意度指标", "服务对象满意度指标")]
    rows = [Indicator(id=f"i{k}", name=f"指标{k}", level1=levels[k % 3][0], level2=levels[k % 3][1], value=1,
                      unit="个", weight=w, score=s) for k, (w, s) in enumerate(weights_and_scores)]
    return Extraction(source="t", indicators=rows, fields=fields)


def test_a_stated_total_the_rows_cannot_reach_is_one_finding():
    ext = _scored([(30, 30), (20, 20), (20, 20)], {"自评总分(分)": "97.6"})
    found = [f for f in check(ext) if f.rule.startswith("consistency.score_total")]
    assert [(f.rule, f.numbers["stated_total"], f.numbers["computed_total"]) for f in found] == [
        ("consistency.score_total.scores", 97.6, 70)]


def test_a_stated_total_within_the_rows_and_the_money_block_leaves_the_weights_finding():
    ext = _scored([(30, 30), (20, 20), (20, 20)], {"自评总分": "80"})  # 70 + 10 执行率 points can make 80
    assert [f.rule for f in check(ext) if f.rule.startswith("consistency.score_total")] == [
        "consistency.score_total.weights"]


def test_a_stated_total_in_a_table_row_is_a_header_field():
    from extractor.document import DocumentBuilder
    from extractor.extractors import header_fields

    builder = DocumentBuilder("t.pdf", "pdf")
    builder.add("table", "", rows=[["主管部门", "财政处室", "财政处室", "自评总分(分)", "自评总分(分)", "97.6", "97.6"],
                                   ["指标", "总分", "得分"], ["总分", "100", "得分", "93.9"]])  # 总分 │ 100: points available
    assert header_fields(builder.build(pages=1)) == {"主管部门": "财政处室", "自评总分(分)": "97.6"}


def test_the_real_pdf_states_its_total_in_a_table_row():
    ext = extract(REAL / "blind21" / "cq-kxc-media-dept-selfeval.pdf")
    assert ext.fields["自评总分(分)"] == "97.6"
    assert [f.rule for f in check(ext) if f.rule.startswith("consistency.score_total")] == [
        "consistency.score_total.scores"]
