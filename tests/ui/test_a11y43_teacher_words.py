"""What a screen reader needs of the teacher's screens, checked through Qt's own accessibility
API (the AT-SPI tour, tests/atspi/test_atspi_teacher.py, checks it as Orca gets it on Linux):
the review's counts within the keyboard's reach and on the proposals list, the article saying
what its highlights are, the editor's form area named, a claim's kind-of-source combo box
described with its claim (Qt's bridge names a combo box by its entry)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
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
    qtbot.wait(1500)  # the live check has marked the new fields (it rewrites descriptions)
    QApplication.processEvents()
    combos = [c for c in window.form.findChildren(QComboBox) if c.isVisible()]
    claims = [c for c in combos if c.accessibleName().startswith("Kind of source of claim")]
    assert claims
    assert all(c.accessibleDescription().startswith(c.accessibleName()) for c in claims)
