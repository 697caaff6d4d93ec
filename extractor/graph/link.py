"""Name normalisation and matching used to link records within and across documents.

Plain functions, no graph: :func:`normalise` (width, case, spaces, punctuation),
:func:`project_key`, :func:`indicator_key`, :func:`tokens` (jieba words, loaded lazily once,
or character bigrams), :func:`overlap`, and :class:`AliasSets` to merge names that share an alias.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..nlp.lexicon import link_stop_words

TOKENIZERS = ("jieba", "bigram")

_BRACKETED = re.compile(r"[（(\[【〔][^）)\]】〕]{0,20}[）)\]】〕]")
_YEAR_PREFIX = re.compile(r"^(?:20\d\d|19\d\d)(?:[-—~至到](?:20\d\d|19\d\d))?年度?")
_PROJECT_SUFFIXES = ("建设项目", "采购项目", "专项资金", "项目", "工程")
# words too common in this domain to count as shared terms (corpora/lexicons/link_stop_words.txt)
STOP_WORDS = link_stop_words()


@dataclass(frozen=True)
class LinkSettings:
    """Thresholds for inferred links (documented in docs/graph.md)."""

    tokenizer: str = "jieba"
    goal_token_overlap: float = 0.6  # share of an indicator's words found in a goal's text
    same_indicator_overlap: float = 0.75  # Jaccard of words for a fuzzy cross-document indicator match
    min_contained_chars: int = 4  # a name inside another (投诉办结率 in 市民投诉办结率) counts from this length
    min_term_chars: int = 2  # a metric term shorter than this never matches

    def __post_init__(self) -> None:
        if self.tokenizer not in TOKENIZERS:
            raise ValueError(f"tokenizer must be one of {TOKENIZERS}, not {self.tokenizer!r}")
        for name in ("goal_token_overlap", "same_indicator_overlap"):
            value = getattr(self, name)
            if not 0 < value <= 1:
                raise ValueError(f"{name} must be in (0, 1], not {value!r}")
        if self.min_term_chars < 1 or self.min_contained_chars < 1:
            raise ValueError("min_term_chars and min_contained_chars must be >= 1")


@lru_cache(maxsize=200_000)
def normalise(text: str | None) -> str:
    """NFKC, lower case, without spaces, punctuation or symbols (``%`` kept)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).lower()
    return "".join(
        ch for ch in text if ch == "%" or not (ch.isspace() or unicodedata.category(ch)[0] in "PSZ")
    )


def strip_brackets(text: str) -> str:
    """Drop short bracketed notes: ``系统响应时间（秒）`` → ``系统响应时间`` (kept when nothing would remain)."""
    stripped = _BRACKETED.sub("", text)
    return stripped if stripped.strip() else text


def indicator_key(name: str | None) -> str:
    """The key under which indicators of one project are taken to be the same."""
    return normalise(strip_brackets(name or ""))


def project_key(name: str | None) -> str:
    """``2024年度智慧城管（二期）建设项目`` and ``智慧城管二期`` share the key ``智慧城管二期``."""
    key = normalise(unicodedata.normalize("NFKC", name or ""))
    key = _YEAR_PREFIX.sub("", key)
    for suffix in _PROJECT_SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix) + 1:
            key = key[: -len(suffix)]
            break
    return key


def org_key(name: str | None) -> str:
    """``江州市城市管理局（215001）`` and ``江州市城市管理局`` share a key (bracketed codes dropped)."""
    return normalise(strip_brackets(name or ""))


@lru_cache(maxsize=1)
def _jieba():
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


@lru_cache(maxsize=200_000)
def tokens(text: str | None, tokenizer: str = "jieba") -> frozenset[str]:
    """Content words of ``text``: jieba words of two or more characters (or digits/latin), minus
    :data:`STOP_WORDS`; with ``tokenizer="bigram"`` overlapping Han character pairs instead."""
    norm = normalise(text)
    if not norm:
        return frozenset()
    if tokenizer == "bigram":
        words = {norm[i : i + 2] for i in range(len(norm) - 1)} or {norm}
    else:
        words = {w for w in _jieba().lcut(norm) if len(w) >= 2 or w.isascii() and w.isalnum()}
    return frozenset(words - STOP_WORDS)


def overlap(part: frozenset[str], whole: frozenset[str]) -> float:
    """Share of ``part``'s words found in ``whole`` (0 when ``part`` is empty)."""
    if not part:
        return 0.0
    return len(part & whole) / len(part)


def coverage(words: frozenset[str], text: str | None) -> float:
    """Share of ``words`` found inside ``text`` (normalised), so that a word is found even when the
    segmenter cut the text differently (``培训`` inside ``业务培训``)."""
    if not words:
        return 0.0
    norm = normalise(text)
    return sum(1 for w in words if w in norm) / len(words)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    union = a | b
    return len(a & b) / len(union) if union else 0.0


def term_in(term: str | None, text: str | None, min_chars: int = 2) -> bool:
    """``True`` when the normalised ``term`` occurs in the normalised ``text``."""
    t = normalise(strip_brackets(term or ""))
    return len(t) >= min_chars and t in normalise(text)


class AliasSets:
    """Union-find over names: names listed together (a name and its aliases) end in one set."""

    def __init__(self) -> None:
        self._parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        parent = self._parent
        root = parent.setdefault(key, key)
        while parent[root] != root:
            root = parent[root]
        while key != root:  # path compression
            parent[key], key = root, parent[key]
        return root

    def union(self, keys: list[str]) -> None:
        keys = [k for k in keys if k]
        if not keys:
            return
        root = self.find(keys[0])
        for key in keys[1:]:
            other = self.find(key)
            if other != root:
                self._parent[other] = root


# -- linking records ------------------------------------------------------------------------------

_BLOCK_REF = re.compile(r"#/blocks/(\d+)")
MID_TERM_KINDS = ("中期目标", "总体目标")  # goals an indicator table is attached to only when nothing else is


@dataclass(frozen=True)
class Link:
    """An inferred edge between two node ids, with how it was found."""

    source: str
    target: str
    method: str  # metric | tokens | position | name | alias | mention | record
    score: float = 1.0


def block_index(refs: list[str] | None) -> int | None:
    """Reading-order position of the first block a record cites (``#/blocks/12`` → 12)."""
    for ref in refs or ():
        m = _BLOCK_REF.match(ref)
        if m:
            return int(m.group(1))
    return None


def goal_indicator_links(goals: list, indicators: list, settings: LinkSettings) -> list[Link]:
    """MEASURED_BY links inside one document.

    ``goals`` and ``indicators`` are ``(node_id, record)`` pairs. An indicator links to
    (1) every goal whose target metric names it (``metric``); else (2) the goal(s) whose text holds the
    largest share of its words (:func:`coverage`), at least ``settings.goal_token_overlap`` (``tokens``); else (3) by
    table position, the nearest goal before its table, preferring a 年度目标 (``position``).
    """
    links: list[Link] = []
    if not goals:
        return links
    for ind_id, ind in indicators:
        if not ind.name:
            continue
        found = False
        for goal_id, goal in goals:
            if any(_metric_names(t.metric, ind.name, settings) for t in goal.targets):
                links.append(Link(goal_id, ind_id, "metric"))
                found = True
        if found:
            continue
        words = tokens(ind.name, settings.tokenizer)
        scores = [coverage(words, g.text) for _, g in goals]
        best = max(scores)
        if best >= settings.goal_token_overlap:
            links.extend(
                Link(goal_id, ind_id, "tokens", round(s, 3)) for (goal_id, _), s in zip(goals, scores) if s == best
            )
            continue
        goal_id = _goal_by_position(goals, block_index(ind.refs))
        if goal_id:
            links.append(Link(goal_id, ind_id, "position", 0.5))
    return links


def _metric_names(metric: str | None, indicator_name: str, settings: LinkSettings) -> bool:
    """A goal target's metric and an indicator name name the same thing (one contains the other)."""
    m, n = indicator_key(metric), indicator_key(indicator_name)
    if len(m) < settings.min_term_chars or len(n) < settings.min_term_chars:
        return False
    return m in n or n in m


def _goal_by_position(goals: list, index: int | None) -> str | None:
    """The goal whose block comes last before ``index``; 年度/具体 goals win over 中期/总体 ones."""
    annual = [(gid, g) for gid, g in goals if g.kind not in MID_TERM_KINDS] or goals
    if index is not None:
        before = [(block_index(g.refs), gid) for gid, g in annual if (block_index(g.refs) or 0) <= index]
        if before:
            return max(before)[1]
    return annual[0][0] if len(annual) == 1 else None


def metric_matches(metric: str | None, name: str | None, settings: LinkSettings) -> bool:
    """Public form of the metric test, used for facts and cross-document goal targets."""
    return bool(name) and _metric_names(metric, name, settings)
