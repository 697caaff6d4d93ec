"""Indicators from tables: target tables (申报表/目标表), self-assessment tables and score tables.

A table is recognised by the vocabulary of its header row(s), whatever the column order
or naming (:func:`classify_header`). A header may span two rows (``指标值`` over
``运算符 | 数值 | 单位``), may sit in the middle of a whole-form table (after the header
fields and goals) and may repeat after a page break. Level cells left blank under a merge
are carried down. Each 指标值 cell is split into operator/value/unit/deadline with
:func:`extractor.nlp.quantities.parse_quantity` (unit from the unit column when present).
Level names are mapped to canonical names (:mod:`extractor.nlp.framework`); score tables of
evaluation reports (决策/过程/产出/效益) keep their levels only as ``level1_text``/``level2_text``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Block, Document
from ..extraction import Indicator
from ..nlp.framework import canonical_levels, clean_level, evaluation_level, is_evaluation_framework
from ..nlp.quantities import find_quantities, normalise, parse_number, parse_operator, parse_quantity

# column roles
LEVEL1, LEVEL2, LEVEL3, NAME, CONTENT = "level1", "level2", "level3", "name", "content"
VALUE, UNIT, OPERATOR, ACTUAL, WEIGHT, SCORE, RATE = "value", "unit", "operator", "actual", "weight", "score", "rate"
DEVIATION, EXPLANATION, STANDARD, SOURCE, NATURE, INDEX = (
    "deviation", "explanation", "standard", "source", "nature", "index")

# (role, pattern on the cleaned header cell); the first pattern that matches decides
_ROLE_PATTERNS: tuple[tuple[str, re.Pattern], ...] = tuple((role, re.compile(p)) for role, p in (
    (RATE, r"^(?:得分率|得分比例|得分比率)$"),
    (DEVIATION, r"偏差|原因分析|改进措施|未完成原因"),
    (ACTUAL, r"^(?:全年)?实际(?:完成)?(?:值|数|情况)?$|^(?:实际)?完成值$|^全年实际值$|^实际完成$|^完成情况$"),
    (LEVEL1, r"^(?:一级(?:指标)?(?:名称)?|指标类别|指标大类|一级分类|指标类型)$"),
    (LEVEL2, r"^(?:二级(?:指标)?(?:名称)?|指标子类|指标小类|二级分类)$"),
    (LEVEL3, r"^(?:三级(?:指标)?(?:名称)?|具体指标|三级指标内容)$"),
    (UNIT, r"^(?:计量|度量|指标|计算)?单位$"),
    (OPERATOR, r"^(?:运算符号?|比较符号?|符号|指标方向|方向|运算方式)$"),
    (NATURE, r"^(?:指标)?(?:性质|属性)$|^定量/定性$|^定性/定量$"),
    (CONTENT, r"^指标内容$"),
    (EXPLANATION, r"指标解释|指标说明|计算公式|计算方法|指标定义|指标释义"),
    (STANDARD, r"评分标准|评分办法|评分细则|评分规则|扣分标准|评价标准|绩效标准|取值依据|设定依据|^依据$"),
    (SOURCE, r"数据来源|佐证|证明材料|信息来源"),
    (SCORE, r"^(?:自评|评价|实际)?得分$|^得分值$"),
    (WEIGHT, r"^(?:权重|分值|标准分|满分|权数|指标分值|指标权重)$"),
    (VALUE, r"^(?:年度|预期|全年|计划|绩效|中期|实施期)?(?:指标值|目标值)$|^(?:预期|计划)值$|^数值$|^值$|"
            r"^指标值(?:目标值)?$|^(?:年度|预期)目标$"),
    (NAME, r"^(?:指标名称|指标|绩效指标|指标名|三级指标名称|绩效指标名称)$"),
    (INDEX, r"^(?:序号|编号|No\.?)$"),
))
_BRACKETS = re.compile(r"[（(][^）)]*[)）]")
_TOTAL_WORDS = ("总分", "合计", "小计", "总计", "综合得分", "得分合计")
_NUMBERING = re.compile(r"^(?:\d{1,2}[.、．]|[（(]\d{1,2}[)）]|[①②③④⑤⑥⑦⑧⑨⑩])\s*")
_UNIT_WORDS = {"百分比": "%", "百分率": "%", "百分数": "%", "%": "%", "‰": "‰"}


def _clean_header_cell(text: str) -> str:
    s = re.sub(r"\s+", "", normalise(text or ""))
    s = _BRACKETS.sub("", s) or s
    return s.strip(":：*")


def cell_role(text: str) -> str | None:
    """The role of one header cell ("年度指标值" -> "value"), or None."""
    s = _clean_header_cell(text)
    if not s or len(s) > 16:
        return None
    for role, pattern in _ROLE_PATTERNS:
        if pattern.search(s):
            return role
    return None


def _roles_of(cells: list[str | None]) -> dict[str, int]:
    roles: dict[str, int] = {}
    for i, cell in enumerate(cells):
        role = cell_role(cell) if isinstance(cell, str) else None
        if role is not None and role not in roles:
            roles[role] = i
    return roles


def _accept(roles: dict[str, int]) -> dict[str, int] | None:
    has_name = any(r in roles for r in (LEVEL3, NAME, CONTENT))
    has_measure = any(r in roles for r in (VALUE, WEIGHT, SCORE, ACTUAL))
    has_frame = any(r in roles for r in (LEVEL1, LEVEL2, VALUE, UNIT))
    if not (has_name and has_measure and has_frame):
        return None
    roles = dict(roles)
    # the name column: 三级指标, else 指标名称, else 指标内容; 指标内容 beside a name is the explanation
    name_col = roles.pop(LEVEL3, None)
    if name_col is None:
        name_col = roles.pop(NAME, None)
    else:
        roles.pop(NAME, None)
    content_col = roles.pop(CONTENT, None)
    if name_col is None:
        name_col = content_col
    elif content_col is not None and EXPLANATION not in roles:
        roles[EXPLANATION] = content_col
    roles[NAME] = name_col
    return roles


def classify_header(row: list[str]) -> dict[str, int] | None:
    """Column role -> column index for an indicator-table header row, or None if it is not one.

    Roles: level1, level2, name (三级指标/指标名称/指标内容), value, unit, operator, actual, weight,
    score, rate, deviation, explanation, standard, source, nature, index. Never raises.
    """
    if not isinstance(row, (list, tuple)) or not row:
        return None
    return _accept(_roles_of(list(row)))


def classify_two_row_header(top: list[str], bottom: list[str]) -> dict[str, int] | None:
    """A header whose second row names the parts of a merged cell (指标值 -> 运算符 | 数值 | 单位)."""
    if not top or not bottom:
        return None
    width = max(len(top), len(bottom))
    roles: dict[str, int] = {}
    for i in range(width):
        upper = top[i] if i < len(top) else ""
        lower = bottom[i] if i < len(bottom) else ""
        role = cell_role(lower) if lower and lower != upper else None
        role = role or cell_role(upper)
        if role is not None and role not in roles:
            roles[role] = i
    return _accept(roles)


@dataclass(frozen=True)
class _Header:
    roles: dict[str, int]
    rows: int  # 1 or 2
    cells: tuple[str, ...]


def _header_at(rows: list[list[str]], i: int) -> _Header | None:
    single = classify_header(rows[i])
    if single is None:
        return None
    if i + 1 < len(rows) and classify_header(rows[i + 1]) is None:
        nxt = rows[i + 1]
        differs = any(
            (c or "") != (rows[i][k] if k < len(rows[i]) else "") and cell_role(c or "") is not None
            for k, c in enumerate(nxt)
        )
        if differs:
            double = classify_two_row_header(rows[i], nxt)
            if double is not None and len(double) > len(single):
                return _Header(double, 2, tuple(rows[i]))
    return _Header(single, 1, tuple(rows[i]))


def _cell(row: list[str], roles: dict[str, int], role: str) -> str:
    i = roles.get(role)
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


# a cell that says "nothing here" (full-width ／ and － are folded by ``normalise``)
_NO_ENTRY = frozenset({"-", "--", "—", "——", "/", "无"})


def _unit_from_column(text: str) -> str | None:
    s = re.sub(r"\s+", "", normalise(text or ""))
    if not s or s in _NO_ENTRY:
        return None
    return _UNIT_WORDS.get(s, s)


def _clean_name(text: str) -> str:
    return _NUMBERING.sub("", re.sub(r"\s+", "", text or "")).strip()


@dataclass
class _Split:
    operator: str | None
    value: float | None
    upper: float | None
    unit: str | None
    deadline: str | None


def as_written(operator_text: str, value_text: str, unit_text: str) -> str:
    """The target as one cell would write it, from separate 运算符 / 指标值 / 单位 columns ("达到" "100" "%" →
    "达到100%"); a dash or "无" in the operator or unit column means no entry ("良好" "—" → "良好")."""
    operator_text, value_text, unit_text = (t.strip() for t in (operator_text, value_text, unit_text))
    if normalise(operator_text) in _NO_ENTRY or value_text.startswith(operator_text):
        operator_text = ""
    if normalise(unit_text) in _NO_ENTRY or (unit_text and value_text.endswith(unit_text)):
        unit_text = ""
    return operator_text + value_text + unit_text if value_text else value_text + unit_text


def split_value(value_text: str, unit_text: str = "", operator_text: str = "") -> _Split:
    """A 指标值 cell (plus the unit and operator columns when the table has them) as its parts.

    A bare number in a target cell means "equal to" ("100" -> ``=``); a cell with only a
    comparison word keeps the operator ("控制在预算内" -> ``<=``, value None).
    """
    unit = _unit_from_column(unit_text)
    q = parse_quantity(value_text) if value_text else None
    op_col = parse_operator(operator_text) if operator_text else None
    if q is None:
        # A cell holding only a Chinese numeral ("二十"): the quantity scanner wants a unit or an operator
        # around Chinese numerals, but a whole value cell is a number on its own.
        alone = parse_number(re.sub(r"\s+", "", value_text)) if value_text else None
        if alone is not None:
            return _Split(op_col or "=", alone, None, unit, None)
        operator = op_col or (parse_operator(value_text) if value_text else None)
        return _Split(operator if operator != "range" else None, None, None, unit, None)
    if q.kind == "date":
        return _Split(op_col or q.operator, None, None, unit, q.deadline)
    operator = op_col or q.operator
    if operator is None and q.value is not None and not q.approximate:
        operator = "="
    return _Split(operator, q.value, q.upper, unit or q.unit, q.deadline)


@dataclass
class _State:
    """What a table hands to the next one when the next one continues it (cross-page, split sheet)."""

    header: _Header | None = None
    level1_text: str = ""
    level2_text: str = ""
    evaluation: bool = False


def _has_header(rows: list[list[str]]) -> bool:
    return any(classify_header(r) is not None for r in rows[:40])


def _continues(rows: list[list[str]], previous: _State | None) -> bool:
    """A header-less table as wide as the previous indicator table continues it."""
    if previous is None or previous.header is None or not rows:
        return False
    return len(rows[0]) == len(previous.header.cells) and not _has_header(rows)


def _table_indicators(block: Block, start_index: int, previous: _State | None = None) -> tuple[list[Indicator], _State]:
    rows = [list(r) for r in (block.rows or [])]
    out: list[Indicator] = []
    header: _Header | None = None
    level1_text = level2_text = ""
    evaluation = False
    if _continues(rows, previous):
        header, level1_text, level2_text, evaluation = (
            previous.header, previous.level1_text, previous.level2_text, previous.evaluation)
    i = 0
    while i < len(rows):
        found = _header_at(rows, i)
        if found is not None:
            header = found
            level1_text = level2_text = ""
            body = rows[i + found.rows:]
            l1_col = found.roles.get(LEVEL1)
            evaluation = l1_col is not None and is_evaluation_framework(
                [r[l1_col] for r in body if l1_col < len(r) and isinstance(r[l1_col], str)])
            i += found.rows
            continue
        row = [c if isinstance(c, str) else "" for c in rows[i]]
        i += 1
        if header is None:
            continue
        roles = header.roles
        filled = [c.strip() for c in row if c and c.strip()]
        if not filled or len(set(filled)) == 1 and len(filled) > 1 and len(row) > 2:
            continue  # empty row or a note/title merged across the whole width
        if tuple(row) == header.cells or _is_total_row(row):
            continue
        l1 = _cell(row, roles, LEVEL1)
        l2 = _cell(row, roles, LEVEL2)
        if l1 and l1 != level1_text:
            level2_text = ""
        level1_text = l1 or level1_text
        level2_text = l2 or level2_text
        name = _clean_name(_cell(row, roles, NAME))
        value_text = _cell(row, roles, VALUE)
        unit_text = _cell(row, roles, UNIT)
        weight_text = _cell(row, roles, WEIGHT)
        score_text = _cell(row, roles, SCORE)
        if not name and not value_text and not l2 and not weight_text:
            continue
        if name and name in (clean_level(level1_text), clean_level(level2_text)) and not value_text and not weight_text:
            continue  # a section row repeating its level
        operator_text = _cell(row, roles, OPERATOR)
        split = split_value(value_text, unit_text, operator_text)
        if evaluation:
            level1, level2 = None, None
        else:
            level1, level2 = canonical_levels(level1_text, level2_text)
            if level1 is None and level2 is None and evaluation_level(level1_text):
                level1 = None
        actual_text = _cell(row, roles, ACTUAL)
        actual = None
        if actual_text:
            aq = parse_quantity(actual_text)
            actual = aq.value if aq is not None and aq.kind != "date" else None
        standard = _cell(row, roles, STANDARD) or None
        out.append(Indicator(
            id=f"ind{start_index + len(out) + 1}",
            name=name or None,
            level1=level1,
            level2=level2,
            level1_text=level1_text or None,
            level2_text=level2_text or None,
            operator=split.operator,
            value=split.value,
            upper=split.upper,
            unit=split.unit,
            deadline=split.deadline,
            target_text=as_written(operator_text, value_text, unit_text) or None,
            actual=actual,
            actual_text=actual_text or None,
            weight=_number(weight_text),
            score=_number(score_text),
            deviation_reason=_cell(row, roles, DEVIATION) or None,
            nature=_cell(row, roles, NATURE) or None,
            explanation=_cell(row, roles, EXPLANATION) or None,
            basis=standard,
            page=block.page,
            refs=[block.ref],
            row=i - 1,
            origin="table",
            level_origin="table" if level1 or level2 else None,
        ))
    return out, _State(header, level1_text, level2_text, evaluation)


def indicators_from_tables(doc: Document) -> list[Indicator]:
    """Every indicator row of every indicator table of ``doc``, in reading order."""
    out: list[Indicator] = []
    state: _State | None = None
    for block in doc.tables():
        if not block.rows:
            continue
        found, state = _table_indicators(block, len(out), state)
        out.extend(found)
    return out
