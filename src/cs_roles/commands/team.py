"""`csroles team`: a team's roster against the roles: who covers what, who is ready, what
to train next."""

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
    say,
)
from cs_roles.command_group import LocalizedCommand
from cs_roles.commands.completers import complete_role

app = command_app()


def parse_fraction(option: str, value: str) -> float:
    """A share in 0..1, written as a fraction (0.6) or a percentage (60%): the unit of
    `fit --json`'s coverage ratios. A bare number above 1 is refused, not guessed at."""
    from cs_roles.errors import UsageError
    from cs_roles.messages import echo

    written = value.strip()
    percent = written.endswith("%")
    try:
        number = float(written.removesuffix("%").strip())
    except ValueError:
        number = float("nan")
    share = number / 100 if percent else number
    if not 0 <= share <= 1:  # NaN fails too
        raise UsageError(
            "error.bad_fraction", {"value": echo(value), "option": option}, "hint.fraction"
        )
    return share


@app.command("team", cls=LocalizedCommand)
def team_command(
    roster: Annotated[
        str,
        typer.Argument(
            help="The roster: CSV, TSV, an Excel workbook (.xlsx), YAML or JSON; - reads "
            "standard input.",
            show_default=False,
            metavar="ROSTER",
        ),
    ],
    role: Annotated[
        str | None,
        typer.Option(
            "--role",
            "-r",
            help="The target role: each person's readiness for it, and its items only "
            "(default: every role; readiness for each person's own role).",
            autocompletion=complete_role,
            show_default=False,
        ),
    ] = None,
    min_coverage: Annotated[
        str | None,
        typer.Option(
            "--min-coverage",
            help="The figure a person must reach to count as covering a role, as fit "
            "measures it (mean of skill and tool coverage): 0..1 or a percentage such as "
            "60%. Default 0.5.",
            show_default=False,
            metavar="SHARE",
        ),
    ] = None,
    sheet: Annotated[
        str | None,
        typer.Option(
            "--sheet",
            help="The worksheet of an .xlsx roster (default: the first).",
            show_default=False,
        ),
    ] = None,
    lang: LangOption = None,
    output: Annotated[str | None, format_option("team")] = None,
    destination: OutputFileOption = None,
    json_output: JsonOption = False,
    data: DataOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """Plan a team: who covers each role, what only one person knows, who is ready, what to
    train.

    The roster has one row per person: a `name` column (이름), and optionally `role` (역할,
    their current role), `skills` (기술), `tools` (도구) and `areas` (업무 영역), items
    separated by `;` or `,`, in Korean or English, typos allowed: each is resolved as `fit`
    resolves it, as the kind its column names. An item that does not resolve is reported on
    standard error with its row and column, and not counted; the roster file is only read.

    A person covers a role when `fit`'s figure for their items (the mean of skill and tool
    coverage) reaches `--min-coverage`. With `--role`, each person's readiness for that
    role is what `csroles fit ITEMS --role ROLE` prints for their items.

    **Examples**

    * `csroles team team.csv`
    * `csroles team team.xlsx --role team-lead --format markdown`
    * `csroles team 팀원.csv --role 팀장 --lang ko --min-coverage 60%`
    * `csroles team team.csv --format xlsx --output team-plan.xlsx`
    """
    protected = tuple(path for path in (roster, data) if path)  # never overwritten
    with running("team", lang, output, json_output, data, no_cache, destination, protected) as run:
        from cs_roles.commands.option_rules import not_empty
        from cs_roles.messages import text
        from cs_roles.payloads import team_payload
        from cs_roles.roster import read_roster
        from cs_roles.team import MIN_COVERAGE, describe_unresolved, plan_team, roster_warnings

        threshold = (
            parse_fraction("--min-coverage", min_coverage)
            if min_coverage is not None
            else MIN_COVERAGE
        )
        target = not_empty("--role", role)
        people = read_roster(not_empty("ROSTER", roster) or "", not_empty("--sheet", sheet))
        for line in roster_warnings(people, run.language):
            say(text("warning.prefix", run.language, message=line))
        dataset = run.open_dataset()
        team = plan_team(dataset, people, target, threshold, run.use_cache)
        for line in describe_unresolved(team, people.path, run.language):
            say(text("warning.prefix", run.language, message=line))
        run.emit(team_payload(team))
