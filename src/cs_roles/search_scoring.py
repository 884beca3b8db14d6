"""How one search scores a query against the index: names, acronyms, Hangul forms,
query words and sentences, each by the scorer the docstring of `cs_roles.search` gives.

Apart from the index and the public `search()` (in `cs_roles.search`), because it is the
larger half and only a search that runs imports it: the warm paths of `show` and `list`
never do.
"""

from __future__ import annotations

import bisect
import json
import math
from collections.abc import Callable, Iterable
from typing import Any

from cs_roles.hangul import choseong, has_hangul, is_choseong_query, to_jamo
from cs_roles.search import (
    _WORD_RE,
    KINDS,
    LAYOUT_WEIGHT,
    PHRASE_CANDIDATES,
    TEXT_WEIGHT,
    Hit,
    Index,
    TextOf,
    is_acronym_query,
    normalize,
    other_layout,
    squash,
)

Found = dict[int, tuple[float, str, str | None]]  # item -> (score, text matched, searched as)


class Searcher:
    """One search: the index, the filters, and the item details decoded so far."""

    def __init__(
        self,
        index: Index,
        kinds: Iterable[str] | None,
        role: str | None,
        min_score: float,
        limit: int | None,
    ) -> None:
        self.index = index
        self.kinds_of = index["item.kind"]
        self.details: dict[int, list[Any]] = {}
        self.role_ids: list[str] = index["role_ids"]
        self.wanted = set(kinds) if kinds else None
        self.role_number = (
            str(self.role_ids.index(role)) if role and role in self.role_ids else None
        )
        self.no_such_role = bool(role) and self.role_number is None
        self.min_score = min_score
        self.limit = limit
        # With filters, ask rapidfuzz for everything above the cut-off and filter afterwards.
        self.pool_limit = None if (kinds or role or limit is None) else max(limit * 5, 50)
        self.kind_order = {kind: i for i, kind in enumerate(KINDS)}

    def item(self, owner: int) -> list[Any]:
        found = self.details.get(owner)
        if found is None:
            found = self.details[owner] = json.loads(self.index["item.data"][owner])
        return found

    def order(self, score: float, owner: int) -> tuple[float, int, str]:
        return (-round(score, 1), self.kind_order[self.kinds_of[owner]], self.item(owner)[0])

    def ranked(self, found: Found) -> list[tuple[float, int, str, str | None]]:
        chosen = [
            (score, owner, shown, alt)
            for owner, (score, shown, alt) in found.items()
            if score >= self.min_score
        ]
        if self.limit is not None and len(chosen) > self.limit:
            # Only the best (and those tied with the last of them) need their ids decoded
            # to be ordered: thousands of weak hits on O*NET need not.
            last = sorted((round(t[0], 1) for t in chosen), reverse=True)[self.limit - 1]
            chosen = [t for t in chosen if round(t[0], 1) >= last]
        return sorted(chosen, key=lambda t: self.order(t[0], t[1]))

    def hits(
        self,
        ranked: Iterable[tuple[float, int, str, str | None]],
        part: str | None,
        text_of: TextOf | None,
    ) -> list[Hit]:
        hits = []
        for score, owner, shown, searched_as in ranked:
            kind = self.kinds_of[owner]
            ident, name, numbers, section, position, *rest = self.item(owner)
            roles = sorted(self.role_ids[int(n)] for n in numbers.split())
            if name is None:
                name = text_of(roles[0], section, position, shown) if text_of else {}
            about = rest[0] if rest else None
            hits.append(
                Hit(
                    kind,
                    ident,
                    name,
                    shown,
                    round(score, 1),
                    roles,
                    section,
                    searched_as,
                    part,
                    about,
                )
            )
        return hits

    def find(self, text: str) -> Found:
        """Every item the text reaches, and those its other keyboard layout reaches."""
        found: Found = {o: (s, shown, None) for o, (s, shown) in self.score(text).items()}
        # Tried when nothing fits the query as typed, or when it holds a lone vowel (ㅡ),
        # which only a layout slip types.
        top = max((s for s, _, _ in found.values()), default=0.0)
        slip = top < 95
        if not slip and has_hangul(text):
            from cs_roles.keyboard import has_lone_vowel

            slip = has_lone_vowel(text)
        alternative = other_layout(text) if slip else None
        if alternative and self.has_words_like(alternative):
            for owner, (score, shown) in self.score(alternative).items():
                score *= LAYOUT_WEIGHT
                if score > found.get(owner, (-1.0, "", None))[0]:
                    found[owner] = (score, shown, alternative)
        return found

    def score(self, text: str) -> dict[int, tuple[float, str]]:
        """Every item the text reaches, with its score."""
        from rapidfuzz import fuzz, process

        index = self.index
        spaced = normalize(text)
        squashed = squash(spaced)
        if not squashed:
            return {}
        best: dict[int, tuple[float, str]] = {}
        wanted, role_number, min_score = self.wanted, self.role_number, self.min_score
        kinds_of, pool_limit = self.kinds_of, self.pool_limit

        def offer(owner: int, score: float, shown: str) -> None:
            if wanted and kinds_of[owner] not in wanted:
                return
            if role_number is not None and role_number not in self.item(owner)[2].split():
                return
            if score > best.get(owner, (-1.0, ""))[0]:
                best[owner] = (score, shown)

        acronym = is_acronym_query(text)
        short = squashed.isascii() and len(squashed) <= 3

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
            # Scores are only ever scaled down, so a hit needs a raw score of
            # min_score / weight: cutting there lets rapidfuzz skip most strings early.
            cutoff = min(100.0, min_score / weight)
            longer = 1.5 * len(query_form)
            spaced_forms = index["names.spaced"] if short and pool == "names" else None
            for _form, score, position in process.extract(
                query_form,
                forms,
                scorer=scorer,
                limit=None if partial else pool_limit,
                score_cutoff=cutoff,
            ):
                # A partial match counts when the name holds the query (desk in zendesk),
                # as in WRatio, not when a one-letter name (R, C) sits inside the query;
                # and for a query of three letters, only at the start of a word (ai in
                # "AI and automation", not in "detail").
                if partial and len(forms[position]) < longer:
                    continue
                if partial and spaced_forms is not None:
                    words = _WORD_RE.findall(spaced_forms[position])
                    if not any(word.startswith(query_form) for word in words):
                        continue
                offer(int(owners[position]), score * weight, shown[position])

        # Names. ratio on the space-less form: typos and spacing (팀리더 = 팀 리더).
        # partial_ratio: part of a word (desk -> Zendesk), below a whole match as WRatio
        # weighs it. Several words, in any order or among others, are the query words'
        # business (name_words below), at a fraction of token_set_ratio's cost over all names.
        # An acronym is looked up below; a name a letter or two away from it (SLA, Slack) is
        # only a guess.
        scan("names", squashed, "squashed", fuzz.ratio, 0.85 if acronym else 1.0)
        if not acronym:
            scan("names", squashed, "squashed", fuzz.partial_ratio, 0.9, partial=True)
        if has_hangul(squashed):
            # Hangul compared by jamo (one wrong vowel costs one jamo), or by initials.
            pool, query_form = (
                ("cho", choseong(squashed))
                if is_choseong_query(spaced)
                else ("jamo", to_jamo(squashed))
            )
            scan(pool, query_form, "forms", fuzz.ratio)
            scan(pool, query_form, "forms", fuzz.partial_ratio, 0.9, partial=True)
        if 2 <= len(squashed) <= 5 and squashed.isascii() and squashed.isalpha():
            acronyms, key = index["acronyms"], squashed + "\t"
            position = bisect.bisect_left(acronyms, key)
            while position < len(acronyms) and acronyms[position].startswith(key):
                _, score, name = acronyms[position].split("\t")
                where = int(name)
                offer(int(index["names.owner"][where]), float(score), index["names.shown"][where])
                position += 1

        # Initial consonants (ㄱㄷ ㅎㄱ) are no words: nothing to look for in sentences.
        tokens = [] if is_choseong_query(spaced) else self.tokens(spaced)
        if len(tokens) > 1:
            self.name_words(tokens, best, offer)
        self.sentences(tokens, offer)
        return best

    def has_words_like(self, text: str) -> bool:
        """Whether the data has a word like one of the text's: a slip types whole words, so
        a query in the other layout that resembles nothing is not worth a search."""
        from rapidfuzz import fuzz, process

        for token in self.tokens(normalize(text)):
            if self.is_word(token):
                return True
            for pool in ("nwords.forms", "words.forms"):
                if process.extractOne(token, self.index[pool], scorer=fuzz.ratio, score_cutoff=75):
                    return True
        return False

    def tokens(self, spaced: str) -> list[str]:
        """The query's words (two letters or more, or a Hangul syllable), with a compound
        the data only has with a space (고객만족, worklife) split into its words."""
        tokens = []
        for token in _WORD_RE.findall(spaced):
            if len(token) >= 2 or has_hangul(token):
                tokens.extend(self.split_compound(token, 2))
        return tokens

    def split_compound(self, token: str, depth: int) -> list[str]:
        hangul = has_hangul(token)
        shortest = 1 if hangul else 3
        if depth == 0 or len(token) < 2 * shortest or self.is_word(token):
            return [token]
        if not hangul and (not token.isascii() or len(token) < 6):
            return [token]
        splits = [
            (min(i, len(token) - i), i)
            for i in range(shortest, len(token) - shortest + 1)
            if self.is_word(token[:i]) and self.is_word(token[i:])
        ]
        if not splits:
            # Three words (표준운영절차): the first a word, the rest a compound again.
            for i in range(len(token) - shortest, shortest - 1, -1):
                if self.is_word(token[:i]):
                    rest = self.split_compound(token[i:], depth - 1)
                    if len(rest) > 1:
                        return [token[:i], *rest]
            return [token]
        _, cut = max(splits)
        return [token[:cut], token[cut:]]

    def is_word(self, token: str) -> bool:
        """The token is a word of a sentence or name, or one with a particle or plural after
        it (만족 in 만족을, kpi in kpis)."""
        for pool in ("words.forms", "nwords.forms"):
            forms = self.index[pool]
            position = bisect.bisect_left(forms, token)
            if position < len(forms) and forms[position] == token:
                return True
            if (
                has_hangul(token)
                and position < len(forms)
                and forms[position].startswith(token)
                and len(forms[position]) - len(token) <= 2
            ):
                return True
        return False

    def matches(self, pool: str, token: str, cutoff: float) -> list[tuple[int, float]]:
        """The words of a pool that match a query word: by edit distance, or the word with a
        plural or a Korean particle after it."""
        from rapidfuzz import fuzz, process

        forms = self.index[f"{pool}.forms"]
        found = {
            position: score
            for _word, score, position in process.extract(
                token, forms, scorer=fuzz.ratio, limit=self.pool_limit, score_cutoff=cutoff
            )
        }
        hangul = has_hangul(token)
        if hangul or len(token) >= 3:
            position = bisect.bisect_left(forms, token)
            end = min(len(forms), position + 200)
            while position < end and forms[position].startswith(token):
                rest = forms[position][len(token) :]
                if (hangul and 0 < len(rest) <= 2) or rest in ("s", "es"):
                    found[position] = max(found.get(position, 0.0), 96.0)
                position += 1
        return list(found.items())

    def name_words(
        self,
        tokens: list[str],
        best: dict[int, tuple[float, str]],
        offer: Callable[[int, float, str], None],
    ) -> None:
        """Names holding the query's words: scored by the share of the query they explain,
        and every name hit weighed by it, so 'custmer servce' puts Customer Service
        Representatives ahead of Cluster server software."""
        owners_of = self.index["nwords.owners"]
        forms = self.index["nwords.forms"]
        per_name: dict[int, list[float]] = {}
        words: dict[int, list[str]] = {}
        for n, token in enumerate(tokens):
            for position, score in self.matches("nwords", token, 70.0):
                for owner in map(int, owners_of[position].split()):
                    scores = per_name.get(owner)
                    if scores is None:
                        scores = per_name[owner] = [0.0] * len(tokens)
                        words[owner] = [""] * len(tokens)
                    if score > scores[n]:
                        scores[n] = score
                        words[owner][n] = forms[position]
        for owner, (score, shown) in list(best.items()):
            if score >= 99.5:  # the name itself, spaced otherwise (micro soft teams)
                continue
            scores = per_name.get(owner)
            share = sum(scores) / (100.0 * len(tokens)) if scores else 0.0
            best[owner] = (score * (0.85 + 0.15 * share), shown)
        for owner, scores in per_name.items():
            mean = sum(scores) / len(scores)
            if mean * 0.95 >= self.min_score:
                offer(owner, mean * 0.95, " ".join(w for w in words[owner] if w))

    def sentences(self, tokens: list[str], offer: Callable[[int, float, str], None]) -> None:
        """Each query word against the words of every sentence. One word: the word's score,
        below a name. Several: the words weighted by how rare they are in the sentences, and
        the whole phrase, so a sentence with most of the query ranks high and a missing word
        lowers the score rather than killing the hit."""
        from rapidfuzz import fuzz

        if not tokens:
            return
        single = len(tokens) == 1
        if single:
            cutoff = self.min_score / TEXT_WEIGHT
        else:
            cutoff = 70.0
            if self.min_score > 90.0:  # a whole phrase scores 90: nothing can reach it
                return
        if cutoff > 100:
            return
        index = self.index
        word_owners, word_forms = index["words.owners"], index["words.forms"]
        # Per query word, the best score of each sentence (items kept as strings: only
        # the few shown are ever turned into numbers).
        per_token: list[dict[str, float]] = []
        matched_word: dict[str, str] = {}
        for token in tokens:
            scores: dict[str, float] = {}
            for position, score in self.matches("words", token, cutoff):
                for owner in word_owners[position].split():
                    if score > scores.get(owner, -1.0):
                        scores[owner] = score
                        if single or owner not in matched_word:
                            matched_word[owner] = word_forms[position]
            per_token.append(scores)
        if single:
            for owner, score in per_token[0].items():
                offer(int(owner), score * TEXT_WEIGHT, matched_word[owner])
            return
        # Rarer words weigh more (inverse document frequency); a word found nowhere weighs
        # as much as the others on average.
        total = len(index["texts.owner"]) or 1
        weights = [math.log(1 + total / len(scores)) if scores else 0.0 for scores in per_token]
        known = [w for w in weights if w]
        weights = [w or (sum(known) / len(known) if known else 1.0) for w in weights]
        weight_sum = sum(weights)
        cover: dict[str, float] = {}
        for weight, scores in zip(weights, per_token, strict=True):
            for owner, score in scores.items():
                cover[owner] = cover.get(owner, 0.0) + weight * score
        # The whole phrase, but only in sentences whose words matched: partial_ratio over
        # every sentence of a large dataset would cost more than the rest of the search.
        phrase_query = " ".join(tokens)
        candidates = set(sorted(cover, key=cover.__getitem__, reverse=True)[:PHRASE_CANDIDATES])
        text_forms, text_owners = index["texts.forms"], index["texts.owner"]
        chosen = [i for i, owner in enumerate(text_owners) if owner in candidates]
        phrase: dict[str, tuple[float, str]] = {}
        for i in chosen:
            form = text_forms[i]
            where = fuzz.partial_ratio_alignment(phrase_query, form)
            if where is None:
                continue
            owner = text_owners[i]
            if where.score > phrase.get(owner, (-1.0, ""))[0]:
                phrase[owner] = (where.score, _whole_words(form, where.dest_start, where.dest_end))
        for owner in candidates:
            score, snippet = phrase.get(owner, (0.0, matched_word[owner]))
            offer(int(owner), 45.0 + 0.3 * cover[owner] / weight_sum + 0.15 * score, snippet)


def _whole_words(text: str, start: int, end: int) -> str:
    """text[start:end] widened to the words it cuts, without the punctuation around them."""
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return text[start:end].strip(" ,.;:()")
