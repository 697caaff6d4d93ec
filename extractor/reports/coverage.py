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

from .tables import UNKNOWN_PROJECT, project_of

DIMENSIONS = ("数量", "质量", "时效", "成本", "效益", "满意度")
STATUS_LABELS = {"success": "成功", "partial": "部分成功", "failed": "失败", "skipped": "跳过"}
SEVERITY_LABELS = {"error": "错误", "warning": "警告", "info": "提示"}
SEVERITY_ORDER = ("error", "warning", "info")
LINK_MARK = "●"
_BENEFIT_LEVEL2 = ("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标")
_COST_LEVEL2 = ("成本指标", "经济成本指标", "社会成本指标", "生态环境成本指标")


@dataclass
class ProjectMatrix:
    """Goals (legend) and indicators (rows) of one project; ``matrix`` has one column per goal."""

    project: str
    goals: pd.DataFrame  # 目标 | 文件 | 目标类型 | 目标内容 | 关联指标数
    matrix: pd.DataFrame  # 文件 | 一级指标 | 二级指标 | 指标名称 | 目标1 … | 关联目标数


@dataclass
class ReportData:
    overview: list[tuple[str, object]]
    status_counts: pd.DataFrame
    severity_counts: pd.DataFrame
    rule_counts: pd.DataFrame
    dimensions: pd.DataFrame
    matrices: list[ProjectMatrix]
    findings: pd.DataFrame
    indicators: pd.DataFrame
    files: pd.DataFrame
    title: str = "绩效目标与指标覆盖情况报告"
    notes: list[str] = field(default_factory=list)


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


def build_report(results) -> ReportData:
    """The report content for ``results`` (per-document results of a batch)."""
    results = sorted(results, key=lambda r: r.file)
    processed = [r for r in results if r.status != "skipped"]
    names = rule_names()
    findings = [(r, f) for r in processed for f in r.findings]
    indicators = [(r, i) for r in processed for i in (r.extraction or {}).get("indicators") or []]
    goals = [(r, g) for r in processed for g in (r.extraction or {}).get("goals") or []]
    statuses = Counter(r.status for r in results)
    severities = Counter(f.get("severity") for _, f in findings)
    projects = {project_of(r.extraction, r.file) for r in processed if r.extraction}
    overview = [
        ("文件总数", len(results)),
        *((f"其中{STATUS_LABELS[s]}", statuses.get(s, 0)) for s in STATUS_LABELS),
        ("识别的项目数", len(projects - {UNKNOWN_PROJECT})),
        ("绩效目标数", len(goals)),
        ("绩效指标数", len(indicators)),
        ("问题总数", len(findings)),
        *((f"其中{SEVERITY_LABELS[s]}", severities.get(s, 0)) for s in SEVERITY_ORDER),
    ]
    status_counts = pd.DataFrame(
        [{"状态": STATUS_LABELS[s], "文件数": statuses.get(s, 0)} for s in STATUS_LABELS], columns=["状态", "文件数"]
    )
    severity_counts = pd.DataFrame(
        [{"严重程度": SEVERITY_LABELS[s], "问题数": severities.get(s, 0)} for s in SEVERITY_ORDER],
        columns=["严重程度", "问题数"],
    )
    by_rule = Counter((f.get("rule"), f.get("severity")) for _, f in findings)
    rule_counts = pd.DataFrame(
        [
            {"规则": rule, "规则名称": names.get(rule, ""), "严重程度": SEVERITY_LABELS.get(sev, sev), "问题数": n}
            for (rule, sev), n in sorted(by_rule.items(), key=lambda kv: (-kv[1], str(kv[0][0])))
        ],
        columns=["规则", "规则名称", "严重程度", "问题数"],
    )
    return ReportData(
        overview=overview,
        status_counts=status_counts,
        severity_counts=severity_counts,
        rule_counts=rule_counts,
        dimensions=_dimensions(processed),
        matrices=_matrices(processed),
        findings=_findings(findings, names),
        indicators=_indicators(indicators),
        files=pd.DataFrame(
            [{"文件": r.file, "状态": STATUS_LABELS[r.status], "错误代码": r.code, "说明": r.message} for r in results],
            columns=["文件", "状态", "错误代码", "说明"],
        ),
    )


def _dimensions(results) -> pd.DataFrame:
    rows = []
    for r in results:
        if r.extraction is None:
            continue
        indicators = r.extraction.get("indicators") or []
        # score-table rows (决策/过程/产出/效益 of an evaluation) and rows of unknown level have no dimension:
        # they are counted in 指标数 but do not make a document look as if it lacked every dimension
        counts = Counter(dimension_of(i.get("level1"), i.get("level2")) for i in indicators)
        counts.pop(None, None)
        row = {"文件": r.file, "项目": project_of(r.extraction, r.file), "指标数": len(indicators)}
        row.update({d: counts.get(d, 0) for d in DIMENSIONS})
        if not indicators:
            row["缺失维度"] = "（无指标）"
        elif not counts:
            row["缺失维度"] = "（无分维度的目标指标）"
        else:
            row["缺失维度"] = "、".join(d for d in DIMENSIONS if not counts.get(d))
        rows.append(row)
    return pd.DataFrame(rows, columns=["文件", "项目", "指标数", *DIMENSIONS, "缺失维度"])


def _matrices(results) -> list[ProjectMatrix]:
    from ..extraction import Extraction

    by_project: dict[str, list] = {}
    for r in results:
        if r.extraction and (r.extraction.get("goals") or r.extraction.get("indicators")):
            project = project_of(r.extraction, r.file)
            if project == UNKNOWN_PROJECT:  # never pool unrelated documents into one giant matrix
                project = f"{UNKNOWN_PROJECT}{r.file}"
            by_project.setdefault(project, []).append(r)
    out = []
    for project in sorted(by_project):
        goal_rows, ind_rows, links = [], [], set()
        for r in by_project[project]:
            ext = Extraction.from_dict(r.extraction)
            goal_ids = [(f"{r.file}#g{n}", g) for n, g in enumerate(ext.goals, 1)]
            ind_ids = [(f"{r.file}#i{n}", i) for n, i in enumerate(ext.indicators, 1)]
            for link in _links(goal_ids, ind_ids):
                links.add((link.source, link.target))
            for gid, g in goal_ids:
                goal_rows.append((gid, r.file, g))
            for iid, i in ind_ids:
                ind_rows.append((iid, r.file, i))
        labels = {gid: f"目标{n}" for n, (gid, _, _) in enumerate(goal_rows, 1)}
        goals = pd.DataFrame(
            [
                {
                    "目标": labels[gid],
                    "文件": file,
                    "目标类型": g.kind,
                    "目标内容": g.text,
                    "关联指标数": sum(1 for s, _ in links if s == gid),
                }
                for gid, file, g in goal_rows
            ],
            columns=["目标", "文件", "目标类型", "目标内容", "关联指标数"],
        )
        rows = []
        for iid, file, ind in ind_rows:
            row = {"文件": file, "一级指标": ind.level1 or "", "二级指标": ind.level2 or "", "指标名称": ind.name or ""}
            marks = {labels[gid]: (LINK_MARK if (gid, iid) in links else "") for gid, _, _ in goal_rows}
            row.update(marks)
            row["关联目标数"] = sum(1 for m in marks.values() if m)
            rows.append(row)
        matrix = pd.DataFrame(rows, columns=["文件", "一级指标", "二级指标", "指标名称", *labels.values(), "关联目标数"])
        out.append(ProjectMatrix(project=project, goals=goals, matrix=matrix))
    return out


def _links(goals, indicators):
    if not goals or not indicators:
        return []
    from ..graph.link import LinkSettings, goal_indicator_links  # part of the package: never an empty matrix instead

    return goal_indicator_links(goals, indicators, LinkSettings())


def _findings(pairs, names: dict[str, str]) -> pd.DataFrame:
    order = {s: n for n, s in enumerate(SEVERITY_ORDER)}
    pairs = sorted(pairs, key=lambda rf: (rf[0].file, order.get(rf[1].get("severity"), 9), rf[1].get("page") or 0))
    rows = [
        {
            "文件": r.file,
            "页码": f.get("page"),
            "严重程度": SEVERITY_LABELS.get(f.get("severity"), f.get("severity")),
            "规则": f.get("rule"),
            "规则名称": names.get(f.get("rule"), ""),
            "问题说明": f.get("message") or "",
            "证据": f.get("evidence") or "",
            "修改建议": f.get("suggestion") or "",
            "位置": f.get("ref") or "",
        }
        for r, f in pairs
    ]
    return pd.DataFrame(rows, columns=["文件", "页码", "严重程度", "规则", "规则名称", "问题说明", "证据", "修改建议", "位置"])


def _indicators(pairs) -> pd.DataFrame:
    rows = []
    for r, i in pairs:
        rows.append(
            {
                "文件": r.file,
                "项目": project_of(r.extraction, r.file),
                "一级指标": i.get("level1") or i.get("level1_text") or "",
                "二级指标": i.get("level2") or i.get("level2_text") or "",
                "三级指标": i.get("name") or "",
                "维度": dimension_of(i.get("level1"), i.get("level2")) or "",
                "指标值（申报）": i.get("target_text") or "",
                "实际完成值": i.get("actual_text") or ("" if i.get("actual") is None else f"{i['actual']:g}"),
                "达成情况": achievement(i),
                "单位": i.get("unit") or "",
                "分值": i.get("weight"),
                "得分": i.get("score"),
                "偏差原因": i.get("deviation_reason") or "",
                "页码": i.get("page"),
            }
        )
    columns = ["文件", "项目", "一级指标", "二级指标", "三级指标", "维度", "指标值（申报）", "实际完成值", "达成情况",
               "单位", "分值", "得分", "偏差原因", "页码"]
    return pd.DataFrame(rows, columns=columns)
