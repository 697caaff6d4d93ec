"""Rules on single indicator rows (三级指标): name, value, unit, wording, dimension (ARCHITECTURE.md, "The checker": ``target.*``)."""
from __future__ import annotations

import re
from collections.abc import Iterator

from ...nlp.lexicon import multipliers, units_for
from ...nlp.quantities import (figure_alone, figures, figures_with_units, normalise, parse_operator, parse_quantity, level_points,
                               unit_in_brackets)
from ..rule import Problem, register
from ..text import (clean, ends_with_any, find_words, fmt, has_clock_time, has_dated_deadline, has_deadline, is_ratio,
                    matches_any, written_unit)
from ._common import (
    PERCENT_SIGNS,
    change_phrase_words,
    has_scale,
    heads_breakdown,
    is_binary_value,
    is_cost_row,
    is_count_name,
    is_growth,
    is_measurable,
    is_output_or_benefit,
    is_percent,
    is_rate_name,
    is_satisfaction_row,
    is_summary_row,
    is_time_row,
    label,
    named_like,
    rewrite_suggestion,
    row_text,
    strip_vague,
    table_of,
    unit_of,
    value_cell_empty,
    value_is_code,
)


#: the template's format hint kept in a name cell, in brackets or after it ("旅游景点开发数量(≥**个)",
#: "受益建档立卡贫困人口数≥**人"): the name itself is whole
_NAME_HINT = re.compile(r"[（(][^（()）]*[)）]|[≥≤＞＜><=][^（()）]*$")


def _placeholder(ind, settings) -> str | None:
    name = ind.name or ""
    if ind.value is not None:  # a filled target: a hint in brackets beside the name is no missing part
        name = _NAME_HINT.sub(lambda m: "" if matches_any(m.group(0), settings.placeholder_patterns) else m.group(0), name)
    return matches_any(f"{name} {ind.target_text or ''}", settings.placeholder_patterns)


@register("target.missing_name", "三级指标缺少名称", severity="error", scope="indicator")
def missing_name(ind, ctx) -> Iterator[Problem]:
    """A row has a value but no indicator name, so nobody can tell what is measured; a name cell that holds only the
    figure of the target ("38.75万元" │ 38.75) names nothing either.

    错误示例: 数量指标 │ （空） │ ≥500 人次;  成本指标 │ 38.75万元 │ 38.75
    正确示例: 数量指标 │ 培训人次 │ ≥500 人次
    """
    if (clean(ind.name) and not _names_only_a_figure(ind.name)) or value_cell_empty(ind, ctx.settings):
        return
    yield Problem(
        f"指标值“{row_text(ind)}”没有对应的指标名称",
        f"补充三级指标名称，写明计量对象，如“{ind.level2 or '产出'}：培训人次 ≥{fmt(ind.value) or 'N'}{ind.unit or ''}”",
        evidence=row_text(ind),
    )


def _names_only_a_figure(name: str) -> bool:
    found = figures(name)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(name.strip())


@register("target.missing_value", "三级指标缺少指标值", severity="error", scope="indicator",
          config=("placeholder_patterns", "unspecified_values", "deferred_value_patterns", "unchosen_scales",
                  "count_units", "template_units", "money_units", "nonstandard_units", "count_name_suffixes"))
def missing_value(ind, ctx) -> Iterator[Problem]:
    """A named indicator with an empty value cell, only an operator or a unit, a value put off (待定, 若干), one
    that only points to a figure set elsewhere (达到国家下达的年度目标值), or a count whose target states no figure
    (危房改造户数 │ 应改尽改).

    A cell holding only a unit ("人次", "≥平方米") is a template row whose number was never filled in; one
    holding a word of ``unspecified_values`` ("待定", "若干次", "视情况") was left open. Template markers
    ("XX", "**", "……") are left to ``target.placeholder``.

    A row with points whose targets are in the rows right under it (no points of their own) heads a breakdown and
    has none to miss (★补助各类粮食作物种植面积 │ │ 10, then 红薯种植面积 │ 5.5亩). Nor has a result a report states in
    prose (办理法律援助案件94件) or in a table of results with no target column (指标名称 │ 实际值): its target is in the
    form set before, not left empty here. Nor has a scored row of a table with no target column at all (a scoring
    sheet: 一级指标 │ 二级指标 │ 三级指标 │ 分值 │ 得分): it has no cell to leave empty.

    错误示例: 系统正常运行率 │ （空）;  培训人次 │ ≥;  改造校舍面积 │ 平方米;  宣传活动 │ 若干次;
             林业有害生物防治率 │ 达到上级下达的指标;  孤儿助学人数 │ 应助尽助
    正确示例: 系统正常运行率 │ ≥99 %
    """
    if not clean(ind.name) or _placeholder(ind, ctx.settings) or is_summary_row(ind):
        return
    if not value_cell_empty(ind, ctx.settings) and not _count_without_figure(ind, ctx.settings):
        return
    if (ind.actual is not None or ind.score is not None) and (ind.origin == "prose" or ind.target_text is None):
        return  # a result, or a score a report gives an item in its text (…(得5分)): no target cell to leave empty
    if _no_target_column(ind, ctx) or heads_breakdown(ind, ctx) or _answered_yes_or_no(ind, ctx.settings):
        return
    yield Problem(
        f"指标“{ind.name}”没有填写指标值",
        rewrite_suggestion(clean(ind.name), ctx.settings, ind.unit),
        evidence=label(ind),
    )


def _answered_yes_or_no(ind, settings) -> bool:
    """A row its explanation answers with a choice of yes and no (体育督导 指标体系: 是否建立联席会议制度 │ 计算公式 是/否):
    a yes/no indicator, whose target is the yes - no number was left out."""
    choices = re.split(r"[/／、或]", clean(ind.explanation))
    return len(choices) >= 2 and all(is_binary_value(choice, settings) for choice in choices)


def _count_without_figure(ind, settings) -> bool:
    """A count (…户数, …人数, …数量) whose target states no figure, no change and no yes (应改尽改, 应助尽助, a sentence
    of the work): the number it counts is left out - a missing value, not a level to grade (巫溪 危房改造 目标表, 大英
    孤儿助学 自评表)."""
    text = clean(ind.target_text)
    return (bool(text) and is_count_name(clean(ind.name), settings) and not is_measurable(ind, settings)
            and not change_phrase_words(text, settings) and not is_binary_value(text, settings)
            and not is_time_row(ind, settings))


def _no_target_column(ind, ctx) -> bool:
    """A row of a scoring sheet: its table has no target column (一级 │ 二级 │ 三级 │ 得分, or a 评分标准 column in place
    of the values), so no target was left empty in it, and the row scores - points in its cells or in its group labels
    (部门决策(25分) │ 目标任务(15分) │ 相关性(5分)) - or its table's other rows do (a last row cut before its 分值, 港南
    评分细则). A row of a table whose target column was not read and whose rows have no points is still judged: its
    targets may be in a column of words (指标名称 │ 绩效目标 │ 绩效标准, 海口). Nor has a row of a list of indicator
    names (an indicator library: 类别 │ 一级 │ 二级 │ 三级, nothing right of the names): no cell was left empty."""
    if ind.origin != "table" or ind.target_text is not None:
        return False
    if table_of(ind) in ctx.extraction.name_list_tables:
        return True
    return _scores(ind) or table_of(ind) in ctx.once("tables scoring rows without a target", lambda: {
        table_of(row) for row in ctx.extraction.indicators
        if row.origin == "table" and row.target_text is None and _scores(row)})


def _scores(ind) -> bool:
    """The row carries points: its 分值 or 得分, or a bracket of points in its group labels."""
    return ind.weight is not None or ind.score is not None or any(
        level_points(text) is not None for text in (ind.level1_text, ind.level2_text))


@register("target.missing_unit", "数值缺少计量单位或单位不规范", severity="warning", scope="indicator",
          config=("nonstandard_units", "dimensionless_name_suffixes"))
def missing_unit(ind, ctx) -> Iterator[Problem]:
    """A number without a unit ("培训 ≥500"), or an odd unit ("≥100百分比", "≥80M").

    Dimensionless measures (…指数, …系数, a rate written as a fraction: 平衡度 0.9～1.2) and grading levels
    (达到二级服务标准) need no unit. The unit is the parsed one or, when the parser
    does not know it, the word written right after the number ("≥30支", "≥300dpi"). A number that only
    belongs to a cited standard ("GB 5749-2022") or a clock time ("9:00—21:00") is not a value to measure, and a
    ratio ("车桩比 ≤3:1") needs no unit, nor does a zero as the most or the exact value ("“三公经费”变动率 ≤0",
    "安全事故 =0"): none is none in every unit (a rate "≥0" is the template slip it looks like, and still judged).
    A row with no name gets ``target.missing_name`` only: what a figure that names nothing counts, and so its unit,
    cannot be told.

    错误示例: 培训 │ ≥500
    正确示例: 培训人次 │ ≥500 人次
    """
    if ind.value is None or not clean(ind.name) or ind.deadline or has_dated_deadline(ind.target_text):
        return
    if ind.value == 0 and not ind.upper and ind.operator not in (">=", ">"):
        return
    if value_is_code(ind) or has_clock_time(ind.target_text) or is_ratio(ind.target_text):
        return
    unit = unit_of(ind) or written_unit(ind.target_text)
    if unit in _MAGNITUDES and not is_cost_row(ind):
        unit = ""  # "≥1.5万" counts ten thousands of something it does not name; on a cost row 万 means 万元
    if unit in ctx.settings.nonstandard_units:
        standard = ctx.settings.nonstandard_units[unit]
        yield Problem(
            f"指标“{ind.name or ''}”的单位“{unit}”不规范",
            f"改用标准计量单位“{standard}”，如“{ind.name or ''}{ind.operator or ''}{fmt(ind.value)}{standard}”",
            evidence=label(ind),
            numbers={"value": ind.value},
        )
        return
    name = re.sub(r"[（(]?[A-Za-z]+[）)]?$", "", clean(ind.name))  # "技术状况指数BCI", "路面状况指数(PCI)"
    if unit or is_percent(ind) or ends_with_any(name, ctx.settings.dimensionless_name_suffixes):
        return
    if _is_fraction(ind, ctx.settings) or _is_graded_level(ind, ctx.settings):
        return
    guess = "%" if is_rate_name(ind.name, ctx.settings) else "（单位，如个、人次、万元）"
    yield Problem(
        f"指标“{ind.name or ''}”的值 {fmt(ind.value)} 没有计量单位",
        f"补充计量单位，如“{ind.name or ''}{ind.operator or ''}{fmt(ind.value)}{guess}”",
        evidence=label(ind),
        numbers={"value": ind.value},
    )


_MAGNITUDES = frozenset(multipliers())  # a magnitude alone (万, 亿) is no unit


def _is_change(ind, settings) -> bool:
    """The name or the value states a change ("减少停车次数 ≥15%", "发生面积 │ 较上年下降10%以上")."""
    return is_growth(ind, settings) or bool(find_words(ind.target_text, settings.growth_words))


def _is_fraction(ind, settings) -> bool:
    """A rate written as a fraction of 1 ("合格率 ≥0.95") or a degree near 1 ("水力平衡度 0.9～1.2"): dimensionless.
    "漏登率 ≤1.5" is a percentage without its sign; whole numbers alone ("合格率 ≥1") are too, a range from 1
    ("平衡度 1～1.2") is not."""
    values = [v for v in (ind.value, ind.upper) if v is not None]
    if not values or not is_rate_name(ind.name, settings) or all(float(v).is_integer() for v in values):
        return False
    limit = 2 if clean(ind.name).endswith("度") else 1
    return all(0 < v < limit for v in values)


def _is_graded_level(ind, settings) -> bool:
    """The number is the level of a grading ("达到二级服务标准", "三星级"), not a quantity: the text states no
    figure (a date or a code's number, "2023年版", is none) and names a grading."""
    text = clean(ind.target_text)
    return not figures(text) and bool(matches_any(text, settings.graded_level_patterns))


@register("target.unit_mismatch", "单位与指标名称不符", severity="error", scope="indicator",
          config=("rate_name_suffixes", "rate_name_exceptions", "count_name_suffixes", "dimensionless_name_suffixes",
                  "count_units", "cost_name_suffixes", "money_units"))
def unit_mismatch(ind, ctx) -> Iterator[Problem]:
    """The name is a rate (…率, …占比, 满意度) but the unit is a count, or the name is a count but the unit is %
    (unless the name or the value is a change: "减少路口停车次数 ≥15%", "发生面积 │ 较上年下降10%以上"), or the
    name is a cost (…费, …成本) but the unit holds no money (人/天), or the name closes with its unit in brackets
    and the row gives another (执法执勤用车平均里程数（公里） │ 3.3 │ 万公里), or the target is a percentage and the
    actual a count (灭火设备配备率 │ 100% │ 1000件).

    错误示例: 验收合格率 │ ≥3 个;  培训费 │ 320 人/天;  森林火灾受害面积 │ 小于0.9‰
    正确示例: 验收合格率 │ ≥95 %;  培训费 │ ≤320 元/人·天
    """
    settings = ctx.settings
    unit = unit_of(ind) or written_unit(ind.target_text)
    if unit and _cost_without_money(ind, unit, settings):
        yield Problem(
            f"“{ind.name}”是成本类指标，单位却是“{unit}”",
            f"写明金额单位，如“{ind.name}≤N元”或“≤N元/{unit}”",
            evidence=label(ind),
            numbers={"value": ind.value},
        )
        return
    named = unit_in_brackets(ind.name)
    if unit and named and normalise(named) != normalise(unit):
        yield Problem(
            f"“{ind.name}”名称中的单位是“{named}”，计量单位却是“{unit}”",
            f"统一名称和计量单位：名称写“（{unit}）”，或目标值按“{named}”填写",
            evidence=label(ind),
            numbers={"value": ind.value},
        )
        return
    if not unit or "/" in unit:
        return
    if unit in _SHARE_SIGNS and _actual_counted(ind, settings):
        yield Problem(
            f"“{ind.name}”的目标值是百分比，实际完成值却是“{clean(ind.actual_text)}”",
            "实际完成值按目标值的口径填写百分比，或把目标值改为数量并写明单位",
            evidence=f"{label(ind)}，实际 {clean(ind.actual_text)}",
            numbers={"value": ind.value, "actual": ind.actual},
        )
        return
    if unit in settings.count_units and _actual_as_share(ind):
        yield Problem(
            f"“{ind.name}”的目标值单位是“{unit}”，实际完成值却是“{clean(ind.actual_text)}”",
            f"实际完成值按目标值的口径填写（{unit}）；完成比例另行说明",
            evidence=f"{label(ind)}，实际 {clean(ind.actual_text)}",
            numbers={"value": ind.value, "actual": ind.actual},
        )
        return
    if is_rate_name(ind.name, settings) and unit in settings.count_units:
        yield Problem(
            f"“{ind.name}”是比率类指标，单位却是“{unit}”",
            f"改为百分比，如“{ind.name}≥95%”；若要计数，改名为“{clean(ind.name)[:-1]}数”并保留单位“{unit}”",
            evidence=label(ind),
            numbers={"value": ind.value},
        )
    elif is_count_name(ind.name, settings) and unit in _SHARE_SIGNS and not _is_change(ind, settings):
        yield Problem(
            f"“{ind.name}”是数量类指标，单位却是“{unit}”",
            f"写明数量和单位，如“{ind.name}≥N个”；若要比率，改名为“…占比”或“…率”并写明分子分母",
            evidence=label(ind),
            numbers={"value": ind.value},
        )
    elif unit in _SHARE_SIGNS and (count := _count_closing_name(ind.name, settings)):
        yield Problem(
            f"“{ind.name}”名称中写了数量“{count}”，指标值却是百分比",
            f"把数量写进指标值，如“{_NAME_HINT.sub('', clean(ind.name))[:-len(count)]}”│“{count}”",
            evidence=label(ind),
            numbers={"value": ind.value},
        )


_SHARE_SIGNS = frozenset(units_for("share_sign"))


def _actual_as_share(ind) -> bool:
    """The actual is written as a percentage alone against a count or an amount (骨干教师补助人数（人） │ 28 │ 100%):
    how much of the target was done, not what was done."""
    return ind.value is not None and written_unit(ind.actual_text) in _SHARE_SIGNS and figure_alone(
        clean(ind.actual_text).rstrip("%％")) is not None


def _actual_counted(ind, settings) -> bool:
    """The actual is written as a count (灭火设备配备率 │ 100% │ 1000件): a unit of the checker's counts after it."""
    return written_unit(ind.actual_text) in settings.count_units


def _count_closing_name(name: str | None, settings) -> str | None:
    """The count that closes a name, as written (培智教学软件2套 → 2套; 台式电脑4台、…班班通设备2套 → 2套): the row's
    quantity stands in its name, while its value is a percentage; None for any other name."""
    text = clean(name).rstrip("。；;，, ")  # …边海防官兵320人。
    found = figures_with_units(text)
    if not found:
        return None
    _, unit, start, end = found[-1]
    counted = unit in settings.count_units and unit not in settings.money_units  # 预算安排800万元: the budget
    return text[start:end] if end == len(text) and counted else None


def _cost_without_money(ind, unit: str, settings) -> bool:
    """A cost row (成本指标, its name a cost) whose unit holds no money word nor a multiplier (万: 万元 cut short)."""
    name = clean(ind.name)
    if not is_cost_row(ind) or not name or not ends_with_any(name, settings.cost_name_suffixes) or is_rate_name(name, settings):
        return False
    money_words = (*settings.money_units, *multipliers())
    return unit not in PERCENT_SIGNS and not any(word in unit for word in money_words)


@register("target.vague_wording", "用语模糊且无可衡量的值", severity="warning", scope="indicator",
          config=("vague_words", "scale_markers", "graded_level_patterns", "time_vague_values", "count_units"))
def vague_wording(ind, ctx) -> Iterator[Problem]:
    """A value that is a change phrase (提高/提升/加强/进一步/有效遏制/明显改善/有所/力争…) with no number, deadline or grading scale.

    Heuristic from 细化量化/可衡量 (no official banned-word list exists). The value decides (README
    "One problem, one rule"): a change verb, a change adverb or an effort word anywhere, or a degree adverb
    that more words follow. A degree adverb alone or closing the value ("显著", "效果明显") is a level and is
    left to ``target.qualitative_no_scale``; time rows to ``target.time_no_deadline``; an empty or "待定" value
    to ``target.missing_value``. Vague words in the name are backed by any measurable value; a yes that answers a
    name asking whether the change happened (是否提高了…) is none.

    错误示例: 群众满意度 │ 有所提高;  河道生态环境 │ 明显改善;  欺诈骗保行为 │ 有效遏制;  是否提高了执法能力 │ 是
    正确示例: 群众满意度 │ ≥90 %;  提升政务服务效率 │ 全程网办率由80%提高至≥90%
    """
    settings = ctx.settings
    if is_measurable(ind, settings) or has_scale(ind, settings) or value_cell_empty(ind, settings):
        return
    if is_time_row(ind, settings) and find_words(ind.target_text, settings.time_vague_values):
        return
    words = change_phrase_words(_asked_change(ind, settings), settings)
    if not words:
        return
    metric = strip_vague(ind.name, settings)
    yield Problem(
        f"“{label(ind)}”使用了模糊用语（{'、'.join(words)}），没有可衡量的目标值",
        rewrite_suggestion(metric, settings, ind.unit),
        evidence=label(ind),
        numbers={"words": words},
    )


#: what a name asks with 是否: the clause after it ("是否有利于促进人民身体健康水平提高" asks 促进…)
_ASKED = re.compile(r"是否(?:有利于|能够|能)?(?P<clause>[^，,；;。]+)")
_FIRST_CLAUSE = re.compile(r"[^，,；;。]+")


def _asked_change(ind, settings) -> str | None:
    """The text that states the row's change: its value, or, when the value is a yes, the clause its name asks
    (是否提高了检验检疫执法能力 │ 是: a yes is no measure of how much; not "是否保证实验教学水平,提高教学质量", which
    asks whether a level was kept: the change is in another clause) or the first clause it opens with a change
    (促进外向型经济发展，维护出口产品质量的声誉 │ 是; not 建立并及时完善…应急管理体系 │ 是: a system set up is
    there or not)."""
    if not is_binary_value(ind.target_text, settings):
        return ind.target_text
    name = clean(ind.name)
    if asked := _ASKED.search(name):
        return asked.group("clause")
    stated = _FIRST_CLAUSE.match(name)
    return stated.group() if stated and stated.group().startswith(settings.change_words) else ind.target_text


@register("target.qualitative_no_scale", "定性指标值无评价标准", severity="warning", scope="indicator",
          config=("binary_values", "pass_fail_patterns", "scale_markers", "graded_level_patterns", "vague_words",
                  "time_vague_values", "budget_phrases"))
def qualitative_no_scale(ind, ctx) -> Iterator[Problem]:
    """A qualitative level or judgement (显著, 明显, 良好, 优良, 较好, 效果明显, 符合相关规定, 严格执行…) with no grading rule behind it.

    Yes/no values (是, 通过, 建成, or a pass/fail result such as "通过省级专项验收", "经第三方检测合格") and
    levels of a known scale (三级甲等, 等保三级, AAA级) are measurable and pass, as does any value whose
    指标解释/评分标准 defines the levels: a scale marker (优良中差, 评分标准…), or written-out levels that include
    the value — at least three listed levels ("合格及以上（优秀、合格、基本合格、不合格）") or three level words
    with score bands ("90分以上为优秀，75–89分为良好，60–74分为一般…"). A deadline named by the calendar
    (节前, 开学前, 汛前, 季度末) is measurable too. Change phrases ("明显改善", "有所提高") are left to
    ``target.vague_wording`` (README "One problem, one rule").

    错误示例: 服务质量 │ 良好;  节水效果 │ 明显
    正确示例: 投诉办结率 │ ≥95 %;  或 服务质量 │ 良（评分标准：优≥90分、良80–89分、中60–79分、差<60分）
    """
    settings = ctx.settings
    if is_measurable(ind, settings) or value_cell_empty(ind, settings) or has_scale(ind, settings):
        return
    text = clean(ind.target_text)
    if is_binary_value(text, settings) or change_phrase_words(text, settings):
        return
    if is_time_row(ind, settings) and find_words(text, settings.time_vague_values):
        return
    if _placeholder(ind, settings) or find_words(text, settings.budget_phrases) or _count_without_figure(ind, settings):
        return  # placeholders, "控制在预算内" and a count stating no figure have their own rules
    yield Problem(
        f"定性指标“{label(ind)}”没有评价等级或评分标准，无法衡量",
        f"改为定量指标（如“{clean(ind.name) or '指标'}达标率≥95%”），或在指标解释中写明分级标准（如优/良/中/差各档的判定条件）",
        evidence=label(ind),
    )


@register("target.input_or_process", "以投入或过程管理作为产出/效益指标", severity="warning", scope="indicator",
          config=("input_process_names",))
def input_or_process(ind, ctx) -> Iterator[Problem]:
    """An 产出/效益 row that measures money, inputs or management (资金拨付率, 预算执行率, 制度健全, 会议次数).

    These belong to 过程 (10号 scores 预算执行率 separately), so they cannot count as results.

    错误示例: 质量指标: 经费支出合规性 │ 严格执行制度;  数量指标: 预算执行率 │ 100%
    正确示例: 质量指标: 成果验收合格率 │ 100 %
    """
    if not is_output_or_benefit(ind):
        return
    words = find_words(ind.name, ctx.settings.input_process_names)
    if not words:
        return
    yield Problem(
        f"“{ind.name}”衡量的是资金投入或管理过程，不是{ind.level1 or '产出/效益'}",
        "删除该行（预算执行率已在自评表单独计分），或改为体现产出/效果的指标，如“成果验收合格率=100%”",
        evidence=label(ind),
        numbers={"words": words},
    )


@register("target.misfiled_dimension", "指标归类与二级指标不符", severity="warning", scope="indicator",
          config=("misfiled", "satisfaction_words", "use_models", "model_min_prob"))
def misfiled_dimension(ind, ctx) -> Iterator[Problem]:
    """The meaning of the name does not fit its 二级 (满意→满意度; 成本/费用→成本; 及时/按期→时效; 合格率→质量).

    When no keyword rule applies and ``use_models`` is on (off by default), the dimension classifier
    may contradict the declared 二级 if it is at least ``model_min_prob`` sure (a hint, not a verdict).

    错误示例: 生态效益指标: 项目成本控制率;  社会效益指标: 群众满意度
    正确示例: 成本指标: 项目成本控制率;  服务对象满意度指标: 群众满意度
    """
    if not ind.level2 or not clean(ind.name):
        return
    name = clean(ind.name)
    for rule in ctx.settings.misfiled:
        if named_like(name, rule):
            if ind.level2 not in rule.allowed:
                yield Problem(
                    f"“{ind.name}”属于{rule.category}类，却填在“{ind.level2}”下",
                    f"移到“{rule.allowed[0]}”下",
                    evidence=f"{ind.level2}：{label(ind)}",
                    numbers={"category": rule.category},
                )
            return
    if ind.level2 == "服务对象满意度指标" and not find_words(name, ctx.settings.satisfaction_words):
        yield Problem(
            f"“{ind.name}”不是满意度指标，却填在“服务对象满意度指标”下",
            "移到对应的产出或效益二级指标下，满意度下只保留满意度类指标",
            evidence=f"{ind.level2}：{label(ind)}",
        )
        return
    if ctx.settings.use_models:
        yield from _model_misfiled(ind, ctx.settings.model_min_prob)


def _model_misfiled(ind, min_prob: float) -> Iterator[Problem]:
    from ...nlp.classify import misfiled_candidates

    for _, predicted, prob in misfiled_candidates([ind], min_prob=min_prob):
        yield Problem(
            f"“{ind.name}”看起来属于“{predicted}”（模型判断，置信度{prob:.2f}），却填在“{ind.level2}”下",
            f"核对归类，必要时移到“{predicted}”下",
            evidence=f"{ind.level2}：{label(ind)}",
            numbers={"predicted": predicted, "prob": round(prob, 3)},
        )


@register("target.cost_restates_budget", "成本指标只是重复预算", severity="warning", scope="indicator",
          config=("budget_phrases", "total_cost_names", "unit_cost_markers"))
def cost_restates_budget(ind, ctx) -> Iterator[Problem]:
    """A cost indicator that says "控制在预算内" or equals the project total, with no unit-cost meaning.

    错误示例: 成本指标: 项目总成本 │ 控制在预算成本内 250万元
    正确示例: 成本指标: 单车日均服务成本 │ ≤1100 元/车·日
    """
    if not is_cost_row(ind):
        return
    settings = ctx.settings
    text = f"{ind.name or ''}{ind.target_text or ''}"
    if find_words(ind.name, settings.unit_cost_markers) or "/" in (ind.unit or ""):
        return
    phrases = find_words(text, settings.budget_phrases)
    totals = find_words(ind.name, settings.total_cost_names)
    if not phrases and not totals:
        return
    yield Problem(
        f"成本指标“{label(ind)}”只是重复预算总额，不能反映成本控制",
        "改为单位成本指标，如“人均培训成本≤800元/人次”“单位面积造价≤3500元/平方米”，或成本节约率",
        evidence=label(ind),
        numbers={"value": ind.value} if ind.value is not None else {},
    )


@register("target.time_no_deadline", "时效指标没有期限", severity="warning", scope="indicator",
          config=("time_vague_values", "misfiled"))
def time_no_deadline(ind, ctx) -> Iterator[Problem]:
    """A 时效 row that only says 及时/按时/按期/规定时间内/按规定时限/第一时间/尽快/限期, with no date, period or rate,
    or answers yes to a name that asks it (是否及时提交出访总结 │ 是). On a form without a 二级 column, a row whose
    name has a 时效 keyword of ``misfiled`` (按期, 进度 …) is a 时效 row. A deadline the name itself states (春节前完成
    走访慰问 │ 按时限完成) is the row's deadline.

    错误示例: 提交报告及时性 │ 在计划时间内完成;  是否及时提交出访总结 │ 是
    正确示例: 系统上线时间 │ 2025年11月30日前;  按期完成率 │ 100 %;  春节前完成走访慰问 │ 按时限完成
    """
    settings = ctx.settings
    if not is_time_row(ind, settings) or is_measurable(ind, settings) or value_cell_empty(ind, settings):
        return
    if has_deadline(clean(ind.name)):
        return
    said = ind.name if is_binary_value(ind.target_text, settings) else ind.target_text
    if not find_words(said, settings.time_vague_values):
        return
    yield Problem(
        f"时效指标“{label(ind)}”没有具体完成期限",
        f"写明日期或比率，如“{clean(ind.name) or '完成时间'}：2025年11月30日前”或“按期完成率=100%”",
        evidence=label(ind),
    )


# --- target.impossible_value: a target value no result can meet or any result meets ---------------------------
# A family of rules, one problem each, so that each can be switched off on its own (``--ignore
# target.impossible_value.at_least_100``; ``target.impossible_value`` names them all). A target value is given the
# first problem of :func:`impossible_value_problem` it has (a rate of 105 % written as a range is over 100 %, not a
# swapped range), so the family reports one problem of a target value at most; an actual above 100 % is apart.
_VALUE_SETTINGS = ("growth_words", "rise_words", "reach_words", "single_item_units")


def impossible_value_problem(ind, settings) -> str | None:
    """The problem of the target value, the first of: ``rate_over_100``, ``at_least_100``, ``zero_lower_bound``,
    ``one_lower_bound``, ``negative``, ``swapped_range``; None when it has none."""
    if ind.value is None or value_is_code(ind):
        return None  # "优良（按SL 176评定）": 176 names the standard, it is not the target
    percent_rate = is_percent(ind) and not is_growth(ind, settings)
    if percent_rate and ind.value == 100 and ind.operator == ">":
        return "rate_over_100"  # ">100%" (益阳: 具备条件的建制村通硬化公路的比例): more than the whole
    if percent_rate and ind.value > 100 and ind.operator in (">=", ">", "=", None, "range"):
        return "rate_over_100"
    if percent_rate and ind.value == 100 and ind.operator == ">=" and not _only_reaches(ind, settings):
        return "at_least_100"
    if ind.value == 0 and (ind.operator == ">=" or _no_rise_asked(ind, settings)):
        return "zero_lower_bound"
    if (ind.operator == ">=" and ind.value == 1 and unit_of(ind) in settings.single_item_units
            and "每" not in clean(ind.target_text)):  # "每季度至少1个" is a rate, not one item
        return "one_lower_bound"
    if ind.value < 0 and not is_growth(ind, settings) and ind.operator in (">=", ">", "="):
        return "negative"
    if ind.operator == "range" and ind.upper is not None and ind.upper < ind.value:
        return "swapped_range"
    return None


def _no_rise_asked(ind, settings) -> bool:
    """An output or benefit named as a rise (``rise_words``: 增长率) whose target is a growth of 0 (吉林 检验检疫
    评价表: 食品化妆品检验检疫批次增长率 │ -0%): no rise is asked, any result at or above last year's meets it."""
    return ind.operator in (None, "=") and is_output_or_benefit(ind) and bool(find_words(ind.name, settings.rise_words))


@register("target.impossible_value.rate_over_100", "比率目标超过100%", severity="error", scope="indicator",
          config=_VALUE_SETTINGS)
def rate_over_100(ind, ctx) -> Iterator[Problem]:
    """A rate (a percentage whose name is no growth) whose target is above 100 %: no result can reach it.

    Any operator but an upper bound counts (≥105 %, =101 %, a bare 101 %, a range from 101 %); a growth rate
    (``growth_words``: 增长率, 周转率, …之比) may exceed 100 %. A number read from a cited standard ("优良（按SL
    176评定）") is not the target and is not judged.

    错误示例: 验收合格率 │ ≥105 %
    正确示例: 验收合格率 │ =100 %;  图书年周转率 │ ≥150 %;  损耗率 │ ≤105 %
    """
    if impossible_value_problem(ind, ctx.settings) != "rate_over_100":
        return
    yield Problem(f"“{label(ind)}”的比率超过100%，不可能达到", f"改为“{ind.name or ''}=100%”或不超过100%的值",
                  evidence=label(ind), numbers={"value": ind.value})


@register("target.impossible_value.at_least_100", "比率目标写作≥100%", severity="warning", scope="indicator",
          config=_VALUE_SETTINGS)
def at_least_100(ind, ctx) -> Iterator[Problem]:
    """A rate of at least 100 %: it can only be met at exactly 100 %, so it should be written =100 %.

    That holds for every way of writing "at least": the symbol (≥100%, ＞=100%), its words (不低于100%,
    不少于100%, 大于等于100%) and a suffix (100%及以上). A value that only says it reaches 100 %
    (``reach_words``: 达到100%, 达100%, 实现100%, 力争100%) means "= 100 %" and is not reported,
    although the parser reads 达到 as ≥ (达到95% is a lower bound, and a fine one).

    错误示例: 合格率 │ ≥100 %;  合格率 │ 不低于100 %
    正确示例: 合格率 │ =100 %;  隐患整改率 │ 达到100 %
    """
    if impossible_value_problem(ind, ctx.settings) != "at_least_100":
        return
    yield Problem(f"“{label(ind)}”写作≥100%，实际只能等于100%", f"改为“{ind.name or ''}=100%”",
                  evidence=label(ind), numbers={"value": ind.value})


@register("target.impossible_value.zero_lower_bound", "下限为0的指标值", severity="error", scope="indicator",
          config=_VALUE_SETTINGS)
def zero_lower_bound(ind, ctx) -> Iterator[Problem]:
    """A lower bound of 0 (≥0): any result meets it, so it bounds nothing; so does a growth of 0 asked of an output
    or benefit named as a rise (``rise_words``: 批次增长率 │ 0%).

    A strict lower bound (＞0: at least something) and an upper bound of 0 (≤0 起 accidents) are real targets.

    错误示例: 新增就业人数 │ ≥0 人;  检验检疫批次增长率 │ 0 %
    正确示例: 新增就业人数 │ ≥200 人;  安全事故发生起数 │ ≤0 起;  三公经费增长率（成本指标） │ 0 %
    """
    if impossible_value_problem(ind, ctx.settings) != "zero_lower_bound":
        return
    yield Problem(f"“{label(ind)}”下限为0，任何结果都能达到", f"按计划或历史标准设定有意义的下限，如“{ind.name or ''}≥N{ind.unit or ''}”",
                  evidence=label(ind), numbers={"value": ind.value})


@register("target.impossible_value.one_lower_bound", "单项成果下限为1", severity="warning", scope="indicator",
          config=_VALUE_SETTINGS)
def one_lower_bound(ind, ctx) -> Iterator[Problem]:
    """A lower bound of 1 in a unit of single items (``single_item_units``: 个, 套, 座, 部 …): building one meets
    the target, so it binds nothing; the planned number should be written.

    One per period or place ("每季度至少1个", "每县≥1个") is a rate, and an event held at least once (≥1次) a real
    if low target: neither is reported.

    错误示例: 县级应急指挥平台 │ ≥1个
    正确示例: 县级应急指挥平台 │ =1个;  主题展览推出频次 │ 每月至少1个
    """
    if impossible_value_problem(ind, ctx.settings) != "one_lower_bound":
        return
    yield Problem(f"“{label(ind)}”下限为1，建成一个即达标，目标没有约束力", f"写明计划数量，如“{ind.name or ''}={fmt(ind.value)}{ind.unit or ''}”，或按计划标准设定下限",
                  evidence=label(ind), numbers={"value": ind.value})


@register("target.impossible_value.negative", "目标值为负数", severity="error", scope="indicator",
          config=_VALUE_SETTINGS)
def negative(ind, ctx) -> Iterator[Problem]:
    """A negative target of a count (≥−5 人, =−5 人). A change (``growth_words``: 下降, 减少) and an upper bound
    (单位能耗变化 ≤−5) may be negative.

    错误示例: 新增就业人数 │ ≥-5 人
    正确示例: 新增就业人数 │ ≥200 人;  单位能耗变化 │ ≤-5 千瓦时
    """
    if impossible_value_problem(ind, ctx.settings) != "negative":
        return
    yield Problem(f"“{label(ind)}”的目标值为负数", "检查数值，数量类指标不能为负",
                  evidence=label(ind), numbers={"value": ind.value})


@register("target.impossible_value.swapped_range", "区间下限大于上限", severity="error", scope="indicator",
          config=_VALUE_SETTINGS)
def swapped_range(ind, ctx) -> Iterator[Problem]:
    """A range whose ends are swapped (26–18 ℃): no value lies in it.

    错误示例: 室内温度 │ 26～18 ℃
    正确示例: 室内温度 │ 18～26 ℃
    """
    if impossible_value_problem(ind, ctx.settings) != "swapped_range":
        return
    yield Problem(f"“{label(ind)}”的区间下限大于上限", f"改为“{fmt(ind.upper)}–{fmt(ind.value)}{ind.unit or ''}”",
                  evidence=label(ind), numbers={"value": ind.value, "upper": ind.upper})


@register("target.impossible_value.actual_over_100", "实际完成比率超过100%", severity="error", scope="indicator",
          config=("growth_words",))
def actual_over_100(ind, ctx) -> Iterator[Problem]:
    """The actual value of a rate (a percentage whose name is no growth) is above 100 %: its numerator or
    denominator is wrong. Reported whatever the target value.

    错误示例: 设备完好率 │ ≥95 % │ 实际 103 %
    正确示例: 设备完好率 │ ≥95 % │ 实际 100 %
    """
    if ind.value is None or value_is_code(ind) or ind.actual is None or ind.actual <= 100:
        return
    if not is_percent(ind) or is_growth(ind, ctx.settings) or _actual_counted(ind, ctx.settings):
        return  # an actual counted in 件 against a rate is no rate: target.unit_mismatch says so
    yield Problem(f"“{ind.name}”的实际完成值 {fmt(ind.actual)}% 超过100%", "核对实际完成值的分子分母",
                  evidence=f"{label(ind)}，实际 {ind.actual_text or fmt(ind.actual)}", numbers={"actual": ind.actual})


def _only_reaches(ind, settings) -> bool:
    """Is the ≥ of the cell read from a "reach" word alone (达到100%), with no at-least symbol or word left once it is removed?"""
    text = clean(ind.target_text)
    words = [w for w in sorted(settings.reach_words, key=len, reverse=True) if w in text]
    if not words:
        return False
    for word in words:
        text = text.replace(word, "")
    return parse_operator(text) not in (">=", ">")


_BASELINE = re.compile(
    r"(?:(?:上年度?|去年|上一年度?|前一年度?)\s*(?:全年)?\s*(?:实际|完成|实现|达到){1,2}"   # 上年完成260人次
    r"|(?:基期|(?:19|20)\d{2}\s*年度?)\s*(?:全年)?\s*实际(?:完成|实现|达到)?)"     # a year needs 实际: "2025年完成" is a plan
    r"(?:值|数|情况)?\s*(?:为|是|:|：)?\s*")  # the words before the value (a year is part of them); the value is the engine's


def last_year_actual(ind) -> tuple[float, str] | None:
    """Last year's actual value stated in the 取值依据, the 指标解释 or the value cell ("历史标准：2024年实际86%")."""
    for text in (ind.basis, ind.explanation, ind.target_text):
        match = next((m for m in _BASELINE.finditer(text or "") if _opens_with_figure(text[m.end():])), None)
        if match:
            quantity = parse_quantity(re.split(r"[，；;。）)]|,(?!\d{3})", text[match.end():])[0])
            if quantity is not None and quantity.value is not None and quantity.kind != "date":
                return quantity.value, (quantity.unit or "").replace("％", "%")
    return None


def _opens_with_figure(text: str) -> bool:
    """Does ``text`` open with a quantity written in figures (its operator included: "≥86%", " 260人次")?"""
    found = figures(text)
    return bool(found) and not text[:found[0].start].strip()


@register("target.too_low", "目标值明显偏低", severity="warning", scope="indicator", config=("too_low_ratio",))
def too_low(ind, ctx) -> Iterator[Problem]:
    """The actual value is far above a ≥ target (or far below a ≤ target), or the target is no better than
    last year's actual: the target was set too low.

    10号 deducts points when the target was set too low; 88号 asks targets to be set from history. The ratio
    comes from ``too_low_ratio`` (default 1.5). Last year's actual is read from the 取值依据, the 指标解释 or
    the value cell ("上年实际260人次", "2024年实际完成86%") and compared in the same unit.

    错误示例: 培训人次 │ ≥50 人次 │ 实际 300 人次;  全程网办率 │ ≥85 %（取值依据：2024年实际 86 %）
    正确示例: 培训人次 │ ≥280 人次（历史标准：上年实际 260 人次）
    """
    yield from _below_last_year(ind)
    ratio_limit = ctx.settings.too_low_ratio
    if ind.value is None or ind.actual is None or ind.value <= 0 or ind.actual <= 0:
        return
    if ind.operator in (">=", ">"):
        ratio = ind.actual / ind.value
    elif ind.operator in ("<=", "<"):
        ratio = ind.value / ind.actual
    else:
        return
    if ratio < ratio_limit:
        return
    yield Problem(
        f"“{ind.name or ''}”实际值 {fmt(ind.actual)} 是目标值 {fmt(ind.value)} 的 {ratio:.1f} 倍，目标设置偏低",
        f"按历史标准或行业标准重新设定目标值，如以实际值 {fmt(ind.actual)}{ind.unit or ''} 为基数取值",
        evidence=f"{label(ind)}，实际 {ind.actual_text or fmt(ind.actual)}",
        numbers={"target": ind.value, "actual": ind.actual, "ratio": round(ratio, 3), "limit": ratio_limit},
    )


def _below_last_year(ind) -> Iterator[Problem]:
    baseline = last_year_actual(ind)
    if baseline is None or ind.value is None or ind.operator not in (">=", ">", "<=", "<"):
        return
    last, unit = baseline
    if unit != unit_of(ind).replace("％", "%"):
        return  # different units (a growth rate against an amount): not comparable
    lower_is_better = ind.operator in ("<=", "<")
    if (ind.value < last) if lower_is_better else (ind.value > last):
        return
    better = "低于" if lower_is_better else "高于"
    yield Problem(
        f"“{label(ind)}”的目标值不优于上年实际 {fmt(last)}{unit}，目标设置偏低",
        f"目标值应{better}上年实际，如“{clean(ind.name)}{'≤' if lower_is_better else '≥'}（上年实际{fmt(last)}{unit}的基础上确定）”",
        evidence=f"{label(ind)}；{ind.basis or ind.explanation or ''}".rstrip("；"),
        numbers={"target": ind.value, "last_year": last},
    )


@register("target.duplicate", "重复的指标行", severity="warning", scope="document")
def duplicate(ext, ctx) -> Iterator[Problem]:
    """Two rows with the same name and the same value under the same 二级 (copied rows) of one project's form (two
    projects' forms in one file may each set 完成时限 │ 2019年).

    错误示例: 数量指标: 培训人次 ≥500 人次;  数量指标: 培训人次 ≥500 人次
    正确示例: 数量指标: 培训人次 ≥500 人次;  数量指标: 培训场次 ≥10 场
    """
    seen = {}
    forms = ext.form_of()
    for ind in ext.indicators:
        name = clean(ind.name)
        if not name:
            continue
        key = (forms.get(ind.id, 0), ind.level2, name, ind.operator, ind.value, unit_of(ind), clean(ind.target_text))
        if key in seen:
            yield Problem(
                f"指标“{label(ind)}”与前面的 {seen[key].id} 重复",
                "删除重复行，或改为反映不同方面的指标",
                evidence=label(ind),
                record=ind,
                numbers={"first": seen[key].id},
            )
        else:
            seen[key] = ind


@register("target.placeholder", "模板占位符未填写", severity="error", scope="indicator", config=("placeholder_patterns",))
def placeholder(ind, ctx) -> Iterator[Problem]:
    """Template placeholders left in the name or value (**, XX, ××, 某某, ……).

    A value put off ("待定", "若干") is not a template marker: ``target.missing_value`` reports it.

    错误示例: 培训人数 │ ≥** 人;  XX系统上线率 │ 100%;  专项抽检 │ ……批次
    正确示例: 培训人数 │ ≥300 人
    """
    mark = _placeholder(ind, ctx.settings)
    if not mark:
        return
    yield Problem(
        f"“{label(ind)}”含模板占位符“{mark}”",
        "用实际名称和数值替换占位符；不适用的行整行删除",
        evidence=label(ind),
    )


@register("target.placeholder.template_row", "指标表保留了未填写的模板行", severity="info", scope="document")
def template_row(ext, ctx) -> Iterator[Problem]:
    """Rows of a filled indicator table that still hold the template's placeholder and nothing else (指标2：, ……,
    **): neither filled nor deleted. One finding a table, naming its rows; an unfilled template (no row filled) is
    not reported.

    错误示例: 产出指标 │ 指标1：培训人次 │ ≥500人次;  产出指标 │ 指标2： │ （空）
    正确示例: 产出指标 │ 指标1：培训人次 │ ≥500人次 (the unused row deleted)
    """
    tables: dict[str | None, list] = {}
    for row in ext.template_rows:
        tables.setdefault(table_of(row), []).append(row)
    for rows in tables.values():
        listed = "、".join(" ".join(t for t in (r.level2_text or r.level1_text, r.text) if t) for r in rows)
        yield Problem(
            f"指标表保留了{len(rows)}行未填写的模板行：{listed}",
            "填写这些行的指标名称和指标值；不需要的行整行删除",
            evidence=listed,
            numbers={"template_text": rows[0].text, "rows": len(rows)},
            record=rows[0],
        )


@register("target.satisfaction_weak", "满意度指标不可靠", severity="info", scope="indicator",
          config=("satisfaction_generic_names", "survey_markers"))
def satisfaction_weak(ind, ctx) -> Iterator[Problem]:
    """A satisfaction row with no respondent group or survey method, or a target of 100 %.

    错误示例: 满意度 │ 100 %
    正确示例: 参训学员满意度（问卷，有效样本≥200份） │ ≥90 %
    """
    settings = ctx.settings
    if not is_satisfaction_row(ind, settings) or not clean(ind.name):
        return
    generic = clean(ind.name) in settings.satisfaction_generic_names
    method = find_words(f"{ind.name or ''}{ind.explanation or ''}{ind.basis or ''}", settings.survey_markers)
    if ind.value == 100 and is_percent(ind):
        yield Problem(f"“{label(ind)}”要求满意度达到100%，难以实现也难以核实", "设为“≥90%”并写明调查对象和样本量",
                      evidence=label(ind), numbers={"value": ind.value})
    elif generic and not method:
        yield Problem(f"满意度指标“{ind.name}”没有写明调查对象和方法", "写明对象和方法，如“参训学员满意度（问卷调查，有效样本≥200份）≥90%”",
                      evidence=label(ind))


@register("target.rate_no_formula", "比率指标没有计算公式", severity="info", scope="indicator")
def rate_no_formula(ind, ctx) -> Iterator[Problem]:
    """A percentage indicator with no 指标解释 (numerator and denominator).

    错误示例: 网办率 │ ≥90 %（无指标解释）
    正确示例: 网办率 │ ≥90 % │ 指标解释: 可网办事项数 / 依申请事项总数 × 100%
    """
    if not is_percent(ind) or clean(ind.explanation) or ind.value is None:
        return
    yield Problem(
        f"比率指标“{ind.name or ''}”没有写明计算公式",
        f"在指标解释中写明分子和分母，如“{clean(ind.name) or '该比率'} = 达标数 / 总数 × 100%”",
        evidence=label(ind),
    )


@register("target.no_value_basis", "指标值没有取值依据", severity="info", scope="indicator")
def no_value_basis(ind, ctx) -> Iterator[Problem]:
    """A quantitative value with no 取值依据 (计划标准, 行业标准, 历史标准 or 其他标准).

    错误示例: 全程网办率 │ ≥90 %（无取值依据）
    正确示例: 全程网办率 │ ≥90 % │ 取值依据: 历史标准，2024年实际 86%
    """
    if ind.value is None or clean(ind.basis):
        return
    yield Problem(
        f"指标“{ind.name or ''}”的值 {fmt(ind.value)}{ind.unit or ''} 没有记录取值依据",
        "写明取值依据，如“历史标准：上年实际值”“行业标准：××规范”或“计划标准：实施方案”",
        evidence=label(ind),
    )
