"""`csroles schema`: the JSON Schema of the dataset format or of a command's --json."""

from enum import StrEnum
from typing import Annotated

import typer

from cs_roles.cli import command_app, reporting_errors
from cs_roles.command_group import LocalizedCommand
from cs_roles.output import FORMATS  # every command with a --format has a published schema

SchemaName = StrEnum(  # type: ignore[misc]
    "SchemaName", {name: name for name in ("dataset", *FORMATS)}
)
DATASET = SchemaName("dataset")


app = command_app()


@app.command("schema", cls=LocalizedCommand)
def schema_command(
    name: Annotated[
        SchemaName,
        typer.Argument(
            # A name, not the choices run together: those make one long word that a narrow
            # terminal breaks mid-word in the usage line. The choices are in the help.
            metavar="NAME",
            help="Which schema: the dataset format, or a command's --json output.",
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
