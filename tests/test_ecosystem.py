"""Fits the ecosystem: completion, the JSON Schema, the README's pictures, a clean wheel."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import jsonschema
import pytest
import yaml
from conftest import DATA_FILE, FIXTURES, ONET, REPO, Invoke, require_shared
from typer.testing import CliRunner

from cs_roles.cli import app
from cs_roles.dataset_format import json_schema

SCHEMA_FILE = REPO / "schema" / "roles.schema.json"


# -- shell completion ----------------------------------------------------------------------


def complete(words: str, shell: str = "bash") -> list[str]:
    """What the shell would offer after `words` (the last word is being typed)."""
    parts = words.split(" ")
    env = {"_CSROLES_COMPLETE": f"complete_{shell}"}
    if shell == "bash":
        env |= {"COMP_WORDS": words, "COMP_CWORD": str(len(parts) - 1)}
    else:
        env |= {"_TYPER_COMPLETE_ARGS": words}
    # A shell sets these before csroles starts; set them before the app is built, too.
    saved = {key: os.environ.get(key) for key in env}
    os.environ.update(env)
    try:
        result = CliRunner().invoke(app, [], env=env, prog_name="csroles")
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    assert result.exit_code == 0, result.output
    return result.stdout.split()


def test_role_ids_complete_for_every_role_argument() -> None:
    assert complete("csroles show te") == ["team-lead"]
    assert set(complete("csroles show ")) == {
        "experience-manager",
        "operations-manager",
        "support-manager",
        "coordinator",
        "team-lead",
    }
    assert complete("csroles compare coordinator su") == ["support-manager"]
    assert complete("csroles similar op") == ["operations-manager"]
    assert complete("csroles search desk --role co") == ["coordinator"]
    assert complete("csroles matrix tools --roles coordinator,te") == ["coordinator,team-lead"]


def test_completion_reads_the_dataset_named_by_data() -> None:
    minimal = FIXTURES / "minimal.yaml"
    assert complete(f"csroles show --data {minimal} le") == ["lead"]
    assert complete(f"csroles compare --data {minimal} agent ") == ["agent", "lead"]


def test_choices_complete() -> None:
    assert "practices" in complete("csroles show team-lead --section ")
    assert set(complete("csroles search x --kind ")) == {
        "role",
        "skill",
        "tool",
        "category",
        "area",
        "text",
    }
    from cs_roles.commands import formats_of

    for command in ("show", "compare", "search"):
        offered = {f.value for f in formats_of(command)}
        assert set(complete(f"csroles {command} x --format ")) == offered


def test_zsh_completion_gives_titles() -> None:
    out = " ".join(complete("csroles show team", shell="zsh"))
    assert "team-lead" in out and "Customer Service Team Lead" in out


def test_show_completion_scripts_for_each_shell() -> None:
    for shell in ("bash", "zsh", "fish"):
        done = subprocess.run(
            [sys.executable, "-m", "cs_roles", "--show-completion", shell],
            capture_output=True,
            check=False,
            text=True,
        )
        assert done.returncode == 0, done.stderr
        assert "_CSROLES_COMPLETE" in done.stdout


# -- JSON Schema ---------------------------------------------------------------------------


class _PlainLoader(yaml.SafeLoader):
    """YAML as an editor's language server reads it for a schema: dates stay strings."""


_PlainLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def schema_errors(text: str) -> list[str]:
    validator = jsonschema.Draft202012Validator(json_schema())
    return [e.message for e in validator.iter_errors(yaml.load(text, Loader=_PlainLoader))]


def test_schema_command_matches_the_committed_file(invoke: Invoke) -> None:
    result = invoke("schema")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(json.loads(result.stdout))


def test_bundled_dataset_points_editors_at_the_schema() -> None:
    first = DATA_FILE.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../schema/roles.schema.json"
    assert (DATA_FILE.parent / "../schema/roles.schema.json").resolve() == SCHEMA_FILE


def test_bundled_dataset_is_valid_against_the_schema() -> None:
    assert schema_errors(DATA_FILE.read_text(encoding="utf-8")) == []


def test_minimal_fixture_is_valid_against_the_schema() -> None:
    assert schema_errors((FIXTURES / "minimal.yaml").read_text(encoding="utf-8")) == []


def test_converted_onet_slice_is_valid_against_the_schema() -> None:
    require_shared(ONET)
    spec = importlib.util.spec_from_file_location(
        "onet_to_yaml", REPO / "bench" / "onet_to_yaml.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text, _stats = module.convert(ONET, {"43-4051.00", "43-1011.00", "11-3012.00"})
    assert schema_errors(text) == []


@pytest.mark.parametrize(
    "fixture",
    [
        "unknown_top_key.yaml",
        "missing_title.yaml",
        "wrong_type.yaml",
        "not_a_slug.yaml",
        "newer_version.yaml",
        "empty_name.yaml",
        "no_version.yaml",
    ],
)
def test_broken_datasets_fail_the_schema(fixture: str) -> None:
    assert schema_errors((FIXTURES / fixture).read_text(encoding="utf-8"))


# -- pictures ------------------------------------------------------------------------------


def test_readme_pictures_are_up_to_date() -> None:
    spec = importlib.util.spec_from_file_location("render", REPO / "docs" / "render.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for name, (title, renderable) in module.pictures().items():
        committed = (REPO / "docs" / name).read_text(encoding="utf-8")
        assert module.render_svg(title, renderable) == committed, (
            f"docs/{name} is stale: run python docs/render.py"
        )
        assert f"docs/{name}" in readme


# -- install like a user -------------------------------------------------------------------


def test_wheel_carries_the_dataset_and_the_script(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(tmp_path), str(REPO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    (wheel,) = tmp_path.glob("csroles-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        assert archive.read("cs_roles/data/roles.yaml") == DATA_FILE.read_bytes()
        entry_points = next(n for n in names if n.endswith("entry_points.txt"))
        assert "csroles = cs_roles.cli:main" in archive.read(entry_points).decode()
        assert "cs_roles/cli.py" in names and "cs_roles/render/terminal.py" in names
        assert not [n for n in names if "__pycache__" in n or n.startswith("tests/")]


def test_help_lists_commands_main_job_first(invoke: Invoke) -> None:
    out = invoke("--help").stdout
    order = [
        out.index(f"│ {name} ")
        for name in ("show", "list", "compare", "similar", "matrix", "search", "validate", "schema")
    ]
    assert order == sorted(order)


@pytest.mark.parametrize(
    "name", ["show", "list", "compare", "similar", "matrix", "search", "validate", "schema"]
)
def test_every_command_has_a_summary_and_an_example(invoke: Invoke, name: str) -> None:
    out = invoke(name, "--help").stdout
    assert "Examples" in out
    assert sum(line.strip().startswith(f"• csroles {name}") for line in out.splitlines()) >= 1


def test_version_comes_from_the_package_metadata(invoke: Invoke) -> None:
    from importlib.metadata import version

    assert invoke("--version").stdout.strip() == f"csroles {version('csroles')}"
