"""Plain text for pasting: paragraphs and simple lists, one language, no wrapping, no padding."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from cs_roles.messages import text
from cs_roles.render.labels import pick

if TYPE_CHECKING:
    from cs_roles.results import RoleResult


def show_text(role: RoleResult, lang: str) -> str:
    from cs_roles.render.document import aliases_in, entry_lines, role_sections

    out = [pick(role.title, lang)]
    aliases = aliases_in(role.aliases or (), lang)
    if aliases:
        out.append(f"{text('show.aliases', lang)}: {', '.join(aliases)}")
    out.append("")
    for section in role_sections(role, lang):
        out += [text(section.key, lang), *entry_lines(section, "{}"), ""]
    return "\n".join(out).rstrip("\n") + "\n"


TEXT: dict[str, Callable[[Any, str], str]] = {"show": show_text}
