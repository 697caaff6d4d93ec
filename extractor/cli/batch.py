"""``jixiao batch DIR -o OUT``: everything for a folder, with progress, resume and an error table."""
from __future__ import annotations

import click

from ..limits import DEFAULT_MAX_BYTES, DEFAULT_MAX_MEMORY, DEFAULT_MAX_PAGES, DEFAULT_TIMEOUT, MB

INTERRUPTED_EXIT = 130  # 128 + SIGINT, as shells report a command stopped by Ctrl-C


@click.command("batch")
@click.argument("folder", type=click.Path(file_okay=False, path_type=str))
@click.option("-o", "--out", required=True, type=click.Path(file_okay=False, path_type=str), help="output folder")
@click.option("--workers", type=int, default=None, help="worker processes (default: one per core; 0 = in this process)")
@click.option("--scheduler", default=None, metavar="ADDRESS", help="Dask scheduler, e.g. tcp://host:8786 (extra [dask])")
@click.option("--rules", type=click.Path(dir_okay=False, path_type=str), default=None, help="rules file merged over the defaults")
@click.option("--timeout", type=float, default=DEFAULT_TIMEOUT, show_default=True,
              help="seconds to parse, extract and check one file before it fails as too_large")
@click.option("--max-pages", type=int, default=DEFAULT_MAX_PAGES, show_default=True, help="refuse longer PDFs (too_large)")
@click.option("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, show_default=True, help="refuse larger files (too_large)")
@click.option("--max-memory", type=int, default=DEFAULT_MAX_MEMORY // MB, show_default=True, metavar="MB",
              help="memory (address space, MB) one file may use before it fails as too_large")
@click.option("--follow-symlinks", is_flag=True, default=False,
              help="read symbolic links (never to a target outside FOLDER); by default they are skipped")
@click.option("--progress/--no-progress", default=None, help="progress bars on stderr (default: on a terminal)")
def batch_command(folder, out, workers, scheduler, rules, timeout, max_pages, max_bytes, max_memory, follow_symlinks,
                  progress) -> None:
    """Parse, extract and check every PDF/DOCX/XLSX/TXT file below FOLDER; write tables, graph and reports to OUT.

    Unchanged files are taken from OUT/cache, so an interrupted batch resumes where it stopped.
    Exit code 0 when every file succeeded (or was partial/skipped), 1 when some failed, 2 when an
    output could not be written (one `Error: <code>: ...` line each), 130 when stopped with Ctrl-C.
    """
    import sys

    from ..batch import BatchSettings, run_batch
    from ..errors import Interrupted, UsageError
    from .output import terminal_text

    if progress is None:
        progress = sys.stderr.isatty()
    if max_memory is not None and max_memory <= 0:
        raise UsageError(f"--max-memory must be positive, got {max_memory}")
    settings = BatchSettings(workers=workers, scheduler=scheduler, rules=rules, timeout=timeout, max_pages=max_pages,
                             max_bytes=max_bytes, max_memory=max_memory * MB, follow_symlinks=follow_symlinks,
                             progress=progress)
    try:
        summary = run_batch(folder, out, settings)
    except KeyboardInterrupt:
        stopped = Interrupted(f"stopped by the user; the files finished are cached in {out}")
        click.echo(terminal_text(f"Error: {stopped.one_line()}"), err=True)
        sys.exit(INTERRUPTED_EXIT)
    counts = ", ".join(f"{summary.count(s)} {s}" for s in ("success", "partial", "failed", "skipped"))
    click.echo(
        terminal_text(f"{len(summary.results)} files: {counts} ({summary.cached} from cache) in {summary.seconds:.1f} s; "
                  f"outputs in {out}"),
        err=True,
    )
    for r in summary.results:
        if r.status == "failed":
            click.echo(terminal_text(f"failed: {r.file}: {r.code}: {r.message}"), err=True)
    for problem in summary.problems:
        click.echo(terminal_text(f"Error: {problem}"), err=True)
    sys.exit(summary.exit_code)
