"""Task tables: a government's list of tasks, one cell a task written as a sentence, beside who answers for it
(大竹 民生实事 │ 责任单位 │ 完成时限; 南陵 目标与任务 │ 分管县领导 │ 牵头责任单位; 钟楼 主要内容 │ 牵头单位 │ 配合单位).

No column holds indicators there: each task cell is a goal (:func:`~.goals.extract_goals`), its row's 完成时限 the
goal's deadline, and each figure it sets an indicator named by what it counts
(:func:`~.labelled_prose.task_indicators`). A table whose task column stands beside figures of progress (目标任务 │
进度 │ 完成比例; 祁门: 目标任务 │ 牵头单位 │ 累计完成) is no task table: the form reader reads it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import compact_cell
from ..extraction import Indicator
from ..nlp.lexicon import alternation
from ..nlp.quantities import parse_quantity
from .forms.headers import ACTUAL, RATE, SCORE, VALUE, WEIGHT, cell_role
from .forms.reader import cell_text
from .sentences import HAN_CHAR
from .subprojects import ANSWERS_FOR_LABELS, FIELD_LABELS, TOTAL_ROW

#: the header of the column of tasks
_TASK_HEADER = re.compile(r"^(?:民生实事|主要内容|目标与任务|目标任务|(?:具体)?工作任务(?:和|及)?要求|工作任务|重点任务|主要任务|任务内容"
                          r"|(?:项目)?建设(?:规模及)?内容|项目建设规模及内容)$")
#: the header of a column saying who answers for a task (a sub-project's lead and partner units, a leader) or by when
_ANSWERS_FOR = re.compile(alternation(ANSWERS_FOR_LABELS) + r"|分管.{0,3}领导")
_BY_WHEN = re.compile(alternation(FIELD_LABELS["period"]))
#: the header of a column reporting a task's progress in words (怀远 重点工作完成情况: 目标任务 │ … │ 目前完成情况)
_PROGRESS = re.compile(r"^(?:目前|当前|截至目前)(?:完成|进展|推进|落实)情况$|^(?:进展|推进|落实)情况$")
_TASK_AT_LEAST = 6  # Chinese characters of a task: shorter cells are labels (完工投用)


@dataclass(frozen=True)
class Task:
    text: str
    deadline: str | None  # the row's 完成时限 cell as written (12月底前, 9月投入使用)
    progress: str | None = None  # the row's 目前完成情况 cell as written


def task_cells(rows: list[list[str]]) -> list[Task]:
    """The tasks of a task table, top to bottom, each once (a cell merged down is one task); [] for any other
    table."""
    k = task_header_row(rows)
    if k is None:
        return []
    header = [compact_cell(c or "") for c in rows[k]]
    column = next(i for i, c in enumerate(header) if _TASK_HEADER.match(c))
    by_when = next((i for i, c in enumerate(header) if _BY_WHEN.fullmatch(c)), None)
    progress = next((i for i, c in enumerate(header) if _PROGRESS.match(c)), None)
    return _tasks_below(rows[k + 1:], column, by_when, progress)


def task_header_row(rows: list[list[str]]) -> int | None:
    """The row of a task table's header (目标任务 │ 牵头责任单位 │ 计划完成时间), None for any other table."""
    for k, row in enumerate(rows):
        header = [compact_cell(c or "") for c in row]
        if (any(_TASK_HEADER.match(c) for c in header) and any(_ANSWERS_FOR.search(c) for c in header)
                and not _figures_beside(header)):
            return k
    return None


def _figures_beside(header: list[str]) -> bool:
    """A column of progress or of target figures beside the tasks (祁门 民生工程 进度表: 目标任务 │ 累计完成 │ 累计进度: a
    progress table, the form reader's), or of each row's goals (大冶 项目计划安排表: 建设内容 │ … │ 预期绩效目标: the
    goals are that column's)."""
    return any(cell_role(c) in (VALUE, ACTUAL, RATE, SCORE, WEIGHT) or _GOAL_HEADER.search(c) for c in header if c)


_GOAL_HEADER = re.compile(r"绩效目标|预期目标|年度目标")


def _tasks_below(rows: list[list[str]], column: int, by_when: int | None, progress: int | None) -> list[Task]:
    out: list[Task] = []
    for row in rows:
        cell = cell_text(row, column)
        if not cell or _TASK_HEADER.match(compact_cell(cell)) or (out and cell == out[-1].text):
            continue
        if len(HAN_CHAR.findall(cell)) >= _TASK_AT_LEAST:  # a header repeated on a new page is no task
            out.append(Task(cell, cell_text(row, by_when) or None, cell_text(row, progress) or None))
    return out


# -- breakdowns: one task shared out among towns or units ------------------------------------------------------------

#: the header of a breakdown's column of the units it shares a task among (乡镇 │ 新种任务(亩) │ 备注)
_SHARED_AMONG = re.compile(r"^(?:乡镇|乡\(镇\)|乡镇\(街道\)|镇\(街道\)|镇街|街道|地区|单位|县\(市、区\)|县市区|村|学校)(?:名称)?$")
#: the header of the task's column, the unit of its figures in brackets (新种任务(亩), 目标任务(个), 任务数(人))
_TASK_FIGURES = re.compile(r"任务[^()（）]{0,4}[（(](?P<unit>[^()（）\d]{1,6})[)）]$")


def breakdown_indicators(doc) -> list[Indicator]:
    """The share of a task each unit of a breakdown table is given (融安 金桔 生产任务分解表: 乡镇 │ 新种任务(亩) │ 备注;
    长安镇 │ 2150), one indicator a unit, named by it, its unit the header's; the total row (全县合计 │ 7000) is none."""
    out: list[Indicator] = []
    for block in doc.tables():
        out.extend(_shares(block))
    for k, indicator in enumerate(out, 1):
        indicator.id = f"B{k}"
    return out


def _shares(block) -> list[Indicator]:
    """The shares of one table under its breakdown header; [] for any other table."""
    rows = block.cells(compact=True)
    for k, header in enumerate(rows):
        among = next((i for i, c in enumerate(header) if _SHARED_AMONG.match(c)), None)
        figures = [i for i, c in enumerate(header) if _TASK_FIGURES.search(c)]
        if among is not None and len(figures) == 1:
            unit = _TASK_FIGURES.search(header[figures[0]]).group("unit")
            return [share for row in rows[k + 1:] if (share := _share(row, among, figures[0], unit, block))]
    return []


def _share(row: list[str], among: int, column: int, unit: str, block) -> Indicator | None:
    name, figure = cell_text(row, among), cell_text(row, column)
    q = parse_quantity(figure) if name and figure else None
    if q is None or q.value is None or TOTAL_ROW.match(name):
        return None
    return Indicator(id="", name=name, operator=q.operator, value=q.value, unit=q.unit or unit, target_text=figure,
                     page=block.page, refs=[block.ref], origin="table")
