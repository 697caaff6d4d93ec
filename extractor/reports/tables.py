"""Combined tables of a batch: one pandas DataFrame per record kind, one row per record with its file.

The columns follow the record dataclasses (:mod:`extractor.extraction`, the checker's ``Finding``),
so a field added there appears here without changes. Lists of refs become one space-separated
string, other lists and mappings a JSON string, so every table is flat (CSV and Excel friendly).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, fields

import pandas as pd

from ..extraction import Fact, Goal, Indicator

TABLE_NAMES = ("documents", "indicators", "goals", "facts", "findings")
ERROR_COLUMNS = ["file", "status", "code", "message"]
ERROR_LABEL_COLUMNS = ["状态", "说明"]  # the status and the code's meaning in Chinese, for people reading errors.csv
FINDING_COLUMNS = ["rule", "severity", "message", "suggestion", "page", "ref", "item", "evidence", "numbers"]
DOCUMENT_COLUMNS = [
    "file", "status", "code", "message", "sha256", "size", "format", "pages", "blocks", "tables", "warnings",
    "project", "doc_type", "goals", "indicators", "facts", "findings", "errors_found", "warnings_found", "ocr_pages",
    "script_changes",
]
UNKNOWN_PROJECT = "（未识别项目）"


@dataclass
class BatchTables:
    documents: pd.DataFrame
    indicators: pd.DataFrame
    goals: pd.DataFrame
    facts: pd.DataFrame
    findings: pd.DataFrame
    errors: pd.DataFrame

    def named(self) -> dict[str, pd.DataFrame]:
        return {name: getattr(self, name) for name in TABLE_NAMES}


def project_of(extraction: dict | None, file: str) -> str:
    """The project a document is about: the extractor's project, its 项目名称 field, else unknown."""
    if not extraction:
        return UNKNOWN_PROJECT
    name = extraction.get("project") or (extraction.get("fields") or {}).get("项目名称")
    return str(name).strip() if name and str(name).strip() else UNKNOWN_PROJECT


def flat(value):
    """A cell value: scalars unchanged, lists/dicts as JSON text."""
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False, default=str) if value else ""
    return value


def _record_rows(results, key: str, columns: list[str]) -> list[dict]:
    from .location import Locator, record_location

    rows = []
    for r in results:
        ext = r.extraction or {}
        project = project_of(r.extraction, r.file)
        locator = Locator(r.document) if key == "indicators" else None
        for record in ext.get(key) or []:
            row = {"file": r.file, "project": project}
            for col in columns:
                value = record.get(col)
                row[col] = " ".join(value) if col == "refs" and isinstance(value, list) else flat(value)
            if locator is not None:
                row["location"] = record_location(locator, record)
            rows.append(row)
    return rows


def _frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=columns)
    return frame.reset_index(drop=True)


def build_tables(results, graph=None) -> BatchTables:
    """The combined tables of ``results`` (a list of :class:`extractor.batch.FileResult`), sorted by file.
    ``graph``: the batch's graph (built here when not given), for the actual value another document of the
    project reports for each declared target (``reported_actual``, ``reported_in``)."""
    from .labels import error_label, status_label
    from .location import Locator, finding_location, records_by_id

    results = sorted(results, key=lambda r: r.file)
    processed = [r for r in results if r.status != "skipped"]
    ind_cols = [f.name for f in fields(Indicator)]
    goal_cols = [f.name for f in fields(Goal)]
    fact_cols = [f.name for f in fields(Fact)]
    indicators = _frame(_record_rows(processed, "indicators", ind_cols), ["file", "project", *ind_cols, "location"])
    indicators = _with_reported(indicators, processed, graph)
    goals = _frame(_record_rows(processed, "goals", goal_cols), ["file", "project", *goal_cols])
    if not goals.empty:
        goals.insert(goals.columns.get_loc("targets"), "n_targets", goals["targets"].map(_count_json))
    else:
        goals.insert(goals.columns.get_loc("targets"), "n_targets", pd.Series(dtype="int64"))
    facts = _frame(_record_rows(processed, "facts", fact_cols), ["file", "project", *fact_cols])
    finding_rows = []
    for r in processed:
        project = project_of(r.extraction, r.file)
        locator, records = Locator(r.document), records_by_id(r.extraction)
        for f in r.findings:
            finding_rows.append({"file": r.file, "project": project, **{c: flat(f.get(c)) for c in FINDING_COLUMNS},
                                 "location": finding_location(locator, f, records)})
    findings = _frame(finding_rows, ["file", "project", *FINDING_COLUMNS, "location"])
    documents = _frame([_document_row(r) for r in results], DOCUMENT_COLUMNS)
    errors = _frame([{**{c: getattr(r, c) for c in ERROR_COLUMNS}, "状态": status_label(r.status),
                      "说明": error_label(r.code)} for r in results], ERROR_COLUMNS + ERROR_LABEL_COLUMNS)
    return BatchTables(documents, indicators, goals, facts, findings, errors)


def _with_reported(indicators: pd.DataFrame, results, graph) -> pd.DataFrame:
    """``reported_actual`` and ``reported_in`` (file and location) for indicators another document reports on."""
    from .projects import BatchGraph

    actual, where = [], []
    if len(indicators):
        bg = BatchGraph(results, graph)
        numbers: dict[str, int] = {}
        for file in indicators["file"]:
            numbers[file] = numbers.get(file, 0) + 1
            found = bg.reported_elsewhere(file, numbers[file])
            actual.append("；".join(dict.fromkeys(a.text for a in found)))
            where.append("；".join(f"{a.file} {a.location}".strip() for a in found))
    return indicators.assign(reported_actual=pd.Series(actual, dtype=object), reported_in=pd.Series(where, dtype=object))


def _count_json(text) -> int:
    if not text:
        return 0
    try:
        return len(json.loads(text))
    except (TypeError, ValueError):
        return 0


def _document_row(r) -> dict:
    doc = r.document or {}
    ext = r.extraction or {}
    blocks = doc.get("blocks") or []
    severities = [f.get("severity") for f in r.findings]
    return {
        "file": r.file,
        "status": r.status,
        "code": r.code,
        "message": r.message,
        "sha256": r.sha256,
        "size": r.size,
        "format": doc.get("format"),
        "pages": doc.get("pages"),
        "blocks": len(blocks),
        "tables": sum(1 for b in blocks if b.get("kind") == "table"),
        "warnings": len(doc.get("warnings") or []),
        "project": project_of(r.extraction, r.file) if r.extraction else None,
        "doc_type": ext.get("doc_type"),
        "goals": len(ext.get("goals") or []),
        "indicators": len(ext.get("indicators") or []),
        "facts": len(ext.get("facts") or []),
        "findings": len(r.findings),
        "errors_found": severities.count("error"),
        "warnings_found": severities.count("warning"),
        "ocr_pages": ocr_pages(doc),
        "script_changes": " ".join(ext.get("script_changes") or []),  # a mirror's copy read as written
    }


def ocr_pages(document: dict) -> str:
    """The pages read by OCR, as ``3 5 7`` (empty when none)."""
    pages = sorted({b.get("page") for b in document.get("blocks") or [] if b.get("ocr") and b.get("page")})
    return " ".join(str(p) for p in pages)


# -- writing --------------------------------------------------------------------------------------


def write_table(frame: pd.DataFrame, base) -> list:
    """``base.parquet`` and ``base.csv`` (UTF-8 with BOM, so Excel shows Chinese), both written atomically."""
    from pathlib import Path

    from ..outputs import atomic_write, atomic_write_bytes

    base = Path(base)
    parquet = base.with_name(base.name + ".parquet")
    csv = base.with_name(base.name + ".csv")
    table = _arrow_table(frame)
    atomic_write(parquet, lambda tmp: _write_parquet(table, tmp))
    atomic_write_bytes(csv, csv_bytes(frame))
    return [parquet, csv]


FORMULA_STARTS = ("=", "+", "@", "-")


def excel_safe_text(value):
    """Text that Excel would run as a formula (``=6个``, ``=HYPERLINK(...)``) gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not _is_number(value):
        return "'" + value
    return value


def _is_number(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """CSV for Excel: UTF-8 with BOM, CRLF, and no cell that Excel would read as a formula.

    The Parquet tables keep the exact text; only the CSV guards against formula injection.
    """
    safe = frame.copy()
    for col in safe.columns:
        if safe[col].dtype == object or pd.api.types.is_string_dtype(safe[col]):
            safe[col] = safe[col].map(excel_safe_text)
    return safe.to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")


def _arrow_table(frame: pd.DataFrame):
    import pyarrow as pa

    try:
        return pa.Table.from_pandas(frame, preserve_index=False)
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError):
        fixed = frame.copy()
        for col in fixed.columns:
            if fixed[col].dtype == object:
                fixed[col] = fixed[col].map(lambda v: None if v is None or v != v else str(v))
        return pa.Table.from_pandas(fixed, preserve_index=False)


def _write_parquet(table, path) -> None:
    import pyarrow.parquet as pq

    pq.write_table(table, path)


def read_table(out, name: str) -> pd.DataFrame:
    from pathlib import Path

    return pd.read_parquet(Path(out) / f"{name}.parquet")
