"""`csroles ladder`: the career lattice the articles describe, as a picture."""

from typing import Annotated

import typer

from cs_roles.cli import (
    DataOption,
    JsonOption,
    LangOption,
    NoCacheOption,
    command_app,
    format_option,
    running,
)
from cs_roles.command_group import LocalizedCommand
from cs_roles.output import Format

PLACE = 9
FORMATS = (Format.table, Format.json, Format.markdown, Format.svg, Format.html)

# Its help in Korean (the English is the command's docstring and its `help=`).
KOREAN_HELP = (
    "각 역할은 어디쯤에 있을까요? 입문부터 임원까지의 경력 격자입니다.\n\n"
    "기사가 경력 경로에서 언급하는 모든 직위를 그 수준에 놓고, 데이터에 있는 역할은 ●로 "
    "표시합니다. 직위마다 그 아래에 기사가 말하는 이동을 보여 주고(`--sources`는 그 기사를 "
    "밝힘), 성장의 다른 길(컨설팅, 다른 부서)은 단계가 아닌 곁가지로 보여 줍니다. 좁은 "
    "터미널에서는 직위를 위아래로 늘어놓습니다. `--format markdown`은 GitHub가 그려 주는 "
    "Mermaid 순서도이고, `svg`와 `html`은 슬라이드나 위키에 넣을 그림입니다.\n\n"
    "**예시**\n\n"
    "* `csroles ladder`\n"
    "* `csroles ladder --sources --lang ko`\n"
    "* `csroles ladder --format markdown > 사다리.md`\n"
    "* `csroles ladder --format svg > 사다리.svg`\n"
)
KOREAN_PARAMETERS = {
    "sources": "이동마다, 그 이동을 말하는 기사가 어느 역할의 것인지 밝힙니다.",
}

app = command_app()


@app.command("ladder", cls=LocalizedCommand)
def ladder_command(
    sources: Annotated[
        bool,
        typer.Option("--sources", help="Name the roles whose articles state each move."),
    ] = False,
    lang: LangOption = None,
    output: Annotated[str | None, format_option(FORMATS)] = None,
    json_output: JsonOption = False,
    data: DataOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """Where does each role sit? The career lattice, entry level to executive.

    Every position an article names on a career path, on its level; the roles of the
    dataset marked ●; under each position the moves the articles state (`--sources` names
    the articles); growth options (consulting, other departments) as side branches, never
    as rungs. Narrow terminals get one position under another. `--format markdown` is a
    Mermaid flowchart that GitHub draws; `svg` and `html` a picture for a slide or a wiki.

    **Examples**

    * `csroles ladder`
    * `csroles ladder --sources --lang ko`
    * `csroles ladder --format markdown > ladder.md`
    * `csroles ladder --format svg > ladder.svg`
    """
    with running("ladder", lang, output, json_output, data, no_cache) as run:
        from cs_roles.lattice import build_lattice
        from cs_roles.output import Format

        dataset = run.open_dataset()
        shown = None if run.format is Format.json else sources
        run.emit(build_lattice(dataset).to_result(show_sources=shown))
