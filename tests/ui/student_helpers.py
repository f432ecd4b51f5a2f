"""Helpers for the tests of what a student meets: a real-size window on one built-in question."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from quizapp.engine import QuizSession
from quizapp.engine.keys import correct_response
from quizapp.engine.subsets import question_subset
from quizapp.model import QuizSet
from quizapp.ui.quiz.quiz_view import QuizView
from quizapp.ui.shell.main_window import MainWindow

BUILTIN = Path(__file__).resolve().parents[2] / "questions" / "stargate-musk.fr.quiz.yaml"


def settle() -> None:
    """Layouts and posted scrolls are done a pass or two after a change."""
    for _ in range(4):
        QApplication.processEvents()


def open_window(qtbot: QtBot, settings: QSettings, loader: Callable) -> MainWindow:
    """The main window at the default 1024x640, shown, with the built-in set open."""
    window = MainWindow(settings, loader)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    window.open_path(BUILTIN)
    settle()
    return window


def show_questions(window: MainWindow, *question_ids: str, seed: int = 0) -> QuizView:
    """A quiz over only the named questions of the built-in set, in the set's order."""
    entry = window.library.entries()[0]
    cut = question_subset(entry.quiz, question_ids)
    assert cut is not None
    view = window.show_session(entry, QuizSession(cut, seed))
    settle()
    return view


def top_in(widget: QWidget, viewport: QWidget) -> int:
    """The y of ``widget``'s top edge in ``viewport``'s coordinates."""
    return (
        widget.mapTo(viewport.window(), QPoint(0, 0)).y()
        - viewport.mapTo(viewport.window(), QPoint(0, 0)).y()
    )


def lines_in_view(widget: QWidget, viewport: QWidget, lines: int) -> bool:
    """Whether the first ``lines`` lines of ``widget`` lie inside ``viewport``."""
    top = top_in(widget, viewport)
    needed = min(widget.height(), lines * widget.fontMetrics().lineSpacing())
    return top >= 0 and top + needed <= viewport.height()


def quiz_view_at(qtbot: QtBot, quiz: QuizSet, question_id: str) -> QuizView:
    """A shown quiz view whose current question is ``question_id``, the earlier ones answered
    right, so a keyboard test starts on the widget it is about."""
    session = QuizSession(quiz, seed=0)
    while session.current.question.id != question_id:
        session.answer(correct_response(session.current.question, quiz))
        session.next()
    view = QuizView(session, None)
    qtbot.addWidget(view)
    view.resize(1024, 640)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    return view
