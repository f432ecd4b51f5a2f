"""Builders shared by the results-database tests: fixed clocks and ready-made answers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from quizapp.results.database import ResultsDB
from quizapp.results.records import AnswerInput, ClassifyPair

PARIS = dt.timezone(dt.timedelta(hours=1))


def at(day: int, hour: int = 10, minute: int = 0, month: int = 3) -> dt.datetime:
    """A moment in March 2026, Paris winter time: tests never read the real clock."""
    return dt.datetime(2026, month, day, hour, minute, tzinfo=PARIS)


def open_db(folder: Path) -> ResultsDB:
    db, notice = ResultsDB.open(folder / "results.db", at(1))
    assert notice is None
    return db


def choice(
    question_id: str,
    position: int,
    right: bool,
    tags: tuple[str, ...] = ("attribution",),
    confidence: str | None = None,
    points: float = 1.0,
) -> AnswerInput:
    """A choice answer worth ``points``, fully right or fully wrong."""
    return AnswerInput(
        question_id=question_id,
        position=position,
        response={"type": "single_choice", "picked": [0 if right else 1]},
        points_earned=points if right else 0.0,
        points_possible=points,
        seconds=4.5,
        confidence=confidence,  # type: ignore[arg-type]
        tags=tags,
    )


def classify(question_id: str, position: int, pairs: list[tuple[str, str | None]]) -> AnswerInput:
    """A classify answer scored as the engine does: an equal share per claim."""
    items = tuple(ClassifyPair(true, chosen) for true, chosen in pairs)
    right = sum(item.right for item in items)
    return AnswerInput(
        question_id=question_id,
        position=position,
        response={"type": "classify", "labels": [chosen for _, chosen in pairs]},
        points_earned=right / len(items),
        points_possible=1.0,
        seconds=20.0,
        tags=("sourcing",),
        items=items,
    )
