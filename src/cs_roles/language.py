"""Which language to print: the option, then $CSROLES_LANG, then the locale, then English.

A setting is `en`, `ko`, or two joined by '+': the first is the language of every label
and text, the second is shown beside names in tables ("Leadership · 리더십"). With nothing
set, tables are bilingual (en+ko); a Korean locale makes it ko+en. Case does not matter.
"""

from __future__ import annotations

import os

from cs_roles.errors import UsageError

CHOICES = ("en", "ko", "en+ko", "ko+en")  # what each means: the catalog's, `meaning_key`
DEFAULT = "en+ko"
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def meaning_key(choice: str) -> str:
    """The catalog key of what a choice of --lang shows (Tab completion, the docs)."""
    return f"choice_language.{choice.replace('+', '_')}"


def resolve(option: str | None, environ: os._Environ[str] | dict[str, str] | None = None) -> str:
    """The language setting in force; a bad --lang or $CSROLES_LANG is a usage error."""
    env = os.environ if environ is None else environ
    if option is not None:
        return _parse(option, "--lang")
    configured = env.get("CSROLES_LANG", "").strip()
    if configured:
        return _parse(configured, "CSROLES_LANG")
    for variable in _LOCALE_VARIABLES:
        value = env.get(variable, "").strip()
        if value:  # POSIX: the first one set wins, even if it is C or en_US
            return "ko+en" if value.casefold().startswith("ko") else DEFAULT
    return DEFAULT


def _parse(value: str, source: str) -> str:
    folded = value.strip().casefold().replace(" ", "")
    if folded in CHOICES:
        return folded
    from cs_roles.messages import echo

    raise UsageError(
        "error.bad_language",
        {"value": echo(value), "source": source, "choices": list(CHOICES)},
    )
