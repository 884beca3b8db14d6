"""Hostile data, hostile input, and output that is piped, narrow, colourless or not UTF-8."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from conftest import DATA_FILE, Invoke, write_dataset
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

CSROLES = [sys.executable, "-m", "cs_roles"]
COLOUR = re.compile(r"\x1b\[(?:[0-9;]*;)?(?:3[0-9]|9[0-7]|38;[25])")  # a foreground colour
ESCAPE = re.compile(r"\x1b\[")


def run(
    args: list[str], env: dict[str, str] | None = None, **kw: Any
) -> subprocess.CompletedProcess[bytes]:
    full = dict(os.environ)
    full.pop("NO_COLOR", None)
    full.pop("FORCE_COLOR", None)
    full.update(env or {})
    return subprocess.run([*CSROLES, *args], env=full, capture_output=True, check=False, **kw)


# -- hostile datasets ---------------------------------------------------------------------

HOSTILE = {
    "deep brackets": "schema_version: 1\nroles:\n  a:\n    title: " + "[" * 100_000 + "]" * 100_000,
    "deep block lists": "schema_version: 1\nroles:\n  a:\n    title: x\n    best_practices: "
    + "- " * 20_000
    + "x",
    "deep indentation": "schema_version: 1\nroles:\n  a:\n    title: x\n    growth:\n"
    + " " * 6_000
    + "- a",
    "control character": 'schema_version: 1\nroles:\n  a: {title: "bell \\a here"}\n',
    "raw control character": "schema_version: 1\nroles:\n  a: {title: bell \x07 here}\n",
    "NUL byte": "schema_version: 1\nroles:\n  a: {title: nul \x00 here}\n",
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_dataset_is_refused_quickly(invoke: Invoke, tmp_path: Path, name: str) -> None:
    path = write_dataset(tmp_path, HOSTILE[name])
    started = time.perf_counter()
    result = invoke("validate", str(path))
    assert result.exit_code == 4
    assert str(path) in result.stdout
    # Not a speed target: without the guards these take a minute or crash the process.
    assert time.perf_counter() - started < 20


def test_deep_nesting_does_not_crash_the_process(tmp_path: Path) -> None:
    path = write_dataset(tmp_path, HOSTILE["deep brackets"])
    done = run(["show", "a", "--data", str(path)], timeout=60)
    assert done.returncode == 4  # not -11 (SIGSEGV), as libyaml's recursion would give
    assert b"nesting is too deep" in done.stderr


def test_very_large_file_is_refused_without_reading_it(invoke: Invoke, tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:
        handle.truncate(300 * 1024 * 1024)  # sparse: no disk used
    result = invoke("validate", str(path))
    assert result.exit_code == 3
    assert "file is too large" in result.stdout


def test_very_long_line_and_right_to_left_text(
    invoke: Invoke, invoke_json: Any, tmp_path: Path
) -> None:
    long_text = "long " * 400_000  # a 2 MB line
    rtl = "مدير خدمة العملاء"  # Arabic
    hebrew = "מנהל שירות לקוחות"
    path = write_dataset(
        tmp_path,
        f'schema_version: 1\nroles:\n  a:\n    title: {{en: "{rtl}", ko: "{hebrew}"}}\n'
        f'    summary: "{long_text}"\n',
    )
    shown = invoke_json("show", "a", "--data", str(path))
    assert shown["title"]["en"] == rtl and shown["title"]["ko"] == hebrew
    assert len(shown["summary"]["en"]) == len(long_text.strip())
    table = invoke("show", "a", "--data", str(path))
    assert table.exit_code == 0 and rtl in table.stdout


def test_python_tags_are_refused_not_run(invoke: Invoke, tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    path = write_dataset(
        tmp_path,
        "schema_version: 1\nroles:\n  a:\n    title: !!python/object/apply:os.system "
        f'["touch {marker}"]\n',
    )
    result = invoke("show", "a", "--data", str(path))
    assert result.exit_code == 4
    assert "is not allowed" in result.stderr
    assert not marker.exists()


# -- output you can pipe -----------------------------------------------------------------


def big_dataset(tmp_path: Path) -> Path:
    rows = [
        f'  role-{i}: {{title: "Role number {i}", aliases: ["alias {i}"]}}' for i in range(3000)
    ]
    return write_dataset(tmp_path, "schema_version: 1\nroles:\n" + "\n".join(rows) + "\n")


@pytest.mark.parametrize("args", [["list", "--json"], ["list"], ["matrix", "areas"]])
def test_closed_pipe_ends_quietly(tmp_path: Path, args: list[str]) -> None:
    data = big_dataset(tmp_path)
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"))
    command = " ".join([*CSROLES, *args, "--data", str(data)])
    done = subprocess.run(
        ["bash", "-c", f"set -o pipefail; {command} 2>err.txt | head -1 >/dev/null"],
        cwd=tmp_path,
        env=env,
        check=False,
    )
    assert done.returncode == 0
    assert (tmp_path / "err.txt").read_text() == ""


def test_colour_only_when_asked_and_never_in_json(tmp_path: Path) -> None:
    env = {"XDG_CACHE_HOME": str(tmp_path), "TERM": "xterm-256color"}
    piped = run(["show", "team-lead"], env)
    assert not ESCAPE.search(piped.stdout.decode())  # not a terminal: plain text
    forced = run(["show", "team-lead"], {**env, "FORCE_COLOR": "1"})
    assert COLOUR.search(forced.stdout.decode())
    no_colour = run(["show", "team-lead"], {**env, "FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert not COLOUR.search(no_colour.stdout.decode())
    assert "Customer Service Team Lead" in no_colour.stdout.decode()
    for args in (
        ["show", "team-lead", "--json"],
        ["search", "zendsk", "--json"],
        ["compare", "coordinator", "team-lead", "--json"],
    ):
        out = run(args, {**env, "FORCE_COLOR": "1"}).stdout.decode("utf-8")
        assert not ESCAPE.search(out)
        json.loads(out)


@pytest.mark.parametrize("columns", [40, 80, 200])
@pytest.mark.parametrize(
    "args",
    [
        ["show", "team-lead", "--lang", "ko"],
        ["compare", "coordinator", "team-lead"],
        ["compare", "coordinator", "team-lead", "support-manager", "--lang", "ko"],
        ["search", "커뮤니캐이션"],
        ["list"],
        ["similar", "coordinator"],
    ],
)
def test_narrow_and_wide_terminals(invoke: Invoke, columns: int, args: list[str]) -> None:
    result = invoke(*args, env={"COLUMNS": str(columns)})
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines
    assert max(cell_len(line) for line in lines) <= columns
    assert "\ufffd" not in result.stdout


@pytest.mark.parametrize(
    "env",
    [
        {"LC_ALL": "C", "LANG": "C"},
        {"PYTHONIOENCODING": "ascii"},
        {"LC_ALL": "C", "PYTHONIOENCODING": "latin-1"},
    ],
)
def test_narrow_encodings_never_crash(tmp_path: Path, env: dict[str, str]) -> None:
    env = {**env, "XDG_CACHE_HOME": str(tmp_path)}
    table = run(["show", "coordinator", "--lang", "ko"], env)
    assert table.returncode == 0, table.stderr
    assert b"Traceback" not in table.stderr
    missing = run(["show", "조정사"], env)
    assert missing.returncode == 1 and b"Traceback" not in missing.stderr
    assert b"coordinator" in missing.stderr
    as_json = run(["show", "coordinator", "--json"], env)
    assert json.loads(as_json.stdout.decode("utf-8"))["title"]["ko"] == "고객 서비스 조정자"


# -- property-based: whatever comes in, a clean exit -------------------------------------

PROPERTY = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def assert_clean(result: Any, json_expected: bool) -> None:
    assert result.exit_code in (0, 1, 2, 4), result.output
    if json_expected and result.exit_code in (0, 4) and result.stdout:
        json.loads(result.stdout)


@PROPERTY
@given(query=st.text(min_size=0, max_size=40))
def test_any_search_query(invoke: Invoke, query: str) -> None:
    result = invoke("search", "--json", "--", query)
    assert_clean(result, json_expected=True)
    if not query.strip():
        assert result.exit_code == 2


@PROPERTY
@given(name=st.text(min_size=0, max_size=40))
def test_any_role_name(invoke: Invoke, name: str) -> None:
    assert_clean(invoke("show", "--json", "--", name), json_expected=True)
    assert_clean(invoke("compare", "--json", "--", name, "coordinator"), json_expected=True)


LINES = DATA_FILE.read_text(encoding="utf-8").splitlines()


@st.composite
def mutated_dataset(draw: st.DrawFn) -> str:
    lines = list(LINES)
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(lines) - 1))
        op = draw(
            st.sampled_from(["delete", "duplicate", "swap", "indent", "dedent", "garble", "insert"])
        )
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "indent":
            lines[i] = "  " + lines[i]
        elif op == "dedent":
            lines[i] = lines[i][2:]
        elif op == "garble":
            at = draw(st.integers(0, max(len(lines[i]) - 1, 0)))
            junk = draw(st.text(min_size=1, max_size=5))
            lines[i] = lines[i][:at] + junk + lines[i][at + 1 :]
        else:
            lines.insert(i, draw(st.text(max_size=30)))
    return "\n".join(lines) + "\n"


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=mutated_dataset())
def test_mutated_datasets_validate_cleanly(invoke: Invoke, tmp_path: Path, text: str) -> None:
    path = tmp_path / "mutated.yaml"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    result = invoke("validate", "--json", str(path))
    assert result.exit_code in (0, 4)
    report = json.loads(result.stdout)
    assert report["valid"] == (result.exit_code == 0)
    for problem in report["problems"]:
        assert problem["message"]
    shown = invoke("show", "team-lead", "--json", "--data", str(path))
    assert_clean(shown, json_expected=True)


def test_nfd_and_nfc_queries_agree(invoke_json: Any) -> None:
    nfc = invoke_json("search", "팀 리더")
    nfd = invoke_json("search", unicodedata.normalize("NFD", "팀 리더"))
    assert [h["id"] for h in nfc["hits"]] == [h["id"] for h in nfd["hits"]]
