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
from cs_roles.commands.options.completers import complete_role
from cs_roles.compare import RankBy as Ranking
from cs_roles.output import TABULAR, Format

# compare's own rankings, as the choices of --by
RankBy = StrEnum("RankBy", {name: name for name in get_args(Ranking)})  # type: ignore[misc]
BY_SIMILARITY = RankBy("similarity")


PLACE = 4
FORMATS = (Format.table, Format.json, Format.jsonl, *TABULAR, Format.markdown, Format.xlsx)

# Its help in Korean (the English is the command's docstring and its `help=`).
KOREAN_HELP = (
    "다른 역할을 비슷한 순서로 보여 줍니다: 지금 가진 것으로 또 무엇을 할 수 있을까요?\n\n"
    "역할마다 이 역할과 함께 갖는 것, 더 갖춰야 할 것, 그리고 그 역할의 기술과 도구를 이 "
    "역할이 이미 얼마나 갖췄는지(*충족*: 기술 충족률과 도구 충족률의 평균, 각각 보유/필요)를 "
    "보여 줍니다.\n\n"
    "**예시**\n\n"
    "* `csroles similar coordinator`\n"
    "* `csroles similar coordinator --by coverage`\n"
    "* `csroles similar 팀리더 --json`\n"
)
KOREAN_PARAMETERS = {
    "role": "역할의 식별자, 별칭 또는 직함.",
    "limit": "보여 줄 역할 수.",
    "by": (
        "순위의 기준: similarity(Jaccard, 양쪽을 똑같이 봄) 또는 coverage(다른 역할의 기술과 "
        "도구를 이 역할이 이미 얼마나 갖췄는지)."
    ),
}

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
    output: Annotated[str | None, format_option(FORMATS)] = None,
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
