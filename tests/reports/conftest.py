from __future__ import annotations

import shutil
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parents[2] / "corpora" / "samples"
USED = ["zhcg-target-form.xlsx", "zhcg-self-assessment.docx", "contract-excerpt.docx", "plan-gbk.txt"]


@pytest.fixture(scope="package")
def batch_out(tmp_path_factory) -> Path:
    """A batch output folder made by the real pipeline from a few samples and one bad file."""
    from extractor.batch import BatchSettings, run_batch

    folder = tmp_path_factory.mktemp("reports-in")
    for name in USED:
        shutil.copy(SAMPLES / name, folder / name)
    (folder / "empty.txt").write_bytes(b"")
    out = tmp_path_factory.mktemp("reports-out")
    run_batch(folder, out, BatchSettings(workers=0))
    return out


@pytest.fixture(scope="package")
def results(batch_out):
    from extractor.batch import load_documents

    return load_documents(batch_out)
