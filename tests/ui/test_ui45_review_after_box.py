"""ui45: the review's keys work again once a box it asked closes. Under a bare X server (no
window manager) a window that another one covered is left inactive when that one closes, and
Qt matches shortcuts only in the active window: in ui45's walk-through (Xvfb :57, xdotool)
Alt+L « Accept all », the box « 7 proposals rest on findings the drafter is unsure of… »
answered Yes with Alt+Y, then Alt+A « Add accepted questions » did nothing, twice, on the Word
file and on the saved page; only a click added them. The box's answer now hands the keys back
to the review, as ui44's session start does for the quiz window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from quizapp.ui.draft.draft_review import DraftReviewDialog
from quizapp.ui.draft.review_memory import ReviewMemory, forget_all
from tests.ui.review_helpers import open_review


@pytest.fixture(autouse=True)
def _forget_reviews() -> Iterator[None]:
    """No memory of an earlier review, before or after: Alt+A adds the questions, and the
    review remembers them for the next dialog on the same article (another test's)."""
    forget_all()
    yield
    forget_all()


def _box_answered(qtbot: QtBot, answer: bool) -> bool:
    """A box shown over the review, made active, answered and closed: nothing hands the
    activation back, as under a bare X server."""
    box = QWidget()
    qtbot.addWidget(box)
    with qtbot.waitActive(box):
        box.show()
        box.activateWindow()
    box.close()
    QApplication.processEvents()
    return answer


def _active_review(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> DraftReviewDialog:
    """The review shown and active, the list focused; its close asks nothing (the tests'
    teardown closes it with accepted work in it)."""
    monkeypatch.setattr(ReviewMemory, "_confirm_discard", lambda self: True)
    dialog = open_review(qtbot)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog._questions.setFocus()
    return dialog


def test_alt_a_adds_after_the_accept_all_box(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _active_review(qtbot, monkeypatch)
    dialog._confirm_uncertain = lambda count: _box_answered(qtbot, True)  # type: ignore
    qtbot.keyClick(dialog._questions, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog._add_button.isEnabled)  # a mnemonic clicks after an animation
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    qtbot.keyClick(dialog._questions, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=2000)


def test_keys_come_back_after_keep_reviewing(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _active_review(qtbot, monkeypatch)
    dialog.accept_current()
    monkeypatch.setattr(ReviewMemory, "_confirm_discard", lambda self: _box_answered(qtbot, False))
    qtbot.keyClick(dialog._questions, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    monkeypatch.setattr(ReviewMemory, "_confirm_discard", lambda self: True)
