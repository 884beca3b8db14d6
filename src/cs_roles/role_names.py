"""Everyday names of roles: the names people type that no source article uses.

A role's `aliases` are the names its article uses (they are in the name lookup the store
keeps). Its `everyday_names` (format version 3) are kept apart, so that nothing shows them
as the article's words: a name that reaches a role only through them says so on stderr,
and a name that several roles share (manager, 관리자) is generic: it resolves to none of
them and lists them all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cs_roles.errors import CsRolesError

if TYPE_CHECKING:
    from cs_roles.dataset import Dataset

FIRST_VERSION = 3  # the format version that has everyday names


class AmbiguousRoleName(CsRolesError):
    """An everyday name that several roles share: it names none of them (exit 1, like an
    unknown role), and the message lists them."""

    def __init__(self, name: str, candidates: list[str]) -> None:
        from cs_roles.messages import echo

        super().__init__(
            "error.ambiguous_role",
            {"name": echo(name)},
            "hint.name_one_of",
            {"choices": candidates},
        )
        self.name = name
        self.candidates = candidates


def everyday_owners(dataset: Dataset, name: str) -> list[str]:
    """The ids of the roles that have this everyday name (compared as names are), in the
    dataset's order; empty for a dataset older than the names."""
    version = dataset.schema_version
    if not isinstance(version, int) or version < FIRST_VERSION:
        return []
    from cs_roles.names import fold

    wanted = fold(name)
    if not wanted:
        return []
    return [
        role.id
        for role in dataset.roles()
        if any(fold(everyday) == wanted for everyday in role.everyday_names)
    ]


def everyday_names(dataset: Dataset) -> dict[str, list[str]]:
    """Each role's everyday names that name it alone (a generic name, shared by several
    roles, names none of them); empty for a dataset older than the names."""
    version = dataset.schema_version
    if not isinstance(version, int) or version < FIRST_VERSION:
        return {}
    from cs_roles.names import fold

    names = {role.id: list(role.everyday_names) for role in dataset.roles()}
    owners: dict[str, set[str]] = {}
    for role_id, typed in names.items():
        for name in typed:
            owners.setdefault(fold(name), set()).add(role_id)
    return {
        role_id: [name for name in typed if len(owners[fold(name)]) == 1]
        for role_id, typed in names.items()
    }


def resolve_everyday_name(dataset: Dataset, name: str) -> str | None:
    """The role this everyday name means, with a notice that it is no article's name;
    None when no role has it; AmbiguousRoleName when several share it."""
    owners = everyday_owners(dataset, name)
    if not owners:
        return None
    if len(owners) > 1:
        raise AmbiguousRoleName(name, owners)
    from cs_roles.messages import echo

    dataset.notice_of("notice.everyday_name", name=echo(name), role=owners[0])
    return owners[0]
