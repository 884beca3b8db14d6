"""End-to-end use of the CLI as a person or a script would use it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import DATA_FILE, REPO, Invoke

from cs_roles import package_version

ROLE_IDS = [
    "experience-manager",
    "operations-manager",
    "support-manager",
    "coordinator",
    "team-lead",
]


def test_list_json_has_every_role_with_counts(invoke_json: Any, raw: dict[str, Any]) -> None:
    rows = invoke_json("list")
    assert [r["id"] for r in rows] == ROLE_IDS
    for row in rows:
        role = raw["roles"][row["id"]]
        assert row["title"] == {"en": role["title"]["en"], "ko": role["title"]["ko"]}
        assert row["skills"] == len(role["skills"])
        assert row["tools"] == len({t for group in role["tools"] for t in group["tools"]})


def test_list_table_shows_both_titles(invoke: Invoke, raw: dict[str, Any]) -> None:
    result = invoke("list")
    assert result.exit_code == 0
    most_tools = max(
        len({t for group in role["tools"] for t in group["tools"]})
        for role in raw["roles"].values()
    )
    for needle in ("team-lead", "고객 서비스 팀", "Coordinator", str(most_tools)):
        assert needle in result.stdout


SHOW_KEYS = {
    "id",
    "title",
    "aliases",
    "summary",
    "responsibilities",
    "skills",
    "tools",
    "career_path",
    "career_positions",
    "growth",
    "best_practices",
    "crosswalk",
    "tool_purposes",
    "source",
}


@pytest.mark.parametrize("role_id", ROLE_IDS)
def test_show_json_matches_the_dataset(invoke_json: Any, raw: dict[str, Any], role_id: str) -> None:
    shown = invoke_json("show", role_id)
    role = raw["roles"][role_id]
    assert set(shown) == SHOW_KEYS
    assert shown["id"] == role_id
    assert shown["title"] == role["title"]
    assert shown["aliases"] == role.get("aliases", [])
    skill_ids = [s["skill"] for s in role["skills"]]
    assert [s["id"] for s in shown["skills"]] == skill_ids
    assert [s["name"]["ko"] for s in shown["skills"]] == [
        raw["skills"][s]["name"]["ko"] for s in skill_ids
    ]
    assert [(t["id"], t["category"]) for t in shown["tools"]] == [
        (t, group["category"]) for group in role["tools"] for t in group["tools"]
    ]
    assert [r["text"]["en"] for r in shown["responsibilities"]] == [
        r["text"]["en"].strip() for r in role["responsibilities"]
    ]
    assert [r["area"] for r in shown["responsibilities"]] == [
        r["areas"][0] for r in role["responsibilities"]
    ]
    assert shown["career_path"] == [rung.get("text", rung) for rung in role["career_path"]]
    assert shown["best_practices"] == role["best_practices"]
    assert shown["source"]["title"] == role["source"]["title"]


@pytest.mark.parametrize(
    "name",
    [
        "team-lead",
        "TEAM-LEAD",
        "팀 리더",
        "Customer Service Team Lead",
        "고객 서비스 팀 리더",
        "팀리더",
        "팀 리드",
    ],
)
def test_role_found_by_id_alias_or_title(invoke_json: Any, name: str) -> None:
    assert invoke_json("show", name)["id"] == "team-lead"


def test_show_table_has_every_section(invoke: Invoke) -> None:
    result = invoke("show", "team-lead")
    assert result.exit_code == 0
    out = result.stdout
    for heading in (
        "Summary",
        "Responsibilities (10)",
        "Skills (10)",
        "Tools and technologies (20)",
        "Career path",
        "Best practices (10)",
        "Source",
    ):
        assert heading in out
    for item in ("Five9", "TalentLMS", "Conflict resolution", "Vice president of customer", "Guru"):
        assert item in out
    assert max(len(line) for line in out.splitlines()) <= 80


def test_show_in_korean(invoke: Invoke) -> None:
    result = invoke("show", "coordinator", "--lang", "ko")
    assert result.exit_code == 0
    assert "책임 (8)" in result.stdout
    assert "정책 및 절차 개발" in result.stdout
    assert "Responsibilities" not in result.stdout


@pytest.mark.parametrize(
    ("section", "keys"),
    [
        ("skills", {"skills"}),
        ("tools", {"tools", "tool_purposes"}),
        ("responsibilities", {"responsibilities"}),
        ("career", {"career_path", "career_positions", "growth"}),
        ("practices", {"best_practices"}),
    ],
)
def test_section_narrows_output(
    invoke: Invoke, invoke_json: Any, section: str, keys: set[str]
) -> None:
    shown = invoke_json("show", "experience-manager", "--section", section)
    assert set(shown) == {"id", "title"} | keys
    table = invoke("show", "experience-manager", "--section", section).stdout
    assert ("Best practices" in table) == (section == "practices")
    assert ("Tools and technologies" in table) == (section == "tools")


def test_unknown_role_suggests_the_nearest(invoke: Invoke) -> None:
    result = invoke("show", "team-laed")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "unknown role 'team-laed'" in result.stderr
    assert "did you mean 'team-lead'" in result.stderr


def test_unknown_korean_role_suggests(invoke: Invoke) -> None:
    result = invoke("show", "조정사")
    assert result.exit_code == 1
    assert "'coordinator'" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["show"],
        ["show", "team-lead", "--lang", "fr"],
        ["show", "team-lead", "--section", "hobbies"],
        ["nonsense"],
    ],
)
def test_usage_errors_exit_2(invoke: Invoke, args: list[str]) -> None:
    result = invoke(*args)
    assert result.exit_code == 2
    assert result.stdout == ""


def test_version(invoke: Invoke) -> None:
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout == f"csroles {package_version()}\n"


def test_data_option_and_environment_variable(invoke: Invoke, tmp_path: Path) -> None:
    own = tmp_path / "mine.yaml"
    own.write_text(
        "schema_version: 1\nroles:\n  night-agent: {title: Night agent}\n", encoding="utf-8"
    )
    by_option = invoke("list", "--json", "--data", str(own))
    by_env = invoke("list", "--json", env={"CSROLES_DATA": str(own)})
    for result in (by_option, by_env):
        assert result.exit_code == 0, result.output
        assert [r["id"] for r in json.loads(result.stdout)] == ["night-agent"]


def test_help_has_examples_for_every_command(invoke: Invoke) -> None:
    from cs_roles.commands import names as command_names

    names = list(command_names())
    assert {"show", "list"} <= set(names)
    for name in names:
        assert name
        result = invoke(name, "--help")
        assert result.exit_code == 0
        assert "Example" in result.stdout, name
        assert f"csroles {name}" in result.stdout, name


# -- the installed program ----------------------------------------------------------------


def installed_csroles() -> list[str]:
    script = shutil.which("csroles", path=os.path.dirname(sys.executable))
    return [script] if script else [sys.executable, "-m", "cs_roles"]


def test_installed_script_runs_from_another_directory(tmp_path: Path) -> None:
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"))
    env.pop("CSROLES_DATA", None)
    done = subprocess.run(
        [*installed_csroles(), "show", "team-lead", "--json"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.decode("utf-8"))["title"]["ko"] == "고객 서비스 팀 리더"


def test_python_dash_m_and_the_packaged_dataset(tmp_path: Path) -> None:
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"))
    done = subprocess.run(
        [sys.executable, "-m", "cs_roles", "list", "--json"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)) == 5
    from cs_roles.sources import default_dataset_path

    # The packaged copy is the repository's file, byte for byte (no second source to drift).
    with open(default_dataset_path(), "rb") as packaged:
        assert packaged.read() == DATA_FILE.read_bytes()


def test_no_private_module_of_a_library_is_imported() -> None:
    """Private modules (Typer's own Click, the standard library's _blake2 or _sqlite3)
    change without notice between releases."""
    import ast

    package = REPO / "src" / "cs_roles"
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            for name in names:
                if name.split(".")[0] not in {"cs_roles", "__future__"}:
                    private = [part for part in name.split(".") if part.startswith("_")]
                    assert not private, f"{path.name} imports {name}"
