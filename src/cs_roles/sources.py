"""Where a dataset file is and how its bytes are read, without importing a YAML parser.

Plain os.path rather than pathlib: pathlib and what it imports cost ~9 ms, paid by every
run of a tool whose whole budget above Typer's own start-up is about that.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from cs_roles.errors import DatasetUnreadable, UsageError

MAX_FILE_BYTES = 256 * 1024 * 1024
STDIN = "-"  # --data - reads the dataset from standard input
STDIN_NAME = "<stdin>"
STDIN_DATA = "--data -"  # how a dataset read from standard input is named in a usage error
StrPath = str | os.PathLike[str]


# Who has read standard input in this run: (the stream, how the command line asked for it).
# Keyed by the stream object, so that each run of the CLI in one process starts afresh.
_stdin_reader: tuple[object, str] | None = None


def claim_stdin(asked_as: str) -> None:
    """Standard input can be read once: the first reader takes it; a second (`fit -
    --data -`, `--file - --have -`) is a usage error naming both, before it reads an
    empty stream and reports a misleading "file is empty"."""
    import sys

    global _stdin_reader
    if _stdin_reader is not None and _stdin_reader[0] is sys.stdin:
        raise UsageError(
            "error.stdin_twice",
            {"first": _stdin_reader[1], "second": asked_as},
            "hint.stdin_once",
        )
    _stdin_reader = (sys.stdin, asked_as)


def default_dataset_path() -> str:
    """The bundled dataset: inside the installed package, or data/ in a source checkout."""
    here = os.path.dirname(os.path.realpath(__file__))
    packaged = os.path.join(here, "data", "roles.yaml")
    if os.path.isfile(packaged):
        return packaged
    return os.path.join(os.path.dirname(os.path.dirname(here)), "data", "roles.yaml")


def resolve_dataset_path(option: StrPath | None) -> str:
    """--data, else $CSROLES_DATA, else the bundled dataset."""
    chosen = os.fspath(option) if option else os.environ.get("CSROLES_DATA") or None
    return os.path.expanduser(chosen) if chosen else default_dataset_path()


def display_name(path: StrPath) -> str:
    """How a dataset is named in messages: its path, or <stdin>."""
    shown = os.fspath(path)
    return STDIN_NAME if shown == STDIN else shown


def read_dataset_bytes(path: StrPath) -> bytes:
    """The file's bytes, or DatasetUnreadable naming why they cannot be read."""
    display = display_name(path)

    def fail(key: str, **params: str | int) -> DatasetUnreadable:
        from cs_roles.problems import Message, Problem

        return DatasetUnreadable(display, Problem(display, 0, 0, "", Message(key, params)))

    if os.fspath(path) == STDIN:
        claim_stdin(STDIN_DATA)
        return _read_stdin(fail)
    try:
        size = os.stat(path).st_size
        if size > MAX_FILE_BYTES:
            raise fail("problem.file_too_large", size=f"{size:,}", limit=f"{MAX_FILE_BYTES:,}")
        with open(path, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        raise fail("problem.no_such_file") from None
    except IsADirectoryError:
        raise fail("problem.is_directory") from None
    except PermissionError:
        raise fail("problem.permission_denied") from None
    except OSError as exc:
        raise fail("problem.cannot_read", reason=str(exc.strerror)) from None


def _read_stdin(fail: Callable[..., DatasetUnreadable]) -> bytes:
    import sys

    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise fail("problem.stdin_closed")
    try:
        data: bytes = stream.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise fail("problem.cannot_read", reason=str(exc.strerror)) from None
    if len(data) > MAX_FILE_BYTES:
        raise fail("problem.input_too_large", limit=f"{MAX_FILE_BYTES:,}")
    return data
