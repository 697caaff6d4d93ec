"""Heading and list numbering of Chinese documents, shared by every parser.

:func:`match_number` recognises the number at the start of a line or paragraph::

    >>> match_number("（二）资金使用情况")
    Numbering(number='（二）', style='cn_paren', level=2, value=2, title='资金使用情况')

Numbering styles and their FIXED levels (the GB/T 9704 公文 hierarchy 一、→（一）→1.→（1）,
and the 章/节/条 hierarchy of regulations and contracts, each starting at 1)::

    style          example          level   rank (outer → inner, see STYLE_ORDER)
    attachment     附件1 / 附件：       1       0
    part           第一部分 / 第一编      1       1
    chapter        第一章               1       2
    section        第一节               2       3
    article        第一条               3       4
    cn_comma       一、                 1       5
    cn_paren       （一）               2       6
    arabic_dot     1.  1．  1、         3       7
    arabic_dot2    1.1                 4       8
    arabic_dot3    1.1.1               5       9
    arabic_paren   （1）  1)           4       10
    circled        ①                   5       11

The fixed level is what a style means on its own. Inside one document, use
:func:`document_levels` to renumber the styles actually present 1..n in rank order,
so a contract made only of 第X条 gets level 1 for its articles and a report whose top
numbering is 一、 gets level 1 for 一、 (this is what the parsers store in ``Block.level``).

:func:`classify` decides whether a numbered line is a ``heading`` (short title, no
sentence-final punctuation) or a ``list_item`` (a numbered sentence).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from ..nlp.script import HAN

STYLE_ORDER: tuple[str, ...] = (
    "attachment",
    "part",
    "chapter",
    "section",
    "article",
    "cn_comma",
    "cn_paren",
    "arabic_dot",
    "arabic_dot2",
    "arabic_dot3",
    "arabic_paren",
    "circled",
)

STYLE_LEVELS: dict[str, int] = {
    "attachment": 1,
    "part": 1,
    "chapter": 1,
    "section": 2,
    "article": 3,
    "cn_comma": 1,
    "cn_paren": 2,
    "arabic_dot": 3,
    "arabic_dot2": 4,
    "arabic_dot3": 5,
    "arabic_paren": 4,
    "circled": 5,
}

#: a numbered line longer than this (without its number) is a sentence, not a heading title
MAX_HEADING_CHARS = 40

#: characters that end a sentence (a line ending with one is not a heading)
SENTENCE_END = "。；;！!？?"
#: the enumeration of points in running text, no numbering of a heading: 一是…，二是…
POINT_ENUMERATION = r"[一二三四五六七八九十]+是"
#: a letter numbering a name or a label, glued to its first Chinese character (A产出指标, B投入经济性)
LETTER_NUMBER = re.compile(rf"^(?P<letter>[A-Za-z])(?=[{HAN}])")

_CN = "零〇一二三四五六七八九十百千两"
_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_PARENTHESISED = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"  # （一）…（十） as one character each (博乐 自评报告: ㈠博乐市…项目。)
#: (1)…(20) and 1.…20. as one character each (辽宁 任务分工: ⑴九年义务教育巩固率达到97%。)
_PARENTHESISED_DIGITS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
_DIGITS_WITH_STOP = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"
_FULLWIDTH = str.maketrans("０１２３４５６７８９．（）：", "0123456789.():")

_PATTERNS: tuple[tuple[str, re.Pattern], ...] = (
    ("attachment", re.compile(rf"附件\s*(?P<n>[0-9{_CN}]*)\s*(?:[:：]\s*|(?=\s|$))")),
    ("part", re.compile(rf"第\s*(?P<n>[0-9{_CN}]+)\s*(?:部分|编)\s*")),
    ("chapter", re.compile(rf"第\s*(?P<n>[0-9{_CN}]+)\s*章\s*")),
    ("section", re.compile(rf"第\s*(?P<n>[0-9{_CN}]+)\s*节\s*")),
    ("article", re.compile(rf"第\s*(?P<n>[0-9{_CN}]+)\s*条\s*")),
    ("cn_comma", re.compile(rf"(?P<n>[{_CN}]{{1,4}})\s*[、]\s*")),
    ("cn_paren", re.compile(rf"(?:\(\s*(?P<n>[{_CN}]{{1,4}})\s*\)|(?P<one_char>[{_PARENTHESISED}]))\s*")),
    ("arabic_dot3", re.compile(r"(?P<n>\d{1,2}\.\d{1,2}\.\d{1,2})\.?(?=[\s\u3000]|$)\s*")),
    ("arabic_dot2", re.compile(r"(?P<n>\d{1,2}\.\d{1,2})\.?(?=[\s\u3000]|$)\s*")),
    # (1、 before a figure too: 2、100%完成全年四项手术任务; 2.5% is a figure)
    ("arabic_dot", re.compile(rf"(?:(?P<n>\d{{1,2}})\s*(?:\.(?![\d%])|、)|(?P<one_char>[{_DIGITS_WITH_STOP}]))\s*")),
    ("arabic_paren", re.compile(rf"(?:\(?\s*(?P<n>\d{{1,2}})\s*\)|(?P<one_char>[{_PARENTHESISED_DIGITS}]))\s*")),  # （1） 1) ⑴
    ("circled", re.compile(rf"(?P<n>[{_CIRCLED}])\s*")),
)


_ONE_CHAR_NUMBERS = {"cn_paren": _PARENTHESISED, "arabic_dot": _DIGITS_WITH_STOP, "arabic_paren": _PARENTHESISED_DIGITS}


@dataclass(frozen=True)
class Numbering:
    """A number found at the start of a text.

    ``number`` is the number as written (``（二）``, ``1．``, ``第三条``), ``style`` one of
    :data:`STYLE_ORDER`, ``level`` the fixed level of :data:`STYLE_LEVELS`, ``value`` the
    ordinal (1 for 一/1/①; for ``1.2`` the last component) and ``title`` the rest of the text.
    """

    number: str
    style: str
    level: int
    value: int
    title: str

    @property
    def rank(self) -> int:
        return STYLE_ORDER.index(self.style)


def cn_to_int(text: str) -> int | None:
    """Small Chinese or Arabic numeral as int: ``十二`` → 12, ``二十`` → 20, ``一百零五`` → 105, ``7`` → 7."""
    text = text.translate(_FULLWIDTH).strip()
    if not text:
        return None
    if text.isdigit():
        return int(text)
    total, digit = 0, None
    for ch in text:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            total += (1 if digit is None else digit) * _CN_UNITS[ch]
            digit = None
        else:
            return None
    if digit is not None:
        if len(text) > 1 and all(c in _CN_DIGITS for c in text):  # 一〇五 written digit by digit
            return int("".join(str(_CN_DIGITS[c]) for c in text))
        total += digit
    return total


def match_number(text: str) -> Numbering | None:
    """The numbering at the start of ``text`` or None (full-width digits and brackets accepted)."""
    stripped = text.lstrip(" \t\u3000")
    if not stripped:
        return None
    probe = stripped.translate(_FULLWIDTH)  # same length as ``stripped``
    for style, pattern in _PATTERNS:
        m = pattern.match(probe)
        if not m:
            continue
        raw_n = m.group("n")
        if style == "circled":
            value = _CIRCLED.index(raw_n) + 1
        elif m.groupdict().get("one_char"):
            value = _ONE_CHAR_NUMBERS[style].index(m.group("one_char")) + 1
        elif style.startswith("arabic_dot") and "." in raw_n:
            value = int(raw_n.rsplit(".", 1)[1])
        elif style == "attachment" and not raw_n:
            value = 1
        else:
            value = cn_to_int(raw_n)
            if value is None:
                continue
        if style == "attachment" and m.end() < len(probe) and not raw_n and probe[m.end() - 1] not in ":：":
            continue
        number = stripped[: m.end()].rstrip(" \t\u3000")
        title = stripped[m.end():].strip()
        return Numbering(number=number, style=style, level=STYLE_LEVELS[style], value=value, title=title)
    return None


def without_number(text: str) -> str:
    """``text`` without the number it opens with ((1)完成规范精康服务人次数… → 完成规范精康服务人次数…); as it is when
    it opens with none, or when nothing follows the number."""
    numbered = match_number(text)
    return numbered.title if numbered and numbered.title else text


def heading_level(text: str) -> int | None:
    """Fixed level of ``text`` if it reads as a numbered heading (see :func:`classify`), else None."""
    numbering = match_number(text)
    if numbering is None or classify(text, numbering) != "heading":
        return None
    return numbering.level


def classify(text: str, numbering: Numbering | None = None) -> str | None:
    """``heading``, ``list_item`` or None (not numbered) for one paragraph of text.

    A numbered paragraph is a heading when its title is short (≤ :data:`MAX_HEADING_CHARS`)
    and does not end a sentence; 第X章/节/部分 and 附件N are headings whatever follows.
    """
    numbering = numbering or match_number(text)
    if numbering is None:
        return None
    if numbering.style in ("part", "chapter", "section", "attachment"):
        return "heading"
    title = numbering.title
    if not title:
        return "heading" if numbering.style == "article" else "list_item"
    if len(title) <= MAX_HEADING_CHARS and not looks_like_sentence(title):
        return "heading"
    return "list_item"


def looks_like_sentence(text: str) -> bool:
    """True when ``text`` ends a sentence or holds a sentence break (。；！？) before its end."""
    body = text.rstrip("”’\"')）】 \u3000")
    if not body:
        return False
    if body[-1] in SENTENCE_END:
        return True
    return any(ch in body for ch in "。；;！？")


def document_levels(styles: Iterable[str]) -> dict[str, int]:
    """Levels 1..n for the numbering styles present in one document, in :data:`STYLE_ORDER` rank.

    ``document_levels(["article", "cn_paren"])`` → ``{"article": 1, "cn_paren": 2}``.
    ``attachment`` always gets level 1 and is not counted as a level of the body.
    """
    present = sorted(set(styles), key=STYLE_ORDER.index)
    levels: dict[str, int] = {}
    n = 0
    for style in present:
        if style == "attachment":
            levels[style] = 1
            continue
        n += 1
        levels[style] = n
    return levels


# a table's index cell numbers its row without the 、 or . a line puts after its number (一 │ 相关部门 │ …, 1 │ 学工处 │ …)
_BARE_CN_NUMBER = re.compile(rf"^[{_CN}]{{1,4}}$")
_BARE_ARABIC_NUMBER = re.compile(r"^\d{1,3}$")


def index_rank(cell: str) -> int | None:
    """The rank of the numbering of a table's index cell (一 and 一、 as 一、, (一) as (一), 1 and 1. as 1.), else None."""
    text = (cell or "").strip(" \t\u3000")
    if _BARE_CN_NUMBER.match(text) and cn_to_int(text):
        return STYLE_ORDER.index("cn_comma")
    if _BARE_ARABIC_NUMBER.match(text):
        return STYLE_ORDER.index("arabic_dot")
    numbering = match_number(text)
    return numbering.rank if numbering is not None and not numbering.title else None


def outline_children(ranks: list[int | None]) -> dict[int, list[int]]:
    """Row -> its direct children in a list numbered by levels (一 over (一) over 1, one rank a row, None for a row
    without a number): the rows after it of the outermost rank found before the next row of its rank or an outer one.
    Rows with no child are left out."""
    children: dict[int, list[int]] = {}
    for k, rank in enumerate(ranks):
        if rank is None:
            continue
        span = []
        for j in range(k + 1, len(ranks)):
            if ranks[j] is not None and ranks[j] <= rank:
                break
            span.append(j)
        inner = [ranks[j] for j in span if ranks[j] is not None]
        if inner:
            children[k] = [j for j in span if ranks[j] == min(inner)]
    return children
