"""Small wrongs a reader notices: plurals, sort orders, titles in sentences, repeats.

Each test reproduces one wrong the way a reader met it, through the real CLI, with the
expected names and counts read from the YAML (or a dataset built in tmp_path).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from conftest import Invoke

from cs_roles.messages import text

WIDE = {"COLUMNS": "200"}


def name_in(value: str | dict[str, str], lang: str) -> str:
    return value if isinstance(value, str) else value.get(lang) or value["en"]


def role_tools(role: dict[str, Any]) -> set[str]:
    return {tool for group in role.get("tools", ()) for tool in group["tools"]}


def role_skills(role: dict[str, Any]) -> set[str]:
    return {s if isinstance(s, str) else s["skill"] for s in role.get("skills", ())}


def alphabetical(names: list[str]) -> list[str]:
    return sorted(names, key=lambda name: (name.casefold(), name))


SMALL = """\
schema_version: 1
roles:
  night-agent:
    title: Night agent
    skills: [empathy]
    tools: [zendesk]
  lead:
    title: Team lead
    skills: [coaching, communication]
    tools: [slack, jira]
    responsibilities:
      - {text: Report on the queue, area: reporting}
"""


@pytest.fixture
def small(tmp_path: Path) -> Path:
    path = tmp_path / "small.yaml"
    path.write_text(SMALL, encoding="utf-8")
    return path


def test_more_kinds_takes_the_plural_its_number_needs(invoke: Invoke) -> None:
    out = invoke("fit", "zendesk", "slack", "email", "freshdesk", "-n", "5", env=WIDE).stdout
    found = re.findall(r"\+(\d+) more (kinds?)\b", out)
    assert found, out
    for number, noun in found:
        assert noun == ("kind" if number == "1" else "kinds"), (number, noun)


def test_coverage_of_one_tool_says_tool(invoke: Invoke, small: Path) -> None:
    out = invoke("compare", "lead", "night-agent", "--data", str(small), env=WIDE).stdout
    found = re.findall(r"covers (\d+) of (.+?)'s (\d+) (tools?|skills?)\b", out)
    assert found, out
    for _have, owner, needed, noun in found:
        assert owner in ("Team lead", "Night agent"), "the role's title, not its id"
        assert noun.endswith("s") == (needed != "1"), (needed, noun)
    assert ("0", "Night agent", "1", "tool") in found


def test_matrix_ties_sort_by_the_korean_name(invoke: Invoke, raw: dict[str, Any]) -> None:
    holders: dict[str, int] = {}
    for role in raw["roles"].values():
        for tool in role_tools(role):
            holders[tool] = holders.get(tool, 0) + 1
    korean = {tool: name_in(raw["tools"][tool]["name"], "ko") for tool in holders}
    out = invoke("matrix", "tools", "--lang", "ko", env=WIDE).stdout
    rows = [
        [cell.strip() for cell in line.split("│")[1:-1]]
        for line in out.splitlines()
        if line.startswith("│")
    ]
    shown = [(row[0], int(row[-1])) for row in rows]
    assert {name for name, _ in shown} == set(korean.values())
    for count in set(holders.values()):
        tied = [name for name, n in shown if n == count]
        assert tied == alphabetical(tied), count


def test_similar_lists_names_in_alphabetical_order(
    invoke: Invoke, invoke_json: Any, raw: dict[str, Any]
) -> None:
    """ "Email systems" came before "Customer feedback analytics software": ids decided."""
    roles = raw["roles"]
    me = roles["coordinator"]
    payload = invoke_json("similar", "coordinator")
    assert any(entry["missing"]["tools"] for entry in payload["similar"])
    out = invoke("similar", "coordinator", "--lang", "en", env={"COLUMNS": "40"}).stdout
    shared_label, to_add_label = text("col.shared", "en"), text("col.to_add", "en")
    flat = " ".join(out.split())  # the stacked blocks, their wrapped lines joined again
    blocks = flat.split(f"{shared_label}: ")[1:]
    assert len(blocks) == len(payload["similar"])

    def listing(skills: set[str], tools: set[str]) -> str:
        skill_names = alphabetical([name_in(raw["skills"][s]["name"], "en") for s in skills])
        tool_names = alphabetical([name_in(raw["tools"][t]["name"], "en") for t in tools])
        return ", ".join(skill_names[:5] + tool_names[:5]) or "–"

    for entry, block in zip(payload["similar"], blocks, strict=True):
        other = roles[entry["id"]]
        shared, to_add = block.split(f" {to_add_label}: ")
        more = re.compile(r" \(\+\d+ more\).*$")
        assert more.sub("", shared) == listing(
            role_skills(me) & role_skills(other), role_tools(me) & role_tools(other)
        )
        missing = entry["missing"]  # which items are missing is similar's business, not this
        assert more.sub("", to_add).startswith(
            listing(set(missing["skills"]), set(missing["tools"]))
        )


def new_responsibilities(raw: dict[str, Any], have: str, want: str) -> list[dict[str, Any]]:
    def areas(item: dict[str, Any]) -> list[str]:
        return item.get("areas") or ([item["area"]] if item.get("area") else [])

    held = {a for r in raw["roles"][have]["responsibilities"] for a in areas(r)}
    return [
        r for r in raw["roles"][want]["responsibilities"] if any(a not in held for a in areas(r))
    ]


def test_gap_lists_a_responsibility_of_two_new_areas_once(
    invoke: Invoke, raw: dict[str, Any]
) -> None:
    new = new_responsibilities(raw, "support-manager", "coordinator")
    held = {a for r in raw["roles"]["support-manager"]["responsibilities"] for a in r["areas"]}
    assert any(len(set(r["areas"]) - held) > 1 for r in new), "the case this test is about"
    table = " ".join(invoke("gap", "support-manager", "coordinator", env=WIDE).stdout.split())
    markdown = invoke("gap", "support-manager", "coordinator", "--format", "markdown").stdout
    for responsibility in new:
        sentence = responsibility["text"]["en"]
        assert table.count(sentence) == 1, sentence
        assert markdown.count(sentence) == 1, sentence


def test_gap_to_a_role_with_no_areas_does_not_say_you_have_them_all(
    invoke: Invoke, small: Path
) -> None:
    for fmt in ("table", "markdown"):
        out = invoke("gap", "lead", "night-agent", "--data", str(small), "--format", fmt).stdout
        assert text("fit.learn_areas", "en") not in out
        assert text("fit.nothing", "en") not in out.replace(text("plan.nothing", "en"), "")
        assert text("fit.no_areas", "en", role="Night agent") in out


def test_schema_usage_line_is_never_broken_mid_word(invoke: Invoke) -> None:
    for width in range(40, 101, 5):
        result = invoke("schema", "nope", env={"COLUMNS": str(width)})
        assert result.exit_code == 2
        lines = [line.strip() for line in result.stderr.splitlines() if line.strip()]
        usage = next(i for i, line in enumerate(lines) if line.startswith("Usage:"))
        assert lines[usage].endswith("]"), (width, lines[usage])
        assert lines[usage + 1].startswith("Try "), (width, lines[usage + 1])


def test_korean_sentences_name_roles_by_their_titles(invoke: Invoke, raw: dict[str, Any]) -> None:
    titles = {r: name_in(raw["roles"][r]["title"], "ko") for r in ("coordinator", "team-lead")}
    compare = invoke("compare", "coordinator", "team-lead", "--lang", "ko", env=WIDE).stdout
    similar = invoke("similar", "coordinator", "--lang", "ko", env=WIDE).stdout
    particle = re.compile(r"\b(coordinator|team-lead)(은|는|에만|와|과|의|에서|\()")
    for out in (compare, similar):
        assert not particle.search(out), particle.search(out)
    assert f"{titles['team-lead']}에만" in compare
    assert text("similar.title", "ko", role=titles["coordinator"]) in similar


def test_no_doubled_parentheses_in_a_heading(invoke: Invoke) -> None:
    out = invoke("gap", "coordinator", "team-lead", "--lang", "ko", env=WIDE).stdout
    assert not re.search(r"\)\s*\(\d+\)", out), out


# -- a copy-ready job description -----------------------------------------------------------


@pytest.mark.parametrize("fmt", ["markdown", "text"])
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_job_description_has_no_provenance_unless_asked(
    invoke: Invoke, raw: dict[str, Any], fmt: str, lang: str
) -> None:
    role = raw["roles"]["team-lead"]
    aliases = role["aliases"]
    korean = [a for a in aliases if re.search("[가-힣]", a)]
    english = [a for a in aliases if a not in korean]
    assert korean  # the article's names of this role are Korean only
    crosswalk_code = role["crosswalk"]["onet"][0]["code"]
    source_title = role["source"]["title"]
    label = text("show.aliases", lang) + ": "
    ad = invoke("show", "team-lead", "--format", fmt, "--lang", lang).stdout
    assert name_in(role["title"], lang) in ad
    assert name_in(role["summary"], lang) in ad
    for absent in (label, crosswalk_code, source_title, text("show.source", lang)):
        assert absent not in ad, absent

    full = invoke("show", "team-lead", "--format", fmt, "--lang", lang, "--provenance").stdout
    lines = [line for line in full.splitlines() if label in line]
    listed = lines[0].split(label, 1)[1].strip("*").split(", ") if lines else []
    assert listed == (korean if lang == "ko" else english), "only the language shown"
    assert crosswalk_code in full and source_title in full


def test_the_table_keeps_everything_bilingual(invoke: Invoke, raw: dict[str, Any]) -> None:
    role = raw["roles"]["team-lead"]
    out = " ".join(invoke("show", "team-lead", "--lang", "ko+en", env=WIDE).stdout.split())
    assert name_in(role["title"], "ko") in out and name_in(role["title"], "en") in out
    assert role["crosswalk"]["onet"][0]["code"] in out
    assert all(alias in out for alias in role["aliases"])


def test_a_provenance_section_asked_for_by_name_is_kept(
    invoke: Invoke, raw: dict[str, Any]
) -> None:
    role = raw["roles"]["team-lead"]
    out = invoke("show", "team-lead", "--section", "crosswalk,source", "--format", "markdown")
    assert out.exit_code == 0, out.output
    assert role["crosswalk"]["onet"][0]["code"] in out.stdout
    assert role["source"]["title"] in out.stdout


def test_a_help_desk_is_not_offered_as_a_way_into_team_chat(
    invoke: Invoke, raw: dict[str, Any]
) -> None:
    """`fit zendesk` once said "Slack ← Zendesk": one category held both the tools a team
    talks on and the channels customers write in. Each transferable pair now comes from one
    category that some role files the known tool under, and no role files Zendesk with the
    tools of internal chat."""
    import json

    internal = {
        tool
        for role in raw["roles"].values()
        for group in role["tools"]
        if group["category"] == "communication"
        for tool in group["tools"]
    }
    zendesk_kinds = {
        group["category"]
        for role in raw["roles"].values()
        for group in role["tools"]
        if "zendesk" in group["tools"]
    }
    assert "communication" not in zendesk_kinds and {"slack", "microsoft-teams"} <= internal
    result = invoke("fit", "zendesk", "--json")
    pairs = [
        (t["tool"], t["category"], t["known"])
        for role in json.loads(result.stdout)["roles"]
        for t in role["transferable"]
    ]
    assert pairs and all(category in zendesk_kinds for _, category, _ in pairs)
    assert not [p for p in pairs if p[0] in {"slack", "microsoft-teams", "zoom"}]
    human = invoke("fit", "zendesk", "--lang", "en", env=WIDE).stdout
    assert "Slack ← Zendesk" not in human and "Zoom ← Zendesk" not in human


def test_onet_titles_carry_the_datasets_korean_reading_marked_as_a_translation(
    invoke: Invoke, raw: dict[str, Any]
) -> None:
    """O*NET publishes its titles in English only; under Korean each match shows the
    dataset's Korean reading of the title, marked as a translation, and English shows none."""
    import json

    glossed = 0
    for role_id, role in raw["roles"].items():
        for match in (role.get("crosswalk") or {}).get("onet") or []:
            korean = invoke("show", role_id, "--lang", "ko", env=WIDE).stdout
            english = invoke("show", role_id, "--lang", "en", env=WIDE).stdout
            shown = json.loads(invoke("show", role_id, "--json").stdout)["crosswalk"]["onet"]
            assert {m["code"]: m.get("title_ko") for m in shown}[match["code"]] == match.get(
                "title_ko"
            )
            if match.get("title_ko"):
                glossed += 1
                assert f"{match['title']}(번역: {match['title_ko']})" in korean
                assert match["title_ko"] not in english
    assert glossed >= 5


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_career_position_that_is_no_role_says_where_to_look(
    invoke: Invoke, raw: dict[str, Any], lang: str
) -> None:
    """`show agent` said only "unknown role": an agent is a position the career paths name
    (no role of the data), so the hint names the position and points at ladder and path."""
    positions = {
        ident: position
        for ident, position in raw["positions"].items()
        if position.get("role") not in raw["roles"]
    }
    assert "agent" in positions
    result = invoke("show", "agent", "--lang", lang, env=WIDE)
    assert result.exit_code == 1
    name = positions["agent"]["name"]
    assert f"({name_in(name, lang)})" in result.stderr
    assert "csroles ladder" in result.stderr and "csroles path agent" in result.stderr
    role_id = next(iter(raw["roles"]))
    assert invoke("show", role_id).exit_code == 0
    unknown = invoke("show", "zzzzzz", "--lang", lang, env=WIDE)
    assert unknown.exit_code == 1 and "csroles ladder" not in unknown.stderr
