"""The bundled dataset against its five source articles: nothing missing, one id per concept."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import pytest
from conftest import SEEDS

# (responsibilities, skills, tools, career steps, best practices) per role, counted in the
# articles. Skills: where an article names two skills in one heading ("인내와 공감",
# "공감과 인내"), both are listed, so support-manager and coordinator have one more skill
# than skill headings.
COUNTS = {
    "experience-manager": (6, 7, 19, 4, 6),
    "operations-manager": (8, 7, 16, 4, 6),
    "support-manager": (7, 9, 21, 5, 8),
    "coordinator": (8, 9, 20, 5, 8),
    "team-lead": (10, 10, 20, 6, 10),
}

SAMPLES = {
    "experience-manager": {
        "skills": {"project-management", "emotional-intelligence", "leadership"},
        "tools": {"medallia", "looker", "zapier", "sharepoint", "virtual-assistants", "live-chat"},
        "areas": {"strategy", "technology", "reporting"},
    },
    "operations-manager": {
        "skills": {"time-management", "emotional-intelligence", "leadership"},
        "tools": {"maestroqa", "playvox", "zoom", "notion", "power-bi", "jira-service-management"},
        "areas": {"resources", "quality-assurance", "performance", "strategy"},
    },
    "support-manager": {
        "skills": {"attention-to-detail", "multitasking", "patience", "empathy"},
        "tools": {
            "helpjuice",
            "asana",
            "zoho-desk",
            "hootsuite",
            "intercom",
            "feedback-analytics",
            "ai-support-tools",
            "chatbots",
            "email",
        },
        "areas": {"records", "customer-experience", "training", "customer-interaction"},
    },
    "coordinator": {
        "skills": {"organization", "adaptability", "leadership", "patience", "empathy"},
        "tools": {"buffer", "sprout-social", "typeform", "document360", "hootsuite", "email"},
        "areas": {"policy", "records", "performance", "feedback"},
    },
    "team-lead": {
        "skills": {"conflict-resolution", "patience", "empathy", "adaptability"},
        "tools": {"groove", "kayako", "five9", "talkdesk", "moodle", "talentlms", "live-chat"},
        "areas": {"conflict-resolution", "resources", "performance", "reporting"},
    },
}

# Names the articles use for one concept: each group must resolve to one id.
SYNONYMS = {
    "skills": {
        "communication": ["의사소통 능력", "커뮤니케이션", "의사소통 기술", "Communication"],
        "analytical-thinking": ["분석적 사고", "분석 기술", "분석적 기술"],
        "leadership": ["리더십 능력", "리더십 및 관리", "리더십 자질", "리더십"],
        "technical-proficiency": ["기술 역량", "기술 숙련도", "기술 능력"],
        "problem-solving": ["문제 해결 능력", "문제 해결 기술", "문제 해결"],
    },
    "tools": {
        "hubspot": ["HubSpot", "HubSpot CRM"],
        "jira-service-management": ["Jira Service Desk", "Jira 서비스 관리", "Jira 서비스 데스크"],
        "intercom": ["인터컴", "Intercom"],
        "hootsuite": ["후트스위트", "Hootsuite"],
        "power-bi": ["Power BI", "Microsoft Power BI"],
        "live-chat": ["라이브 채팅 소프트웨어", "실시간 채팅 도구"],
        "email": ["이메일 관리 시스템", "이메일 시스템"],
    },
}
KEPT_APART = [("skills", "emotional-intelligence", "empathy"), ("tools", "zoho-crm", "zoho-desk")]


def fold(name: str) -> str:
    folded = unicodedata.normalize("NFKC", name).casefold()
    return re.sub(r"[\s_-]+", "", folded)


def names_by_id(raw: dict[str, Any], section: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for ident, entry in raw[section].items():
        name = entry["name"]
        names = set(name.values()) if isinstance(name, dict) else {name}
        out[ident] = {fold(n) for n in names | set(entry.get("aliases", [])) | {ident}}
    return out


@pytest.mark.parametrize("role_id", sorted(COUNTS))
def test_every_item_of_the_article_is_there(raw: dict[str, Any], role_id: str) -> None:
    role = raw["roles"][role_id]
    counted = (
        len(role["responsibilities"]),
        len(role["skills"]),
        len({t for group in role["tools"] for t in group["tools"]}),
        len(role["career_path"]),
        len(role["best_practices"]),
    )
    assert counted == COUNTS[role_id]


@pytest.mark.parametrize("role_id", sorted(SAMPLES))
def test_sampled_items_per_section(invoke_json: Any, role_id: str) -> None:
    shown = invoke_json("show", role_id)
    sample = SAMPLES[role_id]
    assert sample["skills"] <= {s["id"] for s in shown["skills"]}
    assert sample["tools"] <= {t["id"] for t in shown["tools"]}
    assert sample["areas"] <= {r["area"] for r in shown["responsibilities"]}
    for section in ("responsibilities", "career_path", "best_practices"):
        for item in shown[section]:
            text = item["text"] if section == "responsibilities" else item
            assert text["en"] and text["ko"], f"{role_id}.{section} lacks a language"
    assert shown["summary"]["en"] and shown["summary"]["ko"]
    assert shown["source"]["publisher"] == "Guru"
    assert shown["source"]["language"] == "ko"


def test_every_text_is_bilingual(raw: dict[str, Any]) -> None:
    def check(value: Any, path: str) -> None:
        if isinstance(value, dict) and "en" in value:
            assert value.get("ko"), f"{path} has no Korean"
        elif isinstance(value, dict):
            for key, sub in value.items():
                if key not in ("name", "source") or path.startswith("skills"):
                    check(sub, f"{path}.{key}")
        elif isinstance(value, list):
            for i, sub in enumerate(value):
                check(sub, f"{path}[{i}]")

    for section in ("categories", "areas", "skills", "roles"):
        check(raw[section], section)


@pytest.mark.parametrize(
    ("section", "ident", "names"),
    [(s, i, n) for s, groups in SYNONYMS.items() for i, n in groups.items()],
)
def test_one_concept_one_id(
    raw: dict[str, Any], section: str, ident: str, names: list[str]
) -> None:
    known = names_by_id(raw, section)
    for name in names:
        owners = [i for i, n in known.items() if fold(name) in n]
        assert owners == [ident], f"{name!r} resolves to {owners}"


@pytest.mark.parametrize(("section", "a", "b"), KEPT_APART)
def test_distinct_concepts_stay_apart(raw: dict[str, Any], section: str, a: str, b: str) -> None:
    known = names_by_id(raw, section)
    assert known[a].isdisjoint(known[b])


@pytest.mark.parametrize("section", ["skills", "tools", "roles"])
def test_no_name_belongs_to_two_ids(raw: dict[str, Any], section: str) -> None:
    owner: dict[str, str] = {}
    for ident, entry in raw[section].items():
        label = entry.get("name") or entry.get("title")
        names = set(label.values()) if isinstance(label, dict) else {label}
        for name in names | set(entry.get("aliases", [])) | {ident}:
            assert owner.setdefault(fold(name), ident) == ident, (name, ident, owner[fold(name)])


def test_every_reference_is_defined_and_every_definition_used(raw: dict[str, Any]) -> None:
    used: dict[str, set[str]] = {
        "skills": set(),
        "tools": set(),
        "categories": set(),
        "areas": set(),
    }
    for role in raw["roles"].values():
        used["skills"].update(role["skills"])
        used["tools"].update(t for group in role["tools"] for t in group["tools"])
        used["categories"].update(group["category"] for group in role["tools"])
        used["areas"].update(a for r in role["responsibilities"] for a in r["areas"])
    for section, ids in used.items():
        assert ids == set(raw[section]), section


def test_support_manager_keeps_the_articles_abbreviation(invoke_json: Any) -> None:
    assert invoke_json("show", "CSA")["id"] == "support-manager"


# -- cross-check with the articles themselves (when ../shared/seeds is present) -----------

ARTICLES = {
    "experience-manager": "000_6e9dbde3d9eab5ee.txt",
    "operations-manager": "001_bed78be25241e168.txt",
    "support-manager": "002_05df94adc0091cc0.txt",
    "coordinator": "003_d2a6421ef16f9950.txt",
    "team-lead": "004_95c8621ef8dfb71f.txt",
}
NOT_PRODUCTS = {"CRM", "AI", "LMS", "CX", "IT", "KPI", "KPIs", "CSAs"}  # not products


def tools_section(text: str) -> str:
    start = re.search(r"^\s*도구(와| 및) 기술\s*$", text, re.M)
    end = re.search(r"^\s*(경력 경로|경로 및 성장)", text, re.M)
    assert start and end
    return text[start.end() : end.start()]


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the source articles are not beside the repo")
@pytest.mark.parametrize("role_id", sorted(ARTICLES))
def test_every_product_named_in_the_article_is_a_tool_of_the_role(
    raw: dict[str, Any], role_id: str
) -> None:
    article = (SEEDS / ARTICLES[role_id]).read_text(encoding="utf-8")
    named = set(re.findall(r"[A-Z][A-Za-z0-9]*(?: [A-Z][A-Za-z0-9]*)*", tools_section(article)))
    named -= NOT_PRODUCTS
    assert len(named) >= 12
    known = names_by_id(raw, "tools")
    role_tools = {t for group in raw["roles"][role_id]["tools"] for t in group["tools"]}
    for name in named:
        owners = {i for i in role_tools if any(n.startswith(fold(name)) for n in known[i])}
        assert owners, f"{name} (named in the article) is not among {role_id}'s tools"


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the source articles are not beside the repo")
@pytest.mark.parametrize("role_id", sorted(ARTICLES))
def test_source_points_at_the_article(raw: dict[str, Any], role_id: str) -> None:
    source = raw["roles"][role_id]["source"]
    article = (SEEDS / source["file"]).read_text(encoding="utf-8")
    assert source["file"] == ARTICLES[role_id]
    assert source["title"] in article
    if "published" in source:
        assert source["published"].strftime("%B %-d, %Y") in article
