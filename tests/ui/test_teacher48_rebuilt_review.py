"""« Not a claim » on a passage that a classify or a match rests on only in part (teacher48:
the placard « Books not cuts » read as protesters' words stayed a pair of the match): the
review rebuilds that proposal without it and says so on its row, withdraws it with its
reason when too little is left, gives the parts back when the dismissal is taken back, and
adds the rebuilt question."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quizapp.ui.draft.draft_review import DraftReviewDialog
from quizapp.ui.draft.review_state import ACCEPTED, DROPPED, PROPOSED
from tests.ui.review_helpers import LIBRARY_CLOSURE, dismiss_by_delete, open_review

TEXT = LIBRARY_CLOSURE


pytestmark = pytest.mark.usefixtures("fresh_review")


def _dismiss_placard(qtbot: QtBot) -> tuple[DraftReviewDialog, int, list[dict[str, Any]]]:
    """The review in English, « Books not cuts » dismissed by Delete in the findings list;
    the match's row and the proposals as drafted."""
    dialog = open_review(qtbot, TEXT, language="en")
    drafted = [dict(draft) for draft in dialog._drafts]
    dismiss_by_delete(qtbot, dialog, "Books not cuts")
    match = next(n for n, d in enumerate(dialog._drafts) if d["type"] == "match")
    return dialog, match, drafted


def test_the_match_is_rebuilt_without_the_dismissed_pair(qtbot: QtBot) -> None:
    dialog, match, _ = _dismiss_placard(qtbot)
    rights = [pair["right"] for pair in dialog._drafts[match]["pairs"]]
    assert rights == ["Martin Greaves", "Sheila Okafor", "Priya Nair"]
    assert dialog._status[match] == PROPOSED
    text = dialog._questions.item(match).text()
    # its one doubtful pair, the vague « Protesters », is set aside: no longer « to check »
    assert text.startswith("Proposed · without 1 passage not a claim — Match")
    assert "edited" not in text
    dialog.decide_rows([match], ACCEPTED)
    added = next(q for q in dialog.accepted_questions() if q.type == "match")
    assert [pair.right for pair in added.pairs] == rights


def test_the_classify_left_with_one_claim_is_withdrawn_and_says_why(qtbot: QtBot) -> None:
    dialog, _, _ = _dismiss_placard(qtbot)
    row = next(n for n, d in enumerate(dialog._drafts) if d["type"] == "classify")
    assert dialog._status[row] == DROPPED
    assert "too little left" in dialog._questions.item(row).text()
    dialog._questions.setCurrentRow(row)
    dialog._questions.setFocus()
    qtbot.keyClick(dialog._questions, Qt.Key.Key_A)
    assert dialog._status[row] == DROPPED
    assert "too little is left to ask" in dialog._state.text()


def test_taking_it_back_gives_the_parts_back(qtbot: QtBot) -> None:
    dialog, match, drafted = _dismiss_placard(qtbot)
    assert "Books not cuts" in dialog._findings.currentItem().text()  # her selection stays
    assert len(dialog._drafts[match]["pairs"]) == 3
    qtbot.keyClick(dialog._findings, Qt.Key.Key_Delete)
    assert dialog._drafts == drafted
    assert all(status == PROPOSED for status in dialog._status)
    assert "without" not in dialog._questions.item(match).text()
    assert dialog.is_uncertain(match)  # the vague pair is back, and so is « to check »


def test_an_edit_of_a_rebuilt_match_is_kept_whole_for_the_next_opening(qtbot: QtBot) -> None:
    dialog, match, drafted = _dismiss_placard(qtbot)
    dialog._questions.setCurrentRow(match)
    dialog._proposal_edited({**dialog._drafts[match], "prompt": "Who said which?"})
    assert "edited" in dialog._questions.item(match).text()
    dialog.decide_rows([match], ACCEPTED)
    dialog.accept()
    again = open_review(qtbot, TEXT, language="en")
    assert len(again._drafts[match]["pairs"]) == 3  # her dismissal replayed
    assert again._drafts[match]["prompt"] == "Who said which?"
    placard = next(
        n for n in range(again._findings.count())
        if "Books not cuts" in again._findings.item(n).text()
    )  # fmt: skip
    again._findings.setCurrentRow(placard)
    again._dismiss_finding()
    assert again._drafts[match]["pairs"] == drafted[match]["pairs"]


def test_the_notice_counts_each_proposal_once_as_the_list_shows_it(qtbot: QtBot) -> None:
    """review48: the classify withdrawn for too little left was said twice (« 3 … resting on
    it alone withdrawn. 2 questions rebuilt without it. »); the list shows 2 withdrawn for
    their passage, 1 for too little left, 1 rebuilt to decide."""
    dialog, _, _ = _dismiss_placard(qtbot)
    said = dialog._notice.text()
    assert "and 2 proposed questions resting on it alone withdrawn." in said
    assert "1 question withdrawn: too little is left without it." in said
    assert "1 question rebuilt without it." in said
    assert dialog._state.text().startswith(said.split(" Proposed:")[0])
    # the counts follow, as after a decision: the three withdrawn apart (counts48), each
    # reason counted (teacher49)
    assert (
        "dropped: 0, 2 withdrawn by “not a claim”, 1 withdrawn as too little is left, "
        "to decide:" in said
    )
    dialog._findings.setFocus()
    qtbot.keyClick(dialog._findings, Qt.Key.Key_Delete)  # taken back: each once again
    said = dialog._notice.text()
    assert "3 proposed questions back to decide. 1 question rebuilt with it again." in said
