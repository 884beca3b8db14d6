"""The commands, one module each. A module declares its command on its own one-command
app (`cli.command_app`), parses the options, calls the core and hands the payload to
`Run.emit`; `cli.app` imports a module only when its command is named."""

# command name -> module, in the order `--help` lists them
MODULES = {
    "show": "show",
    "list": "list_roles",
    "compare": "compare",
    "similar": "similar",
    "matrix": "matrix",
    "search": "search",
    "fit": "fit",
    "gap": "gap",
    "ladder": "ladder",
    "path": "path",
    "team": "team",
    "validate": "validate",
    "schema": "schema",
}
