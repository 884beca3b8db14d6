"""From a roster file's cells to people: CSV, TSV and xlsx tables, YAML and JSON records.

`roster.parse_roster` decides the format and calls the reader here; each turns its cells
into `Person`s through one builder, which checks names and splits the item cells, so every
format reads a cell the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import chain, islice
from typing import Any

from cs_roles.names import fold
from cs_roles.roster import (
    HEADER_SEARCH_ROWS,
    HEADERS,
    ITEM_FIELDS,
    Format,
    InvalidRoster,
    Person,
    Phrase,
    Roster,
    RosterWarning,
    SheetNotFound,
    Unit,
    Where,
)

_EDGES = " \t\u3000\xa0,;"  # stripped from each item's ends


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


def read_delimited(text: str, path: str, declared: Format | None) -> Roster:
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


def read_workbook(data: bytes, path: str, sheet: str | None) -> Roster:
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


def read_yaml(text: str, path: str) -> Roster:
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


def read_json(text: str, path: str) -> Roster:
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
