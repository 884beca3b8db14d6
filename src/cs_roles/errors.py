"""The exception hierarchy, and the one table that maps it to exit codes.

Core modules raise these; only the CLI turns them into messages and exit codes.
Imported by every run, so it holds no dataclass (see problems.py).
"""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cs_roles.problems import Problem


class ExitCode(IntEnum):
    OK = 0
    FAILURE = 1  # not found, no match, invalid data
    USAGE = 2


class CsRolesError(Exception):
    """Any failure that should reach the user as a message, never as a traceback."""

    exit_code: ExitCode = ExitCode.FAILURE

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class UsageError(CsRolesError):
    """The command line asks for something that cannot be done (exit 2)."""

    exit_code = ExitCode.USAGE


class RoleNotFound(CsRolesError):
    """No role has this id, alias or title."""

    def __init__(self, name: str, suggestions: list[str]) -> None:
        hint = f"did you mean {_quoted_list(suggestions)}?" if suggestions else None
        super().__init__(f"unknown role '{name}'", hint or "run 'csroles list' to see the roles")
        self.name = name
        self.suggestions = suggestions


class NoMatch(CsRolesError):
    """A search found nothing (exit 1, like grep)."""


class InvalidDataset(CsRolesError):
    """The dataset could not be loaded; carries every problem found, not only the first."""

    def __init__(self, path: str, problems: list[Problem]) -> None:
        self.path = path
        self.problems = problems
        count = len(self.errors)
        super().__init__(
            f"{path}: invalid dataset ({count} problem{'s' if count != 1 else ''})",
            f"run 'csroles validate {path}' to see every problem",
        )

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


def _quoted_list(items: list[str]) -> str:
    quoted = [f"'{item}'" for item in items]
    if len(quoted) <= 1:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + " or " + quoted[-1]
