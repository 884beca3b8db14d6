"""What each command prints, declared once: one typed class per result and per item in it.

`--json` is these objects encoded field by field, in the order declared here (`json_fields`,
the encoder's hook); the published output schemas, the columns of CSV, TSV and JSON lines
and the JSON reference in the docs are generated from the same declarations (contract.py),
and every renderer reads the objects by attribute, so a renamed field is a type error, not
a missing key.

A field's annotation is the contract: `Annotated[type, "description", Keywords(...)]`.
A field that a result may leave out (the sections `show --section` did not ask for, the
dimensions `compare --only` left out) is typed `... | Absent` and defaults to `ABSENT`;
it is then missing from the JSON, not null. A field named `from_` is the key `from`.

The classes are built by a small metaclass, not `dataclasses`: this module is imported on
every command's success path, and building a frozen, slotted dataclass costs a generated
`__init__`, `__eq__` and `__repr__` each; these share one of each. The type checker sees
them as frozen, keyword-only dataclasses (`dataclass_transform`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from operator import attrgetter
from typing import Annotated, Any, ClassVar, Final, Literal, Self, dataclass_transform

from cs_roles.records import Record, RecordType


class Absent:
    """The value of a field that this result leaves out (falsy, like an empty section)."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "ABSENT"


ABSENT: Final = Absent()


class Keywords:
    """JSON Schema keywords a field's type adds to its schema (`Keywords(minimum=0)`)."""

    __slots__ = ("keywords",)

    def __init__(self, **keywords: Any) -> None:
        self.keywords = keywords


class Shared:
    """Marks a type that the schemas define once (under `$defs`) and refer to by name."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name


@dataclass_transform(frozen_default=True, kw_only_default=True)
class _ResultType(RecordType):
    """A record type (`records.Record`'s slots and defaults) that also knows its JSON keys."""

    def __new__(
        mcs, name: str, bases: tuple[type, ...], namespace: dict[str, Any], **answers: Any
    ) -> RecordType:
        cls = super().__new__(mcs, name, bases, namespace, **answers)
        names: tuple[str, ...] = namespace["_fields"]  # set by the record type
        keys = {
            "_keys": tuple((n, n.removesuffix("_")) for n in names),  # (attribute, JSON key)
            "_json_keys": tuple(n.removesuffix("_") for n in names),
            # every field's value in one call (a tuple even for one field), for the JSON
            "_values": attrgetter(*names, *names[:1]) if names else staticmethod(tuple),
        }
        for key, value in keys.items():
            setattr(cls, key, value)
        return cls


# command -> (its result type, the type of one row of its table forms), in declared order:
# each command's result class names its command (`class FitResult(Result, command="fit",
# rows=FitRole)`), and the contract (contract.COMMANDS) follows from this table.
ANSWERS: dict[str, tuple[Any, type[Result] | None]] = {}


class Result(Record, metaclass=_ResultType):
    """A command's result or a part of one: read-only, compared and printed field by field
    (`records.Record`), its fields given by name.

    The class of a command's whole result says which command it answers (`command=`) and,
    where its table forms (CSV, JSON lines) have rows, the type of a row (`rows=`); a
    result that is a list of rows (`list`'s) is declared on the row type (`listed=True`)."""

    __slots__ = ()

    def __init_subclass__(
        cls,
        *,
        command: str | None = None,
        rows: type[Result] | None = None,
        listed: bool = False,
        **kwargs: Any,
    ) -> None:
        super().__init_subclass__(**kwargs)
        if command is not None:
            ANSWERS[command] = (list[cls], cls) if listed else (cls, rows)  # type: ignore[valid-type]

    _keys: ClassVar[tuple[tuple[str, str], ...]]  # (attribute, JSON key)
    _json_keys: ClassVar[tuple[str, ...]]
    _values: ClassVar[Callable[[Any], tuple[Any, ...]]]

    @classmethod
    def from_attributes(cls, source: object, **values: Any) -> Self:
        """A result whose fields not given are `source`'s attributes of the same names."""
        for name, _ in cls._keys:
            if name not in values and hasattr(source, name):
                values[name] = getattr(source, name)
        return cls(**values)

    def keeping(self, names: Collection[str]) -> Self:
        """This result with the fields that may be left out kept only if named."""
        kept = {n: getattr(self, n) for n, _ in self._keys if n in names or n not in self._defaults}
        return type(self)(**kept)

    __hash__ = None  # type: ignore[assignment]


_NESTED = (Result, list, dict)


def json_fields(value: object) -> dict[str, Any]:
    """One result as the JSON object of its fields, absent ones left out: the `default` of
    json.dumps, so that the encoder (in C where it can) walks every list and dict itself
    and calls back only for the results it meets."""
    if not isinstance(value, Result):
        raise TypeError(f"{type(value).__name__} is not a result")
    values = type(value)._values(value)  # one more than the keys: the extra is dropped
    return {k: v for k, v in zip(value._json_keys, values, strict=False) if v is not ABSENT}


def to_json_value(value: object) -> Any:
    """The JSON-ready form of a result as plain data (for a library user, and the tests):
    what `json.dumps(value, default=json_fields)` writes, as lists and dicts."""
    if isinstance(value, Result):
        value = json_fields(value)
    if isinstance(value, dict):
        return {k: to_json_value(v) if isinstance(v, _NESTED) else v for k, v in value.items()}
    if isinstance(value, list):
        return [to_json_value(item) if isinstance(item, _NESTED) else item for item in value]
    return value


# -- the shared types ---------------------------------------------------------------------

LocalText = Annotated[
    dict[str, str | None],
    Shared("text"),
    "A localized text: `en` and `ko` are always present (null where the dataset has none).",
    Keywords(
        required=["en", "ko"],
        properties={"en": {"type": ["string", "null"]}, "ko": {"type": ["string", "null"]}},
    ),
]
Ids = list[str]
Count = Annotated[int, Keywords(minimum=0)]
Ratio = Annotated[float | None, Keywords(minimum=0, maximum=1)]
Dimension = Literal["skills", "tools", "areas"]
Names = Annotated[
    dict[str, dict[str, LocalText]],
    "Display names by section (`roles`, `skills`, `tools`, `areas`, `categories`), then by id.",
]
Grid = Annotated[
    dict[str, dict[str, Ids]],
    "By dimension: each item's id, then the ids of the roles that have it.",
]


class Figure(Result):
    """How many of a target's items someone has."""

    have: Annotated[Count, "Items the first role (or you) has."]
    needed: Annotated[Count, "Items the target lists."]
    ratio: Annotated[Ratio, "have / needed in 0..1; null when needed is 0."]


class CoverageFigures(Result):
    """Coverage of a target's items, by dimension (only the dimensions compared)."""

    skills: Figure | Absent = ABSENT
    tools: Figure | Absent = ABSENT
    areas: Figure | Absent = ABSENT
    overall: Annotated[Ratio, "The ranking figure: mean of skill and tool coverage."]

    def figure(self, dimension: str) -> Figure | Absent:
        found: Figure | Absent = getattr(self, dimension)
        return found


class Similarity(Result):
    """Jaccard similarity in 0..1 by dimension (only those compared), and overall."""

    skills: Ratio | Absent = ABSENT
    tools: Ratio | Absent = ABSENT
    areas: Ratio | Absent = ABSENT
    overall: Annotated[Ratio, "The mean of the dimensions' similarities."]

    def of(self, dimension: str) -> float | None:
        found: float | Absent | None = getattr(self, dimension)
        return None if isinstance(found, Absent) else found


class ByDimension(Result):
    """Item ids by dimension."""

    skills: Ids
    tools: Ids
    areas: Ids

    def of(self, dimension: str) -> list[str]:
        found: list[str] = getattr(self, dimension)
        return found


# -- show ------------------------------------------------------------------------------


class Responsibility(Result):
    """One responsibility of the role, with the areas it belongs to."""

    areas: Annotated[Ids, "Ids of the responsibility areas."]
    area_names: list[LocalText]
    area: Annotated[str | None, "The first area (format 1 had one)."]
    area_name: LocalText | None
    title: LocalText | None
    text: LocalText


class RoleSkill(Result):
    """A skill of the role, and what it means for the role when the dataset says."""

    id: str
    name: LocalText
    note: LocalText | None


class RoleTool(Result):
    """A tool the role uses, filed under a tool category."""

    id: str
    name: LocalText
    category: str | None
    category_name: LocalText | None


class OnetMatch(Result):
    """An O*NET-SOC occupation that names the role."""

    code: Annotated[str, Keywords(pattern=r"^\d{2}-\d{4}\.\d{2}$")]
    title: str | None
    evidence: str | None
    match: Literal["exact", "close"]
    title_ko: Annotated[
        str | None,
        "The title in Korean: the dataset's translation (O*NET's titles are English only).",
    ] = None


class Crosswalk(Result):
    """The role in other classifications."""

    onet: list[OnetMatch]


class SourceOut(Result):
    """The article the role was taken from."""

    title: str
    publisher: str | None
    published: str | None
    language: str | None
    url: str | None
    file: str | None
    license: str | None


class RungPosition(Result):
    """A position a career rung names, from the dataset's shared list of positions."""

    id: str
    name: LocalText | None
    role: Annotated[str | None, "The role of the dataset this position is, if any."]


# A list of texts of a role, carried by name from the dataset to every output.
RoleTexts = list[LocalText]


class RoleResult(Result, command="show"):
    """`csroles show --json`: one role with every name resolved (with `--section`, only
    `id`, `title` and the sections asked for)."""

    id: str
    title: LocalText
    aliases: Ids | Absent = ABSENT
    summary: LocalText | Absent | None = ABSENT
    responsibilities: list[Responsibility] | Absent = ABSENT
    skills: list[RoleSkill] | Absent = ABSENT
    tools: list[RoleTool] | Absent = ABSENT
    tool_purposes: Annotated[
        dict[str, LocalText] | Absent, "What the role uses each tool category for."
    ] = ABSENT
    career_path: RoleTexts | Absent = ABSENT
    career_positions: Annotated[
        list[list[RungPosition]] | Absent,
        "Rung by rung of career_path, the positions it names (empty before format 3).",
    ] = ABSENT
    growth: RoleTexts | Absent = ABSENT
    best_practices: RoleTexts | Absent = ABSENT
    crosswalk: Crosswalk | Absent = ABSENT
    source: SourceOut | Absent | None = ABSENT


# The fields typed RoleTexts, in their order: the role texts the dataset format declares
# (`dataset_format.ROLE_TEXTS`, which tests hold equal to this), read from here where
# loading the format's declarations would cost a start-up.
ROLE_TEXTS = tuple(
    name for name, kind in RoleResult.__annotations__.items() if kind.startswith("RoleTexts ")
)


# -- list -------------------------------------------------------------------------------


class ListRow(Result, command="list", listed=True):
    """`csroles list --json` is a list of these: one role, with its counts."""

    id: str
    title: LocalText
    aliases: Ids
    skills: Annotated[Count, "How many skills the role lists."]
    tools: Annotated[Count, "How many tools the role lists."]


# -- compare, similar, matrix ------------------------------------------------------------


class GridItem(Result):
    """One item of a matrix or comparison, with the roles that have it."""

    dimension: Annotated[str, "skills, tools or areas."]
    id: str
    name: LocalText | None
    roles: Ids


class GridPair(Result):
    """One item and one role that has it (`--long`)."""

    dimension: Annotated[str, "skills, tools or areas."]
    id: str
    name: LocalText | None
    role: str


class DimensionDiff(Result):
    """One dimension of a comparison."""

    shared: Annotated[Ids, "Items every compared role has."]
    only: Annotated[dict[str, Ids], "By role id: the items only that role has."]


class ToolCategory(Result):
    """Tools compared by category: same kind of tool, perhaps different products."""

    category: str
    tools: Annotated[dict[str, Ids], "By role id: its tools in this category."]
    shared: Ids


class CompareResult(Result, command="compare", rows=GridItem):
    """`csroles compare --json`: shared and only-in sets of sorted ids, similarity in 0..1."""

    roles: Annotated[Ids, Keywords(minItems=2)]
    skills: DimensionDiff | Absent = ABSENT
    tools: DimensionDiff | Absent = ABSENT
    areas: DimensionDiff | Absent = ABSENT
    similarity: Similarity
    matrix: Grid
    tool_categories: list[ToolCategory] | Absent = ABSENT
    coverage: Annotated[
        dict[str, dict[str, CoverageFigures]],
        "coverage[a][b]: how much of role b's items role a has.",
    ]
    names: Names

    def diff(self, dimension: str) -> DimensionDiff | Absent:
        found: DimensionDiff | Absent = getattr(self, dimension)
        return found


class SimilarRole(Result):
    """Another role, with what it shares with the first and what it adds."""

    id: str
    title: LocalText
    similarity: Similarity
    shared: ByDimension
    missing: Annotated[ByDimension, "What this role has that the first lacks."]
    coverage: Annotated[CoverageFigures, "How much of this role's items the first has."]
    reverse_coverage: Annotated[CoverageFigures, "How much of the first's items this one has."]


class SimilarResult(Result, command="similar", rows=SimilarRole):
    """`csroles similar --json`: the other roles, most similar (or best covered) first."""

    role: str
    title: LocalText
    similar: list[SimilarRole]
    ranked_by: Literal["similarity", "coverage"]
    names: Names


class MatrixResult(Result, command="matrix", rows=GridItem):
    """`csroles matrix --json`: every item of a dimension with the roles that have it."""

    dimension: Dimension
    roles: Ids
    matrix: Grid
    names: Names


# -- search, validate ----------------------------------------------------------------------


class SearchHit(Result):
    """One hit: a role, skill, tool, category, area, or a text of a role."""

    kind: Literal["role", "skill", "tool", "category", "area", "text"]
    id: str
    name: LocalText
    matched: Annotated[str, "The name, alias or text that matched."]
    score: Annotated[float, Keywords(minimum=0, maximum=100)]
    roles: Annotated[Ids, "The roles that have the item."]
    section: Annotated[str | None, "For a text: the section it is in."]
    searched_as: Annotated[str | None, "The query in the other keyboard layout that found it."]
    part: Annotated[str | None, "The part of a comma-separated query that found it."]
    skill: Annotated[str | Absent, "For a skill note: the skill."] = ABSENT
    category: Annotated[str | Absent, "For a tool purpose: the tool category."] = ABSENT
    tools: Annotated[Ids | Absent, "For a tool purpose: the role's tools in it."] = ABSENT


class SearchResult(Result, command="search", rows=SearchHit):
    """`csroles search --json`: the query as searched and the hits, best first."""

    query: str
    hits: list[SearchHit]
    role_count: Annotated[
        Count | Absent, "The dataset's number of roles: given to the table only, never in JSON."
    ] = ABSENT


class ProblemOut(Result):
    """One problem in the dataset, located to line and column."""

    file: str
    line: Annotated[Count, "1-based; 0 when the problem has no position."]
    column: Count
    path: Annotated[str, "Key path, such as roles.team-lead.tools[3].tool."]
    severity: Literal["error", "warning"]
    message: Annotated[str, "In English; the terminal words it in the language asked."]
    key: Annotated[
        str, "The message's catalog key, such as problem.unknown_key: stable for scripts."
    ]
    params: Annotated[dict[str, str | int], "The values the message is worded with."]


class ValidateResult(Result, command="validate", rows=ProblemOut):
    """`csroles validate --json`: every problem, errors and warnings, in line order."""

    file: str
    schema_version: int | None
    valid: bool
    errors: Count
    warnings: Count
    problems: list[ProblemOut]


# -- fit and gap ---------------------------------------------------------------------------


class MatchOut(Result):
    """What an item counts as (or could be)."""

    kind: Literal["skill", "tool", "area"]
    id: str
    name: LocalText
    matched: Annotated[str, "The name, alias or id that matched."]
    score: float


class WhyOut(Result):
    """The figures an item's status rests on (the confidence rule of `csroles fit`)."""

    score: Annotated[float, "The best hit's score."]
    margin: Annotated[float | None, "Its lead over the next other item; null when none."]


class ItemOut(Result):
    """One item you gave, and how it resolved."""

    item: Annotated[str, "As given."]
    status: Literal["resolved", "ambiguous", "unknown"]
    counts_as: list[MatchOut]
    suggestions: list[MatchOut]
    how: Annotated[
        Literal[
            "exact",
            "keyboard layout",
            "acronym",
            "typo",
            "jamo",
            "choseong",
            "partial",
            "words",
            "none",
        ],
        "How the best hit was reached; only exact, keyboard layout, choseong, acronym, typo,"
        " jamo and partial hits can count.",
    ] = "none"
    why: Annotated[WhyOut | None, "Score and margin of the best hit; null when none."] = None


class TransferOut(Result):
    """A tool the role uses that is the same kind as one you know."""

    tool: str
    category: str
    known: Annotated[Ids, "The tools you know in that category."]


class FitRole(Result):
    """A role, with how much of it your items cover and what is missing."""

    id: str
    title: LocalText
    coverage: CoverageFigures
    missing: ByDimension
    transferable: list[TransferOut]


class FitResult(Result, command="fit", rows=FitRole):
    """`csroles fit --json`: your items and the roles ranked by fit."""

    items: list[ItemOut]
    have: Annotated[ByDimension, "What your items count as."]
    ranked_by: Annotated[str, "The ranking rule, in words."]
    roles: list[FitRole]
    names: Names


class GapTitles(Result):
    """The titles of the two roles."""

    from_: LocalText | None
    to: LocalText


class ToolRef(Result):
    """A tool and its name."""

    id: str
    name: LocalText


class GapTools(Result):
    """The tools to learn of one category, and the ones of it you know."""

    category: str | None
    category_name: LocalText | None
    purpose: LocalText | None
    tools: list[ToolRef]
    known: list[ToolRef]


class GapResponsibility(Result):
    """A responsibility of the target role."""

    title: LocalText | None
    text: LocalText


class GapArea(Result):
    """A responsibility area to take on."""

    id: str
    name: LocalText
    responsibilities: list[GapResponsibility]


class GapResult(Result, command="gap"):
    """`csroles gap --json`: what to add to move from one role (or your items) to another."""

    from_: Annotated[str | None, "The role you have; null when only your items count."]
    to: str
    titles: GapTitles
    items: list[ItemOut]
    have: ByDimension
    coverage: CoverageFigures
    skills: list[RoleSkill]
    tools: list[GapTools]
    areas: list[GapArea]


# -- ladder and path -----------------------------------------------------------------------


class SourceRef(Result):
    """The article a move or a growth option comes from."""

    file: str | None
    title: str | None


class LadderNode(Result):
    """A position an article names on a career path, on its level."""

    id: str
    name: LocalText
    level: Annotated[str | None, "entry ... executive; null when the dataset gives none."]
    role: Annotated[str | None, "The role of this dataset the position is; null otherwise."]
    is_role: bool


class EdgeSourceOut(Result):
    """An article that states a move: its role and the article."""

    role: str
    source: SourceRef


class LadderEdge(Result):
    """A move from one rung to the next, with every article that states it."""

    from_: str
    to: str
    sources: Annotated[list[EdgeSourceOut], Keywords(minItems=1)]


class LadderBranch(Result):
    """A growth option of a role, beside its position (never a rung)."""

    position: Annotated[str | None, "The role's own position; null when none is the role."]
    role: str
    text: LocalText
    source: SourceRef


class LadderLevel(Result):
    """A level and its positions, in the lattice's order."""

    level: str | None
    positions: Ids


class LadderResult(Result, command="ladder"):
    """`csroles ladder --json`: the career lattice: nodes, edges with sources, branches."""

    nodes: list[LadderNode]
    edges: list[LadderEdge]
    branches: list[LadderBranch]
    levels: list[LadderLevel]
    show_sources: Annotated[
        bool | Absent, "Whether pictures name each move's sources: given to them, never in JSON."
    ] = ABSENT


class StepText(Result):
    """What an article's rung says of a position of the step."""

    role: str
    rung: Count
    text: LocalText


class PathStep(Result):
    """One move of a route, with its sources and, between two roles, its learning plan."""

    from_: str
    to: str
    sources: list[EdgeSourceOut]
    gap: Annotated[GapResult | None, "What `gap` gives; null unless both ends are roles."]
    texts: list[StepText]


class PlanEntry(Result):
    """An item of a route's total plan, at the first step that needs it."""

    kind: Literal["skill", "tool", "area"]
    id: str
    name: LocalText
    step: Annotated[Count, "0-based index of the step in the route."]
    from_: str
    to: str


class PathRoute(Result):
    """One shortest route: its positions, its steps and its total plan."""

    positions: Ids
    steps: list[PathStep]
    total: list[PlanEntry]


class NearestOut(Result):
    """A position that can reach the target, and how many steps away it is."""

    id: str
    distance: Count


class PathResult(Result, command="path"):
    """`csroles path --json`: the shortest routes, or none and the positions that reach TO."""

    from_: str
    to: str
    found: bool
    positions: Annotated[dict[str, LadderNode], "The positions named, by id."]
    routes: list[PathRoute]
    nearest: list[NearestOut]
