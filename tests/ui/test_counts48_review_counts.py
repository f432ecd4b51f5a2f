"""The draft review's counts as its list shows them (a11y48): a proposal withdrawn because its
passage is « not a claim » (or too little is left without it) reads « ✘ Withdrawn », and the
counts, on the status line and as a screen reader hears them, put it apart from those the
teacher dropped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quizapp.ui.draft.draft_review import DraftReviewDialog
from quizapp.ui.draft.review_state import WithdrawnCount
from tests.ui.review_helpers import open_review

TEXT = (
    "Council approves new bike lane\n\n"
    "The city council voted on Tuesday to build a bike lane on Lake Avenue.\n\n"
    "Some shopkeepers say they fear losing customers.\n"
)


pytestmark = pytest.mark.usefixtures("fresh_review")


def _shopkeepers(dialog: DraftReviewDialog) -> int:
    """The shopkeepers' finding's row in the findings list."""
    return next(n for n in range(dialog._findings.count())
                if "shopkeepers" in dialog._findings.item(n).text())  # fmt: skip


def _one_dropped_one_withdrawn(qtbot: QtBot) -> DraftReviewDialog:
    """The review with the shopkeepers' passage marked « not a claim » (one proposal rests on
    it alone) and another proposal dropped with D."""
    dialog = open_review(qtbot, TEXT, "en")
    dialog._findings.setCurrentRow(_shopkeepers(dialog))
    dialog._findings.setFocus()
    qtbot.keyClick(dialog._findings, Qt.Key.Key_Delete)
    assert len(dialog._withdrawn) == 1
    other = next(n for n in range(len(dialog._drafts)) if n not in dialog._withdrawn)
    dialog._questions.setCurrentRow(other)
    dialog._questions.setFocus()
    qtbot.keyClick(dialog._questions, Qt.Key.Key_D)
    return dialog


def test_the_counts_put_a_withdrawn_proposal_apart_from_the_dropped(qtbot: QtBot) -> None:
    dialog = _one_dropped_one_withdrawn(qtbot)
    total = len(dialog._drafts)
    counts = (
        f"Proposed: {total} — accepted: 0, dropped: 1, 1 withdrawn by “not a claim”, "
        f"to decide: {total - 2}"
    )
    assert dialog._state.text() == counts
    assert dialog._questions.accessibleDescription() == counts
    qtbot.waitUntil(lambda: counts in dialog._notice.text(), timeout=2_000)


def test_no_withdrawn_count_once_the_dismissal_is_taken_back(qtbot: QtBot) -> None:
    dialog = _one_dropped_one_withdrawn(qtbot)
    dialog._findings.setCurrentRow(_shopkeepers(dialog))
    dialog._dismiss_button.click()
    total = len(dialog._drafts)
    assert f"dropped: 1, to decide: {total - 1}" in dialog._state.text()
    assert "withdrawn by" not in dialog._state.text()


@pytest.mark.usefixtures("in_french")
def test_the_withdrawn_count_has_its_plural_in_french(qtbot: QtBot) -> None:
    dialog = _one_dropped_one_withdrawn(qtbot)
    assert "écartées : 1, 1 retirée par « N’est pas une affirmation », à décider" in (
        dialog._state.text().replace("\xa0", " ")
    )
    two = WithdrawnCount().words(2).replace("\xa0", " ")
    assert two == "2 retirées par « N’est pas une affirmation »"
