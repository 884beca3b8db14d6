"""`csroles validate` and the loader, one bad dataset per row."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from conftest import DATA_FILE, FIXTURES, Invoke

# fixture file, (line, column) of the first problem, words of its message
BAD = [
    (
        "unknown_tool.yaml",
        (11, 16),
        "roles.agent.tools[2].tool: unknown tool 'zendsk' (did you mean 'zendesk'?)",
    ),
    ("duplicate_key.yaml", (6, 5), "roles.agent.summary: duplicate key (first defined on line 5)"),
    ("unknown_top_key.yaml", (2, 1), "skils: unknown key 'skils' (did you mean 'skills'?)"),
    ("missing_title.yaml", (4, 5), "roles.agent.title: missing required key 'title'"),
    ("wrong_type.yaml", (5, 13), "roles.agent.skills: must be a list"),
    ("empty_name.yaml", (3, 25), "skills.communication.name: text is empty"),
    ("not_a_slug.yaml", (3, 3), "id 'Team Lead' is not a slug"),
    ("alias_clash.yaml", (4, 3), "name 'boss' also belongs to role 'lead'"),
    ("newer_version.yaml", (1, 17), "newer than this csroles understands"),
    ("no_version.yaml", (1, 1), "missing required key 'schema_version'"),
    ("syntax_error.yaml", (5, 4), "YAML syntax error"),
    ("empty.yaml", (1, 1), "file is empty"),
    ("latin1.yaml", (3, 22), "not valid UTF-8"),
    ("python_tag.yaml", (4, 12), "tag '!!python/object/apply:os.system' is not allowed"),
    ("alias_bomb.yaml", None, "YAML aliases (*name) are not allowed"),
]


@pytest.mark.parametrize(("name", "position", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_dataset_is_reported_with_position(
    invoke: Invoke, name: str, position: tuple[int, int] | None, message: str
) -> None:
    path = FIXTURES / name
    result = invoke("validate", str(path))
    assert result.exit_code == 4
    lines = result.stdout.splitlines()
    match = [line for line in lines if message in line]
    assert match, result.stdout
    if position:
        assert match[0].startswith(f"{path}:{position[0]}:{position[1]}: ")
    assert "error" in result.stderr


@pytest.mark.parametrize("name", [b[0] for b in BAD])
def test_every_command_refuses_a_bad_dataset_with_the_same_message(
    invoke: Invoke, name: str
) -> None:
    result = invoke("list", "--data", str(FIXTURES / name))
    assert result.exit_code == 4
    assert result.stdout == ""
    assert "invalid dataset" in result.stderr
    assert "csroles validate" in result.stderr


def test_validate_json_lists_problems(invoke: Invoke) -> None:
    result = invoke("validate", str(FIXTURES / "wrong_type.yaml"), "--json")
    assert result.exit_code == 4
    report = json.loads(result.stdout)
    assert report["valid"] is False
    assert [p["line"] for p in report["problems"]] == [5, 6]
    first = report["problems"][0]
    assert set(first) == {"file", "line", "column", "path", "severity", "message", "key", "params"}
    # The key and values are what the terminal words the message from, in either language.
    from cs_roles.messages import text

    assert text(first["key"], "en", **first["params"]) == first["message"]
    korean = invoke("validate", str(FIXTURES / "wrong_type.yaml"), "--lang", "ko")
    assert text(first["key"], "ko", **first["params"]) in korean.stdout


def test_bundled_dataset_is_valid_without_warnings(invoke: Invoke) -> None:
    result = invoke("validate")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "0 errors, 0 warnings" in result.stderr


def test_unused_definition_is_a_warning_not_an_error(invoke: Invoke) -> None:
    result = invoke("validate", str(FIXTURES / "unused.yaml"))
    assert result.exit_code == 0
    assert "warning: skill 'juggling' is defined but no role uses it" in result.stdout


def test_missing_file_and_directory(invoke: Invoke, tmp_path: Path) -> None:
    result = invoke("validate", str(tmp_path / "nope.yaml"))
    assert result.exit_code == 3
    assert "no such file" in result.stdout
    result = invoke("show", "team-lead", "--data", str(tmp_path))
    assert result.exit_code == 3
    assert "is a directory" in result.stderr


def test_alias_bomb_is_refused_quickly(invoke: Invoke) -> None:
    started = time.process_time()
    result = invoke("validate", str(FIXTURES / "alias_bomb.yaml"))
    assert result.exit_code == 4
    # Not a timing assertion on speed, a guard against expansion: 9**9 items would never end.
    assert time.process_time() - started < 30


def test_minimal_english_dataset_loads_as_it_is(invoke_json: object) -> None:
    from typing import Any, cast

    shown = cast(Any, invoke_json)("show", "lead", "--data", str(FIXTURES / "minimal.yaml"))
    assert shown["title"] == {"en": "Team lead", "ko": None}
    assert [s["id"] for s in shown["skills"]] == ["coaching", "communication"]
    assert [t["id"] for t in shown["tools"]] == ["zendesk", "slack"]
    assert shown["responsibilities"][0] == {
        "areas": [],
        "area_names": [],
        "area": None,
        "area_name": None,
        "title": None,
        "text": {"en": "Coach agents every week.", "ko": None},
    }
    assert shown["responsibilities"][1]["area"] == "reporting"


def test_validate_never_modifies_the_file(invoke: Invoke, tmp_path: Path) -> None:
    target = tmp_path / "roles.yaml"
    target.write_bytes(DATA_FILE.read_bytes())
    before = target.stat().st_mtime_ns
    invoke("validate", str(target))
    invoke("show", "team-lead", "--data", str(target))
    assert target.read_bytes() == DATA_FILE.read_bytes()
    assert target.stat().st_mtime_ns == before
