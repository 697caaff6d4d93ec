"""Arithmetic and consistency checks on facts and score tables (ARCHITECTURE.md, "The checker": ``consistency.*``).

Tolerances follow what the document wrote: a rate stated with 2 decimals may be off by half a
unit of its last decimal (0.005), and rounded inputs (money in 万元 with 2 decimals) widen the
interval of the recomputed rate. Counts are exact.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ...extraction import GRADE_LABEL, STATED_TOTAL_LABELS, field_label
from ...nlp.framework import canonical_level1
from ...nlp.lexicon import units_for
from ...nlp.quantities import figures, level_points, parse_amount_words, parse_operator, to_yuan
from ..rule import Problem, register
from ..text import clean, decimals_of, find_words, fmt, half_unit, stated_decimals
from ._common import is_cost_row, is_subtotal_row, label, table_of
from .coverage import missing_level1

_EPS = 1e-9
_MONEY_FACTORS = {unit: to_yuan(1.0, unit) for unit in units_for("checker_money")}
_SCORE_METRIC = re.compile(r"得分|总分|分值|评分|计分")
_WEIGHT_METRIC = re.compile(r"分值")  # a score fact about the 分值 (指标分值), not the 得分


def _is_exact(fact, values, settings) -> bool:
    """Counts are exact; money and numbers written with decimals are rounded."""
    unit = clean(fact.unit)
    if unit in settings.money_units or fact.kind == "budget":
        return False
    return all(v is not None and float(v).is_integer() for v in values)


def _rounding(value: float, text: str, exact: bool) -> float:
    if exact:
        return 0.0
    shown = stated_decimals(text, value)
    return half_unit(shown if shown is not None else decimals_of(value))


def _stated_rate_decimals(fact) -> int:
    if fact.decimals is not None:
        return fact.decimals
    shown = stated_decimals(fact.text, fact.stated_rate)
    return shown if shown is not None else decimals_of(fact.stated_rate)


def rate_interval(fact, settings) -> tuple[float, float] | None:
    """Range of actual/planned × 100 allowed by the rounding of the inputs (None if not computable)."""
    if fact.planned is None or fact.actual is None:
        if fact.computed_rate is None:
            return None
        return fact.computed_rate, fact.computed_rate
    exact = _is_exact(fact, (fact.planned, fact.actual), settings)
    # amounts of one statement share a precision: "预算2000万元，支出1999.31万元" means 2000.00, not 2000 ± 0.5
    d_planned = d_actual = min(_rounding(fact.planned, fact.text, exact), _rounding(fact.actual, fact.text, exact))
    low_planned, high_planned = fact.planned - d_planned, fact.planned + d_planned
    if low_planned <= 0:
        return None
    return (fact.actual - d_actual) / high_planned * 100, (fact.actual + d_actual) / low_planned * 100


@register("consistency.rate", "陈述的比率与数据不符", severity="error", scope="fact")
def rate(fact, ctx) -> Iterator[Problem]:
    """A stated rate that does not match its own numbers, allowing for the decimals stated.

    Tolerance: half a unit of the last stated decimal (96.00% → ±0.005), plus the rounding of inputs
    written with decimals (money, at the finest decimals either amount shows: "预算2000万元，支出1999.31万元"
    reads 2000 as 2000.00); counts are exact.

    错误示例: 五星好评 35793910 条 / 总评价 35806422 条，好评率 99.99%（应为 99.97%）
    正确示例: 计划启动 100 个，实际启动 96 个，如期完成率 96.00%
    """
    if fact.kind not in ("completion", "budget") or fact.stated_rate is None:
        return
    interval = rate_interval(fact, ctx.settings)
    if interval is None:
        return
    decimals = _stated_rate_decimals(fact)
    tolerance = half_unit(decimals)
    low, high = interval
    if fact.stated_rate + tolerance >= low - _EPS and fact.stated_rate - tolerance <= high + _EPS:
        return
    computed = _rate_of_amounts(fact)
    shown = f"{computed:.{max(decimals, 0)}f}%"
    yield Problem(
        f"“{fact.metric or '比率'}”陈述为 {fmt(fact.stated_rate)}%，按 {fmt(fact.actual)}/{fmt(fact.planned)} 计算应为 {shown}",
        f"更正为 {shown}，或核对分子 {fmt(fact.actual)} 和分母 {fmt(fact.planned)}",
        evidence=fact.text,
        numbers={"planned": fact.planned, "actual": fact.actual, "stated_rate": fact.stated_rate,
                 "computed_rate": round(computed, 6), "tolerance": tolerance},
    )


def _sum_tolerance(values, fact, settings) -> float:
    """Counts are exact; otherwise each number may be rounded at the finest decimal the figures show."""
    if _is_exact(fact, values, settings):
        return _EPS
    decimals = fact.decimals if fact.decimals is not None else max(decimals_of(v) for v in values)
    return len(values) * half_unit(decimals)


@register("consistency.rate.execution", "执行率指标与资金执行情况不符", severity="error", scope="indicator",
          config=("execution_rate_names",))
def execution_rate(ind, ctx) -> Iterator[Problem]:
    """An indicator of budget execution whose actual is not the rate the form's own money block gives: its first
    money row's 执行数 over 预算数, or the rate that row states (a point either way allowed for rounding).

    错误示例: 年度资金总额 │ 593.27 │ 448.64 │ 76% … 时效指标 │ 预算执行率 │ 100% │ 实际 100%
    正确示例: 年度资金总额 │ 593.27 │ 448.64 │ 76% … 时效指标 │ 预算执行率 │ 100% │ 实际 76%
    """
    if ind.actual is None or ind.unit not in (None, "%") or not find_words(ind.name, ctx.settings.execution_rate_names):
        return
    money = next((f for f in ctx.extraction.facts if f.kind == "budget" and f.planned), None)
    if money is None or money.actual is None:
        return
    computed = _rate_of_amounts(money)
    if any(abs(ind.actual - rate) <= _EXECUTION_ROUNDING for rate in (computed, money.stated_rate) if rate is not None):
        return
    yield Problem(
        f"“{ind.name}”实际完成 {fmt(ind.actual)}%，而资金表“{money.stated_text or money.metric}”执行 "
        f"{fmt(money.actual)}/{fmt(money.planned)}，执行率为 {computed:.2f}%",
        "核对资金执行数，按资金表的执行率填写该指标的实际完成值",
        evidence=f"{label(ind)}；{money.text}",
        numbers={"indicator_actual": ind.actual, "planned": money.planned, "actual": money.actual,
                 "computed_rate": round(computed, 6)},
    )


_EXECUTION_ROUNDING = 1.0  # percentage points: a whole-percent actual beside a rate written to decimals


@register("consistency.sum", "合计与分项不符", severity="error", scope="fact", config=("money_units",))
def sum_(fact, ctx) -> Iterator[Problem]:
    """A stated total that is not the sum of its parts (资金总额 = 财政拨款 + 其他资金, counts by category).

    Score totals are checked by ``consistency.score_total.scores``.

    错误示例: 资金总额 120 万元 = 财政拨款 80 万元 + 其他资金 30 万元
    正确示例: 资金总额 110 万元 = 财政拨款 80 万元 + 其他资金 30 万元
    """
    if fact.kind != "sum" or fact.total is None or not fact.parts or _SCORE_METRIC.search(fact.metric or ""):
        return
    yield from _sum_problem(fact, ctx, "合计")


def _sum_problem(fact, ctx, word: str) -> Iterator[Problem]:
    total = sum(fact.parts)
    tolerance = _sum_tolerance([*fact.parts, fact.total], fact, ctx.settings)
    if abs(total - fact.total) <= tolerance + _EPS:
        return
    parts = fmt(fact.parts[0]) + "".join(f" − {fmt(-p)}" if p < 0 else f" + {fmt(p)}" for p in fact.parts[1:])
    yield Problem(
        f"“{fact.metric or word}”陈述为 {fmt(fact.total)}，分项之和 {parts} = {fmt(round(total, 6))}",
        f"核对分项或将{word}更正为 {fmt(round(total, 6))}",
        evidence=fact.text,
        numbers={"parts": list(fact.parts), "stated_total": fact.total, "computed_total": round(total, 6),
                 "difference": round(fact.total - total, 6)},
    )


@register("consistency.score_exceeds_weight", "得分超过分值", severity="error", scope="indicator")
def score_exceeds_weight(ind, ctx) -> Iterator[Problem]:
    """A row whose 得分 is above its 分值 (权重).

    错误示例: 培训人次 │ 分值 10 │ 得分 12
    正确示例: 培训人次 │ 分值 10 │ 得分 10
    """
    if ind.score is None or ind.weight is None or ind.score <= ind.weight + _EPS:
        return
    yield Problem(
        f"“{ind.name or ''}”得分 {fmt(ind.score)} 超过分值 {fmt(ind.weight)}",
        f"得分最多为 {fmt(ind.weight)}，按完成情况重新计分",
        evidence=label(ind),
        numbers={"weight": ind.weight, "score": ind.score},
    )


def _stated_total(ext) -> tuple[float, str] | None:
    for fact in ext.facts:
        if fact.kind == "grade" and fact.actual is not None:
            return fact.actual, fact.text
    fields = {field_label(key): (key, value) for key, value in ext.fields.items()}
    for name in STATED_TOTAL_LABELS:
        key, value = fields.get(name, (name, None))
        if value is None:
            continue
        found = figures(str(value))  # the quantity reader's first figure: "2023年得分92分" → 92, not the year
        if found and found[0].value is not None:
            return found[0].value, f"{key}：{value}"
    return None


# --- consistency.score_total: the scores and the 分值 of a score table against their totals --------------------
# Two rules, switched off separately (``consistency.score_total`` names both): the 分值 must add up to the points
# available, and only then can the 得分 be summed against the stated total.


@dataclass
class _ScoreTable:
    """The rows of an indicator table that all carry 分值 and 得分, with what they add up to."""

    rows: list
    weights: float  # the sum of the 分值
    scores: float | None  # the sum of the 得分, with the 执行率 points of a money block (None: its rate unknown)
    expected: float  # the points the 分值 should add up to
    money_block: bool  # 执行率 is scored in the form's money block, outside the rows


def _score_fact_problems(ext, ctx, weights: bool) -> Iterator[Problem]:
    """The score facts (``kind: sum`` about 得分/总分/分值) that do not add up: those of the 分值 (``指标分值``) when
    ``weights``, the others when not."""
    facts = [f for f in ext.facts
             if f.kind == "sum" and f.total is not None and f.parts and _SCORE_METRIC.search(f.metric or "")]
    score_facts = [f for f in facts if not _WEIGHT_METRIC.search(f.metric)]
    for fact in facts:
        if bool(_WEIGHT_METRIC.search(fact.metric)) != weights:
            continue
        if weights and any(_same_sum(fact, s) for s in score_facts):
            continue  # every row scored its full 分值: one sum, one problem, reported by the 得分 rule
        for problem in _sum_problem(fact, ctx, "总分"):
            problem.record = fact
            yield problem


def _same_sum(a, b) -> bool:
    return a.total == b.total and a.parts == b.parts


def _score_rows(ext) -> list:
    """The 三级 rows that carry a 分值 or a 得分 (subtotal rows left out)."""
    return [i for i in ext.indicators if not is_subtotal_row(i) and (i.weight is not None or i.score is not None)]


def _score_table(ext, settings) -> _ScoreTable | None:
    """The score table of the extraction - of its first project's form when a file holds several (鄂州 财政局: every
    project's 自评表 on one sheet; the stated total and the money block read are that form's); None when some row lacks
    its 分值 or 得分 (a partial table is not summed)."""
    forms = ext.form_of()
    scored = _score_rows(ext)
    rows = [i for i in scored if forms.get(i.id, 0) == forms.get(scored[0].id, 0)] if scored else []
    if not rows or any(i.weight is None or i.score is None for i in rows):
        return None
    weights = sum(i.weight for i in rows)
    scores = sum(i.score for i in rows)
    expected = settings.weight_total
    # a self-evaluation form may score 执行率 in its money block, outside the rows: min(rate, 1) × its points
    budgets = [f for f in ext.facts if f.kind == "budget"]
    budget = next((f for f in budgets if f.stated_rate is not None), budgets[0] if budgets else None)
    money_block = budget is not None and abs(weights - (expected - settings.execution_rate_weight)) <= 0.01
    if money_block:
        expected -= settings.execution_rate_weight
        rate = _execution_rate(budget)
        scores = None if rate is None else scores + min(rate / 100, 1) * settings.execution_rate_weight
    return _ScoreTable(rows, weights, scores, expected, money_block)


def _cut_in_its_last_row(ext, rows: list) -> bool:
    """The table's last row names an indicator and carries neither 分值 nor 得分: the page cut it (17.社会效益 ( 1 under
    sixteen scored rows, 山东 征地拆迁 评价报告), so its 分值 cannot be summed to the whole (its 得分 are still summed
    against a stated total, as the writers of 梁平 and 开州 自评表 compare them)."""
    last = rows[-1]
    after = [i for i in ext.indicators[ext.indicators.index(last) + 1:] if i.refs[:1] == last.refs[:1]]
    return bool(after) and after[-1].weight is None and after[-1].score is None and not is_subtotal_row(after[-1])


def _execution_rate(budget) -> float | None:
    """The 执行率 of a money block in percent: as stated, else 执行数 / 预算数 (the rate cell left empty)."""
    return budget.stated_rate if budget.stated_rate is not None else _rate_of_amounts(budget)


def _rate_of_amounts(fact) -> float | None:
    """actual / planned × 100 from the fact's amounts, else the rate the extractor computed (None without one)."""
    if fact.planned and fact.actual is not None:
        return fact.actual / fact.planned * 100
    return fact.computed_rate


def _weights_add_up(table: _ScoreTable) -> bool:
    return abs(table.weights - table.expected) <= 0.01


@register("consistency.score_total.scores", "总分与各项得分之和不符", severity="error", scope="document",
          config=("weight_total", "execution_rate_weight"))
def score_total_scores(ext, ctx) -> Iterator[Problem]:
    """The total score is not the sum of the scores: a score fact (``kind: sum`` about 得分/总分), or the 得分 of a
    table whose rows all carry 分值 and 得分 against the total the document states (the score of its grade, or
    the fields 总分, 综合得分, 绩效得分 …).

    A table is summed only when its 分值 add up (``consistency.score_total.weights``); the 执行率 points of a
    self-evaluation money block count as min(执行率, 100 %) × ``execution_rate_weight``. Whole points are exact;
    scores with decimals may each be off by half a unit of the last decimal.

    错误示例: 决策 14.00 + 过程 15.92 + 产出 23.88 + 效益 23.40，总分写成 78.20
    正确示例: 决策 14.00 + 过程 15.92 + 产出 23.88 + 效益 23.40 = 77.20
    """
    yield from _score_fact_problems(ext, ctx, weights=False)
    table = _score_table(ext, ctx.settings)
    beyond = _stated_beyond_rows(ext, table, ctx.settings)
    if beyond is not None:
        yield beyond
        return
    if table is None or not _weights_add_up(table) or table.scores is None:
        return
    stated = _stated_total(ext)
    if stated is None:
        return
    total, text = stated
    decimals = max(decimals_of(v) for v in (*(i.score for i in table.rows), total))
    parts = len(table.rows) + table.money_block
    tolerance = half_unit(0) if decimals == 0 else parts * half_unit(decimals)  # whole points are exact
    if abs(table.scores - total) <= tolerance:
        return
    yield Problem(
        f"总分陈述为 {fmt(total)}，各行得分之和为 {fmt(round(table.scores, 4))}",
        f"核对各行得分，或将总分更正为 {fmt(round(table.scores, 2))}",
        evidence=text,
        numbers={"stated_total": total, "computed_total": round(table.scores, 6)},
        record=table.rows[0],
    )


@register("consistency.score_total.weights", "分值合计不符", severity="error", scope="document",
          config=("weight_total", "execution_rate_weight"))
def score_total_weights(ext, ctx) -> Iterator[Problem]:
    """The 分值 do not add up to the points available: those of a table whose rows all carry 分值 and 得分 to
    ``weight_total`` (100; 90 when 执行率 is scored in the money block), the rows under a 一级/二级 heading that
    states its points ("产出指标（50分）") to those points (off by more than 0.01 is a finding), and a score fact
    of the 分值 (``指标分值``: the rows' 分值 against the 合计 row) to its total.

    One problem, one finding: 分值 short of the total on a form that lacks a whole 一级 are that dimension's
    points (``coverage.missing_dimension``), and a 分值 sum with the parts and total of a 得分 sum (every row
    scored full) is reported once, by ``consistency.score_total.scores``. A form whose 一级 headings state fewer points
    than the whole (投入(13分) and 过程(61分) only) stops before its last groups: neither its total nor its last group
    is summed.

    错误示例: 产出指标（50分）: 培训人次 20 分 + 考核合格率 20 分 + 培训完成时间 15 分
    正确示例: 产出指标（50分）: 培训人次 30 分 + 考核合格率 20 分
    """
    yield from _score_fact_problems(ext, ctx, weights=True)
    forms = ext.form_of()
    groups_cut = _groups_cut_off(ext, forms, ctx.settings)
    sections = list(_section_weights(ext, forms, groups_cut))
    yield from sections
    table = _score_table(ext, ctx.settings)
    if (table is None or _weights_add_up(table) or _short_by_missing_dimension(table, ctx.settings)
            or _short_by_a_section(table, sections) or table.weights < table.expected and groups_cut
            or _weight_total_stated_and_met(ext) or _cut_in_its_last_row(ext, table.rows)):
        return
    if _stated_beyond_rows(ext, table, ctx.settings) is not None:
        return  # the stated total the rows cannot reach says it (consistency.score_total.scores)
    expected = table.expected
    yield Problem(
        f"各指标分值合计 {fmt(round(table.weights, 4))}，不等于 {fmt(expected)}",
        f"核对各行分值，使合计为{fmt(expected)}（总分{fmt(ctx.settings.weight_total)}，预算执行率另计的分值不在其中）",
        evidence="、".join(f"{i.name}:{fmt(i.weight)}" for i in table.rows[:12]),
        numbers={"weight_sum": round(table.weights, 6), "expected": expected},
        record=table.rows[0],
    )


def _weight_total_stated_and_met(ext) -> bool:
    """A table's 合计 row states the total of its 分值 and its rows add up to it (湛江 坡头 养老 评估结果: three parts of
    100 points each, 合计 300): the table sets its own total, not the form's 100."""
    return any(f.kind == "sum" and f.total is not None and f.parts and _WEIGHT_METRIC.search(f.metric or "")
               and abs(sum(f.parts) - f.total) <= 0.01 for f in ext.facts)


def _stated_beyond_rows(ext, table: _ScoreTable | None, settings) -> Problem | None:
    """A stated total (自评总分 97.6) the rows cannot reach: their 分值 fall short of the points available by more
    than a money block's 执行率 points and their 得分, with those points, stay below it (a form cut before its last
    rows, 重庆 科学城融媒体中心: 97.6 stated, 70 in the rows). One problem: the 分值 short of 100 are not reported
    again."""
    if table is None or table.weights >= table.expected - settings.execution_rate_weight - 0.01:
        return None  # rows worth 90 of 100: the 执行率 points may be scored apart (score_total.weights decides)
    stated = _stated_total(ext)
    scores = sum(i.score for i in table.rows)
    if stated is None or stated[0] <= scores + settings.execution_rate_weight + 0.01:
        return None
    total, text = stated
    return Problem(
        f"总分陈述为 {fmt(total)}，各行得分之和为 {fmt(round(scores, 4))}（分值合计 {fmt(round(table.weights, 4))}），"
        f"加上预算执行率的 {fmt(settings.execution_rate_weight)} 分也达不到",
        "核对是否缺少指标行（文件不完整）或总分有误",
        evidence=text,
        numbers={"stated_total": total, "computed_total": round(scores, 6), "weight_sum": round(table.weights, 6)},
        record=table.rows[0],
    )


def _short_by_missing_dimension(table: _ScoreTable, settings) -> bool:
    """分值 short of the total on a form that lacks a whole 一级: the points missing are that dimension's, one
    problem reported by ``coverage.missing_dimension``."""
    levels = {level for row in table.rows for level in (row.level1, row.level2) if level}
    return table.weights < table.expected and bool(levels) and bool(missing_level1(levels, settings))


def _short_by_a_section(table: _ScoreTable, sections: list[Problem]) -> bool:
    """分值 short of the total by what a heading found short lacks (项目效益(40分) over a row with no 分值: 60 of 100):
    one problem, reported on the heading."""
    shortfalls = [p.numbers["section_points"] - p.numbers["weight_sum"] for p in sections]
    return any(abs(table.expected - table.weights - short) <= 0.01 for short in (*shortfalls, sum(shortfalls)))


def _section_weights(ext, forms: dict[str, int], groups_cut: bool) -> Iterator[Problem]:
    """The 分值 of the rows under a heading that states its points ("产出指标（50分）") must add up to them; a heading
    whose rows are empty - no 分值, 得分 or target (a form cut in its first 效益 row, 原州区) - in a table whose other
    rows have their 分值 has none of its points (a row with a target and no 分值 may be one the reading lost).
    Each project's form is summed on its own; a heading the file stops under (its last row cut before its 分值)
    whose other rows have theirs is not judged: the rows after the cut are not in the file; nor a heading holding a
    blank frame's slot (:func:`_blank_frame`); nor, for a shortfall, are the headings of the last row of a form whose
    一级 headings state fewer points than the whole (the file stops before its last groups; ``groups_cut``:
    :func:`_groups_cut_off`)."""
    cut, stopped = _heading_cut_off(ext, forms), _last_group_cut_off(ext, forms) if groups_cut else set()
    scored = _score_rows(ext)
    sections = _sections(scored, forms)
    slots = _sections([i for i in ext.indicators if _slot(i)], forms) if _blank_frame(ext) else {}
    for key, members in sections.items():
        form, _, heading, points = key
        if any(i.weight is None for i in members) or (form, heading) == cut or key in slots:
            continue
        weights = sum(i.weight for i in members)
        if (form, heading) in stopped and weights < points:
            continue  # rows missing after the cut can only make the sum fall short
        yield from _section_problem(heading, points, members, weights)
    if scored and not slots:
        yield from _empty_sections(ext, scored, sections, forms)


def _empty_sections(ext, scored: list, sections: dict, forms: dict[str, int]) -> Iterator[Problem]:
    """The headings whose rows are all empty (no 评分标准 either: 资阳 考核细则's 项目进度管理(20分) holds one item scored by
    its rule, its points the heading's) in a table whose other rows are scored: none of their points; a 二级
    under a 一级 as empty is said once, on the 一级 (项目绩效(55分) over 项目产出 │ 项目效益)."""
    scored_tables = {table_of(i) for i in scored}
    unscored = [i for i in ext.indicators if i.weight is None and i.score is None and not is_subtotal_row(i)
                and not clean(i.target_text) and i.value is None and not clean(i.basis) and table_of(i) in scored_tables]
    empty = {key: members for key, members in _sections(unscored, forms).items() if key not in sections}
    in_empty_level1 = {id(i) for (_, level, _, _), members in empty.items() if level == 1 for i in members}
    for (_, level, heading, points), members in empty.items():
        if not (level == 2 and all(id(i) in in_empty_level1 for i in members)):
            yield from _section_problem(heading, points, members, 0.0)


def _sections(rows, forms: dict[str, int]) -> dict[tuple[int, int, str, float], list]:
    """Rows by their form and the heading that states its points: their 一级 or 二级 text, one heading per level (a
    blank scoring sheet writes only points in both: (10分) │ (7分) │ 资金分配 under (20分) │ (10分) │ 必要性)."""
    sections: dict[tuple[int, int, str, float], list] = {}
    for ind in rows:
        for level, heading in enumerate((ind.level1_text, ind.level2_text), start=1):
            points = level_points(heading)
            if points is not None:
                sections.setdefault((forms.get(ind.id, 0), level, clean(heading), points), []).append(ind)
    return sections


def _heading_cut_off(ext, forms: dict[str, int]) -> tuple[int, str] | None:
    """The form and the heading (with points) of the document's last row when that row alone has no 分值 - the file
    stops inside it (历城区文化馆, 宣城市公安局: the page ends in a row's name or its 实际完成值)."""
    last = ext.indicators[-1] if ext.indicators else None
    if last is None or last.weight is not None or is_subtotal_row(last):
        return None
    heading = next((h for h in (last.level1_text, last.level2_text) if level_points(h) is not None), None)
    under = [i for i in ext.indicators[:-1] if heading in (i.level1_text, i.level2_text)]
    if not heading or not under or any(i.weight is None for i in under):
        return None  # rows without 分值 under a scored group (羊养殖数量 under 补助家畜家禽养殖数量) are no cut
    return forms.get(last.id, 0), clean(heading)


def _blank_frame(ext) -> bool:
    """A scoring frame not filled in: no row has a score, an actual or a target (达州 部门整体 评分表, its points in the
    labels). A row there naming a kind of indicator with no points is a slot left for rows to be written (履职成效(20分)
    │ 部门特性指标 and empty rows): its heading and the ones above it are not summed."""
    return bool(ext.indicators) and not any(i.score is not None or i.actual is not None or clean(i.target_text)
                                            or i.value is not None for i in ext.indicators)


def _slot(ind) -> bool:
    return ind.weight is None and clean(ind.name).endswith("指标")


def _last_group_cut_off(ext, forms: dict[str, int]) -> set[tuple[int, str]]:
    """The headings (with points) of the document's last row, in a form whose 一级 headings add up to less than the
    points available (:func:`_groups_cut_off`; 雨花区 部门整体: 投入(13分) + 过程(61分) = 74 of 100): the file stops
    inside its last group, before the groups still to come, so that group's rows are not all there (their 分值 falling
    short of its points is no finding; rows weighing more than it are one)."""
    last = ext.indicators[-1]
    return {(forms.get(last.id, 0), clean(h)) for h in (last.level1_text, last.level2_text) if level_points(h) is not None}


def _groups_cut_off(ext, forms: dict[str, int], settings) -> bool:
    """The last row's form is an evaluation's own tree (投入 │ 过程 │ 产出 │ 效果, no 一级 of the target framework) whose
    一级 headings all state their points and add up to less than the whole (a money block's 执行率
    aside): the file stops before the tree's last groups. (A target form short of a framework 一级 lacks that
    dimension: coverage.missing_dimension says so.)"""
    last = ext.indicators[-1] if ext.indicators else None
    if last is None:
        return False
    form = forms.get(last.id, 0)
    level1 = {clean(i.level1_text): level_points(i.level1_text) for i in ext.indicators if forms.get(i.id, 0) == form}
    stated = list(level1.values())
    return (bool(stated) and None not in stated and not any(canonical_level1(text) for text in level1)
            and sum(stated) < settings.weight_total - settings.execution_rate_weight - 0.01)


def _section_problem(heading: str, points: float, members: list, weights: float) -> Iterator[Problem]:
    if abs(weights - points) <= 0.01:
        return
    yield Problem(
        f"“{heading}”标明{fmt(points)}分，其下各指标分值合计 {fmt(round(weights, 4))}",
        f"核对“{heading}”下各行分值，使合计为{fmt(points)}分，或更正标题中的分值",
        evidence="、".join(f"{i.name}:{fmt(i.weight)}" for i in members[:12]),
        numbers={"section_points": points, "weight_sum": round(weights, 6)},
        record=members[0],
    )


def expected_grade(score: float, bands: dict[str, float]) -> str | None:
    for grade, lower in sorted(bands.items(), key=lambda item: -item[1]):
        if score >= lower - _EPS:
            return grade
    return None


def _stated_grade(text: str | None, bands: dict[str, float]) -> str | None:
    text = clean(text)
    quoted = re.search(r"[“\"「（(]([^”\"」）)]{1,3})[”\"」）)]", text)
    for candidate in ([quoted.group(1)] if quoted else []) + [text]:
        found = [g for g in bands if g in candidate]
        if len(found) == 1:
            return found[0]
    match = re.search(rf"{GRADE_LABEL}为?[:：]?[“\"]?(.)", text)
    return match.group(1) if match and match.group(1) in bands else None


@register("consistency.grade", "等级与得分不符", severity="error", scope="fact", config=("grade_bands",))
def grade(fact, ctx) -> Iterator[Problem]:
    """The stated grade does not match the score band (优 ≥90, 良 80–90, 中 60–80, 差 <60; 10号), or a table of
    results leaves the grade beside a score empty.

    错误示例: 绩效得分 77.20 分，等级为“良”
    正确示例: 绩效得分 77.20 分，等级为“中”
    """
    if fact.kind != "grade" or fact.actual is None:
        return
    bands = ctx.settings.grade_bands
    expected = expected_grade(fact.actual, bands)
    if fact.stated_text == "" and expected is not None:  # a table of results with the grade cell left empty
        yield Problem(f"得分 {fmt(fact.actual)} 分对应等级“{expected}”，等级栏未填写", f"填写等级“{expected}”",
                      evidence=fact.text, numbers={"score": fact.actual, "expected_grade": expected})
        return
    stated = _stated_grade(fact.stated_text or fact.text, bands)
    if stated is None or expected is None or stated == expected:
        return
    yield Problem(
        f"得分 {fmt(fact.actual)} 分对应等级“{expected}”，文中写作“{stated}”",
        f"将等级更正为“{expected}”，或核对得分",
        evidence=fact.text,
        numbers={"score": fact.actual, "stated_grade": stated, "expected_grade": expected},
    )


def _percent_problem(parts, total, decimals, text, metric) -> Problem | None:
    tolerance = len(parts) * half_unit(decimals) + _EPS
    got = sum(parts)
    if abs(got - total) <= tolerance:
        return None
    shown = " + ".join(f"{fmt(p)}%" for p in parts)
    return Problem(
        f"“{metric}”各部分之和 {shown} = {fmt(round(got, 6))}%，应为 {fmt(total)}%",
        f"核对各部分比例，使合计为 {fmt(total)}%",
        evidence=text,
        numbers={"parts": list(parts), "sum": round(got, 6), "expected": total, "tolerance": tolerance},
    )


@register("consistency.percent_sum", "比例之和不为100%", severity="error", scope="document")
def percent_sum(ext, ctx) -> Iterator[Problem]:
    """Shares or contract payment instalments that should add up to 100 % and do not.

    Share facts are checked against their ``total`` (a share fact without a total is a partial list);
    cumulative payment schedules (30 %, 50 %, 100 %) are recognised and pass.

    错误示例: 付款：签订后 30 %，初验后 40 %，终验后 20 %（合计 90 %）
    正确示例: 付款：签订后 30 %，初验后 40 %，终验后 20 %，质保期满 10 %
    """
    for fact in ext.facts:
        if fact.kind != "share" or not fact.parts or fact.total is None:
            continue  # without a total the shares are a partial list ("分别为 59.52%、38.10%")
        decimals = fact.decimals if fact.decimals is not None else max(decimals_of(p) for p in fact.parts)
        problem = _percent_problem(fact.parts, fact.total, decimals, fact.text, fact.metric or "占比")
        if problem:
            problem.record = fact
            yield problem
    payments = [t for t in ext.contract_terms if t.kind == "付款" and t.percent is not None]
    if len(payments) < 2:
        return
    percents = [t.percent for t in payments]
    cumulative = all(a < b for a, b in zip(percents, percents[1:])) and abs(percents[-1] - 100) < _EPS
    if cumulative:
        return
    problem = _percent_problem(percents, 100.0, max(decimals_of(p) for p in percents),
                               "；".join(t.text for t in payments), "付款比例")
    if problem:
        problem.record = payments[0]
        yield problem


@register("consistency.amount_words", "大写金额与小写不符", severity="error", scope="fact", config=("money_units",))
def amount_words(fact, ctx) -> Iterator[Problem]:
    """The amount in 大写 words differs from the figures (人民币壹佰贰拾万元整 vs ¥1,250,000.00).

    错误示例: 合同金额 ¥1,250,000.00（大写：人民币壹佰贰拾万元整）
    正确示例: 合同金额 ¥1,200,000.00（大写：人民币壹佰贰拾万元整）
    """
    if fact.kind != "amount_words" or fact.actual is None:
        return
    figures = fact.actual
    words = fact.planned
    if words is None:
        words = parse_amount_words(fact.stated_text or fact.text)
        figures = fact.actual * _MONEY_FACTORS.get(clean(fact.unit), 1.0)
    if words is None or abs(figures - words) < 0.005:
        return
    yield Problem(
        f"大写金额 {fmt(words)} 与小写金额 {fmt(figures)} 不一致",
        "以合同约定金额为准，同时更正大写和小写，使两者一致",
        evidence=fact.text,
        numbers={"figures": figures, "words": words, "difference": round(figures - words, 2)},
    )


def _missed(ind) -> bool:
    """The actual misses the target; a bare number ("95%", read as "=", or a result's figure with no operator:
    租机数量8架) is a level to reach, so an actual above it is no shortfall."""
    if ind.operator in (None, ">=") or ind.operator == "=" and parse_operator(ind.target_text or "") is None:
        return ind.actual < ind.value - _EPS
    if ind.operator == ">":
        return ind.actual <= ind.value
    if ind.operator == "<=":
        return ind.actual > ind.value + _EPS
    if ind.operator == "<":
        return ind.actual >= ind.value
    if ind.operator == "=":
        return abs(ind.actual - ind.value) > _EPS
    return False


@register("consistency.deviation_reason_missing", "未完成目标但未说明偏差原因", severity="warning", scope="indicator",
          config=("deviation_fillers", "unfinished_actuals"))
def deviation_reason_missing(ind, ctx) -> Iterator[Problem]:
    """A self-evaluation row whose actual value misses the target, or whose actual says in words that it was not
    reached (建设中, 未完成), while 偏差原因分析 is empty.

    Checked when the form has a 偏差原因 column (self-assessment forms), and on the results a report states in its
    text (…租机数量8架,实际租机7架,未完成指标): there the reason is a clause of the result's text (原因, 由于, 受…影响),
    and a cost spent below its figure (项目投资56万元,实际决算金额54.6万元) is no shortfall.

    错误示例: 培训人次 │ ≥500 │ 实际 420 │ 偏差原因：（空）;  新建健身中心数量 │ 1 │ 建设中 │ （空）
    正确示例: 培训人次 │ ≥500 │ 实际 420 │ 偏差原因：受疫情影响停训两期，下半年已补训
    """
    if not _reason_asked(ind, ctx) or ind.value is None or not _short_of_target(ind, ctx.settings):
        return
    reason = clean(ind.deviation_reason).strip("。.")
    if reason and reason not in ctx.settings.deviation_fillers and reason not in ("/", "-", "—", "－"):
        return
    yield Problem(
        f"“{ind.name or ''}”目标 {ind.operator or ''}{fmt(ind.value)}{ind.unit or ''}，"
        f"实际 {fmt(ind.actual) if ind.actual is not None else ind.actual_text}，未完成但没有说明偏差原因",
        "在“偏差原因分析及改进措施”栏写明未完成的原因和改进措施",
        evidence=f"{label(ind)}，实际 {ind.actual_text or fmt(ind.actual)}",
        numbers={"target": ind.value, "actual": ind.actual},
    )


def _short_of_target(ind, settings) -> bool:
    """The actual misses the target, or says so in words; a cost a report states spent below its figure does not."""
    if ind.origin != "table" and is_cost_row(ind):
        return False
    return _missed(ind) if ind.actual is not None else _unfinished(ind, settings)


def _reason_asked(ind, ctx) -> bool:
    """The row has a reason to give: a table row of a form with a 偏差原因 column (in any of its tables), a result read
    from a report's text."""
    if ind.origin != "table":
        return ind.deviation_reason is not None
    return ctx.once("a table asks for deviation reasons", lambda: any(
        i.deviation_reason is not None for i in ctx.extraction.indicators if i.origin == "table"))


def _unfinished(ind, settings) -> bool:
    """An actual written as words that say the target was not reached."""
    return bool(find_words(clean(ind.actual_text), settings.unfinished_actuals))
