"""A role as a document: which sections `show` has, in what order, with what entries.

Markdown and plain text lay the same document out differently (and the terminal uses its
tool groups and O*NET lines), so what a section holds is decided once, here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cs_roles.messages import text
from cs_roles.render.labels import pick, source_line


@dataclass(slots=True)
class Section:
    key: str  # catalog key of the heading
    style: str  # "paragraph", "bullets" or "numbered"
    entries: list[tuple[str, str]]  # (label, body); either may be ""


def role_sections(role: Mapping[str, Any], lang: str) -> list[Section]:
    """The sections the role has, each with its entries in `lang`."""
    out: list[Section] = []

    def add(key: str, style: str, entries: list[tuple[str, str]]) -> None:
        if entries:
            out.append(Section(key, style, entries))

    if role.get("summary"):
        add("show.summary", "paragraph", [("", pick(role["summary"], lang))])
    add(
        "show.responsibilities",
        "bullets",
        [
            (pick(r.get("title"), lang), pick(r["text"], lang))
            for r in role.get("responsibilities") or ()
        ],
    )
    add(
        "show.skills",
        "bullets",
        [(pick(s["name"], lang), pick(s.get("note"), lang)) for s in role.get("skills") or ()],
    )
    groups = tool_groups(role.get("tools") or (), role.get("tool_purposes"), lang)
    add(
        "show.tools",
        "bullets",
        [
            (g["category"], ", ".join(g["tools"]) + (f". {g['purpose']}" if g["purpose"] else ""))
            for g in groups
        ],
    )
    add(
        "show.career",
        "numbered",
        [("", pick(step, lang)) for step in role.get("career_path") or ()],
    )
    add("show.growth", "bullets", [("", pick(item, lang)) for item in role.get("growth") or ()])
    add(
        "show.practices",
        "bullets",
        [("", pick(item, lang)) for item in role.get("best_practices") or ()],
    )
    matches = (role.get("crosswalk") or {}).get("onet") or ()
    add("show.crosswalk", "bullets", [("", crosswalk_line(m, lang)) for m in matches])
    if role.get("source"):
        add("show.source", "paragraph", [("", source_line(role["source"], lang))])
    return out


def crosswalk_line(match: Mapping[str, Any], lang: str) -> str:
    kind = text(f"show.match.{match['match']}", lang)
    return text(
        "show.crosswalk_line",
        lang,
        code=match["code"],
        title=match["title"],
        evidence=match["evidence"],
        match=kind,
    )


def tool_groups(
    tools: Sequence[Mapping[str, Any]], purposes: Mapping[str, Any] | None, lang: str
) -> list[dict[str, Any]]:
    """Tools grouped by category in the order the role lists them, with each purpose."""
    groups: dict[str | None, dict[str, Any]] = {}
    for item in tools:
        key = item.get("category")
        group = groups.get(key)
        if group is None:
            category = pick(item.get("category_name"), lang) if key else ""
            purpose = pick((purposes or {}).get(key) if key else None, lang)
            group = groups[key] = {
                "id": key,
                "category": category or text("show.uncategorised", lang),
                "purpose": purpose,
                "tools": [],
            }
        group["tools"].append(pick(item["name"], lang))
    return list(groups.values())
