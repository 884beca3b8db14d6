"""What roles share and what sets them apart: set algebra over skills, tools and areas.

Similarity is the Jaccard index |A ∩ B| / |A ∪ B| per dimension (for three or more roles,
items in all of them over items in any); overall is the mean of the dimensions compared,
so a role's twenty tools do not drown its nine skills.

Beside it, coverage (coverage.py), which is directional: how many of role B's items role A
has, over B's items (|A ∩ B| / |B|), the figure that matters for a move from A to B.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from cs_roles.coverage import Coverage, coverage, coverage_score
from cs_roles.errors import UsageError
from cs_roles.model import Role

if TYPE_CHECKING:
    from cs_roles.dataset import Dataset

DIMENSIONS = ("skills", "tools", "areas")


def items_of(role: Role, dimension: str) -> set[str]:
    if dimension == "skills":
        return set(role.skills)
    if dimension == "tools":
        return set(role.tool_ids)
    if dimension == "areas":
        return set(role.areas)
    raise ValueError(dimension)


def jaccard(sets: Sequence[set[str]]) -> float | None:
    """Items in every set over items in any; None when no set has any item."""
    union = set().union(*sets)
    if not union:
        return None
    return len(set.intersection(*sets)) / len(union)


@dataclass(eq=False, repr=False)
class DimensionComparison:
    dimension: str
    shared: list[str]  # in every role
    only: dict[str, list[str]]  # role id -> items no other role has
    similarity: float | None
    matrix: dict[str, list[str]]  # item -> the roles that have it, most shared first


@dataclass(eq=False, repr=False)
class CategoryContrast:
    """Tools compared by category: same kind of tool, possibly different products."""

    category: str
    tools: dict[str, list[str]]  # role id -> tool ids in this category
    shared_tools: list[str]


@dataclass(eq=False, repr=False)
class Comparison:
    roles: list[str]
    dimensions: dict[str, DimensionComparison]
    overall: float | None
    categories: list[CategoryContrast] = field(default_factory=list)
    # coverage[a][b][dimension]: how much of role b's items role a has
    coverage: dict[str, dict[str, dict[str, Coverage]]] = field(default_factory=dict)


def require_two_or_more(count: int) -> None:
    if count < 2:
        raise UsageError("error.two_roles", hint="hint.compare_example")


def compare_roles(roles: Sequence[Role], dimensions: Sequence[str] = DIMENSIONS) -> Comparison:
    ids = [role.id for role in roles]
    require_two_or_more(len(ids))
    repeated = sorted({i for i in ids if ids.count(i) > 1})
    if repeated:
        raise UsageError(
            "error.repeated_role",
            {"name": f"'{repeated[0]}'", "other": f"'{repeated[0]}'", "role": repeated[0]},
            "hint.distinct_roles",
        )
    result: dict[str, DimensionComparison] = {}
    for dimension in dimensions:
        sets = [items_of(role, dimension) for role in roles]
        result[dimension] = _compare_sets(ids, sets, dimension)
    scores = [d.similarity for d in result.values() if d.similarity is not None]
    overall = sum(scores) / len(scores) if scores else None
    categories = _category_contrasts(roles) if "tools" in dimensions else []
    held = {role.id: {d: items_of(role, d) for d in dimensions} for role in roles}
    covered = {
        a: {b: {d: coverage(held[a][d], held[b][d]) for d in dimensions} for b in ids if b != a}
        for a in ids
    }
    return Comparison(ids, result, overall, categories, covered)


def _compare_sets(ids: list[str], sets: list[set[str]], dimension: str) -> DimensionComparison:
    shared = sorted(set.intersection(*sets))
    only = {}
    for index, role_id in enumerate(ids):
        others = set().union(*(s for i, s in enumerate(sets) if i != index))
        only[role_id] = sorted(sets[index] - others)
    owners: dict[str, list[str]] = {}
    for role_id, items in zip(ids, sets, strict=True):
        for item in items:
            owners.setdefault(item, []).append(role_id)
    ordered = sorted(owners.items(), key=lambda pair: (-len(pair[1]), pair[0]))
    return DimensionComparison(dimension, shared, only, jaccard(sets), dict(ordered))


def _category_contrasts(roles: Sequence[Role]) -> list[CategoryContrast]:
    """Categories every role has tools in, with each role's products there."""
    per_role: list[dict[str, list[str]]] = []
    for role in roles:
        by_category: dict[str, list[str]] = {}
        for use in role.tools:
            if use.category:
                by_category.setdefault(use.category, []).append(use.tool)
        per_role.append(by_category)
    common = set.intersection(*(set(c) for c in per_role))
    out = []
    for category in sorted(common):
        tools = {role.id: sorted(c[category]) for role, c in zip(roles, per_role, strict=True)}
        shared = sorted(set.intersection(*(set(t) for t in tools.values())))
        out.append(CategoryContrast(category, tools, shared))
    return out


@dataclass
class SimilarRole:
    id: str
    overall: float | None
    similarity: dict[str, float | None]
    shared: dict[str, list[str]]
    missing: dict[str, list[str]]  # what the other role has that this one lacks
    coverage: dict[str, Coverage] = field(default_factory=dict)  # of the other role's items
    reverse_coverage: dict[str, Coverage] = field(default_factory=dict)  # of this role's


RankBy = Literal["similarity", "coverage"]


def rank_similar(
    dataset: Dataset, role: Role, limit: int | None = None, by: RankBy = "similarity"
) -> list[SimilarRole]:
    """Other roles, most similar first: what else could this role's skills and tools do?
    by="coverage" ranks by how much of each other role's skills and tools this role has
    (coverage_score), then by similarity.

    Read from the stored items without reading any other role: one query counts the items
    each role shares with this one; every role's item count; then shared and missing
    items spelled out only for the roles returned."""
    ids = dataset.role_ids
    me = dataset.position[role.id]
    per_dimension = []
    for dimension in DIMENSIONS:
        sizes = dataset.member_sizes(dimension)
        shared = dataset.member_shared(dimension, me)
        per_dimension.append((dimension, sizes[me], sizes, shared))
    scored: list[tuple[float, float, str, int]] = []
    for n, other in enumerate(ids):
        if n == me:
            continue
        scores = []
        covers: dict[str, Coverage] = {}
        for dimension, size, sizes, shared in per_dimension:
            other_size = sizes[n]
            both = shared.get(n, 0)
            if size or other_size:
                scores.append(both / (size + other_size - both))
            covers[dimension] = Coverage(both, other_size)
        overall = sum(scores) / len(scores) if scores else None
        first = coverage_score(covers) if by == "coverage" else overall
        second = overall if by == "coverage" else 0.0
        scored.append((-(first or 0.0), -(second or 0.0), other, n))
    if limit is None:
        chosen = sorted(scored)
    else:
        import heapq

        chosen = heapq.nsmallest(limit, scored)
    ranked = []
    numbers = [n for *_keys, n in chosen]
    rows = {d: dataset.member_rows(d, [me, *numbers]) for d in DIMENSIONS}
    items = {d: dataset.member_items(d) for d in DIMENSIONS}
    for k, (*_keys, other, _n) in enumerate(chosen):
        similarity: dict[str, float | None] = {}
        shared_items: dict[str, list[str]] = {}
        missing: dict[str, list[str]] = {}
        covers = {}
        covered_by: dict[str, Coverage] = {}
        for dimension in DIMENSIONS:
            names = items[dimension]
            own, their = set(rows[dimension][0]), set(rows[dimension][k + 1])
            union = own | their
            similarity[dimension] = len(own & their) / len(union) if union else None
            shared_items[dimension] = sorted(names[i] for i in own & their)
            missing[dimension] = sorted(names[i] for i in their - own)
            covers[dimension] = Coverage(len(own & their), len(their))
            covered_by[dimension] = Coverage(len(own & their), len(own))
        scores = [s for s in similarity.values() if s is not None]
        overall = sum(scores) / len(scores) if scores else None
        ranked.append(
            SimilarRole(other, overall, similarity, shared_items, missing, covers, covered_by)
        )
    return ranked


def dataset_matrix(
    dataset: Dataset, dimension: str, role_ids: Sequence[str]
) -> dict[str, list[str]]:
    """Every item of a dimension with the roles (of those given) that have it, most shared
    first, without reading any role: for every role, each item's owners as stored; for
    some roles, those roles' items, in the order given."""
    items = dataset.member_items(dimension)
    everyone = dataset.role_ids
    owners: dict[int, list[str]] = {}
    if list(role_ids) == everyone:
        for number, owning in enumerate(dataset.member_owners(dimension)):
            if owning:
                owners[number] = [everyone[n] for n in owning]
    else:
        position = dataset.position
        rows = dataset.member_rows(dimension, [position[r] for r in role_ids])
        for role_id, row in zip(role_ids, rows, strict=True):
            for number in row:
                owners.setdefault(number, []).append(role_id)
    ordered = sorted(owners.items(), key=lambda pair: (-len(pair[1]), items[pair[0]]))
    return {items[number]: owning for number, owning in ordered}
