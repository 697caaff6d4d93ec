"""Benchmark ``jixiao parse`` on PDFs against pdfplumber's plain ``page.extract_text()``.

    python bench/bench_parse.py [FILE.pdf ...] [--repeats N] [--engine auto|pdfplumber|pdfium ...]

For each PDF in bench/data (the issue-9 documents written by corpora/samples/make_bench_pdfs.py),
corpora/samples and tests/data/pdf (or the files given) and for each PDF engine it measures,
in the same run and interleaved so that load changes on the shared machine hit both sides:

- baseline: open with pdfplumber and call ``extract_text()`` on every page (in-process);
- in-process: ``extractor.parse(path, engine=...)`` (parser + clause tree);
- whole command: ``jixiao parse FILE --format json --pdf-engine E`` in a subprocess, against a
  subprocess running the baseline (the same interpreter start-up on both sides).

It prints best-of-N times and the ratios. Goals of issue 9 (whole command, engine auto):
≤ 0.3× on the 30-page text-heavy report (report-30p.pdf), ≤ 1.0× on table-heavy forms
(forms-tables.pdf). The subprocesses run without ``PYTHONDONTWRITEBYTECODE`` so that, as in an
installed package, the package's modules are compiled once and not on every start. No assertions.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENGINES = ("auto", "pdfplumber", "pdfium")
GOALS = {"report-30p.pdf": 0.3, "forms-tables.pdf": 1.0}  # whole-command ratio, engine auto
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


def in_process(path: Path, engine: str) -> None:
    import extractor

    extractor.parse(path, engine=engine)


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def run(cmd: list[str], env: dict[str, str]) -> None:
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)


@dataclass
class Row:
    name: str
    pages: int
    engine: str
    base: float
    parsed: float
    cli_base: float | None = None
    cli: float | None = None

    @property
    def ratio(self) -> float:
        return self.parsed / self.base

    @property
    def cli_ratio(self) -> float | None:
        return None if self.cli is None or not self.cli_base else self.cli / self.cli_base


def default_files() -> list[Path]:
    return [*sorted((ROOT / "bench" / "data").glob("*.pdf")), *sorted((ROOT / "corpora" / "samples").glob("*.pdf")),
            *sorted((ROOT / "tests" / "data" / "pdf").glob("*.pdf"))]


def measure(path: Path, engines: list[str], repeats: int, subprocesses: bool, env: dict[str, str]) -> list[Row]:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        pages = len(pdf.pages)
    baseline(path)  # warm imports and caches once
    for engine in engines:
        in_process(path, engine)
    base_times: list[float] = []
    parse_times: dict[str, list[float]] = {e: [] for e in engines}
    for _ in range(repeats):  # interleaved
        base_times.append(timed(lambda: baseline(path)))
        for engine in engines:
            parse_times[engine].append(timed(lambda engine=engine: in_process(path, engine)))
    rows = [Row(path.name, pages, e, min(base_times), min(parse_times[e])) for e in engines]
    if subprocesses:
        jixiao = [sys.executable, "-m", "extractor", "parse", str(path), "--format", "json"]
        base_cmd = [sys.executable, "-c", BASELINE_SCRIPT, str(path)]
        for engine in engines:  # one untimed start compiles the package's modules
            run(jixiao + ["--pdf-engine", engine], env)
        run(base_cmd, env)
        cli_base: list[float] = []
        cli: dict[str, list[float]] = {e: [] for e in engines}
        for _ in range(repeats):
            cli_base.append(timed(lambda: run(base_cmd, env)))
            for engine in engines:
                cli[engine].append(timed(lambda engine=engine: run(jixiao + ["--pdf-engine", engine], env)))
        for row in rows:
            row.cli_base, row.cli = min(cli_base), min(cli[row.engine])
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--engine", choices=ENGINES, action="append", help="engine(s) to time (default: all three)")
    ap.add_argument("--no-subprocess", action="store_true", help="skip the whole-command timing")
    args = ap.parse_args(argv)

    files = list(args.files) or default_files()
    if not files:
        print("no PDFs found", file=sys.stderr)
        return 1
    engines = args.engine or list(ENGINES)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    print(f"best of {args.repeats}; ratio = jixiao / pdfplumber extract_text() over the same pages")
    print(f"{'file':30} {'pages':>5} {'engine':>10} {'base s':>7} {'parse s':>7} {'in-proc':>7} "
          f"{'cmd base':>8} {'cmd s':>6} {'command':>7}")
    results: list[Row] = []
    for path in files:
        rows = measure(path, engines, args.repeats, not args.no_subprocess, env)
        results.extend(rows)
        for row in rows:
            line = f"{row.name[:30]:30} {row.pages:>5} {row.engine:>10} {row.base:7.3f} {row.parsed:7.3f} {row.ratio:6.2f}×"
            if row.cli_ratio is not None:
                line += f" {row.cli_base:8.3f} {row.cli:6.3f} {row.cli_ratio:6.2f}×"
            print(line, flush=True)
    for name, goal in GOALS.items():
        for row in results:
            if row.name == name and row.engine == "auto" and row.cli_ratio is not None:
                verdict = "met" if row.cli_ratio <= goal else "NOT met"
                print(f"goal {name}: whole command {row.cli_ratio:.2f}× (≤ {goal:.1f}×) {verdict}; in-process {row.ratio:.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
