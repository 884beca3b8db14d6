"""compare, similar and matrix, checked against sets computed directly from the YAML file."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from itertools import combinations
from typing import Any

import pytest
from conftest import DATA_FILE, Invoke

from cs_roles.compare import DIMENSIONS, RankBy, SimilarRole, items_of
from cs_roles.coverage import Coverage
from cs_roles.model import Role

PAIRS = [
    ("coordinator", "support-manager"),
    ("team-lead", "experience-manager"),
    ("coordinator", "team-lead"),
    ("operations-manager", "support-manager"),
]
TRIPLE = ("coordinator", "team-lead", "experience-manager")


def sets_from_file(raw: dict[str, Any], role_id: str) -> dict[str, set[str]]:
    role = raw["roles"][role_id]
    return {
        "skills": {s["skill"] for s in role["skills"]},
        "tools": {t for group in role["tools"] for t in group["tools"]},
        "areas": {a for r in role["responsibilities"] for a in r["areas"]},
    }


def jaccard(*sets: set[str]) -> float:
    return len(set.intersection(*sets)) / len(set.union(*sets))


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_pair_json_matches_independent_sets(
    invoke_json: Any, raw: dict[str, Any], a: str, b: str
) -> None:
    result = invoke_json("compare", a, b)
    sa, sb = sets_from_file(raw, a), sets_from_file(raw, b)
    assert result["roles"] == [a, b]
    scores = []
    for dim in ("skills", "tools", "areas"):
        assert result[dim]["shared"] == sorted(sa[dim] & sb[dim])
        assert result[dim]["only"] == {a: sorted(sa[dim] - sb[dim]), b: sorted(sb[dim] - sa[dim])}
        expected = jaccard(sa[dim], sb[dim])
        assert result["similarity"][dim] == pytest.approx(expected, abs=1e-4)
        scores.append(expected)
    assert result["similarity"]["overall"] == pytest.approx(sum(scores) / 3, abs=1e-4)


def test_coordinator_and_support_manager_tools_exactly(invoke_json: Any) -> None:
    tools = invoke_json("compare", "coordinator", "support-manager", "--only", "tools")["tools"]
    assert tools["only"]["coordinator"] == [
        "buffer",
        "document360",
        "qualtrics",
        "sprout-social",
        "surveymonkey",
        "typeform",
    ]
    assert tools["only"]["support-manager"] == [
        "ai-support-tools",
        "asana",
        "chatbots",
        "feedback-analytics",
        "helpjuice",
        "intercom",
        "live-chat",
        "social-media-management",
    ]
    assert "hootsuite" in tools["shared"] and "jira-service-management" in tools["shared"]


def test_team_lead_and_experience_manager_tools_exactly(invoke_json: Any) -> None:
    tools = invoke_json("compare", "team-lead", "experience-manager")["tools"]
    assert tools["shared"] == [
        "confluence",
        "freshdesk",
        "guru",
        "hubspot",
        "live-chat",
        "qualtrics",
        "salesforce",
        "surveymonkey",
        "tableau",
        "zendesk",
    ]
    assert (
        "five9" in tools["only"]["team-lead"] and "medallia" in tools["only"]["experience-manager"]
    )


def test_triple_has_a_matrix_ordered_by_how_many_share(
    invoke_json: Any, raw: dict[str, Any]
) -> None:
    result = invoke_json("compare", *TRIPLE)
    sets = [sets_from_file(raw, r) for r in TRIPLE]
    for dim in ("skills", "tools", "areas"):
        per = [s[dim] for s in sets]
        assert result[dim]["shared"] == sorted(set.intersection(*per))
        for i, role in enumerate(TRIPLE):
            others = set().union(*(p for j, p in enumerate(per) if j != i))
            assert result[dim]["only"][role] == sorted(per[i] - others)
        matrix = result["matrix"][dim]
        assert set(matrix) == set().union(*per)
        for item, owners in matrix.items():
            assert owners == [r for r, s in zip(TRIPLE, per, strict=True) if item in s]
        counts = [len(v) for v in matrix.values()]
        assert counts == sorted(counts, reverse=True)
        assert result["similarity"][dim] == pytest.approx(jaccard(*per), abs=1e-4)


def test_tools_compared_by_category(invoke_json: Any) -> None:
    result = invoke_json("compare", "coordinator", "support-manager", "--only", "tools")
    by_category = {c["category"]: c for c in result["tool_categories"]}
    assert (
        by_category["help-desk"]["tools"]["coordinator"]
        == by_category["help-desk"]["tools"]["support-manager"]
    )
    kb = by_category["knowledge-base"]
    assert kb["tools"]["coordinator"] == ["confluence", "document360", "guru"]
    assert kb["tools"]["support-manager"] == ["confluence", "guru", "helpjuice"]
    assert kb["shared"] == ["confluence", "guru"]


def test_pair_table_reads_in_columns_and_fits_80(invoke: Invoke) -> None:
    result = invoke("compare", "coordinator", "team-lead")
    assert result.exit_code == 0
    out = result.stdout
    flat = " ".join(out.split())  # the headers wrap inside their cells
    assert "only in" in flat and "shared" in flat
    assert "Customer Service Coordinator" in flat and "Customer Service Team Lead" in flat
    assert "Conflict resolution" in out and "Five9" in out
    assert "Same kind of tool, different products" in out
    assert max(len(line) for line in out.splitlines()) <= 80


def test_only_narrows_and_korean_names(invoke: Invoke, invoke_json: Any) -> None:
    result = invoke_json("compare", "coordinator", "team-lead", "--only", "skills")
    assert "tools" not in result and "areas" not in result
    assert set(result["similarity"]) == {"skills", "overall"}
    table = invoke("compare", "coordinator", "team-lead", "--only", "skills", "--lang", "ko").stdout
    assert "갈등 해결" in table and "Tools" not in table


def test_triple_table_is_a_grid(invoke: Invoke) -> None:
    out = invoke("compare", *TRIPLE, "--only", "skills").stdout
    assert "A = coordinator" in out and "C = experience-manager" in out
    assert "●" in out
    assert max(len(line) for line in out.splitlines()) <= 80


@pytest.mark.parametrize(
    "args",
    [
        ["coordinator"],
        ["team-lead", "team-lead"],
        ["team-lead", "팀리더"],
        ["team-lead", "x", "--only", "hats"],
    ],
)
def test_usage_errors(invoke: Invoke, args: list[str]) -> None:
    result = invoke("compare", *args)
    assert result.exit_code == 2
    assert result.stdout == ""


def test_unknown_role_in_compare_is_not_found(invoke: Invoke) -> None:
    result = invoke("compare", "coordinator", "team-laed")
    assert result.exit_code == 1
    assert "did you mean 'team-lead'" in result.stderr


def test_markdown_and_csv(invoke: Invoke, raw: dict[str, Any]) -> None:
    md = invoke("compare", "coordinator", "support-manager", "--format", "markdown").stdout
    assert md.startswith("## coordinator vs support-manager")
    assert "| Skills | coordinator | support-manager |" in md
    rows = list(
        csv.reader(
            io.StringIO(
                invoke("compare", "coordinator", "support-manager", "--format", "csv").stdout
            )
        )
    )
    assert rows[0] == ["dimension", "id", "name_en", "name_ko", "coordinator", "support-manager"]
    sets = {r: sets_from_file(raw, r) for r in ("coordinator", "support-manager")}
    for dimension, item, _name_en, _name_ko, mark_a, mark_b in rows[1:]:
        assert (mark_a == "x") == (item in sets["coordinator"][dimension])
        assert (mark_b == "x") == (item in sets["support-manager"][dimension])
    assert len(rows) - 1 == sum(
        len(sets["coordinator"][d] | sets["support-manager"][d]) for d in sets["coordinator"]
    )


def test_similar_ranks_every_other_role(invoke_json: Any, raw: dict[str, Any]) -> None:
    result = invoke_json("similar", "coordinator")
    ranked = result["similar"]
    assert [r["id"] for r in ranked] and "coordinator" not in [r["id"] for r in ranked]
    assert len(ranked) == 4
    overall = [r["similarity"]["overall"] for r in ranked]
    assert overall == sorted(overall, reverse=True)
    mine = sets_from_file(raw, "coordinator")
    for entry in ranked:
        theirs = sets_from_file(raw, entry["id"])
        for dim in ("skills", "tools", "areas"):
            assert entry["shared"][dim] == sorted(mine[dim] & theirs[dim])
            assert entry["missing"][dim] == sorted(theirs[dim] - mine[dim])


def test_matrix_covers_the_dataset(invoke_json: Any, raw: dict[str, Any]) -> None:
    result = invoke_json("matrix", "skills")
    assert result["roles"] == list(raw["roles"])
    grid = result["matrix"]["skills"]
    assert set(grid) == set(raw["skills"])
    for skill, owners in grid.items():
        assert owners == [r for r in raw["roles"] if skill in sets_from_file(raw, r)["skills"]]


def test_matrix_roles_option_and_formats(invoke: Invoke) -> None:
    out = invoke(
        "matrix", "tools", "--roles", "coordinator,support manager", "--format", "csv"
    ).stdout
    header = out.splitlines()[0]
    assert header == "dimension,id,name_en,name_ko,coordinator,support-manager"
    md = invoke("matrix", "areas", "--format", "markdown").stdout
    assert md.startswith("## Responsibility areas × roles")
    table = invoke("matrix", "skills")
    assert table.exit_code == 0 and "E = team-lead" in table.stdout


def test_every_pair_is_symmetric(invoke_json: Any) -> None:
    ids = [
        "experience-manager",
        "operations-manager",
        "support-manager",
        "coordinator",
        "team-lead",
    ]
    for a, b in combinations(ids, 2):
        ab, ba = invoke_json("compare", a, b), invoke_json("compare", b, a)
        assert ab["similarity"] == ba["similarity"]
        assert ab["skills"]["only"][a] == ba["skills"]["only"][a]


def similar_roles(
    role: Role, others: Sequence[Role], by: RankBy = "similarity"
) -> list[SimilarRole]:
    """The oracle of rank_similar: every other role compared with this one, set by set."""
    ranked = []
    for other in others:
        if other.id == role.id:
            continue
        similarity: dict[str, float | None] = {}
        shared: dict[str, list[str]] = {}
        missing: dict[str, list[str]] = {}
        covers: dict[str, Coverage] = {}
        covered_by: dict[str, Coverage] = {}
        for dimension in DIMENSIONS:
            mine, theirs = items_of(role, dimension), items_of(other, dimension)
            similarity[dimension] = (
                len(mine & theirs) / len(mine | theirs) if mine | theirs else None
            )
            shared[dimension] = sorted(mine & theirs)
            missing[dimension] = sorted(theirs - mine)
            covers[dimension] = Coverage(len(mine & theirs), len(theirs))
            covered_by[dimension] = Coverage(len(mine & theirs), len(mine))
        scores = [s for s in similarity.values() if s is not None]
        overall = sum(scores) / len(scores) if scores else None
        ranked.append(
            SimilarRole(other.id, overall, similarity, shared, missing, covers, covered_by)
        )
    if by == "coverage":
        ranked.sort(key=lambda s: (-(s.coverage_overall or 0.0), -(s.overall or 0.0), s.id))
    else:
        ranked.sort(key=lambda s: (-(s.overall or 0.0), s.id))
    return ranked


def role_matrix(roles: Sequence[Role], dimension: str) -> dict[str, list[str]]:
    """The oracle of dataset_matrix: each item with the roles that have it, most shared
    first, then by item."""
    owners: dict[str, list[str]] = {}
    for role in roles:
        for item in items_of(role, dimension):
            owners.setdefault(item, []).append(role.id)
    return dict(sorted(owners.items(), key=lambda pair: (-len(pair[1]), pair[0])))


@pytest.mark.parametrize("use_cache", [False, True])
def test_dataset_wide_similar_and_matrix_match_the_role_by_role_ones(use_cache: bool) -> None:
    """rank_similar and dataset_matrix read item numbers, never roles: same answers."""
    from cs_roles.compare import dataset_matrix, rank_similar
    from cs_roles.dataset import load_dataset

    load_dataset(DATA_FILE)  # fills the cache, so the second run reads the entry
    dataset = load_dataset(DATA_FILE, use_cache=use_cache)
    roles = list(load_dataset(DATA_FILE, use_cache=False).roles())
    for role in roles:
        assert rank_similar(dataset, role, 3) == similar_roles(role, roles)[:3]
        assert rank_similar(dataset, role) == similar_roles(role, roles)
    for dimension in ("skills", "tools", "areas"):
        assert dataset_matrix(dataset, dimension, dataset.role_ids) == role_matrix(roles, dimension)
        some = [roles[3], roles[0]]
        assert dataset_matrix(dataset, dimension, [r.id for r in some]) == role_matrix(
            some, dimension
        )
