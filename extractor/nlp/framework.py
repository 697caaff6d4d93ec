"""Canonical indicator level names (corpora/lexicons/framework.yaml) from whatever a document wrote.

Target tables use the 88号 tree (成本 as a 二级 under 产出) or the 101号 tree (成本指标 as a
一级 with 经济成本/社会成本/生态环境成本 under it). :func:`canonical_levels` maps a pair of level
cells to the canonical ``(level1, level2)`` of :data:`extractor.extraction.LEVEL1` / ``LEVEL2`` /
``LEVEL2_COST_101``.

Score tables of evaluation reports (评分表) use the *evaluation* framework of 财预〔2020〕10号:
决策 / 过程 / 产出 / 效益. Those are not the target-table tree: 决策 and 过程 have no canonical
level at all, and 产出/效益 in a score table mean "the 产出 part of the evaluation", which holds
rows such as 实际完成率 or 质量达标率, not target indicators. So :func:`canonical_levels`
returns ``None`` for them; :func:`evaluation_level` maps them to :data:`EVALUATION_LEVEL1`
and callers keep the written text in ``level1_text``. Putting them into the target tree would
make the coverage rules believe a report's score table is a target table.
"""
from __future__ import annotations

import re

from ..extraction import LEVEL1, LEVEL2, LEVEL2_COST_101
from .lexicon import framework, indicator_taxonomy
from .script import HAN

EVALUATION_LEVEL1 = tuple(framework()["evaluation_level1"])
_EVALUATION_ALIASES = framework()["evaluation_level1_aliases"]

_L1_ALIASES = framework()["level1_aliases"]
_L2_ALIASES = framework()["level2_aliases"]
_L2_ALL = set(LEVEL2) | set(LEVEL2_COST_101)
# canonical 二级 -> its 一级 ("成本指标" as 二级 sits under 产出 (88号); decided with the 一级 at hand)
_L2_PARENT = {l2: l1 for l1, level2s in indicator_taxonomy().items() for l2 in level2s if l2 != "成本指标"}
_NOISE_RE = re.compile(r"[\s\u3000:：*＊]|^[（(]?[一二三四五六七八九十\d]+[)）、.．。]|[（(][^）)]*[)）]$|(?<=[^\d.])\d+(?:\.\d+)?分$"
                       r"|[（(][\d.\-—~～]+[)）]分$|(?<=[^\d.])(?:权重|分值|满分)(?:\d+(?:\.\d+)?%?)?$")


def clean_level(text: str | None) -> str:
    """The level cell without spaces, numbering and trailing remarks or points: "（一）产出指标（50分）" -> "产出指标",
    "数量指标15分" -> "数量指标", "成本指标(0-20)分" -> "成本指标", "业务指标 权重:60% 分值:100分" -> "业务指标"."""
    if not text:
        return ""
    previous = None
    s = text
    while s != previous:
        previous = s
        s = _NOISE_RE.sub("", s)
    return s


#: what follows a short level name: 产出指标, and in some tables 产出目标 / 数量目标 (reports) or 产出值 / 数量值 (临邑县)
_LEVEL_SUFFIXES = ("指标", "目标", "值")


def _without_suffix(s: str) -> str | None:
    """The short level name before a level suffix (产出目标 → 产出), None without one."""
    suffix = next((x for x in _LEVEL_SUFFIXES if s.endswith(x) and len(s) > len(x)), None)
    return s[: -len(suffix)] if suffix else None

#: one character of a header written down a merged cell (指/标 of 指标) that a PDF table finder put in front of a
#: level cell: "指产出指标", "标数量指标"
_HEADER_FRAGMENT = ("指", "标")


def _after_header_fragment(s: str, canonical) -> str | None:
    return canonical(s[1:]) if s.startswith(_HEADER_FRAGMENT) and len(s) > 3 else None


_TWO_NAMES = 20  # characters of two level names run together, at the most


def _one_level_over_lines(text: str | None, canonical) -> str | None:
    """The level a cell of two lines names on each of them (满意度指标 over 服务对象满意度: a label and its own words,
    长江禁捕 自评表; in its PDF the lines run together), or None."""
    lines = [line for line in map(clean_level, (text or "").splitlines()) if line]
    splits = [lines] if len(lines) == 2 else [[line[:k], line[k:]] for line in lines if len(line) <= _TWO_NAMES
                                              for k in range(2, len(line) - 1)]
    for first, second in splits:
        named = canonical(first)
        if named is not None and named == canonical(second):
            return named
    return None


def canonical_level1(text: str | None) -> str | None:
    s = clean_level(text)
    found = _canonical_level1(s)
    found = found if found is not None else _after_header_fragment(s, _canonical_level1)
    return found if found is not None else _one_level_over_lines(text, _canonical_level1)


def _canonical_level1(s: str) -> str | None:
    if s in LEVEL1:
        return s
    if s in _L1_ALIASES:
        return _L1_ALIASES[s]
    short = _without_suffix(s)
    return _L1_ALIASES.get(short) if short else None


def canonical_level2(text: str | None) -> str | None:
    s = clean_level(text)
    found = _canonical_level2(s)
    found = found if found is not None else _after_header_fragment(s, _canonical_level2)
    return found if found is not None else _one_level_over_lines(text, _canonical_level2)


def _canonical_level2(s: str) -> str | None:
    if s in _L2_ALL:
        return s
    if s in _L2_ALIASES:
        return _L2_ALIASES[s]
    short = _without_suffix(s)
    if short in _L2_ALIASES:
        return _L2_ALIASES[short]
    for parent in ("产出", "效益", "满意度"):  # "产出数量指标": the 一级 written in front of the 二级
        if s.startswith(parent) and len(s) > len(parent) + 1 and s[len(parent):] != "指标":
            rest = _canonical_level2(s[len(parent):])
            if rest is not None:
                return rest
    return None


def parent_of(level2: str | None) -> str | None:
    """The canonical 一级 a canonical 二级 belongs to (成本指标 -> 产出指标, the 88号 place)."""
    if level2 == "成本指标":
        return "产出指标"
    return _L2_PARENT.get(level2 or "")


def canonical_levels(level1_text: str | None, level2_text: str | None) -> tuple[str | None, str | None]:
    """Canonical (一级, 二级) of a row, keeping 88号 and 101号 trees apart.

    - 88号: ("产出", "成本") -> ("产出指标", "成本指标").
    - 101号: ("成本指标", "经济成本") -> ("成本指标", "经济成本指标"); ("成本指标", "成本") stays 101号 一级.
    - 一级 missing or unknown but 二级 known: the 一级 is inferred from the 二级.
    - a 效益 二级 under a 产出 一级 (the merged 产出 cell reaching over it): the 二级 decides, 效益指标.
    - 二级 written at the 一级 place (some forms skip a level): ("数量指标", "") -> ("产出指标", "数量指标").
    - 一级 written at the 二级 place under a frame of its own (中央预算内投资 forms: 实施效果指标 │ 产出指标):
      ("实施效果指标", "产出指标") -> ("产出指标", None).
    - Evaluation-framework names (决策/过程/…) give (None, None).
    """
    l1 = canonical_level1(level1_text)
    l2 = canonical_level2(level2_text)
    if l1 is None and l2 is None:
        maybe_l2 = canonical_level2(level1_text)
        if maybe_l2 is not None and clean_level(level1_text) not in _L1_ALIASES:
            return parent_of(maybe_l2), maybe_l2
        return canonical_level1(level2_text), None
    if l1 == "成本指标" and l2 is not None and l2 not in LEVEL2_COST_101:
        if l2 == "成本指标":
            return l1, None
        # 101号 cost tree written with a generic 二级: keep the 一级, leave the 二级 as found
        return l1, l2
    if l1 == "满意度指标" and l2 is None and level2_text and "满意" in level2_text:
        l2 = "服务对象满意度指标"
    if l1 is None and l2 is not None:
        l1 = parent_of(l2)
    if l1 == "效益指标" and l2 == "服务对象满意度指标":  # 88号 forms put satisfaction under 效益: its own 一级
        l1 = "满意度指标"
    if l1 == "产出指标" and parent_of(l2) == "效益指标":  # an 效益 row left inside the merged 产出 cell
        l1 = "效益指标"
    return l1, l2


def evaluation_level(text: str | None) -> str | None:
    """决策 / 过程 / 产出 / 效益 of an evaluation score table (also as written: 项目决策, 项目管理 …, and with 指标 after
    them: 项目决策指标 │ 项目管理指标, 浦东 审计局 评价报告), or None."""
    s = clean_level(text)
    for written in (s, s.removesuffix("指标")):
        if written in _EVALUATION_ALIASES:
            return _EVALUATION_ALIASES[written]
    for name in EVALUATION_LEVEL1:
        if s in (name, name + "类", name + "指标"):
            return name
    return None


def scores_the_evaluation(indicator) -> bool:
    """A row of an evaluation score table (决策/过程/产出/效益, 项目管理 …) with no level of the target tree and no
    target: it scores the evaluation, it is no target (README, "JSON contracts"). A row of that frame with a target
    (镇江 绩效公开表: 决策 │ 项目立项 │ 立项程序规范性 │ 规范) is one, as any form's."""
    return (not (indicator.level1 or indicator.level2) and evaluation_level(indicator.level1_text) is not None
            and not _STATES_A_TARGET.search(indicator.target_text or ""))


_STATES_A_TARGET = re.compile(rf"[\d{HAN}]")  # a word or a figure; a dash (—) holds no target


def names_target_level2(text: str | None) -> bool:
    """A 二级 of the target tree written in full (数量指标, 社会效益指标), not a score table's 产出数量 or 项目效益."""
    s = clean_level(text)
    return s.endswith("指标") and canonical_level2(s) is not None


def names_target_levels(level1_text: str | None, level2_text: str | None) -> bool:
    """A row of the target tree on a form that also scores the evaluation: its 二级 written in full (数量指标), or
    its 一级 written in full (产出指标) over a 二级 of the tree written short (数量), not 产出 │ 产出数量."""
    if names_target_level2(level2_text):
        return True
    level1, in_full = clean_level(level1_text), clean_level(level2_text) + "指标"
    return level1.endswith("指标") and canonical_level1(level1) is not None and canonical_level2(in_full) == in_full


def is_evaluation_framework(level1_texts: list[str]) -> bool:
    """Whether the 一级 column of a table is the evaluation framework (has 决策 or 过程)."""
    names = {evaluation_level(t) for t in level1_texts}
    return bool(names & {"决策", "过程"})
