"""`csroles validate`: check a dataset and list every problem at once."""

from typing import Annotated

import typer

from cs_roles.cli import (
    DataOption,
    JsonOption,
    LangOption,
    command_app,
    format_option,
    running,
    say,
)
from cs_roles.command_group import LocalizedCommand
from cs_roles.commands.option_rules import not_empty

app = command_app()


@app.command("validate", cls=LocalizedCommand)
def validate_command(
    path: Annotated[
        str | None,
        typer.Argument(
            help="Dataset file to check ('-' reads standard input; default: --data, "
            "$CSROLES_DATA, or the bundled one)."
        ),
    ] = None,
    lang: LangOption = None,
    output: Annotated[str | None, format_option("validate")] = None,
    json_output: JsonOption = False,
    data: DataOption = None,
) -> None:
    """Check a dataset and list every problem at once.

    Each problem as file:line:column: key.path: message, sorted by line, with the format
    version read and the counts on stderr. Exits 0 when the dataset is valid (warnings
    allowed), 4 when it is not, 3 when it cannot be read.

    **Examples**

    * `csroles validate my-roles.yaml`
    * `cat my-roles.yaml | csroles validate -`
    * `csroles validate --json`
    """
    with running("validate", lang, output, json_output) as run:
        from cs_roles.errors import DatasetUnreadable, ExitCode
        from cs_roles.messages import text
        from cs_roles.payloads import validate_payload
        from cs_roles.sources import display_name, resolve_dataset_path
        from cs_roles.validation import validate_file

        target = resolve_dataset_path(not_empty("PATH", path) or not_empty("--data", data))
        report = validate_file(target)
        payload = validate_payload(display_name(target), report.version, report.problems)
        run.emit(payload)
        if report.unreadable:
            raise DatasetUnreadable(payload.file, report.problems[0])
        counts = {"errors": payload.errors, "warnings": payload.warnings}
        if report.version is not None:
            say(text("validate.summary", run.language, version=report.version, **counts))
        else:
            say(text("validate.summary_unknown", run.language, **counts))
        if payload.errors:
            raise typer.Exit(int(ExitCode.INVALID))
