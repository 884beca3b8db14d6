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

app = command_app()


@app.command("list", cls=LocalizedCommand)
def list_command(
    lang: LangOption = None,
    output: Annotated[str | None, format_option("list")] = None,
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
