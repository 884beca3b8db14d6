"""Click's and Typer's own usage errors, in the reader's language.

A usage error ("No such option", "Missing argument", an unknown command) is raised while
the command line is parsed, before any command runs, and Typer prints it in English. The
group class here catches it on its way out, rebuilds the message from the exception's own
attributes (the option named, the parameter, its type, the context) and the catalog in
messages.py, prints it on stderr in the shape Typer uses, and exits 2. English is left to
Typer, so it stays byte for byte what Click prints.

Typer vendors Click and names none of its usage errors publicly except `BadParameter`, so
an error is told apart by the names of its classes (as Typer itself does for
`NoArgsIsHelpError`), never by its English text. The facts an exception does not carry
(the arguments a command was given, the command name that matched nothing) are kept in
`ctx.meta`, the dictionary Click shares between a context and its children.

The language is chosen before --lang is parsed (it may be the error): the argument list
is scanned for --lang, then $CSROLES_LANG and the locale decide, as language.resolve does;
a setting that is not valid is skipped.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from difflib import get_close_matches
from typing import Any

import typer
import typer.core

_ARGV = "cs_roles.usage_errors.argv"  # the arguments given to the whole program
_COMMAND = "cs_roles.usage_errors.command"  # (subcommand, the arguments it was given)
_UNKNOWN = "cs_roles.usage_errors.unknown_command"  # a command name that matched nothing
_LANG_OPTIONS = ("--lang", "-l")


class LocalizedGroup(typer.core.TyperGroup):
    """The csroles command group: Typer's, with usage errors shown in the reader's language.

    Everything else (--version, exit codes, Ctrl-C, shell completion) is Typer's own
    standalone handling; only a usage error met under a Korean setting takes another path.
    (Help in the reader's language is `command_group.ReaderLanguageHelp`.)
    Subcommands need no class of their own: their arguments are parsed inside this
    group's `invoke`, where the error is caught.
    """

    localize_errors = True
    # Typer prints these itself: Click's own words, and the layout it has always had.
    languages_left_to_typer: frozenset[str] = frozenset({"en"})

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        # Outside standalone mode the caller asked for the exception itself.
        self.localize_errors = standalone_mode
        return super().main(
            args, prog_name, complete_var, standalone_mode, windows_expand_args, **extra
        )

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        ctx.meta.setdefault(_ARGV, list(args))
        with self._localized(ctx):
            return super().parse_args(ctx, args)

    def resolve_command(self, ctx: Any, args: list[str]) -> tuple[str | None, Any, list[str]]:
        try:
            name, command, rest = super().resolve_command(ctx, args)
        except typer.TyperException:
            ctx.meta[_UNKNOWN] = args[0]
            raise
        ctx.meta[_COMMAND] = (command, list(rest))
        return name, command, rest

    def invoke(self, ctx: Any) -> Any:
        with self._localized(ctx):
            return super().invoke(ctx)

    @contextmanager
    def _localized(self, ctx: Any) -> Iterator[None]:
        try:
            yield
        except typer.TyperException as exc:
            if not self.localize_errors or ctx.resilient_parsing or not _is_usage_error(exc):
                raise
            lang = reader_language(ctx.meta.get(_ARGV, ()))
            first = lang.partition("+")[0]
            if first in self.languages_left_to_typer or "NoArgsIsHelpError" in _class_names(exc):
                raise  # Typer's own output: English, or the help that no arguments ask for
            _show(self, ctx, exc, lang)
            raise typer.Exit(int(getattr(exc, "exit_code", 2))) from None


# -- the language ------------------------------------------------------------------------


def reader_language(args: Sequence[str], environ: Mapping[str, str] | None = None) -> str:
    """The language setting for a command line that may not parse: the last valid --lang,
    -l or --lang=, else $CSROLES_LANG, else the locale (an invalid setting is skipped)."""
    from cs_roles.errors import UsageError
    from cs_roles.language import resolve

    env = dict(os.environ if environ is None else environ)
    for value in reversed(_lang_values(args)):
        try:
            return resolve(value, env)
        except UsageError:
            continue
    try:
        return resolve(None, env)
    except UsageError:  # $CSROLES_LANG is not a setting: the locale decides
        env.pop("CSROLES_LANG", None)
        return resolve(None, env)


def context_language(ctx: Any) -> str:
    """The language setting for what an eager option prints while the command line is
    still being parsed (help, --version, completion scripts): read from the arguments the
    program was given, as for a usage error."""
    return reader_language(ctx.meta.get(_ARGV, ()))


def help_language(ctx: Any) -> str:
    """The language of a help shown in `ctx`: the first of a setting such as ko+en."""
    return context_language(ctx).partition("+")[0]


def _lang_values(args: Sequence[str]) -> list[str]:
    values: list[str] = []
    tokens = iter(args)
    for token in tokens:
        if token == "--":
            break
        if token in _LANG_OPTIONS:
            value = next(tokens, None)
            if value is not None:
                values.append(value)
        elif token.startswith("--lang="):
            values.append(token.partition("=")[2])
        elif token.startswith("-l") and not token.startswith("--"):
            values.append(token[2:])
    return values


# -- the message ------------------------------------------------------------------------


def _class_names(exc: BaseException) -> set[str]:
    return {cls.__name__ for cls in type(exc).__mro__}


def _is_usage_error(exc: BaseException) -> bool:
    return "UsageError" in _class_names(exc)


def usage_message(group: Any, ctx: Any, exc: BaseException, lang: str) -> str:
    """What went wrong, in `lang`, from the exception's attributes. In English this is the
    text Click itself shows (`exc.format_message()`), which the tests hold it to."""
    kinds = _class_names(exc)
    if "NoSuchOption" in kinds:
        return _no_such_option(exc, lang)
    if "MissingParameter" in kinds:
        return _missing_parameter(exc, lang)
    if "BadParameter" in kinds:
        return _bad_parameter(group, exc, lang)
    if "BadOptionUsage" in kinds:
        return _bad_option_usage(group, ctx, exc, lang)
    if "BadArgumentUsage" not in kinds:
        found = _plain_usage_error(group, ctx, exc, lang)
        if found is not None:
            return found
    from cs_roles.messages import text

    return text("usage.unrecognised", lang, message=getattr(exc, "message", str(exc)))


def _no_such_option(exc: Any, lang: str) -> str:
    from cs_roles.messages import text

    message = text("usage.no_such_option", lang, name=_escape(exc.option_name))
    if exc.possibilities:
        options = ", ".join(sorted(exc.possibilities))
        message = text("usage.possible_options", lang, message=message, options=options)
    return message


def _missing_parameter(exc: Any, lang: str) -> str:
    from cs_roles.messages import text

    param = exc.param
    hint = _param_hint(exc)
    kind = exc.param_type or (param.param_type_name if param is not None else None)
    key = {"argument": "usage.missing_argument", "option": "usage.missing_option"}.get(
        kind or "", "usage.missing_parameter"
    )
    message = text(key, lang, name=hint)
    choices = _choices(param, exc.ctx) if param is not None else None
    if exc.message:  # a message of its own, as a caller wrote it
        message += " " + exc.message + ("." if choices else "")
    if choices:
        joined = ",\n\t".join(choices) if lang.startswith("en") else choices
        message += " " + text("usage.choose_from", lang, choices=joined)
    return message


def _bad_parameter(group: Any, exc: Any, lang: str) -> str:
    from cs_roles.messages import text

    reason = _bad_value_reason(group, exc, lang)
    if reason is None:  # a reason of the caller's own (a callback's), shown as it is
        reason = exc.message
    hint = _param_hint(exc)
    if not hint:
        return text("usage.invalid_value_bare", lang, reason=reason)
    return text("usage.invalid_value", lang, name=hint, reason=reason)


def _bad_value_reason(group: Any, exc: Any, lang: str) -> str | None:
    """Why the value was refused, from the parameter's type and the value as typed."""
    from cs_roles.messages import echo, text

    param, ctx = exc.param, exc.ctx
    if param is None or ctx is None:
        return None
    raw = _raw_values(group, ctx, param)
    choices = _choices(param, ctx)
    if choices is not None:
        for value in raw:
            if param.type.normalize_choice(value, ctx) not in choices:
                shown = repr(value) if lang.startswith("en") else echo(value)
                listed = ", ".join(map(repr, choices)) if lang.startswith("en") else choices
                return text("usage.not_a_choice", lang, value=shown, choices=listed)
        return None
    type_name = getattr(param.type, "name", "")
    number: type[float] | type[int] | None = (
        int if type_name.startswith("int") else float if type_name.startswith("float") else None
    )
    if number is None:
        return None
    for value in raw:
        try:
            converted = number(value)
        except ValueError:
            key = "usage.not_an_integer" if number is int else "usage.not_a_number"
            shown = repr(value) if lang.startswith("en") else echo(value)
            return text(key, lang, value=shown, type=type_name)
        bounds = _outside(param.type, converted, lang)
        if bounds is not None:
            return text("usage.out_of_range", lang, value=converted, range=bounds)
    return None


def _outside(kind: Any, value: float, lang: str) -> str | None:
    """The allowed range, if `value` is outside the range type `kind` (else None)."""
    from cs_roles.messages import text

    low, high = getattr(kind, "min", None), getattr(kind, "max", None)
    low_open, high_open = getattr(kind, "min_open", False), getattr(kind, "max_open", False)
    too_low = low is not None and (value <= low if low_open else value < low)
    too_high = high is not None and (value >= high if high_open else value > high)
    if not (too_low or too_high):
        return None
    lower = text("usage.more_than" if low_open else "usage.at_least", lang, min=low)
    upper = text("usage.less_than" if high_open else "usage.at_most", lang, max=high)
    if low is None:
        return upper
    if high is None:
        return lower
    return text(
        "usage.between",
        lang,
        min=low,
        max=high,
        min_op="<" if low_open else "<=",
        max_op="<" if high_open else "<=",
        lower=lower,
        upper=upper,
    )


def _bad_option_usage(group: Any, ctx: Any, exc: Any, lang: str) -> str:
    """An option given a value it does not take, or left without the one it needs."""
    from cs_roles.messages import text

    command = _command_of(group, ctx, exc)
    name = exc.option_name
    option = next(
        (
            param
            for param in command.get_params(ctx)
            if name in (*param.opts, *param.secondary_opts)
        ),
        None,
    )
    if option is None:
        return text("usage.unrecognised", lang, message=exc.message)
    if getattr(option, "is_flag", False) or getattr(option, "count", False):
        return text("usage.option_takes_no_value", lang, name=repr(name))
    if option.nargs == 1:
        return text("usage.option_needs_value", lang, name=repr(name))
    return text("usage.option_needs_values", lang, name=repr(name), count=option.nargs)


def _plain_usage_error(group: Any, ctx: Any, exc: Any, lang: str) -> str | None:
    """A bare UsageError: an unknown command, extra arguments, or no command at all."""
    from cs_roles.messages import echo, text

    failed = exc.ctx
    if failed is None:
        return None
    if failed.command is group:
        unknown = failed.meta.get(_UNKNOWN)
        if unknown is None:  # raised before any command was looked up: none was named
            return None if _COMMAND in failed.meta else text("usage.missing_command", lang)
        shown = repr(unknown) if lang.startswith("en") else echo(unknown)
        message = text("usage.no_such_command", lang, name=shown)
        matches = get_close_matches(unknown, list(group.commands)) if group.suggest_commands else []
        if matches:
            listed = ", ".join(repr(m) for m in matches)
            message = text("usage.did_you_mean_command", lang, message=message, choices=listed)
        return message
    extra = _extra_arguments(group, failed)
    if not extra or failed.allow_extra_args:
        return None
    shown = " ".join(_escape(a) if lang.startswith("en") else echo(a) for a in extra)
    return text("usage.extra_arguments", lang, args=shown)


# -- what the exception does not carry: the arguments, parsed again ----------------------------


def _command_of(group: Any, ctx: Any, exc: Any) -> Any:
    """The command whose arguments were being parsed when `exc` was raised."""
    failed = getattr(exc, "ctx", None)
    if failed is not None:
        return failed.command
    command, _ = ctx.meta.get(_COMMAND, (group, ()))
    return command


def _arguments_of(group: Any, ctx: Any) -> list[str]:
    if ctx.command is group:
        return list(ctx.meta.get(_ARGV, ()))
    command, args = ctx.meta.get(_COMMAND, (None, ()))
    return list(args) if command is ctx.command else []


def _parsed(group: Any, ctx: Any) -> tuple[dict[str, Any], list[str]]:
    """The command's arguments split as its parser splits them: values by parameter, and
    what is left over. The parse already got this far once, so it succeeds again."""
    opts, leftover, _ = ctx.command.make_parser(ctx).parse_args(args=_arguments_of(group, ctx))
    return dict(opts), list(leftover)


def _raw_values(group: Any, ctx: Any, param: Any) -> list[str]:
    value = _parsed(group, ctx)[0].get(param.name)
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    flat: list[str] = []
    for item in value:
        flat.extend([item] if isinstance(item, str) else [v for v in item if v is not None])
    return flat


def _extra_arguments(group: Any, ctx: Any) -> list[str]:
    return _parsed(group, ctx)[1]


def _choices(param: Any, ctx: Any) -> list[str] | None:
    kind = param.type
    if not hasattr(kind, "choices") or not hasattr(kind, "normalize_choice"):
        return None
    return [kind.normalize_choice(choice, ctx) for choice in kind.choices]


def _param_hint(exc: Any) -> str:
    hint = exc.param_hint
    if hint is None and exc.param is not None:
        hint = exc.param.get_error_hint(exc.ctx)
    if hint is None:
        return ""
    return hint if isinstance(hint, str) else " / ".join(repr(h) for h in hint)


def _escape(value: str) -> str:
    """Control characters as Click shows them (`\\x1b`), so they cannot reach the terminal."""
    return "".join(
        f"\\x{ord(ch):02x}" if ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F else ch for ch in value
    )


# -- output -------------------------------------------------------------------------------


def usage_line(ctx: Any, lang: str) -> str:
    """The usage line in `lang`: Click's own layout, with its words from the catalog."""
    from cs_roles.messages import text

    command = ctx.command
    pieces = command.collect_usage_pieces(ctx)
    default_options = text("usage.options", "en")
    if pieces and command.options_metavar and pieces[0] == default_options:
        pieces[0] = text("usage.options", lang)
    group = isinstance(command, typer.core.TyperGroup)
    if group and pieces and pieces[-1] == text("usage.subcommand", "en"):
        pieces[-1] = text("usage.subcommand", lang)
    formatter = ctx.make_formatter()
    formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=text("usage.prefix", lang))
    return str(formatter.getvalue()).rstrip("\n")


def help_hint(ctx: Any, lang: str) -> str | None:
    from cs_roles.messages import text

    if ctx.command.get_help_option(ctx) is None:
        return None
    command = f"{ctx.command_path} {ctx.help_option_names[0]}"
    return text("usage.try_help", lang, command=command)


def _show(group: Any, ctx: Any, exc: Any, lang: str) -> None:
    """Print the error as Typer would (Rich panel or Click's plain lines), in `lang`."""
    from cs_roles.messages import text

    message = usage_message(group, ctx, exc, lang)
    failed = exc.ctx
    usage = usage_line(failed, lang) if failed is not None else None
    hint = help_hint(failed, lang) if failed is not None else None
    if typer.core.HAS_RICH and group.rich_markup_mode is not None:
        prefix = len(text("usage.prefix", lang))
        _show_rich(usage, prefix, hint, message, text("usage.error_title", lang))
        return
    lines = [] if usage is None else [usage, *([hint] if hint else []), ""]
    lines.append(text("usage.error", lang, message=message))
    sys.stderr.write("\n".join(lines) + "\n")
    sys.stderr.flush()


def _show_rich(usage: str | None, prefix: int, hint: str | None, message: str, title: str) -> None:
    from rich.console import Console
    from rich.panel import Panel
    from rich.text import Text
    from rich.theme import Theme
    from typer import rich_utils as typer_rich

    console = Console(
        theme=Theme(
            {
                "option": typer_rich.STYLE_OPTION,
                "switch": typer_rich.STYLE_SWITCH,
                "usage": typer_rich.STYLE_USAGE,
            }
        ),
        highlighter=typer_rich.highlighter,
        color_system=typer_rich.COLOR_SYSTEM,
        force_terminal=typer_rich.FORCE_TERMINAL,
        width=typer_rich.MAX_WIDTH,
        stderr=True,
    )
    if usage is not None:
        line = typer_rich.highlighter(Text(usage))
        line.stylize("usage", 0, prefix)
        console.print(line, style=typer_rich.STYLE_USAGE_COMMAND)
    if hint is not None:
        console.print(Text(hint), style=typer_rich.STYLE_ERRORS_SUGGESTION)
    console.print(
        Panel(
            typer_rich.highlighter(Text(message)),
            border_style=typer_rich.STYLE_ERRORS_PANEL_BORDER,
            title=title,
            title_align=typer_rich.ALIGN_ERRORS_PANEL,
        )
    )
