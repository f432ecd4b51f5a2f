"""After "Next question" (mouse or keyboard) the number keys answer at once, wherever the focus
sits on the quiz screen; and the progress bar is a slim bar, not an empty box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from quizapp.engine import State
from tests.ui.student_helpers import open_window, settle, show_questions


def _next_by_mouse(qtbot, view) -> None:
    qtbot.mouseClick(view.page.answer_widget.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    settle()
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    settle()


def test_number_keys_answer_at_once_after_next(qtbot, settings, loader) -> None:
    window = open_window(qtbot, settings, loader)
    view = show_questions(window, "who-emballe", "two-anonymous-sources")
    _next_by_mouse(qtbot, view)
    answers = view.page.answer_widget
    assert answers.isAncestorOf(QApplication.focusWidget())
    prompt = view.page.prompt_label
    prompt.setFocus()  # where the walk-through found it: on the question's words
    qtbot.keyClick(prompt, Qt.Key.Key_2)
    assert answers.buttons()[1].isChecked() and not answers.buttons()[0].isChecked()
    assert answers.isAncestorOf(QApplication.focusWidget())


def test_number_keys_do_nothing_once_the_answer_is_checked(qtbot, settings, loader) -> None:
    window = open_window(qtbot, settings, loader)
    view = show_questions(window, "two-anonymous-sources", "who-emballe")
    answers = view.page.answer_widget
    qtbot.mouseClick(answers.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    settle()
    assert view.session.state is State.FEEDBACK
    qtbot.keyClick(view.page.prompt_label, Qt.Key.Key_2)
    assert answers.buttons()[0].isChecked() and not answers.buttons()[1].isChecked()


def test_the_progress_bar_is_slimmer_than_a_text_field(qtbot, settings, loader) -> None:
    window = open_window(qtbot, settings, loader)
    view = show_questions(window, "who-emballe", "two-anonymous-sources")
    field = QLineEdit(view)
    assert view._progress.height() < field.sizeHint().height() * 2 // 3
