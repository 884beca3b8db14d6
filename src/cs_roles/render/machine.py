"""Machine-readable output: JSON and CSV, written without Rich so they stay exact and fast."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from cs_roles.render.labels import pick


def to_json(value: Any, pretty: bool = True) -> str:
    """UTF-8 JSON (Hangul stays readable, not \\u-escaped), ending in a newline.

    Indented for a person at a terminal; compact when piped, which lets json use its C
    encoder (indentation forces the pure-Python one). Same content either way.
    """
    if pretty:
        return json.dumps(value, ensure_ascii=False, indent=2) + "\n"
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n"


def to_csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    import csv  # only CSV output pays for it
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def grid_csv(payload: Any, dimensions: Sequence[str], lang: str) -> str:
    """One row per item: dimension, id, name, then an 'x' under each role that has it."""
    roles = payload["roles"]
    rows = []
    for dimension in dimensions:
        names = payload["names"][dimension]
        for item, owners in payload["matrix"][dimension].items():
            label = pick(names.get(item), lang) or item
            rows.append([dimension, item, label, *("x" if r in owners else "" for r in roles)])
    return to_csv(["dimension", "id", "name", *roles], rows)
