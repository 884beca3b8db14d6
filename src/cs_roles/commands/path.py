"""`csroles path`: the shortest routes from one position to another, with a plan per step."""

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


def complete_position(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Position ids and names from the dataset the command line names."""
    from cs_roles.completion import position_choices

    return position_choices(incomplete, ctx.params.get("data"))


app = command_app()


@app.command("path", cls=LocalizedCommand)
def path_command(
    from_name: Annotated[
        str,
        typer.Argument(
            help="Where you are: a position or role, by id or name, in English or Korean.",
            autocompletion=complete_position,
            metavar="FROM",
        ),
    ],
    to_name: Annotated[
        str,
        typer.Argument(
            help="Where you want to go: a position or role.",
            autocompletion=complete_position,
            metavar="TO",
        ),
    ],
    have: Annotated[
        list[str] | None,
        typer.Option(
            "--have",
            "-H",
            help="Your own skills, tools or areas, taken out of every step's plan; "
            "repeatable, comma-separated; - reads standard input.",
            show_default=False,
        ),
    ] = None,
    files: ItemFileOption = None,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, help="How many routes of equal length to show.")
    ] = 5,
    lang: LangOption = None,
    output: Annotated[str | None, format_option("path")] = None,
    json_output: JsonOption = False,
    data: DataOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """How do I get from here to there? The shortest routes along the career lattice.

    Every shortest route (all of one length, up to `--limit`), each step with the articles
    that state it. A step between two roles of the dataset has its learning plan (what
    `gap` gives); a step from a position outside the dataset shows what the articles say
    of it. Each route ends with a total plan: every item once, at the step that first needs
    it. When no route leads there, the positions that can reach TO, nearest first (exit 1).

    **Examples**

    * `csroles path coordinator support-manager`
    * `csroles path representative "team lead" --have zendesk`
    * `csroles path "고객 서비스 상담원" 팀리더 --lang ko`
    * `csroles path coordinator director --format markdown > route.md`
    """
    with running("path", lang, output, json_output, data, no_cache) as run:
        from cs_roles.asked_items import gather_items, resolve_asked_items
        from cs_roles.careers import Holdings, load_catalog
        from cs_roles.errors import NoMatch
        from cs_roles.lattice import build_lattice, find_position, plan_path, position_label

        own = gather_items(have or [], files or [])
        dataset = run.open_dataset()
        lattice = build_lattice(dataset)
        from_id = find_position(lattice, dataset, from_name)
        to_id = find_position(lattice, dataset, to_name)
        catalog = load_catalog(dataset, use_cache=run.use_cache)
        resolutions = resolve_asked_items(dataset, catalog, own, run.use_cache) if own else []
        held = Holdings.from_resolutions(resolutions) if resolutions else Holdings()
        plan = plan_path(dataset, lattice, from_id, to_id, held, catalog, limit)
        run.emit(plan.to_result(dataset, lattice, resolutions, held))
        if not plan.found:
            names: dict[str, object] = {
                "a": position_label(lattice.positions[from_id], run.language),
                "b": position_label(lattice.positions[to_id], run.language),
            }
            raise NoMatch("route.none", names)
