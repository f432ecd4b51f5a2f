"""Values going into and coming out of the results database, and its typed errors.

They are plain frozen dataclasses rather than pydantic models: they never come from an
untrusted file unchecked (the import path validates them itself) and they are created for
every one of a million rows in the statistics, where a light object matters.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, Literal

from quizapp.model import NO_WORDS, SetWords

Mode = Literal["quiz", "review", "booster", "exam"]
Confidence = Literal["sure", "unsure"]
Status = Literal["open", "finished", "abandoned"]
MODES: tuple[str, ...] = ("quiz", "review", "booster", "exam")
CONFIDENCES: tuple[str, ...] = ("sure", "unsure")
FULL_MARKS = 1.0 - 1e-9  # a score at or above this counts as "right" (floating point slack)


class ResultsError(Exception):
    """Base of every error of the results database, so the UI can catch them in one place."""


class DatabaseCorrupt(ResultsError):
    """The file is not a readable SQLite database, or SQLite found it damaged."""


class DatabaseTooNew(ResultsError):
    """The file was written by a newer quizapp; opening it could damage the newer layout."""


class DatabaseUnavailable(ResultsError):
    """The file cannot be opened nor moved aside (permissions, read-only medium...)."""


class UnknownAttempt(ResultsError):
    """No attempt has this id."""


class AttemptClosed(ResultsError):
    """An answer was recorded into an attempt that is already finished or abandoned."""


class AnswerAlreadyRecorded(ResultsError):
    """The question was already answered in this attempt; answers are never overwritten."""


@dataclass(frozen=True, slots=True)
class ClassifyPair:
    """One claim of a classify question: the label it deserves and the one the learner chose."""

    true_label: str
    chosen_label: str | None  # None: the learner left the claim unlabelled

    @property
    def right(self) -> bool:
        return self.true_label == self.chosen_label


@dataclass(frozen=True, slots=True)
class AnswerInput:
    """What the quiz engine hands over when a question has been answered and scored."""

    question_id: str
    position: int
    response: Any  # JSON-serialisable; its shape belongs to the engine, the store keeps it
    points_earned: float
    points_possible: float
    seconds: float = 0.0
    confidence: Confidence | None = None
    tags: tuple[str, ...] = ()
    items: tuple[ClassifyPair, ...] = ()

    @property
    def score(self) -> float:
        """The fraction of the question's points earned (0 when it was worth nothing)."""
        return self.points_earned / self.points_possible if self.points_possible > 0 else 0.0


@dataclass(frozen=True, slots=True)
class RecordedAnswer:
    """An answer as stored, in the order it was given."""

    question_id: str
    position: int
    response: Any
    score: float
    points_earned: float
    points_possible: float
    confidence: Confidence | None
    seconds: float
    answered_at: str
    tags: tuple[str, ...] = ()
    items: tuple[ClassifyPair, ...] = ()

    @property
    def right(self) -> bool:
        return self.score >= FULL_MARKS


@dataclass(frozen=True, slots=True)
class Attempt:
    """One run through a set (or, for a booster, through the due questions of one set)."""

    id: int
    uid: str
    set_id: str
    set_hash: str
    set_title: str
    mode: Mode
    status: Status
    started_at: str
    ended_at: str | None
    student_name: str | None
    points_earned: float = 0.0
    points_possible: float = 0.0
    answered: int = 0
    plan: Any = None

    @property
    def score(self) -> float | None:
        """Fraction of the points of the answered questions; None before any answer."""
        return self.points_earned / self.points_possible if self.points_possible > 0 else None


@dataclass(frozen=True, slots=True)
class AttemptWithAnswers:
    """An attempt and its answers in the order given: what resuming and exporting need."""

    attempt: Attempt
    answers: tuple[RecordedAnswer, ...] = field(default_factory=tuple)
    words: SetWords = NO_WORDS  # prompts and skill names a results file carried, if any


@dataclass(frozen=True, slots=True)
class OpenNotice:
    """Something the learner should be told after opening the database."""

    message: str
    moved_to: str | None = None


def iso_time(moment: dt.datetime) -> str:
    """An aware timestamp as ISO 8601 text; naive ones are refused (their day is ambiguous)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("timestamps given to the results database must be timezone-aware")
    return moment.isoformat(timespec="seconds")


def content_hash(data: bytes) -> str:
    """The hash that tells two versions of a set apart: sha256 of the file's bytes."""
    return hashlib.sha256(data).hexdigest()


def canonical_hash(data: Any) -> str:
    """The same hash for a set that has no file (built in memory): sha256 of canonical JSON."""
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return content_hash(text.encode("utf-8"))
