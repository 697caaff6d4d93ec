"""Find runtime data (corpora/, models/) from a source checkout and from an installed wheel.

In a checkout the folders sit beside the package; in a wheel they are installed
as package data under ``extractor/_corpora`` and ``extractor/_models``.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def _root(name: str) -> Path:
    for candidate in (_PACKAGE / f"_{name}", _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"jixiao data folder {name!r} not found (looked beside the package)")


def corpora_path(*parts: str) -> Path:
    return _root("corpora").joinpath(*parts)


def models_path(*parts: str) -> Path:
    return _root("models").joinpath(*parts)
