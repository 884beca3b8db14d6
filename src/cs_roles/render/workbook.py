"""Excel workbooks (.xlsx), written with openpyxl.

openpyxl is already what reads .xlsx rosters (roster.py), so one library serves both ways
and no second dependency is installed; XlsxWriter writes only. A workbook is a real
spreadsheet, unlike `--format excel` (CSV with a byte-order mark, which LibreOffice opens
as Windows-1252 unless told otherwise): cells are typed (numbers stay numbers, ratios are
shown as percentages), Hangul is stored as Unicode whatever the reader's locale, the header
row is frozen and columns are as wide as their text.

Every command with table rows gets a workbook for free: one sheet holding the very rows
its CSV has (machine.table_rows, from the contract). A command that needs more sheets
(team: summary, matrix, training plan) declares WORKBOOKS in its renderer module
(named by its command module's `RENDERERS`) and builds them with the helpers here.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from rich.cells import cell_len

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

MAX_WIDTH = 60  # a column wider than this wraps its text instead
PERCENT_HEADERS = ("ratio", "overall", "best", "threshold")  # 0..1 figures, shown as %
HAVE_COLOUR = "C6EFCE"  # Excel's own "good" green
LACK_COLOUR = "FFC7CE"  # and its "bad" red
HEADER_COLOUR = "DDEBF7"
_SHEET_NAME_FORBIDDEN = str.maketrans({c: "_" for c in "[]:*?/\\"})


def workbook_bytes(
    command: str, payload: Any, lang: str, long: bool = False, *, columns: str | None = None
) -> bytes:
    """The workbook of a command's result, as the bytes of an .xlsx file: labels in `lang`;
    a sheet of a command's rows has its texts in the languages `columns` names, both when
    None (--lang not given), as the CSV has them."""
    from importlib import import_module

    from openpyxl import Workbook

    from cs_roles.commands import declared

    own = declared(command, "RENDERERS")
    workbook = Workbook()
    if own is not None:
        import_module(own).WORKBOOKS[command](workbook, payload, lang)
    else:
        from cs_roles.render.machine import table_rows

        table_sheet(workbook.active, command, table_rows(command, payload, columns, long))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def new_sheet(workbook: Workbook, title: str) -> Worksheet:
    """The workbook's first, empty sheet, or a new one after it."""
    from openpyxl.worksheet.worksheet import Worksheet

    sheet = workbook.active
    fresh = isinstance(sheet, Worksheet) and sheet.title.startswith("Sheet")  # a new book's
    if isinstance(sheet, Worksheet) and fresh and sheet.max_row == 1 and sheet["A1"].value is None:
        sheet.title = sheet_name(title)
        return sheet
    created: Worksheet = workbook.create_sheet(sheet_name(title))
    return created


def sheet_name(title: str) -> str:
    """A title Excel accepts for a sheet: no []:*?/\\, at most 31 characters."""
    return title.translate(_SHEET_NAME_FORBIDDEN)[:31] or "_"


def table_sheet(sheet: Any, title: str, rows: Iterable[Sequence[Any]]) -> Worksheet:
    """A sheet of rows, the first of them the header: bold, filled, frozen; columns fitted."""
    sheet.title = sheet_name(title)
    rows = iter(rows)
    header = list(next(rows, []))
    write_row(sheet, 1, header)
    for number, row in enumerate(rows, start=2):
        write_row(sheet, number, row)
    style_header(sheet, 1)
    sheet.freeze_panes = "A2"
    for index, name in enumerate(header, start=1):
        if isinstance(name, str) and name.endswith(PERCENT_HEADERS):
            for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.number_format = "0%"
    fit_widths(sheet)
    return sheet  # type: ignore[no-any-return]


def write_row(sheet: Worksheet, number: int, values: Sequence[Any], start: int = 1) -> None:
    for column, value in enumerate(values, start=start):
        write_cell(sheet, number, column, value)


def write_cell(sheet: Worksheet, row: int, column: int, value: Any) -> Any:
    """One value, as data: a text beginning with '=' stays text (never a formula a hostile
    roster could plant), and characters XML cannot hold are shown as U+FFFD."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
    cell = sheet.cell(row=row, column=column, value=value)
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"
    return cell


def style_header(sheet: Worksheet, row: int) -> None:
    from openpyxl.styles import Font, PatternFill

    fill = PatternFill("solid", fgColor=HEADER_COLOUR)
    for cell in sheet[row]:
        if cell.value is not None:
            cell.font = Font(bold=True)
            cell.fill = fill


def fill(colour: str) -> Any:
    from openpyxl.styles import PatternFill

    return PatternFill("solid", fgColor=colour)


def display_width(value: Any) -> int:
    """How many character widths a value takes: Hangul and other wide characters count
    two (rich.cells, as the terminal output measures), each line of a text on its own."""
    if value is None:
        return 0
    if isinstance(value, float):
        return 6
    return max((cell_len(line) for line in str(value).splitlines()), default=0)


def fit_widths(sheet: Worksheet, skip_rows: int = 0, minimum: int = 4) -> None:
    """Each column as wide as its widest cell (plus a margin), at most MAX_WIDTH, where
    longer texts wrap. `skip_rows` leaves out rows drawn otherwise (rotated headers)."""
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    widths: dict[int, int] = {}
    for row in sheet.iter_rows(min_row=skip_rows + 1):
        for cell in row:
            width = display_width(cell.value)
            if width > MAX_WIDTH:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            column = int(cell.column or 1)
            widths[column] = max(widths.get(column, 0), width)
    for column, width in widths.items():
        letter = get_column_letter(column)
        sheet.column_dimensions[letter].width = min(max(width, minimum) + 2, MAX_WIDTH + 2)
