"""Keyboard-only use: the underlined letter of a form's label (Alt+T for "&Title:", Alt+X for
"E&xplanation:") takes the keyboard to that label's field, on the set's form and on a
question's."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from tests.ui.editor_helpers import named, open_active_editor

ALT = Qt.KeyboardModifier.AltModifier


def _press(qtbot, window, key: Qt.Key):
    window.questions.setFocus()  # from elsewhere, as a teacher would
    QApplication.processEvents()
    qtbot.keyClick(QApplication.focusWidget(), key, ALT)
    QApplication.processEvents()
    return QApplication.focusWidget()


def test_label_letters_focus_their_fields(qtbot, settings, tmp_path, no_dialogs) -> None:
    window = open_active_editor(qtbot, settings, tmp_path, "s")
    assert _press(qtbot, window, Qt.Key.Key_T) is named(window.form, QLineEdit, "Title")
    assert _press(qtbot, window, Qt.Key.Key_U) is named(window.form, QLineEdit, "Authors")
    window.questions.select_question(0)
    QApplication.processEvents()
    explanation = named(window.form, QPlainTextEdit, "Explanation")
    assert _press(qtbot, window, Qt.Key.Key_X) is explanation
    assert _press(qtbot, window, Qt.Key.Key_U) is named(window.form, QPlainTextEdit, "Question")
