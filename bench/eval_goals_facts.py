"""Precision / recall / F1 of goals, facts, organisations, sub-projects and contract terms against the gold
annotations (corpora/annotations/<sample>.json), per file and overall.

    python bench/eval_goals_facts.py [--verbose] [--samples DIR --annotations DIR]

A goal matches a gold goal of the same kind whose text it mostly covers (character bigram Dice ≥ 0.6);
it counts as correct only when ``quantified`` and the targets (operator, value, unit) agree too.
A fact matches a gold fact of the same kind on the fields that matter for that kind (:data:`FACT_FIELDS`):
completion/budget on (planned, actual, stated_rate), sum on total and the parts as a multiset, share on the
parts (multiset), grade on (actual, stated_text), amount_words on (actual, planned). Facts are scored per kind
and overall; completion/budget facts are also scored per field (see :func:`field_scores`).
Targets are also scored on their own.
The baseline printed beside the figures is a naive extractor measured in the same run
(every paragraph containing 目标 is a goal; every sentence with 计划…实际 is a fact).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor import parse  # noqa: E402
from extractor.errors import ExtractorError  # noqa: E402
from extractor.extractors import extract_document  # noqa: E402
from extractor.extractors.sentences import normalise  # noqa: E402
from scoring import Score  # noqa: E402


def dice(a: str, b: str) -> float:
    a, b = normalise(a), normalise(b)
    ga = [a[i : i + 2] for i in range(len(a) - 1)] or [a]
    gb = [b[i : i + 2] for i in range(len(b) - 1)] or [b]
    common = sum(min(ga.count(g), gb.count(g)) for g in set(ga))
    return 2 * common / (len(ga) + len(gb))


def match(predicted: list, gold: list, same) -> Score:
    """Greedy one-to-one matching with the predicate ``same(pred, gold)``."""
    extra, missed = leftovers(predicted, gold, same)
    return Score(tp=len(predicted) - len(extra), fp=len(extra), fn=len(missed))


def leftovers(predicted: list, gold: list, same) -> tuple[list, list]:
    """The predictions and the gold items left unmatched by :func:`match` (extra, missed)."""
    left, extra = list(gold), []
    for p in predicted:
        hit = next((g for g in left if same(p, g)), None)
        if hit is None:
            extra.append(p)
        else:
            left.remove(hit)
    return extra, left


def close(a, b, tol=1e-6) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= tol * max(1.0, abs(float(b)))


def target_key(t) -> tuple:
    return (t.get("operator"), round(float(t["value"]), 4) if t.get("value") is not None else None, t.get("unit"))


def goal_same(p: dict, g: dict) -> bool:
    if p["kind"] != g.get("kind") or dice(p["text"], g.get("text", "")) < 0.6:
        return False
    if bool(p["quantified"]) != bool(g.get("quantified")):
        return False
    if "targets" in g:
        return sorted(map(target_key, p["targets"]), key=str) == sorted(map(target_key, g["targets"]), key=str)
    return True


FACT_KINDS = ("completion", "budget", "sum", "share", "grade", "amount_words")
FACT_FIELDS = {
    "completion": ("planned", "actual", "stated_rate"),
    "budget": ("planned", "actual", "stated_rate"),
    "sum": ("total", "parts"),
    "share": ("parts",),
    "grade": ("actual", "stated_text"),
    "amount_words": ("actual", "planned"),
}
RATE_FIELDS = ("planned", "actual", "stated_rate")
"""The fields scored one by one for completion/budget facts."""


def fact_kind(f: dict) -> str:
    return f.get("kind") or "completion"


def same_parts(a, b) -> bool:
    """Two lists of numbers equal as multisets."""
    a, b = sorted(float(x) for x in a or []), sorted(float(x) for x in b or [])
    return len(a) == len(b) and all(close(x, y) for x, y in zip(a, b))


def field_same(field: str, p: dict, g: dict) -> bool:
    if field == "parts":
        return same_parts(p.get("parts"), g.get("parts"))
    if field == "stated_text":
        return p.get("stated_text") == g.get("stated_text")
    return close(p.get(field), g.get(field))


def fact_same(p: dict, g: dict) -> bool:
    """Same kind and the same values in every field that matters for that kind (:data:`FACT_FIELDS`)."""
    kind = fact_kind(g)
    if fact_kind(p) != kind:
        return False
    return all(field_same(f, p, g) for f in FACT_FIELDS.get(kind, RATE_FIELDS))


def _present(value) -> bool:
    return value is not None and value != []


def field_scores(predicted: list, gold: list, fields=RATE_FIELDS) -> dict[str, Score]:
    """Per-field counts for facts of one kind.

    Predicted and gold facts are paired one to one, greedily by the number of agreeing fields (a pair needs at
    least one). In a pair a field is a tp when both values agree, an fp when the prediction states a value the
    gold does not have (or a different one), an fn when the gold value is missing or different in the
    prediction. Every stated field of an unpaired prediction is an fp, of an unpaired gold fact an fn.
    """
    scores = {f: Score() for f in fields}
    candidates = sorted(
        ((sum(field_same(f, p, g) and _present(g.get(f)) for f in fields), i, j)
         for i, p in enumerate(predicted) for j, g in enumerate(gold)),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    pairs, used_p, used_g = [], set(), set()
    for agree, i, j in candidates:
        if agree and i not in used_p and j not in used_g:
            pairs.append((predicted[i], gold[j]))
            used_p.add(i)
            used_g.add(j)
    for p, g in pairs:
        for f in fields:
            pv, gv = _present(p.get(f)), _present(g.get(f))
            if pv and gv and field_same(f, p, g):
                scores[f].tp += 1
                continue
            scores[f].fp += pv
            scores[f].fn += gv
    for i, p in enumerate(predicted):
        if i not in used_p:
            for f in fields:
                scores[f].fp += _present(p.get(f))
    for j, g in enumerate(gold):
        if j not in used_g:
            for f in fields:
                scores[f].fn += _present(g.get(f))
    return scores


def fact_scores(predicted: list, gold: list) -> tuple[dict[str, Score], dict[str, Score]]:
    """Match scores per kind (every kind seen in either list) and per field for completion/budget."""
    kinds = list(FACT_KINDS) + sorted({fact_kind(f) for f in predicted + gold} - set(FACT_KINDS))
    per_kind, per_field = {}, {f: Score() for f in RATE_FIELDS}
    for kind in kinds:
        p = [f for f in predicted if fact_kind(f) == kind]
        g = [f for f in gold if fact_kind(f) == kind]
        if not p and not g:
            continue
        per_kind[kind] = match(p, g, fact_same)
        if kind in ("completion", "budget"):
            for field, s in field_scores(p, g).items():
                per_field[field].add(s)
    return per_kind, per_field


def names_same(p: dict, g: dict) -> bool:
    """Same entity: the predicted name is the gold name or one of its aliases (a document that only ever
    writes 市城管局 cannot give the full name)."""
    return normalise(p["name"]) in {normalise(n) for n in (g["name"], *(g.get("aliases") or []))}


def term_same(p: dict, g: dict) -> bool:
    return p["kind"] == g.get("kind") and close(p.get("percent"), g.get("percent")) and (
        g.get("trigger") is None or p.get("trigger") == g.get("trigger")
    ) and (g.get("amount") is None or close(p.get("amount"), g.get("amount")))


def baseline(doc) -> dict:
    """Naive extractor: each text block mentioning 目标 is an unquantified goal; 计划…实际 sentences are facts."""
    goals, facts = [], []
    for b in doc.blocks:
        text = normalise(b.text)
        if "目标" in text and b.kind != "table":
            goals.append({"kind": "目标", "text": text, "quantified": False, "targets": []})
        for s in re.findall(r"[^。；]*计划[^。；]*实际[^。；]*", text):
            nums = [float(x.replace(",", "")) for x in re.findall(r"\d[\d,]*(?:\.\d+)?", s)]
            facts.append({"kind": "completion", "planned": nums[0] if nums else None, "actual": nums[1] if len(nums) > 1 else None, "stated_rate": nums[2] if len(nums) > 2 else None})
    return {"goals": goals, "facts": facts}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--samples", type=Path, default=ROOT / "corpora" / "samples",
                    help="folder of the documents (default corpora/samples)")
    ap.add_argument("--annotations", type=Path, default=ROOT / "corpora" / "annotations",
                    help="folder of the gold <document>.json files (default corpora/annotations)")
    args = ap.parse_args(argv)
    samples, annotations = args.samples, args.annotations
    golds = sorted(annotations.glob("*.json"))
    if not golds:
        print("no gold annotations under corpora/annotations; nothing to score")
        return 0
    parts = ("goals", "targets", "facts", "organisations", "subprojects", "contract_terms")
    totals = {k: Score() for k in parts}
    kind_totals: dict[str, Score] = {}
    field_totals = {f: Score() for f in RATE_FIELDS}
    base = {k: Score() for k in ("goals", "facts")}
    for gold_path in golds:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        path = samples / gold["source"]
        if not path.exists():
            continue
        try:
            doc = parse(path)
        except ExtractorError as exc:  # a sample being rewritten by its generator, a parser gap …
            print(f"{gold['source']:<34} skipped: {exc.one_line()}")
            continue
        ext = extract_document(doc).to_dict()
        scores = {}
        if "goals" in gold:
            scores["goals"] = match(ext["goals"], gold["goals"], goal_same)
            pt = [target_key(t) for g in ext["goals"] for t in g["targets"]]
            gt = [target_key(t) for g in gold["goals"] for t in g.get("targets", [])]
            scores["targets"] = match(pt, gt, lambda a, b: a == b)
        if "facts" in gold:
            per_kind, per_field = fact_scores(ext["facts"], gold["facts"])
            scores["facts"] = Score()
            for kind, s in per_kind.items():
                scores["facts"].add(s)
                kind_totals.setdefault(kind, Score()).add(s)
            for field, s in per_field.items():
                field_totals[field].add(s)
        for key in ("organisations", "subprojects"):
            if key in gold:
                scores[key] = match(ext[key], gold[key], names_same)
        if "contract_terms" in gold:
            scores["contract_terms"] = match(ext["contract_terms"], gold["contract_terms"], term_same)
        naive = baseline(doc)
        for key in base:
            if key in gold:
                s = match(naive[key], gold[key], goal_same if key == "goals" else fact_same)
                base[key].add(s)
        for key, s in scores.items():
            totals[key].add(s)
        print(f"{gold['source']:<34} " + "  ".join(f"{k}:{s.f1:.2f}" for k, s in scores.items()))
        if args.verbose:
            for g in gold.get("goals", []):
                if not any(goal_same(p, g) for p in ext["goals"]):
                    print("   missed goal:", g["kind"], g["text"][:50], [target_key(t) for t in g.get("targets", [])])
            for p in ext["goals"]:
                if not any(goal_same(p, g) for g in gold.get("goals", [])):
                    print("   extra goal:", p["kind"], p["text"][:50], [target_key(t) for t in p["targets"]])
            extra, missed = leftovers(ext["facts"], gold.get("facts", []), fact_same)
            for g in missed:
                print("   missed fact:", g["kind"], g["metric"], *(g.get(f) for f in FACT_FIELDS.get(g["kind"], RATE_FIELDS)))
            for p in extra if "facts" in gold else []:
                print("   extra fact:", p["kind"], p["metric"], p["planned"], p["actual"], p["stated_rate"], p["total"], p["parts"], p["stated_text"], p["text"][:40])
    print()
    for key in parts:
        line = f"{key:<15} {totals[key].line()}"
        if key in base:
            b = base[key]
            ratio = totals[key].f1 / b.f1 if b.f1 else float("inf")
            line += f"   baseline F1={b.f1:.3f}  ratio={ratio:.2f}x"
        print(line)
        if key == "facts":
            for kind in list(FACT_KINDS) + sorted(set(kind_totals) - set(FACT_KINDS)):
                if kind in kind_totals:
                    print(f"  {kind:<13} {kind_totals[kind].line()}")
            for field, s in field_totals.items():
                print(f"  {'.' + field:<13} {s.line()}   (field, completion+budget)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
