"""Read a dataset file and turn it into the normalized form, reporting every problem at once.

YAML is composed into nodes (never constructed into arbitrary objects), and one walk over
the nodes checks the format, records the line and column of each problem, and builds the
normalized, JSON-ready data that the rest of the tool (and the cache) works from.
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
    SCHEMA_VERSION,
    SLUG_RE,
    VERSIONS,
    Spec,
)
from cs_roles.errors import InvalidDataset
from cs_roles.names import names_of
from cs_roles.problems import Problem

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
_SCALAR_KINDS = {_INT: "a number", _FLOAT: "a number", _BOOL: "true or false"}


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
        walker = _Walker(filename)
        normalized = walker.walk(root)
    finally:
        if gc_was_enabled:
            gc.enable()
    problems = sorted(walker.problems, key=lambda p: (p.line, p.column, p.severity))
    return walker.declared, normalized, problems


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


def _problem(file: str, message: str) -> Problem:
    return Problem(file, 0, 0, "", message)


def _compose(data: bytes, filename: str) -> yaml.Node:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise InvalidDataset(
            filename,
            [Problem(filename, line, column, "", "file is not valid UTF-8 (save it as UTF-8)")],
        ) from None
    text = text.removeprefix("\ufeff")
    nel = text.find("\x85")  # a line break to YAML 1.1, a character to JSON: refused
    if nel >= 0:
        line = text.count("\n", 0, nel) + 1
        column = nel - (text.rfind("\n", 0, nel) + 1) + 1
        message = "the file contains the control character U+0085 (write it as \\x85)"
        raise InvalidDataset(filename, [Problem(filename, line, column, "", message)])
    if not text.strip() or all(
        not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()
    ):
        raise InvalidDataset(filename, [Problem(filename, 1, 1, "", "file is empty")])
    loader_class = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loader = loader_class(text)
    bound = nesting_bound(data)
    if bound > MAX_LEVELS:
        message = f"nesting is too deep (up to {bound:,} levels; at most {MAX_LEVELS:,} are read)"
        raise InvalidDataset(filename, [_problem(filename, message)])
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = f"YAML syntax error: {exc.problem or exc.context}"
        if exc.context and exc.problem:
            message += f" ({exc.context})"
        line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        raise InvalidDataset(filename, [Problem(filename, line, column, "", message)]) from None
    except yaml.YAMLError as exc:
        raise InvalidDataset(filename, [_problem(filename, f"YAML error: {exc}")]) from None
    except RecursionError:
        raise InvalidDataset(filename, [_problem(filename, "nesting is too deep")]) from None
    finally:
        loader.dispose()
    if not isinstance(node, yaml.Node):
        raise InvalidDataset(filename, [Problem(filename, 1, 1, "", "file is empty")])
    return node


class _Walker:
    """One pass over the YAML nodes: type checks, normalization, references, name clashes."""

    def __init__(self, filename: str) -> None:
        self.file = filename
        self.problems: list[Problem] = []
        self.seen: set[int] = set()  # collection nodes already visited: a repeat is an alias
        # (section, id, path, node) of every reference, checked once the definitions are known
        self.refs: list[tuple[str, str, str, yaml.Node]] = []
        self.key_marks: dict[str, tuple[int, int]] = {}  # map entry path -> (line, column)
        # strings that may appear once in a role or a responsibility: (what, id) -> node
        self.scopes: list[dict[tuple[str, str], yaml.Node]] = []
        self.declared: int | None = None  # the version the file declares, if one is read

    # -- reporting ---------------------------------------------------------------------
    def error(
        self, node: yaml.Node | None, path: str, message: str, severity: str = "error"
    ) -> None:
        line, column = (node.start_mark.line + 1, node.start_mark.column + 1) if node else (0, 0)
        self.problems.append(Problem(self.file, line, column, path, message, severity))

    # -- walking -----------------------------------------------------------------------
    def walk(self, root: yaml.Node) -> Normalized:
        if not isinstance(root, yaml.MappingNode):
            self.error(root, "", "the top level must be a mapping with schema_version and roles")
            return {}
        version = self._check_version(root)
        if version is None:
            return {}
        data = self.value(root, DATASETS[version], "", 0)
        if not isinstance(data, dict):
            return {}
        roles = data.get("roles") or {}
        normalize = _NORMALIZE[version]
        data["roles"] = {ident: normalize(role) for ident, role in roles.items()}
        self._check_references(data)
        self._check_unused(data)
        self._check_name_clashes(data)
        return data

    def _check_version(self, root: yaml.MappingNode) -> int | None:
        """The version to read the file as (None: one this csroles cannot read at all)."""
        for key, value in root.value:
            if isinstance(key, yaml.ScalarNode) and key.value == "schema_version":
                version = _whole_number(value)
                if version is None:  # reported by the field's own check
                    return SCHEMA_VERSION
                if version > SCHEMA_VERSION:
                    self.error(
                        value,
                        "schema_version",
                        f"format version {version} is newer than this csroles understands "
                        f"({SCHEMA_VERSION}); upgrade csroles",
                    )
                    return None
                if version not in VERSIONS:
                    self.error(value, "schema_version", f"unknown format version {version}")
                    return SCHEMA_VERSION
                self.declared = version
                return version
        return SCHEMA_VERSION  # a missing schema_version is reported by the required-field check

    def value(self, node: yaml.Node, spec: Spec, path: str, depth: int) -> Any:
        if depth > MAX_DEPTH:
            self.error(node, path, "nesting is too deep")
            return None
        if not isinstance(node, yaml.ScalarNode):
            if id(node) in self.seen:
                self.error(node, path, "YAML aliases (*name) are not allowed; write the value out")
                return None
            self.seen.add(id(node))
        tag = node.tag
        if tag not in _SAFE_TAGS:
            shown = tag.replace("tag:yaml.org,2002:", "!!")
            self.error(node, path, f"tag '{shown}' is not allowed (only plain YAML data is read)")
            return None
        kind = spec.kind
        if kind == "text":
            return self.text(node, path)
        if kind == "string":
            return self.string(node, spec, path)
        if kind == "object":
            return self.object(node, spec, path, depth)
        if kind == "list":
            return self.list(node, spec, path, depth)
        if kind == "map":
            return self.map(node, spec, path, depth)
        if kind == "int":
            number = _whole_number(node)
            if number is None:
                self.error(node, path, "must be a whole number")
            return number
        if kind == "date":
            if (
                not isinstance(node, yaml.ScalarNode)
                or tag not in _TEXT_TAGS
                or not DATE_RE.match(node.value)
            ):
                self.error(node, path, "must be a date written YYYY-MM-DD")
                return None
            return str(node.value)
        raise AssertionError(kind)

    def scalar_text(self, node: yaml.Node, path: str, what: str) -> str | None:
        if not isinstance(node, yaml.ScalarNode):
            self.error(node, path, f"{what} must be a single value, not a {_node_kind(node)}")
            return None
        if node.tag not in _TEXT_TAGS:
            if node.tag == _NULL:
                self.error(node, path, f"{what} is empty")
            else:
                kind = _SCALAR_KINDS.get(node.tag, "a single value")
                self.error(node, path, f"{what} must be text, not {kind} (put it in quotes)")
            return None
        raw = node.value
        bad = CONTROL_RE.search(raw)
        if bad:
            character = ord(bad.group())
            self.error(node, path, f"{what} contains the control character U+{character:04X}")
            return None
        text = raw.strip()
        if not text:
            self.error(node, path, f"{what} is empty")
            return None
        return str(text)

    def string(self, node: yaml.Node, spec: Spec, path: str) -> str | None:
        text = self.scalar_text(node, path, "value")
        if text is None:
            return None
        if spec.ref:
            word = REFERENCE_SECTIONS[spec.ref]
            if not SLUG_RE.match(node.value):
                self.error(
                    node,
                    path,
                    f"{word} id '{text}' is not a slug "
                    "(use lowercase letters, digits, '-', '_' and '.')",
                )
                return None
            self.refs.append((spec.ref, text, path, node))
        elif spec.pattern is not None and not spec.pattern.match(node.value):
            self.error(node, path, f"'{text}' is not a valid {spec.description.rstrip('.')}")
            return None
        elif spec.choices and node.value not in spec.choices:
            choices = " or ".join(spec.choices)
            self.error(node, path, f"'{text}' is not one of {choices}")
            return None
        if spec.unique and self.scopes:
            scope = self.scopes[-1]
            first = scope.setdefault((spec.unique, text), node)
            if first is not node:
                where = "responsibility" if len(self.scopes) > 1 else "role"
                self.error(
                    node,
                    path,
                    f"{spec.unique} '{text}' is listed twice in this {where} "
                    f"(first on line {first.start_mark.line + 1})",
                )
        return text

    def text(self, node: yaml.Node, path: str) -> dict[str, str] | None:
        if isinstance(node, yaml.MappingNode):
            out: dict[str, str] = {}
            for key_node, value_node in self.pairs(node, path):
                lang = key_node.value
                sub = f"{path}.{lang}"
                if lang not in LANGUAGES:
                    self.error(
                        key_node,
                        sub,
                        f"'{lang}' is not a language this format has "
                        f"(use {' or '.join(LANGUAGES)})",
                    )
                    continue
                value = self.scalar_text(value_node, sub, "text")
                if value is not None:
                    out[lang] = value
            if not out and not node.value:
                self.error(node, path, "text is empty")
            return out or None
        value = self.scalar_text(node, path, "text")
        return {"en": value} if value is not None else None

    def pairs(
        self, node: yaml.MappingNode, path: str
    ) -> Iterable[tuple[yaml.ScalarNode, yaml.Node]]:
        """A mapping's (key, value) pairs; duplicate and non-scalar keys are reported, skipped."""
        seen: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == _NULL:
                self.error(key_node, path, "keys must be plain names")
                continue
            key = key_node.value
            if key == "<<":
                self.error(
                    key_node, path, "YAML merge keys (<<) are not allowed; write the keys out"
                )
                continue
            if key in seen:
                first = seen[key].start_mark.line + 1
                self.error(
                    key_node, _join(path, key), f"duplicate key (first defined on line {first})"
                )
                continue
            seen[key] = key_node
            yield key_node, value_node

    def object(self, node: yaml.Node, spec: Spec, path: str, depth: int) -> dict[str, Any] | None:
        if spec.shorthand is not None and (
            not isinstance(node, yaml.MappingNode) or _is_bare_text(node, spec)
        ):
            self.seen.discard(id(node))  # walked again as the value of the shorthand's key
            node = _shorthand(node, spec.shorthand)
        if not isinstance(node, yaml.MappingNode):
            self.error(node, path, f"must be a mapping of keys to values, not a {_node_kind(node)}")
            return None
        if spec.scope:
            self.scopes.append({})
        try:
            return self._fields(node, spec, path, depth)
        finally:
            if spec.scope:
                self.scopes.pop()

    def _fields(
        self, node: yaml.MappingNode, spec: Spec, path: str, depth: int
    ) -> dict[str, Any] | None:
        fields = spec.fields
        found: dict[str, Any] = {}
        for key_node, value_node in self.pairs(node, path):
            key = key_node.value
            sub = _join(path, key)
            field_spec = fields.get(key)
            if field_spec is None:
                self.error(key_node, sub, f"unknown key '{key}'{_did_you_mean(key, fields)}")
                continue
            found[key] = self.value(value_node, field_spec, sub, depth + 1)
        out: dict[str, Any] = {}  # in the order of the definition, whatever the file's order
        for key, field_spec in fields.items():
            value = found.get(key, _MISSING)
            if value is _MISSING:
                if field_spec.required:
                    self.error(node, _join(path, key), f"missing required key '{key}'")
                value = field_spec.default()
            elif value is None and field_spec.kind in ("list", "map"):
                value = field_spec.default()
            out[key] = value
        return out

    def list(self, node: yaml.Node, spec: Spec, path: str, depth: int) -> list[Any]:
        if isinstance(node, yaml.ScalarNode) and node.tag == _NULL:
            return []
        if not isinstance(node, yaml.SequenceNode):
            self.error(node, path, f"must be a list, not a {_node_kind(node)}")
            return []
        assert spec.items is not None
        items = spec.items
        out = []
        for index, item in enumerate(node.value):
            value = self.value(item, items, f"{path}[{index}]", depth + 1)
            if value is not None:
                out.append(value)
        return out

    def map(self, node: yaml.Node, spec: Spec, path: str, depth: int) -> dict[str, Any]:
        if isinstance(node, yaml.ScalarNode) and node.tag == _NULL:
            return {}
        if not isinstance(node, yaml.MappingNode):
            self.error(node, path, f"must be a mapping of ids to entries, not a {_node_kind(node)}")
            return {}
        assert spec.items is not None
        items = spec.items
        out: dict[str, Any] = {}
        for key_node, value_node in self.pairs(node, path):
            key = key_node.value
            sub = _join(path, key)
            self.key_marks[sub] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            if not SLUG_RE.match(key):
                self.error(
                    key_node,
                    sub,
                    f"id '{key}' is not a slug (use lowercase letters, digits, '-', '_' and '.')",
                )
            value = self.value(value_node, items, sub, depth + 1)
            if value is not None:
                out[key] = value
        return out

    # -- cross-checks ------------------------------------------------------------------
    def _check_references(self, data: Normalized) -> None:
        for section, ident, path, node in self.refs:
            defined = data.get(section)
            if not defined:  # section absent: ids stand for themselves
                continue
            if ident not in defined:
                word = REFERENCE_SECTIONS[section]
                self.error(node, path, f"unknown {word} '{ident}'{_did_you_mean(ident, defined)}")

    def _check_unused(self, data: Normalized) -> None:
        used: dict[str, set[str]] = {section: set() for section in REFERENCE_SECTIONS}
        for section, ident, _path, _node in self.refs:
            used[section].add(ident)
        for section, word in REFERENCE_SECTIONS.items():
            for ident in data.get(section) or {}:
                if ident not in used[section]:
                    self.problems.append(
                        Problem(
                            self.file,
                            *self.key_marks.get(f"{section}.{ident}", (0, 0)),
                            f"{section}.{ident}",
                            f"{word} '{ident}' is defined but no role uses it",
                            "warning",
                        )
                    )

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
                        self.problems.append(
                            Problem(
                                self.file,
                                *self.key_marks.get(f"{section}.{ident}", (0, 0)),
                                f"{section}.{ident}",
                                f"name '{name}' also belongs to {word} '{other}'; "
                                f"a name must mean one {word}",
                            )
                        )


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


class _Doubt(Exception):
    """The fast reading cannot vouch for this document: read it as YAML, with positions."""


def parse_json(data: bytes) -> Normalized | None:
    """The normalized form of a dataset written as JSON, read with `json.loads`, or None.

    None unless the file is JSON, reads the same as JSON and as YAML, and is valid without
    a single warning: then, and only then, the node walker would return the very same
    data. Everything else (errors, warnings, anything unusual) goes the YAML way, which
    locates each problem by line and column."""
    if not data[:64].lstrip().startswith(b"{") or any(d in data for d in _JSON_DOUBTS):
        return None
    if b"\\u" in data and _SURROGATE_ESCAPE.search(data):
        return None
    import json

    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        document = json.loads(data)
        walker = _PlainWalker(controls=_JSON_CONTROLS.search(data) is not None)
        normalized = walker.walk(document)
        del document  # the normalized copy shares its strings; the rest can go now
        # json.loads keeps the last of two equal keys: count the keys written in the text
        # (a key's closing quote and its colon; keys hold no backslash, values no raw quote).
        if _LOOSE_KEY.search(data) or walker.keys[0] != data.count(b'":') - data.count(b'\\":'):
            return None
    except (ValueError, RecursionError, _Doubt):
        return None
    finally:
        if gc_was_enabled:
            gc.enable()
    return normalized


class _PlainWalker:
    """The node walker's rules over plain JSON values, for documents without a problem:
    the first doubt raises _Doubt. Builds the same normalized form.

    Each definition is compiled once into a reader function (a walk over a million values
    is mostly call overhead). Ids referred to are checked once each, after the walk."""

    def __init__(self, controls: bool) -> None:
        self.controls = controls  # whether any string could hold a control character
        self.refs: dict[str, list[str]] = {section: [] for section in REFERENCE_SECTIONS}
        self.scopes: list[set[tuple[str, str]]] = []
        self.keys = [0]  # keys of every mapping in the document
        self.readers: dict[int, Callable[[Any], Any]] = {}
        self.string = self._plain_string()

    def walk(self, document: Any) -> Normalized:
        if type(document) is not dict:
            raise _Doubt
        version = document.get("schema_version")
        if type(version) is not int or version not in VERSIONS:
            raise _Doubt
        data: Normalized = self.reader(DATASETS[version])(document)
        normalize = _NORMALIZE[version]
        data["roles"] = {ident: normalize(role) for ident, role in data["roles"].items()}
        for section in REFERENCE_SECTIONS:
            used = set(self.refs[section])
            if not all(SLUG_RE.match(ident) for ident in used):
                raise _Doubt
            defined = data.get(section)
            if defined and used != defined.keys():
                raise _Doubt  # an unknown reference (an error) or an unused definition (a warning)
        for section in ("roles", "skills", "tools"):
            owner: dict[str, str] = {}
            for ident, entry in data[section].items():
                for name in names_of(ident, entry):
                    if owner.setdefault(name, ident) != ident:
                        raise _Doubt
        return data

    def reader(self, spec: Spec) -> Callable[[Any], Any]:
        read = self.readers.get(id(spec))
        if read is None:
            read = self.readers[id(spec)] = getattr(self, "_" + spec.kind)(spec)
        return read

    def _plain_string(self) -> Callable[[Any], str]:
        controls = self.controls

        def string(value: Any) -> str:
            if type(value) is not str or (controls and CONTROL_RE.search(value)):
                raise _Doubt
            text = value.strip()
            if not text:
                raise _Doubt
            return text

        return string

    def _text(self, spec: Spec) -> Callable[[Any], Any]:
        string, keys = self.string, self.keys

        def read(value: Any) -> dict[str, str]:
            if type(value) is dict:
                if not value or not value.keys() <= _LANGUAGE_SET:
                    raise _Doubt
                keys[0] += len(value)
                return {lang: string(text) for lang, text in value.items()}
            return {"en": string(value)}

        return read

    def _string(self, spec: Spec) -> Callable[[Any], Any]:
        string = self.string
        scopes = self.scopes
        unique = spec.unique
        if spec.ref:
            refs = self.refs[spec.ref]

            def ref(value: Any) -> str:
                if type(value) is not str:
                    raise _Doubt
                refs.append(value)  # a slug or a doubt, once the walk is over
                if unique:
                    scope = scopes[-1]
                    key = (unique, value)
                    if key in scope:
                        raise _Doubt
                    scope.add(key)
                return value

            return ref
        pattern, choices = spec.pattern, spec.choices

        def read(value: Any) -> str:
            text = string(value)
            if (pattern is not None and not pattern.match(value)) or (
                choices and value not in choices
            ):
                raise _Doubt
            return text

        return read

    def _int(self, spec: Spec) -> Callable[[Any], Any]:
        def read(value: Any) -> int:
            if type(value) is not int:
                raise _Doubt
            return value

        return read

    def _date(self, spec: Spec) -> Callable[[Any], Any]:
        def read(value: Any) -> str:
            if type(value) is not str or not DATE_RE.match(value):
                raise _Doubt
            return value

        return read

    def _list(self, spec: Spec) -> Callable[[Any], Any]:
        assert spec.items is not None
        item = self.reader(spec.items)

        def read(value: Any) -> list[Any]:
            if value is None:
                return []
            if type(value) is not list:
                raise _Doubt
            return [item(x) for x in value]

        return read

    def _map(self, spec: Spec) -> Callable[[Any], Any]:
        assert spec.items is not None
        item = self.reader(spec.items)
        keys = self.keys

        def read(value: Any) -> dict[str, Any]:
            if value is None:
                return {}
            if type(value) is not dict:
                raise _Doubt
            keys[0] += len(value)
            for key in value:
                # libyaml reads a key of more than 1,024 characters as no key at all
                if len(key) > 1000 or not SLUG_RE.match(key):
                    raise _Doubt
            return {key: item(x) for key, x in value.items()}

        return read

    def _object(self, spec: Spec) -> Callable[[Any], Any]:
        fields = spec.fields
        names = fields.keys()
        shorthand = spec.shorthand
        bare_text = shorthand is not None and fields[shorthand].kind == "text"
        scope, scopes, keys = spec.scope, self.scopes, self.keys
        plan = [(key, self.reader(f), f) for key, f in fields.items()]

        if shorthand is not None:
            short_read = self.reader(fields[shorthand])
            in_order = [(key, key == shorthand, f.default) for key, f in fields.items()]

        def read(value: Any) -> dict[str, Any]:
            if type(value) is not dict or (bare_text and value and value.keys() <= _LANGUAGE_SET):
                if shorthand is None:
                    raise _Doubt
                # a shorthand: the other fields take their defaults (no scope in one value)
                given = short_read(value)
                return {key: given if short else default() for key, short, default in in_order}
            else:
                if not value.keys() <= names:
                    raise _Doubt
                keys[0] += len(value)
            if scope:
                scopes.append(set())
            out: dict[str, Any] = {}
            for key, field_read, field_spec in plan:
                if key in value:
                    out[key] = field_read(value[key])
                elif field_spec.required:
                    raise _Doubt
                else:
                    out[key] = field_spec.default()
            if scope:
                scopes.pop()
            return out

        return read


_LANGUAGE_SET = frozenset(LANGUAGES)
# A control character in a JSON string is written raw (C1, DEL) or as an escape.
_JSON_CONTROLS = re.compile(rb"\\(?:[bfr]|u00[01189][0-9a-fA-F]|u007[fF])|\x7f|\xc2[\x80-\x9f]")


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
        "career_path": role["career_path"],
        "growth": role["growth"],
        "best_practices": role["best_practices"],
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
        "career_path": role["career_path"],
        "growth": role["growth"],
        "best_practices": role["best_practices"],
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


def _whole_number(node: yaml.Node) -> int | None:
    """An integer (or a float with nothing after the point: JSON does not tell them apart)."""
    if not isinstance(node, yaml.ScalarNode):
        return None
    try:
        if node.tag == _INT:
            return int(_CONSTRUCTOR.construct_yaml_int(node))
        if node.tag == _FLOAT:
            number = _CONSTRUCTOR.construct_yaml_float(node)
            if number.is_integer():
                return int(number)
    except (ValueError, OverflowError):
        pass
    return None


_CONSTRUCTOR = yaml.constructor.SafeConstructor()
_MISSING = object()


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _node_kind(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "mapping"
    if isinstance(node, yaml.SequenceNode):
        return "list"
    return "empty value" if node.tag == _NULL else "single value"


def _shorthand(node: yaml.Node, key: str) -> yaml.MappingNode:
    key_node = yaml.ScalarNode(_STR, key, node.start_mark, node.end_mark)
    return yaml.MappingNode(
        "tag:yaml.org,2002:map", [(key_node, node)], node.start_mark, node.end_mark
    )


def _is_bare_text(node: yaml.Node, spec: Spec) -> bool:
    """A mapping of language codes where a text shorthand is allowed ({en: ..., ko: ...})."""
    if not isinstance(node, yaml.MappingNode) or spec.shorthand is None:
        return False
    if spec.fields[spec.shorthand].kind != "text":
        return False
    keys = [k.value for k, _ in node.value if isinstance(k, yaml.ScalarNode)]
    return bool(keys) and all(k not in spec.fields and k in LANGUAGES for k in keys)


def _did_you_mean(word: str, choices: Iterable[str]) -> str:
    from rapidfuzz import fuzz, process

    match = process.extractOne(word, list(choices), scorer=fuzz.ratio, score_cutoff=60)
    return f" (did you mean '{match[0]}'?)" if match else ""
