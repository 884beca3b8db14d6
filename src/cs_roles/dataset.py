"""A loaded dataset: role summaries, roles read on demand, definitions read on demand.

Loading goes through the store (store.py): a warm run opens the stored SQLite file of
this content and queries only the rows a command asks for; a first run, or --no-cache,
queries the same tables compiled in memory. Each role record carries the names of
the skills, tools, categories and areas it refers to, so showing or comparing roles never
reads all the definitions (8,768 tools in O*NET). YAML is parsed (and the loader
imported) only on a miss.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from cs_roles.errors import CsRolesError, LocalName, RoleNotFound
from cs_roles.model import Definition, Role, RoleSummary
from cs_roles.results import ROLE_TEXTS

if TYPE_CHECKING:
    from cs_roles.resolver import Verdict
    from cs_roles.search import Index
    from cs_roles.sources import StrPath
    from cs_roles.store import Columns, Store

Record = dict[str, Any]
T = TypeVar("T")
SECTIONS = ("categories", "areas", "skills", "tools")
FEW_ROLES = 40  # reading this many role records costs about as much as all the summaries


class Dataset:
    """Read access to one dataset, the same whether it came from YAML or from the cache:
    both are a `store.Store`, its tables in memory or in the cache's file.

    Whatever the cache turns out to hold, a command gets the same answer: a damaged file
    is discarded, the dataset compiled again (and stored again), and one notice is added to
    `notices` (and passed to `on_notice`) for the command line to show."""

    # The role's lists of texts, by field name in their order (see `Role.texts`).
    role_texts: ClassVar[tuple[str, ...]] = ROLE_TEXTS

    def __init__(
        self,
        path: str,
        digest: str,
        store: Store,
        *,
        use_cache: bool = False,
        on_notice: Callable[[str], None] | None = None,
        language: str | None = None,
    ) -> None:
        self.path = path
        self.language = language  # the notices' language; None: the environment's
        self.digest = digest
        self.notices: list[str] = []
        self._store = store
        self._use_cache = use_cache
        self._on_notice = on_notice
        self._position: dict[str, int] | None = None
        self._roles: dict[str, Role] = {}
        self._known: dict[str, dict[str, Any]] = {s: {} for s in SECTIONS}  # from role records
        self._searched: dict[str, tuple[Verdict, list[str], str | None]] = {}  # role names
        self._role_index: Index | None = None  # the search index, once a role name needs it

    # -- reading through the store, repairing what is damaged -----------------------------------
    def notice_of(self, key: str, **params: object) -> None:
        """A notice from the catalog, worded in the run's language (or the environment's,
        for a dataset opened outside a command)."""
        from cs_roles.messages import text

        lang = self.language
        if lang is None:
            from cs_roles.language import resolve

            try:
                lang = resolve(None)
            except CsRolesError:  # a bad $CSROLES_LANG is reported by the command itself
                lang = "en"
        role = params.get("role")
        if isinstance(role, str):  # a role by its title in the reader's language, then its id
            titles = self.title(role)
            title = titles.get(lang.partition("+")[0]) or titles.get("en")
            if title:
                params = {**params, "role": f"{title} ({role})"}
        self.notice(text(key, lang, **params))

    def notice(self, message: str) -> None:
        if message not in self.notices:
            self.notices.append(message)
            if self._on_notice is not None:
                self._on_notice(message)

    def _read(self, read: Callable[[Store], T]) -> T:
        from cs_roles.store import DAMAGE

        try:
            return read(self._store)
        except DAMAGE as exc:
            self._store = _repair(self.path, self.digest, self._use_cache, str(exc), self.notice)
            self._position = None  # it may have come from the damaged file
            return read(self._store)

    def columns(
        self,
        name: str,
        version: int,
        required: Iterable[str],
        build: Callable[[], Columns],
        lazy: Iterable[str] = (),
    ) -> Columns:
        """An extra (such as the search index): stored with the dataset, built when absent;
        the `lazy` columns are read a string at a time."""
        return self._read(lambda s: s.columns(name, version, required, build, self.notice, lazy))

    # -- what each role has, by number (similar, matrix) --------------------------------------
    def member_items(self, dimension: str) -> list[str]:
        """A dimension's item ids; items are numbered by their place here."""
        return self._read(lambda s: s.member_items(dimension))

    def member_sizes(self, dimension: str) -> list[int]:
        """How many items of the dimension each role has, in role_ids order."""
        return self._read(lambda s: s.member_sizes(dimension))

    def member_rows(self, dimension: str, roles: Iterable[int]) -> list[list[int]]:
        """The item numbers of each of these roles (by position)."""
        chosen = list(roles)
        return self._read(lambda s: s.member_rows(dimension, chosen))

    def member_shared(self, dimension: str, role: int) -> dict[int, int]:
        """How many items of the dimension each role shares with this one (by position);
        roles that share none are left out."""
        return self._read(lambda s: s.member_shared(dimension, role))

    def member_owners(self, dimension: str, items: Iterable[int] | None = None) -> list[list[int]]:
        """The role positions that have each item (all items when none are named)."""
        chosen = None if items is None else list(items)
        return self._read(lambda s: s.member_owners(dimension, chosen))

    # -- roles ----------------------------------------------------------------------------
    @property
    def schema_version(self) -> Any:
        return self._read(lambda s: s.schema_version)

    @property
    def position(self) -> dict[str, int]:
        if self._position is None:
            ids = self._read(lambda s: s.ids())
            self._position = {role_id: i for i, role_id in enumerate(ids)}
        return self._position

    @property
    def role_ids(self) -> list[str]:
        return list(self.position)

    def summaries(self) -> list[RoleSummary]:
        # The stored objects themselves, checked by the store (or built by the loader).
        return cast("list[RoleSummary]", self._read(lambda s: s.summaries()))

    def title(self, role_id: str) -> dict[str, str]:
        """A role's title: from the role when it was read, else from the summaries."""
        role = self._roles.get(role_id)
        if role is not None:
            return dict(role.title)
        summaries = self._read(lambda s: s.summaries())
        title: dict[str, str] = summaries[self.position[role_id]]["title"]
        return title

    def titles(self, role_ids: list[str]) -> dict[str, dict[str, str]]:
        """Titles of many roles: a few are read as roles, many from the summaries."""
        if len(role_ids) <= FEW_ROLES:
            return {r: dict(self.role(r).title) for r in role_ids}
        return {r: self.title(r) for r in role_ids}

    def role(self, role_id: str) -> Role:
        """A role by its exact id (KeyError if there is none)."""
        role = self._roles.get(role_id)
        if role is None:
            index = self.position[role_id]
            record = self._read(lambda s: s.record(index))
            for section, entries in record.get("names", {}).items():
                if section in self._known:
                    self._known[section].update(entries)
            role = self._roles[role_id] = Role.from_record(record)
        return role

    def roles(self) -> Iterator[Role]:
        for role_id in self.position:
            yield self.role(role_id)

    def resolve_role_id(self, name: str) -> str | None:
        """The id of the role that has this id, alias or title (any case, spacing, width)."""
        if name in self.position:
            return name
        from cs_roles.names import fold
        from cs_roles.store import Damaged

        def lookup(store: Store) -> str | None:
            found = store.name(fold(name))
            if found is not None and found not in self.position:
                raise Damaged(f"the name lookup and the role ids disagree about '{found}'")
            return found

        found = self._read(lookup)
        if found is None:  # the source's names missed: an everyday name, or a generic one
            from cs_roles.role_names import resolve_everyday_name

            found = resolve_everyday_name(self, name)
        if found is None:  # a keyboard-layout slip, initials, an acronym (resolver's rule)
            found = self._resolve_by_search(name)
        return found

    def _role_search(self, name: str) -> tuple[Verdict, list[str], str | None]:
        """The resolver's verdict on a role name, with the role ids its hits name (kept,
        so that a name that does not resolve is not searched again for suggestions)."""
        found = self._searched.get(name)
        if found is None:
            from cs_roles.resolver import resolve_role
            from cs_roles.search import load_index

            if self._role_index is None:
                self._role_index = load_index(self, self._use_cache)
            found = resolve_role(self._role_index, name)
            self._searched[name] = found
        return found

    def _resolve_by_search(self, name: str) -> str | None:
        from cs_roles.names import fold

        if not fold(name):
            return None
        verdict, ids, searched_as = self._role_search(name)
        if verdict.status != "resolved":
            return None
        role_id: str = ids[verdict.chosen[0]]
        from cs_roles.messages import echo

        how = searched_as if verdict.how == "keyboard layout" and searched_as else None
        key = "notice.role_layout" if how else "notice.role_resolved"
        self.notice_of(key, name=echo(name), role=role_id, typed=echo(how or ""))
        return role_id

    def find_role(self, name: str) -> Role:
        role_id = self.resolve_role_id(name)
        if role_id is None:
            suggestions = self.suggest_roles(name)
            position = None if suggestions else self._position_named(name)
            raise RoleNotFound(name, suggestions, position)
        return self.role(role_id)

    def _position_named(self, name: str) -> tuple[str, LocalName] | None:
        """The career position a name that is no role stands for ("agent"), if the
        career paths name one and it is not a role of this dataset."""
        from cs_roles.lattice import build_lattice, resolve_position

        lattice = build_lattice(self)
        found = resolve_position(lattice, self, name)
        position = lattice.positions.get(found.id or "") if found.status == "resolved" else None
        if position is None or position.is_role:
            return None
        return position.id, LocalName(dict(position.name))

    def suggest_roles(self, name: str, limit: int = 3) -> list[str]:
        """The role ids nearest to a name that did not resolve: the search's role hits (any
        way search understands a name) of at least resolver.ROLE_SUGGESTION_SCORE. None
        rather than roles that only share a word such as "manager" with it."""
        from cs_roles.names import fold

        if not fold(name):
            return []
        _verdict, ids, _searched_as = self._role_search(name)
        return list(dict.fromkeys(ids))[:limit]

    # -- definitions ----------------------------------------------------------------------
    def entry(self, section: str, ident: str) -> Any:
        """One entry of any top-level section of the dataset, as the loader normalized it
        (None when the section has no such entry)."""
        return self._read(lambda s: s.definition(section, ident))

    def section(self, section: str) -> dict[str, Any]:
        """Every entry of any top-level section of the dataset, as normalized, in order."""
        return self._read(lambda s: s.section(section))

    def definition(self, section: str, ident: str) -> Definition:
        """A skill, tool, category or area; one the dataset never defines stands for its id."""
        entry = self._known[section].get(ident)
        if entry is None:
            entry = self.entry(section, ident)
        return _definition(ident, entry)

    def definitions(self, section: str) -> dict[str, Definition]:
        return {ident: _definition(ident, e) for ident, e in self.section(section).items()}


def _definition(ident: str, entry: Any) -> Definition:
    if entry is None:
        return Definition(ident, {"en": ident})
    if "name" in entry:
        aliases = tuple(entry.get("aliases") or ())
        return Definition(ident, entry["name"], aliases, entry.get("description"))
    return Definition(ident, entry)  # categories and areas are a bare text


def load_dataset(
    path: StrPath,
    use_cache: bool = True,
    on_notice: Callable[[str], None] | None = None,
    language: str | None = None,
) -> Dataset:
    """Load a dataset, from the cache when a compiled copy of exactly this content exists.

    A warm run neither reads nor hashes the file when its stat matches the one remembered
    with its digest (see store); everything else goes by the content."""
    from cs_roles import store
    from cs_roles.sources import STDIN, display_name

    source = os.fspath(path)
    display = display_name(source)
    from_stdin = source == STDIN  # no stat to remember: read and hash it every time
    notices: list[str] = []

    def notify(message: str) -> None:
        notices.append(message)
        if on_notice is not None:
            on_notice(message)

    dataset: Dataset | None = None
    if use_cache and not from_stdin:
        digest = store.remembered_digest(source)
        if digest is not None:
            try:
                found = store.open_entry(digest)
            except store.DAMAGE as exc:
                found = _repair(display, digest, True, str(exc), notify)
            if found is not None:
                dataset = Dataset(
                    display, digest, found, use_cache=True, on_notice=on_notice, language=language
                )
    if dataset is None:
        if from_stdin:
            from cs_roles.sources import read_dataset_bytes

            data, st = read_dataset_bytes(source), None
        else:
            data, st = _read_source(source)
        digest = store.content_digest(data)
        if use_cache and st is not None:
            store.remember_digest(source, st, digest)
        dataset = Dataset(
            display,
            digest,
            _open_or_compile(display, data, digest, use_cache, notify),
            use_cache=use_cache,
            on_notice=on_notice,
            language=language,
        )
    dataset.notices.extend(notices)
    return dataset


def _read_source(path: str) -> tuple[bytes, os.stat_result]:
    """The file's bytes, and its stat taken before reading them (so a memo never pairs a
    later stat with earlier content)."""
    from cs_roles.sources import read_dataset_bytes

    try:
        st = os.stat(path)
    except OSError:
        read_dataset_bytes(path)  # raises the error that names why
        raise
    return read_dataset_bytes(path), st


def _open_or_compile(
    display: str, data: bytes, digest: str, use_cache: bool, notify: Callable[[str], None]
) -> Store:
    from cs_roles import store

    if use_cache:
        try:
            found = store.open_entry(digest)
        except store.DAMAGE as exc:
            return _rebuild(display, data, digest, str(exc), notify)
        if found is not None:
            return found
    compiled = compile_dataset(data, display, digest)
    if not use_cache:
        return compiled
    from cs_roles.store_build import write_entry

    return write_entry(compiled)


def _repair(
    display: str, digest: str, use_cache: bool, problem: str, notify: Callable[[str], None]
) -> Store:
    """A damaged file: discard it, compile the dataset again, store that, say so once."""
    from cs_roles import store

    data, _st = _read_source(display)
    found = store.content_digest(data)
    if found != digest:  # the file changed under a remembered digest: plain recompilation
        digest = found
    return _rebuild(display, data, digest, problem, notify, use_cache)


def _rebuild(
    display: str,
    data: bytes,
    digest: str,
    problem: str,
    notify: Callable[[str], None],
    use_cache: bool = True,
) -> Store:
    from cs_roles import store

    store.discard(digest)
    compiled = compile_dataset(data, display, digest)
    if use_cache:
        from cs_roles.store_build import write_entry

        compiled = write_entry(compiled)
    notify(f"cache entry {digest[:12]}… for {display} was damaged ({problem}); rebuilt")
    return compiled


def compile_dataset(data: bytes, display: str, digest: str) -> Store:
    from cs_roles.loader import parse_dataset
    from cs_roles.store_build import compile_normalized

    normalized, _warnings = parse_dataset(data, display)  # warnings are for `validate`
    return compile_normalized(normalized, digest)
