"""The Korean of `--help`: the app's own text and options, the options every command
shares (`SHARED`), and the words Typer and Click print around them (panel titles,
"[default: ...]", "[required]").

A command's own Korean help is in its module (`KOREAN_HELP`, and `KOREAN_PARAMETERS` by
parameter name), beside the English of its docstring and its `help=`, so that a command
reads as one piece and a new command is one module. A help text is Markdown (the app's
`rich_markup_mode`), as the English is. A text that lists choices names them by
placeholder (`{formats}`, `{sections}`...), filled from the same definitions the English
is built from, so the two languages cannot list different choices. `command_group` puts
these texts in place when the help is printed.
"""

from __future__ import annotations

from collections.abc import Mapping

ROOT = "csroles"  # the app's own name: the key of the root help and of its options

ROOT_HELP = (
    "고객 서비스 역할을 한눈에: 역할 하나를 자세히 보고, 역할끼리 비교하고, 모든 기술과 "
    "도구를 한국어나 영어로 검색합니다.\n\n**예시**\n\n"
    "* `csroles show team-lead`\n"
    "* `csroles compare coordinator team-lead`\n"
    "* `csroles search 젠데스크`\n"
)

# The options every command shares (cli.py), and Click's own --help, by parameter name.
SHARED: Mapping[str, str] = {
    "lang": (
        "언어: en, ko, 또는 이름 옆에 다른 언어를 함께 보여 주는 en+ko / ko+en. 정하지 않으면 "
        "$CSROLES_LANG, 그다음 로캘(LC_ALL, LC_MESSAGES, LANG), 그다음 en+ko를 따릅니다."
    ),
    "output": "출력 형식: {formats} (기본값 {default}).{xlsx}",
    "destination": (
        "--format xlsx일 때 통합 문서를 쓸 파일(표준 출력이 터미널이 아니면 '-'로 표준 "
        "출력에 씁니다)."
    ),
    "json_output": "문서로 약속한 형식의 JSON을 출력합니다. --format json과 같습니다.",
    "data": "내장 데이터 대신 읽을 데이터 파일('-'는 표준 입력에서 읽음).",
    "no_cache": "컴파일된 캐시를 쓰지 않고 데이터 파일을 직접 읽습니다.",
    "files": "이 파일에서 항목을 한 줄에 하나씩 읽습니다('-'는 표준 입력, 여러 번 쓸 수 있음).",
    "help": "이 도움말을 보여 주고 끝냅니다.",
}
# The sentence --format adds where xlsx is offered.
XLSX_NOTE = (
    " xlsx는 Excel 통합 문서를 --output FILE에 씁니다. excel은 바이트 순서 표시를 붙인 "
    "CSV로, CSV를 읽는 도구를 위해 남겨 두었습니다."
)

ROOT_PARAMETERS: Mapping[str, str] = {
    "version": "버전을 출력합니다.",
    "show_completion": "bash, zsh, fish용 자동 완성 스크립트를 출력합니다.",
    "install_completion": "bash, zsh, fish용 자동 완성을 설치합니다.",
}

# Typer's panels of options: its own, and the ones cli.py names with `rich_help_panel`.
PANELS: Mapping[str, str] = {"Dataset": "데이터"}

# The words Typer prints around the texts, by their names in `typer.rich_utils`.
TYPER_WORDS: Mapping[str, str] = {
    "ARGUMENTS_PANEL_TITLE": "인수",
    "OPTIONS_PANEL_TITLE": "옵션",
    "COMMANDS_PANEL_TITLE": "명령",
    "DEFAULT_STRING": "[기본값: {}]",
    "ENVVAR_STRING": "[환경 변수: {}]",
    "REQUIRED_LONG_STRING": "[필수]",
    "DEPRECATED_STRING": "(더 이상 쓰지 않음) ",
}

# The kind of value a parameter takes, as Typer shows it (`<str>`), by Click's type name.
VALUE_KINDS: Mapping[str, str] = {
    "str": "텍스트",
    "text": "텍스트",
    "int": "정수",
    "integer": "정수",
    "int range": "정수",
    "float": "숫자",
    "float range": "숫자",
}


class _Choices(dict[str, str]):
    """The choices a text names, computed only when it names them."""

    def __init__(self, command: str) -> None:
        super().__init__()
        self.command = command

    def __missing__(self, key: str) -> str:
        value = _choices(self.command, key)
        self[key] = value
        return value


def _choices(command: str, key: str) -> str:
    if key in ("formats", "default", "xlsx"):
        from cs_roles.commands import formats_of
        from cs_roles.output import Format

        offered = [fmt.value for fmt in formats_of(command)]
        return {
            "formats": ", ".join(offered),
            "default": offered[0],
            "xlsx": XLSX_NOTE if Format.xlsx.value in offered else "",
        }[key]
    if key == "schemas":
        from cs_roles.contract import COMMANDS

        return ", ".join(COMMANDS)
    if key == "sections":
        from cs_roles.payloads import SECTION_KEYS

        return ", ".join(SECTION_KEYS)
    if key == "dimensions":
        from cs_roles.compare import DIMENSIONS

        return ", ".join(DIMENSIONS)
    if key == "kinds":
        from cs_roles.search import KINDS

        return ", ".join(KINDS)
    raise KeyError(key)


def command_help(command: str) -> str | None:
    """The Korean help of a command (or of the app, under `ROOT`), if it has one."""
    if command == ROOT:
        return ROOT_HELP
    from cs_roles.commands import declared

    found: str | None = declared(command, "KOREAN_HELP")
    return found


def parameter_help(command: str, parameter: str) -> str | None:
    """The Korean help of one of a command's parameters, its choices filled in."""
    from cs_roles.commands import declared

    own = ROOT_PARAMETERS if command == ROOT else declared(command, "KOREAN_PARAMETERS")
    template = (own or {}).get(parameter) or SHARED.get(parameter)
    if template is None:
        return None
    return template.format_map(_Choices(command))
