"""Plain text for pasting: paragraphs and simple lists, one language, no wrapping, no padding."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from cs_roles.messages import text
from cs_roles.render.labels import pick

if TYPE_CHECKING:
    from cs_roles.results import RoleResult


def show_text(role: RoleResult, lang: str) -> str:
    from cs_roles.render.document import aliases_in, role_sections

    out = [pick(role.title, lang)]
    aliases = aliases_in(role.aliases or (), lang)
    if aliases:
        out.append(f"{text('show.aliases', lang)}: {', '.join(aliases)}")
    out.append("")
    for section in role_sections(role, lang):
        out.append(text(section.key, lang))
        for n, (label, body) in enumerate(section.entries, 1):
            if section.style == "paragraph":
                out.append(body)
            elif section.style == "numbered":
                out.append(f"{n}. {body}")
            elif label:
                out.append(f"- {label}: {body}" if body else f"- {label}")
            else:
                out.append(f"- {body}")
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


TEXT: dict[str, Callable[[Any, str], str]] = {"show": show_text}
