"""Node and edge type names and node id helpers (the graph's vocabulary).

Every node has the attributes ``type`` (one of :data:`NODE_TYPES`), ``name``, ``aliases``
(list of strings), ``source`` (file name), ``page`` and ``ref`` (block ref) where they apply.
Every edge has the key and attribute ``type`` (one of :data:`EDGE_TYPES`) and, for inferred links,
``method`` (how it was found) and ``score``.
"""
from __future__ import annotations

# -- node types ---------------------------------------------------------------
DOCUMENT = "Document"
PROJECT = "Project"  # one per project name (or alias) shared by documents across files
CLAUSE = "Clause"
GOAL = "Goal"
INDICATOR = "Indicator"
FACT = "Fact"
SUBPROJECT = "SubProject"
ORGANISATION = "Organisation"
EVIDENCE = "Evidence"  # a text span or table cell (file, page, ref) that reports a value
FINDING = "Finding"  # a checker finding, attached by FLAGGED

NODE_TYPES = (DOCUMENT, PROJECT, CLAUSE, GOAL, INDICATOR, FACT, SUBPROJECT, ORGANISATION, EVIDENCE, FINDING)

# -- edge types ---------------------------------------------------------------
CONTAINS = "CONTAINS"  # document → clause/goal/indicator/fact/sub-project/evidence; clause → clause/record
ABOUT = "ABOUT"  # document → project
MENTIONS = "MENTIONS"  # document → organisation
MEASURED_BY = "MEASURED_BY"  # goal → indicator
CONTRIBUTES_TO = "CONTRIBUTES_TO"  # sub-project → goal
EVIDENCED_BY = "EVIDENCED_BY"  # indicator/goal → evidence or fact
RESPONSIBLE_FOR = "RESPONSIBLE_FOR"  # organisation → project/goal/sub-project (a sub-project's units: role lead|partner)
# an indicator (or sub-project) matched across documents of a project: the class's canonical member (declared in
# a target form where there is one) → each other member, so edges grow with documents, not with their pairs
SAME_AS = "SAME_AS"  # equal normalised names
ALIAS_OF = "ALIAS_OF"  # matched only through an alias, one name inside the other or word overlap
FLAGGED = "FLAGGED"  # record → finding

EDGE_TYPES = (
    CONTAINS,
    ABOUT,
    MENTIONS,
    MEASURED_BY,
    CONTRIBUTES_TO,
    EVIDENCED_BY,
    RESPONSIBLE_FOR,
    SAME_AS,
    ALIAS_OF,
    FLAGGED,
)
SYMMETRIC_EDGES = (SAME_AS, ALIAS_OF)

# -- document roles -----------------------------------------------------------
DECLARING_DOC_TYPES = ("target_form", "plan", "contract")  # declare targets, report nothing
REPORTING_DOC_TYPES = ("self_assessment", "evaluation_report")  # report actual values

# -- gap kinds (``jixiao graph gaps``) ------------------------------------------
GAP_GOAL_WITHOUT_INDICATOR = "goal_without_indicator"
GAP_GOAL_WITHOUT_SUBPROJECT = "goal_without_subproject"
GAP_INDICATOR_WITHOUT_EVIDENCE = "indicator_without_evidence"
GAP_SUBPROJECT_WITHOUT_GOAL = "subproject_without_goal"
GAP_TARGET_NEVER_REPORTED = "target_never_reported"
GAP_KINDS = (
    GAP_GOAL_WITHOUT_INDICATOR,
    GAP_GOAL_WITHOUT_SUBPROJECT,
    GAP_INDICATOR_WITHOUT_EVIDENCE,
    GAP_SUBPROJECT_WITHOUT_GOAL,
    GAP_TARGET_NEVER_REPORTED,
)

_PREFIX = {
    DOCUMENT: "doc",
    PROJECT: "project",
    CLAUSE: "clause",
    GOAL: "goal",
    INDICATOR: "indicator",
    FACT: "fact",
    SUBPROJECT: "subproject",
    ORGANISATION: "org",
    EVIDENCE: "evidence",
    FINDING: "finding",
}


def node_id(node_type: str, *parts: object) -> str:
    """A stable readable id: ``indicator:zhcg-target-form.xlsx:3``, ``org:某某局``."""
    return ":".join([_PREFIX[node_type], *(str(p) for p in parts)])


def node_type_of(node: str) -> str | None:
    """The type encoded in a node id's prefix (``None`` for a foreign id)."""
    prefix = node.split(":", 1)[0]
    for node_type, p in _PREFIX.items():
        if p == prefix:
            return node_type
    return None
