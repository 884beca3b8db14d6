"""xlsx workbooks, written through the CLI and read back with openpyxl.

Each workbook is checked for what a person opening it in Excel or LibreOffice would look
for: the names and figures (computed here from the YAML, or taken from the same command's
CSV, which the workbook must equal), Hangul intact, the header frozen, have/lack coloured.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from conftest import Invoke
from test_team import COLUMNS, KIND, labelled_people, needs, write_roster

from cs_roles.render.workbook import HAVE_COLOUR, LACK_COLOUR

KIND_WORDS = {
    "en": {"skill": "skill", "tool": "tool", "area": "area"},
    "ko": {"skill": "기술", "tool": "도구", "area": "책임 영역"},
}


def local_name(raw: dict[str, Any], kind: str, ident: str, lang: str) -> str:
    entry = raw[f"{kind}s"][ident]
    name = entry["name"] if isinstance(entry, dict) and "name" in entry else entry
    if isinstance(name, str):
        return name
    return str(name.get(lang) or name["en"])


def write_book(invoke: Invoke, tmp_path: Path, *args: str) -> Any:
    book = tmp_path / "out.xlsx"
    result = invoke(*args, "--format", "xlsx", "--output", str(book))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    return openpyxl.load_workbook(book)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_team_workbook_holds_the_matrix(
    invoke: Invoke, tmp_path: Path, raw: dict[str, Any], lang: str
) -> None:
    roster = write_roster(tmp_path, "xlsx")
    workbook = write_book(invoke, tmp_path, "team", str(roster), "--role", "team-lead",
                          "--lang", lang)  # fmt: skip
    names = {"en": ["Summary", "Matrix", "Training", "People"],
             "ko": ["요약", "매트릭스", "교육 계획", "사람"]}  # fmt: skip
    assert workbook.sheetnames == names[lang]
    matrix = workbook[names[lang][1]]
    assert matrix.freeze_panes == "B3"  # the item names, their kinds and the names column
    people = labelled_people()
    assert [matrix.cell(row=r, column=1).value for r in range(3, matrix.max_row + 1)] == [
        name for name, _have in people
    ]
    need = needs(raw, "team-lead")
    needed = {(KIND[d], i) for d in COLUMNS for i in need[d]}
    held_keys = {(KIND[d], i) for _n, have in people for d in COLUMNS for i in have[d]}
    by_header = {
        (local_name(raw, kind, ident, lang), KIND_WORDS[lang][kind]): (kind, ident)
        for kind, ident in needed | held_keys
    }
    headers = [
        (matrix.cell(row=1, column=c).value, matrix.cell(row=2, column=c).value)
        for c in range(2, matrix.max_column + 1)
    ]
    assert sorted(headers, key=str) == sorted(by_header, key=str)  # every item, Hangul intact
    for row, (name, have) in enumerate(people, start=3):
        for column, header in enumerate(headers, start=2):
            kind, ident = by_header[header]
            cell = matrix.cell(row=row, column=column)
            if ident in have[f"{kind}s"]:
                assert cell.value in ("have", "갖춤"), (name, ident)
                assert cell.fill.fgColor.rgb.endswith(HAVE_COLOUR)
            elif (kind, ident) in needed:
                assert cell.value in ("lack", "부족"), (name, ident)
                assert cell.fill.fgColor.rgb.endswith(LACK_COLOUR)
            else:
                assert cell.value is None
    if lang == "ko":
        width = matrix.column_dimensions["A"].width
        assert width >= 2 * len("김민지")  # Hangul counted as two widths
    training = workbook[names[lang][2]]
    assert training.freeze_panes == "A2"
    rows = list(training.iter_rows(min_row=2, values_only=True))
    lacking = {
        (KIND_WORDS[lang][k], i): [n for n, have in people if i not in have[f"{k}s"]]
        for k, i in needed
    }
    assert {(r[0], r[1]): r[4].split(", ") for r in rows} == {
        key: names for key, names in lacking.items() if names
    }
    summary = workbook[names[lang][0]]
    assert any(c.value == "team-lead" for row in summary.iter_rows() for c in row)


@pytest.mark.parametrize(
    "args",
    [
        ["list"],
        ["compare", "coordinator", "team-lead"],
        ["similar", "coordinator"],
        ["matrix", "skills"],
        ["search", "zendesk"],
        ["fit", "zendesk", "공감", "conflict resolution"],
    ],
)
def test_every_command_workbook_equals_its_csv(
    invoke: Invoke, tmp_path: Path, args: list[str]
) -> None:
    workbook = write_book(invoke, tmp_path, *args, "--lang", "ko")
    sheet = workbook.active
    assert sheet.freeze_panes == "A2"
    assert all(cell.font.bold for cell in sheet[1])
    rows = [["" if v is None else v for v in row] for row in sheet.iter_rows(values_only=True)]
    printed = invoke(*args, "--lang", "ko", "--format", "csv").stdout
    expected = list(csv.reader(io.StringIO(printed)))
    assert len(rows) == len(expected)
    for got, want in zip(rows, expected, strict=True):
        # numbers are stored as numbers: 100.0 is read back as 100
        assert [float(v) if isinstance(v, int | float) else v for v in got] == [
            float(w) if isinstance(v, int | float) else w for v, w in zip(got, want, strict=True)
        ]


def test_a_list_workbook_keeps_hangul_and_numbers(
    invoke: Invoke, tmp_path: Path, raw: dict[str, Any]
) -> None:
    workbook = write_book(invoke, tmp_path, "list", "--lang", "ko")
    sheet = workbook.active
    header = [c.value for c in sheet[1]]
    titles = {
        row[0]: row[header.index("title")] for row in sheet.iter_rows(min_row=2, values_only=True)
    }
    assert titles == {ident: role["title"]["ko"] for ident, role in raw["roles"].items()}
    counts = [row[header.index("skills")] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert all(isinstance(n, int) for n in counts)


def test_roster_text_is_never_a_formula(invoke: Invoke, tmp_path: Path) -> None:
    roster = tmp_path / "odd.csv"
    roster.write_text('name,skills\n"=HYPERLINK(""http://x"")",empathy\n', encoding="utf-8")
    workbook = write_book(invoke, tmp_path, "team", str(roster))
    matrix = workbook.worksheets[1]
    cell = matrix.cell(row=3, column=1)
    assert cell.value == '=HYPERLINK("http://x")' and cell.data_type == "s"
