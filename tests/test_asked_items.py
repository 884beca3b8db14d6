"""The items and roles a command line asks about, gathered and resolved by the core:
failures are raised (as usage errors carrying what went wrong), never printed."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from conftest import DATA_FILE

from cs_roles.asked_items import NothingResolved, find_roles, gather_items, resolve_asked_items
from cs_roles.careers import load_catalog
from cs_roles.dataset import load_dataset
from cs_roles.errors import ExitCode, UsageError


def test_items_from_arguments_files_and_standard_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    listed = tmp_path / "mine.txt"
    listed.write_text("\ufeff# my tools\nzendesk, slack\n\nC#\n", encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO("empathy\n#skipped\n"))
    items = gather_items(["patience,time management", "-"], [str(listed)])
    assert items == ["patience", "time management", "empathy", "zendesk", "slack", "C#"]


def test_standard_input_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("empathy\n"))
    with pytest.raises(UsageError) as raised:
        gather_items(["-"], ["-"])
    assert raised.value.key == "error.stdin_twice"
    assert raised.value.exit_code == ExitCode.USAGE


def test_an_unreadable_item_file_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(UsageError) as raised:
        gather_items([], ["absent.txt"])
    assert raised.value.key == "error.item_file"
    assert "absent.txt" in str(raised.value.params["path"])


def test_nothing_resolved_carries_each_item(raw: dict[str, Any]) -> None:
    dataset = load_dataset(DATA_FILE)
    catalog = load_catalog(dataset)
    with pytest.raises(UsageError) as none:
        resolve_asked_items(dataset, catalog, [])
    assert none.value.key == "error.no_items"
    asked = ["qqqqqqqq", "zzzzxxxx"]
    with pytest.raises(NothingResolved) as raised:
        resolve_asked_items(dataset, catalog, asked)
    assert raised.value.exit_code == ExitCode.USAGE
    assert [r.item for r in raised.value.resolutions] == asked
    assert all(r.status != "resolved" for r in raised.value.resolutions)
    lines = raised.value.item_lines("en")
    assert [line.split(":")[0] for line in lines] == [f"'{item}'" for item in asked]


def test_one_role_named_twice_is_a_usage_error(raw: dict[str, Any]) -> None:
    dataset = load_dataset(DATA_FILE)
    first, second = list(raw["roles"])[:2]
    assert [r.id for r in find_roles(dataset, [first, second])] == [first, second]
    with pytest.raises(UsageError) as raised:
        find_roles(dataset, [first, first.upper()])
    assert raised.value.key == "error.repeated_role"
    assert raised.value.params["role"] == first
