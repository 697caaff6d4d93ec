"""Mutation testing of one module: how much of its behaviour do the tests bound?

    python bench/mutation.py extractor/checker/rules/consistency.py [tests ...] [--sample 150] [--seed 1]
           [--jobs 2] [--timeout-factor 4] [--list] [--show-killed] [--ids 17,42]

Without tests, the module's entry in ``TESTS_FOR`` names the tests that exercise it. ``--ids`` re-runs chosen
mutants of the sample (while writing a test for a survivor). ``--survivors-of RUN.txt`` runs only the mutants an
earlier run of the same module and sample reported as survivors and counts the others as killed: valid when the
earlier run used a subset of these tests (tests were added since), as a mutant one test kills stays killed. The tests run with ``CI=1``, so the property and
fuzz tests replay their fixed examples and a mutant's fate does not depend on luck.

Each mutant is one small change to the module (a comparison flipped, a constant changed, ``and``/``or`` or
``any``/``all`` swapped, a condition negated, an arithmetic operator swapped, a statement removed, a return value
replaced by ``None``). For each sampled mutant the module is rewritten in a private copy of the project and the
given tests are run there with ``pytest -x``; a mutant is *killed* when a test fails (or the run exceeds
``timeout-factor`` × the clean run, an endless loop), *survived* otherwise. The score is killed / (run − equivalent).

Survivors judged equivalent (no input can tell them from the original) are listed in
``bench/mutation_equivalent.txt`` as ``path:line:column:operator:original → mutated  # reason`` and excluded from the score.
Sampling is seeded, so a run is repeatable; the mutant ids printed (``#17``) are stable for one module source.
"""
from __future__ import annotations

import argparse
import ast
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EQUIVALENT_FILE = Path(__file__).resolve().parent / "mutation_equivalent.txt"

COMPARE_SWAPS = {ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt, ast.Eq: ast.NotEq,
                 ast.NotEq: ast.Eq, ast.In: ast.NotIn, ast.NotIn: ast.In, ast.Is: ast.IsNot, ast.IsNot: ast.Is}
BINOP_SWAPS = {ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.Div, ast.Div: ast.Mult, ast.FloorDiv: ast.Div,
               ast.Mod: ast.Mult, ast.Pow: ast.Mult}
BOOLOP_SWAPS = {ast.And: ast.Or, ast.Or: ast.And}
CALL_SWAPS = {"any": "all", "all": "any", "min": "max", "max": "min"}

#: the tests that exercise a module (used when none are given on the command line), the quickest killers first
#: (with ``-x`` a killed mutant stops at its first failing test). The checker's CLI test (tests/checker/test_cli_check.py,
#: 20 s of parsing and extraction per run) is left out: the rule cases must bound the rules on their own.
_CHECKER_TESTS = ["tests/checker/test_rules.py", "tests/checker/test_rule_properties.py",
                  "tests/checker/test_seed_consistency.py",
                  "tests/checker/test_extracted_tables.py", "tests/checker/test_eval_set.py",
                  "tests/checker/test_misfiled_model.py", "tests/checker/test_registry.py"]
# the form reader: its own unit tests first (quick), then the ten real layouts (issue 14) and the indicator tables
_FORM_TESTS = ["tests/extractors/forms", "tests/extractors/test_form_patterns.py",
               "tests/extractors/test_form_patterns_blind3.py", "tests/extractors/test_form_patterns_blind45.py",
               "tests/extractors/test_indicators.py"]
# the extractors' phrase patterns (issue 17): their own tests, then the figures they take from the engine
_PHRASE_TESTS = ["tests/extractors/test_phrase_figures.py"]
TESTS_FOR = {
    "extractor/extractors/facts.py": ["tests/extractors/test_facts.py", "tests/extractors/test_facts_edges.py",
                                      *_PHRASE_TESTS],
    "extractor/extractors/contracts.py": ["tests/extractors/test_contracts.py", "tests/extractors/test_contract_edges.py",
                                          *_PHRASE_TESTS],
    # table score rows are read by facts.table_score_rows: the facts tests bound them too
    "extractor/extractors/scores.py": ["tests/extractors/test_scores.py", "tests/extractors/test_score_total_edges.py",
                                       "tests/extractors/test_facts.py"],
    "extractor/extractors/goals.py": ["tests/extractors/test_goals.py", "tests/extractors/test_goal_target_edges.py",
                                      *_PHRASE_TESTS, "tests/extractors/test_subprojects.py"],
    "extractor/extractors/indicators.py": ["tests/extractors/test_indicators.py", "tests/extractors/test_form_patterns.py",
                                           "tests/extractors/test_form_patterns_blind8.py"],
    "extractor/extractors/forms/headers.py": _FORM_TESTS,
    "extractor/extractors/forms/columns.py": _FORM_TESTS,
    "extractor/extractors/forms/regions.py": _FORM_TESTS,
    "extractor/extractors/forms/reader.py": _FORM_TESTS,
    "extractor/checker/rules/consistency.py": _CHECKER_TESTS,
    "extractor/checker/rules/targets.py": ["tests/checker/test_last_year_actual.py", *_CHECKER_TESTS],
    "extractor/nlp/measures.py": ["tests/nlp/test_measures.py", *_CHECKER_TESTS, "tests/checker/test_goal_quantified.py"],
    "extractor/checker/rules/goals.py": ["tests/checker/test_goal_quantified.py", *_CHECKER_TESTS],
    "extractor/extractors/subprojects.py": ["tests/extractors/test_subprojects.py", "tests/nlp/test_figures.py",
                                            "tests/extractors/test_seed_acceptance.py"],
    "extractor/checker/text.py": ["tests/nlp/test_figures.py", "tests/checker/test_checker_text.py", *_CHECKER_TESTS],
    "extractor/nlp/quantities.py": ["tests/nlp/test_figures.py", "tests/checker/test_checker_text.py", "tests/nlp/test_quantity_examples.py", "tests/nlp/test_quantities.py",
                                    "tests/nlp/test_quantity_properties.py", "tests/fuzz/test_fuzz_quantities.py",
                                    "tests/checker/test_rules.py"],
}


@dataclass(frozen=True)
class Mutant:
    index: int  # position of the node in a walk of the module (stable for one source)
    operator: str
    line: int
    description: str
    column: int = 0

    @property
    def key(self) -> str:
        return f"{self.line}:{self.column}:{self.operator}:{self.description}"


# -- finding and applying mutations ----------------------------------------------------------------


def mutations_of(node: ast.AST) -> list[tuple[str, str]]:
    """(operator, description) of every mutation this node allows."""
    found = []
    if isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in COMPARE_SWAPS:
        old, new = type(node.ops[0]), COMPARE_SWAPS[type(node.ops[0])]
        found.append(("compare", f"{old.__name__} → {new.__name__}"))
    elif isinstance(node, ast.BinOp) and type(node.op) in BINOP_SWAPS:
        found.append(("arith", f"{type(node.op).__name__} → {BINOP_SWAPS[type(node.op)].__name__}"))
    elif isinstance(node, ast.BoolOp):
        found.append(("boolop", f"{type(node.op).__name__} → {BOOLOP_SWAPS[type(node.op)].__name__}"))
    elif isinstance(node, ast.Constant) and type(node.value) in (int, float) and not isinstance(node.value, bool):
        found.append(("number", f"{node.value!r} → {_changed_number(node.value)!r}"))
    elif isinstance(node, ast.Constant) and isinstance(node.value, bool):
        found.append(("bool", f"{node.value} → {not node.value}"))
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in CALL_SWAPS:
        found.append(("call", f"{node.func.id} → {CALL_SWAPS[node.func.id]}"))
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        found.append(("not", "not x → x"))
    elif isinstance(node, (ast.If, ast.While)):
        found.append(("negate", "condition → not condition"))
    elif isinstance(node, ast.Return) and node.value is not None and not _is_none(node.value):
        found.append(("return", "return x → return None"))
    if isinstance(node, (ast.Expr, ast.Assign, ast.AugAssign, ast.Return, ast.Continue, ast.Break, ast.Raise)) \
            and not _is_docstring(node):
        found.append(("remove", "statement → pass"))
    return found


def _changed_number(value):
    if value == 0:
        return 1
    if value == 1:
        return 0
    return value + 1 if isinstance(value, int) else value * 1.1


def _is_none(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def _is_docstring(node: ast.AST) -> bool:
    return isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)


def _in_annotation_or_docstring(tree: ast.Module) -> set[int]:
    """ids of nodes whose mutation means nothing at run time (annotations, docstrings, __all__)."""
    skip: set[int] = set()
    for node in ast.walk(tree):
        for field_name in ("annotation", "returns"):
            sub = getattr(node, field_name, None)
            if sub is not None:
                skip.update(id(n) for n in ast.walk(sub))
        if _is_docstring(node):
            skip.update(id(n) for n in ast.walk(node))
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            last = node.body[-1]
            if isinstance(last, ast.Return) and (last.value is None or _is_none(last.value)):
                skip.add(id(last))  # removing a final `return None` changes nothing
    return skip


def find_mutants(source: str) -> list[Mutant]:
    tree = ast.parse(source)
    skip = _in_annotation_or_docstring(tree)
    mutants = []
    for index, node in enumerate(ast.walk(tree)):
        if id(node) in skip:
            continue
        for operator, description in mutations_of(node):
            mutants.append(Mutant(index, operator, getattr(node, "lineno", 0), description, getattr(node, "col_offset", 0)))
    return mutants


def apply(source: str, mutant: Mutant) -> str:
    tree = ast.parse(source)
    node = list(ast.walk(tree))[mutant.index]
    _mutate(node, mutant.operator, tree)
    ast.fix_missing_locations(tree)
    return ast.unparse(tree)


def _mutate(node: ast.AST, operator: str, tree: ast.Module) -> None:
    if operator == "compare":
        node.ops[0] = COMPARE_SWAPS[type(node.ops[0])]()
    elif operator == "arith":
        node.op = BINOP_SWAPS[type(node.op)]()
    elif operator == "boolop":
        node.op = BOOLOP_SWAPS[type(node.op)]()
    elif operator == "number":
        node.value = _changed_number(node.value)
    elif operator == "bool":
        node.value = not node.value
    elif operator == "call":
        node.func.id = CALL_SWAPS[node.func.id]
    elif operator == "not":
        _replace(tree, node, node.operand)
    elif operator == "negate":
        node.test = ast.UnaryOp(op=ast.Not(), operand=node.test)
    elif operator == "return":
        node.value = ast.Constant(value=None)
    elif operator == "remove":
        _replace(tree, node, ast.Pass())


def _replace(tree: ast.Module, old: ast.AST, new: ast.AST) -> None:
    for parent in ast.walk(tree):
        for name, value in ast.iter_fields(parent):
            if value is old:
                setattr(parent, name, new)
                return
            if isinstance(value, list) and any(v is old for v in value):
                setattr(parent, name, [new if v is old else v for v in value])
                return


# -- running ---------------------------------------------------------------------------------------


def make_copy(workdir: Path) -> Path:
    """A private copy of the project (package, corpora, models, tests, config) to mutate in."""
    copy_root = workdir / "project"
    ignore = shutil.ignore_patterns("__pycache__", ".venv", ".git", "outputs", ".hypothesis", ".pytest_cache")
    for name in ("extractor", "corpora", "models", "tests", "bench"):
        if (ROOT / name).exists():
            shutil.copytree(ROOT / name, copy_root / name, symlinks=True, ignore=ignore)
    for name in ("setup.cfg", "pyproject.toml", "README.md"):
        if (ROOT / name).exists():
            shutil.copy2(ROOT / name, copy_root / name)
    shared = ROOT.parent / "shared"
    if shared.exists() and not (workdir / "shared").exists():
        (workdir / "shared").symlink_to(shared)
    return copy_root


def run_tests(project: Path, tests: list[str], timeout: float | None) -> tuple[str, float]:
    """'passed', 'failed' or 'timeout', and the seconds taken."""
    env = dict(os.environ, PYTHONPATH=str(project), PYTHONDONTWRITEBYTECODE="1", CI="1")
    command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", "--no-header", *tests]
    started = time.perf_counter()
    try:
        done = subprocess.run(command, cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        return "timeout", time.perf_counter() - started
    return ("passed" if done.returncode == 0 else "failed"), time.perf_counter() - started


def load_equivalent(module: str) -> dict[str, str]:
    """key → reason of the survivors judged equivalent for this module."""
    if not EQUIVALENT_FILE.exists():
        return {}
    found = {}
    for line in EQUIVALENT_FILE.read_text(encoding="utf-8").splitlines():
        entry, _, reason = line.partition("#")
        path, _, key = entry.strip().partition(":")
        if path == module and key:
            found[key.strip()] = reason.strip()
    return found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("module", help="path of the module to mutate, relative to the project root")
    ap.add_argument("tests", nargs="*", help="test files or folders that exercise it (default: TESTS_FOR)")
    ap.add_argument("--sample", type=int, default=150, help="number of mutants to run (0: all)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2, help="mutants run at once (one project copy each)")
    ap.add_argument("--timeout-factor", type=float, default=4.0)
    ap.add_argument("--list", action="store_true", help="list the sampled mutants and stop")
    ap.add_argument("--show-killed", action="store_true")
    ap.add_argument("--ids", help="comma-separated mutant ids (#17) of the sample to run, not the whole sample")
    ap.add_argument("--survivors-of", type=Path, help="output of an earlier run with a subset of these tests: run only "
                                                       "its survivors, count the rest as killed")
    args = ap.parse_args(argv)

    module = Path(args.module).as_posix()
    args.tests = args.tests or TESTS_FOR.get(module, [])
    if not args.tests:
        ap.error(f"no tests given and none known for {module} in TESTS_FOR")
    source = (ROOT / module).read_text(encoding="utf-8")
    mutants = find_mutants(source)
    sample = mutants if args.sample <= 0 or args.sample >= len(mutants) else \
        sorted(random.Random(args.seed).sample(mutants, args.sample), key=lambda m: (m.line, m.index))
    if args.ids:
        wanted = {int(i.strip().lstrip("#")) for i in args.ids.split(",") if i.strip()}
        sample = [m for m in sample if m.index in wanted]
    carried: list[Mutant] = []
    if args.survivors_of:
        earlier = re.findall(r"SURVIVED #(\d+) ", args.survivors_of.read_text(encoding="utf-8"))
        if not re.search(rf"running {len(sample)} \(seed {args.seed}\)", args.survivors_of.read_text(encoding="utf-8")):
            ap.error(f"{args.survivors_of} is no run of this sample")
        carried = [m for m in sample if str(m.index) not in earlier]
        sample = [m for m in sample if str(m.index) in earlier]
        print(f"{len(carried)} mutants killed in {args.survivors_of} counted as killed")
    print(f"{module}: {len(mutants)} mutants, running {len(sample)} (seed {args.seed}) with {' '.join(args.tests)}")
    if args.list:
        for m in sample:
            print(f"  #{m.index} line {m.line} {m.operator}: {m.description}")
        return 0
    lines = source.splitlines()

    with tempfile.TemporaryDirectory(prefix="jixiao-mutation-") as tmp:
        workers = [make_copy(Path(tmp) / f"w{i}") for i in range(max(1, args.jobs))]
        status, baseline = run_tests(workers[0], args.tests, timeout=None)
        if status != "passed":
            print("the tests fail on the unmutated module: fix them first", file=sys.stderr)
            return 2
        timeout = max(30.0, baseline * args.timeout_factor)
        print(f"clean run: {baseline:.1f} s; per-mutant time limit {timeout:.0f} s", flush=True)
        free = list(workers)
        done: list[str] = []
        started = time.perf_counter()

        def run_one(mutant: Mutant) -> tuple[Mutant, str]:
            project = free.pop()
            try:
                target = project / module
                target.write_text(apply(source, mutant), encoding="utf-8")
                outcome, _ = run_tests(project, args.tests, timeout)
            finally:
                (project / module).write_text(source, encoding="utf-8")
                free.append(project)
            done.append(outcome)
            print(f"  [{len(done)}/{len(sample)}] #{mutant.index} line {mutant.line} {mutant.operator}: {outcome}",
                  flush=True)
            return mutant, outcome

        with ThreadPoolExecutor(max_workers=len(workers)) as pool:
            outcomes = list(pool.map(run_one, sample))

    equivalent = load_equivalent(module)  # read at the end: survivors may be judged while the run goes on
    outcomes = [(m, "killed earlier") for m in carried] + outcomes
    killed = [m for m, o in outcomes if o != "passed"]
    survived = [m for m, o in outcomes if o == "passed"]
    excluded = [m for m in survived if m.key in equivalent]
    counted = len(outcomes) - len(excluded)
    score = len(killed) / counted if counted else 1.0
    print(f"\n{len(outcomes)} mutants ({len(outcomes) - len(carried)} run now) in {time.perf_counter() - started:.0f} s: "
          f"{len(killed)} killed, "
          f"{len(survived) - len(excluded)} survived, {len(excluded)} equivalent (excluded)")
    print(f"mutation score {score:.3f} ({len(killed)}/{counted})")
    for m in survived:
        note = f"   [equivalent: {equivalent[m.key]}]" if m.key in equivalent else ""
        print(f"  SURVIVED #{m.index} {module}:{m.key}  | {lines[m.line - 1].strip()[:100]}{note}")
    if args.show_killed:
        for m in killed:
            print(f"  killed   #{m.index} {module}:{m.key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
