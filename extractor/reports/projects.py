"""The graph's view of a batch, as the reports need it: which project each document belongs to, who is
responsible, what another document reports for a declared target, and what is missing (gaps).

Projects are the graph's Project nodes (the same key and aliases as ``jixiao graph``), so title variants of
one project are one project in the reports too. The match between a declared target and a reported value
is read in one place, :func:`reported_elsewhere`, over :func:`extractor.graph.query.reported_actuals`.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .location import Locator, record_location
from .tables import UNKNOWN_PROJECT

DEPARTMENT_LABELS = ("主管部门",)
UNIT_LABELS = ("实施单位", "项目单位", "预算单位", "承担单位", "建设单位")
UNKNOWN_DEPARTMENT = "（未识别主管部门）"
GAP_LABELS = {
    "goal_without_indicator": "目标没有对应指标",
    "indicator_without_evidence": "自评指标没有实际值或佐证",
    "subproject_without_goal": "子项目未对应任何目标",
    "goal_without_subproject": "目标没有子项目支撑",
    "target_never_reported": "申报的指标值未见实际完成情况",
}


@dataclass(frozen=True)
class Project:
    key: str  # the graph's project node id, or ``file:<file>`` for a document without a project name
    name: str
    department: str = ""
    unit: str = ""


@dataclass
class Reported:
    """An actual value reported for a declared target in another document of its project."""

    text: str
    value: float | None
    file: str
    location: str
    cell: bool = True  # an indicator row's actual value (else a fact stated in the text)


class BatchGraph:
    """The linked graph of a batch's results with the look-ups the reports make."""

    def __init__(self, results, graph=None):
        from ..extraction import Extraction
        from ..graph.build import build_graph, document_keys

        self.results = [r for r in results if r.extraction]
        if graph is None:
            extractions = [Extraction.from_dict(r.extraction) for r in self.results]
            graph = build_graph(extractions)
            self.key_of_file = dict(zip((r.file for r in self.results), document_keys([e.source for e in extractions])))
        else:  # the batch's own graph: its document nodes say which file each key is
            from ..graph import schema as S

            self.key_of_file = {d.get("path"): d.get("source") for _, d in graph.nodes(data=True)
                                if d.get("type") == S.DOCUMENT}
        self.G = graph
        self.keys = [self.key_of_file.get(r.file, "") for r in self.results]
        self.file_of_key = {k: f for f, k in self.key_of_file.items()}
        self.locators = {r.file: Locator(r.document) for r in self.results}
        self.projects = self._projects()

    # -- projects -------------------------------------------------------------------------------
    def _projects(self) -> dict[str, Project]:
        from ..graph import schema as S

        members: dict[str, list] = {}
        for r, key in zip(self.results, self.keys):
            about = [v for _, v, k in self.G.out_edges(S.node_id(S.DOCUMENT, key), keys=True) if k == S.ABOUT]
            members.setdefault(about[0] if about else f"file:{r.file}", []).append(r)
        out = {}
        for pid, docs in members.items():
            name = self.G.nodes[pid].get("name") if pid in self.G else UNKNOWN_PROJECT
            project = Project(pid, name or UNKNOWN_PROJECT, _most_common(docs, DEPARTMENT_LABELS),
                              _most_common(docs, UNIT_LABELS))
            for r in docs:
                out[r.file] = project
        return out

    def project(self, file: str) -> Project:
        return self.projects.get(file) or Project(f"file:{file}", UNKNOWN_PROJECT)

    # -- declared meets reported ----------------------------------------------------------------
    def reported_elsewhere(self, file: str, n: int) -> list[Reported]:
        """Actual values reported for indicator ``n`` (1-based) of ``file`` in other documents of its project:
        the evidence cells and facts the graph matched to it (:func:`extractor.graph.query.reported_actuals`)."""
        from ..graph import schema as S
        from ..graph.query import reported_actuals

        node = S.node_id(S.INDICATOR, self.key_of_file.get(file, ""), n)
        if node not in self.G:
            return []
        own = self.G.nodes[node].get("source")
        out = []
        for actual in reported_actuals(self.G, node):
            other = self.file_of_key.get(actual.get("source"))
            if other is None or actual.get("source") == own:
                continue
            data = self.G.nodes[actual["node"]]
            value = actual.get("value")
            text = actual.get("text") if data.get("type") == S.EVIDENCE else None
            if not text and isinstance(value, (int, float)):
                text = f"{value:g}{data.get('unit') or ''}"
            if not text:
                continue
            record = {"refs": [data.get("ref")], "row": data.get("row"), "page": data.get("page"), "target_text": text}
            out.append(Reported(text, value, other, record_location(self.locators[other], record),
                                data.get("type") == S.EVIDENCE))
        return sorted(out, key=lambda a: (not a.cell, a.file, a.location, a.text))

    # -- gaps -----------------------------------------------------------------------------------
    def gaps(self) -> list[dict]:
        """The graph's gaps as report rows: 项目, 类型, 文件, 位置, 名称, 说明 (and the machine ``kind``)."""
        from ..graph.query import gaps

        rows = []
        for gap in gaps(self.G):
            file = self.file_of_key.get(gap.source or "", gap.source or "")
            data = self.G.nodes[gap.node]
            locator = self.locators.get(file)
            record = {"refs": data.get("refs") or [gap.ref], "row": data.get("row"), "page": gap.page,
                      "target_text": data.get("target_text")}
            where = record_location(locator, record) if locator else ""
            page = locator.pdf_page(gap.ref, gap.page) if locator else None
            rows.append({
                "项目": self.project(file).name,
                "类型": GAP_LABELS.get(gap.kind, gap.kind),
                "文件": file,
                "位置": where,
                "名称": gap.name,
                "说明": gap.detail,
                "kind": gap.kind,
                "_links": [(file, where, page)],
            })
        return rows


def _most_common(results, labels: tuple[str, ...]) -> str:
    """The value most documents give under one of ``labels`` (主管部门, 主管部门及代码 …), without a bracketed
    code (``江州市教育局（215001）``); ties by name."""
    from ..graph.link import strip_brackets

    votes: Counter = Counter()
    for r in results:
        fields = (r.extraction or {}).get("fields") or {}
        for label in labels:
            value = next((strip_brackets(str(v)).strip() for k, v in fields.items() if k.startswith(label) and v), "")
            if value:
                votes[value] += 1
                break
    if not votes:
        return ""
    return sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
