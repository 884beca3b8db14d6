"""`csroles fit`: which roles do my skills and tools fit?"""

from typing import Annotated

import typer

from cs_roles.cli import (
    DataOption,
    ItemFileOption,
    JsonOption,
    LangOption,
    LimitOption,
    NoCacheOption,
    OutputFileOption,
    command_app,
    format_option,
    running,
)
from cs_roles.command_group import LocalizedCommand
from cs_roles.commands.completers import complete_role
from cs_roles.commands.option_rules import split_values

app = command_app()


@app.command("fit", cls=LocalizedCommand)
def fit_command(
    items: Annotated[
        list[str] | None,
        typer.Argument(
            help="Your skills, tools and responsibility areas: names, ids, aliases, Korean, "
            "typos; comma-separated lists too; - reads them from standard input.",
            show_default=False,
            metavar="ITEM...",
        ),
    ] = None,
    files: ItemFileOption = None,
    role: Annotated[
        list[str] | None,
        typer.Option(
            "--role",
            "-r",
            help="Only these roles (repeatable, or comma-separated).",
            autocompletion=complete_role,
        ),
    ] = None,
    limit: LimitOption = 10,
    lang: LangOption = None,
    output: Annotated[str | None, format_option("fit")] = None,
    destination: OutputFileOption = None,
    json_output: JsonOption = False,
    data: DataOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """Which roles do my skills and tools fit? Roles ranked by how much of their needs you cover.

    Name your skills, tools and responsibility areas any way `search` understands (id,
    name, alias, Korean, typos, initial consonants). Each item's resolution is shown; an
    ambiguous or unknown one is listed with suggestions and does not count. Exits 2 when no
    item resolves.

    Per role: skills and tools you have of those it needs, the mean of the two (which ranks
    the roles), what is missing, and **transferable tools**: a product you know of the same
    kind as one the role uses (same category in the dataset: Freshdesk when the role uses
    Groove, both help desks). They do not count as covered; they are listed beside what is
    missing and break ties.

    **Examples**

    * `csroles fit zendesk empathy 'conflict resolution' slack`
    * `csroles fit 젠데스크,공감,'갈등 해결' --lang ko`
    * `cat my-skills.txt | csroles fit -`
    * `csroles fit --file my-skills.txt --role coordinator,team-lead --format markdown`
    """
    with running("fit", lang, output, json_output, data, no_cache, destination) as run:
        from cs_roles.asked_items import find_roles, gather_items, resolve_asked_items
        from cs_roles.careers import Holdings, fit_roles, load_catalog
        from cs_roles.payloads import fit_payload

        wanted = gather_items(items or [], files or [])
        names = split_values("--role", role)
        dataset = run.open_dataset()
        role_ids = [r.id for r in find_roles(dataset, names)] if names else None
        catalog = load_catalog(dataset, use_cache=run.use_cache)
        resolutions = resolve_asked_items(dataset, catalog, wanted, run.use_cache)
        have = Holdings.from_resolutions(resolutions)
        fits = fit_roles(catalog, have, role_ids, limit)
        run.emit(fit_payload(dataset, resolutions, have, fits))
