"""`csroles compare`: what two or more roles share, what only one has, how similar."""

from typing import Annotated

import typer

from cs_roles.cli import (
    DataOption,
    JsonOption,
    LangOption,
    NoCacheOption,
    OutputFileOption,
    command_app,
    format_option,
    running,
)
from cs_roles.command_group import LocalizedCommand
from cs_roles.commands.completers import complete_role
from cs_roles.commands.option_rules import choice_completer, split_values
from cs_roles.compare import DIMENSIONS

app = command_app()


@app.command("compare", cls=LocalizedCommand)
def compare_command(
    roles: Annotated[
        list[str],
        typer.Argument(
            help="Two or more roles (id, alias or title).",
            autocompletion=complete_role,
            show_default=False,
            metavar="ROLE...",
        ),
    ],
    only: Annotated[
        list[str] | None,
        typer.Option(
            "--only",
            help="Compare only these dimensions (repeatable or comma-separated): "
            + ", ".join(DIMENSIONS)
            + ".",
            autocompletion=choice_completer(DIMENSIONS),
            show_default=False,
        ),
    ] = None,
    lang: LangOption = None,
    output: Annotated[str | None, format_option("compare")] = None,
    destination: OutputFileOption = None,
    long: Annotated[
        bool, typer.Option("--long", help="CSV/TSV/JSON lines: one row per item and role.")
    ] = False,
    json_output: JsonOption = False,
    data: DataOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """Compare roles: what they share, what only one has, how similar they are.

    Skills, tools and responsibility areas, with a similarity per dimension (Jaccard) and
    overall. **Order matters for a career move**: in `compare coordinator team-lead`, the
    column *only in team-lead* is what a coordinator would have to add. Three or more roles
    give a grid, items shared by all first.

    **Examples**

    * `csroles compare coordinator support-manager`
    * `csroles compare coordinator team-lead --only skills`
    * `csroles compare coordinator team-lead support-manager --format markdown`
    """
    with running("compare", lang, output, json_output, data, no_cache, destination) as run:
        from cs_roles.asked_items import find_roles
        from cs_roles.compare import compare_roles, require_two_or_more
        from cs_roles.payloads import compare_payload

        wanted = set(split_values("--only", only, DIMENSIONS)) or set(DIMENSIONS)
        require_two_or_more(len(roles))  # a usage error before any role is looked up
        dataset = run.open_dataset()
        found = find_roles(dataset, roles)
        dimensions = [d for d in DIMENSIONS if d in wanted]
        run.emit(compare_payload(dataset, compare_roles(found, dimensions)), long=long)
