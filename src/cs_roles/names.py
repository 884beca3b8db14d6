"""How names are compared: one folded form for ids, titles and aliases alike."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

_FOLD_RE = re.compile(r"[\s\-_]+")


def fold(name: str) -> str:
    """NFKC, case-folded, without spaces, '-' or '_': Team Lead = team-lead = teamlead."""
    return _FOLD_RE.sub("", unicodedata.normalize("NFKC", name).casefold())


def names_of(ident: str, entry: dict[str, Any]) -> list[str]:
    """Every folded name a role, skill or tool answers to: id, titles or names, aliases."""
    names = [fold(ident)]
    label = entry.get("title") or entry.get("name") or {}
    names.extend(fold(text) for text in label.values())
    names.extend(fold(alias) for alias in entry.get("aliases") or ())
    return [n for n in names if n]
