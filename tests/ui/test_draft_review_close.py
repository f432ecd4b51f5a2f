"""Closing the draft review with work in it asks first, with buttons that say what they do
(teacher11 walk-through: in French Qt's buttons read « Ne pas tenir compte » and « Annuler »,
and « Annuler » is also the button she had pressed to close the review)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from quizapp.model import DEFAULT_LABELS
from quizapp.ui.draft.draft_review import DraftReviewDialog
from quizapp.ui.draft.review_memory import forget_all
from quizapp.ui.shell import i18n

SEED = Path(__file__).resolve().parents[1] / "data" / "draft" / "fr-20min-stargate.txt"


def _answer(role: QMessageBox.ButtonRole, seen: list[str]) -> None:
    """When the question comes, note its buttons and press the one of ``role``."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, press)
            return
        seen.extend(button.text() for button in box.buttons())
        next(b for b in box.buttons() if box.buttonRole(b) == role).click()

    QTimer.singleShot(0, press)


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
        _answer(QMessageBox.ButtonRole.RejectRole, seen)
        dialog.reject()
        assert sorted(seen) == ["Continuer la relecture", "Fermer sans les garder"]
        assert dialog.isVisible()  # she keeps reviewing
        _answer(QMessageBox.ButtonRole.DestructiveRole, seen)
        dialog.reject()
        assert not dialog.isVisible()
    finally:
        i18n.install_language("en")
