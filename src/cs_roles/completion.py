"""Shell completion: values read through the cache so that a TAB answers at once, and the
scripts for bash, zsh and fish (Typer's public `typer.completion`; the classes that answer
a TAB, with descriptions for zsh and fish, are registered by `cli` when a shell asks)."""

from __future__ import annotations

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


def completion_script(shell: str) -> str:
    """The script that teaches `shell` to complete csroles."""
    from typer.completion import get_completion_script

    script = get_completion_script(
        prog_name="csroles", complete_var="_CSROLES_COMPLETE", shell=_shell(shell)
    )
    return script.rstrip("\n") + "\n"


def install_completion(shell: str) -> str:
    from typer.completion import install

    installed, path = install(shell=_shell(shell), prog_name="csroles",
                              complete_var="_CSROLES_COMPLETE")  # fmt: skip
    return f"{installed} completion installed in {path}; it takes effect in a new shell"


def _shell(name: str) -> str:
    folded = name.strip().casefold()
    if folded not in SHELLS:
        from cs_roles.errors import UsageError
        from cs_roles.messages import echo

        raise UsageError("error.unknown_shell", {"name": echo(name), "choices": list(SHELLS)})
    return folded
