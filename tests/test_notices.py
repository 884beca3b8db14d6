"""Notices about how a name was read are worded in the run's language, as --lang says,
not in the environment's."""

from __future__ import annotations

from conftest import Invoke

from cs_roles.messages import text


def test_everyday_name_notice_follows_lang(invoke: Invoke) -> None:
    result = invoke("show", "팀장", "--lang", "ko", "--section", "summary",
                    env={"CSROLES_LANG": "en"})  # fmt: skip
    assert result.exit_code == 0
    role = "고객 서비스 팀 리더 (team-lead)"  # the title in the language shown, then the id
    korean = text("notice.everyday_name", "ko", name="'팀장'", role=role)
    assert korean in result.stderr


def test_keyboard_layout_notice_follows_lang(invoke: Invoke) -> None:
    result = invoke("show", "xlaflej", "--lang", "en", "--section", "summary",
                    env={"LANG": "ko_KR.UTF-8", "CSROLES_LANG": ""})  # fmt: skip
    assert result.exit_code == 0
    role = "Customer Service Team Lead (team-lead)"
    english = text("notice.role_layout", "en", name="'xlaflej'", role=role, typed="'팀리더'")
    assert english in result.stderr
