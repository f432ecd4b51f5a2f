"""How the teacher decides on the selected proposal in the draft review: the A key and the
Accept button accept it, D, Delete and the Drop button drop it, and the selection then moves
to the next proposal, as in a mail reader (the buttons stayed put while the keys moved on,
teacher32). Ctrl+Z on the list takes back the last decision, a whole « Accept all » or « Drop
all » as one step: a proposal dropped by a slip of the D key could only be accepted again,
never put back to « to decide » (ui36, in the real window). A sentence typed on the list
decides nothing: its first A or D is taken back as soon as the keys show words (``typed_run``,
teacher59), and the status line says where her words go.

A mixin of the dialog, out of ``draft_review.py`` since tidy34 (it had reached 300 lines). It
sets no words, so nothing of the translations moved with it.
"""

from __future__ import annotations

from collections.abc import Iterable, KeysView
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

from quizapp.ui.draft.review_state import ACCEPTED, DROPPED
from quizapp.ui.draft.typed_run import DECIDE, TYPING_BEGUN, TypedRun

# modifiers a typed character may carry: Shift for a capital, the keypad for a figure
_TYPED = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier


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
    _typed: TypedRun  # the keys just typed on the list: shortcuts or words

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
        step = self._take_back()
        self._announce_decision([row for row, _ in step])
        self._questions.setCurrentRow(step[0][0])
        self._questions.setFocus(Qt.FocusReason.OtherFocusReason)

    def _take_back(self) -> list[tuple[int, str]]:
        """The last step's proposals back to what they were; the step."""
        step = self._decisions.pop()
        for row, before in step:
            if row in self._withdrawn:  # its finding is no claim: it stays withdrawn
                continue
            self._status[row] = before
            self._refresh_row(row)
        self._update_state()
        return step

    def _typing_taken_back(self, steps: int) -> None:
        """The keys were words, not shortcuts: the decisions their first A or D made are
        taken back, the first proposal they touched selected again, and the status line
        says, and a screen reader hears, that typing here decides nothing and where to
        write."""
        first = None
        for _ in range(min(steps, len(self._decisions))):
            first = self._take_back()[0][0]
        if first is not None:
            self._questions.setCurrentRow(first)
        self._state.setText(QCoreApplication.translate("ReviewKeys",
            "Typing on the list of proposals decides nothing: A accepts, D drops, Ctrl+Z takes "
            "a decision back, Enter opens the question to edit it."))  # fmt: skip
        self._notice.say(self._state.text(), self._questions)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A and D (or Delete) on the list, with no modifier, decide on its selection;
        Ctrl+Z takes the last decision back. Delete on the findings list says the selected
        finding is no claim (or takes that back), as the « Not a claim » button does."""
        if watched is self._findings and _delete_pressed(event):
            self._dismiss_finding()
            return True
        if watched is self._questions and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if _typed_key(event):
                return self._list_typed(event)
            self._typed.end()
            if event.matches(QKeySequence.StandardKey.Undo):
                self.undo_decision()
                return True
            if event.key() == Qt.Key.Key_Delete and not event.modifiers():
                self.decide_current(DROPPED)
                return True
        return super().eventFilter(watched, event)  # type: ignore[misc]

    def _list_typed(self, event: QKeyEvent) -> bool:
        """A printable key on the list: A or D decides, unless the run it belongs to is
        words; a key that shows it is takes the run's decisions back. None moves the
        selection by type-ahead: every row opens on its status, so the letters only jumped
        about (teacher58)."""
        shortcut = event.key() in (Qt.Key.Key_A, Qt.Key.Key_D) and not event.modifiers()
        what = self._typed.key(shortcut)
        if what == DECIDE:
            before = len(self._decisions)
            self.decide_current(ACCEPTED if event.key() == Qt.Key.Key_A else DROPPED)
            if len(self._decisions) > before:
                self._typed.decided()
        elif what == TYPING_BEGUN:
            self._typing_taken_back(self._typed.steps)
        elif shortcut:  # A or D inside words: say why it did nothing (mend59f)
            self._say_still_typing()
        return True

    def _say_still_typing(self) -> None:
        """An A or D pressed while her words are still being read as typing did nothing: the
        status line says so, and how to decide (it was swallowed silently, review59b)."""
        self._state.setText(QCoreApplication.translate("ReviewKeys",
            "Typing on the list decides nothing, nor does A or D right after typed words: "
            "pause a few seconds or move with an arrow key, then press A or D again."))  # fmt: skip
        self._notice.say(self._state.text(), self._questions)

    def _next_proposal(self) -> None:
        """After accepting or dropping, the next proposal."""
        row = self._questions.currentRow()
        if 0 <= row < self._questions.count() - 1:
            self._questions.setCurrentRow(row + 1)


def _typed_key(event: QKeyEvent) -> bool:
    """Whether the key types a character (a letter, a figure, a space), with no Ctrl or
    Alt: those are the keys a teacher typing words presses."""
    text = event.text()
    if not text or not text.isprintable():
        return False
    return not (event.modifiers() & ~_TYPED)


def _delete_pressed(event: QEvent) -> bool:
    """Delete with no modifier: on the findings list, « Not a claim »."""
    if event.type() != QEvent.Type.KeyPress:
        return False
    assert isinstance(event, QKeyEvent)
    return event.key() == Qt.Key.Key_Delete and not event.modifiers()
