"""Cyclomatic complexity of the package (radon): the functions above a limit and the share at grade D or worse.

    python bench/complexity.py [--limit 30] [--path extractor]

Grades (radon): A 1-5, B 6-10, C 11-20, D 21-30, E 31-40, F 41+. Issue 17's goal: no function above 30,
fewer than 1.5 % at grade D or worse. radon is a dev dependency (the ``test`` extra).
"""
from __future__ import annotations

import argparse
from pathlib import Path

from radon.complexity import cc_rank
from radon.visitors import ComplexityVisitor

ROOT = Path(__file__).resolve().parent.parent


def functions(package: Path):
    """``(file, name, complexity)`` of every function and method below ``package``."""
    for path in sorted(package.rglob("*.py")):
        visitor = ComplexityVisitor.from_code(path.read_text(encoding="utf-8"))
        blocks = list(visitor.functions)
        for cls in visitor.classes:
            blocks.extend(cls.methods)
        for block in blocks:
            name = f"{block.classname}.{block.name}" if getattr(block, "classname", None) else block.name
            yield path.relative_to(ROOT).as_posix(), name, block.complexity


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=30, help="list functions above this complexity")
    parser.add_argument("--path", default="extractor", help="package folder, relative to the repository")
    args = parser.parse_args()
    rows = list(functions(ROOT / args.path))
    worst = sorted((r for r in rows if r[2] > args.limit), key=lambda r: -r[2])
    d_or_worse = [r for r in rows if cc_rank(r[2]) in "DEF"]
    print(f"{len(rows)} functions in {args.path}/; above {args.limit}: {len(worst)}")
    for file, name, complexity in worst:
        print(f"  {complexity:4d} {cc_rank(complexity)}  {file}:{name}")
    share = 100.0 * len(d_or_worse) / max(len(rows), 1)
    print(f"grade D or worse: {len(d_or_worse)} of {len(rows)} = {share:.2f} % (goal < 1.5 %)")
    by_grade = {g: sum(1 for r in rows if cc_rank(r[2]) == g) for g in "ABCDEF"}
    print("by grade: " + ", ".join(f"{g} {n}" for g, n in by_grade.items()))


if __name__ == "__main__":
    main()
