from __future__ import annotations

import pytest

from extractor.reports.coverage import DIMENSIONS, achievement, build_report, dimension_of


@pytest.mark.parametrize(
    "level1, level2, dimension",
    [
        ("产出指标", "数量指标", "数量"),
        ("产出指标", "质量指标", "质量"),
        ("产出指标", "时效指标", "时效"),
        ("产出指标", "成本指标", "成本"),
        ("成本指标", "经济成本指标", "成本"),
        ("效益指标", "社会效益指标", "效益"),
        ("效益指标", "可持续影响指标", "效益"),
        ("满意度指标", "服务对象满意度指标", "满意度"),
        (None, None, None),
    ],
)
def test_dimension_of_the_framework_names(level1, level2, dimension):
    assert dimension_of(level1, level2) == dimension


@pytest.mark.parametrize(
    "ind, expected",
    [
        ({"operator": ">=", "value": 95.0, "actual": 96.0}, "达成"),
        ({"operator": ">=", "value": 95.0, "actual": 90.0}, "未达成"),
        ({"operator": "<=", "value": 3.0, "actual": 2.0}, "达成"),
        ({"operator": "range", "value": 1.0, "upper": 3.0, "actual": 4.0}, "未达成"),
        ({"operator": ">=", "value": 95.0, "actual": None}, ""),
        ({"operator": None, "value": 95.0, "actual": 96.0}, ""),
    ],
)
def test_achievement_compares_actual_with_the_declared_target(ind, expected):
    assert achievement(ind) == expected


def test_overview_counts_match_the_results(results):
    data = build_report(results)
    overview = dict(data.overview)
    assert overview["文件总数"] == len(results)
    assert overview["其中失败"] == sum(r.status == "failed" for r in results)
    assert overview["绩效指标数"] == sum(len((r.extraction or {}).get("indicators") or []) for r in results)
    # a problem that copies of one submission (DOCX and its PDF) share is counted once
    assert overview["问题总数"] == len(data.findings) + len(data.info_findings) == int(data.rule_counts["问题数"].sum())
    listed = sum(len(f.split("、")) for f in [*data.findings["文件"], *data.info_findings["文件"]])
    assert listed == sum(len(r.findings) for r in results)
    assert overview["识别的项目数"] == len(data.projects[data.projects["项目"] != "（未识别项目）"])


def test_matrix_per_project_has_one_column_per_goal(results):
    data = build_report(results)
    projects = [m.project for m in data.matrices]
    assert "智慧城管二期" in projects
    zhcg = next(m for m in data.matrices if m.project == "智慧城管二期")
    goal_labels = list(zhcg.goals["目标"])
    assert [c for c in zhcg.matrix.columns if c.startswith("目标")] == goal_labels
    # the PDF printed from the self-assessment DOCX is the same submission: its indicators are not repeated
    # and an indicator both documents state alike (levels, name, target) is one row naming both files
    distinct = {(i["level1"], i["level2"], "".join((i["name"] or "").split()), "".join((i["target_text"] or "").split()))
                for r in results
                if r.extraction and r.extraction.get("project") == "智慧城管二期" and r.file != "zhcg-self-assessment.pdf"
                for i in r.extraction["indicators"]}
    files = {f for cell in zhcg.matrix["文件"] for f in cell.split("、")}
    assert files == {"zhcg-self-assessment.docx", "zhcg-target-form.xlsx"}
    assert len(zhcg.matrix) == len(distinct)
    # the goal legend's counts agree with the marks in the matrix
    for label, count in zip(zhcg.goals["目标"], zhcg.goals["关联指标数"]):
        assert (zhcg.matrix[label] == "●").sum() == count


def test_dimension_table_has_the_six_dimensions(results):
    data = build_report(results)
    assert [c for c in data.dimensions.columns if c in DIMENSIONS] == list(DIMENSIONS)


def test_the_batch_graph_gives_the_same_report_as_a_graph_built_for_it(results, tmp_path):
    from extractor.reports.write import write_graph

    own, shared = build_report(results), build_report(results, graph=write_graph(tmp_path, results))
    for name in ("findings", "info_findings", "indicators", "projects", "gaps"):
        a, b = getattr(own, name), getattr(shared, name)
        assert a.drop(columns="_links", errors="ignore").equals(b.drop(columns="_links", errors="ignore")), name


def test_matrix_does_not_grow_with_copies_of_one_submission(results):
    """Twenty resubmissions of one form under other names: the matrix keeps its rows and goal columns
    (each row names its files, shortened), so the report grows linearly with the folder, not quadratically."""
    from dataclasses import replace

    base = build_report(results)
    form = next(r for r in results if r.file == "zhcg-target-form.xlsx")
    copies = [replace(form, file=f"resubmitted/zhcg-target-form-{k:02d}.xlsx") for k in range(20)]
    grown = build_report([*results, *copies])
    before = next(m for m in base.matrices if m.project == "智慧城管二期")
    after = next(m for m in grown.matrices if m.project == "智慧城管二期")
    assert len(after.matrix) == len(before.matrix)
    assert list(after.goals["目标"]) == list(before.goals["目标"])
    assert any("等21个文件" in cell for cell in after.matrix["文件"])
