"""ui35, in the draft review: a claim removed from a classify proposal comes back with Ctrl+Z
(the text fields' edits could be undone, a removal could not), and Tab into a text field of
the form puts the cursor at its end, as Enter on a proposal already did (ui33b)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from quizapp.ui.draft.draft_review import DraftReviewDialog
from tests.ui.review_helpers import open_review

CTRL = Qt.KeyboardModifier.ControlModifier


pytestmark = pytest.mark.usefixtures("fresh_review")


def _on_classify(qtbot: QtBot) -> tuple[DraftReviewDialog, int]:
    dialog = open_review(qtbot)
    row = next(r for r, d in enumerate(dialog._drafts) if len(d.get("items", [])) >= 3)
    dialog._questions.setCurrentRow(row)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog, row


def _focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_ctrl_z_brings_a_removed_claim_back_in_its_place(qtbot: QtBot) -> None:
    dialog, row = _on_classify(qtbot)
    drafted = dialog._drafts[row]
    _focus(qtbot, dialog._preview.remove_buttons[1])
    dialog._preview.remove_buttons[1].click()
    assert len(dialog._drafts[row]["items"]) == len(drafted["items"]) - 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)
    assert dialog._drafts[row] == drafted
    assert "edited" not in dialog._questions.item(row).text()
    assert QApplication.focusWidget() is dialog._preview.claim_combos[1]


def test_two_removals_come_back_one_by_one_keeping_a_relabel(qtbot: QtBot) -> None:
    dialog, row = _on_classify(qtbot)
    items = [dict(item) for item in dialog._drafts[row]["items"]]
    form = dialog._preview
    form.remove_buttons[0].click()
    form.remove_buttons[0].click()  # the claim that was second
    combo = form.claim_combos[0]
    combo.setCurrentIndex((combo.currentIndex() + 1) % combo.count())
    relabelled = dialog._drafts[row]["items"][0]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)
    assert dialog._drafts[row]["items"][:2] == [items[1], relabelled]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)
    assert dialog._drafts[row]["items"][:3] == [items[0], items[1], relabelled]


def test_ctrl_z_in_a_text_field_still_undoes_its_typing(qtbot: QtBot) -> None:
    dialog, row = _on_classify(qtbot)
    form = dialog._preview
    form.remove_buttons[0].click()
    count = len(dialog._drafts[row]["items"])
    field = form.prompt_field
    _focus(qtbot, field)
    qtbot.keyClicks(field, "x")
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert len(dialog._drafts[row]["items"]) == count  # the claim stays removed
    assert dialog._drafts[row]["prompt"] == dialog._drafted[row]["prompt"]


def test_tab_into_the_question_puts_the_cursor_at_its_end(qtbot: QtBot) -> None:
    dialog, _ = _on_classify(qtbot)
    _focus(qtbot, dialog._questions)
    qtbot.keyClick(dialog._questions, Qt.Key.Key_Tab)
    field = dialog._preview.prompt_field
    assert QApplication.focusWidget() is field
    assert field.toPlainText() and field.textCursor().atEnd()


def test_shift_tab_into_the_explanation_puts_the_cursor_at_its_end(qtbot: QtBot) -> None:
    dialog, _ = _on_classify(qtbot)
    _focus(qtbot, dialog._accept_button)
    qtbot.keyClick(dialog._accept_button, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    field = dialog._preview.explanation_field
    assert QApplication.focusWidget() is field
    assert field.toPlainText() and field.textCursor().atEnd()
