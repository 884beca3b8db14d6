"""`csroles show`: everything about one role."""

from typing import Annotated

import typer

from cs_roles.cli import (
    DataOption,
    JsonOption,
    LangOption,
    NoCacheOption,
    command_app,
    format_option,
    running,
)
from cs_roles.command_group import LocalizedCommand
from cs_roles.commands.options.completers import complete_role
from cs_roles.commands.options.rules import choice_completer, split_values
from cs_roles.output import Format
from cs_roles.payloads import SECTION_KEYS

SECTIONS = tuple(SECTION_KEYS)


PLACE = 1
FORMATS = (Format.table, Format.text, Format.markdown, Format.json)

# Its help in Korean (the English is the command's docstring and its `help=`).
KOREAN_HELP = (
    "역할 하나의 모든 것을 보여 줍니다.\n\n"
    "요약, 책임, 기술(이 역할에서 각 기술이 뜻하는 바), 도구와 그 쓰임새, 경력 경로, 모범 "
    "사례, 대응하는 O*NET 직업, 그리고 각 내용을 가져온 기사를 보여 줍니다. `--format "
    "markdown`은 바로 붙여 넣을 수 있는 한 언어의 직무 기술서이고, `--format text`는 평범한 "
    "문단입니다. `--provenance`를 더하면 어느 쪽에든 별칭, O*NET 대응, 출처가 붙습니다.\n\n"
    "**예시**\n\n"
    "* `csroles show team-lead`\n"
    "* `csroles show 팀리더 --lang ko`\n"
    "* `csroles show coordinator --format markdown > 코디네이터.md`\n"
    "* `csroles show coordinator --format markdown --provenance`\n"
    '* `csroles show "고객 지원 관리자" --section skills,tools --json`\n'
)
KOREAN_PARAMETERS = {
    "role": "역할의 식별자, 별칭 또는 직함(영어나 한국어).",
    "section": "이 부분만 보여 줍니다(여러 번 쓰거나 쉼표로 나눔): {sections}.",
    "provenance": (
        "--format markdown이나 text에 별칭, O*NET 대응, 출처 기사를 덧붙입니다(표와 JSON에는 "
        "늘 들어 있습니다)."
    ),
}

app = command_app()


@app.command("show", cls=LocalizedCommand)
def show_command(
    role: Annotated[
        str,
        typer.Argument(
            help="Role id, alias or title, in English or Korean.",
            autocompletion=complete_role,
            metavar="ROLE",
        ),
    ],
    section: Annotated[
        list[str] | None,
        typer.Option(
            "--section",
            "-s",
            help="Show only these parts (repeatable or comma-separated): "
            + ", ".join(SECTIONS)
            + ".",
            autocompletion=choice_completer(SECTIONS),
            show_default=False,
        ),
    ] = None,
    provenance: Annotated[
        bool,
        typer.Option(
            "--provenance",
            help="With --format markdown or text: add the aliases, the O*NET match and the "
            "source article (the table and JSON always have them).",
        ),
    ] = False,
    lang: LangOption = None,
    output: Annotated[str | None, format_option(FORMATS)] = None,
    json_output: JsonOption = False,
    data: DataOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """Show everything about one role.

    Summary, responsibilities, skills (with what each means for the role), tools and what
    they are used for, career path, best practices, the O*NET occupation it matches, and
    the article each fact comes from. `--format markdown` is a job description ready to
    paste, in one language; `--format text` is plain paragraphs. `--provenance` adds the
    aliases, the O*NET match and the source to either.

    **Examples**

    * `csroles show team-lead`
    * `csroles show 팀리더 --lang ko`
    * `csroles show coordinator --format markdown > coordinator.md`
    * `csroles show coordinator --format markdown --provenance`
    * `csroles show "support manager" --section skills,tools --json`
    """
    with running("show", lang, output, json_output, data, no_cache) as run:
        from cs_roles.payloads import role_payload

        sections = split_values("--section", section, SECTIONS)
        dataset = run.open_dataset()
        payload = role_payload(dataset, dataset.find_role(role), sections)
        if run.format in (Format.markdown, Format.text) and not provenance:
            from cs_roles.render.document import job_description

            asked = [key for name in sections for key in SECTION_KEYS[name]]
            payload = job_description(payload, asked)
        run.emit(payload)
