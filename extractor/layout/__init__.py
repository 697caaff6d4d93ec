"""Layout helpers shared by the parsers.

- :mod:`.headings`: numbering styles (一、（一）1.（1）① 第X章/节/条 附件N) → number, style, level;
  ``match_number(text)``, ``classify(text)``, ``heading_level(text)``, ``document_levels(styles)``.
- :mod:`.reflow`: CJK-aware line joining, running header/footer and page-number detection.
- :mod:`.clauses`: numbering → clause tree (built by :func:`extractor.parse`).
"""
