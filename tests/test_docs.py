"""The docs stay true: every example and table is generated from the code and checked here,
the README is a front door that names every command, and CI runs the README's test command."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from types import ModuleType

import pytest
from conftest import FIXTURES, REPO, Invoke, first_example

from cs_roles.errors import ExitCode

README = (REPO / "README.md").read_text(encoding="utf-8")
DOCS = REPO / "docs"


@pytest.fixture(scope="module")
def build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build", DOCS / "build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _commands() -> list[str]:
    from cs_roles.commands import names as command_names

    return list(command_names())


def test_ci_runs_the_readme_test_command() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)\n```", README, re.S)
    assert len(blocks) >= 2
    install_and_run, test_command = blocks[0], blocks[1]
    assert "csroles show team-lead" in install_and_run
    assert "pytest" in test_command
    assert test_command in ci.splitlines()


def test_readme_is_a_front_door() -> None:
    assert len(README.splitlines()) <= 250


def test_docs_are_what_the_code_generates(build: ModuleType) -> None:
    """README.md and docs/ hold what `python docs/build.py` writes now."""
    assert build.stale() == [], "run: python docs/build.py"


def test_every_command_has_a_page_and_a_tour_stop(build: ModuleType) -> None:
    group = build._click_group()
    for name in _commands():
        page = DOCS / "commands" / f"{name}.md"
        assert page.is_file(), f"{page} is missing: run python docs/build.py"
        text = page.read_text(encoding="utf-8")
        examples = re.findall(rf"<!-- example: (?:.*\| )?csroles {name}\b(.*?) -->", text)
        assert examples, f"docs/commands/{name}.md has no example"
        takes_lang = any(param.name == "lang" for param in group.get_command(None, name).params)
        if takes_lang:  # one example in Korean: asked for, or typed in Hangul
            korean = [e for e in examples if "--lang ko" in e or re.search("[가-힣ㄱ-ㅎ]", e)]
            assert korean, f"docs/commands/{name}.md has no Korean example"
        assert f"<!-- example: csroles {name} " in README, f"the README's tour lacks {name}"
        assert f"(docs/commands/{name}.md)" in README


def _table_rows(text: str) -> dict[int, list[str]]:
    rows = re.findall(r"^\| (\d+) \| (.+) \|$", text, re.M)
    return {int(code): [cell.strip() for cell in rest.split(" | ")] for code, rest in rows}


def test_exit_code_tables_are_the_enum() -> None:
    readme_section = README.split("## Exit codes", 1)[1].split("\n## ", 1)[0]
    page = (DOCS / "exit-codes.md").read_text(encoding="utf-8")
    for text in (readme_section, page):
        rows = _table_rows(text)
        assert set(rows) == {int(code) for code in ExitCode}
        for code in ExitCode:
            assert rows[int(code)][0] == code.name.lower().replace("_", " ")


def test_code_map_names_real_files() -> None:
    text = (DOCS / "code-map.md").read_text(encoding="utf-8")
    paths = {p for p in re.findall(r"`([\w./-]+)`", text) if "/" in p or p.endswith(".py")}
    assert len(paths) >= 20
    missing = sorted(p for p in paths if not (REPO / p).exists())
    assert missing == []


def test_validate_exits_4_as_documented(invoke: Invoke) -> None:
    broken = "docs/examples/broken.yaml"
    assert invoke("validate", str(REPO / broken)).exit_code == ExitCode.INVALID == 4
    block = README.split(f"<!-- example: csroles validate {broken}; echo $? -->", 1)[1]
    shown = block.split("```console\n", 1)[1].split("```", 1)[0]
    assert shown.rstrip().splitlines()[-1] == "4"


def test_formats_page_offers_what_the_cli_accepts(invoke: Invoke) -> None:
    """The jsonl row names exactly the commands that accept --format jsonl."""
    from cs_roles.commands import formats_of

    page = (DOCS / "formats.md").read_text(encoding="utf-8")
    row = next(line for line in page.splitlines() if line.startswith("| `jsonl` |"))
    documented = set(re.findall(r"`(\w+)`", row.rsplit("|", 2)[1]))
    arguments = {
        "compare": ["compare", "coordinator", "team-lead"],
        "validate": ["validate"],
        "team": ["team", str(FIXTURES / "team.csv")],
    }
    for name in _commands():
        if formats_of(name) and name not in arguments:
            arguments[name] = first_example(name)
    accepted = {
        name
        for name, args in arguments.items()
        if invoke(*args, "--format", "jsonl").exit_code == 0
    }
    assert "compare" not in accepted
    assert documented == accepted


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[bytes]:
    full = {**os.environ, **env, "NO_COLOR": "1"}
    full.pop("CSROLES_LANG", None)
    return subprocess.run(
        [sys.executable, "-m", "cs_roles", *args], env=full, capture_output=True, check=False
    )


def test_encodings_behave_as_documented() -> None:
    """docs/formats.md: stdout is UTF-8 whatever PYTHONIOENCODING says; stderr shows '?' for
    what its encoding cannot hold; a C locale keeps UTF-8."""
    page = (DOCS / "formats.md").read_text(encoding="utf-8")
    assert "always written as UTF-8 bytes" in page and "shown as `?`" in page
    ascii_env = {"PYTHONIOENCODING": "ascii"}
    shown = _run(["show", "coordinator", "--section", "summary", "--lang", "ko"], ascii_env)
    assert shown.returncode == 0
    assert "고객 서비스 조정자" in shown.stdout.decode("utf-8")
    missing = _run(["show", "팀리더x", "--lang", "ko"], ascii_env)
    assert missing.returncode == ExitCode.NOT_FOUND
    assert "팀리더x" not in missing.stderr.decode("utf-8") and b"?" in missing.stderr
    c_locale = _run(["show", "팀리더x", "--lang", "ko"], {"LC_ALL": "C", "PYTHONIOENCODING": ""})
    assert "팀리더x" in c_locale.stderr.decode("utf-8")
