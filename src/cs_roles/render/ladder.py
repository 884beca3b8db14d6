"""`ladder`: the career lattice drawn for a terminal, as Mermaid, as SVG and as HTML.

Every renderer reads the typed `LadderResult` by attribute, the object `--json` prints, so
what a picture shows is exactly what the JSON gives. The terminal
drawing is a list of plain lines, none wider than the width asked for (Hangul counts two
cells): each level is a rule with its positions below, side by side while columns of a
readable width fit, stacked one under another when they do not. Each position lists the
positions of the next rung; `sources=True` adds the roles whose articles state each move.
With `styled=True` the lines carry Rich markup (names escaped), roles of the dataset in
bold.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

from cs_roles.render.labels import pick, second

if TYPE_CHECKING:
    from rich.text import Text

    from cs_roles.results import LadderBranch, LadderEdge, LadderLevel, LadderNode, LadderResult

Segment = tuple[str, str | None]  # text, Rich style
Line = list[Segment]

ROLE_MARK, POSITION_MARK = "●", "○"
MOVE, BRANCH = "→", "⤷"
GAP = 3  # cells between columns
MIN_COLUMN = 26  # below this a level's positions are stacked
ROLE_STYLE, DIM_STYLE = "bold cyan", "dim"


# -- measuring and wrapping ------------------------------------------------------------------


def cells(text: str) -> int:
    """Display width: East Asian wide characters (Hangul) take two cells."""
    from rich.cells import cell_len

    return cell_len(text)


def _break_word(word: str, room: int) -> list[str]:
    pieces, current = [], ""
    for ch in word:
        if current and cells(current + ch) > room:
            pieces.append(current)
            current = ""
        current += ch
    return [*pieces, current] if current else pieces


def wrap(text: str, width: int, first: str = "", rest: str = "") -> list[str]:
    """`text` in lines of at most `width` cells, the first led by `first`, the others by
    `rest` (dropped when the line is too narrow for them); a word longer than a line is
    broken between characters."""
    width = max(width, 2)
    first = first if cells(first) <= width - 2 else ""
    rest = rest if cells(rest) <= width - 2 else ""
    lines: list[str] = []
    current = lead = first
    for word in text.split():
        separator = " " if current != lead else ""
        if cells(current) + cells(separator) + cells(word) <= width:
            current += separator + word
            continue
        if current != lead:
            lines.append(current)
            current = lead = rest
        if cells(current) + cells(word) <= width:
            current += word
            continue
        pieces = _break_word(word, width - max(cells(lead), cells(rest)))
        for piece in pieces[:-1]:
            lines.append(current + piece)
            current = lead = rest
        current += pieces[-1]
    if current != lead or not lines:
        lines.append(current)
    return lines


def _plain(line: Line) -> str:
    return "".join(text for text, _ in line)


def finish_lines(lines: Sequence[Line], styled: bool) -> list[str]:
    if not styled:
        return [_plain(line).rstrip() for line in lines]
    from rich.markup import escape

    out = []
    for line in lines:
        parts = [f"[{s}]{escape(t)}[/]" if s and t.strip() else escape(t) for t, s in line]
        out.append("".join(parts).rstrip())
    return out


# -- labels ----------------------------------------------------------------------------------


def level_label(level: str | None, lang: str) -> str:
    from cs_roles.messages import text

    return text(f"level.{level or 'none'}", lang)


def _names(payload: LadderResult) -> dict[str, LadderNode]:
    return {node.id: node for node in payload.nodes}


def _name(node: LadderNode, lang: str) -> str:
    return pick(node.name, lang) or str(node.id)


def _sources_of(edge: LadderEdge) -> list[str]:
    return [source.role for source in edge.sources]


def _sources_shown(result: LadderResult) -> bool:
    return bool(result.show_sources)


# -- the command's formats (output.emit) -----------------------------------------------------


def ladder_table(result: LadderResult, lang: str) -> Text:
    """`ladder` in a terminal: lines no wider than the console, roles of the dataset in
    colour where the terminal has it (Rich drops the styles elsewhere)."""
    from rich.text import Text

    from cs_roles.render.terminal import width

    lines = ladder_lines(result, lang, width(), sources=_sources_shown(result), styled=True)
    return Text.from_markup("\n".join(lines))


def ladder_markdown(result: LadderResult, lang: str) -> str:
    return ladder_mermaid(result, lang, sources=_sources_shown(result))


def ladder_svg_picture(result: LadderResult, lang: str) -> str:
    return ladder_svg(result, lang, sources=_sources_shown(result))


def ladder_html_page(result: LadderResult, lang: str) -> str:
    return ladder_html(result, lang, sources=_sources_shown(result))


# the picture formats, for output.emit
PICTURE: dict[str, Callable[[LadderResult, str], str]] = {
    "svg": ladder_svg_picture,
    "html": ladder_html_page,
}


# -- terminal --------------------------------------------------------------------------------


def ladder_lines(
    payload: LadderResult,
    lang: str,
    width: int,
    *,
    sources: bool = False,
    branches: bool = True,
    styled: bool = False,
) -> list[str]:
    """The lattice as lines for a terminal of `width` cells, entry level first."""
    from cs_roles.messages import text

    width = max(width, 10)
    nodes = _names(payload)
    out: list[Line] = [[(line, "bold")] for line in wrap(text("ladder.title", lang), width)]
    if not nodes:
        out += [[(line, None)] for line in wrap(text("ladder.empty", lang), width)]
        return finish_lines(out, styled)
    legend = text("ladder.legend", lang)
    if sources:
        legend += "  " + text("ladder.legend_sources", lang)
    out += [[(line, DIM_STYLE)] for line in wrap(legend, width)]
    moves: dict[str, list[LadderEdge]] = {}
    for edge in payload.edges:
        moves.setdefault(edge.from_, []).append(edge)
    for level in payload.levels:
        out.append([("", None)])
        out += rule_lines(level_label(level.level, lang), width)
        blocks = [_Block(nodes[i], moves.get(i, []), nodes, lang, sources) for i in level.positions]
        out += _columns(blocks, width)
    if branches and payload.branches:
        out += _branch_lines(payload, nodes, lang, width, sources)
    return finish_lines(out, styled)


def rule_lines(label: str, width: int) -> list[Line]:
    lines = wrap(label, width)
    last = lines[-1]
    rest = width - cells(last) - 1
    rule: list[Line] = [[(line, "bold")] for line in lines[:-1]]
    rule.append([(last, "bold"), (" " + "─" * rest, DIM_STYLE)] if rest > 0 else [(last, "bold")])
    return rule


class _Block:
    """A position, its moves (and their sources): lines drawn at whatever column width."""

    def __init__(
        self,
        node: LadderNode,
        edges: Sequence[LadderEdge],
        nodes: Mapping[str, LadderNode],
        lang: str,
        sources: bool,
    ) -> None:
        self.node, self.edges, self.nodes, self.lang, self.sources = (
            node,
            edges,
            nodes,
            lang,
            sources,
        )

    def lines(self, width: int) -> list[Line]:
        node, lang = self.node, self.lang
        is_role = bool(node.is_role)
        mark = ROLE_MARK if is_role else POSITION_MARK
        style = ROLE_STYLE if is_role else "bold"
        indent = " " * min(2, width // 10)
        out: list[Line] = [[(t, style)] for t in wrap(_name(node, lang), width, f"{mark} ", indent)]
        other = second(node.name, lang)
        if other:
            out += [[(t, DIM_STYLE)] for t in wrap(other, width, indent, indent)]
        deeper = " " * min(4, width // 6)
        for edge in self.edges:
            target = self.nodes[edge.to]
            target_style = ROLE_STYLE if target.is_role else None
            for t in wrap(_name(target, lang), width, f"{indent}{MOVE} ", deeper):
                out.append([(t, target_style)])
            if self.sources:
                said = "(" + ", ".join(_sources_of(edge)) + ")"
                out += [[(t, DIM_STYLE)] for t in wrap(said, width, deeper, deeper)]
        return out


def _columns(blocks: Sequence[_Block], width: int) -> list[Line]:
    """Blocks side by side, as many to a row as fit at MIN_COLUMN cells; else stacked."""
    count = 1
    for k in range(len(blocks), 0, -1):
        if k * MIN_COLUMN + (k - 1) * GAP <= width:
            count = k
            break
    column = (width - (count - 1) * GAP) // count if count > 1 else width
    out: list[Line] = []
    for start in range(0, len(blocks), count):
        row = [b.lines(column) for b in blocks[start : start + count]]
        if count == 1:
            for lines in row:
                out += lines
            continue
        for index in range(max(len(lines) for lines in row)):
            line: Line = []
            for number, lines in enumerate(row):
                empty: Line = [("", None)]
                piece = lines[index] if index < len(lines) else empty
                line += piece
                if number < len(row) - 1:
                    line.append((" " * (column - cells(_plain(piece)) + GAP), None))
            out.append(line)
    return out


def _branch_lines(
    payload: LadderResult,
    nodes: Mapping[str, LadderNode],
    lang: str,
    width: int,
    sources: bool,
) -> list[Line]:
    from cs_roles.messages import text

    out: list[Line] = [[("", None)], *rule_lines(text("ladder.branches", lang), width)]
    indent = " " * min(2, width // 10)
    deeper = " " * min(4, width // 6)
    grouped: dict[tuple[str | None, str], list[LadderBranch]] = {}
    for branch in payload.branches:
        grouped.setdefault((branch.position, branch.role), []).append(branch)
    for (position, role), items in grouped.items():
        node = nodes.get(position) if position else None
        title = _name(node, lang) if node else role
        if sources:
            title += f" ({role})"
        out += [[(t, ROLE_STYLE)] for t in wrap(title, width, f"{ROLE_MARK} ", indent)]
        for branch in items:
            out += [
                [(t, None)]
                for t in wrap(pick(branch.text, lang), width, f"{indent}{BRANCH} ", deeper)
            ]
    return out


# -- Mermaid -----------------------------------------------------------------------------------

_UNSAFE_ID = re.compile(r"[^A-Za-z0-9_]")


def mermaid_ids(ids: Sequence[str], prefix: str) -> dict[str, str]:
    """Node ids Mermaid accepts (letters, digits, `_`), distinct, never a keyword."""
    out: dict[str, str] = {}
    taken: set[str] = set()
    for ident in ids:
        safe = prefix + _UNSAFE_ID.sub("_", ident)
        candidate, number = safe, 2
        while candidate in taken:
            candidate, number = f"{safe}_{number}", number + 1
        taken.add(candidate)
        out[ident] = candidate
    return out


def mermaid_label(text: str) -> str:
    """A label for inside double quotes: quotes, angle brackets and `#` as entity codes,
    line breaks as spaces."""
    replaced = " ".join(text.split())
    for ch, code in (("#", "#35;"), ('"', "#quot;"), ("<", "#lt;"), (">", "#gt;")):
        replaced = replaced.replace(ch, code)
    return replaced


def _both_names(name: Mapping[str, Any], lang: str) -> list[str]:
    first = pick(name, lang)
    other = second(name, lang)
    return [first, other] if other else [first]


def ladder_mermaid(payload: LadderResult, lang: str, *, sources: bool = False) -> str:
    """`ladder --format markdown`: a heading, a Mermaid flowchart (levels as subgraphs,
    roles of the dataset in the `role` class, growth options as dotted side branches) and
    the growth texts as a list."""
    from cs_roles.messages import text

    nodes = _names(payload)
    ids = mermaid_ids(list(nodes), "p_")
    out = [f"# {text('ladder.title', lang)}", ""]
    if not nodes:
        return "\n".join([*out, text("ladder.empty", lang)]) + "\n"
    out += [text("ladder.legend", lang), "", "```mermaid", "flowchart TB"]
    for number, level in enumerate(payload.levels):
        label = mermaid_label(level_label(level.level, lang))
        out.append(f'  subgraph level_{number}["{label}"]')
        for ident in level.positions:
            label = "<br/>".join(mermaid_label(n) for n in _both_names(nodes[ident].name, lang))
            out.append(f'    {ids[ident]}["{label}"]')
        out.append("  end")
    for edge in payload.edges:
        link = "-->"
        if sources:
            link = f'-->|"{mermaid_label(", ".join(_sources_of(edge)))}"|'
        out.append(f"  {ids[edge.from_]} {link} {ids[edge.to]}")
    grouped = _branches_by_position(payload)
    branch_ids = mermaid_ids([p for p in grouped], "b_")
    for position, items in grouped.items():
        label = mermaid_label(text("ladder.growth", lang, count=len(items)))
        out.append(f'  {branch_ids[position]}(["{label}"])')
        out.append(f"  {ids[position]} -.-> {branch_ids[position]}")
    roles = [ids[i] for i, node in nodes.items() if node.is_role]
    out.append("  classDef role fill:#dbeafe,stroke:#1d4ed8,stroke-width:2px,font-weight:bold")
    out.append("  classDef branch fill:#f8fafc,stroke:#94a3b8,stroke-dasharray:4 3")
    if roles:
        out.append(f"  class {','.join(roles)} role")
    if grouped:
        out.append(f"  class {','.join(branch_ids.values())} branch")
    out.append("```")
    if grouped:
        out += ["", f"## {text('ladder.branches', lang)}", ""]
        for position, items in grouped.items():
            out.append(f"- **{markdown_text(_name(nodes[position], lang))}**")
            out += [f"  - {markdown_text(pick(b.text, lang))}" for b in items]
    if sources:
        out += ["", f"## {text('ladder.sources', lang)}", ""]
        for role, (file, title) in _articles(payload).items():
            out.append(
                f"- `{role}`: {markdown_text(title or '')}" + (f" (`{file}`)" if file else "")
            )
    return "\n".join(out) + "\n"


def markdown_text(value: str) -> str:
    """Text for a Markdown list item: no markup of its own, on one line."""
    return re.sub(r"([\\`*_\[\]<>|#])", r"\\\1", " ".join(value.split()))


def _branches_by_position(payload: LadderResult) -> dict[str, list[LadderBranch]]:
    grouped: dict[str, list[LadderBranch]] = {}
    for branch in payload.branches:
        if branch.position is not None:
            grouped.setdefault(branch.position, []).append(branch)
    return grouped


def _articles(payload: LadderResult) -> dict[str, tuple[str | None, str | None]]:
    found: dict[str, tuple[str | None, str | None]] = {}
    for edge in payload.edges:
        for source in edge.sources:
            found.setdefault(source.role, (source.source.file, source.source.title))
    return found


# -- SVG and HTML ----------------------------------------------------------------------------

BOX_WIDTH, BOX_GAP, ROW_GAP = 200, 28, 56
LEFT, TOP, MARGIN = 120, 64, 24
CELL_PX, LINE_PX, FONT_PX = 7.2, 16, 13
BOX_CELLS = int((BOX_WIDTH - 24) / 8)  # bold text is wider than CELL_PX
NOTE_CELLS = 110
# One colour per article, for the moves each states (colour-blind-safe, Okabe and Ito).
PALETTE = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000")


def ladder_svg(payload: LadderResult, lang: str, *, sources: bool = False) -> str:
    """A self-contained SVG picture: levels top to bottom, a box per position (roles of the
    dataset filled), an arrow per move (its sources as a tooltip, and as a label with
    `sources=True`), growth options listed under the picture."""
    from cs_roles.messages import text

    nodes = _names(payload)
    levels = payload.levels
    per_row = max((len(level.positions) for level in levels), default=1)
    inner = per_row * BOX_WIDTH + (per_row - 1) * BOX_GAP
    canvas = LEFT + inner + MARGIN
    boxes: dict[str, tuple[float, float, float, list[tuple[str, bool]]]] = {}
    body: list[str] = []
    y = float(TOP)
    rows: list[tuple[float, float, list[float]]] = []  # top, height, the boxes' x
    row_of: dict[str, int] = {}
    for level in _ordered_levels(payload):
        contents = {i: _box_lines(nodes[i], lang) for i in level.positions}
        height = max(_box_height(lines) for lines in contents.values())
        count = len(level.positions)
        start = LEFT + (inner - (count * BOX_WIDTH + (count - 1) * BOX_GAP)) / 2
        body.append(
            f'<text x="{MARGIN}" y="{y + height / 2 + 4:.1f}" class="level">'
            f"{xml_escape(level_label(level.level, lang))}</text>"
        )
        xs = []
        for number, ident in enumerate(level.positions):
            x = start + number * (BOX_WIDTH + BOX_GAP)
            boxes[ident] = (x, y, height, contents[ident])
            row_of[ident] = len(rows)
            xs.append(x)
        rows.append((y, height, xs))
        y += height + ROW_GAP
    arrows = []
    articles = _articles(payload)
    for edge in payload.edges:
        x1, y1, h1, _ = boxes[edge.from_]
        x2, y2, _, _ = boxes[edge.to]
        points = [(x1 + BOX_WIDTH / 2, y1 + h1)]
        between = rows[row_of[edge.from_] + 1 : row_of[edge.to]]
        for number, (top, height, xs) in enumerate(between, 1):
            share = number / (len(between) + 1)
            aim = x1 + (x2 - x1) * share + BOX_WIDTH / 2
            gap = _nearest_gap(xs, aim)
            points += [(gap, top - 4), (gap, top + height + 4)]
        points.append((x2 + BOX_WIDTH / 2, y2 - 2))
        said = ", ".join(_sources_of(edge))
        if not sources:
            arrows.append(
                f'<path d="{_curve(points)}" class="move" marker-end="url(#arrow)">'
                f"<title>{xml_escape(said)}</title></path>"
            )
            continue
        roles = _sources_of(edge)
        for number, role in enumerate(roles):
            shift = (number - (len(roles) - 1) / 2) * 3.0
            moved = [(px + shift, py) for px, py in points]
            css = "move" if number == 0 else "move-also"
            end = ' marker-end="url(#arrow)"' if number == 0 else ""
            colour = PALETTE[list(articles).index(role) % len(PALETTE)]
            arrows.append(
                f'<path d="{_curve(moved)}" class="{css}" style="stroke:{colour}"{end}>'
                f"<title>{xml_escape(said)}</title></path>"
            )
    grouped = _branches_by_position(payload)
    for ident, (x, top, height, lines) in boxes.items():
        node = nodes[ident]
        kind = "role" if node.is_role else "position"
        body.append(
            f'<g class="{kind}"><title>{xml_escape(ident)}</title>'
            f'<rect x="{x:.1f}" y="{top:.1f}" width="{BOX_WIDTH}" height="{height:.1f}" rx="6"/>'
        )
        line_y = top + 8 + FONT_PX
        for line, is_second in lines:
            css = ' class="second"' if is_second else ""
            body.append(
                f'<text x="{x + BOX_WIDTH / 2:.1f}" y="{line_y:.1f}"{css}>{xml_escape(line)}</text>'
            )
            line_y += LINE_PX
        if ident in grouped:
            note = f"{BRANCH} {text('ladder.growth', lang, count=len(grouped[ident]))}"
            body.append(
                f'<text x="{x + BOX_WIDTH / 2:.1f}" y="{line_y:.1f}" class="growth">'
                f"{xml_escape(note)}</text>"
            )
        body.append("</g>")
    notes: list[str] = []
    if sources and articles:
        notes.append(
            f'<text x="{MARGIN}" y="{y + 4:.1f}" class="heading">'
            f"{xml_escape(text('ladder.sources', lang))}</text>"
        )
        y += LINE_PX + 8
        for number, (role, (file, title)) in enumerate(articles.items()):
            colour = PALETTE[number % len(PALETTE)]
            shown = f"{role}: {title or ''}" + (f" ({file})" if file else "")
            notes.append(
                f'<path d="M{MARGIN},{y - 4:.1f} h24" class="swatch" style="stroke:{colour};'
                f'stroke-width:3"/><text x="{MARGIN + 32}" y="{y:.1f}" class="branch">'
                f"{xml_escape(shown)}</text>"
            )
            y += LINE_PX + 2
        y += 12
    if grouped:
        notes.append(
            f'<text x="{MARGIN}" y="{y + 4:.1f}" class="heading">'
            f"{xml_escape(text('ladder.branches', lang))}</text>"
        )
        y += LINE_PX + 8
        for ident, items in grouped.items():
            notes.append(
                f'<text x="{MARGIN}" y="{y:.1f}" class="branch-of">'
                f"{xml_escape(ROLE_MARK + ' ' + _name(nodes[ident], lang))}</text>"
            )
            y += LINE_PX
            for branch in items:
                wrapped = wrap(pick(branch.text, lang), NOTE_CELLS - 2)
                for number, piece in enumerate(wrapped):
                    shown = f"{BRANCH} {piece}" if number == 0 else piece
                    indent = MARGIN + (12 if number == 0 else 12 + 2 * CELL_PX)
                    notes.append(
                        f'<text x="{indent:.1f}" y="{y:.1f}" class="branch">'
                        f"{xml_escape(shown)}</text>"
                    )
                    y += LINE_PX
            y += 6
        canvas = max(canvas, int(MARGIN * 2 + 12 + NOTE_CELLS * CELL_PX))
    height_px = int(y + MARGIN)
    title = xml_escape(text("ladder.title", lang))
    legend = xml_escape(text("ladder.legend", lang))
    return (
        "\n".join(
            [
                f'<svg xmlns="http://www.w3.org/2000/svg" width="{canvas}" height="{height_px}" '
                f'viewBox="0 0 {canvas} {height_px}" role="img" aria-label="{title}">',
                f"<title>{title}</title>",
                "<defs>",
                '<marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
                'markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" '
                'fill="#475569"/></marker>',
                "<style>",
                "svg { font-family: 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', "
                f"'Segoe UI', Arial, sans-serif; font-size: {FONT_PX}px; }}",
                "rect { fill: #ffffff; stroke: #64748b; stroke-width: 1.2; }",
                ".role rect { fill: #dbeafe; stroke: #1d4ed8; stroke-width: 2.2; }",
                "g text { text-anchor: middle; fill: #0f172a; }",
                ".role text { font-weight: bold; }",
                "text.second { fill: #475569; font-weight: normal; }",
                "text.growth { fill: #64748b; font-style: italic; font-weight: normal; }",
                ".move, .move-also, .swatch { fill: none; stroke: #475569; stroke-width: 1.3; }",
                ".level, .heading { font-weight: bold; fill: #334155; }",
                ".said { font-size: 10px; fill: #64748b; text-anchor: middle; }",
                ".branch, .branch-of { fill: #334155; }",
                ".branch-of { font-weight: bold; }",
                "</style>",
                "</defs>",
                f'<rect x="0" y="0" width="{canvas}" height="{height_px}" '
                'style="fill:#ffffff;stroke:none"/>',
                f'<text x="{MARGIN}" y="28" class="heading" style="font-size:18px">{title}</text>',
                f'<text x="{MARGIN}" y="48" class="said" style="text-anchor:start">{legend}</text>',
                *arrows,
                *body,
                *notes,
                "</svg>",
            ]
        )
        + "\n"
    )


def _nearest_gap(xs: Sequence[float], aim: float) -> float:
    """The middle of the free space between (or beside) a row's boxes nearest to `aim`."""
    gaps = [xs[0] - BOX_GAP / 2, *(x + BOX_WIDTH + BOX_GAP / 2 for x in xs)]
    return min(gaps, key=lambda gap: abs(gap - aim))


def _curve(points: Sequence[tuple[float, float]]) -> str:
    """A path through the points: S-curves from one row to the next, straight lines down
    the gaps of the rows it passes."""
    (x, y), rest = points[0], points[1:]
    path = [f"M{x:.1f},{y:.1f}"]
    for number, (nx, ny) in enumerate(rest):
        if number % 2 == 1:  # down a gap of a row passed
            path.append(f"L{nx:.1f},{ny:.1f}")
        else:
            middle = (y + ny) / 2
            path.append(f"C{x:.1f},{middle:.1f} {nx:.1f},{middle:.1f} {nx:.1f},{ny:.1f}")
        x, y = nx, ny
    return " ".join(path)


def _ordered_levels(payload: LadderResult) -> list[LadderLevel]:
    from cs_roles.results import LadderLevel

    """The levels with each level's positions in the order of the mean place of the
    positions they come from (fewer crossing arrows); the data's order breaks ties."""
    coming: dict[str, list[str]] = {}
    for edge in payload.edges:
        coming.setdefault(edge.to, []).append(edge.from_)
    place: dict[str, float] = {}
    out = []
    for level in payload.levels:
        ids = list(level.positions)
        centre = (len(ids) - 1) / 2
        keys = []
        for number, ident in enumerate(ids):
            known = [place[p] for p in coming.get(ident, ()) if p in place]
            keys.append((sum(known) / len(known) if known else number - centre, number, ident))
        ordered = [ident for _, _, ident in sorted(keys)]
        for number, ident in enumerate(ordered):
            place[ident] = number - centre
        out.append(LadderLevel(level=level.level, positions=ordered))
    return out


def _box_lines(node: LadderNode, lang: str) -> list[tuple[str, bool]]:
    lines = [(t, False) for t in wrap(_name(node, lang), BOX_CELLS)]
    other = second(node.name, lang)
    if other:
        lines += [(t, True) for t in wrap(other, BOX_CELLS)]
    return lines


def _box_height(lines: Sequence[tuple[str, bool]]) -> float:
    return 16 + len(lines) * LINE_PX + LINE_PX  # room for a growth note under the names


def ladder_html(payload: LadderResult, lang: str, *, sources: bool = False) -> str:
    """An HTML page that shows the SVG picture (nothing loaded from elsewhere)."""
    from cs_roles.messages import text

    title = xml_escape(text("ladder.title", lang))
    html_lang = quoteattr(lang.partition("+")[0])
    svg = ladder_svg(payload, lang, sources=sources)
    return (
        "\n".join(
            [
                "<!DOCTYPE html>",
                f'<html xmlns="http://www.w3.org/1999/xhtml" lang={html_lang}>',
                "<head>",
                '<meta charset="utf-8"/>',
                '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
                f"<title>{title}</title>",
                "<style>body { margin: 1.5rem; background: #f8fafc; } "
                "figure { margin: 0; overflow-x: auto; }</style>",
                "</head>",
                "<body>",
                f"<figure>{svg.rstrip()}</figure>",
                "</body>",
                "</html>",
            ]
        )
        + "\n"
    )
