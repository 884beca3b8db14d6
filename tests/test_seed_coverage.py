"""Every skill and tool bullet of each source article is in the data, with its facts.

The fixtures in tests/seed_keywords/<role>.yaml were written by the curators: per bullet of
the article's skills and tools sections, its heading, the skill ids or tool category it maps
to, and Korean key words that appear verbatim both in the article's bullet and in the role's
Korean note (skills) or purpose (tools); plus the number of items per section of the role.

Checks against the data alone always run; checks against the articles need ../shared/seeds
(skipped where it is absent, a failure where the environment variable CI is set).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import SEEDS, require_shared

KEYWORDS = Path(__file__).resolve().parent / "seed_keywords"
ROLE_IDS = sorted(p.stem for p in KEYWORDS.glob("*.yaml"))

# Section headings as the five articles write them (their wording varies from one to another).
SECTIONS = {
    "responsibilities": ("책임",),
    "skills": ("필수 기술", "요구 기술"),
    "tools": ("도구 및 기술", "도구와 기술"),
    "career": ("경력 경로 및 성장", "경력 경로와 성장", "경로 및 성장"),
    "best_practices": ("모범 사례",),
    "conclusion": ("결론",),
}
ITEM_SECTIONS = ("responsibilities", "skills", "tools", "best_practices")  # parsed into items
HEADING_OF = {h: section for section, headings in SECTIONS.items() for h in headings}
BULLET_RE = re.compile(r"\s*[•\-]\s+(.*)")
# "heading: text" or "heading:" alone; a heading is short and has no sentence punctuation.
HEADED_RE = re.compile(r"([^:.。]{1,40}):\s*(.*)")


@dataclass
class Item:
    heading: str
    text: str  # the heading, a colon and everything the article says under it, on one line


def categories_of(entry: dict[str, Any]) -> list[str]:
    """The categories a tools bullet maps to: one, or several where the article's one
    bullet names tools of different kinds (team-lead: internal chat, then customer channels)."""
    return list(entry.get("categories") or [entry["category"]])


def fixture(role_id: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((KEYWORDS / f"{role_id}.yaml").read_text("utf-8"))
    return data


def sections_of(article: str) -> dict[str, list[str]]:
    """The lines of each known section, up to the next section heading."""
    out: dict[str, list[str]] = {}
    current: str | None = None
    for line in article.splitlines():
        section = HEADING_OF.get(line.strip())
        if section is not None:
            assert section not in out, f"section {line.strip()!r} twice"
            current = section
            out[current] = []
        elif current is not None:
            out[current].append(line)
    return out


def items_of(lines: list[str]) -> list[Item]:
    """The items of one section, in the article's layout, whichever of the three it is.

    - `- heading: text` or `  • heading: text`, one line per item;
    - `  • heading:` followed by `  • text` bullets (one or more) that belong to it;
    - no bullets: after the introduction, a heading paragraph then a text paragraph, in turn.
    Paragraphs that are not bullets (the introduction, a closing remark) are not items.
    """
    bullets = [m.group(1).strip() for line in lines if (m := BULLET_RE.fullmatch(line))]
    items: list[Item] = []
    if bullets:
        for bullet in bullets:
            headed = HEADED_RE.fullmatch(bullet)
            if headed:
                items.append(Item(headed.group(1).strip(), bullet))
            else:
                assert items, f"a bullet before any heading: {bullet!r}"
                items[-1].text += " " + bullet
        return items
    paragraphs = [line.strip() for line in lines if line.strip()]
    pairs = paragraphs[1:]  # the first paragraph introduces the section
    assert len(pairs) % 2 == 0, f"headings and texts do not pair up: {pairs}"
    for heading, text in zip(pairs[::2], pairs[1::2], strict=True):
        assert not heading.endswith((".", ":")) and len(heading) <= 40, heading
        items.append(Item(heading, f"{heading}: {text}"))
    return items


@pytest.fixture(scope="module")
def articles(raw: dict[str, Any]) -> dict[str, dict[str, list[Item]]]:
    require_shared(SEEDS)
    out = {}
    for role_id in ROLE_IDS:
        text = (SEEDS / raw["roles"][role_id]["source"]["file"]).read_text(encoding="utf-8")
        sections = sections_of(text)
        assert set(sections) == set(SECTIONS), f"{role_id}: sections {sorted(sections)}"
        out[role_id] = {name: items_of(sections[name]) for name in ITEM_SECTIONS}
    return out


def skill_notes(role: dict[str, Any]) -> dict[str, str]:
    return {s["skill"]: s["note"]["ko"] for s in role["skills"]}


def tool_purposes(role: dict[str, Any]) -> dict[str, str]:
    return {g["category"]: g["purpose"]["ko"] for g in role["tools"]}


def test_there_is_a_fixture_for_every_role(raw: dict[str, Any]) -> None:
    assert sorted(raw["roles"]) == ROLE_IDS


def test_shared_data_is_skipped_when_absent_but_required_in_ci(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "shared" / "seeds"
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception):
        require_shared(missing)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception):
        require_shared(missing)
    require_shared(tmp_path)  # present: nothing happens


# -- the fixture against the data (no articles needed) -------------------------------------


@pytest.mark.parametrize("role_id", ROLE_IDS)
def test_skills_of_the_fixture_are_the_roles_skills(raw: dict[str, Any], role_id: str) -> None:
    role, expected = raw["roles"][role_id], fixture(role_id)
    ids = [i for entry in expected["skills"] for i in entry["ids"]]
    assert [s["skill"] for s in role["skills"]] == ids  # each once, in the article's order
    assert set(ids) <= set(raw["skills"])


@pytest.mark.parametrize("role_id", ROLE_IDS)
def test_tool_categories_of_the_fixture_are_the_roles(raw: dict[str, Any], role_id: str) -> None:
    role, expected = raw["roles"][role_id], fixture(role_id)
    categories = [c for entry in expected["tools"] for c in categories_of(entry)]
    assert [g["category"] for g in role["tools"]] == categories
    assert set(categories) <= set(raw["categories"])


@pytest.mark.parametrize("role_id", ROLE_IDS)
def test_keywords_are_in_the_korean_notes_and_purposes(raw: dict[str, Any], role_id: str) -> None:
    role, expected = raw["roles"][role_id], fixture(role_id)
    notes, purposes = skill_notes(role), tool_purposes(role)
    for entry in expected["skills"]:
        assert len(entry["keywords"]) >= 2, entry["heading"]
        # One article skill split in two ids (인내와 공감): each note says its part, so every
        # keyword is in one of the notes and every note holds one of the keywords.
        held = [notes[ident] for ident in entry["ids"]]
        for word in entry["keywords"]:
            assert any(word in note for note in held), (
                f"{word!r} not in the ko notes {entry['ids']}"
            )
        for ident in entry["ids"]:
            assert any(w in notes[ident] for w in entry["keywords"]), f"{ident}: no keyword"
    for entry in expected["tools"]:
        assert len(entry["keywords"]) >= 2, entry["heading"]
        held = [purposes[c] for c in categories_of(entry)]
        for word in entry["keywords"]:
            assert any(word in purpose for purpose in held), (
                f"{word!r} not in the ko purpose of {categories_of(entry)}"
            )


@pytest.mark.parametrize("role_id", ROLE_IDS)
def test_counts_of_the_fixture_are_the_datas(raw: dict[str, Any], role_id: str) -> None:
    role, counts = raw["roles"][role_id], fixture(role_id)["counts"]
    assert counts == {
        "responsibilities": len(role["responsibilities"]),
        "skills": len(role["skills"]),
        "tools": len({t for group in role["tools"] for t in group["tools"]}),
        "career_path": len(role["career_path"]),
        "growth": len(role.get("growth", [])),
        "best_practices": len(role["best_practices"]),
    }


# -- the fixture against the articles -------------------------------------------------------


@pytest.mark.parametrize("section", ["skills", "tools"])
@pytest.mark.parametrize("role_id", ROLE_IDS)
def test_one_entry_per_bullet_of_the_article_in_order(
    articles: dict[str, dict[str, list[Item]]], role_id: str, section: str
) -> None:
    bullets = articles[role_id][section]
    entries = fixture(role_id)[section]
    assert [e["heading"] for e in entries] == [b.heading for b in bullets]


@pytest.mark.parametrize("section", ["skills", "tools"])
@pytest.mark.parametrize("role_id", ROLE_IDS)
def test_keywords_are_in_the_articles_bullet(
    articles: dict[str, dict[str, list[Item]]], role_id: str, section: str
) -> None:
    for entry, bullet in zip(fixture(role_id)[section], articles[role_id][section], strict=True):
        for word in entry["keywords"]:
            assert word in bullet.text, f"{word!r} not in the article's {bullet.text!r}"


@pytest.mark.parametrize("role_id", ROLE_IDS)
def test_responsibilities_and_best_practices_as_many_as_in_the_article(
    articles: dict[str, dict[str, list[Item]]], raw: dict[str, Any], role_id: str
) -> None:
    role, counts = raw["roles"][role_id], fixture(role_id)["counts"]
    for section in ("responsibilities", "best_practices"):
        in_article = len(articles[role_id][section])
        assert counts[section] == len(role[section]) == in_article, section


@pytest.mark.parametrize("role_id", ROLE_IDS)
def test_every_product_of_a_tool_bullet_is_in_its_category(
    articles: dict[str, dict[str, list[Item]]], raw: dict[str, Any], role_id: str
) -> None:
    """The Latin-script product names of each tools bullet belong to that bullet's category."""
    role = raw["roles"][role_id]
    tools_of = {g["category"]: g["tools"] for g in role["tools"]}
    for entry, bullet in zip(fixture(role_id)["tools"], articles[role_id]["tools"], strict=True):
        body = bullet.text.split(":", 1)[1]
        named = re.findall(r"[A-Z][A-Za-z0-9]+(?: [A-Z][A-Za-z0-9]+)*", body)
        named = [n for n in named if n not in {"CRM", "AI", "LMS", "CX", "CSAs"}]
        names = {
            t: {raw["tools"][t]["name"]} if isinstance(raw["tools"][t]["name"], str) else set()
            for c in categories_of(entry)
            for t in tools_of[c]
        }
        for t in names:
            names[t] |= set(raw["tools"][t].get("aliases", []))
        for product in named:
            assert any(product in n for ns in names.values() for n in ns), (
                f"{product} ({bullet.heading}) is not among {categories_of(entry)} tools"
            )
