"""Each command's result, built from the dataset as the typed objects of results.py.

These objects are the machine contract (`--json` prints exactly their JSON form) and also
what the terminal, Markdown and CSV renderers are fed, so every format shows the same facts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, overload

from cs_roles.results import (
    ABSENT,
    ROLE_TEXTS,
    Absent,
    ByDimension,
    CompareResult,
    CoverageFigures,
    Crosswalk,
    DimensionDiff,
    Figure,
    FitResult,
    FitRole,
    GapArea,
    GapResponsibility,
    GapResult,
    GapTitles,
    GapTools,
    ItemOut,
    ListRow,
    LocalText,
    MatchOut,
    MatrixResult,
    OnetMatch,
    ProblemOut,
    Responsibility,
    RoleResult,
    RoleSkill,
    RoleTool,
    RungPosition,
    SearchHit,
    SearchResult,
    Similarity,
    SimilarResult,
    SimilarRole,
    SourceOut,
    ToolCategory,
    ToolRef,
    TransferOut,
    ValidateResult,
    WhyOut,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from cs_roles.careers import Gap, Holdings, Resolution, RoleFit
    from cs_roles.compare import Comparison
    from cs_roles.compare import SimilarRole as Similar
    from cs_roles.coverage import Coverage
    from cs_roles.dataset import Dataset
    from cs_roles.model import Role, Text
    from cs_roles.problems import Problem
    from cs_roles.search import Hit
    from cs_roles.team import PersonResult, Team
    from cs_roles.team_results import TeamPerson, TeamResult

# The role texts that `--section` has long shown under other names; every role text
# declared since is a section of its own name.
_OLDER_SECTIONS = {"career_path": "career", "growth": "career", "best_practices": "practices"}

# --section name -> fields of the show result it selects
SECTION_KEYS = {
    "summary": ("summary",),
    "responsibilities": ("responsibilities",),
    "skills": ("skills",),
    "tools": ("tools", "tool_purposes"),
    "career": ("career_path", "career_positions", "growth"),
    "practices": ("best_practices",),
    **{name: (name,) for name in ROLE_TEXTS if name not in _OLDER_SECTIONS},
    "crosswalk": ("crosswalk",),
    "source": ("source",),
}


@overload
def text_out(text: Text) -> LocalText: ...
@overload
def text_out(text: Text | None) -> LocalText | None: ...
def text_out(text: Text | None) -> dict[str, str | None] | None:
    """A text as an object that always has `en` and `ko` (null where the dataset has none)."""
    if text is None:
        return None
    en, ko = text.get("en"), text.get("ko")
    out: dict[str, str | None] = {"en": en, "ko": ko}
    if len(text) > (en is not None) + (ko is not None):  # a third language: kept after them
        out.update((lang, value) for lang, value in text.items() if lang not in out)
    return out


@overload
def name_of(dataset: Dataset, section: str, ident: str) -> LocalText: ...
@overload
def name_of(dataset: Dataset, section: str, ident: str | None) -> LocalText | None: ...
def name_of(dataset: Dataset, section: str, ident: str | None) -> LocalText | None:
    if ident is None:
        return None
    return text_out(dataset.definition(section, ident).name)


def role_payload(dataset: Dataset, role: Role, sections: list[str] | None = None) -> RoleResult:
    """`show --json`: one role with every name resolved (only some sections, if asked)."""
    notes = role.skill_notes
    responsibilities = []
    for r in role.responsibilities:
        areas = list(r.areas)
        names = [name_of(dataset, "areas", a) for a in areas]
        responsibilities.append(
            Responsibility(
                areas=areas,
                area_names=names,
                area=areas[0] if areas else None,
                area_name=names[0] if names else None,
                title=text_out(r.title),
                text=text_out(r.text),
            )
        )
    full = RoleResult(
        id=role.id,
        title=text_out(role.title),
        aliases=list(role.aliases),
        summary=text_out(role.summary),
        responsibilities=responsibilities,
        skills=[
            RoleSkill(id=s, name=name_of(dataset, "skills", s), note=text_out(notes.get(s)))
            for s in role.skills
        ],
        tools=[
            RoleTool(
                id=use.tool,
                name=name_of(dataset, "tools", use.tool),
                category=use.category,
                category_name=name_of(dataset, "categories", use.category),
            )
            for use in role.tools
        ],
        tool_purposes={category: text_out(t) for category, t in role.tool_purposes.items()},
        career_positions=[
            [rung_position(dataset, ident) for ident in rung] for rung in role.career_positions
        ],
        **{name: [text_out(t) for t in texts] for name, texts in role.texts.items()},
        crosswalk=Crosswalk(onet=[OnetMatch.from_attributes(m) for m in role.crosswalk.onet]),
        source=None if role.source is None else SourceOut.from_attributes(role.source),
    )
    if not sections:
        return full
    return full.keeping({key for section in sections for key in SECTION_KEYS[section]})


def rung_position(dataset: Dataset, ident: str) -> RungPosition:
    """One position a rung names: looked up by id, not by reading the whole section."""
    entry = dataset.entry("positions", ident) or {}
    return RungPosition(id=ident, name=text_out(entry.get("name")), role=entry.get("role"))


def list_payload(dataset: Dataset) -> list[ListRow]:
    """`list --json`: every role with its skill and tool counts."""
    return [
        ListRow(
            id=s["id"],
            title=text_out(s["title"]),
            aliases=list(s["aliases"]),
            skills=s["skills"],
            tools=s["tools"],
        )
        for s in dataset.summaries()
    ]


# -- compare, similar, matrix ------------------------------------------------------------


def _score(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _names(dataset: Dataset, section: str, ids: Iterable[str]) -> dict[str, LocalText]:
    return {ident: name_of(dataset, section, ident) for ident in sorted(set(ids))}


def compare_payload(dataset: Dataset, comparison: Comparison) -> CompareResult:
    """`compare --json`: shared and only-in sets of sorted ids, similarity in 0..1."""
    dimensions = comparison.dimensions
    names: dict[str, dict[str, LocalText]] = {
        "roles": {r: text_out(dataset.role(r).title) for r in comparison.roles}
    }
    for dimension, diff in dimensions.items():
        names[dimension] = _names(dataset, dimension, diff.matrix)
    categories: list[ToolCategory] | Absent = ABSENT
    if "tools" in dimensions:
        categories = [
            ToolCategory(category=c.category, tools=c.tools, shared=c.shared_tools)
            for c in comparison.categories
        ]
        names["categories"] = _names(
            dataset, "categories", [c.category for c in comparison.categories]
        )
    return CompareResult(
        roles=comparison.roles,
        **{d: DimensionDiff(shared=c.shared, only=c.only) for d, c in dimensions.items()},
        similarity=Similarity(
            **{d: _score(c.similarity) for d, c in dimensions.items()},
            overall=_score(comparison.overall),
        ),
        # The matrix is part of the contract for three or more roles; for two it is given
        # too, since shared and only-in together do not say which items two of three have.
        matrix={d: c.matrix for d, c in dimensions.items()},
        tool_categories=categories,
        # Directional: coverage[a][b] is how much of role b's items role a has.
        coverage={
            a: {b: coverage_out(figures) for b, figures in row.items()}
            for a, row in comparison.coverage.items()
        },
        names=names,
    )


def coverage_figure(figure: Coverage) -> Figure:
    """have / needed, and the ratio in 0..1 (null when needed is 0)."""
    return Figure.from_attributes(figure, ratio=_score(figure.ratio))


def coverage_out(figures: Mapping[str, Coverage]) -> CoverageFigures:
    """Each dimension's figure, and `overall`: the ranking figure (mean of skills and tools)."""
    from cs_roles.coverage import coverage_score

    return CoverageFigures(
        **{d: coverage_figure(f) for d, f in figures.items()},
        overall=_score(coverage_score(figures)),
    )


def _by_dimension(ids: Mapping[str, list[str]]) -> ByDimension:
    return ByDimension(skills=ids["skills"], tools=ids["tools"], areas=ids["areas"])


def similar_payload(
    dataset: Dataset, role: Role, ranked: list[Similar], by: str = "similarity"
) -> SimilarResult:
    """`similar --json`: the other roles ranked by overall similarity (or by coverage)."""
    names: dict[str, dict[str, LocalText]] = {}
    for dimension in ("skills", "tools", "areas"):
        ids = [i for s in ranked for i in (*s.shared[dimension], *s.missing[dimension])]
        names[dimension] = _names(dataset, dimension, ids)
    titles = dataset.titles([s.id for s in ranked])
    return SimilarResult(
        role=role.id,
        title=text_out(role.title),
        similar=[
            SimilarRole(
                id=s.id,
                title=text_out(titles[s.id]),
                similarity=Similarity(
                    **{d: _score(v) for d, v in s.similarity.items()}, overall=_score(s.overall)
                ),
                shared=_by_dimension(s.shared),
                missing=_by_dimension(s.missing),
                coverage=coverage_out(s.coverage),
                reverse_coverage=coverage_out(s.reverse_coverage),
            )
            for s in ranked
        ],
        ranked_by="coverage" if by == "coverage" else "similarity",
        names=names,
    )


def matrix_payload(
    dataset: Dataset, dimension: str, role_ids: list[str], grid: dict[str, list[str]]
) -> MatrixResult:
    """`matrix --json`: every item of a dimension with the roles that have it."""
    return MatrixResult(
        dimension=dimension,  # type: ignore[arg-type]  # the CLI offers only the three
        roles=role_ids,
        matrix={dimension: grid},
        names={
            "roles": {r: text_out(t) for r, t in dataset.titles(role_ids).items()},
            dimension: _names(dataset, dimension, grid),
        },
    )


# -- search, validate ----------------------------------------------------------------------


def search_payload(query: str, hits: list[Hit], role_count: int | None = None) -> SearchResult:
    """`search --json`: the query as searched and the hits, best first. `role_count`, the
    dataset's number of roles, lets the table say "all roles"; the CLI gives it to the
    table only, so the JSON has no such key."""
    return SearchResult(
        query=query,
        hits=[
            SearchHit.from_attributes(
                hit, name={"en": hit.name.get("en"), "ko": hit.name.get("ko")}, **(hit.about or {})
            )
            for hit in hits
        ],
        role_count=ABSENT if role_count is None else role_count,
    )


def validate_payload(file: str, version: int | None, problems: list[Problem]) -> ValidateResult:
    """`validate --json`: every problem, errors and warnings, in line order."""
    errors = sum(p.severity == "error" for p in problems)
    return ValidateResult(
        file=file,
        schema_version=version,
        valid=errors == 0,
        errors=errors,
        warnings=len(problems) - errors,
        problems=[ProblemOut.from_attributes(p) for p in problems],
    )


# -- fit and gap ---------------------------------------------------------------------------

RANKING_RULE = (
    "mean of skill and tool coverage (a dimension the role lists nothing in is left out), "
    "then the number of skills and tools in common, then the number of transferable tools, "
    "then id"
)


def items_payload(resolutions: list[Resolution]) -> list[ItemOut]:
    """Each item as given, how it resolved, what it counts as, and suggestions."""
    return [
        ItemOut(
            item=r.item,
            status=r.status,
            counts_as=[MatchOut.from_attributes(m, name=text_out(m.name)) for m in r.matches],
            suggestions=[MatchOut.from_attributes(m, name=text_out(m.name)) for m in r.suggestions],
            how=r.how,
            why=None if r.why is None else WhyOut(score=r.why.score, margin=r.why.margin),
        )
        for r in resolutions
    ]


def _have_out(have: Holdings) -> ByDimension:
    return ByDimension(
        skills=sorted(have.skills), tools=sorted(have.tools), areas=sorted(have.areas)
    )


def _item_names(
    dataset: Dataset, resolutions: list[Resolution], wanted: dict[str, set[str]]
) -> dict[str, dict[str, LocalText]]:
    """Display names by section: the items' own from search, the rest from the dataset."""
    known: dict[str, dict[str, LocalText]] = {section: {} for section in wanted}
    for resolution in resolutions:
        for match in (*resolution.matches, *resolution.suggestions):
            known[match.dimension][match.id] = text_out(match.name)
    return {
        section: {
            ident: known[section].get(ident) or name_of(dataset, section, ident)
            for ident in sorted(ids)
        }
        for section, ids in wanted.items()
    }


def fit_payload(
    dataset: Dataset, resolutions: list[Resolution], have: Holdings, fits: list[RoleFit]
) -> FitResult:
    """`fit --json`: the items' resolutions, then the roles, best covered first."""
    for fit in fits:
        dataset.role(fit.id)  # reading the shown roles brings their item names along
    wanted: dict[str, set[str]] = {
        "skills": set(have.skills),
        "tools": set(have.tools),
        "areas": set(have.areas),
        "categories": set(),
    }
    for fit in fits:
        for dimension in ("skills", "tools", "areas"):
            wanted[dimension].update(fit.missing[dimension])
        for transfer in fit.transfers:
            wanted["categories"].add(transfer.category)
    names: dict[str, dict[str, LocalText]] = dict(_item_names(dataset, resolutions, wanted))
    names["roles"] = {f.id: text_out(dataset.role(f.id).title) for f in fits}
    return FitResult(
        items=items_payload(resolutions),
        have=_have_out(have),
        ranked_by=RANKING_RULE,
        roles=[
            FitRole(
                id=fit.id,
                title=text_out(dataset.role(fit.id).title),
                coverage=coverage_out(fit.coverage),
                missing=_by_dimension(fit.missing),
                transferable=[
                    TransferOut.from_attributes(t, known=list(t.known)) for t in fit.transfers
                ],
            )
            for fit in fits
        ],
        names=names,
    )


def gap_payload(
    dataset: Dataset, gap: Gap, resolutions: list[Resolution], have: Holdings
) -> GapResult:
    """`gap --json`: coverage, then skills, tools (by category) and areas to add."""
    target = dataset.role(gap.target)
    wanted: dict[str, set[str]] = {"skills": set(), "tools": set(), "areas": set()}
    for group in gap.tools:
        wanted["tools"].update((*group.tools, *group.known))
    names = _item_names(dataset, resolutions, wanted)

    def tool(ident: str) -> ToolRef:
        return ToolRef(id=ident, name=names["tools"][ident])

    return GapResult(
        from_=gap.source,
        to=gap.target,
        titles=GapTitles(
            from_=text_out(dataset.role(gap.source).title) if gap.source else None,
            to=text_out(target.title),
        ),
        items=items_payload(resolutions),
        have=_have_out(have),
        coverage=coverage_out(gap.coverage),
        skills=[
            RoleSkill(id=s.id, name=name_of(dataset, "skills", s.id), note=text_out(s.note))
            for s in gap.skills
        ],
        tools=[
            GapTools(
                category=g.category,
                category_name=name_of(dataset, "categories", g.category),
                purpose=text_out(g.purpose),
                tools=[tool(t) for t in g.tools],
                known=[tool(t) for t in g.known],
            )
            for g in gap.tools
        ],
        areas=[
            GapArea(
                id=a.id,
                name=name_of(dataset, "areas", a.id),
                responsibilities=[
                    GapResponsibility(title=text_out(r.title), text=text_out(r.text))
                    for r in a.responsibilities
                ],
            )
            for a in gap.areas
        ],
    )


# -- team ----------------------------------------------------------------------------------


def team_payload(team: Team) -> TeamResult:
    """`team --json`: the team's answers (team.plan_team), names in both languages."""
    from cs_roles.team_results import (
        TeamItem,
        TeamMissing,
        TeamResult,
        TeamRole,
        TeamSinglePoint,
        TeamTraining,
    )

    return TeamResult(
        role=team.role,
        threshold=team.threshold,
        row_unit=team.unit,  # type: ignore[arg-type]  # roster.Unit: the same three
        people=[_team_person(p) for p in team.people],
        roles=[
            TeamRole(
                id=r.id,
                title=text_out(r.title),
                covered=r.covered,
                closest=list(r.closest),
                best=_score(r.best),
            )
            for r in team.roles
        ],
        items=[
            TeamItem(
                kind=i.kind,  # type: ignore[arg-type]  # team.py's kinds are the three
                id=i.id,
                name=text_out(i.name),
                needed_by=list(i.needed_by),
                holders=list(i.holders),
                count=i.count,
            )
            for i in team.items
        ],
        single_points=[
            TeamSinglePoint(kind=i.kind, id=i.id, name=text_out(i.name), holder=i.holders[0])  # type: ignore[arg-type]
            for i in team.single_points
        ],
        nobody=[
            TeamMissing(kind=i.kind, id=i.id, name=text_out(i.name))  # type: ignore[arg-type]
            for i in team.nobody
        ],
        training=[
            TeamTraining(
                kind=t.kind,  # type: ignore[arg-type]
                id=t.id,
                name=text_out(t.name),
                count=t.count,
                lacking=list(t.lacking),
            )
            for t in team.training
        ],
    )


def _team_person(person: PersonResult) -> TeamPerson:
    from cs_roles.team_results import TeamPerson, TeamSuggestion, TeamUnresolved

    ready = person.readiness
    dimensions = ("skills", "tools", "areas")
    lacks = {d: list(ready.missing.get(d, ())) if ready else [] for d in dimensions}
    return TeamPerson(
        name=person.name,
        row=person.row,
        role=person.role,
        target=person.target,
        coverage=coverage_out(ready.coverage) if ready else None,
        # fit's `missing`: ids by dimension, in the role's order (a list of {kind, id} per
        # item would be five times the size for a large team on O*NET)
        lacks=_by_dimension(lacks),
        have=_have_out(person.have),
        unresolved=[
            TeamUnresolved(
                column=u.column,  # type: ignore[arg-type]  # role or an item column
                item=u.item,
                status=u.status,  # type: ignore[arg-type]  # ambiguous or unknown
                suggestions=[
                    TeamSuggestion(kind=s.kind, id=s.id, name=text_out(s.name))  # type: ignore[arg-type]
                    for s in u.suggestions
                ],
            )
            for u in person.unresolved
        ],
    )
