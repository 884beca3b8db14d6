"""Shell completion: csroles' own scripts for bash, zsh and fish, and the answer to a TAB.

A TAB runs `csroles` with `_CSROLES_COMPLETE=complete_<shell>` and the command line typed
so far (bash: `COMP_WORDS` and `COMP_CWORD`; zsh and fish: `_TYPER_COMPLETE_ARGS`, the line
up to the cursor), the protocol of Typer's scripts. The answer is ours rather than
Typer's because Typer keeps only candidates that start with the typed word exactly, so
`TEAM` could never offer `team-lead`: here the words are split the way a shell splits
them (an escaped or quoted space stays inside its word), the command and the parameter
being completed are found on Click's public objects, every candidate is matched without
regard to case, and a comma list offers only the values not chosen yet. Values are read
through the dataset cache, so a TAB answers at once.

The scripts leave quoting to the shell: bash inserts `지원\\ 관리자` (readline quotes a
candidate with `-o filenames`), zsh's `compadd` quotes, and fish escapes what it inserts.
"""

from __future__ import annotations

import os
import shlex
import sys
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    import typer

SHELLS = ("bash", "zsh", "fish")
PROG = "csroles"

# The word being completed, as typed. Typer's wrapper around a completer drops every
# candidate that does not start with the word it was given exactly; the answer below gives
# it "" and filters itself, and the role completer reads the real word from here.
_typed_word: ContextVar[str | None] = ContextVar("typed_word", default=None)


def _word_typed(incomplete: str) -> str:
    """The word being completed: Typer hands completers an empty word (csroles filters
    afterwards, ignoring case), so a completer reads the real one from the shell's request."""
    typed = _typed_word.get()
    return typed if typed is not None and not incomplete else incomplete


def role_choices(incomplete: str, data: str | None = None) -> list[tuple[str, str]]:
    """(name, English title) pairs for the role names that start with what was typed, in
    any case: the names the resolver takes as a role (role_names, store). Per role, the
    shortest way to name it that fits: its id; else its aliases and everyday names (those
    that name it alone: 팀장, not the generic 관리자); else its titles. A name is offered
    as itself (the shell inserts the candidate); with nothing typed only the ids are
    offered, so that a bare TAB lists the roles."""
    from cs_roles.dataset import load_dataset
    from cs_roles.errors import CsRolesError
    from cs_roles.role_names import everyday_names
    from cs_roles.sources import resolve_dataset_path

    try:
        dataset = load_dataset(resolve_dataset_path(data or None))
    except CsRolesError:
        return []
    prefix = _word_typed(incomplete).casefold()
    out: list[tuple[str, str]] = []
    everyday = everyday_names(dataset) if prefix else {}
    for summary in dataset.summaries():
        ident, titles = summary["id"], summary["title"]
        title = titles.get("en") or next(iter(titles.values()), "")
        if ident.casefold().startswith(prefix):
            out.append((ident, title))
            continue
        if not prefix:
            continue
        for names in ([*summary["aliases"], *everyday.get(ident, ())], titles.values()):
            fitting = [(n, title) for n in dict.fromkeys(names) if n.casefold().startswith(prefix)]
            if fitting:
                out += fitting
                break
    return out


# -- the answer to a TAB --------------------------------------------------------------------


def split_typed(line: str) -> list[str]:
    """Words as a POSIX shell splits them; an unclosed quote ends the last word."""
    lexer = shlex.shlex(line, posix=True)
    lexer.whitespace_split = True
    lexer.commenters = ""
    words: list[str] = []
    try:
        words.extend(lexer)
    except ValueError:
        words.append(lexer.token)
    return words


def typed_request(environ: dict[str, str] | os._Environ[str]) -> tuple[list[str], str]:
    """(complete words after the program name, the word being completed) from the
    variables a completion script sets."""
    if "COMP_WORDS" in environ:  # bash: its words, quotes and escapes kept
        words = split_typed(environ["COMP_WORDS"])
        cword = int(environ.get("COMP_CWORD") or len(words))
        done, word = words[1:cword], words[cword] if cword < len(words) else ""
    else:  # zsh and fish: the line up to the cursor
        line = environ.get("_TYPER_COMPLETE_ARGS", "")
        words = split_typed(line)
        # a new word has begun when one more letter would start a word of its own
        # (`show ` has; `show 고객\ ` and `show '고객 ` have not)
        with_letter = split_typed(line + "x")
        ends_word = len(with_letter) > len(words) and with_letter[-1] == "x"
        done, word = (words[1:], "") if ends_word or len(words) < 2 else (words[1:-1], words[-1])
    # bash splits `--format=json` at "=": glue the pieces back into `--format` + value
    done = [w for i, w in enumerate(done) if not (w == "=" and i and done[i - 1][:1] == "-")]
    if word == "=":
        word = ""
    if word.startswith("--") and "=" in word:
        name, _, word = word.partition("=")
        done.append(name)
    return done, word


def _is_option(param: Any) -> bool:
    return getattr(param, "param_type_name", "") == "option"


def _takes_value(param: Any) -> bool:
    return _is_option(param) and not (param.is_flag or param.count)


def _walk(params: list[Any], words: list[str]) -> tuple[Any | None, list[str], int]:
    """Read `words` against `params`: the option still waiting for its value (or None),
    the positional words, and where the first positional word is."""
    by_name = {opt: p for p in params if _is_option(p) for opt in p.opts + p.secondary_opts}
    waiting: Any | None = None
    positional: list[str] = []
    first = len(words)
    for index, word in enumerate(words):
        if waiting is not None:
            waiting = None
            continue
        if word.startswith("-") and word != "-":
            param = by_name.get(word.partition("=")[0])
            if param is not None and _takes_value(param) and "=" not in word:
                waiting = param
            continue
        if not positional:
            first = index
        positional.append(word)
    return waiting, positional, first


def _matching(
    candidates: list[tuple[str, str]], word: str, chosen: set[str], keep: str = ""
) -> list[tuple[str, str]]:
    folded = word.casefold()
    out: list[tuple[str, str]] = []
    for value, help_text in candidates:
        if value.casefold().startswith(folded) and value.casefold() not in chosen:
            out.append((keep + value, " ".join(help_text.split())))
    return list(dict.fromkeys(out))


def _param_values(ctx: Any, param: Any, word: str) -> list[tuple[str, str]]:
    """What `param` offers for `word`; a repeatable option completes the last item of a
    comma list, keeping what comes before and leaving out the values already chosen."""
    keep, chosen = "", set()
    if getattr(param, "multiple", False):
        done, comma, word = word.rpartition(",")
        keep = done + comma
        earlier = [*(ctx.params.get(param.name) or ()), done]
        chosen = {p.strip().casefold() for v in earlier for p in v.split(",") if p.strip()}
    token = _typed_word.set(word)
    try:
        items = param.shell_complete(ctx, "")
    finally:
        _typed_word.reset(token)
    pairs = [(str(item.value), str(item.help or "")) for item in items]
    return _matching(pairs, word, chosen, keep)


def _option_names(ctx: Any, params: list[Any]) -> list[tuple[str, str]]:
    names = [(opt, str(p.help or "")) for p in params if _is_option(p) and not p.hidden
             for opt in p.opts + p.secondary_opts]  # fmt: skip
    return names + [(name, "Show this message and exit.") for name in ctx.help_option_names]


def candidates(group: Any, done: list[str], word: str) -> list[tuple[str, str]]:
    """(value, description) pairs the shell may put in place of `word`."""
    root = group.make_context(PROG, [], resilient_parsing=True)
    waiting, positional, first = _walk(group.params, done)
    if not positional:
        if waiting is not None:
            return _param_values(root, waiting, word)
        if word.startswith("-"):
            return _matching(_option_names(root, group.params), word, set())
        names = group.list_commands(root)
        return _matching(
            [(n, group.get_command(root, n).get_short_help_str(60)) for n in names], word, set()
        )
    command = group.get_command(root, positional[0])
    if command is None:
        return []
    rest = done[first + 1 :]
    ctx = command.make_context(positional[0], list(rest), parent=root, resilient_parsing=True)
    params = command.get_params(ctx)
    waiting, given, _ = _walk(params, rest)
    if waiting is not None:
        return _param_values(ctx, waiting, word)
    if word.startswith("-") and "--" not in rest:
        return _matching(_option_names(ctx, params), word, set())
    filled = len(given)
    for param in params:
        if _is_option(param):
            continue
        if param.nargs == -1:
            return _param_values(ctx, param, word)
        if filled < param.nargs:
            return _param_values(ctx, param, word)
        filled -= param.nargs
    return []


def answer_completion(group: Any) -> NoReturn:
    """Print the candidates for the shell named by `_CSROLES_COMPLETE` (`complete_bash`;
    `bash_source` prints the script instead) and exit: bash gets one value a line, zsh
    and fish `value<TAB>description`; fish's exit status says whether there were any
    (its script offers file names when there are none)."""
    instruction = os.environ.get("_CSROLES_COMPLETE", "")
    asked_script = instruction.removesuffix("_source")
    if asked_script != instruction and asked_script in SHELLS:  # Click's way to ask for it
        sys.stdout.write(SCRIPTS[asked_script])
        sys.exit(0)
    shell = instruction.removeprefix("complete_")
    if shell not in SHELLS:
        sys.exit(1)
    done, word = typed_request(os.environ)
    try:
        found = candidates(group, done, word)
    except Exception:  # a TAB never prints a traceback into the command line
        found = []
    if shell == "bash":
        lines = [value for value, _ in found]
    else:
        lines = [f"{value}\t{help_text}" if help_text else value for value, help_text in found]
    sys.stdout.write("".join(f"{line}\n" for line in lines))
    sys.stdout.flush()
    sys.exit(0 if found or shell != "fish" else 1)


# -- the scripts ----------------------------------------------------------------------------

BASH_SCRIPT = r"""# csroles completion for bash: `source` this file from ~/.bashrc, or put
# `eval "$(csroles --show-completion bash)"` there.
_csroles_completion() {
    local IFS=$'\n'
    COMPREPLY=( $(env COMP_WORDS="${COMP_WORDS[*]}" COMP_CWORD="$COMP_CWORD" \
                      _CSROLES_COMPLETE=complete_bash "$1" 2>/dev/null) )
    # readline quotes what it inserts (an alias with a space) and reads what was escaped
    (( ${#COMPREPLY[@]} )) && compopt -o filenames 2>/dev/null
    return 0
}
complete -o default -F _csroles_completion csroles
"""

ZSH_SCRIPT = r"""#compdef csroles
# csroles completion for zsh: `source` this file from ~/.zshrc (it registers itself with
# compdef at once, loading compinit first if needed), or put it on $fpath as _csroles.
_csroles() {
    local -a reply values shown
    local line
    reply=( ${(f)"$(env _TYPER_COMPLETE_ARGS="${words[1,CURRENT]}" \
                        _CSROLES_COMPLETE=complete_zsh csroles 2>/dev/null)"} )
    if (( ! ${#reply} )); then
        _files
        return
    fi
    for line in $reply; do
        values+=( "${line%%$'\t'*}" )
        if [[ $line == *$'\t'* ]]; then
            shown+=( "${line%%$'\t'*}  -- ${line#*$'\t'}" )
        else
            shown+=( "${line}" )
        fi
    done
    # -U: csroles has matched already (without regard to case); compadd quotes the value
    compadd -U -l -d shown -- "${values[@]}"
}
if [[ "${funcstack[1]}" == _csroles ]]; then
    _csroles "$@"
else
    (( ${+functions[compdef]} )) || { autoload -Uz compinit && compinit }
    compdef _csroles csroles
fi
"""

FISH_SCRIPT = r"""# csroles completion for fish: ~/.config/fish/completions/csroles.fish
# (where csroles has no values to offer, the condition fails and fish offers file names)
function __csroles_complete
    env _TYPER_COMPLETE_ARGS=(commandline -cp) _CSROLES_COMPLETE=complete_fish csroles 2>/dev/null
end
complete --command csroles --no-files --condition '__csroles_complete >/dev/null' \
    --arguments '(__csroles_complete)'
"""

SCRIPTS = {"bash": BASH_SCRIPT, "zsh": ZSH_SCRIPT, "fish": FISH_SCRIPT}


def script_for(shell: str) -> str:
    return SCRIPTS[shell_named(shell)]


def install_paths(shell: str, home: str) -> tuple[str, str | None, str | None]:
    """Where the script goes, the start-up file that must load it, and the line that does."""
    if shell == "fish":
        return os.path.join(home, ".config", "fish", "completions", f"{PROG}.fish"), None, None
    if shell == "zsh":
        script = os.path.join(home, ".zfunc", f"_{PROG}")
        return script, os.path.join(home, ".zshrc"), f"source {shlex.quote(script)}"
    script = os.path.join(home, ".bash_completions", f"{PROG}.sh")
    return script, os.path.join(home, ".bashrc"), f"source {shlex.quote(script)}"


def print_completion_script(ctx: typer.Context, param: typer.CallbackParam, shell: str) -> None:
    """Print the script that teaches `shell` to complete csroles, and exit."""
    from cs_roles.output import write

    write(script_for(shell))
    raise SystemExit(0)


def install_completion(ctx: typer.Context, param: typer.CallbackParam, shell: str) -> None:
    """Write the script where `shell` finds it, make the shell's start-up file load it
    (once), say where (on stderr, as every message), and exit."""
    from cs_roles.cli import say
    from cs_roles.errors import OutputError
    from cs_roles.language import resolve
    from cs_roles.messages import text

    name = shell_named(shell)
    script, rc_file, rc_line = install_paths(name, os.path.expanduser("~"))
    try:
        os.makedirs(os.path.dirname(script), exist_ok=True)
        with open(script, "w", encoding="utf-8") as handle:
            handle.write(SCRIPTS[name])
        if rc_file is not None and rc_line is not None:
            present = ""
            if os.path.exists(rc_file):
                with open(rc_file, encoding="utf-8", errors="replace") as handle:
                    present = handle.read()
            if rc_line not in present.splitlines():
                with open(rc_file, "a", encoding="utf-8") as handle:
                    gap = "\n" if present and not present.endswith("\n") else ""
                    handle.write(f"{gap}{rc_line}\n")
    except OSError as exc:
        from cs_roles.errors import SystemReason

        raise OutputError(
            "error.install_failed", {"path": script, "reason": SystemReason(exc)}
        ) from None
    say(text("completion.installed", resolve(None), shell=name, path=script))
    raise SystemExit(0)


def shell_named(name: str) -> str:
    """The shell's name; any other shell is a usage error."""
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
    prefix = _word_typed(incomplete).casefold()
    out: list[tuple[str, str]] = []
    for position in lattice.positions.values():
        english = position.name.get("en") or position.id
        if position.id.casefold().startswith(prefix):
            out.append((position.id, english))
        elif prefix:
            names = dict.fromkeys(n for n in position.name.values() if n)
            out += [(n, english) for n in names if n.casefold().startswith(prefix)]
    return out
