"""Benchmark ``jixiao parse`` on PDFs against pdfplumber's plain ``page.extract_text()``.

    python bench/bench_parse.py [FILE.pdf ...] [--repeats N] [--engine auto|pdfplumber|pdfium]

For each PDF in corpora/samples (plus tests/data/pdf and any given on the command line) it
measures, in the same run and interleaved:

- baseline: open with pdfplumber and call ``extract_text()`` on every page (in-process);
- in-process: ``extractor.parse(path)`` (parser + clause tree);
- subprocess: the whole ``jixiao parse FILE --format json`` command, against a subprocess
  running the baseline (same interpreter start-up cost on both sides).

It prints the best-of-N times and the ratios (goal of issue 2: ≤ 1.3×). No assertions.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE_SCRIPT = (
    "import sys, pdfplumber\n"
    "with pdfplumber.open(sys.argv[1]) as pdf:\n"
    "    for page in pdf.pages:\n"
    "        page.extract_text()\n"
)


def baseline(path: Path) -> None:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()


def in_process(path: Path, engine: str | None) -> None:
    import extractor

    extractor.parse(path, **({"engine": engine} if engine else {}))


def best_of(fn, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def run(cmd: list[str]) -> None:
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--engine", choices=["auto", "pdfplumber", "pdfium"], default=None)
    ap.add_argument("--no-subprocess", action="store_true", help="skip the CLI timing")
    args = ap.parse_args(argv)

    files = list(args.files) or sorted((ROOT / "corpora" / "samples").glob("*.pdf")) + sorted((ROOT / "tests" / "data" / "pdf").glob("*.pdf"))
    if not files:
        print("no PDFs found", file=sys.stderr)
        return 1
    jixiao = [sys.executable, "-m", "extractor", "parse"]
    engine_opt = ["--pdf-engine", args.engine] if args.engine else []
    print(f"{'file':36} {'pages':>5} {'base s':>8} {'parse s':>8} {'ratio':>6} {'cli base':>9} {'cli s':>7} {'ratio':>6}")
    ratios, cli_ratios = [], []
    for path in files:
        import pdfplumber

        with pdfplumber.open(path) as pdf:
            pages = len(pdf.pages)
        in_process(path, args.engine)  # warm imports and caches once
        baseline(path)
        base_times, parse_times = [], []
        for _ in range(args.repeats):  # interleave so load changes hit both sides
            base_times.append(best_of(lambda: baseline(path), 1))
            parse_times.append(best_of(lambda: in_process(path, args.engine), 1))
        base, parsed = min(base_times), min(parse_times)
        ratio = parsed / base
        ratios.append(ratio)
        line = f"{path.name[:36]:36} {pages:>5} {base:8.3f} {parsed:8.3f} {ratio:6.2f}"
        if not args.no_subprocess:
            cli_base = best_of(lambda: run([sys.executable, "-c", BASELINE_SCRIPT, str(path)]), max(2, args.repeats // 2))
            cli = best_of(lambda: run(jixiao + [str(path), "--format", "json"] + engine_opt), max(2, args.repeats // 2))
            cli_ratios.append(cli / cli_base)
            line += f" {cli_base:9.3f} {cli:7.3f} {cli / cli_base:6.2f}"
        print(line)
    print(f"in-process ratio: max {max(ratios):.2f}, mean {sum(ratios) / len(ratios):.2f} (goal <= 1.30)")
    if cli_ratios:
        print(f"subprocess ratio: max {max(cli_ratios):.2f}, mean {sum(cli_ratios) / len(cli_ratios):.2f} (goal <= 1.30)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
