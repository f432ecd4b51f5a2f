"""How the teacher decides on the selected proposal in the draft review: the A key and the
Accept button accept it, D, Delete and the Drop button drop it, and the selection then moves
to the next proposal, as in a mail reader (the buttons stayed put while the keys moved on,
teacher32).

A mixin of the dialog, out of ``draft_review.py`` since tidy34 (it had reached 300 lines). It
sets no words, so nothing of the translations moved with it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

from quizapp.ui.draft.review_state import ACCEPTED, DROPPED


class ReviewKeys:
    """Mixin of ``DraftReviewDialog`` (a QDialog): it has ``_questions`` (the list, whose
    keys this filters), ``_drafts`` and ``_set_status`` (whether the status was set)."""

    _questions: Any
    _drafts: list[dict[str, Any]]
    _set_status: Any

    def accept_current(self) -> None:
        self._set_status(self._questions.currentRow(), ACCEPTED)

    def drop_current(self) -> None:
        self._set_status(self._questions.currentRow(), DROPPED)

    def decide_current(self, status: str) -> None:
        """Accept or drop the selected proposal and go to the next one. One she cannot accept
        as it stands stays selected, its problem said."""
        if self._set_status(self._questions.currentRow(), status):
            self._next_proposal()

    def drop_all(self) -> None:
        for row in range(len(self._drafts)):
            self._set_status(row, DROPPED)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A and D (or Delete) on the list, with no modifier, decide on its selection."""
        if watched is self._questions and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_A and not event.modifiers():
                self.decide_current(ACCEPTED)
                return True
            if event.key() in (Qt.Key.Key_D, Qt.Key.Key_Delete) and not event.modifiers():
                self.decide_current(DROPPED)
                return True
        return super().eventFilter(watched, event)  # type: ignore[misc]

    def _next_proposal(self) -> None:
        """After accepting or dropping, the next proposal."""
        row = self._questions.currentRow()
        if 0 <= row < self._questions.count() - 1:
            self._questions.setCurrentRow(row + 1)
