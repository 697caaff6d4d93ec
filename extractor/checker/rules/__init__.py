"""Rule modules; importing this package registers every rule (ARCHITECTURE.md, "The checker")."""
from . import consistency, coverage, goals, subprojects, targets  # noqa: F401
