"""Reading rosters: every format, the header names, the row numbers, and each bad roster.

Rosters are written here, in tmp_path, the way a spreadsheet or an editor would write them;
each expectation is the cell text as written in the test, never read back from csroles.
"""

from __future__ import annotations

import datetime
import io
import json
import os
import re
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from conftest import whole_catalog

from cs_roles.errors import CsRolesError, ExitCode
from cs_roles.roster import (
    InvalidRoster,
    Person,
    Roster,
    RosterUnreadable,
    SheetNotFound,
    read_roster,
)
from cs_roles.roster_formats import split_cell

HEADER_EN = ["name", "role", "skills", "tools", "areas"]
HEADER_KO = ["이름", "역할", "기술", "도구", "업무 영역"]
ROWS = [
    ["김민지", "팀 리더", "공감; 문제 해결", "젠데스크, zendsk", "문제 해결"],
    ["Alex Baker", "coordinator", "empathy, patience", "Slack；Jira", ""],
]


def write_csv(path: Path, rows: list[list[str]], delimiter: str = ",", bom: bool = True) -> Path:
    import csv

    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def write_xlsx(path: Path, sheets: dict[str, list[list[Any]]], start_row: int = 1) -> Path:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for offset, row in enumerate(rows):
            for column, value in enumerate(row, start=1):
                sheet.cell(row=start_row + offset, column=column, value=value)
    workbook.save(path)
    return path


def expected_people(rows: list[list[str]], first_row: int = 2) -> list[Person]:
    """The people as the test wrote them: items split by hand."""
    split = {
        "공감; 문제 해결": ("공감", "문제 해결"),
        "젠데스크, zendsk": ("젠데스크", "zendsk"),
        "문제 해결": ("문제 해결",),
        "empathy, patience": ("empathy", "patience"),
        "Slack；Jira": ("Slack", "Jira"),
        "": (),
    }
    return [
        Person(name, first_row + n, role or None, split[s], split[t], split[a])
        for n, (name, role, s, t, a) in enumerate(rows)
    ]


def failure(path: Path | str, **kwargs: Any) -> CsRolesError:
    with pytest.raises(CsRolesError) as caught:
        read_roster(path, **kwargs)
    return caught.value


def both_languages(error: CsRolesError) -> tuple[str, str]:
    english, korean = error.render("en"), error.render("ko")
    assert re.search("[가-힣]", korean), korean
    for lang in ("en", "ko"):
        error.render_hint(lang)  # every hint key exists in both languages
    return english, korean


# -- formats -------------------------------------------------------------------------------


def test_csv_with_bom_and_korean_headers(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "팀.csv", [HEADER_KO, *ROWS])
    roster = read_roster(path)
    assert roster.format == "csv" and roster.unit == "row"
    assert list(roster.people) == expected_people(ROWS)
    assert roster.warnings == ()
    assert roster.columns["areas"].column == "E" and roster.columns["areas"].header == "업무 영역"


def test_csv_without_bom_english_headers_in_any_case_and_spacing(tmp_path: Path) -> None:
    header = ["  Name ", "ROLE", "Skills", "tools", "Areas"]
    path = write_csv(tmp_path / "team.csv", [header, *ROWS], bom=False)
    assert list(read_roster(path).people) == expected_people(ROWS)


def test_blank_rows_count_as_spreadsheet_rows(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "team.csv", [[], HEADER_EN, ROWS[0], [], ["", "", "", "", ""], ROWS[1]]
    )
    people = read_roster(path).people
    assert [p.row for p in people] == [3, 6]


def test_tsv_by_extension_and_by_content(tmp_path: Path) -> None:
    tsv = write_csv(tmp_path / "team.tsv", [HEADER_EN, *ROWS], delimiter="\t")
    assert read_roster(tsv).format == "tsv"
    assert list(read_roster(tsv).people) == expected_people(ROWS)
    tabs_in_csv = write_csv(tmp_path / "tabs.csv", [HEADER_EN, *ROWS], delimiter="\t")
    assert list(read_roster(tabs_in_csv).people) == expected_people(ROWS)


def test_semicolon_delimited_csv(tmp_path: Path) -> None:
    rows = [HEADER_EN, ["Kim", "", "empathy, patience", "Slack", ""]]
    people = read_roster(write_csv(tmp_path / "eu.csv", rows, delimiter=";")).people
    assert people == (Person("Kim", 2, None, ("empathy", "patience"), ("Slack",), ()),)


def test_excel_unicode_text_is_utf16_tsv(tmp_path: Path) -> None:
    text = "\r\n".join("\t".join(row) for row in [HEADER_KO, *ROWS]) + "\r\n"
    path = tmp_path / "team.txt"
    path.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    assert list(read_roster(path).people) == expected_people(ROWS)


def test_xlsx_first_sheet_and_named_sheet(tmp_path: Path) -> None:
    other = [HEADER_EN, ["Other Person", "", "", "", ""]]
    path = write_xlsx(tmp_path / "team.xlsx", {"팀원": [HEADER_KO, *ROWS], "Other": other})
    roster = read_roster(path)
    assert roster.format == "xlsx"
    assert list(roster.people) == expected_people(ROWS)
    assert [p.name for p in read_roster(path, sheet="Other").people] == ["Other Person"]
    assert [p.name for p in read_roster(path, sheet="other").people] == ["Other Person"]


def test_xlsx_rows_as_the_spreadsheet_numbers_them(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "team.xlsx", {"Team": [HEADER_EN, *ROWS]}, start_row=4)
    assert [p.row for p in read_roster(path).people] == [5, 6]


def test_yaml_list_and_people_mapping(tmp_path: Path) -> None:
    listed = tmp_path / "team.yaml"
    listed.write_text(
        "# our team\n"
        "- name: 김민지\n"
        "  역할: 팀 리더\n"
        "  skills: [공감, 문제 해결]\n"
        "  tools: 젠데스크, zendsk\n"
        "  업무 영역: 문제 해결\n"
        "- name: Alex Baker\n"
        "  role: coordinator\n"
        "  skills:\n"
        "    - empathy\n"
        "    - patience\n"
        "  tools: Slack；Jira\n",
        encoding="utf-8",
    )
    roster = read_roster(listed)
    assert roster.unit == "line"
    assert list(roster.people) == [
        Person(
            "김민지", 2, "팀 리더", ("공감", "문제 해결"), ("젠데스크", "zendsk"), ("문제 해결",)
        ),
        Person("Alex Baker", 7, "coordinator", ("empathy", "patience"), ("Slack", "Jira"), ()),
    ]
    mapped = tmp_path / "team.yml"
    mapped.write_text("people:\n  - {name: Kim, tools: [Slack]}\n", encoding="utf-8")
    assert read_roster(mapped).people == (Person("Kim", 2, None, (), ("Slack",), ()),)


def test_json_list_and_people_mapping(tmp_path: Path) -> None:
    people = [
        {
            "name": "김민지",
            "role": "팀 리더",
            "skills": ["공감", "문제 해결"],
            "tools": "젠데스크, zendsk",
            "areas": "문제 해결",
        },
        {
            "name": "Alex Baker",
            "role": "coordinator",
            "skills": "empathy, patience",
            "tools": "Slack；Jira",
        },
    ]
    path = tmp_path / "team.json"
    path.write_text(json.dumps(people, ensure_ascii=False), encoding="utf-8")
    roster = read_roster(path)
    assert roster.unit == "entry"
    assert list(roster.people) == expected_people(ROWS, 1)
    path.write_text(json.dumps({"people": people}), encoding="utf-8")
    assert list(read_roster(path).people) == expected_people(ROWS, 1)


@pytest.mark.parametrize("fmt", ["csv", "tsv", "yaml", "json", "xlsx"])
def test_standard_input_format_by_content(tmp_path: Path, fmt: str) -> None:
    if fmt == "xlsx":
        data = write_xlsx(tmp_path / "t.xlsx", {"Team": [HEADER_EN, *ROWS]}).read_bytes()
    elif fmt in ("csv", "tsv"):
        delimiter = "\t" if fmt == "tsv" else ","
        data = write_csv(tmp_path / "t", [HEADER_EN, *ROWS], delimiter=delimiter).read_bytes()
    elif fmt == "json":
        data = json.dumps([dict(zip(HEADER_EN, row, strict=True)) for row in ROWS]).encode()
    else:
        lines = [
            f"- {{name: {r[0]}, role: {r[1]}, skills: '{r[2]}', tools: '{r[3]}'}}" for r in ROWS
        ]
        data = "\n".join(lines).encode("utf-8")
    roster = read_roster("-", stdin=io.BytesIO(data))
    assert roster.path == "<stdin>"
    assert roster.format == fmt
    assert [(p.name, p.role, p.skills, p.tools) for p in roster.people] == [
        (p.name, p.role, p.skills, p.tools) for p in expected_people(ROWS)
    ]


def test_unknown_columns_are_warned_about_and_ignored(tmp_path: Path) -> None:
    rows = [[*HEADER_EN, "사번", ""], [*ROWS[0], "17", "stray"]]
    roster = read_roster(write_csv(tmp_path / "team.csv", rows))
    assert roster.people == tuple(expected_people(ROWS[:1]))
    warnings = [w.render("en") for w in roster.warnings]
    assert len(warnings) == 2
    assert "column F ('사번')" in warnings[0] and "unknown column" in warnings[0]
    assert "column G" in warnings[1] and "no header" in warnings[1]
    assert all(w.render("ko").count("열") for w in roster.warnings)


def test_yaml_unknown_keys_are_warned_about_once(tmp_path: Path) -> None:
    path = tmp_path / "team.yaml"
    path.write_text("- {name: A, email: a@x}\n- {name: B, email: b@x}\n", encoding="utf-8")
    roster = read_roster(path)
    assert [p.name for p in roster.people] == ["A", "B"]
    assert [w.render("en") for w in roster.warnings] == [
        f"{path}: line 1, 'email': unknown key, ignored "
        "(the keys are name, role, skills, tools, areas; 이름, 역할, 기술, 도구, 업무 영역)"
    ]


@pytest.mark.parametrize(
    ("cell", "items"),
    [
        ("a; b, c", ("a", "b, c")),  # a semicolon separates; the comma stays in a name
        ("a, b ,c", ("a", "b", "c")),
        ("a；b", ("a", "b")),
        ("가，나、다", ("가", "나", "다")),
        ("one\ntwo, three\r\nfour", ("one", "two", "three", "four")),
        (" ; ,, ", ()),
        ("C#", ("C#",)),
    ],
)
def test_split_cell(cell: str, items: tuple[str, ...]) -> None:
    assert split_cell(cell) == items


def test_the_roster_file_is_never_changed(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "team.xlsx", {"Team": [HEADER_EN, *ROWS]})
    csv_path = write_csv(tmp_path / "team.csv", [HEADER_EN, *ROWS])
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in (path, csv_path)}
    for p in (path, csv_path):
        p.chmod(0o444)
        read_roster(p)
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in (path, csv_path)} == before
    assert sorted(os.listdir(tmp_path)) == ["team.csv", "team.xlsx"]


# -- bad rosters ---------------------------------------------------------------------------


def test_no_name_column(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "team.csv", [["who", "skills"], ["Kim", "empathy"]])
    error = failure(path)
    assert isinstance(error, InvalidRoster) and error.exit_code == ExitCode.INVALID
    english, korean = both_languages(error)
    assert english == f"{path}: row 1: no name column (the header row has 'who', 'skills')"
    assert korean.startswith(f"{path}: 1행: 이름 열이 없습니다")
    assert "name" in (error.render_hint("en") or "")


def test_empty_name(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "team.csv", [HEADER_KO, ROWS[0], [" ", "", "empathy", "", ""]])
    english, korean = both_languages(failure(path))
    assert english == f"{path}: row 3, column A ('이름'): the name is empty"
    assert korean == f"{path}: 3행 A열('이름'): 이름이 비어 있습니다"


def test_the_same_person_twice(tmp_path: Path) -> None:
    rows = [
        HEADER_EN,
        ["Alex Baker", "", "", "", ""],
        ["x", "", "", "", ""],
        [" alex  BAKER", "", "", "", ""],
    ]
    error = failure(write_csv(tmp_path / "team.csv", rows))
    assert error.exit_code == ExitCode.INVALID
    english, korean = both_languages(error)
    assert english.endswith("row 4: 'alex BAKER' is already on the roster (row 2)")
    assert korean.endswith("4행: 'alex BAKER'은(는) 이미 명단에 있습니다(2행)")


def test_two_columns_for_one_field(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "team.csv", [["name", "skills", "기술"], ["Kim", "a", "b"]])
    english, _ = both_languages(failure(path))
    assert english == (
        f"{path}: row 1: two columns say the same: column B ('skills') and column C ('기술')"
    )


@pytest.mark.parametrize(
    ("value", "what"),
    [
        (42, "a number (42)"),
        (datetime.datetime(2024, 3, 1), "a date or time"),
        (True, "a true/false value"),
    ],
)
def test_xlsx_cell_that_is_not_text(tmp_path: Path, value: object, what: str) -> None:
    path = write_xlsx(
        tmp_path / "team.xlsx", {"Team": [HEADER_EN, ROWS[0], [value, "", "", "", ""]]}
    )
    error = failure(path)
    assert error.exit_code == ExitCode.INVALID
    english, _ = both_languages(error)
    assert english == f"{path}: row 3, column A ('name'): must be text, not {what}"


def test_xlsx_number_among_items(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "team.xlsx", {"Team": [HEADER_EN, ["Kim", "", "", 365, ""]]})
    assert failure(path).render("en") == (
        f"{path}: row 2, column D ('tools'): must be text, not a number (365)"
    )


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ("- name: Kim\n  skills: [[a, b]]\n", "line 1, 'skills': must be text, not a list"),
        ("- name: Kim\n  tools: {zendesk: 1}\n", "line 1, 'tools': must be text, not a mapping"),
        ("- name: 1234\n", "line 1, 'name': must be text, not a number (1234)"),
        ("- name: Kim\n- name: 2024-01-02\n", "line 2, 'name': must be text, not a date or time"),
        ("- name: Kim\n- just a string\n", "line 2: a person must be a mapping of name, role, "
         "skills, tools and areas, not a value of another kind"),
        ("- skills: a\n", "line 1: no name given"),
        ("title: my team\n", "must be a list of people, or a mapping whose people is that list"),
        ("- name: [unclosed\n", "line 2: YAML syntax error: "),
    ],
)  # fmt: skip
def test_bad_yaml_rosters(tmp_path: Path, document: str, message: str) -> None:
    path = tmp_path / "team.yaml"
    path.write_text(document, encoding="utf-8")
    error = failure(path)
    assert error.exit_code == ExitCode.INVALID
    english, _ = both_languages(error)
    assert english.startswith(f"{path}: ") and message in english


def test_bad_json_rosters(tmp_path: Path) -> None:
    path = tmp_path / "team.json"
    path.write_text('[{"name": "Kim"},\n {"name": "Lee", "skills": 3}]', encoding="utf-8")
    assert failure(path).render("en") == (
        f"{path}: entry 2, 'skills': must be text, not a number (3)"
    )
    path.write_text('[{"name": "Kim"},\n {"name": }]', encoding="utf-8")
    error = failure(path)
    assert error.exit_code == ExitCode.INVALID
    assert error.render("en").startswith(f"{path}: line 2: JSON syntax error: ")


def test_sheet_that_does_not_exist(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "team.xlsx", {"팀원": [HEADER_EN, *ROWS], "Other": [HEADER_EN]})
    error = failure(path, sheet="Team")
    assert isinstance(error, SheetNotFound) and error.exit_code == ExitCode.USAGE
    english, korean = both_languages(error)
    assert english == f"{path}: the workbook has no sheet 'Team' (it has '팀원', 'Other')"
    assert korean == f"{path}: 통합 문서에 'Team' 시트가 없습니다(있는 시트: '팀원', 'Other')"
    csv_path = write_csv(tmp_path / "team.csv", [HEADER_EN, *ROWS])
    assert failure(csv_path, sheet="Team").exit_code == ExitCode.USAGE


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is not a roster: a binary file, not a table"),
        (b"PK\x03\x04 not really a zip", "is not a readable Excel workbook"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "is an Excel 97-2003 workbook (.xls)"),
        ("이름,기술\n김,공감\n".encode("cp949"), "row 1: is not UTF-8 text"),
        (b"", "the roster is empty"),
        (b"\xef\xbb\xbf \n\n", "the roster is empty"),
        (b"name,skills\n", "the roster has no people, only a header row"),
    ],
)
def test_files_that_are_not_rosters(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "team.csv"
    path.write_bytes(data)
    error = failure(path)
    assert isinstance(error, InvalidRoster) and error.exit_code == ExitCode.INVALID
    english, _ = both_languages(error)
    assert english.startswith(f"{path}: ") and message in english


def test_unreadable_files(tmp_path: Path) -> None:
    missing = failure(tmp_path / "nope.csv")
    assert isinstance(missing, RosterUnreadable) and missing.exit_code == ExitCode.UNREADABLE
    assert both_languages(missing) == (
        f"cannot read the roster {tmp_path / 'nope.csv'}: no such file",
        f"명단 파일 {tmp_path / 'nope.csv'}을(를) 읽을 수 없습니다: 파일이 없습니다",
    )
    directory = failure(tmp_path)
    assert directory.exit_code == ExitCode.UNREADABLE
    assert "is a directory" in directory.render("en")
    if os.geteuid() != 0:  # root reads anything
        locked = write_csv(tmp_path / "locked.csv", [HEADER_EN, *ROWS])
        locked.chmod(0)
        assert "permission denied" in failure(locked).render("en")


def test_closed_standard_input() -> None:
    class Closed(io.BytesIO):
        def read(self, size: int | None = -1) -> bytes:
            raise ValueError("I/O operation on closed file")

    error = failure("-", stdin=Closed())
    assert error.exit_code == ExitCode.UNREADABLE
    assert error.render("en").startswith("cannot read the roster <stdin>: ")


def test_every_roster_message_exists_in_both_languages() -> None:
    catalog = whole_catalog()
    keys = [k for k in catalog if k.startswith(("roster.", "team."))]
    assert len(keys) > 40
    for key in keys:
        assert set(catalog[key]) == {"en", "ko"}, key
        if "{" not in catalog[key]["en"] or key == "roster.reason.os":
            continue
        assert re.search("[가-힣]", catalog[key]["ko"]) or "{" in catalog[key]["ko"], key


def test_roster_is_plain_frozen_data(tmp_path: Path) -> None:
    roster = read_roster(write_csv(tmp_path / "team.csv", [HEADER_EN, *ROWS]))
    assert isinstance(roster, Roster)
    with pytest.raises(AttributeError):
        roster.people[0].name = "changed"  # type: ignore[misc]


def test_a_title_above_the_header_is_passed_over(tmp_path: Path) -> None:
    rows = [["2024년 상반기 CS팀"], [], HEADER_KO, *ROWS]
    path = write_xlsx(tmp_path / "team.xlsx", {"Team": rows})
    roster = read_roster(path)
    assert list(roster.people) == expected_people(ROWS, first_row=4)
    assert roster.warnings == ()


def test_a_header_that_is_a_number_is_an_unknown_column(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "team.xlsx", {"Team": [[*HEADER_EN, 2024], [*ROWS[0], 5]]})
    roster = read_roster(path)
    assert list(roster.people) == expected_people(ROWS[:1])
    assert [w.render("en") for w in roster.warnings] == [
        f"{path}: column F ('2024'): unknown column, ignored (the columns are name, role, "
        "skills, tools, areas; 이름, 역할, 기술, 도구, 업무 영역)"
    ]
