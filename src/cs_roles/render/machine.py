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
    json_fields,
)

Output = Result | list[Result]  # a command's result: one object, or a list for `list`


def to_json(value: Any, pretty: bool = True) -> str:
    """UTF-8 JSON (Hangul stays readable, not \\u-escaped), ending in a newline.

    Indented for a person at a terminal; compact when piped, which lets json use its C
    encoder (indentation forces the pure-Python one). Same content either way.
    """
    if pretty:
        return json.dumps(value, ensure_ascii=False, indent=2, default=json_fields) + "\n"
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=json_fields) + "\n"


def json_lines(command: str, payload: Output, long: bool = False) -> Iterator[str]:
    """One compact JSON object a line: the records of a list-shaped result."""
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=json_fields).encode
    for record in records(command, payload, long=long):
        yield dumps(record) + "\n"


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
    command: str, payload: Output, lang: str | None, kind: str, long: bool = False
) -> Iterator[str]:
    """CSV, TSV or Excel's CSV (UTF-8 with a byte-order mark and CRLF), a row at a time.
    `lang` is the --lang asked for, None when none was: then every text has a column in
    each language, whatever the locale says."""
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
    command: str, payload: Output, lang: str | None, long: bool = False
) -> Iterator[Sequence[Any]]:
    """The header, then one row per record, texts in the languages of `contract.columns`
    (both, unless --lang chose). A wide grid has a column per role, which no type can list:
    an 'x' under each role that has the item."""
    from cs_roles.contract import BOTH_LANGUAGES, columns, row_type, text_headers

    languages = tuple(lang.split("+")) if lang else BOTH_LANGUAGES
    if isinstance(payload, CompareResult | MatrixResult) and not long:
        roles = payload.roles
        names = text_headers("name", languages)
        yield ["dimension", "id", *(header for header, _ in names), *roles]
        for item in _grid_items(payload):
            owners = set(item.roles)
            labels = [pick(item.name, language) or item.id for _, language in names]
            marks = ["x" if r in owners else "" for r in roles]
            yield [item.dimension, item.id, *labels, *marks]
        return
    spec = columns(row_type(command, long), languages)
    yield [header for header, _ in spec]
    for record in records(command, payload, long):
        yield [cell(record) for _, cell in spec]
