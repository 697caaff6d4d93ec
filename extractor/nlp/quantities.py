"""Numbers, operators, units, money and deadlines as written in Chinese performance documents.

Everything works on one character-for-character normalised copy of the input
(full-width digits and symbols folded by NFKC only where that keeps one character
for one), so the ``start``/``end`` offsets of a :class:`Quantity` point into the
text the caller passed. Chinese numerals and financial capitals (壹贰叁…) go
through :mod:`cn2an`. No function here raises on arbitrary text: they return
``None`` or ``[]`` when nothing is found.
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from .script import HAN
from .lexicon import (alternation, is_chinese, multipliers, multipliers_for, operator_words, operators_for, units, units_for,
                      vague_for)

PERCENT_UNITS = frozenset(units_for("parsed", "percent"))
MONEY_UNITS = frozenset(units_for("parsed", "money"))
AGE_UNITS = frozenset(units_for("age"))  # 岁, 周岁: who may get the money, or a target (人均预期寿命)
_TIME_UNITS = units_for("parsed", "time")
_COUNT_UNITS = units_for("parsed", "count")
UNITS: frozenset[str] = units()
# Longest first so 万元 wins over 万, 人次 over 人, 个工作日 over 个.
_UNIT_ALTERNATION = alternation(UNITS)
# Rates per population: the base after "/" is a magnitude (万, 10万, 十万, 千, 百万) with an optional
# 人/人口/户 or area (公顷), or a number with one of them ("/1000人"). "1/10万" reads as unit "/10万" (kind 'rate');
# "3人/万人", "2.5张/千人口" as compound units. A plain fraction ("1/3") has no base and no unit.
_POPULATION = alternation(units_for("population"))  # 人, 户, 人口, 公顷
POPULATION_BASE = (rf"(?:(?:\d+|[一二三四五六七八九十百千])?(?:{alternation(multipliers())})|\d+(?={_POPULATION}))"
                   rf"(?:{_POPULATION})?(?!次)")
PER_POPULATION_RE = re.compile(rf"\s*[/／]\s*{POPULATION_BASE}")
# Compound units: 元/人·月 (also typed 元/人*月 or 元/生/年), 元/车·日, 元/生·年, 次/年, 人/天, 人/万人, m³/s (the words
# after "/" and "·": units and the words of units.tsv with the use "per").
_PER = rf"(?:{alternation(UNITS | set(units_for('per')))}|{POPULATION_BASE})"
_UNIT_RE = re.compile(rf"(?:{_UNIT_ALTERNATION})(?:/{_PER}(?:[·*/]{_PER})?)?(?![A-Za-z])")

_CN_DIGITS = "零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖"
_CN_NUMERAL_CHARS = _CN_DIGITS + "十百千万亿拾佰仟萬億"
_CN_DIGIT_VALUES = dict(zip(_CN_DIGITS, (0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 1, 2, 3, 4, 5, 6, 7, 8, 9)))
_ARABIC = r"(?<![\d.])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_CHINESE = rf"[{_CN_NUMERAL_CHARS}]+(?:点[{_CN_DIGITS}]+)?"
#: the letters a template leaves for a figure to fill in (XX, ××; 20xx as a year)
_TEMPLATE_LETTERS = r"[xX×]{2,4}"
_PLACEHOLDER = rf"\*{{1,6}}|{_TEMPLATE_LETTERS}|＊{{1,6}}"
_ARABIC_RE = re.compile(_ARABIC)
_NUMBER_RE = re.compile(rf"(?P<arabic>{_ARABIC})|(?P<chinese>{_CHINESE})|(?P<placeholder>{_PLACEHOLDER})")

# Operators (corpora/lexicons/operator_words.tsv): symbols (already NFKC-folded: ＞ -> >, ＝ -> =) and words
# before the number (超过/高于/大于 are strict >, 低于/少于/小于 strict <), words after the number and unit.
_SYMBOL_OPERATORS = {w: op for w, (op, pos) in operator_words().items() if pos == "before" and not is_chinese(w)}
_PREFIX_WORDS = {w: op for w, (op, pos) in operator_words().items() if pos == "before" and is_chinese(w)}
_SUFFIX_WORDS = {w: op for w, (op, pos) in operator_words().items() if pos == "after"}
_SUFFIX_RE = re.compile(rf"^(?:{alternation(_SUFFIX_WORDS)})")
#: the reach words (达到, 达): a bound unless the figure after them is approximate (达25%左右)
_REACH_WORDS = frozenset(operators_for("reach"))
#: an operator word right before the number; a reach word may have a colon after it (社会满意度达:98%, 海南 学生资助)
_PREFIX_RE = re.compile(rf"(?:{alternation([*_SYMBOL_OPERATORS, *_PREFIX_WORDS])}|(?:{alternation(_REACH_WORDS)})\s*[:：])\s*$")
#: a Chinese operator word, then the total a share is taken of, right before a percentage: 不低于总规模50%,
#: 不得低于到市县衔接资金总规模的55% (河北/榆林 衔接资金: the share is bounded, the total named between)
_OPERATOR_OVER_A_TOTAL = re.compile(rf"(?P<operator>{alternation(_PREFIX_WORDS)})[{HAN}]{{0,10}}?总[{HAN}]{{1,2}}的?\s*$")
# an upper bound written after the figure (以内, 之内, 内, 以下): the rest of 控制在 … 以内
_UPPER_BOUND_AFTER = re.compile(alternation(w for w, (op, position) in operator_words().items() if (op, position) == ("<=", "after")))
_APPROX_BEFORE_RE = re.compile(rf"(?:{alternation(vague_for('approx_before'))})\s*$")
_APPROX_AFTER_RE = re.compile(rf"^(?:{alternation(vague_for('approx_after'))})")
_RECENT_PERIODS = units_for("recent_period")  # 近 before them is "the last" (近3年), no approximation
_VAGUE_RE = re.compile(
    rf"{alternation(vague_for('vague_alone'))}|[约逾]\s*[\d{_CN_NUMERAL_CHARS}]|近(?![\d{_CN_NUMERAL_CHARS}]+\s*(?:{alternation(_RECENT_PERIODS)}))\s*[\d{_CN_NUMERAL_CHARS}]"
    rf"|[\d{_CN_NUMERAL_CHARS}]\s*(?:{alternation(vague_for('after_numeral'))})[个项人家次万千百件台套名户所元]?"
    r"|多[个项次家种名所台套批]|数[个十百千万]|几[个项十百千万]"
)
_RANGE_SEP_RE = re.compile(r"^\s*(?:\(含\)|（含）)?\s*(?:-|~|至|到|—|–|－|～)+\s*")
# (含) or (不含) after a number, the number itself repeated inside or not ("90分(含90分)以上", "80%（含本数）以上")
_INCLUSIVE_RE = re.compile(r"^\s*[(（]不?含(?:本数|[\d.]{1,8}[^()（）\d]{0,3})?[)）]")
_MULTIPLIERS = multipliers()
_MULTIPLIER_RE = re.compile(f"(?:{alternation(_MULTIPLIERS)})")
# A count written with 万/亿 keeps the number as written, the multiplier joining the unit (3.2万人 -> 3.2 万人),
# as 万人次 and 万元 do; a bare 250万 is still 2500000.
_COUNT_MULTIPLIERS = frozenset(multipliers_for("count"))
_SCALABLE_COUNT_UNITS = frozenset(_COUNT_UNITS) - frozenset(units_for("unscaled"))
# those units as a count multiplier joins them (万人, 亿人次)
_SCALED_COUNTS = frozenset(m + u for m in _COUNT_MULTIPLIERS for u in _SCALABLE_COUNT_UNITS)

# Deadlines and dates.
_CN_YEAR = r"[〇零一二三四五六七八九]{4}"
_YEAR = rf"(?:(?:19|20)\d{{2}}|{_CN_YEAR})"
_MONTH = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_DAY = r"(?:3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
_BEFORE = r"(?:之前|以前|前|止|为止)?"
_EDGE = r"(?:底|末|初|中|上旬|中旬|下旬)"
# Deadlines named by a day of the calendar known in advance: a festival (春节前, 中秋节前, 节前, 八一前), the
# school year (开学前, 学期末, 寒假前), the flood or heating season (汛前, 汛期前, 供暖季前), a quarter or year end
# (季度末, 年度末). Relative words (及时, 尽快, 规定时间内) are not deadlines. Shared with the checker.
_FESTIVAL = r"(?:春节|元旦|中秋节?|国庆节?|端午节?|清明节?|重阳节?|元宵节?|(?<![〇零一二三四五六七八九十])(?:五一|七一|八一|六一)|(?<![环季章细关调礼音情脱时本该此上下小各每])节日?)"
_SEASON_START = r"(?:开学|寒假|暑假|放假|入冬|入汛|汛|汛期|主汛期|供暖|采暖|供暖期|采暖期|供暖季|采暖季|春耕|秋收|麦收|三夏)"
_PERIOD_END = r"(?:学期|学年|汛期|主汛期|供暖期|采暖期|供暖季|采暖季|季度|年度)"
EVENT_DEADLINE = rf"(?:{_FESTIVAL}|{_SEASON_START})(?:之前|以前|前)|{_PERIOD_END}(?:末|底|结束前)"
_DEADLINE_PATTERNS = (
    # 2023.07-2024.01, 2023-07-01至2023-12-31, 2021.1.1-12.31 (the year once), 2019-2021年, 2019年-2021年
    rf"{_YEAR}[./-]\d{{1,2}}(?:[./-]\d{{1,2}})?\s*(?:-|~|至|到|—|–)\s*(?:{_YEAR}[./-]\d{{1,2}}(?:[./-]\d{{1,2}})?"
    rf"|\d{{1,2}}[./]\d{{1,2}}(?![\d%.]))",
    rf"{_YEAR}年?\s*(?:-|~|至|到|—|–)\s*{_YEAR}年(?:度)?",
    rf"{_YEAR}年{_MONTH}月{_DAY}[日号]{_BEFORE}",
    rf"{_YEAR}年{_MONTH}月{_EDGE}?{_BEFORE}",
    rf"{_YEAR}年(?:第?[一二三四1-4]季度|[上下]半年){_EDGE}?{_BEFORE}",
    rf"{_YEAR}年(?:度)?(?:年底|年末|底|末|年中|年初)?{_BEFORE}",
    rf"{_YEAR}[./-]\d{{1,2}}[./-]\d{{1,2}}{_BEFORE}",
    rf"{_YEAR}\.(?:1[0-2]|0[1-9]){_BEFORE}",
    rf"{_MONTH}月{_DAY}[日号]{_BEFORE}",
    rf"{_MONTH}月(?:底|末|份|初|中旬|下旬|上旬){_BEFORE}",
    rf"{_MONTH}月{_BEFORE}(?=完成|前|底|$)",
    rf"(?:第|(?<![\d〇零一二三四五六七八九十]))[一二三四1-4]季度(?:末|底)?{_BEFORE}",  # 第三季度, 一季度 (no 十一季度)
    rf"{_DAY}[日号](?:之前|以前|前)",
    rf"(?:年底|年末|年中|年内|年初|月底|月末|季度末|上半年|下半年){_BEFORE}",
    EVENT_DEADLINE,
)
_DEADLINE_RE = re.compile("|".join(f"(?:{p})" for p in _DEADLINE_PATTERNS))
_AMOUNT_WORDS_RE = re.compile(r"[零〇壹贰叁肆伍陆柒捌玖拾佰仟萬億万亿两一二三四五六七八九十百千]+[元圆](?:[零〇壹贰叁肆伍陆柒捌玖一二三四五六七八九]角)?(?:零?[零〇壹贰叁肆伍陆柒捌玖一二三四五六七八九]分)?")  # 贰仟元零伍分: 零 for no 角
_SPACE_RE = re.compile(r"\s+")

_DOT_VARIANTS = {"・": "·", "･": "·", "•": "·", "‧": "·", "∙": "·", "⋅": "·"}
_DASH_VARIANTS = {"－": "-", "―": "—", "‐": "-", "‑": "-", "−": "-", "═": "="}  # ═ typed for = on forms
_KEEP = {"～": "～", "。": "。", "，": "，"}  # NFKC would turn these into ASCII; keep sentence punctuation


@dataclass(frozen=True)
class Quantity:
    value: float | None        # number as written: percent -> number before %, money -> in the unit written
    unit: str | None           # '%', '‰', '元', '万元', '亿元', '个', '项', '人次', '台套', '天', '分', '年', ... or None
    operator: str | None       # '>=', '<=', '=', '>', '<', 'range' or None
    text: str                  # the matched span as written
    start: int = 0             # char offsets in the input
    end: int = 0
    upper: float | None = None  # upper bound for ranges (80-90分 -> value 80, upper 90)
    decimals: int | None = None  # decimals as written ("96.00%" -> 2)
    approximate: bool = False  # 约 / 左右 / 多 / 余 / 若干 / 近
    kind: str = "number"       # 'percent' | 'permille' | 'rate' (per population) | 'money' | 'count' | 'number' | 'date' | 'range' | 'score'
    deadline: str | None = None  # normalised deadline text if the span is or carries one ("2023年12月31日前")


# -- normalisation -------------------------------------------------------------

@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in _DOT_VARIANTS:
        return _DOT_VARIANTS[ch]
    if ch in _DASH_VARIANTS:
        return _DASH_VARIANTS[ch]
    if ch in _KEEP or ch.isascii():
        return ch
    folded = unicodedata.normalize("NFKC", ch)
    return folded if len(folded) == 1 else ch


def normalise(text: str) -> str:
    """Fold full-width digits, letters and symbols one character for one (offsets are kept)."""
    if text.isascii():
        return text
    return "".join(_fold_char(ch) for ch in text)


# -- numbers -------------------------------------------------------------------

def _cn2an(text: str) -> float | None:
    if not text or len(text) > 40:
        return None
    if len(text) == 1 and text in _CN_NUMERAL_CHARS:  # most numerals met: read without loading cn2an (0.1 s)
        return _one_numeral(text)
    try:
        import cn2an  # lazy: only documents with Chinese numerals pay for it

        value = cn2an.cn2an(text, "normal")
    except Exception:  # cn2an raises ValueError/KeyError/IndexError on text it does not accept
        return None
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        return None
    return number if math.isfinite(number) else None


def _one_numeral(char: str) -> float | None:
    """A numeral character alone, as cn2an reads it: a digit, 十 or 拾 (ten); a bare 百, 千, 万 … is no number."""
    if char in _CN_DIGIT_VALUES:
        return float(_CN_DIGIT_VALUES[char])
    return 10.0 if char in "十拾" else None


def _arabic(text: str) -> float | None:
    try:
        number = float(text.replace(",", ""))
    except (ValueError, OverflowError):
        return None
    return number if math.isfinite(number) else None


def _decimals(text: str) -> int | None:
    if "." not in text:
        return 0 if text[:1].isdigit() else None
    return len(text.rsplit(".", 1)[1])


_PARSE_NUMBER_RE = re.compile(rf"^[+-]?(?:{_ARABIC})(?P<mult>{alternation(_MULTIPLIERS)})?$")


def parse_number(text: str) -> float | None:
    """A whole string as a number: "1,234.5", "１２３", "96.00", "三百", "一千二百", "贰亿伍仟万", "5万"."""
    if not isinstance(text, str):
        return None
    s = _SPACE_RE.sub("", normalise(text))
    if not s:
        return None
    m = _PARSE_NUMBER_RE.match(s)
    if m:
        mult = m.group("mult")
        number = _arabic(s[: len(s) - len(mult)] if mult else s)
        if number is None:
            return None
        return number * _MULTIPLIERS[mult] if mult else number
    if re.fullmatch(_CHINESE, s) or re.fullmatch(r"[\d.]+[万亿千]", s):
        if re.fullmatch(r"[\d.]+[万亿千]", s):
            base = _arabic(s[:-1])
            return None if base is None else base * _MULTIPLIERS[s[-1]]
        return _cn2an(s)
    return None


# -- operators -----------------------------------------------------------------

_OPERATOR_ANYWHERE = sorted(
    list(_SYMBOL_OPERATORS.items()) + list(_PREFIX_WORDS.items()) + list(_SUFFIX_WORDS.items()),
    key=lambda kv: len(kv[0]),
    reverse=True,
)


def parse_operator(text: str) -> str | None:
    """The comparison a cell or phrase states: "≥", "＞=", "不低于", "以上", "控制在…以内", "运算符: ≤" ...

    A range ("80-90", "90(含)-100") gives ``"range"``.
    """
    if not isinstance(text, str):
        return None
    s = _SPACE_RE.sub("", normalise(text))
    if not s:
        return None
    if _RANGE_BETWEEN_NUMBERS.search(s):
        return "range"
    for word, op in _OPERATOR_ANYWHERE:
        if word in ("内", "达"):
            continue  # too common inside words; only after a number (see find_quantities)
        if word in s:
            if word in ("=", ">", "<") and re.search(r"[<>=]{2}", s):
                continue
            return op
    if _WITHIN_PERIOD.search(s):
        return "<="
    return None


_WITHIN_PERIOD = re.compile(rf"\d\s*(?:{alternation(units_for('within_period'))})内")  # 5个工作日内
_RANGE_BETWEEN_NUMBERS = re.compile(r"\d(?:%|分)?(?:\(含\)|（含）)?(?:-|~|～|至|到|—|–)\d")


# -- deadlines -----------------------------------------------------------------

_DOTTED_DATE = re.compile(r"\d{4}\.\d{1,2}")


def find_deadlines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, normalised text) of every date, period or deadline phrase."""
    if not isinstance(text, str) or not text:
        return []
    norm = normalise(text)
    out = []
    for m in _DEADLINE_RE.finditer(norm):
        if m.end() <= m.start():
            continue
        before = norm[max(0, m.start() - 1): m.start()]
        if before.isdigit() or (before == "." and m.group()[:1].isdigit()):
            continue  # part of a longer number
        if _DOTTED_DATE.fullmatch(m.group()) and (norm[m.end():m.end() + 1].isdigit() or _MULTIPLIER_RE.match(norm, m.end())
                                                  or _UNIT_RE.match(norm, m.end())):
            continue  # 1958.010, 2055.01万, 1919.01%, 2023.5公里: a number (with its unit), not a year and month
        out.append((m.start(), m.end(), _SPACE_RE.sub("", m.group())))
    return out


#: the words that open what a figure is compared with (同比2022年, 较2021年, 与2020年相比): a date after them is the
#: baseline, no deadline
_COMPARED_WITH = re.compile(r"(?:同比|环比|相比|相较于?|对比|较|比|与)\s*$")


def _compared_with(norm: str, start: int) -> bool:
    """Do comparison words (and blanks) end right before ``start``? Only the last few characters are searched, not the
    whole text before it: the words end where the blanks before ``start`` begin, and none is longer than 3."""
    end = start
    while end > 0 and norm[end - 1].isspace():
        end -= 1
    return _COMPARED_WITH.search(norm, max(0, end - 3), start) is not None


# Years that date a plan and measure nothing: a span of years ("2019-2021年度", "2019至2021"), a year with 年
# ("2025年", "2025 年度"; any four digits before 年 are read as one), a year alone as a deadline reads it
# ("2025", "2025年度"); in figures
_YEAR_RANGE_RE = re.compile(r"\d{4}\s*[-—–~至到]\s*\d{4}\s*年?度?")
_YEAR_WITH_NIAN_RE = re.compile(r"\d{4}\s*年度?")
_YEAR_ALONE_RE = re.compile(r"(?:19|20)\d{2}年?度?")


def without_year_ranges(text: str) -> str:
    """``text`` without its spans of years ("2019-2021年度绩效" → "绩效")."""
    return _YEAR_RANGE_RE.sub("", text)


def without_years(text: str) -> str:
    """``text`` without its spans of years and its years written with 年 ("2025年新建3个" → "新建3个")."""
    return _YEAR_WITH_NIAN_RE.sub("", without_year_ranges(text))


def is_year(text: str) -> bool:
    """Is ``text`` (a deadline as :func:`find_deadlines` gives it) a year alone in figures: "2025年", "2025年度"?"""
    return _YEAR_ALONE_RE.fullmatch(text) is not None


def parse_deadline(text: str) -> str | None:
    """The first deadline span: "2023年12月31日前", "年底前", "第三季度", "2023.07-2024.01", "2025年"."""
    found = find_deadlines(text)
    return found[0][2] if found else None


def in_base_unit(value: float, unit: str) -> tuple[float, str]:
    """A count whose unit keeps its 万/亿 as written (see ``_COUNT_MULTIPLIERS``) in the base unit:
    ``in_base_unit(2.5, "万人次") == (25000.0, "人次")``; other units are returned unchanged."""
    if len(unit) > 1 and unit[0] in _COUNT_MULTIPLIERS:
        return value * _MULTIPLIERS[unit[0]], unit[1:]
    return value, unit


# -- money ---------------------------------------------------------------------

_TO_YUAN = {"元": 1.0} | {f"{word}元": factor for word, factor in _MULTIPLIERS.items() if f"{word}元" in MONEY_UNITS}


def to_yuan(value: float, unit: str) -> float | None:
    """Money in yuan: ``to_yuan(89.974, "万元") == 899740.0``; None for non-money units."""
    try:
        factor = _TO_YUAN.get(unit) if isinstance(unit, str) else None
        if factor is None or value is None:
            return None
        result = float(value) * factor
    except (TypeError, ValueError, OverflowError):
        return None
    return result if math.isfinite(result) else None


def money_in_unit(value: float, unit: str, target: str) -> float | None:
    """An amount of money in the ``target`` unit, to 6 decimals (15 元 in 万元: 0.0015); None when either unit is no
    money unit."""
    yuan, per_target = to_yuan(value, unit), to_yuan(1.0, target)
    return round(yuan / per_target, 6) if yuan is not None and per_target else None


# between digit groups a full-width comma separates thousands in an amount of money ("5，000万元"); elsewhere it
# separates the items of a list, so only money_amounts reads it so
_FULL_WIDTH_THOUSANDS = re.compile(r"(?<=\d)，(?=\d{3}(?!\d))")
_WHITESPACE = re.compile(r"\s")


def money_amounts(text: str | None, units=None) -> list[tuple[float, str, int, int]]:
    """``(value, unit, start, end)`` of each amount of money in ``text`` (in figures or Chinese numerals): the value
    in the unit written, the unit of a compound by its first part (万元 of "12万元/年"), the span from the first
    digit or numeral to the end of that unit (of the figure after a currency sign: "¥982.00" is 982 元). ``units`` keeps those units only (a budget's 万元, 亿元, 元)."""
    norm = _WHITESPACE.sub(" ", normalise(_FULL_WIDTH_THOUSANDS.sub(",", text or "")))  # "300\t万元": a blank
    found = []
    for q in find_quantities(norm):
        unit = (q.unit or "").split("/", 1)[0]
        if q.kind != "money" or q.value is None or (units is not None and unit not in units):
            continue
        start = _NUMBER_RE.search(norm, q.start, q.end).start()
        written = norm.find(unit, start, q.end)  # -1: the unit is a currency sign before the figure (¥982.00)
        found.append((q.value, unit, start, written + len(unit) if written >= 0 else q.end))
    return found


def parse_amount_words(text: str) -> float | None:
    """An amount written in words, in yuan: "人民币贰亿伍仟万元整" -> 250000000.0, "叁角伍分" parts included."""
    if not isinstance(text, str):
        return None
    s = _SPACE_RE.sub("", normalise(text))
    m = _AMOUNT_WORDS_RE.search(s)
    if not m:
        return None
    words = m.group()
    integer_part, _, rest = re.split(r"([元圆])", words, maxsplit=1)
    integer = _cn2an(integer_part.rstrip("零〇"))
    if integer is None:
        return None
    total = integer
    for char, factor in (("角", 0.1), ("分", 0.01)):
        mm = re.search(rf"([{_CN_DIGITS}])" + char, rest)
        if mm:
            digit = _cn2an(mm.group(1))
            if digit:
                total += digit * factor
    return round(total, 2)


# -- figures inside phrase patterns -------------------------------------------------
# A phrase pattern of an extractor recognises the words around a figure (其中, 占, 违约金每日…); the figure, its
# unit and its value come from here, so that every reader writes and reads a figure the same way.

FIGURE = r"\d[\d,]*(?:\.\d+)?"
"""A figure in digits as a phrase pattern finds it ("80,692.06", "95.5"), to be read by :func:`figure_value`."""
_FIGURE_RE = re.compile(FIGURE)
# an amount in financial capitals as a contract or a budget sentence writes it ("贰拾万元整", "伍仟元伍角")
_CAPITALS = "零〇壹贰叁肆伍陆柒捌玖"
AMOUNT_IN_CAPITALS = rf"[{_CAPITALS}拾佰仟万亿]+[元圆](?:[{_CAPITALS}]+[角分])*整?"


def figure_value(written: str | None) -> float | None:
    """The value of a figure a phrase pattern found ("80,692.06" → 80692.06); None when ``written`` is no figure."""
    if not written or not _FIGURE_RE.fullmatch(written):
        return None
    return _arabic(written)


def unit_pattern(use: str, kind: str | None = None) -> str:
    """A non-capturing alternation of the lexicon's units with ``use`` (and ``kind``), longest first (万元 before
    元): the unit a phrase pattern accepts after its figure."""
    return f"(?:{alternation(units_for(use, kind))})"


def quantity_at(text: str | None, position: int) -> Quantity | None:
    """The engine's quantity of ``text`` whose first figure starts at ``position`` (where a phrase pattern found a
    figure), with the operator and approximation words written around it ("合计达100%" → ``>=``, "约为100%" →
    approximate); None when the engine reads no quantity there."""
    for q in find_quantities(text or ""):
        if q.kind != "date" and _digits_start(q) == position:
            return q
    return None


def amount_in_capitals(text: str | None) -> tuple[re.Match, float | None] | None:
    """The first amount written in financial capitals in ``text`` and its value in yuan ("贰拾万元整" → 200000.0);
    None when there is none."""
    m = re.search(AMOUNT_IN_CAPITALS, text or "")
    return (m, parse_amount_words(m.group())) if m else None


# -- vagueness -----------------------------------------------------------------

def is_vague(text: str) -> bool:
    """Whether the text carries an approximate marker: 约, 左右, 若干, 100多个, 余, 近…"""
    if not isinstance(text, str) or not text:
        return False
    return bool(_VAGUE_RE.search(normalise(text)))


# -- quantities ----------------------------------------------------------------

def _kind_of(unit: str | None, upper: float | None) -> str:
    if upper is not None:
        return "range"
    if unit is None:
        return "number"
    if unit in ("%", "个百分点"):
        return "percent"
    if unit == "‰":
        return "permille"
    base = unit.split("/", 1)[0]
    if not base:
        return "rate"  # /10万, /千人: per population
    if base in MONEY_UNITS:
        return "money"
    if unit == "分":
        return "score"
    return "count"


def _number_at(norm: str, pos: int) -> re.Match | None:
    m = _NUMBER_RE.match(norm, pos)
    return m if m and m.end() > pos else None


def _unit_at(norm: str, pos: int) -> re.Match | None:
    """A unit at ``pos``, allowing up to two spaces before it ("1,100 元/车·日")."""
    skip = pos
    while skip < len(norm) and skip - pos < 2 and norm[skip] == " ":
        skip += 1
    m = _UNIT_RE.match(norm, skip)
    return None if m and _NOT_THE_UNIT.match(norm, skip) else m


#: a unit's word beginning another word: 年级 is a school grade (小学5年级至高中2年级), no count of years
_NOT_THE_UNIT = re.compile(r"年级")


_BRACKETED_UNIT = re.compile(r"[(（](?P<unit>[^()（）]{1,8})[)）]")


def _bracketed_unit_at(norm: str, pos: int) -> re.Match | None:
    """Brackets at ``pos`` holding a unit and nothing else ("(%)"), or None."""
    m = _BRACKETED_UNIT.match(norm, pos)
    return m if m and _UNIT_RE.fullmatch(m.group("unit")) else None


def _value_of(m: re.Match) -> tuple[float | None, int | None]:
    if m.group("arabic"):
        return _arabic(m.group("arabic")), _decimals(m.group("arabic"))
    if m.group("chinese"):
        return _cn2an(m.group("chinese")), None
    return None, None


def _operator_word_before(norm: str, start: int) -> re.Match | None:
    """The operator word or symbol that ends right before ``start``, blanks between allowed: the window is
    measured without them, so "不少于      500" is not cut to "少于"."""
    blanks = start - len(norm[:start].rstrip())
    return _PREFIX_RE.search(norm[max(0, start - blanks - 8): start])


def _scan_number(norm: str, m: re.Match, deadline_spans: list[tuple[int, int, str]]) -> Quantity | None:
    """The quantity around the number ``m``, read outward from its digits as a chain of steps.

    Each step takes what it recognises next to what was taken so far (a unit, a range, an operator
    word, an approximation) and moves the scan's ``start``/``pos`` over it.
    """
    scan = _begin_scan(norm, m)
    if scan is None:
        return None
    _take_percent_words(scan)
    _take_multiplier(scan)
    _take_range(scan)
    _take_inclusive_and_more(scan)
    _take_unit(scan)
    if _bare_chinese_numeral(scan):
        return None
    _take_approximate_after(scan)
    _take_suffix_operator(scan)
    _take_prefix_operator(scan)
    _take_approximate_before(scan)
    _take_currency_sign(scan)
    return _finish_quantity(scan, deadline_spans)


@dataclass
class _Scan:
    """A number being read outward: the text, the span taken so far and what it has been found to mean."""

    norm: str
    match: re.Match
    start: int
    pos: int  # end of what has been taken
    value: float | None
    decimals: int | None
    chinese: bool
    placeholder: bool
    percent_words: bool = False
    unit: str | None = None
    upper: float | None = None
    operator: str | None = None
    approximate: bool = False
    excluded: bool = False  # "(不含)" after the number: a bound it does not reach ("90(不含)以下" is < 90)


#: a Latin letter glued before the digits (a hyphen between allowed): the number is part of a code or a name
_CODE_BEFORE_RE = re.compile(r"[A-Za-z]-?$")
#: a template's letters glued after the digits: the number is a year or a figure left to fill in (20xx年度, 20XX年)
_TEMPLATE_AFTER_RE = re.compile(_TEMPLATE_LETTERS)


def _begin_scan(norm: str, m: re.Match) -> _Scan | None:
    """The scan of ``m``, or None for a Chinese numeral with no value and for ordinals (第三条, 第1期)."""
    value, decimals = _value_of(m)
    chinese = m.group("chinese") is not None
    if chinese and value is None:
        return None
    if m.start() > 0 and norm[m.start() - 1] == "第":
        return None
    if not chinese and _CODE_BEFORE_RE.search(norm[max(0, m.start() - 2):m.start()]):
        return None  # a digit of a code or a name: H7N9, COVID-19, PM2.5, GB5749
    if not chinese and _TEMPLATE_AFTER_RE.match(norm, m.end()):
        return None  # the digits of a template's year: 20xx年度
    return _Scan(norm=norm, match=m, start=m.start(), pos=m.end(), value=value, decimals=decimals,
                 chinese=chinese, placeholder=m.group("placeholder") is not None)


def _take_percent_words(scan: _Scan) -> None:
    """百分之九十 / 百分之95: a percentage written in words before the number."""
    if scan.norm.endswith("百分之", 0, scan.start):
        scan.percent_words = True
        scan.start -= 3
        scan.unit = "%"


#: "/月", "/人" after a bare multiplier: the amount is per period or per head (620万/月)
_PER_WORD_RE = re.compile(rf"/[{HAN}]{{1,2}}(?![{HAN}])")


def _take_multiplier(scan: _Scan) -> None:
    """250万 / 1.5亿 scale the value (万元/亿元 stay units); 3.2万人 keeps 万人 as written, like 85万人次."""
    norm, pos = scan.norm, scan.pos
    mult = _MULTIPLIER_RE.match(norm, pos)
    unit_here = _UNIT_RE.match(norm, pos)
    if not (mult and scan.match.group("arabic") and scan.value is not None
            and not (unit_here and unit_here.group().startswith(mult.group()))):
        return
    counted = _UNIT_RE.match(norm, mult.end()) if mult.group() in _COUNT_MULTIPLIERS else None
    per = _PER_WORD_RE.match(norm, mult.end())
    if counted and counted.group().split("/", 1)[0] in _SCALABLE_COUNT_UNITS:
        scan.unit = mult.group() + counted.group()
        scan.pos = counted.end()
    elif per:  # 620万/月: an amount per period or head, kept as written
        scan.unit = mult.group() + per.group()
        scan.pos = per.end()
    else:
        scan.value *= _MULTIPLIERS[mult.group()]
        scan.decimals = None
        scan.pos = mult.end()


_RANGE_BOUND_UNITS = frozenset(units_for("range_bound"))  # %, ‰, 分 after the first number of a range


def _take_range(scan: _Scan) -> None:
    """80-90分, 90(含)-100, 60%-80%: a second number of the same script, not below the first, is the upper bound."""
    norm = scan.norm
    inner_unit = None
    if scan.unit is None:
        unit_m = _UNIT_RE.match(norm, scan.pos)
        inner_unit = unit_m.group() if unit_m and unit_m.group() in _RANGE_BOUND_UNITS else None
    range_from = scan.pos + (len(inner_unit) if inner_unit else 0)
    sep = _RANGE_SEP_RE.match(norm[range_from: range_from + 8])
    if not sep or scan.placeholder:
        return
    other = _number_at(norm, range_from + sep.end())
    if other is None or bool(other.group("chinese")) != scan.chinese or other.group("placeholder"):
        return
    second, _ = _value_of(other)
    if second is not None and scan.value is not None and second >= scan.value:
        scan.upper = second
        scan.operator = "range"
        scan.pos = other.end()
        if inner_unit:
            scan.unit = inner_unit


def _take_inclusive_and_more(scan: _Scan) -> None:
    """(含) after the number is skipped; 多/余 (100多, 50余) make it approximate."""
    incl = _INCLUSIVE_RE.match(scan.norm[scan.pos: scan.pos + 6])
    if incl:
        scan.pos += incl.end()
        scan.excluded = _is_excluding(incl)
    after = _APPROX_AFTER_RE.match(scan.norm[scan.pos: scan.pos + 2])
    if after and after.group() in ("多", "余"):
        scan.approximate = True
        scan.pos += 1


def _take_unit(scan: _Scan) -> None:
    """The unit after the number (or after a range's upper bound), alone in brackets (=100.00(%), a finance system's
    export), or a rate per population (1/10万)."""
    norm, unit = scan.norm, scan.unit
    if unit is None or (unit and not scan.percent_words and scan.upper is not None):
        unit_m = _unit_at(norm, scan.pos)
        if unit_m:
            scan.unit = unit_m.group()
            scan.pos = unit_m.end()
        elif unit is None and (bracketed := _bracketed_unit_at(norm, scan.pos)):
            scan.unit = bracketed.group("unit")
            scan.pos = bracketed.end()
        elif unit is None and (per := PER_POPULATION_RE.match(norm, scan.pos)):
            scan.unit = _SPACE_RE.sub("", per.group())  # 1/10万, 15 / 10万人
            scan.pos = per.end()
    elif (unit_m := _UNIT_RE.match(norm, scan.pos)) and unit_m.group() == unit:
        scan.pos = unit_m.end()


def _bare_chinese_numeral(scan: _Scan) -> bool:
    """一体化, 十四五: Chinese numerals count only with a unit, an operator or an operator word before them, or as the
    zero a clause closes on (死亡人数为零; 安全生产目标责任书)."""
    if scan.chinese and scan.unit is None and scan.operator is None and not scan.percent_words:
        return not _operator_word_before(scan.norm, scan.start) and not _ZERO_STATED.match(scan.norm, max(scan.start - 1, 0))
    return False


#: 为零 closing a clause: the target is zero (事故死亡人数为零)
_ZERO_STATED = re.compile(r"为零(?=$|[，,；;。、)）])")


def _take_approximate_after(scan: _Scan) -> None:
    """左右 / 上下 after the quantity."""
    after = _APPROX_AFTER_RE.match(scan.norm[scan.pos: scan.pos + 2])
    if after and after.group() in ("左右", "上下"):
        scan.approximate = True
        scan.pos += len(after.group())


def _take_suffix_operator(scan: _Scan) -> None:
    """以上 / 以下 / 以内 / 之内 after the quantity, a (含) before it skipped ("90分（含）以上"; a bare 内 only after a
    time or money unit)."""
    inclusive = _INCLUSIVE_RE.match(scan.norm[scan.pos: scan.pos + 16])
    at = scan.pos + (inclusive.end() if inclusive else 0)
    suffix = _SUFFIX_RE.match(scan.norm[at: at + 3])
    if suffix and scan.operator is None:
        word = suffix.group()
        if word != "内" or scan.unit in _TIME_UNITS or scan.unit in MONEY_UNITS:
            excluded = scan.excluded or (inclusive is not None and _is_excluding(inclusive))
            scan.operator = _strict(_SUFFIX_WORDS[word]) if excluded else _SUFFIX_WORDS[word]
            scan.pos = at + len(word)


def _is_excluding(mark: re.Match) -> bool:
    """Is the bracket after a number "(不含)" (the bound excluded) rather than "(含)"?"""
    return "不" in mark.group()


def _strict(operator: str) -> str:
    """The strict form of an inclusive bound: ">=" -> ">", "<=" -> "<"; any other operator unchanged."""
    return {">=": ">", "<=": "<"}.get(operator, operator)


def _take_prefix_operator(scan: _Scan) -> None:
    """≥ / 不少于 / 控制在 … before the number (控制在 also takes its closing 以内/之内/内/以下)."""
    norm = scan.norm
    prefix = _operator_word_before(norm, scan.start)
    if not prefix:
        if scan.unit == "%" and scan.operator is None:
            _take_operator_over_a_total(scan)
        return
    word = prefix.group().strip().rstrip(":：").rstrip()
    if scan.operator is None and not (scan.approximate and word in _REACH_WORDS):
        scan.operator = _SYMBOL_OPERATORS.get(word) or _PREFIX_WORDS.get(word)  # 达25%左右: about 25%, no bound
    scan.start -= len(prefix.group())
    if word == "控制在":
        tail = _UPPER_BOUND_AFTER.match(norm, scan.pos)
        if tail:
            scan.pos += len(tail.group())


def _take_operator_over_a_total(scan: _Scan) -> None:
    """不低于 … 总规模的 before a percentage: the share's bound, the total it is a share of between them."""
    over = _OPERATOR_OVER_A_TOTAL.search(scan.norm[max(0, scan.start - 20): scan.start])
    if over:
        scan.operator = _PREFIX_WORDS[over.group("operator")]
        scan.start -= len(over.group())


def _take_approximate_before(scan: _Scan) -> None:
    """约 / 近 / 大约 / 逾 before the number (近 before a duration is "the last …", not approximate)."""
    before = _APPROX_BEFORE_RE.search(scan.norm[max(0, scan.start - 3): scan.start])
    if before and not (before.group().strip() == "近" and scan.unit in _RECENT_PERIODS):
        scan.approximate = True
        scan.start -= len(before.group())


def _take_currency_sign(scan: _Scan) -> None:
    """¥ / $ before a number without a unit: yuan."""
    if scan.start > 0 and scan.norm[scan.start - 1] in "¥$" and scan.unit is None:
        scan.unit = "元"
        scan.start -= 1


def _finish_quantity(scan: _Scan, deadline_spans: list[tuple[int, int, str]]) -> Quantity:
    """The Quantity of the scan, with the deadline written just before it (2025年底前完成100%)."""
    deadline = None
    for _d_start, d_end, d_text in deadline_spans:
        if d_end == scan.start or (d_end < scan.start and not scan.norm[d_end:scan.start].strip(" ,，")):
            deadline = d_text
    return Quantity(
        value=None if scan.placeholder else scan.value, unit=scan.unit, operator=scan.operator, text="",
        start=scan.start, end=scan.pos, upper=scan.upper, decimals=scan.decimals, approximate=scan.approximate,
        kind=_kind_of(scan.unit, scan.upper), deadline=deadline,
    )


def _deadline_operator(deadline: str) -> str | None:
    """A deadline "…前/以前/之前/止" means no later than: ``<=``; a plain date or period has none."""
    return "<=" if re.search(r"(?:前|止)$", deadline) else None


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in running text, in order; dates and deadlines come back with ``kind='date'``."""
    if not isinstance(text, str) or not text:
        return []
    norm = normalise(text)
    deadlines = find_deadlines(text)
    taken = [False] * (len(norm) + 1)
    found: list[Quantity] = []
    for d_start, d_end, d_text in deadlines:
        compared = _compared_with(norm, d_start)  # 同比2022年销量显著提高: a date, no deadline
        found.append(Quantity(value=None, unit=None, operator=None if compared else _deadline_operator(d_text),
                              text=text[d_start:d_end], start=d_start, end=d_end, kind="date",
                              deadline=None if compared else d_text))
        for i in range(d_start, d_end):
            taken[i] = True
    pos = 0
    while True:
        m = _NUMBER_RE.search(norm, pos)
        if m is None:
            break
        pos = max(m.end(), pos + 1)
        if taken[m.start()]:
            continue
        q = _scan_number(norm, m, deadlines)
        if q is None:
            continue
        if any(taken[i] for i in range(q.start, q.end)):
            # do not swallow a date: keep the number alone
            q = replace(q, start=m.start(), end=m.end(), unit=None, operator=None, upper=None,
                        kind="number", approximate=False)
        q = _signed(norm, q)
        for i in range(q.start, q.end):
            taken[i] = True
        found.append(replace(q, text=text[q.start:q.end]))
        pos = max(pos, q.end)
    found.sort(key=lambda q: q.start)
    return found


#: what may stand before a minus sign opening a figure: the text's start, a space, an operator or a colon (-0.3 of a
#: 变动率 target, ≥-5%); a minus between two figures is a range's dash (2020-2022, 5-10)
_BEFORE_MINUS = frozenset(" \t\n≥≤<>=:：(（")


def _signed(norm: str, q: Quantity) -> Quantity:
    """``q`` negative when a minus sign opens its figure."""
    at = q.start - 1
    if at < 0 or norm[at] != "-" or (at > 0 and norm[at - 1] not in _BEFORE_MINUS) or q.value is None \
            or q.kind == "date":
        return q
    return replace(q, value=-q.value, upper=-q.upper if q.upper is not None else None, start=at)


def parse_quantity(text: str) -> Quantity | None:
    """A whole cell or phrase: "≥95%", "不少于500人次", "≤ 1,100 元/车·日", "90(含)-100", "=100%", "3个以上".

    The first non-date quantity wins; a deadline in the same cell is carried in ``deadline``.
    A cell that is only a date or deadline ("2023年12月31日前") gives a ``kind='date'`` quantity. A span of years
    the target holds over (连续三年名列前列) is no quantity of the cell.
    """
    found = [q for q in find_quantities(text) if not _is_span(text, q)]
    if not found:
        return None
    dates = [q for q in found if q.kind == "date"]
    numbers = [q for q in found if q.kind != "date"]
    if not numbers:
        q = dates[0]
        return replace(q, operator=parse_operator(text[: q.start]) or q.operator)
    q = numbers[0]
    if q.operator is None:
        rest = text[: q.start] + " " + text[q.end:]
        op = parse_operator(rest)
        if op is not None and op != "range":
            q = replace(q, operator=op)
    if q.deadline is None and dates:
        q = replace(q, deadline=dates[0].deadline)
    if not q.approximate and is_vague(text):
        q = replace(q, approximate=True)
    return q


#: the words that make a number of years the span a target holds over (连续三年名列前列, 近三年逐年下降, 前一年未有…), not
#: the target; 提前3天 is a target
_SPAN_OPENING = re.compile(r"(?:近|连续|最近|(?<![提超])前)\s*$")


def _is_span(text: str, q: Quantity) -> bool:
    return q.unit in _RECENT_PERIODS and _SPAN_OPENING.search(text[: q.start]) is not None


# -- figures, codes and the unit written after a figure ---------------------------------------------------

# Standard and document codes: their digits are no quantities ("SL 176", "GB/T 5749-2022", "〔2020〕10号").
STANDARD_CODE = re.compile(r"(?<![A-Za-z])[A-Z]{1,6}(?:/[A-Z]{1,2})?\s*\d+(?:[.\-—–]\d+)*")
DOC_NUMBER = re.compile(r"[〔\[（(【]\s*\d{4}\s*[〕\]）)】]\s*\d+\s*号")
_DIGIT = re.compile(r"\d")
# the second figure of a range or a product ("3–5 cm", "7×24小时")
_JOINED = re.compile(r"\s*[-–—~～至到×xX*]\s*\d+(?:\.\d+)?")
# the word written after a figure when it is no unit of the lexicon ("支", "画幅", "dpi", "百分比")
_WORD_AFTER = re.compile(rf"\s*([%％‰℃㎡㎥㎞㎝㎜㎏]|[A-Za-z]+[²³]?(?:/[A-Za-z]+)?|[{HAN}]+(?:/[{HAN}·]+)*)")
_UNIT_TAILS = tuple(sorted({*operators_for("unit_tail"), *vague_for("unit_tail")}, key=len, reverse=True))
# what a cell holding a unit and no number may also hold: operator symbols, range marks and punctuation
_NOT_A_UNIT_MARK = re.compile(r"[≥≤><=~～\-—/、.。:()\s]")
_LEADING_MULTIPLIER = re.compile(rf"\s*(?:{alternation(_MULTIPLIERS)})")


def code_spans(text: str | None) -> list[tuple[int, int]]:
    """Spans of the standard and document codes of ``text`` ("SL 176", "GB/T 5749-2022", "〔2020〕10号")."""
    norm = normalise(text or "")
    return [m.span() for m in (*STANDARD_CODE.finditer(norm), *DOC_NUMBER.finditer(norm))]


def _digits_start(q: Quantity) -> int | None:
    """Offset of the quantity's first digit (its operator and approximation words come before), None for numerals."""
    digit = _DIGIT.search(q.text)
    return None if digit is None else q.start + digit.start()


def _in_code(q: Quantity, codes: list[tuple[int, int]]) -> bool:
    first = _digits_start(q)
    return any(start <= first < end for start, end in codes)


def _figures_and_codes(text: str | None) -> tuple[list[Quantity], list[Quantity]]:
    """The quantities of ``text`` written in figures (dates left out): those outside codes, those inside."""
    codes = code_spans(text)
    figures = [q for q in find_quantities(text or "") if q.kind != "date" and _digits_start(q) is not None]
    return [q for q in figures if not _in_code(q, codes)], [q for q in figures if _in_code(q, codes)]


def figures(text: str | None) -> list[Quantity]:
    """The quantities of ``text`` written in figures, in order: no date, no number of a standard or document code."""
    return _figures_and_codes(text)[0]


def value_from_code(text: str | None, value: float | None) -> bool:
    """Is ``value`` read from a code ("优良（按SL 176评定）" → 176) rather than from a figure of the text?"""
    if value is None:
        return False
    own, in_codes = _figures_and_codes(text)
    if not any(_same_value(value, q.value) or _same_value(value, q.upper) for q in in_codes):
        return False
    return not own or not _same_value(value, own[0].value)


def _same_value(value: float, other: float | None) -> bool:
    return other is not None and abs(other - value) < 1e-9


def written_unit(text: str | None) -> str:
    """The unit written after the first figure of ``text``: the engine's unit as written ("≥95％" → "％",
    "≤2000元/生·年" → "元/生·年", "5km²" → "km²"), a count's 万/亿 left out ("≥3.2万人" → "人"); a rate per
    population keeps its base ("＜1/10万" → "/10万"). When the lexicon knows no unit there, the word written
    after the figure (or after the second of a range or product), its 万/亿 left out ("≥30支" → "支", "≥120万画幅"
    → "画幅", "≥95百分比" → "百分比", "3–5 cm" → "cm", "7×24小时" → "小时"), without an operator or approximation
    after it ("支以上" → "支")."""
    found = figures(text)
    if not found:
        return ""
    if found[0].unit:
        return _unit_as_written(text, found[0])
    return _word_after(text, _NUMBER_RE.match(normalise(text), _digits_start(found[0])).end())


def _unit_as_written(text: str, q: Quantity) -> str:
    """The unit of ``q`` as ``text`` writes it (normalising keeps one character for one), a count's 万/亿 left
    out; a rate per population as read ("/10万人", blanks left out)."""
    if q.kind == "rate":
        return q.unit
    at = normalise(text).find(q.unit, _digits_start(q))
    written = text[at: at + len(q.unit)]
    return in_base_unit(1.0, written)[1] if written.split("/", 1)[0] in _SCALED_COUNTS else written


def _word_after(text: str, pos: int) -> str:
    """The word written after the figure ending at ``pos`` that is no unit of the lexicon (see ``written_unit``)."""
    joined = _JOINED.match(text, pos)
    multiplier = _LEADING_MULTIPLIER.match(text, joined.end() if joined else pos)
    word = _WORD_AFTER.match(text, multiplier.end() if multiplier else joined.end() if joined else pos)
    return _without_tail(word.group(1)) if word else ""


def written_numbers(text: str | None, q: Quantity) -> list[re.Match]:
    """The numbers ``q`` is written with in ``text`` (one; two for a range), as matches of the number pattern with
    the groups ``arabic``, ``chinese`` and ``placeholder``."""
    return list(_NUMBER_RE.finditer(normalise(text or ""), q.start, q.end))


def figure_alone(text: str | None) -> float | None:
    """The value of a text that is one figure in digits and nothing else ("100", "95.5", "１,２00"); None for "100分",
    "≥90", "5万", "三十", "80-90" and anything else."""
    m = _ARABIC_RE.fullmatch(normalise(text or ""))
    return _arabic(m.group()) if m else None


def value_as_written(text: str | None, q: Quantity) -> float | None:
    """The value of the first figure of ``q`` as ``text`` writes it, before a multiplier scaled it ("≥150万" → 150.0);
    None when ``q`` is written in Chinese numerals or has no figure."""
    written = written_numbers(text, q)
    return _arabic(written[0].group("arabic")) if written and written[0].group("arabic") else None


def figures_with_units(text: str | None) -> list[tuple[float, str, int, int]]:
    """``(value, unit, start, end)`` of each figure of ``text`` written right before its unit ("3个" of "建成3个站点"),
    the unit of a compound by its first part (个 of "3个/年"); a range gives its ends written so ("80%-90%" both,
    "3-5个" only 5). ``start``/``end`` span the figure and the unit."""
    norm = normalise(text or "")
    found = []
    for q in figures(text):
        unit = (q.unit or "").split("/", 1)[0]
        if not unit:
            continue
        for m in _ARABIC_RE.finditer(norm, _digits_start(q), q.end):
            at = _SPACE_RE.match(norm, m.end()).end() if norm[m.end():m.end() + 1].isspace() else m.end()
            if norm.startswith(unit, at) and (value := _arabic(m.group())) is not None:
                found.append((value, unit, m.start(), at + len(unit)))
    return found


def _without_tail(word: str) -> str:
    """``word`` without the operator or approximation written after it ("人以上" → "人"); "" when it is one."""
    for tail in _UNIT_TAILS:
        if word.endswith(tail):
            return word[: -len(tail)]
    return word


_LEADING_OPERATOR_RE = re.compile(f"^(?:{alternation([*_SYMBOL_OPERATORS, *_PREFIX_WORDS])})")
# a compound unit of words the lexicon need not know ("人/次", "元/平方米", "km/h")
_WORDS_PER_WORD = re.compile(rf"[{HAN}A-Za-z]{{1,3}}/[{HAN}A-Za-z]{{1,3}}")


def cell_unit(text: str | None, aliases: dict[str, str] | None = None) -> str | None:
    """The unit of a cell that holds a unit and no number, after an operator ("公里", "≧ %" → "%", "不少于人次"):
    a unit of the lexicon, one with a count's 万 or 亿 before it as written ("万亩"), a compound of two short
    words ("元/人") or a word of ``aliases`` as the unit it names ({"百分比": "%"}); None when the cell holds a
    figure or anything else."""
    s = _LEADING_OPERATOR_RE.sub("", _SPACE_RE.sub("", normalise(text or "")))
    if not s or _DIGIT.search(s):
        return None
    if aliases and s in aliases:
        return aliases[s]
    if s[0] in _COUNT_MULTIPLIERS and s[1:] in UNITS:
        return s
    return s if s in UNITS or _WORDS_PER_WORD.fullmatch(s) else None


# figures joined by a colon: a clock time ("9:00—21:00") or a ratio ("车桩比 ≤3:1", "1∶25"), no quantity to measure
_CLOCK_TIME = re.compile(r"\d{1,2}\s*[:：]\s*\d{2}")
_RATIO = re.compile(r"\d\s*[:：∶]\s*\d")


def has_clock_time(text: str | None) -> bool:
    """Does ``text`` write a time of day ("9:00", "21：30")?"""
    return bool(_CLOCK_TIME.search(text or ""))


def is_ratio(text: str | None) -> bool:
    """A ratio such as "3:1" or "1∶25" (车桩比, 师生比): dimensionless, it needs no unit; a clock time is none."""
    return bool(_RATIO.search(text or "")) and not has_clock_time(text)


# a unit a name closes with in brackets, after an operator or a template's **: 完成时限（月）, 种公猪(≥头), 满意度（≥**%）
_NAME_UNIT = re.compile(rf"[（(](?:[≥≤><=]{{0,2}}\**)?(?P<unit>[{HAN}A-Za-z%/]{{1,4}}[23²³]?)[)）]$")  # 槽探(m3)
_NAME_TIME_UNITS = frozenset(units_for("checker_time", "time"))  # 月, 季度: units a name's brackets give


def unit_in_brackets(name: str | None, also=()) -> str | None:
    """The unit a name closes with in brackets ("执法执勤用车平均里程数（公里）", "完成时限（月）", "(万亩)"), or None:
    a unit of the lexicon, a time unit, a word of ``also``, or one of these after a count's 万 or 亿."""
    m = _NAME_UNIT.search(normalise(name or ""))
    unit = m.group("unit") if m else None

    def is_unit(word: str) -> bool:
        return word in UNITS or word in _NAME_TIME_UNITS or word in also

    return unit if unit and (is_unit(unit) or unit[:1] in multipliers() and is_unit(unit[1:])) else None


def unit_alone(text: str | None, multiplier: bool = False) -> str:
    """What a cell holds besides operator symbols, range marks, punctuation and a leading 万/亿 ("≥ 万人次" → "人次",
    "≥平方米" → "平方米"; with ``multiplier`` the leading multiplier kept: "≥千瓦" → "千瓦"): its unit, when it holds
    no number."""
    body = _NOT_A_UNIT_MARK.sub("", normalise(text or ""))
    return body if multiplier else _LEADING_MULTIPLIER.sub("", body)


_POINTS_BRACKET = re.compile(r"[（(]([^（()）]*)[）)]")
#: points written in brackets after a label (选题合理性(8分), 目标预期实现进度(3分)): for patterns that place them; their
#: value is read by :func:`section_points`
BRACKETED_POINTS = r"[（(]\d{1,3}(?:\.\d+)?分[)）]"


def section_points(heading: str | None) -> float | None:
    """The points a heading states in brackets ("产出指标（50分）" → 50): the first bracket holding only a score,
    as the quantity engine reads it (no operator, range or approximation)."""
    return next((points for _, points in bracketed_points(heading)), None)


def bracketed_points(text: str | None) -> list[tuple[re.Match, float]]:
    """Each bracket of ``text`` holding only a score, with its points (地面测报总错比。…不得分。(2分)(亭湖除外) → (2分), 2)."""
    out = []
    for bracket in _POINTS_BRACKET.finditer(text or ""):
        inside = bracket.group(1).strip()
        found = find_quantities(inside)
        if len(found) == 1 and _is_points_alone(found[0], inside):
            out.append((bracket, found[0].value))
    return out


#: a bare number closing a level label, up to 100 (决策(10) │ 过程(30), 铜陵 农村公益事业 自评表)
_BARE_POINTS = re.compile(r"(?<=\S)[（(](\d{1,3}(?:\.\d+)?)[)）]$")


def level_points(label: str | None) -> float | None:
    """The points a 一级/二级 label of a score table states: as a heading states them (产出指标（50分）), or as a bare
    number closing the label (决策(10)); never a number opening it ((1)产出)."""
    points = section_points(label)
    if points is not None:
        return points
    bare = _BARE_POINTS.search(re.sub(r"\s+", "", normalise(label or "")))
    return float(bare.group(1)) if bare and 0 < float(bare.group(1)) <= 100 else None


def _is_points_alone(q, inside: str) -> bool:
    return (q.unit == "分" and q.value is not None and q.operator is None and q.upper is None and not q.approximate
            and q.text == inside)
