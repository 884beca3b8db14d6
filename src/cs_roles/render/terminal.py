"""Human output with Rich: tables and sections that read well in an 80-column terminal.

Rich is imported here only, so commands that print JSON never load it. Colour and style
appear only on a terminal; Rich honours NO_COLOR.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from typing import Any

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from cs_roles.render.labels import DIMENSION_TITLES, LocalText, percent, pick


def make_console(stderr: bool = False) -> Console:
    stream = sys.stderr if stderr else sys.stdout
    return Console(file=stream, highlight=False, emoji=False)


def both(text: LocalText, lang: str) -> Text:
    """A name in the chosen language, followed by the other language dimmed."""
    primary = pick(text, lang)
    other = pick(text, "ko" if lang != "ko" else "en")
    out = Text(primary)
    if other and other != primary:
        out.append(f" · {other}", style="dim")
    return out


def heading(title: str, count: int | None = None) -> Text:
    label = Text(title, style="bold underline")
    if count is not None:
        label.append(f" ({count})", style="dim")
    return label


# -- list ------------------------------------------------------------------------------


def render_list(rows: Sequence[Mapping[str, Any]], lang: str) -> RenderableType:
    table = Table(header_style="bold")
    table.add_column("id", style="cyan", no_wrap=True)
    table.add_column("title" if lang == "en" else "title (en)", ratio=3)
    table.add_column("한국어", ratio=2)
    table.add_column("skills", justify="right")
    table.add_column("tools", justify="right")
    for row in rows:
        title = row["title"]
        table.add_row(
            row["id"],
            pick(title, "en"),
            title.get("ko") or "",
            str(row["skills"]),
            str(row["tools"]),
        )
    return table


# -- show ------------------------------------------------------------------------------

_LABELS = {
    "en": {
        "summary": "Summary",
        "responsibilities": "Responsibilities",
        "skills": "Skills",
        "tools": "Tools and technologies",
        "career": "Career path",
        "growth": "Other ways to grow",
        "practices": "Best practices",
        "source": "Source",
        "aliases": "also called",
        "category": "category",
        "tool": "tools",
        "uncategorised": "(no category)",
    },
    "ko": {
        "summary": "요약",
        "responsibilities": "책임",
        "skills": "기술",
        "tools": "도구와 기술",
        "career": "경력 경로",
        "growth": "기타 성장 기회",
        "practices": "모범 사례",
        "source": "출처",
        "aliases": "다른 이름",
        "category": "분류",
        "tool": "도구",
        "uncategorised": "(분류 없음)",
    },
}


def render_role(role: Mapping[str, Any], lang: str) -> RenderableType:
    labels = _LABELS.get(lang, _LABELS["en"])
    parts: list[RenderableType] = []
    title = Text(pick(role["title"], lang), style="bold")
    other = pick(role["title"], "ko" if lang != "ko" else "en")
    if other != pick(role["title"], lang):
        title.append(f"  {other}", style="bold dim")
    title.append(f"  [{role['id']}]", style="cyan")
    parts.append(title)
    if role.get("aliases"):
        parts.append(Text(f"{labels['aliases']}: " + ", ".join(role["aliases"]), style="dim"))

    def section(name: str, body: RenderableType, count: int | None = None) -> None:
        parts.append(Text(""))
        parts.append(heading(labels[name], count))
        parts.append(Padding(body, (0, 0, 0, 2), expand=False))

    if role.get("summary"):
        section("summary", Text(pick(role["summary"], lang)))
    if role.get("responsibilities"):
        section(
            "responsibilities",
            _responsibilities(role["responsibilities"], lang),
            len(role["responsibilities"]),
        )
    if role.get("skills"):
        section("skills", _skills(role["skills"], lang), len(role["skills"]))
    if role.get("tools"):
        section("tools", _tools(role["tools"], lang, labels), len(role["tools"]))
    if "career_path" in role and (role["career_path"] or role.get("growth")):
        section("career", _numbered(role["career_path"], lang))
        if role.get("growth"):
            section("growth", _bullets(role["growth"], lang))
    if role.get("best_practices"):
        section("practices", _bullets(role["best_practices"], lang), len(role["best_practices"]))
    if role.get("source"):
        section("source", _source(role["source"]))
    return Group(*parts)


def _responsibilities(items: Sequence[Mapping[str, Any]], lang: str) -> RenderableType:
    table = Table.grid(padding=(0, 1))
    table.add_column(justify="right", style="dim", no_wrap=True)
    table.add_column()
    for number, item in enumerate(items, 1):
        head = Text()
        if item.get("title"):
            head.append(pick(item["title"], lang), style="bold")
        area = pick(item["area_name"], lang) or item["area"] if item.get("area") else ""
        if area and area.casefold() != head.plain.casefold():
            head.append(f"  [{area}]", style="dim")
        body = Text(pick(item["text"], lang))
        table.add_row(f"{number}.", Group(head, body) if head.plain else body)
    return table


def _skills(items: Sequence[Mapping[str, Any]], lang: str) -> RenderableType:
    """Two names per row, each kept whole: a skill name never breaks across lines."""
    table = Table.grid(padding=(0, 3))
    table.add_column()
    table.add_column()
    cells = [both(item["name"], lang) for item in items]
    for i in range(0, len(cells), 2):
        table.add_row(*cells[i : i + 2])
    return table


def _tools(
    items: Sequence[Mapping[str, Any]], lang: str, labels: Mapping[str, str]
) -> RenderableType:
    groups: dict[str, list[str]] = {}
    for item in items:
        category = pick(item["category_name"], lang) if item.get("category") else ""
        groups.setdefault(category or labels["uncategorised"], []).append(pick(item["name"], lang))
    table = Table(box=None, show_header=False, pad_edge=False, padding=(0, 2, 0, 0))
    table.add_column(style="bold", min_width=min(max(map(len, groups)), 40))
    table.add_column()
    for category, names in groups.items():
        table.add_row(category, ", ".join(names))
    return table


def _numbered(items: Sequence[LocalText], lang: str) -> RenderableType:
    table = Table.grid(padding=(0, 1))
    table.add_column(justify="right", style="dim", no_wrap=True)
    table.add_column()
    for number, item in enumerate(items, 1):
        table.add_row(f"{number}.", pick(item, lang))
    return table


def _bullets(items: Sequence[LocalText], lang: str) -> RenderableType:
    table = Table.grid(padding=(0, 1))
    table.add_column(no_wrap=True)
    table.add_column()
    for item in items:
        table.add_row("•", pick(item, lang))
    return table


def _source(source: Mapping[str, Any]) -> Text:
    out = Text(source["title"])
    details = [d for d in (source.get("publisher"), source.get("published")) if d]
    if source.get("language"):
        details.append(f"in {source['language']}")
    if details:
        out.append(" — " + ", ".join(details), style="dim")
    for key in ("url", "file", "license"):
        if source.get(key):
            out.append(f"\n{key}: {source[key]}", style="dim")
    return out


# -- compare, similar, matrix ------------------------------------------------------------


def _item_names(payload: Mapping[str, Any], dimension: str, ids: Sequence[str], lang: str) -> str:
    names = payload["names"][dimension]
    return "\n".join(sorted((pick(names.get(i), lang) or i for i in ids), key=str.casefold)) or "–"


def render_compare(payload: Mapping[str, Any], lang: str) -> RenderableType:
    roles: list[str] = payload["roles"]
    titles = DIMENSION_TITLES.get(lang, DIMENSION_TITLES["en"])
    parts: list[RenderableType] = []
    header = Text(" vs ".join(roles), style="bold")
    header.append(
        f"   overall similarity {percent(payload['similarity']['overall'])}", style="bold cyan"
    )
    parts.append(header)
    joiner = " → " if len(roles) == 2 else " · "
    parts.append(
        Text(joiner.join(pick(payload["names"]["roles"][r], lang) for r in roles), style="dim")
    )
    dimensions = [d for d in ("skills", "tools", "areas") if d in payload]
    if len(roles) == 2:
        a, b = roles
        for dimension in dimensions:
            diff = payload[dimension]
            table = Table(
                title=Text(
                    f"{titles[dimension]} — {percent(payload['similarity'][dimension])} similar",
                    style="bold",
                ),
                title_justify="left",
                expand=True,
                header_style="bold",
            )
            table.add_column(f"only in {a}", ratio=1)
            table.add_column("shared", ratio=1)
            table.add_column(f"only in {b}", ratio=1)
            table.add_row(
                _item_names(payload, dimension, diff["only"][a], lang),
                _item_names(payload, dimension, diff["shared"], lang),
                _item_names(payload, dimension, diff["only"][b], lang),
            )
            parts.extend([Text(""), table])
            if "coverage" in payload:
                parts.append(Text(covers_line(payload, a, b, dimension, titles), style="dim"))
        contrasts = [
            c for c in payload.get("tool_categories", []) if c["tools"][a] != c["tools"][b]
        ]
        if contrasts:
            table = Table(
                title=Text("Same kind of tool, different products", style="bold"),
                title_justify="left",
                expand=True,
                header_style="bold",
            )
            table.add_column("category", ratio=1)
            table.add_column(a, ratio=1)
            table.add_column(b, ratio=1)
            for contrast in contrasts:
                table.add_row(
                    pick(payload["names"]["categories"][contrast["category"]], lang),
                    _item_names(payload, "tools", contrast["tools"][a], lang),
                    _item_names(payload, "tools", contrast["tools"][b], lang),
                )
            parts.extend([Text(""), table])
        parts.append(
            Text(
                f"\nReading direction: 'only in {b}' is what a {a} would add to move to {b}.",
                style="dim",
            )
        )
        return Group(*parts)
    for dimension in dimensions:
        parts.append(Text(""))
        parts.append(
            render_grid(
                payload,
                dimension,
                f"{titles[dimension]} — {percent(payload['similarity'][dimension])} shared by all",
                lang,
            )
        )
        if "coverage" in payload:
            parts.append(coverage_grid(payload, dimension, titles))
    return Group(*parts)


def coverage_grid(
    payload: Mapping[str, Any], dimension: str, titles: Mapping[str, str]
) -> RenderableType:
    """Three or more roles: how much of each column role's items each row role has."""
    roles: list[str] = payload["roles"]
    letters = [_letter(i) for i in range(len(roles))]
    title = Text(
        f"{titles[dimension]} coverage: the row role has this many of the column role's",
        style="dim",
    )
    table = Table(header_style="bold")
    table.add_column("")
    for letter in letters:
        table.add_column(letter, justify="right", no_wrap=True)
    for row, letter in zip(roles, letters, strict=True):
        cells = []
        for column in roles:
            figure = payload["coverage"][row].get(column, {}).get(dimension)
            cells.append(f"{figure['have']}/{figure['needed']}" if figure else "–")
        table.add_row(letter, *cells)
    return Group(title, table)


def covers_line(
    payload: Mapping[str, Any], a: str, b: str, dimension: str, titles: Mapping[str, str]
) -> str:
    """Coverage both ways: "b covers 9 of a's 9 skills (100%); a covers 7 of b's 10 (70%)"."""
    noun = titles[dimension].lower()

    def half(x: str, y: str, with_noun: bool) -> str:
        figure = payload["coverage"][x][y][dimension]
        shown = f"{x} covers {figure['have']} of {y}'s {figure['needed']}"
        return shown + (f" {noun}" if with_noun else "") + f" ({percent(figure['ratio'])})"

    return f"{half(b, a, True)}; {half(a, b, False)}"


def render_grid(
    payload: Mapping[str, Any], dimension: str, title: str, lang: str
) -> RenderableType:
    """Items down, roles across (lettered, with a legend, so many roles fit 80 columns)."""
    roles: list[str] = payload["roles"]
    letters = [_letter(i) for i in range(len(roles))]
    legend = Text(
        "  ".join(f"{letter} = {r}" for letter, r in zip(letters, roles, strict=True)), style="dim"
    )
    table = Table(header_style="bold")
    table.add_column(DIMENSION_TITLES.get(lang, DIMENSION_TITLES["en"])[dimension].lower())
    for letter in letters:
        table.add_column(letter, justify="center")
    table.add_column("roles", justify="right", style="dim")
    names = payload["names"][dimension]
    for item, owners in payload["matrix"][dimension].items():
        marks = ["●" if r in owners else "" for r in roles]
        table.add_row(pick(names.get(item), lang) or item, *marks, str(len(owners)))
    return Group(Text(title, style="bold"), legend, table)


def render_matrix(payload: Mapping[str, Any], lang: str) -> RenderableType:
    dimension = payload["dimension"]
    title = f"{DIMENSION_TITLES.get(lang, DIMENSION_TITLES['en'])[dimension]} × roles"
    return render_grid(payload, dimension, title, lang)


def _letter(index: int) -> str:
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(65 + rest) + out
    return out


def render_similar(payload: Mapping[str, Any], lang: str, top: int = 5) -> RenderableType:
    table = Table(
        title=Text(
            f"Roles most like {payload['role']}"
            + (", by coverage" if payload.get("ranked_by") == "coverage" else ""),
            style="bold",
        ),
        title_justify="left",
        header_style="bold",
        expand=True,
        show_lines=True,
        caption=f"covers: how much of each role's skills (s) and tools (t) {payload['role']} "
        "has, and their mean",
        caption_justify="left",
        caption_style="dim",
    )
    table.add_column("role", ratio=2, min_width=18)
    table.add_column("similar\ncovers", justify="right", no_wrap=True)
    table.add_column("shared (skills, tools)", ratio=3)
    table.add_column("to add (skills, tools)", ratio=3)
    names = payload["names"]
    for entry in payload["similar"]:

        def listing(group: Mapping[str, list[str]]) -> str:
            skills = [pick(names["skills"].get(i), lang) for i in group["skills"][:top]]
            tools = [pick(names["tools"].get(i), lang) for i in group["tools"][:top]]
            more = len(group["skills"]) + len(group["tools"]) - len(skills) - len(tools)
            text = ", ".join(skills + tools)
            return text + (f" (+{more} more)" if more > 0 else "") if text else "–"

        table.add_row(
            Text(entry["id"], style="cyan") + Text("\n" + pick(entry["title"], lang), style="dim"),
            Text(percent(entry["similarity"]["overall"]) + "\n")
            + _coverage_cell(entry.get("coverage")),
            listing(entry["shared"]),
            listing(entry["missing"]),
        )
    return table


def _coverage_cell(figures: Mapping[str, Any] | None) -> Text:
    """Overall coverage, then have/needed of skills and tools: "80%\n8/10 s\n15/20 t"."""
    if not figures:
        return Text("–")
    out = Text(percent(figures.get("overall")), style="bold")
    for dimension in ("skills", "tools"):
        figure = figures.get(dimension)
        if figure and figure["needed"]:
            out.append(f"\n{figure['have']}/{figure['needed']} {dimension[0]}", style="dim")
    return out


# -- search ------------------------------------------------------------------------------


def render_search(payload: Mapping[str, Any], lang: str, role_count: int) -> RenderableType:
    table = Table(header_style="bold", expand=True)
    table.add_column("kind", style="dim", no_wrap=True)
    table.add_column("item", ratio=3)
    table.add_column("matched", ratio=2)
    table.add_column("score", justify="right", no_wrap=True)
    table.add_column("roles", ratio=2, overflow="fold")
    for hit in payload["hits"]:
        if hit["kind"] == "text":
            item = Text(_clip(pick(hit["name"], lang), 90))
            item.append(f"\n{hit['id']}", style="dim")
        else:
            item = both(hit["name"], lang)
            item.append(f"\n{hit['id']}", style="cyan")
        roles = hit["roles"]
        shown = f"all {len(roles)} roles" if len(roles) == role_count > 1 else "\n".join(roles)
        table.add_row(hit["kind"], item, hit["matched"], f"{hit['score']:.0f}", shown)
    return table


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


# -- fit and gap -----------------------------------------------------------------------------

_CAREER_LABELS = {
    "en": {
        "items": "Your items",
        "counted": "{n} of {total} count",
        "ambiguous": "ambiguous",
        "unknown": "unknown",
        "not_counted": "not counted",
        "could_be": "could be",
        "closest": "closest",
        "roles": "Roles by how much of their skills and tools you have",
        "role": "role",
        "fit": "fit",
        "skills": "skills",
        "tools": "tools",
        "to_add": "to add",
        "know": "you know",
        "more": "+{n} more",
        "more_kinds": "⇄ +{n} more kinds",
        "fit_caption": "fit: mean of skill and tool coverage. ⇄ kind: tools to add ← products "
        "you know of that kind (transferable: listed, not counted as covered).",
        "coverage": "You cover",
        "areas": "areas",
        "learn_skills": "Skills to learn",
        "learn_tools": "Tools to learn, by kind",
        "learn_areas": "Responsibility areas new to you",
        "nothing": "nothing: you have them all",
        "uncategorised": "(no category)",
        "start_from": "start from what you know",
        "plus_own": "plus your own items",
    },
    "ko": {
        "items": "입력한 항목",
        "counted": "{total}개 중 {n}개 반영",
        "ambiguous": "모호함",
        "unknown": "찾을 수 없음",
        "not_counted": "반영 안 됨",
        "could_be": "후보",
        "closest": "가장 가까운 이름",
        "roles": "필요한 기술과 도구를 얼마나 갖췄는지에 따른 역할 순위",
        "role": "역할",
        "fit": "적합도",
        "skills": "기술",
        "tools": "도구",
        "to_add": "더 필요한 것",
        "know": "아는 도구",
        "more": "외 {n}개",
        "more_kinds": "⇄ 외 {n}종류",
        "kind_skill": "기술",
        "kind_tool": "도구",
        "kind_area": "책임 영역",
        "fit_caption": "적합도: 기술 충족률과 도구 충족률의 평균. ⇄ 종류: 더 필요한 도구 ← "
        "같은 종류로 이미 아는 제품(전이 가능: 표시만 하고 충족으로 세지 않음).",
        "coverage": "충족",
        "areas": "책임 영역",
        "learn_skills": "배울 기술",
        "learn_tools": "배울 도구(종류별)",
        "learn_areas": "새로 맡게 될 책임 영역",
        "nothing": "없음: 모두 갖추고 있음",
        "uncategorised": "(분류 없음)",
        "start_from": "아는 것부터 시작",
        "plus_own": "본인 항목 추가",
    },
}


def career_labels(lang: str) -> Mapping[str, str]:
    return _CAREER_LABELS.get(lang, _CAREER_LABELS["en"])


def _figure(figure: Mapping[str, Any]) -> str:
    return f"{figure['have']}/{figure['needed']} {percent(figure['ratio'])}"


def render_items(items: Sequence[Mapping[str, Any]], lang: str) -> RenderableType:
    """Each item with what it counts as, or why it does not count."""
    labels = career_labels(lang)
    counted = sum(item["status"] == "resolved" for item in items)
    title = heading(labels["items"])
    title.append(" (" + labels["counted"].format(n=counted, total=len(items)) + ")", style="dim")
    table = Table.grid(padding=(0, 1))
    table.add_column(no_wrap=True)
    table.add_column()
    for item in items:
        line = Text(item["item"])
        if item["status"] == "resolved":
            mark = Text("✓", style="green")
            line.append(" → ")
            for n, match in enumerate(item["counts_as"]):
                if n:
                    line.append(", ")
                line.append_text(both(match["name"], lang))
                line.append(f" ({labels.get('kind_' + match['kind'], match['kind'])})", style="dim")
        else:
            mark = Text("✗" if item["status"] == "unknown" else "?", style="red")
            line.append(f": {labels[item['status']]}, {labels['not_counted']}", style="yellow")
            if item["suggestions"]:
                word = labels["could_be" if item["status"] == "ambiguous" else "closest"]
                names = dict.fromkeys(pick(m["name"], lang) or m["id"] for m in item["suggestions"])
                line.append(f"; {word}: " + ", ".join(names), style="dim")
        table.add_row(mark, line)
    return Group(title, Padding(table, (0, 0, 0, 2), expand=False))


def _transfer_lines(
    transfers: Sequence[Mapping[str, Any]], names: Mapping[str, Any], lang: str, top: int
) -> list[str]:
    """Transferable tools grouped by category: "Help desk: Groove, Kayako ← Freshdesk"."""
    groups: dict[str, tuple[list[str], dict[str, None]]] = {}
    for transfer in transfers:
        tools, known = groups.setdefault(transfer["category"], ([], {}))
        tools.append(pick(names["tools"].get(transfer["tool"]), lang) or transfer["tool"])
        known.update(dict.fromkeys(transfer["known"]))
    lines = []
    for category, (tools, known) in list(groups.items())[:top]:
        label = pick(names["categories"].get(category), lang) or category
        products = ", ".join(pick(names["tools"].get(k), lang) or k for k in known)
        lines.append(f"⇄ {label}: {', '.join(tools)} ← {products}")
    if len(groups) > top:
        lines.append(career_labels(lang)["more_kinds"].format(n=len(groups) - top))
    return lines


def render_fit(payload: Mapping[str, Any], lang: str, top: int = 4) -> RenderableType:
    labels = career_labels(lang)
    names = payload["names"]
    table = Table(
        title=Text(labels["roles"], style="bold"),
        title_justify="left",
        header_style="bold",
        expand=True,
        show_lines=True,
        caption=labels["fit_caption"],
        caption_justify="left",
        caption_style="dim",
    )
    table.add_column("#", justify="right", style="dim", no_wrap=True)
    table.add_column(labels["role"], ratio=2, min_width=14)
    table.add_column(labels["fit"], justify="right", no_wrap=True)
    dims = ["skills", "tools"] + (["areas"] if payload["have"]["areas"] else [])
    table.add_column("\n".join(labels[d] for d in dims), justify="right", no_wrap=True)
    table.add_column(labels["to_add"], ratio=4, overflow="fold")
    for rank, role in enumerate(payload["roles"], 1):
        coverage = role["coverage"]
        figures = Text(
            "\n".join(_figure(coverage[d]) if coverage[d]["needed"] else "–" for d in dims)
        )
        missing = []
        for dimension in ("skills", "tools"):
            ids = role["missing"][dimension]
            shown = [pick(names[dimension].get(i), lang) or i for i in ids[:top]]
            if len(ids) > top:
                shown.append(labels["more"].format(n=len(ids) - top))
            if shown:
                missing.append(", ".join(shown))
        cell = Text("\n".join(missing) or "–")
        for line in _transfer_lines(role["transferable"], names, lang, 2):
            cell.append("\n" + line, style="cyan")
        table.add_row(
            str(rank),
            Text(role["id"], style="cyan") + Text("\n" + pick(role["title"], lang), style="dim"),
            Text(percent(coverage["overall"]), style="bold"),
            figures,
            cell,
        )
    return Group(render_items(payload["items"], lang), Text(""), table)


def render_gap(payload: Mapping[str, Any], lang: str) -> RenderableType:
    labels = career_labels(lang)
    titles = payload["titles"]
    parts: list[RenderableType] = []
    header = Text(f"{payload['from'] or labels['items']} → {payload['to']}", style="bold")
    if payload["from"] and payload["items"]:
        header.append(f"  (+ {labels['plus_own']})", style="dim")
    parts.append(header)
    if titles["from"]:
        parts.append(
            Text(f"{pick(titles['from'], lang)} → {pick(titles['to'], lang)}", style="dim")
        )
    else:
        parts.append(Text(pick(titles["to"], lang), style="dim"))
    if payload["items"]:
        parts += [Text(""), render_items(payload["items"], lang)]
    coverage = payload["coverage"]
    line = Text(f"\n{labels['coverage']}: ", style="bold")
    line.append(
        " · ".join(
            f"{labels[d]} {_figure(coverage[d])}"
            for d in ("skills", "tools", "areas")
            if coverage[d]["needed"]
        )
    )
    line.append(f"   {labels['fit']} {percent(coverage['overall'])}", style="bold cyan")
    parts.append(line)

    def section(title: str, count: int, body: RenderableType) -> None:
        parts.append(Text(""))
        parts.append(heading(title, count))
        parts.append(Padding(body, (0, 0, 0, 2), expand=False))

    skills = Table.grid(padding=(0, 1))
    skills.add_column(no_wrap=True)
    skills.add_column()
    for skill in payload["skills"]:
        cell = both(skill["name"], lang)
        if skill.get("note"):
            cell.append("\n" + pick(skill["note"], lang), style="dim")
        skills.add_row("•", cell)
    section(
        labels["learn_skills"],
        len(payload["skills"]),
        skills if payload["skills"] else Text(labels["nothing"], style="dim"),
    )

    tools = Table(box=None, show_header=False, pad_edge=False, padding=(0, 2, 0, 0))
    tools.add_column(style="bold", max_width=32)
    tools.add_column()
    for group in payload["tools"]:
        category = pick(group["category_name"], lang) or labels["uncategorised"]
        cell = Text(", ".join(pick(t["name"], lang) or t["id"] for t in group["tools"]))
        if group.get("purpose"):
            cell.append("\n" + pick(group["purpose"], lang), style="dim")
        if group["known"]:
            known = ", ".join(pick(t["name"], lang) or t["id"] for t in group["known"])
            cell.append(f"\n⇄ {labels['know']}: {known} — {labels['start_from']}", style="cyan")
        tools.add_row(category, cell)
    count = sum(len(g["tools"]) for g in payload["tools"])
    section(labels["learn_tools"], count, tools if count else Text(labels["nothing"], style="dim"))

    areas = Table.grid(padding=(0, 1))
    areas.add_column()
    for area in payload["areas"]:
        areas.add_row(Text(pick(area["name"], lang) or area["id"], style="bold"))
        texts = Table.grid(padding=(0, 1))
        texts.add_column(no_wrap=True)
        texts.add_column(overflow="fold")
        for responsibility in area["responsibilities"]:
            text = Text()
            if responsibility.get("title"):
                text.append(pick(responsibility["title"], lang) + ": ", style="italic")
            text.append(pick(responsibility["text"], lang))
            texts.add_row("•", text)
        areas.add_row(Padding(texts, (0, 0, 0, 2)))
    section(
        labels["learn_areas"],
        len(payload["areas"]),
        areas if payload["areas"] else Text(labels["nothing"], style="dim"),
    )
    return Group(*parts)
