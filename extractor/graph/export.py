"""Exports of a graph ``G``: GraphML (Gephi, yEd), node-link JSON, Neo4j bulk-import CSV + Cypher.

GraphML allows only scalar attributes, so lists and dicts are written as JSON strings; ``None`` is left out.
The Neo4j export writes one CSV per node label and per relationship type in the ``neo4j-admin database
import`` header format, an ``import.sh`` with that command, and ``import.cypher``: the same graph as
Cypher statements (string values escaped) for ``cypher-shell -f import.cypher`` on a running server.
"""
from __future__ import annotations

import csv
import json
import math
from pathlib import Path

from . import schema as S

EXPORT_FORMATS = ("graphml", "json", "neo4j")
_ARRAY_DELIMITER = ";"


def export_graph(G, fmt: str, out: str | Path) -> list[Path]:
    """Write ``G`` in ``fmt`` to ``out`` (a file for graphml/json, a folder for neo4j); the files written."""
    out = Path(out)
    if fmt == "graphml":
        return [write_graphml(G, out)]
    if fmt == "json":
        return [write_node_link(G, out)]
    if fmt == "neo4j":
        return write_neo4j(G, out)
    raise ValueError(f"unknown export format {fmt!r}")


def _scalar(value):
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


def write_graphml(G, path: Path) -> Path:
    import networkx as nx

    node_floats = _float_keys(d for _, d in G.nodes(data=True))
    edge_floats = _float_keys(d for _, _, d in G.edges(data=True))
    H = nx.MultiDiGraph()
    for node, data in G.nodes(data=True):
        H.add_node(node, **{k: _graphml_value(k, v, node_floats) for k, v in data.items() if v is not None})
    for u, v, k, data in G.edges(keys=True, data=True):
        H.add_edge(u, v, key=k, **{a: _graphml_value(a, x, edge_floats) for a, x in data.items() if x is not None})
    path.parent.mkdir(parents=True, exist_ok=True)
    nx.write_graphml(H, path, encoding="utf-8", named_key_ids=True)
    return path


def _float_keys(items) -> set[str]:
    """Attributes holding a float anywhere: GraphML declares one type per key, so their ints become floats."""
    return {k for data in items for k, v in data.items() if isinstance(v, float)}


def _graphml_value(key: str, value, floats: set[str]):
    if key in floats and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return _scalar(value)


def write_node_link(G, path: Path) -> Path:
    import networkx as nx

    data = nx.node_link_data(G, edges="edges")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, default=str), encoding="utf-8")
    return path


# -- Neo4j ----------------------------------------------------------------------------------------


def _neo4j_type(values: list) -> str:
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, bool) for v in present):
        return "boolean"
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return "long"
    if present and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in present):
        return "double"
    if present and all(isinstance(v, list) and all(isinstance(x, str) for x in v) for v in present):
        return "string[]"
    return "string"


def _csv_value(value, kind: str) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if kind == "string[]":
        return _ARRAY_DELIMITER.join(x.replace(_ARRAY_DELIMITER, "；") for x in value)
    if kind == "boolean":
        return "true" if value else "false"
    return str(_scalar(value))


def _columns(items: list[dict], skip: tuple) -> list[tuple[str, str]]:
    keys: dict[str, None] = {}
    for data in items:
        for k in data:
            if k not in skip:
                keys.setdefault(k, None)
    return [(k, _neo4j_type([d.get(k) for d in items])) for k in keys]


def write_neo4j(G, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    by_label: dict[str, list[tuple[str, dict]]] = {}
    for node, data in G.nodes(data=True):
        by_label.setdefault(data["type"], []).append((node, data))
    node_files, rel_files = [], []
    for label, items in sorted(by_label.items()):
        cols = _columns([d for _, d in items], skip=("type",))
        path = folder / f"nodes_{label}.csv"
        with path.open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["id:ID", ":LABEL", *(f"{k}:{t}" if t != "string" else k for k, t in cols)])
            for node, data in items:
                w.writerow([node, label, *(_csv_value(data.get(k), t) for k, t in cols)])
        node_files.append(path)
    by_type: dict[str, list[tuple[str, str, dict]]] = {}
    for u, v, k, data in G.edges(keys=True, data=True):
        by_type.setdefault(k, []).append((u, v, data))
    for etype, items in sorted(by_type.items()):
        cols = _columns([d for _, _, d in items], skip=("type",))
        path = folder / f"edges_{etype}.csv"
        with path.open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow([":START_ID", ":END_ID", ":TYPE", *(f"{k}:{t}" if t != "string" else k for k, t in cols)])
            for u, v, data in items:
                w.writerow([u, v, etype, *(_csv_value(data.get(k), t) for k, t in cols)])
        rel_files.append(path)
    script = folder / "import.sh"
    args = " ".join(f"--nodes={p.name}" for p in node_files) + " " + " ".join(f"--relationships={p.name}" for p in rel_files)
    script.write_text(
        "#!/bin/sh\n# bulk import into an empty database (Neo4j 5): run in this folder with the server stopped\n"
        f'neo4j-admin database import full --multiline-fields=true --array-delimiter="{_ARRAY_DELIMITER}" '
        f"{args} \"${{1:-neo4j}}\"\n",
        encoding="utf-8",
    )
    cypher = folder / "import.cypher"
    with cypher.open("w", encoding="utf-8") as fh:
        for line in cypher_statements(G):
            fh.write(line + "\n")
    return [*node_files, *rel_files, script, cypher]


def cypher_string(text: str) -> str:
    """A Cypher single-quoted string literal with backslashes, quotes and control characters escaped."""
    escaped = (
        text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    )
    return "'" + "".join(c if c >= " " else f"\\u{ord(c):04x}" for c in escaped) + "'"


def cypher_value(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)) and not (isinstance(value, float) and not math.isfinite(value)):
        return repr(value)
    if isinstance(value, list) and all(isinstance(x, str) for x in value):
        return "[" + ", ".join(cypher_string(x) for x in value) + "]"
    return cypher_string(str(_scalar(value)))


def _cypher_map(data: dict) -> str:
    items = [f"`{k}`: {cypher_value(v)}" for k, v in data.items() if v is not None and k != "type"]
    return "{" + ", ".join(items) + "}"


def cypher_statements(G):
    """Constraints, then MERGE statements for nodes and relationships (ids matched by label)."""
    labels = sorted({d["type"] for _, d in G.nodes(data=True)})
    for label in labels:
        yield f"CREATE CONSTRAINT IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE;"
    for node, data in G.nodes(data=True):
        yield f"MERGE (n:{data['type']} {{id: {cypher_string(node)}}}) SET n += {_cypher_map(data)};"
    for u, v, k, data in G.edges(keys=True, data=True):
        if k not in S.EDGE_TYPES:
            continue
        lu, lv = G.nodes[u]["type"], G.nodes[v]["type"]
        yield (
            f"MATCH (a:{lu} {{id: {cypher_string(u)}}}), (b:{lv} {{id: {cypher_string(v)}}}) "
            f"MERGE (a)-[r:{k}]->(b) SET r += {_cypher_map(data)};"
        )
