"""How a text, a figure or a dimension is labelled, the same in every output format."""

from __future__ import annotations

from collections.abc import Mapping

LocalText = Mapping[str, str | None] | None

DIMENSION_TITLES = {
    "en": {"skills": "Skills", "tools": "Tools", "areas": "Responsibility areas"},
    "ko": {"skills": "기술", "tools": "도구", "areas": "책임 영역"},
}


def pick(text: LocalText, lang: str) -> str:
    """The text in `lang`, else English, else whatever language it has ("" for none)."""
    if not text:
        return ""
    return text.get(lang) or text.get("en") or next((v for v in text.values() if v), "") or ""


def percent(value: float | None) -> str:
    """A 0..1 similarity as a percentage; a dash where there is nothing to compare."""
    return "–" if value is None else f"{round(value * 100)}%"
