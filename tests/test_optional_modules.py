"""Optional and internal modules fail loudly: a broken module is an error, never silently empty output;
an absent optional extra is reported with how to install it (issue 17 item 6)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

import extractor
from extractor.errors import NoTextLayer
from extractor.parsers import ocr as ocr_module
from extractor.parsers.pdf import parse_pdf

SAMPLES = Path(__file__).resolve().parent.parent / "corpora" / "samples"


@pytest.mark.parametrize("module", ["extractor.extractors.indicators", "extractor.checker.runner"])
def test_a_broken_internal_module_is_an_error_not_an_empty_result(module, monkeypatch):
    doc = extractor.parse(SAMPLES / "zhcg-target-form.xlsx")
    monkeypatch.setitem(sys.modules, module, None)  # importing it now fails, as a broken install would
    with pytest.raises(ImportError):
        extractor.check(extractor.extract(doc))


def test_a_broken_graph_linker_is_an_error_in_the_report_matrix(monkeypatch):
    from extractor.reports.coverage import _links

    ext = extractor.extract(extractor.parse(SAMPLES / "zhcg-target-form.xlsx"))
    assert ext.goals and ext.indicators
    monkeypatch.setitem(sys.modules, "extractor.graph.link", None)
    with pytest.raises(ImportError):
        _links(ext.goals, ext.indicators)


def _blank_scan(tmp_path: Path) -> Path:
    Image = pytest.importorskip("PIL.Image")
    path = tmp_path / "scan.pdf"
    Image.new("L", (300, 400), 255).save(path)
    return path


def test_an_installed_but_broken_ocr_extra_says_so(tmp_path, monkeypatch):
    def broken_engine():
        raise OSError("libGL.so.1: cannot open shared object file")

    monkeypatch.setattr(ocr_module, "ocr_available", lambda: True)
    monkeypatch.setattr(ocr_module, "get_engine", broken_engine)
    monkeypatch.setattr(ocr_module, "_load_error", None)
    with pytest.raises(NoTextLayer) as info:
        parse_pdf(_blank_scan(tmp_path))
    line = info.value.one_line()
    assert "installed but cannot load" in line and "libGL.so.1" in line


def test_an_absent_ocr_extra_is_reported_with_how_to_install_it(tmp_path, monkeypatch):
    monkeypatch.setattr(ocr_module, "ocr_available", lambda: False)
    with pytest.raises(NoTextLayer) as info:
        parse_pdf(_blank_scan(tmp_path))
    assert "pip install 'jixiao[ocr]'" in info.value.one_line()
