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
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import IO, Literal

from cs_roles.errors import CsRolesError, ExitCode, SystemReason, UsageError

STDIN = "-"
STDIN_NAME = "<stdin>"
MAX_ROSTER_BYTES = 64 * 1024 * 1024  # far above any team; a bound on memory for a wrong file
HEADER_SEARCH_ROWS = 10  # rows (holding anything) in which the header row is looked for
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
    from cs_roles.roster_formats import read_delimited, read_json, read_workbook, read_yaml

    chosen = _sniff_binary(data, path) or declared
    if sheet is not None and chosen != "xlsx":
        raise SheetNotFound(path, "roster.error.sheet_not_workbook", {"option": "--sheet"})
    if chosen == "xlsx":
        return read_workbook(data, path, sheet)
    text = _decode(data, path)
    if not text.strip():
        raise InvalidRoster(path, "roster.error.empty", hint="roster.hint.header")
    if chosen is None:
        chosen = _sniff_text(text)
    if chosen == "json":
        return read_json(text, path)
    if chosen == "yaml":
        return read_yaml(text, path)
    return read_delimited(text, path, chosen)


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
        reason = SystemReason(exc)
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
        reason = SystemReason(exc) if isinstance(exc, OSError) else str(exc)
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
