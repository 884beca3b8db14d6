"""On a terminal, messages and plain lines are wrapped at its width (Hangul two cells);
piped, they stay one line each, for editors and grep."""

from __future__ import annotations

import io

import pytest
from rich.cells import cell_len

from cs_roles.output import fit_to_terminal

PROBLEM = (
    "docs/examples/broken.yaml:12:26: roles.night-agent.tools[0].tools[1]: 도구 'zendesk'이(가) "
    "이 역할에 두 번 나옵니다(처음은 12번째 줄)"
)


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("width", [20, 33, 40, 57, 80])
def test_a_terminal_gets_lines_no_wider_than_itself(
    width: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    wrapped = fit_to_terminal(PROBLEM + "\n" + PROBLEM, Terminal())
    assert all(cell_len(line) <= width for line in wrapped.split("\n"))
    assert "".join(wrapped.split()) == "".join((PROBLEM * 2).split())  # nothing lost


def test_a_pipe_gets_the_message_as_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "20")
    assert fit_to_terminal(PROBLEM, io.StringIO()) == PROBLEM
