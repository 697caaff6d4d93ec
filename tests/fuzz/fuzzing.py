"""Settings shared by the fuzz tests.

On a developer's machine the fuzz tests explore new random inputs each run; under CI (CI=true)
they replay the same inputs every run, so a landing never depends on luck. Run
`pytest --slow tests/fuzz` locally to keep exploring; a crash found there becomes a named
regression test beside the code it breaks.
"""
from __future__ import annotations

import os

FUZZ_DERANDOMIZE = bool(os.environ.get("CI"))
