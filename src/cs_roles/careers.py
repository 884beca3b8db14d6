"""Career moves: how much of a role's needs a person already covers, and what is left.

Three steps, none of which knows about the terminal:

- **Resolving items.** A person names skills, tools and responsibility areas any way
  `search` understands (id, name, alias, Korean, a typo, choseong). An item *resolves* when
  the best skill, tool or area hit is at least `MARGIN` points ahead of every other one; a
  hit of another kind with the very same name resolves with it (갈등 해결 is a skill and a
  responsibility area). Two different items within the margin at the top make the item
  *ambiguous*; no hit at `MIN_SCORE` or above makes it *unknown*. Neither counts; both
  come with suggestions.
- **Coverage.** Per role and dimension, `have` of `needed`: how many of the role's skills,
  tools and areas the person has (`compare.Coverage`). Roles rank by the mean of skill and
  tool coverage (`compare.coverage_score`; a dimension the role lists nothing in is left out
  of the mean), then by how many skills and tools the person has of them (so all five of
  five ranks above all two of two), then by how many of their missing tools are
  transferable, then by id.
- **Transferable tools.** A tool the role uses and the person lacks is transferable when
  the person knows another product of the same category: a category the role files the
  tool under and that some role of the dataset files the known product under (knowing
  Freshdesk when the role uses Zendesk, both help desks). Transferable tools are listed
  beside the missing ones and break ties; they never count as covered.

`gap` turns the same figures into a plan for one move: skills to learn (with the target's
note on each, where the dataset has notes), tools to learn grouped by category with the
products the person knows there, and responsibility areas new to them with the target's
own responsibility texts.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from cs_roles.compare import Coverage, coverage, coverage_score

if TYPE_CHECKING:
    from cs_roles.dataset import Dataset
    from cs_roles.model import Responsibility, Role, Text
    from cs_roles.search import Index

DIMENSIONS = ("skills", "tools", "areas")
KIND_DIMENSION = {"skill": "skills", "tool": "tools", "area": "areas"}
MIN_SCORE = 70.0  # as search's default
MARGIN = 5.0  # how far the best hit must be ahead of the next different item
SUGGESTIONS = 3
CATALOG = "careers.json"  # the per-role needs, kept beside the cached dataset
CATALOG_VERSION = 1

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


@dataclass(frozen=True)
class Match:
    """A skill, tool or area an item was matched to."""

    kind: str  # skill, tool or area
    id: str
    name: Mapping[str, str]
    matched: str  # the name, alias or id that matched
    score: float

    @property
    def dimension(self) -> str:
        return KIND_DIMENSION[self.kind]


@dataclass(frozen=True)
class Resolution:
    item: str  # as the person wrote it
    status: Status
    matches: tuple[Match, ...] = ()  # what it counts as (resolved items only)
    suggestions: tuple[Match, ...] = ()  # the tied hits, or the closest names


def _same_name(a: str, b: str) -> bool:
    from cs_roles.names import fold

    return fold(a) == fold(b)


def resolve_item(index: Index, item: str) -> Resolution:
    """What one item names, by the rule in the module docstring."""
    from cs_roles.search import search

    kinds = tuple(KIND_DIMENSION)
    hits = search(index, item, kinds=kinds, limit=8, min_score=MIN_SCORE)
    matches = [Match(h.kind, h.id, h.name, h.matched, h.score) for h in hits]
    if not matches:
        near = search(index, item, kinds=kinds, limit=SUGGESTIONS, min_score=40)
        closest = tuple(Match(h.kind, h.id, h.name, h.matched, h.score) for h in near)
        return Resolution(item, "unknown", suggestions=closest)
    best = matches[0]
    together = [best]  # the best hit and same-named items of other kinds
    rivals = []
    for match in matches[1:]:
        if best.score - match.score >= MARGIN:
            break
        if match.kind not in {m.kind for m in together} and _same_name(match.matched, best.matched):
            together.append(match)
        else:
            rivals.append(match)
    if rivals:
        tied = [*together, *rivals]
        return Resolution(item, "ambiguous", suggestions=tuple(tied))
    return Resolution(item, "resolved", matches=tuple(together))


def resolve_items(index: Index, items: Sequence[str]) -> list[Resolution]:
    """Each item's resolution, in the order given (an item given twice is resolved once)."""
    cache: dict[str, Resolution] = {}
    out = []
    for item in items:
        found = cache.get(item)
        if found is None:
            found = cache[item] = resolve_item(index, item)
        out.append(found)
    return out


# -- what a person has, what a role needs --------------------------------------------------


@dataclass(frozen=True)
class Holdings:
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

    def is_empty(self) -> bool:
        return not (self.skills or self.tools or self.areas)

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


@dataclass(frozen=True)
class RoleNeeds:
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


@dataclass
class Catalog:
    """Every role's needs, and the categories each tool is filed under across the dataset."""

    needs: dict[str, RoleNeeds]
    tool_categories: dict[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, needs: Iterable[RoleNeeds]) -> Catalog:
        by_role = {n.id: n for n in needs}
        categories: dict[str, set[str]] = {}
        for role in by_role.values():
            for tool, category in role.tools:
                if category:
                    categories.setdefault(tool, set()).add(category)
        return cls(by_role, {tool: frozenset(c) for tool, c in categories.items()})


def build_catalog(roles: Iterable[Role]) -> Catalog:
    return Catalog.of(needs_of(role) for role in roles)


def dump_catalog(catalog: Catalog) -> bytes:
    """Compact JSON: each id once, roles as lists of numbers (-1: a tool without category)."""
    tables: dict[str, dict[str, int]] = {k: {} for k in ("skills", "tools", "categories", "areas")}

    def number(table: str, ident: str | None) -> int:
        if ident is None:
            return -1
        return tables[table].setdefault(ident, len(tables[table]))

    roles = [
        [
            needs.id,
            [number("skills", s) for s in needs.skills],
            [number("tools", t) for t, _ in needs.tools],
            [number("categories", c) for _, c in needs.tools],
            [number("areas", a) for a in needs.areas],
        ]
        for needs in catalog.needs.values()
    ]
    body = {"version": CATALOG_VERSION, **{k: list(v) for k, v in tables.items()}, "roles": roles}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def parse_catalog(data: bytes, role_ids: Sequence[str]) -> Catalog | None:
    """The catalog from dump_catalog's bytes; None unless it is sound and of these roles."""
    try:
        body = json.loads(data)
        if body.get("version") != CATALOG_VERSION:
            return None
        skills, tools, categories, areas = (
            body[k] for k in ("skills", "tools", "categories", "areas")
        )
        needs = [
            RoleNeeds(
                role_id,
                tuple(skills[s] for s in s_nums),
                tuple(
                    (tools[t], categories[c] if c >= 0 else None)
                    for t, c in zip(t_nums, c_nums, strict=True)
                ),
                tuple(areas[a] for a in a_nums),
            )
            for role_id, s_nums, t_nums, c_nums, a_nums in body["roles"]
        ]
    except (ValueError, KeyError, TypeError, IndexError):
        return None
    if [n.id for n in needs] != list(role_ids):
        return None
    return Catalog.of(needs)


def load_catalog(dataset: Dataset, use_cache: bool = True) -> Catalog:
    """Every role's needs: from the cache when stored there, else read from every role
    (and stored), so a warm `fit` over 923 roles never parses their texts."""
    from cs_roles import cache

    if use_cache:
        stored = cache.read_extra(dataset.digest, CATALOG)
        catalog = parse_catalog(stored, dataset.role_ids) if stored is not None else None
        if catalog is not None:
            return catalog
    catalog = build_catalog(dataset.roles())
    if use_cache:
        cache.write_extra(dataset.digest, CATALOG, dump_catalog(catalog))
    return catalog


# -- coverage, transferable tools, fit ------------------------------------------------------


@dataclass(frozen=True)
class Transfer:
    """A tool the role uses and the person lacks, and the products of its kind they know."""

    tool: str
    category: str
    known: tuple[str, ...]


def transferable(
    tools: Iterable[tuple[str, str | None]],
    have: frozenset[str],
    tool_categories: Mapping[str, frozenset[str]],
) -> list[Transfer]:
    """For each missing tool with a category: the known products filed under that category."""
    out = []
    for tool, category in tools:
        if tool in have or category is None:
            continue
        known = tuple(
            sorted(k for k in have if k != tool and category in tool_categories.get(k, ()))
        )
        if known:
            out.append(Transfer(tool, category, known))
    return out


@dataclass(frozen=True)
class RoleFit:
    id: str
    coverage: dict[str, Coverage]
    score: float | None  # the ranking figure: mean of skill and tool coverage
    missing: dict[str, list[str]]  # in the role's order
    transfers: list[Transfer]


def fit_role(needs: RoleNeeds, have: Holdings, catalog: Catalog) -> RoleFit:
    figures = {d: coverage(have.of(d), needs.items(d)) for d in DIMENSIONS}
    ordered = {"skills": needs.skills, "tools": needs.tool_ids, "areas": needs.areas}
    missing = {d: [i for i in ordered[d] if i not in have.of(d)] for d in DIMENSIONS}
    transfers = transferable(needs.tools, have.tools, catalog.tool_categories)
    return RoleFit(needs.id, figures, coverage_score(figures), missing, transfers)


def rank_key(fit: RoleFit) -> tuple[float, int, int, str]:
    """Highest coverage first; then most skills and tools in common (all 5 of 5 before all 2
    of 2); then most transferable tools; then by id."""
    score = -1.0 if fit.score is None else fit.score
    common = fit.coverage["skills"].have + fit.coverage["tools"].have
    return (-score, -common, -len(fit.transfers), fit.id)


def fit_roles(
    catalog: Catalog, have: Holdings, role_ids: Sequence[str] | None = None
) -> list[RoleFit]:
    """The roles (all, or those named), ranked by how much of their needs `have` covers."""
    ids = list(dict.fromkeys(role_ids)) if role_ids is not None else list(catalog.needs)
    fits = [fit_role(catalog.needs[i], have, catalog) for i in ids]
    fits.sort(key=rank_key)
    return fits


# -- gap ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SkillToLearn:
    id: str
    note: Text | None  # the target role's note on the skill, when the dataset has one


@dataclass(frozen=True)
class ToolGroup:
    """Missing tools of one category, with the products of that category the person knows."""

    category: str | None
    tools: tuple[str, ...]
    known: tuple[str, ...]
    purpose: Text | None  # what the target uses this kind of tool for, when the data says


@dataclass(frozen=True)
class AreaToLearn:
    id: str
    responsibilities: tuple[Responsibility, ...]  # the target's own texts for this area


@dataclass(frozen=True)
class Gap:
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
