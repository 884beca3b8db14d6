"""`csroles gap`: what to add to move from one role to another, as a learning plan."""

from typing import Annotated

import typer

from cs_roles.cli import (
    DataOption,
    ItemFileOption,
    JsonOption,
    LangOption,
    NoCacheOption,
    command_app,
    format_option,
    running,
)
from cs_roles.command_group import LocalizedCommand
from cs_roles.commands.completers import complete_role

app = command_app()


@app.command("gap", cls=LocalizedCommand)
def gap_command(
    roles: Annotated[
        list[str],
        typer.Argument(
            help="FROM TO: the role you have and the one you want; or only TO with --have.",
            autocompletion=complete_role,
            show_default=False,
            metavar="[FROM] TO",
        ),
    ],
    have: Annotated[
        list[str] | None,
        typer.Option(
            "--have",
            "-H",
            help="Your own skills, tools or areas, added to FROM's (or instead of it when "
            "FROM is left out); repeatable, comma-separated; - reads standard input.",
            show_default=False,
        ),
    ] = None,
    files: ItemFileOption = None,
    lang: LangOption = None,
    output: Annotated[str | None, format_option("gap")] = None,
    json_output: JsonOption = False,
    data: DataOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """What must I add to move from one role to another? A learning plan.

    Coverage of TO's skills and tools (as in `fit`), then: skills to learn, with TO's note
    on each where the dataset has one; tools to learn, grouped by category, with the product
    of that kind you already know (**transferable**: it does not count as covered, but it
    is where to start); responsibility areas new to you, with TO's own responsibility texts.
    `--format markdown` prints the plan as a checklist to paste into a document.

    **Examples**

    * `csroles gap coordinator team-lead`
    * `csroles gap coordinator team-lead --have five9 --format markdown`
    * `csroles gap team-lead --have zendesk,공감,'conflict resolution'`
    * `cat my-skills.txt | csroles gap support-manager --have - --lang ko`
    """
    with running("gap", lang, output, json_output, data, no_cache) as run:
        from cs_roles.asked_items import find_roles, gather_items, resolve_asked_items
        from cs_roles.careers import Holdings, load_catalog, role_gap
        from cs_roles.errors import UsageError
        from cs_roles.payloads import gap_payload

        if len(roles) > 2:
            raise UsageError("error.gap_roles", hint="hint.gap_example")
        own = gather_items(have or [], files or [])
        if len(roles) == 1 and not own:
            raise UsageError("error.gap_roles", hint="hint.gap_example")
        dataset = run.open_dataset()
        found = find_roles(dataset, roles)
        source, target = (found[0], found[1]) if len(found) == 2 else (None, found[0])
        held = Holdings.from_role(source) if source else Holdings()
        catalog = load_catalog(dataset, use_cache=run.use_cache)
        resolutions = []
        if own:
            resolutions = resolve_asked_items(dataset, catalog, own, run.use_cache)
            held = held | Holdings.from_resolutions(resolutions)
        kinds = catalog.tool_categories(held.tools)
        gap = role_gap(target, held, kinds, source.id if source else None)
        run.emit(gap_payload(dataset, gap, resolutions, held))
