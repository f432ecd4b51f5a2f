"""Values the statistics queries return: what the self-study home and results screens draw."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from quizapp.results.records import Attempt


@dataclass(frozen=True, slots=True)
class MasteryPoint:
    """One point of a mastery curve: a day (or an attempt's start) and what was got right then.

    For tags, ``earned``/``possible`` are points; for labels, claims right / claims seen.
    """

    when: str
    earned: float
    possible: float
    n: int
    attempt_id: int | None = None

    @property
    def share(self) -> float | None:
        return self.earned / self.possible if self.possible > 0 else None


@dataclass(frozen=True, slots=True)
class Calibration:
    """How well confidence matched results: were 'sure' answers actually right?"""

    sure: int = 0
    sure_right: int = 0
    unsure: int = 0
    unsure_right: int = 0

    @property
    def sure_accuracy(self) -> float | None:
        """Share of 'sure' answers that were right; None when the learner was never sure."""
        return self.sure_right / self.sure if self.sure else None

    @property
    def unsure_accuracy(self) -> float | None:
        return self.unsure_right / self.unsure if self.unsure else None


@dataclass(frozen=True, slots=True)
class SetHistory:
    """A set's record over its finished attempts (scores are fractions of the points)."""

    set_id: str
    title: str
    attempts: int
    last_score: float
    best_score: float
    last_at: str
    earlier_version_attempts: int  # attempts made on a version of the set edited since
    last_on_earlier_version: bool


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    attempt: Attempt
    earlier_version: bool  # the set's content changed since this attempt


@dataclass(frozen=True, slots=True)
class SetOverview:
    """One set on the home screen: its record, its curves, its calibration."""

    history: SetHistory
    overall_by_day: list[MasteryPoint]
    label_by_day: dict[str, list[MasteryPoint]]
    tag_by_day: dict[str, list[MasteryPoint]]
    label_total: dict[str, MasteryPoint]  # all time; ``when`` is the last day practised
    tag_total: dict[str, MasteryPoint]
    calibration: Calibration


@dataclass(frozen=True, slots=True)
class HomeStats:
    sets: list[SetOverview] = field(default_factory=list)
    due_today: int = 0
    chart_since: dt.date | None = None  # first day the curves cover (None: all)
