"""Machine-readable output: JSON, JSON lines and delimited rows (CSV, TSV, Excel's CSV).

Written without Rich so they stay exact and fast. Each command's payload is a table in
one obvious way (a role a row, a hit a row, an item a row); `records` says which, and both
JSON lines and the delimited formats are read from it, so they always carry the same facts.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from cs_roles.render.labels import pick

Record = dict[str, Any]


def to_json(value: Any, pretty: bool = True) -> str:
    """UTF-8 JSON (Hangul stays readable, not \\u-escaped), ending in a newline.

    Indented for a person at a terminal; compact when piped, which lets json use its C
    encoder (indentation forces the pure-Python one). Same content either way.
    """
    if pretty:
        return json.dumps(value, ensure_ascii=False, indent=2) + "\n"
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n"


def json_lines(command: str, payload: Any, long: bool = False) -> Iterator[str]:
    """One compact JSON object a line: the records of a list-shaped result."""
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    for record in records(command, payload, long=long):
        yield dumps(record) + "\n"


def records(command: str, payload: Any, long: bool = False) -> Iterator[Record]:
    """The rows of a result as JSON-ready objects (texts keep both languages)."""
    if command == "list":
        yield from payload
    elif command == "search":
        yield from payload["hits"]
    elif command == "validate":
        yield from payload["problems"]
    elif command == "similar":
        yield from payload["similar"]
    elif command == "fit":
        yield from payload["roles"]
    elif command in ("matrix", "compare"):
        yield from _grid_records(payload, long)
    else:
        raise ValueError(f"{command} has no record form")


def _dimensions(payload: Mapping[str, Any]) -> list[str]:
    if "dimension" in payload:
        return [payload["dimension"]]
    return [d for d in ("skills", "tools", "areas") if d in payload["matrix"]]


def _grid_records(payload: Mapping[str, Any], long: bool) -> Iterator[Record]:
    for dimension in _dimensions(payload):
        names = payload["names"][dimension]
        for item, owners in payload["matrix"][dimension].items():
            if long:
                for role in owners:
                    yield {
                        "dimension": dimension,
                        "id": item,
                        "name": names.get(item),
                        "role": role,
                    }
            else:
                yield {"dimension": dimension, "id": item, "name": names.get(item), "roles": owners}


# -- delimited ---------------------------------------------------------------------------


def delimited(
    command: str, payload: Any, lang: str, kind: str, long: bool = False
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
    for row in _rows(command, payload, lang, long):
        writer.writerow(row)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()


def _rows(command: str, payload: Any, lang: str, long: bool) -> Iterator[Sequence[Any]]:
    """The header, then one row per record, with texts in one language."""
    if command in ("matrix", "compare"):
        yield from _grid_rows(payload, lang, long)
        return
    columns = COLUMNS[command]
    yield [name for name, _ in columns]
    for record in records(command, payload):
        yield [cell(record, lang) for _, cell in columns]


def _grid_rows(payload: Mapping[str, Any], lang: str, long: bool) -> Iterator[Sequence[Any]]:
    """Long: one row per (item, role). Wide: one row per item, an 'x' under each role."""
    if long:
        yield ["dimension", "id", "name", "role"]
        for record in _grid_records(payload, long=True):
            label = pick(record["name"], lang) or record["id"]
            yield [record["dimension"], record["id"], label, record["role"]]
        return
    roles = payload["roles"]
    yield ["dimension", "id", "name", *roles]
    for record in _grid_records(payload, long=False):
        owners = set(record["roles"])
        label = pick(record["name"], lang) or record["id"]
        yield [
            record["dimension"],
            record["id"],
            label,
            *("x" if r in owners else "" for r in roles),
        ]


def _text(key: str) -> Any:
    return lambda record, lang: pick(record.get(key), lang)


def _plain(key: str) -> Any:
    return lambda record, lang: record.get(key)


def _joined(key: str) -> Any:
    return lambda record, lang: ";".join(record.get(key) or ())


def _nested(key: str, sub: str) -> Any:
    return lambda record, lang: (record.get(key) or {}).get(sub)


def _nested_list(key: str, sub: str) -> Any:
    return lambda record, lang: ";".join((record.get(key) or {}).get(sub) or ())


def _figure(dimension: str, part: str) -> Any:
    return lambda record, lang: ((record.get("coverage") or {}).get(dimension) or {}).get(part)


COLUMNS: dict[str, list[tuple[str, Any]]] = {
    "fit": [
        ("id", _plain("id")),
        ("title", _text("title")),
        ("fit", _nested("coverage", "overall")),
        ("skills_have", _figure("skills", "have")),
        ("skills_needed", _figure("skills", "needed")),
        ("tools_have", _figure("tools", "have")),
        ("tools_needed", _figure("tools", "needed")),
        ("missing_skills", _nested_list("missing", "skills")),
        ("missing_tools", _nested_list("missing", "tools")),
    ],
    "list": [
        ("id", _plain("id")),
        ("title", _text("title")),
        ("aliases", _joined("aliases")),
        ("skills", _plain("skills")),
        ("tools", _plain("tools")),
    ],
    "search": [
        ("kind", _plain("kind")),
        ("id", _plain("id")),
        ("name", _text("name")),
        ("matched", _plain("matched")),
        ("score", _plain("score")),
        ("roles", _joined("roles")),
        ("section", _plain("section")),
    ],
    "validate": [
        ("file", _plain("file")),
        ("line", _plain("line")),
        ("column", _plain("column")),
        ("path", _plain("path")),
        ("severity", _plain("severity")),
        ("message", _plain("message")),
    ],
    "similar": [
        ("id", _plain("id")),
        ("title", _text("title")),
        ("overall", _nested("similarity", "overall")),
        ("skills", _nested("similarity", "skills")),
        ("tools", _nested("similarity", "tools")),
        ("areas", _nested("similarity", "areas")),
        ("shared_skills", _nested_list("shared", "skills")),
        ("shared_tools", _nested_list("shared", "tools")),
        ("missing_skills", _nested_list("missing", "skills")),
        ("missing_tools", _nested_list("missing", "tools")),
    ],
}
