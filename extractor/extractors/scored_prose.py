"""Scores a report tells item by item in its text, one numbered item per indicator:

    1. 投入(得30分)
    (1)时效情况:项目实际实施月份等于计划月份。(得5分)                       (永定 图书馆 自评报告)

    一、项目投入
    (一)、项目申报管理
    (1)项目申报符合性:1、出台…实施办法,得2分;2、申报项目满足…要求,得2分。   (旌德 农村电商 自评报告)

Each item naming an indicator before its colon (or right before 得N分) is a row of the evaluation's score table, under
the headings it stands under; its score is the sum of the points its clauses are given (得N分). The items of a section
in which no item is given points are no score rows (a report's results or its narrative, read elsewhere); an item of a
scored section the page cut before its points keeps no score.

The chain: the blocks → headings and items, in order → the sections that give points → one indicator per item.

A text may also list a level's indicators with their points after their count (设立13个三级指标,分别是计划任务完成情况
占分值10分,…): the finest level listed gives the indicators, with their points as weights, and the points of its list
against the total stated before it (总分值100分) a ``sum`` fact (:func:`weighted_list_indicators`,
:func:`weighted_list_sums`); or give each numbered item its points, in its title (1、目标预期实现进度(3分)。…) or after its
rules ((1)地面测报总错比。…(2分)): each item is an indicator weighted with them, under the items that group it
(:func:`pointed_item_indicators`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..document import Document
from ..extraction import FULL_SCORE, Fact, Indicator
from ..layout.headings import Numbering, cn_to_int, match_number
from ..nlp.quantities import BRACKETED_POINTS, Quantity, bracketed_points, find_quantities, section_points
from .sentences import HAN

#: a numbered item naming its indicator: (1)时效情况: … / (2)奖补资金到位及时率得2分 (several may share a paragraph), or
#: a paragraph numbered 1. (昌宁 冷链 自评报告: 1.预算执行完成情况:…,绩效自评得分4.44分。)
_ITEM = re.compile(rf"(?:[（(]\d{{1,2}}[)）]|^\d{{1,2}}[.．])\s*(?P<name>[{HAN}][^:：，,。；;（()）\d]{{1,19}}?)\s*"
                   rf"(?:[:：]|(?=得\s*\d))")
#: points given to a clause: 得2分, (得5分), 绩效自评得分4.44分
_GIVEN = re.compile(r"得(?:分为?)?\s*(\d{1,3}(?:\.\d+)?)\s*分")
#: the title of a first-level heading (numbered 一、 or 1.): 项目投入 / 投入(得30分)
_LEVEL1_TITLE = re.compile(rf"^(?P<label>[{HAN}]{{2,10}})(?:[（(]得?\d{{1,3}}(?:\.\d+)?分[)）])?[。.]?$")
#: the title of a second-level heading (numbered (一)), alone or opening the paragraph of its first item: 、项目申报管理 /
#: 、项目管理。(1)…
_LEVEL2_TITLE = re.compile(rf"^、?(?P<label>[{HAN}]{{2,10}})(?:[。.]|$)")
_LEVEL1_STYLES, _LEVEL2_STYLES = ("cn_comma", "arabic_dot"), ("cn_paren",)
_TEXT_KINDS = ("heading", "paragraph", "list_item")


@dataclass
class _Item:
    name: str
    level1: str
    level2: str | None
    score: float | None
    block_index: int
    section_scored: bool  # the first-level heading states the points given (投入(得30分))


def scored_prose_indicators(doc: Document, start: int = 0) -> list[Indicator]:
    """The indicators of the scored items of ``doc``'s text (ids numbered after ``start``)."""
    items = _items(doc)
    scored_sections = {item.level1 for item in items if item.score is not None or item.section_scored}
    kept = [item for item in items if item.level1 in scored_sections]
    if sum(item.score is not None for item in kept) < 2:
        return []
    return [_indicator(item, doc, start + k + 1) for k, item in enumerate(kept)]


def _items(doc: Document) -> list[_Item]:
    """The numbered items of the text under a first-level heading, with the headings they stand under."""
    items: list[_Item] = []
    level1: str | None = None
    level2: str | None = None
    section_scored = False
    for index, block in enumerate(doc.blocks):
        if block.kind not in _TEXT_KINDS:
            continue
        text = re.sub(r"\s+", "", block.text)
        if (heading := _heading(text, _LEVEL1_STYLES, _LEVEL1_TITLE)) is not None:
            level1, level2, section_scored = heading[0], None, bool(_GIVEN.search(text))
            continue
        if (heading := _heading(text, _LEVEL2_STYLES, _LEVEL2_TITLE)) is not None:
            level2, text = heading
        if level1 is None or _ITEM.match(text) is None:
            continue
        starts = list(_ITEM.finditer(text))
        for item, after in zip(starts, [*starts[1:], None]):
            given = [float(points) for points in _GIVEN.findall(text[item.end(): after.start() if after else None])]
            items.append(_Item(item.group("name"), level1, level2, sum(given) if given else None, index, section_scored))
    return items


def _heading(text: str, styles: tuple[str, ...], title: re.Pattern) -> tuple[str, str] | None:
    """(label, the text after it) of a heading numbered in one of ``styles`` whose title ``title`` reads, else None."""
    numbering = match_number(text)
    found = title.match(numbering.title) if numbering is not None and numbering.style in styles else None
    return (found.group("label"), numbering.title[found.end():]) if found else None


def _indicator(item: _Item, doc: Document, number: int) -> Indicator:
    block = doc.blocks[item.block_index]
    return Indicator(id=f"S{number}", name=item.name, level1_text=item.level1, level2_text=item.level2,
                     score=item.score, page=block.page, refs=[block.ref], origin="prose")


# -- indicators listed with their points after their count ----------------------------------------------------------

#: a sentence setting a level's indicators and listing them with their points (玉米丰产方 考评办法: 在具体指标中设立13个
#: 三级指标,分别是计划任务完成情况占分值10分,项目核验情况占分值30分,…)
_WEIGHTED_LIST = re.compile(r"(?:设立|设置|设定|设)\s*(?P<count>[\d一二三四五六七八九十]+)\s*个\s*(?P<level>[一二三])级指标\s*"
                            r"[，,：:]?\s*(?:分别是|分别为|即|包括)[：:]?(?P<items>[^。]+)")
#: one item of such a list: its name and its points (占分值10分, 分值10分, (10分))
_WEIGHTED_ITEM = re.compile(rf"^(?P<name>[{HAN}][^，,；;（(]{{1,24}}?)\s*(?:占分值|分值为?|占|[（(])\s*"
                            r"(?P<points>\d{1,3}(?:\.\d+)?)\s*分[)）]?$")
#: the points the whole set adds up to, stated before the lists (…,总分值100分。)
_TOTAL_POINTS = re.compile(r"(?:总分值|总分|满分)(?:为)?\s*(?P<points>\d{1,4}(?:\.\d+)?)\s*分")
_LEVEL_RANK = {"一": 1, "二": 2, "三": 3}


@dataclass
class _WeightedList:
    level: str
    count: str
    items: list[tuple[str, float]]
    block_index: int


def weighted_list_indicators(doc: Document, start: int = 0) -> list[Indicator]:
    """The indicators of the finest level a text lists with their points after their count (设立13个三级指标,分别是…
    占分值10分,…): the levels above only group them (设立2个一级指标,分别是业务考评占分值80分,…)."""
    finest = _finest_list(doc)
    if finest is None:
        return []
    block = doc.blocks[finest.block_index]
    return [Indicator(id=f"S{start + k + 1}", name=name, weight=points, page=block.page, refs=[block.ref],
                      origin="prose") for k, (name, points) in enumerate(finest.items)]


def weighted_list_sums(doc: Document) -> list[Fact]:
    """The points of the finest listed level against the total the text states before the lists (总分值100分): a
    ``sum`` fact named as the text counts the indicators (13个三级指标)."""
    finest = _finest_list(doc)
    total = _stated_total_before(doc, finest.block_index) if finest is not None else None
    if total is None:
        return []
    block = doc.blocks[finest.block_index]
    return [Fact(metric=f"{finest.count}个{finest.level}级指标", kind="sum", total=total,
                 parts=[points for _, points in finest.items], unit="分", text=block.text, page=block.page,
                 refs=[block.ref])]


def _finest_list(doc: Document) -> _WeightedList | None:
    """The list of the finest level (三级 before 二级 before 一级) among the lists of indicators with their points."""
    return max(_weighted_lists(doc), key=lambda found: _LEVEL_RANK[found.level], default=None)


def _weighted_lists(doc: Document) -> list[_WeightedList]:
    """The lists of indicators with their points, each one whole: every item read, as many as the count says."""
    found = []
    for index, block in enumerate(doc.blocks):
        if block.kind not in _TEXT_KINDS:
            continue
        for m in _WEIGHTED_LIST.finditer(re.sub(r"\s+", "", block.text)):
            items = [_WEIGHTED_ITEM.match(item) for item in re.split(r"[，,；;]", m.group("items")) if item]
            if items and all(items) and cn_to_int(m.group("count")) == len(items):
                found.append(_WeightedList(m.group("level"), m.group("count"),
                                           [(i.group("name"), float(i.group("points"))) for i in items], index))
    return found


def _stated_total_before(doc: Document, index: int) -> float | None:
    """The total points the last text before block ``index`` (or in it) states, within its section."""
    for block in reversed(doc.blocks[max(0, index - 3): index + 1]):
        m = _TOTAL_POINTS.search(re.sub(r"\s+", "", block.text or ""))
        if m:
            return float(m.group("points"))
    return None


# -- items with their points ------------------------------------------------------------------------------------------

#: the points of an item and what it scored, in one bracket after its title (萧县 老旧小区 自评报告: 1.项目申报(满分5分,实得5分);
#: 固镇 民生工程 自评报告: (一)投入(25分,自评得分25分); 秀屿 居家养老 评价报告: (一)项目决策情况(分值20分,得分15分))
_FULL_AND_GOT = (r"[（(](?:满分|分值|权重)?(?P<full>\d{1,3}(?:\.\d+)?)分[，,、]\s*(?:实得|自评得分|得分|实际得分|得)"
                 r"(?P<got>\d{1,3}(?:\.\d+)?)分[)）]")
#: an item opening with its name and its points, then what it asks (1、目标预期实现进度(3分)。中长期项目须…; (1)相关性(5分)。
#: 指设立的…): the name is a phrase, no sentence
_TITLED_ITEM = re.compile(rf"^(?P<name>[{HAN}][^，,。；;:：（()）]{{1,23}})(?:(?P<points>{BRACKETED_POINTS})|{_FULL_AND_GOT})"
                          r"\s*(?:[。.:：]|$)")
#: an item naming itself in its first sentence and closing its rules with its points (盐城 气象 工作目标: (1)地面测报总错比。
#: 各县…≤0.4‰得2分;…不得分。(2分)(亭湖除外))
_NAMED_ITEM = re.compile(rf"^(?P<name>[{HAN}][^，,。；;:：（()）]{{1,23}})[。.]")
_POINTED_ITEMS_AT_LEAST = 2


@dataclass
class _PointedItem:
    rank: int
    name: str
    points: float
    block_index: int
    target: Quantity | None = None  # the first bound its rules set (各县地面测报总错比≤0.4‰得2分)
    score: float | None = None  # what it scored, written beside its points (满分5分,实得5分)


def pointed_item_indicators(doc: Document, start: int = 0) -> list[Indicator]:
    """The items of a scoring rule written as numbered text, each with its points: titled with them (1、目标预期实现进度
    (3分)。…) or closing its rules with them ((1)地面测报总错比。…(2分)). An item whose deeper items' points fit in its
    own is their group (1、地面测报业务质量(8分) over its five items), and the two nearest groups over an item are its
    一级 and 二级; the first bound an item's rules set is its target (≤0.4‰得2分); none unless two items are rows."""
    items = _ranked_as_they_come(_pointed_items(doc))
    groups = _groups(items)
    rows = [k for k in range(len(items)) if k not in groups or _scored_group(items[k])]
    if len(rows) < _POINTED_ITEMS_AT_LEAST:
        return []
    out = []
    for number, k in enumerate(rows, start + 1):
        heads = _ancestors(items, groups, k) + ([k] if k in groups else [])  # a scored group's row is its own level
        above = [f"{items[g].name}({items[g].points:g}分)" for g in heads
                 if items[g].points < FULL_SCORE]  # 自评基本结论(满分100分,…): the whole evaluation, no level
        block = doc.blocks[items[k].block_index]
        target = items[k].target
        out.append(Indicator(id=f"S{number}", name=items[k].name, weight=items[k].points, score=items[k].score,
                             page=block.page,
                             refs=[block.ref], origin="prose", level1_text=(above[-2:] or [None])[0],
                             level2_text=above[-1] if len(above) >= 2 else None,
                             **({"operator": target.operator, "value": target.value, "unit": target.unit,
                                 "target_text": target.text} if target else {})))
    return out


@dataclass
class _OpenItem:
    """An item, its rules read on until the next numbered block: titled with its points (二、绿地率(20分) │ 绿化用地面积
    占…25%(含25%)以上的给满分), or naming itself first, one with its points when its rules close with them."""
    rank: int
    name: str
    block_index: int
    rules: str
    points: float | None = None  # written in its title
    score: float | None = None

    def closed(self) -> _PointedItem | None:
        points = self.points
        if points is None:
            closing = bracketed_points(self.rules)
            if not closing:
                return None
            points = closing[-1][1]
        target = next((q for sentence in re.split(r"[。；;]", self.rules) if not _FORMULA.search(sentence)
                       for q in find_quantities(sentence) if q.operator and not _points(q)), None)
        return _PointedItem(self.rank, self.name, points, self.block_index, target, self.score)


#: a sentence defining how a rate is computed (违法生育多孩率=100%—符合政策生育率): no bound of the item's
_FORMULA = re.compile(r"[=＝×÷]")


def _points(q: Quantity) -> bool:
    """A quantity of points the rules give or take (得2分, 扣0.5-2分): the scoring, no target."""
    return q.kind == "score" or q.unit == "分"


def _pointed_items(doc: Document) -> list[_PointedItem]:
    """The numbered items with their points, in order; an item's text runs on over the unnumbered paragraphs after it."""
    found: list[_PointedItem | None] = []
    open_item: _OpenItem | None = None
    for index, block in enumerate(doc.blocks):
        if block.kind not in _TEXT_KINDS:
            continue
        text = re.sub(r"\s+", "", block.text or "")
        numbering = match_number(text)
        if numbering is None:
            if open_item is not None:
                open_item.rules += text
            continue
        found.append(open_item.closed() if open_item else None)
        open_item = _open_item(numbering, index)
    found.append(open_item.closed() if open_item else None)
    return [item for item in found if item is not None]


def _open_item(numbering: Numbering, index: int) -> _OpenItem | None:
    """The item a numbered block opens: titled with its points, or naming itself in its first sentence."""
    title = numbering.title
    if (titled := _TITLED_ITEM.match(title)) is not None:
        rules = title[titled.end():]
        if titled.group("points"):
            return _OpenItem(numbering.rank, titled.group("name"), index, rules, section_points(titled.group("points")))
        return _OpenItem(numbering.rank, titled.group("name"), index, rules, float(titled.group("full")),
                         float(titled.group("got")))
    if (named := _NAMED_ITEM.match(title)) is not None:
        return _OpenItem(numbering.rank, named.group("name"), index, title[named.end():])
    return None


def _ranked_as_they_come(items: list[_PointedItem]) -> list[_PointedItem]:
    """The items with their numbering's ranks in the order the styles first come: a report may number its outline
    (一) > (1) > 1、 (固镇), against the usual 1. > (1)."""
    order: dict[int, int] = {}
    for item in items:
        order.setdefault(item.rank, len(order))
    return [replace(item, rank=order[item.rank]) for item in items]


def _scored_group(item: _PointedItem) -> bool:
    """A group that states what it scored beside its points ((一)投入(满分15分,实得15分)) is a row of the score table too;
    one stating the whole evaluation's points (自评基本结论(满分100分,…)) is its total, no row."""
    return item.score is not None and item.points < FULL_SCORE


def _groups(items: list[_PointedItem]) -> set[int]:
    """The items whose deeper items (up to the next one of their rank or an outer one) have points adding up to no
    more than their own."""
    groups = set()
    for k, item in enumerate(items):
        inner = []
        for later in items[k + 1:]:
            if later.rank <= item.rank:
                break
            inner.append(later)
        nearest = min((i.rank for i in inner), default=None)
        children = [i.points for i in inner if i.rank == nearest]
        if children and sum(children) <= item.points + 1e-9:
            groups.add(k)
    return groups


def _ancestors(items: list[_PointedItem], groups: set[int], k: int) -> list[int]:
    """The groups over item ``k``, outermost first."""
    out, rank = [], items[k].rank
    for g in range(k - 1, -1, -1):
        if g in groups and items[g].rank < rank:
            out.insert(0, g)
            rank = items[g].rank
    return out
