"""The options before any command: --version, and shell completion for a named shell
(csroles' own scripts, `cs_roles.completion`; Typer's completion options guess the shell
and print Typer's scripts). `cli.app` takes `root` as its callback; the CLI's helpers are
imported when an option is used."""

from typing import Annotated

import typer


def _version(ctx: typer.Context, value: bool) -> None:
    if value:
        from cs_roles import package_version
        from cs_roles.cli import reporting_errors
        from cs_roles.output import write
        from cs_roles.usage_errors import context_language

        with reporting_errors(context_language(ctx)):
            write(f"csroles {package_version()}\n")
        raise typer.Exit()


def _show_completion(ctx: typer.Context, param: typer.CallbackParam, value: str | None) -> None:
    if value is None:
        return
    from cs_roles.cli import reporting_errors
    from cs_roles.completion import print_completion_script
    from cs_roles.usage_errors import context_language

    with reporting_errors(context_language(ctx)):
        print_completion_script(ctx, param, value)


def _install_completion(ctx: typer.Context, param: typer.CallbackParam, value: str | None) -> None:
    if value is None:
        return
    from cs_roles.cli import reporting_errors
    from cs_roles.completion import install_completion
    from cs_roles.usage_errors import context_language

    with reporting_errors(context_language(ctx)):
        install_completion(ctx, param, value)


def _complete_shell(incomplete: str) -> list[str]:
    from cs_roles.completion import SHELLS

    return [shell for shell in SHELLS if shell.startswith(incomplete.casefold())]


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
            autocompletion=_complete_shell,
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
            autocompletion=_complete_shell,
            show_default=False,
        ),
    ] = None,
) -> None:
    """Customer-service roles: show, compare and search, in Korean or English."""
