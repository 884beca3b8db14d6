"""A team against the roles: who covers what, what only one person knows, who is ready.

`plan_team(dataset, roster)` answers, from a roster (roster.py):

- **Per role** (every role of the dataset, or only the target): how many people cover it at
  or above a threshold, and who is closest. A person's figure for a role is `fit`'s ranking
  figure: the mean of their skill and tool coverage, a fraction in 0..1 (`fit --json`
  prints the same number as `coverage.overall`). The threshold, `min_coverage`, is
  `MIN_COVERAGE` = 0.5 unless given: half of what a role needs.
- **Per item** a role in scope needs: who has it and how many; the items exactly one person
  has (single points of failure) and the items nobody has.
- **Per person**: their readiness for a target, with `fit`'s very figures (careers.fit_role
  over the same catalog) and what they still lack. The target is
  the role asked for, else the person's own `role` from the roster, else none.
- **Training**: the items people lack for their targets, most lacked first, with who lacks
  each; and a person × item matrix (have / lack / not needed).

Items are resolved by `fit`'s resolver and confidence rule (careers.decide over the same
search), restricted to the kind their column names: 문제 해결 in `skills` is the skill
problem-solving, in `areas` the area. Suggestions for an item that does not resolve come
from every kind (so a product written under skills is pointed at). An unresolved item, or
a role the dataset does not have, is reported per person and row, never counted, never
fatal. Each distinct item is resolved once; coverage of every role is counted through an
inverted index from items to the roles that need them, so a role nobody has anything of
costs nothing.

Nothing of the roster is written anywhere: the caches this reads (the catalog, the search
index) hold the dataset only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from cs_roles.careers import (
    DIMENSIONS,
    KINDS,
    MIN_SCORE,
    NAMES_HEADER,
    SUGGESTIONS,
    Catalog,
    Holdings,
    Match,
    Resolution,
    RoleNeeds,
    decide,
    fit_role,
    load_catalog,
    load_names_index,
    names_only,
)
from cs_roles.coverage import Coverage
from cs_roles.roster import ITEM_FIELDS, Roster, Where

if TYPE_CHECKING:
    from cs_roles.dataset import Dataset
    from cs_roles.search import Index

MIN_COVERAGE = 0.5  # the default threshold: half of a role's skills and tools (mean)
COLUMN_KIND = {"skills": "skill", "tools": "tool", "areas": "area"}
SECTION = {"skill": "skills", "tool": "tools", "area": "areas"}  # dataset definition sections
Cell = Literal["have", "lack", "not_needed"]
ItemKey = tuple[str, str]  # (kind, id)
_KIND_ORDER = {kind: n for n, kind in enumerate(KINDS)}
MANY_NAMES = 200  # items of one kind above which all its definitions are read at once


# -- results ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Suggestion:
    """What an unresolved item (or role) may have meant."""

    kind: str  # skill, tool, area or role
    id: str
    name: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class Unresolved:
    """An item or role of a person's row that counts as nothing, and why."""

    column: str  # role, skills, tools or areas
    item: str  # as written
    status: str  # ambiguous or unknown
    suggestions: tuple[Suggestion, ...]
    where: Where  # the row (line, entry) and column in the roster

    def render(self, lang: str, path: str) -> str:
        """One line for standard error: the place, the item, why, what it may be."""
        from cs_roles.messages import echo, text

        kind = "role" if self.column == "role" else COLUMN_KIND[self.column]
        key = "team.ambiguous_item" if self.status == "ambiguous" else "team.unknown_item"
        line = text(key, lang, item=echo(self.item), kind=text(f"kind.{kind}", lang))
        if self.suggestions:
            names = [self._shown(s, kind, lang) for s in self.suggestions]
            hint = "hint.did_you_mean" if self.status == "ambiguous" else "hint.closest"
            line += "; " + text(hint, lang, choices=list(dict.fromkeys(names)))
        return f"{path}: {self.where.render(lang)}: {line}"

    @staticmethod
    def _shown(suggestion: Suggestion, kind: str, lang: str) -> str:
        from cs_roles.messages import text

        name = local(suggestion.name, lang) or suggestion.id
        if suggestion.kind == kind:
            return name
        return f"{name} ({text(f'kind.{suggestion.kind}', lang)})"


@dataclass(frozen=True, slots=True)
class Readiness:
    """A person's figures for one role: what `fit --role ROLE` prints for their items."""

    role: str
    coverage: Mapping[str, Coverage]  # skills, tools, areas: have of needed
    score: float | None  # mean of skill and tool coverage; None when the role needs neither
    missing: Mapping[str, tuple[str, ...]]  # by dimension, in the role's order

    @property
    def lacks(self) -> tuple[ItemKey, ...]:
        return tuple(
            (COLUMN_KIND[d], ident) for d in DIMENSIONS for ident in self.missing.get(d, ())
        )


@dataclass(frozen=True, slots=True)
class PersonResult:
    name: str
    row: int  # as the roster numbers it (Roster.unit)
    role: str | None  # their current role's id, when the roster names one the dataset has
    have: Holdings
    readiness: Readiness | None  # against the target, or their own role; None without both
    unresolved: tuple[Unresolved, ...]

    @property
    def target(self) -> str | None:
        return self.readiness.role if self.readiness is not None else None

    @property
    def lacks(self) -> tuple[ItemKey, ...]:
        return self.readiness.lacks if self.readiness is not None else ()

    def holds(self, key: ItemKey) -> bool:
        return key[1] in self.have.of(SECTION[key[0]])


@dataclass(frozen=True, slots=True)
class RoleCover:
    """How the team covers one role."""

    id: str
    title: Mapping[str, str]
    covered: int  # how many people reach the threshold
    closest: tuple[
        str, ...
    ]  # the people with the highest figure (all who tie), most in common first
    best: float | None  # that figure; 0 when nobody has anything of it, None if it needs nothing


@dataclass(frozen=True, slots=True)
class ItemCover:
    """One skill, tool or area: which roles in scope need it and who has it."""

    kind: str
    id: str
    name: Mapping[str, str]
    needed_by: tuple[str, ...]  # role ids in scope, in the dataset's order
    holders: tuple[str, ...]  # in roster order

    @property
    def key(self) -> ItemKey:
        return (self.kind, self.id)

    @property
    def count(self) -> int:
        return len(self.holders)


@dataclass(frozen=True, slots=True)
class TrainingNeed:
    """An item people lack for their target role, and who lacks it."""

    kind: str
    id: str
    name: Mapping[str, str]
    lacking: tuple[str, ...]  # in roster order

    @property
    def count(self) -> int:
        return len(self.lacking)


@dataclass(frozen=True, slots=True)
class Matrix:
    """Person × item: have, lack (their target needs it) or not needed."""

    columns: tuple[ItemCover, ...]
    rows: tuple[tuple[str, tuple[Cell, ...]], ...]  # (person, a cell per column)


@dataclass(frozen=True, slots=True)
class Team:
    role: str | None  # the target role asked for
    threshold: float
    unit: str  # how the roster numbers people: row, line or entry
    people: tuple[PersonResult, ...]
    roles: tuple[RoleCover, ...]  # the target, or every role in the dataset's order
    items: tuple[ItemCover, ...]  # needed in scope (scope's order), then held only
    training: tuple[TrainingNeed, ...]  # most lacked first, then by name

    @property
    def single_points(self) -> tuple[ItemCover, ...]:
        """Items a role in scope needs that exactly one person has."""
        return tuple(i for i in self.items if i.needed_by and i.count == 1)

    @property
    def nobody(self) -> tuple[ItemCover, ...]:
        """Items a role in scope needs that nobody has."""
        return tuple(i for i in self.items if i.needed_by and i.count == 0)

    @property
    def unresolved(self) -> tuple[tuple[PersonResult, Unresolved], ...]:
        return tuple((p, u) for p in self.people for u in p.unresolved)

    def matrix(self, only: Iterable[ItemKey] | None = None) -> Matrix:
        """Columns: the items someone has or some person's target needs, in `items` order
        (or only those given). People × columns cells: mind the size of a large team
        without a target on a large dataset, and pass `only` there."""
        needed: set[ItemKey] = {key for p in self.people for key in p.lacks}
        wanted = set(only) if only is not None else None
        columns = tuple(
            i
            for i in self.items
            if (i.holders or i.key in needed) and (wanted is None or i.key in wanted)
        )
        rows = []
        for person in self.people:
            lacks = set(person.lacks)
            cells: list[Cell] = [
                "have" if person.holds(c.key) else "lack" if c.key in lacks else "not_needed"
                for c in columns
            ]
            rows.append((person.name, tuple(cells)))
        return Matrix(columns, tuple(rows))

    def to_json(self) -> dict[str, Any]:
        """The machine contract, as plain data: `team --json`, generated from the result
        types (results.TeamResult, built by payloads.team_payload). `coverage` is `fit
        --json`'s, ratios in 0..1, null without a target; `lacks` and `have` are ids by
        dimension, as fit's `missing` and `have`; `row` counts as `row_unit` says."""
        from cs_roles.payloads import team_payload
        from cs_roles.results import to_json_value

        found: dict[str, Any] = to_json_value(team_payload(self))
        return found


def local(text: Mapping[str, str] | None, lang: str) -> str:
    """A name in `lang` (the first of "ko+en"), else English, else any."""
    if not text:
        return ""
    first = lang.partition("+")[0]
    return text.get(first) or text.get("en") or next((v for v in text.values() if v), "")


# -- resolving the roster's items ----------------------------------------------------------


class ItemResolver:
    """`fit`'s resolution (careers.resolve_items) with the kind fixed by the column, each
    distinct (kind, item) once. Exact names are looked up in a table built from the
    catalog's names file (the same lines Catalog.exact scans, read once instead of once per
    item); the search index is loaded only if some item is not an exact name."""

    def __init__(self, catalog: Catalog, index: Callable[[], Index]) -> None:
        self._catalog = catalog
        self._load_index = index
        self._index: Index | None = None
        self._exact: dict[bytes, list[bytes]] | None = None
        self._done: dict[tuple[str, str], Resolution] = {}
        self._decoded: dict[bytes, list[Match]] = {}  # by the name's normal form

    def resolve(self, item: str, kind: str) -> Resolution:
        key = (kind, item)
        found = self._done.get(key)
        if found is None:
            found = self._done[key] = self._resolve(item, kind)
        return found

    def _resolve(self, item: str, kind: str) -> Resolution:
        from cs_roles.search import search

        exact = [m for m in self.exact(item) if m.kind == kind]
        if exact:
            return decide(item, exact)
        index = self.index()
        hits = search(index, item, kinds=(kind,), limit=8, min_score=MIN_SCORE)
        resolution = decide(item, [Match(h.kind, h.id, h.name, h.matched, h.score) for h in hits])
        if resolution.status != "unknown":
            return resolution
        near = search(index, item, kinds=KINDS, limit=SUGGESTIONS, min_score=40)
        closest = tuple(Match(h.kind, h.id, h.name, h.matched, h.score) for h in near)
        return Resolution(item, "unknown", suggestions=closest)

    def index(self) -> Index:
        if self._index is None:
            self._index = names_only(self._load_index())
        return self._index

    def exact(self, item: str) -> list[Match]:
        """As Catalog.exact: the items one of whose names is exactly this one (search's
        normal form), by kind then id; empty when the names file cannot be read."""
        import json

        from cs_roles.search import normalize, squash

        if self._exact is None:
            self._exact = _exact_table(self._catalog.names_text())
        spaced = normalize(item)
        key = (squash(spaced) or spaced).encode("utf-8")
        found = self._decoded.get(key)
        if found is None:
            found = []
            for record in self._exact.get(key, ()):
                kind, ident, shown, name = json.loads(record)
                found.append(Match(kind, ident, name, shown, 100.0))
            found.sort(key=lambda m: (_KIND_ORDER[m.kind], m.id))
            self._decoded[key] = found
        return found


def _exact_table(text: bytes) -> dict[bytes, list[bytes]]:
    table: dict[bytes, list[bytes]] = {}
    if not text.startswith(NAMES_HEADER):
        return table
    for line in text[len(NAMES_HEADER) :].split(b"\n"):
        key, tab, record = line.partition(b"\t")
        if tab:
            table.setdefault(key, []).append(record)
    return table


def _suggestions(matches: Iterable[Match]) -> tuple[Suggestion, ...]:
    return tuple(Suggestion(m.kind, m.id, dict(m.name)) for m in matches)


@dataclass(frozen=True, slots=True)
class _Resolved:
    have: Holdings
    role: str | None
    unresolved: tuple[Unresolved, ...]


def _resolve_people(dataset: Dataset, roster: Roster, resolver: ItemResolver) -> list[_Resolved]:
    roles: dict[str, tuple[str | None, tuple[Suggestion, ...]]] = {}
    counted: dict[tuple[str, str], tuple[str, ...]] = {}  # the ids each item counts as
    out = []
    for person in roster.people:
        unresolved: list[Unresolved] = []
        role_id = None
        if person.role is not None:
            if person.role not in roles:
                found = dataset.resolve_role_id(person.role)
                near: tuple[Suggestion, ...] = ()
                if found is None:
                    near = tuple(
                        Suggestion("role", r, dataset.title(r))
                        for r in dataset.suggest_roles(person.role)
                    )
                roles[person.role] = (found, near)
            role_id, near = roles[person.role]
            if role_id is None:
                where = roster.where(person, "role")
                unresolved.append(Unresolved("role", person.role, "unknown", near, where))
        held: dict[str, set[str]] = {d: set() for d in DIMENSIONS}
        for dimension in ITEM_FIELDS:
            kind = COLUMN_KIND[dimension]
            for item in person.items(dimension):
                found_ids = counted.get((kind, item))
                if found_ids is None:
                    resolution = resolver.resolve(item, kind)
                    found_ids = tuple(m.id for m in resolution.matches)
                    counted[(kind, item)] = found_ids
                if found_ids:
                    held[dimension].update(found_ids)
                    continue
                resolution = resolver.resolve(item, kind)
                unresolved.append(
                    Unresolved(
                        dimension,
                        item,
                        resolution.status,
                        _suggestions(resolution.suggestions),
                        roster.where(person, dimension),
                    )
                )
        have = Holdings(*(frozenset(held[d]) for d in DIMENSIONS))
        out.append(_Resolved(have, role_id, tuple(unresolved)))
    return out


# -- the team -----------------------------------------------------------------------------


def plan_team(
    dataset: Dataset,
    roster: Roster,
    role: str | None = None,
    min_coverage: float = MIN_COVERAGE,
    use_cache: bool = True,
) -> Team:
    """The team's answers (see the module docstring). `role` is the target role, any name
    the dataset's role lookup takes (RoleNotFound otherwise); `min_coverage` a fraction in
    0..1, compared with each person's figure for each role (`fit`'s overall coverage)."""
    target = dataset.find_role(role).id if role is not None else None
    catalog = load_catalog(dataset, use_cache=use_cache)
    resolver = ItemResolver(catalog, lambda: load_names_index(dataset, use_cache=use_cache))
    resolved = _resolve_people(dataset, roster, resolver)
    names = [p.name for p in roster.people]
    holdings = [r.have for r in resolved]
    scope = [target] if target is not None else catalog.role_ids

    readiness = _readiness(catalog, holdings, [target or r.role for r in resolved])
    people = tuple(
        PersonResult(p.name, p.row, r.role, r.have, ready, r.unresolved)
        for p, r, ready in zip(roster.people, resolved, readiness, strict=True)
    )
    titles = dataset.titles(scope)
    roles = _role_covers(catalog, scope, holdings, names, min_coverage, titles)
    items = _items(dataset, catalog, scope, people)
    training = _training(people, {i.key: i for i in items})
    return Team(target, min_coverage, roster.unit, people, roles, items, training)


def _readiness(
    catalog: Catalog, holdings: Sequence[Holdings], targets: Sequence[str | None]
) -> list[Readiness | None]:
    """Each person's fit_role for their target, one catalog read per distinct role. Their
    coverage is fit's; transferable tools (which fit lists and never counts) are left out."""
    needs: dict[str, RoleNeeds] = {}
    out: list[Readiness | None] = []
    for have, target in zip(holdings, targets, strict=True):
        if target is None:
            out.append(None)
            continue
        if target not in needs:
            needs[target] = catalog.needs(target)
        fit = fit_role(needs[target], have, {})
        out.append(
            Readiness(
                fit.id,
                dict(fit.coverage),
                fit.score,
                {d: tuple(ids) for d, ids in fit.missing.items()},
            )
        )
    return out


def _role_covers(
    catalog: Catalog,
    scope: Sequence[str],
    holdings: Sequence[Holdings],
    names: Sequence[str],
    threshold: float,
    titles: Mapping[str, Mapping[str, str]],
) -> tuple[RoleCover, ...]:
    """How the team covers each role in scope, with sets of people as bits of an int.

    Each item a person has sets their bit in the item's int. For a role, the ints of the
    items it needs are added up bit-sliced (`_bit_counts`: slice j holds bit j of every
    person's count), 64 people to a machine word; the people are then split by how many
    skills and tools of the role they have, and fit's figure (the very float fit_roles
    computes) is worked out once per distinct pair of counts, not once per person. So an
    item half the team has (Excel, on O*NET) costs a few operations per role, not one per
    person per role."""
    holders: dict[str, dict[int, int]] = {"skill": {}, "tool": {}}
    for kind, dimension in (("skill", "skills"), ("tool", "tools")):
        numbers = {ident: n for n, ident in enumerate(catalog.ids[kind])}
        table = holders[kind]
        for person, have in enumerate(holdings):
            bit = 1 << person
            for ident in have.of(dimension):
                number = numbers.get(ident)
                if number is not None:
                    table[number] = table.get(number, 0) | bit
    everybody = (1 << len(holdings)) - 1
    out = []
    for role_id in scope:
        skills, tools, _categories, _areas = catalog.numbers_of(role_id)
        sizes = (len(skills), len(tools))
        by_skills = _by_count(_bit_counts(holders["skill"], skills), everybody)
        by_tools = _by_count(_bit_counts(holders["tool"], tools), everybody)
        best, closest, covered = _cover(sizes, by_skills, by_tools, threshold)
        title = titles[role_id]
        out.append(RoleCover(role_id, title, covered, tuple(names[p] for p in closest), best))
    return tuple(out)


def _bit_counts(holders: Mapping[int, int], numbers: Iterable[int]) -> list[int]:
    """How many of these items each person holds, bit-sliced: bit p of slice j is bit j of
    person p's count (a ripple-carry adder over whole sets at once)."""
    slices: list[int] = []
    for number in set(numbers):
        carry = holders.get(number, 0)
        level = 0
        while carry:
            if level == len(slices):
                slices.append(carry)
                break
            current = slices[level]
            slices[level] = current ^ carry
            carry &= current
            level += 1
    return slices


def _by_count(slices: Sequence[int], everybody: int) -> list[tuple[int, int]]:
    """(count, the people with exactly that count) for each count someone has."""
    groups = [(0, everybody)]
    for level in range(len(slices) - 1, -1, -1):
        bits, split = slices[level], []
        for count, people in groups:
            ones = people & bits
            if ones:
                split.append((count | 1 << level, ones))
            if ones != people:
                split.append((count, people & ~bits))
        groups = split
    return groups


def _figure(skills: int, tools: int, need_skills: int, need_tools: int) -> float:
    """fit's ranking figure for these counts, the very float fit_roles computes."""
    ratios = [got / need for got, need in ((skills, need_skills), (tools, need_tools)) if need]
    return sum(ratios) / len(ratios)


def _cover(
    sizes: tuple[int, int],
    by_skills: Sequence[tuple[int, int]],
    by_tools: Sequence[tuple[int, int]],
    threshold: float,
) -> tuple[float | None, list[int], int]:
    """(best figure, the people who have it, how many reach the threshold) for one role."""
    need_skills, need_tools = sizes
    if not need_skills and not need_tools:  # nothing to cover: no figure
        return None, [], 0
    covered = 0
    best = 0.0
    top: list[tuple[int, int]] = []  # (skills + tools in common, people) at the best figure
    for skills, with_skills in by_skills:
        for tools, with_tools in by_tools:
            people = with_skills & with_tools
            if not people:
                continue
            figure = _figure(skills, tools, need_skills, need_tools)
            if figure >= threshold:
                covered += people.bit_count()
            if figure > best:
                best, top = figure, [(skills + tools, people)]
            elif figure == best and figure > 0:
                top.append((skills + tools, people))
    closest: list[tuple[int, int]] = []
    for common, people in top:
        closest.extend((-common, person) for person in _members(people))
    return best, [person for _common, person in sorted(closest)], covered


def _members(people: int) -> Iterable[int]:
    """The positions of the set bits of an int, lowest first."""
    while people:
        low = people & -people
        yield low.bit_length() - 1
        people ^= low


def _items(
    dataset: Dataset, catalog: Catalog, scope: Sequence[str], people: Sequence[PersonResult]
) -> tuple[ItemCover, ...]:
    """The items roles in scope need (in the target's order, or by kind in the dataset's
    order), then those only held, with who holds each."""
    needed_by: dict[ItemKey, list[str]] = {}
    for role_id in scope:  # the catalog's numbers are in the role's order (careers.needs_of)
        skills, tools, _categories, areas = catalog.numbers_of(role_id)
        for kind, numbers in (("skill", skills), ("tool", tools), ("area", areas)):
            idents = catalog.ids[kind]
            for number in numbers:
                needed_by.setdefault((kind, idents[number]), []).append(role_id)
    holders: dict[ItemKey, list[str]] = {}
    for person in people:
        for dimension in DIMENSIONS:
            kind = COLUMN_KIND[dimension]
            for ident in person.have.of(dimension):
                holders.setdefault((kind, ident), []).append(person.name)

    def dataset_order(key: ItemKey) -> tuple[int, int, str]:
        number = catalog.number(key[0], key[1])
        return (
            _KIND_ORDER[key[0]],
            number if number is not None else len(catalog.ids[key[0]]),
            key[1],
        )

    keys = list(needed_by)
    if len(scope) != 1:
        keys.sort(key=dataset_order)
    keys += sorted((k for k in holders if k not in needed_by), key=dataset_order)
    names = _item_names(dataset, keys)
    return tuple(
        ItemCover(
            kind,
            ident,
            names[(kind, ident)],
            tuple(needed_by.get((kind, ident), ())),
            tuple(holders.get((kind, ident), ())),
        )
        for kind, ident in keys
    )


def _item_names(dataset: Dataset, keys: Sequence[ItemKey]) -> dict[ItemKey, Mapping[str, str]]:
    """Each item's name: for a few, read one by one; for many (every tool of O*NET), all of
    a section's definitions at once, which costs less than a lookup each."""
    wanted: dict[str, list[str]] = {}
    for kind, ident in keys:
        wanted.setdefault(kind, []).append(ident)
    names: dict[ItemKey, Mapping[str, str]] = {}
    for kind, idents in wanted.items():
        section = SECTION[kind]
        if len(idents) > MANY_NAMES:
            known = dataset.definitions(section)
            for ident in idents:
                found = known.get(ident)
                names[(kind, ident)] = dict(found.name) if found else {"en": ident}
        else:
            for ident in idents:
                names[(kind, ident)] = dict(dataset.definition(section, ident).name)
    return names


def _training(
    people: Sequence[PersonResult], items: Mapping[ItemKey, ItemCover]
) -> tuple[TrainingNeed, ...]:
    """What people lack for their targets, most lacked first, then by (English) name."""
    lacking: dict[ItemKey, list[str]] = {}
    for person in people:
        for key in person.lacks:
            lacking.setdefault(key, []).append(person.name)

    def name_of(key: ItemKey) -> Mapping[str, str]:
        item = items.get(key)
        return item.name if item is not None else {"en": key[1]}

    needs = [
        TrainingNeed(kind, ident, name_of((kind, ident)), tuple(names))
        for (kind, ident), names in lacking.items()
    ]
    needs.sort(key=lambda t: (-t.count, local(t.name, "en").casefold(), _KIND_ORDER[t.kind], t.id))
    return tuple(needs)


def describe_unresolved(team: Team, path: str, lang: str) -> list[str]:
    """Every unresolved item and role, one line each, for standard error."""
    return [u.render(lang, path) for _person, u in team.unresolved]


def roster_warnings(roster: Roster, lang: str) -> list[str]:
    """The roster's warnings (unknown columns), one line each, for standard error."""
    return [w.render(lang) for w in roster.warnings]
