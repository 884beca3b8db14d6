"""`csroles validate`: every problem of a dataset file, errors and warnings, in line order."""

from __future__ import annotations

from dataclasses import dataclass

from cs_roles.errors import InvalidDataset
from cs_roles.loader import check_dataset
from cs_roles.problems import Problem
from cs_roles.sources import read_dataset_bytes, resolve_dataset_path


@dataclass(slots=True)
class ValidationReport:
    """What `validate` found: the format version read, and the problems in line order."""

    version: int | None  # the format version the file declares; None if none could be read
    problems: list[Problem]

    @property
    def errors(self) -> int:
        return sum(p.severity == "error" for p in self.problems)

    @property
    def warnings(self) -> int:
        return len(self.problems) - self.errors

    @property
    def valid(self) -> bool:
        return self.errors == 0


def validate_file(path: str | None) -> ValidationReport:
    """Never raises for a bad dataset: the problems are the result."""
    resolved = resolve_dataset_path(path)
    version: int | None = None
    try:
        data = read_dataset_bytes(resolved)
        version, _normalized, problems = check_dataset(data, str(resolved))
    except InvalidDataset as exc:
        problems = exc.problems
    problems = sorted(problems, key=lambda p: (p.line, p.column, p.severity != "error"))
    return ValidationReport(version, problems)
