"""The career lattice: positions, the moves the articles state, and routes along them.

Each article's career path is a list of rungs, each naming positions (format version 3).
The lattice is read from that and nothing else:

- **Nodes** are the dataset's positions, each on its level (entry ... executive), marked
  when the position is a role of this dataset.
- **Edges** run from every position of a rung to every position of the next rung of the
  same career path. An edge names the articles that state it (the role and its source);
  two articles stating the same move make one edge with two sources.
- **Branches** are a role's growth texts (consulting, other departments, specialisms),
  attached to the role's own position and never made rungs: no article puts them on a path.

`shortest_routes` finds every shortest route between two positions (breadth first, each
step with its sources); `plan_path` adds to each step between two roles of the dataset the
learning plan `gap` gives for it, and a total plan for the route in which every item
appears once, at the first step that needs it. `resolve_position` reads a typed name.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import TYPE_CHECKING, Any, Literal

from cs_roles.dataset_format import POSITION_LEVELS

if TYPE_CHECKING:
    from cs_roles.careers import Catalog, Gap, Holdings, Resolution
    from cs_roles.dataset import Dataset
    from cs_roles.model import Role
    from cs_roles.results import EdgeSourceOut, LadderNode, LadderResult, PathResult

LEVELS: tuple[str, ...] = POSITION_LEVELS
SUGGEST_SCORE = 70.0  # a position name this close to what was typed is a candidate
SUGGESTIONS = 5
PART_WEIGHT = 0.9  # part of a longer name, below a whole one (as search weighs it)
KINDS: dict[str, Literal["skill", "tool", "area"]] = {
    "skills": "skill",
    "tools": "tool",
    "areas": "area",
}


# -- the lattice ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Position:
    """A job an article names on a career path."""

    id: str
    name: Mapping[str, str]
    level: str | None
    role: str | None = None  # the role id the data gives the position, if any
    is_role: bool = False  # that role is a role of this dataset

    def to_result(self) -> LadderNode:
        from cs_roles.payloads import text_out
        from cs_roles.results import LadderNode

        return LadderNode(
            id=self.id,
            name=text_out(self.name),
            level=self.level,
            role=self.role if self.is_role else None,
            is_role=self.is_role,
        )


@dataclass(frozen=True, slots=True)
class EdgeSource:
    """The article that states a move: its role, the rung the move starts from, the source."""

    role: str
    rung: int  # index of the rung the move starts from, in the role's career_path
    file: str | None
    title: str | None

    def to_result(self) -> EdgeSourceOut:
        from cs_roles.results import EdgeSourceOut, SourceRef

        return EdgeSourceOut(role=self.role, source=SourceRef(file=self.file, title=self.title))


@dataclass(frozen=True, slots=True)
class Edge:
    source_id: str
    target_id: str
    sources: tuple[EdgeSource, ...]


@dataclass(frozen=True, slots=True)
class Branch:
    """A growth option of a role: beside its position, not a rung."""

    position_id: str | None  # the role's own position (None when no position is the role)
    role: str
    text: Mapping[str, str]
    file: str | None
    title: str | None


@dataclass(frozen=True, slots=True)
class RungText:
    """What an article's rung says; the rung names the position it is listed under."""

    role: str
    rung: int
    text: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class Lattice:
    positions: Mapping[str, Position]  # level order, then the dataset's order
    edges: tuple[Edge, ...]
    branches: tuple[Branch, ...]
    rung_texts: Mapping[str, tuple[RungText, ...]]  # position id -> the rungs naming it
    _successors: Mapping[str, tuple[str, ...]] = field(repr=False, compare=False)
    _predecessors: Mapping[str, tuple[str, ...]] = field(repr=False, compare=False)
    _edges: Mapping[tuple[str, str], Edge] = field(repr=False, compare=False)

    def successors(self, position_id: str) -> tuple[str, ...]:
        return self._successors.get(position_id, ())

    def predecessors(self, position_id: str) -> tuple[str, ...]:
        return self._predecessors.get(position_id, ())

    def edge(self, source_id: str, target_id: str) -> Edge | None:
        return self._edges.get((source_id, target_id))

    def levels(self) -> list[tuple[str | None, list[Position]]]:
        """Each level that has positions, from entry upwards (None: no level given, last)."""
        grouped: dict[str | None, list[Position]] = {}
        for position in self.positions.values():
            grouped.setdefault(position.level, []).append(position)
        order = [*LEVELS, None]
        return [(level, grouped[level]) for level in order if level in grouped]

    def position_of_role(self, role_id: str) -> str | None:
        """The position that is this role of the dataset, if any."""
        for position in self.positions.values():
            if position.role == role_id and position.is_role:
                return position.id
        return None

    def to_result(self, show_sources: bool | None = None) -> LadderResult:
        """`ladder --json`: nodes, edges with their sources, branches, levels
        (`show_sources`, for the pictures only, whether they name each move's sources)."""
        from cs_roles.payloads import text_out
        from cs_roles.results import (
            ABSENT,
            LadderBranch,
            LadderEdge,
            LadderLevel,
            LadderResult,
            SourceRef,
        )

        return LadderResult(
            nodes=[p.to_result() for p in self.positions.values()],
            edges=[
                LadderEdge(
                    from_=e.source_id,
                    to=e.target_id,
                    sources=[s.to_result() for s in e.sources],
                )
                for e in self.edges
            ],
            branches=[
                LadderBranch(
                    position=b.position_id,
                    role=b.role,
                    text=text_out(b.text),
                    source=SourceRef(file=b.file, title=b.title),
                )
                for b in self.branches
            ],
            levels=[
                LadderLevel(level=level, positions=[p.id for p in positions])
                for level, positions in self.levels()
            ],
            show_sources=ABSENT if show_sources is None else show_sources,
        )


def build_lattice(dataset: Dataset) -> Lattice:
    """The lattice of a dataset, from its positions and its roles' career rungs only."""
    entries: dict[str, Any] = dataset.section("positions") or {}
    role_ids = set(dataset.role_ids)
    level_rank = {level: i for i, level in enumerate(LEVELS)}
    ordered = sorted(
        enumerate(entries.items()),
        key=lambda item: (level_rank.get(item[1][1].get("level"), len(LEVELS)), item[0]),
    )
    positions = {
        ident: Position(
            ident,
            dict(entry.get("name") or {"en": ident}),
            entry.get("level"),
            entry.get("role"),
            entry.get("role") in role_ids,
        )
        for _, (ident, entry) in ordered
    }
    found: dict[tuple[str, str], list[EdgeSource]] = {}
    texts: dict[str, list[RungText]] = {}
    branches: list[Branch] = []
    roles = [dataset.role(r) for r in dataset.role_ids] if entries else []
    for role in roles:
        file, title = _source_of(role)
        rungs = role.career_positions
        for index, rung in enumerate(rungs):
            text = role.career_path[index] if index < len(role.career_path) else {}
            for ident in rung:
                texts.setdefault(ident, []).append(RungText(role.id, index, dict(text)))
            if index + 1 < len(rungs):
                source = EdgeSource(role.id, index, file, title)
                for a in rung:
                    for b in rungs[index + 1]:
                        if a in positions and b in positions and a != b:
                            found.setdefault((a, b), []).append(source)
        own = next((p.id for p in positions.values() if p.role == role.id), None)
        branches.extend(Branch(own, role.id, dict(g), file, title) for g in role.growth)
    order = {ident: i for i, ident in enumerate(positions)}
    edges = tuple(
        Edge(a, b, tuple(_distinct(sources)))
        for (a, b), sources in sorted(
            found.items(), key=lambda kv: (order[kv[0][0]], order[kv[0][1]])
        )
    )
    successors: dict[str, list[str]] = {}
    predecessors: dict[str, list[str]] = {}
    for edge in edges:
        successors.setdefault(edge.source_id, []).append(edge.target_id)
        predecessors.setdefault(edge.target_id, []).append(edge.source_id)
    return Lattice(
        positions,
        edges,
        tuple(branches),
        {ident: tuple(found_texts) for ident, found_texts in texts.items()},
        {k: tuple(v) for k, v in successors.items()},
        {k: tuple(sorted(v, key=order.__getitem__)) for k, v in predecessors.items()},
        {(e.source_id, e.target_id): e for e in edges},
    )


def _source_of(role: Role) -> tuple[str | None, str | None]:
    if role.source is None:
        return None, None
    return role.source.file, role.source.title


def _distinct(sources: Iterable[EdgeSource]) -> Iterator[EdgeSource]:
    """One source per role: an article stating a move twice still states it once."""
    seen: set[str] = set()
    for source in sources:
        if source.role not in seen:
            seen.add(source.role)
            yield source


# -- routes -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Step:
    source_id: str
    target_id: str
    sources: tuple[EdgeSource, ...]
    texts: tuple[RungText, ...] = ()  # the source articles' rungs naming either end
    gap: Gap | None = None  # between two roles of the dataset: what `gap` gives


@dataclass(frozen=True, slots=True)
class PlanItem:
    """An item of a route's total plan, at the first step whose plan has it."""

    dimension: str  # skills, tools or areas
    id: str
    step: int  # index into the route's steps


@dataclass(frozen=True, slots=True)
class Route:
    steps: tuple[Step, ...]
    total: tuple[PlanItem, ...] = ()

    @property
    def position_ids(self) -> tuple[str, ...]:
        if not self.steps:
            return ()
        return (self.steps[0].source_id, *(s.target_id for s in self.steps))


@dataclass(frozen=True, slots=True)
class Nearest:
    position_id: str
    distance: int  # steps to the target


@dataclass(frozen=True, slots=True)
class PathPlan:
    """`path FROM TO`: the shortest routes, or none and the positions that reach TO."""

    from_id: str
    to_id: str
    routes: tuple[Route, ...]
    nearest: tuple[Nearest, ...] = ()

    @property
    def found(self) -> bool:
        return bool(self.routes)

    def to_result(
        self,
        dataset: Dataset,
        lattice: Lattice,
        resolutions: Sequence[Resolution] = (),
        have: Holdings | None = None,
    ) -> PathResult:
        """`path --json`: routes of steps (sources, gap as `gap --json` gives it, texts),
        each route's total plan, and the nearest positions when there is no route."""
        from cs_roles.careers import Holdings
        from cs_roles.payloads import gap_payload, name_of, text_out
        from cs_roles.results import (
            NearestOut,
            PathResult,
            PathRoute,
            PathStep,
            PlanEntry,
            StepText,
        )

        held = have if have is not None else Holdings()

        def step_out(step: Step) -> PathStep:
            gap = None
            if step.gap is not None:
                source_holdings = held | Holdings.from_role(dataset.role(step.gap.source or ""))
                gap = gap_payload(dataset, step.gap, list(resolutions), source_holdings)
            return PathStep(
                from_=step.source_id,
                to=step.target_id,
                sources=[s.to_result() for s in step.sources],
                gap=gap,
                texts=[
                    StepText(role=t.role, rung=t.rung, text=text_out(t.text)) for t in step.texts
                ],
            )

        def item_out(route: Route, item: PlanItem) -> PlanEntry:
            step = route.steps[item.step]
            return PlanEntry(
                kind=KINDS[item.dimension],
                id=item.id,
                name=name_of(dataset, item.dimension, item.id),
                step=item.step,
                from_=step.source_id,
                to=step.target_id,
            )

        named = {self.from_id, self.to_id, *(n.position_id for n in self.nearest)}
        named.update(i for r in self.routes for i in r.position_ids)
        return PathResult(
            from_=self.from_id,
            to=self.to_id,
            found=self.found,
            positions={p.id: p.to_result() for p in lattice.positions.values() if p.id in named},
            routes=[
                PathRoute(
                    positions=list(r.position_ids),
                    steps=[step_out(s) for s in r.steps],
                    total=[item_out(r, i) for i in r.total],
                )
                for r in self.routes
            ],
            nearest=[NearestOut(id=n.position_id, distance=n.distance) for n in self.nearest],
        )


def _distances(start: str, neighbours: Mapping[str, tuple[str, ...]]) -> dict[str, int]:
    distance = {start: 0}
    queue = deque([start])
    while queue:
        current = queue.popleft()
        for following in neighbours.get(current, ()):
            if following not in distance:
                distance[following] = distance[current] + 1
                queue.append(following)
    return distance


def shortest_routes(lattice: Lattice, from_id: str, to_id: str, limit: int = 5) -> list[Route]:
    """Every shortest route (all of one length) from one position to another, in the
    lattice's order of positions, at most `limit`; empty when none leads there."""
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}")
    if from_id not in lattice.positions or to_id not in lattice.positions:
        return []
    if from_id == to_id:
        return [Route(())]
    ahead = _distances(from_id, lattice._successors)
    behind = _distances(to_id, lattice._predecessors)
    if to_id not in ahead:
        return []
    length = ahead[to_id]
    routes: list[Route] = []

    def walk(current: str, trail: list[str]) -> None:
        if len(routes) >= limit:
            return
        if current == to_id:
            routes.append(Route(tuple(_step(lattice, a, b) for a, b in pairwise(trail))))
            return
        for following in lattice.successors(current):
            if ahead.get(current, -1) + 1 + behind.get(following, length + 1) == length:
                walk(following, [*trail, following])

    walk(from_id, [from_id])
    return routes


def _step(lattice: Lattice, a: str, b: str) -> Step:
    edge = lattice.edge(a, b)
    sources = edge.sources if edge is not None else ()
    said = {(s.role, s.rung) for s in sources} | {(s.role, s.rung + 1) for s in sources}
    texts = tuple(
        t for ident in (a, b) for t in lattice.rung_texts.get(ident, ()) if (t.role, t.rung) in said
    )
    return Step(a, b, sources, texts)


def nearest_to(lattice: Lattice, to_id: str, exclude: str | None = None) -> tuple[Nearest, ...]:
    """The positions that can reach `to_id`, nearest first, then by English name."""
    behind = _distances(to_id, lattice._predecessors)
    found = [
        Nearest(ident, distance)
        for ident, distance in behind.items()
        if ident not in (to_id, exclude)
    ]

    def key(near: Nearest) -> tuple[int, str, str]:
        name = lattice.positions[near.position_id].name
        return near.distance, (name.get("en") or near.position_id).casefold(), near.position_id

    return tuple(sorted(found, key=key))


def plan_path(
    dataset: Dataset,
    lattice: Lattice,
    from_id: str,
    to_id: str,
    have: Holdings,
    catalog: Catalog,
    limit: int = 5,
) -> PathPlan:
    """The shortest routes with a learning plan for each step between two roles of the
    dataset (`gap` from the one to the other, `have` taken out) and a total plan per route."""
    routes = shortest_routes(lattice, from_id, to_id, limit)
    if not routes:
        return PathPlan(from_id, to_id, (), nearest_to(lattice, to_id, exclude=from_id))
    return PathPlan(
        from_id, to_id, tuple(_planned(dataset, lattice, r, have, catalog) for r in routes)
    )


def _planned(
    dataset: Dataset, lattice: Lattice, route: Route, have: Holdings, catalog: Catalog
) -> Route:
    from cs_roles.careers import Holdings, role_gap

    steps = []
    for step in route.steps:
        a, b = lattice.positions[step.source_id], lattice.positions[step.target_id]
        gap = None
        if a.is_role and b.is_role and a.role and b.role:
            source = dataset.role(a.role)
            held = Holdings.from_role(source) | have
            gap = role_gap(dataset.role(b.role), held, catalog.tool_categories(held.tools), a.role)
        steps.append(replace(step, gap=gap))
    return Route(tuple(steps), total_plan(steps))


def gap_items(gap: Gap) -> Iterator[tuple[str, str]]:
    """(dimension, id) of everything a gap asks to learn, in its order."""
    for skill in gap.skills:
        yield "skills", skill.id
    for group in gap.tools:
        for tool in group.tools:
            yield "tools", tool
    for area in gap.areas:
        yield "areas", area.id


def total_plan(steps: Sequence[Step]) -> tuple[PlanItem, ...]:
    """Every item of the steps' plans once, at the first step that needs it."""
    seen: dict[tuple[str, str], PlanItem] = {}
    for index, step in enumerate(steps):
        if step.gap is None:
            continue
        for dimension, ident in gap_items(step.gap):
            seen.setdefault((dimension, ident), PlanItem(dimension, ident, index))
    return tuple(seen.values())


# -- names ------------------------------------------------------------------------------------

Status = Literal["resolved", "ambiguous", "unknown"]


@dataclass(frozen=True, slots=True)
class PositionMatch:
    """How a typed name reads: one position, or candidates (several close, or none)."""

    name: str
    status: Status
    id: str | None = None
    candidates: tuple[str, ...] = ()


def position_names(lattice: Lattice) -> dict[str, list[str]]:
    """Every folded name each position answers to: its id and its names in each language."""
    from cs_roles.names import fold

    return {
        p.id: list(dict.fromkeys(n for n in (fold(p.id), *map(fold, p.name.values())) if n))
        for p in lattice.positions.values()
    }


def resolve_position(lattice: Lattice, dataset: Dataset, name: str) -> PositionMatch:
    """A position id from what a person typed: a position's id or name (any case, spacing,
    width), a role's name (the role's own position), else a name the resolver's confidence
    rule takes (a typo, by jamo for Hangul; part of a name; a keyboard-layout slip). Close
    names of several positions are ambiguous."""
    from cs_roles.names import fold

    wanted = fold(name)
    if not wanted:
        return PositionMatch(name, "unknown")
    names = position_names(lattice)
    exact = [ident for ident, folded in names.items() if wanted in folded]
    if len(exact) == 1:
        return PositionMatch(name, "resolved", exact[0])
    if exact:
        return PositionMatch(name, "ambiguous", candidates=tuple(exact))
    by_role = _by_role_name(lattice, dataset, name)
    if by_role is not None:
        return by_role
    return _nearest_name(lattice, name)


def _by_role_name(lattice: Lattice, dataset: Dataset, name: str) -> PositionMatch | None:
    from cs_roles.role_names import AmbiguousRoleName

    try:
        role_id = dataset.resolve_role_id(name)
    except AmbiguousRoleName as exc:
        owned = [p for r in exc.candidates if (p := lattice.position_of_role(r)) is not None]
        return PositionMatch(name, "ambiguous", candidates=tuple(owned)) if owned else None
    if role_id is None:
        return None
    position = lattice.position_of_role(role_id)
    return PositionMatch(name, "resolved", position) if position else None


@dataclass(frozen=True, slots=True)
class _Near:
    """A position a typed name comes close to, as the resolver reads a candidate."""

    id: str
    matched: str  # the name that came closest
    score: float
    searched_as: str | None = None  # the name typed in the other keyboard layout
    kind: str = "position"


class _PositionNames:
    """The positions' names, as the resolver asks about them (resolver.Names)."""

    def __init__(self, lattice: Lattice) -> None:
        from cs_roles.search import normalize, squash, words_of

        self.forms = [
            (p.id, squash(normalize(n)))
            for p in lattice.positions.values()
            for n in (p.id, *p.name.values())
        ]
        self.words = {
            w for p in lattice.positions.values() for n in p.name.values() for w in words_of(n)
        }

    def owners(self, part: str, whole: bool) -> set[tuple[str, str]]:
        return {
            ("position", owner)
            for owner, form in self.forms
            if (form == part if whole else part in form)
        }

    def is_name_word(self, word: str) -> bool:
        return word in self.words


def _scores(typed: str, lattice: Lattice, weight: float = 1.0) -> dict[str, tuple[float, str]]:
    """Each position's best name for what was typed, scored as search scores a name: by
    edit distance on the name without spaces (on jamo for Hangul), or as part of a longer
    name below a whole one."""
    from rapidfuzz import fuzz

    from cs_roles.hangul import has_hangul, to_jamo
    from cs_roles.search import normalize, squash

    def comparable(text: str) -> str:
        form = squash(normalize(text))
        return to_jamo(form) if has_hangul(form) else form

    query = comparable(typed)
    best: dict[str, tuple[float, str]] = {}
    for position in lattice.positions.values():
        for shown in (position.id, *position.name.values()):
            form = comparable(shown)
            score = fuzz.ratio(query, form)
            if query and len(form) >= 1.5 * len(query):
                score = max(score, PART_WEIGHT * fuzz.partial_ratio(query, form))
            score *= weight
            if score > best.get(position.id, (-1.0, ""))[0]:
                best[position.id] = (score, shown)
    return best


def _nearest_name(lattice: Lattice, name: str) -> PositionMatch:
    """The position a name comes close to, by the resolver's confidence rule (a typo or a
    part of one name, ahead of every other position by the margin); else the candidates."""
    from cs_roles.resolver import judge
    from cs_roles.search import LAYOUT_WEIGHT, other_layout

    found = {i: _Near(i, shown, score) for i, (score, shown) in _scores(name, lattice).items()}
    alternative = other_layout(name)
    if alternative and max((n.score for n in found.values()), default=0.0) < 95:
        for ident, (score, shown) in _scores(alternative, lattice, LAYOUT_WEIGHT).items():
            if score > found[ident].score:
                found[ident] = _Near(ident, shown, score, alternative)
    near = sorted(
        (n for n in found.values() if n.score >= SUGGEST_SCORE), key=lambda n: (-n.score, n.id)
    )
    if not near:
        return PositionMatch(name, "unknown")
    verdict = judge(name, near, [n.searched_as for n in near], names=_PositionNames(lattice))
    chosen = tuple(dict.fromkeys(near[i].id for i in verdict.chosen))
    if verdict.status == "resolved":
        return PositionMatch(name, "resolved", chosen[0])
    return PositionMatch(name, verdict.status, candidates=chosen[:SUGGESTIONS])


def position_label(position: Position, lang: str) -> str:
    """A position's name in `lang` (the first of "ko+en"), English otherwise."""
    first = lang.partition("+")[0]
    return position.name.get(first) or position.name.get("en") or position.id


# -- names that name no position --------------------------------------------------------------


def find_position(lattice: Lattice, dataset: Dataset, name: str) -> str:
    """The position a typed name names; an unknown or ambiguous name is an error (exit 1,
    like an unknown role and a role name several roles share) that lists the candidates."""
    from cs_roles.errors import CsRolesError
    from cs_roles.messages import echo

    match = resolve_position(lattice, dataset, name)
    if match.status == "resolved" and match.id is not None:
        return match.id
    choices = list(match.candidates)
    if match.status == "ambiguous":
        raise CsRolesError(
            "error.ambiguous_position",
            {"name": echo(name)},
            "hint.name_one_of",
            {"choices": choices},
        )
    if choices:
        raise CsRolesError(
            "error.unknown_position",
            {"name": echo(name)},
            "hint.did_you_mean",
            {"choices": choices},
        )
    raise CsRolesError("error.unknown_position", {"name": echo(name)}, "hint.run_ladder")
