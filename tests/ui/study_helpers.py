"""Helpers for the self-study tests: a window saving into a temporary database, answering."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp.engine import State
from quizapp.engine.keys import correct_response, wrong_response
from quizapp.model import QuizSet
from quizapp.results.database import ResultsDB
from quizapp.ui.quiz.quiz_view import QuizView
from quizapp.ui.shell.main_window import MainWindow
from quizapp.ui.study.controller import StudyController
from quizapp.ui.study.flow import StudyFlow

Loader = Callable[[Path], QuizSet]
START = dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))


class Clock:
    """A clock the test moves: ``tick`` seconds per reading, ``days`` to jump ahead."""

    def __init__(self, start: dt.datetime = START) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(seconds=5)
        return self.now

    def days(self, count: int) -> None:
        self.now += dt.timedelta(days=count)


def study_window(
    qtbot: QtBot,
    settings: QSettings,
    loader: Loader,
    data_dir: Path,
    set_files: Iterable[Path],
    clock: Clock,
) -> tuple[MainWindow, StudyFlow]:
    """A shown window with the given sets open, saving into ``data_dir``."""
    window = MainWindow(settings, loader)
    qtbot.addWidget(window)
    for path in set_files:
        assert window.open_path(path) is not None
    db, notice = ResultsDB.open(data_dir / "results.db", clock.now)
    assert notice is None
    flow = StudyFlow(window, StudyController(db, clock), settings)
    window.show()
    settle(qtbot, flow)
    return window, flow


def settle(qtbot: QtBot, flow: StudyFlow) -> None:
    """Let the home's figures arrive (they are computed in a worker thread)."""
    qtbot.waitUntil(lambda: not flow.stats.busy(), timeout=10_000)
    QApplication.processEvents()


def answer_current(view: QuizView, right: bool, confidence: str | None = None) -> str:
    """Answer the question on screen through the widgets; return its id."""
    session = view.session
    question = session.current.question
    make = correct_response if right else wrong_response
    assert view.page is not None
    view.page.answer_widget.set_response(make(question, session.quiz))
    if confidence is not None:
        assert view.confidence is not None
        button = next(
            b for b in view.confidence.buttons() if b.property("confidence") == confidence
        )
        button.click()
    assert view.check_button.isEnabled()
    view.check_button.click()
    if session.state is State.FEEDBACK:
        view.next_button.click()
    return question.id


def answer_all(window: MainWindow, rights: Callable[[str], bool]) -> list[str]:
    """Answer every question of the running quiz, right or wrong by question id."""
    view = window.stack.currentWidget()
    assert isinstance(view, QuizView)
    given = []
    while view.session.state is not State.FINISHED:
        question_id = view.session.current.question.id
        given.append(answer_current(view, rights(question_id)))
    return given
