"""Plain text for pasting: paragraphs and simple lists, one language, no wrapping, no padding."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from cs_roles.messages import text
from cs_roles.render.labels import pick, source_line


def show_text(role: Mapping[str, Any], lang: str) -> str:
    from cs_roles.render.markdown import crosswalk_line, tool_groups

    out = [pick(role["title"], lang)]
    if role.get("aliases"):
        out.append(f"{text('show.aliases', lang)}: {', '.join(role['aliases'])}")
    out.append("")

    def section(key: str, lines: list[str]) -> None:
        out.extend([text(key, lang), *lines, ""])

    if role.get("summary"):
        section("show.summary", [pick(role["summary"], lang)])
    if role.get("responsibilities"):
        lines = []
        for item in role["responsibilities"]:
            head = pick(item.get("title"), lang)
            body = pick(item["text"], lang)
            lines.append(f"- {head}: {body}" if head else f"- {body}")
        section("show.responsibilities", lines)
    if role.get("skills"):
        lines = []
        for skill in role["skills"]:
            note = pick(skill.get("note"), lang)
            name = pick(skill["name"], lang)
            lines.append(f"- {name}: {note}" if note else f"- {name}")
        section("show.skills", lines)
    if role.get("tools"):
        lines = []
        for group in tool_groups(role["tools"], role.get("tool_purposes"), lang):
            line = f"- {group['category']}: {', '.join(group['tools'])}"
            if group["purpose"]:
                line += f". {group['purpose']}"
            lines.append(line)
        section("show.tools", lines)
    if role.get("career_path"):
        steps = [f"{n}. {pick(step, lang)}" for n, step in enumerate(role["career_path"], 1)]
        section("show.career", steps)
    if role.get("growth"):
        section("show.growth", [f"- {pick(item, lang)}" for item in role["growth"]])
    if role.get("best_practices"):
        section("show.practices", [f"- {pick(item, lang)}" for item in role["best_practices"]])
    if (role.get("crosswalk") or {}).get("onet"):
        lines = [f"- {crosswalk_line(m, lang)}" for m in role["crosswalk"]["onet"]]
        section("show.crosswalk", lines)
    if role.get("source"):
        section("show.source", [source_line(role["source"], lang)])
    return "\n".join(out).rstrip("\n") + "\n"


TEXT: dict[str, Callable[[Any, str], str]] = {"show": show_text}
