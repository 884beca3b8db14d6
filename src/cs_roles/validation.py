"""`csroles validate`: every problem of a dataset file, errors and warnings, in line order."""

from __future__ import annotations

from dataclasses import dataclass, field

from cs_roles.errors import DatasetUnreadable, InvalidDataset
from cs_roles.problems import Problem


@dataclass(slots=True)
class ValidationReport:
    version: int | None  # the format version read, when the file got that far
    problems: list[Problem] = field(default_factory=list)
    unreadable: bool = False  # the file could not be read at all


def validate_file(path: str) -> ValidationReport:
    """Never raises for a bad dataset: the problems are the result."""
    from cs_roles.loader import parse_dataset
    from cs_roles.sources import display_name, read_dataset_bytes

    try:
        data = read_dataset_bytes(path)
    except DatasetUnreadable as exc:
        return ValidationReport(None, exc.problems, unreadable=True)
    version = _declared_version(data)
    try:
        normalized, problems = parse_dataset(data, display_name(path))
        version = normalized.get("schema_version", version)
    except InvalidDataset as exc:
        problems = exc.problems
    ordered = sorted(problems, key=lambda p: (p.line, p.column, p.severity != "error"))
    return ValidationReport(version, ordered)


def _declared_version(data: bytes) -> int | None:
    """The schema_version a file declares, read without parsing (for files that fail)."""
    import re

    found = re.search(rb"^schema_version:\s*(\d+)\s*(?:#.*)?$", data, re.M)
    return int(found[1]) if found else None
