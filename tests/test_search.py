"""Search quality on a labelled query set, and the search command's behaviour."""

from __future__ import annotations

import importlib.util
import json
import os
from typing import Any

import pytest
from conftest import DATA_FILE, ONET, REPO, Invoke, require_shared
from search_queries import QUERIES, Q

from cs_roles.dataset import load_dataset
from cs_roles.hangul import choseong, is_choseong_query, to_jamo
from cs_roles.keyboard import hangul_to_keys, is_whole_syllables, keys_to_hangul
from cs_roles.search import build_index, search, split_parts


@pytest.fixture(scope="module")
def index() -> dict[str, Any]:
    return build_index(load_dataset(DATA_FILE, use_cache=False))


@pytest.fixture(scope="module")
def indexes(
    index: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, dict[str, Any]]:
    built = {"bundled": index}
    if ONET.is_dir():
        spec = importlib.util.spec_from_file_location(
            "onet_to_yaml", REPO / "bench" / "onet_to_yaml.py"
        )
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        text, _stats = module.convert(ONET)
        path = tmp_path_factory.mktemp("onet") / "onet.yaml"
        path.write_text(text, encoding="utf-8")
        built["onet"] = build_index(load_dataset(path, use_cache=False))
    elif os.environ.get("CI"):
        require_shared(ONET)  # the O*NET half of the labelled queries must run under CI
    return built


def outcome(index: dict[str, Any], query: Q) -> tuple[bool, bool, list[Any]]:
    """(first hit right, right one in the first three), for every part of the query."""
    hits = search(index, query.text, limit=3, min_score=0)
    wanted = query.wanted()
    parts: dict[Any, list[tuple[str, str]]] = {}
    for hit in hits:
        parts.setdefault(getattr(hit, "part", None), []).append((hit.kind, hit.id))
    if len(wanted) > 1:
        found = [parts.get(part, []) for part in dict.fromkeys(split_parts(query.text))]
    else:
        found = [[(h.kind, h.id) for h in hits]]
    if len(found) != len(wanted):
        return False, False, found
    top1 = all(f[:1] and f[0] in w for f, w in zip(found, wanted, strict=True))
    top3 = all(set(f[:3]) & w for f, w in zip(found, wanted, strict=True))
    return top1, top3, found


def test_labelled_queries_top1_and_top3(indexes: dict[str, dict[str, Any]]) -> None:
    assert len(QUERIES) >= 200
    report = []
    failures = []
    for split in ("tune", "held"):
        chosen = [q for q in QUERIES if q.split == split and q.data in indexes]
        top1 = top3 = 0
        for query in chosen:
            first, three, found = outcome(indexes[query.data], query)
            top1 += first
            top3 += three
            if not first:
                report.append(
                    f"  {split} not first: {query.category} {query.text!r} "
                    f"{query.expect} -> {found}"
                )
        n = len(chosen)
        line = f"{split}: {n} queries, top-1 {top1 / n:.1%}, top-3 {top3 / n:.1%}"
        report.insert(0, line)
        if top1 / n < 0.90 or top3 / n < 0.98:
            failures.append(line)
    print("\nsearch quality:\n" + "\n".join(report))
    assert not failures, report


def test_every_category_of_query_is_in_both_halves() -> None:
    categories = {q.category for q in QUERIES}
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
        "layout-en",
        "layout-ko",
        "compound",
        "phrase",
        "acronym",
        "separation",
        "list",
        "note",
        "onet",
    ):
        assert needed in categories
    for category in categories:
        assert {q.split for q in QUERIES if q.category == category} == {"tune", "held"}


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


@pytest.mark.parametrize(
    ("hangul", "keys"),
    [
        ("젠데스크", "wpseptmzm"),
        ("리더십", "flejtlq"),
        ("슬랙", "tmffor"),
        ("님차", "slack"),
        ("괜찮아", "rhoscksgdk"),  # compound vowel ㅙ, compound final ㄶ moving on
        ("닭", "ekfr"),  # compound final ㄺ
        ("값어치", "rkqtdjcl"),  # ㅄ split before a vowel
        ("의사소통", "dmltkthxhd"),  # ㅢ
        ("갈등 해결", "rkfemd goruf"),
        ("빠른 쪽", "Qkfms WHr"),  # shifted keys
    ],
)
def test_keyboard_layouts_both_ways(hangul: str, keys: str) -> None:
    assert keys_to_hangul(keys) == hangul
    assert hangul_to_keys(hangul) == keys.replace("H", "h")


def test_keys_that_are_english_do_not_compose() -> None:
    assert keys_to_hangul("zendesk") == "ㅋ둥ㄷ나"
    assert not is_whole_syllables(keys_to_hangul("zendesk"))
    assert is_whole_syllables(keys_to_hangul("wpseptmzm"))


# -- issue #15: layout slips, compounds, phrases, acronyms, separation, lists, notes -------


def test_a_layout_slip_finds_the_word_and_says_how(index: dict[str, Any]) -> None:
    for typed, meant, ident in [
        ("wpseptmzm", "젠데스크", "zendesk"),
        ("flejtlq", "리더십", "leadership"),
        ("님차", "slack", "slack"),
        ("ㅋ둥ㄷ나", "zendesk", "zendesk"),
    ]:
        top = search(index, typed)[0]
        assert (top.id, top.searched_as) == (ident, meant)
        assert top.to_json()["searched_as"] == meant
    # Typed in the right layout, nothing is searched as anything else.
    assert all(hit.searched_as is None for hit in search(index, "slack"))
    assert all(hit.searched_as is None for hit in search(index, "젠데스크"))


def test_layout_slip_in_the_json_and_the_table(invoke: Invoke, invoke_json: Any) -> None:
    top = invoke_json("search", "flejtlq")["hits"][0]
    assert (top["id"], top["searched_as"]) == ("leadership", "리더십")
    table = invoke("search", "flejtlq", "--limit", "1").stdout
    assert "searched as" in table and table.count("리더십") >= 2


def test_compounds_without_spaces(index: dict[str, Any]) -> None:
    for query, words in [("고객만족", "고객 만족"), ("응답시간", "응답 시간")]:
        hits = search(index, query)
        assert hits and hits[0].kind == "text", query
        assert words in hits[0].matched
    assert search(index, "품질보증")[0].id == "quality-assurance"
    assert search(index, "콜센터")[0].id == "call-center"
    assert search(index, "helpdesk")[0].id == "help-desk"


def test_phrases_rank_sentences_holding_most_of_the_words(index: dict[str, Any]) -> None:
    hits = search(index, "first response time")  # "first" is in no such sentence
    assert hits and "response time" in hits[0].matched
    assert hits[0].score >= 70
    hits = search(index, "customer satisfaction scores")
    assert hits[0].id in {"coordinator.responsibilities[5]", "team-lead.responsibilities[1]"}
    assert "satisfaction scores" in hits[0].matched


def test_acronyms_match_whole_words_not_prefixes(index: dict[str, Any]) -> None:
    assert search(index, "SLA") == []  # not Slack: the data has no SLA
    ai = search(index, "AI")
    assert {h.id for h in ai[:2]} == {"ai-automation", "ai-support-tools"}
    assert not {"attention-to-detail", "email"} & {h.id for h in ai}
    assert search(index, "CRM")[0].id == "crm"  # "Customer relationship management (CRM)"
    assert search(index, "LMS")[0].id == "learning"  # ahead of TalentLMS
    assert search(index, "QA")[0].id == "quality-assurance"  # initials, ahead of MaestroQA
    assert search(index, "EQ")[0].id == "emotional-intelligence"


def test_short_queries_are_word_starts(index: dict[str, Any]) -> None:
    hits = search(index, "ai")
    assert not {"attention-to-detail", "email"} & {h.id for h in hits}


def test_the_right_answer_is_clearly_ahead(indexes: dict[str, dict[str, Any]]) -> None:
    require_shared(ONET)
    hits = search(indexes["onet"], "custmer servce", limit=20, min_score=0)
    assert hits[0].id == "43-4051.00"
    cluster = [h.score for h in hits if h.id == "cluster-server-software"]
    assert not cluster or hits[0].score - cluster[0] >= 5


def test_a_list_searches_each_part(index: dict[str, Any], invoke_json: Any) -> None:
    hits = search(index, "communication,empathy,zendesk", limit=2)
    firsts = {}
    for hit in hits:
        firsts.setdefault(hit.part, hit.id)
    assert firsts == {"communication": "communication", "empathy": "empathy", "zendesk": "zendesk"}
    assert search(index, "slack\n\nzoom,", limit=1)[1].part == "zoom"
    payload = invoke_json("search", "리더십, 공감")
    assert {h["part"] for h in payload["hits"]} == {"리더십", "공감"}
    assert search(index, " , \n") == []
    assert search(index, "zendesk")[0].part is None


def test_notes_and_purposes_are_searched_with_their_owners(
    index: dict[str, Any], raw: dict[str, Any]
) -> None:
    """The curated data's notes and purposes are found, each hit naming what it belongs to."""
    top = search(index, "call routing")[0]
    assert (top.kind, top.id, top.section) == (
        "text",
        "team-lead.tool_purposes[call-center]",
        "tool_purposes",
    )
    assert top.roles == ["team-lead"]
    group = next(g for g in raw["roles"]["team-lead"]["tools"] if g["category"] == "call-center")
    assert top.name == {"en": group["purpose"]["en"], "ko": group["purpose"]["ko"]}
    assert top.to_json()["category"] == "call-center"
    assert top.to_json()["tools"] == group["tools"]
    assert search(index, "콜 라우팅")[0].id == top.id
    note = search(index, "critical thinking and creativity")[0]
    assert (note.id, note.section, note.roles) == (
        "coordinator.skill_notes[problem-solving]",
        "skill_notes",
        ["coordinator"],
    )
    assert note.to_json()["skill"] == "problem-solving"
    # Data without notes has no such items, and its hits say nothing of them.
    plain = build_index(load_dataset(REPO / "tests" / "fixtures" / "v1_full.yaml", use_cache=False))
    assert "skill_notes" not in " ".join(plain["item.data"])
    assert "skill" not in search(plain, "communication")[0].to_json()


# Queries of the labelled set that are not first today. Every other query is pinned: the
# test fails when one that passes now stops passing. Shrink this list, never grow it.
KNOWN_MISSES = {
    "MS",  # held-out: SharePoint's alias "Microsoft SharePoint" first, MS Teams second
    "CRM",  # held-out, O*NET: CRM products first, the CRM category not in the first three
    # Since the v2 data (#12) reworded these texts, not from a scoring change:
    "정기교육",  # held-out: '정기적으로 … 교육' no longer stands as '정기 교육'; not in the top 3
    "QA processes",  # tune: 'quality assurance processes' ranks 4th behind other 'processes'
    # New with the vocabulary of concepts: as a term it would answer the acronym 'BI' before
    # Power BI, so the vocabulary leaves it out (held-out).
    "business intelligence",
}


def test_no_query_that_passes_today_regresses(indexes: dict[str, dict[str, Any]]) -> None:
    regressed = [
        (q.split, q.category, q.text)
        for q in QUERIES
        if q.data in indexes and q.text not in KNOWN_MISSES and not outcome(indexes[q.data], q)[0]
    ]
    assert not regressed


@pytest.mark.parametrize(
    "query", ["ㄱㄷ ㅎㄱ", "micro soft teams", "help desk", "팀리더", "Zendesk"]
)
def test_a_whole_name_still_scores_100(index: dict[str, Any], query: str) -> None:
    # Weighing hits by the share of the query they explain never lowers the name itself.
    assert search(index, query)[0].score == 100.0


def text_and_title(
    role: dict[str, Any], section: str, key: str | None
) -> tuple[dict[str, str], dict[str, str]]:
    """A text of a role as the YAML has it, and its title (responsibilities only)."""
    if section == "skill_notes":
        return next(s["note"] for s in role["skills"] if s["skill"] == key), {}
    if section == "tool_purposes":
        return next(t["purpose"] for t in role["tools"] if t["category"] == key), {}
    if key is None:
        return role[section], {}
    entry = role[section][int(key)]
    if "text" in entry:  # a responsibility, a rung of the career path
        return entry["text"], entry.get("title") or {}
    return entry, {}


@pytest.mark.parametrize(
    ("query", "lang"),
    [("훈련", "ko"), ("멘토링", "ko"), ("개발", "ko"), ("training", "en"), ("mentor", "en")],
)
def test_a_text_hit_shows_what_it_matched(
    invoke: Invoke, raw: dict[str, Any], query: str, lang: str
) -> None:
    """A responsibility that matched by its title, not its text (훈련 in 훈련 및 멘토링), is
    shown with the title: the row holds the matched text, read from the data."""
    import re

    from cs_roles.search import normalize

    found = json.loads(invoke("search", query, "--kind", "text", "--json").stdout)["hits"]
    human = "".join(invoke("search", query, "--kind", "text", "--lang", lang).stdout.split())
    by_title = 0
    for hit in found:
        where = re.fullmatch(r"(.+?)\.(\w+)(?:\[(.+)\])?", hit["id"])
        assert where is not None, hit
        texts, title = text_and_title(raw["roles"][where[1]], where[2], where[3])
        matched = normalize(hit["matched"])
        in_text = any(matched in normalize(t) for t in texts.values())
        assert in_text or any(matched in normalize(t) for t in title.values()), hit
        shown = hit["name"][lang]
        assert shown.endswith(" ".join(texts[lang].split()).strip()) or texts[lang] in shown
        if not in_text:
            by_title += 1
            assert shown.startswith(title[lang]), hit
            assert "".join(title[lang].split()) in human
    if query in ("훈련", "training"):
        assert by_title  # the case this is about: a title the text does not repeat
