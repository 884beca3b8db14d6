"""`csroles validate`: every problem of a dataset file, errors and warnings, in line order."""

from __future__ import annotations

from cs_roles.errors import InvalidDataset
from cs_roles.loader import parse_dataset
from cs_roles.problems import Problem
from cs_roles.sources import read_dataset_bytes, resolve_dataset_path


def validate_file(path: str | None) -> list[Problem]:
    """Never raises for a bad dataset: the problems are the result."""
    resolved = resolve_dataset_path(path)
    try:
        data = read_dataset_bytes(resolved)
        _normalized, problems = parse_dataset(data, str(resolved))
    except InvalidDataset as exc:
        problems = exc.problems
    return sorted(problems, key=lambda p: (p.line, p.column, p.severity != "error"))
