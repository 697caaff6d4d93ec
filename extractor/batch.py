"""Everything for a folder: discover → process one file (pure) → collect and write.

``run_batch(DIR, OUT, settings)`` finds the supported files below ``DIR``, runs
:func:`process_file` on each (in worker processes, or on a Dask cluster with
``settings.scheduler``), and writes the outputs described in :mod:`extractor.reports`.

- One bad file never stops the batch: each file gets a :class:`FileResult` with a status
  (``success`` / ``partial`` / ``failed`` / ``skipped``) and, when not successful, an error code.
- Results are cached in ``OUT/cache/<key>.json``; the key hashes the file content, the jixiao
  version, the rules configuration and the pipeline code. Re-running skips unchanged files, and a
  run killed at any moment then re-run gives the same outputs, because every combined output is
  rebuilt from the per-file results at the end and every file is written atomically.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from . import __version__
from .errors import ExtractorError, UsageError
from .limits import DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES, DEFAULT_TIMEOUT, run_limited
from .outputs import atomic_write_bytes, contained_path, remove_temp_files, safe_relative_path, write_if_changed

STATUSES = ("success", "partial", "failed", "skipped")
SUPPORTED_SUFFIXES = (".pdf", ".docx", ".xlsx", ".xlsm", ".txt", ".text", ".md", ".csv")
IGNORED_NAMES = ("Thumbs.db", "desktop.ini")  # system files nobody submits
CACHE_DIR = "cache"
DOCUMENTS_DIR = "documents"
INTERNAL_ERROR = "internal_error"
WORKER_CRASHED = "worker_crashed"
PARSE_WARNINGS = "parse_warnings"
NOT_CACHED_CODES = (INTERNAL_ERROR, WORKER_CRASHED)  # may be transient: try again next run
DEFAULT_MAX_TASKS_PER_CHILD = 100  # recycle worker processes so memory stays flat on long runs


@dataclass
class BatchSettings:
    """How a batch runs. ``workers=0`` runs in this process (debugging); ``None`` means one per core.

    ``timeout`` (seconds per file), ``max_pages`` and ``max_bytes`` limit what one file may cost;
    ``scheduler`` is the address of a Dask scheduler (``tcp://host:8786``) to run on a cluster
    whose workers see the same paths. ``rules`` is a user rules file merged over corpora/rules.yaml.
    """

    workers: int | None = None
    timeout: float | None = DEFAULT_TIMEOUT
    max_pages: int | None = DEFAULT_MAX_PAGES
    max_bytes: int | None = DEFAULT_MAX_BYTES
    scheduler: str | None = None
    scheduler_timeout: float = 20.0  # seconds to reach the scheduler
    rules: str | None = None
    max_tasks_per_child: int | None = DEFAULT_MAX_TASKS_PER_CHILD
    progress: bool = False
    reports: bool = True
    graph: bool = True

    def __post_init__(self) -> None:
        if self.workers is None:
            self.workers = os.cpu_count() or 1
        if self.workers < 0:
            raise UsageError(f"--workers must be 0 or more, got {self.workers}")
        for name in ("timeout", "max_pages", "max_bytes", "max_tasks_per_child", "scheduler_timeout"):
            value = getattr(self, name)
            if value is not None and value <= 0:
                raise UsageError(f"{name} must be positive, got {value}")
        if self.rules is not None and not Path(self.rules).is_file():
            raise UsageError(f"rules file not found: {self.rules}")


@dataclass
class FileResult:
    """What processing one file gave. ``document``/``extraction``/``findings`` are JSON-ready dicts."""

    file: str  # path relative to the batch folder (posix separators)
    status: str
    code: str = ""
    message: str = ""
    sha256: str = ""
    size: int = 0
    document: dict | None = None
    extraction: dict | None = None
    findings: list[dict] = field(default_factory=list)
    seconds: float = 0.0  # diagnostics only: not written to the combined outputs
    worker_pid: int | None = None
    worker_peak_rss_kb: int | None = None

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"unknown status {self.status!r}")

    @property
    def cacheable(self) -> bool:
        return self.status != "skipped" and self.code not in NOT_CACHED_CODES

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "FileResult":
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})

    def output_record(self) -> dict:
        """The per-document JSON (no timings, so identical runs give identical files)."""
        return {
            "file": self.file,
            "sha256": self.sha256,
            "status": self.status,
            "code": self.code,
            "message": self.message,
            "jixiao_version": __version__,
            "document": self.document,
            "extraction": self.extraction,
            "findings": self.findings,
        }


@dataclass
class FileTask:
    path: Path
    file: str  # relative name
    size: int
    sha256: str = ""


@dataclass
class BatchSummary:
    out: Path
    results: list[FileResult]
    seconds: float
    cached: int = 0
    problems: list[str] = field(default_factory=list)  # output stages that failed (graph, reports)

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def exit_code(self) -> int:
        return 1 if self.count("failed") else 0


# -- discovery ------------------------------------------------------------------------------------


def discover(folder: str | Path, exclude: Iterable[str | Path] = ()) -> list[FileTask]:
    """Every regular file below ``folder`` (hidden files and ``exclude`` folders left out), sorted by name."""
    folder = Path(folder)
    if not folder.is_dir():
        raise UsageError(f"not a folder: {folder}")
    excluded = {Path(p).resolve() for p in exclude}
    tasks = []
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        here = Path(dirpath)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and (here / d).resolve() not in excluded)
        for name in filenames:
            path = here / name
            if name.startswith((".", "~$")) or name in IGNORED_NAMES or not path.is_file():
                continue
            tasks.append(FileTask(path=path, file=path.relative_to(folder).as_posix(), size=path.stat().st_size))
    return sorted(tasks, key=lambda t: t.file)


def is_supported(path: str | Path) -> bool:
    return Path(path).suffix.lower() in SUPPORTED_SUFFIXES


def file_sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


# -- one file -------------------------------------------------------------------------------------


def process_file(path: str | Path, settings: BatchSettings | None = None, name: str | None = None) -> FileResult:
    """Parse, extract and check one file. Never raises: failures become the result's status and code."""
    import extractor

    settings = settings or BatchSettings(workers=0)
    path = Path(path)
    name = name or path.name
    started = time.perf_counter()
    result = FileResult(file=name, status="failed")
    try:
        result.size = path.stat().st_size
        doc = run_limited(extractor.parse, path, settings)  # size, page and time limits (too_large)
    except ExtractorError as exc:
        return _finish(result, "failed", exc.code, exc.one_line().split(": ", 1)[-1], started)
    except Exception as exc:  # a parser bug must not stop the batch
        return _finish(result, "failed", INTERNAL_ERROR, _describe(exc), started)
    result.document = doc.to_dict()
    status, code, message = "success", "", ""
    if doc.warnings:
        status, code, message = "partial", PARSE_WARNINGS, "; ".join(doc.warnings[:3])
    try:
        extraction = extractor.extract(doc)
        result.extraction = extraction.to_dict()
        if extraction.warnings and status == "success":  # a table not understood: the document is read in part
            status, code, message = "partial", extraction.warnings[0].code, extraction.warnings[0].message
        findings = _check(extraction, settings)
        result.findings = [f.to_dict() if hasattr(f, "to_dict") else asdict(f) for f in findings]
    except ExtractorError as exc:
        status, code, message = "partial", exc.code, exc.one_line().split(": ", 1)[-1]
    except Exception as exc:
        status, code, message = "partial", INTERNAL_ERROR, _describe(exc)
    return _finish(result, status, code, message, started)


def _check(extraction, settings: BatchSettings) -> list:
    import extractor

    if settings.rules is None:
        return extractor.check(extraction)
    from .checker.config import load_config  # noqa: PLC0415  (the checker's loader for --rules)

    return extractor.check(extraction, config=load_config(settings.rules))


def _describe(exc: BaseException) -> str:
    text = f"{type(exc).__name__}: {exc}"
    return " ".join(text.split())[:500]


def _finish(result: FileResult, status: str, code: str, message: str, started: float) -> FileResult:
    result.status, result.code, result.message = status, code, message
    result.seconds = round(time.perf_counter() - started, 4)
    result.worker_pid = os.getpid()
    result.worker_peak_rss_kb = _peak_rss_kb()
    return result


def _peak_rss_kb() -> int | None:
    """Peak resident memory of this process (VmHWM: unlike ru_maxrss it is not inherited from the parent)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    try:
        import resource

        return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    except (ImportError, OSError):
        return None


def warm_up() -> None:
    """Worker initializer: load the NLP pipeline once per process (if that stage is installed)."""
    try:
        from .nlp.pipeline import get_nlp
    except ImportError:
        return
    try:
        get_nlp()
    except Exception as exc:  # a broken model shows up per file, with its error code
        print(f"jixiao worker: NLP warm-up failed: {_describe(exc)}", file=sys.stderr)


def _process_task(path: str, name: str, settings: BatchSettings) -> FileResult:
    return process_file(path, settings, name=name)


# -- cache ----------------------------------------------------------------------------------------


def pipeline_fingerprint(settings: BatchSettings) -> str:
    """Hash of everything besides the file that decides a result: version, rules, code and data, limits."""
    from .resources import corpora_path

    digest = hashlib.sha256(f"jixiao {__version__}\n".encode())
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    try:
        corpora = corpora_path()
        for path in sorted(p for p in corpora.rglob("*") if p.is_file() and "samples" not in p.parts):
            if "annotations" in path.relative_to(corpora).parts:
                continue
            digest.update(path.relative_to(corpora).as_posix().encode() + b"\0" + path.read_bytes())
    except FileNotFoundError:
        pass
    if settings.rules:
        digest.update(b"rules\0" + Path(settings.rules).read_bytes())
    limits = {"max_pages": settings.max_pages, "max_bytes": settings.max_bytes, "timeout": settings.timeout}
    digest.update(json.dumps(limits).encode())
    return digest.hexdigest()


def cache_key(content_sha256: str, fingerprint: str) -> str:
    return hashlib.sha256(f"{content_sha256}:{fingerprint}".encode()).hexdigest()


def read_cache(out: Path, key: str) -> FileResult | None:
    path = out / CACHE_DIR / f"{key}.json"
    try:
        return FileResult.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None  # missing or unreadable: process the file again


def write_cache(out: Path, key: str, result: FileResult) -> None:
    atomic_write_bytes(out / CACHE_DIR / f"{key}.json", _json_bytes(result.to_dict()))


def _json_bytes(data) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=1, default=str).encode("utf-8")


# -- relabel: results name files by their path inside the batch folder ------------------------------


def relabel(result: FileResult, origin: str, file: str) -> FileResult:
    """The result with every ``source`` naming ``origin`` (or its base name) replaced by ``file``."""
    names = {origin, Path(origin).name, result.file}
    data = result.to_dict()
    for key in ("document", "extraction", "findings"):
        data[key] = _replace_strings(data[key], names, file)
    data["file"] = file
    return FileResult.from_dict(data)


def _replace_strings(value, names: set[str], new: str):
    if isinstance(value, str):
        return new if value in names else value
    if isinstance(value, list):
        return [_replace_strings(v, names, new) for v in value]
    if isinstance(value, dict):
        return {k: (_replace_strings(v, names, new) if k in ("source", "file") or not isinstance(v, str) else v)
                for k, v in value.items()}
    return value


# -- execution ------------------------------------------------------------------------------------


OnResult = Callable[[FileTask, FileResult], None]


def run_local(tasks: list[FileTask], settings: BatchSettings, on_result: OnResult) -> None:
    """Run the tasks in worker processes (or in this process when ``settings.workers == 0``)."""
    if settings.workers == 0:
        warm_up()
        for task in tasks:
            on_result(task, _process_task(str(task.path), task.file, settings))
        return
    from concurrent.futures.process import BrokenProcessPool

    broken = _run_pool(tasks, settings, on_result, max(1, min(settings.workers, len(tasks))))
    for task in broken:  # a worker died (segfault, out of memory): retry each alone to find the culprit
        if _run_pool([task], settings, on_result, 1):
            on_result(task, FileResult(file=task.file, status="failed", code=WORKER_CRASHED,
                                       message=f"the worker process died while reading this file ({BrokenProcessPool.__name__})"))


def _run_pool(tasks: list[FileTask], settings: BatchSettings, on_result: OnResult, workers: int) -> list[FileTask]:
    """Run ``tasks`` on a fresh pool; returns the tasks lost because the pool broke."""
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    if not tasks:
        return []
    broken: list[FileTask] = []
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=warm_up,
        max_tasks_per_child=settings.max_tasks_per_child,
    )
    try:
        pending = {pool.submit(_process_task, str(t.path), t.file, settings): t for t in tasks}
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                task = pending.pop(future)
                try:
                    result = future.result()
                except BrokenProcessPool:
                    broken.append(task)
                    continue
                except Exception as exc:  # e.g. a result that cannot be pickled
                    result = FileResult(file=task.file, status="failed", code=INTERNAL_ERROR, message=_describe(exc))
                on_result(task, result)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return broken


def run_dask(tasks: list[FileTask], settings: BatchSettings, on_result: OnResult) -> None:
    """Run the same per-file function on a Dask cluster (``pip install 'jixiao[dask]'``)."""
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise UsageError("--scheduler needs the dask extra", hint="pip install 'jixiao[dask]'") from None
    try:
        client = Client(settings.scheduler, timeout=f"{settings.scheduler_timeout}s")
    except (OSError, TimeoutError) as exc:
        raise UsageError(f"cannot reach the Dask scheduler at {settings.scheduler}: {exc}") from None
    try:
        try:
            client.run(warm_up)
        except Exception as exc:  # noqa: BLE001  warm-up is an optimisation only
            print(f"jixiao: warm-up on the Dask workers failed: {_describe(exc)}", file=sys.stderr)
        by_key = {}
        futures = []
        for task in tasks:
            future = client.submit(_process_task, str(task.path), task.file, settings, pure=False)
            by_key[future.key] = task
            futures.append(future)
        for future in as_completed(futures):
            task = by_key[future.key]
            try:
                result = future.result()
            except Exception as exc:  # noqa: BLE001  a lost worker or a task error
                result = FileResult(file=task.file, status="failed", code=WORKER_CRASHED, message=_describe(exc))
            on_result(task, result)
            future.release()
    finally:
        client.close()


# -- the batch ------------------------------------------------------------------------------------


def run_batch(
    folder: str | Path,
    out: str | Path,
    settings: BatchSettings | None = None,
    progress: "Progress | None" = None,
) -> BatchSummary:
    """Process every file below ``folder`` and write all outputs to ``out``."""
    from .reports.runinfo import run_info
    from .reports.write import write_outputs

    settings = settings or BatchSettings()
    started = time.perf_counter()
    folder, out = Path(folder), Path(out)
    tasks = discover(folder, exclude=[out])
    out.mkdir(parents=True, exist_ok=True)
    remove_temp_files(out)
    fingerprint = pipeline_fingerprint(settings)
    progress = progress or (RichProgress() if settings.progress else Progress())

    results: dict[str, FileResult] = {}
    todo: list[FileTask] = []
    keys: dict[str, str] = {}
    cached = 0
    for task in tasks:
        if not is_supported(task.path):
            results[task.file] = FileResult(
                file=task.file, status="skipped", code="unsupported_format", size=task.size,
                message=f"suffix {task.path.suffix or '(none)'} is not one of {', '.join(SUPPORTED_SUFFIXES)}",
            )
            continue
        try:
            task.sha256 = file_sha256(task.path)
        except OSError as exc:
            results[task.file] = FileResult(file=task.file, status="failed", code="damaged_file", message=_describe(exc))
            continue
        keys[task.file] = cache_key(task.sha256, fingerprint)
        hit = read_cache(out, keys[task.file])
        if hit is not None:
            results[task.file] = relabel(hit, hit.file, task.file)
            cached += 1
        else:
            todo.append(task)

    names = document_names([t.file for t in tasks])
    for result in results.values():
        _write_document(out, names[result.file], result)

    def collect(task: FileTask, result: FileResult) -> None:
        result = relabel(result, str(task.path), task.file)
        result.sha256, result.size = task.sha256, task.size
        if result.cacheable:
            write_cache(out, keys[task.file], result)
        _write_document(out, names[task.file], result)
        results[task.file] = result
        progress.advance(result)

    progress.start(total=len(todo), already=len(tasks) - len(todo))
    try:
        if todo and settings.scheduler:
            run_dask(todo, settings, collect)
        elif todo:
            run_local(todo, settings, collect)
    finally:
        progress.stop()

    ordered = [results[t.file] for t in tasks]
    prune_documents(out, {names[r.file] for r in ordered if r.status != "skipped"})
    info = run_info(folder, [t.path for t in tasks], settings.rules)
    problems = write_outputs(out, ordered, graph=settings.graph, reports=settings.reports, info=info)
    return BatchSummary(out=out, results=ordered, seconds=time.perf_counter() - started, cached=cached, problems=problems)


def document_names(files: list[str]) -> dict[str, str]:
    """Per-document JSON name (relative to OUT/documents) of each file: safe, unique, stable."""
    names: dict[str, str] = {}
    taken: set[str] = set()
    for file in sorted(files):
        safe = safe_relative_path(file)
        name = safe.with_name(safe.name + ".json").as_posix()
        if name.lower() in taken:  # two inputs that sanitise alike (a?.pdf, a_.pdf): add a short hash
            stem = name[: -len(".json")]
            name = f"{stem}~{hashlib.sha256(file.encode()).hexdigest()[:8]}.json"
        taken.add(name.lower())
        names[file] = name
    return names


def _write_document(out: Path, name: str, result: FileResult) -> None:
    if result.status == "skipped":
        return
    target = contained_path(out / DOCUMENTS_DIR, name)
    write_if_changed(target, _json_bytes(result.output_record()))


def prune_documents(out: Path, keep: set[str]) -> None:
    """Remove per-document JSON of files no longer in the folder (so outputs match the input)."""
    root = out / DOCUMENTS_DIR
    if not root.is_dir():
        return
    for path in sorted(root.rglob("*.json")):
        if path.relative_to(root).as_posix() not in keep:
            path.unlink(missing_ok=True)
    for folder in sorted((p for p in root.rglob("*") if p.is_dir()), reverse=True):
        if not any(folder.iterdir()):
            folder.rmdir()


def load_documents(out: str | Path) -> list[FileResult]:
    """The per-document results of a batch output folder, sorted by file."""
    root = Path(out) / DOCUMENTS_DIR
    results = []
    for path in sorted(root.rglob("*.json")) if root.is_dir() else []:
        data = json.loads(path.read_text(encoding="utf-8"))
        results.append(FileResult.from_dict(data))
    return sorted(results, key=lambda r: r.file)


# -- progress -------------------------------------------------------------------------------------


class Progress:
    """Silent progress (library use, tests); :class:`RichProgress` draws a bar on stderr."""

    def __init__(self) -> None:
        self.done = 0
        self.errors = 0
        self.started = time.perf_counter()

    def start(self, total: int, already: int = 0) -> None:
        self.total = total
        self.started = time.perf_counter()

    def advance(self, result: FileResult) -> None:
        self.done += 1
        self.errors += result.status == "failed"

    def rate_per_minute(self) -> float:
        elapsed = time.perf_counter() - self.started
        return 60.0 * self.done / elapsed if elapsed > 0 else 0.0

    def stop(self) -> None:
        pass


class RichProgress(Progress):
    def start(self, total: int, already: int = 0) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress as Bar, TextColumn, TimeElapsedColumn

        super().start(total, already)
        self.bar = Bar(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("errors: {task.fields[errors]}"),
            TextColumn("{task.fields[rate]:.0f} docs/min"),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=False,
        )
        label = f"files ({already} cached)" if already else "files"
        self.task = self.bar.add_task(label, total=total, errors=0, rate=0.0)
        self.bar.start()

    def advance(self, result: FileResult) -> None:
        super().advance(result)
        self.bar.update(self.task, advance=1, errors=self.errors, rate=self.rate_per_minute())

    def stop(self) -> None:
        if hasattr(self, "bar"):
            self.bar.stop()


def iter_failed(results: Iterable[FileResult]) -> Iterator[FileResult]:
    return (r for r in results if r.status == "failed")
