"""Shared fixtures: the real bundled dataset, an isolated cache, and a CLI runner."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner, Result

from cs_roles import messages
from cs_roles.cli import app

REPO = Path(__file__).resolve().parent.parent
DATA_FILE = REPO / "data" / "roles.yaml"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEEDS = REPO.parent / "shared" / "seeds"
ONET = REPO.parent / "shared" / "onet-29.2"


def require_shared(path: Path) -> None:
    """Data beside the repo (../shared: the source articles, O*NET) that a test needs.

    Absent, the test is skipped on a developer's machine; with the environment variable
    CI set it fails instead, so that CI never passes without having run it.
    """
    if path.is_dir():
        return
    if os.environ.get("CI"):
        pytest.fail(f"{path} is missing, and CI is set: the shared data must be there")
    pytest.skip(f"{path} is not beside the repo")


@pytest.fixture(autouse=True)
def isolated_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test gets its own cache directory and the bundled dataset by default."""
    cache = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    monkeypatch.delenv("CSROLES_DATA", raising=False)
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.delenv("NO_COLOR", raising=False)
    return cache


def whole_catalog() -> dict[str, Any]:
    """Every key of the message catalog, with the areas it loads on first use loaded."""
    for prefix in messages.AREAS:
        messages.labels(prefix, "en")  # loads the area that holds the prefix
    return messages.CATALOG


@pytest.fixture(scope="session")
def raw() -> dict[str, Any]:
    """The dataset file read independently of csroles' own loader."""
    with DATA_FILE.open(encoding="utf-8") as handle:
        data: dict[str, Any] = yaml.safe_load(handle)
    return data


Invoke = Callable[..., Result]


@pytest.fixture
def invoke() -> Invoke:
    runner = CliRunner()

    def run(*args: str, env: dict[str, str] | None = None, input: str | None = None) -> Result:
        return runner.invoke(app, list(args), env=env, input=input, catch_exceptions=False)

    return run


@pytest.fixture
def invoke_json(invoke: Invoke) -> Callable[..., Any]:
    def run(*args: str) -> Any:
        result = invoke(*args, "--json")
        assert result.exit_code == 0, result.output
        assert result.stderr == ""
        return json.loads(result.stdout)

    return run


def write_dataset(directory: Path, text: str, name: str = "roles.yaml") -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def env_without_cache(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["XDG_CACHE_HOME"] = str(tmp)
    return env


def first_example(name: str) -> list[str]:
    """The arguments of the first example in the command's own --help (the `csroles ...`
    bullets of its docstring) that reads no file and uses no pipe or redirection: what a
    test runs for a command it has no arguments of its own for."""
    import shlex

    import typer

    from cs_roles.commands import module_of

    module = module_of(name)
    assert module is not None, name
    helptext = typer.main.get_command(module.app).help or ""
    for example in re.findall(r"^\* `csroles (.+)`$", helptext, re.M):
        words = shlex.split(example)
        if not any(w in ("|", ">", "<") or w.endswith((".csv", ".yaml", ".xlsx")) for w in words):
            return words
    raise AssertionError(f"csroles {name} --help has no example that reads no file")
