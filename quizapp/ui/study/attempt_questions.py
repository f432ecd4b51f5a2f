"""The two questions about a quiz left half-way: resume it or start again, and really discard?

Starting a set whose last quiz was interrupted used to open a second attempt beside the first;
a discard click lost the offer to resume at once. Both are now asked, in words that say what
happens to the answers already given (they always stay in the history).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from quizapp.results.records import AttemptWithAnswers
from quizapp.ui.common import open_going_back, window_question
from quizapp.ui.study.unfinished_banner import stopped_when

if TYPE_CHECKING:
    from quizapp.ui.shell.library_view import LibraryEntry


class AttemptQuestions(QObject):
    """Builds and opens the boxes; the caller says what each answer does."""

    def before_start(
        self, flow: Any, entry: LibraryEntry, start_new: Callable[[], None]
    ) -> QMessageBox | None:
        """Ask "resume or start again?" when ``entry`` has an interrupted quiz with answers.

        ``flow`` is the study flow (not imported here: it imports this module).

        Starting again closes the interrupted attempts of that set first, so that there is
        never a second open attempt of the same set. None when there is nothing to ask.
        """
        found: list[AttemptWithAnswers] = []
        if not flow.guard(lambda: found.extend(flow.controller.db.interrupted_attempts())):
            return None
        stopped = [s for s in found if s.attempt.set_id == entry.quiz.id and s.answers]
        if not stopped:
            return None
        ids = [s.attempt.id for s in stopped]

        def restart() -> None:
            flow.discard_now(ids)
            start_new()

        return self.ask_resume_or_restart(
            flow.window, stopped[0], stopped_when(stopped[0]), lambda: flow.resume(ids[0]), restart
        )

    def ask_resume_or_restart(
        self,
        parent: QWidget,
        stored: AttemptWithAnswers,
        when: str,
        resume: Callable[[], None],
        restart: Callable[[], None],
    ) -> QMessageBox:
        """ "Resume or start again?" when a set with an interrupted quiz is started."""
        text = self.tr(
            "You stopped this set on {0}, after %n answer(s). Resume where you stopped?",
            "",
            len(stored.answers),
        ).format(when)
        details = self.tr(
            "Starting again closes the unfinished quiz; its answers stay in your history."
        )
        box = window_question(parent, self.tr("Unfinished quiz"), text, details)
        resume_button = box.addButton(self.tr("&Resume"), QMessageBox.ButtonRole.AcceptRole)
        again = box.addButton(self.tr("&Start again"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(resume_button)
        box.setEscapeButton(cancel)
        resume_button.clicked.connect(resume)
        again.clicked.connect(restart)
        box.open()
        return box

    def confirm_discard(self, parent: QWidget, discard: Callable[[], None]) -> QMessageBox:
        """ "Discard?" before an unfinished quiz stops being offered."""
        box = window_question(
            parent,
            self.tr("Discard the unfinished quiz?"),
            self.tr("Discard the unfinished quiz?"),
            self.tr(
                "Its answers stay in your history, but you will no longer be able to resume it."
            ),
        )
        yes = box.addButton(self.tr("&Discard it"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep it"), QMessageBox.ButtonRole.RejectRole)
        return open_going_back(box, yes, keep, discard)
