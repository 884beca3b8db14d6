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
from cs_roles.commands.options.rules import not_empty
from cs_roles.output import TABULAR, Format

PLACE = 12
FORMATS = (Format.table, Format.json, Format.jsonl, *TABULAR)

# Its help in Korean (the English is the command's docstring and its `help=`).
KOREAN_HELP = (
    "데이터 파일을 검사하고 모든 문제를 한꺼번에 나열합니다.\n\n"
    "문제마다 파일:줄:칸: 키.경로: 메시지 꼴로, 줄 순서대로 보여 주고, 읽은 형식 버전과 문제 "
    "수는 표준 오류에 씁니다. 데이터가 올바르면(경고는 있어도 됨) 0, 올바르지 않으면 4, 읽을 "
    "수 없으면 3으로 끝납니다.\n\n"
    "**예시**\n\n"
    "* `csroles validate 우리-역할.yaml`\n"
    "* `cat 우리-역할.yaml | csroles validate -`\n"
    "* `csroles validate --json`\n"
)
KOREAN_PARAMETERS = {
    "path": (
        "검사할 데이터 파일('-'는 표준 입력, 기본값: --data, $CSROLES_DATA 또는 내장 데이터)."
    ),
}

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
    output: Annotated[str | None, format_option(FORMATS)] = None,
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
