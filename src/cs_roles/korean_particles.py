"""Korean particles that agree with the word they follow.

A Korean template cannot know whether the title put before its particle ends in a
consonant (팀 리더는, 조정자는, but 고객 지원팀은), so the catalog writes both forms,
은(는), and this module picks one once the sentence is put together: by the final
consonant (받침) of the last syllable before the particle, looking through closing quotes
and brackets and past an aside in parentheses, or by how a final digit is read (1 일,
3 삼). After a Latin letter or anything else whose reading the text does not settle, both
forms stay, as the catalog wrote them: a guess would be wrong as often as the generic form
is awkward.
"""

from __future__ import annotations

import re

# particle as written -> (after a final consonant, after a vowel)
_FORMS = {
    "은(는)": ("은", "는"),
    "는(은)": ("은", "는"),
    "이(가)": ("이", "가"),
    "가(이)": ("이", "가"),
    "을(를)": ("을", "를"),
    "를(을)": ("을", "를"),
    "과(와)": ("과", "와"),
    "와(과)": ("과", "와"),
    "(으)로": ("으로", "로"),
}
_PARTICLE = re.compile("|".join(re.escape(form) for form in _FORMS))
_QUOTES = "'\"’”"
_CLOSERS = _QUOTES + ")]}」』>"
_FIRST_SYLLABLE, _LAST_SYLLABLE = 0xAC00, 0xD7A3
_RIEUL = 8  # the final consonant ㄹ: 로, not 으로, follows it
# How a final digit is read: its final consonant, or 0 for none (영 일 이 삼 사 오 육 칠 팔 구).
_DIGIT_FINALS = {"0": 21, "1": 8, "2": 0, "3": 16, "4": 0, "5": 0, "6": 1, "7": 8, "8": 8, "9": 0}


def final_consonant(word: str) -> int | None:
    """The final consonant (0 for none) that `word` ends in, or None when its text does not
    say (it ends in a Latin letter, a symbol, or nothing)."""
    stripped = word.rstrip(_QUOTES)
    while stripped.endswith(")"):  # 팀 리더 (team-lead)를: the word before the aside
        opening = stripped.rfind("(")
        if opening < 0:
            break
        stripped = stripped[:opening].rstrip().rstrip(_QUOTES)
    stripped = stripped.rstrip(_CLOSERS)
    if not stripped:
        return None
    last = stripped[-1]
    code = ord(last)
    if _FIRST_SYLLABLE <= code <= _LAST_SYLLABLE:
        return (code - _FIRST_SYLLABLE) % 28
    return _DIGIT_FINALS.get(last)


def agree(sentence: str) -> str:
    """`sentence` with each two-form particle (은(는), (으)로, …) reduced to the one form
    its preceding word takes, where that word's ending is known."""
    if "(" not in sentence:
        return sentence

    def pick(match: re.Match[str]) -> str:
        form = match[0]
        final = final_consonant(sentence[: match.start()])
        if final is None:
            return form
        with_final, without = _FORMS[form]
        if form == "(으)로" and final == _RIEUL:
            return without
        return with_final if final else without

    return _PARTICLE.sub(pick, sentence)
