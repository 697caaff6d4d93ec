"""Cost of the classifiers on the seed report: extract alone vs extract + loading and applying both models.

    python bench/bench_models.py [--repeats 5]

Two ratios, both measured in this run (goal: cold ratio <= 1.30):

- cold: fresh processes; each times ``extractor.extract`` of the parsed seed text, and in the "with models"
  processes also loading both models and applying them (fill_missing_levels, misfiled_candidates on the
  indicators, find_role_sentences on the running text). Median over ``--repeats`` processes per arm.
- warm: one process, models already loaded; median time per call over ``--repeats`` calls.
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
from extractor.nlp.classify import fill_missing_levels, find_role_sentences, misfiled_candidates
doc = extractor.parse(sys.argv[1])
with_models = sys.argv[2] == "1"
start = time.perf_counter()
ext = extractor.extract(doc)
roles = []
if with_models:
    ext.indicators = fill_missing_levels(ext.indicators)
    misfiled_candidates(ext.indicators)
    roles = find_role_sentences(doc, roles=("goal", "problem"))
print(json.dumps({"seconds": time.perf_counter() - start, "sentences": len(roles)}))
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


def warm(path: Path, repeats: int) -> tuple[float, float, int]:
    import extractor
    from extractor.nlp.classify import fill_missing_levels, find_role_sentences, load_model, misfiled_candidates

    doc = extractor.parse(path)
    extractor.extract(doc)
    load_model("dimension")
    load_model("role")
    plain, modelled, found = [], [], 0
    for _ in range(repeats):
        start = time.perf_counter()
        extractor.extract(doc)
        plain.append(time.perf_counter() - start)
        start = time.perf_counter()
        ext = extractor.extract(doc)
        ext.indicators = fill_missing_levels(ext.indicators)
        misfiled_candidates(ext.indicators)
        found = len(find_role_sentences(doc))
        modelled.append(time.perf_counter() - start)
    return statistics.median(plain), statistics.median(modelled), found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    path = seed_copy()
    try:
        base, with_models, sentences = [], [], 0
        for _ in range(args.repeats):  # interleaved so machine load hits both arms alike
            base.append(cold(path, False)["seconds"])
            run = cold(path, True)
            with_models.append(run["seconds"])
            sentences = run["sentences"]
        cold_base, cold_models = statistics.median(base), statistics.median(with_models)
        print(f"cold extract (fresh process, median of {args.repeats}): {cold_base:.3f}s")
        print(f"cold extract + load + apply both models:            {cold_models:.3f}s  ({sentences} goal/problem sentences)")
        print(f"cold ratio: {cold_models / cold_base:.2f}  (goal <= 1.30)")
        w_base, w_models, found = warm(path, args.repeats)
        print(f"warm extract: {w_base * 1000:.1f} ms; with models applied: {w_models * 1000:.1f} ms; "
              f"warm ratio: {w_models / w_base:.2f}")
    finally:
        shutil.rmtree(path.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
