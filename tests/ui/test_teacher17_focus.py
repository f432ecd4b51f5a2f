"""teacher17: after « Check anyway » the keyboard is back in the quiz, on Next, even with no
window manager to hand it back (under Xvfb it stayed with the closed box: teacher16's
leftover, seen again by teacher17, Enter and Alt+N doing nothing)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from quizapp.engine import ClassifyResponse, State
from quizapp.engine.keys import correct_response
from tests.ui.student_helpers import open_window, show_questions


def test_check_anyway_gives_the_keyboard_back_to_the_quiz(
    qtbot: QtBot, settings: QSettings, loader: Callable, monkeypatch
) -> None:
    activated: list[QWidget] = []
    monkeypatch.setattr(QWidget, "activateWindow", lambda self: activated.append(self))
    window = open_window(qtbot, settings, loader)
    view = show_questions(window, "classify-paragraph-1")
    full = correct_response(view.session.current.question, view.session.quiz)
    partial = ClassifyResponse((full.labels[0], *[None] * (len(full.labels) - 1)))
    view.page.answer_widget.set_response(partial)
    view.check_button.click()
    box = view.incomplete_box
    next(b for b in box.buttons() if "anyway" in b.text()).click()
    qtbot.waitUntil(lambda: not box.isVisible())
    QApplication.processEvents()
    assert view.session.state is State.FEEDBACK
    assert view.window() in activated  # the quiz's window asked for the keyboard again
    assert view.next_button.hasFocus() or view.window().focusWidget() is view.next_button
