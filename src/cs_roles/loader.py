"""Read a dataset file and turn it into the normalized form, reporting every problem at once.

YAML is composed into nodes (never constructed into arbitrary objects), and one walk over
the nodes checks the format, records the line and column of each problem, and builds the
normalized, JSON-ready data that the rest of the tool (and the cache) works from.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterable
from itertools import accumulate
from typing import Any

import yaml

from cs_roles.dataset_format import (
    DATASET,
    DATE_RE,
    LANG_RE,
    REFERENCE_SECTIONS,
    SCHEMA_VERSION,
    SLUG_RE,
    Spec,
)
from cs_roles.errors import InvalidDataset
from cs_roles.names import names_of
from cs_roles.problems import Problem

Normalized = dict[str, Any]

MAX_DEPTH = 64  # the format nests six levels; anything far deeper is hostile or broken
# libyaml composes recursively in C, in time that grows with the square of the nesting:
# 100,000 levels take 54 s, and a little more overflows the C stack and kills the process.
# A file that could nest deeper than this is refused before composing (5,000 levels take
# 0.1 s; the format itself nests six).
MAX_LEVELS = 5_000
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_STEPS = [0] * 256
_STEPS[ord("[")] = _STEPS[ord("{")] = 1
_STEPS[ord("]")] = _STEPS[ord("}")] = -1
_NOT_INDICATORS = bytes(b for b in range(256) if b not in b"-?:\n")
_DEEP_INDENT = b"\n" + b" " * (MAX_LEVELS // 2)
_STR = "tag:yaml.org,2002:str"
_NULL = "tag:yaml.org,2002:null"
_INT = "tag:yaml.org,2002:int"
_SAFE_TAGS = frozenset(
    "tag:yaml.org,2002:" + t
    for t in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq", "binary", "merge")
)


_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def parse_dataset(data: bytes, filename: str) -> tuple[Normalized, list[Problem]]:
    """Validate and normalize a dataset; raises InvalidDataset when it has errors."""
    # Parsing allocates about a million small acyclic objects; the cyclic garbage collector
    # would scan them again and again for nothing (more than halves the time on O*NET).
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        root = _compose(data, filename)
        walker = _Walker(filename)
        normalized = walker.walk(root)
    finally:
        if gc_was_enabled:
            gc.enable()
    problems = sorted(walker.problems, key=lambda p: (p.line, p.column, p.severity))
    if any(p.severity == "error" for p in problems):
        raise InvalidDataset(filename, problems)
    return normalized, problems


def nesting_bound(data: bytes) -> int:
    """An upper bound on how deep the YAML nests, found at C speed without parsing.

    Flow collections nest by brackets (counted as if none sat inside a quoted string, which
    can only overstate it). Block collections nest by indentation (one column a level at
    least), or within one line by an indicator per level (- - x, ? a, a: b).
    """
    brackets = data.translate(None, _NOT_BRACKETS)
    flow = max(accumulate(map(_STEPS.__getitem__, brackets)), default=0)
    # Indentation matters only past half the limit: one search says whether any line is
    # indented that far, and only then is every line's indentation measured.
    indent = 0
    if data.find(_DEEP_INDENT) >= 0:
        indent = max(map(len, re.findall(rb"^ +", data, re.M)))
    per_line = max(map(len, data.translate(None, _NOT_INDICATORS).split(b"\n")), default=0)
    return flow + indent + per_line


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
        version_ok = self._check_version(root)
        data = self.value(root, DATASET, "", 0) if version_ok else {}
        if not isinstance(data, dict) or not version_ok:
            return {}
        data.setdefault("roles", {})
        self._check_references(data)
        self._check_unused(data)
        self._check_name_clashes(data)
        return data

    def _check_version(self, root: yaml.MappingNode) -> bool:
        for key, value in root.value:
            if isinstance(key, yaml.ScalarNode) and key.value == "schema_version":
                if not isinstance(value, yaml.ScalarNode) or value.tag != _INT:
                    self.error(value, "schema_version", "must be a whole number")
                    return True
                version = int(value.value)
                if version > SCHEMA_VERSION:
                    self.error(
                        value,
                        "schema_version",
                        f"format version {version} is newer than this csroles understands "
                        f"({SCHEMA_VERSION}); upgrade csroles",
                    )
                    return False
                if version < 1:
                    self.error(value, "schema_version", f"unknown format version {version}")
                return True
        return True  # a missing schema_version is reported by the required-field check

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
            if tag != _INT:
                self.error(node, path, "must be a whole number")
                return None
            return int(node.value)
        if kind == "date":
            if not isinstance(node, yaml.ScalarNode) or not DATE_RE.match(str(node.value)):
                self.error(node, path, "must be a date written YYYY-MM-DD")
                return None
            return node.value
        raise AssertionError(kind)

    def scalar_text(self, node: yaml.Node, path: str, what: str) -> str | None:
        if not isinstance(node, yaml.ScalarNode):
            self.error(node, path, f"{what} must be a single value, not a {_node_kind(node)}")
            return None
        if node.tag == _NULL:
            self.error(node, path, f"{what} is empty")
            return None
        text = node.value.strip()
        if not text:
            self.error(node, path, f"{what} is empty")
            return None
        bad = _control_character(text)
        if bad:
            self.error(node, path, f"{what} contains the control character U+{ord(bad):04X}")
            return None
        return str(text)

    def string(self, node: yaml.Node, spec: Spec, path: str) -> str | None:
        text = self.scalar_text(node, path, "value")
        if text is not None and spec.ref:
            self.refs.append((spec.ref, text, path, node))
        return text

    def text(self, node: yaml.Node, path: str) -> dict[str, str] | None:
        if isinstance(node, yaml.MappingNode):
            out: dict[str, str] = {}
            for key_node, value_node in self.pairs(node, path):
                lang = key_node.value
                sub = f"{path}.{lang}"
                if not LANG_RE.match(lang):
                    self.error(key_node, sub, f"'{lang}' is not a language code (such as en or ko)")
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
            node = _shorthand(node, spec.shorthand)
        if not isinstance(node, yaml.MappingNode):
            self.error(node, path, f"must be a mapping of keys to values, not a {_node_kind(node)}")
            return None
        fields = spec.fields
        out: dict[str, Any] = {}
        for key_node, value_node in self.pairs(node, path):
            key = key_node.value
            sub = _join(path, key)
            field_spec = fields.get(key)
            if field_spec is None:
                self.error(key_node, sub, f"unknown key '{key}'{_did_you_mean(key, fields)}")
                continue
            out[key] = self.value(value_node, field_spec, sub, depth + 1)
        for key, field_spec in fields.items():
            if key not in out:
                if field_spec.required:
                    self.error(node, _join(path, key), f"missing required key '{key}'")
                out[key] = field_spec.default()
            elif out[key] is None and field_spec.kind in ("list", "map"):
                out[key] = field_spec.default()
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
    return bool(keys) and all(k not in spec.fields and LANG_RE.match(k) for k in keys)


def _control_character(text: str) -> str | None:
    for ch in text:
        if (ch < " " and ch not in "\n\t") or "\x7f" <= ch < "\xa0":
            return ch
    return None


def _did_you_mean(word: str, choices: Iterable[str]) -> str:
    from rapidfuzz import fuzz, process

    match = process.extractOne(word, list(choices), scorer=fuzz.ratio, score_cutoff=60)
    return f" (did you mean '{match[0]}'?)" if match else ""
