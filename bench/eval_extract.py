"""Field-level precision/recall/F1 of extracted indicators against the gold annotations.

For every corpora/annotations/<sample>.json that has an "indicators" key, the matching sample
is parsed and its indicators extracted (``--via tables``: extractor.parse +
indicators_from_tables; ``--via extract``: extractor.extract). Gold and predicted rows are
matched by name (exact after removing spaces, then the most similar unmatched name with
ratio >= 0.6 inside the same table order). Per field (name, level1, level2, operator, value,
unit, and actual/weight/score): a matched pair with equal non-null values is a true positive,
a predicted non-null value that is wrong or unmatched a false positive, a gold non-null value
that is missed or wrong a false negative. Goal: F1 >= 0.97 for name, level1, level2, operator,
value, unit.

    python bench/eval_extract.py [--via tables|extract] [--show-errors] [--only NAME] [--samples DIR --annotations DIR]
"""
from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from scoring import Score

ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = ROOT / "corpora" / "annotations"
SAMPLES = ROOT / "corpora" / "samples"
FIELDS = ("name", "level1", "level2", "operator", "value", "unit", "actual", "weight", "score")
GOAL_FIELDS = ("name", "level1", "level2", "operator", "value", "unit")
GOAL_F1 = 0.97


@dataclass
class Report:
    counts: dict[str, Score] = field(default_factory=lambda: {f: Score() for f in FIELDS})
    errors: list[str] = field(default_factory=list)
    gold_rows: int = 0
    predicted_rows: int = 0
    matched_rows: int = 0


def _norm_name(value) -> str:
    return re.sub(r"\s+", "", value or "")


def _value(record, name):
    value = record.get(name) if isinstance(record, dict) else getattr(record, name, None)
    if name == "name":
        value = _norm_name(value) or None
    if value == "":
        value = None
    return value


def _equal(a, b) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(a)))
    return a == b


def match_rows(gold: list[dict], predicted: list) -> list[tuple[int | None, int | None]]:
    """Pairs (gold index, predicted index); None on one side for unmatched rows."""
    pairs: list[tuple[int | None, int | None]] = []
    free = set(range(len(predicted)))
    by_name: dict[str, list[int]] = {}
    for j, p in enumerate(predicted):
        by_name.setdefault(_value(p, "name") or "", []).append(j)
    unmatched_gold = []
    for i, g in enumerate(gold):
        candidates = [j for j in by_name.get(_value(g, "name") or "", []) if j in free]
        if candidates and _value(g, "name"):
            free.discard(candidates[0])
            pairs.append((i, candidates[0]))
        else:
            unmatched_gold.append(i)
    for i in unmatched_gold:
        g_name = _value(gold[i], "name") or ""
        best, best_ratio = None, 0.6
        for j in sorted(free):
            p = predicted[j]
            ratio = difflib.SequenceMatcher(None, g_name, _value(p, "name") or "").ratio()
            if not g_name and not _value(p, "name"):
                ratio = 1.0 if _value(p, "level2") == _value(gold[i], "level2") else 0.0
            if ratio > best_ratio or (ratio == best_ratio == 1.0 and best is None):
                best, best_ratio = j, ratio
        if best is not None:
            free.discard(best)
            pairs.append((i, best))
        else:
            pairs.append((i, None))
    pairs.extend((None, j) for j in sorted(free))
    return pairs


def score_sample(gold: list[dict], predicted: list, report: Report, label: str) -> None:
    report.gold_rows += len(gold)
    report.predicted_rows += len(predicted)
    for gi, pj in match_rows(gold, predicted):
        g = gold[gi] if gi is not None else {}
        p = predicted[pj] if pj is not None else {}
        if gi is not None and pj is not None:
            report.matched_rows += 1
        for name in FIELDS:
            gv, pv = _value(g, name), _value(p, name)
            c = report.counts[name]
            if gv is not None and pv is not None and _equal(gv, pv):
                c.tp += 1
                continue
            if pv is not None:
                c.fp += 1
            if gv is not None:
                c.fn += 1
            if gv is not None or pv is not None:
                row_name = _value(g, "name") or _value(p, "name")
                report.errors.append(f"{label}: {row_name}: {name} gold={gv!r} predicted={pv!r}")


def predict(sample: Path, via: str) -> list:
    import extractor

    if via == "extract":
        return list(extractor.extract(extractor.parse(sample)).indicators)
    from extractor.extractors.indicators import indicators_from_tables

    return indicators_from_tables(extractor.parse(sample))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--via", choices=("tables", "extract"), default="tables")
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--only", help="substring of the sample file name")
    ap.add_argument("--samples", type=Path, default=SAMPLES, help="folder of the documents (default corpora/samples)")
    ap.add_argument("--annotations", type=Path, default=ANNOTATIONS,
                    help="folder of the gold <document>.json files (default corpora/annotations)")
    args = ap.parse_args(argv)

    report = Report()
    per_file = []
    for gold_file in sorted(args.annotations.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        if "indicators" not in gold:
            continue  # the sample's gold does not annotate indicators
        sample = args.samples / gold.get("source", gold_file.name[: -len(".json")])
        if args.only and args.only not in sample.name:
            continue
        if not sample.exists():
            print(f"skip {sample.name}: sample missing", file=sys.stderr)
            continue
        try:
            predicted = predict(sample, args.via)
        except Exception as exc:  # report and go on: one broken sample must not hide the others
            print(f"{sample.name}: {type(exc).__name__}: {exc}", file=sys.stderr)
            predicted = []
        one = Report()
        score_sample(gold["indicators"], predicted, one, sample.name)
        score_sample(gold["indicators"], predicted, report, sample.name)
        per_file.append((sample.name, one))

    if not per_file:
        print("no annotated samples with indicators", file=sys.stderr)
        return 2
    print(f"{'sample':38} gold  pred  match  " + "  ".join(f"{f[:6]:>6}" for f in GOAL_FIELDS))
    for name, one in per_file:
        print(f"{name:38} {one.gold_rows:4}  {one.predicted_rows:4}  {one.matched_rows:5}  "
              + "  ".join(f"{one.counts[f].f1:6.3f}" for f in GOAL_FIELDS))
    print()
    print(f"all samples: gold rows {report.gold_rows}, predicted {report.predicted_rows}, matched {report.matched_rows}")
    print(f"{'field':10} {'P':>6} {'R':>6} {'F1':>6}   tp   fp   fn")
    failed = []
    for f in FIELDS:
        c = report.counts[f]
        mark = ""
        if f in GOAL_FIELDS and c.f1 < GOAL_F1:
            mark = f"  < {GOAL_F1}"
            failed.append(f)
        print(f"{f:10} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.tp:4} {c.fp:4} {c.fn:4}{mark}")
    if args.show_errors:
        print()
        print("\n".join(report.errors))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
