"""Keyboard-layout slips between the Korean 2-set (두벌식) layout and QWERTY.

Korean typed with the keyboard left in English mode comes out as Latin letters
(젠데스크 -> wpseptmzm), and English typed in Korean mode as Hangul (slack -> 님차).
`hangul_to_keys` gives the keys that type a Hangul text; `keys_to_hangul` types keys on the
2-set layout, composing jamo into syllables as an input method does: compound vowels
(ㅗ+ㅏ = ㅘ) and finals (ㄹ+ㄱ = ㄺ), and a final consonant moving on to the next syllable
when a vowel follows (ㄱㅏㄴㅏ -> 가나, not 간ㅏ).
"""

from __future__ import annotations

from cs_roles.hangul import to_jamo

_SYLLABLE_FIRST, _SYLLABLE_LAST = 0xAC00, 0xD7A3
_INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_MEDIALS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_FINALS = ["", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"]

# The key of each jamo; shifted keys give the tense consonants and ㅒ ㅖ.
_KEY_OF = {
    **dict(
        zip(
            "ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔㅁㄴㅇㄹㅎㅗㅓㅏㅣㅋㅌㅊㅍㅠㅜㅡ",
            "qwertyuiopasdfghjklzxcvbnm",
            strict=True,
        )
    ),
    **dict(zip("ㅃㅉㄸㄲㅆㅒㅖ", "QWERTOP", strict=True)),
}
_JAMO_OF = {key: jamo for jamo, key in _KEY_OF.items()}
# Compound vowels and finals, as the two jamo typed for them.
_VOWEL_PAIRS = {
    "ㅘ": "ㅗㅏ",
    "ㅙ": "ㅗㅐ",
    "ㅚ": "ㅗㅣ",
    "ㅝ": "ㅜㅓ",
    "ㅞ": "ㅜㅔ",
    "ㅟ": "ㅜㅣ",
    "ㅢ": "ㅡㅣ",
}
_FINAL_PAIRS = {
    "ㄳ": "ㄱㅅ",
    "ㄵ": "ㄴㅈ",
    "ㄶ": "ㄴㅎ",
    "ㄺ": "ㄹㄱ",
    "ㄻ": "ㄹㅁ",
    "ㄼ": "ㄹㅂ",
    "ㄽ": "ㄹㅅ",
    "ㄾ": "ㄹㅌ",
    "ㄿ": "ㄹㅍ",
    "ㅀ": "ㄹㅎ",
    "ㅄ": "ㅂㅅ",
}
_JOIN_VOWEL = {pair: single for single, pair in _VOWEL_PAIRS.items()}
_JOIN_FINAL = {pair: single for single, pair in _FINAL_PAIRS.items()}
_VOWELS = frozenset(_MEDIALS)


def hangul_to_keys(text: str) -> str:
    """The QWERTY keys that type this text on the 2-set layout (님차 -> slack)."""
    out: list[str] = []
    for jamo in to_jamo(text):  # syllables and conjoining jamo alike, as compatibility jamo
        for part in _VOWEL_PAIRS.get(jamo) or _FINAL_PAIRS.get(jamo) or jamo:
            out.append(_KEY_OF.get(part, part))
    return "".join(out)


def has_lone_vowel(text: str) -> bool:
    """A vowel standing alone (ㅡ, ㅐ): nobody types one on purpose, a layout slip does."""
    return any(jamo in _VOWELS for ch in text if not _is_syllable(ch) for jamo in to_jamo(ch))


def _is_syllable(ch: str) -> bool:
    return _SYLLABLE_FIRST <= ord(ch) <= _SYLLABLE_LAST


def _compose(initial: str, medial: str, final: str = "") -> str:
    code = _INITIALS.index(initial) * 588 + _MEDIALS.index(medial) * 28 + _FINALS.index(final)
    return chr(_SYLLABLE_FIRST + code)


class _Composer:
    """The 2-set input automaton: jamo in, syllables out."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.initial = self.medial = self.final = ""

    def flush(self) -> None:
        if self.initial and self.medial:
            self.out.append(_compose(self.initial, self.medial, self.final))
        else:  # a lone consonant or vowel stays a lone jamo
            self.out.append(self.initial + self.medial + self.final)
        self.initial = self.medial = self.final = ""

    def vowel(self, jamo: str) -> None:
        if self.final:
            # The final consonant (or the second of a compound final) starts a new syllable.
            pair = _FINAL_PAIRS.get(self.final)
            keep, moved = (pair[0], pair[1]) if pair else ("", self.final)
            self.final = keep
            self.flush()
            self.initial, self.medial = moved, jamo
        elif self.initial and not self.medial:
            self.medial = jamo
        elif self.medial and self.medial + jamo in _JOIN_VOWEL:
            self.medial = _JOIN_VOWEL[self.medial + jamo]
        else:
            self.flush()
            self.medial = jamo

    def consonant(self, jamo: str) -> None:
        if self.initial and self.medial:
            if not self.final and jamo in _FINALS:
                self.final = jamo
                return
            if self.final and self.final + jamo in _JOIN_FINAL:
                self.final = _JOIN_FINAL[self.final + jamo]
                return
        if self.initial or self.medial:
            self.flush()
        self.initial = jamo

    def other(self, ch: str) -> None:
        if self.initial or self.medial:
            self.flush()
        self.out.append(ch)

    def text(self) -> str:
        if self.initial or self.medial:
            self.flush()
        return "".join(self.out)


def keys_to_hangul(keys: str) -> str:
    """What these QWERTY keys type in Korean mode (wpseptmzm -> 젠데스크). A capital letter
    is its shifted key; only Q W E R T O P have a shifted jamo of their own."""
    composer = _Composer()
    for ch in keys:
        jamo = _JAMO_OF.get(ch) or _JAMO_OF.get(ch.lower())
        if jamo is None:
            composer.other(ch)
        elif jamo in _VOWELS:
            composer.vowel(jamo)
        else:
            composer.consonant(jamo)
    return composer.text()


def is_whole_syllables(text: str) -> bool:
    """True when every letter is a complete Hangul syllable (what real Korean typing yields);
    a lone jamo means the keys were most likely English after all."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(_SYLLABLE_FIRST <= ord(ch) <= _SYLLABLE_LAST for ch in letters)
