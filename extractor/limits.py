"""What one input file may cost: bytes, pages and wall-clock time.

``run_limited(func, path, settings, **kwargs)`` checks the file's size and page count
(``too_large`` before any parsing), then runs ``func(path, **kwargs)`` in a forked child
process and kills it when it exceeds the time limit (:class:`~extractor.errors.TimeLimitExceeded`,
code ``too_large``). ``settings`` is a :class:`Limits` or anything with ``timeout``,
``max_pages`` and ``max_bytes`` attributes (the batch's ``BatchSettings``); ``None`` there
means no limit.

Why a child process and not ``signal.alarm`` in the worker (Linux):

- an alarm only interrupts Python bytecode: a parse stuck inside C code (PDFium, pdfminer's
  compiled parts, zlib, onnxruntime, a regular expression backtracking in ``_sre``) does not
  return to the interpreter, so the handler never runs; ``SIGKILL`` on a child always works;
- an alarm can only be set from the main thread, and Dask workers run tasks in threads;
- an exception raised at an arbitrary bytecode can leave caches and open files of the worker
  half-updated; a killed child takes all of its state (and its memory, however large) with it;
- a child can also get an address-space limit without touching the worker: ``max_memory`` bytes
  on top of the address space it starts with (the loaded parsers and models), so the limit means
  the same in a light worker and in a heavy process.

The cost is one ``fork`` per file (a few milliseconds: pages are shared copy-on-write) and
pickling the result back through a pipe; the pickle only ever carries our own objects from our
own child, never input data. ``os.fork`` is used directly rather than ``multiprocessing`` so it
also works inside daemonic worker processes. Libraries that keep threads (onnxruntime) are
created in the child (see :func:`extractor.parsers.ocr.get_engine`), so nothing relies on a
thread that ``fork`` did not copy.

:func:`time_limit` is the cheap in-process variant (``setitimer``; main thread, Python code
only), used by the fuzz tests as a per-example limit.
"""
from __future__ import annotations

import contextlib
import os
import pickle
import select
import signal
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, TypeVar

from .errors import ExtractorError, TimeLimitExceeded, TooLarge, UsageError

T = TypeVar("T")

MB = 1024 * 1024
DEFAULT_TIMEOUT = 300.0
DEFAULT_MAX_PAGES = 500
DEFAULT_MAX_BYTES = 200 * MB
#: address space one file may add to its worker's (whose own is ~0.5 GB with the parsers and models loaded):
#: a worker then stays within ~2 GB
DEFAULT_MAX_MEMORY = 1536 * MB
_READ_CHUNK = 1 << 16


class ParserCrashed(ExtractorError):
    """The child process died without a result (a crash in C code, or killed for memory)."""

    code = "worker_crashed"


@dataclass(frozen=True)
class Limits:
    """Per-file limits; ``None`` switches one off. ``max_memory`` is bytes of address space."""

    timeout: float | None = DEFAULT_TIMEOUT
    max_pages: int | None = DEFAULT_MAX_PAGES
    max_bytes: int | None = DEFAULT_MAX_BYTES
    max_memory: int | None = None

    def __post_init__(self) -> None:
        for name in ("timeout", "max_pages", "max_bytes", "max_memory"):
            value = getattr(self, name)
            if value is not None and value <= 0:
                raise UsageError(f"{name} must be positive, got {value!r}")

    @classmethod
    def of(cls, settings: Any) -> "Limits":
        """A :class:`Limits` from ``settings`` (Limits, an object with the same attributes, or None)."""
        if isinstance(settings, Limits):
            return settings
        if settings is None:
            return cls()
        return cls(**{name: getattr(settings, name, None) for name in ("timeout", "max_pages", "max_bytes", "max_memory")})


# -- size and pages ----------------------------------------------------------------------------------


def count_pages(path: str | Path) -> int | None:
    """Pages of a PDF from its page tree (fast even for thousands of pages); None if not a readable PDF."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            if b"%PDF-" not in fh.read(1024):
                return None
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(str(path))
    except Exception:  # noqa: BLE001 - damaged or encrypted: the parser reports it with its own code
        return None
    try:
        return len(doc)
    finally:
        doc.close()


def check_file(path: str | Path, settings: Any = None) -> None:
    """Raise :class:`TooLarge` when ``path`` exceeds ``max_bytes`` or (PDF) ``max_pages``."""
    limits = Limits.of(settings)
    path = Path(path)
    name = path.name
    if limits.max_bytes is not None:
        try:
            size = path.stat().st_size
        except OSError:
            return  # missing files are reported by the parser (unsupported_format)
        if size > limits.max_bytes:
            raise TooLarge(f"{name} has {size} bytes (limit {limits.max_bytes})", source=str(path),
                           hint="raise the size limit (--max-bytes) or split the file")
    if limits.max_pages is not None:
        pages = count_pages(path)
        if pages is not None and pages > limits.max_pages:
            raise TooLarge(f"{name} has {pages} pages (limit {limits.max_pages})", source=str(path),
                           hint="raise the page limit (--max-pages) or split the file")


# -- time ----------------------------------------------------------------------------------------------


def run_limited(func: Callable[..., T], path: str | Path, settings: Any = None, /, **kwargs: Any) -> T:
    """``func(path, **kwargs)`` within the size, page and time limits of ``settings`` (see module doc).

    The result must be picklable (a Document is). Exceptions raised by ``func`` in the child are
    raised again here; a child that dies without a result raises :class:`ParserCrashed`.
    """
    limits = Limits.of(settings)
    check_file(path, limits)
    if limits.timeout is None and limits.max_memory is None:
        return func(path, **kwargs)
    return run_in_child(func, (path,), kwargs, timeout=limits.timeout, max_memory=limits.max_memory,
                        label=Path(path).name)


def run_in_child(func: Callable[..., T], args: tuple = (), kwargs: dict | None = None, *,
                 timeout: float | None, max_memory: int | None = None, label: str = "") -> T:
    """Run ``func(*args, **kwargs)`` in a forked child; kill it after ``timeout`` seconds."""
    if not hasattr(os, "fork"):  # not Linux/macOS: no isolation, only the in-process limit
        with time_limit(timeout, label) if _in_main_thread() else contextlib.nullcontext():
            return func(*args, **(kwargs or {}))
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(read_fd)
        _child(write_fd, func, args, kwargs or {}, max_memory)
    os.close(write_fd)
    try:
        data, finished = _read_until(read_fd, timeout)
    finally:
        os.close(read_fd)
        _reap(pid)
    if not finished:
        raise TimeLimitExceeded(f"{label or 'the file'} took more than {timeout:g} s", source=label or None,
                                hint="raise the time limit (--timeout) or split the file")
    if not data:
        raise ParserCrashed(f"the parser process died while reading {label or 'the file'}", source=label or None)
    kind, payload = pickle.loads(data)  # our own child's result, never input data
    if kind == "ok":
        return payload
    if kind == "error":
        raise payload
    raise RuntimeError(payload)  # an exception that could not be pickled: its description


def _child(write_fd: int, func: Callable, args: tuple, kwargs: dict, max_memory: int | None) -> None:
    code = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's: it kills this child
        if max_memory is not None:
            import resource

            limit = address_space() + max_memory  # on top of what the process has loaded (shared with its parent)
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        try:
            outcome = ("ok", func(*args, **kwargs))
        except MemoryError:
            outcome = ("error", TooLarge("the file needs more memory than the limit allows"))
        except BaseException as exc:  # noqa: BLE001 - everything goes back to the parent
            outcome = ("error", exc)
        try:
            data = pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # noqa: BLE001 - an unpicklable result or exception
            data = pickle.dumps(("text", f"{type(outcome[1]).__name__}: {outcome[1]}"[:2000]))
        view = memoryview(data)
        while view:
            written = os.write(write_fd, view)
            view = view[written:]
    except BaseException:  # noqa: BLE001
        code = 1
    finally:
        os._exit(code)  # no atexit handlers, no flushing of the parent's buffers


def address_space() -> int:
    """Virtual memory (VmSize, bytes) of this process now: what ``RLIMIT_AS`` is compared with; 0 if unknown."""
    return (process_status_kb("VmSize") or 0) * 1024


def process_status_kb(name: str) -> int | None:
    """One memory figure of this process from /proc/self/status (``VmSize``, ``VmHWM`` …) in kB; None off Linux."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(f"{name}:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return None


def _read_until(fd: int, timeout: float | None) -> tuple[bytes, bool]:
    """Everything written to ``fd`` until EOF, and False when the deadline came first."""
    deadline = None if timeout is None else time.monotonic() + timeout
    chunks: list[bytes] = []
    while True:
        remaining = None if deadline is None else deadline - time.monotonic()
        if remaining is not None and remaining <= 0:
            return b"".join(chunks), False
        ready, _, _ = select.select([fd], [], [], remaining)
        if not ready:
            continue
        chunk = os.read(fd, _READ_CHUNK)
        if not chunk:
            return b"".join(chunks), True
        chunks.append(chunk)


def _reap(pid: int) -> None:
    """Kill the child if it still runs, and wait for it (no zombies)."""
    done, _ = os.waitpid(pid, os.WNOHANG)
    if done:
        return
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)


def _in_main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def time_limit(seconds: float | None, label: str = "") -> Iterator[None]:
    """Raise :class:`TimeLimitExceeded` in this thread after ``seconds`` (main thread, Python code only)."""
    if seconds is None:
        yield
        return
    if not _in_main_thread():
        raise UsageError("time_limit works only in the main thread; use run_limited")

    def expire(signum, frame):  # noqa: ARG001
        raise TimeLimitExceeded(f"{label or 'the call'} took more than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
