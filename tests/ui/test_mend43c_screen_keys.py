"""mend43c: the quiz screen's own keys live in ``quiz_keys.ScreenKeys``, bound to any Check and
Next buttons: the one action of Enter and Ctrl+Enter, and which key events the screen takes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot


def _screen(qtbot: QtBot) -> tuple[QWidget, QPushButton, QPushButton, list[str]]:
    screen = QWidget()
    qtbot.addWidget(screen)
    check, next_ = QPushButton("Check", screen), QPushButton("Next", screen)
    pressed: list[str] = []
    check.clicked.connect(lambda: pressed.append("check"))
    next_.clicked.connect(lambda: pressed.append("next"))
    screen.show()
    return screen, check, next_, pressed


def test_the_primary_key_checks_then_goes_on(qtbot: QtBot) -> None:
    from quizapp.ui.quiz.quiz_keys import ScreenKeys

    screen, check, next_, pressed = _screen(qtbot)
    keys = ScreenKeys(screen, check, next_)
    next_.hide()
    check.setEnabled(False)
    keys.press_primary()  # nothing to check yet
    check.setEnabled(True)
    keys.press_primary()
    next_.show()
    keys.press_primary()
    assert pressed == ["check", "next"]


def test_a_free_enter_is_taken_and_a_letter_is_not(qtbot: QtBot) -> None:
    from quizapp.ui.quiz.quiz_keys import ScreenKeys

    screen, check, next_, pressed = _screen(qtbot)
    keys = ScreenKeys(screen, check, next_)
    screen.setFocus()
    none = Qt.KeyboardModifier.NoModifier
    enter = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, none)
    letter = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, none, "a")
    assert keys.take(enter, None) and not keys.take(letter, None)
    assert pressed == ["next"]
