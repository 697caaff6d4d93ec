"""Properties of the written outputs as files: one entry per problem across copies of a submission, identical
bytes for identical input, permissions that follow the umask, and the OCR/location columns of the tables."""
from __future__ import annotations

import os
import stat

import pandas as pd

from extractor.reports.copies import copy_groups

from report_readers import sheet_rows


def test_docx_and_pdf_copies_of_one_submission_are_reported_once(batch_out, results):
    groups = copy_groups(results)
    assert groups["zhcg-self-assessment.docx"] == ("zhcg-self-assessment.docx", "zhcg-self-assessment.pdf")
    assert "zhcg-target-form.xlsx" not in groups or "declared-reported" not in " ".join(groups["zhcg-target-form.xlsx"])
    rows = sheet_rows(batch_out / "report.xlsx", "问题清单") + sheet_rows(batch_out / "report.xlsx", "提示信息")
    shared = [r for r in rows if r["文件"] == "zhcg-self-assessment.docx、zhcg-self-assessment.pdf"]
    docx = next(r for r in results if r.file == "zhcg-self-assessment.docx")
    pdf = next(r for r in results if r.file == "zhcg-self-assessment.pdf")
    assert len(docx.findings) == len(pdf.findings) and shared
    only_one = [r for r in rows if r["文件"] in ("zhcg-self-assessment.docx", "zhcg-self-assessment.pdf")]
    assert len(shared) + len(only_one) < len(docx.findings) + len(pdf.findings)
    for row in shared:  # both locations are given
        assert row["位置"].count("：") == 2 and "zhcg-self-assessment.pdf：第" in row["位置"]


def test_two_clean_runs_give_identical_reports(batch_in, tmp_path):
    from extractor.batch import BatchSettings, run_batch

    names = ("report.xlsx", "report.html", "整改清单.xlsx", "errors.csv", "findings.csv", "indicators.csv")
    runs = []
    for k in (1, 2):
        out = tmp_path / f"out{k}"
        run_batch(batch_in, out, BatchSettings(workers=0))
        runs.append({n: (out / n).read_bytes() for n in names})
    for name in names:
        assert runs[0][name] == runs[1][name], name


def test_output_files_follow_the_umask(batch_out):
    from extractor.outputs import current_umask

    expected = 0o666 & ~current_umask()
    for name in ("report.xlsx", "report.html", "整改清单.xlsx", "errors.csv", "findings.parquet"):
        assert stat.S_IMODE(os.stat(batch_out / name).st_mode) == expected, name


def test_tables_carry_locations_ocr_pages_and_chinese_statuses(batch_out):
    findings = pd.read_csv(batch_out / "findings.csv", encoding="utf-8-sig", keep_default_na=False)
    indicators = pd.read_csv(batch_out / "indicators.csv", encoding="utf-8-sig", keep_default_na=False)
    assert "location" in findings.columns and "ref" in findings.columns
    assert (indicators["location"] != "").all()
    form = indicators[indicators["file"] == "zhcg-target-form.xlsx"]
    assert form["location"].str.match(r"^绩效目标申报表!F\d+$").all()
    documents = pd.read_csv(batch_out / "documents.csv", encoding="utf-8-sig", keep_default_na=False)
    assert "ocr_pages" in documents.columns and (documents["ocr_pages"] == "").all()  # no scanned page here
    assert (documents["script_changes"].fillna("").astype(str) == "").all()  # every sample is written in simplified characters
    errors = pd.read_csv(batch_out / "errors.csv", encoding="utf-8-sig", keep_default_na=False)
    assert list(errors.columns) == ["file", "status", "code", "message", "状态", "说明"]
    empty = errors[errors["file"] == "empty.txt"].iloc[0]
    assert (empty["status"], empty["状态"], empty["说明"]) == ("failed", "失败", "文件为空或没有文字")


def test_ocr_pages_lists_the_pages_read_by_ocr():
    from extractor.reports.tables import ocr_pages

    blocks = [{"page": 3, "ocr": True}, {"page": 1}, {"page": 3, "ocr": True}, {"page": 10, "ocr": True}]
    assert ocr_pages({"blocks": blocks}) == "3 10"
    assert ocr_pages({}) == ""


def test_identical_documents_are_copies_only_in_one_folder_and_in_other_formats(results):
    from dataclasses import replace

    docx = next(r for r in results if r.file == "zhcg-self-assessment.docx")
    pdf = next(r for r in results if r.file == "zhcg-self-assessment.pdf")
    clones = [replace(docx, file="a/x.docx"), replace(pdf, file="a/x（盖章）.pdf"), replace(docx, file="b/x.docx"),
              replace(docx, file="c/1.docx"), replace(docx, file="c/2.docx")]
    groups = copy_groups(clones)
    assert groups == {"a/x.docx": ("a/x.docx", "a/x（盖章）.pdf"), "a/x（盖章）.pdf": ("a/x.docx", "a/x（盖章）.pdf")}


def test_indicator_table_carries_the_actual_reported_for_each_declared_target(batch_out):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "corpora" / "samples"))
    import sample_content as C

    indicators = pd.read_csv(batch_out / "indicators.csv", encoding="utf-8-sig", keep_default_na=False)
    form = indicators[indicators["file"] == "declared-reported/health-target-form.xlsx"]
    assert list(form["reported_actual"]) == [x.actual_text for x in C.HEALTH_ROWS]
    assert form["reported_in"].str.startswith("declared-reported/health-self-assessment.docx 第2个表格第").all()


def test_every_code_a_file_can_end_with_has_a_chinese_note():
    """errors.csv and the report's file table say in Chinese why a file was not read whole, for every code a document
    can end with: the parsers' errors and the two partial readings (a table not understood, parse warnings)."""
    from extractor import errors
    from extractor.batch import PARSE_WARNINGS
    from extractor.reports.labels import ERROR_LABELS

    document_errors = [c.code for c in vars(errors).values()
                       if isinstance(c, type) and issubclass(c, errors.ExtractorError) and c is not errors.ExtractorError
                       and not c.code.startswith("output") and c.code not in ("disk_full", "interrupted")]
    missing = [code for code in [*document_errors, PARSE_WARNINGS] if code not in ERROR_LABELS]
    assert missing == []
