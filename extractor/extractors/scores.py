"""Score totals of a self-assessment or evaluation form, as facts the checker can add up.

:func:`score_total_facts` is a chain of two steps:

1. :func:`dimension_score_facts`: "四个维度分别得分a分、b分…" in the running text against the stated total;
2. :func:`table_total_facts`: for each indicator table with scores, its 总分/合计 row — Σ scores = total
   (with the money block's 执行率 points), Σ weights = the row's 权重/分值 (with the money block's 分值),
   and the grade written beside the total.

The sums carry the metrics of the flattened score tables (:func:`.facts.score_sum_facts`): 总分 for the
scores, 总分（分值） for the weights, so the checker reads both as score totals (``consistency.score_total``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Block, Document
from ..extraction import GRADE_LABEL, GRADE_NAMES, Extraction, Fact, Indicator
from ..nlp.quantities import figure_alone, find_quantities
from .forms.headers import SCORE, WEIGHT, cell_role, is_grade_header, is_results_name_header

_GRADE_TEXT = re.compile(rf"(?:自评|评价|综合)?{GRADE_LABEL}[:：为]\s*[“\"]?(?P<grade>{GRADE_NAMES})")
# "分别得分" and the marks between the items of a list: the scores themselves are the engine's quantities in 分
_EACH = re.compile(r"分别(?:得分|为|得)?")
_LIST_MARK = re.compile(r"[、,，和及]")
_TOTAL_LABELS = ("总分", "合计", "总计", "得分合计")


def score_total_facts(doc: Document, ext: Extraction, analysis=None) -> list[Fact]:
    """Σ scores = total, Σ weights = total weight, dimension scores = stated total, the grade beside a total, and
    the grade beside each project's score in a table of results."""
    grades = [f for f in ext.facts if f.kind == "grade"]
    return dimension_score_facts(doc, grades, analysis) + table_total_facts(doc, ext, grades) + results_table_grades(doc)


def dimension_score_facts(doc: Document, grades: list[Fact], analysis=None) -> list[Fact]:
    """"四个维度分别得分a分、b分…" as parts of the total of the first stated grade."""
    from .sentences import text_units

    if not grades:
        return []
    units = (u.unit for u in analysis.running()) if analysis is not None else text_units(doc, tables=False)
    out = []
    for unit in units:
        found = _scores_each(unit.text)
        if found:
            parts, text = found
            out.append(Fact(metric="维度得分", kind="sum", total=grades[0].actual, parts=parts, unit="分",
                            text=text, page=unit.page, refs=list(unit.refs)))
    return out


def _scores_each(text: str) -> tuple[list[float], str] | None:
    """The first list of two or more scores after "分别得分" ("分别得分30分、25.5分和20分"): the scores, the words."""
    marks = list(_EACH.finditer(text))
    if not marks:
        return None  # the text's quantities are read only where a list of scores is announced
    quantities = {q.start: q for q in find_quantities(text)}
    for m in marks:
        parts, end = _score_list(text, quantities, m.end())
        if len(parts) >= 2:
            return parts, text[m.start(): end]
    return None


def _score_list(text: str, quantities: dict, at: int) -> tuple[list[float], int]:
    """The scores in 分 written from ``at`` on, one list mark between two, and where the last ends."""
    parts: list[float] = []
    end = at
    while (q := quantities.get(at)) is not None and _is_plain_score(q, text):
        parts.append(q.value)
        end = q.end
        mark = _LIST_MARK.match(text, end)
        if mark is None:
            break
        at = mark.end()
    return parts, end


def _is_plain_score(q, text: str) -> bool:
    """A score written as figures and 分, with no operator, range or approximation ("30分", "25.5分")."""
    return (q.unit == "分" and q.value is not None and q.operator is None and q.upper is None and not q.approximate
            and text[q.start].isdigit())


def table_total_facts(doc: Document, ext: Extraction, grades: list[Fact]) -> list[Fact]:
    """The facts of the total row of each table with at least two scored indicators."""
    grade_text = _grade_text(doc)
    money = _money_block_points(doc)
    out = []
    for block in doc.tables():
        scored = [i for i in ext.indicators if block.ref in i.refs and i.score is not None]
        if len(scored) < 2:
            continue
        total = _total_row(block, after=min((i.row for i in scored if i.row is not None), default=0))
        if total is None:
            continue
        columns = _header_columns(block, SCORE, WEIGHT)
        cells = _label_spanning_two(total[0], columns, scored)
        numbers = [n for c in cells if (n := figure_alone(c)) is not None]
        score_stated = not _score_cell_left_empty(cells, columns.get(SCORE))
        if grade_text and not grades and score_stated:
            out.append(Fact(metric="总分", kind="grade", actual=numbers[-1], unit="分", text=grade_text.group(0),
                            page=block.page, refs=[block.ref], stated_text=grade_text.group("grade")))
        if score_stated:  # the total under the 得分 column, else the row's last figure
            total_score = _number_at(cells, columns.get(SCORE))
            out.append(_score_sum(block, cells, numbers[-1] if total_score is None else total_score, scored, money))
        weights = _weight_sum(block, cells, scored, money, columns.get(WEIGHT))
        if weights is not None:
            out.append(weights)
    return out


def results_table_grades(doc: Document) -> list[Fact]:
    """A grade fact for each row of a table of results with a score (天台 专项债 评价情况表: 序号 │ 主管部门 │ 项目单位 │
    项目名称 │ 发行金额 │ 评价得分 │ 评价结果 │ 备注): the project's name, its score and the grade written beside it
    (``stated_text`` "" when its cell was left empty); the columns by the header words of :mod:`.forms.headers`."""
    out = []
    for block in doc.tables():
        rows = block.cells()
        for r, header in enumerate(rows):
            columns = [next((k for k, c in enumerate(header) if test(c)), None)
                       for test in (is_results_name_header, _is_score_header, is_grade_header)]
            if None in columns:
                continue
            found = (_result_grade(block, cells, *columns) for cells in rows[r + 1:])
            out.extend(fact for fact in found if fact is not None)
            break
    return out


def _is_score_header(cell: str) -> bool:
    return cell_role(cell) == SCORE


def _result_grade(block: Block, cells: list[str], name: int, score: int, grade: int) -> Fact | None:
    value = figure_alone(cells[score]) if score < len(cells) else None
    if value is None or name >= len(cells) or not cells[name]:
        return None
    return Fact(metric=cells[name], kind="grade", actual=value, unit="分", text=" | ".join(c for c in cells if c),
                page=block.page, refs=[block.ref], stated_text=cells[grade] if grade < len(cells) else "")


def _grade_text(doc: Document) -> re.Match | None:
    """The first 等级：优 written outside the tables."""
    from .sentences import normalise

    return next((m for b in doc.blocks if b.kind != "table" for m in [_GRADE_TEXT.search(normalise(b.text))] if m),
                None)


def _total_row(block: Block, after: int = 0) -> tuple[list[str], list[float]] | None:
    """The first 总分/合计 row below the row ``after`` (the first scored indicator row: the 合计 of a funds block
    above the indicators is no total of their scores) that holds numbers: its normalised cells and those numbers."""
    for cells in block.cells()[after:]:
        if not any(c in _TOTAL_LABELS for c in cells):
            continue
        numbers = [n for c in cells if (n := figure_alone(c)) is not None]
        if numbers:
            return cells, numbers
    return None


def _score_sum(block: Block, cells: list[str], total: float, scored: list[Indicator],
               money: MoneyBlockPoints | None) -> Fact:
    """Σ scores of the rows (and the money block's points) = the total row's last number."""
    budget_points = money.score if money else None
    return Fact(metric="总分", kind="sum", total=total,
                parts=[i.score for i in scored] + ([budget_points] if budget_points is not None else []),
                unit="分", text=" | ".join(c for c in cells if c), page=block.page, refs=[block.ref])


def _weight_sum(block: Block, cells: list[str], scored: list[Indicator], money: MoneyBlockPoints | None,
                weight_column: int | None) -> Fact | None:
    """Σ weights of the rows (and the money block's 分值) = the total row's 权重/分值 cell (``weight_column``, that of the
    block's first indicator header), when all are known."""
    weights = [i.weight for i in scored]
    weight_total = _number_at(cells, weight_column)
    if weight_total is None or None in weights:
        return None
    return Fact(metric="总分（分值）", kind="sum", total=weight_total,  # the 分值 cell of the 总分 row
                parts=weights + ([money.weight] if money and money.weight is not None else []),
                unit="分", text=" | ".join(c for c in cells if c), page=block.page, refs=[block.ref])


@dataclass(frozen=True)
class MoneyBlockPoints:
    """分值 and 得分 of the money block (预算执行率) of a self-assessment form."""

    weight: float | None
    score: float | None


def _money_block_points(doc: Document) -> MoneyBlockPoints | None:
    """The 分值/得分 of the 资金总额 row of a money block with 执行数 and 得分 columns, if any."""
    from .sentences import to_float

    for block in doc.tables():
        rows = block.cells()
        for k, row in enumerate(rows):
            if not any("执行数" in c for c in row):
                continue  # the header words are read only on a money block's header row
            roles = [cell_role(c) for c in row]  # 得分, also 得分（20分*执行率）
            if SCORE in roles:
                col = roles.index(SCORE)
                weight_col = roles.index(WEIGHT) if WEIGHT in roles else None
                for nxt in rows[k + 1 : k + 3]:
                    if any("资金总额" in c for c in nxt) and col < len(nxt):
                        weight = to_float(nxt[weight_col]) if weight_col is not None and weight_col < len(nxt) else None
                        return MoneyBlockPoints(weight=weight, score=to_float(nxt[col]))
    return None


def _label_spanning_two(cells: list[str], columns: dict[str, int], scored: list[Indicator]) -> list[str]:
    """The total row as the table means it. Its label may have spanned two columns on the page, the copy shifting its
    figures one column left (潜江 得分情况表: 合计 │ 100 │ 75.46 │ (empty) under 序号 │ 评价指标 │ 权重 │ 得分): read one
    column to the right when that, and only that, puts the sum of the weights under 权重."""
    weight_col, score_col = columns.get(WEIGHT), columns.get(SCORE)
    weights = [i.weight for i in scored]
    if weight_col is None or score_col is None or None in weights or score_col >= len(cells) or cells[score_col].strip():
        return cells
    shifted = [""] + cells[:-1]
    if not _is_sum(_number_at(cells, weight_col), weights) and _is_sum(_number_at(shifted, weight_col), weights):
        return shifted
    return cells


def _is_sum(total: float | None, parts: list[float]) -> bool:
    return total is not None and abs(total - sum(parts)) < 0.005


def _score_cell_left_empty(cells: list[str], score_column: int | None) -> bool:
    """The total row leaves its 得分 cell empty (文昌 评价报告: 总分 │ 100 │ … │ 100 │ (empty), the block of 55 points
    not scored): the 100 beside it is the 分值's, no total score stated."""
    return score_column is not None and score_column < len(cells) and not cells[score_column].strip()


def _header_columns(block: Block, *roles: str) -> dict[str, int]:
    """The column of each of ``roles`` in the first indicator header of a table block that has it (each header row
    classified once)."""
    from .indicators import classify_header

    found: dict[str, int] = {}
    for row in block.rows or []:
        header = classify_header(row) or {}
        for role in roles:
            if role in header:
                found.setdefault(role, header[role])
        if len(found) == len(roles):
            break
    return found


def _number_at(cells: list[str], col: int | None) -> float | None:
    """The number written alone in ``cells[col]`` (``"100"``), else None."""
    return figure_alone(cells[col]) if col is not None and col < len(cells) else None
