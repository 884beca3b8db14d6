"""`csroles path`: the shortest routes from one position to another, with a plan per step."""

from typing import Annotated

import typer

from cs_roles.cli import (
    DataOption,
    ItemFileOption,
    JsonOption,
    LangOption,
    NoCacheOption,
    command_app,
    format_option,
    running,
)
from cs_roles.command_group import LocalizedCommand
from cs_roles.output import Format


def complete_position(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Position ids and names from the dataset the command line names."""
    from cs_roles.completion import position_choices

    return position_choices(incomplete, ctx.params.get("data"))


PLACE = 10
FORMATS = (Format.table, Format.json, Format.markdown)

# Its help in Korean (the English is the command's docstring and its `help=`).
KOREAN_HELP = (
    "여기서 저기까지 어떻게 갈까요? 경력 격자를 따라가는 가장 짧은 경로입니다.\n\n"
    "가장 짧은 경로를 모두(길이가 같은 것을 `--limit`개까지) 보여 주며, 단계마다 그 이동을 "
    "말하는 기사가 붙습니다. 데이터에 있는 두 역할 사이의 단계에는 학습 계획(`gap`이 보여 "
    "주는 것)이, 데이터 밖의 직위에서 떠나는 단계에는 기사가 그 직위에 대해 말하는 내용이 "
    "붙습니다. 경로마다 전체 계획으로 끝나며, 모든 항목은 처음 필요한 단계에 한 번씩 "
    "나옵니다. 그곳으로 가는 경로가 없으면 TO에 닿을 수 있는 직위를 가까운 순서로 보여 "
    "줍니다(종료 코드 1).\n\n"
    "**예시**\n\n"
    "* `csroles path coordinator support-manager`\n"
    "* `csroles path representative 팀리더 --have zendesk`\n"
    '* `csroles path "고객 서비스 상담원" 팀리더 --lang ko`\n'
    "* `csroles path coordinator director-customer-service --format markdown > 경로.md`\n"
)
KOREAN_PARAMETERS = {
    "from_name": "지금 있는 곳: 직위나 역할(식별자나 이름, 영어나 한국어).",
    "to_name": "가고 싶은 곳: 직위나 역할.",
    "have": (
        "내 기술, 도구, 책임 영역. 모든 단계의 계획에서 빠집니다. 여러 번 쓰거나 쉼표로 나눠 "
        "적고, '-'는 표준 입력에서 읽습니다."
    ),
    "limit": "보여 줄, 길이가 같은 경로의 수.",
}

app = command_app()


@app.command("path", cls=LocalizedCommand)
def path_command(
    from_name: Annotated[
        str,
        typer.Argument(
            help="Where you are: a position or role, by id or name, in English or Korean.",
            autocompletion=complete_position,
            metavar="FROM",
        ),
    ],
    to_name: Annotated[
        str,
        typer.Argument(
            help="Where you want to go: a position or role.",
            autocompletion=complete_position,
            metavar="TO",
        ),
    ],
    have: Annotated[
        list[str] | None,
        typer.Option(
            "--have",
            "-H",
            help="Your own skills, tools or areas, taken out of every step's plan; "
            "repeatable, comma-separated; - reads standard input.",
            show_default=False,
        ),
    ] = None,
    files: ItemFileOption = None,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, help="How many routes of equal length to show.")
    ] = 5,
    lang: LangOption = None,
    output: Annotated[str | None, format_option(FORMATS)] = None,
    json_output: JsonOption = False,
    data: DataOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """How do I get from here to there? The shortest routes along the career lattice.

    Every shortest route (all of one length, up to `--limit`), each step with the articles
    that state it. A step between two roles of the dataset has its learning plan (what
    `gap` gives); a step from a position outside the dataset shows what the articles say
    of it. Each route ends with a total plan: every item once, at the step that first needs
    it. When no route leads there, the positions that can reach TO, nearest first (exit 1).

    **Examples**

    * `csroles path coordinator support-manager`
    * `csroles path representative "team lead" --have zendesk`
    * `csroles path "고객 서비스 상담원" 팀리더 --lang ko`
    * `csroles path coordinator director --format markdown > route.md`
    """
    with running("path", lang, output, json_output, data, no_cache) as run:
        from cs_roles.asked_items import gather_items, resolve_asked_items
        from cs_roles.careers import Holdings, load_catalog
        from cs_roles.errors import NoMatch
        from cs_roles.lattice import build_lattice, find_position, plan_path, position_label

        own = gather_items(have or [], files or [])
        dataset = run.open_dataset()
        lattice = build_lattice(dataset)
        from_id = find_position(lattice, dataset, from_name)
        to_id = find_position(lattice, dataset, to_name)
        catalog = load_catalog(dataset, use_cache=run.use_cache)
        resolutions = resolve_asked_items(dataset, catalog, own, run.use_cache) if own else []
        held = Holdings.from_resolutions(resolutions) if resolutions else Holdings()
        plan = plan_path(dataset, lattice, from_id, to_id, held, catalog, limit)
        run.emit(plan.to_result(dataset, lattice, resolutions, held))
        if not plan.found:
            names: dict[str, object] = {
                "a": position_label(lattice.positions[from_id], run.language),
                "b": position_label(lattice.positions[to_id], run.language),
            }
            raise NoMatch("route.none", names)
