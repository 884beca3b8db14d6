"""`fit` and `gap` on a terminal (Rich): the items you gave and what each counts as, the
roles ranked by fit, and the learning plan from one role to another.

The terminal's shared pieces (tables that fall back to stacked blocks, headings, names in
two languages) are in `cs_roles.render.terminal`, whose TABLES call these.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text

from cs_roles.messages import text
from cs_roles.render.labels import area_groups, by_name, percent, pick
from cs_roles.render.terminal import (
    both,
    heading,
    ident,
    longest_word,
    plain_table,
    spaced,
    table_or_stacked,
    width,
)

if TYPE_CHECKING:
    from cs_roles import results


def career_labels(lang: str) -> Mapping[str, str]:
    from cs_roles.messages import labels

    return labels("fit", lang)


def _figure(figure: results.Figure) -> str:
    return f"{figure.have}/{figure.needed} {percent(figure.ratio)}"


def render_items(items: Sequence[results.ItemOut], lang: str) -> RenderableType:
    """Each item with what it counts as, or why it does not count."""
    labels = career_labels(lang)
    counted = sum(item.status == "resolved" for item in items)
    title = heading(labels["items"])
    title.append(" (" + labels["counted"].format(n=counted, total=len(items)) + ")", style="dim")
    lines: list[RenderableType] = []
    for item in items:
        line = Text(item.item)
        if item.status == "resolved":
            mark = Text("✓", style="green")
            line.append(" → ")
            for n, match in enumerate(item.counts_as):
                if n:
                    line.append(", ")
                line.append_text(both(match.name, lang))
                line.append(f" ({labels.get('kind_' + match.kind, match.kind)})", style="dim")
        else:
            mark = Text("✗" if item.status == "unknown" else "?", style="red")
            line.append(f": {labels[item.status]}, {labels['not_counted']}", style="yellow")
            if item.suggestions:
                word = labels["could_be" if item.status == "ambiguous" else "closest"]
                names = dict.fromkeys(pick(m.name, lang) or m.id for m in item.suggestions)
                line.append(f"; {word}: " + ", ".join(names), style="dim")
        lines.append(mark + Text(" ") + line)
    indent = 2 if width() >= 40 else 0
    return Group(title, Padding(Group(*lines), (0, 0, 0, indent), expand=False))


def _transfer_lines(
    transfers: Sequence[results.TransferOut], names: results.Names, lang: str, top: int
) -> list[str]:
    """Transferable tools grouped by category: "Help desk: Groove, Kayako ← Freshdesk"."""
    groups: dict[str, tuple[list[str], dict[str, None]]] = {}
    for transfer in transfers:
        tools, known = groups.setdefault(transfer.category, ([], {}))
        tools.append(pick(names["tools"].get(transfer.tool), lang) or transfer.tool)
        known.update(dict.fromkeys(transfer.known))
    lines = []
    for category, (tools, known) in list(groups.items())[:top]:
        label = pick(names["categories"].get(category), lang) or category
        products = ", ".join(by_name(pick(names["tools"].get(k), lang) or k for k in known))
        lines.append(f"⇄ {label}: {', '.join(by_name(tools))} ← {products}")
    if len(groups) > top:
        lines.append(text("fit.more_kinds", lang, n=len(groups) - top))
    return lines


def _figures(
    coverage: results.CoverageFigures, dimensions: Sequence[str], labels: Mapping[str, str]
) -> list[str]:
    """ "Skills 3/5 60%" for each dimension, a dash where the target lists nothing."""
    out = []
    for d in dimensions:
        figure = coverage.figure(d)
        out.append(
            f"{labels[d]} {_figure(figure)}" if figure and figure.needed else f"{labels[d]} –"
        )
    return out


def fit_table(payload: results.FitResult, lang: str, top: int = 4) -> RenderableType:
    labels = career_labels(lang)
    names = payload.names
    dims = ["skills", "tools"] + (["areas"] if payload.have.areas else [])
    rows: list[tuple[int, results.FitRole, str, str, list[str], list[str]]] = []
    for rank, role in enumerate(payload.roles, 1):
        coverage = role.coverage
        figures = "\n".join(_figures(coverage, dims, labels))
        missing = []
        for dimension in ("skills", "tools"):
            ids = role.missing.of(dimension)
            shown = by_name(pick(names[dimension].get(i), lang) or i for i in ids)[:top]
            if len(ids) > top:
                shown.append(labels["more"].format(n=len(ids) - top))
            if shown:
                missing.append(", ".join(shown))
        transfers = _transfer_lines(role.transferable, names, lang, 2)
        rows.append((rank, role, percent(coverage.overall), figures, missing, transfers))
    headers = ["#", labels["role"], labels["fit"], labels["to_add"]]
    minimums = [
        2,
        max(
            longest_word([r[1].id for r in rows] + [pick(r[1].title, lang) for r in rows])
            if rows
            else 4,
            cell_len(headers[1]),
        ),
        max(longest_word([r[2] for r in rows] + [r[3] for r in rows]) if rows else 4, 4),
        max(longest_word([x for r in rows for x in r[4] + r[5]]) if rows else 4, 8),
    ]
    title = Text(labels["roles"], style="bold")
    caption = Text(labels["fit_caption"], style="dim")

    def table() -> RenderableType:
        table = plain_table(title=title, title_justify="left", expand=True, show_lines=True)
        table.add_column(headers[0], justify="right", style="dim", no_wrap=True)
        table.add_column(headers[1], overflow="fold", min_width=minimums[1])
        table.add_column(headers[2], justify="right", overflow="fold", min_width=minimums[2])
        table.add_column(headers[3], overflow="fold", min_width=minimums[3])
        for rank, role, fit, figures, missing, transfers in rows:
            cell = Text("\n".join(missing) or "–")
            for line in transfers:
                cell.append("\n" + line, style="cyan")
            table.add_row(
                str(rank),
                Text(role.id, style="cyan") + Text("\n" + pick(role.title, lang), style="dim"),
                Text(fit, style="bold") + Text("\n" + figures, style="dim"),
                cell,
            )
        return Group(table, caption)

    def stacked() -> RenderableType:
        blocks: list[RenderableType] = [title]
        for rank, role, fit, figures, missing, transfers in rows:
            blocks += [
                Text(""),
                Text(f"{rank}. {labels['fit']} {fit}", style="bold"),
                ident(role.id),
                Text(pick(role.title, lang), style="dim"),
                Text(figures, style="dim"),
                Text(f"{labels['to_add']}: " + ("; ".join(missing) or "–")),
                *(Text(line, style="cyan") for line in transfers),
            ]
        return Group(*blocks, Text(""), caption)

    body = table_or_stacked(table, stacked, minimums)
    return Group(render_items(payload.items, lang), Text(""), body)


def gap_table(payload: results.GapResult, lang: str) -> RenderableType:
    labels = career_labels(lang)
    titles = payload.titles
    parts: list[RenderableType] = []
    header = Text(f"{payload.from_ or labels['items']} → {payload.to}", style="bold")
    if payload.from_ and payload.items:
        header.append(f"  (+ {labels['plus_own']})", style="dim")
    parts.append(header)
    if titles.from_:
        parts.append(Text(f"{pick(titles.from_, lang)} → {pick(titles.to, lang)}", style="dim"))
    else:
        parts.append(Text(pick(titles.to, lang), style="dim"))
    if payload.items:
        parts += [Text(""), render_items(payload.items, lang)]
    coverage = payload.coverage
    line = Text(f"\n{labels['coverage']}: ", style="bold")
    line.append(
        " · ".join(
            f"{labels[d]} {_figure(figure)}"
            for d in ("skills", "tools", "areas")
            if (figure := coverage.figure(d)) and figure.needed
        )
    )
    line.append(f"   {labels['fit']} {percent(coverage.overall)}", style="bold cyan")
    parts.append(line)

    role = pick(titles.to, lang) or payload.to

    def section(dimension: str, count: int, body: RenderableType) -> None:
        parts.append(Text(""))
        figure = coverage.figure(dimension)
        if not (figure and figure.needed):  # the target lists none: nothing to learn or have
            parts.append(Text(labels[f"no_{dimension}"].format(role=role), style="dim"))
            return
        parts.append(heading(labels[f"learn_{dimension}"], count))
        if not count:
            body = Text(labels["nothing"], style="dim")
        parts.append(Padding(body, (0, 0, 0, 2 if width() >= 40 else 0), expand=False))

    blocks: list[RenderableType] = []
    for skill in payload.skills:
        cell = Text("• ") + both(skill.name, lang)
        if skill.note:
            cell.append("\n" + pick(skill.note, lang), style="dim")
        blocks.append(cell)
    skills = spaced(blocks)
    section("skills", len(payload.skills), skills)

    groups: list[RenderableType] = []
    for group in payload.tools:
        category = pick(group.category_name, lang) or labels["uncategorised"]
        cell = Text(category, style="bold")
        cell.append("\n" + ", ".join(by_name(pick(t.name, lang) or t.id for t in group.tools)))
        if group.purpose:
            cell.append("\n" + pick(group.purpose, lang), style="dim")
        if group.known:
            known = ", ".join(by_name(pick(t.name, lang) or t.id for t in group.known))
            cell.append(f"\n⇄ {labels['know']}: {known} — {labels['start_from']}", style="cyan")
        groups.append(cell)
    tools = spaced(groups)
    count = sum(len(g.tools) for g in payload.tools)
    section("tools", count, tools)

    section("areas", len(payload.areas), _gap_areas(payload.areas, lang))
    return Group(*parts)


def _gap_areas(areas: Sequence[results.GapArea], lang: str) -> RenderableType:
    blocks: list[RenderableType] = []
    for names, responsibilities in area_groups(areas, lang):
        block = Text(" · ".join(names), style="bold")
        for responsibility in responsibilities:
            block.append("\n• ", style="none")
            if responsibility.title:
                block.append(pick(responsibility.title, lang) + ": ", style="italic")
            block.append(pick(responsibility.text, lang), style="none")
        blocks.append(block)
    return spaced(blocks)
