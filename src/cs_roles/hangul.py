"""Hangul helpers for fuzzy search: jamo decomposition and initial consonants (choseong).

Compared as whole syllables, one wrong vowel (커뮤니캐이션 for 커뮤니케이션) costs a whole
character; compared as jamo it costs one of three. Everything is mapped to compatibility
jamo (ㄱ U+3131 ...), the code points people type for a lone consonant, so that a query of
initial consonants (ㄱㄷ ㅎㄱ) compares directly with a name's choseong.
"""

from __future__ import annotations

import unicodedata

_SYLLABLE_FIRST, _SYLLABLE_LAST = 0xAC00, 0xD7A3
_INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_MEDIALS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_FINALS = ["", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"]
# Conjoining jamo (U+1100 block, what NFD produces) to compatibility jamo.
_CONJOINING = {
    **{chr(0x1100 + i): c for i, c in enumerate(_INITIALS)},
    **{chr(0x1161 + i): c for i, c in enumerate(_MEDIALS)},
    **{chr(0x11A8 + i): c for i, c in enumerate(_FINALS[1:])},
}
_COMPAT_CONSONANTS = frozenset(_INITIALS) | frozenset("ㄳㄵㄶㄺㄻㄼㄽㄾㄿㅀㅄ")


def is_hangul_syllable(ch: str) -> bool:
    return _SYLLABLE_FIRST <= ord(ch) <= _SYLLABLE_LAST


def has_hangul(text: str) -> bool:
    """A syllable, a conjoining jamo or a lone consonant (ㄱ ... ㅎ, compounds included)."""
    if text.isascii():  # most names of a large dataset: no need to look at each letter
        return False
    return any(
        is_hangul_syllable(ch) or ch in _CONJOINING or ch in _COMPAT_CONSONANTS for ch in text
    )


def to_jamo(text: str) -> str:
    """Each syllable spelled out as compatibility jamo; other characters kept."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        code = ord(ch)
        if _SYLLABLE_FIRST <= code <= _SYLLABLE_LAST:
            index = code - _SYLLABLE_FIRST
            initial, rest = divmod(index, 588)
            medial, final = divmod(rest, 28)
            out.append(_INITIALS[initial] + _MEDIALS[medial] + _FINALS[final])
        else:
            out.append(_CONJOINING.get(ch, ch))
    return "".join(out)


def choseong(text: str) -> str:
    """The initial consonant of each syllable (갈등 해결 -> ㄱㄷ ㅎㄱ); other characters kept."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        code = ord(ch)
        if _SYLLABLE_FIRST <= code <= _SYLLABLE_LAST:
            out.append(_INITIALS[(code - _SYLLABLE_FIRST) // 588])
        else:
            out.append(_CONJOINING.get(ch, ch))
    return "".join(out)


def is_choseong_query(text: str) -> bool:
    """True for a query made only of lone consonants (and spaces), such as ㅈㄷㅅㅋ."""
    letters = [ch for ch in text if not ch.isspace()]
    return bool(letters) and all(_CONJOINING.get(ch, ch) in _COMPAT_CONSONANTS for ch in letters)
