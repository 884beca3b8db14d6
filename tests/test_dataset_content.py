"""The bundled dataset against its five source articles: nothing missing, one id per concept."""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

import pytest
from conftest import ONET, SEEDS, require_shared

from cs_roles import names
from cs_roles.dataset_format import ROLE_TEXTS

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
    "experience-manager": (6, 7, 19, 4, 5, 6),
    "operations-manager": (8, 7, 16, 4, 2, 6),
    "support-manager": (7, 9, 22, 4, 3, 8),
    "coordinator": (8, 9, 20, 3, 4, 8),
    "team-lead": (10, 10, 20, 6, 4, 10),
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
        "organization": ["체계적 업무 처리", "조직 기술"],
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
        ("organization", "체계적 업무 처리", "조직 기술"),
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
        out += [
            (f"{at}.career_path[{n}]" + (".text" if "text" in t else ""), t.get("text", t))
            for n, t in enumerate(role["career_path"])
        ]
        for section in ROLE_TEXTS:  # career_path's rungs are above; the rest, whatever is declared
            if section != "career_path":
                out += [(f"{at}.{section}[{n}]", t) for n, t in enumerate(role.get(section) or ())]
    out += [(f"positions.{i}.name", p["name"]) for i, p in raw.get("positions", {}).items()]
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

    walk({k: v for k, v in raw.items() if k != "concepts"}, "")  # terms: lists, checked below
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
        for alias in role.get("aliases", []):
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


def test_csa_is_the_articles_alias_and_no_editors_note_is_left(
    invoke: Any, invoke_json: Any, raw: dict[str, Any]
) -> None:
    """Article 002 abbreviates the role CSA: an alias now, and the summary's note is gone."""
    role = raw["roles"]["support-manager"]
    assert "CSA" in role["aliases"]
    assert invoke_json("show", "CSA")["id"] == "support-manager"
    assert invoke("show", "CSA", "--json").stderr == ""  # the article's own name: no mark
    assert "CSA" not in role["summary"]["en"] and "CSA" not in role["summary"]["ko"]
    assert "abbreviates" not in role["summary"]["en"] and "원문" not in role["summary"]["ko"]


def test_markdown_of_the_support_manager_holds_no_note_and_no_repeated_sentence(
    invoke: Any,
) -> None:
    result = invoke("show", "support-manager", "--format", "markdown")
    assert result.exit_code == 0
    for marker in ("abbreviates", "원문은", "CSA로"):
        assert marker not in result.stdout
    sentences = [
        s.strip()
        for line in result.stdout.splitlines()
        for s in re.split(r"(?<=[.!?다])\s+", line.lstrip("-*# ").strip())
        if len(s.strip()) > 40
    ]
    repeated = {s for s in sentences if sentences.count(s) > 1}
    assert not repeated


def test_no_two_skill_notes_of_a_role_say_the_same(raw: dict[str, Any]) -> None:
    for ident, role in raw["roles"].items():
        notes = [s["note"][lang] for s in role["skills"] for lang in ("en", "ko")]
        assert len(notes) == len(set(notes)), ident


@pytest.mark.parametrize(
    ("name", "role_id"),
    [("팀장", "team-lead"), ("코디네이터", "coordinator"), ("CX manager", "experience-manager")],
)
def test_an_everyday_name_shows_its_role_and_says_it_is_no_articles_name(
    invoke: Any, raw: dict[str, Any], name: str, role_id: str
) -> None:
    assert name in raw["roles"][role_id]["everyday_names"]
    result = invoke("show", name, "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["id"] == role_id
    assert name in result.stderr and "everyday name" in result.stderr
    korean = invoke("show", name, "--json", env={"CSROLES_LANG": "ko"})
    assert "일상적인 이름" in korean.stderr


def test_a_generic_name_names_no_role_and_lists_the_candidates(
    invoke: Any, raw: dict[str, Any]
) -> None:
    shared: dict[str, list[str]] = {}
    for ident, role in raw["roles"].items():
        for name in role.get("everyday_names", []):
            shared.setdefault(fold(name), []).append(ident)
    generic = {name: owners for name, owners in shared.items() if len(owners) > 1}
    assert fold("관리자") in generic and fold("manager") in generic
    for name, owners in generic.items():
        for command in (["show", name], ["compare", name, "team-lead"]):
            result = invoke(*command)
            assert result.exit_code == 1, command
            assert all(f"'{owner}'" in result.stderr for owner in owners), result.stderr


def test_no_everyday_name_is_another_roles_article_name(raw: dict[str, Any]) -> None:
    article = names_by_id(raw, "roles")
    for ident, role in raw["roles"].items():
        for name in role.get("everyday_names", []):
            owners = [i for i, names in article.items() if fold(name) in names]
            assert owners in ([], [ident]), (name, owners)
            assert fold(name) not in article[ident], f"{name} is both an alias and everyday"


def test_every_career_rung_names_positions_of_the_shared_list(raw: dict[str, Any]) -> None:
    positions = raw["positions"]
    used = set()
    for ident, role in raw["roles"].items():
        for rung in role["career_path"]:
            assert rung["positions"], (ident, rung)
            for position in rung["positions"]:
                assert position in positions, (ident, position)
                used.add(position)
                linked = positions[position].get("role")
                assert linked is None or linked in raw["roles"], position
    assert used == set(positions)
    levels = [
        positions[p]["level"] for p in ("representative", "team-lead", "vp-customer-experience")
    ]
    assert levels == ["entry", "lead", "executive"]


def test_every_concept_points_at_something_defined(raw: dict[str, Any]) -> None:
    concepts = raw["concepts"]
    assert len(concepts) >= 15
    for ident, concept in concepts.items():
        assert concept["terms"]["en"] and concept["terms"]["ko"], ident
        assert not re.search("[가-힣]", " ".join(concept["terms"]["en"])), ident
        assert re.search("[가-힣]", " ".join(concept["terms"]["ko"])), ident
        targets = [
            (s, i) for s in ("categories", "tools", "areas", "skills") for i in concept.get(s, [])
        ]
        assert targets, ident
        for section, target in targets:
            assert target in raw[section], (ident, section, target)


@pytest.mark.parametrize(
    ("query", "kind", "ident"),
    [
        ("survey tool", "category", "feedback"),
        ("call center software", "category", "call-center"),
        ("coaching", "area", "training"),
        ("ticketing system", "category", "help-desk"),
        ("설문 도구", "category", "feedback"),
        ("티켓 시스템", "category", "help-desk"),
    ],
)
def test_concept_searches_put_what_the_vocabulary_names_first(
    invoke_json: Any, raw: dict[str, Any], query: str, kind: str, ident: str
) -> None:
    section = {"category": "categories", "area": "areas"}[kind]
    assert any(
        query in c["terms"]["en"] + c["terms"]["ko"] and ident in c.get(section, [])
        for c in raw["concepts"].values()
    )
    top = invoke_json("search", query)["hits"][0]
    assert (top["kind"], top["id"]) == (kind, ident)


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


def _folded_article(role_id: str) -> str:
    require_shared(SEEDS)
    return fold((SEEDS / ARTICLES[role_id]).read_text(encoding="utf-8"))


@pytest.mark.parametrize("role_id", sorted(ARTICLES))
def test_every_name_is_the_articles_or_marked_everyday(raw: dict[str, Any], role_id: str) -> None:
    """The Korean title and every alias are in the article's text; every other name a person
    may type is in `everyday_names`, the mark (the English title translates the title)."""
    article = _folded_article(role_id)
    role = raw["roles"][role_id]
    marked = {fold(name) for name in role.get("everyday_names", [])}
    names = [role["title"]["ko"], *role.get("aliases", []), *role.get("everyday_names", [])]
    assert len(names) > 2
    for name in names:
        assert fold(name) in article or fold(name) in marked, f"{name!r}: no article, no mark"
    for name in [role["title"]["ko"], *role.get("aliases", [])]:
        assert fold(name) in article, f"{name!r} is not in {ARTICLES[role_id]}"


# The facts the audit found missing: (role, section, article words, en words, ko words).
AUDIT_FACTS = [
    ("experience-manager", "growth", "수요는 계속 증가", "demand", "수요"),
    ("coordinator", "summary", "의사 소통, 문제 해결 및 공감", "empathy", "공감이라는 핵심 역량"),
    ("coordinator", "growth", "고객 서비스 분야 및 관련 분야", "related fields", "관련 분야"),
    ("team-lead", "growth", "중요성과 수요는 계속 증가", "importance", "중요성과 수요"),
    (
        "support-manager",
        "growth",
        "성공적이고 보람 있는 경력",
        "rewarding career",
        "보람 있는 경력",
    ),
    (
        "support-manager",
        "summary",
        "명확한 의사소통 및 효율적인 서비스",
        "clear communication",
        "명확한 소통",
    ),
    ("experience-manager", "growth", "발전 및 전문화의 수많은 기회", "specialise", "전문성을 키울"),
]


@pytest.mark.parametrize(("role_id", "section", "quote", "en", "ko"), AUDIT_FACTS)
def test_every_fact_the_audit_found_missing_is_there(
    raw: dict[str, Any], role_id: str, section: str, quote: str, en: str, ko: str
) -> None:
    require_shared(SEEDS)
    text = (SEEDS / ARTICLES[role_id]).read_text(encoding="utf-8")
    assert quote in text
    value = raw["roles"][role_id][section]
    texts = [value] if isinstance(value, dict) else value
    assert any(en in t["en"] for t in texts), (role_id, section, en)
    assert any(ko in t["ko"] for t in texts), (role_id, section, ko)


def test_career_lead_ins_are_growth_in_every_role(raw: dict[str, Any]) -> None:
    for ident, role in raw["roles"].items():
        first = role["growth"][0]["en"].lower()
        assert "opportunit" in first, ident
