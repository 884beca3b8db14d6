"""`csroles list`: the roles, with their titles and counts."""

from typing import Annotated

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
from cs_roles.output import TABULAR, Format

PLACE = 2
FORMATS = (Format.table, Format.json, Format.jsonl, *TABULAR, Format.markdown, Format.xlsx)

# Its help in Korean (the English is the command's docstring and its `help=`).
KOREAN_HELP = (
    "역할 목록을 직함, 기술 수, 도구 수와 함께 보여 줍니다.\n\n"
    "**예시**\n\n"
    "* `csroles list`\n"
    "* `csroles list --format csv`\n"
    "* `csroles list --json --data 우리-역할.yaml`\n"
)
KOREAN_PARAMETERS: dict[str, str] = {}

app = command_app()


@app.command("list", cls=LocalizedCommand)
def list_command(
    lang: LangOption = None,
    output: Annotated[str | None, format_option(FORMATS)] = None,
    destination: OutputFileOption = None,
    json_output: JsonOption = False,
    data: DataOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """List the roles, with their titles and skill and tool counts.

    **Examples**

    * `csroles list`
    * `csroles list --format csv`
    * `csroles list --json --data my-roles.yaml`
    """
    with running("list", lang, output, json_output, data, no_cache, destination) as run:
        from cs_roles.payloads import list_payload

        run.emit(list_payload(run.open_dataset()))
