"""NLP stage: quantities, lexicon (jieba user dictionary), spaCy pipeline, framework names.

Nothing heavy is imported here; jieba and spaCy load lazily on first use.
"""
