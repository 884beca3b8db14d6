"""The answer to a TAB, through the protocol the scripts speak (`_CSROLES_COMPLETE`), and
the scripts themselves: printed, installed, and parsed by each shell that is present.
tests/test_shells.py drives the real shells."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from cs_roles.cli import app
from cs_roles.errors import ExitCode
from cs_roles.payloads import SECTION_KEYS

DATASET: dict[str, Any] = {
    "schema_version": 1,
    "roles": {
        "night-lead": {
            "title": "Night shift lead",
            "aliases": ["Night Shift Boss", "야간 팀장", "야간 상담 매니저"],
        },
        "day-agent": {"title": "Day desk agent", "aliases": ["daytime agent", "주간 상담원"]},
    },
}


@pytest.fixture
def dataset(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "roles.yaml"
    path.write_text(yaml.safe_dump(DATASET, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv("CSROLES_DATA", str(path))
    return path


def answer(env: dict[str, str]) -> tuple[int, list[str]]:
    """csroles' exit status and output lines for a TAB, with the variables a script sets."""
    saved = {key: os.environ.get(key) for key in env}
    os.environ.update(env)  # the app reads them before CliRunner sets its own copy
    try:
        result = CliRunner().invoke(app, [], env=env, prog_name="csroles")
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return result.exit_code, result.stdout.splitlines()


def bash(words: str, cword: int | None = None) -> list[str]:
    """What bash is offered: `words` as COMP_WORDS (the last word being typed)."""
    count = len(words.split(" "))  # give `cword` when a word holds an escaped space
    code, lines = answer(
        {
            "_CSROLES_COMPLETE": "complete_bash",
            "COMP_WORDS": words,
            "COMP_CWORD": str(count - 1 if cword is None else cword),
        }
    )
    assert code == 0
    return lines


def described(line: str, shell: str = "zsh") -> dict[str, str]:
    """What zsh or fish is offered for the line up to the cursor: value -> description."""
    code, lines = answer({"_CSROLES_COMPLETE": f"complete_{shell}", "_TYPER_COMPLETE_ARGS": line})
    assert code == 0, lines
    pairs = [entry.partition("\t") for entry in lines]
    return {value: help_text for value, _, help_text in pairs}


def aliases_of(role_id: str) -> list[str]:
    return list(DATASET["roles"][role_id]["aliases"])


def test_words_are_matched_without_regard_to_case(dataset: Path) -> None:
    assert bash("csroles show NIGHT") == ["night-lead"]  # the id, before its aliases
    assert bash("csroles show NIGHT\\ s", 2) == ["Night Shift Boss"]
    assert bash("csroles show night s") == []  # an unescaped space ends the word
    assert bash("csroles SH") == ["show"]
    assert "--format" in bash("csroles show night-lead --FOR")


def test_the_bundled_ids_complete_in_any_case(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CSROLES_DATA", raising=False)
    assert bash("csroles show TEAM") == ["team-lead"]


def test_everyday_names_complete_in_any_case_and_name_their_role(
    monkeypatch: pytest.MonkeyPatch, raw: dict[str, Any]
) -> None:
    """The names people type that no article uses (팀장) complete like aliases; one that
    several roles share (관리자) names none of them and is not offered."""
    monkeypatch.delenv("CSROLES_DATA", raising=False)
    owners: dict[str, set[str]] = {}
    for role_id, role in raw["roles"].items():
        for name in role.get("everyday_names") or ():
            owners.setdefault(name.casefold(), set()).add(role_id)
    own = {name: ids.pop() for name, ids in owners.items() if len(ids) == 1}
    shared = [name for name, ids in owners.items() if len(ids) > 1]
    assert own and shared
    for name, role_id in own.items():
        word = name.upper().replace(" ", "\\ ")
        offered = bash(f"csroles show {word}", 2)
        assert name in {value.casefold() for value in offered}, (name, offered)
        shown = invoke_show(next(v for v in offered if v.casefold() == name))
        assert shown == role_id
    for name in shared:
        assert name not in {v.casefold() for v in bash(f"csroles show {name[:-1]}", 2)}


def invoke_show(name: str) -> str:
    result = CliRunner().invoke(app, ["show", name, "--json"])
    assert result.exit_code == 0, result.output
    role_id: str = json.loads(result.stdout)["id"]
    return role_id


def test_an_escaped_or_quoted_space_stays_inside_the_word(dataset: Path) -> None:
    korean = [a for a in aliases_of("night-lead") if a.startswith("야간 ")]
    assert bash("csroles show 야간\\ ", 2) == korean
    assert bash("csroles show '야간 ", 2) == korean
    assert bash('csroles show "야간 상', 2) == ["야간 상담 매니저"]
    assert list(described("csroles show 야간\\ ")) == korean
    assert list(described("csroles show '야간 팀", "fish")) == ["야간 팀장"]


def test_a_bare_word_offers_the_ids_with_their_titles(dataset: Path) -> None:
    offered = described("csroles show ")
    assert offered == {rid: role["title"] for rid, role in DATASET["roles"].items()}
    assert described("csroles show 주", "fish") == {"주간 상담원": "Day desk agent"}


def test_a_comma_list_offers_only_what_is_not_chosen(dataset: Path) -> None:
    rest = [s for s in SECTION_KEYS if s != "skills"]
    assert bash("csroles show night-lead --section skills,") == [f"skills,{s}" for s in rest]
    assert bash("csroles show night-lead --section SKILLS,t") == ["SKILLS,tools"]
    again = bash("csroles show night-lead --section tools --section skills,")
    assert again == [f"skills,{s}" for s in SECTION_KEYS if s not in ("skills", "tools")]
    assert bash("csroles matrix skills --roles night-lead,") == ["night-lead,day-agent"]


def test_option_values_complete_in_every_form(dataset: Path) -> None:
    assert bash("csroles show night-lead --format js") == ["json"]
    assert bash("csroles show night-lead --format = js") == ["json"]
    assert list(described("csroles show night-lead --format=js")) == ["json"]
    assert bash("csroles show night-lead --lang K") == ["ko", "ko+en"]


@pytest.mark.parametrize("setting", [{"CSROLES_LANG": "ko"}, {"LANG": "ko_KR.UTF-8"}])
def test_the_languages_are_described_in_the_readers_language(
    dataset: Path, monkeypatch: pytest.MonkeyPatch, setting: dict[str, str]
) -> None:
    for variable in ("CSROLES_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    english = described("csroles show night-lead --lang ")
    assert set(english) == {"en", "ko", "en+ko", "ko+en"} and english["en"] == "English only"
    for variable, value in setting.items():
        monkeypatch.setenv(variable, value)
    korean = described("csroles show night-lead --lang ", "fish")
    assert set(korean) == set(english)
    for value, meaning in korean.items():
        assert meaning and meaning.isascii() is False, (value, meaning)
        assert not re.search("[A-Za-z]", meaning), (value, meaning)


def test_fish_is_told_when_there_is_nothing_so_it_offers_files(dataset: Path) -> None:
    code, lines = answer(
        {"_CSROLES_COMPLETE": "complete_fish", "_TYPER_COMPLETE_ARGS": "csroles fit - --file "}
    )
    assert (code, lines) == (1, [])


def csroles(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "cs_roles", *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize(
    ("shell", "script", "rc_file"),
    [
        ("bash", ".bash_completions/csroles.sh", ".bashrc"),
        ("zsh", ".zfunc/_csroles", ".zshrc"),
        ("fish", ".config/fish/completions/csroles.fish", None),
    ],
)
def test_install_writes_the_printed_script_and_loads_it_once(
    tmp_path: Path, shell: str, script: str, rc_file: str | None
) -> None:
    shown = csroles("--show-completion", shell, home=tmp_path)
    assert shown.returncode == 0 and "_CSROLES_COMPLETE" in shown.stdout
    for _ in range(2):
        installed = csroles("--install-completion", shell, home=tmp_path)
        assert installed.returncode == 0, installed.stderr
        assert installed.stdout == "" and str(tmp_path / script) in installed.stderr
    assert (tmp_path / script).read_text(encoding="utf-8") == shown.stdout
    if rc_file is not None:
        lines = (tmp_path / rc_file).read_text(encoding="utf-8").splitlines()
        loading = [line for line in lines if str(tmp_path / script) in line]
        assert loading == [f"source {tmp_path / script}"]


def test_the_install_message_is_in_korean_too(tmp_path: Path) -> None:
    env = {**os.environ, "HOME": str(tmp_path), "CSROLES_LANG": "ko"}
    done = subprocess.run(
        [sys.executable, "-m", "cs_roles", "--install-completion", "fish"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and "설치했습니다" in done.stderr


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_clicks_source_instruction_prints_the_same_script(tmp_path: Path, shell: str) -> None:
    code, lines = answer({"_CSROLES_COMPLETE": f"{shell}_source"})
    shown = csroles("--show-completion", shell, home=tmp_path).stdout
    assert code == 0 and lines == shown.splitlines()


def test_an_unknown_shell_is_a_usage_error(tmp_path: Path) -> None:
    done = csroles("--install-completion", "tcsh", home=tmp_path)
    assert done.returncode == ExitCode.USAGE and "fish" in done.stderr
    assert not any(tmp_path.iterdir())


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_each_shell_parses_its_script(tmp_path: Path, shell: str) -> None:
    program = shutil.which(shell)
    if program is None:
        if os.environ.get("CI"):
            pytest.fail(f"{shell} is missing, and CI is set: .ci/run installs it")
        pytest.skip(f"{shell} is not installed")
    script = tmp_path / "script"
    script.write_text(csroles("--show-completion", shell, home=tmp_path).stdout, "utf-8")
    checked = subprocess.run([program, "-n", str(script)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
