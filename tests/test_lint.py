"""The code passes the project's lint rules (ruff, configured in pyproject.toml), as part of the test suite."""
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_ruff_finds_nothing():
    pytest.importorskip("ruff", reason="ruff is in the test extra: pip install -e '.[test]'")
    done = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", str(ROOT)],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-1000:]


def test_test_modules_have_unique_names():
    # the test folders are no packages: pytest imports each test module by its file name, so two files of one
    # name in two folders stop the whole run at collection ("import file mismatch")
    names = [p.name for p in (ROOT / "tests").rglob("test_*.py")]
    repeated = sorted({n for n in names if names.count(n) > 1})
    assert not repeated, repeated
