"""Nothing is ever cut off: every command, both languages, widths 20 to 120.

For each run, the names, ids and texts the command shows (taken from its JSON, in the
language asked for) must appear whole in the terminal output once line breaks, padding
and table borders are removed, and no ellipsis may appear. Table cells are read column
by column, so a name wrapped inside its cell still reads as one run of text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import Invoke

from cs_roles.render.labels import pick

WIDTHS = (20, 40, 60, 80, 120)
LANGS = ("en", "ko", "ko+en")
BORDERS = re.compile(r"[│┃]")
RULES = re.compile(r"^[\s─━┄┈╌┡┩┢┪┏┓┗┛┌┐└┘├┤┬┴┼╇╈╋┳┻╭╮╯╰═║╔╗╚╝╠╣╦╩╬]*$")


def flatten(output: str) -> str:
    """The output as one line of text: outside tables, lines joined; inside a table, each
    column's pieces joined top to bottom, so a wrapped cell reads as one run."""
    pieces: list[str] = []
    columns: list[list[str]] = []

    def close_table() -> None:
        for column in columns:
            pieces.extend(column)
        columns.clear()

    for line in output.splitlines():
        if RULES.match(line):
            continue
        if BORDERS.search(line):
            cells = BORDERS.split(line)[1:-1] if line.lstrip()[:1] in "│┃" else BORDERS.split(line)
            while len(columns) < len(cells):
                columns.append([])
            for column, cell in zip(columns, cells, strict=False):
                column.append(cell)
        else:
            close_table()
            pieces.append(line)
    close_table()
    return squeeze(" ".join(pieces))


def squeeze(text: str) -> str:
    return " ".join(text.split())


def texts(value: Any, lang: str) -> Iterator[str]:
    """Every localized text in a payload, in the language shown."""
    if isinstance(value, dict):
        if set(value) >= {"en", "ko"} and all(
            v is None or isinstance(v, str) for v in value.values()
        ):
            shown = pick(value, lang)
            if shown:
                yield shown
            return
        for item in value.values():
            yield from texts(item, lang)
    elif isinstance(value, list):
        for item in value:
            yield from texts(item, lang)


def expected(command: str, payload: Any, lang: str) -> set[str]:
    """What the command shows of its payload (never less than every id it prints)."""
    if command == "show":
        return {payload["id"], *texts({k: v for k, v in payload.items() if k != "source"}, lang)}
    if command == "list":
        return {r["id"] for r in payload} | {pick(r["title"], lang) for r in payload}
    if command in ("compare", "matrix"):
        names = payload["names"]
        dims = [payload["dimension"]] if "dimension" in payload else list(payload["matrix"])
        shown = {pick(names[d][i], lang) or i for d in dims for i in payload["matrix"][d]}
        return shown | set(payload["roles"])
    if command == "similar":
        return {s["id"] for s in payload["similar"]} | {
            pick(s["title"], lang) for s in payload["similar"]
        }
    if command == "fit":
        return {r["id"] for r in payload["roles"]} | {
            pick(r["title"], lang) for r in payload["roles"]
        }
    if command == "gap":
        skills = {pick(s["name"], lang) for s in payload["skills"]}
        notes = {pick(s["note"], lang) for s in payload["skills"] if s.get("note")}
        tools = {pick(t["name"], lang) for g in payload["tools"] for t in g["tools"]}
        return skills | notes | tools | {payload["to"]}
    if command == "search":
        return {h["id"] for h in payload["hits"]} | {pick(h["name"], lang) for h in payload["hits"]}
    raise AssertionError(command)


RUNS = {
    "show-summary": ["show", "team-lead", "--section", "summary"],
    "show-responsibilities": ["show", "coordinator", "--section", "responsibilities"],
    "show-skills": ["show", "support-manager", "--section", "skills"],
    "show-tools": ["show", "team-lead", "--section", "tools"],
    "show-career": ["show", "experience-manager", "--section", "career"],
    "show-practices": ["show", "operations-manager", "--section", "practices"],
    "show-crosswalk": ["show", "team-lead", "--section", "crosswalk"],
    "show": ["show", "coordinator"],
    "list": ["list"],
    "compare-2": ["compare", "coordinator", "support-manager"],
    "compare-3": ["compare", "coordinator", "team-lead", "experience-manager"],
    "similar": ["similar", "coordinator"],
    "matrix": ["matrix", "tools"],
    "search": ["search", "customer"],
    "search-ko": ["search", "고객 만족"],
    "fit": ["fit", "zendesk", "공감", "conflict resolution", "slack"],
    "gap": ["gap", "coordinator", "team-lead"],
}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("run", list(RUNS))
def test_nothing_is_cut_off(invoke: Invoke, run: str, lang: str) -> None:
    args = RUNS[run]
    command = args[0]
    as_json = invoke(*args, "--json")
    assert as_json.exit_code == 0, as_json.output
    want = {squeeze(t) for t in expected(command, json.loads(as_json.stdout), lang) if t.strip()}
    assert want
    for width in WIDTHS:
        result = invoke(*args, "--lang", lang, env={"COLUMNS": str(width)})
        assert result.exit_code == 0, result.output
        assert "…" not in result.stdout and "..." not in result.stdout, (width, result.stdout)
        flat = flatten(result.stdout)
        missing = sorted(t for t in want if t not in flat)
        assert not missing, f"{run} --lang {lang} at {width} columns lost {missing[:3]}"


@pytest.mark.parametrize("width", WIDTHS)
def test_lines_fit_the_width_unless_one_word_is_longer(invoke: Invoke, width: int) -> None:
    from rich.cells import cell_len

    for args in (["show", "team-lead"], ["compare", "coordinator", "team-lead"], ["list"]):
        out = invoke(*args, "--lang", "ko+en", env={"COLUMNS": str(width)}).stdout
        for line in out.splitlines():
            assert line == line.rstrip(), "trailing padding"
            if cell_len(line) > width:
                assert len(line.split()) == 1, line  # only a single unbreakable word overflows
