"""A team against the roles, every figure checked against the YAML file.

What each written item names is labelled here by hand from the YAML (as in test_careers);
every figure expected (coverage, who covers a role, who is closest, holders, single points,
training order, matrix cells) is then computed in this file from the raw YAML (the `raw`
fixture), never read from csroles. A person's readiness is checked against `csroles fit`
run through the CLI on the same items.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import os
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from conftest import DATA_FILE, ONET, REPO, Invoke, require_shared

from cs_roles.dataset import load_dataset
from cs_roles.errors import RoleNotFound
from cs_roles.roster import Roster, read_roster
from cs_roles.team import MIN_COVERAGE, Team, plan_team

Label = list[tuple[str, str]] | None  # what a written item names; None: it must not count
# name, role as written (and the role id it names, or None), then per column the items.
PEOPLE: list[dict[str, Any]] = [
    {
        "name": "김민지",
        "role": ("팀 리더", "team-lead"),
        "skills": {"공감": [("skill", "empathy")], "문제 해결": [("skill", "problem-solving")],
                   "인내심": [("skill", "patience")]},
        "tools": {"젠데스크": [("tool", "zendesk")], "salesforse": [("tool", "salesforce")],
                  "Power BI": [("tool", "power-bi")]},
        "areas": {"문제 해결": [("area", "issue-resolution")]},
    },
    {
        "name": "Alex Baker",
        "role": ("coordinator", "coordinator"),
        "skills": {"empathy": [("skill", "empathy")], "communication": [("skill", "communication")],
                   "leadership": [("skill", "leadership")]},
        "tools": {"Zendesk": [("tool", "zendesk")], "Slack": [("tool", "slack")],
                  "tableau": [("tool", "tableau")]},
        "areas": {"team management": [("area", "team-management")]},
    },
    {
        "name": "Lee Jun",
        "role": ("Chief Happiness Officer", None),
        "skills": {"EQ": [("skill", "emotional-intelligence")],
                   "emotional inteligence": [("skill", "emotional-intelligence")],
                   "Zendesk": None},  # a tool written under skills: not a skill
        "tools": {"blahblah qqq": None, "Freshdesk": [("tool", "freshdesk")]},
        "areas": {},
    },
    {
        "name": "박서준",
        "role": ("", None),
        "skills": {"갈등 해결": [("skill", "conflict-resolution")]},
        "tools": {"zendsk": [("tool", "zendesk")]},
        "areas": {"갈등 해결": [("area", "conflict-resolution")]},
    },
    {
        "name": "Sam Ito",
        "role": ("support manager", "support-manager"),
        "skills": {"communication": [("skill", "communication")],
                   "problem solving": [("skill", "problem-solving")],
                   "time management": [("skill", "time-management")]},
        "tools": {"Salesforce": [("tool", "salesforce")], "Zendesk": [("tool", "zendesk")],
                  "HubSpot": [("tool", "hubspot")], "Freshdesk": [("tool", "freshdesk")],
                  "Slack": [("tool", "slack")]},
        "areas": {},
    },
]  # fmt: skip
COLUMNS = ("skills", "tools", "areas")
KIND = {"skills": "skill", "tools": "tool", "areas": "area"}
ORDER = {"skill": 0, "tool": 1, "area": 2}


# -- the roster, in every format ------------------------------------------------------------


def table(korean: bool = True) -> list[list[str]]:
    korean_header = ["이름", "역할", "기술", "도구", "업무 영역"]
    header = korean_header if korean else ["name", "role", "skills", "tools", "areas"]
    rows = [header]
    for n, person in enumerate(PEOPLE):
        join = "; " if n % 2 else ", "
        rows.append([person["name"], person["role"][0], *(join.join(person[c]) for c in COLUMNS)])
    return rows


def write_roster(directory: Path, fmt: str) -> Path:
    path = directory / f"team.{fmt}"
    rows = table(korean=fmt != "tsv")
    if fmt in ("csv", "tsv"):
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            csv.writer(handle, delimiter="\t" if fmt == "tsv" else ",").writerows(rows)
    elif fmt == "xlsx":
        import openpyxl

        workbook = openpyxl.Workbook()
        for row in rows:
            workbook.active.append(row)
        workbook.save(path)
    else:
        people = [
            {"name": p["name"], "role": p["role"][0], **{c: list(p[c]) for c in COLUMNS}}
            for p in PEOPLE
        ]
        text = (
            json.dumps(people, ensure_ascii=False)
            if fmt == "json"
            else yaml.safe_dump(people, allow_unicode=True)
        )
        path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def roster(tmp_path: Path) -> Roster:
    return read_roster(write_roster(tmp_path, "csv"))


@pytest.fixture(scope="module")
def dataset() -> Any:
    return load_dataset(DATA_FILE, use_cache=False)


# -- independent computation from the YAML --------------------------------------------------


def needs(raw: dict[str, Any], role_id: str) -> dict[str, list[str]]:
    """A role's skills, tools and areas, each once, in the file's order."""
    role = raw["roles"][role_id]
    skills = [s["skill"] if isinstance(s, dict) else s for s in role["skills"]]
    tools = [t for group in role["tools"] for t in group["tools"]]
    areas = [a for r in role["responsibilities"] for a in r.get("areas") or ()]
    return {d: list(dict.fromkeys(v)) for d, v in zip(COLUMNS, (skills, tools, areas), strict=True)}


def held(person: dict[str, Any]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {c: set() for c in COLUMNS}
    for column in COLUMNS:
        for label in person[column].values():
            for kind, ident in label or ():
                out[{"skill": "skills", "tool": "tools", "area": "areas"}[kind]].add(ident)
    return out


def figures(have: dict[str, set[str]], need: dict[str, list[str]]) -> dict[str, Any]:
    """fit's coverage object, computed here."""
    out: dict[str, Any] = {}
    for d in COLUMNS:
        got, size = len(have[d] & set(need[d])), len(need[d])
        out[d] = {"have": got, "needed": size, "ratio": round(got / size, 4) if size else None}
    ratios = [len(have[d] & set(need[d])) / len(need[d]) for d in ("skills", "tools") if need[d]]
    out["overall"] = round(sum(ratios) / len(ratios), 4) if ratios else None
    return out


def figure(have: dict[str, set[str]], need: dict[str, list[str]]) -> float | None:
    ratios = [len(have[d] & set(need[d])) / len(need[d]) for d in ("skills", "tools") if need[d]]
    return sum(ratios) / len(ratios) if ratios else None


def english(raw: dict[str, Any], kind: str, ident: str) -> str:
    entry = raw[{"skill": "skills", "tool": "tools", "area": "areas"}[kind]][ident]
    name = entry["name"] if isinstance(entry, dict) and "name" in entry else entry
    return name if isinstance(name, str) else name["en"]


def expected_covers(
    raw: dict[str, Any], people: list[tuple[str, dict[str, set[str]]]], threshold: float
) -> dict[str, tuple[int, list[str], float | None]]:
    """Per role: how many reach the threshold, the closest (best figure, most in common
    first, then roster order), the best figure (rounded as the JSON prints it)."""
    out = {}
    for role_id in raw["roles"]:
        need = needs(raw, role_id)
        scored = []
        for position, (name, have) in enumerate(people):
            value = figure(have, need)
            common = sum(len(have[d] & set(need[d])) for d in ("skills", "tools"))
            scored.append((value, common, position, name))
        if all(v is None for v, *_ in scored):
            out[role_id] = (0, [], None)
            continue
        covered = sum(1 for v, *_ in scored if v is not None and v >= threshold)
        best = max(v for v, *_ in scored if v is not None)
        closest = sorted((-c, p, n) for v, c, p, n in scored if v == best and best > 0)
        out[role_id] = (covered, [n for _c, _p, n in closest], round(best, 4))
    return out


def labelled_people() -> list[tuple[str, dict[str, set[str]]]]:
    return [(p["name"], held(p)) for p in PEOPLE]


# -- resolution -------------------------------------------------------------------------------


def test_items_count_as_the_kind_their_column_names(dataset: Any, roster: Roster) -> None:
    team = plan_team(dataset, roster, use_cache=False)
    for person, expected in zip(team.people, PEOPLE, strict=True):
        have = held(expected)
        assert {d: set(person.have.of(d)) for d in COLUMNS} == have, person.name
        assert person.role == expected["role"][1]
    unresolved = [(p.name, p.row, u.column, u.item, u.status) for p, u in team.unresolved]
    assert unresolved == [
        ("Lee Jun", 4, "role", "Chief Happiness Officer", "unknown"),
        ("Lee Jun", 4, "skills", "Zendesk", "unknown"),
        ("Lee Jun", 4, "tools", "blahblah qqq", "unknown"),
    ]
    skill_slip = team.people[2].unresolved[1]
    assert ("tool", "zendesk") in {(s.kind, s.id) for s in skill_slip.suggestions}


def test_unresolved_lines_name_the_file_row_and_column(dataset: Any, roster: Roster) -> None:
    team = plan_team(dataset, roster, use_cache=False)
    lines = [u.render("en", roster.path) for _p, u in team.unresolved]
    assert lines[1].startswith(f"{roster.path}: row 4, column C ('기술'): 'Zendesk' is not a skill")
    assert "closest: " in lines[1] and "Zendesk (tool)" in lines[1]
    assert lines[0].startswith(f"{roster.path}: row 4, column B ('역할'): 'Chief Happiness")
    korean = [u.render("ko", roster.path) for _p, u in team.unresolved]
    assert korean[2].startswith(f"{roster.path}: 4행 D열('도구'): 'blahblah qqq'은(는)")
    assert all("반영하지 않습니다" in line for line in korean)


@pytest.mark.parametrize("fmt", ["tsv", "xlsx", "yaml", "json", "stdin"])
def test_every_format_gives_the_same_answers(
    dataset: Any, roster: Roster, tmp_path: Path, fmt: str
) -> None:
    if fmt == "stdin":
        data = write_roster(tmp_path, "yaml").read_bytes()
        other = read_roster("-", stdin=io.BytesIO(data))
    else:
        other = read_roster(write_roster(tmp_path, fmt))
    first = plan_team(dataset, roster, "team-lead", use_cache=False).to_json()
    second = plan_team(dataset, other, "team-lead", use_cache=False).to_json()
    for payload in (first, second):
        payload.pop("row_unit")
        for person in payload["people"]:
            person.pop("row")
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)


# -- readiness equals fit ---------------------------------------------------------------------


def fit_of(invoke: Invoke, items: list[str], role: str) -> dict[str, Any]:
    result = invoke("fit", *items, "--role", role, "--json")
    assert result.exit_code == 0, result.output
    found: dict[str, Any] = json.loads(result.stdout)["roles"][0]
    return found


@pytest.mark.parametrize("target", ["team-lead", "coordinator", "experience-manager"])
def test_readiness_equals_fit_of_the_same_items(
    invoke: Invoke, dataset: Any, roster: Roster, raw: dict[str, Any], target: str
) -> None:
    payload = plan_team(dataset, roster, target, use_cache=False).to_json()
    for person, expected in zip(payload["people"], PEOPLE, strict=True):
        items = [i for c in COLUMNS for i, label in expected[c].items()]
        if expected["name"] == "Lee Jun":  # fit would count his "Zendesk" as the tool
            items.remove("Zendesk")
        fit = fit_of(invoke, items, target)
        assert person["coverage"] == fit["coverage"], person["name"]
        assert person["coverage"] == figures(held(expected), needs(raw, target))
        assert person["lacks"] == fit["missing"]
        assert person["target"] == target and person["role"] == expected["role"][1]


def test_the_column_decides_where_fit_counts_both(
    invoke: Invoke, dataset: Any, tmp_path: Path
) -> None:
    """문제 해결 is the skill problem-solving and the area issue-resolution: fit counts both;
    under skills alone it is the skill alone."""
    path = tmp_path / "one.csv"
    path.write_text("name,skills\nKim,문제 해결\n", encoding="utf-8")
    person = plan_team(dataset, read_roster(path), "team-lead", use_cache=False).to_json()
    fit = fit_of(invoke, ["문제 해결"], "team-lead")
    mine = person["people"][0]["coverage"]
    assert mine["skills"] == fit["coverage"]["skills"] and mine["tools"] == fit["coverage"]["tools"]
    assert fit["coverage"]["areas"]["have"] == 1 and mine["areas"]["have"] == 0
    assert person["people"][0]["have"] == {"skills": ["problem-solving"], "tools": [], "areas": []}


def test_without_a_target_each_person_is_measured_against_their_own_role(
    invoke: Invoke, dataset: Any, roster: Roster, raw: dict[str, Any]
) -> None:
    payload = plan_team(dataset, roster, use_cache=False).to_json()
    assert payload["role"] is None
    for person, expected in zip(payload["people"], PEOPLE, strict=True):
        own = expected["role"][1]
        assert person["target"] == own
        if own is None:
            assert person["coverage"] is None
            assert person["lacks"] == {"skills": [], "tools": [], "areas": []}
        else:
            assert person["coverage"] == figures(held(expected), needs(raw, own))


# -- roles, items, training, matrix -------------------------------------------------------------


@pytest.mark.parametrize("threshold", [0.0, 0.1, 0.2, MIN_COVERAGE, 0.75, 1.0])
def test_role_covers_against_the_yaml(
    dataset: Any, roster: Roster, raw: dict[str, Any], threshold: float
) -> None:
    payload = plan_team(dataset, roster, min_coverage=threshold, use_cache=False).to_json()
    assert payload["threshold"] == threshold
    expected = expected_covers(raw, labelled_people(), threshold)
    got = {r["id"]: (r["covered"], r["closest"], r["best"]) for r in payload["roles"]}
    assert got == expected
    assert [r["id"] for r in payload["roles"]] == list(raw["roles"])
    if threshold == 0.0:
        assert all(r["covered"] == len(PEOPLE) for r in payload["roles"])


def test_items_holders_single_points_and_nobody(
    dataset: Any, roster: Roster, raw: dict[str, Any]
) -> None:
    payload = plan_team(dataset, roster, "Team Lead", use_cache=False).to_json()
    assert payload["role"] == "team-lead"
    need = needs(raw, "team-lead")
    people = labelled_people()
    holders: dict[tuple[str, str], list[str]] = {}
    for name, have in people:
        for d in COLUMNS:
            for ident in have[d]:
                holders.setdefault((KIND[d], ident), []).append(name)
    needed = [(KIND[d], i) for d in COLUMNS for i in need[d]]
    extra = {k for k in holders if k not in needed}
    items = payload["items"]
    assert [(i["kind"], i["id"]) for i in items][: len(needed)] == needed
    assert {(i["kind"], i["id"]) for i in items[len(needed) :]} == extra
    for item in items:
        key = (item["kind"], item["id"])
        assert item["holders"] == [n for n, _h in people if n in holders.get(key, [])]
        assert item["count"] == len(item["holders"])
        assert item["needed_by"] == (["team-lead"] if key in needed else [])
        assert item["name"]["en"] == english(raw, *key)
    assert [(s["kind"], s["id"], s["holder"]) for s in payload["single_points"]] == [
        (*k, holders[k][0]) for k in needed if len(holders.get(k, [])) == 1
    ]
    assert [(n["kind"], n["id"]) for n in payload["nobody"]] == [
        k for k in needed if k not in holders
    ]


def test_every_role_in_scope_without_a_target(
    dataset: Any, roster: Roster, raw: dict[str, Any]
) -> None:
    payload = plan_team(dataset, roster, use_cache=False).to_json()
    needed_by: dict[tuple[str, str], list[str]] = {}
    for role_id in raw["roles"]:
        for d, idents in needs(raw, role_id).items():
            for ident in idents:
                needed_by.setdefault((KIND[d], ident), []).append(role_id)
    got = {(i["kind"], i["id"]): i["needed_by"] for i in payload["items"] if i["needed_by"]}
    assert got == needed_by
    nobody = {(n["kind"], n["id"]) for n in payload["nobody"]}
    held_keys = {(KIND[d], i) for _n, have in labelled_people() for d in COLUMNS for i in have[d]}
    assert nobody == set(needed_by) - held_keys


def test_training_plan_most_lacked_first(dataset: Any, roster: Roster, raw: dict[str, Any]) -> None:
    payload = plan_team(dataset, roster, "team-lead", use_cache=False).to_json()
    need = needs(raw, "team-lead")
    lacking: dict[tuple[str, str], list[str]] = {}
    for name, have in labelled_people():
        for d in COLUMNS:
            for ident in need[d]:
                if ident not in have[d]:
                    lacking.setdefault((KIND[d], ident), []).append(name)
    order = sorted(
        lacking,
        key=lambda k: (-len(lacking[k]), english(raw, *k).casefold(), ORDER[k[0]], k[1]),
    )
    assert [((t["kind"], t["id"]), t["lacking"], t["count"]) for t in payload["training"]] == [
        (k, lacking[k], len(lacking[k])) for k in order
    ]


def test_matrix_have_lack_not_needed(dataset: Any, roster: Roster, raw: dict[str, Any]) -> None:
    team = plan_team(dataset, roster, "team-lead", use_cache=False)
    matrix = team.matrix()
    need = needs(raw, "team-lead")
    needed = {(KIND[d], i) for d in COLUMNS for i in need[d]}
    people = labelled_people()
    held_keys = {(KIND[d], i) for _n, have in people for d in COLUMNS for i in have[d]}
    assert {(c.kind, c.id) for c in matrix.columns} == needed | held_keys
    assert [name for name, _cells in matrix.rows] == [n for n, _h in people]
    for (name, cells), (_same, have) in zip(matrix.rows, people, strict=True):
        for column, cell in zip(matrix.columns, cells, strict=True):
            mine = (
                column.id
                in have[{"skill": "skills", "tool": "tools", "area": "areas"}[column.kind]]
            )
            expected = (
                "have" if mine else "lack" if (column.kind, column.id) in needed else "not_needed"
            )
            assert cell == expected, (name, column.id)
    some = [(c.kind, c.id) for c in matrix.columns[::3]]
    assert [(c.kind, c.id) for c in team.matrix(only=some).columns] == some


def test_json_contract_shape(dataset: Any, roster: Roster) -> None:
    payload = plan_team(dataset, roster, "team-lead", use_cache=False).to_json()
    json.dumps(payload)  # plain data
    assert set(payload) >= {"role", "threshold", "people", "items", "single_points", "nobody",
                            "training", "roles"}  # fmt: skip
    person = payload["people"][0]
    assert set(person) >= {"name", "row", "role", "coverage", "lacks", "unresolved"}
    assert set(person["coverage"]) == {"skills", "tools", "areas", "overall"}
    assert set(payload["items"][0]) >= {"kind", "id", "name", "needed_by", "holders", "count"}
    assert set(payload["training"][0]) >= {"kind", "id", "lacking"}
    lee = payload["people"][2]
    assert lee["unresolved"][1]["suggestions"][0].keys() == {"kind", "id", "name"}


def test_target_role_by_any_name_and_unknown(dataset: Any, roster: Roster) -> None:
    assert plan_team(dataset, roster, "팀 리더", use_cache=False).role == "team-lead"
    with pytest.raises(RoleNotFound):
        plan_team(dataset, roster, "no such role", use_cache=False)


# -- privacy ------------------------------------------------------------------------------------


def test_nothing_of_the_roster_reaches_the_cache(
    roster: Roster, isolated_cache: Path, tmp_path: Path
) -> None:
    dataset = load_dataset(DATA_FILE)  # with the cache, as a command would
    plan_team(dataset, roster, "team-lead").to_json()
    plan_team(dataset, roster)
    secrets = [p["name"] for p in PEOPLE] + ["blahblah qqq", "Chief Happiness", "salesforse"]
    files = [Path(d, f) for d, _dirs, names in os.walk(isolated_cache) for f in names]
    assert files  # the dataset's caches were written
    for file in files:
        data = file.read_bytes()
        for secret in secrets:
            assert secret.encode("utf-8") not in data, (file, secret)
    assert sorted(os.listdir(tmp_path)) == ["team.csv"]


# -- at scale: generated rosters against a brute-force computation ----------------------------


def roster_gen() -> ModuleType:
    spec = importlib.util.spec_from_file_location("roster_gen", REPO / "bench" / "roster_gen.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def brute_force(team: Team, raw: dict[str, Any], threshold: float) -> None:
    """Every role's figures, person by person from the YAML, against the team's."""
    people = [(p.name, {d: set(p.have.of(d)) for d in COLUMNS}) for p in team.people]
    expected = expected_covers(raw, people, threshold)
    got = {r.id: (r.covered, list(r.closest), None if r.best is None else round(r.best, 4))
           for r in team.roles}  # fmt: skip
    assert got == expected


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_generated_rosters_on_the_bundled_data(
    dataset: Any, raw: dict[str, Any], tmp_path: Path, seed: int
) -> None:
    module = roster_gen()
    rows = module.generate(dataset, 60, seed)
    path = tmp_path / "gen.csv"
    module.write_roster(rows, path, "csv", seed % 2 == 0, seed)
    roster = read_roster(path)
    assert len(roster.people) == 60
    team = plan_team(dataset, roster, use_cache=False)
    assert team.unresolved  # the generator writes items no dataset has
    for threshold in (0.0, 0.3, MIN_COVERAGE):
        brute_force(
            plan_team(dataset, roster, min_coverage=threshold, use_cache=False), raw, threshold
        )


def test_generated_roster_on_an_onet_slice(tmp_path: Path) -> None:
    require_shared(ONET)
    converter = importlib.util.spec_from_file_location(
        "onet_to_yaml", REPO / "bench" / "onet_to_yaml.py"
    )
    assert converter and converter.loader
    onet = importlib.util.module_from_spec(converter)
    converter.loader.exec_module(onet)
    codes = [
        line.split("\t")[0]
        for line in (ONET / "Occupation Data.txt").read_text(encoding="utf-8").splitlines()[1:]
    ]
    text, stats = onet.convert(ONET, set(codes[:: len(codes) // 120]))
    path = tmp_path / "onet.yaml"
    path.write_text(text, encoding="utf-8")
    raw = yaml.safe_load(text)
    for role in raw["roles"].values():  # format 1: tools as {tool, category}, no skills
        role["tools"] = [{"tools": [use["tool"] for use in role.get("tools") or []]}]
        role["skills"], role["responsibilities"] = [], []
    dataset = load_dataset(path, use_cache=False)
    module = roster_gen()
    rows = module.generate(dataset, 400, 7, typos=5, unknowns=3)
    roster_path = tmp_path / "gen.csv"
    module.write_roster(rows, roster_path, "csv", False, 7)
    roster = read_roster(roster_path)
    for threshold in (0.0, 0.2, MIN_COVERAGE):
        team = plan_team(dataset, roster, min_coverage=threshold, use_cache=False)
        brute_force(team, raw, threshold)
    assert stats["roles"] == len(team.roles)
