"""Read a dataset file and turn it into the normalized form, reporting every problem at once.

One set of rules (`dataset_rules.Rules`, compiled from `dataset_format`'s declarations) reads plain
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
from itertools import accumulate
from typing import Any

import yaml

from cs_roles.dataset_rules import (
    Found,
    Location,
    Normalized,
    Refused,
    Rules,
    Typed,
    location_steps,
    path_text,
)
from cs_roles.errors import InvalidDataset
from cs_roles.problems import Message, Problem

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
        rules = Rules()
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


def _plain_of(root: yaml.Node) -> Any:
    """The node tree as the values JSON would give (dict, list, str, int, float, bool,
    None), so that one set of rules reads YAML and JSON alike. A text scalar keeps its
    characters as written (a date stays text); what has no plain form becomes Refused."""
    seen: set[int] = set()  # collection nodes already read: a repeat is an alias

    def plain(node: yaml.Node, depth: int) -> Any:
        tag = node.tag
        if node.__class__ is yaml.ScalarNode:
            if tag in _TEXT_TAGS:  # a date is text where text is expected
                return node.value
            if tag == _NULL:
                return None
            if tag not in _SAFE_TAGS:
                return Refused(node, "problem.tag", tag=tag.replace("tag:yaml.org,2002:", "!!"))
            return _scalar(node)
        if id(node) in seen:
            return Refused(node, "problem.alias")
        seen.add(id(node))
        if tag not in _SAFE_TAGS:
            return Refused(node, "problem.tag", tag=tag.replace("tag:yaml.org,2002:", "!!"))
        if depth > MAX_DEPTH:
            return Refused(node, "problem.too_deep")
        depth += 1
        if node.__class__ is yaml.SequenceNode:
            return [plain(item, depth) for item in node.value]
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if key_node.__class__ is not yaml.ScalarNode or key_node.tag == _NULL:
                out[Refused(key_node, "problem.key_not_plain")] = None
                continue
            key = key_node.value
            if key == "<<":
                out[Refused(key_node, "problem.merge_key")] = None
            elif key in out:
                first = _first_line(node, key)
                out[Refused(key_node, "problem.duplicate_key", key, first=first)] = None
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
        return Typed("a_number")
    return Typed("a_single_value")


_CONSTRUCTOR = yaml.constructor.SafeConstructor()


# -- locating what the rules found in the YAML -----------------------------------------------


def _located(found: list[Found], root: yaml.Node, filename: str) -> list[Problem]:
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
            Problem(filename, line, column, path_text(item.path), message, item.severity)
        )
    return problems


def _position(root: yaml.Node, location: Location, at_key: bool) -> tuple[int, int]:
    """The line and column of the node a key path leads to (or of its key). A step that
    the node does not have is a shorthand (a bare value standing for one field): the value
    itself is the place."""
    node, key_node = root, None
    for step in location_steps(location):
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
        rules = Rules(controls=_JSON_CONTROLS.search(data) is not None)
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
