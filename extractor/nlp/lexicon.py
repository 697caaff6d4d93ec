"""Our lexicons (corpora/lexicons/) and a private jieba tokenizer that knows them.

This module is the one reader of the domain vocabulary: units (``units.tsv``), operator words
(``operator_words.tsv``), vague words (``vague_words.tsv``), number multipliers (``multipliers.tsv``)
and the indicator framework (``framework.yaml``). Segmentation, :mod:`~extractor.nlp.quantities`, the extractors and the
checker all take their words from here; ``rules.yaml`` names a list as ``lexicon:<file>/<use>``
(:func:`lexicon_list`). Each file says in its header what its columns and uses mean.

The tokenizer is a ``jieba.Tokenizer`` of its own (the global ``jieba.dt`` is left
as it is), built lazily once per process. Its prefix dictionary is copied from
the global one when that is already loaded (spaCy loads it) instead of being
read a second time; otherwise jieba's cache goes to the system temp dir.
jieba's debug logging is silenced.
"""
from __future__ import annotations

import logging
import re
import tempfile
from dataclasses import dataclass
from functools import lru_cache

from ..resources import corpora_path

USER_DICT = ("lexicons", "user_dict.txt")
UNITS_FILE = ("lexicons", "units.tsv")
VAGUE_FILE = ("lexicons", "vague_words.tsv")
OPERATORS_FILE = ("lexicons", "operator_words.tsv")
MULTIPLIERS_FILE = ("lexicons", "multipliers.tsv")
FRAMEWORK_FILE = ("lexicons", "framework.yaml")


@dataclass(frozen=True)
class UserWord:
    word: str
    freq: int | None = None
    tag: str | None = None


def _lines(*parts: str) -> list[str]:
    text = corpora_path(*parts).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


@lru_cache(maxsize=1)
def user_words() -> tuple[UserWord, ...]:
    """Entries of the user dictionary in file order."""
    out = []
    for line in _lines(*USER_DICT):
        word, *rest = line.split()
        freq = int(rest[0]) if rest and rest[0].isdigit() else None
        tag = rest[1] if len(rest) > 1 else (rest[0] if rest and not rest[0].isdigit() else None)
        out.append(UserWord(word, freq, tag))
    return tuple(out)


@dataclass(frozen=True)
class Unit:
    word: str
    kind: str                # count | time | percent | money
    uses: frozenset[str]     # parsed, facts, checker_count … (see the header of units.tsv)


@lru_cache(maxsize=1)
def unit_table() -> tuple[Unit, ...]:
    """Every unit of ``units.tsv`` in file order."""
    out = []
    for line in _lines(*UNITS_FILE):
        word, kind, uses = (line.split("\t") + ["", ""])[:3]
        out.append(Unit(word, kind, frozenset(uses.split())))
    return tuple(out)


@lru_cache(maxsize=None)
def units_for(use: str, kind: str | None = None) -> tuple[str, ...]:
    """Units with ``use`` (and of ``kind`` when given), in file order: ``units_for("parsed", "money")``."""
    return tuple(u.word for u in unit_table() if use in u.uses and (kind is None or u.kind == kind))


@lru_cache(maxsize=1)
def units() -> frozenset[str]:
    """The units read after a number (nlp.quantities) and kept one token by segmentation."""
    return frozenset(units_for("parsed"))


@lru_cache(maxsize=1)
def _vague_table() -> tuple[tuple[str, str, frozenset[str]], ...]:
    out = []
    for line in _lines(*VAGUE_FILE):
        word, kind, uses = (line.split("\t") + ["", ""])[:3]
        out.append((word, kind or "approximate", frozenset(uses.split())))
    return tuple(out)


@lru_cache(maxsize=1)
def vague_words() -> dict[str, str]:
    """Vague word -> kind (approximate | degree | verb | placeholder | idiom)."""
    return {word: kind for word, kind, _ in _vague_table()}


@lru_cache(maxsize=None)
def vague_for(use: str) -> tuple[str, ...]:
    """Vague words with ``use``, in file order: ``vague_for("change_verb")``, ``vague_for("approx_before")``."""
    return tuple(word for word, _, uses in _vague_table() if use in uses)


@dataclass(frozen=True)
class OperatorWord:
    word: str
    operator: str            # >= <= > < =
    position: str            # before | after the number
    uses: frozenset[str]     # parsed, measure, unit_tail, reach (see the header of operator_words.tsv)


@lru_cache(maxsize=1)
def operator_table() -> tuple[OperatorWord, ...]:
    """Every line of ``operator_words.tsv`` in file order."""
    out = []
    for line in _lines(*OPERATORS_FILE):
        word, op, position, uses = (line.split("\t") + [""])[:4]
        out.append(OperatorWord(word, op, position, frozenset(uses.split())))
    return tuple(out)


@lru_cache(maxsize=None)
def operators_for(use: str) -> tuple[str, ...]:
    """Operator words with ``use``, in file order: ``operators_for("measure")``."""
    return tuple(o.word for o in operator_table() if use in o.uses)


@lru_cache(maxsize=1)
def operator_words() -> dict[str, tuple[str, str]]:
    """Operator word or symbol read by number parsing -> (operator, position 'before'|'after'), in file order."""
    return {o.word: (o.operator, o.position) for o in operator_table() if "parsed" in o.uses}


def is_chinese(word: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in word)


@lru_cache(maxsize=1)
def _multiplier_table() -> tuple[tuple[str, float, frozenset[str]], ...]:
    out = []
    for line in _lines(*MULTIPLIERS_FILE):
        word, factor, uses = (line.split("\t") + ["", ""])[:3]
        out.append((word, float(factor), frozenset(uses.split())))
    return tuple(out)


@lru_cache(maxsize=1)
def multipliers() -> dict[str, float]:
    """Multiplier written after a figure -> factor: 万 -> 1e4, 百万 -> 1e6."""
    return {word: factor for word, factor, _ in _multiplier_table()}


@lru_cache(maxsize=None)
def multipliers_for(use: str) -> tuple[str, ...]:
    """Multipliers with ``use`` (count, measure), in file order."""
    return tuple(word for word, _, uses in _multiplier_table() if use in uses)


def alternation(words) -> str:
    """A regular-expression alternation of ``words``, longest first (万元 before 元, 人次 before 人)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def framework() -> dict:
    """``framework.yaml``: the 88号 and 101号 trees, the aliases documents write, the evaluation 一级."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # read at import of the data model: the C reader when built
    with corpora_path(*FRAMEWORK_FILE).open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=loader)


def indicator_taxonomy() -> dict[str, dict[str, list[str]]]:
    """Canonical 一级 -> 二级 -> typical 三级 names (the 88号 tree, then 101号's 成本指标)."""
    return {**framework()["tree_88"], **framework()["tree_101"]}


def level1_names() -> tuple[str, ...]:
    """Canonical 一级: 产出指标, 效益指标, 满意度指标, 成本指标."""
    return tuple(indicator_taxonomy())


def level2_names(tree: str) -> tuple[str, ...]:
    """Canonical 二级 of a tree ("88" or "101"), in order."""
    return tuple(l2 for level2s in framework()[f"tree_{tree}"].values() for l2 in level2s)


def level2_of(level1: str) -> tuple[str, ...]:
    """The 二级 under a canonical 一级 (产出指标 -> 数量指标, 质量指标, 时效指标, 成本指标)."""
    return tuple(indicator_taxonomy().get(level1) or ())


_LISTS = {"units": units_for, "operators": operators_for, "vague_words": vague_for, "framework": level2_of}


def lexicon_list(reference: str) -> tuple[str, ...]:
    """The words a ``rules.yaml`` reference names: ``"lexicon:units/checker_count"`` -> the units with that use,
    ``"lexicon:framework/产出指标"`` -> the 二级 under 产出指标."""
    name, _, use = reference.removeprefix("lexicon:").partition("/")
    if name not in _LISTS or not use:
        raise KeyError(reference)
    words = _LISTS[name](use)
    if not words:
        raise KeyError(reference)
    return words


def silence_jieba() -> None:
    import jieba

    jieba.setLogLevel(logging.WARNING)


def _segmentable_units() -> list[str]:
    """Multi-character CJK units (人次, 台套, 个工作日) that should stay one token."""
    return [u for u in units() if len(u) > 1 and is_chinese(u)]


def _operator_phrases() -> list[str]:
    """不少于, 不超过, 控制在 … stay one token (single characters are left to jieba)."""
    return [w for w in operator_words() if len(w) > 1 and is_chinese(w)]


@lru_cache(maxsize=1)
def get_tokenizer():
    """The process-wide private ``jieba.Tokenizer`` with our user dictionary loaded."""
    import jieba

    silence_jieba()
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = tempfile.gettempdir()
    if jieba.dt.initialized and jieba.dt.dictionary == tokenizer.dictionary:
        # share the work the global tokenizer already did; copy so add_word does not touch it
        tokenizer.FREQ = dict(jieba.dt.FREQ)
        tokenizer.total = jieba.dt.total
        tokenizer.initialized = True
    else:
        tokenizer.initialize()
    for entry in user_words():
        tokenizer.add_word(entry.word, entry.freq, entry.tag)
    for unit in _segmentable_units():
        tokenizer.add_word(unit, 500, "q")
    for word in _operator_phrases():
        tokenizer.add_word(word, 1000, "c")
    return tokenizer


def cut(text: str) -> list[str]:
    """Segment with our dictionary (no spaCy)."""
    return [w for w in get_tokenizer().cut(text, cut_all=False) if w]


_HAN = re.compile(r"[\u4e00-\u9fff]")
_FUNCTION_TAG_HEADS = ("p", "c", "u", "d", "r", "f", "m", "q", "x")


def _is_function_tag(tag: str) -> bool:
    """Flags that end a name: function words, numerals, measure words, symbols, verbs (not vn)."""
    return tag.startswith(_FUNCTION_TAG_HEADS) or (tag.startswith("v") and tag != "vn")


@lru_cache(maxsize=1)
def _word_tags() -> dict[str, str]:
    """jieba's dictionary flags (loaded by ``jieba.posseg`` from the same dict.txt) with ours on top."""
    import jieba.posseg

    silence_jieba()
    tags = dict(jieba.posseg.dt.word_tag_tab)
    for entry in user_words():
        if entry.tag:
            tags[entry.word] = entry.tag
    tags.update((unit, "q") for unit in _segmentable_units())
    tags.update((word, "c") for word in _operator_phrases())
    return tags


def word_tag(word: str) -> str:
    """Part-of-speech flag of a word as jieba.posseg names them (n, v, vn, p, c, u, d, m, q, x, eng …).

    Dictionary words get their dictionary flag; a word the segmenter found by its HMM gets
    :func:`_unknown_word_tag`; digits ``m``, Latin ``eng``, anything else ``x``.
    """
    tag = _word_tags().get(word)
    if tag is not None:
        return tag
    if _HAN.search(word):
        return _unknown_word_tag(word)
    if word.replace(".", "").replace(",", "").isdigit():
        return "m"
    if word.isascii() and word.isalnum():
        return "eng"
    return "x"


@lru_cache(maxsize=4096)
def _unknown_word_tag(word: str) -> str:
    """Flag of a word missing from the dictionaries (found by the segmenter's HMM: 局是, 物联, 组对).

    jieba.posseg's tagging HMM reads just this word (a few characters, cached): the first piece
    with a function or verb flag gives the flag (局|是 -> ``v``), else the last piece's (物联 -> ``n``).
    """
    import jieba.posseg

    pieces = [pair.flag for pair in jieba.posseg.dt.cut(word)]
    return next((t for t in pieces if _is_function_tag(t)), pieces[-1] if pieces else "n")
