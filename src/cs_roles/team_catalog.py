"""The words of `team`, in English and Korean: reading a roster, and the team plan.

A part of the message catalog (`cs_roles.messages`), kept apart because only `team`
prints it: `messages.text` loads it the first time one of its keys is looked up.
"""

from __future__ import annotations

from collections.abc import Mapping

CATALOG: dict[str, Mapping[str, str]] = {
    # -- rosters -----------------------------------------------------------------------------
    "roster.where.row": {"en": "row {n}", "ko": "{n}행"},
    "roster.where.line": {"en": "line {n}", "ko": "{n}번째 줄"},
    "roster.where.entry": {"en": "entry {n}", "ko": "{n}번째 항목"},
    "roster.where.row_column": {
        "en": "row {n}, column {letter} ({header})",
        "ko": "{n}행 {letter}열({header})",
    },
    "roster.where.line_key": {"en": "line {n}, {header}", "ko": "{n}번째 줄 {header}"},
    "roster.where.entry_key": {"en": "entry {n}, {header}", "ko": "{n}번째 항목 {header}"},
    "roster.where.column": {"en": "column {letter} ({header})", "ko": "{letter}열({header})"},
    "roster.where.column_only": {"en": "column {letter}", "ko": "{letter}열"},
    "roster.where.key": {"en": "key {header}", "ko": "키 {header}"},
    "roster.error.unreadable": {
        "en": "cannot read the roster {path}: {reason}",
        "ko": "명단 파일 {path}을(를) 읽을 수 없습니다: {reason}",
    },
    "roster.reason.no_such_file": {"en": "no such file", "ko": "파일이 없습니다"},
    "roster.reason.directory": {
        "en": "is a directory, not a roster file",
        "ko": "명단 파일이 아니라 디렉터리입니다",
    },
    "roster.reason.permission": {"en": "permission denied", "ko": "권한이 없습니다"},
    "roster.reason.os": {"en": "{reason}", "ko": "{reason}"},
    "roster.reason.too_large": {
        "en": "file is too large ({size} bytes; the limit is {limit})",
        "ko": "파일이 너무 큽니다({size}바이트, 한도 {limit})",
    },
    "roster.reason.stdin_closed": {
        "en": "standard input is closed",
        "ko": "표준 입력이 닫혀 있습니다",
    },
    "roster.reason.stdin_too_large": {
        "en": "input is too large (the limit is {limit} bytes)",
        "ko": "입력이 너무 큽니다(한도 {limit}바이트)",
    },
    "roster.error.empty": {"en": "the roster is empty", "ko": "명단이 비어 있습니다"},
    "roster.error.no_people": {
        "en": "the roster has no people, only a header row",
        "ko": "명단에 사람이 없습니다(머리글 행뿐입니다)",
    },
    "roster.hint.header": {
        "en": "the first row names the columns: name, role, skills, tools, areas "
        "(or 이름, 역할, 기술, 도구, 업무 영역); one person per row after it",
        "ko": "첫 행에 열 이름(이름, 역할, 기술, 도구, 업무 영역 또는 name, role, skills, "
        "tools, areas)을 쓰고, 그 아래에 한 행에 한 사람씩 쓰세요",
    },
    "roster.hint.records": {
        "en": "write a list of people, each a mapping with name and, as needed, role, "
        "skills, tools and areas (or a mapping whose people is that list)",
        "ko": "사람 목록을 쓰세요. 각 사람은 name과 필요에 따라 role, skills, tools, areas를 "
        "담은 매핑입니다(또는 people에 그 목록을 담은 매핑)",
    },
    "roster.error.no_name_column": {
        "en": "no name column (the header row has {columns})",
        "ko": "이름 열이 없습니다(머리글 행: {columns})",
    },
    "roster.error.missing_name": {"en": "no name given", "ko": "이름이 없습니다"},
    "roster.error.empty_name": {"en": "the name is empty", "ko": "이름이 비어 있습니다"},
    "roster.error.duplicate_person": {
        "en": "{name} is already on the roster ({first})",
        "ko": "{name}은(는) 이미 명단에 있습니다({first})",
    },
    "roster.hint.distinct_people": {
        "en": "list each person once; two people of the same name need names that tell them apart",
        "ko": "한 사람은 한 번만 쓰세요. 이름이 같은 두 사람은 서로 구별되는 이름으로 쓰세요",
    },
    "roster.error.duplicate_column": {
        "en": "two columns say the same: {first} and {second}",
        "ko": "두 열이 같은 내용을 가리킵니다: {first}, {second}",
    },
    "roster.hint.one_column": {
        "en": "keep one of them, or join their items in one column",
        "ko": "하나만 남기거나 항목을 한 열에 모으세요",
    },
    "roster.error.not_text": {
        "en": "must be text, not {what}",
        "ko": "{what}이(가) 아니라 텍스트여야 합니다",
    },
    "roster.value.number": {"en": "a number ({value})", "ko": "숫자({value})"},
    "roster.value.date": {"en": "a date or time", "ko": "날짜나 시각"},
    "roster.value.boolean": {"en": "a true/false value", "ko": "참/거짓 값"},
    "roster.value.list": {"en": "a list", "ko": "목록"},
    "roster.value.mapping": {"en": "a mapping", "ko": "매핑"},
    "roster.value.empty": {"en": "an empty value", "ko": "빈 값"},
    "roster.value.other": {"en": "a value of another kind", "ko": "다른 종류의 값"},
    "roster.hint.text_cell": {
        "en": "format the cell as text, or type the value as it should read",
        "ko": "셀 서식을 텍스트로 바꾸거나 값을 글자로 입력하세요",
    },
    "roster.hint.quote": {
        "en": "put the value in quotes, and items in one text or a list of texts",
        "ko": "값을 따옴표로 감싸고, 항목은 텍스트 하나나 텍스트 목록으로 쓰세요",
    },
    "roster.error.syntax": {
        "en": "{format} syntax error: {reason}",
        "ko": "{format} 문법 오류: {reason}",
    },
    "roster.error.binary": {
        "en": "is not a roster: a binary file, not a table",
        "ko": "명단이 아닙니다: 표가 아닌 이진 파일입니다",
    },
    "roster.hint.formats": {
        "en": "a roster is a CSV, TSV, Excel (.xlsx), YAML or JSON file",
        "ko": "명단은 CSV, TSV, 엑셀(.xlsx), YAML 또는 JSON 파일입니다",
    },
    "roster.error.not_utf8": {"en": "is not UTF-8 text", "ko": "UTF-8 텍스트가 아닙니다"},
    "roster.hint.utf8": {
        "en": "save it as 'CSV UTF-8' (Excel saves plain CSV in the system's code page, "
        "CP949 in Korean), or give the .xlsx workbook itself",
        "ko": "'CSV UTF-8'로 저장하거나(엑셀의 일반 CSV는 CP949로 저장됩니다) .xlsx 통합 문서를 "
        "그대로 주세요",
    },
    "roster.error.old_excel": {
        "en": "is an Excel 97-2003 workbook (.xls), which csroles does not read",
        "ko": "엑셀 97-2003 통합 문서(.xls)는 읽을 수 없습니다",
    },
    "roster.hint.save_xlsx": {
        "en": "save it as an Excel workbook (.xlsx) or as CSV UTF-8",
        "ko": "엑셀 통합 문서(.xlsx)나 CSV UTF-8로 저장하세요",
    },
    "roster.error.not_workbook": {
        "en": "is not a readable Excel workbook ({reason})",
        "ko": "읽을 수 있는 엑셀 통합 문서가 아닙니다({reason})",
    },
    "roster.error.not_worksheet": {
        "en": "the sheet {sheet} is a chart, not a table",
        "ko": "{sheet} 시트는 표가 아니라 차트입니다",
    },
    "roster.error.no_sheet": {
        "en": "the workbook has no sheet {sheet} (it has {sheets})",
        "ko": "통합 문서에 {sheet} 시트가 없습니다(있는 시트: {sheets})",
    },
    "roster.error.sheet_not_workbook": {
        "en": "{option} applies only to an Excel workbook (.xlsx)",
        "ko": "{option}은(는) 엑셀 통합 문서(.xlsx)에만 쓸 수 있습니다",
    },
    "roster.error.not_a_list": {
        "en": "must be a list of people, or a mapping whose people is that list",
        "ko": "사람 목록이거나 people에 그 목록을 담은 매핑이어야 합니다",
    },
    "roster.error.person_not_mapping": {
        "en": "a person must be a mapping of name, role, skills, tools and areas, not {what}",
        "ko": "한 사람은 {what}이(가) 아니라 name, role, skills, tools, areas의 매핑이어야 합니다",
    },
    "roster.warning.unknown_column": {
        "en": "unknown column, ignored (the columns are {known})",
        "ko": "알 수 없는 열이라 무시합니다(쓸 수 있는 열: {known})",
    },
    "roster.warning.unknown_key": {
        "en": "unknown key, ignored (the keys are {known})",
        "ko": "알 수 없는 키라 무시합니다(쓸 수 있는 키: {known})",
    },
    "roster.warning.unnamed_column": {
        "en": "has values but no header, ignored",
        "ko": "값은 있지만 머리글이 없어 무시합니다",
    },
    "team.unknown_item": {
        "en": "{item} is not a {kind} of the dataset; not counted",
        "ko": "{item}은(는) 데이터에 있는 {kind}이(가) 아니라 반영하지 않습니다",
    },
    "team.ambiguous_item": {
        "en": "{item} could be more than one {kind}; not counted",
        "ko": "{item}은(는) 어느 {kind}인지 모호해 반영하지 않습니다",
    },
    # -- the team plan (terminal, Markdown, workbook) -----------------------------------------
    "teamplan.title": {"en": "Team of {n}", "ko": "팀원 {n}명"},
    "teamplan.target": {"en": "target {role}", "ko": "목표 역할 {role}"},
    "teamplan.threshold": {"en": "threshold {pct}", "ko": "기준 {pct}"},
    "teamplan.roles": {
        "en": "Role coverage: people at {pct} or more",
        "ko": "역할별 충족: {pct} 이상 갖춘 사람",
    },
    "teamplan.covered": {"en": "{covered} of {total}", "ko": "{total}명 중 {covered}명"},
    "teamplan.best": {"en": "best {pct}", "ko": "최고 {pct}"},
    "teamplan.closest": {"en": "closest: {names}", "ko": "가장 가까운 사람: {names}"},
    "teamplan.nobody_close": {"en": "nobody has any of it", "ko": "아무도 갖추지 못함"},
    "teamplan.needs_nothing": {
        "en": "lists no skills or tools",
        "ko": "필요한 기술과 도구가 없음",
    },
    "teamplan.readiness_for": {"en": "Readiness for {role}", "ko": "{role} 준비도"},
    "teamplan.readiness_own": {
        "en": "Readiness for their own role",
        "ko": "현재 역할 기준 준비도",
    },
    "teamplan.readiness_header": {"en": "Readiness", "ko": "준비도"},
    "teamplan.no_target": {"en": "no role to measure against", "ko": "비교할 역할 없음"},
    "teamplan.lacks": {"en": "lacks", "ko": "부족"},
    "teamplan.nothing_lacking": {"en": "nothing: ready", "ko": "없음: 준비됨"},
    "teamplan.single_points": {
        "en": "Single points of failure: only one person has it",
        "ko": "단일 장애점: 한 사람만 갖춘 항목",
    },
    "teamplan.nobody": {
        "en": "Needed, and nobody has it",
        "ko": "필요하지만 아무도 갖추지 못한 항목",
    },
    "teamplan.training": {
        "en": "Training plan: most lacked first",
        "ko": "교육 계획: 부족한 사람이 많은 순",
    },
    "teamplan.by_item": {"en": "By item", "ko": "항목별"},
    "teamplan.by_person": {"en": "By person", "ko": "사람별"},
    "teamplan.lack_count": {"en": "{n} lack it", "ko": "{n}명 부족"},
    "teamplan.more_people": {"en": "+{n} more", "ko": "외 {n}명"},
    "teamplan.matrix": {"en": "Person × item", "ko": "사람 × 항목"},
    "teamplan.legend": {
        "en": "✓ has it · ✗ lacks it (their target needs it) · . not needed",
        "ko": "✓ 갖춤 · ✗ 부족(목표 역할에 필요) · . 필요 없음",
    },
    "teamplan.none": {"en": "none", "ko": "없음"},
    "teamplan.role": {"en": "role", "ko": "역할"},
    "teamplan.person": {"en": "person", "ko": "사람"},
    "teamplan.covered_header": {"en": "covered by", "ko": "충족한 사람"},
    "teamplan.people_header": {"en": "people", "ko": "인원"},
    "teamplan.best_header": {"en": "best", "ko": "최고"},
    "teamplan.closest_header": {"en": "closest", "ko": "가장 가까운 사람"},
    "teamplan.target_header": {"en": "target", "ko": "목표 역할"},
    "teamplan.fit": {"en": "fit", "ko": "적합도"},
    "teamplan.figures": {"en": "skills · tools", "ko": "기술 · 도구"},
    "teamplan.lack_header": {"en": "people lacking it", "ko": "부족한 인원"},
    "teamplan.lacking_header": {"en": "who lacks it", "ko": "부족한 사람"},
    "teamplan.cell_have": {"en": "have", "ko": "갖춤"},
    "teamplan.cell_lack": {"en": "lack", "ko": "부족"},
    "teamplan.sheet_summary": {"en": "Summary", "ko": "요약"},
    "teamplan.sheet_matrix": {"en": "Matrix", "ko": "매트릭스"},
    "teamplan.sheet_training": {"en": "Training", "ko": "교육 계획"},
    "teamplan.sheet_people": {"en": "People", "ko": "사람"},
}
