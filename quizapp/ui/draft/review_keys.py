"""How the teacher decides on the selected proposal in the draft review: the A key and the
Accept button accept it, D, Delete and the Drop button drop it, and the selection then moves
to the next proposal, as in a mail reader (the buttons stayed put while the keys moved on,
teacher32). Ctrl+Z on the list takes back the last decision, a whole « Accept all » or « Drop
all » as one step: a proposal dropped by a slip of the D key could only be accepted again,
never put back to « to decide » (ui36, in the real window).

A mixin of the dialog, out of ``draft_review.py`` since tidy34 (it had reached 300 lines). It
sets no words, so nothing of the translations moved with it.
"""

from __future__ import annotations

from collections.abc import Iterable, KeysView
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

from quizapp.ui.draft.review_state import ACCEPTED, DROPPED


class ReviewKeys:
    """Mixin of ``DraftReviewDialog`` (a QDialog): it has ``_questions`` (the list, whose
    keys this filters), ``_drafts``, ``_status``, ``_set_status`` (whether the status was
    set), ``_refresh_row``, ``_update_state`` and ``_decisions`` (the steps Ctrl+Z takes
    back: each the rows a decision changed with their status before it, newest last)."""

    _questions: Any
    _drafts: list[dict[str, Any]]
    _status: list[str]
    _set_status: Any
    _refresh_row: Any
    _update_state: Any
    _announce_decision: Any
    _decisions: list[list[tuple[int, str]]]
    _findings: Any
    _dismiss_finding: Any
    _withdrawn: KeysView[int]  # ReviewState's
    _say_withdrawn: Any
    _state: Any  # the status line
    _notice: Any  # a SpokenNotice

    def accept_current(self) -> None:
        self.decide_rows([self._questions.currentRow()], ACCEPTED)

    def drop_current(self) -> None:
        self.decide_rows([self._questions.currentRow()], DROPPED)

    def decide_current(self, status: str) -> None:
        """Accept or drop the selected proposal and go to the next one. One she cannot accept
        as it stands stays selected, its problem said; so does one withdrawn because the passage
        it rests on is no claim (dismiss47 left A and D silent there)."""
        row = self._questions.currentRow()
        if row in self._withdrawn:
            self._say_withdrawn(row)
        elif self.decide_rows([row], status) is not None:
            self._next_proposal()
            return
        if 0 <= row < len(self._status):
            self._say_refusal()

    def _say_refusal(self) -> None:
        """Why the decision did nothing, as the status line now says it, said to a screen
        reader as a decision is: the line changing alone was never spoken, as Orca reads a
        label only when it reaches it (a11y48, over AT-SPI and with Orca 43)."""
        self._notice.say(self._state.text(), self._questions)

    def drop_all(self) -> None:
        self.decide_rows(range(len(self._drafts)), DROPPED)

    def decide_rows(self, rows: Iterable[int], status: str) -> list[int] | None:
        """Give ``status`` to each of ``rows`` that can take it, as one step Ctrl+Z takes
        back; the rows whose status changed, or None when none could take it."""
        step: list[tuple[int, str]] = []
        took = False
        for row in rows:
            before = self._status[row] if 0 <= row < len(self._status) else status
            if self._set_status(row, status):
                took = True
                if before != status:
                    step.append((row, before))
        if step:
            self._decisions.append(step)
            self._announce_decision([row for row, _ in step])
        return [row for row, _ in step] if took else None

    def undo_decision(self) -> None:
        """Ctrl+Z: the last step's proposals go back to what they were, the first selected."""
        if not self._decisions:
            return
        step = self._decisions.pop()
        for row, before in step:
            if row in self._withdrawn:  # its finding is no claim: it stays withdrawn
                continue
            self._status[row] = before
            self._refresh_row(row)
        self._update_state()
        self._announce_decision([row for row, _ in step])
        self._questions.setCurrentRow(step[0][0])
        self._questions.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A and D (or Delete) on the list, with no modifier, decide on its selection;
        Ctrl+Z takes the last decision back. Delete on the findings list says the selected
        finding is no claim (or takes that back), as the « Not a claim » button does."""
        if watched is self._findings and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Delete and not event.modifiers():
                self._dismiss_finding()
                return True
        if watched is self._questions and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.Undo):
                self.undo_decision()
                return True
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
