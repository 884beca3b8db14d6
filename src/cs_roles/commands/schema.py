"""`csroles schema`: the JSON Schema of the dataset format or of a command's --json."""

from enum import StrEnum
from typing import Annotated

import typer

from cs_roles.cli import command_app, reporting_errors
from cs_roles.command_group import LocalizedCommand
from cs_roles.contract import COMMANDS  # every command with a typed result has a schema
from cs_roles.output import Format

SchemaName = StrEnum(  # type: ignore[misc]
    "SchemaName", {name: name for name in ("dataset", *COMMANDS)}
)
DATASET = SchemaName("dataset")


PLACE = 13
FORMATS: tuple[Format, ...] = ()

# Its help in Korean (the English is the command's docstring and its `help=`).
KOREAN_HELP = (
    "JSON Schema(2020-12 규격)를 출력합니다: 데이터 형식, 또는 명령의 JSON 출력.\n\n"
    "데이터 형식의 스키마는 데이터를 읽을 때 검사하는 바로 그 정의에서 만들어집니다. "
    "편집기에 연결해 두면 데이터를 쓰는 동안 검사와 자동 완성을 받을 수 있습니다. 출력 "
    "스키마는 각 명령의 `--json`이 출력하는 내용을 설명합니다.\n\n"
    "**예시**\n\n"
    "* `csroles schema > 역할.schema.json`\n"
    "* `csroles schema show > show.schema.json`\n"
    "* `csroles schema search`\n"
)
KOREAN_PARAMETERS = {
    "name": "어떤 스키마인지: 데이터 형식(dataset), 또는 명령의 --json 출력: {schemas}.",
}

app = command_app()


@app.command("schema", cls=LocalizedCommand)
def schema_command(
    name: Annotated[
        SchemaName,
        typer.Argument(
            # A name, not the choices run together: those make one long word that a narrow
            # terminal breaks mid-word in the usage line. The choices are in the help.
            metavar="NAME",
            help="Which schema: the dataset format (dataset), or a command's --json output: "
            f"{', '.join(COMMANDS)}.",
        ),
    ] = DATASET,
) -> None:
    """Print a JSON Schema (draft 2020-12): the dataset format, or a command's JSON output.

    The dataset schema is generated from the same definitions the loader checks against;
    point your editor at it to get validation and completion while you write a dataset.
    The output schemas describe what each command's `--json` prints.

    **Examples**

    * `csroles schema > roles.schema.json`
    * `csroles schema show | jq '.properties | keys'`
    * `csroles schema search`
    """
    with reporting_errors():
        import json

        from cs_roles.output import write

        if name is DATASET:
            from cs_roles.dataset_format import json_schema

            schema = json_schema()
        else:
            from cs_roles.contract import schema_for

            schema = schema_for(name.value)
        write(json.dumps(schema, ensure_ascii=False, indent=2) + "\n")
