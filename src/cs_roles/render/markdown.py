"""Markdown output, for pasting a role, a comparison or a matrix into a document.

No hard wraps and no padding: a paragraph is one line, so the document reflows wherever it
is pasted. Texts are in one language; every heading and label comes from the catalog.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from cs_roles.messages import text
from cs_roles.render.labels import (
    area_groups,
    by_name,
    coverage_rows,
    dimension_title,
    percent,
    pick,
)

if TYPE_CHECKING:
    from cs_roles import results


def _cell(value: str) -> str:
    return value.replace("|", "\\|").replace("\n", " ")


def pipe_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(_cell(h) for h in header) + " |"]
    lines.append("|" + " --- |" * len(header))
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return lines


# -- show -------------------------------------------------------------------------------


def show_markdown(role: results.RoleResult, lang: str) -> str:
    """A job description: headings, paragraphs and bullets, skill notes and tool purposes."""
    from cs_roles.render.document import aliases_in, entry_lines, role_sections

    out = [f"# {pick(role.title, lang)}", ""]
    aliases = aliases_in(role.aliases or (), lang)
    if aliases:
        out += [f"*{text('show.aliases', lang)}: {', '.join(aliases)}*", ""]
    for section in role_sections(role, lang):
        if section.key != "show.summary":  # the summary opens the document, unheaded
            out += [f"## {text(section.key, lang)}", ""]
        out += [*entry_lines(section, "**{}**"), ""]
    return "\n".join(out).rstrip("\n") + "\n"


# -- list, similar, search ------------------------------------------------------------------


def list_markdown(rows: Sequence[results.ListRow], lang: str) -> str:
    header = [text(f"col.{c}", lang) for c in ("id", "title", "skills", "tools")]
    body = [[r.id, pick(r.title, lang), str(r.skills), str(r.tools)] for r in rows]
    return "\n".join(pipe_table(header, body)) + "\n"


def similar_markdown(payload: results.SimilarResult, lang: str) -> str:
    role = pick(payload.title, lang) or payload.role
    out = [f"## {text('similar.title', lang, role=role)}", ""]
    header = [text(f"col.{c}", lang) for c in ("role", "similar", "shared", "to_add")]
    names = payload.names
    body = []
    for entry in payload.similar:
        body.append(
            [
                f"{pick(entry.title, lang)} ({entry.id})",
                percent(entry.similarity.overall),
                _listing(names, entry.shared, lang),
                _listing(names, entry.missing, lang),
            ]
        )
    return "\n".join(out + pipe_table(header, body)) + "\n"


def _listing(names: results.Names, group: results.ByDimension, lang: str) -> str:
    labels = [
        name
        for d in ("skills", "tools")
        for name in by_name(pick(names[d].get(i), lang) or i for i in group.of(d))
    ]
    return ", ".join(labels) or "–"


def search_markdown(payload: results.SearchResult, lang: str) -> str:
    header = [text(f"col.{c}", lang) for c in ("kind", "item", "matched", "score", "roles")]
    body = [
        [
            text(f"kind.{hit.kind}", lang),
            f"{pick(hit.name, lang)} ({hit.id})",
            hit.matched,
            f"{hit.score:.0f}",
            ", ".join(hit.roles),
        ]
        for hit in payload.hits
    ]
    return "\n".join(pipe_table(header, body)) + "\n"


# -- compare, matrix ------------------------------------------------------------------------


def grid_table(
    payload: results.CompareResult | results.MatrixResult, dimension: str, lang: str
) -> list[str]:
    roles: Sequence[str] = payload.roles
    names = payload.names[dimension]
    labels = {item: pick(names.get(item), lang) or item for item in payload.matrix[dimension]}
    # Most widely held first; ties in the order of the names shown, in the language shown.
    ordered = sorted(
        payload.matrix[dimension].items(),
        key=lambda pair: (-len(pair[1]), labels[pair[0]].casefold(), labels[pair[0]]),
    )
    rows = [
        [labels[item], *("✓" if r in owners else "" for r in roles)] for item, owners in ordered
    ]
    return pipe_table([dimension_title(dimension, lang), *roles], rows)


def compared_dimensions(payload: results.CompareResult) -> list[str]:
    return [d for d in ("skills", "tools", "areas") if payload.diff(d)]


def compare_markdown(payload: results.CompareResult, lang: str) -> str:
    roles = payload.roles
    similarity = payload.similarity
    dimensions = compared_dimensions(payload)
    out = [f"## {text('compare.versus', lang).join(roles)}", ""]
    figures = ", ".join(
        f"{dimension_title(d, lang)} {percent(similarity.of(d))}" for d in dimensions
    )
    out += [text("compare.similarity_line", lang, figures=figures,
                 overall=percent(similarity.overall)), ""]  # fmt: skip
    for dimension in dimensions:
        shown = percent(similarity.of(dimension))
        out += [f"### {dimension_title(dimension, lang)} ({shown})", ""]
        out += grid_table(payload, dimension, lang)
        out.append("")
        if len(roles) == 2 and payload.coverage:
            out += [_covers(payload, roles[0], roles[1], dimension, lang), ""]
        elif payload.coverage:
            out += [*_coverage_table(payload, dimension, lang), ""]
    return "\n".join(out).rstrip("\n") + "\n"


def covers_text(payload: results.CompareResult, a: str, b: str, dimension: str, lang: str) -> str:
    """Coverage both ways: what share of each role's items the other one has."""
    titles = {r: pick(payload.names["roles"][r], lang) or r for r in (a, b)}
    parts = []
    for x, y in ((b, a), (a, b)):
        figure = payload.coverage[x][y].figure(dimension)
        if not figure:
            continue
        needed = text(f"compare.count.{dimension}", lang, count=figure.needed)
        parts.append(
            text(
                "compare.covers",
                lang,
                x=titles[x],
                y=titles[y],
                have=figure.have,
                needed=needed,
                pct=percent(figure.ratio),
            )
        )
    return "; ".join(parts)


def _covers(payload: results.CompareResult, a: str, b: str, dimension: str, lang: str) -> str:
    return text("compare.coverage", lang, figures=covers_text(payload, a, b, dimension, lang))


def _coverage_table(payload: results.CompareResult, dimension: str, lang: str) -> list[str]:
    """How many of each column role's items each row role has."""
    roles: Sequence[str] = payload.roles
    title = text("compare.coverage_grid", lang, dimension=dimension_title(dimension, lang))
    rows = [
        [row, *cells] for row, cells in zip(roles, coverage_rows(payload, dimension), strict=True)
    ]
    return [title + ".", "", *pipe_table([text("compare.has_of", lang), *roles], rows)]


def matrix_markdown(payload: results.MatrixResult, lang: str) -> str:
    dimension = payload.dimension
    out = [f"## {text('matrix.title', lang, dimension=dimension_title(dimension, lang))}", ""]
    out += grid_table(payload, dimension, lang)
    return "\n".join(out) + "\n"


# -- fit and gap -----------------------------------------------------------------------------


def _plan_labels(lang: str) -> Mapping[str, str]:
    from cs_roles.messages import labels

    return labels("plan", lang)


def _items_lines(items: Sequence[results.ItemOut], lang: str) -> list[str]:
    labels = _plan_labels(lang)
    lines = []
    for item in items:
        if item.status == "resolved":
            found = ", ".join(
                f"{pick(m.name, lang) or m.id} ({labels.get('kind_' + m.kind, m.kind)})"
                for m in item.counts_as
            )
            lines.append(f"- {_cell(item.item)} → {_cell(found)}")
        else:
            word = labels["could_be" if item.status == "ambiguous" else "closest"]
            names = dict.fromkeys(pick(m.name, lang) or m.id for m in item.suggestions)
            tail = f"; {word}: {', '.join(names)}" if names else ""
            lines.append(f"- {_cell(item.item)}: *{labels['not_counted']}*{_cell(tail)}")
    return lines


def _figure(figure: results.Figure | results.Absent) -> str:
    """have/needed (ratio); a dash for a dimension the target lists nothing in."""
    if not figure or not figure.needed:
        return "–"
    return f"{figure.have}/{figure.needed} ({percent(figure.ratio)})"


def fit_markdown(payload: results.FitResult, lang: str) -> str:
    labels = _plan_labels(lang)
    names = payload.names

    def label(section: str, ident: str) -> str:
        return _cell(pick(names[section].get(ident), lang) or ident)

    out = [f"## {labels['fit_title']}", "", f"### {labels['items']}", ""]
    out += _items_lines(payload.items, lang)
    out += [
        "",
        labels["rank_rule"],
        "",
        labels["header"],
        "| --: | --- | --: | --: | --: | --- | --- |",
    ]
    for rank, role in enumerate(payload.roles, 1):
        coverage = role.coverage
        missing = [label(d, i) for d in ("skills", "tools") for i in role.missing.of(d)]
        transfers = [
            f"{label('tools', t.tool)} ← {', '.join(label('tools', k) for k in t.known)}"
            for t in role.transferable
        ]
        cells = [
            str(rank),
            f"{role.id} ({_cell(pick(role.title, lang))})",
            percent(coverage.overall),
            _figure(coverage.skills),
            _figure(coverage.tools),
            ", ".join(missing) or "–",
            "; ".join(transfers) or "–",
        ]
        out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out) + "\n"


def gap_markdown(payload: results.GapResult, lang: str) -> str:
    """A learning plan with checkboxes, to paste into a document."""
    labels = _plan_labels(lang)
    titles = payload.titles
    to = pick(titles.to, lang)
    heading = f"{payload.from_} → {payload.to}" if payload.from_ else payload.to
    out = [f"# {labels['plan']}: {heading}", ""]
    if titles.from_:
        out.append(labels["from_to"].format(a=pick(titles.from_, lang), b=to))
    else:
        out.append(labels["to_only"].format(b=to))
    figures = ", ".join(
        labels["of"].format(
            have=figure.have, needed=figure.needed, what=labels[d], pct=percent(figure.ratio)
        )
        for d in ("skills", "tools", "areas")
        if (figure := payload.coverage.figure(d)) and figure.needed
    )
    if figures:
        out += ["", labels["cover"].format(figures=figures)]
    if payload.items:
        out += ["", f"{labels['your_items']}:", "", *_items_lines(payload.items, lang)]

    role = pick(titles.to, lang) or payload.to

    def section(dimension: str, count: int, lines: list[str]) -> None:
        """A heading and its lines; one sentence where the target lists none at all."""
        nonlocal out
        figure = payload.coverage.figure(dimension)
        gap = [""] if out[-1] else []
        if not (figure and figure.needed):
            out += [*gap, text(f"fit.no_{dimension}", lang, role=_cell(role)) + ".", ""]
            return
        out += [*gap, f"## {labels['learn_' + dimension]}", ""]
        out += lines if count else [labels["nothing"], ""]

    skills = []
    for skill in payload.skills:
        line = f"- [ ] **{_cell(pick(skill.name, lang) or skill.id)}**"
        if skill.note:
            line += f" — {_cell(pick(skill.note, lang))}"
        skills.append(line)
    section("skills", len(payload.skills), [*skills, ""])

    tools: list[str] = []
    for group in payload.tools:
        category = pick(group.category_name, lang) or labels["uncategorised"]
        tools += [f"### {_cell(category)}", ""]
        if group.purpose:
            tools += [_cell(pick(group.purpose, lang)), ""]
        names = by_name(pick(t.name, lang) or t.id for t in group.tools)
        tools += [f"- [ ] {_cell(name)}" for name in names]
        if group.known:
            known = ", ".join(by_name(pick(t.name, lang) or t.id for t in group.known))
            tools += ["", labels["known"].format(known=_cell(known))]
        tools.append("")
    section("tools", len(payload.tools), tools)

    areas: list[str] = []
    for area_names, responsibilities in area_groups(payload.areas, lang):
        areas += [f"### {_cell(' · '.join(area_names))}", ""]
        for responsibility in responsibilities:
            task = _cell(pick(responsibility.text, lang))
            if responsibility.title:
                task = f"**{_cell(pick(responsibility.title, lang))}**: {task}"
            areas.append(f"- [ ] {task}")
        areas.append("")
    section("areas", len(payload.areas), areas)
    return "\n".join(out).rstrip("\n") + "\n"


def ladder_markdown(result: results.LadderResult, lang: str) -> str:
    from cs_roles.render.ladder import ladder_markdown as mermaid

    return mermaid(result, lang)


def path_markdown(result: results.PathResult, lang: str) -> str:
    from cs_roles.render.route import route_markdown

    return route_markdown(result, lang)


MARKDOWN: dict[str, Callable[[Any, str], str]] = {
    "show": show_markdown,
    "list": list_markdown,
    "compare": compare_markdown,
    "similar": similar_markdown,
    "matrix": matrix_markdown,
    "search": search_markdown,
    "fit": fit_markdown,
    "gap": gap_markdown,
    "ladder": ladder_markdown,
    "path": path_markdown,
}
