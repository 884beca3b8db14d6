"""How a text, a figure or a dimension is labelled, the same in every output format."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cs_roles.results import CompareResult, GapArea, GapResponsibility, SourceOut

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


def by_name(names: Iterable[str]) -> list[str]:
    """Names in the order a reader looks for them: alphabetical as shown, case aside (Hangul
    sorts by syllable, which is the dictionary order), whatever their ids."""
    return sorted(names, key=lambda name: (name.casefold(), name))


def percent(value: float | None) -> str:
    """A 0..1 similarity as a percentage; a dash where there is nothing to compare."""
    return "–" if value is None else f"{round(value * 100)}%"


def dimension_title(dimension: str, lang: str) -> str:
    from cs_roles.messages import text

    return text(f"dimension.{dimension}", lang)


def source_line(source: SourceOut, lang: str) -> str:
    """The article cited as a person would: title, publisher, date, language."""
    from cs_roles.messages import text

    details = [source.publisher or ""]
    if source.published:
        details.append(text("source.published", lang, date=source.published))
    language = source.language
    if language:
        key = f"language.{language}"
        from cs_roles.messages import CATALOG

        name = text(key, lang) if key in CATALOG else language
        details.append(text("source.in_language", lang, language=name))
    shown = ", ".join(d for d in details if d)
    line = source.title
    if shown:
        line += f" ({shown})"
    if source.url:
        line += f" {source.url}"
    return line


def coverage_rows(payload: CompareResult, dimension: str) -> list[list[str]]:
    """For three or more roles, "have/needed" of each column role's items, per row role."""
    roles = payload.roles
    rows = []
    for row in roles:
        cells = []
        for column in roles:
            figures = payload.coverage[row].get(column)
            figure = figures.figure(dimension) if figures else None
            cells.append(f"{figure.have}/{figure.needed}" if figure else "–")
        rows.append(cells)
    return rows


def area_groups(
    areas: Sequence[GapArea], lang: str
) -> list[tuple[list[str], list[GapResponsibility]]]:
    """The responsibilities of new areas, each once, under the names of every area it
    belongs to: one that two areas share is one task, not two."""
    owners: dict[str, tuple[list[str], GapResponsibility]] = {}
    for area in areas:
        name = pick(area.name, lang) or area.id
        for responsibility in area.responsibilities:
            key = pick(responsibility.title, lang) + "\0" + pick(responsibility.text, lang)
            owners.setdefault(key, ([], responsibility))[0].append(name)
    groups: dict[tuple[str, ...], list[GapResponsibility]] = {}
    for names, responsibility in owners.values():
        groups.setdefault(tuple(names), []).append(responsibility)
    return [(list(names), items) for names, items in groups.items()]
