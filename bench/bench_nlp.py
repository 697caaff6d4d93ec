"""NLP stage speed on the seed report: the real extraction against plain ``jieba.lcut`` of the same text.

Measured in one process, best of ``--repeat`` (everything loaded first; load times printed apart):

- baseline: ``jieba.lcut`` over the text units of the parsed seed document (the same strings the
  pipeline reads), global jieba dictionary;
- pipeline pass: :func:`extractor.extractors.analysis.analyse` (text units + one ``nlp.pipe``: jieba with
  our dictionary, tags; quantities and the vague flag are computed when an extractor first reads them);
- NLP stage: ``extract_document`` (parsing excluded), rule-only (``use_models=False``) and with models; each
  run starts with the kept joined texts of :func:`extractor.document.join_wrapped` forgotten, so every run pays
  what the first extraction of a new document pays.

Goal (issue): NLP stage <= 3x jieba.lcut.

Also printed: the quantity engine on one long text unit (a flattened sheet, a paragraph that never ends) of n and
of 4n characters (the same figures repeated): linear when the ratio is near 4 (each figure's look-back is bounded).

    python bench/bench_nlp.py [--repeat N]
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = ROOT.parent / "shared" / "seed"
sys.path.insert(0, str(ROOT))


def _best_of(repeat: int, fn) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def _timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--seed-dir", type=Path, default=SEED_DIR)
    args = ap.parse_args(argv)
    files = sorted(args.seed_dir.glob("*.txt"))
    if not files:
        print(f"no seed text under {args.seed_dir}", file=sys.stderr)
        return 2
    tmp = Path(tempfile.mkdtemp(prefix="jixiao-bench-"))
    try:
        path = tmp / files[0].name
        shutil.copy(files[0], path)

        import jieba

        import extractor
        from extractor.extractors import extract_document
        from extractor.extractors.analysis import analyse
        from extractor.document import _join_kept
        from extractor.extractors.sentences import text_units
        from extractor.nlp.lexicon import silence_jieba

        silence_jieba()
        doc = extractor.parse(path)
        texts = [u.text for u in text_units(doc)]
        jieba_load = _timed(lambda: jieba.lcut("预热"))
        first = _timed(lambda: extract_document(doc, use_models=False))
        first_models = _timed(lambda: extract_document(doc))

        baseline = _best_of(args.repeat, lambda: [jieba.lcut(t) for t in texts])
        pipeline = _best_of(args.repeat, lambda: analyse(doc))
        stage = _best_of(args.repeat, lambda: (_join_kept.cache_clear(), extract_document(doc, use_models=False)))
        stage_models = _best_of(args.repeat, lambda: (_join_kept.cache_clear(), extract_document(doc)))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    chars = sum(len(t) for t in texts)
    print(f"seed report: {len(texts)} text units, {chars} chars; best of {args.repeat}")
    print(f"first call (loads): jieba {jieba_load:.3f}s; extract rule-only {first:.3f}s; then with models {first_models:.3f}s")
    print(f"jieba.lcut (baseline)           {baseline * 1000:8.1f} ms  1.00x")
    print(f"pipeline pass (analyse)         {pipeline * 1000:8.1f} ms  {pipeline / baseline:.2f}x")
    print(f"NLP stage, rule-only            {stage * 1000:8.1f} ms  {stage / baseline:.2f}x  (goal <= 3x)")
    print(f"NLP stage, with models          {stage_models * 1000:8.1f} ms  {stage_models / baseline:.2f}x")
    short, long = _long_unit_scaling(args.repeat)
    print(f"quantities, one 15,000-char unit {short * 1000:7.1f} ms; 60,000 chars {long * 1000:.1f} ms: "
          f"{long / short:.2f}x for 4x the text (linear: about 4)")
    return 0


def _long_unit_scaling(repeat: int) -> tuple[float, float]:
    from extractor.nlp.quantities import find_quantities

    clause = "完成率95%，培训120人次，"  # 15 characters, two figures
    short, long = clause * 1000, clause * 4000
    return (_best_of(repeat, lambda: find_quantities(short)), _best_of(repeat, lambda: find_quantities(long)))


if __name__ == "__main__":
    sys.exit(main())
