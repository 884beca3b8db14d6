"""Build the documentation from the code, so that no statement in it can drift from the code.

`python docs/build.py` regenerates every generated part of README.md and docs/;
`python docs/build.py --check` writes nothing, names every stale file and exits 1 if there
is one (tests/test_docs.py runs it, so CI fails on drift).

Two kinds of generated part sit inside hand-written pages:

    <!-- example: csroles show team-lead --section skills -->
    ```console
    $ csroles show team-lead --section skills
    (the output, generated)
    ```

    <!-- generated: options show -->
    (a table, generated)
    <!-- /generated -->

An example reruns its command in-process (at 80 columns, no colour, the bundled data, an
empty cache). A command may read standard input from a `printf '...' |` in front of it,
keep its first lines with a `| head -N` after it, or end in `; echo $?` to show its exit
code. A generated section is one of the GENERATORS below, named by its first word.

Some files are generated whole: docs/commands/<command>.md gets a skeleton (help and
options) when a command has no page yet, docs/json.md is the JSON reference, and the
README's pictures are rendered by docs/render.py.
"""

from __future__ import annotations

import importlib
import importlib.util
import io
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
import tokenize
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

DOCS = Path(__file__).resolve().parent
REPO = DOCS.parent
README = REPO / "README.md"
COMMANDS = DOCS / "commands"
JSON_PAGE = DOCS / "json.md"

EXAMPLE = re.compile(r"(?P<head><!-- example: (?P<command>.+?) -->\n)```console\n.*?```\n", re.S)
SECTION = re.compile(
    r"(?P<head><!-- generated: (?P<key>.+?) -->\n).*?(?P<tail><!-- /generated -->\n)", re.S
)
ENV = {
    "COLUMNS": "80",
    "LINES": "50",
    "NO_COLOR": "1",
    "TERM": "dumb",
    "CSROLES_LANG": "",
    "LC_ALL": "",
    "LC_MESSAGES": "",
    "LANG": "C.UTF-8",
    "CSROLES_DATA": "",
}
# Variables that would make Rich or Typer colour or resize what they print (CI services set
# some of them); they are unset while an example runs.
UNSET = ("FORCE_COLOR", "PY_COLORS", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "COLORTERM",
         "TERMINAL_WIDTH", "GITHUB_ACTIONS")  # fmt: skip
_CACHE = tempfile.TemporaryDirectory(prefix="csroles-docs-")  # no warning from an old cache


# -- running commands ---------------------------------------------------------------------


@contextmanager
def _shell_like(extra: dict[str, str] | None = None) -> Iterator[None]:
    """The environment of a plain 80-column terminal, in the repository (paths in examples
    are relative to it). The app reads these while it runs, as it would in a shell."""
    env = {**ENV, "XDG_CACHE_HOME": _CACHE.name, **(extra or {})}
    saved = {key: os.environ.get(key) for key in [*env, *UNSET]}
    os.environ.update(env)
    for key in UNSET:
        os.environ.pop(key, None)
    here = os.getcwd()
    os.chdir(REPO)
    try:
        yield
    finally:
        os.chdir(here)
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def invoke(
    words: list[str], stdin: str | None = None, env: dict[str, str] | None = None
) -> tuple[int, str, str]:
    """Run csroles in-process: (exit code, stdout, stderr), `env` added to the terminal's."""
    from typer.testing import CliRunner

    from cs_roles.cli import app

    with _shell_like(env):
        result = CliRunner().invoke(app, words, input=stdin, prog_name="csroles")
    return result.exit_code, result.stdout, result.stderr


def run(command: str) -> str:
    """What a person sees at an 80-column terminal: stdout and stderr as printed."""
    head = None
    show_status = command.endswith("; echo $?")
    if show_status:
        command = command.removesuffix("; echo $?")
    stdin = None
    cut: str | None = None
    if re.search(r"\| head -\d+$", command):  # csroles ... | head -20: the first lines only
        command, _, count = command.rpartition("| head -")
        command, head = command.strip(), int(count)
    elif re.search(r"\| cut -d, -f[\d,]+$", command):  # csroles ... | cut -d, -f1,7: columns
        command, _, fields = command.rpartition("| cut -d, -f")
        command, cut = command.strip(), fields
    if "|" in command:
        feed, command = (part.strip() for part in command.split("|", 1))
        words = shlex.split(feed)
        assert words[0] == "printf", feed
        stdin = words[1].encode().decode("unicode_escape").encode("latin-1").decode("utf-8")
    words = shlex.split(command)
    assert words[0] == "csroles", command
    code, stdout, stderr = invoke(words[1:], stdin)
    if cut is not None:  # through cut itself, as the reader's shell would
        stdout = subprocess.run(
            ["cut", "-d,", f"-f{cut}"], input=stdout, capture_output=True, text=True, check=True
        ).stdout
    output = stdout if head is not None or cut is not None else stdout + stderr
    lines = [line.rstrip() for line in output.rstrip("\n").split("\n")]
    shown = "\n".join(lines[:head] if head is not None else lines) + "\n"
    return shown + f"{code}\n" if show_status else shown


def _click_group() -> Any:
    import typer.main

    from cs_roles.cli import app

    return typer.main.get_command(app)


def command_names() -> list[str]:
    """Every command of the app, in the order of `csroles --help`."""
    from cs_roles.commands import names

    return names()


def _command(name: str) -> Any:
    return _click_group().get_command(None, name)


def summary(name: str) -> str:
    """The first line of a command's help."""
    return str(_command(name).get_short_help_str(200)).strip()


# -- generated sections -------------------------------------------------------------------


def help_block(name: str) -> str:
    return "```text\n" + run(f"csroles {name} --help").lstrip("\n") + "```\n"


KOREAN_LOCALE = {"LANG": "ko_KR.UTF-8"}


def korean_help_block(name: str) -> str:
    """The help as a Korean locale shows it (`LANG=ko_KR.UTF-8 csroles NAME --help`)."""
    _, stdout, _ = invoke([name, "--help"], env=KOREAN_LOCALE)
    lines = [line.rstrip() for line in stdout.rstrip("\n").split("\n")]
    return "```text\n" + "\n".join(lines).lstrip("\n") + "\n```\n"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _value_of(default: Any) -> str:
    value = getattr(default, "value", default)
    if value in (None, False, (), []):
        return ""
    return f"`{value}`"


def _value_kind(param: Any, choices: Any, is_argument: bool) -> str:
    if getattr(param, "is_flag", False):
        return "flag"
    if choices:
        return " \\| ".join(f"`{choice}`" for choice in choices)
    if is_argument:
        return "text"
    kind = {"INTEGER": "number", "FLOAT": "number"}.get(param.type.name.upper(), "")
    low, high = getattr(param.type, "min", None), getattr(param.type, "max", None)
    if low is not None or high is not None:
        kind = "number " + (f"{low}..{high}" if high is not None else f"≥ {low}")
    return kind or f"`{param.metavar or 'TEXT'}`"


def options_table(name: str) -> str:
    """Every argument and option of a command, from its parameter declarations."""
    from cs_roles.commands import formats_of

    rows = ["| argument or option | value | default | what it does |", "| --- | --- | --- | --- |"]
    for param in _command(name).params:
        if getattr(param, "hidden", False):
            continue
        is_argument = type(param).__name__.endswith("Argument")
        choices = getattr(param.type, "choices", None)
        if is_argument:
            label = f"`{param.metavar or param.name.upper()}`"
        else:
            label = ", ".join(f"`{opt}`" for opt in [*param.opts, *param.secondary_opts])
        value = _value_kind(param, choices, is_argument)
        if "--format" in param.opts:  # the choices the CLI builds
            value = " \\| ".join(f"`{fmt.value}`" for fmt in formats_of(name))
        notes = []
        if param.required:
            notes.append("required")
        helptext = _cell(getattr(param, "help", None) or "")
        repeatable = param.multiple or (is_argument and param.nargs == -1)
        if repeatable and "repeatable" not in helptext:
            notes.append("repeatable")
        envvar = getattr(param, "envvar", None)
        if envvar:
            notes.append(f"env `{envvar}`")
        if notes:
            helptext = f"{helptext} ({', '.join(notes)})".strip()
        default = "" if param.required else _value_of(param.default)
        rows.append(f"| {label} | {value} | {default} | {helptext} |")
    rows.append("| `--help`, `-h` | flag |  | Show the help and exit. |")
    return "\n".join(rows) + "\n"


def _exit_code_comments() -> dict[str, str]:
    """The comment beside each member of ExitCode, which says what the code is for."""
    import inspect

    from cs_roles.errors import ExitCode

    comments: dict[str, str] = {}
    member = None
    source = inspect.getsource(ExitCode)
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.NAME and token.string in ExitCode.__members__:
            member = token.string
        elif token.type == tokenize.COMMENT and member and member not in comments:
            comments[member] = token.string.lstrip("# ").strip()
    return comments


def _raised_as() -> dict[int, list[str]]:
    """Which exceptions end in each exit code: every subclass of `CsRolesError` in the
    package (all its modules imported first, so the table does not depend on what ran)."""
    import pkgutil

    import cs_roles
    from cs_roles.errors import CsRolesError

    for module in pkgutil.walk_packages(cs_roles.__path__, "cs_roles."):
        if module.name != "cs_roles.__main__":
            importlib.import_module(module.name)
    found: dict[int, list[str]] = {}
    pending = list(CsRolesError.__subclasses__())
    while pending:
        kind = pending.pop(0)
        pending.extend(kind.__subclasses__())
        if kind.__name__.startswith("_"):  # a shared base of the package's own, not raised
            continue
        doc = (kind.__doc__ or "").strip().split("\n")[0]
        found.setdefault(int(kind.exit_code), []).append(f"`{kind.__name__}`: {doc}")
    return {code: sorted(set(kinds)) for code, kinds in found.items()}


def exit_codes(style: str) -> str:
    """The exit-code table, from `errors.ExitCode`: `short` for the README, `full` with the
    exceptions that end in each code."""
    from cs_roles.errors import ExitCode

    comments = _exit_code_comments()
    raised = _raised_as()
    if style == "short":
        rows = ["| code | name | meaning |", "| --- | --- | --- |"]
    else:
        rows = ["| code | name | meaning | raised as |", "| --- | --- | --- | --- |"]
    for code in ExitCode:
        name = code.name.lower().replace("_", " ")
        row = f"| {int(code)} | {name} | {_cell(comments.get(code.name, ''))} |"
        if style != "short":
            row += f" {'<br>'.join(raised.get(int(code), []))} |"
        rows.append(row)
    return "\n".join(rows) + "\n"


FORMAT_MEANINGS = {
    "table": "for people: tables where they fit, stacked blocks where they would not",
    "text": "plain paragraphs and lists, one language, no wrapping or padding: to paste",
    "markdown": "headings, bullets and tables, one language, no hard wraps",
    "json": "the contract (see [the JSON reference](json.md))",
    "jsonl": "one JSON object a line (see [the JSON reference](json.md) for each record)",
    "csv": "a header, then one row per role, item, hit or problem",
    "tsv": "as csv, tab-separated",
    "excel": "CSV with a UTF-8 byte-order mark and CRLF line ends, so Excel shows Hangul",
    "xlsx": "an Excel workbook, written to --output FILE; excel stays for tools that want CSV",
    "svg": "a self-contained picture, for a slide or a wiki page",
    "html": "a page that shows the picture, nothing loaded from elsewhere",
}


def formats_table(_: str = "") -> str:
    """Which formats each command offers, from each command's `FORMATS` (its --format)."""
    from cs_roles.commands import formats_of, names
    from cs_roles.output import Format

    offers = {command: formats_of(command) for command in names() if formats_of(command)}
    missing = [fmt.value for fmt in Format if fmt.value not in FORMAT_MEANINGS]
    if missing:
        raise SystemExit(f"docs/build.py: describe the format(s) {missing} in FORMAT_MEANINGS")
    rows = ["| format | what | commands |", "| --- | --- | --- |"]
    for fmt in Format:
        users = [command for command, offered in offers.items() if fmt in offered]
        if users:
            listed = ", ".join(f"`{command}`" for command in users)
            rows.append(f"| `{fmt.value}` | {FORMAT_MEANINGS[fmt.value]} | {listed} |")
    rows.append("")
    rows.append("| command | formats (the default first) |")
    rows.append("| --- | --- |")
    for command, offered in offers.items():
        rows.append(f"| `{command}` | {', '.join(f'`{fmt.value}`' for fmt in offered)} |")
    return "\n".join(rows) + "\n"


def languages_table(_: str = "") -> str:
    from cs_roles.language import CHOICES, DEFAULT, meaning_key
    from cs_roles.messages import text

    rows = ["| `--lang` | what it shows | 뜻 |", "| --- | --- | --- |"]
    for value in CHOICES:
        mark = " (the default)" if value == DEFAULT else ""
        key = meaning_key(value)
        rows.append(f"| `{value}` | {_cell(text(key, 'en'))}{mark} | {_cell(text(key, 'ko'))} |")
    return "\n".join(rows) + "\n"


def completions(typed: str) -> str:
    """What bash completion offers for a command line (the last word being typed), asked of
    the app the way the shell asks it."""
    from typer.testing import CliRunner

    from cs_roles.cli import app

    words = shlex.split(typed) + ([""] if typed.endswith(" ") else [])
    env = {
        "_CSROLES_COMPLETE": "complete_bash",
        "COMP_WORDS": " ".join(words),
        "COMP_CWORD": str(len(words) - 1),
    }
    with _shell_like(env):
        result = CliRunner().invoke(app, [], prog_name="csroles")
    offered = ", ".join(f"`{value}`" for value in result.stdout.splitlines() if value)
    return f"| `{typed}` | {offered} |"


def completion_table(cases: str) -> str:
    rows = ["| typed, then Tab | bash offers |", "| --- | --- |"]
    rows.extend(completions(typed) for typed in cases.split(" ; "))
    return "\n".join(rows) + "\n"


LIMITS = (  # (module, constant, what it bounds, unit)
    ("cs_roles.sources", "MAX_FILE_BYTES", "largest dataset file read", "bytes"),
    ("cs_roles.loader", "MAX_LEVELS", "deepest nesting a file may be able to reach", "levels"),
    ("cs_roles.store", "MAX_ENTRIES", "cache entries kept (least recently used go first)", ""),
    ("cs_roles.store", "MAX_BYTES", "total size of the cache", "bytes"),
)


def limits_table(_: str = "") -> str:
    """The bounds csroles enforces, read from the constants that enforce them."""
    rows = ["| limit | value | defined in |", "| --- | --- | --- |"]
    for module_name, constant, meaning, unit in LIMITS:
        module = importlib.import_module(module_name)
        if not hasattr(module, constant):
            raise SystemExit(f"docs/build.py: {module_name}.{constant} is gone: update LIMITS")
        value = getattr(module, constant)
        shown = f"{value:,}" + (f" {unit}" if unit else "")
        if unit == "bytes" and value % (1024 * 1024) == 0:
            shown += f" ({value // (1024 * 1024)} MiB)"
        where = "src/" + module_name.replace(".", "/") + ".py"
        rows.append(f"| {meaning} | {shown} | `{where}` (`{constant}`) |")
    return "\n".join(rows) + "\n"


# -- the dataset format, from dataset_format.py --------------------------------------------


def _kind_of(spec: Any) -> str:
    from cs_roles.dataset_format import REFERENCE_SECTIONS

    if spec.kind == "string":
        if spec.ref:
            return f"{REFERENCE_SECTIONS.get(spec.ref, spec.ref)} id"
        if spec.choices:
            return " or ".join(f"`{choice}`" for choice in spec.choices)
        if spec.pattern is not None:
            return f"string matching `{spec.pattern.pattern.removesuffix(chr(92) + 'Z')}`"
        return "string"
    if spec.kind == "list":
        return f"list of {_kind_of(spec.items)}" if spec.items.kind != "object" else "list"
    if spec.kind == "map":
        return "map: id →" + (
            f" {_kind_of(spec.items)}" if spec.items.kind != "object" else " object"
        )
    return {"text": "text (en/ko)", "int": "integer", "date": "date", "object": "object"}.get(
        spec.kind, spec.kind
    )


def _spec_rows(spec: Any, path: str) -> Iterator[tuple[str, Any]]:
    """(key path, spec) for every value the format can hold, depth first."""
    if spec.kind == "object":
        for key, field in spec.fields.items():
            child = f"{path}.{key}" if path else key
            yield child, field
            yield from _spec_rows(field, child)
    elif spec.kind == "list" and spec.items is not None and spec.items.kind == "object":
        yield from _spec_rows(spec.items, f"{path}[]")
    elif spec.kind == "map" and spec.items is not None and spec.items.kind == "object":
        yield from _spec_rows(spec.items, f"{path}.<id>")


def _example_at(data: Any, path: str) -> Any:
    """The first value at a key path in the bundled dataset, or None."""
    values = [data]
    for part in re.findall(r"[^.\[\]]+|\[\]", path):
        found = []
        for value in values:
            if part == "[]" and isinstance(value, list):
                found.extend(value)
            elif part == "<id>" and isinstance(value, dict):
                found.extend(value.values())
            elif isinstance(value, dict) and part in value:
                found.append(value[part])
        values = found
    return values[0] if values else None


def _shown(value: Any) -> str:
    if value is None or (isinstance(value, dict | list) and not value):
        return ""
    if isinstance(value, list) and all(not isinstance(v, dict | list) for v in value):
        value = value[:3]
    elif isinstance(value, dict) and all(not isinstance(v, dict | list) for v in value.values()):
        pass  # a text: {"en": ..., "ko": ...}
    elif isinstance(value, dict | list):
        return ""
    text = json.dumps(value, ensure_ascii=False, default=str)
    text = text if len(text) <= 48 else text[:46] + "…" + text[-1]
    return f"`{text}`".replace("|", "\\|")


def dataset_format(version: str) -> str:
    """A reference table of one format version, from `dataset_format.DATASETS`, with each
    key's first value in the bundled dataset as its example."""
    import yaml

    from cs_roles.dataset_format import DATASETS

    spec = DATASETS[int(version)]
    data = yaml.safe_load((REPO / "data" / "roles.yaml").read_text(encoding="utf-8"))
    bundled = data.get("schema_version") == int(version)
    rows = ["| key | type | required | description | example |", "| --- | --- | --- | --- | --- |"]
    for path, field in _spec_rows(spec, ""):
        notes = [field.description.rstrip(".")] if field.description else []
        if field.shorthand:
            notes.append(f"may be written as a bare `{field.shorthand}`")
        if field.unique:
            notes.append(f"each {field.unique} once per role")
        description = _cell("; ".join(notes))
        example = _shown(_example_at(data, path)) if bundled else ""
        required = "yes" if field.required else ""
        rows.append(f"| `{path}` | {_kind_of(field)} | {required} | {description} | {example} |")
    return "\n".join(rows) + "\n"


# -- the JSON reference -------------------------------------------------------------------

JSON_EXAMPLES = {
    "show": "csroles show team-lead --section source --json",
    "list": "csroles list --json",
    "compare": "csroles compare coordinator team-lead --only areas --json",
    "similar": "csroles similar coordinator --limit 1 --json",
    "matrix": "csroles matrix areas --roles coordinator,team-lead --json",
    "search": "csroles search zendsk --limit 1 --json",
    "validate": "csroles validate docs/examples/broken.yaml --json",
    "fit": "csroles fit zendesk 공감 -n 1 --json",
    "gap": "csroles gap coordinator team-lead --json",
}


def _type_of(schema: dict[str, Any]) -> str:
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    if "enum" in schema:
        return " or ".join(f"`{json.dumps(v, ensure_ascii=False)}`" for v in schema["enum"])
    if "anyOf" in schema or "oneOf" in schema:
        return " or ".join(_type_of(s) for s in schema.get("anyOf", schema.get("oneOf", [])))
    kinds = schema.get("type", "any")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    named = []
    for kind in kinds:
        if kind == "array":
            named.append(f"list of {_type_of(schema.get('items', {}))}")
        elif kind == "object" and "properties" not in schema and "additionalProperties" in schema:
            named.append(f"map of {_type_of(schema['additionalProperties'])}")
        else:
            named.append(str(kind))
    return " or ".join(named)


def _describe(schema: dict[str, Any]) -> str:
    notes = [schema["description"]] if schema.get("description") else []
    if "minimum" in schema and "maximum" in schema:
        notes.append(f"{schema['minimum']}..{schema['maximum']}")
    elif "minimum" in schema:
        notes.append(f"at least {schema['minimum']}")
    if "pattern" in schema:
        notes.append(f"matches `{schema['pattern']}`")
    return _cell("; ".join(notes))


def _schema_rows(schema: dict[str, Any], path: str) -> Iterator[tuple[str, str, bool, str]]:
    """(field path, type, required, description) for every field a schema declares."""
    for alternative in schema.get("anyOf", []):  # an object or null: the object's fields
        yield from _schema_rows(alternative, path)
    if "items" in schema and schema.get("items"):
        yield from _schema_rows(schema["items"], f"{path}[]")
    extra = schema.get("additionalProperties")
    if isinstance(extra, dict) and "properties" not in schema:
        yield from _schema_rows(extra, f"{path}.<key>" if path else "<key>")
    required = set(schema.get("required", []))
    for key, field in schema.get("properties", {}).items():
        child = f"{path}.{key}" if path else key
        yield child, _type_of(field), key in required, _describe(field)
        yield from _schema_rows(field, child)


def schema_table(schema: dict[str, Any]) -> str:
    rows = ["| field | type | required | description |", "| --- | --- | --- | --- |"]
    for path, kind, required, description in _schema_rows(schema, ""):
        rows.append(f"| `{path}` | {kind} | {'yes' if required else ''} | {description} |")
    return "\n".join(rows) + "\n"


def _json_example(command: str) -> str:
    code, stdout, _ = invoke(shlex.split(JSON_EXAMPLES[command])[1:])
    pretty = json.dumps(json.loads(stdout), ensure_ascii=False, indent=2)
    exit_note = f" (exit {code})" if code else ""
    return (
        f"<details><summary><code>{JSON_EXAMPLES[command]}</code>{exit_note}</summary>\n\n"
        f"```json\n{pretty}\n```\n\n</details>\n"
    )


def published_schema(command: str) -> dict[str, Any]:
    """What `csroles schema COMMAND` prints."""
    code, stdout, stderr = invoke(["schema", command])
    if code:
        raise SystemExit(f"docs/build.py: csroles schema {command} failed: {stderr}")
    schema: dict[str, Any] = json.loads(stdout)
    return schema


def schema_commands() -> list[str]:
    """The commands `csroles schema` publishes an output schema for, in help order."""
    (name,) = [p for p in _command("schema").params if p.name == "name"]
    published = set(getattr(name.type, "choices", ())) - {"dataset"}
    return [command for command in command_names() if command in published]


def json_reference(command: str) -> str:
    """One command's JSON reference, generated from its typed result (cs_roles.contract)."""
    from cs_roles.contract import json_reference_markdown

    body = json_reference_markdown(command).rstrip("\n") + "\n"
    if command in JSON_EXAMPLES:
        body += "\n" + _json_example(command)
    return body


def json_page() -> str:
    commands = schema_commands()
    text = published_schema(commands[0]).get("$defs", {}).get("text", {}).get("description")
    parts = [
        "# JSON output\n\n",
        "<!-- Generated by docs/build.py from the code; do not edit. -->\n\n",
        "Every command that prints a result takes `--json` (short for `--format json`). Each "
        "command's JSON has a published JSON Schema (draft 2020-12), printed by "
        "`csroles schema COMMAND`; the tests validate every command's real output against it. "
        "Output is UTF-8 on stdout and nothing else (messages go to stderr), indented on a "
        "terminal and compact when piped. Fields are only ever added within a major version. "
        "The exit code says what happened: see [exit codes](exit-codes.md).\n\n",
        f"A `text` is {text[0].lower()}{text[1:]}\n\n" if text else "",
        "".join(f"- [`{name}`](#{name})\n" for name in commands),
    ]
    for name in commands:
        parts.append(f"\n## {name}\n\n{json_reference(name)}")
    return "".join(parts)


GENERATORS: dict[str, Callable[[str], str]] = {
    "help": help_block,
    "korean-help": korean_help_block,
    "options": options_table,
    "exit-codes": exit_codes,
    "formats": formats_table,
    "languages": languages_table,
    "limits": limits_table,
    "completion": completion_table,
    "dataset-format": dataset_format,
    "json": json_reference,
}


# -- pages --------------------------------------------------------------------------------


def render(text: str) -> str:
    """A page with every example and generated section made fresh."""

    def example(match: re.Match[str]) -> str:
        command = match["command"]
        return f"{match['head']}```console\n$ {command}\n{run(command)}```\n"

    def section(match: re.Match[str]) -> str:
        name, _, argument = match["key"].partition(" ")
        if name not in GENERATORS:
            raise SystemExit(f"docs/build.py: no generator for '<!-- generated: {name} -->'")
        return f"{match['head']}{GENERATORS[name](argument)}{match['tail']}"

    return SECTION.sub(section, EXAMPLE.sub(example, text))


def command_skeleton(name: str) -> str:
    """The page of a command that has none yet; prose and examples are for a person to add."""
    return (
        f"# csroles {name}\n\n{summary(name)}\n\n## Options\n\n"
        f"<!-- generated: options {name} -->\n<!-- /generated -->\n\n"
        f"## `csroles {name} --help`\n\n<!-- generated: help {name} -->\n<!-- /generated -->\n"
        f"\n{korean_help_section(name)}"
    )


def korean_help_section(name: str) -> str:
    """The heading and generated block of a command's Korean help, below the English one."""
    return (
        f"## `LANG=ko_KR.UTF-8 csroles {name} --help`\n\n"
        f"<!-- generated: korean-help {name} -->\n<!-- /generated -->\n"
    )


def expected() -> dict[Path, str | None]:
    """Every generated file and what it should hold now (None: it should not exist)."""
    pages: dict[Path, str | None] = {}
    hand_written = [README, *sorted(DOCS.glob("*.md"))]
    for path in hand_written:
        if path != JSON_PAGE:
            pages[path] = render(path.read_text(encoding="utf-8"))
    names = command_names()
    for name in names:
        path = COMMANDS / f"{name}.md"
        text = path.read_text(encoding="utf-8") if path.exists() else command_skeleton(name)
        pages[path] = render(text)
    for path in COMMANDS.glob("*.md"):
        if path.stem not in names:
            pages[path] = None  # a page for a command that is gone
    pages[JSON_PAGE] = json_page()
    for name, svg in _pictures().items():
        pages[DOCS / name] = svg
    return pages


def _pictures() -> dict[str, str]:
    spec = importlib.util.spec_from_file_location("render", DOCS / "render.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return {
        name: module.render_svg(title, renderable)
        for name, (title, renderable) in module.pictures().items()
    }


def stale() -> list[str]:
    """The files that differ from what the code says they should be, each with why."""
    found = []
    for path, text in expected().items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current != text:
            why = "missing" if current is None else "stale" if text else "for no command"
            found.append(f"{path.relative_to(REPO)}: {why}")
    return found


def main(argv: list[str]) -> int:
    if "--check" in argv:
        problems = stale()
        for problem in problems:
            print(f"{problem} (run: python docs/build.py)", file=sys.stderr)
        return 1 if problems else 0
    written = 0
    for path, text in expected().items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if text is None:
            path.unlink()
            print(f"removed {path.relative_to(REPO)}")
        elif current != text:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(REPO)}")
            written += 1
    print(f"docs/build.py: {written} file(s) regenerated")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
