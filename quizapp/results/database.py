"""The learner's results database: attempts and answers written as they happen.

Each answer is committed in its own transaction in WAL mode, so killing the app mid-quiz loses
at most the answer being given, and the attempt, left open, is offered for resuming. A file
SQLite cannot read is moved aside and a fresh database started, with a notice for the learner:
losing a history is bad, but refusing to start the app over it is worse.

Times are always passed in by the caller (aware datetimes): nothing here reads the clock.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from quizapp.results import leitner
from quizapp.results.dbfile import connect, move_aside
from quizapp.results.records import (
    FULL_MARKS,
    MODES,
    AnswerInput,
    Attempt,
    AttemptClosed,
    AttemptWithAnswers,
    DatabaseUnavailable,
    Mode,
    OpenNotice,
    RecordedAnswer,
    UnknownAttempt,
    iso_time,
)
from quizapp.results.rows import (
    DAMAGED_CODES,
    answers_by_attempt,
    corruption_as_error,
    primary_code,
    select_attempts,
)
from quizapp.results.stats import ResultsQueries
from quizapp.results.writing import as_input, check_answer, insert_answer, insert_imported

STUDENT_NAME_KEY = "student_name"


class ResultsDB(ResultsQueries):
    """One connection to the results file; use one instance per thread."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path

    @classmethod
    def open(cls, path: Path, now: dt.datetime) -> tuple[ResultsDB, OpenNotice | None]:
        """Open or create the database, moving a damaged file aside (then a notice is returned)."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DatabaseUnavailable(
                f"cannot create the data folder {path.parent}: {error}"
            ) from error
        try:
            return cls(connect(path, migrate_it=True), path), None
        except sqlite3.DatabaseError as error:
            # Only a file SQLite calls damaged is moved aside: a permission or read error may
            # pass (a USB stick), and the learner's history must not vanish from view for it.
            if primary_code(error) not in DAMAGED_CODES or not path.is_file():
                raise DatabaseUnavailable(
                    f"cannot open the results file {path}: {error}"
                ) from error
            reason = str(error)
            moved = move_aside(path, now)
        try:
            fresh = cls(connect(path, migrate_it=True), path)
        except sqlite3.DatabaseError as error:
            raise DatabaseUnavailable(f"cannot create the results file {path}: {error}") from error
        message = (
            f"Your results file could not be read ({reason}). It was kept as {moved.name} "
            "and a new, empty results file was started."
        )
        return fresh, OpenNotice(message, str(moved))

    @classmethod
    def open_reader(cls, path: Path) -> ResultsDB:
        """A read-only connection for a worker thread (statistics), next to the main writer."""
        try:
            conn = connect(path, migrate_it=False)
            conn.execute("PRAGMA query_only = ON")
        except sqlite3.DatabaseError as error:
            raise DatabaseUnavailable(f"cannot read the results file {path}: {error}") from error
        return cls(conn, path)

    def set_busy_timeout(self, milliseconds: int) -> None:
        """How long a write waits for another program's lock before DatabaseUnavailable."""
        self._conn.execute(f"PRAGMA busy_timeout = {int(milliseconds)}")

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> ResultsDB:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def student_name(self) -> str | None:
        return self.setting(STUDENT_NAME_KEY)

    def set_student_name(self, name: str | None) -> None:
        """Entered once in the settings; stamped on every later attempt and export."""
        self.set_setting(STUDENT_NAME_KEY, name.strip() if name and name.strip() else None)

    def setting(self, key: str) -> str | None:
        rows = self._read("SELECT value FROM settings WHERE key = ?", (key,))
        return str(rows[0][0]) if rows else None

    def set_setting(self, key: str, value: str | None) -> None:
        with self._transaction() as conn:
            if value is None:
                conn.execute("DELETE FROM settings WHERE key = ?", (key,))
            else:
                conn.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", (key, value))

    def start_attempt(
        self,
        set_id: str,
        set_hash: str,
        set_title: str,
        mode: Mode,
        now: dt.datetime,
        plan: object = None,
    ) -> Attempt:
        """Begin an attempt; ``plan`` is the engine's own (JSON) record of the question order."""
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}; expected one of {', '.join(MODES)}")
        values = (str(uuid.uuid4()), set_id, set_hash, set_title, mode, iso_time(now))
        with self._transaction() as conn:
            row = conn.execute(
                """INSERT INTO attempts (uid, set_id, set_hash, set_title, mode, started_at,
                       student_name, plan)
                   VALUES (?, ?, ?, ?, ?, ?, (SELECT value FROM settings WHERE key = ?), ?)
                   RETURNING id""",
                (*values, STUDENT_NAME_KEY, None if plan is None else json.dumps(plan)),
            ).fetchone()
        return self.attempt(int(row[0]))

    def record_answer(
        self, attempt_id: int, answer: AnswerInput, now: dt.datetime, update_boxes: bool = True
    ) -> RecordedAnswer:
        """Commit one answer, its running totals, day summary and Leitner move, all at once."""
        check_answer(answer)
        answered_at = iso_time(now)
        with self._transaction() as conn:
            attempt = self._open_attempt(attempt_id)
            insert_answer(conn, attempt, answer, answered_at)
            if update_boxes:
                right = answer.score >= FULL_MARKS
                leitner.move(conn, attempt.set_id, answer.question_id, right, answered_at)
        return RecordedAnswer(
            answer.question_id, answer.position, answer.response, answer.score,
            answer.points_earned, answer.points_possible, answer.confidence, answer.seconds,
            answered_at, answer.tags, answer.items,
        )  # fmt: skip

    def finish_attempt(self, attempt_id: int, now: dt.datetime) -> Attempt:
        return self._close_attempt(attempt_id, "finished", now)

    def abandon_attempt(self, attempt_id: int, now: dt.datetime) -> Attempt:
        """The learner declined to resume: keep the answers, stop offering the attempt."""
        return self._close_attempt(attempt_id, "abandoned", now)

    def attempt(self, attempt_id: int) -> Attempt:
        found = self._guarded(lambda: select_attempts(self._conn, "id = ?", (attempt_id,)))
        if not found:
            raise UnknownAttempt(f"no attempt with id {attempt_id}")
        return found[0]

    def attempt_with_answers(self, attempt_id: int) -> AttemptWithAnswers:
        attempt = self.attempt(attempt_id)
        answers = self._guarded(lambda: answers_by_attempt(self._conn, [attempt_id]))
        return AttemptWithAnswers(attempt, tuple(answers[attempt_id]))

    def interrupted_attempts(self) -> list[AttemptWithAnswers]:
        """Attempts never finished nor abandoned, newest first, each with its answers in order."""
        return self._with_answers("status = 'open' ORDER BY started_at DESC, id DESC")

    def all_attempts(self) -> list[AttemptWithAnswers]:
        """Every attempt with its answers, oldest first (what a full export carries)."""
        return self._with_answers("1 ORDER BY started_at, id")

    def import_attempts(self, attempts: list[AttemptWithAnswers]) -> int:
        """Add attempts read from an export; ones already present (same uid) are skipped.

        Leitner boxes are left alone: an imported history says what was answered, not when the
        learner should next practise on this machine.
        """
        added = 0
        for item in attempts:
            with self._transaction() as conn:
                if conn.execute(
                    "SELECT 1 FROM attempts WHERE uid = ?", (item.attempt.uid,)
                ).fetchone():
                    continue
                attempt = insert_imported(conn, item.attempt)
                for answer in item.answers:
                    given = as_input(answer)
                    check_answer(given)
                    insert_answer(conn, attempt, given, answer.answered_at)
                added += 1
        return added

    def _with_answers(self, where: str) -> list[AttemptWithAnswers]:
        def query() -> list[AttemptWithAnswers]:
            attempts = select_attempts(self._conn, where)
            answers = answers_by_attempt(self._conn, [a.id for a in attempts])
            return [AttemptWithAnswers(a, tuple(answers[a.id])) for a in attempts]

        return self._guarded(query)

    def _open_attempt(self, attempt_id: int) -> Attempt:
        attempt = self.attempt(attempt_id)
        if attempt.status != "open":
            raise AttemptClosed(f"attempt {attempt_id} is already {attempt.status}")
        return attempt

    def _close_attempt(self, attempt_id: int, status: str, now: dt.datetime) -> Attempt:
        with self._transaction():
            self._open_attempt(attempt_id)
            self._conn.execute(
                "UPDATE attempts SET status = ?, ended_at = ? WHERE id = ?",
                (status, iso_time(now), attempt_id),
            )
        return self.attempt(attempt_id)

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One IMMEDIATE transaction; SQLite damage found on the way becomes DatabaseCorrupt."""
        with corruption_as_error():
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:  # also when COMMIT itself failed (disk full)
                    self._conn.execute("ROLLBACK")
                raise
