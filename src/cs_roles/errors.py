"""The exception hierarchy, and the one table that maps it to exit codes.

Core modules raise these; only the CLI turns them into messages and exit codes. A message
is a catalog key with its values (see messages.py), so it can be shown in either language.
Imported by every run, so it holds no dataclass (see problems.py).
"""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cs_roles.problems import Problem


class ExitCode(IntEnum):
    """What a script can act on. The README's table is checked against this enum."""

    OK = 0  # success
    NOT_FOUND = 1  # nothing found: unknown role, no search hit
    USAGE = 2  # the command line is wrong: unknown option, bad or empty value, repeated value
    UNREADABLE = (
        3  # the dataset cannot be read: no such file, a directory, no permission, too large
    )
    INVALID = 4  # the dataset was read but is not a valid csroles dataset
    OUTPUT = 5  # the result could not be written: standard output closed, disk full
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT)


class CsRolesError(Exception):
    """Any failure that should reach the user as a message, never as a traceback."""

    exit_code: ExitCode = ExitCode.NOT_FOUND

    def __init__(
        self,
        key: str,
        params: dict[str, object] | None = None,
        hint: str | None = None,
        hint_params: dict[str, object] | None = None,
    ) -> None:
        self.key = key
        self.params = params or {}
        self.hint = hint
        self.hint_params = hint_params or {}
        super().__init__(key)

    def __str__(self) -> str:
        return self.render("en")

    def render(self, lang: str) -> str:
        from cs_roles.messages import text

        return text(self.key, lang, **self.params)

    def render_hint(self, lang: str) -> str | None:
        from cs_roles.messages import text

        return text(self.hint, lang, **self.hint_params) if self.hint else None


class UsageError(CsRolesError):
    """The command line asks for something that cannot be done (exit 2)."""

    exit_code = ExitCode.USAGE


class RoleNotFound(CsRolesError):
    """No role has this id, alias or title."""

    def __init__(
        self, name: str, suggestions: list[str], position: tuple[str, LocalName] | None = None
    ) -> None:
        from cs_roles.messages import echo

        if position is not None:  # a job the career paths name, not a role: where to look
            ident, named = position
            params: dict[str, object] = {"name": echo(name), "position": named, "id": ident}
            super().__init__("error.unknown_role", {"name": echo(name)}, "hint.a_position", params)
        elif suggestions:
            super().__init__(
                "error.unknown_role",
                {"name": echo(name)},
                "hint.did_you_mean",
                {"choices": suggestions},
            )
        else:
            super().__init__("error.unknown_role", {"name": echo(name)}, "hint.run_list")
        self.name = name
        self.suggestions = suggestions


class NoMatch(CsRolesError):
    """A search found nothing (exit 1, like grep)."""


class DatasetUnreadable(CsRolesError):
    """The dataset file cannot be read at all (missing, a directory, no permission)."""

    exit_code = ExitCode.UNREADABLE

    def __init__(self, path: str, problem: Problem) -> None:
        self.path = path
        self.problems = [problem]
        super().__init__("error.unreadable", {"path": path, "reason": problem.message})
        self.reason = problem.message

    def render(self, lang: str) -> str:
        from cs_roles.messages import text

        reason = self.reason.render(lang)
        return text(self.key, lang, path=self.params["path"], reason=reason)


class InvalidDataset(CsRolesError):
    """The dataset could not be loaded; carries every problem found, not only the first."""

    exit_code = ExitCode.INVALID

    def __init__(self, path: str, problems: list[Problem]) -> None:
        import shlex

        from cs_roles.sources import STDIN, STDIN_NAME

        self.path = path
        self.problems = problems
        super().__init__(
            "error.invalid_dataset",
            {"path": path, "count": len(self.errors)},
            "hint.run_validate",
            {"command": "csroles validate " + (STDIN if path == STDIN_NAME else shlex.quote(path))},
        )

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


class OutputError(CsRolesError):
    """The result could not be written (standard output closed, disk full)."""

    exit_code = ExitCode.OUTPUT


class Worded(str):
    """A value put into a message that has words of its own in each language: as a str it
    is its English form (what JSON and comparisons see); `messages.text` puts in the form
    of the sentence's language."""

    def worded(self, lang: str) -> str:
        return str(self)


class SystemReason(Worded):
    """Why the system refused (its own words, which are English), with its errno, so that a
    message can give the common reasons in the reader's language. A str, so that it goes
    into JSON and comparisons as the system's words."""

    errno: int | None

    def __new__(cls, error: OSError) -> SystemReason:
        reason = super().__new__(cls, error.strerror or type(error).__name__)
        reason.errno = error.errno
        return reason

    def worded(self, lang: str) -> str:
        if lang == "en" or self.errno is None:
            return str(self)
        import errno

        from cs_roles.messages import CATALOG

        key = f"os.{errno.errorcode.get(self.errno, '').lower()}"
        if key not in CATALOG:  # a rare reason: the system's own words
            return str(self)
        return CATALOG[key].get(lang) or str(self)


class LocalName(Worded):
    """A name in every language it has: the English one as a str, and the one a message
    is worded in when it is put into a sentence (`worded`)."""

    names: dict[str, str]

    def __new__(cls, names: dict[str, str]) -> LocalName:
        name = super().__new__(cls, names.get("en") or next(iter(names.values()), ""))
        name.names = dict(names)
        return name

    def worded(self, lang: str) -> str:
        return self.names.get(lang) or str(self)
