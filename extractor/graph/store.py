"""The embedded store: one SQLite file (``OUT/graph.sqlite``) that needs no server.

:func:`save_graph` writes nodes, edges, names (name and aliases, normalised, indexed), the gaps and the
statistics; the query functions (:func:`get_node`, :func:`find`, :func:`edges_of`, :func:`read_gaps`,
:func:`read_stats`, :func:`path`) answer from indexes without loading the graph, so a command on a
10,000-document store stays well under a second. :func:`load_graph` rebuilds the MultiDiGraph for exports.
No networkx import here except in :func:`load_graph`.
"""
from __future__ import annotations

import functools
import json
import sqlite3
from pathlib import Path

from ..errors import ExtractorError
from . import schema as S
from .link import normalise
from .query import _one

SCHEMA_VERSION = "2"  # 2: matched records joined to one canonical member; reported values stored once per class
STORE_FILE = "graph.sqlite"
TABLES = ("meta", "nodes", "edges", "names", "gaps")
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


class StoreDamaged(ExtractorError):
    """The store file exists but cannot be read as a jixiao graph store: corrupt, truncated, missing tables,
    another program's SQLite file, not SQLite at all, or written by another store version."""

    code = "store_damaged"
    hint = "rebuild it: jixiao graph build PATH... --store OUT (or jixiao batch)"


class StoreWriteFailed(ExtractorError):
    """The store could not be written (folder not writable, disk full …); the previous store, if any, is kept
    and no temporary file is left behind."""

    code = "output_failed"


def store_path(out: str | Path) -> Path:
    """``OUT/graph.sqlite`` for a folder, ``OUT`` itself when it ends in .sqlite or .db."""
    out = Path(out)
    return out if out.suffix in (".sqlite", ".db") else out / STORE_FILE


def _dumps(data: dict) -> str | None:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str) if data else None


def save_graph(G, out: str | Path, on_progress=None) -> Path:
    """Write ``G`` (with its gaps and statistics) to the store, replacing it atomically.

    Rows are written in a fixed order (nodes and edges sorted by id) and nothing depends on the clock, so equal
    graphs give byte-identical files. ``on_progress(done, total)`` is called after each of the steps.
    Raises :class:`StoreWriteFailed` when the file cannot be written (nothing is left behind)."""
    from ..outputs import atomic_write

    path = store_path(out)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, lambda tmp: _write_store(G, tmp, on_progress))
    except (OSError, sqlite3.Error) as exc:
        raise StoreWriteFailed(f"could not write the graph store {path}: {exc}") from None
    return path


def _write_store(G, tmp: Path, on_progress=None) -> None:
    from .query import gaps, stats

    steps = [
        ("INSERT INTO nodes VALUES (?,?,?,?,?,?,?,?)", lambda: _node_rows(G)),
        ("INSERT INTO edges VALUES (?,?,?,?)", lambda: _edge_rows(G)),
        ("INSERT INTO names VALUES (?,?,?)", lambda: sorted(set(_name_rows(G)))),
    ]
    conn = sqlite3.connect(tmp)
    try:
        conn.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _DDL)
        total = len(steps) + 2
        for done, (sql, rows) in enumerate(steps, 1):
            conn.executemany(sql, rows())
            if on_progress:
                on_progress(done, total)
        found = gaps(G)
        conn.executemany("INSERT INTO gaps VALUES (?,?,?)", ((g.kind, g.node, g.detail) for g in found))
        meta = {"schema_version": SCHEMA_VERSION, "stats": json.dumps(stats(G, found), ensure_ascii=False)}
        conn.executemany("INSERT INTO meta VALUES (?,?)", sorted(meta.items()))
        conn.executescript(_INDEXES)
        conn.commit()
        if on_progress:
            on_progress(total, total)
    finally:
        conn.close()


def _node_rows(G):
    """Node rows sorted by id; an indicator that heads its class (or matched nothing) carries, once, the actual
    values reported for the class (``derived``); the other members find them through their class edge."""
    from .query import canonical_of, reported_actuals

    for node in sorted(G.nodes):
        data = G.nodes[node]
        derived = None
        if data["type"] == S.INDICATOR and canonical_of(G, node) == node:
            reported = reported_actuals(G, node)
            derived = _dumps({"reported": reported}) if reported else None
        rest = {k: v for k, v in data.items() if k not in _CORE}
        yield (node, data["type"], data.get("name"), data.get("source"), data.get("page"), data.get("ref"),
               _dumps(rest), derived)


def _edge_rows(G):
    rows = [(u, v, k, _dumps({a: x for a, x in d.items() if a != "type"})) for u, v, k, d in G.edges(keys=True, data=True)]
    return sorted(rows, key=lambda r: r[:3])


def _name_rows(G):
    for node, data in G.nodes(data=True):
        for name in (data.get("name") or "", *data.get("aliases", ())):
            norm = normalise(name)
            if norm:
                yield norm, node, name


def _guarded(fn):
    """Reading a damaged store raises :class:`StoreDamaged`, never a raw sqlite3 or JSON error."""

    @functools.wraps(fn)
    def read(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except (sqlite3.DatabaseError, json.JSONDecodeError) as exc:
            raise StoreDamaged(f"the graph store cannot be read: {exc}") from None

    return read


def open_store(out: str | Path) -> sqlite3.Connection:
    """A read-only connection to the store at ``out``; :class:`StoreMissing` when there is none,
    :class:`StoreDamaged` when the file is not a readable store of this version."""
    path = store_path(out)
    if not path.is_file():
        raise StoreMissing(f"no graph store at {path}")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        conn.row_factory = sqlite3.Row
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        missing = [t for t in TABLES if t not in tables]
        if missing:
            raise StoreDamaged(f"{path} is not a jixiao graph store (no table {', '.join(missing)})")
        version = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    except sqlite3.DatabaseError as exc:
        raise StoreDamaged(f"{path} is not a readable graph store: {exc}") from None
    if not version or version[0] != SCHEMA_VERSION:
        raise StoreDamaged(f"{path} has store version {version and version[0]}, expected {SCHEMA_VERSION}")
    return conn


@_guarded
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


@_guarded
def get_node(conn: sqlite3.Connection, node: str) -> dict | None:
    """A node's fields; an indicator also carries ``reported``, the actual values reported for its class."""
    row = conn.execute("SELECT * FROM nodes WHERE id=?", (node,)).fetchone()
    if not row:
        return None
    out = _node_dict(row)
    if out["type"] == S.INDICATOR and "reported" not in out:
        canonical = conn.execute("SELECT src FROM edges WHERE dst=? AND type IN (?,?) LIMIT 1",
                                 (node, *S.SYMMETRIC_EDGES)).fetchone()
        derived = canonical and conn.execute("SELECT derived FROM nodes WHERE id=?", (canonical[0],)).fetchone()
        if derived and derived[0]:
            out["reported"] = json.loads(derived[0])["reported"]
    return out


@_guarded
def node_view(conn: sqlite3.Connection, node: str) -> dict:
    """What ``jixiao graph show`` prints: the node's fields and ``edges``; a sub-project adds ``serves`` (the goals
    it contributes to, with the link's method, confidence and reference) and ``units`` (lead and partner
    organisations); a goal adds ``subprojects``, ``indicators``, ``reported`` (actual values of its indicators
    reported in other documents, with file and location) and ``findings`` (on the goal and its indicators)."""
    data = get_node(conn, node)
    if data is None:
        raise StoreDamaged(f"node {node!r} is named in the store but has no row")
    data["edges"] = edges_of(conn, node)
    if data["type"] == S.SUBPROJECT:
        data["serves"] = [_link_row(e, "goal") for e in data["edges"] if e["edge"] == S.CONTRIBUTES_TO]
        data["units"] = [{"organisation": e["node"], "name": e["name"], "role": e.get("role")}
                         for e in data["edges"] if e["edge"] == S.RESPONSIBLE_FOR and e["direction"] == "in"]
    elif data["type"] == S.GOAL:
        data.update(_goal_sections(conn, data))
    return data


def _link_row(edge: dict, what: str) -> dict:
    return {what: edge["node"], "name": edge["name"], "source": edge["source"], "method": edge.get("method"),
            "confidence": edge.get("confidence"), "reference": edge.get("reference")}


def _goal_sections(conn: sqlite3.Connection, goal: dict) -> dict:
    edges = goal["edges"]
    subprojects = [_link_row(e, "subproject") for e in edges if e["edge"] == S.CONTRIBUTES_TO and e["direction"] == "in"]
    indicators, reported, flagged = [], [], [(goal["id"], goal["name"])]
    for e in edges:
        if e["edge"] != S.MEASURED_BY or e["direction"] != "out":
            continue
        ind = get_node(conn, e["node"])
        indicators.append({"indicator": ind["id"], "name": ind["name"], "source": ind["source"],
                           "target": ind.get("target_text"), "method": e.get("method")})
        reported += [{"indicator": ind["name"], **{k: r.get(k) for k in ("value", "text", "source", "page", "ref")}}
                     for r in ind.get("reported", ()) if r.get("source") != goal["source"]]
        flagged.append((ind["id"], ind["name"]))
    findings = [{"on": name, "rule": f.get("rule"), "severity": f.get("severity"), "message": f["name"]}
                for node, name in flagged for f in edges_of(conn, node, edge_type=S.FLAGGED) if f["direction"] == "out"]
    return {"subprojects": subprojects, "indicators": indicators, "reported": _unique(reported), "findings": findings}


def _unique(rows: list[dict]) -> list[dict]:
    seen, out = set(), []
    for row in rows:
        key = json.dumps(row, sort_keys=True, ensure_ascii=False, default=str)
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out


@_guarded
def resolve(conn: sqlite3.Connection, text: str) -> str:
    """The node whose id is ``text`` or whose name or alias equals it (normalised); one only."""
    if conn.execute("SELECT 1 FROM nodes WHERE id=?", (text,)).fetchone():
        return text
    hits = [r[0] for r in conn.execute("SELECT DISTINCT node FROM names WHERE norm=?", (normalise(text),))]
    return _one(text, hits)


@_guarded
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


@_guarded
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


@_guarded
def read_gaps(conn: sqlite3.Connection, kind: str | None = None) -> list[dict]:
    sql = ("SELECT g.kind, g.node, n.type, n.name, n.source, n.page, n.ref, g.detail FROM gaps g "
           "JOIN nodes n ON n.id=g.node")
    args = ()
    if kind:
        sql, args = sql + " WHERE g.kind=?", (kind,)
    return [dict(r) for r in conn.execute(sql + " ORDER BY g.rowid", args)]


@_guarded
def read_stats(conn: sqlite3.Connection) -> dict:
    row = conn.execute("SELECT value FROM meta WHERE key='stats'").fetchone()
    if not row:
        raise StoreDamaged("the graph store has no statistics")
    return json.loads(row[0])


@_guarded
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
