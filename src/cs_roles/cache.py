"""A compiled copy of each dataset, so YAML is parsed once per content, not once per run.

Layout: $XDG_CACHE_HOME/csroles/<format>/<sha256 of the file>/ holding
  index.json   definitions, role summaries, name lookup, byte offsets into roles.jsonl
  roles.jsonl  one normalized role per line, read individually
  search.json  the search index, added by the first search

The key is the file's content, so an edited file is never served stale. Entries are written
into a temporary directory and renamed into place, so a crash or a concurrent run never
leaves a half-written entry behind. Everything is JSON: reading a cache cannot run code.
Any cache failure (unreadable, corrupt, read-only) is ignored and the run goes on without it.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

FORMAT = "v1"  # bump when the normalized form or the layout changes
INDEX = "index.json"
ROLES = "roles.jsonl"
SEARCH = "search.json"


def cache_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "csroles" / FORMAT


def entry_dir(digest: str) -> Path:
    return cache_root() / digest


def open_entry(
    digest: str,
) -> tuple[dict[str, Any], Callable[[int], dict[str, Any]]] | None:
    """The cached index and a reader of role records, or None if there is no sound entry."""
    directory = entry_dir(digest)
    try:
        with open(directory / INDEX, "rb") as handle:
            meta = json.loads(handle.read())
        roles_path = directory / ROLES
        offsets = meta["offsets"]
        if roles_path.stat().st_size != meta["roles_size"] or len(offsets) != len(meta["roles"]):
            return None
    except (OSError, ValueError, KeyError, TypeError):
        return None

    def read_record(index: int) -> dict[str, Any]:
        start, length = offsets[index]
        with open(roles_path, "rb") as handle:
            handle.seek(start)
            record: dict[str, Any] = json.loads(handle.read(length))
        return record

    return meta, read_record


def write_entry(digest: str, meta: dict[str, Any], records: list[dict[str, Any]]) -> None:
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
    }
    _publish_directory(entry_dir(digest), files)


def read_extra(digest: str, name: str) -> Any | None:
    """A derived file stored beside an entry (such as the search index), or None."""
    try:
        with open(entry_dir(digest) / name, "rb") as handle:
            return json.loads(handle.read())
    except (OSError, ValueError):
        return None


def write_extra(digest: str, name: str, value: Any) -> None:
    """Add a derived file to an existing entry, atomically; failures are ignored."""
    directory = entry_dir(digest)
    if not directory.is_dir():
        return
    try:
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode())
            os.replace(tmp, directory / name)
        except BaseException:
            _remove(tmp)
            raise
    except OSError:
        return


def _publish_directory(final: Path, files: dict[str, bytes]) -> None:
    try:
        final.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(dir=final.parent, prefix=f".{final.name[:12]}.", suffix=".tmp"))
    except OSError:
        return
    try:
        for name, content in files.items():
            with open(tmp / name, "wb") as handle:
                handle.write(content)
        if final.exists():  # a damaged entry from an older crash or a concurrent writer
            if open_entry(final.name) is not None:
                return
            _discard(final)
        os.rename(tmp, final)  # atomic; fails if another run published first
    except OSError:
        pass
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def _discard(directory: Path) -> None:
    """Move a broken entry aside before deleting it, so readers never see it half-removed."""
    graveyard = directory.with_name(f".{directory.name[:12]}.{os.getpid()}.old")
    try:
        os.rename(directory, graveyard)
    except OSError:
        return
    shutil.rmtree(graveyard, ignore_errors=True)


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def clear() -> int:
    """Delete every cached entry; returns how many there were."""
    root = cache_root()
    if not root.is_dir():
        return 0
    count = 0
    for child in root.iterdir():
        shutil.rmtree(child, ignore_errors=True)
        count += 1
    return count
