"""fit, gap and directional coverage, checked against figures computed from the YAML file.

Every expected figure, missing list and transferable pair below is computed here from the
raw YAML (the `raw` fixture), never copied from csroles' output; the only hand-written
facts are which dataset item each loosely typed item names.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from conftest import DATA_FILE, ONET, REPO, Invoke, require_shared

from cs_roles import store
from cs_roles.careers import (
    Catalog,
    Holdings,
    build_catalog,
    load_catalog,
    parse_catalog,
    resolve_item,
    resolve_items,
    role_gap,
    split_items,
)
from cs_roles.dataset import load_dataset
from cs_roles.search import build_index

# What each loosely written item names: (kind, id) pairs, by hand from the YAML.
ITEM_LISTS: list[dict[str, list[tuple[str, str]]]] = [
    {
        "zendsk": [("tool", "zendesk")],  # typo
        "공감": [("skill", "empathy")],  # Korean name
        "conflict resolution": [("skill", "conflict-resolution"), ("area", "conflict-resolution")],
        "Freshdesk": [("tool", "freshdesk")],
    },
    {
        "EQ": [("skill", "emotional-intelligence")],  # alias
        "커뮤니케이션": [("skill", "communication")],  # Korean alias
        "Power BI": [("tool", "power-bi")],  # alias
        "tableau": [("tool", "tableau")],
        "team management": [("area", "team-management")],
    },
    {
        "salesforse": [("tool", "salesforce")],  # typo
        "인내심": [("skill", "patience")],  # Korean alias
        "젠데스크": [("tool", "zendesk")],  # Korean spelling of a product
        "Jira Service Desk": [("tool", "jira-service-management")],  # old name
        "ㄱㄷ ㅎㄱ": [("skill", "conflict-resolution"), ("area", "conflict-resolution")],
        "emotional inteligence": [("skill", "emotional-intelligence")],  # typo
    },
]
DIMENSION = {"skill": "skills", "tool": "tools", "area": "areas"}
PAIRS = [
    ("coordinator", "team-lead"),
    ("team-lead", "coordinator"),
    ("support-manager", "experience-manager"),
    ("operations-manager", "coordinator"),
]


# -- independent computation from the YAML ----------------------------------------------------


def needs(raw: dict[str, Any], role_id: str) -> dict[str, list[str]]:
    """A role's skills, tools and areas, each once, in the file's order."""
    role = raw["roles"][role_id]
    return {
        "skills": list(dict.fromkeys(skill_of(s) for s in role["skills"])),
        "tools": list(dict.fromkeys(tool for tool, _category in tool_uses(role))),
        "areas": list(dict.fromkeys(a for r in role["responsibilities"] for a in areas_of(r))),
    }


def skill_of(entry: Any) -> str:
    """A skill entry: `{skill, note}` (format 2) or a bare id."""
    return entry["skill"] if isinstance(entry, dict) else entry


def tool_uses(role: dict[str, Any]) -> list[tuple[str, str | None]]:
    """(tool, category) pairs: groups `{category, tools}` (format 2) or `{tool, category}`."""
    out: list[tuple[str, str | None]] = []
    for entry in role["tools"]:
        if "tools" in entry:
            out += [(tool, entry.get("category")) for tool in entry["tools"]]
        else:
            out.append((entry["tool"], entry.get("category")))
    return out


def areas_of(responsibility: dict[str, Any]) -> list[str]:
    """A responsibility's areas: `areas` (format 2) or `area` (format 1)."""
    if "areas" in responsibility:
        return list(responsibility["areas"] or [])
    return [responsibility["area"]] if responsibility.get("area") else []


def categories_in(raw: dict[str, Any], role_id: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for tool, category in tool_uses(raw["roles"][role_id]):
        if category:
            out.setdefault(tool, category)
    return out


def tool_kinds(raw: dict[str, Any]) -> dict[str, set[str]]:
    """Every category any role files each tool under."""
    kinds: dict[str, set[str]] = {}
    for role in raw["roles"].values():
        for tool, category in tool_uses(role):
            if category:
                kinds.setdefault(tool, set()).add(category)
    return kinds


def held_from(items: dict[str, list[tuple[str, str]]]) -> dict[str, set[str]]:
    held: dict[str, set[str]] = {"skills": set(), "tools": set(), "areas": set()}
    for matches in items.values():
        for kind, ident in matches:
            held[DIMENSION[kind]].add(ident)
    return held


def held_by_role(raw: dict[str, Any], role_id: str) -> dict[str, set[str]]:
    return {d: set(v) for d, v in needs(raw, role_id).items()}


def expected_fit(raw: dict[str, Any], role_id: str, held: dict[str, set[str]]) -> dict[str, Any]:
    want = needs(raw, role_id)
    figures = {}
    for d in ("skills", "tools", "areas"):
        have = len([i for i in want[d] if i in held[d]])
        figures[d] = (have, len(want[d]))
    ratios = [h / n for d, (h, n) in figures.items() if d != "areas" and n]
    kinds = tool_kinds(raw)
    transfers = []
    for tool, category in categories_in(raw, role_id).items():
        if tool in held["tools"]:
            continue
        known = sorted(k for k in held["tools"] if k != tool and category in kinds.get(k, ()))
        if known:
            transfers.append({"tool": tool, "category": category, "known": known})
    return {
        "figures": figures,
        "score": sum(ratios) / len(ratios) if ratios else None,
        "missing": {d: [i for i in want[d] if i not in held[d]] for d in want},
        "transfers": transfers,
    }


def check_figure(figure: dict[str, Any], have: int, needed: int) -> None:
    assert (figure["have"], figure["needed"]) == (have, needed)
    if needed:
        assert figure["ratio"] == pytest.approx(have / needed, abs=1e-4)
    else:
        assert figure["ratio"] is None


def fit_json(invoke: Invoke, *args: str, input: str | None = None) -> Any:
    result = invoke("fit", *args, "--json", input=input)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# -- fit ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("items", ITEM_LISTS, ids=lambda items: ",".join(items))
def test_fit_figures_missing_and_transfers_match_the_file(
    invoke: Invoke, raw: dict[str, Any], items: dict[str, list[tuple[str, str]]]
) -> None:
    result = fit_json(invoke, *items)
    # each item's resolution
    assert [i["item"] for i in result["items"]] == list(items)
    for entry in result["items"]:
        assert entry["status"] == "resolved", entry
        assert sorted((m["kind"], m["id"]) for m in entry["counts_as"]) == sorted(
            items[entry["item"]]
        )
    held = held_from(items)
    assert {d: set(v) for d, v in result["have"].items()} == held
    # every role, each figure computed from the file
    assert sorted(r["id"] for r in result["roles"]) == sorted(raw["roles"])
    for role in result["roles"]:
        want = expected_fit(raw, role["id"], held)
        for d, (have, needed) in want["figures"].items():
            check_figure(role["coverage"][d], have, needed)
        assert role["coverage"]["overall"] == pytest.approx(want["score"], abs=1e-4)
        assert role["missing"] == want["missing"]
        assert role["transferable"] == want["transfers"]

    # the ranking rule: mean coverage, then items in common, then transferable tools, then id
    def rank(role_id: str) -> tuple[float, int, int, str]:
        want = expected_fit(raw, role_id, held)
        common = want["figures"]["skills"][0] + want["figures"]["tools"][0]
        return (-want["score"], -common, -len(want["transfers"]), role_id)

    expected_order = sorted(raw["roles"], key=rank)
    assert [r["id"] for r in result["roles"]] == expected_order


def test_fit_names_the_transferable_pair_freshdesk_for_zendesk(
    invoke: Invoke, raw: dict[str, Any]
) -> None:
    """Knowing Freshdesk counts as transferable where a role files Zendesk under a category
    some role also files Freshdesk under, and never as coverage."""
    result = fit_json(invoke, "freshdesk", "--role", "experience-manager")
    [role] = result["roles"]
    assert categories_in(raw, "experience-manager")["zendesk"] in tool_kinds(raw)["freshdesk"]
    pairs = {(t["tool"], tuple(t["known"])) for t in role["transferable"]}
    assert ("zendesk", ("freshdesk",)) in pairs
    assert "zendesk" in role["missing"]["tools"]
    check_figure(role["coverage"]["tools"], 1, len(needs(raw, "experience-manager")["tools"]))


def test_unknown_and_ambiguous_items_are_listed_and_do_not_count(
    invoke: Invoke, raw: dict[str, Any]
) -> None:
    result = fit_json(invoke, "empathy", "desk", "juggling")
    by_item = {i["item"]: i for i in result["items"]}
    assert by_item["empathy"]["status"] == "resolved"
    desk = by_item["desk"]
    assert desk["status"] == "ambiguous" and desk["counts_as"] == []
    tied = {m["id"] for m in desk["suggestions"]}
    assert {"zendesk", "freshdesk", "zoho-desk"} <= tied
    assert all("desk" in m["matched"].casefold() for m in desk["suggestions"])
    unknown = by_item["juggling"]
    assert unknown["status"] == "unknown" and unknown["counts_as"] == []
    assert result["have"] == {"skills": ["empathy"], "tools": [], "areas": []}
    for role in result["roles"]:
        want = needs(raw, role["id"])
        check_figure(role["coverage"]["tools"], 0, len(want["tools"]))
        check_figure(
            role["coverage"]["skills"], int("empathy" in want["skills"]), len(want["skills"])
        )


def test_fit_exits_2_when_no_item_resolves(invoke: Invoke) -> None:
    result = invoke("fit", "juggling", "xyzzyq")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "'juggling': unknown" in result.stderr
    assert invoke("fit").exit_code == 2  # no item at all


def test_items_from_standard_input_and_files(invoke: Invoke, tmp_path: Path) -> None:
    text = "# my skills\nzendesk, empathy\n\n   \n공감\nC# \n# freshdesk\n"
    from_stdin = fit_json(invoke, "-", input=text)
    assert [i["item"] for i in from_stdin["items"]] == ["zendesk", "empathy", "공감", "C#"]
    path = tmp_path / "mine.txt"
    path.write_text(text, encoding="utf-8")
    from_file = fit_json(invoke, "slack", "--file", str(path))
    assert [i["item"] for i in from_file["items"]] == ["slack", "zendesk", "empathy", "공감", "C#"]
    missing = invoke("fit", "--file", str(tmp_path / "nope.txt"))
    assert missing.exit_code == 2 and "cannot read" in missing.stderr


def test_split_items() -> None:
    assert split_items(["a, b,,c", "# x", "", " d ", "C#"]) == ["a", "b", "c", "d", "C#"]


def test_fit_role_filter_limit_and_formats(invoke: Invoke, raw: dict[str, Any]) -> None:
    result = fit_json(
        invoke, "empathy", "zendesk", "--role", "coordinator,team-lead", "-r", "support manager"
    )
    assert sorted(r["id"] for r in result["roles"]) == [
        "coordinator",
        "support-manager",
        "team-lead",
    ]
    assert len(fit_json(invoke, "empathy", "-n", "2")["roles"]) == 2
    table = invoke("fit", "zendsk", "공감", "desk")
    assert table.exit_code == 0
    assert "✓ zendsk → Zendesk" in table.stdout and "ambiguous" in table.stdout
    assert max(len(line) for line in table.stdout.splitlines()) <= 80
    with_areas = invoke("fit", "team management", "empathy", "-n", "1")
    assert with_areas.exit_code == 0 and "areas" in with_areas.stdout
    korean = invoke("fit", "젠데스크", "--lang", "ko").stdout
    assert "적합도" in korean and "젠데스크" in korean
    md = invoke("fit", "zendesk", "empathy", "--format", "markdown").stdout
    assert md.startswith("## Roles that fit")
    assert "| # | role | fit | skills | tools | to add | transferable |" in md
    for role_id in raw["roles"]:
        want = needs(raw, role_id)
        skills = f"{int('empathy' in want['skills'])}/{len(want['skills'])}"
        tools = f"{int('zendesk' in want['tools'])}/{len(want['tools'])}"
        row = next(line for line in md.splitlines() if f"| {role_id} (" in line)
        assert f"| {skills} (" in row and f"| {tools} (" in row


# -- gap ----------------------------------------------------------------------------------------


def expected_gap(raw: dict[str, Any], target: str, held: dict[str, set[str]]) -> dict[str, Any]:
    want = needs(raw, target)
    kinds = tool_kinds(raw)
    groups: dict[str, list[str]] = {}
    for tool, category in categories_in(raw, target).items():
        if tool not in held["tools"]:
            groups.setdefault(category, []).append(tool)
    role = raw["roles"][target]
    return {
        "figures": {d: (len([i for i in want[d] if i in held[d]]), len(want[d])) for d in want},
        "skills": [s for s in want["skills"] if s not in held["skills"]],
        "tools": [
            (c, tools, sorted(k for k in held["tools"] if c in kinds.get(k, ())))
            for c, tools in groups.items()
        ],
        "areas": [
            (a, [r["text"]["en"] for r in role["responsibilities"] if a in areas_of(r)])
            for a in want["areas"]
            if a not in held["areas"]
        ],
        "notes": {s["skill"]: s["note"] for s in role["skills"] if isinstance(s, dict)},
    }


def check_gap(result: dict[str, Any], want: dict[str, Any]) -> None:
    for d, (have, needed) in want["figures"].items():
        check_figure(result["coverage"][d], have, needed)
    assert [s["id"] for s in result["skills"]] == want["skills"]
    for skill in result["skills"]:  # each with the target's note, once the dataset has notes
        note = want["notes"].get(skill["id"])
        assert (skill["note"] or None) == (note and {"en": None, "ko": None, **note})
    got_tools = [
        (g["category"], [t["id"] for t in g["tools"]], [t["id"] for t in g["known"]])
        for g in result["tools"]
    ]
    assert got_tools == want["tools"]
    got_areas = [
        (a["id"], [r["text"]["en"] for r in a["responsibilities"]]) for a in result["areas"]
    ]
    assert got_areas == want["areas"]


@pytest.mark.parametrize(("source", "target"), PAIRS)
def test_gap_between_roles_matches_the_file(
    invoke: Invoke, raw: dict[str, Any], source: str, target: str
) -> None:
    result = invoke("gap", source, target, "--json")
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert (payload["from"], payload["to"]) == (source, target)
    check_gap(payload, expected_gap(raw, target, held_by_role(raw, source)))


def test_gap_with_own_items_added_or_instead_of_a_role(invoke: Invoke, raw: dict[str, Any]) -> None:
    added = json.loads(
        invoke("gap", "coordinator", "team-lead", "--have", "five9,갈등 해결", "--json").stdout
    )
    held = held_by_role(raw, "coordinator")
    held["tools"].add("five9")
    held["skills"].add("conflict-resolution")
    held["areas"].add("conflict-resolution")
    check_gap(added, expected_gap(raw, "team-lead", held))
    assert [i["status"] for i in added["items"]] == ["resolved", "resolved"]

    alone = invoke("gap", "팀리더", "--have", "-", "--json", input="zendsk\nEQ\n인내심\n")
    assert alone.exit_code == 0, alone.output
    payload = json.loads(alone.stdout)
    assert payload["from"] is None and payload["to"] == "team-lead"
    own = {"skills": {"emotional-intelligence", "patience"}, "tools": {"zendesk"}, "areas": set()}
    check_gap(payload, expected_gap(raw, "team-lead", own))


def test_gap_markdown_is_a_learning_plan(invoke: Invoke, raw: dict[str, Any]) -> None:
    md = invoke("gap", "coordinator", "team-lead", "--format", "markdown").stdout
    assert md.startswith("# Learning plan: coordinator → team-lead\n")
    sections = [line for line in md.splitlines() if line.startswith("## ")]
    assert sections == [
        "## Skills to learn",
        "## Tools to learn",
        "## Responsibility areas new to you",
    ]
    for skill in expected_gap(raw, "team-lead", held_by_role(raw, "coordinator"))["skills"]:
        assert f"- [ ] **{raw['skills'][skill]['name']['en']}**" in md
    ko = invoke("gap", "coordinator", "team-lead", "--format", "markdown", "--lang", "ko").stdout
    assert ko.startswith("# 학습 계획: coordinator → team-lead")
    assert "- [ ] **갈등 해결**" in ko and "## 새로 맡게 될 책임 영역" in ko
    table = invoke("gap", "coordinator", "team-lead")
    assert table.exit_code == 0 and "Skills to learn" in table.stdout
    assert max(len(line) for line in table.stdout.splitlines()) <= 80


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["team-lead"], 2),  # TO alone needs --have
        (["team-lead", "팀리더"], 2),  # the same role twice
        (["a", "b", "c"], 2),
        (["coordinator", "team-laed"], 1),  # unknown role
        (["team-lead", "--have", "juggling"], 2),  # nothing resolves
    ],
)
def test_gap_errors(invoke: Invoke, args: list[str], code: int) -> None:
    result = invoke("gap", *args)
    assert result.exit_code == code, result.output
    assert result.stdout == ""


# -- the core directly ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bundled() -> Any:
    return load_dataset(DATA_FILE, use_cache=False)


def test_resolution_rule(bundled: Any) -> None:
    index = build_index(bundled)
    same_name = resolve_item(index, "문제 해결")  # a skill and an area share this name
    assert same_name.status == "resolved"
    assert {(m.kind, m.id) for m in same_name.matches} == {
        ("skill", "problem-solving"),
        ("area", "issue-resolution"),
    }
    assert resolve_item(index, "zoho").status == "ambiguous"
    unknown = resolve_item(index, "juggling")
    assert unknown.status == "unknown" and unknown.matches == ()


EXACT = ["Zendesk", "젠데스크", "문제 해결", "conflict-resolution", "Power BI", "EQ", "email"]


@pytest.mark.parametrize("item", [*EXACT, "zendsk", "desk", "ㄱㄷ ㅎㄱ", "juggling"])
def test_exact_names_resolve_as_the_search_would(bundled: Any, item: str) -> None:
    """The catalog's exact-name shortcut gives the search's answer, without the index."""
    index = build_index(bundled)
    catalog = build_catalog(bundled)
    by_search = resolve_item(index, item)
    [shortcut] = resolve_items([item], lambda: index, catalog)
    assert shortcut.status == by_search.status
    assert [(m.kind, m.id) for m in shortcut.matches] == [(m.kind, m.id) for m in by_search.matches]
    assert (item in EXACT) == bool(catalog.exact(item))


def test_index_is_loaded_only_for_inexact_items(bundled: Any) -> None:
    catalog = build_catalog(bundled)
    resolve_items(EXACT, lambda: pytest.fail("index loaded"), catalog)
    calls = []

    def load() -> Any:
        calls.append(1)
        return build_index(bundled)

    resolve_items(["zendsk", "pationce", "Zendesk"], load, catalog)
    assert calls == [1]


def test_skill_notes_and_purposes_reach_the_gap(bundled: Any, raw: dict[str, Any]) -> None:
    """The target's own note on each skill and purpose of each tool kind, from the YAML."""
    role = bundled.role("team-lead")
    gap = role_gap(role, Holdings(), {})
    entries = raw["roles"]["team-lead"]
    notes = {s["skill"]: s["note"] for s in entries["skills"]}
    assert {s.id: s.note for s in gap.skills} == notes
    purposes = {g["category"]: g["purpose"] for g in entries["tools"]}
    assert {g.category: g.purpose for g in gap.tools} == purposes


def test_catalog_round_trip_and_cache(
    bundled: Any, raw: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    catalog = build_catalog(bundled)
    again = parse_catalog(catalog.to_json(), bundled.role_ids)
    assert isinstance(again, Catalog)
    for role_id in raw["roles"]:
        want = needs(raw, role_id)
        got = again.needs(role_id)
        assert (list(got.skills), list(got.tool_ids), list(got.areas)) == (
            want["skills"],
            want["tools"],
            want["areas"],
        )
        assert dict(got.tools) == categories_in(raw, role_id)
    kinds = tool_kinds(raw)
    assert again.tool_categories(["zendesk", "slack", "nope"]) == {
        "zendesk": frozenset(kinds["zendesk"]),
        "slack": frozenset(kinds["slack"]),
    }
    assert parse_catalog(catalog.to_json(), ["other"]) is None
    assert parse_catalog(b"{not json", bundled.role_ids) is None
    assert parse_catalog(b'{"version": 1}', bundled.role_ids) is None
    # through the cache: written by the first load, read (not rebuilt) by the second
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    cached = load_dataset(DATA_FILE)
    load_catalog(cached)
    with contextlib.closing(sqlite3.connect(store.entry_path(cached.digest))) as db:
        stored = db.execute("SELECT name FROM extras").fetchall()
    assert ("careers",) in stored, "the catalog is kept in the stored dataset's file"
    fresh = load_dataset(DATA_FILE)
    monkeypatch.setattr("cs_roles.careers.build_catalog", lambda *a: pytest.fail("rebuilt"))
    warm = load_catalog(fresh)
    assert set(warm.role_ids) == set(raw["roles"])
    assert [(m.kind, m.id) for m in warm.exact("젠데스크")] == [("tool", "zendesk")]


# -- directional coverage in compare and similar ------------------------------------------------


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_compare_gains_coverage_both_ways(
    invoke: Invoke, raw: dict[str, Any], a: str, b: str
) -> None:
    result = json.loads(invoke("compare", a, b, "--json").stdout)
    assert {"shared", "only"} <= set(result["skills"])  # existing keys stay
    for x, y in ((a, b), (b, a)):
        mine, theirs = held_by_role(raw, x), held_by_role(raw, y)
        figures = result["coverage"][x][y]
        for d in ("skills", "tools", "areas"):
            check_figure(figures[d], len(mine[d] & theirs[d]), len(theirs[d]))
        ratios = [len(mine[d] & theirs[d]) / len(theirs[d]) for d in ("skills", "tools")]
        assert figures["overall"] == pytest.approx(sum(ratios) / 2, abs=1e-4)
    table = invoke("compare", a, b, "--only", "skills").stdout
    mine, theirs = held_by_role(raw, a)["skills"], held_by_role(raw, b)["skills"]
    line = " ".join(table.split())
    title_a, title_b = (raw["roles"][r]["title"]["en"] for r in (a, b))  # titles, not ids
    assert f"{title_a} covers {len(mine & theirs)} of {title_b}'s {len(theirs)}" in line
    assert f"{title_b} covers {len(mine & theirs)} of {title_a}'s {len(mine)} skill" in line


def test_similar_by_coverage(invoke: Invoke, raw: dict[str, Any]) -> None:
    by_similarity = json.loads(invoke("similar", "coordinator", "--json").stdout)
    result = json.loads(invoke("similar", "coordinator", "--by", "coverage", "--json").stdout)
    assert result["ranked_by"] == "coverage" and by_similarity["ranked_by"] == "similarity"
    mine = held_by_role(raw, "coordinator")
    scores = {}
    for entry in result["similar"]:
        theirs = held_by_role(raw, entry["id"])
        assert "similarity" in entry and "missing" in entry  # existing keys stay
        for d in ("skills", "tools", "areas"):
            check_figure(entry["coverage"][d], len(mine[d] & theirs[d]), len(theirs[d]))
            check_figure(entry["reverse_coverage"][d], len(mine[d] & theirs[d]), len(mine[d]))
        scores[entry["id"]] = entry["coverage"]["overall"]
    ranked = [e["id"] for e in result["similar"]]
    assert [scores[r] for r in ranked] == sorted(scores.values(), reverse=True)
    assert "covers" in invoke("similar", "coordinator", "--by", "coverage").stdout


def test_names_index_leaves_the_sentences_out(tmp_path: Path) -> None:
    from cs_roles.careers import load_names_index

    dataset = load_dataset(DATA_FILE)
    first = load_names_index(dataset)
    assert first["texts.forms"] == [] and first["words.forms"] == []
    [resolution] = resolve_items(["zendsk"], first)
    assert [(m.kind, m.id) for m in resolution.matches] == [("tool", "zendesk")]


def test_three_roles_show_coverage_row_by_column(invoke: Invoke, raw: dict[str, Any]) -> None:
    roles = ["coordinator", "support-manager", "team-lead"]
    md = invoke("compare", *roles, "--only", "skills", "--format", "markdown").stdout
    rows = {
        line.split(" | ")[0].strip("| "): [c.strip(" |") for c in line.split(" | ")[1:]]
        for line in md.splitlines()
        if line.startswith("| ") and line.split(" | ")[0].strip("| ") in roles
    }
    for row in roles:
        for column, cell in zip(roles, rows[row], strict=True):
            mine, theirs = held_by_role(raw, row)["skills"], held_by_role(raw, column)["skills"]
            assert cell == ("–" if row == column else f"{len(mine & theirs)}/{len(theirs)}")
    table = invoke("compare", *roles, "--only", "skills")
    assert "coverage: the row role has" in table.stdout
    assert max(len(line) for line in table.stdout.splitlines()) <= 80


# -- a slice of O*NET: tools only, filed under commodity categories ---------------------------

ONET_SLICE = {"43-4051.00", "43-1011.00", "11-3012.00", "13-1071.00", "15-1252.00", "41-2031.00"}


def test_fit_and_gap_on_an_onet_slice(invoke: Invoke, tmp_path: Path) -> None:
    require_shared(ONET)
    import importlib.util

    import yaml

    spec = importlib.util.spec_from_file_location(
        "onet_to_yaml", REPO / "bench" / "onet_to_yaml.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text, _stats = module.convert(ONET, ONET_SLICE)
    path = tmp_path / "onet.yaml"
    path.write_text(text, encoding="utf-8")
    raw = yaml.safe_load(text)
    items = ["Microsoft Excel", "Salesforce software", "microsoft wrd"]  # the last one typo'd
    result = fit_json(invoke, *items, "--data", str(path))
    assert [i["status"] for i in result["items"]] == ["resolved"] * 3
    held = {"skills": set(), "areas": set(), "tools": set(result["have"]["tools"])}
    assert held["tools"] == {"microsoft-excel", "salesforce-software", "microsoft-word"}
    kinds: dict[str, set[str]] = {}
    for role in raw["roles"].values():
        for use in role.get("tools") or []:
            kinds.setdefault(use["tool"], set()).add(use["category"])
    expected = {}
    for role_id, role in raw["roles"].items():
        uses = {u["tool"]: u["category"] for u in role.get("tools") or []}
        have = len(set(uses) & held["tools"])
        transfers = [
            {"tool": t, "category": c, "known": sorted(k for k in held["tools"] if c in kinds[k])}
            for t, c in uses.items()
            if t not in held["tools"] and any(c in kinds[k] for k in held["tools"])
        ]
        score = have / len(uses) if uses else -1.0
        expected[role_id] = (score, have, transfers, len(uses))
    for role in result["roles"]:
        score, have, transfers, needed = expected[role["id"]]
        check_figure(role["coverage"]["tools"], have, needed)
        check_figure(role["coverage"]["skills"], 0, 0)
        assert role["transferable"] == transfers
    order = sorted(
        expected, key=lambda r: (-expected[r][0], -expected[r][1], -len(expected[r][2]), r)
    )
    assert [r["id"] for r in result["roles"]] == order
    gap = invoke("gap", "43-4051.00", "43-1011.00", "--data", str(path), "--json")
    assert gap.exit_code == 0, gap.output
    payload = json.loads(gap.stdout)
    mine = {u["tool"] for u in raw["roles"]["43-4051.00"]["tools"]}
    theirs = raw["roles"]["43-1011.00"]["tools"]
    groups: dict[str, list[str]] = {}  # missing tools by category, in the target's order
    for use in theirs:
        if use["tool"] not in mine:
            groups.setdefault(use["category"], []).append(use["tool"])
    got = [(g["category"], [t["id"] for t in g["tools"]]) for g in payload["tools"]]
    assert got == list(groups.items())
