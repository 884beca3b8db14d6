"""The commands on a slice of the real O*NET 29.2 database, converted by bench/onet_to_yaml.py.

Data: O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training
Administration (USDOL/ETA), used under the CC BY 4.0 license.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import ONET, REPO, Invoke, require_shared


@pytest.fixture(scope="module", autouse=True)
def onet_present() -> None:
    require_shared(ONET)


SLICE = {
    "43-4051.00",  # Customer Service Representatives
    "43-1011.00",  # First-Line Supervisors of Office and Administrative Support Workers
    "11-3012.00",
    "13-1071.00",
    "15-1252.00",
    "41-2031.00",
    "43-4171.00",
    "43-9061.00",
}


@pytest.fixture(scope="module")
def onet_slice(tmp_path_factory: pytest.TempPathFactory) -> Path:
    spec = importlib.util.spec_from_file_location(
        "onet_to_yaml", REPO / "bench" / "onet_to_yaml.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text, stats = module.convert(ONET, SLICE)
    assert stats["roles"] == len(SLICE)
    path = tmp_path_factory.mktemp("onet") / "onet-slice.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def rows(name: str) -> list[dict[str, str]]:
    text = (ONET / name).read_bytes().decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    lines = [line for line in text.split("\n") if line]
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=False)) for line in lines[1:]]


def test_slice_validates(invoke: Invoke, onet_slice: Path) -> None:
    result = invoke("validate", str(onet_slice))
    assert result.exit_code == 0, result.stdout
    assert "0 errors" in result.stderr


def test_show_matches_the_source_files(invoke_json: Any, onet_slice: Path) -> None:
    shown = invoke_json("show", "43-4051.00", "--data", str(onet_slice))
    assert shown["title"]["en"] == "Customer Service Representatives"
    tasks = [r["Task"] for r in rows("Task Statements.txt") if r["O*NET-SOC Code"] == "43-4051.00"]
    assert [r["text"]["en"] for r in shown["responsibilities"]] == tasks
    tech = [r for r in rows("Technology Skills.txt") if r["O*NET-SOC Code"] == "43-4051.00"]
    assert {t["name"]["en"] for t in shown["tools"]} == {r["Example"] for r in tech}
    assert {t["category_name"]["en"] for t in shown["tools"]} == {
        r["Commodity Title"] for r in tech
    }
    assert shown["source"]["license"] == "CC BY 4.0"


def test_role_by_title_and_suggestions(invoke: Invoke, invoke_json: Any, onet_slice: Path) -> None:
    data = ("--data", str(onet_slice))
    assert invoke_json("show", "customer service representatives", *data)["id"] == "43-4051.00"
    missing = invoke("show", "customer service representativs", *data)
    assert missing.exit_code == 1
    assert "did you mean '43-4051.00'" in missing.stderr


def test_compare_and_similar(invoke_json: Any, onet_slice: Path) -> None:
    data = ("--data", str(onet_slice))
    result = invoke_json("compare", "43-4051.00", "43-1011.00", *data)
    tech = rows("Technology Skills.txt")
    tools_of = {
        code: {r["Example"] for r in tech if r["O*NET-SOC Code"] == code}
        for code in ("43-4051.00", "43-1011.00")
    }
    shared = len(tools_of["43-4051.00"] & tools_of["43-1011.00"])
    union = len(tools_of["43-4051.00"] | tools_of["43-1011.00"])
    assert len(result["tools"]["shared"]) == shared
    assert result["similarity"]["tools"] == pytest.approx(shared / union, abs=1e-4)
    assert result["similarity"]["skills"] is None  # O*NET has no skills section here
    similar = invoke_json("similar", "43-4051.00", *data)
    assert len(similar["similar"]) == len(SLICE) - 1


def test_search_list_and_matrix(invoke_json: Any, invoke: Invoke, onet_slice: Path) -> None:
    data = ("--data", str(onet_slice))
    hits = invoke_json("search", "custmer servce", *data)["hits"]
    assert (hits[0]["kind"], hits[0]["id"]) == ("role", "43-4051.00")
    hits = invoke_json("search", "salesforce", "--kind", "tool", *data)["hits"]
    assert hits and "43-4051.00" in hits[0]["roles"]
    listed = invoke_json("list", *data)
    assert {r["id"] for r in listed} == SLICE
    grid = invoke("matrix", "tools", "--roles", "43-4051.00,43-1011.00", "--format", "csv", *data)
    assert grid.exit_code == 0
    assert grid.stdout.splitlines()[0] == "dimension,id,name_en,name_ko,43-4051.00,43-1011.00"
    table = invoke("show", "43-4051.00", *data)
    assert table.exit_code == 0 and "Customer Service Representatives" in table.stdout
    json.loads(invoke("show", "43-4051.00", "--json", *data).stdout)
