"""`path`: routes along the career lattice, for a terminal and as Markdown.

Both read the typed `PathResult` by attribute, the object `--json` prints, so what they
show is what the JSON gives. A step between two roles of the dataset shows
its learning plan (what `gap` gives); any other step shows what the articles that state it
say of its positions. Each route ends with its total plan: every item once, at the step
that first needs it. When there is no route, the positions that can reach the goal.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from cs_roles.render.labels import pick
from cs_roles.render.ladder import (
    DIM_STYLE,
    ROLE_STYLE,
    Line,
    finish_lines,
    markdown_text,
    rule_lines,
    wrap,
)

if TYPE_CHECKING:
    from rich.text import Text

    from cs_roles.results import GapResult, PathResult, PathStep

DIMENSIONS = ("skills", "tools", "areas")


def _text(key: str, lang: str, **params: object) -> str:
    from cs_roles.messages import text

    return text(key, lang, **params)


def _position(payload: PathResult, ident: str, lang: str) -> str:
    node = payload.positions.get(ident)
    return (pick(node.name, lang) if node else "") or ident


def _is_role(payload: PathResult, ident: str) -> bool:
    node = payload.positions.get(ident)
    return bool(node and node.is_role)


def _gap_names(gap: GapResult, lang: str) -> dict[str, list[str]]:
    """The names of what a step's gap asks to learn, by dimension."""
    return {
        "skills": [pick(s.name, lang) or s.id for s in gap.skills],
        "tools": [pick(t.name, lang) or t.id for g in gap.tools for t in g.tools],
        "areas": [pick(a.name, lang) or a.id for a in gap.areas],
    }


def _no_plan_name(payload: PathResult, step: PathStep, lang: str) -> str:
    ident = step.to if _is_role(payload, step.from_) else step.from_
    return _position(payload, ident, lang)


def _heading(payload: PathResult, lang: str) -> str:
    a, b = _position(payload, payload.from_, lang), _position(payload, payload.to, lang)
    return f"{_text('route.title', lang)}: {a} → {b}"


def _count(payload: PathResult, lang: str) -> str:
    steps = len(payload.routes[0].steps)
    return _text("route.count", lang, count=len(payload.routes), steps=steps)


# -- terminal --------------------------------------------------------------------------------


def route_table(result: PathResult, lang: str) -> Text:
    """`path` in a terminal: lines no wider than the console, styled where it has colour."""
    from rich.text import Text

    from cs_roles.render.terminal import width

    return Text.from_markup("\n".join(route_lines(result, lang, width(), styled=True)))


def route_lines(payload: PathResult, lang: str, width: int, *, styled: bool = False) -> list[str]:
    """The routes as lines of at most `width` cells."""
    width = max(width, 10)
    out: list[Line] = [[(t, "bold")] for t in wrap(_heading(payload, lang), width)]
    if not payload.found:
        out += _nearest_lines(payload, lang, width)
        return finish_lines(out, styled)
    if not payload.routes[0].steps:
        name = _position(payload, payload.from_, lang)
        out += [[(t, None)] for t in wrap(_text("route.same", lang, name=name), width)]
        return finish_lines(out, styled)
    out += [[(t, DIM_STYLE)] for t in wrap(_count(payload, lang), width)]
    one = " " * min(2, width // 10)
    two = " " * min(4, width // 6)
    for number, route in enumerate(payload.routes, 1):
        out.append([("", None)])
        out += rule_lines(_text("route.route", lang, number=number), width)
        for index, step in enumerate(route.steps, 1):
            out += _step_lines(payload, step, index, lang, width, one, two)
        out.append([("", None)])
        out += [[(t, "bold")] for t in wrap(_text("route.total", lang), width)]
        if not route.total:
            out += [
                [(t, DIM_STYLE)] for t in wrap(_text("route.total_empty", lang), width, one, one)
            ]
        for item in route.total:
            kind = _text(f"plan.kind_{item.kind}", lang)
            name = pick(item.name, lang) or item.id
            at = _text("route.at_step", lang, number=item.step + 1)
            out += [[(t, None)] for t in wrap(f"{name} ({kind}, {at})", width, f"{one}☐ ", two)]
    return finish_lines(out, styled)


def _step_lines(
    payload: PathResult,
    step: PathStep,
    number: int,
    lang: str,
    width: int,
    one: str,
    two: str,
) -> list[Line]:
    a, b = _position(payload, step.from_, lang), _position(payload, step.to, lang)
    title = f"{_text('route.step', lang, number=number)}: {a} → {b}"
    out: list[Line] = [[(t, ROLE_STYLE if step.gap else "bold")] for t in wrap(title, width)]
    said = ", ".join(s.role for s in step.sources)
    out += [
        [(t, DIM_STYLE)] for t in wrap(f"{_text('route.stated_by', lang)}: {said}", width, one, two)
    ]
    gap = step.gap
    if gap is None:
        name = _no_plan_name(payload, step, lang)
        out += [
            [(t, DIM_STYLE)] for t in wrap(_text("route.no_plan", lang, name=name), width, one, two)
        ]
        if step.texts:
            out += [[(t, None)] for t in wrap(_text("route.says", lang) + ":", width, one, one)]
        for said_text in step.texts:
            line = f"{pick(said_text.text, lang)} ({said_text.role})"
            out += [[(t, None)] for t in wrap(line, width, f"{two}• ", two + "  ")]
        return out
    out += [[(t, None)] for t in wrap(_text("route.to_learn", lang) + ":", width, one, one)]
    names = _gap_names(gap, lang)
    for dimension in DIMENSIONS:
        shown = ", ".join(names[dimension]) or _text("fit.nothing", lang)
        label = _text(f"plan.{dimension}", lang)
        out += [[(t, None)] for t in wrap(f"{label}: {shown}", width, two, two + "  ")]
    return out


def _nearest_lines(payload: PathResult, lang: str, width: int) -> list[Line]:
    a, b = _position(payload, payload.from_, lang), _position(payload, payload.to, lang)
    out: list[Line] = [[(t, None)] for t in wrap(_text("route.none", lang, a=a, b=b), width)]
    if not payload.nearest:
        out += [[(t, DIM_STYLE)] for t in wrap(_text("route.nearest_none", lang, b=b), width)]
        return out
    out += [[(t, None)] for t in wrap(_text("route.nearest", lang, b=b) + ":", width)]
    for near in payload.nearest:
        away = _text("route.steps_away", lang, count=near.distance)
        line = f"{_position(payload, near.id, lang)} ({away})"
        style = ROLE_STYLE if _is_role(payload, near.id) else None
        out += [[(t, style)] for t in wrap(line, width, "  • ", "    ")]
    return out


# -- Markdown ---------------------------------------------------------------------------------


def route_markdown(payload: PathResult, lang: str) -> str:
    """Each route as a checklist per step, then its total plan."""
    out = [f"# {markdown_text(_heading(payload, lang))}", ""]
    if not payload.found:
        a, b = _position(payload, payload.from_, lang), _position(payload, payload.to, lang)
        out += [markdown_text(_text("route.none", lang, a=a, b=b)), ""]
        if payload.nearest:
            out += [markdown_text(_text("route.nearest", lang, b=b)) + ":", ""]
            for near in payload.nearest:
                away = _text("route.steps_away", lang, count=near.distance)
                out.append(f"- {markdown_text(_position(payload, near.id, lang))} ({away})")
        else:
            out.append(markdown_text(_text("route.nearest_none", lang, b=b)))
        return "\n".join(out).rstrip("\n") + "\n"
    if not payload.routes[0].steps:
        name = _position(payload, payload.from_, lang)
        return "\n".join([*out, markdown_text(_text("route.same", lang, name=name))]) + "\n"
    out += [_count(payload, lang), ""]
    for number, route in enumerate(payload.routes, 1):
        out += [f"## {_text('route.route', lang, number=number)}", ""]
        for index, step in enumerate(route.steps, 1):
            out += _step_markdown(payload, step, index, lang)
        out += [f"### {_text('route.total', lang)}", ""]
        if not route.total:
            out += [_text("route.total_empty", lang), ""]
        for item in route.total:
            kind = _text(f"plan.kind_{item.kind}", lang)
            at = _text("route.at_step", lang, number=item.step + 1)
            out.append(
                f"- [ ] **{markdown_text(pick(item.name, lang) or item.id)}** ({kind}, {at})"
            )
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def _step_markdown(payload: PathResult, step: PathStep, number: int, lang: str) -> list[str]:
    a, b = _position(payload, step.from_, lang), _position(payload, step.to, lang)
    out = [
        f"### {_text('route.step', lang, number=number)}: {markdown_text(a)} → {markdown_text(b)}",
        "",
    ]
    said = ", ".join(f"`{s.role}`" for s in step.sources)
    out += [f"*{_text('route.stated_by', lang)}:* {said}", ""]
    gap = step.gap
    if gap is None:
        name = _no_plan_name(payload, step, lang)
        out += [f"*{markdown_text(_text('route.no_plan', lang, name=name))}*", ""]
        if step.texts:
            out += [f"{_text('route.says', lang)}:", ""]
            out += [f"- {markdown_text(pick(t.text, lang))} (`{t.role}`)" for t in step.texts]
            out.append("")
        return out
    names = _gap_names(gap, lang)
    out += [f"{_text('route.to_learn', lang)}:", ""]
    for dimension in DIMENSIONS:
        label = _text(f"plan.{dimension}", lang)
        items: Sequence[str] = names[dimension]
        if not items:
            out.append(f"- {label}: {_text('fit.nothing', lang)}")
            continue
        out.append(f"- {label}:")
        out += [f"  - [ ] {markdown_text(name)}" for name in items]
    out.append("")
    return out
