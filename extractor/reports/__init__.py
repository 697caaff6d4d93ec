"""Batch outputs for people and programs: combined tables (:mod:`.tables`), the coverage report's
content (:mod:`.coverage`) and its Excel (:mod:`.excel`) and self-contained HTML (:mod:`.html`) forms."""
