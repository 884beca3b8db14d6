"""`csroles team` through the real CLI: options, errors, every format, widths, privacy.

The roster and its hand-made labels come from test_team (what each written item names,
taken from the YAML); every figure expected here is computed from the raw YAML with that
file's helpers, never read back from csroles.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import Invoke
from rich.cells import cell_len
from test_team import (
    COLUMNS,
    KIND,
    PEOPLE,
    expected_covers,
    figures,
    held,
    labelled_people,
    needs,
    write_roster,
)

from cs_roles.errors import ExitCode


@pytest.fixture
def roster(tmp_path: Path) -> Path:
    return write_roster(tmp_path, "csv")


def team_json(invoke: Invoke, *args: str, input: str | None = None) -> tuple[Any, str]:
    result = invoke("team", *args, "--json", input=input)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout), result.stderr


def korean(raw: dict[str, Any], kind: str, ident: str) -> str:
    entry = raw[f"{kind}s"][ident]
    name = entry["name"] if isinstance(entry, dict) and "name" in entry else entry
    return name.get("ko") or name["en"] if isinstance(name, dict) else name


# -- answers ---------------------------------------------------------------------------------


def test_json_figures_against_the_yaml(invoke: Invoke, roster: Path, raw: dict[str, Any]) -> None:
    payload, stderr = team_json(invoke, str(roster), "--role", "team-lead")
    assert payload["role"] == "team-lead" and payload["threshold"] == 0.5
    need = needs(raw, "team-lead")
    for person, expected in zip(payload["people"], PEOPLE, strict=True):
        assert person["name"] == expected["name"]
        assert person["coverage"] == figures(held(expected), need)
    covers = expected_covers(raw, labelled_people(), 0.5)["team-lead"]
    role = payload["roles"][0]
    assert (role["covered"], role["closest"], role["best"]) == covers
    # unresolved items: on stderr, one line each with the row, and in the JSON
    lines = [line for line in stderr.splitlines() if line]
    assert len(lines) == 3 and all(line.startswith("csroles: warning: ") for line in lines)
    assert all(": row 4, column " in line for line in lines)
    lee = payload["people"][2]
    assert [u["item"] for u in lee["unresolved"]] == [
        "Chief Happiness Officer",
        "Zendesk",
        "blahblah qqq",
    ]


def test_min_coverage_as_a_share_or_a_percentage(
    invoke: Invoke, roster: Path, raw: dict[str, Any]
) -> None:
    share, _ = team_json(invoke, str(roster), "--min-coverage", "0.2")
    percent, _ = team_json(invoke, str(roster), "--min-coverage", "20%")
    assert share == percent and share["threshold"] == 0.2
    expected = expected_covers(raw, labelled_people(), 0.2)
    assert {r["id"]: r["covered"] for r in share["roles"]} == {
        role: covered for role, (covered, _c, _b) in expected.items()
    }


@pytest.mark.parametrize("value", ["60", "1.5", "-0.1", "abc", "", "nan", "101%"])
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_min_coverage_out_of_range(invoke: Invoke, roster: Path, value: str, lang: str) -> None:
    result = invoke("team", str(roster), "--min-coverage", value, "--lang", lang)
    assert result.exit_code == ExitCode.USAGE
    assert "Traceback" not in result.output and result.stdout == ""
    assert "--min-coverage" in result.stderr
    assert ("0.6" in result.stderr) and (("비율" in result.stderr) == (lang == "ko"))


def test_roster_from_standard_input(invoke: Invoke, tmp_path: Path) -> None:
    text = write_roster(tmp_path, "yaml").read_text(encoding="utf-8")
    from_file, _ = team_json(invoke, str(tmp_path / "team.yaml"), "--role", "coordinator")
    from_stdin, _ = team_json(invoke, "-", "--role", "coordinator", input=text)
    assert from_stdin == from_file
    both = invoke("team", "-", "--data", "-", input=text)
    assert both.exit_code == ExitCode.USAGE


def test_roster_warnings_go_to_stderr(invoke: Invoke, tmp_path: Path) -> None:
    path = tmp_path / "extra.csv"
    path.write_text("name,skills,notes\nKim,empathy,likes tea\n", encoding="utf-8")
    result = invoke("team", str(path), "--json", "--lang", "ko")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["people"][0]["have"]["skills"] == ["empathy"]
    assert "csroles: 경고: " in result.stderr and "'notes'" in result.stderr
    assert "likes tea" not in result.stdout + result.stderr


@pytest.mark.parametrize(
    ("content", "args", "code", "needle"),
    [
        (None, [], ExitCode.UNREADABLE, "no such file"),
        ("skills,tools\nempathy,zendesk\n", [], ExitCode.INVALID, "name"),
        ("name,skills\nKim,empathy\nkim,slack\n", [], ExitCode.INVALID, "row 3"),
        ("name,skills\nKim,empathy\n", ["--sheet", "Team"], ExitCode.USAGE, "--sheet"),
        ("name,skills\nKim,empathy\n", ["--role", "no-such-role"], ExitCode.NOT_FOUND, "role"),
    ],
)
def test_bad_rosters_and_options(
    invoke: Invoke, tmp_path: Path, content: str | None, args: list[str], code: int, needle: str
) -> None:
    path = tmp_path / "bad.csv"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = invoke("team", str(path), *args)
    assert result.exit_code == code, result.output
    assert needle in result.stderr and "Traceback" not in result.output
    assert result.stdout == ""


# -- output files ----------------------------------------------------------------------------


def test_xlsx_needs_an_output_file_that_is_not_the_roster(invoke: Invoke, roster: Path) -> None:
    before = roster.read_bytes()
    missing = invoke("team", str(roster), "--format", "xlsx", "--lang", "ko")
    assert missing.exit_code == ExitCode.USAGE and "--output" in missing.stderr
    assert "통합 문서" in missing.stderr
    same = invoke("team", str(roster), "-f", "xlsx", "-o", str(roster))
    assert same.exit_code == ExitCode.USAGE and "never overwritten" in same.stderr
    relative = invoke("team", str(roster), "-f", "xlsx", "-o", f"{roster.parent}/./{roster.name}")
    assert relative.exit_code == ExitCode.USAGE
    assert roster.read_bytes() == before
    other = invoke("team", str(roster), "--json", "--output", str(roster.parent / "x.json"))
    assert other.exit_code == ExitCode.USAGE and "--format xlsx" in other.stderr


def test_xlsx_is_not_written_to_a_terminal(
    invoke: Invoke, roster: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    piped = invoke("team", str(roster), "-f", "xlsx", "-o", "-")
    assert piped.exit_code == 0 and piped.stdout_bytes.startswith(b"PK\x03\x04")
    import cs_roles.output

    monkeypatch.setattr(cs_roles.output, "_is_terminal", lambda: True)
    terminal = invoke("team", str(roster), "-f", "xlsx", "-o", "-")
    assert terminal.exit_code == ExitCode.USAGE and "terminal" in terminal.stderr
    assert terminal.stdout_bytes == b""


def test_a_failed_write_is_an_output_error(invoke: Invoke, roster: Path, tmp_path: Path) -> None:
    result = invoke("team", str(roster), "-f", "xlsx", "-o", str(tmp_path / "no" / "x.xlsx"))
    assert result.exit_code == ExitCode.OUTPUT and "cannot write" in result.stderr
    assert "Traceback" not in result.output


# -- formats ---------------------------------------------------------------------------------


def test_csv_has_one_row_per_person(invoke: Invoke, roster: Path, raw: dict[str, Any]) -> None:
    result = invoke("team", str(roster), "--role", "team-lead", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["name"] for r in rows] == [p["name"] for p in PEOPLE]
    need = needs(raw, "team-lead")
    for row, person in zip(rows, PEOPLE, strict=True):
        expected = figures(held(person), need)
        assert float(row["coverage_overall"]) == expected["overall"]
        assert int(row["coverage_tools_have"]) == expected["tools"]["have"]
        lacking = [i for i in need["skills"] if i not in held(person)["skills"]]
        assert row["lacks_skills"] == ";".join(lacking)


def test_markdown_checklists_per_item_and_per_person(
    invoke: Invoke, roster: Path, raw: dict[str, Any]
) -> None:
    out = invoke("team", str(roster), "--role", "team-lead", "-f", "markdown", "--lang", "ko")
    assert out.exit_code == 0
    text = out.stdout
    need = needs(raw, "team-lead")
    by_item, by_person = text.split("### 항목별", 1)[1].split("### 사람별", 1)
    by_person = by_person.split("\n## ", 1)[0]
    for name, have in labelled_people():
        lacking = [(KIND[d], i) for d in COLUMNS for i in need[d] if i not in have[d]]
        section = by_person.split(f"#### {name}\n", 1)[1].split("####", 1)[0]
        listed = [line for line in section.splitlines() if line.startswith("- [ ] ")]
        assert listed == [
            f"- [ ] {korean(raw, kind, ident)} ({'기술' if kind == 'skill' else '도구' if kind == 'tool' else '책임 영역'})"  # noqa: E501
            for kind, ident in lacking
        ]
        assert f"  - [ ] {name}" in by_item or not lacking


# -- the terminal ----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_terminal_never_exceeds_the_width(invoke: Invoke, roster: Path, lang: str) -> None:
    for width in range(20, 121):
        args = ["team", str(roster), "--lang", lang] + (
            ["--role", "team-lead"] if width % 2 else []
        )
        result = invoke(*args, env={"COLUMNS": str(width)})
        assert result.exit_code == 0, result.output
        out = result.stdout
        assert "…" not in out
        for line in out.splitlines():
            assert cell_len(line) <= width, (width, line)
        for person in PEOPLE:
            assert person["name"] in out, (width, person["name"])


def test_the_grid_pages_and_stacks(invoke: Invoke, roster: Path, raw: dict[str, Any]) -> None:
    wide = invoke("team", str(roster), "--role", "team-lead", env={"COLUMNS": "120"}).stdout
    narrow = invoke("team", str(roster), "--role", "team-lead", env={"COLUMNS": "40"}).stdout
    tiny = invoke("team", str(roster), "--role", "team-lead", env={"COLUMNS": "20"}).stdout
    need = needs(raw, "team-lead")
    count = sum(len(v) for v in need.values()) + len(
        {(KIND[d], i) for _n, h in labelled_people() for d in COLUMNS for i in h[d]}
        - {(KIND[d], i) for d in COLUMNS for i in need[d]}
    )
    # each page has a legend: "N name (kind)" once per column
    grid = wide.split("Person × item", 1)[1]
    assert sum(1 for n in range(1, count + 1) if f"\n{n} " in grid) == count
    assert narrow.split("Person × item", 1)[1].count("\n1 ") == 1
    assert len(narrow.split("Person × item")[1].split("\n\n")) > len(grid.split("\n\n"))
    kim = tiny.split("Person × item", 1)[1]
    assert "\n김민지\n✓ " in kim  # one block per person


# -- privacy ---------------------------------------------------------------------------------


def test_nothing_of_the_roster_reaches_the_cache(
    invoke: Invoke, isolated_cache: Path, tmp_path: Path
) -> None:
    secret_people = ["Zanzibar Quillfeather", "옥황상제님", "Mxyzptlk Odd"]
    typos = ["zendeskk", "empathyy", "slackk", "salesforse"]
    made_up = ["blorptastic wrangling", "모르는기술xyz"]
    people = [
        {"name": secret_people[0], "role": "Chief Vibes Officer",
         "skills": ["empathyy", made_up[0]], "tools": ["zendeskk"]},
        {"name": secret_people[1], "role": "팀 리더", "skills": [made_up[1]],
         "tools": ["slackk", "salesforse"]},
        {"name": secret_people[2], "skills": ["communication"], "tools": []},
    ]  # fmt: skip
    path = tmp_path / "secret.yaml"
    path.write_text(yaml.safe_dump(people, allow_unicode=True), encoding="utf-8")
    for args in ([], ["--role", "team-lead"], ["-f", "markdown"], ["--json"]):
        assert invoke("team", str(path), *args).exit_code == 0
    book = tmp_path / "plan.xlsx"
    assert invoke("team", str(path), "-f", "xlsx", "-o", str(book)).exit_code == 0
    files = [Path(d, f) for d, _dirs, names in os.walk(isolated_cache) for f in names]
    assert files  # the dataset's caches were written
    secrets = [*secret_people, *typos, *made_up, "Chief Vibes Officer"]
    for file in files:
        data = file.read_bytes()
        for secret in secrets:
            assert secret.encode("utf-8") not in data, (file, secret)
            assert secret.encode("utf-16-le") not in data, (file, secret)
    assert sorted(os.listdir(tmp_path)) == ["plan.xlsx", "secret.yaml"]
