"""A start never takes a running quizapp's journal, and a save copied twice is written once.

A run used to let its journal's lock go whenever its queue emptied; a start sweeping lock files
left by killed runs could take that lock in the moment between, then remove the journal the
running quizapp had just written its next waiting save to. And a kill while a start copied an
ended run's journal into its own left the saves in both journals: a finished attempt was then
written twice (only an attempt still open was recognised as written already).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from quizapp.results.database import ResultsDB
from quizapp.results.records import AnswerInput
from quizapp.ui.study.saving.entries import Held, answer_entry, close_entry, start_entry
from quizapp.ui.study.saving.journal import WaitingJournal
from quizapp.ui.study.saving.pending import PendingSaves

START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def _locked(path: Path) -> sqlite3.Connection:
    locker = sqlite3.connect(path, isolation_level=None)
    locker.execute("BEGIN IMMEDIATE")
    return locker


def _answer(index: int) -> dict:
    answer = AnswerInput(f"q{index}", index, index, 1.0, 1.0)
    return answer_entry(answer, START + dt.timedelta(seconds=index + 1))


def _stored(path: Path) -> list[tuple[str, str, list[str]]]:
    with ResultsDB.open_reader(path) as reader:
        attempts = reader.all_attempts()
    return [
        (a.attempt.set_id, a.attempt.status, [x.question_id for x in a.answers]) for a in attempts
    ]


def test_a_start_sweeping_stray_locks_leaves_a_running_quizapps_journal_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "results.db"
    running_db = ResultsDB.open(path, START)[0]
    running, ticket = PendingSaves(running_db), Held()
    locker = _locked(path)
    running.submit(start_entry("media", "hash", "Media", "quiz", START, None), ticket)
    locker.rollback()
    locker.close()
    steps: list[str] = []

    def next_save_waits() -> None:
        """The running quizapp's next save has to wait: it goes to its journal."""
        steps.append("waits")
        hold = _locked(path)
        running.submit(_answer(0), ticket)
        hold.rollback()
        hold.close()

    listed, cleared = Path.glob, WaitingJournal.clear

    def glob(folder: Path, pattern: str) -> Iterator[Path]:
        found = list(listed(folder, pattern))
        if pattern.endswith(".lock") and not steps:
            steps.append("emptied")
            assert running.retry()  # the running quizapp's queue empties meanwhile
        return iter(found)

    def clear(journal: WaitingJournal) -> None:
        if journal.path == running.journal.path and journal is not running.journal:
            next_save_waits()
        cleared(journal)

    monkeypatch.setattr(Path, "glob", glob)
    monkeypatch.setattr(WaitingJournal, "clear", clear)
    starting_db = ResultsDB.open(path, START)[0]
    PendingSaves(starting_db)
    monkeypatch.undo()
    if steps == ["emptied"]:
        next_save_waits()
    kept = running.journal.path.read_text(encoding="utf-8") if running.journal.path.exists() else ""
    assert '"question_id":"q0"' in kept
    assert not WaitingJournal(running.journal.path).take_over()  # still the running one's
    assert running.retry()
    for db in (running_db, starting_db):
        db.close()
    assert _stored(path) == [("media", "open", ["q0"])]


def _ended_journal(path: Path, name: str) -> None:
    """A journal left by a run killed while the file was busy: an attempt, answered, finished."""
    journal = WaitingJournal(path.with_name(f"results.db.waiting-{name}.jsonl"))
    start = journal.add(start_entry("media", "hash", "Media", "quiz", START, None))
    for index in range(2):
        journal.add({**_answer(index), "after_start": start})
    journal.add({**close_entry("finish", START + dt.timedelta(minutes=1)), "after_start": start})
    journal.let_go()


def test_saves_left_in_two_journals_by_a_kill_while_copying_are_written_once(
    tmp_path: Path,
) -> None:
    path = tmp_path / "results.db"
    ResultsDB.open(path, START)[0].close()
    _ended_journal(path, "0ended")  # the ended run's journal, not yet removed
    _ended_journal(path, "1copy")  # the copy the killed start had made of it
    db = ResultsDB.open(path, START)[0]
    saves = PendingSaves(db)
    db.close()
    assert saves.pending == 0 and saves.lost == []
    assert _stored(path) == [("media", "finished", ["q0", "q1"])]
