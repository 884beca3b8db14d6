"""The message catalog and the code agree: every key the code names exists in both
languages with the same placeholders, and every key of the catalog is used by the code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import FIXTURES, whole_catalog

from cs_roles import messages
from cs_roles.validation import validate_file

SRC = Path(__file__).resolve().parent.parent / "src" / "cs_roles"
CATALOG = whole_catalog()
# The catalog's own modules: the machinery and the areas of the catalog kept apart.
CATALOG_FILES = {"messages.py", *(f"{module}.py" for module in messages.AREAS.values())}
CODE = {
    path: path.read_text(encoding="utf-8")
    for path in sorted(SRC.rglob("*.py"))
    if path.name not in CATALOG_FILES
}
ALL_CODE = "\n".join(CODE.values())
_KEY = r"[a-z0-9_]+(?:\.[a-z0-9_]+)+"
# A key written out in the code: "error.unknown_role" or 'show.aliases'.
NAMED = set(re.findall(rf"[\"']({_KEY})[\"']", ALL_CODE))
# Keys found by prefix: labels("plan", lang), or text(f"kind.{kind}", lang).
LABEL_PREFIXES = set(re.findall(r"labels\(\s*[\"'](\w+)[\"']", ALL_CODE))
FORMATTED_PREFIXES = set(re.findall(rf"f[\"']({_KEY}|\w+)\.\{{", ALL_CODE))
# A word of a problem ({kind:word}) is a value the code passes: "mapping", "skill".
STRINGS = set(re.findall(r"[\"']([a-z0-9_]+)[\"']", ALL_CODE))
PLACEHOLDER = re.compile(r"\{(\w+)[|:}]")


def _generic_headings() -> set[str]:
    """`<command>.<column>`: the headings render/rows.py looks up for each command that no
    renderer of its own shows, from the columns of its result."""
    from cs_roles import contract
    from cs_roles.commands import formats_of
    from cs_roles.output import renderer
    from cs_roles.render import rows

    families = [
        ("table", "TABLES", "cs_roles.render.terminal", rows.rows_table),
        ("markdown", "MARKDOWN", "cs_roles.render.markdown", rows.rows_markdown),
        ("text", "TEXT", "cs_roles.render.plain", rows.rows_text),
    ]
    found = set()
    for command, (result, row) in contract.COMMANDS.items():
        offered = {fmt.value for fmt in formats_of(command)}
        for fmt, table, module, generic in families:
            if fmt not in offered:
                continue
            shown = renderer(command, table, module, generic.__name__)
            if getattr(shown, "func", None) is generic:
                columns = contract.columns(row or result, ("en",))
                found |= {f"{command}.{header}" for header, _ in columns}
    return found


GENERIC_HEADINGS = _generic_headings()


def _is_used(key: str) -> bool:
    prefix, _, last = key.rpartition(".")
    if (
        key in NAMED
        or key in GENERIC_HEADINGS
        or prefix in FORMATTED_PREFIXES
        or key.split(".")[0] in LABEL_PREFIXES
    ):
        return True
    return prefix == "word" and last in STRINGS


@pytest.mark.parametrize("key", list(CATALOG))
def test_every_catalog_key_is_used(key: str) -> None:
    assert _is_used(key), f"{key} is in the catalog but no code uses it"


# Keys whose two languages are worded from different values, each for a reason; the code
# passes the union (tests/test_usage_errors.py renders each in both languages).
WORDED_APART = {
    "usage.not_an_integer": "Korean says 정수 itself; English names Click's type",
    "usage.not_a_number": "Korean says 숫자 itself; English names Click's type",
    "usage.between": "English is Click's x-notation; Korean joins two worded bounds",
}


@pytest.mark.parametrize("key", list(CATALOG))
def test_both_languages_take_the_same_values(key: str) -> None:
    entry = CATALOG[key]
    assert set(entry) == set(messages.LANGUAGES), key
    english, korean = (set(PLACEHOLDER.findall(entry[lang])) for lang in ("en", "ko"))
    assert (english == korean) != (key in WORDED_APART), key


def test_every_key_named_in_the_code_exists() -> None:
    prefixes = ("error.", "hint.", "problem.", "validate.", "warning.")
    named = {key for key in NAMED if key.startswith(prefixes)}
    assert any(key.startswith("problem.") for key in named)
    missing = sorted(key for key in named | GENERIC_HEADINGS if key not in CATALOG)
    assert not missing


def test_every_refusal_is_worded_from_the_catalog() -> None:
    """Each problem of the fixtures has a key of the catalog and the values its templates
    take, in both languages; its English is the `message` of the JSON."""
    problems = [
        p for fixture in sorted(FIXTURES.iterdir()) for p in validate_file(str(fixture)).problems
    ]
    assert len({problem.key for problem in problems}) > 10
    for problem in problems:
        assert problem.key.startswith("problem."), problem.key
        assert problem.message == messages.text(problem.key, "en", **problem.params)
        korean = messages.text(problem.key, "ko", **problem.params)
        assert problem.message.render("ko") == korean
        assert re.search("[가-힣]", korean), korean
        assert problem.render("ko").endswith(korean)
