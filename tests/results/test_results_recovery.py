"""Nothing lost: a killed app keeps every committed answer; a damaged file is moved aside."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from results_helpers import at, choice, open_db

import quizapp
from quizapp.results.database import ResultsDB
from quizapp.results.records import DatabaseCorrupt, DatabaseUnavailable

CHILD = Path(__file__).with_name("results_child_writer.py")
PROJECT_ROOT = Path(quizapp.__file__).resolve().parent.parent


def _run_until_killed(path: Path, acknowledged_wanted: int) -> int:
    """Start the writer, SIGKILL it once it has acknowledged enough answers; return the last one."""
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(path), "100000"],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    last = -1
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith("committed"):
            last = int(line.split()[1])
            if last + 1 >= acknowledged_wanted:
                child.send_signal(signal.SIGKILL)
                break
    child.wait(timeout=30)
    child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    return last


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
def test_killing_the_app_mid_quiz_keeps_every_committed_answer(tmp_path: Path) -> None:
    path = tmp_path / "results.db"
    last_acknowledged = _run_until_killed(path, acknowledged_wanted=200)

    db, notice = ResultsDB.open(path, at(3))
    assert notice is None
    [interrupted] = db.interrupted_attempts()
    answers = interrupted.answers
    # Every acknowledged answer is there, whole, and nothing beyond what was being written.
    assert len(answers) >= last_acknowledged + 1
    assert [a.position for a in answers] == list(range(len(answers)))
    assert all(len(a.items) == 2 and a.tags == ("sourcing",) for a in answers)
    # Totals and summaries were committed with each answer, so they agree with the answers.
    assert interrupted.attempt.answered == len(answers)
    assert interrupted.attempt.points_possible == len(answers)
    assert interrupted.attempt.plan == {"count": 100000}
    assert db.home_statistics(at(3).date(), {}).sets == []  # no finished attempt, no score yet
    day = db.mastery_by_day("killed-set", "label")
    assert sum(p.n for p in day["vague"]) == len(answers)
    # Resuming: the attempt carries on where it stopped.
    db.record_answer(interrupted.attempt.id, choice(f"q{len(answers)}", len(answers), True), at(3))
    db.finish_attempt(interrupted.attempt.id, at(3, 11))
    assert db.interrupted_attempts() == []
    assert db._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_file_of_random_bytes_is_moved_aside_with_a_notice(tmp_path: Path) -> None:
    path = tmp_path / "results.db"
    garbage = os.urandom(8192)
    path.write_bytes(garbage)

    db, notice = ResultsDB.open(path, at(2, 9, 30))
    assert notice is not None
    moved = Path(notice.moved_to or "")
    assert moved.name == "results.db.corrupt-20260302-093000"
    assert moved.read_bytes() == garbage
    assert "results.db.corrupt-20260302-093000" in notice.message
    assert "new, empty results file" in notice.message
    # The fresh database works.
    attempt = db.start_attempt("s", "h", "S", "quiz", at(2))
    db.record_answer(attempt.id, choice("q1", 0, True), at(2))
    db.close()


def test_a_second_corrupt_file_on_the_same_second_gets_its_own_name(tmp_path: Path) -> None:
    path = tmp_path / "results.db"
    names = []
    for _ in range(2):
        path.write_bytes(b"not a database at all" * 100)
        db, notice = ResultsDB.open(path, at(2))
        db.close()
        assert notice is not None
        names.append(Path(notice.moved_to or "").name)
    assert names == ["results.db.corrupt-20260302-100000", "results.db.corrupt-20260302-100000-2"]


def test_damage_found_later_is_reported_as_database_corrupt(tmp_path: Path) -> None:
    db = open_db(tmp_path)
    attempt = db.start_attempt("s", "h", "S", "quiz", at(2))
    for position in range(300):
        db.record_answer(attempt.id, choice(f"q{position}", position, True), at(2))
    db._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    path = tmp_path / "results.db"
    data = bytearray(path.read_bytes())
    page_size = 4096
    for page in range(2, len(data) // page_size):  # leave the header page, wreck the others
        data[page * page_size : page * page_size + 100] = b"\xff" * 100
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseCorrupt):
        reopened, _ = ResultsDB.open(path, at(3))
        reopened.all_attempts()


def test_a_data_folder_that_cannot_be_created_is_reported_not_crashed_on(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    with pytest.raises(DatabaseUnavailable, match="data folder"):
        ResultsDB.open(blocker / "results.db", at(2))
    assert blocker.read_text(encoding="utf-8").startswith("a file")
