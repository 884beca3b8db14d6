"""Standard input is read once in a run: every second use of it is a usage error that
names both, in English and Korean; a dataset read from it is validated with `validate -`."""

from pathlib import Path

import pytest

from cs_roles.errors import ExitCode
from cs_roles.messages import CATALOG
from tests.conftest import FIXTURES, Invoke

DATASET = (FIXTURES / "minimal.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "first", "second"),
    [
        (["fit", "-", "--data", "-"], "-", "--data -"),
        (["fit", "--file", "-", "--data", "-"], "--file -", "--data -"),
        (["fit", "-", "--file", "-"], "-", "--file -"),
        (["fit", "-", "-"], "-", "-"),
        (["gap", "lead", "--have", "-", "--data", "-"], "-", "--data -"),
        (["gap", "lead", "--file", "-", "--data", "-"], "--file -", "--data -"),
        (["gap", "lead", "--have", "-", "--file", "-"], "-", "--file -"),
    ],
)
def test_a_second_use_of_standard_input_is_a_usage_error(
    invoke: Invoke, args: list[str], first: str, second: str
) -> None:
    result = invoke(*args, input="coaching\n")
    assert result.exit_code == ExitCode.USAGE, result.output
    expected = CATALOG["error.stdin_twice"]["en"].format(first=first, second=second)
    assert expected in result.stderr
    assert "file is empty" not in result.stderr and result.stdout == ""


def test_the_error_is_in_korean_too(invoke: Invoke) -> None:
    result = invoke("fit", "-", "--data", "-", "--lang", "ko", input="coaching\n")
    assert result.exit_code == ExitCode.USAGE
    expected = CATALOG["error.stdin_twice"]["ko"].format(first="-", second="--data -")
    assert expected in result.stderr
    assert CATALOG["hint.stdin_once"]["ko"] in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["fit", "coaching", "--data", "-"],
        ["fit", "-", "--data", "{file}"],
        ["fit", "--file", "-", "--data", "{file}"],
        ["gap", "lead", "--have", "-", "--data", "{file}"],
        ["validate", "-"],
        ["show", "lead", "--data", "-"],
    ],
)
def test_one_use_of_standard_input_still_reads_it(
    invoke: Invoke, tmp_path: Path, args: list[str]
) -> None:
    dataset = tmp_path / "roles.yaml"
    dataset.write_text(DATASET, encoding="utf-8")
    reads_dataset = "--data" in args and args[args.index("--data") + 1] == "-"
    given = DATASET if reads_dataset or args[0] == "validate" else "coaching\n"
    argv = [arg.replace("{file}", str(dataset)) for arg in args]
    result = invoke(*argv, input=given)
    assert result.exit_code == ExitCode.OK, result.output


def test_a_dataset_from_standard_input_is_validated_with_a_dash(invoke: Invoke) -> None:
    broken = (FIXTURES / "unknown_tool.yaml").read_text(encoding="utf-8")
    result = invoke("show", "lead", "--data", "-", input=broken)
    assert result.exit_code == ExitCode.INVALID, result.output
    assert "csroles validate -" in result.stderr
    assert "'<stdin>'" not in result.stderr
    again = invoke("validate", "-", input=broken)
    assert again.exit_code == ExitCode.INVALID
