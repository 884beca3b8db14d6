"""Human output with Rich: tables where they fit, stacked blocks where they would not.

Nothing is ever cut off and no line is wider than the terminal: no column ellipsizes, and
a table is used only when every column can hold its longest word (Hangul counted as two
cells) and, rendered at the console's width, no line of it is wider (Rich honours a
column's minimum width even past the console's edge, so the estimate alone is not enough).
Otherwise the same facts are stacked, one block per row. Items listed one a line in a cell each
get a bullet, so one that wraps still reads as one item. Rich is imported
only by the renderers that draw for people (this module, careers.py for fit and gap, and
the team, ladder and route renderers), so commands that print JSON never load it; colour
appears only on a terminal, and NO_COLOR removes it (bold and dim stay, as clig.dev
suggests).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from rich.cells import cell_len
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.segment import Segment, SegmentLines
from rich.table import Table
from rich.text import Text

from cs_roles.messages import text
from cs_roles.render.labels import (
    LocalText,
    by_name,
    coverage_rows,
    dimension_title,
    percent,
    pick,
    second,
    source_line,
)
from cs_roles.results import ROLE_TEXTS

if TYPE_CHECKING:
    from cs_roles import results


def make_console(stderr: bool = False) -> Console:
    stream = sys.stderr if stderr else sys.stdout
    return Console(file=stream, highlight=False, emoji=False)


def width() -> int:
    return make_console().width


def both(value: LocalText, lang: str) -> Text:
    """A name in the chosen language, then the second language (if asked for) dimmed."""
    primary = pick(value, lang)
    out = Text(primary)
    other = second(value, lang)
    if other and other != primary:
        out.append(f" · {other}", style="dim")
    return out


def ident(value: str, style: str = "cyan") -> Text:
    """An id on a line of its own; one longer than the width is folded where the terminal
    would have wrapped it anyway, so no line runs past the edge."""
    return Text(value, style=style, overflow="fold")


def longest_word(values: Iterable[str]) -> int:
    return max((cell_len(word) for v in values for word in v.split()), default=1)


def fits(minimums: Sequence[int], available: int) -> bool:
    """Can a boxed table give every column at least its longest word?"""
    return sum(minimums) + 3 * len(minimums) + 1 <= available


def table_or_stacked(
    table: Callable[[], RenderableType],
    stacked: Callable[[], RenderableType],
    minimums: Sequence[int],
) -> RenderableType:
    """The table where its columns fit and no line of it, rendered at the console's width,
    is wider than that; the stacked blocks otherwise. The table is returned as the lines
    measured, so what is printed is exactly what was checked."""
    console = make_console()
    available = console.width
    if fits(minimums, available):
        options = console.options.update(width=available)
        lines = list(Segment.split_lines(console.render(table(), options)))
        if all(Segment.get_line_length(line) <= available for line in lines):
            return SegmentLines(lines, new_lines=True)
    return stacked()


def bulleted(names: Sequence[str]) -> Text:
    """One item a line, each after a bullet, so an item that wraps inside a cell (its
    second line has no bullet) still reads as one item."""
    if not names:
        return Text("–")
    out = Text()
    for n, name in enumerate(names):
        out.append("\n" if n else "")
        out.append("• ", style="dim")
        out.append(name)
    return out


def heading(title: str, count: int | None = None) -> Text:
    label = Text(title, style="bold underline")
    if count is not None:
        label.append(f" ({count})", style="dim")
    return label


def plain_table(**options: Any) -> Table:
    """A Rich table with bold headers, as every table here has."""
    return Table(header_style="bold", **options)


def folding_column(table: Table, header: str, values: Iterable[str], **options: Any) -> None:
    """A column that never ellipsizes, at least as wide as its longest word."""
    minimum = max(longest_word(values), cell_len(header))
    table.add_column(header, overflow="fold", min_width=minimum, **options)


# -- list -------------------------------------------------------------------------------


def render_list(rows: Sequence[results.ListRow], lang: str) -> RenderableType:
    bilingual = "+" in lang
    titles = [pick(r.title, lang) for r in rows]
    others = [second(r.title, lang) for r in rows]
    counts = [str(count) for r in rows for count in (r.skills, r.tools)]
    ids = [r.id for r in rows]
    minimums = [longest_word(ids), longest_word(titles), 6, 5]
    if bilingual:
        minimums.append(longest_word(others))

    def table() -> Table:
        table = plain_table()
        folding_column(table, text("col.id", lang), ids, style="cyan", no_wrap=True)
        folding_column(table, text("col.title", lang), titles, ratio=3)
        if bilingual:
            other = lang.split("+")[1]
            folding_column(table, text(f"col.title_{other}", lang), others, ratio=2)
        folding_column(table, text("col.skills", lang), counts, justify="right")
        folding_column(table, text("col.tools", lang), counts, justify="right")
        for row, title, other_title in zip(rows, titles, others, strict=True):
            cells = [row.id, title] + ([other_title] if bilingual else [])
            table.add_row(*cells, str(row.skills), str(row.tools))
        return table

    return table_or_stacked(table, lambda: Group(*(_list_block(r, lang) for r in rows)), minimums)


def _list_block(row: results.ListRow, lang: str) -> RenderableType:
    out = Text(pick(row.title, lang))
    other = second(row.title, lang)
    if other:
        out.append("\n" + other, style="dim")
    counts = f"{text('col.skills', lang)} {row.skills} · {text('col.tools', lang)} {row.tools}"
    out.append("\n" + counts + "\n", style="dim")
    return Group(ident(row.id, "bold cyan"), out)


# -- show --------------------------------------------------------------------------------


def render_role(role: results.RoleResult, lang: str) -> RenderableType:
    parts: list[RenderableType] = []
    title = Text(pick(role.title, lang), style="bold")
    other = second(role.title, lang)
    if other:
        title.append(f"\n{other}", style="bold dim")
    parts += [title, ident(role.id)]
    if role.aliases:
        parts.append(Text(f"{text('show.aliases', lang)}: " + ", ".join(role.aliases), "dim"))

    def section(key: str, body: RenderableType, count: int | None = None) -> None:
        parts.append(Text(""))
        parts.append(heading(text(key, lang), count))
        parts.append(Padding(body, (0, 0, 0, 2 if width() >= 40 else 0), expand=False))

    if role.summary:
        section("show.summary", Text(pick(role.summary, lang)))
    if role.responsibilities:
        items = role.responsibilities
        section("show.responsibilities", _responsibilities(items, lang), len(items))
    if role.skills:
        section("show.skills", _skills(role.skills, lang), len(role.skills))
    if role.tools:
        body = _tools(role.tools, role.tool_purposes or {}, lang)
        section("show.tools", body, len(role.tools))
    for name in ROLE_TEXTS:
        texts: list[LocalText] = getattr(role, name)
        if not texts:
            continue
        if name == "career_path":  # numbered rungs, with the positions each names
            from cs_roles.render.document import career_rungs

            rungs = career_rungs(role, lang)
            body = Group(*(Text(f"{n}. {r}") for n, r in enumerate(rungs, 1)))
            section("show.career_path", body)
        elif name == "growth":  # side branches of the career path above: no count
            section("show.growth", _bullets(texts, lang))
        else:
            section(f"show.{name}", _bullets(texts, lang), len(texts))
    if role.crosswalk and role.crosswalk.onet:
        from cs_roles.render.document import crosswalk_line

        matches = [crosswalk_line(m, lang) for m in role.crosswalk.onet]
        section("show.crosswalk", _bullets([{"en": m} for m in matches], "en"))
    if role.source:
        section("show.source", _source(role.source, lang))
    return Group(*parts)


def _responsibilities(items: Sequence[results.Responsibility], lang: str) -> RenderableType:
    blocks: list[Text] = []
    for number, item in enumerate(items, 1):
        head = Text(f"{number}. ", style="dim")
        if item.title:
            head.append(pick(item.title, lang), style="bold")
        areas = [pick(a, lang) for a in item.area_names]
        if areas:
            head.append(f"  [{', '.join(areas)}]", style="dim")
        head.append("\n" + pick(item.text, lang))
        blocks.append(head)
    return spaced(blocks)


def _skills(items: Sequence[results.RoleSkill], lang: str) -> RenderableType:
    blocks: list[Text] = []
    for item in items:
        line = both(item.name, lang)
        line.stylize("bold", 0, len(pick(item.name, lang)))
        note = pick(item.note, lang)
        if note:
            line.append("\n" + note)
        blocks.append(line)
    return spaced(blocks) if any(item.note for item in items) else Group(*blocks)


def _tools(
    items: Sequence[results.RoleTool], purposes: Mapping[str, LocalText], lang: str
) -> RenderableType:
    from cs_roles.render.document import tool_groups

    blocks: list[Text] = []
    for group in tool_groups(items, purposes, lang):
        block = Text(group.category, style="bold")
        block.append("\n" + ", ".join(group.tools))
        if group.purpose:
            block.append(f"\n{text('show.used_for', lang)}: {group.purpose}", style="dim")
        blocks.append(block)
    return spaced(blocks)


def spaced(blocks: Sequence[RenderableType]) -> RenderableType:
    """Blocks of several lines, a blank line between them, so each reads as one item."""
    out: list[RenderableType] = []
    for block in blocks:
        if out:
            out.append(Text(""))
        out.append(block)
    return Group(*out)


def _bullets(items: Sequence[LocalText], lang: str) -> RenderableType:
    return Group(*(Text(f"• {pick(item, lang)}") for item in items))


def _source(source: results.SourceOut, lang: str) -> Text:
    out = Text(source_line(source, lang))
    if source.file:
        out.append(f"\n{text('source.file', lang)}: {source.file}", style="dim")
    return out


# -- compare, similar, matrix ------------------------------------------------------------


def _names(names: results.Names, dimension: str, ids: Sequence[str], lang: str) -> list[str]:
    named = names[dimension]
    return by_name(pick(named.get(i), lang) or i for i in ids)


def render_compare(payload: results.CompareResult, lang: str) -> RenderableType:
    from cs_roles.render.markdown import compared_dimensions

    roles = payload.roles
    parts: list[RenderableType] = []
    ids = text("compare.versus", lang).join(roles)
    header = Text(ids, style="bold")
    overall = text("compare.overall", lang, value=percent(payload.similarity.overall))
    header.append(f"\n{overall}", style="bold cyan")
    joiner = " → " if len(roles) == 2 else " · "
    header.append("\n" + joiner.join(pick(payload.names["roles"][r], lang) for r in roles))
    header.stylize("dim", len(ids) + len(overall) + 2)
    parts.append(header)
    dimensions = compared_dimensions(payload)
    if len(roles) != 2:
        for dimension in dimensions:
            title = text(
                "compare.dimension_shared_by_all",
                lang,
                dimension=dimension_title(dimension, lang),
                value=percent(payload.similarity.of(dimension)),
            )
            parts += [Text(""), render_grid(payload, dimension, title, lang)]
            if payload.coverage:
                parts += [Text(""), _coverage_grid(payload, dimension, lang)]
        return Group(*parts)
    a, b = roles
    title_a, title_b = (pick(payload.names["roles"][r], lang) or r for r in roles)
    for dimension in dimensions:
        diff = payload.diff(dimension)
        if not diff:
            continue
        title = text(
            "compare.dimension_similar",
            lang,
            dimension=dimension_title(dimension, lang),
            value=percent(payload.similarity.of(dimension)),
        )
        columns = [
            (text("compare.only_in", lang, role=title_a), diff.only[a]),
            (text("compare.shared", lang), diff.shared),
            (text("compare.only_in", lang, role=title_b), diff.only[b]),
        ]
        columns = [(header, _names(payload.names, dimension, ids, lang)) for header, ids in columns]
        parts += [Text(""), _side_by_side(title, columns)]
        if payload.coverage:
            from cs_roles.render.markdown import covers_text

            parts.append(Text(covers_text(payload, a, b, dimension, lang), style="dim"))
    contrasts = [c for c in payload.tool_categories or () if c.tools[a] != c.tools[b]]
    if contrasts:
        parts += [Text(""), _contrasts(payload, contrasts, a, b, lang)]
    direction = text("compare.direction", lang, a=title_a, b=title_b)
    parts.append(Text("\n" + direction, style="dim"))
    return Group(*parts)


def _coverage_grid(payload: results.CompareResult, dimension: str, lang: str) -> RenderableType:
    """Three or more roles: how many of each column role's items each row role has."""
    roles = payload.roles
    letters = [_letter(i) for i in range(len(roles))]
    title = Text(
        text("compare.coverage_grid", lang, dimension=dimension_title(dimension, lang)),
        style="dim",
    )
    rows = coverage_rows(payload, dimension)
    minimums = [max(len(x) for x in letters)] + [
        max(max(len(row[i]) for row in rows), len(letters[i])) for i in range(len(roles))
    ]

    def table() -> RenderableType:
        table = plain_table()
        table.add_column("")
        for letter in letters:
            table.add_column(letter, justify="right", no_wrap=True)
        for letter, cells in zip(letters, rows, strict=True):
            table.add_row(letter, *cells)
        return Group(title, table)

    def stacked() -> RenderableType:
        lines = [
            f"{letter}: " + " ".join(f"{x}={c}" for x, c in zip(letters, cells, strict=True))
            for letter, cells in zip(letters, rows, strict=True)
        ]
        return Group(title, *(Text(line) for line in lines))

    return table_or_stacked(table, stacked, minimums)


def _side_by_side(title: str, columns: Sequence[tuple[str, list[str]]]) -> RenderableType:
    """Columns of names where they fit; otherwise each column as a titled list."""
    minimums = [max(longest_word(names) + 2, longest_word([h])) for h, names in columns]

    def table() -> RenderableType:
        table = plain_table(title=Text(title, style="bold"), title_justify="left", expand=True)
        for (header, _), minimum in zip(columns, minimums, strict=True):
            table.add_column(header, overflow="fold", min_width=minimum)
        table.add_row(*(bulleted(names) for _, names in columns))
        return table

    def stacked() -> RenderableType:
        blocks: list[RenderableType] = [Text(title, style="bold")]
        for header, names in columns:
            blocks += [Text(header, style="bold underline"), bulleted(names)]
        return Group(*blocks)

    return table_or_stacked(table, stacked, minimums)


def _contrasts(
    payload: results.CompareResult,
    contrasts: Sequence[results.ToolCategory],
    a: str,
    b: str,
    lang: str,
) -> RenderableType:
    title = text("compare.same_kind", lang)
    category_names = payload.names["categories"]
    rows = [
        (
            pick(category_names[c.category], lang),
            ", ".join(_names(payload.names, "tools", c.tools[a], lang)) or "–",
            ", ".join(_names(payload.names, "tools", c.tools[b], lang)) or "–",
        )
        for c in contrasts
    ]
    headers = (text("col.category", lang), a, b)
    minimums = [
        max(longest_word(col), cell_len(h))
        for h, col in zip(headers, zip(*rows, strict=True), strict=True)
    ]

    def table() -> RenderableType:
        table = plain_table(title=Text(title, style="bold"), title_justify="left", expand=True)
        for header, minimum in zip(headers, minimums, strict=True):
            table.add_column(header, overflow="fold", min_width=minimum)
        for row in rows:
            table.add_row(*row)
        return table

    def stacked() -> RenderableType:
        blocks = [Text(title, style="bold")]
        for category, tools_a, tools_b in rows:
            block = Text(category, style="bold underline")
            block.append(f"\n{headers[1]}: {tools_a}\n{headers[2]}: {tools_b}")
            blocks.append(block)
        return Group(*blocks)

    return table_or_stacked(table, stacked, minimums)


def render_grid(
    payload: results.CompareResult | results.MatrixResult, dimension: str, title: str, lang: str
) -> RenderableType:
    """Items down, roles across (lettered, with a legend), or stacked where that won't fit."""
    roles = payload.roles
    letters = [_letter(i) for i in range(len(roles))]
    legend = Group(
        *(Text(f"{letter} = {r}", style="dim") for letter, r in zip(letters, roles, strict=True))
    )
    names = payload.names[dimension]
    labels = {item: pick(names.get(item), lang) or item for item in payload.matrix[dimension]}
    # Most widely held first; ties in the order of the names shown, in the language shown.
    items = dict(
        sorted(
            payload.matrix[dimension].items(),
            key=lambda pair: (-len(pair[1]), labels[pair[0]].casefold(), labels[pair[0]]),
        )
    )
    count_header = text("col.roles", lang)
    minimums = [
        longest_word(labels.values()),
        *(max(len(x), 1) for x in letters),
        cell_len(count_header),
    ]

    def table() -> RenderableType:
        table = plain_table()
        folding_column(table, dimension_title(dimension, lang), labels.values())
        for letter in letters:
            table.add_column(letter, justify="center", no_wrap=True)
        table.add_column(count_header, justify="right", style="dim", no_wrap=True)
        for item, owners in items.items():
            marks = ["●" if r in owners else "" for r in roles]
            table.add_row(labels[item], *marks, str(len(owners)))
        return Group(Text(title, style="bold"), legend, table)

    def stacked() -> RenderableType:
        blocks: list[RenderableType] = [Text(title, style="bold"), legend]
        for item, owners in items.items():
            held = set(owners)
            block = Text(labels[item], style="bold")
            marks = " ".join(x for x, r in zip(letters, roles, strict=True) if r in held)
            block.append("\n" + marks)
            blocks.append(block)
        return Group(*blocks)

    return table_or_stacked(table, stacked, minimums)


def render_matrix(payload: results.MatrixResult, lang: str) -> RenderableType:
    dimension = payload.dimension
    title = text("matrix.title", lang, dimension=dimension_title(dimension, lang))
    return render_grid(payload, dimension, title, lang)


def _letter(index: int) -> str:
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(65 + rest) + out
    return out


def render_similar(payload: results.SimilarResult, lang: str, top: int = 5) -> RenderableType:
    names = payload.names

    def listing(group: results.ByDimension) -> str:
        skills = by_name(pick(names["skills"].get(i), lang) or i for i in group.skills)[:top]
        tools = by_name(pick(names["tools"].get(i), lang) or i for i in group.tools)[:top]
        more = len(group.skills) + len(group.tools) - len(skills) - len(tools)
        shown = ", ".join(skills + tools)
        if more > 0:
            shown += " " + text("similar.more", lang, count=more)
        return shown or "–"

    def figures(entry: results.SimilarRole) -> str:
        shown = percent(entry.similarity.overall)
        value = percent(entry.coverage.overall)
        return shown + "\n" + text("similar.covers", lang, value=value)

    rows = [
        (
            entry.id,
            pick(entry.title, lang),
            figures(entry),
            listing(entry.shared),
            listing(entry.missing),
        )
        for entry in payload.similar
    ]
    key = "similar.by_coverage" if payload.ranked_by == "coverage" else "similar.title"
    title = Text(text(key, lang, role=pick(payload.title, lang) or payload.role), style="bold")
    headers = [text(f"col.{c}", lang) for c in ("role", "similar", "shared", "to_add")]
    ids = [r[0] for r in rows]
    minimums = [
        max(longest_word(ids), longest_word([r[1] for r in rows]), cell_len(headers[0])),
        max(longest_word([r[2] for r in rows] or ["100%"]), cell_len(headers[1])),
        max(longest_word([r[3] for r in rows]), longest_word([headers[2]])),
        max(longest_word([r[4] for r in rows]), longest_word([headers[3]])),
    ]

    def table() -> RenderableType:
        table = plain_table(title=title, title_justify="left", expand=True, show_lines=True)
        table.add_column(headers[0], overflow="fold", min_width=minimums[0])
        table.add_column(headers[1], justify="right", min_width=minimums[1])
        table.add_column(headers[2], overflow="fold", min_width=minimums[2])
        table.add_column(headers[3], overflow="fold", min_width=minimums[3])
        for role_id, role_title, score, shared, missing in rows:
            cell = Text(role_id, style="cyan") + Text("\n" + role_title, style="dim")
            table.add_row(cell, score, shared, missing)
        return table

    def stacked() -> RenderableType:
        blocks: list[RenderableType] = [title]
        for role_id, role_title, score, shared, missing in rows:
            block = Text(f"{score.replace(chr(10), ' · ')}  {role_title}", style="dim")
            block.append(f"\n{headers[2]}: {shared}\n{headers[3]}: {missing}", style="none")
            blocks += [Text(""), ident(role_id, "bold cyan"), block]
        return Group(*blocks)

    return table_or_stacked(table, stacked, minimums)


# -- search ------------------------------------------------------------------------------


def render_search(payload: results.SearchResult, lang: str) -> RenderableType:
    role_count = payload.role_count or 0
    rows = []
    for hit in payload.hits:
        item = both(hit.name, lang) if hit.kind != "text" else Text(pick(hit.name, lang))
        item.append(f"\n{hit.id}", style="cyan" if hit.kind != "text" else "dim")
        matched = hit.matched
        if hit.searched_as:  # typed in the other keyboard layout
            matched += "\n" + text("search.searched_as", lang, query=hit.searched_as)
        if hit.part:  # one part of a comma-separated list
            matched += "\n" + text("search.for_part", lang, part=hit.part)
        roles = hit.roles
        if len(roles) == role_count > 1:
            shown = text("search.all_roles", lang, count=len(roles))
        else:
            shown = "\n".join(roles)  # one id a line in a column; stacked, joined by commas
        rows.append((text(f"kind.{hit.kind}", lang), item, matched, f"{hit.score:.0f}", shown))
    headers = [text(f"col.{c}", lang) for c in ("kind", "item", "matched", "score", "roles")]
    minimums = [
        max(longest_word([r[0] for r in rows]), cell_len(headers[0])),
        max(longest_word([r[1].plain for r in rows]), cell_len(headers[1])),
        max(longest_word([r[2] for r in rows]), cell_len(headers[2])),
        max(3, cell_len(headers[3])),
        max(longest_word([r[4] for r in rows]), cell_len(headers[4])),
    ]

    def table() -> RenderableType:
        table = plain_table(expand=True)
        table.add_column(headers[0], style="dim", overflow="fold", min_width=minimums[0])
        table.add_column(headers[1], overflow="fold", min_width=minimums[1])
        table.add_column(headers[2], overflow="fold", min_width=minimums[2])
        table.add_column(headers[3], justify="right", no_wrap=True)
        table.add_column(headers[4], overflow="fold", min_width=minimums[4])
        for row in rows:
            table.add_row(*row)
        return table

    def stacked() -> RenderableType:
        blocks: list[RenderableType] = []
        for hit, (kind, _item, matched, score, shown) in zip(payload.hits, rows, strict=True):
            name = both(hit.name, lang) if hit.kind != "text" else Text(pick(hit.name, lang))
            roles = shown.replace(chr(10), ", ")
            details = Text(f"{headers[2]}: {matched}\n{headers[4]}: {roles}")
            style = "cyan" if hit.kind != "text" else "dim"
            blocks += [Text(f"{kind} · {score}", style="dim"), name, ident(hit.id, style), details]
            blocks.append(Text(""))
        return Group(*blocks)

    return table_or_stacked(table, stacked, minimums)


# -- validate ----------------------------------------------------------------------------


def render_validate(payload: results.ValidateResult, lang: str) -> str:
    """One problem a line, as compilers print them, so editors can jump to each."""
    from cs_roles.problems import Message, Problem

    lines = [
        Problem(p.file, p.line, p.column, p.path, Message(p.key, p.params), p.severity).render(lang)
        for p in payload.problems
    ]
    return "".join(line + "\n" for line in lines)


# -- fit, gap, ladder and path: renderers of their own, imported when asked for ----------------


def render_fit(payload: results.FitResult, lang: str) -> RenderableType:
    from cs_roles.render.careers import fit_table

    return fit_table(payload, lang)


def render_gap(payload: results.GapResult, lang: str) -> RenderableType:
    from cs_roles.render.careers import gap_table

    return gap_table(payload, lang)


def render_ladder(result: results.LadderResult, lang: str) -> Text:
    from cs_roles.render.ladder import ladder_table

    return ladder_table(result, lang)


def render_path(result: results.PathResult, lang: str) -> Text:
    from cs_roles.render.route import route_table

    return route_table(result, lang)


TABLES: dict[str, Callable[[Any, str], Any]] = {
    "show": render_role,
    "list": render_list,
    "compare": render_compare,
    "similar": render_similar,
    "matrix": render_matrix,
    "search": render_search,
    "validate": render_validate,
    "fit": render_fit,
    "gap": render_gap,
    "ladder": render_ladder,
    "path": render_path,
}
