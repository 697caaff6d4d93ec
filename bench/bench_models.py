"""Cost of the classifiers on the seed report: ``extract(use_models=False)`` vs ``extract(use_models=True)``.

    python bench/bench_models.py [--repeats 5]

The extraction runs through the spaCy pipeline either way, so importing spaCy and building the
pipeline is in both arms; the "with models" arm adds loading the dimension and role classifiers and
applying them (missing levels; goal sentences when a report has no goal headings). Two ratios,
both measured in this run (issue goal: at most +30%, i.e. ratio <= 1.30):

- cold: fresh processes, each timing its first ``extractor.extract`` of the parsed seed text (all loading
  included); arms interleaved, median over ``--repeats`` processes per arm.
- warm: one process, everything loaded; median time per call over ``--repeats`` calls.
"""
from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = ROOT.parent / "shared" / "seed"

_CHILD = r"""
import json, sys, time
import extractor
doc = extractor.parse(sys.argv[1])
use_models = sys.argv[2] == "1"
start = time.perf_counter()
ext = extractor.extract(doc, use_models=use_models)
print(json.dumps({"seconds": time.perf_counter() - start, "goals": len(ext.goals),
                  "model_levels": sum(i.level_origin == "model" for i in ext.indicators)}))
"""


def seed_copy() -> Path:
    files = sorted(SEED_DIR.glob("*.txt"))
    if not files:
        sys.exit(f"no seed text under {SEED_DIR}")
    target = Path(tempfile.mkdtemp(prefix="jixiao-bench-")) / files[0].name
    shutil.copy(files[0], target)
    return target


def cold(path: Path, with_models: bool) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path), "1" if with_models else "0"],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def warm(path: Path, repeats: int) -> tuple[float, float]:
    import extractor

    doc = extractor.parse(path)
    extractor.extract(doc, use_models=False)
    extractor.extract(doc, use_models=True)
    plain, modelled = [], []
    for _ in range(repeats):
        start = time.perf_counter()
        extractor.extract(doc, use_models=False)
        plain.append(time.perf_counter() - start)
        start = time.perf_counter()
        extractor.extract(doc, use_models=True)
        modelled.append(time.perf_counter() - start)
    return statistics.median(plain), statistics.median(modelled)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    path = seed_copy()
    try:
        base, with_models, run = [], [], {}
        for _ in range(args.repeats):  # interleaved so machine load hits both arms alike
            base.append(cold(path, False)["seconds"])
            run = cold(path, True)
            with_models.append(run["seconds"])
        cold_base, cold_models = statistics.median(base), statistics.median(with_models)
        print(f"cold extract, use_models=False (fresh process, median of {args.repeats}): {cold_base:.3f}s")
        print(f"cold extract, use_models=True:  {cold_models:.3f}s  "
              f"({run.get('goals')} goals, {run.get('model_levels')} indicator levels from the model)")
        print(f"cold ratio: {cold_models / cold_base:.2f}  (goal <= 1.30)")
        w_base, w_models = warm(path, args.repeats)
        print(f"warm extract: {w_base * 1000:.1f} ms; with models: {w_models * 1000:.1f} ms; "
              f"warm ratio: {w_models / w_base:.2f}")
    finally:
        shutil.rmtree(path.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
