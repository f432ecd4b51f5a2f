"""Migrations: a file written with the first layout opens in the current one, history intact."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from results_helpers import at, choice, classify, open_db

from quizapp.results.database import ResultsDB
from quizapp.results.migrations import MIGRATIONS, SCHEMA_VERSION, migrate, schema_version
from quizapp.results.records import RecordedAnswer
from quizapp.results.writing import as_input


def _record_live(db: ResultsDB) -> None:
    """A small history written through the API of the current version."""
    db.set_student_name("Zoé")
    attempt = db.start_attempt("s", "h1", "S", "quiz", at(2))
    db.record_answer(attempt.id, choice("q1", 0, True, confidence="sure"), at(2, 10, 1))
    db.record_answer(
        attempt.id, classify("c", 1, [("named", "vague"), ("fact", "fact")]), at(2, 10, 2)
    )
    db.finish_attempt(attempt.id, at(2, 11))
    attempt = db.start_attempt("s", "h2", "S", "quiz", at(3))
    db.record_answer(attempt.id, choice("q1", 0, False, confidence="unsure"), at(3, 23, 59))


def _copy_into_version_1(source: ResultsDB, path: Path) -> None:
    """Write the same history with plain SQL into a file that has the first layout only."""
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, MIGRATIONS[:1])
    conn.execute("INSERT INTO settings VALUES ('student_name', 'Zoé')")
    for item in source.all_attempts():
        a = item.attempt
        conn.execute(
            "INSERT INTO attempts (id, uid, set_id, set_hash, set_title, mode, status, started_at,"
            " ended_at, student_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (a.id, a.uid, a.set_id, a.set_hash, a.set_title, a.mode, a.status, a.started_at,
             a.ended_at, a.student_name),
        )  # fmt: skip
        for answer in item.answers:
            _insert_v1_answer(conn, a.id, answer)
    conn.close()


def _insert_v1_answer(conn: sqlite3.Connection, attempt_id: int, answer: RecordedAnswer) -> None:
    given = as_input(answer)
    (answer_id,) = conn.execute(
        "INSERT INTO answers (attempt_id, question_id, position, response, score, points_earned,"
        " points_possible, confidence, seconds, answered_at)"
        " VALUES (?, ?, ?, '{}', ?, ?, ?, ?, ?, ?) RETURNING id",
        (attempt_id, given.question_id, given.position, given.score, given.points_earned,
         given.points_possible, given.confidence, given.seconds, answer.answered_at),
    ).fetchone()  # fmt: skip
    conn.executemany("INSERT INTO answer_tags VALUES (?, ?)", [(answer_id, t) for t in given.tags])
    conn.executemany(
        "INSERT INTO answer_items VALUES (?, ?, ?, ?)",
        [(answer_id, i, p.true_label, p.chosen_label) for i, p in enumerate(given.items)],
    )


def test_a_version_1_file_is_brought_up_to_date_with_its_summaries_back_filled(
    tmp_path: Path,
) -> None:
    live = open_db(tmp_path / "live")
    _record_live(live)
    old_path = tmp_path / "old" / "results.db"
    old_path.parent.mkdir()
    _copy_into_version_1(live, old_path)

    migrated, notice = ResultsDB.open(old_path, at(4))
    assert notice is None
    assert schema_version(migrated._conn) == SCHEMA_VERSION == 2
    today, hashes = dt.date(2026, 3, 4), {"s": "h2"}
    assert migrated.home_statistics(today, hashes).sets == live.home_statistics(today, hashes).sets
    assert [i.attempt for i in migrated.all_attempts()] == [i.attempt for i in live.all_attempts()]
    assert migrated.student_name == "Zoé"
    assert migrated.wrong_last_time("s") == live.wrong_last_time("s") == ["q1", "c"]
    # The migrated file keeps working: the running totals go on from the back-filled ones.
    resumed = migrated.interrupted_attempts()[0].attempt
    migrated.record_answer(resumed.id, choice("q2", 1, True), at(4))
    assert migrated.attempt(resumed.id).points_possible == 2.0


def test_a_failing_step_leaves_the_file_at_its_previous_version(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "results.db", isolation_level=None)
    migrate(conn, MIGRATIONS[:1])
    broken = (*MIGRATIONS[:1], ("CREATE TABLE extra (x)", "THIS IS NOT SQL"))
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn, broken)
    assert schema_version(conn) == 1
    assert not conn.execute("SELECT name FROM sqlite_master WHERE name = 'extra'").fetchall()
    conn.close()


def test_opening_twice_does_not_migrate_twice(tmp_path: Path) -> None:
    open_db(tmp_path).close()
    again = open_db(tmp_path)
    assert schema_version(again._conn) == SCHEMA_VERSION
    again.close()
