from extractor.checker.rule import Finding
from extractor.document import DocumentBuilder
from extractor.document import Clause
from extractor.graph import schema as S
from extractor.graph.build import build_graph, document_keys
from extractor.graph.query import gaps, reported_actuals, resolve_node, same_class

import pytest

from extractor.graph.query import AmbiguousNode, NodeNotFound


def test_each_declared_indicator_reaches_its_reported_actual_value(project):
    G = build_graph(project)
    declared = {"接入视频点位数量": 1180, "案件按期办结率": 96.5}
    for n in range(1, 5):
        node = f"indicator:zhcg-target-form.xlsx:{n}"
        values = [r["value"] for r in reported_actuals(G, node)]
        name = G.nodes[node]["name"]
        assert values == ([declared[name]] if name in declared else []), name
    # the value comes from the self-assessment through a SAME_AS edge
    reported = reported_actuals(G, "indicator:zhcg-target-form.xlsx:2")[0]
    assert reported["source"] == "zhcg-self-assessment.docx"
    assert G.has_edge("indicator:zhcg-target-form.xlsx:2", "indicator:zhcg-self-assessment.docx:2", key=S.SAME_AS)


def test_documents_of_one_project_share_a_project_node_through_name_and_alias(project):
    G = build_graph(project)
    projects = [n for n, d in G.nodes(data=True) if d["type"] == S.PROJECT]
    assert projects == ["project:智慧城管二期"]
    methods = {u: d["method"] for u, _, k, d in G.in_edges(projects[0], keys=True, data=True) if k == S.ABOUT}
    assert methods == {"doc:zhcg-target-form.xlsx": "name", "doc:zhcg-self-assessment.docx": "name",
                       "doc:plan.txt": "alias"}  # plan.txt says 城管二期, the 项目简称 of the target form


def test_organisation_aliases_merge_into_one_node(project):
    G = build_graph(project)
    orgs = {n: d for n, d in G.nodes(data=True) if d["type"] == S.ORGANISATION}
    assert set(orgs) == {"org:江州市城市管理局", "org:江州市数字城管中心"}
    assert "市城管局" in orgs["org:江州市城市管理局"]["aliases"]
    assert set(G.predecessors("org:江州市城市管理局")) == {"doc:zhcg-target-form.xlsx", "doc:zhcg-self-assessment.docx"}
    assert resolve_node(G, "市城管局") == "org:江州市城市管理局"
    # the responsible unit answers for the project and the goals of the documents naming it
    assert G.has_edge("org:江州市数字城管中心", "project:智慧城管二期", key=S.RESPONSIBLE_FOR)
    assert G.has_edge("org:江州市数字城管中心", "goal:zhcg-self-assessment.docx:1", key=S.RESPONSIBLE_FOR)


def test_gaps_lists_exactly_the_planted_gaps(project, planted_gaps):
    assert {(g.kind, g.node) for g in gaps(build_graph(project))} == planted_gaps


def test_a_report_filling_the_missing_actual_closes_two_gaps(project, planted_gaps):
    from extractor.extraction import Extraction, Fact

    report = Extraction(source="report.pdf", project="智慧城管二期", doc_type="evaluation_report",
                        facts=[Fact(metric="巡查覆盖率", planned=90, actual=92, unit="%")])
    found = {(g.kind, g.node) for g in gaps(build_graph([*project, report]))}
    assert found == planted_gaps - {("indicator_without_evidence", "indicator:zhcg-self-assessment.docx:3"),
                                    ("target_never_reported", "indicator:zhcg-target-form.xlsx:3")}


def test_same_indicator_name_in_another_project_is_not_linked(target_form, self_assessment):
    self_assessment.project = "智慧水务一期"
    self_assessment.fields["项目名称"] = "智慧水务一期"
    G = build_graph([target_form, self_assessment])
    assert same_class(G, "indicator:zhcg-target-form.xlsx:1") == ["indicator:zhcg-target-form.xlsx:1"]


def test_goals_link_to_indicators_inside_and_across_documents(project):
    G = build_graph(project)
    measured = {(u, v): d["method"] for u, v, k, d in G.edges(keys=True, data=True) if k == S.MEASURED_BY}
    assert measured[("goal:zhcg-target-form.xlsx:1", "indicator:zhcg-target-form.xlsx:1")] == "metric"
    assert measured[("goal:zhcg-target-form.xlsx:2", "indicator:zhcg-target-form.xlsx:4")] == "position"
    assert measured[("goal:plan.txt:1", "indicator:zhcg-target-form.xlsx:2")] == "metric"
    assert G.has_edge("subproject:plan.txt:1", "goal:plan.txt:1", key=S.CONTRIBUTES_TO)


def test_findings_become_flagged_nodes_on_the_record_they_name(project):
    findings = [
        Finding(rule="target.missing_unit", severity="warning", message="缺少单位", source="corpus/zhcg-target-form.xlsx",
                item="I4"),
        Finding(rule="coverage.too_few_indicators", severity="warning", message="指标过少", source="plan.txt"),
    ]
    G = build_graph(project, findings=findings)
    flagged = {(u, d["rule"]) for u, v, k, d in G.edges(keys=True, data=True) if k == S.FLAGGED}
    assert flagged == {("indicator:zhcg-target-form.xlsx:4", "target.missing_unit"),
                       ("doc:plan.txt", "coverage.too_few_indicators")}
    assert G.nodes["indicator:zhcg-target-form.xlsx:4"]["flags"] == ["target.missing_unit"]


def test_clauses_of_a_parsed_document_contain_the_records_citing_their_blocks(plan):
    b = DocumentBuilder("plan.txt", "text")
    b.add("heading", "一、总体目标", page=1)
    b.add("paragraph", "引言", page=1)
    b.add("list_item", "（一）办结率", page=1)
    b.add("list_item", "（二）机制", page=1)
    doc = b.build(pages=1)
    doc.clauses = [Clause(ref="#/blocks/0", number="一、", title="总体目标", level=1, block_refs=["#/blocks/1"],
                          children=[Clause(ref="#/blocks/2", number="（一）", title="办结率", level=2),
                                    Clause(ref="#/blocks/3", number="（二）", title="机制", level=2)])]
    G = build_graph([plan], documents=[doc])
    assert G.has_edge("doc:plan.txt", "clause:plan.txt:0", key=S.CONTAINS)
    assert G.has_edge("clause:plan.txt:0", "clause:plan.txt:2", key=S.CONTAINS)
    assert G.has_edge("clause:plan.txt:2", "goal:plan.txt:1", key=S.CONTAINS)  # goal P1 cites #/blocks/2
    assert G.has_edge("clause:plan.txt:3", "goal:plan.txt:2", key=S.CONTAINS)


def test_repeated_file_names_get_distinct_keys():
    assert document_keys(["a/x.pdf", "b/x.pdf", "y.pdf"]) == ["x.pdf", "x.pdf~2", "y.pdf"]


def test_build_does_not_change_its_input(project):
    before = [e.to_dict() for e in project]
    build_graph(project, findings=[Finding(rule="r", severity="info", message="m", source="plan.txt")])
    assert [e.to_dict() for e in project] == before


def test_resolve_node_refuses_unknown_and_ambiguous_names(project):
    G = build_graph(project)
    with pytest.raises(NodeNotFound):
        resolve_node(G, "不存在的指标")
    with pytest.raises(AmbiguousNode) as err:
        resolve_node(G, "接入视频点位数量")
    assert err.value.code == "ambiguous_node"
    assert resolve_node(G, "doc:plan.txt") == "doc:plan.txt"


def test_declared_short_names_join_projects_and_organisations(target_form):
    from extractor.extraction import Extraction, Organisation

    report = Extraction(source="report.pdf", project="智慧城管二期建设项目", doc_type="evaluation_report",
                        organisations=[Organisation(name="江州市城市管理局")],
                        aliases={"城管二期项目": "智慧城管二期建设项目", "城管局": "江州市城市管理局"})
    contract = Extraction(source="contract.docx", project="城管二期项目", fields={"甲方": "城管局"})
    target_form.fields.pop("项目简称")
    G = build_graph([target_form, report, contract])
    assert {u for u, _, k in G.in_edges("project:智慧城管二期", keys=True) if k == "ABOUT"} == {
        "doc:zhcg-target-form.xlsx", "doc:report.pdf", "doc:contract.docx"}
    assert "doc:contract.docx" in set(G.predecessors("org:江州市城市管理局"))


def test_a_renamed_row_is_linked_even_when_the_form_exists_twice(target_form, self_assessment):
    import copy

    twin = copy.deepcopy(target_form)
    twin.source = "corpus/zhcg-target-form.pdf"
    self_assessment.indicators[0].name = "视频点位数量"  # 接入视频点位数量 renamed in the report
    G = build_graph([target_form, twin, self_assessment])
    for source in ("zhcg-target-form.xlsx", "zhcg-target-form.pdf"):
        assert [r["value"] for r in reported_actuals(G, f"indicator:{source}:1")] == [1180]
    assert G.has_edge("indicator:zhcg-target-form.xlsx:1", "indicator:zhcg-self-assessment.docx:1", key=S.ALIAS_OF)


def test_targets_are_not_listed_as_unreported_while_the_project_has_no_report(target_form):
    assert [g.kind for g in gaps(build_graph([target_form]))] == []
