"""Dataset formats (versions 1, 2 and 3), declared once.

The loader validates against these definitions and `csroles schema` generates the
JSON Schema from them, so the two can never disagree. Both versions load into one
normalized form (see `cs_roles.loader`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

# The newest format; every version from 1 up to this one is read. A version is a whole
# number: version 3 is version 2 plus optional fields (the "2.1" of the issue that added
# them), so every version 2 file is read by the version 3 rules unchanged but for its number.
SCHEMA_VERSION = 3
VERSIONS = (1, 2, 3)
# Career levels of a named position, from the first job upwards.
POSITION_LEVELS = ("entry", "experienced", "lead", "manager", "director", "executive")
SLUG_RE = re.compile(r"[a-z0-9][a-z0-9._-]*\Z")
LANGUAGES = ("en", "ko")  # the only language keys a localized text may have
DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
ONET_CODE_RE = re.compile(r"[0-9]{2}-[0-9]{4}\.[0-9]{2}\Z")
# Characters refused anywhere in a string (C0 and C1 controls; tab and line feed are fine).
CONTROL_CLASS = r"\x00-\x08\x0b-\x1f\x7f-\x9f"
CONTROL_RE = re.compile(f"[{CONTROL_CLASS}]")


@dataclass(frozen=True)
class Spec:
    """The expected shape of one value in a dataset.

    kind: int | string | date | text (a localized text) | list | object | map (slug keys).
    Every string is non-blank and free of control characters.
    """

    kind: str
    description: str = ""
    required: bool = False
    items: Spec | None = None  # list items, map values
    fields: dict[str, Spec] = field(default_factory=dict)  # object fields
    shorthand: str | None = None  # object written as a bare scalar fills this field
    ref: str | None = None  # a string that must name an item of this top-level section (a slug)
    pattern: re.Pattern[str] | None = None  # a string that must match this in full
    choices: tuple[str, ...] = ()  # a string that must be one of these
    unique: str | None = None  # a string that may appear once per scope ("skill", "tool"...)
    scope: bool = False  # an object within which `unique` strings are counted
    # A role's list of texts that every output carries by its name alone (see ROLE_TEXTS).
    role_text: bool = False

    def default(self) -> Any:
        return [] if self.kind == "list" else {} if self.kind == "map" else None


def _text(description: str, required: bool = False) -> Spec:
    return Spec("text", description, required=required)


def _texts(description: str) -> Spec:
    return Spec("list", description, items=_text("one entry"), role_text=True)


def _names(description: str) -> Spec:
    return Spec("list", description, items=Spec("string", "a name"))


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

SOURCE = Spec(
    "object",
    "Where the role's facts come from.",
    fields={
        "title": Spec("string", "Title of the source document.", required=True),
        "publisher": Spec("string", "Who published it."),
        "published": Spec("date", "Publication date, YYYY-MM-DD."),
        "language": Spec("string", "Language code of the source."),
        "url": Spec("string", "Where to read it."),
        "file": Spec("string", "File name of a local copy."),
        "license": Spec("string", "Licence of the source."),
    },
)


def _skill_ref(description: str, required: bool = False) -> Spec:
    return Spec("string", description, required=required, ref="skills", unique="skill")


def _tool_ref(description: str, required: bool = False) -> Spec:
    return Spec("string", description, required=required, ref="tools", unique="tool")


def _category_ref(description: str) -> Spec:
    return Spec("string", description, ref="categories")


# -- version 1 ------------------------------------------------------------------------------

RESPONSIBILITY_V1 = Spec(
    "object",
    "One responsibility of the role.",
    shorthand="text",
    fields={
        "text": _text("What the role does.", required=True),
        "area": Spec("string", "Responsibility area id (see `areas`).", ref="areas"),
        "title": _text("Short heading, as the source gives it."),
    },
)

TOOL_USE_V1 = Spec(
    "object",
    "A tool the role uses, in the category the source puts it.",
    shorthand="tool",
    fields={
        "tool": _tool_ref("Tool id (see `tools`).", required=True),
        "category": _category_ref("Tool category id (see `categories`)."),
    },
)

_ROLE_START = {
    "title": _text("Job title.", required=True),
    "aliases": _names("Other names people use for this job only."),
    "summary": _text("What the role is, in a few sentences."),
}
_ROLE_END = {
    "career_path": _texts("Career rungs, from entry level upwards."),
    "growth": _texts("Specialisations, lateral moves, advice and other opportunities."),
    "best_practices": _texts("What people who do the role well do."),
    "source": SOURCE,
}

ROLE_V1 = Spec(
    "object",
    "A customer-service role. Only the title is required.",
    scope=True,
    fields={
        **_ROLE_START,
        "responsibilities": Spec("list", "What the role does.", items=RESPONSIBILITY_V1),
        "skills": Spec("list", "Skill ids (see `skills`).", items=_skill_ref("skill id")),
        "tools": Spec("list", "Tools and technologies.", items=TOOL_USE_V1),
        **_ROLE_END,
    },
)

# -- version 2 ------------------------------------------------------------------------------

RESPONSIBILITY_V2 = Spec(
    "object",
    "One responsibility of the role.",
    shorthand="text",
    scope=True,
    fields={
        "title": _text("Short heading, as the source gives it."),
        "areas": Spec(
            "list",
            "Responsibility area ids (see `areas`), each once.",
            items=Spec("string", "area id", ref="areas", unique="area"),
        ),
        "text": _text("What the role does.", required=True),
    },
)

SKILL_USE = Spec(
    "object",
    "A skill the role needs, with what it means for this role.",
    shorthand="skill",
    fields={
        "skill": _skill_ref("Skill id (see `skills`).", required=True),
        "note": _text("What this skill means for this role, from the source."),
    },
)

TOOL_GROUP = Spec(
    "object",
    "Tools of one category, with what the role uses them for.",
    fields={
        "category": Spec(
            "string",
            "Tool category id (see `categories`); one group per category.",
            required=True,
            ref="categories",
            unique="category",
        ),
        "purpose": _text("What the role uses this category of tools for, from the source."),
        "tools": Spec(
            "list",
            "Tool ids (see `tools`); a tool appears once in a role.",
            required=True,
            items=_tool_ref("tool id"),
        ),
    },
)

ONET_MATCH = Spec(
    "object",
    "An O*NET-SOC occupation that names this job.",
    fields={
        "code": Spec(
            "string", "O*NET-SOC code, written NN-NNNN.NN.", required=True, pattern=ONET_CODE_RE
        ),
        "title": Spec("string", "The occupation's O*NET title (Occupation Data)."),
        "evidence": Spec("string", "The alternate title or title that names this job."),
        "title_ko": Spec(
            "string",
            "The O*NET title read in Korean: this dataset's own translation (O*NET publishes "
            "its titles in English only), shown as a translation, never as O*NET's words.",
        ),
        "match": Spec(
            "string", "How closely the occupation fits.", required=True, choices=("exact", "close")
        ),
    },
)

CROSSWALK = Spec(
    "object",
    "The role in other classifications.",
    fields={
        "onet": Spec(
            "list", "O*NET-SOC occupations (none when no match is honest).", items=ONET_MATCH
        ),
    },
)

ROLE_V2 = Spec(
    "object",
    "A customer-service role. Only the title is required.",
    scope=True,
    fields={
        **_ROLE_START,
        "responsibilities": Spec("list", "What the role does.", items=RESPONSIBILITY_V2),
        "skills": Spec(
            "list", "Skills, each once: {skill, note} or a bare skill id.", items=SKILL_USE
        ),
        "tools": Spec(
            "list", "Tools grouped by category; a tool appears once in a role.", items=TOOL_GROUP
        ),
        **_ROLE_END,
        "crosswalk": CROSSWALK,
    },
)


# -- version 3: version 2 plus the names' provenance, career positions and concepts -----------

CAREER_RUNG = Spec(
    "object",
    "One rung of the career path: the positions it names and what the source says of it.",
    shorthand="text",
    scope=True,
    fields={
        "positions": Spec(
            "list",
            "Position ids (see `positions`), each once: the jobs the rung names, in its order.",
            items=Spec("string", "position id", ref="positions", unique="position"),
        ),
        "text": _text("What the rung is, from the source.", required=True),
    },
)

ROLE_V3 = Spec(
    "object",
    "A customer-service role. Only the title is required.",
    scope=True,
    fields={
        "title": _ROLE_START["title"],
        "aliases": _names(
            "Other names of this job that its source itself uses (an abbreviation such as "
            "CSA, a name the text gives the role)."
        ),
        "everyday_names": _names(
            "Names people type for this job that its source does not use (synonyms, "
            "everyday words such as 팀장). Shown as everyday names, never as the source's. "
            "A name two roles share is generic: it names neither, and lists both."
        ),
        "summary": _ROLE_START["summary"],
        "responsibilities": ROLE_V2.fields["responsibilities"],
        "skills": ROLE_V2.fields["skills"],
        "tools": ROLE_V2.fields["tools"],
        "career_path": Spec(
            "list",
            "Career rungs, from entry level upwards: {positions, text} or a bare text.",
            items=CAREER_RUNG,
            role_text=True,  # normalized to the rungs' texts (and the positions beside them)
        ),
        **{k: v for k, v in _ROLE_END.items() if k != "career_path"},
        "crosswalk": CROSSWALK,
    },
)

# The role's lists of texts, in their order. A field marked `role_text` is copied by the
# loader, held by the model, indexed by search and printed by every renderer under the
# heading `show.<field>` without any of them naming it: a new one is its declaration here,
# its line in `results.RoleResult` (typed `RoleTexts`, in the same order) and its heading.
ROLE_TEXTS = tuple(name for name, spec in ROLE_V3.fields.items() if spec.role_text)

POSITION = Spec(
    "object",
    "A job position the sources name on a career path, shared by every role that names it.",
    fields={
        "name": _text("Display name.", required=True),
        "role": Spec(
            "string", "The role of this dataset the position is, if it is one.", pattern=SLUG_RE
        ),
        "level": Spec(
            "string", "Career level, from the first job upwards.", choices=POSITION_LEVELS
        ),
    },
)

CONCEPT_TERMS = Spec(
    "object",
    "The words people use for the concept, by language.",
    required=True,
    fields={lang: _names(f"Terms in {lang}.") for lang in LANGUAGES},
)

CONCEPT = Spec(
    "object",
    "A word people use for something of the dataset, and what it points to. Not a fact "
    "about any role: a search or a fit reads it to find what the word means here.",
    fields={
        "terms": CONCEPT_TERMS,
        "categories": Spec(
            "list", "Tool category ids.", items=Spec("string", "category id", ref="categories")
        ),
        "tools": Spec("list", "Tool ids.", items=Spec("string", "tool id", ref="tools")),
        "areas": Spec("list", "Area ids.", items=Spec("string", "area id", ref="areas")),
        "skills": Spec("list", "Skill ids.", items=Spec("string", "skill id", ref="skills")),
    },
)


def _dataset(version: int, role: Spec) -> Spec:
    fields = {
        "schema_version": Spec("int", f"Format version: {version}.", required=True),
        "categories": Spec("map", "Tool categories by id.", items=_text("Category name.")),
        "areas": Spec("map", "Responsibility areas by id.", items=_text("Area name.")),
        "skills": Spec("map", "Skills by id.", items=SKILL),
        "tools": Spec("map", "Tools by id.", items=TOOL),
    }
    if version >= 3:
        fields["positions"] = Spec("map", "Career positions by id.", items=POSITION)
        fields["concepts"] = Spec("map", "The vocabulary of concepts by id.", items=CONCEPT)
    fields["roles"] = Spec("map", "Roles by id.", items=role, required=True)
    return Spec("object", f"A csroles dataset, format version {version}.", fields=fields)


DATASETS = {1: _dataset(1, ROLE_V1), 2: _dataset(2, ROLE_V2), 3: _dataset(3, ROLE_V3)}

# Sections that references point into, and the word used for them in messages.
REFERENCE_SECTIONS = {
    "skills": "skill",
    "tools": "tool",
    "categories": "category",
    "areas": "area",
    "positions": "position",
}


# -- JSON Schema ----------------------------------------------------------------------------


def _anchored(regex: re.Pattern[str]) -> str:
    """A Python full-match regex as a JSON Schema pattern, anchored the same in ECMA-262 and
    Python (`$` would also match before a final line feed in Python; `(?![\\s\\S])` cannot)."""
    return "^" + regex.pattern.removesuffix(r"\Z") + r"(?![\s\S])"


def json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of the format, generated from the definitions above."""
    defs: dict[str, Any] = {
        "string": {
            "description": "A string with something in it besides spaces, and no control "
            "characters.",
            "type": "string",
            "minLength": 1,
            "pattern": rf"^(?!\s*(?![\s\S]))[^{CONTROL_CLASS}]*(?![\s\S])",
        },
        "slug": {
            "description": "An id: lowercase letters, digits, '-', '_' and '.'.",
            "type": "string",
            "pattern": _anchored(SLUG_RE),
        },
        "text": {
            "description": "A localized text: a string (English) or a mapping of language "
            f"({' or '.join(LANGUAGES)}) to string.",
            "oneOf": [
                {"$ref": "#/$defs/string"},
                {
                    "type": "object",
                    "propertyNames": {"enum": list(LANGUAGES)},
                    "additionalProperties": {"$ref": "#/$defs/string"},
                    "minProperties": 1,
                },
            ],
        },
    }
    for version, spec in DATASETS.items():
        body = _schema_of(spec)
        body["properties"]["schema_version"]["const"] = version
        defs[f"v{version}"] = body
    newest = max(VERSIONS)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://csroles.invalid/schema/roles-v{newest}.json",
        "title": f"csroles dataset, format version {newest} (versions 1 and 2 are still read)",
        "type": "object",
        "required": ["schema_version"],
        "properties": {"schema_version": {"enum": list(VERSIONS)}},
        "if": {"properties": {"schema_version": {"const": 1}}},
        "then": {"$ref": "#/$defs/v1"},
        "else": {
            "if": {"properties": {"schema_version": {"const": 2}}},
            "then": {"$ref": "#/$defs/v2"},
            "else": {"$ref": f"#/$defs/v{newest}"},
        },
        "$defs": defs,
    }


def _has_unique(spec: Spec) -> bool:
    if spec.unique:
        return True
    return spec.kind == "object" and not spec.scope and any(f.unique for f in spec.fields.values())


def _schema_of(spec: Spec) -> dict[str, Any]:
    out: dict[str, Any]
    if spec.kind == "text":
        out = {"$ref": "#/$defs/text"}
    elif spec.kind == "int":
        out = {"type": "integer"}
    elif spec.kind == "date":
        out = {"type": "string", "pattern": _anchored(DATE_RE)}
    elif spec.kind == "string":
        if spec.ref:
            out = {"$ref": "#/$defs/slug"}
        elif spec.choices:
            out = {"enum": list(spec.choices)}
        elif spec.pattern is not None:
            out = {"type": "string", "pattern": _anchored(spec.pattern)}
        else:
            out = {"$ref": "#/$defs/string"}
    elif spec.kind == "list":
        assert spec.items is not None
        # null reads as an empty list
        out = {"type": ["array", "null"], "items": _schema_of(spec.items)}
        if _has_unique(spec.items):
            out["uniqueItems"] = True
    elif spec.kind == "map":
        assert spec.items is not None
        out = {
            "type": ["object", "null"],  # null reads as an empty mapping
            "propertyNames": {"$ref": "#/$defs/slug"},
            "additionalProperties": _schema_of(spec.items),
        }
    else:
        obj: dict[str, Any] = {
            "type": "object",
            "properties": {k: _schema_of(v) for k, v in spec.fields.items()},
            "additionalProperties": False,
        }
        required = [k for k, v in spec.fields.items() if v.required]
        if required:
            obj["required"] = required
        if spec.shorthand:
            short = _schema_of(spec.fields[spec.shorthand])
            out = {"anyOf": [obj, short]}
        else:
            out = obj
    if spec.description and "$ref" not in out:
        out["description"] = spec.description
    return out
