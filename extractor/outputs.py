"""Safe output files: atomic writes and output names that cannot escape their folder.

Every file a batch writes goes through :func:`atomic_write`: the bytes are written to a
temporary file in the same folder, flushed to disk, then moved over the target with
:func:`os.replace`, so a reader (or a run killed with ``kill -9``) sees the old file or the
new one, never half of one. Names derived from input paths go through
:func:`safe_relative_path`, so ``../../etc/passwd`` or ``C:\\x`` stays inside the output folder.
"""
from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath

from .errors import DiskFull, OutputError, OutputLocked, OutputNotWritable, UnsafeContent

TEMP_PREFIX = ".jixiao-tmp-"
LOCK_NAME = ".jixiao-batch.lock"
_NO_SPACE = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)  # EFBIG: the file system's (or the process's) size limit
_NOT_WRITABLE = (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOTDIR, errno.EEXIST, errno.EISDIR)
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


def output_error(exc: OSError, what: str | Path) -> OutputError:
    """The coded error for an operating-system error while writing ``what``."""
    detail = exc.strerror or type(exc).__name__
    if exc.errno in _NO_SPACE:
        return DiskFull(f"no space left while writing {what} ({detail})")
    if exc.errno in _NOT_WRITABLE:
        return OutputNotWritable(f"cannot write {what} ({detail})")
    return OutputError(f"could not write {what} ({detail})")


@contextlib.contextmanager
def coded_output_errors(what: str | Path) -> Iterator[None]:
    """Turn an :class:`OSError` raised inside the block into its coded :class:`OutputError`."""
    try:
        yield
    except OSError as exc:
        raise output_error(exc, what) from None


@contextlib.contextmanager
def output_lock(out: str | Path) -> Iterator[Path]:
    """Hold ``OUT/.jixiao-batch.lock`` so two batches never write one folder at once.

    ``flock`` is released by the kernel when its holder dies, so the lock file of a killed batch is
    simply taken over; the holder's pid is written into the file for the message of the one refused.
    """
    import fcntl

    out = Path(out)
    with coded_output_errors(out):
        out.mkdir(parents=True, exist_ok=True)
        path = out / LOCK_NAME
        while True:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip() or "?"
                os.close(fd)
                raise OutputLocked(f"another batch (pid {holder}) is writing {out}") from None
            if _same_file(fd, path):
                break
            os.close(fd)  # the file was removed by the holder that just finished: lock the new one
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
    try:
        yield path
    finally:
        with contextlib.suppress(OSError):
            path.unlink()
        os.close(fd)


def _same_file(fd: int, path: Path) -> bool:
    try:
        here, there = os.fstat(fd), os.stat(path, follow_symlinks=False)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


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
