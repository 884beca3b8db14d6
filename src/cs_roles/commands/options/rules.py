"""The rules every option follows: --format against --json, no empty value, repeatable
options that accumulate, choices completed after a comma."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from cs_roles.errors import UsageError
from cs_roles.output import Format


def chosen_format(command: str, fmt: str | None, json_output: bool) -> Format:
    """--format and --json are one choice; asking for two different formats is a usage error."""
    from cs_roles.commands import formats_of

    offered = formats_of(command)
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


def choice_completer(choices: Sequence[str]) -> Callable[[str], list[str]]:
    """Completion for a repeatable, comma-separated option: the choices that start with
    the word, in any case (`cs_roles.completion` completes the last item of a comma list
    and leaves out the items already chosen)."""

    def complete(incomplete: str) -> list[str]:
        return [choice for choice in choices if choice.startswith(incomplete.casefold())]

    return complete


def split_values(
    option: str, values: Sequence[str] | None, choices: Sequence[str] | None = None
) -> list[str]:
    """A repeatable option: repeats and comma-separated lists accumulate; an empty value,
    an unknown choice or the same value twice is a usage error (one rule for every option)."""
    out: list[str] = []
    for value in values or ():
        parts = [part.strip() for part in value.split(",")]
        if not any(parts):
            raise UsageError("error.empty_value", {"option": option}, "hint.unset_variable")
        for part in parts:
            if not part:
                continue
            if choices is not None:
                part = part.casefold()
                if part not in choices:
                    from cs_roles.messages import echo

                    raise UsageError(
                        "error.bad_choice",
                        {"value": echo(part), "option": option, "choices": sorted(choices)},
                    )
            if part in out:
                from cs_roles.messages import echo

                raise UsageError("error.repeated_value", {"value": echo(part), "option": option})
            out.append(part)
    return out
