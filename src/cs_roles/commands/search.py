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
from cs_roles.commands.completers import complete_role
from cs_roles.commands.option_rules import choice_completer, not_empty, split_values
from cs_roles.search import KINDS

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
    output: Annotated[str | None, format_option("search")] = None,
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
