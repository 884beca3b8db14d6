"""The store: the one owner of compiled datasets, in memory and on disk.

A dataset is compiled once per content into the pieces commands read (role ids, role
records, summaries, the name lookup, definitions, each role's items, and extras such as
the search index). `Compiled` holds them in memory; `Entry` reads the same pieces from a
directory of the cache, each only when first asked for. `Dataset` reads through that one
interface and never knows which it has.

Layout, under $XDG_CACHE_HOME/csroles/ (~/.cache/csroles/):
  v3/<digest>-<build>/  one entry:
    head.json         format, build, digest, role count, and the size of every file below
    ids.txt           role ids, one a line, in dataset order
    offsets.txt       "start length" of each role's line in roles.jsonl, one a line
    roles.jsonl       one normalized role a line, with the names it refers to
    summaries.json    what `list` shows of every role
    names.json        folded name (id, title, alias) -> role id
    definitions.json  every skill, tool, category and area
    members.cols      per dimension (skills, tools, areas), columns of text lines: `items`
                      (ids), `rows` (each role's item numbers), `sizes` (how many),
                      `owners` (each item's role numbers); read a column at a time
    <extra>.cols      added later (the search index): columns of strings, read lazily
  v3/paths/<hash>.json  the digest a file had, by its stat, so a warm run need not hash it

Key: the content digest (SHA-256 or BLAKE2b of the bytes) and a build tag, a hash of the
layout FORMAT, the package version, and the size and mtime of the modules that shape
compiled data. An edited file, a new csroles release or an edited loader all get a new
entry; nothing is ever served that the running code would not have compiled itself.
The path memo maps (device, inode, size, mtime, ctime) to the digest. ctime changes on
every write and cannot be set back, and a memo is only written for a file last changed
more than RACY_SECONDS ago (git's "racily clean" rule), so a memo never hides an edit.

Shape: every piece is checked once, where it is read (`_check_*`, `check_record`,
`numbers`, `LazyColumns`): types and lengths, and every file's size against head.json.
A damaged entry (unreadable, truncated, wrong shape) raises `Damaged`; the dataset then
discards the entry, compiles the source again, writes a fresh entry and reports one
notice. A damaged extra is rebuilt the same way. Not detected: a changed character inside
a string that leaves every shape intact (only a checksum of each file, read on every run,
would see it).

Bound: at most MAX_ENTRIES (6) entries and MAX_BYTES (768 MiB) bytes (the newest entry is
always kept, whatever its size: one O*NET entry is about 18 MB with its search index, one
of O*NET ten times about 160 MB), and MAX_MEMOS (64) path memos. After an entry or extra
is written, the least recently used entries are removed until the bound holds (use is
recorded by touching head.json, at most once an hour), along with directories of older
formats (csroles/v1, csroles/v2). Nothing outside $XDG_CACHE_HOME/csroles/ is ever touched.

Entries are written into a temporary directory and renamed into place, so a crash or a
concurrent run never leaves a half-written entry; files are never rewritten in place, so
a mapped file is never cut short under a reader. Everything is JSON, text, or arrays of
line offsets: reading the cache cannot run code. A cache that cannot be read or written is skipped.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Callable, Iterable
from typing import Any

from cs_roles import __version__

FORMAT = "v3"  # bump when the layout or the normalized form changes
MAX_ENTRIES = 6
MAX_BYTES = 768 * 1024 * 1024
MAX_MEMOS = 64
RACY_SECONDS = 2.0
TOUCH_SECONDS = 3600.0
DIMENSIONS = ("skills", "tools", "areas")
SECTIONS = ("categories", "areas", "skills", "tools")
# Modules whose code decides what is compiled: an edit to one (without a release) is a new key.
SHAPING_MODULES = ("loader.py", "dataset_format.py", "dataset.py", "store.py", "names.py")

HEAD = "head.json"
IDS = "ids.txt"
OFFSETS = "offsets.txt"
ROLES = "roles.jsonl"
SUMMARIES = "summaries.json"
NAMES = "names.json"
DEFINITIONS = "definitions.json"
MEMBERS = "members.cols"
FILES = (IDS, OFFSETS, ROLES, SUMMARIES, NAMES, DEFINITIONS, MEMBERS)
_ENTRY_RE = re.compile(r"^[0-9a-f]{40,64}-[0-9a-f]{16}$")
_OLD_FORMAT_RE = re.compile(r"^v[0-9]+$")

Record = dict[str, Any]
Columns = dict[str, list[str]]


class Damaged(Exception):
    """A piece of a cache entry is missing, unreadable or not of the expected shape."""


# -- the key ------------------------------------------------------------------------------


def root() -> str:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "csroles")


def format_dir() -> str:
    return os.path.join(root(), FORMAT)


_build: str | None = None


def build_tag() -> str:
    """What, besides the content, decides the compiled form: format, version, shaping code."""
    global _build
    if _build is None:
        here = os.path.dirname(os.path.abspath(__file__))
        parts = [FORMAT, __version__]
        for name in SHAPING_MODULES:
            try:
                st = os.stat(os.path.join(here, name))
                parts.append(f"{name}:{st.st_size}:{st.st_mtime_ns}")
            except OSError:
                parts.append(f"{name}:-")
        _build = _blake2("\0".join(parts).encode(), 8)
    return _build


def _blake2(data: bytes, size: int) -> str:
    try:
        from _blake2 import blake2b  # hashlib without OpenSSL's import cost
    except ImportError:
        from hashlib import blake2b
    return blake2b(data, digest_size=size).hexdigest()


def content_digest(data: bytes) -> str:
    """The content part of the key. Small files: BLAKE2b (no OpenSSL import). Large files:
    OpenSSL's SHA-256, about twice as fast per byte. The lengths differ (40 and 64)."""
    if len(data) >= 1 << 20:
        from hashlib import sha256

        return sha256(data).hexdigest()
    return _blake2(data, 20)


def entry_name(digest: str) -> str:
    return f"{digest}-{build_tag()}"


def entry_dir(digest: str) -> str:
    return os.path.join(format_dir(), entry_name(digest))


# -- the path memo: a warm run does not read or hash a large file ---------------------------


def _memo_path(path: str) -> str:
    return os.path.join(
        format_dir(), "paths", _blake2(os.path.abspath(path).encode(), 16) + ".json"
    )


def _stat_key(st: os.stat_result) -> list[int]:
    return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]


def remembered_digest(path: str) -> str | None:
    """The digest of the file as it was when last hashed, if it has not changed since."""
    try:
        st = os.stat(path)
        with open(_memo_path(path), "rb") as handle:
            memo = json.loads(handle.read())
        if memo["stat"] == _stat_key(st) and isinstance(memo["digest"], str):
            return memo["digest"]
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return None


def remember_digest(path: str, st: os.stat_result, digest: str) -> None:
    """Record a file's digest, unless the file changed too recently to trust its stat."""
    import time

    if time.time() - max(st.st_mtime, st.st_ctime) < RACY_SECONDS:
        return
    memo = {"path": os.path.abspath(path), "stat": _stat_key(st), "digest": digest}
    target = _memo_path(path)
    try:
        os.makedirs(os.path.dirname(target), exist_ok=True)
        _write_atomic(target, json.dumps(memo).encode())
    except OSError:
        return
    _prune_memos(os.path.dirname(target))


# -- compiled data --------------------------------------------------------------------------


class Compiled:
    """A dataset's compiled pieces in memory: what a first run (or --no-cache) reads from."""

    def __init__(
        self,
        schema_version: Any,
        records: list[Record],
        summaries: list[dict[str, Any]],
        names: dict[str, str],
        definitions: dict[str, Any],
        members: Columns,
    ) -> None:
        self.schema_version = schema_version
        self.records = records
        self._ids = [r["id"] for r in records]
        self._summaries = summaries
        self._names = names
        self._definitions = definitions
        self._members = members
        self._extras: dict[str, Columns] = {}
        self.stored_in: str | None = None  # the entry written from this, where extras go too

    def ids(self) -> list[str]:
        return self._ids

    def record(self, index: int) -> Record:
        return self.records[index]

    def summaries(self) -> list[dict[str, Any]]:
        return self._summaries

    def names(self) -> dict[str, str]:
        return self._names

    def definitions(self) -> dict[str, Any]:
        return self._definitions

    def members(self) -> Columns:
        return self._members

    def columns(
        self,
        name: str,
        version: int,
        required: Iterable[str],
        build: Callable[[], Columns],
        notify: Callable[[str], None],
        lazy: Iterable[str] = (),
    ) -> Columns:
        found = self._extras.get(name)
        if found is None:
            found = self._extras[name] = build()
            if self.stored_in is not None:
                write_columns(self.stored_in, name, version, found, lazy)
        return found


def areas_of(record: Record) -> list[str]:
    """A role's responsibility areas, each once; `areas: [ids]` or the older `area: id`."""
    found: list[str] = []
    for r in record.get("responsibilities") or ():
        found.extend(r.get("areas") or ([r["area"]] if r.get("area") else []))
    return list(dict.fromkeys(found))


def compile_normalized(normalized: dict[str, Any]) -> Compiled:
    """Split normalized data into the pieces a dataset is read from."""
    from cs_roles.names import names_of

    definitions = {section: normalized.get(section) or {} for section in SECTIONS}
    records: list[Record] = []
    summaries: list[dict[str, Any]] = []
    names: dict[str, str] = {}
    items: dict[str, dict[str, int]] = {d: {} for d in DIMENSIONS}
    rows: dict[str, list[list[int]]] = {d: [] for d in DIMENSIONS}
    for role_id, role in normalized["roles"].items():
        tools = role.get("tools") or []
        used = {
            "skills": list(dict.fromkeys(role.get("skills") or ())),
            "tools": list(dict.fromkeys(t["tool"] for t in tools)),
            "categories": [t["category"] for t in tools if t.get("category")],
            "areas": areas_of(role),
        }
        embedded = {
            section: {i: definitions[section][i] for i in ids if i in definitions[section]}
            for section, ids in used.items()
        }
        records.append({"id": role_id, **role, "names": embedded})
        summaries.append(
            {
                "id": role_id,
                "title": role["title"],
                "aliases": role.get("aliases") or [],
                "skills": len(used["skills"]),
                "tools": len(used["tools"]),
            }
        )
        for dimension in DIMENSIONS:
            numbers = items[dimension]
            rows[dimension].append([numbers.setdefault(i, len(numbers)) for i in used[dimension]])
        for name in names_of(role_id, role):
            names.setdefault(name, role_id)
    members: Columns = {}
    for d in DIMENSIONS:
        owners: list[list[int]] = [[] for _ in items[d]]
        for n, row in enumerate(rows[d]):
            for number in row:
                owners[number].append(n)
        members[f"{d}.items"] = list(items[d])
        members[f"{d}.rows"] = [" ".join(map(str, row)) for row in rows[d]]
        members[f"{d}.sizes"] = [str(len(row)) for row in rows[d]]
        members[f"{d}.owners"] = [" ".join(map(str, o)) for o in owners]
    return Compiled(
        normalized.get("schema_version"), records, summaries, names, definitions, members
    )


# -- shape checks: the one place that says what a sound piece looks like --------------------


def _fail(what: str) -> Damaged:
    return Damaged(what)


def _check_head(head: Any) -> dict[str, Any]:
    if not (
        isinstance(head, dict)
        and head.get("format") == FORMAT
        and isinstance(head.get("count"), int)
        and isinstance(head.get("files"), dict)
        and all(isinstance(head["files"].get(f), int) for f in FILES)
    ):
        raise _fail(f"{HEAD} is not a head of format {FORMAT}")
    return head


def _check_ids(ids: list[str], count: int) -> list[str]:
    if len(ids) != count or len(set(ids)) != count:
        raise _fail(f"{IDS} does not list {count} distinct roles")
    return ids


def _check_offsets(offsets: list[str], count: int, size: int) -> list[str]:
    if len(offsets) != count:
        raise _fail(f"{OFFSETS} does not have {count} lines")
    return offsets


_SOURCE_KEYS = {"title", "publisher", "published", "language", "url", "file", "license"}


_STR = {str}


def _text(value: Any) -> bool:
    return type(value) is dict and {*map(type, value.values())} <= _STR


def check_record(record: Any, role_id: str) -> Record:
    """A role record as Role.from_record and the payloads read it (later additions such as
    skill_notes, tool_purposes, crosswalk or responsibilities' `areas` are let through).
    Types are compared with `type(...) is` and sets of types, so that checking costs less
    than parsing when a search index is built from every role."""
    try:
        ok = (
            type(record) is dict
            and record["id"] == role_id
            and _text(record["title"])
            and (record.get("summary") is None or _text(record["summary"]))
            and {*map(type, _list(record, "aliases"))} <= _STR
            and {*map(type, _list(record, "skills"))} <= _STR
            and all(
                _text(r["text"])
                and (r.get("title") is None or _text(r["title"]))
                and type(r.get("area") or "") is str
                and type(r.get("areas") or []) is list
                for r in _list(record, "responsibilities")
            )
            and all(
                type(t["tool"]) is str and type(t.get("category") or "") is str
                for t in _list(record, "tools")
            )
            and all(
                _text(t)
                for k in ("career_path", "growth", "best_practices")
                for t in _list(record, k)
            )
            and _source_ok(record.get("source"))
            and type(record.get("names", {})) is dict
            and {*map(type, record.get("names", {}).values())} <= {dict}
        )
    except (KeyError, TypeError, AttributeError):
        ok = False
    if not ok:
        raise _fail(f"the record of role '{role_id}' is not a role")
    return record  # type: ignore[no-any-return]


def _list(record: dict[str, Any], key: str) -> list[Any]:
    value = record.get(key) or []
    return value if isinstance(value, list) else [None]


def _source_ok(source: Any) -> bool:
    if source is None:
        return True
    return isinstance(source, dict) and "title" in source and set(source) <= _SOURCE_KEYS


def _check_summaries(summaries: Any, ids: list[str]) -> list[dict[str, Any]]:
    """Written as flat comprehensions with `type(...) is`: `list` reads every summary, and at
    9,230 roles a check per field through helper calls costs more than the parse."""
    try:
        ok = (
            type(summaries) is list
            and [s["id"] for s in summaries] == ids
            and not [
                s
                for s in summaries
                if type(s["title"]) is not dict
                or type(s["aliases"]) is not list
                or type(s["skills"]) is not int
                or type(s["tools"]) is not int
            ]
            and all(type(v) is str for s in summaries for v in s["title"].values())
            and all(type(a) is str for s in summaries for a in s["aliases"])
        )
    except (KeyError, TypeError):
        ok = False
    if not ok:
        raise _fail(f"{SUMMARIES} does not summarize every role")
    return summaries  # type: ignore[no-any-return]


def _check_names(names: Any, count: int) -> dict[str, str]:
    """Every role answers at least to its own id, so there are at least `count` names."""
    if (
        not isinstance(names, dict)
        or len(names) < count
        or not all(isinstance(v, str) for v in names.values())
    ):
        raise _fail(f"{NAMES} is not a name lookup")
    return names


def _check_definitions(definitions: Any) -> dict[str, Any]:
    if not (
        isinstance(definitions, dict)
        and all(isinstance(definitions.get(s), dict) for s in SECTIONS)
    ):
        raise _fail(f"{DEFINITIONS} does not hold every section")
    return definitions


def member_columns(dimension: str, count: int, items: int) -> dict[str, int]:
    """The columns of a dimension in members.cols, with how many lines each must have."""
    return {
        f"{dimension}.items": items,
        f"{dimension}.rows": count,
        f"{dimension}.sizes": count,
        f"{dimension}.owners": items,
    }


def numbers(line: str, limit: int) -> list[int]:
    """A line of item or role numbers, each checked to be in range(limit)."""
    try:
        found = list(map(int, line.split()))
    except ValueError:
        raise _fail(f"{MEMBERS} holds something other than numbers") from None
    if found and (min(found) < 0 or max(found) >= limit):
        raise _fail(f"{MEMBERS} holds a number out of range")
    return found


def sizes(lines: list[str], limit: int) -> list[int]:
    try:
        found = list(map(int, lines))
    except ValueError:
        raise _fail(f"{MEMBERS} holds a size that is not a number") from None
    if found and (min(found) < 0 or max(found) > limit):
        raise _fail(f"{MEMBERS} holds a size out of range")
    return found


# -- an entry on disk ------------------------------------------------------------------------


class Entry:
    """A compiled dataset in the cache, read piece by piece; `Damaged` when a piece is bad."""

    def __init__(self, directory: str, head: dict[str, Any]) -> None:
        self.directory = directory
        self.name = os.path.basename(directory)
        self.head = head
        self.count: int = head["count"]
        self.schema_version = head.get("schema_version")
        self._ids: list[str] | None = None
        self._offsets: list[str] | None = None
        self._cache: dict[str, Any] = {}

    def _read(self, name: str) -> bytes:
        try:
            with open(os.path.join(self.directory, name), "rb") as handle:
                data = handle.read()
        except OSError as exc:
            raise _fail(f"{name} cannot be read ({exc.strerror})") from None
        if len(data) != self.head["files"][name]:
            raise _fail(f"{name} has {len(data)} bytes instead of {self.head['files'][name]}")
        return data

    def _lines(self, name: str) -> list[str]:
        data = self._read(name)
        try:
            return data.decode("utf-8").split("\n") if data else []
        except UnicodeDecodeError:
            raise _fail(f"{name} is not UTF-8") from None

    def _json(self, name: str, check: Callable[[Any], Any]) -> Any:
        found = self._cache.get(name)
        if found is None:
            try:
                value = json.loads(self._read(name))
            except ValueError:
                raise _fail(f"{name} is not JSON") from None
            found = self._cache[name] = check(value)
        return found

    def ids(self) -> list[str]:
        if self._ids is None:
            self._ids = _check_ids(self._lines(IDS), self.count)
        return self._ids

    def record(self, index: int) -> Record:
        if self._offsets is None:
            self._offsets = _check_offsets(
                self._lines(OFFSETS), self.count, self.head["files"][ROLES]
            )
        role_id = self.ids()[index]
        try:
            start, length = map(int, self._offsets[index].split())
            with open(os.path.join(self.directory, ROLES), "rb") as handle:
                handle.seek(start)
                raw = handle.read(length)
            if len(raw) != length or not raw.endswith(b"\n"):
                raise _fail(f"{ROLES} is cut short")
            record = json.loads(raw)
        except (OSError, ValueError):
            raise _fail(f"the record of role '{role_id}' cannot be read") from None
        return check_record(record, role_id)

    def summaries(self) -> list[dict[str, Any]]:
        summaries: list[dict[str, Any]] = self._json(
            SUMMARIES, lambda v: _check_summaries(v, self.ids())
        )
        return summaries

    def names(self) -> dict[str, str]:
        names: dict[str, str] = self._json(NAMES, lambda v: _check_names(v, self.count))
        return names

    def definitions(self) -> dict[str, Any]:
        definitions: dict[str, Any] = self._json(DEFINITIONS, _check_definitions)
        return definitions

    def members(self) -> Columns:
        found: Columns | None = self._cache.get(MEMBERS)
        if found is None:
            found = self._cache[MEMBERS] = self._open_members()
        return found

    def _open_members(self) -> Columns:
        path = os.path.join(self.directory, MEMBERS)

        def damaged(problem: str) -> Columns:
            raise _fail(f"{MEMBERS}: {problem}")

        try:
            handle = open(path, "rb")  # noqa: SIM115 - LazyColumns maps, then closes it
        except OSError:
            raise _fail(f"{MEMBERS} cannot be read") from None
        columns = LazyColumns(handle, path, 1, set(), damaged)
        for dimension in DIMENSIONS:
            items = columns.count(f"{dimension}.items")
            for key, count in member_columns(dimension, self.count, items).items():
                if columns.count(key) != count:
                    raise _fail(f"{MEMBERS}: {key} has not {count} lines")
        return columns

    # -- extras: columns of strings, each read when first used ------------------------------
    def columns(
        self,
        name: str,
        version: int,
        required: Iterable[str],
        build: Callable[[], Columns],
        notify: Callable[[str], None],
        lazy: Iterable[str] = (),
    ) -> Columns:
        """A stored extra, read lazily; built and stored when absent. When it turns out
        damaged (on opening, or when a column is first read) it is rebuilt, stored again,
        and `notify` is told once."""

        def rebuild(problem: str) -> Columns:
            _remove(path)
            notify(f"{name} of cache entry {self.name[:12]}… was damaged ({problem}); rebuilt")
            built = build()
            write_columns(self.directory, name, version, built, lazy)
            return built

        path = os.path.join(self.directory, f"{name}.cols")
        try:
            handle = open(path, "rb")  # noqa: SIM115 - LazyColumns maps, then closes it
        except OSError:
            built = build()
            write_columns(self.directory, name, version, built, lazy)
            return built
        try:
            return LazyColumns(handle, path, version, set(required), rebuild)
        except Damaged as exc:
            return rebuild(str(exc))

    def touch(self) -> None:
        """Record a use (for least-recently-used pruning), at most once an hour."""
        import time

        path = os.path.join(self.directory, HEAD)
        try:
            if time.time() - os.stat(path).st_mtime > TOUCH_SECONDS:
                os.utime(path)
        except OSError:
            pass


class LazyColumns(dict[str, list[str]]):
    """Columns of strings from a mapped file; a column is read on its first use, and a
    column stored with line offsets is read a string at a time (`Lines`). Opening checks
    the header (version, columns, sizes adding up to the file's); reading a column checks
    its count, and each string read from `Lines` that it ends where its offset says."""

    def __init__(
        self,
        handle: Any,
        path: str,
        version: int,
        required: set[str],
        rebuild: Callable[[str], Columns],
    ) -> None:
        import mmap

        super().__init__()
        self._rebuild = rebuild
        file = os.path.basename(path)
        try:
            with handle:
                header = json.loads(handle.readline())
                start = handle.tell()
                size = os.fstat(handle.fileno()).st_size
                self._map = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
            if header.get("version") != version:
                raise _fail(f"{file} is of another version")
            self._where: dict[str, tuple[int, int, int, int]] = {}
            for key, count, length, *indexed in header["columns"]:
                offsets = int(indexed[0]) if indexed else 0
                self._where[str(key)] = (start, int(length), int(count), offsets)
                start += int(length) + offsets
        except (ValueError, KeyError, TypeError, AttributeError, OSError):
            raise _fail(f"{file} has no sound header") from None
        if start != size:
            raise _fail(f"{file} has {size} bytes instead of {start}")
        if not required <= set(self._where):
            raise _fail(f"{file} lacks {', '.join(sorted(required - set(self._where)))}")

    def count(self, key: str) -> int:
        """How many strings the column holds (-1 when there is no such column)."""
        where = self._where.get(key)
        return -1 if where is None else where[2]

    def __missing__(self, key: str) -> list[str]:
        where = self._where.get(key)
        if where is None:
            raise KeyError(key)
        start, length, count, offsets = where
        values: list[str] | None
        try:
            if offsets:
                values = Lines(self._map, start, length, count, offsets, lambda: self._repair(key))
            else:
                data = self._map[start : start + length]
                values = data.decode("utf-8").split("\n") if count else []
        except (ValueError, UnicodeDecodeError):
            values = None
        if values is None or len(values) != count:
            return self._repair(key)
        self[key] = values
        return values

    def _repair(self, key: str) -> list[str]:
        rebuilt = self._rebuild(f"column {key} is damaged")
        self._where = {k: (0, 0, len(v), 0) for k, v in rebuilt.items()}
        self.update(rebuilt)
        return rebuilt[key]


class Lines(list[str]):
    """A column read one string at a time from a mapped file, by stored line offsets: a
    search looks at a few hundred of 200,000 item details, and never pays for the rest.
    (A list by type, for the code that indexes it; only len, [i] and iteration are used.)"""

    def __init__(
        self,
        data: Any,
        start: int,
        length: int,
        count: int,
        offsets: int,
        repair: Callable[[], list[str]],
    ) -> None:
        from array import array

        super().__init__()
        self._data = data
        self._start = start
        self._end = start + length
        self._count = count
        self._repair = repair
        self._repaired: list[str] | None = None
        self._offsets = array("I")
        self._offsets.frombytes(data[self._end : self._end + offsets])
        if len(self._offsets) != count + 1 or self._offsets[0] != 0:
            raise ValueError("offsets")
        if self._offsets[count] != length + 1:
            raise ValueError("offsets")

    def __len__(self) -> int:
        return self._count

    def __bool__(self) -> bool:
        return self._count > 0

    def __getitem__(self, i: Any) -> Any:
        if self._repaired is not None:
            return self._repaired[i]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self._count))]
        i = int(i)
        if i < 0:
            i += self._count
        if not 0 <= i < self._count:
            raise IndexError(i)
        begin = self._start + self._offsets[i]
        end = self._start + self._offsets[i + 1] - 1
        data = self._data
        if not (begin <= end <= self._end) or (end < self._end and data[end] != 10):
            self._repaired = self._repair()
            return self._repaired[i]
        try:
            return data[begin:end].decode("utf-8")
        except UnicodeDecodeError:
            self._repaired = self._repair()
            return self._repaired[i]

    def __iter__(self) -> Any:
        return (self[i] for i in range(self._count))


def write_columns(
    directory: str, name: str, version: int, columns: Columns, lazy: Iterable[str] = ()
) -> None:
    """Store an extra beside an entry, atomically; failures are ignored."""
    if not os.path.isdir(directory):
        return
    try:
        content = dump_columns(version, columns, lazy)
        _write_atomic(os.path.join(directory, f"{name}.cols"), content)
    except OSError:
        return
    prune(keep=os.path.basename(directory))


def dump_columns(version: int, columns: Columns, lazy: Iterable[str] = ()) -> bytes:
    """A JSON header line (version; each column's name, count, bytes and bytes of offsets),
    then each column: its strings joined by newlines, and for a column read a string at a
    time (`lazy`), the offset of each string and of the end, as native unsigned ints."""
    from array import array

    indexed = set(lazy)
    parts: list[bytes] = []
    described = []
    for key, values in columns.items():
        encoded = [v.encode("utf-8") for v in values]
        blob = b"\n".join(encoded)
        offsets = b""
        if key in indexed:
            positions = array("I", [0])
            for item in encoded:
                positions.append(positions[-1] + len(item) + 1)
            offsets = positions.tobytes()
        parts += [blob, offsets]
        described.append([key, len(values), len(blob), len(offsets)])
    header = {"version": version, "columns": described}
    return json.dumps(header).encode() + b"\n" + b"".join(parts)


# -- opening, writing, discarding -----------------------------------------------------------


def open_entry(digest: str) -> Entry | None:
    """The entry for this content and build, or None when there is none.
    Damaged when one exists but its head or its files' sizes are wrong."""
    directory = entry_dir(digest)
    try:
        with open(os.path.join(directory, HEAD), "rb") as handle:
            raw = handle.read()
    except FileNotFoundError:
        if os.path.isdir(directory):
            raise _fail(f"{HEAD} is missing") from None
        return None
    except OSError:
        return None  # an unreadable cache is no cache
    try:
        head = _check_head(json.loads(raw))
    except ValueError:
        raise _fail(f"{HEAD} is not JSON") from None
    if head.get("digest") != digest:
        raise _fail(f"{HEAD} belongs to another dataset")
    entry = Entry(directory, head)
    for name in FILES:
        try:
            size = os.stat(os.path.join(directory, name)).st_size
        except OSError:
            raise _fail(f"{name} is missing") from None
        if size != head["files"][name]:
            raise _fail(f"{name} has {size} bytes instead of {head['files'][name]}")
    entry.touch()
    return entry


def write_entry(digest: str, compiled: Compiled) -> None:
    """Store a compiled dataset, then prune; silently does nothing when it cannot write."""

    def dump(value: Any) -> bytes:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()

    lines = [dump(r) + b"\n" for r in compiled.records]
    offsets = []
    position = 0
    for line in lines:
        offsets.append(f"{position} {len(line)}")
        position += len(line)
    files = {
        IDS: "\n".join(compiled.ids()).encode(),
        OFFSETS: "\n".join(offsets).encode(),
        ROLES: b"".join(lines),
        SUMMARIES: dump(compiled.summaries()),
        NAMES: dump(compiled.names()),
        DEFINITIONS: dump(compiled.definitions()),
        MEMBERS: dump_columns(1, compiled.members()),
    }
    head = {
        "format": FORMAT,
        "build": build_tag(),
        "version": __version__,
        "digest": digest,
        "schema_version": compiled.schema_version,
        "count": len(compiled.records),
        "files": {name: len(content) for name, content in files.items()},
    }
    files[HEAD] = dump(head)  # written last: an entry without a head is never read
    name = entry_name(digest)
    directory = os.path.join(format_dir(), name)
    if _publish_directory(directory, files):
        compiled.stored_in = directory
        prune(keep=name)


def discard(digest: str) -> None:
    """Remove this content's entry (damaged): moved aside first, so no reader sees half."""
    _discard(entry_dir(digest))


def _publish_directory(final: str, files: dict[str, bytes]) -> bool:
    import shutil
    import tempfile

    try:
        parent, name = os.path.split(final)
        os.makedirs(parent, exist_ok=True)
        tmp = tempfile.mkdtemp(dir=parent, prefix=f".{name[:12]}.", suffix=".tmp")
    except OSError:
        return False
    try:
        for file_name, content in files.items():
            with open(os.path.join(tmp, file_name), "wb") as handle:
                handle.write(content)
        if os.path.exists(final):  # a damaged entry, or a concurrent writer published first
            try:
                if open_entry(name.rsplit("-", 1)[0]) is not None:
                    return False
            except Damaged:
                pass
            _discard(final)
        os.rename(tmp, final)  # atomic; fails if another run published in between
        return True
    except OSError:
        return False
    finally:
        if os.path.exists(tmp):
            shutil.rmtree(tmp, ignore_errors=True)


def _discard(directory: str) -> None:
    import shutil

    parent, name = os.path.split(directory)
    graveyard = os.path.join(parent, f".{name[:12]}.{os.getpid()}.old")
    try:
        os.rename(directory, graveyard)
    except OSError:
        return
    shutil.rmtree(graveyard, ignore_errors=True)


def _write_atomic(path: str, content: bytes) -> None:
    import tempfile

    directory, name = os.path.split(path)
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
        os.replace(tmp, path)
    except BaseException:
        _remove(tmp)
        raise


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


# -- the bound ----------------------------------------------------------------------------


def _entry_size(directory: str) -> int:
    total = 0
    try:
        with os.scandir(directory) as files:
            for item in files:
                with contextlib.suppress(OSError):
                    total += item.stat(follow_symlinks=False).st_size
    except OSError:
        pass
    return total


def entries() -> list[tuple[float, str, int]]:
    """(last use, name, bytes) of every entry of the current format, most recent first."""
    base = format_dir()
    found = []
    try:
        names: Iterable[str] = os.listdir(base)
    except OSError:
        return []
    for name in names:
        if not _ENTRY_RE.match(name):
            continue
        directory = os.path.join(base, name)
        try:
            used = os.stat(os.path.join(directory, HEAD)).st_mtime
        except OSError:
            try:
                used = os.stat(directory).st_mtime
            except OSError:
                continue
        found.append((used, name, _entry_size(directory)))
    found.sort(reverse=True)
    return found


def prune(keep: str | None = None) -> None:
    """Remove least recently used entries beyond MAX_ENTRIES or MAX_BYTES (never `keep`), and
    the directories of older cache formats. Only csroles' own cache directory is touched."""
    import shutil

    base = root()
    try:
        for name in os.listdir(base):
            if name != FORMAT and _OLD_FORMAT_RE.match(name):
                shutil.rmtree(os.path.join(base, name), ignore_errors=True)
    except OSError:
        return
    kept_count = 0
    kept_bytes = 0
    listed = entries()
    listed.sort(key=lambda e: (e[1] != keep, -e[0]))  # the new entry first, then by use
    for _used, name, size in listed:
        if name == keep or (kept_count < MAX_ENTRIES and kept_bytes + size <= MAX_BYTES):
            kept_count += 1
            kept_bytes += size
        else:
            _discard(os.path.join(format_dir(), name))


def _prune_memos(directory: str) -> None:
    try:
        names = [n for n in os.listdir(directory) if n.endswith(".json")]
        if len(names) <= MAX_MEMOS:
            return
        aged = sorted(names, key=lambda n: os.stat(os.path.join(directory, n)).st_mtime)
    except OSError:
        return
    for name in aged[: len(names) - MAX_MEMOS]:
        _remove(os.path.join(directory, name))
