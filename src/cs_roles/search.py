"""Fuzzy, bilingual, Hangul-aware search over every name and text of a dataset.

The index is built once per dataset (and kept in the cache) as flat lists of strings, so
each query is a handful of rapidfuzz `process.extract` calls that run in C. Scorers by kind
of text:

- names (short): `fuzz.ratio` on the name without spaces, which makes 팀리더 = 팀 리더 and
  scores a typo by edit distance; `fuzz.partial_ratio` for part of a word (desk -> Zendesk),
  scaled below a whole match (the parts of `WRatio` that matter here, at a fraction of its
  cost over O*NET's 19,652 names). A query of three letters or fewer counts as part of a
  name only at the start of one of its words;
- Hangul names: `fuzz.ratio`/`WRatio` on compatibility jamo, so one wrong vowel costs one
  jamo instead of a whole syllable; choseong queries (ㅈㄷㅅㅋ) against each name's initials;
- acronyms: a query of two to four capital letters (CRM, QA) is looked up among the
  acronyms a name spells out ("Learning management (LMS)"), holds as a word (TalentLMS,
  Power BI) or is the initials of (Quality assurance), before any fuzzy prefix;
- query words: each word of a query of several words against the words of every name
  (reordered words, extra words, a typo in each) and of every sentence, so a hit is
  weighed by how much of the query it explains;
- sentences (long): their words, deduplicated, scored with `fuzz.ratio` (a word inside a
  sentence; a plural or a Korean particle after the word counts as the word). For several
  words, the words weighted by rarity (a missing rare word costs more than a missing
  "customer") and the whole phrase by `fuzz.partial_ratio`, on the sentences whose words
  matched. A Korean compound typed without its space (고객만족) is split into words the data
  has (고객 만족). A sentence hit is weighted below a name hit.

A query typed in the wrong keyboard layout (wpseptmzm, 님차) is also tried as typed in the
other one (젠데스크, slack), and a hit found that way says so. A comma- or newline-separated
query is a list: each part is searched and the hits merged, each naming its part.
"""

from __future__ import annotations

import bisect
import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any, Literal

from cs_roles.dataset import Dataset
from cs_roles.hangul import choseong, has_hangul, to_jamo
from cs_roles.records import Record

KINDS = ("role", "skill", "tool", "category", "area", "text")
TEXT_SECTIONS = ("summary", "responsibilities", *Dataset.role_texts)
TEXT_WEIGHT = 0.8  # a word inside a sentence counts less than (part of) a name
PHRASE_CANDIDATES = 100  # sentences the whole phrase is compared with, best covered first
LAYOUT_WEIGHT = 0.97  # a hit found through the other keyboard layout, below a direct one
INDEX_VERSION = 5
_WORD_RE = re.compile(r"\w+")
_SQUASH_RE = re.compile(r"[\s\-_./·]+")
_PARTS_RE = re.compile(r"[,\n]")
_ACRONYM_QUERY_RE = re.compile(r"[A-Z]{2,4}")
# Acronyms inside a name: defined in brackets, "Learning management (LMS)"; a run of
# capitals standing as a word, "Zoho CRM", "AI-powered"; or one ending a longer word,
# "TalentLMS", "마에스트로QA", which is only a guess (QA is the initials of Quality
# assurance, not MaestroQA). Patterns used only when building the index and by the
# resolver, compiled (by re's cache) only then.
_DEFINED = r"\(([A-Z]{2,5})\)"
_CAPITALS = r"(?<![A-Z])[A-Z]{2,5}(?![A-Za-z])"
_GLUED = r"\w(?<![A-Z\d_])$"  # what precedes a run of capitals that ends a longer word
_INITIAL_WORDS = r"[A-Za-z]+"
_MINOR_WORDS = frozenset({"and", "of", "to", "for", "the", "or", "a", "an", "in", "on"})
ACRONYM_DEFINED, ACRONYM_INITIALS = 98.0, 95.0
ACRONYM_WORD, ACRONYM_GLUED = 88.0, 78.0  # plus up to 10 for the share of the name it is

AcronymReading = Literal["defined", "word", "initials", "glued"]


def normalize(text: str) -> str:
    """NFKC (composes NFD Hangul too), case-folded, runs of white space made single."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def squash(text: str) -> str:
    return _SQUASH_RE.sub("", text)


def words_of(text: str) -> list[str]:
    """The words of a text in search's normal form (what the index calls a name's words)."""
    return _WORD_RE.findall(normalize(text))


def item_key(index: Index, owner: int) -> tuple[str, str]:
    """The kind and id of an item of the index, by its number."""
    ident: str = json.loads(index["item.data"][owner])[0]
    return index["item.kind"][owner], ident


class IndexNames:
    """The names of a search index, as the resolver asks about them (resolver.Names): of
    every kind, roles and categories too, whatever kinds the candidates were."""

    def __init__(self, index: Index) -> None:
        self.index = index

    def owners(self, part: str, whole: bool) -> set[tuple[str, str]]:
        index = self.index
        squashed, owners = index["names.squashed"], index["names.owner"]
        if whole:
            found = {owners[i] for i, name in enumerate(squashed) if name == part}
        else:
            found = {owners[i] for i, name in enumerate(squashed) if part in name}
        return {item_key(index, int(owner)) for owner in found}

    def is_name_word(self, word: str) -> bool:
        forms = self.index["nwords.forms"]
        position = bisect.bisect_left(forms, word)
        return position < len(forms) and forms[position] == word


def split_parts(query: str) -> list[str]:
    """The parts of a comma- or newline-separated query (fullwidth commas too), non-empty."""
    text = unicodedata.normalize("NFKC", query)
    return [part.strip() for part in _PARTS_RE.split(text) if part.strip()]


class Hit(Record):
    kind: str
    id: str
    name: dict[str, str]
    matched: str
    score: float
    roles: list[str]
    section: str | None = None
    searched_as: str | None = None  # the query in the other keyboard layout that found it
    part: str | None = None  # the part of a list query that found it
    about: dict[str, Any] | None = None  # a note's skill, a purpose's category and tools

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.id,
            "name": {"en": self.name.get("en"), "ko": self.name.get("ko")},
            "matched": self.matched,
            "score": self.score,
            "roles": self.roles,
            "section": self.section,
            "searched_as": self.searched_as,
            "part": self.part,
            **(self.about or {}),
        }


Index = dict[str, list[str]]
# A sentence's text by role id, section, position and what matched in it (text_lookup).
TextOf = Callable[[str, str, int | None, str], dict[str, str]]


def acronyms_of(shown: str, length: int) -> list[tuple[str, float]]:
    """The acronyms a name (of this length without spaces) answers to, each with the score
    of a query for it."""
    return [(acronym, score) for acronym, (score, _) in _acronym_readings(shown, length).items()]


def _acronym_readings(shown: str, length: int) -> dict[str, tuple[float, AcronymReading]]:
    found: dict[str, tuple[float, AcronymReading]] = {}
    for acronym in re.findall(_DEFINED, shown):
        found[acronym.lower()] = (ACRONYM_DEFINED, "defined")
    for run in re.finditer(_CAPITALS, shown):
        # A word of the name: the shorter the name around it, the closer the match.
        reading: AcronymReading = "word"
        base = ACRONYM_WORD
        if re.search(_GLUED, shown[: run.start()]):
            reading, base = "glued", ACRONYM_GLUED
        found.setdefault(run.group().lower(), (base + 10.0 * len(run.group()) / length, reading))
    words = [] if has_hangul(shown) else re.findall(_INITIAL_WORDS, re.sub(_DEFINED, "", shown))
    for chosen in (words, [w for w in words if w.lower() not in _MINOR_WORDS]):
        if 2 <= len(chosen) <= 5:
            initials = "".join(w[0] for w in chosen).lower()
            if found.get(initials, (0.0, "glued"))[0] < ACRONYM_INITIALS:
                found[initials] = (ACRONYM_INITIALS, "initials")
    return found


def acronym_reading(shown: str, query: str) -> AcronymReading | None:
    """How a name answers to an acronym query, if it does: the acronym is defined in it
    ("(LMS)"), stands in it as a word (Power BI), ends a longer word of it (TalentLMS), or
    is its initials (Quality assurance)."""
    spaced = normalize(shown)
    length = len(squash(spaced) or spaced)
    reading = _acronym_readings(" ".join(shown.split()), length).get(squash(normalize(query)))
    return reading[1] if reading else None


class _IndexBuilder:
    """The index as columns of strings, one string per line when stored, so loading it is a
    split in C rather than a JSON parse. An item's details (id, name, roles, where its
    sentence is) are a JSON line decoded only when a query reaches that item; a sentence is
    stored by reference and fetched from the role only for the hits shown."""

    def __init__(self, role_ids: list[str]) -> None:
        self.role_number = {role_id: n for n, role_id in enumerate(role_ids)}
        self.columns: Index = {key: [] for key in _COLUMNS}
        self.columns["role_ids"] = list(role_ids)
        self.words: dict[str, set[int]] = {}
        self.name_words: dict[str, set[int]] = {}
        self.acronyms: list[tuple[str, int, int, float]] = []

    def item(
        self,
        kind: str,
        ident: str,
        name: dict[str, str] | None,
        roles: Iterable[str],
        section: str | None = None,
        position: int | None = None,
        about: dict[str, Any] | None = None,
    ) -> int:
        numbers = " ".join(map(str, sorted({self.role_number[r] for r in roles})))
        self.columns["item.kind"].append(kind)
        details = [ident, name, numbers, section, position]
        if about:
            details.append(about)
        self.columns["item.data"].append(json.dumps(details, ensure_ascii=False))
        return len(self.columns["item.kind"]) - 1

    def add_name(self, owner: int, shown: str) -> None:
        shown = " ".join(shown.split())
        spaced = normalize(shown)
        if not spaced:
            return
        squashed = squash(spaced) or spaced
        self._add("names", owner, shown, spaced=spaced, squashed=squashed)
        if has_hangul(squashed):
            self._add("jamo", owner, shown, forms=to_jamo(squashed))
            initials = "".join(ch for ch in choseong(squashed) if has_hangul(ch))
            self._add("cho", owner, shown, forms=initials)
        for word in _WORD_RE.findall(spaced):
            self.name_words.setdefault(word, set()).add(owner)
        name = len(self.columns["names.owner"]) - 1
        for acronym, score in acronyms_of(shown, len(squashed)):
            self.acronyms.append((acronym, owner, name, score))

    def _add(self, pool: str, owner: int, shown: str, **forms: str) -> None:
        for key, value in forms.items():
            self.columns[f"{pool}.{key}"].append(value)
        self.columns[f"{pool}.owner"].append(str(owner))
        self.columns[f"{pool}.shown"].append(shown)

    def add_text(self, owner: int, text: str) -> None:
        form = normalize(text)
        self.columns["texts.forms"].append(form)
        self.columns["texts.owner"].append(str(owner))
        for word in _WORD_RE.findall(form):
            self.words.setdefault(word, set()).add(owner)

    def result(self) -> Index:
        for pool, found in (("words", self.words), ("nwords", self.name_words)):
            words = sorted(found)
            self.columns[f"{pool}.forms"] = words
            self.columns[f"{pool}.owners"] = [" ".join(map(str, sorted(found[w]))) for w in words]
        # One line per acronym, "acronym<TAB>score<TAB>name", sorted for a binary search;
        # the name is a position in names.*.
        best: dict[tuple[str, int], tuple[float, int]] = {}
        for acronym, owner, name, score in self.acronyms:
            if score > best.get((acronym, owner), (0.0, 0))[0]:
                best[(acronym, owner)] = (score, name)
        self.columns["acronyms"] = sorted(
            f"{acronym}\t{score:.1f}\t{name}" for (acronym, _), (score, name) in best.items()
        )
        return self.columns


_COLUMNS = (
    "item.kind",
    "item.data",
    "names.spaced",
    "names.squashed",
    "names.owner",
    "names.shown",
    "jamo.forms",
    "jamo.owner",
    "jamo.shown",
    "cho.forms",
    "cho.owner",
    "cho.shown",
    "acronyms",
    "texts.forms",
    "texts.owner",
    "words.forms",
    "words.owners",
    "nwords.forms",
    "nwords.owners",
)


def build_index(dataset: Dataset) -> Index:
    """Every searchable string of the dataset, flattened for rapidfuzz."""
    from cs_roles.dataset_format import REFERENCE_SECTIONS  # building is the cold path

    roles = list(dataset.roles())
    builder = _IndexBuilder([role.id for role in roles])
    owners: dict[str, dict[str, set[str]]] = {
        s: {} for s in ("skills", "tools", "categories", "areas")
    }
    for role in roles:
        for skill in role.skills:
            owners["skills"].setdefault(skill, set()).add(role.id)
        for use in role.tools:
            owners["tools"].setdefault(use.tool, set()).add(role.id)
            if use.category:
                owners["categories"].setdefault(use.category, set()).add(role.id)
        for area in role.areas:
            owners["areas"].setdefault(area, set()).add(role.id)

    for role in roles:
        index = builder.item("role", role.id, dict(role.title), [role.id])
        for shown in (role.id, *role.title.values(), *role.aliases, *role.everyday_names):
            builder.add_name(index, shown)
    for section, kind in REFERENCE_SECTIONS.items():
        if kind not in KINDS:  # positions are read with the rungs, not searched alone
            continue
        ids = list(dict.fromkeys([*dataset.definitions(section), *owners[section]]))
        for ident in ids:
            definition = dataset.definition(section, ident)
            index = builder.item(kind, ident, dict(definition.name), owners[section].get(ident, ()))
            for shown in (ident, *definition.name.values(), *definition.aliases):
                builder.add_name(index, shown)
    from cs_roles.concepts import add_concept_names, vocabulary

    add_concept_names(builder, vocabulary(dataset))
    for role in roles:
        if role.summary:
            index = builder.item("text", f"{role.id}.summary", None, [role.id], "summary")
            for text in role.summary.values():
                builder.add_text(index, text)
        for section in TEXT_SECTIONS[1:]:
            for i, value in enumerate(getattr(role, section)):
                ident = f"{role.id}.{section}[{i}]"
                index = builder.item("text", ident, None, [role.id], section, i)
                texts = (
                    (*value.text.values(), *(value.title or {}).values())
                    if section == "responsibilities"
                    else value.values()
                )
                for text in texts:
                    builder.add_text(index, text)
        for skill, note in role.skill_notes.items():
            ident = f"{role.id}.skill_notes[{skill}]"
            index = builder.item(
                "text", ident, dict(note), [role.id], "skill_notes", None, {"skill": skill}
            )
            for text in note.values():
                builder.add_text(index, text)
        for category, purpose in role.tool_purposes.items():
            ident = f"{role.id}.tool_purposes[{category}]"
            tools = [use.tool for use in role.tools if use.category == category]
            about = {"category": category, "tools": list(dict.fromkeys(tools))}
            index = builder.item(
                "text", ident, dict(purpose), [role.id], "tool_purposes", None, about
            )
            for text in purpose.values():
                builder.add_text(index, text)
    return builder.result()


def load_index(dataset: Dataset, use_cache: bool) -> Index:
    """The dataset's search index: kept by the store beside the compiled dataset, its
    columns read as the search needs them; built (and stored) when there is none."""
    if not use_cache:
        return build_index(dataset)
    return dataset.columns(
        "search",
        INDEX_VERSION,
        (*_COLUMNS, "role_ids"),
        lambda: build_index(dataset),
        lazy=_INDEXED_ONLY,
    )


# Columns a search only indexes (never scans): read a string at a time, as it needs them.
_INDEXED_ONLY = ("item.kind", "item.data", "texts.forms", "words.owners")


def is_acronym_query(query: str) -> bool:
    """Two to four capital letters (CRM, QA, KPI): looked up as an acronym, not a prefix."""
    return _ACRONYM_QUERY_RE.fullmatch(unicodedata.normalize("NFKC", query).strip()) is not None


def other_layout(query: str) -> str | None:
    """The query as typed in the other keyboard layout, when it looks like a layout slip:
    Hangul typed as QWERTY keys, or Latin keys that type whole Hangul syllables."""
    from cs_roles.keyboard import hangul_to_keys, is_whole_syllables, keys_to_hangul

    text = " ".join(unicodedata.normalize("NFKC", query).split())
    if not text or is_acronym_query(text):
        return None
    if has_hangul(text):
        keys = hangul_to_keys(text)
        return keys if keys.isascii() and keys != text else None
    if text.isascii() and any(ch.isalpha() for ch in text):
        hangul = keys_to_hangul(text)
        return hangul if is_whole_syllables(hangul) else None
    return None


def search(
    index: Index,
    query: str,
    *,
    kinds: Iterable[str] | None = None,
    role: str | None = None,
    limit: int | None = 10,
    min_score: float = 70.0,
    text_of: TextOf | None = None,
) -> list[Hit]:
    """Hits for a query, best first, one per item.

    A comma- or newline-separated query is a list: each part is searched on its own (up to
    `limit` hits each) and the hits merged, each naming its part. text_of(role id, section,
    position, matched) supplies a sentence's text for the hits returned (the index refers
    to sentences rather than holding them).
    """
    parts = split_parts(query)
    if not parts:
        return []
    from cs_roles.search_scoring import Searcher

    searcher = Searcher(index, kinds, role, min_score, limit)
    if searcher.no_such_role:
        return []
    if len(parts) == 1:
        return searcher.hits(searcher.ranked(searcher.find(parts[0]))[:limit], None, text_of)
    merged: dict[int, tuple[float, int, str, str | None, str]] = {}
    for part in dict.fromkeys(parts):
        for score, owner, shown, searched_as in searcher.ranked(searcher.find(part))[:limit]:
            if owner not in merged or score > merged[owner][0]:
                merged[owner] = (score, owner, shown, searched_as, part)
    chosen = sorted(merged.values(), key=lambda t: searcher.order(t[0], t[1]))
    hits: list[Hit] = []
    for score, owner, shown, searched_as, part in chosen:
        hits.extend(searcher.hits([(score, owner, shown, searched_as)], part, text_of))
    return hits


def text_lookup(dataset: Dataset) -> TextOf:
    """Fetch a sentence of a role for a text hit. A responsibility that matched by its
    title (훈련 in 훈련 및 멘토링) and not by its text comes with the title before the
    text, so that what is shown holds what matched."""

    def text_of(
        role_id: str, section: str, position: int | None, matched: str = ""
    ) -> dict[str, str]:
        role = dataset.role(role_id)
        if section == "summary" or position is None:
            return dict(role.summary or {})
        value = getattr(role, section)[position]
        if section != "responsibilities":
            return dict(value)
        texts, title = dict(value.text), dict(value.title or {})
        found = normalize(matched)
        if not title or not found or any(found in normalize(t) for t in texts.values()):
            return texts
        return {lang: f"{title[lang]}: {t}" if title.get(lang) else t for lang, t in texts.items()}

    return text_of


def closest_terms(index: Index, query: str, limit: int = 3) -> list[str]:
    """Names a little too far from the query to be hits, for a 'did you mean' line."""
    names_only = ("role", "skill", "tool", "category", "area")
    hits = search(index, query, kinds=names_only, limit=limit, min_score=40)
    return list(dict.fromkeys(hit.matched for hit in hits))
