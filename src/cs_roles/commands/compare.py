"""`csroles compare`: what two or more roles share, what only one has, how similar."""

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
)
from cs_roles.command_group import LocalizedCommand
from cs_roles.commands.options.completers import complete_role
from cs_roles.commands.options.rules import choice_completer, split_values
from cs_roles.compare import DIMENSIONS
from cs_roles.output import TABULAR, Format

PLACE = 3
FORMATS = (Format.table, Format.json, *TABULAR, Format.markdown, Format.xlsx)

# Its help in Korean (the English is the command's docstring and its `help=`).
KOREAN_HELP = (
    "역할을 비교합니다: 무엇을 함께 갖고, 무엇이 한쪽에만 있고, 얼마나 비슷한지.\n\n"
    "기술, 도구, 책임 영역마다 유사도(Jaccard)를 구하고 전체 유사도도 보여 줍니다. **경력을 "
    "옮길 때는 순서가 중요합니다**: `compare coordinator team-lead`에서 *team-lead에만 있는* "
    "열이 코디네이터가 더 갖춰야 할 것입니다. 역할을 셋 이상 주면 격자로 보여 주며, 모두에게 "
    "있는 항목이 먼저 나옵니다.\n\n"
    "**예시**\n\n"
    "* `csroles compare coordinator support-manager`\n"
    "* `csroles compare coordinator team-lead --only skills`\n"
    "* `csroles compare coordinator team-lead support-manager --format markdown`\n"
)
KOREAN_PARAMETERS = {
    "roles": "비교할 역할 둘 이상(식별자, 별칭 또는 직함).",
    "only": "이 차원만 비교합니다(여러 번 쓰거나 쉼표로 나눔): {dimensions}.",
    "long": "CSV, TSV, jsonl: 항목과 역할의 쌍마다 한 행씩 씁니다.",
}

app = command_app()


@app.command("compare", cls=LocalizedCommand)
def compare_command(
    roles: Annotated[
        list[str],
        typer.Argument(
            help="Two or more roles (id, alias or title).",
            autocompletion=complete_role,
            show_default=False,
            metavar="ROLE...",
        ),
    ],
    only: Annotated[
        list[str] | None,
        typer.Option(
            "--only",
            help="Compare only these dimensions (repeatable or comma-separated): "
            + ", ".join(DIMENSIONS)
            + ".",
            autocompletion=choice_completer(DIMENSIONS),
            show_default=False,
        ),
    ] = None,
    lang: LangOption = None,
    output: Annotated[str | None, format_option(FORMATS)] = None,
    destination: OutputFileOption = None,
    long: Annotated[
        bool, typer.Option("--long", help="CSV/TSV/JSON lines: one row per item and role.")
    ] = False,
    json_output: JsonOption = False,
    data: DataOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """Compare roles: what they share, what only one has, how similar they are.

    Skills, tools and responsibility areas, with a similarity per dimension (Jaccard) and
    overall. **Order matters for a career move**: in `compare coordinator team-lead`, the
    column *only in team-lead* is what a coordinator would have to add. Three or more roles
    give a grid, items shared by all first.

    **Examples**

    * `csroles compare coordinator support-manager`
    * `csroles compare coordinator team-lead --only skills`
    * `csroles compare coordinator team-lead support-manager --format markdown`
    """
    with running("compare", lang, output, json_output, data, no_cache, destination) as run:
        from cs_roles.asked_items import find_roles
        from cs_roles.compare import compare_roles, require_two_or_more
        from cs_roles.payloads import compare_payload

        wanted = set(split_values("--only", only, DIMENSIONS)) or set(DIMENSIONS)
        require_two_or_more(len(roles))  # a usage error before any role is looked up
        dataset = run.open_dataset()
        found = find_roles(dataset, roles)
        dimensions = [d for d in DIMENSIONS if d in wanted]
        run.emit(compare_payload(dataset, compare_roles(found, dimensions)), long=long)
