"""One rule for every name a person types: when a search hit counts as what they meant.

`fit`, `gap` and the roster count a skill, tool or area only when its item resolves; `show`,
`compare`, `similar`, `gap`, `fit` and `search --role` take a role only when its name
resolves. Search (search.py) finds candidates by ids, titles, the articles' names, everyday
names and the concept vocabulary, across case, spacing, typos, jamo, initial consonants
and keyboard-layout slips. This module says how each candidate was reached (`how`) and
whether it is confident enough to count.

The confidence rule, calibrated on the tuning half of the labelled query set
(tests/search_queries.py), where every item counted must be the labelled answer, and
checked on the held-out half and on every word of the bundled data's own texts:

- **exact**: a whole name of the item in search's normal form (case, width, spacing and
  - _ . / · aside; composed or decomposed Hangul): an id, a title, an article's name, an
  everyday name or a concept term. Confident by construction.
- **keyboard layout**: the text, read as typed in the other keyboard layout, is a whole
  name (xlaflej → 팀리더). Confident by construction.
- **choseong**: initial consonants of a whole name (ㅈㄷㅅㅋ): score at least `EXACT_SCORE`.
- **acronym** (two to four capitals, or any three letters or fewer): the acronym is the
  whole name, or is defined in brackets in it (EQ, CSAT, "(CRM)"): score at least
  `ACRONYM_SCORE`; it stands as a word of a short name (BI in Power BI): at least
  `ACRONYM_WORD_SCORE`; it is the initials of the name, typed in capitals (QA, Quality
  assurance): at least `INITIALS_SCORE`. One that ends a longer word (LMS in TalentLMS,
  QA in MaestroQA) is a guess, never confident.
- **typo** (edit distance, on jamo for Hangul): score at least `TYPO_SCORE`, or
  `LONG_TYPO_SCORE` for one word typed for a one-word name of `LONG_NAME` letters (jamo)
  or more, where two slips are still a typo (qualtrix; an extra word is no slip). A typo
  of some words of a longer name (social meda) does not count when those words are
  another item's whole name (the category social-media).
- **partial**: every word of the text is a word of a longer name (실시간채팅, AI tools):
  score at least `WORDS_SCORE`, unless some other item (of any kind: a category, a role)
  is named by exactly those words (socialmedia is the Social media category); or the
  text, `PART_LETTERS` letters (`PART_SYLLABLES` Hangul syllables) or more, is a word
  of the name, starts one (document, Document360) or is the second word of a compound
  whose first is a word of the names (monkey, SurveyMonkey): score at least
  `PARTIAL_SCORE`, unless a name of another item of any kind holds it too (service is
  in every role's title). Letters inside a word (able in Tableau) are not a part of a
  name.
- Anything else (initial consonants of part of a name, a fuzzy hit on a name in another
  script such as 팀즈 for 팀장 below the typo score, a few of a name's words, a word
  inside a longer phrase) is never confident.

The best candidate must also lead every other item by at least `MARGIN` points (scaled by
search's layout weight when both were found through the other keyboard layout, as both
scores are), or, when it is a whole name (exact, keyboard layout, choseong), by
`EXACT_MARGIN`: search scores no part of a name as high as a whole one, so only another
item with the same name ties it. A candidate of another kind with the very same name goes
with it (갈등 해결 is a skill and an area). For roles only exact, keyboard-layout,
choseong and acronym matches count (a command acts on the role, so a typo or a part of a
role name is suggested, not taken). Whatever is not confident is *ambiguous* when its
best candidate scores at least `AMBIGUOUS_SCORE` and *unknown* otherwise; neither
counts, both list their suggestions.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, Protocol

from cs_roles.records import Record

if TYPE_CHECKING:
    from cs_roles.search import Index

EXACT_SCORE = 99.5  # search gives a whole name 100
LAYOUT_SCORE = 96.5  # a whole name reached through the other layout (100 x 0.97)
ACRONYM_SCORE = 97.5  # the acronym is the name, or is defined in it
ACRONYM_WORD_SCORE = 90.0  # the acronym stands as a word of a short name (Power BI)
INITIALS_SCORE = 95.0  # the capitals typed are the initials of the name (QA)
TYPO_SCORE = 85.0
LONG_TYPO_SCORE = 80.0  # ... for a name of LONG_NAME letters (jamo) or more: two slips
LONG_NAME = 8
PARTIAL_SCORE = 80.0  # a word at the start of a name scores 2n/(n+m) > 80 when m < 1.5n
WORDS_SCORE = 95.0  # every word of the text is a word of the name (search gives 95)
MARGIN = 10.0  # points the best candidate must lead the next different item by
EXACT_MARGIN = 0.5  # ... when it is a whole name: any other item not as exact a name
WHOLE_NAMES = ("exact", "keyboard layout", "choseong")
ROLE_SUGGESTION_SCORE = 65.0  # a role name below it is not offered as "did you mean"
AMBIGUOUS_SCORE = 75.0  # below it, a candidate is only a suggestion: the text is unknown
COMPOUND_HEAD = 3  # letters the first word of a compound needs (survey in SurveyMonkey)
PART_LETTERS = 4  # the shortest part of a name that can count (Hangul: PART_SYLLABLES)
PART_SYLLABLES = 2

How = Literal[
    "exact", "keyboard layout", "acronym", "typo", "jamo", "choseong", "partial", "words", "none"
]
Status = Literal["resolved", "ambiguous", "unknown"]


class Candidate(Protocol):
    """What a search hit or a careers.Match offers: what it is, what matched, how well."""

    @property
    def kind(self) -> str: ...
    @property
    def id(self) -> str: ...
    @property
    def matched(self) -> str: ...
    @property
    def score(self) -> float: ...


class Names(Protocol):
    """Every name the candidates were found among, as far as the rule asks about them: a
    part of a name counts only if it stands alone in the name and no other name has it."""

    def owners(self, part: str, whole: bool) -> set[tuple[str, str]]:
        """The (kind, id) of every item a name of which holds the part (in the squashed
        normal form), or, with `whole`, is it."""
        ...

    def is_name_word(self, word: str) -> bool:
        """Whether some name has this word (in search's normal form)."""
        ...


class Why(Record):
    """The figures a decision rests on: the best score, and its lead over the next item."""

    score: float
    margin: float | None  # None when no other item came near


class Verdict(Record):
    status: Status
    how: How
    why: Why | None
    chosen: tuple[int, ...]  # positions of the candidates that count (resolved) or are tied


class Reading(Record):
    """How a text reached a name, and what the rule needs to know about it beyond the score:
    for an acronym, whether it is the name or defined in it ("defined"), a word of it
    ("word"), its initials ("initials") or the end of a longer word ("glued"); for a part
    of a name, whether it is whole words of the name ("words") or part of one ("word")."""

    how: How
    detail: str | None = None


def _form(text: str) -> str:
    from cs_roles.search import normalize, squash

    spaced = normalize(text)
    return squash(spaced) or spaced


def read(text: str, matched: str, score: float, searched_as: str | None = None) -> Reading:
    """How the text reached a name, judged from the text, the name and the score."""
    from cs_roles.hangul import has_hangul, is_choseong_query, to_jamo
    from cs_roles.search import acronym_reading, is_acronym_query, normalize, words_of

    typed = searched_as or text
    query, name = _form(typed), _form(matched)
    if query == name and score >= (LAYOUT_SCORE if searched_as else EXACT_SCORE):
        return Reading("keyboard layout" if searched_as else "exact")
    if is_choseong_query(normalize(text)):
        return Reading("choseong")
    if query.isascii() and query.isalpha() and (is_acronym_query(text) or len(query) <= 3):
        reading = acronym_reading(matched, query)
        if reading == "initials" and not is_acronym_query(typed):
            reading = "glued"  # initials count only when typed as capitals
        return Reading("acronym", reading)
    if query == name:  # every word of the text, each a word of a longer name
        return Reading("partial", "words")
    if query in name:
        return Reading("partial", "word")
    hangul = has_hangul(query) and has_hangul(name)
    one_word = " " not in normalize(typed) and len(words_of(matched)) == 1
    query, name = (to_jamo(query), to_jamo(name)) if hangul else (query, name)
    long = one_word and min(len(query), len(name)) >= LONG_NAME
    from rapidfuzz import fuzz  # only here: an exact name (most items) never needs it

    if fuzz.ratio(query, name) >= (LONG_TYPO_SCORE if long else TYPO_SCORE):
        return Reading("jamo" if hangul else "typo", "long" if long else None)
    return Reading("words")


def confident(how: How, score: float, roles: bool = False, detail: str | None = None) -> bool:
    """The rule of the module docstring for one candidate, before the margin."""
    if how in ("exact", "keyboard layout"):
        return True
    if how == "choseong":  # the initials of a whole name
        return score >= EXACT_SCORE
    if how == "acronym":
        if detail in ("defined", "word") and score >= ACRONYM_SCORE:
            return True  # defined in the name, or a word that is all of it (98)
        if detail == "word":
            return score >= ACRONYM_WORD_SCORE
        return detail == "initials" and score >= INITIALS_SCORE
    if roles:
        return False
    if how in ("typo", "jamo"):
        return score >= (LONG_TYPO_SCORE if detail == "long" else TYPO_SCORE)
    if how == "partial":
        return score >= (WORDS_SCORE if detail == "words" else PARTIAL_SCORE)
    return False


def _same_name(a: str, b: str) -> bool:
    return _form(a) == _form(b)


def part_stands_alone(names: Names, part: str, matched: str) -> bool:
    """Whether a part of a name is one of its words, or starts one (document in
    Document360), or is the second word of a compound whose first is a word of the names
    (monkey in SurveyMonkey): not letters inside a word (able in Tableau, path in empathy)."""
    from cs_roles.search import words_of

    words = words_of(matched)
    joined = "".join(words)
    starts, offset = [], 0
    for word in words:
        starts.append(offset)
        offset += len(word)
    at = joined.find(part)
    while at >= 0:
        if at in starts:
            return True
        end = at + len(part)
        head = joined[max(s for s in starts if s <= at) : at]  # the word's letters before it
        ends_word = end == len(joined) or end in starts
        if ends_word and len(head) >= COMPOUND_HEAD and names.is_name_word(head):
            return True
        at = joined.find(part, at + 1)
    return False


def _names_one(
    names: Names | None,
    reading: Reading,
    part: str,
    best: Candidate,
    counted: set[tuple[str, str]],
) -> bool:
    """Whether a part of a name or a typo names the best item and no other: a part must
    stand alone in the name and be in no other item's name; what a typo or several words
    reached (words of a longer name: social media, of Social media management) must not be
    the whole name of another item (the category social-media), unless it is the best
    item's own name too (an area and a category both called Quality assurance)."""
    if names is None:
        return reading.how != "partial"  # nothing to check a part against
    if reading.detail == "word":
        from cs_roles.hangul import has_hangul

        shortest = PART_SYLLABLES if has_hangul(part) else PART_LETTERS
        alone = len(part) >= shortest and part_stands_alone(names, part, best.matched)
        return alone and not names.owners(part, whole=False) - counted
    whole = names.owners(_form(best.matched), whole=True)
    return (best.kind, best.id) in whole or not whole - counted


def judge(
    text: str,
    candidates: Sequence[Candidate],
    searched_as: Sequence[str | None] | None = None,
    roles: bool = False,
    names: Names | None = None,
) -> Verdict:
    """The status of a text given its candidates, best first: which of them count (the best
    and same-named items of other kinds) or, if none can, which are the closest. `names`,
    all the names the candidates were found among, lets a part of a name count (it is
    checked against every other name); without them, a part of a name never counts."""
    if not candidates:
        return Verdict("unknown", "none", None, ())
    layouts = list(searched_as) if searched_as is not None else [None] * len(candidates)
    best = candidates[0]
    together = [0]
    rival: int | None = None
    for position, candidate in enumerate(candidates[1:], start=1):
        if (
            candidate.kind not in {candidates[i].kind for i in together}
            and best.score - candidate.score < 0.5  # the very same name, as well matched
            and _same_name(candidate.matched, best.matched)
        ):
            together.append(position)
            continue
        if (candidate.kind, candidate.id) == (best.kind, best.id):
            continue
        rival = position
        break
    margin = None if rival is None else round(best.score - candidates[rival].score, 1)
    reading = read(text, best.matched, best.score, layouts[0])
    why = Why(round(best.score, 1), margin)
    needed = EXACT_MARGIN if reading.how in WHOLE_NAMES else MARGIN
    if rival is not None and layouts[0] and layouts[rival]:
        from cs_roles.search import LAYOUT_WEIGHT

        needed = round(needed * LAYOUT_WEIGHT, 1)  # both scores scaled, and so their gap
    sure = confident(reading.how, best.score, roles, reading.detail)
    if sure and reading.how in ("partial", "typo", "jamo"):
        counted = {(candidates[i].kind, candidates[i].id) for i in together}
        sure = _names_one(names, reading, _form(layouts[0] or text), best, counted)
    if sure and (margin is None or margin >= needed):
        return Verdict("resolved", reading.how, why, tuple(together))
    status: Status = "ambiguous" if best.score >= AMBIGUOUS_SCORE else "unknown"
    tied = [i for i, c in enumerate(candidates) if best.score - c.score < MARGIN]
    near = tuple(
        tied if status == "ambiguous" and len(tied) > 1 else range(min(len(candidates), 3))
    )
    return Verdict(status, reading.how, why, near)


def resolve_role(index: Index, text: str) -> tuple[Verdict, list[str], str | None]:
    """A role name that the store's exact lookup missed, judged on search's role hits:
    the verdict, the role ids in the order of the hits, and the text the best hit was
    searched as (a keyboard-layout slip)."""
    from cs_roles.search import search

    hits = search(index, text, kinds=("role",), limit=6, min_score=ROLE_SUGGESTION_SCORE)
    verdict = judge(text, hits, [h.searched_as for h in hits], roles=True)
    first_layout = hits[0].searched_as if hits else None
    return verdict, [h.id for h in hits], first_layout
