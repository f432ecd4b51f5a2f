"""Answers waiting for a busy results file survive a SIGKILL and are written once, later."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.results.database import ResultsDB
from quizapp.results.records import AnswerInput
from quizapp.ui.study.saving.entries import Held, answer_entry, start_entry
from quizapp.ui.study.saving.pending import PendingSaves

CHILD = Path(__file__).with_name("saving_killed_child.py")
REPO = Path(__file__).resolve().parents[2]
START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
ANSWERS = 6


def _child(path: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.Popen(
        [sys.executable, str(CHILD), str(path), str(ANSWERS)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )


def _answers_once(path: Path) -> list[str]:
    with ResultsDB.open_reader(path) as reader:
        (stored,) = reader.all_attempts()
    return [answer.question_id for answer in stored.answers]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_answers_queued_behind_a_held_lock_survive_a_kill(tmp_path: Path) -> None:
    path = tmp_path / "results.db"
    child = _child(path)
    locker: sqlite3.Connection | None = None
    try:
        assert child.stdin is not None and child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        locker = sqlite3.connect(path, isolation_level=None)  # another program takes the lock
        locker.execute("BEGIN IMMEDIATE")
        child.stdin.write("go\n")
        child.stdin.flush()
        queued = [child.stdout.readline().split()[1] for _ in range(ANSWERS)]
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
        if locker is not None:
            locker.rollback()
            locker.close()
    assert child.returncode == -signal.SIGKILL
    db, _ = ResultsDB.open(path, START)
    saves = PendingSaves(db)  # the next start writes what was waiting
    assert saves.pending == 0
    db.close()
    assert _answers_once(path) == queued == [f"q{i}" for i in range(ANSWERS)]
    db, _ = ResultsDB.open(path, START)
    PendingSaves(db)  # and a start after that writes nothing twice
    db.close()
    assert _answers_once(path) == queued


def _queue_behind_lock(path: Path) -> tuple[Path, list[str]]:
    """Start and answer three questions while the file is locked; the journal and its lines.

    The run ends with this function (its lock goes with it), as a killed one would."""
    db, _ = ResultsDB.open(path, START)
    saves, ticket = PendingSaves(db), Held()
    locker = sqlite3.connect(path, isolation_level=None)
    locker.execute("BEGIN IMMEDIATE")
    saves.submit(start_entry("media", "hash", "Media", "quiz", START, None), ticket)
    for index in range(3):
        answer = AnswerInput(f"q{index}", index, index, 0.0, 1.0)
        saves.submit(answer_entry(answer, START + dt.timedelta(seconds=index + 1)), ticket)
    locker.rollback()
    locker.close()
    db.close()
    return saves.journal.path, saves.journal.path.read_text(encoding="utf-8").splitlines()


def test_a_line_torn_by_a_kill_loses_only_that_line(tmp_path: Path) -> None:
    path = tmp_path / "results.db"
    journal, lines = _queue_behind_lock(path)
    assert len(lines) == 4
    journal.write_text("\n".join(lines[:3]) + "\n" + lines[3][: len(lines[3]) // 2])
    db, _ = ResultsDB.open(path, START)
    PendingSaves(db)
    db.close()
    assert _answers_once(path) == ["q0", "q1"]
    assert not journal.exists()


def test_saves_written_before_their_done_line_are_not_written_twice(tmp_path: Path) -> None:
    path = tmp_path / "results.db"
    journal, lines = _queue_behind_lock(path)
    db, _ = ResultsDB.open(path, START)
    PendingSaves(db)  # writes everything and removes the journal
    db.close()
    journal.write_text("\n".join(lines) + "\n")  # as if killed before any "done" line
    db, _ = ResultsDB.open(path, START)
    saves = PendingSaves(db)
    db.close()
    assert saves.lost == [] and saves.pending == 0
    assert _answers_once(path) == ["q0", "q1", "q2"]
    assert not journal.exists()


def test_a_closing_time_file_of_the_earlier_version_is_still_written(tmp_path: Path) -> None:
    path = tmp_path / "results.db"
    db, _ = ResultsDB.open(path, START)
    db.close()
    start = start_entry("media", "hash", "Media", "quiz", START, None)
    answer = answer_entry(AnswerInput("q0", 0, 0, 1.0, 1.0), START)
    kept = [start, {**answer, "after_start": 0}]
    path.with_name("results.db.waiting.json").write_text(json.dumps(kept))
    db, _ = ResultsDB.open(path, START)
    PendingSaves(db)
    db.close()
    assert _answers_once(path) == ["q0"]
