"""ui34, seen in the real window: « Retirer » (Remove) under a claim of a classify proposal
rebuilt the form and left the keyboard nowhere (the button pressed was gone), and the rebuilt
form's fields fell out of the review's Tab order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from quizapp.ui.draft.draft_review import DraftReviewDialog
from tests.ui.review_helpers import open_review

pytestmark = pytest.mark.usefixtures("fresh_review")


def _on_classify(qtbot: QtBot) -> DraftReviewDialog:
    dialog = open_review(qtbot)
    row = next(r for r, d in enumerate(dialog._drafts) if len(d.get("items", [])) >= 3)
    dialog._questions.setCurrentRow(row)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _remove_with_keyboard(qtbot: QtBot, dialog: DraftReviewDialog, index: int) -> None:
    button = dialog._preview.remove_buttons[index]
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    button.click()


def test_after_remove_the_keyboard_is_on_the_claim_that_took_its_place(qtbot: QtBot) -> None:
    dialog = _on_classify(qtbot)
    _remove_with_keyboard(qtbot, dialog, 0)
    assert QApplication.focusWidget() is dialog._preview.claim_combos[0]


def test_after_removing_the_last_claim_the_keyboard_is_on_the_one_before(qtbot: QtBot) -> None:
    dialog = _on_classify(qtbot)
    last = len(dialog._preview.remove_buttons) - 1
    _remove_with_keyboard(qtbot, dialog, last)
    assert QApplication.focusWidget() is dialog._preview.claim_combos[last - 1]


def test_the_rebuilt_form_keeps_its_place_in_the_tab_order(qtbot: QtBot) -> None:
    dialog = _on_classify(qtbot)
    _remove_with_keyboard(qtbot, dialog, 0)
    form = dialog._preview
    assert _after_tab(qtbot, dialog._questions) is form.prompt_field
    assert _after_tab(qtbot, form.claim_combos[-1]) is form.remove_buttons[-1]
    assert _after_tab(qtbot, form.explanation_field) is dialog._accept_button


def _after_tab(qtbot: QtBot, widget: QWidget) -> QWidget | None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return QApplication.focusWidget()
