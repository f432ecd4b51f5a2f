"""Issue 11, class 6: another program holding the results file's write lock for seconds makes
answers wait in memory, in order, never blocks the window, and loses none of them."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
from pathlib import Path

import pytest

from quizapp.engine import QuizSession, State
from quizapp.engine.keys import correct_response
from quizapp.model import QuizSet
from quizapp.results.database import ResultsDB
from quizapp.ui.study.controller import StudyController

START = dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=10)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
"""


@pytest.fixture
def db(tmp_path: Path):
    opened, _ = ResultsDB.open(tmp_path / "results.db", START)
    yield opened
    opened.close()


def _hold_lock(path: Path, seconds: float) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    return holder


def _answer_all(study: StudyController, session: QuizSession) -> list[object]:
    returned = []
    while session.state is not State.FINISHED:
        question = session.current.question
        session.answer(correct_response(question, session.quiz))
        returned.append(study.record(question.id, seconds=2.0))
        session.next()
    return returned


def test_answers_given_while_another_program_holds_the_lock_are_all_saved(
    db: ResultsDB, small_quiz: QuizSet
) -> None:
    study = StudyController(db, lambda: START)
    session = QuizSession(small_quiz, seed=3)
    holder = _hold_lock(db.path, 3.0)
    started = study.begin(session, "h", "quiz", subset=False)
    returned = _answer_all(study, session)
    study.finish()
    assert started is None and returned == [None] * len(returned)  # queued, nothing raised
    assert study.saves.pending == len(returned) + 2  # start, every answer, the end
    assert holder.wait(timeout=30) == 0
    deadline = time.monotonic() + 20
    while not study.saves.retry():
        assert time.monotonic() < deadline, "the queue was never written"
        time.sleep(study.saves.next_delay())
    with ResultsDB.open_reader(db.path) as reader:
        (attempt,) = reader.all_attempts()
    assert attempt.attempt.status == "finished"
    assert len(attempt.answers) == len(small_quiz.questions) and not study.saves.lost


def test_a_row_with_invalid_json_does_not_stop_the_statistics(
    db: ResultsDB, small_quiz: QuizSet
) -> None:
    study = StudyController(db, lambda: START)
    session = QuizSession(small_quiz, seed=3)
    study.begin(session, "h", "quiz", subset=False)
    _answer_all(study, session)
    db._conn.execute("UPDATE answers SET response = '{not json' WHERE id = 1")
    from quizapp.ui.study.stats import compute_snapshot

    snapshot = compute_snapshot(db.path, START.date(), {small_quiz.id: (small_quiz, None)})
    assert snapshot.interrupted and snapshot.interrupted[0].answers[0].response is None


def test_answers_still_waiting_at_closing_are_written_on_the_next_start(
    db: ResultsDB, small_quiz: QuizSet
) -> None:
    study = StudyController(db, lambda: START)
    session = QuizSession(small_quiz, seed=5)
    holder = _hold_lock(db.path, 2.0)
    study.begin(session, "h", "quiz", subset=False)
    answered = len(_answer_all(study, session))
    study.finish()
    assert not study.saves.close(100)  # the window closes while the file is still busy
    assert study.saves.kept_path.is_file()
    assert holder.wait(timeout=30) == 0
    StudyController(db, lambda: START)  # the next start
    with ResultsDB.open_reader(db.path) as reader:
        (attempt,) = reader.all_attempts()
    assert attempt.attempt.status == "finished" and len(attempt.answers) == answered


def test_the_window_tells_once_after_a_while_and_keeps_retrying(
    qtbot, settings, loader, db: ResultsDB, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from quizapp.ui.shell.main_window import MainWindow
    from quizapp.ui.study.flow import StudyFlow

    window = MainWindow(settings, loader)
    qtbot.addWidget(window)
    flow = StudyFlow(window, StudyController(db, lambda: START), settings)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: told.append(box.windowTitle()))
    saves = flow.controller.saves
    busy, tell = [True], [False]
    monkeypatch.setattr(saves, "retry", lambda: not busy[0])
    monkeypatch.setattr(saves, "should_tell", lambda: tell[0])
    monkeypatch.setattr(type(saves), "pending", property(lambda self: int(busy[0])))
    flow._retry_saves()
    assert told == [] and flow._retry_timer.isActive()  # busy for a moment: not a word
    tell[0] = True
    flow._retry_saves()
    flow._retry_saves()
    assert told == ["Your answers are waiting to be saved"]  # once, and still retrying
    assert flow._retry_timer.isActive()
    busy[0] = False
    flow._retry_saves()
    assert not flow._retry_timer.isActive() and not flow._told_busy
    flow.wait()
