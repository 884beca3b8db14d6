"""The commands, one module each, found by name: `csroles NAME` runs the module
`cs_roles.commands.NAME`, imported only when its command is named, so that a run builds
only its own command. Nothing lists them: a new module is a new command.

A command module declares, beside its command (on its own one-command app,
`cli.command_app`, with `cls=LocalizedCommand`):

- `PLACE`: where `--help` lists it (then by name);
- `FORMATS`: the formats it offers, the default first: its `--format` choices, and the
  only ones the output path is asked for;
- `KOREAN_HELP` and `KOREAN_PARAMETERS`: its help and its parameters' help in Korean,
  beside the English of its docstring and its `help=` (`help_texts` puts them in place).

The package `options` holds what the commands' options share (their rules, their Tab
completion, and the options before any command); being a package, it is not a command.
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cs_roles.output import Format


def module_of(name: str) -> ModuleType | None:
    """The module of the command `name`, or None if there is no such command."""
    if not name.isidentifier() or name.startswith("_") or name != name.lower():
        return None
    qualified = f"{__name__}.{name}"
    try:
        module = import_module(qualified)
    except ModuleNotFoundError as exc:
        if exc.name == qualified:
            return None
        raise  # the command exists and something it imports is missing: not ours to hide
    return module if hasattr(module, "app") and hasattr(module, "PLACE") else None


def names() -> list[str]:
    """Every command's name, in the order `--help` lists them. Imports every module: for
    a help, completion of a command's name or "did you mean", which show them all."""
    import pkgutil

    found = {}
    for info in pkgutil.iter_modules(__path__):
        module = None if info.ispkg else module_of(info.name)
        if module is not None:
            found[info.name] = module.PLACE
    return sorted(found, key=lambda name: (found[name], name))


def declared(name: str, attribute: str, default: Any = None) -> Any:
    """What the module of the command `name` declares as `attribute`, or `default` where it
    declares none (or there is no such command)."""
    return getattr(module_of(name), attribute, default)


def formats_of(name: str) -> tuple[Format, ...]:
    """The formats the command `name` offers, the default first."""
    module = module_of(name)
    if module is None:
        raise KeyError(name)
    formats: tuple[Format, ...] = module.FORMATS
    return formats
