"""jieba's prefix dictionary, filled one first character at a time as the texts reach it.

A ``jieba.Tokenizer`` keeps every word of its dictionary and every prefix of a word (about 500,000 entries)
in one dict, ``FREQ``, which jieba builds whole before the first cut: a third of a second of every cold
start, even read from the cache. Every entry jieba looks up while cutting a sentence (``get_DAG``, ``calc``,
the check of runs left to the HMM) is a piece of that sentence, so the entries it can reach are those whose
first character occurs in it. :func:`pack` splits the dictionary into one marshalled block per first
character; :class:`LazyTokenizer` adds the blocks of a sentence's characters to ``FREQ`` before jieba's own
``get_DAG`` reads it (a 30-page report reaches about 40 % of the entries). Segmentation is jieba's own, over
the same entries; only when they are put in the dict changes.
"""
from __future__ import annotations

import marshal

import jieba


def pack(freq: dict[str, int]) -> dict[str, bytes]:
    """``{first character: marshal.dumps({word: frequency})}`` of a jieba ``FREQ`` dict."""
    blocks: dict[str, dict[str, int]] = {}
    for word, count in freq.items():
        blocks.setdefault(word[:1], {})[word] = count
    return {first: marshal.dumps(block) for first, block in blocks.items()}


class LazyTokenizer(jieba.Tokenizer):
    """A ``jieba.Tokenizer`` over packed blocks (shared, never changed) and ``overrides``: entries that
    replace or add to the blocks' (our words, added by jieba's ``add_word`` when the tables were built)."""

    def __init__(self, blocks: dict[str, bytes], total: int, overrides: dict[str, int] | None = None):
        super().__init__()
        self.FREQ, self.total, self.initialized = {}, total, True
        self._blocks = blocks
        self._overrides: dict[str, dict[str, int]] = {}
        for word, count in (overrides or {}).items():
            self._overrides.setdefault(word[:1], {})[word] = count
        self._reached: set[str] = set()

    def reach(self, text: str) -> None:
        """Put in ``FREQ`` every entry starting with a character of ``text``."""
        new = set(text).difference(self._reached)
        for first in new:
            block = self._blocks.get(first)
            if block is not None:
                self.FREQ.update(marshal.loads(block))
            self.FREQ.update(self._overrides.get(first, ()))
        self._reached.update(new)

    def get_DAG(self, sentence):  # noqa: N802 (jieba's name)
        self.reach(sentence)
        return super().get_DAG(sentence)

    def add_word(self, word, freq=None, tag=None):
        self.reach(word)  # the entries of word's prefixes must be there before jieba adds to them
        super().add_word(word, freq, tag)

