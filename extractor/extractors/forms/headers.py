"""Header words of indicator tables: which column role a header cell names, and where header rows are.

A table is recognised by the vocabulary of its header row(s), whatever the column order or naming
(:func:`classify_header`). A header may span two rows (``指标值`` over ``运算符 | 数值 | 单位``, or
``长期绩效指标 | 年度绩效指标`` over the level names of two side-by-side halves) and may sit anywhere in a
whole-form table. The content of the columns then confirms or corrects these roles
(:mod:`.columns`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...nlp.framework import canonical_level1, canonical_level2
from ...document import compact_cell
from ...extraction import GRADE_LABEL
from ...nlp.script import HAN

# column roles
LEVEL1, LEVEL2, LEVEL3, NAME, CONTENT = "level1", "level2", "level3", "name", "content"
VALUE, UNIT, OPERATOR, ACTUAL, WEIGHT, SCORE, RATE = "value", "unit", "operator", "actual", "weight", "score", "rate"
DEVIATION, EXPLANATION, STANDARD, SOURCE, NATURE, INDEX = (
    "deviation", "explanation", "standard", "source", "nature", "index")
BASELINE = "baseline"  # 上年度实际水平: last year's level, kept apart from the target and the actual
GOAL = "goal"  # a 年度目标 column of a department-wide table: goal texts, not values
DEDUCTION = "deduction"  # 扣分: the points taken off, beside 分值 and 得分 (not a target)

# (role, pattern on the cleaned header cell); the first pattern that matches decides
_ROLE_PATTERNS: tuple[tuple[str, re.Pattern], ...] = tuple((role, re.compile(p)) for role, p in (
    (RATE, r"^(?:得分率|得分比例|得分比率)$"),
    (DEVIATION, r"偏差|原因分析|改进措施|未完成原因"),
    (ACTUAL, r"^(?:全年|年度|当年)?实际(?:完成|实现|达到)?(?:值|数|情况)?$|^(?:实际)?完成值$|^全年实际值$|^实际完成$"
             r"|^完成情况$|^(?:年度|全年|年终|年末)?(?:指标)?完成值$|^(?:全年|年度|年终|年末)?完成(?:数|量)$|^(?:项目|实际)?完成指标值$"
             r"|^已完成(?:数|量|值)$|^累计完成(?:数|量|值)?$"  # 民生实事 progress tables: 工作目标 │ 已完成数,
             # 目标任务 │ 累计完成 (已完成 alone is a cell's answer, never a header)
             r"|^(?:主要)?实物工作量完成(?:数|量|情况)?$"),  # 地质勘查 (湖南 价款项目): 预算主要实物工作量 │ 主要实物工作量完成
    # an index system's layers (川渝 幸福河湖 评价指标体系: 总目标 │ 目标层 │ 指标层; 准则层 the criteria under it)
    (LEVEL1, r"^(?:一级(?:指标)?(?:名称)?|指标类别|指标大类|一级分类|指标类型|(?:绩效)?指标分类|目标层|项目及分值)$"),
    (LEVEL2, r"^(?:二级(?:指标)?(?:名称)?|指标子类|指标小类|二级分类|准则层)$"),
    (LEVEL3, r"^(?:三级(?:指标)?(?:名称)?|具体指标|三级指标内容)$"),
    (UNIT, r"^(?:计量|度量|指标|计算)?单位$"),
    (OPERATOR, r"^(?:运算符号?|比较符号?|符号|指标方向|方向|运算方式|指标值符号|指标值类型)$"),
    (NATURE, r"^(?:指标)?(?:性质|属性)$|^定量/定性$|^定性/定量$"),
    (CONTENT, r"^(?:指标|绩效)内容$"),
    (EXPLANATION, r"指标解释|指标说明|指标描述|计算公式|计算方法|指标定义|指标释义|指标涵义|指标含义|保障措施|备注"),
    (STANDARD, r"评分标准|赋分标准|评分办法|评分细则|评分规则|扣分标准|评价标准|绩效标准|取值依据|设定依据|^依据$|计分办法|计分方法"
               r"|评分方法"),  # 动物防疫 考核评分细则: 考核内容 │ 计分 │ 考核评分方法 │ 得分
    (SOURCE, r"数据来源|佐证|证明材料|信息来源"),
    (DEDUCTION, r"^(?:实际)?扣(?:减)?分(?:值|数)?$"),
    (SCORE, r"^(?:自评|评价|实际|指标|考核|评审|最终|核定)?得分$|^得分值$|^自评分$|^自评$|^评分$|^(?:自评)?分数$|^(?:专家)?打分$"
            r"|^考核分$|^实得分$"  # 河池 应急管理 考核评分表: 基本分 │ 考核分; 滁州 信访 考核自评表: 分值 │ 实得分
            r"|^(?:检查)?评定分数?$"  # a service contract's 清洁质量评分表: 项目分数 │ 检查评定分数
            # the score each level of assessors gives (天津 小农水 考评量化指标表: 区县级自评 │ 市级考评 │ 中央抽查)
            r"|^(?:区县级?|县级|市级|省级|中央)(?:自评|考评|抽查|复核)(?:得分|分)?$"),
    (WEIGHT, r"^(?:权重|(?:各项|单项)?分值|标准分|满分|权数|指标分值|指标权重|权重占比|权重比例|参考分值|标准分值|权重分值|满分值"
             r"|基本分|项目分数)$"),
    (GOAL, r"^(?:项目)?(?:年度|中期|实施期|长期|总体)(?:绩效)?目标$|^绩效目标$"),
    (VALUE, r"^(?:年度|预期|全年|计划|绩效|中期|实施期|当年度?|当年预期|年度预期|长期|年初|区域|(?:国家|省|市|县)级)?(?:指标值|目标值)"
            r"(?:及单位|和单位|\(含单位\))?$|^(?:当年|年度|全年)?(?:预期|计划)(?:实现|完成|达到)?值$|^数值$|^值$"
            r"|^指标值(?:目标值)?$|^预期目标$|^(?:年度)?指标目标值$|^(?:本年度|年度|当年)?(?:计划|预期|目标)(?:完成|实现|达到)?水平$"
            r"|^全年绩效目标$"  # beside 绩效内容 │ 绩效标准 (福建省台联 form): the row's target
            r"|^预期(?:效果|成效)$"  # 工信部 关键业绩指标: 指标名称 │ 预期效果 │ 完成时限 │ 指标属性
            r"|^年初绩效目标$"  # 海南 2013 目标表: 指标类型 │ 绩效指标 │ 年初绩效目标 │ 调整后绩效目标(如有) │ 绩效标准
            r"|^(?:预算|计划|设计)(?:主要)?实物工作量$"  # 地质勘查: 工作手段 │ 预算主要实物工作量 │ 主要实物工作量完成
            r"|^工作目标$"  # 民生实事 progress table (岳阳): 考核指标 │ 单位 │ 工作目标 │ 已完成数 │ 占年任务之比
            r"|^规划目标值?$"  # a plan's results table (南通): 指标 │ 单位 │ 2020年完成情况 │ 2020年规划目标
            r"|^优秀?$"  # a graded scale 优 │ 良 │ 中 │ 差 under 评价标准: the 优 grade is the target
            r"|^质量标准$"),  # 清洁质量评分表: 检查项目 │ 质量标准 (干净、无纸屑垃圾) │ 项目分数
    (BASELINE, r"^(?:上年度?|上一年度?|去年|基期)(?:实际)?(?:水平|完成值|完成情况|值)$"),
    (NAME, r"^(?:指标名称|指标|绩效指标|指标名|三级指标名称|绩效指标名称|个性化指标|共性指标|监测指标|考核指标|主要指标|工作手段"
           r"|检查项目|类别及分值)$"),  # 广东 2017: 个性化指标; 清洁质量评分表: 检查项目; 科普基地 考核自评表: 项目及分值 │
    # 类别及分值 (科普展示空间(10分)) │ 优秀 │ 优良 │ …;
    # 南宁 规划评估指标体系: 监测指标 │ 单位 │ 权重 │ 目标值
    (INDEX, r"^(?:序号|编号|代码|No\.?)$"),
))
_BRACKETS = re.compile(r"[（(][^）)]*[)）]")
# a bracket the PDF's line wrap left open ("指标权重(分" over ") 2" in the next row): the unit part of the header
_OPEN_BRACKET = re.compile(r"[（(][^（(）)]*$")
# the period a header cell names ("三级指标（年度）", "年度绩效指标", "长期指标值"): halves of a two-period table
_PERIOD_WORDS = (("年度", "年度"), ("当年", "年度"), ("长期", "长期"), ("中期", "长期"), ("实施期", "长期"))


# "单项指标实际完成值", "单项指标得分": the row's own value, named after the single indicator
_SINGLE_INDICATOR_PREFIX = re.compile(r"^单项(?:指标)?(?=.)")


# a 一 read as a dash by the OCR of a scanned form (—级指标 │ 二级指标 │ 三级指标, 民政 立项评审指标体系)
_DASH_FOR_ONE = re.compile(r"^[—－‐-](?=级)")


# a PDF's text layer mapping a glyph of 指 to 挃 (评价挃标 │ 挃标分值, 山东 土地出让金 评价报告): no header word has 挃
_MISREAD_GLYPHS = str.maketrans({"挃": "指"})


def clean_header_cell(text: str) -> str:
    s = _DASH_FOR_ONE.sub("一", compact_cell(text or "").translate(_MISREAD_GLYPHS))
    s = _OPEN_BRACKET.sub("", _BRACKETS.sub("", s) or s) or s
    return _SINGLE_INDICATOR_PREFIX.sub("", s.strip(":：*"))


# a year in a header cell; the year it opens with (南通 十三五 指标表: 2020年完成情况 │ 2020年规划目标; 健康中国行动:
# 2022年目标值), and a year alone (a plan's 2022年 │ 2025年 columns)
_YEAR = r"((?:19|20)\d{2})年度?"
_YEAR_IN, _YEAR_OPENING, _YEAR_HEADER = re.compile(_YEAR), re.compile(rf"^{_YEAR}(?=\S)"), re.compile(rf"^{_YEAR}$")


# the name and grade columns of a table of evaluation results, one row a project (天台 专项债 评价情况表: … │ 项目名称 │
# 发行金额 │ 评价得分 │ 评价结果): no role of an indicator table, asked by the results reader (its score column is SCORE)
_RESULTS_NAME = re.compile(r"^(?:项目|项目名称|单位名称|评价对象)$")
_GRADE = re.compile(rf"^(?:评价|绩效|考核|评定|自评)?(?:结果|{GRADE_LABEL}|级别)$")


def is_results_name_header(text: str) -> bool:
    return _RESULTS_NAME.match(text) is not None


def is_grade_header(text: str) -> bool:
    return _GRADE.match(text) is not None


#: a header cell is a label, no sentence: a longer cell heads no column
HEADER_CELL_MAX_CHARS = 16


def cell_role(text: str) -> str | None:
    """The role of one header cell ("年度指标值" -> "value", "2020年完成情况" -> "actual"), or None."""
    s = _YEAR_OPENING.sub("", clean_header_cell(text))
    if not s or len(s) > HEADER_CELL_MAX_CHARS:
        return None
    for role, pattern in _ROLE_PATTERNS:
        if pattern.search(s):
            return role
    return None


def header_period(text: str) -> str | None:
    """"年度" or "长期" when a header cell names the period of its half (``指标值（年度）``), else None."""
    s = compact_cell(text or "")
    for word, period in _PERIOD_WORDS:
        if word in s:
            return period
    return None


def roles_by_column(cells: list[str | None]) -> dict[int, str]:
    """Column index -> role for every header cell with a known role (repeats kept: two halves)."""
    out: dict[int, str] = {}
    for i, cell in enumerate(cells):
        role = cell_role(cell) if isinstance(cell, str) else None
        if role is not None:
            out[i] = role
    out = _scored_pairs(cells, _points_beside_scores(cells, out))
    return _earlier_actuals(cells, _year_columns(cells, _assessed_contents(cells, out)))


#: a column headed 计分 holds the points of its row only beside a column of the points got (动物防疫 考核评分细则: 考核内容 │
#: 计分 │ 考核评分方法 │ 得分); alone it may hold each band's points (协同创新 考评计分表: 评价标准 │ 计分, one row a band)
_POINTS_HEADER = "计分"


def _points_beside_scores(cells: list[str | None], by_column: dict[int, str]) -> dict[int, str]:
    if SCORE not in by_column.values():
        return by_column
    return {**by_column, **{i: WEIGHT for i, c in enumerate(cells)
                             if isinstance(c, str) and i not in by_column and clean_header_cell(c) == _POINTS_HEADER}}


def _earlier_actuals(cells: list[str | None], by_column: dict[int, str]) -> dict[int, str]:
    """An actual of a year before the target's is the base level (黄石 党校 目标表: 2021年实际实现值 │ 预期2022年实现值);
    of the same year it is the result (南通: 2020年完成情况 │ 2020年规划目标). Of the actuals of several years, the
    latest is the result (临沂 创模: 考核要求 │ 2006年完成情况 │ 2007年完成情况)."""
    if ACTUAL not in by_column.values():
        return by_column  # every row of every table is asked: the cheap test first
    years = {k: int(m.group(1)) for k, c in enumerate(cells) if isinstance(c, str) and (m := _YEAR_IN.search(c))}
    targets = [years[k] for k, r in by_column.items() if r == VALUE and k in years]
    results = [years[k] for k, r in by_column.items() if r == ACTUAL and k in years]
    latest = max(targets) if targets else max(results) if len(set(results)) > 1 else None
    if latest is None:
        return by_column
    return {k: BASELINE if r == ACTUAL and years.get(k, latest) < latest else r for k, r in by_column.items()}


# an assessment's task list (嵊泗 乡村振兴任务清单: 考核项目 │ 序号 │ 考核指标 │ 考核内容 │ 单位 │ 年度目标): the 考核内容 right of
# the 考核指标 names the row, the 考核指标 is its group, the 考核项目 left of them the group above
ASSESSED_GROUP, ASSESSED_ITEM, ASSESSED_CONTENT = "考核项目", "考核指标", "考核内容"


def _assessed_contents(cells: list[str | None], by_column: dict[int, str]) -> dict[int, str]:
    if not any(isinstance(c, str) and ASSESSED_CONTENT in c for c in cells):
        return by_column  # every row of every table is asked: the cheap test first
    cleaned = [clean_header_cell(c) if isinstance(c, str) else "" for c in cells]
    where = {word: cleaned.index(word) for word in (ASSESSED_GROUP, ASSESSED_ITEM, ASSESSED_CONTENT) if word in cleaned}
    if not (ASSESSED_ITEM in where and ASSESSED_CONTENT in where and where[ASSESSED_ITEM] < where[ASSESSED_CONTENT]):
        return by_column
    out = dict(by_column)
    out.update({where[ASSESSED_CONTENT]: NAME, where[ASSESSED_ITEM]: LEVEL2})
    if where.get(ASSESSED_GROUP, len(cells)) < where[ASSESSED_ITEM]:
        out[where[ASSESSED_GROUP]] = LEVEL1
    return out


# a plan's table of main targets (绥宁 目标责任清单, 规划 主要指标): 指标名称 │ 单位 │ 2022年 │ 2025年 │ 2027年 — the
# earliest year is the base level, the next one the target (later years are the long-term outlook). Only beside a
# 单位 or a 属性 (约束性/预期性) column, as plans write them (指标 │ 2020年 │ 2025年 │ 属性): years under a 预期值 label
# (指标 │ 预期值 over 2016年 │ 2017年 │ 2018年) are all targets, read by the label above them


def _year_columns(cells: list[str | None], by_column: dict[int, str]) -> dict[int, str]:
    roles = set(by_column.values())
    if VALUE in roles or not roles & {UNIT, NATURE} or not roles & {NAME, LEVEL3}:
        return by_column
    years = {}
    for i, cell in enumerate(cells):
        m = _YEAR_HEADER.match(clean_header_cell(cell)) if isinstance(cell, str) and i not in by_column else None
        if m:
            years[int(m.group(1))] = i
    if not years:
        return by_column
    ordered = [years[y] for y in sorted(years)]
    out = dict(by_column)
    if len(ordered) >= 2:
        out[ordered.pop(0)] = BASELINE
    out[ordered[0]] = VALUE
    return out


# 宜兴市 score table: 目标名称 │ 目标值 │ 评价指标 │ 标准值 │ 目标完成值 │ 评价指标值 │ 权重分值 │ 评分规则 │ 得分 — each goal
# (its name, 目标值 and 目标完成值) beside the indicator that scores it; the scored indicator is the row's target
_SCORED_PAIR = {"评价指标": NAME, "标准值": VALUE, "评价指标值": ACTUAL}
_GOAL_OF_PAIR = ("目标名称", "绩效目标名称", "目标值", "目标完成值")


def _scored_pairs(cells: list[str | None], by_column: dict[int, str]) -> dict[int, str]:
    if not any(isinstance(c, str) and "目标名称" in c for c in cells):
        return by_column  # every row of every table is asked: the cheap test first
    cleaned = [clean_header_cell(c) if isinstance(c, str) else "" for c in cells]
    if not {"目标名称", "绩效目标名称"} & set(cleaned) or "评价指标" not in cleaned:
        return by_column
    out = {i: r for i, r in by_column.items() if cleaned[i] not in _GOAL_OF_PAIR}
    out.update({i: _SCORED_PAIR[c] for i, c in enumerate(cleaned) if c in _SCORED_PAIR})
    return out


def first_roles(by_column: dict[int, str]) -> dict[str, int]:
    """Role -> the first column that has it."""
    roles: dict[str, int] = {}
    for i in sorted(by_column):
        roles.setdefault(by_column[i], i)
    return roles


def _accept(roles: dict[str, int]) -> dict[str, int] | None:
    """The roles of a header that has a name column, a measure and a frame (levels, a target, or an actual beside
    指标名称: a report's table of results, 指标名称 │ 实际值 │ 偏差率), or of a score table by one level."""
    named = _named_by_a_level(roles)
    if named is not None:
        return named
    has_name = any(r in roles for r in (LEVEL3, NAME, CONTENT))
    # …or a 评分标准 beside levels: a scoring frame whose points are written in its labels (施工质量(10分))
    has_measure = any(r in roles for r in (VALUE, WEIGHT, SCORE, ACTUAL, GOAL)) or (
        STANDARD in roles and any(r in roles for r in (LEVEL1, LEVEL2))) or (
        NATURE in roles and all(r in roles for r in (LEVEL1, LEVEL2, LEVEL3)))  # 城市更新 评价指标: … │ 三级指标 │ 指标属性
    has_frame = any(r in roles for r in (LEVEL1, LEVEL2, VALUE, UNIT)) or (ACTUAL in roles and NAME in roles)
    if not (has_name and has_measure and has_frame):
        return None
    return resolve_name(roles)


def _named_by_a_level(roles: dict[str, int]) -> dict[str, int] | None:
    """The roles of a score table whose level column names its rows: by one level (the reader reads that column by
    content), or a framework of two levels weighing its 二级 rows (columns._names_under_level2); None for others."""
    level = LEVEL1 if _scores_one_level(roles) else LEVEL2 if _weighs_two_levels(roles) else None
    return None if level is None else {**{r: k for r, k in roles.items() if r != level}, NAME: roles[level]}


def _scores_one_level(roles: dict[str, int]) -> bool:
    """一级指标 │ 分值 │ 得分 and nothing else to read (no name column, no other level, no target): a score table by
    one level, its rows named by it (武城 事前评估)."""
    return LEVEL1 in roles and (WEIGHT in roles or SCORE in roles) and not any(
        r in roles for r in (LEVEL2, LEVEL3, NAME, CONTENT, VALUE, ACTUAL, UNIT, STANDARD))


def _weighs_two_levels(roles: dict[str, int]) -> bool:
    """一级指标 │ 权重 │ 二级指标 │ 指标说明 │ 权重 and no column of names, targets or actuals: a framework of two levels
    weighing its 二级 rows (江苏 工程技术研究中心 绩效评估标准)."""
    return LEVEL1 in roles and LEVEL2 in roles and WEIGHT in roles and not any(
        r in roles for r in (LEVEL3, NAME, CONTENT, VALUE, ACTUAL))


def resolve_name(roles: dict[str, int]) -> dict[str, int]:
    """One name column: 三级指标, else 指标名称, else 指标内容; 指标内容 beside a name is the explanation."""
    roles = dict(roles)
    name_col = roles.pop(LEVEL3, None)
    if name_col is None:
        name_col = roles.pop(NAME, None)
    else:
        roles.pop(NAME, None)
    content_col = roles.pop(CONTENT, None)
    if name_col is None:
        name_col = content_col
    elif content_col is not None and EXPLANATION not in roles:
        roles[EXPLANATION] = content_col
    if name_col is not None:
        roles[NAME] = name_col
    return roles


def classify_header(row: list[str]) -> dict[str, int] | None:
    """Column role -> column index for an indicator-table header row, or None if it is not one.

    Roles: level1, level2, name (三级指标/指标名称/指标内容), value, unit, operator, actual, weight,
    score, rate, deviation, explanation, standard, source, nature, index, goal. Never raises.
    """
    if not isinstance(row, (list, tuple)) or not row:
        return None
    by_column = roles_by_column(list(row))
    accepted = _accept(first_roles(by_column))
    if accepted is not None:
        return accepted
    frame = _scoring_frame_columns(list(row), by_column)
    return first_roles(frame) if frame else None


# the item column of an evaluation's scoring frame (评分细则, 考核表), named by words the target tables do not use
# for their names: 项目 │ 考核点 │ 内容要求 │ 分值 │ 评分标准, 评价内容 │ 评价类别 │ 评价指标 │ 分值, 目标名称 │ │ 分值,
# 项目权重 │ 评价内容 │ 评价内容 │ 分值 │ 自评分 (the rightmost item header names the items, those left of it the groups)
_SCORING_ITEM = re.compile(r"^(?:评价指标|评价内容|评估内容|评估指标|考核点|考核指标|考核内容|考核项目|考评指标|考评内容|评价要点|评分项目|目标名称"
                           r"|评审内容(?:及参考指标)?|评审指标|评审要点"  # 海南州 科技项目专家评审表: 评审内容及参考指标 │ 打分
                           r"|检查项目|检查内容|具体内容)$")  # 供热计量改革专项检查评分表: 检查项目 │ 具体内容 │ 满分值


#: the plainest item header, an item column only beside a scoring standard (a funds table's 项目 │ 分值 │ 得分 is none)
_PLAIN_ITEM = "项目"


def names_levels(header: str) -> bool:
    """A header naming the levels of indicators or the items (or groups) of a scoring frame: 一级指标, 指标类别, 考核项目,
    评价内容 - not a column a frame's place made a group (评估对象, what was assessed)."""
    cleaned = clean_header_cell(header)
    return cell_role(cleaned) == LEVEL1 or _SCORING_ITEM.match(cleaned) is not None


def _scoring_frame_columns(row: list[str], by_column: dict[int, str]) -> dict[int, str] | None:
    """Column -> role of a scoring frame's header that names no column as the target tables do: its 分值 column,
    its item column (the rightmost scoring-item header) as the name, and the unnamed columns left of it as the groups
    (一级, then 二级) the items fall in. None when the row is no such header."""
    items = _item_columns(row, by_column)
    # a name column other than a scoring item's own word (考核指标 is both; 评价指标 made a name by the 宜兴 pairs is not)
    named = [k for k, r in by_column.items() if r in (LEVEL3, NAME, CONTENT) and not (k in items and cell_role(row[k]) == r)]
    if not items or named:
        return None
    if not {WEIGHT, SCORE} & set(by_column.values()) and not _points_in_item_labels(row, items, by_column):
        return None  # a frame gives points: a 分值 column, or a score column beside items naming theirs (选题合理性(8分))
    group_points = _group_points(items[-1], by_column)
    out = {k: r for k, r in by_column.items() if k not in {*items, *group_points}}
    out[items[-1]] = NAME
    groups = [k for k in range(items[-1])
              if row[k] and k not in {*out, *group_points} and row[k] != row[items[-1]]]  # not the name merged
    for role, k in zip((LEVEL1, LEVEL2), groups):
        if role not in out.values():
            out[k] = role
    return out


def _group_points(name: int, by_column: dict[int, str]) -> set[int]:
    """The points columns left of the items when another stands right of them (具体内容 │ 权重 │ 具体内容 │ 分值, 事前评估
    审核表): the left ones weigh the groups, the right one the items."""
    points = {k for k, r in by_column.items() if r == WEIGHT}
    return {k for k in points if k < name} if any(k > name for k in points) else set()


#: an item header saying its labels carry their points (评价指标(分值), 考核内容(分数))
_POINTS_IN_LABELS = re.compile(r"[（(](?:分值|分数|权重|满分)[)）]")


def _points_in_item_labels(row: list[str], items: list[int], by_column: dict[int, str]) -> bool:
    """The items' header says each label carries its points, beside a scoring standard (评价内容 │ 评价指标(分值) │ 指标说明
    │ 评分标准, a national 项目绩效评价 score table): a frame with no 分值 column."""
    return STANDARD in by_column.values() and any(_POINTS_IN_LABELS.search(row[k] or "") for k in items)


def _item_columns(row: list[str], by_column: dict[int, str]) -> list[int]:
    """The columns a scoring frame's header names as its items: a scoring item's word, or the plainest, 项目, beside a
    scoring standard (项目 │ 标准分 │ 赋分标准, 三明 考核评分标准表)."""
    cleaned = [clean_header_cell(cell) if isinstance(cell, str) else "" for cell in row]
    items = [k for k, cell in enumerate(cleaned) if _SCORING_ITEM.match(cell)]
    if not items and STANDARD in by_column.values():
        items = [k for k, cell in enumerate(cleaned) if cell == _PLAIN_ITEM]
    return items


def _two_row_roles(top: list[str], bottom: list[str]) -> dict[int, str]:
    width = max(len(top), len(bottom))
    out: dict[int, str] = {}
    for i in range(width):
        upper = top[i] if i < len(top) else ""
        lower = bottom[i] if i < len(bottom) else ""
        role = cell_role(lower) if lower and lower != upper else None
        role = role or (None if _part_left_unnamed(top, bottom, i) else cell_role(upper))
        if role is not None:
            out[i] = role
    return _earlier_actuals([(top[i] if i < len(top) else "") + (bottom[i] if i < len(bottom) else "")
                             for i in range(width)], out)


def _part_left_unnamed(top: list[str], bottom: list[str], i: int) -> bool:
    """Column ``i`` is the part the second row leaves unnamed of a cell merged over it and its neighbours, which the
    row names (三级指标 over │ 指标名称 │ 指标涵义: the unnamed part numbers the items)."""
    if i >= len(top) or (i < len(bottom) and bottom[i]):
        return False
    return any(0 <= k < min(len(top), len(bottom)) and top[k] == top[i] and bottom[k] and bottom[k] != top[k]
               for k in (i - 1, i + 1))


def _scores_its_indicators(top: list[str], by_column: dict[int, str]) -> bool:
    """A scoring sheet by its indicators, no level column: 指标 │ 分值 │ 计分办法 (首位产业 考评计分表), 序号 │ 指标 │ 分值 │
    评分细则 (产业专班), 序号 │ 指标 │ 权重 │ 得分 (渔业项目 自评表) - one column of names, its points, and how they are given
    or what they got; not the second row of a header naming 指标 over each level (指标 │ 指标 │ 指标 │ 分值, 六安), nor
    a sheet with columns the header leaves unread before its names (类别 │ 指标 │ 检查内容 │ … , 西店 环卫 评分表)."""
    roles = list(by_column.values())
    if roles.count(NAME) != 1 or WEIGHT not in roles or not {STANDARD, SCORE} & set(roles) \
            or {LEVEL1, LEVEL2, LEVEL3} & set(roles):
        return False
    name = next(k for k, role in by_column.items() if role == NAME)
    return all(k in by_column for k in range(name) if (top[k] or "").strip())


def _explains_three_levels(top: list[str], by_column: dict[int, str]) -> bool:
    """一级指标 │ 二级指标 │ 三级指标 │ 计算公式 (│ 备注) and no measure (体育督导 评估指标体系): an index system whose names
    are explained; not when a column the header names otherwise (a village's, 西坪镇尧山村) may hold values."""
    roles = first_roles(by_column)
    return EXPLANATION in roles and all(r in roles for r in (LEVEL1, LEVEL2, LEVEL3)) \
        and all(k in by_column for k, cell in enumerate(top) if (cell or "").strip())


def _names_an_explained_framework(by_column: dict[int, str]) -> bool:
    """Two header rows (their roles ``by_column``) that name a form, or the levels, the names and their explanation
    and no measure (支农资金 评价指标表: 一级指标 │ 二级指标 │ 三级指标 merged over │ 指标名称 │ 指标涵义 │ 评价结果): a
    framework whose labels carry the points."""
    roles = first_roles(by_column)
    return _accept(roles) is not None or all(r in roles for r in (LEVEL1, LEVEL2, NAME, EXPLANATION))


def classify_two_row_header(top: list[str], bottom: list[str]) -> dict[str, int] | None:
    """A header whose second row names the parts of a merged cell (指标值 -> 运算符 | 数值 | 单位)."""
    if not top or not bottom:
        return None
    return _accept(first_roles(_two_row_roles(top, bottom)))


@dataclass(frozen=True)
class Header:
    """A header found in a table: its first row, how many rows it spans, the role of each column."""

    row: int
    rows: int  # 1 or 2
    cells: tuple[str, ...]  # the (merged) header text of each column, top and bottom joined
    by_column: dict[int, str]


def header_at(rows: list[list[str]], i: int) -> Header | None:
    """The header starting at row ``i``, one row or two (the second naming parts of the first)."""
    single = classify_header(rows[i]) or _shifted_header(rows, i)
    top = [c or "" for c in rows[i]]
    below = [c or "" for c in rows[i + 1]] if i + 1 < len(rows) else []
    if single is None and _repeats_header(top, below):
        by_column = _two_row_roles(top, below)  # only both rows name the columns (三级指标 over 指标名称 │ 指标涵义)
        if _names_an_explained_framework(by_column):
            return _two_row_header(i, top, below, by_column)
    if single is None:
        return _header_read_with_its_body(rows, i, top, below)
    if i + 1 < len(rows) and (classify_header(rows[i + 1]) is None or _repeats_header(top, rows[i + 1])):
        nxt = [c or "" for c in rows[i + 1]]
        split = _split_target_columns(top, nxt) if VALUE not in single else []
        if split:  # the first year's or sub-unit's target is the row's (the next ones are the later years' or the others')
            return _two_row_header(i, top, nxt, {**_single_row_roles(top), split[0]: VALUE})
        differs = any(c != (top[k] if k < len(top) else "") and cell_role(c) is not None for k, c in enumerate(nxt))
        if differs and (not _has_number(nxt) or _totals_under_header_words(top, nxt)):  # else the first body row
            by_column = _two_row_roles(top, nxt)
            double = _accept(first_roles(by_column))
            if double is not None and len(double) > len(single):
                return _two_row_header(i, top, nxt, by_column)
    return Header(i, 1, tuple(top), _points_under_score_label(rows, i, _single_row_roles(top)))


def _header_read_with_its_body(rows: list[list[str]], i: int, top: list[str], below: list[str]) -> Header | None:
    """A header its words alone do not make one, read with the rows under it or the shape of its columns: points over
    items written as sentences, a scoring sheet by its indicators, one target column a period, one value column a
    sub-unit, an index system explaining its names; None for any other row (every one of them names a column)."""
    by_column = roles_by_column(top)
    if not by_column:  # a body row: no header word at all
        return None
    named_by_content = _points_header_over_items(rows, i, by_column)
    if named_by_content:
        return Header(i, 1, tuple(top), named_by_content)
    sub_units = _sub_unit_value_columns(rows, i, by_column)
    if _scores_its_indicators(top, by_column) or _explains_three_levels(top, by_column) and not sub_units:
        return Header(i, 1, tuple(top), by_column)
    periods = _period_value_columns(top, below, by_column)
    if periods:  # the first period's target is the row's (the next ones are the later periods')
        return _two_row_header(i, top, below, {**by_column, periods[0]: VALUE})
    return Header(i, 1, tuple(top), {**by_column, sub_units[0]: VALUE}) if sub_units else None


#: the cell a second header row's years stand under, merged over them (考核目标 over 2005年 │ 2006年 │ 2007年)
_TARGET_WORD = re.compile(r"目标|指标值")


def _split_target_columns(top: list[str], bottom: list[str]) -> list[int]:
    """The columns a second header row splits into years or sub-units under one merged cell naming the targets
    (环保目标考核表: 序号 │ 考核项目 │ 考核目标 over 2005年 │ 2006年 │ 2007年 │ 分值; 衢州 村镇规划 考核表: 考核目标 over
    柯城区 │ 衢江区 │ … │ 开化县), or none."""
    under = [k for k, c in enumerate(bottom) if k < len(top) and _TARGET_WORD.search(clean_header_cell(top[k]))]
    cells = [clean_header_cell(bottom[k]) for k in under]
    years = all(_YEAR_HEADER.match(c) for c in cells)
    units = len(cells) >= _SUB_UNITS_AT_LEAST and len(set(cells)) == len(cells) and all(
        _SUB_UNIT.fullmatch(c) and cell_role(c) is None for c in cells)
    return under if len(under) >= 2 and len({top[k] for k in under}) == 1 and (years or units) else []


#: a sub-unit's name heading its own target column (柯城区, 埭头镇, 实验小学): a short name no header word has, three or more
#: side by side, each once
_SUB_UNIT = re.compile(rf"[{HAN}]{{2,8}}")
_SUB_UNITS_AT_LEAST = 3


def _two_row_header(i: int, top: list[str], bottom: list[str], by_column: dict[int, str]) -> Header:
    cells = tuple(_joined(top[k] if k < len(top) else "", bottom[k] if k < len(bottom) else "")
                  for k in range(max(len(top), len(bottom))))
    return Header(i, 2, cells, by_column)


def _single_row_roles(top: list[str]) -> dict[int, str]:
    """Column -> role of a header of one row: as its words name them, or as a scoring frame's."""
    by_column = roles_by_column(top)
    return _scoring_frame_columns(top, by_column) or by_column


def _points_under_score_label(rows: list[list[str]], i: int, by_column: dict[int, str]) -> dict[int, str]:
    """安居区 self-assessment: the 自评得分 column runs down the whole form, its cell on the indicator header row
    holding the block's points (50) — a number in a header row under a 得分 label is the score column."""
    out = dict(by_column)
    for k, cell in enumerate(rows[i]):
        if k in out or not _has_number([cell]):
            continue
        if any(k < len(above) and cell_role(above[k] or "") == SCORE for above in rows[:i]):
            out[k] = SCORE
    return out


def _repeats_header(top: list[str], row: list[str]) -> bool:
    """A second header row under the first: header cells merged down both rows repeat in the same columns
    (一级指标 │ 二级指标 │ 三级指标), while the others name the parts of a merged cell (预期指标值 -> 符号 │ │ 单位)."""
    repeated = [k for k, c in enumerate(row) if k < len(top) and c and c == top[k] and cell_role(c) is not None]
    return len(repeated) >= 2


def _totals_under_header_words(top: list[str], row: list[str]) -> bool:
    """A second header row naming the levels and writing the frame's totals under the 分值 and 得分 headers (评价指标 │
    指标分值 │ 评价得分 over 一级 │ 二级 │ 三级 │ 100 │ 85, 山东 土地出让金 评价报告): every other cell a header word."""
    points = {k for k, c in enumerate(top) if cell_role(c or "") in (WEIGHT, SCORE)}
    others = [c for k, c in enumerate(row) if k not in points and c and c.strip()]
    return bool(points) and bool(others) and all(cell_role(c) is not None for c in others) and any(
        re.fullmatch(r"\s*[\d.]+\s*", row[k] or "") for k in points if k < len(row))


def _has_number(cells: list[str]) -> bool:
    return any(re.fullmatch(r"\s*[\d.,]+\s*%?\s*", c or "") for c in cells)


def _shifted_header(rows: list[list[str]], i: int) -> dict[str, int] | None:
    """一级指标 │ 二级指标 │ 指标值 with no name column, where the 一级 column holds 二级 names (数量指标…): the
    labels moved one level left and the 二级 column holds the indicator names."""
    roles = first_roles(roles_by_column(list(rows[i])))
    if not {LEVEL1, LEVEL2} <= set(roles) or not any(r in roles for r in (VALUE, WEIGHT, SCORE, ACTUAL)):
        return None
    column = [r[roles[LEVEL1]] for r in rows[i + 1:i + 12] if roles[LEVEL1] < len(r) and r[roles[LEVEL1]]]
    level2_names = [c for c in column if canonical_level2(c) is not None and canonical_level1(c) is None]
    if len(column) < 2 or len(level2_names) < 0.6 * len(column):
        return None
    return roles


def _points_header_over_items(rows: list[list[str]], i: int, by_column: dict[int, str]) -> dict[int, str]:
    """A scoring sheet's header naming only its points columns, the cells over its items left blank (河池 应急管理
    考核评分表: │ │ │ 基本分 │ 考核分 over 工作部署情况 10分 │ 1 │ 认真落实上级…精神。 │ 5): the columns left of the points
    are read by what they hold - the one right before them holding the items' sentences is the name, one numbered
    1, 2, 3… down the rows the index, any before them the groups (一级). Empty when the row is no such header."""
    first = _first_of_points_alone(rows[i], by_column)
    body = [r for r in rows[i + 1:i + 13] if any((c or "").strip() for c in r)]
    if first is None or not _items_as_sentences([r[first - 1] if first - 1 < len(r) else "" for r in body]):
        return {}
    roles = {**by_column, first - 1: NAME}
    for k in range(first - 1):
        column = [compact_cell(r[k] or "") for r in body if k < len(r)]
        roles[k] = INDEX if all(c.isdigit() for c in column if c) else LEVEL1
    return roles


def _first_of_points_alone(row: list[str], by_column: dict[int, str]) -> int | None:
    """The first column a header names when it names only points (分值, and 得分 or not) after two blank cells or more."""
    first = min(by_column, default=0)
    if WEIGHT not in by_column.values() or set(by_column.values()) - {WEIGHT, SCORE} or first < 2 \
            or any((c or "").strip() for c in row[:first]):
        return None
    return first


def _items_as_sentences(cells: list[str | None]) -> bool:
    """Two rows at least, and four in five of them items written as sentences."""
    items = [c for c in cells if (c or "").strip()]
    return len(cells) >= 2 and len(items) >= 0.8 * len(cells) and all(_SENTENCE_ITEM.search(c) for c in items)


#: an item a scoring sheet writes as a sentence (成立应急管理领导机构。): six characters of Chinese at least
_SENTENCE_ITEM = re.compile(rf"[{HAN}]{{6,}}")


#: a period a header's second row splits a year into (Q1, 上半年, 1-6月)
_PERIOD = re.compile(r"^(?:Q[1-4]|第?[一二三四1-4]季度|[上下]半年|\d{1,2}-\d{1,2}月)$")


def _period_value_columns(top: list[str], bottom: list[str], named: dict[int, str]) -> list[int]:
    """The columns of a target table that gives each indicator one target a period (江苏 全球基金 结核病项目 指标:
    指标名称 │ 值/率 │ 2010 over Q3 │ 2010 over Q4 │ 2011 over Q1 …), years over their quarters, the name column the
    only one the header names (``named``: its roles by column); none for any other header."""
    columns = [k for k, c in enumerate(top) if re.fullmatch(r"(?:19|20)\d{2}(?:年度?)?", compact_cell(c or ""))
               and k < len(bottom) and _PERIOD.match(compact_cell(bottom[k] or ""))]
    return columns if len(columns) >= 2 and set(named.values()) == {NAME} else []


def _sub_unit_value_columns(rows: list[list[str]], i: int, by_column: dict[int, str]) -> list[int]:
    """一级 │ 二级 │ 三级 │ … │ 笏石街道办 │ 埭头镇: a header with levels and names but no value word (its roles
    ``by_column``), whose columns with no header role hold quantities (one value column per town or school). The columns
    of quantities, the first one giving the target; empty when the row is not such a header."""
    cells = list(rows[i])
    roles = set(by_column.values())
    if not roles & {LEVEL3, NAME, CONTENT} or not roles & {LEVEL1, LEVEL2}:
        return []
    if roles & {VALUE, WEIGHT, SCORE, ACTUAL, GOAL}:
        return []
    body = rows[i + 1:i + 13]
    out = []
    for k, head in enumerate(cells):
        if k in by_column or not (head or "").strip() or k < min(by_column):
            continue
        column = [r[k] for r in body if k < len(r) and (r[k] or "").strip()]
        quantities = [c for c in column if re.search(r"\d", c) and len(c) <= 20]
        if column and len(quantities) >= 0.5 * len(column):
            out.append(k)
    return out


def _joined(upper: str, lower: str) -> str:
    return upper if not lower or lower == upper else (f"{upper}/{lower}" if upper else lower)
