"""The glue between a quiz session and the results database: each answer saved as it is given.

The quiz screen tells the controller when a question has been answered; the controller turns
the engine's verdict into the store's ``AnswerInput`` and commits it at once, in its own
transaction, so that a crash or a killed app loses at most the answer being given. It holds
no Qt object, so a test (or a child process killed on purpose) can drive it without a window.

Resuming goes the other way: an attempt left open is rebuilt into the engine session it was,
from the plan stored when it began and the answers committed since.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from quizapp.engine import QuizSession
from quizapp.engine.subsets import resume_session, session_plan
from quizapp.model import QuizSet
from quizapp.results.database import ResultsDB
from quizapp.results.records import (
    AnswerInput,
    Attempt,
    AttemptWithAnswers,
    ClassifyPair,
    Confidence,
    Mode,
    RecordedAnswer,
    canonical_hash,
    content_hash,
)
from quizapp.results.stats_records import Calibration
from quizapp.sets.files.set_files import read_regular
from quizapp.sets.files.textfile import MAX_FILE_BYTES
from quizapp.ui.study.saving.entries import answer_entry, close_entry, start_entry
from quizapp.ui.study.saving.pending import PendingSaves

Clock = Callable[[], dt.datetime]


def local_now() -> dt.datetime:
    """Now, with the learner's UTC offset: the day of an answer is the learner's own day."""
    return dt.datetime.now().astimezone()


def set_content_hash(quiz: QuizSet, path: Path | None) -> str:
    """The hash that tells versions of a set apart: its file's bytes, or its canonical JSON."""
    if path is not None:
        try:
            return content_hash(read_regular(path, MAX_FILE_BYTES))
        except OSError:
            pass  # the file went away since it was loaded: the content still identifies it
    return canonical_hash(quiz.model_dump(mode="json"))


@dataclass
class _Running:
    """The attempt being answered and the session it records."""

    attempt_id: int | None  # None while its start waits for a busy results file
    session: QuizSession


class StudyController:
    """Records one session at a time into ``db``; times come from an injectable clock.

    Every write goes through ``saves``: when the results file is busy (another program holds
    its lock) the write waits in order in memory, retried later, so nothing blocks the window
    and no answer is lost. A write that had to wait returns None instead of its result.
    """

    def __init__(self, db: ResultsDB, clock: Clock = local_now) -> None:
        self.db = db
        self._clock = clock
        self._running: _Running | None = None
        self.saves = PendingSaves(db)

    @property
    def recording(self) -> bool:
        """A session is being recorded (its attempt may still wait to be written)."""
        return self._running is not None

    @property
    def attempt_id(self) -> int | None:
        return self._running.attempt_id if self._running else None

    def now(self) -> dt.datetime:
        return self._clock()

    def today(self) -> dt.date:
        """The learner's day, by the controller's clock: what is due is counted against it."""
        return self._clock().date()

    @property
    def session(self) -> QuizSession | None:
        return self._running.session if self._running else None

    def begin(
        self, session: QuizSession, set_hash: str, mode: Mode, subset: bool
    ) -> Attempt | None:
        """Open an attempt for a new session; ``subset``: it runs over part of the set."""
        quiz, now = session.quiz, self._clock()
        plan = session_plan(session, subset)
        running = self._running = _Running(None, session)
        entry = start_entry(quiz.id, set_hash, quiz.title, mode, now, plan)
        return self.saves.submit(entry, running)  # type: ignore[return-value]

    def resume(self, quiz: QuizSet, stored: AttemptWithAnswers) -> QuizSession:
        """Rebuild an open attempt's session and carry on recording into the same attempt.

        A ValueError means the set changed so that the answers no longer fit it.
        """
        plan = stored.attempt.plan if isinstance(stored.attempt.plan, dict) else {}
        answers = [(answer.question_id, answer.response) for answer in stored.answers]
        session = resume_session(quiz, plan, answers)
        self._running = _Running(stored.attempt.id, session)
        return session

    def record(
        self, question_id: str, seconds: float, confidence: Confidence | None = None
    ) -> RecordedAnswer | None:
        """Commit the session's answer to ``question_id`` (already scored by the engine)."""
        running = self._require()
        session = running.session
        verdict = session.verdict_for(question_id)
        response = session.response_for(question_id)
        if verdict is None or response is None:
            raise ValueError(f"question {question_id!r} has not been answered in this session")
        position = next(p.position for p in session.presented() if p.question.id == question_id)
        question = next(q for q in session.quiz.questions if q.id == question_id)
        answer = AnswerInput(
            question_id=question_id,
            position=position,
            response=response.to_json(),
            points_earned=min(verdict.points, verdict.possible),
            points_possible=verdict.possible,
            seconds=max(0.0, seconds),
            confidence=confidence,
            tags=tuple(question.skills),  # no unreviewed mark: it is no skill
            items=tuple(ClassifyPair(truth, chosen) for truth, chosen in verdict.confusions),
        )
        entry = answer_entry(answer, self._clock())
        return self.saves.submit(entry, running)  # type: ignore[return-value]

    def finish(self) -> Attempt | None:
        """Close the attempt as finished; the controller is then ready for the next one."""
        running = self._require()
        self._running = None
        entry = close_entry("finish", self._clock())
        return self.saves.submit(entry, running)  # type: ignore[return-value]

    def abandon(self, attempt_id: int) -> Attempt | None:
        """The learner declined to resume: keep the answers, stop offering the attempt."""
        if self._running is not None and self._running.attempt_id == attempt_id:
            self._running = None
        entry = close_entry("abandon", self._clock(), attempt_id)
        return self.saves.submit(entry)  # type: ignore[return-value]

    def leave(self) -> None:
        """Stop recording without closing: the attempt stays open and will be offered again."""
        self._running = None

    def calibration(self, attempt_id: int) -> Calibration:
        return self.db.calibration(attempt_id=attempt_id)

    def _require(self) -> _Running:
        if self._running is None:
            raise RuntimeError("no attempt is being recorded")
        return self._running
