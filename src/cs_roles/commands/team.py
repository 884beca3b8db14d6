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
from cs_roles.commands.options.completers import complete_role
from cs_roles.output import TABULAR, Format

PLACE = 11
FORMATS = (Format.table, Format.json, Format.markdown, *TABULAR, Format.xlsx)
# Its renderers (TABLES, MARKDOWN, WORKBOOKS), in a module of their own
RENDERERS = "cs_roles.render.team"

# Its help in Korean (the English is the command's docstring and its `help=`).
KOREAN_HELP = (
    "팀을 계획합니다: 역할마다 누가 맡을 수 있는지, 한 사람만 아는 것, 누가 준비됐는지, "
    "무엇을 교육할지.\n\n"
    "명단은 한 사람에 한 행입니다: `name` 열(이름), 그리고 있어도 되고 없어도 되는 "
    "`role`(역할, 지금 맡은 역할), `skills`(기술), `tools`(도구), `areas`(업무 영역) 열. "
    "항목은 `;`나 `,`로 나누고 한국어나 영어로 적으며 오타가 있어도 됩니다. 각 항목은 "
    "`fit`이 인식하는 방식대로, 그 열이 가리키는 종류로 인식됩니다. 인식되지 않는 항목은 그 "
    "행과 열을 밝혀 표준 오류로 알리고 계산에 넣지 않습니다. 명단 파일은 읽기만 합니다.\n\n"
    "한 사람의 항목에 대한 `fit`의 수치(기술 충족률과 도구 충족률의 평균)가 "
    "`--min-coverage`에 이르면 그 사람이 그 역할을 맡을 수 있다고 봅니다. `--role`을 주면 각 "
    "사람의 준비도는 그 사람의 항목을 `csroles fit`에 주고 `--role`로 그 역할을 지정했을 "
    "때의 결과와 같습니다.\n\n"
    "**예시**\n\n"
    "* `csroles team 팀원.csv`\n"
    "* `csroles team 팀원.xlsx --role team-lead --format markdown`\n"
    "* `csroles team 팀원.csv --role 팀장 --lang ko --min-coverage 60%`\n"
    "* `csroles team 팀원.csv --format xlsx --output 팀-계획.xlsx`\n"
)
KOREAN_PARAMETERS = {
    "roster": (
        "명단: CSV, TSV, Excel 통합 문서(.xlsx), YAML 또는 JSON. '-'는 표준 입력에서 읽습니다."
    ),
    "role": (
        "목표 역할: 그 역할의 항목만 보고, 각 사람이 그 역할에 얼마나 준비됐는지 "
        "봅니다(기본값: 모든 역할을 보고, 준비도는 각자 지금 맡은 역할에 대해)."
    ),
    "min_coverage": (
        "한 사람이 역할을 맡을 수 있다고 보는 기준 수치로, fit과 같은 방식(기술 충족률과 "
        "도구 충족률의 평균)으로 잽니다. 0..1 또는 60% 같은 백분율로 적습니다. 기본값 0.5."
    ),
    "sheet": ".xlsx 명단에서 읽을 워크시트(기본값: 첫 번째).",
}

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
    output: Annotated[str | None, format_option(FORMATS)] = None,
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
        from cs_roles.commands.options.rules import not_empty
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
