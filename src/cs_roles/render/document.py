"""A role as a document: which sections `show` has, in what order, with what entries.

Markdown and plain text lay the same document out differently (and the terminal uses its
tool groups and O*NET lines), so what a section holds is decided once, here. By default
they are a job description to paste, in one language: provenance (aliases, the O*NET
crosswalk, the source article) is added only when asked for (`show --provenance`).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cs_roles.hangul import has_hangul
from cs_roles.messages import text
from cs_roles.render.labels import LocalText, pick, source_line
from cs_roles.results import ROLE_TEXTS

if TYPE_CHECKING:
    from cs_roles.results import OnetMatch, RoleResult, RoleTool


# The fields of a role that say where it comes from and what else it is called, rather
# than what the job is.
PROVENANCE = ("aliases", "crosswalk", "source")


def job_description(role: RoleResult, asked: Collection[str] = ()) -> RoleResult:
    """The role without its provenance, what a recruiter pastes into an ad; fields named
    in `asked` (a `--section crosswalk`, say) stay, since they were asked for by name."""
    dropped = set(PROVENANCE) - set(asked)
    return role.keeping([name for name, _ in role._keys if name not in dropped])


def aliases_in(aliases: Sequence[str], lang: str) -> list[str]:
    """The aliases written in the language shown (Korean ones are in Hangul)."""
    korean = lang.partition("+")[0] == "ko"
    return [alias for alias in aliases if has_hangul(alias) == korean]


@dataclass(slots=True)
class Section:
    key: str  # catalog key of the heading
    style: str  # "paragraph", "bullets" or "numbered"
    entries: list[tuple[str, str]]  # (label, body); either may be ""


def role_sections(role: RoleResult, lang: str) -> list[Section]:
    """The sections the role has, each with its entries in `lang`."""
    out: list[Section] = []

    def add(key: str, style: str, entries: list[tuple[str, str]]) -> None:
        if entries:
            out.append(Section(key, style, entries))

    if role.summary:
        add("show.summary", "paragraph", [("", pick(role.summary, lang))])
    add(
        "show.responsibilities",
        "bullets",
        [(pick(r.title, lang), pick(r.text, lang)) for r in role.responsibilities or ()],
    )
    add(
        "show.skills",
        "bullets",
        [(pick(s.name, lang), pick(s.note, lang)) for s in role.skills or ()],
    )
    groups = tool_groups(role.tools or (), role.tool_purposes or {}, lang)
    add(
        "show.tools",
        "bullets",
        [
            (g.category, ", ".join(g.tools) + (f". {g.purpose}" if g.purpose else ""))
            for g in groups
        ],
    )
    for name in ROLE_TEXTS:
        if name == "career_path":  # numbered rungs, with the positions each names
            add("show.career_path", "numbered", [("", rung) for rung in career_rungs(role, lang)])
        else:
            texts: list[LocalText] = getattr(role, name) or []
            add(f"show.{name}", "bullets", [("", pick(item, lang)) for item in texts])
    matches = role.crosswalk.onet if role.crosswalk else ()
    add("show.crosswalk", "bullets", [("", crosswalk_line(m, lang)) for m in matches])
    if role.source:
        add("show.source", "paragraph", [("", source_line(role.source, lang))])
    return out


def entry_lines(section: Section, label: str) -> list[str]:
    """A section's entries as lines of text: a paragraph as it is, numbered entries 1., 2.,
    the rest as bullets, each label written through the template `label` ("**{}**")."""
    lines = []
    for n, (name, body) in enumerate(section.entries, 1):
        if section.style == "paragraph":
            lines.append(body)
        elif section.style == "numbered":
            lines.append(f"{n}. {body}")
        elif name:
            shown = label.format(name)
            lines.append(f"- {shown}: {body}" if body else f"- {shown}")
        else:
            lines.append(f"- {body}")
    return lines


def career_rungs(role: RoleResult, lang: str) -> list[str]:
    """Each rung's text, followed by the names of the positions it names."""
    positions = role.career_positions or []
    rungs = []
    for number, step in enumerate(role.career_path or ()):
        names = [
            pick(p.name, lang) or p.id
            for p in (positions[number] if number < len(positions) else ())
        ]
        said = pick(step, lang)
        rungs.append(
            text("show.rung_positions", lang, text=said, names=", ".join(names)) if names else said
        )
    return rungs


def crosswalk_line(match: OnetMatch, lang: str) -> str:
    kind = text(f"show.match.{match.match}", lang)
    title = match.title
    if match.title_ko and lang.partition("+")[0] == "ko":  # marked as the dataset's reading
        title = text("show.onet_title_translated", lang, title=title, translation=match.title_ko)
    return text(
        "show.crosswalk_line",
        lang,
        code=match.code,
        title=title,
        evidence=match.evidence,
        match=kind,
    )


@dataclass(slots=True)
class ToolGroup:
    category: str  # its name in the language asked for
    purpose: str  # what the role uses it for, "" where the dataset does not say
    tools: list[str]  # the tools' names


def tool_groups(
    tools: Sequence[RoleTool], purposes: Mapping[str, LocalText], lang: str
) -> list[ToolGroup]:
    """Tools grouped by category in the order the role lists them, with each purpose."""
    groups: dict[str | None, ToolGroup] = {}
    for item in tools:
        key = item.category
        group = groups.get(key)
        if group is None:
            category = pick(item.category_name, lang) if key else ""
            purpose = pick(purposes.get(key) if key else None, lang)
            group = groups[key] = ToolGroup(
                category or text("show.uncategorised", lang), purpose, []
            )
        group.tools.append(pick(item.name, lang))
    return list(groups.values())
