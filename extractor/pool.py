"""A small pool of worker processes that cannot deadlock, recycles its workers and stops on Ctrl-C.

Why not :class:`concurrent.futures.ProcessPoolExecutor`: with the ``spawn`` start method and
``max_tasks_per_child`` it hangs for good once the first worker retires (a CPython defect seen on
3.11–3.13), and a worker lost mid-task breaks the whole pool. Here the parent owns every piece:

- each worker is a spawned :class:`multiprocessing.Process` with its own duplex pipe; the parent
  sends one item at a time and waits on all pipes and process sentinels at once
  (:func:`multiprocessing.connection.wait`), so a worker that dies is seen at once, and its item is
  reported lost (``on_lost``), never waited for;
- after ``recycle_after`` items the parent tells the worker to exit and starts a fresh one, so the
  memory a long run leaves behind (fragmentation, caches) is returned; nothing in the parent
  depends on a worker exiting by itself;
- an item not answered within ``deadline`` seconds gets its worker killed (a safety net: the
  per-file time limit lives in the worker's own child, see :mod:`extractor.limits`);
- each worker leads its own process group, so killing the group also kills the child it forked for
  the current file; workers ignore SIGINT: on Ctrl-C the parent (which gets KeyboardInterrupt)
  kills every group and re-raises, leaving no process behind.
"""
from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from multiprocessing.connection import wait
from typing import Any

POLL_SECONDS = 1.0
RETIRE_SECONDS = 10.0  # a retired worker that does not exit by then is killed


def _worker_main(conn, work: Callable, initializer: Callable | None) -> None:
    """A worker: ``work(*item)`` for each item received until ``None`` or the pipe closes."""
    with contextlib.suppress(OSError):
        os.setpgid(0, 0)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if initializer is not None:
        initializer()
    while True:
        try:
            item = conn.recv()
        except (EOFError, OSError):
            return
        if item is None:
            return
        conn.send(work(*item))


class _Worker:
    def __init__(self, context, work: Callable, initializer: Callable | None) -> None:
        self.conn, child_conn = context.Pipe(duplex=True)
        self.process = context.Process(target=_worker_main, args=(child_conn, work, initializer), daemon=True)
        with _sigint_ignored():  # a spawned child keeps an ignored SIGINT until its handler is set
            self.process.start()
        child_conn.close()
        self.item: Any = None
        self.sent_at = 0.0
        self.handled = 0

    @property
    def busy(self) -> bool:
        return self.item is not None

    def send(self, item) -> None:
        self.item, self.sent_at = item, time.monotonic()
        self.conn.send(item)

    def retire(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.conn.send(None)
        self.process.join(RETIRE_SECONDS)
        self.kill()

    def kill(self) -> None:
        """Kill the worker and the child it may have forked (its process group), and reap it."""
        pid = self.process.pid
        if pid is not None and self.process.exitcode is None:
            with contextlib.suppress(OSError):
                os.killpg(pid, signal.SIGKILL)  # the group exists only once the worker called setpgid
            with contextlib.suppress(OSError):
                self.process.kill()
        self.process.join()
        self.conn.close()


@contextlib.contextmanager
def _sigint_ignored():
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def run_pool(
    items: Iterable,
    work: Callable,
    on_result: Callable[[Any, Any], None],
    on_lost: Callable[[Any, str], None],
    *,
    workers: int,
    recycle_after: int | None = None,
    deadline: float | None = None,
    initializer: Callable | None = None,
) -> None:
    """``on_result(item, work(*item))`` for every item, computed in up to ``workers`` processes.

    ``work`` and ``initializer`` must be picklable (module-level functions or partials of them).
    ``on_lost(item, reason)`` is called instead when the worker died (reason ``"crashed"``) or did
    not answer within ``deadline`` seconds (``"deadline"``).
    """
    context = multiprocessing.get_context("spawn")
    queue = deque(items)
    pool: list[_Worker] = []
    try:
        while queue or pool:
            while queue and len(pool) < workers:
                pool.append(_Worker(context, work, initializer))
            for worker in list(pool):
                if queue and not worker.busy and not _assign(worker, queue.popleft(), on_lost):
                    worker.kill()
                    pool.remove(worker)
            busy = [w for w in pool if w.busy]
            if not busy:
                for worker in pool:
                    worker.retire()
                pool.clear()
                continue
            ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout=POLL_SECONDS))
            for worker in busy:
                if not _collect(worker, ready, on_result, on_lost, deadline):
                    pool.remove(worker)
                elif recycle_after and worker.handled >= recycle_after:
                    worker.retire()
                    pool.remove(worker)
    finally:
        for worker in pool:
            worker.kill()


def _assign(worker: _Worker, item, on_lost) -> bool:
    try:
        worker.send(item)
    except (OSError, ValueError):  # the worker died before it could take the item
        worker.item = None
        on_lost(item, "crashed")
        return False
    return True


def _collect(worker: _Worker, ready: set, on_result, on_lost, deadline: float | None) -> bool:
    """Hand on the worker's answer if it is there; False when the worker is gone (dead or killed)."""
    item = worker.item
    if worker.conn in ready:
        try:
            result = worker.conn.recv()
        except (EOFError, OSError):
            worker.kill()
            on_lost(item, "crashed")
            return False
        worker.item, worker.handled = None, worker.handled + 1
        on_result(item, result)
        return True
    if worker.process.sentinel in ready:
        worker.kill()
        on_lost(item, "crashed")
        return False
    if deadline is not None and time.monotonic() - worker.sent_at > deadline:
        worker.kill()
        on_lost(item, "deadline")
        return False
    return True
