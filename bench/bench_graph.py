"""Benchmark the graph: build from synthetic documents, then time query commands as whole commands.

    python bench/bench_graph.py [--docs 10000] [--workdir DIR] [--repeat 5]

1. ``make_synthetic.py`` (a child process) writes ``--docs`` extraction files (1,000 per batch folder) and the planted gaps.
2. ``jixiao graph build`` runs on the first 1, 2, 5, 10 … batches; each run's wall time and peak RSS
   are printed with the memory per document and the marginal memory per added document (linear growth
   means the marginal figure stays flat).
3. On the full store, ``gaps``, ``show`` (by id and by alias), ``find``, ``neighbors``, ``stats`` and
   ``path`` run as fresh processes; the median wall time of ``--repeat`` runs is printed with its ratio
   to ``jixiao --version`` (the start-up baseline measured in the same run). Goal: ≤ 1 s each.
4. The gaps found are compared with the gaps planted by the generator.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
JIXIAO = [sys.executable, "-m", "extractor"]


def run(args: list[str], stdout=subprocess.DEVNULL) -> tuple[float, int, int]:
    """(wall seconds, peak RSS in bytes, exit code) of one fresh process."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=stdout, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode()
    proc.stderr.close()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args)} failed ({proc.returncode}): {err[-2000:]}")
    return wall, usage.ru_maxrss * 1024, proc.returncode


def timed(args: list[str], repeat: int) -> float:
    return statistics.median(run(args)[0] for _ in range(repeat))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--workdir", type=Path, default=None)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="jixiao-bench-graph-"))
    work.mkdir(parents=True, exist_ok=True)

    t = time.perf_counter()  # in a child process, so that this one stays small (children inherit its RSS)
    subprocess.run([sys.executable, str(HERE / "make_synthetic.py"), str(work), "--docs", str(args.docs)], check=True)
    docs_root = work / "docs"
    print(f"generated {args.docs} synthetic extraction files in {time.perf_counter() - t:.1f} s under {work}")
    batches = sorted(p for p in docs_root.iterdir() if p.is_dir())

    base_rss = run([*JIXIAO, "--version"])[1]
    base_wall = timed([*JIXIAO, "--version"], args.repeat)
    print(f"\nbaseline `jixiao --version`: {base_wall:.3f} s (median of {args.repeat}), peak RSS {base_rss / 2**20:.0f} MiB")

    print("\nbuild (jixiao graph build --no-check): docs, wall s, peak RSS MiB, KiB/doc, marginal KiB/doc")
    sizes = sorted({n for n in (1, 2, 5, 10, len(batches)) if n <= len(batches)})
    previous = None
    store = None
    for n in sizes:
        store = work / f"store-{n}"
        wall, rss, _ = run([*JIXIAO, "graph", "build", *map(str, batches[:n]), "--store", str(store), "--no-check",
                            "--no-clauses", "--format", "json"])
        ndocs = min(n * 1000, args.docs)
        per_doc = (rss - base_rss) / ndocs / 1024
        marginal = "" if previous is None else f"{(rss - previous[1]) / (ndocs - previous[0]) / 1024:8.1f}"
        print(f"  {ndocs:6d} {wall:8.1f} {rss / 2**20:8.0f} {per_doc:8.1f} {marginal}")
        previous = (ndocs, rss)

    stats = json.loads(subprocess.run([*JIXIAO, "graph", "stats", "--store", str(store), "--format", "json"],
                                      capture_output=True, text=True, check=True).stdout)
    print(f"\nstore: {stats['nodes']} nodes, {stats['edges']} edges, "
          f"{(store / 'graph.sqlite').stat().st_size / 2**20:.0f} MiB; gaps {stats['gaps']}")

    last = (len(batches) * 1000 if args.docs % 1000 == 0 else args.docs) // 4 - 1
    stem = f"{last:05d}"
    queries = {
        "gaps": ["gaps"],
        "show (id)": ["show", f"indicator:{stem}-target-form.xlsx:3"],
        "show (alias name)": ["show", _an_alias(store)],
        "find (exact)": ["find", "视频监控覆盖率", "--limit", "20"],
        "find (substring)": ["find", "监控覆", "--limit", "20"],
        "find (rare text)": ["find", f"（{last:05d}）"],
        "neighbors": ["neighbors", f"doc:{stem}-target-form.xlsx", "--type", "Indicator"],
        "stats": ["stats"],
        "path": ["path", f"indicator:{stem}-target-form.xlsx:1", f"subproject:{stem}-evaluation-report.pdf:1"],
    }
    print(f"\nqueries on {args.docs} documents (median of {args.repeat} fresh processes, --format json):")
    print(f"  {'command':18s} {'wall s':>7s} {'x baseline':>10s}  goal <= 1 s")
    for label, q in queries.items():
        wall = timed([*JIXIAO, "graph", *q, "--store", str(store), "--format", "json"], args.repeat)
        print(f"  {label:18s} {wall:7.3f} {wall / base_wall:10.1f}  {'ok' if wall <= 1 else 'SLOW'}")

    planted = json.loads((work / "expected_gaps.json").read_text(encoding="utf-8"))
    found = json.loads(subprocess.run([*JIXIAO, "graph", "gaps", "--store", str(store), "--format", "json"],
                                      capture_output=True, text=True, check=True).stdout)
    want = {(g["kind"], g["source"], g["name"]) for g in planted}
    got = {(g["kind"], g["source"], g["name"]) for g in found}
    print(f"\ngaps: planted {len(want)}, found {len(got)}, missed {len(want - got)}, unexpected {len(got - want)}")


def _an_alias(store: Path) -> str:
    """A short organisation alias present in the store (resolved by name, not id)."""
    import sqlite3

    conn = sqlite3.connect(store / "graph.sqlite")
    row = conn.execute("SELECT m.name FROM names m JOIN nodes n ON n.id=m.node "
                       "WHERE n.type='Organisation' AND m.name<>n.name LIMIT 1").fetchone()
    return row[0]


if __name__ == "__main__":
    main()
