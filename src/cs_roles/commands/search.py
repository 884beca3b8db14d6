"""`csroles search`: every name and text, fuzzily, in Korean or English."""

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
from cs_roles.commands.options.rules import choice_completer, not_empty, split_values
from cs_roles.output import TABULAR, Format
from cs_roles.search import KINDS

PLACE = 6
FORMATS = (Format.table, Format.json, Format.jsonl, *TABULAR, Format.markdown, Format.xlsx)

# Its help in Korean (the English is the command's docstring and its `help=`).
KOREAN_HELP = (
    "모든 이름과 글을 한국어나 영어로, 비슷한 말까지 찾습니다.\n\n"
    "역할, 기술, 도구, 도구 분류, 책임 영역, 문장을 찾습니다. 오타, 띄어쓰기, 대소문자는 "
    "상관없고, 한글은 자모 단위로 비교하며, 초성으로도 찾을 수 있습니다(ㄱㄷ ㅎㄱ로 갈등 "
    "해결을 찾음). grep처럼 찾은 것이 없으면 종료 코드 1로 끝납니다.\n\n"
    "**예시**\n\n"
    "* `csroles search 젠대스크`\n"
    "* `csroles search 커뮤니캐이션`\n"
    "* `csroles search ㅈㄷㅅㅋ`\n"
    "* `csroles search 멘토링 --kind text --role team-lead`\n"
)
KOREAN_PARAMETERS = {
    "query": "찾을 말(한국어나 영어).",
    "kind": "이 종류의 결과만 봅니다(여러 번 쓰거나 쉼표로 나눔): {kinds}.",
    "role": "역할 하나 안에서만 찾습니다.",
    "limit": "결과를 최대 이만큼 보여 줍니다.",
    "min_score": "점수가 이보다 낮은 결과는 버립니다.",
}

app = command_app()


@app.command("search", cls=LocalizedCommand)
def search_command(
    query: Annotated[
        list[str],
        typer.Argument(help="What to look for, in English or Korean.", show_default=False),
    ],
    kind: Annotated[
        list[str] | None,
        typer.Option(
            "--kind",
            "-k",
            help="Only hits of these kinds (repeatable or comma-separated): "
            + ", ".join(KINDS)
            + ".",
            autocompletion=choice_completer(KINDS),
            show_default=False,
        ),
    ] = None,
    role: Annotated[
        str | None,
        typer.Option("--role", "-r", help="Search inside one role.", autocompletion=complete_role),
    ] = None,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, help="At most this many hits.")
    ] = 10,
    min_score: Annotated[
        float, typer.Option("--min-score", min=0, max=100, help="Drop hits scoring below this.")
    ] = 70.0,
    lang: LangOption = None,
    output: Annotated[str | None, format_option(FORMATS)] = None,
    destination: OutputFileOption = None,
    json_output: JsonOption = False,
    data: DataOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """Search every name and text, fuzzily, in Korean or English.

    Roles, skills, tools, tool categories, responsibility areas and sentences. Typos,
    spacing and case don't matter; Hangul is compared by jamo; initial consonants work
    (ㄱㄷ ㅎㄱ finds 갈등 해결). Exits 1 when nothing matches, like grep.

    **Examples**

    * `csroles search zendsk`
    * `csroles search 커뮤니캐이션`
    * `csroles search ㅈㄷㅅㅋ`
    * `csroles search mentoring --kind text --role team-lead`
    """
    with running("search", lang, output, json_output, data, no_cache, destination) as run:
        from cs_roles.errors import NoMatch, UsageError
        from cs_roles.messages import echo
        from cs_roles.output import Format
        from cs_roles.payloads import search_payload
        from cs_roles.search import closest_terms, load_index, search, text_lookup

        text = " ".join("".join(ch for ch in part if ch.isprintable()) for part in query).strip()
        if not text:
            raise UsageError("error.empty_query", hint="hint.search_example")
        kinds = split_values("--kind", kind, KINDS) or None
        dataset = run.open_dataset()
        role_id = (
            dataset.find_role(not_empty("--role", role) or "").id if role is not None else None
        )
        index = load_index(dataset, use_cache=run.use_cache)
        hits = search(
            index,
            text,
            kinds=kinds,
            role=role_id,
            limit=limit,
            min_score=min_score,
            text_of=text_lookup(dataset),
        )
        table_only = len(dataset.role_ids) if run.format is Format.table else None  # "all roles"
        payload = search_payload(text, hits, table_only)
        if hits or run.format is not Format.table:
            run.emit(payload)
        if not hits:
            near = closest_terms(index, text)
            if near:
                raise NoMatch("error.no_match", {"query": echo(text)}, "hint.closest",
                              {"choices": near})  # fmt: skip
            raise NoMatch("error.no_match", {"query": echo(text)}, "hint.fewer_words")
