"""Sub-projects of an implementation plan linked to the goals they serve and to the units leading them,
and a target form + self-assessment of the same project reporting the plan's goals.

Built here: the plan 实施方案 has goals 1–3 and four sub-projects —
(一) 平台升级 cites 目标1 (explicit, by record id) and 目标2 (explicit, by number only: 2 for goal （二）);
(二) 视频扩容 serves goal 1 by content evidence (confidence 0.7);
(三) 培训 cites 目标9, which does not exist;
(四) 运维 has no link at all.
So goal 3 has no sub-project, and 培训 and 运维 serve no goal.
"""
import json

import pytest
from click.testing import CliRunner

from extractor.checker.rule import Finding
from extractor.cli import cli
from extractor.extraction import Extraction, Goal, GoalLink, Indicator, Organisation, SubProject, Target
from extractor.graph import schema as S
from extractor.graph.build import build_graph
from extractor.graph.query import declared_targets, gap_rows, gaps
from extractor.graph.store import save_graph

PROJECT = "智慧政务一网通办"


def _goal(n, text, metric=None, value=None, unit=None, number=None):
    targets = [Target(metric=metric, operator=">=", value=value, unit=unit)] if metric else []
    return Goal(id=f"G{n}", kind="具体目标", text=text, quantified=bool(metric), targets=targets, number=number or str(n),
                refs=[f"#/blocks/{n}"], page=1)


@pytest.fixture
def plan_docs():
    plan = Extraction(
        source="plans/zhengwu-plan.docx", project=PROJECT, doc_type="plan",
        fields={"主管部门": "江州市政务服务管理办公室"},
        goals=[
            _goal(1, "政务服务事项网上可办率达到95%以上。", "网上可办率", 95, "%"),
            _goal(2, "建成统一身份认证平台，接入部门系统30个。", "接入部门系统", 30, "个", number="（二）"),
            _goal(3, "群众满意度不低于90%。", "群众满意度", 90, "%"),
        ],
        subprojects=[
            SubProject(id="S1", name="政务服务平台升级", number="（一）", investment=1200.0, investment_unit="万元",
                       lead_units=["市大数据局"], partner_units=["江州市政务服务管理办公室"], origin="section",
                       summary="升级政务服务平台，统一身份认证。", period="2024年12月底前", refs=["#/blocks/10"],
                       goal_links=[GoalLink(goal_id="G1", method="explicit", confidence=1.0,
                                            reference="对应具体目标第1、2项", goal_number="1"),
                                   GoalLink(goal_id=None, method="explicit", confidence=1.0,
                                            reference="对应具体目标第1、2项", goal_number="2")]),
            SubProject(id="S2", name="视频会商系统扩容", number="（二）", investment=300.0, investment_unit="万元",
                       lead_units=["江州市大数据管理局"], origin="section",
                       goal_links=[GoalLink(goal_id="G1", method="content", confidence=0.7,
                                            reference="网上可办率")]),
            SubProject(id="S3", name="窗口人员培训", number="（三）", origin="section",
                       goal_links=[GoalLink(goal_id=None, method="explicit", confidence=1.0,
                                            reference="支撑目标九", goal_number="9")]),
            SubProject(id="S4", name="机房运维", number="（四）", origin="section"),
        ],
        organisations=[Organisation(name="江州市大数据管理局", aliases=["市大数据局"])],
    )
    target_form = Extraction(
        source="forms/zhengwu-target-form.xlsx", project=f"2024年度{PROJECT}项目", doc_type="target_form",
        fields={"主管部门": "江州市政务服务管理办公室"},
        indicators=[Indicator(id="I1", name="网上可办率", level1="产出指标", level2="质量指标", operator=">=", value=95,
                              unit="%", target_text="≥95%", refs=["#/blocks/4"], row=1)],
    )
    report = Extraction(
        source="forms/zhengwu-self-assessment.docx", project=PROJECT, doc_type="self_assessment",
        fields={"主管部门": "江州市政务服务管理办公室"},
        indicators=[Indicator(id="I1", name="网上可办率", level1="产出指标", level2="质量指标", operator=">=", value=95,
                              unit="%", target_text="≥95%", actual=97.2, actual_text="97.2%", page=3,
                              refs=["#/blocks/21"], row=4)],
    )
    return [plan, target_form, report]


@pytest.fixture
def findings():
    return [Finding(rule="goal.unmeasured", severity="warning", message="目标缺少可衡量的指标", source="zhengwu-plan.docx",
                    item="G2")]


def _edges(G, etype):
    return {(u, v): d for u, v, k, d in G.edges(keys=True, data=True) if k == etype}


def test_goal_links_become_contributes_to_edges_with_method_confidence_and_reference(plan_docs):
    G = build_graph(plan_docs)
    links = _edges(G, S.CONTRIBUTES_TO)
    sub = "subproject:zhengwu-plan.docx:{}".format
    goal = "goal:zhengwu-plan.docx:{}".format
    assert set(links) == {(sub(1), goal(1)), (sub(1), goal(2)), (sub(2), goal(1))}
    assert links[sub(1), goal(2)] == {"type": S.CONTRIBUTES_TO, "method": "explicit", "confidence": 1.0,
                                      "reference": "对应具体目标第1、2项", "goal_number": "2"}  # found by number
    assert (links[sub(2), goal(1)]["method"], links[sub(2), goal(1)]["confidence"]) == ("content", 0.7)
    node = G.nodes[sub(1)]
    assert (node["number"], node["investment"], node["investment_unit"], node["origin"]) == ("（一）", 1200.0, "万元",
                                                                                            "section")
    assert G.nodes[sub(3)]["unresolved_goal_links"][0]["goal_number"] == "9"


@pytest.mark.parametrize("written", ["2", "（二）", "二", "2.", "第2项", "二、"])
def test_a_goal_number_is_cited_in_any_of_its_written_forms(written):
    from extractor.graph.build import goal_number_key

    assert goal_number_key(written) == "2"
    assert goal_number_key("（三）") != goal_number_key(written)


def test_lead_and_partner_units_are_responsible_for_their_sub_projects(plan_docs):
    G = build_graph(plan_docs)
    roles = {(u, v): d.get("role") for (u, v), d in _edges(G, S.RESPONSIBLE_FOR).items()
             if G.nodes[v]["type"] == S.SUBPROJECT}
    bureau, office = "org:江州市大数据管理局", "org:江州市政务服务管理办公室"
    assert roles[bureau, "subproject:zhengwu-plan.docx:1"] == "lead"  # 市大数据局 is the bureau's short name
    assert roles[bureau, "subproject:zhengwu-plan.docx:2"] == "lead"
    assert roles[office, "subproject:zhengwu-plan.docx:1"] == "partner"  # also the plan's 主管部门: role overridden
    assert ("org:市大数据局", "subproject:zhengwu-plan.docx:1") not in roles


def test_gaps_list_goals_without_sub_projects_and_sub_projects_without_goals(plan_docs):
    found = {(g.kind, g.node): g.detail for g in gaps(build_graph(plan_docs))}
    assert {k for k in found if k[0] in (S.GAP_GOAL_WITHOUT_SUBPROJECT, S.GAP_SUBPROJECT_WITHOUT_GOAL)} == {
        (S.GAP_GOAL_WITHOUT_SUBPROJECT, "goal:zhengwu-plan.docx:3"),
        (S.GAP_SUBPROJECT_WITHOUT_GOAL, "subproject:zhengwu-plan.docx:3"),
        (S.GAP_SUBPROJECT_WITHOUT_GOAL, "subproject:zhengwu-plan.docx:4"),
    }
    assert found[S.GAP_SUBPROJECT_WITHOUT_GOAL, "subproject:zhengwu-plan.docx:3"] == "cites no existing goal: 支撑目标九"
    rows = gap_rows(build_graph(plan_docs), kinds=(S.GAP_GOAL_WITHOUT_SUBPROJECT,))
    assert [(r["name"], r["source"]) for r in rows] == [("群众满意度不低于90%。", "zhengwu-plan.docx")]


def test_these_gap_kinds_need_sub_projects_or_goals_in_the_project(plan_docs):
    plan, target_form, report = plan_docs
    no_subprojects = Extraction(source="p.docx", project="另一个项目", goals=[_goal(1, "完成建设。")])
    no_goals = Extraction(source="q.docx", project="第三个项目", subprojects=[SubProject(id="S1", name="机房运维")])
    kinds = {g.kind for g in gaps(build_graph([target_form, report, no_subprojects, no_goals]))}
    assert not kinds & {S.GAP_GOAL_WITHOUT_SUBPROJECT, S.GAP_SUBPROJECT_WITHOUT_GOAL}


def test_declared_targets_carry_the_actual_reported_elsewhere(plan_docs):
    rows = declared_targets(build_graph(plan_docs))
    assert [(r["source"], r["name"], r["target"]) for r in rows] == [("zhengwu-target-form.xlsx", "网上可办率", "≥95%")]
    assert [(r["value"], r["source"], r["page"], r["ref"]) for r in rows[0]["reported"]] == [
        (97.2, "zhengwu-self-assessment.docx", 3, "#/blocks/21")]


@pytest.fixture
def store(plan_docs, findings, tmp_path):
    out = tmp_path / "out"
    save_graph(build_graph(plan_docs, findings=findings), out)
    return out


def show(store, node, fmt="json"):
    result = CliRunner().invoke(cli, ["graph", "show", node, "--store", str(store), "--format", fmt],
                                env={"COLUMNS": "240"})  # wide enough that no cell is folded
    assert result.exit_code == 0, result.output
    return json.loads(result.output) if fmt == "json" else result.output


def test_show_sub_project_lists_the_goals_it_serves_with_their_reference_and_its_units(store):
    data = show(store, "政务服务平台升级")
    assert [(s["goal"], s["method"], s["reference"]) for s in data["serves"]] == [
        ("goal:zhengwu-plan.docx:1", "explicit", "对应具体目标第1、2项"),
        ("goal:zhengwu-plan.docx:2", "explicit", "对应具体目标第1、2项")]
    assert {(u["name"], u["role"]) for u in data["units"]} == {("江州市大数据管理局", "lead"), ("江州市政务服务管理办公室", "partner")}
    assert data["investment"] == 1200.0 and data["lead_units"] == ["市大数据局"]
    table = show(store, "政务服务平台升级", fmt="table")
    assert "goals served" in table and "对应具体目标第1、2项" in table and "1200" in table


def test_show_goal_lists_sub_projects_indicators_reported_actuals_and_findings(store):
    goal = show(store, "goal:zhengwu-plan.docx:1")
    assert [(s["subproject"], s["method"], s["confidence"]) for s in goal["subprojects"]] == [
        ("subproject:zhengwu-plan.docx:1", "explicit", 1.0), ("subproject:zhengwu-plan.docx:2", "content", 0.7)]
    assert [i["indicator"] for i in goal["indicators"]] == ["indicator:zhengwu-target-form.xlsx:1"]  # another document
    assert [(r["value"], r["source"], r["page"], r["ref"]) for r in goal["reported"]] == [
        (97.2, "zhengwu-self-assessment.docx", 3, "#/blocks/21")]
    flagged = show(store, "goal:zhengwu-plan.docx:2")
    assert [(f["rule"], f["message"]) for f in flagged["findings"]] == [("goal.unmeasured", "目标缺少可衡量的指标")]
    table = show(store, "goal:zhengwu-plan.docx:1", fmt="table")
    assert "sub-projects" in table and "reported actual values" in table and "zhengwu-self-assessment.docx" in table


def test_sub_projects_named_in_several_documents_are_one_class(plan_docs):
    plan = plan_docs[0]
    report = Extraction(  # the self-assessment's 子项目完成情况 rows; the project named only in its fields
        source="forms/zhengwu-subproject-report.docx", project=None, doc_type="self_assessment",
        fields={"项目名称": PROJECT, "主管部门": "江州市政务服务管理办公室"},
        subprojects=[SubProject(id="R1", name="政务服务平台升级", origin="report_row"),
                     SubProject(id="R2", name="机房运维项目", aliases=["机房运维"], origin="report_row"),
                     SubProject(id="R3", name="档案数字化", origin="report_row")])
    G = build_graph([plan, report])
    sub, row = "subproject:zhengwu-plan.docx:{}".format, "subproject:zhengwu-subproject-report.docx:{}".format
    joined = {(u, v): k for u, v, k in G.edges(keys=True) if k in S.SYMMETRIC_EDGES}
    assert joined == {(sub(1), row(1)): S.SAME_AS, (sub(4), row(2)): S.ALIAS_OF}  # the plan declares: canonical
    assert G.has_edge("doc:zhengwu-subproject-report.docx", f"project:{PROJECT}", key=S.ABOUT)
    unserved = {g.node for g in gaps(G) if g.kind == S.GAP_SUBPROJECT_WITHOUT_GOAL}
    assert row(1) not in unserved  # its twin in the plan serves goals 1 and 2
    assert {row(2), row(3), sub(4)} <= unserved
