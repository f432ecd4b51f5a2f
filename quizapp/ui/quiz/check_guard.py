"""What stands between the learner and Check: why it is disabled, and blank rows.

A disabled button that says nothing leaves a student clicking it again and again, so the
reason is shown beside it in words. Classify and match questions may be checked with rows
left blank, but only after the learner has said so: blank rows count as missed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from quizapp.model import Question
from quizapp.ui.common import window_question


class CheckGuard(QObject):
    """The words of the reasons and of the question; owned by the quiz screen."""

    def why_not_ready(self, question: Question, answered: bool, confident: bool) -> str:
        """The reason Check is disabled, or "" when it is not."""
        if not answered:
            reasons = {
                "classify": self.tr("Choose a label for each claim first."),
                "match": self.tr("Choose an answer on each row first."),
                "locate": self.tr("Select the passage in the article and confirm it first."),
                "multiple_choice": self.tr("Tick at least one answer first."),
            }
            return reasons.get(question.type, self.tr("Choose an answer first."))
        if not confident:
            return self.tr("Say how sure you are first: “Sure” or “Not sure”.")
        return ""

    def ask_check_anyway(
        self, parent: QWidget, question: Question, blank: int, on_yes: Callable[[], None]
    ) -> QMessageBox:
        """Ask whether to check with ``blank`` rows left empty; ``on_yes`` runs if so."""
        if question.type == "classify":
            text = self.tr("%n claim(s) have no label yet: check anyway?", "", blank)
        else:
            text = self.tr("%n row(s) have no answer yet: check anyway?", "", blank)
        details = self.tr("A row left blank counts as missed.")
        box = window_question(parent, self.tr("Rows left blank"), text, details)
        check = box.addButton(self.tr("Check &anyway"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("&Go back and answer them"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        check.clicked.connect(on_yes)
        box.open()
        return box
