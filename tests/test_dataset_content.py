"""The bundled dataset against its five source articles: nothing missing, one id per concept."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import pytest
from conftest import ONET, SEEDS, require_shared

from cs_roles import names

# (responsibilities, skills, tools, career rungs, growth, best practices) per role, counted in
# the articles:
# - responsibilities and best practices: one per bullet of the article's section;
# - skills: one per skill heading, two where a heading names two skills ("인내와 공감",
#   "공감과 인내"), so support-manager and coordinator have one more skill than headings;
# - tools: one per product or kind of tool the article names; support-manager's 22 count the
#   three kinds of communication tool it lists (email management systems, live chat tools,
#   social media management platforms) beside the products Intercom and Hootsuite;
# - career rungs: entry level upwards only; the rest of the career section is growth.
#   support-manager: 5 bullets, "전문 역할" (specialist roles) is growth, plus the section's
#   opening line on the outlook. coordinator: 5 bullets, 3 rungs; the lateral move of the
#   advanced rung, "전문화된 역할" and "지속적인 학습" are growth. operations-manager: 4 rungs; the
#   opening line and the conclusion's advice are growth. experience-manager: 4 rungs and the 3
#   bullets of "성장 및 발전의 기회". team-lead: 6 rungs; the opening line and the two
#   sentences after the rungs are growth.
COUNTS = {
    "experience-manager": (6, 7, 19, 4, 3, 6),
    "operations-manager": (8, 7, 16, 4, 2, 6),
    "support-manager": (7, 9, 22, 4, 2, 8),
    "coordinator": (8, 9, 20, 3, 3, 8),
    "team-lead": (10, 10, 20, 6, 3, 10),
}

SAMPLES = {
    "experience-manager": {
        "skills": {"project-management", "emotional-intelligence", "leadership"},
        "tools": {"medallia", "looker", "zapier", "sharepoint", "virtual-assistants", "live-chat"},
        "areas": {"strategy", "technology", "reporting", "training"},
    },
    "operations-manager": {
        "skills": {"time-management", "emotional-intelligence", "leadership"},
        "tools": {"maestroqa", "playvox", "zoom", "notion", "power-bi", "jira-service-management"},
        "areas": {"budget", "quality-assurance", "performance", "strategy", "policy"},
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
            "social-media-management",
        },
        "areas": {"records", "customer-experience", "training", "customer-interaction"},
    },
    "coordinator": {
        "skills": {"organization", "adaptability", "leadership", "patience", "empathy"},
        "tools": {"buffer", "sprout-social", "typeform", "document360", "hootsuite", "email"},
        "areas": {"policy", "records", "performance", "feedback", "collaboration"},
    },
    "team-lead": {
        "skills": {"conflict-resolution", "patience", "empathy", "adaptability"},
        "tools": {"groove", "kayako", "five9", "talkdesk", "moodle", "talentlms", "live-chat"},
        "areas": {"conflict-resolution", "resources", "performance", "issue-resolution"},
    },
}

# Names the articles (and Korean users) use for one concept: each group must resolve to one id.
SYNONYMS = {
    "skills": {
        "communication": ["의사소통 능력", "커뮤니케이션", "의사소통 기술", "Communication"],
        "analytical-thinking": ["분석적 사고", "분석 기술", "분석적 기술"],
        "leadership": ["리더십 능력", "리더십 및 관리", "리더십 자질", "리더십"],
        "technical-proficiency": ["기술 역량", "기술 숙련도", "기술 능력"],
        "problem-solving": ["문제 해결 능력", "문제 해결 기술", "문제 해결"],
        "organization": ["조직력", "조직 기술"],
        "attention-to-detail": ["꼼꼼함", "세부 사항에 대한 주의"],
        "patience": ["인내", "인내심"],
    },
    "tools": {
        "hubspot": ["HubSpot", "HubSpot CRM"],
        "jira-service-management": [
            "Jira Service Desk",
            "Jira 서비스 관리",
            "Jira 서비스 데스크",
            "지라 서비스 매니지먼트",
        ],
        "intercom": ["인터컴", "Intercom"],
        "hootsuite": ["후트스위트", "Hootsuite"],
        "power-bi": ["Power BI", "Microsoft Power BI"],
        "live-chat": ["라이브 채팅 소프트웨어", "실시간 채팅 도구"],
        "email": ["이메일 관리 시스템", "이메일 시스템"],
        "freshdesk": ["Freshdesk", "프레시데스크", "프레쉬데스크"],
        "sharepoint": ["SharePoint", "셰어포인트", "쉐어포인트"],
        "social-media-management": ["소셜 미디어 관리 플랫폼"],
    },
}
KEPT_APART = [
    ("skills", "emotional-intelligence", "empathy"),
    ("tools", "zoho-crm", "zoho-desk"),
    ("tools", "social-media-management", "hootsuite"),
]


def fold(name: str) -> str:
    """As cs_roles.names.fold, written again: NFKC, case-folded, no spaces, '-' or '_'."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    return re.sub(r"[\s_-]+", "", folded)


def label_names(entry: dict[str, Any]) -> set[str]:
    label = entry.get("name") or entry.get("title")
    return set(label.values()) if isinstance(label, dict) else {label}


def names_by_id(raw: dict[str, Any], section: str) -> dict[str, set[str]]:
    return {
        ident: {fold(n) for n in label_names(entry) | set(entry.get("aliases", [])) | {ident}}
        for ident, entry in raw[section].items()
    }


def skill_ids(role: dict[str, Any]) -> list[str]:
    return [s["skill"] for s in role["skills"]]


def tool_ids(role: dict[str, Any]) -> list[str]:
    return [t for group in role["tools"] for t in group["tools"]]


def area_ids(role: dict[str, Any]) -> set[str]:
    return {a for r in role["responsibilities"] for a in r["areas"]}


@pytest.mark.parametrize("role_id", sorted(COUNTS))
def test_every_item_of_the_article_is_there(raw: dict[str, Any], role_id: str) -> None:
    role = raw["roles"][role_id]
    counted = (
        len(role["responsibilities"]),
        len(role["skills"]),
        len(set(tool_ids(role))),
        len(role["career_path"]),
        len(role["growth"]),
        len(role["best_practices"]),
    )
    assert counted == COUNTS[role_id]


@pytest.mark.parametrize("role_id", sorted(SAMPLES))
def test_sampled_items_per_section(invoke_json: Any, raw: dict[str, Any], role_id: str) -> None:
    shown = invoke_json("show", role_id)
    sample = SAMPLES[role_id]
    assert sample["skills"] <= {s["id"] for s in shown["skills"]}
    assert sample["tools"] <= {t["id"] for t in shown["tools"]}
    assert sample["areas"] <= area_ids(raw["roles"][role_id])
    by_area = invoke_json("matrix", "areas")["matrix"]["areas"]  # every area, through csroles
    assert sample["areas"] <= {area for area, owners in by_area.items() if role_id in owners}
    for section in ("responsibilities", "career_path", "growth", "best_practices"):
        for item in shown.get(section) or raw["roles"][role_id][section]:
            text = item["text"] if section == "responsibilities" else item
            assert text["en"] and text["ko"], f"{role_id}.{section} lacks a language"
    assert shown["summary"]["en"] and shown["summary"]["ko"]
    assert shown["source"]["publisher"] == "Guru"
    assert shown["source"]["language"] == "ko"


def test_budget_and_tools_and_materials_are_apart(raw: dict[str, Any]) -> None:
    """operations-manager's article has a budget duty (예산 관리); team-lead's 자원 관리 is
    software, tools and other materials only: two areas, each used where its article says so."""
    users = {
        area: {r for r, role in raw["roles"].items() if area in area_ids(role)}
        for area in ("budget", "resources")
    }
    assert users == {"budget": {"operations-manager"}, "resources": {"team-lead"}}
    assert raw["areas"]["budget"] == {"en": "Budget management", "ko": "예산 관리"}
    assert raw["areas"]["resources"] == {
        "en": "Tools and materials management",
        "ko": "도구 및 자재 관리",
    }


@pytest.mark.parametrize(
    ("skill", "ko", "kept"),
    [
        ("organization", "조직력", "조직 기술"),
        ("attention-to-detail", "꼼꼼함", "세부 사항에 대한 주의"),
    ],
)
def test_skill_names_read_naturally_in_korean(
    raw: dict[str, Any], skill: str, ko: str, kept: str
) -> None:
    """The natural Korean word is the name; the article's literal wording stays as an alias."""
    entry = raw["skills"][skill]
    assert entry["name"]["ko"] == ko
    assert kept in entry["aliases"]


def _text_paths(raw: dict[str, Any]) -> list[tuple[str, Any]]:
    """Every localized text of the dataset, by path."""
    out: list[tuple[str, Any]] = []
    for section in ("categories", "areas"):
        out += [(f"{section}.{i}", text) for i, text in raw[section].items()]
    out += [(f"skills.{i}.name", s["name"]) for i, s in raw["skills"].items()]
    out += [
        (f"skills.{i}.description", s["description"])
        for i, s in raw["skills"].items()
        if "description" in s
    ]
    for ident, tool in raw["tools"].items():
        if not isinstance(tool["name"], str):  # a product name is one string in every language
            out.append((f"tools.{ident}.name", tool["name"]))
        if "description" in tool:
            out.append((f"tools.{ident}.description", tool["description"]))
    for ident, role in raw["roles"].items():
        at = f"roles.{ident}"
        out += [(f"{at}.title", role["title"]), (f"{at}.summary", role["summary"])]
        for n, r in enumerate(role["responsibilities"]):
            out += [(f"{at}.responsibilities[{n}].title", r["title"])]
            out += [(f"{at}.responsibilities[{n}].text", r["text"])]
        out += [(f"{at}.skills[{n}].note", s["note"]) for n, s in enumerate(role["skills"])]
        out += [(f"{at}.tools[{n}].purpose", g["purpose"]) for n, g in enumerate(role["tools"])]
        for section in ("career_path", "growth", "best_practices"):
            out += [(f"{at}.{section}[{n}]", t) for n, t in enumerate(role[section])]
    return out


def test_every_text_is_bilingual(raw: dict[str, Any]) -> None:
    texts = _text_paths(raw)
    assert len(texts) > 250
    for path, text in texts:
        assert isinstance(text, dict) and set(text) == {"en", "ko"}, f"{path}: {text!r}"
        for lang, value in text.items():
            assert isinstance(value, str) and value.strip(), f"{path}.{lang} is empty"
        assert re.search("[가-힣]", text["ko"]), f"{path}.ko has no Hangul"
        assert not re.search("[가-힣]", text["en"]), f"{path}.en has Hangul"


def test_every_text_of_the_dataset_is_checked(raw: dict[str, Any]) -> None:
    """A localized text anywhere in the file is one of those listed above (no text escapes)."""
    found: list[str] = []

    def walk(value: Any, path: str) -> None:
        if isinstance(value, dict) and set(value) & {"en", "ko"}:
            found.append(path)
        elif isinstance(value, dict):
            for key, sub in value.items():
                walk(sub, f"{path}.{key}" if path else str(key))
        elif isinstance(value, list):
            for n, sub in enumerate(value):
                walk(sub, f"{path}[{n}]")

    walk(raw, "")
    assert sorted(found) == sorted(path for path, _ in _text_paths(raw))


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
def test_every_name_resolves_to_exactly_one_id(raw: dict[str, Any], section: str) -> None:
    owner: dict[str, str] = {}
    for ident, entry in raw[section].items():
        for name in label_names(entry) | set(entry.get("aliases", [])) | {ident}:
            assert fold(name) == names.fold(name)
            assert fold(name), (section, ident, name)
            assert owner.setdefault(fold(name), ident) == ident, (name, ident, owner[fold(name)])


@pytest.mark.parametrize("section", ["categories", "areas"])
def test_category_and_area_names_are_distinct(raw: dict[str, Any], section: str) -> None:
    for lang in ("en", "ko"):
        folded = [fold(text[lang]) for text in raw[section].values()]
        assert len(folded) == len(set(folded)), (section, lang)


def test_every_role_alias_shows_its_role(invoke_json: Any, raw: dict[str, Any]) -> None:
    for ident, role in raw["roles"].items():
        for alias in role["aliases"]:
            assert invoke_json("show", alias)["id"] == ident, alias


def test_every_reference_is_defined_and_every_definition_used(raw: dict[str, Any]) -> None:
    used: dict[str, set[str]] = {
        "skills": set(),
        "tools": set(),
        "categories": set(),
        "areas": set(),
    }
    for role in raw["roles"].values():
        used["skills"].update(skill_ids(role))
        used["tools"].update(tool_ids(role))
        used["categories"].update(group["category"] for group in role["tools"])
        used["areas"].update(area_ids(role))
    for section, ids in used.items():
        assert ids == set(raw[section]), section


def test_csa_is_no_alias_but_the_summary_finds_the_support_manager(
    invoke: Any, invoke_json: Any, raw: dict[str, Any]
) -> None:
    """The article abbreviates the role "CSA", but CSA names a customer service associate, a
    front-line job: no alias, yet a search for it finds the role through its summary."""
    for name in ("CSA", "customer support associate"):
        assert fold(name) not in names_by_id(raw, "roles")["support-manager"]
        assert invoke("show", name, "--json").exit_code == 1
    assert "CSA" in raw["roles"]["support-manager"]["summary"]["en"]
    assert "CSA" in raw["roles"]["support-manager"]["summary"]["ko"]
    hits = invoke_json("search", "CSA")["hits"]
    text_hits = [h for h in hits if h["kind"] == "text" and h["id"] == "support-manager.summary"]
    assert text_hits and text_hits[0]["roles"] == ["support-manager"]


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


@pytest.mark.parametrize("role_id", sorted(ARTICLES))
def test_every_product_named_in_the_article_is_a_tool_of_the_role(
    raw: dict[str, Any], role_id: str
) -> None:
    require_shared(SEEDS)
    article = (SEEDS / ARTICLES[role_id]).read_text(encoding="utf-8")
    named = set(re.findall(r"[A-Z][A-Za-z0-9]*(?: [A-Z][A-Za-z0-9]*)*", tools_section(article)))
    named -= NOT_PRODUCTS
    assert len(named) >= 12
    known = names_by_id(raw, "tools")
    role_tools = {t for group in raw["roles"][role_id]["tools"] for t in group["tools"]}
    for name in named:
        owners = {i for i in role_tools if any(n.startswith(fold(name)) for n in known[i])}
        assert owners, f"{name} (named in the article) is not among {role_id}'s tools"


@pytest.mark.parametrize("role_id", sorted(ARTICLES))
def test_source_points_at_the_article(raw: dict[str, Any], role_id: str) -> None:
    require_shared(SEEDS)
    source = raw["roles"][role_id]["source"]
    article = (SEEDS / source["file"]).read_text(encoding="utf-8")
    assert source["file"] == ARTICLES[role_id]
    assert source["title"] in article
    if "published" in source:
        assert source["published"].strftime("%B %-d, %Y") in article


def _onet_rows(name: str) -> list[list[str]]:
    text = (ONET / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines()[1:] if line.strip()]


def test_crosswalk_names_real_onet_occupations(raw: dict[str, Any]) -> None:
    """Each O*NET match: its code and title as in Occupation Data, its evidence an alternate
    title of that occupation (or its title), spelled exactly as O*NET spells it."""
    require_shared(ONET)
    titles = {row[0]: row[1] for row in _onet_rows("Occupation Data.txt")}
    alternates: dict[str, set[str]] = {}
    for row in _onet_rows("Alternate Titles.txt"):
        alternates.setdefault(row[0], set()).add(row[1])
    for role_id, role in raw["roles"].items():
        for match in role["crosswalk"]["onet"]:
            code = match["code"]
            assert titles.get(code) == match["title"], (role_id, code)
            assert match["evidence"] in alternates.get(code, set()) | {titles[code]}, role_id
