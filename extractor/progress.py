"""Progress of a batch, stage by stage: files, then each combined output (tables, graph, reports).

:class:`Progress` counts silently (library use, tests); :class:`RichProgress` draws one line per
stage on stderr. The stage API is the same for every stage::

    with progress.stage("graph", total=len(extractions)) as stage:
        build(..., on_progress=stage.update)    # update(done, total=None)

A stage whose size is unknown (``total=None``) is shown as a spinner with its label.
The files stage keeps its own calls (:meth:`Progress.start` / :meth:`Progress.advance`) because
it also counts errors and the rate; its label says how many files came from the cache and how
many were skipped (two different things: a cached file was processed before, a skipped one never is).
"""
from __future__ import annotations

import time


class Stage:
    """One output stage: ``update(done, total)`` or ``advance()``; ``finish()`` (or leaving ``with``) ends it."""

    def __init__(self, progress: Progress, label: str, total: int | None) -> None:
        self.progress, self.label, self.total, self.done = progress, label, total, 0

    def update(self, done: int, total: int | None = None) -> None:
        self.done = done
        if total is not None:
            self.total = total
        self.progress.stage_changed(self)

    def advance(self, steps: int = 1) -> None:
        self.update(self.done + steps)

    def finish(self) -> None:
        if self.total is None:
            self.total = self.done
        self.done = self.total
        self.progress.stage_changed(self)

    def __enter__(self) -> Stage:
        return self

    def __exit__(self, kind, value, traceback) -> None:
        if kind is None:
            self.finish()


class Progress:
    """Silent progress; subclasses draw it."""

    def __init__(self) -> None:
        self.done = 0
        self.errors = 0
        self.total = 0
        self.cached = 0  # files taken from the cache (set by the batch before start)
        self.skipped = 0  # paths never read (links, special files, hidden, unsupported)
        self.started = time.perf_counter()
        self.stages: list[Stage] = []

    def start(self, total: int, already: int = 0) -> None:
        """The files stage: ``total`` files to process (``already``: cached + skipped, for the record)."""
        self.total = total
        self.started = time.perf_counter()

    def files_label(self) -> str:
        notes = [f"{n} {word}" for n, word in ((self.cached, "cached"), (self.skipped, "skipped")) if n]
        return "files" + (f" ({', '.join(notes)})" if notes else "")

    def advance(self, result) -> None:
        self.done += 1
        self.errors += result.status == "failed"

    def rate_per_minute(self) -> float:
        elapsed = time.perf_counter() - self.started
        return 60.0 * self.done / elapsed if elapsed > 0 else 0.0

    def stage(self, label: str, total: int | None = None) -> Stage:
        stage = Stage(self, label, total)
        self.stages.append(stage)
        self.stage_started(stage)
        return stage

    def stage_started(self, stage: Stage) -> None:
        pass

    def stage_changed(self, stage: Stage) -> None:
        pass

    def stop(self) -> None:
        pass


class RichProgress(Progress):
    """A bar per stage on stderr (rich)."""

    def __init__(self) -> None:
        super().__init__()
        self.bar = None
        self.tasks: dict[int, int] = {}

    def _ensure_bar(self):
        if self.bar is None:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
            )
            from rich.progress import (
                Progress as Bar,
            )

            self.bar = Bar(SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                           TextColumn("{task.fields[info]}"), TimeElapsedColumn(),
                           console=Console(stderr=True), transient=False)
            self.bar.start()
        return self.bar

    def start(self, total: int, already: int = 0) -> None:
        super().start(total, already)
        self.files_task = self._ensure_bar().add_task(self.files_label(), total=total, info=self._files_info())

    def _files_info(self) -> str:
        return f"errors: {self.errors}  {self.rate_per_minute():.0f} docs/min"

    def advance(self, result) -> None:
        super().advance(result)
        self.bar.update(self.files_task, advance=1, info=self._files_info())

    def stage_started(self, stage: Stage) -> None:
        bar = self._ensure_bar()
        if hasattr(self, "files_task"):  # the files stage is over once an output stage starts
            bar.update(self.files_task, completed=self.done, total=self.total)
            bar.stop_task(self.files_task)
        self.tasks[id(stage)] = bar.add_task(stage.label, total=stage.total, info="")

    def stage_changed(self, stage: Stage) -> None:
        self.bar.update(self.tasks[id(stage)], completed=stage.done, total=stage.total)

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None
