"""ui33: in the review, a who-said-it proposal shows the wrong options students will get
beside its right answer (teacher32 saw only the right one, the others inside the drop-down)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.review_helpers import open_review

pytestmark = pytest.mark.usefixtures("fresh_review")


def _who_said_it(dialog) -> int:
    return next(n for n, d in enumerate(dialog._drafts) if d["type"] == "single_choice")


def test_the_wrong_options_are_shown_and_follow_the_right_answer(qtbot) -> None:
    dialog = open_review(qtbot)
    row = _who_said_it(dialog)
    dialog._questions.setCurrentRow(row)
    form = dialog._preview
    texts = [o["text"] for o in dialog._drafts[row]["options"]]
    right = form.answer_combo.currentIndex()
    shown = form.wrong_options.text()
    assert form.wrong_options.isVisibleTo(form)
    assert texts[right] not in shown.splitlines()[0]
    assert all(text in shown for n, text in enumerate(texts) if n != right)
    assert form.wrong_options.accessibleName() == "Wrong options"
    other = (right + 1) % len(texts)
    form.answer_combo.setCurrentIndex(other)
    shown = form.wrong_options.text()
    assert texts[right] in shown and f"• {texts[other]}" not in shown.splitlines()


def test_the_accept_button_gives_the_keyboard_back_to_the_proposals(qtbot) -> None:
    dialog = open_review(qtbot)
    dialog._questions.setCurrentRow(0)
    dialog._preview.prompt_field.setFocus()
    dialog._accept_button.click()  # as Alt+C does from the form
    assert dialog.focusWidget() is dialog._questions
    qtbot.keyClick(dialog._questions, Qt.Key.Key_A)
    assert dialog._status[:2] == ["accepted", "accepted"]


@pytest.mark.parametrize("where", ["proposals", "combo box"])
def test_enter_does_not_close_the_review(qtbot, where: str) -> None:
    dialog = open_review(qtbot)
    dialog._questions.setCurrentRow(0)
    dialog.decide_current("accepted")  # « Add accepted questions » is enabled
    dialog._questions.setCurrentRow(_who_said_it(dialog))
    widget = dialog._questions if where == "proposals" else dialog._preview.answer_combo
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0
    if where == "proposals":
        assert dialog.focusWidget() is dialog._preview.prompt_field


def test_enter_on_the_add_button_still_adds(qtbot) -> None:
    dialog = open_review(qtbot)
    dialog._questions.setCurrentRow(0)
    dialog.decide_current("accepted")
    dialog._add_button.setFocus()
    qtbot.keyClick(dialog._add_button, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.result() == 1
