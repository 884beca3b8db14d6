"""`csroles ladder` and `csroles path` through the real CLI, on the bundled data.

Expected values come from an independent reading of the YAML (the `raw` fixture and the
helpers of test_lattice.py, which read the career rungs with yaml.safe_load), never from
the command's own output.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from conftest import Invoke
from rich.cells import cell_len
from test_lattice import all_shortest, expected_gap, parse_mermaid, role_of, stated_edges

from cs_roles.commands import formats_of
from cs_roles.contract import schema_for
from cs_roles.errors import ExitCode

SVG = "{http://www.w3.org/2000/svg}"


def names_of(raw: dict[str, Any], position: str) -> dict[str, str]:
    name: dict[str, str] = raw["positions"][position]["name"]
    return name


def distances_to(edges: dict[tuple[str, str], set[str]], goal: str) -> dict[str, int]:
    """Steps from each position that can reach `goal` (an independent breadth-first walk)."""
    found = {goal: 0}
    frontier = [goal]
    while frontier:
        following = []
        for current in frontier:
            for a, b in edges:
                if b == current and a not in found:
                    found[a] = found[current] + 1
                    following.append(a)
        frontier = following
    return found


# -- ladder ---------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("fmt", [f.value for f in formats_of("ladder")])
def test_ladder_in_every_format_and_language(
    invoke: Invoke, raw: dict[str, Any], lang: str, fmt: str
) -> None:
    result = invoke("ladder", "--format", fmt, "--lang", lang)
    assert result.exit_code == 0, result.output
    out = result.stdout
    names = [names_of(raw, p)[lang] for p in raw["positions"]]
    if fmt == "json":
        payload = json.loads(out)
        jsonschema.validate(payload, schema_for("ladder"))
        assert [n["id"] for n in payload["nodes"]] != []
        assert {n["id"] for n in payload["nodes"]} == set(raw["positions"])
        edges = stated_edges(raw)
        assert {(e["from"], e["to"]) for e in payload["edges"]} == set(edges)
        for edge in payload["edges"]:
            assert {s["role"] for s in edge["sources"]} == edges[edge["from"], edge["to"]]
        assert "show_sources" not in payload
        return
    if fmt in ("svg", "html"):
        text = out.removeprefix("<!DOCTYPE html>\n")
        root = ET.fromstring(text)
        svg = root if fmt == "svg" else root.find(f".//{SVG}svg")
        assert svg is not None
        shown = " ".join(svg.itertext())
    else:
        shown = out
    words = set(shown.split())
    for name in names:  # every position is named (perhaps wrapped in a column or a box)
        assert name in shown or set(name.split()) <= words, (fmt, name)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_ladder_markdown_is_a_mermaid_flowchart(
    invoke: Invoke, raw: dict[str, Any], lang: str
) -> None:
    for sources in ([], ["--sources"]):
        out = invoke("ladder", "--format", "markdown", "--lang", lang, *sources).stdout
        parsed = parse_mermaid(out)
        assert len(parsed["nodes"]) == len(raw["positions"])
        assert len(parsed["edges"]) == len(stated_edges(raw))
        labelled = [label for _, _, label in parsed["edges"] if label]
        assert bool(labelled) == bool(sources)


def test_ladder_sources_name_the_roles_of_each_move(invoke: Invoke, raw: dict[str, Any]) -> None:
    plain = invoke("ladder", "--lang", "en", env={"COLUMNS": "200"}).stdout
    with_sources = invoke("ladder", "--sources", "--lang", "en", env={"COLUMNS": "200"}).stdout
    stating = {role for roles in stated_edges(raw).values() for role in roles}
    for role in stating:
        assert f"({role}" in with_sources or f", {role}" in with_sources
    assert len(with_sources) > len(plain)


def test_ladder_never_wider_than_the_terminal(invoke: Invoke, raw: dict[str, Any]) -> None:
    english = [" ".join(names_of(raw, p)["en"].split()) for p in raw["positions"]]
    for lang in ("en", "ko"):
        for width in range(20, 201):
            out = invoke("ladder", "--lang", lang, env={"COLUMNS": str(width)}).stdout
            lines = out.splitlines()
            assert max(cell_len(line) for line in lines) <= width, (lang, width)
            if lang == "en":  # nothing is cut: every name is there, perhaps wrapped
                words = " ".join(" ".join(lines).split())
                assert all(w in words for n in english for w in n.split()), width


# -- path -----------------------------------------------------------------------------------


def route_pairs(raw: dict[str, Any]) -> list[tuple[str, str]]:
    edges = stated_edges(raw)
    return [
        (a, b)
        for a in raw["positions"]
        for b in raw["positions"]
        if a != b and role_of(raw, a) and role_of(raw, b) and all_shortest(edges, a, b)
    ]


def test_path_between_roles_plans_each_step(
    invoke: Invoke, invoke_json: Any, raw: dict[str, Any]
) -> None:
    pairs = route_pairs(raw)
    assert pairs
    edges = stated_edges(raw)
    for a, b in pairs:
        out = invoke_json("path", a, b)
        jsonschema.validate(out, schema_for("path"))
        assert out["found"] is True
        assert {tuple(r["positions"]) for r in out["routes"]} == all_shortest(edges, a, b)
        for route in out["routes"]:
            for step in route["steps"]:
                assert {s["role"] for s in step["sources"]} == edges[step["from"], step["to"]]
                ra, rb = role_of(raw, step["from"]), role_of(raw, step["to"])
                if ra and rb:
                    assert step["gap"] is not None
                    got = {("skills", s["id"]) for s in step["gap"]["skills"]}
                    got |= {("tools", t["id"]) for g in step["gap"]["tools"] for t in g["tools"]}
                    got |= {("areas", x["id"]) for x in step["gap"]["areas"]}
                    assert got == expected_gap(raw, ra, rb, {})
            union = {
                (d, i)
                for s in route["steps"]
                if s["gap"]
                for d, i in expected_gap(
                    raw, role_of(raw, s["from"]) or "", role_of(raw, s["to"]) or "", {}
                )
            }
            total = [(item["kind"] + "s", item["id"]) for item in route["total"]]
            assert len(total) == len(set(total)) and set(total) == union
        table = invoke("path", a, b, "--lang", "ko")
        assert table.exit_code == 0 and "경로" in table.stdout


def test_path_with_have_takes_items_out(invoke_json: Any, raw: dict[str, Any]) -> None:
    a, b = next((a, b) for a, b in route_pairs(raw) if role_of(raw, a) and role_of(raw, b))
    wanted = expected_gap(raw, role_of(raw, a) or "", role_of(raw, b) or "", {})
    skill = sorted(i for d, i in wanted if d == "skills")[0]
    name = raw["skills"][skill]["name"]["en"]
    out = invoke_json("path", a, b, "--have", name)
    for route in out["routes"]:
        assert ("skill", skill) not in {(i["kind"], i["id"]) for i in route["total"]}
        assert all(
            skill not in [s["id"] for s in st["gap"]["skills"]]
            for st in route["steps"]
            if st["gap"]
        )


def test_path_from_a_position_outside_the_dataset(
    invoke: Invoke, invoke_json: Any, raw: dict[str, Any]
) -> None:
    edges = stated_edges(raw)
    target = next(
        p for p in raw["positions"] if role_of(raw, p) and all_shortest(edges, "representative", p)
    )
    out = invoke_json("path", "representative", target)
    assert out["found"] and out["positions"]["representative"]["is_role"] is False
    first = out["routes"][0]["steps"][0]
    assert first["gap"] is None and first["texts"]
    stated = {(s["role"]) for s in first["sources"]}
    assert {t["role"] for t in first["texts"]} <= stated
    table = invoke("path", "representative", target, "--lang", "ko").stdout
    assert "학습 계획 없음" in table


def test_no_route_exits_1_and_lists_the_nearest(
    invoke: Invoke, invoke_json: Any, raw: dict[str, Any]
) -> None:
    edges = stated_edges(raw)
    a, b = next(
        (a, b)
        for a in raw["positions"]
        for b in raw["positions"]
        if a != b and not all_shortest(edges, a, b) and len(distances_to(edges, b)) > 1
    )
    result = invoke("path", a, b)
    assert result.exit_code == ExitCode.NOT_FOUND
    assert "no route" in result.stderr
    expected = {p: d for p, d in distances_to(edges, b).items() if p not in (a, b)}
    printed = json.loads(invoke("path", a, b, "--json").stdout)
    jsonschema.validate(printed, schema_for("path"))
    assert {n["id"]: n["distance"] for n in printed["nearest"]} == expected
    distances = [n["distance"] for n in printed["nearest"]]
    assert distances == sorted(distances)
    for position in expected:
        assert names_of(raw, position)["en"] in " ".join(result.stdout.split())


def test_unknown_ambiguous_typo_and_korean_names(invoke: Invoke, raw: dict[str, Any]) -> None:
    unknown = invoke("path", "qqqqqqqq", "team-lead")
    assert unknown.exit_code == ExitCode.NOT_FOUND
    assert "unknown position" in unknown.stderr and "Traceback" not in unknown.output
    directors = [p for p in raw["positions"] if p.startswith("director")]
    assert len(directors) > 1
    ambiguous = invoke("path", "team-lead", "director")
    assert ambiguous.exit_code == ExitCode.NOT_FOUND  # as an ambiguous role name
    assert all(d in ambiguous.stderr for d in directors)
    pair = route_pairs(raw)[0]
    english = names_of(raw, pair[0])["en"]
    typo = english[:-2] + english[-1] + english[-2]  # two letters swapped
    korean = names_of(raw, pair[1])["ko"]
    result = invoke("path", typo, korean, "--json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert (out["from"], out["to"]) == pair
    korean_error = invoke("path", "없는직위이름", "team-lead", "--lang", "ko")
    assert korean_error.exit_code == ExitCode.NOT_FOUND
    assert re.search("[가-힣]", korean_error.stderr)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_path_fits_the_width_and_offers_markdown(invoke: Invoke, lang: str) -> None:
    for width in (20, 33, 50, 80, 120):
        out = invoke("path", "representative", "director-customer-service", "--lang", lang,
                     env={"COLUMNS": str(width)}).stdout  # fmt: skip
        assert max(cell_len(line) for line in out.splitlines()) <= width, width
    markdown = invoke("path", "team-lead", "experience-manager", "-f", "markdown", "-l", lang)
    assert markdown.exit_code == 0 and markdown.stdout.startswith("# ")
    assert "- [ ]" in markdown.stdout


def test_positions_complete(invoke: Invoke, raw: dict[str, Any]) -> None:
    from cs_roles.completion import position_choices

    offered = dict(position_choices(""))
    assert set(offered) == set(raw["positions"])
    korean = names_of(raw, "team-lead")["ko"]
    assert (korean, names_of(raw, "team-lead")["en"]) in position_choices(korean[:2])


def test_the_shell_completes_positions_by_id_and_korean_name(
    raw: dict[str, Any], tmp_path: Path
) -> None:
    script = shutil.which("csroles", path=os.path.dirname(sys.executable))
    assert script is not None
    korean = names_of(raw, "team-lead")["ko"]
    env = dict(os.environ, _CSROLES_COMPLETE="complete_bash", COMP_CWORD="3",
               COMP_WORDS=f"csroles path team-lead {korean[:2]}",
               XDG_CACHE_HOME=str(tmp_path))  # fmt: skip
    env.pop("CSROLES_DATA", None)
    done = subprocess.run([script], env=env, capture_output=True, text=True, check=False)
    offered = done.stdout.splitlines()
    expected = {
        name
        for p in raw["positions"]
        for name in names_of(raw, p).values()
        if name.startswith(korean[:2])
    }
    assert set(offered) == expected and korean in offered
    env["COMP_WORDS"], env["COMP_CWORD"] = "csroles path tea", "2"
    done = subprocess.run([script], env=env, capture_output=True, text=True, check=False)
    assert done.stdout.split() == [p for p in raw["positions"] if p.startswith("tea")]


def test_two_equal_routes_on_a_small_dataset(invoke: Invoke, tmp_path: Path) -> None:
    import yaml
    from test_lattice import SMALL

    raw = yaml.safe_load(SMALL)
    data = tmp_path / "small.yaml"
    data.write_text(SMALL, encoding="utf-8")
    result = invoke("path", "Starter", "목표", "--data", str(data), "--json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    jsonschema.validate(out, schema_for("path"))
    edges = stated_edges(raw)
    assert {tuple(r["positions"]) for r in out["routes"]} == all_shortest(edges, "start", "goal")
    assert len(out["routes"]) == 2
    for route in out["routes"]:
        union: set[tuple[str, str]] = set()
        for step in route["steps"]:
            union |= expected_gap(raw, step["from"], step["to"], {})
        total = [(item["kind"] + "s", item["id"]) for item in route["total"]]
        assert len(total) == len(set(total)) and set(total) == union
    limited = json.loads(invoke("path", "start", "goal", "--data", str(data), "-n", "1",
                                "--json").stdout)  # fmt: skip
    assert len(limited["routes"]) == 1
    drawn = invoke("ladder", "--data", str(data), "--format", "markdown").stdout
    assert len(parse_mermaid(drawn)["edges"]) == len(edges)
