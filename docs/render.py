"""Render the README's pictures: real csroles output, in colour, saved as SVG.

Each picture is what the command prints at a colour terminal 88 columns wide, recorded
from the CLI itself (run in-process, as docs/build.py runs the examples) and drawn by
Rich. `python docs/build.py` (or `python docs/render.py`) rewrites them; the tests fail
while a committed picture differs from what the command prints now.
"""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

from rich.console import Console, RenderableType
from rich.text import Text

DOCS = Path(__file__).resolve().parent
WIDTH = 88
PICTURES = {
    "show.svg": "csroles show team-lead --section tools",
    "compare.svg": "csroles compare coordinator team-lead --only skills",
    "search.svg": "csroles search 커뮤니캐이션 --limit 4",
}
COLOUR_TERMINAL = {
    "COLUMNS": str(WIDTH),
    "FORCE_COLOR": "1",
    "COLORTERM": "truecolor",
    "TERM": "xterm-256color",
    "NO_COLOR": "",
    "CSROLES_LANG": "en+ko",
    "CSROLES_DATA": "",
}


def _coloured_output(command: str) -> str:
    from typer.testing import CliRunner

    from cs_roles.cli import app

    saved = {key: os.environ.get(key) for key in COLOUR_TERMINAL}
    os.environ.update(COLOUR_TERMINAL)
    os.environ.pop("NO_COLOR")  # Rich honours NO_COLOR even when it is empty
    try:
        result = CliRunner().invoke(app, shlex.split(command)[1:], prog_name="csroles")
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return result.stdout


def pictures() -> dict[str, tuple[str, RenderableType]]:
    """file name -> (the command shown as the title, what the CLI prints for it)."""
    return {
        name: (command, Text.from_ansi(_coloured_output(command).rstrip("\n")))
        for name, command in PICTURES.items()
    }


def render_svg(title: str, renderable: RenderableType) -> str:
    console = Console(
        record=True, width=WIDTH, force_terminal=True, color_system="truecolor", file=_Null()
    )
    console.print(renderable, crop=False)
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
