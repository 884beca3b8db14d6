"""The loader accepts exactly the documents that the generated JSON Schema accepts.

Hypothesis writes dataset documents, valid and near-valid, in format versions 1 and 2:
random subsets of the optional fields, missing required keys, unknown keys, wrong types,
empty and blank strings, control characters, ids that are not slugs (as keys and as
references), unknown language keys, bad versions, bad O*NET codes and match values, and
duplicates (a skill, tool, category group or area repeated). Each document is written as
JSON (which is YAML) or as YAML, read by the real loader, and checked against
`csroles schema` with jsonschema (Draft 2020-12); the two must agree on accept or refuse.
A JSON document that the fast JSON reading accepts must also normalize exactly as the
YAML node walker normalizes it.

Left out of generation, because a JSON Schema cannot express them (validate still checks
them, see tests/test_format_v2.py and tests/test_validate.py):
- references to ids a present section does not define (every id the generator refers to
  is defined whenever the section is there);
- name clashes (every generated name contains its entry's id, so none clash);
- a duplicate written in two different forms (`[a, {skill: a}]`, a tool in two groups):
  the generator repeats items only as exact copies, which `uniqueItems` sees;
- YAML-only constructs (anchors, tags, merge keys, duplicate keys), which no JSON value has.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from typing import Any

import jsonschema
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from cs_roles.dataset_format import json_schema
from cs_roles.errors import InvalidDataset
from cs_roles.loader import check_dataset, parse_dataset, parse_json

VALIDATOR = jsonschema.Draft202012Validator(json_schema())

IDS = ["a", "b", "crm", "x-1", "t.2"]
BAD_IDS = ["Bad Id", "Communication", "", " a", "a\n", "-a", "é", "a b"]
WORDS = ["Agent", "상담원", "Team lead", "tab\tinside"]
BAD_STRINGS = ["", "  ", "\u3000", "bell \x07", "cr\r", "nel\x85", "\n"]
WRONG_TYPES: list[Any] = [7, 1.5, True, None, [], {}, ["x"], {"x": "y"}]
# Wrong for a list (of names) and for a section, without defining names or ids of their own.
NOT_LISTS: list[Any] = [7, 1.5, True, {}, {"x": "y"}, "x", None]
NOT_MAPS: list[Any] = [7, 1.5, True, [], ["x"], "x", None]
LANGS_BAD = ["fr", "EN", "en-US", "kor"]
ONET_CODES = ["43-1011.00", "11-3012.00"]
ONET_BAD = ["43-1011", "43-1011.0", "43-1011.00\n", "4-1011.00", "43_1011.00"]


def document(rng: random.Random, bad_rate: int, version: int) -> Any:
    """A document in the shape of `version`; about `bad_rate` percent of its spots broken."""

    def bad() -> bool:
        return bad_rate > 0 and rng.randrange(100) < bad_rate

    def pick(options: list[Any]) -> Any:
        return rng.choice(options)

    def maybe() -> bool:
        return rng.random() < 0.5

    def string(owner: str = "") -> Any:
        if bad():
            return pick(BAD_STRINGS + WRONG_TYPES)
        word = pick(WORDS)
        return f"{word} {owner}" if owner else word

    def text(owner: str = "") -> Any:
        if bad():
            return pick([{}, {pick(LANGS_BAD): "x"}, {"en": "x", "fr": "y"}, *WRONG_TYPES])
        form = pick(["plain", "en", "ko", "both"])
        if form == "plain":
            return string(owner)
        if form == "both":
            return {"en": string(owner), "ko": string(owner)}
        return {form: string(owner)}

    def some(make: Callable[[], Any], most: int = 3) -> Any:
        items = [make() for _ in range(rng.randint(0, most))]
        if items and bad():
            items.append(items[0])  # an exact repeat
        return items if not bad() else pick(NOT_LISTS)

    def ref(ident: str) -> Any:
        return pick(BAD_IDS + WRONG_TYPES) if bad() else ident

    def ids(most: int = 3) -> list[str]:
        return rng.sample(IDS, rng.randint(0, most))

    def unique_refs(chosen: list[str]) -> Any:
        items = [ref(i) for i in chosen]
        if items and bad():
            items.append(items[-1])
        return items if not bad() else pick(NOT_LISTS)

    def obj(required: dict[str, Callable[[], Any]], optional: dict[str, Callable[[], Any]]) -> Any:
        out: dict[str, Any] = {}
        for key, make in required.items():
            if not bad():
                out[key] = make()
        for key, make in optional.items():
            if maybe():
                out[key] = make()
        if bad():
            out[pick(["extra", "Title", "areas", "area"])] = "x"
        return out if not bad() else pick(WRONG_TYPES)

    def source() -> Any:
        return obj(
            {"title": string},
            {
                "publisher": string,
                "published": lambda: (
                    pick(["2024-10-31", "2024-1-1", "31.10.2024", 20241031])
                    if bad()
                    else "2024-10-31"
                ),
                "language": string,
                "url": string,
                "file": string,
                "license": string,
            },
        )

    def responsibility(version: int) -> Any:
        if maybe():
            return text()  # the shorthand
        if version == 1:
            return obj({"text": text}, {"area": lambda: ref(pick(IDS)), "title": text})
        return obj({"text": text}, {"areas": lambda: unique_refs(ids()), "title": text})

    def tools_v1() -> Any:
        uses = [
            ref(t)
            if maybe()
            else obj({"tool": lambda t=t: ref(t)}, {"category": lambda: ref(pick(IDS))})
            for t in ids()
        ]
        if uses and bad():
            uses.append(uses[0])
        return uses

    def skills_v2() -> Any:
        entries = [
            ref(s) if maybe() else obj({"skill": lambda s=s: ref(s)}, {"note": text}) for s in ids()
        ]
        if entries and bad():
            entries.append(entries[-1])
        return entries

    def tools_v2() -> Any:
        tools = ids(5)
        groups = []
        for category in ids():
            take, tools = tools[:2], tools[2:]
            groups.append(
                obj(
                    {"category": lambda c=category: ref(c), "tools": lambda t=take: unique_refs(t)},
                    {"purpose": text},
                )
            )
        if groups and bad():
            groups.append(groups[0])
        return groups

    def onet() -> Any:
        return obj(
            {
                "code": lambda: pick(ONET_BAD) if bad() else pick(ONET_CODES),
                "match": lambda: (
                    pick(["maybe", "Exact", "exact "]) if bad() else pick(["exact", "close"])
                ),
            },
            {"title": string, "evidence": string},
        )

    def role(ident: str, version: int) -> Any:
        common: dict[str, Callable[[], Any]] = {
            "aliases": lambda: some(lambda: string(ident)),
            "summary": text,
            "responsibilities": lambda: some(lambda: responsibility(version)),
            "career_path": lambda: some(text),
            "growth": lambda: some(text),
            "best_practices": lambda: some(text),
            "source": source,
        }
        if version == 1:
            common |= {"skills": lambda: unique_refs(ids()), "tools": tools_v1}
        else:
            common |= {
                "skills": skills_v2,
                "tools": tools_v2,
                "crosswalk": lambda: obj({}, {"onet": lambda: some(onet)}),
            }
        return obj({"title": lambda: text(ident)}, common)

    def section(make: Callable[[str], Any]) -> Any:
        entries = {i: make(i) for i in IDS}
        if bad():
            entries[pick(BAD_IDS)] = make("z")
        return entries if not bad() else pick(NOT_MAPS)

    def definition(ident: str) -> Any:
        return obj(
            {"name": lambda: text(ident)},
            {"aliases": lambda: some(lambda: string(ident)), "description": text},
        )

    shape = version if not bad() else 3 - version
    declared: Any = version
    if bad():
        declared = pick([0, 3, "2", True, None, 2.5, [2]])
    elif rng.random() < 0.2:
        declared = float(version)  # JSON does not tell 2.0 from 2
    document: dict[str, Any] = {}
    if not bad():
        document["schema_version"] = declared
    # Sections define every id, so most of them warn of ids no role uses (and a warning
    # sends JSON the YAML way): leave them out often enough for the fast JSON reading.
    for name, make in (("categories", text), ("areas", text)):
        if rng.random() < 0.25:
            document[name] = section(lambda _i, make=make: make())
    for name in ("skills", "tools"):
        if rng.random() < 0.25:
            document[name] = section(definition)
    if not bad():
        role_ids = ids()
        roles = {i: role(i, shape) for i in role_ids}
        if bad():
            roles[pick(BAD_IDS)] = role("z", shape)
        document["roles"] = roles if not bad() else pick([*WRONG_TYPES, None])
    if bad():
        document["extra"] = 1
    if bad():
        return pick([[document], "roles", 7])
    return document


class _Dumper(yaml.SafeDumper):
    """Repeated items are written out again, not as anchors and aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def encode(document: Any, form: str) -> bytes:
    """JSON (minified, indented, ASCII-escaped) or YAML (block, flow); YAML only if it reads
    back as the same value."""
    if form.startswith("yaml"):
        style = {"yaml-block": False, "yaml-flow": True}.get(form)
        text = yaml.dump(
            document, Dumper=_Dumper, allow_unicode=True, default_flow_style=style, sort_keys=False
        )
        if yaml.safe_load(text) == document:
            return text.encode("utf-8")
    indent = 2 if form == "json-indented" else None
    return json.dumps(document, ensure_ascii=form == "json-ascii", indent=indent).encode()


def loader_accepts(data: bytes) -> bool:
    try:
        parse_dataset(data, "generated.yaml")
    except InvalidDataset:
        return False
    return True


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    seed=st.integers(0, 2**32 - 1),
    bad_rate=st.sampled_from([0, 2, 5, 10, 25]),
    version=st.sampled_from([1, 2]),
    form=st.sampled_from(
        ["json", "json-indented", "json-ascii", "yaml-block", "yaml-flow", "yaml"]
    ),
)
def test_loader_accepts_exactly_what_the_schema_accepts(
    seed: int, bad_rate: int, version: int, form: str
) -> None:
    # Hypothesis draws the choices that matter and a seed for the many small ones: drawing
    # each of those from Hypothesis costs ten times the rest of the test.
    generated = document(random.Random(seed), bad_rate, version)
    encoded = encode(generated, form)
    by_schema = VALIDATOR.is_valid(generated)
    by_loader = loader_accepts(encoded)
    event("accepted" if by_loader else "refused")
    assert by_loader == by_schema, (
        encoded.decode("utf-8"),
        [e.message for e in VALIDATOR.iter_errors(generated)],
    )
    if bad_rate == 0:  # nothing was broken on purpose: the generator itself is right
        assert by_loader, encoded.decode("utf-8")
    fast = parse_json(encoded)  # JSON read with json.loads: only what is valid, the same
    if fast is not None:
        event("read as JSON")
        assert by_loader
        assert fast == check_dataset(encoded, "generated.yaml")[1]
