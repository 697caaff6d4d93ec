"""A batch over a folder of hostile files plus a good sample completes, with one status and code per file."""
from __future__ import annotations

import importlib.util
import shutil
import time
from pathlib import Path

import pytest

from extractor.batch import BatchSettings, run_batch

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "corpora" / "samples"
GOOD = "plan-gbk.txt"

_spec = importlib.util.spec_from_file_location("make_hostile_files", ROOT / "tests" / "data" / "make_hostile_files.py")
hostile = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(hostile)

pytestmark = pytest.mark.skipif(
    not all(p.is_file() for p in (hostile.DOCX_SAMPLE, hostile.XLSX_SAMPLE, SAMPLES / GOOD)),
    reason="corpora/samples not generated",
)

EXPECTED = {
    "zip-bomb.docx": ("failed", "unsafe_content"),
    "billion-laughs.xlsx": ("failed", "unsafe_content"),
    "external-entity.docx": ("failed", "unsafe_content"),
    "pages-2000.pdf": ("failed", "too_large"),
}


def _tree(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*")}


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("batch")
    folder = base / "in"
    folder.mkdir()
    for make in (hostile.zip_bomb_docx, hostile.billion_laughs_xlsx, hostile.external_entity_docx,
                 hostile.many_pages_pdf, hostile.traversal_named_text):
        make(folder)
    shutil.copy(SAMPLES / GOOD, folder / GOOD)
    before = _tree(base)
    out = base / "out"
    summary = run_batch(folder, out, BatchSettings(workers=0, max_pages=500, max_bytes=50 * 1024 * 1024, graph=False))
    return base, folder, out, before, summary


def test_hostile_files_get_their_codes_and_the_batch_completes(hostile_run):
    _, _, _, _, summary = hostile_run
    by_file = {r.file: r for r in summary.results}
    for name, (status, code) in EXPECTED.items():
        assert (by_file[name].status, by_file[name].code) == (status, code), by_file[name].message
    assert by_file[GOOD].status in ("success", "partial") and by_file[GOOD].extraction is not None
    assert summary.exit_code == 1


def test_a_name_that_climbs_out_stays_inside_the_output_folder(hostile_run):
    base, folder, out, before, summary = hostile_run
    by_file = {r.file: r for r in summary.results}
    assert by_file[hostile.TRAVERSAL_NAME].status in ("success", "partial")
    created = _tree(base) - before
    assert created, "the batch wrote nothing"
    outside = sorted(str(p) for p in created if out != p and out not in p.parents)
    assert outside == []
    assert not (base / "escape.txt.json").exists() and not (base.parent / "escape.txt.json").exists()


def _slow_text_parser(real):
    def parse(path, **settings):
        if "hang" in Path(path).name:
            time.sleep(6)  # "hangs" longer than the 1 s limit, but ends by itself so a broken limit cannot stall CI
        return real(path, **settings)

    return parse


def test_hanging_file_is_stopped_by_the_batch_time_limit(tmp_path, monkeypatch):
    import extractor.parsers.text as text_parser

    monkeypatch.setattr(text_parser, "parse_text", _slow_text_parser(text_parser.parse_text))
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "hang.txt").write_text("项目绩效目标：完成道路改造12公里。\n", encoding="utf-8")
    shutil.copy(SAMPLES / GOOD, folder / GOOD)
    started = time.perf_counter()
    summary = run_batch(folder, tmp_path / "out", BatchSettings(workers=0, timeout=1.0, graph=False, reports=False))
    by_file = {r.file: r for r in summary.results}
    assert (by_file["hang.txt"].status, by_file["hang.txt"].code) == ("failed", "too_large")
    assert by_file[GOOD].status in ("success", "partial")
    assert time.perf_counter() - started < 30
