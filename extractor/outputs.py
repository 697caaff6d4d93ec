"""Safe output files: atomic writes and output names that cannot escape their folder.

Every file a batch writes goes through :func:`atomic_write`: the bytes are written to a
temporary file in the same folder, flushed to disk, then moved over the target with
:func:`os.replace`, so a reader (or a run killed with ``kill -9``) sees the old file or the
new one, never half of one. Names derived from input paths go through
:func:`safe_relative_path`, so ``../../etc/passwd`` or ``C:\\x`` stays inside the output folder.
"""
from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from .errors import UnsafeContent

TEMP_PREFIX = ".jixiao-tmp-"
MAX_COMPONENT_BYTES = 180  # leaves room for suffixes within the usual 255-byte name limit

_UNSAFE_CHARS = re.compile(r'[\x00-\x1f\x7f<>:"|?*\\]')


def atomic_write(path: str | Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(temp_path)`` then move the temporary file onto ``path`` in one step."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".part", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~current_umask())  # as readable as any file the user writes (mkstemp makes 0600)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def current_umask() -> int:
    """The process umask (read by setting it and putting it back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def atomic_write_bytes(path: str | Path, data: bytes) -> Path:
    return atomic_write(path, lambda tmp: tmp.write_bytes(data))


def atomic_write_text(path: str | Path, text: str, encoding: str = "utf-8") -> Path:
    return atomic_write_bytes(path, text.encode(encoding))


def write_if_changed(path: str | Path, data: bytes) -> bool:
    """Atomically write ``data`` unless the file already holds exactly these bytes; True when written."""
    path = Path(path)
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    atomic_write_bytes(path, data)
    return True


def remove_temp_files(folder: str | Path) -> int:
    """Delete temporary files left by an interrupted run below ``folder``; returns how many."""
    folder = Path(folder)
    if not folder.is_dir():
        return 0
    count = 0
    for tmp in folder.rglob(f"{TEMP_PREFIX}*"):
        if tmp.is_file():
            tmp.unlink(missing_ok=True)
            count += 1
    for tmp in folder.glob("*.sqlite.tmp"):  # the graph store's own temporary file
        tmp.unlink(missing_ok=True)
        count += 1
    return count


def safe_component(name: str) -> str:
    """One path component with unsafe characters replaced, never empty, ``.`` or ``..``, and not too long."""
    name = _UNSAFE_CHARS.sub("_", name).strip()
    if name in ("", ".", ".."):
        name = "_"
    if name.startswith(TEMP_PREFIX):
        name = "_" + name
    encoded = name.encode("utf-8")
    if len(encoded) > MAX_COMPONENT_BYTES:
        digest = hashlib.sha256(encoded).hexdigest()[:10]
        head = encoded[: MAX_COMPONENT_BYTES - 11].decode("utf-8", errors="ignore")
        name = f"{head}~{digest}"
    return name


def safe_relative_path(relative: str | Path) -> PurePosixPath:
    """A relative path made only of safe components (absolute parts, drives and ``..`` removed)."""
    text = str(relative).replace("\\", "/")
    parts = [p for p in text.split("/") if p not in ("", ".")]
    if parts and re.fullmatch(r"[A-Za-z]:", parts[0]):
        parts = parts[1:]
    parts = [safe_component(p) for p in parts]
    return PurePosixPath(*parts) if parts else PurePosixPath("_")


def contained_path(root: str | Path, relative: str | Path, suffix: str = "") -> Path:
    """``root / safe(relative) + suffix``, checked to lie inside ``root``."""
    root = Path(root).resolve()
    safe = safe_relative_path(relative)
    target = (root / safe).with_name(safe.name + suffix)
    resolved = target.resolve()
    if root != resolved and root not in resolved.parents:
        raise UnsafeContent(f"output path {target} escapes {root}")  # only reachable through symlinks in OUT
    return target
