"""What a command line asks about: the roles it names, and the person's own items (skills,
tools, responsibility areas) gathered from arguments, files and standard input, then
resolved against the dataset.

Failures are raised as `UsageError`s (exit 2) for the CLI to report; nothing here prints.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from cs_roles.errors import SystemReason, UsageError

if TYPE_CHECKING:
    from cs_roles.careers import Catalog, Resolution
    from cs_roles.dataset import Dataset
    from cs_roles.model import Role


class NothingResolved(UsageError):
    """None of the items given resolved (exit 2).

    The error carries each item's resolution, so that the CLI can list why (ambiguous,
    unknown) with suggestions before the message."""

    def __init__(self, resolutions: list[Resolution]) -> None:
        super().__init__("error.nothing_resolved", hint="hint.search_items")
        self.resolutions = resolutions

    def item_lines(self, lang: str) -> list[str]:
        """One line per item: what was typed, its status, and the closest names."""
        from cs_roles.messages import echo, text
        from cs_roles.render.labels import pick

        lines = []
        for r in self.resolutions:
            near = list(dict.fromkeys(pick(m.name, lang) or m.id for m in r.suggestions))
            line = f"{echo(r.item)}: {text(f'fit.{r.status}', lang)}"
            if near:
                line += "; " + text("hint.closest", lang, choices=near)
            lines.append(line)
        return lines


def find_roles(dataset: Dataset, names: Sequence[str]) -> list[Role]:
    """Roles by name; naming one role twice (even by two of its names) is a usage error."""
    found = []
    given: dict[str, str] = {}
    for name in names:
        role = dataset.find_role(name)
        if role.id in given:
            from cs_roles.messages import echo

            raise UsageError(
                "error.repeated_role",
                {"name": echo(given[role.id]), "other": echo(name), "role": role.id},
                "hint.distinct_roles",
            )
        given[role.id] = name
        found.append(role)
    return found


def gather_items(values: Sequence[str], files: Sequence[str]) -> list[str]:
    """Items from arguments (`-` reads standard input) and files: one item per line, commas
    split, blank lines and `#` comment lines skipped. Standard input is read once in a run
    (`sources.claim_stdin`), whoever asks for it."""
    from cs_roles.careers import split_items
    from cs_roles.sources import claim_stdin

    lines: list[str] = []

    def read_stdin(asked_as: str) -> list[str]:
        claim_stdin(asked_as)
        return sys.stdin.read().splitlines() if sys.stdin is not None else []

    for value in values:
        if value == "-":
            lines.extend(read_stdin("-"))
        else:
            lines.append(value)
    for path in files:
        if path == "-":
            lines.extend(read_stdin("--file -"))
            continue
        try:
            with open(path, encoding="utf-8-sig") as handle:
                lines.extend(handle.read().splitlines())
        except (OSError, UnicodeDecodeError) as exc:
            from cs_roles.messages import echo

            reason = SystemReason(exc) if isinstance(exc, OSError) else str(exc)
            raise UsageError("error.item_file", {"path": echo(path), "reason": reason}) from None
    return split_items(lines)


def resolve_asked_items(
    dataset: Dataset, catalog: Catalog, items: Sequence[str], use_cache: bool = True
) -> list[Resolution]:
    """Each item's resolution (the search index is loaded only for items not named
    exactly). No items is a usage error; so is none resolving (`NothingResolved`)."""
    from cs_roles.careers import load_names_index, resolve_items

    if not items:
        raise UsageError("error.no_items", hint="hint.fit_example")
    resolutions = resolve_items(
        items, lambda: load_names_index(dataset, use_cache=use_cache), catalog
    )
    if not any(r.status == "resolved" for r in resolutions):
        raise NothingResolved(resolutions)
    return resolutions
