"""`csroles matrix`: the whole dataset as one grid, items down and roles across."""

from enum import StrEnum
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
from cs_roles.commands.options.completers import complete_role
from cs_roles.commands.options.rules import split_values
from cs_roles.compare import DIMENSIONS
from cs_roles.output import TABULAR, Format

Dimension = StrEnum("Dimension", {name: name for name in DIMENSIONS})  # type: ignore[misc]


PLACE = 5
FORMATS = (Format.table, Format.json, Format.jsonl, *TABULAR, Format.markdown, Format.xlsx)

# Its help in Korean (the English is the command's docstring and its `help=`).
KOREAN_HELP = (
    "데이터 전체를 격자 하나로: 기술, 도구 또는 책임 영역을 행으로, 역할을 열로 놓습니다.\n\n"
    "역할이 많은 데이터라면 `--long`으로 역할마다 열을 두는 대신 항목과 역할의 쌍마다 한 "
    "행씩 씁니다. CSV, TSV, jsonl은 만들어지는 대로 바로 씁니다.\n\n"
    "**예시**\n\n"
    "* `csroles matrix skills`\n"
    "* `csroles matrix tools --format markdown`\n"
    "* `csroles matrix skills --roles coordinator,team-lead --format csv`\n"
    "* `csroles matrix tools --format csv --long > 도구.csv`\n"
)
KOREAN_PARAMETERS = {
    "dimension": "행으로 놓을 것.",
    "roles": "열로 놓을 역할(쉼표로 나누거나 여러 번 씀, 기본값: 모든 역할).",
    "long": "CSV, TSV, jsonl: 항목과 역할의 쌍마다 한 행씩 씁니다(역할이 많은 데이터용).",
}

app = command_app()


@app.command("matrix", cls=LocalizedCommand)
def matrix_command(
    dimension: Annotated[Dimension, typer.Argument(help="What to put down the side.")],
    roles: Annotated[
        list[str] | None,
        typer.Option(
            "--roles",
            "-r",
            help="Roles for the columns, comma-separated or repeated (default: all).",
            autocompletion=complete_role,
        ),
    ] = None,
    lang: LangOption = None,
    output: Annotated[str | None, format_option(FORMATS)] = None,
    destination: OutputFileOption = None,
    long: Annotated[
        bool,
        typer.Option(
            "--long", help="CSV/TSV/JSON lines: one row per item and role (for wide datasets)."
        ),
    ] = False,
    json_output: JsonOption = False,
    data: DataOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """The whole dataset as one grid: skills, tools or areas down, roles across.

    For a dataset with many roles, `--long` gives one row per item and role instead of a
    column per role; CSV, TSV and JSON lines are written as they are produced.

    **Examples**

    * `csroles matrix skills`
    * `csroles matrix tools --format markdown`
    * `csroles matrix skills --roles coordinator,team-lead --format csv`
    * `csroles matrix tools --format csv --long > tools.csv`
    """
    with running("matrix", lang, output, json_output, data, no_cache, destination) as run:
        from cs_roles.asked_items import find_roles
        from cs_roles.compare import dataset_matrix
        from cs_roles.payloads import matrix_payload

        names = split_values("--roles", roles)
        dataset = run.open_dataset()
        ids = [role.id for role in find_roles(dataset, names)] if names else dataset.role_ids
        grid = dataset_matrix(dataset, dimension.value, ids)
        run.emit(matrix_payload(dataset, dimension.value, ids, grid), long)
