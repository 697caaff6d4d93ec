"""Hostile inputs get their error code (issue 7.2): ZIP and XML bombs, page, size and time limits,
output names that try to leave the output folder, and no pickle/eval of input anywhere."""
from __future__ import annotations

import ast
import importlib.util
import os
import signal
import time
from pathlib import Path

import pytest

import extractor
from extractor.errors import DamagedFile, TimeLimitExceeded, TooLarge, UnsafeContent, UsageError
from extractor.limits import Limits, ParserCrashed, check_file, count_pages, run_limited, time_limit
from extractor.outputs import contained_path, safe_relative_path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "corpora" / "samples"
PACKAGE = ROOT / "extractor"

_spec = importlib.util.spec_from_file_location("make_hostile_files", ROOT / "tests" / "data" / "make_hostile_files.py")
hostile = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(hostile)



@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("hostile")


# -- ZIP and XML bombs -----------------------------------------------------------------------------


def test_zip_bomb_docx_is_unsafe_content(hostile_dir):
    path = hostile.zip_bomb_docx(hostile_dir)
    assert path.stat().st_size < 1024 * 1024  # 64 MB inside, ~100 KB on disk
    with pytest.raises(UnsafeContent) as info:
        extractor.parse(path)
    assert info.value.code == "unsafe_content"
    assert "ZIP bomb" in info.value.message


def test_billion_laughs_xlsx_is_unsafe_content(hostile_dir):
    path = hostile.billion_laughs_xlsx(hostile_dir)
    started = time.perf_counter()
    with pytest.raises(UnsafeContent) as info:
        extractor.parse(path)
    assert info.value.code == "unsafe_content"
    assert "entity" in info.value.message
    assert time.perf_counter() - started < 5  # refused before any expansion


def test_external_entity_docx_is_unsafe_content(hostile_dir):
    with pytest.raises(UnsafeContent):
        extractor.parse(hostile.external_entity_docx(hostile_dir))


# -- page and size limits ----------------------------------------------------------------------------


def test_2000_page_pdf_against_500_page_limit(hostile_dir):
    path = hostile.many_pages_pdf(hostile_dir, 2000)
    assert count_pages(path) == 2000
    with pytest.raises(TooLarge) as info:
        check_file(path, Limits(max_pages=500))
    assert info.value.code == "too_large" and "2000 pages (limit 500)" in info.value.message
    with pytest.raises(TooLarge):  # the parser's own limit says the same
        extractor.parse(path, max_pages=500)
    check_file(path, Limits(max_pages=2000))  # at the limit: allowed


def test_2000_page_pdf_is_refused_before_parsing(hostile_dir, monkeypatch):
    path = hostile.many_pages_pdf(hostile_dir, 2000)
    calls = []
    with pytest.raises(TooLarge):
        run_limited(lambda p: calls.append(p), path, Limits(max_pages=500, timeout=None))
    assert calls == []


def test_file_over_the_byte_limit_is_too_large(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("项目绩效目标。\n" * 1000, encoding="utf-8")
    with pytest.raises(TooLarge) as info:
        run_limited(extractor.parse, path, Limits(max_bytes=1000, timeout=None))
    assert "limit 1000" in info.value.message


def test_limits_are_validated_and_read_from_batch_like_settings():
    with pytest.raises(UsageError):
        Limits(timeout=0)

    class Settings:
        timeout, max_pages, max_bytes = 2.5, None, 10

    assert Limits.of(Settings()) == Limits(timeout=2.5, max_pages=None, max_bytes=10, max_memory=None)


# -- time limit --------------------------------------------------------------------------------------


def _hang(path, seconds=60.0):
    time.sleep(seconds)
    return "finished"


def _hang_deaf_to_signals(path):
    """Sleep with SIGALRM blocked: like a parser stuck in C code, an alarm cannot stop it."""
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
    time.sleep(60)


def test_hanging_parse_is_stopped_by_the_time_limit(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("项目绩效目标。", encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(TimeLimitExceeded) as info:
        run_limited(_hang, path, Limits(timeout=1.0))
    assert info.value.code == "too_large"
    assert time.perf_counter() - started < 10


def test_time_limit_stops_code_an_alarm_cannot_interrupt(tmp_path):
    started = time.perf_counter()
    with pytest.raises(TimeLimitExceeded):
        run_limited(_hang_deaf_to_signals, tmp_path / "x.txt", Limits(timeout=1.0))
    assert time.perf_counter() - started < 10


def test_hanging_real_parser_is_stopped(tmp_path, monkeypatch):
    """The text parser made to hang (inherited by the forked child) against extractor.parse."""
    import extractor.parsers.text as text_parser

    monkeypatch.setattr(text_parser, "parse_text", lambda path, **kw: _hang(path))
    path = tmp_path / "plan.txt"
    path.write_text("项目绩效目标。", encoding="utf-8")
    with pytest.raises(TimeLimitExceeded):
        run_limited(extractor.parse, path, Limits(timeout=1.0))


def test_limited_parse_returns_the_same_document_as_a_direct_parse(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("一、项目绩效目标\n完成道路改造12公里，群众满意度≥90%。\n", encoding="utf-8")
    limited = run_limited(extractor.parse, path, Limits(timeout=30))
    assert limited.to_dict() == extractor.parse(path).to_dict()


def test_coded_errors_cross_the_process_boundary_with_their_code():
    truncated = ROOT / "tests" / "data" / "bad" / "truncated.pdf"
    if not truncated.is_file():
        pytest.skip("tests/data/bad not generated")
    with pytest.raises(DamagedFile) as info:
        run_limited(extractor.parse, truncated, Limits(timeout=30))
    assert info.value.code == "damaged_file" and info.value.source


def test_a_killed_parser_is_reported_not_propagated(tmp_path):
    """The child dies without a result (as when the kernel kills it for memory)."""
    with pytest.raises(ParserCrashed) as info:
        run_limited(lambda p: os.kill(os.getpid(), signal.SIGKILL), tmp_path / "x.txt", Limits(timeout=30))
    assert info.value.code == "worker_crashed"


def test_in_process_time_limit():
    with pytest.raises(TimeLimitExceeded):
        with time_limit(0.2):
            while True:
                pass
    with time_limit(5):
        assert sum(range(10)) == 45


# -- output names ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["../../etc/passwd", "..\\..\\escape.txt", "/etc/cron.d/x", "C:\\Windows\\x.pdf", "a/../../../b.pdf",
     "..", "....//....//x", "报告\x00.pdf", "sub/./../.."],
)
def test_output_names_from_input_names_stay_inside_the_output_folder(tmp_path, name):
    root = (tmp_path / "out").resolve()
    root.mkdir()
    target = contained_path(root, name, ".json").resolve()
    assert root in target.parents
    assert ".." not in safe_relative_path(name).parts


# -- no pickle / eval of input -------------------------------------------------------------------------

_FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__"}
_FORBIDDEN_MODULES = {"pickle", "marshal", "shelve", "dill", "cloudpickle"}
#: pickle.loads of our own forked child's result (never of input); see extractor/limits.py; marshal of the
#: jieba tables in the user's own cache folder (never of input; files of another owner are not read), see
#: extractor/nlp/cache.py, and of the prefix-dictionary blocks inside those tables (extractor/nlp/prefix_dictionary.py)
_ALLOWED = {("limits.py", "pickle"), ("cache.py", "marshal"), ("prefix_dictionary.py", "marshal")}


def test_package_never_evals_or_unpickles_input():
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _FORBIDDEN_CALLS:
                problems.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.func.id}()")
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                owner = node.func.value
                if isinstance(owner, ast.Name) and owner.id == "yaml" and node.func.attr in ("load", "unsafe_load", "full_load"):
                    if not any(k.arg == "Loader" and "Safe" in ast.unparse(k.value) for k in node.keywords):
                        problems.append(f"{path.relative_to(ROOT)}:{node.lineno} yaml.{node.func.attr} without SafeLoader")
                if isinstance(owner, ast.Name) and owner.id in ("pd", "pandas") and node.func.attr == "read_pickle":
                    problems.append(f"{path.relative_to(ROOT)}:{node.lineno} pandas.read_pickle")
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                for name in names:
                    top = name.split(".")[0]
                    if top in _FORBIDDEN_MODULES and (path.name, top) not in _ALLOWED:
                        problems.append(f"{path.relative_to(ROOT)}:{node.lineno} import {name}")
    assert problems == []
