"""Which goals a sub-project serves: explicit references first, then content evidence (precision first).

- Explicit (method ``explicit``, confidence 1.0): ``对应具体目标第1、5项``, ``支撑目标二``, ``服务于（三）``,
  ``对应第二项具体目标``, a 对应目标 column (read as ``对应目标`` + the cell). The number resolves to the goal
  with that number (:attr:`Goal.number`, compared by value: 二 = 2 = （二）), preferring the goal kind the
  reference names, then 具体目标. A number no goal has gives a link with ``goal_id=None`` (the checker's
  ``subproject.unknown_goal``). A bare number needs 目标 or brackets: ``服务10万人`` is no reference.
- Content (method ``content``), only for a sub-project that cites no goal: a quantity of a goal target
  written in the sub-project's text (same value and unit after 万/亿; not money, dates, durations,
  percentages or counts of 1–3), or a measured term of the goal — the longest tail (≥ 5 characters) of a
  target metric ending in 率/量/数/度/能力/… found in the text (``生活污水集中收集率``). Shared words
  alone link nothing; when numbered goals match, an unnumbered one (a 总体目标 restating them) is dropped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..extraction import Goal, GoalLink
from ..layout.headings import cn_to_int
from ..nlp.lexicon import units_for
from ..nlp.quantities import in_base_unit
from .sentences import normalise

# explicit goal references: 对应具体目标第1、5项 / 支撑目标二 / 服务于（三） / 对应绩效目标（三）
_PAREN_NUM = r"[（(][一二三四五六七八九十\d]{1,3}[)）]"
_NUM = rf"(?:目标)?(?:{_PAREN_NUM}|[一二三四五六七八九十\d]{{1,3}})"
_NUM_LIST = rf"{_NUM}(?:\s*[、，,和及与]\s*{_NUM}|{_PAREN_NUM})*"  # （一）（三） need no separator
_REFERENCE = re.compile(
    rf"(?P<verb>对应|支撑|服务于|服务|支持|落实|实现|关联|围绕)\s*(?P<kind>具体|绩效|年度|总体|中期|主要|工作)?(?P<goal>目标)?\s*[:：]?\s*"
    rf"(?P<di>第)?(?P<numbers>{_NUM_LIST})(?P<item>\s*[项条])?(?P<after>(?:具体|绩效)?目标)?")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_ONE_NUMBER = re.compile(r"[（(]?(?P<n>[一二三四五六七八九十\d]{1,3})[)）]?")

#: a goal's kind named in a reference (具体目标第1项) -> Goal.kind
_REFERENCE_KINDS = {"具体": "具体目标", "年度": "年度目标", "总体": "总体目标", "中期": "中期目标"}
#: a metric ends in one of these when it names a measured term (率, 量, 能力 …)
_MEASURED_TERM = re.compile(r"(?:率|量|数|度|能力|规模|时长|面积|长度|指数|浓度)$")
_TERM_MIN_CHARS = 5
_NO_EVIDENCE_UNITS = frozenset(units_for("not_link_evidence"))
QUANTITY_CONFIDENCE = 0.85
TERM_CONFIDENCE = 0.8
BOTH_CONFIDENCE = 0.95


def number_value(number: str | None) -> int | None:
    """``"（三）"``, ``"目标二"``, ``"5"``, ``"①"`` -> 3, 2, 5, 1."""
    if not number:
        return None
    number = number.strip()
    if number and number[0] in _CIRCLED:
        return _CIRCLED.index(number[0]) + 1
    m = _ONE_NUMBER.search(re.sub(r"^目标", "", number))
    return cn_to_int(m.group("n")) if m else None


@dataclass(frozen=True)
class GoalReference:
    """One goal number a sub-project's text cites, with the words that cite it."""

    number: str
    text: str
    kind: str | None


def goal_references(text: str) -> list[GoalReference]:
    """``"（对应具体目标第1、5项）"`` -> references to goals 1 and 5 of kind 具体目标."""
    out = []
    for m in _REFERENCE.finditer(normalise(text)):
        bracketed = re.match(r"[（(]", m.group("numbers").removeprefix("目标"))
        # a bare number needs 目标 around it or brackets: "服务10万人", "对应第3个网格" are no references
        if not (m.group("goal") or m.group("after") or bracketed or m.group("numbers").startswith("目标")):
            continue
        kind = _REFERENCE_KINDS.get(m.group("kind") or "")
        for n in re.finditer(_NUM, m.group("numbers")):
            number = n.group().removeprefix("目标")
            out.append(GoalReference(number, m.group(0), kind))
    return out


def links_to_goals(texts: list[str], content: str, goals: list[Goal]) -> list[GoalLink]:
    """Explicit links from the ``texts`` that may cite goals (title, body, goal cell); else content links
    from ``content`` (name, summary, body)."""
    return explicit_links(texts, goals) or content_links(content, goals)


def explicit_links(texts: list[str], goals: list[Goal]) -> list[GoalLink]:
    """One ``explicit`` link per goal cited in ``texts`` (and per cited number no goal has)."""
    links: list[GoalLink] = []
    seen: set[tuple[str | None, str]] = set()
    for text in texts:
        for ref in goal_references(text):
            goal = resolve_goal(ref, goals)
            key = (goal.id, "") if goal else (None, ref.number)  # one link per goal, however often it is cited
            if key in seen:
                continue
            seen.add(key)
            links.append(GoalLink(goal_id=goal.id if goal else None, method="explicit", confidence=1.0,
                                  reference=ref.text, goal_number=ref.number))
    return links


def resolve_goal(ref: GoalReference, goals: list[Goal]) -> Goal | None:
    """The goal whose number has the reference's value; the kind the reference names first, then 具体目标."""
    value = number_value(ref.number)
    numbered = [g for g in goals if g.number is not None and number_value(g.number) == value]
    if not numbered:
        return None
    for kind in (ref.kind, "具体目标"):
        same = [g for g in numbered if kind and g.kind == kind]
        if same:
            return same[0]
    return numbered[0]


def content_links(text: str, goals: list[Goal]) -> list[GoalLink]:
    """Links by shared quantities or measured terms between a sub-project's text and a goal's targets."""
    from .analysis import quantities_of_text

    text = normalise(text)
    mine = {_quantity_key(q.value, q.unit) for q in quantities_of_text(text)
            if q.kind != "date" and _is_evidence(q.value, q.unit)}
    links = [link for link in (_content_link(goal, text, mine) for goal in goals) if link is not None]
    numbered = {g.id for g in goals if g.number}
    if any(link.goal_id in numbered for link in links):  # a 总体目标 restating the figures of 具体目标 1
        links = [link for link in links if link.goal_id in numbered]
    return links


def _content_link(goal: Goal, text: str, mine: set) -> GoalLink | None:
    """The link to ``goal`` when the text shares a target's quantity (``mine``) or writes a measured term."""
    shared = [t for t in goal.targets if _is_evidence(t.value, t.unit) and _quantity_key(t.value, t.unit) in mine]
    terms = [term for t in goal.targets if (term := measured_term(t.metric, text))]
    if not shared and not terms:
        return None
    confidence = BOTH_CONFIDENCE if shared and terms else QUANTITY_CONFIDENCE if shared else TERM_CONFIDENCE
    evidence = [t.text for t in shared] + terms
    return GoalLink(goal_id=goal.id, method="content", confidence=confidence,
                    reference="、".join(dict.fromkeys(evidence)), goal_number=goal.number)


def _is_evidence(value: float | None, unit: str | None) -> bool:
    """A quantity that says which goal it is: a count or measure with its unit, not money, a date, a
    duration, a small count (1–3 of anything) or a percentage (a rate is known by its term, not its value)."""
    if value is None or not unit or unit in _NO_EVIDENCE_UNITS or unit in ("%", "‰"):
        return False
    return value > 3


def _quantity_key(value: float, unit: str) -> tuple[float, str]:
    base, base_unit = in_base_unit(value, unit)
    return round(base, 6), base_unit


def measured_term(metric: str | None, text: str) -> str | None:
    """The longest tail of a goal metric (≥ 5 characters, ending in 率/量/能力 …) written in ``text``."""
    if not metric:
        return None
    metric = normalise(metric)
    if not _MEASURED_TERM.search(metric):
        return None
    for start in range(len(metric) - _TERM_MIN_CHARS + 1):
        tail = metric[start:]
        if tail in text:
            return tail
    return None
