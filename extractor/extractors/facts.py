"""Checkable number relations stated in prose and tables (the ``Fact`` records).

Kinds (see :class:`extractor.extraction.Fact`):

- ``completion``: 计划启动子项目100个，实际启动96个，如期完成率96.00%
  (also a count with its rate and the total it is a share of: 可网办事项3033项，可网办率95.26%)
- ``budget``: 累计安排预算80,692.06万元，实际支出79,420.32万元，支出率为98.42%
- ``share``: 占比分别为47.62%、42.86%
- ``sum``: 40个子项目（包括17个初验、23个终验）; 共N个，其中A个、B个; 资金总额 = 财政拨款 + 其他资金
- ``grade``: 绩效得分77.20分，等级为“中”
- ``amount_words``: 人民币贰佰伍拾万元整（¥2,500,000.00）

Tables give the money block's budget facts and sums, the 得分率 of each score-table row (planned = 权重/分值,
actual = 得分, in 分; the same facts whether the table is a real table or was flattened into text lines), and
the prose facts of their sentence cells (年度目标, 扣分原因, 偏差原因 …; never indicator values or scoring rules).

Every fact keeps the sentence (``text``), the page and the block refs. ``computed_rate``
is actual/planned×100 rounded to two more decimals than the stated rate.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Block, Document, compact_cell
from ..extraction import GRADE_LABEL, GRADE_NAMES, Fact
from ..layout.headings import index_rank, match_number, outline_children
from ..nlp.lexicon import alternation, spaced_alternation, total_words, units_for, vague_for
from ..nlp.quantities import (FIGURE, amount_in_capitals, cell_unit, figure_value, find_quantities, money_amounts, money_in_unit,
                               quantity_at, unit_pattern, value_as_written, written_numbers)
from .sentences import (
    HAN,
    HAN_CHAR,
    TextUnit,
    decimals_of,
    normalise,
    sentences,
    strip_footnote_refs,
    text_units,
    to_float,
)

COUNT_UNITS = units_for("facts")
# the number of a list item ("1.到2025年底", "①基础设施类"): a layout, not a figure of the text
_ITEM_MARK = re.compile(r"[①-⑳]|\d{1,2}[.．](?!\d)")
_PERIODS = frozenset(units_for("parsed", "time")) - frozenset(COUNT_UNITS)  # 年, 个月 …; the facts count 天 and 小时
MONEY_UNITS = tuple(sorted(units_for("budget"), key=len, reverse=True))  # 万元 before 元
# the phrase patterns below recognise the words around a figure; the figure (FIGURE, read by figure_value) and its
# unit are the engine's (nlp.quantities, units.tsv)
_UNIT = unit_pattern("facts")
_PERCENT_SIGN = unit_pattern("percent_sign")

_PLAN_MARK = re.compile(r"计划|预计|预算|安排|下达|批复|应到位|目标|拟")
_ACTUAL_MARK = re.compile(r"实际|已|完成|支出|执行|到位|使用|拨付|建成")
_RATE_CLAUSE = re.compile(
    rf"^(?P<name>[^\d，,]*?率)(?:为|达|达到|是|仅为|约为|只有)?[:：]?(?P<rate>{FIGURE}){_PERCENT_SIGN}"
)
_CLAUSE_SPLIT = re.compile(r"，|,(?!\d)")

_GRADE = re.compile(
    rf"(?P<label>(?:综合|绩效|评价|总体|整体|最终)*得分|总分)(?:为|是)?[:：]?(?P<score>{FIGURE})分"
    rf"[^。；\d]{{0,8}}?(?:评价|综合|评定)?{GRADE_LABEL}(?:为|评定为|是|：|:)?[“\"「『]?"
    rf"(?P<grade>{GRADE_NAMES})"
)
_SHARE = re.compile(
    rf"(?P<label>[^，,。；]{{0,30}}?)(?:占比|比例|比重|分别)(?:分别|均|依次)?(?:为|是|占|达|达到)?"
    rf"(?P<list>{FIGURE}{_PERCENT_SIGN}(?:[、,，和及与](?:{FIGURE}){_PERCENT_SIGN})+)"
)
_PERCENT = re.compile(rf"(?P<num>{FIGURE}){_PERCENT_SIGN}")
#: a share list's label naming all the parts just listed (三者在当年预算资金中所占比重依次为74%、14%、8%)
_ALL_THE_PARTS = re.compile(r"^(?:这|上述|以上)?[两二三四五六七八九十]者")
_SHARE_TOTAL = re.compile(
    rf"^[，,](?P<text>[^，。；]{{0,12}}?(?:合计|共计|总计|总体|总)[^，。；\d]{{0,8}}?(?P<num>{FIGURE}){_PERCENT_SIGN})"
)
#: 共 saying "in all" (共3个, 共计); not the 共 of 公共 (一般公共预算, 一般公共服务支出)
_ALL_OF = r"(?<!公)共"
_ALL_OF_RE = re.compile(_ALL_OF)
_PAREN_SUM = re.compile(
    rf"(?P<total>{FIGURE})(?P<unit>{_UNIT})[^（(，。；\d]{{0,16}}?[（(](?P<opening>包括|其中|含|包含|分别为)?[:：]?(?P<inner>[^）)]{{2,80}})[）)]"
)
_OF_WHICH = re.compile(
    rf"(?:(?:{_ALL_OF}|合计|总计)(?:有|计)?[^\d，。；]{{0,8}}?(?P<total>{FIGURE})(?P<unit>{_UNIT})"
    rf"(?:(?!{FIGURE}(?P=unit))[^。；])*?其中|"  # no other total of its unit before 其中 (共有学生1200人，教师80人，其中…)
    rf"(?P<total2>{FIGURE})(?P<unit2>{_UNIT})[，,：:](?:其中|具体为|具体包括))[:：]?(?P<rest>[^。；;]+)"
)
_RATIO = re.compile(
    rf"(?P<label>[{HAN}“”]{{1,20}}?)(?P<num>{FIGURE})(?P<unit>{_UNIT})(?:[（(][^）)]{{0,30}}[）)])?[，,]"
    rf"(?P<rname>[{HAN}“”]{{1,15}}率)(?:为|达|达到|是)?(?P<rate>{FIGURE}){_PERCENT_SIGN}"
)
_AMOUNT_FIGURE = re.compile(rf"(?:[¥￥]|小写[)）]?[:：]?[¥￥]?)\s*(?P<num>{FIGURE})\s*(?P<unit>{unit_pattern('budget')})?")
# table cells: an amount (80,692.06万元), a rate with its sign optional (执行率 column) or required (得分率 column)
_MONEY_CELL = re.compile(rf"(?P<num>{FIGURE})\s*{unit_pattern('budget')}?")
_RATE_CELL = re.compile(rf"(?P<num>{FIGURE})\s*{_PERCENT_SIGN}?")
_SIGNED_RATE_CELL = re.compile(rf"(?P<num>{FIGURE})\s*{_PERCENT_SIGN}")


@dataclass(frozen=True)
class FactSettings:
    """``extra_decimals``: how many more decimals than stated the computed rate keeps."""

    extra_decimals: int = 2
    max_ratio_label: int = 20

    def __post_init__(self) -> None:
        if not 0 <= self.extra_decimals <= 6:
            raise ValueError("extra_decimals must be between 0 and 6")


DEFAULT_SETTINGS = FactSettings()


def extract_facts(doc: Document, settings: FactSettings = DEFAULT_SETTINGS, analysis=None) -> list[Fact]:
    """All facts of a document: prose sentences of text blocks, then per table its money block, its score
    rows' 得分率 and its sentence cells, then score tables flattened into text.

    The prose units come from ``analysis`` (:func:`~.analysis.analyse`) when given, so the document's
    units are built once; the relations (plan/actual/rate across clauses) are read by the patterns below.
    """
    facts: list[Fact] = []
    units = [u.unit for u in analysis.running()] if analysis is not None else list(text_units(doc, tables=False))
    for unit in units:
        facts.extend(facts_from_text(unit.text, unit=unit, settings=settings))
    facts.extend(listed_breakdown_facts(units))
    for block in doc.tables():
        facts.extend(facts_from_table(block, settings=settings))
        facts.extend(facts_from_cells(block, settings=settings))
    facts.extend(flattened_score_facts(doc, settings=settings))
    return facts


# -- prose --------------------------------------------------------------------------------------


def facts_from_text(text: str, *, unit: TextUnit | None = None, settings: FactSettings = DEFAULT_SETTINGS) -> list[Fact]:
    """Facts of one paragraph (normalised here too, so raw wrapped text is fine)."""
    text = normalise(text)
    found: list[Fact] = []
    taken: list[tuple[int, int]] = []
    offset, previous = 0, ""
    for sentence in sentences(text):
        start = text.find(sentence, offset)
        offset = start + len(sentence)
        for fact, span in _completion_facts(sentence, settings):
            found.append(fact)
            taken.append((start + span[0], start + span[1]))
        found.extend(_grade_facts(sentence))
        found.extend(_share_facts(sentence))
        if not _MORE_PARTS_AFTER.match(text, offset):
            found.extend(f for f in _sum_facts(_with_its_total(previous, sentence)) if not _found(f, found))
        previous = sentence
        found.extend(_instalment_facts(sentence))
        found.extend(_adjusted_budget_facts(sentence))
        found.extend(_amount_word_facts(sentence))
    found.extend(_ratio_facts(text, taken, settings))
    found.extend(f for f in _income_sources_facts(text) if not _found(f, found))
    for fact in found:
        if unit is not None:
            fact.page = unit.page
            fact.refs = list(unit.refs)
    return found


#: a budget's income and its two sources as a 部门预算 explanation writes them, in sentences of their own (2024年收入合计
#: 2389.85万元。本年收入2054.84万元,由…构成;上年结转收入531.96万元,其中…): 收入合计 = 本年收入 + 上年结转收入
_INCOME_TOTAL = re.compile(rf"(?P<metric>收入(?:预算)?(?:合计|总计))为?(?P<total>{FIGURE})万元")
_INCOME_SOURCES = (re.compile(rf"本年收入(?:合计)?为?({FIGURE})万元"), re.compile(rf"上年结转(?:结余)?(?:收入|资金)?为?({FIGURE})万元"))


def _income_sources_facts(text: str) -> list[Fact]:
    """收入合计 = 本年收入 + 上年结转收入, each source stated once after the total in the paragraph."""
    m = _INCOME_TOTAL.search(text)
    if m is None:
        return []
    sources = [source.findall(text, m.end()) for source in _INCOME_SOURCES]
    if any(len(found) != 1 for found in sources):
        return []
    parts = [figure_value(found[0]) for found in sources]
    return [Fact(metric=m.group("metric"), kind="sum", total=figure_value(m.group("total")), parts=parts, unit="万元",
                 text=text[m.start():], decimals=max(decimals_of(m.group("total")), *map(decimals_of, (f[0] for f in sources))))]


#: a paragraph that ends with an amount and 其中： (…专项经费指标总额为84万元,其中:): its parts are the items listed after it
_OF_WHICH_LISTED = re.compile(rf"(?P<total>{FIGURE})(?P<unit>{unit_pattern('budget')})[，,]?其中[:：]?$")


def listed_breakdown_facts(units: list[TextUnit]) -> list[Fact]:
    """A total whose paragraph ends with 其中：, its parts the numbered items after it, one amount each (1、…专项经费指标
    为36万元,用于…; … 5、…租赁经费专项指标为15元,用于…): each item's first amount, in the total's unit, is a part."""
    out = []
    for k, unit in enumerate(units):
        m = _OF_WHICH_LISTED.search(unit.text)
        if m is None:
            continue
        parts = []
        for item in units[k + 1:]:
            amounts = money_amounts(item.text) if match_number(item.text) is not None else []
            if not amounts:
                break
            value, written, *_ = amounts[0]
            parts.append(money_in_unit(value, written, m.group("unit")))
        if len(parts) >= 2 and None not in parts:
            fact = _sum_fact(m, parts)
            fact.text, fact.page, fact.refs = unit.text, unit.page, list(unit.refs)
            out.append(fact)
    return out


def _with_its_total(previous: str, sentence: str) -> str:
    """A sentence that opens with 其中 lists the parts of the amount the sentence before it ends with (…下达资金2263万元。
    其中：…): the two are read as one. After a ； the 其中 may be of an earlier clause (实有人员32名，离退休人员29名；其中
    正高级4名…): not joined."""
    if previous.rstrip().endswith("。") and sentence.lstrip().startswith("其中"):
        return previous.rstrip()[:-1] + "，" + sentence.lstrip()
    return sentence


def _found(fact: Fact, found: list[Fact]) -> bool:
    return any(f.kind == fact.kind and f.total == fact.total and f.parts == fact.parts for f in found)


def computed_rate(actual: float | None, planned: float | None, decimals: int | None, settings: FactSettings = DEFAULT_SETTINGS) -> float | None:
    if actual is None or not planned:
        return None
    return round(actual / planned * 100, (decimals or 0) + settings.extra_decimals)


@dataclass(frozen=True)
class _Number:
    """A number of a clause as the facts read it (the engine's quantity): its value, its unit when one of the facts'
    units (the first part of a compound: 元 of "100元/人"), where its digits start."""

    value: float | None
    unit: str | None
    start: int


def _numbers(clause: str, *, of_total: str | None = None) -> list[_Number]:
    """The numbers of a clause, dates left out; a range gives its upper end (the last number written). ``of_total``:
    the money unit of the total the clause is a part of, which a bare multiplier stands for (see :func:`_yuan_left_out`)."""
    out = []
    for q in find_quantities(clause):
        written = written_numbers(clause, q)
        unit = (q.unit or "").split("/", 1)[0]
        if q.kind == "date" or not written or _ITEM_MARK.match(clause, written[0].start()) \
                or not _counts_as_fact_number(written[0], unit):
            continue
        last = written[1] if q.upper is not None and len(written) > 1 else written[0]  # a unit 万元 reads as a numeral
        value = q.upper if q.upper is not None else q.value
        if _yuan_left_out(q, of_total):
            unit, value = of_total, value_as_written(clause, q)
        out.append(_Number(value, unit if unit in COUNT_UNITS else None, last.start()))
    return out


def _yuan_left_out(q, total_unit: str | None) -> bool:
    """A part of a 万元 total written with the multiplier alone (预算数60万元，其中包括兵团补贴资金60万、结余资金12.664万元):
    its 元 is left out, the part is in the total's unit."""
    return (q.unit is None and q.upper is None and bool(total_unit) and len(total_unit) > 1
            and total_unit.endswith("元") and q.text.endswith(total_unit[:-1]))


def _counts_as_fact_number(number: re.Match, unit: str) -> bool:
    """A period (3年, 5个月) is no planned or actual amount; a Chinese numeral counts only with a unit of the facts
    (三十台套; 三年行动计划 is none)."""
    if unit in _PERIODS:
        return False
    return not number.group("chinese") or unit in COUNT_UNITS


def _last_number(clause: str) -> _Number | None:
    """The last number of a clause that is not a year/month/day."""
    found = _numbers(clause)
    return found[-1] if found else None


def _plan_and_actual(plan_text: str, actual_text: str) -> tuple[re.Match, _Number, _Number] | None:
    """The plan mark and the last number after it in one clause, the last number after an actual mark in the next;
    None when either is missing (the numbers are read only when both marks are there)."""
    plan_mark = _PLAN_MARK.search(plan_text)
    if plan_mark is None or _ACTUAL_MARK.search(actual_text) is None:
        return None
    plan_num = _last_number(plan_text)
    if plan_num is None or plan_mark.start() >= plan_num.start:
        return None
    if "其中" in plan_text[plan_mark.end():plan_num.start]:  # …预算支出为165.16万元(其中社会保障和就业支出156.88万元,
        return None  # 卫生健康支出8.28万元): the parts of a total, not a plan and what was done of it
    actual_num = _last_number(actual_text)
    if actual_num is None or not _ACTUAL_MARK.search(actual_text[: actual_num.start]):
        return None
    return plan_mark, plan_num, actual_num


def _clauses(sentence: str) -> list[tuple[str, int]]:
    """The clauses of a sentence (split at its commas) with where each starts."""
    clauses, pos = [], 0
    for part in _CLAUSE_SPLIT.split(sentence):
        clauses.append((part, pos))
        pos += len(part) + 1
    return clauses


def _completion_facts(sentence: str, settings: FactSettings):
    clauses = _clauses(sentence)
    read: set[int] = set()  # the clauses a fact ends at
    i = 0
    while i < len(clauses) - 1:
        plan_text, plan_pos = clauses[i]
        actual_text, _ = clauses[i + 1]
        pair = _plan_and_actual(plan_text, actual_text)
        if pair is None:
            i += 1
            continue
        plan_mark, plan_num, actual_num = pair
        unit = plan_num.unit or actual_num.unit
        if actual_num.unit and plan_num.unit and actual_num.unit != plan_num.unit:
            i += 1
            continue
        if unit == "%":
            i += 1
            continue
        planned = plan_num.value
        actual = actual_num.value
        end_clause = i + 1
        rate_name = stated = None
        decimals = None
        if i + 2 < len(clauses):
            m = _RATE_CLAUSE.match(clauses[i + 2][0])
            if m:
                rate_name, stated = m.group("name"), m.group("rate")
                end_clause = i + 2
        decimals = decimals_of(stated) if stated else None
        kind = "budget" if unit in MONEY_UNITS else "completion"
        metric = _metric_from_plan(plan_text[: plan_num.start], plan_mark)
        if kind == "budget":
            if not rate_name:  # a budget and a spend with no stated rate is a narrative, not a checkable fact
                i += 1
                continue
            metric = rate_name
        end_text, end_pos = clauses[end_clause]
        span = (plan_pos, end_pos + len(end_text))
        fact = Fact(
            metric=metric,
            kind=kind,
            planned=planned,
            actual=actual,
            stated_rate=figure_value(stated) if stated else None,
            computed_rate=computed_rate(actual, planned, decimals, settings),
            unit=unit,
            text=sentence[span[0] : span[1]],
            decimals=decimals,
            stated_text=rate_name,
        )
        yield fact, span
        read.add(end_clause)
        i = end_clause + 1
    yield from _undertaken_facts(sentence, clauses, settings, read)


#: a clause saying what the year undertook, its size the plan of a completion stated later in the sentence
#: (实施农村公路养护工程380公里，完成总投资5964万元，…，完成200.031公里建设任务，完工率为100%)
_UNDERTAKEN = re.compile(r"^(?:其中)?(?:实施|开展|新建|建设|改造|计划|安排)(?P<metric>[^\d]{2,30}?)\d")
_COMPLETION_RATE = re.compile(r"(?:完工|完成)率$")


def _undertaken_facts(sentence: str, clauses: list[tuple[str, int]], settings: FactSettings, read: set[int]):
    """A completion stated as 完成M<unit>, 完工率P% whose plan is the size of what the sentence said was undertaken
    earlier, a few clauses back (the nearest clause with a number of the same unit; only when that clause opens with
    实施/开展/新建/计划… so a cumulative or another total is never taken for the plan). The clause pair right after one
    another is read by :func:`_completion_facts` (``read``: the clauses its facts end at); these are the pairs it
    cannot see."""
    for k in (k for k in range(2, len(clauses)) if k not in read):
        rate = _RATE_CLAUSE.match(clauses[k][0])
        if not rate or not _COMPLETION_RATE.search(rate.group("name")):
            continue
        done = _last_number(clauses[k - 1][0])
        if done is None or done.unit in (None, "%") or not _ACTUAL_MARK.search(clauses[k - 1][0][: done.start]):
            continue
        plan = _undertaken_before(clauses[: k - 1], done.unit)
        if plan is None:
            continue
        plan_pos, metric, planned = plan
        stated = rate.group("rate")
        decimals = decimals_of(stated)
        end = clauses[k][1] + len(clauses[k][0])
        yield Fact(metric=metric, kind="completion", planned=planned, actual=done.value, stated_rate=figure_value(stated),
                   computed_rate=computed_rate(done.value, planned, decimals, settings), unit=done.unit,
                   text=sentence[plan_pos:end], decimals=decimals,
                   stated_text=rate.group("name")), (plan_pos, end)


def _undertaken_before(clauses: list[tuple[str, int]], unit: str):
    """The nearest clause with a number of ``unit``, with its metric and value, when it says what was undertaken."""
    for text, pos in reversed(clauses):
        number = next((n for n in reversed(_numbers(text)) if n.unit == unit), None)
        if number is None:
            continue
        m = _UNDERTAKEN.match(text)
        return (pos, m.group("metric"), number.value) if m else None
    return None


def _metric_from_plan(label: str, mark: re.Match) -> str | None:
    after = label[mark.end() :] if mark.end() <= len(label) else ""
    metric = after.removeprefix("值").strip("：:为是共有") or label[: mark.start()].strip()  # 目标值200: no name
    metric = re.sub(r"^(?:累计|共|总共|合计)", "", metric)
    return metric or None


def _grade_facts(sentence: str) -> list[Fact]:
    out = []
    for m in _GRADE.finditer(sentence):
        score = m.group("score")
        out.append(
            Fact(
                metric=m.group("label"),
                kind="grade",
                actual=figure_value(score),
                unit="分",
                text=m.group(0),
                decimals=decimals_of(score),
                stated_text=m.group("grade"),
            )
        )
    return out


def _share_facts(sentence: str) -> list[Fact]:
    out = []
    for m in _SHARE.finditer(sentence):
        if m.group("label").strip().endswith("率"):  # 得分率分别为…: rates of different things, not shares
            continue
        parts = [figure_value(p.group("num")) for p in _PERCENT.finditer(m.group("list"))]
        total = None
        stated_text = None
        tail = _SHARE_TOTAL.match(sentence[m.end() :])
        if tail:
            stated_text = tail.group("text")
            total = _exact_total(sentence, m.end() + tail.start("num"), tail.group("num"))
        elif "其中" in sentence[: m.start()] or _ALL_THE_PARTS.match(m.group("label").strip()):
            total = 100.0  # shares of a breakdown (X万元，其中A、B、C，占比分别为…; 三者所占比重依次为…) make up 100%
        label = m.group("label").strip()
        out.append(
            Fact(
                metric=label or None,
                kind="share",
                parts=[p for p in parts if p is not None],
                total=total,
                unit="%",
                text=m.group(0) + (tail.group(0) if tail else ""),
                decimals=max(decimals_of(p.group("num")) for p in _PERCENT.finditer(m.group("list"))),
                stated_text=stated_text,
            )
        )
    return out


def _exact_total(sentence: str, position: int, written: str) -> float | None:
    """The total a share list states at ``position``: none when the engine reads an operator or an approximation
    with it (合计达100%, 总计约为100%, 合计超过100%)."""
    q = quantity_at(sentence, position)
    if q is None or q.operator is not None or q.approximate:
        return None
    return figure_value(written)


#: what closes a breakdown list: an amount already spent, paid or done (…资金520万元，已支出388.16万元: progress on
#: the money), what the whole involves (共评价重点项目9个，其中…2个，涉及部门单位7个), what is actually there (编制197人，其中
#: 全额编制人数34人，实际在岗345人), or a part's change from another year (其中:基本支出5395.55万元,比2024年增加315.33万元):
#: no share of the total
_CLOSES_LIST = re.compile(rf"^\s*(?:已|涉及|实际|(?:比|较|同比|与)[^，,、；\d]{{0,4}}\d{{0,4}}[^，,、；\d]{{0,4}}"
                          rf"(?:{alternation(vague_for('amount_change'))}))")


def _parts_in(text: str, unit: str) -> list[float] | None:
    """Numbers of a list such as ``17个初验、23个终验``: each item has exactly one number of ``unit`` (other numbers
    say what it is for: 15个村防汛工作经费46万元, 50万元（见附件1）); a piece with no number belongs to the item after
    it (村民组长、党小组长基本报酬252000元), a bracket explains its item. The list ends where :data:`_CLOSES_LIST` says."""
    parts: list[float] = []
    items = _list_items(text)
    for k, item in enumerate(items):
        nums = _amounts_outside_brackets(item, unit)
        if not nums and _unit_left_off(item, items[k + 1:], unit):
            return None  # 文化旅游体育与传媒支出6.75,社会保障和就业支出187.44万元: a part without its unit, the list goes on
        if len(nums) != 1 or _ALL_OF_RE.search(item) or "率" in item or _CLOSES_LIST.match(item):
            break
        if _EACH_BEFORE.search(item, 0, nums[0].start):
            return None  # 援藏援疆各50万元: the amount is each one's, how many the list does not say
        value = nums[0].value
        parts.append(-value if value is not None and _NEGATIVE_BEFORE.search(item, 0, nums[0].start) else value)
    return parts if len(parts) >= 2 and None not in parts else None


#: 各 right before an item's amount (援藏援疆各50万元): the amount of each of the things it names
_EACH_BEFORE = re.compile(r"各\s*$")


def _unit_left_off(item: str, rest: list[str], unit: str) -> bool:
    """The item ends in a bare figure while an item after it states an amount in ``unit``: the list's unit was left
    off one part, which is still a part."""
    return bool(re.search(rf"{FIGURE}\s*$", item)) and any(_amounts_outside_brackets(r, unit) for r in rest)


#: a bracket inside a list explains its item (…资金40.27万元(村卫生室…12.72万元、基层…27.55万元)、…): no item of the list
_BRACKETED = re.compile(r"[（(][^（()）]*[)）]")


def _amounts_outside_brackets(item: str, unit: str) -> list:
    """The item's numbers in ``unit``, those of a bracket left out when the item states its amount outside it (资金
    40.27万元(村卫生室12.72万元、…); 50万元（含结余5万元）); 中央资金(30万元) keeps its bracket's."""
    nums = [n for n in _numbers(item, of_total=unit) if n.unit == unit]
    outside = _BRACKETED.sub("", item)
    if len(nums) > 1 and outside != item:
        alone = [n for n in _numbers(outside, of_total=unit) if n.unit == unit]
        return alone or nums
    return nums


#: a minus sign between a word and its figure: the part is negative (其中中央直达资金139.71万元,省直达-13.27万元)
_NEGATIVE_BEFORE = re.compile(rf"(?<=[{HAN}])[-－−]$")


#: a separator of a list's items, outside brackets (a bracket's own list belongs to its item)
_ITEM_SEPARATOR = re.compile(r"[、，,；](?![^（(]*[)）])")


def _list_items(text: str) -> list[str]:
    """The items of a list split at 、，,； outside brackets, a piece with no number joined to the next one."""
    items, pending = [], ""
    for piece in _ITEM_SEPARATOR.split(text):
        if re.search(r"\d", piece):
            items.append(pending + piece)
            pending = ""
        else:
            pending += piece + "、"
    return items + ([pending] if pending.strip("、") else [])


#: ``共设绩效指标12个，其中一级指标3个、二级指标9个、三级指标12个``: counts per level of a hierarchy, no sum
_LEVEL_COUNTS = re.compile(r"[一二三四]级[^、，,；。]{0,10}?\d.*?[一二三四]级")


_LAST_AMOUNT = re.compile(rf"{FIGURE}\s*(?P<unit>[^\d\s]*)$")


def _cut_inside_amount(m: re.Match, unit: str) -> bool:
    """Whether the list of ``m`` stops at the end of its sentence inside its last amount: a figure with no unit or
    with the unit's beginning only (维护4.51万 of a 万元 list), as a page's cut leaves it."""
    last = _LAST_AMOUNT.search(m.group(0)) if m.end() == len(m.string.rstrip()) else None
    return last is not None and last.group("unit") != unit and unit.startswith(last.group("unit"))


def _sum_facts(sentence: str) -> list[Fact]:
    out = []
    for m in _PAREN_SUM.finditer(sentence):
        parts = _parts_in(m.group("inner"), m.group("unit"))
        if parts and not _LEVEL_COUNTS.search(m.group("inner")) and not _some_included(m, parts):
            out.append(_sum_fact(m, parts, m.group("unit")))
    for m in _OF_WHICH.finditer(sentence):
        unit = m.group("unit") or m.group("unit2")
        if _cut_inside_amount(m, unit):
            continue  # the list runs into the end of a text cut by its page (…维护4.51万): its parts are not all there
        total = figure_value(m.group("total") or m.group("total2"))
        rest = _NESTED_BREAKDOWN.split(m.group("rest"))[0]
        parts = _without_restated_total(_parts_in(rest, unit), total)
        if parts and not _LEVEL_COUNTS.search(m.group("rest")) and not any(f.total == total and f.parts == parts for f in out):
            out.append(_sum_fact(m, parts, unit))
    return out


#: a sentence after a breakdown adding more parts to its total (湖南 住建 引导资金: 共13352万元,其中:…支援类项目300万元;另由
#: 省财政厅切块支持…1000万元、…500万元): the breakdown's parts are not all in its own sentence
_MORE_PARTS_AFTER = re.compile(r"[；;]?\s*(?:另|此外|另外)")


def _some_included(m: re.Match, parts: list[float]) -> bool:
    """A bracket that names only some of what its total includes (全额拨款单位15个(含行政单位1个,参公管理事业单位1个)):
    含 parts adding up to less than the total leave the rest unnamed, so there is no sum to check."""
    return m.group("opening") in ("含", "包含") and sum(parts) < figure_value(m.group("total"))


#: a part broken down in its turn (17347万元，其中第一批资金9910万元,分别用于A3000万元、B…; 本年收入6128.16万元,主要是
#: 一般公共预算拨款5478.16万元,…): the items after it are its own parts, not the total's
_NESTED_BREAKDOWN = re.compile(r"[，,：:](?:分别(?:用于|为|是)|其中|具体为|主要(?:是|为|包括))")


def _without_restated_total(parts: list[float] | None, total: float | None) -> list[float] | None:
    """The parts of a 其中 list without the total said again after them ("其中中央30.9万元，县30.9万元，2021年度中央下达
    资金61.8万元"): an amount equal to the whole closes the list, it is no part of it."""
    while parts and len(parts) > 2 and parts[-1] == total:
        parts = parts[:-1]
    return parts


_INSTALMENTS = re.compile(
    rf"分[一二三四五六七八九十\d]+{unit_pattern('instalment')}(?:拨付|支付|下达|拨款|到位|付款)[^\d，。；]{{0,6}}?(?P<list>{FIGURE}(?P<unit>{_UNIT})"
    rf"(?:[、，,和及]{FIGURE}(?P=unit))+)[^。；]*?(?:共计|合计|总计|共)(?P<total>{FIGURE})(?P=unit)"
)


def _instalment_facts(sentence: str) -> list[Fact]:
    """``分三次拨付70万元、60万元、20万元，共计150万元``: the instalments add up to the total."""
    out = []
    for m in _INSTALMENTS.finditer(sentence):
        parts = _parts_in(m.group("list"), m.group("unit"))
        if parts:
            out.append(_sum_fact(m, parts, m.group("unit")))
    return out


#: a budget, its adjustment and the amount after it, in one sentence (预算资金449.69万元，项目调剂增加277.31万元，实际到位资金
#: 726.85万元; 年初预算80万元，年中追加20万元，全年预算100万元)
_ADJUSTED_BUDGET = re.compile(
    rf"预算(?:资金|数|金额)?(?:为)?(?P<base>{FIGURE})(?P<unit>{unit_pattern('budget')})[，,][^，,。；;\d]{{0,8}}?"
    rf"(?P<change>调剂增加|调剂减少|追加|追减|调增|调减|核减|增加|减少)(?:了)?(?:资金|预算|经费)?(?P<delta>{FIGURE})(?P=unit)[，,]"
    rf"(?P<label>[^，,。；;\d]{{0,10}}?(?:实际到位|调整后|全年预算|到位资金|合计|共计|总计)[^，,。；;\d]{{0,6}}?)(?:为|达)?"
    rf"(?P<total>{FIGURE})(?P=unit)")
_DECREASE = ("调剂减少", "追减", "调减", "核减", "减少")


def _adjusted_budget_facts(sentence: str) -> list[Fact]:
    """A budget and its adjustment add up to the amount the sentence gives after them: a sum of the budget and the
    increase (or less the decrease)."""
    out = []
    for m in _ADJUSTED_BUDGET.finditer(sentence):
        delta = figure_value(m.group("delta"))
        parts = [figure_value(m.group("base")), -delta if m.group("change") in _DECREASE else delta]
        fact = _sum_fact(m, parts, m.group("unit"))
        fact.metric = _NOT_METRIC_WORDS.sub("", m.group("label")) or fact.metric
        out.append(fact)
    return out


#: what a total in running text is of: the words right before it, after the last 的 or a year ("收到下达的上级转移支付资金
#: 755.19万元", "下达2023年中央水利发展资金2263万元")
_TOTAL_OF = re.compile(rf"(?:^|[的，,。；;：:、]|\d{{4}}年度?)(?P<metric>(?:(?!的)[{HAN}]){{2,16}})$")
_NOT_METRIC_WORDS = re.compile(r"^(?:共计|合计|总计|共有|共|计(?!划)|为|达|约|其中)+|(?:共计|合计|总计|共有|共|计|为|达|约)+$")


def _metric_before(text: str, position: int, unit: str | None, after: str = "") -> str | None:
    """The name of a total standing at ``position``: the Han words before it up to a 的 or a punctuation mark. A
    count whose unit words follow (``after``) names what it counts there (40个子项目) and keeps no name here; one
    closing its clause is named before it (扶助对象404人：其中…)."""
    if unit not in MONEY_UNITS and (unit is None or HAN_CHAR.match(after)):
        return None
    m = _TOTAL_OF.search(text[:position])
    metric = _NOT_METRIC_WORDS.sub("", m.group("metric")) if m else ""
    return metric if len(metric) >= 2 else None


def _sum_fact(m: re.Match, parts: list[float], unit: str | None = None) -> Fact:
    total = m.group("total") or m.groupdict().get("total2")
    start = m.start("total") if m.group("total") else m.start("total2")
    unit_end = m.end("unit") if m.group("unit") else m.end("unit2")
    unit = unit or m.group("unit")
    return Fact(
        metric=_metric_before(m.string, start, unit, m.string[unit_end:unit_end + 1]),
        kind="sum",
        total=figure_value(total),
        parts=parts,
        unit=unit,
        text=m.group(0),
        decimals=decimals_of(total),
    )


def _ratio_facts(text: str, taken: list[tuple[int, int]], settings: FactSettings) -> list[Fact]:
    """``可网办事项3033项，可网办率95.26%`` with the nearest earlier total (共3184项 / 3580条，其中)."""
    out = []
    for m in _RATIO.finditer(text):
        if any(a <= m.start() < b or a < m.end() <= b for a, b in taken):
            continue
        label, rname = m.group("label"), m.group("rname")[:-1]
        if not _shares_bigram(label, rname):
            continue
        unit = m.group("unit")
        total = _nearest_total(text[: m.start() + len(label)], unit)
        if total is None:
            continue
        actual = figure_value(m.group("num"))
        stated = m.group("rate")
        if actual is None or actual > total:
            continue
        decimals = decimals_of(stated)
        out.append(
            Fact(
                metric=m.group("rname"),
                kind="completion",
                planned=total,
                actual=actual,
                stated_rate=figure_value(stated),
                computed_rate=computed_rate(actual, total, decimals, settings),
                unit=unit,
                text=m.group(0),
                decimals=decimals,
                stated_text=m.group("rname"),
            )
        )
    return out


def _shares_bigram(a: str, b: str) -> bool:
    grams = {a[i : i + 2] for i in range(len(a) - 1)}
    return any(b[i : i + 2] in grams for i in range(len(b) - 1))


def _nearest_total(before: str, unit: str) -> float | None:
    pattern = re.compile(
        rf"(?:(?:共|总数|总计|合计|总)(?:为|有|计)?(?P<a>{FIGURE}){re.escape(unit)})|(?:(?P<b>{FIGURE}){re.escape(unit)}[，,]其中)"
    )
    last = None
    for m in pattern.finditer(before):
        last = m
    if last is None:
        return None
    return figure_value(last.group("a") or last.group("b"))


def _amount_word_facts(sentence: str) -> list[Fact]:
    words = amount_in_capitals(sentence)
    figure = _AMOUNT_FIGURE.search(sentence)
    if not (words and figure):
        return []
    from ..nlp.quantities import to_yuan

    in_words = words[1]
    value = figure_value(figure.group("num"))
    in_figures = to_yuan(value, figure.group("unit") or "元") if value is not None else None
    return [
        Fact(
            metric="金额",
            kind="amount_words",
            planned=in_words,
            actual=in_figures,
            unit="元",
            text=sentence,
            decimals=decimals_of(figure.group("num")),
            stated_text=words[0].group(),
        )
    ]


# -- tables ---------------------------------------------------------------------------------------

# the 执行率 is against the year's (adjusted) budget where the form gives it beside the initial one (年初预算数 │
# 全年(调整)预算数 │ 全年执行数, 重庆 form)
_PLANNED_COLUMNS = ("全年预算数", "全年(调整)预算数", "全年（调整）预算数", "调整后预算数", "调整预算数", "预算数", "预算金额",
                    "计划数", "应到位")
_ACTUAL_COLUMNS = ("全年执行数", "执行数", "实际支出", "支出数", "实际到位", "到位数", "实际完成", "完成数")
_RATE_COLUMNS = ("执行率", "支出率", "到位率", "完成率")
_TOTAL_LABEL = re.compile(r"资金总额|资金合计|总金额")
_PART_LABEL = re.compile(r"财政拨款|财政资金|其他资金|上年结转|结转资金|自筹|专项资金|一般公共预算|社会资金")
#: the budgets 财政拨款 is made of: rows of them under a 财政拨款 row break it down, they are no parts beside it
_APPROPRIATION_PARTS = re.compile(r"一般公共预算|政府性基金|国有资本经营")


def _find_column(header: list[str], names: tuple[str, ...]) -> int | None:
    for name in names:
        for i, cell in enumerate(header):
            if name in normalise(cell):
                return i
    return None


def facts_from_table(block: Block, settings: FactSettings = DEFAULT_SETTINGS) -> list[Fact]:
    """Money block (预算数/执行数/执行率) budget facts, 资金总额 = 财政拨款 + 其他资金 sums and the
    得分率 of each score-table row (权重/分值, 得分, 得分率 columns).

    The sums of a score table (Σ 得分 = 总分, Σ 分值 = 100) are not made here: they need the money block
    of the whole form (:func:`extractor.extractors.scores.score_total_facts`).
    """
    rows = block.cells()
    out = _budget_rate_facts(rows, block, settings)
    out.extend(_money_sum_facts(rows, block))
    out.extend(_one_row_sum_facts(rows, block))
    out.extend(_paired_sum_facts(rows, block))
    out.extend(_column_total_facts(rows, block))
    out.extend(score_rate_facts(table_score_rows(block), settings))
    out.extend(_progress_facts(rows, block, settings))
    return out


# a progress table of tasks (民生实事, 岳阳: 考核指标 │ 单位 │ 工作目标 │ 已完成数 │ 占年任务之比)
_TASK_COLUMNS = ("工作目标", "目标任务", "年度任务", "任务数")
_DONE_COLUMNS = ("已完成", "累计完成", "完成数", "实际完成")
_PROGRESS_COLUMNS = ("之比", "进度", "完成比例", "完成率")


def _progress_facts(rows: list[list[str]], block: Block, settings: FactSettings) -> list[Fact]:
    """Each task row's done against its target with the share stated beside them (5.2 │ 7.23 │ 139.1%): a completion
    fact named after the row. A table whose target column is a budget's (预算数, 计划数) is a money block's."""
    found = next(((i, columns) for i, row in enumerate(rows) if (columns := _progress_columns(row)) is not None), None)
    if found is None:
        return []
    header_index, columns = found
    rate_name = rows[header_index][columns[2]]
    facts = (_progress_fact(row, columns, rate_name, block, settings) for row in rows[header_index + 1:])
    return [fact for fact in facts if fact is not None]


def _progress_columns(header: list[str]) -> tuple[int, int, int] | None:
    """(target, done, share) columns of a progress header: the target the nearest left of the done column."""
    dc = _find_column(header, _DONE_COLUMNS)
    rc = _find_column(header, _PROGRESS_COLUMNS) if dc is not None else None
    if rc is None or rc <= dc or _find_column(header, _PLANNED_COLUMNS) is not None:
        return None
    targets = [i for i, cell in enumerate(header[:dc]) if any(word in normalise(cell) for word in _TASK_COLUMNS)]
    return (targets[-1], dc, rc) if targets else None


def _progress_fact(row: list[str], columns: tuple[int, int, int], rate_name: str, block: Block,
                   settings: FactSettings) -> Fact | None:
    tc, dc, rc = columns
    planned, actual = _cell_number(row, tc), _cell_number(row, dc)
    share = _SIGNED_RATE_CELL.fullmatch(row[rc].strip()) if rc < len(row) else None
    names = [c for c in row[:tc] if c and to_float(c) is None and not cell_unit(c)]
    if planned is None or actual is None or share is None or not names:
        return None
    decimals = decimals_of(share.group("num"))
    return Fact(metric=compact_cell(names[-1]), kind="completion", planned=planned, actual=actual,
                stated_rate=figure_value(share.group("num")), computed_rate=computed_rate(actual, planned, decimals, settings),
                text=" | ".join(c for c in row if c), page=block.page, refs=[block.ref], decimals=decimals,
                stated_text=rate_name)


def _budget_rate_facts(rows: list[list[str]], block: Block, settings: FactSettings) -> list[Fact]:
    """The 执行率 facts of a money block: one per row below the 预算数/执行数 header, up to the region's end."""
    header_index = next((i for i, row in enumerate(rows) if _find_column(row, _PLANNED_COLUMNS) is not None
                         and _find_column(row, _ACTUAL_COLUMNS) is not None), None)
    if header_index is None:
        return []
    header = rows[header_index]
    end = _region_end(block.rows or [], header_index)
    facts = (_budget_rate_fact(row, header, rows, block, settings) for row in rows[header_index + 1 : end])
    return [fact for fact in facts if fact is not None]


def _rate_as_percent(stated: str | None, percent_sign: bool, planned: float, actual: float
                     ) -> tuple[float | None, int | None]:
    """(rate in %, its decimals) of a rate cell; a fraction written without % (0.958 for 27.8/29) is the rate in
    hundredths when that is the nearer reading, shown to its own precision (0.1 for 94/650: 10 % give or take 5, its
    decimals -1)."""
    value = figure_value(stated) if stated else None
    if value is None:
        return None, None
    decimals = decimals_of(stated)
    if not percent_sign and 0 < value <= 1 and planned:
        computed = actual / planned * 100
        if abs(value * 100 - computed) < abs(value - computed):
            return round(value * 100, max(decimals - 2, 0)), decimals - 2 if decimals else 0  # 1: exactly 100 %
    return value, decimals


def _budget_rate_fact(row: list[str], header: list[str], rows: list[list[str]], block: Block,
                      settings: FactSettings) -> Fact | None:
    """The 执行率 fact of one money row (its stated rate None when the rate cell is empty), None when it has no
    planned and actual amount or its rate cell holds no rate ("—")."""
    pc, ac, rc = _find_column(header, _PLANNED_COLUMNS), _find_column(header, _ACTUAL_COLUMNS), _find_column(header, _RATE_COLUMNS)
    planned, actual = _cell_number(row, pc), _cell_number(row, ac)
    if planned is None or actual is None:
        return None
    stated_text = row[rc] if rc is not None and rc < len(row) else ""
    rate = _RATE_CELL.fullmatch(stated_text)
    stated = rate.group("num") if rate else None
    if rc is not None and stated is None and stated_text.strip():
        return None  # 其中 rows with "—" in the rate column are not stated relations (an empty cell states none)
    stated_rate, decimals = _rate_as_percent(stated, "%" in stated_text, planned, actual)
    label = _money_row_label(row, pc)
    return Fact(
        metric=_rate_metric(header, rc, label),
        stated_text=label,
        kind="budget",
        planned=planned,
        actual=actual,
        stated_rate=stated_rate,
        computed_rate=computed_rate(actual, planned, decimals, settings),
        unit=_unit_in(header) or _unit_in([c for r in rows for c in r[:1]]),
        text=" | ".join(c for c in row if c),
        page=block.page,
        refs=[block.ref],
        decimals=decimals,
    )


def _rate_metric(header: list[str], rc: int | None, label: str | None = None) -> str:
    """The metric of a money block's rate: 预算执行率 unless the rate column names another one; a part row's
    rate is named after the part (其他资金执行率), so that each row's finding says which."""
    if rc is not None and "执行" not in header[rc]:
        return header[rc]
    part = _PART_PREFIX.sub("", label or "")
    is_part = bool(label) and (label != part or _PART_LABEL.search(part)) and not _TOTAL_LABEL.search(part)
    return f"{part}执行率" if is_part and part else "预算执行率"


_PART_PREFIX = re.compile(r"^\s*其中\s*[:：]?\s*")


def _money_row_label(row: list[str], pc: int | None) -> str | None:
    """The last text cell left of the planned amount (the row's label: 财政拨款, 其他资金…)."""
    labels = [c for c in row[: pc] if c and to_float(c) is None]
    return labels[-1] if labels else None


def _region_end(rows: list[list[str]], start: int) -> int:
    """The end of the form region holding row ``start`` (a funds block ends where the indicator block begins)."""
    from .forms.regions import split_regions

    for region in split_regions(rows):
        if region.start <= start < region.end:
            return region.end
    return len(rows)


def _cell_number(row: list[str], col: int | None) -> float | None:
    if col is None or col >= len(row):
        return None
    m = _MONEY_CELL.fullmatch(row[col])
    return figure_value(m.group("num")) if m else None


def _unit_in(cells: list[str]) -> str | None:
    for cell in cells:
        for unit in MONEY_UNITS:
            if unit in cell:
                return unit
    return None


def _money_sum_facts(rows: list[list[str]], block: Block) -> list[Fact]:
    """资金总额 = 财政拨款 + 其他资金: a total row followed by its part rows, one sum per money column."""
    out = []
    for i, row in enumerate(rows):
        labels = [c for c in row if c and _TOTAL_LABEL.search(c)]
        if not labels:
            continue
        parts_rows = _parts_rows(rows[i + 1 : i + 6])
        if len(parts_rows) < 2:
            continue
        header = rows[i - 1] if i else []
        for col in range(len(row)):  # every money column states its own sum (预算数, 执行数 …)
            fact = _column_sum_fact(row, parts_rows, header, col, labels[0], rows[0], block)
            if fact is not None:
                out.append(fact)
    return out


def _parts_rows(following: list[list[str]]) -> list[list[str]]:
    """The part rows (其中：财政拨款, 其他资金 …) right below a total row, up to the first other row."""
    parts_rows = []
    for other in following:
        if any(_PART_LABEL.search(c) for c in other if c) and not any(_TOTAL_LABEL.search(c) for c in other if c):
            parts_rows.append(other)
        elif parts_rows:
            break
    appropriation = [any("财政拨款" in c for c in r if c) for r in parts_rows]
    if any(appropriation):
        parts_rows = [r for r, whole in zip(parts_rows, appropriation)
                      if whole or not any(_APPROPRIATION_PARTS.search(c) for c in r if c)]
    return parts_rows


def _column_sum_fact(row: list[str], parts_rows: list[list[str]], header: list[str], col: int, label: str,
                     first_row: list[str], block: Block) -> Fact | None:
    """The sum fact of one money column of a total row, None when the column states no sum of its parts."""
    total = _cell_number(row, col)
    if total is None or _is_points_or_rate_column(header, col):
        return None
    parts = [_part_number(r, col) for r in parts_rows]
    if any(p is None for p in parts) or all(not _cell(r, col) for r in parts_rows):
        return None
    block_rows = ([header] if header else []) + [row] + parts_rows  # with the header row above
    if col and all(_cell(r, col) == _cell(r, col - 1) for r in block_rows):
        return None  # a merged cell filled across repeats its left neighbour: the same sum
    return Fact(
        metric=_column_metric(label.rstrip("：:"), header, col),
        kind="sum",
        total=total,
        parts=parts,
        unit=_unit_in([label] + first_row),
        text=" | ".join(c for c in row if c),
        page=block.page,
        refs=[block.ref],
        decimals=decimals_of(row[col]),
    )


def _is_points_or_rate_column(header: list[str], col: int) -> bool:
    """分值 │ 执行率 │ 得分 of a money block: each row scores itself (六安市 form: 9 for the total, 8 for its part);
    they are no amounts that add up."""
    from .forms.headers import SCORE, WEIGHT, cell_role

    head = header[col] if col < len(header) else ""
    return cell_role(head) in (WEIGHT, SCORE) or "率" in head


def _part_number(row: list[str], col: int) -> float | None:
    """A part's amount; an empty cell is nothing (0) once another part of the column has a number."""
    return 0.0 if not _cell(row, col) else _cell_number(row, col)


def _column_metric(label: str, header: list[str], col: int) -> str:
    """资金总额 with the money column it sums: "年度资金总额（全年预算数）"."""
    name = re.sub(r"[（(][A-Za-z/]+[)）]", "", _cell(header, col)).strip()
    return f"{label}（{name}）" if name and name != label and to_float(name) is None else label


#: an amount's label in a row of label │ amount pairs (计划安排资金(万元) │ 170 │ 实际到位资金(万元) │ 170 │ 实际支出 …)
_PAIRED_TOTAL = re.compile(r"资金|支出|拨款|投资")
#: a source of funds under each such label (其中:中央财政, 省财政, 市级资金, 其它, 自筹)
_FUNDS_SOURCE = re.compile(r"^(?:其中[:：]?)?(?:(?:中央|省|市|州|县|区|乡镇|本级|上级)级?(?:财政|资金|补助|拨款)*"
                           r"|其[他它](?:资金)?|自筹(?:资金)?|社会资金)$")


def _paired_sum_facts(rows: list[list[str]], block: Block) -> list[Fact]:
    """A row of label │ amount pairs (计划安排资金 │ 170 │ 实际到位资金 │ 170 │ 实际支出 │ 179.6), then rows naming
    the sources of funds under each label (其中:中央财政 │ │ …, 省财政 │ 170 │ …, 其它 │ │ 其它 │ 9.6): each amount is
    the sum of the amounts under it (岳阳 自评报告 template)."""
    out = []
    for i, row in enumerate(rows):
        pairs = [(c, c + 1) for c in range(len(row) - 1)
                 if _PAIRED_TOTAL.search(row[c]) and to_float(row[c]) is None and _cell_number(row, c + 1) is not None]
        if len(pairs) < 2:
            continue
        parts_rows = _source_rows(rows[i + 1:], [label_col for label_col, _ in pairs])
        if len(parts_rows) < 2:
            continue
        for label_col, col in pairs:
            parts = [_cell_number(r, col) for r in parts_rows if _cell(r, col)]  # an empty cell is no source
            if not parts or None in parts:
                continue
            out.append(Fact(metric=re.sub(r"\s+|[（(][^）)]*[)）]", "", row[label_col]), kind="sum",
                            total=_cell_number(row, col), parts=parts, unit=_unit_in([row[label_col]]),
                            text=" | ".join(c for c in row if c), page=block.page, refs=[block.ref],
                            decimals=decimals_of(row[col])))
    return out


def _source_rows(following: list[list[str]], label_cols: list[int]) -> list[list[str]]:
    """The rows right below a row of label │ amount pairs that name a source of funds under every label."""
    out = []
    for row in following:
        if not all(_FUNDS_SOURCE.match(re.sub(r"\s+", "", _cell(row, c))) for c in label_cols):
            break
        out.append(row)
    return out


_COLUMN_TOTAL_ROW = re.compile(rf"^(?:支出|资金|费用|经费)?(?:{spaced_alternation(total_words('table_total'))})$")  # 合计, 支出合计
_SUBTOTAL_CELL = re.compile(rf"^\s*\S{{0,20}}?(?:{spaced_alternation(total_words('subtotal'))})\s*$")  # 小计, 财政资金小计
_MONEY_HEADER = re.compile(r"金额|预算|执行数|资金|万元|费用|成本|投资")


def _column_total_facts(rows: list[list[str]], block: Block) -> list[Fact]:
    """A cost breakdown (保安服务费 191 │ 保洁服务费 99 │ … │ 合计 814): each money column of the item rows adds up
    to the 合计 row. The items run up from the 合计 row to the header row that names the column, or down from a 合计
    row right under the header (合计 │ 78,400 first, 海南 allocation table); when the 合计 stands right of group
    labels (支出构成 │ 基本支出 … 支出构成 │ 合计, 广水市 department form), only the rows of its group."""
    out = []
    for i, row in enumerate(rows):
        t = _total_label_column(row)
        if t is None:
            continue
        items, header = _items_above(rows, i, t)
        cut = False
        if not items and header is rows[i - 1]:
            items, cut = _items_below(rows, i, t)
        subtotals = [r for r in items if any(_SUBTOTAL_CELL.match(c or "") for c in r)]
        items = subtotals or items  # groups with their 小计: the 合计 adds the subtotals
        if len(items) >= 2 and header:
            out.extend(_outline_sums(row, t, items, header, block, cut))
    return out


def _outline_sums(row: list[str], t: int, items: list[list[str]], header: list[str], block: Block,
                  cut: bool) -> list[Fact]:
    """The sums of a 合计 row over items numbered by levels (湖北开放大学 项目表: 一 │ 高校学生资助专项 over 1 │ … and
    2 │ …; 五 over (一) over 1–6): the 合计 adds the outermost rows, each row with rows under it adds its own. A list
    the page cut (its last row numbered, with no amount) is not judged where it runs to the cut: the 合计, and each
    row whose rows reach it."""
    ranks = [index_rank(r[t]) if t < len(r) else None for r in items]
    children = outline_children(ranks)
    if not children:
        return [] if cut else _column_sums(row, t, items, header, block)
    outer = min(rank for rank in ranks if rank is not None)
    sums = [] if cut else _column_sums(row, t, [r for r, rank in zip(items, ranks) if rank == outer], header, block)
    for k, kids in children.items():
        if not (cut and _reaches_end(children, k, len(items))):
            sums.extend(_column_sums(items[k], t, [items[j] for j in kids], header, block, group=_group_label(items[k], t)))
    return sums


def _reaches_end(children: dict[int, list[int]], k: int, count: int) -> bool:
    """Does the span of row ``k`` run to the last item (through its last child's own children)?"""
    last = k
    while last in children:
        last = children[last][-1]
    return last == count - 1


def _group_label(row: list[str], t: int) -> str:
    """The label of a group row: its last text cell before its first amount (一 │ 相关部门 │ 高校学生资助专项 │ 1,548.447)."""
    label = ""
    for k in range(t + 1, len(row)):
        if _cell_number(row, k) is not None:
            break
        label = row[k] or label
    return re.sub(r"\s+", "", label)


def _column_sums(row: list[str], t: int, items: list[list[str]], header: list[str], block: Block,
                 group: str | None = None) -> list[Fact]:
    """The sums of one 合计 row (its label in column ``t``): each money column of the ``items`` against it; a column
    merged over two cells (实际数 │ 实际数, 苏州 自评表) is one sum. The metric is the column's name and the label left
    of the 合计 (预算数), or ``group`` and the column's name for a row that is no 合计 (a group of an outline adding its
    rows, :func:`_outline_sums`: 高校学生资助专项执行数)."""
    label = row[t - 1] if t else ""
    sums: list[Fact] = []
    for col in range(t + 1, len(row)):
        total, name = _cell_number(row, col), _cell(header, col)
        metric = group + name if group is not None else name + label
        parts = [_cell_number(r, col) for r in items]
        if total is None or None in parts or not _MONEY_HEADER.search(name + header[0]) \
                or _is_points_or_rate_column(header, col):
            continue
        if any(f.metric == metric and f.total == total and f.parts == parts for f in sums):
            continue
        sums.append(Fact(metric=metric, kind="sum", total=total, parts=parts, unit=_unit_in(header),
                         text=" | ".join(c for c in row if c), page=block.page, refs=[block.ref],
                         decimals=_coarsest_decimals([row[col], *(_cell(r, col) for r in items)])))
    return sums


def _coarsest_decimals(cells: list[str]) -> int:
    """The fewest decimals the amounts written with decimals show: a total written to the 0.001 over items rounded to
    0.01 (1,548.447 over 1537.45 and 11) agrees with them to the 0.01."""
    shown = [d for d in (decimals_of(c) for c in cells) if d > 0]
    return min(shown, default=0)


def _in_group(row: list[str], total_row: list[str], t: int) -> bool:
    """An item row of the 合计 row's group: the same group labels, a number, no 合计 of its own."""
    return row[:t] == total_row[:t] and _has_number_after(row, t) and _total_label_column(row) is None


def _items_above(rows: list[list[str]], i: int, t: int) -> tuple[list[list[str]], list[str]]:
    """The item rows above the 合计 row ``i`` and the header row above them (past the rows of other groups)."""
    k = i - 1
    while k >= 0 and _in_group(rows[k], rows[i], t):  # the 合计 of the group above ends this one
        k -= 1
    items = rows[k + 1:i]
    while k >= 0 and _has_number_after(rows[k], t):  # another group above: the header is further up
        k -= 1
    return items, rows[k] if k >= 0 else []


def _items_below(rows: list[list[str]], i: int, t: int) -> tuple[list[list[str]], bool]:
    """The item rows under a 合计 row that stands right under its header, and whether the page cut them: they end at
    the table's last row, numbered with no amount (12 │ 图书信息中心 │ │ …)."""
    k = i + 1
    while k < len(rows) and _in_group(rows[k], rows[i], t):
        k += 1
    cut = k == len(rows) - 1 and index_rank(_cell(rows[k], t)) is not None and not _has_number_after(rows[k], t)
    return rows[i + 1:k], cut


_MAX_LABEL_COLUMNS = 3


def _total_label_column(row: list[str]) -> int | None:
    """The column of a 合计 label among the row's first label columns (0 for a plain breakdown), else None."""
    for t, cell in enumerate(row[:_MAX_LABEL_COLUMNS]):
        if _COLUMN_TOTAL_ROW.match(cell or ""):
            return t
        if _cell_number(row, t) is not None:
            return None
    return None


def _has_number_after(row: list[str], t: int) -> bool:
    return any(_cell_number(row, c) is not None for c in range(t + 1, len(row)))


_PARTS_START = re.compile(r"^其中[:：]?")


def _one_row_sum_facts(rows: list[list[str]], block: Block) -> list[Fact]:
    """``资金总额（万元） | 586.4 | 其中：财政拨款 | 500 | 其他资金 | 86.4`` on one row: label, number pairs
    after the total, the first part label starting with 其中 or naming a source of funds."""
    out = []
    for row in rows:
        cells = [c for k, c in enumerate(row) if c and (k == 0 or c != row[k - 1])]  # merged cells once
        for i, label in enumerate(cells[:-3]):
            total = _cell_number(cells, i + 1) if _TOTAL_LABEL.search(label) else None
            if total is None:
                continue
            first = cells[i + 2]
            if not (_PARTS_START.match(first) or _PART_LABEL.search(first)):
                continue
            parts = []
            for k in range(i + 2, len(cells) - 1, 2):
                number = _cell_number(cells, k + 1)
                if number is None or to_float(cells[k]) is not None or _TOTAL_LABEL.search(cells[k]):
                    break
                parts.append(number)
            if len(parts) < 2:
                continue
            out.append(
                Fact(
                    metric=re.sub(r"[（(][^）)]*[）)]", "", label).rstrip("：:"),
                    kind="sum",
                    total=total,
                    parts=parts,
                    unit=_unit_in([label] + rows[0]),
                    text=" | ".join(cells),
                    page=block.page,
                    refs=[block.ref],
                    decimals=decimals_of(cells[i + 1]),
                )
            )
    return out


def _cell(row: list[str], col: int) -> str:
    return row[col] if col < len(row) else ""


# -- score tables as real tables ------------------------------------------------------------------

SCORE_TABLE_TOTALS = total_words("table_total", "score_total")  # the labels of a score table's total row
_TOTAL_CELL = re.compile(rf"^(?:{spaced_alternation(SCORE_TABLE_TOTALS)})")


def table_score_rows(block: Block) -> list[ScoreRow]:
    """Rows of a score table whose header has 权重/分值, 得分 and 得分率 columns (the 合计 row too).

    Each row is named by its finest level cell (三级指标 / 指标名称, else 二级, else 一级: a table of the four
    一级指标 is a score table too), else the last label left of the weight; rows without a number in both
    the weight and the score column are skipped.
    """
    from .indicators import CONTENT, LEVEL1, LEVEL2, LEVEL3, NAME

    rows = block.cells()
    found = _score_header(rows)
    if found is None:
        return []
    k, roles = found
    name_col = next((roles[r] for r in (LEVEL3, NAME, CONTENT, LEVEL2, LEVEL1) if r in roles), None)
    score_rows = (_score_row(row, roles, name_col, block) for row in rows[k + 1 :])
    return [row for row in score_rows if row is not None]


def _score_header(rows: list[list[str]]) -> tuple[int, dict[str, int]] | None:
    """(index, column of each role) of the first row with 得分率, 得分 and 权重/分值 columns."""
    from .indicators import RATE, SCORE, WEIGHT, cell_role

    for k, header in enumerate(rows):
        roles: dict[str, int] = {}
        for j, cell in enumerate(header):
            roles.setdefault(cell_role(cell) or "", j)
        if all(r in roles for r in (RATE, SCORE, WEIGHT)):
            return k, roles
    return None


def _score_row(row: list[str], roles: dict[str, int], name_col: int | None, block: Block) -> ScoreRow | None:
    """One named row with a number in both the weight and the score column, else None."""
    from .indicators import RATE, SCORE, WEIGHT

    weight_text, score_text, rate_text = (_cell(row, roles[r]) for r in (WEIGHT, SCORE, RATE))
    weight, score = _cell_number(row, roles[WEIGHT]), _cell_number(row, roles[SCORE])
    if weight is None or score is None or not re.fullmatch(FIGURE, weight_text) or not re.fullmatch(FIGURE, score_text):
        return None
    rate = _SIGNED_RATE_CELL.fullmatch(rate_text)
    name = _score_row_name(row, name_col, roles[WEIGHT])
    if not name:
        return None
    return ScoreRow(
        name=name,
        weight=weight,
        score=score,
        rate_text=rate.group("num") if rate else None,
        refs=[block.ref],
        page=block.page,
        text=" ".join(t for t in (name, weight_text, score_text, rate_text) if t),
    )


def _score_row_name(row: list[str], name_col: int | None, weight_col: int) -> str | None:
    """The total's word for a total row (合计 for 得分合计), else the name cell, else the last label left of the weight
    column."""
    labels = [c for c in row[:weight_col] if c and to_float(c) is None]
    total = next((c for c in labels[:4] if _TOTAL_CELL.match(c)), None)
    if total:
        word = re.sub(r"\s", "", _TOTAL_CELL.match(total).group())
        return next((t for t in total_words("table_total") if word.endswith(t)), word)  # 得分合计 → 合计
    name = _cell(row, name_col) if name_col is not None else ""
    return name or (labels[-1] if labels else None)


# -- free text inside table cells -----------------------------------------------------------------

_PROSE_MIN_CHARS = 8
_PROSE_MARK = re.compile(r"[，。；,;]")
_LABEL = re.compile(rf"^[{HAN}（）()、]{{2,20}}$")
# header cells of scoring rules and formulas ("计划完成12个得满分，实际每少1个扣0.5分" states no fact)
_RULE_HEADER = re.compile(r"评分|计分|打分|扣分标准|标准|办法|方法|公式|细则|规则")


def prose_cells(block: Block) -> list[tuple[int, int, str]]:
    """(row, column, text) of the cells of ``block`` written as sentences, each text once.

    A prose cell has a clause mark (，。；) and at least 8 characters, 4 of them Han. In an indicator table
    (a header row that :func:`~.indicators.classify_header` accepts) only the columns without a measuring
    role are read: 扣分原因, 偏差原因分析, 备注, 说明 …, never the names, levels, target or actual values,
    units, weights, scores, rates, scoring standards, formulas or sources. Rows above such a header
    (the form fields: 年度目标, 实际完成情况) are read whole. A column headed 评分标准/计分方法/计算公式 …
    is never read, in any table.
    """
    from .indicators import DEVIATION, classify_header

    rows = [[normalise(strip_footnote_refs(c)) for c in row] for row in block.cells()]
    skipped: set[int] = set()
    seen: set[str] = set()
    out = []
    for i, row in enumerate(rows):
        roles = classify_header(row)
        rule_columns = _rule_columns(row)
        if roles:  # an indicator header row: its measuring columns are not prose from here on
            skipped = {col for role, col in roles.items() if role != DEVIATION} | rule_columns
            continue
        if rule_columns:  # another header row naming a column of scoring rules
            skipped |= rule_columns
            continue
        for j, text in enumerate(row):
            if j in skipped or text in seen or not _is_prose(text):
                continue
            seen.add(text)
            out.append((i, j, text))
    return out


def _rule_columns(row: list[str]) -> set[int]:
    """Columns of a header row (no numbers, no sentences, two cells or more) that name scoring rules."""
    filled = [c for c in row if c]
    if len(set(filled)) < 2 or any(re.search(r"\d", c) or _PROSE_MARK.search(c) or len(c) > 12 for c in filled):
        return set()
    return {j for j, c in enumerate(row) if _RULE_HEADER.search(c)}


def _is_prose(text: str) -> bool:
    return len(text) >= _PROSE_MIN_CHARS and bool(_PROSE_MARK.search(text)) and len(HAN_CHAR.findall(text)) >= 4


def facts_from_cells(block: Block, settings: FactSettings = DEFAULT_SETTINGS) -> list[Fact]:
    """Prose facts of the sentence cells of a table (:func:`prose_cells`), referring to the table block.

    ``计划12个，实际完成11个`` in a 扣分原因 cell is a completion fact named after its row (子项目完成率);
    ``申请资金800万元，其中600万元…150万元…50万元`` in a 年度目标 cell is a sum.
    """
    out = []
    rows = block.cells()
    for i, j, text in prose_cells(block):
        unit = TextUnit(text, block, row=i, refs=[block.ref])
        for fact in facts_from_text(text, unit=unit, settings=settings):
            if fact.kind == "completion" and not fact.metric:
                fact.metric = _row_label(rows[i][:j])
            out.append(fact)
    return out


def _row_label(cells: list[str]) -> str | None:
    """The last short label (Han only, no number) left of a cell (normalised cells): the row's indicator name."""
    return next((c for c in reversed(cells) if _LABEL.match(c)), None)


# -- score tables flattened into text (PDF text layer) -------------------------------------------

_SCORE_HEADER = re.compile(r"(?:一级)?指标.{0,12}?(?:分值|权重).{0,12}?得分")
_SCORE_ROW = re.compile(
    rf"\s*(?P<name>[{HAN}]{{2,12}})\s*(?P<weight>\d+(?:\.\d+)?)\s+(?P<score>\d+(?:\.\d+)?)(?:\s+(?P<rate>\d+(?:\.\d+)?)\s*{_PERCENT_SIGN})?"
)


@dataclass
class ScoreRow:
    """One row of a score table; ``text`` is the row as written (weight and score with their decimals)."""

    name: str
    weight: float
    score: float
    rate_text: str | None
    refs: list[str]
    page: int | None
    text: str | None = None


def flattened_score_rows(doc: Document) -> list[list[ScoreRow]]:
    """Score tables whose rows became text lines ("决策 20 14.00 70.00%"), one list per table."""
    tables = []
    blocks = doc.blocks
    for i, block in enumerate(blocks):
        if block.kind == "table" or not _SCORE_HEADER.search(block.text.replace("\n", " ")):
            continue
        # the rows may follow in the same block (after the header) or in the next blocks
        pieces: list[tuple[str, Block]] = []
        header = _SCORE_HEADER.search(block.text.replace("\n", " "))
        rest = block.text.replace("\n", " ")[header.end() :]
        rest = re.sub(r"^(?:\s*(?:得分率|评价得分|得分|指标分值|分值|权重|备注))+", "", rest)  # remaining header cells
        first_row = re.search(r"[" + HAN + r"]{2,12}\s*\d", rest)
        if first_row:  # the rows were joined into the header's block; drop the other header cells
            pieces.append((rest[first_row.start() :], block))
        for nxt in blocks[i + 1 : i + 30]:
            if nxt.kind == "table" or nxt.kind == "heading":
                break
            pieces.append((nxt.text.replace("\n", " "), nxt))
        rows: list[ScoreRow] = []
        for text, source in pieces:
            pos = 0
            matched_any = False
            while True:
                m = _SCORE_ROW.match(text, pos)
                if not m:
                    break
                matched_any = True
                rows.append(
                    ScoreRow(
                        m.group("name"),
                        float(m.group("weight")),
                        float(m.group("score")),
                        m.group("rate"),
                        [source.ref],
                        source.page,
                    )
                )
                pos = m.end()
            if not matched_any or text[pos:].strip():
                break
        if len(rows) >= 2:
            tables.append(rows)
    return tables


def score_table_facts(rows: list[ScoreRow], settings: FactSettings = DEFAULT_SETTINGS) -> list[Fact]:
    """Each row's 得分率 (score/weight), Σ scores = the 合计 row and Σ weights = the 合计 row."""
    return score_rate_facts(rows, settings) + score_sum_facts(rows)


def score_rate_facts(rows: list[ScoreRow], settings: FactSettings = DEFAULT_SETTINGS) -> list[Fact]:
    """The stated 得分率 of each row (the 合计 row too): ``completion`` facts score/weight in 分."""
    out = []
    for r in rows:
        if r.rate_text is None:
            continue
        decimals = decimals_of(r.rate_text)
        out.append(
            Fact(
                metric=f"{r.name}得分率",
                kind="completion",
                planned=r.weight,
                actual=r.score,
                stated_rate=float(r.rate_text),
                computed_rate=computed_rate(r.score, r.weight, decimals, settings),
                unit="分",
                text=r.text or f"{r.name} {r.weight:g} {r.score:g} {r.rate_text}%",
                page=r.page,
                refs=list(r.refs),
                decimals=decimals,
            )
        )
    return out


def score_sum_facts(rows: list[ScoreRow]) -> list[Fact]:
    """Σ scores (评价得分) and Σ weights (指标分值) of the body rows against the 合计 row."""
    out = []
    body = [r for r in rows if r.name not in SCORE_TABLE_TOTALS]
    totals = [r for r in rows if r.name in SCORE_TABLE_TOTALS]
    if totals and len(body) >= 2:
        total = totals[0]
        for metric, parts, value in (("评价得分", [r.score for r in body], total.score), ("指标分值", [r.weight for r in body], total.weight)):
            out.append(
                Fact(
                    metric=metric,
                    kind="sum",
                    total=value,
                    parts=parts,
                    unit="分",
                    text=f"{total.name} {total.weight:g} {total.score:g}",
                    page=total.page,
                    refs=sorted({ref for r in rows for ref in r.refs}, key=lambda s: int(s.rsplit('/', 1)[1])),
                    decimals=2,
                )
            )
    return out


def flattened_score_facts(doc: Document, settings: FactSettings = DEFAULT_SETTINGS) -> list[Fact]:
    out = []
    for rows in flattened_score_rows(doc):
        out.extend(score_table_facts(rows, settings))
    return out
