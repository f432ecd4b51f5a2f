"""Drafting again on another day marks the proposals already in the set (teacher11 walk-through:
after a restart, « Proposer des questions » on her saved set offered again the ten questions
she had added, unmarked, and Accept all would have doubled them). The set's own questions (id
and type) are marked "already added", and Accept all leaves them out."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from quizapp.draft.drafting.review import finalised
from quizapp.ui.draft import draft_review
from quizapp.ui.draft.draft_review import DraftReviewDialog
from quizapp.ui.draft.review_memory import forget_all
from quizapp.ui.editor.entry import open_new_editor
from tests.ui.editor_helpers import paste_article
from tests.ui.review_helpers import SEED, open_review

pytestmark = pytest.mark.usefixtures("fresh_review")


def _dialog(qtbot: QtBot, in_set: set[tuple[str, str]]) -> DraftReviewDialog:
    return open_review(qtbot, in_set=in_set)


def test_a_proposal_in_the_set_is_marked_and_left_out_of_accept_all(qtbot: QtBot) -> None:
    first = _dialog(qtbot, set())
    draft = finalised(first._drafts[0])  # as the editor added it: no "draft-" in its id
    dialog = _dialog(qtbot, {(draft["id"], draft["type"]), (draft["id"], "locate")})
    assert "already added" in dialog._questions.item(0).text()
    assert not any(dialog._added[1:])  # the same id under another type is another question
    dialog._confirm_uncertain = lambda count: True
    dialog.accept_all()
    assert dialog._status[0] == draft_review.PROPOSED
    assert len(dialog.accepted_questions()) == len(dialog._drafts) - 1
    dialog._questions.setCurrentRow(0)
    dialog.accept_current()  # she may still take it again, one by one
    assert dialog._status[0] == draft_review.ACCEPTED


def test_the_editor_tells_the_review_which_questions_the_set_has(
    qtbot: QtBot, settings, tmp_path: Path, no_dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_new_editor(settings, tmp_path / "data", language="fr")
    qtbot.addWidget(window)
    paste_article(window, SEED.read_text(encoding="utf-8"))
    seen: list[DraftReviewDialog] = []
    marks: list[str] = []

    def take_first(dialog: DraftReviewDialog) -> int:
        qtbot.waitUntil(dialog.is_ready, timeout=10_000)
        seen.append(dialog)
        marks.append(dialog._questions.item(0).text())
        if len(seen) == 1:
            dialog.accept_current()
            return draft_review.QDialog.DialogCode.Accepted
        return draft_review.QDialog.DialogCode.Rejected

    monkeypatch.setattr(draft_review.DraftReviewDialog, "exec", take_first)
    window.actions.draft_questions()
    assert len(window.draft.data["questions"]) == 1
    forget_all()  # the app was closed and started again: the review's memory is gone
    window.actions.draft_questions()
    assert "already added" not in marks[0] and "already added" in marks[1]
