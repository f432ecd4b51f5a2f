"""ui44: Ctrl+U takes the selection even when no window is active. Under a bare X server (no
window manager) Qt leaves a window inactive until a click: its focused text still gets the
keys, so Shift+arrows select, but Qt matches shortcuts only in the active window and Ctrl+U
did nothing (ui43's walk-through; reproduced under Xvfb :56 with xdotool). The locate widget
takes a Ctrl+U that reaches the article as a key press, and a session started makes its
window the active one."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from quizapp.model import QuizSet
from quizapp.sets.loader import load_set
from tests.conftest import ARTICLE_TEXT
from tests.ui.student_helpers import open_window, quiz_view_at, settle, show_questions


def _leave_no_window_active(qtbot: QtBot) -> None:
    """Another window made active, then closed: nothing hands the activation back, as with
    the editor's window closing under a bare X server."""
    other = QWidget()
    qtbot.addWidget(other)
    with qtbot.waitActive(other):
        other.show()
        other.activateWindow()
    other.close()
    settle()


def test_ctrl_u_in_an_inactive_window_takes_the_selection(
    qtbot: QtBot, small_quiz: QuizSet
) -> None:
    view = quiz_view_at(qtbot, small_quiz, "where")
    _leave_no_window_active(qtbot)
    assert QApplication.activeWindow() is not view
    passage = "Certains alliés du président sont furieux."
    start = ARTICLE_TEXT.index(passage)
    view.article.select_span((start, start + len(passage)))
    text = view.article.text_view
    qtbot.keyClick(text, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert view.page.answer_widget.chosen_span() == (start, start + len(passage) - 1)
    assert view.check_button.isEnabled()


def test_a_session_started_makes_its_window_active(qtbot: QtBot, settings: QSettings) -> None:
    window = open_window(qtbot, settings, load_set)
    _leave_no_window_active(qtbot)
    show_questions(window, "locate-second-source")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
