"""Does a text state something measurable? The checker's and the extractor's one answer.

:func:`has_measure` (a percent, a number with a unit, an operator and a number, or a deadline) and
:func:`has_deadline` read plain text with patterns (no NLP models), deadlines through the quantity reader's
:func:`~.quantities.find_deadlines`; :func:`goal_is_quantified` decides
``Goal.quantified`` in the extraction and ``goal.unquantified`` in the checker alike. The words come
from corpora/lexicons/ through :mod:`.lexicon`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, multipliers_for, operators_for, units_for, vague_for
from .quantities import (DOC_NUMBER, find_deadlines, find_quantities, is_year, money_amounts, normalise, parse_number,
                         without_year_ranges, without_years, written_numbers)

_PERCENT_UNITS = ("%", "‰")
_MEASURE_OPERATORS = tuple({normalise(w) for w in operators_for("measure")})
TIME_UNITS = units_for("checker_time")
_VAGUE_QUANTITY = vague_for("not_a_count")  # a tuple: str.startswith takes it


def clean(text: str | None) -> str:
    return re.sub(r"\s+", "", text or "")


def _without_years(text: str) -> str:
    return without_year_ranges(DOC_NUMBER.sub("", text))


#: a time limit of the same or the next day (当日办结, 次日反馈); before 的 the word only dates a noun (当年的教育教学工作)
_SAME_DAY = re.compile("(?:当日|当天|次日|当场|当年)(?!的)")


def _deadlines(text: str) -> list[str]:
    """The dates, periods' ends and deadlines the one deadline reader (:func:`.quantities.find_deadlines`) finds in
    ``text``, a year alone left out ("2025年" dates a plan, it sets no deadline)."""
    return [found for _, _, found in find_deadlines(text) if not is_year(found)]


def _states_deadline(text: str) -> bool:
    """A deadline of :func:`_deadlines`, or a same-day limit."""
    return _SAME_DAY.search(text) is not None or bool(_deadlines(text))


def has_deadline(text: str | None) -> bool:
    """Does ``text`` set a deadline ("2025年11月30日前", "每月15日前", "年底前", "汛前")? Years, year ranges and
    document numbers do not."""
    return _states_deadline(_without_years(clean(text)))


def has_dated_deadline(text: str | None) -> bool:
    """Does ``text`` set a deadline written with digits ("2025年11月30日前", "每月15日前"), whose numbers are the date's?
    A period word alone (当年, 年底前) dates no number of the text."""
    return any(re.search(r"\d", found) for found in _deadlines(_without_years(clean(text))))


def has_measure(text: str | None, units: tuple[str, ...] = ()) -> bool:
    """Does ``text`` state a measurable number (percent, number with a unit, operator + number, deadline)?

    Years, year ranges and document numbers (东府〔2019〕27号) do not count; "5G" or "12345热线"
    (digits without a unit) do not count either.
    """
    text = _QUOTED.sub("", clean(text))  # a quoted name is no measure: “15分钟生活圈”, “最后一公里”
    if not text:
        return False
    text = _without_years(text)
    if _states_deadline(text):
        return True
    text = without_years(text)
    return any(_is_measure(text, q, _units_of_measure(units)) for q in find_quantities(text) if q.kind != "date")


@lru_cache(maxsize=64)
def _units_of_measure(units: tuple[str, ...]) -> tuple[str, ...]:
    """What may follow a number of a measure: ``units``, time units and 万/亿, longest first; Latin units apart."""
    return tuple(sorted({*units, *TIME_UNITS, *multipliers_for("measure")}, key=len, reverse=True))


def _is_measure(text: str, q, units: tuple[str, ...]) -> bool:
    """A quantity of the engine is a measure when written in figures as a percentage or after a measure operator
    ("≥", "不少于"), or when one of its numbers has a unit of ``units`` right after it ("5个", "三年"; a numeral
    that is a word, 一批, 一年, is none) or a Latin unit ("100Mbps")."""
    numbers = written_numbers(text, q)
    if not numbers:
        return False
    first = numbers[0]
    if first.group("arabic") and (q.unit in _PERCENT_UNITS or _after_measure_operator(text, q, first)):
        return True
    return any(_unit_follows(text, number, units) for number in numbers)


def _after_measure_operator(text: str, q, first) -> bool:
    """A measure operator written right before the first number (">=100": its = is one)."""
    return normalise(text[q.start:first.start()]).endswith(_MEASURE_OPERATORS)


def _unit_follows(text: str, number, units: tuple[str, ...]) -> bool:
    at = number.end()  # the text has no blanks (clean)
    if number.group("arabic"):
        return text.startswith(units, at) or bool(_LATIN_UNIT.match(text, at))
    if number.group("chinese") and parse_number(number.group()) is not None:  # a lone 万 of "**万元" is none
        word = number.start()
        return (text.startswith(units, at) and not text.startswith(_VAGUE_QUANTITY, word)
                and not text.startswith("一年", word))
    return False


_QUOTED = re.compile(r"“[^”]{1,20}”|「[^」]{1,20}」|\"[^\"]{1,20}\"|《[^》]{1,60}》")  # 《…2022年度…计划》: a cited title


def in_quoted_name(text: str, at: int) -> bool:
    """Does position ``at`` of ``text`` fall inside a quoted name (“社区一家亲”, “两品一械”) or a cited title (《…2022年度
    医保基金监管工作计划》): no measure there."""
    return any(m.start() < at < m.end() for m in _QUOTED.finditer(text))
_LATIN_UNIT = re.compile(rf"(?:{alternation(units_for('latin_measure'))})(?![A-Za-z])")


# an amount of money (万元, 元, 亿元, 千元, read by the quantity engine): years, document numbers and amounts are no
# measure of a goal
_CHECKER_MONEY = units_for("checker_money")


def money_spans(text: str | None) -> list[tuple[int, int]]:
    """Where ``text`` writes an amount of money, from its first digit or numeral to its unit (the quantity engine's
    :func:`~.quantities.money_amounts`)."""
    return [(start, end) for _, _, start, end in money_amounts(text, _CHECKER_MONEY)]


def without_money(text: str | None) -> str:
    """``text`` with its amounts of money left out ("投入90万元，建成12个站点" → "投入，建成12个站点")."""
    text = text or ""
    for start, end in reversed(money_spans(text)):
        text = text[:start] + text[end:]
    return text


#: a pass/fail result in a goal: an acceptance inspection passed or met ("工程质量符合验收要求", "一次性通过竣工验收",
#: "验收合格"), a named standard met ("水质符合《GB 5749-2022》"), a rank reached ("考核中排名第一", "位列全省前三"),
#: an award won ("获评全省先进单位", "荣获示范称号"), incidents held at zero ("确保全年安全无事故", "不发生重大安全事故":
#: a count of 0, checkable) or a completion dated to its year ("2022年市急救中心正式运行", "2024年底建成")
_PASS_FAIL_RESULT = re.compile(
    r"(?:通过|符合|达到|满足)[^，,；;。]{0,12}验收|验收(?:合格|通过|达标)|(?:符合|达到|满足)[^，,；;。]{0,8}《[^》]+》"
    r"|(?:排名|位列|位居)[^，,；;。]{0,6}(?:第|前)[一二三四五六七八九十\d]+"
    r"|(?:获评|评为|荣获)[^，,；;。]{0,16}(?:先进|示范|称号)"
    r"|(?:无|零)(?:重大|较大|一般)?(?:安全|质量|责任|生产)*(?:事故|事件)|(?:不|未|零)发生[^，,；;。]{0,10}(?:事故|事件)"
    r"|(?:19|20)\d\d年(?:底|内|前)?[^，,；;。\d]{0,12}(?:正式运行|投入运行|投入使用|投入运营|正式运营|建成|完工|竣工|上线|通车)")


def states_pass_fail(text: str | None) -> bool:
    """The text states a pass/fail result (an acceptance passed, a standard met, a rank reached, an award won)."""
    return bool(_PASS_FAIL_RESULT.search(clean(text)))


#: an age naming a group of people (65周岁以上老年人, 80岁以上老人): who the money is for, no measure of the goal
_AGE_GROUP = re.compile(rf"\d+(?:{alternation(units_for('age'))})(?:及?以上|及?以下)?的?(?:老年人|老人|人员|儿童|居民|人群|妇女|群众)")


#: 一个 before a phrase describing its noun (打造一个安全舒适的交通运输环境): the article, no count of one
ARTICLE = re.compile(r"一个(?=[^，,。；;、\d]{1,8}的)")


def goal_is_quantified(text: str | None, targets=(), count_units: tuple[str, ...] | None = None) -> bool:
    """A goal is quantified when one of its targets has a value or a deadline, or its text (money amounts, the ages
    naming groups of people and the article 一个 left out) states a measure or a pass/fail result. ``count_units`` default to the checker's
    (``lexicon:units/checker_count``)."""
    if any(t.value is not None or t.deadline for t in targets):
        return True
    if states_pass_fail(text):
        return True
    units = units_for("checker_count") if count_units is None else count_units
    return has_measure(ARTICLE.sub("", _AGE_GROUP.sub("", without_money(clean(text)))), units)
