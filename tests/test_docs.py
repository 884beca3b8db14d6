"""The README stays true: its commands are the ones CI runs, every command is documented."""

from __future__ import annotations

import re

from conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def test_ci_runs_the_readme_test_command() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)\n```", README, re.S)
    assert len(blocks) >= 2
    install_and_run, test_command = blocks[0], blocks[1]
    assert "csroles show team-lead" in install_and_run
    assert "pytest" in test_command
    assert test_command in ci.splitlines()


def test_every_command_is_in_the_readme() -> None:
    from cs_roles.commands import MODULES

    for name in MODULES:
        assert f"csroles {name}" in README, name


def test_exit_codes_are_documented() -> None:
    assert "## Exit codes" in README
    for code in ("| 0 |", "| 1 |", "| 2 |", "| 3 |", "| 4 |", "| 5 |", "| 130 |"):
        assert code in README


def test_readme_examples_are_the_commands_output() -> None:
    """Every console block in README.md is what its command prints now (docs/readme.py)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("readme", REPO / "docs" / "readme.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert len(module.BLOCK.findall(README)) >= 10
    assert module.stale_blocks(README) == [], "run: python docs/readme.py"
