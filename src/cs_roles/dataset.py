"""A loaded dataset: definitions, role summaries, and roles read on demand.

Loading goes through the cache when it can: a warm run reads a small JSON index and then
only the roles a command asks for. YAML is parsed (and the loader imported) only on a miss.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from cs_roles.errors import Problem, RoleNotFound
from cs_roles.model import Definition, Role, RoleSummary

Meta = dict[str, Any]
RecordReader = Callable[[int], dict[str, Any]]


class Dataset:
    """Read access to one dataset, independent of whether it came from YAML or the cache."""

    def __init__(self, path: str, digest: str, meta: Meta, read_record: RecordReader) -> None:
        self.path = path
        self.digest = digest
        self.meta = meta
        self._read_record = read_record
        self._position = {summary["id"]: i for i, summary in enumerate(meta["roles"])}
        self._roles: dict[str, Role] = {}
        self._definitions: dict[str, dict[str, Definition]] = {}

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
            role = Role.from_record(self._read_record(self._position[role_id]))
            self._roles[role_id] = role
        return role

    def roles(self) -> Iterator[Role]:
        for role_id in self._position:
            yield self.role(role_id)

    def resolve_role_id(self, name: str) -> str | None:
        """The id of the role that has this id, alias or title (any case, spacing, width)."""
        if name in self._position:
            return name
        from cs_roles.loader import fold  # light: unicodedata only

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

        from cs_roles.loader import fold

        names: dict[str, str] = self.meta["names"]
        matches = process.extract(
            fold(name), list(names), scorer=fuzz.WRatio, limit=limit * 4, score_cutoff=55
        )
        ids = dict.fromkeys(names[m[0]] for m in matches)
        return list(ids)[:limit]

    # -- definitions ----------------------------------------------------------------------
    def _section(self, section: str) -> dict[str, Definition]:
        cached = self._definitions.get(section)
        if cached is None:
            cached = {}
            for ident, entry in (self.meta.get(section) or {}).items():
                if "name" in entry:
                    cached[ident] = Definition(
                        ident,
                        entry["name"],
                        tuple(entry.get("aliases") or ()),
                        entry.get("description"),
                    )
                else:  # categories and areas are a bare text
                    cached[ident] = Definition(ident, entry)
            self._definitions[section] = cached
        return cached

    def definition(self, section: str, ident: str) -> Definition:
        """A skill, tool, category or area; one the dataset never defines stands for its id."""
        found = self._section(section).get(ident)
        return found if found is not None else Definition(ident, {"en": ident})

    def definitions(self, section: str) -> dict[str, Definition]:
        return self._section(section)

    @property
    def warnings(self) -> list[Problem]:
        return [Problem(**p) for p in self.meta.get("warnings", ())]


def build_meta(
    normalized: dict[str, Any], warnings: list[Problem]
) -> tuple[Meta, list[dict[str, Any]]]:
    """Split normalized data into the index (everything but whole roles) and role records."""
    from cs_roles.loader import names_of

    records: list[dict[str, Any]] = []
    summaries: list[dict[str, Any]] = []
    names: dict[str, str] = {}
    for role_id, role in normalized["roles"].items():
        record = {"id": role_id, **role}
        records.append(record)
        summaries.append(
            {
                "id": role_id,
                "title": role["title"],
                "aliases": role["aliases"],
                "skills": len(dict.fromkeys(role["skills"])),
                "tools": len({t["tool"] for t in role["tools"]}),
            }
        )
        for name in names_of(role_id, role):
            names.setdefault(name, role_id)
    meta: Meta = {
        "schema_version": normalized.get("schema_version"),
        "categories": normalized.get("categories") or {},
        "areas": normalized.get("areas") or {},
        "skills": normalized.get("skills") or {},
        "tools": normalized.get("tools") or {},
        "roles": summaries,
        "names": names,
        "warnings": [p.to_json() for p in warnings],
    }
    return meta, records


def load_dataset(path: Path, use_cache: bool = True) -> Dataset:
    """Load a dataset, from the cache when a compiled copy of exactly this content exists."""
    from cs_roles.loader import read_dataset_bytes

    data = read_dataset_bytes(path)
    digest = hashlib.sha256(data).hexdigest()
    display = str(path)
    if use_cache:
        from cs_roles import cache

        entry = cache.open_entry(digest)
        if entry is not None:
            meta, read_record = entry
            return Dataset(display, digest, meta, _with_fallback(read_record, data, display))
    meta, records = compile_dataset(data, display)
    if use_cache:
        from cs_roles import cache

        cache.write_entry(digest, meta, records)
    return Dataset(display, digest, meta, records.__getitem__)


def compile_dataset(data: bytes, display: str) -> tuple[Meta, list[dict[str, Any]]]:
    from cs_roles.loader import parse_dataset

    normalized, warnings = parse_dataset(data, display)
    return build_meta(normalized, warnings)


def _with_fallback(read_record: RecordReader, data: bytes, display: str) -> RecordReader:
    """Read roles from the cache; if a record turns out damaged, reparse the source instead."""
    records: list[dict[str, Any]] = []

    def read(index: int) -> dict[str, Any]:
        if not records:
            try:
                return read_record(index)
            except (OSError, ValueError, KeyError):
                records.extend(compile_dataset(data, display)[1])
        return records[index]

    return read


def dump_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
