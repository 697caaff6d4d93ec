from __future__ import annotations

import json

import pandas as pd

from extractor.batch import FileResult
from extractor.reports.tables import TABLE_NAMES, build_tables, csv_bytes


def test_one_row_per_record_with_its_file(results):
    tables = build_tables(results)
    for kind in ("indicators", "goals", "facts"):
        frame = getattr(tables, kind)
        assert len(frame) == sum(len((r.extraction or {}).get(kind) or []) for r in results)
        assert list(frame.columns[:2]) == ["file", "project"]
    assert len(tables.findings) == sum(len(r.findings) for r in results)
    assert list(tables.errors.columns) == ["file", "status", "code", "message", "状态", "说明"]


def test_tables_are_flat(results):
    tables = build_tables(results)
    for name, frame in tables.named().items():
        for col in frame.columns:
            assert not frame[col].map(lambda v: isinstance(v, (list, dict))).any(), (name, col)
    goals = tables.goals
    if len(goals):
        row = goals.iloc[0]
        assert row["n_targets"] == len(json.loads(row["targets"])) if row["targets"] else row["n_targets"] == 0


def test_empty_batch_gives_tables_with_columns():
    tables = build_tables([FileResult(file="a.png", status="skipped", code="unsupported_format")])
    assert "name" in tables.indicators.columns and tables.indicators.empty
    assert list(tables.errors["status"]) == ["skipped"]


def test_csv_has_a_bom_and_reads_back(batch_out):
    for name in TABLE_NAMES:
        raw = (batch_out / f"{name}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        frame = pd.read_csv(batch_out / f"{name}.csv", encoding="utf-8-sig")
        assert len(frame) == len(pd.read_parquet(batch_out / f"{name}.parquet"))


def test_csv_bytes_keep_chinese():
    data = csv_bytes(pd.DataFrame([{"指标": "验收合格率"}]))
    assert data.decode("utf-8-sig").splitlines()[1] == "验收合格率"


def test_csv_cells_never_start_a_formula():
    frame = pd.DataFrame([{"target_text": "=6个", "evidence": '=HYPERLINK("x")', "value": -5.0, "text": "-3"}])
    text = csv_bytes(frame).decode("utf-8-sig")
    assert "'=6个" in text and "'=HYPERLINK" in text
    assert ",-5.0," in text and text.rstrip().endswith(",-3")
