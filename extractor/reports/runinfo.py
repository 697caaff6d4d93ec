"""Which run a report comes from: input folder, rules file, version and a time taken from the input.

Reports of the same input are byte-identical, so the time they show is not the clock's: it is the
newest modification time of the input files (``SOURCE_DATE_EPOCH`` overrides it, as in reproducible
builds). The batch saves this to ``OUT/run.json`` so ``jixiao report OUT`` shows the same header.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from datetime import datetime, timezone
from pathlib import Path

RUN_INFO = "run.json"
DEFAULT_RULES = "内置规则（corpora/rules.yaml）"
EPOCH_FALLBACK = 315532800  # 1980-01-01, the earliest time a ZIP (xlsx) entry can hold


@dataclass
class RunInfo:
    input_dir: str = ""
    rules_file: str = ""
    version: str = ""
    timestamp: int = EPOCH_FALLBACK  # seconds since the epoch, UTC

    @property
    def made_at(self) -> datetime:
        return datetime.fromtimestamp(max(self.timestamp, EPOCH_FALLBACK), tz=timezone.utc)

    def header_rows(self) -> list[tuple[str, str]]:
        """The report's header block: 生成时间, 输入目录, 规则文件, 版本."""
        when = self.made_at.astimezone(_china()).strftime("%Y-%m-%d %H:%M")
        return [
            ("生成时间", f"{when}（北京时间，取输入文件的最新修改时间）"),
            ("输入目录", self.input_dir or "（未记录）"),
            ("规则文件", self.rules_file or DEFAULT_RULES),
            ("版本", f"jixiao {self.version}" if self.version else "（未记录）"),
        ]


def _china():
    from datetime import timedelta

    return timezone(timedelta(hours=8))


def run_info(folder: str | Path | None, files=(), rules: str | Path | None = None) -> RunInfo:
    """The header of a batch over ``folder`` whose input ``files`` (paths) were read with ``rules``."""
    from .. import __version__

    return RunInfo(
        input_dir=str(Path(folder).resolve()) if folder else "",
        rules_file=str(Path(rules).resolve()) if rules else "",
        version=__version__,
        timestamp=input_timestamp(files),
    )


def input_timestamp(files) -> int:
    """``SOURCE_DATE_EPOCH`` when set, else the newest modification time of ``files``."""
    env = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if env.isdigit():
        return int(env)
    newest = EPOCH_FALLBACK
    for path in files:
        try:
            newest = max(newest, int(Path(path).stat().st_mtime))
        except OSError:
            continue
    return newest


def save_run_info(out: str | Path, info: RunInfo) -> None:
    from ..outputs import write_if_changed

    write_if_changed(Path(out) / RUN_INFO, json.dumps(asdict(info), ensure_ascii=False, indent=1).encode("utf-8"))


def load_run_info(out: str | Path) -> RunInfo:
    """The saved header of a batch output; without one (older outputs), the version and the time of its documents."""
    try:
        data = json.loads((Path(out) / RUN_INFO).read_text(encoding="utf-8"))
        names = {f.name for f in fields(RunInfo)}
        info = RunInfo(**{k: v for k, v in data.items() if k in names})
        texts = (info.input_dir, info.rules_file, info.version)
        if isinstance(info.timestamp, int) and all(isinstance(t, str) for t in texts):
            return info
    except (OSError, ValueError, TypeError):
        pass
    from .. import __version__

    return RunInfo(version=__version__, timestamp=input_timestamp(sorted((Path(out) / "documents").glob("*.json"))))
