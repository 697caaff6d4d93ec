"""Build one :class:`networkx.MultiDiGraph` from extractions (graph-first, no wrapper class).

:func:`build_graph` adds each extraction's records (:func:`add_extraction`), links documents of one
project (:func:`link_projects`), merges organisations by name and alias (:func:`link_organisations`)
and attaches checker findings (:func:`add_findings`). Edges are keyed by their type, so adding the
same link twice keeps one edge.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict
from pathlib import Path

import networkx as nx

from . import schema as S
from .link import (
    AliasSets,
    LinkSettings,
    block_index,
    coverage,
    goal_indicator_links,
    indicator_key,
    jaccard,
    metric_matches,
    normalise,
    org_key,
    project_key,
    term_in,
    tokens,
)

# header fields that name an organisation, with the role they give it
ORG_FIELDS = ("主管部门", "实施单位", "项目单位", "预算单位", "承担单位", "建设单位", "责任单位", "评价机构", "甲方", "乙方")
RESPONSIBLE_ROLES = ("主管部门", "实施单位", "项目单位", "预算单位", "承担单位", "建设单位", "责任单位")
PROJECT_NAME_FIELDS = ("项目名称",)
PROJECT_ALIAS_FIELDS = ("项目简称", "简称", "别名")


def build_graph(extractions, findings=None, documents=None, settings: LinkSettings | None = None) -> nx.MultiDiGraph:
    """The linked graph of ``extractions``.

    ``findings``: checker findings, either one flat list (each finding's ``source`` names its file) or
    one list per extraction. ``documents``: the parsed :class:`~extractor.document.Document` of each
    extraction (same order) to add the clause tree.
    """
    settings = settings or LinkSettings()
    extractions = list(extractions)
    G = nx.MultiDiGraph()
    keys = document_keys([e.source for e in extractions])
    for ext, key in zip(extractions, keys):
        add_extraction(G, ext, key, settings)
    for doc, key in zip(documents or (), keys):
        if doc is not None:
            add_clauses(G, doc, key)
    link_projects(G, extractions, keys, settings)
    link_organisations(G, extractions, keys)
    if findings:
        add_findings(G, findings, extractions, keys)
    return G


def document_keys(sources: list[str]) -> list[str]:
    """File names used inside node ids; a repeated name gets ``~2``, ``~3``."""
    seen: dict[str, int] = {}
    keys = []
    for source in sources:
        name = Path(source).name or source
        seen[name] = seen.get(name, 0) + 1
        keys.append(name if seen[name] == 1 else f"{name}~{seen[name]}")
    return keys


def _edge(G: nx.MultiDiGraph, u: str, v: str, etype: str, **attrs) -> None:
    G.add_edge(u, v, key=etype, type=etype, **{k: x for k, x in attrs.items() if x is not None})


def _node(G: nx.MultiDiGraph, node: str, ntype: str, name: str | None, **attrs) -> None:
    G.add_node(node, type=ntype, name=name or "", **{k: x for k, x in attrs.items() if x not in (None, [], {})})


# -- one document ---------------------------------------------------------------------------------


def add_extraction(G: nx.MultiDiGraph, ext, key: str, settings: LinkSettings) -> str:
    """Nodes for the document and its records, CONTAINS, EVIDENCED_BY, MEASURED_BY and CONTRIBUTES_TO."""
    doc = S.node_id(S.DOCUMENT, key)
    _node(G, doc, S.DOCUMENT, key, source=key, path=ext.source, doc_type=ext.doc_type, project=_project_name(ext),
          fields=dict(ext.fields))
    goals = []
    for n, goal in enumerate(ext.goals, 1):
        gid = S.node_id(S.GOAL, key, n)
        _node(G, gid, S.GOAL, goal.text, source=key, page=goal.page, ref=_first(goal.refs), refs=goal.refs,
              kind=goal.kind, quantified=goal.quantified, record_id=goal.id,
              targets=[{k: v for k, v in asdict(t).items() if v not in (None, "")} for t in goal.targets],
              actual_text=goal.actual_text)
        _edge(G, doc, gid, S.CONTAINS)
        if goal.actual_text:
            ev = S.node_id(S.EVIDENCE, key, f"g{n}")
            _node(G, ev, S.EVIDENCE, goal.actual_text, source=key, page=goal.page, ref=_first(goal.refs), role="actual")
            _edge(G, doc, ev, S.CONTAINS)
            _edge(G, gid, ev, S.EVIDENCED_BY, method="record")
        goals.append((gid, goal))
    indicators = []
    for n, ind in enumerate(ext.indicators, 1):
        iid = S.node_id(S.INDICATOR, key, n)
        attrs = {k: v for k, v in asdict(ind).items() if k not in ("id", "name", "refs") and v not in (None, "")}
        _node(G, iid, S.INDICATOR, ind.name, source=key, ref=_first(ind.refs), refs=ind.refs, record_id=ind.id,
              **attrs)
        _edge(G, doc, iid, S.CONTAINS)
        if ind.actual is not None or ind.actual_text:
            ev = S.node_id(S.EVIDENCE, key, f"i{n}")
            text = ind.actual_text or f"{ind.actual:g}{ind.unit or ''}"
            _node(G, ev, S.EVIDENCE, text, source=key, page=ind.page, ref=_first(ind.refs), row=ind.row,
                  role="actual", value=ind.actual, unit=ind.unit)
            _edge(G, doc, ev, S.CONTAINS)
            _edge(G, iid, ev, S.EVIDENCED_BY, method="record")
        indicators.append((iid, ind))
    for n, fact in enumerate(ext.facts, 1):
        fid = S.node_id(S.FACT, key, n)
        attrs = {k: v for k, v in asdict(fact).items() if k not in ("metric", "refs") and v not in (None, "", [])}
        _node(G, fid, S.FACT, fact.metric or fact.text[:40], source=key, ref=_first(fact.refs), metric=fact.metric,
              **attrs)
        _edge(G, doc, fid, S.CONTAINS)
    for n, term in enumerate(ext.contract_terms, 1):
        fid = S.node_id(S.FACT, key, f"c{n}")
        attrs = {k: v for k, v in asdict(term).items() if k not in ("kind", "refs") and v not in (None, "", [])}
        _node(G, fid, S.FACT, f"{term.kind}：{term.text[:30]}", source=key, ref=_first(term.refs),
              **{**attrs, "kind": "contract_term", "term": term.kind})
        _edge(G, doc, fid, S.CONTAINS)
    for link in goal_indicator_links(goals, indicators, settings):
        _edge(G, link.source, link.target, S.MEASURED_BY, method=link.method, score=link.score)
    _link_subprojects(G, ext, key, doc, goals, settings)
    return doc


def _link_subprojects(G, ext, key: str, doc: str, goals: list, settings: LinkSettings) -> None:
    by_record = {g.id: gid for gid, g in goals if g.id}
    for n, sub in enumerate(ext.subprojects, 1):
        sid = S.node_id(S.SUBPROJECT, key, n)
        _node(G, sid, S.SUBPROJECT, sub.name, source=key, page=sub.page, ref=_first(sub.refs), refs=sub.refs,
              aliases=sub.aliases, record_id=sub.id, goal_ids=sub.goal_ids)
        _edge(G, doc, sid, S.CONTAINS)
        linked = [by_record[g] for g in sub.goal_ids if g in by_record]
        for gid in linked:
            _edge(G, sid, gid, S.CONTRIBUTES_TO, method="record")
        if linked:
            continue
        names = [sub.name, *sub.aliases]
        for gid, goal in goals:  # named in the goal or in what the goal reports as achieved
            text = goal.text + (goal.actual_text or "")
            if any(term_in(name, text, settings.min_term_chars) for name in names):
                _edge(G, sid, gid, S.CONTRIBUTES_TO, method="mention")
                linked.append(gid)
        if linked or not goals:
            continue
        words = tokens(sub.name, settings.tokenizer)
        scores = [coverage(words, g.text) for _, g in goals]
        best = max(scores)
        if best >= settings.goal_token_overlap:
            for (gid, _), s in zip(goals, scores):
                if s == best:
                    _edge(G, sid, gid, S.CONTRIBUTES_TO, method="tokens", score=round(s, 3))


def add_clauses(G: nx.MultiDiGraph, doc, key: str) -> None:
    """Clause nodes of a parsed Document; a clause CONTAINS its sub-clauses and the records citing its blocks."""
    doc_node = S.node_id(S.DOCUMENT, key)
    owner: dict[str, str] = {}

    def add(clause, parent: str) -> None:
        cid = S.node_id(S.CLAUSE, key, block_index([clause.ref]) if block_index([clause.ref]) is not None else clause.ref)
        page = None
        try:
            page = doc.block(clause.ref).page
        except (IndexError, ValueError):
            pass
        _node(G, cid, S.CLAUSE, f"{clause.number}{clause.title}", source=key, page=page, ref=clause.ref,
              number=clause.number, level=clause.level)
        _edge(G, parent, cid, S.CONTAINS)
        for ref in (clause.ref, *clause.block_refs):
            owner[ref] = cid
        for child in clause.children:
            add(child, cid)

    for clause in doc.clauses:
        add(clause, doc_node)
    for node in list(G.successors(doc_node)):
        data = G.nodes[node]
        if data["type"] in (S.GOAL, S.INDICATOR, S.FACT, S.SUBPROJECT):
            cid = owner.get(data.get("ref"))
            if cid:
                _edge(G, cid, node, S.CONTAINS)


# -- across documents -----------------------------------------------------------------------------


def _project_name(ext) -> str | None:
    if ext.project:
        return ext.project
    for label in PROJECT_NAME_FIELDS:
        if ext.fields.get(label):
            return ext.fields[label]
    return None


def _project_aliases(ext) -> list[str]:
    """Declared short names of the project: 项目简称 fields and ``以下简称`` aliases of the project name."""
    out = [ext.fields[label] for label in PROJECT_ALIAS_FIELDS if ext.fields.get(label)]
    key = project_key(_project_name(ext))
    out += [alias for alias, full in getattr(ext, "aliases", {}).items() if key and project_key(full) == key]
    return out


def project_groups(extractions, keys: list[str]) -> dict[str, list[int]]:
    """Documents of one project: same project key, directly or through a declared alias.
    Returns ``{project node id: [extraction index, ...]}``; documents without a project name are left out."""
    sets = AliasSets()
    names_of = []
    for ext in extractions:
        name = _project_name(ext)
        names = [n for n in [name, *_project_aliases(ext)] if n and project_key(n)] if name else []
        names_of.append(names)
        sets.union([project_key(n) for n in names])
    members: dict[str, list[int]] = {}
    for i, names in enumerate(names_of):
        if names:
            members.setdefault(sets.find(project_key(names[0])), []).append(i)
    groups: dict[str, list[int]] = {}
    for indexes in members.values():  # the project is named by the key most of its documents use
        counts: dict[str, int] = {}
        for i in indexes:
            k = project_key(names_of[i][0])
            counts[k] = counts.get(k, 0) + 1
        groups[S.node_id(S.PROJECT, max(counts, key=counts.get))] = indexes
    return groups


def link_projects(G: nx.MultiDiGraph, extractions, keys: list[str], settings: LinkSettings) -> None:
    """Project nodes (ABOUT), and inside each project: SAME_AS/ALIAS_OF between indicators and
    sub-projects of different documents, EVIDENCED_BY from indicators to matching facts, and
    MEASURED_BY from goals whose target metric names an indicator of another document."""
    grouped = set()
    for pid, members in project_groups(extractions, keys).items():
        names = []
        for i in members:
            for n in [_project_name(extractions[i]), *_project_aliases(extractions[i])]:
                if n and n not in names:
                    names.append(n)
        key = pid.split(":", 1)[1]
        names.sort(key=lambda n: project_key(n) != key)  # a name with the project's key first
        _node(G, pid, S.PROJECT, names[0], aliases=names[1:])
        for i in members:
            name = _project_name(extractions[i])
            method = "name" if project_key(name) == key else "alias"
            _edge(G, S.node_id(S.DOCUMENT, keys[i]), pid, S.ABOUT, method=method)
        _link_group(G, [keys[i] for i in members], settings)
        grouped.update(members)
    for i, key in enumerate(keys):  # a document without a project still links its own facts
        if i not in grouped:
            _link_group(G, [key], settings)


def _records(G, key: str, ntype: str) -> list[str]:
    return [n for n in G.successors(S.node_id(S.DOCUMENT, key)) if G.nodes[n]["type"] == ntype]


def _link_group(G: nx.MultiDiGraph, keys: list[str], settings: LinkSettings) -> None:
    per_doc = {k: _records(G, k, S.INDICATOR) for k in keys}
    # indicators: equal normalised names → SAME_AS; else word overlap with equal unit → ALIAS_OF
    by_key: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for d, k in enumerate(keys):
        for node in per_doc[k]:
            ikey = indicator_key(G.nodes[node].get("name"))
            if ikey:
                by_key[ikey].append((d, node))
    twins: dict[str, set[int]] = defaultdict(set)  # indicator → documents where it has a SAME_AS twin
    for members in by_key.values():
        for a, (da, u) in enumerate(members):
            for db, v in members[a + 1 :]:
                if da != db:
                    _edge(G, u, v, S.SAME_AS, method="name")
                    twins[u].add(db)
                    twins[v].add(da)
    if len(keys) > 1:
        _fuzzy_same(G, keys, per_doc, twins, settings)
        _same_subprojects(G, keys)
    # facts → indicators of the group (EVIDENCED_BY), goal targets → indicators of other documents
    indicators = [(n, G.nodes[n].get("name")) for k in keys for n in per_doc[k]]
    for k in keys:
        for fact in _records(G, k, S.FACT):
            data = G.nodes[fact]
            if data.get("kind") == "contract_term" or not data.get("metric"):
                continue
            for node, name in indicators:
                if metric_matches(data["metric"], name, settings):
                    _edge(G, node, fact, S.EVIDENCED_BY, method="metric")
    if len(keys) > 1:
        for k in keys:
            for goal in _records(G, k, S.GOAL):
                metrics = [t.get("metric") for t in G.nodes[goal].get("targets", ()) if t.get("metric")]
                for node, name in indicators:
                    if G.nodes[node]["source"] != k and any(metric_matches(m, name, settings) for m in metrics):
                        _edge(G, goal, node, S.MEASURED_BY, method="metric", cross_document=True)


def _fuzzy_same(G, keys, per_doc, twins, settings: LinkSettings) -> None:
    """ALIAS_OF between indicators of two documents where neither has a SAME_AS twin in the other: one name inside
    the other (``contains``) or word overlap (``tokens``), with equal units and, when both are known,
    equal 二级 dimension."""
    loose = [(d, n) for d, k in enumerate(keys) for n in per_doc[k] if G.nodes[n].get("name")]
    for a, (da, u) in enumerate(loose):
        nu = G.nodes[u]
        ku, wu, unit_u = indicator_key(nu["name"]), tokens(nu["name"], settings.tokenizer), normalise(nu.get("unit"))
        for db, v in loose[a + 1 :]:
            nv = G.nodes[v]
            if da == db or db in twins[u] or da in twins[v] or normalise(nv.get("unit")) != unit_u:
                continue
            if nu.get("level2") and nv.get("level2") and nu["level2"] != nv["level2"]:
                continue
            kv = indicator_key(nv["name"])
            shorter = min(ku, kv, key=len)
            if len(shorter) >= settings.min_contained_chars and (ku in kv or kv in ku):
                _edge(G, u, v, S.ALIAS_OF, method="contains", score=round(len(shorter) / max(len(ku), len(kv)), 3))
                continue
            score = jaccard(wu, tokens(nv["name"], settings.tokenizer))
            if score >= settings.same_indicator_overlap:
                _edge(G, u, v, S.ALIAS_OF, method="tokens", score=round(score, 3))


def _same_subprojects(G, keys) -> None:
    subs = [(d, n) for d, k in enumerate(keys) for n in _records(G, k, S.SUBPROJECT)]
    for a, (da, u) in enumerate(subs):
        nu = G.nodes[u]
        ku = normalise(nu["name"])
        alias_u = {normalise(x) for x in nu.get("aliases", ())}
        for db, v in subs[a + 1 :]:
            if da == db:
                continue
            nv = G.nodes[v]
            kv = normalise(nv["name"])
            if ku and ku == kv:
                _edge(G, u, v, S.SAME_AS, method="name")
            elif kv in alias_u or ku in {normalise(x) for x in nv.get("aliases", ())} or alias_u & {
                normalise(x) for x in nv.get("aliases", ())
            }:
                _edge(G, u, v, S.ALIAS_OF, method="alias")


def _org_mentions(ext) -> list[tuple[str, list[str], list[str]]]:
    """``(name, aliases, roles)`` of every organisation a document names (records and header fields)."""
    out = [(o.name, list(o.aliases), list(o.roles)) for o in ext.organisations if o.name]
    for label, value in ext.fields.items():  # 主管部门, 主管部门及代码, 实施单位名称 …
        role = next((r for r in ORG_FIELDS if label.startswith(r)), None)
        if role and value and org_key(value):
            out.append((value, [], [role]))
    # ``以下简称`` aliases whose full name is one of these organisations
    declared = getattr(ext, "aliases", {})
    keys = {org_key(name) for name, _, _ in out}
    for alias, full in declared.items():
        if org_key(full) in keys:
            out.append((full, [alias], []))
    return out


def link_organisations(G: nx.MultiDiGraph, extractions, keys: list[str]) -> None:
    """One node per organisation across all documents: names sharing an alias merge.
    Documents MENTION them; one with a responsible role (实施单位, 主管部门 …) is RESPONSIBLE_FOR the
    document's project, goals and sub-projects."""
    sets = AliasSets()
    mentions = [_org_mentions(e) for e in extractions]
    for doc_mentions in mentions:
        for name, aliases, _ in doc_mentions:
            sets.union([org_key(name), *(org_key(a) for a in aliases)])
    # the canonical name of a merged set: the longest key (a full name beats its short forms), then the most
    # used, then the plainest spelling (without a bracketed code)
    votes: dict[str, dict[str, int]] = defaultdict(dict)
    for doc_mentions in mentions:
        for name, aliases, _ in doc_mentions:
            for n, weight in ((name, 2), *((a, 1) for a in aliases)):
                tally = votes[sets.find(org_key(n))]
                tally[n] = tally.get(n, 0) + weight
    canonical = {root: max(sorted(t), key=lambda n: (len(org_key(n)), t[n], -len(n))) for root, t in votes.items()}
    for key, doc_mentions in zip(keys, mentions):
        doc = S.node_id(S.DOCUMENT, key)
        for name, aliases, roles in doc_mentions:
            best = canonical[sets.find(org_key(name))]
            node = S.node_id(S.ORGANISATION, org_key(best))
            if node not in G:
                _node(G, node, S.ORGANISATION, best)
                G.nodes[node]["aliases"] = []
                G.nodes[node]["roles"] = []
            data = G.nodes[node]
            for alias in (name, *aliases):
                if alias != data["name"] and alias not in data["aliases"]:
                    data["aliases"].append(alias)
            for role in roles:
                if role not in data["roles"]:
                    data["roles"].append(role)
            _edge(G, doc, node, S.MENTIONS)
            if any(r in RESPONSIBLE_ROLES for r in roles):
                targets = [t for t in G.successors(doc) if G.nodes[t]["type"] in (S.PROJECT, S.GOAL, S.SUBPROJECT)]
                for target in targets:
                    _edge(G, node, target, S.RESPONSIBLE_FOR, role=roles[0])


# -- findings -------------------------------------------------------------------------------------

_FINDING_ID_FIELDS = ("node", "item", "record_id", "indicator_id", "goal_id", "item_id", "subject_id", "id")


def add_findings(G: nx.MultiDiGraph, findings, extractions, keys: list[str]) -> None:
    """A Finding node per checker finding, FLAGGED from the record it is about.

    The record is found by the finding's ``item`` (record id, or a fact's metric), else by the
    block ``ref`` (and ``row``) it cites, else the finding flags the document itself."""
    findings = list(findings)
    if len(findings) == len(extractions) and all(isinstance(f, (list, tuple)) for f in findings):
        per_doc = {key: list(fs) for key, fs in zip(keys, findings)}
    else:
        per_doc = defaultdict(list)
        by_source = {}
        for ext, key in zip(extractions, keys):
            by_source.setdefault(ext.source, key)
            by_source.setdefault(Path(ext.source).name, key)
        for f in findings:
            source = _get(f, "source")
            key = by_source.get(source) or by_source.get(Path(str(source or "")).name)
            if key:
                per_doc[key].append(f)
    for key, doc_findings in per_doc.items():
        doc = S.node_id(S.DOCUMENT, key)
        records = [n for n in G.successors(doc) if G.nodes[n]["type"] != S.EVIDENCE]
        for n, f in enumerate(doc_findings, 1):
            fid = S.node_id(S.FINDING, key, n)
            rule = _get(f, "rule")
            _node(G, fid, S.FINDING, _get(f, "message") or rule, source=key, page=_get(f, "page"),
                  ref=_get(f, "ref"), rule=rule, severity=_get(f, "severity"), suggestion=_get(f, "suggestion"))
            target = _finding_target(G, f, records) or doc
            _edge(G, target, fid, S.FLAGGED, rule=rule, severity=_get(f, "severity"))
            flags = G.nodes[target].setdefault("flags", [])
            if rule and rule not in flags:
                flags.append(rule)


def _get(obj, name: str):
    return obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)


def _finding_target(G, finding, records: list[str]) -> str | None:
    for name in _FINDING_ID_FIELDS:
        value = _get(finding, name)
        if not value:
            continue
        if value in G:
            return value
        hits = [n for n in records if value in (G.nodes[n].get("record_id"), G.nodes[n].get("metric"))]
        if len(hits) == 1:
            return hits[0]
    ref, row = _get(finding, "ref"), _get(finding, "row")
    if ref:
        hits = [n for n in records if ref in G.nodes[n].get("refs", ()) or G.nodes[n].get("ref") == ref]
        if row is not None and len(hits) > 1:
            hits = [n for n in hits if G.nodes[n].get("row") == row]
        if len(hits) == 1:
            return hits[0]
    return None


def _first(refs) -> str | None:
    return refs[0] if refs else None
