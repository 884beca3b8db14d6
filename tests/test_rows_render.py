"""The generic terminal, Markdown and text forms (render/rows.py): what a new command shows
before it has renderers of its own, from its result type and its catalog words alone.

A probe command is put in place for each test (its result in the contract's table, its words
in the catalog) and its result handed to the one output path, as a command module would."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from rich.cells import cell_len

from cs_roles import messages, output, results
from cs_roles.output import Format
from cs_roles.results import Ids, LocalText, Result

WORDS = {
    "id": ("ID", "식별자"),
    "name": ("Name", "이름"),
    "count": ("Count", "개수"),
    "tags": ("Tags", "태그"),
    "ready": ("Ready", "준비됨"),
}
ROWS = [
    ("alpha", {"en": "First probe item", "ko": "첫째 시험 항목"}, 3, ["x", "y"], True),
    ("beta-with-a-longer-id", {"en": "Second; a text with a semicolon", "ko": None}, 0, [], False),
]


class ProbeRow(Result):
    """One row of the probe."""

    id: str
    name: LocalText
    count: int
    tags: Ids
    ready: bool


class ProbeResult(Result):
    """The probe's whole result: its rows."""

    items: list[ProbeRow]


class ProbeSummary(Result):
    """A probe result without rows: shown as its fields."""

    id: str
    name: LocalText
    count: int


@pytest.fixture
def probe(monkeypatch: pytest.MonkeyPatch) -> Iterator[ProbeResult]:
    monkeypatch.setitem(results.ANSWERS, "probe", (ProbeResult, ProbeRow))
    monkeypatch.setitem(results.ANSWERS, "probe-summary", (ProbeSummary, None))
    for command in ("probe", "probe-summary"):
        for field, (english, korean) in WORDS.items():
            monkeypatch.setitem(
                messages.CATALOG, f"{command}.{field}", {"en": english, "ko": korean}
            )
    yield ProbeResult(
        items=[ProbeRow(id=r[0], name=r[1], count=r[2], tags=r[3], ready=r[4]) for r in ROWS]
    )


def emitted(
    command: str,
    payload: Any,
    fmt: Format,
    lang: str,
    monkeypatch: pytest.MonkeyPatch,
    width: int = 100,
) -> str:
    monkeypatch.setenv("COLUMNS", str(width))
    buffer = io.BytesIO()
    stream = io.TextIOWrapper(buffer, encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", stream)
    output.emit(command, payload, fmt, lang)
    stream.flush()
    return buffer.getvalue().decode("utf-8")


def name_in(name: dict[str, str | None], lang: str) -> str:
    return name.get(lang) or name["en"] or ""


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_markdown_is_the_rows_as_a_pipe_table(
    probe: ProbeResult, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    pick = 0 if lang == "en" else 1
    expected = [
        "| " + " | ".join(words[pick] for words in WORDS.values()) + " |",
        "|" + " --- |" * len(WORDS),
    ]
    yes_no = {"en": ("yes", "no"), "ko": ("예", "아니요")}[lang]
    for ident, name, count, tags, ready in ROWS:
        cells = [
            ident,
            name_in(name, lang),
            str(count),
            ", ".join(tags) or "–",
            yes_no[0] if ready else yes_no[1],
        ]
        expected.append("| " + " | ".join(cells) + " |")
    assert emitted("probe", probe, Format.markdown, lang, monkeypatch) == "\n".join(expected) + "\n"


@pytest.mark.parametrize("lang", ["en", "ko", "ko+en"])
def test_terminal_table_has_every_cell_in_the_readers_language(
    probe: ProbeResult, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = emitted("probe", probe, Format.table, lang, monkeypatch)
    first = lang.partition("+")[0]
    pick = 0 if first == "en" else 1
    for words in WORDS.values():
        assert words[pick] in shown
    for ident, name, _, _, _ in ROWS:
        assert ident in shown
        assert all(word in shown for word in name_in(name, first).split())
    assert "Name" not in shown if first == "ko" else "이름" not in shown


@pytest.mark.parametrize("width", [20, 30, 45, 60, 80, 120, 200])
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_no_line_is_wider_than_the_terminal(
    probe: ProbeResult, width: int, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = emitted("probe", probe, Format.table, lang, monkeypatch, width=width)
    longest = max(cell_len(line) for line in shown.splitlines())
    assert longest <= width
    # every id is whole, as the table or as the block of its row
    assert all(
        ROWS[n][0] in shown.replace("\n", "") or width < len(ROWS[n][0]) for n in range(len(ROWS))
    )


def test_a_narrow_terminal_stacks_a_block_a_row(
    probe: ProbeResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = emitted("probe", probe, Format.table, "en", monkeypatch, width=30)
    assert "┃" not in shown and "│" not in shown  # no table: it did not fit
    assert "Count: 3" in shown and "Count: 0" in shown


def test_text_is_a_block_a_row(probe: ProbeResult, monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = emitted("probe", probe, Format.text, "ko", monkeypatch).rstrip("\n").split("\n\n")
    assert len(blocks) == len(ROWS)
    for block, (ident, name, count, _, _) in zip(blocks, ROWS, strict=True):
        assert block.splitlines()[:3] == [
            f"식별자: {ident}",
            f"이름: {name_in(name, 'ko')}",
            f"개수: {count}",
        ]


def test_a_result_without_rows_is_its_fields(
    probe: ProbeResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = ProbeSummary(id="alpha", name={"en": "First", "ko": "첫째"}, count=7)
    markdown = emitted("probe-summary", summary, Format.markdown, "ko", monkeypatch)
    assert markdown == "- **식별자**: alpha\n- **이름**: 첫째\n- **개수**: 7\n"
    table = emitted("probe-summary", summary, Format.table, "en", monkeypatch)
    assert [line.strip() for line in table.splitlines()] == ["ID: alpha", "Name: First", "Count: 7"]


def test_csv_of_the_probe_has_the_same_columns(
    probe: ProbeResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The generic forms show what the CSV has (here with --lang en): the same columns."""
    csv = emitted("probe", probe, Format.csv, "en", monkeypatch)
    assert csv.splitlines()[0] == "id,name,count,tags,ready"
