"""Search quality on a labelled query set, and the search command's behaviour."""

from __future__ import annotations

import json
from typing import Any

import pytest
from conftest import DATA_FILE, Invoke
from search_queries import QUERIES

from cs_roles.dataset import load_dataset
from cs_roles.hangul import choseong, is_choseong_query, to_jamo
from cs_roles.search import build_index, search


@pytest.fixture(scope="module")
def index() -> dict[str, Any]:
    return build_index(load_dataset(DATA_FILE, use_cache=False))


def test_labelled_queries_top1_and_top3(index: dict[str, Any]) -> None:
    assert len(QUERIES) >= 60
    top1 = top3 = 0
    misses = []
    for query, kind, ident, category in QUERIES:
        found = [(h.kind, h.id) for h in search(index, query, limit=3, min_score=0)]
        top1 += found[:1] == [(kind, ident)]
        top3 += (kind, ident) in found
        if found[:1] != [(kind, ident)]:
            misses.append((category, query, kind, ident, found))
    n = len(QUERIES)
    print(f"\nsearch quality: {n} queries, top-1 {top1 / n:.1%}, top-3 {top3 / n:.1%}")
    for miss in misses:
        print("  not first:", miss)
    assert top1 / n >= 0.90, misses
    assert top3 / n >= 0.98, misses


def test_every_category_of_query_is_covered() -> None:
    categories = {q[3] for q in QUERIES}
    for needed in (
        "exact",
        "typo",
        "typo-ko",
        "choseong",
        "spacing",
        "nfd",
        "product-ko",
        "partial",
        "sentence",
    ):
        assert needed in categories


def test_hangul_helpers() -> None:
    assert to_jamo("한") == "ㅎㅏㄴ"
    assert choseong("갈등 해결") == "ㄱㄷ ㅎㄱ"
    assert is_choseong_query("ㄱㄷ ㅎㄱ") and not is_choseong_query("갈등")
    # A decomposed (NFD) syllable is read as the same jamo as the composed one.
    import unicodedata

    assert to_jamo(unicodedata.normalize("NFD", "커뮤니케이션")) == to_jamo("커뮤니케이션")


def test_exact_name_beats_fuzzy_and_sentences(index: dict[str, Any]) -> None:
    hits = search(index, "Empathy", limit=5)
    assert (hits[0].kind, hits[0].id, hits[0].score) == ("skill", "empathy", 100.0)
    assert all(h.score < 100 for h in hits[1:])
    assert next(h.kind for h in search(index, "교육", limit=2)) != "text"


def test_search_json_contract(invoke: Invoke) -> None:
    result = invoke("search", "zendsk", "--json")
    assert result.exit_code == 0
    payload = json.loads(result.stdout)
    assert payload["query"] == "zendsk"
    top = payload["hits"][0]
    assert set(top) >= {"kind", "id", "name", "matched", "score", "roles"}
    assert (top["kind"], top["id"]) == ("tool", "zendesk")
    assert set(top["name"]) >= {"en", "ko"}
    assert top["roles"] == [
        "coordinator",
        "experience-manager",
        "operations-manager",
        "support-manager",
        "team-lead",
    ]
    scores = [h["score"] for h in payload["hits"]]
    assert scores == sorted(scores, reverse=True)
    assert all(0 <= s <= 100 for s in scores)


def test_roles_behind_every_hit_are_right(invoke_json: Any, raw: dict[str, Any]) -> None:
    hits = invoke_json("search", "커뮤니캐이션")["hits"]
    assert (hits[0]["kind"], hits[0]["id"]) == ("skill", "communication")
    assert hits[0]["roles"] == sorted(
        r
        for r, role in raw["roles"].items()
        if "communication" in {s["skill"] for s in role["skills"]}
    )


def test_table_output(invoke: Invoke) -> None:
    result = invoke("search", "ㅈㄷㅅㅋ")
    assert result.exit_code == 0
    assert "Zendesk" in result.stdout and "tool" in result.stdout and "젠데스크" in result.stdout
    ko = invoke("search", "empathy", "--lang", "ko").stdout
    assert "공감" in ko and "Empathy" not in ko  # Korean only
    both = invoke("search", "empathy", "--lang", "ko+en").stdout
    assert "공감 · Empathy" in both


def test_filters(invoke_json: Any) -> None:
    hits = invoke_json("search", "desk", "--kind", "tool", "--limit", "20")["hits"]
    assert hits and all(h["kind"] == "tool" for h in hits)
    assert {"zendesk", "freshdesk", "zoho-desk", "jira-service-management"} <= {
        h["id"] for h in hits
    }
    inside = invoke_json("search", "desk", "--role", "team-lead", "--limit", "20")["hits"]
    assert inside and all("team-lead" in h["roles"] for h in inside)
    assert "zoho-desk" not in {h["id"] for h in inside}
    assert len(invoke_json("search", "desk", "--limit", "2")["hits"]) == 2


def test_min_score_drops_weaker_hits(invoke: Invoke) -> None:
    strict = invoke("search", "zendsk", "--min-score", "95", "--json")
    assert strict.exit_code == 1
    assert json.loads(strict.stdout)["hits"] == []


def test_query_of_several_words_without_quotes(invoke_json: Any) -> None:
    hits = invoke_json("search", "conflict", "resolution")["hits"]
    assert hits[0]["id"] == "conflict-resolution"


def test_no_match_exits_1_with_closest_terms(invoke: Invoke) -> None:
    result = invoke("search", "zzqxv")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "no match for 'zzqxv'" in result.stderr
    near = invoke("search", "salesfrcxx", "--min-score", "99")
    assert near.exit_code == 1
    assert "closest: " in near.stderr and "salesforce" in near.stderr.casefold()


def test_no_match_json_is_still_json(invoke: Invoke) -> None:
    result = invoke("search", "zzqxv", "--json")
    assert result.exit_code == 1
    assert json.loads(result.stdout) == {"query": "zzqxv", "hits": []}


@pytest.mark.parametrize("query", ["", "   "])
def test_empty_query_is_a_usage_error(invoke: Invoke, query: str) -> None:
    result = invoke("search", query)
    assert result.exit_code == 2
    assert "empty" in result.stderr


def test_unknown_role_filter(invoke: Invoke) -> None:
    result = invoke("search", "desk", "--role", "team-laed")
    assert result.exit_code == 1
    assert "did you mean 'team-lead'" in result.stderr
