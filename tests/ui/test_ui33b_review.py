"""ui33b: three things ui33's walk-through left in the draft review: Enter on a proposal puts
the cursor at the end of its question, the « edited » mark follows an undo, and « Add accepted
questions » is drawn as the default button only while it has the focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.review_helpers import open_review

pytestmark = pytest.mark.usefixtures("fresh_review")


def test_enter_on_a_proposal_puts_the_cursor_at_the_end_of_its_question(qtbot) -> None:
    dialog = open_review(qtbot)
    dialog._questions.setCurrentRow(0)
    dialog._questions.setFocus()
    qtbot.keyClick(dialog._questions, Qt.Key.Key_Return)
    field = dialog._preview.prompt_field
    assert dialog.focusWidget() is field
    assert field.toPlainText() and field.textCursor().atEnd()


def test_the_edited_mark_goes_when_an_edit_is_undone(qtbot) -> None:
    dialog = open_review(qtbot)
    dialog._questions.setCurrentRow(0)
    field = dialog._preview.prompt_field
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, " bis")
    assert "edited" in dialog._questions.item(0).text()
    assert dialog._drafts[0]["prompt"].count("\xa0") == dialog._drafted[0]["prompt"].count("\xa0")
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not field.toPlainText().endswith(" bis")
    assert "edited" not in dialog._questions.item(0).text()
    assert not dialog._edited[0]


def test_add_looks_like_the_default_button_only_with_the_focus(qtbot) -> None:
    dialog = open_review(qtbot)
    dialog._questions.setCurrentRow(0)
    dialog.decide_current("accepted")  # « Add accepted questions » is enabled
    dialog._questions.setFocus()
    assert not dialog._add_button.isDefault()
    dialog._add_button.setFocus()
    assert dialog._add_button.isDefault()
    dialog._accept_button.setFocus()  # another button, then a list: Add stays plain
    dialog._questions.setFocus()
    assert not dialog._add_button.isDefault()
    assert not any(b.isDefault() for b in dialog._review_buttons())


def test_enter_on_a_focused_review_button_still_presses_it(qtbot) -> None:
    dialog = open_review(qtbot)
    dialog._questions.setCurrentRow(0)
    dialog._accept_button.setFocus()
    qtbot.keyClick(dialog._accept_button, Qt.Key.Key_Return)
    assert dialog._status[0] == "accepted" and dialog.isVisible()
