"""Markdown output, for pasting a comparison or a skills matrix into a document."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from cs_roles.render.labels import DIMENSION_TITLES, percent, pick

_TITLES = DIMENSION_TITLES["en"]


def _cell(value: str) -> str:
    return value.replace("|", "\\|").replace("\n", " ")


def grid_table(payload: Mapping[str, Any], dimension: str, lang: str) -> list[str]:
    roles: Sequence[str] = payload["roles"]
    names = payload["names"][dimension]
    lines = [
        "| " + " | ".join([_TITLES[dimension].lower(), *roles]) + " |",
        "| --- |" + " :-: |" * len(roles),
    ]
    for item, owners in payload["matrix"][dimension].items():
        label = _cell(pick(names.get(item), lang) or item)
        lines.append(
            "| " + " | ".join([label, *("✓" if r in owners else "" for r in roles)]) + " |"
        )
    return lines


def compare_markdown(payload: Mapping[str, Any], lang: str) -> str:
    roles = payload["roles"]
    similarity = payload["similarity"]
    dimensions = [d for d in ("skills", "tools", "areas") if d in payload]
    out = [f"## {' vs '.join(roles)}", ""]
    figures = ", ".join(f"{_TITLES[d].lower()} {percent(similarity[d])}" for d in dimensions)
    out += [f"Similarity: {figures}; overall **{percent(similarity['overall'])}**.", ""]
    for dimension in dimensions:
        out += [f"### {_TITLES[dimension]} ({percent(similarity[dimension])})", ""]
        out += grid_table(payload, dimension, lang)
        out.append("")
        if len(roles) == 2 and "coverage" in payload:
            out += [_covers(payload, roles[0], roles[1], dimension), ""]
    return "\n".join(out)


def _covers(payload: Mapping[str, Any], a: str, b: str, dimension: str) -> str:
    """Coverage both ways: what share of each role's items the other one has."""
    parts = []
    for x, y in ((b, a), (a, b)):
        figure = payload["coverage"][x][y][dimension]
        parts.append(
            f"{x} covers {figure['have']} of {y}'s {figure['needed']} "
            f"{_TITLES[dimension].lower()} ({percent(figure['ratio'])})"
        )
    return "Coverage: " + "; ".join(parts) + "."


def matrix_markdown(payload: Mapping[str, Any], lang: str) -> str:
    dimension = payload["dimension"]
    out = [f"## {_TITLES[dimension]} matrix", ""]
    out += grid_table(payload, dimension, lang)
    return "\n".join(out) + "\n"
