"""Rules on the indicator set as a whole: missing dimensions, too few indicators (ARCHITECTURE.md, "The checker": ``coverage.*``)."""
from __future__ import annotations

from collections.abc import Iterator

from ...extraction import TABLE_NOT_UNDERSTOOD
from ...nlp.framework import clean_level, names_target_level2, scores_the_evaluation
from ..rule import Problem, register
from ..text import clean, find_words
from ._common import BENEFIT_LEVEL2, COST_LEVEL2, SATISFACTION_LEVEL2, is_filled, is_summary_row

_SKIPPED_DOC_TYPES = ("contract", "plan", "evaluation_report")
#: the kind of document whose levelless indicator table is no performance form's (a plan's index list, a monitoring or
#: progress table, an evaluation frame: the classifier found no form, report, plan or contract in it)
_NO_FORM_DOC_TYPE = "other"


def _listed_indicators(ext) -> list:
    """The indicators a document lists: its table rows and the lines a text lists under level labels (具体指标。
    产出指标：试点县数量20个；…), not targets found elsewhere in its prose, nor the rows that score the evaluation
    (项目决策 │ 决策依据 │ 2 of a self-evaluation form above its indicator table)."""
    return [i for i in ext.indicators
            if (i.origin == "table" or i.level_origin == "text") and not scores_the_evaluation(i)]


def _tables_not_understood(ext) -> list:
    return [w for w in getattr(ext, "warnings", []) if w.code == TABLE_NOT_UNDERSTOOD]


def _applies(ext) -> bool:
    """Coverage is judged on documents that list indicators in the canonical tree (a table, or lines under level
    labels), and never on a reading that missed an indicator table (what is missing there is the reading, not the
    dimension)."""
    return _judged(ext) and _has_levels(_listed_indicators(ext))


def _judged(ext) -> bool:
    return ext.doc_type not in _SKIPPED_DOC_TYPES and not _tables_not_understood(ext)


def _has_levels(rows) -> bool:
    """Some rows stand under a level of the framework, and most of the 一级 groups written stand under one: a table
    whose own groups mostly lie outside it (部门决策(25分) │ 综合管理(30分) │ 部门绩效情况(45分), one 满意度(10分) group
    among them) is not an 88号/101号 indicator tree to judge by its dimensions; one of its own beside the framework's
    (吉林 检验检疫 考核表: 预算绩效 │ 项目产出 │ 项目效果) leaves it one, as do a target form's own 投入目标 and 管理目标
    beside its 产出目标 (食品药品监管 专项 目标表, 宜兴 公共卫生 评分表: the older template's 目标 groups)."""
    groups = {clean(i.level1_text): bool(i.level1 or i.level2) for i in rows if clean(i.level1_text)}
    outside = [g for g, inside in groups.items() if not inside and not clean_level(g).endswith("目标")]
    return any(i.level1 or i.level2 for i in rows) and len(outside) * 2 <= len(groups)


def _present(rows, settings) -> set[str]:
    """The level names the filled ``rows`` stand for."""
    present = set()
    for ind in rows:
        if not is_filled(ind, settings):
            continue
        if ind.level2:
            present.add(ind.level2)
        if ind.level1:
            present.add(ind.level1)
    if present & set(COST_LEVEL2[1:]):
        present.add("成本指标")
    return present


def _output_markers(settings) -> set[str]:
    """产出指标 or one of its 二级 (成本指标 excepted: under 101号 it is a 一级 of its own)."""
    return {"产出指标", *settings.required_output_dimensions} - {"成本指标"}


def missing_level1(present: set[str], settings) -> list[str]:
    """The 一级 dimensions (产出/效益/满意度) none of the ``present`` level names stands for."""
    missing = []
    if settings.require_output and not present & _output_markers(settings):
        missing.append("产出指标")
    if settings.require_benefit and not present & {"效益指标", *BENEFIT_LEVEL2}:
        missing.append("效益指标")
    if settings.require_satisfaction and not present & {"满意度指标", *SATISFACTION_LEVEL2}:
        missing.append("满意度指标")
    return missing


@register("coverage.missing_dimension", "缺少必要的指标维度", severity="warning", scope="document",
          config=("require_output", "require_benefit", "require_satisfaction", "satisfaction_words"))
def missing_dimension(ext, ctx) -> Iterator[Problem]:
    """No 产出 indicator, no 效益 indicator, or no 满意度 indicator: a whole 一级 dimension of the form is absent
    (88号/101号 完整性; domain.md EMPTY_TEMPLATE_ROW). A missing 二级 under 产出 is only a hint
    (``coverage.missing_output_dimension``).

    Both trees are accepted: 成本 under 产出 (88号) or as its own 一级 (101号); blank template
    rows do not count as present. Contracts and plans are not judged, nor the score table of an evaluation report
    (决策/过程/产出/效益); the 绩效目标表 an evaluation report reproduces is.

    错误示例: 只有产出指标“培训人次≥500人次”“考核合格率≥90%”，没有效益指标和满意度指标
    正确示例: 产出: 培训人次≥500人次; 效益: 持证上岗率≥80%; 满意度: 参训学员满意度≥90%
    """
    if _holds_no_indicator(ext):
        for dimension in missing_level1(set(), ctx.settings):
            yield _missing(dimension, set(), evidence=_no_indicator_evidence(ext))
        return
    if ext.form_parts and _judged(ext):
        yield from _missing_by_form(ext, ctx.settings)
        return
    if ext.doc_type == "evaluation_report" and not _tables_not_understood(ext):
        yield from _missing_in(_target_tree_rows(ext), ctx.settings, judged=True)
        return
    yield from _missing_in(_listed_indicators(ext), ctx.settings, judged=_judged(ext), listed=ext.listed_levels,
                           performance_form=ext.doc_type != _NO_FORM_DOC_TYPE)


def _target_tree_rows(ext) -> list:
    """The rows of the 绩效目标表 an evaluation report reproduces, its levels written in full as the target tree names
    them (产出指标, 成效指标 │ …; 数量指标), judged like a target form's (海南 公益林 评价报告); its score table
    (决策/过程/产出/效益, 项目产出) is not."""
    return [i for i in _listed_indicators(ext)
            if i.level1 and clean_level(i.level1_text).endswith("指标") or names_target_level2(i.level2_text)]


def _missing_in(rows, settings, judged: bool, form: str = "", listed=(), performance_form: bool = True
                ) -> Iterator[Problem]:
    """The dimensions the indicator ``rows`` of one form (or of the whole document) leave out; a dimension whose
    label the text lists it under counts though no row was read there (``listed``: 社会效益指标：…有所提高). Rows
    with no level at all are judged only in a performance form (``performance_form``): a plan's index list, a
    monitoring or progress table, an evaluation frame lists measures, not an 88号/101号 indicator set."""
    if judged and performance_form and _levelless_without_satisfaction(rows, settings):
        yield _missing("满意度指标", set(), evidence=f"{form}指标表没有一级、二级指标，也没有衡量满意度的指标")
    if not judged or not _has_levels(rows):
        return
    present = _present(rows, settings) | set(listed)
    for dimension in missing_level1(present, settings):
        yield _missing(dimension, present, evidence=f"{form}已有维度：" + "、".join(sorted(present)))


def _missing_by_form(ext, settings) -> Iterator[Problem]:
    """Each project's form of a document that holds several (潼南区五桂镇: three 绩效目标表 on one sheet) is judged
    on its own rows; the last form, when the file stops before its indicator rows, lacks every dimension. Rows
    before the first project name (the page starts inside a form, its head cut off) are not judged."""
    listed = {i.id: i for i in _listed_indicators(ext)}
    for part in ext.form_parts:
        if part.project is None:
            continue
        rows = [listed[i] for i in part.indicators if i in listed]
        form = f"“{part.project}”："
        if rows:
            yield from _missing_in(rows, settings, judged=True, form=form)
        else:
            for dimension in missing_level1(set(), settings):
                yield _missing(dimension, set(), evidence=f"{form}文件在指标表之前结束，没有绩效指标")


#: filled rows a table without level columns needs before its names are judged
_LEVELLESS_MIN_ROWS = 3


def _levelless_without_satisfaction(listed, settings) -> bool:
    """An indicator table with no 一级/二级 columns (重庆 department self-evaluations: 指标名称 │ 计量单位 │ 指标值 …):
    产出 and 效益 cannot be told from the names, but a satisfaction indicator is named for it (满意度, 好评) - none
    among its rows is the 满意度 dimension missing."""
    rows = [i for i in listed if is_filled(i, settings)]
    if not settings.require_satisfaction or len(rows) < _LEVELLESS_MIN_ROWS or _has_levels(listed):
        return False
    return not any(find_words(i.name, settings.satisfaction_words) for i in rows)


def _holds_no_indicator(ext) -> bool:
    """A form whose indicator table ends at its header row, or a form with no indicator table at all (cut before
    it, or sent without it), and no indicator anywhere: every 一级 is absent from the file as it stands (an
    unfilled template, its level labels printed, is not judged)."""
    return (bool(ext.header_only_tables or ext.forms_without_indicators) and ext.doc_type not in _SKIPPED_DOC_TYPES
            and not _listed_indicators(ext) and not _tables_not_understood(ext))


def _no_indicator_evidence(ext) -> str:
    if ext.header_only_tables:
        return f"指标表只有表头（{ext.header_only_tables[0]}）"
    return f"“{ext.forms_without_indicators[0]}”中没有绩效指标"


@register("coverage.missing_output_dimension", "产出指标缺少二级维度", severity="info", scope="document",
          config=("required_output_dimensions",))
def missing_output_dimension(ext, ctx) -> Iterator[Problem]:
    """Indicators under 产出 but none for one of its 二级 dimensions (数量/质量/时效/成本). A hint, not a fault:
    many real forms leave 时效 or 成本 out on purpose, so this is reported as information for the reviewer.

    错误示例: 产出指标只有“培训人次≥500人次”，没有质量、时效、成本指标
    正确示例: 数量: 培训人次≥500人次; 质量: 考核合格率≥90%; 时效: 2025年10月底前完成; 成本: 人均培训成本≤800元
    """
    if not _applies(ext):
        return
    present = _present(_listed_indicators(ext), ctx.settings)
    if not present & _output_markers(ctx.settings):
        return  # the whole 产出 dimension is missing: coverage.missing_dimension says so
    for dimension in ctx.settings.required_output_dimensions:
        if dimension not in present:
            yield _missing(dimension, present)


def _missing(dimension: str, present: set[str], evidence: str = "") -> Problem:
    return Problem(
        f"指标体系缺少“{dimension}”",
        f"补充至少一个{dimension}（不适用时在说明中写明理由），空白的模板行应填写或删除",
        evidence=evidence or "已有维度：" + "、".join(sorted(present)),
        numbers={"dimension": dimension},
    )


@register("coverage.too_few_indicators", "三级指标过少", severity="warning", scope="document", config=("min_indicators",))
def too_few_indicators(ext, ctx) -> Iterator[Problem]:
    """Fewer than ``min_indicators`` (default 3) filled 三级 indicators for a project with goals or indicators.

    A report written in prose (a 自评报告 without an indicator table) has no rows to count: with no indicator
    at all, only a target form (申报表) is reported.

    错误示例: 只有一个指标“项目完成率=100%”
    正确示例: 至少3个指标，覆盖产出、效益和满意度
    """
    if ext.doc_type in _SKIPPED_DOC_TYPES or not (ext.goals or ext.indicators) or _tables_not_understood(ext):
        return
    if not ext.indicators and ext.doc_type != "target_form" or _score_sheet(ext):
        return
    filled = [i for i in ext.indicators if is_filled(i, ctx.settings)]
    limit = ctx.settings.min_indicators
    if len(filled) >= limit:
        return
    yield Problem(
        f"只有 {len(filled)} 个三级指标，少于 {limit} 个",
        "按产出（数量、质量、时效、成本）、效益和满意度分别设置可衡量的指标",
        evidence="、".join(i.name or "" for i in filled),
        numbers={"count": len(filled), "minimum": limit},
    )


def _score_sheet(ext) -> bool:
    """Rows with names and points and no target column at all: an evaluation's score sheet (部门整体 评价指标表: 三级指标 │
    分值 │ 评价标准 │ 得分; a blank one with a slot for rows to be written), whose rows are what the evaluation scores,
    not the project's targets to count."""
    return (any(clean(i.name) and is_summary_row(i) for i in ext.indicators)
            and all(i.target_text is None and i.value is None for i in ext.indicators))


@register("coverage.table_not_understood", "指标表未能识别", severity="error", scope="document")
def table_not_understood(ext, ctx) -> Iterator[Problem]:
    """A table that looks like an indicator table (一级/二级 names, 指标 headers) gave no indicator row: the
    document was only partly read, so no other coverage finding is made from it.

    错误示例: 一张含“产出指标”“数量指标”“三级指标”的表格，版式未能识别，读出 0 个指标
    正确示例: 指标表按列读出一级、二级、三级指标和指标值
    """
    found = _tables_not_understood(ext)
    if not found:
        return
    refs = "、".join(ref for w in found for ref in w.refs)
    yield Problem(
        f"有 {len(found)} 张表格看起来是绩效指标表，但未能读出任何指标行（{refs}），本文件的指标检查不完整",
        "人工核对该表格的指标；用 jixiao extract 文件 --explain 查看各列的识别结果",
        evidence="；".join(w.message for w in found),
        numbers={"tables": len(found)},
    )
