"""Korean particles agree with the title before them; where the text cannot say how a
word ends (a Latin id, a product name), both forms stay as the catalog wrote them."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import Invoke

from cs_roles.korean_particles import agree, final_consonant


def ends_in_consonant(word: str) -> bool:
    """Independently of the module: a Hangul syllable's final consonant is its code
    point's offset from 가 modulo 28."""
    return (ord(word[-1]) - 0xAC00) % 28 != 0


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("팀 리더은(는) 역할입니다", "팀 리더는 역할입니다"),
        ("고객 지원팀은(는) 역할입니다", "고객 지원팀은 역할입니다"),
        ("조정자와(과) 비슷한", "조정자와 비슷한"),
        ("관리자 팀과(와) 비슷한", "관리자 팀과 비슷한"),
        ("'팀장'을(를) 찾으셨나요?", "'팀장'을 찾으셨나요?"),
        ("팀 리더 (team-lead)을(를) 부르는", "팀 리더 (team-lead)를 부르는"),
        ("서울(으)로", "서울로"),  # after ㄹ: 로
        ("부산(으)로", "부산으로"),
        ("조정자(으)로", "조정자로"),
        ("값 3이(가)", "값 3이"),
        ("값 2이(가)", "값 2가"),
        ("Zendesk은(는) 도구", "Zendesk은(는) 도구"),  # a Latin ending: both forms stay
        ("'coordinator'와(과)", "'coordinator'와(과)"),
        ("괄호 없는 문장", "괄호 없는 문장"),
    ],
)
def test_agree(sentence: str, expected: str) -> None:
    assert agree(sentence) == expected


def test_final_consonant_of_nothing_is_unknown() -> None:
    assert final_consonant("") is None
    assert final_consonant("'") is None
    assert final_consonant("(x)") is None


def test_similar_title_takes_the_particle_of_each_role(invoke: Invoke, raw: dict[str, Any]) -> None:
    for role_id, role in raw["roles"].items():
        title = role["title"]["ko"]
        expected = title + ("과" if ends_in_consonant(title) else "와") + " 가장 비슷한 역할"
        result = invoke("similar", role_id, "--lang", "ko")
        assert result.exit_code == 0, result.stderr
        assert result.stdout.splitlines()[0].startswith(expected), (role_id, result.stdout[:80])


def test_no_two_form_particle_follows_a_hangul_title(invoke: Invoke, raw: dict[str, Any]) -> None:
    """compare words the direction of a move with both titles; none keeps 은(는) after one."""
    ids = list(raw["roles"])
    result = invoke("compare", ids[0], ids[1], "--lang", "ko")
    assert result.exit_code == 0, result.stderr
    for role_id in ids[:2]:
        title = raw["roles"][role_id]["title"]["ko"]
        for form in ("은(는)", "이(가)", "을(를)", "와(과)", "(으)로"):
            assert title + form not in result.stdout.replace("\n", "")


def test_compare_joins_the_ids_with_a_korean_word(invoke: Invoke, raw: dict[str, Any]) -> None:
    """The header of a comparison was "coordinator vs team-lead" under Korean."""
    first, second = list(raw["roles"])[:2]
    for fmt in ("table", "markdown"):
        result = invoke("compare", first, second, "--lang", "ko", "--format", fmt)
        assert result.exit_code == 0, result.stderr
        assert f"{first} 대 {second}" in result.stdout and " vs " not in result.stdout
