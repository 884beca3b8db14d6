"""The command line: argument parsing, exit codes, and nothing more.

Each command parses its arguments, calls the core, and hands the payload to
`output.emit`, the one output path. Failures become messages and exit codes in one place,
`reporting_errors`. Core modules are imported inside the commands so that start-up stays
near Typer's floor.
"""

# No `from __future__ import annotations` here: Typer reads every command's annotations at
# each start-up, and string annotations would have to be compiled and evaluated (~20 ms).
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any

import typer

from cs_roles.errors import CsRolesError, ExitCode, InvalidDataset, UsageError
from cs_roles.output import Format
from cs_roles.usage_errors import LocalizedGroup

if TYPE_CHECKING:
    from cs_roles.dataset import Dataset


class Dimension(StrEnum):
    skills = "skills"
    tools = "tools"
    areas = "areas"


class Kind(StrEnum):
    role = "role"
    skill = "skill"
    tool = "tool"
    category = "category"
    area = "area"
    text = "text"


class RankBy(StrEnum):
    similarity = "similarity"
    coverage = "coverage"


class Section(StrEnum):
    summary = "summary"
    responsibilities = "responsibilities"
    skills = "skills"
    tools = "tools"
    career = "career"
    practices = "practices"
    crosswalk = "crosswalk"
    source = "source"


class SchemaName(StrEnum):
    dataset = "dataset"
    show = "show"
    list = "list"
    compare = "compare"
    similar = "similar"
    matrix = "matrix"
    search = "search"
    validate = "validate"
    fit = "fit"
    gap = "gap"


class _App(typer.Typer):
    """Typer, with completion wired by hand: its own --show-completion cannot be told a
    shell once it can detect one, so csroles adds options that take the shell's name. The
    completion classes (with descriptions for zsh and fish) are registered only when a
    shell asks for completions, which keeps them off every other start-up."""

    @property
    def _add_completion(self) -> bool:
        if any(key.endswith("_COMPLETE") for key in os.environ):
            from typer._completion_classes import completion_init

            completion_init()
        return False

    @_add_completion.setter
    def _add_completion(self, value: bool) -> None:
        pass


app = _App(
    name="csroles",
    cls=LocalizedGroup,
    help=(
        "Customer-service roles at your fingertips: show one role, compare roles, search "
        "every skill and tool, in Korean or English.\n\n**Examples**\n\n"
        "* `csroles show team-lead`\n"
        "* `csroles compare coordinator team-lead`\n"
        "* `csroles search 젠데스크`\n"
    ),
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",
)


# -- shared options ---------------------------------------------------------------------


def _complete_role(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Role ids and aliases from the dataset the command line names (--data, $CSROLES_DATA)."""
    from cs_roles.completion import role_choices

    return role_choices(incomplete, ctx.params.get("data"))


def _complete_role_list(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Complete the last role of a comma-separated list."""
    done, _, last = incomplete.rpartition(",")
    prefix = f"{done}," if done else ""
    return [(prefix + role, title) for role, title in _complete_role(ctx, last)]


def _complete_lang(incomplete: str) -> list[tuple[str, str]]:
    from cs_roles.language import CHOICES

    return [(c, h) for c, h in CHOICES.items() if c.startswith(incomplete.casefold())]


DataOption = Annotated[
    str | None,
    typer.Option(
        "--data",
        envvar="CSROLES_DATA",
        help="Dataset file to read instead of the bundled one ('-' reads standard input).",
        show_default=False,
        rich_help_panel="Dataset",
    ),
]
NoCacheOption = Annotated[
    bool,
    typer.Option(
        "--no-cache",
        help="Parse the dataset file, ignoring the compiled cache.",
        rich_help_panel="Dataset",
    ),
]
LangOption = Annotated[
    str | None,
    typer.Option(
        "--lang",
        "-l",
        help=(
            "Language: en, ko, or en+ko / ko+en to show the second language beside names. "
            "Default: $CSROLES_LANG, then the locale (LC_ALL, LC_MESSAGES, LANG), then en+ko."
        ),
        show_default=False,
        autocompletion=_complete_lang,
    ),
]
JsonOption = Annotated[
    bool,
    typer.Option("--json", help="Print JSON (the documented contract); same as --format json."),
]


def _format_option(command: str) -> Any:
    """--format with the formats `command` offers (output.FORMATS), completed and listed."""
    from cs_roles.output import FORMATS

    choices = [f.value for f in FORMATS[command]]

    def complete(incomplete: str) -> list[str]:
        return [c for c in choices if c.startswith(incomplete.casefold())]

    return typer.Option(
        "--format",
        "-f",
        help=f"Output format: {', '.join(choices)} (default {choices[0]}).",
        show_default=False,
        metavar="FORMAT",
        autocompletion=complete,
    )


# -- errors and output ------------------------------------------------------------------


def say(message: str) -> None:
    """A message for the person at the terminal: always stderr, never mixed into results."""
    stream = sys.stderr
    if stream is None:
        return
    try:
        stream.write(message + "\n")
        stream.flush()
    except (OSError, ValueError):
        pass


@contextmanager
def reporting_errors(lang: str = "en") -> Iterator[None]:
    """The one place where failures become messages on stderr and exit codes."""
    try:
        yield
    except CsRolesError as exc:
        from cs_roles.messages import text

        if isinstance(exc, InvalidDataset):
            for problem in exc.errors[:5]:
                say(problem.render(lang))
            hidden = len(exc.errors) - 5
            if hidden > 0:
                say(text("error.more_problems", lang, count=hidden))
        say(text("error.prefix", lang, message=exc.render(lang)))
        hint = exc.render_hint(lang)
        if hint:
            say(text("hint.prefix", lang, message=hint))
        raise typer.Exit(int(exc.exit_code)) from None
    except KeyboardInterrupt:
        from cs_roles.messages import text

        say(text("error.prefix", lang, message=text("error.interrupted", lang)))
        raise typer.Exit(int(ExitCode.INTERRUPTED)) from None


def resolve_language(option: str | None) -> str:
    """The language in force; a bad setting is reported (in English) as a usage error."""
    from cs_roles.language import resolve

    with reporting_errors():
        return resolve(option)
    raise AssertionError("unreachable")  # reporting_errors re-raises as typer.Exit


def chosen_format(command: str, fmt: str | None, json_output: bool) -> Format:
    """--format and --json are one choice; asking for two different formats is a usage error."""
    from cs_roles.output import FORMATS

    offered = FORMATS[command]
    if fmt is not None:
        try:
            picked = Format(fmt.casefold())
        except ValueError:
            picked = None
        if picked not in offered:
            raise UsageError(
                "error.format_unavailable",
                {"format": fmt, "command": command, "choices": [f.value for f in offered]},
            )
        if json_output and picked is not Format.json:
            raise UsageError("error.format_conflict", {"format": fmt}, "hint.one_format")
        return picked
    return Format.json if json_output else offered[0]


def not_empty(option: str, value: str | None) -> str | None:
    """`--data "$UNSET"` gives an empty value: refuse it rather than fall back silently."""
    if value is not None and not value.strip():
        raise UsageError("error.empty_value", {"option": option}, "hint.unset_variable")
    return value


def _choices(choices: type[StrEnum], incomplete: str) -> list[str]:
    done, _, last = incomplete.rpartition(",")
    prefix = f"{done}," if done else ""
    return [prefix + c.value for c in choices if c.value.startswith(last.casefold())]


def split_values(
    option: str, values: Sequence[str] | None, choices: type[StrEnum] | None = None
) -> list[str]:
    """A repeatable option: repeats and comma-separated lists accumulate; an empty value,
    an unknown choice or the same value twice is a usage error (one rule for every option)."""
    allowed = {c.value for c in choices} if choices else None
    out: list[str] = []
    for value in values or ():
        parts = [part.strip() for part in value.split(",")]
        if not any(parts):
            raise UsageError("error.empty_value", {"option": option}, "hint.unset_variable")
        for part in parts:
            if not part:
                continue
            if allowed is not None:
                part = part.casefold()
                if part not in allowed:
                    from cs_roles.messages import echo

                    raise UsageError(
                        "error.bad_choice",
                        {"value": echo(part), "option": option, "choices": sorted(allowed)},
                    )
            if part in out:
                from cs_roles.messages import echo

                raise UsageError("error.repeated_value", {"value": echo(part), "option": option})
            out.append(part)
    return out


def find_roles(dataset: "Dataset", names: Sequence[str]) -> list[Any]:
    """Roles by name; naming one role twice (even by two of its names) is a usage error."""
    found = []
    given: dict[str, str] = {}
    for name in names:
        role = dataset.find_role(name)
        if role.id in given:
            from cs_roles.messages import echo

            raise UsageError(
                "error.repeated_role",
                {"name": echo(given[role.id]), "other": echo(name), "role": role.id},
                "hint.distinct_roles",
            )
        given[role.id] = name
        found.append(role)
    return found


def open_dataset(data: str | None, no_cache: bool, lang: str = "en") -> "Dataset":
    from cs_roles.dataset import load_dataset
    from cs_roles.sources import resolve_dataset_path

    def warn(message: str) -> None:  # cache repairs and the like, each shown once
        from cs_roles.messages import text

        say(text("warning.prefix", lang, message=message))

    path = resolve_dataset_path(not_empty("--data", data))
    return load_dataset(path, use_cache=not no_cache, on_notice=warn)


def emit(command: str, payload: Any, fmt: Format, lang: str, long: bool = False) -> None:
    from cs_roles.output import emit as emit_payload

    emit_payload(command, payload, fmt, lang, long=long)


# -- commands ---------------------------------------------------------------------------


def _version(value: bool) -> None:
    if value:
        from cs_roles import package_version
        from cs_roles.output import write

        with reporting_errors():
            write(f"csroles {package_version()}\n")
        raise typer.Exit()


def _show_completion(value: str | None) -> None:
    if value is None:
        return
    from cs_roles.completion import completion_script
    from cs_roles.output import write

    with reporting_errors():
        write(completion_script(value))
    raise typer.Exit()


def _install_completion(value: str | None) -> None:
    if value is None:
        return
    from cs_roles.completion import install_completion

    with reporting_errors():
        say(install_completion(value))
    raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", "-V", callback=_version, is_eager=True, help="Print the version."
        ),
    ] = False,
    show_completion: Annotated[
        str | None,
        typer.Option(
            "--show-completion",
            callback=_show_completion,
            is_eager=True,
            metavar="SHELL",
            help="Print the completion script for bash, zsh or fish.",
            show_default=False,
        ),
    ] = None,
    install_completion: Annotated[
        str | None,
        typer.Option(
            "--install-completion",
            callback=_install_completion,
            is_eager=True,
            metavar="SHELL",
            help="Install completion for bash, zsh or fish.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Customer-service roles: show, compare and search, in Korean or English."""


@app.command("show")
def show_command(
    role: Annotated[
        str,
        typer.Argument(
            help="Role id, alias or title, in English or Korean.",
            autocompletion=_complete_role,
            metavar="ROLE",
        ),
    ],
    section: Annotated[
        list[str] | None,
        typer.Option(
            "--section",
            "-s",
            help="Show only these parts (repeatable or comma-separated): "
            + ", ".join(s.value for s in Section)
            + ".",
            autocompletion=lambda incomplete: _choices(Section, incomplete),
            show_default=False,
        ),
    ] = None,
    lang: LangOption = None,
    output: Annotated[str | None, _format_option("show")] = None,
    json_output: JsonOption = False,
    data: DataOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """Show everything about one role.

    Summary, responsibilities, skills (with what each means for the role), tools and what
    they are used for, career path, best practices, the O*NET occupation it matches, and
    the article each fact comes from. `--format markdown` is a job description ready to
    paste; `--format text` is plain paragraphs.

    **Examples**

    * `csroles show team-lead`
    * `csroles show 팀리더 --lang ko`
    * `csroles show coordinator --format markdown > coordinator.md`
    * `csroles show "support manager" --section skills,tools --json`
    """
    language = resolve_language(lang)
    with reporting_errors(language):
        from cs_roles.payloads import role_payload

        fmt = chosen_format("show", output, json_output)
        sections = split_values("--section", section, Section)
        dataset = open_dataset(data, no_cache, language)
        payload = role_payload(dataset, dataset.find_role(role), sections)
        emit("show", payload, fmt, language)


@app.command("list")
def list_command(
    lang: LangOption = None,
    output: Annotated[str | None, _format_option("list")] = None,
    json_output: JsonOption = False,
    data: DataOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """List the roles, with their titles and skill and tool counts.

    **Examples**

    * `csroles list`
    * `csroles list --format csv`
    * `csroles list --json --data my-roles.yaml`
    """
    language = resolve_language(lang)
    with reporting_errors(language):
        from cs_roles.payloads import list_payload

        fmt = chosen_format("list", output, json_output)
        emit("list", list_payload(open_dataset(data, no_cache, language)), fmt, language)


@app.command("compare")
def compare_command(
    roles: Annotated[
        list[str],
        typer.Argument(
            help="Two or more roles (id, alias or title).",
            autocompletion=_complete_role,
            show_default=False,
            metavar="ROLE...",
        ),
    ],
    only: Annotated[
        list[str] | None,
        typer.Option(
            "--only",
            help="Compare only these dimensions (repeatable or comma-separated): "
            "skills, tools, areas.",
            autocompletion=lambda incomplete: _choices(Dimension, incomplete),
            show_default=False,
        ),
    ] = None,
    lang: LangOption = None,
    output: Annotated[str | None, _format_option("compare")] = None,
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
    language = resolve_language(lang)
    with reporting_errors(language):
        from cs_roles.compare import DIMENSIONS, compare_roles, require_two_or_more
        from cs_roles.payloads import compare_payload

        fmt = chosen_format("compare", output, json_output)
        wanted = set(split_values("--only", only, Dimension)) or set(DIMENSIONS)
        require_two_or_more(len(roles))  # a usage error before any role is looked up
        dataset = open_dataset(data, no_cache, language)
        found = find_roles(dataset, roles)
        dimensions = [d for d in DIMENSIONS if d in wanted]
        payload = compare_payload(dataset, compare_roles(found, dimensions))
        emit("compare", payload, fmt, language, long=long)


@app.command("similar")
def similar_command(
    role: Annotated[
        str, typer.Argument(help="Role id, alias or title.", autocompletion=_complete_role)
    ],
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, help="How many roles to show.")
    ] = 10,
    by: Annotated[
        RankBy,
        typer.Option(
            "--by",
            help="Rank by similarity (Jaccard, both ways alike) or by coverage: how much of "
            "each other role's skills and tools this role already has.",
        ),
    ] = RankBy.similarity,
    lang: LangOption = None,
    output: Annotated[str | None, _format_option("similar")] = None,
    json_output: JsonOption = False,
    data: DataOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """Rank the other roles by similarity: what else could I do with what I have?

    Each with what it shares with this role, what you would add, and how much of that
    role's skills and tools this role already has (*covers*: the mean of skill and tool
    coverage, with each as have/needed).

    **Examples**

    * `csroles similar coordinator`
    * `csroles similar coordinator --by coverage`
    * `csroles similar 팀리더 --json`
    """
    language = resolve_language(lang)
    with reporting_errors(language):
        from cs_roles.compare import rank_similar
        from cs_roles.payloads import similar_payload

        fmt = chosen_format("similar", output, json_output)
        dataset = open_dataset(data, no_cache, language)
        target = dataset.find_role(role)
        ranked = rank_similar(dataset, target, limit, by.value)
        payload = similar_payload(dataset, target, ranked, by.value)
        emit("similar", payload, fmt, language)


@app.command("matrix")
def matrix_command(
    dimension: Annotated[Dimension, typer.Argument(help="What to put down the side.")],
    roles: Annotated[
        list[str] | None,
        typer.Option(
            "--roles",
            "-r",
            help="Roles for the columns, comma-separated or repeated (default: all).",
            autocompletion=_complete_role_list,
        ),
    ] = None,
    lang: LangOption = None,
    output: Annotated[str | None, _format_option("matrix")] = None,
    long: Annotated[
        bool,
        typer.Option(
            "--long", help="CSV/TSV/JSON lines: one row per item and role (for wide datasets)."
        ),
    ] = False,
    json_output: JsonOption = False,
    data: DataOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """The whole dataset as one grid: skills, tools or areas down, roles across.

    For a dataset with many roles, `--long` gives one row per item and role instead of a
    column per role; CSV, TSV and JSON lines are written as they are produced.

    **Examples**

    * `csroles matrix skills`
    * `csroles matrix tools --format markdown`
    * `csroles matrix skills --roles coordinator,team-lead --format csv`
    * `csroles matrix tools --format csv --long > tools.csv`
    """
    language = resolve_language(lang)
    with reporting_errors(language):
        from cs_roles.compare import dataset_matrix
        from cs_roles.payloads import matrix_payload

        fmt = chosen_format("matrix", output, json_output)
        names = split_values("--roles", roles)
        dataset = open_dataset(data, no_cache, language)
        ids = [role.id for role in find_roles(dataset, names)] if names else dataset.role_ids
        grid = dataset_matrix(dataset, dimension.value, ids)
        emit("matrix", matrix_payload(dataset, dimension.value, ids, grid), fmt, language, long)


@app.command("search")
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
            + ", ".join(k.value for k in Kind)
            + ".",
            autocompletion=lambda incomplete: _choices(Kind, incomplete),
            show_default=False,
        ),
    ] = None,
    role: Annotated[
        str | None,
        typer.Option("--role", "-r", help="Search inside one role.", autocompletion=_complete_role),
    ] = None,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, help="At most this many hits.")
    ] = 10,
    min_score: Annotated[
        float, typer.Option("--min-score", min=0, max=100, help="Drop hits scoring below this.")
    ] = 70.0,
    lang: LangOption = None,
    output: Annotated[str | None, _format_option("search")] = None,
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
    language = resolve_language(lang)
    with reporting_errors(language):
        from cs_roles.errors import NoMatch
        from cs_roles.messages import echo
        from cs_roles.payloads import search_payload
        from cs_roles.search import closest_terms, load_index, search, text_lookup

        fmt = chosen_format("search", output, json_output)
        text = " ".join("".join(ch for ch in part if ch.isprintable()) for part in query).strip()
        if not text:
            raise UsageError("error.empty_query", hint="hint.search_example")
        kinds = split_values("--kind", kind, Kind) or None
        dataset = open_dataset(data, no_cache, language)
        role_id = (
            dataset.find_role(not_empty("--role", role) or "").id if role is not None else None
        )
        index = load_index(dataset, use_cache=not no_cache)
        hits = search(
            index,
            text,
            kinds=kinds,
            role=role_id,
            limit=limit,
            min_score=min_score,
            text_of=text_lookup(dataset),
        )
        payload = search_payload(text, hits)
        if hits or fmt is not Format.table:
            emit("search", dict(payload, role_count=len(dataset.role_ids))
                 if fmt is Format.table else payload, fmt, language)  # fmt: skip
        if not hits:
            near = closest_terms(index, text)
            if near:
                raise NoMatch("error.no_match", {"query": echo(text)}, "hint.closest",
                              {"choices": near})  # fmt: skip
            raise NoMatch("error.no_match", {"query": echo(text)}, "hint.fewer_words")


def _gather_items(values: list[str], files: list[str]) -> list[str]:
    """Items from arguments (`-` reads standard input) and files: one item per line, commas
    split, blank lines and `#` comment lines skipped."""
    from cs_roles.careers import split_items
    from cs_roles.errors import UsageError

    lines: list[str] = []
    stdin_read = False

    def read_stdin() -> list[str]:
        nonlocal stdin_read
        if stdin_read:
            raise UsageError("error.stdin_twice", {"first": "-", "second": "-"})
        stdin_read = True
        return sys.stdin.read().splitlines() if sys.stdin is not None else []

    for value in values:
        if value == "-":
            lines.extend(read_stdin())
        else:
            lines.append(value)
    for path in files:
        if path == "-":
            lines.extend(read_stdin())
            continue
        try:
            with open(path, encoding="utf-8-sig") as handle:
                lines.extend(handle.read().splitlines())
        except (OSError, UnicodeDecodeError) as exc:
            from cs_roles.messages import echo

            reason = getattr(exc, "strerror", None) or str(exc)
            raise UsageError("error.item_file", {"path": echo(path), "reason": reason}) from None
    return split_items(lines)


def _resolve_or_fail(
    dataset: "Dataset", catalog: Any, items: list[str], no_cache: bool, lang: str
) -> Any:
    """Resolve the items (the search index is loaded only for items not named exactly); a
    usage error (exit 2) when none of them resolves."""
    from cs_roles.careers import load_names_index, resolve_items
    from cs_roles.errors import UsageError
    from cs_roles.messages import echo, text
    from cs_roles.render.labels import pick

    if not items:
        raise UsageError("error.no_items", hint="hint.fit_example")
    resolutions = resolve_items(
        items, lambda: load_names_index(dataset, use_cache=not no_cache), catalog
    )
    if not any(r.status == "resolved" for r in resolutions):
        for r in resolutions:
            near = list(dict.fromkeys(pick(m.name, lang) or m.id for m in r.suggestions))
            status = text(f"fit.{r.status}", lang)
            line = f"{echo(r.item)}: {status}"
            if near:
                line += "; " + text("hint.closest", lang, choices=near)
            say(line)
        raise UsageError("error.nothing_resolved", hint="hint.search_items")
    return resolutions


ItemFileOption = Annotated[
    list[str] | None,
    typer.Option(
        "--file",
        "-F",
        help="Read items from this file, one per line (- for standard input; repeatable).",
        show_default=False,
    ),
]


@app.command("fit")
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
            autocompletion=_complete_role_list,
        ),
    ] = None,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, help="How many roles to show.")
    ] = 10,
    lang: LangOption = None,
    output: Annotated[str | None, _format_option("fit")] = None,
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
    language = resolve_language(lang)
    with reporting_errors(language):
        from cs_roles.careers import Holdings, fit_roles, load_catalog
        from cs_roles.payloads import fit_payload

        fmt = chosen_format("fit", output, json_output)
        wanted = _gather_items(items or [], files or [])
        names = split_values("--role", role)
        dataset = open_dataset(data, no_cache, language)
        role_ids = [r.id for r in find_roles(dataset, names)] if names else None
        catalog = load_catalog(dataset, use_cache=not no_cache)
        resolutions = _resolve_or_fail(dataset, catalog, wanted, no_cache, language)
        have = Holdings.from_resolutions(resolutions)
        fits = fit_roles(catalog, have, role_ids, limit)
        emit("fit", fit_payload(dataset, resolutions, have, fits), fmt, language)


@app.command("gap")
def gap_command(
    roles: Annotated[
        list[str],
        typer.Argument(
            help="FROM TO: the role you have and the one you want; or only TO with --have.",
            autocompletion=_complete_role,
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
    output: Annotated[str | None, _format_option("gap")] = None,
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
    language = resolve_language(lang)
    with reporting_errors(language):
        from cs_roles.careers import Holdings, load_catalog, role_gap
        from cs_roles.payloads import gap_payload

        fmt = chosen_format("gap", output, json_output)
        if len(roles) > 2:
            raise UsageError("error.gap_roles", hint="hint.gap_example")
        own = _gather_items(have or [], files or [])
        if len(roles) == 1 and not own:
            raise UsageError("error.gap_roles", hint="hint.gap_example")
        dataset = open_dataset(data, no_cache, language)
        found = find_roles(dataset, roles)
        source, target = (found[0], found[1]) if len(found) == 2 else (None, found[0])
        held = Holdings.from_role(source) if source else Holdings()
        catalog = load_catalog(dataset, use_cache=not no_cache)
        resolutions = []
        if own:
            resolutions = _resolve_or_fail(dataset, catalog, own, no_cache, language)
            held = held | Holdings.from_resolutions(resolutions)
        kinds = catalog.tool_categories(held.tools)
        gap = role_gap(target, held, kinds, source.id if source else None)
        emit("gap", gap_payload(dataset, gap, resolutions, held), fmt, language)


@app.command("validate")
def validate_command(
    path: Annotated[
        str | None,
        typer.Argument(
            help="Dataset file to check ('-' reads standard input; default: --data, "
            "$CSROLES_DATA, or the bundled one)."
        ),
    ] = None,
    lang: LangOption = None,
    output: Annotated[str | None, _format_option("validate")] = None,
    json_output: JsonOption = False,
    data: DataOption = None,
) -> None:
    """Check a dataset and list every problem at once.

    Each problem as file:line:column: key.path: message, sorted by line, with the format
    version read and the counts on stderr. Exits 0 when the dataset is valid (warnings
    allowed), 4 when it is not, 3 when it cannot be read.

    **Examples**

    * `csroles validate my-roles.yaml`
    * `cat my-roles.yaml | csroles validate -`
    * `csroles validate --json`
    """
    language = resolve_language(lang)
    with reporting_errors(language):
        from cs_roles.errors import DatasetUnreadable
        from cs_roles.messages import text
        from cs_roles.payloads import validate_payload
        from cs_roles.sources import display_name, resolve_dataset_path
        from cs_roles.validation import validate_file

        fmt = chosen_format("validate", output, json_output)
        target = resolve_dataset_path(not_empty("PATH", path) or not_empty("--data", data))
        report = validate_file(target)
        payload = validate_payload(display_name(target), report.version, report.problems)
        emit("validate", payload, fmt, language)
        if report.unreadable:
            raise DatasetUnreadable(payload["file"], report.problems[0])
        if report.version is not None:
            summary = text(
                "validate.summary",
                language,
                version=report.version,
                errors=payload["errors"],
                warnings=payload["warnings"],
            )
        else:
            summary = text(
                "validate.summary_unknown",
                language,
                errors=payload["errors"],
                warnings=payload["warnings"],
            )
        say(summary)
        if payload["errors"]:
            raise typer.Exit(int(ExitCode.INVALID))


@app.command("schema")
def schema_command(
    name: Annotated[
        SchemaName,
        typer.Argument(help="Which schema: the dataset format, or a command's --json output."),
    ] = SchemaName.dataset,
) -> None:
    """Print a JSON Schema (draft 2020-12): the dataset format, or a command's JSON output.

    The dataset schema is generated from the same definitions the loader checks against;
    point your editor at it to get validation and completion while you write a dataset.
    The output schemas describe what each command's `--json` prints.

    **Examples**

    * `csroles schema > roles.schema.json`
    * `csroles schema show | jq '.properties | keys'`
    * `csroles schema search`
    """
    with reporting_errors():
        import json

        from cs_roles.output import write

        if name is SchemaName.dataset:
            from cs_roles.dataset_format import json_schema

            schema = json_schema()
        else:
            from cs_roles.output_schemas import output_schema

            schema = output_schema(name.value)
        write(json.dumps(schema, ensure_ascii=False, indent=2) + "\n")


def _build_only(args: list[str]) -> None:
    """Typer turns every registered command into a click command at each start-up. When
    the command line names one command, register only that one: same parsing, same help
    for that command, a few milliseconds less on every run. Completion requests keep all."""
    if not args or any(key.endswith("_COMPLETE") for key in os.environ):
        return
    chosen = [command for command in app.registered_commands if command.name == args[0]]
    if chosen:
        app.registered_commands = chosen


def _tolerate_narrow_encodings() -> None:
    """Under a C locale or PYTHONIOENCODING=ascii, show '?' for what the terminal cannot
    encode instead of failing. (--json is written as UTF-8 bytes regardless.)"""
    for stream in (sys.stdout, sys.stderr):
        if stream is None:
            continue
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8":
            with suppress(AttributeError, ValueError):
                stream.reconfigure(errors="replace")  # type: ignore[union-attr]


def main() -> None:
    """Console-script entry point."""
    _build_only(sys.argv[1:])
    _tolerate_narrow_encodings()
    try:
        app(prog_name="csroles")  # the same name in usage lines and completion under -m
    except KeyboardInterrupt:
        say("csroles: interrupted")
        sys.exit(int(ExitCode.INTERRUPTED))
