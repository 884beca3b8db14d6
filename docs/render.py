"""Render the README's pictures: real csroles output, recorded by Rich and saved as SVG.

Run `python docs/render.py` after changing the data or the output; tests/test_docs.py fails
while the committed pictures differ from what this script renders now.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rich.console import Console, RenderableType

from cs_roles.compare import compare_roles
from cs_roles.dataset import load_dataset
from cs_roles.payloads import compare_payload, role_payload, search_payload
from cs_roles.render.terminal import render_compare, render_role, render_search
from cs_roles.search import build_index, search, text_lookup
from cs_roles.sources import default_dataset_path

DOCS = Path(__file__).resolve().parent
WIDTH = 88


def pictures() -> dict[str, tuple[str, RenderableType]]:
    """file name -> (the command shown as the title, what the CLI renders for it)."""
    dataset = load_dataset(default_dataset_path(), use_cache=False)
    show = role_payload(dataset, dataset.find_role("team-lead"), ["tools"])
    roles = [dataset.find_role("coordinator"), dataset.find_role("team-lead")]
    comparison = compare_payload(dataset, compare_roles(roles, ["skills"]))
    index = build_index(dataset)
    hits = search(index, "커뮤니캐이션", limit=4, text_of=text_lookup(dataset))
    found = search_payload("커뮤니캐이션", hits, len(dataset.role_ids))
    return {
        "show.svg": ("csroles show team-lead --section tools", render_role(show, "en+ko")),
        "compare.svg": (
            "csroles compare coordinator team-lead --only skills",
            render_compare(comparison, "en+ko"),
        ),
        "search.svg": (
            "csroles search 커뮤니캐이션 --limit 4",
            render_search(found, "en+ko"),
        ),
    }


def render_svg(title: str, renderable: RenderableType) -> str:
    console = Console(
        record=True, width=WIDTH, force_terminal=True, color_system="truecolor", file=_Null()
    )
    console.print(renderable)
    return console.export_svg(title=f"$ {title}")


class _Null:
    """Rich writes here while recording; only the recording is kept."""

    def write(self, text: str) -> int:
        return len(text)

    def flush(self) -> None:
        pass


def main() -> int:
    for name, (title, renderable) in pictures().items():
        (DOCS / name).write_text(render_svg(title, renderable), encoding="utf-8")
        print(f"wrote docs/{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
