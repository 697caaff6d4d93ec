"""The spaCy pipeline: blank Chinese with the jieba segmenter, our dictionary and our components.

``get_nlp()`` builds it once per process (nothing happens at import). Components:

- ``jixiao_tags``: ``Token.tag_``, the part-of-speech flag of the word in jieba's dictionary or ours
  (:func:`~extractor.nlp.lexicon.word_tag`); a lookup, not a second segmentation (jieba.posseg would be
  about 4x slower than the segmenter itself).
- ``jixiao_quantities``: ``Doc._.quantities`` (spans of every quantity, in order; two quantities inside
  one token give two overlapping spans) and ``Span._.quantity`` (the
  :class:`~extractor.nlp.quantities.Quantity` of such a span, offsets into ``doc.text``).
- ``jixiao_vague``: ``Doc._.vague`` (whether the text carries an approximate marker).

The extractors run every text unit of a document through :func:`get_nlp` once
(:func:`extractor.extractors.analysis.analyse`) and read these fields.
"""
from __future__ import annotations

from functools import lru_cache

from .lexicon import get_tokenizer, silence_jieba, word_tag
from .quantities import Quantity, find_quantities, is_vague

TAGS = "jixiao_tags"
QUANTITIES = "jixiao_quantities"
VAGUE = "jixiao_vague"
# spaCy refuses texts over 1,000,000 chars (a guard for its parser and NER, which we do not run); one
# text unit (a paragraph that never ends, a flattened sheet row) may be longer; files are size-limited.
MAX_UNIT_CHARS = 20_000_000
_CONFIG = {"nlp": {"tokenizer": {"segmenter": "jieba"}}}


def doc_text(doc) -> str:
    """``doc.text``, joined once per Doc (spaCy rebuilds the string from the tokens on every access)."""
    text = doc.user_data.get("jixiao_text")
    if text is None:
        text = doc.user_data["jixiao_text"] = doc.text
    return text


class WordTagger:
    """Sets ``Token.tag_`` to the dictionary part-of-speech flag of each word."""

    def __call__(self, doc):
        for token in doc:
            token.tag_ = word_tag(token.text)
        return doc


class QuantityTagger:
    """Marks every quantity of the text as a span carrying its parsed :class:`Quantity`."""

    def __call__(self, doc):
        spans = []
        for q in find_quantities(doc_text(doc)):
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            if span is None:
                continue
            span._.quantity = q
            spans.append(span)
        doc._.quantities = spans
        return doc


class VagueMarker:
    def __call__(self, doc):
        doc._.vague = is_vague(doc_text(doc))
        return doc


def _register() -> None:
    """Extensions and factories, registered once per process."""
    from spacy.language import Language
    from spacy.tokens import Doc, Span

    if not Doc.has_extension("quantities"):
        Doc.set_extension("quantities", default=None)
    if not Doc.has_extension("vague"):
        Doc.set_extension("vague", default=False)
    if not Span.has_extension("quantity"):
        Span.set_extension("quantity", default=None)
    if not Language.has_factory(TAGS):
        Language.factory(TAGS, func=lambda nlp, name: WordTagger())
    if not Language.has_factory(QUANTITIES):
        Language.factory(QUANTITIES, func=lambda nlp, name: QuantityTagger())
    if not Language.has_factory(VAGUE):
        Language.factory(VAGUE, func=lambda nlp, name: VagueMarker())


@lru_cache(maxsize=1)
def get_nlp():
    """The process-wide pipeline (spaCy blank ``zh``, segmenter jieba with our user dictionary)."""
    import spacy

    silence_jieba()
    _register()
    nlp = spacy.blank("zh", config=_CONFIG)
    nlp.tokenizer.jieba_seg = get_tokenizer()
    nlp.max_length = MAX_UNIT_CHARS
    nlp.add_pipe(TAGS)
    nlp.add_pipe(QUANTITIES)
    nlp.add_pipe(VAGUE)
    return nlp


def quantities(doc) -> list[Quantity]:
    """The parsed quantities of a pipeline Doc, in text order."""
    return [span._.quantity for span in doc._.quantities or ()]


def tokens(text: str) -> list[str]:
    """Token texts of ``text`` through the pipeline's tokenizer (no components run)."""
    return [t.text for t in get_nlp().tokenizer(text)]
