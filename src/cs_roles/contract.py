"""The output contract, generated from the result types of results.py.

From the annotations of each result class come its JSON Schema (draft 2020-12, printed by
`csroles schema COMMAND` and committed under `schema/`), the columns of its CSV, TSV and
Excel forms, and a Markdown reference of its JSON for the docs. Nothing here names a field:
add one to a result class and it is in the JSON, the schema, the rows and the reference.

In the CSV, TSV and Excel forms a text field is a column per language, `field_en` and
`field_ko`, unless one language is asked for with --lang (then one column, `field`): the
locale never changes what a script reads (`columns`).

Fields are only ever added within a major version, so objects allow additional properties.

`python -m cs_roles.contract --write schema/` writes the committed copies of the schemas.
"""

from __future__ import annotations

import inspect
import sys
import types
from collections.abc import Callable, Iterator
from functools import cache, partial
from pathlib import Path
from typing import Annotated, Any, Literal, Union, get_args, get_origin, get_type_hints

from cs_roles import results, team_results  # noqa: F401 (team's result is declared there)
from cs_roles.results import Absent, Keywords, Result, Shared

Schema = dict[str, Any]

# command -> (its result type, the type of one row of its table forms), as each command's
# result class declares it (`results.ANSWERS`)
COMMANDS: dict[str, tuple[Any, type[Result] | None]] = results.ANSWERS


# -- reading the annotations ----------------------------------------------------------------


@cache
def fields_of(cls: type[Result]) -> tuple[tuple[str, str, Any], ...]:
    """(attribute, JSON key, annotation with its metadata) of each field, in order."""
    hints = get_type_hints(cls, include_extras=True)  # each class in its own module
    return tuple((name, key, hints[name]) for name, key in cls._keys)


def _split(hint: Any) -> tuple[Any, list[Any]]:
    """The type inside `Annotated[...]` and its metadata."""
    if get_origin(hint) is Annotated:
        return hint.__origin__, list(hint.__metadata__)
    return hint, []


def _members(hint: Any) -> list[Any]:
    if get_origin(hint) in (Union, types.UnionType):
        return list(get_args(hint))
    return [hint]


def may_be_absent(hint: Any) -> bool:
    """Whether a field of this type can be left out of the JSON."""
    base, _ = _split(hint)
    return any(m is Absent or may_be_absent(m) for m in _members(base) if m is not base)


def _present(hint: Any) -> tuple[Any, list[Any]]:
    """The type a field has when present (Absent dropped), with all its metadata."""
    base, metadata = _split(hint)
    members = [m for m in _members(base) if m is not Absent]
    if len(members) == 1 and members[0] is not base:
        inner, more = _present(members[0])
        return inner, more + metadata
    return (members[0] if len(members) == 1 else Union[tuple(members)]), metadata  # noqa: UP007


# -- JSON Schema ---------------------------------------------------------------------------

_SIMPLE: dict[Any, str] = {
    str: "string",
    int: "integer",
    float: "number",
    bool: "boolean",
    type(None): "null",
}


def _nullable(schema: Schema) -> Schema:
    if isinstance(schema.get("type"), str) and "$ref" not in schema:
        return {**schema, "type": [schema["type"], "null"]}
    if "enum" in schema:
        return {**schema, "enum": [*schema["enum"], None]}
    return {"anyOf": [schema, {"type": "null"}]}


def _schema(hint: Any, defs: dict[str, Schema]) -> Schema:
    """The JSON Schema of one annotation; classes and shared types go into `defs`."""
    base, metadata = _present(hint)
    shared = next((m for m in metadata if isinstance(m, Shared)), None)
    if shared is not None and shared.name in defs:
        return {"$ref": f"#/$defs/{shared.name}"}
    schema = _bare(base, defs)
    for item in metadata:
        if isinstance(item, str):
            schema["description"] = item
        elif isinstance(item, Keywords):
            schema.update(item.keywords)
    if shared is not None:
        defs[shared.name] = schema
        return {"$ref": f"#/$defs/{shared.name}"}
    return schema


def _bare(base: Any, defs: dict[str, Schema]) -> Schema:
    origin, args = get_origin(base), get_args(base)
    if base in _SIMPLE:
        return {"type": _SIMPLE[base]}
    if origin in (Union, types.UnionType):
        others = [a for a in args if a is not type(None)]
        inner = _schema(others[0], defs) if len(others) == 1 else {
            "anyOf": [_schema(a, defs) for a in others]
        }  # fmt: skip
        return _nullable(inner) if len(others) < len(args) else inner
    if origin is Literal:
        return {"enum": list(args)}
    if origin is list:
        return {"type": "array", "items": _schema(args[0], defs)}
    if origin is dict:
        return {"type": "object", "additionalProperties": _schema(args[1], defs)}
    if isinstance(base, type) and issubclass(base, Result):
        name = base.__name__
        if name not in defs:
            defs[name] = {}  # reserved first: a class may refer to itself
            defs[name] = object_schema(base, defs)
        return {"$ref": f"#/$defs/{name}"}
    raise TypeError(f"no JSON Schema for {base!r}")


def _doc(cls: type) -> str:
    return " ".join(inspect.cleandoc(cls.__doc__ or "").split("\n\n")[0].split())


def object_schema(cls: type[Result], defs: dict[str, Schema]) -> Schema:
    properties = {key: _schema(hint, defs) for _, key, hint in fields_of(cls)}
    return {
        "description": _doc(cls),
        "type": "object",
        "required": [key for _, key, hint in fields_of(cls) if not may_be_absent(hint)],
        "properties": properties,
    }


def _document(command: str, body: Any, title: str) -> Schema:
    defs: dict[str, Schema] = {}
    top = object_schema(body, defs) if isinstance(body, type) else _schema(body, defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://csroles.invalid/schema/output/{command}.json",
        "title": title,
        **top,
        "$defs": defs,
    }


def schema_for(command: str) -> Schema:
    """The JSON Schema of what `csroles COMMAND --json` prints."""
    return _document(command, COMMANDS[command][0], f"csroles {command} --json")


def row_schema(command: str, long: bool = False) -> Schema:
    """The JSON Schema of one line of `csroles COMMAND --format jsonl`."""
    return _document(command, row_type(command, long), f"csroles {command} --format jsonl")


# -- rows: JSON lines and the delimited formats ---------------------------------------------


def row_type(command: str, long: bool = False) -> type[Result]:
    found = COMMANDS[command][1]
    if found is None:
        raise ValueError(f"{command} has no row form")
    return results.GridPair if long and found is results.GridItem else found


@cache
def rows_field(result_type: type[Result], row: type[Result]) -> str:
    """The field of a result that holds its rows: the one typed `list[row]`."""
    for name, _, hint in fields_of(result_type):
        base, _ = _present(hint)
        if get_origin(base) is list and get_args(base)[0] is row:
            return name
    raise ValueError(f"{result_type.__name__} has no list of {row.__name__}")


Cell = Callable[[Result], Any]

# The languages of the text columns when none is asked for: both, in a fixed order, so that
# what a script gets does not depend on the locale of the machine it runs on.
BOTH_LANGUAGES = ("en", "ko")


def text_headers(header: str, languages: tuple[str, ...]) -> list[tuple[str, str]]:
    """(column header, language) of a text field: `name` for one language asked for,
    `name_en`, `name_ko` (in the order asked for) for two."""
    if len(languages) == 1:
        return [(header, languages[0])]
    return [(f"{header}_{lang}", lang) for lang in languages]


@cache
def columns(
    row: type[Result], languages: tuple[str, ...] = BOTH_LANGUAGES, joiner: str = ";"
) -> tuple[tuple[str, Cell], ...]:
    """The header and the cell of each column: scalars as they are, lists of ids joined by
    `joiner` (';' in a CSV cell), nested results spread as `field_subfield`. A text gives a
    column per language (`text_headers`): with one language asked for (`--lang ko`), one
    column in it; with two (`--lang ko+en`) or none, `field_en` and `field_ko`, so CSV is
    the same bytes under any locale. A text missing in a language shows the English one, as
    the other forms do. Lists of objects do not fit a cell and stay in the JSON forms."""
    return tuple(_columns(row, "", (), languages, joiner))


def _columns(
    cls: type[Result], prefix: str, path: tuple[str, ...], languages: tuple[str, ...], joiner: str
) -> Iterator[tuple[str, Cell]]:
    for name, key, hint in fields_of(cls):
        base, is_text = _core(hint)
        header, where = prefix + key, (*path, name)
        if is_text:
            for column, lang in text_headers(header, languages):
                yield column, _cell(where, partial(_picked, lang=lang))
        elif isinstance(base, type) and issubclass(base, Result):
            yield from _columns(base, header + "_", where, languages, joiner)
        elif get_origin(base) is list and get_args(base)[0] is str:
            yield header, _cell(where, lambda value: joiner.join(value or ()))
        elif get_origin(base) not in (list, dict):
            yield header, _cell(where, lambda value: value)


def _picked(value: Any, lang: str) -> str:
    from cs_roles.render.labels import pick

    return pick(value, lang)


def _cell(path: tuple[str, ...], shown: Callable[[Any], Any]) -> Cell:
    def cell(record: Result) -> Any:
        return shown(_follow(record, path))

    return cell


def _core(hint: Any) -> tuple[Any, bool]:
    """The type a cell shows (Absent, None and metadata dropped), and whether it is a text."""
    base, metadata = _split(hint)
    if any(isinstance(m, Shared) and m.name == "text" for m in metadata):
        return base, True
    members = [m for m in _members(base) if m not in (Absent, type(None))]
    if len(members) == 1 and members[0] is not base:
        return _core(members[0])
    return base, False


def _follow(record: Any, path: tuple[str, ...]) -> Any:
    for name in path:
        record = getattr(record, name)
        if record is None or isinstance(record, Absent):
            return None
    return record


# -- the JSON reference for the docs --------------------------------------------------------


def _type_words(schema: Schema) -> str:
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[1]
        return f"[{name}](#{name.lower()})"
    if "anyOf" in schema:
        return " or ".join(_type_words(s) for s in schema["anyOf"])
    if "enum" in schema:
        return " or ".join("null" if v is None else f"`{v}`" for v in schema["enum"])
    kind = schema.get("type")
    if isinstance(kind, list):
        return " or ".join(_type_words({**schema, "type": k}) for k in kind)
    if kind in ("number", "integer") and ("minimum" in schema or "maximum" in schema):
        low, high = schema.get("minimum", ""), schema.get("maximum", "")
        return f"{kind} ({low}–{high})" if high != "" else f"{kind} (≥ {low})"
    if kind == "array":
        return "list of " + _type_words(schema["items"])
    if kind == "object" and "additionalProperties" in schema:
        return "object: key → " + _type_words(schema["additionalProperties"])
    return str(kind)


def _field_table(schema: Schema) -> list[str]:
    lines = ["| Field | Type | Description |", "| --- | --- | --- |"]
    required = set(schema.get("required", ()))
    for key, field in schema["properties"].items():
        note = field.get("description", "")
        if key not in required:
            note = (note + " " if note else "") + "Left out where it does not apply."
        note = note.replace("|", "\\|")
        lines.append(f"| `{key}` | {_type_words(field)} | {note} |")
    return lines


def json_reference_markdown(command: str) -> str:
    """Every object of the command's JSON as a Markdown table of fields."""
    schema = schema_for(command)
    out = [f"### `{command}`", ""]
    if "properties" in schema:
        out += [schema["description"], "", *_field_table(schema), ""]
    else:
        out += [f"`csroles {command} --json`: a list of {_type_words(schema['items'])}.", ""]
    for name, definition in schema["$defs"].items():
        out += [f"#### {name}", "", definition["description"], ""]
        if "properties" in definition:
            out += [*_field_table(definition), ""]
    return "\n".join(out).rstrip("\n") + "\n"


def write_schemas(folder: Path) -> list[Path]:
    """Write `<command>.schema.json` of every command into `folder`."""
    import json

    written = []
    for command in COMMANDS:
        path = folder / f"{command}.schema.json"
        text = json.dumps(schema_for(command), ensure_ascii=False, indent=2) + "\n"
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] != "--write":
        print("usage: python -m cs_roles.contract --write FOLDER", file=sys.stderr)
        return 2
    for path in write_schemas(Path(argv[1])):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
