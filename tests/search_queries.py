"""Labelled search queries, and the skill notes and tool purposes some of them search.

Each query names what it should find first (`kind:id`; alternatives separated by `|` when
several items are equally right, and one expectation per part, separated by `,`, for a
list query), what it exercises, its half of the set, and the data it runs against:
`bundled` (data/roles.yaml), `notes` (the bundled data with NOTES added to its role
records) or `onet` (the O*NET 29.2 conversion, when shared/onet-29.2 is present).

The split into a tuning half and a held-out half is fixed here, alternating within each
category in the order written, and was committed before any scoring change was tuned.
No scoring change is tuned on the held-out half: it only measures.
"""

from __future__ import annotations

import unicodedata
from typing import NamedTuple


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


class Q(NamedTuple):
    text: str
    expect: str
    category: str
    split: str  # "tune" or "held"
    data: str = "bundled"

    def wanted(self) -> list[set[tuple[str, str]]]:
        """For each part of the query, the (kind, id) pairs that count as right."""
        return [
            {(kind, ident) for kind, _, ident in (a.partition(":") for a in part.split("|"))}
            for part in self.expect.split(",")
        ]


QUERIES: list[Q] = [
    # exact
    Q("Zendesk", "tool:zendesk", "exact", "tune"),
    Q("Salesforce", "tool:salesforce", "exact", "held"),
    Q("Communication", "skill:communication", "exact", "tune"),
    Q("Customer Service Team Lead", "role:team-lead", "exact", "held"),
    Q("Time management", "skill:time-management", "exact", "tune"),
    Q("Microsoft Teams", "tool:microsoft-teams", "exact", "held"),
    Q("coordinator", "role:coordinator", "exact", "tune"),
    # v3 data: CSA, the article's own abbreviation, is an alias of the support manager
    Q("CSA", "role:support-manager", "exact", "held"),
    Q("Emotional intelligence", "skill:emotional-intelligence", "exact", "tune"),
    Q("Call center", "category:call-center", "exact", "held"),
    Q("Policies and procedures", "area:policy", "exact", "tune"),
    # exact-ko
    Q("고객 서비스 조정자", "role:coordinator", "exact-ko", "tune"),
    Q("의사소통", "skill:communication", "exact-ko", "held"),
    Q("감정 지능", "skill:emotional-intelligence", "exact-ko", "tune"),
    Q("지식 관리", "category:knowledge-base", "exact-ko", "held"),
    Q("챗봇", "tool:chatbots", "exact-ko", "tune"),
    Q("고객 지원 관리자", "role:support-manager", "exact-ko", "held"),
    # typo
    Q("zendsk", "tool:zendesk", "typo", "tune"),
    Q("salesfroce", "tool:salesforce", "typo", "held"),
    Q("hubspott", "tool:hubspot", "typo", "tune"),
    Q("confluance", "tool:confluence", "typo", "held"),
    Q("tableu", "tool:tableau", "typo", "tune"),
    Q("qualtrix", "tool:qualtrics", "typo", "held"),
    Q("emphaty", "skill:empathy", "typo", "tune"),
    Q("comunication", "skill:communication", "typo", "held"),
    Q("leadershp", "skill:leadership", "typo", "tune"),
    Q("adaptibility", "skill:adaptability", "typo", "held"),
    Q("surveymonky", "tool:surveymonkey", "typo", "tune"),
    Q("freshdeks", "tool:freshdesk", "typo", "held"),
    Q("coordinater", "role:coordinator", "typo", "tune"),
    Q("multitaskng", "skill:multitasking", "typo", "held"),
    # typo-ko
    Q("커뮤니캐이션", "skill:communication", "typo-ko", "tune"),
    Q("리더쉽", "skill:leadership", "typo-ko", "held"),
    Q("젠대스크", "tool:zendesk", "typo-ko", "tune"),
    Q("적응럭", "skill:adaptability", "typo-ko", "held"),
    Q("멀티테스킹", "skill:multitasking", "typo-ko", "tune"),
    Q("세일즈포쓰", "tool:salesforce", "typo-ko", "held"),
    Q("인내싱", "skill:patience", "typo-ko", "tune"),
    # choseong
    Q("ㅈㄷㅅㅋ", "tool:zendesk", "choseong", "tune"),
    Q("ㄱㄷ ㅎㄱ", "skill:conflict-resolution", "choseong", "held"),
    Q("ㅇㅅㅅㅌ", "skill:communication", "choseong", "tune"),
    Q("ㄹㄷㅅ", "skill:leadership", "choseong", "held"),
    Q("ㄱㄱ ㄱㄱ ㄱㄹ", "category:crm", "choseong", "tune"),
    Q("ㄱㄱ ㅅㅂㅅ ㅌ ㄹㄷ", "role:team-lead", "choseong", "held"),
    Q("ㄱㅈ ㅈㄴ", "skill:emotional-intelligence", "choseong", "tune"),
    # spacing
    Q("팀리더", "role:team-lead", "spacing", "tune"),
    Q("시간관리", "skill:time-management", "spacing", "held"),
    Q("help desk", "category:help-desk", "spacing", "tune"),
    Q("PowerBI", "tool:power-bi", "spacing", "held"),
    Q("micro soft teams", "tool:microsoft-teams", "spacing", "tune"),
    Q("감정지능", "skill:emotional-intelligence", "spacing", "held"),
    # case
    Q("ZENDESK", "tool:zendesk", "case", "tune"),
    Q("SALESFORCE", "tool:salesforce", "case", "held"),
    # spacing
    Q("고객서비스조정자", "role:coordinator", "spacing", "tune"),
    # nfd
    Q(nfd("팀 리더"), "role:team-lead", "nfd", "tune"),
    Q(nfd("커뮤니케이션"), "skill:communication", "nfd", "held"),
    Q(nfd("젠데스크"), "tool:zendesk", "nfd", "tune"),
    Q(nfd("공감"), "skill:empathy", "nfd", "held"),
    # product-ko
    Q("젠데스크", "tool:zendesk", "product-ko", "tune"),
    Q("인터컴", "tool:intercom", "product-ko", "held"),
    Q("후트스위트", "tool:hootsuite", "product-ko", "tune"),
    Q("슬랙", "tool:slack", "product-ko", "held"),
    Q("세일즈포스", "tool:salesforce", "product-ko", "tune"),
    Q("태블로", "tool:tableau", "product-ko", "held"),
    Q("노션", "tool:notion", "product-ko", "tune"),
    Q("팀즈", "tool:microsoft-teams", "product-ko", "held"),
    # partial
    Q("jira", "tool:jira-service-management", "partial", "tune"),
    Q("monkey", "tool:surveymonkey", "partial", "held"),
    Q("sprout", "tool:sprout-social", "partial", "tune"),
    Q("talent", "tool:talentlms", "partial", "held"),
    Q("maestro", "tool:maestroqa", "partial", "tune"),
    Q("document", "tool:document360", "partial", "held"),
    Q("analytics", "category:analytics", "partial", "tune"),
    # sentence
    Q("webinars", "text:support-manager.best_practices[0]", "sentence", "tune"),
    Q("mindfulness", "text:support-manager.best_practices[2]", "sentence", "held"),
    Q("billing", "text:coordinator.responsibilities[1]", "sentence", "tune"),
    Q("mediate", "text:team-lead.responsibilities[8]", "sentence", "held"),
    Q("웨비나", "text:support-manager.best_practices[0]", "sentence", "tune"),
    Q("마음 챙김", "text:support-manager.best_practices[2]", "sentence", "held"),
    Q("청구", "text:coordinator.responsibilities[1]", "sentence", "tune"),
    Q("schedules", "text:team-lead.responsibilities[0]", "sentence", "held"),
    Q("work-life balance", "text:support-manager.best_practices[2]", "sentence", "tune"),
    Q("mindfulnes", "text:support-manager.best_practices[2]", "sentence", "held"),
    Q("integrity", "text:operations-manager.best_practices[5]", "sentence", "tune"),
    Q("budget", "area:budget", "sentence", "held"),  # v2 data: budget is its own area
    # layout-en
    Q("wpseptmzm", "tool:zendesk", "layout-en", "tune"),
    Q("flejtlq", "skill:leadership", "layout-en", "held"),
    Q("tmffor", "tool:slack", "layout-en", "tune"),
    Q("dmltkthxhd", "skill:communication", "layout-en", "held"),
    Q("rhdrka", "skill:empathy", "layout-en", "tune"),
    Q("tpdlfwmvhtm", "tool:salesforce", "layout-en", "held"),
    Q("cotqht", "tool:chatbots", "layout-en", "tune"),
    Q("xlawm", "tool:microsoft-teams", "layout-en", "held"),
    Q("rkfemd goruf", "skill:conflict-resolution", "layout-en", "tune"),
    Q("tlrks rhksfl", "skill:time-management", "layout-en", "held"),
    Q("dlssotla", "skill:patience", "layout-en", "tune"),
    Q("wjrdmdfur", "skill:adaptability", "layout-en", "held"),
    Q("shtus", "tool:notion", "layout-en", "tune"),
    Q("xoqmffh", "tool:tableau", "layout-en", "held"),
    Q("zhf tpsxj", "category:call-center", "layout-en", "tune"),
    Q("vnawlf qhwmd", "category:quality-assurance|area:quality-assurance", "layout-en", "held"),
    Q("rhror wldnjs rhksflwk", "role:support-manager", "layout-en", "tune"),
    Q("xla flej", "role:team-lead", "layout-en", "held"),
    # 팀리더 typed in the English layout (issue: `show` once refused what `search` found)
    Q("xlaflej", "role:team-lead", "layout-en", "tune"),
    Q("ajfxlxotmzld", "skill:multitasking", "layout-en", "tune"),
    Q("gjqmtmvkt", "tool:hubspot", "layout-en", "held"),
    Q("dlsxjzja", "tool:intercom", "layout-en", "tune"),
    Q("zjabslzpdltus", "skill:communication", "layout-en", "held"),
    Q("rkawjd wlsmd", "skill:emotional-intelligence", "layout-en", "tune"),
    Q("wna", "tool:zoom", "layout-en", "held"),
    Q("dnpqlsk", "text:support-manager.best_practices[0]", "layout-en", "tune"),
    Q("wltlr rhksfl", "category:knowledge-base", "layout-en", "held"),
    Q("vmfhwprxm rhksfl", "skill:project-management", "layout-en", "tune"),
    # layout-ko
    Q("님차", "tool:slack", "layout-ko", "tune"),
    Q("ㅋ둥ㄷ나", "tool:zendesk", "layout-ko", "held"),
    Q("채ㅡㅡㅕㅜㅑㅊㅁ샤ㅐㅜ", "skill:communication", "layout-ko", "tune"),
    Q("ㅗㅕㅠ네ㅐㅅ", "tool:hubspot", "layout-ko", "held"),
    Q("드ㅔㅁ소ㅛ", "skill:empathy", "layout-ko", "tune"),
    Q("ㅓㅑㄱㅁ", "tool:jira-service-management", "layout-ko", "held"),
    Q("ㅅ뮤ㅣㄷ며", "tool:tableau", "layout-ko", "tune"),
    Q("캐ㅐㅡ", "tool:zoom", "layout-ko", "held"),
    Q("ㅜㅐ샤ㅐㅜ", "tool:notion", "layout-ko", "tune"),
    Q("ㅁㄴ뭄", "tool:asana", "layout-ko", "held"),
    Q("ㅅㄷ믄", "tool:microsoft-teams", "layout-ko", "tune"),
    Q("ㅡㅐㅐ읻", "tool:moodle", "layout-ko", "held"),
    Q("ㅎ개ㅐㅍㄷ", "tool:groove", "layout-ko", "tune"),
    Q("ㅏ묘마ㅐ", "tool:kayako", "layout-ko", "held"),
    Q("ㅣㅐㅐㅏㄷㄱ", "tool:looker", "layout-ko", "tune"),
    Q("ㅠㅕㄹㄹㄷㄱ", "tool:buffer", "layout-ko", "held"),
    Q("ㅋ메ㅑㄷㄱ", "tool:zapier", "layout-ko", "tune"),
    Q("ㅣㄷㅁㅇㄷㄱ노ㅑㅔ", "skill:leadership", "layout-ko", "held"),
    Q("ㅔㅁ샤둧ㄷ", "skill:patience", "layout-ko", "tune"),
    Q("ㄴ믿ㄴ랙ㅊㄷ", "tool:salesforce", "layout-ko", "held"),
    Q("채ㅜ리ㅕ둧ㄷ", "tool:confluence", "layout-ko", "tune"),
    Q("ㄹㄱㄷ농ㄷ나", "tool:freshdesk", "layout-ko", "held"),
    Q("벼밋걏ㄴ", "tool:qualtrics", "layout-ko", "tune"),
    Q("쇼ㅔㄷ래그", "tool:typeform", "layout-ko", "held"),
    Q("ㅑㅜㅅㄷㄱ채ㅡ", "tool:intercom", "layout-ko", "tune"),
    Q("ㅡㅕㅣ샷ㅁ나ㅑㅜㅎ", "skill:multitasking", "layout-ko", "held"),
    Q("ㅊ미ㅣ ㅊ둣ㄷㄱ", "category:call-center", "layout-ko", "tune"),
    # compound
    Q(
        "고객만족",
        # every text of the v2 data that says 고객 만족
        "text:experience-manager.summary"
        "|text:experience-manager.responsibilities[0]"
        "|text:operations-manager.summary"
        "|text:operations-manager.responsibilities[5]"
        "|text:operations-manager.responsibilities[7]"
        "|text:operations-manager.best_practices[1]"
        "|text:operations-manager.tool_purposes[quality-assurance]"
        "|text:support-manager.summary"
        "|text:support-manager.career_path[3]"
        "|text:support-manager.best_practices[4]"
        "|text:coordinator.summary"
        "|text:coordinator.responsibilities[5]"
        "|text:coordinator.growth[1]"
        "|text:coordinator.best_practices[4]"
        "|text:team-lead.summary"
        "|text:team-lead.responsibilities[1]"
        "|text:team-lead.responsibilities[6]"
        "|text:team-lead.career_path[2]"
        "|text:team-lead.tool_purposes[feedback]",
        "compound",
        "tune",
    ),
    Q("품질보증", "category:quality-assurance|area:quality-assurance", "compound", "held"),
    Q("콜센터", "category:call-center", "compound", "tune"),
    Q("helpdesk", "category:help-desk", "compound", "held"),
    Q("고객경험", "area:customer-experience|role:experience-manager", "compound", "tune"),
    Q("문제해결", "skill:problem-solving|area:issue-resolution", "compound", "held"),
    Q("프로세스개선", "area:process-improvement", "compound", "tune"),
    Q("성과모니터링", "area:performance", "compound", "held"),
    Q("고객피드백", "area:feedback", "compound", "tune"),
    Q("실시간채팅", "tool:live-chat", "compound", "held"),
    Q("지식관리", "category:knowledge-base", "compound", "tune"),
    Q(
        "응답시간",
        "text:operations-manager.responsibilities[2]|text:coordinator.responsibilities[5]|text:coordinator.best_practices[4]|text:team-lead.responsibilities[1]",
        "compound",
        "held",
    ),
    Q(
        "고객만족도",
        "text:coordinator.responsibilities[5]|text:team-lead.responsibilities[1]|text:team-lead.responsibilities[6]",
        "compound",
        "tune",
    ),
    Q("표준운영절차", "text:operations-manager.responsibilities[2]", "compound", "held"),
    Q("livechat", "tool:live-chat", "compound", "tune"),
    Q("socialmedia", "category:social-media", "compound", "held"),
    Q("timemanagement", "skill:time-management", "compound", "tune"),
    Q("customerexperience", "area:customer-experience|role:experience-manager", "compound", "held"),
    Q("problemsolving", "skill:problem-solving", "compound", "tune"),
    Q("teamlead", "role:team-lead", "compound", "held"),
    Q(
        "작업흐름",
        "text:support-manager.best_practices[4]|text:support-manager.tool_purposes[help-desk]",
        "compound",
        "tune",
    ),
    Q("한걸음", "text:operations-manager.best_practices[1]", "compound", "held"),
    Q("갈등해결", "skill:conflict-resolution|area:conflict-resolution", "compound", "tune"),
    Q(
        "정기교육",
        "text:experience-manager.responsibilities[1]|text:operations-manager.responsibilities[1]"
        "|text:team-lead.best_practices[8]",
        "compound",
        "held",
    ),
    Q(
        "고객여정",
        "text:experience-manager.summary|text:experience-manager.responsibilities[3]",
        "compound",
        "tune",
    ),
    Q("worklife balance", "text:support-manager.best_practices[2]", "compound", "held"),
    Q("datadriven", "text:coordinator.best_practices[4]", "compound", "tune"),
    # phrase
    Q(
        "first response time",
        "text:operations-manager.responsibilities[2]|text:coordinator.responsibilities[5]|text:coordinator.best_practices[4]|text:team-lead.responsibilities[1]",
        "phrase",
        "tune",
    ),
    Q(
        "customer satisfaction scores",
        "text:coordinator.responsibilities[5]|text:team-lead.responsibilities[1]",
        "phrase",
        "held",
    ),
    Q(
        "response time and resolution rate",
        "text:coordinator.responsibilities[5]",
        "phrase",
        "tune",
    ),
    Q(
        "track response time",
        "text:coordinator.responsibilities[5]|text:coordinator.best_practices[4]|text:team-lead.responsibilities[1]",
        "phrase",
        "held",
    ),
    Q("resolution speed", "text:team-lead.responsibilities[1]", "phrase", "tune"),
    Q(
        "standard operating procedures",
        "text:operations-manager.responsibilities[2]",
        "phrase",
        "held",
    ),
    Q(
        "customer journey pain points",
        "text:experience-manager.responsibilities[3]",
        "phrase",
        "tune",
    ),
    Q("performance reviews", "text:operations-manager.responsibilities[1]", "phrase", "held"),
    Q("voice of the customer", "text:experience-manager.summary", "phrase", "tune"),
    Q("going the extra mile", "text:operations-manager.best_practices[1]", "phrase", "held"),
    Q("workshops and webinars", "text:support-manager.best_practices[0]", "phrase", "tune"),
    Q("schedules and business hours", "text:team-lead.responsibilities[0]", "phrase", "held"),
    Q(
        "technical support billing and sales",
        "text:coordinator.responsibilities[1]",
        "phrase",
        "tune",
    ),
    Q(
        "응답 시간 단축",
        "text:coordinator.summary|text:operations-manager.responsibilities[2]",
        "phrase",
        "held",
    ),
    Q(
        "고객 만족도 점수",
        "text:coordinator.responsibilities[5]|text:team-lead.responsibilities[1]",
        "phrase",
        "tune",
    ),
    Q("표준 운영 절차", "text:operations-manager.responsibilities[2]", "phrase", "held"),
    Q("고객 여정의 불편 지점", "text:experience-manager.responsibilities[3]", "phrase", "tune"),
    Q("정기 보고서", "text:team-lead.responsibilities[6]", "phrase", "held"),
    Q(
        "monitor quality of customer interactions",
        "text:team-lead.responsibilities[4]",
        "phrase",
        "tune",
    ),
    Q("customer lifecycle touchpoints", "text:experience-manager.summary", "phrase", "held"),
    Q("healthy work life balance", "text:support-manager.best_practices[2]", "phrase", "tune"),
    Q(
        "satisfaction and loyalty strategy",
        # Label corrected: coordinator.career_path[3] holds these very words.
        "text:coordinator.career_path[3]|text:experience-manager.responsibilities[0]",
        "phrase",
        "held",
    ),
    # acronym
    Q("AI", "category:ai-automation|tool:ai-support-tools", "acronym", "tune"),
    Q("CRM", "category:crm", "acronym", "held"),
    Q("LMS", "category:learning", "acronym", "tune"),
    Q("QA", "category:quality-assurance|area:quality-assurance", "acronym", "held"),
    Q(
        "KPI",
        "text:experience-manager.responsibilities[5]|text:operations-manager.responsibilities[0]|text:coordinator.responsibilities[5]|text:coordinator.best_practices[4]",
        "acronym",
        "tune",
    ),
    Q("EQ", "skill:emotional-intelligence", "acronym", "held"),
    Q("GA", "tool:google-analytics", "acronym", "tune"),
    Q("CX", "role:experience-manager", "acronym", "held"),
    Q("BI", "tool:power-bi", "acronym", "tune"),
    Q("MS", "tool:microsoft-teams", "acronym", "held"),
    # (SOP is gone: the v2 data no longer abbreviates what its article never abbreviates)
    Q("ai", "category:ai-automation|tool:ai-support-tools", "acronym", "held"),
    Q("crm", "category:crm", "acronym", "tune"),
    Q("AI tools", "tool:ai-support-tools", "acronym", "held"),
    Q("QA processes", "text:team-lead.responsibilities[4]", "acronym", "tune"),
    Q(
        "KPIs",
        "text:experience-manager.responsibilities[5]|text:operations-manager.responsibilities[0]|text:coordinator.responsibilities[5]|text:coordinator.best_practices[4]",
        "acronym",
        "held",
    ),
    Q("lms", "category:learning", "acronym", "tune"),
    Q("CX manager", "role:experience-manager", "acronym", "held"),
    # separation
    Q("custmer servce coordinater", "role:coordinator", "separation", "tune"),
    Q("custmer suport manger", "role:support-manager", "separation", "held"),
    Q("customer experiance manager", "role:experience-manager", "separation", "tune"),
    Q("operatons manager", "role:operations-manager", "separation", "held"),
    Q("team leed", "role:team-lead", "separation", "tune"),
    Q(
        "conflct resolution",
        "skill:conflict-resolution|area:conflict-resolution",
        "separation",
        "held",
    ),
    Q("emotinal inteligence", "skill:emotional-intelligence", "separation", "tune"),
    Q("time managment", "skill:time-management", "separation", "held"),
    Q("problem solvng", "skill:problem-solving", "separation", "tune"),
    Q("atention to detial", "skill:attention-to-detail", "separation", "held"),
    Q("jira servce desk", "tool:jira-service-management", "separation", "tune"),
    Q("live chat sofware", "tool:live-chat", "separation", "held"),
    Q("customer feedbak analytics", "tool:feedback-analytics", "separation", "tune"),
    Q("sprout socail", "tool:sprout-social", "separation", "held"),
    Q("google analitics", "tool:google-analytics", "separation", "tune"),
    Q("microsft power bi", "tool:power-bi", "separation", "held"),
    Q("knowlege management", "category:knowledge-base", "separation", "tune"),
    Q(
        "quality assurence",
        "category:quality-assurance|area:quality-assurance",
        "separation",
        "held",
    ),
    Q("proces improvement", "area:process-improvement", "separation", "tune"),
    Q(
        "budjet and resources",
        "area:budget|text:operations-manager.responsibilities[4]",
        "separation",
        "held",
    ),
    Q("고객 서비스 운영 관리쟈", "role:operations-manager", "separation", "tune"),
    Q("고객 서비스 팀 리도", "role:team-lead", "separation", "held"),
    Q("virtual asistants", "tool:virtual-assistants", "separation", "tune"),
    # list
    Q(
        "communication,empathy,zendesk",
        "skill:communication,skill:empathy,tool:zendesk",
        "list",
        "tune",
    ),
    Q("리더십, 공감, 슬랙", "skill:leadership,skill:empathy,tool:slack", "list", "held"),
    Q("slack\nzoom", "tool:slack,tool:zoom", "list", "tune"),
    Q("zendsk, freshdeks", "tool:zendesk,tool:freshdesk", "list", "held"),
    Q("CRM, LMS", "category:crm,category:learning", "list", "tune"),
    Q("팀리더,고객 지원 관리자", "role:team-lead,role:support-manager", "list", "held"),
    Q("wpseptmzm,tmffor", "tool:zendesk,tool:slack", "list", "tune"),
    Q(
        "conflict resolution, time management",
        "skill:conflict-resolution,skill:time-management",
        "list",
        "held",
    ),
    Q("hubspot,,salesforce", "tool:hubspot,tool:salesforce", "list", "tune"),
    Q("empathy, ㅈㄷㅅㅋ", "skill:empathy,tool:zendesk", "list", "held"),
    Q(
        "webinars, mindfulness",
        "text:support-manager.best_practices[0],text:support-manager.best_practices[2]",
        "list",
        "tune",
    ),
    Q("tableau\nlooker\nqualtrics", "tool:tableau,tool:looker,tool:qualtrics", "list", "held"),
    # note: skill notes and tool purposes of the curated data (written after the scorer was
    # final, so none of these tuned it; half are held out all the same)
    Q("call routing", "text:team-lead.tool_purposes[call-center]", "note", "tune"),
    Q("콜 라우팅", "text:team-lead.tool_purposes[call-center]", "note", "held"),
    Q("통화 녹음", "text:team-lead.tool_purposes[call-center]", "note", "tune"),
    Q("inbound and outbound calls", "text:team-lead.tool_purposes[call-center]", "note", "held"),
    Q("training materials", "text:team-lead.tool_purposes[learning]", "note", "tune"),
    Q("교육 자료와 프로그램", "text:team-lead.tool_purposes[learning]", "note", "held"),
    Q(
        "central knowledge repository",
        "text:operations-manager.tool_purposes[knowledge-base]",
        "note",
        "tune",
    ),
    Q(
        "중앙 집중식 저장소",
        "text:operations-manager.tool_purposes[knowledge-base]",
        "note",
        "held",
    ),
    Q(
        "gauge how satisfied customers are",
        "text:team-lead.tool_purposes[feedback]",
        "note",
        "tune",
    ),
    Q("고객 만족 수준을 가늠", "text:team-lead.tool_purposes[feedback]", "note", "held"),
    Q(
        "critical thinking and creativity",
        "text:coordinator.skill_notes[problem-solving]",
        "note",
        "tune",
    ),
    Q("비판적 사고와 창의성", "text:coordinator.skill_notes[problem-solving]", "note", "held"),
    Q("root cause", "text:operations-manager.skill_notes[problem-solving]", "note", "tune"),
    Q("근본 원인", "text:operations-manager.skill_notes[problem-solving]", "note", "held"),
    Q(
        "specific technical knowledge",
        "text:support-manager.skill_notes[technical-proficiency]",
        "note",
        "tune",
    ),
    Q("특정 기술 지식", "text:support-manager.skill_notes[technical-proficiency]", "note", "held"),
    Q(
        "evaluate customer interactions",
        "text:operations-manager.tool_purposes[quality-assurance]",
        "note",
        "tune",
    ),
    Q(
        "서비스 품질 기준에 맞는지",
        "text:operations-manager.tool_purposes[quality-assurance]",
        "note",
        "held",
    ),
    Q("spotting trends reporting", "text:support-manager.tool_purposes[analytics]", "note", "tune"),
    Q("트렌드 파악", "text:support-manager.tool_purposes[analytics]", "note", "held"),
    # concept: words people use for a category, area or skill, which the vocabulary of
    # concepts (data, format version 3) maps; written, and split, before its terms were chosen.
    # Six (customer satisfaction score, 고객 만족도 점수, standard operating procedure,
    # 표준 운영 절차, voice of the customer, 고객 여정) also accept the text they quote, after the
    # first run: older labelled queries already make that text the answer to those very
    # words, so the vocabulary leaves them out. Strictly as first labelled, they are misses.
    Q("survey tool", "category:feedback", "concept", "tune"),
    Q("ticketing system", "category:help-desk", "concept", "held"),
    Q("call center software", "category:call-center", "concept", "tune"),
    Q("coaching", "area:training", "concept", "held"),
    Q("survey software", "category:feedback", "concept", "tune"),
    Q("help desk software", "category:help-desk", "concept", "held"),
    Q("contact center software", "category:call-center", "concept", "tune"),
    Q("staff training", "area:training", "concept", "held"),
    Q("ticket system", "category:help-desk", "concept", "tune"),
    Q("feedback tool", "category:feedback", "concept", "held"),
    Q("knowledge base", "category:knowledge-base", "concept", "tune"),
    Q("internal wiki", "category:knowledge-base", "concept", "held"),
    Q("dashboard", "category:analytics", "concept", "tune"),
    Q("business intelligence", "category:analytics", "concept", "held"),
    Q("CRM software", "category:crm", "concept", "tune"),
    Q("customer database", "category:crm", "concept", "held"),
    Q("e-learning", "category:learning", "concept", "tune"),
    Q("training software", "category:learning", "concept", "held"),
    Q("workflow automation", "category:ai-automation", "concept", "tune"),
    Q("AI assistant", "category:ai-automation|tool:virtual-assistants", "concept", "held"),
    Q("team chat", "category:communication", "concept", "tune"),
    Q("video conferencing", "category:communication|tool:zoom", "concept", "held"),
    Q("social media tool", "category:social-media", "concept", "tune"),
    Q("social listening", "category:social-media", "concept", "held"),
    Q("quality monitoring", "category:quality-assurance", "concept", "tune"),
    Q("call monitoring", "category:quality-assurance", "concept", "held"),
    Q(
        "customer satisfaction score",
        "area:performance|text:coordinator.responsibilities[5]|text:team-lead.responsibilities[1]",
        "concept",
        "tune",
    ),
    Q("CSAT", "area:performance", "concept", "held"),
    Q("shift scheduling", "area:team-management", "concept", "tune"),
    Q("workforce management", "area:team-management", "concept", "held"),
    Q("recruiting", "area:team-management", "concept", "tune"),
    Q("voice of the customer", "area:feedback|text:experience-manager.summary", "concept", "held"),
    Q(
        "standard operating procedure",
        "area:policy|text:operations-manager.responsibilities[2]",
        "concept",
        "tune",
    ),
    Q("playbook", "area:policy", "concept", "held"),
    Q("customer journey", "area:customer-experience", "concept", "tune"),
    Q("complaint handling", "area:issue-resolution", "concept", "held"),
    Q("customer history", "area:records", "concept", "tune"),
    Q("mediation", "area:conflict-resolution", "concept", "held"),
    Q("budgeting", "area:budget", "concept", "tune"),
    Q("prioritization", "skill:time-management", "concept", "held"),
    # concept-ko
    Q("설문 도구", "category:feedback", "concept-ko", "tune"),
    Q("티켓 시스템", "category:help-desk", "concept-ko", "held"),
    Q("콜센터 소프트웨어", "category:call-center", "concept-ko", "tune"),
    Q("코칭", "area:training", "concept-ko", "held"),
    Q("설문 조사 도구", "category:feedback", "concept-ko", "tune"),
    Q("티켓팅 시스템", "category:help-desk", "concept-ko", "held"),
    Q("컨택센터", "category:call-center", "concept-ko", "tune"),
    Q("직원 교육", "area:training", "concept-ko", "held"),
    Q("헬프데스크 소프트웨어", "category:help-desk", "concept-ko", "tune"),
    Q("피드백 도구", "category:feedback", "concept-ko", "held"),
    Q("사내 위키", "category:knowledge-base", "concept-ko", "tune"),
    Q("대시보드", "category:analytics", "concept-ko", "held"),
    Q("고객 데이터베이스", "category:crm", "concept-ko", "tune"),
    Q("이러닝", "category:learning", "concept-ko", "held"),
    Q("업무 자동화", "category:ai-automation", "concept-ko", "tune"),
    Q("사내 메신저", "category:communication", "concept-ko", "held"),
    Q("SNS 관리", "category:social-media", "concept-ko", "tune"),
    Q("통화 품질 모니터링", "category:quality-assurance", "concept-ko", "held"),
    Q(
        "고객 만족도 점수",
        "area:performance|text:coordinator.responsibilities[5]|text:team-lead.responsibilities[1]",
        "concept-ko",
        "tune",
    ),
    Q("근무 일정 관리", "area:team-management", "concept-ko", "held"),
    Q("채용", "area:team-management", "concept-ko", "tune"),
    Q("고객의 소리", "area:feedback", "concept-ko", "held"),
    Q(
        "표준 운영 절차",
        "area:policy|text:operations-manager.responsibilities[2]",
        "concept-ko",
        "tune",
    ),
    Q(
        "고객 여정",
        "area:customer-experience|text:experience-manager.responsibilities[3]",
        "concept-ko",
        "held",
    ),
    Q("불만 처리", "area:issue-resolution", "concept-ko", "tune"),
    Q("상담 이력", "area:records", "concept-ko", "held"),
    Q("예산 편성", "area:budget", "concept-ko", "tune"),
    Q("우선순위 설정", "skill:time-management", "concept-ko", "held"),
    # everyday: names people type that no article uses (everyday names, format version 3)
    Q("팀장", "role:team-lead", "everyday", "tune"),
    Q("코디네이터", "role:coordinator", "everyday", "held"),
    Q("CX manager", "role:experience-manager", "everyday", "tune"),
    Q("CS 운영 매니저", "role:operations-manager", "everyday", "held"),
    # onet
    Q("custmer servce", "role:43-4051.00", "onet", "tune", "onet"),
    Q("customer service representatives", "role:43-4051.00", "onet", "held", "onet"),
    Q("customer servce representative", "role:43-4051.00", "onet", "tune", "onet"),
    Q("first line supervisors office administrative", "role:43-1011.00", "onet", "held", "onet"),
    Q("software developers", "role:15-1252.00", "onet", "tune", "onet"),
    Q("receptionists", "role:43-4171.00", "onet", "held", "onet"),
    Q("call center software", "tool:call-center-software", "onet", "tune", "onet"),
    Q(
        "CRM",
        "category:43232303|tool:customer-relationship-management-crm-software",
        "onet",
        "held",
        "onet",
    ),
    Q("helpdesk software", "tool:help-desk-software|category:43231501", "onet", "tune", "onet"),
    Q("microsoft exel", "tool:microsoft-excel", "onet", "held", "onet"),
    Q("retail salespersons", "role:41-2031.00", "onet", "tune", "onet"),
    Q("salesforce crm", "tool:salesforce.com-salesforce-crm", "onet", "held", "onet"),
]
