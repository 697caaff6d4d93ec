"""Cold start: a whole ``jixiao extract`` against a whole ``jixiao parse`` of the same report, and warm cost.

    python bench/bench_cold.py [--runs 5] [--file bench/data/report-30p.pdf]

Each command runs as a new process (what a user or a script pays), median of ``--runs``, the runs of the
three commands interleaved so load on the machine touches them alike:

- ``parse``: ``jixiao parse FILE --format json``;
- ``extract``: ``jixiao extract FILE --format json`` with the lexicon cache in place (the usual case:
  it is written by the first run);
- ``extract, no cache``: the same with ``JIXIAO_CACHE_DIR=off``, i.e. jieba's dictionary and tag table built
  from dict.txt in the process, as before the cache existed (the baseline of this run);
- ``spaCy alone``: ``python -c "import spacy; spacy.blank('zh')"``, what the pipeline costs before any text: with it,
  (parse + spaCy alone) / parse is the lowest extract / parse any code of ours can reach (the floor printed).

Printed: the medians of wall and CPU time (CPU is steadier on a shared machine), extract/parse (goal ≤ 2.0×),
extract/extract-no-cache and the floor (parse + spaCy alone)/parse. Then the warm cost per document (parse + extract
in one process after a first document, CPU time), median of ``--runs``.
The report PDF is written by corpora/samples/make_bench_pdfs.py (needs LibreOffice) when absent.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FILE = ROOT / "bench" / "data" / "report-30p.pdf"


# what the NLP stage's pipeline costs before it reads a word: a new process that imports spaCy and builds a blank
# Chinese pipeline (no jieba, no component of ours)
SPACY_ALONE = "import spacy; spacy.blank('zh')"


def jixiao_command() -> list[str]:
    script = Path(sys.executable).with_name("jixiao")
    return [str(script)] if script.exists() else [sys.executable, "-m", "extractor"]


def ensure_file(path: Path) -> None:
    if not path.exists():
        subprocess.run([sys.executable, str(ROOT / "corpora" / "samples" / "make_bench_pdfs.py")], check=True)


def run_once(args: list[str], env: dict) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system) of one whole command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def cold(path: Path, runs: int) -> dict[str, tuple[float, float]]:
    base = jixiao_command()
    with tempfile.TemporaryDirectory() as cache:
        cached = {**os.environ, "JIXIAO_CACHE_DIR": cache}
        uncached = {**os.environ, "JIXIAO_CACHE_DIR": "off"}
        commands = {
            "parse": (base + ["parse", str(path), "--format", "json"], cached),
            "extract": (base + ["extract", str(path), "--format", "json"], cached),
            "extract, no cache": (base + ["extract", str(path), "--format", "json"], uncached),
            "spaCy alone": ([sys.executable, "-c", SPACY_ALONE], cached),
        }
        run_once(*commands["extract"])  # writes the cache, as a user's first run does
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for _ in range(runs):
            for name, (args, env) in commands.items():
                times[name].append(run_once(args, env))
    return {name: (statistics.median(w for w, _ in values), statistics.median(c for _, c in values))
            for name, values in times.items()}


def warm(path: Path, runs: int) -> float:
    import extractor

    extractor.extract(extractor.parse(path))  # loads everything once
    times = []
    for _ in range(runs):
        started = time.process_time()
        extractor.extract(extractor.parse(path))
        times.append(time.process_time() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--file", type=Path, default=DEFAULT_FILE)
    args = parser.parse_args()
    ensure_file(args.file)
    medians = cold(args.file, args.runs)
    print(f"cold whole commands on {args.file.name}, median of {args.runs} (wall; CPU = user + system):")
    for name, (wall, cpu) in medians.items():
        print(f"  {name:<18} wall {wall:6.2f} s   CPU {cpu:6.2f} s")
    for label, (a, b) in {"extract / parse": ("extract", "parse"),
                          "extract / extract without the cache": ("extract", "extract, no cache")}.items():
        wall, cpu = (medians[a][i] / medians[b][i] for i in (0, 1))
        print(f"{label}: wall {wall:.2f}x, CPU {cpu:.2f}x" + ("  (goal <= 2.0x)" if b == "parse" else ""))
    floor = [(medians["parse"][i] + medians["spaCy alone"][i]) / medians["parse"][i] for i in (0, 1)]
    print(f"floor while the NLP runs in a spaCy pipeline, (parse + spaCy alone) / parse: wall {floor[0]:.2f}x, "
          f"CPU {floor[1]:.2f}x")
    print(f"warm parse + extract per document (in one process), median of {args.runs}: {warm(args.file, args.runs):.3f} s")


if __name__ == "__main__":
    main()
