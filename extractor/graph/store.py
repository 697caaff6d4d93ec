"""The embedded store: one SQLite file (``OUT/graph.sqlite``) that needs no server.

:func:`save_graph` writes nodes, edges, names (name and aliases, normalised, indexed), the gaps and the
statistics; the query functions (:func:`get_node`, :func:`find`, :func:`edges_of`, :func:`read_gaps`,
:func:`read_stats`, :func:`path`) answer from indexes without loading the graph, so a command on a
10,000-document store stays well under a second. :func:`load_graph` rebuilds the MultiDiGraph for exports.
No networkx import here except in :func:`load_graph`.
"""
from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from ..errors import ExtractorError
from . import schema as S
from .link import normalise
from .query import _one

SCHEMA_VERSION = "1"
STORE_FILE = "graph.sqlite"
_CORE = ("type", "name", "source", "page", "ref")

_DDL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE nodes (id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT, source TEXT, page INTEGER, ref TEXT,
                    attrs TEXT, derived TEXT);
CREATE TABLE edges (src TEXT NOT NULL, dst TEXT NOT NULL, type TEXT NOT NULL, attrs TEXT);
CREATE TABLE names (norm TEXT NOT NULL, node TEXT NOT NULL, name TEXT);
CREATE TABLE gaps (kind TEXT NOT NULL, node TEXT NOT NULL, detail TEXT);
"""
_INDEXES = """
CREATE INDEX nodes_type ON nodes (type);
CREATE INDEX edges_src ON edges (src, type);
CREATE INDEX edges_dst ON edges (dst, type);
CREATE INDEX names_norm ON names (norm);
"""


class StoreMissing(ExtractorError):
    code = "store_missing"
    hint = "build it first: jixiao graph build PATH... --store OUT"


def store_path(out: str | Path) -> Path:
    """``OUT/graph.sqlite`` for a folder, ``OUT`` itself when it ends in .sqlite or .db."""
    out = Path(out)
    return out if out.suffix in (".sqlite", ".db") else out / STORE_FILE


def _dumps(data: dict) -> str | None:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str) if data else None


def save_graph(G, out: str | Path) -> Path:
    """Write ``G`` (with its gaps and statistics) to the store, replacing it atomically."""
    from .query import gaps, reported_actuals, stats

    path = store_path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    try:
        conn.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _DDL)
        conn.executemany("INSERT INTO nodes VALUES (?,?,?,?,?,?,?,?)", (_node_row(G, n, d) for n, d in G.nodes(data=True)))
        conn.executemany(
            "INSERT INTO edges VALUES (?,?,?,?)",
            ((u, v, k, _dumps({a: x for a, x in d.items() if a != "type"})) for u, v, k, d in G.edges(keys=True, data=True)),
        )
        conn.executemany("INSERT INTO names VALUES (?,?,?)", _name_rows(G))
        found = gaps(G)
        conn.executemany("INSERT INTO gaps VALUES (?,?,?)", ((g.kind, g.node, g.detail) for g in found))
        meta = {"schema_version": SCHEMA_VERSION, "stats": json.dumps(stats(G, found), ensure_ascii=False)}
        conn.executemany("INSERT INTO meta VALUES (?,?)", meta.items())
        for node, data in G.nodes(data=True):
            if data["type"] == S.INDICATOR:
                reported = reported_actuals(G, node)
                if reported:
                    conn.execute("UPDATE nodes SET derived=? WHERE id=?", (_dumps({"reported": reported}), node))
        conn.executescript(_INDEXES)
        conn.commit()
    finally:
        conn.close()
    os.replace(tmp, path)
    return path


def _node_row(G, node: str, data: dict) -> tuple:
    rest = {k: v for k, v in data.items() if k not in _CORE}
    return (node, data["type"], data.get("name"), data.get("source"), data.get("page"), data.get("ref"), _dumps(rest), None)


def _name_rows(G):
    for node, data in G.nodes(data=True):
        names = {data.get("name") or "", *data.get("aliases", ())}
        for name in names:
            norm = normalise(name)
            if norm:
                yield norm, node, name


def open_store(out: str | Path) -> sqlite3.Connection:
    """A read-only connection to the store at ``out``."""
    path = store_path(out)
    if not path.is_file():
        raise StoreMissing(f"no graph store at {path}")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        version = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    except sqlite3.DatabaseError as exc:
        raise StoreMissing(f"{path} is not a jixiao graph store ({exc})") from exc
    if not version or version[0] != SCHEMA_VERSION:
        raise StoreMissing(f"{path} has store version {version and version[0]}, expected {SCHEMA_VERSION}")
    return conn


def load_graph(out: str | Path):
    """The whole MultiDiGraph back from the store (for exports and graph-first library use)."""
    import networkx as nx

    conn = open_store(out)
    G = nx.MultiDiGraph()
    for row in conn.execute("SELECT id, type, name, source, page, ref, attrs FROM nodes"):
        attrs = {k: row[k] for k in _CORE if row[k] is not None}
        attrs.setdefault("name", "")
        attrs.update(json.loads(row["attrs"]) if row["attrs"] else {})
        G.add_node(row["id"], **attrs)
    for row in conn.execute("SELECT src, dst, type, attrs FROM edges"):
        G.add_edge(row["src"], row["dst"], key=row["type"], type=row["type"], **(json.loads(row["attrs"]) if row["attrs"] else {}))
    conn.close()
    return G


# -- queries --------------------------------------------------------------------------------------


def _node_dict(row: sqlite3.Row) -> dict:
    out = {"id": row["id"], **{k: row[k] for k in _CORE}}
    out.update(json.loads(row["attrs"]) if row["attrs"] else {})
    if row["derived"]:
        out.update(json.loads(row["derived"]))
    return out


def get_node(conn: sqlite3.Connection, node: str) -> dict | None:
    row = conn.execute("SELECT * FROM nodes WHERE id=?", (node,)).fetchone()
    return _node_dict(row) if row else None


def resolve(conn: sqlite3.Connection, text: str) -> str:
    """The node whose id is ``text`` or whose name or alias equals it (normalised); one only."""
    if conn.execute("SELECT 1 FROM nodes WHERE id=?", (text,)).fetchone():
        return text
    hits = [r[0] for r in conn.execute("SELECT DISTINCT node FROM names WHERE norm=?", (normalise(text),))]
    return _one(text, hits)


def find(conn: sqlite3.Connection, text: str, node_type: str | None = None, limit: int = 50) -> list[dict]:
    """Nodes whose name or alias contains ``text`` (normalised), exact matches first, or whose id starts with it."""
    key = normalise(text)
    type_sql, type_arg = (" AND n.type=?", (node_type,)) if node_type else ("", ())
    seen: dict[str, dict] = {}
    queries = [
        ("SELECT n.*, m.name AS matched FROM names m JOIN nodes n ON n.id=m.node WHERE m.norm=?" + type_sql, (key, *type_arg)),
        ("SELECT n.*, n.name AS matched FROM nodes n WHERE n.id>=? AND n.id<?" + type_sql, (text, text + "\uffff", *type_arg)),
        ("SELECT n.*, m.name AS matched FROM names m JOIN nodes n ON n.id=m.node WHERE instr(m.norm, ?) > 0" + type_sql,
         (key, *type_arg)),
    ]
    for sql, args in queries:
        if not key and "norm" in sql:
            continue
        for row in conn.execute(sql + " LIMIT ?", (*args, limit + 1)):
            if row["id"] not in seen and len(seen) < limit:
                seen[row["id"]] = {"id": row["id"], "type": row["type"], "name": row["name"], "matched": row["matched"],
                                   "source": row["source"], "page": row["page"]}
    return list(seen.values())


def edges_of(conn: sqlite3.Connection, node: str, node_type: str | None = None, edge_type: str | None = None) -> list[dict]:
    """Edges at ``node`` both ways: ``{direction, edge, node, type, name, attrs…}``."""
    rows = []
    for direction, near, far in (("out", "src", "dst"), ("in", "dst", "src")):
        sql = (f"SELECT e.type AS edge, e.attrs AS eattrs, n.id, n.type, n.name, n.source, n.page FROM edges e "
               f"JOIN nodes n ON n.id=e.{far} WHERE e.{near}=?")
        args: list = [node]
        if edge_type:
            sql += " AND e.type=?"
            args.append(edge_type)
        if node_type:
            sql += " AND n.type=?"
            args.append(node_type)
        for r in conn.execute(sql, args):
            row = {"direction": direction, "edge": r["edge"], "node": r["id"], "type": r["type"], "name": r["name"],
                   "source": r["source"], "page": r["page"]}
            row.update(json.loads(r["eattrs"]) if r["eattrs"] else {})
            rows.append(row)
    return rows


def read_gaps(conn: sqlite3.Connection, kind: str | None = None) -> list[dict]:
    sql = ("SELECT g.kind, g.node, n.type, n.name, n.source, n.page, n.ref, g.detail FROM gaps g "
           "JOIN nodes n ON n.id=g.node")
    args = ()
    if kind:
        sql, args = sql + " WHERE g.kind=?", (kind,)
    return [dict(r) for r in conn.execute(sql + " ORDER BY g.rowid", args)]


def read_stats(conn: sqlite3.Connection) -> dict:
    row = conn.execute("SELECT value FROM meta WHERE key='stats'").fetchone()
    return json.loads(row[0])


def path(conn: sqlite3.Connection, a: str, b: str, directed: bool = False, max_depth: int = 12) -> list[str]:
    """A shortest path from ``a`` to ``b`` by breadth-first search from both ends over the edge indexes
    (direction ignored unless ``directed``); ``[]`` when none within ``max_depth`` edges."""
    if a == b:
        return [a]
    parents = {a: None}  # forward tree
    children = {b: None}  # backward tree
    front, back = [a], [b]
    for _ in range(max_depth):
        if not front or not back:
            return []
        if len(front) <= len(back):
            front, meet = _expand(conn, front, parents, children, forward=True, directed=directed)
        else:
            back, meet = _expand(conn, back, children, parents, forward=False, directed=directed)
        if meet:
            left, node = [], meet
            while node is not None:
                left.append(node)
                node = parents[node]
            right, node = [], children[meet]
            while node is not None:
                right.append(node)
                node = children[node]
            return left[::-1] + right
    return []


def _expand(conn, frontier, tree, other, forward: bool, directed: bool):
    nxt = []
    directions = [("src", "dst")] if directed and forward else [("dst", "src")] if directed else [("src", "dst"), ("dst", "src")]
    for i in range(0, len(frontier), 500):
        chunk = frontier[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for near, far in directions:
            for here, there in conn.execute(f"SELECT {near}, {far} FROM edges WHERE {near} IN ({marks})", chunk):
                if there in tree:
                    continue
                tree[there] = here
                if there in other:
                    return nxt, there
                nxt.append(there)
    return nxt, None
