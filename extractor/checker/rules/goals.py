"""Rules on goals (总体/年度/中期目标): process-only, budget text, unquantified, unmeasured (ARCHITECTURE.md, "The checker": ``goal.*``)."""
from __future__ import annotations

import re
from collections.abc import Iterator

from ...nlp.lexicon import units_for
from ...nlp.measures import goal_is_quantified, money_spans, states_pass_fail, without_money
from ...nlp.quantities import AGE_UNITS, figures, figures_with_units, in_base_unit
from ..rule import Problem, register
from ..text import clean, find_words, fmt, has_measure

_CLAUSE = re.compile(r"[，,；;。！!：:\n]")
# who may get the money and its shares only describe the split: eligibility ages ("80—89周岁", units.tsv use
# "age") and shares of the money ("教师劳务补助占80%", "按贷款利息的50%给予贴息": a percentage after these words)
_SHARE_OF = re.compile(r"(?:占|(?:利息|资金|费用|金额|投资|贷款|保费|成本)的?)\s*$")
# a count or share stated in a goal (个 of 个月, 个工作日, 个小时, 个百分点 is another unit: the engine reads those)
_GOAL_UNITS = frozenset(units_for("goal_count"))
_BASELINE_MARKS = ("由", "从", "较", "比")


def clauses(text: str) -> list[str]:
    return [c for c in (_CLAUSE.split(clean(text))) if c]


#: the name of the project or task a goal is written under ("县道X695危桥改造工程：2024年开工建设"): a title, no
#: clause of the goal
_TITLE_BEFORE_COLON = re.compile(r"^[^，,；;。：:]{2,30}(?:工程|项目|行动|计划)[：:](?=.)")


def _goal_text(goal) -> str:
    return _TITLE_BEFORE_COLON.sub("", clean(goal.text))


def is_allocation(clause: str, settings) -> bool:
    """A clause that only divides money among recipients ("按每个文化站20万元标准补助13个乡镇", "为8个村各安排
    资金15万元") or pays the project's own staff ("为聘用的14名人员发放工资并缴纳保险"): its counts say how the
    money is spent, they are not results."""
    if find_words(clause, settings.wage_words):
        return True
    if not (money_spans(clause) and find_words(clause, settings.allocation_markers)
            and find_words(clause, settings.allocation_verbs)):
        return False
    return not find_words(clause, settings.outcome_words)  # "按每人每月300元为1200名老人发放补贴" states a result


def without_allocations(text: str, settings) -> str:
    return "，".join(c for c in clauses(text) if not is_allocation(c, settings))


def without_spending_lines(text: str, settings) -> str:
    """``text`` with spending lines removed: a process word followed by an amount ("存储设备采购30万元",
    "招标代理费5万元") names what the money buys, not a step of the work."""
    words = sorted((w for w in settings.process_words if w), key=len, reverse=True)
    if not words:
        return text
    line_start = re.compile(rf"(?:{'|'.join(re.escape(w) for w in words)})[^，,；;。、\d]{{0,8}}?$")
    kept, at = [], 0
    for start, end in money_spans(text):
        opening = line_start.search(text, at, start)  # the process word at most 8 characters before the amount
        if opening:
            kept.append(text[at:opening.start()])
            at = end
    return "".join(kept) + text[at:]


def _is_quantified(goal, settings) -> bool:
    return goal_is_quantified(goal.text, goal.targets, settings.count_units)


def _last_position(clause: str, words) -> int:
    return max((clause.rfind(w) for w in words if w and w in clause), default=-1)


def _last_outcome(clause: str, settings) -> int:
    """Position of the last outcome word that is not just describing a handled object ("筛查数据", "救助资金") nor
    the verb of a step ("工资按时足额发放")."""
    steps = _process_spans(clause, settings)
    positions = [m.start() for word in settings.outcome_words if word
                 for m in re.finditer(re.escape(word), clause)
                 if not clause.startswith(settings.process_objects, m.end())
                 and not _follows_step(clause[:m.start()], settings)
                 and not any(s <= m.start() and m.end() <= e for s, e in steps)]
    return max(positions, default=-1)


def _process_spans(clause: str, settings) -> list[tuple[int, int]]:
    """Where process words stand: an outcome word inside one is part of the step (运行 of 正常运行)."""
    return [(m.start(), m.end()) for word in settings.process_words if word
            for m in re.finditer(re.escape(word), clause)]


def _follows_step(before: str, settings) -> bool:
    """Does the text before an outcome verb end with a process word and manner words ("工资按时足额")? Without a
    manner word between them the outcome word heads a result ("保护管理水平")."""
    manners = tuple(w for w in (*settings.time_vague_values, *settings.payment_manner_words) if w)
    rest = before
    while word := next((w for w in manners if rest.endswith(w)), None):
        rest = rest[: -len(word)]
    return rest != before and rest.endswith(tuple(w for w in settings.process_words if w))


def _is_outcome(clause: str, settings) -> bool:
    """A clause states a result when an outcome word is its head: Chinese noun phrases are head-final,
    so in "管网改造工程招标" the process word 招标 comes last and wins; in "立项后建成上线" 建成 wins."""
    outcome = _last_outcome(clause, settings)
    return outcome >= 0 and outcome >= _last_position(clause, settings.process_words)


def _states_result(clause: str, settings) -> bool:
    """An outcome word heads the clause, the clause measures something (not money) with no step in it
    ("受惠企业不少于450家"), or it states a pass/fail result (目标管理绩效考核中排名第一: a rank, whatever work it names)."""
    if _is_outcome(clause, settings) or states_pass_fail(clause):
        return True
    return not find_words(clause, settings.process_words) and has_measure(without_money(clause), settings.count_units)


def _states_purpose_only(goal, settings) -> bool:
    """"用于窗口建设、业务指导和日常维修": what the money is spent on, with no number — no result."""
    return _goal_text(goal).startswith(settings.purpose_openers) and not _is_quantified(goal, settings)


def is_process_only(goal, settings) -> bool:
    """Steps and management work only (招标, 签订合同, 召开推进会, 规范管理, 确保专款专用…), or only what the money
    is used for (用于…), no output or effect."""
    if _states_purpose_only(goal, settings):
        return True
    parts = clauses(_step_text(goal, settings))
    process = [c for c in parts if find_words(c, settings.process_words) and not _is_outcome(c, settings)]
    return bool(process) and not any(_states_result(c, settings) for c in parts)


def _step_text(goal, settings) -> str:
    """The goal's text where steps are looked for: without its spending lines and the names of institutions and
    causes that hold a process word (福利院 holds 福利)."""
    text = _goal_text(goal)
    for word in settings.institution_words:
        text = text.replace(word, "…")
    return without_spending_lines(text, settings)


@register("goal.process_only", "目标只有过程性步骤", severity="warning", scope="goal",
          config=("process_words", "outcome_words", "process_objects", "purpose_openers", "time_vague_values",
                  "payment_manner_words", "institution_words"))
def process_only(goal, ctx) -> Iterator[Problem]:
    """A goal that lists only steps or management work (启动, 编制可研, 立项, 签订合同, 入场实施, 召开推进会,
    资金拨付, 规范管理, 确保专款专用, 值班值守) and no output or effect, with or without numbers.

    A process word followed by an amount ("设备采购30万元") is a spending line, not a step, and does not count.
    A goal that only restates the budget is left to ``goal.budget_text`` (README "One problem, one rule").

    错误示例: 年度目标：完成75个子项目的启动、可研编制、立项和签订合同，按计划入场实施。
    正确示例: 年度目标：建成并上线12个应用系统，政务服务事项全程网办率≥90%。
    """
    settings = ctx.settings
    if not is_process_only(goal, settings) or restates_budget(goal, settings):
        return
    steps = find_words(_step_text(goal, settings), settings.process_words)
    if _states_purpose_only(goal, settings):
        steps = [next(w for w in settings.purpose_openers if _goal_text(goal).startswith(w)), *steps]
    yield Problem(
        f"目标只描述了过程性工作（{'、'.join(steps)}），没有说明要实现的产出或效果",
        "补充项目建成后的产出和效果，如“建成并上线N个系统，服务对象满意度≥90%”",
        evidence=goal.text,
        numbers={"steps": steps},
    )


def restates_budget(goal, settings) -> bool:
    """Money and budget words, and no other measure: its numbers only say how much money there is and how it
    is split (counts that only divide the money, "按每个站20万元标准补助13个乡镇", eligibility ages and shares
    of the money, "80—89周岁", "占80%", do not count). A purpose with no number after it ("，提升学院实训条件")
    does not make it a result."""
    text = _goal_text(goal)
    if not money_spans(text) or not find_words(text, settings.budget_goal_words):
        return False
    rest = without_money(without_allocations(text, settings))
    return not has_measure(_without_money_terms(rest), settings.count_units)


def _without_money_terms(text: str) -> str:
    """``text`` without the ages and money shares it states (``AGE_UNITS`` and ``_SHARE_OF``): they are no results."""
    for start, end in reversed([span for q in figures(text) if (span := _money_term(text, q))]):
        text = text[:start] + text[end:]
    return text


def _money_term(text: str, q) -> tuple[int, int] | None:
    """The span of ``q`` with its share word when it is an age or a share of the money, else None."""
    if q.unit in AGE_UNITS:
        return q.start, q.end
    share = _SHARE_OF.search(text, 0, q.start) if q.unit == "%" else None
    return (share.start(), q.end) if share else None


@register("goal.budget_text", "目标只是复述资金安排", severity="warning", scope="goal",
          config=("budget_goal_words", "allocation_markers", "allocation_verbs", "wage_words"))
def budget_text(goal, ctx) -> Iterator[Problem]:
    """A goal that only restates how the money is split ("申请资金90万元，其中30万元用于…").

    Targets are outputs and effects, not inputs (88号). A goal that also states a result with a
    number ("投入90万元，建成12个站点") passes; counts that only divide the money among recipients
    ("按每个站20万元标准补助13个乡镇") are not results, and a purpose with no number ("…，提升实训条件")
    does not save it. It takes precedence over ``goal.process_only`` and ``goal.unquantified``.

    错误示例: 总体目标：申请资金90万元，其中30万元用于设备购置，60万元用于系统开发，提升办公条件。
    正确示例: 总体目标：完成≥50个基建项目预算编审，审减率≥5%。
    """
    if not restates_budget(goal, ctx.settings):
        return
    text = _goal_text(goal)
    amounts = [text[start:end] for start, end in money_spans(text)]
    yield Problem(
        "目标只复述了资金安排，没有说明资金要实现的产出和效果",
        "把资金用途改写成产出和效果，如“购置设备N台套，系统上线后业务办理时间缩短至≤N个工作日”",
        evidence=goal.text,
        numbers={"amounts": amounts},
    )


@register("goal.unquantified", "目标没有可衡量的值", severity="warning", scope="goal",
          config=("vague_words", "count_units", "budget_goal_words", "process_words"))
def unquantified(goal, ctx) -> Iterator[Problem]:
    """A goal that names outputs or effects but no number, percentage or deadline (often 进一步提升…, 有效加强…).

    Years, year ranges, document numbers and money amounts do not count as measures. A goal that only
    restates the budget is left to ``goal.budget_text``, one that lists only steps or management work to
    ``goal.process_only`` (README "One problem, one rule").

    错误示例: 进一步提升政务服务效率，全面加强数字政府建设。
    正确示例: 政务服务事项全程网办率由80%提高至≥90%，2025年11月30日前建成统一身份认证平台。
    """
    settings = ctx.settings
    if not _goal_text(goal) or _is_quantified(goal, settings):
        return
    if restates_budget(goal, settings) or is_process_only(goal, settings):
        return
    words = find_words(goal.text, settings.all_vague_words)
    detail = f"，且使用了模糊用语（{'、'.join(words)}）" if words else ""
    yield Problem(
        f"目标没有任何可衡量的数值或期限{detail}",
        "至少为每项目标写一个可衡量的值，如“政务服务事项全程网办率由80%提高至≥90%”“2025年底前建成…”",
        evidence=goal.text,
        numbers={"words": words} if words else {},
    )


def _goal_quantities(goal, settings) -> list[tuple[float, str, str]]:
    """(value, unit, phrase) for each quantity stated in the goal text or its extracted targets
    (counts that only divide the money among recipients are not outputs)."""
    found = []
    text = without_money(without_allocations(_goal_text(goal), settings))
    for value, unit, start, end in figures_with_units(text):
        if unit not in _GOAL_UNITS or text[max(0, start - 1):start] in _BASELINE_MARKS:
            continue  # not a count or share, or a baseline ("由80%提高至90%"), not an output
        before = re.split(r"[，,；;。、]", text[max(0, start - 6):start])[-1]
        after = re.split(r"[，,；;。、]", text[end:end + 8])[0]
        found.append((value, unit, before + text[start:end] + after))
    for target in goal.targets:
        if target.value is not None:
            unit = (target.unit or "").replace("％", "%")
            found.append((target.value, unit, f"{target.metric or ''}{fmt(target.value)}{unit}"))
    return found


def _base(value: float, unit: str | None) -> tuple[float, str]:
    """2.5 万人次 → 25000 人次, so a goal and an indicator written with and without 万 compare equal."""
    return in_base_unit(value, (unit or "").replace("％", "%"))


def _backed(value: float, unit: str, phrase: str, indicators) -> bool:
    value, unit = _base(value, unit)
    for ind in indicators:
        if ind.value is None:
            continue
        ind_value, ind_unit = _base(ind.value, ind.unit)
        if abs(ind_value - value) > 1e-6 * max(1.0, abs(value)):
            continue
        if not ind_unit or not unit or ind_unit == unit or _shares_word(ind.name, phrase):
            return True
    return False


def _shares_word(name: str | None, context: str) -> bool:
    name = clean(name)
    return any(name[i:i + 2] in context for i in range(len(name) - 1))


_LONG_TERM_KINDS = ("中期目标", "总体目标")


@register("goal.unmeasured", "目标中的产出没有对应指标", severity="warning", scope="goal")
def unmeasured(goal, ctx) -> Iterator[Problem]:
    """An output named in the goal ("建设3个应用系统") that no indicator row measures.

    Only checked when the document has indicators with target values (a score table of an evaluation
    report has none); an indicator backs a goal quantity when it has the same value in the same (or no)
    unit. The indicator table decomposes the annual goal (101号), so when a document has a 年度目标, its
    中期/总体 goals (2026年底 targets) are not checked against it. Each quantity is reported once.

    错误示例: 目标“建成3个应用系统、培训500人次”，指标表只有“培训人次≥500人次”
    正确示例: 指标表另有“建成应用系统数=3个”
    """
    indicators = [i for i in ctx.extraction.indicators if clean(i.name) and i.value is not None]
    if not indicators:
        return
    if goal.kind in _LONG_TERM_KINDS and any(g.kind == "年度目标" for g in ctx.extraction.goals):
        return
    reported = set()
    for value, unit, phrase in _goal_quantities(goal, ctx.settings):
        if (value, unit) in reported or _backed(value, unit, phrase, indicators):
            continue
        reported.add((value, unit))
        yield Problem(
            f"目标中的“{phrase}”没有对应的绩效指标",
            f"在指标表中增加对应指标，写明名称、运算符和值，如“{phrase}”→“…数={fmt(value)}{unit}”",
            evidence=goal.text,
            numbers={"value": value, "unit": unit},
        )
