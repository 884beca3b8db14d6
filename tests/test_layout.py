"""The shape of the house, kept: no module grows past 800 lines and the app module stays
under 300, so that each file holds one thing a newcomer can read in one sitting."""

from __future__ import annotations

from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "cs_roles"


def lines_of(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def test_no_module_is_over_800_lines() -> None:
    sizes = {path.relative_to(SRC).as_posix(): lines_of(path) for path in SRC.rglob("*.py")}
    assert len(sizes) > 40
    assert {name: n for name, n in sizes.items() if n > 800} == {}


def test_the_app_module_is_under_300_lines() -> None:
    assert lines_of(SRC / "cli.py") < 300
