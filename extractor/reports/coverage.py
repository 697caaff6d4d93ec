"""What reviewers read: the coverage report's content with Chinese labels, independent of the file format.

:func:`build_report` turns the per-document results of a batch into a :class:`ReportData`
(overview counts, goal × indicator matrix per project, dimension coverage per document, findings
with evidence and suggestions, indicator details with declared vs actual values);
:mod:`.excel` and :mod:`.html` only lay it out.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import pandas as pd

from ..extraction import LEVEL2_COST_101
from ..nlp.lexicon import level2_of
from .labels import SEVERITY_LABELS, SEVERITY_ORDER, STATUS_LABELS, file_note, severity_label, status_label
from .tables import UNKNOWN_PROJECT

DIMENSIONS = ("数量", "质量", "时效", "成本", "效益", "满意度")
WHOLE_DOCUMENT = "全文"
FINDING_COLUMNS = ["项目", "主管部门", "实施单位", "文件", "位置", "严重程度", "问题", "问题说明", "原文", "修改建议",
                   "规则", "引用"]
PROJECT_COLUMNS = ["排名", "项目", "主管部门", "实施单位", "文件数", "错误", "警告", "提示", "缺失维度",
                   "无指标的目标", "未报告的目标值", "文件"]
GAP_COLUMNS = ["项目", "类型", "文件", "位置", "名称", "说明"]
INDICATOR_COLUMNS = ["项目", "文件", "位置", "一级指标", "二级指标", "三级指标", "维度", "指标值（申报）", "实际完成值",
                     "实际值来源", "达成情况", "单位", "分值", "得分", "偏差原因"]
FILE_COLUMNS = ["文件", "项目", "状态", "说明", "错误代码", "技术细节"]
LINK_MARK = "●"
_BENEFIT_LEVEL2 = level2_of("效益指标")
_COST_LEVEL2 = ("成本指标", *LEVEL2_COST_101)


@dataclass
class ProjectMatrix:
    """Goals (legend) and indicators (rows) of one project; ``matrix`` has one column per goal."""

    project: str
    goals: pd.DataFrame  # 文件 | 目标 | 目标类型 | 目标内容 | 关联指标数
    matrix: pd.DataFrame  # 文件 | 一级指标 | 二级指标 | 指标名称 | 目标1 … | 关联目标数


@dataclass
class ReportData:
    overview: list[tuple[str, object]]
    status_counts: pd.DataFrame
    severity_counts: pd.DataFrame
    rule_counts: pd.DataFrame
    dimensions: pd.DataFrame
    matrices: list[ProjectMatrix]
    findings: pd.DataFrame  # errors and warnings (FINDING_COLUMNS, plus the hidden ``_links``)
    indicators: pd.DataFrame
    files: pd.DataFrame
    title: str = "绩效目标与指标覆盖情况报告"
    notes: list[str] = field(default_factory=list)
    info_findings: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=FINDING_COLUMNS))
    projects: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=PROJECT_COLUMNS))
    gaps: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=GAP_COLUMNS))
    header: list[tuple[str, str]] = field(default_factory=list)
    made_at: object = None  # datetime the files are stamped with (from the input, see runinfo)


def dimension_of(level1: str | None, level2: str | None) -> str | None:
    """Which of :data:`DIMENSIONS` an indicator covers, from its canonical 一级/二级 names."""
    level1, level2 = level1 or "", level2 or ""
    if level2 == "数量指标":
        return "数量"
    if level2 == "质量指标":
        return "质量"
    if level2 == "时效指标":
        return "时效"
    if level2 in _COST_LEVEL2 or level1 == "成本指标":
        return "成本"
    if level2 in _BENEFIT_LEVEL2 or level1 == "效益指标":
        return "效益"
    if "满意度" in level2 or level1 == "满意度指标":
        return "满意度"
    return None


def achievement(ind: dict) -> str:
    """达成 / 未达成 from the declared operator and value and the actual value; empty when unknown."""
    op, value, actual, upper = ind.get("operator"), ind.get("value"), ind.get("actual"), ind.get("upper")
    if not all(isinstance(x, (int, float)) for x in (actual, value)) or op is None:
        return ""
    checks = {
        ">=": actual >= value,
        ">": actual > value,
        "<=": actual <= value,
        "<": actual < value,
        "=": abs(actual - value) < 1e-9,
        "range": isinstance(upper, (int, float)) and value <= actual <= upper,
    }
    met = checks.get(op)
    return "" if met is None else ("达成" if met else "未达成")


def rule_names() -> dict[str, str]:
    try:
        from ..checker.rule import all_rules

        return {rid: rule.name for rid, rule in all_rules().items()}
    except Exception:  # noqa: BLE001  names are a convenience; ids are always shown
        return {}


def build_report(results, info=None, graph=None) -> ReportData:
    """The report content for ``results`` (per-document results of a batch).

    ``info``: the run's :class:`~.runinfo.RunInfo` (header block and file time stamps); ``graph``: the batch's
    graph when already built (else it is built here from the results)."""
    from .copies import copy_groups
    from .projects import BatchGraph

    results = sorted(results, key=lambda r: r.file)
    processed = [r for r in results if r.status != "skipped"]
    bg = BatchGraph(processed, graph)
    names = rule_names()
    copies = copy_groups(processed)
    all_findings = _finding_rows(processed, bg, copies, names)
    overview = _overview(results, processed, bg, all_findings)
    gaps = _merge_copies(bg.gaps(), copies)
    dimensions = _dimensions(processed, bg)
    return ReportData(
        overview=overview,
        status_counts=_status_counts(results),
        severity_counts=_severity_counts(all_findings),
        rule_counts=_rule_counts(all_findings, names),
        dimensions=dimensions,
        matrices=_matrices(processed, bg, copies),
        findings=_frame([f for f in all_findings if f["_severity"] != "info"], FINDING_COLUMNS),
        info_findings=_frame([f for f in all_findings if f["_severity"] == "info"], FINDING_COLUMNS),
        indicators=_indicators([(r, i) for r in processed for i in (r.extraction or {}).get("indicators") or []], bg),
        files=_files(results, bg),
        projects=_projects(processed, bg, all_findings, dimensions, gaps),
        gaps=_frame(gaps, GAP_COLUMNS),
        header=info.header_rows() if info is not None else [],
        made_at=info.made_at if info is not None else None,
        notes=_notes(all_findings),
    )


def _overview(results, processed, bg, all_findings: list[dict]) -> list[tuple[str, object]]:
    """The 概况 rows: files by status, projects recognised, goals, indicators and problems by severity."""
    statuses = Counter(r.status for r in results)
    severities = Counter(f["_severity"] for f in all_findings)
    known = {bg.project(r.file).key for r in processed if r.extraction}
    known = {p for p in known if not p.startswith("file:")}
    return [
        ("文件总数", len(results)),
        *((f"其中{STATUS_LABELS[s]}", statuses.get(s, 0)) for s in STATUS_LABELS),
        ("识别的项目数", len(known)),
        ("绩效目标数", sum(len((r.extraction or {}).get("goals") or []) for r in processed)),
        ("绩效指标数", sum(len((r.extraction or {}).get("indicators") or []) for r in processed)),
        ("问题总数", len(all_findings)),
        *((f"其中{SEVERITY_LABELS[s]}", severities.get(s, 0)) for s in SEVERITY_ORDER),
    ]


def _status_counts(results) -> pd.DataFrame:
    statuses = Counter(r.status for r in results)
    return pd.DataFrame(
        [{"状态": STATUS_LABELS[s], "文件数": statuses.get(s, 0)} for s in STATUS_LABELS], columns=["状态", "文件数"]
    )


def _severity_counts(all_findings: list[dict]) -> pd.DataFrame:
    severities = Counter(f["_severity"] for f in all_findings)
    return pd.DataFrame(
        [{"严重程度": SEVERITY_LABELS[s], "问题数": severities.get(s, 0)} for s in SEVERITY_ORDER],
        columns=["严重程度", "问题数"],
    )


def _rule_counts(all_findings: list[dict], names: dict) -> pd.DataFrame:
    """Problems per rule and severity, the most frequent first."""
    by_rule = Counter((f["规则"], f["_severity"]) for f in all_findings)
    return pd.DataFrame(
        [
            {"问题": names.get(rule, "") or rule, "严重程度": severity_label(sev), "问题数": n, "规则": rule}
            for (rule, sev), n in sorted(by_rule.items(), key=lambda kv: (-kv[1], str(kv[0][0])))
        ],
        columns=["问题", "严重程度", "问题数", "规则"],
    )


def _files(results, bg) -> pd.DataFrame:
    """One row per input file: its project, status and error."""
    return pd.DataFrame(
        [{"文件": r.file, "项目": bg.project(r.file).name if r.extraction else "", "状态": status_label(r.status),
          "说明": file_note(r.code, (r.extraction or {}).get("script_changes")), "错误代码": r.code,
          "技术细节": r.message} for r in results],
        columns=FILE_COLUMNS,
    )


def _notes(all_findings: list[dict]) -> list[str]:
    if any(f["文件"].count("、") for f in all_findings):
        return ["同一份材料的不同格式（如 DOCX 与其导出的 PDF）内容相同，相同的问题只列一次，“文件”栏列出两份文件。"]
    return []


def _frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    """The visible ``columns`` plus the hidden ``_links`` (file, location, page) of each row."""
    return pd.DataFrame([{c: row.get(c) for c in [*columns, "_links"]} for row in rows], columns=[*columns, "_links"])


def _finding_rows(results, bg, copies: dict[str, tuple[str, ...]], names: dict[str, str]) -> list[dict]:
    """One row per problem: a finding that copies of one submission share is listed once, naming both files."""
    from ..graph.link import normalise
    from .location import finding_location, records_by_id

    rows: dict[tuple, dict] = {}
    for r in results:
        locator, records, project = bg.locators.get(r.file), records_by_id(r.extraction), bg.project(r.file)
        for n, f in enumerate(r.findings):
            where = (finding_location(locator, f, records) if locator else "") or WHOLE_DOCUMENT
            page = locator.pdf_page(f.get("ref"), f.get("page")) if locator else None
            group = copies.get(r.file, (r.file,))
            key = (group, f.get("rule"), normalise(f.get("message")), normalise(f.get("evidence")))
            if key not in rows:
                key = key if len(group) > 1 else (r.file, n)
                rows[key] = {
                    "项目": project.name, "主管部门": project.department, "实施单位": project.unit,
                    "文件": r.file, "位置": where, "严重程度": severity_label(f.get("severity")),
                    "问题": names.get(f.get("rule"), "") or f.get("rule"), "问题说明": f.get("message") or "",
                    "原文": f.get("evidence") or "", "修改建议": f.get("suggestion") or "",
                    "规则": f.get("rule"), "引用": f.get("ref") or "",
                    "_severity": f.get("severity"), "_links": [(r.file, where, page)],
                    "_order": (_block_order(f.get("ref")), n),
                }
                continue
            row = rows[key]  # the same problem in another copy of the submission
            row["_links"].append((r.file, where, page))
            row["文件"] = "、".join(file for file, _, _ in row["_links"])
            row["位置"] = "；".join(f"{file}：{loc}" for file, loc, _ in row["_links"])
    order = {s: n for n, s in enumerate(SEVERITY_ORDER)}
    return sorted(rows.values(), key=lambda f: (order.get(f["_severity"], 9), f["项目"], f["_links"][0][0], f["_order"]))


def _merge_copies(gaps: list[dict], copies: dict[str, tuple[str, ...]]) -> list[dict]:
    """Gaps that copies of one submission share listed once, naming both files and locations."""
    merged: dict[tuple, dict] = {}
    for gap in gaps:
        group = copies.get(gap["文件"])
        key = (group, gap["kind"], gap["名称"], gap["说明"]) if group else (id(gap),)
        if key not in merged:
            merged[key] = {**gap, "_links": list(gap["_links"])}
            continue
        row = merged[key]
        row["_links"].extend(gap["_links"])
        row["文件"] = "、".join(f for f, _, _ in row["_links"])
        row["位置"] = "；".join(f"{f}：{where}" for f, where, _ in row["_links"])
    return list(merged.values())


def _block_order(ref: str | None) -> int:
    from ..graph.link import block_index

    index = block_index([ref] if ref else [])
    return -1 if index is None else index


def _projects(results, bg, findings: list[dict], dimensions: pd.DataFrame, gaps: list[dict]) -> pd.DataFrame:
    """One row per project, ranked by errors, then warnings: what is missing and where to look."""
    rows = _project_rows(results, bg)
    _count_findings(rows, findings, bg)
    _count_dimensions(rows, dimensions, bg)
    _count_gaps(rows, gaps, bg)
    ranked = sorted(rows.values(), key=lambda x: (-x["错误"], -x["警告"], -x["提示"], x["项目"], x["文件"]))
    out = []
    for n, row in enumerate(ranked, 1):
        missing = "、".join(d for d in DIMENSIONS if not row["_dims"].get(d)) if row["_dimensioned"] else "（无分维度指标）"
        out.append({**{k: v for k, v in row.items() if not k.startswith("_")}, "排名": n, "缺失维度": missing,
                    "文件": "、".join(row["文件"]), "文件数": len(row["文件"])})
    return pd.DataFrame(out, columns=PROJECT_COLUMNS)


def _project_rows(results, bg) -> dict[str, dict]:
    """An empty row per project key (with its files) of the results that have an extraction."""
    rows: dict[str, dict] = {}
    for r in results:
        if not r.extraction:
            continue
        p = bg.project(r.file)
        row = rows.setdefault(p.key, {"项目": p.name, "主管部门": p.department, "实施单位": p.unit, "文件": [],
                                      "错误": 0, "警告": 0, "提示": 0, "无指标的目标": 0, "未报告的目标值": 0,
                                      "_dims": Counter(), "_dimensioned": False})
        row["文件"].append(r.file)
    return rows


def _count_findings(rows: dict[str, dict], findings: list[dict], bg) -> None:
    for f in findings:
        key = bg.project(f["_links"][0][0]).key
        if key in rows:
            rows[key][severity_label(f["_severity"])] += 1


def _count_dimensions(rows: dict[str, dict], dimensions: pd.DataFrame, bg) -> None:
    for _, d in dimensions.iterrows():
        row = rows.get(bg.project(d["文件"]).key)
        if row is not None and sum(d[x] for x in DIMENSIONS):
            row["_dimensioned"] = True
            row["_dims"].update({x: int(d[x]) for x in DIMENSIONS})


def _count_gaps(rows: dict[str, dict], gaps: list[dict], bg) -> None:
    for gap in gaps:
        row = rows.get(bg.project(gap["文件"].split("、")[0]).key)
        if row is not None and gap["kind"] == "goal_without_indicator":
            row["无指标的目标"] += 1
        elif row is not None and gap["kind"] == "target_never_reported":
            row["未报告的目标值"] += 1


def _dimensions(results, bg) -> pd.DataFrame:
    rows = []
    for r in results:
        if r.extraction is None:
            continue
        indicators = r.extraction.get("indicators") or []
        # score-table rows (决策/过程/产出/效益 of an evaluation) and rows of unknown level have no dimension:
        # they are counted in 指标数 but do not make a document look as if it lacked every dimension
        counts = Counter(dimension_of(i.get("level1"), i.get("level2")) for i in indicators)
        counts.pop(None, None)
        row = {"文件": r.file, "项目": bg.project(r.file).name, "指标数": len(indicators)}
        row.update({d: counts.get(d, 0) for d in DIMENSIONS})
        if not indicators:
            row["缺失维度"] = "（无指标）"
        elif not counts:
            row["缺失维度"] = "（无分维度的目标指标）"
        else:
            row["缺失维度"] = "、".join(d for d in DIMENSIONS if not counts.get(d))
        rows.append(row)
    return pd.DataFrame(rows, columns=["文件", "项目", "指标数", *DIMENSIONS, "缺失维度"])


def _matrices(results, bg, copies: dict[str, tuple[str, ...]]) -> list[ProjectMatrix]:
    """One goal × indicator matrix per project (a copy of a submission in another format is left out)."""
    by_project = _documents_by_project(results, bg, copies)
    titles = {key: (f"{UNKNOWN_PROJECT}{docs[0].file}" if key.startswith("file:") else bg.project(docs[0].file).name)
              for key, docs in by_project.items()}
    return [_project_matrix(titles[key], by_project[key]) for key in sorted(by_project, key=lambda k: (titles[k], k))]


def _documents_by_project(results, bg, copies: dict[str, tuple[str, ...]]) -> dict[str, list]:
    """The results with goals or indicators by project key, leaving out copies of a submission."""
    by_project: dict[str, list] = {}
    for r in results:
        if copies.get(r.file, (r.file,))[0] != r.file:
            continue
        if r.extraction and (r.extraction.get("goals") or r.extraction.get("indicators")):
            # a document without a project is a project of its own: never pool unrelated documents
            by_project.setdefault(bg.project(r.file).key, []).append(r)
    return by_project


def _project_matrix(project: str, documents: list) -> ProjectMatrix:
    """The goals of a project's documents (one column each) against its indicators (one row each)."""
    goal_rows, ind_rows, links = _goals_indicators_links(documents)
    labels = {gid: f"目标{n}" for n, gid in enumerate(goal_rows, 1)}
    goals = pd.DataFrame(
        [
            {
                "目标": labels[gid],
                "文件": _file_list(files),
                "目标类型": g.kind,
                "目标内容": g.text,
                "关联指标数": sum(1 for s, _ in links if s == gid),
            }
            for gid, (g, files) in goal_rows.items()
        ],
        columns=["文件", "目标", "目标类型", "目标内容", "关联指标数"],  # columns line up with the matrix below
    )
    rows = [_matrix_row(iid, ind, files, labels, links) for iid, (ind, files) in ind_rows.items()]
    matrix = pd.DataFrame(rows, columns=["文件", "一级指标", "二级指标", "指标名称", *labels.values(), "关联目标数"])
    return ProjectMatrix(project=project, goals=goals, matrix=matrix)


def _goals_indicators_links(documents: list) -> tuple[dict[tuple, list], dict[tuple, list], set]:
    """The distinct goals and indicators of the documents (each with the files stating it) and their links."""
    from ..extraction import Extraction

    goal_rows: dict[tuple, list] = {}  # the same goal written in several documents is one column
    ind_rows: dict[tuple, list] = {}  # the same indicator (levels, name, target) is one row
    links = set()
    for r in documents:
        ext = Extraction.from_dict(r.extraction)
        goal_ids = [(_goal_key(g), g) for g in ext.goals]
        ind_ids = [(_indicator_key(i), i) for i in ext.indicators]
        for link in _links(goal_ids, ind_ids):
            links.add((link.source, link.target))
        for gid, g in goal_ids:
            _add_file(goal_rows, gid, r.file, g)
        for iid, i in ind_ids:
            _add_file(ind_rows, iid, r.file, i)
    return goal_rows, ind_rows, links


def _matrix_row(iid: tuple, ind, files: list[str], labels: dict, links: set) -> dict:
    """One indicator's row: its levels and name, a mark under each goal it is linked to, the count of marks."""
    row = {"文件": _file_list(files), "一级指标": ind.level1 or "", "二级指标": ind.level2 or "", "指标名称": ind.name or ""}
    marks = {label: (LINK_MARK if (gid, iid) in links else "") for gid, label in labels.items()}
    row.update(marks)
    row["关联目标数"] = sum(1 for m in marks.values() if m)
    return row


def _goal_key(goal) -> tuple:
    return ("goal", goal.kind, "".join(goal.text.split()))


def _indicator_key(indicator) -> tuple:
    return ("indicator", indicator.level1, indicator.level2, "".join((indicator.name or "").split()),
            "".join((indicator.target_text or "").split()))


def _add_file(rows: dict[tuple, list], key: tuple, file: str, record) -> None:
    """One row per distinct goal or indicator of a project, with every file that states it (in order)."""
    if key not in rows:
        rows[key] = [record, []]
    if file not in rows[key][1]:
        rows[key][1].append(file)


MATRIX_FILES_SHOWN = 3


def _file_list(files: list[str]) -> str:
    """The files that state a row: all of a few, else the first ones and how many more (the size stays bounded)."""
    shown = "、".join(files[:MATRIX_FILES_SHOWN])
    return shown if len(files) <= MATRIX_FILES_SHOWN else f"{shown} 等{len(files)}个文件"


def _links(goals, indicators):
    if not goals or not indicators:
        return []
    from ..graph.link import LinkSettings, goal_indicator_links  # part of the package: never an empty matrix instead

    return goal_indicator_links(goals, indicators, LinkSettings())


def _value_key(reported):
    return reported.value if isinstance(reported.value, (int, float)) else reported.text


def _indicators(pairs, bg) -> pd.DataFrame:
    """Indicator rows with their location; a declared target shows the actual value another document of its
    project reports for it, with that document and the location (``实际值来源``)."""
    rows = []
    numbers: Counter = Counter()
    for r, i in pairs:
        numbers[r.file] += 1
        rows.append(_indicator_row(r, i, bg, *_actual_of(r, i, bg, numbers[r.file])))
    return _frame(rows, INDICATOR_COLUMNS)


def _actual_of(r, i: dict, bg, number: int) -> tuple[str, str, dict]:
    """(actual text, its source, the indicator to judge) of the ``number``-th indicator of a file: its own
    actual value, else the one another document of its project reports for it."""
    own = i.get("actual_text") or ("" if i.get("actual") is None else f"{i['actual']:g}")
    if own:
        return own, "本表", i
    reported = bg.reported_elsewhere(r.file, number)
    if not reported:
        return own, "", i
    # one text per value: "812路" from the table, not again as "812" from a sentence
    same = {_value_key(a): a.text for a in reversed(reported)}
    actual = "；".join(dict.fromkeys(same[_value_key(a)] for a in reported))
    source = "；".join(f"{a.file} {a.location}".strip() for a in reported)
    return actual, source, {**i, "actual": reported[0].value}


def _indicator_row(r, i: dict, bg, actual: str, source: str, judged: dict) -> dict:
    from .location import record_location

    locator = bg.locators.get(r.file)
    where = (record_location(locator, i) if locator else "") or WHOLE_DOCUMENT
    refs = i.get("refs") or [None]
    return {
        "项目": bg.project(r.file).name,
        "文件": r.file,
        "位置": where,
        "一级指标": i.get("level1") or i.get("level1_text") or "",
        "二级指标": i.get("level2") or i.get("level2_text") or "",
        "三级指标": i.get("name") or "",
        "维度": dimension_of(i.get("level1"), i.get("level2")) or "",
        "指标值（申报）": i.get("target_text") or "",
        "实际完成值": actual,
        "实际值来源": source,
        "达成情况": achievement(judged),
        "单位": i.get("unit") or "",
        "分值": i.get("weight"),
        "得分": i.get("score"),
        "偏差原因": i.get("deviation_reason") or "",
        "_links": [(r.file, where, locator.pdf_page(refs[0], i.get("page")) if locator else None)],
    }
