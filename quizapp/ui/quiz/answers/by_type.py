"""The answer widget a question's type needs, and the named group it sits in on the page.

The question page (so the quiz, the review and the editor's preview) gets its widget here: a new
question type adds its widget to ``AnswerWidget`` and a branch to ``answer_widget_for``.
"""

from __future__ import annotations

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from quizapp.engine import Presented
from quizapp.model import Classify, Locate, Match, QuizSet, TrueFalse
from quizapp.ui.quiz.answers.choice_widgets import ChoiceWidget, TrueFalseWidget
from quizapp.ui.quiz.answers.locate_widget import LocateWidget
from quizapp.ui.quiz.answers.row_widgets import ClassifyWidget, MatchWidget
from quizapp.ui.quiz.article_pane import ArticlePane

AnswerWidget = ChoiceWidget | TrueFalseWidget | ClassifyWidget | MatchWidget | LocateWidget


def answer_widget_for(
    presented: Presented, quiz: QuizSet, article: ArticlePane, parent: QWidget
) -> AnswerWidget:
    """The widget that answers ``presented``'s question (a locate question answers in the
    article pane, a classify question with the set's labels)."""
    question = presented.question
    if isinstance(question, TrueFalse):
        return TrueFalseWidget(presented, parent)
    if isinstance(question, Classify):
        return ClassifyWidget(presented, quiz, parent)
    if isinstance(question, Match):
        return MatchWidget(presented, parent)
    if isinstance(question, Locate):
        return LocateWidget(article, parent)
    return ChoiceWidget(presented, parent)


class AnswerGroup(QGroupBox):
    """The frame around the answer controls, invisible but named with the question.

    A group box is a "panel" to AT-SPI, whose name a screen reader says when the focus
    enters it; a bare widget would be an unnamed "filler" it skips.
    """

    def __init__(self, answer: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFlat(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(answer)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Nothing to draw: the group is only there to be named (no style sheet, which would
        stop the marks inside from following a theme change)."""
