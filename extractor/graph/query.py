"""Questions asked of a built graph ``G`` (graph-first functions, networkx imported only where needed).

:func:`gaps` lists what is missing (goals without indicators, indicators without evidence, sub-projects
tied to no goal, targets declared but never reported); :func:`reported_actuals` follows an indicator to
the actual values reported for it in any document of its project; :func:`resolve_node` turns an id or an
unambiguous name into a node id.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

from ..errors import ExtractorError
from . import schema as S
from .link import normalise


class NodeNotFound(ExtractorError):
    code = "node_not_found"
    hint = "use an id from `jixiao graph find TEXT`"


class AmbiguousNode(ExtractorError):
    code = "ambiguous_node"
    hint = "give the node id instead of the name"


@dataclass
class Gap:
    kind: str  # one of schema.GAP_KINDS
    node: str
    type: str
    name: str
    source: str | None = None
    page: int | None = None
    ref: str | None = None
    detail: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


def _out(G, node: str, etype: str) -> list[str]:
    return [v for _, v, k in G.out_edges(node, keys=True) if k == etype]


def canonical_of(G, node: str) -> str:
    """The canonical member of ``node``'s class of matched records (``node`` itself when it is the canonical one
    or matched nothing): the source of its SAME_AS/ALIAS_OF edge."""
    for u, _, k in G.in_edges(node, keys=True):
        if k in S.SYMMETRIC_EDGES:
            return u
    return node


def same_class(G, node: str) -> list[str]:
    """``node`` and every record matched to it across documents (its class: the canonical member and the
    members it is joined to by SAME_AS or ALIAS_OF)."""
    canonical = canonical_of(G, node)
    return sorted({canonical, *(v for _, v, k in G.out_edges(canonical, keys=True) if k in S.SYMMETRIC_EDGES)})


def has_evidence(G, node: str) -> bool:
    """An indicator (or goal) states an actual value or cites evidence or a fact."""
    data = G.nodes[node]
    return data.get("actual") is not None or bool(data.get("actual_text")) or bool(_out(G, node, S.EVIDENCED_BY))


def reported_actuals(G, node: str) -> list[dict]:
    """Actual values reported for ``node`` or an indicator SAME_AS/ALIAS_OF it: evidence spans and facts,
    each with ``value``, ``text``, ``source``, ``page``, ``ref``, ``via`` (the indicator that carries it)."""
    out, seen = [], set()
    for member in same_class(G, node):
        for target in _out(G, member, S.EVIDENCED_BY):
            if target in seen:
                continue
            seen.add(target)
            data = G.nodes[target]
            value = data.get("value") if data["type"] == S.EVIDENCE else data.get("actual")
            out.append({"value": value, "text": data.get("name"), "node": target, "via": member,
                        "source": data.get("source"), "page": data.get("page"), "ref": data.get("ref")})
    return out


def is_reporting(G, doc: str) -> bool:
    """A document reports actual values: by its type, or (type unknown) because any indicator has one."""
    doc_type = G.nodes[doc].get("doc_type")
    if doc_type in S.REPORTING_DOC_TYPES:
        return True
    if doc_type in S.DECLARING_DOC_TYPES:
        return False
    return any(G.nodes[n]["type"] == S.INDICATOR and has_evidence(G, n) for n in G.successors(doc))


def gaps(G) -> list[Gap]:
    """What the graph lacks, in node order:

    - ``goal_without_indicator``: a goal with no MEASURED_BY edge;
    - ``goal_without_subproject``: a goal no sub-project CONTRIBUTES_TO, in a project (or a document without
      one) that has sub-projects;
    - ``indicator_without_evidence``: an indicator of a reporting document (self-assessment, evaluation
      report) with no actual value, no evidence and no fact reported for its class;
    - ``subproject_without_goal``: a sub-project that CONTRIBUTES_TO no goal (nor does a sub-project matched to
      it), in a project (or document) that has goals;
    - ``target_never_reported``: an indicator declared with a target in a non-reporting document of a
      project that has a reporting document, whose class has no actual value anywhere
      (a project without any report yet has nothing to compare with and is not listed).
    """
    finder = _GapFinder(G)
    kinds_of = {S.GOAL: finder.goal_gaps, S.SUBPROJECT: finder.subproject_gaps, S.INDICATOR: finder.indicator_gaps}
    out = []
    for node, data in G.nodes(data=True):
        ntype = data["type"]
        found = kinds_of[ntype](node, data) if ntype in kinds_of else []  # (kind, detail)
        out += [Gap(kind, node, ntype, data.get("name", ""), data.get("source"), data.get("page"), data.get("ref"),
                    detail) for kind, detail in found]
    return out


class _GapFinder:
    """The gaps of one node, given what is known of its document and project once for the whole graph."""

    def __init__(self, G) -> None:
        self.G = G
        documents = [n for n, d in G.nodes(data=True) if d["type"] == S.DOCUMENT]
        self.reporting = {doc: is_reporting(G, doc) for doc in documents}
        self.scope = {doc: (_out(G, doc, S.ABOUT) or [doc])[0] for doc in documents}  # its project, else the document
        self.reported_projects = {self.scope[doc] for doc, rep in self.reporting.items() if rep and self.scope[doc] != doc}
        self.with_records = {ntype: {self.scope[_doc_of(d)] for _, d in G.nodes(data=True) if d["type"] == ntype}
                             for ntype in (S.GOAL, S.SUBPROJECT)}
        self.evidenced, self.with_fact = _ClassCache(G, has_evidence), _ClassCache(G, _has_fact)
        self.serving = _ClassCache(G, lambda G, m: bool(_out(G, m, S.CONTRIBUTES_TO)))

    def goal_gaps(self, node: str, data: dict) -> list[tuple[str, str]]:
        found = []
        if not _out(self.G, node, S.MEASURED_BY):
            found.append((S.GAP_GOAL_WITHOUT_INDICATOR, data.get("kind") or ""))
        if self.scope[_doc_of(data)] in self.with_records[S.SUBPROJECT] and not _in(self.G, node, S.CONTRIBUTES_TO):
            found.append((S.GAP_GOAL_WITHOUT_SUBPROJECT, data.get("kind") or ""))
        return found

    def subproject_gaps(self, node: str, data: dict) -> list[tuple[str, str]]:
        if self.scope[_doc_of(data)] in self.with_records[S.GOAL] and not self.serving(node):
            return [(S.GAP_SUBPROJECT_WITHOUT_GOAL, _unresolved_text(data))]
        return []

    def indicator_gaps(self, node: str, data: dict) -> list[tuple[str, str]]:
        doc = _doc_of(data)
        if self.reporting.get(doc):
            if not has_evidence(self.G, node) and not self.with_fact(node):
                return [(S.GAP_INDICATOR_WITHOUT_EVIDENCE, data.get("target_text") or "")]
        elif _declares(data) and self.scope[doc] in self.reported_projects and not self.evidenced(node):
            return [(S.GAP_TARGET_NEVER_REPORTED, data.get("target_text") or _value_text(data))]
        return []


def _in(G, node: str, etype: str) -> list[str]:
    return [u for u, _, k in G.in_edges(node, keys=True) if k == etype]


def _doc_of(data: dict) -> str:
    return S.node_id(S.DOCUMENT, data["source"])


def _has_fact(G, node: str) -> bool:
    return any(G.nodes[v]["type"] == S.FACT for v in _out(G, node, S.EVIDENCED_BY))


class _ClassCache:
    """``test(G, member)`` true for any member of a node's class, computed once per class."""

    def __init__(self, G, test) -> None:
        self.G, self.test, self.known = G, test, {}

    def __call__(self, node: str) -> bool:
        canonical = canonical_of(self.G, node)
        if canonical not in self.known:
            self.known[canonical] = any(self.test(self.G, m) for m in same_class(self.G, canonical))
        return self.known[canonical]


def _unresolved_text(data: dict) -> str:
    """What a sub-project cites that names no goal of its document (对应具体目标第9项 with no goal 9)."""
    cited = [link.get("reference") or link.get("goal_number") or "" for link in data.get("unresolved_goal_links", ())]
    return "cites no existing goal: " + "; ".join(c for c in cited if c) if cited else ""


def gap_rows(G, kinds: tuple[str, ...] | None = None) -> list[dict]:
    """:func:`gaps` as plain dicts (``kind, node, type, name, source, page, ref, detail``), only ``kinds`` if
    given: what the coverage report lists as missing."""
    return [g.to_dict() for g in gaps(G) if not kinds or g.kind in kinds]


def declared_targets(G) -> list[dict]:
    """Each indicator declared with a target in a non-reporting document (target form, plan, contract) with the
    actual values reported for it in other documents: ``{node, name, source, record_id, target, reported}``,
    ``reported`` as in :func:`reported_actuals` (value, text, source, page, ref) — what reports show beside a
    declared target."""
    out = []
    for node, data in G.nodes(data=True):
        if data["type"] != S.INDICATOR or not _declares(data) or is_reporting(G, _doc_of(data)):
            continue
        reported = [r for r in reported_actuals(G, node) if r["source"] != data["source"]]
        out.append({"node": node, "name": data.get("name"), "source": data.get("source"),
                    "record_id": data.get("record_id"), "target": data.get("target_text") or _value_text(data),
                    "reported": reported})
    return out


def _declares(data: dict) -> bool:
    return data.get("value") is not None or bool(data.get("target_text"))


def _value_text(data: dict) -> str:
    if data.get("value") is None:
        return ""
    return f"{data.get('operator') or ''}{data['value']:g}{data.get('unit') or ''}"


def find_nodes(G, text: str, node_type: str | None = None, limit: int = 50) -> list[str]:
    """Nodes whose id, name or an alias contains ``text`` (normalised); exact name matches first."""
    key = normalise(text)
    exact, partial = [], []
    for node, data in G.nodes(data=True):
        if node_type and data["type"] != node_type:
            continue
        names = [normalise(data.get("name")), *(normalise(a) for a in data.get("aliases", ()))]
        if key in names or node == text:
            exact.append(node)
        elif key and any(key in n for n in names):
            partial.append(node)
    return (exact + partial)[:limit]


def resolve_node(G, text: str) -> str:
    """The node whose id is ``text`` or whose name or alias equals it (normalised); one only."""
    if text in G:
        return text
    key = normalise(text)
    hits = [n for n, d in G.nodes(data=True)
            if key and key in (normalise(d.get("name")), *(normalise(a) for a in d.get("aliases", ())))]
    return _one(text, hits)


def _one(text: str, hits: list[str]) -> str:
    if not hits:
        raise NodeNotFound(f"no node with id or name {text!r}")
    if len(hits) > 1:
        shown = ", ".join(sorted(hits)[:5]) + (" …" if len(hits) > 5 else "")
        raise AmbiguousNode(f"{len(hits)} nodes are named {text!r}: {shown}")
    return hits[0]


def neighbors(G, node: str, node_type: str | None = None, edge_type: str | None = None) -> list[dict]:
    """Edges at ``node`` both ways as rows ``{direction, edge, node, type, name}``."""
    rows = []
    for _, v, k in G.out_edges(node, keys=True):
        rows.append({"direction": "out", "edge": k, "node": v, "type": G.nodes[v]["type"], "name": G.nodes[v].get("name")})
    for u, _, k in G.in_edges(node, keys=True):
        rows.append({"direction": "in", "edge": k, "node": u, "type": G.nodes[u]["type"], "name": G.nodes[u].get("name")})
    return [r for r in rows if (not node_type or r["type"] == node_type) and (not edge_type or r["edge"] == edge_type)]


def shortest_path(G, a: str, b: str, directed: bool = False) -> list[str]:
    """Node ids on a shortest path from ``a`` to ``b`` (edge direction ignored unless ``directed``)."""
    import networkx as nx

    try:
        return nx.shortest_path(G if directed else G.to_undirected(as_view=True), a, b)
    except nx.NetworkXNoPath:
        return []


def stats(G, found: list[Gap] | None = None) -> dict:
    """Counts of nodes and edges by type and of gaps by kind (``found``: gaps already computed)."""
    from collections import Counter

    nodes = Counter(d["type"] for _, d in G.nodes(data=True))
    edges = Counter(k for _, _, k in G.edges(keys=True))
    gap_counts = Counter(g.kind for g in (gaps(G) if found is None else found))
    return {"nodes": G.number_of_nodes(), "edges": G.number_of_edges(), "node_types": dict(sorted(nodes.items())),
            "edge_types": dict(sorted(edges.items())), "gaps": dict(sorted(gap_counts.items()))}
