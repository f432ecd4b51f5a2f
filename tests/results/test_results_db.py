"""The results database: attempts and answers as they happen, and what the screens read back."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from results_helpers import at, choice, classify, open_db

from quizapp.results.database import ResultsDB
from quizapp.results.migrations import (
    REBUILD_DAILY_STATS,
    REBUILD_LATEST_ANSWERS,
    run_in_transaction,
)
from quizapp.results.records import (
    AnswerAlreadyRecorded,
    AttemptClosed,
    DatabaseTooNew,
    DatabaseUnavailable,
    UnknownAttempt,
    canonical_hash,
    content_hash,
)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[ResultsDB]:
    with open_db(tmp_path) as opened:
        yield opened


def test_a_fresh_database_uses_wal_and_the_latest_layout(db: ResultsDB) -> None:
    conn = db._conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2


def test_answers_come_back_in_order_with_totals_and_student_name(db: ResultsDB) -> None:
    db.set_student_name("  Zoé Martin ")
    attempt = db.start_attempt("small-set", "hash-1", "Petit test", "quiz", at(2), plan=["a", "b"])
    db.record_answer(attempt.id, choice("who", 0, True, confidence="sure"), at(2, 10, 1))
    db.record_answer(
        attempt.id, classify("labels", 1, [("named", "named"), ("vague", None)]), at(2, 10, 2)
    )
    stored = db.attempt_with_answers(attempt.id)
    assert stored.attempt.student_name == "Zoé Martin"
    assert stored.attempt.plan == ["a", "b"]
    assert (stored.attempt.points_earned, stored.attempt.points_possible) == (1.5, 2.0)
    assert [a.question_id for a in stored.answers] == ["who", "labels"]
    assert stored.answers[0].response == {"type": "single_choice", "picked": [0]}
    assert stored.answers[1].items[1].chosen_label is None
    assert stored.answers[1].score == 0.5


def test_an_answer_is_never_overwritten_nor_added_to_a_closed_attempt(db: ResultsDB) -> None:
    attempt = db.start_attempt("s", "h", "S", "quiz", at(2))
    db.record_answer(attempt.id, choice("q1", 0, True), at(2))
    with pytest.raises(AnswerAlreadyRecorded):
        db.record_answer(attempt.id, choice("q1", 0, False), at(2))
    assert db.attempt(attempt.id).answered == 1  # the refused answer left no trace
    db.finish_attempt(attempt.id, at(2, 11))
    with pytest.raises(AttemptClosed):
        db.record_answer(attempt.id, choice("q2", 1, True), at(2, 12))
    with pytest.raises(UnknownAttempt):
        db.record_answer(999, choice("q2", 1, True), at(2, 12))


def test_bad_values_are_refused(db: ResultsDB) -> None:
    with pytest.raises(ValueError, match="mode"):
        db.start_attempt("s", "h", "S", "practice", at(2))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="timezone"):
        db.start_attempt("s", "h", "S", "quiz", dt.datetime(2026, 3, 2, 10))
    attempt = db.start_attempt("s", "h", "S", "quiz", at(2))
    with pytest.raises(ValueError, match="confidence"):
        db.record_answer(attempt.id, choice("q", 0, True, confidence="maybe"), at(2))


def test_interrupted_attempts_are_offered_until_finished_or_abandoned(db: ResultsDB) -> None:
    first = db.start_attempt("s", "h", "S", "quiz", at(2))
    second = db.start_attempt("t", "h", "T", "exam", at(3))
    db.record_answer(first.id, choice("q1", 0, True), at(2))
    assert [item.attempt.id for item in db.interrupted_attempts()] == [second.id, first.id]
    db.abandon_attempt(second.id, at(3, 11))
    db.finish_attempt(first.id, at(4))
    assert db.interrupted_attempts() == []
    assert db.attempt(second.id).status == "abandoned"
    assert db.attempt(first.id).ended_at == "2026-03-04T10:00:00+01:00"


def test_history_flags_attempts_made_on_an_earlier_version(db: ResultsDB) -> None:
    for day, set_hash, right in ((2, "old", False), (3, "old", True), (4, "new", False)):
        attempt = db.start_attempt("s", set_hash, "S", "quiz", at(day))
        db.record_answer(attempt.id, choice("q1", 0, right), at(day))
        db.record_answer(attempt.id, choice("q2", 1, True), at(day))
        db.finish_attempt(attempt.id, at(day, 11))
    db.start_attempt("s", "new", "S", "quiz", at(5))  # still open: not counted
    history = db.set_history("s", "new")
    assert history is not None
    assert (history.attempts, history.last_score, history.best_score) == (3, 0.5, 1.0)
    assert history.earlier_version_attempts == 2
    assert not history.last_on_earlier_version
    flags = [entry.earlier_version for entry in db.attempts_of_set("s", "new")]
    assert flags == [False, False, True, True]
    assert db.set_history("unknown", None) is None


def test_review_my_mistakes_uses_each_question_s_latest_answer(db: ResultsDB) -> None:
    old = db.start_attempt("s", "h", "S", "quiz", at(2))
    for position, (question, right) in enumerate((("q1", False), ("q2", False), ("q3", True))):
        db.record_answer(old.id, choice(question, position, right), at(2, 10, position))
    db.finish_attempt(old.id, at(2, 11))
    review = db.start_attempt("s", "h", "S", "review", at(3))
    db.record_answer(review.id, choice("q1", 0, True), at(3))
    db.record_answer(review.id, classify("q4", 1, [("named", "vague")]), at(3, 10, 1))
    assert db.wrong_last_time("s") == ["q2", "q4"]
    assert db.wrong_last_time("other") == []


def test_calibration_and_confusion_per_attempt_and_overall(db: ResultsDB) -> None:
    one = db.start_attempt("s", "h", "S", "quiz", at(2))
    db.record_answer(one.id, choice("q1", 0, True, confidence="sure"), at(2))
    db.record_answer(one.id, choice("q2", 1, False, confidence="sure"), at(2))
    db.record_answer(one.id, choice("q3", 2, False, confidence="unsure"), at(2))
    two = db.start_attempt("t", "h", "T", "quiz", at(3))
    db.record_answer(two.id, choice("q1", 0, True, confidence="sure"), at(3))
    db.record_answer(two.id, classify("c", 1, [("named", "vague"), ("vague", "vague")]), at(3))
    first = db.calibration(attempt_id=one.id)
    assert (first.sure, first.sure_right, first.sure_accuracy) == (2, 1, 0.5)
    assert first.unsure_accuracy == 0.0
    overall = db.calibration()
    assert (overall.sure, overall.sure_right) == (3, 2)
    in_set = db.calibration(set_id="s")
    assert (in_set.sure, in_set.sure_right, in_set.unsure, in_set.unsure_right) == (2, 1, 1, 0)
    assert db.calibration(set_id="none").sure_accuracy is None
    assert db.confusion(set_id="t") == {("named", "vague"): 1, ("vague", "vague"): 1}
    assert db.confusion(attempt_id=one.id) == {}


def test_mastery_per_tag_and_label_by_attempt_and_by_day(db: ResultsDB) -> None:
    for day, right in ((2, False), (5, True)):
        attempt = db.start_attempt("s", "h", "S", "quiz", at(day))
        db.record_answer(attempt.id, choice("q1", 0, right, points=2), at(day))
        chosen = "vague" if right else "named"
        db.record_answer(
            attempt.id, classify("c", 1, [("vague", chosen), ("fact", "fact")]), at(day)
        )
        db.finish_attempt(attempt.id, at(day, 11))
    by_attempt = db.mastery_by_attempt("s", "label")
    assert [p.share for p in by_attempt["vague"]] == [0.0, 1.0]
    assert [p.share for p in by_attempt["fact"]] == [1.0, 1.0]
    tags = db.mastery_by_day("s", "tag")
    assert [(p.when, p.share) for p in tags["attribution"]] == [
        ("2026-03-02", 0.0),
        ("2026-03-05", 1.0),
    ]
    assert [p.share for p in tags["sourcing"]] == [0.5, 1.0]


def test_home_statistics_gather_every_set_and_the_due_count(db: ResultsDB) -> None:
    for set_id, day in (("a", 2), ("b", 3)):
        attempt = db.start_attempt(set_id, "h", set_id.upper(), "quiz", at(day))
        db.record_answer(attempt.id, choice("q1", 0, True, confidence="sure"), at(day))
        db.record_answer(attempt.id, choice("q2", 1, False), at(day))
        db.finish_attempt(attempt.id, at(day, 11))
    home = db.home_statistics(dt.date(2026, 3, 4), {"a": "h", "b": "changed"})
    assert [o.history.set_id for o in home.sets] == ["a", "b"]
    assert home.sets[1].history.last_on_earlier_version
    assert home.sets[0].calibration.sure_accuracy == 1.0
    assert [p.share for p in home.sets[0].overall_by_day] == [0.5]
    # q2 of 'a' and of 'b' are in box 1 (due the next day); the right q1s are due days later.
    assert home.due_today == 2


def test_a_reader_connection_sees_committed_answers_and_cannot_write(tmp_path: Path) -> None:
    writer = open_db(tmp_path)
    attempt = writer.start_attempt("s", "h", "S", "quiz", at(2))
    writer.record_answer(attempt.id, choice("q1", 0, True), at(2))
    reader = ResultsDB.open_reader(writer.path)
    assert [a.answered for a in (x.attempt for x in reader.interrupted_attempts())] == [1]
    with pytest.raises(DatabaseUnavailable, match="readonly"):
        reader.set_student_name("Zoé")
    reader.close()
    writer.close()


def test_a_database_from_a_newer_quizapp_is_left_alone(tmp_path: Path) -> None:
    open_db(tmp_path).close()
    path = tmp_path / "results.db"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(DatabaseTooNew, match="newer quizapp"):
        ResultsDB.open(path, at(2))
    assert path.exists()
    assert not list(tmp_path.glob("*.corrupt-*"))


def test_set_hashes_tell_versions_apart() -> None:
    assert content_hash(b"id: a\n") != content_hash(b"id: b\n")
    assert canonical_hash({"b": 1, "a": [1, 2]}) == canonical_hash({"a": [1, 2], "b": 1})
    assert len(content_hash(b"")) == 64


def test_home_curves_cover_the_chart_window_and_totals_all_time(db: ResultsDB) -> None:
    for month, day in ((1, 10), (3, 1), (3, 3)):
        attempt = db.start_attempt("s", "h", "S", "quiz", at(day, month=month))
        db.record_answer(
            attempt.id, choice("q1", 0, month == 3, confidence="sure"), at(day, month=month)
        )
        db.record_answer(attempt.id, classify("c", 1, [("vague", "vague")]), at(day, month=month))
        db.finish_attempt(attempt.id, at(day, 11, month=month))
    home = db.home_statistics(dt.date(2026, 3, 4), {"s": "h"}, chart_days=30)
    assert home.chart_since == dt.date(2026, 2, 3)
    [overview] = home.sets
    assert [p.when for p in overview.tag_by_day["attribution"]] == ["2026-03-01", "2026-03-03"]
    total = overview.tag_total["attribution"]
    assert (total.earned, total.possible, total.n, total.when) == (2.0, 3.0, 3, "2026-03-03")
    assert overview.label_total["vague"].share == 1.0
    assert (overview.calibration.sure, overview.calibration.sure_right) == (3, 2)
    everything = db.home_statistics(dt.date(2026, 3, 4), {}, chart_days=None)
    assert len(everything.sets[0].overall_by_day) == 3


def test_the_summaries_kept_per_answer_equal_ones_rebuilt_from_the_answers(db: ResultsDB) -> None:
    rng = random.Random(7)
    labels = ("named", "anonymous", "vague", "author", "fact")
    for number in range(30):
        attempt = db.start_attempt(f"set-{number % 3}", "h", "S", "quiz", at(1 + number % 20))
        for position in range(8):
            when = at(1 + number % 20, 10, position)
            if position % 4 == 3:
                pairs = [(rng.choice(labels), rng.choice((*labels, None))) for _ in range(3)]
                db.record_answer(attempt.id, classify(f"q{position}", position, pairs), when)
            else:
                confidence = rng.choice(("sure", "unsure", None))
                tags = tuple(rng.sample(("a", "b", "c"), rng.randint(0, 2)))
                answer = choice(f"q{position}", position, rng.random() < 0.6, tags, confidence)
                db.record_answer(attempt.id, answer, when)
    selects = ("SELECT * FROM daily_stats ORDER BY set_id, kind, key, day",
               "SELECT * FROM latest_answers ORDER BY set_id, question_id")  # fmt: skip
    kept = [db._conn.execute(select).fetchall() for select in selects]
    run_in_transaction(db._conn, REBUILD_DAILY_STATS + REBUILD_LATEST_ANSWERS)
    rebuilt = [db._conn.execute(select).fetchall() for select in selects]
    assert len(kept[0]) > 100
    assert len(kept[1]) == 3 * 8
    assert _rounded(kept[0]) == _rounded(rebuilt[0])
    assert kept[1] == rebuilt[1]


def _rounded(rows: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    """Sums of thirds may differ in the last bit depending on the order they were added in."""
    return [tuple(round(v, 9) if isinstance(v, float) else v for v in row) for row in rows]


def test_a_database_locked_by_another_program_is_a_store_error_not_a_lost_answer(
    tmp_path: Path,
) -> None:
    db = open_db(tmp_path)
    attempt = db.start_attempt("s", "h", "S", "quiz", at(2))
    other = sqlite3.connect(db.path, timeout=0)
    other.execute("BEGIN IMMEDIATE")  # another quizapp writing to the same file
    db._conn.execute("PRAGMA busy_timeout = 0")
    with pytest.raises(DatabaseUnavailable, match="locked"):
        db.record_answer(attempt.id, choice("q1", 0, True), at(2))
    other.execute("ROLLBACK")
    other.close()
    db.record_answer(attempt.id, choice("q1", 0, True), at(2))  # no transaction left open
    assert [a.answered for a in (x.attempt for x in db.interrupted_attempts())] == [1]
    db.close()
