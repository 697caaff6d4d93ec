"""Build one :class:`networkx.MultiDiGraph` from extractions (graph-first, no wrapper class).

:func:`build_graph` adds each extraction's records (:func:`add_extraction`), links documents of one
project (:func:`link_projects`: one class per indicator or sub-project matched across documents, joined
through its canonical member, so edges grow with documents and not with their pairs), merges organisations
by name and alias (:func:`link_organisations`) and attaches checker findings (:func:`add_findings`). Edges are
keyed by their type, so adding the same link twice keeps one edge. Nodes and edges are added in input order
and nothing depends on set order or the clock: the same inputs give the same graph.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass
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


def build_graph(extractions, findings=None, documents=None, settings: LinkSettings | None = None,
                on_progress=None) -> nx.MultiDiGraph:
    """The linked graph of ``extractions``.

    ``findings``: checker findings, either one flat list (each finding's ``source`` names its file) or
    one list per extraction. ``documents``: the parsed :class:`~extractor.document.Document` of each
    extraction (same order) to add the clause tree. ``on_progress(done, total)`` is called as documents
    are added and then as their projects are linked (``total`` is twice the number of documents).
    """
    settings = settings or LinkSettings()
    extractions = list(extractions)
    progress = _Progress(on_progress, 2 * len(extractions))
    G = nx.MultiDiGraph()
    keys = document_keys([e.source for e in extractions])
    for ext, key in zip(extractions, keys):
        add_extraction(G, ext, key, settings)
        progress.step()
    for doc, key in zip(documents or (), keys):
        if doc is not None:
            add_clauses(G, doc, key)
    names = OrganisationNames([_org_mentions(e) for e in extractions])
    link_projects(G, extractions, keys, settings, names, progress)
    link_organisations(G, extractions, keys, names)
    if findings:
        add_findings(G, findings, extractions, keys)
    progress.finish()
    return G


class _Progress:
    """Calls ``on_progress(done, total)`` (when given) one step at a time, and once more at the end."""

    def __init__(self, on_progress, total: int) -> None:
        self.on_progress, self.total, self.done = on_progress, total, 0

    def step(self, n: int = 1) -> None:
        self.done = min(self.total, self.done + n)
        if self.on_progress:
            self.on_progress(self.done, self.total)

    def finish(self) -> None:
        self.step(self.total - self.done)


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
    goals = [_add_goal(G, doc, key, n, goal) for n, goal in enumerate(ext.goals, 1)]
    indicators = [_add_indicator(G, doc, key, n, ind) for n, ind in enumerate(ext.indicators, 1)]
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


def _add_goal(G: nx.MultiDiGraph, doc: str, key: str, n: int, goal) -> tuple[str, object]:
    """The goal's node, and an evidence node for the actual result it states; ``(node, goal)``."""
    gid = S.node_id(S.GOAL, key, n)
    _node(G, gid, S.GOAL, goal.text, source=key, page=goal.page, ref=_first(goal.refs), refs=goal.refs,
          kind=goal.kind, quantified=goal.quantified, record_id=goal.id, number=goal.number,
          targets=[{k: v for k, v in asdict(t).items() if v not in (None, "")} for t in goal.targets],
          actual_text=goal.actual_text)
    _edge(G, doc, gid, S.CONTAINS)
    if goal.actual_text:
        ev = S.node_id(S.EVIDENCE, key, f"g{n}")
        _node(G, ev, S.EVIDENCE, goal.actual_text, source=key, page=goal.page, ref=_first(goal.refs), role="actual")
        _edge(G, doc, ev, S.CONTAINS)
        _edge(G, gid, ev, S.EVIDENCED_BY, method="record")
    return gid, goal


def _add_indicator(G: nx.MultiDiGraph, doc: str, key: str, n: int, ind) -> tuple[str, object]:
    """The indicator's node, and an evidence node for its actual value; ``(node, indicator)``."""
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
    return iid, ind


def _link_subprojects(G, ext, key: str, doc: str, goals: list, settings: LinkSettings) -> None:
    """SubProject nodes and their CONTRIBUTES_TO edges: the extractor's goal links (``explicit`` references such
    as 对应具体目标第1、5项, or ``content`` evidence, each with its confidence and reference), else its
    ``goal_ids``, else a goal naming the sub-project (``mention``), else word overlap (``tokens``)."""
    for n, sub in enumerate(ext.subprojects, 1):
        sid = S.node_id(S.SUBPROJECT, key, n)
        _node(G, sid, S.SUBPROJECT, sub.name, source=key, page=sub.page, ref=_first(sub.refs), refs=sub.refs,
              aliases=sub.aliases, record_id=sub.id, goal_ids=sub.goal_ids, number=sub.number,
              investment=sub.investment, investment_unit=sub.investment_unit, lead_units=sub.lead_units,
              partner_units=sub.partner_units, summary=sub.summary, period=sub.period, origin=sub.origin)
        _edge(G, doc, sid, S.CONTAINS)
        linked = _goal_links(G, sid, sub, goals)
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


def _goal_links(G, sid: str, sub, goals: list) -> list[str]:
    """CONTRIBUTES_TO edges from the sub-project's own goal links and goal ids; the goal nodes linked.
    A link whose goal is not in the document (a number no goal carries) is kept on the node as
    ``unresolved_goal_links``."""
    by_record = {g.id: gid for gid, g in goals if g.id}
    by_number = {goal_number_key(g.number): gid for gid, g in goals if g.number}
    linked, unresolved = [], []
    for link in sub.goal_links:
        gid = by_record.get(link.goal_id) or by_number.get(goal_number_key(link.goal_number))
        if gid is None:
            unresolved.append({k: v for k, v in asdict(link).items() if v not in (None, "")})
            continue
        _edge(G, sid, gid, S.CONTRIBUTES_TO, method=link.method, confidence=link.confidence,
              reference=link.reference or None, goal_number=link.goal_number)
        if gid not in linked:
            linked.append(gid)
    for goal_id in sub.goal_ids:
        gid = by_record.get(goal_id)
        if gid and gid not in linked:
            _edge(G, sid, gid, S.CONTRIBUTES_TO, method="record")
            linked.append(gid)
    if unresolved:
        G.nodes[sid]["unresolved_goal_links"] = unresolved
    return linked


def goal_number_key(number: str | None) -> str:
    """A goal number as references cite it: ``（三）``, ``三``, ``3.`` and ``第3项`` all give ``3``."""
    from ..nlp.quantities import parse_number

    key = normalise(number).removeprefix("第").removesuffix("项")
    value = parse_number(key) if key else None
    return str(int(value)) if value is not None and value == int(value) else key


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

# header roles that say whose project a document is about: same-named projects of different departments differ
DEPARTMENT_ROLES = ("主管部门", "实施单位", "项目单位", "预算单位")
LEAD_ROLE, PARTNER_ROLE = "牵头单位", "配合单位"  # roles of a sub-project's units


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


class OrganisationNames:
    """Organisation names merged across all documents: names listed together (a name and its aliases) are one
    organisation, called by its canonical name — the longest key (a full name beats its short forms), then
    the most used, then the plainest spelling (without a bracketed code)."""

    def __init__(self, mentions: list[list[tuple[str, list[str], list[str]]]]) -> None:
        self._sets = AliasSets()
        for doc_mentions in mentions:
            for name, aliases, _ in doc_mentions:
                self._sets.union([org_key(name), *(org_key(a) for a in aliases)])
        votes: dict[str, dict[str, int]] = defaultdict(dict)
        for doc_mentions in mentions:
            for name, aliases, _ in doc_mentions:
                for n, weight in ((name, 2), *((a, 1) for a in aliases)):
                    tally = votes[self._sets.find(org_key(n))]
                    tally[n] = tally.get(n, 0) + weight
        self._canonical = {root: max(sorted(t), key=lambda n: (len(org_key(n)), t[n], -len(n)))
                           for root, t in votes.items()}

    def canonical(self, name: str) -> str:
        return self._canonical.get(self._sets.find(org_key(name)), name)


def _departments(mentions, names: OrganisationNames) -> list[str]:
    """Keys of the organisations a document names as its 主管部门 / 实施单位 (the 主管部门 first)."""
    found = []
    for name, _, roles in sorted(mentions, key=lambda m: not any(r.startswith("主管部门") for r in m[2])):
        if any(r.startswith(DEPARTMENT_ROLES) for r in roles):
            key = org_key(names.canonical(name))
            if key and key not in found:
                found.append(key)
    return found


def project_groups(extractions, keys: list[str], names: OrganisationNames | None = None) -> dict[str, list[int]]:
    """Documents of one project: same project key, directly or through a declared alias, and — when they name
    one — a shared 主管部门 or 实施单位. Returns ``{project node id: [extraction index, ...]}``; documents
    without a project name are left out. A name used by projects of several departments gives one node each,
    ``project:<key>@<department>``; documents of that name without a department get ``project:<key>``."""
    mentions = [_org_mentions(e) for e in extractions]
    names = names or OrganisationNames(mentions)
    sets = AliasSets()
    names_of = []
    for ext in extractions:
        name = _project_name(ext)
        found = [n for n in [name, *_project_aliases(ext)] if n and project_key(n)] if name else []
        names_of.append(found)
        sets.union([project_key(n) for n in found])
    same_name: dict[str, list[int]] = {}
    for i, found in enumerate(names_of):
        if found:
            same_name.setdefault(sets.find(project_key(found[0])), []).append(i)
    departments = [_departments(m, names) for m in mentions]
    groups: dict[str, list[int]] = {}
    for indexes in same_name.values():
        key = _most_used([project_key(names_of[i][0]) for i in indexes])  # the key most documents use
        for members, department in _split_by_department(indexes, departments):
            groups[S.node_id(S.PROJECT, f"{key}@{department}" if department else key)] = members
    return groups


def _split_by_department(indexes: list[int], departments: list[list[str]]) -> list[tuple[list[int], str | None]]:
    """Documents of one project name split by department: documents naming a common organisation stay together;
    when only one department (or none) is named, all are one project. ``[(members, department or None)]``."""
    sets = AliasSets()
    for i in indexes:
        sets.union(departments[i])
    parts: dict[str, list[int]] = {}
    unknown = []
    for i in indexes:
        if departments[i]:
            parts.setdefault(sets.find(departments[i][0]), []).append(i)
        else:
            unknown.append(i)
    if len(parts) <= 1:
        return [(indexes, None)]
    out = [(members, _most_used([departments[i][0] for i in members])) for members in parts.values()]
    return out + ([(unknown, None)] if unknown else [])


def _most_used(values: list[str]) -> str:
    counts: dict[str, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return max(sorted(counts), key=counts.get)


def link_projects(G: nx.MultiDiGraph, extractions, keys: list[str], settings: LinkSettings,
                  names: OrganisationNames | None = None, progress: _Progress | None = None) -> None:
    """Project nodes (ABOUT), and inside each project: one class per indicator (and sub-project) matched across
    documents, its canonical member joined to the others by SAME_AS/ALIAS_OF; EVIDENCED_BY from indicators to
    matching facts, and MEASURED_BY from goals whose target metric names an indicator of another document."""
    progress = progress or _Progress(None, 0)
    grouped = set()
    for pid, members in project_groups(extractions, keys, names).items():
        project_names = []
        for i in members:
            for n in [_project_name(extractions[i]), *_project_aliases(extractions[i])]:
                if n and n not in project_names:
                    project_names.append(n)
        key, _, department = pid.split(":", 1)[1].partition("@")
        project_names.sort(key=lambda n: project_key(n) != key)  # a name with the project's key first
        _node(G, pid, S.PROJECT, project_names[0], aliases=project_names[1:],
              department=names.canonical(department) if names and department else None)
        for i in members:
            method = "name" if project_key(_project_name(extractions[i])) == key else "alias"
            _edge(G, S.node_id(S.DOCUMENT, keys[i]), pid, S.ABOUT, method=method)
        _link_group(G, [keys[i] for i in members], settings)
        grouped.update(members)
        progress.step(len(members))
    for i, key in enumerate(keys):  # a document without a project still links its own facts
        if i not in grouped:
            _link_group(G, [key], settings)
            progress.step()


def _records(G, key: str, ntype: str) -> list[str]:
    return [n for n in G.successors(S.node_id(S.DOCUMENT, key)) if G.nodes[n]["type"] == ntype]


def _link_group(G: nx.MultiDiGraph, keys: list[str], settings: LinkSettings) -> None:
    indicators = [n for k in keys for n in _records(G, k, S.INDICATOR)]
    classes = indicator_classes(G, indicators, settings)
    for cls in classes:
        if len(cls.documents) > 1:
            for node, etype, method, score in cls.members:
                _edge(G, cls.canonical, node, etype, method=method, score=score)
    _link_facts(G, keys, classes, settings)
    if len(keys) > 1:
        _link_goal_targets(G, keys, classes, settings)
        _join_subprojects(G, keys)


@dataclass
class IndicatorClass:
    """Indicators of one project taken to be one: the ``canonical`` node (declared in a target form where there
    is one) and the ``members`` joined to it, each as ``(node, SAME_AS or ALIAS_OF, method, score)``."""

    canonical: str
    members: list[tuple[str, str, str, float | None]]
    names: list[str]  # one name per distinct key in the class
    documents: set[str]

    def heads(self) -> list[str]:
        """The nodes a link to the whole class attaches to: the canonical one when the class spans documents."""
        return [self.canonical] if len(self.documents) > 1 else [self.canonical, *(m[0] for m in self.members)]


def indicator_classes(G, indicators: list[str], settings: LinkSettings) -> list[IndicatorClass]:
    """Indicators of one project grouped: equal keys (:func:`indicator_key`) are one; two keys never found in
    one document join when one name holds the other or their words overlap (:func:`_renamed_keys`)."""
    by_key: dict[str, list[str]] = {}
    for node in indicators:
        key = indicator_key(G.nodes[node].get("name"))
        if key:
            by_key.setdefault(key, []).append(node)
    sets = AliasSets()
    how: dict[tuple[str, str], tuple[str, float]] = {}
    for k in by_key:
        sets.find(k)
    for ka, kb, method, score in _renamed_keys(G, by_key, settings):
        sets.union([ka, kb])
        how[ka, kb] = how[kb, ka] = (method, score)
    order = {n: i for i, n in enumerate(indicators)}
    grouped: dict[str, list[str]] = {}
    for k in by_key:
        grouped.setdefault(sets.find(k), []).append(k)
    classes = []
    for class_keys in grouped.values():
        nodes = sorted((n for k in class_keys for n in by_key[k]), key=order.get)
        canonical = next((n for n in nodes if _declared_in(G, n)), nodes[0])
        ck = indicator_key(G.nodes[canonical]["name"])
        members = []
        for node in nodes:
            if node == canonical:
                continue
            key = indicator_key(G.nodes[node]["name"])
            if key == ck:
                members.append((node, S.SAME_AS, "name", None))
            else:
                method, score = how.get((ck, key)) or next(how[p] for p in how if p[0] == key)
                members.append((node, S.ALIAS_OF, method, score))
        classes.append(IndicatorClass(canonical, members, [G.nodes[by_key[k][0]]["name"] for k in class_keys],
                                      {G.nodes[n]["source"] for n in nodes}))
    return classes


def _declared_in(G, node: str) -> bool:
    return G.nodes[S.node_id(S.DOCUMENT, G.nodes[node]["source"])].get("doc_type") in S.DECLARING_DOC_TYPES


def _renamed_keys(G, by_key: dict[str, list[str]], settings: LinkSettings):
    """``(key, key, method, score)`` for indicator keys of one project that name one indicator renamed between
    documents: never both in one document, equal units and, when both are known, equal 二级 dimension; then one
    name inside the other (``contains``) or word overlap (``tokens``). Candidates share a character pair, so
    the work grows with the project's distinct names, not its documents."""
    facts = {key: _key_facts([G.nodes[n] for n in nodes]) for key, nodes in by_key.items()}
    index: dict[str, list[str]] = defaultdict(list)
    for key in by_key:
        for pair in _pairs(key):
            index[pair].append(key)
    position = {k: i for i, k in enumerate(by_key)}
    for ka in by_key:
        candidates = {kb for pair in _pairs(ka) for kb in index[pair] if position[kb] > position[ka]}
        for kb in sorted(candidates, key=position.get):
            found = _renamed(ka, kb, facts[ka], facts[kb], settings)
            if found is not None:
                yield (ka, kb, *found)


def _key_facts(data: list[dict]) -> tuple[set, set, set, str]:
    """(documents, units, 二级 dimensions, first name) of the indicator nodes of one key."""
    return ({d["source"] for d in data}, {normalise(d.get("unit")) for d in data},
            {d["level2"] for d in data if d.get("level2")}, data[0]["name"])


def _renamed(ka: str, kb: str, facts_a: tuple, facts_b: tuple, settings: LinkSettings) -> tuple[str, float] | None:
    """``(method, score)`` when keys ``ka`` and ``kb`` name one indicator renamed between documents, else None."""
    docs_a, units_a, level_a, name_a = facts_a
    docs_b, units_b, level_b, name_b = facts_b
    if docs_a & docs_b or not units_a & units_b or (level_a and level_b and not level_a & level_b):
        return None
    shorter = min(ka, kb, key=len)
    if len(shorter) >= settings.min_contained_chars and (ka in kb or kb in ka):
        return "contains", round(len(shorter) / max(len(ka), len(kb)), 3)
    score = jaccard(tokens(name_a, settings.tokenizer), tokens(name_b, settings.tokenizer))
    if score >= settings.same_indicator_overlap:
        return "tokens", round(score, 3)
    return None


def _pairs(key: str) -> set[str]:
    return {key[i : i + 2] for i in range(len(key) - 1)} or {key}


def _link_facts(G, keys: list[str], classes: list[IndicatorClass], settings: LinkSettings) -> None:
    """EVIDENCED_BY from each indicator class whose name a fact's metric names to the fact (one edge per class)."""
    matching: dict[str, list[str]] = {}
    for k in keys:
        for fact in _records(G, k, S.FACT):
            data = G.nodes[fact]
            metric = data.get("metric")
            if data.get("kind") == "contract_term" or not metric:
                continue
            if metric not in matching:
                matching[metric] = [n for cls in classes if any(metric_matches(metric, name, settings)
                                                                for name in cls.names) for n in cls.heads()]
            for node in matching[metric]:
                _edge(G, node, fact, S.EVIDENCED_BY, method="metric")


def _link_goal_targets(G, keys: list[str], classes: list[IndicatorClass], settings: LinkSettings) -> None:
    """MEASURED_BY (``cross_document``) from a goal whose target metric names an indicator class found in
    another document: to the class's canonical node, or — when that is in the goal's own document, which links
    it already — to the first matching indicator of another document."""
    for k in keys:
        for goal in _records(G, k, S.GOAL):
            metrics = [t.get("metric") for t in G.nodes[goal].get("targets", ()) if t.get("metric")]
            if not metrics:
                continue
            for cls in classes:
                if cls.documents == {k} or not any(metric_matches(m, name, settings) for m in metrics
                                                   for name in cls.names):
                    continue
                target = cls.canonical
                if G.nodes[target]["source"] == k:
                    target = next((n for n, *_ in cls.members if G.nodes[n]["source"] != k
                                   and any(metric_matches(m, G.nodes[n]["name"], settings) for m in metrics)), None)
                if target:
                    _edge(G, goal, target, S.MEASURED_BY, method="metric", cross_document=True)


def _join_subprojects(G, keys: list[str]) -> None:
    """One class per sub-project named in several documents of a project (equal names, or a shared alias): the
    first one, declared where possible, joined to the others by SAME_AS (same name) or ALIAS_OF (``alias``)."""
    subs = [n for k in keys for n in _records(G, k, S.SUBPROJECT)]
    sets = AliasSets()
    names = {n: [normalise(x) for x in (G.nodes[n]["name"], *G.nodes[n].get("aliases", ())) if normalise(x)]
             for n in subs}
    for n in subs:
        sets.union(names[n])
    grouped: dict[str, list[str]] = {}
    for n in subs:
        if names[n]:
            grouped.setdefault(sets.find(names[n][0]), []).append(n)
    for nodes in grouped.values():
        if len({G.nodes[n]["source"] for n in nodes}) < 2:
            continue
        canonical = next((n for n in nodes if _declared_in(G, n)), nodes[0])
        key = normalise(G.nodes[canonical]["name"])
        for n in nodes:
            if n == canonical:
                continue
            if normalise(G.nodes[n]["name"]) == key:
                _edge(G, canonical, n, S.SAME_AS, method="name")
            else:
                _edge(G, canonical, n, S.ALIAS_OF, method="alias")


def _org_mentions(ext) -> list[tuple[str, list[str], list[str]]]:
    """``(name, aliases, roles)`` of every organisation a document names (records, header fields and the lead
    and partner units of its sub-projects)."""
    out = [(o.name, list(o.aliases), list(o.roles)) for o in ext.organisations if o.name]
    for label, value in ext.fields.items():  # 主管部门, 主管部门及代码, 实施单位名称 …
        role = next((r for r in ORG_FIELDS if label.startswith(r)), None)
        if role and value and org_key(value):
            out.append((value, [], [role]))
    for sub in ext.subprojects:
        out += [(unit, [], [LEAD_ROLE]) for unit in sub.lead_units if org_key(unit)]
        out += [(unit, [], [PARTNER_ROLE]) for unit in sub.partner_units if org_key(unit)]
    # ``以下简称`` aliases whose full name is one of these organisations
    declared = getattr(ext, "aliases", {})
    keys = {org_key(name) for name, _, _ in out}
    for alias, full in declared.items():
        if org_key(full) in keys:
            out.append((full, [alias], []))
    return out


def link_organisations(G: nx.MultiDiGraph, extractions, keys: list[str], names: OrganisationNames | None = None) -> None:
    """One node per organisation across all documents (:class:`OrganisationNames`).
    Documents MENTION them; one with a responsible role (实施单位, 主管部门 …) is RESPONSIBLE_FOR the
    document's project, goals and sub-projects; a sub-project's lead and partner units are RESPONSIBLE_FOR it
    with ``role`` ``lead`` or ``partner``."""
    mentions = [_org_mentions(e) for e in extractions]
    names = names or OrganisationNames(mentions)

    def org_node(name: str) -> str:
        best = names.canonical(name)
        node = S.node_id(S.ORGANISATION, org_key(best))
        if node not in G:
            _node(G, node, S.ORGANISATION, best)
            G.nodes[node]["aliases"] = []
            G.nodes[node]["roles"] = []
        return node

    for ext, key, doc_mentions in zip(extractions, keys, mentions):
        doc = S.node_id(S.DOCUMENT, key)
        for name, aliases, roles in doc_mentions:
            node = org_node(name)
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
        for n, sub in enumerate(ext.subprojects, 1):
            sid = S.node_id(S.SUBPROJECT, key, n)
            for units, role in ((sub.lead_units, "lead"), (sub.partner_units, "partner")):
                for unit in units:
                    if org_key(unit):
                        _edge(G, org_node(unit), sid, S.RESPONSIBLE_FOR, role=role)


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
