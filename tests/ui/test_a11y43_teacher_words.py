"""What a screen reader needs of the teacher's screens, checked through Qt's own accessibility
API (the AT-SPI tour, tests/atspi/test_atspi_teacher.py, checks it as Orca gets it on Linux):
the review's counts within the keyboard's reach and on the proposals list, the article saying
what its highlights are, the editor's form area named, a claim's kind-of-source combo box
described with its claim (Qt's bridge names a combo box by its entry)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from tests.ui.editor_helpers import open_active_editor
from tests.ui.review_helpers import open_review


def test_the_review_counts_are_reached_by_keys_and_said_on_the_list(qtbot: QtBot) -> None:
    dialog = open_review(qtbot)
    counts = dialog._state.text()
    assert dialog._state.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert dialog._questions.previousInFocusChain() is dialog._state
    assert dialog._questions.accessibleDescription() == counts
    dialog._questions.setFocus()
    dialog.accept_current()
    assert "accepted: 1" in dialog._questions.accessibleDescription()
    dialog.undo_decision()  # nothing accepted: closing asks nothing
    assert "accepted: 0" in dialog._questions.accessibleDescription()


def test_the_review_article_says_what_its_highlights_mean(qtbot: QtBot) -> None:
    dialog = open_review(qtbot)
    assert "Findings" in dialog._article.accessibleDescription()


def test_the_editor_form_area_and_claim_choices_are_named(
    qtbot: QtBot, settings: object, tmp_path: Path
) -> None:
    window = open_active_editor(qtbot, settings, tmp_path, "a11y43")
    assert window.form_area.accessibleName() == "Form of the selected row"
    kinds = [question["type"] for question in window._question_data()]
    window.questions.select_question(kinds.index("classify"))

    def described() -> None:
        combos = [c for c in window.form.findChildren(QComboBox) if c.isVisible()]
        claims = [c for c in combos if c.accessibleName().startswith("Kind of source of claim")]
        assert claims
        assert all(c.accessibleDescription().startswith(c.accessibleName()) for c in claims)

    qtbot.waitUntil(described)  # the form built: each claim's combo box is described
    window._show_problems()  # the live check marks the fields again (it rewrites descriptions)
    described()


def test_the_counts_line_is_a_tab_stop_with_a_visible_focus(qtbot: QtBot) -> None:
    """mend43d: Tab reaches the counts line (Shift+Tab from the proposals), a click does not
    put the focus there, and the line shows a frame while it has the focus."""
    dialog = open_review(qtbot)
    state = dialog._state
    assert state.focusPolicy() == Qt.FocusPolicy.TabFocus
    dialog._questions.setFocus()
    qtbot.mouseClick(state, Qt.MouseButton.LeftButton)
    assert not state.hasFocus()
    unfocused, size = state.grab().toImage(), state.size()
    qtbot.keyClick(dialog._questions, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(state.hasFocus)
    assert state.grab().toImage() != unfocused
    assert state.size() == size  # the frame was there all along, transparent
