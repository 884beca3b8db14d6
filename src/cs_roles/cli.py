"""The command line: argument parsing, output routing and exit codes, nothing more.

Each command parses its arguments, calls the core, and hands plain data to a renderer.
Core modules are imported inside the commands so that start-up stays near Typer's floor.
"""

# No `from __future__ import annotations` here: Typer reads every command's annotations at
# each start-up, and string annotations would have to be compiled and evaluated (~20 ms).
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any

import typer

from cs_roles.errors import CsRolesError, InvalidDataset

if TYPE_CHECKING:
    from rich.console import RenderableType

    from cs_roles.dataset import Dataset


class Lang(StrEnum):
    en = "en"
    ko = "ko"


class Dimension(StrEnum):
    skills = "skills"
    tools = "tools"
    areas = "areas"


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


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
    source = "source"


app = typer.Typer(
    name="csroles",
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
    add_completion=True,
    rich_markup_mode="markdown",
)


# -- shared options ---------------------------------------------------------------------


def _complete_role(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Role ids from the dataset the command line names so far (--data, $CSROLES_DATA)."""
    from cs_roles.completion import role_choices

    return role_choices(incomplete, ctx.params.get("data"))


def _complete_role_list(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Complete the last role of a comma-separated list."""
    done, _, last = incomplete.rpartition(",")
    prefix = f"{done}," if done else ""
    return [(prefix + role, title) for role, title in _complete_role(ctx, last)]


DataOption = Annotated[
    str | None,
    typer.Option(
        "--data",
        envvar="CSROLES_DATA",
        help="Dataset file to read instead of the bundled one.",
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
LangOption = Annotated[Lang, typer.Option("--lang", "-l", help="Language of names and texts.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON (the documented contract).")]
FormatOption = Annotated[
    OutputFormat,
    typer.Option("--format", "-f", help="Output format; --json is short for --format json."),
]


def chosen_format(output: OutputFormat, json_output: bool) -> OutputFormat:
    return OutputFormat.json if json_output else output


# -- output and errors ------------------------------------------------------------------


@contextmanager
def quiet_on_closed_pipe() -> Iterator[None]:
    """`csroles ... | head -1`: when the reader goes away, stop quietly with the exit code
    the command would have had. As Python's signal docs advise, stdout is pointed at
    /dev/null so the final flush at exit cannot complain again."""
    try:
        yield
        sys.stdout.flush()
    except BrokenPipeError:
        with suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(0) from None


def write_stdout(text: str) -> None:
    """Write a result as UTF-8 bytes, whatever the locale says, so JSON is always valid UTF-8."""
    with quiet_on_closed_pipe():
        sys.stdout.flush()
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is None:
            sys.stdout.write(text)
        else:
            buffer.write(text.encode("utf-8"))


def print_json(value: Any) -> None:
    from cs_roles.render.machine import to_json

    write_stdout(to_json(value, pretty=sys.stdout.isatty()))


def print_rich(renderable: "RenderableType") -> None:
    from cs_roles.render.terminal import make_console

    with quiet_on_closed_pipe():
        make_console().print(renderable)


def print_grid(
    view: str, payload: dict[str, Any], fmt: OutputFormat, dimensions: list[str], lang: str
) -> None:
    """compare and matrix: the one place that turns their result into the chosen format."""
    if fmt is OutputFormat.json:
        print_json(payload)
    elif fmt is OutputFormat.csv:
        from cs_roles.render.machine import grid_csv

        write_stdout(grid_csv(payload, dimensions, lang))
    elif fmt is OutputFormat.markdown:
        from cs_roles.render import markdown

        to_text = markdown.compare_markdown if view == "compare" else markdown.matrix_markdown
        write_stdout(to_text(payload, lang))
    else:
        from cs_roles.render import terminal

        to_table = terminal.render_compare if view == "compare" else terminal.render_matrix
        print_rich(to_table(payload, lang))


def say(message: str) -> None:
    """A message for the person at the terminal: always stderr, never mixed into results."""
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


@contextmanager
def reporting_errors() -> Iterator[None]:
    """The one place where failures become messages on stderr and exit codes."""
    try:
        yield
    except CsRolesError as exc:
        if isinstance(exc, InvalidDataset):
            for problem in exc.errors[:5]:
                say(str(problem))
            hidden = len(exc.errors) - 5
            if hidden > 0:
                say(f"... and {_plural(hidden, 'more problem')}")
        say(f"csroles: error: {exc.message}")
        if exc.hint:
            say(f"hint: {exc.hint}")
        raise typer.Exit(int(exc.exit_code)) from None


def open_dataset(data: str | None, no_cache: bool) -> "Dataset":
    from cs_roles.dataset import load_dataset
    from cs_roles.sources import resolve_dataset_path

    return load_dataset(resolve_dataset_path(data), use_cache=not no_cache)


# -- commands ---------------------------------------------------------------------------


def _version(value: bool) -> None:
    if value:
        from cs_roles import package_version

        write_stdout(f"csroles {package_version()}\n")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", "-V", callback=_version, is_eager=True, help="Print the version."
        ),
    ] = False,
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
        Section | None, typer.Option("--section", "-s", help="Show only this part.")
    ] = None,
    lang: LangOption = Lang.en,
    json_output: JsonOption = False,
    data: DataOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """Show everything about one role.

    Summary, responsibilities, skills, tools and technologies, career path, best practices,
    and the source each fact comes from. The role can be named by id, alias or title, in
    English or Korean.

    **Examples**

    * `csroles show team-lead`
    * `csroles show 팀리더 --lang ko`
    * `csroles show CSA --section tools --json`
    """
    with reporting_errors():
        from cs_roles.payloads import role_payload

        dataset = open_dataset(data, no_cache)
        payload = role_payload(dataset, dataset.find_role(role), section.value if section else None)
        if json_output:
            print_json(payload)
            return
        from cs_roles.render.terminal import render_role

        print_rich(render_role(payload, lang.value))


@app.command("list")
def list_command(
    lang: LangOption = Lang.en,
    json_output: JsonOption = False,
    data: DataOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """List the roles, with titles in both languages and skill and tool counts.

    **Examples**

    * `csroles list`
    * `csroles list --json`
    * `csroles list --data my-roles.yaml`
    """
    with reporting_errors():
        from cs_roles.payloads import list_payload

        rows = list_payload(open_dataset(data, no_cache))
        if json_output:
            print_json(rows)
            return
        from cs_roles.render.terminal import render_list

        print_rich(render_list(rows, lang.value))


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
        list[Dimension] | None,
        typer.Option("--only", help="Compare only this dimension (repeatable)."),
    ] = None,
    lang: LangOption = Lang.en,
    output: FormatOption = OutputFormat.table,
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
    with reporting_errors():
        from cs_roles.compare import DIMENSIONS, compare_roles, require_two_or_more
        from cs_roles.payloads import compare_payload

        require_two_or_more(len(roles))  # a usage error before any role is looked up
        dataset = open_dataset(data, no_cache)
        found = [dataset.find_role(name) for name in roles]
        wanted = {d.value for d in only} if only else set(DIMENSIONS)
        dimensions = [d for d in DIMENSIONS if d in wanted]
        payload = compare_payload(dataset, compare_roles(found, dimensions))
        fmt = chosen_format(output, json_output)
        print_grid("compare", payload, fmt, dimensions, lang.value)


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
    lang: LangOption = Lang.en,
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
    with reporting_errors():
        from cs_roles.compare import similar_roles
        from cs_roles.payloads import similar_payload

        dataset = open_dataset(data, no_cache)
        target = dataset.find_role(role)
        ranked = similar_roles(target, list(dataset.roles()), by.value)[:limit]
        payload = similar_payload(dataset, target, ranked, by.value)
        if json_output:
            print_json(payload)
            return
        from cs_roles.render.terminal import render_similar

        print_rich(render_similar(payload, lang.value))


@app.command("matrix")
def matrix_command(
    dimension: Annotated[Dimension, typer.Argument(help="What to put down the side.")],
    roles: Annotated[
        str | None,
        typer.Option(
            "--roles",
            "-r",
            help="Comma-separated roles for the columns (default: all).",
            autocompletion=_complete_role_list,
        ),
    ] = None,
    lang: LangOption = Lang.en,
    output: FormatOption = OutputFormat.table,
    json_output: JsonOption = False,
    data: DataOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """The whole dataset as one grid: skills, tools or areas down, roles across.

    **Examples**

    * `csroles matrix skills`
    * `csroles matrix tools --format markdown`
    * `csroles matrix skills --roles coordinator,team-lead --format csv`
    """
    with reporting_errors():
        from cs_roles.compare import role_matrix
        from cs_roles.errors import UsageError
        from cs_roles.payloads import matrix_payload

        dataset = open_dataset(data, no_cache)
        if roles:
            names = [name.strip() for name in roles.split(",") if name.strip()]
            if not names:
                raise UsageError("--roles is empty", "example: --roles coordinator,team-lead")
            chosen = [dataset.find_role(name) for name in names]
        else:
            chosen = list(dataset.roles())
        chosen = list({role.id: role for role in chosen}.values())  # each role once
        ids = [role.id for role in chosen]
        payload = matrix_payload(
            dataset, dimension.value, ids, role_matrix(chosen, dimension.value)
        )
        fmt = chosen_format(output, json_output)
        print_grid("matrix", payload, fmt, [dimension.value], lang.value)


@app.command("search")
def search_command(
    query: Annotated[
        list[str],
        typer.Argument(help="What to look for, in English or Korean.", show_default=False),
    ],
    kind: Annotated[
        list[Kind] | None, typer.Option("--kind", "-k", help="Only hits of this kind (repeatable).")
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
    lang: LangOption = Lang.en,
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
    with reporting_errors():
        from cs_roles.errors import NoMatch, UsageError
        from cs_roles.search import closest_terms, load_index, search, text_lookup

        text = " ".join(query).strip()
        if not text:
            raise UsageError("the search query is empty", "example: csroles search zendesk")
        dataset = open_dataset(data, no_cache)
        role_id = dataset.find_role(role).id if role else None
        index = load_index(dataset, use_cache=not no_cache)
        kinds = [k.value for k in kind] if kind else None
        hits = search(
            index,
            text,
            kinds=kinds,
            role=role_id,
            limit=limit,
            min_score=min_score,
            text_of=text_lookup(dataset),
        )
        payload = {"query": text, "hits": [hit.to_json() for hit in hits]}
        if json_output:
            print_json(payload)
        elif hits:
            from cs_roles.render.terminal import render_search

            print_rich(render_search(payload, lang.value, len(dataset.role_ids)))
        if not hits:
            near = closest_terms(index, text)
            hint = "closest: " + ", ".join(near) if near else "try fewer or other words"
            raise NoMatch(f"no match for '{text}'", hint)


class ReportFormat(StrEnum):
    table = "table"
    json = "json"
    markdown = "markdown"


def _gather_items(values: list[str], files: list[str]) -> list[str]:
    """Items from arguments (`-` reads standard input) and files: one item per line, commas
    split, blank lines and `#` comment lines skipped."""
    from cs_roles.careers import split_items
    from cs_roles.errors import UsageError

    lines: list[str] = []
    for value in values:
        if value == "-":
            lines.extend(sys.stdin.read().splitlines())
        else:
            lines.append(value)
    for path in files:
        if path == "-":
            lines.extend(sys.stdin.read().splitlines())
            continue
        try:
            with open(path, encoding="utf-8-sig") as handle:
                lines.extend(handle.read().splitlines())
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"cannot read {path}: {exc}") from None
    return split_items(lines)


def _resolve_or_fail(
    dataset: "Dataset", catalog: Any, items: list[str], what: str, no_cache: bool
) -> Any:
    """Resolve the items (the search index is loaded only for items not named exactly); a
    usage error (exit 2) when none of them resolves."""
    from cs_roles.careers import load_names_index, resolve_items
    from cs_roles.errors import UsageError

    if not items:
        raise UsageError(f"no {what} given", "example: csroles fit zendesk empathy 'Power BI'")
    resolutions = resolve_items(
        items, lambda: load_names_index(dataset, use_cache=not no_cache), catalog
    )
    if not any(r.status == "resolved" for r in resolutions):
        for r in resolutions:
            near = ", ".join(dict.fromkeys(m.name.get("en") or m.id for m in r.suggestions))
            say(f"{r.item}: {r.status}" + (f" (closest: {near})" if near else ""))
        raise UsageError(
            f"none of the {what} names a skill, tool or responsibility area",
            "try 'csroles search ITEM' to see what the dataset calls it",
        )
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
    lang: LangOption = Lang.en,
    output: Annotated[
        ReportFormat,
        typer.Option("--format", "-f", help="Output format; --json is short for --format json."),
    ] = ReportFormat.table,
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
    with reporting_errors():
        from cs_roles.careers import Holdings, fit_roles, load_catalog
        from cs_roles.payloads import fit_payload

        wanted = _gather_items(items or [], files or [])
        dataset = open_dataset(data, no_cache)
        role_ids = None
        if role:
            names = [n.strip() for value in role for n in value.split(",") if n.strip()]
            role_ids = [dataset.find_role(name).id for name in names]
        catalog = load_catalog(dataset, use_cache=not no_cache)
        resolutions = _resolve_or_fail(dataset, catalog, wanted, "items", no_cache)
        have = Holdings.from_resolutions(resolutions)
        fits = fit_roles(catalog, have, role_ids, limit)
        payload = fit_payload(dataset, resolutions, have, fits)
        fmt = ReportFormat.json if json_output else output
        if fmt is ReportFormat.json:
            print_json(payload)
        elif fmt is ReportFormat.markdown:
            from cs_roles.render.markdown import fit_markdown

            write_stdout(fit_markdown(payload, lang.value))
        else:
            from cs_roles.render.terminal import render_fit

            print_rich(render_fit(payload, lang.value))


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
    lang: LangOption = Lang.en,
    output: Annotated[
        ReportFormat,
        typer.Option("--format", "-f", help="Output format; --json is short for --format json."),
    ] = ReportFormat.table,
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
    with reporting_errors():
        from cs_roles.careers import Holdings, load_catalog, role_gap
        from cs_roles.errors import UsageError
        from cs_roles.payloads import gap_payload

        if len(roles) > 2:
            raise UsageError("gap takes FROM and TO, or TO alone with --have")
        own = _gather_items(have or [], files or [])
        if len(roles) == 1 and not own:
            raise UsageError(
                "gap needs FROM and TO, or TO with --have",
                "example: csroles gap coordinator team-lead",
            )
        dataset = open_dataset(data, no_cache)
        found = [dataset.find_role(name) for name in roles]
        source, target = (found[0], found[1]) if len(found) == 2 else (None, found[0])
        if source is not None and source.id == target.id:
            raise UsageError(f"FROM and TO are the same role ('{target.id}')")
        held = Holdings.from_role(source) if source else Holdings()
        catalog = load_catalog(dataset, use_cache=not no_cache)
        resolutions = []
        if own:
            resolutions = _resolve_or_fail(dataset, catalog, own, "--have items", no_cache)
            held = held | Holdings.from_resolutions(resolutions)
        kinds = catalog.tool_categories(held.tools)
        gap = role_gap(target, held, kinds, source.id if source else None)
        payload = gap_payload(dataset, gap, resolutions, held)
        fmt = ReportFormat.json if json_output else output
        if fmt is ReportFormat.json:
            print_json(payload)
        elif fmt is ReportFormat.markdown:
            from cs_roles.render.markdown import gap_markdown

            write_stdout(gap_markdown(payload, lang.value))
        else:
            from cs_roles.render.terminal import render_gap

            print_rich(render_gap(payload, lang.value))


@app.command("validate")
def validate_command(
    path: Annotated[
        str | None,
        typer.Argument(
            help="Dataset file to check (default: --data, $CSROLES_DATA, or the bundled one)."
        ),
    ] = None,
    json_output: JsonOption = False,
    data: DataOption = None,
) -> None:
    """Check a dataset and list every problem at once.

    Each problem as file:line:column: key.path: message, sorted by line. Exits 0 when the
    dataset is valid (warnings allowed), 1 when it is not.

    **Examples**

    * `csroles validate my-roles.yaml`
    * `csroles validate --json`
    """
    from cs_roles.validation import validate_file

    problems = validate_file(path or data)
    if json_output:
        print_json(
            {
                "valid": not any(p.severity == "error" for p in problems),
                "problems": [p.to_json() for p in problems],
            }
        )
    else:
        for problem in problems:
            write_stdout(f"{problem}\n")
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    if not json_output:
        say(f"{_plural(errors, 'error')}, {_plural(warnings, 'warning')}")
    if errors:
        raise typer.Exit(1)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' if count != 1 else ''}"


@app.command("schema")
def schema_command() -> None:
    """Print the JSON Schema (draft 2020-12) of the dataset format.

    Generated from the same definitions the loader checks against. Point your editor at it
    to get validation and completion while you write a dataset (see the README).

    **Examples**

    * `csroles schema > roles.schema.json`
    * `csroles schema | jq '.properties | keys'`
    """
    import json

    from cs_roles.dataset_format import json_schema

    write_stdout(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")


def _build_only(args: list[str]) -> None:
    """Typer turns every registered command into a click command at each start-up. When
    the command line names one command, register only that one (and leave out the shell-
    completion options, which belong before a command name): same parsing, same help for
    that command, a few milliseconds less on every run. Completion requests keep it all."""
    if not args or any(key.endswith("_COMPLETE") for key in os.environ):
        return
    chosen = [command for command in app.registered_commands if command.name == args[0]]
    if chosen:
        app.registered_commands = chosen
        app._add_completion = False


def _tolerate_narrow_encodings() -> None:
    """Under a C locale or PYTHONIOENCODING=ascii, show '?' for what the terminal cannot
    encode instead of failing. (--json is written as UTF-8 bytes regardless.)"""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8":
            with suppress(AttributeError, ValueError):
                stream.reconfigure(errors="replace")  # type: ignore[union-attr]


def main() -> None:
    """Console-script entry point."""
    _build_only(sys.argv[1:])
    _tolerate_narrow_encodings()
    app(prog_name="csroles")  # the same name in usage lines and completion under python -m
