"""The words of `ladder` and `path`, in English and Korean: career levels, the lattice, routes.

A part of the message catalog (`cs_roles.messages`), kept apart because only the career
commands print it: `messages.text` loads it the first time one of its keys is looked up.
"""

from __future__ import annotations

from collections.abc import Mapping

CATALOG: dict[str, Mapping[str, str]] = {
    "level.entry": {"en": "Entry level", "ko": "입문"},
    "level.experienced": {"en": "Experienced", "ko": "경력"},
    "level.lead": {"en": "Lead", "ko": "리더"},
    "level.manager": {"en": "Manager", "ko": "관리자"},
    "level.director": {"en": "Director", "ko": "이사"},
    "level.executive": {"en": "Executive", "ko": "임원"},
    "level.none": {"en": "Level not given", "ko": "수준 미지정"},
    "ladder.title": {"en": "Career lattice", "ko": "경력 경로 지도"},
    "ladder.legend": {
        "en": "● a role of this dataset  ○ a position the articles name  → the next rung",
        "ko": "● 이 데이터의 역할  ○ 기사가 말하는 직위  → 다음 단계",
    },
    "ladder.legend_sources": {
        "en": "(role, role): the roles whose articles state the move",
        "ko": "(역할, 역할): 그 이동을 말하는 기사의 역할",
    },
    "ladder.branches": {
        "en": "Side branches: growth options the articles give, not rungs",
        "ko": "곁가지: 기사가 말하는 성장 기회(경로의 단계가 아님)",
    },
    "ladder.growth": {"en": "growth options: {count}", "ko": "성장 기회 {count}개"},
    "ladder.empty": {
        "en": "The dataset names no career positions.",
        "ko": "이 데이터에는 경력 직위가 없습니다.",
    },
    "ladder.sources": {"en": "Sources", "ko": "출처"},
    "route.title": {"en": "Path", "ko": "경로"},
    "route.count": {
        "en": "{count|shortest route} of {steps|step}",
        "ko": "최단 경로 {count}개, 각 {steps}단계",
    },
    "route.route": {"en": "Route {number}", "ko": "경로 {number}"},
    "route.step": {"en": "Step {number}", "ko": "{number}단계"},
    "route.stated_by": {"en": "stated by", "ko": "출처"},
    "route.says": {"en": "what the articles say", "ko": "기사의 설명"},
    "route.no_plan": {
        "en": "no learning plan: {name} is not a role of this dataset",
        "ko": "학습 계획 없음: {name}은(는) 이 데이터의 역할이 아님",
    },
    "route.to_learn": {"en": "To learn", "ko": "배울 것"},
    "route.total": {
        "en": "Total plan: each item once, at the step that first needs it",
        "ko": "전체 계획: 각 항목을 처음 필요한 단계에 한 번만",
    },
    "route.total_empty": {
        "en": "No step of this route is between two roles of the dataset: no learning plan.",
        "ko": "이 경로에는 데이터의 두 역할 사이 단계가 없어 학습 계획이 없습니다.",
    },
    "route.at_step": {"en": "step {number}", "ko": "{number}단계"},
    "route.same": {
        "en": "{name} is both the start and the goal: no step to take.",
        "ko": "{name}은(는) 출발점이자 목표라 밟을 단계가 없습니다.",
    },
    "route.none": {
        "en": "no route from {a} to {b} along the articles' career paths",
        "ko": "기사의 경력 경로를 따라 {a}에서 {b}(으)로 가는 길이 없습니다",
    },
    "route.nearest": {
        "en": "positions that can reach {b}, nearest first",
        "ko": "{b}에 이를 수 있는 직위(가까운 순)",
    },
    "route.nearest_none": {
        "en": "no position leads to {b}",
        "ko": "{b}(으)로 이어지는 직위가 없습니다",
    },
    "route.steps_away": {"en": "{count|step} away", "ko": "{count}단계 거리"},
}
