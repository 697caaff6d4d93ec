"""Cold start: a whole ``jixiao extract`` against a whole ``jixiao parse`` of the same report, and warm cost.

    python bench/bench_cold.py [--runs 5] [--file bench/data/report-30p.pdf]

Each command runs as a new process (what a user or a script pays), median of ``--runs``, the runs of the
three commands interleaved so load on the machine touches them alike:

- ``parse``: ``jixiao parse FILE --format json``;
- ``extract``: ``jixiao extract FILE --format json`` with the lexicon cache in place (the usual case:
  it is written by the first run);
- ``extract, no cache``: the same with ``JIXIAO_CACHE_DIR=off``, i.e. jieba's dictionary and tag table built
  from dict.txt in the process, as before the cache existed (the baseline of this run).

Printed: the medians, extract/parse (goal ≤ 2.0×) and extract/extract-no-cache. Then the warm cost
per document (parse + extract in one process after a first document), median of ``--runs``.
The report PDF is written by corpora/samples/make_bench_pdfs.py (needs LibreOffice) when absent.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FILE = ROOT / "bench" / "data" / "report-30p.pdf"


def jixiao_command() -> list[str]:
    script = Path(sys.executable).with_name("jixiao")
    return [str(script)] if script.exists() else [sys.executable, "-m", "extractor"]


def ensure_file(path: Path) -> None:
    if not path.exists():
        subprocess.run([sys.executable, str(ROOT / "corpora" / "samples" / "make_bench_pdfs.py")], check=True)


def run_once(args: list[str], env: dict) -> float:
    started = time.perf_counter()
    subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=True)
    return time.perf_counter() - started


def cold(path: Path, runs: int) -> dict[str, float]:
    base = jixiao_command()
    with tempfile.TemporaryDirectory() as cache:
        cached = {**os.environ, "JIXIAO_CACHE_DIR": cache}
        uncached = {**os.environ, "JIXIAO_CACHE_DIR": "off"}
        commands = {
            "parse": (base + ["parse", str(path), "--format", "json"], cached),
            "extract": (base + ["extract", str(path), "--format", "json"], cached),
            "extract, no cache": (base + ["extract", str(path), "--format", "json"], uncached),
        }
        run_once(*commands["extract"])  # writes the cache, as a user's first run does
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(runs):
            for name, (args, env) in commands.items():
                times[name].append(run_once(args, env))
    return {name: statistics.median(values) for name, values in times.items()}


def warm(path: Path, runs: int) -> float:
    import extractor

    extractor.extract(extractor.parse(path))  # loads everything once
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        extractor.extract(extractor.parse(path))
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--file", type=Path, default=DEFAULT_FILE)
    args = parser.parse_args()
    ensure_file(args.file)
    medians = cold(args.file, args.runs)
    print(f"cold whole commands on {args.file.name}, median of {args.runs}:")
    for name, seconds in medians.items():
        print(f"  {name:<18} {seconds:6.2f} s")
    print(f"extract / parse: {medians['extract'] / medians['parse']:.2f}x (goal <= 2.0x)")
    print(f"extract / extract without the cache: {medians['extract'] / medians['extract, no cache']:.2f}x")
    print(f"warm parse + extract per document (in one process), median of {args.runs}: {warm(args.file, args.runs):.3f} s")


if __name__ == "__main__":
    main()
