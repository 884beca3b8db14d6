"""`csroles team` for people: the terminal (Rich), Markdown and the xlsx workbook.

Every renderer reads the typed result (team_results.TeamResult), so each format shows the
same facts: role coverage, single points of failure, items nobody has, readiness, the training
plan and the person × item matrix (have / lack / not needed).

In the terminal nothing is wider than the console: sections are wrapped text, and the
matrix is a grid of numbered item columns with a legend, paged into as many grids as the
width needs, or, where not even one page of columns fits beside the names, one block per
person. Widths are measured with rich.cells.cell_len (Hangul is two cells).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from cs_roles.messages import labels as catalog_labels
from cs_roles.messages import text
from cs_roles.render.labels import percent, pick

if TYPE_CHECKING:
    from openpyxl import Workbook
    from rich.console import RenderableType
    from rich.text import Text

    from cs_roles.team_results import TeamItem, TeamPerson, TeamResult

Cell = Literal["have", "lack", "not_needed"]
SYMBOLS: dict[Cell, tuple[str, str]] = {  # the grid's marks (one cell wide) and colours
    "have": ("✓", "green"),
    "lack": ("✗", "red"),
    "not_needed": (".", "dim"),
}
SHOWN_NAMES = 8  # people named per line of a section before "+N more"
SHOWN_ITEMS = 6  # items a person lacks named before "+N more"
MIN_PAGE = 4  # item columns a grid needs beside the names, else one block per person


def words(lang: str) -> Mapping[str, str]:
    return catalog_labels("teamplan", lang)


def _section(dimension_or_kind: str) -> str:
    return dimension_or_kind if dimension_or_kind.endswith("s") else dimension_or_kind + "s"


# -- the matrix, from the result ---------------------------------------------------------------


def matrix_columns(payload: TeamResult) -> list[TeamItem]:
    """The items someone has or some person's target needs, in the result's order."""
    lacked = {(d, i) for p in payload.people for d in ("skills", "tools", "areas")
              for i in p.lacks.of(d)}  # fmt: skip
    return [i for i in payload.items if i.holders or (_section(i.kind), i.id) in lacked]


def matrix_rows(
    payload: TeamResult, columns: Sequence[TeamItem]
) -> Iterator[tuple[TeamPerson, list[Cell]]]:
    for person in payload.people:
        have = {d: set(person.have.of(d)) for d in ("skills", "tools", "areas")}
        lacks = {d: set(person.lacks.of(d)) for d in ("skills", "tools", "areas")}
        cells: list[Cell] = []
        for item in columns:
            section = _section(item.kind)
            if item.id in have[section]:
                cells.append("have")
            elif item.id in lacks[section]:
                cells.append("lack")
            else:
                cells.append("not_needed")
        yield person, cells


def item_label(item: Any, lang: str) -> str:
    """An item's name with its kind: "Zendesk (tool)"."""
    return f"{pick(item.name, lang) or item.id} ({text(f'kind.{item.kind}', lang)})"


def named(names: Sequence[str], lang: str, limit: int = SHOWN_NAMES) -> str:
    shown = ", ".join(names[:limit])
    if len(names) > limit:
        shown += ", " + words(lang)["more_people"].format(n=len(names) - limit)
    return shown


def _role_name(payload: TeamResult, role_id: str, lang: str) -> str:
    """A role's title and id: "Team Lead (team-lead)" (the id alone if not in scope)."""
    title = next((r.title for r in payload.roles if r.id == role_id), None)
    shown = pick(title, lang) if title else ""
    return f"{shown} ({role_id})" if shown else role_id


def _lacking(person: TeamPerson, names: Mapping[tuple[str, str], Any], lang: str) -> list[str]:
    out = []
    for dimension in ("skills", "tools", "areas"):
        kind = dimension[:-1]
        for ident in person.lacks.of(dimension):
            item = names.get((kind, ident))
            out.append(pick(item, lang) or ident if item else ident)
    return out


def _item_names(payload: TeamResult) -> dict[tuple[str, str], Any]:
    return {(i.kind, i.id): i.name for i in payload.items}


def _figures(person: TeamPerson, lang: str) -> str:
    coverage = person.coverage
    if coverage is None:
        return ""
    parts = []
    for dimension in ("skills", "tools"):
        figure = coverage.figure(dimension)
        if figure and figure.needed:
            label = text(f"col.{dimension}", lang)
            parts.append(f"{label} {figure.have}/{figure.needed}")
    return " · ".join(parts)


# -- terminal ------------------------------------------------------------------------------------


def render_team(payload: TeamResult, lang: str) -> RenderableType:
    from rich.console import Group
    from rich.padding import Padding
    from rich.text import Text

    from cs_roles.render.terminal import heading, width

    label = words(lang)
    available = width()
    indent = 2 if available >= 40 else 0
    parts: list[RenderableType] = [_headline(payload, lang)]

    def section(title: str, lines: Sequence[RenderableType], count: int | None = None) -> None:
        parts.append(Text(""))
        parts.append(heading(title, count))
        body = Group(*lines) if lines else Text(label["none"], style="dim")
        parts.append(Padding(body, (0, 0, 0, indent), expand=False))

    section(label["roles"].format(pct=percent(payload.threshold)), _role_lines(payload, lang))
    if any(p.target for p in payload.people):
        title = (
            label["readiness_for"].format(role=_role_name(payload, payload.role, lang))
            if payload.role
            else label["readiness_own"]
        )
        section(title, _readiness_lines(payload, lang))
    single = [Text(f"{item_label(i, lang)}: {i.holder}") for i in payload.single_points]
    section(label["single_points"], single, len(single))
    nobody = [Text(item_label(i, lang)) for i in payload.nobody]
    section(label["nobody"], nobody, len(nobody))
    training = [
        Text(f"{n}. {item_label(t, lang)}: ")
        + Text(label["lack_count"].format(n=t.count), style="bold")
        + Text(f" · {named(t.lacking, lang)}", style="dim")
        for n, t in enumerate(payload.training, 1)
    ]
    section(label["training"], training, len(training))
    parts.append(Text(""))
    parts.append(heading(label["matrix"]))
    parts.append(Text(label["legend"], style="dim"))
    parts += matrix_grid(payload, lang, available)
    return Group(*parts)


def _headline(payload: TeamResult, lang: str) -> Text:
    from rich.text import Text

    label = words(lang)
    line = Text(label["title"].format(n=len(payload.people)), style="bold")
    if payload.role:
        line.append(" · " + label["target"].format(role=_role_name(payload, payload.role, lang)))
    line.append(" · " + label["threshold"].format(pct=percent(payload.threshold)), style="dim")
    return line


def _role_lines(payload: TeamResult, lang: str) -> list[Text]:
    from rich.text import Text

    label = words(lang)
    total = len(payload.people)
    lines = []
    for role in payload.roles:
        line = Text(pick(role.title, lang) or role.id, style="bold")
        line.append(f" ({role.id})", style="cyan")
        line.append(": " + label["covered"].format(covered=role.covered, total=total))
        if role.best is None:
            line.append(" · " + label["needs_nothing"], style="dim")
        elif not role.closest:
            line.append(" · " + label["nobody_close"], style="dim")
        else:
            line.append(" · " + label["best"].format(pct=percent(role.best)))
            line.append(" · " + label["closest"].format(names=named(role.closest, lang)), "dim")
        lines.append(line)
    return lines


def _readiness_lines(payload: TeamResult, lang: str) -> list[RenderableType]:
    from rich.console import Group
    from rich.padding import Padding
    from rich.text import Text

    label = words(lang)
    names = _item_names(payload)
    role_names = {r.id: _role_name(payload, r.id, lang) for r in payload.roles}
    lines: list[RenderableType] = []
    for person in payload.people:
        line = Text(person.name, style="bold")
        if person.coverage is None:
            line.append(": " + label["no_target"], style="dim")
            lines.append(line)
            continue
        line.append(f" {percent(person.coverage.overall)}", style="bold green")
        if not payload.role and person.target:
            shown = role_names.get(person.target, person.target)
            line.append(f" ({shown})", style="cyan")
        figures = _figures(person, lang)
        if figures:
            line.append(f" · {figures}", style="dim")
        lacking = _lacking(person, names, lang)
        shown = ", ".join(lacking[:SHOWN_ITEMS])
        if len(lacking) > SHOWN_ITEMS:
            shown += ", " + text("fit.more", lang, n=len(lacking) - SHOWN_ITEMS)
        lacks = Text(f"{label['lacks']}: " + (shown or label["nothing_lacking"]))
        lines.append(Group(line, Padding(lacks, (0, 0, 0, 2), expand=False)))
    return lines


def matrix_grid(payload: TeamResult, lang: str, available: int) -> list[RenderableType]:
    """The person × item grid in pages of numbered columns, each with its legend; one
    block per person where not even MIN_PAGE columns fit beside the longest name."""
    from rich.cells import cell_len
    from rich.text import Text

    columns = matrix_columns(payload)
    rows = list(matrix_rows(payload, columns))
    if not columns or not rows:
        return [Text(words(lang)["none"], style="dim")]
    name_width = max(cell_len(p.name) for p, _cells in rows) + 1
    column_width = len(str(len(columns))) + 1
    per_page = (available - name_width) // column_width
    if per_page < min(MIN_PAGE, len(columns)):
        return _stacked(rows, columns, lang)
    out: list[RenderableType] = []
    for start in range(0, len(columns), per_page):
        page = range(start, min(start + per_page, len(columns)))
        header = Text(" " * name_width, no_wrap=True, overflow="ignore")
        for index in page:
            header.append(str(index + 1).rjust(column_width), style="bold")
        out += [Text(""), header]
        for person, cells in rows:
            line = Text(person.name + " " * (name_width - cell_len(person.name)), no_wrap=True,
                        overflow="ignore")  # fmt: skip
            for index in page:
                mark, colour = SYMBOLS[cells[index]]
                line.append(mark.rjust(column_width), style=colour)
            out.append(line)
        out += [Text(f"{i + 1} {item_label(columns[i], lang)}", style="dim") for i in page]
    return out


def _stacked(
    rows: Sequence[tuple[TeamPerson, list[Cell]]], columns: Sequence[TeamItem], lang: str
) -> list[RenderableType]:
    from rich.text import Text

    out: list[RenderableType] = []
    for person, cells in rows:
        out += [Text(""), Text(person.name, style="bold")]
        for state in ("have", "lack"):
            mark, colour = SYMBOLS[state]
            listed = [pick(c.name, lang) or c.id for c, cell in zip(columns, cells, strict=True)
                      if cell == state]  # fmt: skip
            if listed:
                out.append(Text(mark + " ", style=colour) + Text(", ".join(listed)))
    return out


# -- Markdown ------------------------------------------------------------------------------------


def _md(value: str) -> str:
    return value.replace("|", "\\|").replace("\n", " ")


def team_markdown(payload: TeamResult, lang: str) -> str:
    """A team plan to paste: coverage, risks, a training checklist per item and per person,
    readiness and the matrix."""
    label = words(lang)
    out = [f"# {_headline(payload, lang).plain}", ""]
    out += [f"## {label['roles'].format(pct=percent(payload.threshold))}", ""]
    header = [label["role"], label["covered_header"], label["best_header"], label["closest_header"]]
    out += _md_table(header, [
        [f"{pick(r.title, lang)} ({r.id})",
         label["covered"].format(covered=r.covered, total=len(payload.people)),
         percent(r.best), ", ".join(r.closest) or "–"]
        for r in payload.roles
    ])  # fmt: skip
    out += ["", f"## {label['single_points']}", ""]
    out += [f"- {_md(item_label(i, lang))}: {_md(i.holder)}" for i in payload.single_points] or [
        f"- {label['none']}"
    ]
    out += ["", f"## {label['nobody']}", ""]
    out += [f"- {_md(item_label(i, lang))}" for i in payload.nobody] or [f"- {label['none']}"]
    out += ["", f"## {label['training']}", "", f"### {label['by_item']}", ""]
    for need in payload.training:
        out.append(f"- [ ] **{_md(item_label(need, lang))}**: "
                   + label["lack_count"].format(n=need.count))  # fmt: skip
        out += [f"  - [ ] {_md(name)}" for name in need.lacking]
    if not payload.training:
        out.append(f"- {label['none']}")
    out += ["", f"### {label['by_person']}", ""]
    names = _item_names(payload)
    for person in payload.people:
        lacking = _lacking_items(person, names)
        if not lacking:
            continue
        out += [f"#### {_md(person.name)}", ""]
        out += [f"- [ ] {_md(item_label(item, lang))}" for item in lacking]
        out.append("")
    if any(p.target for p in payload.people):
        out += [f"## {label['readiness_header']}", ""]
        out += _md_table(
            [label["person"], label["target_header"], label["fit"], label["figures"]],
            [[p.name, p.target or "–", percent(p.coverage.overall) if p.coverage else "–",
              _figures(p, lang) or "–"] for p in payload.people],
        )  # fmt: skip
        out.append("")
    columns = matrix_columns(payload)
    if columns:
        out += [f"## {label['matrix']}", "", label["legend"], ""]
        marks = {"have": "✓", "lack": "✗", "not_needed": ""}
        out += _md_table(
            [label["person"], *(item_label(c, lang) for c in columns)],
            [[p.name, *(marks[c] for c in cells)] for p, cells in matrix_rows(payload, columns)],
        )
    return "\n".join(out).rstrip("\n") + "\n"


class _Named:
    """An item a person lacks, with its name, for the checklists."""

    __slots__ = ("id", "kind", "name")

    def __init__(self, kind: str, ident: str, name: Any) -> None:
        self.kind, self.id, self.name = kind, ident, name


def _lacking_items(person: TeamPerson, names: Mapping[tuple[str, str], Any]) -> list[_Named]:
    return [
        _Named(d[:-1], ident, names.get((d[:-1], ident)))
        for d in ("skills", "tools", "areas")
        for ident in person.lacks.of(d)
    ]


def _md_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(_md(h) for h in header) + " |", "|" + " --- |" * len(header)]
    return lines + ["| " + " | ".join(_md(c) for c in row) + " |" for row in rows]


# -- the workbook --------------------------------------------------------------------------------


def team_workbook(workbook: Workbook, payload: TeamResult, lang: str) -> None:
    """Summary, the person × item matrix (frozen header and names, green have, red lack),
    the training plan, and the people as the CSV has them."""
    from cs_roles.render import workbook as book
    from cs_roles.render.machine import table_rows

    label = words(lang)
    summary = book.new_sheet(workbook, label["sheet_summary"])
    row = 1
    book.write_cell(summary, row, 1, _headline(payload, lang).plain)
    row += 2
    header = [text("col.id", lang), text("col.role", lang), label["covered_header"],
              label["people_header"], label["best_header"], label["closest_header"]]  # fmt: skip
    book.write_row(summary, row, header)
    book.style_header(summary, row)
    for role in payload.roles:
        row += 1
        book.write_row(
            summary,
            row,
            [
                role.id,
                pick(role.title, lang),
                role.covered,
                len(payload.people),
                role.best,
                ", ".join(role.closest),
            ],
        )
        summary.cell(row=row, column=5).number_format = "0%"
    for title, entries in (
        (label["single_points"], [(i, i.holder) for i in payload.single_points]),
        (label["nobody"], [(i, "") for i in payload.nobody]),
    ):
        row += 2
        book.write_cell(summary, row, 1, title)
        book.style_header(summary, row)
        for item, holder in entries:
            row += 1
            book.write_row(summary, row, [item.id, item_label(item, lang), holder])
    book.fit_widths(summary, skip_rows=1)  # the headline may run across

    _matrix_sheet(workbook, payload, lang)

    training = book.new_sheet(workbook, label["sheet_training"])
    rows: list[list[Any]] = [[text("col.kind", lang), text("col.id", lang),
                              text("col.item", lang), label["lack_header"],
                              label["lacking_header"]]]  # fmt: skip
    rows += [[text(f"kind.{t.kind}", lang), t.id, pick(t.name, lang), t.count,
              ", ".join(t.lacking)] for t in payload.training]  # fmt: skip
    book.table_sheet(training, label["sheet_training"], rows)

    people = book.new_sheet(workbook, label["sheet_people"])
    book.table_sheet(people, label["sheet_people"], table_rows("team", payload, lang))


def _matrix_sheet(workbook: Workbook, payload: TeamResult, lang: str) -> None:
    """People down, items across; the header row holds each item's name turned upright
    (so columns stay narrow), the row under it its kind; both and the names are frozen."""
    from openpyxl.styles import Alignment

    from cs_roles.render import workbook as book

    label = words(lang)
    sheet = book.new_sheet(workbook, label["sheet_matrix"])
    columns = matrix_columns(payload)
    book.write_cell(sheet, 1, 1, label["person"])
    book.write_cell(sheet, 2, 1, text("col.kind", lang))
    upright = Alignment(text_rotation=90, horizontal="center", vertical="bottom")
    longest = 0
    for index, item in enumerate(columns, start=2):
        name = pick(item.name, lang) or item.id
        book.write_cell(sheet, 1, index, name).alignment = upright
        book.write_cell(sheet, 2, index, text(f"kind.{item.kind}", lang))
        longest = max(longest, book.display_width(name))
    book.style_header(sheet, 1)
    book.style_header(sheet, 2)
    words_of = {"have": label["cell_have"], "lack": label["cell_lack"], "not_needed": None}
    fills = {"have": book.fill(book.HAVE_COLOUR), "lack": book.fill(book.LACK_COLOUR)}
    centred = Alignment(horizontal="center")
    for number, (person, cells) in enumerate(matrix_rows(payload, columns), start=3):
        book.write_cell(sheet, number, 1, person.name)
        for index, state in enumerate(cells, start=2):
            if state == "not_needed":
                continue
            cell = book.write_cell(sheet, number, index, words_of[state])
            cell.fill = fills[state]
            cell.alignment = centred
    sheet.freeze_panes = "B3"
    sheet.row_dimensions[1].height = min(max(longest, 4) * 7 + 10, 409)  # points; Excel's cap
    book.fit_widths(sheet, skip_rows=1)


TABLES: dict[str, Callable[[Any, str], Any]] = {"team": render_team}
MARKDOWN: dict[str, Callable[[Any, str], str]] = {"team": team_markdown}
WORKBOOKS: dict[str, Callable[[Any, Any, str], None]] = {"team": team_workbook}
