"""``jixiao graph …``: build the knowledge graph into a store and query it.

``build`` parses and extracts files (or reads extraction JSON) and writes ``OUT/graph.sqlite``; every
other subcommand reads ``--store OUT`` through indexed SQLite queries, importing neither networkx nor
the NLP stack (``export`` alone loads the whole graph).
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from ..graph import schema as S
from .output import LIST_FORMATS, echo_json, echo_rows, echo_table, format_option

NODE_TYPES = S.NODE_TYPES
EDGE_TYPES = S.EDGE_TYPES
GAP_KINDS = S.GAP_KINDS

store_option = click.option("--store", "-s", "store", required=True, type=click.Path(path_type=Path),
                            help="graph store: a folder (OUT/graph.sqlite) or a .sqlite file")
record_format = format_option("table", "json")  # one record (build summary, stats, show)
list_format = format_option(*LIST_FORMATS)  # lists of rows (neighbors, path, find, gaps)


@click.group("graph")
def graph_group() -> None:
    """Build and query the graph of documents, goals, indicators, evidence and organisations."""


# -- build ----------------------------------------------------------------------------------------


def _discover(paths: tuple[str, ...]) -> list[Path]:
    """Documents and saved extractions below PATH... (the shared walker: no links, hidden or OUT folders)."""
    from ..discovery import expand_paths
    from ..parsers import SUFFIXES
    from ..saved import SAVED_SUFFIXES

    found = expand_paths(paths, suffixes=(*SUFFIXES, *SAVED_SUFFIXES))
    for skipped in found.skipped:
        if skipped.reason not in ("unsupported", "hidden"):
            click.echo(skipped.describe(), err=True)
    return [f.path for f in found.files]


def _load_one(path: Path, with_clauses: bool):
    """``(extraction, document or None)`` of one file; ``.json`` files hold a saved extraction."""
    from ..saved import is_saved_extraction, load_saved_extraction

    if is_saved_extraction(path):
        return load_saved_extraction(path), None
    from .. import extract, parse

    doc = parse(path)
    return extract(doc), (doc if with_clauses else None)


@graph_group.command("build")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=str))
@store_option
@click.option("--check/--no-check", "run_checks", default=True, help="attach checker findings as FLAGGED edges")
@click.option("--clauses/--no-clauses", default=True, help="add the clause tree of parsed files")
@click.option("--force", is_flag=True, help="replace an existing graph store")
@record_format
def build_command(paths, store, run_checks, clauses, force, fmt) -> None:
    """Parse and extract PATH... (files or folders; .json = extraction records) and store the graph."""
    from ..errors import ExtractorError, UsageError
    from ..graph.build import build_graph
    from ..graph.store import open_store, read_stats, save_graph, store_path

    if store_path(store).exists() and not force:
        raise UsageError(f"{store_path(store)} exists", hint="add --force to replace it")
    extractions, documents, findings, failed = [], [], [], []
    files = _discover(paths)
    for i, path in enumerate(files, 1):
        try:
            ext, doc = _load_one(path, clauses)
        except ExtractorError as exc:
            failed.append({"file": str(path), "error": exc.code, "message": exc.message})
            click.echo(f"[{i}/{len(files)}] {path}: skipped: {exc.one_line()}", err=True)
            continue
        extractions.append(ext)
        documents.append(doc)
        findings.append(_findings(ext) if run_checks else [])
        if len(files) > 50 and i % 1000 == 0:
            click.echo(f"[{i}/{len(files)}] read", err=True)
    if not extractions:
        from ..errors import EmptyDocument

        raise EmptyDocument("no document could be read from " + ", ".join(paths))
    G = build_graph(extractions, findings=findings if run_checks else None, documents=documents)
    path = save_graph(G, store)
    conn = open_store(store)
    summary = {"store": str(path), "documents": len(extractions), "failed": failed, **read_stats(conn)}
    if fmt == "json":
        echo_json(summary)
    else:
        _print_stats(summary)
        for row in failed:
            click.echo(f"skipped {row['file']}: {row['error']}: {row['message']}", err=True)


def _findings(ext) -> list:
    from .. import check  # part of the package: a failing import is a bug, not "no findings"

    return list(check(ext))


# -- queries --------------------------------------------------------------------------------------


def _conn(store: Path):
    from ..graph.store import open_store

    return open_store(store)


def _print_stats(stats: dict) -> None:
    rows = [{"what": "nodes", "type": "", "count": stats["nodes"]}]
    rows += [{"what": "node", "type": t, "count": n} for t, n in stats["node_types"].items()]
    rows.append({"what": "edges", "type": "", "count": stats["edges"]})
    rows += [{"what": "edge", "type": t, "count": n} for t, n in stats["edge_types"].items()]
    rows += [{"what": "gap", "type": t, "count": n} for t, n in stats["gaps"].items()]
    echo_table(rows, ["what", "type", "count"], title=stats.get("store"))


@graph_group.command("stats")
@store_option
@record_format
def stats_command(store, fmt) -> None:
    """Numbers of nodes and edges by type and of gaps by kind."""
    from ..graph.store import read_stats

    stats = read_stats(_conn(store))
    echo_json(stats) if fmt == "json" else _print_stats(stats)


@graph_group.command("show")
@click.argument("node")
@store_option
@record_format
def show_command(node, store, fmt) -> None:
    """A node (id or unambiguous name) with its attributes and edges. An indicator also shows the actual values
    reported for it in any document of its project; a sub-project the goals it serves (with the reference that
    links them) and its units; a goal its sub-projects, indicators, actual values reported in other documents
    and findings."""
    from ..graph.store import node_view, resolve

    conn = _conn(store)
    data = node_view(conn, resolve(conn, node))
    if fmt == "json":
        echo_json(data)
        return
    attrs = [{"field": k, "value": v} for k, v in data.items()
             if k not in _SECTIONS and k != "edges" and v not in (None, "", [], {})]
    echo_table(attrs, ["field", "value"], title=data["id"])
    for key, (title, columns) in _SECTIONS.items():
        if data.get(key):
            echo_table(data[key], columns, title=title)
    echo_table(data["edges"], ["direction", "edge", "node", "type", "name", "method"], title="edges")


# sections of ``show`` beside the node's own fields: key → (title, columns)
_SECTIONS = {
    "serves": ("goals served", ["goal", "name", "method", "confidence", "reference"]),
    "units": ("units", ["organisation", "name", "role"]),
    "subprojects": ("sub-projects", ["subproject", "name", "method", "confidence", "reference"]),
    "indicators": ("indicators", ["indicator", "name", "target", "source"]),
    "reported": ("reported actual values", ["indicator", "value", "text", "source", "page", "ref", "via"]),
    "findings": ("findings", ["on", "rule", "severity", "message"]),
}


@graph_group.command("neighbors")
@click.argument("node")
@store_option
@click.option("--type", "node_type", type=click.Choice(NODE_TYPES), help="only neighbours of this node type")
@click.option("--edge", "edge_type", type=click.Choice(EDGE_TYPES), help="only edges of this type")
@list_format
def neighbors_command(node, store, node_type, edge_type, fmt) -> None:
    """Nodes joined to NODE by an edge in either direction."""
    from ..graph.store import edges_of, resolve

    conn = _conn(store)
    rows = edges_of(conn, resolve(conn, node), node_type=node_type, edge_type=edge_type)
    echo_rows(rows, fmt, ["direction", "edge", "node", "type", "name", "source", "page"])


@graph_group.command("path")
@click.argument("a")
@click.argument("b")
@store_option
@click.option("--directed", is_flag=True, help="follow edges only in their direction")
@list_format
def path_command(a, b, store, directed, fmt) -> None:
    """A shortest path between nodes A and B (ids or unambiguous names)."""
    from ..graph.store import get_node, path, resolve

    conn = _conn(store)
    nodes = path(conn, resolve(conn, a), resolve(conn, b), directed=directed)
    rows = [{k: get_node(conn, n)[k] for k in ("id", "type", "name", "source")} for n in nodes]
    if fmt == "table" and not rows:
        click.echo("no path", err=True)
    else:
        echo_rows(rows, fmt, ["id", "type", "name", "source"], title=f"{len(rows) - 1} steps")
    if not rows:
        sys.exit(1)


@graph_group.command("find")
@click.argument("text")
@store_option
@click.option("--type", "node_type", type=click.Choice(NODE_TYPES), help="only nodes of this type")
@click.option("--limit", type=click.IntRange(1), default=50, show_default=True)
@list_format
def find_command(text, store, node_type, limit, fmt) -> None:
    """Nodes whose name or alias contains TEXT (width, case, spaces and punctuation ignored) or whose id starts with it."""
    from ..graph.store import find

    rows = find(_conn(store), text, node_type=node_type, limit=limit + 1)  # one more: were some left out?
    echo_rows(rows[:limit], fmt, ["id", "type", "name", "matched", "source", "page"])
    if len(rows) > limit:
        click.echo(f"showing the first {limit} matches; there are more (raise --limit or narrow with --type)", err=True)


@graph_group.command("gaps")
@store_option
@click.option("--kind", type=click.Choice(GAP_KINDS), help="only this kind of gap")
@list_format
def gaps_command(store, kind, fmt) -> None:
    """Goals without indicators, goals no sub-project serves, indicators without evidence or actual value,
    sub-projects tied to no goal, targets declared but never reported."""
    from ..graph.store import read_gaps

    rows = read_gaps(_conn(store), kind=kind)
    echo_rows(rows, fmt, ["kind", "node", "name", "source", "page", "detail"], title=f"{len(rows)} gaps")


@graph_group.command("export")
@store_option
@click.option("--format", "fmt", type=click.Choice(["graphml", "json", "neo4j"]), required=True,
              help="graphml (Gephi, yEd), json (node-link), neo4j (bulk-import CSV + Cypher)")
@click.option("--output", "-o", type=click.Path(path_type=Path), default=None,
              help="file (graphml, json) or folder (neo4j); default: beside the store")
def export_command(store, fmt, output) -> None:
    """Write the stored graph as GraphML, node-link JSON or Neo4j import files."""
    from ..graph.export import export_graph
    from ..graph.store import load_graph, store_path

    base = store_path(store).parent
    output = output or base / {"graphml": "graph.graphml", "json": "graph.json", "neo4j": "neo4j"}[fmt]
    for written in export_graph(load_graph(store), fmt, output):
        click.echo(str(written))
