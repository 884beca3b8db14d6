"""The dataset format's rules, compiled once from `dataset_format`'s declarations, and
the one normalized form every version is read into.

The rules read plain values (what `json.loads` gives, or a YAML file's nodes as
`cs_roles.loader` turns them into plain values), check the format, find every problem by key
path, and build the normalized, JSON-ready data that the rest of the tool (and the cache)
works from. Where a problem is in the file, by line and column, is the loader's business.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from cs_roles.dataset_format import (
    CONTROL_RE,
    DATASETS,
    DATE_RE,
    LANGUAGES,
    REFERENCE_SECTIONS,
    ROLE_TEXTS,
    SCHEMA_VERSION,
    SLUG_RE,
    VERSIONS,
    Spec,
)
from cs_roles.names import names_of

if TYPE_CHECKING:
    import yaml

Normalized = dict[str, Any]


# -- what the rules meet besides plain values ----------------------------------------------


class Refused:
    """A YAML value, or mapping key, that has no plain form (an alias, a tag that is not
    plain data, a duplicate key...): reported, at its own line and column, when the rules
    meet it in a place the format reads."""

    __slots__ = ("column", "key", "line", "params", "step")

    def __init__(self, node: yaml.Node, key: str, step: str | None = None, **params: str | int):
        self.key = key
        self.params = params
        self.line = node.start_mark.line + 1
        self.column = node.start_mark.column + 1
        self.step = step  # for a refused mapping key: the key it names in the path, if any


class Typed:
    """A scalar that is neither text nor a plain number, such as an integer tag on a value
    libyaml cannot read as one; `word` says what it is (a catalog word)."""

    __slots__ = ("word",)

    def __init__(self, word: str) -> None:
        self.word = word


# -- the rules, once for YAML and JSON -----------------------------------------------------

# Where a value sits: (where its parent sits, its key or index); None is the top level.
# Built as the walk goes down (one tuple a value); spelt out only for a problem.
Location = tuple[Any, str | int] | None


class Found:
    """A problem as the rules see it: a key path, not yet a line and column."""

    __slots__ = ("at_key", "first", "key", "params", "path", "refused", "severity", "where")

    def __init__(
        self,
        path: Location,
        key: str,
        params: dict[str, str | int],
        *,
        where: Location = None,
        at_key: bool = False,
        severity: str = "error",
        refused: Refused | None = None,
        first: Location = None,
    ) -> None:
        self.path = path
        self.where = path if where is None else where  # the value (or key) it is located at
        self.at_key = at_key  # at the mapping key of `where` rather than at its value
        self.key = key
        self.params = params
        self.severity = severity
        self.refused = refused  # located already, at the refused node
        self.first = first  # where a value listed twice was first listed


def location_steps(location: Location) -> list[str | int]:
    steps: list[str | int] = []
    while location is not None:
        location, step = location
        steps.append(step)
    steps.reverse()
    return steps


def path_text(location: Location) -> str:
    """roles.team-lead.tools[3].tool"""
    out = ""
    for step in location_steps(location):
        if isinstance(step, int):
            out += f"[{step}]"
        else:
            out = f"{out}.{step}" if out else step
    return out


class Rules:
    """The format's rules over plain values: type checks, normalization, references and
    name clashes, with every problem found. The same for a JSON document (json.loads) and
    for a YAML one (its nodes as plain values); only YAML's are then located by line.

    Each definition is compiled once into a reader function (a walk over a million values
    is mostly call overhead)."""

    def __init__(self, controls: bool = True) -> None:
        self.controls = controls  # whether any string could hold a control character
        self.found: list[Found] = []
        # section -> the ids referred to, and where each reference is (checked after the walk)
        self.refs: dict[str, tuple[list[str], list[Location]]] = {
            section: ([], []) for section in REFERENCE_SECTIONS
        }
        self.slugs: set[str] = set()  # ids of references found to be well formed
        self.scopes: list[dict[tuple[str, str], Location]] = []  # once-per-role/responsibility
        self.keys = [0]  # keys of every mapping read (the JSON reading counts them)
        self.declared: int | None = None  # the version the file declares, if one is read
        self.readers: dict[int, Callable[[Any, Location], Any]] = {}
        self.string = self._plain_string()

    # -- reporting ---------------------------------------------------------------------
    def report(self, path: Location, key: str, /, **params: str | int) -> None:
        self.found.append(Found(path, key, params))

    def report_key(self, path: Location, key: str, /, **params: str | int) -> None:
        self.found.append(Found(path, key, params, at_key=True))

    def refuse(self, path: Location, refused: Refused) -> None:
        if refused.step is not None:
            path = (path, refused.step)
        self.found.append(Found(path, refused.key, refused.params, refused=refused))

    def wrong_kind(self, value: Any, path: Location, key: str) -> None:
        if type(value) is Refused:
            self.refuse(path, value)
        else:
            self.report(path, key, kind=_kind(value))

    # -- walking -----------------------------------------------------------------------
    def walk(self, root: Any) -> Normalized:
        if type(root) is not dict:
            if type(root) is Refused:
                self.refuse(None, root)
            else:
                self.report(None, "problem.top_level")
            return {}
        version = self._check_version(root)
        if version is None:
            return {}
        data = self.reader(DATASETS[version])(root, None)
        if not isinstance(data, dict):
            return {}
        roles = data.get("roles") or {}
        normalize = _NORMALIZE[version]
        data["roles"] = {ident: normalize(role) for ident, role in roles.items()}
        self._check_references(data)
        self._check_name_clashes(data)
        return data

    def _check_version(self, root: dict[Any, Any]) -> int | None:
        """The version to read the file as (None: one this csroles cannot read at all)."""
        if "schema_version" not in root:
            return SCHEMA_VERSION  # reported by the required-field check
        version = _whole_number(root["schema_version"])
        where = (None, "schema_version")
        if version is None:  # reported by the field's own check
            return SCHEMA_VERSION
        if version > SCHEMA_VERSION:
            self.report(where, "problem.version_newer", version=version, newest=SCHEMA_VERSION)
            return None
        if version not in VERSIONS:
            self.report(where, "problem.version_unknown", version=version)
            return SCHEMA_VERSION
        self.declared = version
        return version

    def reader(self, spec: Spec) -> Callable[[Any, Location], Any]:
        read = self.readers.get(id(spec))
        if read is None:
            read = self.readers[id(spec)] = getattr(self, "_" + spec.kind)(spec)
        return read

    def _plain_string(self) -> Callable[[Any, Location, str], str | None]:
        """A string's rules: one value, text, no control character, not blank."""
        controls, report = self.controls, self.report

        def string(value: Any, path: Location, what: str) -> str | None:
            if type(value) is str:
                if controls:
                    bad = CONTROL_RE.search(value)
                    if bad:
                        character = f"U+{ord(bad.group()):04X}"
                        report(path, "problem.control", what=what, character=character)
                        return None
                text = value.strip()
                if text:
                    return text
                report(path, "problem.empty", what=what)
            elif value is None:
                report(path, "problem.empty", what=what)
            elif type(value) is Refused:
                self.refuse(path, value)
            elif type(value) is dict or type(value) is list:
                report(path, "problem.not_single", what=what, kind=_kind(value))
            else:
                report(path, "problem.not_text", what=what, kind=_scalar_kind(value))
            return None

        return string

    def _text(self, spec: Spec) -> Callable[[Any, Location], Any]:
        string, keys, report_key = self.string, self.keys, self.report_key
        languages = " or ".join(LANGUAGES)

        def read(value: Any, path: Location) -> dict[str, str] | None:
            if type(value) is not dict:
                text = string(value, path, "text")
                return {"en": text} if text is not None else None
            keys[0] += len(value)
            out: dict[str, str] = {}
            for lang, given in value.items():
                if type(lang) is Refused:
                    self.refuse(path, lang)
                    continue
                sub = (path, lang)
                if lang not in _LANGUAGE_SET:
                    report_key(sub, "problem.not_a_language", language=lang, languages=languages)
                    continue
                text = string(given, sub, "text")
                if text is not None:
                    out[lang] = text
            if not value:
                self.report(path, "problem.empty", what="text")
            return out or None

        return read

    def _string(self, spec: Spec) -> Callable[[Any, Location], Any]:
        if spec.ref:
            return self._reference(spec)
        string, report = self.string, self.report
        pattern, choices, unique = spec.pattern, spec.choices, spec.unique
        description = spec.description.rstrip(".")

        def read(value: Any, path: Location) -> str | None:
            text = string(value, path, "value")
            if text is None:
                return None
            if pattern is not None and not pattern.match(value):
                report(path, "problem.no_match", value=text, description=description)
                return None
            if choices and value not in choices:
                report(path, "problem.not_a_choice", value=text, choices=" or ".join(choices))
                return None
            if unique:
                self._once(unique, text, path)
            return text

        return read

    def _reference(self, spec: Spec) -> Callable[[Any, Location], Any]:
        """An id of an entry of another section: a slug, checked against the section once
        the walk is over."""
        assert spec.ref is not None
        string, slugs, scopes, unique = self.string, self.slugs, self.scopes, spec.unique
        section = REFERENCE_SECTIONS[spec.ref]
        ids, places = self.refs[spec.ref]

        def read(value: Any, path: Location) -> str | None:
            if type(value) is not str or value not in slugs:  # each id is checked once
                checked = string(value, path, "value")
                if checked is None:
                    return None
                if not SLUG_RE.match(value):
                    self.report(path, "problem.ref_not_slug", section=section, id=checked)
                    return None
                slugs.add(value)
            text: str = value  # a slug: nothing to strip
            ids.append(text)
            places.append(path)
            if unique and scopes:
                first = scopes[-1].setdefault((unique, value), path)
                if first is not path:
                    self._twice(unique, value, path, first)
            return text

        return read

    def _once(self, what: str, value: str, path: Location) -> None:
        """`value` may appear once in the innermost scope (a role, a responsibility)."""
        if self.scopes:
            first = self.scopes[-1].setdefault((what, value), path)
            if first is not path:
                self._twice(what, value, path, first)

    def _twice(self, what: str, value: str, path: Location, first: Location) -> None:
        scope = "responsibility" if len(self.scopes) > 1 else "role"
        params: dict[str, str | int] = {"what": what, "value": value, "scope": scope}
        self.found.append(Found(path, "problem.listed_twice", params, first=first))

    def _int(self, spec: Spec) -> Callable[[Any, Location], Any]:
        def read(value: Any, path: Location) -> int | None:
            number = _whole_number(value)
            if number is None:
                if type(value) is Refused:
                    self.refuse(path, value)
                else:
                    self.report(path, "problem.not_whole_number")
            return number

        return read

    def _date(self, spec: Spec) -> Callable[[Any, Location], Any]:
        def read(value: Any, path: Location) -> str | None:
            if type(value) is str and DATE_RE.match(value):
                return value
            if type(value) is Refused:
                self.refuse(path, value)
            else:
                self.report(path, "problem.not_date")
            return None

        return read

    def _list(self, spec: Spec) -> Callable[[Any, Location], Any]:
        assert spec.items is not None
        item, found = self.reader(spec.items), self.found

        def read(value: Any, path: Location) -> list[Any]:
            if type(value) is not list:
                if value is not None:
                    self.wrong_kind(value, path, "problem.not_list")
                return []
            before = len(found)
            out = [item(given, (path, index)) for index, given in enumerate(value)]
            if len(found) > before:  # an item is None only when a problem was found in it
                out = [read_item for read_item in out if read_item is not None]
            return out

        return read

    def _map(self, spec: Spec) -> Callable[[Any, Location], Any]:
        assert spec.items is not None
        item, keys = self.reader(spec.items), self.keys

        def read(value: Any, path: Location) -> dict[str, Any]:
            if type(value) is not dict:
                if value is not None:
                    self.wrong_kind(value, path, "problem.not_map")
                return {}
            keys[0] += len(value)
            out: dict[str, Any] = {}
            for key, given in value.items():
                if type(key) is Refused:
                    self.refuse(path, key)
                    continue
                sub = (path, key)
                if not SLUG_RE.match(key):
                    self.report_key(sub, "problem.id_not_slug", id=key)
                read_item = item(given, sub)
                if read_item is not None:
                    out[key] = read_item
            return out

        return read

    def _object(self, spec: Spec) -> Callable[[Any, Location], Any]:
        fields, shorthand, scope, scopes = spec.fields, spec.shorthand, spec.scope, self.scopes
        names = fields.keys()
        # {en: ..., ko: ...} stands for the shorthand field when that is a text
        bare_text = shorthand is not None and fields[shorthand].kind == "text"
        bare_text = bare_text and not names & _LANGUAGE_SET
        # (key, reader, required, what an absent or unreadable list or map stands for)
        plan = [
            (key, self.reader(f), f.required, f.default if f.kind in ("list", "map") else None)
            for key, f in fields.items()
        ]
        keys = self.keys
        if shorthand is not None:
            short = self._shorthand(spec, plan)

        def read(value: Any, path: Location) -> dict[str, Any] | None:
            if type(value) is not dict or (bare_text and value and value.keys() <= _LANGUAGE_SET):
                if type(value) is Refused:
                    self.refuse(path, value)
                    return None
                if shorthand is None:
                    self.wrong_kind(value, path, "problem.not_object")
                    return None
                return short(value, path)
            keys[0] += len(value)
            if not value.keys() <= names:
                self._unknown_keys(value, fields, path)
            if scope:
                scopes.append({})
            out: dict[str, Any] = {}  # in the order of the definition, whatever the file's order
            for key, field_read, required, fresh in plan:
                if key in value:
                    read_value = field_read(value[key], (path, key))
                    out[key] = fresh() if read_value is None and fresh else read_value
                    continue
                if required:
                    params: dict[str, str | int] = {"key": key}
                    self.found.append(Found((path, key), "problem.missing_key", params, where=path))
                out[key] = fresh() if fresh else None
            if scope:
                scopes.pop()
            return out

        return read

    def _shorthand(
        self, spec: Spec, plan: list[tuple[str, Callable[[Any, Location], Any], bool, Any]]
    ) -> Callable[[Any, Location], dict[str, Any]]:
        """An object written as the value of its shorthand field alone: the other fields
        take their defaults (a required one is missing)."""
        assert spec.shorthand is not None
        shorthand, scopes = spec.shorthand, self.scopes
        field_read = self.reader(spec.fields[shorthand])
        # one value is never listed twice in itself; a list of values may be
        scoped = spec.scope and spec.fields[shorthand].kind in ("list", "map", "object")
        missing = [key for key, _read, required, _fresh in plan if required and key != shorthand]
        template = dict.fromkeys(key for key, _read, _required, _fresh in plan)  # in order
        fresh_lists = [(key, fresh) for key, _read, _required, fresh in plan if fresh]

        def read(value: Any, path: Location) -> dict[str, Any]:
            if scoped:
                scopes.append({})
            given = field_read(value, (path, shorthand))
            if scoped:
                scopes.pop()
            for key in missing:
                params: dict[str, str | int] = {"key": key}
                self.found.append(Found((path, key), "problem.missing_key", params, where=path))
            out = template.copy()
            out[shorthand] = given
            for key, fresh in fresh_lists:
                if key != shorthand:
                    out[key] = fresh()
            return out

        return read

    def _unknown_keys(self, value: dict[Any, Any], fields: dict[str, Spec], path: Location) -> None:
        for key in value:
            if type(key) is Refused:
                self.refuse(path, key)
            elif key not in fields:
                near = _did_you_mean(key, fields)
                if near:
                    self.report_key((path, key), "problem.unknown_key_near", key=key, near=near)
                else:
                    self.report_key((path, key), "problem.unknown_key", key=key)

    # -- cross-checks ------------------------------------------------------------------
    def _check_references(self, data: Normalized) -> None:
        for section, word in REFERENCE_SECTIONS.items():
            ids, places = self.refs[section]
            defined = data.get(section) or {}
            used = set(ids)
            if defined and not used <= defined.keys():  # section absent: ids stand for themselves
                for ident, path in zip(ids, places, strict=True):
                    if ident not in defined:
                        near = _did_you_mean(ident, defined)
                        if near:
                            self.report(
                                path, "problem.unknown_ref_near", section=word, id=ident, near=near
                            )
                        else:
                            self.report(path, "problem.unknown_ref", section=word, id=ident)
            if used >= defined.keys():
                continue
            for ident in defined:
                if ident not in used:
                    params: dict[str, str | int] = {"section": word, "id": ident}
                    where = ((None, section), ident)
                    found = Found(where, "problem.unused", params, at_key=True, severity="warning")
                    self.found.append(found)

    def _check_name_clashes(self, data: Normalized) -> None:
        """A name (id, title or alias) may mean only one role, one skill, one tool."""
        for section, word in (("roles", "role"), ("skills", "skill"), ("tools", "tool")):
            owner: dict[str, str] = {}
            for ident, entry in (data.get(section) or {}).items():
                if not isinstance(entry, dict):
                    continue
                for name in sorted(set(names_of(ident, entry))):
                    other = owner.setdefault(name, ident)
                    if other != ident:
                        self.report_key(
                            ((None, section), ident),
                            "problem.name_clash",
                            section=word,
                            name=name,
                            other=other,
                        )


def _whole_number(value: Any) -> int | None:
    """An integer (or a float with nothing after the point: JSON does not tell them apart)."""
    if type(value) is int:
        return value
    if type(value) is float and value.is_integer():
        return int(value)
    return None


def _kind(value: Any) -> str:
    """What a value is, as a word of the catalog (word.mapping, ...)."""
    if type(value) is dict:
        return "mapping"
    if type(value) is list:
        return "list"
    return "empty_value" if value is None else "single_value"


def _scalar_kind(value: Any) -> str:
    if type(value) is Typed:
        return value.word
    return "a_boolean" if type(value) is bool else "a_number"


def _did_you_mean(word: str, choices: Iterable[str]) -> str | None:
    """The choice closest to a misspelt word, if one is close enough to suggest."""
    from rapidfuzz import fuzz, process

    match = process.extractOne(word, list(choices), scorer=fuzz.ratio, score_cutoff=60)
    return str(match[0]) if match else None


_LANGUAGE_SET = frozenset(LANGUAGES)


# -- one normalized form for every version ------------------------------------------------


def _role_texts(role: dict[str, Any]) -> dict[str, Any]:
    """Every role text, in declared order (empty where this version does not declare it)."""
    return {name: role.get(name) or [] for name in ROLE_TEXTS}


def _normalize_v1(role: dict[str, Any]) -> dict[str, Any]:
    return {
        "title": role["title"],
        "aliases": role["aliases"],
        "summary": role["summary"],
        "responsibilities": [
            {
                "text": r["text"],
                "areas": [r["area"]] if r.get("area") else [],
                "title": r.get("title"),
            }
            for r in role["responsibilities"]
        ],
        "skills": role["skills"],
        "skill_notes": {},
        "tools": role["tools"],
        "tool_purposes": {},
        **_role_texts(role),
        "source": role["source"],
        "crosswalk": {"onet": []},
    }


def _normalize_v2(role: dict[str, Any]) -> dict[str, Any]:
    skills = [s for s in role["skills"] if s.get("skill")]
    groups = role["tools"]
    crosswalk = role["crosswalk"] or {}
    return {
        "title": role["title"],
        "aliases": role["aliases"],
        "summary": role["summary"],
        "responsibilities": [
            {"text": r["text"], "areas": r.get("areas") or [], "title": r.get("title")}
            for r in role["responsibilities"]
        ],
        "skills": [s["skill"] for s in skills],
        "skill_notes": {s["skill"]: s["note"] for s in skills if s.get("note")},
        "tools": [
            {"tool": tool, "category": group.get("category")}
            for group in groups
            for tool in group.get("tools") or ()
        ],
        "tool_purposes": {g["category"]: g["purpose"] for g in groups if g.get("purpose")},
        **_role_texts(role),
        "source": role["source"],
        "crosswalk": {"onet": crosswalk.get("onet") or []},
    }


def _normalize_v3(role: dict[str, Any]) -> dict[str, Any]:
    """Version 2's form, plus the everyday names and the positions each rung names."""
    rungs = role["career_path"]
    return {
        **_normalize_v2({**role, "career_path": [rung["text"] for rung in rungs]}),
        "everyday_names": role["everyday_names"],
        "career_positions": [rung["positions"] for rung in rungs],
    }


_NORMALIZE = {1: _normalize_v1, 2: _normalize_v2, 3: _normalize_v3}
