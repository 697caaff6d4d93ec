"""Helpers the rule modules share: reading an indicator row the way a reviewer does."""
from __future__ import annotations

import re

from ...extraction import LEVEL2_COST_101
from ...nlp.framework import clean_level
from ...nlp.lexicon import level2_of, units_for
from ...nlp.script import HAN
from ..text import (cites_grading_standard, clean, defined_levels, defines_value, ends_with_any, find_words, fmt,
                    grades_each_level, has_measure, is_level_of, matches_any, unit_only, value_from_code)

OUTPUT_LEVEL2 = level2_of("产出指标")
BENEFIT_LEVEL2 = level2_of("效益指标")
COST_LEVEL2 = ("成本指标", *LEVEL2_COST_101)
SATISFACTION_LEVEL2 = level2_of("满意度指标")
_SCALE_SEPARATORS = re.compile(r"[、/／，,\s]")
_OPERATOR_ONLY = re.compile(r"^[≥≤≧≦⩾⩽＞＜><=＝%％~～\-—/、.。:：\s]*$")


def row_text(ind) -> str:
    """The value cell as written, or rebuilt from the parsed fields."""
    if ind.target_text and ind.target_text.strip():
        return ind.target_text.strip()
    if ind.value is None:
        return ""
    return f"{ind.operator or ''}{fmt(ind.value)}{ind.unit or ''}"


def label(ind) -> str:
    name = (ind.name or "").strip() or "（无名称）"
    text = row_text(ind)
    return f"{name}｜{text}" if text else name


#: a value cell that only names a rate (知识更新率, 覆盖率): the measure, without its figure
_RATE_NAME_ONLY = re.compile(rf"[{HAN}]{{1,8}}率")


def value_cell_empty(ind, settings=None) -> bool:
    """No value in the cell: empty, an operator only ("≥"), or (given the settings' unit lexicons) a unit only
    ("人次", "≥平方米": a template row whose unit was printed but whose number was never filled in)."""
    if ind.value is not None or ind.deadline is not None:
        return False
    text = clean(ind.target_text)
    if _OPERATOR_ONLY.match(text):
        return True
    if settings is None:
        return False
    if _SCALE_SEPARATORS.sub("", text) in settings.unchosen_scales:
        return True  # "高中低": the bands of a scale, no grade chosen
    if _RATE_NAME_ONLY.fullmatch(text) and not find_words(text, settings.change_words):
        return True  # "知识更新率": the name of the measure, no value of it (提高普及率 is a change phrase)
    written = text.removesuffix(ind.unit) if ind.unit else text  # "全市统筹" before its 单位 column's 万元/人
    if matches_any(written.replace(" ", ""), settings.deferred_value_patterns):
        return True  # "达到国家下达的年度目标值": the figure is set elsewhere, none is written here
    for word in sorted(settings.unspecified_values, key=len, reverse=True):
        text = text.replace(word, "")  # "待定", "若干次", "≥适量": a value put off is no value
    return _OPERATOR_ONLY.match(text) is not None or unit_only(text, known_units(settings))


def change_phrase_words(text: str | None, settings) -> list[str]:
    """The vague words that make ``text`` a change phrase (README "One problem, one rule"): any change verb,
    change adverb or effort word, and a degree adverb that more words follow ("明显改善", "有效遏制").
    A degree adverb alone or closing the text ("显著", "效果明显") is a level, not a change."""
    text = clean(text).rstrip("。.，,；;！!")
    words = find_words(text, settings.change_words)
    for adverb in settings.level_adverbs:
        position = text.find(adverb)
        if position >= 0 and position + len(adverb) < len(text):
            words.append(adverb)
    return words


def table_of(ind) -> str | None:
    """The table block a row was read from (its first reference)."""
    return ind.refs[0] if ind.refs else None


def known_units(settings) -> tuple[str, ...]:
    return (*settings.count_units, *settings.template_units, *settings.money_units, *settings.nonstandard_units)


def value_is_code(ind) -> bool:
    """The parsed value comes from a standard or document code in the cell ("按SL 176评定"), not from a target."""
    return value_from_code(ind.target_text, ind.value)


def is_subtotal_row(ind) -> bool:
    """A 一级/二级 row whose name is its own level (决策, 产出指标…; 投入 under 投入(15分), a report's scored heading), not a
    三级 indicator."""
    name = clean(ind.name)
    levels = [clean(level) for level in (ind.level1_text, ind.level2_text)]
    return bool(name) and name in levels + [clean_level(level) for level in levels]


def is_summary_row(ind) -> bool:
    """A subtotal row or a score-table row without a target column."""
    if is_subtotal_row(ind):
        return True
    return ind.target_text is None and ind.value is None and (ind.weight is not None or ind.score is not None)


def heads_breakdown(ind, ctx) -> bool:
    """A row with points and no target of its own whose next row carries a target and no points: the heading of
    a breakdown (★补助各类粮食作物种植面积 │ │ 10 → 红薯种植面积 │ 5.5亩 │ ), whose targets are in the rows under it."""
    settings, indicators = ctx.settings, ctx.extraction.indicators
    if ind.weight is None and ind.score is None or not value_cell_empty(ind, settings):
        return False
    position = ctx.once("indicator positions", lambda: {id(row): k for k, row in enumerate(indicators)}).get(id(ind))
    if position is None or position + 1 >= len(indicators):
        return False
    below = indicators[position + 1]
    return (below.refs == ind.refs and below.weight is None and below.score is None
            and not value_cell_empty(below, settings))


def is_filled(ind, settings=None) -> bool:
    if is_summary_row(ind):
        return False
    return bool(clean(ind.name)) or not value_cell_empty(ind, settings)


def is_measurable(ind, settings) -> bool:
    if ind.value is not None or ind.deadline:
        return True
    return has_measure(ind.target_text, settings.count_units)


def has_scale(ind, settings) -> bool:
    """A defined grading scale in the value, the 指标解释 or the 取值依据, or a value that is a known level.

    A scale is a marker word (优良中差, 评分标准…), a criterion for each level (优：完全到位；良：…；中：…),
    written-out levels that include the value (at least three listed levels, "合格及以上（优秀、合格、基本合格、不合格）",
    or three level words with score bands,
    "90分以上为优秀，75–89分为良好，60–74分为一般…"), an 指标解释 that defines the value by a number
    ("优良率≥85%为优良") or one that grades by a published standard ("按GB/T 33469《耕地质量等级》评定").
    """
    texts = (ind.target_text, ind.explanation, ind.basis)
    if any(find_words(text, settings.scale_markers) or grades_each_level(text) for text in texts):
        return True
    if matches_any(clean(ind.target_text), settings.graded_level_patterns):
        return True
    if cites_grading_standard(ind.explanation) or defines_value(ind.target_text, ind.explanation):
        return True
    levels = set().union(*(defined_levels(text) for text in texts))
    return is_level_of(ind.target_text, levels)


def is_binary_value(text: str | None, settings) -> bool:
    """A yes/no result: a listed value (是, 建成, 通过) or a pass/fail pattern ("通过省级专项验收", "经第三方检测合格")."""
    text = clean(text).rstrip("。.")
    return text in settings.binary_values or bool(matches_any(text, settings.pass_fail_patterns))


def named_like(name: str | None, rule) -> bool:
    """Does an indicator name belong to a ``misfiled`` category: one of its keywords, none of its exclusions?"""
    name = clean(name)
    return bool(find_words(name, rule.keywords)) and not find_words(name, rule.exclude)


def is_time_row(ind, settings) -> bool:
    """A 时效 row: so filed, or, on a form that gives no 二级, named like one (``misfiled`` 时效 keywords:
    按期, 完成时间, 进度 …)."""
    if ind.level2 == "时效指标":
        return True
    if ind.level2 is not None:
        return False
    return any(rule.category == "时效" and named_like(ind.name, rule) for rule in settings.misfiled)


def is_output_or_benefit(ind) -> bool:
    if ind.level1 in ("产出指标", "效益指标"):
        return ind.level2 not in COST_LEVEL2
    return ind.level1 is None and ind.level2 in (*OUTPUT_LEVEL2[:3], *BENEFIT_LEVEL2)


def is_cost_row(ind) -> bool:
    return ind.level1 == "成本指标" or ind.level2 in COST_LEVEL2


def is_satisfaction_row(ind, settings) -> bool:
    if ind.level1 == "满意度指标" or ind.level2 in SATISFACTION_LEVEL2:
        return True
    return "满意" in clean(ind.name)


def is_rate_name(name: str | None, settings) -> bool:
    name = clean(name)
    if not name or ends_with_any(name, settings.rate_name_exceptions):
        return False
    return bool(ends_with_any(name, settings.rate_name_suffixes))


def is_count_name(name: str | None, settings) -> bool:
    """A name that counts something (…人数, …面积); a rate does not, nor a measure with no dimension that ends like a
    count (恩格尔系数, 物价指数)."""
    return (not is_rate_name(name, settings) and not ends_with_any(name, settings.dimensionless_name_suffixes)
            and bool(ends_with_any(name, settings.count_name_suffixes)))


def is_growth(ind, settings) -> bool:
    return bool(find_words(ind.name, settings.growth_words))


def unit_of(ind) -> str:
    return clean(ind.unit)


PERCENT_SIGNS = frozenset(units_for("percent_sign"))  # %, ％ (‰ is a share sign, no percent)
PERCENT_WORDS = ("百分比", "百分率", "百分数")  # a percent written as a word ("≥100百分比"): still a percent


def is_percent(ind) -> bool:
    text, unit = clean(ind.target_text), unit_of(ind)
    return (unit in PERCENT_SIGNS or unit in PERCENT_WORDS or any(sign in text for sign in PERCENT_SIGNS)
            or text.endswith(PERCENT_WORDS))


def strip_vague(text: str | None, settings) -> str:
    """The metric left after removing vague words (提高群众满意度 → 群众满意度)."""
    text = clean(text)
    for word in sorted(settings.all_vague_words, key=len, reverse=True):
        text = text.replace(word, "")
    return text.strip("，,。；;、 ") or clean(text)


def rewrite_suggestion(metric: str, settings, unit: str | None = None) -> str:
    """A concrete rewrite of a vague or unmeasured target into ``metric + operator + value``."""
    metric = metric or "指标"
    if "满意" in metric:
        return f"改写为“{metric}≥90%”，并写明调查对象和方法（如问卷，有效样本≥200份）"
    if is_rate_name(metric, settings):
        return f"改写为可衡量的值，如“{metric}由基期 X% 提高至 ≥Y%”（按历史标准或行业标准取值）"
    if find_words(metric, ("时间", "时长", "周期", "时限")):
        return f"改写为“{metric}≤N个工作日”，并写明基期值"
    return f"改写为“{metric}≥N{unit or '（单位）'}”，N 按计划标准或历史标准确定"
