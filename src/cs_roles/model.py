"""The data model: typed records built from the normalized dataset.

Read-only records (`records.Record`), not dataclasses: a dataclass compiles its generated
methods when the class is created, a cost every start-up pays for each class.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypedDict

from cs_roles.records import Record
from cs_roles.results import ROLE_TEXTS

Text = Mapping[str, str]  # language code -> text
_NONE: Mapping[str, Any] = MappingProxyType({})  # the default of a mapping field


class Definition(Record):
    """A skill, tool, tool category or responsibility area: an id with names."""

    id: str
    name: Text
    aliases: tuple[str, ...] = ()
    description: Text | None = None


class Responsibility(Record):
    text: Text
    areas: tuple[str, ...] = ()
    title: Text | None = None


class ToolUse(Record):
    tool: str
    category: str | None = None


class Source(Record):
    title: str
    publisher: str | None = None
    published: str | None = None
    language: str | None = None
    url: str | None = None
    file: str | None = None
    license: str | None = None


class OnetMatch(Record):
    """An O*NET-SOC occupation that names the role, and the title that shows it."""

    code: str
    match: str  # "exact" or "close"
    title: str | None = None
    evidence: str | None = None
    title_ko: str | None = None  # the dataset's translation of the title, not O*NET's


class Crosswalk(Record):
    """The role in other classifications."""

    onet: tuple[OnetMatch, ...] = ()


_NO_CROSSWALK = Crosswalk()


class RoleSummary(TypedDict):
    """What `list` needs of a role, kept in the store so that it never reads whole roles:
    the stored object itself (a record each would cost more than `list` does)."""

    id: str
    title: dict[str, str]
    aliases: list[str]
    skills: int  # how many
    tools: int


class Role(Record):
    id: str
    title: Text
    aliases: tuple[str, ...] = ()  # names the role's source uses
    summary: Text | None = None
    responsibilities: tuple[Responsibility, ...] = ()
    skills: tuple[str, ...] = ()
    skill_notes: Mapping[str, Text] = _NONE  # skill id -> note
    tools: tuple[ToolUse, ...] = ()
    tool_purposes: Mapping[str, Text] = _NONE  # category id -> purpose
    # The role's lists of texts (career_path, growth, best_practices...), by field name in
    # the order the format declares them: code that reads one by name uses its property.
    texts: Mapping[str, tuple[Text, ...]] = _NONE
    source: Source | None = None
    crosswalk: Crosswalk = _NO_CROSSWALK
    # Names people type that the source does not use (format version 3); never shown as
    # the source's.
    everyday_names: tuple[str, ...] = ()
    # The position ids each career_path rung names, rung by rung (format version 3).
    career_positions: tuple[tuple[str, ...], ...] = ()

    @property
    def career_path(self) -> tuple[Text, ...]:
        return self.texts.get("career_path", ())

    @property
    def growth(self) -> tuple[Text, ...]:
        return self.texts.get("growth", ())

    if not TYPE_CHECKING:  # hidden from the type checker, which keeps every other name checked

        def __getattr__(self, name: str) -> tuple[Text, ...]:
            """A role text without a property of its own, by its field name (search reads
            each section so)."""
            if name in ROLE_TEXTS:
                return self.texts.get(name, ())
            raise AttributeError(name)

    @property
    def areas(self) -> tuple[str, ...]:
        """Responsibility areas, each once, in the order the role lists them."""
        return tuple(dict.fromkeys(a for r in self.responsibilities for a in r.areas))

    @property
    def tool_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(use.tool for use in self.tools))

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> Role:
        source = record.get("source")
        crosswalk = record.get("crosswalk") or {}
        return cls(
            id=record["id"],
            title=record["title"],
            aliases=tuple(record.get("aliases") or ()),
            summary=record.get("summary"),
            responsibilities=tuple(
                Responsibility(r["text"], _areas_of(r), r.get("title"))
                for r in record.get("responsibilities") or ()
            ),
            skills=tuple(dict.fromkeys(record.get("skills") or ())),
            skill_notes=dict(record.get("skill_notes") or {}),
            tools=tuple(ToolUse(t["tool"], t.get("category")) for t in record.get("tools") or ()),
            tool_purposes=dict(record.get("tool_purposes") or {}),
            texts={name: tuple(record.get(name) or ()) for name in ROLE_TEXTS},
            source=Source(**source) if source else None,
            crosswalk=Crosswalk(
                tuple(
                    OnetMatch(
                        m["code"], m["match"], m.get("title"), m.get("evidence"), m.get("title_ko")
                    )
                    for m in crosswalk.get("onet") or ()
                )
            ),
            everyday_names=tuple(record.get("everyday_names") or ()),
            career_positions=tuple(tuple(p) for p in record.get("career_positions") or ()),
        )


def _areas_of(responsibility: Mapping[str, Any]) -> tuple[str, ...]:
    """A responsibility's areas (a record of the older form has one `area` or none)."""
    areas = responsibility.get("areas")
    if areas is None:
        area = responsibility.get("area")
        return (area,) if area else ()
    return tuple(areas)
