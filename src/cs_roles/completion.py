"""Shell completion: values read through the cache so that a TAB answers at once, and the
scripts for bash, zsh and fish, through Typer's public `typer.completion` (the functions
behind Typer's own --show-completion and --install-completion, told the shell by name)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import typer

SHELLS = ("bash", "zsh", "fish")


def role_choices(incomplete: str, data: str | None = None) -> list[tuple[str, str]]:
    """(name, English title) pairs for every role id or alias that starts with what was
    typed. An alias is offered as itself, so the shell, which keeps only the candidates
    that start with the typed word, does not throw it away."""
    from cs_roles.dataset import load_dataset
    from cs_roles.errors import CsRolesError
    from cs_roles.sources import resolve_dataset_path

    try:
        dataset = load_dataset(resolve_dataset_path(data or None))
    except CsRolesError:
        return []
    prefix = incomplete.casefold()
    out: list[tuple[str, str]] = []
    for summary in dataset.summaries():
        title = summary.title.get("en") or next(iter(summary.title.values()), "")
        if summary.id.casefold().startswith(prefix):
            out.append((summary.id, title))
        elif prefix:
            out += [(a, title) for a in summary.aliases if a.casefold().startswith(prefix)]
    return out


def register_completion_classes() -> None:
    """Typer's answers to a TAB (with descriptions for zsh and fish), registered with the
    shell protocol its scripts speak. Typer's public entry point that registers them is
    the one that builds its own completion options; the options are not used."""
    from typer.completion import get_completion_inspect_parameters

    get_completion_inspect_parameters()


def print_completion_script(ctx: typer.Context, param: typer.CallbackParam, shell: str) -> None:
    """Print the script that teaches `shell` to complete csroles, and exit."""
    from typer.completion import show_callback

    show_callback(ctx, param, shell_named(shell))


def install_completion(ctx: typer.Context, param: typer.CallbackParam, shell: str) -> None:
    """Install the script where `shell` looks for completions, say where (on stderr, as
    every message), and exit."""
    import sys
    from contextlib import redirect_stdout

    from typer.completion import install_callback

    name = shell_named(shell)
    with redirect_stdout(sys.stderr):
        install_callback(ctx, param, name)


def shell_named(name: str) -> str:
    """The shell's name as Typer spells it; any other shell is a usage error."""
    folded = name.strip().casefold()
    if folded not in SHELLS:
        from cs_roles.errors import UsageError
        from cs_roles.messages import echo

        raise UsageError("error.unknown_shell", {"name": echo(name), "choices": list(SHELLS)})
    return folded


def position_choices(incomplete: str, data: str | None = None) -> list[tuple[str, str]]:
    """(id or name, English name) for every position of the career lattice whose id or
    name (English or Korean) starts with what was typed; a name is offered as itself."""
    from cs_roles.dataset import load_dataset
    from cs_roles.errors import CsRolesError
    from cs_roles.lattice import build_lattice
    from cs_roles.sources import resolve_dataset_path

    try:
        lattice = build_lattice(load_dataset(resolve_dataset_path(data or None)))
    except CsRolesError:
        return []
    prefix = incomplete.casefold()
    out: list[tuple[str, str]] = []
    for position in lattice.positions.values():
        english = position.name.get("en") or position.id
        if position.id.casefold().startswith(prefix):
            out.append((position.id, english))
        elif prefix:
            names = dict.fromkeys(n for n in position.name.values() if n)
            out += [(n, english) for n in names if n.casefold().startswith(prefix)]
    return out
