"""The projects' forms of a document that holds several: 潼南区五桂镇 (three 绩效目标表 on one sheet, each under its
专项资金名称), 天津市河北区人民法院 (one table per 项目名称), a page that starts inside one project's 自评表 and stops
in the next one's header. Each project name opens a form; the indicator rows below it, up to the next name, are its
rows, so coverage can be judged form by form (a form cut before its indicators lacks every dimension)."""
from __future__ import annotations

import re

from ..document import Document
from ..extraction import FormPart, Indicator
from .doctype import is_form_title, row_text
from .sentences import normalise

#: the field that names a form's project (专项资金名称 in 重庆's 一般性项目绩效目标表)
PROJECT_NAME_LABELS = ("项目名称", "专项资金名称")
_LABEL_LINE = re.compile(rf"^(?:{'|'.join(PROJECT_NAME_LABELS)})\s*[:：]\s*(?P<name>\S.*)$")
#: words of a header cell, never a project's name (项目名称 │ 年度目标 │ 一级指标 of a department-wide table)
_HEADER_WORDS = ("指标", "目标", "预算", "名称", "金额")


def form_parts(doc: Document, indicators: list[Indicator]) -> list[FormPart]:
    """The forms of ``doc`` and their indicator rows when it holds forms of two or more projects, else []. Rows
    before the first project name (a page that starts inside a form) make a part with no project. A name with no
    rows under it is no form (a department's subtotal row, 820-马踏镇部门 │ 8,827,620.53; a funds table headed
    项目名称 │ 资金来源), unless it is the last one and under a form title (项目支出绩效自评表 │ 项目名称 …: the
    next form, cut in its header)."""
    if not indicators:
        return []
    starts = _project_starts(doc)
    parts = [FormPart(project=None)] + [FormPart(project=name) for _, name, _ in starts]
    positions = [position for position, _, _ in starts]
    for ind in indicators:
        at = _position(ind)
        parts[sum(1 for p in positions if p <= at)].indicators.append(ind.id)
    cut_form = parts[-1] if starts and not parts[-1].indicators and starts[-1][2] else None
    parts = [part for part in parts if part.indicators or part is cut_form]
    return parts if len(parts) >= 2 else []


def _project_starts(doc: Document) -> list[tuple[tuple[int, int], str, bool]]:
    """(block index, row index), name, and whether a form title is just above, of each place a new project name
    is given (the same name repeated, as on the next page of one form, opens nothing)."""
    starts: list[tuple[tuple[int, int], str, bool]] = []
    titled_at = -_TITLE_REACH - 1  # the last position (in lines) of a form title
    line = 0
    for b, block in enumerate(doc.blocks):
        for r, text, name in _lines(block):
            line += 1
            if text and is_form_title(text):
                titled_at = line
            if name and (not starts or starts[-1][1] != name):
                starts.append(((b, r), name, line - titled_at <= _TITLE_REACH))
    return starts


#: lines (text blocks or table rows) between a form's title and its project name (表十二 │ 2023年…绩效目标表 │
#: 编制单位 │ 专项资金名称)
_TITLE_REACH = 3


def _lines(block):
    """(row index, the line's text when it is one text, the project it names) for each line of a block; fields are
    lifted out of a table above it (the table's own row says it) and give none. Under a header with a 项目名称
    column (a department's table, one row per indicator, 扎赉特旗人民检察院) each row names its project there."""
    if block.kind == "table":
        column = None
        for r, row in enumerate(block.cells()):
            texts = list(dict.fromkeys(cell.strip() for cell in row if cell and cell.strip()))  # merged cells once
            text = row_text(row)
            if column is None:
                column = _name_column(row)
                yield r, text, _name_in_row(texts) if column is None else None
            else:
                yield r, text, _name_in_column(row, column)
    elif block.kind != "field":
        text = normalise(block.text or "")
        m = _LABEL_LINE.match(text)
        yield -1, text, m.group("name") if m else None


def _name_column(row: list[str]) -> int | None:
    """The 项目名称 column of an indicator table's header row (项目名称 │ … │ 一级指标 │ 二级指标 │ 三级指标 …)."""
    cells = [cell.strip() for cell in row]
    if not any("指标" in cell for cell in cells):
        return None
    return next((c for c, cell in enumerate(cells) if cell in PROJECT_NAME_LABELS), None)


def _name_in_column(row: list[str], column: int) -> str | None:
    name = row[column].strip() if column < len(row) else ""
    return name if name and name not in PROJECT_NAME_LABELS else None


def _name_in_row(texts: list[str]) -> str | None:
    """The project a field row names (项目名称 │ 安全隐患维修 …, 基本情况 │ 项目名称 │ …), or None."""
    for i, text in enumerate(texts[:2]):
        if text.rstrip(":：") in PROJECT_NAME_LABELS and i + 1 < len(texts):
            name = texts[i + 1]
            return None if any(word in name for word in _HEADER_WORDS) and len(name) <= 6 else name
    return None


def _position(ind: Indicator) -> tuple[int, float]:
    """Where an indicator is read: its table row, or after every row of its block (a line of a cell or a text)."""
    block = next((int(ref.rsplit("/", 1)[1]) for ref in ind.refs if ref.startswith("#/blocks/")), 0)
    return block, ind.row if ind.row is not None and ind.origin == "table" else float("inf")
