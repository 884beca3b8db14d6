"""A team roster: who is on the team and what each person names as their skills, tools and
responsibility areas, read from the file a team leader already keeps.

Formats: CSV or TSV (UTF-8 with or without a byte-order mark; UTF-16 as Excel's "Unicode
text" writes it), an Excel workbook (.xlsx: the first sheet, or a named one), YAML or JSON
(a list of people, or a mapping whose `people` is that list), or `-` for standard input.
The extension says the format; without one (standard input, .txt) the content does. The
CSV delimiter is whichever of comma, tab and semicolon makes the header row name the most
known columns (so a European Excel's `;` file reads too).

One row per person. Columns, in English (any case and spacing) or Korean:

- `name` / 이름 (required): who; the same person twice is an error;
- `role` / 역할: their current role, any name the dataset's role lookup takes;
- `skills` / 기술, `tools` / 도구, `areas` / 업무 영역: items, kept as written here and
  resolved against the dataset by team.py, each in the kind its column names.

Items in a cell are separated by `;` when the cell has one, else by `,` (so a name with a
comma, as some O*NET products have, is written between semicolons); a line break always
separates. The full-width forms (；，、) count as the ASCII ones. In YAML and JSON a value
may also be a list of items.

Rows are numbered as a spreadsheet shows them: the header is row 1 (blank rows count; a
title above the header is passed over). In
YAML a person is located by the line their entry starts on, in JSON by their position in
the list. Unknown columns are returned as warnings and ignored. Anything else wrong is an
error naming the file, the row and, where it helps, the column: RosterUnreadable (exit 3)
when the bytes cannot be had, InvalidRoster (exit 4) when they are not a roster.

A roster is personal data: this module only reads it (files are opened read-only) and
keeps it in memory; nothing of it goes to the cache, a log or anywhere else.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain, islice
from typing import IO, Any, Literal

from cs_roles.errors import CsRolesError, ExitCode, UsageError
from cs_roles.names import fold

STDIN = "-"
STDIN_NAME = "<stdin>"
MAX_ROSTER_BYTES = 64 * 1024 * 1024  # far above any team; a bound on memory for a wrong file
HEADER_SEARCH_ROWS = 10  # rows (holding anything) in which the header row is looked for
FIELDS = ("name", "role", "skills", "tools", "areas")
ITEM_FIELDS = ("skills", "tools", "areas")
Format = Literal["csv", "tsv", "xlsx", "yaml", "json"]
Unit = Literal["row", "line", "entry"]

# Header names, folded (names.fold: case, width, spaces, '-' and '_' aside).
HEADERS: dict[str, str] = {
    **dict.fromkeys(("name", "이름", "성명"), "name"),
    **dict.fromkeys(("role", "역할", "직무"), "role"),
    **dict.fromkeys(("skills", "skill", "기술"), "skills"),
    **dict.fromkeys(("tools", "tool", "도구"), "tools"),
    **dict.fromkeys(
        ("areas", "area", "responsibilityareas", "업무영역", "책임영역", "영역"), "areas"
    ),
}
EXTENSIONS: dict[str, Format | None] = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".txt": None,  # Excel's "Unicode text" is tab-separated UTF-16; decided by the content
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".yaml": "yaml",
    ".yml": "yaml",
    ".json": "json",
}
_EDGES = " \t\u3000\xa0,;"  # stripped from each item's ends
_YAML_START = re.compile(r"(?:-(?:\s|$)|---|%YAML|[^\s,;\t\"'][^,;\t]*:(?:\s|$))")


# -- what a roster holds -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Where:
    """A place in a roster file, as its reader would look for it.

    `unit` is row (CSV, TSV, xlsx: the header is row 1), line (YAML) or entry (JSON: the
    person's position in the list, from 1). `column` is a spreadsheet column letter, None
    for YAML and JSON; `header` the column's header or the key, as written."""

    unit: Unit
    number: int | None = None
    column: str | None = None
    header: str | None = None

    def render(self, lang: str) -> str:
        from cs_roles.messages import echo, text

        header = echo(self.header, 40) if self.header is not None else None
        if self.number is None:
            if self.column is not None and header is None:
                return text("roster.where.column_only", lang, letter=self.column)
            if self.column is not None:
                return text("roster.where.column", lang, letter=self.column, header=header)
            return text("roster.where.key", lang, header=header)
        if header is None:
            return text(f"roster.where.{self.unit}", lang, n=self.number)
        if self.column is not None:
            return text(
                "roster.where.row_column", lang, n=self.number, letter=self.column, header=header
            )
        return text(f"roster.where.{self.unit}_key", lang, n=self.number, header=header)


@dataclass(frozen=True, slots=True)
class Phrase:
    """A catalog text with its values, put into a message in the language it is shown in."""

    key: str
    params: Mapping[str, object] = field(default_factory=dict)

    def render(self, lang: str) -> str:
        from cs_roles.messages import text

        return text(self.key, lang, **_localized(self.params, lang))


def _localized(params: Mapping[str, object], lang: str) -> dict[str, object]:
    return {
        name: value.render(lang) if isinstance(value, Where | Phrase) else value
        for name, value in params.items()
    }


@dataclass(frozen=True, slots=True)
class RosterWarning:
    """Something in the roster that was left out (an unknown column), not an error."""

    path: str
    where: Where | None
    message: Phrase

    def render(self, lang: str) -> str:
        return _located(self.path, self.where, self.message.render(lang), lang)

    def __str__(self) -> str:
        return self.render("en")


@dataclass(frozen=True, slots=True)
class Person:
    """One row of the roster, as written (items split, each stripped)."""

    name: str
    row: int  # see Where: a spreadsheet row, a YAML line or a JSON position
    role: str | None = None
    skills: tuple[str, ...] = ()
    tools: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()

    def items(self, dimension: str) -> tuple[str, ...]:
        items: tuple[str, ...] = getattr(self, dimension)
        return items


@dataclass(frozen=True, slots=True)
class Roster:
    """The people of a roster file, and where each column was found.

    `columns` maps each field read to its place (letter and header as written; for YAML
    and JSON the key of the first person that has it), so that a message about an item
    can name the column it came from."""

    path: str  # as shown in messages: the path given, or <stdin>
    format: Format
    unit: Unit
    people: tuple[Person, ...]
    columns: Mapping[str, Where] = field(default_factory=dict)
    warnings: tuple[RosterWarning, ...] = ()

    def where(self, person: Person, dimension: str | None = None) -> Where:
        """The place of a person's row, or of one of its cells."""
        if dimension is None:
            return Where(self.unit, person.row)
        column = self.columns.get(dimension)
        if column is None:
            return Where(self.unit, person.row, None, dimension)
        return Where(self.unit, person.row, column.column, column.header)


# -- errors -----------------------------------------------------------------------------


def _located(path: str, where: Where | None, message: str, lang: str) -> str:
    place = f"{path}: {where.render(lang)}" if where is not None else path
    return f"{place}: {message}"


class _RosterMessage(CsRolesError):
    """A roster error: the file, the place in it, then what is wrong, in either language."""

    def __init__(
        self,
        path: str,
        key: str,
        params: dict[str, object] | None = None,
        where: Where | None = None,
        hint: str | None = None,
        hint_params: dict[str, object] | None = None,
    ) -> None:
        super().__init__(key, params, hint, hint_params)
        self.path = path
        self.where = where

    def render(self, lang: str) -> str:
        from cs_roles.messages import text

        message = text(self.key, lang, **_localized(self.params, lang))
        return _located(self.path, self.where, message, lang)

    def render_hint(self, lang: str) -> str | None:
        from cs_roles.messages import text

        if not self.hint:
            return None
        return text(self.hint, lang, **_localized(self.hint_params, lang))


class RosterUnreadable(_RosterMessage):
    """The roster's bytes cannot be had: no such file, a directory, no permission, too large."""

    exit_code = ExitCode.UNREADABLE

    def __init__(self, path: str, reason: Phrase) -> None:
        super().__init__(path, "roster.error.unreadable", {"reason": reason})
        self.reason = reason

    def render(self, lang: str) -> str:
        from cs_roles.messages import text

        return text(self.key, lang, path=self.path, reason=self.reason.render(lang))


class InvalidRoster(_RosterMessage):
    """The file was read but is not a roster csroles can use: the file, row and column."""

    exit_code = ExitCode.INVALID


class SheetNotFound(_RosterMessage, UsageError):
    """--sheet names no sheet of the workbook, or was given for a file that has none."""

    exit_code = ExitCode.USAGE


# -- reading ----------------------------------------------------------------------------


def read_roster(
    source: str | os.PathLike[str], sheet: str | None = None, stdin: IO[bytes] | None = None
) -> Roster:
    """The roster in a file, or on standard input for `-` (`stdin`, else sys.stdin's bytes).

    `sheet` picks a worksheet of an .xlsx workbook (the first one otherwise); given for
    any other format it is a usage error."""
    path = os.fspath(source)
    display = STDIN_NAME if path == STDIN else path
    data = _read_stdin(display, stdin) if path == STDIN else _read_file(path)
    declared = None if path == STDIN else EXTENSIONS.get(os.path.splitext(path)[1].casefold())
    return parse_roster(data, display, declared, sheet)


def parse_roster(
    data: bytes, path: str, declared: Format | None = None, sheet: str | None = None
) -> Roster:
    """A roster from its bytes. `declared` is the format the file's extension gives; the
    content decides when there is none, and always for binary workbooks."""
    chosen = _sniff_binary(data, path) or declared
    if sheet is not None and chosen != "xlsx":
        raise SheetNotFound(path, "roster.error.sheet_not_workbook", {"option": "--sheet"})
    if chosen == "xlsx":
        return _read_workbook(data, path, sheet)
    text = _decode(data, path)
    if not text.strip():
        raise InvalidRoster(path, "roster.error.empty", hint="roster.hint.header")
    if chosen is None:
        chosen = _sniff_text(text)
    if chosen == "json":
        return _read_json(text, path)
    if chosen == "yaml":
        return _read_yaml(text, path)
    return _read_delimited(text, path, chosen)


def _fail_unreadable(path: str, key: str, **params: object) -> RosterUnreadable:
    return RosterUnreadable(path, Phrase(key, params))


def _read_file(path: str) -> bytes:
    try:
        size = os.stat(path).st_size
        if size > MAX_ROSTER_BYTES:
            raise _fail_unreadable(
                path, "roster.reason.too_large", size=f"{size:,}", limit=f"{MAX_ROSTER_BYTES:,}"
            )
        with open(path, "rb") as handle:  # read only: the roster file is never changed
            return handle.read()
    except FileNotFoundError:
        raise _fail_unreadable(path, "roster.reason.no_such_file") from None
    except IsADirectoryError:
        raise _fail_unreadable(path, "roster.reason.directory") from None
    except PermissionError:
        raise _fail_unreadable(path, "roster.reason.permission") from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise _fail_unreadable(path, "roster.reason.os", reason=reason) from None


def _read_stdin(path: str, stdin: IO[bytes] | None) -> bytes:
    if stdin is None:
        import sys

        from cs_roles.sources import claim_stdin

        claim_stdin("-")  # a second reader (--data -) is then refused, as everywhere
        stdin = getattr(sys.stdin, "buffer", None)
    if stdin is None:
        raise _fail_unreadable(path, "roster.reason.stdin_closed")
    try:
        data = stdin.read(MAX_ROSTER_BYTES + 1)
    except (OSError, ValueError) as exc:  # ValueError: read from a closed file
        reason = getattr(exc, "strerror", None) or str(exc)
        raise _fail_unreadable(path, "roster.reason.os", reason=reason) from None
    if len(data) > MAX_ROSTER_BYTES:
        raise _fail_unreadable(path, "roster.reason.stdin_too_large", limit=f"{MAX_ROSTER_BYTES:,}")
    return data


def _sniff_binary(data: bytes, path: str) -> Format | None:
    """xlsx by its zip signature; other binary files are refused here."""
    if data.startswith(b"PK\x03\x04"):
        return "xlsx"
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise InvalidRoster(path, "roster.error.old_excel", hint="roster.hint.save_xlsx")
    return None


def _decode(data: bytes, path: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    elif b"\x00" in data[:8192]:
        raise InvalidRoster(path, "roster.error.binary", hint="roster.hint.formats")
    else:
        encoding = "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InvalidRoster(
            path, "roster.error.not_utf8", where=Where("row", line), hint="roster.hint.utf8"
        ) from None
    if "\x00" in text:
        raise InvalidRoster(path, "roster.error.binary", hint="roster.hint.formats")
    return text


def _sniff_text(text: str) -> Format:
    """JSON, YAML or delimited text, by how the content starts."""
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")):
        return "json"
    for line in stripped.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            return "yaml" if _YAML_START.match(line) else "csv"
    return "csv"


# -- cells ------------------------------------------------------------------------------


def split_cell(cell: str) -> tuple[str, ...]:
    """A cell's items: line breaks always separate; then `;` when the cell has one, else `,`
    (full-width forms alike). Spaces and stray separators at an item's edges go; blank
    items are dropped."""
    if not cell.isascii():
        cell = cell.replace("；", ";").replace("，", ",").replace("、", ",")
    items: list[str] = []
    for line in cell.splitlines():
        separator = ";" if ";" in line else ","
        items.extend(part.strip(_EDGES) for part in line.split(separator))
    return tuple(item for item in items if item)


def _value_kind(value: object) -> Phrase:
    """What a value that is not text is, for 'must be text, not ...'."""
    import datetime

    if isinstance(value, bool):
        return Phrase("roster.value.boolean")
    if isinstance(value, int | float):
        return Phrase("roster.value.number", {"value": repr(value)})
    if isinstance(value, datetime.date | datetime.time | datetime.timedelta):
        return Phrase("roster.value.date")
    if isinstance(value, list | tuple | set):
        return Phrase("roster.value.list")
    if isinstance(value, dict):
        return Phrase("roster.value.mapping")
    return Phrase("roster.value.other")


class _Builder:
    """Turns cells into people, checking names; shared by every format."""

    def __init__(self, path: str, fmt: Format, unit: Unit) -> None:
        self.path = path
        self.format: Format = fmt
        self.unit: Unit = unit
        self.people: list[Person] = []
        self.seen: dict[str, int] = {}  # folded name -> row
        self.columns: dict[str, Where] = {}
        self.warnings: list[RosterWarning] = []

    def not_text(self, where: Where, value: object, hint: str) -> InvalidRoster:
        what = _value_kind(value)
        return InvalidRoster(self.path, "roster.error.not_text", {"what": what}, where, hint)

    def text_of(self, value: object, where: Where, allow_list: bool) -> list[str]:
        """A cell's text (a list of texts where items may be listed), or not_text."""
        if value is None:
            return []
        if isinstance(value, str):
            return [value]
        hint = "roster.hint.quote" if self.unit != "row" else "roster.hint.text_cell"
        if allow_list and isinstance(value, list):
            for element in value:
                if element is not None and not isinstance(element, str):
                    raise self.not_text(where, element, hint)
            return [element for element in value if element is not None]
        raise self.not_text(where, value, hint)

    def add(self, row: int, cells: Mapping[str, tuple[object, Where]]) -> None:
        """One person from their cells by field (absent fields are empty)."""
        name_cell = cells.get("name")
        where = Where(self.unit, row)
        if name_cell is None:
            raise InvalidRoster(self.path, "roster.error.missing_name", where=where)
        name_where = name_cell[1]
        names = self.text_of(name_cell[0], name_where, allow_list=False)
        name = " ".join(names[0].split()) if names else ""
        if not name:
            raise InvalidRoster(self.path, "roster.error.empty_name", where=name_where)
        key = fold(name)
        if key in self.seen:
            first = Where(self.unit, self.seen[key])
            raise InvalidRoster(
                self.path,
                "roster.error.duplicate_person",
                {"name": _echo(name), "first": first},
                where,
                "roster.hint.distinct_people",
            )
        self.seen[key] = row
        role = None
        if "role" in cells:
            value, role_where = cells["role"]
            roles = self.text_of(value, role_where, allow_list=False)
            role = " ".join(roles[0].split()) if roles else None
        items: dict[str, tuple[str, ...]] = {}
        for dimension in ITEM_FIELDS:
            if dimension in cells:
                value, item_where = cells[dimension]
                texts = self.text_of(value, item_where, allow_list=True)
                items[dimension] = tuple(i for t in texts for i in split_cell(t))
        self.people.append(Person(name, row, role or None, **items))

    def warn(self, where: Where | None, key: str, **params: object) -> None:
        self.warnings.append(RosterWarning(self.path, where, Phrase(key, params)))

    def roster(self) -> Roster:
        if not self.people:
            raise InvalidRoster(self.path, "roster.error.no_people", hint="roster.hint.header")
        return Roster(
            self.path,
            self.format,
            self.unit,
            tuple(self.people),
            dict(self.columns),
            tuple(self.warnings),
        )


def _echo(value: str) -> str:
    from cs_roles.messages import echo

    return echo(value)


def column_letter(index: int) -> str:
    """A spreadsheet column's letters for a 0-based index: 0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


# -- tables: CSV, TSV, xlsx ---------------------------------------------------------------


def _read_table(
    rows: Iterable[Sequence[object]], path: str, fmt: Format, hint_empty: str
) -> Roster:
    """People from rows of cells. The header is the first row that names a `name` column
    among the first few that hold anything (a title or a note may sit above it), else the
    first of them, which then fails for want of a name column."""
    builder = _Builder(path, fmt, "row")
    filled = ((n, cells) for n, cells in enumerate(rows, start=1) if any(map(_filled, cells)))
    leading = list(islice(filled, HEADER_SEARCH_ROWS))
    if not leading:
        raise InvalidRoster(path, "roster.error.empty", hint=hint_empty)
    at = next((i for i, (_n, cells) in enumerate(leading) if _names_a_person(cells)), 0)
    header_row, header_cells = leading[at]
    fields, ignored = _header(builder, header_cells, header_row)
    unnamed: set[int] = set()  # columns without a header that hold values
    for number, cells in chain(leading[at + 1 :], filled):
        record: dict[str, tuple[object, Where]] = {}
        for index, value in enumerate(cells):
            field_name = fields.get(index)
            if field_name is not None:
                column = builder.columns[field_name]
                record[field_name] = (value, Where("row", number, column.column, column.header))
            elif index not in ignored and _filled(value):
                unnamed.add(index)
        builder.add(number, record)
    for index in sorted(unnamed):
        builder.warn(Where("row", None, column_letter(index)), "roster.warning.unnamed_column")
    return builder.roster()


def _names_a_person(cells: Sequence[object]) -> bool:
    return any(
        isinstance(c, str) and HEADERS.get(fold(" ".join(c.split()))) == "name" for c in cells
    )


def _filled(value: object) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _header(
    builder: _Builder, cells: Sequence[object], row: int
) -> tuple[dict[int, str], set[int]]:
    """Which field each column holds; unknown columns are warned about and ignored."""
    fields: dict[int, str] = {}
    ignored: set[int] = set()
    for index, value in enumerate(cells):
        if not _filled(value):
            continue
        letter = column_letter(index)
        header = " ".join(value.split()) if isinstance(value, str) else str(value)
        where = Where("row", None, letter, header)
        field_name = HEADERS.get(fold(header))
        if field_name is None:
            ignored.add(index)
            builder.warn(where, "roster.warning.unknown_column", known=_known_columns())
            continue
        if field_name in builder.columns:
            first = builder.columns[field_name]
            raise InvalidRoster(
                builder.path,
                "roster.error.duplicate_column",
                {"first": first, "second": where},
                Where("row", row),
                "roster.hint.one_column",
            )
        builder.columns[field_name] = where
        fields[index] = field_name
    if "name" not in builder.columns:
        headers = [" ".join(str(v).split()) for v in cells if _filled(v)]
        raise InvalidRoster(
            builder.path,
            "roster.error.no_name_column",
            {"columns": ", ".join(_echo(h) for h in headers)},
            Where("row", row),
            "roster.hint.header",
        )
    return fields, ignored


def _known_columns() -> str:
    return "name, role, skills, tools, areas; 이름, 역할, 기술, 도구, 업무 영역"


def _read_delimited(text: str, path: str, declared: Format | None) -> Roster:
    import csv
    import io

    delimiter = _delimiter(text, declared)
    fmt: Format = "tsv" if delimiter == "\t" else "csv"
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)

    def rows() -> Iterator[list[str]]:
        try:
            yield from reader
        except csv.Error as exc:
            raise InvalidRoster(
                path,
                "roster.error.syntax",
                {"format": fmt.upper(), "reason": str(exc)},
                Where("row", reader.line_num or 1),
            ) from None

    return _read_table(rows(), path, fmt, "roster.hint.header")


def _delimiter(text: str, declared: Format | None) -> str:
    """The delimiter that makes the header name the most known columns; the extension's
    (tab for .tsv, else comma) when none does better."""
    import csv

    default = "\t" if declared == "tsv" else ","
    first = next((line for line in text.splitlines() if line.strip()), "")
    best, best_key = default, (-1, 0, 0)
    for candidate in (",", "\t", ";"):
        cells = next(csv.reader([first], delimiter=candidate), [])
        known = sum(1 for c in cells if fold(" ".join(c.split())) in HEADERS)
        key = (known, candidate == default, len(cells))
        if key > best_key:
            best, best_key = candidate, key
    return best


def _read_workbook(data: bytes, path: str, sheet: str | None) -> Roster:
    import io
    import warnings
    import zipfile
    from xml.etree.ElementTree import ParseError

    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    failures = (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError, ParseError, EOFError)
    with warnings.catch_warnings():  # openpyxl warns about features it skips; not ours to show
        warnings.simplefilter("ignore")
        try:
            workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except (*failures, InvalidFileException) as exc:
            raise InvalidRoster(
                path,
                "roster.error.not_workbook",
                {"reason": _reason(exc)},
                hint="roster.hint.formats",
            ) from None
        try:
            names = list(workbook.sheetnames)
            if sheet is None:
                if not names:
                    raise InvalidRoster(path, "roster.error.empty", hint="roster.hint.header")
                chosen = names[0]
            else:
                chosen = _pick_sheet(path, sheet, names)
            worksheet = workbook[chosen]
            if not hasattr(worksheet, "iter_rows"):  # a chart sheet
                raise InvalidRoster(path, "roster.error.not_worksheet", {"sheet": _echo(chosen)})
            try:
                rows = [tuple(r) for r in worksheet.iter_rows(values_only=True)]
            except (*failures, AttributeError) as exc:
                raise InvalidRoster(
                    path, "roster.error.not_workbook", {"reason": _reason(exc)}
                ) from None
        finally:
            workbook.close()
    return _read_table(rows, path, "xlsx", "roster.hint.header")


def _reason(exc: BaseException) -> str:
    text = str(exc).strip()
    return text[:200] if text else type(exc).__name__


def _pick_sheet(path: str, sheet: str, names: list[str]) -> str:
    if sheet in names:
        return sheet
    folded = [n for n in names if fold(n) == fold(sheet)]
    if len(folded) == 1:
        return folded[0]
    raise SheetNotFound(
        path,
        "roster.error.no_sheet",
        {"sheet": _echo(sheet), "sheets": ", ".join(_echo(n) for n in names)},
    )


# -- YAML and JSON ------------------------------------------------------------------------


def _read_yaml(text: str, path: str) -> Roster:
    import yaml

    base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    lines: dict[int, int] = {}

    class LineLoader(base):  # type: ignore[misc]
        """Remembers the line each mapping starts on (a person's place in the file)."""

    def mapping(loader: Any, node: Any) -> Iterator[dict[Any, Any]]:
        data: dict[Any, Any] = {}
        lines[id(data)] = node.start_mark.line + 1
        yield data
        data.update(loader.construct_mapping(node))

    LineLoader.add_constructor("tag:yaml.org,2002:map", mapping)
    try:
        document = yaml.load(text, Loader=LineLoader)  # LineLoader is a safe loader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = Where("line", mark.line + 1) if mark is not None else None
        raise InvalidRoster(
            path,
            "roster.error.syntax",
            {"format": "YAML", "reason": exc.problem or str(exc)},
            where,
        ) from None
    except (yaml.YAMLError, RecursionError, ValueError) as exc:
        raise InvalidRoster(
            path, "roster.error.syntax", {"format": "YAML", "reason": _reason(exc)}
        ) from None
    return _read_records(document, path, "yaml", "line", lambda i, person: lines.get(id(person), i))


def _read_json(text: str, path: str) -> Roster:
    import json

    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidRoster(
            path,
            "roster.error.syntax",
            {"format": "JSON", "reason": exc.msg},
            Where("line", exc.lineno),
        ) from None
    except (RecursionError, ValueError) as exc:
        raise InvalidRoster(
            path, "roster.error.syntax", {"format": "JSON", "reason": _reason(exc)}
        ) from None
    return _read_records(document, path, "json", "entry", lambda i, _person: i)


def _read_records(
    document: object,
    path: str,
    fmt: Format,
    unit: Unit,
    place: Callable[[int, object], int],
) -> Roster:
    """People from a list of mappings (or a mapping whose `people` is one)."""
    builder = _Builder(path, fmt, unit)
    if document is None:
        raise InvalidRoster(path, "roster.error.empty", hint="roster.hint.records")
    people = document
    if isinstance(document, dict):
        keys = {fold(str(k)): k for k in document}
        if "people" not in keys:
            raise InvalidRoster(path, "roster.error.not_a_list", hint="roster.hint.records")
        for folded, key in keys.items():
            if folded != "people":
                builder.warn(
                    Where(unit, None, None, str(key)), "roster.warning.unknown_key", known="people"
                )
        people = document[keys["people"]]
    if not isinstance(people, list):
        raise InvalidRoster(path, "roster.error.not_a_list", hint="roster.hint.records")
    warned: set[str] = set()
    for position, person in enumerate(people, start=1):
        number = place(position, person)
        if not isinstance(person, dict):
            raise InvalidRoster(
                path,
                "roster.error.person_not_mapping",
                {
                    "what": _value_kind(person)
                    if person is not None
                    else Phrase("roster.value.empty")
                },
                Where(unit, number),
                "roster.hint.records",
            )
        cells: dict[str, tuple[object, Where]] = {}
        for key, value in person.items():
            shown = str(key)
            field_name = (
                HEADERS.get(fold(" ".join(shown.split()))) if isinstance(key, str) else None
            )
            if field_name is None:
                if shown not in warned:
                    warned.add(shown)
                    builder.warn(
                        Where(unit, number, None, shown),
                        "roster.warning.unknown_key",
                        known=_known_columns(),
                    )
                continue
            where = Where(unit, number, None, shown)
            if field_name in cells:
                raise InvalidRoster(
                    path,
                    "roster.error.duplicate_column",
                    {"first": cells[field_name][1], "second": where},
                    Where(unit, number),
                    "roster.hint.one_column",
                )
            builder.columns.setdefault(field_name, Where(unit, None, None, shown))
            cells[field_name] = (value, where)
        builder.add(number, cells)
    return builder.roster()
