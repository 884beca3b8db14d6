"""The terminal, Markdown and plain-text forms of a result that no renderer names: a new
command's, until it needs a layout of its own.

They show what its CSV shows (`contract.columns` of its row type, or of the result itself
where it has no rows), texts in the reader's language and each column headed by the
catalog's word for it, `<command>.<column>`, so that a new command is readable in both
languages from its result type and its words alone. In a terminal the rows are one table
at the terminal's width, or a block a row where the table does not fit; a result without
rows is its fields, one a line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from cs_roles.messages import text

if TYPE_CHECKING:
    from cs_roles.results import Result


def _contents(command: str, payload: Any, lang: str) -> tuple[list[str], list[list[str]], bool]:
    """The headers, the shown cells of each row, and whether the result has rows."""
    from cs_roles.contract import COMMANDS, columns
    from cs_roles.render.machine import records

    row = COMMANDS[command][1]
    shape: type[Result] = row or type(payload)
    spec = columns(shape, (lang,), ", ")
    found = list(records(command, payload)) if row is not None else [payload]
    headers = [text(f"{command}.{header}", lang) for header, _ in spec]
    cells = [[_shown(cell(record), lang) for _, cell in spec] for record in found]
    return headers, cells, row is not None


def _shown(value: Any, lang: str) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return text("word.yes" if value else "word.no", lang)
    return str(value)


def rows_table(command: str, payload: Any, lang: str) -> RenderableType:
    from cs_roles.render.terminal import (
        folding_column,
        ident,
        longest_word,
        plain_table,
        table_or_stacked,
    )

    headers, cells, has_rows = _contents(command, payload, lang)
    if not has_rows:
        return _fields(headers, cells[0])
    minimums = [
        max(longest_word(column), longest_word([header]))
        for header, column in zip(headers, zip(*cells, strict=True), strict=False)
    ] or [1]

    def table() -> Table:
        shown = plain_table()
        for n, header in enumerate(headers):
            folding_column(shown, header, [row[n] for row in cells], style="cyan" if n == 0 else "")
        for row in cells:
            shown.add_row(*row)
        return shown

    def stacked() -> RenderableType:
        blocks: list[RenderableType] = []
        for row in cells:
            blocks += [ident(row[0], "bold cyan"), _fields(headers[1:], row[1:]), Text("")]
        return Group(*blocks)

    return table_or_stacked(table, stacked, minimums)


def _fields(headers: list[str], values: list[str]) -> Text:
    out = Text(overflow="fold")
    for n, (header, value) in enumerate(zip(headers, values, strict=True)):
        out.append("\n" if n else "")
        out.append(f"{header}: ", style="bold")
        out.append(value)
    return out


def rows_markdown(command: str, payload: Any, lang: str) -> str:
    from cs_roles.render.markdown import pipe_table

    headers, cells, has_rows = _contents(command, payload, lang)
    if not has_rows:
        lines = [
            f"- **{header}**: {value}" for header, value in zip(headers, cells[0], strict=True)
        ]
        return "\n".join(lines) + "\n"
    return "\n".join(pipe_table(headers, cells)) + "\n"


def rows_text(command: str, payload: Any, lang: str) -> str:
    headers, cells, _ = _contents(command, payload, lang)
    blocks = ["\n".join(f"{h}: {v}" for h, v in zip(headers, row, strict=True)) for row in cells]
    return "\n\n".join(blocks) + "\n"
