"""Each command's result as plain, JSON-ready data.

This is the machine contract (`--json` prints exactly these objects) and also what the
terminal, Markdown and CSV renderers are fed, so every format shows the same facts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from typing import TypedDict

    from cs_roles.careers import Gap, Holdings, Match, Resolution, RoleFit
    from cs_roles.compare import Comparison, SimilarRole
    from cs_roles.coverage import Coverage
    from cs_roles.dataset import Dataset
    from cs_roles.model import OnetMatch, Role, Text
    from cs_roles.problems import Problem
    from cs_roles.search import Hit

    # The typed shapes of the payloads: for the type checker only (creating TypedDict
    # classes costs start-up time that every run would pay).
    LocalText = dict[str, str | None]

    class ListRow(TypedDict):
        id: str
        title: LocalText | None
        aliases: list[str]
        skills: int
        tools: int

    class SearchPayload(TypedDict):
        query: str
        hits: list[dict[str, Any]]

    class ValidatePayload(TypedDict):
        file: str
        schema_version: int | None
        valid: bool
        errors: int
        warnings: int
        problems: list[dict[str, object]]

    class MatrixPayload(TypedDict):
        dimension: str
        roles: list[str]
        matrix: dict[str, dict[str, list[str]]]
        names: dict[str, Any]


# --section name -> keys of the show payload it selects
SECTION_KEYS = {
    "summary": ("summary",),
    "responsibilities": ("responsibilities",),
    "skills": ("skills",),
    "tools": ("tools", "tool_purposes"),
    "career": ("career_path", "growth"),
    "practices": ("best_practices",),
    "crosswalk": ("crosswalk",),
    "source": ("source",),
}


def text_out(text: Text | None) -> dict[str, str | None] | None:
    """A text as an object that always has `en` and `ko` (null where the dataset has none)."""
    if text is None:
        return None
    out: dict[str, str | None] = {"en": text.get("en"), "ko": text.get("ko")}
    out.update((lang, value) for lang, value in text.items() if lang not in out)
    return out


def name_of(dataset: Dataset, section: str, ident: str | None) -> dict[str, str | None] | None:
    if ident is None:
        return None
    return text_out(dataset.definition(section, ident).name)


def role_payload(dataset: Dataset, role: Role, sections: list[str] | None = None) -> dict[str, Any]:
    """`show --json`: one role with every name resolved (only some sections, if asked)."""
    notes = role.skill_notes
    purposes = role.tool_purposes
    responsibilities = []
    for r in role.responsibilities:
        areas = list(r.areas)
        names = [name_of(dataset, "areas", a) for a in areas]
        responsibilities.append(
            {
                "areas": areas,
                "area_names": names,
                "area": areas[0] if areas else None,  # the first area: the v1 contract
                "area_name": names[0] if names else None,
                "title": text_out(r.title),
                "text": text_out(r.text),
            }
        )
    full: dict[str, Any] = {
        "id": role.id,
        "title": text_out(role.title),
        "aliases": list(role.aliases),
        "summary": text_out(role.summary),
        "responsibilities": responsibilities,
        "skills": [
            {"id": s, "name": name_of(dataset, "skills", s), "note": text_out(notes.get(s))}
            for s in role.skills
        ],
        "tools": [
            {
                "id": use.tool,
                "name": name_of(dataset, "tools", use.tool),
                "category": use.category,
                "category_name": name_of(dataset, "categories", use.category),
            }
            for use in role.tools
        ],
        "tool_purposes": {category: text_out(t) for category, t in purposes.items()},
        "career_path": [text_out(t) for t in role.career_path],
        "growth": [text_out(t) for t in role.growth],
        "best_practices": [text_out(t) for t in role.best_practices],
        "crosswalk": {"onet": [_onet(m) for m in role.crosswalk.onet]},
        "source": _source(role),
    }
    if not sections:
        return full
    keep = ["id", "title"] + [key for section in sections for key in SECTION_KEYS[section]]
    return {key: full[key] for key in keep}


def _onet(match: OnetMatch) -> dict[str, str | None]:
    return {
        "code": match.code,
        "title": match.title,
        "evidence": match.evidence,
        "match": match.match,
    }


def _source(role: Role) -> dict[str, Any] | None:
    if role.source is None:
        return None
    source = role.source
    return {
        "title": source.title,
        "publisher": source.publisher,
        "published": source.published,
        "language": source.language,
        "url": source.url,
        "file": source.file,
        "license": source.license,
    }


def list_payload(dataset: Dataset) -> list[ListRow]:
    """`list --json`: every role with its skill and tool counts."""
    return [
        {
            "id": s.id,
            "title": text_out(s.title),
            "aliases": list(s.aliases),
            "skills": s.skill_count,
            "tools": s.tool_count,
        }
        for s in dataset.summaries()
    ]


# -- compare, similar, matrix ------------------------------------------------------------


def _score(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _names(dataset: Dataset, section: str, ids: Any) -> dict[str, Any]:
    return {ident: name_of(dataset, section, ident) for ident in sorted(set(ids))}


def compare_payload(dataset: Dataset, comparison: Comparison) -> dict[str, Any]:
    """`compare --json`: shared and only-in sets of sorted ids, similarity in 0..1."""
    out: dict[str, Any] = {"roles": comparison.roles}
    names: dict[str, Any] = {
        "roles": {r: text_out(dataset.role(r).title) for r in comparison.roles}
    }
    for dimension, diff in comparison.dimensions.items():
        out[dimension] = {"shared": diff.shared, "only": diff.only}
        names[dimension] = _names(dataset, dimension, diff.matrix)
    out["similarity"] = {d: _score(c.similarity) for d, c in comparison.dimensions.items()}
    out["similarity"]["overall"] = _score(comparison.overall)
    # The matrix is part of the contract for three or more roles; for two it is given too,
    # since shared and only-in together do not say which items two of three roles have.
    out["matrix"] = {d: c.matrix for d, c in comparison.dimensions.items()}
    if "tools" in comparison.dimensions:
        out["tool_categories"] = [
            {"category": c.category, "tools": c.tools, "shared": c.shared_tools}
            for c in comparison.categories
        ]
        names["categories"] = _names(
            dataset, "categories", [c.category for c in comparison.categories]
        )
    # Directional: coverage[a][b] is how much of role b's items role a has.
    out["coverage"] = {
        a: {b: coverage_out(figures) for b, figures in row.items()}
        for a, row in comparison.coverage.items()
    }
    out["names"] = names
    return out


def coverage_figure(figure: Coverage) -> dict[str, Any]:
    """`{"have", "needed", "ratio"}`: ratio is have / needed in 0..1, null when needed is 0."""
    return {"have": figure.have, "needed": figure.needed, "ratio": _score(figure.ratio)}


def coverage_out(figures: dict[str, Coverage]) -> dict[str, Any]:
    """Each dimension's figure, and `overall`: the ranking figure (mean of skills and tools)."""
    from cs_roles.coverage import coverage_score

    out: dict[str, Any] = {d: coverage_figure(f) for d, f in figures.items()}
    out["overall"] = _score(coverage_score(figures))
    return out


def similar_payload(
    dataset: Dataset, role: Role, ranked: list[SimilarRole], by: str = "similarity"
) -> dict[str, Any]:
    """`similar --json`: the other roles ranked by overall similarity (or by coverage)."""
    names: dict[str, Any] = {}
    for dimension in ("skills", "tools", "areas"):
        ids = [i for s in ranked for i in (*s.shared[dimension], *s.missing[dimension])]
        names[dimension] = _names(dataset, dimension, ids)
    titles = dataset.titles([s.id for s in ranked])
    return {
        "role": role.id,
        "title": text_out(role.title),
        "similar": [
            {
                "id": s.id,
                "title": text_out(titles[s.id]),
                "similarity": {
                    **{d: _score(v) for d, v in s.similarity.items()},
                    "overall": _score(s.overall),
                },
                "shared": s.shared,
                "missing": s.missing,
                "coverage": coverage_out(s.coverage),
                "reverse_coverage": coverage_out(s.reverse_coverage),
            }
            for s in ranked
        ],
        "ranked_by": by,
        "names": names,
    }


def matrix_payload(
    dataset: Dataset, dimension: str, role_ids: list[str], grid: dict[str, list[str]]
) -> MatrixPayload:
    """`matrix --json`: every item of a dimension with the roles that have it."""
    return {
        "dimension": dimension,
        "roles": role_ids,
        "matrix": {dimension: grid},
        "names": {
            "roles": {r: text_out(t) for r, t in dataset.titles(role_ids).items()},
            dimension: _names(dataset, dimension, grid),
        },
    }


# -- search, validate ----------------------------------------------------------------------


def search_payload(query: str, hits: list[Hit]) -> SearchPayload:
    """`search --json`: the query as searched and the hits, best first."""
    return {"query": query, "hits": [hit.to_json() for hit in hits]}


def validate_payload(file: str, version: int | None, problems: list[Problem]) -> ValidatePayload:
    """`validate --json`: every problem, errors and warnings, in line order."""
    errors = sum(p.severity == "error" for p in problems)
    return {
        "file": file,
        "schema_version": version,
        "valid": errors == 0,
        "errors": errors,
        "warnings": len(problems) - errors,
        "problems": [p.to_json() for p in problems],
    }


# -- fit and gap ---------------------------------------------------------------------------

RANKING_RULE = (
    "mean of skill and tool coverage (a dimension the role lists nothing in is left out), "
    "then the number of skills and tools in common, then the number of transferable tools, "
    "then id"
)


def _match_out(match: Match) -> dict[str, Any]:
    return {
        "kind": match.kind,
        "id": match.id,
        "name": text_out(match.name),
        "matched": match.matched,
        "score": match.score,
    }


def items_payload(resolutions: list[Resolution]) -> list[dict[str, Any]]:
    """Each item as given, how it resolved, what it counts as, and suggestions."""
    return [
        {
            "item": r.item,
            "status": r.status,
            "counts_as": [_match_out(m) for m in r.matches],
            "suggestions": [_match_out(m) for m in r.suggestions],
        }
        for r in resolutions
    ]


def _have_out(have: Holdings) -> dict[str, list[str]]:
    return {"skills": sorted(have.skills), "tools": sorted(have.tools), "areas": sorted(have.areas)}


def _item_names(
    dataset: Dataset, resolutions: list[Resolution], wanted: dict[str, set[str]]
) -> dict[str, Any]:
    """Display names by section: the items' own from search, the rest from the dataset."""
    known: dict[str, dict[str, Any]] = {section: {} for section in wanted}
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
) -> dict[str, Any]:
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
    names = _item_names(dataset, resolutions, wanted)
    names["roles"] = {f.id: text_out(dataset.role(f.id).title) for f in fits}
    return {
        "items": items_payload(resolutions),
        "have": _have_out(have),
        "ranked_by": RANKING_RULE,
        "roles": [
            {
                "id": fit.id,
                "title": text_out(dataset.role(fit.id).title),
                "coverage": coverage_out(fit.coverage),
                "missing": fit.missing,
                "transferable": [
                    {"tool": t.tool, "category": t.category, "known": list(t.known)}
                    for t in fit.transfers
                ],
            }
            for fit in fits
        ],
        "names": names,
    }


def gap_payload(
    dataset: Dataset, gap: Gap, resolutions: list[Resolution], have: Holdings
) -> dict[str, Any]:
    """`gap --json`: coverage, then skills, tools (by category) and areas to add."""
    target = dataset.role(gap.target)
    wanted: dict[str, set[str]] = {"skills": set(), "tools": set(), "areas": set()}
    for group in gap.tools:
        wanted["tools"].update((*group.tools, *group.known))
    names = _item_names(dataset, resolutions, wanted)

    def tool(ident: str) -> dict[str, Any]:
        return {"id": ident, "name": names["tools"][ident]}

    return {
        "from": gap.source,
        "to": gap.target,
        "titles": {
            "from": text_out(dataset.role(gap.source).title) if gap.source else None,
            "to": text_out(target.title),
        },
        "items": items_payload(resolutions),
        "have": _have_out(have),
        "coverage": coverage_out(gap.coverage),
        "skills": [
            {"id": s.id, "name": name_of(dataset, "skills", s.id), "note": text_out(s.note)}
            for s in gap.skills
        ],
        "tools": [
            {
                "category": g.category,
                "category_name": name_of(dataset, "categories", g.category),
                "purpose": text_out(g.purpose),
                "tools": [tool(t) for t in g.tools],
                "known": [tool(t) for t in g.known],
            }
            for g in gap.tools
        ],
        "areas": [
            {
                "id": a.id,
                "name": name_of(dataset, "areas", a.id),
                "responsibilities": [
                    {"title": text_out(r.title), "text": text_out(r.text)}
                    for r in a.responsibilities
                ],
            }
            for a in gap.areas
        ],
    }
