"""The resolver's confidence rule: on the labelled query set, every item and role name
that counts is the labelled answer; and the defects it was written for stay fixed."""

from __future__ import annotations

import json
from typing import Any

import pytest
from conftest import DATA_FILE, Invoke
from search_queries import QUERIES

from cs_roles.careers import KINDS, MIN_SCORE, names_only, resolve_item
from cs_roles.dataset import Dataset, load_dataset
from cs_roles.role_names import AmbiguousRoleName
from cs_roles.search import build_index, normalize, search, split_parts

ITEM_KINDS = set(KINDS)


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return load_dataset(DATA_FILE, use_cache=False)


@pytest.fixture(scope="module")
def index(dataset: Dataset) -> dict[str, Any]:
    return build_index(dataset)


def labelled_parts() -> list[tuple[str, str, set[tuple[str, str]]]]:
    """(split, part, right answers) for every part of every query on the bundled data."""
    out = []
    for query in QUERIES:
        if query.data != "bundled":
            continue
        wanted = query.wanted()
        parts = split_parts(query.text) if len(wanted) > 1 else [query.text]
        out.extend((query.split, p, w) for p, w in zip(parts, wanted, strict=True))
    return out


# Recall of items before the confidence rule (a margin of 5 over any hit of 70), which
# counted wrong items elsewhere: 88 of 92 (tune) and 95 of 101 (held). The rule must
# reach it without counting a wrong one.
ITEM_RECALL_FLOOR = {"tune": 88 / 92, "held": 95 / 101}
ROLE_RECALL_FLOOR = 21 / 31  # acronyms as words count for roles too (CX)


def test_every_item_that_counts_is_the_labelled_answer(index: dict[str, Any]) -> None:
    """Precision 100% on items that count, over both halves, and recall at the floor."""
    names = names_only(index)
    wrong = []
    report = []
    short = []
    for split in ("tune", "held"):
        chosen = [(p, w) for s, p, w in labelled_parts() if s == split]
        meant = right = 0
        for part, wanted in chosen:
            resolution = resolve_item(names, part)
            is_item = any(kind in ITEM_KINDS for kind, _ in wanted)
            meant += is_item
            if resolution.status == "resolved":
                counted = {(m.kind, m.id) for m in resolution.matches}
                # The labelled answer, and items of other kinds with the very same name.
                same_name = len({normalize(m.matched) for m in resolution.matches}) == 1
                if not (counted & wanted and (counted <= wanted or same_name)):
                    wrong.append((part, sorted(counted), resolution.how))
                else:
                    right += 1
        report.append(f"{split}: {right} of {meant} items resolved right ({right / meant:.1%})")
        if right / meant < ITEM_RECALL_FLOOR[split]:
            short.append(report[-1])
    print("\nresolver, items:\n" + "\n".join(report))
    assert not wrong
    assert not short


def test_every_role_name_that_resolves_is_the_labelled_answer(dataset: Dataset) -> None:
    wrong = []
    meant = right = 0
    for _split, part, wanted in labelled_parts():
        is_role = any(kind == "role" for kind, _ in wanted)
        meant += is_role
        try:
            found = dataset.resolve_role_id(part)
        except AmbiguousRoleName:
            found = None
        if found is None:
            continue
        if ("role", found) in wanted:
            right += 1
        else:
            wrong.append((part, found))
    print(f"\nresolver, roles: {right} of {meant} role names resolved right")
    assert not wrong
    assert right / meant >= ROLE_RECALL_FLOOR


def items(invoke: Invoke, *args: str) -> dict[str, dict[str, Any]]:
    result = invoke("fit", *args, "--json")
    return {i["item"]: i for i in json.loads(result.stdout)["items"]} if result.stdout else {}


def test_a_role_name_is_never_counted_as_a_tool(invoke: Invoke) -> None:
    got = items(invoke, "팀장", "zendesk")
    assert got["팀장"]["status"] != "resolved" and got["팀장"]["counts_as"] == []
    assert got["zendesk"]["status"] == "resolved"
    assert (got["zendesk"]["how"], got["zendesk"]["why"]["score"]) == ("exact", 100.0)
    human = invoke("fit", "팀장", "zendesk", "--lang", "en").stdout
    assert "✓ 팀장" not in human


@pytest.mark.parametrize("item", ["typing", "customer service"])
def test_weak_words_are_unknown_and_not_counted(invoke: Invoke, item: str) -> None:
    result = invoke("fit", item, "--lang", "en")
    assert result.exit_code == 2  # nothing resolved
    assert f"'{item}': unknown" in result.stderr


def test_an_acronym_of_the_concept_vocabulary_counts(invoke: Invoke, raw: dict[str, Any]) -> None:
    concept_areas = {
        area
        for concept in raw["concepts"].values()
        if "CSAT" in (concept.get("terms") or {}).get("en", [])
        for area in concept.get("areas") or ()
    }
    got = items(invoke, "CSAT")["CSAT"]
    assert got["status"] == "resolved"
    assert {(m["kind"], m["id"]) for m in got["counts_as"]} <= {("area", a) for a in concept_areas}
    assert got["how"] == "acronym" and (got["why"]["margin"] or 100) >= 10


def test_a_keyboard_slip_of_a_role_name_resolves_and_says_so(
    invoke: Invoke, raw: dict[str, Any]
) -> None:
    from cs_roles.keyboard import hangul_to_keys

    title = raw["roles"]["team-lead"]["title"]["ko"]  # 고객 서비스 팀 리더
    typed = hangul_to_keys("팀리더")
    assert typed == "xlaflej" and "팀 리더" in title
    result = invoke("show", typed, "--json", "--lang", "en")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["id"] == "team-lead"
    assert "other keyboard layout" in result.stderr and "팀리더" in result.stderr


def test_no_manager_is_suggested_for_agent(invoke: Invoke) -> None:
    result = invoke("show", "agent", "--lang", "en")
    assert result.exit_code == 1
    assert "manager" not in result.stderr


def test_a_typo_of_a_role_is_suggested_not_taken(invoke: Invoke) -> None:
    result = invoke("show", "team-laed", "--lang", "en")
    assert result.exit_code == 1
    assert "did you mean 'team-lead'" in result.stderr


def test_a_confident_typo_of_an_item_counts_with_its_figures(index: dict[str, Any]) -> None:
    hits = search(names_only(index), "zendsk", kinds=KINDS, limit=2, min_score=MIN_SCORE)
    resolution = resolve_item(names_only(index), "zendsk")
    assert resolution.status == "resolved" and resolution.how == "typo"
    assert resolution.why is not None and resolution.why.score == hits[0].score
    rival = round(hits[0].score - hits[1].score, 1) if len(hits) > 1 else None
    assert resolution.why.margin == rival


def test_the_docs_state_the_rule_the_code_applies() -> None:
    from conftest import REPO

    from cs_roles import resolver

    page = (REPO / "docs" / "commands" / "fit.md").read_text(encoding="utf-8")
    for value in (
        resolver.EXACT_SCORE,
        resolver.ACRONYM_SCORE,
        resolver.ACRONYM_WORD_SCORE,
        resolver.INITIALS_SCORE,
        resolver.TYPO_SCORE,
        resolver.LONG_TYPO_SCORE,
        resolver.LONG_NAME,
        resolver.PARTIAL_SCORE,
        resolver.WORDS_SCORE,
        resolver.MARGIN,
        resolver.AMBIGUOUS_SCORE,
    ):
        assert f"{value:g} " in page or f"{value:g} points" in page, value


def english(entry: Any) -> str:
    name = entry.get("name", entry) if isinstance(entry, dict) else entry
    return str(name["en"] if isinstance(name, dict) else name)


def test_initials_typed_in_capitals_count_an_acronym_ending_a_word_does_not(
    invoke: Invoke, raw: dict[str, Any]
) -> None:
    """QA is the initials of Quality assurance (the area counts); LMS only ends TalentLMS,
    which is a guess, never counted."""
    initials = {
        ident
        for ident, entry in raw["areas"].items()
        if "".join(w[0] for w in english(entry).split()).upper() == "QA"
    }
    assert initials
    got = items(invoke, "QA")["QA"]
    assert got["status"] == "resolved" and got["how"] == "acronym"
    assert {(m["kind"], m["id"]) for m in got["counts_as"]} == {("area", a) for a in initials}
    assert "LMS" in english(raw["tools"]["talentlms"])
    lms = items(invoke, "LMS", "zendesk")["LMS"]
    assert ("tool", "talentlms") not in {(m["kind"], m["id"]) for m in lms["counts_as"]}


def test_a_long_name_two_slips_away_counts_as_a_typo(invoke: Invoke, raw: dict[str, Any]) -> None:
    name = english(raw["tools"]["qualtrics"]).lower()
    typed = name[:-2] + "x"  # qualtrix: one letter changed, one dropped
    got = items(invoke, typed)[typed]
    assert (got["status"], got["how"]) == ("resolved", "typo")
    assert [(m["kind"], m["id"]) for m in got["counts_as"]] == [("tool", "qualtrics")]


def test_every_word_of_a_longer_name_counts_unless_it_is_another_items_name(
    invoke: Invoke, raw: dict[str, Any]
) -> None:
    """실시간채팅 is two of the three words of 실시간 채팅 소프트웨어; social media is two of
    Social media management, a tool's name, but the whole id of a category."""
    assert raw["tools"]["live-chat"]["name"]["ko"].startswith("실시간 채팅 ")
    got = items(invoke, "실시간채팅")["실시간채팅"]
    assert (got["status"], got["how"]) == ("resolved", "partial")
    assert [(m["kind"], m["id"]) for m in got["counts_as"]] == [("tool", "live-chat")]
    assert "social-media" in raw["categories"]
    for typed in ("socialmedia", "social meda"):  # the words, and a typo of them
        social = items(invoke, typed, "zendesk")[typed]
        assert social["status"] != "resolved" and social["counts_as"] == [], typed


def test_a_long_typo_is_of_one_word_not_an_extra_word(invoke: Invoke, raw: dict[str, Any]) -> None:
    skill = english(raw["skills"]["project-management"]).lower()
    typed = skill.replace("management", "managment") + " tool"  # a slip and a word more
    got = items(invoke, typed, "zendesk")[typed]
    assert got["status"] != "resolved" and got["counts_as"] == []


@pytest.mark.parametrize("word", ["service", "able", "path"])
def test_a_word_other_names_hold_or_letters_inside_a_word_do_not_count(
    invoke: Invoke, raw: dict[str, Any], word: str
) -> None:
    """`service` is in a tool's name and in role titles; `able` and `path` are letters
    inside Tableau and empathy, not words of them."""
    names = [english(e).lower() for e in (*raw["tools"].values(), *raw["skills"].values())]
    titles = [role["title"]["en"].lower() for role in raw["roles"].values()]
    inside = [n for n in names if word in n]
    assert inside
    assert any(word in t for t in titles) or not any(
        w.startswith(word) for n in inside for w in n.split()
    )
    got = items(invoke, word, "zendesk")[word]
    assert got["status"] != "resolved" and got["counts_as"] == []
