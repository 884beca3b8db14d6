"""The vocabulary of concepts: the words people use for what the dataset holds.

A concept (format version 3, top-level `concepts`) lists terms in each language and the
categories, tools, areas and skills they mean: "survey tool" and "설문 도구" mean the
Surveys and customer feedback category. Nothing in it is a fact about a role; it only
tells a search (and later `fit`) what a word means here. The search index takes each term
as one more name of the items it points to.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from cs_roles.dataset import Dataset

# A concept's targets: the section it points into, and the kind of search item that is.
TARGETS = {"categories": "category", "tools": "tool", "areas": "area", "skills": "skill"}


class NameSink(Protocol):
    """What the search index builder offers: its item columns, and a way to add a name."""

    columns: dict[str, list[str]]

    def add_name(self, owner: int, shown: str) -> None: ...


def vocabulary(dataset: Dataset) -> dict[str, Any]:
    """The dataset's concepts by id (empty when it has none)."""
    return dataset.section("concepts")


def terms_and_targets(concepts: dict[str, Any]) -> Iterator[tuple[str, str, str]]:
    """(term, kind, id) for every term of every concept and every item it points to."""
    for concept in concepts.values():
        terms = [t for lang in ("en", "ko") for t in (concept.get("terms") or {}).get(lang) or ()]
        for section, kind in TARGETS.items():
            for ident in concept.get(section) or ():
                for term in terms:
                    yield term, kind, ident


def add_concept_names(builder: NameSink, concepts: dict[str, Any]) -> None:
    """Give each item a concept points to the concept's terms as names."""
    if not concepts:
        return
    numbered: dict[tuple[str, str], int] = {}
    for number, (kind, data) in enumerate(
        zip(builder.columns["item.kind"], builder.columns["item.data"], strict=True)
    ):
        if kind in TARGETS.values():
            numbered.setdefault((kind, json.loads(data)[0]), number)
    for term, kind, ident in terms_and_targets(concepts):
        owner = numbered.get((kind, ident))
        if owner is not None:
            builder.add_name(owner, term)
