"""Read a dataset file and turn it into the normalized form, reporting every problem at once.

One set of rules (`_Rules`, compiled from the declarations of `dataset_format`) reads plain
values: what `json.loads` gives for a JSON file, and for YAML what the composed nodes become
once aliases, tags and duplicate keys are refused (never constructed into arbitrary objects).
The rules check the format, find every problem by key path, and build the normalized,
JSON-ready data that the rest of the tool (and the cache) works from; a YAML problem is then
located to its line and column through the nodes. JSON without a single problem is read
the fast way; anything else is read as YAML, which gives the positions.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterable
from itertools import accumulate
from typing import Any

import yaml

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
from cs_roles.errors import InvalidDataset
from cs_roles.names import names_of
from cs_roles.problems import Message, Problem

Normalized = dict[str, Any]

MAX_DEPTH = 64  # the format nests seven levels; anything far deeper is hostile or broken
# libyaml composes recursively in C, in time that grows with the square of the nesting:
# 100,000 levels take 54 s, and a little more overflows the C stack and kills the process.
# A file that could nest deeper than this is refused before composing (5,000 levels take
# 0.1 s; the format itself nests seven).
MAX_LEVELS = 5_000
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_STEPS = [0] * 256
_STEPS[ord("[")] = _STEPS[ord("{")] = 1
_STEPS[ord("]")] = _STEPS[ord("}")] = -1
# Block indicators, and the characters after which a line can open no more block levels.
_NOT_INDICATORS = bytes(b for b in range(256) if b not in b"-?:[]{}\"'\n")
_LEADING_INDICATORS = re.compile(rb"^[-?:]+", re.M)
_DEEP_INDENT = b"\n" + b" " * (MAX_LEVELS // 2)
_STR = "tag:yaml.org,2002:str"
_NULL = "tag:yaml.org,2002:null"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
# Plain data only: no !!binary (bytes are not text), no !!python/..., no !!set or !!omap.
_SAFE_TAGS = frozenset(
    "tag:yaml.org,2002:" + t
    for t in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq", "merge")
)
_TEXT_TAGS = frozenset((_STR, _TIMESTAMP))  # a date is text where text is expected


def parse_dataset(data: bytes, filename: str) -> tuple[Normalized, list[Problem]]:
    """Validate and normalize a dataset; raises InvalidDataset when it has errors."""
    fast = parse_json(data)
    if fast is not None:
        return fast, []
    _version, normalized, problems = check_dataset(data, filename)
    if any(p.severity == "error" for p in problems):
        raise InvalidDataset(filename, problems)
    return normalized, problems


def check_dataset(data: bytes, filename: str) -> tuple[int | None, Normalized, list[Problem]]:
    """The format version the file declares (None when it declares none this csroles
    reads), the normalized data (meaningless if there are errors) and every problem."""
    # Parsing allocates about a million small acyclic objects; the cyclic garbage collector
    # would scan them again and again for nothing (more than halves the time on O*NET).
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        try:
            root = _compose(data, filename)
        except InvalidDataset as exc:
            return None, {}, exc.problems
        rules = _Rules()
        normalized = rules.walk(_plain_of(root))
        problems = _located(rules.found, root, filename)
        declared = rules.declared
        del rules, root  # their key paths and nodes, before the collector would scan them
    finally:
        if gc_was_enabled:
            gc.enable()
    problems.sort(key=lambda p: (p.line, p.column, p.severity))
    return declared, normalized, problems


def nesting_bound(data: bytes) -> int:
    """An upper bound on how deep the YAML nests, found at C speed without parsing.

    Flow collections nest by brackets (counted as if none sat inside a quoted string, which
    can only overstate it). Block collections nest by indentation (one column a level at
    least), or within one line by an indicator per level (- - x, ? a, a: b), and only
    before the line's first flow collection or quoted scalar: no block collection can open
    after either on the same line, so a minified JSON line counts no `:` at all.
    """
    brackets = data.translate(None, _NOT_BRACKETS)
    flow = max(accumulate(map(_STEPS.__getitem__, brackets)), default=0)
    # Indentation matters only past half the limit: one search says whether any line is
    # indented that far, and only then is every line's indentation measured.
    indent = 0
    if data.find(_DEEP_INDENT) >= 0:
        indent = max(map(len, re.findall(rb"^ +", data, re.M)))
    reduced = data.translate(None, _NOT_INDICATORS)
    per_line = max(map(len, _LEADING_INDICATORS.findall(reduced)), default=0)
    return flow + indent + per_line + 1


def _problem(file: str, key: str, line: int = 0, column: int = 0, **params: str | int) -> Problem:
    return Problem(file, line, column, "", Message(key, params))


def _compose(data: bytes, filename: str) -> yaml.Node:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        not_utf8 = _problem(filename, "problem.not_utf8", line, column)
        raise InvalidDataset(filename, [not_utf8]) from None
    text = text.removeprefix("\ufeff")
    nel = text.find("\x85")  # a line break to YAML 1.1, a character to JSON: refused
    if nel >= 0:
        line = text.count("\n", 0, nel) + 1
        column = nel - (text.rfind("\n", 0, nel) + 1) + 1
        raise InvalidDataset(filename, [_problem(filename, "problem.nel", line, column)])
    if not text.strip() or all(
        not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()
    ):
        raise InvalidDataset(filename, [_problem(filename, "problem.empty_file", 1, 1)])
    loader_class = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loader = loader_class(text)
    bound = nesting_bound(data)
    if bound > MAX_LEVELS:
        levels, limit = f"{bound:,}", f"{MAX_LEVELS:,}"
        too_deep = _problem(filename, "problem.too_many_levels", levels=levels, limit=limit)
        raise InvalidDataset(filename, [too_deep])
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        detail = str(exc.problem or exc.context)
        if exc.context and exc.problem:
            detail += f" ({exc.context})"
        line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        syntax = _problem(filename, "problem.yaml_syntax", line, column, detail=detail)
        raise InvalidDataset(filename, [syntax]) from None
    except yaml.YAMLError as exc:
        error = _problem(filename, "problem.yaml_error", detail=str(exc))
        raise InvalidDataset(filename, [error]) from None
    except RecursionError:
        raise InvalidDataset(filename, [_problem(filename, "problem.too_deep")]) from None
    finally:
        loader.dispose()
    if not isinstance(node, yaml.Node):
        raise InvalidDataset(filename, [_problem(filename, "problem.empty_file", 1, 1)])
    return node


# -- YAML nodes as plain values -------------------------------------------------------------


class _Refused:
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


class _Typed:
    """A scalar that is neither text nor a plain number, such as an integer tag on a value
    libyaml cannot read as one; `word` says what it is (a catalog word)."""

    __slots__ = ("word",)

    def __init__(self, word: str) -> None:
        self.word = word


def _plain_of(root: yaml.Node) -> Any:
    """The node tree as the values JSON would give (dict, list, str, int, float, bool,
    None), so that one set of rules reads YAML and JSON alike. A text scalar keeps its
    characters as written (a date stays text); what has no plain form becomes _Refused."""
    seen: set[int] = set()  # collection nodes already read: a repeat is an alias

    def plain(node: yaml.Node, depth: int) -> Any:
        tag = node.tag
        if node.__class__ is yaml.ScalarNode:
            if tag in _TEXT_TAGS:  # a date is text where text is expected
                return node.value
            if tag == _NULL:
                return None
            if tag not in _SAFE_TAGS:
                return _Refused(node, "problem.tag", tag=tag.replace("tag:yaml.org,2002:", "!!"))
            return _scalar(node)
        if id(node) in seen:
            return _Refused(node, "problem.alias")
        seen.add(id(node))
        if tag not in _SAFE_TAGS:
            return _Refused(node, "problem.tag", tag=tag.replace("tag:yaml.org,2002:", "!!"))
        if depth > MAX_DEPTH:
            return _Refused(node, "problem.too_deep")
        depth += 1
        if node.__class__ is yaml.SequenceNode:
            return [plain(item, depth) for item in node.value]
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if key_node.__class__ is not yaml.ScalarNode or key_node.tag == _NULL:
                out[_Refused(key_node, "problem.key_not_plain")] = None
                continue
            key = key_node.value
            if key == "<<":
                out[_Refused(key_node, "problem.merge_key")] = None
            elif key in out:
                first = _first_line(node, key)
                out[_Refused(key_node, "problem.duplicate_key", key, first=first)] = None
            else:
                out[key] = plain(value_node, depth)
        return out

    return plain(root, 0)


def _first_line(node: yaml.Node, key: str) -> int:
    """The line of a mapping's first key `key` (for a duplicate of it)."""
    line: int = next(k.start_mark.line + 1 for k, _ in node.value if k.value == key)
    return line


def _scalar(node: yaml.ScalarNode) -> Any:
    tag = node.tag
    try:
        if tag == _INT:
            return int(_CONSTRUCTOR.construct_yaml_int(node))
        if tag == _FLOAT:
            return float(_CONSTRUCTOR.construct_yaml_float(node))
        if tag == _BOOL:
            return bool(_CONSTRUCTOR.construct_yaml_bool(node))
    except (ValueError, OverflowError):
        return _Typed("a_number")
    return _Typed("a_single_value")


_CONSTRUCTOR = yaml.constructor.SafeConstructor()


# -- the rules, once for YAML and JSON -----------------------------------------------------

# Where a value sits: (where its parent sits, its key or index); None is the top level.
# Built as the walk goes down (one tuple a value); spelt out only for a problem.
Location = tuple[Any, str | int] | None


class _Found:
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
        refused: _Refused | None = None,
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


def _steps(location: Location) -> list[str | int]:
    steps: list[str | int] = []
    while location is not None:
        location, step = location
        steps.append(step)
    steps.reverse()
    return steps


def _path_text(location: Location) -> str:
    """roles.team-lead.tools[3].tool"""
    out = ""
    for step in _steps(location):
        if isinstance(step, int):
            out += f"[{step}]"
        else:
            out = f"{out}.{step}" if out else step
    return out


class _Rules:
    """The format's rules over plain values: type checks, normalization, references and
    name clashes, with every problem found. The same for a JSON document (json.loads) and
    for a YAML one (its nodes as plain values); only YAML's are then located by line.

    Each definition is compiled once into a reader function (a walk over a million values
    is mostly call overhead)."""

    def __init__(self, controls: bool = True) -> None:
        self.controls = controls  # whether any string could hold a control character
        self.found: list[_Found] = []
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
        self.found.append(_Found(path, key, params))

    def report_key(self, path: Location, key: str, /, **params: str | int) -> None:
        self.found.append(_Found(path, key, params, at_key=True))

    def refuse(self, path: Location, refused: _Refused) -> None:
        if refused.step is not None:
            path = (path, refused.step)
        self.found.append(_Found(path, refused.key, refused.params, refused=refused))

    def wrong_kind(self, value: Any, path: Location, key: str) -> None:
        if type(value) is _Refused:
            self.refuse(path, value)
        else:
            self.report(path, key, kind=_kind(value))

    # -- walking -----------------------------------------------------------------------
    def walk(self, root: Any) -> Normalized:
        if type(root) is not dict:
            if type(root) is _Refused:
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
            elif type(value) is _Refused:
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
                if type(lang) is _Refused:
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
        self.found.append(_Found(path, "problem.listed_twice", params, first=first))

    def _int(self, spec: Spec) -> Callable[[Any, Location], Any]:
        def read(value: Any, path: Location) -> int | None:
            number = _whole_number(value)
            if number is None:
                if type(value) is _Refused:
                    self.refuse(path, value)
                else:
                    self.report(path, "problem.not_whole_number")
            return number

        return read

    def _date(self, spec: Spec) -> Callable[[Any, Location], Any]:
        def read(value: Any, path: Location) -> str | None:
            if type(value) is str and DATE_RE.match(value):
                return value
            if type(value) is _Refused:
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
                if type(key) is _Refused:
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
                if type(value) is _Refused:
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
                    self.found.append(
                        _Found((path, key), "problem.missing_key", params, where=path)
                    )
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
                self.found.append(_Found((path, key), "problem.missing_key", params, where=path))
            out = template.copy()
            out[shorthand] = given
            for key, fresh in fresh_lists:
                if key != shorthand:
                    out[key] = fresh()
            return out

        return read

    def _unknown_keys(self, value: dict[Any, Any], fields: dict[str, Spec], path: Location) -> None:
        for key in value:
            if type(key) is _Refused:
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
                    found = _Found(where, "problem.unused", params, at_key=True, severity="warning")
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
    if type(value) is _Typed:
        return value.word
    return "a_boolean" if type(value) is bool else "a_number"


def _did_you_mean(word: str, choices: Iterable[str]) -> str | None:
    """The choice closest to a misspelt word, if one is close enough to suggest."""
    from rapidfuzz import fuzz, process

    match = process.extractOne(word, list(choices), scorer=fuzz.ratio, score_cutoff=60)
    return str(match[0]) if match else None


_LANGUAGE_SET = frozenset(LANGUAGES)


# -- locating what the rules found in the YAML -----------------------------------------------


def _located(found: list[_Found], root: yaml.Node, filename: str) -> list[Problem]:
    problems = []
    for item in found:
        params = item.params
        if item.refused is not None:
            line, column = item.refused.line, item.refused.column
        else:
            line, column = _position(root, item.where, item.at_key)
        if item.first is not None:
            params = {**params, "first": _position(root, item.first, False)[0]}
        message = Message(item.key, params)
        problems.append(
            Problem(filename, line, column, _path_text(item.path), message, item.severity)
        )
    return problems


def _position(root: yaml.Node, location: Location, at_key: bool) -> tuple[int, int]:
    """The line and column of the node a key path leads to (or of its key). A step that
    the node does not have is a shorthand (a bare value standing for one field): the value
    itself is the place."""
    node, key_node = root, None
    for step in _steps(location):
        if isinstance(step, int):
            if isinstance(node, yaml.SequenceNode) and step < len(node.value):
                node, key_node = node.value[step], None
            continue
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if isinstance(k, yaml.ScalarNode) and k.tag != _NULL and k.value == step:
                    node, key_node = v, k
                    break
    mark = (key_node if at_key and key_node is not None else node).start_mark
    return mark.line + 1, mark.column + 1


# -- JSON, read fast -----------------------------------------------------------------------

# What JSON reads one way and YAML (1.1, as libyaml reads it) another, or not at all: raw
# line and paragraph separators (line breaks to YAML), a BOM or a non-character inside the
# text, surrogate escapes (JSON pairs them, libyaml refuses them), tabs outside strings.
_JSON_DOUBTS = (
    b"\t",
    b"\xe2\x80\xa8",
    b"\xe2\x80\xa9",
    b"\xef\xbb\xbf",
    b"\xef\xbf\xbe",
    b"\xef\xbf\xbf",
)
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
_LOOSE_KEY = re.compile(rb'"[ \n\r]+:')  # space between a key and its colon: not counted
# A control character in a JSON string is written raw (C1, DEL) or as an escape.
_JSON_CONTROLS = re.compile(rb"\\(?:[bfr]|u00[01189][0-9a-fA-F]|u007[fF])|\x7f|\xc2[\x80-\x9f]")
_LONGEST_YAML_KEY = 1000  # libyaml reads a key of more than 1,024 characters as no key at all


def parse_json(data: bytes) -> Normalized | None:
    """The normalized form of a dataset written as JSON, read with `json.loads`, or None.

    json.loads gives the same plain values that the YAML way makes of the nodes, and the
    same rules read them; positions are all that JSON lacks. So: None unless the file is
    JSON, reads the same as JSON and as YAML, and has not a single problem (not even a
    warning). Everything else goes the YAML way, which locates each problem by line and
    column."""
    if not data[:64].lstrip().startswith(b"{") or any(d in data for d in _JSON_DOUBTS):
        return None
    if b"\\u" in data and _SURROGATE_ESCAPE.search(data):
        return None
    import json

    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        document = json.loads(data)
        rules = _Rules(controls=_JSON_CONTROLS.search(data) is not None)
        normalized = rules.walk(document)
        del document  # the normalized copy shares its strings; the rest can go now
        clean, keys = not rules.found, rules.keys[0]
        del rules  # and its key paths, before the collector would scan them
    except (ValueError, RecursionError):
        return None
    finally:
        if gc_was_enabled:
            gc.enable()
    if not clean:
        return None
    # json.loads keeps the last of two equal keys: count the keys written in the text
    # (a key's closing quote and its colon; keys hold no backslash, values no raw quote).
    if _LOOSE_KEY.search(data) or keys != data.count(b'":') - data.count(b'\\":'):
        return None
    sections = (section for section in normalized.values() if isinstance(section, dict))
    if any(len(key) > _LONGEST_YAML_KEY for section in sections for key in section):
        return None
    return normalized


# -- one normalized form for every version ------------------------------------------------


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
        **{name: role[name] for name in ROLE_TEXTS},
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
        **{name: role[name] for name in ROLE_TEXTS},
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
