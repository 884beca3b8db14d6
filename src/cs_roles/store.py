"""The store: compiled datasets as SQLite files, written with the standard library's sqlite3.

A dataset is compiled once per content into tables that commands query: its roles (each
record as JSON, with the names it refers to, and what `list` shows of it), the name
lookup, every top-level section of definitions, each role's items by dimension, and extras
added later (the search index, the catalog of `fit` and `gap`). `Store` reads them; a
first run, --no-cache, or a cache that cannot be written read the same tables from a
database in memory, so `Dataset` has one interface whatever the data came from.

Layout, under $XDG_CACHE_HOME/csroles/ (~/.cache/csroles/):
  v4/<digest>-<build>.sqlite  one compiled dataset
  v4/paths.sqlite             the digest each dataset file had, by its stat, so a warm run
                              need not hash it

Key: the content digest (SHA-256 or BLAKE2b of the bytes) and a build tag, a hash of
FORMAT, the package version, and the size and mtime of the modules that shape compiled
data; both are in the file name and in its `meta` table, checked on opening. The path memo
maps (device, inode, size, mtime, ctime) to the digest; ctime changes on every write and
cannot be set back, and a memo is only written for a file last changed more than
RACY_SECONDS ago (git's "racily clean" rule), so a memo never hides an edit.

Damage: a file that is not SQLite, is cut short, belongs to another program (its
application_id and user_version), another key, or lacks a table raises
`sqlite3.DatabaseError` or `Damaged`, as does a record that is not of a role's shape. The
dataset then discards the file, compiles the source again, writes a fresh file and reports
one notice. Not detected: a changed character inside a string that leaves every shape
intact.

Writing (`cs_roles.store_build`, which only a miss imports): a dataset is built in
memory, copied into a temporary file in the same directory and renamed into place, so a
crash or a concurrent first run never leaves half a file; extras are added to a published
file in one transaction. Warm reads open the file read-only. Reading runs no code: rows
are JSON, text and integers.

Bound: at most MAX_ENTRIES (6) files and MAX_BYTES (768 MiB) (the newest is always kept),
and MAX_MEMOS (64) path memos. After a file is written or grown, the least recently used
are removed until the bound holds (use is recorded by touching the file, at most once an
hour), along with the directories of older formats (csroles/v1 to v3). Nothing outside
$XDG_CACHE_HOME/csroles/ is ever touched. A cache that cannot be read or written is skipped.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from cs_roles import __version__
from cs_roles.results import ROLE_TEXTS

FORMAT = "v4"  # bump when the tables or the normalized form change
APPLICATION_ID = 0x63737231  # "csr1": PRAGMA application_id of csroles' files
USER_VERSION = 4
MAX_ENTRIES = 6
MAX_BYTES = 768 * 1024 * 1024
MAX_MEMOS = 64
RACY_SECONDS = 2.0
TOUCH_SECONDS = 3600.0
DIMENSIONS = ("skills", "tools", "areas")
# Sections whose entries a role record embeds (the names a role refers to).
NAMED_SECTIONS = ("categories", "areas", "skills", "tools")
# Modules whose code decides what is compiled: an edit to one (without a release) is a new key.
SHAPING_MODULES = (
    "loader.py",
    "dataset_rules.py",
    "dataset_format.py",
    "dataset.py",
    "store.py",
    "store_build.py",
    "names.py",
)
FEW_LOOKUPS = 32  # single definitions asked for before a whole section is read
SECTION_SHARE = 8  # and more than 1/SECTION_SHARE of its entries
SUFFIX = ".sqlite"
MEMOS = "paths" + SUFFIX

Record = dict[str, Any]
Columns = dict[str, list[str]]

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE roles (n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, summary TEXT NOT NULL);
CREATE TABLE records (n INTEGER PRIMARY KEY, record TEXT NOT NULL);
CREATE TABLE names (name TEXT PRIMARY KEY, role TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE definitions (
    section TEXT NOT NULL, n INTEGER NOT NULL, id TEXT NOT NULL, pair TEXT NOT NULL,
    PRIMARY KEY (section, n), UNIQUE (section, id)
) WITHOUT ROWID;
CREATE TABLE members (
    dimension TEXT NOT NULL, role INTEGER NOT NULL, place INTEGER NOT NULL,
    item INTEGER NOT NULL, PRIMARY KEY (dimension, role, place)
) WITHOUT ROWID;
CREATE INDEX owners ON members (dimension, item, role);
CREATE TABLE extras (name TEXT PRIMARY KEY, version INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE columns (
    extra TEXT NOT NULL, key TEXT NOT NULL, count INTEGER NOT NULL,
    data TEXT, lines BLOB, offsets BLOB, UNIQUE (extra, key)
);
"""


class Damaged(Exception):
    """A compiled dataset is unreadable, foreign, of another key, or not of the right shape."""


# Whatever a damaged file can raise while it is read.
DAMAGE = (Damaged, sqlite3.DatabaseError)


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
        # Every run computes this tag, so it uses zlib (already loaded by Python's own
        # start-up in most builds, and cheap) instead of hashlib, whose OpenSSL import costs
        # more than the rest of the key; it names a build of the code, not untrusted content.
        import zlib

        encoded = "\0".join(parts).encode()
        _build = f"{zlib.crc32(encoded):08x}{zlib.adler32(encoded):08x}"
    return _build


def content_digest(data: bytes) -> str:
    """The content part of the key: BLAKE2b for small files; for large files SHA-256,
    about twice as fast per byte through OpenSSL. The lengths differ (40 and 64)."""
    if len(data) >= 1 << 20:
        from hashlib import sha256

        return sha256(data).hexdigest()
    from hashlib import blake2b

    return blake2b(data, digest_size=20).hexdigest()


def entry_name(digest: str) -> str:
    return f"{digest}-{build_tag()}{SUFFIX}"


def entry_path(digest: str) -> str:
    return os.path.join(format_dir(), entry_name(digest))


# -- the path memo: a warm run does not read or hash a large file ---------------------------


def _stat_key(st: os.stat_result) -> str:
    return f"{st.st_dev}:{st.st_ino}:{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}"


def remembered_digest(path: str) -> str | None:
    """The digest of the file as it was when last hashed, if it has not changed since."""
    try:
        st = os.stat(path)
        memos = os.path.join(format_dir(), MEMOS)
        if not os.path.exists(memos):
            return None
        with contextlib.closing(_connect(memos, read_only=True)) as db:
            row = db.execute(
                "SELECT digest FROM memos WHERE path = ? AND stat = ?",
                (os.path.abspath(path), _stat_key(st)),
            ).fetchone()
    except (OSError, sqlite3.Error):
        return None
    return row[0] if row is not None and isinstance(row[0], str) else None


def remember_digest(path: str, st: os.stat_result, digest: str) -> None:
    """Record a file's digest, unless the file changed too recently to trust its stat."""
    import time

    if time.time() - max(st.st_mtime, st.st_ctime) < RACY_SECONDS:
        return
    memos = os.path.join(format_dir(), MEMOS)
    try:
        os.makedirs(format_dir(), exist_ok=True)
        with contextlib.closing(_connect(memos)) as db, db:
            db.execute(
                "CREATE TABLE IF NOT EXISTS memos"
                " (path TEXT PRIMARY KEY, stat TEXT NOT NULL, digest TEXT NOT NULL,"
                " used REAL NOT NULL)"
            )
            db.execute(
                "INSERT OR REPLACE INTO memos VALUES (?, ?, ?, ?)",
                (os.path.abspath(path), _stat_key(st), digest, time.time()),
            )
            db.execute(
                "DELETE FROM memos WHERE path NOT IN"
                " (SELECT path FROM memos ORDER BY used DESC LIMIT ?)",
                (MAX_MEMOS,),
            )
    except sqlite3.OperationalError:  # busy, read-only, full: try again another time
        return
    except sqlite3.DatabaseError:  # not a database (damaged): start the memos afresh
        _remove(memos)
    except (OSError, sqlite3.Error):
        return


def _connect(path: str, read_only: bool = False) -> sqlite3.Connection:
    if read_only:  # a URI: the characters it gives a meaning to are escaped by hand, since
        # urllib.parse would import ipaddress, several times what the rest of a warm run costs
        escaped = path.replace("%", "%25").replace("?", "%3f").replace("#", "%23")
        return sqlite3.connect(f"file:{escaped}?mode=ro", uri=True, timeout=10.0)
    return sqlite3.connect(path, timeout=10.0)


# -- shape checks: what a sound row looks like ---------------------------------------------

_SOURCE_KEYS = {"title", "publisher", "published", "language", "url", "file", "license"}
_STR = {str}


def _text(value: Any) -> bool:
    return type(value) is dict and {*map(type, value.values())} <= _STR


def check_record(record: Any, role_id: str) -> Record:
    """A role record as Role.from_record and the payloads read it (later additions such as
    skill_notes, tool_purposes, crosswalk or responsibilities' `areas` are let through)."""
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
            and all(_text(t) for k in ROLE_TEXTS for t in _list(record, k))
            and _source_ok(record.get("source"))
            and type(record.get("names", {})) is dict
            and {*map(type, record.get("names", {}).values())} <= {dict}
        )
    except (KeyError, TypeError, AttributeError):
        ok = False
    if not ok:
        raise Damaged(f"the record of role '{role_id}' is not a role")
    return record  # type: ignore[no-any-return]


def _list(record: dict[str, Any], key: str) -> list[Any]:
    value = record.get(key) or []
    return value if isinstance(value, list) else [None]


def _source_ok(source: Any) -> bool:
    if source is None:
        return True
    return isinstance(source, dict) and "title" in source and set(source) <= _SOURCE_KEYS


def _check_summaries(summaries: Any, ids: list[str]) -> list[dict[str, Any]]:
    """Flat comprehensions with `type(...) is`: `list` reads every summary."""
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
        raise Damaged("the summaries do not summarize every role")
    return summaries  # type: ignore[no-any-return]


def _loads(text: Any, what: str) -> Any:
    try:
        return json.loads(text)
    except (ValueError, TypeError):
        raise Damaged(f"{what} is not JSON") from None


def _in_range(found: list[int], limit: int, what: str) -> list[int]:
    if found and (type(found[0]) is not int or min(found) < 0 or max(found) >= limit):
        raise Damaged(f"{what} holds a number out of range")
    return found


# -- reading ------------------------------------------------------------------------------


class Store:
    """A compiled dataset's tables, on disk (`path`) or in memory; every read is a query.
    A damaged database raises `Damaged` or `sqlite3.DatabaseError` (see DAMAGE)."""

    def __init__(self, db: sqlite3.Connection, digest: str, path: str | None) -> None:
        self.db = db
        self.digest = digest
        self.path = path  # the published file extras are added to, if any
        self._meta: dict[str, str | None] = {}
        self._ids: list[str] | None = None
        self._summaries: list[dict[str, Any]] | None = None
        self._names: dict[str, str] | None = None
        self._extras: dict[str, Columns] = {}
        self.blobs: list[sqlite3.Blob] = []  # open by the lazy columns (Lines)
        self._items: dict[str, list[str]] = {}
        self._sections: dict[str, dict[str, Any]] = {}
        self._asked: dict[str, int] = {}
        self._sizes: dict[str, int] = {}

    def meta(self, key: str) -> str | None:
        """A value of the `meta` table, each read when first asked for."""
        if key not in self._meta:
            row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
            self._meta[key] = None if row is None else row[0]
        return self._meta[key]

    def check(self) -> None:
        """That this is csroles' file of this key, whole: Damaged (or DatabaseError) if not."""
        found = self.db.execute(
            "SELECT * FROM pragma_application_id, pragma_user_version,"
            " pragma_page_count, pragma_page_size"
        ).fetchone()
        if found[:2] != (APPLICATION_ID, USER_VERSION):
            raise Damaged("it is not a csroles file of this format")
        # Extras only ever grow a file, so a file smaller than its header says is cut short.
        if self.path is not None and found[2] * found[3] > os.path.getsize(self.path):
            raise Damaged("it is cut short")
        key = (self.meta("format"), self.meta("build"), self.meta("digest"))
        if key != (FORMAT, build_tag(), self.digest):
            raise Damaged("it belongs to another dataset or version")

    @property
    def schema_version(self) -> Any:
        others = _loads(self.meta("others") or "{}", "meta")
        return others.get("schema_version") if isinstance(others, dict) else None

    def ids(self) -> list[str]:
        if self._ids is None:
            ids = _loads(self.meta("ids"), "the role ids")
            if type(ids) is not list or str(len(ids)) != self.meta("count"):
                raise Damaged(f"it does not hold {self.meta('count')} roles")
            self._ids = ids
        return self._ids

    def record(self, index: int) -> Record:
        role_id = self.ids()[index]
        row = self.db.execute("SELECT record FROM records WHERE n = ?", (index,)).fetchone()
        if row is None:
            raise Damaged(f"the record of role '{role_id}' is missing")
        return check_record(_loads(row[0], f"the record of role '{role_id}'"), role_id)

    def summaries(self) -> list[dict[str, Any]]:
        if self._summaries is None:
            # One JSON text joined in C, parsed once: `list` reads every role's summary.
            (text,) = self.db.execute(
                "SELECT '[' || coalesce(group_concat(summary, ','), '') || ']'"
                " FROM (SELECT summary FROM roles ORDER BY n)"
            ).fetchone()
            self._summaries = _check_summaries(_loads(text, "the summaries"), self.ids())
        return self._summaries

    def name(self, folded: str) -> str | None:
        """The role id a folded name (id, title, alias) stands for."""
        if self._names is not None:
            return self._names.get(folded)
        row = self.db.execute("SELECT role FROM names WHERE name = ?", (folded,)).fetchone()
        if row is None:
            self.names()  # a miss: make sure the lookup is whole
            return None
        return str(row[0])

    def names(self) -> dict[str, str]:
        if self._names is None:
            names = dict(self.db.execute("SELECT name, role FROM names"))
            if len(names) < len(self.ids()):  # every role answers at least to its id
                raise Damaged("the name lookup does not name every role")
            self._names = names
        return self._names

    def definition(self, section: str, ident: str) -> Any:
        """One entry of a section of definitions (None when it has none). A command that
        asks for many (`matrix tools` names 8,768 tools) reads the whole section once."""
        entries = self._sections.get(section)
        if entries is not None:
            return entries.get(ident)
        asked = self._asked[section] = self._asked.get(section, 0) + 1
        if asked > FEW_LOOKUPS and asked > self._section_size(section) // SECTION_SHARE:
            return self.section(section).get(ident)
        row = self.db.execute(
            "SELECT pair FROM definitions WHERE section = ? AND id = ?", (section, ident)
        ).fetchone()
        if row is None:
            return None
        found = _loads(f"{{{row[0]}}}", f"{section} '{ident}'")
        if type(found) is not dict or ident not in found:
            raise Damaged(f"{section} '{ident}' is stored under another id")
        return found[ident]

    def _section_size(self, section: str) -> int:
        """About how many entries a section has (its last position), read from the index
        without a scan: parsing a large section costs more than a few hundred single
        lookups (`similar` names a couple of hundred of 8,768 tools)."""
        size = self._sizes.get(section)
        if size is None:
            (last,) = self.db.execute(
                "SELECT max(n) FROM definitions WHERE section = ?", (section,)
            ).fetchone()
            size = self._sizes[section] = last + 1 if type(last) is int else 0
        return size

    def section(self, section: str) -> dict[str, Any]:
        """Every entry of a section of definitions, in the dataset's order."""
        entries = self._sections.get(section)
        if entries is None:
            # A section is one run of the table, in order: read without a sort.
            # One JSON object joined in C from the stored `"id":entry` pairs, in order, and
            # parsed once, not a parse per entry.
            (text, count) = self.db.execute(
                "SELECT '{' || coalesce(group_concat(pair, ','), '') || '}', count(*)"
                " FROM (SELECT pair FROM definitions WHERE section = ? ORDER BY section, n)",
                (section,),
            ).fetchone()
            entries = _loads(text, f"the {section}")
            if type(entries) is not dict or len(entries) != count:
                raise Damaged(f"the {section} are not whole")
            self._sections[section] = entries
        return entries

    # -- what each role has, by number ----------------------------------------------------
    def member_items(self, dimension: str) -> list[str]:
        found = self._items.get(dimension)
        if found is None:
            found = _loads(self.meta(f"items.{dimension}"), f"the {dimension}")
            if type(found) is not list:
                raise Damaged(f"the {dimension} are not a list")
            self._items[dimension] = found
        return found

    def member_sizes(self, dimension: str) -> list[int]:
        sizes = _loads(self.meta(f"sizes.{dimension}"), f"the sizes of {dimension}")
        if type(sizes) is not list or len(sizes) != len(self.ids()):
            raise Damaged(f"the sizes of {dimension} are not one per role")
        return sizes

    def member_shared(self, dimension: str, role: int) -> dict[int, int]:
        """For each other role that shares items of the dimension with this one, how many."""
        shared = dict(
            self.db.execute(
                "SELECT theirs.role, count(*) FROM members AS mine"
                " CROSS JOIN members AS theirs"  # this role's few items first, then owners
                " ON theirs.dimension = mine.dimension AND theirs.item = mine.item"
                " WHERE mine.dimension = ? AND mine.role = ? GROUP BY theirs.role",
                (dimension, role),
            )
        )
        _in_range(list(shared), len(self.ids()), dimension)
        return shared

    def member_rows(self, dimension: str, roles: Iterable[int]) -> list[list[int]]:
        limit = len(self.member_items(dimension))
        query = "SELECT item FROM members WHERE dimension = ? AND role = ? ORDER BY place"
        return [
            _in_range([r[0] for r in self.db.execute(query, (dimension, n))], limit, dimension)
            for n in roles
        ]

    def member_owners(self, dimension: str, items: Iterable[int] | None = None) -> list[list[int]]:
        limit = len(self.ids())
        if items is not None:
            query = "SELECT role FROM members WHERE dimension = ? AND item = ? ORDER BY role"
            return [
                _in_range([r[0] for r in self.db.execute(query, (dimension, i))], limit, dimension)
                for i in items
            ]
        owners: list[list[int]] = [[] for _ in self.member_items(dimension)]
        try:
            for item, role in self.db.execute(
                "SELECT item, role FROM members WHERE dimension = ? ORDER BY item, role",
                (dimension,),
            ):
                owners[item].append(role)
        except (IndexError, TypeError):
            raise Damaged(f"the {dimension} hold a number out of range") from None
        for row in owners:
            _in_range(row, limit, dimension)
        return owners

    # -- extras: columns of strings, added when first needed -------------------------------
    def columns(
        self,
        name: str,
        version: int,
        required: Iterable[str],
        build: Callable[[], Columns],
        notify: Callable[[str], None],
        lazy: Iterable[str] = (),
    ) -> Columns:
        """An extra: read from the tables when stored at this version with every required
        column, else built (and added to the published file). The `lazy` columns are read
        a string at a time; one found damaged then is rebuilt, stored again, and `notify`
        told once. Damaged when stored columns do not have their counts."""
        found = self._extras.get(name)
        if found is not None:
            return found
        row = self.db.execute("SELECT version FROM extras WHERE name = ?", (name,)).fetchone()
        if row is not None and row[0] == version:
            rebuilt: list[Columns] = []

            def repair(problem: str) -> Columns:
                if not rebuilt:
                    entry = self.digest[:12]
                    notify(f"{name} of cache entry {entry}… was damaged ({problem}); rebuilt")
                    rebuilt.append(build())
                    self._add_columns(name, version, rebuilt[0], lazy)
                    self._extras[name] = rebuilt[0]
                return rebuilt[0]

            found = self._read_columns(name, set(required), repair)
        if found is None:
            found = build()
            self._add_columns(name, version, found, lazy)
        self._extras[name] = found
        return found

    def _read_columns(
        self, name: str, required: set[str], repair: Callable[[str], Columns]
    ) -> Columns:
        counts = dict(
            self.db.execute("SELECT key, count FROM columns WHERE extra = ?", (name,)).fetchall()
        )
        if not required <= set(counts):
            raise Damaged(f"{name} lacks {', '.join(sorted(required - set(counts)))}")
        return StoredColumns(self, name, counts, repair)

    def _add_columns(self, name: str, version: int, columns: Columns, lazy: Iterable[str]) -> None:
        """Store an extra in the published file, in one transaction; failures are ignored."""
        if self.path is None:
            return
        for blob in self.blobs:  # a reader's open blob would hold the writer off
            blob.close()
        indexed = set(lazy)
        try:
            with contextlib.closing(_connect(self.path)) as db, db:
                db.execute("DELETE FROM columns WHERE extra = ?", (name,))
                for key, values in columns.items():
                    row: tuple[str | None, bytes | None, bytes | None] = (
                        "\n".join(values),
                        None,
                        None,
                    )
                    if key in indexed:
                        row = (None, *_lines(values))
                    db.execute(
                        "INSERT INTO columns VALUES (?, ?, ?, ?, ?, ?)",
                        (name, key, len(values), *row),
                    )
                db.execute("INSERT OR REPLACE INTO extras VALUES (?, ?)", (name, version))
        except (OSError, sqlite3.Error):
            return
        from cs_roles.store_build import prune

        prune(keep=os.path.basename(self.path))

    def touch(self) -> None:
        """Record a use (for least-recently-used pruning), at most once an hour."""
        import time

        if self.path is None:
            return
        try:
            if time.time() - os.stat(self.path).st_mtime > TOUCH_SECONDS:
                os.utime(self.path)
        except OSError:
            pass


def _lines(values: list[str]) -> tuple[bytes, bytes]:
    """A column to read a string at a time: its strings joined by newlines, and where each
    string starts (and the end, plus one), as native unsigned ints."""
    from array import array

    encoded = [v.encode("utf-8") for v in values]
    offsets = array("I", [0])
    for item in encoded:
        offsets.append(offsets[-1] + len(item) + 1)
    return b"\n".join(encoded), offsets.tobytes()


class StoredColumns(dict[str, list[str]]):
    """An extra's columns, each read when first used: a query that never looks at a column
    (the sentences, for `fit`) never reads it. A column is one text of lines, split in C,
    or, for a column read a string at a time, `Lines`."""

    def __init__(
        self,
        store: Store,
        extra: str,
        counts: dict[str, int],
        repair: Callable[[str], Columns],
    ) -> None:
        super().__init__()
        self._store = store
        self._extra = extra
        self._counts = counts
        self._repair = repair

    def __contains__(self, key: object) -> bool:
        return key in self._counts

    def __missing__(self, key: str) -> list[str]:
        count = self._counts[key]
        values: list[str] | None = None
        problem = f"column {key} of {self._extra} does not hold {count} strings"
        try:
            row = self._store.db.execute(
                "SELECT rowid, data, offsets, length(lines) FROM columns"
                " WHERE extra = ? AND key = ?",
                (self._extra, key),
            ).fetchone()
            if row is not None and row[1] is None and type(row[2]) is bytes:
                values = Lines(self._store, row[0], row[2], row[3] or 0, count, self._repair, key)
            elif row is not None and type(row[1]) is str:
                values = row[1].split("\n") if count else []
        except (sqlite3.Error, ValueError) as exc:
            problem = f"column {key} of {self._extra}: {exc}"
        if values is None or len(values) != count:
            rebuilt = self._repair(problem)
            self.update(rebuilt)
            return rebuilt[key]
        self[key] = values
        return values


class Lines(list[str]):
    """A column read one string at a time, from a blob by stored offsets: a search looks at
    a few hundred of 200,000 item details, and never pays for the rest. (A list by type,
    for the code that indexes it; only len, [i] and iteration are used.)"""

    def __init__(
        self,
        store: Store,
        rowid: int,
        offsets: bytes,
        length: int,
        count: int,
        repair: Callable[[str], Columns],
        key: str,
    ) -> None:
        from array import array

        super().__init__()
        self._offsets = array("I")
        self._offsets.frombytes(offsets)
        if len(self._offsets) != count + 1 or self._offsets[0] != 0:
            raise ValueError("its offsets are not one per string")
        if self._offsets[count] != length + 1:
            raise ValueError("its offsets do not end where its strings do")
        self._blob = store.db.blobopen("columns", "lines", rowid, readonly=True)
        store.blobs.append(self._blob)
        self._count = count
        self._length = length
        self._repair = repair
        self._key = key
        self._repaired: list[str] | None = None

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
        begin, end = self._offsets[i], self._offsets[i + 1]  # end: after the newline
        try:
            if not begin < end <= self._length + 1:
                raise ValueError("an offset out of order")
            self._blob.seek(begin)
            data = self._blob.read(end - begin)
            if end <= self._length and data[-1:] != b"\n":
                raise ValueError("a string does not end where its offset says")
            return data[: end - begin - 1].decode("utf-8")
        except (sqlite3.Error, ValueError, IndexError) as exc:
            self._repaired = self._repair(f"column {self._key}: {exc}")[self._key]
            return self._repaired[i]

    def __iter__(self) -> Iterator[str]:
        return (self[i] for i in range(self._count))


# -- opening and discarding -----------------------------------------------------------


def open_entry(digest: str) -> Store | None:
    """The stored dataset of this content and build, read-only; None when there is none.
    Damaged (or DatabaseError) when one exists but is not sound."""
    path = entry_path(digest)
    if not os.path.exists(path):
        return None
    try:
        db = _connect(path, read_only=True)
    except sqlite3.OperationalError:
        return None  # an unreadable cache is no cache
    found = Store(db, digest, path)
    try:
        found.check()
    except BaseException:
        db.close()
        raise
    found.touch()
    return found


def discard(digest: str) -> None:
    """Remove this content's file (damaged); a reader that has it open keeps its copy."""
    _remove(entry_path(digest))


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)
