"""The commands, one module each (or per small group), imported by `cs_roles.cli` in the
order `--help` lists them. Each registers itself on `cli.app`, parses its options, calls
the core, and hands the payload to `Run.emit`."""

from cs_roles.commands import (  # noqa: F401
    root,
    show,
    list_roles,
    compare,
    similar,
    matrix,
    search,
    fit,
    gap,
    validate,
    schema,
)
