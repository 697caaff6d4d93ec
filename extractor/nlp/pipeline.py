"""The spaCy pipeline: blank Chinese with the jieba segmenter, our dictionary and our components.

``get_nlp()`` builds it once per process (nothing happens at import). Its tokenizer, registered as
``jixiao.zh_jieba``, is spaCy's Chinese tokenizer with segmenter jieba cutting with our private tokenizer
(:func:`~extractor.nlp.lexicon.get_tokenizer`). One component runs on every text:

- ``jixiao_tags``: ``Token.tag_``, the part-of-speech flag of the word in jieba's dictionary or ours
  (:func:`~extractor.nlp.lexicon.word_tag`); a lookup, not a second segmentation (jieba.posseg would be
  about 4x slower than the segmenter itself).

Two extensions are computed on first read and kept on the Doc (most texts of a document are never
asked for them, and scanning every text for quantities cost as much as a third of the pass):

- ``Doc._.quantities``: spans of every quantity, in order (two quantities inside one token give two
  overlapping spans); ``Span._.quantity`` is the :class:`~extractor.nlp.quantities.Quantity` of such a
  span, offsets into ``doc.text``.
- ``Doc._.vague``: whether the text carries an approximate marker.

The extractors run every text unit of a document through :func:`get_nlp` once
(:func:`extractor.extractors.analysis.analyse`) and read these fields.
"""
from __future__ import annotations

from functools import lru_cache

from .lexicon import get_tokenizer, word_tag
from .quantities import Quantity, find_quantities, is_vague

TAGS = "jixiao_tags"
# spaCy refuses texts over 1,000,000 chars (a guard for its parser and NER, which we do not run); one
# text unit (a paragraph that never ends, a flattened sheet row) may be longer; files are size-limited.
MAX_UNIT_CHARS = 20_000_000
TOKENIZER = "jixiao.zh_jieba"
_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}}
_TEXT_KEY = "jixiao_text"
_QUANTITIES_KEY = "jixiao_quantities"
_VAGUE_KEY = "jixiao_vague"


def doc_text(doc) -> str:
    """``doc.text``, joined once per Doc (spaCy rebuilds the string from the tokens on every access)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


class WordTagger:
    """Sets ``Token.tag_`` to the dictionary part-of-speech flag of each word.

    The flag of a word never changes, so it is kept by the word's id (``ORTH``) and written for the
    whole Doc at once (``Doc.from_array``) without making a Token object per word.
    """

    MAX_KNOWN_WORDS = 500_000  # forget the kept flags beyond this (a huge text of unseen words)

    def __init__(self) -> None:
        import numpy
        from spacy.attrs import ORTH, TAG

        self._numpy, self._orth, self._tag = numpy, ORTH, TAG
        self._tag_ids: dict[int, int] = {}  # ORTH id of a word -> id of its flag in the StringStore

    def __call__(self, doc):
        strings = doc.vocab.strings
        known = self._tag_ids
        if len(known) > self.MAX_KNOWN_WORDS:
            known.clear()
        tags = []
        for orth in doc.to_array(self._orth).tolist():
            tag = known.get(orth)
            if tag is None:
                tag = known[orth] = strings.add(word_tag(strings[orth]))
            tags.append(tag)
        doc.from_array([self._tag], self._numpy.array(tags, dtype=self._numpy.uint64).reshape(-1, 1))
        return doc


def _quantity_spans(doc) -> list:
    """``Doc._.quantities``: every quantity of the text as a span carrying its parsed :class:`Quantity`.

    Computed on the first read and kept in ``doc.user_data``.
    """
    spans = doc.user_data.get(_QUANTITIES_KEY)
    if spans is None:
        spans = []
        for q in find_quantities(doc_text(doc)):
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            if span is None:
                continue
            span._.quantity = q
            spans.append(span)
        doc.user_data[_QUANTITIES_KEY] = spans
    return spans


def _vague(doc) -> bool:
    """``Doc._.vague``: whether the text carries an approximate marker (computed on the first read)."""
    vague = doc.user_data.get(_VAGUE_KEY)
    if vague is None:
        vague = doc.user_data[_VAGUE_KEY] = is_vague(doc_text(doc))
    return vague


def _jieba_tokenizer(nlp):
    """spaCy's Chinese tokenizer with segmenter jieba, cutting with our tokenizer (:func:`get_tokenizer`).

    Made as segmenter "char", then switched: spaCy's own set-up of segmenter jieba cuts a word with the
    global ``jieba.dt`` first, which would load jieba's whole dictionary for a tokenizer we never use.
    """
    from spacy.lang.zh import ChineseTokenizer, Segmenter

    tokenizer = ChineseTokenizer(nlp.vocab, segmenter=Segmenter.char)
    tokenizer.segmenter, tokenizer.jieba_seg = Segmenter.jieba.value, get_tokenizer()
    return tokenizer


def _register() -> None:
    """Extensions, the tokenizer and the factory, registered once per process."""
    from spacy.language import Language
    from spacy.tokens import Doc, Span
    from spacy.util import registry

    Doc.set_extension("quantities", getter=_quantity_spans, force=True)
    Doc.set_extension("vague", getter=_vague, force=True)
    if not Span.has_extension("quantity"):
        Span.set_extension("quantity", default=None)
    if TOKENIZER not in registry.tokenizers:
        registry.tokenizers.register(TOKENIZER, func=lambda: _jieba_tokenizer)
    if not Language.has_factory(TAGS):
        Language.factory(TAGS, func=lambda nlp, name: WordTagger())


@lru_cache(maxsize=1)
def get_nlp():
    """The process-wide pipeline (spaCy blank ``zh``, segmenter jieba with our user dictionary)."""
    import spacy

    _register()
    nlp = spacy.blank("zh", config=_CONFIG)
    nlp.max_length = MAX_UNIT_CHARS
    nlp.add_pipe(TAGS)
    return nlp


def quantities(doc) -> list[Quantity]:
    """The parsed quantities of a pipeline Doc, in text order."""
    return [span._.quantity for span in doc._.quantities or ()]


def tokens(text: str) -> list[str]:
    """Token texts of ``text`` through the pipeline's tokenizer (no components run)."""
    return [t.text for t in get_nlp().tokenizer(text)]
