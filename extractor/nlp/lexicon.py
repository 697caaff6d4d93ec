"""Our lexicons (corpora/lexicons/) and a private jieba tokenizer that knows them.

This module is the one reader of the domain vocabulary: units (``units.tsv``), operator words
(``operator_words.tsv``), vague words (``vague_words.tsv``), number multipliers (``multipliers.tsv``),
the words of total rows (``total_words.tsv``), the words that answer a target outright (``answer_words.tsv``),
the words that open a shortfall's reason (``reason_words.txt``) and the indicator framework (``framework.yaml``).
Segmentation, :mod:`~extractor.nlp.quantities`, the extractors and the checker all take their words from here;
``rules.yaml`` names a list as ``lexicon:<file>/<use>`` (:func:`lexicon_list`). Each file says in its header
what its columns and uses mean.

The tokenizer is a ``jieba.Tokenizer`` of its own, built lazily once per process with our user
dictionary, units and operator phrases added. What it costs to build (jieba's prefix dictionary,
about 500,000 entries, and the part-of-speech table jieba.posseg reads from dict.txt) is kept in
a versioned cache (:mod:`extractor.nlp.cache`, ARCHITECTURE.md "Cold start"), rebuilt when jieba or
one of our lexicon files (or this module) changes. The dictionary is packed by first character and each
tokenizer fills its own as texts reach it (:mod:`~extractor.nlp.prefix_dictionary`); the global
``jieba.dt`` is never initialised by us, and ``jieba.posseg.dt`` gets the tag table it would read from
dict.txt, from the cache. jieba's debug logging is silenced.
"""
from __future__ import annotations

import logging
import os
import re
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..resources import corpora_path
from .script import HAN, HAN_CHAR

USER_DICT = ("lexicons", "user_dict.txt")
UNITS_FILE = ("lexicons", "units.tsv")
VAGUE_FILE = ("lexicons", "vague_words.tsv")
OPERATORS_FILE = ("lexicons", "operator_words.tsv")
MULTIPLIERS_FILE = ("lexicons", "multipliers.tsv")
TOTALS_FILE = ("lexicons", "total_words.tsv")
ANSWERS_FILE = ("lexicons", "answer_words.tsv")
LINK_STOP_FILE = ("lexicons", "link_stop_words.txt")
REASON_FILE = ("lexicons", "reason_words.txt")
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


def vague_ending(text: str, *uses: str) -> str | None:
    """The vague word of ``uses`` (in their order) that closes ``text`` and is not all of it: vague_ending("生态修复功能
    提高", "change_verb") → "提高"; None when none does."""
    return next((w for use in uses for w in vague_for(use) if text.endswith(w) and len(text) > len(w)), None)


def strip_vague_ending(text: str, *uses: str) -> str:
    """``text`` without the vague words of ``uses`` that close it, one after the other: strip_vague_ending(
    "阅读需求有效", "change_adverb", "degree_adverb") → "阅读需求"; "逐年有所" → ""."""
    words = [w for use in uses for w in vague_for(use)]
    while word := next((w for w in words if text.endswith(w)), None):
        text = text[: -len(word)]
    return text


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
def operators_for(use: str, position: str | None = None) -> tuple[str, ...]:
    """Operator words with ``use`` (written ``position`` 'before'|'after' the number when given), in file order:
    ``operators_for("measure")``."""
    return tuple(o.word for o in operator_table() if use in o.uses and position in (None, o.position))


@lru_cache(maxsize=1)
def operator_words() -> dict[str, tuple[str, str]]:
    """Operator word or symbol read by number parsing -> (operator, position 'before'|'after'), in file order."""
    return {o.word: (o.operator, o.position) for o in operator_table() if "parsed" in o.uses}


_HAN_ONLY = re.compile(f"[{HAN}]*")


def is_chinese(word: str) -> bool:
    return bool(_HAN_ONLY.fullmatch(word))


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


@lru_cache(maxsize=None)
def total_words(*uses: str) -> tuple[str, ...]:
    """Words of ``total_words.tsv`` labelling a total row with any of ``uses`` (table_total, subtotal,
    score_total), in file order: ``total_words("table_total", "subtotal")``."""
    rows = [(line.split("\t") + [""])[:2] for line in _lines(*TOTALS_FILE)]
    return tuple(word for word, row_uses in rows if set(row_uses.split()) & set(uses))


@lru_cache(maxsize=None)
def answer_words(*uses: str) -> tuple[str, ...]:
    """Words of ``answer_words.tsv`` with any of ``uses`` (yes_no, done_target, binary_value), in file order:
    the words that answer a target outright (是, 全部完成, 已建成)."""
    rows = [(line.split("\t") + [""])[:2] for line in _lines(*ANSWERS_FILE)]
    return tuple(word for word, row_uses in rows if set(row_uses.split()) & set(uses))


@lru_cache(maxsize=1)
def link_stop_words() -> frozenset[str]:
    """Words of ``link_stop_words.txt``: too common in the domain to count as terms two names share."""
    return frozenset(_lines(*LINK_STOP_FILE))


@lru_cache(maxsize=1)
def reason_words() -> tuple[str, ...]:
    """Words of ``reason_words.txt``: what opens the reason a report gives for a shortfall (原因, 由于, 受到…影响)."""
    return tuple(_lines(*REASON_FILE))


def alternation(words) -> str:
    """A regular-expression alternation of ``words``, longest first (万元 before 元, 人次 before 人)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def spaced_alternation(words) -> str:
    """:func:`alternation` letting whitespace stand between the characters of each word, as table cells write
    them (合 计 for 合计)."""
    return "|".join(r"\s*".join(map(re.escape, w)) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def framework() -> dict:
    """``framework.yaml``: the 88号 and 101号 trees, the aliases documents write, the evaluation 一级."""
    import yaml

    with corpora_path(*FRAMEWORK_FILE).open(encoding="utf-8") as fh:  # read at import: the C reader when built
        return yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


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


_LISTS = {"units": units_for, "operators": operators_for, "vague_words": vague_for, "framework": level2_of,
          "answer_words": answer_words}


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


def import_jieba():
    """jieba with its debug logging silenced, imported (the first time) without pkg_resources.

    jieba._compat imports pkg_resources (0.1 s of a cold start) only to open jieba's own dict.txt, and
    opens the same file by its path when that import fails.
    """
    if "jieba" not in sys.modules and "pkg_resources" not in sys.modules:
        sys.modules["pkg_resources"] = None  # meanwhile `import pkg_resources` raises ImportError
        try:
            import jieba
        finally:
            del sys.modules["pkg_resources"]
    import jieba

    jieba.setLogLevel(logging.WARNING)
    return jieba


def silence_jieba() -> None:
    import_jieba()


def _segmentable_units() -> list[str]:
    """Multi-character CJK units (人次, 台套, 个工作日) that should stay one token."""
    return [u for u in units() if len(u) > 1 and is_chinese(u)]


def _operator_phrases() -> list[str]:
    """不少于, 不超过, 控制在 … stay one token (single characters are left to jieba)."""
    return [w for w in operator_words() if len(w) > 1 and is_chinese(w)]


TABLES_CACHE = "jieba-tables"


@lru_cache(maxsize=1)
def jieba_tables() -> dict:
    """jieba's dictionary and tag table, and what our words change in them (cached, see the module docstring).

    ``freq_blocks``/``total``: jieba's own prefix dictionary, packed by first character
    (:func:`~extractor.nlp.prefix_dictionary.pack`); ``tags_text``/``tags_index``: its part-of-speech table
    as a :class:`TagTable`;
    ``our_freq``/``our_total``/``our_user_tags``: the entries our words add or change;
    ``our_tags``: our flags over jieba's (:func:`_dictionary_tag`); ``force_split``: words added with frequency 0.
    """
    from .cache import load_or_build

    return load_or_build(TABLES_CACHE, _table_sources(), _build_jieba_tables, valid=_tables_look_right)


def _table_sources() -> list:
    jieba = import_jieba()

    dictionary = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    stat = os.stat(dictionary)
    return ["jieba", jieba.__version__, dictionary, stat.st_size, stat.st_mtime_ns,
            Path(__file__), Path(__file__).with_name("prefix_dictionary.py"),  # their code shapes the tables
            *(corpora_path(*parts) for parts in (USER_DICT, UNITS_FILE, OPERATORS_FILE))]


def _tables_look_right(tables) -> bool:
    return (isinstance(tables, dict) and isinstance(tables.get("freq_blocks"), dict)
            and isinstance(tables.get("tags_text"), str) and isinstance(tables.get("tags_index"), dict)
            and all(isinstance(tables.get(k), int) for k in ("total", "our_total")))


def _build_jieba_tables() -> dict:
    """The tables as jieba builds them: its initialize(), posseg's table, then our words added one by one."""
    import_jieba()
    import jieba
    import jieba.posseg

    from .prefix_dictionary import pack

    base = jieba.Tokenizer()  # not jieba.dt: the global tokenizer is left alone
    base.initialize()
    base_freq = dict(base.FREQ)
    tags_text, tags_index = TagTable.pack(jieba.posseg.dt.word_tag_tab)
    tokenizer = jieba.Tokenizer()
    tokenizer.FREQ, tokenizer.total, tokenizer.initialized = dict(base_freq), base.total, True
    force_split = []
    for word, freq, tag in _our_words():
        tokenizer.add_word(word, freq, tag)
        if freq == 0:
            force_split.append(word)
    our_tags = {e.word: e.tag for e in user_words() if e.tag}
    our_tags.update((unit, "q") for unit in _segmentable_units())
    our_tags.update((word, "c") for word in _operator_phrases())
    return {
        "freq_blocks": pack(base_freq), "total": base.total, "tags_text": tags_text, "tags_index": tags_index,
        "our_freq": {w: f for w, f in tokenizer.FREQ.items() if base_freq.get(w) != f},
        "our_total": tokenizer.total, "our_user_tags": dict(tokenizer.user_word_tag_tab),
        "our_tags": our_tags, "force_split": force_split,
    }


def _our_words():
    """``(word, freq, tag)`` added to the tokenizer, in order: the user dictionary, units, operator phrases."""
    for entry in user_words():
        yield entry.word, entry.freq, entry.tag
    for unit in _segmentable_units():
        yield unit, 500, "q"
    for word in _operator_phrases():
        yield word, 1000, "c"


@lru_cache(maxsize=1)
def get_tokenizer():
    """The process-wide private ``jieba.Tokenizer`` with our user dictionary loaded.

    Its dictionary is filled as texts reach it (:class:`~extractor.nlp.prefix_dictionary.LazyTokenizer`);
    the global ``jieba.dt`` is left alone.
    """
    import_jieba()
    from jieba import finalseg

    from .prefix_dictionary import LazyTokenizer

    tables = jieba_tables()
    tokenizer = LazyTokenizer(tables["freq_blocks"], tables["our_total"], overrides=tables["our_freq"])
    tokenizer.tmp_dir = tempfile.gettempdir()
    tokenizer.user_word_tag_tab = dict(tables["our_user_tags"])
    for word in tables["force_split"]:
        finalseg.add_force_split(word)
    return tokenizer


def load_whole_dictionary() -> None:
    """Fill the tokenizer's whole prefix dictionary and make the unknown-word tagger now, not as texts need
    them: for a process that forks a child per document (the batch's workers), so no child redoes it."""
    get_tokenizer().reach_all()
    _pos_tagger()


def cut(text: str) -> list[str]:
    """Segment with our dictionary (no spaCy)."""
    return [w for w in get_tokenizer().cut(text, cut_all=False) if w]


_FUNCTION_TAG_HEADS = ("p", "c", "u", "d", "r", "f", "m", "q", "x")


def _is_function_tag(tag: str) -> bool:
    """Flags that end a name: function words, numerals, measure words, symbols, verbs (not vn)."""
    return tag.startswith(_FUNCTION_TAG_HEADS) or (tag.startswith("v") and tag != "vn")


class TagTable:
    """jieba's part-of-speech table (350,000 words) as one sorted text with an index by first character.

    A dict of it costs a fresh process about 0.4 s to build from the cache and 25 MB; a tagger asks for a
    few thousand words. Each word is found with ``str.find`` in the slice of its first character. Offers
    what ``jieba.posseg`` asks of its ``word_tag_tab``: ``get`` and ``update`` (kept in a small dict on top).
    Words hold no tab or newline (dict.txt separates its fields with spaces).
    """

    def __init__(self, text: str, index: dict[str, list[int]]):
        self.text, self.index, self.extra = text, index, {}

    @staticmethod
    def pack(tags: dict[str, str]) -> tuple[str, dict[str, list[int]]]:
        """``("\\nword\\tflag" for each word in order, + "\\n", {first character: [start, end]})``."""
        parts, index, at = [], {}, 0
        for word in sorted(tags):
            entry = f"\n{word}\t{tags[word]}"
            span = index.setdefault(word[:1], [at, at])
            at += len(entry)
            span[1] = at
            parts.append(entry)
        return "".join(parts) + "\n", index

    def get(self, word: str, default=None):
        if word in self.extra:
            return self.extra[word]
        span = self.index.get(word[:1])
        if span is None or not word:
            return default
        found = self.text.find(f"\n{word}\t", span[0], span[1])
        if found < 0:
            return default
        start = found + len(word) + 2
        return self.text[start:self.text.index("\n", start)]

    def update(self, other) -> None:
        self.extra.update(other)


@lru_cache(maxsize=1)
def _tag_table() -> TagTable:
    tables = jieba_tables()
    return TagTable(tables["tags_text"], tables["tags_index"])


def _dictionary_tag(word: str) -> str | None:
    """The flag of a dictionary word: ours (user dictionary, units, operator phrases) over jieba's."""
    return jieba_tables()["our_tags"].get(word) or _tag_table().get(word)


@lru_cache(maxsize=1)
def _pos_tagger():
    """A tagger like ``jieba.posseg.dt`` (jieba's dictionary and tag table, no words of ours), from the cache.

    Importing jieba.posseg makes its module tagger read dict.txt for that table; it is imported here while
    the global tokenizer names an empty dictionary file, then given the cached table (the same content).
    Ours is a second ``POSTokenizer`` over a :class:`~extractor.nlp.prefix_dictionary.LazyTokenizer` of
    jieba's dictionary, so neither jieba.posseg nor we load the whole of it; ``POSTokenizer.__init__`` is
    skipped because it too would read dict.txt.
    """
    import_jieba()
    from .prefix_dictionary import LazyTokenizer

    if "jieba.posseg" not in sys.modules:
        with _empty_dictionary_file():
            import jieba.posseg
        jieba.posseg.dt.word_tag_tab = _tag_table()
    from jieba.posseg import POSTokenizer

    tables = jieba_tables()
    tagger = POSTokenizer.__new__(POSTokenizer)
    tagger.tokenizer = LazyTokenizer(tables["freq_blocks"], tables["total"])
    tagger.word_tag_tab = _tag_table()
    return tagger


@contextmanager
def _empty_dictionary_file():
    jieba = import_jieba()

    saved = jieba.dt.dictionary
    with tempfile.TemporaryDirectory() as folder:
        empty = os.path.join(folder, "empty-dict.txt")
        open(empty, "wb").close()
        jieba.dt.dictionary = empty
        try:
            yield
        finally:
            jieba.dt.dictionary = saved


def word_tag(word: str) -> str:
    """Part-of-speech flag of a word as jieba.posseg names them (n, v, vn, p, c, u, d, m, q, x, eng …).

    Dictionary words get their dictionary flag; a word the segmenter found by its HMM gets
    :func:`_unknown_word_tag`; digits ``m``, Latin ``eng``, anything else ``x``.
    """
    tag = _dictionary_tag(word)
    if tag is not None:
        return tag
    if HAN_CHAR.search(word):
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
    pieces = [pair.flag for pair in _pos_tagger().cut(word)]
    return next((t for t in pieces if _is_function_tag(t)), pieces[-1] if pieces else "n")
