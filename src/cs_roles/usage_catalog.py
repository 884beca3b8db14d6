"""Click's and Typer's own words, in English and Korean: usage errors and the usage line.

A part of the message catalog (`cs_roles.messages`), kept apart because only a command
line that is wrong, or a help, prints it: `messages.text` loads it the first time one of
its keys is looked up.
"""

from __future__ import annotations

from collections.abc import Mapping

CATALOG: dict[str, Mapping[str, str]] = {
    # The English is what Click prints, word for word; Typer prints it itself.
    "usage.prefix": {"en": "Usage: ", "ko": "사용법: "},
    "usage.options": {"en": "[OPTIONS]", "ko": "[옵션]"},
    "usage.subcommand": {"en": "COMMAND [ARGS]...", "ko": "명령 [인수]..."},
    "usage.try_help": {
        "en": "Try '{command}' for help.",
        "ko": "'{command}'로 도움말을 볼 수 있습니다.",
    },
    "usage.error_title": {"en": "Error", "ko": "오류"},
    "usage.error": {"en": "Error: {message}", "ko": "오류: {message}"},
    "usage.no_such_option": {"en": "No such option: {name}", "ko": "알 수 없는 옵션: {name}"},
    "usage.possible_options": {
        "en": "{message} (Possible options: {options})",
        "ko": "{message} (비슷한 옵션: {options})",
    },
    "usage.missing_argument": {
        "en": "Missing argument {name}.",
        "ko": "인수 {name}이(가) 필요합니다.",
    },
    "usage.missing_option": {"en": "Missing option {name}.", "ko": "옵션 {name}이(가) 필요합니다."},
    "usage.missing_parameter": {
        "en": "Missing parameter {name}.",
        "ko": "값 {name}이(가) 필요합니다.",
    },
    "usage.choose_from": {"en": "Choose from:\n\t{choices}", "ko": "{choices} 중에서 고르세요."},
    "usage.invalid_value": {
        "en": "Invalid value for {name}: {reason}",
        "ko": "{name}에 쓸 수 없는 값입니다. {reason}",
    },
    "usage.invalid_value_bare": {
        "en": "Invalid value: {reason}",
        "ko": "쓸 수 없는 값입니다. {reason}",
    },
    "usage.not_a_choice": {
        "en": "{value} is not one of {choices}.",
        "ko": "{value}은(는) {choices} 중 하나가 아닙니다.",
    },
    "usage.not_an_integer": {
        "en": "{value} is not a valid {type}.",
        "ko": "{value}은(는) 정수가 아닙니다.",
    },
    "usage.not_a_number": {
        "en": "{value} is not a valid {type}.",
        "ko": "{value}은(는) 숫자가 아닙니다.",
    },
    "usage.out_of_range": {
        "en": "{value} is not in the range {range}.",
        "ko": "{value}은(는) 범위를 벗어납니다. {range}인 값이어야 합니다.",
    },
    "usage.at_least": {"en": "x>={min}", "ko": "{min} 이상"},
    "usage.more_than": {"en": "x>{min}", "ko": "{min} 초과"},
    "usage.at_most": {"en": "x<={max}", "ko": "{max} 이하"},
    "usage.less_than": {"en": "x<{max}", "ko": "{max} 미만"},
    "usage.between": {"en": "{min}{min_op}x{max_op}{max}", "ko": "{lower} {upper}"},
    "usage.option_needs_value": {
        "en": "Option {name} requires an argument.",
        "ko": "{name} 옵션에는 값이 필요합니다.",
    },
    "usage.option_needs_values": {
        "en": "Option {name} requires {count} arguments.",
        "ko": "{name} 옵션에는 값이 {count}개 필요합니다.",
    },
    "usage.option_takes_no_value": {
        "en": "Option {name} does not take a value.",
        "ko": "{name} 옵션에는 값을 줄 수 없습니다.",
    },
    "usage.no_such_command": {
        "en": "No such command {name}.",
        "ko": "{name} 명령은 없습니다.",
    },
    "usage.did_you_mean_command": {
        "en": "{message} Did you mean {choices}?",
        "ko": "{message} {choices}을(를) 찾으셨나요?",
    },
    "usage.missing_command": {"en": "Missing command.", "ko": "명령이 필요합니다."},
    "usage.extra_arguments": {
        "en": "Got unexpected extra argument(s) ({args})",
        "ko": "예상하지 못한 인수가 더 있습니다: {args}",
    },
    "usage.unrecognised": {"en": "{message}", "ko": "명령줄 오류: {message}"},
}
