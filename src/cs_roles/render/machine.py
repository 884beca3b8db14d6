"""Machine-readable output: JSON and CSV, written without Rich so they stay exact and fast."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any


def to_json(value: Any) -> str:
    """Indented UTF-8 JSON (Hangul stays readable, not \\u-escaped), ending in a newline."""
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def to_csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()
