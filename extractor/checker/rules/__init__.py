"""Rule modules; importing this package registers every rule (design §5 ids)."""
from . import consistency, coverage, goals, subprojects, targets  # noqa: F401
