"""Indicators from tables: target tables (申报表/目标表), self-assessment tables and score tables.

The form reader (:mod:`.forms`) finds the indicator blocks of each table and the role of each column
from its header words and its content; this module turns each row it read into an :class:`Indicator`.
Level cells left blank under a merge are carried down. Each 指标值 cell is split into operator/value/unit/deadline with
:func:`extractor.nlp.quantities.parse_quantity` (unit from the unit column when present).
Level names are mapped to canonical names (:mod:`extractor.nlp.framework`); score tables of
evaluation reports (决策/过程/产出/效益) keep their levels only as ``level1_text``/``level2_text``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import groupby

from ..document import Document, compact_cell
from ..extraction import Indicator, TemplateRow
from ..layout.headings import match_number
from ..nlp.lexicon import units_for, vague_for
from ..nlp.quantities import (BRACKETED_POINTS, UNITS, Quantity, cell_unit, figures, find_quantities, normalise, parse_number, parse_operator, parse_quantity,
                              level_points, section_points, unit_in_brackets, value_as_written, written_numbers)

from .forms.headers import (  # noqa: F401  (the header vocabulary, re-exported for callers)
    ACTUAL,
    CONTENT,
    DEVIATION,
    EXPLANATION,
    INDEX,
    LEVEL1,
    LEVEL2,
    LEVEL3,
    NAME,
    NATURE,
    OPERATOR,
    RATE,
    SCORE,
    SOURCE,
    STANDARD,
    UNIT,
    VALUE,
    WEIGHT,
    cell_role,
    classify_header,
    classify_two_row_header,
)
from .forms.columns import NATURE_WORDS, WORDS_TARGET_MARKS, YES_NO_ANSWERS, without_code
from .forms.reader import Carry, Row, TableReading, read_table, row_levels
from .sentences import HAN, HAN_CHAR

_UNIT_WORDS = {"百分比": "%", "百分率": "%", "百分数": "%", "%": "%", "‰": "‰"}


def _number(text: str) -> float | None:
    if not text:
        return None
    value = parse_number(text)
    if value is not None:
        return value
    for q in find_quantities(text):
        if q.kind != "date" and q.value is not None:
            return q.value
    return None


# an 指标方向 or 计量单位 cell naming the answers of a yes/no indicator ("是/否"), not an operator or unit of the target
_ANSWERS = "".join(sorted(YES_NO_ANSWERS))
_ANSWER_CHOICE = re.compile(rf"[{_ANSWERS}][/／、或][{_ANSWERS}]")
# a cell that says "nothing here" (full-width ／ and － are folded by ``normalise``)
_NO_ENTRY = frozenset({"-", "--", "—", "——", "/", "无"})


def _unit_from_column(text: str) -> str | None:
    """The unit a 计量单位 column gives; a number there is none (a spreadsheet date serial such as 44,561)."""
    s = compact_cell(text or "")
    if not s or s in _NO_ENTRY or parse_number(s) is not None:
        return None
    glossed = _GLOSSED_UNIT.fullmatch(s)  # "%（百分比）": the unit and a word for it
    if glossed and cell_unit(glossed.group("unit"), _UNIT_WORDS):
        s = glossed.group("unit")
    return _UNIT_WORDS.get(s, s)


_GLOSSED_UNIT = re.compile(r"(?P<unit>[^（(]+)[（(][^）)]*[)）]")


@dataclass
class _Split:
    operator: str | None
    value: float | None
    upper: float | None
    unit: str | None
    deadline: str | None


def unit_only(text: str) -> str | None:
    """The unit of a value cell that holds a unit and no number ("公里", "≧ %", "百分比" → "%"): the form printed it,
    the number was never filled in (read by the quantity engine, :func:`~extractor.nlp.quantities.cell_unit`)."""
    return cell_unit(text, _UNIT_WORDS)


def as_written(operator_text: str, value_text: str, unit_text: str) -> str:
    """The target as one cell would write it, from separate 运算符 / 指标值 / 单位 columns ("达到" "100" "%" →
    "达到100%"); a dash or "无" in the operator or unit column means no entry ("良好" "—" → "良好"), and so do
    the answers of a yes/no indicator ("是" "是/否" → "是")."""
    operator_text, value_text, unit_text = (t.strip() for t in (operator_text, value_text, unit_text))
    if normalise(operator_text) in _NO_ENTRY or value_text.startswith(operator_text) or _ANSWER_CHOICE.fullmatch(operator_text):
        operator_text = ""
    if normalise(unit_text) in _NO_ENTRY or (unit_text and value_text.endswith(unit_text)) or _ANSWER_CHOICE.fullmatch(unit_text):
        unit_text = ""
    return operator_text + value_text + unit_text if value_text else value_text + unit_text


_NOT_A_COUNT = vague_for("not_a_count")


#: a list number before an item's words (1、开征城市污水处理费;2、开征…, (1)…, ①…): it counts the items, it is no value
_LIST_NUMBER = re.compile(rf"(?:^|(?<=[;；。，,\s]))(?:\d{{1,2}}[、．.]|[(（]\d{{1,2}}[)）]|[①-⑳])(?=[{HAN}])")


def _counted_quantity(text: str):
    """The quantity of a value or actual cell, none when its number opens a word that counts nothing (一次性通过验收,
    一批: the lexicon's not_a_count); a cell listing numbered items is read without their numbers."""
    text = _LIST_NUMBER.sub("", text) if text and _LIST_NUMBER.match(text) else text
    q = parse_quantity(text) if text else None
    return None if q is not None and normalise(text)[q.start:].startswith(_NOT_A_COUNT) else q


def _target_quantity(text: str):
    """The quantity of a value cell: its first one or, in a sentence stating several, the only one with a comparison
    written before it (暂定量按15次作业且总航时不少于30小时测算: ≥30 小时, not 15 次)."""
    q = _counted_quantity(text)
    found = find_quantities(text) if q is not None else []
    if len(found) < 2 or found[0].operator is not None:
        return q
    compared = [f for f in found if f.operator not in (None, "=", "range") and f.kind != "date"]
    return compared[0] if len(compared) == 1 else q


def split_value(value_text: str, unit_text: str = "", operator_text: str = "") -> _Split:
    """A 指标值 cell (plus the unit and operator columns when the table has them) as its parts.

    A bare number in a target cell means "equal to" ("100" -> ``=``); a cell with only a
    comparison word keeps the operator ("控制在预算内" -> ``<=``, value None).
    """
    unit = _unit_from_column(unit_text)
    q = _target_quantity(value_text)
    op_col = parse_operator(operator_text) if operator_text else None
    if q is None:
        return _split_without_quantity(value_text, unit, op_col)
    tens_of_thousands = _in_wan(value_text)
    if tens_of_thousands is not None:
        return _Split(op_col or q.operator or "=", tens_of_thousands, None, unit or "万", None)
    if q.kind == "date":  # a deadline: its 前 (no later than) stays in the deadline, a written comparison is the operator
        return _Split(op_col or parse_operator(value_text), None, None, unit, q.deadline)
    operator = op_col or q.operator
    if operator is None and q.value is not None and not q.approximate:
        operator = "="
    return _Split(operator, q.value, q.upper, _finer_unit(q.unit, unit) or _unit_word_after(value_text, q), q.deadline)


def _finer_unit(cell: str | None, column: str | None) -> str | None:
    """The value cell's unit, or the 单位 column's when that one says more of it (不低于60元 │ 元/月/人: 元/月/人)."""
    return column if cell and column and column.startswith(cell + "/") else cell or column


def _split_without_quantity(value_text: str, unit: str | None, op_col: str | None) -> _Split:
    """A value cell with no quantity: a number on its own, else only a comparison word or a unit."""
    # A cell holding only a Chinese numeral ("二十"): the quantity scanner wants a unit or an operator
    # around Chinese numerals, but a whole value cell is a number on its own.
    alone = parse_number(re.sub(r"\s+", "", value_text)) if value_text else None
    if alone is not None:
        return _Split(op_col or "=", alone, None, unit, None)
    operator = op_col or (parse_operator(value_text) if value_text else None)
    return _Split(operator if operator != "range" else None, None, None, unit or unit_only(value_text), None)


def _in_wan(text: str) -> float | None:
    """A value written in 万 with no unit after it ("150万", "≥150万"): the number as written, the unit 万."""
    cell = compact_cell(text or "")
    q = parse_quantity(cell) if cell.endswith("万") else None
    if q is None or q.unit or q.upper is not None or q.approximate or (q.start, q.end) != (0, len(cell)):
        return None
    return value_as_written(cell, q)


def actual_value(text: str) -> float | None:
    """The number of a 实际完成值 cell ("13.1公里", "150万" as 150, a date gives None)."""
    if not text:
        return None
    wan = _in_wan(text)
    if wan is not None:
        return wan
    q = _counted_quantity(text)
    return q.value if q is not None and q.kind != "date" else None


def _unit_word_after(text: str, q) -> str | None:
    """A percent written as a word right after the number ("≥100百分比")."""
    tail = compact_cell(text[q.end:] if q.end else "")
    return tail if tail in ("百分比", "百分率", "百分数") else None  # as written; target.missing_unit names it odd


def indicator_of(row: Row, reading: TableReading, number: int) -> Indicator:
    """One indicator from the cells of a row that the form reader read."""
    cells = row.cells
    name, value_text, unit_text, operator_text = _name_and_target(cells)
    group, name, unit_text = _name_in_unit_column(name, unit_text)
    name, labelled_points = (_points_in_label(name, _levels_in_bare_points(row)) if not cells.get(WEIGHT, "").strip()
                             else (name, None))  # points in the name stand for an empty or missing 分值 cell
    nature = cells.get(NATURE) or None
    if compact_cell(operator_text) in NATURE_WORDS:  # an operator column's 定性: the row's kind, no operator
        nature, operator_text = nature or compact_cell(operator_text), ""
    split = split_value(value_text, unit_text, operator_text)
    name, echoed_unit = _name_without_echoed_target(name, split.value, split.unit)
    if not split.unit and (split.value is not None or not value_text.strip()):
        split.unit = echoed_unit or unit_in_brackets(name, also=_UNIT_WORDS)  # also for a value left empty: the unit it was to take
    level1, level2 = row_levels(row)
    actual_text = cells.get(ACTUAL, "")
    actual = actual_value(actual_text)
    return Indicator(
        id=f"ind{number}",
        name=name or None,
        level1=level1,
        level2=level2,
        level1_text=row.level1_text or None,
        level2_text=row.level2_text or group,
        operator=split.operator,
        value=split.value,
        upper=split.upper,
        unit=split.unit,
        deadline=split.deadline,
        target_text=_target_text(cells, operator_text, value_text, unit_text),
        actual=actual,
        actual_text=actual_text or None,
        weight=_number(cells.get(WEIGHT, "")) if labelled_points is None else labelled_points,
        score=_number(cells.get(SCORE, "")),
        deviation_reason=cells.get(DEVIATION),  # "" under an empty 偏差原因 cell, None when the table has no such column
        nature=nature,
        explanation=cells.get(EXPLANATION) or None,
        basis=cells.get(STANDARD) or None,
        page=reading.page,
        refs=[reading.ref],
        row=row.index,
        origin="table",
        level_origin="table" if level1 or level2 else None,
    )


def _target_text(cells: dict[str, str], operator_text: str, value_text: str, unit_text: str) -> str | None:
    """The target as written; "" for an empty cell of a table that has a target column (a row with points and no
    target is a missing value), None when the table has no target column (a score table)."""
    written = as_written(operator_text, value_text, unit_text)
    if written:
        return written
    return "" if VALUE in cells else None


# the units of a target glued to the end of a name: percentages (年度资金支付完成率100%, 资金到位率不低于98.5%)
_PERCENT_UNITS = frozenset(units_for("parsed", "percent"))
_NAME_END = re.compile(rf"[{HAN}）)]\s*$")


def _target_in_name(name: str) -> tuple[str, str] | None:
    """(name, target) of a name ending in a percentage target — the engine's last quantity of the name, with the
    operator written before it; None when the name ends otherwise."""
    found = find_quantities(name)
    q = found[-1] if found else None
    if q is None or q.unit not in _PERCENT_UNITS or q.end != len(name) or q.upper is not None:
        return None
    head = name[: q.start]
    return (head.rstrip(), name[q.start:]) if _NAME_END.search(head) else None


_CLOSING_BRACKET = re.compile(r"[（(][^（()）]*[)）]$")


def _points_in_label(name: str, bare: bool = False) -> tuple[str, float | None]:
    """(name, points) of a name closed by its points in a table with no 分值 column (施工质量(10分): a scoring frame
    writing each item's points in its label, 乡镇污水 PPP 评分细则), the points as the engine reads a heading's, or as
    a bare number where the row's levels state theirs so (``bare``: 投入(15) > 目标设定(5) > 绩效目标合理性(2)); or
    opened by its name and points before the scale it is graded on (海南州 专家评审表: 选题合理性(8分): 正确合理(7-8);…)."""
    opening = _POINTS_BEFORE_SCALE.match(name or "")
    if opening and section_points(opening.group("points")) is not None:
        return opening.group("name").strip(), section_points(opening.group("points"))
    text = compact_cell(name)
    closing = _CLOSING_BRACKET.search(text)
    points = section_points(closing.group()) if closing and closing.start() > 0 else None
    if points is None and bare and closing:
        points = level_points(text)
    return (text[: closing.start()].strip(), points) if points is not None else (name, None)


def _levels_in_bare_points(row: Row) -> bool:
    """The row's level labels close with their points as bare numbers (投 入(15), 目标设定(5))."""
    labels = [t for t in (row.level1_text, row.level2_text) if t]
    return bool(labels) and all(level_points(t) is not None and section_points(t) is None for t in labels)


_POINTS_BEFORE_SCALE = re.compile(rf"^\s*(?P<name>[^:：\n]{{2,30}}?)\s*(?P<points>{BRACKETED_POINTS})"
                                  r"\s*(?:[:：]|\n|(?=.*[（(]\d{1,3}\s*[-—~～]\s*\d{1,3}[)）]))")


def _name_in_unit_column(name: str, unit_text: str) -> tuple[str | None, str, str]:
    """(group, name, unit) of a row whose 单位 cell holds the indicator's name, its name cell the group it belongs to
    (labels shifted one level, 岳阳 民生实事: 数字广播电视户户通工程 │ 60座台站开展省级节目数字化覆盖 │ 8): a phrase of six
    Chinese characters or more that is no unit (nor a unit with a word for it, "%（百分比）")."""
    phrase = compact_cell(unit_text)
    if len(HAN_CHAR.findall(phrase)) < 6 or "/" in phrase or cell_unit(_unit_from_column(phrase) or "", _UNIT_WORDS):
        return None, name, unit_text
    return (compact_cell(name) or None), phrase, ""


_CLOSING_STOP = re.compile(r"[。；;]+\s*$")


def _name_and_target(cells: dict[str, str]) -> tuple[str, str, str, str]:
    """Name, value, unit and operator text of a row; a target glued to the name is moved to the value when the
    value cells are empty (a full stop closing the name left out: 路灯装灯率≥99%。)."""
    name = cells.get(NAME, "")
    value_text, unit_text, operator_text = cells.get(VALUE, ""), cells.get(UNIT, ""), without_code(cells.get(OPERATOR, ""))
    if compact_cell(unit_text) in NATURE_WORDS and not value_text and parse_operator(operator_text) is None:
        # a row shifted one cell left (丰都 自评报告: 项目持续期 │ 定性 │ 基本建立 │ under 计量单位 │ 指标性质 │ 指标值)
        value_text, unit_text, operator_text = operator_text, "", ""
    if compact_cell(operator_text) in WORDS_TARGET_MARKS and not value_text:
        # the target written in words where a unit would stand (符号 │ 指标值 │ 单位(文字描述): 文字描述 │ │ 2021年12月31日前完成)
        value_text, unit_text, operator_text = unit_text, "", ""
    if not (value_text or unit_text or operator_text):
        glued = _target_in_name(_CLOSING_STOP.sub("", name))
        if glued and len(glued[0]) >= 4:
            return glued[0], glued[1], "", ""
    return name, value_text, unit_text, operator_text


# the target repeated at the end of the name ("村组干部230人" │ ≥230个, "变压器3台" │ 3): after a word, a short unit
_ECHO_AROUND = re.compile(rf"[{HAN}A-Za-z）)]$"), re.compile(rf"[{HAN}]{{1,2}}|%")


def _name_without_echoed_target(name: str, value: float | None, unit: str | None) -> tuple[str, str | None]:
    """The name without the target it repeats at its end or start (the same number as the value), and that unit;
    a rate name without the percentage left after it (a rate's name holds no number). A value per unit
    ("围墙300米" │ 300元/米) measures something else: the name keeps its number."""
    found = figures(name) if value is not None and any(c.isdigit() for c in name or "") else []
    if not found:
        return name, None
    rate = _rate_name(name, found[-1])
    if rate is not None and len(rate) >= 3:
        return rate, None
    if unit and unit not in UNITS:
        return name, None
    if _is_only_the_target(name, found, value):
        return name, found[0].unit  # "38.75万元" │ 38.75: no name at all (the checker says so), and the unit
    # a figure opening the name in another unit than the row's names a group, not the target (5岁以下儿童死亡率 │ ≤5 │ ‰)
    at_start = _echoed_at_start(name, found[0], value) if not unit or found[0].unit == unit else None
    for echoed in (_echoed_at_end(name, found[-1], value), at_start):
        if echoed is not None and len(echoed[0]) >= 2:
            return echoed
    return name, None


def _is_only_the_target(name: str, found: list[Quantity], value: float) -> bool:
    q = found[0]
    return (len(found) == 1 and q.start == 0 and q.end == len(name.rstrip()) and q.unit is not None
            and q.upper is None and value_as_written(name, q) == value)


def _rate_name(name: str, q: Quantity) -> str | None:
    """A rate's name with the percentage ``q`` (its last figure) left after it ("质量达标率≥100%" → "质量达标率"), else None."""
    if q.unit != "%" or q.upper is not None or q.approximate or q.end != len(name.rstrip()):
        return None
    head = name[: q.start].rstrip()
    return head if head.endswith("率") else None


def _echoed_at_end(name: str, q: Quantity, value: float) -> tuple[str, str] | None:
    """(name, unit) of a name ending in ``value`` (its last figure ``q``) and a short unit ("村组干部230人" → ("村组干部", "人"))."""
    if q.upper is not None:
        return None
    number = written_numbers(name, q)[0]
    head, unit = name[: number.start()], name[number.end():]
    if value_as_written(name, q) != value:
        return None
    return (head, unit) if _ECHO_AROUND[0].search(head) and _ECHO_AROUND[1].fullmatch(unit) else None


def _echoed_at_start(name: str, q: Quantity, value: float) -> tuple[str, str] | None:
    """(name, unit) of a name starting with ``value`` (its first figure ``q``) and a unit ("1290.3平方米冷库仓储建设" →
    ("冷库仓储建设", "平方米"))."""
    if written_numbers(name, q)[0].start() != 0 or q.unit not in UNITS | {"%"} \
            or value_as_written(name, q) != value:
        return None
    rest = name[q.end:]
    return (rest, q.unit) if HAN_CHAR.match(rest) else None


def read_tables(doc: Document) -> list[TableReading]:
    """The form reader's reading of every table of ``doc``, in reading order. A table carries on the indicator block
    of the one before it only inside one form: a form's title between them (潼南区 五桂镇: three 绩效目标表 one after
    the other on a sheet), a numbered section title of a report (文昌: the 绩效目标表, then 一、项目基本情况 and its
    table of project fields), another sheet of a workbook, or the signature rows the one before ends in (广东省高级技工
    学校: 审核意见, then the 资金预算表 on its own sheet) start another."""
    readings: list[TableReading] = []
    carry: Carry | None = None
    sheet = None
    for block in doc.blocks:
        if block.kind != "table":
            if _starts_another_part(normalise(block.text or "")):
                carry = None
            continue
        if not block.rows:
            continue
        if _opens_with_form_title(block) or block.provenance.sheet != sheet:
            carry = None
        reading, carry = read_table(block.rows, block.ref, block.page, carry, block.spans)
        if reading.signed:
            carry = None
        readings.append(reading)
        sheet = block.provenance.sheet
    return readings


def _starts_another_part(text: str) -> bool:
    """A form's title or a numbered section title (一、项目基本情况) between two tables: the second is no continuation."""
    from .doctype import is_form_title

    numbered = match_number(text)
    return is_form_title(text) or (numbered is not None and bool(numbered.title) and len(text) <= _SECTION_TITLE_CHARS)


_SECTION_TITLE_CHARS = 30

#: rows at the top of a table that may hold a form's title (表十二, then 2023年一般性项目绩效目标表)
_TITLE_ROWS = 3


def _opens_with_form_title(block) -> bool:
    """A table whose first rows hold a form's title merged over the table (潼南区五桂镇's third form, on a new PDF
    page): it opens another form, as a title line between two tables does."""
    from .doctype import is_form_title, row_text

    return any(is_form_title(row_text(row)) for row in block.cells()[:_TITLE_ROWS])


def indicators_from_readings(readings: list[TableReading]) -> list[Indicator]:
    """The indicators of the readings' rows; a row that only repeats the indicator above with more points is part
    of it (:func:`_more_points_of`)."""
    out: list[Indicator] = []
    above: tuple[str, Row] | None = None  # (table, row) read last: the indicator above ends there
    for reading in readings:
        for k, row in enumerate(reading.rows):
            indicator = indicator_of(row, reading, len(out) + 1)
            next_page = reading.continued and k == 0
            right_under = bool(out) and (next_page or (above is not None and above[0] == reading.ref
                                                       and above[1].index == row.index - 1))
            # the 二级 cell merged over the page break printed its text on the next page: the row above only carried
            # the 二级 before it (反恐经费 评价表 PDF: 经济效益 above, 社会效益 below)
            levels_unwritten = next_page and above is not None and not above[1].cells.get(LEVEL2)
            if right_under and next_page and _cut_by_the_break(out[-1], indicator):
                out[-1] = _whole_after_the_break(out[-1], indicator)
            elif right_under and (_more_points_of(out[-1], indicator, levels_unwritten)
                                  or (next_page and _points_only(indicator) and out[-1].weight is not None)):
                _add_points(out[-1], indicator)
            else:
                out.append(indicator)
            above = (reading.ref, row)
    return _group_points_not_weights(out)


def _group_points_not_weights(indicators: list[Indicator]) -> list[Indicator]:
    """Indicators whose 分值 cell is their group's, merged down over its rows: every row of a group of several
    carries the points its label states (产出指标(50分) over four rows of 50, 益阳 自评表), so no row weighs them."""
    for level in ("level1_text", "level2_text"):
        # runs of consecutive indicators of one table under the same written level
        for (_, heading), run in groupby(indicators, key=lambda i: (i.refs[:1], getattr(i, level))):
            group, points = list(run), section_points(heading)
            if points is not None and len(group) > 1 and all(i.weight == points for i in group):
                for indicator in group:
                    indicator.weight = None
    return indicators


#: what a row must repeat of the row above to be more points of the same indicator (and its name, see below)
_SAME_INDICATOR = ("level1", "level2", "target_text", "unit", "actual_text", "nature", "basis")
_LEVELS = ("level1", "level2", "level1_text", "level2_text")
#: a name cannot open with these: a PDF's merged name cell cut between its rows, the rest in the lower ones
_WRAPPED_END = re.compile(r"^[的、，,）)]")


def _more_points_of(above: Indicator, row: Indicator, levels_unwritten: bool) -> bool:
    """A row right under an indicator whose cells are that indicator's, merged down over it, and whose points are its
    own (吉林 检验检疫 评价表: 是否提高检验检疫执法能力 merged over four rows of 5 points, one row per example the
    filler must give; also across a page break inside the merge, where the levels the row above did not write
    are the lower row's): it adds its points to the indicator. In a PDF the merged name may be cut between the rows
    ("是否增加了公众对检验检疫工作" over "的认知度"): the lower rows hold the end of the name. Scoring rules of one
    indicator, each with its own points, are its points too (桃江 评分表: 立项规范性(3分) over three rules of 1 point;
    铜陵 农村公益事业 自评表: 账务管理 over rules of 2 and 1 points - one writer reads them as two rows)."""
    same = [f for f in _SAME_INDICATOR if not (levels_unwritten and f in _LEVELS)]
    return (bool(above.name) and above.weight is not None and row.weight is not None and bool(row.name)
            and (row.name == above.name or above.name.endswith(row.name) or bool(_WRAPPED_END.match(row.name)))
            and all(getattr(above, f) == getattr(row, f) for f in same))


def _cut_by_the_break(above: Indicator, row: Indicator) -> bool:
    """The last row of a page is the part of a merged cell the page showed, its text cut by the page's edge, and the
    first row of the next page shows it whole (吉林 检验检疫 评价表 PDF: "…的防控能" or "有利境", the characters of
    是否有利于保护生态环境 the page before printed, under a 二级 cut to "境效益"; or the whole name, its target cut
    off): every text the row above wrote is a part of this row's, its characters in order, and both have points."""
    return (above.weight is not None and row.weight is not None and bool(above.name) and bool(row.name)
            and all(_written_in(getattr(above, f), getattr(row, f))
                    for f in ("name", "level1_text", "level2_text", "target_text", "unit")))


def _written_in(part: str | None, whole: str | None) -> bool:
    """``part`` is empty, or its characters appear in ``whole`` in the same order."""
    rest = iter(whole or "")
    return all(ch in rest for ch in part or "")


def _whole_after_the_break(cut: Indicator, whole: Indicator) -> Indicator:
    """The indicator as the next page writes it, in the place of the cut one, with the cut one's points."""
    whole.id, whole.page, whole.row = cut.id, cut.page, cut.row
    whole.refs = [*cut.refs, *(ref for ref in whole.refs if ref not in cut.refs)]
    _sum_points(whole, cut)
    return whole


def _points_only(row: Indicator) -> bool:
    """A row with points and no name nor target: at the top of a page, the rest of a merge whose cells printed their
    text on the page before (科技专项经费 评价表 PDF: "│ │ │ / │ │ 5 │ ④")."""
    return not row.name and not row.target_text and row.weight is not None


def _add_points(indicator: Indicator, row: Indicator) -> None:
    if row.name:  # a named row: it may end a cut name and write the levels the row above did not
        if not indicator.name.endswith(row.name):
            indicator.name += row.name
        for field in _LEVELS:
            setattr(indicator, field, getattr(row, field))
    _sum_points(indicator, row)


def _sum_points(indicator: Indicator, row: Indicator) -> None:
    """The row's points and score added to the indicator's (both have points: the folds ask for them)."""
    indicator.weight += row.weight
    if row.score is not None:
        indicator.score = (indicator.score or 0) + row.score


def template_rows_of(readings: list[TableReading]) -> list[TemplateRow]:
    """The placeholder rows left in the filled indicator tables (:attr:`TableReading.placeholders`)."""
    return [TemplateRow(row.cells[NAME], row.level1_text or None, row.level2_text or None, [reading.ref], row.index,
                        reading.page) for reading in readings for row in reading.placeholders]


def indicators_from_tables(doc: Document) -> list[Indicator]:
    """Every indicator row of every indicator table of ``doc``, in reading order."""
    return indicators_from_readings(read_tables(doc))
