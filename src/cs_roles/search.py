"""Fuzzy, bilingual, Hangul-aware search over every name and text of a dataset.

The index is built once per dataset (and kept in the cache) as flat lists of strings, so
each query is a handful of rapidfuzz `process.extract` calls that run in C. Scorers by kind
of text:

- names (short): `fuzz.ratio` on the name without spaces, which makes 팀리더 = 팀 리더 and
  scores a typo by edit distance; `fuzz.partial_ratio` for part of a word (desk -> Zendesk)
  and `fuzz.token_set_ratio` for reordered words, both scaled below a whole match (the parts
  of `WRatio` that matter here, at a third of its cost over O*NET's 19,652 names);
- Hangul names: `fuzz.ratio`/`WRatio` on compatibility jamo, so one wrong vowel costs one
  jamo instead of a whole syllable; choseong queries (ㅈㄷㅅㅋ) against each name's initials;
- sentences (long): their words, deduplicated, scored with `fuzz.ratio` (a word inside a
  sentence), and for multi-word queries `fuzz.partial_ratio` on the sentences whose words
  matched. A sentence hit is weighted below a name hit, so a name beats a word inside a
  long sentence.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from cs_roles.dataset import Dataset
from cs_roles.hangul import choseong, has_hangul, is_choseong_query, to_jamo

KINDS = ("role", "skill", "tool", "category", "area", "text")
TEXT_SECTIONS = ("summary", "responsibilities", "career_path", "growth", "best_practices")
TEXT_WEIGHT = 0.8  # a word inside a sentence counts less than (part of) a name
INDEX_VERSION = 2
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


Index = dict[str, list[str]]


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

    def item(
        self,
        kind: str,
        ident: str,
        name: dict[str, str] | None,
        roles: Iterable[str],
        section: str | None = None,
        position: int | None = None,
    ) -> int:
        numbers = " ".join(map(str, sorted({self.role_number[r] for r in roles})))
        self.columns["item.kind"].append(kind)
        details = [ident, name, numbers, section, position]
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
        words = sorted(self.words)
        self.columns["words.forms"] = words
        self.columns["words.owners"] = [" ".join(map(str, sorted(self.words[w]))) for w in words]
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
    "texts.forms",
    "texts.owner",
    "words.forms",
    "words.owners",
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
        for shown in (role.id, *role.title.values(), *role.aliases):
            builder.add_name(index, shown)
    for section, kind in REFERENCE_SECTIONS.items():
        ids = list(dict.fromkeys([*dataset.definitions(section), *owners[section]]))
        for ident in ids:
            definition = dataset.definition(section, ident)
            index = builder.item(kind, ident, dict(definition.name), owners[section].get(ident, ()))
            for shown in (ident, *definition.name.values(), *definition.aliases):
                builder.add_name(index, shown)
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


def search(
    index: Index,
    query: str,
    *,
    kinds: Iterable[str] | None = None,
    role: str | None = None,
    limit: int | None = 10,
    min_score: float = 70.0,
    text_of: Callable[[str, str, int | None], dict[str, str]] | None = None,
) -> list[Hit]:
    """Hits for a query, best first, one per item.

    text_of(role id, section, position) supplies a sentence's text for the hits returned
    (the index refers to sentences rather than holding them).
    """
    from rapidfuzz import fuzz, process

    spaced = normalize(query)
    squashed = squash(spaced)
    if not squashed:
        return []
    kinds_of = index["item.kind"]
    details_of = index["item.data"]
    details: dict[int, list[Any]] = {}

    def item(owner: int) -> list[Any]:
        found = details.get(owner)
        if found is None:
            found = details[owner] = json.loads(details_of[owner])
        return found

    role_ids: list[str] = index["role_ids"]
    wanted = set(kinds) if kinds else None
    role_number = str(role_ids.index(role)) if role and role in role_ids else None
    if role and role_number is None:
        return []
    best: dict[int, tuple[float, str]] = {}
    # With filters, ask rapidfuzz for everything above the cut-off and filter afterwards.
    pool_limit = None if (wanted or role or limit is None) else max(limit * 5, 50)

    def offer(owner: int, score: float, shown: str) -> None:
        if wanted and kinds_of[owner] not in wanted:
            return
        if role_number is not None and role_number not in item(owner)[2].split():
            return
        if score > best.get(owner, (-1.0, ""))[0]:
            best[owner] = (score, shown)

    def scan(
        pool: str,
        query_form: str,
        form: str,
        scorer: Any,
        weight: float = 1.0,
        partial: bool = False,
    ) -> None:
        forms, owners, shown = (
            index[f"{pool}.{form}"],
            index[f"{pool}.owner"],
            index[f"{pool}.shown"],
        )
        # Scores are only ever scaled down, so a hit needs a raw score of min_score / weight:
        # cutting there lets rapidfuzz skip most strings early.
        cutoff = min(100.0, min_score / weight)
        longer = 1.5 * len(query_form)
        for _form, score, position in process.extract(
            query_form,
            forms,
            scorer=scorer,
            limit=None if partial else pool_limit,
            score_cutoff=cutoff,
        ):
            # A partial match counts when the name holds the query (desk in zendesk), as in
            # WRatio, not when a one-letter name (R, C) happens to sit inside the query.
            if partial and len(forms[position]) < longer:
                continue
            offer(int(owners[position]), score * weight, shown[position])

    # Names. ratio on the space-less form: typos and spacing (팀리더 = 팀 리더). partial_ratio:
    # part of a word (desk -> Zendesk), below a whole match as WRatio weighs it.
    # token_set_ratio: several words in another order or with extra words around them.
    # (WRatio does all three at once but costs three times as much over O*NET's names.)
    several_words = len(spaced.split()) > 1
    scan("names", squashed, "squashed", fuzz.ratio)
    scan("names", squashed, "squashed", fuzz.partial_ratio, 0.9, partial=True)
    if several_words:
        scan("names", spaced, "spaced", fuzz.token_set_ratio, 0.95)
    if has_hangul(squashed):
        # Hangul compared by jamo (one wrong vowel costs one jamo), or by initials.
        pool, query_form = (
            ("cho", choseong(squashed))
            if is_choseong_query(spaced)
            else ("jamo", to_jamo(squashed))
        )
        scan(pool, query_form, "forms", fuzz.ratio)
        scan(pool, query_form, "forms", fuzz.partial_ratio, 0.9, partial=True)

    # Sentences: each query word against the words of every sentence; a sentence scores the
    # mean over the query's words (one word of two found scores half), below a name.
    tokens = [t for t in _WORD_RE.findall(spaced) if len(t) >= 2]
    per_text: dict[int, list[float]] = {}
    matched_word: dict[int, str] = {}
    word_owners = index["words.owners"]
    needed = min_score / TEXT_WEIGHT  # the mean a sentence needs
    if needed > 100:  # no sentence can reach --min-score
        tokens = []
    word_cutoff = max(0.0, needed * len(tokens) - 100.0 * (len(tokens) - 1))
    for n, token in enumerate(tokens):
        for word, score, position in process.extract(
            token,
            index["words.forms"],
            scorer=fuzz.ratio,
            limit=pool_limit,
            score_cutoff=word_cutoff,
        ):
            for owner in map(int, word_owners[position].split()):
                scores = per_text.get(owner)
                if scores is None:
                    scores = per_text[owner] = [0.0] * len(tokens)
                    matched_word[owner] = word
                if score > scores[n]:
                    scores[n] = score
    for owner, scores in per_text.items():
        offer(owner, sum(scores) / len(scores) * TEXT_WEIGHT, matched_word[owner])
    if len(tokens) > 1 and per_text:
        # The whole phrase, but only in sentences whose words matched: partial_ratio over
        # every sentence of a large dataset would cost more than the rest of the search.
        candidates = set(sorted(per_text, key=lambda o: -sum(per_text[o]))[:500])
        text_forms, text_owners = index["texts.forms"], index["texts.owner"]
        chosen = [i for i, owner in enumerate(text_owners) if int(owner) in candidates]
        forms = [text_forms[i] for i in chosen]
        for _form, score, position in process.extract(
            spaced, forms, scorer=fuzz.partial_ratio, limit=pool_limit, score_cutoff=needed
        ):
            form = forms[position]
            where = fuzz.partial_ratio_alignment(spaced, form)
            snippet = form[where.dest_start : where.dest_end] if where else spaced
            offer(int(text_owners[chosen[position]]), score * TEXT_WEIGHT, snippet)

    order = {kind: i for i, kind in enumerate(KINDS)}
    ranked = sorted(
        ((score, owner, shown) for owner, (score, shown) in best.items() if score >= min_score),
        key=lambda t: (-round(t[0], 1), order[kinds_of[t[1]]], item(t[1])[0]),
    )
    if limit is not None:
        ranked = ranked[:limit]
    hits = []
    for score, owner, shown in ranked:
        kind = kinds_of[owner]
        ident, name, numbers, section, position = item(owner)
        roles = sorted(role_ids[int(n)] for n in numbers.split())
        if name is None:
            name = text_of(roles[0], section, position) if text_of else {}
        hits.append(Hit(kind, ident, name, shown, round(score, 1), roles, section))
    return hits


def text_lookup(dataset: Dataset) -> Callable[[str, str, int | None], dict[str, str]]:
    """Fetch a sentence of a role for a text hit."""

    def text_of(role_id: str, section: str, position: int | None) -> dict[str, str]:
        role = dataset.role(role_id)
        if section == "summary" or position is None:
            return dict(role.summary or {})
        value = getattr(role, section)[position]
        return dict(value.text if section == "responsibilities" else value)

    return text_of


def closest_terms(index: Index, query: str, limit: int = 3) -> list[str]:
    """Names a little too far from the query to be hits, for a 'did you mean' line."""
    names_only = ("role", "skill", "tool", "category", "area")
    hits = search(index, query, kinds=names_only, limit=limit, min_score=40)
    return list(dict.fromkeys(hit.matched for hit in hits))
