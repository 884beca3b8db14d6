"""A compiled copy of each dataset, so YAML is parsed once per content, not once per run.

Layout: $XDG_CACHE_HOME/csroles/<format>/<sha256 of the file>/ holding
  index.json   role summaries, name lookup, byte offsets into roles.jsonl
  roles.jsonl  one normalized role per line (with the names it refers to), read singly
  definitions.json  every skill, tool, category and area, read only when needed
  search.txt   the search index (columns of strings, one per line), added by the first search

The key is the file's content, so an edited file is never served stale. Entries are written
into a temporary directory and renamed into place, so a crash or a concurrent run never
leaves a half-written entry behind. Everything is JSON: reading a cache cannot run code.
Any cache failure (unreadable, corrupt, read-only) is ignored and the run goes on without it.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable
from typing import Any

FORMAT = "v3"  # bump when the normalized form or the layout changes
INDEX = "index.json"
DEFINITIONS = "definitions.json"
ROLES = "roles.jsonl"
SEARCH = "search.txt"


def cache_root() -> str:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "csroles", FORMAT)


def entry_dir(digest: str) -> str:
    return os.path.join(cache_root(), digest)


def open_entry(
    digest: str,
) -> tuple[dict[str, Any], Callable[[int], dict[str, Any]], Callable[[], dict[str, Any]]] | None:
    """The cached index with readers of role records and definitions, or None."""
    directory = entry_dir(digest)
    try:
        with open(os.path.join(directory, INDEX), "rb") as handle:
            meta = json.loads(handle.read())
        roles_path = os.path.join(directory, ROLES)
        offsets = meta["offsets"]
        if os.stat(roles_path).st_size != meta["roles_size"] or len(offsets) != len(meta["roles"]):
            return None
    except (OSError, ValueError, KeyError, TypeError):
        return None

    def read_record(index: int) -> dict[str, Any]:
        start, length = offsets[index]
        with open(roles_path, "rb") as handle:
            handle.seek(start)
            record: dict[str, Any] = json.loads(handle.read(length))
        return record

    def read_definitions() -> dict[str, Any]:
        with open(os.path.join(directory, DEFINITIONS), "rb") as handle:
            definitions: dict[str, Any] = json.loads(handle.read())
        return definitions

    return meta, read_record, read_definitions


def write_entry(
    digest: str,
    meta: dict[str, Any],
    records: list[dict[str, Any]],
    definitions: dict[str, Any],
) -> None:
    """Store a compiled dataset; silently does nothing when the cache cannot be written."""
    lines = [
        json.dumps(r, ensure_ascii=False, separators=(",", ":")).encode() + b"\n" for r in records
    ]
    offsets = []
    position = 0
    for line in lines:
        offsets.append([position, len(line)])
        position += len(line)
    index = dict(meta, offsets=offsets, roles_size=position)
    files = {
        INDEX: json.dumps(index, ensure_ascii=False, separators=(",", ":")).encode(),
        ROLES: b"".join(lines),
        DEFINITIONS: json.dumps(definitions, ensure_ascii=False, separators=(",", ":")).encode(),
    }
    _publish_directory(entry_dir(digest), files)


def read_extra(digest: str, name: str) -> bytes | None:
    """A derived file stored beside an entry (such as the search index), or None."""
    try:
        with open(os.path.join(entry_dir(digest), name), "rb") as handle:
            return handle.read()
    except OSError:
        return None


def write_extra(digest: str, name: str, content: bytes) -> None:
    """Add a derived file to an existing entry, atomically; failures are ignored."""
    import tempfile  # writing is rare: shutil and tempfile stay off the warm path

    directory = entry_dir(digest)
    if not os.path.isdir(directory):
        return
    try:
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(content)
            os.replace(tmp, os.path.join(directory, name))
        except BaseException:
            _remove(tmp)
            raise
    except OSError:
        return


def _publish_directory(final: str, files: dict[str, bytes]) -> None:
    import shutil
    import tempfile

    try:
        parent, name = os.path.split(final)
        os.makedirs(parent, exist_ok=True)
        tmp = tempfile.mkdtemp(dir=parent, prefix=f".{name[:12]}.", suffix=".tmp")
    except OSError:
        return
    try:
        for file_name, content in files.items():
            with open(os.path.join(tmp, file_name), "wb") as handle:
                handle.write(content)
        if os.path.exists(final):  # a damaged entry from an older crash or a concurrent writer
            if open_entry(name) is not None:
                return
            _discard(final)
        os.rename(tmp, final)  # atomic; fails if another run published first
    except OSError:
        pass
    finally:
        if os.path.exists(tmp):
            shutil.rmtree(tmp, ignore_errors=True)


def _discard(directory: str) -> None:
    """Move a broken entry aside before deleting it, so readers never see it half-removed."""
    import shutil

    parent, name = os.path.split(directory)
    graveyard = os.path.join(parent, f".{name[:12]}.{os.getpid()}.old")
    try:
        os.rename(directory, graveyard)
    except OSError:
        return
    shutil.rmtree(graveyard, ignore_errors=True)


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)
