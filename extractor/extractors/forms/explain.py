"""What the form reader decided, for people: ``jixiao extract FILE --explain``, and the honest-failure warnings."""
from __future__ import annotations

from ...extraction import TABLE_NOT_UNDERSTOOD, ExtractionWarning
from .reader import TableReading


def not_understood_warnings(readings: list[TableReading]) -> list[ExtractionWarning]:
    """One warning per table that looks like an indicator table (taxonomy words, 指标 headers) but gave no
    indicator row — unless the next table carries on its block and gives the rows."""
    out = []
    for k, reading in enumerate(readings):
        if not reading.not_understood:
            continue
        following = readings[k + 1] if k + 1 < len(readings) else None
        if following is not None and following.continued and following.rows:
            continue
        out.append(ExtractionWarning(
            TABLE_NOT_UNDERSTOOD,
            f"table {reading.ref} looks like an indicator table but no indicator row was read from it",
            refs=[reading.ref], page=reading.page))
    return out


def explain_lines(readings: list[TableReading]) -> list[str]:
    """Per table: the regions (row ranges), each column's role and why, and what was read."""
    lines: list[str] = []
    for reading in readings:
        page = f" page {reading.page}" if reading.page else ""
        lines.append(f"table {reading.ref}{page}: {reading.width} columns, {len(reading.rows)} indicator rows"
                     + ("  [NOT UNDERSTOOD: looks like an indicator table, no row read]" if reading.not_understood else "")
                     + ("  [ends at its header: no row of values]" if reading.cut_at_header else ""))
        for region in reading.regions:
            lines.append(f"  rows {region.start + 1}-{region.end}: {region.kind} ({region.why})")
        for block in reading.blocks:
            period = f" {block.period} half" if block.period else ""
            state = "" if block.kept else f"  [dropped: {block.why_dropped}]"
            lines.append(f"  indicator block{period} rows {block.start + 1}-{block.end}: {len(block.rows)} rows{state}")
            for column in block.columns:
                role = column.role or "-"
                lines.append(f"    column {column.index + 1}: {role:<11} {column.why}")
    return lines
