"""The shared walker (extractor.discovery), the saved-extraction loader and the format registry."""
from __future__ import annotations

import dataclasses
import json
import os
import shutil
from pathlib import Path

import pytest

from extractor.discovery import expand_paths, find_files, is_output_folder
from extractor.errors import DamagedFile, FileNotFound, UnsupportedFormat

SAMPLES = Path(__file__).resolve().parent.parent / "corpora" / "samples"


@pytest.fixture
def tree(tmp_path):
    """A submission folder with every kind of path the walker must handle, and a secret outside it."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("外部文件，不得读取", encoding="utf-8")
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text("项目一", encoding="utf-8")
    (root / "sub" / "b.txt").write_text("项目二", encoding="utf-8")
    (root / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (root / ".hidden.txt").write_text("隐藏", encoding="utf-8")
    (root / "~$lock.docx").write_bytes(b"lock")
    (root / ".git").mkdir()
    (root / ".git" / "x.txt").write_text("git", encoding="utf-8")
    (root / "shadow.txt").symlink_to(outside / "secret.txt")
    (root / "inner-link.txt").symlink_to(root / "a.txt")
    (root / "dangling.txt").symlink_to(root / "missing.txt")
    (root / "loop").symlink_to(root)
    os.mkfifo(root / "pipe.txt")
    out = root / "OUT"
    (out / "documents").mkdir(parents=True)
    (out / "errors.csv").write_text("file,status\n", encoding="utf-8")
    (out / "findings.csv").write_text("rule\n", encoding="utf-8")
    return root


def _reasons(found) -> dict[str, str]:
    return {s.name: s.reason for s in found.skipped}


def test_default_walk_follows_no_link_and_reports_every_other_path(tree):
    found = find_files(tree, suffixes=(".txt", ".docx"))
    assert [f.name for f in found.files] == ["a.txt", "sub/b.txt"]
    assert _reasons(found) == {
        ".git": "hidden", ".hidden.txt": "hidden", "~$lock.docx": "hidden", "photo.png": "unsupported",
        "shadow.txt": "symlink", "inner-link.txt": "symlink", "dangling.txt": "symlink", "loop": "symlink",
        "pipe.txt": "special_file", "OUT": "output_folder",
    }


def test_followed_links_never_leave_the_root(tree):
    found = find_files(tree, suffixes=(".txt",), follow_symlinks=True)
    assert [f.name for f in found.files] == ["a.txt", "inner-link.txt", "sub/b.txt"]
    reasons = _reasons(found)
    assert reasons["shadow.txt"] == "outside_input"
    assert reasons["dangling.txt"] == "symlink"
    assert reasons["loop"] == "symlink"
    notes = {s.name: s.note for s in found.skipped}
    assert "does not exist" in notes["dangling.txt"] and "loop" in notes["loop"]
    assert all("secret" not in f.path.read_text(encoding="utf-8") for f in found.files)


def test_every_path_is_either_found_or_skipped(tree):
    found = find_files(tree, suffixes=(".txt",))
    listed = {f.name for f in found.files} | {s.name for s in found.skipped}
    top = {p.name for p in tree.iterdir()} | {"sub/b.txt"}
    assert top - {"sub"} <= listed


def test_excluded_folders_are_left_out_silently(tree):
    found = find_files(tree, suffixes=(".txt",), exclude=[tree / "sub"])
    assert "sub/b.txt" not in {f.name for f in found.files} and "sub" not in _reasons(found)


def test_output_folder_and_missing_root(tree, tmp_path):
    assert is_output_folder(tree / "OUT") and not is_output_folder(tree / "sub")
    with pytest.raises(FileNotFound):
        find_files(tmp_path / "nope")


def test_expand_paths_reads_an_output_folder_as_its_documents(tree):
    (tree / "OUT" / "documents" / "a.txt.json").write_text("{}", encoding="utf-8")
    found = expand_paths([tree / "OUT", tree / "a.txt", tree / "not-there.pdf"])
    assert [f.path for f in found.files] == [tree / "OUT" / "documents" / "a.txt.json", tree / "a.txt",
                                             tree / "not-there.pdf"]


# -- saved extractions --------------------------------------------------------------------------------


def test_saved_extraction_loader_errors(tmp_path):
    from extractor.saved import load_saved_extraction

    with pytest.raises(FileNotFound):
        load_saved_extraction(tmp_path / "nope.json")
    truncated = tmp_path / "truncated.json"
    truncated.write_text('{"source": "a.pdf", "goals": [', encoding="utf-8")
    with pytest.raises(DamagedFile):
        load_saved_extraction(truncated)
    other = tmp_path / "other.json"
    other.write_text('{"name": "not an extraction"}', encoding="utf-8")
    with pytest.raises(UnsupportedFormat):
        load_saved_extraction(other)
    wrong_types = tmp_path / "wrong.json"
    wrong_types.write_text('{"source": "a.pdf", "goals": [{"id": "g1", "targets": [5]}]}', encoding="utf-8")
    with pytest.raises(DamagedFile):
        load_saved_extraction(wrong_types)


def test_saved_extraction_and_batch_record_load_alike(tmp_path):
    import extractor
    from extractor.saved import load_saved_extraction

    ext = extractor.extract(extractor.parse(SAMPLES / "zhcg-target-form.xlsx"))
    plain = tmp_path / "plain.json"
    plain.write_text(ext.to_json(), encoding="utf-8")
    record = tmp_path / "record.json"
    record.write_text(json.dumps({"file": "x.xlsx", "status": "success", "extraction": ext.to_dict()}), encoding="utf-8")
    assert load_saved_extraction(plain).to_dict() == ext.to_dict() == load_saved_extraction(record).to_dict()


# -- format registry ----------------------------------------------------------------------------------


def test_format_registry_drives_suffixes_detection_and_parsers(tmp_path):
    from extractor.parsers import FORMATS, SUFFIXES, detect_format
    from extractor.parsers.pdf import PdfSettings

    assert set(SUFFIXES.values()) == set(FORMATS)
    pdf_settings = {f.name for f in dataclasses.fields(PdfSettings)}
    assert set(FORMATS["pdf"].settings) <= pdf_settings
    for name, sample in (("pdf", "edu-101-targets.pdf"), ("docx", "edu-101-targets.docx"),
                         ("xlsx", "zhcg-target-form.xlsx"), ("text", "plan-gbk.txt")):
        renamed = tmp_path / f"{name}.bin"
        shutil.copy(SAMPLES / sample, renamed)
        assert detect_format(renamed) == name  # content, not suffix
        assert callable(FORMATS[name].load_parser())
