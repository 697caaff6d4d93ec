"""The batch's own worker pool: recycling without a hang, Ctrl-C, progress per stage, output lock,
coded output errors, cache validation and byte-identical outputs across runs."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from extractor.batch import CACHE_DIR, BatchSettings, FileResult, read_cache, run_batch
from extractor.errors import OutputLocked, OutputNotWritable
from extractor.outputs import LOCK_NAME, TEMP_PREFIX, output_lock
from extractor.progress import Progress

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "corpora" / "samples"
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}

pytestmark = pytest.mark.skipif(not (SAMPLES / "plan-gbk.txt").is_file(), reason="corpora/samples not generated")


def _texts(folder: Path, count: int) -> Path:
    """``count`` distinct small text documents (one cache entry each)."""
    base = (SAMPLES / "plan-gbk.txt").read_bytes()
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(count):
        (folder / f"plan-{k:03d}.txt").write_bytes(base + f"\n（{k + 1}）补充说明第{k + 1}条。\n".encode("gbk"))
    return folder


def _leftovers(out: Path) -> list[str]:
    """Temporary files and the lock file a finished batch must not leave in OUT."""
    found = [p for p in out.rglob("*") if p.name.startswith(TEMP_PREFIX) or p.name.endswith((".tmp", ".part"))]
    found += [p for p in out.rglob(LOCK_NAME)]
    return sorted(str(p.relative_to(out)) for p in found)


def _running_in_groups(groups: set[int]) -> list[int]:
    """Processes (not zombies waiting for init to reap them) whose process group is one of ``groups``."""
    running = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) in groups and fields[0] != "Z":
            running.append(int(stat.parent.name))
    return running


def _cli(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extractor", *args], capture_output=True, text=True, env=ENV,
                          timeout=300, **kwargs)


# -- the pool ---------------------------------------------------------------------------------------


def test_more_files_than_workers_times_recycle_size_completes(tmp_path):
    folder = _texts(tmp_path / "in", 5)  # 2 workers × 2 files each before recycling: 5 > 4
    settings = BatchSettings(workers=2, max_tasks_per_child=2, graph=False, reports=False)
    summary = run_batch(folder, tmp_path / "out", settings)
    assert len(summary.results) == 5
    assert all(r.status in ("success", "partial") for r in summary.results), [(r.file, r.code) for r in summary.results]
    workers = {r.worker_pid for r in summary.results}
    assert len(workers) >= 3  # each worker handled at most 2 files: ceil(5 / 2) workers at least
    assert os.getpid() not in workers
    assert _leftovers(tmp_path / "out") == []


def test_a_worker_killed_mid_file_is_worker_crashed_cached_and_the_batch_goes_on(tmp_path):
    import multiprocessing
    import threading

    folder = _texts(tmp_path / "in", 2)
    slow = folder / "slow.txt"
    with open(slow, "wb") as fh:  # ~20 MB of report text: minutes of work, killed long before
        fh.write("项目绩效目标：完成道路改造12公里，群众满意度≥90%。\n".encode("utf-8") * 300_000)
    out = tmp_path / "out"

    def kill_workers_once_the_small_files_are_done():
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and len(list((out / CACHE_DIR).glob("*.json"))) < 2:
            time.sleep(0.05)
        for child in multiprocessing.active_children():  # the pool's workers (and their per-file children)
            os.killpg(child.pid, signal.SIGKILL)

    killer = threading.Thread(target=kill_workers_once_the_small_files_are_done)
    killer.start()
    summary = run_batch(folder, out, BatchSettings(workers=2, timeout=600, graph=False, reports=False))
    killer.join()
    by_file = {r.file: r for r in summary.results}
    assert (by_file["slow.txt"].status, by_file["slow.txt"].code) == ("failed", "worker_crashed")
    assert all(by_file[f"plan-{k:03d}.txt"].status in ("success", "partial") for k in range(2))
    again = run_batch(folder, out, BatchSettings(workers=2, timeout=600, graph=False, reports=False))
    assert again.cached == 3  # worker_crashed is cached too: a re-run does not pay again
    assert {r.file: r.code for r in again.results} == {r.file: r.code for r in summary.results}


#: files enough that the batch cannot finish them all between the second cached one and the Ctrl-C
_FILES_TO_INTERRUPT = 200


def _sigint_as_in_a_terminal() -> None:
    """The batch starts with Ctrl-C at its default, as a command typed at a terminal does: a test runner started in the
    background (``cmd &`` in a script) ignores SIGINT, and every process it starts would inherit that."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_stops_the_batch_with_exit_130_and_no_temporary_files(tmp_path):
    folder = _texts(tmp_path / "in", _FILES_TO_INTERRUPT)
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [sys.executable, "-m", "extractor", "batch", str(folder), "-o", str(out), "--workers", "2", "--no-progress"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV, start_new_session=True,
        preexec_fn=_sigint_as_in_a_terminal,
    )
    cache = out / CACHE_DIR
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if cache.is_dir() and len(list(cache.glob("*.json"))) >= 2:
                break
            time.sleep(0.05)
        assert proc.poll() is None, "the batch finished before it could be interrupted"
        proc.send_signal(signal.SIGINT)  # one Ctrl-C, to the batch process only
        _, stderr = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode == 130, stderr
    assert "Error: interrupted:" in stderr and "Traceback" not in stderr
    assert _leftovers(out) == []
    assert not (out / "documents.csv").exists()  # no combined output from a partial run
    entries = sorted(cache.glob("*.json"))
    assert 2 <= len(entries) < _FILES_TO_INTERRUPT
    workers = {json.loads(p.read_text(encoding="utf-8"))["worker_pid"] for p in entries}
    assert workers and os.getpid() not in workers
    assert _running_in_groups(workers) == []  # every worker and its per-file child (in the worker's group) is gone
    assert all(read_cache(out, p.stem) is not None for p in entries)  # what finished before Ctrl-C is kept


# -- progress ---------------------------------------------------------------------------------------


class Recorder(Progress):
    def __init__(self):
        super().__init__()
        self.events: list[tuple[str, int, int | None]] = []

    def stage_changed(self, stage):
        self.events.append((stage.label, stage.done, stage.total))


def test_progress_is_shown_for_every_stage_with_cached_and_skipped_apart(tmp_path):
    folder = _texts(tmp_path / "in", 3)
    (folder / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    out = tmp_path / "out"
    run_batch(folder, out, BatchSettings(workers=0))
    (folder / "plan-new.txt").write_bytes((SAMPLES / "plan-gbk.txt").read_bytes() + "\n新增。\n".encode("gbk"))
    recorder = Recorder()
    run_batch(folder, out, BatchSettings(workers=0), progress=recorder)
    assert (recorder.total, recorder.done, recorder.cached, recorder.skipped) == (1, 1, 3, 1)
    assert recorder.files_label() == "files (3 cached, 1 skipped)"
    finished = {label: (done, total) for label, done, total in recorder.events}
    assert set(finished) == {"graph", "graph store", "tables", "report"}
    assert all(done == total and total > 0 for done, total in finished.values()), finished
    graph_steps = [e for e in recorder.events if e[0] == "graph"]
    assert len(graph_steps) > 2 and all(total for _, _, total in graph_steps)  # it moves, never at 0/0


# -- determinism ------------------------------------------------------------------------------------


def test_two_clean_runs_give_byte_identical_documents_and_tables(tmp_path):
    folder = _texts(tmp_path / "in", 3)
    shutil.copy(SAMPLES / "zhcg-target-form.xlsx", folder / "form.xlsx")
    (folder / "b.png").write_bytes(b"not an image")
    first, second = tmp_path / "one", tmp_path / "two"
    run_batch(folder, first, BatchSettings(workers=2, graph=False, reports=False))
    run_batch(folder, second, BatchSettings(workers=1, max_tasks_per_child=3, graph=False, reports=False))

    def owned(out: Path) -> dict[str, bytes]:
        files = {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted((out / "documents").rglob("*.json"))}
        for name in ("errors.csv", "documents.csv"):
            files[name] = (out / name).read_bytes()
        return files

    assert owned(first) == owned(second)
    rows = (first / "errors.csv").read_text(encoding="utf-8-sig").splitlines()[1:]
    assert [r.split(",")[0] for r in rows] == sorted(r.split(",")[0] for r in rows)


# -- output folder ----------------------------------------------------------------------------------


def test_a_second_batch_on_a_locked_output_folder_is_output_locked(tmp_path):
    folder = _texts(tmp_path / "in", 1)
    out = tmp_path / "out"
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from extractor.outputs import output_lock
            with output_lock({str(out)!r}):
                print("locked", flush=True)
                sys.stdin.readline()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=ENV,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        result = _cli("batch", str(folder), "-o", str(out), "--workers", "0", "--no-progress")
        assert result.returncode == 2, result.stderr
        assert f"Error: output_locked: another batch (pid {holder.pid})" in result.stderr
        assert not (out / "documents").exists()  # nothing written by the refused batch
    finally:
        holder.communicate("\n", timeout=30)
    result = _cli("batch", str(folder), "-o", str(out), "--workers", "0", "--no-progress")  # released: runs
    assert result.returncode == 0, result.stderr
    assert _leftovers(out) == []


def test_the_stale_lock_of_a_dead_batch_is_taken_over(tmp_path):
    folder = _texts(tmp_path / "in", 1)
    out = tmp_path / "out"
    out.mkdir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (out / LOCK_NAME).write_text(f"{dead.pid}\n", encoding="ascii")
    summary = run_batch(folder, out, BatchSettings(workers=0, graph=False, reports=False))
    assert summary.count("success") + summary.count("partial") == 1
    with output_lock(out):  # and the folder is free again afterwards
        with pytest.raises(OutputLocked):
            with output_lock(out):
                pass


def test_output_folder_that_cannot_be_created_is_output_not_writable(tmp_path):
    folder = _texts(tmp_path / "in", 1)
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(OutputNotWritable):
        run_batch(folder, blocker / "out", BatchSettings(workers=0))
    result = _cli("batch", str(folder), "-o", str(blocker / "out"), "--workers", "0")
    assert result.returncode == 2
    assert result.stderr.startswith("Error: output_not_writable:") and "Traceback" not in result.stderr


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_output_folder_is_output_not_writable(tmp_path):
    folder = _texts(tmp_path / "in", 1)
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o500)
    try:
        result = _cli("batch", str(folder), "-o", str(out), "--workers", "0")
    finally:
        out.chmod(0o700)
    assert result.returncode == 2
    assert "Error: output_not_writable:" in result.stderr and "Traceback" not in result.stderr


def _limit_file_size(limit: int):
    def apply():  # in the batch process: writes beyond ``limit`` bytes fail (EFBIG), like a full disk
        import resource

        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_disk_full_while_writing_is_a_coded_error_and_leaves_no_temporary_file(tmp_path):
    folder = _texts(tmp_path / "in", 4)
    out = tmp_path / "out"
    result = _cli("batch", str(folder), "-o", str(out), "--workers", "0", "--no-progress",
                  preexec_fn=_limit_file_size(4096))
    assert result.returncode == 2, result.stderr
    assert "Error: disk_full:" in result.stderr and "Traceback" not in result.stderr
    assert _leftovers(out) == []


def test_a_failed_graph_write_exits_2_with_a_coded_line_and_no_graph_tmp(tmp_path):
    folder = _texts(tmp_path / "in", 2)
    out = tmp_path / "out"
    (out / "graph.sqlite").mkdir(parents=True)  # the store cannot be replaced
    result = _cli("batch", str(folder), "-o", str(out), "--workers", "0", "--no-progress")
    assert result.returncode == 2, result.stderr
    assert "Error: output_not_writable: " in result.stderr and "graph" in result.stderr
    assert _leftovers(out) == []
    for name in ("documents.csv", "errors.csv", "report.xlsx", "report.html"):  # the other stages still ran
        assert (out / name).is_file(), name


def test_report_on_a_truncated_document_json_is_output_damaged(tmp_path):
    folder = _texts(tmp_path / "in", 2)
    out = tmp_path / "out"
    run_batch(folder, out, BatchSettings(workers=0, graph=False, reports=False))
    damaged = out / "documents" / "plan-001.txt.json"
    damaged.write_bytes(damaged.read_bytes()[:200])
    result = _cli("report", str(out))
    assert result.returncode == 2
    assert result.stderr.startswith("Error: output_damaged:") and "plan-001.txt.json" in result.stderr
    wrong = json.loads((out / "documents" / "plan-000.txt.json").read_text(encoding="utf-8"))
    wrong["findings"] = "none"
    damaged.write_text(json.dumps(wrong), encoding="utf-8")
    assert _cli("report", str(out)).stderr.startswith("Error: output_damaged:")


# -- cache ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("field,value", [("findings", "x"), ("size", "12"), ("document", []), ("status", "won"),
                                         ("extraction", {"goals": 3})])
def test_a_cache_entry_with_wrong_types_is_rebuilt(tmp_path, field, value):
    folder = _texts(tmp_path / "in", 2)
    out = tmp_path / "out"
    run_batch(folder, out, BatchSettings(workers=0, graph=False, reports=False))
    before = {p.name: p.read_bytes() for p in (out / "documents").rglob("*.json")}
    entries = sorted((out / CACHE_DIR).glob("*.json"))
    data = json.loads(entries[0].read_text(encoding="utf-8"))
    data[field] = value
    entries[0].write_text(json.dumps(data), encoding="utf-8")  # valid JSON, wrong types
    assert read_cache(out, entries[0].stem) is None

    summary = run_batch(folder, out, BatchSettings(workers=0, graph=False, reports=False))
    assert summary.cached == 1  # the damaged entry was processed again
    assert all(r.status in ("success", "partial") for r in summary.results)
    assert isinstance(read_cache(out, entries[0].stem), FileResult)  # and rebuilt
    assert {p.name: p.read_bytes() for p in (out / "documents").rglob("*.json")} == before


def test_batch_lines_on_the_terminal_carry_no_control_characters(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "evil\x1b[2J\x07.txt").write_bytes(b"")  # fails (empty_document): its name is printed
    result = _cli("batch", str(folder), "-o", str(tmp_path / "out"), "--workers", "0", "--no-progress")
    assert "failed: evil" in result.stderr and ".txt: empty_document" in result.stderr
    assert not any(ch in result.stderr for ch in "\x1b\x07\x00\x01")
