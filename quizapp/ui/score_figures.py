"""How a score is rounded wherever a learner reads it: the results screen and the library's panel.

A run that missed the pass mark by a fraction must never read as the mark itself: 7.17
points of 12 (59.7 %) under a 60 % mark showed « 60 % » beside « not passed » (ui36). So a
score under the mark is rounded down, a score at or over it to the nearest. One rule, here,
so that the results screen and the library's « last score · best » cannot disagree (ui36b).
"""

from __future__ import annotations

import math

TOLERANCE = 1e-9  # the engine's own slack when it compares a score with the pass mark


def reaches(fraction: float, pass_mark: float) -> bool:
    """Whether ``fraction`` reaches ``pass_mark``, with the slack ``Results.passed`` allows."""
    return fraction >= pass_mark - TOLERANCE


def shown_percent(fraction: float, passed: bool) -> int:
    """The whole percentage to show: down for a run that did not pass, nearest for a pass."""
    if passed:
        return round(fraction * 100)
    return math.floor(fraction * 100 + TOLERANCE)


def shown_points(earned: float, passed: bool) -> float:
    """Points to one decimal by the same rule: 7.17 reads 7.1 when the run did not pass."""
    if passed:
        return earned
    return math.floor(earned * 10 + TOLERANCE) / 10
