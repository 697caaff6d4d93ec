"""jieba's prefix dictionary, filled as the texts reach it.

A ``jieba.Tokenizer`` keeps every word of its dictionary and every prefix of a word (about 500,000 entries)
in one dict, ``FREQ``, which jieba builds whole before the first cut: a third of a second of every cold
start, even read from the cache. Every entry jieba looks up while cutting a sentence (``get_DAG``, ``calc``,
the check of runs left to the HMM, ``cut_for_search``'s pieces) is a piece of that sentence, so the entries
it can reach are the single characters of the sentence and the longer entries whose first two characters
are two neighbouring characters of it.

:func:`pack` splits the dictionary by first character, and each first character's entries by their second;
:class:`LazyTokenizer` adds the entries a sentence can reach to ``FREQ`` before jieba's own ``get_DAG``
reads it (a 30-page report reaches about 2 % of the entries). Segmentation is jieba's own, over the same
entries; only when they are put in the dict changes.
"""
from __future__ import annotations

import marshal

import jieba

_SINGLE = ""  # key of the first character's own entry in its block


def pack(freq: dict[str, int]) -> dict[str, bytes]:
    """``{first character: block}`` of a jieba ``FREQ`` dict, a block being the marshalled
    ``{"": the character's own frequency, second character: marshal.dumps({entry: frequency})}``."""
    pieces: dict[str, dict[str, dict[str, int]]] = {}
    for word, count in freq.items():
        pieces.setdefault(word[:1], {}).setdefault(word[1:2], {})[word] = count
    blocks = {}
    for first, by_second in pieces.items():
        block: dict[str, int | bytes] = {second: marshal.dumps(entries) for second, entries in by_second.items()
                                         if second}
        if first in by_second.get(_SINGLE, {}):
            block[_SINGLE] = by_second[_SINGLE][first]
        blocks[first] = marshal.dumps(block)
    return blocks


def _pairs(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


class LazyTokenizer(jieba.Tokenizer):
    """A ``jieba.Tokenizer`` over packed blocks (shared, never changed) and ``overrides``: entries that
    replace or add to the blocks' (our words, added by jieba's ``add_word`` when the tables were built)."""

    def __init__(self, blocks: dict[str, bytes], total: int, overrides: dict[str, int] | None = None):
        super().__init__()
        self.FREQ, self.total, self.initialized = {}, total, True
        self._blocks = blocks
        self._overrides: dict[str, dict[str, int]] = {}  # by the entry's first two characters (or one)
        for word, count in (overrides or {}).items():
            self._overrides.setdefault(word[:2], {})[word] = count
        self._opened: dict[str, dict] = {}  # first character -> its unpacked block
        self._pairs_reached: set[str] = set()
        self._whole = False  # every entry is in FREQ

    def reach(self, text: str) -> None:
        """Put in ``FREQ`` every entry a cut of ``text`` can look up: its characters and the entries
        starting with two neighbouring characters of it. Under jieba's lock: a thread never sees a character or
        pair marked reached before its entries are in."""
        if self._whole:
            return
        with self.lock:
            self._open(set(text))
            self._add_pairs(_pairs(text))

    def reach_all(self) -> None:
        """Put every entry in ``FREQ``: for a process that forks a child per document (the batch's workers),
        so that the children do not each load the same entries again."""
        with self.lock:
            for first, packed in self._blocks.items():
                for second, entries in marshal.loads(packed).items():
                    if second:
                        self.FREQ.update(marshal.loads(entries))
                    else:
                        self.FREQ[first] = entries
            for entries in self._overrides.values():  # after every entry of the blocks: ours win
                self.FREQ.update(entries)
            self._whole = True

    def _open(self, characters: set[str]) -> None:
        """Unpack the blocks of ``characters`` and put in each character's own entry."""
        for first in characters.difference(self._opened):
            block = self._opened[first] = marshal.loads(self._blocks[first]) if first in self._blocks else {}
            if _SINGLE in block:
                self.FREQ[first] = block[_SINGLE]
            self.FREQ.update(self._overrides.get(first, ()))

    def _add_pairs(self, pairs: set[str]) -> None:
        """Put in the entries starting with each pair of characters (whose first characters are open)."""
        pairs = pairs.difference(self._pairs_reached)
        for pair in pairs:
            entries = self._opened[pair[0]].get(pair[1])
            if entries is not None:
                self.FREQ.update(marshal.loads(entries))
            self.FREQ.update(self._overrides.get(pair, ()))
        self._pairs_reached.update(pairs)

    def get_DAG(self, sentence):  # noqa: N802 (jieba's name)
        self.reach(sentence)
        return super().get_DAG(sentence)

    def add_word(self, word, freq=None, tag=None):
        self.reach(word)  # the entries of word's prefixes must be there before jieba adds to them
        super().add_word(word, freq, tag)
