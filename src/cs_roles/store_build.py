"""Building the store: a dataset compiled into the store's tables, published as its file,
and the cache kept within its bound.

Only a miss comes here (a first run, a changed file, --no-cache, a damaged file); a warm
run reads what `cs_roles.store` opens and never imports this module. The layout, the key
and the rules of writing and of the bound are described in `cs_roles.store`.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
from typing import Any

from cs_roles import __version__, store
from cs_roles.store import (
    APPLICATION_ID,
    DAMAGE,
    DIMENSIONS,
    FORMAT,
    NAMED_SECTIONS,
    SCHEMA,
    TOUCH_SECONDS,
    USER_VERSION,
    Record,
    Store,
    build_tag,
    entry_path,
    format_dir,
    open_entry,
    root,
)

_ENTRY_RE = re.compile(r"^[0-9a-f]{40,64}-[0-9a-f]{16}\.sqlite$")
_OLD_FORMAT_RE = re.compile(r"^v[0-9]+$")


# -- compiling ----------------------------------------------------------------------------


def areas_of(record: Record) -> list[str]:
    """A role's responsibility areas, each once; `areas: [ids]` or the older `area: id`."""
    found: list[str] = []
    for r in record.get("responsibilities") or ():
        found.extend(r.get("areas") or ([r["area"]] if r.get("area") else []))
    return list(dict.fromkeys(found))


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def compile_normalized(normalized: dict[str, Any], digest: str) -> Store:
    """Normalized data as the tables of a store, in memory. Every top-level mapping besides
    `roles` is a section of definitions; any other top-level value is kept in `meta`."""
    from cs_roles.names import names_of

    db = sqlite3.connect(":memory:")
    db.executescript(SCHEMA)
    sections = {
        key: value
        for key, value in normalized.items()
        if key != "roles" and isinstance(value, dict)
    }
    for section in NAMED_SECTIONS:
        sections.setdefault(section, {})
    db.executemany(
        "INSERT INTO definitions VALUES (?, ?, ?, ?)",
        (
            (s, n, ident, f"{_dump(ident)}:{_dump(entry)}")
            for s, entries in sections.items()
            for n, (ident, entry) in enumerate(entries.items())
        ),
    )
    others = {
        key: value
        for key, value in normalized.items()
        if key != "roles" and not isinstance(value, dict)
    }
    roles = []
    records = []
    names: dict[str, str] = {}
    items: dict[str, dict[str, int]] = {d: {} for d in DIMENSIONS}
    members = []
    sizes: dict[str, list[int]] = {d: [] for d in DIMENSIONS}
    for n, (role_id, role) in enumerate(normalized["roles"].items()):
        tools = role.get("tools") or []
        used = {
            "skills": list(dict.fromkeys(role.get("skills") or ())),
            "tools": list(dict.fromkeys(t["tool"] for t in tools)),
            "categories": [t["category"] for t in tools if t.get("category")],
            "areas": areas_of(role),
        }
        embedded = {
            section: {i: sections[section][i] for i in ids if i in sections[section]}
            for section, ids in used.items()
        }
        summary = {
            "id": role_id,
            "title": role["title"],
            "aliases": role.get("aliases") or [],
            "skills": len(used["skills"]),
            "tools": len(used["tools"]),
        }
        roles.append((n, role_id, _dump(summary)))
        records.append((n, _dump({"id": role_id, **role, "names": embedded})))
        for dimension in DIMENSIONS:
            numbers = items[dimension]
            sizes[dimension].append(len(used[dimension]))
            for place, item in enumerate(used[dimension]):
                members.append((dimension, n, place, numbers.setdefault(item, len(numbers))))
        for name in names_of(role_id, role):
            names.setdefault(name, role_id)
    db.executemany("INSERT INTO roles VALUES (?, ?, ?)", roles)
    db.executemany("INSERT INTO records VALUES (?, ?)", records)
    db.executemany("INSERT INTO names VALUES (?, ?)", names.items())
    db.executemany("INSERT INTO members VALUES (?, ?, ?, ?)", members)
    meta = {
        "format": FORMAT,
        "build": build_tag(),
        "version": __version__,
        "digest": digest,
        "count": str(len(roles)),
        "ids": _dump([role[1] for role in roles]),  # read whole by every command
        # Read whole by `similar` and `matrix`: a dimension's items (numbered by their
        # place) and how many each role has.
        **{f"items.{d}": _dump(list(items[d])) for d in DIMENSIONS},
        **{f"sizes.{d}": _dump(sizes[d]) for d in DIMENSIONS},
        "others": _dump(others),
    }
    db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {USER_VERSION}")
    db.commit()
    return Store(db, digest, None)


# -- writing ------------------------------------------------------------------------------


def write_entry(compiled: Store) -> Store:
    """Publish a compiled dataset as its file, then prune; the published file read back
    (read-only), or the compiled one when it cannot be written."""
    import tempfile

    final = entry_path(compiled.digest)
    try:
        os.makedirs(os.path.dirname(final), exist_ok=True)
        fd, tmp = tempfile.mkstemp(
            dir=os.path.dirname(final), prefix=f".{compiled.digest[:12]}.", suffix=".tmp"
        )
        os.close(fd)
    except OSError:
        return compiled
    try:
        with contextlib.closing(sqlite3.connect(tmp)) as target:
            compiled.db.backup(target)
        _publish(tmp, final)
    except (OSError, sqlite3.Error):
        return compiled
    finally:
        _remove(tmp)
    prune(keep=os.path.basename(final))
    try:
        published = open_entry(compiled.digest)
    except DAMAGE:
        published = None
    if published is None:
        return compiled
    compiled.db.close()
    return published


def _remove_abandoned() -> None:
    """Temporary files that a killed run left behind (a live one is minutes old at most)."""
    import time

    try:
        with os.scandir(format_dir()) as listed:
            for item in listed:
                if item.name.startswith(".") and item.name.endswith(".tmp"):
                    with contextlib.suppress(OSError):
                        if time.time() - item.stat().st_mtime > TOUCH_SECONDS:
                            os.unlink(item.path)
    except OSError:
        return


def _publish(tmp: str, final: str) -> None:
    """Give the whole file its name, unless a concurrent first run has published it first
    (its file, perhaps grown by extras since, is then left as it is, for its readers)."""
    try:
        os.link(tmp, final)  # atomic, and never replaces a file
    except FileExistsError:
        pass
    except OSError:  # a file system without hard links
        os.replace(tmp, final)


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


# -- the bound ----------------------------------------------------------------------------


def entries() -> list[tuple[float, str, int]]:
    """(last use, name, bytes) of every stored dataset of the current format, most recent
    first."""
    found = []
    try:
        listed = os.scandir(format_dir())
    except OSError:
        return []
    with listed:
        for item in listed:
            if not _ENTRY_RE.match(item.name):
                continue
            try:
                st = item.stat(follow_symlinks=False)
            except OSError:
                continue
            found.append((st.st_mtime, item.name, st.st_size))
    found.sort(reverse=True)
    return found


def prune(keep: str | None = None) -> None:
    """Remove least recently used files beyond MAX_ENTRIES or MAX_BYTES (never `keep`), and
    the directories of older cache formats. Only csroles' own cache directory is touched."""
    import shutil

    base = root()
    try:
        for name in os.listdir(base):
            if name != FORMAT and _OLD_FORMAT_RE.match(name):
                shutil.rmtree(os.path.join(base, name), ignore_errors=True)
    except OSError:
        return
    _remove_abandoned()
    kept_count = 0
    kept_bytes = 0
    listed = entries()
    listed.sort(key=lambda e: (e[1] != keep, -e[0]))  # the new entry first, then by use
    for _used, name, size in listed:
        # the bound read from `store` when it is applied (where it is declared and documented)
        bounded = kept_count < store.MAX_ENTRIES and kept_bytes + size <= store.MAX_BYTES
        if name == keep or bounded:
            kept_count += 1
            kept_bytes += size
        else:
            _remove(os.path.join(format_dir(), name))
