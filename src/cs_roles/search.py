"""Fuzzy, bilingual, Hangul-aware search over every name and text of a dataset.

The index is built once per dataset (and kept in the cache) as flat lists of strings, so
each query is a handful of rapidfuzz `process.extract` calls that run in C. Scorers by kind
of text:

- names (short): `fuzz.ratio` on the name without spaces, which makes 팀리더 = 팀 리더 and
  scores a typo by edit distance; plus `fuzz.WRatio` on the spaced name, which rewards a
  partial word (desk -> Zendesk) and reordered words, but scales those below an exact match;
- Hangul names: `fuzz.ratio`/`WRatio` on compatibility jamo, so one wrong vowel costs one
  jamo instead of a whole syllable; choseong queries (ㅈㄷㅅㅋ) against each name's initials;
- sentences (long): their words, deduplicated, scored with `fuzz.ratio` (a word inside a
  sentence), and for multi-word queries `fuzz.partial_ratio` on the whole text. A sentence
  hit is weighted below a name hit, so a name beats a word inside a long sentence.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from cs_roles.dataset import Dataset
from cs_roles.hangul import choseong, has_hangul, is_choseong_query, to_jamo

KINDS = ("role", "skill", "tool", "category", "area", "text")
TEXT_WEIGHT = 0.8  # a word inside a sentence counts less than (part of) a name
INDEX_VERSION = 1
_WORD_RE = re.compile(r"\w+")
_SQUASH_RE = re.compile(r"[\s\-_./·]+")


def normalize(text: str) -> str:
    """NFKC (composes NFD Hangul too), case-folded, runs of white space made single."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def squash(text: str) -> str:
    return _SQUASH_RE.sub("", text)


@dataclass(frozen=True)
class Hit:
    kind: str
    id: str
    name: dict[str, str]
    matched: str
    score: float
    roles: list[str]
    section: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.id,
            "name": {"en": self.name.get("en"), "ko": self.name.get("ko")},
            "matched": self.matched,
            "score": self.score,
            "roles": self.roles,
            "section": self.section,
        }


class _IndexBuilder:
    def __init__(self) -> None:
        self.items: list[list[Any]] = []  # [kind, id, name, roles, section]
        self.names: dict[str, list[Any]] = {"spaced": [], "squashed": [], "owner": [], "shown": []}
        self.jamo: dict[str, list[Any]] = {"forms": [], "owner": [], "shown": []}
        self.cho: dict[str, list[Any]] = {"forms": [], "owner": [], "shown": []}
        self.texts: dict[str, list[Any]] = {"forms": [], "owner": []}
        self.words: dict[str, set[int]] = {}

    def item(
        self,
        kind: str,
        ident: str,
        name: dict[str, str],
        roles: Iterable[str],
        section: str | None = None,
    ) -> int:
        self.items.append([kind, ident, dict(name), sorted(set(roles)), section])
        return len(self.items) - 1

    def add_name(self, owner: int, shown: str) -> None:
        spaced = normalize(shown)
        if not spaced:
            return
        squashed = squash(spaced) or spaced
        self.names["spaced"].append(spaced)
        self.names["squashed"].append(squashed)
        self.names["owner"].append(owner)
        self.names["shown"].append(shown)
        if has_hangul(squashed):
            self.jamo["forms"].append(to_jamo(squashed))
            self.jamo["owner"].append(owner)
            self.jamo["shown"].append(shown)
            self.cho["forms"].append("".join(ch for ch in choseong(squashed) if has_hangul(ch)))
            self.cho["owner"].append(owner)
            self.cho["shown"].append(shown)

    def add_text(self, owner: int, text: str) -> None:
        form = normalize(text)
        self.texts["forms"].append(form)
        self.texts["owner"].append(owner)
        for word in _WORD_RE.findall(form):
            self.words.setdefault(word, set()).add(owner)

    def result(self) -> dict[str, Any]:
        words = sorted(self.words)
        return {
            "version": INDEX_VERSION,
            "items": self.items,
            "names": self.names,
            "jamo": self.jamo,
            "cho": self.cho,
            "texts": self.texts,
            "words": {"forms": words, "owners": [sorted(self.words[w]) for w in words]},
        }


def build_index(dataset: Dataset) -> dict[str, Any]:
    """Every searchable string of the dataset, flattened for rapidfuzz."""
    builder = _IndexBuilder()
    owners: dict[str, dict[str, set[str]]] = {
        s: {} for s in ("skills", "tools", "categories", "areas")
    }
    roles = list(dataset.roles())
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
        for shown in (role.id, *role.title.values(), *role.aliases):
            builder.add_name(index, shown)
    kinds = {"skills": "skill", "tools": "tool", "categories": "category", "areas": "area"}
    for section, kind in kinds.items():
        ids = list(dict.fromkeys([*dataset.definitions(section), *owners[section]]))
        for ident in ids:
            definition = dataset.definition(section, ident)
            index = builder.item(kind, ident, dict(definition.name), owners[section].get(ident, ()))
            for shown in (ident, *definition.name.values(), *definition.aliases):
                builder.add_name(index, shown)
    for role in roles:
        texts: list[tuple[str, str, Any]] = []
        if role.summary:
            texts.append((f"{role.id}.summary", "summary", role.summary))
        for i, r in enumerate(role.responsibilities):
            texts.append((f"{role.id}.responsibilities[{i}]", "responsibilities", r))
        for section in ("career_path", "growth", "best_practices"):
            for i, text in enumerate(getattr(role, section)):
                texts.append((f"{role.id}.{section}[{i}]", section, text))
        for ident, section, value in texts:
            if section == "responsibilities":
                body, title = value.text, value.title or {}
            else:
                body, title = value, {}
            index = builder.item("text", ident, dict(body), [role.id], section)
            for text in (*body.values(), *title.values()):
                builder.add_text(index, text)
    return builder.result()


def load_index(dataset: Dataset, use_cache: bool) -> dict[str, Any]:
    """The dataset's search index, from the cache when it was built before."""
    from cs_roles import cache

    if use_cache:
        stored = cache.read_extra(dataset.digest, cache.SEARCH)
        if isinstance(stored, dict) and stored.get("version") == INDEX_VERSION:
            return stored
    index = build_index(dataset)
    if use_cache:
        cache.write_extra(dataset.digest, cache.SEARCH, index)
    return index


def search(
    index: dict[str, Any],
    query: str,
    *,
    kinds: Iterable[str] | None = None,
    role: str | None = None,
    limit: int | None = 10,
    min_score: float = 70.0,
) -> list[Hit]:
    """Hits for a query, best first, one per item."""
    from rapidfuzz import fuzz, process

    spaced = normalize(query)
    squashed = squash(spaced)
    if not squashed:
        return []
    items = index["items"]
    wanted = set(kinds) if kinds else None
    best: dict[int, tuple[float, str]] = {}
    # With filters, ask rapidfuzz for everything above the cut-off and filter afterwards.
    pool_limit = None if (wanted or role or limit is None) else max(limit * 5, 50)
    cutoff = max(min_score - 10, 0)  # scores are adjusted below; cut a little under the floor

    def offer(owner: int, score: float, shown: str) -> None:
        item = items[owner]
        if wanted and item[0] not in wanted:
            return
        if role and role not in item[3]:
            return
        if score > best.get(owner, (-1.0, ""))[0]:
            best[owner] = (score, shown)

    def scan(
        query_form: str,
        forms: list[str],
        owners: list[int],
        shown: list[str],
        scorer: Any,
        weight: float = 1.0,
    ) -> None:
        for _form, score, position in process.extract(
            query_form, forms, scorer=scorer, limit=pool_limit, score_cutoff=cutoff
        ):
            offer(owners[position], score * weight, shown[position])

    names = index["names"]
    scan(squashed, names["squashed"], names["owner"], names["shown"], fuzz.ratio)
    scan(spaced, names["spaced"], names["owner"], names["shown"], fuzz.WRatio, 0.95)
    if has_hangul(squashed):
        jamo = index["jamo"]
        if is_choseong_query(spaced):
            cho = index["cho"]
            wanted_cho = choseong(squashed)
            scan(wanted_cho, cho["forms"], cho["owner"], cho["shown"], fuzz.ratio)
            scan(wanted_cho, cho["forms"], cho["owner"], cho["shown"], fuzz.WRatio, 0.95)
        else:
            query_jamo = to_jamo(squashed)
            scan(query_jamo, jamo["forms"], jamo["owner"], jamo["shown"], fuzz.ratio)
            scan(query_jamo, jamo["forms"], jamo["owner"], jamo["shown"], fuzz.WRatio, 0.95)

    words = index["words"]
    texts = index["texts"]
    tokens = [t for t in _WORD_RE.findall(spaced) if len(t) >= 2]
    per_text: dict[int, list[float]] = {}
    matched_word: dict[int, str] = {}
    for n, token in enumerate(tokens):
        for word, score, position in process.extract(
            token, words["forms"], scorer=fuzz.ratio, limit=pool_limit, score_cutoff=cutoff
        ):
            for owner in words["owners"][position]:
                scores = per_text.setdefault(owner, [0.0] * len(tokens))
                matched_word.setdefault(owner, word)
                scores[n] = max(scores[n], score)
    for owner, scores in per_text.items():
        # Every word of the query counts: one word of two found scores half.
        offer(owner, sum(scores) / len(scores) * TEXT_WEIGHT, matched_word[owner])
    if len(tokens) > 1:
        for _form, score, position in process.extract(
            spaced, texts["forms"], scorer=fuzz.partial_ratio, limit=pool_limit, score_cutoff=cutoff
        ):
            form = texts["forms"][position]
            where = fuzz.partial_ratio_alignment(spaced, form)
            snippet = form[where.dest_start : where.dest_end] if where else spaced
            offer(texts["owner"][position], score * TEXT_WEIGHT, snippet)

    order = {kind: i for i, kind in enumerate(KINDS)}
    ranked = sorted(
        ((score, owner, shown) for owner, (score, shown) in best.items() if score >= min_score),
        key=lambda t: (-round(t[0], 1), order[items[t[1]][0]], items[t[1]][1]),
    )
    if limit is not None:
        ranked = ranked[:limit]
    return [
        Hit(
            kind=items[owner][0],
            id=items[owner][1],
            name=items[owner][2],
            matched=shown,
            score=round(score, 1),
            roles=items[owner][3],
            section=items[owner][4],
        )
        for score, owner, shown in ranked
    ]


def closest_terms(index: dict[str, Any], query: str, limit: int = 3) -> list[str]:
    """Names a little too far from the query to be hits, for a 'did you mean' line."""
    hits = search(
        index, query, kinds=("role", "skill", "tool", "category", "area"), limit=limit, min_score=40
    )
    return list(dict.fromkeys(hit.matched for hit in hits))
