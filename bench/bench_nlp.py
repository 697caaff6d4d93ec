"""NLP stage speed: our pipeline (spaCy zh + jieba with our dictionary + components) vs plain jieba.lcut.

Both run on the seed text (../shared/seed/*.txt) in the same process; prints times and the ratio
(goal: ratio <= 3). Load time is reported apart (paid once per process).

    python bench/bench_nlp.py [--repeat N]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

SEED_DIR = Path(__file__).resolve().parents[2] / "shared" / "seed"


def _best_of(repeat: int, fn) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--seed-dir", type=Path, default=SEED_DIR)
    args = ap.parse_args(argv)
    files = sorted(args.seed_dir.glob("*.txt"))
    if not files:
        print(f"no seed text under {args.seed_dir}", file=sys.stderr)
        return 2
    text = "\n".join(f.read_text(encoding="utf-8") for f in files)
    paragraphs = [p for p in text.split("\n") if p.strip()]

    import jieba

    from extractor.nlp.lexicon import silence_jieba
    from extractor.nlp.pipeline import get_nlp

    silence_jieba()
    t0 = time.perf_counter()
    jieba.lcut("预热")
    jieba_load = time.perf_counter() - t0
    t0 = time.perf_counter()
    nlp = get_nlp()
    nlp("预热")
    nlp_load = time.perf_counter() - t0

    baseline = _best_of(args.repeat, lambda: [jieba.lcut(p) for p in paragraphs])
    ours = _best_of(args.repeat, lambda: list(nlp.pipe(paragraphs)))
    tokenizer_only = _best_of(args.repeat, lambda: [nlp.tokenizer(p) for p in paragraphs])
    print(f"seed text: {len(text)} chars, {len(paragraphs)} paragraphs, best of {args.repeat}")
    print(f"load: jieba {jieba_load:.3f}s, pipeline {nlp_load:.3f}s (once per process)")
    print(f"jieba.lcut          {baseline * 1000:8.1f} ms  1.00x")
    print(f"pipeline tokenizer  {tokenizer_only * 1000:8.1f} ms  {tokenizer_only / baseline:.2f}x")
    print(f"pipeline full       {ours * 1000:8.1f} ms  {ours / baseline:.2f}x  (goal <= 3x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
