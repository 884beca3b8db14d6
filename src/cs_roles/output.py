"""The one output path: a command's result, in the format asked for, written to stdout.

Every command hands its result (the typed objects of payloads.py) to `emit`, which picks
the renderer for the format and writes it. Writing is where the outside world can fail:
a reader that goes away (`| head -1`), a closed stdout (`>&-`), a full disk. A reader that
goes away is normal and the command keeps the exit code it would have had; the other two
are errors.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from enum import StrEnum
from typing import Any

from cs_roles.errors import OutputError, SystemReason


class Format(StrEnum):
    table = "table"  # for people: Rich tables and sections (plain lines for validate)
    text = "text"  # plain paragraphs, for pasting
    markdown = "markdown"
    json = "json"
    jsonl = "jsonl"  # one JSON record a line, where the result is a list
    csv = "csv"
    tsv = "tsv"
    excel = "excel"  # CSV that Excel opens as UTF-8: a byte-order mark, CRLF line ends
    svg = "svg"  # a picture (ladder)
    html = "html"  # a page that shows the picture (ladder)
    xlsx = "xlsx"  # an Excel workbook (openpyxl), written to --output FILE


# The delimited forms of a result's rows. A command with rows offers them all (its FORMATS
# name *TABULAR), so that a new delimited form reaches every one of them.
TABULAR = (Format.csv, Format.tsv, Format.excel)
PICTURES = (Format.svg, Format.html)


def emit(
    command: str,
    payload: Any,
    fmt: Format,
    lang: str,
    *,
    long: bool = False,
    lang_chosen: bool = True,
    destination: str | None = None,
) -> None:
    """Render the result `payload` of `command` as `fmt` and write it to stdout (an xlsx
    workbook to `destination`, checked beforehand by `check_destination`). The delimited
    forms and workbooks follow `lang` only when it was chosen (--lang), not the locale."""
    if fmt is Format.json:
        from cs_roles.render.machine import to_json

        write(to_json(payload, pretty=_is_terminal()))
    elif fmt is Format.jsonl:
        from cs_roles.render.machine import json_lines

        write_lines(json_lines(command, payload, long=long))
    elif fmt in TABULAR:
        from cs_roles.render.machine import delimited

        chosen = lang if lang_chosen else None
        write_lines(delimited(command, payload, chosen, fmt.value, long=long))
    elif fmt is Format.xlsx:
        from cs_roles.render.workbook import workbook_bytes

        book = workbook_bytes(command, payload, lang, long, columns=lang if lang_chosen else None)
        write_binary(book, destination or "-")
    elif fmt is Format.markdown:
        render = renderer(command, "MARKDOWN", "cs_roles.render.markdown", "rows_markdown")
        write(render(payload, lang))
    elif fmt in PICTURES:
        from cs_roles.render.ladder import PICTURE

        write(PICTURE[fmt.value](payload, lang))
    elif fmt is Format.text:
        write(renderer(command, "TEXT", "cs_roles.render.plain", "rows_text")(payload, lang))
    else:
        rendered = renderer(command, "TABLES", "cs_roles.render.terminal", "rows_table")(
            payload, lang
        )
        if isinstance(rendered, str):  # plain lines (validate's problems): wrapped on a terminal
            write(
                fit_to_terminal(rendered.removesuffix("\n"), sys.stdout) + "\n" if rendered else ""
            )
        else:
            print_rich(rendered)


def renderer(command: str, table: str, module: str, generic: str) -> Callable[[Any, str], Any]:
    """The function that renders `command`'s result for one family of formats: the one
    its table (`TABLES`, `MARKDOWN`, `TEXT`) names in the command's own renderer module,
    if its command module names one (`RENDERERS`), else in `module`; else the generic one
    of `render.rows`, which shows the result's rows as its CSV has them."""
    from functools import partial
    from importlib import import_module

    from cs_roles.commands import declared

    own = declared(command, "RENDERERS", module)
    found: Callable[[Any, str], Any] | None = getattr(import_module(own), table, {}).get(command)
    if found is None:
        from cs_roles.render import rows

        return partial(getattr(rows, generic), command)
    return found


def check_destination(
    fmt: Format, destination: str | None, protected: tuple[str, ...] = ()
) -> None:
    """--output FILE: where a workbook goes, checked before any work is done. Required for
    xlsx, for xlsx only; `-` (standard output) only when that is not a terminal; never one
    of `protected` (the input files: a roster is not overwritten by its own report)."""
    from cs_roles.errors import UsageError

    if destination is None:
        if fmt is Format.xlsx:
            raise UsageError("error.xlsx_needs_output", hint="hint.xlsx_output")
        return
    if fmt is not Format.xlsx:
        raise UsageError("error.output_only_xlsx", hint="hint.redirect")
    if not destination.strip():
        raise UsageError("error.empty_value", {"option": "--output"}, "hint.unset_variable")
    if destination == "-":
        if _is_terminal():
            raise UsageError("error.xlsx_to_terminal", hint="hint.xlsx_output")
        return
    for path in protected:
        if path != "-" and _same_file(path, destination):
            from cs_roles.messages import echo

            raise UsageError("error.output_is_input", {"path": echo(destination)},
                             "hint.xlsx_output")  # fmt: skip


def _same_file(first: str, second: str) -> bool:
    try:
        return os.path.samefile(first, second)
    except OSError:  # one of them does not exist (yet): compare the paths
        return os.path.realpath(first) == os.path.realpath(second)


# -- writing ------------------------------------------------------------------------------

_reader_gone = False
# Rich pads every line to the console's width; what is pasted should not carry that.
_TRAILING_SPACE = re.compile(r"[ \t]+((?:\x1b\[[0-9;]*m)*)$", re.M)


def write(text: str) -> None:
    write_lines((text,))


def write_lines(chunks: Iterable[str]) -> None:
    """Write text as UTF-8 bytes, whatever the locale says, so JSON is always valid UTF-8.
    Chunks are written as they come, so a large result streams instead of being built."""
    if _reader_gone:
        return
    stream = sys.stdout
    if stream is None:
        raise OutputError("error.output_closed")
    with _writing():
        buffer = getattr(stream, "buffer", None)
        if buffer is None:  # a text-only stream (some test runners)
            for chunk in chunks:
                stream.write(chunk)
        else:
            stream.flush()
            for chunk in _batched(chunks):
                buffer.write(chunk.encode("utf-8"))
        stream.flush()


def write_binary(data: bytes, destination: str) -> None:
    """Bytes (a workbook) to standard output (`-`) or into a file: written beside it first
    and renamed over it, so that a failure never leaves half a file behind."""
    if destination == "-":
        if _reader_gone:
            return
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is None:
            raise OutputError("error.output_closed")
        with _writing():
            sys.stdout.flush()
            buffer.write(data)
            buffer.flush()
        return
    import tempfile

    folder = os.path.dirname(os.path.abspath(destination))
    temporary = None
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".csroles-", delete=False) as handle:
            temporary = handle.name
            handle.write(data)
        os.replace(temporary, destination)
    except OSError as exc:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        from cs_roles.messages import echo

        reason = SystemReason(exc)
        shown: dict[str, object] = {"path": echo(destination), "reason": reason}
        raise OutputError("error.output_file_failed", shown) from None


def print_rich(renderable: Any) -> None:
    if _reader_gone:
        return
    if sys.stdout is None:
        raise OutputError("error.output_closed")
    from cs_roles.render.terminal import make_console

    console = make_console()
    with console.capture() as captured:
        console.print(renderable, crop=False)  # an id longer than the width stays whole
    write(_TRAILING_SPACE.sub(r"\1", captured.get()))


def _batched(chunks: Iterable[str], size: int = 1 << 16) -> Iterator[str]:
    """Join small chunks (one CSV row each) into writes of about 64 KiB."""
    pending: list[str] = []
    length = 0
    for chunk in chunks:
        pending.append(chunk)
        length += len(chunk)
        if length >= size:
            yield "".join(pending)
            pending, length = [], 0
    if pending:
        yield "".join(pending)


class _writing:
    """Turns the ways writing can fail into what the command should do about each."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, _: Any) -> bool:
        global _reader_gone
        if exc is None:
            return False
        if isinstance(exc, BrokenPipeError):
            # As Python's signal docs advise: point stdout at /dev/null so the final flush
            # at exit cannot fail again, and let the command finish with its own exit code.
            _reader_gone = True
            _silence_stdout()
            return True
        if isinstance(exc, ValueError) and "closed file" in str(exc):
            raise OutputError("error.output_closed") from None
        if isinstance(exc, OSError):
            _silence_stdout()
            raise OutputError("error.output_failed", {"reason": SystemReason(exc)}) from None
        return False


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so what is still buffered cannot fail again at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _is_terminal() -> bool:
    try:
        return sys.stdout is not None and sys.stdout.isatty()
    except ValueError:
        return False


def fit_to_terminal(message: str, stream: Any) -> str:
    """A message as a terminal should get it: wrapped at the terminal's width (Hangul two
    cells a character, an over-long word folded), so no line runs past the edge. For a
    file or a pipe it stays as it is: one problem a line is what editors and grep read."""
    try:
        if not stream.isatty():
            return message
    except (AttributeError, ValueError):
        return message
    import shutil

    from rich.console import Console
    from rich.text import Text

    width = max(shutil.get_terminal_size().columns, 10)
    console = Console(width=width, color_system=None, highlight=False)
    lines = [
        wrapped.plain.rstrip()
        for line in message.split("\n")
        for wrapped in (Text(line).wrap(console, width, overflow="fold") or [Text("")])
    ]
    return "\n".join(lines)
