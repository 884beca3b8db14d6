"""Machine-readable output: JSON, JSON lines and delimited rows (CSV, TSV, Excel's CSV).

Written without Rich so they stay exact and fast. Each command's result is a table in one
obvious way (a role a row, a hit a row, an item a row); contract.py says which type a row
has and derives the columns from it, so JSON lines and the delimited formats carry the
same facts, named as in the JSON.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

from cs_roles.render.labels import pick
from cs_roles.results import (
    CompareResult,
    GridItem,
    GridPair,
    MatrixResult,
    Result,
    to_json_value,
)

Output = Result | list[Result]  # a command's result: one object, or a list for `list`


def to_json(value: Any, pretty: bool = True) -> str:
    """UTF-8 JSON (Hangul stays readable, not \\u-escaped), ending in a newline.

    Indented for a person at a terminal; compact when piped, which lets json use its C
    encoder (indentation forces the pure-Python one). Same content either way.
    """
    if pretty:
        return json.dumps(value, ensure_ascii=False, indent=2) + "\n"
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n"


def json_lines(command: str, payload: Output, long: bool = False) -> Iterator[str]:
    """One compact JSON object a line: the records of a list-shaped result."""
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    for record in records(command, payload, long=long):
        yield dumps(to_json_value(record)) + "\n"


def records(command: str, payload: Output, long: bool = False) -> Iterator[Result]:
    """The rows of a result, each an object of the command's row type."""
    from cs_roles.contract import row_type, rows_field

    if isinstance(payload, CompareResult | MatrixResult):
        yield from _grid_pairs(payload) if long else _grid_items(payload)
    elif isinstance(payload, list):
        yield from payload
    else:
        yield from getattr(payload, rows_field(type(payload), row_type(command)))


def _grid_items(payload: CompareResult | MatrixResult) -> Iterator[GridItem]:
    """A matrix or a comparison, an item with the roles that have it at a time."""
    dimensions = [payload.dimension] if isinstance(payload, MatrixResult) else payload.matrix
    for dimension in dimensions:
        names = payload.names[dimension]
        for item, owners in payload.matrix[dimension].items():
            yield GridItem(dimension=dimension, id=item, name=names.get(item), roles=owners)


def _grid_pairs(payload: CompareResult | MatrixResult) -> Iterator[GridPair]:
    """`--long`: an item and one role that has it at a time."""
    for item in _grid_items(payload):
        for role in item.roles:
            yield GridPair(dimension=item.dimension, id=item.id, name=item.name, role=role)


# -- delimited ---------------------------------------------------------------------------


def delimited(
    command: str, payload: Output, lang: str, kind: str, long: bool = False
) -> Iterator[str]:
    """CSV, TSV or Excel's CSV (UTF-8 with a byte-order mark and CRLF), a row at a time."""
    import csv  # only delimited output pays for it
    import io

    buffer = io.StringIO()
    if kind == "tsv":
        writer = csv.writer(buffer, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    else:
        writer = csv.writer(buffer, lineterminator="\r\n" if kind == "excel" else "\n")
    if kind == "excel":
        yield "\ufeff"
    for row in table_rows(command, payload, lang, long):
        writer.writerow(row)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()


def table_rows(
    command: str, payload: Output, lang: str, long: bool = False
) -> Iterator[Sequence[Any]]:
    """The header, then one row per record, with texts in one language. A wide grid has a
    column per role, which no type can list: an 'x' under each role that has the item."""
    from cs_roles.contract import columns, row_type

    if isinstance(payload, CompareResult | MatrixResult) and not long:
        roles = payload.roles
        yield ["dimension", "id", "name", *roles]
        for item in _grid_items(payload):
            owners = set(item.roles)
            label = pick(item.name, lang) or item.id
            yield [item.dimension, item.id, label, *("x" if r in owners else "" for r in roles)]
        return
    spec = columns(row_type(command, long))
    yield [header for header, _ in spec]
    for record in records(command, payload, long):
        yield [cell(record, lang) for _, cell in spec]
