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

app = command_app()


@app.command("ladder", cls=LocalizedCommand)
def ladder_command(
    sources: Annotated[
        bool,
        typer.Option("--sources", help="Name the roles whose articles state each move."),
    ] = False,
    lang: LangOption = None,
    output: Annotated[str | None, format_option("ladder")] = None,
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
