"""`csroles fit`: which roles do my skills and tools fit?"""

from typing import Annotated

import typer

from cs_roles.cli import (
    DataOption,
    ItemFileOption,
    JsonOption,
    LangOption,
    LimitOption,
    NoCacheOption,
    OutputFileOption,
    command_app,
    format_option,
    running,
)
from cs_roles.command_group import LocalizedCommand
from cs_roles.commands.options.completers import complete_role
from cs_roles.commands.options.rules import split_values
from cs_roles.output import TABULAR, Format

PLACE = 7
FORMATS = (Format.table, Format.json, Format.jsonl, *TABULAR, Format.markdown, Format.xlsx)

# Its help in Korean (the English is the command's docstring and its `help=`).
KOREAN_HELP = (
    "내 기술과 도구에 맞는 역할은? 역할에 필요한 것을 얼마나 갖췄는지에 따라 순위를 "
    "매깁니다.\n\n"
    "기술, 도구, 책임 영역은 `search`가 알아듣는 어떤 식으로든 적으면 됩니다(식별자, 이름, "
    "별칭, 한국어, 오타, 초성). 각 항목이 무엇으로 인식됐는지 보여 주며, 모호하거나 알 수 "
    "없는 항목은 추천과 함께 나열하고 계산에 넣지 않습니다. 인식된 항목이 하나도 없으면 종료 "
    "코드 2로 끝납니다.\n\n"
    "역할마다 필요한 기술과 도구 가운데 가진 것, 그 둘의 평균(역할 순위의 기준), 모자란 것, "
    "그리고 **전이 가능한 도구**를 보여 줍니다. 전이 가능한 도구란 역할이 쓰는 도구와 같은 "
    "종류의, 내가 아는 제품입니다(데이터에서 같은 분류: 역할이 Groove를 쓸 때 Freshdesk, 둘 "
    "다 헬프데스크). 갖춘 것으로 치지는 않지만 모자란 것 옆에 나열되고, 순위가 같을 때 "
    "앞뒤를 가릅니다.\n\n"
    "**예시**\n\n"
    "* `csroles fit zendesk 공감 '갈등 해결' slack`\n"
    "* `csroles fit 젠데스크,공감,'갈등 해결' --lang ko`\n"
    "* `cat 내-기술.txt | csroles fit -`\n"
    "* `csroles fit --file 내-기술.txt --role coordinator,team-lead --format markdown`\n"
)
KOREAN_PARAMETERS = {
    "items": (
        "내 기술, 도구, 책임 영역: 이름, 식별자, 별칭, 한국어, 오타 모두 되고 쉼표로 나눈 "
        "목록도 됩니다. '-'는 표준 입력에서 읽습니다."
    ),
    "role": "이 역할들만 봅니다(여러 번 쓰거나 쉼표로 나눔).",
    "limit": "보여 줄 역할 수.",
}

app = command_app()


@app.command("fit", cls=LocalizedCommand)
def fit_command(
    items: Annotated[
        list[str] | None,
        typer.Argument(
            help="Your skills, tools and responsibility areas: names, ids, aliases, Korean, "
            "typos; comma-separated lists too; - reads them from standard input.",
            show_default=False,
            metavar="ITEM...",
        ),
    ] = None,
    files: ItemFileOption = None,
    role: Annotated[
        list[str] | None,
        typer.Option(
            "--role",
            "-r",
            help="Only these roles (repeatable, or comma-separated).",
            autocompletion=complete_role,
        ),
    ] = None,
    limit: LimitOption = 10,
    lang: LangOption = None,
    output: Annotated[str | None, format_option(FORMATS)] = None,
    destination: OutputFileOption = None,
    json_output: JsonOption = False,
    data: DataOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """Which roles do my skills and tools fit? Roles ranked by how much of their needs you cover.

    Name your skills, tools and responsibility areas any way `search` understands (id,
    name, alias, Korean, typos, initial consonants). Each item's resolution is shown; an
    ambiguous or unknown one is listed with suggestions and does not count. Exits 2 when no
    item resolves.

    Per role: skills and tools you have of those it needs, the mean of the two (which ranks
    the roles), what is missing, and **transferable tools**: a product you know of the same
    kind as one the role uses (same category in the dataset: Freshdesk when the role uses
    Groove, both help desks). They do not count as covered; they are listed beside what is
    missing and break ties.

    **Examples**

    * `csroles fit zendesk empathy 'conflict resolution' slack`
    * `csroles fit 젠데스크,공감,'갈등 해결' --lang ko`
    * `cat my-skills.txt | csroles fit -`
    * `csroles fit --file my-skills.txt --role coordinator,team-lead --format markdown`
    """
    with running("fit", lang, output, json_output, data, no_cache, destination) as run:
        from cs_roles.asked_items import find_roles, gather_items, resolve_asked_items
        from cs_roles.careers import Holdings, fit_roles, load_catalog
        from cs_roles.payloads import fit_payload

        wanted = gather_items(items or [], files or [])
        names = split_values("--role", role)
        dataset = run.open_dataset()
        role_ids = [r.id for r in find_roles(dataset, names)] if names else None
        catalog = load_catalog(dataset, use_cache=run.use_cache)
        resolutions = resolve_asked_items(dataset, catalog, wanted, run.use_cache)
        have = Holdings.from_resolutions(resolutions)
        fits = fit_roles(catalog, have, role_ids, limit)
        run.emit(fit_payload(dataset, resolutions, have, fits))
