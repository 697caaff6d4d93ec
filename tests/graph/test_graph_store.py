import sqlite3

import networkx as nx
import pytest

from extractor.graph.build import build_graph
from extractor.graph.query import AmbiguousNode, NodeNotFound, gaps, shortest_path
from extractor.graph.store import (
    StoreDamaged,
    StoreMissing,
    edges_of,
    find,
    get_node,
    load_graph,
    open_store,
    path,
    read_gaps,
    read_stats,
    resolve,
    save_graph,
)


@pytest.fixture
def stored(project, tmp_path):
    G = build_graph(project)
    save_graph(G, tmp_path / "out")
    return G, tmp_path / "out"


def test_store_round_trips_nodes_edges_and_attributes(stored):
    G, out = stored
    H = load_graph(out)
    assert dict(H.nodes(data=True)) == dict(G.nodes(data=True))
    assert sorted(H.edges(keys=True, data=True)) == sorted(G.edges(keys=True, data=True))


def test_stored_gaps_and_stats_equal_the_graph_functions(stored):
    G, out = stored
    conn = open_store(out)
    assert [(r["kind"], r["node"]) for r in read_gaps(conn)] == [(g.kind, g.node) for g in gaps(G)]
    assert read_stats(conn)["nodes"] == G.number_of_nodes()
    assert [r["node"] for r in read_gaps(conn, kind="subproject_without_goal")] == ["subproject:plan.txt:2"]


def test_get_node_carries_the_reported_actual_values(stored):
    conn = open_store(stored[1])
    node = get_node(conn, "indicator:zhcg-target-form.xlsx:1")
    assert node["name"] == "接入视频点位数量" and node["value"] == 1200
    assert [r["value"] for r in node["reported"]] == [1180]
    assert get_node(conn, "nope") is None


def test_find_by_name_alias_substring_and_id_prefix(stored):
    conn = open_store(stored[1])
    assert [r["id"] for r in find(conn, "市城管局")] == ["org:江州市城市管理局"]
    assert {r["id"] for r in find(conn, "视频点位", node_type="Indicator")} == {
        "indicator:zhcg-target-form.xlsx:1", "indicator:zhcg-self-assessment.docx:1"}
    assert [r["id"] for r in find(conn, "doc:plan")] == ["doc:plan.txt"]
    assert find(conn, "ＰＬＡＮ．ＴＸＴ")[0]["id"] == "doc:plan.txt"  # full-width, upper case
    assert len(find(conn, "城管", limit=2)) == 2


def test_resolve_by_id_or_unambiguous_name(stored):
    conn = open_store(stored[1])
    assert resolve(conn, "市城管局") == "org:江州市城市管理局"
    assert resolve(conn, "doc:plan.txt") == "doc:plan.txt"
    with pytest.raises(AmbiguousNode):
        resolve(conn, "案件按期办结率")
    with pytest.raises(NodeNotFound):
        resolve(conn, "没有")


def test_edges_of_filters_by_node_and_edge_type(stored):
    conn = open_store(stored[1])
    rows = edges_of(conn, "project:智慧城管二期", node_type="Document")
    assert {r["node"] for r in rows} == {"doc:zhcg-target-form.xlsx", "doc:zhcg-self-assessment.docx", "doc:plan.txt"}
    assert all(r["direction"] == "in" and r["edge"] == "ABOUT" for r in rows)
    same = edges_of(conn, "indicator:zhcg-self-assessment.docx:2", edge_type="SAME_AS")
    assert [(r["direction"], r["node"]) for r in same] == [("in", "indicator:zhcg-target-form.xlsx:2")]


def test_sql_path_is_as_short_as_networkx(stored):
    G, out = stored
    conn = open_store(out)
    for a, b in [("indicator:zhcg-target-form.xlsx:4", "org:江州市数字城管中心"),
                 ("subproject:plan.txt:2", "indicator:zhcg-self-assessment.docx:3")]:
        found = path(conn, a, b)
        assert found[0] == a and found[-1] == b
        assert len(found) == len(shortest_path(G, a, b))
        assert all(G.has_edge(u, v) or G.has_edge(v, u) for u, v in zip(found, found[1:]))
    assert path(conn, "doc:plan.txt", "org:江州市城市管理局", directed=True) == []
    directed = path(conn, "org:江州市城市管理局", "indicator:zhcg-self-assessment.docx:2", directed=True)
    assert len(directed) == len(nx.shortest_path(G, "org:江州市城市管理局", "indicator:zhcg-self-assessment.docx:2"))
    assert all(G.has_edge(u, v) for u, v in zip(directed, directed[1:]))


def test_missing_or_foreign_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreMissing) as err:
        open_store(tmp_path)
    assert err.value.code == "store_missing"
    bogus = tmp_path / "x.sqlite"
    sqlite3.connect(bogus).execute("CREATE TABLE t (a)").connection.commit()
    with pytest.raises(StoreDamaged) as err:
        open_store(bogus)
    assert err.value.code == "store_damaged" and "no table meta" in err.value.message


def test_rebuilding_replaces_the_store(project, tmp_path):
    save_graph(build_graph(project), tmp_path)
    save_graph(build_graph(project[:1]), tmp_path)
    assert read_stats(open_store(tmp_path))["node_types"]["Document"] == 1


def test_graph_and_store_answer_neighbours_and_find_alike(stored):
    from extractor.graph.query import find_nodes, neighbors

    G, out = stored
    conn = open_store(out)
    for node in ("indicator:zhcg-target-form.xlsx:2", "org:江州市城市管理局", "doc:plan.txt"):
        for kw in ({}, {"node_type": "Document"}, {"edge_type": "SAME_AS"}, {"node_type": "Goal", "edge_type": "CONTAINS"}):
            graph_rows = {(r["direction"], r["edge"], r["node"]) for r in neighbors(G, node, **kw)}
            store_rows = {(r["direction"], r["edge"], r["node"]) for r in edges_of(conn, node, **kw)}
            assert graph_rows == store_rows, (node, kw)
    assert neighbors(G, "doc:plan.txt", edge_type="ABOUT") == [
        {"direction": "out", "edge": "ABOUT", "node": "project:智慧城管二期", "type": "Project", "name": "2024年度智慧城管（二期）建设项目"}]
    assert find_nodes(G, "市城管局") == ["org:江州市城市管理局"]  # an alias, exactly
    assert find_nodes(G, "视频点位", node_type="Indicator") == [
        "indicator:zhcg-target-form.xlsx:1", "indicator:zhcg-self-assessment.docx:1"]  # inside the names
    assert find_nodes(G, "培训人次")[0] == "indicator:zhcg-target-form.xlsx:4"  # exact before partial
    assert find_nodes(G, "城管", limit=3) == find_nodes(G, "城管")[:3] and len(find_nodes(G, "城管", limit=3)) == 3
    assert find_nodes(G, "不存在的名字") == []


def test_a_target_without_its_text_is_described_by_its_value(project):
    project[0].indicators[3].target_text = None  # 培训人次 ≥ 300 人次, never reported
    found = {g.node: g.detail for g in gaps(build_graph(project)) if g.kind == "target_never_reported"}
    assert found["indicator:zhcg-target-form.xlsx:4"] == ">=300人次"
    project[0].indicators[3].value = None  # declares nothing any more: no gap
    assert "indicator:zhcg-target-form.xlsx:4" not in {g.node for g in gaps(build_graph(project))}
