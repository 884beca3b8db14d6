"""Click's and Typer's own usage errors speak the reader's language.

Under --lang ko, $CSROLES_LANG=ko or a Korean locale, every usage error is Korean (names
of options, commands and metavars aside), goes to stderr and exits 2. In English the
output is Typer's own, compared with a run of the same app built with Typer's plain group
class; the English catalog texts are checked the same way, by sending English through the
Korean path and comparing with what Typer prints.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import typer.core
from typer.testing import CliRunner, Result

from cs_roles.cli import app
from cs_roles.command_group import LazyCommandGroup
from cs_roles.usage_errors import LocalizedGroup, reader_language

NO_LOCALE = {"CSROLES_LANG": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": ""}

# Each kind of usage error Click or Typer raises for the csroles command line.
ERRORS = {
    "unknown option": ["show", "--bogus", "team-lead"],
    "unknown option of the program": ["--bogus"],
    "unknown option, with suggestions": ["show", "--sectoin", "skills", "team-lead"],
    "unknown short option": ["list", "-x"],
    "missing argument": ["show"],
    "missing choice argument": ["matrix"],
    "extra argument": ["show", "team-lead", "extra"],
    "option needs a value": ["show", "team-lead", "--format"],
    "flag given a value": ["show", "team-lead", "--json=3"],
    "unknown command": ["nope"],
    "unknown command, with suggestion": ["shw", "team-lead"],
    "not a choice": ["similar", "team-lead", "--by", "nope"],
    "not a choice (argument)": ["matrix", "nope"],
    "below the minimum": ["similar", "team-lead", "-n", "0"],
    "outside the range": ["search", "desk", "--min-score", "200"],
    "not an integer": ["similar", "team-lead", "-n", "x"],
    "not a number": ["search", "desk", "--min-score", "abc"],
}

# What the Korean is made of, besides Hangul: what the user typed or csroles defines.
IDENTIFIERS = re.compile(
    r"'[^']*'"  # quoted: user input, option and parameter names, choices, commands
    r"|--?[A-Za-z][\w-]*"  # option names
    r"|\{[^}]*\}|<[^>]*>|\[name\]"  # metavars
    r"|\bcsroles\b|\b(?:show|list|matrix|similar|search|schema)\b"  # command names
)


def run(args: list[str], env: dict[str, str] | None = None, group: type | None = None) -> Result:
    """The CLI as a user runs it; `group` builds the app with another group class."""
    runner = CliRunner()
    if group is None:
        return runner.invoke(app, args, env=env, prog_name="csroles")
    saved = app.info.cls
    app.info.cls = group
    try:
        return runner.invoke(app, args, env=env, prog_name="csroles")
    finally:
        app.info.cls = saved


def with_lang(args: list[str], lang: str) -> list[str]:
    """`--lang` right after the command name, where it is an option of the command."""
    return [args[0], "--lang", lang, *args[1:]]


def assert_korean(result: Result) -> None:
    assert result.exit_code == 2, result.stderr
    assert result.stdout == ""
    assert re.search("[가-힣]", result.stderr), result.stderr
    left = IDENTIFIERS.sub("", result.stderr)
    assert not re.search("[A-Za-z]", left), (left, result.stderr)
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("args", ERRORS.values(), ids=ERRORS.keys())
def test_usage_errors_are_korean_under_lang_ko(args: list[str]) -> None:
    assert_korean(run(with_lang(args, "ko"), env=NO_LOCALE))


@pytest.mark.parametrize("args", ERRORS.values(), ids=ERRORS.keys())
def test_usage_errors_are_korean_under_csroles_lang(args: list[str]) -> None:
    assert_korean(run(args, env={**NO_LOCALE, "CSROLES_LANG": "ko", "LANG": "en_US.UTF-8"}))


@pytest.mark.parametrize("args", ERRORS.values(), ids=ERRORS.keys())
def test_usage_errors_are_korean_under_a_korean_locale(args: list[str]) -> None:
    assert_korean(run(args, env={**NO_LOCALE, "LANG": "ko_KR.UTF-8"}))


@pytest.mark.parametrize(
    "env",
    [NO_LOCALE, {**NO_LOCALE, "CSROLES_LANG": "en", "LANG": "ko_KR.UTF-8"}],
    ids=["default", "CSROLES_LANG=en"],
)
@pytest.mark.parametrize("args", ERRORS.values(), ids=ERRORS.keys())
def test_english_is_typers_own_output(args: list[str], env: dict[str, str]) -> None:
    ours = run(args, env=env)
    plain = run(args, env=env, group=LazyCommandGroup)
    assert ours.exit_code == plain.exit_code == 2
    assert (ours.stdout, ours.stderr) == (plain.stdout, plain.stderr)
    assert "Error" in ours.stderr  # the run really failed, in English


def test_english_under_lang_en_is_typers_own_output() -> None:
    args = with_lang(ERRORS["unknown option"], "en")
    ours = run(args, env={**NO_LOCALE, "LANG": "ko_KR.UTF-8"})
    plain = run(args, env=NO_LOCALE, group=LazyCommandGroup)
    assert ours.exit_code == 2 and ours.stderr == plain.stderr
    assert "No such option: --bogus" in ours.stderr


@pytest.mark.parametrize("rich", [True, False], ids=["rich", "plain"])
@pytest.mark.parametrize("args", ERRORS.values(), ids=ERRORS.keys())
def test_english_catalog_says_what_click_says(
    args: list[str], rich: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """English sent through the localized path prints exactly Typer's own output: the
    catalog's English and the facts read from each exception are Click's."""
    monkeypatch.setattr(typer.core, "HAS_RICH", rich)
    expected = run(args, env=NO_LOCALE, group=LazyCommandGroup)
    monkeypatch.setattr(LocalizedGroup, "languages_left_to_typer", frozenset())
    ours = run(args, env=NO_LOCALE)
    assert ours.exit_code == expected.exit_code == 2
    assert ours.stderr == expected.stderr
    assert ours.stdout == expected.stdout == ""


def test_korean_without_rich_is_click_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(typer.core, "HAS_RICH", False)
    result = run(["show", "--bogus", "--lang", "ko"], env=NO_LOCALE)
    assert result.exit_code == 2
    assert result.stderr == (
        "사용법: csroles show [옵션] {ROLE}\n"
        "'csroles show -h'로 도움말을 볼 수 있습니다.\n"
        "\n"
        "오류: 알 수 없는 옵션: --bogus\n"
    )


def panel_text(stderr: str) -> str:
    """The words inside Typer's error panel, its lines joined."""
    inside = [line.strip("│ ") for line in stderr.splitlines() if line.startswith("│")]
    return " ".join(inside)


KOREAN = {
    "unknown option": "알 수 없는 옵션: --bogus",
    "unknown option, with suggestions": (
        "알 수 없는 옵션: --sectoin (비슷한 옵션: --json, --section)"
    ),
    "missing argument": "인수 'ROLE'이(가) 필요합니다.",
    "missing choice argument": (
        "인수 'dimension'이(가) 필요합니다. 'skills', 'tools', 'areas' 중에서 고르세요."
    ),
    "extra argument": "예상하지 못한 인수가 더 있습니다: 'extra'",
    "option needs a value": "'--format' 옵션에는 값이 필요합니다.",
    "flag given a value": "'--json' 옵션에는 값을 줄 수 없습니다.",
    "unknown command": "'nope' 명령은 없습니다.",
    "unknown command, with suggestion": "'shw' 명령은 없습니다. 'show'을(를) 찾으셨나요?",
    "not a choice": (
        "'--by'에 쓸 수 없는 값입니다. 'nope'은(는) 'similarity', 'coverage' 중 하나가 아닙니다."
    ),
    "below the minimum": (
        "'--limit' / '-n'에 쓸 수 없는 값입니다. 0은 범위를 벗어납니다. 1 이상인 값이어야 합니다."
    ),
    "outside the range": (
        "'--min-score'에 쓸 수 없는 값입니다. 200.0은 범위를 벗어납니다. "
        "0 이상 100 이하인 값이어야 합니다."
    ),
    "not an integer": "'--limit' / '-n'에 쓸 수 없는 값입니다. 'x'은(는) 정수가 아닙니다.",
    "not a number": "'--min-score'에 쓸 수 없는 값입니다. 'abc'은(는) 숫자가 아닙니다.",
}


@pytest.mark.parametrize("kind", KOREAN)
def test_korean_messages_read_naturally(kind: str) -> None:
    result = run(ERRORS[kind], env={**NO_LOCALE, "COLUMNS": "200", "CSROLES_LANG": "ko"})
    assert panel_text(result.stderr) == KOREAN[kind]


def test_korean_usage_line_and_help_hint() -> None:
    result = run(["show", "--bogus"], env={**NO_LOCALE, "CSROLES_LANG": "ko"})
    lines = result.stderr.splitlines()
    assert lines[0] == "사용법: csroles show [옵션] {ROLE}"
    assert lines[1] == "'csroles show -h'로 도움말을 볼 수 있습니다."
    assert lines[2].startswith("╭─ 오류 ─")
    root = run(["nope"], env={**NO_LOCALE, "CSROLES_LANG": "ko"}).stderr.splitlines()
    assert root[0] == "사용법: csroles [옵션] 명령 [인수]..."
    assert root[1] == "'csroles -h'로 도움말을 볼 수 있습니다."


def test_a_program_option_without_its_value() -> None:
    korean = run(["--show-completion"], env={**NO_LOCALE, "LANG": "ko_KR.UTF-8"})
    assert_korean(korean)
    assert "'--show-completion' 옵션에는 값이 필요합니다." in korean.stderr
    english = run(["--show-completion"], env=NO_LOCALE)
    plain = run(["--show-completion"], env=NO_LOCALE, group=LazyCommandGroup)
    assert english.stderr == plain.stderr and "requires an argument" in english.stderr


def test_a_missing_lang_value_falls_back_to_the_environment() -> None:
    result = run(["show", "team-lead", "--lang"], env={**NO_LOCALE, "LANG": "ko_KR.UTF-8"})
    assert_korean(result)
    assert "'--lang' 옵션에는 값이 필요합니다." in result.stderr
    english = run(["show", "team-lead", "--lang"], env=NO_LOCALE)
    assert "Option '--lang' requires an argument." in english.stderr


def test_an_invalid_lang_value_falls_back_to_the_environment() -> None:
    korean = run(["show", "--lang", "fr", "--bogus"], env={**NO_LOCALE, "CSROLES_LANG": "ko"})
    assert_korean(korean)
    english = run(["show", "--lang", "fr", "--bogus"], env=NO_LOCALE)
    assert "No such option: --bogus" in english.stderr


@pytest.mark.parametrize(
    ("args", "environ", "expected"),
    [
        (["show", "--lang", "ko"], {}, "ko"),
        (["show", "--lang=ko+en"], {}, "ko+en"),
        (["show", "-l", "KO"], {}, "ko"),
        (["show", "-lko"], {}, "ko"),
        (["show", "--lang", "ko", "--lang", "en"], {"LANG": "ko_KR.UTF-8"}, "en"),
        (["show", "--lang", "ko", "--lang", "fr"], {}, "ko"),  # the last valid one
        (["show", "--lang"], {"LANG": "ko_KR.UTF-8"}, "ko+en"),  # no value: the locale
        (["show", "--lang", "fr"], {"CSROLES_LANG": "ko"}, "ko"),
        (["show"], {"CSROLES_LANG": "fr", "LANG": "ko_KR.UTF-8"}, "ko+en"),
        (["show"], {"CSROLES_LANG": "fr"}, "en+ko"),
        (["fit", "--", "--lang", "ko"], {}, "en+ko"),  # after --, words are arguments
    ],
)
def test_the_language_is_found_before_parsing(
    args: list[str], environ: dict[str, str], expected: str
) -> None:
    assert reader_language(args, environ) == expected


# -- everything else stays Typer's ---------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [["--version"], ["schema", "list"], ["show", "team-lead"]],
    ids=["version", "schema", "show"],
)  # help is in the reader's language: tests/test_help_korean.py
def test_non_errors_are_untouched_under_korean(args: list[str]) -> None:
    env = {**NO_LOCALE, "CSROLES_LANG": "ko"}
    ours = run(args, env=env)
    plain = run(args, env=env, group=LazyCommandGroup)
    assert (ours.exit_code, ours.stdout, ours.stderr) == (
        plain.exit_code,
        plain.stdout,
        plain.stderr,
    )
    assert ours.stdout  # something was printed: help, a version, a role


def test_a_csroles_error_keeps_its_own_message() -> None:
    result = run(["show", "nobody-at-all", "--lang", "ko"], env=NO_LOCALE)
    assert result.exit_code == 1
    assert result.stderr.startswith("csroles: 오류: ")


def test_outside_standalone_mode_the_exception_is_raised() -> None:
    command = typer.main.get_command(app)
    with pytest.raises(typer.TyperException) as raised:
        command.main(["show", "--bogus", "--lang", "ko"], "csroles", standalone_mode=False)
    assert getattr(raised.value, "exit_code", None) == 2


def test_completion_is_untouched(monkeypatch: pytest.MonkeyPatch) -> None:
    words = "csroles show --bogus te"
    env = {
        **NO_LOCALE,
        "CSROLES_LANG": "ko",
        "_CSROLES_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": "3",
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    ours = run([], env=env)
    plain = run([], env=env, group=LazyCommandGroup)
    assert ours.exit_code == plain.exit_code == 0
    assert ours.stdout == plain.stdout and "team-lead" in ours.stdout
    assert ours.stderr == plain.stderr == ""


def test_the_console_script_speaks_korean() -> None:
    script = Path(sys.executable).with_name("csroles")
    done = subprocess.run(
        [str(script), "show", "--bogus", "--lang", "ko"],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "COLUMNS": "80", "LANG": "C.UTF-8"},
        check=False,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.splitlines()[0] == "사용법: csroles show [옵션] {ROLE}"
    assert "알 수 없는 옵션: --bogus" in done.stderr
    assert "Traceback" not in done.stderr
