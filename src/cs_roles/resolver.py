"""One rule for every name a person types: when a search hit counts as what they meant.

`fit`, `gap` and the roster count a skill, tool or area only when its item resolves; `show`,
`compare`, `similar`, `gap`, `fit` and `search --role` take a role only when its name
resolves. Search (search.py) finds candidates by ids, titles, the articles' names, everyday
names and the concept vocabulary, across case, spacing, typos, jamo, initial consonants
and keyboard-layout slips. This module says how each candidate was reached (`how`) and
whether it is confident enough to count.

The confidence rule, calibrated on the labelled query set (tests/search_queries.py, both
halves, where every item counted must be the labelled answer):

- **exact**: a whole name of the item in search's normal form (case, width, spacing and
  - _ . / · aside; composed or decomposed Hangul): an id, a title, an article's name, an
  everyday name or a concept term. Confident by construction.
- **keyboard layout**: the text, read as typed in the other keyboard layout, is a whole
  name (xlaflej → 팀리더). Confident by construction.
- **choseong**: initial consonants of a whole name (ㅈㄷㅅㅋ): score at least `EXACT_SCORE`.
- **acronym** (two to four capitals, or any three letters or fewer): the acronym is the
  whole name, or is defined in brackets in it (EQ, CSAT, "(CRM)"): score at least
  `ACRONYM_SCORE`. An acronym that is one word of a longer name (LMS in TalentLMS, BI in
  Power BI) or its initials (QA) is not confident.
- **typo** (edit distance, on jamo for Hangul): score at least `TYPO_SCORE`.
- **partial** (the text, four letters or more, is part of a longer name: jira, monkey):
  score at least `PARTIAL_SCORE`.
- Anything else (initial consonants of part of a name, a fuzzy hit on a name in another
  script such as 팀즈 for 팀장 below the typo score, a few of a name's words, a word
  inside a longer phrase) is never confident.

The best candidate must also lead every other item by at least `MARGIN` points, or, when
it is a whole name (exact, keyboard layout, choseong), by `EXACT_MARGIN`: search scores no
part of a name as high as a whole one, so only another item with the same name ties it. A
candidate of another kind with the very same name goes with it (갈등 해결 is a skill and
an area). A confident typo or partial match of an item counts; for roles only exact,
keyboard-layout, choseong and acronym matches count (a command acts on the role, so a
typo of a role name is suggested, not taken). Whatever is not confident is *ambiguous*
when its best candidate scores at least `AMBIGUOUS_SCORE` and *unknown* otherwise;
neither counts, both list their suggestions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol

if TYPE_CHECKING:
    from cs_roles.search import Index

EXACT_SCORE = 99.5  # search gives a whole name 100
LAYOUT_SCORE = 96.5  # a whole name reached through the other layout (100 x 0.97)
ACRONYM_SCORE = 97.5  # the acronym is the name, or is defined in it
TYPO_SCORE = 85.0
PARTIAL_SCORE = 87.0
MARGIN = 10.0  # points the best candidate must lead the next different item by
EXACT_MARGIN = 0.5  # ... when it is a whole name: any other item not as exact a name
WHOLE_NAMES = ("exact", "keyboard layout", "choseong")
ROLE_SUGGESTION_SCORE = 65.0  # a role name below it is not offered as "did you mean"
AMBIGUOUS_SCORE = 75.0  # below it, a candidate is only a suggestion: the text is unknown

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


@dataclass(frozen=True, slots=True)
class Why:
    """The figures a decision rests on: the best score, and its lead over the next item."""

    score: float
    margin: float | None  # None when no other item came near


@dataclass(frozen=True, slots=True)
class Verdict:
    status: Status
    how: How
    why: Why | None
    chosen: tuple[int, ...]  # positions of the candidates that count (resolved) or are tied


def _form(text: str) -> str:
    from cs_roles.search import normalize, squash

    spaced = normalize(text)
    return squash(spaced) or spaced


def how_reached(text: str, matched: str, score: float, searched_as: str | None = None) -> How:
    """How the text reached a name, judged from the text, the name and the score."""
    from rapidfuzz import fuzz

    from cs_roles.hangul import has_hangul, is_choseong_query, to_jamo
    from cs_roles.search import is_acronym_query, normalize

    query, name = _form(searched_as or text), _form(matched)
    if query == name and score >= (LAYOUT_SCORE if searched_as else EXACT_SCORE):
        return "keyboard layout" if searched_as else "exact"
    if is_choseong_query(normalize(text)):
        return "choseong"
    if query.isascii() and query.isalpha() and (is_acronym_query(text) or len(query) <= 3):
        return "acronym"
    if query != name and query in name:
        return "partial"
    hangul = has_hangul(query) and has_hangul(name)
    ratio = fuzz.ratio(to_jamo(query), to_jamo(name)) if hangul else fuzz.ratio(query, name)
    if query != name and ratio >= TYPO_SCORE:
        return "jamo" if hangul else "typo"
    return "words"


def confident(how: How, score: float, roles: bool = False) -> bool:
    """The rule of the module docstring for one candidate, before the margin."""
    if how in ("exact", "keyboard layout"):
        return True
    if how == "choseong":  # the initials of a whole name
        return score >= EXACT_SCORE
    if how == "acronym":
        return score >= ACRONYM_SCORE
    if roles:
        return False
    if how in ("typo", "jamo"):
        return score >= TYPO_SCORE
    if how == "partial":
        return score >= PARTIAL_SCORE
    return False


def _same_name(a: str, b: str) -> bool:
    return _form(a) == _form(b)


def judge(
    text: str,
    candidates: Sequence[Candidate],
    searched_as: Sequence[str | None] | None = None,
    roles: bool = False,
) -> Verdict:
    """The status of a text given its candidates, best first: which of them count (the best
    and same-named items of other kinds) or, if none can, which are the closest."""
    if not candidates:
        return Verdict("unknown", "none", None, ())
    layouts = list(searched_as) if searched_as is not None else [None] * len(candidates)
    best = candidates[0]
    together = [0]
    rival_score: float | None = None
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
        rival_score = candidate.score
        break
    margin = None if rival_score is None else round(best.score - rival_score, 1)
    how = how_reached(text, best.matched, best.score, layouts[0])
    why = Why(round(best.score, 1), margin)
    needed = EXACT_MARGIN if how in WHOLE_NAMES else MARGIN
    if confident(how, best.score, roles) and (margin is None or margin >= needed):
        return Verdict("resolved", how, why, tuple(together))
    status: Status = "ambiguous" if best.score >= AMBIGUOUS_SCORE else "unknown"
    tied = [i for i, c in enumerate(candidates) if best.score - c.score < MARGIN]
    near = tuple(
        tied if status == "ambiguous" and len(tied) > 1 else range(min(len(candidates), 3))
    )
    return Verdict(status, how, why, near)


def resolve_role(index: Index, text: str) -> tuple[Verdict, list[str], str | None]:
    """A role name that the store's exact lookup missed, judged on search's role hits:
    the verdict, the role ids in the order of the hits, and the text the best hit was
    searched as (a keyboard-layout slip)."""
    from cs_roles.search import search

    hits = search(index, text, kinds=("role",), limit=6, min_score=ROLE_SUGGESTION_SCORE)
    verdict = judge(text, hits, [h.searched_as for h in hits], roles=True)
    first_layout = hits[0].searched_as if hits else None
    return verdict, [h.id for h in hits], first_layout
