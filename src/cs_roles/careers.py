"""Career moves: how much of a role's needs a person already covers, and what is left.

Three steps, none of which knows about the terminal:

- **Resolving items.** A person names skills, tools and responsibility areas any way
  `search` understands (id, name, alias, concept term, Korean, a typo, choseong, a
  keyboard-layout slip). Whether a hit counts is the confidence rule of `resolver`: an
  item *resolves* when its best skill, tool or area hit is confident and leads every other
  item by the margin (a hit of another kind with the very same name resolves with it: 갈등
  해결 is a skill and a responsibility area); otherwise it is *ambiguous* or *unknown*.
  Neither counts; both come with suggestions, and every resolution says how it was reached
  and why (score, margin).
- **Coverage.** Per role and dimension, `have` of `needed`: how many of the role's skills,
  tools and areas the person has (`coverage.Coverage`). Roles rank by the mean of skill and
  tool coverage (`coverage.coverage_score`; a dimension the role lists nothing in is left out
  of the mean), then by how many skills and tools the person has of them (so all five of
  five ranks above all two of two), then by how many of their missing tools are
  transferable, then by id.
- **Transferable tools.** A tool the role uses and the person lacks is transferable when
  the person knows another product of the same category: a category the role files the
  tool under and that some role of the dataset files the known product under (knowing
  Freshdesk when the role uses Groove, both help desks). Transferable tools are listed
  beside the missing ones and break ties; they never count as covered.

`gap` turns the same figures into a plan for one move: skills to learn (with the target's
note on each, where the dataset has notes), tools to learn grouped by category with the
products the person knows there, and responsibility areas new to them with the target's
own responsibility texts.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from cs_roles.coverage import Coverage, coverage, coverage_score
from cs_roles.records import Record

if TYPE_CHECKING:
    from cs_roles.dataset import Dataset
    from cs_roles.model import Responsibility, Role, Text
    from cs_roles.resolver import How, Why
    from cs_roles.search import Hit, Index

DIMENSIONS = ("skills", "tools", "areas")
KINDS = ("skill", "tool", "area")  # search's order among these
KIND_DIMENSION = {"skill": "skills", "tool": "tools", "area": "areas"}
MIN_SCORE = 70.0  # as search's default
SUGGESTION_SCORE = 40.0  # the weakest hit offered as a suggestion
SUGGESTIONS = 3
CATALOG_VERSION = 4  # of the "careers" extra the store keeps: per-role needs, exact names

Status = Literal["resolved", "ambiguous", "unknown"]


# -- reading a list of items ---------------------------------------------------------------


def split_items(lines: Iterable[str]) -> list[str]:
    """Items from arguments or lines of a file: commas split; blank lines and lines that
    start with `#` are skipped (a `#` inside an item stays: C# is a tool)."""
    items: list[str] = []
    for line in lines:
        if line.lstrip().startswith("#"):
            continue
        items.extend(part.strip() for part in line.split(",") if part.strip())
    return items


# -- resolving items -----------------------------------------------------------------------


class Match(Record):
    """A skill, tool or area an item was matched to."""

    kind: str  # skill, tool or area
    id: str
    name: Mapping[str, str]
    matched: str  # the name, alias or id that matched
    score: float
    searched_as: str | None = None  # the item in the other keyboard layout, if that found it

    @property
    def dimension(self) -> str:
        return KIND_DIMENSION[self.kind]


class Resolution(Record):
    item: str  # as the person wrote it
    status: Status
    matches: tuple[Match, ...] = ()  # what it counts as (resolved items only)
    suggestions: tuple[Match, ...] = ()  # the tied hits, or the closest names
    how: How = "none"  # how the best hit was reached
    why: Why | None = None  # its score and its lead over the next item


def decide(item: str, matches: Sequence[Match], index: Index | None = None) -> Resolution:
    """The confidence rule (resolver.judge) over an item's hits, best first; `index`, the
    search index they come from, lets part of a name count."""
    from cs_roles.resolver import judge
    from cs_roles.search import IndexNames

    names = IndexNames(index) if index is not None else None
    verdict = judge(item, matches, [m.searched_as for m in matches], names=names)
    chosen = tuple(matches[i] for i in verdict.chosen)
    if verdict.status == "resolved":
        return Resolution(item, "resolved", chosen, (), verdict.how, verdict.why)
    return Resolution(item, verdict.status, (), chosen, verdict.how, verdict.why)


def _match(hit: Hit) -> Match:
    return Match(hit.kind, hit.id, hit.name, hit.matched, hit.score, hit.searched_as)


def resolve_item(index: Index, item: str, catalog: Catalog | None = None) -> Resolution:
    """What one item names. An exact name (as the catalog has them) decides at once: no
    other name can come within the margin of a whole match except another exact one
    (search's partial and word-set matches are weighted 0.9 and 0.95), so this is the
    answer the search would give, without it."""
    from cs_roles.search import search

    if catalog is not None:
        exact = catalog.exact(item)
        if exact:
            return decide(item, exact)
    hits = search(index, item, kinds=KINDS, limit=8, min_score=MIN_SCORE)
    resolution = decide(item, [_match(h) for h in hits], index)
    if resolution.status != "unknown":
        return resolution
    # Weaker names only as suggestions: a second, wider search (rarely needed).
    near = search(index, item, kinds=KINDS, limit=SUGGESTIONS, min_score=SUGGESTION_SCORE)
    return Resolution(item, "unknown", (), tuple(_match(h) for h in near), *_how_why(item, near))


def _how_why(item: str, hits: Sequence[Hit]) -> tuple[How, Why | None]:
    """How the best of these hits was reached, and why it does not count."""
    from cs_roles.resolver import judge

    verdict = judge(item, hits, [h.searched_as for h in hits])
    return verdict.how, verdict.why


_SENTENCE_COLUMNS = ("texts.forms", "texts.owner", "words.forms", "words.owners")


class _NamesOnly(dict[str, list[str]]):
    """A view of an index with its sentence columns empty; every other column is read from
    the index when first asked for (the store's index reads its columns lazily too)."""

    def __init__(self, index: Index) -> None:
        super().__init__()
        self._index = index

    def __missing__(self, key: str) -> list[str]:
        value: list[str] = [] if key in _SENTENCE_COLUMNS else self._index[key]
        self[key] = value
        return value


def names_only(index: Index) -> Index:
    """The index without its sentences: items are skills, tools and areas, never text hits,
    so scanning every word of every responsibility would only be thrown away (a quarter of
    a query's time on O*NET). The same answers, and the sentence columns are never read."""
    return _NamesOnly(index)


def load_names_index(dataset: Dataset, use_cache: bool = True) -> Index:
    """The search index without its sentences (names_only). The store reads the index a
    column at a time, so the sentence columns left out here are never read."""
    from cs_roles.search import load_index

    return names_only(load_index(dataset, use_cache))


def resolve_items(
    items: Sequence[str], index: Index | Callable[[], Index], catalog: Catalog | None = None
) -> list[Resolution]:
    """Each item's resolution, in the order given. `index` may be a function that loads the
    search index: it is called only if some item is not an exact name in the catalog."""
    loaded: list[Index] = []

    def get_index() -> Index:
        if not loaded:
            loaded.append(names_only(index() if callable(index) else index))
        return loaded[0]

    done: dict[str, Resolution] = {}
    out = []
    for item in items:
        found = done.get(item)
        if found is None:
            exact = catalog.exact(item) if catalog is not None else []
            found = decide(item, exact) if exact else resolve_item(get_index(), item)
            done[item] = found
        out.append(found)
    return out


# -- what a person has, what a role needs --------------------------------------------------


class Holdings(Record):
    """A person's skills, tools and responsibility areas, as ids."""

    skills: frozenset[str] = frozenset()
    tools: frozenset[str] = frozenset()
    areas: frozenset[str] = frozenset()

    def of(self, dimension: str) -> frozenset[str]:
        held: frozenset[str] = getattr(self, dimension)
        return held

    def __or__(self, other: Holdings) -> Holdings:
        return Holdings(
            self.skills | other.skills, self.tools | other.tools, self.areas | other.areas
        )

    @classmethod
    def from_resolutions(cls, resolutions: Iterable[Resolution]) -> Holdings:
        held: dict[str, set[str]] = {d: set() for d in DIMENSIONS}
        for resolution in resolutions:
            for match in resolution.matches:
                held[match.dimension].add(match.id)
        return cls(*(frozenset(held[d]) for d in DIMENSIONS))

    @classmethod
    def from_role(cls, role: Role) -> Holdings:
        needs = needs_of(role)
        return cls(frozenset(needs.skills), frozenset(needs.tool_ids), frozenset(needs.areas))


class RoleNeeds(Record):
    """What a role lists: skills, tools (each with the category the role files it under)
    and responsibility areas, each once, in the role's order."""

    id: str
    skills: tuple[str, ...]
    tools: tuple[tuple[str, str | None], ...]
    areas: tuple[str, ...]

    @property
    def tool_ids(self) -> tuple[str, ...]:
        return tuple(tool for tool, _category in self.tools)

    def items(self, dimension: str) -> frozenset[str]:
        if dimension == "tools":
            return frozenset(self.tool_ids)
        return frozenset(getattr(self, dimension))


def responsibility_areas(responsibility: Responsibility) -> tuple[str, ...]:
    """A responsibility's areas: `areas` (format 2) or the single `area` (format 1)."""
    areas = getattr(responsibility, "areas", None)
    if areas is not None:
        return tuple(areas)
    area = getattr(responsibility, "area", None)
    return (area,) if area else ()


def needs_of(role: Role) -> RoleNeeds:
    tools: dict[str, str | None] = {}
    for use in role.tools:
        tools.setdefault(use.tool, use.category)
    areas = dict.fromkeys(a for r in role.responsibilities for a in responsibility_areas(r))
    return RoleNeeds(role.id, tuple(dict.fromkeys(role.skills)), tuple(tools.items()), tuple(areas))


def skill_note(role: Role, skill: str) -> Text | None:
    """The role's note on one of its skills (dataset format 2), if any."""
    notes = getattr(role, "skill_notes", None) or {}
    note: Text | None = notes.get(skill)
    return note


def tool_purpose(role: Role, category: str | None) -> Text | None:
    """What the role uses a category of tools for (dataset format 2), if the data says."""
    if category is None:
        return None
    purposes = getattr(role, "tool_purposes", None) or {}
    purpose: Text | None = purposes.get(category)
    return purpose


class Catalog:
    """What `fit` and `gap` need of every role, kept as two columns of the stored dataset.

    `catalog`: tables of skill, tool, category and area ids, and each role's skills,
    tools (with the category it files each under) and areas as numbers into them.
    `names`: every skill, tool and area's exact names (ids, names, aliases) in
    search's normal form, one per line, so an item typed exactly is resolved by a substring
    search in C instead of loading the search index; read only when an item is resolved.
    Records are built only for the roles and names asked for."""

    def __init__(self, body: dict[str, Any], names: bytes | Callable[[], bytes | None]) -> None:
        self.ids: dict[str, list[str]] = body["ids"]
        self._roles: dict[str, list[Any]] = {r[0]: r for r in body["roles"]}
        self._names = names
        self._numbers: dict[str, dict[str, int]] = {}

    @property
    def role_ids(self) -> list[str]:
        return list(self._roles)

    def number(self, kind: str, ident: str) -> int | None:
        table = self._numbers.get(kind)
        if table is None:
            table = self._numbers[kind] = {i: n for n, i in enumerate(self.ids[kind])}
        return table.get(ident)

    def numbers_of(self, role_id: str) -> tuple[list[int], list[int], list[int], list[int]]:
        """A role's skills, tools, their categories (-1: none) and areas, as numbers."""
        _, skills, tools, categories, areas = self._roles[role_id]
        return skills, tools, categories, areas

    def needs(self, role_id: str) -> RoleNeeds:
        skills, tools, categories, areas = self.numbers_of(role_id)
        ids = self.ids
        return RoleNeeds(
            role_id,
            tuple(ids["skill"][n] for n in skills),
            tuple(
                (ids["tool"][t], ids["category"][c] if c >= 0 else None)
                for t, c in zip(tools, categories, strict=True)
            ),
            tuple(ids["area"][n] for n in areas),
        )

    def tool_categories(self, tools: Iterable[str]) -> dict[str, frozenset[str]]:
        """The categories any role files each of these tools under."""
        wanted = {n: t for t in tools if (n := self.number("tool", t)) is not None}
        found: dict[int, set[int]] = {n: set() for n in wanted}
        if wanted:
            for _, _skills, role_tools, categories, _areas in self._roles.values():
                for t, c in zip(role_tools, categories, strict=True):
                    if t in found and c >= 0:
                        found[t].add(c)
        names = self.ids["category"]
        return {wanted[n]: frozenset(names[c] for c in cs) for n, cs in found.items()}

    def names_text(self) -> bytes:
        if callable(self._names):
            self._names = self._names() or b""
        return self._names

    def exact(self, item: str) -> list[Match]:
        """The skills, tools and areas one of whose names is exactly this item (after search's
        normalisation), in search's order for equal scores: by kind, then id. Empty when
        none is, or when the names file cannot be read (the search then decides)."""
        from cs_roles.search import normalize, squash

        text = self.names_text()
        if not text.startswith(NAMES_HEADER):
            return []
        spaced = normalize(item)
        needle = b"\n" + (squash(spaced) or spaced).encode("utf-8") + b"\t"
        found = []
        at = text.find(needle)
        while at >= 0:
            end = text.find(b"\n", at + 1)
            line = text[at + len(needle) : end if end >= 0 else len(text)]
            kind, ident, shown, name = json.loads(line)
            found.append(Match(kind, ident, name, shown, 100.0))
            at = text.find(needle, at + 1)
        order = {kind: i for i, kind in enumerate(KINDS)}
        return sorted(found, key=lambda m: (order[m.kind], m.id))

    def to_json(self) -> bytes:
        body = {"version": CATALOG_VERSION, "ids": self.ids, "roles": list(self._roles.values())}
        return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


NAMES_HEADER = b"csroles careers names 1\n"


def build_catalog(dataset: Dataset) -> Catalog:
    """The catalog of a dataset, from every role and every definition."""
    from cs_roles.search import normalize, squash

    sections = {"skill": "skills", "tool": "tools", "area": "areas"}
    numbers: dict[str, dict[str, int]] = {k: {} for k in (*KINDS, "category")}

    def number(kind: str, ident: str | None) -> int:
        if ident is None:
            return -1
        return numbers[kind].setdefault(ident, len(numbers[kind]))

    for kind, section in sections.items():
        for ident in dataset.definitions(section):
            number(kind, ident)
    roles = []
    for role in dataset.roles():
        needs = needs_of(role)
        roles.append(
            [
                role.id,
                [number("skill", s) for s in needs.skills],
                [number("tool", t) for t, _ in needs.tools],
                [number("category", c) for _, c in needs.tools],
                [number("area", a) for a in needs.areas],
            ]
        )
    lines = []
    for kind, section in sections.items():
        for ident in numbers[kind]:
            definition = dataset.definition(section, ident)
            name = dict(definition.name)
            seen: set[str] = set()
            for shown in (*definition.name.values(), *definition.aliases, ident):
                shown = " ".join(shown.split())
                spaced = normalize(shown)
                key = squash(spaced) or spaced
                if key and key not in seen:
                    seen.add(key)
                    record = json.dumps([kind, ident, shown, name], ensure_ascii=False)
                    lines.append(f"{key}\t{record}\n")
    body = {"ids": {k: list(v) for k, v in numbers.items()}, "roles": roles}
    return Catalog(body, NAMES_HEADER + "".join(lines).encode("utf-8"))


def parse_catalog(
    data: bytes, role_ids: Sequence[str], names: bytes | Callable[[], bytes | None] = b""
) -> Catalog | None:
    """The catalog from its JSON; None unless it is sound, of this version and these roles."""
    try:
        body = json.loads(data)
        if body.get("version") != CATALOG_VERSION:
            return None
        catalog = Catalog(body, names)
        if not all(isinstance(catalog.ids[k], list) for k in (*KINDS, "category")):
            return None
    except (ValueError, KeyError, TypeError, IndexError, AttributeError):
        return None
    return catalog if catalog.role_ids == list(role_ids) else None


def load_catalog(dataset: Dataset, use_cache: bool = True) -> Catalog:
    """The dataset's catalog: kept by the store beside the compiled dataset (built and
    stored when absent), so a warm `fit` over 923 roles never parses their texts."""
    if not use_cache:
        return build_catalog(dataset)

    def build() -> dict[str, list[str]]:
        catalog = build_catalog(dataset)
        return {
            "catalog": [catalog.to_json().decode("utf-8")],
            "names": catalog.names_text().decode("utf-8").split("\n"),
        }

    columns = dataset.columns("careers", CATALOG_VERSION, ("catalog", "names"), build)
    catalog = parse_catalog(
        columns["catalog"][0].encode("utf-8"),
        dataset.role_ids,
        lambda: "\n".join(columns["names"]).encode("utf-8"),
    )
    return catalog if catalog is not None else build_catalog(dataset)


# -- coverage, transferable tools, fit ------------------------------------------------------


class Transfer(Record):
    """A tool the role uses and the person lacks, and the products of its kind they know."""

    tool: str
    category: str
    known: tuple[str, ...]


def known_by_category(
    have: frozenset[str], tool_categories: Mapping[str, frozenset[str]]
) -> dict[str, list[str]]:
    """For each category, the person's tools that some role files under it."""
    out: dict[str, list[str]] = {}
    for tool in sorted(have):
        for category in tool_categories.get(tool, ()):
            out.setdefault(category, []).append(tool)
    return out


def transferable(
    tools: Iterable[tuple[str, str | None]], have: frozenset[str], known: Mapping[str, list[str]]
) -> list[Transfer]:
    """For each missing tool with a category: the known products filed under that category."""
    out = []
    for tool, category in tools:
        if tool in have or category is None or category not in known:
            continue
        out.append(Transfer(tool, category, tuple(k for k in known[category] if k != tool)))
    return out


class RoleFit(Record):
    id: str
    coverage: dict[str, Coverage]
    score: float | None  # the ranking figure: mean of skill and tool coverage
    missing: dict[str, list[str]]  # in the role's order
    transfers: list[Transfer]


def fit_role(needs: RoleNeeds, have: Holdings, known: Mapping[str, list[str]]) -> RoleFit:
    """One role's figures; `known` is known_by_category of the person's tools."""
    figures = {d: coverage(have.of(d), needs.items(d)) for d in DIMENSIONS}
    ordered = {"skills": needs.skills, "tools": needs.tool_ids, "areas": needs.areas}
    missing = {d: [i for i in ordered[d] if i not in have.of(d)] for d in DIMENSIONS}
    transfers = transferable(needs.tools, have.tools, known)
    return RoleFit(needs.id, figures, coverage_score(figures), missing, transfers)


def fit_roles(
    catalog: Catalog,
    have: Holdings,
    role_ids: Sequence[str] | None = None,
    limit: int | None = None,
) -> list[RoleFit]:
    """The roles (all, or those named), ranked by how much of their needs `have` covers;
    the first `limit` of them. The ranking: highest coverage first; then most skills and
    tools in common (all 5 of 5 before all 2 of 2); then most transferable tools; then by
    id. Every role is ranked on numbers; only those returned are turned into records."""
    ids = list(dict.fromkeys(role_ids)) if role_ids is not None else catalog.role_ids
    known = known_by_category(have.tools, catalog.tool_categories(have.tools))

    def numbers(kind: str, held: frozenset[str]) -> set[int]:
        return {n for i in held if (n := catalog.number(kind, i)) is not None}

    skills, tools = numbers("skill", have.skills), numbers("tool", have.tools)
    categories = {n for c in known if (n := catalog.number("category", c)) is not None}
    keys = []
    for role_id in ids:
        role_skills, role_tools, role_categories, _areas = catalog.numbers_of(role_id)
        # Set and map operations run in C: 923 roles and 32,627 tool mentions on O*NET.
        got_skills = len(skills.intersection(role_skills))
        got_tools = len(tools.intersection(role_tools))
        ratios = [
            got / len(need)
            for got, need in ((got_skills, role_skills), (got_tools, role_tools))
            if need
        ]
        score = sum(ratios) / len(ratios) if ratios else -1.0
        transfers = sum(map(categories.__contains__, role_categories)) if categories else 0
        if transfers and got_tools:  # a tool the person has is not one to transfer to
            transfers -= sum(
                1
                for t, c in zip(role_tools, role_categories, strict=True)
                if t in tools and c in categories
            )
        keys.append((-score, -(got_skills + got_tools), -transfers, role_id))
    keys.sort()
    chosen = keys if limit is None else keys[:limit]
    return [fit_role(catalog.needs(key[3]), have, known) for key in chosen]


# -- gap ----------------------------------------------------------------------------------


class SkillToLearn(Record):
    id: str
    note: Text | None  # the target role's note on the skill, when the dataset has one


class ToolGroup(Record):
    """Missing tools of one category, with the products of that category the person knows."""

    category: str | None
    tools: tuple[str, ...]
    known: tuple[str, ...]
    purpose: Text | None  # what the target uses this kind of tool for, when the data says


class AreaToLearn(Record):
    id: str
    responsibilities: tuple[Responsibility, ...]  # the target's own texts for this area


class Gap(Record):
    source: str | None  # the role the person comes from, if any
    target: str
    coverage: dict[str, Coverage]
    score: float | None
    skills: list[SkillToLearn]
    tools: list[ToolGroup]
    areas: list[AreaToLearn]


def role_gap(
    target: Role,
    have: Holdings,
    tool_categories: Mapping[str, frozenset[str]],
    source: str | None = None,
) -> Gap:
    """What someone with `have` must add to do `target`, section by section."""
    needs = needs_of(target)
    figures = {d: coverage(have.of(d), needs.items(d)) for d in DIMENSIONS}
    skills = [SkillToLearn(s, skill_note(target, s)) for s in needs.skills if s not in have.skills]
    groups: dict[str | None, list[str]] = {}
    for tool, category in needs.tools:
        if tool not in have.tools:
            groups.setdefault(category, []).append(tool)
    tools = []
    for category, missing in groups.items():
        known: tuple[str, ...] = ()
        if category is not None:
            known = tuple(sorted(k for k in have.tools if category in tool_categories.get(k, ())))
        tools.append(ToolGroup(category, tuple(missing), known, tool_purpose(target, category)))
    areas = [
        AreaToLearn(
            area,
            tuple(r for r in target.responsibilities if area in responsibility_areas(r)),
        )
        for area in needs.areas
        if area not in have.areas
    ]
    return Gap(source, target.id, figures, coverage_score(figures), skills, tools, areas)
