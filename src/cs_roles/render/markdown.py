"""Markdown output, for pasting a comparison or a skills matrix into a document."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from cs_roles.render.labels import DIMENSION_TITLES, percent, pick

_TITLES = DIMENSION_TITLES["en"]


def _cell(value: str) -> str:
    return value.replace("|", "\\|").replace("\n", " ")


def grid_table(payload: Mapping[str, Any], dimension: str, lang: str) -> list[str]:
    roles: Sequence[str] = payload["roles"]
    names = payload["names"][dimension]
    lines = [
        "| " + " | ".join([_TITLES[dimension].lower(), *roles]) + " |",
        "| --- |" + " :-: |" * len(roles),
    ]
    for item, owners in payload["matrix"][dimension].items():
        label = _cell(pick(names.get(item), lang) or item)
        lines.append(
            "| " + " | ".join([label, *("✓" if r in owners else "" for r in roles)]) + " |"
        )
    return lines


def compare_markdown(payload: Mapping[str, Any], lang: str) -> str:
    roles = payload["roles"]
    similarity = payload["similarity"]
    dimensions = [d for d in ("skills", "tools", "areas") if d in payload]
    out = [f"## {' vs '.join(roles)}", ""]
    figures = ", ".join(f"{_TITLES[d].lower()} {percent(similarity[d])}" for d in dimensions)
    out += [f"Similarity: {figures}; overall **{percent(similarity['overall'])}**.", ""]
    for dimension in dimensions:
        out += [f"### {_TITLES[dimension]} ({percent(similarity[dimension])})", ""]
        out += grid_table(payload, dimension, lang)
        out.append("")
        if len(roles) == 2 and "coverage" in payload:
            out += [_covers(payload, roles[0], roles[1], dimension), ""]
        elif "coverage" in payload:
            out += [*_coverage_table(payload, dimension), ""]
    return "\n".join(out)


def _covers(payload: Mapping[str, Any], a: str, b: str, dimension: str) -> str:
    """Coverage both ways: what share of each role's items the other one has."""
    parts = []
    for x, y in ((b, a), (a, b)):
        figure = payload["coverage"][x][y][dimension]
        parts.append(
            f"{x} covers {figure['have']} of {y}'s {figure['needed']} "
            f"{_TITLES[dimension].lower()} ({percent(figure['ratio'])})"
        )
    return "Coverage: " + "; ".join(parts) + "."


def _coverage_table(payload: Mapping[str, Any], dimension: str) -> list[str]:
    """How many of each column role's items each row role has."""
    roles: Sequence[str] = payload["roles"]
    lines = [
        f"Coverage of {_TITLES[dimension].lower()}: the row role has this many of the column "
        "role's.",
        "",
        "| has \\ of | " + " | ".join(roles) + " |",
        "| --- |" + " --: |" * len(roles),
    ]
    for row in roles:
        cells = []
        for column in roles:
            figure = payload["coverage"][row].get(column, {}).get(dimension)
            cells.append(f"{figure['have']}/{figure['needed']}" if figure else "–")
        lines.append(f"| {row} | " + " | ".join(cells) + " |")
    return lines


def matrix_markdown(payload: Mapping[str, Any], lang: str) -> str:
    dimension = payload["dimension"]
    out = [f"## {_TITLES[dimension]} matrix", ""]
    out += grid_table(payload, dimension, lang)
    return "\n".join(out) + "\n"


# -- fit and gap -----------------------------------------------------------------------------

_PLAN = {
    "en": {
        "fit_title": "Roles that fit",
        "items": "Items",
        "your_items": "Your items",
        "counts_as": "counts as",
        "not_counted": "not counted",
        "could_be": "could be",
        "closest": "closest",
        "rank_rule": "Ranked by fit: the mean of skill and tool coverage. A transferable tool "
        "is a product you know of the same kind as one the role uses; it is listed, not "
        "counted as covered.",
        "header": "| # | role | fit | skills | tools | to add | transferable |",
        "plan": "Learning plan",
        "from_to": "From {a} to {b}.",
        "to_only": "Toward {b}.",
        "cover": "You already cover {figures}.",
        "skills": "skills",
        "tools": "tools",
        "areas": "responsibility areas",
        "learn_skills": "Skills to learn",
        "learn_tools": "Tools to learn",
        "learn_areas": "Responsibility areas new to you",
        "nothing": "Nothing: you have them all.",
        "known": "You know {known}, of the same kind: start from there.",
        "uncategorised": "Other tools",
        "of": "{have} of {needed} {what} ({pct})",
    },
    "ko": {
        "fit_title": "잘 맞는 역할",
        "items": "입력한 항목",
        "your_items": "입력한 항목",
        "kind_skill": "기술",
        "kind_tool": "도구",
        "kind_area": "책임 영역",
        "counts_as": "인식 결과",
        "not_counted": "반영 안 됨",
        "could_be": "후보",
        "closest": "가장 가까운 이름",
        "rank_rule": "적합도(기술 충족률과 도구 충족률의 평균) 순. 전이 가능한 도구는 역할이 쓰는 "
        "도구와 같은 종류의 다른 제품을 알고 있다는 뜻으로, 따로 표시할 뿐 충족으로 세지 않는다.",
        "header": "| # | 역할 | 적합도 | 기술 | 도구 | 더 필요한 것 | 전이 가능 |",
        "plan": "학습 계획",
        "from_to": "{a} → {b}.",
        "to_only": "목표: {b}.",
        "cover": "이미 갖춘 것: {figures}.",
        "skills": "기술",
        "tools": "도구",
        "areas": "책임 영역",
        "learn_skills": "배울 기술",
        "learn_tools": "배울 도구",
        "learn_areas": "새로 맡게 될 책임 영역",
        "nothing": "없음: 모두 갖추고 있다.",
        "known": "이미 아는 같은 종류의 도구: {known}. 여기서 시작하면 된다.",
        "uncategorised": "기타 도구",
        "of": "{what} {needed}개 중 {have}개({pct})",
    },
}


def _plan_labels(lang: str) -> Mapping[str, str]:
    return _PLAN.get(lang, _PLAN["en"])


def _items_lines(items: Sequence[Mapping[str, Any]], lang: str) -> list[str]:
    labels = _plan_labels(lang)
    lines = []
    for item in items:
        if item["status"] == "resolved":
            found = ", ".join(
                f"{pick(m['name'], lang) or m['id']} ({labels.get('kind_' + m['kind'], m['kind'])})"
                for m in item["counts_as"]
            )
            lines.append(f"- {_cell(item['item'])} → {_cell(found)}")
        else:
            word = labels["could_be" if item["status"] == "ambiguous" else "closest"]
            names = dict.fromkeys(pick(m["name"], lang) or m["id"] for m in item["suggestions"])
            tail = f"; {word}: {', '.join(names)}" if names else ""
            lines.append(f"- {_cell(item['item'])}: *{labels['not_counted']}*{_cell(tail)}")
    return lines


def _figure(figure: Mapping[str, Any]) -> str:
    return f"{figure['have']}/{figure['needed']} ({percent(figure['ratio'])})"


def fit_markdown(payload: Mapping[str, Any], lang: str) -> str:
    labels = _plan_labels(lang)
    names = payload["names"]

    def label(section: str, ident: str) -> str:
        return _cell(pick(names[section].get(ident), lang) or ident)

    out = [f"## {labels['fit_title']}", "", f"### {labels['items']}", ""]
    out += _items_lines(payload["items"], lang)
    out += [
        "",
        labels["rank_rule"],
        "",
        labels["header"],
        "| --: | --- | --: | --: | --: | --- | --- |",
    ]
    for rank, role in enumerate(payload["roles"], 1):
        coverage = role["coverage"]
        missing = [label(d, i) for d in ("skills", "tools") for i in role["missing"][d]]
        transfers = [
            f"{label('tools', t['tool'])} ← {', '.join(label('tools', k) for k in t['known'])}"
            for t in role["transferable"]
        ]
        cells = [
            str(rank),
            f"{role['id']} ({_cell(pick(role['title'], lang))})",
            percent(coverage["overall"]),
            _figure(coverage["skills"]) if coverage["skills"]["needed"] else "–",
            _figure(coverage["tools"]) if coverage["tools"]["needed"] else "–",
            ", ".join(missing) or "–",
            "; ".join(transfers) or "–",
        ]
        out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out) + "\n"


def gap_markdown(payload: Mapping[str, Any], lang: str) -> str:
    """A learning plan with checkboxes, to paste into a document."""
    labels = _plan_labels(lang)
    titles = payload["titles"]
    to = pick(titles["to"], lang)
    heading = f"{payload['from']} → {payload['to']}" if payload["from"] else payload["to"]
    out = [f"# {labels['plan']}: {heading}", ""]
    if titles["from"]:
        out.append(labels["from_to"].format(a=pick(titles["from"], lang), b=to))
    else:
        out.append(labels["to_only"].format(b=to))
    coverage = payload["coverage"]
    figures = ", ".join(
        labels["of"].format(
            have=coverage[d]["have"],
            needed=coverage[d]["needed"],
            what=labels[d],
            pct=percent(coverage[d]["ratio"]),
        )
        for d in ("skills", "tools", "areas")
        if coverage[d]["needed"]
    )
    if figures:
        out += ["", labels["cover"].format(figures=figures)]
    if payload["items"]:
        out += ["", f"{labels['your_items']}:", "", *_items_lines(payload["items"], lang)]

    out += ["", f"## {labels['learn_skills']}", ""]
    for skill in payload["skills"]:
        line = f"- [ ] **{_cell(pick(skill['name'], lang) or skill['id'])}**"
        if skill.get("note"):
            line += f" — {_cell(pick(skill['note'], lang))}"
        out.append(line)
    if not payload["skills"]:
        out.append(labels["nothing"])

    out += ["", f"## {labels['learn_tools']}", ""]
    for group in payload["tools"]:
        category = pick(group["category_name"], lang) or labels["uncategorised"]
        out += [f"### {_cell(category)}", ""]
        if group.get("purpose"):
            out += [_cell(pick(group["purpose"], lang)), ""]
        out += [f"- [ ] {_cell(pick(t['name'], lang) or t['id'])}" for t in group["tools"]]
        if group["known"]:
            known = ", ".join(pick(t["name"], lang) or t["id"] for t in group["known"])
            out += ["", labels["known"].format(known=_cell(known))]
        out.append("")
    if not payload["tools"]:
        out += [labels["nothing"], ""]

    out += [f"## {labels['learn_areas']}", ""]
    for area in payload["areas"]:
        out += [f"### {_cell(pick(area['name'], lang) or area['id'])}", ""]
        for responsibility in area["responsibilities"]:
            text = _cell(pick(responsibility["text"], lang))
            if responsibility.get("title"):
                text = f"**{_cell(pick(responsibility['title'], lang))}**: {text}"
            out.append(f"- [ ] {text}")
        out.append("")
    if not payload["areas"]:
        out += [labels["nothing"], ""]
    return "\n".join(out).rstrip("\n") + "\n"
