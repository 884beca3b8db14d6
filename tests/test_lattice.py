"""The career lattice, routes along it and their pictures.

Expected values come from an independent reading of the YAML (yaml.safe_load): the edges
from the rungs, the shortest routes by enumerating every path, each step's gap as the
target's items less the source's and the person's.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import DATA_FILE

from cs_roles import messages
from cs_roles.careers import Holdings, load_catalog
from cs_roles.dataset import Dataset, load_dataset
from cs_roles.lattice import (
    Lattice,
    build_lattice,
    plan_path,
    resolve_position,
    shortest_routes,
)
from cs_roles.render.ladder import cells, ladder_html, ladder_lines, ladder_mermaid, ladder_svg
from cs_roles.render.route import route_lines, route_markdown
from cs_roles.results import to_json_value

LANGS = ("en", "ko", "en+ko")


# -- an independent reading of the YAML -----------------------------------------------------


def stated_edges(raw: dict[str, Any]) -> dict[tuple[str, str], set[str]]:
    """(from, to) -> the roles whose career paths put `to` on the rung after `from`."""
    edges: dict[tuple[str, str], set[str]] = {}
    for role_id, role in raw["roles"].items():
        rungs = [r["positions"] for r in role.get("career_path") or () if isinstance(r, dict)]
        for lower, upper in pairwise(rungs):
            for a in lower:
                for b in upper:
                    edges.setdefault((a, b), set()).add(role_id)
    return edges


def all_shortest(
    edges: dict[tuple[str, str], set[str]], start: str, goal: str
) -> set[tuple[str, ...]]:
    """Every simple path from start to goal, the shortest of them."""
    found: list[tuple[str, ...]] = []

    def walk(trail: tuple[str, ...]) -> None:
        if trail[-1] == goal:
            found.append(trail)
            return
        for a, b in edges:
            if a == trail[-1] and b not in trail:
                walk((*trail, b))

    walk((start,))
    if not found:
        return set()
    shortest = min(len(p) for p in found)
    return {p for p in found if len(p) == shortest}


def needs(role: dict[str, Any]) -> dict[str, set[str]]:
    skills = {s["skill"] if isinstance(s, dict) else s for s in role.get("skills") or ()}
    tools = {t for g in role.get("tools") or () for t in g.get("tools") or ()}
    areas = {
        a
        for r in role.get("responsibilities") or ()
        if isinstance(r, dict)
        for a in r.get("areas") or ()
    }
    return {"skills": skills, "tools": tools, "areas": areas}


def expected_gap(
    raw: dict[str, Any], a: str, b: str, have: dict[str, set[str]]
) -> set[tuple[str, str]]:
    held, wanted = needs(raw["roles"][a]), needs(raw["roles"][b])
    return {
        (d, i)
        for d in wanted
        for i in wanted[d]
        if i not in held[d] and i not in have.get(d, set())
    }


def role_of(raw: dict[str, Any], position: str) -> str | None:
    role = raw["positions"][position].get("role")
    return role if role in raw["roles"] else None


# -- fixtures ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bundled() -> tuple[Dataset, Lattice]:
    dataset = load_dataset(DATA_FILE, use_cache=False)
    return dataset, build_lattice(dataset)


SMALL = """\
schema_version: 3
skills:
  s1: {name: {en: Skill one, ko: 기술 하나}}
  s2: {name: {en: Skill two, ko: 기술 둘}}
  s3: {name: {en: Skill three, ko: 기술 셋}}
  s4: {name: {en: Skill four, ko: 기술 넷}}
positions:
  start: {name: {en: Starter, ko: 시작}, role: start, level: entry}
  left: {name: {en: 'Left "quoted" <one> #1', ko: 왼쪽}, role: left, level: experienced}
  right: {name: {en: Right, ko: 오른쪽}, role: right, level: experienced}
  goal: {name: {en: Goal, ko: 목표}, role: goal, level: lead}
  outside: {name: {en: Outside, ko: 바깥}, level: executive}
roles:
  start:
    title: Starter
    skills: [s1]
    career_path:
      - {positions: [start], text: Start here}
      - {positions: [left], text: Then left}
      - {positions: [goal], text: Then the goal}
  left:
    title: Left
    skills: [s1, s2]
    career_path:
      - {positions: [start], text: From the start}
      - {positions: [left], text: To the left}
  right:
    title: Right
    skills: [s3]
    growth: [Move into consulting]
  goal:
    title: Goal
    skills: [s2, s3, s4]
    career_path:
      - {positions: [start], text: A start}
      - {positions: [right], text: The right}
      - {positions: [goal], text: The goal}
"""


@pytest.fixture
def small(tmp_path: Path) -> tuple[Dataset, Lattice, dict[str, Any]]:
    path = tmp_path / "small.yaml"
    path.write_text(SMALL, encoding="utf-8")
    dataset = load_dataset(path, use_cache=False)
    return dataset, build_lattice(dataset), yaml.safe_load(SMALL)


# -- the lattice ------------------------------------------------------------------------------


def test_every_edge_is_a_move_the_articles_it_names_state(
    bundled: tuple[Dataset, Lattice], raw: dict[str, Any]
) -> None:
    _, lattice = bundled
    expected = stated_edges(raw)
    got = {(e.source_id, e.target_id): e for e in lattice.edges}
    assert set(got) == set(expected)
    for key, edge in got.items():
        assert edge.sources, key
        assert {s.role for s in edge.sources} == expected[key]
        assert len(edge.sources) == len({s.role for s in edge.sources})
        for source in edge.sources:
            article = raw["roles"][source.role]
            assert (source.file, source.title) == (
                article["source"]["file"],
                article["source"]["title"],
            )
            rungs = article["career_path"]
            assert key[0] in rungs[source.rung]["positions"]
            assert key[1] in rungs[source.rung + 1]["positions"]


def test_moves_stated_by_several_articles_are_one_edge(
    bundled: tuple[Dataset, Lattice], raw: dict[str, Any]
) -> None:
    _, lattice = bundled
    shared = {k for k, roles in stated_edges(raw).items() if len(roles) > 1}
    assert shared, "the bundled articles share moves"
    keys = [(e.source_id, e.target_id) for e in lattice.edges]
    assert len(keys) == len(set(keys))


def test_nodes_are_the_positions_with_roles_marked(
    bundled: tuple[Dataset, Lattice], raw: dict[str, Any]
) -> None:
    _, lattice = bundled
    assert set(lattice.positions) == set(raw["positions"])
    for ident, entry in raw["positions"].items():
        position = lattice.positions[ident]
        assert position.level == entry.get("level")
        assert dict(position.name) == entry["name"]
        assert position.is_role == (role_of(raw, ident) is not None)
    order = [p.level for p in lattice.positions.values()]
    levels = ["entry", "experienced", "lead", "manager", "director", "executive"]
    assert order == sorted(order, key=levels.index)


def test_growth_options_are_branches_of_the_roles_own_position(
    bundled: tuple[Dataset, Lattice], raw: dict[str, Any]
) -> None:
    _, lattice = bundled
    for role_id, role in raw["roles"].items():
        own = [p for p, e in raw["positions"].items() if e.get("role") == role_id]
        branches = [b for b in lattice.branches if b.role == role_id]
        assert [dict(b.text) for b in branches] == role.get("growth", [])
        assert {b.position_id for b in branches} <= set(own or [None])
    branch_texts = {json.dumps(dict(b.text), sort_keys=True) for b in lattice.branches}
    rung_texts = {
        json.dumps(r["text"], sort_keys=True)
        for role in raw["roles"].values()
        for r in role["career_path"]
    }
    assert not branch_texts & rung_texts


def test_lattice_json_shape(bundled: tuple[Dataset, Lattice], raw: dict[str, Any]) -> None:
    _, lattice = bundled
    out = to_json_value(lattice.to_result())
    assert [n["id"] for n in out["nodes"]] == list(lattice.positions)
    assert len(out["edges"]) == len(stated_edges(raw))
    for edge in out["edges"]:
        assert set(edge) == {"from", "to", "sources"}
        for source in edge["sources"]:
            assert source["source"]["file"] == raw["roles"][source["role"]]["source"]["file"]
    assert sum(len(level["positions"]) for level in out["levels"]) == len(raw["positions"])
    assert len(out["branches"]) == sum(len(r.get("growth", [])) for r in raw["roles"].values())


# -- routes -----------------------------------------------------------------------------------


def role_pairs(raw: dict[str, Any]) -> Iterator[tuple[str, str]]:
    positions = list(raw["positions"])
    edges = stated_edges(raw)
    for a in positions:
        for b in positions:
            if a != b and role_of(raw, a) and role_of(raw, b) and all_shortest(edges, a, b):
                yield a, b


def test_routes_between_roles_are_all_the_shortest(
    bundled: tuple[Dataset, Lattice], raw: dict[str, Any]
) -> None:
    _, lattice = bundled
    edges = stated_edges(raw)
    pairs = list(role_pairs(raw))
    assert pairs
    for a, b in pairs:
        routes = shortest_routes(lattice, a, b, limit=50)
        assert {r.position_ids for r in routes} == all_shortest(edges, a, b)
        for route in routes:
            for step in route.steps:
                assert {s.role for s in step.sources} == edges[(step.source_id, step.target_id)]


def test_every_shortest_route_from_each_position_matches_the_yaml(
    bundled: tuple[Dataset, Lattice], raw: dict[str, Any]
) -> None:
    _, lattice = bundled
    edges = stated_edges(raw)
    for a in raw["positions"]:
        for b in raw["positions"]:
            if a != b:
                got = {r.position_ids for r in shortest_routes(lattice, a, b, limit=50)}
                assert got == all_shortest(edges, a, b), (a, b)


def test_the_limit_keeps_the_first_routes(
    bundled: tuple[Dataset, Lattice], raw: dict[str, Any]
) -> None:
    _, lattice = bundled
    edges = stated_edges(raw)
    many = [
        (a, b)
        for a in raw["positions"]
        for b in raw["positions"]
        if len(all_shortest(edges, a, b)) > 1
    ]
    assert many
    a, b = many[0]
    every = shortest_routes(lattice, a, b, limit=50)
    assert shortest_routes(lattice, a, b, limit=1) == every[:1]


def check_plan(raw: dict[str, Any], plan_json: dict[str, Any], have: dict[str, set[str]]) -> None:
    """Each step's gap is the target's items less the source's and the person's; the
    total lists each item once, at its first step, and is the union of the steps'."""
    for route in plan_json["routes"]:
        union: list[tuple[str, str, int]] = []
        for index, step in enumerate(route["steps"]):
            a, b = role_of(raw, step["from"]), role_of(raw, step["to"])
            if a is None or b is None:
                assert step["gap"] is None
                continue
            gap = step["gap"]
            got = (
                {("skills", s["id"]) for s in gap["skills"]}
                | {("tools", t["id"]) for g in gap["tools"] for t in g["tools"]}
                | {("areas", x["id"]) for x in gap["areas"]}
            )
            assert got == expected_gap(raw, a, b, have), (step["from"], step["to"])
            union += [(d, i, index) for d, i in sorted(got)]
        total = [(f"{t['kind']}s", t["id"]) for t in route["total"]]
        assert len(total) == len(set(total))
        assert set(total) == {(d, i) for d, i, _ in union}
        first: dict[tuple[str, str], int] = {}
        for d, i, index in union:
            first.setdefault((d, i), index)
        assert {(f"{t['kind']}s", t["id"]): t["step"] for t in route["total"]} == first


def test_a_route_between_roles_plans_each_step(
    bundled: tuple[Dataset, Lattice], raw: dict[str, Any]
) -> None:
    dataset, lattice = bundled
    catalog = load_catalog(dataset, use_cache=False)
    for a, b in role_pairs(raw):
        plan = plan_path(dataset, lattice, a, b, Holdings(), catalog)
        out = to_json_value(plan.to_result(dataset, lattice))
        assert out["found"] and out["routes"]
        check_plan(raw, out, {})


def test_have_items_come_out_of_every_step(
    bundled: tuple[Dataset, Lattice], raw: dict[str, Any]
) -> None:
    dataset, lattice = bundled
    catalog = load_catalog(dataset, use_cache=False)
    a, b = next(iter(role_pairs(raw)))
    wanted = needs(raw["roles"][role_of(raw, b) or ""])
    have = {d: set(sorted(wanted[d])[:2]) for d in wanted}
    held = Holdings(frozenset(have["skills"]), frozenset(have["tools"]), frozenset(have["areas"]))
    plan = plan_path(dataset, lattice, a, b, held, catalog)
    out = to_json_value(plan.to_result(dataset, lattice, have=held))
    check_plan(raw, out, have)
    gap_ids = {
        i
        for r in out["routes"]
        for s in r["steps"]
        if s["gap"]
        for i in (x["id"] for x in s["gap"]["skills"])
    }
    assert not gap_ids & have["skills"]


def test_from_a_position_outside_the_dataset_steps_say_what_the_articles_say(
    bundled: tuple[Dataset, Lattice], raw: dict[str, Any]
) -> None:
    dataset, lattice = bundled
    catalog = load_catalog(dataset, use_cache=False)
    edges = stated_edges(raw)
    outside = [p for p in raw["positions"] if role_of(raw, p) is None]
    pairs = [
        (a, b)
        for a in outside
        for b in raw["positions"]
        if role_of(raw, b) and all_shortest(edges, a, b)
    ]
    assert pairs
    for a, b in pairs:
        plan = plan_path(dataset, lattice, a, b, Holdings(), catalog)
        out = to_json_value(plan.to_result(dataset, lattice))
        check_plan(raw, out, {})
        for route in out["routes"]:
            first = route["steps"][0]
            assert first["gap"] is None
            said = {
                json.dumps(r["text"], sort_keys=True)
                for role in edges[(first["from"], first["to"])]
                for r in raw["roles"][role]["career_path"]
                if first["from"] in r["positions"] or first["to"] in r["positions"]
            }
            got = {
                json.dumps({k: v for k, v in t["text"].items() if v}, sort_keys=True)
                for t in first["texts"]
            }
            assert got == said


def test_no_route_gives_the_nearest_positions_that_reach_the_goal(
    bundled: tuple[Dataset, Lattice], raw: dict[str, Any]
) -> None:
    dataset, lattice = bundled
    catalog = load_catalog(dataset, use_cache=False)
    edges = stated_edges(raw)
    cut = [
        (a, b)
        for a in raw["positions"]
        for b in raw["positions"]
        if a != b and not all_shortest(edges, a, b)
    ]
    assert cut
    for a, b in cut[:20]:
        plan = plan_path(dataset, lattice, a, b, Holdings(), catalog)
        out = to_json_value(plan.to_result(dataset, lattice))
        assert not plan.found and out["routes"] == []
        reach = {
            p: len(min(all_shortest(edges, p, b), key=len)) - 1
            for p in raw["positions"]
            if p not in (a, b) and all_shortest(edges, p, b)
        }
        assert {n["id"]: n["distance"] for n in out["nearest"]} == reach
        keys = [
            (n["distance"], raw["positions"][n["id"]]["name"]["en"].casefold())
            for n in out["nearest"]
        ]
        assert keys == sorted(keys)


def test_two_equal_routes_in_a_small_dataset(
    small: tuple[Dataset, Lattice, dict[str, Any]],
) -> None:
    dataset, lattice, raw = small
    catalog = load_catalog(dataset, use_cache=False)
    edge = lattice.edge("start", "left")
    assert edge is not None and {s.role for s in edge.sources} == {"start", "left"}
    plan = plan_path(dataset, lattice, "start", "goal", Holdings(), catalog)
    out = to_json_value(plan.to_result(dataset, lattice))
    assert [r["positions"] for r in out["routes"]] == [
        list(p)
        for p in sorted(
            all_shortest(stated_edges(raw), "start", "goal"),
            key=lambda p: [list(raw["positions"]).index(i) for i in p],
        )
    ]
    assert len(out["routes"]) == 2
    check_plan(raw, out, {})
    assert [b.position_id for b in lattice.branches] == ["right"]
    assert "outside" in lattice.positions and not lattice.successors("outside")


def test_the_same_position_is_a_route_of_no_steps(
    small: tuple[Dataset, Lattice, dict[str, Any]],
) -> None:
    _, lattice, _ = small
    assert [r.steps for r in shortest_routes(lattice, "goal", "goal")] == [()]


# -- names ------------------------------------------------------------------------------------


def test_positions_resolve_by_id_and_names(
    bundled: tuple[Dataset, Lattice], raw: dict[str, Any]
) -> None:
    dataset, lattice = bundled
    for ident, entry in raw["positions"].items():
        for name in (ident, entry["name"]["en"], entry["name"]["ko"], entry["name"]["en"].upper()):
            match = resolve_position(lattice, dataset, name)
            assert (match.status, match.id) == ("resolved", ident), name
        spaced = entry["name"]["ko"].replace(" ", "")
        assert resolve_position(lattice, dataset, spaced).id == ident


def test_role_names_resolve_to_the_roles_position(
    bundled: tuple[Dataset, Lattice], raw: dict[str, Any]
) -> None:
    """A role's title, aliases and everyday names give its position; a name several roles
    share is ambiguous between their positions."""
    dataset, lattice = bundled

    def fold(name: str) -> str:
        return re.sub(r"[\s_-]+", "", name.casefold())

    owners: dict[str, set[str]] = {}
    for role_id, role in raw["roles"].items():
        names = [*role["title"].values(), *role.get("aliases", []), *role.get("everyday_names", [])]
        for name in names:
            owners.setdefault(fold(name), set()).add(role_id)
    own = {e["role"]: p for p, e in raw["positions"].items() if e.get("role") in raw["roles"]}
    checked = 0
    for role_id, role in raw["roles"].items():
        for name in [*role.get("aliases", []), *role.get("everyday_names", [])]:
            match = resolve_position(lattice, dataset, name)
            if owners[fold(name)] == {role_id}:
                assert (match.status, match.id) == ("resolved", own[role_id]), name
            else:
                assert match.status == "ambiguous", name
                assert set(match.candidates) == {own[r] for r in owners[fold(name)]}, name
            checked += 1
    assert checked


def test_typos_and_unknown_names(bundled: tuple[Dataset, Lattice], raw: dict[str, Any]) -> None:
    dataset, lattice = bundled
    ident = "supervisor"
    assert ident in raw["positions"]
    typo = ident[:-2] + ident[-1] + ident[-2]  # two letters swapped
    assert resolve_position(lattice, dataset, typo).id == ident
    ko = raw["positions"]["head-of-support"]["name"]["ko"]
    assert resolve_position(lattice, dataset, ko[:-1]).id == "head-of-support"
    unknown = resolve_position(lattice, dataset, "qqqq zzzz")
    assert unknown.status == "unknown" and unknown.id is None
    managers = [p for p, e in raw["positions"].items() if e["name"]["en"].endswith("manager")]
    several = resolve_position(lattice, dataset, "manager")
    assert several.status == "ambiguous" and set(several.candidates) <= set(managers)
    assert len(several.candidates) > 1


# -- renderers --------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_ladder_never_wider_than_the_terminal(
    bundled: tuple[Dataset, Lattice], raw: dict[str, Any], lang: str
) -> None:
    _, lattice = bundled
    payload = lattice.to_result()
    first = lang.partition("+")[0]
    for width in range(20, 201):
        for sources in (False, True):
            lines = ladder_lines(payload, lang, width, sources=sources)
            assert max(cells(line) for line in lines) <= width, (width, sources)
            joined = " ".join(" ".join(lines).split())
            for entry in raw["positions"].values():
                words = entry["name"][first].split()
                assert all(w in joined for w in words)
        assert len(ladder_lines(payload, lang, width)) > len(raw["positions"])


def test_styled_ladder_escapes_names(small: tuple[Dataset, Lattice, dict[str, Any]]) -> None:
    from rich.text import Text

    _, lattice, _ = small
    for line, plain in zip(
        ladder_lines(lattice.to_result(), "en", 60, styled=True),
        ladder_lines(lattice.to_result(), "en", 60),
        strict=True,
    ):
        assert Text.from_markup(line).plain == plain


@pytest.mark.parametrize("lang", LANGS)
def test_route_never_wider_than_the_terminal(bundled: tuple[Dataset, Lattice], lang: str) -> None:
    dataset, lattice = bundled
    catalog = load_catalog(dataset, use_cache=False)
    payloads = [
        plan_path(dataset, lattice, a, b, Holdings(), catalog).to_result(dataset, lattice)
        for a, b in (
            ("representative", "support-manager"),
            ("coordinator", "team-lead"),
            ("team-lead", "team-lead"),
        )
    ]
    for width in range(20, 201, 3):
        for payload in payloads:
            assert max(cells(line) for line in route_lines(payload, lang, width)) <= width
    for payload in payloads:
        assert route_markdown(payload, lang).endswith("\n")


MERMAID_NODE = re.compile(r'^\s+(\w+)\["([^"]*)"\]$')
MERMAID_BRANCH = re.compile(r'^\s+(\w+)\(\["([^"]*)"\]\)$')
MERMAID_EDGE = re.compile(r'^\s+(\w+) -->(?:\|"([^"]*)"\|)? (\w+)$')
MERMAID_DOTTED = re.compile(r"^\s+(\w+) -\.-> (\w+)$")


def parse_mermaid(markdown: str) -> dict[str, Any]:
    block = markdown.split("```mermaid\n", 1)[1].split("\n```", 1)[0].splitlines()
    assert block[0] == "flowchart TB"
    parsed: dict[str, Any] = {
        "nodes": {},
        "branches": {},
        "edges": [],
        "dotted": [],
        "subgraphs": 0,
    }
    for line in block[1:]:
        if m := MERMAID_NODE.match(line):
            parsed["nodes"][m[1]] = m[2]
        elif m := MERMAID_BRANCH.match(line):
            parsed["branches"][m[1]] = m[2]
        elif m := MERMAID_EDGE.match(line):
            parsed["edges"].append((m[1], m[3], m[2]))
        elif m := MERMAID_DOTTED.match(line):
            parsed["dotted"].append((m[1], m[2]))
        elif line.strip().startswith("subgraph "):
            parsed["subgraphs"] += 1
        else:
            assert line.strip() == "end" or line.strip().startswith(("classDef ", "class ")), line
    return parsed


@pytest.mark.parametrize("lang", LANGS)
def test_mermaid_block_declares_every_node_and_edge(
    bundled: tuple[Dataset, Lattice], raw: dict[str, Any], lang: str
) -> None:
    _, lattice = bundled
    for sources in (False, True):
        parsed = parse_mermaid(ladder_mermaid(lattice.to_result(), lang, sources=sources))
        assert len(parsed["nodes"]) == len(raw["positions"])
        assert len(parsed["edges"]) == len(stated_edges(raw))
        assert parsed["subgraphs"] == len({e.get("level") for e in raw["positions"].values()})
        for a, b, label in parsed["edges"]:
            assert a in parsed["nodes"] and b in parsed["nodes"]
            assert (label is not None) == sources
        for a, b in parsed["dotted"]:
            assert a in parsed["nodes"] and b in parsed["branches"]
        with_growth = {
            p
            for p, e in raw["positions"].items()
            if raw["roles"].get(e.get("role") or "", {}).get("growth")
        }
        assert len(parsed["dotted"]) == len(with_growth)


def test_mermaid_labels_are_escaped(small: tuple[Dataset, Lattice, dict[str, Any]]) -> None:
    _, lattice, raw = small
    parsed = parse_mermaid(ladder_mermaid(lattice.to_result(), "en"))
    assert len(parsed["nodes"]) == len(raw["positions"])
    for label in parsed["nodes"].values():
        assert not re.search(r'["<>]', label.replace("<br/>", ""))
    assert "#quot;quoted#quot; #lt;one#gt; #35;1" in " ".join(parsed["nodes"].values())


def svg_boxes(svg: str) -> dict[str, str]:
    """Each position's box in the SVG: its id (the box's title) -> its text, lines joined."""
    root = ET.fromstring(svg)
    ns = {"svg": "http://www.w3.org/2000/svg"}
    boxes = {}
    for group in root.iter("{http://www.w3.org/2000/svg}g"):
        title = group.find("svg:title", ns)
        assert title is not None
        lines = [t.text or "" for t in group.findall("svg:text", ns)]
        boxes[title.text or ""] = " ".join(lines)
    return boxes


@pytest.mark.parametrize("lang", LANGS)
def test_svg_and_html_parse_and_name_every_position(
    bundled: tuple[Dataset, Lattice], raw: dict[str, Any], lang: str
) -> None:
    _, lattice = bundled
    payload = lattice.to_result()
    svg = ladder_svg(payload, lang, sources=True)
    boxes = svg_boxes(svg)
    assert set(boxes) == set(raw["positions"])
    for ident, entry in raw["positions"].items():
        for language in lang.split("+"):
            assert entry["name"][language] in boxes[ident]
    edges = stated_edges(raw)
    moves = ET.fromstring(svg).findall(".//{http://www.w3.org/2000/svg}path[@class='move']")
    assert len(moves) == len(edges)
    also = ET.fromstring(svg).findall(".//{http://www.w3.org/2000/svg}path[@class='move-also']")
    assert len(moves) + len(also) == sum(len(roles) for roles in edges.values())
    plain = ET.fromstring(ladder_svg(payload, lang))
    assert len(plain.findall(".//{http://www.w3.org/2000/svg}path[@class='move']")) == len(edges)
    page = ET.fromstring(ladder_html(payload, lang).removeprefix("<!DOCTYPE html>\n"))
    assert page.find(".//{http://www.w3.org/2000/svg}svg") is not None


def test_docs_pictures_are_current() -> None:
    import importlib.util

    script = DATA_FILE.parent.parent / "docs" / "ladder_picture.py"
    spec = importlib.util.spec_from_file_location("ladder_picture", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.stale() == [], "run: python docs/ladder_picture.py"


def test_a_dataset_without_positions_draws_an_empty_lattice() -> None:
    from conftest import FIXTURES

    dataset = load_dataset(FIXTURES / "minimal.yaml", use_cache=False)
    raw = yaml.safe_load((FIXTURES / "minimal.yaml").read_text(encoding="utf-8"))
    assert "positions" not in raw
    lattice = build_lattice(dataset)
    payload = lattice.to_result()
    assert to_json_value(payload) == {"nodes": [], "edges": [], "branches": [], "levels": []}
    for lang in LANGS:
        lines = ladder_lines(payload, lang, 20)
        assert max(cells(line) for line in lines) <= 20
        assert " ".join(lines[1:]) == messages.text("ladder.empty", lang)
        assert "```mermaid" not in ladder_mermaid(payload, lang)
        ET.fromstring(ladder_svg(payload, lang))
    with pytest.raises(ValueError):
        shortest_routes(lattice, "a", "b", limit=0)


def test_a_position_name_typed_in_the_other_layout_or_in_part(
    bundled: tuple[Dataset, Lattice], raw: dict[str, Any]
) -> None:
    """The resolver's rule reads position names as it reads items: a keyboard-layout slip
    of a whole name counts; letters inside a word of a name do not."""
    from cs_roles.keyboard import hangul_to_keys

    dataset, lattice = bundled
    ident = "head-of-support"
    typed = hangul_to_keys(raw["positions"][ident]["name"]["ko"])
    assert typed.isascii()
    assert resolve_position(lattice, dataset, typed).id == ident
    inside = "pervis"  # inside "supervisor", the start of no word
    assert any(inside in e["name"]["en"] for e in raw["positions"].values())
    assert resolve_position(lattice, dataset, inside).status != "resolved"
