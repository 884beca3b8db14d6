"""Korean is a first-class language: every word csroles prints exists in Korean, and the
language comes from --lang, then $CSROLES_LANG, then the locale."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import FIXTURES, Invoke, whole_catalog

from cs_roles import messages
from cs_roles.language import resolve

RUNS = [
    ["show", "team-lead"],
    ["show", "coordinator", "--format", "markdown"],
    ["show", "coordinator", "--format", "text"],
    ["list"],
    ["list", "--format", "markdown"],
    ["compare", "coordinator", "team-lead"],
    ["compare", "coordinator", "team-lead", "support-manager"],
    ["compare", "coordinator", "team-lead", "--format", "markdown"],
    ["similar", "coordinator"],
    ["similar", "coordinator", "--format", "markdown"],
    ["matrix", "skills"],
    ["matrix", "areas", "--format", "markdown"],
    ["search", "zendesk"],
    ["search", "공감", "--format", "markdown"],
    ["validate", str(FIXTURES / "unknown_tool.yaml")],
    ["show", "team-laed"],
    ["show", "--section", "skills,skills", "team-lead"],
    ["search", "qqqqqqqq"],
    ["compare", "coordinator"],
    ["fit", "zendesk", "공감", "desk"],
    ["fit", "zendesk", "--format", "markdown"],
    ["gap", "coordinator", "team-lead"],
    ["gap", "coordinator", "team-lead", "--format", "markdown"],
    ["fit", "xyzzyq"],
    ["list", "--data", str(FIXTURES / "syntax_error.yaml")],
]


@pytest.fixture
def used_keys(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, str]]]:
    """Every (key, language) that csroles looked up in the catalog."""
    seen: list[tuple[str, str]] = []

    class Entry(dict[str, str]):
        def __init__(self, key: str, entry: Any) -> None:
            super().__init__(entry)
            self.key = key

        def get(self, lang: Any, default: Any = None) -> Any:
            seen.append((self.key, lang))
            return super().get(lang, default)

    class Catalog(dict[str, Any]):
        def __getitem__(self, key: str) -> Any:
            return Entry(key, super().__getitem__(key))

    monkeypatch.setattr(messages, "CATALOG", Catalog(whole_catalog()))
    yield seen


def test_every_catalog_entry_has_both_languages() -> None:
    for key, entry in whole_catalog().items():
        assert set(entry) == {"en", "ko"}, key
        assert all(value.strip() for value in entry.values()), key


@pytest.mark.parametrize("args", RUNS, ids=lambda a: " ".join(a)[:40])
def test_every_command_speaks_korean(
    invoke: Invoke, used_keys: list[tuple[str, str]], args: list[str]
) -> None:
    english = invoke(*args, "--lang", "en")
    used_keys.clear()
    korean = invoke(*args, "--lang", "ko")
    assert korean.exit_code == english.exit_code
    used = list(used_keys)  # copied: looking entries up below would record more
    assert used, "no catalog text used"
    catalog = dict(messages.CATALOG)
    in_korean = {key for key, lang in used if lang.startswith("ko")}
    for key, lang in used:
        # A dataset problem is also worded in English, for the `message` of validate's
        # JSON (a machine contract); what the Korean run shows of it is Korean.
        machine_wording = key.startswith(("problem.", "word.")) and key in in_korean
        assert lang.startswith("ko") or machine_wording, (key, lang)
        assert dict.get(catalog[key], "ko"), key
    # No English label that the English run printed survives into the Korean run.
    out_en = english.stdout + english.stderr
    out_ko = korean.stdout + korean.stderr
    for key, entry in catalog.items():
        label = dict.__getitem__(entry, "en")
        if "{" in label or label == dict.__getitem__(entry, "ko"):
            continue
        if not (label[:1].isupper() or " " in label):
            continue  # a single lowercase word ("tools") also occurs in ids and options
        pattern = re.compile(rf"(?<![\w-]){re.escape(label)}(?![\w-])")
        if pattern.search(out_en):
            assert not pattern.search(out_ko), (key, label)


@pytest.mark.parametrize(
    ("option", "environ", "expected"),
    [
        (None, {}, "en+ko"),
        ("KO", {}, "ko"),
        (" Ko+En ", {}, "ko+en"),
        ("en", {"CSROLES_LANG": "ko", "LANG": "ko_KR.UTF-8"}, "en"),
        (None, {"CSROLES_LANG": "ko", "LANG": "en_US.UTF-8"}, "ko"),
        (None, {"CSROLES_LANG": "EN", "LC_ALL": "ko_KR.UTF-8"}, "en"),
        (None, {"LANG": "ko_KR.UTF-8"}, "ko+en"),
        (None, {"LC_MESSAGES": "ko_KR.UTF-8", "LANG": "en_US.UTF-8"}, "ko+en"),
        (None, {"LC_ALL": "C", "LC_MESSAGES": "ko_KR.UTF-8"}, "en+ko"),
        (None, {"LC_ALL": "ko_KR", "LANG": "C"}, "ko+en"),
        (None, {"CSROLES_LANG": "  ", "LANG": "ko_KR.UTF-8"}, "ko+en"),
    ],
)
def test_language_precedence(option: str | None, environ: dict[str, str], expected: str) -> None:
    assert resolve(option, environ) == expected


def test_the_locale_reaches_the_cli(invoke: Invoke) -> None:
    base = {"CSROLES_LANG": "", "LC_ALL": "", "LC_MESSAGES": ""}
    korean = invoke("show", "team-lead", env={**base, "LANG": "ko_KR.UTF-8"})
    assert "요약" in korean.stdout and "Summary" not in korean.stdout
    english = invoke("show", "team-lead", env={**base, "LANG": "ko_KR.UTF-8", "CSROLES_LANG": "en"})
    assert "Summary" in english.stdout and "요약" not in english.stdout
    bad = invoke("list", env={**base, "CSROLES_LANG": "fr"})
    assert bad.exit_code == 2 and "CSROLES_LANG" in bad.stderr


def test_single_language_output_has_no_pairs(invoke: Invoke) -> None:
    ko = invoke("show", "team-lead", "--section", "skills", "--lang", "ko").stdout
    assert "리더십" in ko and "Leadership" not in ko and " · " not in ko
    both = invoke("show", "team-lead", "--section", "skills", "--lang", "ko+en").stdout
    assert "리더십 · Leadership" in both
    md = invoke("show", "team-lead", "--format", "markdown", "--lang", "en+ko").stdout
    assert "Leadership" in md and "리더십" not in md  # copy-ready formats are one language


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.yaml")), ids=lambda p: p.name)
def test_dataset_problems_read_in_korean(fixture: Any) -> None:
    """Every problem the loader reports about the broken fixtures is worded in Korean."""
    from cs_roles.validation import validate_file

    for problem in validate_file(str(fixture)).problems:
        korean = problem.message.render("ko")
        assert korean != problem.message, problem.message
        assert re.search("[가-힣]", korean), korean
