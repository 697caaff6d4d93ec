"""Real-layout forms: parse + extract + check every document of a folder against its gold.

For each ``<dir>/annotations/<file>.json`` (format: corpora/real_layouts gold, see the README of the corpus)
the document ``<dir>/<file>`` is parsed, extracted and checked. Printed:

- indicator field F1 for level1, level2, name, operator, value, unit, actual, weight, score — rows matched and
  fields scored by bench/eval_extract.py (imported, not copied);
- goal text recall (a gold goal is found when a predicted goal has the same text without spaces, or one holds
  the other);
- checker precision/recall over the scored rules of the gold format: an expected finding is matched by a found
  finding of the same rule whose item is equal, or one contains the other, or has a difflib ratio >= 0.6.

Conventions of the gold that differ in form only: a bare number with no written operator is ``null`` in the gold
and ``=`` in the JSON contract, so a predicted ``=`` whose cell writes no operator counts as ``null``; the
checker's ``coverage.table_not_understood`` is the gold's ``table_not_understood``. Three marks the annotators treat
differently from part to part are left out of names on both sides: a template hint inside a name
(``小区居民满意度（≥**%）``: kept by one part, cut by another), the ★ of a core indicator (kept by one, dropped
by another) and a template's label opening a name (``指标1：办公用品采购``: kept by blind51's, blind148's and blind149's
writers, dropped by blind20's, blind42's, blind77's and blind106's; since the twenty-ninth session); so is a bracket
closing a name that holds only its unit (``保种数量(头)``: kept by most parts, cut by
blind48's writer, who gives the unit alone) or only its points (``相关性(5分)``: kept by blind64's writer, cut by
blind101's; both give the points as the row's weight; since the twenty-fourth session). Rows that score the
evaluation (决策/过程 of a score table) are
compared only where the gold lists a row of the same name (most writers list the targets only). Levels are compared
as the framework names them (``社会效益`` as written by blind57's writer is ``社会效益指标``, as most writers give it),
on both sides; a level the framework does not name (投入 │ 预算配置 of an evaluation's own tree) as written without its
numbering and points (目标任务(15分) → 目标任务), against the JSON's ``level1_text``/``level2_text`` where the gold
writes one (the framework's ``level1``/``level2`` stay empty for such rows, as the writers who give them none
compare; since the twenty-third session). A gold 一级 written as the evaluation frame names a dimension (项目效益,
项目产出) over a 二级 of the target tree (经济效益指标) is read as the framework reads the pair, as the extraction is
(blind155; since the thirtieth session). A finding on a row with no name is named by the row's 二级 and target, the
二级 as written too where the framework names it otherwise (可持续效益指标, read as 可持续影响指标; since the thirtieth
session). A level the document does not write (the framework's 一级 of a 二级 label alone: the JSON's ``level1`` is
filled, its ``level1_text`` empty) is compared as written, empty, where the gold gives none, as the writers' brief
asks ("as written, null if it gives none"; since the thirty-first session). A goal's enumeration word (一是, 二是)
and the stop closing it are left out of goal texts on both sides, as its number is (since the thirty-first session).
A row's list number opening its name (``1.项目库建设``, ``2、接待场所面积达标``: kept by blind164's, blind191's,
blind194's, blind196's and blind198's writers, dropped by the others and by the reader) is left out of names on both
sides too (since the thirty-third session). So is the stop closing a name written as a sentence (``成立应急管理领导机构。``:
kept by 17 parts' writers, 174 names, dropped by blind251's and blind255's; since the forty-second session).

    python bench/eval_real_layouts.py [--dir corpora/real_layouts] [--details] [--only NAME]
"""
from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from dataclasses import asdict
from pathlib import Path

from eval_extract import FIELDS, Report, score_sample
from scoring import Score

from extractor.checker.rule import family_of
from extractor.nlp.framework import (canonical_level1, canonical_level2, canonical_levels, clean_level, evaluation_level,
                                     scores_the_evaluation)
from extractor.nlp.quantities import level_points, section_points
from extractor.extractors.labelled_prose import NAME_MARKS
from extractor.nlp.quantities import unit_in_brackets

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIR = ROOT / "corpora" / "real_layouts"
SCORED_RULES = (
    "target.vague_wording", "target.qualitative_no_scale", "target.missing_value", "target.missing_name",
    "target.missing_unit", "target.placeholder", "target.time_no_deadline", "target.impossible_value",
    "target.unit_mismatch", "goal.unquantified", "goal.process_only", "goal.budget_text",
    "coverage.missing_dimension", "consistency.rate", "consistency.sum", "consistency.score_exceeds_weight",
    "consistency.score_total", "consistency.grade", "consistency.deviation_reason_missing", "table_not_understood",
)
_RULE_ALIASES = {"coverage.table_not_understood": "table_not_understood"}
ITEM_RATIO = 0.6


#: a form's numbering label before a goal or indicator ("目标2：", "指标1:", "1.", "2、", "（3）") is no part of
#: what it says
_LABEL = re.compile(r"^(?:(?:目标|指标)[0-9一二三四五六七八九十]+[:：]|\d{1,2}[.、．](?!\d)|[（(]\d{1,2}[)）])")
#: a goal's enumeration word (一是) and the stop closing it, no part of the goal either
_ENUMERATION, _CLOSING_STOP = re.compile(r"^[一二三四五六七八九十]是(?=[\u4e00-\u9fff])"), re.compile(r"[。；;]$")


def _squash(text) -> str:
    return _LABEL.sub("", re.sub(r"\s+", "", str(text or "")))


def _goal_key(text) -> str:
    return _CLOSING_STOP.sub("", _ENUMERATION.sub("", _squash(text)))


def without_marks(rows: list[dict]) -> list[dict]:
    """``rows`` with the name marks annotators treat differently left out and their levels in the framework's words
    (see the module doc)."""
    return [_framework_levels({**row, "name": _name_without_marks(row["name"])} if row.get("name") else row)
            for row in rows]


def _name_without_marks(name: str) -> str:
    """A name without the marks of the module doc: a template hint or ★, a template's label, a list number, a closing
    bracket of its unit or points, a closing stop."""
    name = _TEMPLATE_LABEL.sub("", NAME_MARKS.sub("", name)).strip()
    return _unit_bracket_off(_CLOSING_STOP.sub("", _LABEL.sub("", name).strip()))


#: a template's label opening a name (指标1：, 指标：), as the form's template numbers the rows to fill in
_TEMPLATE_LABEL = re.compile(r"^\s*指标\s*[\d一二三四五六七八九十]{0,2}\s*[:：](?=.)")


def _framework_levels(row: dict) -> dict:
    """A row whose levels are named as the framework names them (社会效益 → 社会效益指标), a level it does not know as
    written without its numbering and points (目标任务(15分) → 目标任务); a row giving both levels as the framework
    reads the pair, as the extraction does (效益指标 │ 服务对象满意度指标 of an 88号 form: satisfaction is its own 一级;
    since the twenty-ninth session)."""
    level1, level2 = canonical_level1(row.get("level1")), canonical_level2(row.get("level2"))
    if level2 and (level1 or evaluation_level(row.get("level1") or "") in ("产出", "效益")):
        level1, level2 = canonical_levels(row["level1"], row["level2"])
        return {**row, "level1": level1, "level2": level2}
    return {**row, "level1": level1 or clean_level(row.get("level1")) or None,
            "level2": level2 or clean_level(row.get("level2")) or None}


def _unit_bracket_off(name: str) -> str:
    """A name without the bracket closing it when the bracket holds only a unit (保种数量(头), 工程合格率(%)) or only
    points (相关性(5分))."""
    m = _CLOSING_BRACKET.search(name)
    only_points = m is not None and section_points(m.group()) is not None
    return name[: m.start()] if m and m.start() > 0 and (unit_in_brackets(name) or only_points) else name


_CLOSING_BRACKET = re.compile(r"[（(][^（()）]*[)）]$")


def predicted_rows(ext, gold_names: frozenset[str] = frozenset()) -> list[dict]:
    """The extracted indicators as dicts, in the gold's conventions (a bare number has no operator). A row that scores
    the evaluation (决策/过程 …) is compared only when the gold lists a row of its name: most writers list targets
    only, some list the evaluation's rows too."""
    from extractor.nlp.quantities import parse_operator

    rows = []
    for ind in (i for i in ext.indicators if not scores_the_evaluation(i) or _squash(i.name) in gold_names):
        row = asdict(ind)
        if row["operator"] == "=" and parse_operator(row.get("target_text") or "") is None:
            row["operator"] = None
        rows.append(row)
    return rows


def as_written_where_the_gold_is(predicted: list[dict], expected: list[dict]) -> list[dict]:
    """A level the framework does not name (投入 │ 预算配置 of an evaluation's own tree) is compared as written where
    the gold gives it so: the JSON keeps such a level in ``level1_text``/``level2_text`` and leaves the framework's
    ``level1``/``level2`` empty, which is what the writers who give such rows no level compare. A level the
    framework fills where the document writes none (``level1_text`` empty) is compared as written, empty, where the
    gold gives none."""
    written = {(_squash(row.get("name")), level) for row in expected for level in ("level1", "level2")
               if row.get(level) and canonical_level1(row[level]) is None and canonical_level2(row[level]) is None}
    unwritten = {(_squash(row.get("name")), level) for row in expected for level in ("level1", "level2")
                 if not row.get(level)}
    out = []
    for row in predicted:
        key = _squash(row.get("name"))
        out.append({**row, **{level: clean_level(row.get(f"{level}_text"))
                              for level in ("level1", "level2")
                              if row.get(level) is None and row.get(f"{level}_text") and (key, level) in written},
                    **{level: None for level in ("level1", "level2")
                       if row.get(level) and not row.get(f"{level}_text") and (key, level) in unwritten}})
    return out


def goal_found(gold_text: str, predicted: list[str]) -> bool:
    g = _goal_key(gold_text)
    return any(g == p or (g and p and (g in p or p in g)) for p in map(_goal_key, predicted))


# findings about a document's stated total, whose item (the first scored row) is no name the gold could give
_DOCUMENT_TOTAL_RULES = ("consistency.score_total.scores",)


def whole_goal(item: str, gold: dict) -> str:
    """A finding's item that opens a gold goal stands for the whole goal text, so a finding on the goal as the
    toolkit cut it (the 预期目标 section of a cell that also holds 项目概况 and 立项依据) matches it as the goal
    itself does (:func:`goal_found`)."""
    key = _squash(item)
    whole = [g["text"] for g in gold.get("goals") or [] if key and _squash(g["text"]).startswith(key)]
    return whole[0] if len(whole) == 1 else item


def goal_items_as_gold_goals(found: list[tuple[str, str]], gold: dict) -> list[tuple[str, str]]:
    """Findings on parts of one gold goal count once a rule, on that goal: the toolkit reads a goal cell of numbered
    items ((1)…(2)…) as one goal an item where an annotator may keep the cell whole, and a finding is a judgement of
    the goal either way (goal recall accepts the same containment, :func:`goal_found`)."""
    goals = [g["text"] for g in gold.get("goals") or []]
    out: list[tuple[str, str]] = []
    for rule, item in found:
        key = _squash(item)
        holders = [g for g in goals if key and key != _squash(g) and key in _squash(g)] if rule.startswith("goal.") else []
        whole = (rule, holders[0]) if len(holders) == 1 else None
        if whole is None:
            out.append((rule, item))
        elif whole not in out:
            out.append(whole)
    return out


def finding_items(ext, findings) -> list[tuple[str, str]]:
    """(rule, item text) of every scored finding: an indicator's name, a goal's text, a dimension, a metric."""
    # a row with no name is named by its level and target (the gold can give nothing else: 数量指标, 不少于6种), its level
    # as written too where the framework names it otherwise (可持续效益指标, read as 可持续影响指标)
    names = {i.id: i.name or f"{_written_level2(i)}{i.level2 or ''}{i.target_text or ''}" for i in ext.indicators}
    goals = {g.id: g.text for g in ext.goals}
    headings = {(i.id, level_points(text)): canonical_level1(text) or clean_level(text)
                for i in ext.indicators for text in (i.level1_text, i.level2_text) if level_points(text) is not None}
    out = []
    for f in findings:
        rule = _RULE_ALIASES.get(f.rule, family_of(f.rule))  # the gold names a family for all its rules
        if rule not in SCORED_RULES:
            continue
        if f.rule in _DOCUMENT_TOTAL_RULES:  # the stated total of the document: gold names it 总分, 自评总分 …
            out.append((rule, ""))
            continue
        item = f.numbers.get("dimension") if f.rule == "coverage.missing_dimension" else f.numbers.get("template_text")
        if "section_points" in f.numbers:  # a heading's points against its rows: named by the heading
            item = headings.get((f.item, f.numbers["section_points"]))
        item = item or names.get(f.item) or goals.get(f.item) or f.item or ""
        out.append((rule, item))
    return out


def _written_level2(ind) -> str:
    written = clean_level(ind.level2_text)
    return written if written and written != ind.level2 else ""


def items_match(expected: str, found: str) -> bool:
    a, b = _squash(expected), _squash(found)
    if not a or not b:
        return True  # a document-level finding (table_not_understood) names no item
    return a == b or a in b or b in a or difflib.SequenceMatcher(None, a, b).ratio() >= ITEM_RATIO


def match_findings(expected: list[tuple[str, str]], found: list[tuple[str, str]]) -> tuple[Score, list[str]]:
    """One-to-one matching of expected and found (rule, item) pairs of one document: equal items first, then an
    item holding the other, then similar ones (so 效益指标 is not taken by 时效指标 when 效益指标 was found)."""
    score, notes, free = Score(), [], list(range(len(found)))
    open_expected = list(expected)
    for same in (lambda a, b: _squash(a) == _squash(b), items_match):
        still_open = []
        for rule, item in open_expected:
            hit = next((j for j in free if found[j][0] == rule and same(item, found[j][1])), None)
            if hit is None:
                still_open.append((rule, item))
            else:
                free.remove(hit)
                score.tp += 1
        open_expected = still_open
    for rule, item in open_expected:
        score.fn += 1
        notes.append(f"missed   {rule}: {item}")
    for j in free:
        score.fp += 1
        notes.append(f"extra    {found[j][0]}: {found[j][1]}")
    return score, notes


def sources_of(annotations: Path) -> set[str]:
    """Every source address named by the gold files of a folder."""
    found: set[str] = set()
    for gold_file in annotations.glob("*.json"):
        found.update(json.loads(gold_file.read_text(encoding="utf-8")).get("source_urls") or [])
    return found


def as_the_extraction_wrote_it(gold: dict, changes: list[str]) -> dict:
    """The gold of a mirror site's copy with the changes its extraction made to read it (the same words in another
    dress: 產出指標 and 产(chǎn)出指标(biāo) are 产出指标)."""
    from extractor.nlp.script import rewrite

    return json.loads(rewrite(json.dumps(gold, ensure_ascii=False), changes))


def evaluate(folder: Path, annotations: Path, only: str | None = None, details: bool = False,
             seen: set[str] = frozenset()) -> dict:
    """``seen``: source addresses already used elsewhere (the development part); their documents are left out."""
    import extractor

    report, goals, checker = Report(), Score(), Score()
    lines = []
    for gold_file in sorted(annotations.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        source = folder / gold["source"]
        if only and only not in source.name:
            continue
        if seen and set(gold.get("source_urls") or []) & seen:
            lines.append(f"{source.name}: left out (its source is in the development part)")
            continue
        doc_report, doc_checker = Report(), Score()
        try:
            ext = extractor.extract(extractor.parse(source))
            findings = extractor.check(ext)
        except Exception as exc:  # a crash is a result to report, not a reason to stop
            lines.append(f"{source.name}: ERROR {type(exc).__name__}: {exc}")
            ext, findings = None, []
        if ext is not None and ext.script_changes:
            gold = as_the_extraction_wrote_it(gold, ext.script_changes)
        gold_names = frozenset(_squash(r.get("name")) for r in gold.get("indicators") or [] if r.get("name"))
        expected = without_marks(gold.get("indicators") or [])
        predicted = as_written_where_the_gold_is(without_marks(predicted_rows(ext, gold_names)), expected) if ext else []
        score_sample(expected, predicted, doc_report, source.name)
        score_sample(expected, predicted, report, source.name)
        got_goals = [g.text for g in ext.goals] if ext else []
        doc_goals = Score()
        for g in gold.get("goals") or []:
            if goal_found(g["text"], got_goals):
                doc_goals.tp += 1
            else:
                doc_goals.fn += 1
        goals.add(doc_goals)
        expected = [(f["rule"], whole_goal(f.get("item") or "", gold)) for f in gold.get("findings") or []
                    if f["rule"] in SCORED_RULES]
        found = goal_items_as_gold_goals(finding_items(ext, findings), gold) if ext else []
        doc_checker, notes = match_findings(expected, found)
        checker.add(doc_checker)
        f1s = " ".join(f"{doc_report.counts[f].f1:.2f}" for f in FIELDS)
        lines.append(f"{source.name:<44} rows {len(gold.get('indicators') or []):>3}/{len(predicted):>3}  F1 {f1s}  "
                     f"goals {doc_goals.tp}/{doc_goals.tp + doc_goals.fn}  checker P {doc_checker.precision:.2f} "
                     f"R {doc_checker.recall:.2f}")
        if details:
            lines.extend("    " + e for e in doc_report.errors)
            lines.extend("    " + n for n in notes)
    return {"report": report, "goals": goals, "checker": checker, "lines": lines}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", type=Path, default=DEFAULT_DIR, help="folder of the documents (default corpora/real_layouts)")
    ap.add_argument("--annotations", type=Path, default=None, help="gold folder (default DIR/annotations)")
    ap.add_argument("--details", action="store_true", help="per-document lines with every disagreement")
    ap.add_argument("--only", help="substring of the document file name")
    ap.add_argument("--unseen-by", type=Path, metavar="GOLD_DIR",
                    help="leave out documents whose source address a gold folder (the development part) also names")
    args = ap.parse_args(argv)
    seen = sources_of(args.unseen_by) if args.unseen_by else set()
    result = evaluate(args.dir, args.annotations or args.dir / "annotations", args.only, args.details, seen)
    report = result["report"]
    print("\n".join(result["lines"]))
    print(f"\ndocuments in {args.dir}: gold rows {report.gold_rows}, predicted {report.predicted_rows}, matched {report.matched_rows}")
    print(f"{'field':<10} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
    for name in FIELDS:
        c = report.counts[name]
        print(f"{name:<10} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.tp:5d} {c.fp:5d} {c.fn:5d}")
    goals, checker = result["goals"], result["checker"]
    print(f"goal text recall {goals.recall:.3f} ({goals.tp}/{goals.tp + goals.fn})")
    print(f"checker precision {checker.precision:.3f} recall {checker.recall:.3f} "
          f"(tp {checker.tp}, fp {checker.fp}, fn {checker.fn})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
