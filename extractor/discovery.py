"""The one folder walker: which files below a folder are read, and why every other path is not.

``find_files(root)`` is used by ``jixiao check``, ``jixiao graph build`` and the batch. Its rules
(ARCHITECTURE.md, "Discovery"):

- symbolic links are not followed (``skipped: symlink``) unless ``follow_symlinks``; when followed, a link
  whose target lies outside ``root`` is refused (``outside_input``), and a dangling link or one back to a
  folder already walked is ``symlink`` too (the note says which);
- FIFOs, sockets and devices are never opened, and a folder that cannot be listed is reported (``special_file``);
- names starting with ``.`` or ``~$`` (Office lock files) and system files such as ``Thumbs.db`` are
  ``hidden``; a hidden folder is reported once, not walked;
- jixiao's own output folders (``OUT`` of ``jixiao batch``, recognised by their marker files) are
  ``output_folder``, so checking a folder never reads the toolkit's outputs as submissions;
- with ``suffixes``, a file with another suffix is ``unsupported``.

Nothing is silently absent: every path below ``root`` that is not in ``files`` is in ``skipped``
with one of these reasons and a note for people, in name order. The reasons are the batch's skip codes
(errors.csv).
"""
from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import FileNotFound

#: skip reasons, stable like error codes (errors.csv, stderr lines)
SKIP_REASONS = ("symlink", "outside_input", "special_file", "hidden", "output_folder", "unsupported")
_NOTES = {
    "hidden": "hidden or system name",
    "special_file": "not a regular file (FIFO, socket or device)",
    "output_folder": "a jixiao output folder",
    "unsupported": "not a suffix jixiao reads",
}
HIDDEN_PREFIXES = (".", "~$")
SYSTEM_FILES = ("Thumbs.db", "desktop.ini")
#: a folder is a jixiao output folder when it has ``documents/`` and one of these beside it
OUTPUT_MARKERS = ("errors.csv", "graph.sqlite", "report.html", "report.xlsx", "cache")
DOCUMENTS_DIR = "documents"


@dataclass(frozen=True)
class FoundFile:
    path: Path  # as reached from root (a followed link keeps its own name)
    name: str  # posix path relative to root
    size: int


@dataclass(frozen=True)
class SkippedPath:
    path: Path
    name: str
    reason: str  # one of SKIP_REASONS
    note: str = ""  # why, for people

    def describe(self) -> str:
        """``skipped: <name>: <reason> (<note>)``, the line the commands print on stderr."""
        return f"skipped: {self.name}: {self.reason}" + (f" ({self.note})" if self.note else "")


@dataclass
class Discovery:
    files: list[FoundFile] = field(default_factory=list)
    skipped: list[SkippedPath] = field(default_factory=list)


def is_output_folder(folder: str | Path) -> bool:
    """True for an ``OUT`` folder written by ``jixiao batch`` (``documents/`` and a marker file beside it)."""
    folder = Path(folder)
    if not (folder / DOCUMENTS_DIR).is_dir() or (folder / DOCUMENTS_DIR).is_symlink():
        return False
    return any((folder / marker).exists() for marker in OUTPUT_MARKERS)


def is_hidden(name: str) -> bool:
    return name.startswith(HIDDEN_PREFIXES) or name in SYSTEM_FILES


def find_files(root: str | Path, *, follow_symlinks: bool = False, suffixes: Iterable[str] | None = None,
               exclude: Iterable[str | Path] = ()) -> Discovery:
    """Every regular file below ``root`` that may be read, and every other path with its reason.

    ``suffixes`` (lower case, with the dot) limits the files to those suffixes; ``exclude`` folders are
    left out without a report (e.g. the batch's own ``OUT`` inside ``root``).
    """
    root = Path(root)
    if not root.is_dir():
        raise FileNotFound(f"no such folder: {root}", source=str(root))
    walk = _Walk(root, follow_symlinks, {s.lower() for s in suffixes} if suffixes is not None else None,
                 {Path(p).resolve() for p in exclude})
    walk.folder(root)
    walk.found.files.sort(key=lambda f: f.name)
    walk.found.skipped.sort(key=lambda s: s.name)
    return walk.found


class _Walk:
    """One walk below ``root``: each entry is classified by the first rule that applies to it."""

    def __init__(self, root: Path, follow_symlinks: bool, suffixes: set[str] | None, excluded: set[Path]):
        self.root, self.real_root = root, root.resolve()
        self.follow_symlinks, self.suffixes, self.excluded = follow_symlinks, suffixes, excluded
        self.walked: set[Path] = {self.real_root}
        self.found = Discovery()

    def folder(self, here: Path) -> None:
        try:
            entries = sorted(os.scandir(here), key=lambda e: e.name)
        except OSError as exc:
            name = here.relative_to(self.root).as_posix()
            return self.skip(here, name, "special_file", f"cannot list the folder: {exc.strerror}")
        for entry in entries:
            self.entry(Path(entry.path), entry)

    def entry(self, path: Path, entry: os.DirEntry) -> None:
        name = path.relative_to(self.root).as_posix()
        if is_hidden(entry.name):
            return self.skip(path, name, "hidden")
        if entry.is_symlink():
            if not self.follow_symlinks:
                return self.skip(path, name, "symlink", f"symbolic link to {os.readlink(path)} (not followed)")
            problem = self.link_problem(path)
            if problem:
                return self.skip(path, name, *problem)
        try:
            mode = path.stat().st_mode  # follows a link that was allowed above
        except OSError as exc:
            return self.skip(path, name, "special_file", f"cannot be read: {exc.strerror}")
        if stat.S_ISDIR(mode):
            return self.subfolder(path, name)
        if not stat.S_ISREG(mode):
            return self.skip(path, name, "special_file")
        if self.suffixes is not None and path.suffix.lower() not in self.suffixes:
            return self.skip(path, name, "unsupported")
        self.found.files.append(FoundFile(path=path, name=name, size=path.stat().st_size))

    def subfolder(self, path: Path, name: str) -> None:
        real = path.resolve()
        if real in self.excluded:
            return
        if is_output_folder(path):
            return self.skip(path, name, "output_folder")
        if real in self.walked:
            return self.skip(path, name, "symlink", "a link back to a folder already read (loop)")
        self.walked.add(real)
        self.folder(path)

    def link_problem(self, path: Path) -> tuple[str, str] | None:
        """``(reason, note)`` of a link that may not be followed, else None."""
        try:
            target = path.resolve(strict=True)
        except (OSError, RuntimeError):  # dangling, or a loop of links
            return "symlink", f"symbolic link to {os.readlink(path)}, which does not exist or loops"
        if not target.is_relative_to(self.real_root):
            return "outside_input", f"symbolic link to {target}, outside the input folder"
        return None

    def skip(self, path: Path, name: str, reason: str, note: str = "") -> None:
        self.found.skipped.append(SkippedPath(path=path, name=name, reason=reason, note=note or _NOTES.get(reason, "")))


def expand_paths(paths: Iterable[str | Path], *, suffixes: Iterable[str] | None = None,
                 follow_symlinks: bool = False) -> Discovery:
    """The files named on a command line: a file as given (its content decides how it is read; a missing one
    fails when read, as ``file_not_found``), a folder through :func:`find_files`, a batch output folder (or
    its ``documents/`` folder) as its saved documents (``OUT/documents/*.json``)."""
    result = Discovery()
    for raw in paths:
        path = Path(raw)
        if path.is_dir() and is_output_folder(path):
            part = find_files(path / DOCUMENTS_DIR, suffixes=(".json",), follow_symlinks=follow_symlinks)
            prefix = f"{DOCUMENTS_DIR}/"
        elif path.is_dir() and path.name == DOCUMENTS_DIR and is_output_folder(path.parent):  # OUT/documents
            part, prefix = find_files(path, suffixes=(".json",), follow_symlinks=follow_symlinks), ""
        elif path.is_dir():
            part, prefix = find_files(path, suffixes=suffixes, follow_symlinks=follow_symlinks), ""
        else:
            result.files.append(FoundFile(path=path, name=str(path), size=-1))
            continue
        result.files.extend(FoundFile(f.path, str(path / (prefix + f.name)), f.size) for f in part.files)
        result.skipped.extend(SkippedPath(s.path, str(path / (prefix + s.name)), s.reason, s.note)
                              for s in part.skipped)
    return result
