"""Keep README.md's examples true: every console block is the output of its command.

A block is written in README.md as

    <!-- example: csroles show team-lead --section skills -->
    ```console
    $ csroles show team-lead --section skills
    (the output, generated)
    ```

`python docs/readme.py` reruns every command (at 80 columns, no colour, with the bundled
data) and rewrites the blocks; `python docs/readme.py --check` exits 1 and names the stale
ones, which is what tests/test_docs.py runs. A command may read standard input from a
`printf '...' |` in front of it, and keep its first lines with a `| head -N` after it.
"""

from __future__ import annotations

import os
import re
import shlex
import sys
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCK = re.compile(r"(?P<head><!-- example: (?P<command>.+?) -->\n)```console\n.*?```\n", re.S)
ENV = {
    "COLUMNS": "80",
    "LINES": "50",
    "NO_COLOR": "1",
    "TERM": "dumb",
    "CSROLES_LANG": "",
    "LC_ALL": "",
    "LC_MESSAGES": "",
    "LANG": "C.UTF-8",
    "CSROLES_DATA": "",
}


def run(command: str) -> str:
    """What a person sees at an 80-column terminal: stdout and stderr as printed."""
    from typer.testing import CliRunner

    from cs_roles.cli import app

    stdin = None
    head = None
    if re.search(r"\| head -\d+$", command):  # csroles ... | head -20: the first lines only
        command, _, count = command.rpartition("| head -")
        command, head = command.strip(), int(count)
    if "|" in command:
        feed, command = (part.strip() for part in command.split("|", 1))
        words = shlex.split(feed)
        assert words[0] == "printf", feed
        stdin = words[1].encode().decode("unicode_escape").encode("latin-1").decode("utf-8")
    words = shlex.split(command)
    assert words[0] == "csroles", command
    saved = {key: os.environ.get(key) for key in ENV}
    os.environ.update(ENV)  # the app is built while these are set, as in a shell
    here = os.getcwd()
    os.chdir(README.parent)  # paths in examples are relative to the repository
    try:
        result = CliRunner().invoke(app, words[1:], input=stdin, prog_name="csroles")
    finally:
        os.chdir(here)
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    output = result.stdout if head is not None else result.stdout + result.stderr
    lines = [line.rstrip() for line in output.rstrip("\n").split("\n")]
    return "\n".join(lines[:head] if head is not None else lines) + "\n"


def render(text: str) -> str:
    def block(match: re.Match[str]) -> str:
        command = match["command"]
        return f"{match['head']}```console\n$ {command}\n{run(command)}```\n"

    return BLOCK.sub(block, text)


def stale_blocks(text: str) -> list[str]:
    fresh = render(text)
    old = {m["command"]: m.group(0) for m in BLOCK.finditer(text)}
    new = {m["command"]: m.group(0) for m in BLOCK.finditer(fresh)}
    return [command for command in old if old[command] != new[command]]


def main(argv: list[str]) -> int:
    text = README.read_text(encoding="utf-8")
    if "--check" in argv:
        stale = stale_blocks(text)
        for command in stale:
            print(f"README.md: stale example: {command}", file=sys.stderr)
        return 1 if stale else 0
    README.write_text(render(text), encoding="utf-8")
    print(f"README.md: {len(BLOCK.findall(text))} examples generated")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
