"""`csroles gap`: what to add to move from one role to another, as a learning plan."""

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
from cs_roles.commands.options.completers import complete_role
from cs_roles.output import Format

PLACE = 8
FORMATS = (Format.table, Format.json, Format.markdown)

# Its help in Korean (the English is the command's docstring and its `help=`).
KOREAN_HELP = (
    "한 역할에서 다른 역할로 옮기려면 무엇을 더 갖춰야 할까요? 학습 계획입니다.\n\n"
    "먼저 TO의 기술과 도구를 얼마나 갖췄는지(`fit`과 같은 계산), 그다음 배울 기술(데이터에 "
    "TO의 설명이 있으면 함께), 분류별로 묶은 배울 도구와 이미 아는 같은 종류의 제품(**전이 "
    "가능**: 갖춘 것으로 치지는 않지만 출발점이 됩니다), 새로 맡게 될 책임 영역과 TO의 책임 "
    "문장을 보여 줍니다. `--format markdown`은 문서에 붙여 넣을 체크리스트로 계획을 "
    "출력합니다.\n\n"
    "**예시**\n\n"
    "* `csroles gap coordinator team-lead`\n"
    "* `csroles gap coordinator team-lead --have five9 --format markdown`\n"
    "* `csroles gap team-lead --have zendesk,공감,'갈등 해결'`\n"
    "* `cat 내-기술.txt | csroles gap support-manager --have - --lang ko`\n"
)
KOREAN_PARAMETERS = {
    "roles": "FROM TO: 지금 역할과 가고 싶은 역할. --have를 쓰면 TO만 적어도 됩니다.",
    "have": (
        "내 기술, 도구, 책임 영역. FROM의 것에 더해지고, FROM을 적지 않으면 그 대신 "
        "쓰입니다. 여러 번 쓰거나 쉼표로 나눠 적고, '-'는 표준 입력에서 읽습니다."
    ),
}

app = command_app()


@app.command("gap", cls=LocalizedCommand)
def gap_command(
    roles: Annotated[
        list[str],
        typer.Argument(
            help="FROM TO: the role you have and the one you want; or only TO with --have.",
            autocompletion=complete_role,
            show_default=False,
            metavar="[FROM] TO",
        ),
    ],
    have: Annotated[
        list[str] | None,
        typer.Option(
            "--have",
            "-H",
            help="Your own skills, tools or areas, added to FROM's (or instead of it when "
            "FROM is left out); repeatable, comma-separated; - reads standard input.",
            show_default=False,
        ),
    ] = None,
    files: ItemFileOption = None,
    lang: LangOption = None,
    output: Annotated[str | None, format_option(FORMATS)] = None,
    json_output: JsonOption = False,
    data: DataOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """What must I add to move from one role to another? A learning plan.

    Coverage of TO's skills and tools (as in `fit`), then: skills to learn, with TO's note
    on each where the dataset has one; tools to learn, grouped by category, with the product
    of that kind you already know (**transferable**: it does not count as covered, but it
    is where to start); responsibility areas new to you, with TO's own responsibility texts.
    `--format markdown` prints the plan as a checklist to paste into a document.

    **Examples**

    * `csroles gap coordinator team-lead`
    * `csroles gap coordinator team-lead --have five9 --format markdown`
    * `csroles gap team-lead --have zendesk,공감,'conflict resolution'`
    * `cat my-skills.txt | csroles gap support-manager --have - --lang ko`
    """
    with running("gap", lang, output, json_output, data, no_cache) as run:
        from cs_roles.asked_items import find_roles, gather_items, resolve_asked_items
        from cs_roles.careers import Holdings, load_catalog, role_gap
        from cs_roles.errors import UsageError
        from cs_roles.payloads import gap_payload

        if len(roles) > 2:
            raise UsageError("error.gap_roles", hint="hint.gap_example")
        own = gather_items(have or [], files or [])
        if len(roles) == 1 and not own:
            raise UsageError("error.gap_roles", hint="hint.gap_example")
        dataset = run.open_dataset()
        found = find_roles(dataset, roles)
        source, target = (found[0], found[1]) if len(found) == 2 else (None, found[0])
        held = Holdings.from_role(source) if source else Holdings()
        catalog = load_catalog(dataset, use_cache=run.use_cache)
        resolutions = []
        if own:
            resolutions = resolve_asked_items(dataset, catalog, own, run.use_cache)
            held = held | Holdings.from_resolutions(resolutions)
        kinds = catalog.tool_categories(held.tools)
        gap = role_gap(target, held, kinds, source.id if source else None)
        run.emit(gap_payload(dataset, gap, resolutions, held))
