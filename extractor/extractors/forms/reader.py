"""Reading one form table: regions → indicator blocks → column roles → indicator rows.

:func:`read_table` is a chain of named steps:

1. :func:`.regions.split_regions` — header fields, funds, goals, indicator blocks, signatures;
2. :func:`halves` — an indicator header holding two periods side by side (长期 │ 年度) is two blocks;
3. :func:`.columns.assign_roles` — the role of each column from its header words and its content;
4. :func:`read_rows` — one :class:`Row` per indicator row (template, total and section rows left out).

The result keeps every decision (:class:`TableReading`), which ``jixiao extract --explain`` prints.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import groupby

from ...nlp.framework import (canonical_level1, canonical_level2, canonical_levels, clean_level, evaluation_level,
                              is_evaluation_framework, names_target_levels, parent_of)
from ...document import CellSpan, compact_cell
from ...layout.headings import LETTER_NUMBER, cn_to_int
from ...nlp.lexicon import total_words
from ...nlp.quantities import level_points, section_points
from ...nlp.script import HAN
from .columns import (LEVEL_POINTS, ColumnRole, assign_roles, is_level1_name, is_level2_name, is_quantity,
                      is_taxonomy_name, names_written_as_levels, roles_map)
from .headers import (
    ACTUAL,
    INDEX,
    LEVEL1,
    LEVEL2,
    LEVEL3,
    NAME,
    OPERATOR,
    SCORE,
    STANDARD,
    UNIT,
    VALUE,
    WEIGHT,
    Header,
    cell_role,
    header_period,
)
from .regions import FIELDS, INDICATORS, SIGNATURES, Region, cells_of, is_signature_row, split_regions

_TOTAL_WORDS = total_words("table_total", "subtotal", "score_total")
_NUMBERING = re.compile(r"^[★☆※]*(?:\d{1,2}[.、．](?!\d)|[一二三四五六七八九十]{1,3}、|[（(]\d{1,2}[)）]|[①②③④⑤⑥⑦⑧⑨⑩]|指标\s*[\d一二三四五六七八九十]{0,2}\s*[:：.．、]"
                        rf"|指标\s*\d{{1,2}}(?=[{HAN}])"  # 指标1工程完工率: the template's number, colon dropped
                        rf"|\d{{1,2}}[)）](?=[{HAN}]))\s*")  # 动物防疫 考核细则: 1)耳标佩戴率100%, a half bracket
_TEMPLATE_NUMBER = re.compile(r"^指标\d{1,2}(?![\d])")
#: a cell of points alone (分值 │ 2; 项目管理 │ 25)
_POINTS = re.compile(r"\d{1,3}(?:\.\d+)?")
_GLUED_TEMPLATE_LABEL = re.compile(rf"(?<=[{HAN}])指标\d{{1,2}}[:：]?$")
# a rate's formula written after its name (儿童健康管理率=接受随访的儿童数/应管理的儿童数*100%): not the name
_FORMULA = re.compile(rf"(?<=[{HAN}]{{2}})[=＝](?=.*[/÷*×]).*$")
_OPERATOR_FIRST = re.compile(r"^[≥≤≧≦><=＞＜]")
_INSTRUCTION = re.compile(r"[（(]\s*(?:限)?\d+\s*字(?:以内|以下)?\s*[)）]")
#: a template's placeholder for a row to fill in: 指标2：, 目标1, 定量指标一, 定性指标描述, 具体指标, **, …… (not 无 or 不适用:
#: those are answers)
_PLACEHOLDER_WORDS = (r"(?:指标|目标)\s*[\d一二三四五六七八九十]+\s*[:：]?|(?:定量|定性)指标\s*[\d一二三四五六七八九十]*(?:描述)?"
                      r"|具体指标|[*＊]+|[…]+|\.{3,}|。{3,}")
_PLACEHOLDER = re.compile(rf"^(?:{_PLACEHOLDER_WORDS})$")
# template and instruction text: never an indicator name ("指标1：", "……", "（200字以内）")
_TEMPLATE_NAME = re.compile(rf"^(?:{_PLACEHOLDER_WORDS}|指标名称|无|暂无|(?:本项目)?不适用(?:此|该|本)?指标|(?:该|此|本)?指标不适用(?:于)?(?:本|该|此)?项目|[…．.。·、\s]+|[/／\-—–]+|[（(]?\d+字以内[)）]?|.{{0,40}}[（(]\d+字以内[)）]|请填写.*|(?:其他|其它)?[…]+|.+[（(]如有[)）]"
                            r"|(?:应|请|须)(?:根据|结合|按照).{4,80}(?:描述|填写|填报|说明)。?)$")  # 调整后绩效目标(如有), 应根据…进行描述: a template's instruction
# a name cell holding only a number ("88"): no indicator name (a table of such rows only is not understood)
_BARE_NUMBER = re.compile(r"[\d.,，]+(?:%|分)?")
_INDICATOR_WORDS = re.compile(r"三级指标|二级指标|一级指标|绩效指标|指标值|指标名称")
_PERIOD_FIRST = ("年度", "长期")


@dataclass
class Row:
    """The cells of one indicator row by role, and the levels carried down to it."""

    index: int  # row index inside the table
    cells: dict[str, str]
    level1_text: str
    level2_text: str
    evaluation: bool
    period: str | None = None


@dataclass
class Block:
    """One indicator block: its header, rows ``start``..``end``, its columns and the rows read."""

    header: Header | None
    start: int
    end: int
    columns: list[ColumnRole]
    period: str | None = None  # 年度 / 长期 for one half of a two-period table
    continued: bool = False  # carries on the block of the previous table (no header of its own)
    rows: list[Row] = field(default_factory=list)
    placeholders: list[Row] = field(default_factory=list)  # template rows left in (指标2： and nothing else)
    has_numbers: bool = False  # some body row writes a number (a blank template writes none)
    kept: bool = True
    why_dropped: str = ""


@dataclass
class TableReading:
    """What the form reader made of one table block."""

    ref: str
    page: int | None
    width: int
    regions: list[Region]
    blocks: list[Block]
    looks_like_indicators: bool
    continued: bool = False  # carries on the indicator block of the previous table
    # no indicator block was found, but the table ends in its indicator header: laid out across (a row of 一级 names
    # over a row of 二级 names) and cut before any value, or a header row cut in the middle (一级指标 │ 二级指标 │ 三级指)
    cut_at_header: bool = False

    @property
    def rows(self) -> list[Row]:
        return [r for b in self.blocks if b.kept for r in b.rows]

    @property
    def placeholders(self) -> list[Row]:
        """The template rows left in a table whose other rows are filled (an unfilled template has none to report)."""
        return [r for b in self.blocks if b.kept for r in b.placeholders] if self.rows else []

    @property
    def blank_template(self) -> bool:
        """Indicator blocks were found, but no row writes a name or a number: a form published unfilled."""
        return bool(self.blocks) and not any(b.has_numbers for b in self.blocks)

    @property
    def signed(self) -> bool:
        """The table ends in its signature rows (审核意见, 填表人): its form ends there."""
        return bool(self.regions) and self.regions[-1].kind == SIGNATURES

    @property
    def header_only(self) -> bool:
        """Indicator headers and not one row under them: the table ends at its header (a form cut there)."""
        return (bool(self.blocks) and all(b.start >= b.end for b in self.blocks)) or self.cut_at_header

    @property
    def lists_names_only(self) -> bool:
        """Indicator rows with nothing right of their names: the name column is the table's last (an indicator
        library, 类别 │ 一级 │ 二级 │ 三级), so no row has a target cell to fill."""
        kept = [b for b in self.blocks if b.kept and b.rows]
        return bool(kept) and all(roles_map(b.columns).get(NAME) == self.width - 1 for b in kept)

    @property
    def not_understood(self) -> bool:
        """It looks like an indicator table (taxonomy words, 指标 headers) but gave no indicator row (an unfilled
        template is understood: it has none)."""
        return self.looks_like_indicators and not self.rows and not self.blank_template and not self.cut_at_header


@dataclass
class Carry:
    """What a table hands to the next one when the next one continues it (cross-page, split sheet)."""

    block: Block | None = None
    level1_text: str = ""
    level2_text: str = ""
    width: int = 0
    same_header: bool = False  # the next table opens with the same header again, on a new page (its rows carry on)


def read_table(table_rows: list[list[str]], ref: str = "", page: int | None = None,
               previous: Carry | None = None, spans: list[CellSpan] | None = None) -> tuple[TableReading, Carry]:
    """The regions, indicator blocks and indicator rows of one table (and what the next table may continue);
    ``spans``, the table's merged cells where the file declares them, tell a group's points from a row's."""
    rows = [[c if isinstance(c, str) else "" for c in r] for r in table_rows or []]
    width = max((len(r) for r in rows), default=0)
    shift = _continuation_shift(rows, width, previous)
    continued = shift is not None
    regions = split_regions(rows, continued=continued)
    _header_tails_off(rows, regions)
    blocks: list[Block] = []
    carry = Carry(width=width)
    if continued:
        carry = Carry(_shifted(previous.block, shift), previous.level1_text, previous.level2_text, width)
    elif _opens_with_the_same_header(regions, previous):
        carry = Carry(previous.block, previous.level1_text, previous.level2_text, width, same_header=True)
    for region in regions:
        if region.kind != INDICATORS:
            continue
        for block in _blocks_of(region, rows, carry.block if region.header is None else None):
            carry = _read_block(block, rows, carry)
            blocks.append(block)
    _keep_one_period(blocks)
    _group_points_apart(blocks, rows, spans)
    looks = bool(blocks) or _looks_like_indicator_table(rows)
    if not blocks and not continued:
        block, carry = _block_without_header(rows, regions, looks, width)
        blocks, looks = ([block], True) if block is not None else (blocks, looks)
    cut_at_header = looks and not blocks and (_ends_at_levels_across(rows) or _ends_in_a_level_header(rows))
    return TableReading(ref, page, width, regions, blocks, looks, continued, cut_at_header), carry


#: a level header written without its 指标, the word wrapped onto a second line (一级 / 指标)
_LEVEL_WORD = re.compile(r"^[一二三]级$")
_HEADER_TAIL = "指标"


def _header_tails_off(rows: list[list[str]], regions: list[Region]) -> None:
    """Each indicator header's tail drawn in its first row (:func:`_header_tail_off`)."""
    for region in regions:
        if region.header is not None:
            _header_tail_off(rows, region.start + region.header.rows, region.header)


def _header_tail_off(rows: list[list[str]], first: int, header: Header) -> None:
    """The tail of a level header the PDF drew below its cell, inside the first row (寿县 自评表 exported with fixed
    row heights: 一级 over 指标规划(15分), 二级 over 指标基础信息(3分), 三级 over 指标基础信息完整性): taken off that
    cell and the cells merged down with it, when two level columns or more show it."""
    if first >= len(rows):
        return
    columns = [k for k, cell in enumerate(header.cells) if _LEVEL_WORD.match(re.sub(r"\s+", "", cell or ""))
               and k < len(rows[first]) and rows[first][k].startswith(_HEADER_TAIL) and len(rows[first][k]) > 2]
    if len(columns) < 2:
        return
    for k in columns:
        text, r = rows[first][k], first
        while r < len(rows) and k < len(rows[r]) and rows[r][k] == text:
            rows[r][k] = text[len(_HEADER_TAIL):]
            r += 1


def _opens_with_the_same_header(regions: list[Region], previous: Carry | None) -> bool:
    """The table's first indicator header is the previous table's, repeated on a new page (辽宁 评价指标体系: a running
    page header between the two tables, the 一级 cell merged down from the page before left empty): its rows carry on
    the previous levels where their own level cells are empty. Inside one table a repeated header starts afresh."""
    first = next((r for r in regions if r.kind == INDICATORS), None)
    before = previous.block.header if previous is not None and previous.block is not None else None
    return first is not None and first.header is not None and before is not None and first.header.cells == before.cells


def _block_without_header(rows: list[list[str]], regions: list[Region], looks: bool,
                          width: int) -> tuple[Block | None, Carry]:
    """The indicator block of a table with no indicator header found, read, and what the next table may continue: a
    headerless fragment (when the table looks like an indicator table), level rows at its end, a table laid out
    across or sideways, or an evaluation tree; (None, an empty carry) when it is none of them."""
    empty = Carry(width=width)
    if looks and (fragment := _headerless_fragment(rows, regions)) is not None:
        readable = [[] if _is_note_row(r) else r for r in _realigned(rows, roles_map(fragment.columns)[LEVEL2])]
        return fragment, _read_block(fragment, readable, empty)
    if (tail := _level_rows_at_the_end(rows)) is not None:
        return tail, _read_block(tail, [r if i >= tail.start else [] for i, r in enumerate(rows)], empty)
    if (across := _block_across(rows) or _block_sideways(rows)) is not None:
        return across, empty
    if (tree := _tree_block(rows)) is not None:
        return tree, _read_block(tree, _without_titles_of_the_tree(rows, tree), empty)
    return None, empty


# -- step 2: blocks and halves --------------------------------------------------------------------


def _blocks_of(region: Region, rows: list[list[str]], continued: Block | None) -> list[Block]:
    if region.header is None:  # continues the previous table's block
        if continued is None:
            return []
        return [Block(continued.header, region.start, region.end, continued.columns, continued.period, continued=True)]
    header = region.header
    body = [r for r in rows[region.start + header.rows: region.end] if not _is_total_row(r)]  # 合计 is no content
    blocks = []
    for by_column, period in halves(header, rows):
        other_half = frozenset(i for i in header.by_column if i not in by_column)
        columns = assign_roles(header.cells, by_column, body, other_half)
        blocks.append(Block(header, region.start + header.rows, region.end, columns, period))
    return blocks


def _headerless_block(rows: list[list[str]]) -> Block | None:
    """A table fragment with no header row (a page that starts inside the indicator table, 大英县 民政局): a column
    holding 二级 names in most rows is the 二级 column, the one left of it the 一级, then come the name and, right
    of it, the columns read by their content (:func:`_roles_right_of_name`). None when no column holds 二级 names
    in three rows or more."""
    width = max((len(r) for r in rows), default=0)
    body = _fragment_body(rows)
    for k in range(width - 1):  # the name may be the last column (an indicator library: nothing right of it)
        column = [r[k] for r in body if k < len(r) and r[k].strip()]
        level2 = [c for c in column if canonical_level2(c) is not None]
        if len(level2) >= 3 and len(level2) >= 0.6 * len(column):
            roles = {LEVEL1: k - 1, LEVEL2: k, NAME: k + 1, **_roles_right_of_name(rows, body, k + 2, width)}
            columns = [ColumnRole(i, "", role, "no header row: the column of 二级 names and its neighbours")
                       for role, i in roles.items() if 0 <= i < width]
            return Block(None, _after_level_headers(rows, k), len(rows), columns)
    return None


def _after_level_headers(rows: list[list[str]], level2_col: int) -> int:
    """The first row of a headerless block: after the last row naming the levels (一级指标 │ 二级指标 │ 绩效目标内容, a
    header the reader could not take, 绩效目标评审申报表) above its first 二级 name, so the form's fields above it are
    no rows; the table's first row when there is none."""
    first = next((i for i, r in enumerate(rows) if canonical_level2(cell_text(r, level2_col)) is not None), 0)
    headers = [i for i in range(first) if any(cell_role(c) in (LEVEL1, LEVEL2, LEVEL3) for c in rows[i] if c)]
    return headers[-1] + 1 if headers else 0


def _headerless_fragment(rows: list[list[str]], regions: list[Region]) -> Block | None:
    """A fragment with no header: the rows a table opens with, up to its first header, funds, goal or note row
    (大英县 医保局: the tail of one form's indicator rows, then the title and funds block of the next form)."""
    lead = regions[0].end if regions and regions[0].kind == FIELDS else len(rows)
    return _headerless_block(rows[:lead])


def _level_rows_at_the_end(rows: list[list[str]]) -> Block | None:
    """Indicator rows that end a form table without a header row of their own (武夷山市: 总体目标 │ text, then 产出指标
    │ 数量指标 │ name │ … │ ≥3个): each opens with a 一级 name and a 二级 name beside it; the name follows, the
    columns right of it are read by their content. None when the table's last row does not open so, or when a
    header above names the levels (a header without a value column is read, or not, as it stands)."""
    width = max((len(r) for r in rows), default=0)
    k = _levels_at(rows[-1]) if rows else None
    if k is None:
        return None
    start = len(rows) - 1
    while start > 0 and _levels_at(rows[start - 1]) == k:
        start -= 1
    if start == 0 or any(cell_role(c) in (LEVEL1, LEVEL2, LEVEL3) for r in rows[:start] for c in r if c):
        return None  # the whole table (a fragment, read by _headerless_block), or rows under a header of their own
    body = rows[start:]
    right = _roles_right_of_name(body, [r for r in body if not _is_note_row(r)], k + 3, width, name_column=k + 2)
    roles = {LEVEL1: k, LEVEL2: k + 1, NAME: k + 2, **right}
    columns = [ColumnRole(i, "", role, "no header row: rows that open with a 一级 and a 二级 name")
               for role, i in roles.items() if i < width]
    return Block(None, start, len(rows), columns)


def _tree_block(rows: list[list[str]]) -> Block | None:
    """A table written as a tree in one column (石嘴山 疾控's 项目绩效目标批复表: 项目 │ 指标值 │ 绩效金额, then the unit,
    the project, 产出指标, 成本指标(必填硬性指标) and the indicators, each on a row of its own): the column where three
    rows or more hold a level name and nothing else, from the first of them; the value column is the one right of
    it holding quantities in most of the other rows. The level rows set the levels as group headings do. None when
    no column is such a tree."""
    width = max((len(r) for r in rows), default=0)
    for k in range(width - 1):
        level_rows = [i for i, r in enumerate(rows) if _section_heading(r) and cell_text(r, k)]
        if len(level_rows) < 3:
            continue
        start = level_rows[0]
        named = [r for i, r in enumerate(rows) if i > start and i not in level_rows and cell_text(r, k)]
        value = next((v for v in range(k + 1, width) if _mostly([cell_text(r, v) for r in named], is_quantity)
                      and sum(1 for r in named if cell_text(r, v)) * 2 > len(named)), None)
        if value is None:
            continue
        why = "a tree in one column: level names on rows of their own, the indicators below them"
        columns = [ColumnRole(k, "", NAME, why), ColumnRole(value, "", VALUE, "the quantities beside the tree's indicators")]
        return Block(None, start, len(rows), columns)
    return None


def _without_titles_of_the_tree(rows: list[list[str]], tree: Block) -> list[list[str]]:
    """The rows of a tree to read: none above it, and no title of a further unit or project (rows with a name and no
    value right before a 一级 row, one of them with its amount beside: the next project's indicators start there; an
    indicator whose value is missing has no amount)."""
    roles = roles_map(tree.columns)
    readable = [r if i >= tree.start else [] for i, r in enumerate(rows)]
    for i in range(len(readable) - 1, tree.start, -1):
        heading = _section_heading(readable[i])
        if heading is None or canonical_level1(heading) is None:
            continue
        j = i
        while j - 1 > tree.start and _section_heading(readable[j - 1]) is None and not cell_text(readable[j - 1], roles[VALUE]):
            j -= 1
        titles = range(j, i)
        if any(re.search(r"\d", c) for t in titles for k, c in enumerate(readable[t]) if k not in roles.values()):
            for t in titles:
                readable[t] = []
    return readable


def _levels_at(row: list[str]) -> int | None:
    """The column of a row's 一级 name when a 二级 name stands right of it and a name after them."""
    k = next((i for i, c in enumerate(row) if c and c.strip()), None)
    if k is None or k + 2 >= len(row) or not cell_text(row, k + 2).strip():
        return None
    return k if canonical_level1(row[k]) and canonical_level2(row[k + 1]) else None


def _fragment_body(rows: list[list[str]]) -> list[list[str]]:
    """The rows of a fragment that may be indicator rows: no 合计, note or signature row."""
    return [r for r in rows if not (_is_total_row(r) or _is_note_row(r) or is_signature_row(cells_of(r)))]


def _is_note_row(row: list[str]) -> bool:
    """A label and one text merged over the rest of the row (评价结论 │ 及时、足额缴纳。 │ …, 存在问题 │ 暂无 │ …)."""
    rest = [c.strip() for c in row[1:] if c and c.strip()]
    return len(set(rest)) == 1 and len(rest) >= 3


def _roles_right_of_name(rows: list[list[str]], body: list[list[str]], first: int, width: int,
                         name_column: int | None = None) -> dict[str, int]:
    """Roles of the columns right of the name in a fragment with no header (四川 form tail: = │ 100 │ % │ │ 22.5):
    a column of operators or of units is one, a column that a 合计 row sums to 100 the 分值 (a second one the 得分);
    a column that repeats the name has none; of the other filled columns, the first is the target and the next the
    actual."""
    from .columns import profile

    roles: dict[str, int] = {}
    others = []
    for c in range(first, width):
        p = profile([cell_text(r, c) for r in body])
        if not p.filled or (name_column is not None and all(cell_text(r, c) == cell_text(r, name_column) for r in body)):
            continue
        if p.operator_share >= 0.6 and OPERATOR not in roles:
            roles[OPERATOR] = c
        elif p.unit_share >= 0.6 and UNIT not in roles:
            roles[UNIT] = c
        elif _summed_to_full_points(rows, c) and SCORE not in roles:
            roles[SCORE if WEIGHT in roles else WEIGHT] = c  # the points, then the score beside them
        else:
            others.append(c)
    for role, c in zip((VALUE, ACTUAL), others):
        roles[role] = c
    return roles


_FULL_POINTS = 100.0


def _summed_to_full_points(rows: list[list[str]], c: int) -> bool:
    """A 合计 row holds 100 in column ``c``: the column of the points (分值/权重)."""
    from ..sentences import to_float

    return any(_is_total_row(r) and to_float(cell_text(r, c)) == _FULL_POINTS for r in rows)


def _realigned(rows: list[list[str]], level2_col: int) -> list[list[str]]:
    """Rows of a headerless fragment put back in their columns: a row shifted one column right holds a 一级 name
    where the 二级 stands and a 二级 name where the indicator's name stands (│ 满意度指标 │ 服务对象满意度指标 │ …),
    unless its 一级 stands in place (满意度指标 │ 服务对象满意度指标 │ 群众满意度: an indicator named like a 二级)."""
    def shifted(row: list[str]) -> bool:
        return (level2_col + 1 < len(row) and canonical_level1(row[level2_col]) is not None
                and canonical_level2(row[level2_col + 1]) is not None
                and not (level2_col > 0 and canonical_level1(row[level2_col - 1]) is not None))
    return [row[1:] + [""] if shifted(row) else row for row in rows]


def halves(header: Header, rows: list[list[str]]) -> list[tuple[dict[int, str], str | None]]:
    """The header as one block, or as two when it holds the value role twice for two periods (长期 │ 年度 side
    by side, each half with its own names, or one name column with 中期指标值 │ 年度指标值).

    Columns whose role appears once (一级指标 left of both halves) belong to both halves.
    """
    values = [i for i, r in sorted(header.by_column.items()) if r == VALUE]
    if len(values) < 2:
        return [(header.by_column, None)]
    names = [i for i, r in header.by_column.items() if r in (NAME, "level3", "content")]
    if len(names) < 2 and not _periods_written(header, rows, values):
        return [(header.by_column, None)]  # a 指标值 cell merged over two columns (operator │ number)
    periods = _column_periods(header, rows)
    if len({periods[i] for i in values} - {None}) < 2:
        return [(header.by_column, None)]
    out = []
    for period in _PERIOD_FIRST:
        keep = {i: r for i, r in header.by_column.items() if periods[i] in (period, None)}
        if any(r == VALUE for r in keep.values()):
            out.append((keep, period))
    return out


def _periods_written(header: Header, rows: list[list[str]], columns: list[int]) -> bool:
    above = cells_of(rows[header.row - 1]) if header.row > 0 else []
    written = {header_period(header.cells[i]) or header_period(above[i] if i < len(above) else "") for i in columns}
    return len(written - {None}) >= 2


def _column_periods(header: Header, rows: list[list[str]]) -> list[str | None]:
    """年度 / 长期 of each column whose role the header repeats. The second copy of a role starts the second
    half; which half is 年度 is read from the header cells or the row above (the 年度 half is the second
    when nothing says)."""
    cells = header.cells
    counts: dict[str, int] = {}
    for role in header.by_column.values():
        counts[role] = counts.get(role, 0) + 1
    repeated = [i for i, r in sorted(header.by_column.items()) if counts[r] > 1]
    split, seen = None, set()
    for i in repeated:
        if header.by_column[i] in seen and split is None:
            split = i
        seen.add(header.by_column[i])
    above = cells_of(rows[header.row - 1]) if header.row > 0 else []
    written = {i: header_period(cells[i]) or header_period(above[i] if i < len(above) else "") for i in repeated}
    second_is_annual = not any(p == "长期" and i >= split or p == "年度" and i < split
                               for i, p in written.items() if p)
    periods: list[str | None] = [None] * len(cells)
    for i in repeated:
        in_second = split is not None and i >= split
        periods[i] = "年度" if in_second == second_is_annual else "长期"
    return periods


def _keep_one_period(blocks: list[Block]) -> None:
    """Of two period halves, the 年度 one gives the form's annual targets; the other is kept only when the
    年度 half is empty."""
    annual = [b for b in blocks if b.period == "年度"]
    others = [b for b in blocks if b.period == "长期"]
    if not annual or not others:
        return
    if any(r.cells.get(NAME) or r.cells.get(VALUE) for b in annual for r in b.rows):
        for b in others:
            b.kept, b.why_dropped = False, "长期 half: the 年度 half gives the annual targets"
    else:
        for b in annual:
            b.kept, b.why_dropped = False, "年度 half is empty"


# -- step 4: rows ------------------------------------------------------------------------------------


def _read_block(block: Block, rows: list[list[str]], carry: Carry) -> Carry:
    roles = roles_map(block.columns)
    body = rows[block.start:block.end]
    carried = block.continued or carry.same_header or _levels_left_above(block, carry.block)
    level1_text, level2_text = (carry.level1_text, carry.level2_text) if carried else ("", "")
    l1_col = roles.get(LEVEL1)
    evaluation = l1_col is not None and is_evaluation_framework(
        [r[l1_col] for r in body if l1_col < len(r)])
    block.has_numbers = block.has_numbers or any(
        re.search(r"\d", cell_text(raw, roles.get(role))) for raw in body for role in (VALUE, ACTUAL, WEIGHT, SCORE))
    together = _ReadTogether.of(block.columns)
    sections = _sections_over_groups(body, roles)
    for index, raw in _unstacked(body, block.start, roles):
        levels = _levels_set_by(raw, body[index - block.start + 1:], roles, level1_text)
        if levels is None and sections:
            levels = (section, "") if (section := _section_row(raw)) else None
        if levels is not None:
            level1_text, level2_text = levels
            continue
        row = together.apply(read_row(raw, roles, block.header), raw)
        if row is None:
            if _only_a_placeholder(raw, roles):
                block.placeholders.append(Row(index, {NAME: cell_text(raw, roles.get(NAME))}, level1_text, level2_text,
                                              evaluation, block.period))
            continue
        if sections and row.get(LEVEL1):
            row[LEVEL2] = row.pop(LEVEL1)  # the group under its section
        if block.rows:
            _take_back_spilled_words(row, block.rows[-1])
        if block.rows and _wraps_previous(row, block.rows[-1]):
            level1_text, level2_text = _join_wrapped(row, block.rows[-1])
            continue
        level1_text, level2_text = _carried_levels(row, level1_text, level2_text)
        if _is_section_row(row, level1_text, level2_text):
            continue
        block.rows.append(Row(index, row, level1_text, level2_text, evaluation, block.period))
    block.rows = _rows_as_indicators(block.rows, roles)
    if block.rows and not any(r.cells.get(NAME) for r in block.rows) and block.header is not None:
        block.rows = _rows_without_names(block, rows, roles)
    return Carry(block, level1_text, level2_text, carry.width)


def _rows_as_indicators(rows: list[Row], roles: dict[str, int]) -> list[Row]:
    """The rows read, one for each indicator: blank rows, numbering and outline codes left out, scoring bands and records
    of one indicator made one, the points of items under their group's taken."""
    rows = _without_outline_codes(_without_letter_numbered_names(_without_blank_rows(rows)))
    rows = _own_points_under_a_group_weight(_one_row_per_scoring_band(rows))
    if WEIGHT not in roles:
        rows = _sole_items_weigh_their_group(rows)
    return rows if VALUE in roles else _one_row_per_indicator(rows)


def _unstacked(body: list[list[str]], start: int, roles: dict[str, int]) -> Iterator[tuple[int, list[str]]]:
    """(row index, cells) of the rows of a block, a row whose name cell stacks its 其中 parts under the name, one
    value a line (义务教育标准班额比例(%)\n其中:小学\n初中 │ 80%以上\n85%以上; 幼儿教师专科及以上学历比例(%)\n其中:本科及以上
    学历比例(%) │ 100%\n50%), as one row a line with a value (a first line with none only names them)."""
    name_col, value_col = roles.get(NAME), roles.get(VALUE)
    for offset, raw in enumerate(body):
        names, values = _lines(cell_text(raw, name_col)), _lines(cell_text(raw, value_col))
        stacked = len(names) > 1 and _STACKED_PART.match(names[1]) and len(values) in (len(names), len(names) - 1)
        if stacked and len(values) >= 2:
            names = [_STACKED_PART.sub("", name) for name in names[len(names) - len(values):]]
        else:
            names, values = _listed_with_numbered_targets(cell_text(raw, name_col), cell_text(raw, value_col))
        if len(values) < 2:
            yield start + offset, raw
            continue
        for name, value in zip(names, values):
            yield start + offset, [name if k == name_col else value if k == value_col else c for k, c in enumerate(raw)]


def _listed_with_numbered_targets(names_cell: str, values_cell: str) -> tuple[list[str], list[str]]:
    """The names a cell lists apart with ； and the targets numbered 1、 2、 in the value cell, one each (黄陂 共青团
    目标分解表: 非公单位团组织新增数;社区团组织覆盖率 │ 1、非公单位团组织增加5个/10个;2、社区团组织覆盖率达30%/40%); none
    unless there are as many of each, two at least."""
    names = [n.strip() for n in re.split(r"[;；\n]", names_cell or "") if n.strip()]
    values = [v.strip(" ;；\n") for v in _NUMBERED_TARGET.split(values_cell or "") if v.strip(" ;；\n")]
    numbered = len(_NUMBERED_TARGET.findall(values_cell or "")) == len(values)
    return (names, values) if len(names) == len(values) >= 2 and numbered else ([], [])


#: a target's list number inside a value cell (1、…; 2、…), at its start or after a break
_NUMBERED_TARGET = re.compile(r"(?:^|(?<=[^\d.．]))\d{1,2}[、．.](?!\d)")


_STACKED_PART = re.compile(r"^其中[:：]?")


def _lines(cell: str) -> list[str]:
    return [line.strip() for line in (cell or "").split("\n") if line.strip()]


def _levels_set_by(raw: list[str], below: list[list[str]], roles: dict[str, int], level1_text: str) -> tuple[str, str] | None:
    """The level texts a row that is no indicator sets: a section heading's, or a numbered group's over numbered
    rows in a table with no level column (:func:`_numbered_group`); None for any other row."""
    heading = _section_heading(raw)
    if heading is not None:
        return _heading_levels(heading, level1_text)
    group = _numbered_group(raw, below, roles) if LEVEL1 not in roles else None
    return (group, "") if group is not None else None


def _section_row(raw: list[str]) -> str | None:
    """The text of a row holding one section heading numbered 一、 across it (二、防疫实施情况(81分)), or None."""
    cells = {compact_cell(c) for c in raw if c and c.strip()}
    text = cells.pop() if len(cells) == 1 else ""
    return text if _CHINESE_NUMBERED.match(text) else None


def _sections_over_groups(body: list[list[str]], roles: dict[str, int]) -> bool:
    """Sections numbered 一、 across the table over a 一级 column of groups numbered 1、 and no 二级 column (动物防疫 秋防
    考核评分细则: 二、防疫实施情况(81分) over 1、免疫密度与耳标佩戴率 │ 1)耳标佩戴率100% │ 10): the sections are the
    一级, the groups the 二级."""
    column = roles.get(LEVEL1)
    if column is None or LEVEL2 in roles:
        return False
    others = [raw for raw in body if not _section_row(raw)]
    groups = {compact_cell(cell_text(raw, column)) for raw in others} - {""}
    return len(others) < len(body) and bool(groups) and all(_ARABIC_NUMBERED.match(group) for group in groups)


def _carried_levels(row: dict[str, str], level1_text: str, level2_text: str) -> tuple[str, str]:
    """The levels of a row: its own level cells, else the ones carried from the rows above."""
    l1, l2 = row.get(LEVEL1, ""), row.get(LEVEL2, "")
    if l1 and l1 != level1_text and (level1_text or canonical_level1(l1) is not None):
        level2_text = ""  # a new 一级 group; a label first seen on a later page (项目效果) keeps the 二级 carried
    return l1 or level1_text, l2 or level2_text


def _rows_without_names(block: Block, rows: list[list[str]], roles: dict[str, int]) -> list[Row]:
    """The rows of a block where no row has a name: indicators without names when the form lost them (names
    written as numbers, or as the level names: each row's 二级 cell names a level, rows past the block such as
    最近年度绩效评价情况 │ 优秀□ do not), else none (levels and numbers only: the block is dropped)."""
    if _names_written_as_numbers(block.rows, rows, roles.get(NAME)):
        return block.rows
    if names_written_as_levels(block.columns):
        named_levels = [r for r in block.rows if is_level2_name(r.cells.get(LEVEL2, ""))]
        if any(r.cells.get(VALUE) for r in named_levels):
            return named_levels
    scored = _scored_dimensions(block)
    if scored:
        return scored
    block.kept, block.why_dropped = False, "no indicator name in any row: levels and numbers only"
    return []


def _scored_dimensions(block: Block) -> list[Row]:
    """A score table by one level only whose column of levels was read as levels by its content, each dimension
    scored a row of its own, named by it (潜江 项目绩效得分情况表: 序号 │ 评价指标 │ 权重 │ 得分 over 决策 │ 14 │ 10.5). []
    unless every row names its own and is scored (the last may be cut before its points), and [] when a column headed
    一级指标 holds the framework's levels (决策, 产出…): a summary of the levels of another table.
    (A 一级指标 │ 分值 │ 得分 table of other names, 武城 立项必要性, is read by its name column: headers._accept.)"""
    rows = block.rows
    dimensions = [r.cells.get(LEVEL1, "") for r in rows]
    if LEVEL2 in {k for r in rows for k in r.cells} or "" in dimensions or len(set(dimensions)) < len(dimensions):
        return []
    scored = [bool(r.cells.get(WEIGHT) or r.cells.get(SCORE)) for r in rows]
    if not (all(scored) or (len(rows) > 2 and all(scored[:-1]))):
        return []
    headed_as_level = any(c.role == LEVEL1 and cell_role(c.header) == LEVEL1 for c in block.columns)
    if headed_as_level and any(canonical_level1(d) or evaluation_level(d) for d in dimensions):
        return []
    names = _without_letter_numbers(dimensions)
    return [Row(r.index, {**{k: v for k, v in r.cells.items() if k not in (LEVEL1, NAME)}, NAME: name},
                "", "", r.evaluation, r.period) for r, name in zip(rows, names)]


def _without_letter_numbered_names(rows: list[Row]) -> list[Row]:
    """The rows with their names' letters A, B, C… dropped when every name is numbered so, in order."""
    names = [r.cells.get(NAME, "") for r in rows]
    unnumbered = _without_letter_numbers(names)
    if unnumbered is not names:
        for row, name in zip(rows, unnumbered):
            row.cells[NAME] = name
    return rows


def _without_letter_numbers(names: list[str]) -> list[str]:
    """Names numbered A, B, C… in order, or 1, 2, 3… in runs of rows, with no mark after the number (A立项必要性,
    B投入经济性; 1工程中心定位, 2依托单位研发) without their numbers; others as they are (A级景区, 1号泵站, 2号泵站)."""
    letters = [m.group("letter") if (m := LETTER_NUMBER.match(n)) else "" for n in names]
    if "".join(letters) == "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[:len(names)]:
        return [n[1:] for n in names]
    numbers = [int(m.group(1)) if (m := _GLUED_NUMBER.match(n)) else None for n in names]
    counted = [_counts_on(numbers, k) for k in range(len(names))]
    if any(counted):
        return [n[len(str(numbers[k])):] if counted[k] else n for k, n in enumerate(names)]
    return names


def _counts_on(numbers: list[int | None], k: int) -> bool:
    """The number of row ``k`` is one of a run of rows numbered one after the other (1, 2, 3 under a group, then 3, 4,
    5 under the next after rows whose numbers had a mark: 连云港 园林 考核表), not a figure a name opens with."""
    n = numbers[k]
    before = numbers[k - 1] if k > 0 else None
    after = numbers[k + 1] if k + 1 < len(numbers) else None
    return n is not None and ((before is not None and before + 1 == n) or (after is not None and after == n + 1))


#: a row number glued to the name it numbers (1工程中心定位), not to a counter it counts (1号泵站, 2期工程)
_GLUED_NUMBER = re.compile(rf"^(\d{{1,2}})(?=[{HAN}])(?![号期批次个座栋年月日届级类标])")


# a score framework's outline code: a letter, then the number of each level below it (A, A1, A1.1), before the text
_NUMBERED_CODE = r"[A-Z]\d{1,2}(?:\.\d{1,2})*"
_OUTLINE_CODE = re.compile(rf"^(?P<code>{_NUMBERED_CODE}|[A-Z])\s*(?=[{HAN}])")


def _without_outline_codes(rows: list[Row]) -> list[Row]:
    """Names and levels coded as a score framework's outline (A建设成效 > A1科学研究 > A1.1科技平台, 河南 协同创新中心)
    without their codes, where the name's code continues the code of a level it sits under; others as they are."""
    for row in rows:
        name = _OUTLINE_CODE.match(row.cells.get(NAME, ""))
        levels = [m for text in (row.level1_text, row.level2_text) if (m := _OUTLINE_CODE.match(text))]
        if name and _lettered_by_level(name["code"], [m["code"] for m in levels]):
            row.cells[NAME] = row.cells[NAME][name.end():]  # C1 under A1 │ B1: the levels keep theirs, as written
            continue
        if not name or not any(name["code"] != m["code"] and name["code"].startswith(m["code"]) for m in levels):
            continue
        row.cells[NAME] = row.cells[NAME][name.end():]
        row.level1_text, row.level2_text = (_without_code_above(t, name["code"]) for t in (row.level1_text, row.level2_text))
    return rows


def _lettered_by_level(code: str, level_codes: list[str]) -> bool:
    """An outline that letters each level in turn and numbers its items through (体育督导 指标体系: A1 教育管理 │ B3 落实
    一小时体育锻炼时间 │ C4 一小时课外活动落实率): the name's letter follows the letters of both its levels, in order."""
    letters = [c[0] for c in level_codes]
    return len(letters) == 2 and all(re.fullmatch(r"[A-Z]\d{1,2}", c) for c in (code, *level_codes)) \
        and ord(letters[0]) + 1 == ord(letters[1]) == ord(code[0]) - 1


def _without_code_above(level_text: str, code: str) -> str:
    """``level_text`` without its outline code when ``code`` (of a row under it) continues it."""
    m = _OUTLINE_CODE.match(level_text)
    return level_text[m.end():] if m and code.startswith(m["code"]) else level_text


def _one_row_per_scoring_band(rows: list[Row]) -> list[Row]:
    """One row for consecutive rows naming the same indicator with its own points (A1.1科技平台(3分)), each row one
    scoring band of it: a standard and the points that band gives (建设成效显著 │ 3; 建设成效明显 │ 2; 不明显 │ 1, 河南
    协同创新中心). The bands' points are no target: the first row stays, without them."""
    out: list[Row] = []
    for row in rows:
        if out and _same_indicator(out[-1], row) and _bands_of(out[-1], row):
            out[-1].cells.pop(VALUE, None)
            continue
        out.append(row)
    return out


def _own_points_under_a_group_weight(rows: list[Row]) -> list[Row]:
    """Rows whose 分值 cell is their group's, merged down over them, while each name states its own points adding up to
    it (信访事项处理 │ 30分 over 1、…按期结案率达95%以上…(10 分), 2、…(10分), 3、…(10 分), 滁州 信访 考核表): each row weighs
    its own points."""
    groups = groupby(rows, key=lambda r: (r.level1_text, r.level2_text, r.cells.get(WEIGHT)))
    for (_, _, weight_cell), run in groups:
        group = list(run)
        own = [section_points(r.cells.get(NAME, "")) for r in group]
        weight = _points_of(weight_cell or "")
        if len(group) > 1 and None not in own and weight is not None and abs(sum(own) - weight) < 1e-6:
            for row, points in zip(group, own):
                row.cells[WEIGHT] = f"{points:g}"
    return rows


def _group_points_apart(blocks: list[Block], rows: list[list[str]], spans: list[CellSpan] | None) -> None:
    """A 分值 cell merged down over two rows or more that do not state their own points weighs their group, not each
    row (重庆 城市照明 考评标准: 城市照明设施建设管理 │ 3分 merged over its five 考评内容, the three groups' 3+4+3 the
    title's 10分; 益阳 自评表: 产出指标(50分) │ … │ 50 merged over its four rows): the rows weigh nothing of their own,
    and the group's label, merged over the same rows, states the points (城市照明设施建设管理(3分)) where it does not."""
    for block in blocks:
        _block_group_points_apart(block, rows, spans or [])


def _block_group_points_apart(block: Block, rows: list[list[str]], spans: list[CellSpan]) -> None:
    column = roles_map(block.columns).get(WEIGHT)
    by_index = {row.index: row for row in block.rows}
    for span in spans:
        under = [by_index[i] for i in range(span.row, span.row + span.rowspan) if i in by_index]
        merged = rows[span.row][span.col] if span.col < len(rows[span.row]) else ""
        if span.col != column or span.colspan != 1 or len(under) < 2 \
                or any(row.cells.get(WEIGHT) != merged for row in under):
            continue  # rows stating their own points (:func:`_own_points_under_a_group_weight`) keep them
        points = _points_of(merged)
        for row in under:
            row.cells.pop(WEIGHT, None)
        if points is not None:
            _points_into_the_group_label(block.rows, under, points)


def _points_into_the_group_label(rows: list[Row], under: list[Row], points: float) -> None:
    """The group label (二级, else 一级) whose rows are exactly ``under`` states ``points`` when it states none."""
    for attribute in ("level2_text", "level1_text"):
        labels = {getattr(row, attribute) for row in under}
        label = labels.pop() if len(labels) == 1 else ""
        if label and sum(getattr(row, attribute) == label for row in rows) == len(under):
            if level_points(label) is None:
                for row in under:
                    setattr(row, attribute, f"{label}({points:g}分)")
            return


def _points_of(cell: str) -> float | None:
    """The points a 分值 cell states (30, 30分): a cell of points alone, its 分 written or not."""
    points = compact_cell(cell).removesuffix("分")
    return float(points) if _POINTS.fullmatch(points) else None


def _sole_items_weigh_their_group(rows: list[Row]) -> list[Row]:
    """In a table with no 分值 column, an item alone in a group that states its points, stating none of its own, weighs
    the group's points ((三)项目实施(20分) │ 4.建设内容完成量, the items of the other groups stating theirs: 2.组织管理(6分)) -
    not when a row left blank follows it in the group (达州 履职成效(20分) │ 部门特性指标 over a slot for the department's
    own rows)."""
    after = {id(r): n.index for r, n in zip(rows, rows[1:])}
    for _, run in groupby(rows, key=lambda r: (r.level1_text, r.level2_text)):
        group = list(run)
        row = group[0]
        points = section_points(row.level2_text or row.level1_text)
        if (len(group) == 1 and points is not None and section_points(row.cells.get(NAME, "")) is None
                and after.get(id(row), row.index + 1) == row.index + 1):
            row.cells[WEIGHT] = f"{points:g}"
    return rows


def _same_indicator(a: Row, b: Row) -> bool:
    return bool(a.cells.get(NAME)) and (a.level1_text, a.level2_text, a.cells.get(NAME)) == (
        b.level1_text, b.level2_text, b.cells.get(NAME))


def _bands_of(first: Row, row: Row) -> bool:
    """``row`` is a lower scoring band of the indicator ``first`` opens: another standard, and points no more than the
    indicator's own (the first band's may already be taken off)."""
    points = section_points(first.cells.get(NAME, ""))
    band = compact_cell(row.cells.get(VALUE, ""))
    return (points is not None and bool(_POINTS.fullmatch(band)) and float(band) < points
            and bool(row.cells.get(STANDARD)) and row.cells.get(STANDARD) != first.cells.get(STANDARD))


# a numbered group heading across a score table with no level columns ("三、产出目标", "1.数量目标", "二、管理目标")
_GROUP_HEADING = re.compile(r"^(?:[一二三四五六七八九十]{1,2}[、.．]|\d{1,2}[.、．])\s*(\S{2,8}(?:目标|指标))$")


def _names_written_as_numbers(read: list[Row], rows: list[list[str]], name_col: int | None) -> bool:
    """Every row's name cell holds a bare number under a name header (指标内容 │ 88 │ 100): the form lost its
    names, so each row is an indicator without one (a missing name to report), not a table the reader failed on."""
    return name_col is not None and all(_BARE_NUMBER.fullmatch(cell_text(rows[r.index], name_col)) for r in read)


def _one_row_per_indicator(rows: list[Row]) -> list[Row]:
    """The first of consecutive rows naming the same indicator under the same levels: in a table with no target
    column they are the records of one indicator (中央转移支付 自评表: 预算资金安排 │ 自评内容 │ 完成情况, one row
    for each amount it records), not indicators of their own. A row whose 分值 cell holds its own points stays: they
    are more points of the indicator (铜陵 农村公益事业 自评表: 账务管理 merged over two scoring rules of 2 and 1 points;
    indicators._more_points_of adds them up)."""
    out: list[Row] = []
    for row in rows:
        if not (out and _same_indicator(out[-1], row)) or _POINTS.fullmatch(compact_cell(row.cells.get(WEIGHT, ""))):
            out.append(row)
    return out


_CHINESE_NUMBERED = re.compile(r"^[一二三四五六七八九十]{1,2}[、.．]\s*(?P<text>\S.{1,30})$")
_ARABIC_NUMBERED = re.compile(r"^\d{1,2}[、.．]")


def _numbered_group(raw: list[str], below: list[list[str]], roles: dict[str, int]) -> str | None:
    """The group a row heads in a table with no level columns: its name numbered 一、 and the next row's 1、, no
    target (嘉定 考核表: 一、评价前期工作组情况 │ 30 │ │ 29 over 1、评价工作组人员专业能力 │ 15 …), as a level text with
    its points ("评价前期工作组情况(30分)") so that the rows under it are summed against them; or its name alone in the
    row over rows not numbered 一、 (量化指标完成情况表: 一、加快发展现代农业 │ │ │ over 冬绿肥示范基地 │ │ │)."""
    name = cell_text(raw, roles.get(NAME))
    m = _CHINESE_NUMBERED.match(compact_cell(name))
    if cell_text(raw, roles.get(VALUE)):
        return None
    if m is None:
        return _group_numbered_in_index(raw, below, roles)
    following = compact_cell(next((cell_text(r, roles.get(NAME)) for r in below if cell_text(r, roles.get(NAME))), ""))
    name_alone = following and not _CHINESE_NUMBERED.match(following) and not any(
        c and c.strip() and c != name for c in raw)
    if not (_ARABIC_NUMBERED.match(following) or name_alone):
        return None
    return _with_points(m.group("text"), compact_cell(cell_text(raw, roles.get(WEIGHT))))


#: a group's number alone in an index column (一, 二、), over its items' 1, 2…
_CHINESE_INDEX = re.compile(r"^[一二三四五六七八九十]{1,2}[、.．]?$")


def _group_numbered_in_index(raw: list[str], below: list[list[str]], roles: dict[str, int]) -> str | None:
    """A group numbered in the index column over items numbered 1, 2… (江西 河湖长制 考核项目: 一 │ 河湖长制基础工作 │ 16
    over 1 │ 完善组织体系 │ 1), as a level text with its points."""
    index, name = roles.get(INDEX), compact_cell(cell_text(raw, roles.get(NAME)))
    if index is None or not name or not _CHINESE_INDEX.match(compact_cell(cell_text(raw, index))):
        return None
    following = next((compact_cell(cell_text(r, index)) for r in below if cell_text(r, index).strip()), "")
    if not re.fullmatch(r"\d{1,2}", following):
        return None
    return _with_points(name, compact_cell(cell_text(raw, roles.get(WEIGHT))))


def _section_heading(raw: list[str]) -> str | None:
    """The heading of a row that holds nothing but one numbered group heading (and one note beside it, no figure) or one
    level name (产出指标, 成本指标(必填硬性指标): a tree's level row), or None."""
    cells = [compact_cell(c) for c in raw if c and c.strip()]
    m = _GROUP_HEADING.match(cells[0]) if cells else None
    beside = {c for c in cells[1:] if c != cells[0]}
    if m and len(beside) <= 1 and not any(re.search(r"\d", c) for c in beside):
        return m.group(1)  # one note beside a numbered group (二、管理目标 │ … │ 财政管理统一要求) leaves it a heading
    filled = set(cells)
    if len(filled) != 1:
        return None
    text = filled.pop()
    return text if is_taxonomy_name(text) and clean_level(text).endswith("指标") else None  # 满意度 alone: a name


def _heading_levels(heading: str, level1_text: str) -> tuple[str, str]:
    """The level texts a group heading sets: a 二级 name of the current 一级 refines it (成本指标 under 产出指标,
    服务对象满意度指标 under 满意度指标), a 一级 name starts a group, another 二级 name refines the current one, another
    group (一、投入目标, 二、管理目标: the evaluation's, no target level) starts a group of its own (食品药品监管 专项 目标表)."""
    level2 = canonical_level2(heading)
    if level2 is not None and level1_text and parent_of(level2) == canonical_level1(level1_text):
        return level1_text, heading
    if level2 is not None and canonical_level1(heading) is None:
        return level1_text, heading
    return heading, ""


def _levels_left_above(block: Block, previous: Block | None) -> bool:
    """A header repeated after a page break whose level columns are empty (稷山县 PDF: the merged 产出指标 │ 数量指标
    cells stayed above, their text run into the repeated header): the rows carry on the previous block's levels."""
    if previous is None or block.header is None or len(block.columns) != len(previous.columns):
        return False
    before, now = roles_map(previous.columns), roles_map(block.columns)
    if not {LEVEL1, LEVEL2} & set(before) or {LEVEL1, LEVEL2} & set(now):
        return False
    return {r: i for r, i in before.items() if r not in (LEVEL1, LEVEL2)} == now


def _wraps_previous(row: dict[str, str], previous: Row) -> bool:
    """A PDF row holding only the wrapped ends of the previous row's cells ("服务对象满意度指" │ "学生、家长、社会"
    above "标" │ "满意度"): no number of its own, and a level cell that completes the previous row's level name."""
    if any(row.get(role) for role in (VALUE, ACTUAL, WEIGHT, SCORE)) or not row.get(NAME) or not previous.cells.get(NAME):
        return False
    completions = [(previous_text, row.get(role, "")) for role, previous_text in
                   ((LEVEL1, previous.level1_text), (LEVEL2, previous.level2_text)) if row.get(role)]
    return bool(completions) and all(is_taxonomy_name(head + tail) and not is_taxonomy_name(tail)
                                     for head, tail in completions)


_SPILLED_TO_BRACKET = re.compile(r"[^（()）]{0,12}[）)]")


def _take_back_spilled_words(row: dict[str, str], previous: Row) -> None:
    """The end of the previous row's name that spilled into this row's name cell (a PDF cell taller than its row:
    "招投标程序需要的时间（不含多次流标" above "情况）指标2：项目完成周期", 休宁县): the words up to the bracket that closes
    the previous name go back to it."""
    before, name = previous.cells.get(NAME, ""), row.get(NAME, "")
    if not name or before.count("（") + before.count("(") <= before.count("）") + before.count(")"):
        return
    m = _SPILLED_TO_BRACKET.match(name)
    if m and m.end() < len(name):
        previous.cells[NAME] = before + m.group()
        row[NAME] = _clean_name(name[m.end():])


def _join_wrapped(row: dict[str, str], previous: Row) -> tuple[str, str]:
    """Append the wrapped ends to the previous row; its level texts, completed, carry on."""
    previous.cells[NAME] += row[NAME]
    if row.get(LEVEL1):
        previous.level1_text += row[LEVEL1]
    if row.get(LEVEL2):
        previous.level2_text += row[LEVEL2]
    return previous.level1_text, previous.level2_text


def _is_blank(row: Row) -> bool:
    """Nothing but level labels, or points of 0 left on an empty template row (生态效益指标 │ │ … │ 0), or no name and
    zeros the system filled in (经济成本指标 │ 0 │ 0.00% │ 0, 奉节县), or points alone, with no name nor level of the
    row's own (a page cut before the names: │ │ 4 │ 市水利局)."""
    cells = row.cells
    if not any(_filled(cells.get(r, "")) for r in (NAME, VALUE, ACTUAL)):
        points_alone = not any(_filled(cells.get(r, "")) for r in (LEVEL1, LEVEL2)) and _is_zero_or_empty(
            cells.get(SCORE, ""))
        return points_alone or all(_is_zero_or_empty(cells.get(r, "")) for r in (WEIGHT, SCORE))
    return not _filled(cells.get(NAME, "")) and all(
        _is_zero_or_empty(cells.get(r, "")) for r in (VALUE, ACTUAL, WEIGHT, SCORE))


def _filled(text: str) -> bool:
    """Something written: not 无, —, … nor an outline code alone (C15, the page cut before its name)."""
    return bool(text.strip()) and not _TEMPLATE_NAME.match(text.strip()) and not _CODE_ALONE.fullmatch(text.strip())


_CODE_ALONE = re.compile(_NUMBERED_CODE)  # an outline code (:data:`_OUTLINE_CODE`) with its numbers, nothing after it


def _is_zero_or_empty(text: str) -> bool:
    return not text.strip() or bool(re.fullmatch(r"\s*0+(?:\.0+)?\s*%?\s*", text))


def _without_blank_rows(rows: list[Row]) -> list[Row]:
    """Template rows left with only their level labels are no indicators (issue 14, pattern 8), nor are the rules a
    scoring sheet adds points by or takes them off by (加分项 │ 每举办1次加3分, 河池 奖罚分 │ …国家级加10分)."""
    return [row for row in rows if not _is_blank(row) and not _is_bonus_rule(row) and not _numbers_the_columns(row)]


_COLUMN_NUMBER = re.compile(r"[（(]?(?P<n>[一二三四五六七八九十]{1,3}|\d{1,2})[)）]?")


def _numbers_the_columns(row: Row) -> bool:
    """A row under the header that numbers its columns, (一) │ (二) │ (三) │ (四) or 1 │ 2 │ 3 │ 4, each number once and
    none missing (a contract's 清洁质量评分表, a form's 栏次 row): no indicator."""
    numbers = [_COLUMN_NUMBER.fullmatch(compact_cell(cell)) for cell in row.cells.values() if cell.strip()]
    values = [cn_to_int(m.group("n")) if m else None for m in numbers]
    return len(values) >= 3 and None not in values and sorted(values) == list(range(min(values), min(values) + len(values)))


#: the label of a scoring sheet's bonus or penalty rules, not of an indicator
_BONUS_LABEL = re.compile(r"^(?:加分|扣分|加减分|奖罚分?|奖惩分?|奖励加分|附加分)(?:项目?|事项|指标)?$")


def _is_bonus_rule(row: Row) -> bool:
    return any(_BONUS_LABEL.match(clean_level(text)) for text in (row.level1_text, row.level2_text, row.cells.get(NAME)))


@dataclass(frozen=True)
class _ReadTogether:
    """The columns of a block whose cells a row reads together, found once a block from its column roles: a scale one
    grade a column, a level's points beside it."""

    scale: tuple[tuple[str, int], ...] = ()  # (grade, column): 绩效标准 over 优 │ 良 │ 中 │ 差
    level_points: tuple[tuple[str, int], ...] = ()  # (LEVEL1 or LEVEL2, the column of its points)

    @classmethod
    def of(cls, columns: list[ColumnRole]) -> _ReadTogether:
        """A scale written one grade a column under one header (绩效标准 over 优 │ 良 │ 中 │ 差, 海南 公益林 目标表); a
        level's points in a column of their own beside it (一级 │ 分值 │ 二级 │ 分值 │ 三级 │ 分值 │ 得分, 海南 评价报告), a
        权重 there being a share, not points (吉林 检验检疫: 一级 │ 权重 50 │ 二级 │ 分值 75 of 100)."""
        scale = [(c.header.rpartition("/"), c.index) for c in columns if c.role == STANDARD]
        parents = {parent for (parent, _, _), _ in scale}
        whole_scale = len(scale) >= 2 and len(parents) == 1 and "" not in parents
        levels = {c.index: c.role for c in columns if c.role in (LEVEL1, LEVEL2)}
        return cls(tuple((grade, i) for (_, _, grade), i in scale) if whole_scale else (),
                   tuple((levels[c.index - 1], c.index) for c in columns
                         if c.why.endswith(LEVEL_POINTS) and "权重" not in c.header and levels.get(c.index - 1)))

    def apply(self, row: dict[str, str] | None, raw: list[str]) -> dict[str, str] | None:
        """The row with what those columns say together: the row's standard is every grade with its criterion
        (优：完全到位；良：绝大多数完全到位；…), not the first grade's cell; a level reads as a heading that states its
        points (项目管理(25分)), so its rows' points can be summed against them as everywhere else."""
        if row is None:
            return None
        if self.scale:
            row[STANDARD] = "；".join(f"{grade}：{cell_text(raw, i)}" for grade, i in self.scale if cell_text(raw, i))
        for role, i in self.level_points:
            if row.get(role):
                row[role] = _with_points(row[role], cell_text(raw, i))
        return row


def _with_points(level_text: str, points: str) -> str:
    """A level's text as a heading stating the points of the cell beside it (项目管理 │ 25 → 项目管理(25分)), when that
    cell is a bare number and the text states none."""
    if _POINTS.fullmatch(points) and section_points(level_text) is None:
        return f"{level_text}({points}分)"
    return level_text


def read_row(raw: list[str], roles: dict[str, int], header: Header | None) -> dict[str, str] | None:
    """The cells of one body row by role, or None for an empty, title, total, signature or template row."""
    filled = [c.strip() for c in raw if c and c.strip()]
    if not filled or (len(set(filled)) == 1 and len(filled) > 1 and len(raw) > 2):
        return None  # empty row or a note/title merged across the whole width
    if header is not None and (tuple(raw) == tuple(header.cells) or _repeats_the_header(raw, roles, header)):
        return None
    if _is_total_row(raw) or is_signature_row(cells_of(raw)):
        return None
    cells = {role: cell_text(raw, i) for role, i in roles.items()}
    if _is_merged_note(cells) or _INSTRUCTION.search(cells.get(NAME, "")):
        return None  # a note merged across the name and value columns, or an instruction to fill in
    cells[NAME] = _clean_name(cells.get(NAME, ""))
    if _TEMPLATE_NAME.match(cells[NAME]) or _BARE_NUMBER.fullmatch(cells[NAME]):
        cells[NAME] = ""
        if not _has_measure(cells) or _levels_not_taxonomy(cells):
            return None  # … a row of another block under the table (预算绩效评价结果 │ 考核节点进度完成率 │ 10分)
    if not cells[NAME] and not cells.get(VALUE) and not cells.get(LEVEL2) and not cells.get(WEIGHT):
        return None
    return cells


def _repeats_the_header(raw: list[str], roles: dict[str, int], header: Header) -> bool:
    """A second header row that repeats the level and name headers over cells naming the parts of a merged value
    header (一级指标 │ 二级指标 │ 三级指标 │ 新罗区 │ 上杭县 under 区域目标值, 龙岩市): no indicator row."""
    columns = [roles[r] for r in (LEVEL1, LEVEL2, NAME) if r in roles]
    return bool(columns) and all(cell_text(raw, i) and cell_text(raw, i) == cell_text(header.cells, i) for i in columns)


def _levels_not_taxonomy(cells: dict[str, str]) -> bool:
    """Level cells filled with words that are no level names."""
    levels = [cells.get(r, "") for r in (LEVEL1, LEVEL2) if cells.get(r)]
    return bool(levels) and not any(is_taxonomy_name(c) for c in levels)


def _is_merged_note(cells: dict[str, str]) -> bool:
    """The same text in the name and value cells and no points nor actual: one note merged across both; with
    points it is an indicator whose target repeats its name (巩固拓展脱贫攻坚成果 │ 巩固拓展脱贫攻坚成果 │ 10), unless the
    text is a target itself (≥12公里 │ ≥12公里 │ 10: the value merged over the name cell)."""
    name = cells.get(NAME)
    if not name or name != cells.get(VALUE):
        return False
    return not any(cells.get(r) for r in (WEIGHT, SCORE, ACTUAL)) or bool(_OPERATOR_FIRST.match(name))


def _only_a_placeholder(raw: list[str], roles: dict[str, int]) -> bool:
    """The row's name cell holds a template placeholder and no cell besides its levels writes anything."""
    name = compact_cell(cell_text(raw, roles.get(NAME)))
    others = [compact_cell(cell_text(raw, i)) for r, i in roles.items() if r not in (NAME, LEVEL1, LEVEL2)]
    return bool(_PLACEHOLDER.match(name)) and not any(c and not _PLACEHOLDER.match(c) for c in others)


def is_template_text(text: str) -> bool:
    """Template or instruction text of a form ("指标1：", "……", "（200字以内）"), not content."""
    return bool(_TEMPLATE_NAME.match(compact_cell(text or "")))


def _has_measure(cells: dict[str, str]) -> bool:
    return any(_real(cells.get(r, "")) for r in (VALUE, ACTUAL, SCORE))


def _real(text: str) -> bool:
    return bool(re.search(r"\d", text)) and not _TEMPLATE_NAME.match(text)


def _is_section_row(row: dict[str, str], level1_text: str, level2_text: str) -> bool:
    name = row.get(NAME, "")
    return bool(name) and name in (clean_level(level1_text), clean_level(level2_text)) and not row.get(VALUE) and not row.get(WEIGHT)


def cell_text(row: list[str], i: int | None) -> str:
    """The text of ``row[i]``, stripped; "" for no column, a short row or a cell that holds no text."""
    if i is None or i >= len(row):
        return ""
    value = row[i]
    return value.strip() if isinstance(value, str) else ""


def _is_total_row(cells: list[str]) -> bool:
    for c in cells[:4]:
        s = re.sub(r"\s+", "", c or "")
        if any(s.startswith(w) for w in _TOTAL_WORDS):
            return True
    return False


#: a list number with its mark and a space before a figure (1. 10万元以上…), which joined to it would read as 1.10
_SPACED_NUMBER = re.compile(r"^\s*\d{1,2}[.．]\s+(?=\d)")


def _clean_name(text: str) -> str:
    """The name without spaces, its numbering and a core-indicator mark (★); a template label of the next row glued
    on by a PDF row line the page did not draw ("指标1安全率指标2") goes with the template numbering."""
    compact = re.sub(r"\s+", "", _SPACED_NUMBER.sub("", text or ""))
    if _TEMPLATE_NUMBER.match(compact):
        compact = _GLUED_TEMPLATE_LABEL.sub("", compact)
    compact = _FORMULA.sub("", compact)
    return _NUMBERING.sub("", compact).strip("★☆※ ")


def _continuation_shift(rows: list[list[str]], width: int, previous: Carry | None) -> int | None:
    """A table without an indicator header of its own continues the previous indicator block when it is as wide,
    or narrower by leading columns that had no role (a label merged down the block, left behind on the first
    page): how many columns it lacks on the left, or None when it does not continue."""
    if previous is None or previous.block is None or not rows:
        return None
    from .headers import classify_header

    if any(classify_header(r) is not None for r in rows[:40]):
        return None
    shift = previous.width - width
    if shift == 0 or (shift > 0 and _lacks_columns_on_the_right(rows, previous.block.columns, width, shift)):
        return 0
    leading = [c for c in previous.block.columns if c.index < shift]
    if not (0 < shift <= 3 and len(leading) == shift):
        return None
    if shift <= 2 and (all(c.role is None for c in leading)
                       or _levels_left_behind(rows, leading, previous.block.columns, shift)):
        return shift
    if _all_levels_left_behind(rows, leading, previous.block.columns, shift):
        return shift
    return None


def _lacks_columns_on_the_right(rows: list[list[str]], columns: list[ColumnRole], width: int, shift: int) -> bool:
    """The narrower table lacks columns on the right, not on the left: the columns beyond its width had no role (an
    empty 理由 column a PDF page drops, 吉林 检验检疫 评价表), and the indicator names stand in the name column
    as it is, not ``shift`` columns to its left (where the points are)."""
    from .columns import profile

    name = next((c.index for c in columns if c.role in (NAME, LEVEL3)), None)
    if name is None or name < shift or any(c.role is not None for c in columns if c.index >= width):
        return False
    names = [profile([r[i] if i < len(r) else "" for r in rows]).text_share for i in (name, name - shift)]
    return names[0] >= 0.5 > names[1]


def _all_levels_left_behind(rows: list[list[str]], leading: list[ColumnRole], columns: list[ColumnRole],
                            shift: int) -> bool:
    """The label, 一级 and 二级 columns merged down the block stayed on the first page (their text printed above the
    table on the next one, 昌宁县 PDF): the table starts with the names of the column that followed them, and
    the rows carry on under the last levels read."""
    from .columns import profile

    after = next((c for c in columns if c.index == shift), None)
    if after is None or after.role not in (NAME, LEVEL3) or any(c.role not in (None, LEVEL1, LEVEL2) for c in leading):
        return False
    if not any(c.role in (LEVEL1, LEVEL2) for c in leading):
        return False
    first = profile([r[0] if r else "" for r in rows])
    return first.level2_share < 0.2 and first.level1_share < 0.2


def _levels_left_behind(rows: list[list[str]], leading: list[ColumnRole], columns: list[ColumnRole], shift: int) -> bool:
    """The 一级 column merged down the block stayed on the first page: the table starts with the 二级 names of the
    column that followed it (质量指标 │ 各类书籍审稿率 │ … after 产出指标 │ 数量指标 │ …)."""
    from .columns import profile

    after = next((c for c in columns if c.index == shift), None)
    if after is None or after.role != LEVEL2 or any(c.role not in (None, LEVEL1) for c in leading):
        return False
    return profile([r[0] if r else "" for r in rows]).level2_share >= 0.5


def _shifted(block: Block, shift: int) -> Block:
    """The block's columns for a table that lacks its ``shift`` leading columns."""
    if not shift:
        return block
    columns = [ColumnRole(c.index - shift, c.header, c.role, c.why + f"; {shift} column(s) to the left on this page")
               for c in block.columns if c.index >= shift]
    return Block(block.header, block.start, block.end, columns, block.period, block.continued)


def _block_across(rows: list[list[str]]) -> Block | None:
    """An indicator table laid out across with its names (德化 绩效目标表: 项目单位 │ 产出指标 … over 质量指标 │ 数量指标 …
    over 资金投向合规率 │ 扶持村数 …, then one row a sub-unit): one indicator a column, its levels the names above it,
    its target the first sub-unit's cell, as a sub-unit column's is. None for any other table, and for one cut before
    its first sub-unit's row (its names are then only a header: blind18's writer and blind106's agree there)."""
    i = _levels_across_at(rows)
    if i is None or i + 2 >= len(rows):
        return None
    names, units = rows[i + 2], [r for r in rows[i + 3:] if cell_text(r, 0).strip()]
    if not _mostly(names[1:], _names_an_indicator) or not units:
        return None  # no names, or cut before the first sub-unit's row: a table cut at its header (惠安县)
    first = units[0]
    read = [Row(i + 2, {NAME: _clean_name(name), VALUE: cell_text(first, k)}, compact_cell(cell_text(rows[i], k)),
                compact_cell(cell_text(rows[i + 1], k)), False)
            for k, name in enumerate(names) if k > 0 and name and name != names[0]]
    return Block(None, i + 2, len(rows), [], rows=read, has_numbers=any(re.search(r"\d", c or "") for c in first))


def _levels_across_at(rows: list[list[str]]) -> int | None:
    """The first row of 一级 names right of a label column over a row of 二级 names: the head of a table laid out
    across (one column an indicator, one row a sub-unit); None when the table has none."""
    return next((i for i in range(len(rows) - 1)
                 if _mostly(rows[i][1:], is_level1_name) and _mostly(rows[i + 1][1:], is_level2_name)), None)


def _block_sideways(rows: list[list[str]]) -> Block | None:
    """A table of targets laid out sideways, its labels in the first column (益阳 乡村振兴 主要指标: 主要指标 │ 粮食综合生产
    能力 │ … over 2022年目标值 │ >6亿吨 │ … over 属性 │ 约束性 │ …, in blocks of rows): one indicator a column of each
    block, its target the cell under its name. None for any other table."""
    read = []
    for i in range(len(rows) - 1):
        if cell_role(cell_text(rows[i], 0)) == NAME and cell_role(cell_text(rows[i + 1], 0)) == VALUE:
            read.extend(Row(i, {NAME: _clean_name(name), VALUE: cell_text(rows[i + 1], k)}, "", "", False)
                        for k, name in enumerate(rows[i]) if k > 0 and name and name.strip())
    return Block(None, read[0].index, len(rows), [], rows=read, has_numbers=True) if read else None


def _names_an_indicator(cell: str) -> bool:
    return not is_level1_name(cell) and not is_level2_name(cell) and not is_quantity(cell)


def _ends_at_levels_across(rows: list[list[str]]) -> bool:
    """An indicator table laid out across - a row of 一级 names over a row of 二级 names right of a label column (镇 │
    产出指标 │ 产出指标 │ 效益指标, then 镇 │ 质量指标 │ 数量指标 │ 社会效益指标), one column an indicator, one row a
    sub-unit - that ends before any row holds a number (惠安县, cut in its header)."""
    i = _levels_across_at(rows)
    if i is None:
        return False
    names = i + 2 < len(rows) and _mostly(rows[i + 2][1:], _names_an_indicator)  # 指标1:… names no number
    return not any(re.search(r"\d", c) for r in rows[i + (3 if names else 2):] for c in r if c)


def _ends_in_a_level_header(rows: list[list[str]]) -> bool:
    """The table's last row is an indicator header cut before its value column (黄冈市: 年度绩效指标 │ 一级指标 │ 二级指标
    │ 三级指): two level header words or more, nothing after it."""
    last = next((r for r in reversed(rows) if any(c and c.strip() for c in r)), [])
    return sum(1 for c in last if c and cell_role(c) in (LEVEL1, LEVEL2, LEVEL3)) >= 2


def _mostly(cells: list[str], test) -> bool:
    filled = [c for c in cells if c and c.strip()]
    return len(filled) >= 2 and sum(1 for c in filled if test(c)) * 2 > len(filled)


def _looks_like_indicator_table(rows: list[list[str]]) -> bool:
    """Taxonomy names in three cells or more, or an indicator header word, in a table that is not a score table
    of the evaluation framework."""
    cells = [c for r in rows for c in cells_of(r) if c]
    taxonomy = sum(1 for c in set(cells) if is_taxonomy_name(c))
    headers = any(_INDICATOR_WORDS.search(c) and len(c) <= 12 for c in cells)
    evaluation = any(evaluation_level(c) in ("决策", "过程") for c in cells)
    return (taxonomy >= 3 or headers) and not evaluation


# -- the levels of a row ------------------------------------------------------------------------------


def row_levels(row: Row) -> tuple[str | None, str | None]:
    """Canonical (level1, level2) of a row; none for the evaluation framework (决策/过程/产出/效益), unless the row's
    二级 is a target-tree name (项目决策 │ 数量指标 on a county form: the 二级 decides, its 一级 follows)."""
    if row.evaluation:
        return canonical_levels(None, row.level2_text) if names_target_levels(row.level1_text, row.level2_text) else (None, None)
    return canonical_levels(row.level1_text, row.level2_text)
