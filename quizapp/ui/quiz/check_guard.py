"""What stands between the learner and Check: why it is disabled, and blank rows.

A disabled button that says nothing leaves a student clicking it again and again, so the
reason is shown beside it in words. Classify and match questions may be checked with rows
left blank, but only after the learner has said so: blank rows count as missed. Check is live
once one row has an answer (a student may mean to leave a row she cannot tell), and says
which rows are still blank: beside it, in its accessible description, and in the question it
asks; going back puts the keyboard on the first of them (ui38: « 7 claims have no label
yet » named none, and the keyboard went back to Check).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from quizapp.model import Question
from quizapp.ui.common import open_going_back, window_question
from quizapp.ui.quiz.answers.row_widgets import rows_question
from quizapp.ui.quiz.question_page import QuestionPage


def blank_rows(page: QuestionPage) -> list[int]:
    """The numbers of a classify or match question's rows still blank (none for others)."""
    widget = page.answer_widget
    return widget.unanswered_rows() if rows_question(widget) else []


def focus_first_blank(page: QuestionPage) -> None:
    """The keyboard on the first blank row, if any."""
    rows = blank_rows(page)
    if rows:
        page.answer_widget.focus_row(rows[0])  # type: ignore[union-attr]


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

    def hint(self, page: QuestionPage | None, why: str) -> str:
        """What the line beside Check says: why it is disabled, else which rows are blank."""
        rows = blank_rows(page) if page is not None and not why else []
        return self.blank_note(page.presented.question, rows) if page and rows else why

    def blank_note(self, question: Question, rows: list[int]) -> str:
        """ "No label yet on claims 2, 4 and 5." (or the quotes of a match question)."""
        listed, one = self._listed(rows), len(rows) == 1
        # the row numbers are listed, not counted: one string per number, no %n form
        if question.type == "classify":
            if one:
                return self.tr("No label yet on claim {0}.").format(listed)
            return self.tr("No label yet on claims {0}.").format(listed)
        if one:
            return self.tr("No answer yet on row {0}.").format(listed)
        return self.tr("No answer yet on rows {0}.").format(listed)

    def _listed(self, rows: list[int]) -> str:
        numbers = [str(row) for row in rows]
        if len(numbers) == 1:
            return numbers[0]
        return self.tr("{0} and {1}").format(", ".join(numbers[:-1]), numbers[-1])

    def ask_check_anyway(
        self, parent: QWidget, page: QuestionPage, on_yes: Callable[[], None]
    ) -> QMessageBox:
        """Ask whether to check with rows left blank, naming them; ``on_yes`` runs if so."""
        question, rows = page.presented.question, blank_rows(page)
        blank = len(rows)
        if question.type == "classify":
            text = self.tr("%n claim(s) have no label yet: check anyway?", "", blank)
        else:
            text = self.tr("%n row(s) have no answer yet: check anyway?", "", blank)
        details = " ".join(
            (self.blank_note(question, rows), self.tr("A row left blank counts as missed."))
        )
        box = window_question(parent, self.tr("Rows left blank"), text, details)
        check = box.addButton(self.tr("Check &anyway"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("&Go back and answer them"), QMessageBox.ButtonRole.RejectRole)
        return open_going_back(box, check, back, on_yes)
