"""Dataset format version 1, declared once.

The loader validates against these definitions and `csroles schema` generates the
JSON Schema from them, so the two can never disagree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = 1
SLUG_RE = re.compile(r"[a-z0-9][a-z0-9._-]*\Z")
LANG_RE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*\Z")
DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


@dataclass(frozen=True)
class Spec:
    """The expected shape of one value in a dataset.

    kind: int | string | date | text (a localized text) | list | object | map (slug keys).
    """

    kind: str
    description: str = ""
    required: bool = False
    items: Spec | None = None  # list items, map values
    fields: dict[str, Spec] = field(default_factory=dict)  # object fields
    shorthand: str | None = None  # object written as a bare scalar fills this field
    ref: str | None = None  # a string that must name an item of this top-level section
    non_empty: bool = False

    def default(self) -> Any:
        return [] if self.kind == "list" else {} if self.kind == "map" else None


def _text(description: str, required: bool = False) -> Spec:
    return Spec("text", description, required=required)


def _texts(description: str) -> Spec:
    return Spec("list", description, items=_text("one entry"))


def _names(description: str) -> Spec:
    return Spec("list", description, items=Spec("string", "a name", non_empty=True))


SKILL = Spec(
    "object",
    "A skill, shared by every role that lists it.",
    fields={
        "name": _text("Display name.", required=True),
        "aliases": _names("Other names for the same skill, in any language."),
        "description": _text("What the skill is."),
    },
)

TOOL = Spec(
    "object",
    "A product or kind of software.",
    fields={
        "name": _text("Display name (a product name is usually the same in every language).", True),
        "aliases": _names("Other names and spellings, such as a Korean transliteration."),
        "description": _text("What the tool is."),
    },
)

RESPONSIBILITY = Spec(
    "object",
    "One responsibility of the role.",
    shorthand="text",
    fields={
        "text": _text("What the role does.", required=True),
        "area": Spec("string", "Responsibility area id (see `areas`).", ref="areas"),
        "title": _text("Short heading, as the source gives it."),
    },
)

TOOL_USE = Spec(
    "object",
    "A tool the role uses, in the category the source puts it.",
    shorthand="tool",
    fields={
        "tool": Spec("string", "Tool id (see `tools`).", required=True, ref="tools"),
        "category": Spec("string", "Tool category id (see `categories`).", ref="categories"),
    },
)

SOURCE = Spec(
    "object",
    "Where the role's facts come from.",
    fields={
        "title": Spec("string", "Title of the source document.", required=True, non_empty=True),
        "publisher": Spec("string", "Who published it."),
        "published": Spec("date", "Publication date, YYYY-MM-DD."),
        "language": Spec("string", "Language code of the source."),
        "url": Spec("string", "Where to read it."),
        "file": Spec("string", "File name of a local copy."),
        "license": Spec("string", "Licence of the source."),
    },
)

ROLE = Spec(
    "object",
    "A customer-service role. Only the title is required.",
    fields={
        "title": _text("Job title.", required=True),
        "aliases": _names("Other names people use for the role."),
        "summary": _text("What the role is, in a few sentences."),
        "responsibilities": Spec("list", "What the role does.", items=RESPONSIBILITY),
        "skills": Spec(
            "list", "Skill ids (see `skills`).", items=Spec("string", "skill id", ref="skills")
        ),
        "tools": Spec("list", "Tools and technologies.", items=TOOL_USE),
        "career_path": _texts("Career steps, from entry level upwards."),
        "growth": _texts("Other growth opportunities beside the main path."),
        "best_practices": _texts("What people who do the role well do."),
        "source": SOURCE,
    },
)

DATASET = Spec(
    "object",
    "A csroles dataset, format version 1.",
    fields={
        "schema_version": Spec("int", "Format version; this tool reads 1.", required=True),
        "categories": Spec("map", "Tool categories by id.", items=_text("Category name.")),
        "areas": Spec("map", "Responsibility areas by id.", items=_text("Area name.")),
        "skills": Spec("map", "Skills by id.", items=SKILL),
        "tools": Spec("map", "Tools by id.", items=TOOL),
        "roles": Spec("map", "Roles by id.", items=ROLE, required=True),
    },
)

# Sections that references point into, and the word used for them in messages.
REFERENCE_SECTIONS = {"skills": "skill", "tools": "tool", "categories": "category", "areas": "area"}


def json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of the format, generated from the definitions above."""
    text = {
        "description": "A localized text: a string (English) or a mapping of language to string.",
        "oneOf": [
            {"type": "string", "minLength": 1},
            {
                "type": "object",
                "propertyNames": {"pattern": LANG_RE.pattern.removesuffix(r"\Z") + "$"},
                "additionalProperties": {"type": "string", "minLength": 1},
                "minProperties": 1,
            },
        ],
    }
    slug_pattern = "^" + SLUG_RE.pattern.removesuffix(r"\Z") + "$"
    body = _schema_of(DATASET, slug_pattern)
    body["properties"]["schema_version"]["const"] = SCHEMA_VERSION
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://csroles.invalid/schema/roles-v1.json",
        "title": "csroles dataset, format version 1",
        **body,
        "$defs": {"text": text},
    }


def _schema_of(spec: Spec, slug_pattern: str) -> dict[str, Any]:
    out: dict[str, Any]
    if spec.kind == "text":
        out = {"$ref": "#/$defs/text"}
    elif spec.kind == "int":
        out = {"type": "integer"}
    elif spec.kind == "date":
        out = {"type": "string", "pattern": "^" + DATE_RE.pattern.removesuffix(r"\Z") + "$"}
    elif spec.kind == "string":
        out = {"type": "string"}
        if spec.ref:
            out["pattern"] = slug_pattern
        elif spec.non_empty:
            out["minLength"] = 1
    elif spec.kind == "list":
        assert spec.items is not None
        out = {"type": "array", "items": _schema_of(spec.items, slug_pattern)}
    elif spec.kind == "map":
        assert spec.items is not None
        out = {
            "type": "object",
            "propertyNames": {"pattern": slug_pattern},
            "additionalProperties": _schema_of(spec.items, slug_pattern),
        }
    else:
        obj: dict[str, Any] = {
            "type": "object",
            "properties": {k: _schema_of(v, slug_pattern) for k, v in spec.fields.items()},
            "additionalProperties": False,
        }
        required = [k for k, v in spec.fields.items() if v.required]
        if required:
            obj["required"] = required
        if spec.shorthand:
            short = _schema_of(spec.fields[spec.shorthand], slug_pattern)
            out = {"anyOf": [obj, short]}
        else:
            out = obj
    if spec.description and "$ref" not in out:
        out["description"] = spec.description
    return out
