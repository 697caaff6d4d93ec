from __future__ import annotations

import shutil
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parents[2] / "corpora" / "samples"
USED = ["zhcg-target-form.xlsx", "zhcg-self-assessment.docx", "zhcg-self-assessment.pdf", "contract-excerpt.docx",
        "plan-gbk.txt"]
PAIR = "declared-reported"  # a target form and a self-assessment of one project (make_samples.py)
# a document with a control character and a terminal escape sequence (openpyxl refuses \x01 in cells)
CONTROL_TEXT = ("某某项目实施方案\n\n一、绩效目标\n\n"
                + "（一）总体目标：持续优化城市管理服务，进一步提升市民获得感和幸福感，推进基层治理现代化建设。\n\n" * 6
                + "（二）年度目标：完成改造\x01任务，群众满意度进一步提升。\x1b[31m\n")


def make_input(folder: Path) -> Path:
    """The batch input of these tests: a few samples, the declared/reported pair, an empty and a hostile file."""
    for name in USED:
        shutil.copy(SAMPLES / name, folder / name)
    shutil.copytree(SAMPLES / PAIR, folder / PAIR)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "control-chars.txt").write_text(CONTROL_TEXT, encoding="utf-8")
    return folder


@pytest.fixture(scope="package")
def batch_in(tmp_path_factory) -> Path:
    return make_input(tmp_path_factory.mktemp("reports-in"))


@pytest.fixture(scope="package")
def batch_out(batch_in, tmp_path_factory) -> Path:
    """A batch output folder made by the real pipeline from a few samples and two bad files."""
    from extractor.batch import BatchSettings, run_batch

    out = tmp_path_factory.mktemp("reports-out")
    run_batch(batch_in, out, BatchSettings(workers=0))
    return out


@pytest.fixture(scope="package")
def results(batch_out):
    from extractor.batch import load_documents

    return load_documents(batch_out)
