"""`csroles similar`: the other roles, ranked by similarity or by coverage."""

from enum import StrEnum
from typing import Annotated, cast, get_args

import typer

from cs_roles.cli import (
    DataOption,
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
from cs_roles.compare import RankBy as Ranking

# compare's own rankings, as the choices of --by
RankBy = StrEnum("RankBy", {name: name for name in get_args(Ranking)})  # type: ignore[misc]
BY_SIMILARITY = RankBy("similarity")


app = command_app()


@app.command("similar", cls=LocalizedCommand)
def similar_command(
    role: Annotated[
        str, typer.Argument(help="Role id, alias or title.", autocompletion=complete_role)
    ],
    limit: LimitOption = 10,
    by: Annotated[
        RankBy,
        typer.Option(
            "--by",
            help="Rank by similarity (Jaccard, both ways alike) or by coverage: how much of "
            "each other role's skills and tools this role already has.",
        ),
    ] = BY_SIMILARITY,
    lang: LangOption = None,
    output: Annotated[str | None, format_option("similar")] = None,
    destination: OutputFileOption = None,
    json_output: JsonOption = False,
    data: DataOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """Rank the other roles by similarity: what else could I do with what I have?

    Each with what it shares with this role, what you would add, and how much of that
    role's skills and tools this role already has (*covers*: the mean of skill and tool
    coverage, with each as have/needed).

    **Examples**

    * `csroles similar coordinator`
    * `csroles similar coordinator --by coverage`
    * `csroles similar 팀리더 --json`
    """
    with running("similar", lang, output, json_output, data, no_cache, destination) as run:
        from cs_roles.compare import rank_similar
        from cs_roles.payloads import similar_payload

        dataset = run.open_dataset()
        target = dataset.find_role(role)
        ranked = rank_similar(dataset, target, limit, cast(Ranking, by.value))
        run.emit(similar_payload(dataset, target, ranked, by.value))
