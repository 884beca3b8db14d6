"""JSON Schemas (draft 2020-12) of what each command's `--json` prints: the contract.

`csroles schema NAME` prints them; the tests validate every command's real output against
them, so the README, the schemas and the code say the same thing. Fields are only ever
added within a major version, so objects allow additional properties.
"""

from __future__ import annotations

from typing import Any

Schema = dict[str, Any]

TEXT: Schema = {
    "description": "A localized text: en and ko are always present (null where missing).",
    "type": "object",
    "required": ["en", "ko"],
    "properties": {"en": {"type": ["string", "null"]}, "ko": {"type": ["string", "null"]}},
}
NULLABLE_TEXT: Schema = {"anyOf": [{"$ref": "#/$defs/text"}, {"type": "null"}]}
IDS: Schema = {"type": "array", "items": {"type": "string"}}
SCORE: Schema = {"type": ["number", "null"], "minimum": 0, "maximum": 1}


def _object(required: dict[str, Schema], optional: dict[str, Schema] | None = None) -> Schema:
    return {
        "type": "object",
        "required": list(required),
        "properties": {**required, **(optional or {})},
    }


def _names_by_id() -> Schema:
    return {"type": "object", "additionalProperties": NULLABLE_TEXT}


def _ref(name: str) -> Schema:
    return {"$ref": f"#/$defs/{name}"}


# A skill of a role: its id and name, and what it means for the role (show, gap).
_SKILL = _object({"id": {"type": "string"}, "name": _ref("text")}, {"note": NULLABLE_TEXT})

_LIST_ROW = _object(
    {
        "id": {"type": "string"},
        "title": _ref("text"),
        "aliases": IDS,
        "skills": {"type": "integer", "minimum": 0},
        "tools": {"type": "integer", "minimum": 0},
    }
)

_SHOW = _object(
    {"id": {"type": "string"}, "title": _ref("text")},
    {
        "aliases": IDS,
        "summary": NULLABLE_TEXT,
        "responsibilities": {
            "type": "array",
            "items": _object(
                {
                    "areas": IDS,
                    "area_names": {"type": "array", "items": _ref("text")},
                    "text": _ref("text"),
                },
                {
                    "area": {"type": ["string", "null"]},
                    "area_name": NULLABLE_TEXT,
                    "title": NULLABLE_TEXT,
                },
            ),
        },
        "skills": {"type": "array", "items": _SKILL},
        "tools": {
            "type": "array",
            "items": _object(
                {"id": {"type": "string"}, "name": _ref("text")},
                {"category": {"type": ["string", "null"]}, "category_name": NULLABLE_TEXT},
            ),
        },
        "tool_purposes": {"type": "object", "additionalProperties": _ref("text")},
        "career_path": {"type": "array", "items": _ref("text")},
        "growth": {"type": "array", "items": _ref("text")},
        "best_practices": {"type": "array", "items": _ref("text")},
        "crosswalk": _object(
            {
                "onet": {
                    "type": "array",
                    "items": _object(
                        {
                            "code": {"type": "string", "pattern": r"^\d{2}-\d{4}\.\d{2}$"},
                            "title": {"type": "string"},
                            "evidence": {"type": "string"},
                            "match": {"enum": ["exact", "close"]},
                        }
                    ),
                }
            }
        ),
        "source": {
            "anyOf": [
                _object(
                    {"title": {"type": "string"}},
                    {
                        k: {"type": ["string", "null"]}
                        for k in ("publisher", "published", "language", "url", "file", "license")
                    },
                ),
                {"type": "null"},
            ]
        },
    },
)

_DIMENSION_DIFF = _object({"shared": IDS, "only": {"type": "object", "additionalProperties": IDS}})
_MATRIX = {
    "type": "object",
    "additionalProperties": {"type": "object", "additionalProperties": IDS},
}
_NAMES = {"type": "object", "additionalProperties": _names_by_id()}

_COMPARE = _object(
    {
        "roles": {**IDS, "minItems": 2},
        "similarity": _object({"overall": SCORE}, {d: SCORE for d in ("skills", "tools", "areas")}),
        "matrix": _MATRIX,
        "names": _NAMES,
    },
    {
        "skills": _DIMENSION_DIFF,
        "tools": _DIMENSION_DIFF,
        "areas": _DIMENSION_DIFF,
        "tool_categories": {
            "type": "array",
            "items": _object(
                {
                    "category": {"type": "string"},
                    "tools": {"type": "object", "additionalProperties": IDS},
                    "shared": IDS,
                }
            ),
        },
    },
)

_BY_DIMENSION = _object({d: IDS for d in ("skills", "tools", "areas")})
_SIMILAR = _object(
    {
        "role": {"type": "string"},
        "title": _ref("text"),
        "similar": {
            "type": "array",
            "items": _object(
                {
                    "id": {"type": "string"},
                    "title": _ref("text"),
                    "similarity": _object(
                        {d: SCORE for d in ("skills", "tools", "areas", "overall")}
                    ),
                    "shared": _BY_DIMENSION,
                    "missing": _BY_DIMENSION,
                }
            ),
        },
        "names": _NAMES,
    }
)

_MATRIX_PAYLOAD = _object(
    {
        "dimension": {"enum": ["skills", "tools", "areas"]},
        "roles": IDS,
        "matrix": _MATRIX,
        "names": _NAMES,
    }
)

_HIT = _object(
    {
        "kind": {"enum": ["role", "skill", "tool", "category", "area", "text"]},
        "id": {"type": "string"},
        "name": _ref("text"),
        "matched": {"type": "string"},
        "score": {"type": "number", "minimum": 0, "maximum": 100},
        "roles": IDS,
        "section": {"type": ["string", "null"]},
    }
)
_SEARCH = _object({"query": {"type": "string"}, "hits": {"type": "array", "items": _HIT}})

_PROBLEM = _object(
    {
        "file": {"type": "string"},
        "line": {"type": "integer", "minimum": 0},
        "column": {"type": "integer", "minimum": 0},
        "path": {"type": "string"},
        "severity": {"enum": ["error", "warning"]},
        "message": {"type": "string"},
    }
)
_VALIDATE = _object(
    {
        "file": {"type": "string"},
        "schema_version": {"type": ["integer", "null"]},
        "valid": {"type": "boolean"},
        "errors": {"type": "integer", "minimum": 0},
        "warnings": {"type": "integer", "minimum": 0},
        "problems": {"type": "array", "items": _PROBLEM},
    }
)

_FIGURE = _object(
    {
        "have": {"type": "integer", "minimum": 0},
        "needed": {"type": "integer", "minimum": 0},
        "ratio": SCORE,
    }
)
_COVERAGE = _object({"skills": _FIGURE, "tools": _FIGURE, "areas": _FIGURE, "overall": SCORE})
_MATCH = _object(
    {
        "kind": {"enum": ["skill", "tool", "area"]},
        "id": {"type": "string"},
        "name": _ref("text"),
    }
)
_ITEM = _object(
    {
        "item": {"type": "string"},
        "status": {"enum": ["resolved", "ambiguous", "unknown"]},
        "counts_as": {"type": "array", "items": _MATCH},
        "suggestions": {"type": "array", "items": _MATCH},
    }
)
_HAVE = _object({d: IDS for d in ("skills", "tools", "areas")})
_FIT_ROLE = _object(
    {
        "id": {"type": "string"},
        "title": _ref("text"),
        "coverage": _COVERAGE,
        "missing": _HAVE,
        "transferable": {
            "type": "array",
            "items": _object(
                {"tool": {"type": "string"}, "category": {"type": "string"}, "known": IDS}
            ),
        },
    }
)
_FIT = _object(
    {
        "items": {"type": "array", "items": _ITEM},
        "have": _HAVE,
        "ranked_by": {"type": "string"},
        "roles": {"type": "array", "items": _FIT_ROLE},
        "names": _NAMES,
    }
)
_GAP = _object(
    {
        "from": {"type": ["string", "null"]},
        "to": {"type": "string"},
        "titles": _object({"from": NULLABLE_TEXT, "to": _ref("text")}),
        "items": {"type": "array", "items": _ITEM},
        "have": _HAVE,
        "coverage": _COVERAGE,
        "skills": {"type": "array", "items": _SKILL},
        "tools": {
            "type": "array",
            "items": _object(
                {
                    "category": {"type": ["string", "null"]},
                    "category_name": NULLABLE_TEXT,
                    "tools": {
                        "type": "array",
                        "items": _object({"id": {"type": "string"}, "name": _ref("text")}),
                    },
                    "known": {
                        "type": "array",
                        "items": _object({"id": {"type": "string"}, "name": _ref("text")}),
                    },
                },
                {"purpose": NULLABLE_TEXT},
            ),
        },
        "areas": {
            "type": "array",
            "items": _object(
                {
                    "id": {"type": "string"},
                    "name": NULLABLE_TEXT,
                    "responsibilities": {
                        "type": "array",
                        "items": _object({"text": _ref("text")}, {"title": NULLABLE_TEXT}),
                    },
                }
            ),
        },
    }
)

SCHEMAS: dict[str, tuple[str, Schema]] = {
    "show": ("csroles show --json: one role", _SHOW),
    "list": ("csroles list --json: every role", {"type": "array", "items": _LIST_ROW}),
    "compare": ("csroles compare --json: shared and only-in sets, similarity", _COMPARE),
    "similar": ("csroles similar --json: the other roles, most similar first", _SIMILAR),
    "matrix": ("csroles matrix --json: every item with the roles that have it", _MATRIX_PAYLOAD),
    "search": ("csroles search --json: hits, best first", _SEARCH),
    "validate": ("csroles validate --json: every problem", _VALIDATE),
    "fit": ("csroles fit --json: your items and the roles ranked by fit", _FIT),
    "gap": ("csroles gap --json: what to add to move from one role to another", _GAP),
}

# JSON lines: one record a line, each matching this part of the command's schema.
RECORDS: dict[str, Schema] = {
    "list": _LIST_ROW,
    "search": _HIT,
    "validate": _PROBLEM,
    "similar": _SIMILAR["properties"]["similar"]["items"],
    "fit": _FIT_ROLE,
}


def output_schema(name: str) -> Schema:
    title, body = SCHEMAS[name]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://csroles.invalid/schema/output/{name}.json",
        "title": title,
        **body,
        "$defs": {"text": TEXT},
    }
