"""What `csroles team` prints, declared once: its result and the items in it.

Part of the typed results (see `cs_roles.results`, whose rules these follow), kept apart
because only `team` builds them: the other commands never import this module.
"""

from __future__ import annotations

from typing import Annotated, Literal

from cs_roles.results import (
    ByDimension,
    Count,
    CoverageFigures,
    Ids,
    Keywords,
    LocalText,
    Ratio,
    Result,
)

# -- team ----------------------------------------------------------------------------------

ItemKind = Literal["skill", "tool", "area"]
PersonNames = Annotated[list[str], "People, by their names as the roster writes them."]


class TeamSuggestion(Result):
    """What an unresolved item or role may have meant."""

    kind: Literal["skill", "tool", "area", "role"]
    id: str
    name: LocalText


class TeamUnresolved(Result):
    """An item or role of a person's row that counts as nothing (also reported on stderr)."""

    column: Annotated[Literal["role", "skills", "tools", "areas"], "The roster column it is in."]
    item: Annotated[str, "As written in the roster."]
    status: Literal["ambiguous", "unknown"]
    suggestions: list[TeamSuggestion]


class TeamPerson(Result):
    """One person of the roster: what their items count as and their readiness."""

    name: str
    row: Annotated[Count, "Where the person is in the roster, counted as `row_unit` says."]
    role: Annotated[str | None, "Their current role's id; null when the roster names none."]
    target: Annotated[
        str | None, "The role readiness is measured against: the target, else their own role."
    ]
    coverage: Annotated[
        CoverageFigures | None, "`fit`'s coverage of the target's items; null without a target."
    ]
    lacks: Annotated[ByDimension, "What the target needs that they lack (fit's `missing`)."]
    have: Annotated[ByDimension, "What their items count as."]
    unresolved: list[TeamUnresolved]


class TeamRole(Result):
    """How the team covers one role."""

    id: str
    title: LocalText
    covered: Annotated[Count, "How many people reach the threshold for it."]
    closest: Annotated[PersonNames, "The people with the best figure (all who tie)."]
    best: Annotated[Ratio, "That figure; null when the role lists no skills or tools."]


class TeamItem(Result):
    """A skill, tool or area: the roles in scope that need it, and who has it."""

    kind: ItemKind
    id: str
    name: LocalText
    needed_by: Annotated[Ids, "Role ids in scope that need it (empty: only held)."]
    holders: PersonNames
    count: Annotated[Count, "How many people have it."]


class TeamSinglePoint(Result):
    """An item a role in scope needs that exactly one person has."""

    kind: ItemKind
    id: str
    name: LocalText
    holder: str


class TeamMissing(Result):
    """An item a role in scope needs that nobody has."""

    kind: ItemKind
    id: str
    name: LocalText


class TeamTraining(Result):
    """An item people lack for their target, with who lacks it."""

    kind: ItemKind
    id: str
    name: LocalText
    count: Annotated[Count, "How many people lack it."]
    lacking: PersonNames


class TeamResult(Result, command="team", rows=TeamPerson):
    """`csroles team --json`: a roster against the roles: coverage, single points, training."""

    role: Annotated[str | None, "The target role asked for (--role); null for every role."]
    threshold: Annotated[
        float, "--min-coverage: the figure a person must reach.", Keywords(minimum=0, maximum=1)
    ]
    row_unit: Annotated[
        Literal["row", "line", "entry"],
        "How `row` counts: spreadsheet rows (header is row 1), YAML lines, JSON entries.",
    ]
    people: list[TeamPerson]
    roles: Annotated[list[TeamRole], "The target, or every role in the dataset's order."]
    items: Annotated[list[TeamItem], "Items needed in scope, then those only held."]
    single_points: list[TeamSinglePoint]
    nobody: list[TeamMissing]
    training: Annotated[list[TeamTraining], "Most lacked first, then by name."]
