"""ui36, in the draft review: Ctrl+Z on the proposals takes back the last decision.

A teacher who pressed D on a proposal she meant to keep (D is next to the S and F she types
with), or « Tout écarter » by mistake, had no way back but to accept each one again: Ctrl+Z
on the list did nothing, and accepting is not the same as « still to decide ». Each A, D,
Accept, Drop, Accept all and Drop all is now one step that Ctrl+Z undoes, newest first,
with the proposal it touched selected again and the counts above following.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.review_helpers import open_review

CTRL = Qt.KeyboardModifier.ControlModifier


pytestmark = pytest.mark.usefixtures("fresh_review")


def _undo(qtbot: QtBot, dialog) -> None:
    qtbot.keyClick(dialog._questions, Qt.Key.Key_Z, CTRL)


def test_ctrl_z_takes_back_a_drop_then_an_accept(qtbot: QtBot) -> None:
    dialog = open_review(qtbot)
    list_ = dialog._questions
    list_.setCurrentRow(0)
    qtbot.keyClick(list_, Qt.Key.Key_A)
    qtbot.keyClick(list_, Qt.Key.Key_D)
    assert dialog._status[:2] == ["accepted", "dropped"]
    _undo(qtbot, dialog)
    assert dialog._status[:2] == ["accepted", "proposed"]
    assert list_.currentRow() == 1
    assert "dropped: 0" in dialog._state.text()
    _undo(qtbot, dialog)
    assert dialog._status[:2] == ["proposed", "proposed"]
    assert list_.currentRow() == 0
    assert "accepted: 0" in dialog._state.text()
    assert not dialog._add_button.isEnabled()


def test_ctrl_z_takes_back_drop_all_in_one_step(qtbot: QtBot) -> None:
    dialog = open_review(qtbot)
    list_ = dialog._questions
    list_.setCurrentRow(0)
    qtbot.keyClick(list_, Qt.Key.Key_A)
    before = list(dialog._status)
    dialog._drop_all_button.click()
    assert set(dialog._status) == {"dropped"}
    _undo(qtbot, dialog)
    assert dialog._status == before
    assert list_.hasFocus() or not dialog.isActiveWindow()


def test_ctrl_z_with_nothing_decided_changes_nothing(qtbot: QtBot) -> None:
    dialog = open_review(qtbot)
    before = list(dialog._status)
    _undo(qtbot, dialog)
    assert dialog._status == before
