"""`csroles validate`: every problem of a dataset file, errors and warnings, in line order."""

from __future__ import annotations

from dataclasses import dataclass, field

from cs_roles.errors import DatasetUnreadable
from cs_roles.problems import Problem


@dataclass(slots=True)
class ValidationReport:
    """What `validate` found: the format version read, and the problems in line order."""

    version: int | None  # the format version the file declares; None if none could be read
    problems: list[Problem] = field(default_factory=list)
    unreadable: bool = False  # the file could not be read at all

    @property
    def errors(self) -> int:
        return sum(p.severity == "error" for p in self.problems)

    @property
    def warnings(self) -> int:
        return len(self.problems) - self.errors


def validate_file(path: str) -> ValidationReport:
    """Never raises for a bad dataset: the problems are the result."""
    from cs_roles.loader import check_dataset
    from cs_roles.sources import display_name, read_dataset_bytes

    try:
        data = read_dataset_bytes(path)
    except DatasetUnreadable as exc:
        return ValidationReport(None, exc.problems, unreadable=True)
    version, _normalized, problems = check_dataset(data, display_name(path))
    ordered = sorted(problems, key=lambda p: (p.line, p.column, p.severity != "error"))
    return ValidationReport(version, ordered)
