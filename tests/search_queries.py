"""Labelled search queries: (query, expected kind, expected id, what the query exercises)."""

from __future__ import annotations

import unicodedata


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


QUERIES: list[tuple[str, str, str, str]] = [
    # exact names, English
    ("Zendesk", "tool", "zendesk", "exact"),
    ("Salesforce", "tool", "salesforce", "exact"),
    ("Communication", "skill", "communication", "exact"),
    ("Customer Service Team Lead", "role", "team-lead", "exact"),
    ("Time management", "skill", "time-management", "exact"),
    ("Microsoft Teams", "tool", "microsoft-teams", "exact"),
    ("coordinator", "role", "coordinator", "exact"),
    ("Emotional intelligence", "skill", "emotional-intelligence", "exact"),
    ("Call center", "category", "call-center", "exact"),
    ("Policies and procedures", "area", "policy", "exact"),
    # exact names, Korean
    ("고객 서비스 조정자", "role", "coordinator", "exact-ko"),
    ("의사소통", "skill", "communication", "exact-ko"),
    ("감정 지능", "skill", "emotional-intelligence", "exact-ko"),
    ("지식 관리", "category", "knowledge-base", "exact-ko"),
    ("챗봇", "tool", "chatbots", "exact-ko"),
    ("고객 지원 관리자", "role", "support-manager", "exact-ko"),
    # English typos
    ("zendsk", "tool", "zendesk", "typo"),
    ("salesfroce", "tool", "salesforce", "typo"),
    ("hubspott", "tool", "hubspot", "typo"),
    ("confluance", "tool", "confluence", "typo"),
    ("tableu", "tool", "tableau", "typo"),
    ("qualtrix", "tool", "qualtrics", "typo"),
    ("emphaty", "skill", "empathy", "typo"),
    ("comunication", "skill", "communication", "typo"),
    ("leadershp", "skill", "leadership", "typo"),
    ("adaptibility", "skill", "adaptability", "typo"),
    ("surveymonky", "tool", "surveymonkey", "typo"),
    ("freshdeks", "tool", "freshdesk", "typo"),
    ("coordinater", "role", "coordinator", "typo"),
    ("multitaskng", "skill", "multitasking", "typo"),
    # Korean typos (one wrong jamo)
    ("커뮤니캐이션", "skill", "communication", "typo-ko"),
    ("리더쉽", "skill", "leadership", "typo-ko"),
    ("젠대스크", "tool", "zendesk", "typo-ko"),
    ("적응럭", "skill", "adaptability", "typo-ko"),
    ("멀티테스킹", "skill", "multitasking", "typo-ko"),
    ("세일즈포쓰", "tool", "salesforce", "typo-ko"),
    ("인내싱", "skill", "patience", "typo-ko"),
    # initial consonants
    ("ㅈㄷㅅㅋ", "tool", "zendesk", "choseong"),
    ("ㄱㄷ ㅎㄱ", "skill", "conflict-resolution", "choseong"),
    ("ㅇㅅㅅㅌ", "skill", "communication", "choseong"),
    ("ㄹㄷㅅ", "skill", "leadership", "choseong"),
    ("ㄱㄱ ㄱㄱ ㄱㄹ", "category", "crm", "choseong"),
    ("ㄱㄱ ㅅㅂㅅ ㅌ ㄹㄷ", "role", "team-lead", "choseong"),
    ("ㄱㅈ ㅈㄴ", "skill", "emotional-intelligence", "choseong"),
    # spacing and case
    ("팀리더", "role", "team-lead", "spacing"),
    ("시간관리", "skill", "time-management", "spacing"),
    ("help desk", "category", "help-desk", "spacing"),
    ("PowerBI", "tool", "power-bi", "spacing"),
    ("micro soft teams", "tool", "microsoft-teams", "spacing"),
    ("감정지능", "skill", "emotional-intelligence", "spacing"),
    ("ZENDESK", "tool", "zendesk", "case"),
    ("고객서비스조정자", "role", "coordinator", "spacing"),
    # decomposed (NFD) input, as macOS produces
    (nfd("팀 리더"), "role", "team-lead", "nfd"),
    (nfd("커뮤니케이션"), "skill", "communication", "nfd"),
    (nfd("젠데스크"), "tool", "zendesk", "nfd"),
    (nfd("공감"), "skill", "empathy", "nfd"),
    # Korean spellings of products
    ("젠데스크", "tool", "zendesk", "product-ko"),
    ("인터컴", "tool", "intercom", "product-ko"),
    ("후트스위트", "tool", "hootsuite", "product-ko"),
    ("슬랙", "tool", "slack", "product-ko"),
    ("세일즈포스", "tool", "salesforce", "product-ko"),
    ("태블로", "tool", "tableau", "product-ko"),
    ("노션", "tool", "notion", "product-ko"),
    ("팀즈", "tool", "microsoft-teams", "product-ko"),
    # partial words
    ("jira", "tool", "jira-service-management", "partial"),
    ("monkey", "tool", "surveymonkey", "partial"),
    ("sprout", "tool", "sprout-social", "partial"),
    ("talent", "tool", "talentlms", "partial"),
    ("maestro", "tool", "maestroqa", "partial"),
    ("document", "tool", "document360", "partial"),
    ("analytics", "category", "analytics", "partial"),
    # words inside sentences
    ("webinars", "text", "support-manager.best_practices[0]", "sentence"),
    ("mindfulness", "text", "support-manager.best_practices[2]", "sentence"),
    ("billing", "text", "coordinator.responsibilities[1]", "sentence"),
    ("mediate", "text", "team-lead.responsibilities[8]", "sentence"),
    ("웨비나", "text", "support-manager.best_practices[0]", "sentence"),
    ("마음 챙김", "text", "support-manager.best_practices[2]", "sentence"),
    ("청구", "text", "coordinator.responsibilities[1]", "sentence"),
    ("schedules", "text", "team-lead.responsibilities[0]", "sentence"),
    ("work-life balance", "text", "support-manager.best_practices[2]", "sentence"),
    ("mindfulnes", "text", "support-manager.best_practices[2]", "sentence"),
    ("integrity", "text", "operations-manager.best_practices[5]", "sentence"),
    # CSA is no alias (it names a customer service associate); the summary mentions it
    ("CSA", "text", "support-manager.summary", "sentence"),
    ("budget", "area", "budget", "exact"),
    ("tools and materials", "area", "resources", "partial"),
]
