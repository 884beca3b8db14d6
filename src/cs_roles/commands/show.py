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
from cs_roles.commands.completers import complete_role
from cs_roles.commands.option_rules import choice_completer, split_values
from cs_roles.output import Format
from cs_roles.payloads import SECTION_KEYS

SECTIONS = tuple(SECTION_KEYS)


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
    output: Annotated[str | None, format_option("show")] = None,
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
