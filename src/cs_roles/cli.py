"""The command line: the app, the options every command shares, and `running`, the one
wrapper that resolves the language, opens the dataset and turns failures into messages
and exit codes.

Each command lives in its own module of `cs_roles.commands`: it parses its arguments,
calls the core, and hands the payload to `Run.emit` (`output.emit`, the one output
path). Core modules are imported inside the commands so that start-up stays near
Typer's floor.
"""

# No `from __future__ import annotations` here: Typer reads every command's annotations at
# each start-up, and string annotations would have to be compiled and evaluated (~20 ms).
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import TYPE_CHECKING, Annotated, Any

import typer

from cs_roles.command_group import CommandGroup
from cs_roles.commands.options.completers import complete_language
from cs_roles.commands.options.root import root
from cs_roles.errors import CsRolesError, ExitCode, InvalidDataset
from cs_roles.output import Format

if TYPE_CHECKING:
    from cs_roles.dataset import Dataset


def command_app() -> typer.Typer:
    """The one-command app a module of `cs_roles.commands` declares its command on."""
    return typer.Typer(add_completion=False, pretty_exceptions_enable=False,
                       rich_markup_mode="markdown")  # fmt: skip


app = typer.Typer(
    name="csroles",
    cls=CommandGroup,
    callback=root,
    help=(
        "Customer-service roles at your fingertips: show one role, compare roles, search "
        "every skill and tool, in Korean or English.\n\n**Examples**\n\n"
        "* `csroles show team-lead`\n"
        "* `csroles compare coordinator team-lead`\n"
        "* `csroles search 젠데스크`\n"
    ),
    no_args_is_help=True,
    add_completion=False,  # csroles' own options take the shell's name (commands.options.root)
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",
)


# -- shared options ---------------------------------------------------------------------


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
        autocompletion=complete_language,
    ),
]
JsonOption = Annotated[
    bool,
    typer.Option("--json", help="Print JSON (the documented contract); same as --format json."),
]
LimitOption = Annotated[int, typer.Option("--limit", "-n", min=1, help="How many roles to show.")]
ItemFileOption = Annotated[
    list[str] | None,
    typer.Option(
        "--file",
        "-F",
        help="Read items from this file, one per line (- for standard input; repeatable).",
        show_default=False,
    ),
]


OutputFileOption = Annotated[
    str | None,
    typer.Option(
        "--output",
        "-o",
        help="With --format xlsx: the workbook file to write ('-' for standard output when "
        "it is not a terminal).",
        show_default=False,
        metavar="FILE",
    ),
]


def format_option(formats: tuple[Format, ...]) -> Any:
    """--format with the formats a command offers (its `FORMATS`), completed and listed."""
    choices = [f.value for f in formats]

    def complete(incomplete: str) -> list[str]:
        return [c for c in choices if c.startswith(incomplete.casefold())]

    about = f"Output format: {', '.join(choices)} (default {choices[0]})."
    if Format.xlsx.value in choices:
        about += (
            " xlsx writes an Excel workbook to --output FILE; excel is CSV with a byte-order"
            " mark, kept for tools that want CSV."
        )
    return typer.Option(
        "--format",
        "-f",
        help=about,
        show_default=False,
        metavar="FORMAT",
        autocompletion=complete,
    )


# -- errors, the dataset and output -----------------------------------------------------


def say(message: str) -> None:
    """A message for the person at the terminal: always stderr, never mixed into results."""
    stream = sys.stderr
    if stream is None:
        return
    from cs_roles.output import fit_to_terminal

    try:
        stream.write(fit_to_terminal(message, stream) + "\n")
        stream.flush()
    except (OSError, ValueError):
        pass


@contextmanager
def reporting_errors(lang: str = "en") -> Iterator[None]:
    """The one place where failures become messages on stderr and exit codes."""
    try:
        yield
    except CsRolesError as exc:
        from cs_roles.asked_items import NothingResolved
        from cs_roles.messages import text

        if isinstance(exc, InvalidDataset):
            for problem in exc.errors[:5]:
                say(problem.render(lang))
            hidden = len(exc.errors) - 5
            if hidden > 0:
                say(text("error.more_problems", lang, count=hidden))
        if isinstance(exc, NothingResolved):
            for line in exc.item_lines(lang):
                say(line)
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
    """The language in force; a bad setting is reported as a usage error, in the language
    the rest of the environment chooses (the locale, when it is --lang that is bad)."""
    from cs_roles.language import resolve
    from cs_roles.usage_errors import reader_language

    with reporting_errors(reader_language(())):
        return resolve(option)
    raise AssertionError("unreachable")  # reporting_errors re-raises as typer.Exit


class Run:
    """One command's run: its language and format, and the dataset, opened when asked for."""

    def __init__(self, command: str, language: str, fmt: Format, data: str | None,
                 no_cache: bool, destination: str | None = None) -> None:  # fmt: skip
        self.destination = destination
        self.command = command
        self.language = language
        self.format = fmt
        self.data = data
        self.use_cache = not no_cache
        self.language_chosen = True  # False where the locale (or nothing) chose it

    def open_dataset(self) -> "Dataset":
        from cs_roles.commands.options.rules import not_empty
        from cs_roles.dataset import load_dataset
        from cs_roles.sources import resolve_dataset_path

        def warn(message: str) -> None:  # cache repairs and the like, each shown once
            from cs_roles.messages import text

            say(text("warning.prefix", self.language, message=message))

        path = resolve_dataset_path(not_empty("--data", self.data))
        return load_dataset(path, use_cache=self.use_cache, on_notice=warn, language=self.language)

    def emit(self, payload: Any, long: bool = False) -> None:
        from cs_roles.output import emit

        emit(
            self.command,
            payload,
            self.format,
            self.language,
            long=long,
            lang_chosen=self.language_chosen,
            destination=self.destination,
        )


@contextmanager
def running(
    command: str,
    lang: str | None,
    output: str | None = None,
    json_output: bool = False,
    data: str | None = None,
    no_cache: bool = False,
    destination: str | None = None,
    protected: tuple[str, ...] = (),
) -> Iterator[Run]:
    """Resolve the language, check --format against --json and --output (never one of the
    `protected` input files), then run the command's body with every failure mapped to a
    message and an exit code (`reporting_errors`)."""
    from cs_roles.commands.options.rules import chosen_format
    from cs_roles.output import check_destination

    language = resolve_language(lang)
    with reporting_errors(language):
        fmt = chosen_format(command, output, json_output)
        check_destination(fmt, destination, protected)
        run = Run(command, language, fmt, data, no_cache, destination)
        run.language_chosen = lang is not None
        yield run


# -- entry point ------------------------------------------------------------------------


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
    _tolerate_narrow_encodings()
    try:
        app(prog_name="csroles")  # the same name in usage lines and completion under -m
    except KeyboardInterrupt:
        from cs_roles.usage_errors import reader_language

        language = reader_language(sys.argv[1:])
        if language.startswith("en"):
            say("csroles: interrupted")
        else:
            from cs_roles.messages import text

            say(text("error.prefix", language, message=text("error.interrupted", language)))
        sys.exit(int(ExitCode.INTERRUPTED))
