"""jixiao batch: statuses for good and bad files, complete outputs, cache, resume after kill -9, Dask."""
from __future__ import annotations

import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from pdfbytes import encrypted_pdf

from extractor.batch import (
    CACHE_DIR,
    BatchSettings,
    FileResult,
    document_names,
    load_documents,
    process_file,
    run_batch,
)
from extractor.errors import UsageError
from extractor.outputs import contained_path, safe_relative_path
from extractor.reports.tables import TABLE_NAMES

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "corpora" / "samples"
DATA = ROOT / "tests" / "data"

GOOD = ["zhcg-target-form.xlsx", "plan-gbk.txt", "contract-excerpt.docx"]


def _image_only_pdf() -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (600, 800), "white")
    ImageDraw.Draw(img).rectangle((50, 50, 550, 200), outline="black", width=4)
    buf = io.BytesIO()
    img.save(buf, format="PDF")
    return buf.getvalue()


def _jpeg() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (40, 40), "gray").save(buf, format="JPEG")
    return buf.getvalue()


# file name -> expected (status, code)
BAD_EXPECTED = {
    "scans/scan-image-only.pdf": ("failed", "no_text_layer"),
    "truncated-self-assessment.docx": ("failed", "damaged_file"),
    "locked-encrypted.pdf": ("failed", "password_protected"),
    "empty.txt": ("failed", "empty_document"),
    "photo-renamed.pdf": ("failed", "unsupported_format"),
    "picture.png": ("skipped", "unsupported_format"),
}


def _ocr_installed() -> bool:
    import importlib.util

    return importlib.util.find_spec("rapidocr_onnxruntime") is not None


@pytest.fixture(scope="module")
def mixed_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("mixed")
    (folder / "sub").mkdir()
    (folder / "scans").mkdir()
    for name in GOOD:
        shutil.copy(SAMPLES / name, folder / "sub" / name)
    # a real PDF with the wrong suffix is still read (format decided by content)
    shutil.copy(SAMPLES / "zhcg-target-form.pdf", folder / "target-form-wrong-suffix.docx")
    (folder / "scans" / "scan-image-only.pdf").write_bytes(_image_only_pdf())
    whole = (SAMPLES / "zhcg-self-assessment.docx").read_bytes()
    (folder / "truncated-self-assessment.docx").write_bytes(whole[: len(whole) // 2])
    (folder / "locked-encrypted.pdf").write_bytes(encrypted_pdf())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo-renamed.pdf").write_bytes(_jpeg())
    (folder / "picture.png").write_bytes(_jpeg())
    (folder / ".hidden.txt").write_text("not submitted", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def mixed_run(mixed_folder, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    summary = run_batch(mixed_folder, out, BatchSettings(workers=0))
    return mixed_folder, out, summary


def test_every_file_gets_one_status_and_the_batch_goes_on(mixed_run):
    folder, out, summary = mixed_run
    by_file = {r.file: r for r in summary.results}
    assert (by_file[".hidden.txt"].status, by_file[".hidden.txt"].code) == ("skipped", "hidden")
    assert by_file[".hidden.txt"].document is None  # listed, never read
    expected_files = {f"sub/{n}" for n in GOOD} | set(BAD_EXPECTED) | {"target-form-wrong-suffix.docx", ".hidden.txt"}
    assert set(by_file) == expected_files
    for name, (status, code) in BAD_EXPECTED.items():
        if code == "no_text_layer" and _ocr_installed():
            continue
        assert (by_file[name].status, by_file[name].code) == (status, code), by_file[name].message
    for name in [f"sub/{n}" for n in GOOD] + ["target-form-wrong-suffix.docx"]:
        assert by_file[name].status in ("success", "partial"), (name, by_file[name].code, by_file[name].message)
        assert by_file[name].code != "internal_error", by_file[name].message
        assert by_file[name].extraction is not None
    assert summary.exit_code == 1  # some failed


def test_errors_csv_lists_every_file_with_a_bom(mixed_run):
    folder, out, summary = mixed_run
    raw = (out / "errors.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    errors = pd.read_csv(out / "errors.csv", encoding="utf-8-sig", keep_default_na=False)
    assert list(errors.columns) == ["file", "status", "code", "message", "状态", "说明"]  # status and code in Chinese too
    assert set(errors["file"]) == {r.file for r in summary.results}
    failed = errors[errors["status"] == "failed"]
    assert (failed["code"] != "").all() and (failed["message"] != "").all()


def test_outputs_are_complete_for_the_good_files(mixed_run):
    folder, out, summary = mixed_run
    for name in TABLE_NAMES:
        assert (out / f"{name}.parquet").is_file() and (out / f"{name}.csv").is_file()
        assert (out / f"{name}.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    indicators = pd.read_parquet(out / "indicators.parquet")
    form = next(r for r in summary.results if r.file == "sub/zhcg-target-form.xlsx")
    assert (indicators["file"] == "sub/zhcg-target-form.xlsx").sum() == len(form.extraction["indicators"]) > 0
    goals = pd.read_parquet(out / "goals.parquet")
    assert set(goals["file"]) <= {r.file for r in summary.results if r.extraction}
    documents = pd.read_parquet(out / "documents.parquet")
    assert len(documents) == len(summary.results)
    findings = pd.read_parquet(out / "findings.parquet")
    assert len(findings) == sum(len(r.findings) for r in summary.results)
    # per-document JSON for every processed file, named after its path, sources relabelled
    saved = {r.file: r for r in load_documents(out)}
    assert set(saved) == {r.file for r in summary.results if r.status != "skipped"}
    doc_json = json.loads((out / "documents" / "sub" / "zhcg-target-form.xlsx.json").read_text(encoding="utf-8"))
    assert set(doc_json) >= {"file", "status", "document", "extraction", "findings"}
    assert doc_json["extraction"]["source"] == "sub/zhcg-target-form.xlsx"
    assert all(f["source"] == "sub/zhcg-target-form.xlsx" for f in doc_json["findings"])
    assert (out / "report.xlsx").is_file() and (out / "report.html").is_file()
    assert not summary.problems


def test_graph_store_answers_graph_commands(mixed_run):
    from click.testing import CliRunner

    from extractor.cli import cli

    folder, out, summary = mixed_run
    result = CliRunner().invoke(cli, ["graph", "stats", "--store", str(out), "--format", "json"])
    assert result.exit_code == 0, result.output
    stats = json.loads(result.output)
    assert "Indicator" in json.dumps(stats, ensure_ascii=False)


def test_rerun_takes_unchanged_files_from_the_cache(mixed_run, tmp_path):
    folder, out, first = mixed_run
    before = {p: p.stat().st_mtime_ns for p in (out / "documents").rglob("*.json")}
    again = run_batch(folder, out, BatchSettings(workers=0))
    processed = [r for r in first.results if r.status != "skipped"]
    assert again.cached == len(processed)
    assert [(r.file, r.status, r.code) for r in again.results] == [(r.file, r.status, r.code) for r in first.results]
    after = {p: p.stat().st_mtime_ns for p in (out / "documents").rglob("*.json")}
    assert after == before  # identical per-document files are not rewritten


def test_removed_input_files_disappear_from_the_outputs(tmp_path):
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    for k in range(2):
        (folder / f"plan{k}.txt").write_bytes((SAMPLES / "plan-gbk.txt").read_bytes() + f"\n附{k}".encode("gbk"))
    run_batch(folder, out, BatchSettings(workers=0, graph=False, reports=False))
    (folder / "plan1.txt").unlink()
    run_batch(folder, out, BatchSettings(workers=0, graph=False, reports=False))
    assert sorted(p.name for p in (out / "documents").glob("*.json")) == ["plan0.txt.json"]
    assert list(pd.read_parquet(out / "documents.parquet")["file"]) == ["plan0.txt"]


def test_out_inside_the_input_folder_is_not_read_back(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("一、总体目标\n完成系统建设，验收合格率达到100%。\n", encoding="utf-8")
    summary = run_batch(folder, folder / "out", BatchSettings(workers=0, graph=False, reports=False))
    assert [r.file for r in summary.results] == ["a.txt"]


def test_missing_folder_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError):
        run_batch(tmp_path / "nope", tmp_path / "out", BatchSettings(workers=0))


def test_settings_are_validated():
    with pytest.raises(UsageError):
        BatchSettings(workers=-1)
    with pytest.raises(UsageError):
        BatchSettings(timeout=0)
    assert BatchSettings().workers >= 1


def test_process_file_turns_unexpected_exceptions_into_internal_error(tmp_path, monkeypatch):
    import extractor

    path = tmp_path / "x.txt"
    path.write_text("一、目标\n完成。\n", encoding="utf-8")

    def broken_parse(*args, **kwargs):
        raise KeyError("boom")

    monkeypatch.setattr(extractor, "parse", broken_parse)
    result = process_file(path, BatchSettings(workers=0))
    assert (result.status, result.code) == ("failed", "internal_error")
    assert "KeyError" in result.message


def test_process_file_is_partial_when_extraction_fails(tmp_path, monkeypatch):
    import extractor

    path = tmp_path / "x.txt"
    path.write_text("一、目标\n完成系统建设。\n", encoding="utf-8")

    def broken_extract(doc):
        raise ZeroDivisionError("bad table")

    monkeypatch.setattr(extractor, "extract", broken_extract)
    result = process_file(path, BatchSettings(workers=0))
    assert result.status == "partial" and result.code == "internal_error"
    assert result.document is not None and result.extraction is None


def test_max_bytes_makes_large_files_fail_as_too_large(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("一、目标\n" + "完成系统建设。" * 200, encoding="utf-8")
    result = process_file(path, BatchSettings(workers=0, max_bytes=100))
    assert (result.status, result.code) == ("failed", "too_large")


# -- output names ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["../../etc/passwd", "/abs/x.pdf", "C:\\Users\\a\\b.docx", "a/../../b.txt", "..", ""])
def test_output_names_cannot_escape_the_output_folder(tmp_path, name):
    target = contained_path(tmp_path, name, ".json")
    assert tmp_path.resolve() in target.resolve().parents
    assert ".." not in safe_relative_path(name).parts


def test_names_that_sanitise_alike_stay_distinct():
    names = document_names(["a?.pdf", "a_.pdf", "dir/b.txt"])
    assert len(set(names.values())) == 3
    assert names["dir/b.txt"] == "dir/b.txt.json"


def test_file_result_round_trips():
    r = FileResult(file="a.pdf", status="partial", code="parse_warnings", findings=[{"rule": "x"}])
    assert FileResult.from_dict(json.loads(json.dumps(r.to_dict()))) == r
    with pytest.raises(ValueError):
        FileResult(file="a", status="weird")


def test_bad_files_from_the_shared_fixtures_get_their_error_codes(tmp_path):
    bad = DATA / "bad"
    expected = json.loads((bad / "expected.json").read_text(encoding="utf-8"))["errors"]
    folder = tmp_path / "bad"
    shutil.copytree(bad, folder, ignore=shutil.ignore_patterns("expected.json"))
    summary = run_batch(folder, tmp_path / "out", BatchSettings(workers=0, graph=False))
    by_file = {r.file: r for r in summary.results}
    assert set(expected) <= set(by_file)
    for name, code in expected.items():
        if code == "no_text_layer" and _ocr_installed():
            continue
        assert by_file[name].code == code, (name, by_file[name].message)
        assert by_file[name].status in ("failed", "skipped")
    assert summary.exit_code == 1


# -- interrupted batch ----------------------------------------------------------------------------


def _distinct_texts(folder: Path, count: int) -> None:
    base = (SAMPLES / "plan-gbk.txt").read_bytes()
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(count):
        (folder / f"plan-{k:02d}.txt").write_bytes(base + f"\n（{k + 1}）补充说明第{k + 1}条。\n".encode("gbk"))
    for k in range(2):
        shutil.copy(SAMPLES / "zhcg-target-form.xlsx", folder / f"form-{k}.xlsx")  # same content: one cache entry


def _tree_bytes(out: Path) -> dict[str, bytes]:
    files = {}
    for path in sorted((out / "documents").rglob("*.json")):
        files[path.relative_to(out).as_posix()] = path.read_bytes()
    for name in TABLE_NAMES:
        files[f"{name}.csv"] = (out / f"{name}.csv").read_bytes()
    files["errors.csv"] = (out / "errors.csv").read_bytes()
    return files


def test_a_batch_killed_mid_run_and_resumed_equals_a_clean_run(tmp_path):
    folder = tmp_path / "in"
    _distinct_texts(folder, 14)
    clean, resumed = tmp_path / "clean", tmp_path / "resumed"
    run_batch(folder, clean, BatchSettings(workers=0, reports=False))

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "extractor", "batch", str(folder), "-o", str(resumed), "--workers", "1", "--no-progress"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, start_new_session=True,
    )
    deadline = time.monotonic() + 90
    cache = resumed / CACHE_DIR
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if cache.is_dir() and len(list(cache.glob("*.json"))) >= 2:
                break
            time.sleep(0.05)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)  # the batch and its worker, mid-run
        proc.wait()
    done_before_kill = len(list(cache.glob("*.json")))
    assert proc.returncode == -signal.SIGKILL, "the batch finished before it could be killed"
    assert done_before_kill < 15
    assert not (resumed / "documents.parquet").exists()

    summary = run_batch(folder, resumed, BatchSettings(workers=0, reports=False))
    assert summary.cached >= done_before_kill
    assert _tree_bytes(resumed) == _tree_bytes(clean)
    for name in TABLE_NAMES:
        pd.testing.assert_frame_equal(pd.read_parquet(resumed / f"{name}.parquet"), pd.read_parquet(clean / f"{name}.parquet"))
    assert not list(resumed.rglob(".jixiao-tmp-*"))


def test_worker_processes_give_the_same_tables_as_in_process(tmp_path):
    folder = tmp_path / "in"
    _distinct_texts(folder, 3)
    run_batch(folder, tmp_path / "serial", BatchSettings(workers=0, reports=False, graph=False))
    run_batch(folder, tmp_path / "pool", BatchSettings(workers=2, reports=False, graph=False))
    assert _tree_bytes(tmp_path / "pool") == _tree_bytes(tmp_path / "serial")


# -- Dask -----------------------------------------------------------------------------------------


def test_dask_cluster_gives_the_same_tables_as_the_local_run(tmp_path):
    distributed = pytest.importorskip("distributed")
    folder = tmp_path / "in"
    _distinct_texts(folder, 3)
    run_batch(folder, tmp_path / "local", BatchSettings(workers=0, reports=False, graph=False))
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=2, processes=False, protocol="tcp://", host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:
        assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
        summary = run_batch(folder, tmp_path / "dask",
                            BatchSettings(scheduler=cluster.scheduler_address, reports=False, graph=False))
    assert summary.count("success") + summary.count("partial") == len(summary.results)
    assert _tree_bytes(tmp_path / "dask") == _tree_bytes(tmp_path / "local")
    for name in TABLE_NAMES:
        pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "dask" / f"{name}.parquet"),
                                      pd.read_parquet(tmp_path / "local" / f"{name}.parquet"))


def test_unreachable_scheduler_is_a_usage_error(tmp_path):
    pytest.importorskip("distributed")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("一、目标\n完成。\n", encoding="utf-8")
    with pytest.raises(UsageError):
        run_batch(folder, tmp_path / "out", BatchSettings(scheduler="tcp://127.0.0.1:9", scheduler_timeout=1,
                                                         reports=False, graph=False))


# -- CLI ------------------------------------------------------------------------------------------


def test_cli_exit_codes_and_report_command(mixed_run, tmp_path):
    from click.testing import CliRunner

    from extractor.cli import cli

    folder, out, summary = mixed_run
    runner = CliRunner()
    result = runner.invoke(cli, ["batch", str(folder), "-o", str(out), "--workers", "0", "--no-progress"])
    assert result.exit_code == 1  # the bad files failed
    assert "failed: empty.txt: empty_document" in result.output
    target = tmp_path / "again.html"
    result = runner.invoke(cli, ["report", str(out), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    result = runner.invoke(cli, ["report", str(out), "-o", str(tmp_path / "x.pdf")])
    assert result.exit_code == 2 and "Error: usage_error" in result.output
    result = runner.invoke(cli, ["report", str(tmp_path)])
    assert result.exit_code == 2


def test_cli_exit_code_zero_when_all_succeed(tmp_path):
    from click.testing import CliRunner

    from extractor.cli import cli

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("一、总体目标\n完成系统建设，验收合格率达到100%。\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["batch", str(folder), "-o", str(tmp_path / "out"), "--workers", "0"])
    assert result.exit_code == 0, result.output
