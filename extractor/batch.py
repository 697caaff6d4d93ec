"""Everything for a folder: discover → process one file (pure) → collect and write.

``run_batch(DIR, OUT, settings)`` finds the files below ``DIR``, runs :func:`process_file` on each
supported one (in the worker pool of :mod:`extractor.pool`, or on a Dask cluster with
``settings.scheduler``), and writes the outputs described in :mod:`extractor.reports`.

- One bad file never stops the batch: each file gets a :class:`FileResult` with a status
  (``success`` / ``partial`` / ``failed`` / ``skipped``) and, when not successful, an error code.
- Every path below ``DIR`` that is not processed is listed as ``skipped`` with a reason code
  (:data:`SKIP_REASONS`): symbolic links are not followed unless ``follow_symlinks`` (and then never
  to a target outside ``DIR``), FIFOs/sockets/devices are never opened, hidden names are left out.
- Each file is processed in a forked child bounded in time (parse + extract + check) and address
  space (``max_memory``); over a limit the file is ``too_large``.
- Results are cached in ``OUT/cache/<key>.json``; the key hashes the file content, the jixiao
  version, the rules configuration, the pipeline code and the limits. Re-running skips unchanged
  files (``too_large`` and ``worker_crashed`` included, until the limits change), and a run killed at
  any moment then re-run gives the same outputs, because every combined output is rebuilt from the
  per-file results at the end and every file is written atomically. A cache entry that does not
  match its schema is ignored and rebuilt.
- ``OUT`` is locked while a batch writes it (:func:`extractor.outputs.output_lock`).
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import stat
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from . import __version__
from .discovery import SKIP_REASONS as FOUND_SKIP_REASONS
from .discovery import find_files
from .errors import ExtractorError, OutputDamaged, TooLarge, UsageError
from .limits import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_MEMORY,
    DEFAULT_MAX_PAGES,
    DEFAULT_TIMEOUT,
    check_file,
    process_status_kb,
    run_in_child,
)
from .parsers import SUFFIXES
from .outputs import (
    atomic_write_bytes,
    coded_output_errors,
    contained_path,
    output_lock,
    remove_temp_files,
    safe_relative_path,
    write_if_changed,
)
from .progress import Progress, RichProgress  # re-exported: part of the batch API

STATUSES = ("success", "partial", "failed", "skipped")
SUPPORTED_SUFFIXES = tuple(sorted(SUFFIXES))  # the parsers' format registry decides
CACHE_DIR = "cache"
DOCUMENTS_DIR = "documents"
INTERNAL_ERROR = "internal_error"
WORKER_CRASHED = "worker_crashed"
PARSE_WARNINGS = "parse_warnings"
NOT_CACHED_CODES = (INTERNAL_ERROR,)  # may be a passing fault: try again next run
DEFAULT_MAX_TASKS_PER_CHILD = 100  # recycle worker processes so memory stays flat on long runs
#: why a path below the input folder is not processed (the ``code`` of its ``skipped`` result)
SKIP_REASONS = (*(r for r in FOUND_SKIP_REASONS if r != "unsupported"), "unsupported_format")
DEADLINE_GRACE = 60.0  # the pool waits this long past the per-file time limit before killing a worker


@dataclass
class BatchSettings:
    """How a batch runs. ``workers=0`` runs in this process (debugging); ``None`` means one per core.

    ``timeout`` (seconds per file for parse + extract + check), ``max_pages``, ``max_bytes`` and
    ``max_memory`` (bytes of address space of the child processing one file) limit what one file
    may cost; ``scheduler`` is the address of a Dask scheduler (``tcp://host:8786``) to run on a
    cluster whose workers see the same paths. ``rules`` is a user rules file merged over
    corpora/rules.yaml. ``max_tasks_per_child`` files are processed by a worker before it is
    replaced by a fresh one. ``follow_symlinks`` opts in to symbolic links inside the input folder.
    """

    workers: int | None = None
    timeout: float | None = DEFAULT_TIMEOUT
    max_pages: int | None = DEFAULT_MAX_PAGES
    max_bytes: int | None = DEFAULT_MAX_BYTES
    max_memory: int | None = DEFAULT_MAX_MEMORY
    scheduler: str | None = None
    scheduler_timeout: float = 20.0  # seconds to reach the scheduler
    rules: str | None = None
    max_tasks_per_child: int | None = DEFAULT_MAX_TASKS_PER_CHILD
    progress: bool = False
    reports: bool = True
    graph: bool = True
    follow_symlinks: bool = False

    def __post_init__(self) -> None:
        if self.workers is None:
            self.workers = os.cpu_count() or 1
        if self.workers < 0:
            raise UsageError(f"--workers must be 0 or more, got {self.workers}")
        for name in ("timeout", "max_pages", "max_bytes", "max_memory", "max_tasks_per_child", "scheduler_timeout"):
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

    @classmethod
    def validated(cls, data) -> "FileResult":
        """``from_dict`` after checking the type of every field and that the records load; ValueError if not."""
        if not isinstance(data, dict):
            raise ValueError(f"a result is an object, not {type(data).__name__}")
        for name, types in _FIELD_TYPES.items():
            value = data.get(name)
            if name not in data or not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
                raise ValueError(f"field {name!r} is {type(value).__name__}, not {'/'.join(t.__name__ for t in types)}")
        if data["status"] not in STATUSES:
            raise ValueError(f"unknown status {data['status']!r}")
        if not all(isinstance(f, dict) for f in data["findings"]):
            raise ValueError("every finding is an object")
        _load_records(data)
        return cls.from_dict(data)

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


_NONE = type(None)
_FIELD_TYPES: dict[str, tuple[type, ...]] = {
    "file": (str,), "status": (str,), "code": (str,), "message": (str,), "sha256": (str,), "size": (int,),
    "document": (dict, _NONE), "extraction": (dict, _NONE), "findings": (list,), "seconds": (int, float),
    "worker_pid": (int, _NONE), "worker_peak_rss_kb": (int, _NONE),
}


def _load_records(data: dict) -> None:
    """Raise ValueError unless the document, extraction and findings of ``data`` load into their classes."""
    from .checker.rule import Finding
    from .document import Document
    from .extraction import Extraction

    names = {f.name for f in fields(Finding)}
    try:
        if data["document"] is not None:
            Document.from_dict(data["document"])
        if data["extraction"] is not None:
            Extraction.from_dict(data["extraction"])
        for finding in data["findings"]:
            Finding(**{k: v for k, v in finding.items() if k in names})
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ValueError(f"records do not load: {_describe(exc)}") from None


@dataclass
class FileTask:
    path: Path
    file: str  # relative name
    size: int
    sha256: str = ""
    skip: str = ""  # one of SKIP_REASONS when the path is not processed
    note: str = ""  # why, in words


@dataclass
class BatchSummary:
    out: Path
    results: list[FileResult]
    seconds: float
    cached: int = 0
    problems: list[str] = field(default_factory=list)  # output stages that failed: "<code>: <message>"

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def exit_code(self) -> int:
        """2 when an output could not be written, else 1 when a file failed, else 0."""
        if self.problems:
            return 2
        return 1 if self.count("failed") else 0


# -- discovery ------------------------------------------------------------------------------------


def discover(folder: str | Path, exclude: Iterable[str | Path] = (), follow_symlinks: bool = False) -> list[FileTask]:
    """Every path below ``folder``, sorted by name: regular files to process, the others with a skip reason.

    The walk is :func:`extractor.discovery.find_files` (the one walker, shared with ``check`` and ``graph
    build``): nothing is opened, links are followed only when asked and never out of the folder, and
    ``exclude`` folders (the output folder) are left out silently.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise UsageError(f"not a folder: {folder}")
    found = find_files(folder, follow_symlinks=follow_symlinks, exclude=exclude)
    tasks = [FileTask(path=f.path, file=f.name, size=f.size) for f in found.files]
    tasks += [_skipped(s.path, s.name, s.reason, s.note) for s in found.skipped]
    return sorted(tasks, key=lambda t: t.file)


def _skipped(path: Path, name: str, reason: str, note: str) -> FileTask:
    return FileTask(path=path, file=name, size=0, skip=reason, note=note)


def is_supported(path: str | Path) -> bool:
    return Path(path).suffix.lower() in SUPPORTED_SUFFIXES


def file_sha256(path: str | Path, follow_symlinks: bool = True) -> str:
    """Content hash; never blocks on a FIFO and (``follow_symlinks=False``) never reads through a link."""
    flags = os.O_RDONLY | os.O_NONBLOCK | (0 if follow_symlinks else os.O_NOFOLLOW)
    fd = os.open(path, flags)
    with open(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise OSError(f"{path} is not a regular file")
        digest = hashlib.sha256()
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


# -- one file -------------------------------------------------------------------------------------


def process_file(path: str | Path, settings: BatchSettings | None = None, name: str | None = None) -> FileResult:
    """Check, parse, extract and check one file within its limits. Never raises: failures become the result.

    With a ``timeout`` or ``max_memory`` the work runs in a forked child (:func:`extractor.limits.run_in_child`)
    killed at the time limit and with its address space limited; going over either is ``too_large``.
    Nothing is written anywhere: the result is returned.
    """
    settings = settings or BatchSettings(workers=0)
    path = Path(path)
    name = name or path.name
    started = time.perf_counter()
    try:
        if settings.timeout is None and settings.max_memory is None:
            result = _process_unbounded(path, settings, name)
        else:
            result = run_in_child(_process_unbounded, (path, settings, name), timeout=settings.timeout,
                                  max_memory=settings.max_memory, label=name)
    except ExtractorError as exc:  # over the time limit (too_large), or the child died (worker_crashed)
        result = _finish(FileResult(file=name, status="failed"), "failed", exc.code, _message(exc), started)
    except Exception as exc:  # noqa: BLE001  a result that could not come back
        result = _finish(FileResult(file=name, status="failed"), "failed", INTERNAL_ERROR, _describe(exc), started)
    with contextlib.suppress(OSError):
        result.size = path.stat().st_size
    result.seconds = round(time.perf_counter() - started, 4)
    return result


def _process_unbounded(path: Path, settings: BatchSettings, name: str) -> FileResult:
    """The work of :func:`process_file` in this process (the child, when limits are set)."""
    started = time.perf_counter()
    try:
        result = _pipeline(path, settings, name, started)
    except MemoryError:
        result = FileResult(file=name, status="failed")
        return _finish(result, "failed", TooLarge.code, _memory_message(settings), started)
    return result


def _pipeline(path: Path, settings: BatchSettings, name: str, started: float) -> FileResult:
    import extractor

    result = FileResult(file=name, status="failed")
    try:
        result.size = path.stat().st_size
        check_file(path, settings)  # size and page limits (too_large) before any parsing
        doc = extractor.parse(path)
    except MemoryError:
        raise
    except Exception as exc:  # a coded error, or a parser bug: it must not stop the batch
        _raise_if_out_of_memory(exc)
        if isinstance(exc, ExtractorError):
            return _finish(result, "failed", exc.code, _message(exc), started)
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
    except MemoryError:
        raise
    except Exception as exc:
        _raise_if_out_of_memory(exc)
        status, code, message = "partial", exc.code if isinstance(exc, ExtractorError) else INTERNAL_ERROR, _message(exc)
    return _finish(result, status, code, message, started)


def _raise_if_out_of_memory(exc: BaseException) -> None:
    """Re-raise MemoryError when it caused ``exc`` (a library that turned it into its own error)."""
    seen = 0
    cause = exc.__cause__ or exc.__context__
    while cause is not None and seen < 50:
        if isinstance(cause, MemoryError):
            raise cause
        cause, seen = cause.__cause__ or cause.__context__, seen + 1


def _memory_message(settings: BatchSettings) -> str:
    limit = settings.max_memory
    shown = f"{limit / (1 << 20):.0f} MB" if limit else "the available memory"
    return f"the file needs more memory than the limit ({shown}; raise it with --max-memory)"


def _message(exc: BaseException) -> str:
    if isinstance(exc, ExtractorError):
        return exc.one_line().split(": ", 1)[-1]
    return _describe(exc)


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
    peak = process_status_kb("VmHWM")
    if peak is not None:
        return peak
    try:
        import resource

        return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    except (ImportError, OSError):
        return None


WARM_UP_TEXT = "一、总体目标\n完成系统建设，验收合格率达到100%。\n二、绩效指标\n群众满意度≥90%，2024年12月底前完成。\n"


def warm_up() -> None:
    """Worker initializer: load once per worker what every file needs (parsers, NLP, lexicons, rules).

    Each file is processed in a child forked from the worker: what the child loads lazily dies with it,
    so everything is loaded here by running the whole pipeline once on a small built-in text.
    """
    import importlib
    import tempfile

    try:
        for module in ("openpyxl", "docx", "pdfplumber", "pypdfium2"):
            importlib.import_module(module)
        from .nlp.lexicon import load_whole_dictionary
        from .nlp.pipeline import get_nlp

        get_nlp()
        load_whole_dictionary()  # once here, not in every child as its document reaches the entries
    except Exception as exc:  # a broken install or model: said here, and per file with its error code
        print(f"jixiao worker: warm-up failed: {_describe(exc)}", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="jixiao-warm-") as folder:
        sample = Path(folder) / "warm-up.txt"
        sample.write_text(WARM_UP_TEXT, encoding="utf-8")
        _process_unbounded(sample, BatchSettings(workers=0), sample.name)


def _process_task(path: str, name: str, settings: BatchSettings) -> FileResult:
    """What a worker runs: the file's result, marked with the worker's pid (the peak memory is the file's child's)."""
    result = process_file(path, settings, name=name)
    result.worker_pid = os.getpid()
    return result


def _lost_result(task: "FileTask", reason: str, settings: BatchSettings) -> FileResult:
    """The result of a file whose worker died (or did not answer at all) while processing it."""
    if reason == "deadline":
        return FileResult(file=task.file, status="failed", code=TooLarge.code,
                          message=f"no result within {settings.timeout:g} s (+{DEADLINE_GRACE:g} s): the worker was stopped")
    return FileResult(file=task.file, status="failed", code=WORKER_CRASHED,
                      message="the worker process died while processing this file")


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
    limits = {"max_pages": settings.max_pages, "max_bytes": settings.max_bytes, "timeout": settings.timeout,
              "max_memory": settings.max_memory}
    digest.update(json.dumps(limits).encode())
    return digest.hexdigest()


def cache_key(content_sha256: str, fingerprint: str) -> str:
    return hashlib.sha256(f"{content_sha256}:{fingerprint}".encode()).hexdigest()


def read_cache(out: Path, key: str, sha256: str | None = None) -> FileResult | None:
    """The cached result, or None when missing, unreadable, not matching the schema or another content's."""
    path = out / CACHE_DIR / f"{key}.json"
    try:
        result = FileResult.validated(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError, RecursionError):
        return None  # process the file again: its new result replaces the entry
    if result.status == "skipped" or (sha256 is not None and result.sha256 != sha256):
        return None
    return result


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
    from .pool import run_pool

    by_item = {(str(t.path), t.file): t for t in tasks}
    run_pool(
        by_item,
        functools.partial(_process_task, settings=settings),
        lambda item, result: on_result(by_item[item], result),
        lambda item, reason: on_result(by_item[item], _lost_result(by_item[item], reason, settings)),
        workers=max(1, min(settings.workers, len(tasks))),
        recycle_after=settings.max_tasks_per_child,
        deadline=None if settings.timeout is None else settings.timeout + DEADLINE_GRACE,
        initializer=warm_up,
    )


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
    progress: Progress | None = None,
) -> BatchSummary:
    """Process every file below ``folder`` and write all outputs to ``out``.

    Raises :class:`~extractor.errors.OutputError` subclasses (``output_locked``, ``output_not_writable``,
    ``disk_full``) when ``out`` cannot be written at all; KeyboardInterrupt stops the workers and leaves
    the finished files cached and no temporary file behind.
    """
    settings = settings or BatchSettings()
    folder, out = Path(folder), Path(out)
    tasks = discover(folder, exclude=[out], follow_symlinks=settings.follow_symlinks)
    progress = progress or (RichProgress() if settings.progress else Progress())
    with output_lock(out):
        try:
            with coded_output_errors(out):
                return _run_locked(folder, tasks, out, settings, progress)
        finally:
            progress.stop()
            with contextlib.suppress(OSError):
                remove_temp_files(out)


def _run_locked(folder: Path, tasks: list[FileTask], out: Path, settings: BatchSettings, progress: Progress) -> BatchSummary:
    from .reports.runinfo import run_info
    from .reports.write import write_outputs

    started = time.perf_counter()
    remove_temp_files(out)
    fingerprint = pipeline_fingerprint(settings)
    results: dict[str, FileResult] = {}
    todo: list[FileTask] = []
    keys: dict[str, str] = {}
    cached = 0
    for task in tasks:
        skipped = _skip_result(task)
        if skipped is not None:
            results[task.file] = skipped
            continue
        try:
            task.sha256 = file_sha256(task.path, follow_symlinks=settings.follow_symlinks)
        except OSError as exc:
            results[task.file] = FileResult(file=task.file, status="failed", code="damaged_file", message=_describe(exc))
            continue
        keys[task.file] = cache_key(task.sha256, fingerprint)
        hit = read_cache(out, keys[task.file], task.sha256)
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

    progress.cached = cached
    progress.skipped = sum(1 for r in results.values() if r.status == "skipped")
    progress.start(total=len(todo), already=len(results))
    if todo and settings.scheduler:
        run_dask(todo, settings, collect)
    elif todo:
        run_local(todo, settings, collect)

    ordered = [results[t.file] for t in tasks]
    prune_documents(out, {names[r.file] for r in ordered if r.status != "skipped"})
    info = run_info(folder, [t.path for t in tasks if not t.skip], settings.rules)
    problems = write_outputs(out, ordered, graph=settings.graph, reports=settings.reports, info=info, progress=progress)
    return BatchSummary(out=out, results=ordered, seconds=time.perf_counter() - started, cached=cached, problems=problems)


def _skip_result(task: FileTask) -> FileResult | None:
    """The ``skipped`` result of a path that is not processed, or None for a file to process."""
    if task.skip:
        return FileResult(file=task.file, status="skipped", code=task.skip, message=task.note, size=task.size)
    if not is_supported(task.path):
        return FileResult(file=task.file, status="skipped", code="unsupported_format", size=task.size,
                          message=f"suffix {task.path.suffix or '(none)'} is not one of {', '.join(SUPPORTED_SUFFIXES)}")
    return None


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
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            results.append(FileResult.validated({**_RECORD_DEFAULTS, **data} if isinstance(data, dict) else data))
        except (OSError, ValueError, RecursionError) as exc:
            raise OutputDamaged(f"{path} is damaged ({_describe(exc)})", source=str(path)) from None
    return sorted(results, key=lambda r: r.file)


#: fields of a FileResult that the per-document JSON leaves out (diagnostics, or the record's own fields)
_RECORD_DEFAULTS = {"size": 0, "seconds": 0.0, "worker_pid": None, "worker_peak_rss_kb": None}


def iter_failed(results: Iterable[FileResult]) -> Iterator[FileResult]:
    return (r for r in results if r.status == "failed")
