"""The checker's cost per indicator row as a form grows: linear is flat.

    python bench/bench_check.py [--sizes 40 160 640] [--runs 5] [--file corpora/samples/zhcg-self-assessment.docx]

The sample is extracted once; its table rows are then repeated (each copy a row of the same tables, half of them
with their target, actual and points cells emptied, as cut forms leave them) until the extraction holds N rows. For
each N the whole checker runs ``--runs`` times on that extraction (rules.yaml defaults); printed: the median
milliseconds a run and per row, and the per-row cost divided by that of the smallest size measured in the same run
(the baseline): flat is ~1.0, a rule that reads every row for each row grows with N.
"""
from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor import check, extract  # noqa: E402

DEFAULT_FILE = ROOT / "corpora" / "samples" / "zhcg-self-assessment.docx"


def grown(extraction, size: int):
    """The extraction with its table rows repeated to ``size`` rows, every other copy with its cells emptied."""
    rows = [ind for ind in extraction.indicators if ind.origin == "table"] or list(extraction.indicators)
    copies = []
    for k in range(size):
        row = rows[k % len(rows)]
        copies.append(dataclasses.replace(row, id=f"{row.id}-{k}") if k % 2 == 0 else
                      dataclasses.replace(row, id=f"{row.id}-{k}", target_text=None, value=None, operator=None, unit=None,
                                          actual=None, weight=None, score=None))
    return dataclasses.replace(extraction, indicators=copies)


def median_seconds(extraction, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        check(extraction)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[40, 160, 640])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--file", type=Path, default=DEFAULT_FILE)
    args = parser.parse_args()
    extraction = extract(args.file)
    check(extraction)  # rules registered, settings and lexicons loaded: not part of any size
    baseline = None
    print(f"{'rows':>6} {'ms/run':>9} {'ms/row':>8} {'ratio':>6}")
    for size in sorted(args.sizes):
        seconds = median_seconds(grown(extraction, size), args.runs)
        per_row = seconds / size
        baseline = baseline or per_row
        print(f"{size:>6} {seconds * 1e3:>9.1f} {per_row * 1e3:>8.3f} {per_row / baseline:>6.2f}")


if __name__ == "__main__":
    main()
