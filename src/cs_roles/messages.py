"""Every word csroles prints, in English and Korean: one catalog, looked up by key.

The words of `team` and of `ladder` and `path` are areas of their own (`team_catalog.py`,
`ladder_catalog.py`), each loaded with the first of its keys looked up.

Messages are `str.format` templates. A value that is a list is joined the way each
language writes "a, b or c". Anything the user typed goes through `echo` before it is
shown, so control characters cannot reach the terminal and a huge argument stays short.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from cs_roles.errors import Worded

LANGUAGES = ("en", "ko")

CATALOG: dict[str, Mapping[str, str]] = {
    # -- errors ---------------------------------------------------------------------------
    "error.prefix": {"en": "csroles: error: {message}", "ko": "csroles: 오류: {message}"},
    "warning.prefix": {"en": "csroles: warning: {message}", "ko": "csroles: 경고: {message}"},
    "hint.prefix": {"en": "hint: {message}", "ko": "도움말: {message}"},
    "choice_language.en": {"en": "English only", "ko": "영어만"},
    "choice_language.ko": {"en": "Korean only", "ko": "한국어만"},
    "choice_language.en_ko": {
        "en": "English, with Korean beside names",
        "ko": "영어, 이름 옆에 한국어",
    },
    "choice_language.ko_en": {
        "en": "Korean, with English beside names",
        "ko": "한국어, 이름 옆에 영어",
    },
    "hint.a_position": {
        "en": "{name} is a position the career paths name ({position}), not a role of this "
        "data: 'csroles ladder' shows where it sits, 'csroles path {id} ROLE' the way on",
        "ko": "{name}은(는) 경력 경로에 나오는 직위({position})이고 이 데이터의 역할은 "
        "아닙니다. 'csroles ladder'에서 그 자리를, 'csroles path {id} 역할'에서 다음 길을 "
        "보세요",
    },
    "error.unknown_role": {"en": "unknown role {name}", "ko": "{name} 역할을 찾을 수 없습니다"},
    # What the system says when it refuses, by errno (errors.SystemReason); English keeps the
    # system's own words.
    "os.enospc": {"en": "No space left on device", "ko": "장치에 남은 공간이 없습니다"},
    "os.edquot": {"en": "Disk quota exceeded", "ko": "디스크 할당량을 넘었습니다"},
    "os.efbig": {"en": "File too large", "ko": "파일이 너무 큽니다"},
    "os.eacces": {"en": "Permission denied", "ko": "권한이 없습니다"},
    "os.eperm": {"en": "Operation not permitted", "ko": "허용되지 않은 작업입니다"},
    "os.erofs": {"en": "Read-only file system", "ko": "읽기 전용 파일 시스템입니다"},
    "os.enoent": {"en": "No such file or directory", "ko": "파일이나 디렉터리가 없습니다"},
    "os.eisdir": {"en": "Is a directory", "ko": "디렉터리입니다"},
    "os.enotdir": {"en": "Not a directory", "ko": "디렉터리가 아닙니다"},
    "os.eio": {"en": "Input/output error", "ko": "입출력 오류입니다"},
    "os.emfile": {"en": "Too many open files", "ko": "열린 파일이 너무 많습니다"},
    "os.epipe": {"en": "Broken pipe", "ko": "파이프가 끊어졌습니다"},
    "os.ebadf": {"en": "Bad file descriptor", "ko": "잘못된 파일 디스크립터입니다"},
    "hint.did_you_mean": {"en": "did you mean {choices}?", "ko": "{choices}을(를) 찾으셨나요?"},
    "error.ambiguous_role": {
        "en": "{name} is an everyday name of several roles, so it names none of them",
        "ko": "{name}은(는) 여러 역할을 두루 부르는 일상적인 이름이라 "
        "어느 한 역할을 가리키지 않습니다",
    },
    "hint.name_one_of": {
        "en": "name one of them: {choices}",
        "ko": "이 가운데 하나를 지정하세요: {choices}",
    },
    "notice.everyday_name": {
        "en": "{name} is an everyday name for {role}, not a name its source article uses",
        "ko": "{name}은(는) {role}을(를) 부르는 일상적인 이름이며, "
        "원문 기사가 쓰는 이름은 아닙니다",
    },
    "notice.role_layout": {
        "en": "{name} was typed in the other keyboard layout: read as {typed}, {role}",
        "ko": "{name}은(는) 다른 자판 배열로 입력되어 {typed}(으)로 읽었습니다: {role}",
    },
    "notice.role_resolved": {
        "en": "{name} is taken as {role}",
        "ko": "{name}을(를) {role}(으)로 읽었습니다",
    },
    "hint.run_list": {
        "en": "run 'csroles list' to see the roles",
        "ko": "'csroles list'로 역할 목록을 볼 수 있습니다",
    },
    "error.unreadable": {
        "en": "cannot read the dataset {path}: {reason}",
        "ko": "데이터 파일 {path}을(를) 읽을 수 없습니다: {reason}",
    },
    "error.invalid_dataset": {
        "en": "{path}: invalid dataset ({count|problem})",
        "ko": "{path}: 올바르지 않은 데이터 파일입니다(문제 {count}개)",
    },
    "hint.run_validate": {
        "en": "run '{command}' to see every problem",
        "ko": "모든 문제를 보려면 '{command}'을(를) 실행하세요",
    },
    "error.more_problems": {"en": "... and {count|more problem}", "ko": "... 외 문제 {count}개"},
    "error.no_match": {"en": "no match for {query}", "ko": "{query}에 맞는 결과가 없습니다"},
    "hint.closest": {"en": "closest: {choices}", "ko": "가장 가까운 말: {choices}"},
    "hint.fewer_words": {
        "en": "try fewer or other words",
        "ko": "단어를 줄이거나 다른 단어로 찾아보세요",
    },
    "error.empty_query": {"en": "the search query is empty", "ko": "검색어가 비어 있습니다"},
    "hint.search_example": {
        "en": "example: csroles search zendesk",
        "ko": "예: csroles search 젠데스크",
    },
    "error.empty_value": {"en": "{option} is empty", "ko": "{option} 값이 비어 있습니다"},
    "hint.unset_variable": {
        "en": "a shell variable that is not set gives an empty value; "
        "leave the option out to use the default",
        "ko": "설정되지 않은 셸 변수는 빈 값이 됩니다. 기본값을 쓰려면 옵션을 빼세요",
    },
    "error.repeated_value": {
        "en": "{value} is given twice for {option}",
        "ko": "{option}에 {value}이(가) 두 번 주어졌습니다",
    },
    "error.bad_choice": {
        "en": "{value} is not a choice for {option}; choose {choices}",
        "ko": "{value}은(는) {option}에 쓸 수 없습니다. {choices} 중에서 고르세요",
    },
    "error.repeated_role": {
        "en": "{name} and {other} are the same role ({role})",
        "ko": "{name}와(과) {other}은(는) 같은 역할({role})입니다",
    },
    "hint.distinct_roles": {
        "en": "name each role once",
        "ko": "각 역할은 한 번씩만 지정하세요",
    },
    "error.two_roles": {
        "en": "compare needs at least two roles",
        "ko": "비교하려면 역할이 두 개 이상 필요합니다",
    },
    "hint.compare_example": {
        "en": "example: csroles compare coordinator team-lead",
        "ko": "예: csroles compare coordinator team-lead",
    },
    "error.format_conflict": {
        "en": "--json and --format {format} ask for different formats",
        "ko": "--json과 --format {format}이(가) 서로 다른 형식을 요청합니다",
    },
    "hint.one_format": {
        "en": "give one of them (--json is short for --format json)",
        "ko": "둘 중 하나만 쓰세요(--json은 --format json의 줄임입니다)",
    },
    "error.format_unavailable": {
        "en": "--format {format} is not available for {command}; choose {choices}",
        "ko": "{command}에는 --format {format}을(를) 쓸 수 없습니다. {choices} 중에서 고르세요",
    },
    "error.output_closed": {
        "en": "cannot write the result: standard output is closed",
        "ko": "결과를 쓸 수 없습니다: 표준 출력이 닫혀 있습니다",
    },
    "error.output_failed": {
        "en": "cannot write the result: {reason}",
        "ko": "결과를 쓸 수 없습니다: {reason}",
    },
    "error.bad_language": {
        "en": "{source} {value} is not a language setting; choose {choices}",
        "ko": "{source} {value}은(는) 언어 설정이 아닙니다. {choices} 중에서 고르세요",
    },
    "error.unknown_shell": {
        "en": "no completion for the shell {name}; choose {choices}",
        "ko": "{name} 셸의 자동 완성은 없습니다. {choices} 중에서 고르세요",
    },
    "error.item_file": {
        "en": "cannot read the item file {path}: {reason}",
        "ko": "항목 파일 {path}을(를) 읽을 수 없습니다: {reason}",
    },
    "error.no_items": {"en": "no items given", "ko": "항목이 주어지지 않았습니다"},
    "hint.fit_example": {
        "en": "example: csroles fit zendesk empathy 'Power BI'",
        "ko": "예: csroles fit 젠데스크 공감 '갈등 해결'",
    },
    "error.nothing_resolved": {
        "en": "none of the items names a skill, tool or responsibility area",
        "ko": "기술, 도구, 책임 영역으로 인식된 항목이 하나도 없습니다",
    },
    "hint.search_items": {
        "en": "try 'csroles search ITEM' to see what the dataset calls it",
        "ko": "'csroles search 항목'으로 데이터에서 쓰는 이름을 찾아보세요",
    },
    "error.gap_roles": {
        "en": "gap takes FROM and TO, or TO alone with --have",
        "ko": "gap에는 FROM과 TO, 또는 --have와 함께 TO 하나가 필요합니다",
    },
    "hint.gap_example": {
        "en": "example: csroles gap coordinator team-lead",
        "ko": "예: csroles gap coordinator team-lead",
    },
    "error.interrupted": {"en": "interrupted", "ko": "중단되었습니다"},
    "error.stdin_twice": {
        "en": "standard input can be read only once ({first} and {second} both ask for it)",
        "ko": "표준 입력은 한 번만 읽을 수 있습니다({first}와(과) {second}이(가) 모두 요청합니다)",
    },
    "hint.stdin_once": {
        "en": "keep '-' for one of them and give the other a file",
        "ko": "'-'는 하나에만 쓰고 다른 하나에는 파일을 주세요",
    },
    "error.install_failed": {
        "en": "cannot install the completion script {path}: {reason}",
        "ko": "자동 완성 스크립트 {path}을(를) 설치할 수 없습니다: {reason}",
    },
    "completion.installed": {
        "en": "{shell} completion installed in {path}; it takes effect in a new shell",
        "ko": "{shell} 자동 완성을 {path}에 설치했습니다. 새 셸에서 적용됩니다",
    },
    # -- show ------------------------------------------------------------------------------
    "show.summary": {"en": "Summary", "ko": "요약"},
    "show.responsibilities": {"en": "Responsibilities", "ko": "책임"},
    "show.skills": {"en": "Skills", "ko": "필수 기술"},
    "show.tools": {"en": "Tools and technologies", "ko": "도구 및 기술"},
    "show.career_path": {"en": "Career path", "ko": "경력 경로"},
    "show.rung_positions": {"en": "{text} (positions: {names})", "ko": "{text} (직위: {names})"},
    "show.growth": {"en": "Other ways to grow", "ko": "기타 성장 기회"},
    "show.best_practices": {"en": "Best practices", "ko": "모범 사례"},
    "show.crosswalk": {"en": "In O*NET", "ko": "O*NET 대응 직업"},
    "show.source": {"en": "Source", "ko": "출처"},
    "show.aliases": {"en": "Also called", "ko": "다른 이름"},
    "show.uncategorised": {"en": "Other tools", "ko": "기타 도구"},
    "show.used_for": {"en": "Used for", "ko": "용도"},
    "show.match.exact": {"en": "same job", "ko": "같은 직무"},
    "show.match.close": {"en": "close match", "ko": "가까운 직무"},
    "show.onet_title_translated": {
        "en": "{title} ({translation})",
        "ko": "{title}(번역: {translation})",
    },
    "show.crosswalk_line": {
        "en": '{code} {title} ({match}; O*NET lists it as "{evidence}")',
        "ko": '{code} {title} ({match}, O*NET의 직무명 "{evidence}")',
    },
    "source.published": {"en": "published {date}", "ko": "{date} 게시"},
    "source.in_language": {"en": "in {language}", "ko": "{language}"},
    "source.file": {"en": "file", "ko": "파일"},
    "language.ko": {"en": "Korean", "ko": "한국어"},
    "language.en": {"en": "English", "ko": "영어"},
    # -- column headers -------------------------------------------------------------------
    "col.id": {"en": "id", "ko": "ID"},
    "col.title": {"en": "title", "ko": "직함"},
    "col.title_ko": {"en": "title (Korean)", "ko": "직함(한국어)"},
    "col.title_en": {"en": "title (English)", "ko": "직함(영어)"},
    "col.skills": {"en": "skills", "ko": "기술"},
    "col.tools": {"en": "tools", "ko": "도구"},
    "col.role": {"en": "role", "ko": "역할"},
    "col.roles": {"en": "roles", "ko": "역할"},
    "col.similar": {"en": "similar", "ko": "유사도"},
    "col.shared": {"en": "shared (skills, tools)", "ko": "공통(기술, 도구)"},
    "col.to_add": {"en": "to add (skills, tools)", "ko": "더할 것(기술, 도구)"},
    "col.kind": {"en": "kind", "ko": "종류"},
    "col.item": {"en": "item", "ko": "항목"},
    "col.matched": {"en": "matched", "ko": "일치한 말"},
    "col.score": {"en": "score", "ko": "점수"},
    "col.category": {"en": "category", "ko": "분류"},
    "kind.role": {"en": "role", "ko": "역할"},
    "kind.skill": {"en": "skill", "ko": "기술"},
    "kind.tool": {"en": "tool", "ko": "도구"},
    "kind.category": {"en": "category", "ko": "도구 분류"},
    "kind.area": {"en": "area", "ko": "책임 영역"},
    "kind.text": {"en": "text", "ko": "본문"},
    "dimension.skills": {"en": "Skills", "ko": "기술"},
    "dimension.tools": {"en": "Tools", "ko": "도구"},
    "dimension.areas": {"en": "Responsibility areas", "ko": "책임 영역"},
    # -- compare, similar, matrix, search ---------------------------------------------------
    "compare.overall": {"en": "overall similarity {value}", "ko": "전체 유사도 {value}"},
    "compare.versus": {"en": " vs ", "ko": " 대 "},
    "compare.similarity_line": {
        "en": "Similarity: {figures}; overall **{overall}**.",
        "ko": "유사도: {figures}, 전체 **{overall}**.",
    },
    "compare.dimension_similar": {
        "en": "{dimension}: {value} similar",
        "ko": "{dimension}: 유사도 {value}",
    },
    "compare.dimension_shared_by_all": {
        "en": "{dimension}: {value} shared by all",
        "ko": "{dimension}: 모두 공통 {value}",
    },
    "compare.only_in": {"en": "only in {role}", "ko": "{role}에만"},
    "compare.shared": {"en": "shared", "ko": "공통"},
    "compare.same_kind": {
        "en": "Same kind of tool, different products",
        "ko": "같은 분류, 다른 제품",
    },
    "compare.direction": {
        "en": "Reading direction: 'only in {b}' is what someone in {a} would add to move to {b}.",
        "ko": "읽는 방향: '{b}에만'은 {a}에서 {b}(으)로 옮기려면 더해야 할 것입니다.",
    },
    "compare.covers": {
        "en": "{x} covers {have} of {y}'s {needed} ({pct})",
        "ko": "{x}은(는) {y}의 {needed} 중 {have}개를 갖춤({pct})",
    },
    "compare.count.skills": {"en": "{count|skill}", "ko": "기술 {count}개"},
    "compare.count.tools": {"en": "{count|tool}", "ko": "도구 {count}개"},
    "compare.count.areas": {"en": "{count|responsibility area}", "ko": "책임 영역 {count}개"},
    "compare.coverage": {"en": "Coverage: {figures}.", "ko": "충족: {figures}."},
    "compare.coverage_grid": {
        "en": "{dimension} coverage: the row role has this many of the column role's",
        "ko": "{dimension} 충족: 행의 역할이 열의 역할 항목을 이만큼 갖춤",
    },
    "compare.has_of": {"en": "has \\ of", "ko": "갖춘 쪽 \\ 대상"},
    "similar.covers": {"en": "covers {value}", "ko": "충족 {value}"},
    "similar.by_coverage": {
        "en": "Roles most like {role}, by coverage",
        "ko": "{role}와(과) 가장 비슷한 역할(충족률 순)",
    },
    "similar.title": {"en": "Roles most like {role}", "ko": "{role}와(과) 가장 비슷한 역할"},
    "similar.more": {"en": "(+{count} more)", "ko": "(외 {count}개)"},
    "matrix.title": {"en": "{dimension} × roles", "ko": "{dimension} × 역할"},
    "search.all_roles": {"en": "all {count} roles", "ko": "전체 역할 {count}개"},
    "search.searched_as": {"en": "searched as {query}", "ko": "{query}(으)로 검색함"},
    "search.for_part": {"en": "for {part}", "ko": "{part} 검색 결과"},
    # -- fit (terminal) ------------------------------------------------------------
    "fit.items": {"en": "Your items", "ko": "입력한 항목"},
    "fit.counted": {"en": "{n} of {total} count", "ko": "{total}개 중 {n}개 반영"},
    "fit.ambiguous": {"en": "ambiguous", "ko": "모호함"},
    "fit.unknown": {"en": "unknown", "ko": "찾을 수 없음"},
    "fit.not_counted": {"en": "not counted", "ko": "반영 안 됨"},
    "fit.could_be": {"en": "could be", "ko": "후보"},
    "fit.closest": {"en": "closest", "ko": "가장 가까운 이름"},
    "fit.roles": {
        "en": "Roles by how much of their skills and tools you have",
        "ko": "필요한 기술과 도구를 얼마나 갖췄는지에 따른 역할 순위",
    },
    "fit.role": {"en": "role", "ko": "역할"},
    "fit.fit": {"en": "fit", "ko": "적합도"},
    "fit.skills": {"en": "skills", "ko": "기술"},
    "fit.tools": {"en": "tools", "ko": "도구"},
    "fit.to_add": {"en": "to add", "ko": "더 필요한 것"},
    "fit.know": {"en": "you know", "ko": "아는 도구"},
    "fit.more": {"en": "+{n} more", "ko": "외 {n}개"},
    "fit.more_kinds": {"en": "⇄ +{n|more kind}", "ko": "⇄ 외 {n}종류"},
    "fit.fit_caption": {
        "en": (
            "fit: mean of skill and tool coverage. ⇄ kind: tools to add ← products "
            "you know of that kind (transferable: listed, not counted as covered)."
        ),
        "ko": (
            "적합도: 기술 충족률과 도구 충족률의 평균. "
            "⇄ 종류: 더 필요한 도구 ← 같은 종류로 이미 아는 제품"
            "(전이 가능: 표시만 하고 충족으로 세지 않음)."
        ),
    },
    "fit.coverage": {"en": "You cover", "ko": "충족"},
    "fit.areas": {"en": "areas", "ko": "책임 영역"},
    "fit.learn_skills": {"en": "Skills to learn", "ko": "배울 기술"},
    "fit.learn_tools": {"en": "Tools to learn, by kind", "ko": "종류별로 배울 도구"},
    "fit.learn_areas": {"en": "Responsibility areas new to you", "ko": "새로 맡게 될 책임 영역"},
    "fit.nothing": {"en": "nothing: you have them all", "ko": "없음: 모두 갖추고 있음"},
    "fit.no_skills": {"en": "{role} lists no skills", "ko": "{role}에는 기술이 없음"},
    "fit.no_tools": {"en": "{role} lists no tools", "ko": "{role}에는 도구가 없음"},
    "fit.no_areas": {
        "en": "{role} lists no responsibility areas",
        "ko": "{role}에는 책임 영역이 없음",
    },
    "fit.uncategorised": {"en": "(no category)", "ko": "(분류 없음)"},
    "fit.start_from": {"en": "start from what you know", "ko": "아는 것부터 시작"},
    "fit.plus_own": {"en": "plus your own items", "ko": "본인 항목 추가"},
    "fit.kind_skill": {"en": "skill", "ko": "기술"},
    "fit.kind_tool": {"en": "tool", "ko": "도구"},
    "fit.kind_area": {"en": "area", "ko": "책임 영역"},
    # -- fit and gap (Markdown) -----------------------------------------------------
    "plan.fit_title": {"en": "Roles that fit", "ko": "잘 맞는 역할"},
    "plan.items": {"en": "Items", "ko": "입력한 항목"},
    "plan.your_items": {"en": "Your items", "ko": "입력한 항목"},
    "plan.counts_as": {"en": "counts as", "ko": "인식 결과"},
    "plan.not_counted": {"en": "not counted", "ko": "반영 안 됨"},
    "plan.could_be": {"en": "could be", "ko": "후보"},
    "plan.closest": {"en": "closest", "ko": "가장 가까운 이름"},
    "plan.rank_rule": {
        "en": (
            "Ranked by fit: the mean of skill and tool coverage. A transferable "
            "tool is a product you know of the same kind as one the role uses; it "
            "is listed, not counted as covered."
        ),
        "ko": (
            "적합도(기술 충족률과 도구 충족률의 평균) 순. "
            "전이 가능한 도구는 역할이 쓰는 도구와 같은 종류의 다른 제품을 "
            "알고 있다는 뜻으로, 따로 표시할 뿐 충족으로 세지 않는다."
        ),
    },
    "plan.header": {
        "en": "| # | role | fit | skills | tools | to add | transferable |",
        "ko": "| # | 역할 | 적합도 | 기술 | 도구 | 더 필요한 것 | 전이 가능 |",
    },
    "plan.plan": {"en": "Learning plan", "ko": "학습 계획"},
    "plan.from_to": {"en": "From {a} to {b}.", "ko": "{a} → {b}."},
    "plan.to_only": {"en": "Toward {b}.", "ko": "목표: {b}."},
    "plan.cover": {"en": "You already cover {figures}.", "ko": "이미 갖춘 것: {figures}."},
    "plan.skills": {"en": "skills", "ko": "기술"},
    "plan.tools": {"en": "tools", "ko": "도구"},
    "plan.areas": {"en": "responsibility areas", "ko": "책임 영역"},
    "plan.learn_skills": {"en": "Skills to learn", "ko": "배울 기술"},
    "plan.learn_tools": {"en": "Tools to learn", "ko": "배울 도구"},
    "plan.learn_areas": {"en": "Responsibility areas new to you", "ko": "새로 맡게 될 책임 영역"},
    "plan.nothing": {"en": "Nothing: you have them all.", "ko": "없음: 모두 갖추고 있다."},
    "plan.known": {
        "en": "You know {known}, of the same kind: start from there.",
        "ko": "이미 아는 같은 종류의 도구: {known}. 여기서 시작하면 된다.",
    },
    "plan.uncategorised": {"en": "Other tools", "ko": "기타 도구"},
    "plan.of": {
        "en": "{have} of {needed} {what} ({pct})",
        "ko": "{what} {needed}개 중 {have}개({pct})",
    },
    "plan.kind_skill": {"en": "skill", "ko": "기술"},
    "plan.kind_tool": {"en": "tool", "ko": "도구"},
    "plan.kind_area": {"en": "area", "ko": "책임 영역"},
    # -- validate ---------------------------------------------------------------------------
    "validate.summary": {
        "en": "format version {version}: {errors|error}, {warnings|warning}",
        "ko": "형식 버전 {version}: 오류 {errors}개, 경고 {warnings}개",
    },
    "validate.summary_unknown": {
        "en": "format version unknown: {errors|error}, {warnings|warning}",
        "ko": "형식 버전 알 수 없음: 오류 {errors}개, 경고 {warnings}개",
    },
    # -- dataset problems (validate, and every command that loads a dataset) --------------
    # {name:word} is a value that is itself a word of the catalog (word.<value>).
    "problem.warning": {"en": "warning: ", "ko": "경고: "},
    "problem.not_utf8": {
        "en": "file is not valid UTF-8 (save it as UTF-8)",
        "ko": "UTF-8 파일이 아닙니다(UTF-8로 저장하세요)",
    },
    "problem.nel": {
        "en": "the file contains the control character U+0085 (write it as \\x85)",
        "ko": "파일에 제어 문자 U+0085이(가) 있습니다(\\x85로 쓰세요)",
    },
    "problem.empty_file": {"en": "file is empty", "ko": "파일이 비어 있습니다"},
    "problem.too_many_levels": {
        "en": "nesting is too deep (up to {levels} levels; at most {limit} are read)",
        "ko": "중첩이 너무 깊습니다(최대 {levels}단계, {limit}단계까지만 읽습니다)",
    },
    "problem.too_deep": {"en": "nesting is too deep", "ko": "중첩이 너무 깊습니다"},
    "problem.yaml_syntax": {"en": "YAML syntax error: {detail}", "ko": "YAML 문법 오류: {detail}"},
    "problem.yaml_error": {"en": "YAML error: {detail}", "ko": "YAML 오류: {detail}"},
    "problem.top_level": {
        "en": "the top level must be a mapping with schema_version and roles",
        "ko": "최상위는 schema_version과 roles를 담은 매핑이어야 합니다",
    },
    "problem.version_newer": {
        "en": "format version {version} is newer than this csroles understands ({newest}); "
        "upgrade csroles",
        "ko": "형식 버전 {version}은(는) 이 csroles가 읽는 버전({newest})보다 새롭습니다. "
        "csroles를 업그레이드하세요",
    },
    "problem.version_unknown": {
        "en": "unknown format version {version}",
        "ko": "알 수 없는 형식 버전 {version}",
    },
    "problem.alias": {
        "en": "YAML aliases (*name) are not allowed; write the value out",
        "ko": "YAML 별칭(*이름)은 쓸 수 없습니다. 값을 직접 쓰세요",
    },
    "problem.merge_key": {
        "en": "YAML merge keys (<<) are not allowed; write the keys out",
        "ko": "YAML 병합 키(<<)는 쓸 수 없습니다. 키를 직접 쓰세요",
    },
    "problem.tag": {
        "en": "tag '{tag}' is not allowed (only plain YAML data is read)",
        "ko": "태그 '{tag}'은(는) 쓸 수 없습니다(일반 YAML 데이터만 읽습니다)",
    },
    "problem.not_whole_number": {"en": "must be a whole number", "ko": "정수여야 합니다"},
    "problem.not_date": {
        "en": "must be a date written YYYY-MM-DD",
        "ko": "YYYY-MM-DD 형식의 날짜여야 합니다",
    },
    "problem.not_single": {
        "en": "{what:word} must be a single value, not a {kind:word}",
        "ko": "{what:word}은(는) {kind:word}이(가) 아니라 단일 값이어야 합니다",
    },
    "problem.empty": {"en": "{what:word} is empty", "ko": "{what:word}이(가) 비어 있습니다"},
    "problem.not_text": {
        "en": "{what:word} must be text, not {kind:word} (put it in quotes)",
        "ko": "{what:word}은(는) {kind:word}이(가) 아니라 텍스트여야 합니다(따옴표로 감싸세요)",
    },
    "problem.control": {
        "en": "{what:word} contains the control character {character}",
        "ko": "{what:word}에 제어 문자 {character}이(가) 있습니다",
    },
    "problem.ref_not_slug": {
        "en": "{section:word} id '{id}' is not a slug "
        "(use lowercase letters, digits, '-', '_' and '.')",
        "ko": "{section:word} ID '{id}'은(는) 슬러그가 아닙니다"
        "(영문 소문자, 숫자, '-', '_', '.'만 쓰세요)",
    },
    "problem.id_not_slug": {
        "en": "id '{id}' is not a slug (use lowercase letters, digits, '-', '_' and '.')",
        "ko": "ID '{id}'은(는) 슬러그가 아닙니다(영문 소문자, 숫자, '-', '_', '.'만 쓰세요)",
    },
    "problem.no_match": {
        "en": "'{value}' is not a valid {description}",
        "ko": "'{value}'은(는) 올바른 값이 아닙니다({description})",
    },
    "problem.not_a_choice": {
        "en": "'{value}' is not one of {choices}",
        "ko": "'{value}'은(는) 다음 중 하나여야 합니다: {choices}",
    },
    "problem.listed_twice": {
        "en": "{what:word} '{value}' is listed twice in this {scope:word} (first on line {first})",
        "ko": "{what:word} '{value}'이(가) 이 {scope:word}에 두 번 나옵니다(처음은 {first}번째 줄)",
    },
    "problem.not_a_language": {
        "en": "'{language}' is not a language this format has (use {languages})",
        "ko": "'{language}'은(는) 이 형식의 언어가 아닙니다({languages} 중 하나를 쓰세요)",
    },
    "problem.key_not_plain": {
        "en": "keys must be plain names",
        "ko": "키는 일반 이름이어야 합니다",
    },
    "problem.duplicate_key": {
        "en": "duplicate key (first defined on line {first})",
        "ko": "중복된 키입니다(처음 정의는 {first}번째 줄)",
    },
    "problem.not_object": {
        "en": "must be a mapping of keys to values, not a {kind:word}",
        "ko": "키와 값의 매핑이어야 합니다({kind:word}이(가) 아님)",
    },
    "problem.not_list": {
        "en": "must be a list, not a {kind:word}",
        "ko": "목록이어야 합니다({kind:word}이(가) 아님)",
    },
    "problem.not_map": {
        "en": "must be a mapping of ids to entries, not a {kind:word}",
        "ko": "ID와 항목의 매핑이어야 합니다({kind:word}이(가) 아님)",
    },
    "problem.unknown_key": {"en": "unknown key '{key}'", "ko": "알 수 없는 키 '{key}'"},
    "problem.unknown_key_near": {
        "en": "unknown key '{key}' (did you mean '{near}'?)",
        "ko": "알 수 없는 키 '{key}'('{near}'을(를) 찾으셨나요?)",
    },
    "problem.missing_key": {
        "en": "missing required key '{key}'",
        "ko": "필수 키 '{key}'이(가) 없습니다",
    },
    "problem.unknown_ref": {
        "en": "unknown {section:word} '{id}'",
        "ko": "알 수 없는 {section:word} '{id}'",
    },
    "problem.unknown_ref_near": {
        "en": "unknown {section:word} '{id}' (did you mean '{near}'?)",
        "ko": "알 수 없는 {section:word} '{id}'('{near}'을(를) 찾으셨나요?)",
    },
    "problem.unused": {
        "en": "{section:word} '{id}' is defined but no role uses it",
        "ko": "{section:word} '{id}'이(가) 정의되어 있지만 쓰는 역할이 없습니다",
    },
    "problem.name_clash": {
        "en": "name '{name}' also belongs to {section:word} '{other}'; "
        "a name must mean one {section:word}",
        "ko": "이름 '{name}'은(는) {section:word} '{other}'에도 속합니다. "
        "이름 하나는 하나만 가리켜야 합니다",
    },
    "problem.no_such_file": {"en": "no such file", "ko": "파일이 없습니다"},
    "problem.is_directory": {
        "en": "is a directory, not a dataset file",
        "ko": "데이터 파일이 아니라 디렉터리입니다",
    },
    "problem.permission_denied": {"en": "permission denied", "ko": "권한이 없습니다"},
    "problem.cannot_read": {"en": "cannot read: {reason}", "ko": "읽을 수 없습니다: {reason}"},
    "problem.file_too_large": {
        "en": "file is too large ({size} bytes; the limit is {limit})",
        "ko": "파일이 너무 큽니다({size}바이트, 한도 {limit})",
    },
    "problem.stdin_closed": {"en": "standard input is closed", "ko": "표준 입력이 닫혀 있습니다"},
    "problem.input_too_large": {
        "en": "input is too large (the limit is {limit} bytes)",
        "ko": "입력이 너무 큽니다(한도 {limit}바이트)",
    },
    # the words of problems ({what:word} and the like)
    "word.value": {"en": "value", "ko": "값"},
    "word.yes": {"en": "yes", "ko": "예"},
    "word.no": {"en": "no", "ko": "아니요"},
    "word.text": {"en": "text", "ko": "텍스트"},
    "word.mapping": {"en": "mapping", "ko": "매핑"},
    "word.list": {"en": "list", "ko": "목록"},
    "word.empty_value": {"en": "empty value", "ko": "빈 값"},
    "word.single_value": {"en": "single value", "ko": "단일 값"},
    "word.a_number": {"en": "a number", "ko": "숫자"},
    "word.a_boolean": {"en": "true or false", "ko": "참/거짓 값"},
    "word.a_single_value": {"en": "a single value", "ko": "단일 값"},
    "word.skill": {"en": "skill", "ko": "기술"},
    "word.tool": {"en": "tool", "ko": "도구"},
    "word.category": {"en": "category", "ko": "도구 분류"},
    "word.area": {"en": "area", "ko": "책임 영역"},
    "word.role": {"en": "role", "ko": "역할"},
    "word.responsibility": {"en": "responsibility", "ko": "책임"},
    "word.position": {"en": "position", "ko": "직위"},
    # -- ladder and path (their own words are in ladder_catalog.py) -------------------------
    "error.unknown_position": {
        "en": "unknown position {name}",
        "ko": "{name} 직위를 찾을 수 없습니다",
    },
    "error.ambiguous_position": {
        "en": "{name} could name several positions",
        "ko": "{name}은(는) 여러 직위를 가리킬 수 있습니다",
    },
    "hint.run_ladder": {
        "en": "run 'csroles ladder' to see the positions",
        "ko": "'csroles ladder'로 직위를 볼 수 있습니다",
    },
    # -- team (command line, output) -------------------------------------------------------
    "error.bad_fraction": {
        "en": "{option} must be a share from 0 to 1 or a percentage, not {value}",
        "ko": "{option}은(는) 0에서 1 사이의 비율이나 백분율이어야 합니다({value}은(는) 안 됨)",
    },
    "hint.fraction": {
        "en": "write 0.6 or 60% for sixty percent",
        "ko": "60퍼센트는 0.6 또는 60%로 쓰세요",
    },
    "error.xlsx_needs_output": {
        "en": "--format xlsx writes a workbook file: name it with --output FILE",
        "ko": "--format xlsx는 통합 문서 파일을 씁니다: --output FILE로 파일을 지정하세요",
    },
    "hint.xlsx_output": {
        "en": "example: --format xlsx --output team.xlsx (--output - writes it to a pipe)",
        "ko": "예: --format xlsx --output team.xlsx(--output -는 파이프로 씁니다)",
    },
    "error.xlsx_to_terminal": {
        "en": "an xlsx workbook is not for a terminal",
        "ko": "xlsx 통합 문서는 터미널에 출력할 수 없습니다",
    },
    "error.output_only_xlsx": {
        "en": "--output is for --format xlsx",
        "ko": "--output은 --format xlsx에만 씁니다",
    },
    "hint.redirect": {
        "en": "other formats go to standard output: redirect it, as in > result.csv",
        "ko": "다른 형식은 표준 출력으로 나갑니다: > result.csv처럼 리디렉션하세요",
    },
    "error.output_is_input": {
        "en": "--output {path} is the input file; it is never overwritten",
        "ko": "--output {path}은(는) 입력 파일이라 덮어쓰지 않습니다",
    },
    "error.output_file_failed": {
        "en": "cannot write {path}: {reason}",
        "ko": "{path}을(를) 쓸 수 없습니다: {reason}",
    },
}

_LIST_WORDS = {"en": " or ", "ko": ", "}
_COUNTED = re.compile(r"\{(\w+)\|([\w ]+)\}")
_WORD = re.compile(r"\{(\w+):word\}")


# Areas of the catalog kept in modules of their own (under cs_roles), by the first part of
# their keys: a command that prints none of their words never imports them.
AREAS = {
    **dict.fromkeys(("roster", "team", "teamplan"), "team_catalog"),
    **dict.fromkeys(("level", "ladder", "route"), "ladder_catalog"),
    "usage": "usage_catalog",
}
_loaded: set[str] = set()


def _load_area(prefix: str) -> None:
    module = AREAS.get(prefix)
    if module is not None and module not in _loaded:
        from importlib import import_module

        CATALOG.update(import_module(f"cs_roles.{module}").CATALOG)
        _loaded.add(module)


def labels(prefix: str, lang: str) -> dict[str, str]:
    """Every template under `prefix.` in one language, for renderers with many labels."""
    _load_area(prefix)
    first = lang.partition("+")[0]
    start = prefix + "."
    return {
        key[len(start) :]: CATALOG[key].get(first) or CATALOG[key]["en"]
        for key in list(CATALOG)
        if key.startswith(start)
    }


def echo(value: str, limit: int = 60) -> str:
    """User input as it may safely be shown: quoted, control characters escaped, at most
    `limit` characters (the rest counted, not printed)."""
    escaped = "".join(
        ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii")
        for ch in value[: limit + 1]
    )
    if len(value) > limit:
        # how many characters are left out, in figures: the sentence's language is not known
        return f"'{escaped[:limit]}…' (+{len(value) - limit:,})"
    return f"'{escaped}'"


def join_choices(items: list[str], lang: str) -> str:
    quoted = [f"'{item}'" for item in items]
    if len(quoted) <= 1:
        return "".join(quoted)
    word = _LIST_WORDS.get(lang.partition("+")[0], " or ")
    return ", ".join(quoted[:-1]) + word + quoted[-1]


def text(key: str, lang: str, /, **params: object) -> str:
    """The catalog text for `key` in `lang` (English where a language has none)."""
    if key not in CATALOG:
        _load_area(key.partition(".")[0])
    entry = CATALOG[key]
    first = lang.partition("+")[0]
    template = entry.get(first) or entry["en"]
    if "|" in template:  # {count|problem}: "1 problem", "3 problems"
        template = _COUNTED.sub(lambda m: _counted(params[m[1]], m[2]), template)
    if ":word}" in template:  # {kind:word}: the value names a word of the catalog
        template = _WORD.sub(lambda m: text(f"word.{params[m[1]]}", lang), template)
    values = {
        name: join_choices([str(v) for v in value], lang)
        if isinstance(value, list)
        else value.worded(first)
        if isinstance(value, Worded)
        else value
        for name, value in params.items()
    }
    sentence = template.format(**values)
    if first == "ko" and "(" in sentence:
        from cs_roles.korean_particles import agree

        return agree(sentence)
    return sentence


def _counted(count: object, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
