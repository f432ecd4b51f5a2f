"""mend59f: a slow typist on the proposals list (review59b). teacher59 read keys more than a
second apart as separate runs, so a teacher typing « la date du vote » at 1.2 s a key had each
« a » accept and each « d » drop a proposal, the selection walking down the list; and an A
pressed just after typed words was swallowed with no word said. Now the keys of words start a
typing state that lasts until a pause of ``TYPING_PAUSE`` seconds or a move on the list: A and
D in it decide nothing, and the status line says why and how to decide again. The clock is
injected, never waited for."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quizapp.ui.draft.typed_run import TYPING_PAUSE, TypedRun
from tests.ui.review_helpers import open_review

pytestmark = pytest.mark.usefixtures("fresh_review")

SLOW = 1.2  # seconds between two keys of a slow typist


class _Clock:
    """A clock the test moves on by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _slow_review(qtbot: QtBot):  # type: ignore[no-untyped-def]
    dialog = open_review(qtbot)
    clock = _Clock()
    dialog._typed = TypedRun(clock)
    dialog._questions.setCurrentRow(0)
    dialog._questions.setFocus()
    return dialog, clock


def _type(qtbot: QtBot, dialog, clock: _Clock, words: str, gap: float = SLOW) -> None:  # type: ignore[no-untyped-def]
    for char in words:
        clock.now += gap
        qtbot.keyClick(dialog._questions, char)


def test_words_typed_slowly_decide_nothing(qtbot: QtBot) -> None:
    dialog, clock = _slow_review(qtbot)
    before = list(dialog._status)
    _type(qtbot, dialog, clock, "la date du vote")
    assert dialog._status == before
    assert dialog._questions.currentRow() == 0


def test_a_word_opening_on_a_and_d_typed_slowly_takes_them_back(qtbot: QtBot) -> None:
    dialog, clock = _slow_review(qtbot)
    before = list(dialog._status)
    _type(qtbot, dialog, clock, "adopter")
    assert dialog._status == before
    assert dialog._decisions == []


def test_a_just_after_words_says_why_it_did_nothing(qtbot: QtBot) -> None:
    dialog, clock = _slow_review(qtbot)
    before = list(dialog._status)
    _type(qtbot, dialog, clock, "vote")
    _type(qtbot, dialog, clock, "a", gap=0.5)
    assert dialog._status == before
    assert "pause" in dialog._state.text()


def test_after_a_pause_or_an_arrow_a_decides_again(qtbot: QtBot) -> None:
    dialog, clock = _slow_review(qtbot)
    _type(qtbot, dialog, clock, "vote")
    _type(qtbot, dialog, clock, "a", gap=TYPING_PAUSE + 0.5)
    assert dialog._status[0] == "accepted"
    _type(qtbot, dialog, clock, "vote")
    qtbot.keyClick(dialog._questions, Qt.Key.Key_Down)
    row = dialog._questions.currentRow()
    _type(qtbot, dialog, clock, "d", gap=0.3)
    assert dialog._status[row] == "dropped"
