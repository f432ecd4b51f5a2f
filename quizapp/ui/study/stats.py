"""The self-study home's figures, computed in a worker thread on a read-only connection.

Over a long history (the benchmark has a million answers) these reads, and hashing the set
files to tell edited sets apart, are too slow for the GUI thread; a BackgroundRunner
(ui/background) does them and hands a plain snapshot back. A request made while one runs
waits, the last one only, and the running one's snapshot is dropped instead of drawn.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from quizapp.model import QuizSet
from quizapp.results.database import ResultsDB
from quizapp.results.records import AttemptWithAnswers, ResultsError
from quizapp.results.stats_records import HistoryEntry, HomeStats, SetOverview
from quizapp.ui.background import BackgroundRunner
from quizapp.ui.study.controller import set_content_hash

CHART_DAYS = 90
RECENT_ATTEMPTS = 50  # per set, what the home and the export dialog list; records count all
WHOLE_SET_MODES = ("quiz", "exam")  # reviews and boosters run over part of the set


@dataclass(frozen=True)
class SetRecord:
    """A set's record over whole runs only: a review of three mistakes at 100% is no best score."""

    last: float | None = None
    best: float | None = None
    whole_runs: int = 0
    practice_runs: int = 0  # finished reviews and boosters
    earlier_version: int = 0  # finished attempts made on a version of the set edited since


def set_record(entries: list[HistoryEntry]) -> SetRecord:
    """The record from a set's attempts, newest first."""
    done = [e for e in entries if e.attempt.status == "finished" and e.attempt.score is not None]
    whole = [e.attempt.score for e in done if e.attempt.mode in WHOLE_SET_MODES]
    return SetRecord(
        last=whole[0] if whole else None,
        best=max(whole) if whole else None,  # type: ignore[type-var]
        whole_runs=len(whole),
        practice_runs=len(done) - len(whole),
        earlier_version=sum(1 for e in done if e.earlier_version),
    )


@dataclass(frozen=True)
class HomeSnapshot:
    """Everything the home shows, as of one moment."""

    today: dt.date
    stats: HomeStats
    interrupted: list[AttemptWithAnswers] = field(default_factory=list)
    mistakes: dict[str, list[str]] = field(default_factory=dict)  # set id -> wrong last time
    due: list[tuple[str, str]] = field(default_factory=list)  # (set id, question id), oldest first
    attempts: dict[str, list[HistoryEntry]] = field(default_factory=dict)  # newest first
    records: dict[str, SetRecord] = field(default_factory=dict)
    hashes: dict[str, str] = field(default_factory=dict)  # set id -> hash of the set as loaded

    def overview(self, set_id: str) -> SetOverview | None:
        return next((o for o in self.stats.sets if o.history.set_id == set_id), None)

    def due_in(self, set_id: str) -> int:
        return sum(1 for due_set, _ in self.due if due_set == set_id)


def compute_snapshot(
    db_path: Path, today: dt.date, sets: Mapping[str, tuple[QuizSet, Path | None]]
) -> HomeSnapshot:
    """Read the home's figures; ``sets`` are the library's sets (id -> set and its file)."""
    hashes = {set_id: set_content_hash(quiz, path) for set_id, (quiz, path) in sets.items()}
    with ResultsDB.open_reader(db_path) as db:
        stats = db.home_statistics(today, hashes, CHART_DAYS)
        known = set(sets) | {overview.history.set_id for overview in stats.sets}
        attempts = {set_id: db.attempts_of_set(set_id, hashes.get(set_id)) for set_id in known}
        return HomeSnapshot(
            today=today,
            stats=stats,
            interrupted=[s for s in db.interrupted_attempts() if s.answers],  # none: no offer
            mistakes={set_id: db.wrong_last_time(set_id) for set_id in known},
            due=[(box.set_id, box.question_id) for box in db.due_today(today)],
            attempts={set_id: found[:RECENT_ATTEMPTS] for set_id, found in attempts.items()},
            records={set_id: set_record(found) for set_id, found in attempts.items()},
            hashes=hashes,
        )


class HomeStatsLoader(QObject):
    """Starts snapshot computations off the GUI thread; emits only the newest one's outcome.

    One computation at a time: a request made while one runs is kept (only the last), and
    started when the running one ends, whose outcome is then dropped as superseded. At start
    every own set listed asks again; N sets cost two computations, not N (mend54g).
    """

    ready = Signal(object)  # HomeSnapshot
    failed = Signal(str)

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self._runner = BackgroundRunner(self)
        self._latest = 0
        self._waiting: tuple[dt.date, dict[str, tuple[QuizSet, Path | None]]] | None = None

    def request(self, today: dt.date, sets: Mapping[str, tuple[QuizSet, Path | None]]) -> int:
        self._latest += 1
        if self._runner.busy():
            self._waiting = (today, dict(sets))  # the running one picks it up when it ends
        else:
            self._start(today, dict(sets))
        return self._latest

    def busy(self) -> bool:
        return self._runner.busy()

    def wait(self, milliseconds: int = 30_000) -> bool:
        """Block until every computation asked for has run (tests, closing a window): the one
        waiting is queued behind the running one, whose outcome is then dropped as older."""
        self._start_waiting()
        return self._runner.wait(milliseconds)

    def _start(self, today: dt.date, sets: dict[str, tuple[QuizSet, Path | None]]) -> None:
        """Compute in the background, numbered, so a late answer can tell it is stale."""
        number, args = self._latest, (self._db_path, today, sets)
        self._runner.run(
            lambda: compute_snapshot(*args),
            lambda snapshot: self._on_done(number, snapshot),
            lambda error: self._on_done(number, _said(error)),
        )

    def _start_waiting(self) -> bool:
        """Start the request kept while another ran, if any; whether one was started."""
        if self._waiting is None:
            return False
        waiting, self._waiting = self._waiting, None
        self._start(*waiting)
        return True

    def _on_done(self, number: int, outcome: object) -> None:
        """Show the outcome only if no newer request waits or runs: a burst of listed
        sets ends in one computation of them all (mend54g), not one per set."""
        if self._start_waiting():  # superseded: the newest request runs instead
            return
        if number != self._latest:
            return  # a newer request is on its way
        if isinstance(outcome, HomeSnapshot):
            self.ready.emit(outcome)
        else:
            self.failed.emit(str(outcome))


def _said(error: Exception) -> str:
    """A failed snapshot in words: the store's or the system's, or (a bug or a damaged row)
    the error's name too; said, never a silent dead worker."""
    if isinstance(error, (ResultsError, OSError)):
        return str(error)
    return f"{type(error).__name__}: {error}"
