"""ui32: the Accept and Drop buttons go to the next proposal as the A and D keys do, and
« to check » leaves a proposal once the teacher has accepted it, its meaning told in the
line's tooltip and accessible description (teacher32's walk-through in the real window)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.review_helpers import open_review

pytestmark = pytest.mark.usefixtures("fresh_review")


def _first_uncertain(dialog) -> int:
    return next(row for row in range(len(dialog._drafts)) if dialog.is_uncertain(row))


def test_the_accept_button_goes_to_the_next_proposal(qtbot) -> None:
    dialog = open_review(qtbot)
    dialog._questions.setCurrentRow(0)
    qtbot.mouseClick(dialog._accept_button, Qt.MouseButton.LeftButton)
    assert dialog._status[0] == "accepted"
    assert dialog._questions.currentRow() == 1


def test_the_drop_button_goes_to_the_next_proposal(qtbot) -> None:
    dialog = open_review(qtbot)
    dialog._questions.setCurrentRow(1)
    qtbot.mouseClick(dialog._drop_button, Qt.MouseButton.LeftButton)
    assert dialog._status[1] == "dropped"
    assert dialog._questions.currentRow() == 2


def test_one_that_cannot_be_accepted_stays_selected(qtbot) -> None:
    dialog = open_review(qtbot)
    dialog._questions.setCurrentRow(0)
    dialog._preview.prompt_field.setPlainText("")
    qtbot.keyClick(dialog._questions, Qt.Key.Key_A)
    assert dialog._status[0] == "proposed"
    assert dialog._questions.currentRow() == 0
    assert "cannot be accepted" in dialog._state.text()


def test_to_check_leaves_an_accepted_proposal(qtbot) -> None:
    dialog = open_review(qtbot)
    row = _first_uncertain(dialog)
    item = dialog._questions.item(row)
    assert "to check" in item.text()
    dialog._questions.setCurrentRow(row)
    dialog._preview.prompt_field.setPlainText("Her own question?")
    dialog.decide_current("accepted")
    assert "edited" in item.text() and "to check" not in item.text()
    assert item.toolTip() == ""
    dialog._set_status(row, "dropped")
    assert "to check" in item.text()


def test_to_check_says_what_it_means(qtbot) -> None:
    dialog = open_review(qtbot)
    item = dialog._questions.item(_first_uncertain(dialog))
    assert "drafter is unsure" in item.toolTip()
    assert item.data(Qt.ItemDataRole.AccessibleDescriptionRole) == item.toolTip()
    sure = next(row for row in range(len(dialog._drafts)) if not dialog.is_uncertain(row))
    assert dialog._questions.item(sure).toolTip() == ""


def test_accept_all_does_not_ask_about_those_she_accepted(qtbot, monkeypatch) -> None:
    dialog = open_review(qtbot)
    for row in range(len(dialog._drafts)):
        dialog._set_status(row, "accepted" if dialog.is_uncertain(row) else "proposed")
    asked: list[int] = []
    monkeypatch.setattr(dialog, "_confirm_uncertain", lambda n: asked.append(n) or False)
    dialog.accept_all()
    assert asked == []
    assert set(dialog._status) == {"accepted"}


def test_why_one_cannot_be_accepted_is_said_to_a_screen_reader(qtbot) -> None:
    """The status line alone was never spoken (a11y48, Orca 43): the notice says it too."""
    dialog = open_review(qtbot)
    dialog._questions.setCurrentRow(0)
    dialog._preview.prompt_field.setPlainText("")
    qtbot.keyClick(dialog._questions, Qt.Key.Key_A)
    assert "cannot be accepted" in dialog._notice.accessibleName()
