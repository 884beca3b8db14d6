"""Coverage: how many of a target's items someone has, the figure a move reads.

Directional, unlike similarity: |A ∩ B| / |B| is how much of B's items A covers. The one
ranking figure is the mean of skill and tool coverage, over those of the two the target
lists anything in (`coverage_score`); responsibility areas are reported but do not rank:
they describe the work rather than something a person brings. Used by compare, similar,
fit and gap; a module of its own so that fit and gap do not load compare.
"""

from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet

from cs_roles.records import Record

RANKED_DIMENSIONS = ("skills", "tools")  # what coverage_score averages


class Coverage(Record):
    """How many of a target's items someone has: `have` of `needed`."""

    have: int
    needed: int

    @property
    def ratio(self) -> float | None:
        """have / needed in 0..1; None when the target lists nothing."""
        return self.have / self.needed if self.needed else None


def coverage(mine: AbstractSet[str], theirs: AbstractSet[str]) -> Coverage:
    """How much of `theirs` `mine` covers."""
    return Coverage(len(mine & theirs), len(theirs))


def coverage_score(figures: Mapping[str, Coverage]) -> float | None:
    """The ranking figure: mean coverage of skills and tools, leaving out a dimension the
    target lists nothing in (or that was not compared); None when neither counts."""
    ratios = [
        ratio for d in RANKED_DIMENSIONS if d in figures and (ratio := figures[d].ratio) is not None
    ]
    return sum(ratios) / len(ratios) if ratios else None
