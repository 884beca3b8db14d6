"""Under a Korean locale (or $CSROLES_LANG=ko, or --lang ko) `--help` is Korean, and so is
every common error: no English word of the interface is left.

"No English word" is checked word by word: every run of ASCII letters in the output must
be a name csroles' own code or data defines (an option, a metavar, a command, a format, a
choice, an environment variable, a role or position id, a product from the data), one of
the few names of file formats and products the help mentions that the data does not hold
(`NAMES_OUTSIDE_THE_DATA`), or what the user typed. Nothing else, whatever it says.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
import typer.main
from conftest import Invoke
from rich.cells import cell_len

from cs_roles.cli import app
from cs_roles.commands import names as command_names

COMMAND_NAMES = command_names()

KOREAN_LOCALE = {"LANG": "ko_KR.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "CSROLES_LANG": ""}
KOREAN_SETTING = {"LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "CSROLES_LANG": "ko"}
ENGLISH = {"LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "CSROLES_LANG": "en"}
KOREAN = {"locale": KOREAN_LOCALE, "CSROLES_LANG": KOREAN_SETTING}
WIDE = {"COLUMNS": "200"}  # words are read where none is folded across lines

COMMAND_LINES = [[], *([name] for name in COMMAND_NAMES)]  # the app's own help, then each command's
IDS = ["csroles", *COMMAND_NAMES]

# Names the help text uses that neither the code nor the data defines: file formats and
# file-name endings in the examples, the products and tools it names, and the standards.
NAMES_OUTSIDE_THE_DATA = [
    "O*NET",
    "JSON",
    "Schema",
    "YAML",
    "Excel",
    "Mermaid",
    "GitHub",
    "Jaccard",
    "grep",
    "cat",
    "txt",
    "md",
]

_TOKEN = re.compile(r"[A-Za-z0-9_$*+.\-]+")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def words(text: str) -> Iterator[str]:
    """The runs of ASCII letters in `text`, with what holds a name together (--min-score,
    team-lead, en+ko, O*NET, $CSROLES_LANG) and without the punctuation around them."""
    for token in _TOKEN.findall(text):
        word = token.rstrip(".,").lstrip(".$")
        if re.search("[A-Za-z]", word):
            yield word


def _parameters(command: Any) -> Iterator[Any]:
    yield from command.params
    if isinstance(command, typer.core.TyperGroup):
        for name in COMMAND_NAMES:
            yield from command.get_command(None, name).params


def interface_names(raw: dict[str, Any]) -> set[str]:
    """Every name the code and the data define, folded, as `words` splits them."""
    from cs_roles import language, roster
    from cs_roles.compare import DIMENSIONS
    from cs_roles.completion import SHELLS
    from cs_roles.output import Format
    from cs_roles.payloads import SECTION_KEYS
    from cs_roles.search import KINDS

    group = typer.main.get_command(app)
    names: set[str] = {"csroles", *COMMAND_NAMES, "-h", "--help"}
    for param in _parameters(group):
        names.update([*param.opts, *param.secondary_opts])  # an argument's opts: its name
        names.update([param.metavar or "", *getattr(param.type, "choices", ())])
        names.add(getattr(param, "envvar", None) or "")
    names.update(fmt.value for fmt in Format)
    names.update([*SECTION_KEYS, *DIMENSIONS, *KINDS, *SHELLS, *set(roster.HEADERS.values())])
    names.update([*language.CHOICES, "CSROLES_LANG", *language._LOCALE_VARIABLES])
    names.update(raw["roles"])
    names.update(raw["positions"])
    for tool in raw["tools"].values():  # products, by a one-word name or alias ("Five9")
        product = _strings([tool["name"], tool.get("aliases", [])])
        names.update(name for name in product if " " not in name)
    names.update(NAMES_OUTSIDE_THE_DATA)
    return _folded(names)


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        yield from _strings(list(value.values()))
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _folded(names: Iterable[str]) -> set[str]:
    return {word.casefold() for name in names for word in words(str(name))}


def foreign_words(output: str, allowed: set[str]) -> list[str]:
    """The words of `output` that are none of the `allowed` names (a list of names joined
    by ',' or '.', such as skills,tools or show.schema.json, is read name by name)."""
    found = []
    for word in words(output):
        if word.casefold() in allowed:
            continue
        parts = [part for part in re.split(r"[,./]", word) if re.search("[A-Za-z]", part)]
        if not parts or any(part.casefold() not in allowed for part in parts):
            found.append(word)
    return found


@pytest.fixture(scope="module")
def allowed(raw: dict[str, Any]) -> set[str]:
    return interface_names(raw)


# -- help ---------------------------------------------------------------------------------


@pytest.mark.parametrize("how", list(KOREAN))
@pytest.mark.parametrize("args", COMMAND_LINES, ids=IDS)
def test_help_has_no_english_word(
    invoke: Invoke, allowed: set[str], args: list[str], how: str
) -> None:
    result = invoke(*args, "--help", env={**KOREAN[how], **WIDE})
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert _HANGUL.search(result.stdout)
    assert foreign_words(result.stdout, allowed) == [], result.stdout


@pytest.mark.parametrize("lang", ["ko", "ko+en"])
def test_lang_option_asks_for_korean_help_too(invoke: Invoke, allowed: set[str], lang: str) -> None:
    group = typer.main.get_command(app)
    for args in COMMAND_LINES[1:]:
        options = [opt for param in group.get_command(None, args[0]).params for opt in param.opts]
        if "--lang" not in options:
            continue
        result = invoke(*args, "--lang", lang, "--help", env={**ENGLISH, **WIDE})
        assert result.exit_code == 0, result.output
        assert _HANGUL.search(result.stdout), args
        assert foreign_words(result.stdout, allowed) == [], result.stdout


def test_every_word_typer_adds_is_korean(invoke: Invoke) -> None:
    """The words around the texts: usage line, panels, [required], defaults, --help's own."""
    english = invoke("similar", "--help", env=ENGLISH).stdout
    korean = invoke("similar", "--help", env=KOREAN_LOCALE).stdout
    for word in ("Usage:", "[OPTIONS]", "Arguments", "Options", "Dataset", "[required]",
                 "[default: 10]", "[env var: CSROLES_DATA]", "Show this message and exit.",
                 "<int", "x>=1", "Examples"):  # fmt: skip
        assert word in english
        assert word not in korean
    for word in ("사용법:", "[옵션]", "인수", "옵션", "데이터", "[필수]", "[기본값: 10]",
                 "[환경 변수: CSROLES_DATA]", "도움말", "<정수>", "1 이상", "예시"):  # fmt: skip
        assert word in korean


def test_the_command_list_is_korean(invoke: Invoke) -> None:
    """Each command's line in `csroles --help` is the first sentence of its own help."""
    root = invoke("--help", env=KOREAN_LOCALE).stdout
    flat = " ".join(root.replace("│", " ").split())
    for name in COMMAND_NAMES:
        own = invoke(name, "--help", env=KOREAN_LOCALE).stdout.splitlines()
        summary = " ".join(own[3].split())  # usage line, blank line, then the first sentence
        assert f"{name} {summary}" in flat, name


def test_english_help_stays_english_after_a_korean_one(invoke: Invoke) -> None:
    group = typer.main.get_command(app)
    for args in COMMAND_LINES:
        before = invoke(*args, "--help", env=ENGLISH)
        korean = invoke(*args, "--help", env=KOREAN_LOCALE)
        after = invoke(*args, "--help", env=ENGLISH)
        assert after.stdout == before.stdout != korean.stdout
        command = group.get_command(None, args[0]) if args else group
        first_line = command.help.split("\n\n")[0].split()
        assert " ".join(first_line) in " ".join(after.stdout.split())
        assert "Show this message and exit." in after.stdout
        assert after.stdout.lstrip().startswith("Usage: csroles")


@pytest.mark.parametrize("env", [ENGLISH, KOREAN_LOCALE], ids=["en", "ko"])
def test_the_asterisk_of_onet_is_kept(invoke: Invoke, env: dict[str, str]) -> None:
    group = typer.main.get_command(app)
    for name in COMMAND_NAMES:
        if "O*NET" not in group.get_command(None, name).help:
            continue
        output = invoke(name, "--help", env=env).stdout
        assert "O*NET" in output
        assert "ONET" not in output.replace("O*NET", ""), output


HELP_WIDTHS = (20, 27, 40, 53, 80, 120, 200)


@pytest.mark.parametrize("env", [ENGLISH, KOREAN_LOCALE], ids=["en", "ko"])
@pytest.mark.parametrize("args", COMMAND_LINES, ids=IDS)
def test_help_fits_the_terminal(invoke: Invoke, args: list[str], env: dict[str, str]) -> None:
    """No line wider than the terminal (Hangul as two cells), and nothing cut off with "…"."""
    for width in HELP_WIDTHS:
        result = invoke(*args, "--help", env={**env, "COLUMNS": str(width)})
        assert result.exit_code == 0
        wide = [line for line in result.stdout.splitlines() if cell_len(line) > width]
        assert wide == [], (width, wide)
        assert "…" not in result.stdout, (width, result.stdout)


def test_the_console_script_prints_korean_help(allowed: set[str]) -> None:
    script = Path(sys.executable).with_name("csroles")
    for args in (["--help"], ["show", "--help"]):
        done = subprocess.run(
            [str(script), *args],  # at 200 columns: see WIDE
            capture_output=True,
            text=True,
            encoding="utf-8",
            env={
                "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
                "COLUMNS": "200",
                "LANG": "ko_KR.UTF-8",
                "PYTHONUTF8": "1",
            },
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert done.stderr == ""
        assert done.stdout.lstrip().startswith("사용법: csroles")
        assert foreign_words(done.stdout, allowed) == [], done.stdout


# -- errors -------------------------------------------------------------------------------

# The common ways a command line goes wrong, and the exit code each one ends with.
ERRORS = {
    "unknown role": (["show", "nosuchrole"], 1),
    "unknown role, near miss": (["show", "team-laed"], 1),
    "missing argument": (["show"], 2),
    "too few roles": (["compare", "team-lead"], 2),
    "below the minimum": (["similar", "team-lead", "--limit", "0"], 2),
    "not a choice": (["similar", "team-lead", "--by", "nope"], 2),
    "not a number": (["search", "desk", "--min-score", "abc"], 2),
    "unknown format": (["show", "team-lead", "--format", "xml"], 2),
    "format conflict": (["show", "team-lead", "--json", "--format", "table"], 2),
    "workbook without a file": (["list", "--format", "xlsx"], 2),
    "unknown section": (["show", "team-lead", "--section", "nope"], 2),
    "no match": (["search", "qqqqzzzzxx"], 1),
    "no item resolves": (["fit", "qqqqzzzz"], 2),
    "unknown position": (["path", "coordinator", "nowhere"], 1),
    "unknown command": (["shw"], 2),
    "unknown option": (["show", "team-lead", "--bogus"], 2),
    "bad language": (["show", "team-lead", "--lang", "fr"], 2),
    "unknown shell": (["--show-completion", "foo"], 2),
    "unreadable roster": (["team", "no-such-roster.csv"], 3),
    "unreadable dataset": (["validate", "no-such-dataset.yaml"], 3),
}


@pytest.mark.parametrize("how", list(KOREAN))
@pytest.mark.parametrize("case", list(ERRORS))
def test_errors_have_no_english_word(
    invoke: Invoke,
    allowed: set[str],
    case: str,
    how: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    args, code = ERRORS[case]
    monkeypatch.chdir(tmp_path)  # the files named do not exist
    result = invoke(*args, env=KOREAN[how])
    assert result.exit_code == code, result.output
    output = result.stdout + result.stderr
    assert _HANGUL.search(result.stderr), output
    assert "Traceback" not in output
    assert foreign_words(output, allowed | _folded(args)) == [], output
