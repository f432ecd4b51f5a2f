"""Closing the draft review with work in it asks first, with buttons that say what they do
(teacher11 walk-through: in French Qt's buttons read « Ne pas tenir compte » and « Annuler »,
and « Annuler » is also the button she had pressed to close the review); once closed, the
dialog is deleted at once, never by a garbage collection in another thread."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from quizapp.model import DEFAULT_LABELS
from quizapp.ui.draft import draft_review
from quizapp.ui.draft.draft_review import DraftReviewDialog
from quizapp.ui.draft.review_memory import ReviewMemory, forget_all
from quizapp.ui.editor.entry import open_new_editor
from quizapp.ui.shell import i18n
from tests.ui.editor_helpers import paste_article, press_when_asked

SEED = Path(__file__).resolve().parents[1] / "data" / "draft" / "fr-20min-stargate.txt"


def test_the_question_before_losing_the_review_says_what_each_button_does(
    qtbot: QtBot,
) -> None:
    forget_all()
    i18n.install_language("fr")
    try:
        text = SEED.read_text(encoding="utf-8")
        dialog = DraftReviewDialog(text, "fr", text.splitlines()[0], list(DEFAULT_LABELS))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(dialog.is_ready, timeout=10_000)
        dialog.accept_current()
        seen: list[str] = []
        press_when_asked(QMessageBox.ButtonRole.RejectRole, seen)
        dialog.reject()
        assert sorted(seen[1:]) == ["Continuer la relecture", "Fermer sans les garder"]
        assert dialog.isVisible()  # she keeps reviewing
        press_when_asked(QMessageBox.ButtonRole.DestructiveRole, seen)
        dialog.reject()
        assert not dialog.isVisible()
    finally:
        i18n.install_language("en")


def test_the_review_is_deleted_at_once_on_the_gui_thread(
    qtbot: QtBot, settings, tmp_path: Path, no_dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Python owns the review dialog. Left to the cyclic garbage collector, it was deleted
    wherever a collection happened to run, the checker's worker thread too, and the app
    crashed after "Add accepted questions" about one time in three (teacher11 walk-through).
    It is deleted as soon as its questions are taken, or when she cancels."""
    forget_all()
    window = open_new_editor(settings, tmp_path / "data", language="fr")
    qtbot.addWidget(window)
    paste_article(window, SEED.read_text(encoding="utf-8"))
    dialogs: list[DraftReviewDialog] = []

    def add_one(dialog: DraftReviewDialog) -> int:
        qtbot.waitUntil(dialog.is_ready, timeout=10_000)
        dialogs.append(dialog)
        if len(dialogs) == 1:
            dialog.accept_current()
            return draft_review.QDialog.DialogCode.Accepted
        return draft_review.QDialog.DialogCode.Rejected

    monkeypatch.setattr(ReviewMemory, "_confirm_discard", lambda self: True)
    monkeypatch.setattr(DraftReviewDialog, "exec", add_one)
    window.actions.draft_questions()
    assert len(window.draft.data["questions"]) == 1
    window.actions.draft_questions()  # cancelled
    assert len(dialogs) == 2 and not any(Shiboken.isValid(d) for d in dialogs)
