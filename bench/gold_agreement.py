"""How far do the blind writers agree with each other? The ceiling of any checker figure measured against one of them.

Some indicator rows appear in the gold of several parts, each written by another code-blind writer (the 吉林 检验检疫
evaluation forms share their 预算绩效 block and many effect questions; 满意度 and 预算执行率 rows recur). For every
row that two parts both annotate (same name and target, spaces left out), the findings each writer expects on it
(the rules whose item is the row's name, rule families folded: ``target.impossible_value.at_least_100`` counts as
``target.impossible_value``) are compared, one writer taken as the gold and the other as the prediction, both ways:

- rows: the shared rows, and the share on which both writers expect exactly the same findings;
- P / R / F1: every pair of writers on every shared row, findings of one against the other's (symmetric: the mean
  of both directions is the same F1).

With ``--checker`` the toolkit reads each of those documents too, and its findings on the same rows are scored the
same way against every writer who annotates them (the figure to read beside the writers' own agreement).

    python bench/gold_agreement.py [--dir corpora/real_layouts] [--by-rule] [--checker]

Only the blind parts are compared (the development part's gold was written by the developers). A PDF's gold repeats
its XLSX/DOCX twin's and is read once (the twin's).
"""
from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

from scoring import Score

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIR = ROOT / "corpora" / "real_layouts"
_BLANKS = re.compile(r"\s+")


def _key(text: str | None) -> str:
    return _BLANKS.sub("", text or "")


def _family(rule: str) -> str:
    return ".".join(rule.split(".")[:2])


def gold_files(root: Path) -> dict[str, list[Path]]:
    """part name -> its gold files, a PDF's left out when its twin's gold is there."""
    parts: dict[str, list[Path]] = defaultdict(list)
    for path in sorted(root.glob("**/annotations/*.json")):
        twin = [path.with_name(path.name.replace(".pdf.json", f".{ext}.json")) for ext in ("xlsx", "docx")]
        if path.name.endswith(".pdf.json") and any(t.exists() for t in twin):
            continue
        part = path.parent.parent.relative_to(root).as_posix()
        if part.startswith("blind"):  # the development part's gold is the developers', no blind writer's
            parts[part.split("/")[0]].append(path)
    return parts


def row_findings(path: Path, checker: bool = False) -> dict[tuple[str, str], frozenset[str]]:
    """(name, target) -> the rules the writer expects on that row (``checker``: the rules the checker reports)."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    found = _checker_findings(path, gold) if checker else [(f["rule"], f.get("item")) for f in gold.get("findings", [])]
    findings = [(_family(rule), _key(item)) for rule, item in found if item]
    rows = {}
    for ind in gold.get("indicators", []):
        name = _key(ind.get("name"))
        if name:
            rows[(name, _key(ind.get("target_text")))] = frozenset(
                rule for rule, item in findings if rule.startswith("target.") and (item == name or item in name or name in item))
    return rows


def _checker_findings(gold_path: Path, gold: dict) -> list[tuple[str, str]]:
    """(rule, item) of what the checker reports on the document of a gold file."""
    import extractor
    from eval_real_layouts import finding_items

    ext = extractor.extract(extractor.parse(gold_path.parent.parent / gold["source"]))
    return finding_items(ext, extractor.check(ext))


def per_writer(parts: dict[str, list[Path]], checker: bool = False) -> dict[str, dict[tuple[str, str], frozenset[str]]]:
    """part -> row -> findings (a row a part annotates twice keeps the first)."""
    out: dict[str, dict] = {}
    for part, paths in parts.items():
        rows: dict = {}
        for path in paths:
            for row, rules in row_findings(path, checker).items():
                rows.setdefault(row, rules)
        out[part] = rows
    return out


def checker_against_writers(writers: dict[str, dict], checker: dict[str, dict]) -> None:
    """The checker's findings against each writer's, on the rows two or more writers annotate."""
    shared = {row for a, b in combinations(sorted(writers), 2) for row in writers[a].keys() & writers[b].keys()}
    score = Score()
    for part, rows in writers.items():
        for row in rows.keys() & shared:
            expected, found = rows[row], checker[part].get(row, frozenset())
            score.tp += len(expected & found)
            score.fp += len(found - expected)
            score.fn += len(expected - found)
    print(f"the checker's findings against each writer's on the same rows: P {score.precision:.3f} R {score.recall:.3f}"
          f" F1 {score.f1:.3f}")


def agreement(writers: dict[str, dict], by_rule: bool = False) -> None:
    pairs = Counter()
    same = 0
    score = Score()
    rules: dict[str, Score] = defaultdict(Score)
    shared_rows = set()
    for a, b in combinations(sorted(writers), 2):
        for row in writers[a].keys() & writers[b].keys():
            shared_rows.add(row)
            pairs[(a, b)] += 1
            fa, fb = writers[a][row], writers[b][row]
            same += fa == fb
            score.tp += len(fa & fb)
            score.fp += len(fb - fa)
            score.fn += len(fa - fb)
            for rule in fa | fb:
                rules[rule].tp += rule in fa and rule in fb
                rules[rule].fp += rule in fb and rule not in fa
                rules[rule].fn += rule in fa and rule not in fb
    compared = sum(pairs.values())
    print(f"rows annotated by two or more writers: {len(shared_rows)}; pairs of writers on a row: {compared}")
    print(f"pairs that expect exactly the same findings on the row: {same / compared:.3f} ({same}/{compared})")
    print(f"findings of one writer against another's: P {score.precision:.3f} R {score.recall:.3f} F1 {score.f1:.3f}"
          f" (both {score.tp}, one only {score.fp + score.fn})")
    print("writers compared, shared rows:", ", ".join(f"{a}–{b} {n}" for (a, b), n in pairs.most_common()))
    if by_rule:
        for rule, s in sorted(rules.items(), key=lambda kv: -(kv[1].tp + kv[1].fp + kv[1].fn)):
            print(f"  {rule:38s} both {s.tp:4d}  one only {s.fp + s.fn:4d}  F1 {s.f1:.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--by-rule", action="store_true", help="agreement per rule")
    ap.add_argument("--checker", action="store_true", help="also run the toolkit on those documents and score its "
                    "findings against each writer's on the same rows")
    args = ap.parse_args(argv)
    parts = gold_files(args.dir)
    writers = per_writer(parts)
    agreement(writers, args.by_rule)
    if args.checker:
        checker_against_writers(writers, per_writer(parts, checker=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
