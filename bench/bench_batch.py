"""Batch throughput and worker memory on generated documents.

    python bench/bench_batch.py [--docs 500] [--small 100] [--keep DIR]

Measures documents per minute with 1 and 2 worker processes on the same generated folder
(baseline: the 1-worker run of this same invocation; goal: speed-up >= 1.8x), and the peak
resident memory of each worker after ``--small`` and after ``--docs`` documents (goal: flat).
The processing time runs from the first submission to the last result (worker start-up and
NLP warm-up included); writing the combined tables and reports afterwards is shown apart.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_documents import make_documents  # noqa: E402

from extractor.batch import BatchSettings, Progress, run_batch  # noqa: E402


class Timer(Progress):
    def start(self, total: int, already: int = 0) -> None:
        super().start(total, already)
        self.t0 = time.perf_counter()
        self.t1 = self.t0

    def advance(self, result) -> None:
        super().advance(result)
        now = time.perf_counter()
        if self.done == 1:
            self.first = now
        self.last = now
        self.t1 = now  # the files stage ends with its last result (the output stages follow)


def run(folder: Path, out: Path, workers: int, recycle: int | None) -> dict:
    timer = Timer()
    t0 = time.perf_counter()
    summary = run_batch(folder, out, BatchSettings(workers=workers, max_tasks_per_child=recycle), progress=timer)
    total = time.perf_counter() - t0
    processing = timer.t1 - timer.t0
    peaks: dict[int, int] = defaultdict(int)
    for r in summary.results:
        if r.worker_pid and r.worker_peak_rss_kb:
            peaks[r.worker_pid] = max(peaks[r.worker_pid], r.worker_peak_rss_kb)
    statuses = {s: summary.count(s) for s in ("success", "partial", "failed", "skipped")}
    return {
        "docs": len(summary.results),
        "processing_s": processing,
        "total_s": total,
        "docs_per_min": 60 * len(summary.results) / processing,
        # after the first result: worker start-up and NLP warm-up left out
        "steady_docs_per_min": 60 * (timer.done - 1) / (timer.last - timer.first) if timer.done > 1 else float("nan"),
        "startup_s": timer.first - timer.t0 if timer.done else float("nan"),
        "peak_mb_per_worker": max(peaks.values()) / 1024 if peaks else float("nan"),
        "processes": len(peaks),
        "statuses": statuses,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=500)
    parser.add_argument("--small", type=int, default=100)
    parser.add_argument("--recycle", type=int, default=None,
                        help="max tasks per worker process (default: never recycle, so growth would show)")
    parser.add_argument("--keep", default=None, help="keep the generated documents and outputs here")
    args = parser.parse_args()

    base = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="jixiao-bench-"))
    big, small = base / f"docs-{args.docs}", base / f"docs-{args.small}"
    t0 = time.perf_counter()
    if not big.is_dir():
        make_documents(big, args.docs)
    if not small.is_dir():
        make_documents(small, args.small)  # same seed: the first documents of the big folder
    print(f"generated {args.docs} + {args.small} documents in {time.perf_counter() - t0:.1f} s under {base}")

    results = {}
    for label, folder, workers in (
        ("1 worker, small", small, 1),
        ("2 workers, small", small, 2),
        ("1 worker", big, 1),
        ("2 workers", big, 2),
    ):
        out = base / f"out-{label.replace(' ', '-').replace(',', '')}"
        results[label] = r = run(folder, out, workers, args.recycle)
        print(f"{label:17s}: {r['docs']:4d} docs, processing {r['processing_s']:6.1f} s "
              f"({r['docs_per_min']:6.1f} docs/min; steady {r['steady_docs_per_min']:6.1f} docs/min after "
              f"{r['startup_s']:.1f} s start-up), whole batch {r['total_s']:6.1f} s, "
              f"peak {r['peak_mb_per_worker']:6.1f} MB/worker over {r['processes']} process(es), {r['statuses']}")

    one, two = results["1 worker"], results["2 workers"]
    speedup = two["docs_per_min"] / one["docs_per_min"]
    steady = two["steady_docs_per_min"] / one["steady_docs_per_min"]
    print()
    print(f"throughput, {args.docs} docs, start-up included: 1 worker {one['docs_per_min']:.1f} docs/min, "
          f"2 workers {two['docs_per_min']:.1f} docs/min, speed-up {speedup:.2f}x (goal >= 1.8x)")
    print(f"throughput, {args.docs} docs, steady state: 1 worker {one['steady_docs_per_min']:.1f} docs/min, "
          f"2 workers {two['steady_docs_per_min']:.1f} docs/min, speed-up {steady:.2f}x")
    for workers in ("1 worker", "2 workers"):
        m_small = results[f"{workers}, small"]["peak_mb_per_worker"]
        m_big = results[workers]["peak_mb_per_worker"]
        print(f"peak memory per worker ({workers}): {args.small} docs {m_small:.1f} MB, {args.docs} docs {m_big:.1f} MB, "
              f"ratio {m_big / m_small:.2f} (goal: flat, ~1.0)")


if __name__ == "__main__":
    main()
