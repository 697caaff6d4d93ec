"""Sub-projects and their goal links against the plan gold (corpora/plans/annotations/<file>.json).

    python bench/eval_subprojects.py [--verbose] [--samples DIR --annotations DIR]

Prints, per file and overall:
- sub-project names: P/R/F1 (a name matches a gold name when both are equal after NFKC and spaces removed);
- field accuracy over the matched sub-projects: investment (value and unit) and lead units (as a set);
- goal numbers: gold goals whose text (character-bigram Dice ≥ 0.6) and number (by value: 二 = 2 = （二）) are found;
- explicit links: P/R/F1 of (sub-project, goal number) pairs the gold marks ``explicit``, scored on the
  predicted explicit links that resolve to a goal;
- implicit links: precision and recall of the predicted ``content`` links against the gold ``content`` pairs
  (on files whose sub-projects cite no goal);
- unknown references: gold ``unknown_goal_numbers`` against explicit links that resolve to no goal;
- investment totals: whether a ``子项目投资合计`` sum fact is produced and agrees with the gold (stated total, Σ parts).

``--samples`` / ``--annotations`` point at another folder (a blind set) with the same gold format:
``{"source", "subprojects": [{"name", "number", "investment", "investment_unit", "lead_units", "goal_numbers",
"link_method"}], "goals": [{"number", "text"}]}``.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from eval_goals_facts import dice, match  # noqa: E402
from scoring import Score  # noqa: E402

from extractor import parse  # noqa: E402
from extractor.errors import ExtractorError  # noqa: E402
from extractor.extractors import extract_document  # noqa: E402
from extractor.extractors.sentences import normalise  # noqa: E402
from extractor.extractors.goal_links import number_value as _number_value  # noqa: E402


def number_value(number):
    """Goal numbers as the gold may write them: \"二\", \"（2）\" or the integer 2."""
    return _number_value(str(number)) if number is not None else None

PLANS = ROOT / "corpora" / "plans"


def name_key(name: str) -> str:
    return "".join(normalise(name).split())


def close(a, b) -> bool:
    return a is not None and b is not None and abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))


class Totals:
    """Scores summed over files."""

    def __init__(self) -> None:
        self.names, self.explicit, self.implicit, self.unknown = Score(), Score(), Score(), Score()
        self.goal_numbers = Score()
        self.fields = {"investment": [0, 0], "lead_units": [0, 0]}
        self.sums = [0, 0]


def gold_pairs(gold: dict, method: str) -> set[tuple[str, int]]:
    return {(name_key(s["name"]), number_value(n)) for s in gold["subprojects"] if s.get("link_method") == method
            for n in s.get("goal_numbers", [])}


def predicted_pairs(ext: dict, method: str) -> set[tuple[str, int]]:
    numbers = {g["id"]: g.get("number") for g in ext["goals"]}
    return {(name_key(s["name"]), number_value(numbers.get(link["goal_id"])))
            for s in ext["subprojects"] for link in s.get("goal_links", [])
            if link["method"] == method and link["goal_id"]}


def pair_score(predicted: set, gold: set) -> Score:
    return Score(tp=len(predicted & gold), fp=len(predicted - gold), fn=len(gold - predicted))


def score_file(ext: dict, gold: dict, totals: Totals, verbose: bool) -> str:
    names = match(ext["subprojects"], gold["subprojects"], lambda p, g: name_key(p["name"]) == name_key(g["name"]))
    totals.names.add(names)
    by_name = {name_key(s["name"]): s for s in ext["subprojects"]}
    for g in gold["subprojects"]:
        p = by_name.get(name_key(g["name"]))
        if p is None:
            continue
        if g.get("investment") is not None:
            totals.fields["investment"][1] += 1
            totals.fields["investment"][0] += close(p["investment"], g["investment"]) and p["investment_unit"] == g["investment_unit"]
        if g.get("lead_units"):
            totals.fields["lead_units"][1] += 1
            totals.fields["lead_units"][0] += set(p["lead_units"]) == set(g["lead_units"])
        if verbose and (not close(p["investment"], g.get("investment")) or set(p["lead_units"]) != set(g.get("lead_units", []))):
            print("   field:", g["name"], p["investment"], p["investment_unit"], p["lead_units"], "| gold",
                  g.get("investment"), g.get("lead_units"))
    goal_score = match([g for g in ext["goals"] if g.get("number")], gold.get("goals", []),
                       lambda p, g: number_value(p["number"]) == number_value(g["number"]) and dice(p["text"], g["text"]) >= 0.6)
    totals.goal_numbers.add(goal_score)
    line = f"names:{names.f1:.2f}  goals#:{goal_score.f1:.2f}"
    if any(s.get("link_method") == "explicit" for s in gold["subprojects"]):
        s = pair_score(predicted_pairs(ext, "explicit"), gold_pairs(gold, "explicit"))
        totals.explicit.add(s)
        line += f"  explicit:{s.f1:.2f}"
    if gold.get("goals") and not any(s.get("link_method") == "explicit" for s in gold["subprojects"]):
        s = pair_score(predicted_pairs(ext, "content"), gold_pairs(gold, "content"))
        totals.implicit.add(s)
        line += f"  implicit P:{s.precision:.2f} R:{s.recall:.2f}"
    unknown_gold = {(name_key(s["name"]), number_value(n)) for s in gold["subprojects"] for n in s.get("unknown_goal_numbers", [])}
    unknown_pred = {(name_key(s["name"]), number_value(link["goal_number"])) for s in ext["subprojects"]
                    for link in s.get("goal_links", []) if link["method"] == "explicit" and not link["goal_id"]}
    if unknown_gold or unknown_pred:
        totals.unknown.add(pair_score(unknown_pred, unknown_gold))
    if "investment_total" in gold:
        want = gold["investment_total"]
        fact = next((f for f in ext["facts"] if f["kind"] == "sum" and f["metric"] == "子项目投资合计"), None)
        ok = fact is not None and close(fact["total"], want["stated"]) and close(sum(fact["parts"]), want["sum"])
        totals.sums[0] += ok
        totals.sums[1] += 1
        line += f"  total:{'ok' if ok else 'MISSED'}"
    if verbose:
        for s in ext["subprojects"]:
            print("   ", s["origin"], s["number"], s["name"], s["investment"], s["lead_units"],
                  [(link["method"], link["goal_number"], link["reference"]) for link in s["goal_links"]])
        extra = sorted(predicted_pairs(ext, "explicit") - gold_pairs(gold, "explicit"), key=str)
        content = sorted(predicted_pairs(ext, "content") - gold_pairs(gold, "content"), key=str)
        if extra or content:
            print("   extra links:", extra, content)
    return line


def fraction(pair: list[int]) -> str:
    return f"{pair[0]}/{pair[1]} = {pair[0] / pair[1]:.3f}" if pair[1] else "n/a"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--samples", type=Path, default=PLANS, help="folder of the documents (default corpora/plans)")
    ap.add_argument("--annotations", type=Path, default=PLANS / "annotations",
                    help="folder of the gold <document>.json files (default corpora/plans/annotations)")
    args = ap.parse_args(argv)
    golds = sorted(args.annotations.glob("*.json"))
    if not golds:
        print(f"no gold annotations under {args.annotations}; nothing to score")
        return 0
    totals = Totals()
    for gold_path in golds:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        path = args.samples / gold["source"]
        if not path.exists():
            print(f"{gold['source']:<36} missing")
            continue
        try:
            ext = extract_document(parse(path)).to_dict()
        except ExtractorError as exc:
            print(f"{gold['source']:<36} skipped: {exc.one_line()}")
            continue
        print(f"{gold['source']:<36} " + score_file(ext, gold, totals, args.verbose))
    print()
    print(f"sub-project names      {totals.names.line()}")
    print(f"  investment           {fraction(totals.fields['investment'])}")
    print(f"  lead units           {fraction(totals.fields['lead_units'])}")
    print(f"goal numbers           {totals.goal_numbers.line()}")
    print(f"explicit links         {totals.explicit.line()}")
    print(f"implicit links         P={totals.implicit.precision:.3f} R={totals.implicit.recall:.3f} "
          f"(tp={totals.implicit.tp} fp={totals.implicit.fp} fn={totals.implicit.fn})")
    print(f"unknown goal refs      {totals.unknown.line()}")
    print(f"investment totals      {fraction(totals.sums)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
