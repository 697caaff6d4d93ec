"""Precision and recall of `jixiao check` on our hand-labelled evaluation set.

    python bench/eval_checker.py [--details] [--file corpora/annotations/checker_eval.yaml [--file PART2 ...]]

Builds Extraction records from corpora/annotations/checker_eval.yaml (indicator rows, goals, facts
written and labelled by hand), runs the checker and compares (item, rule id) pairs with the labels.
Each value cell is split by the real table extractor's splitter (split_value → parse_quantity), so the
figures include the parser's readings, not an idealised reading of the cell.
Prints precision/recall per rule, overall figures for the vague/missing-target group, recall on the
planted arithmetic errors, and the same group figures for a naive keyword baseline measured in the
same run (flag any vague word; flag any row without a number).
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.checker import all_rules, run_rules  # noqa: E402
from extractor.extraction import ContractTerm, Extraction, Fact, Goal, Indicator  # noqa: E402
from extractor.extractors.indicators import split_value  # noqa: E402
from extractor.nlp.quantities import parse_quantity  # noqa: E402

VAGUE_GROUP = (
    "target.vague_wording", "target.qualitative_no_scale", "target.missing_value", "target.missing_name",
    "target.missing_unit", "target.placeholder", "target.time_no_deadline", "goal.unquantified",
)
LEVEL2 = {"数量": "数量指标", "质量": "质量指标", "时效": "时效指标", "成本": "成本指标", "经济": "经济效益指标",
          "社会": "社会效益指标", "生态": "生态效益指标", "可持续": "可持续影响指标", "满意度": "服务对象满意度指标",
          "经济成本": "经济成本指标"}
LEVEL1 = {"数量": "产出指标", "质量": "产出指标", "时效": "产出指标", "成本": "产出指标", "经济": "效益指标",
          "社会": "效益指标", "生态": "效益指标", "可持续": "效益指标", "满意度": "满意度指标", "经济成本": "成本指标"}


def read_cell(text: str):
    """The value cell split the way the real table extractor splits it (operator, value, upper, unit, deadline):
    :func:`extractor.extractors.indicators.split_value`, which reads the cell with
    :func:`extractor.nlp.quantities.parse_quantity`. So the evaluation measures the real path, parser included."""
    return split_value(text or "")


def read_actual(actual, cell: str) -> tuple[float | None, str | None]:
    """The actual value as the real extractor reads an 实际完成值 cell (parse_quantity). The labels give the
    actual as a number in the unit the target was written in ("≥500万条", actual 620 → "620万条")."""
    if actual is None:
        return None, None
    number = re.search(r"\d[\d,]*(?:\.\d+)?", cell or "")
    text = f"{actual}{(cell or '')[number.end():] if number else ''}"
    quantity = parse_quantity(text)
    value = quantity.value if quantity is not None and quantity.kind != "date" else None
    return (float(actual) if value is None else value), text


def _row(raw) -> dict:
    if isinstance(raw, dict):
        return raw
    l2, name, cell, expect = raw
    return {"l2": l2, "name": name, "cell": cell, "expect": expect}


def build(project: dict, index: int) -> tuple[Extraction, dict[str, list[str]]]:
    """One Extraction per project and its labels: item id → expected rule ids."""
    labels: dict[str, list[str]] = {"doc": list(project.get("expect") or [])}
    tree = project.get("tree", 88)
    indicators = []
    for n, raw in enumerate(project.get("rows") or [], 1):
        row = _row(raw)
        short = row["l2"]
        cell = read_cell(row.get("cell") or "")
        actual, actual_text = read_actual(row.get("actual"), row.get("cell") or "")
        level1 = None if short == "-" else ("成本指标" if short == "成本" and tree == 101 else LEVEL1[short])
        item = f"P{index}.r{n}"
        indicators.append(Indicator(
            id=item, name=row.get("name"), level1=level1, level2=None if short == "-" else LEVEL2[short],
            operator=cell.operator, value=cell.value, upper=cell.upper, unit=cell.unit, deadline=cell.deadline,
            target_text=row.get("cell"), actual=actual, actual_text=actual_text, weight=row.get("weight"), score=row.get("score"),
            deviation_reason=row.get("reason"), explanation=row.get("explain"), basis=row.get("basis"),
        ))
        labels[item] = list(row.get("expect") or [])
    goals = []
    for n, (text, expect) in enumerate(project.get("goals") or [], 1):
        item = f"P{index}.g{n}"
        goals.append(Goal(id=item, kind="年度目标", text=text, quantified=False))
        labels[item] = list(expect)
    facts = []
    for n, raw in enumerate(project.get("facts") or [], 1):
        item = f"{raw['metric']}[P{index}.f{n}]"
        facts.append(_fact(raw, item))
        labels[item] = list(raw.get("expect") or [])
    terms = [ContractTerm(kind="付款", text=f"支付合同金额的{p}%", percent=float(p)) for p in project.get("payments") or []]
    ext = Extraction(source=project["name"], doc_type=project.get("doc_type", "target_form"), goals=goals,
                     indicators=indicators, facts=facts, contract_terms=terms)
    return ext, labels


def _fact(raw: dict, metric: str) -> Fact:
    kind = raw["kind"]
    if kind in ("completion", "budget"):
        stated = raw["stated"].rstrip("%")
        decimals = len(stated.split(".", 1)[1]) if "." in stated else 0
        return Fact(metric=metric, kind=kind, planned=float(raw["planned"]), actual=float(raw["actual"]),
                    stated_rate=float(stated), decimals=decimals, unit=raw.get("unit"),
                    text=f"计划{raw['planned']}，实际{raw['actual']}，{raw['stated']}")
    if kind in ("sum", "share"):
        return Fact(metric=metric, kind=kind, parts=[float(p) for p in raw["parts"]], total=float(raw["total"]),
                    unit=raw.get("unit"))
    if kind == "grade":
        return Fact(metric=metric, kind="grade", actual=float(raw["actual"]), stated_text=raw["grade"],
                    text=f"得分{raw['actual']}分，等级为“{raw['grade']}”")
    if kind == "amount_words":
        return Fact(metric=metric, kind="amount_words", actual=float(raw["actual"]), unit=raw.get("unit"),
                    stated_text=raw["words"], text=f"{raw['actual']}（大写：{raw['words']}）")
    raise ValueError(f"unknown fact kind {kind}")


def found_pairs(ext: Extraction, project_tag: str, scored) -> set[tuple[str, str]]:
    rules = all_rules()
    pairs = set()
    for finding in run_rules(ext):
        family = rules[finding.rule].family  # the labels name a family for all its rules (target.impossible_value)
        if family not in scored:
            continue
        document_level = rules[finding.rule].scope == "document" and finding.rule != "target.duplicate"
        pairs.add((f"{project_tag}:doc" if document_level else finding.item, family))
    return pairs


def rule_families() -> set[str]:
    """The ids the labels use: each rule's family (a rule of no family is its own)."""
    return {rule.family for rule in all_rules().values()}


def naive_pairs(ext: Extraction) -> set[tuple[str, str]]:
    """Baseline: any vague word is vague; any row or goal without a digit is missing a value."""
    words = ("提高", "提升", "加强", "进一步", "有效", "显著", "明显", "逐步", "持续", "全面", "有所", "力争", "改善", "优化", "促进")
    pairs = set()
    for ind in ext.indicators:
        text = f"{ind.name or ''}{ind.target_text or ''}"
        if any(w in text for w in words):
            pairs.add((ind.id, "target.vague_wording"))
        if not re.search(r"\d", ind.target_text or ""):
            pairs.add((ind.id, "target.missing_value"))
    for goal in ext.goals:
        if not re.search(r"\d", goal.text):
            pairs.add((goal.id, "goal.unquantified"))
    return pairs


def prf(expected: set, found: set) -> tuple[int, int, int, float, float]:
    tp, fp, fn = len(expected & found), len(found - expected), len(expected - found)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return tp, fp, fn, precision, recall


def score(files) -> tuple[set, set, set, Counter, set]:
    """(expected pairs, found pairs, naive-baseline pairs, counts, scored rule ids) over one or more set files;
    projects are numbered on across the files, so item ids stay unique."""
    sets = [yaml.safe_load(Path(f).read_text(encoding="utf-8")) for f in files]
    scored = rule_families() - {r for data in sets for r in data.get("not_scored") or []}
    projects = [project for data in sets for project in data["projects"]]
    expected, found, baseline = set(), set(), set()
    counts = Counter()
    for index, project in enumerate(projects, 1):
        ext, labels = build(project, index)
        tag = f"P{index}"
        counts.update(rows=len(ext.indicators), goals=len(ext.goals), facts=len(ext.facts), projects=1)
        for item, rule_ids in labels.items():
            key = f"{tag}:doc" if item == "doc" else item
            expected |= {(key, r) for r in rule_ids}
        found |= found_pairs(ext, tag, scored)
        baseline |= naive_pairs(ext)
    return expected, found, baseline, counts, scored


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", action="append",
                        help="evaluation set (repeat to score several parts as one set; default checker_eval.yaml)")
    parser.add_argument("--details", action="store_true", help="list every disagreement")
    args = parser.parse_args(argv)
    files = args.file or [str(ROOT / "corpora" / "annotations" / "checker_eval.yaml")]
    expected, found, baseline, counts, scored = score(files)
    unknown = {r for _, r in expected} - rule_families()
    if unknown:
        print(f"unknown rule ids in labels: {sorted(unknown)}", file=sys.stderr)
        return 2
    print(f"evaluation set: {counts['projects']} projects, {counts['rows']} indicator rows, "
          f"{counts['goals']} goals, {counts['facts']} facts; {len(expected)} expected findings\n")
    print(f"{'rule':40} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>10} {'recall':>8}")
    for rule_id in sorted(scored):
        e = {p for p in expected if p[1] == rule_id}
        f = {p for p in found if p[1] == rule_id}
        if not e and not f:
            continue
        tp, fp, fn, p, r = prf(e, f)
        print(f"{rule_id:40} {tp:4} {fp:4} {fn:4} {p:10.3f} {r:8.3f}")
    group_e = {p for p in expected if p[1] in VAGUE_GROUP}
    group_f = {p for p in found if p[1] in VAGUE_GROUP}
    tp, fp, fn, p, r = prf(group_e, group_f)
    print(f"\nvague/missing-target group ({len(VAGUE_GROUP)} rules): precision {p:.3f}  recall {r:.3f}  (tp {tp}, fp {fp}, fn {fn})")
    # what a reviewer sees first: is the row or goal flagged at all (by any rule of the group)?
    flagged_e, flagged_f = {k for k, _ in expected}, {k for k, _ in found}
    tp, fp, fn, p, r = prf(flagged_e, flagged_f)
    print(f"  rows, goals and facts flagged at all: precision {p:.3f}  recall {r:.3f}  "
          f"(tp {tp}, fp {fp}, fn {fn}; a bad item flagged under another scored rule counts as found)")
    base_rules = {"target.vague_wording", "target.missing_value", "goal.unquantified"}
    be = {x for x in expected if x[1] in base_rules}
    bp, br = prf(be, {x for x in found if x[1] in base_rules})[3:]
    np_, nr = prf(be, baseline)[3:]
    print(f"  same 3 rules (vague_wording, missing_value, unquantified): checker P {bp:.3f} R {br:.3f}; "
          f"naive keyword baseline P {np_:.3f} R {nr:.3f}; precision ratio {bp / np_ if np_ else float('inf'):.2f}x")
    arith_e = {x for x in expected if x[1].startswith("consistency.")}
    arith_f = {x for x in found if x[1].startswith("consistency.")}
    tp, fp, fn, p, r = prf(arith_e, arith_f)
    print(f"planted arithmetic errors: {len(arith_e)}; recall {r:.3f}; false alarms on consistent facts/rows: {fp}")
    tp, fp, fn, p, r = prf(expected, found)
    print(f"all scored rules: precision {p:.3f}  recall {r:.3f}  (tp {tp}, fp {fp}, fn {fn})")
    if args.details:
        for key in sorted(flagged_f - flagged_e):
            print(f"  good item flagged: {key} by {sorted(r for k, r in found if k == key)}")
        for key, rule_id in sorted(found - expected):
            print(f"  FP {rule_id:34} {key}")
        for key, rule_id in sorted(expected - found):
            print(f"  FN {rule_id:34} {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
