"""Format version 2, version 1 beside it, and the one normalized form both load into."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import DATA_FILE, FIXTURES, Invoke, write_dataset

from cs_roles.dataset import load_dataset
from cs_roles.errors import InvalidDataset
from cs_roles.loader import parse_dataset

V1_FILE = FIXTURES / "v1_full.yaml"

V2_ROLE = """\
schema_version: 2
categories:
  crm: {en: CRM, ko: 고객 관계 관리}
  help-desk: {en: Help desk, ko: 헬프 데스크}
areas:
  training: {en: Training, ko: 교육}
  team-management: {en: Team management, ko: 팀 관리}
skills:
  leadership: {name: {en: Leadership, ko: 리더십}}
  patience: {name: {en: Patience, ko: 인내}}
  empathy: {name: {en: Empathy, ko: 공감}}
tools:
  salesforce: {name: Salesforce}
  hubspot: {name: HubSpot}
  zendesk: {name: Zendesk}
roles:
  team-lead:
    title: {en: Team lead, ko: 팀 리더}
    responsibilities:
      - title: {en: Coaching, ko: 코칭}
        areas: [training, team-management]
        text: {en: Coach the team., ko: 팀을 코칭한다.}
      - Answer escalations.
    skills:
      - skill: leadership
        note: {en: Leads the team., ko: 팀을 이끈다.}
      - skill: patience
        note: {en: Patience and empathy., ko: 인내와 공감.}
      - skill: empathy
        note: {en: Patience and empathy., ko: 인내와 공감.}
    tools:
      - category: crm
        purpose: {en: Customer records., ko: 고객 기록.}
        tools: [salesforce, hubspot]
      - category: help-desk
        tools: [zendesk]
    source:
      title: 팀 리더란?
      publisher: Guru
      published: 2024-10-31
      language: ko
      file: 004.txt
    crosswalk:
      onet:
        - code: "43-1011.00"
          title: First-Line Supervisors of Office and Administrative Support Workers
          evidence: Customer Service Supervisor
          match: exact
"""


def normalized_of(path: Path) -> dict[str, Any]:
    data, problems = parse_dataset(path.read_bytes(), str(path))
    assert [p for p in problems if p.severity == "error"] == []
    return data


def problems_of(tmp_path: Path, text: str) -> list[str]:
    path = write_dataset(tmp_path, text)
    with pytest.raises(InvalidDataset) as info:
        parse_dataset(path.read_bytes(), str(path))
    return [f"{p.path}: {p.message}" for p in info.value.problems if p.severity == "error"]


# -- one normalized form ------------------------------------------------------------------


def _text(value: Any) -> dict[str, str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return {"en": value.strip()}
    return {lang: text.strip() for lang, text in value.items()}


def _source(role: dict[str, Any]) -> dict[str, Any]:
    source = dict.fromkeys(("title", "publisher", "published", "language", "url", "file"))
    source["license"] = None
    source.update(role["source"])
    if isinstance(source["published"], datetime.date):
        source["published"] = source["published"].isoformat()
    return source


def _texts(role: dict[str, Any], section: str) -> list[dict[str, str] | None]:
    return [_text(t) for t in role.get(section, [])]


def expected_from_v1(raw: dict[str, Any]) -> dict[str, Any]:
    """The normalized form of a v1 file, worked out from the YAML without csroles."""
    roles = {}
    for ident, role in raw["roles"].items():
        roles[ident] = {
            "title": _text(role["title"]),
            "aliases": role.get("aliases", []),
            "summary": _text(role.get("summary")),
            "responsibilities": [
                {
                    "text": _text(r["text"]),
                    "areas": [r["area"]] if r.get("area") else [],
                    "title": _text(r.get("title")),
                }
                for r in role.get("responsibilities", [])
            ],
            "skills": role.get("skills", []),
            "skill_notes": {},
            "tools": [
                {"tool": t["tool"], "category": t.get("category")} for t in role.get("tools", [])
            ],
            "tool_purposes": {},
            "career_path": _texts(role, "career_path"),
            "growth": _texts(role, "growth"),
            "best_practices": _texts(role, "best_practices"),
            "source": _source(role),
            "crosswalk": {"onet": []},
        }
    return roles


def expected_from_v2(raw: dict[str, Any]) -> dict[str, Any]:
    """The normalized form of a v2 file (skills as {skill, note}), worked out without csroles."""
    roles = {}
    for ident, role in raw["roles"].items():
        skills = role.get("skills", [])
        groups = role.get("tools", [])
        roles[ident] = {
            "title": _text(role["title"]),
            "aliases": role.get("aliases", []),
            "summary": _text(role.get("summary")),
            "responsibilities": [
                {
                    "text": _text(r["text"]),
                    "areas": r.get("areas", []),
                    "title": _text(r.get("title")),
                }
                for r in role.get("responsibilities", [])
            ],
            "skills": [s["skill"] for s in skills],
            "skill_notes": {s["skill"]: _text(s["note"]) for s in skills if "note" in s},
            "tools": [{"tool": t, "category": g["category"]} for g in groups for t in g["tools"]],
            "tool_purposes": {g["category"]: _text(g["purpose"]) for g in groups if "purpose" in g},
            "career_path": _texts(role, "career_path"),
            "growth": _texts(role, "growth"),
            "best_practices": _texts(role, "best_practices"),
            "source": _source(role),
            "crosswalk": {"onet": role.get("crosswalk", {}).get("onet", [])},
        }
    return roles


def v2_of_v1(raw: dict[str, Any]) -> dict[str, Any]:
    """A v1 dataset rewritten in v2 by hand, with the same facts: area -> areas, tool uses
    grouped by category (v1_full.yaml lists each category's tools together), bare skill ids."""
    out = {**raw, "schema_version": 2, "roles": {}}
    for ident, role in raw["roles"].items():
        groups: dict[str, list[str]] = {}
        for use in role.get("tools", []):
            groups.setdefault(use["category"], []).append(use["tool"])
        out["roles"][ident] = {
            **role,
            "responsibilities": [
                {k: v for k, v in r.items() if k != "area"} | {"areas": [r["area"]]}
                for r in role.get("responsibilities", [])
            ],
            "tools": [{"category": c, "tools": tools} for c, tools in groups.items()],
        }
    return out


def test_v1_file_loads_to_the_normalized_form_worked_out_from_its_yaml() -> None:
    raw = yaml.safe_load(V1_FILE.read_text(encoding="utf-8"))
    assert raw["schema_version"] == 1
    data = normalized_of(V1_FILE)
    assert data["schema_version"] == 1
    assert data["roles"] == expected_from_v1(raw)
    for section in ("categories", "areas"):
        assert data[section] == {k: _text(v) for k, v in raw[section].items()}
    assert set(data["skills"]) == set(raw["skills"])
    assert set(data["tools"]) == set(raw["tools"])


def as_version_2(raw: dict[str, Any]) -> dict[str, Any]:
    """A version 3 dataset written as version 2: without what version 2 cannot hold."""
    roles = {}
    for ident, role in raw["roles"].items():
        role = {k: v for k, v in role.items() if k != "everyday_names"}
        role["career_path"] = [r.get("text", r) for r in role["career_path"]]
        roles[ident] = role
    kept = {k: v for k, v in raw.items() if k not in ("positions", "concepts")}
    return {**kept, "schema_version": 2, "roles": roles}


def test_bundled_v3_file_loads_to_the_normalized_form_worked_out_from_its_yaml() -> None:
    raw = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))
    assert raw["schema_version"] == 3
    data = normalized_of(DATA_FILE)
    extras = {"everyday_names", "career_positions"}
    assert {
        i: {k: v for k, v in r.items() if k not in extras} for i, r in data["roles"].items()
    } == (expected_from_v2(as_version_2(raw)))
    for ident, role in raw["roles"].items():
        assert data["roles"][ident]["everyday_names"] == role.get("everyday_names", [])
        assert data["roles"][ident]["career_positions"] == [
            r["positions"] for r in role["career_path"]
        ]
    assert data["positions"].keys() == raw["positions"].keys()
    assert data["concepts"].keys() == raw["concepts"].keys()
    assert all(s["note"] for role in raw["roles"].values() for s in role["skills"])
    assert all(g["purpose"] for role in raw["roles"].values() for g in role["tools"])
    for section in ("categories", "areas"):
        assert data[section] == {k: _text(v) for k, v in raw[section].items()}


def test_the_bundled_data_as_version_2_still_loads_and_shows_the_same(
    invoke: Invoke, tmp_path: Path
) -> None:
    raw = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))
    path = tmp_path / "v2.yaml"
    path.write_text(yaml.safe_dump(as_version_2(raw), allow_unicode=True), encoding="utf-8")
    result = invoke("validate", str(path), "--json")
    assert json.loads(result.stdout)["schema_version"] == 2 and result.exit_code == 0
    for role_id in raw["roles"]:
        v2 = json.loads(invoke("show", role_id, "--data", str(path), "--json").stdout)
        v3 = json.loads(invoke("show", role_id, "--json").stdout)
        # Version 2 has no named positions: the same role, with no positions on its rungs.
        assert v2.pop("career_positions") == []
        assert len(v3.pop("career_positions")) == len(v3["career_path"])
        assert v2 == v3


def test_an_unknown_position_is_a_problem_with_a_suggestion(invoke: Invoke, tmp_path: Path) -> None:
    path = tmp_path / "roles.yaml"
    path.write_text(
        "schema_version: 3\n"
        "positions:\n  team-lead: {name: Team lead, level: lead}\n"
        "roles:\n  lead:\n    title: Lead\n"
        "    career_path:\n      - {positions: [team-laed], text: Team lead}\n",
        encoding="utf-8",
    )
    result = invoke("validate", str(path))
    assert result.exit_code == 4
    assert "unknown position 'team-laed'" in result.output and "team-lead" in result.output


def test_the_same_facts_in_v1_and_v2_load_and_show_the_same(invoke: Invoke, tmp_path: Path) -> None:
    raw = yaml.safe_load(V1_FILE.read_text(encoding="utf-8"))
    v2_file = write_dataset(tmp_path, yaml.safe_dump(v2_of_v1(raw), allow_unicode=True))
    v1, v2 = normalized_of(V1_FILE), normalized_of(v2_file)
    assert (v1.pop("schema_version"), v2.pop("schema_version")) == (1, 2)
    assert v2 == v1
    for role_id in raw["roles"]:
        from_v1 = invoke("show", role_id, "--json", "--data", str(V1_FILE))
        from_v2 = invoke("show", role_id, "--json", "--data", str(v2_file))
        assert from_v1.exit_code == from_v2.exit_code == 0
        assert json.loads(from_v1.stdout) == json.loads(from_v2.stdout)


def test_v2_role_is_normalized(tmp_path: Path) -> None:
    raw = yaml.safe_load(V2_ROLE)["roles"]["team-lead"]
    role = normalized_of(write_dataset(tmp_path, V2_ROLE))["roles"]["team-lead"]
    assert list(role) == [
        "title",
        "aliases",
        "summary",
        "responsibilities",
        "skills",
        "skill_notes",
        "tools",
        "tool_purposes",
        "career_path",
        "growth",
        "best_practices",
        "source",
        "crosswalk",
    ]
    first = raw["responsibilities"][0]
    assert role["responsibilities"] == [
        {"text": first["text"], "areas": first["areas"], "title": first["title"]},
        {"text": {"en": raw["responsibilities"][1]}, "areas": [], "title": None},
    ]
    assert role["skills"] == [s["skill"] for s in raw["skills"]]
    assert role["skill_notes"] == {s["skill"]: s["note"] for s in raw["skills"]}
    assert role["tools"] == [
        {"tool": t, "category": g["category"]} for g in raw["tools"] for t in g["tools"]
    ]
    assert role["tool_purposes"] == {g["category"]: g["purpose"] for g in raw["tools"][:1]}
    # an optional field the match leaves out is there, empty (the dataset's Korean reading)
    onet = [{**m, "title_ko": m.get("title_ko")} for m in raw["crosswalk"]["onet"]]
    assert role["crosswalk"] == {**raw["crosswalk"], "onet": onet}
    assert role["source"]["published"] == raw["source"]["published"].isoformat()


def test_v2_role_through_the_model_and_compare(tmp_path: Path, invoke: Invoke) -> None:
    path = write_dataset(tmp_path, V2_ROLE)
    raw = yaml.safe_load(V2_ROLE)["roles"]["team-lead"]
    for use_cache in (False, True, True):  # compiled, written to the cache, read back
        role = load_dataset(path, use_cache=use_cache).role("team-lead")
        assert role.responsibilities[0].areas == tuple(raw["responsibilities"][0]["areas"])
        assert role.areas == tuple(raw["responsibilities"][0]["areas"])
        assert role.skill_notes["patience"] == raw["skills"][1]["note"]
        assert role.tool_purposes == {"crm": raw["tools"][0]["purpose"]}
        [match] = role.crosswalk.onet
        expected = raw["crosswalk"]["onet"][0]
        assert (match.code, match.title, match.evidence, match.match) == (
            expected["code"],
            expected["title"],
            expected["evidence"],
            expected["match"],
        )
    result = invoke("matrix", "areas", "--json", "--data", str(path))
    assert result.exit_code == 0, result.output
    assert set(json.loads(result.stdout)["matrix"]["areas"]) == set(
        raw["responsibilities"][0]["areas"]
    )


# -- what validate refuses ----------------------------------------------------------------

ROLE_HEAD = "schema_version: 2\nroles:\n  a:\n    title: A\n"
REFUSED = {
    "tool twice across groups": (
        ROLE_HEAD
        + "    tools:\n      - {category: crm, tools: [zendesk]}\n"
        + "      - {category: help-desk, tools: [zendesk]}\n",
        "roles.a.tools[1].tools[0]: tool 'zendesk' is listed twice in this role",
    ),
    "tool twice in v1": (
        "schema_version: 1\nroles:\n  a:\n    title: A\n"
        "    tools: [zendesk, {tool: zendesk, category: crm}]\n",
        "roles.a.tools[1].tool: tool 'zendesk' is listed twice in this role",
    ),
    "skill twice": (
        ROLE_HEAD + "    skills: [empathy, {skill: empathy, note: twice}]\n",
        "roles.a.skills[1].skill: skill 'empathy' is listed twice in this role",
    ),
    "skill twice in v1": (
        "schema_version: 1\nroles:\n  a:\n    title: A\n    skills: [empathy, empathy]\n",
        "roles.a.skills[1]: skill 'empathy' is listed twice in this role",
    ),
    "area twice in one responsibility": (
        ROLE_HEAD + "    responsibilities:\n      - {areas: [training, training], text: x}\n",
        "roles.a.responsibilities[0].areas[1]: area 'training' is listed twice in this "
        "responsibility",
    ),
    "category twice": (
        ROLE_HEAD
        + "    tools:\n      - {category: crm, tools: [a]}\n      - {category: crm, tools: [b]}\n",
        "roles.a.tools[1].category: category 'crm' is listed twice in this role",
    ),
    "skill id not a slug, no skills section": (
        ROLE_HEAD + "    skills: [Customer Care]\n",
        "roles.a.skills[0].skill: skill id 'Customer Care' is not a slug",
    ),
    "capitalised skill id": (
        "schema_version: 1\nroles:\n  a:\n    title: A\n    skills: [Communication]\n",
        "roles.a.skills[0]: skill id 'Communication' is not a slug",
    ),
    "area id not a slug": (
        ROLE_HEAD + "    responsibilities:\n      - {areas: [Team Work], text: x}\n",
        "roles.a.responsibilities[0].areas[0]: area id 'Team Work' is not a slug",
    ),
    "unknown language": (
        ROLE_HEAD.replace("title: A", "title: {en: A, fr: Un}"),
        "roles.a.title.fr: 'fr' is not a language this format has (use en or ko)",
    ),
    "binary": (
        ROLE_HEAD.replace("title: A", "title: !!binary aGVsbG8="),
        "roles.a.title: tag '!!binary' is not allowed",
    ),
    "empty publisher": (
        ROLE_HEAD + '    source: {title: T, publisher: ""}\n',
        "roles.a.source.publisher: value is empty",
    ),
    "number where text is expected": (
        ROLE_HEAD + "    aliases: [911]\n",
        "roles.a.aliases[0]: value must be text, not a number (put it in quotes)",
    ),
    "onet code": (
        ROLE_HEAD + "    crosswalk:\n      onet: [{code: 43-1011, match: exact}]\n",
        "roles.a.crosswalk.onet[0].code: '43-1011' is not a valid O*NET-SOC code",
    ),
    "onet match": (
        ROLE_HEAD + '    crosswalk:\n      onet: [{code: "43-1011.00", match: maybe}]\n',
        "roles.a.crosswalk.onet[0].match: 'maybe' is not one of exact or close",
    ),
    "group without category": (
        ROLE_HEAD + "    tools:\n      - {tools: [zendesk]}\n",
        "roles.a.tools[0].category: missing required key 'category'",
    ),
    "v1 key in v2": (
        ROLE_HEAD + "    responsibilities:\n      - {area: training, text: x}\n",
        "roles.a.responsibilities[0].area: unknown key 'area' (did you mean 'areas'?)",
    ),
}


@pytest.mark.parametrize("name", list(REFUSED))
def test_validate_refuses(invoke: Invoke, tmp_path: Path, name: str) -> None:
    text, message = REFUSED[name]
    found = problems_of(tmp_path, text)
    assert any(p.startswith(message) for p in found), found
    result = invoke("validate", str(tmp_path / "roles.yaml"))
    assert result.exit_code == 4
    assert message in result.stdout


def test_dates_stay_readable_as_timestamps(tmp_path: Path) -> None:
    data = normalized_of(write_dataset(tmp_path, V2_ROLE))
    assert data["roles"]["team-lead"]["source"]["published"] == "2024-10-31"


# -- validate says which version it read -------------------------------------------------


@pytest.mark.parametrize(
    ("path", "version"),
    [(DATA_FILE, 3), (V1_FILE, 1), (FIXTURES / "minimal.yaml", 1)],
)
def test_validate_reports_the_version_read(invoke: Invoke, path: Path, version: int) -> None:
    declared = yaml.safe_load(path.read_text(encoding="utf-8"))["schema_version"]
    assert declared == version
    result = invoke("validate", str(path))
    assert result.exit_code == 0
    assert f"format version {version}: 0 errors" in result.stderr
    as_json = json.loads(invoke("validate", str(path), "--json").stdout)
    assert as_json["schema_version"] == version
    assert as_json["valid"] is True


def test_validate_reports_no_version_when_none_is_read(invoke: Invoke) -> None:
    for name in ("syntax_error.yaml", "no_version.yaml", "newer_version.yaml"):
        result = invoke("validate", str(FIXTURES / name), "--json")
        assert result.exit_code == 4
        report = json.loads(result.stdout)
        assert report["schema_version"] is None and report["valid"] is False
        text = invoke("validate", str(FIXTURES / name))
        assert "format version unknown: 1 error" in text.stderr


# -- JSON is YAML ------------------------------------------------------------------------


def test_minified_json_dataset_with_many_keys_on_one_line_loads(
    invoke: Invoke, tmp_path: Path
) -> None:
    roles = {
        f"role-{i}": {
            "title": {"en": f"Role {i}: a - b ? c", "ko": f"역할 {i}"},
            "responsibilities": [{"areas": ["training"], "text": "Teach: well - often?"}],
            "skills": [{"skill": "empathy", "note": {"en": "x: y"}}],
            "tools": [{"category": "crm", "tools": [f"tool-{i}"]}],
        }
        for i in range(2000)
    }
    document = {"schema_version": 2, "roles": roles}
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    assert "\n" not in text and text.count(":") > 10_000  # the old guard counted these
    path = write_dataset(tmp_path, text, "roles.json")
    result = invoke("validate", str(path))
    assert result.exit_code == 0, result.stdout
    assert "format version 2" in result.stderr
    data = normalized_of(path)
    assert list(data["roles"]) == list(roles)
    assert data["roles"]["role-7"]["tools"] == [{"tool": "tool-7", "category": "crm"}]
    shown = invoke("show", "role-1999", "--json", "--data", str(path))
    assert json.loads(shown.stdout)["title"] == roles["role-1999"]["title"]


def test_a_responsibility_written_as_a_bare_localized_text_loads(tmp_path: Path) -> None:
    text = {"en": "Coach the team.", "ko": "팀을 코칭한다."}
    document = {"schema_version": 2, "roles": {"a": {"title": "A", "responsibilities": [text]}}}
    path = write_dataset(tmp_path, json.dumps(document, ensure_ascii=False))
    [responsibility] = normalized_of(path)["roles"]["a"]["responsibilities"]
    assert responsibility == {"text": text, "areas": [], "title": None}


def test_a_raw_next_line_character_is_refused(tmp_path: Path) -> None:
    # YAML 1.1 reads U+0085 as a line break, JSON as a character: neither reading is safe.
    found = problems_of(tmp_path, ROLE_HEAD.replace("title: A", 'title: "A\x85B"'))
    assert found == [": the file contains the control character U+0085 (write it as \\x85)"]


@pytest.mark.parametrize("path", [DATA_FILE, V1_FILE, FIXTURES / "minimal.yaml"])
def test_json_read_with_json_loads_normalizes_as_the_yaml_way(path: Path) -> None:
    from cs_roles.loader import check_dataset, parse_json

    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    for role in raw["roles"].values():
        source = role.get("source") or {}
        if isinstance(source.get("published"), datetime.date):
            source["published"] = source["published"].isoformat()
    for indent in (None, 2):
        text = json.dumps(raw, ensure_ascii=False, indent=indent).encode()
        fast = parse_json(text)
        assert fast is not None
        version, slow, problems = check_dataset(text, "x.json")
        assert problems == [] and version == raw["schema_version"]
        assert fast == slow == normalized_of(path)


def test_json_with_a_problem_goes_the_yaml_way_and_is_located(tmp_path: Path) -> None:
    from cs_roles.loader import parse_json

    text = '{"schema_version": 2,\n "roles": {"a": {"title": "A", "title": "B"}}}'
    assert parse_json(text.encode()) is None  # json.loads alone would keep "B"
    found = problems_of(tmp_path, text)
    assert found == ["roles.a.title: duplicate key (first defined on line 2)"]


def test_nesting_bound_counts_block_levels_not_colons_in_flow_or_quotes() -> None:
    from cs_roles.loader import MAX_LEVELS, nesting_bound

    pairs = ",".join(f'"k{i}": "a: b - c ? d"' for i in range(MAX_LEVELS * 2))
    assert nesting_bound(("{" + pairs + "}").encode()) <= 3
    assert nesting_bound(b"key: 'x: y: z - - -'\n") <= 3
    deep_block = b"a:\n  b: " + b"- " * MAX_LEVELS + b"x\n"
    assert nesting_bound(deep_block) > MAX_LEVELS
    deep_flow = b"a: " + b"[" * MAX_LEVELS + b"]" * MAX_LEVELS
    assert nesting_bound(deep_flow) > MAX_LEVELS


V3_SMALL = """\
schema_version: 3
positions:
  agent: {name: {en: Agent, ko: 상담원}, level: entry}
  lead: {name: {en: Lead, ko: 리더}, role: lead, level: lead}
concepts:
  headset-work:
    terms: {en: [phone work], ko: [전화 업무]}
    areas: [calls]
areas:
  calls: {en: Calls, ko: 전화}
roles:
  lead:
    title: {en: Lead, ko: 리더}
    aliases: [head]
    everyday_names: [boss, 반장]
    responsibilities:
      - {areas: [calls], text: Takes the calls nobody else can.}
    career_path:
      - {positions: [agent], text: Agent first.}
      - Then a rung that names no position.
      - {positions: [lead], text: {en: Lead, ko: 리더}}
  desk:
    title: Desk
    everyday_names: [boss]
"""


def test_a_version_3_file_reads_everyday_names_positions_and_concepts(
    invoke: Invoke, tmp_path: Path
) -> None:
    path = tmp_path / "v3.yaml"
    path.write_text(V3_SMALL, encoding="utf-8")
    checked = invoke("validate", str(path), "--json")
    assert checked.exit_code == 0, checked.output
    assert json.loads(checked.stdout)["schema_version"] == 3
    data = normalized_of(path)
    assert data["roles"]["lead"]["everyday_names"] == ["boss", "반장"]
    assert data["roles"]["lead"]["career_positions"] == [["agent"], [], ["lead"]]
    assert data["roles"]["lead"]["career_path"][1] == {"en": "Then a rung that names no position."}
    # an everyday name of one role shows it, with the mark on stderr; a shared one names none
    shown = invoke("show", "반장", "--data", str(path), "--json")
    assert json.loads(shown.stdout)["id"] == "lead" and "everyday name" in shown.stderr
    assert invoke("show", "head", "--data", str(path), "--json").stderr == ""
    generic = invoke("show", "boss", "--data", str(path))
    assert generic.exit_code == 1 and "'desk'" in generic.stderr and "'lead'" in generic.stderr
    top = json.loads(invoke("search", "phone work", "--data", str(path), "--json").stdout)
    assert (top["hits"][0]["kind"], top["hits"][0]["id"]) == ("area", "calls")


def test_everyday_names_are_no_key_of_version_2(invoke: Invoke, tmp_path: Path) -> None:
    path = tmp_path / "v2.yaml"
    path.write_text(
        "schema_version: 2\nroles:\n  lead: {title: Lead, everyday_names: [boss]}\n",
        encoding="utf-8",
    )
    result = invoke("validate", str(path))
    assert result.exit_code == 4 and "unknown key 'everyday_names'" in result.output
