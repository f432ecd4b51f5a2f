"""teacher32: the line above the draft review says what the teacher has accepted, dropped and
has still to decide on, and how the true/false she accepted lean, while she can still act
on it (her dropped false statements left her set at 4 true of 5, told only in the editor)."""

from __future__ import annotations

import pytest

from quizapp.sets.item_checks.balance import true_false_leaning as leaning
from quizapp.ui.draft.review_state import true_false_counts
from tests.ui.review_helpers import open_review

pytestmark = pytest.mark.usefixtures("fresh_review")


def _rows(dialog, answer: bool) -> list[int]:
    return [
        row
        for row, draft in enumerate(dialog._drafts)
        if draft["type"] == "true_false" and bool(draft.get("answer")) is answer
    ]


def test_the_line_counts_accepted_dropped_and_waiting(qtbot) -> None:
    dialog = open_review(qtbot)
    total = len(dialog._drafts)
    assert (
        f"Proposed: {total} — accepted: 0, dropped: 0, to decide: {total}" in dialog._state.text()
    )
    dialog._set_status(0, "accepted")
    dialog._set_status(1, "dropped")
    dialog._set_status(2, "dropped")
    assert f"accepted: 1, dropped: 2, to decide: {total - 3}" in dialog._state.text()


def test_the_line_warns_when_accepted_true_false_lean_one_way(qtbot) -> None:
    dialog = open_review(qtbot)
    true_rows, false_rows = _rows(dialog, True), _rows(dialog, False)
    assert len(true_rows) >= 3 and len(false_rows) >= 2
    for row in true_rows[:3] + false_rows[:1]:
        dialog._set_status(row, "accepted")
    text = dialog._state.text()
    assert "true or false accepted: 3 true, 1 false" in text
    assert "always answering “true” would score 3 of 4" in text
    dialog._set_status(false_rows[1], "accepted")
    assert "true or false accepted: 3 true, 2 false" in dialog._state.text()
    assert "always answering" not in dialog._state.text()


def test_the_bound_is_the_editors() -> None:
    drafts = [{"type": "true_false", "answer": answer} for answer in (1, 1, 1, 0, 0)]
    drafts.append({"type": "classify"})
    assert true_false_counts(drafts, ["accepted"] * 6) == (3, 2)
    assert leaning(3, 2) is None  # 60 %: balanced enough
    assert leaning(4, 1) is True
    assert leaning(0, 4) is False
    assert leaning(3, 0) is None  # too few to judge, as the editor's W01
