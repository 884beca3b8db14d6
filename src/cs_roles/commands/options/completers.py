"""What Tab offers for the values every command shares: role names and languages.

No `from __future__ import annotations` here: Typer tells a completer that wants the
context by the annotation of its parameter, which must be the class, not a string.
"""

import typer

from cs_roles.errors import UsageError


def complete_role(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Role ids and aliases from the dataset the command line names (--data, $CSROLES_DATA)."""
    from cs_roles.completion import role_choices

    return role_choices(incomplete, ctx.params.get("data"))


def complete_language(incomplete: str) -> list[tuple[str, str]]:
    """The languages, each described in the language the environment sets."""
    from cs_roles.language import CHOICES, meaning_key, resolve
    from cs_roles.messages import text

    try:
        shown = resolve(None)
    except UsageError:  # a bad $CSROLES_LANG: completion still offers the right ones
        shown = "en"
    wanted = incomplete.casefold()
    described = [(c, text(meaning_key(c), shown)) for c in CHOICES]
    return [(c, meaning) for c, meaning in described if c.startswith(wanted)]
