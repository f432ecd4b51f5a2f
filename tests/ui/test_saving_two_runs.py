"""Two quizapps open on one results file while it is busy: each keeps its own waiting saves.

With one shared journal, both runs numbered their saves from 1, one run's "done" lines marked
the other's saves as written, and the first to empty its queue removed the journal under the
other: a kill then lost answers. Now each run has a journal of its own, held by a lock file,
and a start takes over only the journals of runs that are over.
"""

from __future__ import annotations

import datetime as dt
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
from quizapp.ui.study.saving.journal import WaitingJournal
from quizapp.ui.study.saving.pending import PendingSaves

CHILD = Path(__file__).with_name("saving_killed_child.py")
REPO = Path(__file__).resolve().parents[2]
START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def _locked(path: Path) -> sqlite3.Connection:
    """Another program holding the results file's write lock."""
    locker = sqlite3.connect(path, isolation_level=None)
    locker.execute("BEGIN IMMEDIATE")
    return locker


def _answer(saves: PendingSaves, set_id: str, count: int) -> None:
    ticket = Held()
    saves.submit(start_entry(set_id, "hash", set_id, "quiz", START, None), ticket)
    for index in range(count):
        answer = AnswerInput(f"{set_id}-{index}", index, index, 1.0, 1.0)
        saves.submit(answer_entry(answer, START + dt.timedelta(seconds=index + 1)), ticket)


def _stored(path: Path) -> dict[str, list[str]]:
    with ResultsDB.open_reader(path) as reader:
        attempts = reader.all_attempts()
    return {a.attempt.set_id: [answer.question_id for answer in a.answers] for a in attempts}


def _run(path: Path) -> tuple[ResultsDB, PendingSaves]:
    db, _ = ResultsDB.open(path, START)
    return db, PendingSaves(db)


def test_one_run_emptying_its_queue_leaves_the_other_runs_saves_alone(tmp_path: Path) -> None:
    path = tmp_path / "results.db"
    first_db, first = _run(path)
    second_db, second = _run(path)
    locker = _locked(path)
    _answer(first, "media", 3)
    _answer(second, "sources", 2)
    locker.rollback()
    locker.close()
    assert first.journal.path != second.journal.path
    assert first.retry() and not first.journal.path.exists()
    kept = second.journal.path.read_text(encoding="utf-8")
    assert second.journal.path.is_file() and len(kept.splitlines()) == 3
    second_db.close()
    del second  # killed: its saves are only in its journal
    next_db, following = _run(path)  # the next start takes the ended run's journal over
    assert following.pending == 0
    for db in (first_db, next_db):
        db.close()
    assert _stored(path) == {
        "media": ["media-0", "media-1", "media-2"],
        "sources": ["sources-0", "sources-1"],
    }


def test_a_start_leaves_a_running_quizapps_waiting_saves_to_it(tmp_path: Path) -> None:
    path = tmp_path / "results.db"
    running_db, running = _run(path)
    locker = _locked(path)
    _answer(running, "media", 2)
    before = running.journal.path.read_bytes()
    starting_db, starting = _run(path)
    assert starting.pending == 0 and running.journal.path.read_bytes() == before
    locker.rollback()
    locker.close()
    assert running.retry()
    for db in (running_db, starting_db):
        db.close()
    assert _stored(path) == {"media": ["media-0", "media-1"]}


def test_the_earlier_versions_single_journal_is_still_written(tmp_path: Path) -> None:
    path = tmp_path / "results.db"
    ResultsDB.open(path, START)[0].close()
    older = WaitingJournal(path.with_name("results.db.waiting.jsonl"))
    start = older.add(start_entry("media", "hash", "Media", "quiz", START, None))
    answer = answer_entry(AnswerInput("q0", 0, 0, 1.0, 1.0), START)
    older.add({**answer, "after_start": start})
    older.let_go()
    db, saves = _run(path)
    saves.close(0)  # the window closes: the run's lock goes too
    db.close()
    assert saves.pending == 0 and _stored(path) == {"media": ["q0"]}
    assert sorted(p.name for p in tmp_path.iterdir() if "waiting" in p.name) == []


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_two_runs_killed_while_the_file_was_busy_are_both_written_next_time(
    tmp_path: Path,
) -> None:
    path = tmp_path / "results.db"
    ResultsDB.open(path, START)[0].close()
    env = dict(os.environ, PYTHONPATH=str(REPO))
    children = [
        subprocess.Popen(
            [sys.executable, str(CHILD), str(path), "4", set_id],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        for set_id in ("media", "sources")
    ]
    try:
        for child in children:
            assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        locker = _locked(path)
        for child in children:
            assert child.stdin is not None and child.stdout is not None
            child.stdin.write("go\n")
            child.stdin.flush()
            assert [child.stdout.readline().split()[0] for _ in range(4)] == ["queued"] * 4
        for child in children:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
        locker.rollback()
        locker.close()
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
    db, saves = _run(path)
    saves.close(0)
    db.close()
    expected = {s: [f"q{i}" for i in range(4)] for s in ("media", "sources")}
    assert saves.pending == 0 and _stored(path) == expected
    assert [p.name for p in tmp_path.iterdir() if "waiting" in p.name] == []
