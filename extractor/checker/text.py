"""Small text and number helpers shared by the rules (no NLP models: plain patterns, fast)."""
from __future__ import annotations

import math
import re
from collections.abc import Iterator

from ..nlp.lexicon import alternation, operators_for
# the rules import these from here
from ..nlp.measures import TIME_UNITS, clean, has_dated_deadline, has_deadline, has_measure  # noqa: F401
from ..nlp.script import HAN
from ..nlp.quantities import PERCENT_UNITS, find_quantities, unit_alone
from ..nlp.quantities import has_clock_time, is_ratio  # noqa: F401 (the rules import them from here)
from ..nlp.quantities import value_from_code, written_unit  # noqa: F401 (the rules import them from here)

def unit_only(text: str | None, units) -> bool:
    """Is the cell only operators and a unit ("人次", "≥平方米", "万元", "≥千瓦")? Then the value itself is missing."""
    known = {*units, *TIME_UNITS, *PERCENT_UNITS}
    return any(body and body in known for body in (unit_alone(text), unit_alone(text, multiplier=True)))


def find_words(text: str | None, words) -> list[str]:
    text = clean(text)
    return [w for w in words if w and w in text]


def matches_any(text: str | None, patterns) -> str | None:
    text = text or ""
    for pattern in patterns:
        found = re.search(pattern, text)
        if found:
            return found.group(0)
    return None


def ends_with_any(name: str | None, suffixes) -> str | None:
    name = clean(name)
    for suffix in sorted(suffixes, key=len, reverse=True):
        if name.endswith(suffix):
            return suffix
    return None


def decimals_of(value: float | None) -> int:
    """Decimals shown by a number as read (``79420.32`` → 2, ``96.0`` → 0)."""
    if value is None or not math.isfinite(value):
        return 0
    text = repr(float(value))
    if "e" in text or "E" in text:
        text = f"{value:.10f}".rstrip("0")
    if "." not in text:
        return 0
    fraction = text.split(".", 1)[1].rstrip("0")
    return len(fraction)


def half_unit(decimals: int) -> float:
    """Rounding tolerance of a number shown with ``decimals`` decimals."""
    return 0.5 * 10 ** (-decimals)


def stated_decimals(text: str | None, value: float | None) -> int | None:
    """Decimals of ``value`` as written in ``text`` (keeps trailing zeros: "96.00%" → 2): those the quantity reader
    (:func:`~extractor.nlp.quantities.find_quantities`) gives the first figure of the text with that value."""
    if value is None or not text:
        return None
    for quantity in find_quantities(text):
        if quantity.decimals is not None and quantity.value is not None and abs(quantity.value - value) < 1e-9:
            return quantity.decimals  # figures only: a number in Chinese numerals shows no decimals
    return None


def fmt(value: float | None) -> str:
    """A number as a message shows it: every decimal it has, up to six (109175.04, not 109175), no exponent."""
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")


# --- grading scales written out as levels ------------------------------------------------------------
_LEVEL = rf"[{HAN}]{{1,8}}"
_LEVEL_LIST = re.compile(rf"{_LEVEL}(?:\s*[、/／|｜]\s*{_LEVEL}){{2,}}")
# a score band is a quantity of the engine in points or with no unit ("90分以上", "75–89分", "≥90", "<60分")
_BAND_UNITS = (None, "分")
_THEN_LEVEL = re.compile(rf"\s*(?:的)?\s*(?:为|评为|定为|属于|属|即为|是)\s*[“\"「]?([{HAN}]{{1,4}})")
_LEVEL_BEFORE = re.compile(rf"([{HAN}]{{1,4}})\s*[:：（(]?\s*$")
_BAND_END = re.compile(r"[，,、；;。)）\s]|$")
_BRACKETED = re.compile(r"[（(【\[][^（）()【】\[\]]*[）)】\]]")
_LIST_LEAD_IN = re.compile(r"^.*?(?:划分为|分为|分成|包括|包含|设为|设|为)(?=.)")
# the count of levels closing an enumeration ("…四档", "…3个等级") is part of its wording, not a quantity to read
_LEVEL_TAIL = re.compile(rf"(?<=[{HAN}])(?:[一二三四五六七八九两\d]个?)?(?:等次|等级|档次|档|级|类)$")
# the words around a level that are no part of it: operator words of the lexicon (达到良好, 合格及以上) and the
# wording of ratings (评为优秀, 总体良好, 良好等次)
_LEVEL_PREFIXES = ("评为", "评定为", "获评", "总体", "整体")
_LEVEL_SUFFIXES = ("等次", "等级", "档次", "水平", "级", "档")
_LEVEL_AFFIXES = re.compile(
    rf"^(?:{alternation([*operators_for('level_affix', 'before'), *_LEVEL_PREFIXES])})|"
    rf"(?:{alternation([*operators_for('level_affix', 'after'), *_LEVEL_SUFFIXES])})$")


def defined_levels(text: str | None) -> set[str]:
    """Levels of a grading scale written in ``text``: an enumeration of at least three levels
    ("（优秀、合格、基本合格、不合格）", "分为好、较好、一般、差四档"), or at least three level words tied to score
    bands ("90分以上为优秀，75–89分为良好，60–74分为一般" or "优≥90分、良80–89分、中60–79分、差<60分")."""
    text = clean(text)
    levels: set[str] = set()
    for run in _LEVEL_LIST.finditer(text):
        items = [item for item in re.split(r"[、/／|｜]", run.group(0)) if item]
        if len(items) >= 3:
            items[0] = _LIST_LEAD_IN.sub("", items[0])
            levels.update(_LEVEL_TAIL.sub("", item) for item in items)
    banded = set(_banded_levels(text))
    if len(banded) >= 3:
        levels.update(_LEVEL_TAIL.sub("", level) for level in banded)
    levels.discard("")
    return levels


def grades_each_level(text: str | None) -> bool:
    """A criterion written for each of at least three levels (优：完全到位；良：绝大多数完全到位；中：基本到位；差：不到位:
    the 绩效标准 columns of a 海南 目标表, one a grade): a grading scale of its own."""
    return len(set(_CRITERION_LEVEL.findall(clean(text)))) >= 3


_CRITERION_LEVEL = re.compile(rf"(?:^|[；;])\s*([{HAN}]{{1,4}})\s*[：:]")


def _banded_levels(text: str) -> Iterator[str]:
    """The level words tied to a score band: after it ("90分以上为优秀") or before it ("优≥90分、良80–89分")."""
    for band in find_quantities(text):
        if band.unit not in _BAND_UNITS or band.kind == "date":
            continue
        after = _THEN_LEVEL.match(text, band.end)
        if after:
            yield after.group(1)
        before = _LEVEL_BEFORE.search(text, 0, band.start)
        if before and _BAND_END.match(text, band.end):
            yield before.group(1)


def level_core(value: str | None) -> str:
    """The level a qualitative value names, without brackets and affixes ("合格及以上（…）" → "合格", "达到良好" → "良好")."""
    text = _BRACKETED.sub("", clean(value)).rstrip("。.；;")
    for _ in range(2):
        text = _LEVEL_AFFIXES.sub("", text)
    return text


def is_level_of(value: str | None, levels: set[str]) -> bool:
    """Is the value one of ``levels``? A one-character level names the longer word ("良" for "良好") and back."""
    core = level_core(value)
    if not core or not levels:
        return False
    return any(
        core == level or (len(level) == 1 and core.startswith(level)) or (len(core) == 1 and level.startswith(core))
        for level in levels
    )


# a standard named by its publisher's prefix (GB, SL …) and number: the prefix decides, the number is not read (the
# engine's STANDARD_CODE takes any capitals before digits, PM2.5 too)
_STANDARD_CITED = re.compile(r"《[^》]{2,30}》|(?<![A-Za-z])(?:GB|GB/T|SL|JGJ|CJJ|HJ|DB\d*)\s*/?T?\s*\d")
_GRADING_WORDS = ("评定", "等级", "分级", "定级", "评级", "评价标准")


def cites_grading_standard(text: str | None) -> bool:
    """An 指标解释 that grades by a published standard ("按GB/T 33469《耕地质量等级》评定")."""
    text = clean(text)
    return bool(_STANDARD_CITED.search(text)) and any(word in text for word in _GRADING_WORDS)


def defines_value(value: str | None, explanation: str | None) -> bool:
    """Does the 指标解释 define the value by a number ("优良率≥85%为优良", "优良：优良率≥85%")?"""
    core, text = level_core(value), clean(explanation)
    if not core or not text:
        return False
    core = re.escape(core)  # a digit near the level word: whether a figure is written there, none is read
    return bool(re.search(rf"\d[^，,；;。]{{0,6}}为{core}|{core}[:：为][^，,；;。]{{0,12}}\d", text))
