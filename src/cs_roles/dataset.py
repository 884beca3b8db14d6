"""A loaded dataset: role summaries, roles read on demand, definitions read on demand.

Loading goes through the cache when it can: a warm run reads a small JSON index and then
only the roles a command asks for. Each role record carries the names of the skills, tools,
categories and areas it refers to, so showing or comparing roles never reads all the
definitions (8,768 tools in O*NET). YAML is parsed (and the loader imported) only on a miss.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from cs_roles.errors import RoleNotFound
from cs_roles.model import Definition, Role, RoleSummary

if TYPE_CHECKING:
    from cs_roles.sources import StrPath

Meta = dict[str, Any]
Record = dict[str, Any]
RecordReader = Callable[[int], Record]
DefinitionsReader = Callable[[], dict[str, Any]]
Compiled = tuple[Meta, list[Record], dict[str, Any]]
T = TypeVar("T")
SECTIONS = ("categories", "areas", "skills", "tools")
LARGE_FILE = 1 << 20


class Dataset:
    """Read access to one dataset, the same whether it came from YAML or from the cache."""

    def __init__(
        self,
        path: str,
        digest: str,
        meta: Meta,
        read_record: RecordReader,
        read_definitions: DefinitionsReader,
    ) -> None:
        self.path = path
        self.digest = digest
        self.meta = meta
        self._read_record = read_record
        self._read_definitions = read_definitions
        self._position = {summary["id"]: i for i, summary in enumerate(meta["roles"])}
        self._roles: dict[str, Role] = {}
        self._all: dict[str, Any] | None = None  # every definition, once something needs them
        self._known: dict[str, dict[str, Any]] = {s: {} for s in SECTIONS}  # from role records

    # -- roles ----------------------------------------------------------------------------
    @property
    def role_ids(self) -> list[str]:
        return list(self._position)

    def summaries(self) -> list[RoleSummary]:
        return [
            RoleSummary(s["id"], s["title"], tuple(s["aliases"]), s["skills"], s["tools"])
            for s in self.meta["roles"]
        ]

    def role(self, role_id: str) -> Role:
        """A role by its exact id (KeyError if there is none)."""
        role = self._roles.get(role_id)
        if role is None:
            record = self._read_record(self._position[role_id])
            for section, entries in record.get("names", {}).items():
                self._known[section].update(entries)
            role = self._roles[role_id] = Role.from_record(record)
        return role

    def roles(self) -> Iterator[Role]:
        for role_id in self._position:
            yield self.role(role_id)

    def resolve_role_id(self, name: str) -> str | None:
        """The id of the role that has this id, alias or title (any case, spacing, width)."""
        if name in self._position:
            return name
        from cs_roles.names import fold

        found: str | None = self.meta["names"].get(fold(name))
        return found

    def find_role(self, name: str) -> Role:
        role_id = self.resolve_role_id(name)
        if role_id is None:
            raise RoleNotFound(name, self.suggest_roles(name))
        return self.role(role_id)

    def suggest_roles(self, name: str, limit: int = 3) -> list[str]:
        """The role ids whose names are nearest to a mistyped one."""
        from rapidfuzz import fuzz, process

        from cs_roles.names import fold

        names: dict[str, str] = self.meta["names"]
        matches = process.extract(
            fold(name), list(names), scorer=fuzz.WRatio, limit=limit * 4, score_cutoff=55
        )
        return list(dict.fromkeys(names[m[0]] for m in matches))[:limit]

    # -- definitions ----------------------------------------------------------------------
    def _entries(self, section: str) -> dict[str, Any]:
        if self._all is None:
            self._all = self._read_definitions()
        entries: dict[str, Any] = self._all.get(section) or {}
        return entries

    def definition(self, section: str, ident: str) -> Definition:
        """A skill, tool, category or area; one the dataset never defines stands for its id."""
        entry = self._known[section].get(ident)
        if entry is None:
            entry = self._entries(section).get(ident)
        return _definition(ident, entry)

    def definitions(self, section: str) -> dict[str, Definition]:
        return {ident: _definition(ident, e) for ident, e in self._entries(section).items()}


def _definition(ident: str, entry: Any) -> Definition:
    if entry is None:
        return Definition(ident, {"en": ident})
    if "name" in entry:
        aliases = tuple(entry.get("aliases") or ())
        return Definition(ident, entry["name"], aliases, entry.get("description"))
    return Definition(ident, entry)  # categories and areas are a bare text


def build_meta(normalized: dict[str, Any]) -> Compiled:
    """Split normalized data into the index, the role records and the definitions."""
    from cs_roles.names import names_of

    definitions = {section: normalized.get(section) or {} for section in SECTIONS}
    records: list[Record] = []
    summaries: list[dict[str, Any]] = []
    names: dict[str, str] = {}
    for role_id, role in normalized["roles"].items():
        used = {
            "skills": role["skills"],
            "tools": [t["tool"] for t in role["tools"]],
            "categories": [t["category"] for t in role["tools"] if t["category"]],
            "areas": [a for r in role["responsibilities"] for a in r["areas"]],
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
                "aliases": role["aliases"],
                "skills": len(dict.fromkeys(role["skills"])),
                "tools": len(dict.fromkeys(used["tools"])),
            }
        )
        for name in names_of(role_id, role):
            names.setdefault(name, role_id)
    meta: Meta = {
        "schema_version": normalized.get("schema_version"),
        "roles": summaries,
        "names": names,
    }
    return meta, records, definitions


def load_dataset(path: StrPath, use_cache: bool = True) -> Dataset:
    """Load a dataset, from the cache when a compiled copy of exactly this content exists."""
    from cs_roles.sources import display_name, read_dataset_bytes

    data = read_dataset_bytes(path)
    digest = content_digest(data)
    display = display_name(path)
    if use_cache:
        from cs_roles import cache

        entry = cache.open_entry(digest)
        if entry is not None:
            meta, read_record, read_definitions = entry
            fallback = _Reparse(data, display)
            return Dataset(
                display,
                digest,
                meta,
                fallback.guard(read_record),
                fallback.guard_definitions(read_definitions),
            )
    meta, records, definitions = compile_dataset(data, display)
    if use_cache:
        from cs_roles import cache

        cache.write_entry(digest, meta, records, definitions)
    return Dataset(display, digest, meta, records.__getitem__, lambda: definitions)


def content_digest(data: bytes) -> str:
    """The cache key. Small files: BLAKE2b from `_blake2`, which hashlib itself uses, imported
    directly because hashlib also loads OpenSSL (~3.5 ms). Large files: OpenSSL's SHA-256,
    about twice as fast per byte, which then pays for the import (5 MB: 8 ms -> 4 ms).
    The two digests differ in length, so they can never be mistaken for each other."""
    if len(data) >= LARGE_FILE:
        from hashlib import sha256

        return sha256(data).hexdigest()
    try:
        from _blake2 import blake2b
    except ImportError:  # an interpreter built without it
        from hashlib import blake2b
    return blake2b(data, digest_size=20).hexdigest()


def compile_dataset(data: bytes, display: str) -> Compiled:
    from cs_roles.loader import parse_dataset

    normalized, _warnings = parse_dataset(data, display)  # warnings are for `validate`
    return build_meta(normalized)


class _Reparse:
    """If a cached file turns out damaged after all, fall back to parsing the source."""

    def __init__(self, data: bytes, display: str) -> None:
        self.data = data
        self.display = display
        self.compiled: Compiled | None = None

    def _attempt(self, read: Callable[[], T], from_source: Callable[[Compiled], T]) -> T:
        if self.compiled is None:
            try:
                return read()
            except (OSError, ValueError, KeyError, IndexError):
                self.compiled = compile_dataset(self.data, self.display)
        return from_source(self.compiled)

    def guard(self, read: RecordReader) -> RecordReader:
        return lambda index: self._attempt(lambda: read(index), lambda c: c[1][index])

    def guard_definitions(self, read: DefinitionsReader) -> DefinitionsReader:
        return lambda: self._attempt(read, lambda c: c[2])
