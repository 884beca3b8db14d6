"""The app's group of commands and the class of each command: loaded lazily, one module
each, with usage errors and `--help` in the reader's language. Kept apart from `cli` so
that the app module holds only the app and the options every command shares.

Help in the reader's language: the help option is eager, so the language is read from
the arguments and the environment as for a usage error (`usage_errors.help_language`).
The help is then printed by Typer from a copy of the command whose texts are in that
language (`help_texts`), with Typer's own words (`typer.rich_utils`' panel titles and
"[default: ...]") set for the one call and put back after it. The command itself is
never changed, so the next help in the same process is in its own reader's language.
In either language an asterisk inside a word ("O*NET") is shown as it is written, not
taken as Markdown's emphasis, and a line too long for its cell is folded, never cut.
"""

import copy
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, ClassVar

import typer
from typer.core import TyperCommand, TyperGroup

from cs_roles import commands
from cs_roles.usage_errors import LocalizedGroup, help_language, usage_line

_ASTERISK_IN_A_WORD = re.compile(r"(?<=\w)\*(?=\w)")
# Choices longer than this, run together, are not shown as the kind of value: the help lists them.
LONGEST_CHOICES = 30


class ReaderLanguageHelp:
    """`--help` in the reader's language, for a Typer command or group (a mixin).

    `shown_language` is None on the command as declared; it is set on the copy that
    prints one help, whose usage line, parameters and (for a group) commands follow it.
    """

    shown_language: str | None = None

    def format_help(self, ctx: Any, formatter: Any) -> None:
        if self.shown_language is not None:  # the copy that prints this help
            super().format_help(ctx, formatter)  # type: ignore[misc]
            return
        language = help_language(ctx)
        shown = translated_command(self, ctx, language)
        with typer_settings(language):
            shown.format_help(ctx, formatter)

    def get_usage(self, ctx: Any) -> str:
        if self.shown_language in (None, "en"):
            return str(super().get_usage(ctx))  # type: ignore[misc]
        return usage_line(ctx, self.shown_language)

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is None or self.shown_language is None:
            return option
        return translated_parameter(self, option, self.shown_language)


class LocalizedCommand(ReaderLanguageHelp, TyperCommand):
    """A csroles command: Typer's, with its help in the reader's language. Every module
    of `cs_roles.commands` declares its command with this class."""


class LazyCommandGroup(TyperGroup):
    """The commands, each imported from its module when it is named (Click's way of loading
    subcommands lazily: `list_commands` and `get_command`), so that a run builds only its
    own command. An unknown name loads them all, for "did you mean".
    A TAB (`_CSROLES_COMPLETE` set) is answered by `cs_roles.completion`."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        if os.environ.get("_CSROLES_COMPLETE"):
            from cs_roles.completion import answer_completion

            answer_completion(self)
        return super().main(*args, **kwargs)

    def list_commands(self, ctx: Any) -> list[str]:  # ctx: Click's context
        return commands.names()

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name not in self.commands:
            module = commands.module_of(cmd_name)
            if module is None:  # unknown: every command, for "did you mean"
                for name in commands.names():
                    self.get_command(ctx, name)
            else:
                self.commands[cmd_name] = typer.main.get_command(module.app)
        return self.commands.get(cmd_name)


class CommandGroup(ReaderLanguageHelp, LocalizedGroup, LazyCommandGroup):
    """The app's group: its commands loaded lazily, its usage errors and its help worded in
    the reader's language (English exactly as Click words its errors)."""

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        command = super().get_command(ctx, cmd_name)
        if command is None or self.shown_language is None:
            return command
        return translated_command(command, ctx, self.shown_language)  # its line in the list


# -- the copies that print a help -------------------------------------------------------


def translated_command(command: Any, ctx: Any, language: str) -> Any:
    """A copy of `command` with its help and its parameters' help in `language`."""
    from cs_roles import help_texts

    shown = copy.copy(command)
    shown.shown_language = language
    name = command.name or help_texts.ROOT
    if language == "ko":
        shown.help = help_texts.command_help(name) or command.help
        shown.short_help = None  # the first paragraph of the Korean help
    shown.help = _literal_asterisks(command, shown.help)
    shown.params = [translated_parameter(command, param, language) for param in command.params]
    return shown


def translated_parameter(command: Any, param: Any, language: str) -> Any:
    """A copy of one of `command`'s parameters, its help (and, in Korean, its panel and the
    kind of value it takes) in `language`."""
    from cs_roles import help_texts

    shown = copy.copy(param)
    choices = getattr(param.type, "choices", None)
    if choices and len("|".join(map(str, choices))) > LONGEST_CHOICES:
        # Typer shows the choices run together (`<a|b|c|...>`) as one word, which a cell
        # folds mid-word: shown as text instead, the choices listed in its help.
        shown.type = _plain_type(str)
    if language == "ko":
        name = command.name or help_texts.ROOT
        shown.help = help_texts.parameter_help(name, param.name) or param.help
        panel = getattr(param, "rich_help_panel", None)
        if panel is not None:
            shown.rich_help_panel = help_texts.PANELS.get(panel, panel)
        shown.type, bounds = _korean_value_kind(shown.type)
        if bounds:
            shown.help = f"{shown.help} [{bounds}]" if shown.help else f"[{bounds}]"
    shown.help = _literal_asterisks(command, shown.help)
    return shown


def _korean_value_kind(kind: Any) -> tuple[Any, str]:
    """A type for the help to show as `<정수>`, and the bounds of a range in Korean (`1 이상`)
    for the help text: Typer words a range's bounds itself (`[x>=1]`) and has no public way
    to reword them, so the copy shown is the plain number type and the bounds move to the
    help."""
    from cs_roles import help_texts

    name = help_texts.VALUE_KINDS.get(getattr(kind, "name", ""))
    if name is None:
        return kind, ""
    bounds = ""
    if hasattr(kind, "min") and hasattr(kind, "max"):
        bounds = _korean_range(kind)
        kind = _plain_type(float if "float" in kind.name else int)
    shown = copy.copy(kind)
    shown.name = name
    return shown, bounds


def _plain_type(annotation: type) -> Any:
    """The Click type Typer gives a parameter of this Python type, with no bounds or
    choices: what a help shows in place of one whose bounds or choices it words apart."""
    import typer.main
    import typer.models

    return typer.main.get_click_type(
        annotation=annotation, parameter_info=typer.models.ParameterInfo()
    )


def _korean_range(kind: Any) -> str:
    from cs_roles.messages import text

    lower = text("usage.more_than" if kind.min_open else "usage.at_least", "ko", min=kind.min)
    upper = text("usage.less_than" if kind.max_open else "usage.at_most", "ko", max=kind.max)
    parts = (lower if kind.min is not None else "", upper if kind.max is not None else "")
    return " ".join(part for part in parts if part)


def _literal_asterisks(command: Any, help_text: str | None) -> str | None:
    if help_text is None or getattr(command, "rich_markup_mode", None) != "markdown":
        return help_text
    return _ASTERISK_IN_A_WORD.sub(r"\\*", help_text)


@contextmanager
def typer_settings(language: str) -> Iterator[None]:
    """Typer's help layout for one help: its own words (panel titles, "[default: ...]") in
    `language`, and tables whose cells fold a line that does not fit instead of cutting it
    with "…" (Rich cuts a line of Hangul that wraps before a space one cell too soon)."""
    from typer import rich_utils

    from cs_roles.help_texts import TYPER_WORDS

    settings: dict[str, Any] = {"Table": _folding_table(), "Columns": _stacked_help()}
    if language == "ko":
        settings.update(TYPER_WORDS)
        settings["highlighter"] = _usage_highlighter(rich_utils, language)
    saved = {name: getattr(rich_utils, name) for name in settings}
    for name, value in settings.items():
        setattr(rich_utils, name, value)
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(rich_utils, name, value)


def _folding_table() -> type:
    from rich.table import Column, Table

    class FoldingTable(Table):
        """Rich's table, its columns folding what does not fit (as csroles' own tables do)."""

        def add_column(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("overflow", "fold")
            super().add_column(*args, **kwargs)

        def add_row(self, *renderables: Any, **kwargs: Any) -> None:
            for index in range(len(self.columns), len(renderables)):
                self.columns.append(Column(_index=index, highlight=self.highlight, overflow="fold"))
            super().add_row(*renderables, **kwargs)

    return FoldingTable


def _stacked_help() -> type:
    from rich.columns import Columns

    class StackedHelp(Columns):
        """A parameter's help, its default and the like, one under another as Typer lays
        them out when the help is a paragraph, each folding what does not fit."""

        def __rich_console__(self, console: Any, options: Any) -> Any:
            folding = options.update(overflow="fold")
            for part in self.renderables:
                yield from console.render(part, folding)

    return StackedHelp


def _usage_highlighter(rich_utils: Any, language: str) -> Any:
    """Typer's highlighter, colouring the usage line's first word in `language` as Typer
    colours "Usage: "."""
    from cs_roles.messages import text

    prefix = re.escape(text("usage.prefix", language))

    class UsageHighlighter(rich_utils.OptionHighlighter):  # type: ignore[misc]
        highlights: ClassVar[list[str]] = [
            *rich_utils.OptionHighlighter.highlights,
            rf"(?P<usage>{prefix})",
        ]

    return UsageHighlighter()
