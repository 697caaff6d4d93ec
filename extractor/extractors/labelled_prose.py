"""Indicators stated in running text under their level labels, as published notices do:

    一、产出指标
    数量指标：黄金蜜(葡萄)种植数量(≥**株)>=17600株；种植作物成活率(≥**%)>=85；时效指标：完成及时率>=100%。

The chain: the text blocks in order → each split at its level labels (一级 names set the 一级, 二级 names
open a segment) → the targets of each segment (``goals.targets_in``: metric, operator, number, unit) →
indicators with the segment's levels. A segment with no number (``生态效益指标：生态修复功能提高``) is one
indicator whose target is its text, so the checker can judge its wording. Template hints left in front of a
value (``(≥**株)``) and core-indicator marks (★) are not part of a name. The lines of a report's section on results
(（三）绩效指标完成情况分析) state what was done: only the results they measure against something are read there
(:mod:`.results_prose`), and lines that write their target and result as such (…,年初目标值≥90%,实际完成值≥90%) with
no level. Under a report's title on its indicators (2.绩效指标设定情况) the lines with no labels give the targets they
state with an operator ((1)各年龄段人群接种率≥90%), with no level.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain

from ..document import Document, compact_cell
from ..extraction import Indicator
from ..layout.headings import LETTER_NUMBER, POINT_ENUMERATION, cn_to_int, match_number, without_number
from ..nlp.framework import canonical_level1, canonical_level2, clean_level, parent_of
from ..nlp.lexicon import (alternation, is_chinese, operator_words, operators_for, reason_words, strip_vague_ending,
                           vague_ending, vague_for, vague_words)
from ..nlp.quantities import (BRACKETED_POINTS, FIGURE, find_deadlines, find_quantities, figures_with_units, parse_operator,
                               section_points)
from .forms.reader import cell_text, is_template_text
from .goals import (INDICATOR_LINE, field_targets_heading, is_plan_targets_heading,
                    is_targets_section, opens_with_goal_label, targets_in, titled_as_targets)
from .results_prose import MODAL_WORDS, labelled_result, result_indicators, stated_result, writes_target_and_result
from .sentences import HAN, HAN_CHAR, normalise
from .subprojects import without_responsibility_note
from .task_tables import task_cells

#: a label ending in 指标/目标 followed by a colon, a comma, a dash or 为 (社会效益目标： is the wording of some notices;
#: 数量指标-修复…面积大于等于610亩; 产出目标为水泥路面22.53m³,…), and the words a list opens it with: 二是1个效益指标： /
#: 一是3个产出指标分别是： / 数量指标6个： / 设 1条数量指标： (广西 部门预算公开: one indicator a label, 设 1条质量指标：…；);
#: a …指标 label holds no 的 (目标表》设定的质量指标包括：, 水污染防治资金 news item: the label is 质量指标; …专项资金的经济效益,
#: of a report's prose, stays no level label)
_LABEL = re.compile(rf"(?:{POINT_ENUMERATION})?(?:\d+个|(?:设\s*)?\d+\s*条)?(?P<label>[{HAN}]{{2,10}}?(?:目标|效益)|(?:(?!的)[{HAN}]){{2,10}}?指标)"
                    r"(?:(?:\d+[个项])?(?:分别是|分别为|包括)?\s*[：:，,\-－—]|则?为(?=[^\d，,。；;：:]))")
#: a template hint such as (≥**株) / （≤**元/株）, and core-indicator stars: no part of a name
NAME_MARKS = re.compile(r"[（(][^（()）]*\*\*[^（()）]*[)）]|[★☆]+")
_SEGMENT_END = "。；;"


#: the title of a report's section on results (（四）绩效指标完成情况分析, 2.完成的绩效目标): the lines under their level
#: labels there state what was done, not targets, and only the results among them are read (results_prose)
_RESULTS_TITLE = re.compile(r"完成情况|完成的|实际完成|实现情况")
#: the title of a report's section setting its indicators ((二)项目绩效指标, 2.绩效指标设定情况): its lines may state
#: targets with no level labels ((1)各年龄段人群接种率≥90%)
_TARGETS_TITLE = re.compile(r"绩效指标")
#: a results title over the indicators (一、主要指标完成情况): each line names its indicator before a colon
_INDICATORS_TITLE = re.compile(r"指标完成情况")
_SECTION_TITLE_CHARS = 40
_LEVEL_LABEL_CHARS = 12  # a line or a cell this short that names a level is the level's label, not an indicator


@dataclass
class _Segment:
    level1: str | None
    level2: str | None  # None: the targets follow a 一级 label directly ("效益指标：村通硬化路率100%")
    text: str
    block_ref: str
    page: int | None
    in_table: bool = False  # from a table row: the form's own indicator rows (origin "table")
    whole_cell: bool = False  # one cell of a table the form reader did not understand: one indicator, the whole cell
    result: bool = False  # from a report's section on results: only the results it states (results_prose)
    named_result: bool = False  # a line of a section on the indicators' results, opening with its indicator's name
    targets_only: bool = False  # under a report's title on its indicators, no labels: only targets with an operator
    main_only: bool = False  # a sentence's list of its main indicators (主要指标是…): not the whole set of its dimensions
    planned: bool = False  # a numbered line under a plan's heading of its targets (1.努力实现地区生产总值增长6.2%左右。) or
    # a paragraph opening with the year of its targets (到2023年,…): a plan's own targets, not a form's set of dimensions
    name: str | None = None  # the indicator a result line names before its result's title (投入-时效目标-绩效目标完成率实际完成情况:)
    level1_text: str | None = None  # the 一级 as written when it is not the framework's (投入 of 投入-时效目标-…)
    level2_text: str | None = None  # the 二级 as written when it is not the framework's (a group column's 旅游行业监管)


def labelled_prose_indicators(doc: Document, table_refs: frozenset[str] = frozenset()) -> list[Indicator]:
    """Indicators of the text blocks that list them under 一级/二级 labels, of the rows of the tables
    ``table_refs`` (tables the form reader did not understand: 产出指标 │ 质量指标：…合格率达100%) and of any table
    row where a level label cell lists them (年度绩效总目标 │ 产出指标 │ 开展巡查8次;编制资料3个;…, 湖北 target
    forms); [] when the document has none. Those of a table keep ``origin`` "table": they are the form's rows."""
    return labelled_prose_reading(doc, table_refs)[0]


def labelled_prose_reading(doc: Document, table_refs: frozenset[str] = frozenset()) -> tuple[list[Indicator], list[str]]:
    """The indicators of :func:`labelled_prose_indicators` and the 一级/二级 names of the labels the list goes under
    with a text after them, read into rows or not (4、社会效益指标：…有所提高): the dimensions it covers."""
    out: list[Indicator] = []
    levels: dict[str, None] = {}
    written: set[str] = set()
    described = _described_columns(doc, table_refs)
    for segment in chain(_segments(doc, table_refs, written, frozenset(described)), _described_targets(doc, described)):
        levels.update(dict.fromkeys(level for level in (segment.level1, segment.level2) if level and segment.text.strip()))
        for indicator in _segment_indicators(segment):
            indicator.id = f"P{len(out) + 1}"
            out.append(indicator)
    if not any(i.value is not None or i.actual is not None for i in out):
        return [], []  # labels with no target nor result anywhere are not an indicator list
    for indicator in out:
        if indicator.level1_text == indicator.level1 and indicator.level1_text not in written:
            indicator.level1_text = None  # the framework's 一级 of a 二级 label, which the document does not write
    return out, list(levels)


def _level_of(label: str) -> tuple[str | None, str | None]:
    """(一级, 二级) a label names: 产出指标 → (产出指标, None); 数量指标 / 社会效益目标 → (产出指标/效益指标, 二级);
    both written one after the other, 产出指标数量指标 → (产出指标, 数量指标)."""
    level1, level2 = _written_levels(label)
    if level2 is not None:
        return level1 or parent_of(level2), level2
    return level1, None


def _written_levels(label: str) -> tuple[str | None, str | None]:
    """(一级, 二级) a label writes: a 二级 alone (数量指标; 成本指标, 满意度指标 among the 二级 labels of a list) writes no
    一级, though the framework gives it one."""
    as_indicator = re.sub(r"目标$", "指标", label)
    level2 = canonical_level2(as_indicator)
    if level2 is not None:
        return None, level2
    level1 = canonical_level1(as_indicator)
    if level1 is None and "指标" in as_indicator[:-2]:
        head, _, rest = as_indicator.partition("指标")
        glued = canonical_level1(head + "指标"), canonical_level2(rest)
        if all(glued):
            return glued
    return level1, None


def _level1s_written(text: str) -> set[str]:
    """The 一级 names a line writes as labels (产出指标：…, 一、效益指标, a table cell 满意度指标 between ；): the rows
    under a 二级 label alone (数量指标：…) keep their 一级 from the framework, not in ``level1_text``."""
    labels = [m.group("label") for m in _LABEL.finditer(text)]
    labels += [LETTER_NUMBER.sub("", piece.strip().rstrip("。.")) for piece in text.split("；")
               if len(piece.strip()) <= _LEVEL_LABEL_CHARS]
    numbered = match_number(text)
    dashed = _DASHED.match(numbered.title if numbered else text)  # 产出-数量目标-…: 产出 written as the 一级
    labels += [dashed.group("level1")] if dashed else []
    return {level1 for level1, _ in map(_written_levels, labels) if level1}


def _texts(doc: Document, table_refs: frozenset[str], described: frozenset[str]) -> Iterator[tuple[str, object, bool]]:
    """(text, block, whole cells) of each text block and of each table (:func:`_table_texts`) but those whose column
    describes their targets (``described``, read by :func:`_described_targets`)."""
    for block in doc.blocks:
        if block.kind in ("heading", "paragraph", "list_item") and block.text:
            yield block.text, block, False
        elif block.kind == "table" and block.ref not in described:
            yield from ((text, block, whole) for text, whole in _table_texts(block, block.ref in table_refs))


def _table_texts(block, not_understood: bool) -> Iterator[tuple[str, bool]]:
    """(text, whole cells) of a table: of a table the form reader did not understand, the cells under level columns
    (:func:`_listed_under_level_columns`), else each row (its distinct cells, in order, a merged cell once, joined by
    ；, each cell one indicator); of another table, each level label cell with the list in the cell after it
    (``产出指标：…;…``, split into its items)."""
    under_columns = _listed_under_level_columns(block.cells()) if not_understood else []
    if under_columns:
        yield from ((f"{label}：{text}", False) for label, text in under_columns)
        return
    for row in block.cells():
        cells = list(dict.fromkeys(c.strip() for c in row if c and c.strip()))
        listed = [f"{_FIGURES_LIST_LABEL}：{pairs}" for label, cell in zip(cells, cells[1:])
                  if _FIGURES_LABEL.fullmatch(compact_cell(label)) and (pairs := _named_figures(cell))]
        if listed:
            yield from ((text, False) for text in listed)
        elif cells and not_understood:
            yield "；".join(cells), True
        elif cells:
            yield from ((f"{label}：{text}", False) for label, text in _listed_under_levels(cells))
            yield from ((_unbracketed(c), False) for c in cells if _BRACKETED_LEVEL.search(c))


#: the header of a column that writes its targets out in sentences, the columns left of it their groups (杭州 旅委
#: 绩效考核目标: 类别 │ 分项指标 │ 目标名称 │ 考核内容及指标 │ 指标属性 │ 完成时限)
_DESCRIBED_TARGETS = re.compile(r"^(?:考核|工作|目标)?内容及(?:指标|目标)$")
#: the column of a responsibility letter's targets, each with its points (杨凌 目标责任书: 时限 │ 类别 │ 工作任务 │
#: 目标及质量要求 over 新闻宣传(35分) │ 在省级以上媒体送播杨凌报道20条(15分);开办重点挂牌栏目4个(10分)), read in any table
_LETTER_TARGETS = re.compile(r"^目标及(?:质量)?要求$")
_GROUPS_OF_A_ROW = 2


def _described_column(rows: list[list[str]], header: re.Pattern = _DESCRIBED_TARGETS) -> tuple[int, int] | None:
    """(header row, column) of the column whose header ``header`` matches, None for a table with none."""
    return next(((k, i) for k, row in enumerate(rows) for i, c in enumerate(row)
                 if isinstance(c, str) and header.match(compact_cell(c))), None)


def _described_columns(doc: Document, table_refs: frozenset[str]) -> dict[str, tuple[int, int]]:
    """(header row, column) of :func:`_described_column` for each table the form reader did not understand that has
    one, and of each table with a responsibility letter's column of targets (:data:`_LETTER_TARGETS`), by the
    table's ref."""
    found = {}
    for block in doc.tables():
        rows = block.cells()
        column = (_described_column(rows) if block.ref in table_refs else None) or _described_column(rows, _LETTER_TARGETS)
        if column is not None:
            found[block.ref] = column
    return found


def _described_targets(doc: Document, described: dict[str, tuple[int, int]]) -> Iterator[_Segment]:
    """A segment of each cell of a column describing its targets (``described``: :func:`_described_columns`), under
    the last two groups its row names left of it as written (关键指标 │ 主要发展指标 │ 旅游外汇收入增长8.1%;…)."""
    for block in doc.tables():
        if block.ref not in described:
            continue
        k, column = described[block.ref]
        rows = block.cells()
        for row in rows[k + 1:]:
            text = normalise(cell_text(row, column))
            groups = [c for c in dict.fromkeys(cell_text(row, i) for i in range(column)) if c][-_GROUPS_OF_A_ROW:]
            if text:
                level1, level2 = ([None] * _GROUPS_OF_A_ROW + groups)[-_GROUPS_OF_A_ROW:]
                yield _Segment(None, None, text, block.ref, block.page, in_table=True, level1_text=level1,
                               level2_text=level2)


#: a label cell whose neighbour lists indicators with their figures, one after another (指标值: │ 高血压患者健康管理率:30%
#: 高血压患者规范管理率:80%…, a 慢病管理 form), and the label the list is read under (:func:`_labelled_list`)
_FIGURES_LABEL = re.compile(r"(?:指标值|绩效指标|指标)[:：]?")
_FIGURES_LIST_LABEL = "指标值"
#: one name and its figure in such a list: the name up to its colon, the figure a number and its per cent
_NAMED_FIGURE = re.compile(rf"(?P<name>[{HAN}][^:：\d%‰\s]{{1,30}}?)\s*[:：]\s*(?P<figure>\d+(?:\.\d+)?\s*[%‰]?)")
_NAMED_FIGURES_AT_LEAST = 2


def _named_figures(cell: str) -> str | None:
    """The names and figures a cell lists one after another, with or without breaks between them, joined by ；; None
    unless two pairs or more make up nearly all of the cell."""
    pairs = list(_NAMED_FIGURE.finditer(cell))
    covered = sum(len(re.sub(r"\s", "", m.group())) for m in pairs)
    if len(pairs) < _NAMED_FIGURES_AT_LEAST or covered < 0.8 * len(re.sub(r"\s", "", cell)):
        return None
    return "；".join(m.group("name") + re.sub(r"\s", "", m.group("figure")) for m in pairs)


def _listed_under_levels(cells: list[str]) -> Iterator[tuple[str, str]]:
    """(level label, list) of a row's level label cells followed by a cell listing figures (产出指标 │ 开展文物安全巡查
    频次8次;编制文物宣传资料数量3个)."""
    for label, text in zip(cells, cells[1:]):
        if len(label) <= _LEVEL_LABEL_CHARS and any(_level_of(normalise(label))) and re.search(r"\d", text) \
                and not any(_level_of(normalise(text))):
            yield label, text


def _listed_under_level_columns(rows: list[list[str]]) -> list[tuple[str, str]]:
    """(level label, list) of each cell under a header row that names two levels or more over columns of its own, one
    row a project (霍山 扶贫项目实施情况表: 绩效目标 over 产出指标 │ 效益指标 │ 满意度指标, each cell its project's targets
    written out: 旋耕机1台,化肥喷洒无人机1台。 │ 受益户数≥220户,…), top to bottom; [] for any other table."""
    for i, row in enumerate(rows):
        labels = {k: label for k, c in enumerate(row) if len(compact := compact_cell(c or "")) <= _LEVEL_LABEL_CHARS
                  and (label := normalise(compact)) and _level_of(label)[0]}
        if len(set(labels.values())) >= 2:
            cells = [(label, cell_text(body, k)) for body in rows[i + 1:] for k, label in labels.items()]
            return [_with_its_label(label, cell) for label, cell in cells
                    if re.search(r"\d", cell) and not any(_level_of(normalise(cell)))]
    return []


def _with_its_label(label: str, cell: str) -> tuple[str, str]:
    """A header cell's wrapped end that a PDF's table finder put in the cell below (产出 over 指标庙岗集村…): the label's."""
    if not label.endswith("指标") and cell.startswith("指标"):
        return label + "指标", cell.removeprefix("指标")
    return label, cell


#: a level label in 【】 inside a cell (安徽 budget disclosures: 【产出指标-数量指标】\n指标1:机柜数量(≥77台)), and any
#: other 【】 heading of such a cell (【总体目标】, 【项目概况】)
_BRACKETED_LEVEL = re.compile(r"【[^】]{0,20}指标[^】]{0,20}】")
_BRACKETED_HEADING = re.compile(r"【(?P<label>[^】]{1,30})】")


def _unbracketed(cell: str) -> str:
    """A cell's 【一级-二级】 labels as the 二级 (or 一级) label with a colon, its other 【】 headings as sentence
    ends, its line breaks as item ends: 【产出指标-数量指标】\n指标1:… → 数量指标：指标1:…；"""
    def label(m: re.Match) -> str:
        text = m.group("label")
        return f"。{re.split(r'[-－—_]', text)[-1]}：" if "指标" in text else "。"
    return _BRACKETED_HEADING.sub(label, cell).replace("\n", "；")


def _segments(doc: Document, table_refs: frozenset[str] = frozenset(), written: set[str] | None = None,
              described: frozenset[str] = frozenset()) -> Iterator[_Segment]:
    """The segments of text under level labels; ``written`` gathers the 一级 names the lines read so far write;
    ``described`` tables are left to :func:`_described_targets`."""
    section, pending, bare = _Section(), None, False
    targets_document = titled_as_targets(doc)  # each paragraph's figures are targets
    fields = _field_headings(doc)
    for raw, block, whole_cell in _titles_apart(_texts(doc, table_refs, described)):
        text = normalise(raw)
        if written is not None:
            written.update(_level1s_written(text))
        line = _level_line(text, block)
        if line is not None:
            section.level = line
            if line[1]:  # "（一）数量指标" as its own line: the next line (with no colon: when it states targets)
                pending, bare = line, not text.endswith(("：", ":"))
            continue
        dashed = _dashed_levels(text, block)
        if dashed is not None:
            yield dashed
            continue
        labels = _labels(text)
        in_table = block.kind == "table"
        as_result = writes_target_and_result(text)  # 1)…,年初目标值≥90%,实际完成值≥90%: a result wherever it stands
        section = _next_section(section, text, block, labels, as_result, fields)
        if (section.results or as_result) and not in_table:
            yield from _result_segments(text, block, labels, section, as_result)  # what was done: only judged results
            continue
        if section.targets and not in_table and not labels and pending is None:
            yield _Segment(None, None, text, block.ref, block.page, targets_only=True)
            continue
        if _plan_target_line(section, text, block):
            yield from _planned_segments(section, text, block)
            continue
        if not in_table and not labels and (_only_targets(section, text) or targets_document and targets_in(text)):
            yield _Segment(None, None, text, block.ref, block.page, targets_only=True, planned=True)
            continue
        if pending is not None and not labels and not in_table and (not bare or _states_targets(text)
                                                                   or INDICATOR_LINE.match(text)):
            yield _Segment(*pending, text, block.ref, block.page)  # the text of a label that ended its line
        listed = None if labels or (in_table and not text.startswith(_FIGURES_LIST_LABEL)) else _listed_indicators(text)
        if listed is not None:
            yield _Segment(None, None, listed, block.ref, block.page, in_table, main_only=True)
            continue
        segments, pending = _labelled(text, labels, block, whole_cell)
        bare = False
        yield from segments


#: the words a sentence lists its indicators with, no level named: 主要指标是…, 主要绩效指标为…, 核心指标包括…, and a
#: plan's 主要预期目标是… (咸阳 国民经济和社会发展计划: 生产总值增长6%左右,…), a report's 核心绩效目标:… (徐闻 下桥镇), the list
#: opening after a few words of its own (项目绩效目标核心指标为…, 潜江), and a count of indicators set before the list
#: (红河 交通执法 自评报告: 绩效指标设置5个,分别为:…; …5个方面设置指标5个。分别是:…), the work they are of before them
#: (宁德 移民扶持 news: 今年全市移民扶持工作确定的主要绩效目标有:…)
_INDICATOR_LIST = re.compile(r"(?:^|[，,。；;：:])[^，,。；;：:]{0,16}?(?:(?:主要|核心|具体)(?:绩效指标|指标|预期目标|绩效目标)"
                             r"(?:(?:是|为|有|包括)[：:]?|[：:])|绩效目标实现情况[：:])"
                             r"|(?:设置|设定)?(?:绩效)?指标(?:设置|设定)?\s*[\d一二三四五六七八九十]+\s*[个项][，,。]?\s*"
                             r"(?:分别为|分别是|包括|具体为)[：:]")


def announces_its_indicators(doc: Document) -> bool:
    """A paragraph of the document announces its indicators (项目绩效目标核心指标为:1.成本控制率≤100%;…)."""
    return any(b.kind in ("paragraph", "list_item") and _INDICATOR_LIST.search(b.text or "") for b in doc.blocks)


def _listed_indicators(text: str) -> str | None:
    """The list of a sentence that announces its indicators (…,主要指标是城市道路装灯率100%,亮灯率99%,…。): the
    text up to the sentence's end, when it states two figures or more; the list a goal label opens when it is
    only names and their figures (:func:`_labelled_list`)."""
    m = _INDICATOR_LIST.search(text)
    if m is None:
        return _labelled_list(text)
    body = text[m.end():].partition("。")[0]
    return body if len(find_quantities(body)) >= 2 else None


#: a goal's label opening a line (临翔 项目公示: 绩效目标:坚果提质增效基地面积≥4300亩,高优科技试验示范基地1个,…; 海南
#: 学生资助: 1. 项目绩效总目标:…), or the label of a list of figures a form cell holds (指标值：…, :func:`_named_figures`)
_LIST_LABEL = re.compile(rf"^(?:(?P<goal>(?:项目)?(?:年度)?绩效总?目标[为是]?)|{_FIGURES_LIST_LABEL})[：:]")
_LISTED_FIGURES_AT_LEAST = 3
#: the purpose a goal states before its list, closed by a semicolon (为在校学生减免学费;发放率100%,…)
_PURPOSE_FIRST = re.compile(r"^[^\d；;。]+[；;]")


def _labelled_list(text: str) -> str | None:
    """The sentence after a goal label when each of its clauses is a name closed by its figure, three or more, one
    with an operator at least (绩效目标:坚果提质增效基地面积≥4300亩,防灾减灾设施5套,…,群众满意度≥90%): the goal
    written as the indicator list it is, after the purpose it may state first (为…减免学费;发放率100%,…). A clause
    that tells (改善村基础设施), opens with a deed (完成8个以上建制村…) or goes on after its figure keeps the sentence a
    goal. A list of figures under 指标值 needs no operator."""
    text = without_number(text)
    m = _LIST_LABEL.match(text)
    if m is None:
        return None
    body = text[m.end():].partition("。")[0]
    body = body[_purpose_end(body):]
    clauses = [c.strip() for c in re.split(r"[，,；;、]", body) if c.strip()]
    figures = [_closing_target(c) for c in clauses]
    if len(clauses) < _LISTED_FIGURES_AT_LEAST or not all(figures) or (
            m.group("goal") and not any(map(_bounded, figures))):
        return None
    return body


def _bounded(target) -> bool:
    """The target states a bound or an operator (≥90%, 达:98%), not a bare figure."""
    return parse_operator(target.text) is not None or target.operator in (">=", "<=", ">", "<")


def _purpose_end(body: str) -> int:
    purpose = _PURPOSE_FIRST.match(body)
    return purpose.end() if purpose else 0


def _closing_target(clause: str):
    """The one target closing a clause after a name of two characters or more with no figure, None otherwise."""
    targets = targets_in(clause, indicator_list=True)
    if len(targets) != 1 or not clause.endswith(targets[0].text):
        return None
    name = clause[: -len(targets[0].text)]
    return targets[0] if len(HAN_CHAR.findall(name)) >= 2 and not re.search(r"\d", name) \
        and not _OPENING_DEED.match(name) else None


#: a deed opening a clause (完成, 建设, 实施): the clause tells what is done, not an indicator's name; the deed's rate
#: is a name (发放率100%, 完成率)
_OPENING_DEED = re.compile(r"(?:完成|建设|建成|实施|开展|推进|落实|新建|改造|治理|发放|组织|举办)(?!率)")


@dataclass
class _Section:
    """The report section a line is in: one on results (…完成情况), one setting indicators (…绩效指标), or another;
    ``level`` the 一级 (and 二级) its title or the last level line named."""
    results: bool = False
    targets: bool = False
    level: tuple[str, str | None] | None = None
    plan: bool = False  # a plan's heading of its targets (一、经济社会发展的主要预期目标): one target a numbered line
    indicators: bool = False  # a results title over indicators (一、主要指标完成情况): one indicator a line, by its name
    tasks: bool = False  # the year's list of works for the people (民生实事): one task a paragraph, its figures targets
    announced: bool = False  # opened by a paragraph announcing the targets (…责任目标如下:): its (一) items state them too
    field: str | None = None  # the field a plan's heading names (一、绿色发展目标 over 1.…): its targets' group, as written
    group: str | None = None  # the group of indicators a title inside the field names (1.约束性指标。 under (一)…规划指标)
    depth: int | None = None  # the numbering level of the title that named the field


def _field_headings(doc: Document) -> dict[str, str]:
    """The field each heading over a plan's numbered targets names (:func:`~.goals.field_targets_heading`), by block."""
    blocks = doc.blocks
    return {block.ref: field for i, block in enumerate(blocks) if (field := field_targets_heading(blocks, i))}


#: a title over the year's works for the people (宝安 news: 2024年十项民生实事; 静安发布2024年十项为民办实事项目): each
#: paragraph after it a task whose figures are its targets, the headings inside the list grouping them
_WORKS_FOR_THE_PEOPLE = re.compile(r"(?:民生实事|为民办实事|办实事)(?:项目)?[:：]?$")


def _next_section(section: _Section, text: str, block, labels: list, as_result: bool,
                  fields: dict[str, str]) -> _Section:
    """The section after a line: a heading naming a field's targets over numbered lines (``fields``) or a paragraph
    opening with a plan's year and stating no targets opens a plan's targets (:func:`_announces_year_targets`, its (一)
    sections stating them too); a section title (a heading, a short numbered line) opens another, unless it is
    a numbered target of an indicator section ((1)各年龄段人群接种率≥90%) or a numbered result (1)…,目标值2,完成值2:
    ``as_result``, it writes its target and result as such)."""
    if block.ref in fields:  # 一、绿色发展目标 over 1.…: the field's targets
        return _Section(plan=True, field=fields[block.ref])
    if block.kind != "table" and _announces_year_targets(text):
        return _Section(plan=True, announced=True)  # the dashed lines after it are its targets (——…90%以上乡镇和60%以上村)
    if block.kind != "table" and len(text) <= _SECTION_TITLE_CHARS and _WORKS_FOR_THE_PEOPLE.search(text):
        return _Section(tasks=True)
    if section.tasks and _is_section_title(text, block) and not _RESULTS_TITLE.search(text):
        return section  # a heading inside the list (1、优化医疗健康服务供给) groups its tasks
    grouped = _plan_indicators_title(section, text) if block.kind != "table" else None
    if grouped is not None:
        return grouped
    if block.kind == "table" or labels or not _is_section_title(text, block) or as_result \
            or _item_of_the_section(section, text, block):
        return section
    results = bool(_RESULTS_TITLE.search(text))
    return _Section(results, not results and bool(_TARGETS_TITLE.search(text)), _results_title_level(text),
                    plan=is_plan_targets_heading(text) or is_targets_section(text),
                    indicators=results and bool(_INDICATORS_TITLE.search(text)))


#: a plan's title over its list of indicators (辽宁 任务分工: (一)“十二五”时期主要规划指标。 │ 1.约束性指标。 │ ⑴九年义务教育
#: 巩固率达到97%。 │ 责任单位:… ): each numbered line under it one target, the titles its groups
_PLAN_INDICATORS_TITLE = re.compile(r"(?:约束性|预期性|规划|主要|发展)指标$")


def _plan_indicators_title(section: _Section, text: str) -> _Section | None:
    """The plan section a numbered title over a plan's indicators opens, None for any other line: a title numbered
    deeper than the one that opened the section names a group inside its field."""
    numbered = match_number(text)
    title = numbered.title.rstrip("。:：") if numbered else ""
    if numbered is None or not _PLAN_INDICATORS_TITLE.search(title):
        return None
    if section.plan and section.depth is not None and numbered.level > section.depth:
        return _Section(plan=True, field=section.field, group=title, depth=section.depth)
    return _Section(plan=True, field=title, depth=numbered.level)


def _item_of_the_section(section: _Section, text: str, block) -> bool:
    """A short numbered line that is an item of its section, not a title: a target of an indicator section, a plan's
    target, a named result under a title over the indicators' results ((六)农村改厕:改厕任务38283座,完成38649座,…)."""
    return (section.targets and _states_targets(text)) or _plan_target_line(section, text, block) \
        or (section.indicators and bool(labelled_result(without_number(text))))


#: a paragraph of a plan opening with the year its targets are for (湖南 旅游业 行动方案: 《方案》指出,到2023年,全省接待
#: 旅游总人数9.6亿人次以上,实现旅游总收入1.15万亿元以上;…), or announcing its targets before it (健康儿童行动提升计划:
#: …,提出系列目标:到2025年,新生儿死亡率…控制在3.1‰…以下;…), or the year's tasks, or the deadline they are due by
_TO_THE_YEAR = r"到20\d{2}年(?:底|末)?[，,：:]"  # 到2025年, the year a plan's targets are for
_YEAR_OF_TARGETS = re.compile(rf"(?:^|[，,。；;：:]|目标[是为]|力争){_TO_THE_YEAR}"  # 池州: ——增总量。到2022年,全市…; 辽宁: 目标是力争到2025年:
                              r"|20\d{2}年度?(?:任务|目标)[：:]"  # 西安 乡村振兴 行动方案: 2019年任务:一是…;二是…
                              r"|(?:^|[，,。；;：:])到?20\d{2}年(?:年底|底|末)?前"  # 河南 乡村建设: 方案要求,2025年年底前,累计…
                              r"|^(?:《[^》]{1,40}》|方案|计划|意见)(?:明确|要求|提出|指出)[，,：:]"  # the plan's own words
                              r"|^按照《[^》]{0,40}(?:方案|规划|计划|意见)》[，,]"  # 黑龙江 秸秆 news: 按照《方案》,2021年全省…
                              r"|(?:^|[，,。；;：:])(?:项目|工程)(?:实施)?完成后[，,]")  # 畜禽粪污 方案: 项目完成后,…
_YEAR_TARGETS_AT_LEAST = 2
#: a paragraph opening with the label of a plan's targets (师宗 实施意见: (二)发展目标。2025年,力争实现农业总产值104亿元
#: 以上…). Not a notice's 目标： or 绩效目标： line (项目公示: 绩效目标:购置垃圾箱90个,…): blind206's and blind207's writers
#: list its figures as rows, blind7's, blind22's, blind66's and blind124's do not
_TARGETS_LABEL = re.compile(r"^(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]?)?(?:发展|主要|工作)目标[：:。]")
#: a paragraph opening with the year of a plan's targets (莆田 养老 实施意见: 到2020年,全面建成…养老服务体系。)
_PLAN_YEAR = re.compile(f"^{_TO_THE_YEAR}")
#: a paragraph closing with words announcing a plan's targets (丽水 年度计划: …国民经济和社会发展主要目标是:); not a
#: report's 设定年度绩效目标为: / 绩效目标如下: (blind78's and blind184's writers read no rows after it)
_TARGETS_FOLLOW = re.compile(r"(?:主要|发展|预期|责任)目标(?:是|为|如下)[：:]$")


def _announces_year_targets(text: str) -> bool:
    """A paragraph opening with the year of a plan's targets and stating fewer than two of them, or closing with
    words announcing them: the targets follow on lines of their own."""
    return (_PLAN_YEAR.match(text) is not None and len(targets_in(text)) < _YEAR_TARGETS_AT_LEAST
            or _TARGETS_FOLLOW.search(text) is not None)


def _only_targets(section: _Section, text: str) -> bool:
    """A paragraph to read for its targets only (the rest is its goals' prose): one stating a plan's targets
    (:func:`_states_year_targets`), or a task of the year's 民生实事 list stating a figure."""
    return _states_year_targets(text) or (section.tasks and bool(targets_in(text)))


def _states_year_targets(text: str) -> bool:
    """A paragraph opening with the year of its targets (or announcing them before it) that states three targets or
    more."""
    return ((_YEAR_OF_TARGETS.search(text) is not None or _TARGETS_LABEL.match(text) is not None)
            and len(targets_in(text)) >= _YEAR_TARGETS_AT_LEAST)


def _is_plan_item(text: str, block) -> bool:
    """A line numbered 1. or (1), or opening with a dash (——) and stating a figure, outside a table: one of a plan's
    targets under its heading."""
    numbered = match_number(text)
    dashed = text.startswith("—") and re.search(r"\d", text) is not None  # (—— in a PDF's text often —); words alone: none
    return block.kind != "table" and (dashed or numbered is not None and numbered.style in ("arabic_dot", "arabic_paren"))


def _plan_target_line(section: _Section, text: str, block) -> bool:
    """A line of a plan's section stating its targets: a numbered line under its heading, or a (一) paragraph after
    the paragraph announcing them."""
    return section.plan and (_is_plan_item(text, block) or (section.announced and _is_titled_item(text, block)))


def _planned_segments(section: _Section, text: str, block) -> list[_Segment]:
    """The segment of a plan's target line; none for a line of a field's targets stating no figure (落实生态环境保护工作
    任务): that one is a goal only."""
    if section.field is not None and not re.search(r"\d", without_number(text)):
        return []
    return [_Segment(None, None, text, block.ref, block.page, planned=True, level1_text=section.field,
                     level2_text=section.group)]


def _is_titled_item(text: str, block) -> bool:
    """A paragraph numbered (一) stating two targets or more, outside a table: one of the targets a plan announced
    (蓟县 森林资源目标责任制: 到2015年,全县林业工作责任目标如下: │ (一)森林资源总量。全县林地保有量达到120.52万亩,…)."""
    numbered = match_number(text)
    return block.kind != "table" and numbered is not None and numbered.style == "cn_paren" \
        and len(targets_in(text)) >= _YEAR_TARGETS_AT_LEAST


def _labelled(text: str, labels: list, block, whole_cell: bool) -> tuple[list[_Segment], tuple[str, str] | None]:
    """(segments, a label left pending) of a line's text after each of its level labels (a 二级 label names its 一级
    too: the framework gives every 二级 its parent): a 一级 label with nothing after it only heads the next
    (产出指标：数量指标：…); a 二级 label closing a line leaves its text to the next line."""
    out, pending, in_table = [], None, block.kind == "table"
    for k, (m, l1, l2) in enumerate(labels):
        end = labels[k + 1][0].start() if k + 1 < len(labels) else len(text)
        body = text[m.end():end]
        if l2 is None and not body.strip("，,。；;： "):
            continue  # "产出指标：数量指标：…": the 二级 label that follows names the 一级 again
        if l2 is not None and not body.strip() and k + 1 == len(labels) and not in_table:
            pending = (l1, l2)  # "…本项目设定的数量指标：" ends its line; its text is the next one
            continue
        out.append(_Segment(l1, l2, body, block.ref, block.page, in_table, whole_cell))
    return out, pending


def _labels(text: str) -> list[tuple[re.Match, str | None, str | None]]:
    """(match, 一级, 二级) of each level label of a text, in order."""
    labels = [(m, *_level_of(m.group("label"))) for m in _LABEL.finditer(text)]
    return [(m, l1, l2) for m, l1, l2 in labels if l1 or l2]


def _titles_apart(texts: Iterator[tuple[str, object, bool]]) -> Iterator[tuple[str, object, bool]]:
    """Each text, a paragraph that opens with its own title naming a level, closed by 。, as the title and the rest
    (1.数量指标。该项目处治里程8公里…; 1.产出指标完成情况。该项指标完成100%。…; 数量指标。养老金领取人数…: a level name
    alone needs no number)."""
    for text, block, whole_cell in texts:
        head, dot, rest = text.partition("。")
        if block.kind != "table" and dot and rest.strip() and len(head) <= _LEVEL_LABEL_CHARS and (
                (match_number(head) is not None and (any(_level_of(head)) or _results_title_level(head)))
                or _BARE_LEVEL_NAME.fullmatch(head) and any(_level_of(head))):
            yield head + dot, block, whole_cell
            text = rest
        yield text, block, whole_cell


_BARE_LEVEL_NAME = re.compile(rf"[{HAN}]{{0,6}}[指目]标")


#: the 一级 an evaluation's own frame writes (投入, 过程, 产出, 效益, 决策, 管理)
_EVALUATION_LEVEL1 = re.compile(r"(?:项目)?(?:投入|过程|产出|效益|决策|管理)")
#: a result line that names its levels and indicator joined by dashes: 1、投入-时效目标-绩效目标完成率-100%，实际完成98.99%,
#: or closes the name with the title of its result ((1)投入-时效目标-绩效目标完成率实际完成情况:实际完成69.23%, 科普 自评报告)
_DASHED = re.compile(rf"^(?P<level1>[{HAN}]{{2,6}})-(?P<level2>[{HAN}]{{2,8}})-(?P<name>[^-，,:：]{{2,40}}?)"
                     rf"(?:-|(?P<titled>(?:实际)?完成情况[:：]))(?P<rest>.+)$")


def _dashed_levels(text: str, block) -> _Segment | None:
    """A line naming 一级-二级-三级-target then the result (3、产出-数量目标-学校修缮项目完成数量-69 所学校，实际完成 69
    所): one result of its 二级 (the 一级 as the 二级's, or as written when the 二级 is unknown)."""
    numbered = match_number(text)
    m = _DASHED.match(numbered.title if numbered else text)
    if block.kind == "table" or m is None:
        return None
    level1, level2 = _level_of(m.group("level2"))
    written1 = _level_of(m.group("level1"))[0]
    if written1 is None and level2 is not None and _EVALUATION_LEVEL1.fullmatch(m.group("level1")):
        level1, written1 = None, m.group("level1")  # 投入-时效目标-…: the evaluation's own 一级, kept as written
    else:
        level1 = level1 or written1
    if level1 is None and level2 is None:
        return None
    named = m.group("name") if m.group("titled") else None
    text = m.group("rest") if named else m.group("name") + m.group("rest")
    return _Segment(level1, level2, text, block.ref, block.page, result=True, name=named, level1_text=written1)


def _result_segments(text: str, block, labels: list, section: _Section, as_result: bool) -> Iterator[_Segment]:
    """The segments of a line of a results section: each after its level label, or the whole line under the level
    its section or the line above named (2.效益指标完成情况 │ 国民综合阅读率80%，指标完成率100%), or with no level when
    it writes its target and result as such (``as_result``: 1.重大动物强制免疫病种群体免疫密度,年初目标值≥90%,实际完成值≥90%)
    or under a title over the indicators' results (一、主要指标完成情况 │ (五)高标准农田建设:…, ``named_result``)."""
    level = section.level
    if not labels and (level is not None or as_result):
        yield _Segment(*(level or (None, None)), text, block.ref, block.page, result=True)
    elif not labels and section.indicators:
        yield _Segment(None, None, text, block.ref, block.page, result=True, named_result=True)
    for k, (m, l1, l2) in enumerate(labels):
        end = labels[k + 1][0].start() if k + 1 < len(labels) else len(text)
        yield _Segment(l1, l2, text[m.end():end], block.ref, block.page, result=True)


def _results_title_level(title: str) -> tuple[str | None, str | None] | None:
    """The levels a results title names (2.效益指标完成情况 → 效益指标; (1)数量指标完成情况 → 产出指标 │ 数量指标, 昌宁
    自评报告), None for another title."""
    level1, level2 = _level_of(_RESULTS_TITLE.split(clean_level(title))[0])
    return (level1, level2) if level1 or level2 else None


def _level_line(text: str, block) -> tuple[str, str | None] | None:
    """(一级, 二级 or None) of a line that is only a level label ("一、 产出指标", "（一）数量指标"; the framework's
    clean_level drops 一、 and （50分）), None for any other line."""
    if block.kind == "table" or len(text) > _LEVEL_LABEL_CHARS:
        return None
    level1, level2 = _level_of(LETTER_NUMBER.sub("", text.rstrip("。.")))  # (1)产出指标。 C满意度指标
    return (level1, level2) if level1 else None




def _states_targets(text: str) -> bool:
    """The line under a level heading with no colon states a target: an operator before a figure (设施温棚种植人员≧300人)
    or a target after the name's comma (农民综合素质，持续提高); a line that tells what was done (三名传承人按照7000元/人
    进行补助) states none."""
    return any(_named_target(item) or any(q.operator for q in find_quantities(item))
               for item in _items(NAME_MARKS.sub("", text)))


def _is_section_title(text: str, block) -> bool:
    """A heading, a short numbered line of its own (（三）绩效指标完成情况分析。) or a results title on a line of its own
    (完成的绩效目标。)."""
    return block.kind == "heading" or (len(text) <= _SECTION_TITLE_CHARS and match_number(text) is not None) \
        or (len(text) <= _LEVEL_LABEL_CHARS and bool(_RESULTS_TITLE.search(text)) and not re.search(r"\d", text))


#: the width and depth after a length (270米×4米×0.2米: a road 270 metres long): sizes of one work, no targets
_SIZES_AFTER_A_LENGTH = re.compile(r"(?<=[米mM])(?:\s*[×xX*]\s*\d+(?:\.\d+)?\s*(?:米|[mM](?![²³23])))+")


def _segment_indicators(segment: _Segment) -> list[Indicator]:
    text = NAME_MARKS.sub("", without_responsibility_note(segment.text)).strip("，,。；; ")
    text = _SIZES_AFTER_A_LENGTH.sub("", text)
    if not _ITEM_NUMBER.sub("", text).strip():
        return []  # a label with nothing after it (指标:, the page cut there)
    if segment.whole_cell:
        return [_cell_indicator(segment, NAME_MARKS.sub("", segment.text).strip("，,；; "))]
    if segment.result:
        reason = reason_given(text)
        if segment.name:  # the line names its indicator before its result's title: what was done, no target
            found = [fields] if (fields := stated_result(segment.name, text)) else []
        elif segment.named_result:
            found = labelled_result(without_number(text))
        else:
            found = [fields for item in _items(text) for fields in result_indicators(without_number(item))]
        return [_indicator(segment, deviation_reason=reason, **fields) for fields in found]
    if segment.targets_only:
        return [indicator for item in _items(text) for part in _respective_targets(item) or [item]
                for indicator in _written_targets(segment, part)]
    if segment.planned:
        return _item_indicators(segment, _OPENING_WORDS.sub("", without_number(text)))
    return [indicator for item in _items(text) for indicator in _item_indicators(segment, item)]


def reason_given(text: str) -> str:
    """The clause of a report's result text that gives a reason (…,未完成目标的原因是预算执行率未完成预计目标), "" when
    the text gives none: a result short of its target there is judged like a form's row with its 偏差原因 cell."""
    for clause in re.split(r"[，,；;。]", text):
        if _REASON.search(clause):
            return clause.strip()
    return ""


_REASON = re.compile(alternation(reason_words()))


def _items(text: str) -> list[str]:
    """The items of a segment, one a clause closed by ；/。 (each with its own target, or none)."""
    return [item.strip() for item in re.split(f"[{_SEGMENT_END}]", text) if item.strip()]


#: the label of a group of targets with their count (丽水 年度计划: ——关于经济发展类目标(13个)。…)
_COUNTED_TARGETS_LABEL = re.compile(r"^[—\s]*[^，,；;。]{2,20}(?:目标|指标)[（(]\d+[个项][)）][。：:]?")
#: an item's own number (指标1:, 指标二：) and a target written in brackets after the name (机柜数量(≥77台))
_ITEM_NUMBER = re.compile(rf"{INDICATOR_LINE.pattern}|^目标[\d一二三四五六七八九十]{{0,2}}[:：]")
_BRACKETED_TARGET = re.compile(r"^(?P<name>[^()（）]{2,40})[（(](?P<target>[^()（）]{1,30})[)）]$")


#: the opening of the next label the page's cut left after an item's closing bracket (做好有效宣传(≥200次) │ 指, 蜀山):
#: no part of the item
_CUT_LABEL_OPENING = re.compile(r"(?<=[)）])\s*(?:指|目|【)$")


#: a bracket of figures right after a figure and its unit explains it (扶贫股1股(3户共9股)): no target of its own
_NOTE_AFTER_FIGURE = re.compile(rf"(?<=\d)(?P<unit>[{HAN}%]{{1,3}})[（(][^（()）]*\d[^（()）]*[)）]")


def _item_indicators(segment: _Segment, text: str) -> list[Indicator]:
    """The indicators of one item: one a target it states, else the item itself as a target with no number; a
    target in brackets after the name is the name's (:func:`_bracketed_item`)."""
    if is_template_text(text) or opens_with_goal_label(text):
        return []  # a template's row label left as it was (指标1 of a cut 宁德 自评表), or the goal after the list
    pointed = _pointed_item(segment, text)
    if pointed is not None:
        return pointed
    text = _COUNTED_TARGETS_LABEL.sub("", text)
    text = _NOTE_AFTER_FIGURE.sub(r"\g<unit>", without_number(_ITEM_NUMBER.sub("", _CUT_LABEL_OPENING.sub("", text))))
    found, text = _bracket_read(segment, text)
    if found:
        return found
    stated = _stated_whole(segment, text)
    if stated:
        return stated
    each = _respective_targets(text)
    if each:
        return [ind for item in each for ind in _item_indicators(segment, item)]
    tiers = _TIERS.search(text)
    if tiers:
        return [_indicator(segment, name=_name(_STATED_AS.split(text[: tiers.start()])[0]), target_text=text.rstrip("。；;"),
                           unit=tiers.group("unit"))]
    targets = [t for t in targets_in(text, indicator_list=True) if t.metric]
    if not targets:
        return [_statement_indicator(segment, statement) for statement in _statements(text)]
    if len(targets) == 1 and _figure_inside(text, targets[0]):
        return [_target_indicator(segment, text, targets[0])]
    named, cursor = [], 0
    for t in targets:
        start = text.find(t.text, cursor)
        if start < 0:
            start = cursor
        named.append((_planned_name(segment, _clause_name(text[cursor:start], named) or _name(t.metric)), t))
        cursor = max(cursor, start + len(t.text))
    return [_target_indicator(segment, name, t) for name, t in _by_place(named)]


def _bracket_read(segment: _Segment, text: str) -> tuple[list[Indicator], str]:
    """The indicators of an item written name(target) (:func:`_bracketed_item`); else none and the text to read on:
    the name alone when the bracket is a note after its figures (能耗降低17%(系国家分解指标)), the name and the bracket
    as one text when the bracket states several figures, the item as it is when it has no closing bracket."""
    bracketed = _BRACKETED_TARGET.match(text)
    if bracketed is None:
        return [], text
    name, target = bracketed.group("name"), bracketed.group("target")
    if re.search(r"\d", name) and not re.search(r"\d", target):
        return [], name
    return _bracketed_item(segment, name, target), name + target


#: the points an item closes on (播发正能量报道25条(10分)), a responsibility letter's
_ITEM_POINTS = re.compile(rf"{BRACKETED_POINTS}[。；;]?$")


def _pointed_item(segment: _Segment, text: str) -> list[Indicator] | None:
    """The indicators of an item closing on its points, the first weighed with them (a 其中 part after it shares
    them); None for an item with no points at its end."""
    points = _ITEM_POINTS.search(text)
    if points is None:
        return None
    found = _item_indicators(segment, text[: points.start()])
    if found and found[0].weight is None:
        found[0].weight = section_points(points.group())
    return found


#: what opens a plan's clause before what it measures (完成植树造林0.74万亩,其中村庄绿化0.12万亩)
_PLANNED_OPENING = re.compile(r"^(?:其中|完成)+")


def _planned_name(segment: _Segment, name: str) -> str:
    """The name of a plan's target, without the words opening its clause: what is measured (植树造林, 村庄绿化)."""
    measured = _PLANNED_OPENING.sub("", name) if segment.planned else name
    return measured if len(HAN_CHAR.findall(measured)) >= 2 else name


#: a clause that states only a change (增6%以上, 同比增长10%): the change of what the clause before it measured
_CHANGE_ONLY = re.compile(rf"(?:同比|比上年|较上年)?(?:{alternation(vague_for('amount_change'))})")


def _clause_name(before: str, named: list[tuple[str, object]]) -> str:
    """The name the text before a target gives it; a clause that states only a change names the measure named before
    it (农业总产值299亿元以上,增6%以上: the rise is the same measure's)."""
    name = _name(before)
    return named[-1][0] if named and _CHANGE_ONLY.fullmatch(name) else name


def _stated_whole(segment: _Segment, text: str) -> list[Indicator]:
    """The indicators of a line read as a whole: one statement of several names (…3项指标均达到…), or the count of the
    objects the work is done to (:func:`_treated_object`); [] for any other line."""
    joint = _joint_statement(text)
    if joint:
        return [_indicator(segment, name=name, target_text=target) for name, target in joint]
    treated = _treated_object(text)
    return [_target_indicator(segment, *treated)] if treated else []


#: the objects a deed is done to, counted before their name (桃源 路灯: 对城区6920盏路灯及其配套设施(171千米供电线路、…)
#: 进行维护维修; 对城区86处986.7KW的景观照明(…)进行维护维修): the count is the target, what it counts the name; the
#: figures that describe them (986.7KW的, the bracket's parts) are not targets of their own
_TREATED_OPENING = re.compile(rf"^对[{HAN}]{{0,8}}?(?=\d)")
_TREATED_REST = re.compile(rf"(?:\d+(?:\.\d+)?[A-Za-z{HAN}]{{1,3}}的)?(?P<name>[{HAN}][^（()）,，。；;\d]{{1,20}}?)"
                           r"(?:[（(][^（()）]*[)）])?进行")


def _treated_object(text: str) -> tuple[str, object] | None:
    """(name, target) of a line that counts the objects a deed is done to (对城区6920盏路灯…进行维护维修), else None."""
    opening = _TREATED_OPENING.match(text)
    if opening is None:
        return None
    counted = targets_in(text[opening.end():])
    if not counted or counted[0].unit is None or not text.startswith(counted[0].text, opening.end()):
        return None
    rest = _TREATED_REST.match(text, opening.end() + len(counted[0].text))
    return (rest.group("name"), counted[0]) if rest else None


#: a village, community, town or street named before its own figure
_PLACE = re.compile(rf"[{HAN}]{{1,5}}(?:村|社区|镇|乡|街道)")


def _by_place(named: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """One indicator's figures place by place (发放人数汉南村≤1815人、沙岭村≤216人、彭鲁村≤726人): each figure the
    indicator's, named as the first (its place cut off, as long as the next place's name)."""
    places = [name for name, _ in named[1:]]
    if not places or not all(_PLACE.fullmatch(p) for p in places):
        return named
    first = named[0][0]
    base = first[: -len(places[0])]
    if len(base) < 2 or not _PLACE.fullmatch(first[-len(places[0]):]):
        return named
    return [(base, t) for _, t in named]


#: a standard set in tiers, one figure a tier (资助标准为每生每年3000元、2000元、1000元3个档次, 昌吉 助学金 公示): one
#: indicator with no single value, named by what opens the sentence
_TIERS = re.compile(rf"(?:\d+(?:\.\d+)?(?P<unit>[{HAN}]{{1,2}})、)+\d+(?:\.\d+)?(?P=unit)"
                    r"(?:[\d一二三四五六七八九十两]+个)?(?:档次|档)")
_STATED_AS = re.compile(r"[为是]")

#: what may follow a figure inside a name: the rest of one phrase (补助4家训练单位: 训练单位)
_REST_OF_NAME = re.compile(rf"[{HAN}]{{2,}}")


def _figure_inside(text: str, target) -> bool:
    """The item's one figure counts what its name goes on to say (补助4家训练单位, 中营子村3户脱贫户增收): the name
    is the item as written, the figure its target. A share or an amount is no count of the words after it (资助标准
    100%达标: they say it is reached)."""
    start = text.find(target.text)
    counted = [q.kind for q in find_quantities(target.text)] == ["count"]
    return start > 0 and counted and bool(_REST_OF_NAME.fullmatch(text[start + len(target.text):].strip()))


#: names listed, then 分别 and as many figures in the same order: 新生儿死亡率、婴儿死亡率和5岁以下儿童死亡率分别控制在3.1‰、
#: 5.2‰和6.6‰以下 (健康儿童行动提升计划); 婴儿死亡率、5岁以下儿童死亡率、孕产妇死亡率分别下降到4.0‰、4.5‰、10/10万 (榆阳)
_EACH_FIGURE = rf"{FIGURE}(?:/{FIGURE})?[^\d，,；;。、和及以/]{{0,3}}"
_RESPECTIVELY = re.compile(rf"^(?P<names>[^，,；;。]+?)分别(?P<verb>[^\d，,；;。]{{0,6}}?)"
                           rf"(?P<figures>{_EACH_FIGURE}(?:(?:、|和|及){_EACH_FIGURE})+?)(?P<tail>以下|以上|以内)?"
                           r"(?:[（(][^（()）\d]*[)）])?[。；;]?$")  # a closing note: 辽宁 …分别减少9.2%、…13.7%(系国家分解指标)
_LISTED = re.compile(r"、|和|及")


def _respective_targets(text: str) -> list[str]:
    """The text with a clause that lists names, then 分别 and as many figures, written one statement a name
    (新生儿死亡率控制在3.1‰以下, 婴儿死亡率控制在5.2‰以下, …) between the text before it and after it; [] when no
    clause does."""
    clauses = _CLAUSE_MARK.split(text.strip())
    for k, clause in enumerate(clauses):
        m = _RESPECTIVELY.match(clause) if "分别" in clause else None
        if m is None:
            continue
        names = [n for n in _LISTED.split(m.group("names")) if n]
        figures = [f for f in _LISTED.split(m.group("figures")) if f]
        if len(names) >= 2 and len(names) == len(figures):
            each = [f"{name}{m.group('verb')}{figure}{m.group('tail') or ''}" for name, figure in
                    zip(_one_name_a_year(names), figures)]
            return [part for part in ("，".join(clauses[:k]), *each, "，".join(clauses[k + 1:])) if part]
    return []


_YEAR_OF_A_LIST = re.compile(r"(?P<stem>.*?)[在于]?(?P<year>20\d{2}年)$")


def _one_name_a_year(names: list[str]) -> list[str]:
    """The names a 分别 clause lists, or, when it lists years after one name (新区绿化覆盖率在2017年、2020年、2025年分别
    提高到50%、60%、65%), the year then that name for each (2020年，新区绿化覆盖率)."""
    first = _YEAR_OF_A_LIST.match(names[0])
    if first is None or not first.group("stem") or not all(re.fullmatch(r"20\d{2}年", n) for n in names[1:]):
        return names
    return [f"{year}，{first.group('stem')}" for year in (first.group("year"), *names[1:])]


#: names listed with 、 and counted, then one target for all of them: A、B、C、D4项指标达到国家下达的年度目标值; or closed
#: by 等…指标 (淮安 政府工作报告: 城镇登记失业率、单位GDP能耗等主要约束性指标控制在省、市下达的目标以内)
_JOINT = re.compile(r"^(?P<names>[^，,；;。]+?)(?:(?P<count>\d|[二三四五六七八九十])项指标|等(?:主要)?(?:约束性|预期性)?指标)均?"
                    r"(?P<target>[^\d]+)$")
_JOINT_NAME_CHARS = 12


def _joint_statement(text: str) -> list[tuple[str, str]]:
    """(name, target) of each indicator a line lists by name before the target they share; [] unless the count
    written is that of the names, or, with none written, two short names at least."""
    m = _JOINT.match(text)
    names = [n.strip() for n in m.group("names").split("、")] if m else []
    if not m or not all(names):
        return []
    if m.group("count") and len(names) != cn_to_int(m.group("count")):
        return []
    if not m.group("count") and (len(names) < 2 or max(map(len, names)) > _JOINT_NAME_CHARS):
        return []
    return [(name, m.group("target")) for name in names]


def _written_targets(segment: _Segment, item: str) -> list[Indicator]:
    """The targets an unlabelled line of a report's indicator section states with an operator ((2)全省已完成2剂次灭活
    疫苗接种的人群数≥116万人: one, its name all the clause before it); the line's other figures are part of names. In a
    plan's paragraph of targets also a count a verb sets with no operator (:func:`_counted_aim`) and a share written
    before what it is of (:func:`_share_of_what_follows`)."""
    text = without_number(item)
    out, cursor = [], 0
    for t in targets_in(text, indicator_list=True):
        start = text.find(t.text, cursor)
        if start < 0:
            continue
        after = text[start + len(t.text):]
        share_of = _share_of_what_follows(segment, after)
        if not (t.metric or share_of) or (segment.planned and _QUALIFIES_A_NAME.match(after)):
            continue  # no name; or a plan's figure that is part of the next name (…20户以上具备条件的自然村通硬化路率100%)
        name = _OPENING_WORDS.sub("", _PLAN_OPENING.sub("", _name(text[cursor:start])))
        counted = share_of or _counted_aim(segment, name, t, after)
        if parse_operator(t.text) is None and counted is None and not _figure_to_reach(segment, name, t):
            continue
        cursor = start + len(t.text)
        if counted or name:
            out.append(_target_indicator(segment, counted or name, t))
    return out


#: what opens a plan's clause before the name: an enumeration word (三是完成新编制村庄规划144个), the deadline
#: (2021年年底前行政村快递物流通达率达到80%以上)
_PLAN_OPENING = re.compile(rf"^(?:{POINT_ENUMERATION}|明确|20\d{{2}}年(?:年底|底|末)?前?)+")
#: the words after a figure up to another figure in the same clause: the figure qualifies the name of the next one
#: (20户以上具备条件的自然村通硬化路率100%, 最多一次换乘到达县城比例达到100%)
_QUALIFIES_A_NAME = re.compile(r"^[^，,；;。、\d]{2,30}\d+(?:\.\d+)?(?![A-Za-z])")
#: the verbs a plan sets a count to reach with, no operator written (累计新改造农村无害化卫生厕所550万户, 新建改造农村公路
#: 5000公里, 集中力量打造50个美丽乡村精品村)
_COUNTING_VERB = re.compile(r"(?:新建|新增|新改造|改造|建成|创建|创成|打造|培育|争创|创立|完成|累计|修编|推出|形成)")
#: the clause after a figure, up to a mark that ends it or lists the next one
_COUNTED_END = re.compile(r"[，,；;。、]")


def _rest_of_clause(after: str, ends: re.Pattern = _COUNTED_END) -> str:
    """The words after a figure up to the mark that ends its clause: what the figure counts when they are words."""
    return ends.split(after, maxsplit=1)[0].strip()


def _share_of_what_follows(segment: _Segment, after: str) -> str | None:
    """The name of a plan's share written before what it is a share of (30%以上的行政村达到“四美乡村”建设标准): what
    follows the figure's 的, up to the end of its clause; None elsewhere."""
    if not segment.planned or not after.startswith("的"):
        return None
    named = _rest_of_clause(after[1:])
    return named if len(HAN_CHAR.findall(named)) >= 4 else None


def _counted_aim(segment: _Segment, name: str, target, after: str) -> str | None:
    """A plan's target that is a count to reach with no operator written: its name — what the figure counts where
    words follow it in its clause (打造50个美丽乡村精品村 → 美丽乡村精品村, 2016年完成直管区3万户煤改气工程 → 煤改气工程),
    else the words before it (累计新改造农村无害化卫生厕所550万户) — or None where the line is no plan's, or states no
    count so (a share, no verb)."""
    if not segment.planned or target.unit in (None, "%", "‰") or not _COUNTING_VERB.search(name):
        return None
    counted = _rest_of_clause(after)
    if len(HAN_CHAR.findall(counted)) >= 2:
        return counted
    return name if len(HAN_CHAR.findall(name)) >= 4 else None


#: words saying a plan's figure is where things stand, not where they are to get (全县现有行政村120个, 目前已建成…)
_AS_IT_STANDS = re.compile(r"现有|现状|目前|已有|共有|原有|已经")


def _figure_to_reach(segment: _Segment, name: str, target) -> bool:
    """A figure with a unit and no operator in a plan's paragraph of targets is one to reach (到2025年,…接待旅游人次
    7300万,旅游总收入800亿元), unless its words say it is where things stand (全县现有行政村120个) or are a verb
    alone (实施7项行动)."""
    return (segment.planned and bool(_MEASURE_UNIT.search(target.unit or "")) and len(HAN_CHAR.findall(name)) >= 4
            and not _AS_IT_STANDS.search(name))


_MEASURE_UNIT = re.compile(rf"[{HAN}%‰]")  # not a code's letter (5G网络全覆盖)


#: the words saying a target is an aim, before its name (确保…, 力争…); not 保障 or 争取, which open names (保障性住房套数,
#: 争取上级资金数), nor 保证 in a list's names (保证金)
_AIM_WORDS = "确保|力争"
#: what opens a target stated in running text and is no part of its name: the period, an intent (全年有效监测数据获取率
#: 应大于或等于90%，确保风景区空气质量优良率达到90%以上)
_OPENING_WORDS = re.compile(rf"^(?:—+|全年|年度|其中|{_AIM_WORDS}|保证|努力实现|实现|使)+")


def _bracketed_item(segment: _Segment, name: str, target: str) -> list[Indicator]:
    """An item written name(target) (维护及时性(<24小时), 服务保障民生(有力保障)): the bracket as written is the target
    (≥0.97比例: the odd unit stays to be judged); [] when the bracket states several figures."""
    if not re.search(r"\d", target):
        return [_indicator(segment, name=name, target_text=target)]
    targets = [t for t in targets_in(name + target, indicator_list=True) if t.metric]
    if len(targets) != 1:
        return []
    return [_target_indicator(segment, name, targets[0], target_text=target)]


def _cell_indicator(segment: _Segment, text: str) -> Indicator:
    """A table cell after its level label (质量指标：…力争毕业生合格率达100%): the cell names the indicator, its first
    target (if any) is the target, else the whole cell is."""
    target = next((t for t in targets_in(text, indicator_list=True) if t.metric), None)
    if target is None:
        return _indicator(segment, name=text, target_text=text)
    head = text[: text.find(target.text)] if text.rstrip("。").endswith(target.text) else ""
    name = head if head and not re.search(r"[，,；;。]", head) else text  # 社区满意度95%以上: the name before it
    return _target_indicator(segment, name, target)


def _statements(text: str) -> list[str]:
    """The statements of an item with no number: its parts listed with 、 when each closes with its own change verb
    or degree word (矿山地质灾害隐患下降、群众生命财产安全保障提升: two), else the item whole."""
    parts = [part.strip() for part in text.split("、")]
    if len(parts) > 1 and all(vague_ending(part, "change_verb", "degree_adverb") for part in parts):
        return parts
    return [text]


def _statement_indicator(segment: _Segment, statement: str) -> Indicator:
    """A target with no number: a change verb or a degree word closing it is the target (生态修复功能 │ 提高; 发展成效 │
    显著), and so is a change or a deadline after the name's comma (农民综合素质，持续提高; 完成时限，2025年10月底前);
    a statement in vague words is both name and target (持续发展); else it only names what is to be done, with no
    target (八盖村改建铺设输水管线: a missing value)."""
    named = _named_target(statement)
    if named:
        return _indicator(segment, name=named[0], target_text=named[1])
    dated = _deadline_first(statement)
    if dated:
        return _indicator(segment, name=dated[0], target_text=dated[1] + "完成", deadline=dated[1])
    compared = _compared_in_words(statement)
    if compared:
        return _indicator(segment, name=compared[0], operator=compared[1], target_text=compared[2])
    verb = vague_ending(statement, "change_verb", "degree_adverb")
    if verb:  # 生态修复功能提高; 发展成效显著; 工程验收合格率持续提高 (the change's adverbs are the target's)
        name = strip_vague_ending(statement[: -len(verb)], "change_adverb") or statement[: -len(verb)]
        return _indicator(segment, name=name, target_text=statement[len(name):])
    vague = any(word in statement for word in vague_words())
    return _indicator(segment, name=statement, target_text=statement if vague else None)


_TARGET_AFTER_COMMA_CHARS = 12


def _compared_in_words(statement: str) -> tuple[str, str, str] | None:
    """(name, operator, target) of a target compared in words with no figure (其他主要经济指标 │ >= │ 不低于全市平均水平):
    the first operator word written before a number (the longest one there), after a name of two characters or
    more; None when the statement has none."""
    found = [(at, -len(word), op) for word, (op, position) in operator_words().items()
             if position == "before" and len(word) > 1 and is_chinese(word) and (at := statement.find(word)) >= 2]
    if not found:
        return None
    at, _, op = min(found)
    return statement[:at], op, statement[at:]


def _named_target(statement: str) -> tuple[str, str] | None:
    """(name, target) of ``name，target`` when the part after the last comma is only a change (增加, 持续提高: change
    adverbs then a change verb) or holds a deadline (2025年10月底前); None otherwise (做好养护，改善生态环境 is two
    clauses of one statement, not a name and its target)."""
    cut = max(statement.rfind("，"), statement.rfind(","))
    name, target = statement[:cut].strip(), statement[cut + 1:].strip()
    if cut < 0 or not name or not target or len(target) > _TARGET_AFTER_COMMA_CHARS:
        return None
    verb = next((w for w in vague_for("change_verb") if target.endswith(w)), None)
    adverbs = strip_vague_ending(target[: -len(verb)] if verb else target, "change_adverb")
    if (verb and not adverbs) or find_deadlines(target):
        return name, target
    return None


def _deadline_first(statement: str) -> tuple[str, str] | None:
    """(name, deadline) of a statement that opens with its deadline and 完成 (2022年完成《实施方案》编制工作 → 《实施方案》
    编制工作, 2022年); None otherwise."""
    deadline = next((d for d in find_deadlines(statement) if d[0] == 0), None)
    if deadline is None or not statement.startswith("完成", deadline[1]):
        return None
    name = statement[deadline[1] + len("完成"):]
    return (name, deadline[2]) if name else None


def _name(before_target: str) -> str:
    """The indicator's own name: the last clause before its target (a title may precede it after a comma), without
    an operator written twice before the figure (供水率≥≥98%) and the pause mark after the target before it
    (…整治数量6个、新增污染负荷COD削减量1659吨/年)."""
    name = re.split(r"[，,：:；;。]", before_target)[-1].strip().lstrip("、").rstrip("≥≤><=＞＜ ")
    return _NAME_HEAD.sub("", _NAME_TAIL.sub("", name) or name) or name


#: what a list writes before a name to say the target is an aim (确保中心所有对外服务窗口全年正常开放天数不低于250个工作日,
#: 力争毕业生合格率100%)
_NAME_HEAD = re.compile(rf"^(?:{_AIM_WORDS})(?=.{{4}})")


#: what a list writes between a name and its operator: 服务人次数目标完成≥350人次, 满意度（%）要≥90%, 防洪标准基本达到50年一遇,
#: 下达省、市、区财政补助绩效目标值2373.51万元 (a target's label; 实施…示范创建对象村绩效目标 with its value cut off), and a
#: verb the lexicon writes before a target figure (粮食产量保持在180万吨以上), a reach word before an operator
#: symbol (健康种苗覆盖率达≥90%), 均 (all of them) before one (慰问对象年龄均≥100岁; not 人均), 为 before a figure (重大安全
#: 事件发生次数为0; not 行为), and the target's label after a comparison (学校满意度大于年度指标值≧95%), one after
#: another (秸秆还田利用率要稳定在65%以上)
_NAME_TAIL = re.compile(rf"(?:的|目标完成|{MODAL_WORDS}|基本|力争|绩效目标值?|(?<!人)均|(?<![行作认])为|{alternation(operators_for('target_verb'))}"
                        rf"|{alternation(operators_for('reach'))}"
                        rf"|均?(?:{alternation(operators_for('parsed', 'before'))})?(?:年度)?(?:目标值|指标值))+$")


def _target_indicator(segment: _Segment, name: str, target, target_text: str | None = None) -> Indicator:
    """The indicator ``name`` with the fields of a target the goals reader found (its text as written unless
    ``target_text`` says otherwise)."""
    return _indicator(segment, name=name, operator=target.operator, value=target.value, upper=target.upper,
                      unit=target.unit, deadline=target.deadline,
                      target_text=target.text if target_text is None else target_text)


def _indicator(segment: _Segment, **fields) -> Indicator:
    return Indicator(id="", level1=segment.level1, level2=segment.level2, level1_text=segment.level1_text or segment.level1,
                     level2_text=segment.level2_text or segment.level2, page=segment.page, refs=[segment.block_ref],
                     origin="table" if segment.in_table else "prose",
                     level_origin=None if segment.main_only or segment.planned else "text", **fields)


def task_indicators(doc: Document) -> list[Indicator]:
    """The figures each task of a task table sets (:mod:`.task_tables`: 新建2座人行天桥; 全区城镇新增就业15000人,…), one
    indicator a figure named by what it counts; the parts of a total it states (其中幼儿园7个、小学4个) are no targets
    of their own."""
    out: list[Indicator] = []
    for block in doc.tables():
        for task in task_cells(block.rows):
            text = _PARTS_OF_A_TOTAL.sub("", normalise(task.text))
            cursor = 0
            for indicator in _segment_indicators(_Segment(None, None, text, block.ref, block.page)):
                if indicator.value is None:
                    continue  # a task with no figure is its goal only
                at = text.find(indicator.target_text or "", cursor)
                if at >= 0 and indicator.target_text:
                    cursor = at + len(indicator.target_text)
                    indicator.name = _what_it_counts(indicator.name, text[cursor:])
                indicator.actual = _progress_result(indicator.name, indicator.unit, task.progress)
                indicator.id, indicator.level_origin = f"P{len(out) + 1}", None  # no levels: no dimension to cover
                out.append(indicator)
    return out


#: the endings a name's stem goes without in a report of progress (土地流转率 → 全县土地流转面积…，占…的63.08%)
_MEASURE_ENDINGS = ("率", "数", "量")


def _progress_result(name: str | None, unit: str | None, progress: str | None) -> float | None:
    """The figure a task's progress cell states for one of its indicators: after the indicator's name (or its stem), in
    the same sentence and in the same unit (怀远: “一村一块田”改革试验累计完成31.7万亩; a figure with no unit, or one
    before the name, 8.3万亩高标准农田在建, is no result)."""
    if not (name and unit and progress):
        return None
    text = normalise(progress)
    stems = (name, name[:-1]) if name.endswith(_MEASURE_ENDINGS) and len(name) > 3 else (name,)
    at = next((text.find(stem) + len(stem) for stem in stems if stem in text), None)
    if at is None:
        return None
    sentence = re.split(r"[。；;]", text[at:], maxsplit=1)[0]
    return next((value for value, written, _, _ in figures_with_units(sentence) if written == unit), None)


#: a clause listing the parts of the total before it, up to the end of its sentence or item
_PARTS_OF_A_TOTAL = re.compile(r"[，,]?其中[^；;。]*")
#: the end of a clause: the thing a figure counts, named after the figure, runs up to it (2座人行天桥,…)
_CLAUSE_MARK = re.compile(r"[，,；;。]")
#: the action and the place a task's name opens with (新建中心幼儿园, 完成棚户区改造, 全区城镇新增就业)
_ACTION_BEFORE = re.compile(r"^(?:全区|全市|全县|城区)?再?(?:实施)?(?:新建、改扩建|新建|完成|安装|开展|提升改造|配置|建成|扩充|实现)?")  # 增加 stays (钟楼's writer: 增加学位)
#: the word before a task's figure saying it is reached (扩充公办幼儿园学位至1800个)
_REACHED_AT = re.compile(r"(?<=.{2})[至到]$")


def _what_it_counts(name: str, after: str) -> str:
    """A task's indicator name: what its figure counts, named after the figure (新建2座人行天桥 → 人行天桥) or, when
    the figure closes the clause, before it without the action and a closing 至 (完成棚户区改造2836户 → 棚户区改造,
    扩充公办幼儿园学位至1800个 → 公办幼儿园学位)."""
    counted = _rest_of_clause(after, _CLAUSE_MARK)  # a task's clause runs on past a 、
    if len(HAN_CHAR.findall(counted)) >= 2:
        return counted
    stripped = _REACHED_AT.sub("", _ACTION_BEFORE.sub("", name))
    return stripped if len(HAN_CHAR.findall(stripped)) >= 2 else name


def listed_targets(doc: Document) -> list[Indicator]:
    """A run of numbered lines with no heading over them that each state a target (a reposted list of a year's
    targets: 1.以乡镇(街道)为单位适龄儿童国家免疫规划疫苗接种率≥90% │ 2.7岁以下儿童健康服务率≥90% │ …): one indicator a
    line, its note in brackets (新增, 2022:90%) no target of its own."""
    out: list[Indicator] = []
    for run in _numbered_runs(doc.blocks):
        if len(run) < _LISTED_AT_LEAST or sum(_states_targets(text) for _, text in run) * 2 < len(run):
            continue
        for block, text in run:
            segment = _Segment(None, None, _NOTE_CLOSING.sub("", text), block.ref, block.page, planned=True)
            for indicator in _segment_indicators(segment):
                indicator.id = f"P{len(out) + 1}"
                out.append(indicator)
    return out


_LISTED_AT_LEAST = 5
#: a bracketed note closing a listed target: new this year, or last year's figure (…≥60%(新增), …≥95%(2022:90%))
_NOTE_CLOSING = re.compile(r"[（(](?:新增|调整|\d{4}年?\s*[:：][^（()）]*)[)）]$")


def _numbered_runs(blocks) -> list[list[tuple[object, str]]]:
    """Runs of text blocks numbered 1. 2. 3. … in order, each with its text after its own number (2.7岁以下… is item 2,
    7岁 its text's)."""
    runs: list[list[tuple[object, str]]] = []
    run: list[tuple[object, str]] = []
    for block in blocks:
        text = normalise(block.text or "") if block.kind in ("paragraph", "list_item", "heading") else ""
        item = _after_number(text, len(run) + 1)
        if item is None and run:  # the run ends here; the line may open the next one
            runs.append(run)
            run, item = [], _after_number(text, 1)
        if item is not None:
            run.append((block, item))
    if run:
        runs.append(run)
    return runs


def _after_number(text: str, number: int) -> str | None:
    """The text of a line after its own number ``number.``, None when it opens with another (or nothing follows)."""
    mark = f"{number}."
    return text[len(mark):].strip() if text.startswith(mark) and len(text) > len(mark) else None
