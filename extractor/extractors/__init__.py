"""The NLP stage: ``extract_document(doc) -> Extraction`` (ARCHITECTURE.md, "Data flow").

Each kind of record has its own module (goals, indicators, facts, entities, subprojects, contracts);
this function only wires them and fills the header fields, the project name and the type.
The text units go through the spaCy pipeline once (:func:`.analysis.analyse`) and every
extractor reads that one :class:`~.analysis.Analysis`.

With ``use_models`` (default) the trained classifiers of :mod:`extractor.nlp.classify` fill the
level1/level2 an indicator table left empty (``Indicator.level_origin == "model"``) and, when no goal
label is found in a narrative report, supply its goal sentences (Goal kind ``目标``).
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace

from ..document import Document
from ..extraction import LEVEL1, STATED_TOTAL_LABELS, TABLE_NOT_UNDERSTOOD, Extraction, Goal, Indicator, field_label

log = logging.getLogger(__name__)

NARRATIVE_TYPES = ("evaluation_report", "self_assessment")
"""Document types whose goals may be written as running text (the role classifier looks there)."""
#: documents whose indicators may be listed in running text under their level labels (notices of targets, reports)
LABELLED_PROSE_TYPES = ("target_form", "other", "self_assessment", "evaluation_report", "plan")


@dataclass(frozen=True)
class ExtractOptions:
    """Switches for the parts of the extraction (all on by default)."""

    goals: bool = True
    indicators: bool = True
    facts: bool = True
    entities: bool = True
    contracts: bool | None = None  # None: only when the document is a contract
    use_models: bool = True  # trained classifiers fill levels that the document does not give
    # goal sentences of reports without goal headings, by the role classifier: off by default, because on
    # the real evaluation report in shared/seed only about 3 of the 9 sentences it takes (p >= 0.8) are goals
    model_goals: bool = False
    role_min_prob: float = 0.8  # a model goal sentence needs at least this probability

    def __post_init__(self) -> None:
        if not 0.0 <= self.role_min_prob <= 1.0:
            raise ValueError(f"role_min_prob must be between 0 and 1, got {self.role_min_prob!r}")
        for name in ("goals", "indicators", "facts", "entities", "use_models", "model_goals"):
            if not isinstance(getattr(self, name), bool):
                raise TypeError(f"{name} must be True or False")


def _read_labelled_indicators(doc: Document, ext: Extraction) -> None:
    """Indicators listed under their level labels, in running text or in the rows of a table the form reader did
    not understand (产出指标 │ 质量指标：…); a table read that way is understood after all."""
    from .labelled_prose import labelled_prose_reading

    not_understood = frozenset(ref for w in ext.warnings if w.code == TABLE_NOT_UNDERSTOOD for ref in w.refs)
    listed, ext.listed_levels = labelled_prose_reading(doc, not_understood)
    if ext.doc_type == "evaluation_report" and not any(_bound_or_result(i) for i in listed):
        listed, ext.listed_levels = [], []  # the project's own figures restated under labels (项目需县级财政安排资金8144万元)
    ext.indicators = ext.indicators + listed
    read = {ref for i in listed if i.origin == "table" for ref in i.refs}
    ext.warnings = [w for w in ext.warnings if not set(w.refs) & read]


def _read_written_out_indicators(doc: Document, ext: Extraction) -> None:
    """The indicators the tables did not give: listed under labels in running text (also when the tables gave only
    scores, 决策 │ 14 │ 10.5), else the figures of a task table's tasks, else a numbered list of targets with no
    heading over it, else the shares of a task a breakdown table gives each town."""
    from .labelled_prose import announces_its_indicators, listed_targets, task_indicators
    from .task_tables import breakdown_indicators

    scores_only = bool(ext.indicators)  # a sentence announcing the indicators is read beside them (潜江 评价报告)
    if ext.doc_type in LABELLED_PROSE_TYPES and not any(map(_has_target, ext.indicators)) and (
            not scores_only or announces_its_indicators(doc)):
        _read_labelled_indicators(doc, ext)
    if not ext.indicators:
        ext.indicators = task_indicators(doc) or listed_targets(doc) or breakdown_indicators(doc)


def _read_scored_prose(doc: Document, ext: Extraction) -> None:
    """The scores a report tells item by item in its text, when no table gave any, and the indicators a text lists
    or titles with their points, when nothing else gave any (:mod:`.scored_prose`)."""
    from .scored_prose import pointed_item_indicators, scored_prose_indicators, weighted_list_indicators

    if ext.doc_type in NARRATIVE_TYPES and not any(i.score is not None for i in ext.indicators):
        ext.indicators.extend(scored_prose_indicators(doc, start=len(ext.indicators)))
    if not ext.indicators:
        ext.indicators = weighted_list_indicators(doc) or pointed_item_indicators(doc)


def _has_target(indicator: Indicator) -> bool:
    return indicator.value is not None or bool(indicator.target_text) or indicator.actual is not None


def _bound_or_result(indicator: Indicator) -> bool:
    """A labelled line of an evaluation report that is an indicator for sure: a bound (≥95%), a result, or a rate
    (乡镇、建制村通公交完成率100%, 南陵: no restated amount of the project's)."""
    return (indicator.operator not in (None, "=") or indicator.actual is not None
            or (indicator.unit == "%" and (indicator.name or "").endswith("率")))


def extract_document(doc: Document, **options) -> Extraction:
    """Goals, indicators, facts, sub-projects, organisations and contract terms of one Document."""
    from .analysis import analyse
    from .contracts import extract_contract_terms
    from .doctype import classify
    from .entities import alias_definitions, extract_organisations, is_organisation_name
    from .facts import extract_facts, flattened_score_rows
    from .form_parts import form_parts
    from .forms.explain import not_understood_warnings
    from .goals import extract_goals
    from .indicators import indicators_from_readings, read_tables, template_rows_of
    from .scored_prose import weighted_list_sums
    from .scores import score_total_facts
    from .subprojects import extract_subprojects, investment_sum_fact
    from ..nlp.script import as_originally_written

    opts = ExtractOptions(**options)
    doc, script_changes = as_originally_written(doc)
    fields = header_fields(doc)
    analysis = analyse(doc)
    ext = Extraction(source=doc.source, fields=fields, doc_type=classify(doc), script_changes=script_changes)
    aliases = alias_definitions(doc, analysis)
    ext.project = project_name(doc, fields, aliases)
    ext.aliases = {a.alias: a.full for a in aliases}
    if opts.indicators:
        readings = read_tables(doc)
        ext.indicators = indicators_from_readings(readings)
        ext.warnings.extend(not_understood_warnings(readings))
        ext.header_only_tables = [r.ref for r in readings if r.header_only]
        ext.name_list_tables = [r.ref for r in readings if r.lists_names_only]
        ext.template_rows = template_rows_of(readings)
        # no model fills the levels a form's table leaves empty (the reviewer should see the gap); score rows
        # (决策 20 14.00) are levels themselves
        ext.indicators.extend(score_row_indicators(flattened_score_rows(doc), start=len(ext.indicators)))
    if opts.goals:
        ext.goals = extract_goals(doc, analysis)
        if not ext.goals and opts.use_models and opts.model_goals and ext.doc_type in NARRATIVE_TYPES:
            ext.goals = model_goals(analysis, opts.role_min_prob)
        if not ext.indicators and ext.doc_type == "plan":
            ext.indicators = prose_indicators(ext)
            if opts.use_models:
                ext.indicators = model_levels(ext.indicators)
    if opts.indicators:
        _read_written_out_indicators(doc, ext)
        _read_scored_prose(doc, ext)
        if not ext.indicators:
            ext.forms_without_indicators = forms_without_indicators(doc, ext, readings)
        ext.form_parts = form_parts(doc, ext.indicators)
    if opts.facts:
        ext.facts = extract_facts(doc, analysis=analysis)
        ext.facts.extend(score_total_facts(doc, ext, analysis))
        ext.facts.extend(weighted_list_sums(doc))
    if opts.entities:
        ext.organisations = extract_organisations(doc, aliases, analysis)
        subproject_aliases = [a for a in aliases if not is_organisation_name(a.full)]
        ext.subprojects = extract_subprojects(doc, subproject_aliases, ext.project, analysis,
                                              goals=ext.goals if opts.goals else None)
        total = investment_sum_fact(doc, ext.subprojects) if opts.facts else None
        if total is not None:
            ext.facts.append(total)
    if opts.contracts or (opts.contracts is None and ext.doc_type == "contract"):
        ext.contract_terms = extract_contract_terms(doc)
    return ext


def forms_without_indicators(doc: Document, ext: Extraction, readings) -> list[str]:
    """The form titles of a document without any indicator, unless one of its tables is an unfilled template or
    an indicator table that was not understood (then the gap is the template's or the reading's)."""
    from .doctype import form_titles

    if ext.warnings and any(w.code == TABLE_NOT_UNDERSTOOD for w in ext.warnings):
        return []
    if any(r.blank_template for r in readings):
        return []
    return form_titles(doc)


def model_levels(indicators: list[Indicator]) -> list[Indicator]:
    """Indicators whose table gave no level1/level2 get them from the dimension classifier."""
    from ..nlp.classify import fill_missing_levels

    filled = fill_missing_levels(indicators)
    return [
        replace(new, level_origin="model") if (new.level1, new.level2) != (old.level1, old.level2) else old
        for old, new in zip(indicators, filled)
    ]


def model_goals(analysis, min_prob: float) -> list[Goal]:
    """Goal sentences of the running text by the role classifier (for reports without goal headings)."""
    from ..nlp.classify import ModelSettings, find_role_sentences
    from ..nlp.measures import goal_is_quantified
    from .goals import targets_in

    settings = ModelSettings(role_min_prob=min_prob)
    goals = []
    for found in find_role_sentences(None, roles=("goal",), settings=settings, units=[u.unit for u in analysis.running()]):
        targets = targets_in(found.text, analysis.quantities_in(found.text))
        goals.append(Goal(id=f"G{len(goals) + 1}", kind="目标", text=found.text, quantified=goal_is_quantified(found.text, targets),
                          targets=targets, refs=list(found.refs), page=found.page))
    return goals


def table_indicators(doc: Document) -> list[Indicator]:
    """Indicator rows of the tables (:mod:`.indicators` over the form reader :mod:`.forms`)."""
    from .indicators import indicators_from_readings, read_tables  # part of the package: a failing import is a bug

    return indicators_from_readings(read_tables(doc))


_LEVEL1_BY_SHORT = {name[:2]: name for name in LEVEL1}


def score_row_indicators(tables, start: int = 0) -> list[Indicator]:
    """Rows of score tables flattened into text (决策 20 14.00 70.00%) as indicators with weight and score."""
    from .facts import SCORE_TABLE_TOTALS

    out = []
    for rows in tables:
        for row in rows:
            if row.name in SCORE_TABLE_TOTALS:
                continue
            out.append(
                Indicator(
                    id=f"I{start + len(out) + 1}",
                    name=row.name,
                    level1=_LEVEL1_BY_SHORT.get(row.name[:2]),
                    level1_text=row.name,
                    weight=row.weight,
                    score=row.score,
                    page=row.page,
                    refs=list(row.refs),
                    origin="table",
                    level_origin="text" if row.name[:2] in _LEVEL1_BY_SHORT else None,
                )
            )
    return out


def prose_indicators(ext: Extraction) -> list[Indicator]:
    """Targets of a plan's goals stated like indicators (metric, operator, number) as prose indicators."""
    out = []
    for goal in ext.goals:
        for t in goal.targets:
            if t.metric and t.value is not None and t.operator:
                out.append(
                    Indicator(
                        id=f"P{len(out) + 1}",
                        name=t.metric,
                        operator=t.operator,
                        value=t.value,
                        upper=t.upper,
                        unit=t.unit,
                        deadline=t.deadline,
                        target_text=t.text,
                        page=goal.page,
                        refs=list(goal.refs),
                        origin="prose",
                    )
                )
    return out


_FIELD_LABELS = ("项目名称", "主管部门", "实施单位", "项目属性", "项目期", "起止时间", "资金总额", "年度资金总额", "合同名称", "项目编号")
# a bracketed note after a title: （节选） （试行） （2024—2026年） （征求意见稿）
_TITLE_NOTE = re.compile(r"[（(][^）)]{1,12}[）)]$")
_TITLE_SUFFIX = re.compile(
    r"(?:项目支出|支出)?(?:绩效(?:目标)?(?:申报|自评|评价)?(?:表|报告)|绩效评价报告|自评报告|评价报告|实施方案|合同(?:书)?)$"
)


def header_fields(doc: Document) -> dict[str, str]:
    """Form header fields (``field`` blocks, and two-cell label/value pairs in the first tables)."""
    from .sentences import normalise

    out: dict[str, str] = {}
    for block in doc.blocks:
        if block.kind == "field" and block.label and block.value:
            out.setdefault(normalise(block.label).rstrip("：:"), normalise(block.value))
    for block in doc.tables()[:3]:
        for cells in block.cells()[:12]:
            for k, cell in enumerate(cells[:-1]):
                label = field_label(cell)
                if label not in _FIELD_LABELS and label not in _ROW_TOTAL_LABELS:
                    continue
                value = next((c for c in cells[k + 1:] if c != cell), "")  # past the label's merged copies
                if _is_field(label, value):
                    out.setdefault(cell.rstrip("：:"), value)
    return out


_SCORE_VALUE = re.compile(r"^\d+(?:\.\d+)?\s*分?$")
# in a table row 总分 │ 100 (得分合计 │ 100) is as often the points available as the score: a stated total there is
# one of the labels that can only be the score (自评总分, 项目总得分 …)
_ROW_TOTAL_LABELS = tuple(label for label in STATED_TOTAL_LABELS if label not in ("总分", "得分合计"))


def _is_field(label: str, value: str) -> bool:
    """A label of the form's header with its value beside it (a stated total only with its number: 自评总分 │ 97.6)."""
    if label in _ROW_TOTAL_LABELS:
        return bool(_SCORE_VALUE.match(value))
    return label in _FIELD_LABELS and bool(value)


def project_name(doc: Document, fields: dict[str, str], aliases=None) -> str | None:
    """项目名称 field, else the document title (without 绩效评价报告 …), else the defined main project."""
    from .sentences import normalise

    if fields.get("项目名称"):
        return fields["项目名称"]
    candidates = [b for b in doc.blocks[:60] if b.kind in ("heading", "paragraph") and len(normalise(b.text)) <= 60]
    for k, block in enumerate(candidates):
        text = _TITLE_NOTE.sub("", normalise(block.text))
        if _TITLE_SUFFIX.search(text) and len(text) <= 60:
            name = _TITLE_SUFFIX.sub("", text).strip()
            if "项目" in name:  # 江州市智慧城管二期项目系统集成合同 → 江州市智慧城管二期项目
                name = name[: name.rindex("项目") + 2]
            if len(name) >= 4:
                return name
            if k > 0:  # title on two lines: "X项目" / "绩效评价报告"
                prev = normalise(candidates[k - 1].text)
                tail = re.search(r"[^。；！？]*项目$", prev)
                if tail:
                    return tail.group()
    m = re.search(r"[（(]以下简称[“\"]?[^）)]*项目[”\"]?[）)]", doc.text[:3000])
    if m:
        from .entities import alias_definitions

        for a in alias_definitions(doc) if aliases is None else aliases:
            if a.full.endswith("项目"):
                return a.full
    return None
