"""ui42: plain Enter checks an answer picked with the keyboard, then Enter again goes on; a
control with its own Enter (a button, a text field that edits) keeps it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from quizapp.engine import State
from quizapp.model import QuizSet
from tests.ui.student_helpers import quiz_view_at


def _press(qtbot: QtBot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_enter_checks_a_picked_option_then_goes_on(qtbot: QtBot, small_quiz: QuizSet) -> None:
    view = quiz_view_at(qtbot, small_quiz, "who")
    _press(qtbot, Qt.Key.Key_1)
    _press(qtbot, Qt.Key.Key_Return)
    assert view.session.state is State.FEEDBACK
    assert QApplication.focusWidget() is view.next_button
    _press(qtbot, Qt.Key.Key_Return)
    assert view.session.state is State.ANSWERING
    assert view.session.current.question.id != "who"


def test_keypad_enter_checks_ticked_boxes(qtbot: QtBot, small_quiz: QuizSet) -> None:
    view = quiz_view_at(qtbot, small_quiz, "partners")
    for key in (Qt.Key.Key_1, Qt.Key.Key_2):
        _press(qtbot, key)
    _press(qtbot, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert view.session.state is State.FEEDBACK


def test_enter_with_no_answer_checks_nothing(qtbot: QtBot, small_quiz: QuizSet) -> None:
    view = quiz_view_at(qtbot, small_quiz, "tf")
    _press(qtbot, Qt.Key.Key_Return)
    assert view.session.state is State.ANSWERING


def test_enter_from_the_feedback_text_goes_on(qtbot: QtBot, small_quiz: QuizSet) -> None:
    view = quiz_view_at(qtbot, small_quiz, "who")
    _press(qtbot, Qt.Key.Key_1)
    _press(qtbot, Qt.Key.Key_Return)
    view.page.feedback_text.setFocus()
    _press(qtbot, Qt.Key.Key_Return)
    assert view.session.current.question.id != "who"


def test_enter_on_a_filled_row_checks(qtbot: QtBot, small_quiz: QuizSet) -> None:
    """A row's menu opens with Space; Enter there did nothing (the button ignores it outside
    a dialog), and now checks once every row is picked with the number keys."""
    view = quiz_view_at(qtbot, small_quiz, "pairs")
    _press(qtbot, Qt.Key.Key_1)
    _press(qtbot, Qt.Key.Key_Tab)
    _press(qtbot, Qt.Key.Key_2)
    _press(qtbot, Qt.Key.Key_Return)
    assert view.session.state is State.FEEDBACK


def test_a_held_enter_does_not_run_on(qtbot: QtBot, small_quiz: QuizSet) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    view = quiz_view_at(qtbot, small_quiz, "who")
    _press(qtbot, Qt.Key.Key_1)
    held = QKeyEvent(
        QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r", True
    )
    QApplication.sendEvent(QApplication.focusWidget(), held)
    assert view.session.state is State.ANSWERING


def test_a_text_field_keeps_its_enter(qtbot: QtBot, small_quiz: QuizSet) -> None:
    view = quiz_view_at(qtbot, small_quiz, "who")
    _press(qtbot, Qt.Key.Key_1)
    field = QLineEdit(view)
    field.show()
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert view.session.state is State.ANSWERING


def test_the_buttons_say_enter(qtbot: QtBot, small_quiz: QuizSet) -> None:
    view = quiz_view_at(qtbot, small_quiz, "who")
    assert view.check_button.toolTip().startswith("Shortcut: Enter")
