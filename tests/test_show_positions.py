"""`show` names the position of each career rung, from the dataset's shared positions."""

from __future__ import annotations

import json
from typing import Any

import pytest
from conftest import Invoke


@pytest.mark.parametrize("role_id", ["experience-manager", "coordinator", "team-lead"])
def test_each_rung_carries_the_positions_the_yaml_names(
    invoke: Invoke, raw: dict[str, Any], role_id: str
) -> None:
    rungs = raw["roles"][role_id]["career_path"]
    shown = json.loads(invoke("show", role_id, "--section", "career", "--json").stdout)
    assert len(shown["career_positions"]) == len(shown["career_path"]) == len(rungs)
    for rung, positions in zip(rungs, shown["career_positions"], strict=True):
        assert [p["id"] for p in positions] == rung["positions"]
        for p in positions:
            entry = raw["positions"][p["id"]]
            assert p["name"]["en"] == entry["name"]["en"]
            assert p["role"] == entry.get("role")


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_rung_lines_name_the_positions(invoke: Invoke, raw: dict[str, Any], lang: str) -> None:
    first = raw["roles"]["coordinator"]["career_path"][0]["positions"]
    for fmt in ("table", "markdown", "text"):
        args = ["show", "coordinator", "--section", "career", "--lang", lang, "--format", fmt]
        out = " ".join(invoke(*args, env={"COLUMNS": "200"}).stdout.split())
        for ident in first:
            assert raw["positions"][ident]["name"][lang] in out, (fmt, ident)
