"""Typed records produced by the NLP stage (ARCHITECTURE.md, "Data flow" and "Records and JSON contracts").

An :class:`Extraction` is what the graph, the checker and the reports read.
Every record cites the block ``refs`` it came from and its page.
``operator`` is one of :data:`OPERATORS` or ``None``; ``value`` is a number
(percent as the number before %, money in the unit written, ``unit`` says which).
"""
from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field, fields

from .errors import TableNotUnderstood
from .nlp.lexicon import level1_names, level2_names

OPERATORS = (">=", "<=", "=", ">", "<", "range")

# The indicator framework, from corpora/lexicons/framework.yaml.
LEVEL1 = level1_names()            # 产出指标, 效益指标, 满意度指标, 成本指标
LEVEL2 = level2_names("88")        # 数量指标 … 服务对象满意度指标
# 101号 splits 成本指标 (一级) into these 二级; accepted beside LEVEL2.
LEVEL2_COST_101 = level2_names("101")


@dataclass
class Target:
    """One measurable target inside a goal or an indicator value cell."""

    metric: str | None
    operator: str | None
    value: float | None
    unit: str | None
    deadline: str | None = None
    text: str = ""
    upper: float | None = None  # upper bound when operator == "range"


@dataclass
class Goal:
    id: str
    kind: str  # 总体目标 | 年度目标 | 中期目标 | 具体目标 | 目标
    text: str
    quantified: bool
    targets: list[Target] = field(default_factory=list)
    refs: list[str] = field(default_factory=list)
    page: int | None = None
    actual_text: str | None = None  # 实际完成情况 beside a 年度目标 in self-assessment forms
    number: str | None = None  # the goal's number as written (1, 二, （三）), which references cite


@dataclass
class Indicator:
    id: str
    name: str | None
    level1: str | None = None
    level2: str | None = None
    level1_text: str | None = None  # as written in the document
    level2_text: str | None = None
    operator: str | None = None
    value: float | None = None
    upper: float | None = None
    unit: str | None = None
    deadline: str | None = None
    target_text: str | None = None
    actual: float | None = None
    actual_text: str | None = None
    weight: float | None = None
    score: float | None = None
    deviation_reason: str | None = None
    nature: str | None = None  # 定量 | 定性
    explanation: str | None = None  # 指标解释 / formula
    basis: str | None = None  # 取值依据 / 绩效标准
    page: int | None = None
    refs: list[str] = field(default_factory=list)
    row: int | None = None  # row index inside its table
    origin: str = "table"  # table | prose
    level_origin: str | None = None  # where level1/level2 came from: table | text | model (None: no level)


@dataclass
class Fact:
    """A planned/actual/rate statement or another checkable number relation.

    ``kind``: ``completion`` (planned/actual/rate), ``budget`` (budget/spent/rate),
    ``share`` (parts in % that should sum to ``total``), ``sum`` (``parts`` should add up to
    ``total``), ``grade`` (``actual`` is a score, ``stated_text`` its grade), ``amount_words``
    (``actual`` in figures vs ``planned`` read from the 大写 words), ``count``.
    ``decimals`` is the number of decimals of the stated rate (tolerance for checks).
    """

    metric: str | None
    kind: str = "completion"
    planned: float | None = None
    actual: float | None = None
    stated_rate: float | None = None
    computed_rate: float | None = None
    unit: str | None = None
    text: str = ""
    page: int | None = None
    refs: list[str] = field(default_factory=list)
    decimals: int | None = None
    parts: list[float] = field(default_factory=list)
    total: float | None = None
    stated_text: str | None = None


@dataclass
class GoalLink:
    """A sub-project serves a goal. ``method`` is ``explicit`` (the text names the goal: 对应具体目标第1、5项,
    支撑目标二, a goal column in a task table) or ``content`` (shared quantities or measured terms);
    ``reference`` is the text that links them, ``goal_number`` the goal's number as the reference wrote it."""

    goal_id: str | None
    method: str  # explicit | content
    confidence: float
    reference: str = ""
    goal_number: str | None = None


@dataclass
class SubProject:
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    goal_ids: list[str] = field(default_factory=list)
    refs: list[str] = field(default_factory=list)
    page: int | None = None
    number: str | None = None  # as written: （一）, 1., 第三章, a table's 序号
    investment: float | None = None
    investment_unit: str | None = None
    lead_units: list[str] = field(default_factory=list)  # 牵头单位 / 责任单位
    partner_units: list[str] = field(default_factory=list)  # 配合单位 / 参与单位
    summary: str | None = None  # 建设内容 / 主要内容, shortened
    period: str | None = None  # 完成时限 / 建设周期 as written
    origin: str = "list"  # list | section | table | report_row
    goal_links: list[GoalLink] = field(default_factory=list)


@dataclass
class Organisation:
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    refs: list[str] = field(default_factory=list)


@dataclass
class ContractTerm:
    """A contract clause of a known type with the numbers it states."""

    kind: str  # 金额 | 付款 | 工期 | 验收 | 违约 | 维保 | 知识产权
    text: str
    amount: float | None = None
    unit: str | None = None
    percent: float | None = None
    duration: float | None = None
    duration_unit: str | None = None
    trigger: str | None = None
    parties: list[str] = field(default_factory=list)
    cap: float | None = None  # 违约金 cap in % of the contract price
    page: int | None = None
    refs: list[str] = field(default_factory=list)


TABLE_NOT_UNDERSTOOD = TableNotUnderstood.code


#: labels of a header field stating a form's total score (自评总分(分)：97.6, 项目总得分 99), read by the extractor
#: from field rows and by the checker against the rows' scores
STATED_TOTAL_LABELS = ("总分", "自评总分", "综合得分", "绩效得分", "自评得分", "评价得分", "得分合计", "项目总得分")
#: the points a whole evaluation gives (满分100分): the usual total of a score table's 分值, and a group stating them is
#: the evaluation itself, no level of it; read by the scored prose and, as its default, by the checker's weight total
FULL_SCORE = 100.0
#: the words that name an evaluation's grade (等级为“良”, 评价等次优秀) and the grades written after them, longest first;
#: read by the extractor's grade facts and table totals and by the checker's grade rule
GRADE_LABEL = r"等[级次]"
GRADE_NAMES = r"优秀|良好|中等|优|良|中|差|合格|不合格"
_LABEL_UNIT = re.compile(r"[（(][^（）()]{0,4}[)）]$")


def field_label(text: str) -> str:
    """A field's label without its colon and the unit it names in brackets (自评总分(分)： → 自评总分)."""
    return _LABEL_UNIT.sub("", (text or "").strip().rstrip("：:"))


@dataclass
class FormPart:
    """One project's form in a document that holds several (a sheet of 绩效目标表 one after the other, one table per
    project): the project it names and the ids of its indicator rows, in reading order."""

    project: str | None  # None: rows before the first project name (a page that starts inside a form)
    indicators: list[str] = field(default_factory=list)


@dataclass
class TemplateRow:
    """A row of a filled indicator table that still holds the template's placeholder (指标2：, ……, **) and nothing
    else: left in, neither filled nor deleted."""

    text: str  # the placeholder as written
    level1_text: str | None = None
    level2_text: str | None = None
    refs: list[str] = field(default_factory=list)
    row: int | None = None  # row index inside its table
    page: int | None = None


@dataclass
class ExtractionWarning:
    """Something the extraction could not do on a document (``code`` is stable: ``table_not_understood``)."""

    code: str
    message: str
    refs: list[str] = field(default_factory=list)
    page: int | None = None


@dataclass
class Extraction:
    source: str
    project: str | None = None
    doc_type: str | None = None  # target_form | self_assessment | evaluation_report | plan | contract | other
    fields: dict[str, str] = field(default_factory=dict)  # header fields such as 项目名称
    goals: list[Goal] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    subprojects: list[SubProject] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    contract_terms: list[ContractTerm] = field(default_factory=list)
    aliases: dict[str, str] = field(default_factory=dict)  # alias -> full name (以下简称…), any entity or document
    warnings: list[ExtractionWarning] = field(default_factory=list)  # what could not be read (a table not understood)
    # indicator tables that end at their header row (a form cut there, or sent so): the form holds no indicator
    header_only_tables: list[str] = field(default_factory=list)
    # indicator tables with no column right of their names (an indicator library: 类别 │ 一级 │ 二级 │ 三级): lists of
    # indicators, no row of them leaves a target empty
    name_list_tables: list[str] = field(default_factory=list)
    # placeholder rows left in filled indicator tables (指标2： with nothing else written)
    template_rows: list[TemplateRow] = field(default_factory=list)
    # the 一级/二级 names of the labels an indicator list in running text goes under, read into rows or not
    # (4、社会效益指标：…有所提高): the dimensions the text covers
    listed_levels: list[str] = field(default_factory=list)
    # titles of the performance forms (目标表, 申报表, 自评表) of a document that holds no indicator at all: a form cut
    # before its indicator table, or sent without one (an unfilled template is not listed)
    forms_without_indicators: list[str] = field(default_factory=list)
    # the projects' forms of a document that holds forms of two or more projects (empty otherwise): coverage is
    # judged form by form
    form_parts: list[FormPart] = field(default_factory=list)
    # what a mirror site's copy needed to read as the original was written (extractor/nlp/script.py):
    # "traditional_to_simplified" (績效指標: every text of this extraction is given in simplified characters),
    # "pinyin_glosses_removed" (产(chǎn)出指标(biāo))
    script_changes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)

    def form_of(self) -> dict[str, int]:
        """The number of the project's form each indicator is under (:attr:`form_parts`; 0 for every indicator of a
        document that holds one form)."""
        return {ind_id: number for number, part in enumerate(self.form_parts) for ind_id in part.indicators}

    def to_json(self, **kwargs) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, **kwargs)

    @classmethod
    def from_dict(cls, data: dict) -> "Extraction":
        def load(kind, items):
            names = {f.name for f in fields(kind)}
            return [kind(**{k: v for k, v in item.items() if k in names}) for item in items]

        goals = []
        for g in data.get("goals", []):
            g = dict(g)
            g["targets"] = load(Target, g.get("targets", []))
            goals.extend(load(Goal, [g]))
        return cls(
            source=data["source"],
            project=data.get("project"),
            doc_type=data.get("doc_type"),
            fields=dict(data.get("fields", {})),
            goals=goals,
            indicators=load(Indicator, data.get("indicators", [])),
            facts=load(Fact, data.get("facts", [])),
            subprojects=[_load_subproject(item) for item in data.get("subprojects", [])],
            organisations=load(Organisation, data.get("organisations", [])),
            contract_terms=load(ContractTerm, data.get("contract_terms", [])),
            aliases=dict(data.get("aliases", {})),
            warnings=load(ExtractionWarning, data.get("warnings", [])),
            header_only_tables=list(data.get("header_only_tables", [])),
            name_list_tables=list(data.get("name_list_tables", [])),
            template_rows=load(TemplateRow, data.get("template_rows", [])),
            listed_levels=list(data.get("listed_levels", [])),
            forms_without_indicators=list(data.get("forms_without_indicators", [])),
            form_parts=load(FormPart, data.get("form_parts", [])),
            script_changes=list(data.get("script_changes", [])),
        )


def _load_subproject(item: dict) -> SubProject:
    names = {f.name for f in fields(SubProject)}
    data = {k: v for k, v in item.items() if k in names}
    link_names = {f.name for f in fields(GoalLink)}
    data["goal_links"] = [GoalLink(**{k: v for k, v in link.items() if k in link_names})
                          for link in data.get("goal_links", [])]
    return SubProject(**data)
