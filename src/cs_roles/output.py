"""The one output path: a command's result, in the format asked for, written to stdout.

Every command hands its result (the typed objects of payloads.py) to `emit`, which picks
the renderer for the format and writes it. Writing is where the outside world can fail:
a reader that goes away (`| head -1`), a closed stdout (`>&-`), a full disk. A reader that
goes away is normal and the command keeps the exit code it would have had; the other two
are errors.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable, Iterator
from enum import StrEnum
from typing import Any

from cs_roles.errors import OutputError


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


# Which formats each command offers, the default first. The CLI builds its --format choices
# from this table, and `emit` refuses anything else, so the two cannot drift apart.
FORMATS: dict[str, tuple[Format, ...]] = {
    "show": (Format.table, Format.text, Format.markdown, Format.json),
    "list": (Format.table, Format.json, Format.jsonl, Format.csv, Format.tsv, Format.excel,
             Format.markdown),
    "compare": (Format.table, Format.json, Format.csv, Format.tsv, Format.excel,
                Format.markdown),
    "similar": (Format.table, Format.json, Format.jsonl, Format.csv, Format.tsv, Format.excel,
                Format.markdown),
    "matrix": (Format.table, Format.json, Format.jsonl, Format.csv, Format.tsv, Format.excel,
               Format.markdown),
    "search": (Format.table, Format.json, Format.jsonl, Format.csv, Format.tsv, Format.excel,
               Format.markdown),
    "validate": (Format.table, Format.json, Format.jsonl, Format.csv, Format.tsv, Format.excel),
    "fit": (Format.table, Format.json, Format.jsonl, Format.csv, Format.tsv, Format.excel,
            Format.markdown),
    "gap": (Format.table, Format.json, Format.markdown),
    "ladder": (Format.table, Format.json, Format.markdown, Format.svg, Format.html),
    "path": (Format.table, Format.json, Format.markdown),
}  # fmt: skip

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
) -> None:
    """Render the result `payload` of `command` as `fmt` and write it to stdout. The
    delimited forms follow `lang` only when it was chosen (--lang), not the locale."""
    if fmt is Format.json:
        from cs_roles.render.machine import to_json
        from cs_roles.results import to_json_value

        write(to_json(to_json_value(payload), pretty=_is_terminal()))
    elif fmt is Format.jsonl:
        from cs_roles.render.machine import json_lines

        write_lines(json_lines(command, payload, long=long))
    elif fmt in TABULAR:
        from cs_roles.render.machine import delimited

        chosen = lang if lang_chosen else None
        write_lines(delimited(command, payload, chosen, fmt.value, long=long))
    elif fmt is Format.markdown:
        from cs_roles.render.markdown import MARKDOWN

        write(MARKDOWN[command](payload, lang))
    elif fmt in PICTURES:
        from cs_roles.render.ladder import PICTURE

        write(PICTURE[fmt.value](payload, lang))
    elif fmt is Format.text:
        from cs_roles.render.plain import TEXT

        write(TEXT[command](payload, lang))
    else:
        from cs_roles.render.terminal import TABLES

        rendered = TABLES[command](payload, lang)
        if isinstance(rendered, str):
            write(rendered)
        else:
            print_rich(rendered)


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
            reason = exc.strerror or str(exc)
            raise OutputError("error.output_failed", {"reason": reason}) from None
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
