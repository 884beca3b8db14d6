"""How a text, a figure or a dimension is labelled, the same in every output format."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

LocalText = Mapping[str, str | None] | None


def pick(text: LocalText, lang: str) -> str:
    """The text in `lang` (the first of "ko+en"), else English, else any ("" for none)."""
    if not text:
        return ""
    first = lang.partition("+")[0]
    return text.get(first) or text.get("en") or next((v for v in text.values() if v), "") or ""


def second(text: LocalText, lang: str) -> str:
    """The second language of a bilingual view ("ko+en" -> English), "" when there is none
    or when it says the same as the first."""
    _, plus, other = lang.partition("+")
    if not plus or not text:
        return ""
    value = text.get(other) or ""
    return "" if value == pick(text, lang) else value


def percent(value: float | None) -> str:
    """A 0..1 similarity as a percentage; a dash where there is nothing to compare."""
    return "–" if value is None else f"{round(value * 100)}%"


def dimension_title(dimension: str, lang: str) -> str:
    from cs_roles.messages import text

    return text(f"dimension.{dimension}", lang)


def source_line(source: Mapping[str, Any], lang: str) -> str:
    """The article cited as a person would: title, publisher, date, language."""
    from cs_roles.messages import text

    details = [source.get("publisher") or ""]
    if source.get("published"):
        details.append(text("source.published", lang, date=source["published"]))
    language = source.get("language")
    if language:
        key = f"language.{language}"
        from cs_roles.messages import CATALOG

        name = text(key, lang) if key in CATALOG else language
        details.append(text("source.in_language", lang, language=name))
    shown = ", ".join(d for d in details if d)
    line = f"{source['title']}"
    if shown:
        line += f" ({shown})"
    if source.get("url"):
        line += f" {source['url']}"
    return line


def coverage_rows(payload: Mapping[str, Any], dimension: str) -> list[list[str]]:
    """For three or more roles, "have/needed" of each column role's items, per row role."""
    roles = payload["roles"]
    rows = []
    for row in roles:
        cells = []
        for column in roles:
            figure = payload["coverage"][row].get(column, {}).get(dimension)
            cells.append(f"{figure['have']}/{figure['needed']}" if figure else "–")
        rows.append(cells)
    return rows
