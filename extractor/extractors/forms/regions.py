"""A form table as regions: header fields, funds block, goals, indicator blocks, signatures.

A whole form is often one big table: 项目名称/主管部门 rows, a funds block under 预算数/执行数 headers,
goal rows, then one or more indicator blocks (the header may repeat after a page break), then the
signature rows (填表人, 单位公章). Each row gets the kind of the region it belongs to; an indicator block
runs from its header to the next region start.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...document import compact_cell
from .columns import is_taxonomy_name
from .headers import HEADER_CELL_MAX_CHARS, Header, header_at

FIELDS, FUNDS, GOALS, INDICATORS, SIGNATURES, NOTES = "fields", "funds", "goals", "indicators", "signatures", "notes"

# a row that signs the form or says who filled it in: the end of any indicator block
_SIGNATURE = re.compile(
    r"^(?:填表人|填报人|项目负责人|单位负责人|部门负责人|财务负责人|联系人|联系电话|填报日期|填表日期|审核人|经办人|"
    r"单位(?:公章|盖章)|(?:单位)?[（(]?(?:盖章|签章|签字|签名)[)）]?|(?:单位)?(?:主要)?负责人(?:签字|签批(?:意见)?)?"
    # the reviewers' rows closing a target form (望城 专项资金绩效目标申报表: 主管部门审核意见 │ 年月日(盖章))
    r"|(?:主管部门|财政部门|主管单位)?(?:审核|审批|审查)意见|年月日[（(]?(?:盖章|签章)[)）]?)\s*[:：]?")
_FUNDS_PLANNED = re.compile(r"预算数|预算金额|年初预算|全年预算|调整后预算|计划数")
_FUNDS_ACTUAL = re.compile(r"执行数|执行率|实际支出|支出数|到位数|实际到位")
_FUNDS_LABEL = re.compile(r"^(?:项目)?(?:年度)?资金(?:情况|总额|安排)?(?:[（(]万元[)）])?$|^资金总额")


@dataclass(frozen=True)
class Region:
    """Rows ``start`` (inclusive) to ``end`` (exclusive) of one kind; ``header`` for an indicator block."""

    kind: str
    start: int
    end: int
    why: str
    header: Header | None = None


def cells_of(row) -> list[str]:
    """One table row as normalised, stripped strings (None cells become "")."""
    return [compact_cell(c) if isinstance(c, str) else "" for c in row]


def is_signature_row(cells: list[str]) -> bool:
    filled = [c for c in cells if c]
    return bool(filled) and any(_SIGNATURE.match(c) for c in filled[:3])


def is_funds_header(cells: list[str]) -> bool:
    """预算数 and 执行数 (or their kin) in the row's header cells; an explanation naming them (寿县 自评表: 反映部门及所属
    二级单位本年度预算执行数占预算数的比…) is no header cell and heads nothing."""
    labels = [c for c in cells if len(c) <= HEADER_CELL_MAX_CHARS]
    return any(_FUNDS_PLANNED.search(c) for c in labels) and any(_FUNDS_ACTUAL.search(c) for c in labels)


def _goal_row(cells: list[str]) -> bool:
    from ..goals import goal_kind

    filled = [c for c in cells if c]
    return bool(filled) and goal_kind(filled[0]) is not None and goal_kind(filled[0]) != "目标"


def _row_kind(rows: list[list[str]], i: int) -> tuple[str | None, str, Header | None]:
    """The region a row opens, with why, or None when the row continues the current region."""
    header = header_at(rows, i)
    if header is not None:
        return INDICATORS, "indicator header words: " + " | ".join(re.sub(r"\s+", "", c) for c in header.cells if c), header
    cells = cells_of(rows[i])
    if is_signature_row(cells):
        return SIGNATURES, f"signature or filler row “{next(c for c in cells if c)}”", None
    if is_funds_header(cells):
        return FUNDS, "funds header (预算数/执行数)", None
    if _goal_row(cells):
        return GOALS, f"goal label “{next(c for c in cells if c)}”", None
    if _project_name_row(cells):
        return FIELDS, "a project's name (项目名称 │ …): the head of the next project's form", None
    if _note_row(cells):
        return NOTES, "a text merged across the row (总体评价, 说明, an instruction)", None
    return None, "", None


def _project_name_row(cells: list[str]) -> bool:
    """项目名称 │ name: the first row of a project's form, also when a second project's form goes on in the same table
    (鄂州 财政局: every project's 自评表 on one sheet)."""
    filled = list(dict.fromkeys(c for c in cells if c))
    return len(filled) >= 2 and filled[0] == "项目名称"


def _note_row(cells: list[str]) -> bool:
    """A label and one long text merged across most of the row (总体评价 │ 结合自评情况…（200字以内）)."""
    filled = [c for c in cells if c]
    distinct = list(dict.fromkeys(filled))
    if not 1 <= len(distinct) <= 2 or len(filled) < max(3, len(cells) // 2):
        return False
    text = distinct[-1]
    return len(text) >= 15 and filled.count(text) >= len(cells) // 2


def split_regions(rows: list[list[str]], continued: bool = False) -> list[Region]:
    """The regions of a table, in row order; ``continued`` when it carries on an indicator block of the
    previous table (a page break without a repeated header)."""
    regions: list[Region] = []
    kind, start, why, header = (INDICATORS if continued else FIELDS), 0, (
        "continues the indicator block of the previous table" if continued else "rows before any header"), None
    i = 0
    while i < len(rows):
        new_kind, new_why, new_header = _row_kind(rows, i)
        if new_kind is None and kind == NOTES and _indicators_after_note(regions, rows[i]):
            new_kind, new_why = INDICATORS, "indicator rows again after a note: the block above continues"
        if new_kind == NOTES and kind == INDICATORS and _inside_the_block(cells_of(rows[i])):
            new_kind = None  # a part's title or the explanation of the row above, merged across: no note
        if (new_kind is None or (new_kind == GOALS and kind == INDICATORS and not _ends_block(rows, i))
                or (new_kind in (SIGNATURES, FIELDS) and kind == FIELDS)):  # 项目负责人, 项目名称 among the header fields
            i += 1
            continue
        if i > start:
            regions.append(Region(kind, start, i, why, header))
        kind, start, why, header = new_kind, i, new_why, new_header
        i += new_header.rows if new_header is not None else 1
    if len(rows) > start:
        regions.append(Region(kind, start, len(rows), why, header))
    return regions


#: a numbered title of a part of an indicator block, merged across the table (广东 农村生活垃圾 评估指标和权重表:
#: 一、农村生活垃圾治理工作现状评估指标, then its rows, then 二、…成效主观评估指标)
_SECTION_TITLE = re.compile(r"^[一二三四五六七八九十]{1,2}[、.．]\S{2,28}(?:指标|目标)$")


#: the explanation of the indicator above, merged across the row beside the groups' cells (健康中国行动 主要指标:
#: (一)健康知识普及行动 │ 说明:健康素养指…计算方法:…)
_EXPLANATION = re.compile(r"^(?:说明|注|注释)[:：]")


def _inside_the_block(cells: list[str]) -> bool:
    """A numbered title of a part of the block, or the explanation of the row above, merged across the table."""
    distinct = list(dict.fromkeys(c for c in cells if c))
    return bool(distinct) and ((len(distinct) == 1 and _SECTION_TITLE.match(distinct[0]) is not None)
                               or _EXPLANATION.match(distinct[-1]) is not None)


def _indicators_after_note(regions: list[Region], row) -> bool:
    """A row naming indicator levels (产出指标 │ 质量指标 │ …) below a note that interrupted an indicator block (a
    mirror's stray text, 永济 申报表): the block goes on."""
    return any(r.kind == INDICATORS for r in regions) and any(is_taxonomy_name(c) for c in cells_of(row)[:4])


def _ends_block(rows: list[list[str]], i: int) -> bool:
    """A goal label row below an indicator block ends it only when it is a form row: the label, then one text
    (merged across the other columns), not a row of indicator cells beside a goal label merged down."""
    cells = [c for c in cells_of(rows[i]) if c]
    distinct = list(dict.fromkeys(cells))
    if any(is_taxonomy_name(c) for c in distinct[1:]):
        return False  # 年度绩效目标 │ 成本指标(0-20)分 │ 社会成本指标: an (empty) indicator row beside the merged label
    return 2 <= len(distinct) <= 3 and max(len(c) for c in distinct[1:]) >= 10
