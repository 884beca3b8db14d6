"""The app's group of commands: loaded lazily, one module each, with usage errors in the
reader's language. Kept apart from `cli` so that the app module holds only the app and
the options every command shares."""

import os
from importlib import import_module
from typing import Any

import typer
from typer.core import TyperGroup

from cs_roles.commands import MODULES
from cs_roles.usage_errors import LocalizedGroup


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
        return list(MODULES)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name not in self.commands:
            for name in [cmd_name] if cmd_name in MODULES else MODULES:
                if name not in self.commands:
                    module = import_module(f"cs_roles.commands.{MODULES[name]}")
                    self.commands[name] = typer.main.get_command(module.app)
        return self.commands.get(cmd_name)


class CommandGroup(LocalizedGroup, LazyCommandGroup):
    """The app's group: its commands loaded lazily, its usage errors worded in the reader's
    language (English exactly as Click words them)."""
