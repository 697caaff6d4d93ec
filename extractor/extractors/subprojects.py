"""Sub-projects in the forms plans and reports really give them, and the goals each one serves.

Where sub-projects are found (``SubProject.origin``):

- ``section``: a numbered clause of the clause tree (:mod:`extractor.layout.clauses`) under a heading such
  as 主要建设内容, 重点建设项目, 子项目设置, 重点任务 — ``（一）…项目``, ``1.…工程``, ``第三章 …工程`` — or any
  clause whose title ends in 项目/工程 and whose body gives its investment or lead unit. Its body gives the
  fields: labelled (``投资估算：860万元``, ``牵头单位：…；配合单位：…``, ``建设内容：…``, ``建设周期：…``,
  also as sub-headings ``二、投资估算``) or in a sentence (``估算总投资9800万元``, ``由X牵头实施，Y配合``).
  Under a task heading (重点任务, 主要任务) a clause needs such a field or a 项目/工程 title: a task is
  not a sub-project by itself. A clause whose children are sub-projects is a group, not one.
- ``table``: rows of a table whose header names the project column (项目名称, 子项目名称, 任务名称 …) beside
  at least two other known columns (建设内容, 投资（万元）, 责任单位, 完成时限, 对应目标 …); a table on the
  next block with the same width and no header continues it. 合计 rows give the stated total.
- ``report_row``: the same, in a table that reports on them (实际支出, 完成情况 columns), or numbered sections
  under a 子项目完成情况 heading of a report.
- ``list``: a declared list, ``子项目12个，分别为A、B、…``; when the items number the declared count, the list
  is complete.
- body text: a name ending in 项目/平台/工程/系统 only where the sentence presents it as a sub-project — an
  example after 比如/例如/诸如 that follows a mention of 子项目 (``2023年共建成子项目5个，比如，X项目已上线``),
  or an enumeration closed by ``等…项目`` (``完成A、B等子项目12个``). Any other noun phrase of the body text
  is never a sub-project, and names in body text are not read at all when the document lays its sub-projects
  out in sections or a table.

Units of a 责任单位 cell: an item marked （牵头） leads; without a mark the first unit leads and the others
partner (the usual order of 责任单位 lists).

Goal links (:func:`link_goals`, rules in :mod:`.goal_links`): explicit references first (``对应具体目标第1、5项``,
``支撑目标二``, ``服务于（三）``, a 对应目标 column), else content evidence; goals written inside the
sub-projects' own sections are no link targets. The investment total (:func:`investment_sum_fact`) is a
``sum`` fact of the sub-project investments against the stated 总投资/申请资金总额 or the table's 合计 row.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..document import Block, Clause, Document
from ..extraction import Fact, Goal, SubProject
from ..layout.headings import index_rank, match_number, outline_children
from ..nlp.lexicon import alternation, total_words, units_for
from ..nlp.quantities import money_amounts, money_in_unit, parse_number
from .entities import AliasDefinition, alias_definitions
from .goal_links import goal_references, links_to_goals
from .sentences import normalise

# --------------------------------------------------------------------------- vocabulary

#: headings whose numbered children are sub-projects
PROJECT_HEADING = re.compile(
    r"^(?:(?:主要|重点)(?:建设)?(?:内容|项目|工程)|建设(?:内容|项目|任务)|子项目(?:设置|构成|安排|清单|建设内容)?|"
    r"项目(?:构成|设置|安排|内容|清单))(?:及[^，。]{0,10})?$")
#: headings whose numbered children are tasks: sub-projects only with a field or a 项目/工程 title
TASK_HEADING = re.compile(r"^(?:重点|主要|工作)任务(?:及[^，。]{0,10})?$")
#: headings of a report whose numbered children report on sub-projects (origin report_row)
REPORT_HEADING = re.compile(r"^(?:各?子项目|重点项目|建设内容)(?:的)?(?:完成|实施|建设|进展|推进)情况$")
PROJECT_TITLE = re.compile(r"(?:项目|工程)(?:[（(][一二三四五六七八九十\d]+期[）)])?$")

FIELD_LABELS: dict[str, tuple[str, ...]] = {
    "investment": ("投资估算", "估算投资", "估算总投资", "总投资", "项目投资", "投资金额", "投资规模", "计划投资", "申请资金",
                   "资金需求", "预算资金", "预算金额", "资金预算", "项目预算", "投资"),
    "lead": ("牵头单位", "责任单位", "实施单位", "承担单位", "建设单位", "主责单位", "牵头部门", "责任部门", "实施主体", "承建单位"),
    "partner": ("配合单位", "参与单位", "协办单位", "配合部门", "协作单位"),
    "summary": ("建设内容", "主要内容", "工作内容", "实施内容", "项目内容", "建设规模", "主要建设内容"),
    "period": ("建设周期", "实施周期", "完成时限", "建设期限", "实施期限", "时间安排", "进度安排", "建设工期", "实施计划", "实施期",
               "建设期", "完成时间"),
    "goal": ("对应目标", "支撑目标", "对应绩效目标", "服务目标", "关联目标", "对应具体目标"),
}
_LABEL_TO_FIELD = {label: name for name, labels in FIELD_LABELS.items() for label in labels}
_LABELS_RE = "|".join(sorted(_LABEL_TO_FIELD, key=len, reverse=True))
_LABEL = re.compile(rf"(?P<label>{_LABELS_RE})\s*[:：]\s*")
_FIELD_TITLE = re.compile(rf"^(?:{_LABELS_RE}|实施主体|资金来源|资金筹措|绩效目标|预期效益|进度安排)(?:与[^，。]{{0,8}})?$")

#: who answers for a task: the leaders a plan's breakdown names (责任领导：…) and the lead and partner units (牵头单位：…)
ANSWERS_FOR_LABELS = ("责任领导", "分管领导", "牵头领导", "责任人", *FIELD_LABELS["lead"], *FIELD_LABELS["partner"])
#: a bracket closing a task or target line that says who answers for it (咸安 责任分解方案: 2.固定资产投资增长16%以上。
#: (责任领导:…;牵头单位:区发改局)): no part of the target
_RESPONSIBILITY_NOTE = re.compile(rf"[（(]\s*(?:{alternation(ANSWERS_FOR_LABELS)})\s*[:：][^（()）]*[)）]\s*$")


def without_responsibility_note(text: str) -> str:
    """``text`` without the bracket closing it that names who answers for it."""
    return _RESPONSIBILITY_NOTE.sub("", text).rstrip()


_BUDGET_UNITS = units_for("budget")  # 万元, 亿元, 元
_MONEY_UNIT = alternation(_BUDGET_UNITS)
# the labels an amount of money follows (the amount itself is read by the quantity engine: money_amounts)
_INVESTMENT_SENTENCE = re.compile(  # a lookahead: every start is tried, as a search for label and amount would
    r"(?=((?:估算)?(?:总)?(?:投资|申请资金|预算资金|资金)(?:估算|总额|规模|需求)?(?:约|为|共|计)?[:：]?\s*))")
_STATED_TOTAL = re.compile(
    r"(?=((?:项目|计划|估算|三年|工程)?(?:总投资|投资总额|申请资金总额|资金总额|预算资金|总预算|安排资金)(?:约|为|共|合计)?[:：]?\s*))")
_LED_BY = re.compile(
    r"由(?P<units>[^，。；]{2,40}?)(?:牵头|负责)|(?:牵头|责任|实施|承担|建设)(?:单位|部门)(?:为|是)(?P<named>[^，。；]{2,40})")
_PARTNERS = re.compile(r"[，,](?P<units>[^，。；]{2,40}?)(?:配合|协助|参与)")
_UNIT_SPLIT = re.compile(r"[、，,；;/]|(?<=[局委办府心司队馆院站所会])(?:和|及|与)")
_LEAD_MARK = re.compile(r"[（(]牵头[）)]")

# a layout, not a number reader: the bracket closing a title that holds an amount ("（投资860万元）"); the amount in it is
# read by the quantity engine (money_amounts) with the other investment fields
_MONEY_BRACKET = re.compile(rf"[（(][^（()）]*\d[^（()）]*(?:{_MONEY_UNIT})[^（()）]*[)）]$")
_REFERENCE_BRACKET = re.compile(r"[（(][^（()）]*(?:对应|支撑|服务)[^（()）]*(?:[（(][^（()）]*[)）][^（()）]*)*[)）]$")

# tables
_NAME_HEADER = re.compile(r"^(?:子项目|项目|任务|工程|建设项目|重点项目|重点任务|工作任务|建设任务)(?:名称)?$")
_COLUMN_HEADERS: dict[str, re.Pattern] = {
    "number": re.compile(r"^(?:序号|编号|项目编号)$"),
    "summary": re.compile(r"(?:建设|主要|工作|实施|项目|任务)内容|建设规模|具体(?:任务|内容|措施)|主要措施"),
    "investment": re.compile(r"投资|预算|计划资金|资金|金额"),
    "actual": re.compile(r"实际(?:支出|完成投资|投资)|执行数|支出数"),
    "lead": re.compile(r"(?:责任|牵头|实施|承担|建设|主责|项目)(?:单位|部门)|(?:责任|实施)主体"),
    "partner": re.compile(r"(?:配合|参与|协办)(?:单位|部门)"),
    "period": re.compile(r"完成时限|时限|建设(?:周期|期限)|实施(?:周期|期限)|完成时间|进度|起止时间"),
    "goal": re.compile(r"(?:对应|支撑|服务|关联)(?:绩效)?目标|目标编号"),
    "status": re.compile(r"完成情况|进展情况|实施情况|备注"),
}
_TOTAL_INVESTMENT = re.compile(r"^(?:项目)?(?:总投资|投资总额|估算总投资|计划总投资)")
#: a total or subtotal row's label, no sub-project (合计, 小计, a group's (一)义务教育公用经费小计); the task breakdowns
#: read it too (:mod:`.task_tables`: 全县合计)
TOTAL_ROW = re.compile(rf"^\S{{0,20}}?(?:{alternation(total_words('table_total', 'subtotal'))})$")
_GRAND_TOTAL_ROW = re.compile(rf"^(?:{alternation(total_words('table_total'))})$")  # the stated total (a 小计 totals one group)
_UNIT_NOTE = re.compile(rf"(?:金额)?单位[:：]\s*(?P<unit>{_MONEY_UNIT})")
_HEADER_UNIT = re.compile(rf"[（(](?P<unit>{_MONEY_UNIT})[）)]")

# body text (see the module docstring)
_SUBPROJECT_END = re.compile(r"(?:(?:平台|系统|工程)项目|项目|平台|工程|系统)(?:[（(][一二三四五六七八九十\d]+期[）)])?")
_GENERIC_SUBPROJECT = re.compile(
    r"^(?:子|本|该|此|各|其|这|相关|有关|部分|多个|新增|重点|信息化|建设|政务信息化|电子政务|数字政府|总承包|总包|应用|续建|"
    r"运维|涉密|镇街|基础|业务|项目|已|未|后续|新|全部|所有|其他|上述|个别|大量|严格|加强|推进)"
)
_EXAMPLE = re.compile(r"比如|例如|诸如")
_SUBPROJECT_LEAD = re.compile(
    r"^(?:比如|例如|如|建成|完成|上线|升级改造|升级完善|升级|推进|实现|包括|其中|以及|及|和|与|等|是|一是|二是|三是|四是|五是|六是|七是|八是|九是|十是)+")
_OBJECT_OF = re.compile(r"(?:与|同|向|对|从|跟|通过|依托|接入|对接|借助)$")
_ENUMERATION_CLOSED = re.compile(r"等[^，,。；;]{0,14}项目")
_SENTENCE = re.compile(r"[^。！？]+[。！？]?")
_CLAUSE = re.compile(r"[^，,。；;：:]+")


@dataclass
class _Found:
    """A sub-project being assembled, with the texts its goal references are read from."""

    sp: SubProject
    texts: list[str] = field(default_factory=list)  # title, body, goal cell: where references are written
    heading: bool = False  # opened by a heading (a short title), not by a numbered sentence


# --------------------------------------------------------------------------- entry point


def extract_subprojects(
    doc: Document, aliases: list[AliasDefinition] | None = None, project: str | None = None, analysis=None,
    goals: list[Goal] | None = None,
) -> list[SubProject]:
    """The sub-projects of ``doc`` with their fields; linked to ``goals`` when given (:func:`link_goals`)."""
    from .analysis import analyse

    analysis = analyse(doc) if analysis is None else analysis
    aliases = alias_definitions(doc, analysis) if aliases is None else aliases
    found: list[_Found] = []
    found.extend(section_subprojects(doc))
    found.extend(table_subprojects(doc))
    listed, complete = declared_subprojects(analysis.units)
    found.extend(_Found(SubProject(id="", name=name, page=unit.page, refs=[unit.refs[0]], origin="list"))
                 for name, unit in listed)
    structured = any(f.sp.origin in ("section", "table") for f in found)
    if not structured:
        for name, unit in mentioned_subprojects(analysis.units, project):
            within = next((item for item, _ in listed if name in item), None)
            if within:  # "巡查无人机系统" is the listed "违建巡查无人机系统"
                found.append(_Found(SubProject(id="", name=within, page=unit.page, refs=[unit.refs[0]], origin="list")))
            elif not complete:
                found.append(_Found(SubProject(id="", name=name, page=unit.page, refs=[unit.refs[0]], origin="list")))
    merged = _merge(found)
    for a in aliases:
        for f in merged:
            if a.full == f.sp.name and a.alias not in f.sp.aliases:
                f.sp.aliases.append(a.alias)
    if goals is not None:
        link_goals(merged, goals, doc)
    return [f.sp for f in merged]


def _merge(found: list[_Found]) -> list[_Found]:
    """One record per name (a listed name met again as a section keeps the section's fields); ids SP1, SP2 …"""
    by_name: dict[str, _Found] = {}
    for f in found:
        key = _name_key(f.sp.name)
        old = by_name.get(key)
        if old is None:
            by_name[key] = f
            continue
        richer, other = (f, old) if old.sp.origin == "list" and f.sp.origin != "list" else (old, f)
        for ref in other.sp.refs:
            if ref not in richer.sp.refs:
                richer.sp.refs.append(ref)
        richer.texts.extend(other.texts)
        by_name[key] = richer
    out = list(by_name.values())
    for k, f in enumerate(out, 1):
        f.sp.id = f"SP{k}"
    return out


def _name_key(name: str) -> str:
    return re.sub(r"[\s“”\"《》]", "", normalise(name))


# --------------------------------------------------------------------------- sections


def section_subprojects(doc: Document) -> list[_Found]:
    """Sub-projects that are numbered clauses (see the module docstring)."""
    out: list[_Found] = []

    def visit(clause: Clause, context: str | None) -> _Found | None:
        """Adds the sub-projects under ``clause``; returns its own record when it is a leaf that was not one."""
        title = _clean_title(clause.title)
        heading_context = _heading_context(title)
        if heading_context is None and _FIELD_TITLE.match(title):
            return None  # 投资估算与资金筹措, 绩效目标: a field or a part of the plan, not a sub-project
        children = [c for c in clause.children if not _FIELD_TITLE.match(_clean_title(c.title))]
        sub_items = visit_all(children, heading_context or context)
        if sub_items or heading_context:
            return None  # a group of sub-projects, or the heading above them
        found = _section_record(doc, clause, title)
        if _is_subproject(found, context):
            out.append(found)
            return None
        return found

    def visit_all(clauses: list[Clause], context: str | None) -> list[_Found]:
        """Adds the sub-projects of numbered siblings; returns those added."""
        added: list[_Found] = []
        siblings: list[_Found] = []  # the items of this list taken as sub-projects themselves
        for clause in clauses:
            before = len(out)
            left_out = visit(clause, context)
            if _funded_like_its_siblings(left_out, siblings):
                out.append(left_out)
            added.extend(out[before:])
            siblings.extend(f for f in out[before:] if f.sp.refs[:1] == [clause.ref])
        return added

    visit_all(doc.clauses, None)
    return out + labelled_subprojects(doc, {f.sp.refs[0] for f in out})


def _funded_like_its_siblings(left_out: _Found | None, siblings: list[_Found]) -> bool:
    """A numbered item with its own investment after two sub-projects numbered with it, not taken for its name alone
    (泽库: 1.…工程 投资:500万元 … 6.中央第二批资金项目管理费(…) 投资:14万元): one of the list all the same."""
    return left_out is not None and left_out.sp.investment is not None and len(siblings) >= 2 \
        and 3 <= len(_BRACKETS.sub("", left_out.sp.name)) <= _NAME_CHARS


# "子项目一：智慧教室建设" / "项目2：…" / "工程三：…" opens a sub-project without a clause number of the layout styles
_OPENER = re.compile(
    r"^(?P<number>(?:子项目|分项目|项目|工程)\s*[一二三四五六七八九十\d]{1,3})\s*[:：、.．]\s*(?P<name>[^。；;，,：:]{3,40})")


def labelled_subprojects(doc: Document, taken: set[str]) -> list[_Found]:
    """Sub-projects opened by ``子项目一：name`` (a block of its own or the head of a paragraph); the body runs
    to the next such opener or heading."""
    blocks = [b for b in doc.blocks if b.kind != "table"]
    openers = [k for k, b in enumerate(blocks) if _OPENER.match(normalise(b.text)) and b.ref not in taken]
    out = []
    for n, k in enumerate(openers):
        stop = openers[n + 1] if n + 1 < len(openers) else len(blocks)
        body_blocks = [blocks[k]]
        for b in blocks[k + 1 : stop]:
            if b.kind == "heading":
                break
            body_blocks.append(b)
        m = _OPENER.match(normalise(blocks[k].text))
        name = _REFERENCE_BRACKET.sub("", m.group("name")).strip()
        fields = section_fields(body_blocks[1:] + [_rest_of(blocks[k], m.end())])
        body = " ".join(normalise(b.text) for b in body_blocks)
        sp = SubProject(id="", name=name, refs=[b.ref for b in body_blocks], page=blocks[k].page,
                        number=m.group("number"), origin="section")
        _fill(sp, fields, body)
        title = normalise(blocks[k].text)[: m.end()]
        out.append(_Found(sp, texts=[title, body, fields.get("goal", "")], heading=True))
    return out


def _rest_of(block: Block, start: int) -> Block:
    """The text of ``block`` after its opener, as a block of its own (for the field reader)."""
    return replace(block, text=normalise(block.text)[start:])


def _heading_context(title: str) -> str | None:
    if REPORT_HEADING.match(title):
        return "report"
    if PROJECT_HEADING.match(title):
        return "project"
    if TASK_HEADING.match(title):
        return "task"
    return None


#: the longest name of a sub-project; a bracket of notes on what it is left out of a name read beside its siblings
#: (6.中央第二批资金项目管理费(泽库县2个村发展新型农村集体经济项目管理费), 泽库 分配计划)
_NAME_CHARS = 40
_BRACKETS = re.compile(r"[（(][^（()）]*[)）]")


def _is_subproject(found: _Found, context: str | None) -> bool:
    sp = found.sp
    has_field = sp.investment is not None or bool(sp.lead_units)
    project_title = bool(PROJECT_TITLE.search(sp.name))
    if len(sp.name) < 3 or len(sp.name) > _NAME_CHARS:
        return False
    if context == "report":
        found.sp.origin = "report_row"
        return has_field or project_title or found.heading
    if context == "project":  # a short heading under 建设内容/子项目 names one; a numbered sentence needs more
        return has_field or project_title or found.heading
    if context == "task":
        return has_field or project_title
    return project_title and has_field


def _clean_title(title: str) -> str:
    return normalise(title).strip().rstrip("：:。")


def _section_record(doc: Document, clause: Clause, title: str) -> _Found:
    name = _REFERENCE_BRACKET.sub("", title).strip()
    money_note = _MONEY_BRACKET.search(name)  # （一）城市运行感知网络扩容项目（投资860万元）
    name = _MONEY_BRACKET.sub("", name).strip()
    opening = doc.block(clause.ref)
    blocks = [opening, *(doc.block(ref) for ref in clause.block_refs)]  # a numbered sentence holds fields too
    fields = section_fields(blocks)
    if money_note:
        fields.setdefault("investment", money_note.group())
    body = " ".join(normalise(b.text) for b in blocks if b.kind != "table")
    sp = SubProject(id="", name=name, refs=[clause.ref, *clause.block_refs], page=opening.page, number=clause.number,
                    origin="section")
    _fill(sp, fields, body)
    return _Found(sp, texts=[title, body, fields.get("goal", "")], heading=opening.kind == "heading")


def section_fields(blocks: list[Block]) -> dict[str, str]:
    """Labelled fields of a section body: ``投资估算：860万元``, or a field sub-heading then its paragraph."""
    fields: dict[str, str] = {}
    pending: str | None = None
    for block in blocks:
        text = normalise(block.text)
        numbering = match_number(text)
        head = _clean_title(numbering.title if numbering else text)
        if head in _LABEL_TO_FIELD:  # a field sub-heading (二、投资估算): its paragraph is the value
            pending = _LABEL_TO_FIELD[head]
            continue
        if pending:
            fields.setdefault(pending, text)
            pending = None
            continue
        for label, value in labelled_values(text):
            fields.setdefault(_LABEL_TO_FIELD[label], value)
    return fields


def labelled_values(text: str) -> list[tuple[str, str]]:
    """``投资规模：960万元；责任单位：X。（支撑目标：2）`` -> each label with the text up to the next label."""
    labels = list(_LABEL.finditer(text))
    out = []
    for k, m in enumerate(labels):
        end = labels[k + 1].start() if k + 1 < len(labels) else len(text)
        value = text[m.end() : end].strip().rstrip("；;，,。（(　 ")
        while value.endswith(("）", ")")) and value.count("（") + value.count("(") < value.count("）") + value.count(")"):
            value = value[:-1].rstrip("；;，,。　 ")  # the bracket the label was written in: （牵头单位：X）
        if value:
            out.append((m.group("label"), value))
    return out


def _fill(sp: SubProject, fields: dict[str, str], body: str) -> None:
    money = _money(fields.get("investment", "")) or _money_in_sentence(body)
    if money:
        sp.investment, sp.investment_unit = money
    lead_text = fields.get("lead")
    if lead_text and not _LED_BY.search(lead_text):
        sp.lead_units, sp.partner_units = _units(lead_text)
    else:
        sentence = lead_text or body
        m = _LED_BY.search(sentence)
        if m:
            sp.lead_units = _units(m.group("units") or m.group("named"))[0]
            p = _PARTNERS.search(sentence, m.end())
            if p:
                sp.partner_units = _units(p.group("units"))[0]
    if fields.get("partner"):
        sp.partner_units = _units(fields["partner"])[0]
    summary = fields.get("summary")
    if summary:
        sp.summary = _shorten(summary)
    if fields.get("period"):
        sp.period = re.sub(r"^[^，。：:为]{0,6}为", "", fields["period"]).rstrip("。")


def _money(text: str) -> tuple[float, str] | None:
    """The first amount of a budget unit in ``text`` (value, unit), read by the quantity engine."""
    amounts = money_amounts(text, _BUDGET_UNITS)
    return amounts[0][:2] if amounts else None


#: what an amount may start with: a digit, a Chinese numeral, a currency sign; and how far it may reach
_AMOUNT_OPENERS = frozenset("0123456789零〇一二三四五六七八九十两百千万亿¥￥")
_AMOUNT_WINDOW = 80


def _labelled_amount(label: re.Pattern, text: str) -> tuple[float, str, str] | None:
    """The first amount of a budget unit written right after a ``label`` (value, unit, label and amount as written)."""
    labels = [m for m in label.finditer(text) if text[m.end(1):m.end(1) + 1] in _AMOUNT_OPENERS]
    if not labels:
        return None  # no label with a figure right after it (资金 is everywhere): the amounts are not read at all
    for m in labels:  # the amount right after the label, read in the 80 characters from it
        at = m.end(1)
        sentence = text[at:at + _AMOUNT_WINDOW]
        found = next(((value, unit, end) for value, unit, start, end in money_amounts(sentence, _BUDGET_UNITS)
                      if start == 0), None)
        if found:
            return found[0], found[1], text[m.start(1):at + found[2]]
    return None


def _money_in_sentence(body: str) -> tuple[float, str] | None:
    found = _labelled_amount(_INVESTMENT_SENTENCE, body)
    return found[:2] if found else None


def _units(text: str) -> tuple[list[str], list[str]]:
    """(units, partners) of a 责任单位 text: （牵头） marks the lead; unmarked lists give all as given."""
    text = re.split(r"[。]", text.strip())[0]
    text = re.sub(r"[（(](?!牵头)[^（）()]*[)）]", "", text)  # notes in brackets, but not the （牵头） mark
    text = re.sub(r"(?:等|等单位|等部门)$", "", text)
    items = [i.strip() for i in _UNIT_SPLIT.split(text) if i.strip()]
    marked = [i for i in items if _LEAD_MARK.search(i)]
    clean = [_LEAD_MARK.sub("", i).strip() for i in items]
    clean = [re.sub(r"(?:等|等单位)$", "", i) for i in clean if len(i) >= 2 and not goal_references(i)]
    if marked:
        lead = [_LEAD_MARK.sub("", i).strip() for i in marked]
        return lead, [i for i in clean if i not in lead]
    return clean, []


def _shorten(text: str, limit: int = 120) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --------------------------------------------------------------------------- tables


@dataclass
class _TableLayout:
    columns: dict[str, int]
    unit: str | None  # money unit written in the investment header
    report: bool  # a table that reports on sub-projects (实际支出 / 完成情况 columns)
    width: int


def table_layout(row: list[str]) -> _TableLayout | None:
    """The column roles of a sub-project table header, or None when ``row`` is not one."""
    cells = [normalise(c or "") for c in row]
    name = next((k for k, c in enumerate(cells) if _NAME_HEADER.match(re.sub(r"\s", "", c))), None)
    if name is None:
        return None
    columns = {"name": name}
    for k, cell in enumerate(cells):
        role = _column_role(cell, columns) if k != name and cell else None
        if role is not None:
            columns[role] = k
    totals = [k for k, cell in enumerate(cells) if _TOTAL_INVESTMENT.search(cell) and not _COLUMN_HEADERS["actual"].search(cell)]
    if totals:  # 总投资 beside 2025年投资, 2026年投资: the total is the sub-project's investment
        columns["investment"] = totals[0]
    if len(columns) < 3 or not ({"summary", "investment", "lead", "actual", "status"} & set(columns)):
        return None
    unit_m = _HEADER_UNIT.search(cells[columns["investment"]]) if "investment" in columns else None
    report = "actual" in columns or ("status" in columns and "summary" not in columns)
    return _TableLayout(columns, unit_m.group("unit") if unit_m else None, report, len(cells))


def _column_role(cell: str, columns: dict[str, int]) -> str | None:
    """The first role not yet taken whose header pattern a short header cell matches (an 实际 column is not
    the planned investment)."""
    for role, pattern in _COLUMN_HEADERS.items():
        if role not in columns and pattern.search(cell) and len(cell) <= 14:
            if role == "investment" and _COLUMN_HEADERS["actual"].search(cell):
                continue
            return role
    return None


#: a sheet may put a title and form fields above the header row
HEADER_SEARCH_ROWS = 8


def header_of(rows: list[list[str]]) -> tuple[_TableLayout | None, int]:
    """The sub-project header among the first rows of a table and the index of the first row below it."""
    for k, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        layout = table_layout(row)
        if layout:
            if layout.unit is None:  # 单位：万元 written above the header
                note = next((m for r in rows[:k] for c in r if (m := _UNIT_NOTE.search(normalise(c or "")))), None)
                layout.unit = note.group("unit") if note else None
            return layout, k + 1
    return None, 0


def table_subprojects(doc: Document) -> list[_Found]:
    """Rows of sub-project tables (a headerless table right after one, with the same width, continues it)."""
    out: list[_Found] = []
    previous: tuple[_TableLayout, int] | None = None
    for block in doc.tables():
        rows = block.cells()
        layout, start = header_of(rows)
        if layout is None and previous and previous[1] == block.index - 1 and rows and len(rows[0]) == previous[0].width:
            layout = previous[0]
        if layout is None:
            previous = None
            continue
        previous = (layout, block.index)
        groups = _group_rows(rows[start:], layout)
        for r, row in enumerate(rows[start:], start):
            found = None if r - start in groups else _row_record(block, r, row, layout)
            if found:
                out.append(found)
    return out


def _cut_at_end(rows: list[list[str]], layout: _TableLayout) -> bool:
    """A table the page cut: its last row numbered, with no investment (12 │ 图书信息中心 │ │ …); its 合计 adds rows the
    file does not hold."""
    return bool(rows) and index_rank(_cell(rows[-1], layout, "number")) is not None \
        and not _cell(rows[-1], layout, "investment").strip()


def _group_rows(rows: list[list[str]], layout: _TableLayout) -> set[int]:
    """The rows numbered as groups of the rows numbered under them (一 │ 高校学生资助专项 over 1 │ 学生资助专项-高职 and
    2 │ …): categories with their own sums, no sub-projects."""
    return set(outline_children([index_rank(_cell(row, layout, "number")) for row in rows]))


def _cell(cells: list[str], layout: _TableLayout, role: str) -> str:
    k = layout.columns.get(role)
    return cells[k] if k is not None and k < len(cells) else ""


def _row_record(block: Block, r: int, cells: list[str], layout: _TableLayout) -> _Found | None:
    name = _cell(cells, layout, "name")
    number = _cell(cells, layout, "number")
    if not _is_item_row(cells, layout, name, number):
        return None
    sp = SubProject(id="", name=_REFERENCE_BRACKET.sub("", name).strip(), refs=[block.ref], page=block.page,
                    number=number or None, origin="report_row" if layout.report else "table")
    _set_investment(sp, _cell(cells, layout, "investment"), layout)
    _set_units(sp, _cell(cells, layout, "lead"), layout)
    if _cell(cells, layout, "partner"):
        sp.partner_units = _units(_cell(cells, layout, "partner"))[0]
    if _cell(cells, layout, "summary"):
        sp.summary = _shorten(_cell(cells, layout, "summary"))
    sp.period = _cell(cells, layout, "period") or None
    goal_cell = _cell(cells, layout, "goal")
    return _Found(sp, texts=[name, sp.summary or "", f"对应目标{goal_cell}" if goal_cell else ""])


def _is_item_row(cells: list[str], layout: _TableLayout, name: str, number: str) -> bool:
    """Whether a row names one sub-project: not a total, the header again or a group row."""
    if not name or TOTAL_ROW.match(re.sub(r"\s", "", name or number)) or _NAME_HEADER.match(name):
        return False
    if len({c for c in cells if c}) == 1:  # a group row written across the table (一、管网建设类)
        return False
    if not any(c for k, c in enumerate(cells) if k not in (layout.columns["name"], layout.columns.get("number"))):
        return False  # a group row with its number and title only (一 │ 管网建设类 │ │ …)
    return not TOTAL_ROW.match(re.sub(r"\s", "", number))


def _set_investment(sp: SubProject, money_cell: str, layout: _TableLayout) -> None:
    """The investment of the row: an amount with its unit, or a bare number in the table's unit."""
    if not money_cell:
        return
    value = parse_number(money_cell.replace("，", ","))
    money = _money(money_cell)
    if money:
        sp.investment, sp.investment_unit = money
    elif value is not None:
        sp.investment, sp.investment_unit = value, layout.unit or "万元"


def _set_units(sp: SubProject, units: str, layout: _TableLayout) -> None:
    """Lead and partner units of the responsibility cell: labelled (牵头单位：…；配合单位：…) or listed."""
    labelled = dict(labelled_values(units)) if units else {}
    if any(_LABEL_TO_FIELD[label] == "lead" for label in labelled):
        for label, value in labelled.items():
            role = _LABEL_TO_FIELD[label]
            if role in ("lead", "partner"):
                setattr(sp, f"{role}_units", _units(value)[0])
    elif units:
        lead, partners = _units(units)
        if not any(_LEAD_MARK.search(i) for i in _UNIT_SPLIT.split(units)) and len(lead) > 1 and "partner" not in layout.columns:
            lead, partners = lead[:1], lead[1:]  # 责任单位 lists the lead unit first
        sp.lead_units, sp.partner_units = lead, partners


def stated_totals(doc: Document) -> list[tuple[float, str, Block]]:
    """(total, unit, block) of the 合计 rows of sub-project tables."""
    out = []
    for block in doc.tables():
        rows = block.cells()
        layout, _ = header_of(rows)
        if layout is None or "investment" not in layout.columns or _cut_at_end(rows, layout):
            continue
        for cells in rows:
            if any(_GRAND_TOTAL_ROW.match(re.sub(r"\s", "", c)) for c in cells[:3]):
                value = parse_number(_cell(cells, layout, "investment"))
                if value is not None:
                    out.append((value, layout.unit or "万元", block))
    return out


# --------------------------------------------------------------------------- declared lists

# "项目计划建设子项目12个，分别为A、B、…、L，涉及…": a declared list of the sub-projects, and their count
_DECLARED_LIST = re.compile(
    r"子项目\s*(?P<count>[\d一二三四五六七八九十两]+)?\s*个?\s*[，,]?\s*(?:分别为|分别是|具体为|具体包括|包括|即)[:：]?"
    r"(?P<items>[^，,。；;]+(?:、[^，,。；;]+)+)")


def declared_subprojects(units) -> tuple[list[tuple[str, object]], bool]:
    """(name, unit) of each sub-project a document lists after "子项目N个，分别为…", and whether the lists
    are complete (the items number the count they declare): then names found elsewhere are not sub-projects."""
    listed: list[tuple[str, object]] = []
    seen: set[str] = set()
    complete = False
    for analysed in units:
        unit = analysed.unit
        for match in _DECLARED_LIST.finditer(normalise(unit.text)):
            items = [item.strip() for item in match.group("items").split("、")]
            items[-1:] = re.split(r"(?:以及|和|及)(?=[^和及]{4,}$)", items[-1])
            names = [item for item in (_listed_name(i) for i in items) if item]
            for name in names:
                if name not in seen:
                    seen.add(name)
                    listed.append((name, unit))
            count = _count(match.group("count"))
            complete = complete or (count is not None and count == len(names))
    return listed, complete


def _listed_name(item: str) -> str | None:
    item = re.sub(r"(?:等|等等)$", "", item.strip("“”\"　 "))
    if not 3 <= len(item) <= 30 or re.search(r"\d", re.sub(r"[（(][^）)]*期[）)]", "", item)):
        return None
    return item


def _count(text: str | None) -> int | None:
    value = parse_number(text) if text else None
    return int(value) if value is not None else None


# --------------------------------------------------------------------------- names in body text


def mentioned_subprojects(units, project: str | None = None) -> list[tuple[str, object]]:
    """(name, unit) of names the body text presents as sub-projects (module docstring); nothing else."""
    out: list[tuple[str, object]] = []
    previous = ""
    for analysed in units:
        text = analysed.text
        for sm in _SENTENCE.finditer(text):
            sentence = sm.group()
            spans = _presenting_spans(sentence, previous)
            previous = sentence
            if not spans:
                continue
            for name, start in _subproject_names(analysed.doc, sm.start(), sm.end()):
                if not any(a <= start - sm.start() < b for a, b in spans):
                    continue
                if _OBJECT_OF.search(text[max(0, start - 4) : start]):
                    continue  # "X项目实现与省电子公文交换系统对接": what X connects to is no sub-project
                if project and (name in project or project.endswith(name)):
                    continue
                out.append((name, analysed.unit))
    return out


def _presenting_spans(sentence: str, previous: str) -> list[tuple[int, int]]:
    """Parts of a sentence that present sub-projects: after 比如 when 子项目 was just mentioned, and
    enumerations closed by 等…项目."""
    spans = []
    example = _EXAMPLE.search(sentence)
    if example and ("子项目" in sentence[: example.start()] or "子项目" in previous):
        spans.append((example.end(), len(sentence)))
    for clause in _CLAUSE.finditer(sentence):
        closed = _ENUMERATION_CLOSED.search(clause.group())
        if closed:
            spans.append((clause.start(), clause.start() + closed.start()))
    return spans


def _clean_subproject(name: str) -> str | None:
    name = _SUBPROJECT_LEAD.sub("", name.strip("“”\""))
    name = re.sub(r"^\d+个", "", name)
    core = re.sub(r"(?:[（(][^）)]*[）)])$", "", name)
    if len(core) < 5 or _GENERIC_SUBPROJECT.match(core) or re.search(r"\d", core):
        return None
    if re.search(r"(?:平台|系统)(?!项目|$)", core) or core.endswith(("信息化项目", "信息化系统")):
        return None
    if core.endswith(("子项目", "等项目", "类项目", "的项目", "个项目", "建设项目")) and not core.startswith(("智慧", "雪亮")):
        return None
    return name


_NAME_VERBS = frozenset(
    "应用 监管 感知 交换 服务 管理 融合 综合 办公 监测 指挥 调度 共享 交易 审批 预警 治理 分析 决策 协同 互联 交互 "
    "办理 执法 支撑 采集 传输 存储 计算 安全 防护 认证 支付 评价 运营 登记 监控 安防 调度".split()
)
_STOP_FLAGS = ("p", "c", "u", "d", "m", "x", "r", "q", "f")
_SEGMENT = re.compile(r"[^，。；：:、“”\"]+")


def _subproject_names(doc, lo: int, hi: int) -> list[tuple[str, int]]:
    """(name, start offset) of each 项目/平台/工程/系统 ending in ``doc.text[lo:hi]``, extended left over name
    words up to a verb or function word (the unit's pipeline tokens and their dictionary tags decide)."""
    text = doc.text
    words = [(t.idx, t.idx + len(t.text), t.text, t.tag_) for t in doc]
    names = []
    for seg in _SEGMENT.finditer(text, lo, hi):
        segment = seg.group()
        if not _SUBPROJECT_END.search(segment):
            continue
        spans = _words_in(words, seg.start(), seg.end())
        for m in _SUBPROJECT_END.finditer(segment):
            first = next((k for k, sp in enumerate(spans) if sp[0] <= m.start() < sp[1]), None)
            if first is None:
                continue
            start = spans[first][0]
            k = first - 1
            while k >= 0 and m.start() - spans[k][0] <= 20:
                _, _, word, flag = spans[k]
                if flag.startswith(_STOP_FLAGS) or (flag.startswith("v") and flag != "vn" and word not in _NAME_VERBS) or word in ("等", "及", "和"):
                    break
                start = spans[k][0]
                k -= 1
            name = _clean_subproject(segment[start : m.end()])
            if name and name not in [n for n, _ in names]:
                names.append((name, seg.start() + start))
    return names


def _words_in(words: list[tuple[int, int, str, str]], start: int, end: int) -> list[tuple[int, int, str, str]]:
    """(start, end, word, tag) of the words inside ``[start, end)``, cut to it, offsets relative to ``start``."""
    out = []
    for a, b, word, tag in words:
        if b <= start:
            continue
        if a >= end:
            break
        lo, hi = max(a, start), min(b, end)
        out.append((lo - start, hi - start, word[lo - a : hi - a], tag))
    return out


# --------------------------------------------------------------------------- goal links


def link_goals(found: list[_Found], goals: list[Goal], doc: Document | None = None) -> None:
    """Fill ``goal_links``/``goal_ids`` of each sub-project (:func:`.goal_links.links_to_goals`); goals written
    inside the sub-projects' own sections (task goals, 任务目标) are not link targets."""
    inside = {ref for f in found for ref in f.sp.refs} | _section_refs(found, doc)
    candidates = [g for g in goals if g.kind != "任务目标" and not (set(g.refs) & inside)]
    for f in found:
        sp = f.sp
        sp.goal_links = links_to_goals(f.texts, " ".join([sp.name, sp.summary or "", *f.texts[1:2]]), candidates)
        sp.goal_ids = list(dict.fromkeys(link.goal_id for link in sp.goal_links if link.goal_id))


def _section_refs(found: list[_Found], doc: Document | None) -> set[str]:
    if doc is None:
        return set()
    refs = set()
    opened = {f.sp.refs[0] for f in found if f.sp.origin == "section"}
    for clause in doc.iter_clauses():
        if clause.ref in opened:
            refs.update(clause.block_refs)
    return refs


# --------------------------------------------------------------------------- investment total


def investment_sum_fact(doc: Document, subprojects: list[SubProject]) -> Fact | None:
    """Σ sub-project investments against the stated total (a 合计 row, else 总投资/申请资金总额 in the text
    outside the sub-projects' own sections), as a ``sum`` Fact for ``consistency.sum``; None when some
    sub-project has no investment or no total is stated."""
    priced = [sp for sp in subprojects if sp.origin != "list" or sp.investment is not None]
    if len(priced) < 2 or any(sp.investment is None for sp in priced):
        return None
    total = _stated_total(doc, priced)
    if total is None:
        return None
    value, unit, block, text = total
    parts = [_in_unit(sp.investment, sp.investment_unit or unit, unit) for sp in priced]
    if any(p is None for p in parts):
        return None
    share = _share_equal_to(sum(parts), unit, block, text)
    if share is not None:  # 总投资3500万元，其中工程费用3280万元、预备费220万元: the sub-projects are the 工程费用
        value, text = share
    return Fact(metric="子项目投资合计", kind="sum", parts=parts, total=value, unit=unit, text=text,
                page=block.page, refs=[block.ref])


def _stated_total(doc: Document, subprojects: list[SubProject]) -> tuple[float, str, Block, str] | None:
    table_refs = {sp.refs[0] for sp in subprojects if sp.origin in ("table", "report_row")}
    for value, unit, block in stated_totals(doc):
        if block.ref in table_refs:
            return value, unit, block, "合计"
    inside = _section_refs([_Found(sp) for sp in subprojects], doc) | {sp.refs[0] for sp in subprojects}
    for block in doc.blocks:
        if block.kind == "table" or block.ref in inside:
            continue
        found = _labelled_amount(_STATED_TOTAL, normalise(block.text))
        if found:
            return found[0], found[1], block, found[2]
    return None


def _share_equal_to(total: float, unit: str, block: Block, stated: str) -> tuple[float, str] | None:
    """A 其中 share of the stated total, in the same sentence, equal to ``total`` (value, text), if any."""
    if block.kind == "table":
        return None
    sentence = next((s for s in re.split(r"[。；;]", normalise(block.text)) if stated in s), "")
    tail = sentence[sentence.find(stated) + len(stated):]
    if "其中" not in tail:
        return None
    for value, written_unit, start, end in money_amounts(tail, _BUDGET_UNITS):
        amount = _in_unit(value, written_unit, unit)
        if amount is not None and abs(amount - total) < 0.005:
            return amount, tail[start:end]
    return None


def _in_unit(value: float, unit: str, target: str) -> float | None:
    if unit not in units_for("budget") or target not in units_for("budget"):
        return None
    return money_in_unit(value, unit, target)
