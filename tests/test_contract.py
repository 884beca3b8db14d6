"""The contract a script relies on: exit codes, formats, input hygiene, output schemas.

The output schemas are generated from the result types (cs_roles.contract); here every
command's real output is validated against them, and they must equal the committed copies
under schema/ (regenerate with `python -m cs_roles.contract --write schema/`).

Each case from issue #10's report is here, run through the real CLI (CliRunner) or, where
the process itself matters (pipes, closed or full stdout), the installed program.
"""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from conftest import DATA_FILE, FIXTURES, REPO, Invoke, first_example, whole_catalog

from cs_roles.commands import formats_of
from cs_roles.contract import COMMANDS as CONTRACT
from cs_roles.contract import json_reference_markdown, row_schema, schema_for
from cs_roles.errors import ExitCode, SystemReason


def csroles() -> list[str]:
    script = shutil.which("csroles", path=os.path.dirname(sys.executable))
    return [script] if script else [sys.executable, "-m", "cs_roles"]


def run_shell(command: str, tmp_path: Path) -> subprocess.CompletedProcess[bytes]:
    """A command line as a shell script would run it, csroles first on PATH."""
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"))
    env["PATH"] = os.path.dirname(csroles()[0]) + os.pathsep + env.get("PATH", "")
    env.pop("CSROLES_DATA", None)
    return subprocess.run(
        ["bash", "-c", command], env=env, capture_output=True, check=False, cwd=tmp_path
    )


# -- exit codes ------------------------------------------------------------------------------


def test_each_failure_has_its_own_exit_code(invoke: Invoke, tmp_path: Path) -> None:
    assert invoke("show", "team-lead").exit_code == ExitCode.OK
    assert invoke("show", "no-such-role").exit_code == ExitCode.NOT_FOUND
    assert invoke("show", "--bogus").exit_code == ExitCode.USAGE
    missing = invoke("show", "team-lead", "--data", str(tmp_path / "nope.yaml"))
    assert missing.exit_code == ExitCode.UNREADABLE
    invalid = invoke("show", "team-lead", "--data", str(FIXTURES / "syntax_error.yaml"))
    assert invalid.exit_code == ExitCode.INVALID
    assert invoke("validate", str(FIXTURES / "syntax_error.yaml")).exit_code == ExitCode.INVALID
    assert invoke("validate", str(tmp_path / "nope.yaml")).exit_code == ExitCode.UNREADABLE
    assert len({int(c) for c in ExitCode}) == len(ExitCode)


def test_readme_exit_code_table_is_the_code() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Exit codes", 1)[1].split("\n## ", 1)[0]
    documented = {
        int(code): meaning.strip()
        for code, meaning in re.findall(r"^\| (\d+) \| (.+?) \|$", section, re.M)
    }
    assert set(documented) == {int(code) for code in ExitCode}
    for code in ExitCode:  # each row names what the enum's comment says it is for
        word = code.name.lower().replace("_", " ")
        assert word.split()[0] in documented[int(code)].lower() or code is ExitCode.OK, code


def test_interrupt_exits_130(invoke: Invoke, monkeypatch: pytest.MonkeyPatch) -> None:
    import cs_roles.dataset

    def interrupted(*args: Any, **kwargs: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(cs_roles.dataset, "load_dataset", interrupted)
    result = invoke("show", "team-lead")
    assert result.exit_code == 130
    assert "interrupted" in result.stderr


def test_a_closed_pipe_keeps_the_exit_code(tmp_path: Path) -> None:
    bad = FIXTURES / "unknown_tool.yaml"
    done = run_shell(f"set -o pipefail; csroles validate '{bad}' | head -1", tmp_path)
    assert done.returncode == ExitCode.INVALID, done.stderr
    assert b"Traceback" not in done.stderr
    many = run_shell("set -o pipefail; csroles matrix tools --format csv | head -1", tmp_path)
    assert many.returncode == 0 and many.stdout.startswith(b"dimension,id,name")
    assert b"Traceback" not in many.stderr


def test_closed_stdout_and_full_disk_are_errors_not_tracebacks(tmp_path: Path) -> None:
    closed = run_shell("csroles list >&-", tmp_path)
    assert closed.returncode == ExitCode.OUTPUT
    assert b"Traceback" not in closed.stderr and b"standard output is closed" in closed.stderr
    if os.path.exists("/dev/full"):
        full = run_shell("csroles list --json > /dev/full", tmp_path)
        assert full.returncode == ExitCode.OUTPUT
        assert b"Traceback" not in full.stderr and b"cannot write the result" in full.stderr
        assert b"No space left on device" in full.stderr
        korean = run_shell("CSROLES_LANG=ko csroles list --json > /dev/full", tmp_path)
        assert korean.returncode == ExitCode.OUTPUT
        assert korean.stderr.decode().strip() == (
            "csroles: 오류: 결과를 쓸 수 없습니다: 장치에 남은 공간이 없습니다"
        )


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EACCES, errno.EROFS, errno.ENOENT])
def test_the_system_reasons_are_worded_in_korean(code: int) -> None:
    """What the system says when it refuses is English; the common reasons exist in
    Korean, and English keeps the system's own words."""
    reason = SystemReason(OSError(code, os.strerror(code)))
    assert reason == os.strerror(code) and reason.worded("en") == os.strerror(code)
    korean = reason.worded("ko")
    assert korean != os.strerror(code) and any("\uac00" <= ch <= "\ud7a3" for ch in korean)


def test_every_system_reason_of_the_catalog_names_an_errno() -> None:
    names = {name.lower() for name in errno.errorcode.values()}
    keys = [key for key in whole_catalog() if key.startswith("os.")]
    assert keys and all(key.removeprefix("os.") in names for key in keys)


# -- options --------------------------------------------------------------------------------


def test_repeated_options_accumulate(invoke_json: Any) -> None:
    shown = invoke_json("show", "team-lead", "--section", "summary", "--section", "skills")
    assert set(shown) == {"id", "title", "summary", "skills"}
    grid = invoke_json("matrix", "skills", "--roles", "coordinator", "--roles", "team-lead")
    assert grid["roles"] == ["coordinator", "team-lead"]
    listed = invoke_json("matrix", "skills", "--roles", "coordinator,team-lead")
    assert listed["roles"] == grid["roles"]
    kinds = invoke_json("search", "zendesk", "--kind", "tool,skill")
    assert {hit["kind"] for hit in kinds["hits"]} <= {"tool", "skill"}


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["list", "--data", ""], "--data is empty"),
        (["matrix", "skills", "--roles", ""], "--roles is empty"),
        (["matrix", "skills", "--roles", " , "], "--roles is empty"),
        (["search", "x", "--role", ""], "--role is empty"),
        (["list", "--json", "--format", "csv"], "ask for different formats"),
        (["show", "team-lead", "--format", "csv"], "not available for show"),
        (["matrix", "skills", "--roles", "coordinator,coordinator"], "given twice"),
        (["matrix", "skills", "--roles", "coordinator,조정자"], "same role"),
        (["compare", "coordinator", "coordinator"], "same role"),
        (["show", "team-lead", "--section", "skills", "--section", "skills"], "given twice"),
        (["show", "team-lead", "--lang", "fr"], "not a language setting"),
        (["search", "\x07\x08"], "search query is empty"),
    ],
)
def test_usage_errors_say_what_is_wrong(invoke: Invoke, args: list[str], needle: str) -> None:
    result = invoke(*args)
    assert result.exit_code == ExitCode.USAGE, result.output
    assert result.stdout == ""
    assert needle in result.stderr


def test_json_and_format_json_together_are_fine(invoke: Invoke) -> None:
    result = invoke("list", "--json", "--format", "json")
    assert result.exit_code == 0 and json.loads(result.stdout)


def test_echoed_input_is_escaped_and_short(invoke: Invoke) -> None:
    hostile = invoke("show", "\x1b]0;pwned\x07team")
    assert hostile.exit_code == ExitCode.NOT_FOUND
    assert "\x1b" not in hostile.stderr and "\x07" not in hostile.stderr
    assert "\\x1b]0;pwned\\x07team" in hostile.stderr
    huge = invoke("show", "a" * 100_000)
    assert huge.exit_code == ExitCode.NOT_FOUND
    assert len(huge.stderr) < 500 and f"'{'a' * 60}…' (+99,940)" in huge.stderr
    korean = invoke("show", "a" * 100_000, "--lang", "ko")
    assert "(+99,940)" in korean.stderr and "characters" not in korean.stderr


def test_dataset_from_standard_input(invoke: Invoke) -> None:
    text = DATA_FILE.read_text(encoding="utf-8")
    listed = invoke("list", "--json", "--data", "-", input=text)
    assert listed.exit_code == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == len(json.loads(invoke("list", "--json").stdout))
    checked = invoke("validate", "-", input="schema_version: 1\nroles: {a: {title: A, x: 1}}\n")
    assert checked.exit_code == ExitCode.INVALID
    assert checked.stdout.startswith("<stdin>:2:")


def test_a_missing_file_is_one_message(invoke: Invoke, tmp_path: Path) -> None:
    result = invoke("list", "--data", str(tmp_path / "nope.yaml"))
    assert result.exit_code == ExitCode.UNREADABLE
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "no such file" in lines[0]


def test_hints_quote_paths_for_the_shell(invoke: Invoke, tmp_path: Path) -> None:
    spaced = tmp_path / "my roles.yaml"
    spaced.write_bytes((FIXTURES / "syntax_error.yaml").read_bytes())
    result = invoke("list", "--data", str(spaced))
    assert result.exit_code == ExitCode.INVALID
    assert f"csroles validate '{spaced}'" in result.stderr


# -- formats --------------------------------------------------------------------------------


# The arguments each command is run with: these, chosen to reach more of each result, and
# for any other command the first example of its own --help.
CHOSEN = {
    "show": ["show", "team-lead"],
    "list": ["list"],
    "compare": ["compare", "coordinator", "team-lead"],
    "similar": ["similar", "coordinator"],
    "matrix": ["matrix", "tools"],
    "search": ["search", "zendesk"],
    "validate": ["validate"],
    "fit": ["fit", "zendesk", "공감", "conflict resolution"],
    "gap": ["gap", "coordinator", "team-lead", "--have", "five9"],
    "ladder": ["ladder", "--sources"],
    "path": ["path", "team-lead", "experience-manager", "--have", "zendesk"],
    "team": ["team", str(FIXTURES / "team.csv"), "--role", "team-lead"],
}
COMMANDS = {name: CHOSEN.get(name) or first_example(name) for name in CONTRACT}


@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_offered_format_works(invoke: Invoke, command: str, tmp_path: Path) -> None:
    for fmt in formats_of(command):
        if fmt.value == "xlsx":  # a workbook goes to a file, read back in tests/test_xlsx.py
            book = tmp_path / f"{command}.xlsx"
            result = invoke(*COMMANDS[command], "--format", "xlsx", "--output", str(book))
            assert result.exit_code == 0, result.output
            assert result.stdout == "" and book.read_bytes().startswith(b"PK\x03\x04")
            continue
        result = invoke(*COMMANDS[command], "--format", fmt.value)
        assert result.exit_code == 0, (fmt, result.output)
        out = result.stdout
        assert out.endswith("\n") or (out == "" and command == "validate")
        assert "…" not in out
        if fmt.value == "json":
            json.loads(out)
        elif fmt.value == "jsonl":
            records = [json.loads(line) for line in out.splitlines()]
            assert records or command == "validate"  # a valid dataset has no problems
            for record in records:
                jsonschema.validate(record, row_schema(command))
        elif fmt.value in ("csv", "excel", "tsv"):
            raw = out.removeprefix("\ufeff") if fmt.value == "excel" else out
            assert out.startswith("\ufeff") == (fmt.value == "excel")
            rows = list(csv.reader(io.StringIO(raw), delimiter="\t" if fmt.value == "tsv" else ","))
            assert len({len(row) for row in rows}) == 1  # rectangular


def test_csv_rows_match_the_json(invoke: Invoke, invoke_json: Any) -> None:
    roles = invoke_json("list")
    rows = list(csv.DictReader(io.StringIO(invoke("list", "--format", "csv").stdout)))
    assert [r["id"] for r in rows] == [r["id"] for r in roles]
    assert [int(r["skills"]) for r in rows] == [r["skills"] for r in roles]
    hits = invoke_json("search", "zendesk")["hits"]
    found = list(csv.DictReader(io.StringIO(invoke("search", "zendesk", "--format", "csv").stdout)))
    assert [r["id"] for r in found] == [h["id"] for h in hits]
    similar = invoke_json("similar", "coordinator")["similar"]
    ranked = list(csv.DictReader(io.StringIO(invoke("similar", "coordinator", "-f", "tsv").stdout),
                                 delimiter="\t"))  # fmt: skip
    assert [r["id"] for r in ranked] == [s["id"] for s in similar]


def test_excel_csv_has_a_bom_and_crlf(invoke: Invoke) -> None:
    result = invoke("matrix", "skills", "--format", "excel", "--lang", "ko")
    assert result.stdout.startswith("\ufeffdimension,id,name,")  # one language asked for
    assert b"\r\n" in result.stdout_bytes and "리더십" in result.stdout


def test_matrix_long_form_has_one_row_per_item_and_role(invoke: Invoke, invoke_json: Any) -> None:
    grid = invoke_json("matrix", "tools")["matrix"]["tools"]
    rows = list(csv.reader(io.StringIO(invoke("matrix", "tools", "-f", "csv", "--long").stdout)))
    assert rows[0] == ["dimension", "id", "name_en", "name_ko", "role"]
    assert sorted((r[1], r[4]) for r in rows[1:]) == sorted(
        (item, role) for item, owners in grid.items() for role in owners
    )
    lines = invoke("matrix", "tools", "-f", "jsonl", "--long").stdout.splitlines()
    assert len(lines) == len(rows) - 1
    for line in lines:
        jsonschema.validate(json.loads(line), row_schema("matrix", long=True))


def test_csv_columns_carry_the_json_fields(invoke: Invoke, invoke_json: Any) -> None:
    roles = invoke_json("fit", "zendesk", "공감")["roles"]
    rows = list(csv.DictReader(io.StringIO(invoke("fit", "zendesk", "공감", "-f", "csv").stdout)))
    assert [r["id"] for r in rows] == [r["id"] for r in roles]
    for row, role in zip(rows, roles, strict=True):
        assert float(row["coverage_overall"]) == role["coverage"]["overall"]
        assert int(row["coverage_skills_have"]) == role["coverage"]["skills"]["have"]
        assert row["missing_tools"] == ";".join(role["missing"]["tools"])
    hits = invoke_json("search", "knowledge base", "--kind", "text")["hits"]
    found = invoke("search", "knowledge base", "--kind", "text", "-f", "csv").stdout
    cells = list(csv.DictReader(io.StringIO(found)))
    assert [c["category"] for c in cells] == [h.get("category", "") for h in hits]
    assert any(c["category"] for c in cells)  # a tool purpose, which has a category


MACHINE = ("json", "jsonl", "csv", "tsv", "excel")
LOCALES = ({"LANG": "C.UTF-8"}, {"LANG": "ko_KR.UTF-8"}, {"LC_ALL": "ko_KR.UTF-8"})


@pytest.mark.parametrize("command", list(COMMANDS))
def test_machine_formats_are_the_same_bytes_under_any_locale(
    invoke: Invoke, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    """`LANG=ko_KR.UTF-8 csroles list --format csv` wrote Korean titles: one script gave
    different CSV on two machines."""
    for variable in ("LANG", "LC_ALL", "LC_MESSAGES", "CSROLES_LANG"):
        monkeypatch.delenv(variable, raising=False)
    for fmt in (f for f in formats_of(command) if f.value in MACHINE):
        outputs = set()
        for locale in LOCALES:
            result = invoke(*COMMANDS[command], "--format", fmt.value, env=locale)
            assert result.exit_code == 0, result.output
            outputs.add(result.stdout_bytes)
        assert len(outputs) == 1, (command, fmt.value)


def test_csv_carries_both_languages_in_named_columns(invoke: Invoke, raw: dict[str, Any]) -> None:
    def title(role: str, lang: str) -> str:
        value = raw["roles"][role]["title"]
        return value if isinstance(value, str) else value[lang]

    env = {"LANG": "ko_KR.UTF-8"}
    rows = list(csv.DictReader(io.StringIO(invoke("list", "--format", "csv", env=env).stdout)))
    assert {r["id"]: (r["title_en"], r["title_ko"]) for r in rows} == {
        role: (title(role, "en"), title(role, "ko")) for role in raw["roles"]
    }
    korean = list(csv.DictReader(io.StringIO(invoke("list", "-f", "csv", "--lang", "ko").stdout)))
    assert {r["id"]: r["title"] for r in korean} == {r: title(r, "ko") for r in raw["roles"]}
    both = invoke("matrix", "skills", "-f", "csv", "--lang", "ko+en").stdout.splitlines()[0]
    assert both.startswith("dimension,id,name_ko,name_en,")


# -- output schemas -------------------------------------------------------------------------


@pytest.mark.parametrize("command", list(CONTRACT))
def test_json_output_validates_against_its_schema(invoke: Invoke, command: str) -> None:
    schema = schema_for(command)
    jsonschema.Draft202012Validator.check_schema(schema)
    args = COMMANDS[command]
    result = invoke(*args, "--json")
    assert result.exit_code == 0, result.output
    jsonschema.validate(json.loads(result.stdout), schema)
    printed = invoke("schema", command)
    assert json.loads(printed.stdout) == schema
    committed = REPO / "schema" / f"{command}.schema.json"
    assert json.loads(committed.read_text(encoding="utf-8")) == schema, (
        f"{committed.name} is stale: run python -m cs_roles.contract --write schema/"
    )


def test_the_generator_writes_the_committed_schemas(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "cs_roles.contract", "--write", str(tmp_path)],
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == sorted(f"{command}.schema.json" for command in CONTRACT)
    for name in written:
        assert (tmp_path / name).read_bytes() == (REPO / "schema" / name).read_bytes()


@pytest.mark.parametrize(
    ("command", "args"),
    [
        ("show", ["show", "coordinator", "--section", "skills", "--section", "source"]),
        ("compare", ["compare", "coordinator", "team-lead", "support-manager"]),
        ("compare", ["compare", "coordinator", "team-lead", "--only", "areas"]),
        ("similar", ["similar", "team-lead", "--by", "coverage"]),
        ("search", ["search", "knowledge base", "--kind", "text"]),
        ("fit", ["fit", "zendesk", "asdfgh"]),
        ("gap", ["gap", "team-lead", "--have", "zendesk"]),
        ("path", ["path", "representative", "director-customer-service"]),
    ],
)
def test_partial_and_optional_shapes_validate(
    invoke: Invoke, command: str, args: list[str]
) -> None:
    result = invoke(*args, "--json")
    assert result.exit_code == 0, result.output
    jsonschema.validate(json.loads(result.stdout), schema_for(command))


def test_left_out_fields_are_missing_not_null(invoke_json: Any) -> None:
    shown = invoke_json("show", "team-lead", "--section", "career")
    assert set(shown) == {"id", "title", "career_path", "career_positions", "growth"}
    compared = invoke_json("compare", "coordinator", "team-lead", "--only", "areas")
    assert "skills" not in compared and "tool_categories" not in compared
    assert set(compared["similarity"]) == {"areas", "overall"}


def test_schema_of_a_failing_validate_and_an_empty_search(invoke: Invoke) -> None:
    bad = invoke("validate", str(FIXTURES / "unknown_tool.yaml"), "--json")
    jsonschema.validate(json.loads(bad.stdout), schema_for("validate"))
    none = invoke("search", "qqqqqqqqqq", "--json")
    assert none.exit_code == ExitCode.NOT_FOUND
    jsonschema.validate(json.loads(none.stdout), schema_for("search"))


@pytest.mark.parametrize("command", list(CONTRACT))
def test_json_reference_names_every_field_printed(invoke: Invoke, command: str) -> None:
    reference = json_reference_markdown(command)
    printed = json.loads(invoke(*COMMANDS[command], "--json").stdout)
    objects = printed if isinstance(printed, list) else [printed]
    for record in objects:
        for key in record:
            assert f"| `{key}` |" in reference, (command, key)


# -- completion -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("shell", "marker"),
    [("bash", "complete -o"), ("zsh", "#compdef"), ("fish", "complete --command csroles")],
)
def test_show_completion_prints_the_named_shells_script(shell: str, marker: str) -> None:
    done = subprocess.run(
        [*csroles(), "--show-completion", shell], capture_output=True, check=False, text=True
    )
    assert done.returncode == 0, done.stderr
    assert marker in done.stdout and "_CSROLES_COMPLETE" in done.stdout


def test_unknown_shell_is_a_usage_error() -> None:
    done = subprocess.run(
        [*csroles(), "--show-completion", "tcsh"], capture_output=True, check=False, text=True
    )
    assert done.returncode == ExitCode.USAGE and "bash" in done.stderr


def test_aliases_complete_as_themselves(tmp_path: Path) -> None:
    from cs_roles.completion import role_choices

    data = tmp_path / "roles.yaml"
    data.write_text(
        "schema_version: 1\nroles:\n  lead:\n    title: Team lead\n    aliases: [supervisor]\n",
        encoding="utf-8",
    )
    assert [name for name, _ in role_choices("sup", str(data))] == ["supervisor"]
    assert [name for name, _ in role_choices("le", str(data))] == ["lead"]
