import csv
import json

import networkx as nx

from extractor.graph.build import build_graph
from extractor.graph.export import cypher_string, cypher_value, export_graph


def test_graphml_reads_back_with_every_node_and_edge(project, tmp_path):
    G = build_graph(project)
    (path,) = export_graph(G, "graphml", tmp_path / "g.graphml")
    H = nx.read_graphml(path)
    assert H.number_of_nodes() == G.number_of_nodes() and H.number_of_edges() == G.number_of_edges()
    org = H.nodes["org:江州市城市管理局"]
    assert org["type"] == "Organisation" and "市城管局" in json.loads(org["aliases"])
    assert H.nodes["indicator:zhcg-target-form.xlsx:1"]["value"] == 1200
    assert H.nodes["indicator:zhcg-self-assessment.docx:2"]["actual"] == 96.5


def test_node_link_json_round_trips(project, tmp_path):
    G = build_graph(project)
    (path,) = export_graph(G, "json", tmp_path / "g.json")
    H = nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="edges")
    assert dict(H.nodes(data=True)) == dict(G.nodes(data=True))
    assert sorted(H.edges(keys=True)) == sorted(G.edges(keys=True))


def test_neo4j_files_have_import_headers_and_escaped_values(project, tmp_path):
    project[0].indicators[0].name = '接入"视频"点位\n数量'
    G = build_graph(project)
    files = export_graph(G, "neo4j", tmp_path / "neo4j")
    names = {f.name for f in files}
    assert {"nodes_Indicator.csv", "edges_SAME_AS.csv", "import.sh", "import.cypher"} <= names
    with (tmp_path / "neo4j" / "nodes_Indicator.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    header = list(rows[0])
    assert header[:3] == ["id:ID", ":LABEL", "name"] and "actual:double" in header and "refs:string[]" in header
    assert rows[0]["name"] == '接入"视频"点位\n数量'
    assert len(rows) == sum(1 for _, d in G.nodes(data=True) if d["type"] == "Indicator")
    with (tmp_path / "neo4j" / "edges_SAME_AS.csv").open(encoding="utf-8", newline="") as fh:
        edges = list(csv.reader(fh))
    assert edges[0][:3] == [":START_ID", ":END_ID", ":TYPE"] and len(edges) - 1 == 3
    cypher = (tmp_path / "neo4j" / "import.cypher").read_text(encoding="utf-8")
    assert "name`: '接入\"视频\"点位\\n数量'" in cypher
    assert cypher.count("\n") == len(set(d["type"] for _, d in G.nodes(data=True))) + G.number_of_nodes() + G.number_of_edges()
    assert "--nodes=nodes_Indicator.csv" in (tmp_path / "neo4j" / "import.sh").read_text()


def test_cypher_strings_escape_quotes_backslashes_and_control_characters():
    assert cypher_string("a'b") == "'a\\'b'"
    assert cypher_string("c:\\x") == "'c:\\\\x'"
    assert cypher_string("x\ny\t\x01") == "'x\\ny\\t\\u0001'"
    assert cypher_value(["甲'", "乙"]) == "['甲\\'', '乙']"
    assert cypher_value(True) == "true" and cypher_value(None) == "null" and cypher_value(2.5) == "2.5"
    assert cypher_value({"k": "v"}) == "'{\"k\": \"v\"}'"
