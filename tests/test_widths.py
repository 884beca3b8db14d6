"""Nothing is ever cut off and nothing is wider than the terminal.

Every command's human output is swept across widths 20 to 200 in en, ko, en+ko and ko+en,
and no line may be wider than the width, measured in display cells (Hangul as two). For a
few widths, the names, ids and texts the command shows (taken from its JSON, in the
language asked for) must appear whole in the terminal output once line breaks, padding
and table borders are removed, and no ellipsis may appear (an id longer than
the width is folded, and read whole again). Table cells are read column
by column, so a name wrapped inside its cell still reads as one run of text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import Invoke
from rich.cells import cell_len

from cs_roles.render.labels import pick

WIDTHS = (20, 40, 60, 80, 120)
LANGS = ("en", "ko", "en+ko", "ko+en")
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
        # An id longer than the width is folded across lines (never cut): read it whole
        # again by dropping the breaks.
        joined = flat.replace(" ", "")
        missing = sorted(
            t
            for t in want
            if t not in flat and not (" " not in t and cell_len(t) > width and t in joined)
        )
        assert not missing, f"{run} --lang {lang} at {width} columns lost {missing[:3]}"


# Every width from 20 to 100, where tables give way to stacked blocks, then every tenth.
SWEEP = (*range(20, 101), *range(110, 201, 10))
SWEPT = {
    "show": ["show", "coordinator"],
    "list": ["list"],
    "compare": ["compare", "coordinator", "team-lead"],
    "similar": ["similar", "coordinator"],
    "matrix": ["matrix", "tools"],
    "search": ["search", "zendesk"],
    "fit": ["fit", "communication", "empathy", "zendsk", "-n", "2"],
    "gap": ["gap", "coordinator", "team-lead"],
}


def too_wide(invoke: Invoke, args: list[str], width: int) -> list[str]:
    result = invoke(*args, env={"COLUMNS": str(width)})
    assert result.exit_code == 0, result.output
    return [line for line in result.stdout.splitlines() if cell_len(line) > width]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("command", list(SWEPT))
def test_no_line_is_wider_than_the_terminal(invoke: Invoke, command: str, lang: str) -> None:
    args = [*SWEPT[command], "--lang", lang]
    wide = {width: lines for width in SWEEP if (lines := too_wide(invoke, args, width))}
    assert not wide, f"{' '.join(args)}: wider than the terminal at {sorted(wide)}: {wide}"


@pytest.mark.parametrize(
    ("args", "widths"),
    [
        (["list", "--lang", "en+ko"], range(62, 72)),
        (["search", "zendesk", "--lang", "ko"], [80]),
        (["similar", "coordinator"], range(65, 76)),
        (["compare", "coordinator", "team-lead", "--lang", "ko"], range(46, 54)),
        (["fit", "communication", "empathy", "zendsk", "-n", "2"], range(49, 58)),
    ],
)
def test_the_tables_reported_too_wide_now_fit(
    invoke: Invoke, args: list[str], widths: range
) -> None:
    for width in widths:
        assert too_wide(invoke, args, width) == [], (args, width)


def test_items_that_wrap_in_a_cell_stay_one_item(invoke: Invoke, raw: dict[str, Any]) -> None:
    """Each name in a compare column starts after its own bullet, so "Live chat software"
    wrapped over two lines cannot be read as two items."""
    roles = raw["roles"]
    a, b = "coordinator", "team-lead"
    tools = raw["tools"]

    def tool_ids(role: str) -> set[str]:
        return {tool for group in roles[role]["tools"] for tool in group["tools"]}

    def english(name: str | dict[str, str]) -> str:
        return name if isinstance(name, str) else name["en"]

    shared = tool_ids(a) & tool_ids(b)
    names = {english(tools[t]["name"]) for t in tool_ids(a) | tool_ids(b)}
    assert names and shared
    for width in (60, 80, 100):
        out = invoke("compare", a, b, "--lang", "en", env={"COLUMNS": str(width)}).stdout
        assert "┃" in out or "│" in out, "the side-by-side table is shown"
        flat = flatten(out)
        for name in names:
            assert f"• {name}" in flat, (width, name)
