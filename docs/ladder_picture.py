"""Draw the career lattice for the README: docs/ladder.svg and docs/ladder.html.

Run `python docs/ladder_picture.py` after changing the data or the ladder renderer;
tests/test_lattice.py fails while the committed pictures differ from what this draws now.
"""

from __future__ import annotations

import sys
from pathlib import Path

from cs_roles.dataset import load_dataset
from cs_roles.lattice import build_lattice
from cs_roles.render.ladder import ladder_html, ladder_svg
from cs_roles.sources import default_dataset_path

DOCS = Path(__file__).resolve().parent
LANG = "en+ko"


def pictures() -> dict[str, str]:
    """file name -> its content, drawn from the bundled dataset in both languages."""
    dataset = load_dataset(default_dataset_path(), use_cache=False)
    payload = build_lattice(dataset).to_result()
    return {
        "ladder.svg": ladder_svg(payload, LANG, sources=True),
        "ladder.html": ladder_html(payload, LANG, sources=True),
    }


def stale() -> list[str]:
    """The pictures whose committed file differs from what would be drawn now."""
    out = []
    for name, content in pictures().items():
        path = DOCS / name
        if not path.is_file() or path.read_text(encoding="utf-8") != content:
            out.append(name)
    return out


def main() -> int:
    for name, content in pictures().items():
        (DOCS / name).write_text(content, encoding="utf-8")
        print(f"wrote docs/{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
