"""A versioned on-disk cache for tables that are slow to build and depend only on versioned inputs.

``load_or_build(name, sources, build)`` returns ``build()``'s value, kept in the user's cache folder
(``$XDG_CACHE_HOME/jixiao`` or ``~/.cache/jixiao``; ``JIXIAO_CACHE_DIR`` overrides it, ``JIXIAO_CACHE_DIR=off``
switches the cache off). The file name carries a fingerprint of :data:`CACHE_VERSION`, the Python version and
every source (files by content, other values by ``repr``), so editing a lexicon or upgrading jieba makes a new
entry and the old one is removed. A folder that cannot be written, a damaged or foreign file: the value is
built in memory as if there were no cache (never an error). Values are plain data (dicts, lists, str, bytes,
int) stored with :mod:`marshal` (read in one piece: far faster to load than JSON), written to a
temporary file (mode 0600) and renamed; a file owned by someone else or writable by others is not read.
Documents never reach this module: it stores only tables built from jieba and our lexicons.

Used for the jieba dictionary and tag tables (ARCHITECTURE.md, "Cold start").
"""
from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

CACHE_VERSION = 1
ENV_DIR = "JIXIAO_CACHE_DIR"


def cache_dir() -> Path | None:
    """The folder of jixiao's cache, or None when switched off."""
    chosen = os.environ.get(ENV_DIR)
    if chosen:
        return None if chosen.lower() == "off" else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "jixiao"


def fingerprint(sources: Iterable) -> str:
    """Hash of the cache version, the Python version and each source (a Path by its bytes)."""
    digest = hashlib.sha256(f"jixiao-cache {CACHE_VERSION} {sys.version_info[:2]} {marshal.version}".encode())
    for source in sources:
        digest.update(b"\0")
        digest.update(source.read_bytes() if isinstance(source, Path) else repr(source).encode())
    return digest.hexdigest()[:20]


def load_or_build(name: str, sources: Iterable, build: Callable[[], object],
                  valid: Callable[[object], bool] = lambda value: True):
    """The cached value of ``name`` for these ``sources``; built (and stored when possible) on a miss.

    ``valid`` checks a loaded value's shape; a value that fails it is rebuilt.
    """
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{fingerprint(sources)}.marshal"
    value = _read(path)
    if value is not None and valid(value):
        return value
    value = build()
    _write(path, value)
    return value


def _read(path: Path):
    """The stored value, or None. Only a file of this user that nobody else may write is read: marshal data
    (like pickle) must come from a trusted writer, and the entries are written by jixiao alone."""
    try:
        with open(path, "rb") as fh:
            info = os.fstat(fh.fileno())
            if info.st_uid != os.getuid() or info.st_mode & 0o022:
                return None
            return marshal.loads(fh.read())  # marshal.load(fh) reads object by object: 2x slower
    except (OSError, EOFError, ValueError, TypeError):  # absent, unreadable, truncated or foreign
        return None


def _write(path: Path, value) -> None:
    """Store ``value`` atomically and remove older entries of the same name; silent when not writable."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                marshal.dump(value, fh)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        name = path.name.rsplit("-", 1)[0]
        for old in path.parent.glob(f"{name}-*.marshal"):
            if old != path:
                old.unlink(missing_ok=True)
    except (OSError, ValueError):  # read-only home, full disk, a value marshal cannot store
        pass
