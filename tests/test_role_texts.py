"""A role's lists of texts are declared once and carried by name: the format marks them,
the result types them, and every output prints each under its own heading, in order."""

from __future__ import annotations

import json
from typing import Any

from conftest import Invoke

from cs_roles import dataset_format, results
from cs_roles.messages import CATALOG


def _entries(role: dict[str, Any], name: str) -> list[str]:
    """The English texts of one role text as the YAML writes them (a rung is an object)."""
    out = []
    for entry in role.get(name) or ():
        value = entry["text"] if isinstance(entry, dict) and "text" in entry else entry
        out.append(value["en"] if isinstance(value, dict) else value)
    return out


def test_the_format_and_the_result_declare_the_same_role_texts() -> None:
    assert dataset_format.ROLE_TEXTS == results.ROLE_TEXTS
    assert {"career_path", "growth", "best_practices"} <= set(results.ROLE_TEXTS)


def test_every_role_text_has_a_heading_in_both_languages() -> None:
    for name in results.ROLE_TEXTS:
        heading = CATALOG[f"show.{name}"]
        assert heading["en"] and heading["ko"], name


def test_json_holds_every_role_text_as_the_yaml_writes_it(
    invoke: Invoke, raw: dict[str, Any]
) -> None:
    for role_id, role in raw["roles"].items():
        result = invoke("show", role_id, "--json")
        assert result.exit_code == 0, result.output
        shown = json.loads(result.stdout)
        for name in results.ROLE_TEXTS:
            assert [text["en"] for text in shown[name]] == _entries(role, name), (role_id, name)


def test_markdown_prints_each_role_text_under_its_heading_in_order(
    invoke: Invoke, raw: dict[str, Any]
) -> None:
    for role_id, role in raw["roles"].items():
        result = invoke("show", role_id, "--format", "markdown", "--lang", "en")
        assert result.exit_code == 0, result.output
        document = result.stdout
        place = 0
        for name in results.ROLE_TEXTS:
            texts = _entries(role, name)
            if not texts:
                continue
            heading = f"\n## {CATALOG[f'show.{name}']['en']}\n"
            place = document.index(heading, place)
            for text in texts:
                place = document.index(" ".join(text.split()), place)
