"""The Korean of `--help`: every command's text, every argument's and option's, and the
words Typer and Click print around them (panel titles, "[default: ...]", "[required]").

The English stays where each command declares it (its docstring and its `help=`), so a
command reads as one piece; the Korean of the same text is here, keyed by the command's
name and the parameter's name, with the options every command shares under `SHARED`.
A help text is Markdown (the app's `rich_markup_mode`), as the English is. A text that
lists choices names them by placeholder (`{formats}`, `{sections}`...), filled from the
same definitions the English is built from, so the two languages cannot list different
choices. `command_group` puts these texts in place when the help is printed.
"""

from __future__ import annotations

from collections.abc import Mapping

ROOT = "csroles"  # the app's own name: the key of the root help and of its options

COMMANDS: Mapping[str, str] = {
    ROOT: (
        "고객 서비스 역할을 한눈에: 역할 하나를 자세히 보고, 역할끼리 비교하고, 모든 기술과 "
        "도구를 한국어나 영어로 검색합니다.\n\n**예시**\n\n"
        "* `csroles show team-lead`\n"
        "* `csroles compare coordinator team-lead`\n"
        "* `csroles search 젠데스크`\n"
    ),
    "show": (
        "역할 하나의 모든 것을 보여 줍니다.\n\n"
        "요약, 책임, 기술(이 역할에서 각 기술이 뜻하는 바), 도구와 그 쓰임새, 경력 경로, "
        "모범 사례, 대응하는 O*NET 직업, 그리고 각 내용을 가져온 기사를 보여 줍니다. "
        "`--format markdown`은 바로 붙여 넣을 수 있는 한 언어의 직무 기술서이고, "
        "`--format text`는 평범한 문단입니다. `--provenance`를 더하면 어느 쪽에든 별칭, "
        "O*NET 대응, 출처가 붙습니다.\n\n**예시**\n\n"
        "* `csroles show team-lead`\n"
        "* `csroles show 팀리더 --lang ko`\n"
        "* `csroles show coordinator --format markdown > 코디네이터.md`\n"
        "* `csroles show coordinator --format markdown --provenance`\n"
        '* `csroles show "고객 지원 관리자" --section skills,tools --json`\n'
    ),
    "list": (
        "역할 목록을 직함, 기술 수, 도구 수와 함께 보여 줍니다.\n\n**예시**\n\n"
        "* `csroles list`\n"
        "* `csroles list --format csv`\n"
        "* `csroles list --json --data 우리-역할.yaml`\n"
    ),
    "compare": (
        "역할을 비교합니다: 무엇을 함께 갖고, 무엇이 한쪽에만 있고, 얼마나 비슷한지.\n\n"
        "기술, 도구, 책임 영역마다 유사도(Jaccard)를 구하고 전체 유사도도 보여 줍니다. "
        "**경력을 옮길 때는 순서가 중요합니다**: `compare coordinator team-lead`에서 "
        "*team-lead에만 있는* 열이 코디네이터가 더 갖춰야 할 것입니다. 역할을 셋 이상 주면 "
        "격자로 보여 주며, 모두에게 있는 항목이 먼저 나옵니다.\n\n**예시**\n\n"
        "* `csroles compare coordinator support-manager`\n"
        "* `csroles compare coordinator team-lead --only skills`\n"
        "* `csroles compare coordinator team-lead support-manager --format markdown`\n"
    ),
    "similar": (
        "다른 역할을 비슷한 순서로 보여 줍니다: 지금 가진 것으로 또 무엇을 할 수 있을까요?\n\n"
        "역할마다 이 역할과 함께 갖는 것, 더 갖춰야 할 것, 그리고 그 역할의 기술과 도구를 "
        "이 역할이 이미 얼마나 갖췄는지(*충족*: 기술 충족률과 도구 충족률의 평균, 각각 "
        "보유/필요)를 보여 줍니다.\n\n**예시**\n\n"
        "* `csroles similar coordinator`\n"
        "* `csroles similar coordinator --by coverage`\n"
        "* `csroles similar 팀리더 --json`\n"
    ),
    "matrix": (
        "데이터 전체를 격자 하나로: 기술, 도구 또는 책임 영역을 행으로, 역할을 열로 "
        "놓습니다.\n\n"
        "역할이 많은 데이터라면 `--long`으로 역할마다 열을 두는 대신 항목과 역할의 쌍마다 "
        "한 행씩 씁니다. CSV, TSV, jsonl은 만들어지는 대로 바로 씁니다.\n\n**예시**\n\n"
        "* `csroles matrix skills`\n"
        "* `csroles matrix tools --format markdown`\n"
        "* `csroles matrix skills --roles coordinator,team-lead --format csv`\n"
        "* `csroles matrix tools --format csv --long > 도구.csv`\n"
    ),
    "search": (
        "모든 이름과 글을 한국어나 영어로, 비슷한 말까지 찾습니다.\n\n"
        "역할, 기술, 도구, 도구 분류, 책임 영역, 문장을 찾습니다. 오타, 띄어쓰기, 대소문자는 "
        "상관없고, 한글은 자모 단위로 비교하며, 초성으로도 찾을 수 있습니다(ㄱㄷ ㅎㄱ로 "
        "갈등 해결을 찾음). grep처럼 찾은 것이 없으면 종료 코드 1로 끝납니다.\n\n**예시**\n\n"
        "* `csroles search 젠대스크`\n"
        "* `csroles search 커뮤니캐이션`\n"
        "* `csroles search ㅈㄷㅅㅋ`\n"
        "* `csroles search 멘토링 --kind text --role team-lead`\n"
    ),
    "fit": (
        "내 기술과 도구에 맞는 역할은? 역할에 필요한 것을 얼마나 갖췄는지에 따라 순위를 "
        "매깁니다.\n\n"
        "기술, 도구, 책임 영역은 `search`가 알아듣는 어떤 식으로든 적으면 됩니다(식별자, "
        "이름, 별칭, 한국어, 오타, 초성). 각 항목이 무엇으로 인식됐는지 보여 주며, 모호하거나 "
        "알 수 없는 항목은 추천과 함께 나열하고 계산에 넣지 않습니다. 인식된 항목이 하나도 "
        "없으면 종료 코드 2로 끝납니다.\n\n"
        "역할마다 필요한 기술과 도구 가운데 가진 것, 그 둘의 평균(역할 순위의 기준), 모자란 "
        "것, 그리고 **전이 가능한 도구**를 보여 줍니다. 전이 가능한 도구란 역할이 쓰는 도구와 "
        "같은 종류의, 내가 아는 제품입니다(데이터에서 같은 분류: 역할이 Groove를 쓸 때 "
        "Freshdesk, 둘 다 헬프데스크). 갖춘 것으로 치지는 않지만 모자란 것 옆에 나열되고, "
        "순위가 같을 때 앞뒤를 가릅니다.\n\n**예시**\n\n"
        "* `csroles fit zendesk 공감 '갈등 해결' slack`\n"
        "* `csroles fit 젠데스크,공감,'갈등 해결' --lang ko`\n"
        "* `cat 내-기술.txt | csroles fit -`\n"
        "* `csroles fit --file 내-기술.txt --role coordinator,team-lead --format markdown`\n"
    ),
    "gap": (
        "한 역할에서 다른 역할로 옮기려면 무엇을 더 갖춰야 할까요? 학습 계획입니다.\n\n"
        "먼저 TO의 기술과 도구를 얼마나 갖췄는지(`fit`과 같은 계산), 그다음 배울 기술(데이터에 "
        "TO의 설명이 있으면 함께), 분류별로 묶은 배울 도구와 이미 아는 같은 종류의 제품"
        "(**전이 가능**: 갖춘 것으로 치지는 않지만 출발점이 됩니다), 새로 맡게 될 책임 영역과 "
        "TO의 책임 문장을 보여 줍니다. `--format markdown`은 문서에 붙여 넣을 체크리스트로 "
        "계획을 출력합니다.\n\n**예시**\n\n"
        "* `csroles gap coordinator team-lead`\n"
        "* `csroles gap coordinator team-lead --have five9 --format markdown`\n"
        "* `csroles gap team-lead --have zendesk,공감,'갈등 해결'`\n"
        "* `cat 내-기술.txt | csroles gap support-manager --have - --lang ko`\n"
    ),
    "ladder": (
        "각 역할은 어디쯤에 있을까요? 입문부터 임원까지의 경력 격자입니다.\n\n"
        "기사가 경력 경로에서 언급하는 모든 직위를 그 수준에 놓고, 데이터에 있는 역할은 ●로 "
        "표시합니다. 직위마다 그 아래에 기사가 말하는 이동을 보여 주고(`--sources`는 그 "
        "기사를 밝힘), 성장의 다른 길(컨설팅, 다른 부서)은 단계가 아닌 곁가지로 보여 줍니다. "
        "좁은 터미널에서는 직위를 위아래로 늘어놓습니다. `--format markdown`은 GitHub가 "
        "그려 주는 Mermaid 순서도이고, `svg`와 `html`은 슬라이드나 위키에 넣을 그림입니다."
        "\n\n**예시**\n\n"
        "* `csroles ladder`\n"
        "* `csroles ladder --sources --lang ko`\n"
        "* `csroles ladder --format markdown > 사다리.md`\n"
        "* `csroles ladder --format svg > 사다리.svg`\n"
    ),
    "path": (
        "여기서 저기까지 어떻게 갈까요? 경력 격자를 따라가는 가장 짧은 경로입니다.\n\n"
        "가장 짧은 경로를 모두(길이가 같은 것을 `--limit`개까지) 보여 주며, 단계마다 그 "
        "이동을 말하는 기사가 붙습니다. 데이터에 있는 두 역할 사이의 단계에는 학습 계획"
        "(`gap`이 보여 주는 것)이, 데이터 밖의 직위에서 떠나는 단계에는 기사가 그 직위에 "
        "대해 말하는 내용이 붙습니다. 경로마다 전체 계획으로 끝나며, 모든 항목은 처음 필요한 "
        "단계에 한 번씩 나옵니다. 그곳으로 가는 경로가 없으면 TO에 닿을 수 있는 직위를 "
        "가까운 순서로 보여 줍니다(종료 코드 1).\n\n**예시**\n\n"
        "* `csroles path coordinator support-manager`\n"
        "* `csroles path representative 팀리더 --have zendesk`\n"
        '* `csroles path "고객 서비스 상담원" 팀리더 --lang ko`\n'
        "* `csroles path coordinator director-customer-service --format markdown > 경로.md`\n"
    ),
    "team": (
        "팀을 계획합니다: 역할마다 누가 맡을 수 있는지, 한 사람만 아는 것, 누가 준비됐는지, "
        "무엇을 교육할지.\n\n"
        "명단은 한 사람에 한 행입니다: `name` 열(이름), 그리고 있어도 되고 없어도 되는 "
        "`role`(역할, 지금 맡은 역할), `skills`(기술), `tools`(도구), `areas`(업무 영역) 열. "
        "항목은 `;`나 `,`로 나누고 한국어나 영어로 적으며 오타가 있어도 됩니다. 각 항목은 "
        "`fit`이 인식하는 방식대로, 그 열이 가리키는 종류로 인식됩니다. 인식되지 않는 항목은 "
        "그 행과 열을 밝혀 표준 오류로 알리고 계산에 넣지 않습니다. 명단 파일은 읽기만 "
        "합니다.\n\n"
        "한 사람의 항목에 대한 `fit`의 수치(기술 충족률과 도구 충족률의 평균)가 "
        "`--min-coverage`에 이르면 그 사람이 그 역할을 맡을 수 있다고 봅니다. `--role`을 "
        "주면 각 사람의 준비도는 그 사람의 항목을 `csroles fit`에 주고 `--role`로 그 역할을 "
        "지정했을 때의 결과와 같습니다.\n\n**예시**\n\n"
        "* `csroles team 팀원.csv`\n"
        "* `csroles team 팀원.xlsx --role team-lead --format markdown`\n"
        "* `csroles team 팀원.csv --role 팀장 --lang ko --min-coverage 60%`\n"
        "* `csroles team 팀원.csv --format xlsx --output 팀-계획.xlsx`\n"
    ),
    "validate": (
        "데이터 파일을 검사하고 모든 문제를 한꺼번에 나열합니다.\n\n"
        "문제마다 파일:줄:칸: 키.경로: 메시지 꼴로, 줄 순서대로 보여 주고, 읽은 형식 버전과 "
        "문제 수는 표준 오류에 씁니다. 데이터가 올바르면(경고는 있어도 됨) 0, 올바르지 "
        "않으면 4, 읽을 수 없으면 3으로 끝납니다.\n\n**예시**\n\n"
        "* `csroles validate 우리-역할.yaml`\n"
        "* `cat 우리-역할.yaml | csroles validate -`\n"
        "* `csroles validate --json`\n"
    ),
    "schema": (
        "JSON Schema(2020-12 규격)를 출력합니다: 데이터 형식, 또는 명령의 JSON 출력.\n\n"
        "데이터 형식의 스키마는 데이터를 읽을 때 검사하는 바로 그 정의에서 만들어집니다. "
        "편집기에 연결해 두면 데이터를 쓰는 동안 검사와 자동 완성을 받을 수 있습니다. 출력 "
        "스키마는 각 명령의 `--json`이 출력하는 내용을 설명합니다.\n\n**예시**\n\n"
        "* `csroles schema > 역할.schema.json`\n"
        "* `csroles schema show > show.schema.json`\n"
        "* `csroles schema search`\n"
    ),
}

_ITEMS_INPUT = "여러 번 쓰거나 쉼표로 나눠 적고, '-'는 표준 입력에서 읽습니다."

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

PARAMETERS: Mapping[str, Mapping[str, str]] = {
    ROOT: {
        "version": "버전을 출력합니다.",
        "show_completion": "bash, zsh, fish용 자동 완성 스크립트를 출력합니다.",
        "install_completion": "bash, zsh, fish용 자동 완성을 설치합니다.",
    },
    "show": {
        "role": "역할의 식별자, 별칭 또는 직함(영어나 한국어).",
        "section": "이 부분만 보여 줍니다(여러 번 쓰거나 쉼표로 나눔): {sections}.",
        "provenance": (
            "--format markdown이나 text에 별칭, O*NET 대응, 출처 기사를 덧붙입니다(표와 "
            "JSON에는 늘 들어 있습니다)."
        ),
    },
    "list": {},
    "compare": {
        "roles": "비교할 역할 둘 이상(식별자, 별칭 또는 직함).",
        "only": "이 차원만 비교합니다(여러 번 쓰거나 쉼표로 나눔): {dimensions}.",
        "long": "CSV, TSV, jsonl: 항목과 역할의 쌍마다 한 행씩 씁니다.",
    },
    "similar": {
        "role": "역할의 식별자, 별칭 또는 직함.",
        "limit": "보여 줄 역할 수.",
        "by": (
            "순위의 기준: similarity(Jaccard, 양쪽을 똑같이 봄) 또는 coverage(다른 역할의 "
            "기술과 도구를 이 역할이 이미 얼마나 갖췄는지)."
        ),
    },
    "matrix": {
        "dimension": "행으로 놓을 것.",
        "roles": "열로 놓을 역할(쉼표로 나누거나 여러 번 씀, 기본값: 모든 역할).",
        "long": "CSV, TSV, jsonl: 항목과 역할의 쌍마다 한 행씩 씁니다(역할이 많은 데이터용).",
    },
    "search": {
        "query": "찾을 말(한국어나 영어).",
        "kind": "이 종류의 결과만 봅니다(여러 번 쓰거나 쉼표로 나눔): {kinds}.",
        "role": "역할 하나 안에서만 찾습니다.",
        "limit": "결과를 최대 이만큼 보여 줍니다.",
        "min_score": "점수가 이보다 낮은 결과는 버립니다.",
    },
    "fit": {
        "items": (
            "내 기술, 도구, 책임 영역: 이름, 식별자, 별칭, 한국어, 오타 모두 되고 쉼표로 나눈 "
            "목록도 됩니다. '-'는 표준 입력에서 읽습니다."
        ),
        "role": "이 역할들만 봅니다(여러 번 쓰거나 쉼표로 나눔).",
        "limit": "보여 줄 역할 수.",
    },
    "gap": {
        "roles": "FROM TO: 지금 역할과 가고 싶은 역할. --have를 쓰면 TO만 적어도 됩니다.",
        "have": (
            "내 기술, 도구, 책임 영역. FROM의 것에 더해지고, FROM을 적지 않으면 그 대신 "
            "쓰입니다. " + _ITEMS_INPUT
        ),
    },
    "ladder": {
        "sources": "이동마다, 그 이동을 말하는 기사가 어느 역할의 것인지 밝힙니다.",
    },
    "path": {
        "from_name": "지금 있는 곳: 직위나 역할(식별자나 이름, 영어나 한국어).",
        "to_name": "가고 싶은 곳: 직위나 역할.",
        "have": "내 기술, 도구, 책임 영역. 모든 단계의 계획에서 빠집니다. " + _ITEMS_INPUT,
        "limit": "보여 줄, 길이가 같은 경로의 수.",
    },
    "team": {
        "roster": (
            "명단: CSV, TSV, Excel 통합 문서(.xlsx), YAML 또는 JSON. '-'는 표준 입력에서 읽습니다."
        ),
        "role": (
            "목표 역할: 그 역할의 항목만 보고, 각 사람이 그 역할에 얼마나 준비됐는지 봅니다"
            "(기본값: 모든 역할을 보고, 준비도는 각자 지금 맡은 역할에 대해)."
        ),
        "min_coverage": (
            "한 사람이 역할을 맡을 수 있다고 보는 기준 수치로, fit과 같은 방식(기술 충족률과 "
            "도구 충족률의 평균)으로 잽니다. 0..1 또는 60% 같은 백분율로 적습니다. 기본값 0.5."
        ),
        "sheet": ".xlsx 명단에서 읽을 워크시트(기본값: 첫 번째).",
    },
    "validate": {
        "path": (
            "검사할 데이터 파일('-'는 표준 입력, 기본값: --data, $CSROLES_DATA 또는 내장 데이터)."
        ),
    },
    "schema": {
        "name": "어떤 스키마인지: 데이터 형식(dataset), 또는 명령의 --json 출력.",
    },
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
        from cs_roles.output import FORMATS, Format

        offered = [fmt.value for fmt in FORMATS[command]]
        return {
            "formats": ", ".join(offered),
            "default": offered[0],
            "xlsx": XLSX_NOTE if Format.xlsx.value in offered else "",
        }[key]
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
    return COMMANDS.get(command)


def parameter_help(command: str, parameter: str) -> str | None:
    """The Korean help of one of a command's parameters, its choices filled in."""
    template = PARAMETERS.get(command, {}).get(parameter) or SHARED.get(parameter)
    if template is None:
        return None
    return template.format_map(_Choices(command))
