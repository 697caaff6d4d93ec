"""Column roles of an indicator block from its header words AND its content.

The header words give a first role (:mod:`.headers`); the body cells then confirm or correct it:

- taxonomy names (产出指标 / 数量指标 …) make a level column whatever the header says
  (a column headed 一级指标 that holds 数量/质量 is the 二级 column);
- a column holding one repeated label (a ``绩效指标`` label merged down the block, ``计划标准`` under
  绩效标准) has no role;
- a 年度目标 column holding long sentences holds goals, not values; holding quantities, it is the value;
- a column with no header role holding only operators is the operator column, only units the unit column;
- when the level columns moved (the one headed 二级 holds the indicator names), the names follow.

Each decision keeps its reason (``ColumnRole.why``) for ``jixiao extract --explain``.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ...nlp.framework import canonical_level1, canonical_level2, evaluation_level
from ...document import compact_cell
from ...nlp.lexicon import answer_words, operator_words, vague_for
from ...nlp.quantities import BRACKETED_POINTS, UNITS, figure_alone, parse_quantity
from ...nlp.script import HAN
from .headers import (
    ACTUAL,
    ASSESSED_CONTENT,
    CONTENT,
    EXPLANATION,
    GOAL,
    INDEX,
    LEVEL1,
    LEVEL2,
    LEVEL3,
    NAME,
    NATURE,
    OPERATOR,
    SCORE,
    STANDARD,
    UNIT,
    VALUE,
    WEIGHT,
    cell_role,
    names_levels,
    resolve_name,
)

_NAME_ROLES = (NAME, LEVEL3, CONTENT)
_LABEL_ROLES = (NAME, LEVEL3, CONTENT, LEVEL1, LEVEL2, STANDARD, EXPLANATION, VALUE, None)
#: what a cell of an operator column holds alone: an operator word or symbol the quantity engine reads (≥, 不低于)
_OPERATOR_WORDS = frozenset(operator_words())
_SENTENCE_MIN_CHARS = 25
#: the longest cell of a 绩效目标 column that still reads as each row's target (海南 公益林 目标表: 98-100% │
#: 管护责任落实到位 │ 不发生大规模的火灾), not a goal; a 年度目标 column is the project's (pattern 7), whatever its cells
_TARGET_MAX_CHARS = 12
_SENTENCE_MARK = re.compile(r"[，。；,;]")


@dataclass(frozen=True)
class ColumnRole:
    """One column of an indicator block: its header text, its role (None: no role) and why."""

    index: int
    header: str
    role: str | None
    why: str


@dataclass(frozen=True)
class _Profile:
    """What the body cells of one column hold."""

    filled: tuple[str, ...]
    level1_share: float
    level2_share: float
    quantity_share: float
    sentence_share: float
    operator_share: float
    unit_share: float
    text_share: float
    nature_share: float = 0.0

    @property
    def repeated_label(self) -> str | None:
        """The one label every filled cell repeats (two cells at least), else None."""
        if len(self.filled) >= 2 and len(set(self.filled)) == 1:
            return self.filled[0]
        return None

    def header_run_down(self, header: str) -> bool:
        """The header's own label in every filled cell, or repeated by the first cells down most of the column (three
        at least, two thirds of the cells: 年度绩效目标(80分) merged down the block, the form's closing rows,
        偏差大或目标未完成原因分析 │ 无, 单位主要负责人签批意见, filling the rest)."""
        run = next((k for k, c in enumerate(self.filled) if c != header), len(self.filled))
        return bool(self.filled) and (run == len(self.filled) or (run >= 3 and 3 * run >= 2 * len(self.filled)))


def profile(cells: list[str]) -> _Profile:
    filled = tuple(c for c in (_clean(c) for c in cells) if c)
    n = len(filled) or 1

    def share(test) -> float:
        return sum(1 for c in filled if test(c)) / n

    return _Profile(
        filled=filled,
        level1_share=share(is_level1_name),
        level2_share=share(is_level2_name),
        quantity_share=share(is_quantity),
        sentence_share=share(_is_sentence),
        operator_share=share(_is_operator_cell),
        unit_share=share(_is_unit),
        text_share=share(_is_text),
        nature_share=share(lambda c: without_code(c) in NATURE_WORDS),
    )


def _clean(cell) -> str:
    return compact_cell(cell) if isinstance(cell, str) else ""


def _filled_cells(body: list[list[str]], index: int) -> list[str]:
    """The cleaned cells of column ``index`` that hold something, top to bottom."""
    return [cell for r in body if index < len(r) and (cell := _clean(r[index]))]


def is_level1_name(cell: str) -> bool:
    """产出指标, 效益, 满意度指标 … (满意度指标 and 成本指标 are 一级 and 二级 names at once)."""
    return canonical_level1(cell) is not None


def is_level2_name(cell: str) -> bool:
    return canonical_level2(cell) is not None


def is_taxonomy_name(cell: str) -> bool:
    return canonical_level1(cell) is not None or canonical_level2(cell) is not None


def is_quantity(cell: str) -> bool:
    """A cell stating a figure or a date (≥95%, 10辆, 2024年6月), not a label with its points (服务态度(10分))."""
    q = parse_quantity(cell)
    return (q is not None and (q.value is not None or q.kind == "date") and len(cell) <= 20
            and not _LABEL_WITH_POINTS.fullmatch(cell))


#: a group's label closed by its points (项目进度管理(20分), 组织 机构 (10 分); a group of indicators with its points in
#: a bare bracket: 规模指标(10), 绍兴 工业转型 考核指标)
_LABEL_WITH_POINTS = re.compile(rf"[{HAN}\s]{{2,}}{BRACKETED_POINTS}|[{HAN}\s]{{2,}}[指目]标[（(]\d{{1,3}}(?:\.\d+)?[)）]")


def _is_sentence(cell: str) -> bool:
    return len(cell) >= _SENTENCE_MIN_CHARS and bool(_SENTENCE_MARK.search(cell))


def _is_text(cell: str) -> bool:
    """Words, not a figure: at least 8 Chinese characters."""
    return len(re.findall(rf"[{HAN}]", cell)) >= 8


#: the words of a 指标性质 cell that say the row's kind instead of its operator (四川, 重庆 forms: ≥ │ = │ 定性)
NATURE_WORDS = ("定性", "定量")
#: an operator cell saying the target is written in words, in the 单位(文字描述) cell beside it (峰峰 法院 自评表)
WORDS_TARGET_MARKS = ("文字描述", "文字说明")
#: the answers of a yes/no indicator (是否… │ 是/否 │ 是): one of them repeated down a value column is the target
YES_NO_ANSWERS = frozenset(answer_words("yes_no"))
#: a target met or not, written the same in every row of a value column (海南 2013 目标表: 全部完成 under 年初绩效目标)
_DONE_TARGETS = frozenset(answer_words("done_target"))
#: a target written as a change verb alone (提升, 提高): a vague target, not a label (西藏 双创 自评表: 指标值 │ 提升 in the
#: three rows filled of thirty-nine)
_CHANGE_TARGETS = frozenset(vague_for("change_verb"))


def _is_operator_cell(cell: str) -> bool:
    return unicodedata.normalize("NFKC", without_code(cell)) in _OPERATOR_WORDS


#: the code a budget system writes before an operator or a kind (云南 自评表, 指标性质: 004 >= │ 005 <=)
_CODE = re.compile(r"^0\d{2}\s*(?=[^\d\s.])")


def without_code(cell: str) -> str:
    """An operator or 指标性质 cell without the code before it (``004 >=`` → ``>=``)."""
    return _CODE.sub("", cell)


def _is_unit(cell: str) -> bool:
    s = cell.replace("％", "%")
    return s in UNITS or s in ("%", "百分比") or bool(re.fullmatch(rf"[{HAN}A-Za-z%]{{1,3}}/[{HAN}A-Za-z]{{1,3}}", s))


# -- deciding -----------------------------------------------------------------------------------


def assign_roles(header_cells: tuple[str, ...], by_column: dict[int, str], body: list[list[str]],
                 other_half: frozenset[int] = frozenset()) -> list[ColumnRole]:
    """The role of every column of an indicator block, from its header role and its body cells
    (``other_half``: columns of the other period of a two-period table, left without a role)."""
    width = max([len(header_cells)] + [len(r) for r in body]) if body or header_cells else 0
    columns = []
    for i in range(width):
        header = re.sub(r"\s+", "", header_cells[i]) if i < len(header_cells) else ""
        if i in other_half:
            columns.append(ColumnRole(i, header, None, "the other period's half"))
            continue
        cells = [r[i] if i < len(r) else "" for r in body]
        role, why = _decide(by_column.get(i), header, profile(cells))
        columns.append(ColumnRole(i, header, role, why))
    columns = _groups_left_of_names(columns, body)
    columns = _requirements_right_of_groups(_group_right_before_names(columns, body), body)
    columns = _figures_right_under_one_header(_grade_beside_a_target(columns), body)
    columns = _one_column_per_level(_row_points(_converted_score(columns, body)))
    columns = _names_under_level2(_level2_merged_down(_levels_by_content(_numbered_groups(columns, body)), body), body)
    return _value_by_content(_follow_moved_levels(_requirements_right_of_names(columns, body)))


def _level2_merged_down(columns: list[ColumnRole], body: list[list[str]]) -> list[ColumnRole]:
    """A column headed 二级指标 holding one short phrase in every row, between the 一级 column and the 三级 one: that 二级
    merged down over a table cut after its first group (部门整体 评价指标表: 投入 │ 预算配置 │ 在职人员控制率), not a label."""
    level1 = next((c.index for c in columns if c.role == LEVEL1), None)
    level3 = next((c.index for c in columns if c.role == LEVEL3), None)
    if level1 is None or level3 is None or any(c.role == LEVEL2 for c in columns):
        return columns

    def merged_level2(c: ColumnRole) -> bool:
        cells = set(_filled_cells(body, c.index))
        label = cells.pop() if len(cells) == 1 else ""
        return (c.role is None and level1 < c.index < level3 and _was_level(c.header)
                and bool(_OWN_LEVEL.fullmatch(label)) and not _BLOCK_LABEL.fullmatch(label))

    return [ColumnRole(c.index, c.header, LEVEL2, c.why + "; between the 一级 and 三级 columns: their 二级 merged down")
            if merged_level2(c) else c for c in columns]


def _names_under_level2(columns: list[ColumnRole], body: list[list[str]]) -> list[ColumnRole]:
    """No 三级 column: the column headed 二级 holds the names when its cells are no 二级 of the framework and no two
    rows share one (2021 财政支出绩效目标申报表: 一级指标 │ 二级指标 │ 分值 │ 指标内容 │ 指标值 over 投入指标 │ 资金到位率 │ 5 │
    资金到位率=(实际到位资金/计划投入资金)×100%; 水土保持 考核表: 考核项目 │ 序号 │ 考核指标 │ 分值 │ 考核内容 over 组织领导 │ 1 │
    水土保持目标责任制 │ 10 │ 建立并实施…); the 指标内容 or 考核内容 right of it then explains them. A 考核指标 shared by
    the rows of its group is the group (嵊泗: 确保粮食和重要农产品有效供给 over 农林牧渔业增加值增幅, 粮食播种面积 …)."""
    pair = _level2_and_contents(columns)
    if pair is None or not _names_one_a_row(_filled_cells(body, pair[0].index)):
        return columns
    level2, content = pair
    return [ColumnRole(c.index, c.header, NAME, c.why + "; no 二级 of the framework, one a row: the names")
            if c is level2 else ColumnRole(c.index, c.header, EXPLANATION, c.why + "; beside the names: what they mean")
            if c is content else c for c in columns]


def _level2_and_contents(columns: list[ColumnRole]) -> tuple[ColumnRole, ColumnRole | None] | None:
    """The 二级 column and the contents column that names the rows (指标内容, or 考核内容 by the assessment's header)
    of a block with a 一级 column and no 三级 or other name column; no contents column where the block weighs its
    二级 rows."""
    roles = {c.role for c in columns}
    level2 = next((c for c in columns if c.role == LEVEL2), None)
    content = next((c for c in columns if c.role == CONTENT or (c.role == NAME and c.header == ASSESSED_CONTENT)), None)
    if level2 is None or LEVEL3 in roles or LEVEL1 not in roles or any(c.role == NAME and c is not content for c in columns):
        return None
    if content is None and not _weighs_level2(columns, level2):
        return None
    return level2, content


def _weighs_level2(columns: list[ColumnRole], level2: ColumnRole) -> bool:
    """A framework of two levels weighing its 二级 rows: a 权重 column right of the 二级 one and no target nor actual
    (江苏 工程技术研究中心 绩效评估标准: 一级指标 │ 权重 │ 二级指标 │ 指标说明 │ 权重)."""
    return not {c.role for c in columns} & {VALUE, ACTUAL} and any(
        c.role == WEIGHT and c.index > level2.index for c in columns)


def _names_one_a_row(cells: list[str]) -> bool:
    """Two rows or more, each with a cell of its own, none a level of the framework nor a sentence."""
    filled = [c for c in cells if c]
    return len(filled) >= 2 and len(set(filled)) == len(filled) and not any(
        is_taxonomy_name(c) or _is_sentence(c) for c in filled)


def _grade_beside_a_target(columns: list[ColumnRole]) -> list[ColumnRole]:
    """A scale's 优 column is the target only where no other column is (评价标准 over 优 │ 良 │ 中 │ 差); beside a target
    column (海南 公益林 目标表: 绩效目标 │ 绩效标准 over 优 │ 良 │ 中 │ 差) it is one grade of the scale."""
    values = [c for c in columns if c.role == VALUE]
    grades = [c for c in values if _GRADE_HEADER.search(c.header)]
    if not grades or len(values) == len(grades):
        return columns
    return [ColumnRole(c.index, c.header, STANDARD, c.why + "; a grade of the scale beside the target column")
            if c in grades else c for c in columns]


_GRADE_HEADER = re.compile(r"(?:^|/)优秀?$")


def _figures_right_under_one_header(columns: list[ColumnRole], body: list[list[str]]) -> list[ColumnRole]:
    """One value or actual header merged over two columns, the figures in the right one and words in the left (咸宁
    大气 自评表: 全年完成值 over 建设环境空气质量自动监测子站 │ 0): the right one is the column."""
    out = list(columns)
    for k, (left, right) in enumerate(zip(columns, columns[1:])):
        if left.role == right.role and left.role in (VALUE, ACTUAL) and left.header and left.header == right.header:
            if _holds_figures(body, right.index) and not _holds_figures(body, left.index):
                out[k] = ColumnRole(left.index, left.header, None,
                                    left.why + "; the header spans the column of figures right of it: words only")
    return out


def _holds_figures(body: list[list[str]], col: int) -> bool:
    return any(col < len(r) and re.search(r"\d", r[col]) for r in body)


def _groups_left_of_names(columns: list[ColumnRole], body: list[list[str]]) -> list[ColumnRole]:
    """One name header merged over two columns (宁夏 节水达标: 指标 over 综合指标 │ 万元GDP用水量): when no column holds
    levels, the left one, with fewer distinct cells than the right (a label merged down its group), holds the
    groups, the 一级 of the rows; the right one the names."""
    if any(c.role in (LEVEL1, LEVEL2) for c in columns):
        return columns
    out = list(columns)
    for k, (left, right) in enumerate(zip(columns, columns[1:])):
        if left.role == right.role and left.role in _NAME_ROLES and left.header and left.header == right.header:
            groups, names = (set(_filled_cells(body, c.index)) for c in (left, right))
            if 2 <= len(groups) < len(names):
                out[k] = ColumnRole(left.index, left.header, LEVEL1,
                                    left.why + "; the header spans the name column too, and fewer distinct cells: the groups")
                return _one_group_over_the_groups(out, k, body)
    return out


def _one_group_over_the_groups(columns: list[ColumnRole], k: int, body: list[list[str]]) -> list[ColumnRole]:
    """The column left of the groups at ``k``, under the same merged header, with one short phrase down its rows
    (十三五 生态环境保护 主要指标: 指标 over 生态环境质量 │ 1。空气质量 │ 地级及以上城市…比率, a page cut inside its first
    group): the 一级 over the groups, which are the 二级 (a block's label, 绩效指标, stays no role)."""
    head, groups = (columns[k - 1] if k else None), columns[k]
    if head is None or head.role is not None or head.header != groups.header:
        return columns
    labels = set(_filled_cells(body, head.index))
    if len(labels) != 1 or not _OWN_LEVEL.fullmatch(label := labels.pop()) or _BLOCK_LABEL.fullmatch(label):
        return columns
    out = list(columns)
    out[k - 1] = ColumnRole(head.index, head.header, LEVEL1,
                            head.why + "; yet left of the groups under their header: the 一级")
    out[k] = ColumnRole(groups.index, groups.header, LEVEL2, groups.why + ", under the 一级 left of them: the 二级")
    return out


def _group_right_before_names(columns: list[ColumnRole], body: list[list[str]]) -> list[ColumnRole]:
    """A scoring sheet whose first columns each hold one label down the table (湛江 坡头 养老 评估结果: 评估对象 │ 受评主体,
    what and who was assessed, then 项目 │ 评估内容 │ 分值 │ 得分): when no level column is left, the column right before
    the names with no role (an index column between them passed over) and words repeated down their group (评估细则 │
    服务评价: fewer distinct cells than the names) holds the groups, the 一级 of the rows, with a header or none (南宁
    规划评估指标体系: an unheaded 社会保障 merged down left of 监测指标; 南通 十三五 指标: 类别 │ 序号 │ 指标). A second such
    column left of it, with fewer distinct words, holds the groups of the groups: the 一级, the groups then the 二级
    (健康中国行动 主要指标: 领域 │ 领域 │ 序号 │ 指标 over 健康知识普及行动 │ 结果性指标 │ 1 │ 居民健康素养水平)."""
    name = next((c for c in columns if c.role in _NAME_ROLES), None)
    if name is None or any(c.role in (LEVEL1, LEVEL2) for c in columns):
        return columns
    inner = _groups_of(_left_of(columns, name), name, body)
    if inner is None:
        return columns
    outer = _groups_of(_left_of(columns, inner), inner, body)
    out = list(columns)
    why = "; right before the names, its words repeated down their groups: the groups"
    if outer is None:
        out[inner.index] = ColumnRole(inner.index, inner.header, LEVEL1, inner.why + why)
        return out
    out[outer.index] = ColumnRole(outer.index, outer.header, LEVEL1,
                                  outer.why + "; left of the groups, fewer distinct words: the groups' groups")
    out[inner.index] = ColumnRole(inner.index, inner.header, LEVEL2, inner.why + why + " within the column left of it")
    return out


def _requirements_right_of_groups(columns: list[ColumnRole], body: list[list[str]]) -> list[ColumnRole]:
    """A scoring sheet whose item column holds its groups merged down (咸阳 河长制 考核评分细则: 考核项目 │ 考核要求 │ 分值
    over 基础工作(50分) merged down │ 实施方案按时出台;… │ 5): when no level column is left and the column right of the
    items, which no header word names, holds a different text in each row, the items are the groups (the 一级) and
    that column the names."""
    name = next((c for c in columns if c.role in _NAME_ROLES), None)
    if name is None or any(c.role in (LEVEL1, LEVEL2) for c in columns) or not names_levels(name.header):
        return columns
    right = columns[name.index + 1] if name.index + 1 < len(columns) else None
    if right is None or right.role not in (None, EXPLANATION) or not right.header or cell_role(right.header):
        return columns
    groups, texts = (_filled_cells(body, c.index) for c in (name, right))
    if not groups or 2 * len(set(groups)) > len(groups) or len(set(texts)) < len(texts) or any(map(is_quantity, texts)):
        return columns
    out = list(columns)
    out[name.index] = _given(name, LEVEL1, "its labels merged down their groups, a text in each row right of it: the groups")
    out[right.index] = _given(right, NAME, "a different text in each row right of the groups: the names")
    return out


#: the longest label of a column of short names (禁毒 考核评分: 强化组织领导, 禁毒知识知晓率)
_SHORT_NAME_CHARS = 12


def _requirements_right_of_names(columns: list[ColumnRole], body: list[list[str]]) -> list[ColumnRole]:
    """A scoring sheet whose items are named twice (杭州 禁毒 考核评分: 项目 │ 小项内容 │ 具体内容 │ 分值 over 组织领导(10分) │
    禁毒知识知晓率 │ 全民禁毒知识知晓率超过95%。 │ 5): when the name column holds sentences and the 二级 column left of it,
    which no level word heads, a short label of its own in each row, the labels are the names and the sentences
    what each must reach, its target."""
    name = next((c for c in columns if c.role in _NAME_ROLES), None)
    left = _left_of(columns, name) if name is not None else None
    if left is None or left.role != LEVEL2 or _was_level(left.header) or VALUE in {c.role for c in columns}:
        return columns
    labels, texts = (_filled_cells(body, c.index) for c in (left, name))
    if len(labels) < 2 or len(set(labels)) < len(labels) or max(map(len, labels)) > _SHORT_NAME_CHARS \
            or 2 * sum(map(is_taxonomy_name, labels)) > len(labels):
        return columns  # a label may name a dimension (群众满意度) but not most: those are the levels
    if 2 * sum(1 for t in texts if t.endswith("。") or _is_sentence(t)) < len(texts):
        return columns
    out = list(columns)
    out[left.index] = _given(left, NAME, "a short label of its own in each row, sentences right of it: the names")
    out[name.index] = _given(name, VALUE, "sentences right of the short names: what each must reach, the target")
    return out


def _given(column: ColumnRole, role: str, why: str) -> ColumnRole:
    """``column`` with ``role``, the reason added to why it had its former one."""
    return ColumnRole(column.index, column.header, role, f"{column.why}; {why}")


def _left_of(columns: list[ColumnRole], column: ColumnRole) -> ColumnRole | None:
    """The nearest column left of ``column`` that is no index column."""
    return next((c for c in reversed(columns[:column.index]) if c.role != INDEX), None)


def _groups_of(column: ColumnRole | None, within: ColumnRole, body: list[list[str]]) -> ColumnRole | None:
    """``column`` when it has no role and holds words, no figures nor a block's label, repeated down the rows: two
    distinct ones or more (one in every row is a label: 坡头 养老 评估结果's 受评主体) and fewer than ``within`` (the
    names, or the groups right of it) has."""
    if column is None or column.role is not None:
        return None
    groups, inside = (_filled_cells(body, c.index) for c in (column, within))
    if not groups or any(is_quantity(g) or _BLOCK_LABEL.fullmatch(g) for g in groups):
        return None
    return column if 2 <= len(set(groups)) < len(set(inside)) else None


def _decide(role: str | None, header: str, p: _Profile) -> tuple[str | None, str]:
    said = f"header “{header}”" if header else "no header"
    if not p.filled:
        return role, f"{said}; empty column"
    if p.level1_share >= 0.5 and p.level1_share >= p.level2_share:
        return LEVEL1, f"{said}; holds 一级 names ({_sample(p)})"
    if p.level2_share >= 0.5:
        return LEVEL2, f"{said}; holds 二级 names ({_sample(p)})"
    label = p.repeated_label
    if label is not None and _is_label_down_the_column(label, header, role):
        return None, f"{said}; one repeated label “{label}” in every row: no role"
    if p.header_run_down(_clean(header)):  # a label merged down from the header
        where = "in every row" if set(p.filled) == {_clean(header)} else "down the block"
        return None, f"{said}; the header's label {where}: no role"
    if role == GOAL:
        return _goal_or_value(header, p, said)
    if role in (VALUE, None) and p.sentence_share >= 0.6 and p.quantity_share < 0.3:
        return EXPLANATION, f"{said}; long sentences: an explanation, not a value"
    if role in (WEIGHT, SCORE) and p.text_share >= 0.6 and p.quantity_share < 0.3:
        return EXPLANATION, f"{said}; holds texts, not points: an explanation"
    if role in (None, VALUE, NATURE) and p.operator_share >= 0.6:
        return OPERATOR, f"{said}; holds only operators ({_sample(p)})"
    if role == NATURE and p.operator_share > 0 and p.operator_share + p.nature_share >= 0.6:
        return OPERATOR, f"{said}; holds operators and 定性 ({_sample(p)}): the operator column"
    if role in (None, VALUE) and p.unit_share >= 0.6:
        return UNIT, f"{said}; holds only units ({_sample(p)})"
    if role is None and _numbers_the_rows(p.filled):
        return None, f"{said}; no role; numbers the rows ({_sample(p)}): no value"
    if role is None:
        return None, f"{said}; no role" + (_MOSTLY_QUANTITIES if p.quantity_share >= 0.5 else "")
    if role == VALUE and p.quantity_share >= 0.5:
        return VALUE, f"{said}; mostly quantities"
    return role, said


def _numbered_groups(columns: list[ColumnRole], body: list[list[str]]) -> list[ColumnRole]:
    """A header merged over two level columns whose first only numbers the groups of the second (焦作 春防 验收细则: 考核项目
    over 1 │ 组织部署责任制落实情况4分): the numbers are an index, the labels the 一级."""
    level1 = next((c for c in columns if c.role == LEVEL1), None)
    level2 = columns[level1.index + 1] if level1 is not None and level1.index + 1 < len(columns) else None
    if level2 is None or level2.role != LEVEL2 or level2.header != level1.header:
        return columns
    numbers = _filled_cells(body, level1.index)
    if not _numbers_the_rows([n for k, n in enumerate(numbers) if k == 0 or n != numbers[k - 1]]):
        return columns  # one number merged down its group counts once
    out = list(columns)
    out[level1.index] = _given(level1, INDEX, "numbers the groups right of it")
    out[level2.index] = _given(level2, LEVEL1, "the groups the numbers count")
    return out


def _numbers_the_rows(filled: list[str]) -> bool:
    """Cells counting the rows 1, 2, 3…, starting again at 1 in each group (三级指标 over │ 1 │ 良种推广率(6分)): the
    items' numbers, not their targets."""
    if len(filled) < 2 or not all(re.fullmatch(r"\d{1,2}", c) for c in filled):
        return False
    numbers = [int(c) for c in filled]
    return numbers[0] == 1 and all(n in (before + 1, 1) for before, n in zip(numbers, numbers[1:]))


def _goal_or_value(header: str, p: _Profile, said: str) -> tuple[str, str]:
    """A column headed as goals: goals when its cells are sentences, the rows' targets when they are quantities, or
    short phrases under 绩效目标 beside the names."""
    if p.sentence_share >= 0.5:
        return GOAL, f"{said}; long sentences: goals, not values"
    if p.quantity_share >= 0.5:
        return VALUE, f"{said}; holds quantities: the value"
    if header == "绩效目标" and p.sentence_share == 0 and max(map(len, p.filled)) <= _TARGET_MAX_CHARS:
        return VALUE, f"{said}; short phrases, no sentence: each row's target"
    return GOAL, said


def _is_plain_label(label: str, role: str | None, header: str) -> bool:
    """A repeated cell that is no value: not a quantity (100% in every row), a level name or a label with its points
    (投入(20分): a scoring frame's group, cut after its first), a unit (个 in every
    row of a template's value column: the unit of a missing value) nor, under a value header, a yes/no answer (是
    in every row of 吉林 检验检疫's 项目效果 block, whose every indicator asks 是否…) or a change verb alone (提升)."""
    return role in _LABEL_ROLES and not (is_quantity(label) or _LABEL_WITH_POINTS.fullmatch(label)
                                         or is_taxonomy_name(label) or _is_unit(label)
                                         or (role == VALUE and (label in YES_NO_ANSWERS or label in _DONE_TARGETS
                                                                or label in _CHANGE_TARGETS))
                                         or (role == LEVEL1 and _own_level_name(label, header)))


def _own_level_name(label: str, header: str) -> bool:
    """A 一级 of a tree of the form's own merged down its rows, not the label of a whole block (绩效指标, 本年度绩效指标,
    绩效目标): a name closing with 指标 under any 一级 column (湖南 攸县 自评表: 实施效果指标 over 数量指标 rows), or a
    short phrase under a header naming levels or scoring items (吉林 检验检疫 考核表: 一级指标 │ 预算绩效 over its 预算管理
    and 财务管理 rows; 嵊泗 考核表: 考核项目 │ 农业高质高效, a table cut after its first group) - not under a column a
    scoring frame made a group by its place (坡头 评估结果: 评估对象 │ 示范中心运营服务, what was assessed)."""
    if _BLOCK_LABEL.fullmatch(label):
        return False
    return label.endswith("指标") or (bool(_OWN_LEVEL.fullmatch(label)) and names_levels(header))


_BLOCK_LABEL = re.compile(r"(?:本年度|年度|项目|部门|整体)?(?:绩效)?(?:指标|目标)")
#: a level's words: a short phrase of Chinese characters (a sentence, a number or a template's instruction is none)
_OWN_LEVEL = re.compile(rf"[{HAN}]{{2,12}}")


def _is_label_down_the_column(label: str, header: str, role: str | None) -> bool:
    """One text in every row that labels the column (its header's text, or a plain label), not a name merged down."""
    return (label == _clean(header) or _is_plain_label(label, role, header)) and not _merged_name(label, role)


def _merged_name(label: str, role: str | None) -> bool:
    """Under a 三级指标 header, one name in every row is one indicator merged down over its rows (a PDF page that holds
    only the rows of 是否提高检验检疫技术保障能力, one per example the filler gives), unless it names a block of
    indicators (本年度绩效指标); under a 一级指标 header, one level of the evaluation's frame (决策) is that level merged
    down over the rows of a table cut after its first group (镇江 赛珍珠文化公园 绩效公开表)."""
    if role == LEVEL1:
        return evaluation_level(label) is not None
    return role == LEVEL3 and not label.endswith("指标")


def _sample(p: _Profile) -> str:
    seen: list[str] = []
    for c in p.filled:
        if c not in seen:
            seen.append(c)
        if len(seen) == 3:
            break
    return "、".join(seen)


def _row_points(columns: list[ColumnRole]) -> list[ColumnRole]:
    """A score sheet with a 分值 (or a 得分) after each level (一级 │ 分值 │ 二级 │ 分值 │ 三级 │ 分值 │ 得分, 海南 商务厅;
    一级 │ 得分 │ 二级 │ 得分 │ 三级 │ 得分 │ 评价标准 │ … │ 得分, a 部门整体 evaluation): the last column of that role is
    the row's own; those right of a level hold the points of that level."""
    levels = {c.index for c in columns if c.role in (LEVEL1, LEVEL2) or re.search(r"[一二]级", c.header or "")}
    last = {role: max(c.index for c in columns if c.role == role) for role in (WEIGHT, SCORE)
            if sum(c.role == role for c in columns) >= 2}
    return [ColumnRole(c.index, c.header, None, c.why + LEVEL_POINTS)
            if c.role in last and c.index - 1 in levels and c.index != last[c.role] else c for c in columns]


LEVEL_POINTS = "; the points of the level left of it"
_CONVERTED = re.compile(r"折算|折合")


def _converted_score(columns: list[ColumnRole], body: list[list[str]]) -> list[ColumnRole]:
    """Several score columns, one of them the score converted to the row's points (自评得分 over 单项指标得分 │ 权重占比(%) │
    单项指标折算得分): when the first one scores the rows beyond their 分值 (峰峰 法院 自评表: 10 │ … │ 100 │ 10 │ 10, out of
    100), the converted one is the row's score; when it stays within them it is (成安 自评表: 25 │ 25 │ 6.25)."""
    scores = [c.index for c in columns if c.role == SCORE]
    converted = [c.index for c in columns if c.role == SCORE and _CONVERTED.search(c.header or "")]
    weight = next((c.index for c in columns if c.role == WEIGHT), None)
    if len(converted) != 1 or weight is None or scores[0] == converted[0] or not _beyond(body, scores[0], weight):
        return columns
    return [ColumnRole(c.index, c.header, None, c.why + "; scores out of 100 beside the converted ones")
            if c.role == SCORE and c.index != converted[0] else c for c in columns]


def _beyond(body: list[list[str]], score: int, points: int) -> bool:
    """Most rows giving both score more than their points."""
    pairs = [(_number(r, score), _number(r, points)) for r in body]
    pairs = [(s, p) for s, p in pairs if s is not None and p is not None]
    return bool(pairs) and sum(s > p for s, p in pairs) * 2 > len(pairs)


def _number(row: list[str], i: int) -> float | None:
    return figure_alone(_clean(row[i])) if i < len(row) else None


def _one_column_per_level(columns: list[ColumnRole]) -> list[ColumnRole]:
    """Two columns found to hold 一级 names (a merged level filled across two cells): keep the first. A column with
    the role by its header only (一级指标 over 实施效果指标) does not count: the one holding the names takes the role
    (:func:`_levels_by_content`)."""
    out, seen = [], set()
    for c in columns:
        if c.role in (LEVEL1, LEVEL2) and c.role in seen and "names" in c.why:
            out.append(ColumnRole(c.index, c.header, None, c.why + "; a second copy of that level"))
            continue
        if c.role is not None and (c.role not in (LEVEL1, LEVEL2) or "names" in c.why):
            seen.add(c.role)
        out.append(c)
    return out


def _levels_by_content(columns: list[ColumnRole]) -> list[ColumnRole]:
    """A column headed as a level whose names another column holds (labels shifted) loses that role."""
    by_content = {c.role for c in columns if c.role in (LEVEL1, LEVEL2) and "names" in c.why}
    out = []
    for c in columns:
        if c.role in by_content and "names" not in c.why:
            out.append(ColumnRole(c.index, c.header, None, c.why + f"; another column holds the {c.role} names"))
        else:
            out.append(c)
    return out


_MOSTLY_QUANTITIES = "; mostly quantities"


_POINTS_HEADER = re.compile(r"得分|分值|分数|权重")


def _value_by_content(columns: list[ColumnRole]) -> list[ColumnRole]:
    """No column is the value by its header, and exactly one headed column without a role holds mostly quantities
    (a header cut in two, "年度" over "指标值"): that column is the value. Several such columns are sub-units; a
    column with no header at all may be 分值 or a note, and one whose header speaks of points (权重得分: a weighted score)
    holds points, not targets."""
    if any(c.role == VALUE for c in columns):
        return columns
    candidates = [c for c in columns if c.role is None and c.header and c.why.endswith(_MOSTLY_QUANTITIES)
                  and not _POINTS_HEADER.search(c.header)]
    if len(candidates) != 1:
        return columns
    chosen = candidates[0]
    return [ColumnRole(c.index, c.header, VALUE, c.why + ": the only column of quantities, so the value")
            if c is chosen else c for c in columns]


def _follow_moved_levels(columns: list[ColumnRole]) -> list[ColumnRole]:
    """Labels shifted one level: the column headed 二级 holds the names when the 一级 column holds the 二级 names
    and no column holds names any more."""
    roles = {c.role for c in columns}
    if roles & set(_NAME_ROLES):
        return columns
    out = []
    moved = False
    for c in columns:
        if not moved and c.role is None and "header" in c.why and _was_level(c.header) and "repeated" not in c.why:
            out.append(ColumnRole(c.index, c.header, NAME, c.why + "; the level names moved left, so it holds the indicator names"))
            moved = True
        else:
            out.append(c)
    return out if moved else _names_right_of_moved_name(columns)


def _names_right_of_moved_name(columns: list[ColumnRole]) -> list[ColumnRole]:
    """Labels shifted one level right: the column headed 指标名称 holds 二级 names, so the next column (headed
    指标说明 or nothing) holds the indicator names."""
    out = list(columns)
    for k, c in enumerate(columns[:-1]):
        nxt = columns[k + 1]
        if (c.role in (LEVEL1, LEVEL2) and "names" in c.why and _was_name(c.header)
                and nxt.role in (None, EXPLANATION) and "repeated" not in nxt.why and "empty" not in nxt.why):
            out[k + 1] = ColumnRole(nxt.index, nxt.header, NAME,
                                    nxt.why + "; the name column holds level names, so this one holds the indicator names")
            break
    return out


def names_written_as_levels(columns: list[ColumnRole]) -> bool:
    """The column headed as the indicator's name holds level names and no column took the names over (指标类型 │
    指标名称 │ 指标值: 产出指标 │ 数量指标 │ 375万平方米): the form lost its names, so each row is an indicator
    without one (a missing name to report), not a table the reader failed on."""
    return NAME not in {c.role for c in columns} and any(
        c.role in (LEVEL1, LEVEL2) and "names" in c.why and _was_name(c.header) for c in columns)


def _was_level(header: str) -> bool:
    return cell_role(header) in (LEVEL2, LEVEL3)


def _was_name(header: str) -> bool:
    return cell_role(header) in (NAME, LEVEL3, CONTENT)


def roles_map(columns: list[ColumnRole]) -> dict[str, int]:
    """Role -> column (first one) of the decided columns, with one name column."""
    roles: dict[str, int] = {}
    for c in columns:
        if c.role is not None:
            roles.setdefault(c.role, c.index)
    return resolve_name(roles)
