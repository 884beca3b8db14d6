"""Where a dataset file is and how its bytes are read, without importing a YAML parser.

Plain os.path rather than pathlib: pathlib and what it imports cost ~9 ms, paid by every
run of a tool whose whole budget above Typer's own start-up is about that.
"""

from __future__ import annotations

import os

from cs_roles.errors import InvalidDataset

MAX_FILE_BYTES = 256 * 1024 * 1024
StrPath = str | os.PathLike[str]


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


def read_dataset_bytes(path: StrPath) -> bytes:
    """The file's bytes, or InvalidDataset naming why it cannot be read."""
    display = os.fspath(path)

    def fail(message: str) -> InvalidDataset:
        from cs_roles.problems import Problem

        return InvalidDataset(display, [Problem(display, 0, 0, "", message)])

    try:
        size = os.stat(path).st_size
        if size > MAX_FILE_BYTES:
            raise fail(f"file is too large ({size:,} bytes; the limit is {MAX_FILE_BYTES:,})")
        with open(path, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        raise fail("no such file") from None
    except IsADirectoryError:
        raise fail("is a directory, not a dataset file") from None
    except PermissionError:
        raise fail("permission denied") from None
    except OSError as exc:
        raise fail(f"cannot read: {exc.strerror}") from None
