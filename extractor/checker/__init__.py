"""The checker: rules over Extraction records that report findings (ARCHITECTURE.md, "The checker").

``run_rules(extraction, config=None)`` runs every enabled rule; rules live in ``rules/`` and
register themselves with :func:`register`.
"""
from __future__ import annotations

from .rule import Finding, Problem, Rule, all_rules, register
from .runner import run_rules

__all__ = ["Finding", "Problem", "Rule", "all_rules", "register", "run_rules"]
