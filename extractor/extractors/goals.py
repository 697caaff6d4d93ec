"""Goals (总体目标 / 年度目标 / 中期目标 / 具体目标) and the quantified targets inside them.

Goals come from four places:

- form fields (``label`` 年度目标, ``value`` the text),
- table cells labelled so (a 申报表 row ``年度目标 | text``, a header row ``中期目标 | 年度目标``
  above the texts, a self-assessment row ``预期目标 | 实际完成情况``),
- a section whose heading is a goal label (``（二）具体目标``) up to the next heading,
- a paragraph that starts with a label (``总体目标：…``).

A goal text made of numbered items (``目标一：…``, ``1.…``, ``（1）…``) becomes one goal per item;
``Goal.number`` keeps the item's number as written (``1``, ``一`` of 目标一, ``（三）``), which
sub-projects cite (``对应具体目标第1项``).
Each goal carries its targets (metric, operator, value, unit, deadline) built from the quantities
the pipeline found (``Doc._.quantities`` of the unit the goal text belongs to, see
:class:`~.analysis.Analysis`); ``quantified`` is true when it has one.
"""
from __future__ import annotations

import re

from ..document import Block, Document
from ..extraction import Goal, Target
from ..layout.headings import POINT_ENUMERATION, match_number, without_number
from ..nlp.lexicon import alternation, operator_words, operators_for, units_for, vague_for
from ..nlp.measures import ARTICLE, goal_is_quantified, in_quoted_name
from ..nlp.quantities import AGE_UNITS, Quantity, code_spans, find_deadlines
from ..nlp.quantities import normalise as normalise_quantity_text
from .doctype import is_form_title
from .forms.columns import is_taxonomy_name
from .forms.headers import cell_role
from .forms.reader import is_template_text
from .indicators import classify_header
from .sentences import HAN, HAN_CHAR, normalise, strip_footnote_refs
from .subprojects import without_responsibility_note
from .task_tables import task_cells, task_header_row

#: label as written -> Goal.kind
GOAL_LABELS: dict[str, str] = {
    "年度总体目标": "年度目标",
    "年度总体绩效目标": "年度目标",
    "年度总目标": "年度目标",  # 广东工贸 部门整体自评表: 年度总目标 │ 目标一:… │ 完成情况 │ …
    "项目年度目标": "年度目标",
    "项目年度绩效目标": "年度目标",
    "年度预期目标": "年度目标",
    "年初绩效目标": "年度目标",
    "全年(调整)绩效目标": "年度目标",  # 重庆 department self-evaluation: beside 年初绩效目标 (that one may be 无)
    "全年（调整）绩效目标": "年度目标",
    "当年绩效目标": "年度目标",
    "项目当年绩效目标": "年度目标",  # 重庆 江津 重点项目绩效目标表: 项目中期规划绩效目标 │ … over 项目当年绩效目标 │ …
    "项目中期规划绩效目标": "中期目标",
    "中期规划绩效目标": "中期目标",
    "项目中期目标": "中期目标",
    "部门整体支出绩效目标": "年度目标",
    "部门整体支出年度绩效目标": "年度目标",
    "部门年度整体支出绩效目标": "年度目标",  # 湖南 整体支出 自评报告: (二)部门(单位)年度整体支出绩效目标,…
    "部门整体绩效目标": "年度目标",
    "部门履职总体目标": "总体目标",  # 江西 整体支出 自评报告: (二)当年部门履职总体目标和工作目标 │ 1.部门履职总体目标 │ …
    "整体支出绩效目标": "年度目标",
    "整体绩效目标": "年度目标",
    "部门年度绩效目标": "年度目标",
    "部门绩效目标": "年度目标",
    "年度主要工作内容": "年度目标",
    "年度主要任务": "年度目标",
    "年度工作任务": "年度目标",  # 湖北 部门整体绩效目标申报表: 年度工作任务 │ 1. …；2. …
    "年度主要目标和成果": "年度目标",
    "年度主要目标": "年度目标",
    "项目年度目标完成情况": "年度目标",
    "年度目标完成情况": "年度目标",
    "项目总目标": "总体目标",
    "项目预期总目标": "总体目标",
    "预期总目标": "总体目标",
    "总目标": "总体目标",
    "阶段性目标": "目标",
    "责任目标": "目标",  # 蓟县 森林资源目标责任制: 到2015年,全县林业工作责任目标如下: │ (一)森林资源总量。…
    "项目阶段性目标": "目标",  # 龙游 幼儿园 债券资金 评价报告: 项目总体目标:… 项目阶段性目标:…
    "项目绩效阶段性目标": "目标",  # 湖南 永兴 公交补贴 评价报告: 1.项目绩效总目标：… 2.项目绩效阶段性目标：…
    "绩效阶段性目标": "目标",
    "项目绩效总目标": "总体目标",
    "项目绩效总体目标": "总体目标",  # 南陵 公交补贴 评价报告: 1.项目绩效总体目标 over the template's instruction and the goal
    "绩效总目标": "总体目标",
    "绩效总体目标": "总体目标",  # 广西 转移支付 自评报告: …区域(项目)绩效总体目标是确保…
    "年度阶段性目标": "年度目标",  # 广东 2017 绩效目标表: 总目标：… over 年度阶段性目标：…
    "项目实施期目标": "中期目标",
    "年度绩效目标": "年度目标",
    "绩效年度目标": "年度目标",  # 云南 航空消防 自评报告: 绩效年度目标：…控制在6.5次/10万公顷以下
    "本年度绩效目标": "年度目标",
    "本年度目标": "年度目标",
    "年度目标": "年度目标",
    "中期绩效目标": "中期目标",
    "中期滚动目标": "中期目标",
    "中长期绩效目标": "中期目标",
    "中长期目标": "中期目标",
    "中期目标": "中期目标",
    "实施期绩效目标": "中期目标",
    "实施期目标": "中期目标",
    "长期目标": "中期目标",
    "长期绩效目标": "中期目标",
    "绩效目标和指标": "目标",
    "绩效目标及指标": "目标",
    "总体绩效目标": "总体目标",
    "项目总体目标": "总体目标",
    "项目总体绩效目标": "总体目标",
    "总体目标": "总体目标",
    "具体目标": "具体目标",
    "主要目标": "具体目标",
    "发展目标": "具体目标",
    "工作目标": "具体目标",
    "项目绩效目标": "目标",
    "项目的绩效目标": "目标",  # xx自治县 交通运输 监控报告: (二)项目的绩效目标 over its goal paragraph
    "项目目标": "目标",
    "预期绩效目标": "目标",
    "年度工作目标": "年度目标",
    "项目建设目标": "目标",
    "建设目标": "目标",
    "目标任务": "目标",
    "目标设置": "目标",  # an evaluation's 决策 section: (2)目标设置。组织律师进村…
    "整体绩效目标情况": "总体目标",  # 临河区 转移支付 自评报告: (二)整体绩效目标情况。 over its goal paragraph
    "绩效目标情况": "目标",  # a self-evaluation report's (二)绩效目标情况 over its numbered goals (安徽 寿县)
    "绩效目标设定情况": "目标",  # 博乐 自评报告: 2.绩效目标设定情况 │ ㈠…项目。安排资金…,主要用于… │ ㈡…
    "绩效目标设定及指标完成情况": "目标",  # 南县 自评报告: (二)绩效目标设定及指标完成情况 │ 以实现高质量充分就业为目标,…
    "核心绩效目标": "目标",  # 徐闻 下桥镇 自评报告: …预算执行率100%。核心绩效目标:资金支出率≥98%、…
    "绩效目标": "目标",
    "预期目标": "目标",
}
_LABELS_LONGEST_FIRST = sorted(GOAL_LABELS, key=len, reverse=True)
#: the verbs that make a goal label their object (设定绩效目标, 下达年度目标): no label
_SETTING_VERBS = ("设定", "设置", "制定", "确定", "下达", "明确", "完成", "实现")
_LABEL_RE = alternation(GOAL_LABELS)
# a whole label cell/heading: optional numbering, the label, an optional period such as （2023-2025年）
_LABEL_CELL = re.compile(
    rf"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\(?[0-9]+[.、．)）]|第[一二三四五六七八九十]+[章节部分]\s*)?"
    rf"\s*[*＊★]?\s*(?:专项|当年)?(?P<label>{_LABEL_RE})\s*(?P<period>[（(][^）)]{{0,20}}[）)])?\s*[:：。]?$"
)
# (a run-in heading may end with 。 instead of a colon: "（7）绩效目标。完成…", the style of 项目概述。/立项依据。 items)
_INLINE_LABEL = re.compile(rf"^(?P<label>{_LABEL_RE})\s*(?:[（(][^）)]{{0,20}}[）)])?\s*[:：。]\s*(?P<text>.+)$", re.S)
# the text of a label inside a paragraph: its sentence, and the next ones while each opens a numbered item
# (绩效目标：一是…。二是…。三是…。)
_SENTENCES_OF_LABEL = rf"(?P<text>[^。]+(?:。\s*(?:{POINT_ENUMERATION}|\d{{1,2}}[.、．](?!\d)|[（(]\d{{1,2}}[)）])[^。]+)*)"
# the same label opening a later sentence of a paragraph (…实施该项目。项目总体绩效目标：…。), the project or the year it
# is of before it (…专项资金48万元。2018年森林防火的总目标：切实做好…)
_SENTENCE_LABEL = re.compile(rf"(?<=。)\s*(?:[^。；;，,:：]{{2,20}}的)?(?P<label>{_LABEL_RE})\s*[:：]\s*{_SENTENCES_OF_LABEL}")
# a label of goals opening a paragraph after the plan or work they are of (山西“十四五”时期经济社会发展主要目标:…), not a
# label of what was done (当年年度目标完成情况:) nor the object of a verb (我镇按项目类型分别设定绩效目标:…)
_GOAL_LABELS_PROPER = alternation(k for k in GOAL_LABELS if k.endswith("目标"))
_OPENING_LABEL = re.compile(rf"^(?:(?!{alternation(_SETTING_VERBS)})[^。；;，,:：]){{2,20}}?"
                            rf"(?P<label>{_GOAL_LABELS_PROPER})\s*[:：]\s*{_SENTENCES_OF_LABEL}")
# a label announcing a list inside a sentence (…设定项目绩效目标如下：1.…；2.…。; …并明确各项目绩效目标:一是…;二是…, 丰都)
_ANNOUNCED_LABEL = re.compile(rf"(?P<label>{_LABEL_RE})\s*(?:(?:如下|为|是)\s*[:：]|[:：](?=\s*{POINT_ENUMERATION}))"
                              rf"\s*{_SENTENCES_OF_LABEL}")
# a paragraph closed by a label announcing the numbered items under it (…专项资金预算为189.28万元，绩效目标如下：│ 1.… │ 2.…;
# …下达了年度绩效目标,主要有以下四个方面: │ (1)… │ (2)…, 广西 福彩 自评报告)
_ANNOUNCING_END = re.compile(rf"(?P<label>{_LABEL_RE})\s*(?:如下|为|是)?\s*"
                             rf"(?:[，,][^，,。；;:：]{{0,12}}?(?:以下|如下)[^，,。；;:：]{{0,8}})?[:：]$")
# the project's own label opening a sentence with 为/是 and no colon ("本项目总体绩效目标为治理水土流失面积…", "项目的绩效目标是…",
# "本项目总体的绩效目标是169处…": a 的 may stand inside the label; "（二）秀英区水务局2022年衔接资金项目绩效目标为…":
# the project named before it), not a guide of the work ("以项目绩效目标为导向")
_PROJECT_LABEL = re.compile(
    rf"(?:^|(?<=[。；;]))\s*(?:[（(][一二三四五六七八九十\d]{{1,2}}[)）])?\s*(?:本|该|[^。；;，,以]{{2,40}}?)?项目[)）]?"
    rf"(?P<label>(?:总体|年度|项目)?的?(?:{_LABEL_RE}))[为是](?!导向|依据|基础|核心|抓手|重点|主线|指引)(?P<text>[^。]{{4,}})")
_ITEM = re.compile(
    rf"(?:^|(?<=[。；;\s：:]))(?:(?:目标|任务)[一二三四五六七八九十\d]+[:：、.．]?|{POINT_ENUMERATION}|\d{{1,2}}[.、．](?!\d)"
    r"|[（(]\d{1,2}[)）]|[①-⑳])"
    r"|(?:目标|任务)[一二三四五六七八九十\d]+[:：]"  # 目标2： needs nothing before it ("…出差8人目标2：…", spaces dropped)
)
_ACTUAL_HEADERS = ("实际完成情况", "实际完成", "完成情况", "具体完成情况", "全年实际完成情况", "目标实际完成情况",
                   "年度总体目标完成情况综述")  # 安徽 项目支出绩效评价表: 年初设定目标 │ 年度总体目标完成情况综述
_EXPECTED_HEADERS = ("预期目标", "目标", "年度预期目标", "年初设定目标", "年度目标")


#: the numbering styles of a section (layout.headings) whose list items are sections of one level: 一、 （一） （1）
_SECTION_STYLES = ("cn_comma", "cn_paren", "arabic_paren")
#: the numbering styles a goal label may follow (一、 （一） 1. （1）)
_LABEL_NUMBER_STYLES = _SECTION_STYLES + ("arabic_dot",)


def _numbering_style(text: str) -> str | None:
    """The section numbering style the text starts with (一、, （一） or （1）; two list items of one style are
    sections of one level)."""
    numbering = match_number(normalise(text or ""))
    return numbering.style if numbering and numbering.style in _SECTION_STYLES else None


def _without_label_number(text: str) -> str:
    """The text after a section or list number a goal label may follow (一、 （一） 1. （1））; as it is after any other
    (① …) or none (:func:`~extractor.layout.headings.without_number` takes off any number)."""
    numbering = match_number(text)
    return numbering.title if numbering and numbering.style in _LABEL_NUMBER_STYLES else text


_TASK_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)?\s*(?:重点任务|主要任务|工作任务|建设任务)\s*$")


def is_plan_targets_heading(text: str) -> bool:
    """A plan's heading over its numbered targets, one a line (立山 分工方案: 一、经济社会发展的主要预期目标 │ 1.努力实现
    地区生产总值增长6.2%左右。 │ 牵头单位:… │ 2.…): its numbered lines are its goals and state its indicators."""
    return len(text) <= 30 and _PLAN_TARGETS_HEADING.match(_without_label_number(normalise(text))) is not None


#: a section's number in Chinese numerals: 一、 and (一) (its bracket full-width or not)
_CN_COMMA_NUMBER = r"[一二三四五六七八九十]{1,3}、"
_CN_PAREN_NUMBER = r"[（(][一二三四五六七八九十]{1,3}[)）]"
_PLAN_TARGETS_HEADING = re.compile(rf"^(?:20\d{{2}}年)?(?:[{HAN}]{{2,12}}的?)?主要预期目标[。:：]?$")
#: a numbered heading naming one field's targets (广水 林业局 年度目标: 一、绿色发展目标 │ 1.森林覆盖率增速0.15%,… │ 2.…)
_FIELD_TARGETS_HEADING = re.compile(rf"^{_CN_COMMA_NUMBER}\s*(?P<field>[{HAN}]{{2,10}}目标)$")


def field_targets_heading(blocks: list[Block], i: int) -> str | None:
    """The field a heading over numbered targets names (一、绿色发展目标 → 绿色发展目标), None for any other line: the
    line after it must open with an arabic list number (1. or 5. where the numbering runs on), so a heading over (一)
    sections or over prose is not read this way; a goal label (一、总体目标) is not a field."""
    m = _FIELD_TARGETS_HEADING.match(normalise(blocks[i].text or "")) if blocks[i].kind != "table" else None
    if m is None or goal_kind(m.group("field")) is not None:
        return None
    after = next((b for b in blocks[i + 1:] if (b.text or "").strip()), None)
    numbered = match_number(normalise(after.text)) if after is not None and after.kind != "table" else None
    return m.group("field") if numbered is not None and numbered.style == "arabic_dot" else None


#: the title of a document stating the year's targets (新邱区2022年全面推进乡村振兴重点工作目标任务): the paragraph under each
#: of its numbered headings is a goal, its figures the targets
_TARGETS_DOCUMENT_TITLE = re.compile(r"目标任务$")
_TITLE_CHARS = 40


def titled_as_targets(doc: Document) -> bool:
    first = next((b for b in doc.blocks if b.kind != "table" and (b.text or "").strip()), None)
    title = normalise(first.text) if first is not None else ""
    return len(title) <= _TITLE_CHARS and _TARGETS_DOCUMENT_TITLE.search(title) is not None


def opens_with_goal_label(text: str) -> bool:
    """``text`` opens with a goal label and its colon (预期总目标:对办公大楼…): a goal, no indicator of a list."""
    return _LABEL_WITH_COLON.match(text) is not None


_LABEL_WITH_COLON = re.compile(rf"(?:{_LABEL_RE})\s*[:：]\s*\S")


def goal_kind(label: str) -> str | None:
    """``"中期目标（2023-2025年）"`` -> ``"中期目标"``; None when the text is not a goal label."""
    m = _LABEL_CELL.match(normalise(label))
    return GOAL_LABELS[m.group("label")] if m else None


def extract_goals(doc: Document, analysis=None) -> list[Goal]:
    """Goals of a Document; ``analysis`` (:func:`~.analysis.analyse`) is built here when not given."""
    from .analysis import analyse

    analysis = analyse(doc) if analysis is None else analysis
    goals: list[Goal] = []
    seen: set[tuple[str, str]] = set()

    def add(kind: str, text: str, block: Block, actual: str | None = None, deadline: str | None = None) -> None:
        for number, item in numbered_items(goal_section(text)):
            item = without_responsibility_note(item)
            key = (kind, item)
            if key in seen or len(item) < 4 or _is_no_goal_text(item):
                continue
            seen.add(key)
            targets = targets_in(item, analysis.quantities_in(normalise(item)))
            if deadline:  # a task table's 完成时限 beside the task
                targets.append(Target(None, None, None, None, deadline=deadline, text=deadline))
            goals.append(
                Goal(
                    id=f"G{len(goals) + 1}",
                    kind=kind,
                    text=item,
                    quantified=goal_is_quantified(item, targets),
                    targets=targets,
                    refs=[block.ref],
                    page=block.page,
                    actual_text=actual,
                    number=number,
                )
            )

    blocks = doc.blocks
    targets_document = titled_as_targets(doc)
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if targets_document and block.kind == "paragraph" and i and _is_numbered_heading(blocks[i - 1]):
            add("年度目标", normalise(block.text), block)
        elif block.kind == "field" and block.label and goal_kind(block.label) and block.value:
            add(goal_kind(block.label), normalise(_item_breaks(block.value)), block)
        elif block.kind == "table" and block.rows:
            for kind, text, actual in goals_in_table(block.rows):
                add(kind, text, block, actual)
            for task in task_cells(block.rows):
                add("目标任务", normalise(task.text), block, deadline=task.deadline)
        elif block.kind in ("heading", "paragraph", "list_item"):
            found, i = _goals_of_text(blocks, i)
            for kind, text, source in found:
                add(kind, text, source)
            continue
        i += 1
    return goals


def _goals_of_text(blocks: list[Block], i: int) -> tuple[list[tuple[str, str, Block]], int]:
    """(kind, text, block) of the goals a heading, paragraph or list item gives — with the blocks under it when it is
    a goal heading or announces a numbered list (…绩效目标如下：) — and the index of the block after them."""
    block = blocks[i]
    text = normalise(strip_footnote_refs(block.text))
    if _ALLOCATION_HEADING.match(text):
        return _allocated_goal(blocks, i)
    field = field_targets_heading(blocks, i)
    if field:
        section, after = _section_after(blocks, i, numbered_only=True)
        return [(field, sub_text, sub_block) for sub_text, sub_block in section], after
    kind = _heading_kind(text)
    if kind:
        section, after = _labelled_section(blocks, i, kind, text)
        return [(*_own_label(kind, sub_text), sub_block) for sub_text, sub_block in section], after
    inline = _inline_labels(text)
    if inline:
        found = [(_label_kind(m.group("label")), _without_verdict(m.group("text")), block) for m in inline]
        continued, after = _list_continued(blocks, i, inline[-1], text)
        return found + [(found[-1][0], item, source) for item, source in continued], after
    if _NUMBERED_GOAL.match(text):
        return [("目标", text, block)], i + 1
    announced = _ANNOUNCING_END.search(text)
    section, after = _numbered_run(blocks, i) if announced else ([], i + 1)
    if not section:
        return [], i + 1
    return [(_label_kind(announced.group("label")), sub_text, sub_block) for sub_text, sub_block in section], after


def _is_numbered_heading(block: Block) -> bool:
    return block.kind == "heading" and match_number(normalise(block.text)) is not None


#: a paragraph opening with its goal's number (目标一：提高…道路交通安全…, 目标2: …), as a form's goal cells do
_NUMBERED_GOAL = re.compile(r"^目标\s*[（(]?[一二三四五六七八九十\d]{1,2}[)）]?\s*[:：]\s*\S")


def _own_label(kind: str, text: str) -> tuple[str, str]:
    """(kind, text) of an item under a goal heading: the kind of a label the item opens with, after its number, and
    the text after that label (江阴 专项债 自评报告: (二)绩效目标 │ 1、总体目标:建成… │ 2、阶段性目标:计划…), else the
    heading's kind and the item as it is."""
    label = _INLINE_LABEL.match(without_number(text))
    return (_label_kind(label.group("label")), label.group("text")) if label else (kind, text)


#: the first section of a transfer payment's self-assessment report (一、绩效目标分解下达情况): the money handed down and
#: what it is for, the goal the report is assessed against (镜湖 残联: 2023年下达…29.6万元，用于残疾人基本康复…)
_ALLOCATION_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[、.．])?\s*"
                                 r"(?:20\d{2}年度?)?(?:年度)?(?:预算和)?绩效目标(?:省内)?分解下达情况[。:：]?$")
#: a sub-item's title before its text ((一)中央下达…转移支付预算和绩效目标情况。2022年中央财政下达…)
_SUBITEM_TITLE = re.compile(r"^[（(][一二三四五六七八九十][)）][^。]{0,60}情况[。:：]")
_PURPOSE = re.compile(r"用于|用途")
_LABEL_ANYWHERE = re.compile(_LABEL_RE)


def _allocated_goal(blocks: list[Block], i: int) -> tuple[list[tuple[str, str, Block]], int]:
    """The goal under a transfer payment's 绩效目标分解下达情况: the first text of the section saying what the money is for
    or stating a measured target (a sub-item's title left out); none when the section only tells amounts, and none
    when its text labels its goals (…绩效总体目标是确保…, 明确各项目绩效目标:一是…), which the labels give."""
    j = i + 1
    while j < len(blocks) and j <= i + 3 and blocks[j].kind in ("paragraph", "list_item"):
        text = _SUBITEM_TITLE.sub("", normalise(blocks[j].text)).strip()
        if _LABEL_ANYWHERE.search(text):
            return [], i + 1
        if text and (_PURPOSE.search(text) or goal_is_quantified(text)):
            return [("目标", text, blocks[j])], j + 1
        j += 1
    return [], i + 1


_CONTINUED_ITEMS = re.compile(rf"^(?={POINT_ENUMERATION}){_SENTENCES_OF_LABEL}")


def _list_continued(blocks: list[Block], i: int, last: re.Match, text: str) -> tuple[list[tuple[str, Block]], int]:
    """The items of a labelled list that goes on in the paragraphs after ``blocks[i]`` (a PDF line ending in ；
    closes a paragraph: …绩效目标:一是…;三是…; │ 四是…;五是…。各项目均经…, 丰都), and the index after them: each
    paragraph opening with 一是, 二是…, its items up to the sentence that does not."""
    out: list[tuple[str, Block]] = []
    j = i + 1
    if last.end() < len(text.rstrip()) or not text.rstrip().endswith(("；", ";")):
        return out, j
    while j < len(blocks) and blocks[j].kind in ("paragraph", "list_item"):
        items = _CONTINUED_ITEMS.match(normalise(blocks[j].text))
        if items is None:
            break
        out.append((items.group("text"), blocks[j]))
        j += 1
    return out, j


def _heading_kind(text: str) -> str | None:
    """The goal kind a short heading or label names (年度目标, 绩效目标情况 …, or a task list's 主要任务), or the first of the
    kinds a heading lists, else None."""
    kind = goal_kind(text) if len(text) <= 30 else _first_listed_kind(text)
    if kind is None and is_plan_targets_heading(text):
        return "具体目标"
    if kind is None and is_targets_section(text):
        return "目标"
    return "任务目标" if kind is None and _TASK_HEADING.match(text) else kind


#: a plan's section heading naming its targets, alone or in a word of its own (任城 创建方案: 二、创建目标 │ 2022年8底前,…
#: 评价总分值在90分以上 │ （一）农产品质量安全水平明显提高。…; 安全生产目标责任书: 一、目标 │ 1、…): a numbered section, a
#: short qualifier or none, 目标
_TARGETS_SECTION = re.compile(
    rf"^(?:{_CN_COMMA_NUMBER}|{_CN_PAREN_NUMBER})\s*(?P<qualifier>[{HAN}]{{0,4}})目标[。:：]?$")


def is_targets_section(text: str) -> bool:
    """A numbered section heading of a plan or an agreement naming its targets in words no goal label has (二、创建目标,
    一、目标; not (二)项目绩效目标, whose goals the label's reading gives, nor a variant of a template's label: (二)工程绩效目标,
    一、基本工作目标)."""
    m = _TARGETS_SECTION.match(normalise(text))
    return m is not None and goal_kind(text) is None and not _TEMPLATE_LABEL_WORDS.search(m.group("qualifier"))


#: the words of the templates' goal labels (项目绩效目标, 工作目标): a heading with them is a label's variant, not a plan's
_TEMPLATE_LABEL_WORDS = re.compile(r"绩效|工作")


#: a short word in brackets inside a label (部门(单位)年度整体支出绩效目标): what the template lets the filler choose
_CHOICE_IN_LABEL = re.compile(r"(?<=[^\s（(])[（(][^（()）]{1,4}[)）]")


def _first_listed_kind(text: str) -> str | None:
    """The kind of the first goal label of a heading listing several, each clause closing with 目标 (湖南 整体支出 自评报告
    template: (二)部门(单位)年度整体支出绩效目标,省级专项资金绩效目标、其他项目支出(除省级专项资金以外)绩效目标)."""
    clauses = re.split(r"[，,、]", normalise(text))
    if len(clauses) < 2 or len(text) > 80 or not all(c.strip().endswith("目标") for c in clauses):
        return None
    return goal_kind(_CHOICE_IN_LABEL.sub("", clauses[0]))


def _labelled_section(blocks: list[Block], i: int, kind: str, text: str) -> tuple[list[tuple[str, Block]], int]:
    """The goals under the heading ``blocks[i]`` and the index after them: under a label of a section that may hold
    anything, its numbered items or its one measured paragraph; else the section's text."""
    if text.endswith(_LIST_ONLY_LABELS):
        section, after = _numbered_run(blocks, i)
        return (section, after) if section else _measured_paragraph(blocks, i)
    if text.endswith(_FIRST_PARAGRAPH_LABELS):
        return _first_paragraph(blocks, i)
    return _section_after(blocks, i, numbered_only=kind == "任务目标" or is_plan_targets_heading(text))


#: a goal cell that opens with the project's context (项目概况：…, 立项依据：…, 必要性：…) before its goal
_CONTEXT_OPENING = re.compile(r"^\s*(?:项目)?(?:概况|(?:立项|设立)?依据|(?:设立)?必要性)\s*[:：]")
_GOAL_SECTION = re.compile(rf"(?:^|(?<=[\n。；;]))\s*(?:{_LABEL_RE})\s*[:：]\s*(?P<text>.+)$", re.S)


def goal_section(text: str) -> str:
    """The goal of a cell written in labelled sections (项目概况：… 立项依据：… 必要性：… 预期目标：…, the 芜湖 template
    项目绩效目标（含项目概况、设立依据、必要性及预期目标）): the section after the goal label; any other text as it is."""
    if not _CONTEXT_OPENING.match(text):
        return text
    section = _GOAL_SECTION.search(text)
    return section.group("text").strip() if section else text


# a pointer to where the goals are written ("（见该项目绩效目标表）", "详见附表", "（包括总目标、年度目标等，具体见表格）"),
# not a goal
_POINTER = re.compile(r"^[（(]?\s*(?:详见|见|参见)[^，,；;]{0,20}?[）)]?[。.]?$|^[（(][^（）()]*(?:详见|见|参见)[^（）()]{0,10}[）)][。.]?$")


# the report outline's words naming the kinds of goals to write (（二）项目绩效目标。包括总体目标和阶段性目标。, 财预〔2020〕10号),
# left in the report: no goal
_KINDS_OF_GOALS = re.compile(r"^(?:包括|包含|分为)[^，,。；;]{0,6}目标(?:和|及|与|、)[^，,。；;]{0,6}目标[。.]?$")


# a reviewer's judgement of the goals ("…，绩效目标设置合理。"), written where a report's goal would be: no goal
_GOAL_ASSESSMENT = re.compile(r"目标(?:设置|设定)(?:较为|比较|基本|较)?(?:合理|明确|科学|清晰)")


def _is_no_goal_text(item: str) -> bool:
    return (is_template_text(item) or _is_form_label(item) or is_taxonomy_name(item)
            or INDICATOR_LINE.match(item) is not None or _POINTER.match(item) is not None
            or _KINDS_OF_GOALS.match(item) is not None
            or _GOAL_ASSESSMENT.search(item) is not None
            or _only_announces(item))


def _only_announces(item: str) -> bool:
    """One sentence announcing the goals after it (到2015年,全县林业工作责任目标如下:), not a goal closed by the label of
    the next (…顺利开展.项目预期阶段性目标:)."""
    announcing = _ANNOUNCING_END.search(item)
    return announcing is not None and not re.search(r"[。.；;！!]", item[:announcing.start()])


#: a line stating one indicator, opening with 指标: (南陵 评价报告: (1)数量指标 │ 指标:乡镇、建制村通公交完成率100%。)
INDICATOR_LINE = re.compile(r"^指标[\d一二三四五六七八九十]{0,2}[:：]")


def _label_kind(label: str) -> str:
    """The kind of a goal label as matched, a 的 inside it or a word before it (总体的绩效目标, 项目的年度目标)."""
    plain = label.replace("的", "")
    return GOAL_LABELS.get(plain) or next(GOAL_LABELS[k] for k in _LABELS_LONGEST_FIRST if plain.endswith(k))


def _inline_label(text: str) -> re.Match | None:
    """A goal label with its text: opening the paragraph (``总体目标：…``), opening one of its sentences, or
    announcing a list inside one (``设定项目绩效目标如下：1.…；2.…``)."""
    labels = _inline_labels(text)
    return labels[0] if labels else None


def _inline_labels(text: str) -> list[re.Match]:
    """Every goal label of a paragraph with its text, in order: the one opening it (its text runs to the end), else
    each sentence a label opens, announces or names the project's goal in (永定 图书馆: …经费。项目总体目标是面向全区…。
    预算经费3万元…。主要绩效目标为:采购…1000册…: two goals)."""
    opening = _INLINE_LABEL.match(_without_label_number(text))
    if opening:
        return [opening]
    out: list[re.Match] = []
    # of two labels read over one text, the first kind
    for pattern in (_SENTENCE_LABEL, _OPENING_LABEL, _ANNOUNCED_LABEL, _PROJECT_LABEL):
        out.extend(m for m in pattern.finditer(text) if not any(m.start() < o.end() and o.start() < m.end() for o in out))
    return sorted(out, key=lambda m: m.start())


#: goal labels of a section that may hold anything (一、绩效目标情况 over the budget, then the results): its goals are
#: only the numbered items right under it (寿县: (二)绩效目标情况 │ 1. 中央广播电视节目…：确保… │ 2. … │ 3. …)
_LIST_ONLY_LABELS = ("绩效目标情况", "绩效目标设定情况")
#: a goal label over the goal and what was done (南县, 临河 自评报告: (二)绩效目标设定及指标完成情况 │ the goal │ the money
#: handed down │ …): its goal is the paragraph right under it
_FIRST_PARAGRAPH_LABELS = ("绩效目标设定及指标完成情况",)
_TITLE_LIKE_CHARS = 12


#: an evaluator's verdict on the goal closing its sentence (项目绩效目标为保障…财产损失,目标明确;开展…): not the goal's
_VERDICT = re.compile(r"[，,；;]\s*(?:绩效)?目标(?:较为|比较|基本|不够|不)?(?:明确|清晰|合理|细化|具体|量化)")


def _without_verdict(text: str) -> str:
    return _VERDICT.split(text, maxsplit=1)[0]


def _numbered_run(blocks: list[Block], start: int) -> tuple[list[tuple[str, Block]], int]:
    """The numbered items right after the heading ``blocks[start]``, and the index after them; none when a goal label
    follows the first of them (忠县: 1.慈善会项目 │ 绩效目标：保证…: the items are titles, the labels hold the goals)."""
    out: list[tuple[str, Block]] = []
    j = start + 1
    while j < len(blocks) and (blocks[j].kind == "list_item" or _ITEM.match(normalise(blocks[j].text))):
        out.append((normalise(blocks[j].text), blocks[j]))
        j += 1
    if j < len(blocks) and out and _inline_label(normalise(blocks[j].text)):
        return [], start + 1
    return out, j


def _first_paragraph(blocks: list[Block], start: int) -> tuple[list[tuple[str, Block]], int]:
    """The paragraph right after the heading ``blocks[start]`` (with the lines a PDF broke off it after a ；), and the
    index after it; none when a heading follows, or a title written as a paragraph (评价工作简述)."""
    following = blocks[start + 1] if start + 1 < len(blocks) else None
    if following is None or following.kind != "paragraph" or len(normalise(following.text or "")) < _TITLE_LIKE_CHARS:
        return [], start + 1
    j = start + 2
    while j < len(blocks) and blocks[j].kind == "paragraph" and blocks[j - 1].text.rstrip().endswith(("；", ";")):
        j += 1
    return [(normalise("".join(b.text.strip() for b in blocks[start + 1:j])), blocks[start + 1])], j


def _measured_paragraph(blocks: list[Block], start: int) -> tuple[list[tuple[str, Block]], int]:
    """The one paragraph right after the heading ``blocks[start]`` when it states measured targets, money left out
    (茂名: (二)绩效目标情况 │ 按计划完成…年度建设任务，其中：完成…设施点7个、…升级改造11.94公里…); a paragraph of
    amounts only is the budget the section opens with (寿县), no goal."""
    following = blocks[start + 1] if start + 1 < len(blocks) else None
    if following is None or following.kind != "paragraph":
        return [], start + 1
    text = normalise(following.text)
    return ([(text, following)], start + 2) if goal_is_quantified(text) else ([], start + 1)


def _section_after(blocks: list[Block], start: int, numbered_only: bool = False) -> tuple[list[tuple[str, Block]], int]:
    """The text blocks after a goal heading up to the next heading (or table); paragraphs joined."""
    out: list[tuple[str, Block]] = []
    head = blocks[start]
    level = head.level
    j = start + 1
    current: list[Block] = []

    def flush() -> None:
        if current:
            out.append((normalise("\n".join(b.text for b in current)), current[0]))
            current.clear()

    while j < len(blocks):
        b = blocks[j]
        if _ends_section(b, head, level):
            break
        if b.kind == "heading":  # a sub-heading inside the section is a title, not a goal
            flush()
        elif b.kind == "list_item":
            flush()
            current.append(b)
            flush()
        elif numbered_only and not _ITEM.match(normalise(b.text)):
            flush()
        elif b.kind == "paragraph":
            if current and current[-1].text.rstrip().endswith(("。", "；", "！", "？")):
                flush()
            if _ITEM.match(normalise(b.text)):
                flush()
            current.append(b)
        j += 1
    flush()
    return out, j


def _ends_section(b: Block, head: Block, level: int | None) -> bool:
    """Whether block ``b`` starts what follows the goal section under ``head``: a heading of its level or
    above (or naming a goal), a table or the title of a form, a goal label paragraph, or a list item numbered like
    the heading."""
    if b.kind == "heading" and (level is None or b.level is None or b.level <= level or goal_kind(b.text)):
        return True
    if b.kind == "table" or (b.kind == "paragraph" and (goal_kind(normalise(b.text)) or _INLINE_LABEL.match(normalise(b.text))
                                                       or is_form_title(normalise(b.text)))):
        return True
    # "（三）…" after a "（二）部门整体支出绩效目标" written as list items: the next section; "（二）省内分解下达…情况。" after
    # "2.绩效目标" (a list item numbered as an outer level): the section above ends
    return b.kind == "list_item" and (
        (_numbering_style(b.text) is not None and _numbering_style(b.text) == _numbering_style(head.text))
        or _numbered_outside(b.text, head.text))


def _numbered_outside(text: str, head: str) -> bool:
    """Is ``text`` numbered as a level outside the one ``head`` is numbered at (（二） outside 2.)?"""
    numbering, head_numbering = match_number(normalise(text)), match_number(normalise(head))
    return (numbering is not None and head_numbering is not None and numbering.style in _LABEL_NUMBER_STYLES
            and head_numbering.style in _LABEL_NUMBER_STYLES and numbering.rank < head_numbering.rank)


def goals_in_table(rows: list[list[str]]) -> list[tuple[str, str, str | None]]:
    """(kind, text, actual_text) of every goal a form table holds, row by row:

    1. a 预期目标 │ 实际完成情况 header: the texts in the rows below (:func:`_expected_and_actual`);
    2. an indicator header with a 年度目标 column: one goal per project (:func:`_goal_column`);
    3. goal label cells (:func:`_label_columns`) and what they head (:func:`_label_row_goals`): the goals of the
       column below in the header of a list of projects, the texts of the row below when the labels are a header of
       several kinds, else the text right of the label, else on the row below;
    4. goals headed by a bracketed label inside a cell (【总体目标】…, :func:`_bracketed_goals`), or opening it with a
       colon (总目标：…, :func:`_labelled_cells`) in a cell no step above read.
    """
    rows = [[normalise(_item_breaks(c or "")) for c in r] for r in rows]
    found: list[tuple[str, str, str | None]] = []
    consumed: set[int] = _task_list_rows(rows)
    task_header = task_header_row(rows)  # 目标任务 │ 牵头责任单位: a task table's header, no goal label
    if task_header is not None:
        consumed.add(task_header)
    in_indicator_table = False
    for r, row in enumerate(rows):
        pairs = _expected_and_actual(rows, r)
        if pairs is not None:
            found.extend(pairs)
            consumed.update(range(r + 1, r + 1 + max(1, len(pairs))))  # the rows read (or the one with an empty 预期目标)
            continue
        if r in consumed:
            continue
        header = classify_header(row)
        if header is not None:
            in_indicator_table = True
            if "goal" in header:
                if not _targets_of_names(header):
                    found.extend(_goal_column(rows, r, header["goal"], goal_kind(row[header["goal"]]) or "年度目标"))
                consumed.update(range(r + 1, len(rows)))
                continue
        label_cols = _label_columns(row, in_indicator_table)
        if label_cols:
            goals, read = _label_row_goals(rows, r, label_cols)
            found.extend(goals)
            consumed.update(read)
    bracketed = _bracketed_goals(rows)  # a cell of such goals is read by its headings, not as one goal
    found = [g for g in found if not _BRACKETED_GOAL.search(g[1])] + [g for g in bracketed if g not in found]
    return found + _labelled_cells(rows, {text for _, text, _ in found})


def _label_row_goals(rows: list[list[str]], r: int, label_cols: list[tuple[int, str]]) -> tuple[list[tuple[str, str, None]], set[int]]:
    """The goals a row of goal labels heads, and the rows below it they were read from: in the header of a list of
    projects, the columns below (:func:`_is_project_list_header`); in a header of several kinds, the row below
    (:func:`_texts_below_kinds`); else the text right of each label, else on the row below."""
    row = rows[r]
    if _is_project_list_header(row):
        goals = [g for c, kind in label_cols for g in _goal_column(rows, _last_header_row(rows, r, c), c, kind)]
        return goals, set(range(r + 1, len(rows)))
    below = _texts_below_kinds(rows, r, label_cols)
    if below:
        return below, {r + 1}
    return _texts_beside(row, label_cols) or _texts_below(rows, r, label_cols), set()


def _labelled_cells(rows: list[list[str]], read: set[str]) -> list[tuple[str, str, None]]:
    """Goals in cells that open with their label and a colon (广东 2017 绩效目标表: 预期产出 │ 产出计划 │ … │
    总目标：投资25万…), each distinct cell once, unless a step above read its text."""
    cells = dict.fromkeys(c for row in rows for c in row if "：" in c or ":" in c)
    found = []
    for cell in cells:
        m = _INLINE_LABEL.match(cell)
        if m and not any(m.group("text") in text or text in cell for text in read):
            found.append((_label_kind(m.group("label")), m.group("text").strip(), None))
    return found


#: a goal headed by its label in 【】 inside a cell, up to the next 【】 heading (安徽 budget disclosures:
#: 【总体目标】 让…。【产出指标-数量指标】 …)
_BRACKETED_GOAL = re.compile(rf"【\s*(?P<label>{_LABEL_RE})\s*】\s*(?P<text>[^【]+)")


def _bracketed_goals(rows: list[list[str]]) -> list[tuple[str, str, None]]:
    """Goals headed by a bracketed label inside any cell (each distinct cell once)."""
    cells = dict.fromkeys(c for row in rows for c in row if "【" in c)
    return [(_label_kind(m.group("label")), m.group("text").strip(), None)
            for cell in cells for m in _BRACKETED_GOAL.finditer(cell)]


def _expected_and_actual(rows: list[list[str]], r: int) -> list[tuple[str, str, str | None]] | None:
    """A header row 预期目标 │ 实际完成情况: the goal texts of the next rows with their actuals (None: no such header)."""
    row = rows[r]
    exp = _col(row, _EXPECTED_HEADERS, exact=True)
    act = _col(row, _ACTUAL_HEADERS)
    if exp is None or act is None or exp == act:
        return None
    kind = _row_kind(row) or "年度目标"
    found = []
    for nxt in rows[r + 1 : r + 4]:
        if exp >= len(nxt) or not nxt[exp] or goal_kind(nxt[exp]) or _col(nxt, _EXPECTED_HEADERS, exact=True) is not None \
                or _labels_indicators(nxt[exp]):
            break
        if len(nxt[exp]) < 6:
            break
        actual = nxt[act] if act < len(nxt) and nxt[act] != nxt[exp] else None
        found.append((_row_kind(nxt) or kind, nxt[exp], actual))
    return found


_TASK_NAME_HEADERS = ("任务名称", "主要任务名称", "任务内容")


def _task_list_rows(rows: list[list[str]]) -> set[int]:
    """The rows of a list of tasks under a goal label (部门整体支出绩效目标表: 年度主要任务 │ 任务名称 │ 主要内容 │
    年度预算金额, and the rows labelled alike below it): tasks and their money, not goals."""
    out: set[int] = set()
    label = None
    for r, row in enumerate(rows):
        if label is None and not any(cell in _TASK_NAME_HEADERS for cell in row):
            continue  # no task list yet: most tables have none, and their cells are not matched against the labels
        first = next((c for c, cell in enumerate(row) if cell and goal_kind(cell)), None)
        if first is None:
            continue
        if any(cell in _TASK_NAME_HEADERS for cell in row[first + 1:]):
            label = row[first]
        if row[first] == label:
            out.add(r)
    return out


def _label_columns(row: list[str], in_indicator_table: bool) -> list[tuple[int, str]]:
    """(column, kind) of the goal label cells of a row. Below an indicator header, "绩效目标" is a 二级 of the
    evaluation framework (决策 │ 绩效目标 │ 绩效目标合理性), not a goal label; a named goal row (年度目标 │ …) still is one."""
    label_cols = [(c, goal_kind(cell)) for c, cell in enumerate(row) if cell and goal_kind(cell)]
    label_cols = [(c, k) for c, k in label_cols if k != "目标" or len(label_cols) == 1]
    if in_indicator_table:
        label_cols = [(c, k) for c, k in label_cols if k != "目标"]
    return label_cols


def _texts_below_kinds(rows: list[list[str]], r: int, label_cols: list[tuple[int, str]]) -> list[tuple[str, str, None]]:
    """总体目标 │ 中期目标 │ 年度目标 as a header: each label's text in the row below (a 总体目标 opening the row is
    the label of the whole block, 项目绩效目标 │ 项目总目标 │ 年度总体目标 has a 总体目标 column of its own)."""
    kinds = {k for _, k in label_cols}
    if len(kinds) < 2 or r + 1 >= len(rows):
        return []
    row, nxt = rows[r], rows[r + 1]
    row_label = next((c for c, cell in enumerate(row) if cell), None)  # 总体目标 merged down the left: the row's label
    sub = [(c, k) for c, k in label_cols if k != "总体目标" or c != row_label or kinds == {"总体目标"}]
    if any(_next_text(row, c) for c, _ in sub):
        return []  # "总体目标 │ 年度目标（2025年） │ text": the labels have their text on their own row
    return [(k, nxt[c], None) for c, k in sub if c < len(nxt) and nxt[c] and not goal_kind(nxt[c]) and len(nxt[c]) >= 6]


def _texts_beside(row: list[str], label_cols: list[tuple[int, str]]) -> list[tuple[str, str, None]]:
    """Label cells followed on the same row by a text cell."""
    return [(kind, text, None) for c, kind in label_cols for text in [_next_text(row, c)] if text]


def _texts_below(rows: list[list[str]], r: int, label_cols: list[tuple[int, str]]) -> list[tuple[str, str, None]]:
    """A header row of labels (中期目标 │ 年度目标) above the texts."""
    if r + 1 >= len(rows):
        return []
    nxt = rows[r + 1]
    return [(kind, nxt[c], None) for c, kind in label_cols
            if c < len(nxt) and nxt[c] and not goal_kind(nxt[c]) and len(nxt[c]) >= 6 and cell_role(nxt[c]) is None
            and not _labels_indicators(nxt[c])]


# a label cell of a form ("年初设定目标", "全年实际完成情况", "保障绩效目标实现的措施", "绩效目标总体描述"): short,
# no punctuation
_FORM_LABEL = re.compile(r"^[^，。；;,、\d]{2,16}(?:目标|情况|措施|数量|内容|说明|信息|概况|综述|描述)$"
                         r"|^[^，。；;,\d]{2,20}指标(?:及|和)指标值$")  # 南陵 评价报告: 项目预期产出、效益指标及指标值


def _is_form_label(text: str) -> bool:
    return bool(_FORM_LABEL.match(re.sub(r"\s+", "", text)))


#: the label or title of an indicator block: short, no punctuation, closing with 指标 or 指标表 (项目年度绩效目标衡量指标
#: merged down the block's left, 项目支出绩效指标表 across the form above its header): no goal
_INDICATOR_LABEL = re.compile(r"^[^，。；;,、\d]{2,16}指标表?$")


def _labels_indicators(text: str) -> bool:
    return bool(_INDICATOR_LABEL.match(re.sub(r"\s+", "", text)))


def _targets_of_names(header: dict[str, int]) -> bool:
    """A 绩效目标 column right of the indicator names holds each name's target (文昌 绩效目标表: 绩效指标 │ 绩效目标 │
    优 │ 良 …), not goals: a department table's 年度目标 stands left of its indicators."""
    return "name" in header and header["goal"] > header["name"]


def _goal_column(rows: list[list[str]], header_row: int, col: int, kind: str) -> list[tuple[str, str, None]]:
    """The goal texts of a 年度目标 column under an indicator header (one per project of a department table); none when
    the header's label runs down the column (年度绩效目标(80分) merged down the left of the block: a frame, no goals)."""
    out: list[tuple[str, str, None]] = []
    below = rows[header_row + 1] if header_row + 1 < len(rows) else []
    if col < len(below) and below[col] and below[col] == rows[header_row][col]:
        return out
    for row in rows[header_row + 1:]:
        if classify_header(row) is not None:
            break
        text = row[col] if col < len(row) else ""
        if len(text) >= 6 and not goal_kind(text) and (kind, text, None) not in out:
            out.append((kind, text, None))
    return out


def _is_project_list_header(row: list[str]) -> bool:
    """The header of a list of projects, one a row (湖北 大冶 项目计划安排表: 序号 │ 部门 │ … │ 项目名称 │ … │ 预期绩效目标 │
    联农带农富农利益联结机制 │ …): a goal label there heads a column of goals, one a project, and the cell beside it
    is the next column's header."""
    cells = {cell for cell in row if cell}
    return len(cells) >= 5 and "项目名称" in cells


def _last_header_row(rows: list[list[str]], r: int, c: int) -> int:
    """The last row of a header starting at row ``r`` whose label in column ``c`` runs down it (a header of two rows,
    资金来源 over its sources, repeats the label below it)."""
    last = r
    while last + 1 < len(rows) and c < len(rows[last + 1]) and rows[last + 1][c] == rows[r][c]:
        last += 1
    return last


def _row_kind(row: list[str]) -> str | None:
    for cell in row:
        kind = goal_kind(cell) if cell else None
        if kind and kind != "目标":
            return kind
    return None


def _col(row: list[str], names: tuple[str, ...], exact: bool = False) -> int | None:
    for c, cell in enumerate(row):
        for name in names:
            if (cell == name) if exact else (cell.startswith(name) and len(cell) <= len(name) + 6):
                return c
    return None


# a cell that only numbers the goal on its row ("目标1", "目标二", "1") under a label merged over rows
_ITEM_LABEL_CELL = re.compile(r"^(?:(?:子|分项)?目标\s*)?[一二三四五六七八九十\d]{1,3}\s*[:：、.．]?$")


def _next_text(row: list[str], c: int) -> str | None:
    """The first cell right of ``c`` that is neither empty, a copy of the label nor another label."""
    for cell in row[c + 1 :]:
        if not cell or cell == row[c] or _ITEM_LABEL_CELL.match(cell):
            continue
        if goal_kind(cell):
            return None
        if _is_form_label(cell):
            continue  # a sub-label: 年度总体目标 │ 年初设定目标 │ text
        return cell if len(cell) >= 6 else None
    return None


#: wide spacing before an item number, the only separator some forms put between items ("…2公里  2、建设…")
_SPACED_ITEM = re.compile(r"[ \u3000\t]{2,}(?=(?:[（(]?\d{1,2}[、.．)）](?!\d)|[①-⑳]))")


def _item_breaks(text: str) -> str:
    """``text`` with a wide space before an item number made a separator (normalising drops the spaces)."""
    return _SPACED_ITEM.sub("；", text)


def split_items(text: str) -> list[str]:
    """``目标1：…；目标2：…`` / ``1.…2.…`` -> the items without their numbers; else the text itself."""
    return [item for _, item in numbered_items(text)]


def numbered_items(text: str) -> list[tuple[str | None, str]]:
    """(number as written or None, item) of :func:`split_items`: ``目标二：…`` -> ``("二", "…")``. A text wrapped in
    straight double quotes (a cell exported as CSV, 上海普陀 申报表: "1.完成…。2.新增…。") is read without them."""
    text = text.strip()
    if len(text) > 2 and text[0] == text[-1] == '"' and '"' not in text[1:-1]:
        text = text[1:-1].strip()
    starts = [m for m in _ITEM.finditer(text)]
    if len(starts) < 2:
        starts = _counted_items(text)
    if len(starts) < 2:
        return [_strip_number(text)]
    items = []
    head = text[: starts[0].start()].strip()
    for k, m in enumerate(starts):
        end = starts[k + 1].start() if k + 1 < len(starts) else len(text)
        items.append((_item_number(m.group()), text[m.end() : end].strip(" ；;，,。")))
    items = [(n, it) for n, it in items if it]
    if head and not head.endswith(("：", ":")) and len(head) > 8:
        items.insert(0, (None, head.strip(" ；;，,")))
    return items


_FIRST_ITEM = re.compile(r"^1(?P<sep>[、.．])(?!\d)")


def _counted_items(text: str) -> list[re.Match]:
    """Item numbers with nothing before them but the end of the previous item ("…2公里2、建设…3、使…", the
    spaces a PDF dropped): counted on from a text opening with 1、, each the next number with the same mark."""
    first = _FIRST_ITEM.match(text)
    if not first:
        return []
    starts, number, pos = [first], 2, first.end()
    while m := re.compile(rf"(?<!\d){number}{re.escape(first.group('sep'))}(?!\d)").search(text, pos):
        starts.append(m)
        number, pos = number + 1, m.end()
    return starts


# a goal written as a numbered clause of its own: （三）…, ㈢… (the same number as one character)
_CLAUSE_NUMBER = re.compile(r"^(?:[（(][一二三四五六七八九十]{1,3}[)）]|[㈠-㈩])")


def _strip_number(text: str) -> tuple[str | None, str]:
    m = _ITEM.match(text) or _CLAUSE_NUMBER.match(text)
    return (_item_number(m.group()), text[m.end() :].strip()) if m else (None, text)


def _item_number(token: str) -> str:
    """The number of an item marker as written: ``目标一：`` -> ``一``, ``1.`` -> ``1``, ``（三）`` stays."""
    token = token.strip().removeprefix("目标").rstrip(":：、.．")
    return token.removesuffix("是") if token.endswith("是") else token


# -- targets ----------------------------------------------------------------------------------

_BUDGET_WORDS = re.compile(r"资金|预算|用于|申请|安排|拨款|经费")
_CLAUSE_BREAK = re.compile(r"[，,；;。：:、]")
# the words that lead a deadline at the start of a target ("到2025年底，…") and what may close it; the deadline is the engine's
_LEAD_WORD = re.compile(r"(?:到|至|截至|截止|在|于)?\s*")
_LEAD_TIME_CLOSE = re.compile(r"内?\s*[，,]?")
# what stands between the name of a metric and its figure: the operator and approximation words of the lexicon
# written before a figure (matched on the engine's normalised text, ＞ read as >), a target verb (保持在), a copula
_WORDS_BEFORE_FIGURE = [w for w, (_, position) in operator_words().items() if position == "before"]
_METRIC_TRIM = re.compile(
    r"(?:力争|确保|预计|计划|累计|全年|共|总|合计)?"
    rf"(?:{alternation([*_WORDS_BEFORE_FIGURE, *operators_for('target_verb'), *vague_for('approx_before')])}|为|是|在)+$"
)
_LEAD_VERB = re.compile(r"^(?:并|和|及|且|其中|同时|全面|完成|实现|确保|力争|新增|累计|建设|建成|开展|培训|组织|推动)?")


# the bound or approximation written after a figure (以上, 以内, 左右, 余): no part of the noun that follows it
_BOUND_AFTER = re.compile(
    rf"^(?:{alternation([w for w, (_, position) in operator_words().items() if position == 'after'] + list(vague_for('approx_after')))})")
_NOT_A_COUNT = vague_for("not_a_count")


def targets_in(text: str, quantities: list[Quantity] | None = None, indicator_list: bool = False) -> list[Target]:
    """Quantified targets of a goal text (dates alone are deadlines, not targets).

    ``quantities`` are those of the normalised ``text`` (offsets into it) when the caller has them
    from the pipeline already; otherwise the text goes through the pipeline here. In an ``indicator_list`` (the
    lines of a notice under 成本指标 / 可持续影响指标) a duration (使用年限≥15年) and an amount of money (计划资金201.48万元)
    are targets too; in a goal they frame it or restate its budget.
    """
    from ..nlp.quantities import parse_deadline

    text = normalise(text)
    targets: list[Target] = []
    if quantities is None:
        from .analysis import quantities_of_text

        quantities = quantities_of_text(text)
    deadline_all, codes = parse_deadline(text), code_spans(text)
    for q in quantities:
        if q.kind == "date" or q.value is None:
            continue
        if q.unit in ("年", "个月") and not indicator_list:  # years and durations (用三年时间) frame a goal
            continue
        if _counts_nothing(text, q, codes):
            continue
        clause_start = _clause_start(text, q.start)
        clause_end_m = _CLAUSE_BREAK.search(text, q.end)
        clause_end = clause_end_m.start() if clause_end_m else len(text)
        change = _change_before(text, clause_start, q)
        metric = _metric(text[clause_start : q.start - len(change)], text[q.end : clause_end])
        clause = text[clause_start:clause_end]
        if q.unit in units_for("budget") and _BUDGET_WORDS.search(clause) and not indicator_list:
            continue  # 申请资金800万元，其中600万元用于… restates the budget, it is not a target
        deadline = q.deadline or parse_deadline(clause) or deadline_all
        targets.extend(
            Target(
                metric=each,
                operator=q.operator or _operator_over_list(text, q.start) or (None if q.approximate else "="),
                value=q.value,
                unit=q.unit,
                deadline=deadline,
                text=change + (q.text or ""),
                upper=q.upper,
            )
            for each in _sharing_metrics(text, clause_start, metric)
        )
    return targets


#: a hedge before a bound (原则上不低于): no part of the metric's name
_HEDGE = re.compile(r"[，,]?\s*原则上\s*$")


def _clause_start(text: str, start: int) -> int:
    """Where the clause of the figure at ``start`` begins; a clause holding only a hedge before it goes on the one
    before (河北 衔接资金: …中央衔接资金规模占比,原则上不得低于…的55%)."""
    begin = _after_last_break(text, start)
    if begin > 0 and _HEDGE.fullmatch(text[begin:start]):
        return _after_last_break(text, begin - 1)
    return begin


def _after_last_break(text: str, end: int) -> int:
    """Where the clause that ``text[:end]`` closes with begins: right after its last clause break, or 0."""
    return max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, end)), default=0)


#: an operator word closing with a colon before a list of counts, one bound for each (云南 民族团结 示范创建: 建设不低于:
#: 14个…示范县;129个…示范乡镇(街道);…)
_BOUND_OVER_LIST = re.compile(
    rf"(?P<word>{alternation([w for w, (_, position) in operator_words().items() if position == 'before'])})\s*[:：]")


def _operator_over_list(text: str, start: int) -> str | None:
    """The operator a colon puts over the list a number at ``start`` is in: the last such word of its sentence."""
    sentence = text.rfind("。", 0, start) + 1
    words = list(_BOUND_OVER_LIST.finditer(text, sentence, start))
    return operator_words()[words[-1].group("word")][0] if words else None


#: the word saying the names listed before it all reach the one target after it (A、B均达到95%以上)
_ALL_OF_THEM = "均"


def _sharing_metrics(text: str, clause_start: int, metric: str | None) -> list[str | None]:
    """The metrics one target is shared by: the names listed with 、 before the clause and joined by 和 in it, when
    the metric closes with 均 (科左中旗 艾滋病 规划: 重点人群…知晓率、感染者权利义务知晓率均达到95%以上); the metric
    alone otherwise."""
    if not metric or not metric.endswith(_ALL_OF_THEM) or metric.endswith("人" + _ALL_OF_THEM):  # 人均: per head
        return [metric]
    names = [metric[: -len(_ALL_OF_THEM)]]
    start = clause_start
    while start > 0 and text[start - 1] == "、":
        before = _after_last_break(text, start - 1)
        names.insert(0, _without_lead_time(text[before:start - 1].strip()))
        start = before
    names = [part for name in names for part in name.split("和")]
    return names if all(len(HAN_CHAR.findall(n)) >= 4 for n in names) else [metric[: -len(_ALL_OF_THEM)]]


def _counts_nothing(text: str, q: Quantity, codes: list[tuple[int, int]]) -> bool:
    """A figure that is no target of the goal: the year it is for, written without 年 ("2024通过采购雾炮车…"), a
    figure inside a quoted name (开展“社区一家亲”系列活动: not one 家), 一批 with no count (培育一批品牌项目), 一个 before a
    phrase describing its noun (打造一个安全舒适的交通运输环境: the article), the age
    of the people served (对0-6岁适龄儿童开展接种: who, not how many), a figure of a document number among the
    ``codes`` of the text (青医保监【2022】2号)."""
    return (_is_bare_year(q) or in_quoted_name(text, q.start) or (q.text or "").startswith(_NOT_A_COUNT)
            or _names_an_age_group(text, q) or any(start <= q.start < end for start, end in codes)
            or _restates_the_figure_before(text, q) or _part_of_a_word(text, q) or _an_article(text, q)
            or _numeral_inside_a_name(text, q))


def _an_article(text: str, q: Quantity) -> bool:
    return q.text == "一个" and ARTICLE.match(text, q.start) is not None


def _part_of_a_word(text: str, q: Quantity) -> bool:
    """A bare figure opening a word at the start of a clause (2型糖尿病患者: a kind of diabetes): no unit, no
    operator, a Chinese character right after it and none before (享受5折优惠 counts)."""
    return (q.unit is None and q.operator is None and q.upper is None and bool(HAN_CHAR.match(text, q.end))
            and (q.start == 0 or not HAN_CHAR.match(text, q.start - 1)))


#: a count in Chinese numerals and its unit (九年, 三项), and the rest of its clause up to a figure in digits
_NUMERAL_COUNT = re.compile(r"[一二两三四五六七八九十]+[^\d一二两三四五六七八九十]{0,2}$")
_DIGITS_LATER_IN_CLAUSE = re.compile(r"[^，,；;。]*?\d")


def _numeral_inside_a_name(text: str, q: Quantity) -> bool:
    """A count in Chinese numerals that a name holds (九年义务教育巩固率达到97%, 城乡三项基本医疗保险参保率95%): no
    operator, a Chinese character right after it, and a figure in digits later in its clause, the name's target."""
    return (q.operator is None and _NUMERAL_COUNT.fullmatch(q.text or "") is not None
            and bool(HAN_CHAR.match(text, q.end)) and _DIGITS_LATER_IN_CLAUSE.match(text, q.end) is not None)


def _restates_the_figure_before(text: str, q: Quantity) -> bool:
    """A figure inside the brackets that follow another figure (基本达到50年一遇(283.8mm/24h)): it restates that
    one in other terms, no target of its own."""
    opening = text.rfind("(", 0, q.start)
    return opening >= 0 and ")" not in text[opening:q.start] and _FIGURE_CLOSING.search(text, 0, opening) is not None


_FIGURE_CLOSING = re.compile(r"\d[^\d，,；;。()]{0,4}$")  # a figure and its unit, closing the text before a bracket


_GROUP_NOUN_AFTER = re.compile(rf"[{HAN}]")


def _names_an_age_group(text: str, q: Quantity) -> bool:
    """An age followed by the people it qualifies (0-6岁适龄儿童, 35岁以上高血压患者, 0-36个月儿童): it says who is
    served; an age that ends its clause (人均预期寿命提高到78.5岁。) is a target."""
    if q.unit == "个月":
        return text.startswith(_INFANTS, q.end)
    return q.unit in AGE_UNITS and bool(_GROUP_NOUN_AFTER.match(text, q.end))


_INFANTS = ("儿童", "婴", "幼儿")  # an age in months names them (0-36个月儿童); other months are durations


def _is_bare_year(q: Quantity) -> bool:
    """A whole number of 1990–2099 with no unit, operator or range: a year."""
    return (q.unit is None and q.operator is None and q.upper is None and q.value is not None
            and float(q.value).is_integer() and 1990 <= q.value <= 2099 and q.text.isdigit())


def _without_lead_time(text: str) -> str:
    """``text`` without the deadline it starts with ("到2025年底前，" of "到2025年底前，新建站点")."""
    at = _LEAD_WORD.match(text).end()
    end = next((end for start, end, _ in find_deadlines(text) if start == at), None)
    return text if end is None else text[_LEAD_TIME_CLOSE.match(text, end).end():]


def _trim_start(before: str) -> int:
    """Where the operator and copula words that end ``before`` start (its length when there are none)."""
    m = _METRIC_TRIM.search(normalise_quantity_text(before))
    return m.start() if m else len(before)


#: the change a figure states, written right before it (地区生产总值增长6.5%以上, 单位地区生产总值能耗降低17%): part of the
#: target, not of the name; a yearly or year-on-year change (过夜游客年均增长7%, 同比增长5%) names what is measured, and a
#: change before an operator (亩产提高≥10%) is the name's (:func:`_change_before`)
_CHANGE_CLOSING = re.compile(rf"(?<!年均)(?<!同比)(?<!上年)(?:{alternation(vague_for('figure_change'))})$")


def _change_before(text: str, clause_start: int, q: Quantity) -> str:
    """The change word right before the figure ``q`` written with no operator (增长 of 地区生产总值增长6.5%以上), when
    a name of two characters stands before it in its clause; "" otherwise."""
    change = _CHANGE_CLOSING.search(text, clause_start, q.start)
    if change is None or not (q.text or "")[:1].isdigit():
        return ""
    return change.group() if _names_something(text[clause_start:change.start()]) else ""


#: a bracket opening a part of the count before it (含, 其中, 包括), the part's count right after
_OPENS_A_PART = re.compile(r"[（(](?:含|其中|包括)?[:：]?$")


def _names_something(text: str) -> bool:
    """Two letters or more, Chinese or Latin: enough for a name."""
    return len(re.sub(rf"[^{HAN}A-Za-z]", "", text)) >= 2


def _metric(before: str, after: str) -> str | None:
    """The metric of a target: the words before the number, else the noun after it."""
    before = _HEDGE.sub("", _without_lead_time(before.strip()))
    before = before[: _trim_start(before)].strip()
    if _OPENS_A_PART.search(before):  # 1200个示范村(含200个示范社区): the part is named by the noun after its count
        before = ""
    if _names_something(_LEAD_VERB.sub("", before)):
        return before
    after = _BOUND_AFTER.sub("", after.strip())
    after = re.split(r"[的和及与，,；;。（()）]", after, 1)[0]
    metric = (before + after).strip()
    return metric or None
