"""Completion in real shells: bash, zsh and fish, each started under tmux with a fresh HOME
where completion was installed as the README says (`csroles --install-completion SHELL`,
then a new shell), typed at key by key, and read back from the screen.

The dataset is the test's own (aliases with spaces, in English and Korean), named by
$CSROLES_DATA, so that the bundled aliases can change without these tests changing.
Without tmux, zsh or fish the tests are skipped on a developer's machine and fail under CI
(`.ci/run` installs them).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

DATASET: dict[str, Any] = {
    "schema_version": 3,  # the first with everyday names
    "roles": {
        "night-lead": {
            "title": "Night shift lead",
            "aliases": ["night shift boss", "야간 팀장", "야간 상담 매니저"],
            "everyday_names": ["야간 반장"],
        },
        "day-agent": {"title": "Day desk agent", "aliases": ["daytime agent", "주간 상담원"]},
    },
}

BIN = Path(sys.executable).parent


def installed_csroles() -> str:
    """The console script of the environment under test."""
    found = shutil.which("csroles", path=str(BIN))
    if found is None:
        pytest.fail(f"csroles is not installed in {BIN}")
    return found


def require_program(name: str) -> str:
    """A program the test drives: absent, skipped locally and a failure under CI (the
    rule of `require_shared`)."""
    found = shutil.which(name)
    if found is not None:
        return found
    if os.environ.get("CI"):
        pytest.fail(f"{name} is missing, and CI is set: .ci/run installs it")
    pytest.skip(f"{name} is not installed")


def title_of(role_id: str) -> str:
    return str(DATASET["roles"][role_id]["title"])


class Terminal:
    """One shell in a detached tmux session of its own server, 200x50."""

    def __init__(self, socket: Path, env: dict[str, str], command: list[str]) -> None:
        self.socket = socket
        self.env = env
        self.tmux = require_program("tmux")
        self.run("-f", "/dev/null", "new-session", "-d", "-x", "200", "-y", "50", "-s", "t",
                 subprocess.list2cmdline(command))  # fmt: skip
        self.wait_for(lambda screen: screen.strip() != "", "a prompt")

    def run(self, *args: str) -> str:
        done = subprocess.run(
            [self.tmux, "-u", "-S", str(self.socket), *args],
            env=self.env,
            capture_output=True,
            text=True,
            check=True,
        )
        return done.stdout

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", "t")

    def type(self, *keys: str) -> None:
        """Keys as tmux names them (`Tab`, `Enter`); anything else is typed literally."""
        for key in keys:
            if key in ("Tab", "Enter", "C-u"):
                self.run("send-keys", "-t", "t", key)
            else:
                self.run("send-keys", "-t", "t", "-l", key)

    def wait_for(self, ready: Callable[[str], bool], what: str, timeout: float = 15.0) -> str:
        """The screen once `ready` holds, polled; an AssertionError showing the screen
        when it never does."""
        deadline = time.monotonic() + timeout
        while True:
            screen = self.screen()
            if ready(screen):
                return screen
            if time.monotonic() > deadline:
                raise AssertionError(f"waited for {what}; the screen:\n{screen}")
            time.sleep(0.05)

    def wait_for_text(self, text: str) -> str:
        return self.wait_for(lambda screen: text in screen, repr(text))

    def close(self) -> None:
        subprocess.run([self.tmux, "-S", str(self.socket), "kill-server"],
                       env=self.env, capture_output=True, check=False)  # fmt: skip


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test dataset, in a directory of its own."""
    root = tmp_path_factory.mktemp("shells")
    (root / "roles.yaml").write_text(yaml.safe_dump(DATASET, allow_unicode=True), "utf-8")
    return root


def shell_env(home: Path, world: Path) -> dict[str, str]:
    return {
        "HOME": str(home),
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '/usr/bin:/bin')}",
        "LANG": "C.UTF-8",
        "TERM": "xterm-256color",
        "CSROLES_DATA": str(world / "roles.yaml"),
        "CSROLES_LANG": "en",
        "XDG_CACHE_HOME": str(world / "cache"),
        "COLUMNS": "200",
    }


@pytest.fixture
def open_shell(tmp_path: Path, world: Path) -> Iterator[Callable[[str], Terminal]]:
    """A new shell, completion installed in a fresh HOME as the README says."""
    opened: list[Terminal] = []

    def start(shell: str) -> Terminal:
        program = require_program(shell)
        home = tmp_path / f"home-{shell}"
        home.mkdir()
        env = shell_env(home, world)
        installed = subprocess.run(
            [installed_csroles(), "--install-completion", shell],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert installed.returncode == 0, installed.stderr
        command = {"bash": [program, "-i"], "zsh": [program, "-i"], "fish": [program]}[shell]
        terminal = Terminal(tmp_path / f"tmux-{shell}", env, command)
        opened.append(terminal)
        return terminal

    yield start
    for terminal in opened:
        terminal.close()


def typed_line(screen: str, start: str = "csroles ") -> str:
    """The last line on screen that holds the command being typed."""
    lines = [line for line in screen.splitlines() if start in line]
    return lines[-1][lines[-1].index(start) :].rstrip() if lines else ""


# -- bash ----------------------------------------------------------------------------------


def test_bash_inserts_a_korean_alias_with_a_space_quoted_and_runs_it(
    open_shell: Callable[[str], Terminal],
) -> None:
    bash = open_shell("bash")
    bash.type("csroles show 주간", "Tab")
    bash.wait_for(lambda s: typed_line(s) == r"csroles show 주간\ 상담원", "the quoted alias")
    bash.type("Enter")
    bash.wait_for_text(title_of("day-agent"))


def test_bash_completes_an_everyday_name_and_runs_it(
    open_shell: Callable[[str], Terminal],
) -> None:
    everyday = DATASET["roles"]["night-lead"]["everyday_names"][0]
    typed = everyday.replace(" ", "\\ ")
    bash = open_shell("bash")
    bash.type(f"csroles show {typed[:-1]}", "Tab")
    bash.wait_for(lambda s: typed_line(s) == f"csroles show {typed}", "the everyday name")
    bash.type("Enter")
    bash.wait_for_text(title_of("night-lead"))


def test_bash_completes_after_an_escaped_space(open_shell: Callable[[str], Terminal]) -> None:
    bash = open_shell("bash")
    bash.type(r"csroles show 야간\ 상", "Tab")
    bash.wait_for(lambda s: typed_line(s) == r"csroles show 야간\ 상담\ 매니저", "the alias")
    bash.type("C-u", "csroles show 'night s", "Tab")
    bash.wait_for(lambda s: typed_line(s) == "csroles show 'night shift boss'", "the alias")


def test_bash_completes_an_option_value_and_a_comma_list_without_repeats(
    open_shell: Callable[[str], Terminal],
) -> None:
    bash = open_shell("bash")
    bash.type("csroles show night-lead --format js", "Tab")
    bash.wait_for(lambda s: typed_line(s) == "csroles show night-lead --format json", "json")
    bash.type("C-u", "csroles show night-lead --section summary,skills,", "Tab", "Tab")
    screen = bash.wait_for_text("summary,skills,tools")
    assert "summary,skills,skills" not in screen and "summary,skills,summary" not in screen
    assert "summary,skills,career" in screen


def test_bash_matches_without_regard_to_case(open_shell: Callable[[str], Terminal]) -> None:
    bash = open_shell("bash")
    bash.type("csroles show NIGHT-", "Tab")
    bash.wait_for(lambda s: typed_line(s) == "csroles show night-lead", "the id")


# -- zsh -----------------------------------------------------------------------------------


def test_zsh_completes_on_the_first_tab_of_a_new_shell(
    open_shell: Callable[[str], Terminal],
) -> None:
    zsh = open_shell("zsh")
    zsh.type("csroles show 주간", "Tab")
    zsh.wait_for(lambda s: typed_line(s) == r"csroles show 주간\ 상담원", "the quoted alias")
    zsh.type("Enter")
    zsh.wait_for_text(title_of("day-agent"))


def test_zsh_completes_escaped_prefixes_case_and_comma_lists(
    open_shell: Callable[[str], Terminal],
) -> None:
    zsh = open_shell("zsh")
    zsh.type(r"csroles show 야간\ 팀", "Tab")
    zsh.wait_for(lambda s: typed_line(s) == r"csroles show 야간\ 팀장", "the alias")
    zsh.type("C-u", "csroles show DAY", "Tab")
    zsh.wait_for(lambda s: typed_line(s) == "csroles show day-agent", "the id")
    zsh.type("C-u", "csroles show day-agent --section skills,to", "Tab")
    wanted = "csroles show day-agent --section skills,tools"
    zsh.wait_for(lambda s: typed_line(s).startswith(wanted), "the second section")
    zsh.type("C-u", "csroles show day-agent --format js", "Tab")
    zsh.wait_for(lambda s: typed_line(s).startswith("csroles show day-agent --format json"), "json")


# -- fish ----------------------------------------------------------------------------------


def test_fish_completes_aliases_with_descriptions(open_shell: Callable[[str], Terminal]) -> None:
    fish = open_shell("fish")
    fish.type("csroles show ", "Tab")
    screen = fish.wait_for_text(f"({title_of('night-lead')})")
    assert "night-lead" in screen and "day-agent" in screen
    fish.type("C-u", "csroles show 야간\\ 상", "Tab")
    fish.wait_for(lambda s: typed_line(s) == r"csroles show 야간\ 상담\ 매니저", "the alias")
    fish.type("Enter")
    fish.wait_for_text(title_of("night-lead"))


def test_fish_completes_case_option_values_and_comma_lists(
    open_shell: Callable[[str], Terminal],
) -> None:
    fish = open_shell("fish")
    fish.type("csroles show NIGHT-", "Tab")
    fish.wait_for(lambda s: typed_line(s) == "csroles show night-lead", "the id")
    fish.type("C-u", "csroles show night-lead --format js", "Tab")
    fish.wait_for(lambda s: typed_line(s) == "csroles show night-lead --format json", "json")
    fish.type("C-u", "csroles show night-lead --section tools,", "Tab")
    screen = fish.wait_for_text("tools,skills")
    assert "tools,tools" not in screen
