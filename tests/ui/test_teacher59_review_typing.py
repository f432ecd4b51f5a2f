"""teacher59, in the draft review: words typed on the proposals list decide nothing.

A teacher who thought the keyboard was in the question's text typed a sentence while the
proposals list had the focus (teacher58, in the real window): each « a » of it accepted a
proposal, each « d » dropped one, and the other letters jumped the selection about by the
list's type-ahead. A and D still decide when pressed alone or one after the other; a key of
words (any other letter, a figure, a space) right after takes back what the run's A and D
did, and the status line says why nothing happened and where to write.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quizapp.ui.draft.typed_run import (
    DECIDE,
    GAP,
    TYPING,
    TYPING_BEGUN,
    TYPING_PAUSE,
    TypedRun,
)
from tests.ui.review_helpers import open_review

pytestmark = pytest.mark.usefixtures("fresh_review")


class _Clock:
    """A clock the test moves on by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_sentence_typed_on_the_list_decides_nothing(qtbot: QtBot) -> None:
    dialog = open_review(qtbot)
    list_ = dialog._questions
    list_.setCurrentRow(0)
    list_.setFocus()
    before = list(dialog._status)
    qtbot.keyClicks(list_, "la date du vote")
    assert dialog._status == before
    assert list_.currentRow() == 0
    assert "decides nothing" in dialog._state.text()


def test_a_word_opening_on_a_and_d_takes_their_decisions_back(qtbot: QtBot) -> None:
    dialog = open_review(qtbot)
    list_ = dialog._questions
    list_.setCurrentRow(0)
    list_.setFocus()
    before = list(dialog._status)
    qtbot.keyClicks(list_, "adopter")
    assert dialog._status == before
    assert list_.currentRow() == 0
    assert dialog._decisions == []


def test_a_and_d_alone_still_decide_and_ctrl_z_takes_back(qtbot: QtBot) -> None:
    dialog = open_review(qtbot)
    clock = _Clock()
    dialog._typed = TypedRun(clock)
    list_ = dialog._questions
    list_.setCurrentRow(0)
    qtbot.keyClick(list_, Qt.Key.Key_A)
    clock.now += GAP + 1
    qtbot.keyClick(list_, Qt.Key.Key_D)
    clock.now += GAP + 1
    qtbot.keyClick(list_, Qt.Key.Key_E)  # a stray key after a pause takes nothing back
    assert dialog._status[:2] == ["accepted", "dropped"]
    qtbot.keyClick(list_, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog._status[:2] == ["accepted", "proposed"]


def test_shortcuts_pressed_fast_all_decide(qtbot: QtBot) -> None:
    dialog = open_review(qtbot)
    list_ = dialog._questions
    list_.setCurrentRow(0)
    qtbot.keyClicks(list_, "aad")
    assert dialog._status[:3] == ["accepted", "accepted", "dropped"]


def test_the_list_title_shows_ctrl_z(qtbot: QtBot) -> None:
    dialog = open_review(qtbot)
    assert "Ctrl+Z" in dialog._questions_title.text()


def test_a_run_is_words_from_its_first_key_that_is_no_shortcut() -> None:
    clock = _Clock()
    run = TypedRun(clock)
    assert run.key(True) == DECIDE
    run.decided()
    assert run.key(False) == TYPING_BEGUN
    assert run.steps == 1
    assert run.key(True) == TYPING
    clock.now += TYPING_PAUSE + 0.5  # words end after a longer pause (mend59f)
    assert run.key(True) == DECIDE
    assert run.steps == 0
    run.end()
    assert run.key(False) == TYPING_BEGUN
